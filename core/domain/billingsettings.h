#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace cd {

/// A numbering pattern (docs/design.md, "Billing"): text with the year as {yyyy} or {yy} and
/// exactly one number field, a run of zeros in braces ({00000}: at least five digits, more
/// when the number needs them). "INV/{yyyy}/{00000}" numbers INV/2026/00042.
class NumberPattern
{
    Q_DECLARE_TR_FUNCTIONS(cd::NumberPattern)

public:
    /// Refused with one sentence when the pattern has no number field, more than one, an
    /// unknown field in braces, or an unclosed brace.
    static Result<NumberPattern> parse(const QString &pattern);

    const QString &text() const { return m_text; }
    /// The pattern with `year` and `number` filled in.
    QString format(int year, qint64 number) const;
    /// The number `text` carries when it is this pattern's text for `year` (a longer number
    /// than the field's width matches too); empty otherwise.
    std::optional<qint64> numberIn(const QString &text, int year) const;
    /// "INV/2026/…": the pattern for `year` with the number field shown as its zeros, for
    /// placeholders.
    QString placeholder(int year) const;
    /// The text before the number field for `year` ("C-2026-"): every number of that year
    /// begins with it.
    QString prefix(int year) const;

private:
    QString m_text;
    QString m_prefix; ///< the text before the number field, the year fields still in it
    QString m_suffix;
    int m_width = 1;
};

/// The firm's billing settings (keys 'billing.*'; SettingsService reads and checks them).
struct BillingSettings
{
    Q_DECLARE_TR_FUNCTIONS(cd::BillingSettings)

public:
    static constexpr const char *kInvoicePatternKey = "billing.invoice_pattern";
    static constexpr const char *kCreditNotePatternKey = "billing.credit_note_pattern";
    static constexpr const char *kContractPatternKey = "billing.contract_pattern";
    static constexpr const char *kPaymentTermsKey = "billing.payment_terms_days";
    static constexpr const char *kTaxRateKey = "billing.tax_rate"; ///< percent, "11" or "11.5"
    static constexpr const char *kPricesIncludeTaxKey = "billing.prices_include_tax";
    static constexpr const char *kTaxLabelKey = "billing.tax_label"; ///< "PPN"

    QString invoicePattern = QStringLiteral("INV/{yyyy}/{00000}");
    QString creditNotePattern = QStringLiteral("CN/{yyyy}/{00000}");
    QString contractPattern = QStringLiteral("C-{yyyy}-{00000}");
    int paymentTermsDays = 30; ///< 0 to 365
    int taxRateBp = 1100; ///< hundredths of a percent: 1100 = 11 % (PPN); 0 to 10000
    bool pricesIncludeTax = false;
    QString taxLabel = QStringLiteral("PPN");

    /// Why `value` cannot be the setting `key`, one sentence naming both; empty when it can
    /// (or when `key` is not a billing key).
    static QString problem(const QString &key, const QString &value);
    /// True for the keys above.
    static bool isBillingKey(const QString &key);
    /// The keys above, in the order `clientdesk settings` lists them.
    static QStringList keys();
    /// The value of `key` in these settings, as stored ("11" for 1100 bp, "true"/"false").
    QString valueOf(const QString &key) const;
    /// Applies `value` to `key`; false when problem() says it cannot.
    bool apply(const QString &key, const QString &value);

    /// "11" → 1100, "11.5" → 1150, "12.25%" → 1225; empty for anything else or over 100.
    static std::optional<int> parseRate(const QString &text);
    /// 1100 → "11", 1150 → "11.5": the percent as the settings store it.
    static QString rateText(int bp);

    friend bool operator==(const BillingSettings &, const BillingSettings &) = default;
};

} // namespace cd
