// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to models/jose: shared by jsonwebkey.cpp, keyloading.cpp and signature.cpp.

#include "jsonwebkey.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QByteArrayView>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <openssl/types.h>

#include <memory>
#include <optional>

namespace Jose::Detail {

// tr() with the fixed context "Jose" for free functions (lupdate understands the macro).
class JoseText
{
    Q_DECLARE_TR_FUNCTIONS(Jose)
};

std::shared_ptr<EVP_PKEY> adoptKey(EVP_PKEY *key);

struct LoadedKey
{
    JsonWebKey key;
    QString error; // translated; the key is unusable when set
};

// Fills type, curve, bits and thumbprint from key.publicKey. Returns a translated error when the
// key is of a type or curve JOSE cannot use, or fails the sanity checks (RSA exponent, ROCA).
QString inspectPublicKey(JsonWebKey &key);

// One entry per PEM block (public key, certificate, private key); empty when there is none.
QList<LoadedKey> keysFromPem(const QByteArray &data);
// A DER certificate or SubjectPublicKeyInfo; nullopt when it is neither.
std::optional<LoadedKey> keyFromDer(const QByteArray &data);

// RFC 7638 §3.2 required members of the public key ({"e","kty","n"} etc.), from the EVP key.
QJsonObject requiredMembers(const JsonWebKey &key);

// The ROCA fingerprint (CVE-2017-15361, Nemec et al. 2017) of an RSA modulus.
bool hasRocaFingerprint(const BIGNUM *modulus);

// RSA moduli outside this range are refused before any arithmetic.
inline constexpr int MinRsaBits = 512;
inline constexpr int MaxRsaBits = 16384;

} // namespace Jose::Detail
