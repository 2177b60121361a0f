#include "charts/chartpanel.h"

#include "io/csvwriter.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QSaveFile>
#include <QStackedWidget>
#include <QSvgGenerator>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <QtCharts/QChart>
#include <QtCharts/QChartView>

using namespace Qt::StringLiterals;

namespace cd {

ChartPanel::ChartPanel(const QString &title, QWidget *parent) : QWidget(parent), m_titleText(title)
{
    auto *heading = new QLabel(title, this);
    heading->setTextFormat(Qt::PlainText);
    QFont font = heading->font();
    font.setBold(true);
    heading->setFont(font);

    m_tableButton = new QToolButton(this);
    m_tableButton->setText(tr("Numbers"));
    m_tableButton->setCheckable(true);
    m_tableButton->setToolTip(tr("Show the numbers behind the chart"));
    auto *copy = new QToolButton(this);
    copy->setText(tr("Copy"));
    copy->setToolTip(tr("Copy the numbers to the clipboard"));
    auto *exportButton = new QToolButton(this);
    exportButton->setText(tr("Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(exportButton);
    menu->addAction(tr("Numbers as CSV…"), this, [this] { exportAs(u"csv"_s); });
    menu->addAction(tr("Chart as PNG…"), this, [this] { exportAs(u"png"_s); });
    menu->addAction(tr("Chart as SVG…"), this, [this] { exportAs(u"svg"_s); });
    exportButton->setMenu(menu);

    auto *top = new QHBoxLayout;
    top->addWidget(heading, 1);
    top->addWidget(m_tableButton);
    top->addWidget(copy);
    top->addWidget(exportButton);

    m_view = new QChartView(this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(260);
    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setEnabled(false);
    m_table = new QTableWidget(this);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (m_rowPick)
            m_rowPick(row);
    });
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_table);

    m_footnote = new QLabel(this);
    m_footnote->setTextFormat(Qt::PlainText);
    m_footnote->setWordWrap(true);
    m_footnote->setForegroundRole(QPalette::PlaceholderText);
    m_footnote->setVisible(false);
    m_numbersNote = new QLabel(this);
    m_numbersNote->setTextFormat(Qt::PlainText);
    m_numbersNote->setWordWrap(true);
    m_numbersNote->setForegroundRole(QPalette::PlaceholderText);
    m_numbersNote->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_numbersNote);
    layout->addWidget(m_footnote);

    connect(m_tableButton, &QToolButton::toggled, this, [this](bool on) {
        m_stack->setCurrentWidget(on ? static_cast<QWidget *>(m_table)
                                     : (isEmpty() ? static_cast<QWidget *>(m_empty) : m_view));
        m_numbersNote->setVisible(on && !m_numbersNote->text().isEmpty());
    });
    connect(copy, &QToolButton::clicked, this,
            [this] { QApplication::clipboard()->setText(numbersAsText()); });
}

void ChartPanel::setChart(QChart *chart)
{
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
    m_hasChart = true;
    if (!m_tableButton->isChecked())
        m_stack->setCurrentWidget(m_view);
}

void ChartPanel::setFootnote(const QString &text)
{
    m_footnote->setText(text);
    m_footnote->setVisible(!text.isEmpty());
}

QString ChartPanel::footnote() const
{
    return m_footnote->text();
}

void ChartPanel::setNumbersNote(const QString &text)
{
    m_numbersNote->setText(text);
    m_numbersNote->setVisible(m_tableButton->isChecked() && !text.isEmpty());
}

QString ChartPanel::numbersNote() const
{
    return m_numbersNote->text();
}

void ChartPanel::showNumbers(bool on)
{
    m_tableButton->setChecked(on);
}

void ChartPanel::setNumbers(const QStringList &header, const QList<QStringList> &rows,
                            const QList<int> &numeric)
{
    m_header = header;
    m_rows = rows;
    m_rowPick = nullptr;
    m_table->setToolTip(QString());
    m_table->clear();
    m_table->setColumnCount(int(header.size()));
    m_table->setRowCount(int(rows.size()));
    m_table->setHorizontalHeaderLabels(header);
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows.at(r).size() && c < header.size(); ++c) {
            auto *item = new QTableWidgetItem(rows.at(r).at(c));
            if (numeric.contains(c))
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
}

void ChartPanel::setRowPick(std::function<void(int)> pick)
{
    m_rowPick = std::move(pick);
    m_table->setToolTip(m_rowPick ? tr("Double-click a row to list the revenue entries behind it.")
                                  : QString());
}

void ChartPanel::setEmpty(const QString &message)
{
    m_empty->setText(message);
    // A chart view always holds a chart: an empty one stands in, not shown.
    QChart *old = m_view->chart();
    m_view->setChart(new QChart);
    delete old;
    m_hasChart = false;
    if (!m_tableButton->isChecked())
        m_stack->setCurrentWidget(m_empty);
}

bool ChartPanel::isEmpty() const
{
    return !m_hasChart;
}

QChart *ChartPanel::chart() const
{
    return m_hasChart ? m_view->chart() : nullptr;
}

QString ChartPanel::numbersAsText() const
{
    QStringList lines { m_header.join(u'\t') };
    for (const QStringList &row : m_rows)
        lines.append(row.join(u'\t'));
    return lines.join(u'\n') + u'\n';
}

QString ChartPanel::saveCsv(const QString &path) const
{
    const Status ok = CsvWriter::writeFile(path, m_header, m_rows);
    return ok ? QString() : ok.error();
}

QString ChartPanel::savePng(const QString &path) const
{
    if (isEmpty())
        return tr("There is no chart to save for this filter.");
    const QImage image = m_view->grab().toImage();
    QSaveFile file(path);
    // flush() first: QSaveFile::commit() may not notice that its last bytes did not fit.
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.flush()
        || !file.commit())
        return tr("%1 could not be written: %2").arg(path, file.errorString());
    return {};
}

QString ChartPanel::saveSvg(const QString &path) const
{
    if (isEmpty())
        return tr("There is no chart to save for this filter.");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("%1 could not be written: %2").arg(path, file.errorString());
    QSvgGenerator svg;
    svg.setOutputDevice(&file);
    svg.setSize(m_view->size());
    svg.setViewBox(QRect(QPoint(0, 0), m_view->size()));
    svg.setTitle(m_titleText);
    {
        QPainter painter(&svg);
        painter.setRenderHint(QPainter::Antialiasing);
        m_view->render(&painter);
    }
    if (!file.flush() || !file.commit())
        return tr("%1 could not be written: %2").arg(path, file.errorString());
    return {};
}

void ChartPanel::exportAs(const QString &format)
{
    const QString filter = format == u"csv"_s ? tr("CSV files (*.csv)")
        : format == u"png"_s                  ? tr("PNG images (*.png)")
                                              : tr("SVG drawings (*.svg)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export %1").arg(m_titleText),
                                                m_titleText + u'.' + format, filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(u'.' + format, Qt::CaseInsensitive))
        path += u'.' + format;
    const QString problem = format == u"csv"_s ? saveCsv(path)
        : format == u"png"_s                   ? savePng(path)
                                               : saveSvg(path);
    if (!problem.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Export %1").arg(m_titleText), problem,
                        QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
    }
}

} // namespace cd
