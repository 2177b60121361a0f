#include "dialogs/importwizard.h"

#include "backgroundtask.h"
#include "services/importjob.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <functional>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

constexpr int kPreviewRows = 50;
// A file can have a problem on every one of 100,000 rows: the page shows the first ones (the
// rejected file gets them all) and asks per pair for the first likely duplicates only.
constexpr int kShownProblems = 1000;
constexpr int kAskedPairs = 200;

/// A page whose completeness and setup the wizard decides.
class HookedPage final : public QWizardPage
{
public:
    using QWizardPage::QWizardPage;

    std::function<bool()> complete;
    std::function<void()> initialize;

    bool isComplete() const override { return complete ? complete() : true; }
    void initializePage() override
    {
        if (initialize)
            initialize();
    }
    void refresh() { emit completeChanged(); }
};

HookedPage *hooked(QWizard *wizard, int id)
{
    return static_cast<HookedPage *>(wizard->page(id));
}

QString kindLabel(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Accounts:
        return ImportWizard::tr("Accounts (clients and customers)");
    case ImportKind::Contacts:
        return ImportWizard::tr("Contacts of accounts");
    case ImportKind::Contracts:
        return ImportWizard::tr("Contracts of clients");
    case ImportKind::Revenue:
        return ImportWizard::tr("Revenue entries");
    case ImportKind::Rates:
        return ImportWizard::tr("Exchange rates (date, currency, rate)");
    case ImportKind::Time:
        return ImportWizard::tr("Time entries (date, person, account, minutes)");
    }
    return {};
}

QString encodingLabel(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return ImportWizard::tr("UTF-8");
    case TextEncoding::Utf8Bom:
        return ImportWizard::tr("UTF-8 with byte order mark");
    case TextEncoding::Windows1252:
        return ImportWizard::tr("Windows-1252");
    }
    return {};
}

QString decisionLabel(DuplicatePolicy policy)
{
    switch (policy) {
    case DuplicatePolicy::Skip:
        return ImportWizard::tr("Skip this row");
    case DuplicatePolicy::Merge:
        return ImportWizard::tr("Merge into the existing account");
    case DuplicatePolicy::Create:
        return ImportWizard::tr("Create a new account anyway");
    case DuplicatePolicy::Fail:
        break;
    }
    return {};
}

void addDecisions(QComboBox *combo)
{
    for (DuplicatePolicy policy :
         { DuplicatePolicy::Skip, DuplicatePolicy::Merge, DuplicatePolicy::Create })
        combo->addItem(decisionLabel(policy), QVariant::fromValue(policy));
}

QLabel *wrappedLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

ImportWizard::ImportWizard(Database &database, QWidget *parent)
    : QWizard(parent), m_db(database), m_task(std::make_unique<BackgroundTask>())
{
    setWindowTitle(tr("Import"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(FilePage, createFilePage());
    setPage(ColumnsPage, createColumnsPage());
    setPage(CheckPage, createCheckPage());
    setPage(ImportPage, createImportPage());
    setStartId(FilePage);
    resize(860, 620);
}

ImportWizard::~ImportWizard() = default;

bool ImportWizard::isBusy() const
{
    return m_task->isRunning();
}

ImportKind ImportWizard::kind() const
{
    return m_kind->currentData().value<ImportKind>();
}

QString ImportWizard::path() const
{
    return m_path->text().trimmed();
}

void ImportWizard::setSource(ImportKind kind, const QString &path)
{
    m_kind->setCurrentIndex(m_kind->findData(QVariant::fromValue(kind)));
    m_path->setText(path);
    readFile();
}

// --- page 1: the file ---------------------------------------------------------------------

QWizardPage *ImportWizard::createFilePage()
{
    auto *page = new HookedPage(this);
    page->setTitle(tr("Choose a File"));
    page->setSubTitle(tr("A CSV file with a header line naming the columns, separated by commas "
                         "or semicolons."));
    m_kind = new QComboBox(page);
    m_kind->setObjectName(u"importKind"_s);
    for (ImportKind kind : { ImportKind::Accounts, ImportKind::Contacts, ImportKind::Contracts,
                             ImportKind::Revenue, ImportKind::Rates, ImportKind::Time })
        m_kind->addItem(kindLabel(kind), QVariant::fromValue(kind));
    m_path = new QLineEdit(page);
    m_path->setObjectName(u"importPath"_s);
    m_path->setPlaceholderText(tr("Path of a .csv file"));
    auto *browseButton = new QPushButton(tr("&Browse…"), page);
    connect(browseButton, &QPushButton::clicked, this, &ImportWizard::browse);
    connect(m_path, &QLineEdit::editingFinished, this, &ImportWizard::readFile);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);
    m_fileInfo = wrappedLabel(page);
    m_fileInfo->setObjectName(u"importFileInfo"_s);

    auto *hint = wrappedLabel(page);
    hint->setText(tr("Import accounts first, then their contacts and contracts, then revenue: "
                     "rows name their account, and the account must exist."));
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->addRow(tr("&What the file holds:"), m_kind);
    auto *pathLabel = new QLabel(tr("&File:"), page);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_fileInfo);
    layout->addStretch(1);
    layout->addWidget(hint);

    page->complete = [this] {
        return m_document && !isBusy() && m_readPath == path();
    };
    connect(m_kind, &QComboBox::currentIndexChanged, page, [page] { page->refresh(); });
    return page;
}

void ImportWizard::browse()
{
    const QString start = path().isEmpty() ? QDir::homePath() : QFileInfo(path()).absolutePath();
    const QString chosen = QFileDialog::getOpenFileName(
        this, tr("Import File"), start, tr("CSV files (*.csv *.txt);;All files (*)"));
    if (chosen.isEmpty())
        return;
    m_path->setText(QDir::toNativeSeparators(chosen));
    readFile();
}

void ImportWizard::readFile()
{
    const QString file = path();
    if (file == m_readPath || isBusy())
        return;
    m_document.reset();
    m_readPath = file;
    if (file.isEmpty()) {
        m_fileInfo->clear();
        hooked(this, FilePage)->refresh();
        return;
    }
    m_fileInfo->setText(tr("Reading %1…").arg(QFileInfo(file).fileName()));
    auto result = std::make_shared<std::optional<Result<CsvDocument>>>();
    m_task->start(
        [file, result](const BackgroundTask::Reporter &) { *result = CsvReader::readFile(file); });
    connect(
        m_task.get(), &BackgroundTask::finished, this,
        [this, result, file] {
            if (file != m_readPath)
                return;
            const Result<CsvDocument> &read = **result;
            if (!read) {
                m_fileInfo->setText(read.error());
                m_fileInfo->setStyleSheet(u"color: #b3261e;"_s);
            } else {
                m_document = std::make_shared<const CsvDocument>(*read);
                const QLocale locale;
                QString info = tr("%1: %2 rows and %3 columns, separated by %4, in %5.")
                                   .arg(read->source, locale.toString(read->records.size()),
                                        locale.toString(read->header.size()),
                                        read->delimiter == ';' ? tr("semicolons") : tr("commas"),
                                        encodingLabel(read->encoding));
                for (const QString &notice : read->notices)
                    info += u"\n"_s + notice;
                m_fileInfo->setText(info);
                m_fileInfo->setStyleSheet({});
            }
            hooked(this, FilePage)->refresh();
            emit fileRead(m_document != nullptr);
        },
        Qt::SingleShotConnection);
    hooked(this, FilePage)->refresh();
}

// --- page 2: the columns ------------------------------------------------------------------

QWizardPage *ImportWizard::createColumnsPage()
{
    auto *page = new HookedPage(this);
    page->setTitle(tr("Match the Columns"));
    page->setSubTitle(tr("Each field takes the file's column of the same name. Change the "
                         "choice where the file names a column differently."));
    m_mappingTable = new QTableWidget(0, 2, page);
    m_mappingTable->setObjectName(u"importMapping"_s);
    m_mappingTable->setHorizontalHeaderLabels({ tr("Field"), tr("Column of the file") });
    m_mappingTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_mappingTable->horizontalHeader()->setStretchLastSection(true);
    m_mappingTable->verticalHeader()->hide();
    m_mappingTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_mappingProblem = wrappedLabel(page);
    m_mappingProblem->setObjectName(u"importMappingProblem"_s);
    m_preview = new QTableWidget(page);
    m_preview->setObjectName(u"importPreview"_s);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setWordWrap(false);

    auto *layout = new QHBoxLayout(page);
    auto *left = new QVBoxLayout;
    left->addWidget(m_mappingTable, 1);
    left->addWidget(m_mappingProblem);
    auto *right = new QVBoxLayout;
    auto *previewLabel = new QLabel(tr("First rows of the file:"), page);
    right->addWidget(previewLabel);
    right->addWidget(m_preview, 1);
    layout->addLayout(left, 2);
    layout->addLayout(right, 3);

    page->initialize = [this] {
        fillColumns();
    };
    page->complete = [this] {
        if (!m_document)
            return false;
        const Status ok = Importer::checkMapping(kind(), *m_document, mapping());
        m_mappingProblem->setText(ok ? QString() : ok.error());
        return ok.ok();
    };
    return page;
}

void ImportWizard::fillColumns()
{
    const CsvDocument &doc = *m_document;
    const QList<ImportField> fields = Importer::fields(kind());
    m_mappingTable->setRowCount(int(fields.size()));
    for (int row = 0; row < fields.size(); ++row) {
        const ImportField &field = fields.at(row);
        auto *name = new QTableWidgetItem(field.required ? tr("%1 (required)").arg(field.name)
                                                         : field.name);
        name->setFlags(Qt::ItemIsEnabled);
        name->setData(Qt::UserRole, field.name);
        if (field.required) {
            QFont bold = name->font();
            bold.setBold(true);
            name->setFont(bold);
        }
        m_mappingTable->setItem(row, 0, name);
        auto *combo = new QComboBox(m_mappingTable);
        combo->addItem(tr("(not imported)"), -1);
        int chosen = 0;
        for (int column = 0; column < doc.header.size(); ++column) {
            combo->addItem(doc.header.at(column), column);
            if (Importer::normalisedHeader(doc.header.at(column)) == field.name)
                chosen = column + 1;
        }
        combo->setCurrentIndex(chosen);
        connect(combo, &QComboBox::currentIndexChanged, this,
                [this] { hooked(this, ColumnsPage)->refresh(); });
        m_mappingTable->setCellWidget(row, 1, combo);
    }
    m_mappingTable->resizeRowsToContents();

    const int rows = int(std::min<qsizetype>(doc.records.size(), kPreviewRows));
    m_preview->clear();
    m_preview->setColumnCount(int(doc.header.size()));
    m_preview->setRowCount(rows);
    m_preview->setHorizontalHeaderLabels(doc.header);
    QStringList lines;
    for (int r = 0; r < rows; ++r) {
        const CsvRecord &record = doc.records.at(r);
        lines.append(QString::number(record.line));
        for (int c = 0; c < record.fields.size() && c < doc.header.size(); ++c) {
            QString text = record.fields.at(c);
            text.replace(u'\n', u' ');
            m_preview->setItem(r, c, new QTableWidgetItem(text.left(200)));
        }
    }
    m_preview->setVerticalHeaderLabels(lines); // the file's line numbers
    m_preview->resizeColumnsToContents();
    for (int c = 0; c < m_preview->columnCount(); ++c)
        m_preview->setColumnWidth(c, std::min(m_preview->columnWidth(c), 260));
    hooked(this, ColumnsPage)->refresh();
}

QHash<QString, int> ImportWizard::mapping() const
{
    QHash<QString, int> result;
    for (int row = 0; row < m_mappingTable->rowCount(); ++row) {
        const auto *combo = qobject_cast<QComboBox *>(m_mappingTable->cellWidget(row, 1));
        const int column = combo ? combo->currentData().toInt() : -1;
        if (column >= 0)
            result.insert(m_mappingTable->item(row, 0)->data(Qt::UserRole).toString(), column);
    }
    return result;
}

// --- page 3: the check --------------------------------------------------------------------

QWizardPage *ImportWizard::createCheckPage()
{
    auto *page = new HookedPage(this);
    page->setTitle(tr("Check the Rows"));
    page->setSubTitle(tr("Every row is checked before anything is written."));
    m_checkSummary = wrappedLabel(page);
    m_checkSummary->setObjectName(u"importCheckSummary"_s);
    m_checkProgress = new QProgressBar(page);
    m_problems = new QListWidget(page);
    m_problems->setObjectName(u"importProblems"_s);
    m_problems->setUniformItemSizes(true);
    m_skipInvalid = new QCheckBox(page);
    m_skipInvalid->setObjectName(u"importSkipInvalid"_s);
    m_duplicatesLabel = wrappedLabel(page);
    m_duplicates = new QTableWidget(0, 4, page);
    m_duplicates->setObjectName(u"importDuplicates"_s);
    m_duplicates->setHorizontalHeaderLabels(
        { tr("Line"), tr("Row of the file"), tr("Looks like"), tr("What to do") });
    m_duplicates->verticalHeader()->hide();
    m_duplicates->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_duplicates->horizontalHeader()->setStretchLastSection(true);
    m_otherPairsLabel = new QLabel(page);
    m_otherPairs = new QComboBox(page);
    m_otherPairs->setObjectName(u"importOtherPairs"_s);
    addDecisions(m_otherPairs);
    m_otherPairsLabel->setBuddy(m_otherPairs);
    auto *otherRow = new QHBoxLayout;
    otherRow->addWidget(m_otherPairsLabel);
    otherRow->addWidget(m_otherPairs);
    otherRow->addStretch(1);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_checkSummary);
    layout->addWidget(m_checkProgress);
    layout->addWidget(m_problems, 2);
    layout->addWidget(m_skipInvalid);
    layout->addWidget(m_duplicatesLabel);
    layout->addWidget(m_duplicates, 2);
    layout->addLayout(otherRow);

    page->initialize = [this] {
        startCheck();
    };
    page->complete = [this] {
        if (!m_check || isBusy())
            return false;
        return m_check->problems.isEmpty() || m_skipInvalid->isChecked();
    };
    connect(m_skipInvalid, &QCheckBox::toggled, this,
            [this] { hooked(this, CheckPage)->refresh(); });
    page->setCommitPage(true);
    page->setButtonText(QWizard::CommitButton, tr("&Import"));
    return page;
}

ImportOptions ImportWizard::options(bool dryRun) const
{
    ImportOptions options;
    options.dryRun = dryRun;
    options.mapping = mapping();
    options.skipInvalid = dryRun || m_skipInvalid->isChecked();
    if (!dryRun && options.skipInvalid) {
        // Written before the import commits: a file that cannot be written imports nothing.
        const QFileInfo input(path());
        options.rejectedPath = input.dir().filePath(input.completeBaseName() + u".rejected.csv"_s);
    }
    // Pairs not listed one by one follow the choice for "the other likely duplicates".
    options.onDuplicate
        = dryRun ? DuplicatePolicy::Fail : m_otherPairs->currentData().value<DuplicatePolicy>();
    for (int row = 0; row < m_duplicates->rowCount(); ++row) {
        const auto *combo = qobject_cast<QComboBox *>(m_duplicates->cellWidget(row, 3));
        const int line = m_duplicates->item(row, 0)->data(Qt::UserRole).toInt();
        if (combo)
            options.duplicateDecisions.insert(line, combo->currentData().value<DuplicatePolicy>());
    }
    return options;
}

void ImportWizard::startCheck()
{
    m_check.reset();
    m_problems->clear();
    m_duplicates->setRowCount(0);
    m_duplicates->hide();
    m_duplicatesLabel->hide();
    m_otherPairsLabel->hide();
    m_otherPairs->hide();
    m_skipInvalid->hide();
    m_skipInvalid->setChecked(false);
    m_checkSummary->setText(
        tr("Checking %1 rows…").arg(QLocale().toString(m_document->records.size())));
    m_checkProgress->setValue(0);
    m_checkProgress->show();

    runImporter(options(true), m_checkProgress,
                [this](const Result<ImportReport> &result) { showCheck(result); });
    hooked(this, CheckPage)->refresh();
}

void ImportWizard::runImporter(const ImportOptions &runOptions, QProgressBar *bar,
                               const std::function<void(const Result<ImportReport> &)> &done)
{
    auto result = std::make_shared<std::optional<Result<ImportReport>>>();
    const std::shared_ptr<const CsvDocument> document = m_document;
    const ImportKind importKind = kind();
    Database &source = m_db;
    connect(m_task.get(), &BackgroundTask::progressChanged, bar, &QProgressBar::setValue);
    m_task->start([&source, document, importKind, runOptions,
                   result](const BackgroundTask::Reporter &reporter) {
        *result = ImportJob::run(source, importKind, *document, runOptions,
                                 [&reporter](qint64 doneRows, qint64 total) {
                                     return reporter.report(int(doneRows * 100 / total));
                                 });
    });
    connect(
        m_task.get(), &BackgroundTask::finished, this,
        [this, result, bar, done] {
            disconnect(m_task.get(), &BackgroundTask::progressChanged, bar, nullptr);
            done(**result);
        },
        Qt::SingleShotConnection);
}

void ImportWizard::showCheck(const Result<ImportReport> &result)
{
    m_checkProgress->hide();
    if (!result) {
        m_checkSummary->setText(result.error());
        hooked(this, CheckPage)->refresh();
        emit checkFinished();
        return;
    }
    m_check = *result;
    const QLocale locale;
    const ImportReport &report = *m_check;
    const int ready = report.imported;
    if (report.problems.isEmpty()) {
        m_checkSummary->setText(tr("All %1 rows are fine: %2 will be imported.")
                                    .arg(locale.toString(report.rows), locale.toString(ready)));
    } else {
        m_checkSummary->setText(
            tr("%1 of %2 rows have problems; as long as they do, nothing is imported. Fix them "
               "in the file and import it again, or import the other rows.")
                .arg(locale.toString(report.rejectedRows()), locale.toString(report.rows)));
        m_skipInvalid->setText(tr("Import the %1 valid rows and save the rows with problems to "
                                  "%2")
                                   .arg(locale.toString(ready),
                                        QFileInfo(path()).completeBaseName() + u".rejected.csv"_s));
        m_skipInvalid->show();
    }
    for (const ImportProblem &problem : report.problems.mid(0, kShownProblems)) {
        auto *item = new QListWidgetItem(
            tr("Line %1 · %2: %3").arg(problem.line).arg(problem.column, problem.reason),
            m_problems);
        item->setData(Qt::UserRole, problem.line);
    }
    if (report.problems.size() > kShownProblems) {
        auto *more = new QListWidgetItem(
            tr("… and %1 more. Every row with a problem is saved with its reasons when you "
               "import the valid rows.")
                .arg(locale.toString(report.problems.size() - kShownProblems)),
            m_problems);
        more->setFlags(Qt::NoItemFlags);
    }
    m_problems->setVisible(!report.problems.isEmpty());

    const int asked = int(std::min<qsizetype>(report.duplicates.size(), kAskedPairs));
    m_duplicates->setRowCount(asked);
    for (int row = 0; row < asked; ++row) {
        const LikelyDuplicate &pair = report.duplicates.at(row);
        auto *line = new QTableWidgetItem(QString::number(pair.line));
        line->setData(Qt::UserRole, pair.line);
        m_duplicates->setItem(row, 0, line);
        m_duplicates->setItem(row, 1, new QTableWidgetItem(pair.name));
        m_duplicates->setItem(
            row, 2,
            new QTableWidgetItem(pair.existingId > 0
                                     ? tr("%1 (%2)").arg(pair.existingName, pair.reasons)
                                     : tr("%1, line %2 of the file (%3)")
                                           .arg(pair.existingName)
                                           .arg(pair.existingLine)
                                           .arg(pair.reasons)));
        auto *combo = new QComboBox(m_duplicates);
        addDecisions(combo);
        m_duplicates->setCellWidget(row, 3, combo);
    }
    m_duplicates->resizeColumnsToContents();
    const bool anyDuplicates = !report.duplicates.isEmpty();
    m_duplicates->setVisible(anyDuplicates);
    m_duplicatesLabel->setVisible(anyDuplicates);
    m_duplicatesLabel->setText(
        tr("%1 rows look like accounts already there. Choose for each what to do:")
            .arg(locale.toString(report.duplicates.size())));
    const int unasked = int(report.duplicates.size()) - asked;
    m_otherPairsLabel->setText(
        tr("For the other %1 likely duplicates:").arg(locale.toString(unasked)));
    m_otherPairsLabel->setVisible(unasked > 0);
    m_otherPairs->setVisible(unasked > 0);
    hooked(this, CheckPage)->refresh();
    emit checkFinished();
}

// --- page 4: the import -------------------------------------------------------------------

QWizardPage *ImportWizard::createImportPage()
{
    auto *page = new HookedPage(this);
    page->setTitle(tr("Import"));
    page->setSubTitle(tr("All rows are written in one transaction: Cancel or a failure leaves the "
                         "database as it was."));
    m_progress = new QProgressBar(page);
    m_progress->setObjectName(u"importProgress"_s);
    m_cancelImport = new QPushButton(tr("Cancel Import"), page);
    m_cancelImport->setObjectName(u"cancelImportButton"_s);
    connect(m_cancelImport, &QPushButton::clicked, this, [this] {
        m_task->cancel();
        m_cancelImport->setEnabled(false);
        m_result->setText(tr("Cancelling…"));
    });
    m_result = wrappedLabel(page);
    m_result->setObjectName(u"importResult"_s);
    auto *row = new QHBoxLayout;
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancelImport);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(row);
    layout->addWidget(m_result);
    layout->addStretch(1);
    page->setFinalPage(true);
    page->initialize = [this] {
        startImport();
    };
    page->complete = [this] {
        return !isBusy() && (m_imported || !m_importError.isEmpty());
    };
    return page;
}

void ImportWizard::startImport()
{
    m_imported.reset();
    m_importError.clear();
    m_progress->setValue(0);
    m_cancelImport->setEnabled(true);
    m_cancelImport->show();
    m_result->setText(tr("Importing %1…").arg(QFileInfo(path()).fileName()));

    runImporter(options(false), m_progress,
                [this](const Result<ImportReport> &result) { showImport(result); });
    hooked(this, ImportPage)->refresh();
}

void ImportWizard::showImport(const Result<ImportReport> &result)
{
    m_cancelImport->hide();
    const QLocale locale;
    if (!result || !result->written) {
        m_importError = result
            ? tr("Nothing was imported: the database changed after the check, and %1 rows no "
                 "longer pass it (the first: %2).")
                  .arg(locale.toString(result->rejectedRows()),
                       result->problems.value(0).toString())
            : result.error();
        m_progress->setValue(0);
        m_result->setText(m_importError + u"\n"_s
                          + tr("The database is as it was before the import."));
        hooked(this, ImportPage)->refresh();
        emit importFinished(false);
        return;
    }
    m_imported = *result;
    m_progress->setValue(100);
    QStringList lines;
    lines.append(tr("Imported %1 new records from %2.")
                     .arg(locale.toString(m_imported->imported), QFileInfo(path()).fileName()));
    if (m_imported->merged > 0)
        lines.append(
            tr("Merged into existing accounts: %1.").arg(locale.toString(m_imported->merged)));
    if (m_imported->skipped > 0)
        lines.append(
            tr("Skipped as likely duplicates: %1.").arg(locale.toString(m_imported->skipped)));
    lines += m_imported->created;
    if (!m_imported->rejectedFile.isEmpty()) {
        lines.append(tr("The %1 rows with problems are in %2, with the reasons.")
                         .arg(locale.toString(m_imported->rejectedRows()),
                              QDir::toNativeSeparators(m_imported->rejectedFile)));
    } else if (!m_imported->rejectedError.isEmpty()) {
        lines.append(m_imported->rejectedError);
    }
    m_result->setText(lines.join(u'\n'));
    hooked(this, ImportPage)->refresh();
    emit importFinished(true);
}

void ImportWizard::reject()
{
    // The window's Cancel while importing cancels the import, then the user closes.
    if (isBusy()) {
        m_task->cancel();
        return;
    }
    QWizard::reject();
}

} // namespace cd
