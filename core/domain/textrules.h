#pragma once

#include <QString>
#include <QStringList>

#include <initializer_list>

#include <optional>

namespace cd {

/// Whether \a text may hold the character: C0 controls (U+0000–U+001F), DEL (U+007F) and C1
/// controls (U+0080–U+009F) are refused everywhere, except tab and line feed in multi-line
/// fields (notes, scope, an address), where a carriage return is taken as well when it
/// starts a Windows line break (CR LF). Every other character, right-to-left marks and
/// emoji included, is text as typed.
bool isRefusedControlCharacter(const QString &text, qsizetype index, bool multiline);

/// The index of the first refused control character in \a text, or -1.
qsizetype firstControlCharacter(const QString &text, bool multiline);

/// "U+001B": how a message names a control character.
QString codePointName(QChar c);

/// A sentence saying that \a field (such as "The account's name") holds a control character
/// and where, or nullopt when \a text has none. Never quotes the text itself.
std::optional<QString> controlCharacterProblem(const QString &field, const QString &text,
                                               bool multiline = false);

/// One text field a record holds, for controlCharacterProblems().
struct TextField
{
    QString label; ///< how a sentence names it: "The account's name"
    QString text;
    bool multiline = false;
};

/// controlCharacterProblem() for each field: the sentences, in order (empty when all are fine).
QStringList controlCharacterProblems(std::initializer_list<TextField> fields);

/// \a text with every control character shown visibly, for a terminal: C0 and DEL in caret
/// notation (ESC as "^[", DEL as "^?"), C1 as "M-" and the caret form of the byte less 0x80
/// (as `cat -v` shows them), so no escape sequence reaches the terminal. When \a keepLines,
/// line feeds and tabs stay (messages of several lines). Other text is unchanged.
QString visibleControlCharacters(const QString &text, bool keepLines = false);

} // namespace cd
