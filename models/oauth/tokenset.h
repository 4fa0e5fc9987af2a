// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The tokens one grant gave a profile: access, ID and refresh token with the time they came,
// their expiry and what was granted. A value, in memory only: a token set is never written to
// disk (the refresh token goes to the keychain, by the page that holds the set).

#include "oauth/oauthhints.h"
#include "oauth/tokenrequest.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace OAuth {

struct TokenSet
{
    Q_DECLARE_TR_FUNCTIONS(TokenSet)

public:
    enum class Kind { Access, Id, Refresh };

    struct Entry
    {
        Kind kind = Kind::Access;
        QString value;
        std::optional<QDateTime> expiresAt; // UTC; unknown for most refresh tokens
        QString type;  // the token_type for the access token; "JWT" or "opaque" for the others
        QString scope; // what was granted (the access token's)
    };

    QString profileId, profileName;
    Grant grant = Grant::ClientCredentials;
    QDateTime obtainedAt; // UTC
    QString accessToken, tokenType, idToken, refreshToken, scope;
    qint64 expiresIn = -1;        // the response's expires_in (-1 absent)
    QString nonce;                // sent in the authorization request (ID token check)
    bool refreshTokenRotated = false; // this set came from a refresh that rotated the refresh token

    // No token at all (response type id_token alone gives a set with only an ID token).
    bool isEmpty() const { return accessToken.isEmpty() && idToken.isEmpty() && refreshToken.isEmpty(); }

    // From a successful token response. scope: the response's, or when absent the requested
    // scopes (RFC 6749 §5.1: omitted when identical to the request).
    static TokenSet fromResponse(const TokenResponse &response, const Profiles::Profile &profile, Grant grant,
                                 const QDateTime &at, const QStringList &requestedScopes = {});
    // The set after a refresh: the new tokens; a refresh token or ID token the response did not
    // send is kept from this set (RFC 6749 §6); refreshTokenRotated when a different one came.
    TokenSet refreshed(const TokenResponse &response, const QDateTime &at) const;

    // Access token expiry: obtainedAt + expires_in, else the JWT's exp claim.
    std::optional<QDateTime> accessExpiresAt() const;
    std::optional<QDateTime> idExpiresAt() const; // the ID token's exp
    // When automatic refresh should run: at 75% of the access token's lifetime. nullopt without
    // a refresh token or a known lifetime.
    std::optional<QDateTime> refreshDueAt() const;

    // The rows to show, in order access, ID, refresh (present tokens only).
    QList<Entry> entries() const;

    // Translated remaining time: "4 min 12 s", "1 h 2 min", "expired 3 s ago", "no expiry given".
    static QString remainingText(const std::optional<QDateTime> &expiresAt, const QDateTime &now);
    static QString kindName(Kind kind); // translated ("Access token")
};

} // namespace OAuth
