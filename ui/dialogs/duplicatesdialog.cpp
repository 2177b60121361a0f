#include "dialogs/duplicatesdialog.h"

#include "backgroundtask.h"
#include "services/duplicateservice.h"
#include "services/workerconnection.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

QString describe(const Account &account)
{
    QStringList parts { toLabel(account.kind) };
    if (!account.city.isEmpty())
        parts.append(account.city);
    return DuplicatesDialog::tr("%1 (%2)").arg(account.name, parts.join(u", "_s));
}

// Everything the rules compare, for the tooltip.
QString details(const Account &account)
{
    QStringList lines { account.name };
    for (const auto &[label, value] :
         { std::pair { DuplicatesDialog::tr("Email: %1"), account.email },
           std::pair { DuplicatesDialog::tr("Phone: %1"), account.phone },
           std::pair { DuplicatesDialog::tr("Tax id: %1"), account.taxId } }) {
        if (!value.isEmpty())
            lines.append(label.arg(value));
    }
    return lines.join(u'\n');
}

} // namespace

DuplicatesDialog::DuplicatesDialog(Database &database, QWidget *parent)
    : QDialog(parent), m_db(database), m_task(std::make_unique<BackgroundTask>())
{
    setWindowTitle(tr("Duplicate Accounts"));
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Merge Accounts"), question,
                                     QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes;
    };
    auto *intro = new QLabel(tr("Accounts that look like the same business: the same name "
                                "(ignoring case, punctuation and legal forms such as PT or Ltd), "
                                "email, phone or tax id. Merging moves contacts, contracts, "
                                "revenue, interactions and opportunities to the account you keep."),
                             this);
    intro->setWordWrap(true);
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(u"duplicatePairs"_s);
    m_table->setHorizontalHeaderLabels({ tr("First account"), tr("Second account"), tr("Why") });
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_status = new QLabel(this);
    m_status->setObjectName(u"duplicatesStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    m_keepFirst = new QPushButton(tr("Keep the &First, Merge the Second into It"), this);
    m_keepSecond = new QPushButton(tr("Keep the &Second, Merge the First into It"), this);
    m_notDuplicate = new QPushButton(tr("&Not Duplicates"), this);
    connect(m_keepFirst, &QPushButton::clicked, this, [this] { mergeSelected(true); });
    connect(m_keepSecond, &QPushButton::clicked, this, [this] { mergeSelected(false); });
    connect(m_notDuplicate, &QPushButton::clicked, this, &DuplicatesDialog::ignoreSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &DuplicatesDialog::updateButtons);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_keepFirst);
    actions->addWidget(m_keepSecond);
    actions->addStretch(1);
    actions->addWidget(m_notDuplicate);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(960, 520);
    updateButtons();
    rescan();
}

DuplicatesDialog::~DuplicatesDialog() = default;

bool DuplicatesDialog::isScanning() const
{
    return m_task->isRunning();
}

void DuplicatesDialog::rescan()
{
    if (m_task->isRunning())
        return;
    m_status->setText(tr("Looking for likely duplicates…"));
    auto result = std::make_shared<std::optional<Result<QList<DuplicatePair>>>>();
    const WorkerConnection connection(m_db);
    m_task->start([connection, result](const BackgroundTask::Reporter &) {
        *result = connection.run<QList<DuplicatePair>>(
            [](Database &db) { return DuplicateService(db).likelyPairs(); });
    });
    connect(
        m_task.get(), &BackgroundTask::finished, this, [this, result] { showPairs(**result); },
        Qt::SingleShotConnection);
    updateButtons();
}

void DuplicatesDialog::showPairs(const Result<QList<DuplicatePair>> &pairs)
{
    m_pairs.clear();
    m_table->setRowCount(0);
    if (!pairs) {
        m_status->setText(pairs.error());
        updateButtons();
        emit scanned();
        return;
    }
    m_pairs = *pairs; // without those marked not duplicates
    m_table->setRowCount(int(m_pairs.size()));
    for (int row = 0; row < m_pairs.size(); ++row) {
        const DuplicatePair &pair = m_pairs.at(row);
        for (const auto &[column, account] :
             { std::pair { 0, &pair.first }, std::pair { 1, &pair.second } }) {
            auto *item = new QTableWidgetItem(describe(*account));
            item->setToolTip(details(*account));
            m_table->setItem(row, column, item);
        }
        m_table->setItem(row, 2, new QTableWidgetItem(DuplicateRules::describe(pair.reasons)));
    }
    m_status->setText(m_pairs.isEmpty()
                          ? tr("No likely duplicates: every account looks like a business of "
                               "its own.")
                          : tr("Likely duplicate pairs: %1. Select one to merge it.")
                                .arg(QLocale().toString(m_pairs.size())));
    updateButtons();
    emit scanned();
}

void DuplicatesDialog::updateButtons()
{
    const bool chosen = !m_table->selectedItems().isEmpty() && !m_task->isRunning();
    m_keepFirst->setEnabled(chosen);
    m_keepSecond->setEnabled(chosen);
    m_notDuplicate->setEnabled(chosen);
}

void DuplicatesDialog::mergeSelected(bool keepFirst)
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_pairs.size())
        return;
    const DuplicatePair pair = m_pairs.at(row);
    const Account &keep = keepFirst ? pair.first : pair.second;
    const Account &merge = keepFirst ? pair.second : pair.first;
    if (!m_confirm(tr("Merge “%1” into “%2”? Its contacts, contracts, revenue, interactions and "
                      "opportunities move to “%2”, and “%1” is deleted.")
                       .arg(merge.name, keep.name)))
        return;
    const auto summary = DuplicateService(m_db).merge(keep.id, merge.id);
    if (!summary) {
        m_status->setText(summary.error());
        return;
    }
    // Pairs with the deleted account are gone; the survivor may pair with others still.
    for (qsizetype i = m_pairs.size() - 1; i >= 0; --i) {
        const DuplicatePair &p = m_pairs.at(i);
        if (p.first.id == merge.id || p.second.id == merge.id) {
            m_pairs.removeAt(i);
            m_table->removeRow(int(i));
        }
    }
    m_status->setText(tr("Merged “%1” into “%2”: %3.")
                          .arg(summary->mergedName, summary->survivorName, summary->describe()));
    updateButtons();
    emit merged();
}

void DuplicatesDialog::ignoreSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_pairs.size())
        return;
    const DuplicatePair pair = m_pairs.takeAt(row);
    m_table->removeRow(row);
    if (const Status ok = DuplicateService(m_db).markNotDuplicates(pair.first.id, pair.second.id);
        !ok)
        m_status->setText(ok.error());
    else
        m_status->setText(tr("“%1” and “%2” will not be shown as duplicates again.")
                              .arg(pair.first.name, pair.second.name));
    updateButtons();
}

} // namespace cd
