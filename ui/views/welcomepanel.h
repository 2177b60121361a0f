#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace cd {

class Database;

/// Shown instead of the dashboard while the open database holds no accounts: what
/// ClientDesk is, the firm's currency, and the ways to fill it.
///
/// The firm's currency is chosen here when a database starts: a database that holds no
/// amounts and has none set gets the system locale's (IDR when it has none) as soon as it is
/// shown here, and each choice is stored at once (the sample portfolio is then in it).
class WelcomePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePanel)

public:
    explicit WelcomePanel(QWidget *parent = nullptr);

    QPushButton *sampleButton() const { return m_sample; }
    QPushButton *importButton() const { return m_import; }
    QComboBox *currencyField() const { return m_currency; }
    /// The ISO code chosen for the firm.
    QString currency() const;
    /// The sentence under the currency field (why a choice was not stored), or empty.
    QString currencyProblem() const;

    /// The database whose currency the panel shows and sets; null for none.
    void setDatabase(Database *database);
    /// Stores the currency field's choice as the firm's currency; false after saying why.
    bool storeCurrency();

    /// Disables the buttons while a sample portfolio is being created.
    void setBusy(bool busy);

signals:
    void createSampleRequested();
    /// Import CSV…: the import wizard on this database (in the firm's currency chosen here).
    void importRequested();

private:
    Database *m_database = nullptr;
    QComboBox *m_currency = nullptr;
    QLabel *m_currencyProblem = nullptr;
    QPushButton *m_sample = nullptr;
    QPushButton *m_import = nullptr;
};

} // namespace cd
