// Line diff between two payloads (the previous and the current message of a
// topic), for the inspector's Diff tab.
//
// Myers' O((N+M)·D) algorithm on line ids, after cutting the common head and
// tail (the usual case: a few values change in a large JSON document). Every
// cost is bounded by DiffLimits, so a huge or wholly different payload ends in
// an error value ("too large to compare") instead of a hang or a huge table.
// JSON payloads are pretty-printed first, so a one-line JSON document diffs by
// member; binary payloads compare as hex dump lines.
//
// Not here: colours and widgets (ui/inspector).
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace homewire::payload {

struct DiffLine
{
    enum class Kind : quint8
    {
        Same,
        Added,
        Removed,
        Skipped, // a run of unchanged lines left out by collapseUnchanged()
    };
    Kind kind = Kind::Same;
    QString text;
    int oldLine = 0; // 1-based line in the previous text; 0 for Added
    int newLine = 0; // 1-based line in the current text; 0 for Removed
    int skipped = 0; // for Skipped: how many lines were left out

    friend bool operator==(const DiffLine &, const DiffLine &) = default;
};

struct DiffLimits
{
    qsizetype maxBytes = 8 * 1024 * 1024; // both payloads together
    qsizetype maxLines = 100'000;         // both texts together
    int maxEdits = 2'000;                 // added + removed lines
};

enum class DiffError : quint8
{
    TooLarge,     // over maxBytes or maxLines: not even read
    TooDifferent, // more than maxEdits changed lines
};

using DiffResult = Result<QList<DiffLine>, DiffError>;

// Line diff of two texts. Lines are compared exactly.
DiffResult diffLines(const QStringList &before, const QStringList &after, const DiffLimits &limits = {});

// The lines a payload is compared by: pretty JSON when `asJson`, hex dump
// lines for binary payloads, text lines otherwise (a trailing "\r" dropped).
QStringList comparableLines(const QByteArray &payload, bool asJson);

// Diff of two payloads: both pretty-printed when both are JSON.
DiffResult diffPayloads(const QByteArray &previous, const QByteArray &current, const DiffLimits &limits = {});

// Keeps `context` unchanged lines around each change and replaces longer
// unchanged runs by one Skipped line.
QList<DiffLine> collapseUnchanged(const QList<DiffLine> &lines, int context = 3);

struct DiffCounts
{
    int added = 0;
    int removed = 0;
};
DiffCounts countChanges(const QList<DiffLine> &lines);

} // namespace homewire::payload
