// Hex dump lines (offset, hex bytes, ASCII) formatted on demand for a range of
// lines, so a view formats only what it shows: a 16 MB payload is a million
// lines, of which a screen needs forty.
//
// Line layout, 16 bytes a line, a wider gap after the eighth byte:
//   offset "0000fff0"  hex "48 65 6c 6c 6f 20 77 6f  72 6c 64 0a"  ascii "Hello world."
// Bytes outside 0x20..0x7e show as '.' in the ASCII column.
//
// Not here: painting and selection (ui/inspector/hexview.h).
#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace homewire::payload {

inline constexpr int HexBytesPerLine = 16;

struct HexDumpLine
{
    qsizetype offset = 0;
    QString offsetText; // at least 8 hex digits, more for payloads of 4 GB and up
    QString hex;        // not padded: a short last line is shorter
    QString ascii;
};

qsizetype hexDumpLineCount(qsizetype size);
// Digits of the offset column for a payload of `size` bytes.
int hexOffsetDigits(qsizetype size);
// The character column of byte `column` (0..15) within HexDumpLine::hex.
int hexColumnPosition(int column);
// Width in characters of a full hex column.
int hexColumnWidth();

// Lines [firstLine, firstLine + count) of the dump, clipped to the data.
QList<HexDumpLine> hexDumpLines(QByteArrayView data, qsizetype firstLine, qsizetype count);

} // namespace homewire::payload
