#include "views/welcomepanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {

WelcomePanel::WelcomePanel(QWidget *parent) : QWidget(parent)
{
    auto *title = new QLabel(tr("Welcome to ClientDesk"), this);
    title->setObjectName(u"pageTitle"_s);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto *about = new QLabel(
        tr("ClientDesk keeps your firm's clients under contract and its transactional customers "
           "side by side in one local database. It shows how each kind of account earns the firm "
           "its money, and which customers are ready to become clients."),
        this);
    about->setWordWrap(true);

    auto *empty = new QLabel(tr("This database has no accounts yet. Create a sample portfolio to "
                                "explore ClientDesk, or bring in your own accounts."),
                             this);
    empty->setObjectName(u"emptyHint"_s);
    empty->setWordWrap(true);

    m_sample = new QPushButton(tr("Create sample portfolio"), this);
    m_sample->setObjectName(u"createSampleButton"_s);
    m_sample->setDefault(true);
    m_sample->setAutoDefault(true);
    m_sample->setIcon(style()->standardIcon(QStyle::SP_FileDialogNewFolder));
    connect(m_sample, &QPushButton::clicked, this, &WelcomePanel::createSampleRequested);

    m_import = new QPushButton(tr("Import CSV…"), this);
    m_import->setObjectName(u"importCsvButton"_s);
    m_import->setEnabled(false);
    m_import->setToolTip(tr("Import arrives in a later version."));

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(12);
    buttons->addWidget(m_sample);
    buttons->addWidget(m_import);
    buttons->addStretch(1);

    // A readable column in the middle of the page, whatever the window's width.
    auto *column = new QWidget(this);
    column->setMaximumWidth(fontMetrics().averageCharWidth() * 80);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(16);
    columnLayout->addWidget(title);
    columnLayout->addWidget(about);
    columnLayout->addWidget(empty);
    columnLayout->addSpacing(8);
    columnLayout->addLayout(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);
    // Centred with stretches rather than an alignment flag, so that the wrapped labels
    // get the height they need for the column's width.
    auto *centre = new QHBoxLayout;
    centre->addStretch(1);
    centre->addWidget(column, 3);
    centre->addStretch(1);
    layout->addStretch(1);
    layout->addLayout(centre);
    layout->addStretch(2);
}

void WelcomePanel::setBusy(bool busy)
{
    m_sample->setEnabled(!busy);
}

} // namespace cd
