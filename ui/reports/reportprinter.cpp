#include "reports/reportprinter.h"

#include "reports/reportdocument.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

const QColor kMuted(0x55, 0x55, 0x55);

/// Which page a point of the laid-out document falls on.
int pageOf(qreal y, qreal pageHeight)
{
    return int(std::floor(y / pageHeight));
}

void relayoutFrom(QTextDocument &document, int position)
{
    document.markContentsDirty(position, document.characterCount() - position);
}

/// Headings marked by ReportDocument: their page breaks from an earlier layout (another paper
/// size) go, so that the passes below start afresh.
void clearBreaks(QTextDocument &document)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat format = block.blockFormat();
        if (format.property(ReportDocument::headingProperty()).toBool()
            && format.pageBreakPolicy() != QTextFormat::PageBreak_Auto) {
            format.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
            QTextCursor(block).setBlockFormat(format);
            relayoutFrom(document, block.position());
        }
    }
}

/// The first heading too near the foot of its page to have anything under it moves to the
/// next page (a page break before it); true when one did.
bool moveLoneHeading(QTextDocument &document, qreal pageHeight, qreal room)
{
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat format = block.blockFormat();
        if (!format.property(ReportDocument::headingProperty()).toBool()
            || format.pageBreakPolicy() == QTextFormat::PageBreak_AlwaysBefore)
            continue;
        const QRectF box = layout->blockBoundingRect(block);
        const qreal pageEnd = (pageOf(box.top(), pageHeight) + 1) * pageHeight;
        if (pageEnd - box.bottom() >= room)
            continue;
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(block).setBlockFormat(format);
        relayoutFrom(document, block.position());
        return true;
    }
    return false;
}

/// The top and bottom of a table row as laid out, over all its cells.
std::pair<qreal, qreal> rowExtent(QTextTable *table, int row)
{
    QAbstractTextDocumentLayout *layout = table->document()->documentLayout();
    qreal top = std::numeric_limits<qreal>::max();
    qreal bottom = std::numeric_limits<qreal>::lowest();
    for (int c = 0; c < table->columns(); ++c) {
        const QTextTableCell cell = table->cellAt(row, c);
        const QTextBlock first = cell.firstCursorPosition().block();
        const QTextBlock last = cell.lastCursorPosition().block();
        top = std::min(top, layout->blockBoundingRect(first).top());
        bottom = std::max(bottom, layout->blockBoundingRect(last).bottom());
    }
    return { top, bottom };
}

/// Copies a cell's format and its text, block by block with their formats, into another.
/// (Text and formats only: the cells of a report's tables hold nothing else.)
void copyCell(const QTextTableCell &from, QTextTableCell to)
{
    to.setFormat(from.format());
    QTextCursor target = to.firstCursorPosition();
    bool first = true;
    for (QTextFrame::iterator it = from.begin(); !it.atEnd(); ++it) {
        const QTextBlock block = it.currentBlock();
        if (!block.isValid())
            continue;
        if (!first)
            target.insertBlock();
        first = false;
        target.setBlockFormat(block.blockFormat());
        for (QTextBlock::iterator part = block.begin(); !part.atEnd(); ++part)
            target.insertText(part.fragment().text(), part.fragment().charFormat());
    }
}

/// The first table row that starts on one page and ends on the next is moved, with the rows
/// after it, into a table of their own that begins a new page under a copy of the header
/// row; true when one was. Qt repeats a table's header on each page but may cut a row of
/// several lines in two.
bool moveSplitRow(QTextDocument &document, qreal pageHeight)
{
    const QList<QTextFrame *> frames = document.rootFrame()->childFrames();
    for (QTextFrame *frame : frames) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table || table->format().headerRowCount() != 1 || table->rows() < 3)
            continue;
        for (int r = 2; r < table->rows(); ++r) { // the first data row stays with the header
            const auto [top, bottom] = rowExtent(table, r);
            if (pageOf(top, pageHeight) == pageOf(bottom - 1, pageHeight)
                || bottom - top > pageHeight / 2) // a row taller than that is cut anyway
                continue;
            const int rows = table->rows() - r;
            QTextCursor after(&document);
            after.setPosition(table->lastPosition() + 1);
            after.beginEditBlock(); // laid out once, when the move is done
            QTextTableFormat format = table->format();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextTable *rest = after.insertTable(rows + 1, table->columns(), format);
            for (int c = 0; c < table->columns(); ++c) {
                copyCell(table->cellAt(0, c), rest->cellAt(0, c));
                for (int i = 0; i < rows; ++i)
                    copyCell(table->cellAt(r + i, c), rest->cellAt(i + 1, c));
            }
            table->removeRows(r, rows);
            after.endEditBlock();
            relayoutFrom(document, table->firstPosition());
            return true;
        }
    }
    return false;
}

/// Keeps headings with what follows them and table rows whole, moving them to the next page
/// where needed; each move lays the rest out again.
void keepTogether(QTextDocument &document, qreal pageHeight, qreal room)
{
    clearBreaks(document);
    for (int moves = 0; moves < 200; ++moves) {
        if (!moveLoneHeading(document, pageHeight, room) && !moveSplitRow(document, pageHeight))
            return;
    }
}

/// `text` large, slanted and see-through across the middle of the page, over the content so
/// that no table's shading hides it, yet every word under it stays legible.
void paintWatermark(QPainter &painter, const QRectF &page, const QString &text, QFont font)
{
    painter.save();
    font.setBold(true);
    font.setPointSizeF(100);
    // As wide as two thirds of the page.
    const qreal width = QFontMetricsF(font, painter.device()).horizontalAdvance(text);
    font.setPointSizeF(100 * page.width() * 0.66 / std::max<qreal>(width, 1));
    painter.setFont(font);
    painter.setPen(QColor(0xb0, 0x1c, 0x1c, 56));
    painter.translate(page.center());
    painter.rotate(-30);
    const qreal w = page.width();
    painter.drawText(QRectF(-w, -w / 2, 2 * w, w), Qt::AlignCenter, text);
    painter.restore();
}

} // namespace

QPageSize ReportPrinter::pageSizeFor(const QLocale &locale)
{
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::Venezuela:
    case QLocale::Philippines:
    case QLocale::PuertoRico:
        return QPageSize(QPageSize::Letter);
    default:
        return QPageSize(QPageSize::A4);
    }
}

Result<int> ReportPrinter::paint(QTextDocument &document, const ReportFrame &frame,
                                 QPagedPaintDevice &device, const QLocale &locale)
{
    QPainter painter;
    if (!painter.begin(&device))
        return Error { tr("The report cannot be drawn on this printer or file.") };
    QFont small = document.defaultFont();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    const QFontMetricsF metrics(small, &device);
    const qreal line = metrics.height();
    const qreal headerHeight = line * 3.2;
    const qreal footerHeight = line * 3.2;
    const QRectF page(0, 0, device.width(), device.height());
    const QRectF body(0, headerHeight, page.width(), page.height() - headerHeight - footerHeight);

    document.documentLayout()->setPaintDevice(&device);
    document.setPageSize(body.size());
    keepTogether(document, body.height(),
                 QFontMetricsF(document.defaultFont(), &device).height() * 5);
    const int pages = document.pageCount();
    const QString printed = locale.toString(frame.printedOn, u"d MMMM yyyy"_s);
    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !device.newPage())
            return Error { tr("A new page could not be started.") };
        painter.save();
        painter.translate(body.left(), body.top() - i * body.height());
        document.drawContents(&painter, QRectF(0, i * body.height(), body.width(), body.height()));
        painter.restore();
        if (!frame.watermark.isEmpty())
            paintWatermark(painter, page, frame.watermark, document.defaultFont());

        painter.setFont(small);
        painter.setPen(kMuted);
        // Header: firm and title on the left, the subject on the right; a rule below.
        const QString left
            = frame.firm.isEmpty() ? frame.title : tr("%1 · %2").arg(frame.firm, frame.title);
        const QRectF headerLine(0, 0, page.width(), line);
        painter.drawText(headerLine, Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(left, Qt::ElideRight, page.width() * 0.58));
        painter.drawText(headerLine, Qt::AlignRight | Qt::AlignVCenter,
                         metrics.elidedText(frame.subject, Qt::ElideRight, page.width() * 0.4));
        painter.setPen(QPen(kMuted, 0));
        painter.drawLine(QPointF(0, line * 1.6), QPointF(page.width(), line * 1.6));
        // Footer: a rule, the printed date and the page, the confidentiality line.
        const qreal footTop = page.height() - footerHeight + line * 0.8;
        painter.drawLine(QPointF(0, footTop), QPointF(page.width(), footTop));
        const QRectF first(0, footTop + line * 0.4, page.width(), line);
        painter.drawText(first, Qt::AlignLeft | Qt::AlignVCenter, tr("Printed %1").arg(printed));
        painter.drawText(first, Qt::AlignRight | Qt::AlignVCenter,
                         tr("Page %1 of %2").arg(locale.toString(i + 1), locale.toString(pages)));
        painter.drawText(QRectF(0, footTop + line * 1.4, page.width(), line),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(frame.confidentiality, Qt::ElideRight, page.width()));
    }
    if (!painter.end())
        return Error { tr("The report could not be finished.") };
    return pages;
}

Result<int> ReportPrinter::writePdf(QTextDocument &document, const ReportFrame &frame,
                                    const QString &path, const QLocale &locale)
{
    const QFileInfo info(path);
    if (info.isDir())
        return Error {
            tr("%1 is a folder; give the name of a PDF file.").arg(QDir::toNativeSeparators(path))
        };
    if (!info.absoluteDir().exists())
        return Error {
            tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath()))
        };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {
            tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString())
        };
    Result<int> pages = Error { QString() };
    {
        QPdfWriter pdf(&file);
        pdf.setPageSize(pageSizeFor(locale));
        pdf.setPageMargins(QMarginsF(18, 16, 18, 14), QPageLayout::Millimeter);
        pdf.setResolution(300);
        pdf.setTitle(frame.subject.isEmpty() ? frame.title
                                             : tr("%1: %2").arg(frame.title, frame.subject));
        pdf.setCreator(u"ClientDesk"_s);
        pages = paint(document, frame, pdf, locale);
    }
    if (!pages) {
        file.cancelWriting();
        return pages;
    }
    // QSaveFile::commit() may not notice that flushing its last bytes failed (a full disk):
    // flush first, so a truncated PDF is never put in place.
    if (!file.flush()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Error { tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), reason) };
    }
    if (!file.commit())
        return Error {
            tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString())
        };
    return pages;
}

} // namespace cd
