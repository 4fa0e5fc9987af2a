// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The request console's model: one request as the user wrote it (method, URL with profile
// variables, headers, query, body, how to authorize), turned into an HttpRequest for the one
// HttpClient, and a history per profile that never holds a secret.
//
//   ConsoleRequest ──expand {base} {tid} {wid} {issuer}──► URL ──+ query + headers + auth──► HttpRequest
//                                                      (Authorization from a token / API token / Basic)
//
// Variables: {base} the profile's scheme://host[:port] (from the issuer), {tid} presetFields
// tenant_id, {wid} presetFields workspace_id, {issuer} the issuer URL without a trailing slash.
// An unknown {name} or one the profile has no value for is an error naming it.

#include "http/httpclient.h"
#include "profiles/profile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace Console {

enum class AuthKind {
    None,
    Bearer,   // Authorization: Bearer <token>: a token from the profile's token set
    ApiToken, // the profile's API token (keychain) in its header with its prefix (ApiTokenMode)
    Basic,    // Authorization: Basic base64(user:password); the password is never stored
};
QString authKindName(AuthKind kind);              // "none", "bearer", "api_token", "basic"
std::optional<AuthKind> authKindFromName(QStringView name);

struct ConsoleRequest
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleRequest)

public:
    QByteArray method = "GET";
    QString url;                                 // may hold {base} {tid} {wid} {issuer}
    QList<QPair<QString, QString>> headers;      // in order; empty names are ignored
    QList<QPair<QString, QString>> query;        // appended to the URL's own query, in order
    QByteArray body;                             // sent as is (no body for GET/HEAD unless set)
    AuthKind auth = AuthKind::None;
    QString basicUser;                           // Basic: the user name (stored in history)

    bool operator==(const ConsoleRequest &) const = default;

    // Without secrets: method, url, headers (Authorization / Cookie / API-token header values
    // replaced by "[redacted]"; the Basic password never), query, body (JSON bodies redacted as
    // the exchange log does), auth, basicUser.
    QJsonObject toJson() const;
    static std::optional<ConsoleRequest> fromJson(const QJsonObject &json);
};

// Expands the URL's variables from the profile. nullopt with a translated error naming the
// variable when one is unknown or has no value; or when the result is not an http(s) URL.
std::optional<QUrl> expandUrl(const QString &templ, const Profiles::Profile &profile, QString *error);

// The values {base} {tid} {wid} {issuer} take for a profile (empty when it has none): for the
// UI's hint under the URL field.
QList<QPair<QString, QString>> variables(const Profiles::Profile &profile);

// JSON body checks for the editor: nullopt when valid (or empty), else a translated message
// with line and column ("line 3, column 7: missing comma").
std::optional<QString> jsonProblem(const QByteArray &body);
// Indented (4 spaces as QJsonDocument::Indented gives) when the body is a JSON document; the
// body unchanged otherwise.
QByteArray formatJson(const QByteArray &body);

// The secret the request's authorization needs, given by the UI (read from the token set or
// the keychain by the caller).
struct Credentials
{
    QString bearerToken;   // Bearer
    QByteArray apiToken;   // ApiToken
    QString basicPassword; // Basic
};

// The HttpRequest to send: expanded URL with the query appended (percent-encoded), headers
// (Content-Type: application/json added for a JSON body when none is set), the Authorization /
// API-token header from credentials, the profile's TLS settings (client key not included: the
// caller adds it from the keychain for tls_client_auth profiles). nullopt with a translated
// error when the URL does not expand, a header name is not a token (RFC 9110 §5.1), a header
// value holds CR/LF, or the auth needs a credential that is empty.
std::optional<HttpRequest> buildRequest(const ConsoleRequest &request, const Profiles::Profile &profile,
                                        const Credentials &credentials, QString *error);

// Human-readable size ("1.2 KiB") for the response line.
QString formatSize(qint64 bytes);

} // namespace Console
