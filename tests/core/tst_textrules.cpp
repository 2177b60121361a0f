#include "repositorytestsupport.h"

#include "domain/textrules.h"
#include "io/csvreader.h"
#include "io/importer.h"
#include "storage/accountrepository.h"
#include "storage/contactrepository.h"
#include "storage/contractrepository.h"
#include "storage/interactionrepository.h"
#include "storage/productrepository.h"
#include "storage/userrepository.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace cd;

// Control characters (escape sequences, NUL, C1) are refused everywhere text comes in, shown
// visibly wherever it goes out to a terminal; every printable character stays as typed.
class tst_TextRules final : public QObject
{
    Q_OBJECT

    testsupport::TestDatabase m_t;

    static QString escapes() { return u"\x1b]0;pwned\x07\x1b[2J"_s; }

private slots:
    void init() { QVERIFY(m_t.open()); }
    void cleanup() { m_t.close(); }

    void controlCharactersAreFound_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("multiline");
        QTest::addColumn<int>("at"); // -1: none
        QTest::addColumn<QString>("codePoint");

        QTest::newRow("plain") << u"PT Maju Jaya"_s << false << -1 << QString();
        QTest::newRow("escape sequence") << escapes() << false << 0 << u"U+001B"_s;
        QTest::newRow("escape inside") << u"Acme\x1b[2J"_s << true << 4 << u"U+001B"_s;
        QTest::newRow("NUL") << QString(u"a\0b"_s) << true << 1 << u"U+0000"_s;
        QTest::newRow("bell") << u"ding\x07"_s << false << 4 << u"U+0007"_s;
        QTest::newRow("DEL") << u"x\x7fy"_s << false << 1 << u"U+007F"_s;
        QTest::newRow("C1 CSI") << u"x\u009b2J"_s << false << 1 << u"U+009B"_s;
        QTest::newRow("C1 NEL") << u"a\u0085b"_s << true << 1 << u"U+0085"_s;
        QTest::newRow("tab in a name") << u"a\tb"_s << false << 1 << u"U+0009"_s;
        QTest::newRow("newline in a name") << u"a\nb"_s << false << 1 << u"U+000A"_s;
        QTest::newRow("tab and newline in notes") << u"a\tb\nc"_s << true << -1 << QString();
        QTest::newRow("Windows line break in notes") << u"a\r\nb"_s << true << -1 << QString();
        QTest::newRow("lone carriage return in notes") << u"a\rb"_s << true << 1 << u"U+000D"_s;
        QTest::newRow("carriage return at the end") << u"ab\r"_s << true << 2 << u"U+000D"_s;
        QTest::newRow("right-to-left text and marks")
            << u"شركة الأمل \u200f\u202e‮reversed\u202c"_s << false << -1 << QString();
        QTest::newRow("emoji") << u"Toko 🍜 Sedap 👍🏽"_s << false << -1 << QString();
        QTest::newRow("no-break space and Latin-1") << u"Café\u00a0ü"_s << false << -1 << QString();
    }
    void controlCharactersAreFound()
    {
        QFETCH(QString, text);
        QFETCH(bool, multiline);
        QFETCH(int, at);
        QFETCH(QString, codePoint);
        QCOMPARE(firstControlCharacter(text, multiline), qsizetype(at));
        const auto problem = controlCharacterProblem(u"The account's name"_s, text, multiline);
        QCOMPARE(problem.has_value(), at >= 0);
        if (!problem)
            return;
        QVERIFY2(problem->startsWith(u"The account's name contains the control character "_s
                                     + codePoint + u" (character %1)"_s.arg(at + 1)),
                 qPrintable(*problem));
        // The sentence never carries the character itself.
        QCOMPARE(firstControlCharacter(*problem, false), qsizetype(-1));
    }

    void terminalTextShowsControlCharacters()
    {
        QCOMPARE(visibleControlCharacters(escapes()), u"^[]0;pwned^G^[[2J"_s);
        QCOMPARE(visibleControlCharacters(u"a\x7f\u009b\u0085b"_s), u"a^?M-^[M-^Eb"_s);
        QCOMPARE(visibleControlCharacters(u"tab\there\nline"_s), u"tab^Ihere^Jline"_s);
        QCOMPARE(visibleControlCharacters(u"tab\there\nline\x1b"_s, true), u"tab\there\nline^["_s);
        const QString printable = u"شركة \u200f Toko 🍜 👍🏽 ‮x‬ Café"_s;
        QCOMPARE(visibleControlCharacters(printable), printable);
    }

    void repositoriesRefuseControlCharacters()
    {
        AccountRepository accounts(m_t.db());
        Account a;
        a.kind = AccountKind::Client;
        a.name = u"Acme "_s + escapes();
        const auto refused = accounts.insert(a);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(
                     u"The account's name contains the control character U+001B (character 6)"_s),
                 qPrintable(refused.error()));
        QVERIFY(!refused.error().contains(QChar(0x1b)));
        QCOMPARE(m_t.count(u"accounts"_s), 0);

        // A name as typed, and notes of several lines, are taken as they are.
        a.name = u"Toko 🍜 Sedap \u200f"_s;
        a.notes = u"first line\r\n\tsecond line\nthird"_s;
        const auto id = accounts.insert(a);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        QCOMPARE(accounts.get(*id)->name, a.name);
        QCOMPARE(accounts.get(*id)->notes, a.notes);

        // An update is held to the same rule; a tag too.
        Account changed = *accounts.get(*id);
        changed.notes = u"bell \x07"_s;
        QVERIFY(!accounts.update(changed).ok());
        changed.notes.clear();
        changed.tags = { u"vip\u009b"_s };
        QVERIFY(!accounts.update(changed).ok());
        QCOMPARE(accounts.get(*id)->notes, a.notes);

        Contact c;
        c.accountId = *id;
        c.name = u"Budi\x1b[31m"_s;
        QVERIFY(ContactRepository::validate(c).join(u' ').contains(u"The contact's name"_s));
        Interaction i;
        i.accountId = *id;
        i.subject = u"Call"_s;
        i.notes = u"fine\nlines\tand tabs"_s;
        i.occurredAt = QDateTime(QDate(2026, 1, 5), QTime(10, 0));
        QVERIFY(InteractionRepository::validate(i).isEmpty());
        i.subject = u"Call\r"_s;
        QVERIFY(InteractionRepository::validate(i).join(u' ').contains(
            u"The interaction's subject contains the control character U+000D"_s));
        Contract k;
        k.reference = u"C-1\x1b"_s;
        QVERIFY(ContractRepository::validate(k).join(u' ').contains(
            u"The contract's reference contains the control character U+001B"_s));
        User u;
        u.name = u"Ann\x00"_s;
        QVERIFY(UserRepository::validate(u).join(u' ').contains(u"The user's name"_s));
        Product p;
        p.name = u"Tea"_s;
        p.category = u"Drinks\u0090"_s;
        p.listPrice = Money(100, u"IDR"_s);
        QVERIFY(ProductRepository::validate(p).join(u' ').contains(u"The product's category"_s));
    }

    void importRefusesControlCharactersByLineAndColumn()
    {
        const QByteArray file = "name,kind,notes\n"
                                "Good Name,client,\"two\nlines\"\n"
                                "\"Bad \x1b]0;pwned\x07\x1b[2J\",client,\n"
                                "Fine,customer,\"bell \x07\"\n"
                                "\"Toko \xf0\x9f\x8d\x9c \xe2\x80\x8f\",customer,\n";
        const auto document = CsvReader::parse(file, u"accounts.csv"_s);
        QVERIFY2(document.ok(), qPrintable(document.error()));
        ImportOptions options;
        const auto report = Importer(m_t.db()).run(ImportKind::Accounts, *document, options);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QStringList problems;
        for (const ImportProblem &p : report->problems)
            problems.append(p.toString());
        QCOMPARE(problems,
                 QStringList({ u"4: name: contains the control character U+001B (character 5), "
                               "which cannot be stored; remove it"_s,
                               u"5: notes: contains the control character U+0007 (character 6), "
                               "which cannot be stored; remove it"_s }));
        QVERIFY(!report->written);
        QCOMPARE(m_t.count(u"accounts"_s), 0);

        // With the bad rows left out, the others go in exactly as they were written.
        options.skipInvalid = true;
        const auto written = Importer(m_t.db()).run(ImportKind::Accounts, *document, options);
        QVERIFY2(written.ok(), qPrintable(written.error()));
        QCOMPARE(written->imported, 2);
        AccountRepository accounts(m_t.db());
        const auto found = accounts.findByName(u"Toko 🍜 \u200f"_s);
        QVERIFY(found.ok());
        QCOMPARE(found->size(), 1);
        QCOMPARE(accounts.findByName(u"Good Name"_s)->constFirst().notes, u"two\nlines"_s);
    }
};

QTEST_GUILESS_MAIN(tst_TextRules)
#include "tst_textrules.moc"
