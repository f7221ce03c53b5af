// JsonTree: a JSON payload read once into a compact, order-preserving tree,
// for the inspector's tree view, field paths ("sensor.temp", "values[2]") and
// plots.
//
// Why not QJsonDocument: it sorts object keys (a device's {"temperature",
// "humidity", "battery"} would be shown alphabetically), turns every number
// into a double (64-bit counters lose digits), rejects a top-level scalar and
// holds a full DOM in memory. This reader validates RFC 8259 in one pass with
// an explicit stack (no recursion, so hostile nesting cannot overflow the
// stack) and keeps every node as offsets into the payload: keys and values are
// decoded only when a view asks for them.
//
// Not here: pretty-printing (jsontext.h), the Qt item model (ui/inspector).
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace homewire::payload {

enum class JsonType : quint8
{
    Null,
    Bool,
    Number,
    String,
    Array,
    Object,
};

// Where a JSON text stops being valid. Used as the error "code" of a Result;
// Error::message says why ("unterminated string").
struct JsonSyntaxError
{
    qsizetype offset = 0; // byte offset into the text
    int line = 1;         // 1-based
    int column = 1;       // 1-based, in characters (code points), not bytes
};

template<typename T> using JsonResult = Result<T, JsonSyntaxError>;

// "line 3, column 12: unterminated string"
QString describeJsonError(const Error<JsonSyntaxError> &error);

// Line and column (1-based, columns in code points) of a byte offset.
JsonSyntaxError textPosition(QByteArrayView utf8, qsizetype offset);

// How payload text reads as a number: used by plots.
struct NumberReading
{
    bool booleans = true; // "true"/"false"/"on"/"off" (any case) read as 1/0
};

class JsonTree
{
public:
    // Nesting deeper than this is refused (QJsonDocument allows 1024; real
    // payloads stay far below, hostile ones would only make views slow).
    static constexpr int MaxDepth = 512;
    // Nodes kept by default: about 40 bytes each, so a few tens of MB at most.
    static constexpr qsizetype DefaultMaxNodes = 500'000;

    JsonTree() = default;

    // Reads `json`; keeps at most `maxNodes` nodes (in document order) and
    // reports isTruncated() when there were more. The whole text is validated
    // either way.
    static JsonResult<JsonTree> parse(const QByteArray &json, qsizetype maxNodes = DefaultMaxNodes);
    // Validates without keeping nodes; returns the type of the top-level value.
    static JsonResult<JsonType> validate(QByteArrayView json);

    bool isEmpty() const { return m_nodes.isEmpty(); }
    bool isTruncated() const { return m_truncated; }
    qsizetype nodeCount() const { return m_nodes.size(); }
    const QByteArray &text() const { return m_text; }

    // Node 0 is the top-level value. Children are in document order.
    static constexpr int Root = 0;
    JsonType type(int node) const { return m_nodes.at(node).type; }
    int parent(int node) const { return m_nodes.at(node).parent; }
    int row(int node) const { return m_nodes.at(node).row; }
    int childCount(int node) const { return m_nodes.at(node).childCount; }
    int child(int node, int row) const { return m_children.at(m_nodes.at(node).firstChild + row); }

    // The decoded key of an object member; empty for array elements and the root.
    QString key(int node) const;
    bool hasKey(int node) const { return m_nodes.at(node).keyLength > 0; }
    // Strings decoded, numbers as written, "true"/"false"/"null"; empty for
    // containers.
    QString scalarText(int node) const;
    // The JSON text of the value, exactly as in the payload.
    QByteArrayView rawValue(int node) const;
    // Numbers; with `reading`, also strings that hold a number or a boolean
    // word, and true/false.
    std::optional<double> number(int node, NumberReading reading = {}) const;

    // Path of a node: "sensor.temp", "values[2]", "[0].id"; keys that would
    // not read back plainly are quoted: ["a.b"]. The root's path is empty.
    QString path(int node) const;
    // The node at `path`, or -1. The empty path is the root.
    int find(QStringView path) const;
    // Paths of all nodes that read as numbers, in document order, at most `limit`.
    QStringList numericPaths(qsizetype limit = 200, NumberReading reading = {}) const;

private:
    friend class JsonReader;

    struct Node
    {
        qint32 parent = -1;
        qint32 row = 0;
        qint32 firstChild = 0; // index into m_children
        qint32 childCount = 0;
        qint32 keyOffset = 0; // key token including its quotes
        qint32 keyLength = 0;
        qint32 valueOffset = 0; // value token (containers: brackets included)
        qint32 valueLength = 0;
        JsonType type = JsonType::Null;
    };

    QByteArray m_text;
    QList<Node> m_nodes;
    QList<qint32> m_children;
    bool m_truncated = false;
};

// Decodes a JSON string token (with its quotes) that the reader accepted.
QString decodeJsonString(QByteArrayView token);

// Reads plain text as a number: "21.5", " 42 ", "-1e3", "\"7\"" (a JSON string),
// and with reading.booleans "on"/"off"/"true"/"false". Infinite and NaN are refused.
std::optional<double> numberFromText(QByteArrayView text, NumberReading reading = {});

} // namespace homewire::payload
