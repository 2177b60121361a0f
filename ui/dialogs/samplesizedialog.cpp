#include "dialogs/samplesizedialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

QLabel *detail(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    // Line up under the radio button's text.
    label->setIndent(label->fontMetrics().height() + 8);
    return label;
}

} // namespace

SampleSizeDialog::SampleSizeDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Create Sample Portfolio"));
    const QLocale locale;
    const SampleOptions small = optionsFor(Size::Small);
    const SampleOptions large = optionsFor(Size::Large);

    auto *intro = new QLabel(tr("ClientDesk fills this database with made-up clients, customers, "
                                "contracts, requests and revenue. Choose a size:"),
                             this);
    intro->setWordWrap(true);

    m_small = new QRadioButton(
        tr("Small: %1 accounts, %2 revenue entries")
            .arg(locale.toString(small.accounts), locale.toString(small.revenueEntries)),
        this);
    m_small->setObjectName(u"smallSample"_s);
    m_small->setChecked(true);
    m_large = new QRadioButton(
        tr("Large: %1 accounts, %2 revenue entries")
            .arg(locale.toString(large.accounts), locale.toString(large.revenueEntries)),
        this);
    m_large->setObjectName(u"largeSample"_s);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addWidget(m_small);
    layout->addWidget(detail(tr("Quick to create; enough to try every view."), this));
    layout->addSpacing(4);
    layout->addWidget(m_large);
    layout->addWidget(detail(tr("A busy firm over several years; takes longer to create."), this));
    layout->addSpacing(10);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

SampleSizeDialog::Size SampleSizeDialog::size() const
{
    return m_large->isChecked() ? Size::Large : Size::Small;
}

void SampleSizeDialog::setSize(Size size)
{
    (size == Size::Large ? m_large : m_small)->setChecked(true);
}

SampleOptions SampleSizeDialog::optionsFor(Size size)
{
    SampleOptions options;
    options.accounts = size == Size::Large ? 10'000 : 500;
    options.revenueEntries = size == Size::Large ? 1'000'000 : 50'000;
    return options;
}

} // namespace cd
