#include "hexdump.h"

namespace homewire::payload {

qsizetype hexDumpLineCount(qsizetype size)
{
    return (size + HexBytesPerLine - 1) / HexBytesPerLine;
}

int hexOffsetDigits(qsizetype size)
{
    int digits = 8;
    for (qsizetype max = size > 0 ? size - 1 : 0; (max >> (4 * digits)) != 0;)
        ++digits;
    return digits;
}

int hexColumnPosition(int column)
{
    return column * 3 + (column >= HexBytesPerLine / 2 ? 1 : 0);
}

int hexColumnWidth()
{
    return hexColumnPosition(HexBytesPerLine - 1) + 2;
}

QList<HexDumpLine> hexDumpLines(QByteArrayView data, qsizetype firstLine, qsizetype count)
{
    static const char digits[] = "0123456789abcdef";
    QList<HexDumpLine> lines;
    const qsizetype total = hexDumpLineCount(data.size());
    if (firstLine < 0 || firstLine >= total || count <= 0)
        return lines;
    const qsizetype last = qMin(total, firstLine + count);
    const int offsetDigits = hexOffsetDigits(data.size());
    lines.reserve(last - firstLine);
    for (qsizetype line = firstLine; line < last; ++line) {
        HexDumpLine out;
        out.offset = line * HexBytesPerLine;
        out.offsetText = QString::number(out.offset, 16).rightJustified(offsetDigits, QLatin1Char('0'));
        const qsizetype end = qMin(data.size(), out.offset + HexBytesPerLine);
        out.hex.reserve(hexColumnWidth());
        out.ascii.reserve(HexBytesPerLine);
        for (qsizetype i = out.offset; i < end; ++i) {
            const auto byte = uchar(data[i]);
            const int column = int(i - out.offset);
            if (column > 0)
                out.hex.append(column == HexBytesPerLine / 2 ? QLatin1String("  ") : QLatin1String(" "));
            out.hex.append(QLatin1Char(digits[byte >> 4]));
            out.hex.append(QLatin1Char(digits[byte & 0xF]));
            out.ascii.append(byte >= 0x20 && byte < 0x7F ? QLatin1Char(char(byte)) : QLatin1Char('.'));
        }
        lines.append(std::move(out));
    }
    return lines;
}

} // namespace homewire::payload
