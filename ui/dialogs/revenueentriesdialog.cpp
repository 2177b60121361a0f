#include "dialogs/revenueentriesdialog.h"

#include "backgroundtask.h"
#include "charts/revenuecharts.h"
#include "domain/money.h"
#include "services/workerconnection.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {

QString RevenueEntriesDialog::describe(const RevenueEntryFilter &filter)
{
    QStringList parts;
    if (filter.kind)
        parts.append(*filter.kind == AccountKind::Client ? tr("Clients") : tr("Customers"));
    const QLocale locale;
    if (filter.from.isValid() && filter.to.isValid())
        parts.append(tr("%1 to %2")
                         .arg(locale.toString(filter.from, QLocale::ShortFormat),
                              locale.toString(filter.to, QLocale::ShortFormat)));
    for (const auto &[dimension, value] : filter.segments)
        parts.append(tr("%1: %2").arg(RevenueCharts::segmentName(dimension),
                                      RevenueCharts::segmentValueLabel(dimension, value)));
    if (filter.behaviour)
        parts.append(tr("Behaviour: %1").arg(RevenueCharts::behaviourLabel(*filter.behaviour)));
    if (filter.accountId)
        parts.append(tr("Account: %1").arg(filter.accountName));
    if (filter.managerId)
        parts.append(tr("one account manager"));
    return parts.join(u" · "_s);
}

RevenueEntriesDialog::RevenueEntriesDialog(Database &database, const RevenueEntryFilter &filter,
                                           QWidget *parent)
    : QDialog(parent)
    , m_model(std::make_unique<RevenueEntryListModel>(database))
    , m_count(std::make_unique<BackgroundTask>())
{
    setWindowTitle(tr("Revenue entries"));
    m_heading = new QLabel(describe(filter), this);
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText);
    m_table = new QTableView(this);
    m_table->setModel(m_model.get());
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    if (const Status ok = m_model->setFilter(filter); !ok) {
        m_summary->setText(ok.error());
    } else {
        m_table->resizeColumnsToContents();
        // Over a long period the count reads most of the revenue: off the UI thread.
        m_summary->setText(tr("Counting the entries…"));
        connect(m_count.get(), &BackgroundTask::finished, this, [this] {
            if (!m_totals)
                m_summary->setText(m_totals.error());
            else
                m_summary->setText(
                    (tr("%1 entries, together %2.")
                         .arg(QLocale().toString(m_totals->count),
                              Money(m_totals->totalMinor, m_totals->currency).format(QLocale()))
                     + u' ' + m_totals->note())
                        .trimmed());
        });
        const WorkerConnection connection(database); // the worker opens one of its own
        m_count->start([this, connection, filter](const BackgroundTask::Reporter &) {
            m_totals = connection.run<RevenueEntryTotals>(
                [&filter](Database &own) { return RevenueEntryListModel::totals(own, filter); });
        });
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(900, 560);
}

RevenueEntriesDialog::~RevenueEntriesDialog()
{
    m_count.reset(); // the count writes into m_totals: it stops first
}

bool RevenueEntriesDialog::waitForTotals(int timeoutMs)
{
    return m_count->waitForDone(timeoutMs);
}

QString RevenueEntriesDialog::heading() const
{
    return m_heading->text();
}

QString RevenueEntriesDialog::summary() const
{
    return m_summary->text();
}

} // namespace cd
