#include "reports/clientreport.h"

#include "domain/contractrules.h"
#include "domain/money.h"
#include "reports/reportdocument.h"

#include <QImage>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

/// Formats for one report: money in the firm's currency, dates and numbers in the locale.
struct Formats
{
    QLocale locale;
    QString currency;

    QString money(qint64 minor) const { return Money(minor, currency).format(locale); }
    QString money(const Money &m) const { return m.format(locale); }
    /// An amount in another currency with its value in the firm's beside it:
    /// "USD 12,000.00 (Rp 194,946,000.00)"; "USD 12,000.00 (no rate)" without one.
    QString moneyWithConverted(const Money &own, std::optional<qint64> converted) const
    {
        if (own.currency() == currency)
            return money(own);
        return converted ? Reports::tr("%1 (%2)").arg(money(own), money(*converted))
                         : Reports::tr("%1 (no %2 rate)").arg(money(own), own.currency());
    }
    QString date(const QDate &day) const
    {
        return day.isValid() ? locale.toString(day, QLocale::ShortFormat) : Reports::tr("—");
    }
    QString change(qint64 now, qint64 before) const
    {
        if (before <= 0)
            return now > 0 ? Reports::tr("new") : Reports::tr("—");
        // Tenths of a percent, in integers.
        const qint64 tenths
            = ((now - before) * 1000 + (now >= before ? before / 2 : -before / 2)) / before;
        return Reports::tr("%1%2 %").arg(tenths > 0 ? u"+"_s : QString(),
                                         locale.toString(qreal(tenths) / 10.0, 'f', 1));
    }
    QString period(const ReportPeriod &p) const
    {
        return Reports::tr("%1 – %2").arg(longDate(p.from), longDate(p.to));
    }
    /// A share in percent with `decimals` decimals, as the locale writes numbers.
    QString percent(qreal value, int decimals = 0) const
    {
        return Reports::tr("%1 %").arg(locale.toString(value, 'f', decimals));
    }
    QString days(qint64 n) const
    {
        return n == 1 ? Reports::tr("1 day") : Reports::tr("%1 days").arg(locale.toString(n));
    }
    /// "1 December 2026", month names in the locale's language.
    QString longDate(const QDate &day) const { return locale.toString(day, u"d MMMM yyyy"_s); }
};

QString orDash(const QString &text)
{
    return text.trimmed().isEmpty() ? Reports::tr("—") : text;
}

/// The gist of a clause: its first sentence, at most about 240 characters.
QString summary(const QString &clause)
{
    const QString text = clause.simplified();
    qsizetype end = text.indexOf(u". "_s);
    end = end < 0 ? text.size() : end + 1;
    if (end > 240) {
        end = text.lastIndexOf(u' ', 240);
        return text.left(end > 0 ? end : 240) + u"…"_s;
    }
    return text.left(end);
}

} // namespace

QString Reports::fileNameFor(const QString &clientName, qint64 id)
{
    QString name;
    for (const QChar c : clientName.simplified()) {
        if (c.isLetterOrNumber() || c == u' ' || c == u'-' || c == u'.' || c == u'&')
            name.append(c);
    }
    name = name.simplified().replace(u' ', u'_');
    if (name.isEmpty())
        name = u"client"_s;
    return u"%1-%2.pdf"_s.arg(name.left(80)).arg(id);
}

namespace {

/// The report's first lines: the firm's logo, name and address, the title and what it is of.
void titleBlock(ReportDocument &doc, const FirmProfile &firm, const QString &title,
                const QString &subtitle)
{
    QImage logo;
    if (!firm.logoPng.isEmpty())
        logo.loadFromData(firm.logoPng, "PNG");
    doc.titleBlock(logo, firm.name, firm.address, title, subtitle);
}

void clientProfile(ReportDocument &doc, const Formats &f, const ClientReportData &d)
{
    doc.heading(Reports::tr("Client profile"));
    QStringList place;
    for (const QString &part : { d.account.city, d.account.region, d.account.country }) {
        if (!part.trimmed().isEmpty())
            place.append(part.trimmed());
    }
    QList<std::pair<QString, QString>> profile {
        { Reports::tr("Client"), d.account.name },
        { Reports::tr("Account manager"), orDash(d.managerName) },
        { Reports::tr("Industry"), orDash(d.account.industry) },
        { Reports::tr("Location"), orDash(place.join(u", "_s)) },
        { Reports::tr("Channel"), toLabel(d.account.channel) },
        { Reports::tr("Status"), toLabel(d.account.status) },
    };
    if (d.account.convertedOn.isValid())
        profile.append({ Reports::tr("Client since"), f.date(d.account.convertedOn) });
    if (!d.account.email.isEmpty())
        profile.append({ Reports::tr("Email"), d.account.email });
    if (!d.account.phone.isEmpty())
        profile.append({ Reports::tr("Phone"), d.account.phone });
    if (!d.account.taxId.isEmpty())
        profile.append({ Reports::tr("Tax id"), d.account.taxId });
    doc.facts(profile);
}

void clientContacts(ReportDocument &doc, const ClientReportData &d)
{
    doc.heading(Reports::tr("Contacts"));
    if (d.contacts.isEmpty()) {
        doc.paragraph(Reports::tr("No contacts are recorded."), true);
        return;
    }
    QList<QStringList> rows;
    for (const Contact &c : d.contacts) {
        QStringList roles;
        for (const ContactRole role : c.roles)
            roles.append(toLabel(role));
        rows.append({ c.name, orDash(c.jobTitle), orDash(roles.join(u", "_s)), orDash(c.email),
                      orDash(c.phone) });
    }
    doc.table({ Reports::tr("Name"), Reports::tr("Job title"), Reports::tr("Roles"),
                Reports::tr("Email"), Reports::tr("Phone") },
              rows);
}

/// One active contract's row: its fee (in its own currency, its value in the firm's at the
/// day's rate beside it), term, renewal and notice deadline in words.
QStringList contractRow(const Formats &f, const Contract &c, std::optional<qint64> convertedFee)
{
    QString fee = f.moneyWithConverted(c.fee, convertedFee);
    if (c.billingModel == BillingModel::Retainer)
        fee = Reports::tr("%1 a month").arg(fee);
    else if (c.billingModel == BillingModel::Hourly)
        fee = Reports::tr("%1 an hour").arg(fee);
    const QString term = c.end.isValid()
        ? Reports::tr("%1 – %2").arg(f.date(c.start), f.date(c.end))
        : Reports::tr("from %1, open-ended").arg(f.date(c.start));
    const QString renewal = !c.autoRenew ? Reports::tr("no automatic renewal")
        : c.renewalMonths == 1
        ? Reports::tr("renews by 1 month")
        : Reports::tr("renews by %1 months").arg(f.locale.toString(c.renewalMonths));
    const QDate deadline = ContractRules::noticeDeadline(c);
    return { c.reference,
             c.title,
             toLabel(c.billingModel),
             fee,
             term,
             renewal,
             deadline.isValid()
                 ? Reports::tr("%1 (%2 notice)").arg(f.date(deadline), f.days(c.noticeDays))
                 : Reports::tr("—") };
}

void clientContracts(ReportDocument &doc, const Formats &f, const ClientReportData &d)
{
    doc.heading(Reports::tr("Active contracts"));
    if (d.contracts.isEmpty()) {
        doc.paragraph(Reports::tr("No active contracts."), true);
        return;
    }
    QList<QStringList> rows;
    for (qsizetype i = 0; i < d.contracts.size(); ++i)
        rows.append(contractRow(f, d.contracts.at(i), d.convertedFees.value(i)));
    doc.table({ Reports::tr("Reference"), Reports::tr("Title"), Reports::tr("Billing"),
                Reports::tr("Fee"), Reports::tr("Term"), Reports::tr("Renewal"),
                Reports::tr("Notice deadline") },
              rows, { 3 });
    for (const Contract &c : d.contracts) {
        if (!c.terminationClause.trimmed().isEmpty())
            doc.paragraph(
                Reports::tr("%1, termination: %2").arg(c.reference, summary(c.terminationClause)));
    }
}

void servicePlan(ReportDocument &doc, const Formats &f, const ClientReportData &d)
{
    doc.heading(Reports::tr("Personalised service plan"));
    if (d.servicePlan.isEmpty()) {
        doc.paragraph(Reports::tr("No service plan is recorded."), true);
        return;
    }
    QList<QStringList> rows;
    for (const ServiceItem &s : d.servicePlan)
        rows.append({ s.title, orDash(s.customisation), toLabel(s.frequency),
                      s.responseHours == 1
                          ? Reports::tr("1 hour")
                          : Reports::tr("%1 hours").arg(f.locale.toString(s.responseHours)),
                      orDash(s.consultant) });
    doc.table({ Reports::tr("Service"), Reports::tr("Tailored to the client"),
                Reports::tr("Frequency"), Reports::tr("Response time"), Reports::tr("Consultant") },
              rows);
}

/// The service requests and the service level.
void serviceRequests(ReportDocument &doc, const Formats &f, const ClientReportData &d)
{
    doc.heading(Reports::tr("Service requests in the period"));
    if (d.requests.isEmpty()) {
        doc.paragraph(Reports::tr("No service requests were opened in the period."), true);
        return;
    }
    const QLocale &locale = f.locale;
    doc.paragraph(d.requestsDue > 0
                      // Counts after a colon: right in English for one as for many.
                      ? Reports::tr("Requests opened: %1; answered within the agreed response "
                                    "time: %3 of the %2 due so far (%4).")
                            .arg(locale.toString(d.requests.size()), locale.toString(d.requestsDue),
                                 locale.toString(d.requestsOnTime),
                                 f.percent(qreal(d.requestsOnTime) * 100.0 / d.requestsDue))
                      : Reports::tr("Requests opened: %1; none is due yet.")
                            .arg(locale.toString(d.requests.size())));
    QList<QStringList> rows;
    for (const ServiceRequest &r : d.requests)
        rows.append({ f.date(r.openedAt.date()), r.title, toLabel(r.type), toLabel(r.priority),
                      toLabel(r.status), f.date(r.dueAt.date()),
                      r.closedAt.isValid() ? f.date(r.closedAt.date()) : Reports::tr("—") });
    doc.table({ Reports::tr("Opened"), Reports::tr("Request"), Reports::tr("Type"),
                Reports::tr("Priority"), Reports::tr("Status"), Reports::tr("Due"),
                Reports::tr("Closed") },
              rows);
}

/// A client's figure. With a currency of its own: "USD 12,000.00 (Rp 194,946,000.00)" when
/// all of it is in that currency, "Rp 250,000,000.00, of which USD 12,000.00" when other
/// currencies add to it; in the firm's currency otherwise.
QString clientMoney(const Formats &f, const ClientReportData &d, qint64 own, qint64 ownConverted,
                    qint64 converted)
{
    if (!d.showsOwnCurrency() || own == 0)
        return f.money(converted);
    const QString ownText = Money(own, d.accountCurrency).format(f.locale);
    if (ownConverted == converted)
        return Reports::tr("%1 (%2)").arg(ownText, f.money(converted));
    return Reports::tr("%1, of which %2").arg(f.money(converted), ownText);
}

/// The revenue by category against the period before: a table and a chart of the eight
/// largest (the chart in the firm's currency).
void revenueByCategory(ReportDocument &doc, const Formats &f, const ClientReportData &d)
{
    QList<QStringList> rows;
    for (const CategoryRevenue &r : d.revenue)
        rows.append(
            { r.category.isEmpty() ? Reports::tr("(no category)") : r.category,
              clientMoney(f, d, r.currentOwnMinor, r.currentOwnConvertedMinor, r.currentMinor),
              clientMoney(f, d, r.previousOwnMinor, r.previousOwnConvertedMinor, r.previousMinor),
              f.change(r.currentMinor, r.previousMinor) });
    rows.append({ Reports::tr("Total"),
                  clientMoney(f, d, d.revenueOwnMinor, d.revenueOwnConvertedMinor, d.revenueMinor),
                  clientMoney(f, d, d.previousRevenueOwnMinor, d.previousRevenueOwnConvertedMinor,
                              d.previousRevenueMinor),
                  f.change(d.revenueMinor, d.previousRevenueMinor) });
    doc.table({ Reports::tr("Category"), Reports::tr("This period"), Reports::tr("Period before"),
                Reports::tr("Change") },
              rows, { 1, 2, 3 }, true);
    ReportChart chart;
    chart.title = Reports::tr("Revenue by category, %1").arg(d.currency);
    chart.currency = d.currency;
    chart.series = { { Reports::tr("This period"), {} }, { Reports::tr("Period before"), {} } };
    for (qsizetype i = 0; i < d.revenue.size() && i < 8; ++i) {
        const CategoryRevenue &r = d.revenue.at(i);
        chart.categories.append(r.category.isEmpty() ? Reports::tr("(no category)") : r.category);
        chart.series[0].values.append(r.currentMinor);
        chart.series[1].values.append(r.previousMinor);
    }
    doc.chart(chart);
}

/// Revenue against the period before.
void clientRevenue(ReportDocument &doc, const Formats &f, const ClientReportData &d)
{
    doc.heading(Reports::tr("Revenue"));
    const ReportPeriod previous { d.period.previousFrom(), d.period.previousTo() };
    doc.paragraph(
        Reports::tr("%1 in this period, against %2 in the period before (%3): %4.")
            .arg(clientMoney(f, d, d.revenueOwnMinor, d.revenueOwnConvertedMinor, d.revenueMinor),
                 clientMoney(f, d, d.previousRevenueOwnMinor, d.previousRevenueOwnConvertedMinor,
                             d.previousRevenueMinor),
                 f.period(previous), f.change(d.revenueMinor, d.previousRevenueMinor)));
    if (d.showsOwnCurrency())
        doc.paragraph(Reports::tr("Amounts in %1, the client's currency, are shown with their "
                                  "value in %2: each entry converted at the latest rate on or "
                                  "before its day.")
                          .arg(d.accountCurrency, d.currency),
                      true);
    if (!d.revenue.isEmpty())
        revenueByCategory(doc, f, d);
    for (const QString &note : d.unconverted.sentences(f.locale))
        doc.paragraph(note, true);
}

void openOpportunities(ReportDocument &doc, const Formats &f, const ClientReportData &d)
{
    doc.heading(Reports::tr("Open opportunities"));
    if (d.openOpportunities.isEmpty()) {
        doc.paragraph(Reports::tr("No open opportunities."), true);
        return;
    }
    QList<QStringList> rows;
    for (const Opportunity &o : d.openOpportunities)
        rows.append({ o.title, toLabel(o.stage), f.money(o.expectedValue), f.percent(o.probability),
                      f.date(o.expectedClose), orDash(o.nextStep) });
    doc.table({ Reports::tr("Opportunity"), Reports::tr("Stage"), Reports::tr("Expected value"),
                Reports::tr("Probability"), Reports::tr("Expected close"),
                Reports::tr("Next step") },
              rows, { 2, 3 });
}

/// The recent interactions and the next steps.
void interactions(ReportDocument &doc, const Formats &f, const ClientReportData &d)
{
    doc.heading(Reports::tr("Recent interactions"));
    if (d.interactions.isEmpty()) {
        doc.paragraph(Reports::tr("No interactions in the period."), true);
    } else {
        QList<QStringList> rows;
        for (const Interaction &i : d.interactions)
            rows.append(
                { f.date(i.occurredAt.date()), toLabel(i.type), orDash(i.subject),
                  i.contactId ? orDash(d.contactNames.value(*i.contactId)) : Reports::tr("—") });
        doc.table({ Reports::tr("Date"), Reports::tr("Type"), Reports::tr("Subject"),
                    Reports::tr("With") },
                  rows);
    }
    doc.heading(Reports::tr("Next steps"));
    if (d.nextSteps.isEmpty()) {
        doc.paragraph(Reports::tr("No follow-ups are planned."), true);
    } else {
        QList<QStringList> rows;
        for (const Interaction &i : d.nextSteps)
            rows.append(
                { f.date(i.followUpOn), orDash(i.subject),
                  Reports::tr("%1 on %2").arg(toLabel(i.type), f.date(i.occurredAt.date())) });
        doc.table(
            { Reports::tr("Follow up on"), Reports::tr("About"), Reports::tr("Arising from") },
            rows);
    }
}

} // namespace

BuiltReport Reports::client(const ClientReportData &d, const QLocale &locale)
{
    const Formats f { locale, d.currency };
    ReportDocument doc(locale);
    const QString title = tr("Client report");
    titleBlock(doc, d.firm, title, tr("%1 · %2").arg(d.account.name, f.period(d.period)));
    clientProfile(doc, f, d);
    clientContacts(doc, d);
    clientContracts(doc, f, d);
    servicePlan(doc, f, d);
    serviceRequests(doc, f, d);
    clientRevenue(doc, f, d);
    openOpportunities(doc, f, d);
    interactions(doc, f, d);

    QString confidential = d.firm.name.isEmpty()
        ? tr("Confidential: prepared for %1.").arg(d.account.name)
        : tr("Confidential: prepared by %1 for %2.").arg(d.firm.name, d.account.name);
    // A name that ends in a full stop ("Coastal Capital Inc.") ends the sentence too.
    if (confidential.endsWith(u".."_s))
        confidential.chop(1);
    BuiltReport out;
    out.document = doc.take();
    out.frame = { d.firm.name, title, d.account.name, d.printedOn, confidential, {} };
    return out;
}

namespace {

/// Revenue by customer type: a sentence, a chart and a table by period.
void revenueByType(ReportDocument &doc, const Formats &f, const PortfolioReportData &d)
{
    doc.heading(Reports::tr("Revenue by customer type"));
    const QLocale &locale = f.locale;
    const qint64 clients = d.revenue.clientTotalMinor;
    const qint64 customers = d.revenue.customerTotalMinor;
    const qint64 total = d.revenue.totalMinor();
    const auto share = [&f, total](qint64 part) {
        return total > 0 ? f.percent(qreal(part) * 100.0 / qreal(total), 1) : Reports::tr("—");
    };
    doc.paragraph(Reports::tr("%1 in all: clients %2 (%3), transactional customers %4 (%5).")
                      .arg(f.money(total), f.money(clients), share(clients), f.money(customers),
                           share(customers)));
    ReportChart chart;
    chart.title = Reports::tr("Revenue by %1, %2")
                      .arg(d.grouping == PeriodGrouping::Month         ? Reports::tr("month")
                               : d.grouping == PeriodGrouping::Quarter ? Reports::tr("quarter")
                                                                       : Reports::tr("year"),
                           d.revenue.currency);
    chart.currency = d.revenue.currency;
    chart.series = { { Reports::tr("Clients"), {} }, { Reports::tr("Customers"), {} } };
    QList<QStringList> rows;
    for (const RevenuePeriod &p : d.revenue.periods) {
        QString label = p.key;
        if (d.grouping == PeriodGrouping::Month)
            label = locale.toString(p.start, u"MMM yyyy"_s);
        chart.categories.append(label);
        chart.series[0].values.append(p.clientMinor);
        chart.series[1].values.append(p.customerMinor);
        rows.append(
            { label, f.money(p.clientMinor), f.money(p.customerMinor), f.money(p.totalMinor()) });
    }
    rows.append({ Reports::tr("Total"), f.money(clients), f.money(customers), f.money(total) });
    doc.chart(chart);
    doc.table({ Reports::tr("Period"), Reports::tr("Clients"), Reports::tr("Customers"),
                Reports::tr("Total") },
              rows, { 1, 2, 3 }, true);
    // Each entry converted by the conversion rule; those without a rate are named.
    for (const QString &note : d.unconverted.sentences(locale))
        doc.paragraph(note, true);
}

/// The largest accounts of one kind, with their share of the kind's revenue.
void topAccounts(ReportDocument &doc, const Formats &f, const QString &heading,
                 const QList<PortfolioReportData::TopAccount> &list, qint64 kindTotal,
                 const QString &none)
{
    doc.heading(heading);
    if (list.isEmpty()) {
        doc.paragraph(none, true);
        return;
    }
    QList<QStringList> rows;
    for (int i = 0; i < list.size(); ++i) {
        const auto &a = list.at(i);
        rows.append({ f.locale.toString(i + 1), a.name, orDash(a.managerName),
                      f.money(a.revenueMinor),
                      kindTotal > 0 ? f.percent(qreal(a.revenueMinor) * 100.0 / qreal(kindTotal), 1)
                                    : Reports::tr("—") });
    }
    doc.table({ Reports::tr("Rank"), Reports::tr("Account"), Reports::tr("Account manager"),
                Reports::tr("Revenue"), Reports::tr("Share of its type") },
              rows, { 0, 3, 4 });
}

void renewals(ReportDocument &doc, const Formats &f, const PortfolioReportData &d)
{
    doc.heading(Reports::tr("Renewals due in the next 90 days"));
    if (d.renewals.isEmpty()) {
        doc.paragraph(Reports::tr("No active contract ends in the next 90 days."), true);
        return;
    }
    QList<QStringList> rows;
    for (const auto &r : d.renewals)
        rows.append({ r.account, r.reference, f.date(r.end), f.date(r.noticeDeadline),
                      r.autoRenew ? Reports::tr("yes") : Reports::tr("no"),
                      f.moneyWithConverted(r.monthly, r.monthlyConverted) });
    doc.table({ Reports::tr("Client"), Reports::tr("Contract"), Reports::tr("Ends"),
                Reports::tr("Notice deadline"), Reports::tr("Renews itself"),
                Reports::tr("Monthly value") },
              rows, { 5 });
}

void conversions(ReportDocument &doc, const Formats &f, const PortfolioReportData &d)
{
    doc.heading(Reports::tr("Customers who became clients"));
    if (d.conversions.isEmpty()) {
        doc.paragraph(Reports::tr("No conversions in the period."), true);
        return;
    }
    QList<QStringList> rows;
    for (const auto &c : d.conversions)
        rows.append({ c.account, f.date(c.convertedOn), orDash(c.managerName) });
    doc.table(
        { Reports::tr("Client"), Reports::tr("Converted on"), Reports::tr("Account manager") },
        rows);
}

/// The pipeline: its figures, then its deals by stage.
void pipeline(ReportDocument &doc, const QLocale &locale, const PortfolioReportData &d)
{
    doc.heading(Reports::tr("Pipeline"));
    const Formats pf { locale, d.pipeline.currency };
    qint64 open = 0;
    qint64 weighted = 0;
    QList<QStringList> stageRows;
    for (const StageTotal &s : d.pipeline.stages) {
        open += s.valueMinor;
        weighted += s.weightedMinor;
        stageRows.append({ toLabel(s.stage), locale.toString(s.count), pf.money(s.valueMinor),
                           pf.money(s.weightedMinor) });
    }
    stageRows.append({ Reports::tr("Open"), locale.toString(d.pipeline.openCount), pf.money(open),
                       pf.money(weighted) });
    const auto rate = [&pf](const KindPipeline &k) {
        const auto percent = k.winRatePercent();
        return percent ? pf.percent(*percent) : Reports::tr("—");
    };
    const auto cycle = [&pf](const KindPipeline &k) {
        return k.cycle.count > 0 ? pf.days(k.cycle.median) : Reports::tr("—");
    };
    doc.facts({ { Reports::tr("Open deals"), locale.toString(d.pipeline.openCount) },
                { Reports::tr("Stale deals"), locale.toString(d.pipeline.staleCount) },
                { Reports::tr("Win rate, clients"), rate(d.pipeline.client) },
                { Reports::tr("Win rate, customers"), rate(d.pipeline.customer) },
                { Reports::tr("Median sales cycle, clients"), cycle(d.pipeline.client) },
                { Reports::tr("Median sales cycle, customers"), cycle(d.pipeline.customer) } });
    doc.table({ Reports::tr("Stage"), Reports::tr("Deals"), Reports::tr("Value"),
                Reports::tr("Weighted") },
              stageRows, { 1, 2, 3 }, true);
}

/// An aging bucket in a table whose currency is named above it: digits only, so that six
/// amounts fit across the page, without ".00" when every amount of the table is whole; an
/// empty bucket is a dash, so that the eye finds what is owed.
QString agingAmount(const QLocale &locale, qint64 minor, const QString &currency, bool whole,
                    bool dashWhenZero = true)
{
    return minor == 0 && dashWhenZero ? Reports::tr("—")
                                      : Money(minor, currency).formatNumber(locale, whole);
}

/// What is owed on the day printed, by days past due: a table per currency (the firm's
/// first), the largest first, its total in bold.
void receivables(ReportDocument &doc, const QLocale &locale, const PortfolioReportData &d)
{
    const Formats dayFormat { locale, {} };
    doc.heading(Reports::tr("Receivables on %1").arg(dayFormat.longDate(d.printedOn)));
    if (d.receivables.isEmpty()) {
        doc.paragraph(Reports::tr("Nothing is owed on %1: every issued invoice is paid in full.")
                          .arg(dayFormat.longDate(d.printedOn)),
                      true);
        return;
    }
    QStringList currencies;
    for (const InvoiceService::AgingRow &r : d.receivables)
        if (!currencies.contains(r.currency))
            currencies.append(r.currency);
    const QStringList header { Reports::tr("Client"),     Reports::tr("Not due yet"),
                               Reports::tr("1–30 days"),  Reports::tr("31–60 days"),
                               Reports::tr("61–90 days"), Reports::tr("Over 90 days"),
                               Reports::tr("Owed") };
    const QList<qreal> widths { 22, 13, 13, 13, 13, 13, 13 };
    for (const QString &currency : std::as_const(currencies)) {
        QList<InvoiceService::AgingRow> rows;
        InvoiceService::AgingRow total;
        total.accountName = Reports::tr("Total in %1").arg(currency);
        for (const InvoiceService::AgingRow &r : d.receivables) {
            if (r.currency != currency)
                continue;
            rows.append(r);
            total.currentMinor += r.currentMinor;
            total.days1to30Minor += r.days1to30Minor;
            total.days31to60Minor += r.days31to60Minor;
            total.days61to90Minor += r.days61to90Minor;
            total.over90Minor += r.over90Minor;
            total.totalMinor += r.totalMinor;
        }
        rows.append(total);
        qint64 scale = 1;
        for (int i = 0; i < Money::decimals(currency); ++i)
            scale *= 10;
        const bool whole = std::all_of(rows.cbegin(), rows.cend(), [scale](const auto &r) {
            return r.currentMinor % scale == 0 && r.days1to30Minor % scale == 0
                && r.days31to60Minor % scale == 0 && r.days61to90Minor % scale == 0
                && r.over90Minor % scale == 0 && r.totalMinor % scale == 0;
        });
        QList<QStringList> cells;
        for (const InvoiceService::AgingRow &r : std::as_const(rows))
            cells.append({ r.accountName, agingAmount(locale, r.currentMinor, currency, whole),
                           agingAmount(locale, r.days1to30Minor, currency, whole),
                           agingAmount(locale, r.days31to60Minor, currency, whole),
                           agingAmount(locale, r.days61to90Minor, currency, whole),
                           agingAmount(locale, r.over90Minor, currency, whole),
                           agingAmount(locale, r.totalMinor, currency, whole, false) });
        const qsizetype owing = rows.size() - 1;
        const QString owed = Money(total.totalMinor, currency).format(locale);
        const QString label = Reports::tr("In %1:").arg(currency);
        const QString text = owing == 1
            ? Reports::tr("1 account owes %1.").arg(owed)
            : Reports::tr("%1 accounts owe %2.").arg(locale.toString(owing), owed);
        // The first stays with the section's heading; the others open a part of their own.
        if (currency == currencies.first())
            doc.labelled(label, text);
        else
            doc.subheading(label, text);
        doc.table(header, cells, { 1, 2, 3, 4, 5, 6 }, true, widths);
    }
    doc.paragraph(Reports::tr("What is owed on the day printed, whatever the report's period: "
                              "issued invoices less their payments and credit notes, by days "
                              "past their due date."),
                  true);
}

} // namespace

BuiltReport Reports::portfolio(const PortfolioReportData &d, const QLocale &locale)
{
    const Formats f { locale, d.revenue.currency };
    ReportDocument doc(locale);
    const QString title = tr("Portfolio report");
    titleBlock(doc, d.firm, title, f.period(d.period));
    revenueByType(doc, f, d);
    topAccounts(doc, f, tr("Top clients"), d.topClients, d.revenue.clientTotalMinor,
                tr("No client revenue in the period."));
    topAccounts(doc, f, tr("Top customers"), d.topCustomers, d.revenue.customerTotalMinor,
                tr("No customer revenue in the period."));
    renewals(doc, f, d);
    receivables(doc, locale, d);
    conversions(doc, f, d);
    pipeline(doc, locale, d);

    BuiltReport out;
    out.document = doc.take();
    out.frame = { d.firm.name,
                  title,
                  f.period(d.period),
                  d.printedOn,
                  d.firm.name.isEmpty()
                      ? tr("Confidential: for internal use only.")
                      : tr("Confidential: for internal use at %1 only.").arg(d.firm.name),
                  {} };
    return out;
}

} // namespace cd
