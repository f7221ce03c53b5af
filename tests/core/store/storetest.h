// Helpers shared by the store tests: opening a store, a damaged database
// file, and the check that a store moves such a file aside instead of
// starting over on it.
#pragma once

#include "store/database.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QtTest>
#include <memory>

namespace storetest {

// Store::open(path), or nullptr with the reason in the test's log.
template<typename Store> std::unique_ptr<Store> openStore(const QString &path)
{
    auto store = Store::open(path);
    if (!store) {
        qWarning().noquote() << store.error().message;
        return nullptr;
    }
    return std::move(store).value();
}

// 8 KiB that SQLite cannot read as a database.
inline QByteArray garbage()
{
    QByteArray bytes(8192, '\0');
    for (qsizetype i = 0; i < bytes.size(); ++i)
        bytes[i] = char((i * 7919) % 251);
    return bytes;
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// Writes garbage() to `path` and opens it with `open` (a store's static
// open()): the open fails as Corrupt, and the file is moved aside to one
// <name>.corrupt-* next to it, which the message names and which keeps the
// user's bytes as they were. The caller checks QTest::currentTestFailed().
template<typename Open> void verifyCorruptFileIsMovedAside(const QString &path, Open open)
{
    const QByteArray bytes = garbage();
    QVERIFY(writeFile(path, bytes));
    auto store = open(path);
    QVERIFY(!store);
    QCOMPARE(store.errorCode(), homewire::store::StoreError::Corrupt);
    const QDir dir = QFileInfo(path).dir();
    const QStringList backups =
        dir.entryList({QFileInfo(path).fileName() + QStringLiteral(".corrupt-*")}, QDir::Files);
    QCOMPARE(backups.size(), 1);
    QVERIFY2(store.error().message.contains(backups.first()), qPrintable(store.error().message));
    QFile backup(dir.filePath(backups.first()));
    QVERIFY(backup.open(QIODevice::ReadOnly));
    QCOMPARE(backup.readAll(), bytes);
}

} // namespace storetest
