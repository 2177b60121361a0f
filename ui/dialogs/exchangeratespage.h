#pragma once

#include "result.h"
#include "services/currencyservice.h"
#include "userprompts.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace cd {

class Database;
class ExchangeRateModel;
class RateDialog;

/// Runs `work` off the UI thread on a connection of its own to `database`, with a progress
/// dialog and Cancel over `parent` (shown when it lasts), and waits for it with the UI alive:
/// for changes that convert revenue entries again (a back-dated rate, a new firm currency).
Status
runConverting(Database &database, QWidget *parent, const QString &label,
              std::function<Status(CurrencyService &, const CurrencyService::Progress &)> work);

/// Settings > Exchange rates: the stored rates (date, currency, "16,245.50 IDR per USD"),
/// filtered by currency, sorted by any column; Add…, Edit… and Delete change them at once
/// (each converts the entries it affects again, off the UI thread), and Import… reads a CSV
/// file of rates as `clientdesk import rates` does. Only managers change rates in team
/// mode; others read them, the buttons saying why they are off.
class ExchangeRatesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExchangeRatesPage)

public:
    explicit ExchangeRatesPage(Database &database, QWidget *parent = nullptr);

    /// Reads the rates and the firm's currency (after a change in Settings) again; false after
    /// saying why in message().
    bool reload();

    /// Add…: opens the rate dialog (window-modal, returned so tests can fill it); its OK
    /// stores the rate.
    RateDialog *addRate();
    /// Edit…: the selected rate in the rate dialog; null without a selection.
    RateDialog *editSelected();
    /// Delete: asks, then removes the selected rate.
    void deleteSelected();
    /// Import…: asks for a CSV file of rates, then importFile().
    void chooseImportFile();
    /// Imports the rates of the CSV file at `path` (columns date,currency,rate: units of the
    /// firm's currency per unit of `currency`) through the Importer, as `clientdesk import
    /// rates` does: every line checked first, then all stored or none, converting the
    /// entries they apply to again; off the UI thread with progress and Cancel. Says in
    /// message() what was imported, or each line's problem, and reads the list again. False
    /// when nothing was imported.
    bool importFile(const QString &path);

    ExchangeRateModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *filterField() const { return m_filter; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *importButton() const { return m_import; }
    QLabel *emptyHint() const { return m_empty; }
    QString message() const;
    /// How Delete and replacing a day's rate ask (message boxes unless set; tests record).
    void setPrompts(UserPrompts *prompts) { m_prompts = prompts; }
    bool canChange() const { return m_canChange; }

signals:
    /// Rates were added, changed or removed: converted figures changed.
    void ratesChanged();

private:
    void fillFilter();
    void updateButtons();
    void select(const QString &currency, const QDate &date);
    QString
    store(const std::function<Status(CurrencyService &, const CurrencyService::Progress &)> &work,
          const QString &label);
    std::optional<RateEntry> selectedRate() const;
    UserPrompts &prompts();

    Database &m_db;
    ExchangeRateModel *m_model = nullptr;
    QComboBox *m_filter = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_import = nullptr;
    UserPrompts *m_prompts = nullptr;
    std::unique_ptr<UserPrompts> m_ownPrompts;
    bool m_canChange = true;
};

} // namespace cd
