// HexView: a hex dump of a payload (offset, hex bytes, ASCII) painted lazily:
// each paint formats only the lines in view, so a 16 MB payload (a million
// lines) scrolls as smoothly as a small one and costs nothing until shown.
//
// Bytes can be selected with the mouse (drag, Shift+click) in either column;
// Ctrl+C and the context menu copy them as hex or as text.
//
// Not here: the dump format itself (core/history/payload/hexdump.h).
#pragma once

#include <QAbstractScrollArea>
#include <QByteArray>

namespace homewire::ui {

class HexView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit HexView(QWidget *parent = nullptr);

    void setData(const QByteArray &data);
    const QByteArray &data() const { return m_data; }

    // Selected bytes [selectionStart, selectionStart + selectionLength).
    qsizetype selectionStart() const { return qMin(m_anchor, m_cursor); }
    qsizetype selectionLength() const { return m_anchor < 0 ? 0 : qAbs(m_cursor - m_anchor) + 1; }
    void setSelection(qsizetype start, qsizetype length);
    QString selectedHex() const;
    // Lines the last paint formatted: a test seam showing that painting is lazy.
    qsizetype lastPaintedLineCount() const { return m_lastPaintedLines; }

    QSize sizeHint() const override;

signals:
    void selectionChanged(qsizetype start, qsizetype length);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateMetrics();
    void updateScrollBars();
    qsizetype byteAt(const QPoint &viewportPos) const;
    int hexX(int column) const;
    int asciiX(int column) const;
    void copySelection(bool asText) const;

    QByteArray m_data;
    qsizetype m_anchor = -1;
    qsizetype m_cursor = -1;
    int m_charWidth = 8;
    int m_lineHeight = 16;
    int m_offsetDigits = 8;
    qsizetype m_lastPaintedLines = 0;
};

} // namespace homewire::ui
