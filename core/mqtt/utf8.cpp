#include "utf8.h"

#include <QString>
#include <cstring>

namespace homewire::mqtt {

namespace {

Error<CodecError> invalidAt(qsizetype offset)
{
    return makeError(
        CodecError::InvalidUtf8,
        QStringLiteral("ill-formed UTF-8 at byte %1 (MQTT-1.5.3-1; MQTT-1.5.4-1 in 5.0)").arg(offset));
}

} // namespace

CodecResult<void> validateUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        // Fast path: eight ASCII bytes at a time (topic names are mostly ASCII).
        // A zero byte still has to be found, so test for it as well.
        if (i + 8 <= n) {
            quint64 word;
            std::memcpy(&word, p + i, 8);
            const quint64 high = word & 0x8080808080808080ULL;
            const quint64 zero = (word - 0x0101010101010101ULL) & ~word & 0x8080808080808080ULL;
            if (high == 0 && zero == 0) {
                i += 8;
                continue;
            }
        }
        const uchar c = p[i];
        if (c == 0)
            return makeError(CodecError::NullCharacter,
                             QStringLiteral("U+0000 at byte %1 (MQTT-1.5.3-2; MQTT-1.5.4-2 in 5.0)").arg(i));
        if (c < 0x80) {
            ++i;
            continue;
        }
        const int length = utf8SequenceLength(p + i, n - i);
        if (length == 0)
            return invalidAt(i);
        i += length;
    }
    return {};
}

int utf8SequenceLength(const uchar *p, qsizetype available)
{
    const uchar c = p[0];
    if (c < 0x80)
        return 1;
    // Table 3-7 of the Unicode standard: well-formed byte sequences.
    int length;
    uchar lo = 0x80, hi = 0xBF; // allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
        length = 2;
    } else if (c == 0xE0) {
        length = 3;
        lo = 0xA0; // no overlong forms
    } else if (c == 0xED) {
        length = 3;
        hi = 0x9F; // no surrogates U+D800..U+DFFF
    } else if (c >= 0xE1 && c <= 0xEF) {
        length = 3;
    } else if (c == 0xF0) {
        length = 4;
        lo = 0x90;
    } else if (c >= 0xF1 && c <= 0xF3) {
        length = 4;
    } else if (c == 0xF4) {
        length = 4;
        hi = 0x8F; // nothing above U+10FFFF
    } else {
        return 0;
    }
    if (available < length || p[1] < lo || p[1] > hi)
        return 0;
    for (int k = 2; k < length; ++k) {
        if ((p[k] & 0xC0) != 0x80)
            return 0;
    }
    return length;
}

} // namespace homewire::mqtt
