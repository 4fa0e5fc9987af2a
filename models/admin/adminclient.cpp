// SPDX-License-Identifier: GPL-3.0-or-later
#include "admin/adminclient.h"

#include "admin/adminerrors.h"
#include "http/ratelimitretry.h"
#include "http/ratelimittracker.h"
#include "oauth/tokenrequest.h"
#include "profiles/secretstore.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>

Q_LOGGING_CATEGORY(lcAdmin, "tokenscope.admin", QtWarningMsg)

namespace Admin {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(AdminClient)
};

const QString AdminWorkspace = QStringLiteral("admin");
constexpr int MaxListPages = 1000;          // a server that never ends a listing
constexpr qint64 TokenRefreshMarginMs = 30000; // refetch this long before expires_in runs out

QString workspaceOf(const Profiles::Profile &profile)
{
    const QString field = profile.presetFields.value(QStringLiteral("workspace_id"));
    if (!field.isEmpty())
        return field;
    const QStringList segments = profile.issuer.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    return segments.isEmpty() ? QString() : segments.constLast();
}

QString encodedId(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

// admin.json requires tenant_id in Server, CreateClientAdminRequest and UpdateClientAdminRequest:
// the profile's tenant when the caller left it out.
QJsonObject withTenant(QJsonObject body, const Profiles::Profile &profile)
{
    if (body.contains(QLatin1String("tenant_id")))
        return body;
    const std::optional<QUrl> base = apiBase(profile);
    if (base) {
        const QStringList segments = base->path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
        if (!segments.isEmpty())
            body.insert(QStringLiteral("tenant_id"), segments.constLast());
    }
    return body;
}

} // namespace

bool isAdminProfile(const Profiles::Profile &profile)
{
    return (profile.preset == u"cloudentity" || profile.preset == u"sandbox") && workspaceOf(profile) == AdminWorkspace;
}

std::optional<QUrl> apiBase(const Profiles::Profile &profile, QString *problem)
{
    const auto fail = [problem](const QString &text) -> std::optional<QUrl> {
        if (problem)
            *problem = text;
        return std::nullopt;
    };
    if (!isAdminProfile(profile))
        return fail(Text::tr("The connection \"%1\" is not an admin connection. Use a Cloudentity or local sandbox "
                             "connection whose workspace is \"admin\" and whose client is that workspace's client.")
                        .arg(profile.name));
    const QUrl issuer = profile.issuer;
    if (!issuer.isValid() || issuer.host().isEmpty()
        || (issuer.scheme() != u"https" && issuer.scheme() != u"http"))
        return fail(Text::tr("The connection \"%1\" has no usable issuer URL, so the admin API's address is unknown. "
                             "Set the tenant and region (or the sandbox address) in the connection.")
                        .arg(profile.name));
    QStringList segments = issuer.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QString tenant = profile.presetFields.value(QStringLiteral("tenant_id"));
    if (tenant.isEmpty() && segments.size() >= 2)
        tenant = segments.at(segments.size() - 2);
    if (tenant.isEmpty())
        return fail(Text::tr("The connection \"%1\" names no tenant id. Set the tenant id in the connection.")
                        .arg(profile.name));
    // The issuer is <origin>[/prefix]/{tid}/{wid}: the admin API sits at <origin>[/prefix]/api/admin/{tid}.
    if (segments.size() >= 2 && segments.constLast() == workspaceOf(profile) && segments.at(segments.size() - 2) == tenant)
        segments.resize(segments.size() - 2);
    QUrl base;
    base.setScheme(issuer.scheme());
    base.setHost(issuer.host());
    base.setPort(issuer.port());
    QString path;
    for (const QString &segment : std::as_const(segments))
        path += QLatin1Char('/') + segment;
    base.setPath(path + QLatin1String("/api/admin/") + tenant);
    return base;
}

struct AdminClient::Pending
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QJsonValue body;
    CallOptions options;
    QUrl base;
    Profiles::TlsSettings tls;
    QPointer<QObject> context;
    bool contextGiven = false;
    Callback done;

    bool alive() const { return !contextGiven || context; }
};

AdminClient::AdminClient(HttpClient *http, Profiles::SecretStore *secrets, RateLimits::RateLimitTracker *tracker,
                         QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_secrets(secrets)
    , m_tracker(tracker)
    , m_tokens(new OAuth::TokenClient(http, secrets, this))
{
}

AdminClient::~AdminClient() = default;

void AdminClient::setProfile(const Profiles::Profile &profile)
{
    if (profile == m_profile)
        return;
    m_profile = profile;
    m_accessToken.clear();
    ++m_generation;
    m_fetchingToken = false;
    // Calls waiting for a token of the previous connection fail rather than act as the new one.
    const auto waiters = std::exchange(m_tokenWaiters, {});
    AdminResult changed;
    changed.error = Text::tr("The admin connection changed while the request waited for an admin token. Send it "
                             "again.");
    if (!waiters.isEmpty()) {
        // Later, not inside setProfile: a caller may set the profile from within a callback.
        QTimer::singleShot(0, this, [waiters, changed] {
            for (const auto &waiter : waiters)
                waiter(QString(), changed);
        });
    }
}

void AdminClient::forgetToken()
{
    m_accessToken.clear();
    ++m_generation;
    if (m_fetchingToken) {
        // The answer of the request in flight is dropped: ask again for the calls waiting on it.
        m_fetchingToken = false;
        startTokenFetch();
    }
}

QString AdminClient::newIdempotencyKey()
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    QString key;
    key.reserve(40);
    for (int i = 0; i < 40; ++i)
        key.append(QLatin1Char(alphabet[QRandomGenerator::system()->bounded(64)]));
    return key;
}

void AdminClient::withToken(QObject *context, std::function<void(const QString &, const AdminResult &)> use)
{
    Q_UNUSED(context) // the token is the client's; whoever waits checks its own context
    if (!m_accessToken.isEmpty() && !m_tokenExpiry.hasExpired()) {
        use(m_accessToken, AdminResult());
        return;
    }
    m_accessToken.clear();
    m_tokenWaiters.append(std::move(use));
    if (!m_fetchingToken)
        startTokenFetch();
}

void AdminClient::startTokenFetch()
{
    m_fetchingToken = true;
    const quint64 generation = m_generation;
    const Profiles::Profile profile = m_profile;
    qCInfo(lcAdmin) << "fetching an admin token for profile" << profile.id;
    m_tokens->clientCredentials(profile, {}, this, [this, generation, profile](const OAuth::TokenResponse &response) {
        if (generation != m_generation)
            return; // setProfile failed the waiters; forgetToken asked again
        m_fetchingToken = false;
        AdminResult failure;
        if (response.ok()) {
            m_accessToken = response.accessToken;
            m_tokenExpiry = response.expiresIn > 0
                                ? QDeadlineTimer(std::max<qint64>(response.expiresIn * 1000 - TokenRefreshMarginMs,
                                                                  response.expiresIn * 500))
                                : QDeadlineTimer(QDeadlineTimer::Forever);
        } else {
            failure.http = response.http;
            // No request left Tokenscope although the method needs a secret: the keychain had
            // none to give (missing entry, no keychain, read failure).
            const bool secretMissing = response.secretUnavailable
                                       || (response.http.status == 0 && response.http.url.isEmpty()
                                           && response.http.networkError == QNetworkReply::NoError
                                           && OAuth::secretKindFor(profile.authMethod).has_value()
                                           && profile.endpoints.url(Profiles::EndpointKind::Token).isValid());
            if (secretMissing) {
                failure.secretUnavailable = true;
                failure.error = response.error;
            } else {
                failure.tokenFailed = true;
                failure.error = Text::tr("No admin token could be obtained for \"%1\": %2 Check the admin client's id "
                                         "and secret, and that the client belongs to the admin workspace.")
                                    .arg(profile.name, response.error);
            }
            qCInfo(lcAdmin) << "admin token request failed, status" << response.http.status << response.oauthError;
        }
        const auto waiters = std::exchange(m_tokenWaiters, {});
        for (const auto &waiter : waiters)
            waiter(failure.error.isEmpty() ? m_accessToken : QString(), failure);
    });
}

void AdminClient::call(const QByteArray &method, const QString &path, const QUrlQuery &query, const QJsonValue &body,
                       const CallOptions &options, QObject *context, Callback done)
{
    auto pending = std::make_shared<Pending>();
    pending->method = method.toUpper();
    pending->path = path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path;
    pending->query = query;
    pending->body = body;
    pending->options = options;
    pending->tls = m_profile.tls;
    pending->context = context;
    pending->contextGiven = context != nullptr;
    pending->done = std::move(done);

    QString problem;
    const std::optional<QUrl> base = apiBase(m_profile, &problem);
    if (base && !options.idempotencyKey.isEmpty()
        && (options.idempotencyKey.size() < 32 || options.idempotencyKey.size() > 255))
        problem = Text::tr("The idempotency key must be 32 to 255 characters long; this one has %1. Use "
                           "AdminClient::newIdempotencyKey().")
                      .arg(options.idempotencyKey.size());
    if (!m_http)
        problem = Text::tr("The HTTP client was closed before the admin request could be sent. Send it again.");
    if (!problem.isEmpty()) {
        // Callbacks run later, never inside the call.
        QTimer::singleShot(0, context ? context : this, [pending, problem] {
            AdminResult result;
            result.error = problem;
            pending->done(result);
        });
        return;
    }
    pending->base = *base;
    sendAuthorized(pending, false);
}

void AdminClient::sendAuthorized(std::shared_ptr<Pending> pending, bool retriedAfter401)
{
    withToken(pending->context, [this, pending, retriedAfter401](const QString &token, const AdminResult &failure) {
        if (!pending->alive())
            return;
        if (!failure.error.isEmpty()) {
            pending->done(failure);
            return;
        }
        sendWithToken(pending, token, retriedAfter401);
    });
}

void AdminClient::sendWithToken(const std::shared_ptr<Pending> &pending, const QString &token, bool retriedAfter401)
{
    if (!m_http) {
        AdminResult gone;
        gone.error = Text::tr("The HTTP client was closed before the admin request could be sent. Send it again.");
        pending->done(gone);
        return;
    }
    HttpRequest request;
    request.method = pending->method;
    QUrl url = pending->base;
    url.setPath(pending->base.path(QUrl::FullyEncoded) + pending->path, QUrl::TolerantMode);
    if (!pending->query.isEmpty())
        url.setQuery(pending->query);
    request.url = url;
    request.headers.append({QByteArrayLiteral("Authorization"), "Bearer " + token.toUtf8()});
    request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    if (pending->body.isObject() || pending->body.isArray()) {
        const QJsonDocument document = pending->body.isObject() ? QJsonDocument(pending->body.toObject())
                                                                : QJsonDocument(pending->body.toArray());
        request.body = document.toJson(QJsonDocument::Compact);
        request.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    }
    if (pending->method == "POST" && !pending->options.idempotencyKey.isEmpty())
        request.headers.append({QByteArrayLiteral("X-Idempotency-Key"), pending->options.idempotencyKey.toUtf8()});
    if (pending->method != "GET" && pending->method != "POST" && !pending->options.ifMatch.isEmpty())
        request.headers.append({QByteArrayLiteral("if-match"), pending->options.ifMatch.toUtf8()});
    request.tls.caBundlePath = pending->tls.caBundlePath;
    request.tls.insecure = pending->tls.insecure;

    auto *retry = new RateLimits::RetryingRequest(m_http, request, m_tracker, this);
    retry->setMaxRetries(m_maxRetries);
    connect(retry, &RateLimits::RetryingRequest::waiting, this, &AdminClient::waiting);
    if (pending->context && pending->context != this)
        connect(pending->context, &QObject::destroyed, retry, &RateLimits::RetryingRequest::cancel);
    connect(retry, &RateLimits::RetryingRequest::finished, this,
            [this, retry, pending, token, retriedAfter401](const HttpResponse &response) {
                retry->deleteLater();
                if (!pending->alive())
                    return;
                if (response.status == 401 && !retriedAfter401) {
                    // Expired or revoked: one fresh token, one more try.
                    qCInfo(lcAdmin) << "401 from the admin API; fetching a fresh token once";
                    if (m_accessToken == token)
                        m_accessToken.clear();
                    sendAuthorized(pending, true);
                    return;
                }
                ResponseContext context;
                context.method = pending->method;
                context.path = pending->path;
                context.afterFreshToken = retriedAfter401;
                context.retries = std::max(0, retry->attempts() - 1);
                pending->done(resultFromResponse(response, context));
            });
    retry->start();
}

namespace {

struct ListState
{
    QString path, listName, idField, afterParameter;
    QJsonArray all;
    QSet<QString> seen;
    int pages = 0;
    QPointer<QObject> context;
    bool contextGiven = false;
    AdminClient::Callback done;
};

void fetchPage(AdminClient *client, const std::shared_ptr<ListState> &state, const QString &after)
{
    if (state->contextGiven && !state->context)
        return; // whoever asked is gone
    QUrlQuery query;
    if (!after.isEmpty())
        query.addQueryItem(state->afterParameter, after);
    client->call("GET", state->path, query, QJsonValue(), CallOptions(), state->context ? state->context.data() : client,
                 [client, state](const AdminResult &page) {
                     if (!page.ok()) {
                         state->done(page);
                         return;
                     }
                     ++state->pages;
                     const QJsonArray items = page.object().value(state->listName).toArray();
                     QString last;
                     bool repeated = false;
                     for (const QJsonValue &item : items) {
                         const QString id = item.toObject().value(state->idField).toString();
                         if (state->seen.contains(id)) {
                             repeated = true;
                             continue;
                         }
                         state->seen.insert(id);
                         state->all.append(item);
                         last = id;
                     }
                     if (items.isEmpty() || repeated || last.isEmpty() || state->pages >= MaxListPages) {
                         if (repeated || state->pages >= MaxListPages)
                             qCWarning(lcAdmin) << "listing" << state->path << "stopped after" << state->pages
                                                << "pages: the server repeated items or never ended";
                         AdminResult whole = page;
                         whole.json = QJsonObject{{state->listName, state->all}};
                         state->done(whole);
                         return;
                     }
                     fetchPage(client, state, last);
                 });
}

} // namespace

void AdminClient::listAll(const QString &path, const QString &listName, const QString &idField,
                          const QString &afterParameter, QObject *context, Callback done)
{
    auto state = std::make_shared<ListState>();
    state->path = path;
    state->listName = listName;
    state->idField = idField;
    state->afterParameter = afterParameter;
    state->context = context;
    state->contextGiven = context != nullptr;
    state->done = std::move(done);
    fetchPage(this, state, QString());
}

void AdminClient::listServers(QObject *context, Callback done)
{
    listAll(QStringLiteral("/servers"), QStringLiteral("servers"), QStringLiteral("id"), QStringLiteral("after_server_id"),
            context, std::move(done));
}

void AdminClient::getServer(const QString &wid, QObject *context, Callback done)
{
    call("GET", QLatin1String("/servers/") + encodedId(wid), {}, {}, {}, context, std::move(done));
}

void AdminClient::createServer(const QJsonObject &server, const CallOptions &options, QObject *context, Callback done)
{
    call("POST", QStringLiteral("/servers"), {}, withTenant(server, m_profile), options, context, std::move(done));
}

void AdminClient::updateServer(const QString &wid, const QJsonObject &server, const CallOptions &options,
                               QObject *context, Callback done)
{
    call("PUT", QLatin1String("/servers/") + encodedId(wid), {}, withTenant(server, m_profile), options, context, std::move(done));
}

void AdminClient::deleteServer(const QString &wid, const CallOptions &options, QObject *context, Callback done)
{
    call("DELETE", QLatin1String("/servers/") + encodedId(wid), {}, {}, options, context, std::move(done));
}

void AdminClient::listIdps(const QString &wid, QObject *context, Callback done)
{
    call("GET", QLatin1String("/servers/") + encodedId(wid) + QLatin1String("/idps"), {}, {}, {}, context,
         std::move(done));
}

void AdminClient::getStaticIdp(const QString &wid, const QString &iid, QObject *context, Callback done)
{
    call("GET", QLatin1String("/servers/") + encodedId(wid) + QLatin1String("/idps/static/") + encodedId(iid), {}, {},
         {}, context, std::move(done));
}

void AdminClient::createStaticIdp(const QString &wid, const QJsonObject &idp, const CallOptions &options,
                                  QObject *context, Callback done)
{
    call("POST", QLatin1String("/servers/") + encodedId(wid) + QLatin1String("/idps/static"), {}, idp, options, context,
         std::move(done));
}

void AdminClient::updateStaticIdp(const QString &wid, const QString &iid, const QJsonObject &idp,
                                  const CallOptions &options, QObject *context, Callback done)
{
    call("PUT", QLatin1String("/servers/") + encodedId(wid) + QLatin1String("/idps/static/") + encodedId(iid), {}, idp,
         options, context, std::move(done));
}

void AdminClient::deleteIdp(const QString &wid, const QString &iid, const CallOptions &options, QObject *context,
                            Callback done)
{
    call("DELETE", QLatin1String("/servers/") + encodedId(wid) + QLatin1String("/idps/") + encodedId(iid), {}, {},
         options, context, std::move(done));
}

void AdminClient::listClients(const QString &wid, QObject *context, Callback done)
{
    listAll(QLatin1String("/servers/") + encodedId(wid) + QLatin1String("/clients"), QStringLiteral("clients"),
            QStringLiteral("client_id"), QStringLiteral("after_client_id"), context, std::move(done));
}

void AdminClient::getClient(const QString &cid, QObject *context, Callback done)
{
    call("GET", QLatin1String("/clients/") + encodedId(cid), {}, {}, {}, context, std::move(done));
}

void AdminClient::createClient(const QJsonObject &client, const CallOptions &options, QObject *context, Callback done)
{
    call("POST", QStringLiteral("/clients"), {}, withTenant(client, m_profile), options, context, std::move(done));
}

void AdminClient::updateClient(const QString &cid, const QJsonObject &client, const CallOptions &options,
                               QObject *context, Callback done)
{
    call("PUT", QLatin1String("/clients/") + encodedId(cid), {}, withTenant(client, m_profile), options, context, std::move(done));
}

void AdminClient::deleteClient(const QString &cid, const CallOptions &options, QObject *context, Callback done)
{
    call("DELETE", QLatin1String("/clients/") + encodedId(cid), {}, {}, options, context, std::move(done));
}

} // namespace Admin
