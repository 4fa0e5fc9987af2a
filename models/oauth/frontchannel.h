// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The front channel of the OpenID Connect implicit (Core §3.2) and hybrid (§3.3) flows, and the
// pushed authorization request (RFC 9126): pure functions the AuthorizationCodeFlow runs.
//
//   callback (fragment / form_post) ── parts present for the response type?
//        │ id_token ── Jose::verifyToken: signature (JWKS), iss, aud = client id, nonce, exp,
//        │             at_hash (with an access token), c_hash (with a code)
//        └──────────► FrontChannelResult { tokens as a TokenResponse, code } or a refusal

#include "jose/jsonwebkey.h"
#include "oauth/tokenrequest.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

namespace OAuth {

// "code", "token", "id_token" and their combinations, in any order (OAuth 2.0 Multiple
// Response Type Encoding Practices §5). The parts, sorted; empty when the value is not one of
// the seven OpenID Connect response types.
QStringList responseTypeParts(const QString &responseType);
// The canonical spelling: "code", "token", "id_token", "id_token token", "code id_token",
// "code token", "code id_token token"; empty when not one of them.
QString canonicalResponseType(const QString &responseType);
// True when the response type returns anything but a code from the authorization endpoint: its
// default response mode is fragment, and query is not allowed.
bool returnsTokensFromAuthorizationEndpoint(const QString &responseType);

struct FrontChannelExpectations
{
    QString responseType; // canonical
    QString clientId;     // the ID token's audience
    QString issuer;       // the ID token's iss
    QString nonce;        // sent with the request
    std::optional<Jose::KeySet> keys; // the server's JWKS; without keys an ID token is refused
    std::optional<QDateTime> at;      // the instant exp is judged at; now if unset
};

struct FrontChannelResult
{
    Q_DECLARE_TR_FUNCTIONS(FrontChannelResult)

public:
    QString problem;      // translated; set when the response must be refused
    TokenResponse tokens; // access_token, token_type, expires_in, scope, id_token of the response
    QString code;         // a hybrid response's code, to exchange
    bool hasTokens = false; // an access token or an ID token came through the front channel

    bool ok() const { return problem.isEmpty(); }
};

// Checks one authorization response (state and iss already checked) for the response type:
// every part it asks for is present, and the ID token verifies (OpenID Connect Core §3.2.2.11,
// §3.3.2.12). Values are read FullyDecoded.
FrontChannelResult checkFrontChannel(const QUrlQuery &callback, const FrontChannelExpectations &expected);

// RFC 9126 §2.2 / §2.3: the pushed authorization response.
struct PushedAuthorizationResponse
{
    Q_DECLARE_TR_FUNCTIONS(PushedAuthorizationResponse)

public:
    QString requestUri;
    qint64 expiresIn = -1;
    QString oauthError, oauthErrorDescription, oauthErrorUri;
    QString error; // translated; empty on success

    bool ok() const { return error.isEmpty(); }
};
PushedAuthorizationResponse parsePushedAuthorizationResponse(const HttpResponse &http);

} // namespace OAuth
