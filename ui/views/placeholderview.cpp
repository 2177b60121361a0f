#include "views/placeholderview.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {

PlaceholderView::PlaceholderView(const QString &title, const QString &description, QWidget *parent)
    : QWidget(parent)
{
    m_title = new QLabel(title, this);
    m_title->setObjectName(u"pageTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    auto *text = new QLabel(description, this);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *notYet = new QLabel(tr("Not available in this version yet."), this);
    notYet->setObjectName(u"notAvailable"_s);
    notYet->setWordWrap(true);
    notYet->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->setSpacing(12);
    layout->addWidget(m_title);
    layout->addWidget(text);
    layout->addWidget(notYet);
    layout->addStretch(1);
    // Keep lines readable on a wide window.
    for (QLabel *label : { text, notYet })
        label->setMaximumWidth(label->fontMetrics().averageCharWidth() * 90);
}

QString PlaceholderView::title() const
{
    return m_title->text();
}

} // namespace cd
