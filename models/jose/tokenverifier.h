// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decodedtoken.h"
#include "jsonwebkey.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace Jose {

enum class CheckStatus { Pass, Fail, Warn, Skip };

// "pass", "fail", "warn", "skip" (the CLI contract).
QString checkStatusName(CheckStatus status);

// One named check of the verdict. Names are stable (the CLI contract): "alg", "kid",
// "signature", "key", "typ", "crit", "exp", "nbf", "iat", "iss", "aud", "nonce", "azp",
// "at_hash", "c_hash".
struct Check
{
    QString name;
    CheckStatus status = CheckStatus::Skip;
    QString detail; // translated one-line reason
};

enum class TokenRole {
    Auto,        // guess: an OpenID Connect ID token has "nonce" or "at_hash" or typ "JWT" with "azp"...
    IdToken,     // OpenID Connect Core §2, §3.1.3.7
    AccessToken, // RFC 9068
};

struct VerifyOptions
{
    std::optional<KeySet> keys;          // no keys: the signature check is skipped
    QString expectedIssuer;              // empty: iss is reported but not compared
    QString expectedAudience;
    QString expectedNonce;
    std::chrono::seconds clockSkew{60};
    std::optional<QDateTime> at;         // the instant the time claims are judged at; now if unset
    // For the ID token's at_hash and c_hash (OpenID Connect Core §3.1.3.6, §3.3.2.11): the left
    // half of the alg's hash. EdDSA has none of its own: SHA-512 for Ed25519 (OpenID Foundation
    // guidance), SHAKE256 with 114 bytes for Ed448; the curve is the verifying key's.
    QString accessToken;
    QString authorizationCode;
    TokenRole role = TokenRole::Auto;
};

struct VerifyReport
{
    QList<Check> checks;
    // True when no check failed (pass, warn and skip are all acceptable).
    bool valid() const;
    const Check *find(QStringView name) const;
};

// Runs every check on a decoded token. Deterministic for a given options.at.
// JWE: the header checks run, payload checks are skipped (encrypted). Opaque or malformed
// tokens: a single failed "format" check.
VerifyReport verifyToken(const DecodedToken &token, const VerifyOptions &options);

} // namespace Jose
