// Password hashes: salted PBKDF2-HMAC-SHA512 (QPasswordDigestor), encoded as
//     $pbkdf2-sha512$<iterations>$<salt, base64>$<hash, base64>
// so the iteration count can grow without invalidating stored hashes.
// Verification compares in constant time.
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace homewire::broker::access {

// OWASP's 2023 figure for PBKDF2-HMAC-SHA512.
inline constexpr int DefaultPasswordIterations = 210'000;

// A new hash of `password` with a random 16-byte salt.
QByteArray hashPassword(QByteArrayView password, int iterations = DefaultPasswordIterations);

// Whether `password` matches `encoded`. False for a malformed `encoded`.
bool verifyPassword(QByteArrayView password, QByteArrayView encoded);

// Whether `encoded` is a hash this module can verify.
bool isValidPasswordHash(QByteArrayView encoded);

// Equality of two byte strings in time independent of where they differ.
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

} // namespace homewire::broker::access
