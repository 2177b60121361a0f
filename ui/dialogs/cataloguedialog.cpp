#include "dialogs/cataloguedialog.h"

#include "dialogs/currencychoice.h"
#include "dialogs/saverecord.h"
#include "services/catalogueservice.h"
#include "services/settingsservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

QLabel *makeProblemLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    QPalette warning = label->palette();
    warning.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    label->setPalette(warning);
    return label;
}

} // namespace

ProductDialog::ProductDialog(Database &database, const Product &product, QWidget *parent)
    : QDialog(parent), m_db(database), m_original(product)
{
    if (m_original.listPrice.currency().isEmpty())
        m_original.listPrice = Money(0, SettingsService(m_db).firmCurrency());
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"productName"_s);
    m_category = new QComboBox(this);
    m_category->setObjectName(u"productCategory"_s);
    m_category->setEditable(true);
    if (const auto categories = CatalogueService(m_db).categories(); categories)
        m_category->addItems(*categories);
    m_price = new QLineEdit(this);
    m_price->setObjectName(u"productPrice"_s);
    m_price->setAlignment(Qt::AlignRight);
    m_currency = currencychoice::create(this);
    m_currency->setObjectName(u"productCurrency"_s);
    m_currency->setToolTip(tr("What the list price is in; a sale in another currency is "
                              "priced by hand."));
    m_active = new QCheckBox(tr("Offered for sale"), this);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("&List price:"), m_price);
    form->addRow(tr("C&urrency:"), m_currency);
    form->addRow(QString(), m_active);
    m_problemLabel = makeProblemLabel(this, u"productProblems"_s);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProductDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProductDialog::reject);
    m_reload = addReloadButton(m_buttons, tr("Reloa&d"),
                               tr("Show the product as it is now saved, without your edits"),
                               u"productReload"_s);
    connect(m_reload, &QPushButton::clicked, this, &ProductDialog::reload);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_buttons);
    connect(m_name, &QLineEdit::textChanged, this, &ProductDialog::revalidate);
    connect(m_price, &QLineEdit::textChanged, this, &ProductDialog::revalidate);
    connect(m_category, &QComboBox::currentTextChanged, this, &ProductDialog::revalidate);
    connect(m_currency, &QComboBox::currentTextChanged, this, &ProductDialog::revalidate);
    fill(m_original);
    resize(sizeHint().expandedTo(QSize(420, 0)));
}

void ProductDialog::fill(const Product &product)
{
    // A new product's currency was set once in the constructor; a stored one has its own.
    m_original = product;
    setWindowTitle(product.id == 0 ? tr("New Product") : tr("Edit Product"));
    m_name->setText(product.name);
    m_category->setCurrentText(product.category);
    m_price->setText(product.id == 0 ? QString() : product.listPrice.formatNumber(QLocale()));
    currencychoice::select(m_currency, product.listPrice.currency());
    m_active->setChecked(product.active);
    revalidate();
}

void ProductDialog::reload()
{
    reloadRecord(CatalogueService(m_db), m_original.id, m_problemLabel, m_reload,
                 [this](const Product &now) { fill(now); });
}

Product ProductDialog::product() const
{
    Product p = m_original;
    p.name = m_name->text().trimmed();
    p.category = m_category->currentText().trimmed();
    const QString currency = currencychoice::code(m_currency);
    const auto price = Money::parseLocalized(m_price->text(), currency, QLocale());
    p.listPrice = price ? *price : Money(0, currency);
    p.active = m_active->isChecked();
    return p;
}

void ProductDialog::revalidate()
{
    const QString currency = currencychoice::code(m_currency);
    if (!Money::isKnownCurrency(currency)) {
        // The currency first: the price cannot be read without it.
        Product p = product();
        p.listPrice = Money(0, SettingsService(m_db).firmCurrency());
        m_problems = QStringList { tr("“%1” is not an ISO 4217 currency code such as IDR, USD "
                                      "or SGD: choose the price's currency from the list.")
                                       .arg(m_currency->currentText().trimmed()) }
            + CatalogueService::validate(p);
    } else {
        m_problems = CatalogueService::validate(product());
        if (m_price->text().trimmed().isEmpty())
            m_problems.append(tr("Enter the list price."));
        else if (const auto price = Money::parseLocalized(m_price->text(), currency, QLocale());
                 !price)
            m_problems.append(price.error());
    }
    m_problemLabel->setText(m_problems.join(u'\n'));
    m_problemLabel->setVisible(!m_problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_problems.isEmpty());
}

void ProductDialog::accept()
{
    revalidate();
    if (!m_problems.isEmpty())
        return;
    if (saveRecord(CatalogueService(m_db), product(), m_problemLabel, m_reload))
        QDialog::accept();
}

CatalogueDialog::CatalogueDialog(Database &database, QWidget *parent)
    : QDialog(parent), m_db(database)
{
    setWindowTitle(tr("Product Catalogue"));
    setObjectName(u"catalogueDialog"_s);
    m_editor = [](Database &db, const Product &product, QWidget *owner) {
        ProductDialog dialog(db, product, owner);
        return dialog.exec() == QDialog::Accepted;
    };
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(u"catalogueTable"_s);
    m_table->setHorizontalHeaderLabels(
        { tr("Product"), tr("Category"), tr("List price"), tr("Offered") });
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_new = new QPushButton(tr("&New Product…"), this);
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_message = makeProblemLabel(this, u"catalogueMessage"_s);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &CatalogueDialog::reject);
    connect(m_new, &QPushButton::clicked, this, [this] { edit(Product {}); });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0 && row < m_products.size())
            edit(m_products.at(row));
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (row >= 0 && row < m_products.size())
            edit(m_products.at(row));
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_edit->setEnabled(m_table->currentRow() >= 0); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_edit);
    buttons->addStretch(1);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    reload();
    resize(QSize(680, 460));
}

void CatalogueDialog::reload()
{
    const auto products = CatalogueService(m_db).list();
    m_message->setVisible(!products);
    if (!products) {
        m_message->setText(products.error());
        return;
    }
    m_products = *products;
    const QLocale locale;
    m_table->setRowCount(int(m_products.size()));
    for (int row = 0; row < m_products.size(); ++row) {
        const Product &p = m_products.at(row);
        const QStringList cells { p.name, p.category, p.listPrice.format(locale),
                                  p.active ? tr("yes") : tr("no, retired") };
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (!p.active)
                item->setForeground(palette().brush(QPalette::PlaceholderText));
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_edit->setEnabled(m_table->currentRow() >= 0);
    if (m_products.isEmpty()) {
        m_message->setText(tr("The catalogue is empty. Add the standard products and services "
                              "customers buy, with their categories and list prices."));
        m_message->setVisible(true);
    }
}

void CatalogueDialog::edit(const Product &product)
{
    if (m_editor(m_db, product, this))
        reload();
}

} // namespace cd
