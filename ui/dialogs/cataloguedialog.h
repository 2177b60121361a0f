#pragma once

#include "domain/product.h"

#include <QDialog>
#include <QList>

#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace cd {

class Database;

/// Adds or edits one catalogue product, its list price in a currency of its own (the firm's
/// unless chosen otherwise); checked with the catalogue's rules as the user types.
class ProductDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductDialog)

public:
    ProductDialog(Database &database, const Product &product, QWidget *parent = nullptr);

    Product product() const;
    QStringList problems() const { return m_problems; }
    QLineEdit *nameField() const { return m_name; }
    QComboBox *categoryField() const { return m_category; }
    QLineEdit *priceField() const { return m_price; }
    /// The list price's currency: the firm's for a new product unless chosen otherwise.
    QComboBox *currencyField() const { return m_currency; }
    QCheckBox *activeBox() const { return m_active; }
    QLabel *problemLabel() const { return m_problemLabel; }
    /// Shown when someone else changed the product since the form was filled: reads it again
    /// into the form, dropping the edits made here.
    QPushButton *reloadButton() const { return m_reload; }
    void accept() override;

private:
    void fill(const Product &product);
    void reload();
    void revalidate();

    Database &m_db;
    Product m_original;
    QStringList m_problems;
    QLineEdit *m_name = nullptr;
    QComboBox *m_category = nullptr;
    QLineEdit *m_price = nullptr;
    QComboBox *m_currency = nullptr;
    QCheckBox *m_active = nullptr;
    QLabel *m_problemLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_reload = nullptr;
};

/// The product catalogue: standard products and services with their categories and list
/// prices. New, edit, and retire (a retired product keeps its sales but is no longer offered).
class CatalogueDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogueDialog)

public:
    explicit CatalogueDialog(Database &database, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *editButton() const { return m_edit; }
    QLabel *messageLabel() const { return m_message; }
    /// Edits a product (ProductDialog by default); replaceable for tests.
    using Editor = std::function<bool(Database &, const Product &, QWidget *)>;
    void setEditor(Editor editor) { m_editor = std::move(editor); }
    void reload();

private:
    void edit(const Product &product);

    Database &m_db;
    QList<Product> m_products;
    Editor m_editor;
    QTableWidget *m_table = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_edit = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace cd
