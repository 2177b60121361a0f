#include "billingsettings.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

/// The pattern's text for `year`, the number field left out: the year fields filled in.
QString withYear(QString text, int year)
{
    text.replace(u"{yyyy}"_s, QString::number(year).rightJustified(4, u'0'));
    text.replace(u"{yy}"_s, QString::number(year % 100).rightJustified(2, u'0'));
    return text;
}

} // namespace

Result<NumberPattern> NumberPattern::parse(const QString &pattern)
{
    NumberPattern parsed;
    parsed.m_text = pattern.trimmed();
    static const QRegularExpression field(u"\\{([^{}]*)\\}"_s);
    int numberFields = 0;
    auto fields = field.globalMatch(parsed.m_text);
    while (fields.hasNext()) {
        const auto match = fields.next();
        const QString name = match.captured(1);
        if (name == u"yyyy"_s || name == u"yy"_s)
            continue;
        if (name.isEmpty() || name.count(u'0') != name.size())
            return Error { tr("The pattern “%1” has an unknown field {%2}; it knows {yyyy}, "
                              "{yy} and a number such as {00000}.")
                               .arg(parsed.m_text, name) };
        ++numberFields;
        parsed.m_prefix = parsed.m_text.left(match.capturedStart());
        parsed.m_suffix = parsed.m_text.mid(match.capturedEnd());
        parsed.m_width = int(name.size());
    }
    const QString outside = QString(parsed.m_text).remove(field);
    if (outside.contains(u'{') || outside.contains(u'}'))
        return Error { tr("The pattern “%1” has a brace that is not closed.").arg(parsed.m_text) };
    if (numberFields == 0)
        return Error {
            tr("The pattern “%1” has no number field; add one such as {00000}.").arg(parsed.m_text)
        };
    if (numberFields > 1)
        return Error { tr("The pattern “%1” has %2 number fields; it takes one.")
                           .arg(parsed.m_text)
                           .arg(numberFields) };
    return parsed;
}

QString NumberPattern::format(int year, qint64 number) const
{
    return withYear(m_prefix, year) + QString::number(number).rightJustified(m_width, u'0')
        + withYear(m_suffix, year);
}

std::optional<qint64> NumberPattern::numberIn(const QString &text, int year) const
{
    const QString before = prefix(year);
    const QString suffix = withYear(m_suffix, year);
    if (text.size() < before.size() + suffix.size() + m_width || !text.startsWith(before)
        || !text.endsWith(suffix))
        return std::nullopt;
    const QString digits = text.mid(before.size(), text.size() - before.size() - suffix.size());
    for (const QChar c : digits) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    bool ok = false;
    const qint64 number = digits.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return number;
}

QString NumberPattern::placeholder(int year) const
{
    return withYear(m_prefix, year) + QString(m_width, u'0') + withYear(m_suffix, year);
}

QString NumberPattern::prefix(int year) const
{
    return withYear(m_prefix, year);
}

bool BillingSettings::isBillingKey(const QString &key)
{
    for (const char *known :
         { kInvoicePatternKey, kCreditNotePatternKey, kContractPatternKey, kPaymentTermsKey,
           kTaxRateKey, kPricesIncludeTaxKey, kTaxLabelKey }) {
        if (key == QLatin1StringView(known))
            return true;
    }
    return false;
}

QStringList BillingSettings::keys()
{
    QStringList out;
    for (const char *key : { kInvoicePatternKey, kCreditNotePatternKey, kContractPatternKey,
                             kPaymentTermsKey, kTaxRateKey, kTaxLabelKey, kPricesIncludeTaxKey })
        out.append(QString::fromLatin1(key));
    return out;
}

std::optional<int> BillingSettings::parseRate(const QString &text)
{
    static const QRegularExpression shape(u"^\\s*(\\d{1,3})(?:[.,](\\d{1,2}))?\\s*%?\\s*$"_s);
    const auto match = shape.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const int whole = match.captured(1).toInt();
    const int hundredths = match.captured(2).leftJustified(2, u'0').toInt();
    const int bp = whole * 100 + hundredths;
    if (bp > 10000)
        return std::nullopt;
    return bp;
}

QString BillingSettings::rateText(int bp)
{
    QString text = QString::number(bp / 100);
    if (const int rest = bp % 100; rest != 0) {
        text += u'.' + QString::number(rest).rightJustified(2, u'0');
        if (text.endsWith(u'0'))
            text.chop(1);
    }
    return text;
}

QString BillingSettings::problem(const QString &key, const QString &value)
{
    if (key == QLatin1StringView(kInvoicePatternKey)
        || key == QLatin1StringView(kCreditNotePatternKey)
        || key == QLatin1StringView(kContractPatternKey)) {
        const auto pattern = NumberPattern::parse(value);
        return pattern ? QString() : tr("%1: %2").arg(key, pattern.error());
    }
    if (key == QLatin1StringView(kPaymentTermsKey)) {
        bool ok = false;
        const int days = value.trimmed().toInt(&ok);
        if (!ok || days < 0 || days > 365)
            return tr("%1 takes the days from an invoice's date to its due date, 0 to 365, not "
                      "“%2”.")
                .arg(key, value);
        return {};
    }
    if (key == QLatin1StringView(kTaxRateKey)) {
        if (!parseRate(value))
            return tr("%1 takes a percentage from 0 to 100 with at most two decimals, such as "
                      "11, not “%2”.")
                .arg(key, value);
        return {};
    }
    if (key == QLatin1StringView(kPricesIncludeTaxKey)) {
        const QString v = value.trimmed().toLower();
        if (v != u"true"_s && v != u"false"_s)
            return tr("%1 takes true or false, not “%2”.").arg(key, value);
        return {};
    }
    if (key == QLatin1StringView(kTaxLabelKey)) {
        const QString v = value.trimmed();
        if (v.isEmpty() || v.size() > 20)
            return tr("%1 takes the tax's name on invoices, 1 to 20 characters, such as PPN.")
                .arg(key);
        return {};
    }
    return {};
}

QString BillingSettings::valueOf(const QString &key) const
{
    if (key == QLatin1StringView(kInvoicePatternKey))
        return invoicePattern;
    if (key == QLatin1StringView(kCreditNotePatternKey))
        return creditNotePattern;
    if (key == QLatin1StringView(kContractPatternKey))
        return contractPattern;
    if (key == QLatin1StringView(kPaymentTermsKey))
        return QString::number(paymentTermsDays);
    if (key == QLatin1StringView(kTaxRateKey))
        return rateText(taxRateBp);
    if (key == QLatin1StringView(kPricesIncludeTaxKey))
        return pricesIncludeTax ? u"true"_s : u"false"_s;
    if (key == QLatin1StringView(kTaxLabelKey))
        return taxLabel;
    return {};
}

bool BillingSettings::apply(const QString &key, const QString &value)
{
    if (!isBillingKey(key) || !problem(key, value).isEmpty())
        return false;
    if (key == QLatin1StringView(kInvoicePatternKey))
        invoicePattern = value.trimmed();
    else if (key == QLatin1StringView(kCreditNotePatternKey))
        creditNotePattern = value.trimmed();
    else if (key == QLatin1StringView(kContractPatternKey))
        contractPattern = value.trimmed();
    else if (key == QLatin1StringView(kPaymentTermsKey))
        paymentTermsDays = value.trimmed().toInt();
    else if (key == QLatin1StringView(kTaxRateKey))
        taxRateBp = *parseRate(value);
    else if (key == QLatin1StringView(kPricesIncludeTaxKey))
        pricesIncludeTax = value.trimmed().toLower() == u"true"_s;
    else if (key == QLatin1StringView(kTaxLabelKey))
        taxLabel = value.trimmed();
    return true;
}

} // namespace cd
