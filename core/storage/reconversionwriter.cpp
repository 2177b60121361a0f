#include "storage/reconversionwriter.h"

#include "storage/database.h"
#include "storage/pgarray.h"

#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <map>
#include <memory>
#include <tuple>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

/// How many rows one statement writes on PostgreSQL, and how often the progress is told.
constexpr qsizetype kBatch = 5000;

QString cancelled()
{
    return ReconversionWriter::tr("Cancelled; nothing was changed.");
}

QString writeFailed()
{
    return ReconversionWriter::tr("Writing the converted amounts failed");
}

} // namespace

void ReconversionWriter::Delta::add(qint64 c, qint64 um, qint64 u)
{
    overflow = __builtin_add_overflow(converted, c, &converted)
        || __builtin_add_overflow(unconvertedAmount, um, &unconvertedAmount)
        || __builtin_add_overflow(unconverted, u, &unconverted) || overflow;
}

int ReconversionWriter::text(QByteArrayView text)
{
    for (qsizetype i = 0; i < m_texts.size(); ++i) {
        if (m_texts.at(i) == text)
            return int(i);
    }
    m_texts.append(text.toByteArray());
    return int(m_texts.size() - 1);
}

int ReconversionWriter::month(QByteArrayView date)
{
    // 'YYYY-MM-DD': year × 12 + month − 1, as the rollups' key "YYYY-MM" orders.
    if (date.size() < 7)
        return 0;
    return date.first(4).toInt() * 12 + date.sliced(5, 2).toInt() - 1;
}

bool ReconversionWriter::isPromoted(QByteArrayView promotion)
{
    // As the triggers: a promotion counts when it holds more than spaces (trim() takes
    // spaces only).
    return std::any_of(promotion.cbegin(), promotion.cend(), [](char c) { return c != ' '; });
}

void ReconversionWriter::add(qint64 id, const Key &key, qint64 amount, std::optional<qint64> before,
                             std::optional<qint64> after)
{
    m_changes.emplace_back(id, after);
    m_accounts.insert(key.accountId, true);
    Delta &delta = m_deltas[key];
    // Out with the old converted amount (or its unconverted one), in with the new.
    if (before)
        delta.add(-*before, 0, 0);
    else
        delta.add(0, -amount, -1);
    if (after)
        delta.add(*after, 0, 0);
    else
        delta.add(0, amount, 1);
}

QList<qint64> ReconversionWriter::accounts() const
{
    QList<qint64> ids = m_accounts.keys();
    std::sort(ids.begin(), ids.end());
    return ids;
}

QByteArray ReconversionWriter::monthText(int month) const
{
    return QByteArray::number(month / 12).rightJustified(4, '0') + '-'
        + QByteArray::number(month % 12 + 1).rightJustified(2, '0');
}

ReconversionWriter::Rows ReconversionWriter::monthlyRows() const
{
    Rows rows;
    rows.reserve(m_deltas.size());
    for (auto it = m_deltas.cbegin(); it != m_deltas.cend(); ++it) {
        if (it->converted != 0 || it->unconvertedAmount != 0 || it->unconverted != 0
            || it->overflow)
            rows.emplace_back(it.key(), it.value());
    }
    // Roughly in the order of the rollups' primary key (month, then account), so the writes
    // walk its index.
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
        const Key &x = a.first;
        const Key &y = b.first;
        return std::tie(x.month, x.accountId, x.kind, x.currency, x.category, x.promoted)
            < std::tie(y.month, y.accountId, y.kind, y.currency, y.category, y.promoted);
    });
    return rows;
}

ReconversionWriter::Rows ReconversionWriter::totalRows(const Rows &monthly) const
{
    std::map<std::tuple<int, int, int, int, bool>, std::pair<Key, Delta>> totals;
    for (const auto &[key, delta] : monthly) {
        auto &[totalKey, sum]
            = totals[{ key.month, key.kind, key.currency, key.category, key.promoted }];
        totalKey = key;
        totalKey.accountId = 0;
        sum.add(delta.converted, delta.unconvertedAmount, delta.unconverted);
        sum.overflow = sum.overflow || delta.overflow;
    }
    Rows rows;
    rows.reserve(totals.size());
    for (const auto &[_, row] : totals)
        rows.push_back(row);
    return rows;
}

Status ReconversionWriter::write(const Progress &progress)
{
    const qint64 total = qint64(m_changes.size());
    if (progress && !progress(0, total))
        return Error { cancelled() };
    Status ok
        = m_db.dialect() == Dialect::PostgreSQL ? writeServer(progress) : writeSqlite(progress);
    if (ok && progress && !progress(total, total))
        return Error { cancelled() };
    return ok;
}

Result<QStringList> ReconversionWriter::dropSqliteTriggers()
{
    // The rollups' update trigger, and the converted amount's bounds trigger (the amounts
    // come from RateTable::convert, which keeps within Money::kMaxMinorUnits).
    QSqlQuery query(m_db.connection());
    if (!query.exec(u"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN "
                    "('revenue_rollups_update', 'bounds_revenue_entries_converted') "
                    "ORDER BY name"_s))
        return Database::sqlError(tr("Preparing to write the converted amounts failed"), query);
    QStringList names;
    QStringList creates;
    while (query.next()) {
        names.append(query.value(0).toString());
        creates.append(query.value(1).toString());
    }
    for (const QString &name : std::as_const(names)) {
        // Names from the fixed list above.
        if (!query.exec(u"DROP TRIGGER \"%1\""_s.arg(name)))
            return Database::sqlError(tr("Preparing to write the converted amounts failed"), query);
    }
    return creates;
}

Status ReconversionWriter::writeSqlite(const Progress &progress)
{
    const QVariant handle = m_db.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return Error { writeFailed() };
    sqlite3 *sqlite = *static_cast<sqlite3 *const *>(handle.constData());
    const qint64 total = qint64(m_changes.size());
    const bool withoutTriggers = total >= kWithoutTriggers;
    QStringList triggers;
    if (withoutTriggers) {
        Result<QStringList> dropped = dropSqliteTriggers();
        if (!dropped)
            return Error { dropped.error() };
        triggers = std::move(dropped).value();
    }
    // Through the C API on Qt's connection: a bound QSqlQuery costs several microseconds a
    // row, most of writing a million.
    sqlite3_stmt *raw = nullptr;
    sqlite3_prepare_v2(sqlite, "UPDATE revenue_entries SET converted_minor = ? WHERE id = ?", -1,
                       &raw, nullptr);
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> update(raw, sqlite3_finalize);
    if (!update)
        return Error { writeFailed() + u": "_s + QString::fromUtf8(sqlite3_errmsg(sqlite)) };
    // Sorted by id, the writes walk the table in order.
    std::sort(m_changes.begin(), m_changes.end());
    for (qint64 i = 0; i < total; ++i) {
        const auto &[id, converted] = m_changes.at(size_t(i));
        if (converted)
            sqlite3_bind_int64(update.get(), 1, *converted);
        else
            sqlite3_bind_null(update.get(), 1);
        sqlite3_bind_int64(update.get(), 2, id);
        const int result = sqlite3_step(update.get());
        sqlite3_reset(update.get());
        if (result != SQLITE_DONE)
            return Error { writeFailed() + u": "_s + QString::fromUtf8(sqlite3_errmsg(sqlite)) };
        if ((i + 1) % kBatch == 0 && progress && !progress(i + 1, total))
            return Error { cancelled() };
    }
    if (!withoutTriggers)
        return {};
    const Rows monthly = monthlyRows();
    if (Status ok = applySqlite(monthly, totalRows(monthly)); !ok)
        return ok;
    QSqlQuery query(m_db.connection());
    for (const QString &create : std::as_const(triggers)) {
        if (!query.exec(create))
            return Database::sqlError(writeFailed(), query);
    }
    return {};
}

Status ReconversionWriter::applySqlite(const Rows &monthly, const Rows &totals)
{
    const QString failed = tr("Adding the converted amounts to the rollups failed");
    const QString overflow = tr("%1: a month's converted revenue would add up to more than "
                                "ClientDesk can count exactly, so nothing was changed.")
                                 .arg(failed);
    sqlite3 *sqlite
        = *static_cast<sqlite3 *const *>(m_db.connection().driver()->handle().constData());
    const QByteArray sums = "converted_minor = converted_minor + ?, unconverted_minor = "
                            "unconverted_minor + ?, unconverted = unconverted + ? WHERE ";
    const QByteArray monthlySql = "UPDATE revenue_monthly SET " + sums
        + "month = ? AND account_id = ? AND account_kind = ? AND currency = ? AND category = ? "
          "AND promoted = ?";
    const QByteArray totalsSql = "UPDATE revenue_totals SET " + sums
        + "month = ? AND account_kind = ? AND currency = ? AND category = ? AND promoted = ?";
    for (const bool perAccount : { true, false }) {
        sqlite3_stmt *raw = nullptr;
        sqlite3_prepare_v2(sqlite, perAccount ? monthlySql.constData() : totalsSql.constData(), -1,
                           &raw, nullptr);
        const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> s(raw, sqlite3_finalize);
        if (!s)
            return Error { failed + u": "_s + QString::fromUtf8(sqlite3_errmsg(sqlite)) };
        for (const auto &[key, delta] : perAccount ? monthly : totals) {
            if (delta.overflow)
                return Error { overflow };
            const QByteArray month = monthText(key.month);
            sqlite3_bind_int64(s.get(), 1, delta.converted);
            sqlite3_bind_int64(s.get(), 2, delta.unconvertedAmount);
            sqlite3_bind_int64(s.get(), 3, delta.unconverted);
            int i = 4;
            sqlite3_bind_text(s.get(), i++, month.constData(), int(month.size()), SQLITE_STATIC);
            if (perAccount)
                sqlite3_bind_int64(s.get(), i++, key.accountId);
            for (const int text : { key.kind, key.currency, key.category }) {
                const QByteArray &bytes = m_texts.at(text);
                sqlite3_bind_text(s.get(), i++, bytes.constData(), int(bytes.size()),
                                  SQLITE_STATIC);
            }
            sqlite3_bind_int(s.get(), i, key.promoted ? 1 : 0);
            const int result = sqlite3_step(s.get());
            sqlite3_reset(s.get());
            if (result != SQLITE_DONE
                && qstrcmp(sqlite3_errmsg(sqlite), "ClientDesk: rollup overflow") == 0)
                return Error { overflow };
            if (result != SQLITE_DONE)
                return Error { failed + u": "_s + QString::fromUtf8(sqlite3_errmsg(sqlite)) };
        }
    }
    return {};
}

Result<bool> ReconversionWriter::disableServerTrigger()
{
    // Only the table's owner (or a superuser) may switch its triggers; for anyone else the
    // ALTER would abort the whole transaction, so ask first and leave the trigger on.
    const QString failed = tr("Preparing to write the converted amounts failed");
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"SELECT pg_has_role(c.relowner, 'USAGE') FROM pg_class c WHERE c.oid = "
                "to_regclass('revenue_entries') AND EXISTS (SELECT 1 FROM pg_trigger t WHERE "
                "t.tgrelid = c.oid AND t.tgname = 'revenue_rollups_update')"_s))
        return Database::sqlError(failed, q);
    if (!q.next() || !q.value(0).toBool())
        return false;
    if (!q.exec(u"ALTER TABLE revenue_entries DISABLE TRIGGER revenue_rollups_update"_s))
        return Database::sqlError(failed, q);
    return true;
}

Status ReconversionWriter::writeServer(const Progress &progress)
{
    const qint64 total = qint64(m_changes.size());
    bool withoutTrigger = false;
    if (total >= kWithoutTriggers) {
        const Result<bool> disabled = disableServerTrigger();
        if (!disabled)
            return Error { disabled.error() };
        withoutTrigger = *disabled;
    }
    QSqlQuery query(m_db.connection());
    // One statement a batch: the ids and amounts as two arrays the server unnests.
    if (!query.prepare(u"UPDATE revenue_entries AS e SET converted_minor = u.c "
                       "FROM unnest(CAST(? AS BIGINT[]), CAST(? AS BIGINT[])) AS u (id, c) "
                       "WHERE e.id = u.id"_s))
        return Database::sqlError(writeFailed(), query);
    for (qint64 start = 0; start < total; start += kBatch) {
        QString ids = u"{"_s;
        QString amounts = u"{"_s;
        const qint64 end = std::min(total, start + kBatch);
        for (qint64 i = start; i < end; ++i) {
            if (i > start) {
                ids += u',';
                amounts += u',';
            }
            const auto &[id, converted] = m_changes.at(size_t(i));
            ids += QString::number(id);
            if (converted)
                amounts += QString::number(*converted);
            else
                amounts += u"NULL"_s;
        }
        query.bindValue(0, ids + u'}');
        query.bindValue(1, amounts + u'}');
        if (!query.exec())
            return Database::sqlError(writeFailed(), query);
        if (progress && !progress(end, total))
            return Error { cancelled() };
    }
    if (!withoutTrigger)
        return {};
    const Rows monthly = monthlyRows();
    if (Status ok = applyServer(monthly, totalRows(monthly)); !ok)
        return ok;
    if (!query.exec(u"ALTER TABLE revenue_entries ENABLE TRIGGER revenue_rollups_update"_s))
        return Database::sqlError(writeFailed(), query);
    return {};
}

Status ReconversionWriter::applyServer(const Rows &monthly, const Rows &totals)
{
    const QString failed = tr("Adding the converted amounts to the rollups failed");
    const QString sums = u"converted_minor = r.converted_minor + d.c, unconverted_minor = "
                         "r.unconverted_minor + d.um, unconverted = r.unconverted + d.u"_s;
    const QString keys = u"r.month = d.month AND r.account_kind = d.kind AND r.currency = "
                         "d.currency AND r.category = d.category AND r.promoted = d.promoted"_s;
    for (const bool perAccount : { true, false }) {
        const Rows &rows = perAccount ? monthly : totals;
        QSqlQuery query(m_db.connection());
        const QString sql = perAccount
            ? u"UPDATE revenue_monthly AS r SET %1 FROM unnest(CAST(? AS TEXT[]), CAST(? AS "
              "BIGINT[]), CAST(? AS TEXT[]), CAST(? AS TEXT[]), CAST(? AS TEXT[]), CAST(? AS "
              "INTEGER[]), CAST(? AS BIGINT[]), CAST(? AS BIGINT[]), CAST(? AS BIGINT[])) AS d "
              "(month, account_id, kind, currency, category, promoted, c, um, u) WHERE %2 "
              "AND r.account_id = d.account_id"_s.arg(sums, keys)
            : u"UPDATE revenue_totals AS r SET %1 FROM unnest(CAST(? AS TEXT[]), CAST(? AS "
              "TEXT[]), CAST(? AS TEXT[]), CAST(? AS TEXT[]), CAST(? AS INTEGER[]), CAST(? AS "
              "BIGINT[]), CAST(? AS BIGINT[]), CAST(? AS BIGINT[])) AS d (month, kind, "
              "currency, category, promoted, c, um, u) WHERE %2"_s.arg(sums, keys);
        if (!query.prepare(sql))
            return Database::sqlError(failed, query);
        for (size_t start = 0; start < rows.size(); start += size_t(kBatch)) {
            const size_t end = std::min(rows.size(), start + size_t(kBatch));
            QList<QString> columns(perAccount ? 9 : 8, u"{"_s);
            for (size_t i = start; i < end; ++i) {
                const auto &[key, delta] = rows.at(i);
                if (delta.overflow)
                    return Error { tr("%1: a month's converted revenue would add up to more "
                                      "than ClientDesk can count exactly, so nothing was "
                                      "changed.")
                                       .arg(failed) };
                QList<QVariant> values { QString::fromUtf8(monthText(key.month)) };
                if (perAccount)
                    values.append(key.accountId);
                values << QString::fromUtf8(m_texts.at(key.kind))
                       << QString::fromUtf8(m_texts.at(key.currency))
                       << QString::fromUtf8(m_texts.at(key.category)) << (key.promoted ? 1 : 0)
                       << delta.converted << delta.unconvertedAmount << delta.unconverted;
                for (qsizetype c = 0; c < columns.size(); ++c) {
                    if (i > start)
                        columns[c] += u',';
                    pgarray::appendValue(columns[c], values.at(c));
                }
            }
            for (qsizetype c = 0; c < columns.size(); ++c)
                query.bindValue(int(c), columns.at(c) + u'}');
            if (!query.exec())
                return Database::sqlError(failed, query);
        }
    }
    return {};
}

} // namespace cd
