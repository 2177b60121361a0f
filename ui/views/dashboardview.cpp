#include "views/dashboardview.h"

#include "charts/hoursbar.h"
#include "views/worklistview.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

using Figure = PortfolioSummary::Figure;

/// One part of the agenda; the hours of retainers and budgets coloured by their level
/// (amber from 80 %, red from 100 %; the text says the percentage too), and a renewal or a
/// contract ending whose notice deadline was missed in red (its text says "missed").
class AgendaProxy final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::ForegroundRole)
            return QSortFilterProxyModel::data(index, role);
        const auto kind = ClientAgendaModel::Kind(index.data(ClientAgendaModel::KindRole).toInt());
        const int level = index.data(ClientAgendaModel::LevelRole).toInt();
        if (kind == ClientAgendaModel::Kind::Hours)
            return QBrush(HoursBar::colour(ContractHours::Level(level)));
        if ((kind == ClientAgendaModel::Kind::Renewal
             || kind == ClientAgendaModel::Kind::NoticeDeadline)
            && level == ClientAgendaModel::missedLevel)
            return QBrush(HoursBar::colour(ContractHours::Level::Spent));
        return QSortFilterProxyModel::data(index, role);
    }
};

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

DashboardView::DashboardView(QWidget *parent) : QWidget(parent)
{
    auto *title = new QLabel(tr("Dashboard"), this);
    title->setObjectName(u"pageTitle"_s);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_asOf = new QLabel(this);
    m_asOf->setForegroundRole(QPalette::PlaceholderText);

    auto *refresh
        = new QPushButton(style()->standardIcon(QStyle::SP_BrowserReload), tr("Refresh"), this);
    refresh->setObjectName(u"refreshButton"_s);
    connect(refresh, &QPushButton::clicked, this, &DashboardView::refreshRequested);

    auto *heading = new QVBoxLayout;
    heading->setSpacing(2);
    heading->addWidget(title);
    heading->addWidget(m_asOf);
    auto *header = new QHBoxLayout;
    header->addLayout(heading, 1);
    header->addWidget(refresh, 0, Qt::AlignTop);

    m_error = new QLabel(this);
    m_error->setObjectName(u"dashboardError"_s);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setVisible(false);

    // One row of cards per section, in the order PortfolioSummary lists its figures.
    m_figures = new QWidget(this);
    auto *figures = new QVBoxLayout(m_figures);
    figures->setContentsMargins(0, 0, 0, 0);
    figures->setSpacing(10);
    const QList<std::pair<Section, QString>> sections = {
        { Section::Accounts, tr("Accounts") },
        { Section::Work, tr("Open work") },
        { Section::Revenue, tr("Revenue in the last 12 months") },
    };
    for (const auto &[section, text] : sections) {
        auto *titleRow = new QHBoxLayout;
        titleRow->addWidget(sectionTitle(text, m_figures));
        if (section == Section::Revenue) {
            m_revenuePeriod = new QLabel(m_figures);
            m_revenuePeriod->setForegroundRole(QPalette::PlaceholderText);
            titleRow->addWidget(m_revenuePeriod, 0, Qt::AlignBaseline);
        }
        titleRow->addStretch(1);
        auto *cards = new QHBoxLayout;
        cards->setSpacing(12);
        for (Figure figure : PortfolioSummary::allFigures()) {
            if (sectionOf(figure) == section)
                cards->addWidget(createCard(figure), 1);
        }
        if (section != sections.constFirst().first)
            figures->addSpacing(14);
        figures->addLayout(titleRow);
        figures->addLayout(cards);
        if (section == Section::Revenue) {
            // What the revenue cards leave out for want of an exchange rate.
            m_revenueNote = new QLabel(m_figures);
            m_revenueNote->setObjectName(u"revenueNote"_s);
            m_revenueNote->setTextFormat(Qt::PlainText);
            m_revenueNote->setWordWrap(true);
            m_revenueNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
            m_revenueNote->setVisible(false);
            figures->addWidget(m_revenueNote);
        }
    }
    createAttention(figures);
    figures->addStretch(1);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->setSpacing(18);
    layout->addLayout(header);
    layout->addWidget(m_error);
    layout->addWidget(m_figures, 1);

    // Large amounts in a narrow window scroll rather than being cut off.
    auto *scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    m_worklist = new WorklistView(this);
    connect(m_worklist, &WorklistView::backRequested, this, &DashboardView::showOverview);
    connect(m_worklist, &WorklistView::accountActivated, this, &DashboardView::accountActivated);
    connect(m_worklist, &WorklistView::changed, this, &DashboardView::refreshRequested);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(scroll);
    m_pages->addWidget(m_worklist);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_pages);
}

void DashboardView::setDatabase(Database *database)
{
    m_worklist->setDatabase(database);
}

void DashboardView::showWorklist()
{
    m_pages->setCurrentWidget(m_worklist);
    m_worklist->table()->setFocus();
}

void DashboardView::showOverview()
{
    m_pages->setCurrentIndex(0);
}

bool DashboardView::showsWorklist() const
{
    return m_pages->currentWidget() == m_worklist;
}

void DashboardView::createAttention(QVBoxLayout *figures)
{
    // What needs attention about clients, each item opening its client; all of it as one
    // list on the worklist page.
    figures->addSpacing(14);
    auto *attention = new QHBoxLayout;
    attention->addWidget(sectionTitle(tr("Needs attention"), m_figures));
    auto *openWorklist = new QPushButton(tr("&One List by Date"), m_figures);
    openWorklist->setObjectName(u"openWorklist"_s);
    openWorklist->setToolTip(tr("Everything below in one list by the day to act by, with "
                                "filters; follow-ups can be marked done or snoozed there"));
    connect(openWorklist, &QPushButton::clicked, this, &DashboardView::showWorklist);
    attention->addWidget(openWorklist);
    attention->addStretch(1);
    figures->addLayout(attention);
    auto *agenda = new QGridLayout;
    agenda->setSpacing(12);
    using Kind = ClientAgendaModel::Kind;
    agenda->addWidget(createAgendaList(tr("Notice deadlines and renewals, next 90 days"),
                                       { Kind::NoticeDeadline, Kind::Renewal }),
                      0, 0);
    agenda->addWidget(createAgendaList(tr("Follow-ups due"), { Kind::FollowUp }), 0, 1);
    agenda->addWidget(
        createAgendaList(tr("Requests past their service level"), { Kind::RequestPastDue }), 1, 0);
    agenda->addWidget(createAgendaList(tr("Clients at risk"), { Kind::AtRisk }), 1, 1);
    agenda->addWidget(
        createAgendaList(tr("Retainer hours and hour budgets at 80 % or more"), { Kind::Hours }), 2,
        0);
    agenda->addWidget(createAgendaList(tr("Invoices overdue"), { Kind::InvoiceOverdue }), 2, 1);
    figures->addLayout(agenda);
}

DashboardView::Section DashboardView::sectionOf(Figure figure)
{
    if (PortfolioSummary::isMoney(figure))
        return Section::Revenue;
    switch (figure) {
    case Figure::Clients:
    case Figure::Customers:
    case Figure::Prospects:
        return Section::Accounts;
    default:
        return Section::Work;
    }
}

QWidget *DashboardView::createCard(Figure figure)
{
    auto *card = new QFrame(m_figures);
    card->setFrameShape(QFrame::StyledPanel);
    card->setBackgroundRole(QPalette::Base);
    card->setAutoFillBackground(true);

    auto *caption = new QLabel(PortfolioSummary::label(figure), card);
    caption->setForegroundRole(QPalette::PlaceholderText);

    auto *value = new QLabel(card);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont valueFont = value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF()
                            * (PortfolioSummary::isMoney(figure) ? 1.6 : 2.0));
    valueFont.setBold(true);
    value->setFont(valueFont);
    value->setAccessibleName(PortfolioSummary::label(figure));
    m_values.insert(figure, value);

    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(16, 12, 16, 14);
    layout->setSpacing(4);
    layout->addWidget(caption);
    layout->addWidget(value);
    return card;
}

void DashboardView::setSummary(const PortfolioSummary &summary)
{
    const QLocale locale;
    m_error->setVisible(false);
    m_figures->setVisible(true);
    m_asOf->setText(
        tr("As of %1").arg(locale.toString(summary.asOf().date(), QLocale::LongFormat)));
    m_revenuePeriod->setText(
        tr("%1 – %2").arg(locale.toString(summary.revenueFrom(), QLocale::ShortFormat),
                          locale.toString(summary.revenueTo(), QLocale::ShortFormat)));
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it)
        it.value()->setText(summary.formattedValue(it.key(), locale));
    const QString note = summary.revenueNote(locale);
    m_revenueNote->setText(note);
    m_revenueNote->setVisible(!note.isEmpty());
}

QString DashboardView::revenueNote() const
{
    return m_revenueNote->isHidden() ? QString() : m_revenueNote->text();
}

void DashboardView::setError(const QString &message)
{
    m_error->setText(tr("The figures cannot be shown. %1").arg(message));
    m_error->setVisible(true);
    m_figures->setVisible(false);
}

QLabel *DashboardView::valueLabel(Figure figure) const
{
    return m_values.value(figure);
}

QString DashboardView::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QWidget *DashboardView::createAgendaList(const QString &title,
                                         const QList<ClientAgendaModel::Kind> &kinds)
{
    auto *box = new QWidget(m_figures);
    AgendaList list;
    list.kinds = kinds;
    list.title = title;
    list.heading = new QLabel(title, box);
    QFont bold = list.heading->font();
    bold.setBold(true);
    list.heading->setFont(bold);
    list.view = new QListView(box);
    list.view->setObjectName(u"agenda_%1"_s.arg(int(kinds.constFirst())));
    list.view->setAccessibleName(title);
    list.view->setWordWrap(true);
    list.view->setResizeMode(QListView::Adjust);
    list.view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list.view->setSpacing(1);
    list.view->setMinimumHeight(150);
    list.view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    list.empty = new QLabel(tr("Nothing needs attention here."), box);
    list.empty->setForegroundRole(QPalette::PlaceholderText);
    list.proxy = new AgendaProxy(box);
    list.proxy->setFilterRole(ClientAgendaModel::KindRole);
    QStringList codes;
    for (ClientAgendaModel::Kind kind : kinds)
        codes.append(QString::number(int(kind)));
    list.proxy->setFilterRegularExpression(QRegularExpression(u"^(%1)$"_s.arg(codes.join(u'|'))));
    list.view->setModel(list.proxy);
    connect(list.view, &QListView::activated, this, [this](const QModelIndex &index) {
        emit accountActivated(index.data(ClientAgendaModel::AccountIdRole).toLongLong());
    });
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(list.heading);
    layout->addWidget(list.empty);
    layout->addWidget(list.view, 1);
    m_agendaLists.append(list);
    return box;
}

void DashboardView::setAgenda(ClientAgendaModel *agenda)
{
    if (m_agenda)
        disconnect(m_agenda, nullptr, this, nullptr);
    m_agenda = agenda;
    for (AgendaList &list : m_agendaLists)
        list.proxy->setSourceModel(agenda);
    m_worklist->setAgenda(agenda);
    if (agenda)
        connect(agenda, &QAbstractItemModel::modelReset, this, &DashboardView::updateAgendaCounts);
    updateAgendaCounts();
}

QListView *DashboardView::agendaList(ClientAgendaModel::Kind kind) const
{
    for (const AgendaList &list : m_agendaLists) {
        if (list.kinds.contains(kind))
            return list.view;
    }
    return nullptr;
}

void DashboardView::updateAgendaCounts()
{
    const QLocale locale;
    for (AgendaList &list : m_agendaLists) {
        const int count = list.proxy->rowCount();
        list.heading->setText(count > 0 ? tr("%1 (%2)").arg(list.title, locale.toString(count))
                                        : list.title);
        list.empty->setVisible(count == 0);
        list.view->setVisible(count > 0);
    }
}

} // namespace cd
