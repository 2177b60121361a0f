#include "dialogs/helpdialogs.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

QString withoutAccelerator(QString text)
{
    static const QString marker = u"\x01"_s;
    text.replace(u"&&"_s, marker);
    text.remove(u'&');
    text.replace(marker, u"&"_s);
    return text;
}

void collect(const QMenu &menu, const QString &path, QList<std::pair<QString, QString>> &rows)
{
    for (const QAction *action : menu.actions()) {
        if (action->isSeparator())
            continue;
        const QString title = withoutAccelerator(action->text());
        if (const QMenu *sub = action->menu()) {
            collect(*sub, path + u" › "_s + title, rows);
            continue;
        }
        const QList<QKeySequence> keys = action->shortcuts();
        if (keys.isEmpty())
            continue;
        QStringList names;
        for (const QKeySequence &key : keys)
            names.append(key.toString(QKeySequence::NativeText));
        rows.append({ path + u" › "_s + title, names.join(u", "_s) });
    }
}

} // namespace

UserGuideDialog::UserGuideDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("ClientDesk User Guide"));
    m_browser = new QTextBrowser(this);
    m_browser->setOpenLinks(false); // the guide links nowhere; nothing is fetched
    QFile file(guideFor(QLocale()));
    if (file.open(QIODevice::ReadOnly))
        m_browser->setHtml(QString::fromUtf8(file.readAll()));
    else
        m_browser->setPlainText(tr("The user guide is missing from this copy of ClientDesk."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(720, 640);
}

QString UserGuideDialog::guideFor(const QLocale &locale)
{
    const QString translated = u":/help/guide_%1.html"_s.arg(
        QLocale::languageToCode(locale.language(), QLocale::ISO639Part1));
    return QFile::exists(translated) ? translated : u":/help/guide.html"_s;
}

ShortcutsDialog::ShortcutsDialog(const QMenuBar &menus, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    QList<std::pair<QString, QString>> rows;
    for (const QAction *action : menus.actions()) {
        if (const QMenu *menu = action->menu())
            collect(*menu, withoutAccelerator(action->text()), rows);
    }
    const auto key = [](QKeySequence::StandardKey standard) {
        return QKeySequence(standard).toString(QKeySequence::NativeText);
    };
    rows.append({ tr("Lists › Open the selected account"), tr("Enter") });
    rows.append({ tr("Client page › Undo the last change"), key(QKeySequence::Undo) });
    rows.append({ tr("Client page › Redo"), key(QKeySequence::Redo) });
    rows.append({ tr("Dialogs › Next field"), tr("Tab") });
    rows.append({ tr("Dialogs › Close without saving"), tr("Esc") });

    m_table = new QTableWidget(int(rows.size()), 2, this);
    m_table->setHorizontalHeaderLabels({ tr("Command"), tr("Shortcut") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    for (int r = 0; r < rows.size(); ++r) {
        m_table->setItem(r, 0, new QTableWidgetItem(rows.at(r).first));
        m_table->setItem(r, 1, new QTableWidgetItem(rows.at(r).second));
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(560, 560);
}

} // namespace cd
