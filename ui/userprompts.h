#pragma once

#include <QList>
#include <QMessageBox>
#include <QPointer>
#include <QString>

#include <functional>

namespace cd {

/// How the window, the session and their dialogs tell the user something or ask a yes/no
/// question. The window is given one: message boxes in the app, a recording one in tests.
class UserPrompts
{
public:
    virtual ~UserPrompts() = default;

    virtual void message(QMessageBox::Icon icon, const QString &title, const QString &text) = 0;
    /// A yes/no question whose safe answer is yes; true for yes.
    virtual bool ask(const QString &title, const QString &text) = 0;
};

/// The prompts of the app: modal message boxes over `parent`.
class MessageBoxPrompts final : public UserPrompts
{
public:
    explicit MessageBoxPrompts(QWidget *parent = nullptr) : m_parent(parent) { }

    void message(QMessageBox::Icon icon, const QString &title, const QString &text) override;
    bool ask(const QString &title, const QString &text) override;

private:
    QPointer<QWidget> m_parent;
};

/// The prompts of tests: every message and question is kept instead of shown; questions are
/// answered with `answer`. `onMessage` and `onQuestion`, when set, see each one as it comes
/// (to print it, or to fail a test that expects none).
class RecordingPrompts final : public UserPrompts
{
public:
    struct Message
    {
        QMessageBox::Icon icon;
        QString title;
        QString text;
    };
    struct Question
    {
        QString title;
        QString text;
    };

    void message(QMessageBox::Icon icon, const QString &title, const QString &text) override;
    bool ask(const QString &title, const QString &text) override;

    QList<Message> messages;
    QList<Question> questions;
    bool answer = true;
    std::function<void(const Message &)> onMessage;
    std::function<void(const Question &)> onQuestion;
};

} // namespace cd
