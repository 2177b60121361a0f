#include "reports/reportdocument.h"

#include "domain/money.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextBlock>
#include <QTextObjectInterface>
#include <QTextTable>
#include <QUrl>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(cd::ReportChart)

namespace cd {

namespace {

constexpr int kChartData = QTextFormat::UserProperty + 1;
const QColor kInk(0x22, 0x22, 0x22);
const QColor kMuted(0x55, 0x55, 0x55);
const QColor kRule(0x99, 0x99, 0x99);
const QColor kHeaderFill(0xe8, 0xe8, 0xe8);
// Clients' blue and customers' amber, as on screen; the second series is hatched as well.
const QColor kSeriesColours[]
    = { QColor(0x1f, 0x5f, 0xa8), QColor(0xe0, 0x8a, 0x1e), QColor(0x3a, 0x9a, 0x5b) };
const Qt::BrushStyle kSeriesPatterns[] = { Qt::SolidPattern, Qt::BDiagPattern, Qt::CrossPattern };

/// Never loads anything: what a report shows is added to it as data.
class SealedDocument final : public QTextDocument
{
public:
    using QTextDocument::QTextDocument;

protected:
    QVariant loadResource(int, const QUrl &) override { return {}; }
};

/// Draws ReportChart objects where the document has them.
class ChartObject final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    ChartObject(const QLocale &locale, QObject *parent) : QObject(parent), m_locale(locale) { }

    QSizeF intrinsicSize(QTextDocument *doc, int, const QTextFormat &) override
    {
        qreal width = doc->pageSize().width() > 0 ? doc->pageSize().width() : doc->textWidth();
        if (width <= 0)
            width = 600;
        width -= 2 * doc->documentMargin() + 4;
        return { width, width * 0.40 };
    }

    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int,
                    const QTextFormat &format) override
    {
        const auto chart = format.property(kChartData).value<ReportChart>();
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        QFont font = doc->defaultFont();
        font.setPointSizeF(font.pointSizeF() * 0.85);
        painter->setFont(font);
        const QFontMetricsF metrics(font, painter->device());
        const qreal line = metrics.height();

        // Title, legend at the bottom, value labels on the left, categories below the bars.
        QRectF area = rect;
        if (!chart.title.isEmpty()) {
            QFont bold = font;
            bold.setBold(true);
            painter->setFont(bold);
            painter->setPen(kInk);
            painter->drawText(QRectF(area.left(), area.top(), area.width(), line),
                              Qt::AlignLeft | Qt::AlignVCenter, chart.title);
            painter->setFont(font);
            area.setTop(area.top() + line * 1.4);
        }
        const qreal legendHeight = line * 1.6;
        const qreal categoryHeight = line * 2.4;
        area.setBottom(area.bottom() - legendHeight);

        const int decimals = Money::decimals(chart.currency);
        const qreal scale = std::pow(10.0, decimals);
        qint64 highest = 0;
        for (const ReportChart::Series &s : chart.series)
            for (const qint64 v : s.values)
                highest = std::max(highest, v);
        // Gridlines at 1, 2 or 5 × 10ⁿ whole units; 0 always on the axis.
        const qreal top = std::max(1.0, qreal(highest) / scale);
        const qreal rough = top / 4;
        const qreal magnitude = std::pow(10.0, std::floor(std::log10(rough)));
        qreal step = magnitude;
        for (const qreal m : { 1.0, 2.0, 5.0, 10.0 }) {
            step = m * magnitude;
            if (step >= rough)
                break;
        }
        const int steps = int(std::ceil(top / step));
        QStringList tickLabels;
        qreal labelWidth = 0;
        for (int i = 0; i <= steps; ++i) {
            tickLabels.append(compact(i * step));
            labelWidth = std::max(labelWidth, metrics.horizontalAdvance(tickLabels.last()));
        }
        const QRectF plot(area.left() + labelWidth + line * 0.6, area.top() + line * 0.5,
                          area.width() - labelWidth - line * 0.6,
                          area.height() - categoryHeight - line * 0.5);
        painter->setPen(QPen(kRule, 0));
        for (int i = 0; i <= steps; ++i) {
            const qreal y = plot.bottom() - plot.height() * i / steps;
            painter->setPen(QPen(i == 0 ? kInk : kRule, 0, i == 0 ? Qt::SolidLine : Qt::DotLine));
            painter->drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
            painter->setPen(kMuted);
            painter->drawText(QRectF(area.left(), y - line / 2, labelWidth, line),
                              Qt::AlignRight | Qt::AlignVCenter, tickLabels.at(i));
        }

        const int groups = int(chart.categories.size());
        const int perGroup = int(std::max<qsizetype>(1, chart.series.size()));
        if (groups > 0) {
            const qreal groupWidth = plot.width() / groups;
            const qreal barWidth = groupWidth * 0.7 / perGroup;
            for (int g = 0; g < groups; ++g) {
                const qreal left = plot.left() + g * groupWidth + groupWidth * 0.15;
                for (int s = 0; s < chart.series.size() && s < 3; ++s) {
                    const qint64 value = chart.series.at(s).values.value(g);
                    const qreal h = plot.height() * (qreal(std::max<qint64>(value, 0)) / scale)
                        / (steps * step);
                    const QRectF bar(left + s * barWidth, plot.bottom() - h, barWidth * 0.92, h);
                    fill(painter, bar, s);
                }
                painter->setPen(kInk);
                painter->drawText(QRectF(plot.left() + g * groupWidth, plot.bottom() + line * 0.2,
                                         groupWidth, categoryHeight - line * 0.2),
                                  Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                                  chart.categories.at(g));
            }
        }

        // The legend: a swatch with the series' fill and its name.
        qreal x = plot.left();
        const qreal y = rect.bottom() - legendHeight + line * 0.3;
        for (int s = 0; s < chart.series.size() && s < 3; ++s) {
            const QRectF swatch(x, y + line * 0.15, line * 1.4, line * 0.7);
            fill(painter, swatch, s);
            x = swatch.right() + line * 0.4;
            painter->setPen(kInk);
            const QString name = chart.series.at(s).name;
            painter->drawText(QRectF(x, y, metrics.horizontalAdvance(name) + 2, line),
                              Qt::AlignLeft | Qt::AlignVCenter, name);
            x += metrics.horizontalAdvance(name) + line * 1.5;
        }
        painter->restore();
    }

private:
    static void fill(QPainter *painter, const QRectF &box, int series)
    {
        const QColor colour = kSeriesColours[series];
        painter->setPen(QPen(colour.darker(150), 0));
        painter->setBrush(series == 0 ? QBrush(colour) : QBrush(colour.lighter(160)));
        painter->drawRect(box);
        if (kSeriesPatterns[series] != Qt::SolidPattern) {
            painter->setBrush(QBrush(colour.darker(130), kSeriesPatterns[series]));
            painter->drawRect(box);
        }
    }

    /// Whole units in K, M, B, T of the locale's digits ("1.2 M"; Indonesian "1,2 M").
    QString compact(qreal units) const
    {
        static const std::pair<qreal, const char *> sizes[] = {
            { 1e12, QT_TRANSLATE_NOOP("cd::ReportDocument", "T") },
            { 1e9, QT_TRANSLATE_NOOP("cd::ReportDocument", "B") },
            { 1e6, QT_TRANSLATE_NOOP("cd::ReportDocument", "M") },
            { 1e3, QT_TRANSLATE_NOOP("cd::ReportDocument", "K") },
        };
        for (const auto &[size, unit] : sizes) {
            if (std::abs(units) >= size) {
                const qreal v = units / size;
                const int digits = v == std::floor(v) ? 0 : 1;
                return ReportDocument::tr("%1 %2").arg(m_locale.toString(v, 'f', digits),
                                                       ReportDocument::tr(unit));
            }
        }
        // Below one unit the steps are tenths (0.2, 0.5): shown, not rounded away.
        return m_locale.toString(units, 'f', units == std::floor(units) ? 0 : 1);
    }

    QLocale m_locale;
};

QTextCharFormat textFormat(qreal scale = 1.0, bool bold = false, const QColor &colour = kInk)
{
    QTextCharFormat f;
    f.setForeground(colour);
    f.setFontPointSize(10 * scale);
    if (bold)
        f.setFontWeight(QFont::Bold);
    return f;
}

} // namespace

int ReportDocument::chartObjectType()
{
    return QTextFormat::UserObject + 1;
}

ReportDocument::ReportDocument(const QLocale &locale)
    : m_doc(std::make_unique<SealedDocument>()), m_locale(locale)
{
    QFont font(u"DejaVu Sans"_s);
    font.setPointSizeF(10);
    // No ligatures where a script does not need them: "fi" stays two letters, so the PDF's
    // text is found and copied as typed.
    font.setStyleStrategy(QFont::PreferNoShaping);
    m_doc->setDefaultFont(font);
    m_doc->setDocumentMargin(0);
    m_doc->setUndoRedoEnabled(false);
    // Lines break between words only: an amount or a reference is never cut in two, and a
    // table's columns are at least as wide as their longest word.
    QTextOption wrap = m_doc->defaultTextOption();
    wrap.setWrapMode(QTextOption::WordWrap);
    m_doc->setDefaultTextOption(wrap);
    m_doc->documentLayout()->registerHandler(chartObjectType(),
                                             new ChartObject(locale, m_doc.get()));
    m_cursor = QTextCursor(m_doc.get());
    // One edit block for the whole build: the document is laid out once, at the end, not
    // after every piece of text.
    m_cursor.beginEditBlock();
}

ReportDocument::~ReportDocument()
{
    if (m_doc)
        m_cursor.endEditBlock();
}

std::unique_ptr<QTextDocument> ReportDocument::take()
{
    m_cursor.endEditBlock();
    return std::move(m_doc);
}

void ReportDocument::titleBlock(const QImage &logo, const QString &firm, const QString &address,
                                const QString &title, const QString &subtitle)
{
    QTextBlockFormat block;
    block.setBottomMargin(2);
    m_cursor.setBlockFormat(block);
    if (!logo.isNull()) {
        m_doc->addResource(QTextDocument::ImageResource, QUrl(u"report:logo"_s), logo);
        QTextImageFormat image;
        image.setName(u"report:logo"_s);
        image.setHeight(40);
        image.setWidth(40.0 * logo.width() / std::max(1, logo.height()));
        m_cursor.insertImage(image);
        m_cursor.insertBlock(block);
    }
    if (!firm.isEmpty()) {
        m_cursor.insertText(firm, textFormat(1.2, true));
        m_cursor.insertBlock(block);
    }
    for (const QString &lineText : address.split(u'\n', Qt::SkipEmptyParts)) {
        m_cursor.insertText(lineText.trimmed(), textFormat(0.9, false, kMuted));
        m_cursor.insertBlock(block);
    }
    QTextBlockFormat titleBlockFormat;
    titleBlockFormat.setTopMargin(14);
    m_cursor.setBlockFormat(titleBlockFormat);
    m_cursor.insertText(title, textFormat(2.0, true));
    m_cursor.insertBlock(block);
    QTextBlockFormat rule;
    rule.setBottomMargin(10);
    rule.setProperty(QTextFormat::BlockTrailingHorizontalRulerWidth,
                     QTextLength(QTextLength::PercentageLength, 100));
    m_cursor.setBlockFormat(rule);
    m_cursor.insertText(subtitle, textFormat(1.1, false, kMuted));
}

int ReportDocument::headingProperty()
{
    return QTextFormat::UserProperty + 2;
}

void ReportDocument::heading(const QString &text)
{
    QTextBlockFormat block;
    block.setProperty(headingProperty(), true);
    block.setTopMargin(16);
    block.setBottomMargin(6);
    m_cursor.movePosition(QTextCursor::End);
    m_cursor.insertBlock(block);
    m_cursor.insertText(text, textFormat(1.35, true));
}

void ReportDocument::paragraph(const QString &text, bool muted)
{
    QTextBlockFormat block;
    block.setBottomMargin(4);
    block.setNonBreakableLines(false);
    m_cursor.movePosition(QTextCursor::End);
    m_cursor.insertBlock(block);
    m_cursor.insertText(text, textFormat(1.0, false, muted ? kMuted : kInk));
}

void ReportDocument::labelled(const QString &label, const QString &text)
{
    QTextBlockFormat block;
    block.setTopMargin(10);
    block.setBottomMargin(4);
    m_cursor.movePosition(QTextCursor::End);
    m_cursor.insertBlock(block);
    m_cursor.insertText(label, textFormat(1.0, true));
    m_cursor.insertText(u" "_s, textFormat());
    QTextCharFormat italic = textFormat();
    italic.setFontItalic(true);
    m_cursor.insertText(text, italic);
}

void ReportDocument::subheading(const QString &label, const QString &text)
{
    labelled(label, text);
    QTextBlockFormat block = m_cursor.blockFormat();
    block.setProperty(headingProperty(), true);
    m_cursor.setBlockFormat(block);
}

void ReportDocument::facts(const QList<std::pair<QString, QString>> &pairs)
{
    if (pairs.isEmpty())
        return;
    m_cursor.movePosition(QTextCursor::End);
    QTextTableFormat format;
    format.setBorder(0);
    format.setCellPadding(2);
    format.setCellSpacing(0);
    format.setColumnWidthConstraints({ QTextLength(QTextLength::PercentageLength, 34),
                                       QTextLength(QTextLength::PercentageLength, 66) });
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QTextTable *table = m_cursor.insertTable(int(pairs.size()), 2, format);
    for (int r = 0; r < pairs.size(); ++r) {
        QTextCursor label = table->cellAt(r, 0).firstCursorPosition();
        label.insertText(pairs.at(r).first, textFormat(1.0, false, kMuted));
        QTextCursor value = table->cellAt(r, 1).firstCursorPosition();
        value.insertText(pairs.at(r).second, textFormat());
    }
    m_cursor.movePosition(QTextCursor::End);
}

void ReportDocument::table(const QStringList &header, const QList<QStringList> &rows,
                           const QList<int> &numeric, bool totalRow, const QList<qreal> &widths)
{
    m_cursor.movePosition(QTextCursor::End);
    QTextTableFormat format;
    format.setBorder(0.5);
    format.setBorderBrush(kRule);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderCollapse(true);
    format.setCellPadding(3);
    format.setCellSpacing(0);
    format.setHeaderRowCount(1); // repeated at the top of every page the table runs onto
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    if (widths.size() == header.size()) {
        QList<QTextLength> constraints;
        for (const qreal width : widths)
            constraints.append(QTextLength(QTextLength::PercentageLength, width));
        format.setColumnWidthConstraints(constraints);
    }
    QTextTable *table = m_cursor.insertTable(int(rows.size()) + 1, int(header.size()), format);
    const auto fillCell = [&](int r, int c, const QString &text, bool bold) {
        QTextTableCell cell = table->cellAt(r, c);
        if (r == 0) {
            QTextTableCellFormat shaded = cell.format().toTableCellFormat();
            shaded.setBackground(kHeaderFill);
            cell.setFormat(shaded);
        }
        QTextCursor at = cell.firstCursorPosition();
        QTextBlockFormat block;
        block.setAlignment(numeric.contains(c) ? Qt::AlignRight : Qt::AlignLeft);
        at.setBlockFormat(block);
        at.insertText(text, textFormat(0.9, bold));
    };
    for (int c = 0; c < header.size(); ++c)
        fillCell(0, c, header.at(c), true);
    for (int r = 0; r < rows.size(); ++r) {
        const bool bold = totalRow && r == rows.size() - 1;
        for (int c = 0; c < header.size() && c < rows.at(r).size(); ++c)
            fillCell(r + 1, c, rows.at(r).at(c), bold);
    }
    m_cursor.movePosition(QTextCursor::End);
}

void ReportDocument::sideBySide(const QString &leftHeading, const QStringList &leftLines,
                                const QList<std::pair<QString, QString>> &rightPairs)
{
    m_cursor.movePosition(QTextCursor::End);
    QTextTableFormat format;
    format.setBorder(0);
    format.setCellPadding(0);
    format.setCellSpacing(0);
    format.setTopMargin(10);
    format.setColumnWidthConstraints({ QTextLength(QTextLength::PercentageLength, 52),
                                       QTextLength(QTextLength::PercentageLength, 48) });
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QTextTable *outer = m_cursor.insertTable(1, 2, format);

    QTextCursor left = outer->cellAt(0, 0).firstCursorPosition();
    QTextBlockFormat block;
    block.setBottomMargin(2);
    left.setBlockFormat(block);
    left.insertText(leftHeading, textFormat(0.9, true, kMuted));
    for (qsizetype i = 0; i < leftLines.size(); ++i) {
        left.insertBlock(block);
        left.insertText(leftLines.at(i), textFormat(i == 0 ? 1.1 : 1.0, i == 0));
    }

    QTextCursor right = outer->cellAt(0, 1).firstCursorPosition();
    QTextTableFormat inner;
    inner.setBorder(0);
    inner.setCellPadding(1.5);
    inner.setCellSpacing(0);
    inner.setColumnWidthConstraints({ QTextLength(QTextLength::PercentageLength, 42),
                                      QTextLength(QTextLength::PercentageLength, 58) });
    inner.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    if (!rightPairs.isEmpty()) {
        QTextTable *facts = right.insertTable(int(rightPairs.size()), 2, inner);
        for (int r = 0; r < rightPairs.size(); ++r) {
            QTextCursor label = facts->cellAt(r, 0).firstCursorPosition();
            label.insertText(rightPairs.at(r).first, textFormat(0.95, false, kMuted));
            QTextCursor value = facts->cellAt(r, 1).firstCursorPosition();
            value.insertText(rightPairs.at(r).second, textFormat(0.95, r == 0));
        }
    }
    m_cursor.movePosition(QTextCursor::End);
}

void ReportDocument::totals(const QList<std::pair<QString, QString>> &pairs)
{
    if (pairs.isEmpty())
        return;
    m_cursor.movePosition(QTextCursor::End);
    QTextTableFormat format;
    format.setBorder(0);
    format.setCellPadding(3);
    format.setCellSpacing(0);
    format.setTopMargin(4);
    format.setAlignment(Qt::AlignRight);
    format.setColumnWidthConstraints({ QTextLength(QTextLength::PercentageLength, 60),
                                       QTextLength(QTextLength::PercentageLength, 40) });
    format.setWidth(QTextLength(QTextLength::PercentageLength, 58));
    QTextTable *table = m_cursor.insertTable(int(pairs.size()), 2, format);
    for (int r = 0; r < pairs.size(); ++r) {
        const bool last = r == pairs.size() - 1;
        for (int c = 0; c < 2; ++c) {
            QTextTableCell cell = table->cellAt(r, c);
            if (last) {
                QTextTableCellFormat ruled = cell.format().toTableCellFormat();
                ruled.setTopBorder(1);
                ruled.setTopBorderBrush(kInk);
                ruled.setTopBorderStyle(QTextFrameFormat::BorderStyle_Solid);
                ruled.setBackground(kHeaderFill);
                cell.setFormat(ruled);
            }
            QTextCursor at = cell.firstCursorPosition();
            QTextBlockFormat block;
            block.setAlignment(c == 1 ? Qt::AlignRight : Qt::AlignLeft);
            at.setBlockFormat(block);
            const QString &text = c == 0 ? pairs.at(r).first : pairs.at(r).second;
            at.insertText(text,
                          textFormat(last ? 1.1 : 0.95, last, c == 0 && !last ? kMuted : kInk));
        }
    }
    m_cursor.movePosition(QTextCursor::End);
}

void ReportDocument::chart(const ReportChart &chart)
{
    m_cursor.movePosition(QTextCursor::End);
    QTextBlockFormat block;
    block.setTopMargin(6);
    block.setBottomMargin(6);
    m_cursor.insertBlock(block);
    QTextCharFormat object;
    object.setObjectType(chartObjectType());
    object.setProperty(kChartData, QVariant::fromValue(chart));
    m_cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
}

} // namespace cd

#include "reportdocument.moc"
