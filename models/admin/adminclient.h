// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Cloudentity's admin API (../shared/contracts/cloudentity/admin.json) for one admin profile:
// workspaces (Server), IDPs and static IDPs with their users, clients. Used by the setup
// wizard, the admin browser, bulk apply and `tokenscope admin`.
//
//   call ──► admin token? ──no──► TokenClient::clientCredentials(profile) ──► cache token
//              │ yes                                                                │
//              ▼                                                                    ▼
//   HttpClient::send via RetryingRequest (429 waits Retry-After, up to maxRetries) ──► 401? once:
//   drop the token, fetch a fresh one, send again; a second 401 is reported ("check the admin
//   client's secret and its access to the admin workspace").
//
// Every request goes through the one HttpClient (so the exchange log and the rate-limit
// tracker see it). POSTs carry X-Idempotency-Key when the caller gives one (32-255 chars, as
// admin.json's description asks). PUT and DELETE send if-match with the ETag the caller read
// (AdminResult::etag) when it has one. Nothing here blocks; callbacks run on the context.
//
// An admin profile: preset "cloudentity" or "sandbox" whose workspace_id is the admin
// workspace ("admin") and whose client is that workspace's client. The API lives at
// scheme://host[:port]/api/admin/{tenant_id}: taken from the profile's issuer and tenant_id.

#include "http/httpclient.h"
#include "profiles/profile.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>

namespace Profiles {
class SecretStore;
}
namespace RateLimits {
class RateLimitTracker;
}
namespace OAuth {
class TokenClient;
}

namespace Admin {

// The admin API root for a profile ("https://t.eu.authz.cloudentity.io/api/admin/t"), or
// nullopt with a translated problem when the profile is not an admin profile.
std::optional<QUrl> apiBase(const Profiles::Profile &profile, QString *problem = nullptr);
bool isAdminProfile(const Profiles::Profile &profile);

// An error admin.json's Error document names a field for (the sandbox and Cloudentity put it in
// details.field; a details object keyed by field names is read too).
struct FieldError
{
    QString field;   // JSON name as sent: "id", "access_token_ttl", "users[2].username"
    QString message; // the server's text
};

struct AdminResult
{
    Q_DECLARE_TR_FUNCTIONS(AdminResult)

public:
    HttpResponse http;
    QJsonValue json;        // the parsed body (object or array), Undefined when none / not JSON
    QString etag;           // the response's ETag header, verbatim (quotes kept), empty when none
    bool replayed = false;  // X-Idempotent-Replayed: true
    // Empty on success (2xx). Otherwise translated: what failed and what to do; for API errors
    // it includes admin.json Error's "error" text.
    QString error;
    QString errorCode;             // Error.error_code when the body had one
    QList<FieldError> fieldErrors; // for showing the error at the field it names
    bool secretUnavailable = false; // the admin client's secret could not be read (CLI exit 3)
    bool tokenFailed = false;       // no admin token could be obtained (bad secret, wrong client)

    bool ok() const { return error.isEmpty() && http.status >= 200 && http.status < 300; }
    int status() const { return http.status; }
    QJsonObject object() const { return json.toObject(); }
};

// Per-call options.
struct CallOptions
{
    QString idempotencyKey; // POST only: X-Idempotency-Key (32-255 chars); empty for none
    QString ifMatch;        // PUT/DELETE: if-match value (an ETag as read); empty for none
};

class AdminClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdminClient)

public:
    // tracker: optional; passed to RetryingRequest for 429s without Retry-After.
    AdminClient(HttpClient *http, Profiles::SecretStore *secrets, RateLimits::RateLimitTracker *tracker = nullptr,
                QObject *parent = nullptr);
    ~AdminClient() override;

    // The admin profile to act as. Forgets a cached token when the profile changes.
    void setProfile(const Profiles::Profile &profile);
    const Profiles::Profile &profile() const { return m_profile; }
    // 429 retries (RetryingRequest::setMaxRetries). Default 3.
    void setMaxRetries(int retries) { m_maxRetries = retries; }
    // Drops the cached admin token (the next call fetches one).
    void forgetToken();
    bool hasToken() const { return !m_accessToken.isEmpty(); }

    using Callback = std::function<void(const AdminResult &)>;

    // Any call: method, a path below the API root ("/servers/w1"), query, JSON body (objects and
    // arrays; none for GET/DELETE). The building block of the typed calls below.
    void call(const QByteArray &method, const QString &path, const QUrlQuery &query, const QJsonValue &body,
              const CallOptions &options, QObject *context, Callback done);

    // Gets an admin token (client credentials) and lists workspaces: the wizard's "Test connection".
    void testConnection(QObject *context, Callback done) { listServers(context, std::move(done)); }

    // The typed create/update calls put the profile's tenant_id into Server and client bodies
    // that lack it (admin.json requires it there).

    // Workspaces. listServers follows after_server_id pages until the last and returns
    // {"servers": [...all...]}.
    void listServers(QObject *context, Callback done);
    void getServer(const QString &wid, QObject *context, Callback done);
    void createServer(const QJsonObject &server, const CallOptions &options, QObject *context, Callback done);
    void updateServer(const QString &wid, const QJsonObject &server, const CallOptions &options, QObject *context,
                      Callback done);
    void deleteServer(const QString &wid, const CallOptions &options, QObject *context, Callback done);

    // IDPs: listIdps gives {"idps": [...]} (IDPBase, no credentials); the static ones in full
    // (users included) come from getStaticIdp.
    void listIdps(const QString &wid, QObject *context, Callback done);
    void getStaticIdp(const QString &wid, const QString &iid, QObject *context, Callback done);
    void createStaticIdp(const QString &wid, const QJsonObject &idp, const CallOptions &options, QObject *context,
                         Callback done);
    void updateStaticIdp(const QString &wid, const QString &iid, const QJsonObject &idp, const CallOptions &options,
                         QObject *context, Callback done);
    void deleteIdp(const QString &wid, const QString &iid, const CallOptions &options, QObject *context,
                   Callback done);

    // Clients: created at tenant level with authorization_server_id in the body; listClients
    // follows after_client_id pages and returns {"clients": [...all...]}.
    void listClients(const QString &wid, QObject *context, Callback done);
    void getClient(const QString &cid, QObject *context, Callback done);
    void createClient(const QJsonObject &client, const CallOptions &options, QObject *context, Callback done);
    void updateClient(const QString &cid, const QJsonObject &client, const CallOptions &options, QObject *context,
                      Callback done);
    void deleteClient(const QString &cid, const CallOptions &options, QObject *context, Callback done);

    // A fresh idempotency key: 40 random URL-safe characters.
    static QString newIdempotencyKey();

Q_SIGNALS:
    // The 429 wait of a call in progress (RetryingRequest::waiting), for a countdown in the UI.
    void waiting(int secondsLeft, int retry);

private:
    struct Pending;
    void withToken(QObject *context, std::function<void(const QString &token, const AdminResult &failure)> use);
    void sendAuthorized(std::shared_ptr<Pending> pending, bool retriedAfter401);
    void sendWithToken(const std::shared_ptr<Pending> &pending, const QString &token, bool retriedAfter401);
    void startTokenFetch();
    void listAll(const QString &path, const QString &listName, const QString &idField, const QString &afterParameter,
                 QObject *context, Callback done);

    QPointer<HttpClient> m_http;
    Profiles::SecretStore *m_secrets;
    QPointer<RateLimits::RateLimitTracker> m_tracker;
    OAuth::TokenClient *m_tokens; // child
    Profiles::Profile m_profile;
    QString m_accessToken;
    QDeadlineTimer m_tokenExpiry{QDeadlineTimer::Forever}; // refetched a little before expires_in runs out
    // Calls waiting for the token request in flight (one request serves them all).
    QList<std::function<void(const QString &token, const AdminResult &failure)>> m_tokenWaiters;
    bool m_fetchingToken = false;
    int m_maxRetries = 3;
    quint64 m_generation = 0; // bumped by setProfile/forgetToken: stale token answers are dropped
};

} // namespace Admin
