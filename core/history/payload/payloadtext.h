// Reading a payload as text: what it is (JSON, UTF-8 text, binary), how big
// it is for a human, a bounded excerpt for display, a one-line preview and a
// pretty-printed JSON text.
//
// Everything here is bounded or linear in the payload size and pure, so the
// inspector can run it on any thread. Bounded functions never decode more than
// they are asked for: a 16 MB payload costs nothing more than its first bytes.
//
// Not here: the JSON tree (jsontree.h), diffs (linediff.h), hex (hexdump.h).
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QLocale>
#include <QString>

namespace homewire::payload {

enum class PayloadFormat : quint8
{
    Empty,
    JsonObject,
    JsonArray,
    JsonScalar, // a number, string, true, false or null on its own
    Text,       // valid UTF-8 without control characters other than tab and line breaks
    Binary,
};

// Reads the whole payload (UTF-8 check and, when it may be JSON, a JSON
// validation): linear, but run it off the GUI thread for large payloads.
PayloadFormat detectFormat(QByteArrayView payload);
// UTF-8 text check only, on at most the first `maxBytes` (a cut multi-byte
// character at the end does not count against it).
bool looksLikeText(QByteArrayView payload, qsizetype maxBytes);
inline bool isJson(PayloadFormat format)
{
    return format == PayloadFormat::JsonObject || format == PayloadFormat::JsonArray ||
           format == PayloadFormat::JsonScalar;
}
// "JSON object", "Text", "Binary", ... (translated)
QString formatName(PayloadFormat format);

// "0 bytes", "512 bytes", "1.5 KB", "16.0 MB" (units of 1024, one decimal).
QString humanSize(qint64 bytes, const QLocale &locale = QLocale());

struct TextExcerpt
{
    QString text;
    qsizetype bytesShown = 0; // payload bytes the text covers
    bool truncated = false;   // the payload goes on after bytesShown
};

// The payload as text, at most `maxBytes` of it, cut at a character boundary.
// Invalid UTF-8 shows as U+FFFD; control characters other than tab and line
// breaks show as their Unicode control pictures (NUL as U+2400), so binary
// payloads stay readable and never upset a text widget.
TextExcerpt textExcerpt(QByteArrayView payload, qsizetype maxBytes);

// One line for lists: whitespace runs become one space, at most `maxChars`
// characters with an ellipsis; binary payloads as hex ("0x00 1f 8b …").
// Reads at most a few times `maxChars` bytes.
QString previewLine(QByteArrayView payload, int maxChars = 120);

// Re-indents JSON (two spaces, one member or element per line, "key": value)
// without parsing it into values: key order and numbers stay exactly as sent.
// Meant for text that JsonTree::validate() accepted; other input is reindented
// as best it can be and never read out of bounds.
QByteArray prettyJson(QByteArrayView json);

} // namespace homewire::payload
