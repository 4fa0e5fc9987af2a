// SPDX-License-Identifier: GPL-3.0-or-later
// TenantState's documents: admin.json Server, StaticIDP and client documents built from request
// bodies, with Cloudentity's defaults filled in and every check naming the field it failed on.
#include "tenantstate_p.h"

#include "signingkeys.h"

#include "admin/goduration.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSet>

#include <openssl/rand.h>

#include <functional>

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace Detail {

QJsonArray strings(std::initializer_list<const char *> values)
{
    QJsonArray array;
    for (const char *value : values)
        array.append(QString::fromLatin1(value));
    return array;
}

QStringList toStringList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        list.append(item.toString());
    return list;
}

} // namespace Detail

namespace {

using Detail::failure;
using Detail::strings;
using Detail::success;
using Detail::toStringList;
using Contract::badRequest;
using Contract::conflict;
using Contract::notFound;
using Contract::unprocessable;
QByteArray randomBytes(int count)
{
    QByteArray bytes(count, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), count) != 1)
        qFatal("tokenscope.sandbox.state: RAND_bytes failed"); // no safe way on without randomness
    return bytes;
}

// Lowercase random identifiers like Cloudentity's generated ids (20 characters of base32hex).
QString randomId()
{
    static constexpr char alphabet[] = "0123456789abcdefghijklmnopqrstuv";
    const QByteArray bytes = randomBytes(20);
    QString id;
    id.reserve(20);
    for (const char byte : bytes)
        id += QLatin1Char(alphabet[static_cast<unsigned char>(byte) & 31]);
    return id;
}

// 32 random bytes, base64url: 43 characters (admin.json client_secret minLength 32).
QString randomSecret()
{
    return QString::fromLatin1(randomBytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}



void insertDefault(QJsonObject &doc, const QString &key, const QJsonValue &value)
{
    if (!doc.contains(key))
        doc.insert(key, value);
}

// admin.json ServerResponse defaults (the schema's "default" values; TTLs as Go durations).
QJsonObject serverDefaults()
{
    return QJsonObject{
        {u"type"_s, u"regular"_s},
        {u"profile"_s, u"default"_s},
        {u"access_token_strategy"_s, u"jwt"_s},
        {u"access_token_ttl"_s, u"1h0m0s"_s},
        {u"refresh_token_ttl"_s, u"720h0m0s"_s},
        {u"authorization_code_ttl"_s, u"10m0s"_s},
        {u"id_token_ttl"_s, u"1h0m0s"_s},
        {u"key_type"_s, u"ecdsa"_s},
        {u"grant_types"_s, strings({"authorization_code", "implicit", "client_credentials", "refresh_token"})},
        {u"token_endpoint_auth_methods"_s, strings({"client_secret_basic", "client_secret_post", "client_secret_jwt",
                                                   "private_key_jwt", "self_signed_tls_client_auth", "tls_client_auth", "none"})},
        {u"subject_identifier_types"_s, strings({"public", "pairwise"})},
        // Everything the authorize endpoint may be asked for; a client narrows it (default "code").
        {u"response_types"_s, strings({"token", "id_token", "code", "code id_token", "token id_token", "token code",
                                      "token id_token code", "none"})},
        {u"scope_claim_formats"_s, strings({"scp_array"})},
        {u"enforce_pkce"_s, false},
        {u"enforce_pkce_for_public_clients"_s, false},
        {u"enable_trust_anchor"_s, false},
        {u"backchannel_token_delivery_modes_supported"_s, strings({"poll", "ping"})},
        {u"backchannel_user_code_parameter_supported"_s, false},
        {u"color"_s, u"#007FFF"_s},
        {u"dynamic_scope_separator"_s, u"."_s},
        {u"version"_s, 3},
    };
}

QString mismatch(const QString &field, const QString &expected)
{
    return u"%1 must be \"%2\" (or left out)"_s.arg(field, expected);
}

// The id of a document, the same rule for workspaces, IDPs and clients: an update keeps the
// existing id (another one is refused); a create generates one when omitted, otherwise checks
// its characters and refuses one that is taken (409).
Outcome<QString> resolveId(const QJsonObject &doc, const QString &field, const QJsonObject *existing,
                           const std::function<bool(const QString &)> &isTaken, const QString &takenMessage)
{
    QString id = doc.value(field).toString();
    if (existing) {
        const QString current = existing->value(field).toString();
        if (!id.isEmpty() && id != current)
            return failure<QString>(unprocessable(field, mismatch(field, current)));
        return Outcome<QString>{current, {}};
    }
    if (id.isEmpty())
        id = randomId();
    if (!Contract::isValidId(id))
        return failure<QString>(unprocessable(field, u"%1 \"%2\" may only contain letters, digits, \"-\" and \"_\" (at most 64, starting with a letter or digit)"_s.arg(field, id)));
    if (isTaken(id))
        return failure<QString>(conflict(field, takenMessage.arg(id)));
    return Outcome<QString>{id, {}};
}

} // namespace

// ---- documents -------------------------------------------------------------------------------

Outcome<QJsonObject> TenantState::Private::buildServer(const QJsonObject &body, const QJsonObject *existing, bool builtIn) const
{
    const auto accepted = Contract::acceptFields(body, Contract::serverFields(), 400);
    if (!accepted.ok())
        return accepted;
    QJsonObject doc = *accepted.value;

    const auto id = resolveId(doc, u"id"_s, existing, [this](const QString &candidate) { return serverIndex(candidate) >= 0; },
                              u"a workspace with id \"%1\" already exists"_s);
    if (!id.ok())
        return failure<QJsonObject>(id.error);
    doc.insert(u"id"_s, *id.value);

    if (doc.contains(u"tenant_id"_s) && doc.value(u"tenant_id"_s).toString() != tenantId)
        return failure<QJsonObject>(unprocessable(u"tenant_id"_s, mismatch(u"tenant_id"_s, tenantId)));
    doc.insert(u"tenant_id"_s, tenantId);

    // Server type: "admin" is the built-in workspace's alone; it never changes on update.
    const QString type = doc.value(u"type"_s).toString();
    if (existing) {
        doc.insert(u"type"_s, existing->value(u"type"_s));
    } else if (!builtIn && !type.isEmpty() && type != u"regular" && type != u"organization") {
        return failure<QJsonObject>(unprocessable(u"type"_s, u"type \"%1\" is reserved; use \"regular\""_s.arg(type)));
    }
    // key_type is an input of create only (admin.json): the keys exist already on update.
    if (existing)
        doc.insert(u"key_type"_s, existing->value(u"key_type"_s));

    if (doc.contains(u"secret"_s)) {
        if (doc.value(u"secret"_s).toString().size() < 32)
            return failure<QJsonObject>(unprocessable(u"secret"_s, u"secret must have at least 32 characters"_s));
    } else {
        doc.insert(u"secret"_s, existing ? existing->value(u"secret"_s) : QJsonValue(randomSecret()));
    }
    if (doc.value(u"grant_types"_s).toArray().isEmpty() && doc.contains(u"grant_types"_s))
        return failure<QJsonObject>(unprocessable(u"grant_types"_s, u"grant_types must enable at least one grant type"_s));

    const QJsonObject defaults = serverDefaults();
    for (auto it = defaults.begin(); it != defaults.end(); ++it)
        insertDefault(doc, it.key(), it.value());
    insertDefault(doc, u"name"_s, *id.value);
    doc.remove(u"issuer_url"_s); // computed when presented
    return success(doc);
}

namespace {

// credentials.users of a StaticIDP: admin.json StaticUser, username required and unique,
// password required unless the user exists already (a console that never saw the password can
// send the user back without it).
Outcome<QJsonArray> acceptUsers(const QJsonValue &credentials, const QJsonArray &previous)
{
    const QJsonValue usersValue = credentials.toObject().value(u"users"_s);
    if (usersValue.isUndefined() || usersValue.isNull())
        return success(QJsonArray());
    if (!usersValue.isArray())
        return failure<QJsonArray>(badRequest(u"credentials.users must be an array"_s, u"credentials.users"_s));
    QHash<QString, QString> oldPasswords;
    for (const QJsonValue &user : previous)
        oldPasswords.insert(user[u"username"_s].toString(), user[u"password"_s].toString());

    static const QStringList stringFields{u"username"_s, u"password"_s, u"email"_s, u"phone_number"_s};
    static const QStringList boolFields{u"email_verified"_s, u"phone_number_verified"_s};
    static const QStringList objectFields{u"authentication_context"_s, u"additional_attributes"_s};

    QJsonArray users;
    QSet<QString> seen;
    const QJsonArray input = usersValue.toArray();
    for (qsizetype i = 0; i < input.size(); ++i) {
        const QString where = u"credentials.users[%1]"_s.arg(i);
        if (!input[i].isObject())
            return failure<QJsonArray>(badRequest(where + u" must be an object"_s, where));
        const QJsonObject in = input[i].toObject();
        QJsonObject user;
        for (auto it = in.begin(); it != in.end(); ++it) {
            const QString field = where + u'.' + it.key();
            if (it.value().isNull())
                continue;
            if (stringFields.contains(it.key()) && !it.value().isString())
                return failure<QJsonArray>(badRequest(field + u" must be a string"_s, field));
            if (boolFields.contains(it.key()) && !it.value().isBool())
                return failure<QJsonArray>(badRequest(field + u" must be a boolean"_s, field));
            if (objectFields.contains(it.key()) && !it.value().isObject())
                return failure<QJsonArray>(badRequest(field + u" must be an object"_s, field));
            if (stringFields.contains(it.key()) || boolFields.contains(it.key()) || objectFields.contains(it.key()))
                user.insert(it.key(), it.value());
        }
        const QString username = user.value(u"username"_s).toString();
        if (username.isEmpty())
            return failure<QJsonArray>(unprocessable(where + u".username"_s, where + u".username is required"_s));
        if (seen.contains(username))
            return failure<QJsonArray>(unprocessable(where + u".username"_s, u"username \"%1\" appears twice"_s.arg(username)));
        seen.insert(username);
        if (user.value(u"password"_s).toString().isEmpty()) {
            const QString old = oldPasswords.value(username);
            if (old.isEmpty())
                return failure<QJsonArray>(unprocessable(where + u".password"_s, where + u".password is required"_s));
            user.insert(u"password"_s, old);
        }
        users.append(user);
    }
    return success(users);
}

} // namespace

Outcome<QJsonObject> TenantState::Private::buildStaticIdp(const QString &wid, const QJsonObject &body, const QJsonObject *existing) const
{
    const auto accepted = Contract::acceptFields(body, Contract::staticIdpFields(), 400);
    if (!accepted.ok())
        return accepted;
    QJsonObject doc = *accepted.value;

    const auto resolvedId = resolveId(doc, u"id"_s, existing, [this, &wid](const QString &candidate) { return idpIndex(wid, candidate) >= 0; },
                                      QString(u"an IDP with id \"%1\" already exists in workspace \""_s + wid + u'"'));
    if (!resolvedId.ok())
        return failure<QJsonObject>(resolvedId.error);
    const QString id = *resolvedId.value;
    doc.insert(u"id"_s, id);

    const QList<std::pair<QString, QString>> fixed{
        {u"tenant_id"_s, tenantId}, {u"authorization_server_id"_s, wid}, {u"workspace_id"_s, wid}, {u"method"_s, u"static"_s}};
    for (const auto &[field, value] : fixed) {
        if (doc.contains(field) && doc.value(field).toString() != value)
            return failure<QJsonObject>(unprocessable(field, mismatch(field, value)));
        doc.insert(field, value);
    }

    const QJsonArray previous = existing ? existing->value(u"credentials"_s)[u"users"_s].toArray() : QJsonArray();
    if (doc.contains(u"credentials"_s)) {
        const auto users = acceptUsers(doc.value(u"credentials"_s), previous);
        if (!users.ok())
            return failure<QJsonObject>(users.error);
        doc.insert(u"credentials"_s, QJsonObject{{u"users"_s, *users.value}});
    } else {
        doc.insert(u"credentials"_s, QJsonObject{{u"users"_s, previous}});
    }
    insertDefault(doc, u"name"_s, u"Sandbox IDP"_s);
    insertDefault(doc, u"disabled"_s, false);
    insertDefault(doc, u"version"_s, 3);
    return success(doc);
}

namespace {

QStringList missingFrom(const QStringList &wanted, const QStringList &allowed)
{
    QStringList missing;
    for (const QString &value : wanted) {
        if (!allowed.contains(value))
            missing.append(value);
    }
    return missing;
}

} // namespace

Outcome<QJsonObject> TenantState::Private::buildClient(const QJsonObject &body, const QJsonObject *existing, bool builtIn) const
{
    // admin.json RedirectURIs: "it's also acceptable to pass redirect_uris as a string".
    QJsonObject input = body;
    if (input.value(u"redirect_uris"_s).isString())
        input.insert(u"redirect_uris"_s, QJsonArray{input.value(u"redirect_uris"_s)});
    // createClient lists no 400 in admin.json: type errors are 422 there.
    const auto accepted = Contract::acceptFields(input, existing ? Contract::updateClientFields() : Contract::createClientFields(),
                                                 existing ? 400 : 422);
    if (!accepted.ok())
        return accepted;
    QJsonObject doc = *accepted.value;

    // Workspace.
    QString wid = doc.value(u"authorization_server_id"_s).toString();
    if (existing) {
        const QString current = existing->value(u"authorization_server_id"_s).toString();
        if (!wid.isEmpty() && wid != current)
            return failure<QJsonObject>(unprocessable(u"authorization_server_id"_s, mismatch(u"authorization_server_id"_s, current)));
        wid = current;
    } else if (wid.isEmpty()) {
        return failure<QJsonObject>(unprocessable(u"authorization_server_id"_s, u"authorization_server_id is required"_s));
    }
    const qsizetype s = serverIndex(wid);
    if (s < 0)
        return failure<QJsonObject>(notFound(u"workspace \"%1\" not found"_s.arg(wid), u"authorization_server_id"_s));
    const QJsonObject &server = servers[s];
    doc.insert(u"authorization_server_id"_s, wid);

    if (doc.contains(u"tenant_id"_s) && doc.value(u"tenant_id"_s).toString() != tenantId)
        return failure<QJsonObject>(unprocessable(u"tenant_id"_s, mismatch(u"tenant_id"_s, tenantId)));
    doc.insert(u"tenant_id"_s, tenantId);

    // Client id.
    const auto resolvedCid = resolveId(doc, u"client_id"_s, existing, [this](const QString &candidate) { return clientIndex(candidate) >= 0; },
                                       u"a client with id \"%1\" already exists"_s);
    if (!resolvedCid.ok())
        return failure<QJsonObject>(resolvedCid.error);
    const QString cid = *resolvedCid.value;
    doc.insert(u"client_id"_s, cid);

    // What the client may do must be enabled on its workspace.
    insertDefault(doc, u"token_endpoint_auth_method"_s, u"client_secret_basic"_s);
    insertDefault(doc, u"grant_types"_s, strings({"authorization_code"}));
    insertDefault(doc, u"response_types"_s, strings({"code"}));
    const QString method = doc.value(u"token_endpoint_auth_method"_s).toString();
    if (!toStringList(server.value(u"token_endpoint_auth_methods"_s)).contains(method))
        return failure<QJsonObject>(unprocessable(u"token_endpoint_auth_method"_s, u"token_endpoint_auth_method \"%1\" is not enabled in workspace \"%2\""_s.arg(method, wid)));
    const QStringList grants = toStringList(doc.value(u"grant_types"_s));
    if (const QStringList off = missingFrom(grants, toStringList(server.value(u"grant_types"_s))); !off.isEmpty())
        return failure<QJsonObject>(unprocessable(u"grant_types"_s, u"grant type \"%1\" is not enabled in workspace \"%2\""_s.arg(off.first(), wid)));
    const QStringList responseTypes = toStringList(doc.value(u"response_types"_s));
    if (const QStringList off = missingFrom(responseTypes, toStringList(server.value(u"response_types"_s))); !off.isEmpty())
        return failure<QJsonObject>(unprocessable(u"response_types"_s, u"response type \"%1\" is not enabled in workspace \"%2\""_s.arg(off.first(), wid)));

    // Redirect URIs: absolute, no fragment (RFC 6749 §3.1.2); needed by redirect-based grants.
    const QJsonArray redirects = doc.value(u"redirect_uris"_s).toArray();
    for (qsizetype i = 0; i < redirects.size(); ++i) {
        const QUrl url(redirects[i].toString(), QUrl::StrictMode);
        if (!url.isValid() || url.isRelative() || (url.host().isEmpty() && url.scheme().startsWith(u"http")) || url.hasFragment())
            return failure<QJsonObject>(unprocessable(u"redirect_uris[%1]"_s.arg(i), u"redirect_uris[%1]: \"%2\" is not an absolute URI without a fragment"_s.arg(i).arg(redirects[i].toString())));
    }
    if (redirects.isEmpty() && (grants.contains(u"authorization_code"_s) || grants.contains(u"implicit"_s)))
        return failure<QJsonObject>(unprocessable(u"redirect_uris"_s, u"redirect_uris is required for the authorization_code and implicit grant types"_s));

    // Secret: generated for confidential clients, none for public ones.
    if (method == u"none") {
        doc.remove(u"client_secret"_s);
        doc.insert(u"client_secret_expires_at"_s, 0);
    } else {
        if (doc.contains(u"client_secret"_s)) {
            if (doc.value(u"client_secret"_s).toString().size() < 32)
                return failure<QJsonObject>(unprocessable(u"client_secret"_s, u"client_secret must have at least 32 characters"_s));
        } else {
            const QString old = existing ? existing->value(u"client_secret"_s).toString() : QString();
            doc.insert(u"client_secret"_s, old.isEmpty() ? randomSecret() : old);
        }
        insertDefault(doc, u"client_secret_expires_at"_s, 0);
    }
    doc.remove(u"hashed_secret"_s);
    if (method == u"private_key_jwt" && doc.value(u"jwks"_s)[u"keys"_s].toArray().isEmpty() && doc.value(u"jwks_uri"_s).toString().isEmpty())
        return failure<QJsonObject>(unprocessable(u"jwks"_s, u"private_key_jwt needs the client's public keys: jwks or jwks_uri"_s));

    // Per-client TTLs (admin.json TokenTTLs), Go durations.
    if (doc.contains(u"token_ttls"_s)) {
        QJsonObject ttls = doc.value(u"token_ttls"_s).toObject();
        for (auto it = ttls.begin(); it != ttls.end(); ++it) {
            const QString field = u"token_ttls."_s + it.key();
            const auto ns = it.value().isString() ? Admin::GoDuration::parse(it.value().toString()) : std::nullopt;
            if (!ns || *ns < 0)
                return failure<QJsonObject>(unprocessable(field, field + u" is not a valid duration (Go syntax, e.g. \"1h0m0s\")"_s));
            it.value() = Admin::GoDuration::format(*ns);
        }
        doc.insert(u"token_ttls"_s, ttls);
    }

    // Scopes: "scopes" and the space-separated "scope" describe the same set.
    if (doc.contains(u"scopes"_s))
        doc.insert(u"scope"_s, toStringList(doc.value(u"scopes"_s)).join(u' '));
    else if (doc.contains(u"scope"_s))
        doc.insert(u"scopes"_s, QJsonArray::fromStringList(doc.value(u"scope"_s).toString().split(u' ', Qt::SkipEmptyParts)));
    else {
        doc.insert(u"scopes"_s, strings({"email", "offline_access", "openid", "profile"}));
        doc.insert(u"scope"_s, u"email offline_access openid profile"_s);
    }

    const auto keyAlgorithm = SigningKeys::algorithmForKeyType(server.value(u"key_type"_s).toString());
    insertDefault(doc, u"id_token_signed_response_alg"_s, Jose::algorithmName(keyAlgorithm.value_or(Jose::Algorithm::ES256)));
    insertDefault(doc, u"audience"_s, QJsonArray{cid});
    insertDefault(doc, u"subject_type"_s, u"public"_s);
    insertDefault(doc, u"application_type"_s, u"web"_s);
    insertDefault(doc, u"request_object_signing_alg"_s, u"any"_s);
    insertDefault(doc, u"userinfo_signed_response_alg"_s, u"none"_s);
    insertDefault(doc, u"client_status"_s, u"active"_s);
    insertDefault(doc, u"client_type"_s, u"oauth2"_s);
    insertDefault(doc, u"client_name"_s, cid);
    // Read-only in admin.json: derived from the token endpoint's method and the grants.
    if (method != u"unspecified") {
        doc.insert(u"introspection_endpoint_auth_method"_s, method);
        doc.insert(u"revocation_endpoint_auth_method"_s, method);
    }
    QString purpose = u"server_web"_s;
    if (method == u"none")
        purpose = u"single_page"_s;
    else if (grants == QStringList{u"client_credentials"_s})
        purpose = u"service"_s;
    doc.insert(u"application_types"_s, QJsonArray{purpose});
    if (builtIn)
        doc.insert(u"system"_s, true);

    const QString now = nowIso();
    if (existing) {
        doc.insert(u"client_id_issued_at"_s, existing->value(u"client_id_issued_at"_s));
        doc.insert(u"created_at"_s, existing->value(u"created_at"_s));
    } else {
        doc.insert(u"client_id_issued_at"_s, QDateTime::currentSecsSinceEpoch());
        doc.insert(u"created_at"_s, now);
    }
    doc.insert(u"updated_at"_s, now);
    doc.remove(u"server_issuer_url"_s); // computed when presented
    return success(doc);
}
} // namespace Sandbox
