#include "invoicelineseditor.h"

#include "domain/billingsettings.h"
#include "domain/invoicerules.h"
#include "domain/money.h"

#include <QComboBox>
#include <QHeaderView>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace cd {

InvoiceLinesEditor::InvoiceLinesEditor(QWidget *parent) : QTableWidget(0, ColumnCount, parent)
{
    setObjectName(u"invoiceLines"_s);
    setAccessibleName(tr("Lines"));
    setHorizontalHeaderLabels({ tr("Description"), tr("Quantity"), tr("Unit price"), tr("Tax"),
                                tr("Category"), tr("Amount") });
    verticalHeader()->hide();
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setTabKeyNavigation(true);
    QHeaderView *header = horizontalHeader();
    header->setSectionResizeMode(Description, QHeaderView::Stretch);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const int digits = fontMetrics().horizontalAdvance(u"0,000,000,000.00"_s);
    header->resizeSection(Quantity, fontMetrics().horizontalAdvance(u"Quantity0000"_s));
    header->resizeSection(UnitPrice, digits);
    header->resizeSection(Tax, fontMetrics().horizontalAdvance(u"No tax000000"_s));
    header->resizeSection(Category, fontMetrics().horizontalAdvance(u"Consulting0000"_s));
    header->resizeSection(Amount, digits);
    connect(this, &QTableWidget::cellChanged, this, &InvoiceLinesEditor::cellEdited);
}

void InvoiceLinesEditor::setTax(int rateBp, const QString &label)
{
    m_rateBp = rateBp;
    m_taxLabel = label;
}

void InvoiceLinesEditor::setCurrency(const QString &currency)
{
    m_currency = currency;
    // The amounts show in the new currency's decimals.
    for (int row = 0; row < rowCount(); ++row)
        cellEdited(row, UnitPrice);
}

std::optional<qint64> InvoiceLinesEditor::parseQuantity(const QString &text, const QLocale &locale)
{
    QString plain = text.trimmed();
    plain.remove(locale.groupSeparator());
    plain.replace(locale.decimalPoint(), u"."_s);
    plain.replace(u',', u'.');
    static const QRegularExpression number(u"^(-?)(\\d{1,9})(?:\\.(\\d{0,3}))?$"_s);
    const QRegularExpressionMatch match = number.match(plain);
    if (!match.hasMatch())
        return std::nullopt;
    qint64 milli = match.captured(2).toLongLong() * 1000;
    milli += match.captured(3).leftJustified(3, u'0').toLongLong();
    return match.captured(1).isEmpty() ? milli : -milli;
}

QString InvoiceLinesEditor::quantityText(qint64 milli, const QLocale &locale)
{
    const qint64 whole = std::abs(milli) / 1000;
    const qint64 fraction = std::abs(milli) % 1000;
    QString text = locale.toString(whole);
    if (fraction != 0) {
        QString digits = QString::number(fraction).rightJustified(3, u'0');
        while (digits.endsWith(u'0'))
            digits.chop(1);
        text += locale.decimalPoint() + digits;
    }
    return milli < 0 ? locale.negativeSign() + text : text;
}

void InvoiceLinesEditor::setLines(const QList<InvoiceLine> &lines)
{
    m_filling = true;
    setRowCount(0);
    m_base.clear();
    for (const InvoiceLine &line : lines)
        appendRow(line);
    m_filling = false;
    for (int row = 0; row < rowCount(); ++row)
        showAmount(row);
    emit changed();
}

void InvoiceLinesEditor::appendRow(const InvoiceLine &line)
{
    const bool filling = m_filling;
    m_filling = true;
    const int row = rowCount();
    insertRow(row);
    m_base.append(line);
    setItem(row, Description, new QTableWidgetItem(line.description));
    auto *quantity = new QTableWidgetItem(quantityText(line.quantityMilli, m_locale));
    quantity->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setItem(row, Quantity, quantity);
    auto *price = new QTableWidgetItem(
        Money(line.unitPriceMinor, m_currency.isEmpty() ? u"USD"_s : m_currency)
            .formatNumber(m_locale));
    price->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setItem(row, UnitPrice, price);
    setItem(row, Category, new QTableWidgetItem(line.category));
    auto *amount = new QTableWidgetItem;
    amount->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setItem(row, Amount, amount);
    auto *tax = new QComboBox(this);
    tax->setAccessibleName(tr("Tax of line %1").arg(row + 1));
    tax->setFrame(false);
    setCellWidget(row, Tax, tax);
    setTaxChoice(row, line.taxRateBp);
    connect(tax, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            emit changed();
    });
    tax->setEnabled(!m_readOnly);
    if (m_readOnly) {
        for (int column = 0; column < ColumnCount; ++column) {
            if (QTableWidgetItem *cell = item(row, column))
                cell->setFlags(cell->flags() & ~Qt::ItemIsEditable);
        }
    }
    m_filling = filling;
    cellEdited(row, Quantity);
}

void InvoiceLinesEditor::setTaxChoice(int row, std::optional<int> rateBp)
{
    auto *combo = qobject_cast<QComboBox *>(cellWidget(row, Tax));
    if (!combo)
        return;
    const QSignalBlocker blocker(combo);
    combo->clear();
    const auto label = [this](int bp) {
        return tr("%1 %2 %", "tax label, rate: PPN 11 %")
            .arg(m_taxLabel, BillingSettings::rateText(bp))
            .trimmed();
    };
    combo->addItem(label(m_rateBp), m_rateBp);
    if (rateBp && *rateBp != m_rateBp)
        combo->addItem(label(*rateBp), *rateBp);
    combo->addItem(tr("No tax"), -1);
    combo->setCurrentIndex(rateBp ? combo->findData(*rateBp) : combo->count() - 1);
}

std::optional<int> InvoiceLinesEditor::taxChoice(int row) const
{
    const auto *combo = qobject_cast<QComboBox *>(cellWidget(row, Tax));
    if (!combo || combo->currentData().toInt() < 0)
        return std::nullopt;
    return combo->currentData().toInt();
}

void InvoiceLinesEditor::addLine()
{
    InvoiceLine line;
    line.source = LineSource::Manual;
    line.quantityMilli = 1000;
    line.taxRateBp = m_rateBp;
    if (!m_base.isEmpty())
        line.category = m_base.last().category;
    appendRow(line);
    const int row = rowCount() - 1;
    setCurrentCell(row, Description);
    editItem(item(row, Description));
    emit changed();
}

void InvoiceLinesEditor::removeCurrentLine()
{
    const int row = currentRow();
    if (row < 0 || m_readOnly)
        return;
    removeRow(row);
    m_base.removeAt(row);
    emit changed();
}

void InvoiceLinesEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                             : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    for (int row = 0; row < rowCount(); ++row) {
        if (QWidget *tax = cellWidget(row, Tax))
            tax->setEnabled(!readOnly);
    }
}

Result<InvoiceLine> InvoiceLinesEditor::lineAt(int row) const
{
    InvoiceLine line = m_base.value(row);
    const auto text = [this, row](int column) {
        const QTableWidgetItem *cell = item(row, column);
        return cell ? cell->text().trimmed() : QString();
    };
    line.description = text(Description);
    line.category = text(Category);
    line.taxRateBp = taxChoice(row);
    const auto quantity = parseQuantity(text(Quantity), m_locale);
    if (!quantity)
        return Error { tr("Line %1: the quantity “%2” is not a number (e.g. 1 or 1.5).")
                           .arg(row + 1)
                           .arg(text(Quantity)) };
    const QString currency = m_currency.isEmpty() ? u"USD"_s : m_currency;
    const auto price = Money::parseLocalized(text(UnitPrice), currency, m_locale);
    if (!price)
        return Error { tr("Line %1: %2").arg(row + 1).arg(price.error()) };
    const bool asBilled = row < m_base.size() && *quantity == m_base.at(row).quantityMilli
        && price->minorUnits() == m_base.at(row).unitPriceMinor && m_base.at(row).amountMinor != 0;
    line.quantityMilli = *quantity;
    line.unitPriceMinor = price->minorUnits();
    if (!asBilled) {
        const auto amount = InvoiceRules::lineAmount(*quantity, price->minorUnits());
        if (!amount)
            return Error { tr("Line %1: the amount is too large. %2")
                               .arg(row + 1)
                               .arg(Money::boundsSentence(currency)) };
        line.amountMinor = *amount;
    }
    return line;
}

Result<QList<InvoiceLine>> InvoiceLinesEditor::lines() const
{
    QList<InvoiceLine> lines;
    for (int row = 0; row < rowCount(); ++row) {
        auto line = lineAt(row);
        if (!line)
            return Error { line.error() };
        lines.append(*line);
    }
    return lines;
}

void InvoiceLinesEditor::cellEdited(int row, int column)
{
    if (m_filling || column == Amount)
        return;
    QTableWidgetItem *amount = item(row, Amount);
    if (!amount)
        return;
    // What was typed shows as the list shows numbers ("1500000" → "1,500,000.00").
    if (const auto line = lineAt(row); line && (column == Quantity || column == UnitPrice)) {
        const QSignalBlocker blocker(this);
        const QString currency = m_currency.isEmpty() ? u"USD"_s : m_currency;
        if (column == Quantity)
            item(row, Quantity)->setText(quantityText(line->quantityMilli, m_locale));
        else
            item(row, UnitPrice)
                ->setText(Money(line->unitPriceMinor, currency).formatNumber(m_locale));
    }
    showAmount(row);
    emit changed();
}

void InvoiceLinesEditor::showAmount(int row)
{
    QTableWidgetItem *amount = item(row, Amount);
    if (!amount)
        return;
    const auto line = lineAt(row);
    {
        const QSignalBlocker blocker(this);
        amount->setText(line
                            ? Money(line->amountMinor, m_currency.isEmpty() ? u"USD"_s : m_currency)
                                  .formatNumber(m_locale)
                            : tr("?"));
        amount->setToolTip(line ? QString() : line.error());
    }
}

} // namespace cd
