#pragma once

#include "postgrestestsupport.h"
#include "storage/database.h"

#include <QFile>
#include <QString>
#include <QtGlobal>

#include <map>
#include <memory>
#include <vector>

// The databases a widget suite runs on: SQLite files, or with CLIENTDESK_TEST_BACKEND=postgresql
// (the *_postgresql tests) empty databases of their own on the server of
// $CLIENTDESK_TEST_POSTGRES, dropped with this object. Suites QSKIP when asked for the server
// and none is given.
class UiTestDatabases final
{
public:
    static bool onPostgres() { return qgetenv("CLIENTDESK_TEST_BACKEND") == "postgresql"; }
    static bool serverMissing() { return onPostgres() && ScratchPostgres::serverUrl().isEmpty(); }

    /// A new, empty database: the file `filePath`, or a scratch database on the server. Null,
    /// with the reason in error(), when it cannot be opened.
    std::unique_ptr<cd::Database> open(const QString &filePath)
    {
        QString location = filePath;
        if (onPostgres()) {
            auto scratch = std::make_unique<ScratchPostgres>();
            if (!scratch->ok()) {
                m_error = scratch->error();
                return nullptr;
            }
            location = scratch->url();
            m_byFile[filePath] = scratch.get();
            m_scratch.push_back(std::move(scratch));
        }
        auto db = cd::Database::open(location);
        if (!db) {
            m_error = db.error();
            return nullptr;
        }
        return std::move(db).value();
    }
    /// A new database holding what `sourceFile` holds (opened here before and closed since):
    /// a copy of the file at `filePath`, or on the server a database made from it.
    std::unique_ptr<cd::Database> copyOf(const QString &sourceFile, const QString &filePath)
    {
        QString location = filePath;
        if (onPostgres()) {
            const auto source = m_byFile.find(sourceFile);
            if (source == m_byFile.end()) {
                m_error = u"%1 was not opened here"_qs.arg(sourceFile);
                return nullptr;
            }
            auto scratch = std::make_unique<ScratchPostgres>(source->second);
            if (!scratch->ok()) {
                m_error = scratch->error();
                return nullptr;
            }
            location = scratch->url();
            m_scratch.push_back(std::move(scratch));
        } else if (!QFile::copy(sourceFile, filePath)) {
            m_error = u"%1 cannot be copied"_qs.arg(sourceFile);
            return nullptr;
        }
        auto db = cd::Database::open(location);
        if (!db) {
            m_error = db.error();
            return nullptr;
        }
        return std::move(db).value();
    }
    const QString &error() const { return m_error; }
    /// The server database opened last (on a server only).
    ScratchPostgres *lastScratch() const
    {
        return m_scratch.empty() ? nullptr : m_scratch.back().get();
    }

private:
    std::vector<std::unique_ptr<ScratchPostgres>> m_scratch;
    std::map<QString, const ScratchPostgres *> m_byFile;
    QString m_error;
};
