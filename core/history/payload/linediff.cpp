#include "linediff.h"

#include "hexdump.h"
#include "payloadtext.h"

#include <QCoreApplication>
#include <QHash>
#include <optional>
#include <vector>

namespace homewire::payload {

namespace {

QString trDiff(const char *text)
{
    return QCoreApplication::translate("homewire::payload::LineDiff", text);
}

// One edit step of the shortest edit script, walked backwards.
enum class Step : quint8
{
    Same,
    Added,
    Removed
};

// Myers' greedy algorithm over line ids. Returns the steps from the end to
// the start, or nothing when more than maxEdits edits are needed.
std::optional<std::vector<Step>> shortestEditScript(const std::vector<int> &a, const std::vector<int> &b,
                                                    int maxEdits)
{
    const int n = int(a.size());
    const int m = int(b.size());
    const int offset = maxEdits + 1;
    std::vector<int> v(size_t(2 * maxEdits + 3), 0);
    // trace holds V after each round d, for k in [-d, d], at index d*d + k + d.
    std::vector<int> trace;
    int found = -1;
    for (int d = 0; d <= maxEdits && found < 0; ++d) {
        for (int k = -d; k <= d; k += 2) {
            int x;
            if (k == -d || (k != d && v[size_t(offset + k - 1)] < v[size_t(offset + k + 1)]))
                x = v[size_t(offset + k + 1)]; // down: a line of b added
            else
                x = v[size_t(offset + k - 1)] + 1; // right: a line of a removed
            int y = x - k;
            while (x < n && y < m && a[size_t(x)] == b[size_t(y)]) {
                ++x;
                ++y;
            }
            v[size_t(offset + k)] = x;
            if (x >= n && y >= m)
                found = d;
        }
        for (int k = -d; k <= d; ++k)
            trace.push_back(v[size_t(offset + k)]);
    }
    if (found < 0)
        return std::nullopt;

    std::vector<Step> steps;
    steps.reserve(size_t(n + m));
    int x = n;
    int y = m;
    for (int d = found; d > 0; --d) {
        const int k = x - y;
        const auto previous = [&](int kk) {
            return trace[size_t((d - 1) * (d - 1) + kk + (d - 1))];
        };
        const bool down = k == -d || (k != d && previous(k - 1) < previous(k + 1));
        const int prevK = down ? k + 1 : k - 1;
        const int prevX = previous(prevK);
        const int prevY = prevX - prevK;
        while (x > prevX && y > prevY) {
            steps.push_back(Step::Same);
            --x;
            --y;
        }
        steps.push_back(down ? Step::Added : Step::Removed);
        x = prevX;
        y = prevY;
    }
    while (x > 0 && y > 0) {
        steps.push_back(Step::Same);
        --x;
        --y;
    }
    return steps;
}

QStringList textLines(const QByteArray &payload)
{
    if (payload.isEmpty())
        return {};
    QStringList lines = QString::fromUtf8(payload).split(QLatin1Char('\n'));
    if (lines.size() > 1 && lines.back().isEmpty())
        lines.removeLast(); // a final line break does not start another line
    for (QString &line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    }
    return lines;
}

} // namespace

DiffResult diffLines(const QStringList &before, const QStringList &after, const DiffLimits &limits)
{
    if (before.size() + after.size() > limits.maxLines)
        return makeError(DiffError::TooLarge, trDiff(QT_TRANSLATE_NOOP("homewire::payload::LineDiff",
                                                                       "too many lines to compare")));

    // Common head and tail cost nothing and usually leave little in between.
    qsizetype head = 0;
    while (head < before.size() && head < after.size() && before[head] == after[head])
        ++head;
    qsizetype tail = 0;
    while (tail < before.size() - head && tail < after.size() - head &&
           before[before.size() - 1 - tail] == after[after.size() - 1 - tail])
        ++tail;
    const qsizetype midBefore = before.size() - head - tail;
    const qsizetype midAfter = after.size() - head - tail;
    if (qAbs(midBefore - midAfter) > limits.maxEdits)
        return makeError(
            DiffError::TooDifferent,
            trDiff(QT_TRANSLATE_NOOP("homewire::payload::LineDiff", "too many changed lines to show")));

    QHash<QString, int> ids;
    auto idsOf = [&](const QStringList &lines, qsizetype count) {
        std::vector<int> out;
        out.reserve(size_t(count));
        for (qsizetype i = head; i < head + count; ++i) {
            // Not QHash::emplace: it would overwrite the id of a repeated line.
            auto it = ids.constFind(lines[i]);
            if (it == ids.constEnd())
                it = ids.insert(lines[i], int(ids.size()));
            out.push_back(it.value());
        }
        return out;
    };
    const std::vector<int> a = idsOf(before, midBefore);
    const std::vector<int> b = idsOf(after, midAfter);
    const auto steps = shortestEditScript(a, b, limits.maxEdits);
    if (!steps)
        return makeError(
            DiffError::TooDifferent,
            trDiff(QT_TRANSLATE_NOOP("homewire::payload::LineDiff", "too many changed lines to show")));

    QList<DiffLine> lines;
    lines.reserve(head + qsizetype(steps->size()) + tail);
    int oldLine = 0;
    int newLine = 0;
    auto same = [&](const QString &text) {
        lines.append(DiffLine{DiffLine::Kind::Same, text, ++oldLine, ++newLine, 0});
    };
    for (qsizetype i = 0; i < head; ++i)
        same(before[i]);
    qsizetype ia = head;
    qsizetype ib = head;
    for (auto it = steps->rbegin(); it != steps->rend(); ++it) {
        switch (*it) {
        case Step::Same:
            same(before[ia++]);
            ++ib;
            break;
        case Step::Removed:
            lines.append(DiffLine{DiffLine::Kind::Removed, before[ia++], ++oldLine, 0, 0});
            break;
        case Step::Added:
            lines.append(DiffLine{DiffLine::Kind::Added, after[ib++], 0, ++newLine, 0});
            break;
        }
    }
    for (qsizetype i = before.size() - tail; i < before.size(); ++i)
        same(before[i]);
    return lines;
}

QStringList comparableLines(const QByteArray &payload, bool asJson)
{
    if (asJson)
        return textLines(prettyJson(payload));
    if (!looksLikeText(payload, payload.size())) {
        // Without offsets: a shifted byte should not mark every later line.
        QStringList lines;
        const QList<HexDumpLine> dump = hexDumpLines(payload, 0, hexDumpLineCount(payload.size()));
        lines.reserve(dump.size());
        for (const HexDumpLine &line : dump)
            lines.append(line.hex + QStringLiteral("  ") + line.ascii);
        return lines;
    }
    return textLines(payload);
}

DiffResult diffPayloads(const QByteArray &previous, const QByteArray &current, const DiffLimits &limits)
{
    if (previous.size() + current.size() > limits.maxBytes)
        return makeError(DiffError::TooLarge,
                         trDiff(QT_TRANSLATE_NOOP("homewire::payload::LineDiff", "too large to compare")));
    const bool asJson = isJson(detectFormat(previous)) && isJson(detectFormat(current));
    return diffLines(comparableLines(previous, asJson), comparableLines(current, asJson), limits);
}

QList<DiffLine> collapseUnchanged(const QList<DiffLine> &lines, int context)
{
    QList<DiffLine> out;
    const qsizetype n = lines.size();
    qsizetype i = 0;
    while (i < n) {
        if (lines[i].kind != DiffLine::Kind::Same) {
            out.append(lines[i++]);
            continue;
        }
        qsizetype end = i;
        while (end < n && lines[end].kind == DiffLine::Kind::Same)
            ++end;
        // Keep `context` lines after the change before and before the change after.
        const qsizetype keepHead = i == 0 ? 0 : context;
        const qsizetype keepTail = end == n ? 0 : context;
        const qsizetype run = end - i;
        if (run <= keepHead + keepTail + 1) { // hiding one line would not save one
            for (qsizetype k = i; k < end; ++k)
                out.append(lines[k]);
        } else {
            for (qsizetype k = i; k < i + keepHead; ++k)
                out.append(lines[k]);
            const int hidden = int(run - keepHead - keepTail);
            out.append(DiffLine{DiffLine::Kind::Skipped, {}, 0, 0, hidden});
            for (qsizetype k = end - keepTail; k < end; ++k)
                out.append(lines[k]);
        }
        i = end;
    }
    return out;
}

DiffCounts countChanges(const QList<DiffLine> &lines)
{
    DiffCounts counts;
    for (const DiffLine &line : lines) {
        if (line.kind == DiffLine::Kind::Added)
            ++counts.added;
        else if (line.kind == DiffLine::Kind::Removed)
            ++counts.removed;
    }
    return counts;
}

} // namespace homewire::payload
