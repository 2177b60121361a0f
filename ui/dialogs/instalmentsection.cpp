#include "dialogs/instalmentsection.h"

#include "dialogs/saverecord.h"
#include "domain/isodate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

const QColor kWarning(0xc6, 0x28, 0x28);

enum InstalmentColumn {
    KindColumn,
    DescriptionColumn,
    DueColumn,
    AmountColumn,
    DoneColumn,
    BilledColumn,
    InstalmentColumns
};

QString shortDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

} // namespace

InstalmentDialog::InstalmentDialog(const Contract &contract, const Instalment &instalment,
                                   QWidget *parent)
    : QDialog(parent), m_contract(contract), m_original(instalment)
{
    setWindowTitle(instalment.id == 0 ? tr("New Instalment") : tr("Edit Instalment"));
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Instalment (billed when due)"), false);
    m_kind->addItem(tr("Milestone (billed once done)"), true);
    m_description = new QLineEdit(this);
    m_description->setPlaceholderText(tr("e.g. Design phase"));
    m_description->setMaxLength(ContractService::kMaxInstalmentDescription + 20);
    m_due = new QDateEdit(this);
    m_due->setDateRange(earliestDate(), latestDate());
    m_due->setCalendarPopup(true);
    m_amount = new QLineEdit(this);
    m_amount->setAlignment(Qt::AlignRight);
    m_done = new QCheckBox(tr("Done on"), this);
    m_doneOn = new QDateEdit(this);
    m_doneOn->setDateRange(earliestDate(), latestDate());
    m_doneOn->setCalendarPopup(true);
    auto *doneRow = new QHBoxLayout;
    doneRow->addWidget(m_done);
    doneRow->addWidget(m_doneOn, 1);

    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("D&ue on:"), m_due);
    form->addRow(buddyLabel(tr("&Amount (%1):").arg(contract.fee.currency()), m_amount, this),
                 m_amount);
    form->addRow(tr("Milestone:"), doneRow);
    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(u"instalmentProblems"_s);
    m_problemLabel->setWordWrap(true);
    QPalette warning = m_problemLabel->palette();
    warning.setColor(QPalette::WindowText, kWarning);
    m_problemLabel->setPalette(warning);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_buttons);

    m_kind->setCurrentIndex(instalment.milestone ? 1 : 0);
    m_description->setText(instalment.description);
    m_due->setDate(instalment.dueDate.isValid() ? instalment.dueDate : QDate::currentDate());
    m_amount->setText(
        instalment.amountMinor > 0
            ? Money(instalment.amountMinor, contract.fee.currency()).formatNumber(QLocale())
            : QString());
    m_done->setChecked(instalment.doneOn.isValid());
    m_doneOn->setDate(instalment.doneOn.isValid() ? instalment.doneOn : QDate::currentDate());

    connect(m_kind, &QComboBox::currentIndexChanged, this, &InstalmentDialog::revalidate);
    for (QLineEdit *edit : { m_description, m_amount })
        connect(edit, &QLineEdit::textChanged, this, &InstalmentDialog::revalidate);
    for (QDateEdit *date : { m_due, m_doneOn })
        connect(date, &QDateEdit::dateChanged, this, &InstalmentDialog::revalidate);
    connect(m_done, &QCheckBox::toggled, this, &InstalmentDialog::revalidate);
    revalidate();
    resize(sizeHint().expandedTo(QSize(440, 0)));
}

Instalment InstalmentDialog::instalment() const
{
    Instalment i = m_original;
    i.contractId = m_contract.id;
    i.milestone = m_kind->currentData().toBool();
    i.description = m_description->text().trimmed();
    i.dueDate = m_due->date();
    const auto amount
        = Money::parseLocalized(m_amount->text(), m_contract.fee.currency(), QLocale());
    i.amountMinor = amount ? amount->minorUnits() : 0;
    i.doneOn = i.milestone && m_done->isChecked() ? m_doneOn->date() : QDate();
    return i;
}

void InstalmentDialog::revalidate()
{
    const bool milestone = m_kind->currentData().toBool();
    m_done->setEnabled(milestone);
    m_doneOn->setEnabled(milestone && m_done->isChecked());
    Instalment checked = instalment();
    const bool noAmount = m_amount->text().trimmed().isEmpty();
    if (noAmount)
        checked.amountMinor = 1; // "Enter the amount." says it, not "above zero"
    m_problems = ContractService::instalmentProblems(checked, m_contract);
    if (noAmount) {
        m_problems.prepend(tr("Enter the amount."));
    } else if (const auto amount
               = Money::parseLocalized(m_amount->text(), m_contract.fee.currency(), QLocale());
               !amount) {
        m_problems.prepend(amount.error());
    }
    m_problemLabel->setText(m_problems.join(u'\n'));
    m_problemLabel->setVisible(!m_problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problems.isEmpty());
}

InstalmentSection::InstalmentSection(Database &database, QWidget *parent)
    : QGroupBox(tr("Instalments and milestones"), parent), m_db(database)
{
    setObjectName(u"instalmentSection"_s);
    m_editor = [](const Contract &contract, Instalment &instalment, QWidget *owner) {
        InstalmentDialog dialog(contract, instalment, owner);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        instalment = dialog.instalment();
        return true;
    };
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("ClientDesk"), question) == QMessageBox::Yes;
    };
    m_table = new QTableWidget(0, InstalmentColumns, this);
    m_table->setObjectName(u"instalmentTable"_s);
    m_table->setHorizontalHeaderLabels(
        { tr("Kind"), tr("Description"), tr("Due"), tr("Amount"), tr("Done on"), tr("Invoice") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setMinimumHeight(110);
    m_add = new QPushButton(tr("Add…"), this);
    m_edit = new QPushButton(tr("Edit…"), this);
    m_remove = new QPushButton(tr("Remove"), this);
    m_sum = new QLabel(this);
    m_sum->setObjectName(u"instalmentSum"_s);
    m_sum->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setObjectName(u"instalmentMessage"_s);
    m_message->setWordWrap(true);
    QPalette warning = m_message->palette();
    warning.setColor(QPalette::WindowText, kWarning);
    m_message->setPalette(warning);
    m_message->hide();
    auto *note = new QLabel(tr("Changes to the schedule are saved at once."), this);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(note);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_sum);
    layout->addWidget(m_message);

    connect(m_add, &QPushButton::clicked, this, &InstalmentSection::addInstalment);
    connect(m_edit, &QPushButton::clicked, this, &InstalmentSection::editInstalment);
    connect(m_remove, &QPushButton::clicked, this, &InstalmentSection::removeInstalment);
    connect(m_table, &QTableWidget::itemActivated, this, &InstalmentSection::editInstalment);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &InstalmentSection::updateState);
}

void InstalmentSection::setContract(const Contract &contract)
{
    const bool another = contract.id != m_contract.id;
    m_contract = contract;
    if (another)
        reload();
    else
        updateState();
}

void InstalmentSection::reload()
{
    m_schedule.clear();
    if (m_contract.id > 0) {
        const auto schedule = ContractService(m_db).instalments(m_contract.id);
        if (schedule)
            m_schedule = *schedule;
        else
            showMessage(schedule.error());
    }
    fillTable();
}

void InstalmentSection::fillTable()
{
    const QLocale locale;
    const qint64 keep = selected() ? selected()->instalment.id : 0;
    m_table->setRowCount(int(m_schedule.size()));
    for (int r = 0; r < m_schedule.size(); ++r) {
        const ContractService::ScheduledInstalment &s = m_schedule.at(r);
        const Instalment &i = s.instalment;
        const QString billed = !s.billed ? QString()
            : s.invoiceNumber.isEmpty()  ? tr("on a draft")
                                         : s.invoiceNumber;
        const QStringList cells {
            i.milestone ? tr("Milestone") : tr("Instalment"),
            i.description,
            shortDate(i.dueDate),
            Money(i.amountMinor, m_contract.fee.currency()).format(locale),
            i.milestone ? (i.doneOn.isValid() ? shortDate(i.doneOn) : tr("not yet")) : QString(),
            billed,
        };
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c == AmountColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, c, item);
        }
        if (i.id == keep)
            m_table->selectRow(r);
    }
    m_table->resizeColumnsToContents();
    updateState();
}

QString InstalmentSection::sumText() const
{
    return m_sum->text();
}

QString InstalmentSection::messageText() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void InstalmentSection::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

const ContractService::ScheduledInstalment *InstalmentSection::selected() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_schedule.size() || !m_table->item(row, 0)
        || !m_table->item(row, 0)->isSelected())
        return nullptr;
    return &m_schedule.at(row);
}

void InstalmentSection::updateState()
{
    const QLocale locale;
    const bool stored = m_contract.id > 0;
    const auto *s = selected();
    m_add->setEnabled(stored);
    m_edit->setEnabled(stored && s && !s->billed);
    m_remove->setEnabled(stored && s && !s->billed);
    if (!stored) {
        m_sum->setText(tr("Save the contract first; then add its instalments or milestones "
                          "here."));
        return;
    }
    qint64 sum = 0;
    for (const auto &scheduled : m_schedule)
        sum += scheduled.instalment.amountMinor;
    const QString currency = m_contract.fee.currency();
    const Money scheduled(sum, currency);
    const Money fee = m_contract.fee;
    QString text
        = tr("Scheduled: %1 of the fee %2.").arg(scheduled.format(locale), fee.format(locale));
    if (sum < fee.minorUnits())
        text += u' '
            + tr("%1 is not scheduled yet.")
                  .arg(Money(fee.minorUnits() - sum, currency).format(locale));
    else if (sum > fee.minorUnits())
        text += u' '
            + tr("That is %1 more than the fee.")
                  .arg(Money(sum - fee.minorUnits(), currency).format(locale));
    m_sum->setText(text);
    const QColor colour = sum > fee.minorUnits() ? kWarning : palette().color(QPalette::WindowText);
    QPalette colours = m_sum->palette();
    colours.setColor(QPalette::WindowText, colour);
    m_sum->setPalette(colours);
}

void InstalmentSection::addInstalment()
{
    if (m_contract.id <= 0)
        return;
    Instalment i;
    i.contractId = m_contract.id;
    // The next one due a month after the last, else at the start.
    i.dueDate = m_schedule.isEmpty() ? m_contract.start
                                     : m_schedule.constLast().instalment.dueDate.addMonths(1);
    if (!m_editor(m_contract, i, this))
        return;
    const auto id = ContractService(m_db).addInstalment(i);
    showMessage(id ? QString() : id.error());
    reload();
}

void InstalmentSection::editInstalment()
{
    const auto *s = selected();
    if (!s || s->billed)
        return;
    Instalment i = s->instalment;
    if (!m_editor(m_contract, i, this))
        return;
    const Status ok = ContractService(m_db).updateInstalment(i);
    showMessage(ok ? QString() : ok.error());
    reload();
}

void InstalmentSection::removeInstalment()
{
    const auto *s = selected();
    if (!s || s->billed)
        return;
    const Instalment i = s->instalment;
    if (!m_confirm(tr("Remove “%1” from the schedule?").arg(i.description)))
        return;
    const Status ok = ContractService(m_db).removeInstalment(i.id);
    showMessage(ok ? QString() : ok.error());
    reload();
}

} // namespace cd
