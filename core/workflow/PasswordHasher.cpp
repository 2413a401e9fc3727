#include "PasswordHasher.h"

#include <sodium.h>

namespace Simutasi {

namespace {

bool initialised()
{
    // sodium_init() is thread-safe and may be called again; 1 means "already done".
    static const bool ok = sodium_init() >= 0;
    return ok;
}

std::pair<unsigned long long, size_t> limits(PasswordHasher::Cost cost)
{
    if (cost == PasswordHasher::Cost::Minimal)
        return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

} // namespace

QString PasswordHasher::hash(const QString &password, Cost cost)
{
    if (!initialised())
        return {};
    const QByteArray bytes = password.toUtf8();
    const auto [ops, mem] = limits(cost);
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, bytes.constData(), static_cast<unsigned long long>(bytes.size()),
                              ops, mem, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return {};
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &hash, const QString &password)
{
    if (!initialised() || hash.isEmpty())
        return false;
    const QByteArray stored = hash.toLatin1();
    const QByteArray bytes = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), bytes.constData(),
                                    static_cast<unsigned long long>(bytes.size())) == 0;
}

bool PasswordHasher::needsRehash(const QString &hash, Cost cost)
{
    if (!initialised())
        return true;
    const QByteArray stored = hash.toLatin1();
    const auto [ops, mem] = limits(cost);
    return crypto_pwhash_str_needs_rehash(stored.constData(), ops, mem) != 0;
}

} // namespace Simutasi
