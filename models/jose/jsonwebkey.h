// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "algorithm.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <openssl/types.h>

#include <memory>

namespace Jose {

enum class KeyType { Rsa, Ec, Okp, Oct };

// "RSA", "EC", "OKP", "oct" (RFC 7518 §6.1).
QString keyTypeName(KeyType type);

// One verification key, whatever it was loaded from. A value type: copies share the
// underlying OpenSSL key, which is immutable once loaded.
struct JsonWebKey
{
    KeyType type = KeyType::Oct;
    QString kid;
    QString alg;              // the key's "alg", empty when the source said none
    QString use;              // "sig", "enc" or empty
    QStringList keyOps;
    QString curve;            // "P-256", "P-384", "P-521", "Ed25519", "Ed448"; empty otherwise
    int bits = 0;             // RSA modulus size, EC field size, OKP size, secret size in bits
    std::shared_ptr<EVP_PKEY> publicKey; // RSA, EC, OKP
    QByteArray secret;        // oct only
    QString origin;           // "jwks", "jwk", "pem", "certificate", "secret"
    QString thumbprint;       // RFC 7638 SHA-256 thumbprint, base64url; empty for oct

    bool isNull() const { return !publicKey && secret.isEmpty(); }
    // Human-readable one-liner for views and reports: "EC P-256 kid=abc (jwks)".
    QString describe() const;
};

struct KeySet
{
    QList<JsonWebKey> keys;
    QStringList warnings; // translated: keys skipped and why ("key 3: unsupported kty \"foo\"")
};

struct KeyLoadResult
{
    KeySet keySet;
    QString error; // translated; set when nothing usable was loaded
    bool ok() const { return error.isEmpty(); }
};

// Accepts, detecting which: a JWKS ({"keys": [...]}), a single JWK, a PEM public key
// (SubjectPublicKeyInfo or PKCS#1 RSA), a PEM or DER X.509 certificate. Private members of a
// JWK or a PEM private key are accepted but only the public half is kept. Keys with "use":
// "enc" are kept but never chosen for signatures.
KeyLoadResult loadKeys(const QByteArray &data);
KeyLoadResult keyFromJwk(const QJsonObject &jwk);
JsonWebKey keyFromSecret(const QByteArray &secret);

// Candidates for verifying a token with this header: by "kid" when the header has one and a
// key matches it; otherwise every key whose kty / alg / use fit the header's "alg".
// When the kid names keys but none of them fits the alg, or several fitting keys share the kid
// (ambiguous), there are no candidates and the note says why.
struct KeySelection
{
    QList<JsonWebKey> candidates;
    bool matchedByKid = false;
    QString note; // translated, for the "kid" check detail
};
KeySelection selectKeys(const KeySet &keys, const QJsonObject &header);

// Whether this key may verify this algorithm (type, curve, the key's own "alg" and "use").
// Fills *why (translated) when not.
bool keyFitsAlgorithm(const JsonWebKey &key, Algorithm algorithm, QString *why = nullptr);

// The key as a public JWK: the RFC 7638 required members (kty, n/e, crv/x/y, oct: k) plus kid,
// alg, use and key_ops when set. Empty for a null key. For display, export and test fixtures.
QJsonObject publicJwk(const JsonWebKey &key);

} // namespace Jose
