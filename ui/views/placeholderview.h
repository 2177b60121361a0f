#pragma once

#include <QWidget>

class QLabel;

namespace cd {

/// The page of an area that is not built yet: its title, what it will hold, and a plain
/// statement that it is not available. No made-up figures.
class PlaceholderView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaceholderView)

public:
    PlaceholderView(const QString &title, const QString &description, QWidget *parent = nullptr);

    QString title() const;

private:
    QLabel *m_title = nullptr;
};

} // namespace cd
