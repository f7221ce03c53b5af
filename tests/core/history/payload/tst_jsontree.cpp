// JsonTree: RFC 8259 validation with line/column errors, order-preserving
// nodes, field paths and numbers for plots. Validity rows are also checked
// against QJsonDocument where both readers accept the same inputs.

#include "history/payload/jsontree.h"

#include <QJsonDocument>
#include <QTest>

using namespace homewire;
using namespace homewire::payload;

Q_DECLARE_METATYPE(std::optional<double>)

class TestJsonTree : public QObject
{
    Q_OBJECT

private slots:
    void validate_data();
    void validate();
    void validityAgreesWithQJsonDocument_data() { validate_data(); }
    void validityAgreesWithQJsonDocument();
    void errorPosition_data();
    void errorPosition();
    void nestingLimit();
    void keepsDocumentOrderAndNumberText();
    void truncatesAtMaxNodesButStillValidates();
    void decodeString_data();
    void decodeString();
    void find_data();
    void find();
    void pathRoundTrip();
    void numericPaths();
    void nodeNumber_data();
    void nodeNumber();
    void numberFromText_data();
    void numberFromText();
};

void TestJsonTree::validate_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("rootType");

    const int none = -1;
    QTest::newRow("empty object") << QByteArray("{}") << true << int(JsonType::Object);
    QTest::newRow("empty array") << QByteArray("[ ]") << true << int(JsonType::Array);
    QTest::newRow("object") << QByteArray(R"({"a": 1, "b": [true, false, null], "c": {"d": "e"}})") << true
                            << int(JsonType::Object);
    QTest::newRow("array of objects") << QByteArray(R"([{"id":1},{"id":2}])") << true << int(JsonType::Array);
    QTest::newRow("surrounding whitespace")
        << QByteArray(" \n\t{\"a\":1}\r\n ") << true << int(JsonType::Object);
    QTest::newRow("top-level number") << QByteArray("21.5") << true << int(JsonType::Number);
    QTest::newRow("top-level negative exponent") << QByteArray("-1.5e-3") << true << int(JsonType::Number);
    QTest::newRow("top-level string") << QByteArray(R"("on")") << true << int(JsonType::String);
    QTest::newRow("top-level true") << QByteArray("true") << true << int(JsonType::Bool);
    QTest::newRow("top-level null") << QByteArray("null") << true << int(JsonType::Null);
    QTest::newRow("escapes") << QByteArray(R"(["\"\\\/\b\f\n\r\t\u00e9"])") << true << int(JsonType::Array);
    QTest::newRow("multibyte UTF-8") << QByteArray("{\"caf\xC3\xA9\": \"\xF0\x9F\x98\x80\"}") << true
                                     << int(JsonType::Object);
    QTest::newRow("empty key") << QByteArray(R"({"": 1})") << true << int(JsonType::Object);

    QTest::newRow("empty text") << QByteArray() << false << none;
    QTest::newRow("whitespace only") << QByteArray("  ") << false << none;
    QTest::newRow("trailing comma in object") << QByteArray(R"({"a":1,})") << false << none;
    QTest::newRow("trailing comma in array") << QByteArray("[1,]") << false << none;
    QTest::newRow("unquoted key") << QByteArray("{a:1}") << false << none;
    QTest::newRow("single quotes") << QByteArray("{'a':1}") << false << none;
    QTest::newRow("missing colon") << QByteArray(R"({"a" 1})") << false << none;
    QTest::newRow("unterminated object") << QByteArray(R"({"a":1)") << false << none;
    QTest::newRow("unterminated array") << QByteArray("[1,2") << false << none;
    QTest::newRow("unterminated string") << QByteArray(R"(["abc])") << false << none;
    QTest::newRow("mismatched bracket") << QByteArray(R"({"a":1])") << false << none;
    QTest::newRow("leading zero") << QByteArray("[01]") << false << none;
    QTest::newRow("bare point") << QByteArray("[1.]") << false << none;
    QTest::newRow("bare exponent") << QByteArray("[1e]") << false << none;
    QTest::newRow("plus sign") << QByteArray("[+1]") << false << none;
    QTest::newRow("NaN") << QByteArray("[NaN]") << false << none;
    QTest::newRow("misspelt literal") << QByteArray("[tru]") << false << none;
    QTest::newRow("literal run-on") << QByteArray("[truex]") << false << none;
    QTest::newRow("bad escape") << QByteArray(R"(["\x"])") << false << none;
    QTest::newRow("short unicode escape") << QByteArray(R"(["\u12"])") << false << none;
    QTest::newRow("raw control character") << QByteArray("[\"a\tb\"]") << false << none;
    QTest::newRow("invalid UTF-8 in string") << QByteArray("[\"\xC3\x28\"]") << false << none;
    QTest::newRow("two values") << QByteArray("{} {}") << false << none;
    QTest::newRow("text after value") << QByteArray("[1] x") << false << none;
    QTest::newRow("plain words") << QByteArray("hello world") << false << none;
}

void TestJsonTree::validate()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, valid);
    QFETCH(int, rootType);

    const auto result = JsonTree::validate(json);
    QCOMPARE(result.hasValue(), valid);
    if (valid)
        QCOMPARE(int(*result), rootType);
    else
        QVERIFY(!result.error().message.isEmpty());
    // parse() must agree with validate().
    const auto tree = JsonTree::parse(json);
    QCOMPARE(tree.hasValue(), valid);
    if (valid)
        QCOMPARE(int(tree->type(JsonTree::Root)), rootType);
}

void TestJsonTree::validityAgreesWithQJsonDocument()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, valid);
    // QJsonDocument only takes an object or an array at the top: wrap the text.
    // It is laxer than RFC 8259 ("1.", "\\x", raw control characters), so
    // the check is one way: whatever this reader accepts, Qt accepts too.
    QJsonParseError error;
    QJsonDocument::fromJson("[" + json + "]", &error);
    const bool qtValid = error.error == QJsonParseError::NoError && !json.trimmed().isEmpty();
    if (valid)
        QVERIFY(qtValid);
    if (!qtValid)
        QVERIFY(!valid);
}

void TestJsonTree::errorPosition_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("reason");

    QTest::newRow("missing colon on line 3")
        << QByteArray("{\n  \"a\": 1,\n  \"b\" 2\n}") << 3 << 7 << QStringLiteral("expected ':' after a key");
    QTest::newRow("trailing comma") << QByteArray("{\"a\": 1,}") << 1 << 9
                                    << QStringLiteral("expected a key in double quotes");
    QTest::newRow("columns count characters, not bytes")
        << QByteArray("[\"\xC3\xA9\xC3\xA9\", x]") << 1 << 8 << QStringLiteral("expected a value");
    QTest::newRow("end of input") << QByteArray("[1,\n2") << 2 << 2 << QStringLiteral("unterminated array");
    QTest::newRow("unterminated string points at its start")
        << QByteArray("{\"a\": \"abc") << 1 << 7 << QStringLiteral("unterminated string");
}

void TestJsonTree::errorPosition()
{
    QFETCH(QByteArray, json);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, reason);

    const auto result = JsonTree::validate(json);
    QVERIFY(!result);
    QCOMPARE(result.error().code.line, line);
    QCOMPARE(result.error().code.column, column);
    QCOMPARE(result.error().message, reason);
    QCOMPARE(describeJsonError(result.error()),
             QStringLiteral("line %1, column %2: %3").arg(line).arg(column).arg(reason));
}

void TestJsonTree::nestingLimit()
{
    const int max = JsonTree::MaxDepth;
    const QByteArray deepest = QByteArray(max, '[') + QByteArray(max, ']');
    QVERIFY(JsonTree::validate(deepest));
    const QByteArray tooDeep = QByteArray(max + 1, '[') + QByteArray(max + 1, ']');
    const auto result = JsonTree::validate(tooDeep);
    QVERIFY(!result);
    QCOMPARE(result.error().message, QStringLiteral("nested too deeply"));
    // Hostile input: a megabyte of '[' neither recurses nor allocates per level.
    QVERIFY(!JsonTree::validate(QByteArray(1 << 20, '[')));
}

void TestJsonTree::keepsDocumentOrderAndNumberText()
{
    const auto tree = JsonTree::parse(R"({"zeta": 1, "alpha": 12345678901234567890, "mid": [1.50, "x"]})");
    QVERIFY(tree);
    QCOMPARE(tree->childCount(JsonTree::Root), 3);
    QCOMPARE(tree->key(tree->child(JsonTree::Root, 0)), QStringLiteral("zeta"));
    QCOMPARE(tree->key(tree->child(JsonTree::Root, 1)), QStringLiteral("alpha"));
    QCOMPARE(tree->key(tree->child(JsonTree::Root, 2)), QStringLiteral("mid"));
    QCOMPARE(tree->scalarText(tree->child(JsonTree::Root, 1)), QStringLiteral("12345678901234567890"));
    const int mid = tree->child(JsonTree::Root, 2);
    QCOMPARE(tree->type(mid), JsonType::Array);
    QCOMPARE(tree->rawValue(mid), QByteArrayView("[1.50, \"x\"]"));
    QCOMPARE(tree->scalarText(tree->child(mid, 0)), QStringLiteral("1.50"));
    QCOMPARE(tree->row(tree->child(mid, 1)), 1);
    QCOMPARE(tree->parent(tree->child(mid, 1)), mid);
    QVERIFY(!tree->hasKey(tree->child(mid, 0)));
    QVERIFY(!tree->isTruncated());
}

void TestJsonTree::truncatesAtMaxNodesButStillValidates()
{
    const auto tree = JsonTree::parse("[1, 2, [3, 4], 5]", 3);
    QVERIFY(tree);
    QVERIFY(tree->isTruncated());
    QCOMPARE(tree->nodeCount(), 3);
    QCOMPARE(tree->childCount(JsonTree::Root), 2);
    // Validation continues past the cap.
    QVERIFY(!JsonTree::parse("[1, 2, 3, 4, }", 2));
}

void TestJsonTree::decodeString_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("decoded");

    QTest::newRow("plain") << QByteArray(R"("abc")") << QStringLiteral("abc");
    QTest::newRow("empty") << QByteArray(R"("")") << QString();
    QTest::newRow("simple escapes") << QByteArray(R"("a\"b\\c\/d\ne\tf")")
                                    << QStringLiteral("a\"b\\c/d\ne\tf");
    QTest::newRow("unicode escape") << QByteArray(R"("caf\u00e9")") << QStringLiteral("caf\u00e9");
    QTest::newRow("surrogate pair") << QByteArray(R"("\ud83d\ude00")")
                                    << QString::fromUtf8("\xF0\x9F\x98\x80");
    QTest::newRow("lone surrogate") << QByteArray(R"("\ud83dx")") << QStringLiteral("\uFFFDx");
    QTest::newRow("raw UTF-8") << QByteArray("\"\xC3\xA9t\xC3\xA9\"") << QStringLiteral("\u00e9t\u00e9");
}

void TestJsonTree::decodeString()
{
    QFETCH(QByteArray, token);
    QFETCH(QString, decoded);
    QCOMPARE(decodeJsonString(token), decoded);
}

void TestJsonTree::find_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("value"); // scalarText of the node; "<none>" when not found

    const QString none = QStringLiteral("<none>");
    QTest::newRow("top-level key") << QStringLiteral("temperature") << QStringLiteral("21.5");
    QTest::newRow("nested key") << QStringLiteral("sensor.temp") << QStringLiteral("19");
    QTest::newRow("array index") << QStringLiteral("values[2]") << QStringLiteral("30");
    QTest::newRow("index then key") << QStringLiteral("list[1].id") << QStringLiteral("b");
    QTest::newRow("quoted key with a dot") << QStringLiteral(R"(["a.b"])") << QStringLiteral("dotted");
    QTest::newRow("key with a space") << QStringLiteral("with space") << QStringLiteral("yes");
    QTest::newRow("empty path is the root") << QString() << QString();
    QTest::newRow("missing key") << QStringLiteral("humidity") << none;
    QTest::newRow("index out of range") << QStringLiteral("values[3]") << none;
    QTest::newRow("index into an object") << QStringLiteral("sensor[0]") << none;
    QTest::newRow("key into an array") << QStringLiteral("values.x") << none;
    QTest::newRow("malformed: empty level") << QStringLiteral("sensor..temp") << none;
    QTest::newRow("malformed: unclosed bracket") << QStringLiteral("values[1") << none;
    QTest::newRow("malformed: negative index") << QStringLiteral("values[-1]") << none;
}

void TestJsonTree::find()
{
    QFETCH(QString, path);
    QFETCH(QString, value);

    const auto tree = JsonTree::parse(R"({"temperature": 21.5, "sensor": {"temp": 19}, "values": [10, 20, 30],
        "list": [{"id": "a"}, {"id": "b"}], "a.b": "dotted", "with space": "yes"})");
    QVERIFY(tree);
    const int node = tree->find(path);
    if (value == QStringLiteral("<none>")) {
        QCOMPARE(node, -1);
        return;
    }
    QVERIFY(node >= 0);
    QCOMPARE(tree->scalarText(node), value);
}

void TestJsonTree::pathRoundTrip()
{
    const auto tree = JsonTree::parse(R"({"a": {"b.c": [1, {"d\"e": 2}], "": 3, "x y": 4}})");
    QVERIFY(tree);
    for (int node = 0; node < tree->nodeCount(); ++node)
        QCOMPARE(tree->find(tree->path(node)), node);
    QCOMPARE(tree->path(tree->find(QStringLiteral(R"(a["b.c"][1]["d\"e"])"))),
             QStringLiteral(R"(a["b.c"][1]["d\"e"])"));
}

void TestJsonTree::numericPaths()
{
    const auto tree = JsonTree::parse(
        R"({"temperature": 21.5, "name": "kitchen", "state": "ON", "sensor": {"temp": "19.5", "ok": true},
            "values": [1, "x", 3], "none": null})");
    QVERIFY(tree);
    QCOMPARE(tree->numericPaths(), (QStringList{QStringLiteral("temperature"), QStringLiteral("state"),
                                                QStringLiteral("sensor.temp"), QStringLiteral("sensor.ok"),
                                                QStringLiteral("values[0]"), QStringLiteral("values[2]")}));
    QCOMPARE(tree->numericPaths(200, {false}),
             (QStringList{QStringLiteral("temperature"), QStringLiteral("sensor.temp"),
                          QStringLiteral("values[0]"), QStringLiteral("values[2]")}));
    QCOMPARE(tree->numericPaths(2).size(), 2);
}

void TestJsonTree::nodeNumber_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("booleans");
    QTest::addColumn<std::optional<double>>("number");

    QTest::newRow("number") << QByteArray("21.5") << true << std::optional<double>(21.5);
    QTest::newRow("negative exponent") << QByteArray("-2e-2") << true << std::optional<double>(-0.02);
    QTest::newRow("numeric string") << QByteArray(R"("42")") << true << std::optional<double>(42);
    QTest::newRow("string with escape") << QByteArray(R"("4\u0032")") << true << std::optional<double>();
    QTest::newRow("true") << QByteArray("true") << true << std::optional<double>(1);
    QTest::newRow("false without booleans") << QByteArray("false") << false << std::optional<double>();
    QTest::newRow("ON string") << QByteArray(R"("ON")") << true << std::optional<double>(1);
    QTest::newRow("word") << QByteArray(R"("kitchen")") << true << std::optional<double>();
    QTest::newRow("null") << QByteArray("null") << true << std::optional<double>();
    QTest::newRow("object") << QByteArray("{}") << true << std::optional<double>();
}

void TestJsonTree::nodeNumber()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, booleans);
    QFETCH(std::optional<double>, number);
    const auto tree = JsonTree::parse(json);
    QVERIFY(tree);
    QCOMPARE(tree->number(JsonTree::Root, {booleans}), number);
}

void TestJsonTree::numberFromText_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("booleans");
    QTest::addColumn<std::optional<double>>("number");

    const std::optional<double> none;
    QTest::newRow("decimal") << QByteArray("21.5") << false << std::optional<double>(21.5);
    QTest::newRow("surrounding spaces") << QByteArray(" 42 ") << false << std::optional<double>(42);
    QTest::newRow("trailing newline") << QByteArray("7\n") << false << std::optional<double>(7);
    QTest::newRow("negative") << QByteArray("-3") << false << std::optional<double>(-3);
    QTest::newRow("exponent") << QByteArray("1e3") << false << std::optional<double>(1000);
    QTest::newRow("quoted") << QByteArray("\"7.5\"") << false << std::optional<double>(7.5);
    QTest::newRow("on") << QByteArray("on") << true << std::optional<double>(1);
    QTest::newRow("OFF any case") << QByteArray("OFF") << true << std::optional<double>(0);
    QTest::newRow("true") << QByteArray("true") << true << std::optional<double>(1);
    QTest::newRow("False") << QByteArray("False") << true << std::optional<double>(0);
    QTest::newRow("on without booleans") << QByteArray("on") << false << none;
    QTest::newRow("empty") << QByteArray() << true << none;
    QTest::newRow("blank") << QByteArray("  ") << true << none;
    QTest::newRow("word") << QByteArray("open") << true << none;
    QTest::newRow("unit") << QByteArray("21.5 C") << true << none;
    QTest::newRow("nan") << QByteArray("nan") << true << none;
    QTest::newRow("inf") << QByteArray("inf") << true << none;
    QTest::newRow("overflow") << QByteArray("1e999") << true << none;
    QTest::newRow("hex") << QByteArray("0x10") << true << none;
    QTest::newRow("two numbers") << QByteArray("1 2") << true << none;
    QTest::newRow("too long to be a reading") << QByteArray(300, '1') << true << none;
}

void TestJsonTree::numberFromText()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, booleans);
    QFETCH(std::optional<double>, number);
    QCOMPARE(homewire::payload::numberFromText(text, {booleans}), number);
}

QTEST_GUILESS_MAIN(TestJsonTree)
#include "tst_jsontree.moc"
