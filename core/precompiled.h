// The Qt and standard headers most of core includes, precompiled once for the library
// (core/CMakeLists.txt). Parsing them was most of a core file's build time (2.7 of 3.7 s for
// domain/money.cpp). Only headers that rarely change belong here, and never a project header.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>
