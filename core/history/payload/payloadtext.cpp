#include "payloadtext.h"

#include "jsontree.h"
#include "mqtt/utf8.h"

#include <QCoreApplication>
#include <cmath>

namespace homewire::payload {

namespace {

QString trText(const char *text)
{
    return QCoreApplication::translate("homewire::payload", text);
}

// Control characters other than tab, line feed, carriage return and form feed
// mark a payload as binary even when it is valid UTF-8.
bool isBinaryControl(uchar c)
{
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F;
}

bool hasBinaryControl(QByteArrayView bytes)
{
    for (char c : bytes) {
        if (isBinaryControl(uchar(c)))
            return true;
    }
    return false;
}

// The largest prefix of `bytes` not longer than `maxBytes` that does not end
// inside a multi-byte UTF-8 sequence.
qsizetype characterBoundary(QByteArrayView bytes, qsizetype maxBytes)
{
    if (bytes.size() <= maxBytes)
        return bytes.size();
    qsizetype end = maxBytes;
    // Step back over at most three continuation bytes to a lead byte.
    for (int k = 0; k < 3 && end > 0 && (uchar(bytes[end]) & 0xC0) == 0x80; ++k)
        --end;
    return end;
}

QString controlPictures(QString text)
{
    for (QChar &c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r')
            c = QChar(char16_t(0x2400 + u)); // U+2400 SYMBOL FOR NULL and onwards
        else if (u == 0x7F)
            c = QChar(char16_t(0x2421)); // SYMBOL FOR DELETE
    }
    return text;
}

void appendIndent(QByteArray &out, int depth)
{
    out.append('\n');
    out.append(QByteArray(qsizetype(depth) * 2, ' '));
}

} // namespace

PayloadFormat detectFormat(QByteArrayView payload)
{
    if (payload.isEmpty())
        return PayloadFormat::Empty;
    if (!mqtt::validateUtf8(payload) || hasBinaryControl(payload))
        return PayloadFormat::Binary;
    const QByteArrayView trimmed = payload.trimmed();
    if (trimmed.isEmpty())
        return PayloadFormat::Text;
    const char first = trimmed.front();
    const bool mayBeJson = first == '{' || first == '[' || first == '"' || first == '-' ||
                           (first >= '0' && first <= '9') || first == 't' || first == 'f' || first == 'n';
    if (!mayBeJson)
        return PayloadFormat::Text;
    const auto type = JsonTree::validate(payload);
    if (!type)
        return PayloadFormat::Text;
    switch (*type) {
    case JsonType::Object:
        return PayloadFormat::JsonObject;
    case JsonType::Array:
        return PayloadFormat::JsonArray;
    default:
        return PayloadFormat::JsonScalar;
    }
}

bool looksLikeText(QByteArrayView payload, qsizetype maxBytes)
{
    const QByteArrayView head = payload.first(characterBoundary(payload, maxBytes));
    return mqtt::validateUtf8(head).hasValue() && !hasBinaryControl(head);
}

QString formatName(PayloadFormat format)
{
    switch (format) {
    case PayloadFormat::Empty:
        return trText(QT_TRANSLATE_NOOP("homewire::payload", "Empty"));
    case PayloadFormat::JsonObject:
        return trText(QT_TRANSLATE_NOOP("homewire::payload", "JSON object"));
    case PayloadFormat::JsonArray:
        return trText(QT_TRANSLATE_NOOP("homewire::payload", "JSON array"));
    case PayloadFormat::JsonScalar:
        return trText(QT_TRANSLATE_NOOP("homewire::payload", "JSON value"));
    case PayloadFormat::Text:
        return trText(QT_TRANSLATE_NOOP("homewire::payload", "Text"));
    case PayloadFormat::Binary:
        return trText(QT_TRANSLATE_NOOP("homewire::payload", "Binary"));
    }
    return {};
}

QString humanSize(qint64 bytes, const QLocale &locale)
{
    // Spelled out rather than "%n byte(s)": plural forms need a loaded
    // translation, and the untranslated English must read well too.
    if (bytes == 1)
        return trText(QT_TRANSLATE_NOOP("homewire::payload", "1 byte"));
    if (bytes < 1024)
        return trText(QT_TRANSLATE_NOOP("homewire::payload", "%1 bytes")).arg(locale.toString(bytes));
    static const char *const units[] = {QT_TRANSLATE_NOOP("homewire::payload", "KB"),
                                        QT_TRANSLATE_NOOP("homewire::payload", "MB"),
                                        QT_TRANSLATE_NOOP("homewire::payload", "GB")};
    double value = double(bytes) / 1024.0;
    int unit = 0;
    // Round first, so 1023.96 KB reads "1.0 MB" rather than "1024.0 KB".
    while (unit < 2 && std::round(value * 10.0) / 10.0 >= 1024.0) {
        value /= 1024.0;
        ++unit;
    }
    return QStringLiteral("%1 %2").arg(locale.toString(value, 'f', 1), trText(units[unit]));
}

TextExcerpt textExcerpt(QByteArrayView payload, qsizetype maxBytes)
{
    TextExcerpt excerpt;
    excerpt.bytesShown = characterBoundary(payload, maxBytes);
    excerpt.truncated = excerpt.bytesShown < payload.size();
    excerpt.text = controlPictures(QString::fromUtf8(payload.first(excerpt.bytesShown)));
    return excerpt;
}

QString previewLine(QByteArrayView payload, int maxChars)
{
    const qsizetype maxBytes = qsizetype(maxChars) * 4;
    if (!looksLikeText(payload, maxBytes)) {
        const qsizetype shown = qMin(payload.size(), qsizetype(qMax(1, maxChars / 3)));
        QString hex =
            QStringLiteral("0x") + QString::fromLatin1(payload.first(shown).toByteArray().toHex(' '));
        if (shown < payload.size())
            hex.append(QChar(0x2026));
        return hex;
    }
    const TextExcerpt excerpt = textExcerpt(payload, maxBytes);
    QString line = excerpt.text.simplified();
    if (line.size() > maxChars) {
        line.truncate(maxChars - 1);
        // Do not leave half of a surrogate pair before the ellipsis.
        if (!line.isEmpty() && line.back().isHighSurrogate())
            line.chop(1);
        line.append(QChar(0x2026));
    } else if (excerpt.truncated) {
        line.append(QChar(0x2026));
    }
    return line;
}

QByteArray prettyJson(QByteArrayView json)
{
    QByteArray out;
    out.reserve(json.size() + json.size() / 2);
    int depth = 0;
    const qsizetype n = json.size();
    qsizetype i = 0;
    while (i < n) {
        const char c = json[i];
        if (c == '"') {
            // Copy the string token as it is, escapes included.
            const qsizetype start = i++;
            while (i < n && json[i] != '"') {
                if (json[i] == '\\')
                    ++i;
                ++i;
            }
            i = qMin(i + 1, n);
            out.append(json.sliced(start, i - start));
            continue;
        }
        ++i;
        switch (c) {
        case ' ':
        case '\t':
        case '\n':
        case '\r':
            break;
        case '{':
        case '[': {
            qsizetype next = i;
            while (next < n &&
                   (json[next] == ' ' || json[next] == '\t' || json[next] == '\n' || json[next] == '\r'))
                ++next;
            const char close = c == '{' ? '}' : ']';
            if (next < n && json[next] == close) { // {} and [] stay on one line
                out.append(c);
                out.append(close);
                i = next + 1;
                break;
            }
            out.append(c);
            appendIndent(out, ++depth);
            break;
        }
        case '}':
        case ']':
            depth = qMax(0, depth - 1);
            appendIndent(out, depth);
            out.append(c);
            break;
        case ',':
            out.append(',');
            appendIndent(out, depth);
            break;
        case ':':
            out.append(": ");
            break;
        default:
            out.append(c);
            break;
        }
    }
    return out;
}

} // namespace homewire::payload
