#include "invoice.h"

#include <array>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

constexpr std::array kStateCodes { "draft", "issued", "partly_paid", "paid", "void" };
constexpr std::array kSourceCodes {
    "retainer", "instalment", "hours", "overage", "manual", "credit"
};

template<typename Enum, std::size_t N>
std::optional<Enum> fromCodes(const std::array<const char *, N> &codes, const QString &code)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (code == QLatin1StringView(codes[i]))
            return Enum(i);
    }
    return std::nullopt;
}

} // namespace

QString toCode(InvoiceState state)
{
    return QString::fromLatin1(kStateCodes[std::size_t(state)]);
}

std::optional<InvoiceState> invoiceStateFromCode(const QString &code)
{
    return fromCodes<InvoiceState>(kStateCodes, code);
}

QString toCode(LineSource source)
{
    return QString::fromLatin1(kSourceCodes[std::size_t(source)]);
}

std::optional<LineSource> lineSourceFromCode(const QString &code)
{
    return fromCodes<LineSource>(kSourceCodes, code);
}

QString toCode(InvoiceSeries series)
{
    return series == InvoiceSeries::Invoice ? u"invoice"_s : u"credit_note"_s;
}

} // namespace cd
