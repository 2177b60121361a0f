#include "reports/invoicereport.h"

#include "domain/amountinwords.h"
#include "domain/money.h"
#include "reports/reportdocument.h"

#include <QImage>
#include <QMap>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

/// Formats of one invoice: its currency, the locale's numbers and dates.
struct InvoiceFormats
{
    QLocale locale;
    QString currency;

    QString money(qint64 minor) const { return Money(minor, currency).format(locale); }
    QString date(const QDate &day) const
    {
        return day.isValid() ? locale.toString(day, u"d MMMM yyyy"_s) : InvoiceReport::tr("—");
    }
    /// 1500 thousandths → "1.5" ("1,5" in Indonesian); whole quantities without decimals.
    QString quantity(qint64 milli) const
    {
        int decimals = 3;
        for (qint64 rest = milli % 1000; decimals > 0 && rest % 10 == 0; rest /= 10)
            --decimals;
        if (milli % 1000 == 0)
            decimals = 0;
        return locale.toString(double(milli) / 1000.0, 'f', decimals);
    }
    /// 1100 → "11 %", 1150 → "11.5 %".
    QString rate(int bp) const
    {
        const int decimals = bp % 100 == 0 ? 0 : bp % 10 == 0 ? 1 : 2;
        return InvoiceReport::tr("%1 %").arg(locale.toString(double(bp) / 100.0, 'f', decimals));
    }
};

bool isCreditNote(const Invoice &invoice)
{
    return invoice.series == InvoiceSeries::CreditNote;
}

QString titleOf(const Invoice &invoice)
{
    const bool credit = isCreditNote(invoice);
    if (invoice.state == InvoiceState::Draft)
        return credit ? InvoiceReport::tr("Draft credit note") : InvoiceReport::tr("Draft invoice");
    if (invoice.state == InvoiceState::Void)
        return credit ? InvoiceReport::tr("Credit note (void)")
                      : InvoiceReport::tr("Invoice (void)");
    return credit ? InvoiceReport::tr("Credit note") : InvoiceReport::tr("Invoice");
}

/// The client's block: name, billing contact, place, tax id, email.
QStringList billTo(const InvoiceReportData &d)
{
    QStringList lines { d.account.name };
    if (!d.billingContact.isEmpty())
        lines.append(InvoiceReport::tr("Attn. %1").arg(d.billingContact));
    QStringList place;
    for (const QString &part : { d.account.city, d.account.region, d.account.country }) {
        if (!part.trimmed().isEmpty())
            place.append(part.trimmed());
    }
    if (!place.isEmpty())
        lines.append(place.join(u", "_s));
    if (!d.account.taxId.trimmed().isEmpty())
        lines.append(InvoiceReport::tr("Tax id (NPWP): %1").arg(d.account.taxId.trimmed()));
    if (!d.billingEmail.trimmed().isEmpty())
        lines.append(d.billingEmail.trimmed());
    return lines;
}

/// The invoice's number, dates and what it bills, beside the client's block.
QList<std::pair<QString, QString>> particulars(const InvoiceFormats &f, const InvoiceReportData &d)
{
    const Invoice &inv = d.invoice;
    const bool credit = isCreditNote(inv);
    QList<std::pair<QString, QString>> pairs;
    pairs.append({ credit ? InvoiceReport::tr("Credit note no.") : InvoiceReport::tr("Invoice no."),
                   inv.number.isEmpty() ? InvoiceReport::tr("none yet (a draft)") : inv.number });
    pairs.append({ InvoiceReport::tr("Date"), f.date(inv.date) });
    if (credit) {
        if (!d.correctsNumber.isEmpty())
            pairs.append(
                { InvoiceReport::tr("Corrects invoice"),
                  InvoiceReport::tr("%1 of %2").arg(d.correctsNumber, f.date(d.correctsDate)) });
    } else {
        pairs.append({ InvoiceReport::tr("Due date"), f.date(inv.dueDate) });
    }
    if (!d.contractReference.isEmpty())
        pairs.append({ InvoiceReport::tr("Contract"),
                       d.contractTitle.isEmpty() ? d.contractReference
                                                 : InvoiceReport::tr("%1, %2").arg(
                                                     d.contractReference, d.contractTitle) });
    if (const QDate month = QDate::fromString(inv.period + u"-01"_s, Qt::ISODate); month.isValid())
        pairs.append({ InvoiceReport::tr("Period"), f.locale.toString(month, u"MMMM yyyy"_s) });
    pairs.append({ InvoiceReport::tr("Currency"), inv.currency });
    return pairs;
}

void lines(ReportDocument &doc, const InvoiceFormats &f, const InvoiceReportData &d)
{
    QList<QStringList> rows;
    for (const InvoiceLine &line : d.invoice.lines)
        rows.append({ line.description, f.quantity(line.quantityMilli),
                      f.money(line.unitPriceMinor),
                      line.taxRateBp ? f.rate(*line.taxRateBp) : InvoiceReport::tr("no tax"),
                      f.money(line.amountMinor) });
    doc.table({ InvoiceReport::tr("Description"), InvoiceReport::tr("Quantity"),
                InvoiceReport::tr("Unit price"), InvoiceReport::tr("Tax"),
                InvoiceReport::tr("Amount") },
              rows, { 1, 2, 3, 4 }, false, { 42, 9, 19, 10, 20 });
}

/// What is still owed: as InvoiceService works it out, else total − paid.
qint64 owedOf(const InvoiceReportData &d)
{
    return d.owedMinor.value_or(d.invoice.totalMinor - d.invoice.paidMinor);
}

/// Before tax, the tax of each rate, the total; what is paid and still owed once paid in part.
void totals(ReportDocument &doc, const InvoiceFormats &f, const InvoiceReportData &d)
{
    const Invoice &inv = d.invoice;
    QMap<int, qint64> taxByRate;
    for (const InvoiceLine &line : inv.lines) {
        if (line.taxRateBp)
            taxByRate[*line.taxRateBp] += line.taxMinor;
    }
    QList<std::pair<QString, QString>> pairs { { InvoiceReport::tr("Total before tax"),
                                                 f.money(inv.netMinor) } };
    if (taxByRate.isEmpty())
        pairs.append({ InvoiceReport::tr("%1 (no tax)").arg(d.taxLabel), f.money(0) });
    for (auto it = taxByRate.cbegin(); it != taxByRate.cend(); ++it)
        pairs.append(
            { InvoiceReport::tr("%1 %2").arg(d.taxLabel, f.rate(it.key())), f.money(it.value()) });
    pairs.append({ InvoiceReport::tr("Total"), f.money(inv.totalMinor) });
    const bool owes = inv.state == InvoiceState::Issued || inv.state == InvoiceState::PartlyPaid
        || inv.state == InvoiceState::Paid;
    if (!isCreditNote(inv) && owes && (inv.paidMinor != 0 || d.creditedMinor != 0)) {
        if (inv.paidMinor != 0)
            pairs.append({ InvoiceReport::tr("Paid"), f.money(inv.paidMinor) });
        if (d.creditedMinor != 0)
            pairs.append({ InvoiceReport::tr("Credited"), f.money(d.creditedMinor) });
        pairs.append({ InvoiceReport::tr("Amount due"), f.money(owedOf(d)) });
    }
    doc.totals(pairs);
    if (inv.pricesIncludeTax && !taxByRate.isEmpty())
        doc.paragraph(InvoiceReport::tr("Prices include %1.").arg(d.taxLabel), true);
    doc.labelled(
        InvoiceReport::tr("In words:"),
        AmountInWords::sentence(inv.totalMinor, inv.currency, AmountInWords::languageOf(f.locale))
            + u'.');
}

/// How to pay, or why nothing is to be paid.
void payment(ReportDocument &doc, const InvoiceFormats &f, const InvoiceReportData &d)
{
    const Invoice &inv = d.invoice;
    if (isCreditNote(inv)) {
        if (!d.correctsNumber.isEmpty() && inv.state != InvoiceState::Draft
            && inv.state != InvoiceState::Void) {
            doc.heading(InvoiceReport::tr("Credit"));
            doc.paragraph(
                InvoiceReport::tr("This credit note reduces what invoice %1 of %2 owes "
                                  "by %3.")
                    .arg(d.correctsNumber, f.date(d.correctsDate), f.money(-inv.totalMinor)));
        }
        return;
    }
    doc.heading(InvoiceReport::tr("Payment"));
    switch (inv.state) {
    case InvoiceState::Draft:
        doc.paragraph(InvoiceReport::tr("This is a draft: nothing is owed until it is issued "
                                        "with a number."),
                      true);
        return;
    case InvoiceState::Void:
        doc.paragraph(InvoiceReport::tr("This invoice was voided on %1 (%2); nothing is owed "
                                        "on it.")
                          .arg(f.date(inv.voidedOn), inv.voidReason));
        return;
    case InvoiceState::Paid:
        doc.paragraph(InvoiceReport::tr("Paid in full. Thank you."));
        return;
    case InvoiceState::Issued:
    case InvoiceState::PartlyPaid:
        break;
    }
    if (owedOf(d) <= 0) { // credit notes cover it
        doc.paragraph(InvoiceReport::tr("Nothing is owed on this invoice."));
        return;
    }
    doc.paragraph(InvoiceReport::tr("Please pay %1 by %2, quoting %3 as the reference.")
                      .arg(f.money(owedOf(d)), f.date(inv.dueDate), inv.number));
    const FirmProfile &firm = d.firm;
    QList<std::pair<QString, QString>> bank;
    if (!firm.bankName.isEmpty())
        bank.append({ InvoiceReport::tr("Bank"), firm.bankName });
    if (!firm.bankAccountName.isEmpty())
        bank.append({ InvoiceReport::tr("Account name"), firm.bankAccountName });
    if (!firm.bankAccountNumber.isEmpty())
        bank.append({ InvoiceReport::tr("Account number"), firm.bankAccountNumber });
    bank.append({ InvoiceReport::tr("Reference"), inv.number });
    doc.facts(bank);
    for (const QString &line : firm.paymentNote.split(u'\n', Qt::SkipEmptyParts))
        doc.paragraph(line.trimmed(), true);
}

} // namespace

BuiltReport InvoiceReport::build(const InvoiceReportData &d, const QLocale &locale)
{
    const Invoice &inv = d.invoice;
    const InvoiceFormats f { locale, inv.currency };
    ReportDocument doc(locale);
    QImage logo;
    if (!d.firm.logoPng.isEmpty())
        logo.loadFromData(d.firm.logoPng, "PNG");
    QString address = d.firm.address;
    if (!d.firm.taxId.isEmpty())
        address += u'\n' + tr("Tax id (NPWP): %1").arg(d.firm.taxId);
    const QString title = titleOf(inv);
    const QString number = inv.number.isEmpty() ? tr("Draft") : inv.number;
    doc.titleBlock(logo, d.firm.name, address, title,
                   inv.number.isEmpty() ? tr("Not issued yet: it is numbered when it is issued.")
                                        : inv.number);
    doc.sideBySide(tr("Bill to"), billTo(d), particulars(f, d));
    doc.heading(isCreditNote(inv) ? tr("Credited") : tr("Billed"));
    lines(doc, f, d);
    totals(doc, f, d);
    payment(doc, f, d);
    if (!inv.notes.trimmed().isEmpty()) {
        doc.heading(tr("Notes"));
        for (const QString &line : inv.notes.split(u'\n', Qt::SkipEmptyParts))
            doc.paragraph(line.trimmed());
    }

    BuiltReport out;
    out.document = doc.take();
    out.frame
        = { d.firm.name,
            title,
            tr("%1 · %2").arg(number, d.account.name),
            d.printedOn,
            d.firm.taxId.isEmpty() ? d.firm.name
                                   : tr("%1 · Tax id (NPWP) %2").arg(d.firm.name, d.firm.taxId),
            inv.state == InvoiceState::Draft      ? tr("DRAFT")
                : inv.state == InvoiceState::Void ? tr("VOID")
                                                  : QString() };
    return out;
}

QString InvoiceReport::fileNameFor(const QString &number, qint64 id)
{
    if (number.trimmed().isEmpty())
        return u"draft-%1.pdf"_s.arg(id);
    QString name;
    for (const QChar c : number.trimmed())
        name.append(c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.' ? c : u'-');
    return name + u".pdf"_s;
}

Result<int> InvoiceReport::writePdf(const InvoiceReportData &data, const QString &path,
                                    const QLocale &locale)
{
    BuiltReport report = build(data, locale);
    return ReportPrinter::writePdf(*report.document, report.frame, path, locale);
}

} // namespace cd
