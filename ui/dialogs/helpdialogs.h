#pragma once

#include <QDialog>

class QMenuBar;
class QTableWidget;
class QTextBrowser;

namespace cd {

/// Help > User Guide: the short guide in the language ClientDesk speaks (English when there
/// is no translation of it).
class UserGuideDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserGuideDialog)

public:
    explicit UserGuideDialog(QWidget *parent = nullptr);

    /// The guide's resource for the default locale's language.
    static QString guideFor(const QLocale &locale);
    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser = nullptr;
};

/// Help > Keyboard Shortcuts: every menu command with a shortcut, read from the menus
/// themselves so the list cannot fall behind them, and the shortcuts of the pages.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    explicit ShortcutsDialog(const QMenuBar &menus, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table = nullptr;
};

} // namespace cd
