#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTextCursor>
#include <QTextDocument>

#include <memory>

namespace cd {

/// A bar chart for a printed report, drawn by the report itself as vectors: bars, axes and
/// text go into the PDF or printer as shapes and selectable text, sharp at any zoom. Series
/// are told apart by fill pattern and the legend as well as colour, so that they read in
/// black and white.
struct ReportChart
{
    struct Series
    {
        QString name;
        QList<qint64> values; ///< minor units, one per category
    };
    QString title;
    QStringList categories;
    QList<Series> series; ///< at most three
    QString currency; ///< the values' currency
};

/// A report under construction: a QTextDocument written through QTextCursor, so every text
/// from the database goes in as text, never as markup, and the document never loads a
/// resource (images are added as data). Tables repeat their header on every page and keep
/// each row's lines together.
class ReportDocument final
{
    Q_DECLARE_TR_FUNCTIONS(cd::ReportDocument)

public:
    explicit ReportDocument(const QLocale &locale);
    ~ReportDocument();
    Q_DISABLE_COPY_MOVE(ReportDocument)

    /// The report's own title block: the firm's logo, name and address, the title and a line.
    void titleBlock(const QImage &logo, const QString &firm, const QString &address,
                    const QString &title, const QString &subtitle);
    void heading(const QString &text);
    void paragraph(const QString &text, bool muted = false);
    /// A paragraph set apart from what comes before, its label in bold: "In words: …".
    void labelled(const QString &label, const QString &text);
    /// The same, kept with what follows it like a heading: it opens a part of a section
    /// (the portfolio report's receivables in one currency).
    void subheading(const QString &label, const QString &text);
    /// Label and value pairs in two columns.
    void facts(const QList<std::pair<QString, QString>> &pairs);
    /// A table with a header row; columns in `numeric` are right-aligned; a last row in bold
    /// when `totalRow`.
    /// `widths`: each column's share of the width in percent (empty: as the text needs).
    void table(const QStringList &header, const QList<QStringList> &rows,
               const QList<int> &numeric = {}, bool totalRow = false,
               const QList<qreal> &widths = {});
    /// Two blocks side by side: on the left a heading over lines (the first in bold: a name),
    /// on the right label and value pairs (an invoice's "Bill to" and its number and dates).
    void sideBySide(const QString &leftHeading, const QStringList &leftLines,
                    const QList<std::pair<QString, QString>> &rightPairs);
    /// Label and amount pairs in a narrow block at the right, amounts right-aligned, the last
    /// pair in bold over a rule (an invoice's totals).
    void totals(const QList<std::pair<QString, QString>> &pairs);
    void chart(const ReportChart &chart);

    /// Hands the document over, laid out (the builder is done).
    std::unique_ptr<QTextDocument> take();

    /// The text object type of charts in the document.
    static int chartObjectType();
    /// The block property that marks headings (kept with what follows them).
    static int headingProperty();

private:
    std::unique_ptr<QTextDocument> m_doc;
    QTextCursor m_cursor;
    QLocale m_locale;
};

} // namespace cd
