// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// RFC 7636 PKCE and the random values of an authorization request.

#include <QByteArray>
#include <QString>

namespace OAuth {

struct Pkce
{
    QString verifier;  // RFC 7636 §4.1: 43..128 chars of [A-Za-z0-9-._~]; we use 32 random bytes base64url (43 chars)
    QString challenge; // S256: base64url(SHA-256(verifier)); plain: the verifier
    QString method;    // "S256" or "plain"

    static Pkce generate(bool plain = false);
    static QString s256(const QString &verifier);
};

// At least 128 bits from the system CSPRNG, base64url without padding (RFC 6749 §10.10).
QString randomState();
QString randomNonce();

} // namespace OAuth
