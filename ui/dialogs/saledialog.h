#pragma once

#include "domain/product.h"
#include "domain/sale.h"

#include <QDialog>
#include <QHash>
#include <QList>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace cd {

class Database;

/// The quick sale: a customer, a day, a currency (the customer's own unless chosen
/// otherwise; the firm's when it has none), and lines of catalogue products with quantity,
/// price (the list price when it is in the sale's currency, unless changed), discount and
/// promotion code. The total and every problem show as the user types; Save records it all
/// or nothing (SaleService), every line in the sale's currency.
class SaleDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SaleDialog)

public:
    /// `accountId` 0 lets the user choose the customer.
    SaleDialog(Database &database, qint64 accountId, QWidget *parent = nullptr);

    enum LineColumn {
        ProductColumn,
        QuantityColumn,
        PriceColumn,
        DiscountColumn,
        PromotionColumn,
        AmountColumn,
        LineColumnCount
    };

    Sale sale() const;
    QStringList problems() const { return m_problems; }
    QList<qint64> savedIds() const { return m_savedIds; }

    QComboBox *customerField() const { return m_customer; }
    QDateEdit *dateField() const { return m_date; }
    QComboBox *currencyField() const { return m_currencyBox; }
    /// The currency the prices are in: the one chosen, else the customer's own.
    QString currency() const;
    QTableWidget *linesTable() const { return m_lines; }
    QPushButton *addLineButton() const { return m_addLine; }
    QPushButton *removeLineButton() const { return m_removeLine; }
    QLabel *totalLabel() const { return m_total; }
    QLabel *problemLabel() const { return m_problemLabel; }
    /// Adds a line for the product at `productIndex` in the catalogue (first by default).
    void addLine(int productIndex = 0);

    void accept() override;

private:
    void revalidate();
    void productChanged(int row);
    void customerChanged();
    void currencyChanged();
    /// The customer's own currency, or the firm's when it has none (or none is chosen).
    QString customerCurrency() const;

    Database &m_db;
    QList<Product> m_products;
    QString m_firmCurrency;
    QHash<qint64, QString> m_accountCurrencies; ///< customer id → its own currency, if any
    bool m_currencyChosen = false; ///< the user picked one: it no longer follows the customer
    QStringList m_problems;
    QList<qint64> m_savedIds;
    QComboBox *m_customer = nullptr;
    QDateEdit *m_date = nullptr;
    QComboBox *m_currencyBox = nullptr;
    QTableWidget *m_lines = nullptr;
    QPushButton *m_addLine = nullptr;
    QPushButton *m_removeLine = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_problemLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace cd
