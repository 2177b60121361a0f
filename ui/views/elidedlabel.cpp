#include "views/elidedlabel.h"

#include <QPainter>
#include <QStyle>

namespace cd {

ElidedLabel::ElidedLabel(QWidget *parent) : QFrame(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void ElidedLabel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    setToolTip(text);
    updateGeometry();
    update();
}

QString ElidedLabel::displayedText() const
{
    return fontMetrics().elidedText(m_text, Qt::ElideMiddle, contentsRect().width());
}

QSize ElidedLabel::sizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    const QMargins m = contentsMargins();
    return { fm.horizontalAdvance(m_text) + m.left() + m.right(),
             fm.height() + m.top() + m.bottom() };
}

QSize ElidedLabel::minimumSizeHint() const
{
    // Room for the start of a path, the ellipsis and a short file name.
    const QFontMetrics fm = fontMetrics();
    const QMargins m = contentsMargins();
    const int wanted = fm.averageCharWidth() * 24 + m.left() + m.right();
    return { std::min(wanted, sizeHint().width()), fm.height() + m.top() + m.bottom() };
}

void ElidedLabel::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    QPainter painter(this);
    style()->drawItemText(&painter, contentsRect(), Qt::AlignLeft | Qt::AlignVCenter, palette(),
                          isEnabled(), displayedText(), foregroundRole());
}

} // namespace cd
