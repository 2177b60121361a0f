#pragma once

#include "io/duplicates.h"

#include <QDialog>

#include <functional>
#include <memory>

class QLabel;
class QPushButton;
class QTableWidget;

namespace cd {

class BackgroundTask;
class Database;

/// Tools > Find Duplicate Accounts…: the likely duplicate pairs across the whole database
/// (DuplicateRules), each with why it looks like one, merged from here or marked "not a
/// duplicate" (remembered for every user), through DuplicateService.
class DuplicatesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DuplicatesDialog)

public:
    using Confirm = std::function<bool(const QString &question)>;

    explicit DuplicatesDialog(Database &database, QWidget *parent = nullptr);
    ~DuplicatesDialog() override;

    /// Asks before merging; tests answer without a message box.
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

    /// Scans the database again, off the UI thread; scanned() follows.
    void rescan();
    bool isScanning() const;

    QTableWidget *pairsTable() const { return m_table; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *keepFirstButton() const { return m_keepFirst; }
    QPushButton *keepSecondButton() const { return m_keepSecond; }
    QPushButton *notDuplicateButton() const { return m_notDuplicate; }

signals:
    void scanned();
    /// An account was merged into another: views showing accounts should reload.
    void merged();

private:
    void showPairs(const Result<QList<DuplicatePair>> &pairs);
    void mergeSelected(bool keepFirst);
    void ignoreSelected();
    void updateButtons();

    Database &m_db;
    std::unique_ptr<BackgroundTask> m_task;
    QList<DuplicatePair> m_pairs;
    Confirm m_confirm;
    QTableWidget *m_table = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_keepFirst = nullptr;
    QPushButton *m_keepSecond = nullptr;
    QPushButton *m_notDuplicate = nullptr;
};

} // namespace cd
