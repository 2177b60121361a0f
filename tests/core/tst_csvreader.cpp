#include "io/csvreader.h"
#include "io/csvwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using cd::CsvReader;
using cd::CsvWriter;
using cd::TextEncoding;

class tst_CsvReader : public QObject
{
    Q_OBJECT

private:
    static cd::CsvDocument parsed(const QByteArray &data)
    {
        auto document = CsvReader::parse(data, u"test.csv"_s);
        if (!document)
            qWarning("%s", qPrintable(document.error()));
        return document ? *document : cd::CsvDocument {};
    }

private slots:
    void readsQuotedFieldsWithDelimitersQuotesAndLineBreaks()
    {
        const auto doc = parsed("name,notes\r\n"
                                "\"PT Maju, Tbk\",\"She said \"\"yes\"\"\"\r\n"
                                "\"CV Dua\",\"line one\nline two\"\r\n"
                                "Tiga,plain\r\n");
        QCOMPARE(doc.header, (QStringList { u"name"_s, u"notes"_s }));
        QCOMPARE(doc.records.size(), 3);
        QCOMPARE(doc.records[0].fields, (QStringList { u"PT Maju, Tbk"_s, u"She said \"yes\""_s }));
        QCOMPARE(doc.records[1].fields, (QStringList { u"CV Dua"_s, u"line one\nline two"_s }));
        // Each record knows the line it starts on, past the embedded line break.
        QCOMPARE(doc.records[0].line, 2);
        QCOMPARE(doc.records[1].line, 3);
        QCOMPARE(doc.records[2].line, 5);
    }

    void detectsTheSemicolonAndSkipsBlankLines()
    {
        const auto doc = parsed("name;amount\n\nA;10.50\n   \nB;\"1;2\"\n");
        QCOMPARE(doc.delimiter, ';');
        QCOMPARE(doc.records.size(), 2);
        QCOMPARE(doc.records[0].fields, (QStringList { u"A"_s, u"10.50"_s }));
        QCOMPARE(doc.records[0].line, 3);
        QCOMPARE(doc.records[1].fields, (QStringList { u"B"_s, u"1;2"_s }));
        QCOMPARE(doc.records[1].line, 5);
        // A comma inside quotes does not make a file comma-separated.
        QCOMPARE(CsvReader::detectDelimiter("\"a,b,c\";d\n"), ';');
    }

    void keepsRowsWithTheWrongNumberOfFieldsForTheImporterToReport()
    {
        const auto doc = parsed("a,b,c\n1,2\n1,2,3,4\n");
        QCOMPARE(doc.records.size(), 2);
        QCOMPARE(doc.records[0].fields.size(), 2);
        QCOMPARE(doc.records[1].fields.size(), 4);
    }

    void readsUtf8WithAndWithoutBomAndWindows1252WithANotice()
    {
        const QByteArray text
            = "name\nKopi Caf\xC3\xA9 \xE2\x80\x93 \xE5\x8C\x97\xE4\xBA\xAC \xF0\x9F\x98\x80\n";
        const auto plain = parsed(text);
        QCOMPARE(plain.encoding, TextEncoding::Utf8);
        QCOMPARE(plain.records[0].fields[0], u"Kopi Café – 北京 😀"_s);
        QVERIFY(plain.notices.isEmpty());

        const auto bom = parsed("\xEF\xBB\xBF" + text);
        QCOMPARE(bom.encoding, TextEncoding::Utf8Bom);
        QCOMPARE(bom.header, QStringList { u"name"_s }); // the BOM is not part of the name
        QCOMPARE(bom.records[0].fields[0], u"Kopi Café – 北京 😀"_s);

        const auto ansi = parsed("name\nKopi Caf\xE9 \x96 \x80 5\n");
        QCOMPARE(ansi.encoding, TextEncoding::Windows1252);
        QCOMPARE(ansi.records[0].fields[0], u"Kopi Café – € 5"_s);
        QCOMPARE(ansi.notices.size(), 1);
        QVERIFY(ansi.notices[0].contains(u"Windows-1252"_s));
    }

    void detectsTheEncodingOverLargeFiles()
    {
        // Over a megabyte, with "é" (two bytes in UTF-8) split across the first megabyte's end.
        QByteArray utf8 = "name\n";
        utf8 += QByteArray((1 << 20) - utf8.size() - 1, 'a');
        utf8 += "\xC3\xA9\n";
        QCOMPARE(CsvReader::detectEncoding(utf8), TextEncoding::Utf8);
        // A Windows-1252 "é" as the very last byte looks like the start of a UTF-8 character.
        QByteArray ansi = "name\n" + QByteArray(3 << 20, 'a') + "\nCaf\xE9";
        QCOMPARE(CsvReader::detectEncoding(ansi), TextEncoding::Windows1252);
    }

    void refusesWhatIsNotACsvFile_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << u"test.csv is empty"_s;
        QTest::newRow("only blank lines") << QByteArray("\r\n\n  \n") << u"test.csv is empty"_s;
        QTest::newRow("binary") << QByteArray("name\nok\n\x89PNG\x00\x01\x02", 15)
                                << u"test.csv is not a CSV text file: line 3 contains binary"_s;
        QTest::newRow("unbalanced quote")
            << QByteArray("name,notes\nA,fine\nB,\"never closed\nC,more\n")
            << u"test.csv, line 3: a quoted field is never closed"_s;
        QTest::newRow("quote after a closed quote")
            << QByteArray("name,notes\nA,\"closed\"then text\n")
            << u"test.csv, line 2: a quote is out of place"_s;
    }

    void refusesWhatIsNotACsvFile()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, expected);
        const auto document = CsvReader::parse(data, u"test.csv"_s);
        QVERIFY(!document);
        QVERIFY2(document.error().startsWith(expected), qPrintable(document.error()));
    }

    void readsAFileAndNamesMissingOnes()
    {
        QTemporaryDir dir;
        QVERIFY(
            CsvReader::readFile(dir.filePath(u"nope.csv"_s)).error().contains(u"does not exist"_s));
        QVERIFY(CsvReader::readFile(dir.path()).error().contains(u"is a folder"_s));
        const QString path = dir.filePath(u"ok.csv"_s);
        QVERIFY(CsvWriter::writeFile(path, { u"name"_s, u"notes"_s },
                                     { { u" padded "_s, u"a \"quote\", a comma\nand a line"_s },
                                       { u"<b>PT \"Maju\" & Co</b>"_s, u"'; DROP TABLE x; --"_s } })
                    .ok());
        const auto doc = CsvReader::readFile(path);
        QVERIFY2(doc.ok(), qPrintable(doc.error()));
        QCOMPARE(doc->source, u"ok.csv"_s);
        // What the writer writes, the reader reads back exactly.
        QCOMPARE(doc->records[0].fields,
                 (QStringList { u" padded "_s, u"a \"quote\", a comma\nand a line"_s }));
        QCOMPARE(doc->records[1].fields,
                 (QStringList { u"<b>PT \"Maju\" & Co</b>"_s, u"'; DROP TABLE x; --"_s }));
    }

    void aFiftyMegabyteFileIsReadOrRefusedWithItsLine()
    {
        QByteArray data = "date,account,amount\n";
        const QByteArray row = "2024-03-01,PT Maju Jaya Sejahtera Abadi,1250000.00\n";
        data.reserve(50 * 1024 * 1024 + row.size());
        while (data.size() < 50 * 1024 * 1024)
            data += row;
        const qsizetype rows = (data.size() - 20) / row.size();
        const auto whole = CsvReader::parse(data, u"big.csv"_s);
        QVERIFY2(whole.ok(), qPrintable(whole.error()));
        QCOMPARE(whole->records.size(), rows);
        QCOMPARE(whole->records.last().line, int(rows) + 1);

        // The same file with a quote left open near its end.
        data.insert(data.size() - row.size(), "\"");
        const auto broken = CsvReader::parse(data, u"big.csv"_s);
        QVERIFY(!broken);
        QCOMPARE(broken.error(),
                 u"big.csv, line %1: a quoted field is never closed; a quote is "
                 "missing."_s.arg(rows + 1));
    }

    // OWASP's advice on CSV injection: text a spreadsheet would run as a formula gets one
    // leading quote; numbers and other text are written as they are.
    void textThatWouldRunAsAFormulaGetsALeadingQuote_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("written");
        QTest::newRow("equals") << u"=1+1"_s << u"'=1+1"_s;
        QTest::newRow("hyperlink") << u"=HYPERLINK(\"http://x\",\"y\")"_s
                                   << u"\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""_s;
        QTest::newRow("plus") << u"+1"_s << u"'+1"_s;
        QTest::newRow("phone number") << u"+62 21 555 0101"_s << u"'+62 21 555 0101"_s;
        QTest::newRow("minus text") << u"-x"_s << u"'-x"_s;
        QTest::newRow("minus alone") << u"-"_s << u"'-"_s;
        QTest::newRow("at") << u"@SUM(A1:A9)"_s << u"'@SUM(A1:A9)"_s;
        QTest::newRow("tab") << u"\tx"_s << u"'\tx"_s;
        QTest::newRow("carriage return") << u"\rx"_s << u"\"'\rx\""_s;
        QTest::newRow("quote then formula") << u"'-x"_s << u"''-x"_s;
        QTest::newRow("refund") << u"-250.00"_s << u"-250.00"_s;
        QTest::newRow("negative with separators") << u"-1,234.50"_s << u"\"-1,234.50\""_s;
        QTest::newRow("integer") << u"-7"_s << u"-7"_s;
        QTest::newRow("percent") << u"-3.5 %"_s << u"-3.5 %"_s;
        QTest::newRow("minus then a formula") << u"-1+1"_s << u"'-1+1"_s;
        QTest::newRow("minus then a cell") << u"-A1"_s << u"'-A1"_s;
        QTest::newRow("apostrophe name") << u"'s-Hertogenbosch"_s << u"'s-Hertogenbosch"_s;
        QTest::newRow("lone quote") << u"'"_s << u"'"_s;
        QTest::newRow("plain") << u"PT Maju"_s << u"PT Maju"_s;
        QTest::newRow("inner minus") << u"Rp -5"_s << u"Rp -5"_s;
        QTest::newRow("empty") << QString() << QString();
    }

    void textThatWouldRunAsAFormulaGetsALeadingQuote()
    {
        QFETCH(QString, text);
        QFETCH(QString, written);
        QCOMPARE(CsvWriter::field(text), written);
        // And the reader gives back what was written.
        const auto doc
            = CsvReader::parse("h\r\n" + CsvWriter::line({ text, u"x"_s }).toUtf8(), u"test.csv"_s);
        QVERIFY2(doc.ok(), qPrintable(doc.error()));
        if (text.isEmpty()) {
            QCOMPARE(doc->records.first().fields.first(), QString());
            return;
        }
        QCOMPARE(doc->records.first().fields.first(), text);
    }

    // One quote goes only where quotes are followed by a formula's first character, so
    // text from elsewhere that starts with a quote stays as it is.
    void theReaderRemovesOneQuoteBeforeAFormulaOnly()
    {
        const auto doc = parsed("name,phone\n"
                                "'=1+1,'+62 21 555\n"
                                "'s-Hertogenbosch,'123\n"
                                "''@x,'\n"
                                "'-250.00,x'\n");
        QCOMPARE(doc.records[0].fields, (QStringList { u"=1+1"_s, u"+62 21 555"_s }));
        QCOMPARE(doc.records[1].fields, (QStringList { u"'s-Hertogenbosch"_s, u"'123"_s }));
        QCOMPARE(doc.records[2].fields, (QStringList { u"'@x"_s, u"'"_s }));
        QCOMPARE(doc.records[3].fields, (QStringList { u"-250.00"_s, u"x'"_s }));
    }

    // Whole or absent: a file that cannot be written is not there, and an older file of that
    // name stays as it was.
    void aCsvFileIsWrittenWholeOrNotAtAll()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString nowhere = dir.filePath(u"missing/out.csv"_s);
        const cd::Status refused = CsvWriter::writeFile(nowhere, { u"a"_s }, { { u"1"_s } });
        QVERIFY(!refused);
        QVERIFY2(refused.error().startsWith(nowhere + u" cannot be written: "_s),
                 qPrintable(refused.error()));
        QVERIFY(!QFileInfo::exists(nowhere));

        const QString path = dir.filePath(u"out.csv"_s);
        {
            QFile older(path);
            QVERIFY(older.open(QIODevice::WriteOnly));
            older.write("older\n");
        }
        {
            cd::CsvFile file(path);
            QVERIFY(file.open().ok());
            for (int i = 0; i < 50'000; ++i)
                file.add({ u"row"_s, QString::number(i) });
            QVERIFY(file.flush().ok());
            // Never committed: as if the command failed after writing.
        }
        QFile kept(path);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("older\n"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList { u"out.csv"_s });
    }

    void readsALongFieldAndManyRows()
    {
        QByteArray data = "name,notes\n";
        const QByteArray longField(10'000, 'x');
        for (int i = 0; i < 20'000; ++i)
            data += "Account " + QByteArray::number(i) + "," + (i == 7 ? longField : "n") + "\n";
        const auto doc = parsed(data);
        QCOMPARE(doc.records.size(), 20'000);
        QCOMPARE(doc.records[7].fields[1].size(), 10'000);
        QCOMPARE(doc.records.last().line, 20'001);
    }
};

QTEST_GUILESS_MAIN(tst_CsvReader)
#include "tst_csvreader.moc"
