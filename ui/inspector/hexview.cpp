#include "hexview.h"

#include "history/payload/hexdump.h"
#include "palettecolors.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>

namespace homewire::ui {

namespace {

using payload::HexBytesPerLine;

constexpr int Margin = 8;    // left padding, in pixels
constexpr int OffsetGap = 3; // characters between the offset and hex columns
constexpr int AsciiGap = 3;  // characters between the hex and ASCII columns

} // namespace

HexView::HexView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("hexView"));
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setCursor(Qt::IBeamCursor);
    viewport()->setBackgroundRole(QPalette::Base);
    updateMetrics();
}

void HexView::setData(const QByteArray &data)
{
    const bool sameSize = data.size() == m_data.size();
    m_data = data;
    if (!sameSize) {
        // A new payload of another size starts at the top and unselected; a
        // same-sized update (a sensor frame) keeps the place the user looks at.
        m_anchor = m_cursor = -1;
        verticalScrollBar()->setValue(0);
    }
    updateMetrics();
    viewport()->update();
    emit selectionChanged(selectionStart(), selectionLength());
}

void HexView::setSelection(qsizetype start, qsizetype length)
{
    if (length <= 0 || start < 0 || start >= m_data.size()) {
        m_anchor = m_cursor = -1;
    } else {
        m_anchor = start;
        m_cursor = qMin(m_data.size() - 1, start + length - 1);
    }
    viewport()->update();
    emit selectionChanged(selectionStart(), selectionLength());
}

QString HexView::selectedHex() const
{
    if (selectionLength() == 0)
        return {};
    return QString::fromLatin1(m_data.mid(selectionStart(), selectionLength()).toHex(' '));
}

QSize HexView::sizeHint() const
{
    const int columns = m_offsetDigits + OffsetGap + payload::hexColumnWidth() + AsciiGap + HexBytesPerLine;
    return {2 * Margin + columns * m_charWidth + verticalScrollBar()->sizeHint().width(), 20 * m_lineHeight};
}

void HexView::updateMetrics()
{
    const QFontMetrics metrics(font());
    m_charWidth = metrics.horizontalAdvance(QLatin1Char('0'));
    m_lineHeight = metrics.height() + 2;
    m_offsetDigits = payload::hexOffsetDigits(m_data.size());
    updateScrollBars();
}

void HexView::updateScrollBars()
{
    const qsizetype lines = payload::hexDumpLineCount(m_data.size());
    // The first row of the viewport is the column header.
    const int visible = qMax(1, viewport()->height() / m_lineHeight - 1);
    verticalScrollBar()->setRange(0, int(qMax<qsizetype>(0, lines - visible)));
    verticalScrollBar()->setPageStep(visible);
    verticalScrollBar()->setSingleStep(1);
    const int width = 2 * Margin + m_charWidth * (m_offsetDigits + OffsetGap + payload::hexColumnWidth() +
                                                  AsciiGap + HexBytesPerLine);
    horizontalScrollBar()->setRange(0, qMax(0, width - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
}

int HexView::hexX(int column) const
{
    return Margin + m_charWidth * (m_offsetDigits + OffsetGap + payload::hexColumnPosition(column)) -
           horizontalScrollBar()->value();
}

int HexView::asciiX(int column) const
{
    return Margin +
           m_charWidth * (m_offsetDigits + OffsetGap + payload::hexColumnWidth() + AsciiGap + column) -
           horizontalScrollBar()->value();
}

void HexView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    const QPalette &pal = palette();
    const QColor secondary = secondaryTextColor(pal);
    const int ascent = QFontMetrics(font()).ascent() + 1;
    const int xShift = horizontalScrollBar()->value();

    // Column header.
    painter.fillRect(QRect(0, 0, viewport()->width(), m_lineHeight), pal.color(QPalette::AlternateBase));
    painter.setPen(secondary);
    painter.drawText(Margin - xShift, ascent, tr("Offset"));
    for (int column = 0; column < HexBytesPerLine; ++column)
        painter.drawText(hexX(column), ascent, QStringLiteral("%1").arg(column, 2, 16, QLatin1Char('0')));
    painter.drawText(asciiX(0), ascent, tr("ASCII"));

    const qsizetype first = verticalScrollBar()->value();
    const int rows = viewport()->height() / m_lineHeight; // one partly visible row included
    const QList<payload::HexDumpLine> lines = payload::hexDumpLines(m_data, first, rows);
    m_lastPaintedLines = lines.size();
    const qsizetype selStart = selectionStart();
    const qsizetype selEnd = selStart + selectionLength();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const payload::HexDumpLine &line = lines[i];
        const int top = int(i + 1) * m_lineHeight;
        const int baseline = top + ascent;
        if (selectionLength() > 0 && selEnd > line.offset && selStart < line.offset + HexBytesPerLine) {
            const int from = int(qMax(selStart, line.offset) - line.offset);
            const int to = int(qMin(selEnd, line.offset + HexBytesPerLine) - line.offset) - 1;
            const QColor highlight = pal.color(QPalette::Highlight);
            painter.fillRect(QRect(hexX(from), top, hexX(to) + 2 * m_charWidth - hexX(from), m_lineHeight),
                             highlight);
            painter.fillRect(QRect(asciiX(from), top, (to - from + 1) * m_charWidth, m_lineHeight),
                             highlight);
        }
        painter.setPen(secondary);
        painter.drawText(Margin - xShift, baseline, line.offsetText);
        painter.setPen(pal.color(QPalette::Text));
        painter.drawText(hexX(0), baseline, line.hex);
        painter.drawText(asciiX(0), baseline, line.ascii);
        if (selectionLength() > 0 && selEnd > line.offset && selStart < line.offset + HexBytesPerLine) {
            // Selected bytes again in the highlighted text colour.
            painter.setPen(pal.color(QPalette::HighlightedText));
            const int from = int(qMax(selStart, line.offset) - line.offset);
            const int to = int(qMin(selEnd, line.offset + HexBytesPerLine) - line.offset) - 1;
            for (int column = from; column <= to; ++column) {
                painter.drawText(hexX(column), baseline, line.hex.mid(payload::hexColumnPosition(column), 2));
                painter.drawText(asciiX(column), baseline, line.ascii.mid(column, 1));
            }
        }
    }
    if (m_data.isEmpty()) {
        painter.setPen(secondary);
        painter.drawText(QRect(0, m_lineHeight, viewport()->width(), 3 * m_lineHeight), Qt::AlignCenter,
                         tr("The payload is empty."));
    }
}

void HexView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

qsizetype HexView::byteAt(const QPoint &pos) const
{
    const int row = pos.y() / m_lineHeight - 1;
    if (row < 0 || m_data.isEmpty())
        return -1;
    const qsizetype line = verticalScrollBar()->value() + row;
    int column = -1;
    if (pos.x() >= asciiX(0) - m_charWidth) {
        column = qBound(0, (pos.x() - asciiX(0)) / m_charWidth, HexBytesPerLine - 1);
    } else {
        // The nearest byte whose two digits start left of the click.
        column = 0;
        for (int c = 0; c < HexBytesPerLine; ++c) {
            if (pos.x() >= hexX(c) - m_charWidth / 2)
                column = c;
        }
    }
    return qBound<qsizetype>(0, line * HexBytesPerLine + column, m_data.size() - 1);
}

void HexView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mousePressEvent(event);
    const qsizetype byte = byteAt(event->position().toPoint());
    if (byte < 0)
        return;
    if (!(event->modifiers() & Qt::ShiftModifier) || m_anchor < 0)
        m_anchor = byte;
    m_cursor = byte;
    viewport()->update();
    emit selectionChanged(selectionStart(), selectionLength());
}

void HexView::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton) || m_anchor < 0)
        return;
    const qsizetype byte = byteAt(event->position().toPoint());
    if (byte < 0 || byte == m_cursor)
        return;
    m_cursor = byte;
    viewport()->update();
    emit selectionChanged(selectionStart(), selectionLength());
}

void HexView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copySelection(false);
        return;
    }
    if (event->matches(QKeySequence::SelectAll)) {
        setSelection(0, m_data.size());
        return;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void HexView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *copyHex = menu.addAction(tr("Copy as Hex"));
    QAction *copyText = menu.addAction(tr("Copy as Text"));
    copyHex->setEnabled(selectionLength() > 0);
    copyText->setEnabled(selectionLength() > 0);
    menu.addSeparator();
    QAction *selectAll = menu.addAction(tr("Select All"));
    QAction *chosen = menu.exec(event->globalPos());
    if (chosen == copyHex)
        copySelection(false);
    else if (chosen == copyText)
        copySelection(true);
    else if (chosen == selectAll)
        setSelection(0, m_data.size());
}

void HexView::copySelection(bool asText) const
{
    if (selectionLength() == 0)
        return;
    const QByteArray bytes = m_data.mid(selectionStart(), selectionLength());
    QApplication::clipboard()->setText(asText ? QString::fromUtf8(bytes) : selectedHex());
}

void HexView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        updateMetrics();
    QAbstractScrollArea::changeEvent(event);
}

} // namespace homewire::ui
