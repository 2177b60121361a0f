#include "domain/textrules.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

bool isControl(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
}

QString caret(char16_t c)
{
    return u'^' + QChar(c == 0x7f ? u'?' : char16_t(c + 0x40));
}

} // namespace

bool isRefusedControlCharacter(const QString &text, qsizetype index, bool multiline)
{
    const char16_t c = text.at(index).unicode();
    if (!isControl(c))
        return false;
    if (!multiline)
        return true;
    if (c == u'\t' || c == u'\n')
        return false;
    return !(c == u'\r' && index + 1 < text.size() && text.at(index + 1) == u'\n');
}

qsizetype firstControlCharacter(const QString &text, bool multiline)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (isRefusedControlCharacter(text, i, multiline))
            return i;
    }
    return -1;
}

QString codePointName(QChar c)
{
    return u"U+"_s + QString::number(c.unicode(), 16).rightJustified(4, u'0').toUpper();
}

std::optional<QString> controlCharacterProblem(const QString &field, const QString &text,
                                               bool multiline)
{
    const qsizetype at = firstControlCharacter(text, multiline);
    if (at < 0)
        return std::nullopt;
    const QString sentence = multiline
        ? QCoreApplication::translate(
            "cd::TextRules",
            "%1 contains the control character %2 (character %3), which cannot be stored; "
            "only tabs and line breaks may be, so remove it.")
        : QCoreApplication::translate(
            "cd::TextRules",
            "%1 contains the control character %2 (character %3), which cannot be stored "
            "in a one-line field; remove it.");
    return sentence.arg(field, codePointName(text.at(at))).arg(at + 1);
}

QStringList controlCharacterProblems(std::initializer_list<TextField> fields)
{
    QStringList problems;
    for (const TextField &field : fields) {
        if (auto problem = controlCharacterProblem(field.label, field.text, field.multiline))
            problems.append(*problem);
    }
    return problems;
}

QString visibleControlCharacters(const QString &text, bool keepLines)
{
    const auto needsShowing = [keepLines](QChar ch) {
        const char16_t c = ch.unicode();
        return isControl(c) && !(keepLines && (c == u'\n' || c == u'\t'));
    };
    if (std::none_of(text.cbegin(), text.cend(), needsShowing))
        return text;
    QString shown;
    shown.reserve(text.size() + 8);
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (!needsShowing(ch))
            shown += ch;
        else if (c >= 0x80)
            shown += u"M-"_s + caret(char16_t(c - 0x80));
        else
            shown += caret(c);
    }
    return shown;
}

} // namespace cd
