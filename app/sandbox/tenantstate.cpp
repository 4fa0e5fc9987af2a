// SPDX-License-Identifier: GPL-3.0-or-later
#include "tenantstate.h"
#include "tenantstate_p.h"

#include "signingkeys.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {

Q_LOGGING_CATEGORY(lcState, "tokenscope.sandbox.state")

// Version of the state file's layout; a file with another version is not read (moved aside).
constexpr int kSchemaVersion = 1;
constexpr auto kStateFileName = "state.json"_L1;

using Contract::badRequest;
using Contract::notFound;
using Detail::failure;
using Detail::kAdminWorkspace;
using Detail::strings;
using Detail::success;

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
    // Two sandboxes writing one state file would overwrite each other's changes. A lock left by
    // a process that died (kill -9) is recognised as stale and taken over.
    if (!d->lock) {
        auto lock = std::make_unique<QLockFile>(dir.filePath(u"state.lock"_s));
        lock->setStaleLockTime(0);
        if (!lock->tryLock(0)) {
            qint64 pid = 0;
            QString host, application;
            lock->getLockInfo(&pid, &host, &application);
            result.ok = false;
            result.message = tr("Another sandbox (process %1) is using the data directory %2; this one keeps its "
                                "state in memory only.")
                                 .arg(pid)
                                 .arg(QDir::toNativeSeparators(d->dataDirectory));
            d->saveDisabled = true;
            return result;
        }
        d->lock = std::move(lock);
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
