// Every file the commands write is whole or absent, a failed command writes nothing, and CSV
// is safe to open in a spreadsheet (issue 23, items 2, 4, 6 and 8): the real clientdesk
// binary, on a real nearly full disk (a 64 KiB tmpfs in a mount namespace of its own).

#include "processrun.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

// What a script run on the small disk printed after a marker line ("files:" → the lines up
// to the next marker).
QStringList section(const QString &out, const QString &marker)
{
    QStringList lines = out.split(u'\n');
    const qsizetype at = lines.indexOf(marker);
    if (at < 0)
        return { u"<no %1>"_s.arg(marker) };
    QStringList result;
    for (qsizetype i = at + 1; i < lines.size() && !lines.at(i).endsWith(u':'); ++i) {
        if (!lines.at(i).isEmpty())
            result.append(lines.at(i));
    }
    return result;
}

} // namespace

class tst_WholeFiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_database; ///< a sample portfolio, read by the exports
    bool m_smallDisk = false;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, m_dir.path());
        env.insert(u"XDG_DATA_HOME"_s, path(u"data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, path(u"config"_s));
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        env.remove(u"DISPLAY"_s);
        env.remove(u"CLIENTDESK_DATABASE"_s);
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"CLIENTDESK"_s, QStringLiteral(CLIENTDESK_BIN));
        env.insert(u"D"_s, path(u"small"_s));
        return env;
    }

    Run clientdesk(const QStringList &arguments)
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.setWorkingDirectory(m_dir.path());
        process.start(QStringLiteral(CLIENTDESK_BIN), arguments);
        return finishRun(process, 180000);
    }

    // Runs a shell script with $D a 64 KiB tmpfs (a nearly full disk) and $CLIENTDESK the
    // binary, in a mount namespace of its own: the mount goes when the script ends, so the
    // script itself prints what is left on it.
    Run onSmallDisk(const QString &script, const QStringList &extraEnvironment = {})
    {
        QProcess process;
        QProcessEnvironment env = environment();
        for (const QString &pair : extraEnvironment)
            env.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(m_dir.path());
        QStringList arguments;
        if (geteuid() != 0)
            arguments << u"--map-root-user"_s;
        arguments << u"--mount"_s << u"sh"_s << u"-c"_s
                  << u"mount -t tmpfs -o size=${SIZE:-64k} none \"$D\" || exit 99\n"_s + script;
        process.start(u"unshare"_s, arguments);
        return finishRun(process, 180000);
    }

    qint64 count(const QString &database, const QString &sql)
    {
        qint64 result = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"count"_s);
            db.setDatabaseName(database);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(sql) && q.next())
                    result = q.value(0).toLongLong();
            }
        }
        QSqlDatabase::removeDatabase(u"count"_s);
        return result;
    }

    // An accounts file with one good row and `bad` rows that cannot be imported.
    QString accountsWithBadRows(const QString &name, int bad)
    {
        QByteArray csv = "name,kind,email\nPT Fits Nicely,client,\n";
        for (int i = 0; i < bad; ++i) {
            csv += "CV Rejected Number " + QByteArray::number(i)
                + ",client,this-is-not-an-email-address-at-all-" + QByteArray::number(i) + "\n";
        }
        const QString file = path(name);
        write(file, csv);
        return file;
    }

    // The files in a folder, hidden ones too (temporary files start with a dot).
    static QStringList filesIn(const QString &folder)
    {
        return QDir(folder).entryList(
            QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(path(u"small"_s)));
        m_database = path(u"sample.sqlite"_s);
        const Run demo = clientdesk({ u"demo"_s, u"--accounts"_s, u"100"_s, u"--revenue"_s,
                                      u"6000"_s, u"--database"_s, m_database });
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        m_smallDisk = !QStandardPaths::findExecutable(u"unshare"_s).isEmpty()
            && onSmallDisk(u"echo mounted"_s).out == u"mounted\n"_s;
    }

    // Issue 23 item 2: an export onto a nearly full disk wrote a truncated file with a
    // valid-looking last row and exited 0. Now: one sentence, exit 1, no file, and an older
    // file of that name as it was.
    void anExportThatDoesNotFitLeavesNoFile_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("older");
        QTest::newRow("csv") << u"out.csv"_s << false;
        QTest::newRow("csv over an older file") << u"out.csv"_s << true;
        QTest::newRow("xlsx") << u"out.xlsx"_s << false;
        QTest::newRow("xlsx over an older file") << u"out.xlsx"_s << true;
    }

    void anExportThatDoesNotFitLeavesNoFile()
    {
        if (!m_smallDisk)
            QSKIP("No small disk: unshare --mount and tmpfs are not available here.");
        QFETCH(QString, name);
        QFETCH(bool, older);
        const Run run = onSmallDisk(
            u"if [ -n \"$OLDER\" ]; then printf 'older\\n' > \"$D/$NAME\"; fi\n"
            "\"$CLIENTDESK\" export revenue --database \"$DB\" "
            "-o \"$D/$NAME\"\n"
            "code=$?; echo \"exit:\"; echo $code\n"
            "echo \"files:\"; ls -A \"$D\"\n"
            "echo \"content:\"; cat \"$D/$NAME\" 2>/dev/null; echo\n"
            "echo \"end:\"\n"_s,
            { u"NAME="_s + name, u"DB="_s + m_database, older ? u"OLDER=1"_s : u"OLDER="_s });
        QVERIFY2(section(run.out, u"exit:"_s) == QStringList { u"1"_s },
                 qPrintable(run.out + run.err));
        // One sentence (besides the progress line, and the lines libxlsxwriter logs itself).
        const QStringList errors = run.err.split(u'\n').filter(u"clientdesk: "_s);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().startsWith(
                     u"clientdesk: %1/%2 cannot be written: "_s.arg(path(u"small"_s), name)),
                 qPrintable(run.err));
        QVERIFY2(errors.first().endsWith(u'.') && !errors.first().endsWith(u".."_s),
                 qPrintable(run.err));
        QVERIFY2(!run.out.contains(u"Exported"_s), qPrintable(run.out));
        QCOMPARE(section(run.out, u"files:"_s), older ? QStringList { name } : QStringList());
        QCOMPARE(section(run.out, u"content:"_s),
                 older ? QStringList { u"older"_s } : QStringList());
    }

    // The same disk takes an export that fits, whole.
    void anExportThatFitsIsWhole()
    {
        if (!m_smallDisk)
            QSKIP("No small disk: unshare --mount and tmpfs are not available here.");
        const QString reference = path(u"accounts-reference.csv"_s);
        QCOMPARE(clientdesk({ u"export"_s, u"accounts"_s, u"--database"_s, m_database, u"-o"_s,
                              reference })
                     .exitCode,
                 0);
        const Run run = onSmallDisk(u"\"$CLIENTDESK\" export accounts --database \"$DB\" "
                                    "-o \"$D/a.csv\" >/dev/null && cmp \"$D/a.csv\" \"$REF\" && "
                                    "ls -A \"$D\""_s,
                                    { u"DB="_s + m_database, u"REF="_s + reference });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out, u"a.csv\n"_s);
    }

    // The --rejected file of import --skip-invalid onto a nearly full disk: it is written
    // before the import commits, so nothing is imported and no file is left.
    void aRejectedFileThatDoesNotFitImportsNothing()
    {
        if (!m_smallDisk)
            QSKIP("No small disk: unshare --mount and tmpfs are not available here.");
        const QString db = path(u"rejected-full.sqlite"_s);
        QVERIFY(QFile::copy(m_database, db));
        const qint64 before = count(db, u"SELECT count(*) FROM accounts"_s);
        const QString csv = accountsWithBadRows(u"many-bad.csv"_s, 2000);
        const Run run = onSmallDisk(u"printf 'older\\n' > \"$D/r.csv\"\n"
                                    "\"$CLIENTDESK\" import accounts \"$CSV\" --database \"$DB\" "
                                    "--skip-invalid --rejected \"$D/r.csv\"\n"
                                    "code=$?; echo \"exit:\"; echo $code\n"
                                    "echo \"files:\"; ls -A \"$D\"\n"
                                    "echo \"content:\"; cat \"$D/r.csv\"\n"
                                    "echo \"end:\"\n"_s,
                                    { u"CSV="_s + csv, u"DB="_s + db });
        QVERIFY2(section(run.out, u"exit:"_s) == QStringList { u"1"_s },
                 qPrintable(run.out + run.err));
        QVERIFY2(
            run.err.endsWith(u"clientdesk: %1 cannot be written: "_s.arg(path(u"small/r.csv"_s))
                             + u"only part of it could be written (the disk may be full).\n"_s),
            qPrintable(run.err));
        QVERIFY2(!run.out.contains(u"Imported"_s), qPrintable(run.out));
        QCOMPARE(section(run.out, u"files:"_s), QStringList { u"r.csv"_s });
        QCOMPARE(section(run.out, u"content:"_s), QStringList { u"older"_s });
        QCOMPARE(count(db, u"SELECT count(*) FROM accounts"_s), before);
        QCOMPARE(count(db, u"SELECT count(*) FROM accounts WHERE name = 'PT Fits Nicely'"_s), 0);
    }

    // Issue 23 item 4: a --rejected file in a missing folder was found missing after the good
    // rows were committed (exit 1, and running it again imported them twice).
    void aRejectedFileInAMissingFolderImportsNothing()
    {
        const QString db = path(u"rejected-missing.sqlite"_s);
        QVERIFY(QFile::copy(m_database, db));
        const qint64 before = count(db, u"SELECT count(*) FROM accounts"_s);
        const QString csv = accountsWithBadRows(u"two-bad.csv"_s, 2);
        const QString nowhere = path(u"missing/dir/r.csv"_s);
        Run run = clientdesk({ u"import"_s, u"accounts"_s, csv, u"--database"_s, db,
                               u"--skip-invalid"_s, u"--rejected"_s, nowhere });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(
            run.err.endsWith(
                u"clientdesk: %1 cannot be written: No such file or directory.\n"_s.arg(nowhere)),
            qPrintable(run.err));
        QVERIFY(!run.out.contains(u"Imported"_s));
        QCOMPARE(count(db, u"SELECT count(*) FROM accounts"_s), before);
        QVERIFY(!QFileInfo::exists(path(u"missing"_s)));

        // Given a folder that exists, the same import runs once.
        const QString rejected = path(u"two-bad.rejected.csv"_s);
        run = clientdesk({ u"import"_s, u"accounts"_s, csv, u"--database"_s, db,
                           u"--skip-invalid"_s, u"--rejected"_s, rejected });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(count(db, u"SELECT count(*) FROM accounts"_s), before + 1);
        QCOMPARE(contents(rejected).count('\n'), 3);
    }

    // Issue 23 item 4: a failed import into a database file that did not exist created a
    // full empty database. Now nothing is left: no file, no -wal or -shm, no folder made.
    void aFailedImportIntoANewDatabaseLeavesNoFile_data()
    {
        QTest::addColumn<QString>("location");
        QTest::addColumn<QStringList>("options");
        QTest::newRow("in a folder that exists") << u"fresh-here.sqlite"_s << QStringList();
        QTest::newRow("in folders that do not exist") << u"new/sub/fresh.sqlite"_s << QStringList();
        QTest::newRow("a dry run") << u"fresh-dry.sqlite"_s << QStringList { u"--dry-run"_s };
        QTest::newRow("a rejected file that cannot be written")
            << u"fresh-rejected.sqlite"_s
            << QStringList { u"--skip-invalid"_s, u"--rejected"_s, u"missing/r.csv"_s };
    }

    void aFailedImportIntoANewDatabaseLeavesNoFile()
    {
        QFETCH(QString, location);
        QFETCH(QStringList, options);
        const QString csv = accountsWithBadRows(u"new-bad.csv"_s, 3);
        const QStringList before = filesIn(m_dir.path());
        const Run run = clientdesk(
            QStringList { u"import"_s, u"accounts"_s, csv, u"--database"_s, path(location) }
            + options);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!run.err.isEmpty());
        QCOMPARE(filesIn(m_dir.path()), before);
    }

    void anImportIntoANewDatabaseCreatesIt()
    {
        const QString csv = path(u"new-good.csv"_s);
        write(csv, "name,kind\nPT Baru,client\nCV Lama,customer\n");
        const QString db = path(u"made/for/it.sqlite"_s);
        const Run run = clientdesk({ u"import"_s, u"accounts"_s, csv, u"--database"_s, db });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.startsWith(u"Imported new-good.csv into %1:\n"_s.arg(db)),
                 qPrintable(run.out));
        QCOMPARE(filesIn(path(u"made/for"_s)), QStringList { u"it.sqlite"_s });
        QCOMPARE(count(db, u"SELECT count(*) FROM accounts"_s), 2);
        const Run check = clientdesk({ u"check"_s, u"--database"_s, db });
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
    }

    // Issue 23 item 6 (OWASP's CSV injection): a text cell that a spreadsheet would run as a
    // formula is written with a leading quote; numbers are not touched; and an export
    // imports back unchanged, byte for byte and field for field.
    void exportsAreSafeInASpreadsheetAndImportBackUnchanged()
    {
        const QString accounts = path(u"hostile.csv"_s);
        write(accounts,
              "name,kind,phone,city,notes\n"
              "\"=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",client,"
              "+62 21 555 0101,Jakarta,=1+1\n"
              "+1,customer,,,@SUM(A1:A9)\n"
              "@x,client,,,\n"
              "-x,client,,,-\n"
              "'s-Hertogenbosch,client,,'s-Hertogenbosch,\n"
              "PT Biasa,client,0812 555,Bandung,plain\n");
        const QString first = path(u"hostile-first.sqlite"_s);
        // "-x" and "@x" are alike to the duplicate rules: both are wanted here.
        Run run = clientdesk({ u"import"_s, u"accounts"_s, accounts, u"--database"_s, first,
                               u"--on-duplicate"_s, u"create"_s });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString revenue = path(u"refund.csv"_s);
        write(revenue,
              "date,account,amount,description\n"
              "2024-03-01,PT Biasa,1000.00,=cmd|' /C calc'!A0\n"
              "2024-03-02,PT Biasa,-250.00,refund\n");
        run = clientdesk({ u"import"_s, u"revenue"_s, revenue, u"--database"_s, first });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        const QString exported = path(u"hostile-export.csv"_s);
        run = clientdesk({ u"export"_s, u"accounts"_s, u"--database"_s, first, u"-o"_s, exported });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QByteArray bytes = contents(exported);
        for (const QByteArray &expected :
             { QByteArray("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",client,"),
               QByteArray(",'+62 21 555 0101,"), QByteArray(",'=1+1,"),
               QByteArray("\r\n'+1,customer,"), QByteArray(",'@SUM(A1:A9),"),
               QByteArray("\r\n'@x,client,"), QByteArray("\r\n'-x,client,"), QByteArray(",'-,"),
               QByteArray("\r\n's-Hertogenbosch,client,"), QByteArray(",'s-Hertogenbosch,"),
               QByteArray(",0812 555,") }) {
            QVERIFY2(bytes.contains(expected), expected.constData());
        }
        QVERIFY(!bytes.contains("''s-Hertogenbosch"));
        const QString exportedRevenue = path(u"refund-export.csv"_s);
        run = clientdesk(
            { u"export"_s, u"revenue"_s, u"--database"_s, first, u"-o"_s, exportedRevenue });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QByteArray revenueBytes = contents(exportedRevenue);
        QVERIFY2(revenueBytes.contains(",-250.00,"), revenueBytes.constData());
        QVERIFY2(revenueBytes.contains(",'=cmd|' /C calc'!A0,"), revenueBytes.constData());

        // Into a new database and out again: the same bytes, the same names.
        const QString second = path(u"hostile-second.sqlite"_s);
        run = clientdesk({ u"import"_s, u"accounts"_s, exported, u"--database"_s, second,
                           u"--on-duplicate"_s, u"create"_s });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString again = path(u"hostile-again.csv"_s);
        run = clientdesk({ u"export"_s, u"accounts"_s, u"--database"_s, second, u"-o"_s, again });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(contents(again), bytes);
        for (const QString &name : { u"=HYPERLINK(\"http://evil.example\",\"click\")"_s, u"+1"_s,
                                     u"@x"_s, u"-x"_s, u"'s-Hertogenbosch"_s }) {
            const QString sql = u"SELECT count(*) FROM accounts WHERE name = '%1'"_s.arg(
                QString(name).replace(u"'"_s, u"''"_s));
            QCOMPARE(count(first, sql), 1);
            QCOMPARE(count(second, sql), 1);
        }

        // The command's own CSV follows the same rule.
        run = clientdesk({ u"accounts"_s, u"--format"_s, u"csv"_s, u"--database"_s, first });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\""_s),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(u",'@x,"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u",'+1,"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u",'-x,"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u",'s-Hertogenbosch,"_s), qPrintable(run.out));
        for (const QString &formula : { u",="_s, u",+"_s, u",@"_s, u",-x"_s })
            QVERIFY2(!run.out.contains(formula), qPrintable(run.out));
    }

    // Issue 23 item 8: the XLSX export wrote a fixed NAME.partial, so a symlink planted there
    // redirected the export onto its target.
    void aPlantedSymlinkDoesNotRedirectAnExport()
    {
        const QString victim = path(u"victim.txt"_s);
        write(victim, "precious\n");
        const QString out = path(u"planted.xlsx"_s);
        QVERIFY(QFile::link(victim, out + u".partial"_s));
        const Run run
            = clientdesk({ u"export"_s, u"accounts"_s, u"--database"_s, m_database, u"-o"_s, out });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(contents(victim), QByteArray("precious\n"));
        QVERIFY(!QFileInfo(out).isSymLink());
        QVERIFY(contents(out).startsWith("PK")); // a zip: an XLSX workbook
        QCOMPARE(QFileInfo(out + u".partial"_s).symLinkTarget(), victim);
        // No temporary file is left beside it.
        const QStringList left = filesIn(m_dir.path()).filter(u"planted"_s);
        QCOMPARE(left, (QStringList { u"planted.xlsx"_s, u"planted.xlsx.partial"_s }));
    }

    // PDFs already failed properly on a full disk: they still do.
    void aReportThatDoesNotFitLeavesNoFile()
    {
        if (!m_smallDisk)
            QSKIP("No small disk: unshare --mount and tmpfs are not available here.");
        const Run run = onSmallDisk(u"\"$CLIENTDESK\" report portfolio --database \"$DB\" "
                                    "-o \"$D/p.pdf\"\n"
                                    "code=$?; echo \"exit:\"; echo $code\n"
                                    "echo \"files:\"; ls -A \"$D\"\n"
                                    "echo \"end:\"\n"_s,
                                    { u"DB="_s + m_database, u"SIZE=8k"_s });
        QVERIFY2(section(run.out, u"exit:"_s) == QStringList { u"1"_s },
                 qPrintable(run.out + run.err));
        QVERIFY2(run.err.contains(u"p.pdf cannot be written"_s), qPrintable(run.err));
        QCOMPARE(section(run.out, u"files:"_s), QStringList());
    }
};

QTEST_GUILESS_MAIN(tst_WholeFiles)
#include "tst_wholefiles.moc"
