#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace cd {

/// Shown when no database could be opened: why, and the ways to open or create one.
class NoDatabasePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoDatabasePanel)

public:
    explicit NoDatabasePanel(QWidget *parent = nullptr);

    /// The sentence saying why no database is open; empty for none.
    void setReason(const QString &reason);
    QString reason() const;

signals:
    void openRequested();
    void newRequested();

private:
    QLabel *m_reason = nullptr;
};

} // namespace cd
