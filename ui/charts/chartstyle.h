#pragma once

#include "domain/enums.h"

#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>

#include <QtCharts/QCategoryAxis>
#include <QtCharts/QChart>

namespace cd {

enum class PeriodGrouping;

/// How every chart of the app looks: one colour for clients and one for customers, money
/// axes in the firm's currency with compact units, readable period labels.
class ChartStyle final
{
    Q_DECLARE_TR_FUNCTIONS(cd::ChartStyle)

public:
    static QColor clientColour();
    static QColor customerColour();
    static QColor colour(AccountKind kind);
    /// A colour for the n-th of several series that are not kinds.
    static QColor paletteColour(int index);

    /// A value axis for money from `lowMinor` to `highMinor` (0 always included): round steps
    /// of 1, 2 or 5 × 10ⁿ, every label in one unit ("Rp 0,5 M", "Rp 1 M", …). Values on it
    /// are in whole currency units (ChartStyle::units()).
    static QCategoryAxis *moneyAxis(qint64 lowMinor, qint64 highMinor, const QString &currency,
                                    const QLocale &locale);
    /// An amount in whole currency units as a chart coordinate (display only).
    static qreal units(qint64 minor, const QString &currency);
    /// "Mar 2024", "Q1 2024" or "2024".
    static QString periodLabel(const QDate &start, PeriodGrouping grouping, const QLocale &locale);
    /// A chart with the app's font sizes, legend at the bottom, no animation, margins trimmed.
    static QChart *newChart(const QString &title = {});
};

} // namespace cd
