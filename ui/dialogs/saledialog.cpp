#include "dialogs/saledialog.h"

#include "dialogs/currencychoice.h"
#include "domain/isodate.h"
#include "services/saleservice.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd {

SaleDialog::SaleDialog(Database &database, qint64 accountId, QWidget *parent)
    : QDialog(parent), m_db(database)
{
    setWindowTitle(tr("Record Sale"));
    setObjectName(u"saleDialog"_s);
    const SaleService::Choices choices = SaleService(m_db).choices(accountId);
    m_firmCurrency = choices.firmCurrency;
    m_products = choices.products;
    for (const Account &a : choices.customers) {
        if (!a.currency.isEmpty())
            m_accountCurrencies.insert(a.id, a.currency);
    }

    m_customer = new QComboBox(this);
    m_customer->setObjectName(u"saleCustomer"_s);
    m_customer->setEditable(true);
    m_customer->setInsertPolicy(QComboBox::NoInsert);
    m_customer->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_customer->completer()->setFilterMode(Qt::MatchContains);
    m_customer->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    for (const Account &a : choices.customers)
        m_customer->addItem(a.name, a.id);
    m_customer->setCurrentIndex(accountId > 0 ? m_customer->findData(accountId) : -1);
    m_customer->setEnabled(accountId <= 0);

    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setDateRange(earliestDate(), latestDate());
    m_date->setObjectName(u"saleDate"_s);
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(QDate::currentDate());

    // The sale's currency follows the customer's own until the user picks another.
    m_currencyBox = currencychoice::create(this);
    m_currencyBox->setObjectName(u"saleCurrency"_s);
    m_currencyBox->setToolTip(tr("What the prices, discounts and total are in: the customer's "
                                 "own currency unless you choose another."));
    currencychoice::select(m_currencyBox, customerCurrency());

    m_lines = new QTableWidget(0, LineColumnCount, this);
    m_lines->setObjectName(u"saleLines"_s);
    m_lines->setHorizontalHeaderLabels(
        { tr("Product"), tr("Quantity"), tr("Unit price (%1)").arg(currency()),
          tr("Discount (%1)").arg(currency()), tr("Promotion code"), tr("Amount") });
    m_lines->verticalHeader()->hide();
    m_lines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lines->setSelectionMode(QAbstractItemView::SingleSelection);
    // The product takes the room left; the other columns fit their headers and amounts.
    m_lines->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_lines->horizontalHeader()->setSectionResizeMode(ProductColumn, QHeaderView::Stretch);
    m_lines->horizontalHeader()->setMinimumSectionSize(110);
    m_lines->setMinimumHeight(180);

    m_addLine = new QPushButton(tr("&Add Line"), this);
    m_removeLine = new QPushButton(tr("&Remove Line"), this);
    connect(m_addLine, &QPushButton::clicked, this, [this] { addLine(); });
    connect(m_removeLine, &QPushButton::clicked, this, [this] {
        const int row = m_lines->currentRow();
        if (row >= 0) {
            m_lines->removeRow(row);
            revalidate();
        }
    });
    m_total = new QLabel(this);
    m_total->setObjectName(u"saleTotal"_s);
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);

    auto *lineButtons = new QHBoxLayout;
    lineButtons->addWidget(m_addLine);
    lineButtons->addWidget(m_removeLine);
    lineButtons->addStretch(1);
    lineButtons->addWidget(m_total);

    auto *form = new QFormLayout;
    form->addRow(tr("&Customer:"), m_customer);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("C&urrency:"), m_currencyBox);

    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(u"saleProblems"_s);
    m_problemLabel->setWordWrap(true);
    QPalette warning = m_problemLabel->palette();
    warning.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_problemLabel->setPalette(warning);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SaleDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SaleDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_lines, 1);
    layout->addLayout(lineButtons);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_buttons);

    connect(m_customer, &QComboBox::currentIndexChanged, this, &SaleDialog::customerChanged);
    // Picked or typed by the user (not set by a change of customer): it stays.
    connect(m_currencyBox, &QComboBox::activated, this, [this] { m_currencyChosen = true; });
    connect(m_currencyBox->lineEdit(), &QLineEdit::textEdited, this,
            [this] { m_currencyChosen = true; });
    connect(m_currencyBox, &QComboBox::currentTextChanged, this, &SaleDialog::currencyChanged);
    connect(m_date, &QDateEdit::dateChanged, this, &SaleDialog::revalidate);
    if (m_products.isEmpty()) {
        m_addLine->setEnabled(false);
    } else {
        addLine();
    }
    revalidate();
    resize(QSize(1000, 440));
}

void SaleDialog::addLine(int productIndex)
{
    if (m_products.isEmpty())
        return;
    const int row = m_lines->rowCount();
    m_lines->insertRow(row);
    auto *product = new QComboBox(m_lines);
    for (const Product &p : std::as_const(m_products))
        product->addItem(tr("%1 — %2").arg(p.name, p.category), p.id);
    product->setCurrentIndex(std::clamp(productIndex, 0, int(m_products.size()) - 1));
    auto *quantity = new QSpinBox(m_lines);
    quantity->setRange(-999, 100000); // below 1 is refused with a sentence, not silently
    quantity->setValue(1);
    auto *price = new QLineEdit(m_lines);
    price->setAlignment(Qt::AlignRight);
    auto *discount = new QLineEdit(m_lines);
    discount->setAlignment(Qt::AlignRight);
    discount->setPlaceholderText(QLocale().toString(0));
    auto *promotion = new QLineEdit(m_lines);
    m_lines->setCellWidget(row, ProductColumn, product);
    m_lines->setCellWidget(row, QuantityColumn, quantity);
    m_lines->setCellWidget(row, PriceColumn, price);
    m_lines->setCellWidget(row, DiscountColumn, discount);
    m_lines->setCellWidget(row, PromotionColumn, promotion);
    // Tab goes along the new line after the lines above it, not after the dialog's buttons.
    QWidget *previous = row > 0 ? m_lines->cellWidget(row - 1, PromotionColumn) : m_lines;
    for (QWidget *next : { static_cast<QWidget *>(product), static_cast<QWidget *>(quantity),
                           static_cast<QWidget *>(price), static_cast<QWidget *>(discount),
                           static_cast<QWidget *>(promotion) }) {
        QWidget::setTabOrder(previous, next);
        previous = next;
    }
    auto *amount = new QTableWidgetItem;
    amount->setFlags(Qt::ItemIsEnabled);
    amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_lines->setItem(row, AmountColumn, amount);
    connect(product, &QComboBox::currentIndexChanged, this, [this, product] {
        for (int r = 0; r < m_lines->rowCount(); ++r) {
            if (m_lines->cellWidget(r, ProductColumn) == product)
                productChanged(r);
        }
    });
    connect(quantity, &QSpinBox::valueChanged, this, &SaleDialog::revalidate);
    for (QLineEdit *edit : { price, discount, promotion })
        connect(edit, &QLineEdit::textChanged, this, &SaleDialog::revalidate);
    productChanged(row);
    m_lines->setCurrentCell(row, ProductColumn);
}

QString SaleDialog::currency() const
{
    return currencychoice::code(m_currencyBox);
}

QString SaleDialog::customerCurrency() const
{
    const qint64 id = m_customer->currentIndex() >= 0 ? m_customer->currentData().toLongLong() : 0;
    return m_accountCurrencies.value(id, m_firmCurrency);
}

void SaleDialog::customerChanged()
{
    if (!m_currencyChosen && currency() != customerCurrency())
        currencychoice::select(m_currencyBox, customerCurrency()); // revalidates
    else
        revalidate();
}

void SaleDialog::currencyChanged()
{
    const QString code = currency();
    auto *header = m_lines->horizontalHeaderItem(PriceColumn);
    if (header)
        header->setText(tr("Unit price (%1)").arg(code));
    if ((header = m_lines->horizontalHeaderItem(DiscountColumn)))
        header->setText(tr("Discount (%1)").arg(code));
    // Prices typed in another currency mean nothing in this one: each line starts again
    // from its product's list price where that is in this currency.
    for (int row = 0; row < m_lines->rowCount(); ++row)
        productChanged(row);
    revalidate();
}

void SaleDialog::productChanged(int row)
{
    const auto *product = qobject_cast<QComboBox *>(m_lines->cellWidget(row, ProductColumn));
    auto *price = qobject_cast<QLineEdit *>(m_lines->cellWidget(row, PriceColumn));
    const int index = product ? product->currentIndex() : -1;
    if (price && index >= 0) {
        const Money &list = m_products.at(index).listPrice;
        // A list price in another currency is not converted: shown, for the user to price.
        if (list.currency() == currency()) {
            price->setText(list.formatNumber(QLocale()));
            price->setPlaceholderText(QString());
            price->setToolTip(QString());
        } else {
            price->clear();
            price->setPlaceholderText(tr("price in %1").arg(currency()));
            price->setToolTip(tr("The list price is %1; type this sale's price in %2.")
                                  .arg(list.format(QLocale()), currency()));
        }
    }
    revalidate();
}

Sale SaleDialog::sale() const
{
    Sale s;
    s.accountId = m_customer->currentIndex() >= 0 ? m_customer->currentData().toLongLong() : 0;
    s.date = m_date->date();
    const QLocale locale;
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        const auto *product = qobject_cast<QComboBox *>(m_lines->cellWidget(row, ProductColumn));
        const auto *quantity = qobject_cast<QSpinBox *>(m_lines->cellWidget(row, QuantityColumn));
        const auto *price = qobject_cast<QLineEdit *>(m_lines->cellWidget(row, PriceColumn));
        const auto *discount = qobject_cast<QLineEdit *>(m_lines->cellWidget(row, DiscountColumn));
        const auto *promotion
            = qobject_cast<QLineEdit *>(m_lines->cellWidget(row, PromotionColumn));
        if (!product || !quantity || !price || !discount || !promotion)
            continue;
        SaleLine line;
        line.productId = product->currentData().toLongLong();
        const QString currency = this->currency();
        line.quantity = quantity->value();
        const auto unit = Money::parseLocalized(price->text(), currency, locale);
        line.unitPrice = unit ? *unit : Money(0, currency);
        const auto off = discount->text().trimmed().isEmpty()
            ? Result<Money>(Money(0, currency))
            : Money::parseLocalized(discount->text(), currency, locale);
        line.discountMinor = off ? off->minorUnits() : 0;
        line.promotion = promotion->text().trimmed();
        s.lines.append(line);
    }
    return s;
}

void SaleDialog::revalidate()
{
    const QLocale locale;
    const Sale s = sale();
    m_problems.clear();
    if (m_products.isEmpty())
        m_problems.append(tr("The catalogue has no products yet: add them in Customers > "
                             "Catalogue… first."));
    if (m_customer->currentIndex() < 0)
        m_problems.append(tr("Choose the customer who bought."));
    const QString currency = this->currency();
    const bool knownCurrency = Money::isKnownCurrency(currency);
    if (!knownCurrency)
        m_problems.append(
            tr("“%1” is not an ISO 4217 currency code such as IDR, USD or SGD: choose the "
               "sale's currency from the list.")
                .arg(m_currencyBox->currentText().trimmed()));
    // Text that is not an amount, named by its line (whose other problems then wait).
    QStringList flagged;
    for (int row = 0; knownCurrency && row < m_lines->rowCount(); ++row) {
        const QString n = locale.toString(row + 1);
        for (int column : { int(PriceColumn), int(DiscountColumn) }) {
            const auto *edit = qobject_cast<QLineEdit *>(m_lines->cellWidget(row, column));
            if (!edit || (column == DiscountColumn && edit->text().trimmed().isEmpty()))
                continue;
            if (column == PriceColumn && edit->text().trimmed().isEmpty()) {
                const auto *product
                    = qobject_cast<QComboBox *>(m_lines->cellWidget(row, ProductColumn));
                const int index = product ? product->currentIndex() : -1;
                m_problems.append(
                    index < 0
                        ? tr("Line %1: enter the unit price in %2.").arg(n, currency)
                        : tr("Line %1: enter the unit price in %2 (the list price is %3).")
                              .arg(n, currency, m_products.at(index).listPrice.format(locale)));
            } else if (const auto parsed = Money::parseLocalized(edit->text(), currency, locale);
                       !parsed) {
                m_problems.append(tr("Line %1: %2").arg(n, parsed.error()));
            } else {
                continue;
            }
            flagged.append(tr("Line %1").arg(n));
            if (QTableWidgetItem *item = m_lines->item(row, AmountColumn))
                item->setData(Qt::UserRole, true); // no amount to show
        }
    }
    for (const QString &problem : SaleService::validate(s)) {
        if (!knownCurrency || problem.startsWith(tr("A sale needs the customer")))
            continue;
        const bool waits = std::any_of(flagged.cbegin(), flagged.cend(), [&](const QString &l) {
            return problem.startsWith(l + u' ') || problem.startsWith(l + u':');
        });
        if (!waits)
            m_problems.append(problem);
    }
    qint64 total = 0;
    bool totalKnown = true;
    for (int row = 0; row < s.lines.size(); ++row) {
        const auto amount = s.lines.at(row).totalMinor();
        QTableWidgetItem *item = m_lines->item(row, AmountColumn);
        // A line whose price or discount cannot be read has no amount yet.
        const bool unread = !knownCurrency || (item && item->data(Qt::UserRole).toBool());
        if (item) {
            item->setText(amount && *amount >= 0 && !unread
                              ? Money(*amount, s.lines.at(row).unitPrice.currency()).format(locale)
                              : QString());
            item->setData(Qt::UserRole, QVariant());
        }
        if (unread || !amount || *amount < 0 || __builtin_add_overflow(total, *amount, &total))
            totalKnown = false;
    }
    m_total->setText(totalKnown && knownCurrency
                         ? tr("Total: %1").arg(Money(total, currency).format(locale))
                         : QString());
    m_removeLine->setEnabled(m_lines->rowCount() > 0);
    m_problemLabel->setText(m_problems.join(u'\n'));
    m_problemLabel->setVisible(!m_problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_problems.isEmpty());
}

void SaleDialog::accept()
{
    revalidate();
    if (!m_problems.isEmpty())
        return;
    const auto ids = SaleService(m_db).record(sale());
    if (!ids) {
        m_problemLabel->setText(ids.error());
        m_problemLabel->setVisible(true);
        return;
    }
    m_savedIds = *ids;
    QDialog::accept();
}

} // namespace cd
