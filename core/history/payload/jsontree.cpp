#include "jsontree.h"

#include "mqtt/utf8.h"

#include <QCoreApplication>
#include <cctype>
#include <cmath>
#include <limits>

namespace homewire::payload {

namespace {

QString trJson(const char *text)
{
    return QCoreApplication::translate("homewire::payload::JsonTree", text);
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isHexDigit(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

int hexValue(char c)
{
    if (isDigit(c))
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return c - 'A' + 10;
}

// A key that reads back as itself in a path, without quoting.
bool isPlainPathKey(const QString &key)
{
    if (key.isEmpty())
        return false;
    for (QChar c : key) {
        if (c == u'.' || c == u'[' || c == u']' || c == u'"' || c == u'\\')
            return false;
    }
    return true;
}

struct PathSegment
{
    bool isIndex = false;
    qsizetype index = 0;
    QString key;
};

// "a.b[2][\"c.d\"]" -> a, b, 2, c.d. Returns false on a malformed path.
bool splitPath(QStringView path, QList<PathSegment> &segments)
{
    qsizetype i = 0;
    const qsizetype n = path.size();
    bool expectSeparator = false;
    while (i < n) {
        const QChar c = path[i];
        if (c == u'[') {
            ++i;
            PathSegment segment;
            if (i < n && path[i] == u'"') {
                ++i;
                while (i < n && path[i] != u'"') {
                    if (path[i] == u'\\' && i + 1 < n)
                        ++i;
                    segment.key.append(path[i]);
                    ++i;
                }
                if (i >= n)
                    return false;
                ++i; // closing quote
            } else {
                const qsizetype start = i;
                while (i < n && path[i].isDigit())
                    ++i;
                bool ok = false;
                segment.index = path.mid(start, i - start).toLongLong(&ok);
                if (!ok)
                    return false;
                segment.isIndex = true;
            }
            if (i >= n || path[i] != u']')
                return false;
            ++i;
            segments.append(std::move(segment));
            expectSeparator = true;
            continue;
        }
        if (expectSeparator) {
            if (c != u'.')
                return false;
            ++i;
        }
        const qsizetype start = i;
        while (i < n && path[i] != u'.' && path[i] != u'[')
            ++i;
        if (i == start)
            return false;
        segments.append(PathSegment{false, 0, path.mid(start, i - start).toString()});
        expectSeparator = true;
    }
    return true;
}

} // namespace

QString describeJsonError(const Error<JsonSyntaxError> &error)
{
    return trJson("line %1, column %2: %3").arg(error.code.line).arg(error.code.column).arg(error.message);
}

JsonSyntaxError textPosition(QByteArrayView utf8, qsizetype offset)
{
    JsonSyntaxError position;
    position.offset = offset;
    const qsizetype end = qMin(offset, utf8.size());
    for (qsizetype i = 0; i < end; ++i) {
        const char c = utf8[i];
        if (c == '\n') {
            ++position.line;
            position.column = 1;
        } else if ((uchar(c) & 0xC0) != 0x80) { // continuation bytes do not start a character
            ++position.column;
        }
    }
    return position;
}

// The one-pass reader behind JsonTree::parse and JsonTree::validate.
class JsonReader
{
public:
    JsonReader(QByteArrayView text, JsonTree *tree, qsizetype maxNodes)
        : m_p(text.data())
        , m_n(text.size())
        , m_tree(tree)
        , m_maxNodes(tree ? maxNodes : 0)
    {}

    JsonResult<JsonType> read();

private:
    struct Frame
    {
        qint32 node;
        bool isObject;
        QList<qint32> children;
    };

    Error<JsonSyntaxError> fail(qsizetype offset, const char *reason) const
    {
        return makeError(textPosition(QByteArrayView(m_p, m_n), offset), trJson(reason));
    }
    void skipSpace()
    {
        while (m_pos < m_n && isSpace(m_p[m_pos]))
            ++m_pos;
    }
    std::optional<Error<JsonSyntaxError>> scanString();
    std::optional<Error<JsonSyntaxError>> scanNumber();
    qint32 addNode(JsonType type, qsizetype start, qsizetype end);
    void closeContainer();

    const char *m_p;
    qsizetype m_n;
    qsizetype m_pos = 0;
    JsonTree *m_tree;
    qsizetype m_maxNodes;
    QList<Frame> m_stack;
    qsizetype m_keyOffset = 0;
    qsizetype m_keyLength = 0;
};

std::optional<Error<JsonSyntaxError>> JsonReader::scanString()
{
    const qsizetype start = m_pos;
    ++m_pos; // opening quote
    while (m_pos < m_n) {
        const char c = m_p[m_pos];
        if (c == '"') {
            ++m_pos;
            return std::nullopt;
        }
        if (uchar(c) < 0x20)
            return fail(m_pos,
                        QT_TRANSLATE_NOOP("homewire::payload::JsonTree",
                                          "control character in a string (write it as \\n, \\t or \\u00XX)"));
        if (c == '\\') {
            if (m_pos + 1 >= m_n)
                break;
            const char e = m_p[m_pos + 1];
            if (e == 'u') {
                for (int k = 2; k < 6; ++k) {
                    if (m_pos + k >= m_n || !isHexDigit(m_p[m_pos + k]))
                        return fail(m_pos, QT_TRANSLATE_NOOP("homewire::payload::JsonTree",
                                                             "\\u must be followed by four hex digits"));
                }
                m_pos += 6;
                continue;
            }
            if (e != '"' && e != '\\' && e != '/' && e != 'b' && e != 'f' && e != 'n' && e != 'r' && e != 't')
                return fail(m_pos,
                            QT_TRANSLATE_NOOP("homewire::payload::JsonTree", "invalid escape sequence"));
            m_pos += 2;
            continue;
        }
        const int length =
            mqtt::utf8SequenceLength(reinterpret_cast<const uchar *>(m_p + m_pos), m_n - m_pos);
        if (length == 0)
            return fail(m_pos, QT_TRANSLATE_NOOP("homewire::payload::JsonTree", "invalid UTF-8 in a string"));
        m_pos += length;
    }
    return fail(start, QT_TRANSLATE_NOOP("homewire::payload::JsonTree", "unterminated string"));
}

std::optional<Error<JsonSyntaxError>> JsonReader::scanNumber()
{
    const qsizetype start = m_pos;
    if (m_p[m_pos] == '-')
        ++m_pos;
    if (m_pos >= m_n || !isDigit(m_p[m_pos]))
        return fail(start, QT_TRANSLATE_NOOP("homewire::payload::JsonTree", "invalid number"));
    if (m_p[m_pos] == '0') {
        ++m_pos;
        if (m_pos < m_n && isDigit(m_p[m_pos]))
            return fail(start, QT_TRANSLATE_NOOP("homewire::payload::JsonTree",
                                                 "invalid number: leading zeros are not allowed"));
    } else {
        while (m_pos < m_n && isDigit(m_p[m_pos]))
            ++m_pos;
    }
    if (m_pos < m_n && m_p[m_pos] == '.') {
        ++m_pos;
        if (m_pos >= m_n || !isDigit(m_p[m_pos]))
            return fail(start, QT_TRANSLATE_NOOP("homewire::payload::JsonTree",
                                                 "invalid number: digits must follow the decimal point"));
        while (m_pos < m_n && isDigit(m_p[m_pos]))
            ++m_pos;
    }
    if (m_pos < m_n && (m_p[m_pos] == 'e' || m_p[m_pos] == 'E')) {
        ++m_pos;
        if (m_pos < m_n && (m_p[m_pos] == '+' || m_p[m_pos] == '-'))
            ++m_pos;
        if (m_pos >= m_n || !isDigit(m_p[m_pos]))
            return fail(start, QT_TRANSLATE_NOOP("homewire::payload::JsonTree",
                                                 "invalid number: digits must follow the exponent"));
        while (m_pos < m_n && isDigit(m_p[m_pos]))
            ++m_pos;
    }
    return std::nullopt;
}

qint32 JsonReader::addNode(JsonType type, qsizetype start, qsizetype end)
{
    const qsizetype keyOffset = m_keyOffset;
    const qsizetype keyLength = m_keyLength;
    m_keyLength = 0;
    if (!m_tree)
        return -1;
    // A value whose container was not kept is not kept either, so every kept
    // node's ancestors are kept.
    const qint32 parent = m_stack.isEmpty() ? -1 : m_stack.last().node;
    if (m_tree->m_nodes.size() >= m_maxNodes || (!m_stack.isEmpty() && parent < 0)) {
        m_tree->m_truncated = true;
        return -1;
    }
    JsonTree::Node node;
    node.parent = parent;
    node.type = type;
    node.keyOffset = qint32(keyOffset);
    node.keyLength = qint32(keyLength);
    node.valueOffset = qint32(start);
    node.valueLength = qint32(end - start);
    const auto id = qint32(m_tree->m_nodes.size());
    if (!m_stack.isEmpty()) {
        node.row = qint32(m_stack.last().children.size());
        m_stack.last().children.append(id);
    }
    m_tree->m_nodes.append(node);
    return id;
}

void JsonReader::closeContainer()
{
    Frame frame = m_stack.takeLast();
    if (m_tree && frame.node >= 0) {
        JsonTree::Node &node = m_tree->m_nodes[frame.node];
        node.firstChild = qint32(m_tree->m_children.size());
        node.childCount = qint32(frame.children.size());
        node.valueLength = qint32(m_pos + 1 - node.valueOffset);
        m_tree->m_children.append(frame.children);
    }
    ++m_pos;
}

JsonResult<JsonType> JsonReader::read()
{
    // Offsets are kept as qint32; MQTT payloads stay below 256 MB.
    if (m_n > std::numeric_limits<qint32>::max())
        return fail(0, QT_TRANSLATE_NOOP("homewire::payload::JsonTree", "text too large"));

    enum class Expect
    {
        Value,
        FirstValueOrEnd,
        Key,
        FirstKeyOrEnd,
        CommaOrEnd
    };
    Expect expect = Expect::Value;
    JsonType rootType = JsonType::Null;
    bool done = false;
    while (!done) {
        skipSpace();
        if (m_pos >= m_n) {
            if (m_stack.isEmpty())
                return fail(m_pos, QT_TRANSLATE_NOOP("homewire::payload::JsonTree", "expected a value"));
            return fail(m_pos, m_stack.last().isObject
                                   ? QT_TRANSLATE_NOOP("homewire::payload::JsonTree", "unterminated object")
                                   : QT_TRANSLATE_NOOP("homewire::payload::JsonTree", "unterminated array"));
        }
        const char c = m_p[m_pos];
        switch (expect) {
        case Expect::FirstKeyOrEnd:
        case Expect::Key:
            if (expect == Expect::FirstKeyOrEnd && c == '}') {
                closeContainer();
                expect = Expect::CommaOrEnd;
                break;
            }
            if (c != '"')
                return fail(m_pos, QT_TRANSLATE_NOOP("homewire::payload::JsonTree",
                                                     "expected a key in double quotes"));
            {
                const qsizetype keyStart = m_pos;
                if (auto error = scanString())
                    return *error;
                const qsizetype keyEnd = m_pos;
                skipSpace();
                if (m_pos >= m_n || m_p[m_pos] != ':')
                    return fail(m_pos,
                                QT_TRANSLATE_NOOP("homewire::payload::JsonTree", "expected ':' after a key"));
                ++m_pos;
                m_keyOffset = keyStart;
                m_keyLength = keyEnd - keyStart;
            }
            expect = Expect::Value;
            break;
        case Expect::CommaOrEnd: {
            const bool isObject = m_stack.last().isObject;
            if (c == ',') {
                ++m_pos;
                expect = isObject ? Expect::Key : Expect::Value;
            } else if (c == (isObject ? '}' : ']')) {
                closeContainer();
            } else {
                return fail(m_pos, isObject
                                       ? QT_TRANSLATE_NOOP("homewire::payload::JsonTree",
                                                           "expected ',' or '}' after an object member")
                                       : QT_TRANSLATE_NOOP("homewire::payload::JsonTree",
                                                           "expected ',' or ']' after an array element"));
            }
            break;
        }
        case Expect::FirstValueOrEnd:
        case Expect::Value: {
            if (expect == Expect::FirstValueOrEnd && c == ']') {
                closeContainer();
                expect = Expect::CommaOrEnd;
                break;
            }
            const qsizetype start = m_pos;
            const bool atTop = m_stack.isEmpty();
            JsonType type;
            if (c == '{' || c == '[') {
                if (m_stack.size() >= JsonTree::MaxDepth)
                    return fail(m_pos, QT_TRANSLATE_NOOP("homewire::payload::JsonTree", "nested too deeply"));
                type = c == '{' ? JsonType::Object : JsonType::Array;
                const qint32 node = addNode(type, start, start + 1);
                m_stack.append(Frame{node, c == '{', {}});
                ++m_pos;
                expect = c == '{' ? Expect::FirstKeyOrEnd : Expect::FirstValueOrEnd;
            } else {
                if (c == '"') {
                    type = JsonType::String;
                    if (auto error = scanString())
                        return *error;
                } else if (c == '-' || isDigit(c)) {
                    type = JsonType::Number;
                    if (auto error = scanNumber())
                        return *error;
                } else {
                    const QByteArrayView rest(m_p + m_pos, m_n - m_pos);
                    if (rest.startsWith("true")) {
                        type = JsonType::Bool;
                        m_pos += 4;
                    } else if (rest.startsWith("false")) {
                        type = JsonType::Bool;
                        m_pos += 5;
                    } else if (rest.startsWith("null")) {
                        type = JsonType::Null;
                        m_pos += 4;
                    } else {
                        return fail(m_pos,
                                    QT_TRANSLATE_NOOP("homewire::payload::JsonTree", "expected a value"));
                    }
                    if (m_pos < m_n && (std::isalnum(uchar(m_p[m_pos])) || m_p[m_pos] == '_'))
                        return fail(start,
                                    QT_TRANSLATE_NOOP("homewire::payload::JsonTree", "expected a value"));
                }
                addNode(type, start, m_pos);
                expect = Expect::CommaOrEnd;
            }
            if (atTop)
                rootType = type;
            break;
        }
        }
        if (expect == Expect::CommaOrEnd && m_stack.isEmpty())
            done = true;
    }
    skipSpace();
    if (m_pos < m_n)
        return fail(m_pos,
                    QT_TRANSLATE_NOOP("homewire::payload::JsonTree", "unexpected text after the JSON value"));
    return rootType;
}

JsonResult<JsonTree> JsonTree::parse(const QByteArray &json, qsizetype maxNodes)
{
    JsonTree tree;
    tree.m_text = json;
    JsonReader reader(json, &tree, maxNodes);
    auto result = reader.read();
    if (!result)
        return result.error();
    return tree;
}

JsonResult<JsonType> JsonTree::validate(QByteArrayView json)
{
    return JsonReader(json, nullptr, 0).read();
}

QString JsonTree::key(int node) const
{
    const Node &n = m_nodes.at(node);
    if (n.keyLength == 0)
        return {};
    return decodeJsonString(QByteArrayView(m_text).sliced(n.keyOffset, n.keyLength));
}

QByteArrayView JsonTree::rawValue(int node) const
{
    const Node &n = m_nodes.at(node);
    return QByteArrayView(m_text).sliced(n.valueOffset, n.valueLength);
}

QString JsonTree::scalarText(int node) const
{
    switch (type(node)) {
    case JsonType::String:
        return decodeJsonString(rawValue(node));
    case JsonType::Array:
    case JsonType::Object:
        return {};
    default:
        return QString::fromLatin1(rawValue(node));
    }
}

std::optional<double> JsonTree::number(int node, NumberReading reading) const
{
    switch (type(node)) {
    case JsonType::Number:
        return numberFromText(rawValue(node), {false});
    case JsonType::Bool:
        if (!reading.booleans)
            return std::nullopt;
        return rawValue(node) == "true" ? 1.0 : 0.0;
    case JsonType::String: {
        // Numbers sent as strings ("21.5") are common; escapes never make one.
        const QByteArrayView raw = rawValue(node);
        if (raw.size() > 66 || raw.contains('\\'))
            return std::nullopt;
        return numberFromText(raw.sliced(1, raw.size() - 2), reading);
    }
    default:
        return std::nullopt;
    }
}

QString JsonTree::path(int node) const
{
    QStringList parts;
    for (int n = node; n >= 0 && parent(n) >= 0; n = parent(n)) {
        if (type(parent(n)) == JsonType::Array) {
            parts.prepend(QStringLiteral("[%1]").arg(row(n)));
            continue;
        }
        const QString k = key(n);
        if (isPlainPathKey(k)) {
            parts.prepend(QLatin1Char('.') + k);
        } else {
            QString escaped = k;
            escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
                .replace(QLatin1Char('"'), QLatin1String("\\\""));
            parts.prepend(QStringLiteral("[\"%1\"]").arg(escaped));
        }
    }
    QString result = parts.join(QString());
    if (result.startsWith(QLatin1Char('.')))
        result.remove(0, 1);
    return result;
}

int JsonTree::find(QStringView path) const
{
    if (isEmpty())
        return -1;
    QList<PathSegment> segments;
    if (!splitPath(path, segments))
        return -1;
    int node = Root;
    for (const PathSegment &segment : segments) {
        if (segment.isIndex) {
            if (type(node) != JsonType::Array || segment.index >= childCount(node))
                return -1;
            node = child(node, int(segment.index));
            continue;
        }
        if (type(node) != JsonType::Object)
            return -1;
        // The last member with a name wins, as in most JSON readers.
        int found = -1;
        for (int r = 0; r < childCount(node); ++r) {
            if (key(child(node, r)) == segment.key)
                found = child(node, r);
        }
        if (found < 0)
            return -1;
        node = found;
    }
    return node;
}

QStringList JsonTree::numericPaths(qsizetype limit, NumberReading reading) const
{
    QStringList paths;
    // Nodes are stored in document order, so a linear walk lists them in order.
    for (int node = 0; node < nodeCount() && paths.size() < limit; ++node) {
        const JsonType t = type(node);
        if (t == JsonType::Array || t == JsonType::Object || !number(node, reading))
            continue;
        paths.append(path(node));
    }
    return paths;
}

QString decodeJsonString(QByteArrayView token)
{
    if (token.size() < 2)
        return {};
    const QByteArrayView body = token.sliced(1, token.size() - 2);
    if (!body.contains('\\'))
        return QString::fromUtf8(body);
    QString out;
    out.reserve(body.size());
    qsizetype i = 0;
    qsizetype runStart = 0;
    auto flush = [&](qsizetype end) {
        out.append(QString::fromUtf8(body.sliced(runStart, end - runStart)));
    };
    while (i < body.size()) {
        if (body[i] != '\\') {
            ++i;
            continue;
        }
        flush(i);
        if (i + 1 >= body.size())
            break;
        const char e = body[i + 1];
        i += 2;
        switch (e) {
        case 'b':
            out.append(QChar(u'\b'));
            break;
        case 'f':
            out.append(QChar(u'\f'));
            break;
        case 'n':
            out.append(QChar(u'\n'));
            break;
        case 'r':
            out.append(QChar(u'\r'));
            break;
        case 't':
            out.append(QChar(u'\t'));
            break;
        case 'u': {
            if (i + 4 > body.size())
                break;
            char16_t unit = 0;
            for (int k = 0; k < 4; ++k)
                unit = char16_t(unit * 16 + hexValue(body[i + k]));
            i += 4;
            // Lone surrogates (allowed by the grammar) become U+FFFD.
            if (QChar::isHighSurrogate(unit) && i + 6 <= body.size() && body[i] == '\\' &&
                body[i + 1] == 'u') {
                char16_t low = 0;
                for (int k = 0; k < 4; ++k)
                    low = char16_t(low * 16 + (isHexDigit(body[i + 2 + k]) ? hexValue(body[i + 2 + k]) : 0));
                if (QChar::isLowSurrogate(low)) {
                    out.append(QChar(unit));
                    out.append(QChar(low));
                    i += 6;
                    break;
                }
            }
            out.append(QChar::isSurrogate(unit) ? QChar(QChar::ReplacementCharacter) : QChar(unit));
            break;
        }
        default: // '"', '\\', '/'
            out.append(QLatin1Char(e));
            break;
        }
        runStart = i;
    }
    flush(qMin(i, body.size()));
    return out;
}

std::optional<double> numberFromText(QByteArrayView text, NumberReading reading)
{
    // Anything longer is not a reading but a document.
    if (text.size() > 256)
        return std::nullopt;
    QByteArrayView trimmed = text.trimmed();
    if (trimmed.size() >= 2 && trimmed.front() == '"' && trimmed.back() == '"')
        trimmed = trimmed.sliced(1, trimmed.size() - 2).trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    if (reading.booleans) {
        const QByteArray lower = trimmed.toByteArray().toLower();
        if (lower == "true" || lower == "on")
            return 1.0;
        if (lower == "false" || lower == "off")
            return 0.0;
    }
    // Only digits, sign, point and exponent: QByteArray::toDouble would also
    // take "nan", "inf" and hex floats.
    for (char c : trimmed) {
        if (!isDigit(c) && c != '-' && c != '+' && c != '.' && c != 'e' && c != 'E')
            return std::nullopt;
    }
    bool ok = false;
    const double value = trimmed.toByteArray().toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

} // namespace homewire::payload
