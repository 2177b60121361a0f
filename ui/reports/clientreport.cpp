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

BuiltReport Reports::client(const ClientReportData &d, const QLocale &locale)
{
    const Formats f { locale, d.currency };
    ReportDocument doc(locale);
    const QString title = tr("Client report");
    {
        QImage logo;
        if (!d.firm.logoPng.isEmpty())
            logo.loadFromData(d.firm.logoPng, "PNG");
        doc.titleBlock(logo, d.firm.name, d.firm.address, title,
                       tr("%1 · %2").arg(d.account.name, f.period(d.period)));
    }

    // Profile.
    doc.heading(tr("Client profile"));
    QStringList place;
    for (const QString &part : { d.account.city, d.account.region, d.account.country }) {
        if (!part.trimmed().isEmpty())
            place.append(part.trimmed());
    }
    QList<std::pair<QString, QString>> profile {
        { tr("Client"), d.account.name },
        { tr("Account manager"), orDash(d.managerName) },
        { tr("Industry"), orDash(d.account.industry) },
        { tr("Location"), orDash(place.join(u", "_s)) },
        { tr("Channel"), toLabel(d.account.channel) },
        { tr("Status"), toLabel(d.account.status) },
    };
    if (d.account.convertedOn.isValid())
        profile.append({ tr("Client since"), f.date(d.account.convertedOn) });
    if (!d.account.email.isEmpty())
        profile.append({ tr("Email"), d.account.email });
    if (!d.account.phone.isEmpty())
        profile.append({ tr("Phone"), d.account.phone });
    if (!d.account.taxId.isEmpty())
        profile.append({ tr("Tax id"), d.account.taxId });
    doc.facts(profile);

    // Contacts.
    doc.heading(tr("Contacts"));
    if (d.contacts.isEmpty()) {
        doc.paragraph(tr("No contacts are recorded."), true);
    } else {
        QList<QStringList> rows;
        for (const Contact &c : d.contacts) {
            QStringList roles;
            for (const ContactRole role : c.roles)
                roles.append(toLabel(role));
            rows.append({ c.name, orDash(c.jobTitle), orDash(roles.join(u", "_s)), orDash(c.email),
                          orDash(c.phone) });
        }
        doc.table({ tr("Name"), tr("Job title"), tr("Roles"), tr("Email"), tr("Phone") }, rows);
    }

    // Contracts.
    doc.heading(tr("Active contracts"));
    if (d.contracts.isEmpty()) {
        doc.paragraph(tr("No active contracts."), true);
    } else {
        QList<QStringList> rows;
        for (const Contract &c : d.contracts) {
            QString fee = f.money(c.fee);
            if (c.billingModel == BillingModel::Retainer)
                fee = tr("%1 a month").arg(fee);
            else if (c.billingModel == BillingModel::Hourly)
                fee = tr("%1 an hour").arg(fee);
            const QString term = c.end.isValid() ? tr("%1 – %2").arg(f.date(c.start), f.date(c.end))
                                                 : tr("from %1, open-ended").arg(f.date(c.start));
            const QString renewal = !c.autoRenew ? tr("no automatic renewal")
                : c.renewalMonths == 1
                ? tr("renews by 1 month")
                : tr("renews by %1 months").arg(locale.toString(c.renewalMonths));
            const QDate deadline = ContractRules::noticeDeadline(c);
            rows.append({ c.reference, c.title, toLabel(c.billingModel), fee, term, renewal,
                          deadline.isValid()
                              ? tr("%1 (%2 notice)").arg(f.date(deadline), f.days(c.noticeDays))
                              : tr("—") });
        }
        doc.table({ tr("Reference"), tr("Title"), tr("Billing"), tr("Fee"), tr("Term"),
                    tr("Renewal"), tr("Notice deadline") },
                  rows, { 3 });
        for (const Contract &c : d.contracts) {
            if (!c.terminationClause.trimmed().isEmpty())
                doc.paragraph(
                    tr("%1, termination: %2").arg(c.reference, summary(c.terminationClause)));
        }
    }

    // Service plan.
    doc.heading(tr("Personalised service plan"));
    if (d.servicePlan.isEmpty()) {
        doc.paragraph(tr("No service plan is recorded."), true);
    } else {
        QList<QStringList> rows;
        for (const ServiceItem &s : d.servicePlan)
            rows.append({ s.title, orDash(s.customisation), toLabel(s.frequency),
                          s.responseHours == 1
                              ? tr("1 hour")
                              : tr("%1 hours").arg(locale.toString(s.responseHours)),
                          orDash(s.consultant) });
        doc.table({ tr("Service"), tr("Tailored to the client"), tr("Frequency"),
                    tr("Response time"), tr("Consultant") },
                  rows);
    }

    // Service requests and the service level.
    doc.heading(tr("Service requests in the period"));
    if (d.requests.isEmpty()) {
        doc.paragraph(tr("No service requests were opened in the period."), true);
    } else {
        doc.paragraph(d.requestsDue > 0
                          ? tr("%1 requests opened; of the %2 due so far, %3 were answered within "
                               "the agreed response time (%4).")
                                .arg(locale.toString(d.requests.size()),
                                     locale.toString(d.requestsDue),
                                     locale.toString(d.requestsOnTime),
                                     f.percent(qreal(d.requestsOnTime) * 100.0 / d.requestsDue))
                          : tr("%1 requests opened; none is due yet.")
                                .arg(locale.toString(d.requests.size())));
        QList<QStringList> rows;
        for (const ServiceRequest &r : d.requests)
            rows.append({ f.date(r.openedAt.date()), r.title, toLabel(r.type), toLabel(r.priority),
                          toLabel(r.status), f.date(r.dueAt.date()),
                          r.closedAt.isValid() ? f.date(r.closedAt.date()) : tr("—") });
        doc.table({ tr("Opened"), tr("Request"), tr("Type"), tr("Priority"), tr("Status"),
                    tr("Due"), tr("Closed") },
                  rows);
    }

    // Revenue against the period before.
    doc.heading(tr("Revenue"));
    const ReportPeriod previous { d.period.previousFrom(), d.period.previousTo() };
    doc.paragraph(tr("%1 in this period, against %2 in the period before (%3): %4.")
                      .arg(f.money(d.revenueMinor), f.money(d.previousRevenueMinor),
                           f.period(previous), f.change(d.revenueMinor, d.previousRevenueMinor)));
    if (!d.revenue.isEmpty()) {
        QList<QStringList> rows;
        for (const CategoryRevenue &r : d.revenue)
            rows.append({ r.category.isEmpty() ? tr("(no category)") : r.category,
                          f.money(r.currentMinor), f.money(r.previousMinor),
                          f.change(r.currentMinor, r.previousMinor) });
        rows.append({ tr("Total"), f.money(d.revenueMinor), f.money(d.previousRevenueMinor),
                      f.change(d.revenueMinor, d.previousRevenueMinor) });
        doc.table({ tr("Category"), tr("This period"), tr("Period before"), tr("Change") }, rows,
                  { 1, 2, 3 }, true);
        ReportChart chart;
        chart.title = tr("Revenue by category, %1").arg(d.currency);
        chart.currency = d.currency;
        chart.series = { { tr("This period"), {} }, { tr("Period before"), {} } };
        for (qsizetype i = 0; i < d.revenue.size() && i < 8; ++i) {
            const CategoryRevenue &r = d.revenue.at(i);
            chart.categories.append(r.category.isEmpty() ? tr("(no category)") : r.category);
            chart.series[0].values.append(r.currentMinor);
            chart.series[1].values.append(r.previousMinor);
        }
        doc.chart(chart);
    }
    if (d.otherCurrencyEntries > 0)
        doc.paragraph(tr("Not included: %1 entries in currencies other than %2.")
                          .arg(locale.toString(d.otherCurrencyEntries), d.currency),
                      true);

    // Open opportunities.
    doc.heading(tr("Open opportunities"));
    if (d.openOpportunities.isEmpty()) {
        doc.paragraph(tr("No open opportunities."), true);
    } else {
        QList<QStringList> rows;
        for (const Opportunity &o : d.openOpportunities)
            rows.append({ o.title, toLabel(o.stage), f.money(o.expectedValue),
                          f.percent(o.probability), f.date(o.expectedClose), orDash(o.nextStep) });
        doc.table({ tr("Opportunity"), tr("Stage"), tr("Expected value"), tr("Probability"),
                    tr("Expected close"), tr("Next step") },
                  rows, { 2, 3 });
    }

    // Interactions and next steps.
    doc.heading(tr("Recent interactions"));
    if (d.interactions.isEmpty()) {
        doc.paragraph(tr("No interactions in the period."), true);
    } else {
        QList<QStringList> rows;
        for (const Interaction &i : d.interactions)
            rows.append({ f.date(i.occurredAt.date()), toLabel(i.type), orDash(i.subject),
                          i.contactId ? orDash(d.contactNames.value(*i.contactId)) : tr("—") });
        doc.table({ tr("Date"), tr("Type"), tr("Subject"), tr("With") }, rows);
    }
    doc.heading(tr("Next steps"));
    if (d.nextSteps.isEmpty()) {
        doc.paragraph(tr("No follow-ups are planned."), true);
    } else {
        QList<QStringList> rows;
        for (const Interaction &i : d.nextSteps)
            rows.append({ f.date(i.followUpOn), orDash(i.subject),
                          tr("%1 on %2").arg(toLabel(i.type), f.date(i.occurredAt.date())) });
        doc.table({ tr("Follow up on"), tr("About"), tr("Arising from") }, rows);
    }

    BuiltReport out;
    out.document = doc.take();
    out.frame
        = { d.firm.name, title, d.account.name, d.printedOn,
            d.firm.name.isEmpty()
                ? tr("Confidential: prepared for %1.").arg(d.account.name)
                : tr("Confidential: prepared by %1 for %2.").arg(d.firm.name, d.account.name) };
    return out;
}

BuiltReport Reports::portfolio(const PortfolioReportData &d, const QLocale &locale)
{
    const Formats f { locale, d.revenue.currency };
    ReportDocument doc(locale);
    const QString title = tr("Portfolio report");
    {
        QImage logo;
        if (!d.firm.logoPng.isEmpty())
            logo.loadFromData(d.firm.logoPng, "PNG");
        doc.titleBlock(logo, d.firm.name, d.firm.address, title, f.period(d.period));
    }

    // Revenue by customer type.
    doc.heading(tr("Revenue by customer type"));
    const qint64 clients = d.revenue.clientTotalMinor;
    const qint64 customers = d.revenue.customerTotalMinor;
    const qint64 total = d.revenue.totalMinor();
    const auto share = [&f, total](qint64 part) {
        return total > 0 ? f.percent(qreal(part) * 100.0 / qreal(total), 1) : tr("—");
    };
    doc.paragraph(tr("%1 in all: clients %2 (%3), transactional customers %4 (%5).")
                      .arg(f.money(total), f.money(clients), share(clients), f.money(customers),
                           share(customers)));
    ReportChart chart;
    chart.title = tr("Revenue by %1, %2")
                      .arg(d.grouping == PeriodGrouping::Month         ? tr("month")
                               : d.grouping == PeriodGrouping::Quarter ? tr("quarter")
                                                                       : tr("year"),
                           d.revenue.currency);
    chart.currency = d.revenue.currency;
    chart.series = { { tr("Clients"), {} }, { tr("Customers"), {} } };
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
    rows.append({ tr("Total"), f.money(clients), f.money(customers), f.money(total) });
    doc.chart(chart);
    doc.table({ tr("Period"), tr("Clients"), tr("Customers"), tr("Total") }, rows, { 1, 2, 3 },
              true);
    if (d.revenue.otherCurrencyEntries > 0)
        doc.paragraph(tr("Not included: %1 entries in currencies other than %2.")
                          .arg(locale.toString(d.revenue.otherCurrencyEntries), d.revenue.currency),
                      true);

    // The largest accounts of each kind.
    const auto top = [&](const QString &heading, const QList<PortfolioReportData::TopAccount> &list,
                         qint64 kindTotal, const QString &none) {
        doc.heading(heading);
        if (list.isEmpty()) {
            doc.paragraph(none, true);
            return;
        }
        QList<QStringList> topRows;
        for (int i = 0; i < list.size(); ++i) {
            const auto &a = list.at(i);
            topRows.append(
                { locale.toString(i + 1), a.name, orDash(a.managerName), f.money(a.revenueMinor),
                  kindTotal > 0 ? f.percent(qreal(a.revenueMinor) * 100.0 / qreal(kindTotal), 1)
                                : tr("—") });
        }
        doc.table({ tr("Rank"), tr("Account"), tr("Account manager"), tr("Revenue"),
                    tr("Share of its type") },
                  topRows, { 0, 3, 4 });
    };
    top(tr("Top clients"), d.topClients, clients, tr("No client revenue in the period."));
    top(tr("Top customers"), d.topCustomers, customers, tr("No customer revenue in the period."));

    // Renewals due.
    doc.heading(tr("Renewals due in the next 90 days"));
    if (d.renewals.isEmpty()) {
        doc.paragraph(tr("No active contract ends in the next 90 days."), true);
    } else {
        QList<QStringList> renewalRows;
        for (const auto &r : d.renewals)
            renewalRows.append({ r.account, r.reference, f.date(r.end), f.date(r.noticeDeadline),
                                 r.autoRenew ? tr("yes") : tr("no"), f.money(r.monthly) });
        doc.table({ tr("Client"), tr("Contract"), tr("Ends"), tr("Notice deadline"),
                    tr("Renews itself"), tr("Monthly value") },
                  renewalRows, { 5 });
    }

    // Conversions.
    doc.heading(tr("Customers who became clients"));
    if (d.conversions.isEmpty()) {
        doc.paragraph(tr("No conversions in the period."), true);
    } else {
        QList<QStringList> conversionRows;
        for (const auto &c : d.conversions)
            conversionRows.append({ c.account, f.date(c.convertedOn), orDash(c.managerName) });
        doc.table({ tr("Client"), tr("Converted on"), tr("Account manager") }, conversionRows);
    }

    // The pipeline.
    doc.heading(tr("Pipeline"));
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
    stageRows.append(
        { tr("Open"), locale.toString(d.pipeline.openCount), pf.money(open), pf.money(weighted) });
    const auto rate = [&pf](const KindPipeline &k) {
        const auto percent = k.winRatePercent();
        return percent ? pf.percent(*percent) : tr("—");
    };
    doc.facts(
        { { tr("Open deals"), locale.toString(d.pipeline.openCount) },
          { tr("Stale deals"), locale.toString(d.pipeline.staleCount) },
          { tr("Win rate, clients"), rate(d.pipeline.client) },
          { tr("Win rate, customers"), rate(d.pipeline.customer) },
          { tr("Median sales cycle, clients"),
            d.pipeline.client.cycle.count > 0 ? pf.days(d.pipeline.client.cycle.median) : tr("—") },
          { tr("Median sales cycle, customers"),
            d.pipeline.customer.cycle.count > 0 ? pf.days(d.pipeline.customer.cycle.median)
                                                : tr("—") } });
    doc.table({ tr("Stage"), tr("Deals"), tr("Value"), tr("Weighted") }, stageRows, { 1, 2, 3 },
              true);

    BuiltReport out;
    out.document = doc.take();
    out.frame = { d.firm.name, title, f.period(d.period), d.printedOn,
                  d.firm.name.isEmpty()
                      ? tr("Confidential: for internal use only.")
                      : tr("Confidential: for internal use at %1 only.").arg(d.firm.name) };
    return out;
}

} // namespace cd
