// SPDX-License-Identifier: GPL-3.0-or-later
#include "pkce.h"

#include "jose/base64url.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <array>

namespace OAuth {

namespace {

// 32 bytes (256 bits) from the system CSPRNG as 43 base64url characters: RFC 7636 §7.1 asks
// for 256 bits of entropy in the verifier; state and nonce need at least 128 (RFC 6749 §10.10).
QString randomBase64Url()
{
    std::array<quint32, 8> words{};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray bytes(reinterpret_cast<const char *>(words.data()), qsizetype(sizeof(words)));
    return QString::fromLatin1(Jose::base64UrlEncode(bytes));
}

} // namespace

Pkce Pkce::generate(bool plain)
{
    Pkce pkce;
    pkce.verifier = randomBase64Url(); // RFC 7636 §4.1
    if (plain) {
        pkce.challenge = pkce.verifier; // RFC 7636 §4.2 "plain"
        pkce.method = QStringLiteral("plain");
    } else {
        pkce.challenge = s256(pkce.verifier);
        pkce.method = QStringLiteral("S256");
    }
    return pkce;
}

QString Pkce::s256(const QString &verifier)
{
    // RFC 7636 §4.2: BASE64URL-ENCODE(SHA256(ASCII(code_verifier))). The verifier's alphabet
    // is ASCII, so Latin-1 is its ASCII encoding.
    const QByteArray digest = QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256);
    return QString::fromLatin1(Jose::base64UrlEncode(digest));
}

QString randomState()
{
    return randomBase64Url();
}

QString randomNonce()
{
    return randomBase64Url();
}

} // namespace OAuth
