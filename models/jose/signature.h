// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "algorithm.h"
#include "jsonwebkey.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <openssl/types.h>

#include <optional>

namespace Jose {

struct SignatureCheck
{
    bool valid = false;
    QString detail; // translated one-liner: why it failed, or which key verified it
};

// Verifies a JWS signature with OpenSSL 3 EVP. ECDSA signatures are JOSE raw r||s (RFC 7518
// §3.4) of exactly 2 * coordinate size; anything else fails. HMAC compares in constant time.
// The caller has already checked keyFitsAlgorithm(); this checks again and refuses a mismatch
// (an HMAC algorithm with an asymmetric key never verifies: the algorithm-confusion attack).
SignatureCheck verifySignature(Algorithm algorithm, const JsonWebKey &key,
                               QByteArrayView signingInput, QByteArrayView signature);

// Signs with a private key (RSA, EC, OKP) or an HMAC secret; ECDSA output is raw r||s.
// For client assertions (private_key_jwt, client_secret_jwt), tests and benchmarks.
std::optional<QByteArray> sign(Algorithm algorithm, EVP_PKEY *privateKey, QByteArrayView signingInput);
std::optional<QByteArray> signHmac(Algorithm algorithm, QByteArrayView secret, QByteArrayView signingInput);

} // namespace Jose
