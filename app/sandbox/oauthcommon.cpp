// SPDX-License-Identifier: GPL-3.0-or-later
#include "oauthcommon.h"

#include "jose/base64url.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QUrl>

#include <openssl/crypto.h>

Q_LOGGING_CATEGORY(lcSandboxOAuth, "tokenscope.sandbox.oauth")

namespace Sandbox::OAuth {

HttpResponse error(int status, const QString &code, const QString &description)
{
    QJsonObject body{{QStringLiteral("error"), code}};
    if (!description.isEmpty())
        body.insert(QStringLiteral("error_description"), description);
    return noStoreJson(status, body);
}

HttpResponse noStoreJson(int status, const QJsonObject &object)
{
    HttpResponse response = HttpResponse::json(status, object);
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    response.setHeader(QByteArrayLiteral("Pragma"), QByteArrayLiteral("no-cache"));
    return response;
}

HttpResponse workspaceNotFound()
{
    return HttpResponse::json(404, QJsonObject{{QStringLiteral("error"), QStringLiteral("workspace not found")},
                                               {QStringLiteral("error_code"), 404}});
}

bool constantTimeEquals(const QString &a, const QString &b)
{
    // Hashing first makes the comparison independent of the lengths as well.
    const QByteArray ha = QCryptographicHash::hash(a.toUtf8(), QCryptographicHash::Sha256);
    const QByteArray hb = QCryptographicHash::hash(b.toUtf8(), QCryptographicHash::Sha256);
    return CRYPTO_memcmp(ha.constData(), hb.constData(), size_t(ha.size())) == 0;
}

QStringList stringList(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().isEmpty() ? QStringList{} : QStringList{value.toString()};
    QStringList out;
    for (const QJsonValue &v : value.toArray()) {
        if (v.isString())
            out.append(v.toString());
    }
    return out;
}

namespace {

bool isLoopbackHost(const QString &host)
{
    return host == QLatin1String("127.0.0.1") || host == QLatin1String("::1");
}

} // namespace

bool redirectUriMatches(const QString &registered, const QString &requested)
{
    if (registered == requested)
        return true;
    const QUrl r(registered, QUrl::StrictMode);
    const QUrl q(requested, QUrl::StrictMode);
    if (!r.isValid() || !q.isValid())
        return false;
    // RFC 8252 §7.3: loopback IP redirects, http only, any port; everything else exact.
    if (r.scheme() != QLatin1String("http") || q.scheme() != QLatin1String("http") || !isLoopbackHost(r.host())
        || r.host() != q.host())
        return false;
    QUrl rNoPort = r;
    QUrl qNoPort = q;
    rNoPort.setPort(-1);
    qNoPort.setPort(-1);
    return rNoPort.toString(QUrl::FullyEncoded) == qNoPort.toString(QUrl::FullyEncoded)
           && q.userInfo().isEmpty() && r.userInfo().isEmpty();
}

std::optional<QStringList> resolveScopes(const QJsonObject &client, const QString &requested)
{
    const QStringList clientScopes = stringList(client.value(QLatin1String("scopes")));
    const QStringList asked = requested.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (asked.isEmpty())
        return clientScopes;
    static const QStringList standard{QStringLiteral("openid"), QStringLiteral("profile"), QStringLiteral("email"),
                                      QStringLiteral("phone"), QStringLiteral("address"),
                                      QStringLiteral("offline_access")};
    QStringList out;
    for (const QString &scope : asked) {
        // RFC 6749 §3.3: scope-token = 1*( %x21 / %x23-5B / %x5D-7E )
        for (const QChar c : scope) {
            const ushort u = c.unicode();
            if (u < 0x21 || u == 0x22 || u == 0x5c || u > 0x7e)
                return std::nullopt;
        }
        if (!clientScopes.isEmpty() && !clientScopes.contains(scope) && !standard.contains(scope))
            return std::nullopt;
        if (!out.contains(scope))
            out.append(scope);
    }
    return out;
}

bool clientUsable(const QJsonObject &client, const QString &workspaceId)
{
    return client.value(QLatin1String("authorization_server_id")).toString() == workspaceId
           && client.value(QLatin1String("client_status")).toString() != QLatin1String("inactive");
}

bool isPublicClient(const QJsonObject &client)
{
    return client.value(QLatin1String("token_endpoint_auth_method")).toString() == QLatin1String("none");
}

std::optional<QJsonObject> authenticateUser(const TenantState &state, const QString &workspaceId,
                                            const QString &username, const QString &password)
{
    std::optional<QJsonObject> found;
    // Every user is compared so that timing says nothing about which usernames exist.
    for (const QJsonObject &user : state.staticUsers(workspaceId)) {
        const bool nameOk = constantTimeEquals(user.value(QLatin1String("username")).toString(), username);
        const bool passwordOk = constantTimeEquals(user.value(QLatin1String("password")).toString(), password);
        if (nameOk && passwordOk && !username.isEmpty() && !found)
            found = user;
    }
    return found;
}

bool isValidPkceValue(const QString &value)
{
    // RFC 7636 §4.1: 43..128 characters of [A-Z] / [a-z] / [0-9] / "-" / "." / "_" / "~"
    if (value.size() < 43 || value.size() > 128)
        return false;
    for (const QChar c : value) {
        const ushort u = c.unicode();
        const bool ok = (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '-'
                        || u == '.' || u == '_' || u == '~';
        if (!ok)
            return false;
    }
    return true;
}

bool pkceVerifierMatches(const QString &verifier, const QString &challenge)
{
    if (!isValidPkceValue(verifier))
        return false;
    const QByteArray digest = QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256);
    return constantTimeEquals(QString::fromLatin1(Jose::base64UrlEncode(digest)), challenge);
}

} // namespace Sandbox::OAuth
