// SPDX-License-Identifier: GPL-3.0-or-later
#include "tenantstate.h"

#include "admincontract.h"
#include "goduration.h"
#include "signingkeys.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>

#include <openssl/rand.h>

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {

Q_LOGGING_CATEGORY(lcState, "tokenscope.sandbox.state")

// Version of the state file's layout; a file with another version is not read (moved aside).
constexpr int kSchemaVersion = 1;
constexpr auto kStateFileName = "state.json"_L1;
constexpr auto kAdminWorkspace = "admin"_L1;

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

using Contract::badRequest;
using Contract::conflict;
using Contract::notFound;
using Contract::unprocessable;

template <typename T>
Outcome<T> failure(ApiError error)
{
    return Outcome<T>{std::nullopt, std::move(error)};
}

template <typename T>
Outcome<T> success(T value)
{
    return Outcome<T>{std::move(value), {}};
}

QString mismatch(const QString &field, const QString &expected)
{
    return u"%1 must be \"%2\" (or left out)"_s.arg(field, expected);
}

} // namespace

QJsonObject ApiError::toJson() const
{
    return QJsonObject{
        {u"status_code"_s, status},
        {u"error"_s, error},
        {u"error_code"_s, errorCode},
        {u"details"_s, details},
    };
}

struct TenantState::Private
{
    QString tenantId;
    QString dataDirectory;
    QUrl baseUrl;
    bool saveDisabled = false;   // a damaged file we could not move aside must not be overwritten

    QList<QJsonObject> servers;                 // stored ServerResponse documents, no issuer_url
    QHash<QString, QList<QJsonObject>> idps;    // wid → StaticIDP documents, passwords included
    QList<QJsonObject> clients;                 // ClientAdminResponse documents, secrets included
    QHash<QString, QList<SigningKey>> keys;     // wid → keys, current first
    QString adminClientId;

    qsizetype serverIndex(const QString &wid) const
    {
        for (qsizetype i = 0; i < servers.size(); ++i) {
            if (servers[i].value(u"id"_s).toString() == wid)
                return i;
        }
        return -1;
    }
    qsizetype clientIndex(const QString &cid) const
    {
        for (qsizetype i = 0; i < clients.size(); ++i) {
            if (clients[i].value(u"client_id"_s).toString() == cid)
                return i;
        }
        return -1;
    }
    qsizetype idpIndex(const QString &wid, const QString &iid) const
    {
        const QList<QJsonObject> list = idps.value(wid);
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (list[i].value(u"id"_s).toString() == iid)
                return i;
        }
        return -1;
    }

    QString issuer(const QJsonObject &server) const
    {
        const QString custom = server.value(u"custom_issuer_url"_s).toString();
        if (!custom.isEmpty())
            return custom;
        if (baseUrl.isEmpty())
            return {};
        const QString base = baseUrl.toString(QUrl::StripTrailingSlash);
        return base + u'/' + tenantId + u'/' + server.value(u"id"_s).toString();
    }
    QJsonObject presentServer(QJsonObject doc, bool forList) const
    {
        if (!baseUrl.isEmpty()) {
            const QString base = baseUrl.toString(QUrl::StripTrailingSlash);
            doc.insert(u"issuer_url"_s, QString(base + u'/' + tenantId + u'/' + doc.value(u"id"_s).toString()));
        }
        if (forList)
            doc.remove(u"secret"_s);
        return doc;
    }
    QJsonObject presentClient(QJsonObject doc, bool withSecret) const
    {
        const qsizetype s = serverIndex(doc.value(u"authorization_server_id"_s).toString());
        if (s >= 0) {
            const QString iss = issuer(servers[s]);
            if (!iss.isEmpty())
                doc.insert(u"server_issuer_url"_s, iss);
        }
        if (!withSecret)
            doc.remove(u"client_secret"_s);
        return doc;
    }

    Outcome<QJsonObject> buildServer(const QJsonObject &body, const QJsonObject *existing, bool builtIn) const;
    Outcome<QJsonObject> buildStaticIdp(const QString &wid, const QJsonObject &body, const QJsonObject *existing) const;
    Outcome<QJsonObject> buildClient(const QJsonObject &body, const QJsonObject *existing, bool builtIn) const;

    void createInitial();
    QString parse(const QByteArray &data);   // empty on success, else why the file is unusable
    bool heal();                              // fills in what a readable file lacks; true if it changed
    QJsonObject toJson() const;
    bool save() const;
};

// ---- documents -------------------------------------------------------------------------------

Outcome<QJsonObject> TenantState::Private::buildServer(const QJsonObject &body, const QJsonObject *existing, bool builtIn) const
{
    const auto accepted = Contract::acceptFields(body, Contract::serverFields(), 400);
    if (!accepted.ok())
        return accepted;
    QJsonObject doc = *accepted.value;

    QString id = doc.value(u"id"_s).toString();
    if (existing) {
        const QString current = existing->value(u"id"_s).toString();
        if (!id.isEmpty() && id != current)
            return failure<QJsonObject>(unprocessable(u"id"_s, mismatch(u"id"_s, current)));
        id = current;
    } else {
        if (id.isEmpty())
            id = randomId();
        if (!Contract::isValidId(id))
            return failure<QJsonObject>(unprocessable(u"id"_s, u"id \"%1\" may only contain letters, digits, \"-\" and \"_\" (at most 64, starting with a letter or digit)"_s.arg(id)));
        if (serverIndex(id) >= 0)
            return failure<QJsonObject>(conflict(u"id"_s, u"a workspace with id \"%1\" already exists"_s.arg(id)));
    }
    doc.insert(u"id"_s, id);

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
    insertDefault(doc, u"name"_s, id);
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

    QString id = doc.value(u"id"_s).toString();
    if (existing) {
        const QString current = existing->value(u"id"_s).toString();
        if (!id.isEmpty() && id != current)
            return failure<QJsonObject>(unprocessable(u"id"_s, mismatch(u"id"_s, current)));
        id = current;
    } else {
        if (id.isEmpty())
            id = randomId();
        if (!Contract::isValidId(id))
            return failure<QJsonObject>(unprocessable(u"id"_s, u"id \"%1\" may only contain letters, digits, \"-\" and \"_\""_s.arg(id)));
        if (idpIndex(wid, id) >= 0)
            return failure<QJsonObject>(conflict(u"id"_s, u"an IDP with id \"%1\" already exists in workspace \"%2\""_s.arg(id, wid)));
    }
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
    QString cid = doc.value(u"client_id"_s).toString();
    if (existing) {
        const QString current = existing->value(u"client_id"_s).toString();
        if (!cid.isEmpty() && cid != current)
            return failure<QJsonObject>(unprocessable(u"client_id"_s, mismatch(u"client_id"_s, current)));
        cid = current;
    } else {
        if (cid.isEmpty())
            cid = randomId();
        if (!Contract::isValidId(cid))
            return failure<QJsonObject>(unprocessable(u"client_id"_s, u"client_id \"%1\" may only contain letters, digits, \"-\" and \"_\""_s.arg(cid)));
        if (clientIndex(cid) >= 0)
            return failure<QJsonObject>(conflict(u"client_id"_s, u"a client with id \"%1\" already exists"_s.arg(cid)));
    }
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
            const auto ns = it.value().isString() ? GoDuration::parse(it.value().toString()) : std::nullopt;
            if (!ns || *ns < 0)
                return failure<QJsonObject>(unprocessable(field, field + u" is not a valid duration (Go syntax, e.g. \"1h0m0s\")"_s));
            it.value() = GoDuration::format(*ns);
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

// ---- persistence -----------------------------------------------------------------------------

void TenantState::Private::createInitial()
{
    servers.clear();
    idps.clear();
    clients.clear();
    keys.clear();
    adminClientId.clear();
    heal();
}

bool TenantState::Private::heal()
{
    bool changed = false;
    if (serverIndex(kAdminWorkspace) < 0) {
        const auto admin = buildServer(QJsonObject{{u"id"_s, kAdminWorkspace}, {u"name"_s, u"Admin"_s}, {u"type"_s, u"admin"_s},
                                                   {u"description"_s, u"Built-in workspace of the sandbox's admin API"_s}},
                                       nullptr, true);
        servers.prepend(*admin.value);
        changed = true;
    }
    for (const QJsonObject &server : std::as_const(servers)) {
        const QString wid = server.value(u"id"_s).toString();
        if (!keys.value(wid).isEmpty())
            continue;
        const auto algorithm = SigningKeys::algorithmForKeyType(server.value(u"key_type"_s).toString());
        if (auto key = SigningKeys::generate(algorithm.value_or(Jose::Algorithm::ES256)))
            keys[wid] = {*key};
        changed = true;
    }
    if (adminClientId.isEmpty() || clientIndex(adminClientId) < 0) {
        const auto client = buildClient(QJsonObject{{u"authorization_server_id"_s, kAdminWorkspace},
                                                    {u"client_name"_s, u"Tokenscope sandbox admin"_s},
                                                    {u"grant_types"_s, strings({"client_credentials"})},
                                                    {u"scopes"_s, QJsonArray()},
                                                    {u"trusted"_s, true}},
                                        nullptr, true);
        clients.prepend(*client.value);
        adminClientId = client.value->value(u"client_id"_s).toString();
        changed = true;
    }
    return changed;
}

QJsonObject TenantState::Private::toJson() const
{
    QJsonArray serverArray;
    QJsonObject idpObject;
    QJsonObject keyObject;
    for (const QJsonObject &server : servers) {
        serverArray.append(server);
        const QString wid = server.value(u"id"_s).toString();
        QJsonArray idpArray;
        for (const QJsonObject &idp : idps.value(wid))
            idpArray.append(idp);
        idpObject.insert(wid, idpArray);
        QJsonArray keyArray;
        for (const SigningKey &key : keys.value(wid))
            keyArray.append(SigningKeys::toJson(key));
        keyObject.insert(wid, keyArray);
    }
    QJsonArray clientArray;
    for (const QJsonObject &client : clients)
        clientArray.append(client);
    return QJsonObject{
        {u"schema_version"_s, kSchemaVersion},
        {u"tenant_id"_s, tenantId},
        {u"admin_client_id"_s, adminClientId},
        {u"servers"_s, serverArray},
        {u"idps"_s, idpObject},
        {u"clients"_s, clientArray},
        {u"signing_keys"_s, keyObject},
    };
}

QString TenantState::Private::parse(const QByteArray &data)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError)
        return u"not valid JSON (%1 at offset %2)"_s.arg(error.errorString()).arg(error.offset);
    if (!document.isObject())
        return u"not a JSON object"_s;
    const QJsonObject root = document.object();
    const QJsonValue version = root.value(u"schema_version"_s);
    if (version.toInt(-1) != kSchemaVersion)
        return u"schema_version %1 is not supported (expected %2)"_s.arg(version.isDouble() ? QString::number(version.toDouble()) : u"missing"_s).arg(kSchemaVersion);
    if (!root.value(u"servers"_s).isArray() || !root.value(u"clients"_s).isArray() || !root.value(u"idps"_s).isObject()
        || !root.value(u"signing_keys"_s).isObject())
        return u"servers, clients, idps or signing_keys missing or of the wrong type"_s;

    const QString fileTenant = root.value(u"tenant_id"_s).toString();
    const auto retenant = [this, &fileTenant](QJsonObject doc) {
        if (!fileTenant.isEmpty() && fileTenant != tenantId && doc.contains(u"tenant_id"_s))
            doc.insert(u"tenant_id"_s, tenantId);
        return doc;
    };
    for (const QJsonValue &value : root.value(u"servers"_s).toArray()) {
        const QString wid = value[u"id"_s].toString();
        if (!value.isObject() || !Contract::isValidId(wid) || serverIndex(wid) >= 0)
            return u"a workspace entry has no valid, unique id"_s;
        servers.append(retenant(value.toObject()));
    }
    for (const QJsonValue &value : root.value(u"clients"_s).toArray()) {
        const QString cid = value[u"client_id"_s].toString();
        if (!value.isObject() || cid.isEmpty() || clientIndex(cid) >= 0 || serverIndex(value[u"authorization_server_id"_s].toString()) < 0)
            return u"a client entry has no valid, unique client_id or an unknown workspace"_s;
        clients.append(retenant(value.toObject()));
    }
    const QJsonObject idpObject = root.value(u"idps"_s).toObject();
    for (auto it = idpObject.begin(); it != idpObject.end(); ++it) {
        if (serverIndex(it.key()) < 0 || !it.value().isArray())
            return u"IDPs of unknown workspace \"%1\""_s.arg(it.key());
        for (const QJsonValue &idp : it.value().toArray()) {
            if (!idp.isObject() || idp[u"id"_s].toString().isEmpty())
                return u"an IDP entry of workspace \"%1\" has no id"_s.arg(it.key());
            idps[it.key()].append(retenant(idp.toObject()));
        }
    }
    const QJsonObject keyObject = root.value(u"signing_keys"_s).toObject();
    for (auto it = keyObject.begin(); it != keyObject.end(); ++it) {
        for (const QJsonValue &value : it.value().toArray()) {
            const auto key = SigningKeys::fromJson(value.toObject());
            if (!key)
                return u"a signing key of workspace \"%1\" cannot be read"_s.arg(it.key());
            keys[it.key()].append(*key);
        }
    }
    adminClientId = root.value(u"admin_client_id"_s).toString();
    return {};
}

bool TenantState::Private::save() const
{
    if (dataDirectory.isEmpty())
        return true;
    if (saveDisabled)
        return false;
    const QString path = QDir(dataDirectory).filePath(kStateFileName);
    // QSaveFile writes a temporary file and renames it over the old one on commit (after
    // flushing it to disk): a kill -9 mid-write leaves the previous state intact.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcState) << "cannot write state file" << path << file.errorString();
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        qCWarning(lcState) << "cannot write state file" << path << file.errorString();
        return false;
    }
    return true;
}

// ---- TenantState -----------------------------------------------------------------------------

TenantState::TenantState(const QString &tenantId, const QString &dataDirectory, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->tenantId = tenantId;
    d->dataDirectory = dataDirectory;
}

TenantState::~TenantState() = default;

QString TenantState::stateFilePath() const
{
    return d->dataDirectory.isEmpty() ? QString() : QDir(d->dataDirectory).filePath(kStateFileName);
}

TenantState::LoadResult TenantState::load()
{
    LoadResult result;
    d->saveDisabled = false;
    d->createInitial();
    if (d->dataDirectory.isEmpty())
        return result;

    const QDir dir(d->dataDirectory);
    if (!dir.exists()) {
        if (!QDir().mkpath(d->dataDirectory)) {
            result.ok = false;
            result.message = tr("Cannot create the sandbox data directory %1.").arg(QDir::toNativeSeparators(d->dataDirectory));
            d->saveDisabled = true;
            return result;
        }
        QFile::setPermissions(d->dataDirectory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    const QString path = stateFilePath();
    QFile file(path);
    if (file.exists()) {
        QString problem;
        if (!file.open(QIODevice::ReadOnly)) {
            problem = file.errorString();
        } else {
            const QByteArray data = file.readAll();
            file.close();
            d->servers.clear();
            d->idps.clear();
            d->clients.clear();
            d->keys.clear();
            d->adminClientId.clear();
            problem = d->parse(data);
        }
        if (problem.isEmpty()) {
            if (d->heal())
                d->save();
            qCInfo(lcState) << "loaded state from" << path;
            return result;
        }
        d->createInitial();
        const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
        QString aside = path + u".corrupt-"_s + stamp;
        for (int n = 2; QFile::exists(aside); ++n)
            aside = path + u".corrupt-"_s + stamp + u'-' + QString::number(n);
        qCWarning(lcState) << "state file" << path << "unusable:" << problem;
        if (!QFile::rename(path, aside)) {
            result.ok = false;
            result.message = tr("The sandbox state file %1 cannot be read (%2) and cannot be moved aside; "
                                "it was left untouched and nothing will be saved. Move it away and start again.")
                                 .arg(QDir::toNativeSeparators(path), problem);
            d->saveDisabled = true;
            return result;
        }
        result.movedAsideTo = aside;
        result.message = tr("The sandbox state file could not be read (%1); it was moved aside to %2 and a fresh "
                            "state was created.")
                             .arg(problem, QDir::toNativeSeparators(aside));
    }
    if (!d->save()) {
        result.ok = false;
        const QString why = tr("Cannot write the sandbox state file %1.").arg(QDir::toNativeSeparators(path));
        result.message = result.message.isEmpty() ? why : result.message + u' ' + why;
    }
    return result;
}

QString TenantState::tenantId() const { return d->tenantId; }

QString TenantState::adminClientId() const { return d->adminClientId; }

QString TenantState::adminClientSecret() const
{
    const qsizetype i = d->clientIndex(d->adminClientId);
    return i < 0 ? QString() : d->clients[i].value(u"client_secret"_s).toString();
}

void TenantState::setBaseUrl(const QUrl &baseUrl) { d->baseUrl = baseUrl; }

QUrl TenantState::baseUrl() const { return d->baseUrl; }

QString TenantState::issuerUrl(const QString &wid) const
{
    const qsizetype i = d->serverIndex(wid);
    return i < 0 ? QString() : d->issuer(d->servers[i]);
}

QList<QJsonObject> TenantState::servers() const
{
    QList<QJsonObject> list;
    for (const QJsonObject &server : d->servers)
        list.append(d->presentServer(server, true));
    return list;
}

std::optional<QJsonObject> TenantState::server(const QString &wid) const
{
    const qsizetype i = d->serverIndex(wid);
    if (i < 0)
        return std::nullopt;
    return d->presentServer(d->servers[i], false);
}

Outcome<QJsonObject> TenantState::createServer(const QJsonObject &body)
{
    auto built = d->buildServer(body, nullptr, false);
    if (!built.ok())
        return built;
    const QString wid = built.value->value(u"id"_s).toString();
    const auto algorithm = SigningKeys::algorithmForKeyType(built.value->value(u"key_type"_s).toString());
    auto key = SigningKeys::generate(algorithm.value_or(Jose::Algorithm::ES256));
    if (!key) {
        ApiError error;
        error.status = 500;
        error.errorCode = u"internal_error"_s;
        error.error = u"cannot generate the workspace's signing key"_s;
        return failure<QJsonObject>(error);
    }
    d->servers.append(*built.value);
    d->keys[wid] = {*key};
    d->save();
    Q_EMIT changed();
    return success(d->presentServer(*built.value, false));
}

Outcome<QJsonObject> TenantState::updateServer(const QString &wid, const QJsonObject &body)
{
    const qsizetype i = d->serverIndex(wid);
    if (i < 0)
        return failure<QJsonObject>(notFound(u"workspace \"%1\" not found"_s.arg(wid)));
    auto built = d->buildServer(body, &d->servers[i], false);
    if (!built.ok())
        return built;
    d->servers[i] = *built.value;
    d->save();
    Q_EMIT changed();
    return success(d->presentServer(*built.value, false));
}

std::optional<ApiError> TenantState::deleteServer(const QString &wid)
{
    const qsizetype i = d->serverIndex(wid);
    if (i < 0)
        return notFound(u"workspace \"%1\" not found"_s.arg(wid));
    if (wid == kAdminWorkspace)
        return badRequest(u"the built-in admin workspace cannot be deleted"_s);
    d->servers.removeAt(i);
    d->idps.remove(wid);
    d->keys.remove(wid);
    d->clients.removeIf([&wid](const QJsonObject &client) { return client.value(u"authorization_server_id"_s).toString() == wid; });
    d->save();
    Q_EMIT changed();
    return std::nullopt;
}

QList<QJsonObject> TenantState::idps(const QString &wid) const
{
    QList<QJsonObject> list;
    for (QJsonObject idp : d->idps.value(wid)) {
        // admin.json IDPBase: no credentials (passwords) and no method-specific settings.
        idp.remove(u"credentials"_s);
        idp.remove(u"settings"_s);
        list.append(idp);
    }
    return list;
}

Outcome<QJsonObject> TenantState::createStaticIdp(const QString &wid, const QJsonObject &body)
{
    if (d->serverIndex(wid) < 0)
        return failure<QJsonObject>(notFound(u"workspace \"%1\" not found"_s.arg(wid)));
    auto built = d->buildStaticIdp(wid, body, nullptr);
    if (!built.ok())
        return built;
    d->idps[wid].append(*built.value);
    d->save();
    Q_EMIT changed();
    return built;
}

Outcome<QJsonObject> TenantState::staticIdp(const QString &wid, const QString &iid) const
{
    if (d->serverIndex(wid) < 0)
        return failure<QJsonObject>(notFound(u"workspace \"%1\" not found"_s.arg(wid)));
    const qsizetype i = d->idpIndex(wid, iid);
    if (i < 0 || d->idps.value(wid).at(i).value(u"method"_s).toString() != u"static")
        return failure<QJsonObject>(notFound(u"static IDP \"%1\" not found in workspace \"%2\""_s.arg(iid, wid)));
    return success(d->idps.value(wid).at(i));
}

Outcome<QJsonObject> TenantState::updateStaticIdp(const QString &wid, const QString &iid, const QJsonObject &body)
{
    const auto current = staticIdp(wid, iid);
    if (!current.ok())
        return current;
    auto built = d->buildStaticIdp(wid, body, &*current.value);
    if (!built.ok())
        return built;
    d->idps[wid][d->idpIndex(wid, iid)] = *built.value;
    d->save();
    Q_EMIT changed();
    return built;
}

std::optional<ApiError> TenantState::deleteIdp(const QString &wid, const QString &iid)
{
    if (d->serverIndex(wid) < 0)
        return notFound(u"workspace \"%1\" not found"_s.arg(wid));
    const qsizetype i = d->idpIndex(wid, iid);
    if (i < 0)
        return notFound(u"IDP \"%1\" not found in workspace \"%2\""_s.arg(iid, wid));
    d->idps[wid].removeAt(i);
    d->save();
    Q_EMIT changed();
    return std::nullopt;
}

Outcome<QJsonObject> TenantState::createClient(const QJsonObject &body)
{
    auto built = d->buildClient(body, nullptr, false);
    if (!built.ok())
        return built;
    d->clients.append(*built.value);
    d->save();
    Q_EMIT changed();
    return success(d->presentClient(*built.value, true));
}

Outcome<QJsonObject> TenantState::client(const QString &cid) const
{
    const qsizetype i = d->clientIndex(cid);
    if (i < 0)
        return failure<QJsonObject>(notFound(u"client \"%1\" not found"_s.arg(cid)));
    return success(d->presentClient(d->clients[i], true));
}

Outcome<QJsonObject> TenantState::updateClient(const QString &cid, const QJsonObject &body)
{
    const qsizetype i = d->clientIndex(cid);
    if (i < 0)
        return failure<QJsonObject>(notFound(u"client \"%1\" not found"_s.arg(cid)));
    auto built = d->buildClient(body, &d->clients[i], cid == d->adminClientId);
    if (!built.ok())
        return built;
    d->clients[i] = *built.value;
    d->save();
    Q_EMIT changed();
    return success(d->presentClient(*built.value, true));
}

std::optional<ApiError> TenantState::deleteClient(const QString &cid)
{
    const qsizetype i = d->clientIndex(cid);
    if (i < 0)
        return notFound(u"client \"%1\" not found"_s.arg(cid));
    if (cid == d->adminClientId)
        return badRequest(u"the sandbox's admin client cannot be deleted"_s);
    d->clients.removeAt(i);
    d->save();
    Q_EMIT changed();
    return std::nullopt;
}

QList<QJsonObject> TenantState::clients(const QString &wid) const
{
    QList<QJsonObject> list;
    for (const QJsonObject &client : d->clients) {
        if (client.value(u"authorization_server_id"_s).toString() == wid)
            list.append(d->presentClient(client, false));
    }
    return list;
}

std::optional<QJsonObject> TenantState::clientWithSecret(const QString &cid) const
{
    const qsizetype i = d->clientIndex(cid);
    if (i < 0)
        return std::nullopt;
    return d->presentClient(d->clients[i], true);
}

QList<QJsonObject> TenantState::staticUsers(const QString &wid) const
{
    QList<QJsonObject> users;
    for (const QJsonObject &idp : d->idps.value(wid)) {
        if (idp.value(u"method"_s).toString() != u"static" || idp.value(u"disabled"_s).toBool())
            continue;
        for (const QJsonValue &user : idp.value(u"credentials"_s)[u"users"_s].toArray())
            users.append(user.toObject());
    }
    return users;
}

QList<SigningKey> TenantState::signingKeys(const QString &wid) const
{
    return d->keys.value(wid);
}

} // namespace Sandbox
