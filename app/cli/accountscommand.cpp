#include "cli/accountscommand.h"

#include "cli/cli.h"
#include "cli/tableoutput.h"
#include "models/accountdirectory.h"
#include "services/accountservice.h"
#include "storage/database.h"

using namespace Qt::StringLiterals;

namespace cd::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cd::cli", text);
}

} // namespace

int runAccounts(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    parser.addOption({ u"kind"_s, tr("Only clients or only customers."), u"client|customer"_s });
    parser.addOption({ u"tag"_s, tr("Only accounts with this tag."), u"TAG"_s });
    parser.addOption({ u"format"_s, tr("table (default), csv or json."), u"FORMAT"_s });
    if (auto exit = parseCommand(parser, arguments, u"accounts"_s,
                                 tr("Lists accounts with their revenue of the last twelve months "
                                    "(converted to the firm's currency), tags, health and notice "
                                    "deadline."),
                                 {}, 0, console)) {
        return *exit;
    }
    std::optional<AccountKind> kind;
    if (parser.isSet(u"kind"_s)) {
        kind = fromCode<AccountKind>(parser.value(u"kind"_s));
        if (!kind) {
            console.error(
                tr("--kind is client or customer, not '%1'.").arg(parser.value(u"kind"_s)));
            return Usage;
        }
    }
    const auto chosen = formatOption(parser, console);
    if (!chosen)
        return Usage;
    const TableOutput::Format format = *chosen;
    auto db = openDatabase(parser, true, console);
    if (!db)
        return Failure;
    // Behaviour tags depend on the day: the first look of a day brings them up to date.
    if (const Status ok = AccountService(*db).refreshCustomerFiguresIfStale(QDate::currentDate());
        !ok) {
        console.error(ok.error());
        return Failure;
    }
    const auto rows
        = AccountDirectory::list(*db, kind, parser.value(u"tag"_s), QDate::currentDate());
    if (!rows) {
        console.error(rows.error());
        return Failure;
    }
    using K = TableOutput::Kind;
    TableOutput output({ { u"id"_s, K::Number },
                         { u"name"_s, K::Text },
                         { u"kind"_s, K::Text },
                         { u"status"_s, K::Text },
                         { u"channel"_s, K::Text },
                         { u"manager"_s, K::Text },
                         { u"own_currency"_s, K::Text },
                         { u"revenue_12m"_s, K::Number },
                         { u"unconverted_12m"_s, K::TextList },
                         { u"tags"_s, K::TextList },
                         { u"health"_s, K::Text },
                         { u"notice_deadline"_s, K::Text } });
    Unconverted unconverted;
    for (const AccountListing &a : *rows) {
        unconverted.add(a.unconverted12Months);
        output.addRow(
            { QString::number(a.id), a.name, toCode(a.kind), toCode(a.status), toCode(a.channel),
              a.manager, a.currency.isEmpty() ? a.revenue12Months.currency() : a.currency,
              a.revenue12Months.toPlainString(), a.unconverted12Months.plainText(),
              a.tags.join(u'|'),
              a.health ? ClientHealth::code(*a.health) : QString(),
              a.noticeDeadline.isValid() ? a.noticeDeadline.toString(Qt::ISODate) : QString() });
    }
    output.write(console.out(), format);
    // revenue_12m is in the firm's currency: say on stderr what it leaves out.
    for (const QString &note : unconverted.sentences())
        console.errorLine(note);
    return Success;
}

} // namespace cd::cli
