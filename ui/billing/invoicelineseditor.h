#pragma once

#include "domain/invoice.h"
#include "result.h"

#include <QLocale>
#include <QTableWidget>

namespace cd {

/// An invoice's lines as a table to type into: description, quantity ("1.5"), unit price,
/// tax (the firm's rate or "No tax", per line), category, and the amount it makes (quantity ×
/// unit price, rounded as InvoiceRules does; a billed line's own amount — the sum of its
/// hours' values — while its quantity and price stay as billed). changed() after every edit,
/// so the totals follow as the user types.
class InvoiceLinesEditor final : public QTableWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InvoiceLinesEditor)

public:
    enum Column { Description, Quantity, UnitPrice, Tax, Category, Amount, ColumnCount };

    explicit InvoiceLinesEditor(QWidget *parent = nullptr);

    /// The rate a new line gets and the first choice of the tax column (hundredths of a
    /// percent), and its label ("PPN").
    void setTax(int rateBp, const QString &label);
    void setCurrency(const QString &currency);
    const QString &currency() const { return m_currency; }
    void setLines(const QList<InvoiceLine> &lines);
    /// The lines as typed (amounts worked out), or the sentence naming the line that is wrong.
    Result<QList<InvoiceLine>> lines() const;
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    /// Adds an empty line (quantity 1, the firm's tax rate) and starts typing its description.
    void addLine();
    void removeCurrentLine();

    /// "1.5" (the locale's decimal point, at most three decimals) → 1500; empty when it is not a
    /// number.
    static std::optional<qint64> parseQuantity(const QString &text, const QLocale &locale);
    static QString quantityText(qint64 milli, const QLocale &locale);

signals:
    void changed();

private:
    void appendRow(const InvoiceLine &line);
    void setTaxChoice(int row, std::optional<int> rateBp);
    std::optional<int> taxChoice(int row) const;
    void cellEdited(int row, int column);
    /// Shows the amount the row's quantity and price make.
    void showAmount(int row);
    /// The line of `row` as typed, or why not.
    Result<InvoiceLine> lineAt(int row) const;

    QList<InvoiceLine> m_base; ///< what each row started from (its source, billing key, hours)
    QString m_currency;
    QString m_taxLabel;
    int m_rateBp = 0;
    bool m_readOnly = false;
    bool m_filling = false;
    QLocale m_locale;
};

} // namespace cd
