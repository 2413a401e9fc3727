#pragma once

#include <QString>

namespace Simutasi {

// Argon2id password hashes through libsodium's crypto_pwhash_str: the hash string carries its
// salt and cost, so verifying needs nothing else. Only the hash is ever stored.
class PasswordHasher
{
public:
    enum class Cost
    {
        Interactive, // libsodium's interactive limits (64 MiB, 2 passes): every real account
        Minimal      // the lowest limits libsodium allows: for tests only, never for real users
    };

    // An empty string when hashing failed (out of memory).
    static QString hash(const QString &password, Cost cost = Cost::Interactive);
    static bool verify(const QString &hash, const QString &password);
    // Whether the hash was made with weaker limits than `cost` asks for (e.g. a test hash).
    static bool needsRehash(const QString &hash, Cost cost = Cost::Interactive);
};

} // namespace Simutasi
