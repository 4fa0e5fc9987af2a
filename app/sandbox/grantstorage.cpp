// SPDX-License-Identifier: GPL-3.0-or-later
// grants.json: GrantStore's records as JSON. Keys are token digests (see grantstore_p.h).

#include "grantstore_p.h"

#include <QJsonArray>
#include <QJsonValue>

namespace Sandbox {

namespace {

constexpr int SchemaVersion = 1;

QJsonValue dateToJson(const QDateTime &date)
{
    return date.isValid() ? QJsonValue(date.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

// Reads members with their types checked; remembers the first problem.
class Reader
{
public:
    explicit Reader(QString *problem) : m_problem(problem) {}

    bool ok() const { return m_problem->isEmpty(); }
    void fail(const QString &what)
    {
        if (m_problem->isEmpty())
            *m_problem = what;
    }

    QString string(const QJsonObject &object, const char *name)
    {
        const QJsonValue value = object.value(QLatin1String(name));
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isString())
            fail(QStringLiteral("\"%1\" is not a string").arg(QLatin1String(name)));
        return value.toString();
    }
    bool boolean(const QJsonObject &object, const char *name)
    {
        const QJsonValue value = object.value(QLatin1String(name));
        if (value.isUndefined())
            return false;
        if (!value.isBool())
            fail(QStringLiteral("\"%1\" is not a boolean").arg(QLatin1String(name)));
        return value.toBool();
    }
    QStringList strings(const QJsonObject &object, const char *name)
    {
        const QJsonValue value = object.value(QLatin1String(name));
        if (value.isUndefined())
            return {};
        QStringList list;
        if (!value.isArray()) {
            fail(QStringLiteral("\"%1\" is not an array").arg(QLatin1String(name)));
            return list;
        }
        for (const QJsonValue entry : value.toArray()) {
            if (!entry.isString())
                fail(QStringLiteral("\"%1\" holds a non-string").arg(QLatin1String(name)));
            list.append(entry.toString());
        }
        return list;
    }
    QDateTime date(const QJsonObject &object, const char *name)
    {
        const QString text = string(object, name);
        if (text.isEmpty())
            return {};
        QDateTime date = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!date.isValid())
            fail(QStringLiteral("\"%1\" is not a date").arg(QLatin1String(name)));
        return date.toUTC();
    }
    QJsonObject object(const QJsonObject &object, const char *name)
    {
        const QJsonValue value = object.value(QLatin1String(name));
        if (value.isUndefined())
            return {};
        if (!value.isObject())
            fail(QStringLiteral("\"%1\" is not an object").arg(QLatin1String(name)));
        return value.toObject();
    }

    template<typename T, typename Read>
    void section(const QJsonObject &root, const char *name, QHash<QString, T> *into, Read read)
    {
        const QJsonObject entries = object(root, name);
        for (auto it = entries.constBegin(); it != entries.constEnd() && ok(); ++it) {
            if (!it.value().isObject()) {
                fail(QStringLiteral("an entry of \"%1\" is not an object").arg(QLatin1String(name)));
                return;
            }
            into->insert(it.key(), read(it.value().toObject()));
        }
    }

private:
    QString *m_problem;
};

QJsonObject subjectToJson(const GrantSubject &g)
{
    return QJsonObject{
        {QStringLiteral("workspace_id"), g.workspaceId},
        {QStringLiteral("client_id"), g.clientId},
        {QStringLiteral("scopes"), QJsonArray::fromStringList(g.scopes)},
        {QStringLiteral("subject"), g.subject},
        {QStringLiteral("subject_type"), g.subjectType},
        {QStringLiteral("user_claims"), g.userClaims},
        {QStringLiteral("amr"), QJsonArray::fromStringList(g.amr)},
        {QStringLiteral("auth_time"), dateToJson(g.authTime)},
        {QStringLiteral("audience"), QJsonArray::fromStringList(g.audience)},
        {QStringLiteral("actor"), g.actor},
    };
}

GrantSubject subjectFromJson(Reader &r, const QJsonObject &o)
{
    GrantSubject g;
    g.workspaceId = r.string(o, "workspace_id");
    g.clientId = r.string(o, "client_id");
    g.scopes = r.strings(o, "scopes");
    g.subject = r.string(o, "subject");
    g.subjectType = r.string(o, "subject_type");
    g.userClaims = r.object(o, "user_claims");
    g.amr = r.strings(o, "amr");
    g.authTime = r.date(o, "auth_time");
    g.audience = r.strings(o, "audience");
    g.actor = r.object(o, "actor");
    return g;
}

QJsonObject loginToJson(const PendingLogin &l)
{
    return QJsonObject{
        {QStringLiteral("workspace_id"), l.workspaceId},
        {QStringLiteral("client_id"), l.clientId},
        {QStringLiteral("redirect_uri"), l.redirectUri},
        {QStringLiteral("redirect_uri_in_request"), l.redirectUriInRequest},
        {QStringLiteral("response_types"), QJsonArray::fromStringList(l.responseTypes)},
        {QStringLiteral("response_mode"), l.responseMode},
        {QStringLiteral("scopes"), QJsonArray::fromStringList(l.scopes)},
        {QStringLiteral("state"), l.state},
        {QStringLiteral("nonce"), l.nonce},
        {QStringLiteral("code_challenge"), l.codeChallenge},
        {QStringLiteral("code_challenge_method"), l.codeChallengeMethod},
        {QStringLiteral("expires_at"), dateToJson(l.expiresAt)},
        {QStringLiteral("device_user_code_key"), l.deviceUserCodeKey},
        {QStringLiteral("username"), l.username},
    };
}

PendingLogin loginFromJson(Reader &r, const QJsonObject &o)
{
    PendingLogin l;
    l.workspaceId = r.string(o, "workspace_id");
    l.clientId = r.string(o, "client_id");
    l.redirectUri = r.string(o, "redirect_uri");
    l.redirectUriInRequest = r.boolean(o, "redirect_uri_in_request");
    l.responseTypes = r.strings(o, "response_types");
    l.responseMode = r.string(o, "response_mode");
    l.scopes = r.strings(o, "scopes");
    l.state = r.string(o, "state");
    l.nonce = r.string(o, "nonce");
    l.codeChallenge = r.string(o, "code_challenge");
    l.codeChallengeMethod = r.string(o, "code_challenge_method");
    l.expiresAt = r.date(o, "expires_at");
    l.deviceUserCodeKey = r.string(o, "device_user_code_key");
    l.username = r.string(o, "username");
    return l;
}

QJsonObject codeToJson(const AuthorizationCodeGrant &c)
{
    return QJsonObject{
        {QStringLiteral("grant"), subjectToJson(c.grant)},
        {QStringLiteral("redirect_uri"), c.redirectUri},
        {QStringLiteral("redirect_uri_in_request"), c.redirectUriInRequest},
        {QStringLiteral("code_challenge"), c.codeChallenge},
        {QStringLiteral("code_challenge_method"), c.codeChallengeMethod},
        {QStringLiteral("nonce"), c.nonce},
        {QStringLiteral("expires_at"), dateToJson(c.expiresAt)},
    };
}

AuthorizationCodeGrant codeFromJson(Reader &r, const QJsonObject &o)
{
    AuthorizationCodeGrant c;
    c.grant = subjectFromJson(r, r.object(o, "grant"));
    c.redirectUri = r.string(o, "redirect_uri");
    c.redirectUriInRequest = r.boolean(o, "redirect_uri_in_request");
    c.codeChallenge = r.string(o, "code_challenge");
    c.codeChallengeMethod = r.string(o, "code_challenge_method");
    c.nonce = r.string(o, "nonce");
    c.expiresAt = r.date(o, "expires_at");
    return c;
}

QJsonObject issuedToJson(const IssuedToken &t)
{
    return QJsonObject{
        {QStringLiteral("grant"), subjectToJson(t.grant)},
        {QStringLiteral("token_type"), t.tokenType},
        {QStringLiteral("jti"), t.jti},
        {QStringLiteral("issued_at"), dateToJson(t.issuedAt)},
        {QStringLiteral("expires_at"), dateToJson(t.expiresAt)},
        {QStringLiteral("revoked"), t.revoked},
    };
}

IssuedToken issuedFromJson(Reader &r, const QJsonObject &o)
{
    IssuedToken t;
    t.grant = subjectFromJson(r, r.object(o, "grant"));
    t.tokenType = r.string(o, "token_type");
    t.jti = r.string(o, "jti");
    t.issuedAt = r.date(o, "issued_at");
    t.expiresAt = r.date(o, "expires_at");
    t.revoked = r.boolean(o, "revoked");
    return t;
}

QJsonObject deviceToJson(const DeviceAuthorization &a)
{
    return QJsonObject{
        {QStringLiteral("workspace_id"), a.workspaceId},
        {QStringLiteral("client_id"), a.clientId},
        {QStringLiteral("scopes"), QJsonArray::fromStringList(a.scopes)},
        {QStringLiteral("expires_at"), dateToJson(a.expiresAt)},
        {QStringLiteral("interval"), a.interval},
        {QStringLiteral("last_poll"), dateToJson(a.lastPoll)},
        {QStringLiteral("status"), a.status},
        {QStringLiteral("grant"), subjectToJson(a.grant)},
    };
}

DeviceAuthorization deviceFromJson(Reader &r, const QJsonObject &o)
{
    DeviceAuthorization a;
    a.workspaceId = r.string(o, "workspace_id");
    a.clientId = r.string(o, "client_id");
    a.scopes = r.strings(o, "scopes");
    a.expiresAt = r.date(o, "expires_at");
    const QJsonValue interval = o.value(QLatin1String("interval"));
    if (!interval.isDouble() || interval.toDouble() < 1)
        r.fail(QStringLiteral("\"interval\" is not a positive number"));
    a.interval = qint64(interval.toDouble());
    a.lastPoll = r.date(o, "last_poll");
    a.status = r.string(o, "status");
    a.grant = subjectFromJson(r, r.object(o, "grant"));
    return a;
}

QJsonObject pushedToJson(const PushedRequest &p)
{
    QJsonArray parameters;
    for (const auto &[key, value] : p.parameters)
        parameters.append(QJsonArray{key, value});
    return QJsonObject{
        {QStringLiteral("workspace_id"), p.workspaceId},
        {QStringLiteral("client_id"), p.clientId},
        {QStringLiteral("parameters"), parameters},
        {QStringLiteral("expires_at"), dateToJson(p.expiresAt)},
    };
}

PushedRequest pushedFromJson(Reader &r, const QJsonObject &o)
{
    PushedRequest p;
    p.workspaceId = r.string(o, "workspace_id");
    p.clientId = r.string(o, "client_id");
    for (const QJsonValue pair : o.value(QLatin1String("parameters")).toArray()) {
        const QJsonArray kv = pair.toArray();
        if (kv.size() != 2 || !kv.at(0).isString() || !kv.at(1).isString())
            r.fail(QStringLiteral("a pushed request parameter is not a [name, value] pair"));
        p.parameters.append({kv.at(0).toString(), kv.at(1).toString()});
    }
    p.expiresAt = r.date(o, "expires_at");
    return p;
}

template<typename T, typename Write>
QJsonObject sectionToJson(const QHash<QString, T> &hash, Write write)
{
    QJsonObject object;
    for (auto it = hash.constBegin(); it != hash.constEnd(); ++it)
        object.insert(it.key(), write(it.value()));
    return object;
}

QJsonObject datesToJson(const QHash<QString, QDateTime> &hash)
{
    QJsonObject object;
    for (auto it = hash.constBegin(); it != hash.constEnd(); ++it)
        object.insert(it.key(), dateToJson(it.value()));
    return object;
}

} // namespace

QJsonObject grantRecordsToJson(const GrantRecords &records)
{
    QJsonObject root;
    root.insert(QStringLiteral("schema_version"), SchemaVersion);
    root.insert(QStringLiteral("logins"), sectionToJson(records.logins, loginToJson));
    root.insert(QStringLiteral("codes"), sectionToJson(records.codes, codeToJson));
    root.insert(QStringLiteral("redeemed_codes"), sectionToJson(records.redeemedCodes, [](const RedeemedCode &c) {
                    return QJsonObject{
                        {QStringLiteral("expires_at"), dateToJson(c.expiresAt)},
                        {QStringLiteral("access_jti"), c.accessJti},
                        {QStringLiteral("opaque_access_digest"), c.opaqueAccessDigest},
                        {QStringLiteral("access_expires_at"), dateToJson(c.accessExpiresAt)},
                        {QStringLiteral("refresh_family"), c.refreshFamily},
                    };
                }));
    root.insert(QStringLiteral("refresh_tokens"), sectionToJson(records.refreshTokens, [](const RefreshRecord &t) {
                    return QJsonObject{
                        {QStringLiteral("grant"), subjectToJson(t.grant)},
                        {QStringLiteral("family"), t.family},
                        {QStringLiteral("expires_at"), dateToJson(t.expiresAt)},
                        {QStringLiteral("used"), t.used},
                        {QStringLiteral("revoked"), t.revoked},
                    };
                }));
    root.insert(QStringLiteral("opaque_access_tokens"), sectionToJson(records.opaqueAccessTokens, issuedToJson));
    root.insert(QStringLiteral("access_by_jti"), sectionToJson(records.accessByJti, issuedToJson));
    root.insert(QStringLiteral("revoked_jtis"), datesToJson(records.revokedJtis));
    root.insert(QStringLiteral("assertion_ids"), datesToJson(records.assertionIds));
    root.insert(QStringLiteral("devices"), sectionToJson(records.devices, deviceToJson));
    QJsonObject userCodes;
    for (auto it = records.deviceUserCodes.constBegin(); it != records.deviceUserCodes.constEnd(); ++it)
        userCodes.insert(it.key(), it.value());
    root.insert(QStringLiteral("device_user_codes"), userCodes);
    root.insert(QStringLiteral("pushed_requests"), sectionToJson(records.pushedRequests, pushedToJson));
    return root;
}

bool grantRecordsFromJson(const QJsonObject &json, GrantRecords *records, QString *problem)
{
    problem->clear();
    Reader r(problem);
    if (json.value(QStringLiteral("schema_version")).toInt(-1) != SchemaVersion) {
        r.fail(QStringLiteral("unknown schema_version"));
        return false;
    }
    GrantRecords read;
    r.section(json, "logins", &read.logins, [&r](const QJsonObject &o) { return loginFromJson(r, o); });
    r.section(json, "codes", &read.codes, [&r](const QJsonObject &o) { return codeFromJson(r, o); });
    r.section(json, "redeemed_codes", &read.redeemedCodes, [&r](const QJsonObject &o) {
        RedeemedCode c;
        c.expiresAt = r.date(o, "expires_at");
        c.accessJti = r.string(o, "access_jti");
        c.opaqueAccessDigest = r.string(o, "opaque_access_digest");
        c.accessExpiresAt = r.date(o, "access_expires_at");
        c.refreshFamily = r.string(o, "refresh_family");
        return c;
    });
    r.section(json, "refresh_tokens", &read.refreshTokens, [&r](const QJsonObject &o) {
        RefreshRecord t;
        t.grant = subjectFromJson(r, r.object(o, "grant"));
        t.family = r.string(o, "family");
        t.expiresAt = r.date(o, "expires_at");
        t.used = r.boolean(o, "used");
        t.revoked = r.boolean(o, "revoked");
        return t;
    });
    r.section(json, "opaque_access_tokens", &read.opaqueAccessTokens,
              [&r](const QJsonObject &o) { return issuedFromJson(r, o); });
    r.section(json, "access_by_jti", &read.accessByJti, [&r](const QJsonObject &o) { return issuedFromJson(r, o); });
    for (const auto &[name, into] : {std::pair{"revoked_jtis", &read.revokedJtis},
                                     std::pair{"assertion_ids", &read.assertionIds}}) {
        const QJsonObject dates = r.object(json, name);
        for (auto it = dates.constBegin(); it != dates.constEnd() && r.ok(); ++it) {
            const QDateTime date = QDateTime::fromString(it.value().toString(), Qt::ISODateWithMs);
            if (!date.isValid())
                r.fail(QStringLiteral("an entry of \"%1\" is not a date").arg(QLatin1String(name)));
            into->insert(it.key(), date.toUTC());
        }
    }
    r.section(json, "devices", &read.devices, [&r](const QJsonObject &o) { return deviceFromJson(r, o); });
    const QJsonObject userCodes = r.object(json, "device_user_codes");
    for (auto it = userCodes.constBegin(); it != userCodes.constEnd() && r.ok(); ++it) {
        if (!it.value().isString())
            r.fail(QStringLiteral("an entry of \"device_user_codes\" is not a string"));
        read.deviceUserCodes.insert(it.key(), it.value().toString());
    }
    r.section(json, "pushed_requests", &read.pushedRequests, [&r](const QJsonObject &o) { return pushedFromJson(r, o); });
    if (!r.ok())
        return false;
    *records = std::move(read);
    return true;
}

} // namespace Sandbox
