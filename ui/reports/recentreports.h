#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace cd {

/// The reports made on this computer lately and the folder they go to by default (the Reports
/// area): the user's own preferences on this computer (QSettings), not the database's. Every
/// PDF the report dialogs save and every batch of client reports adds an entry, newest first;
/// a report saved again to the same place replaces its older entry.
class RecentReports final
{
    Q_DECLARE_TR_FUNCTIONS(cd::RecentReports)

public:
    enum class Kind { Client, Portfolio, Invoice, ClientBatch };

    struct Entry
    {
        Kind kind = Kind::Portfolio;
        qint64 id = 0; ///< the client's, the invoice's or the manager's (0: every manager)
        QString name; ///< the client's name, the invoice's number or the manager's name
        QDate from, to; ///< the period; none for an invoice
        QString path; ///< the PDF, or the batch's folder
        QDateTime made;
        QString database; ///< Database::location() of the database it was made from

        friend bool operator==(const Entry &, const Entry &) = default;
    };

    /// The most entries kept.
    static constexpr int kMost = 30;

    /// Where reports are saved by default: the folder chosen in the Reports area, else the
    /// user's documents folder.
    static QString folder();
    static void setFolder(const QString &folder);

    /// Newest first.
    static QList<Entry> entries();
    static void add(const Entry &entry);
    static void remove(const QString &path);

    /// "Client report: PT Alfa", "Portfolio report", "Invoice INV/2026/00001", "Client
    /// reports: Ana" (or "…: every account manager").
    static QString title(const Entry &entry);
};

} // namespace cd
