#pragma once

#include <QWidget>

class QPushButton;

namespace cd {

/// Shown instead of the dashboard while the open database holds no accounts: what
/// ClientDesk is, and the ways to fill it.
class WelcomePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePanel)

public:
    explicit WelcomePanel(QWidget *parent = nullptr);

    QPushButton *sampleButton() const { return m_sample; }
    QPushButton *importButton() const { return m_import; }

    /// Disables the buttons while a sample portfolio is being created.
    void setBusy(bool busy);

signals:
    void createSampleRequested();

private:
    QPushButton *m_sample = nullptr;
    QPushButton *m_import = nullptr;
};

} // namespace cd
