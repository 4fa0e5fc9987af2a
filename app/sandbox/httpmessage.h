// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

namespace Sandbox {

// One parsed HTTP/1.1 request, as the sandbox's handlers see it.
struct HttpRequest
{
    QByteArray method;                              // "GET", "POST", ...
    QByteArray target;                              // the raw request target
    QString path;                                   // percent-decoded path, no query
    QUrlQuery query;                                // the decoded query
    QList<QPair<QByteArray, QByteArray>> headers;   // names lower-cased, in arrival order
    QByteArray body;
    QHostAddress peer;
    QUrl baseUrl;                                   // "http://127.0.0.1:PORT" of this server

    // First value of a header, case-insensitive name; empty when absent.
    QByteArray header(QByteArrayView name) const;
    // The body as application/x-www-form-urlencoded ('+' is a space), for OAuth endpoints.
    // Read values with formValue() (or queryItemValue(key, QUrl::FullyDecoded)): the default
    // PrettyDecoded leaves "%25", "%26", "%2B" ... encoded.
    QUrlQuery form() const;
};

// Parses application/x-www-form-urlencoded text ('+' is a space, %XX escapes); the server uses
// it for HttpRequest::query too (RFC 6749 §4.1.1 encodes authorization requests that way).
QUrlQuery parseFormEncoded(QByteArrayView encoded);
// The fully decoded value of key; empty when absent.
QString formValue(const QUrlQuery &query, const QString &key);

struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;   // Content-Length is added by the server
    QByteArray body;

    void setHeader(const QByteArray &name, const QByteArray &value); // replaces
    static HttpResponse json(int status, const QJsonObject &object);
    static HttpResponse json(int status, const QJsonDocument &document);
    static HttpResponse html(int status, const QByteArray &page);
    static HttpResponse redirect(const QUrl &location, int status = 302);
    static HttpResponse empty(int status);            // 204 and the like
};

// Path parameters captured by the route pattern: "/servers/{wid}" gives {"wid": "..."}.
using PathParams = QHash<QString, QString>;
using Handler = std::function<HttpResponse(const HttpRequest &, const PathParams &)>;

// Cloudentity's API groups for rate limiting (../shared/contracts/cloudentity/SOURCES.md).
enum class ApiGroup {
    Admin, Developer, Public, OAuth2, OpenBanking, Web, System, AuditEvents, IdentityAdmin, IdentitySelfService,
};

} // namespace Sandbox
