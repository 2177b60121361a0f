#include "dialogs/exchangeratespage.h"

#include "backgroundtask.h"
#include "dialogs/currencychoice.h"
#include "dialogs/ratedialog.h"
#include "io/csvreader.h"
#include "models/exchangeratemodel.h"
#include "services/importjob.h"
#include "services/settingsservice.h"
#include "services/workerconnection.h"
#include "userprompts.h"

#include <QComboBox>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {

Status
runConverting(Database &database, QWidget *parent, const QString &label,
              std::function<Status(CurrencyService &, const CurrencyService::Progress &)> work)
{
    BackgroundTask task;
    QProgressDialog progress(label, ExchangeRatesPage::tr("Cancel"), 0, 100, parent);
    progress.setWindowTitle(ExchangeRatesPage::tr("Converting Amounts"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setValue(0);
    QObject::connect(&task, &BackgroundTask::progressChanged, &progress,
                     &QProgressDialog::setValue);
    QObject::connect(&progress, &QProgressDialog::canceled, &task, &BackgroundTask::cancel);
    QEventLoop loop;
    QObject::connect(&task, &BackgroundTask::finished, &loop, &QEventLoop::quit);

    auto outcome = std::make_shared<Status>();
    const WorkerConnection connection(database); // the worker opens one of its own
    task.start([connection, outcome, work = std::move(work)](const BackgroundTask::Reporter &r) {
        const Result<bool> opened = connection.run<bool>([&](Database &db) -> Result<bool> {
            CurrencyService service(db);
            *outcome = work(service, [&r](qint64 done, qint64 total) {
                return r.report(int(done * 100 / std::max<qint64>(total, 1)));
            });
            return true;
        });
        if (!opened)
            *outcome = Error { opened.error() };
    });
    if (task.isRunning())
        loop.exec();
    progress.reset();
    return *outcome;
}

ExchangeRatesPage::ExchangeRatesPage(Database &database, QWidget *parent)
    : QWidget(parent), m_db(database), m_model(new ExchangeRateModel(this))
{
    m_canChange = CurrencyService(database).mayChange().ok();

    m_filter = new QComboBox(this);
    m_filter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setCurrencyFilter(m_filter->currentData().toString());
        updateButtons();
    });
    m_count = new QLabel(this);
    m_count->setForegroundRole(QPalette::PlaceholderText);

    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ExchangeRateModel::Date, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(ExchangeRateModel::Date,
                                                      QHeaderView::ResizeToContents);
    // The currency's name takes the room; the rates stay right-aligned beside it.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(ExchangeRateModel::Currency,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ExchangeRateModel::Rate,
                                                      QHeaderView::ResizeToContents);
    m_model->setCurrencyNames(currencychoice::names());
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ExchangeRatesPage::updateButtons);
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (m_canChange)
            editSelected();
    });

    m_empty = new QLabel(this);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMargin(24);
    m_empty->setObjectName(u"emptyHint"_s);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    m_add = new QPushButton(tr("&Add…"), this);
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_delete = new QPushButton(tr("&Delete"), this);
    connect(m_add, &QPushButton::clicked, this, &ExchangeRatesPage::addRate);
    connect(m_edit, &QPushButton::clicked, this, &ExchangeRatesPage::editSelected);
    connect(m_delete, &QPushButton::clicked, this, &ExchangeRatesPage::deleteSelected);
    m_import = new QPushButton(tr("&Import…"), this);
    connect(m_import, &QPushButton::clicked, this, &ExchangeRatesPage::chooseImportFile);

    m_message = new QLabel(this);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Show:"), this));
    top->addWidget(m_filter);
    top->addStretch(1);
    top->addWidget(m_count);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    buttons->addWidget(m_import);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    if (!m_canChange) {
        const QString why = tr("Only a manager changes exchange rates; ask one to add or correct "
                               "a rate.");
        for (QPushButton *button : { m_add, m_edit, m_delete, m_import })
            button->setToolTip(why);
    }
    reload();
}

bool ExchangeRatesPage::reload()
{
    const QString firm = SettingsService(m_db).firmCurrency();
    const Result<QList<RateEntry>> rates = CurrencyService(m_db).rates();
    if (!rates) {
        m_message->setText(rates.error());
        m_model->setRates({}, firm);
    } else {
        m_message->clear();
        m_model->setRates(*rates, firm);
    }
    fillFilter();
    updateButtons();
    return rates.ok();
}

void ExchangeRatesPage::fillFilter()
{
    const QString current = m_filter->currentData().toString();
    const QSignalBlocker blocker(m_filter);
    m_filter->clear();
    m_filter->addItem(tr("All currencies"), QString());
    for (const QString &code : m_model->currencies()) {
        const QString name = currencychoice::name(code);
        m_filter->addItem(name.isEmpty() ? code : u"%1 — %2"_s.arg(code, name), code);
    }
    const int index = m_filter->findData(current);
    m_filter->setCurrentIndex(std::max(0, index));
    m_model->setCurrencyFilter(m_filter->currentData().toString());
}

void ExchangeRatesPage::updateButtons()
{
    const bool selected = m_table->selectionModel()->hasSelection();
    m_add->setEnabled(m_canChange);
    m_import->setEnabled(m_canChange);
    if (m_canChange)
        m_import->setToolTip(tr("Add the rates of a CSV file with the columns date, currency "
                                "and rate (how many %1 one unit of the currency is worth that "
                                "day): all of them, or none when a line is wrong.")
                                 .arg(m_model->firmCurrency()));
    m_edit->setEnabled(m_canChange && selected);
    m_delete->setEnabled(m_canChange && selected);
    const int total = m_model->totalCount();
    m_filter->setEnabled(total > 0);
    const QLocale locale;
    const int shown = m_model->rowCount();
    if (total == 0)
        m_count->clear();
    else if (shown != total)
        m_count->setText(tr("%1 of %2 rates").arg(locale.toString(shown), locale.toString(total)));
    else
        m_count->setText(total == 1 ? tr("1 rate") : tr("%1 rates").arg(locale.toString(total)));
    const QString firm = m_model->firmCurrency();
    m_empty->setText(m_canChange
                         ? tr("No exchange rates yet. Amounts in currencies other than %1 are "
                              "left out of the figures until a rate on or before their date "
                              "exists: add one with Add… (how many %1 one unit of the currency "
                              "is worth on a day).")
                               .arg(firm)
                         : tr("No exchange rates yet. Amounts in currencies other than %1 are "
                              "left out of the figures until a manager adds rates.")
                               .arg(firm));
    m_stack->setCurrentWidget(total == 0 ? static_cast<QWidget *>(m_empty) : m_table);
}

std::optional<RateEntry> ExchangeRatesPage::selectedRate() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->rate(rows.first().row());
}

void ExchangeRatesPage::select(const QString &currency, const QDate &date)
{
    const int row = m_model->rowOf(currency, date);
    if (row < 0)
        return;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
}

QString ExchangeRatesPage::store(
    const std::function<Status(CurrencyService &, const CurrencyService::Progress &)> &work,
    const QString &label)
{
    const Status done = runConverting(m_db, window(), label, work);
    // Even a refusal may follow a change by someone else: the list shows what is stored.
    reload();
    if (!done)
        return done.error();
    emit ratesChanged();
    return {};
}

RateDialog *ExchangeRatesPage::addRate()
{
    if (!m_canChange)
        return nullptr;
    auto saver = [this](const RateEntry &rate) {
        // A day that has a rate already: replacing it is asked, not assumed.
        const Result<QList<RateEntry>> same = CurrencyService(m_db).rates(rate.currency);
        if (same) {
            for (const RateEntry &stored : *same) {
                if (stored.date != rate.date)
                    continue;
                const QLocale locale;
                if (!prompts().ask(
                        tr("Replace Exchange Rate"),
                        tr("%1 already has a rate on %2: %3. Replace it with %4?")
                            .arg(rate.currency, locale.toString(rate.date, QLocale::LongFormat),
                                 ExchangeRateModel::rateLabel(stored.rate, rate.currency,
                                                              m_model->firmCurrency()),
                                 ExchangeRateModel::rateLabel(rate.rate, rate.currency,
                                                              m_model->firmCurrency())))) {
                    return tr("The stored rate is kept; choose another day or edit that rate.");
                }
            }
        }
        const QString problem = store(
            [rate](CurrencyService &service, const CurrencyService::Progress &progress) {
                return service.setRate(rate, progress);
            },
            tr("Converting the amounts the new rate applies to…"));
        if (problem.isEmpty())
            select(rate.currency, rate.date);
        return problem;
    };
    auto *dialog = new RateDialog(m_model->firmCurrency(), saver, this);
    const QString filtered = m_filter->currentData().toString();
    if (!filtered.isEmpty())
        currencychoice::select(dialog->currencyField(), filtered);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

RateDialog *ExchangeRatesPage::editSelected()
{
    const std::optional<RateEntry> old = selectedRate();
    if (!m_canChange || !old)
        return nullptr;
    auto saver = [this, old = *old](const RateEntry &rate) {
        if (rate == old)
            return QString();
        const QString problem = store(
            [old, rate](CurrencyService &service, const CurrencyService::Progress &progress) {
                return service.editRate(old, rate, progress);
            },
            tr("Converting the amounts the changed rate applies to…"));
        if (problem.isEmpty())
            select(rate.currency, rate.date);
        return problem;
    };
    auto *dialog = new RateDialog(m_model->firmCurrency(), saver, this);
    dialog->setRate(*old);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void ExchangeRatesPage::deleteSelected()
{
    const std::optional<RateEntry> rate = selectedRate();
    if (!m_canChange || !rate)
        return;
    const QString question
        = tr("Delete the rate of %1 on %2 (%3)? Amounts from that day on convert at the rate "
             "before it, or are left out of the figures when there is none.")
              .arg(rate->currency, QLocale().toString(rate->date, QLocale::LongFormat),
                   ExchangeRateModel::rateLabel(rate->rate, rate->currency,
                                                m_model->firmCurrency()));
    if (!prompts().ask(tr("Delete Exchange Rate"), question))
        return;
    const QString problem = store(
        [rate](CurrencyService &service, const CurrencyService::Progress &progress) {
            return service.removeRate(rate->currency, rate->date, progress);
        },
        tr("Converting the amounts the rate applied to…"));
    m_message->setText(problem);
}

void ExchangeRatesPage::chooseImportFile()
{
    if (!m_canChange)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Exchange Rates"), QString(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

bool ExchangeRatesPage::importFile(const QString &path)
{
    if (!m_canChange)
        return false;
    const QString file = QFileInfo(path).fileName();
    BackgroundTask task;
    QProgressDialog progress(tr("Importing the exchange rates of %1…").arg(file), tr("Cancel"), 0,
                             100, window());
    progress.setWindowTitle(tr("Import Exchange Rates"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setValue(0);
    connect(&task, &BackgroundTask::progressChanged, &progress, &QProgressDialog::setValue);
    connect(&progress, &QProgressDialog::canceled, &task, &BackgroundTask::cancel);
    QEventLoop loop;
    connect(&task, &BackgroundTask::finished, &loop, &QEventLoop::quit);

    // Read and imported on the worker's own connection, all or nothing (no skipping).
    auto result = std::make_shared<Result<ImportReport>>(Error { QString() });
    const Database &source = m_db;
    task.start([&source, path, result](const BackgroundTask::Reporter &reporter) {
        const Result<CsvDocument> document = CsvReader::readFile(path);
        if (!document) {
            *result = Error { document.error() };
            return;
        }
        *result = ImportJob::run(source, ImportKind::Rates, *document, ImportOptions {},
                                 [&reporter](qint64 done, qint64 total) {
                                     return reporter.report(
                                         int(done * 100 / std::max<qint64>(total, 1)));
                                 });
    });
    if (task.isRunning())
        loop.exec();
    progress.reset();

    const bool cancelled = task.wasCancelled();
    const bool imported = *result && result->value().written && result->value().imported > 0;
    reload(); // what is stored now, whatever happened
    const QLocale locale;
    if (cancelled && !imported) {
        m_message->setText(tr("The import was cancelled; nothing was imported."));
    } else if (!*result) {
        m_message->setText(result->error() + u' ' + tr("Nothing was imported."));
    } else if (imported) {
        const int count = result->value().imported;
        m_message->setText(
            count == 1
                ? tr("1 exchange rate imported from %1.").arg(file)
                : tr("%1 exchange rates imported from %2.").arg(locale.toString(count), file));
        emit ratesChanged();
    } else if (result->value().problems.isEmpty() && result->value().imported == 0) {
        m_message->setText(tr("%1 holds no rates; nothing was imported.").arg(file));
    } else {
        // Every line's problem, as the command line lists them (the first ones on screen).
        const QList<ImportProblem> &problems = result->value().problems;
        constexpr qsizetype kShown = 12;
        QStringList lines { tr("%1: nothing was imported; these lines cannot be (%2):")
                                .arg(file, locale.toString(problems.size())) };
        for (qsizetype i = 0; i < std::min(problems.size(), kShown); ++i) {
            const ImportProblem &p = problems.at(i);
            lines.append(tr("Line %1, %2: %3").arg(locale.toString(p.line), p.column, p.reason));
        }
        if (problems.size() > kShown)
            lines.append(tr("… and %1 more.").arg(locale.toString(problems.size() - kShown)));
        m_message->setText(lines.join(u'\n'));
    }
    return imported;
}

UserPrompts &ExchangeRatesPage::prompts()
{
    if (!m_prompts) {
        m_ownPrompts = std::make_unique<MessageBoxPrompts>(this);
        m_prompts = m_ownPrompts.get();
    }
    return *m_prompts;
}

QString ExchangeRatesPage::message() const
{
    return m_message->text();
}

} // namespace cd
