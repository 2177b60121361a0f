#include "views/nodatabasepanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {

NoDatabasePanel::NoDatabasePanel(QWidget *parent) : QWidget(parent)
{
    auto *title = new QLabel(tr("No database is open"), this);
    title->setObjectName(u"pageTitle"_s);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_reason = new QLabel(this);
    m_reason->setObjectName(u"reason"_s);
    m_reason->setWordWrap(true);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reason->setVisible(false);

    auto *hint = new QLabel(tr("Open an existing ClientDesk database, or create a new one to start "
                               "with."),
                            this);
    hint->setWordWrap(true);

    auto *open = new QPushButton(style()->standardIcon(QStyle::SP_DialogOpenButton),
                                 tr("Open database…"), this);
    open->setObjectName(u"openDatabaseButton"_s);
    open->setDefault(true);
    connect(open, &QPushButton::clicked, this, &NoDatabasePanel::openRequested);
    auto *create
        = new QPushButton(style()->standardIcon(QStyle::SP_FileIcon), tr("New database…"), this);
    create->setObjectName(u"newDatabaseButton"_s);
    connect(create, &QPushButton::clicked, this, &NoDatabasePanel::newRequested);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(12);
    buttons->addWidget(open);
    buttons->addWidget(create);
    buttons->addStretch(1);

    auto *column = new QWidget(this);
    column->setMaximumWidth(fontMetrics().averageCharWidth() * 80);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(16);
    columnLayout->addWidget(title);
    columnLayout->addWidget(m_reason);
    columnLayout->addWidget(hint);
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

void NoDatabasePanel::setReason(const QString &reason)
{
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
}

QString NoDatabasePanel::reason() const
{
    return m_reason->text();
}

} // namespace cd
