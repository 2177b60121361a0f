#include "userprompts.h"

namespace cd {

void MessageBoxPrompts::message(QMessageBox::Icon icon, const QString &title, const QString &text)
{
    QMessageBox box(icon, title, text, QMessageBox::Ok, m_parent);
    box.exec();
}

bool MessageBoxPrompts::ask(const QString &title, const QString &text)
{
    return QMessageBox::question(m_parent, title, text, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::Yes)
        == QMessageBox::Yes;
}

void RecordingPrompts::message(QMessageBox::Icon icon, const QString &title, const QString &text)
{
    messages.append({ icon, title, text });
    if (onMessage)
        onMessage(messages.constLast());
}

bool RecordingPrompts::ask(const QString &title, const QString &text)
{
    questions.append({ title, text });
    if (onQuestion)
        onQuestion(questions.constLast());
    return answer;
}

} // namespace cd
