// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Keys of every JOSE algorithm generated at test time, and tokens signed with them. For tests
// and benchmarks only: nothing here ships in the app.

#include "jose/algorithm.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <openssl/types.h>

#include <memory>

namespace TestKeys {

struct KeyPair
{
    Jose::Algorithm algorithm = Jose::Algorithm::RS256;
    std::shared_ptr<EVP_PKEY> privateKey; // null for HMAC
    QByteArray secret;                    // HMAC only
    QJsonObject publicJwk;                // kty, kid, alg, use "sig" and the public members (oct: "k")
    QByteArray publicPem;                 // SubjectPublicKeyInfo PEM; empty for HMAC
    QByteArray certificatePem;            // a self-signed X.509 certificate; empty for HMAC
};

// A fresh key for the algorithm: RSA of rsaBits (RS*/PS*), the algorithm's curve (ES*),
// Ed25519 (EdDSA; Ed448 when ed448 is true), 64 random bytes (HS*). kid defaults to a random one.
KeyPair generate(Jose::Algorithm algorithm, const QString &kid = {}, int rsaBits = 2048, bool ed448 = false);

// A compact JWS over the payload's compact JSON. "alg" (and "kid" when the key's JWK has one)
// are set in the header unless the header already has them.
QString signCompact(const KeyPair &key, QJsonObject header, const QJsonObject &payload);
QString signCompactRaw(const KeyPair &key, QJsonObject header, const QByteArray &payload);

// {"keys": [...]} of the public JWKs.
QByteArray jwks(const QList<KeyPair> &keys);

} // namespace TestKeys
