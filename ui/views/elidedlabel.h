#pragma once

#include <QFrame>
#include <QString>

namespace cd {

/// A one-line label that elides its text in the middle when it does not fit (a long file
/// path keeps its start and its file name) and shows the full text as a tooltip.
class ElidedLabel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidedLabel)

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setText(const QString &text);
    /// The full text, never elided.
    const QString &text() const { return m_text; }
    /// What is painted at the current width.
    QString displayedText() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_text;
};

} // namespace cd
