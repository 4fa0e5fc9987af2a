// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jose/algorithm.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <openssl/types.h>

#include <memory>
#include <optional>

namespace Sandbox {

// Cloudentity's admin error body (admin.json definitions/Error):
// {"status_code": 404, "error": "...", "error_code": "not_found", "details": {...}}
struct ApiError
{
    int status = 400;
    QString error;       // human-readable
    QString errorCode;   // machine-readable, e.g. "invalid_request", "not_found", "conflict"
    QJsonObject details; // e.g. {"field": "access_token_ttl"} naming the invalid field
    QJsonObject toJson() const;
};

template <typename T>
struct Outcome
{
    std::optional<T> value;
    ApiError error;
    bool ok() const { return value.has_value(); }
};

// A workspace's signing key. The first of signingKeys() is the current one.
struct SigningKey
{
    QString kid;
    Jose::Algorithm algorithm = Jose::Algorithm::ES256; // by the workspace's key_type
    std::shared_ptr<EVP_PKEY> privateKey;
    QJsonObject publicJwk;                              // kid, kty, alg, use "sig", public members
};

// The sandbox tenant's configuration: workspaces (admin.json Server), static IDPs with their
// users, clients, and each workspace's signing keys. Documents are kept as admin.json shapes,
// field by field; defaults are filled in on create (ids, secrets, TTLs as Go durations, key_type
// "ecdsa", grant types ...). PUT replaces a document (left-out fields return to their
// defaults) but keeps its identity: ids, the workspace's key_type and keys, secrets and user
// passwords that are not sent again. Persisted atomically (QSaveFile, 0600) to
// <dataDirectory>/state.json after every change; one TenantState per data directory (a lock
// file); an empty data directory means ephemeral (memory only).
class TenantState final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TenantState)

public:
    explicit TenantState(const QString &tenantId, const QString &dataDirectory, QObject *parent = nullptr);
    ~TenantState() override;

    struct LoadResult
    {
        // false: the data directory is unusable (cannot be created or written, another sandbox
        // holds its lock, or a damaged state file could not be moved aside); the state is then
        // in memory only and the caller should refuse to start. message says why (translated).
        bool ok = true;
        QString message; // e.g. "state file was corrupt; moved aside to …/state.json.corrupt-20261122T…"
        QString movedAsideTo; // the damaged file's new path, when it was moved aside
    };
    // Loads the state file, or creates the built-in "admin" workspace and its admin client
    // (client credentials, secret generated) on first start. A state file that cannot be read
    // (not JSON, wrong shape, unknown schema version) is renamed to
    // state.json.corrupt-<UTC timestamp>, never silently discarded, and a fresh state starts.
    LoadResult load();

    // The state file: <dataDirectory>/state.json; empty when ephemeral.
    QString stateFilePath() const;

    // The server's base URL ("http://127.0.0.1:PORT"), known once it listens. Documents carry
    // issuer_url = baseUrl + "/{tid}/{wid}" (and clients server_issuer_url) only when it is set.
    void setBaseUrl(const QUrl &baseUrl);
    QUrl baseUrl() const;
    QString issuerUrl(const QString &wid) const; // custom_issuer_url when set, else as above

    QString tenantId() const;
    QString adminClientId() const;
    QString adminClientSecret() const;

    // Workspaces (admin.json ServerResponse documents). The list leaves out each "secret".
    QList<QJsonObject> servers() const;
    std::optional<QJsonObject> server(const QString &wid) const;
    Outcome<QJsonObject> createServer(const QJsonObject &body);
    Outcome<QJsonObject> updateServer(const QString &wid, const QJsonObject &body);
    std::optional<ApiError> deleteServer(const QString &wid);

    // IDPs of a workspace. List documents are admin.json IDPBase: no credentials, so never
    // user passwords. staticIdp() is the full StaticIDP, users' passwords included, as
    // admin.json's getStaticIDP returns it.
    QList<QJsonObject> idps(const QString &wid) const;
    Outcome<QJsonObject> createStaticIdp(const QString &wid, const QJsonObject &body);
    Outcome<QJsonObject> staticIdp(const QString &wid, const QString &iid) const;
    Outcome<QJsonObject> updateStaticIdp(const QString &wid, const QString &iid, const QJsonObject &body);
    std::optional<ApiError> deleteIdp(const QString &wid, const QString &iid);

    // Clients (admin.json ClientAdminResponse). Lists never include client secrets; create and
    // the single GET do (as Cloudentity's do). clients() of an unknown workspace is empty.
    Outcome<QJsonObject> createClient(const QJsonObject &body);
    Outcome<QJsonObject> client(const QString &cid) const;
    Outcome<QJsonObject> updateClient(const QString &cid, const QJsonObject &body);
    std::optional<ApiError> deleteClient(const QString &cid);
    QList<QJsonObject> clients(const QString &wid) const;

    // Read side for the OAuth endpoints: full documents, secrets and passwords included.
    std::optional<QJsonObject> clientWithSecret(const QString &cid) const;
    // admin.json StaticUser documents, with password, of the workspace's enabled static IDPs.
    QList<QJsonObject> staticUsers(const QString &wid) const;
    QList<SigningKey> signingKeys(const QString &wid) const;

Q_SIGNALS:
    void changed();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Sandbox
