// Value templates Homewire can follow; see valuetemplate.h.
#include "valuetemplate.h"

#include <QStringList>

namespace homewire::plugins::homeassistant {

namespace {

bool isIdentifierChar(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_');
}

// Filters that only convert or guard the value: reading the member itself
// gives the same reading on a tile.
bool isHarmlessFilter(QStringView filter)
{
    static const QStringList names = {QStringLiteral("float"),  QStringLiteral("int"),
                                      QStringLiteral("round"),  QStringLiteral("is_defined"),
                                      QStringLiteral("string"), QStringLiteral("trim"),
                                      QStringLiteral("lower"),  QStringLiteral("upper")};
    QStringView name = filter.trimmed();
    const qsizetype paren = name.indexOf(QLatin1Char('('));
    if (paren >= 0) {
        if (!name.endsWith(QLatin1Char(')')))
            return false;
        name = name.left(paren).trimmed();
    }
    return names.contains(name.toString());
}

// "value_json" followed by ".member" and "['member']" steps, as dotted path.
bool readJsonPath(QStringView expression, QString *field)
{
    const QLatin1String root("value_json");
    if (!expression.startsWith(root))
        return false;
    QStringList members;
    qsizetype i = root.size();
    while (i < expression.size()) {
        if (expression[i] == QLatin1Char('.')) {
            const qsizetype start = ++i;
            while (i < expression.size() && isIdentifierChar(expression[i]))
                ++i;
            if (i == start)
                return false;
            members += expression.mid(start, i - start).toString();
        } else if (expression[i] == QLatin1Char('[')) {
            if (i + 1 >= expression.size())
                return false;
            const QChar quote = expression[i + 1];
            if (quote != QLatin1Char('\'') && quote != QLatin1Char('"'))
                return false;
            const qsizetype close = expression.indexOf(quote, i + 2);
            if (close < 0 || close + 1 >= expression.size() || expression[close + 1] != QLatin1Char(']'))
                return false;
            const QString member = expression.mid(i + 2, close - i - 2).toString();
            // A dot inside a member name cannot be told from nesting.
            if (member.isEmpty() || member.contains(QLatin1Char('.')))
                return false;
            members += member;
            i = close + 2;
        } else {
            return false;
        }
    }
    *field = members.join(QLatin1Char('.'));
    return true;
}

} // namespace

TemplateReading readValueTemplate(const QString &text)
{
    const QStringView trimmed = QStringView(text).trimmed();
    if (trimmed.isEmpty())
        return {};
    const TemplateReading whole{{}, false};
    if (!trimmed.startsWith(QLatin1String("{{")) || !trimmed.endsWith(QLatin1String("}}")) ||
        trimmed.size() < 4)
        return whole;
    const QStringView inner = trimmed.mid(2, trimmed.size() - 4);
    if (inner.contains(QLatin1String("{{")) || inner.contains(QLatin1String("}}")))
        return whole;
    const QList<QStringView> parts = inner.split(QLatin1Char('|'));
    for (qsizetype i = 1; i < parts.size(); ++i) {
        if (!isHarmlessFilter(parts[i]))
            return whole;
    }
    const QStringView expression = parts.constFirst().trimmed();
    if (expression == QLatin1String("value"))
        return {};
    QString field;
    if (!readJsonPath(expression, &field))
        return whole;
    return {devices::ValuePath{field}, true};
}

} // namespace homewire::plugins::homeassistant
