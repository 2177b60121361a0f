#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>

#include <functional>

class QLabel;
class QStackedWidget;
class QTableWidget;
class QToolButton;

class QChart;
class QChartView;

namespace cd {

/// One chart of the analytics with what comes with every chart: a title, the chart or a clear
/// empty state, a table of its numbers (shown on request), Copy, CSV, PNG and SVG export.
class ChartPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartPanel)

public:
    explicit ChartPanel(const QString &title, QWidget *parent = nullptr);

    /// Shows `chart` (the panel takes it); an earlier one is deleted.
    void setChart(QChart *chart);
    /// The numbers behind the chart: header and rows as shown; columns in `numeric` are
    /// right-aligned.
    void setNumbers(const QStringList &header, const QList<QStringList> &rows,
                    const QList<int> &numeric = {});
    /// What double-clicking (or Enter on) a row of the numbers does, typically list the
    /// revenue entries behind it; cleared by setNumbers().
    void setRowPick(std::function<void(int row)> pick);
    /// Shows `message` instead of the chart (no data for the filter); chart() is then null.
    void setEmpty(const QString &message);
    /// A note under the chart and its numbers (how amounts were converted, what was left
    /// out); hidden when empty.
    void setFootnote(const QString &text);
    QString footnote() const;
    /// A note that belongs to the numbers (the conversion rule): shown under the table of
    /// numbers only while it is shown; hidden when empty.
    void setNumbersNote(const QString &text);
    QString numbersNote() const;
    /// Shows the table of numbers instead of the chart (as the Numbers button does), or not.
    void showNumbers(bool on);

    QString title() const { return m_titleText; }
    bool isEmpty() const;
    QChart *chart() const;
    QChartView *chartView() const { return m_view; }
    QTableWidget *numbers() const { return m_table; }
    QLabel *emptyLabel() const { return m_empty; }

    /// The numbers as tab-separated text, as Copy puts them on the clipboard.
    QString numbersAsText() const;
    /// Writes the files Export offers; an error as a sentence, empty on success.
    QString saveCsv(const QString &path) const;
    QString savePng(const QString &path) const;
    QString saveSvg(const QString &path) const;

private:
    void exportAs(const QString &format);

    QString m_titleText;
    QStringList m_header;
    QList<QStringList> m_rows;
    QStackedWidget *m_stack = nullptr;
    QChartView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_footnote = nullptr;
    QLabel *m_numbersNote = nullptr;
    QTableWidget *m_table = nullptr;
    QToolButton *m_tableButton = nullptr;
    std::function<void(int)> m_rowPick;
    bool m_hasChart = false;
};

} // namespace cd
