#include "invoicerules.h"

#include "domain/money.h"

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

__extension__ typedef __int128 Wide; // products of two 64-bit values

/// numerator ÷ denominator rounded half away from zero (denominator > 0).
qint64 divideRounded(Wide numerator, Wide denominator)
{
    const Wide magnitude = (numerator < 0 ? -numerator : numerator);
    const Wide rounded = (magnitude * 2 + denominator) / (denominator * 2);
    return qint64(numerator < 0 ? -rounded : rounded);
}

} // namespace

std::optional<qint64> InvoiceRules::lineAmount(qint64 quantityMilli, qint64 unitPriceMinor)
{
    const qint64 amount = divideRounded(Wide(quantityMilli) * unitPriceMinor, 1000);
    if (!Money::isWithinBounds(amount))
        return std::nullopt;
    return amount;
}

void InvoiceRules::price(InvoiceLine &line, bool pricesIncludeTax)
{
    if (!line.taxRateBp || *line.taxRateBp == 0) {
        line.netMinor = line.amountMinor;
        line.taxMinor = 0;
        return;
    }
    const int bp = *line.taxRateBp;
    if (pricesIncludeTax) {
        line.taxMinor = divideRounded(Wide(line.amountMinor) * bp, 10000 + bp);
        line.netMinor = line.amountMinor - line.taxMinor;
    } else {
        line.netMinor = line.amountMinor;
        line.taxMinor = divideRounded(Wide(line.amountMinor) * bp, 10000);
    }
}

Status InvoiceRules::total(Invoice &invoice)
{
    qint64 net = 0;
    qint64 tax = 0;
    for (qsizetype i = 0; i < invoice.lines.size(); ++i) {
        InvoiceLine &line = invoice.lines[i];
        price(line, invoice.pricesIncludeTax);
        net += line.netMinor;
        tax += line.taxMinor;
        if (!Money::isWithinBounds(line.amountMinor) || !Money::isWithinBounds(net)
            || !Money::isWithinBounds(tax) || !Money::isWithinBounds(net + tax))
            return Error { tr("Line %1 takes the invoice's total beyond what one amount may hold. "
                              "%2")
                               .arg(i + 1)
                               .arg(Money::boundsSentence(invoice.currency)) };
    }
    invoice.netMinor = net;
    invoice.taxMinor = tax;
    invoice.totalMinor = net + tax;
    return {};
}

QString InvoiceRules::issueProblem(const Invoice &invoice)
{
    const bool credit = invoice.series == InvoiceSeries::CreditNote;
    if (invoice.lines.isEmpty())
        return credit ? tr("A credit note without lines cannot be issued; add what it credits.")
                      : tr("An invoice without lines cannot be issued; add what it bills.");
    for (qsizetype i = 0; i < invoice.lines.size(); ++i) {
        if (invoice.lines.at(i).description.trimmed().isEmpty())
            return tr("Line %1 has no description; say what it bills.").arg(i + 1);
    }
    if (invoice.totalMinor == 0)
        return credit ? tr("A credit note of zero cannot be issued.")
                      : tr("An invoice with a total of zero cannot be issued.");
    if (!credit && invoice.totalMinor < 0)
        return tr("An invoice's total cannot be below zero; issue a credit note to give money "
                  "back.");
    if (credit && invoice.totalMinor > 0)
        return tr("A credit note's total must be below zero.");
    if (!invoice.date.isValid())
        return tr("The invoice has no date.");
    if (!invoice.dueDate.isValid() || invoice.dueDate < invoice.date)
        return tr("The due date %1 is before the invoice's date %2.")
            .arg(invoice.dueDate.toString(Qt::ISODate), invoice.date.toString(Qt::ISODate));
    return {};
}

bool InvoiceRules::isOverdue(const Invoice &invoice, const QDate &today)
{
    return (invoice.state == InvoiceState::Issued || invoice.state == InvoiceState::PartlyPaid)
        && invoice.dueDate.isValid() && invoice.dueDate < today;
}

int InvoiceRules::daysOverdue(const Invoice &invoice, const QDate &today)
{
    return isOverdue(invoice, today) ? int(invoice.dueDate.daysTo(today)) : 0;
}

InvoiceState InvoiceRules::stateWhenPaid(qint64 totalMinor, qint64 paidMinor)
{
    if (totalMinor <= 0 || paidMinor >= totalMinor)
        return InvoiceState::Paid;
    return paidMinor > 0 ? InvoiceState::PartlyPaid : InvoiceState::Issued;
}

} // namespace cd
