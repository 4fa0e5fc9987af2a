// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace Jose {

// RFC 7518 §3.1 and RFC 8037 §3.1 JWS algorithms.
enum class Algorithm {
    HS256, HS384, HS512,
    RS256, RS384, RS512,
    PS256, PS384, PS512,
    ES256, ES384, ES512,
    EdDSA,
    None,
};

enum class AlgorithmFamily { Hmac, RsaPkcs1, RsaPss, Ecdsa, EdDsa, None };

struct AlgorithmInfo
{
    Algorithm algorithm;
    AlgorithmFamily family;
    const char *name;        // "RS256"
    const char *digest;      // OpenSSL digest name ("SHA256"), nullptr for EdDSA and none
    int hashBytes;           // digest size: 32, 48, 64; 0 for EdDSA and none
    int ecCoordinateBytes;   // ES256: 32, ES384: 48, ES512: 66; 0 otherwise
    const char *curve;       // JWK "crv" an ECDSA algorithm requires ("P-256"); nullptr otherwise
};

// Exact, case-sensitive match (RFC 7515 §4.1.1: "alg" is case-sensitive).
std::optional<Algorithm> algorithmFromName(QStringView name);
const AlgorithmInfo &algorithmInfo(Algorithm algorithm);
QString algorithmName(Algorithm algorithm);
bool isAsymmetric(Algorithm algorithm);

} // namespace Jose
