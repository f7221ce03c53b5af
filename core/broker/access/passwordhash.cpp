#include "passwordhash.h"

#include <QList>
#include <QPasswordDigestor>
#include <QRandomGenerator>

namespace homewire::broker::access {

namespace {

constexpr QByteArrayView Scheme = "pbkdf2-sha512";
constexpr int SaltBytes = 16;
constexpr int KeyBytes = 64;
constexpr int MinIterations = 1;
constexpr int MaxIterations = 100'000'000;

struct Parsed
{
    int iterations = 0;
    QByteArray salt;
    QByteArray key;
};

std::optional<Parsed> parse(QByteArrayView encoded)
{
    // $pbkdf2-sha512$<iterations>$<salt>$<key>
    const QList<QByteArray> parts = encoded.toByteArray().split('$');
    if (parts.size() != 5 || !parts[0].isEmpty() || parts[1] != Scheme)
        return std::nullopt;
    bool ok = false;
    Parsed p;
    p.iterations = parts[2].toInt(&ok);
    if (!ok || p.iterations < MinIterations || p.iterations > MaxIterations)
        return std::nullopt;
    auto salt = QByteArray::fromBase64Encoding(parts[3], QByteArray::AbortOnBase64DecodingErrors);
    auto key = QByteArray::fromBase64Encoding(parts[4], QByteArray::AbortOnBase64DecodingErrors);
    if (!salt || !key || salt.decoded.isEmpty() || key.decoded.size() != KeyBytes)
        return std::nullopt;
    p.salt = salt.decoded;
    p.key = key.decoded;
    return p;
}

QByteArray derive(QByteArrayView password, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha512, password.toByteArray(), salt,
                                              iterations, KeyBytes);
}

} // namespace

QByteArray hashPassword(QByteArrayView password, int iterations)
{
    iterations = qBound(MinIterations, iterations, MaxIterations);
    QByteArray salt(SaltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), SaltBytes / 4);
    return '$' + Scheme.toByteArray() + '$' + QByteArray::number(iterations) + '$' + salt.toBase64() + '$' +
           derive(password, salt, iterations).toBase64();
}

bool verifyPassword(QByteArrayView password, QByteArrayView encoded)
{
    const std::optional<Parsed> p = parse(encoded);
    if (!p)
        return false;
    return constantTimeEquals(derive(password, p->salt, p->iterations), p->key);
}

bool isValidPasswordHash(QByteArrayView encoded)
{
    return parse(encoded).has_value();
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    // Every byte is looked at whatever the outcome; only the lengths (not
    // secret: both are digests of a fixed size) may end it early.
    if (a.size() != b.size())
        return false;
    volatile unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference = difference | (static_cast<unsigned char>(a[i]) ^ static_cast<unsigned char>(b[i]));
    return difference == 0;
}

} // namespace homewire::broker::access
