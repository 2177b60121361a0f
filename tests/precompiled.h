// The Qt headers most tests include, precompiled once per test directory (tests/CMakeLists.txt):
// a test then builds in about 60 % of the time. Only headers that rarely change belong here.
#pragma once

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>
#include <QTest>
#include <QVariant>

#include <memory>
#include <optional>
