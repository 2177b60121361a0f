#pragma once

#include "io/csvreader.h"
#include "io/importer.h"

#include <QWizard>

#include <functional>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace cd {

class BackgroundTask;
class Database;

/// File > Import…: choose a file, map its columns, check every row, decide about likely
/// duplicates, import with progress and Cancel. Reading, checking and importing run on a
/// worker thread with their own connection; Cancel or a failure leaves the database as it
/// was (Importer writes in one transaction).
class ImportWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportWizard)

public:
    enum PageId { FilePage, ColumnsPage, CheckPage, ImportPage };

    explicit ImportWizard(Database &database, QWidget *parent = nullptr);
    ~ImportWizard() override;

    /// Chooses the kind and the file, as the first page does (tests, drag and drop).
    void setSource(ImportKind kind, const QString &path);

    ImportKind kind() const;
    QString path() const;
    const CsvDocument *document() const { return m_document.get(); }
    QHash<QString, int> mapping() const;
    /// The outcome of the check (a dry run), once it is done.
    const std::optional<ImportReport> &checkReport() const { return m_check; }
    /// The outcome of the import, once it is done.
    const std::optional<ImportReport> &importReport() const { return m_imported; }
    bool isBusy() const;

    QComboBox *kindCombo() const { return m_kind; }
    QLineEdit *pathField() const { return m_path; }
    QLabel *fileInfoLabel() const { return m_fileInfo; }
    QTableWidget *mappingTable() const { return m_mappingTable; }
    QTableWidget *previewTable() const { return m_preview; }
    QLabel *checkSummaryLabel() const { return m_checkSummary; }
    QListWidget *problemsList() const { return m_problems; }
    QTableWidget *duplicatesTable() const { return m_duplicates; }
    QComboBox *otherPairsCombo() const { return m_otherPairs; }
    QCheckBox *skipInvalidBox() const { return m_skipInvalid; }
    QProgressBar *importProgress() const { return m_progress; }
    QLabel *resultLabel() const { return m_result; }
    QPushButton *cancelImportButton() const { return m_cancelImport; }

    void reject() override;

signals:
    /// The file was read (ok) or refused (the message says why).
    void fileRead(bool ok);
    void checkFinished();
    /// The import ended: written, refused, failed or cancelled (importReport() tells).
    void importFinished(bool written);

private:
    QWizardPage *createFilePage();
    QWizardPage *createColumnsPage();
    QWizardPage *createCheckPage();
    QWizardPage *createImportPage();

    void browse();
    void readFile();
    void fillColumns();
    /// Runs the importer on the worker thread (a check or the import itself), showing its
    /// progress on `bar`; `done` gets the outcome on the UI thread.
    void runImporter(const ImportOptions &runOptions, QProgressBar *bar,
                     const std::function<void(const Result<ImportReport> &)> &done);
    void startCheck();
    void showCheck(const Result<ImportReport> &result);
    void startImport();
    void showImport(const Result<ImportReport> &result);
    ImportOptions options(bool dryRun) const;

    Database &m_db;
    std::unique_ptr<BackgroundTask> m_task;
    std::shared_ptr<const CsvDocument> m_document;
    QString m_readPath; ///< the path m_document (or the message about it) is for
    std::optional<ImportReport> m_check;
    std::optional<ImportReport> m_imported;
    QString m_importError;

    QComboBox *m_kind = nullptr;
    QLineEdit *m_path = nullptr;
    QLabel *m_fileInfo = nullptr;
    QTableWidget *m_mappingTable = nullptr;
    QLabel *m_mappingProblem = nullptr;
    QTableWidget *m_preview = nullptr;
    QLabel *m_checkSummary = nullptr;
    QProgressBar *m_checkProgress = nullptr;
    QListWidget *m_problems = nullptr;
    QLabel *m_duplicatesLabel = nullptr;
    QTableWidget *m_duplicates = nullptr;
    QLabel *m_otherPairsLabel = nullptr;
    QComboBox *m_otherPairs = nullptr; ///< the decision for pairs beyond those listed
    QCheckBox *m_skipInvalid = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_cancelImport = nullptr;
};

} // namespace cd
