#include "models/pipelinemodel.h"

#include "analytics/pipelineanalytics.h"
#include "domain/opportunityrules.h"
#include "storage/exchangeratestore.h"
#include "storage/opportunityrepository.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>
#include <QLocale>
#include <QMimeData>

#include <limits>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

/// Adds |value| to \a magnitude; false when the sum would not fit.
bool addMagnitude(qint64 &magnitude, qint64 value)
{
    if (value == std::numeric_limits<qint64>::min())
        return false;
    return !__builtin_add_overflow(magnitude, value < 0 ? -value : value, &magnitude);
}

/// What a card adds to the sums: its converted value, or its own when no rate converts it
/// (then counted in Totals::unconverted).
qint64 summed(const PipelineCard &card)
{
    return card.convertedMinor.value_or(card.value.minorUnits());
}

bool addMagnitude(qint64 &magnitude, const PipelineCard &card)
{
    return addMagnitude(magnitude, summed(card));
}

Error tooLarge()
{
    return Error { PipelineModel::tr("The open deals add up to more than ClientDesk can total "
                                     "exactly; look for deals whose value is far too large.") };
}

} // namespace

namespace {

QDate monthStart(const QDate &day)
{
    return QDate(day.year(), day.month(), 1);
}

QDate quarterStart(const QDate &day)
{
    return QDate(day.year(), (day.month() - 1) / 3 * 3 + 1, 1);
}

} // namespace

const QString PipelineModel::kMimeType = u"application/x-clientdesk-opportunities"_s;

std::pair<QDate, QDate> PipelineFilter::range(ClosePeriod period, const QDate &today)
{
    switch (period) {
    case ClosePeriod::Any:
        return {};
    case ClosePeriod::Overdue:
        return { QDate(), today.addDays(-1) };
    case ClosePeriod::ThisMonth:
        return { monthStart(today), monthStart(today).addMonths(1).addDays(-1) };
    case ClosePeriod::NextMonth:
        return { monthStart(today).addMonths(1), monthStart(today).addMonths(2).addDays(-1) };
    case ClosePeriod::ThisQuarter:
        return { quarterStart(today), quarterStart(today).addMonths(3).addDays(-1) };
    case ClosePeriod::NextQuarter:
        return { quarterStart(today).addMonths(3), quarterStart(today).addMonths(6).addDays(-1) };
    case ClosePeriod::ThisYear:
        return { QDate(today.year(), 1, 1), QDate(today.year(), 12, 31) };
    }
    return {};
}

QString PipelineFilter::label(ClosePeriod period)
{
    switch (period) {
    case ClosePeriod::Any:
        return QCoreApplication::translate("cd::PipelineModel", "Any time");
    case ClosePeriod::Overdue:
        return QCoreApplication::translate("cd::PipelineModel", "Overdue");
    case ClosePeriod::ThisMonth:
        return QCoreApplication::translate("cd::PipelineModel", "This month");
    case ClosePeriod::NextMonth:
        return QCoreApplication::translate("cd::PipelineModel", "Next month");
    case ClosePeriod::ThisQuarter:
        return QCoreApplication::translate("cd::PipelineModel", "This quarter");
    case ClosePeriod::NextQuarter:
        return QCoreApplication::translate("cd::PipelineModel", "Next quarter");
    case ClosePeriod::ThisYear:
        return QCoreApplication::translate("cd::PipelineModel", "This year");
    }
    return {};
}

qint64 PipelineCard::daysInStage(const QDate &today) const
{
    const QDate until = closedOn.isValid() ? closedOn : today;
    return stageSince.isValid() ? std::max<qint64>(0, stageSince.daysTo(until)) : 0;
}

PipelineModel::PipelineModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent), m_db(database)
{ }

PipelineModel::~PipelineModel() = default;

Result<QList<PipelineCard>> PipelineModel::read(std::optional<qint64> id) const
{
    // Open deals, and closed ones of the last kClosedDays for the Won and Lost columns.
    Result<QList<PipelineDeal>> deals
        = PipelineQuery(m_db).deals(m_today.addDays(-kClosedDays), id);
    if (!deals)
        return Error { deals.error() };
    QList<PipelineCard> cards;
    cards.reserve(deals->size());
    for (PipelineDeal &deal : deals.value()) {
        PipelineCard c;
        static_cast<PipelineDeal &>(c) = std::move(deal);
        c.stale = !OpportunityRules::isClosed(c.stage)
            && PipelineAnalytics::isStale(c.stageSince, c.lastInteraction, m_today, m_staleDays);
        // The value and the weighted value each by the one rule, as PipelineAnalytics does.
        const QString &currency = c.value.currency();
        c.convertedMinor = m_rates.convert(c.value.minorUnits(), currency, m_today);
        c.convertedWeightedMinor
            = m_rates.convert(c.value.minorUnits() * c.probability / 100, currency, m_today);
        if (!c.convertedMinor || !c.convertedWeightedMinor) {
            c.convertedMinor.reset();
            c.convertedWeightedMinor.reset();
        }
        cards.append(std::move(c));
    }
    return cards;
}

Status PipelineModel::reload(const QDate &today)
{
    const QDate previousToday = m_today;
    m_today = today;
    const Result<int> stale = PipelineAnalytics::staleDays(m_db);
    if (!stale) {
        m_today = previousToday;
        return Error { stale.error() };
    }
    m_staleDays = *stale;
    Result<RateTable> rates = ExchangeRateStore(m_db).load();
    if (!rates) {
        m_today = previousToday;
        return Error { rates.error() };
    }
    RateTable previousRates = std::exchange(m_rates, std::move(rates).value());
    Result<QList<PipelineCard>> cards = read(std::nullopt);
    if (!cards) {
        m_today = previousToday;
        m_rates = std::move(previousRates);
        return Error { cards.error() };
    }
    qint64 magnitude = 0;
    for (const PipelineCard &card : std::as_const(*cards)) {
        if (!addMagnitude(magnitude, card)) {
            m_today = previousToday;
            m_rates = std::move(previousRates);
            return tooLarge();
        }
    }
    m_magnitude = magnitude;
    beginResetModel();
    m_currency = m_rates.firmCurrency();
    m_cards = std::move(cards).value();
    m_cardIndex.clear();
    m_cardIndex.reserve(m_cards.size());
    for (qsizetype i = 0; i < m_cards.size(); ++i)
        m_cardIndex.insert(m_cards.at(i).id, i);
    rebuildRows();
    endResetModel();
    return {};
}

void PipelineModel::setFilter(const PipelineFilter &filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    rebuildRows();
    endResetModel();
}

bool PipelineModel::accepts(const PipelineCard &c) const
{
    if (m_filter.ownerId && c.ownerId != m_filter.ownerId)
        return false;
    if (m_filter.accountKind && c.accountKind != *m_filter.accountKind)
        return false;
    if (m_filter.period == ClosePeriod::Any)
        return true;
    const auto [from, to] = PipelineFilter::range(m_filter.period, m_today);
    if (m_filter.period == ClosePeriod::Overdue) // open deals past their expected close
        return !OpportunityRules::isClosed(c.stage) && c.expectedClose.isValid()
            && c.expectedClose <= to;
    const QDate day = OpportunityRules::isClosed(c.stage) ? c.closedOn : c.expectedClose;
    return day.isValid() && day >= from && day <= to;
}

void PipelineModel::rebuildRows()
{
    m_rows.clear();
    for (qsizetype i = 0; i < m_cards.size(); ++i) {
        if (m_cards.at(i).id != 0 && accepts(m_cards.at(i)))
            m_rows.append(i);
    }
}

const PipelineCard *PipelineModel::cardAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_cards.at(m_rows.at(row)) : nullptr;
}

const PipelineCard *PipelineModel::card(qint64 id) const
{
    const auto it = m_cardIndex.constFind(id);
    return it == m_cardIndex.constEnd() ? nullptr : &m_cards.at(*it);
}

int PipelineModel::rowOf(qint64 id) const
{
    const auto it = m_cardIndex.constFind(id);
    return it == m_cardIndex.constEnd() ? -1 : int(m_rows.indexOf(*it));
}

PipelineModel::Totals PipelineModel::totals(std::optional<OpportunityStage> stage) const
{
    Totals t;
    for (qsizetype i : m_rows) {
        const PipelineCard &c = m_cards.at(i);
        if (stage && c.stage != *stage)
            continue;
        ++t.count;
        t.stale += c.stale ? 1 : 0;
        if (!c.convertedMinor) {
            t.unconverted.add(c.value.currency(), 1, c.value.minorUnits());
            continue;
        }
        t.valueMinor += *c.convertedMinor;
        t.weightedMinor += *c.convertedWeightedMinor;
    }
    return t;
}

Status PipelineModel::moveTo(qint64 id, OpportunityStage stage, const QString &lostReason)
{
    const PipelineCard *c = card(id);
    if (!c)
        return Error { tr("That opportunity is no longer in the pipeline; refresh the view.") };
    if (stage == OpportunityStage::Won)
        return Error {
            tr("Winning “%1” goes through Mark Won, which shows what it creates.").arg(c->title)
        };
    if (c->stage == stage)
        return {};
    if (Status ok
        = OpportunityRepository(m_db).moveToStage(id, stage, m_today, lostReason, c->rowVersion);
        !ok) {
        return ok;
    }
    return refresh(id);
}

Status PipelineModel::refresh(qint64 id)
{
    Result<QList<PipelineCard>> read = this->read(id);
    if (!read)
        return Error { read.error() };
    const auto it = m_cardIndex.constFind(id);
    // Every value, converted or not, is bounded (Money::kMaxMinorUnits), so taking the old
    // one off cannot wrap.
    qint64 magnitude = m_magnitude;
    if (it != m_cardIndex.constEnd())
        magnitude -= qAbs(summed(m_cards.at(*it)));
    if (!read->isEmpty() && !addMagnitude(magnitude, read->first()))
        return tooLarge();
    m_magnitude = magnitude;
    if (it == m_cardIndex.constEnd()) {
        if (read->isEmpty())
            return {};
        // A new card: appended, shown at the end if the filter takes it.
        const qsizetype index = m_cards.size();
        m_cards.append(read->first());
        m_cardIndex.insert(id, index);
        if (accepts(m_cards.last())) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
            m_rows.append(index);
            endInsertRows();
        }
        return {};
    }
    const qsizetype index = *it;
    const int row = int(m_rows.indexOf(index));
    if (read->isEmpty()) { // deleted, or closed long ago: gone from the pipeline
        if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
        m_cardIndex.remove(id);
        m_cards[index] = PipelineCard {}; // the slot stays so other indexes keep their meaning
        return {};
    }
    m_cards[index] = read->first();
    const bool shown = accepts(m_cards.at(index));
    if (row >= 0 && shown) {
        emit dataChanged(this->index(row, 0), this->index(row, ColumnCount - 1));
    } else if (row >= 0) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    } else if (shown) {
        // Back in view: at the place its index gives among the rows shown.
        const auto at = std::lower_bound(m_rows.begin(), m_rows.end(), index);
        const int newRow = int(at - m_rows.begin());
        beginInsertRows({}, newRow, newRow);
        m_rows.insert(newRow, index);
        endInsertRows();
    }
    return {};
}

int PipelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PipelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PipelineModel::data(const QModelIndex &index, int role) const
{
    const PipelineCard *c = index.isValid() ? cardAt(index.row()) : nullptr;
    if (!c || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const QLocale locale;
    switch (role) {
    case IdRole:
        return c->id;
    case StageRole:
        return int(c->stage);
    case StaleRole:
        return c->stale;
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case ValueColumn:
        case ProbabilityColumn:
        case WeightedColumn:
        case DaysInStageColumn:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        }
    case Qt::ToolTipRole: {
        // The whole card, for the board where titles and names are cut short.
        QStringList lines { c->title, c->accountName,
                            tr("%1, %2 at %3%4")
                                .arg(toLabel(c->stage), c->value.format(locale),
                                     locale.toString(c->probability), locale.percent()) };
        if (OpportunityRules::isClosed(c->stage))
            lines.append(tr("Closed on %1").arg(locale.toString(c->closedOn, QLocale::LongFormat)));
        else if (c->expectedClose.isValid())
            lines.append(tr("Expected to close on %1")
                             .arg(locale.toString(c->expectedClose, QLocale::LongFormat)));
        if (!OpportunityRules::isClosed(c->stage) && c->stageSince.isValid())
            lines.append(tr("In this stage since %1")
                             .arg(locale.toString(c->stageSince, QLocale::LongFormat)));
        if (!c->nextStep.isEmpty())
            lines.append(tr("Next step: %1").arg(c->nextStep));
        if (c->stale)
            lines.append(tr("Stale: no stage change or interaction for more than %1 days.")
                             .arg(locale.toString(m_staleDays)));
        // Rich text made from escaped text: a name such as <b>x</b> shows as typed.
        return u"<qt>"_s + lines.join(u'\n').toHtmlEscaped().replace(u'\n', u"<br>"_s) + u"</qt>"_s;
    }
    case SortRole:
        switch (index.column()) {
        case TitleColumn:
            return c->title.toLower();
        case AccountColumn:
            return c->accountName.toLower();
        case AccountKindColumn:
            return int(c->accountKind);
        case StageColumn:
            return int(c->stage);
        case ValueColumn:
            return c->value.minorUnits();
        case ProbabilityColumn:
            return c->probability;
        case WeightedColumn:
            return c->value.minorUnits() * c->probability / 100;
        case DaysInStageColumn:
            return c->daysInStage(m_today);
        case ExpectedCloseColumn:
            // Undated deals last.
            return c->expectedClose.isValid() ? c->expectedClose.toJulianDay()
                                              : std::numeric_limits<qint64>::max();
        case OwnerColumn:
            return c->ownerName.toLower();
        case NextStepColumn:
            return c->nextStep.toLower();
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return c->title;
        case AccountColumn:
            return c->accountName;
        case AccountKindColumn:
            return toLabel(c->accountKind);
        case StageColumn:
            return c->stale ? tr("%1 (stale)").arg(toLabel(c->stage)) : toLabel(c->stage);
        case ValueColumn:
            return c->value.format(locale);
        case ProbabilityColumn:
            return locale.toString(c->probability) + locale.percent();
        case WeightedColumn:
            return Money(c->value.minorUnits() * c->probability / 100, c->value.currency())
                .format(locale);
        case DaysInStageColumn:
            return OpportunityRules::isClosed(c->stage) ? QString()
                                                        : locale.toString(c->daysInStage(m_today));
        case ExpectedCloseColumn:
            return c->expectedClose.isValid()
                ? locale.toString(c->expectedClose, QLocale::ShortFormat)
                : QString();
        case OwnerColumn:
            return c->ownerName;
        case NextStepColumn:
            return c->nextStep;
        }
        return {};
    default:
        return {};
    }
}

QVariant PipelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Opportunity");
    case AccountColumn:
        return tr("Account");
    case AccountKindColumn:
        return tr("Kind");
    case StageColumn:
        return tr("Stage");
    case ValueColumn:
        return tr("Value");
    case ProbabilityColumn:
        return tr("Probability");
    case WeightedColumn:
        return tr("Weighted");
    case DaysInStageColumn:
        return tr("Days in Stage");
    case ExpectedCloseColumn:
        return tr("Expected Close");
    case OwnerColumn:
        return tr("Owner");
    case NextStepColumn:
        return tr("Next Step");
    }
    return {};
}

Qt::ItemFlags PipelineModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled
        | Qt::ItemNeverHasChildren;
}

QStringList PipelineModel::mimeTypes() const
{
    return { kMimeType };
}

QMimeData *PipelineModel::mimeData(const QModelIndexList &indexes) const
{
    QList<qint64> ids;
    for (const QModelIndex &index : indexes) {
        if (const PipelineCard *c = cardAt(index.row()); c && !ids.contains(c->id))
            ids.append(c->id);
    }
    if (ids.isEmpty())
        return nullptr;
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << ids;
    auto *mime = new QMimeData;
    mime->setData(kMimeType, bytes);
    return mime;
}

Qt::DropActions PipelineModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QList<qint64> PipelineModel::idsFromMime(const QMimeData *mime)
{
    QList<qint64> ids;
    if (!mime || !mime->hasFormat(kMimeType))
        return ids;
    QDataStream stream(mime->data(kMimeType));
    stream >> ids;
    return stream.status() == QDataStream::Ok ? ids : QList<qint64>();
}

} // namespace cd
