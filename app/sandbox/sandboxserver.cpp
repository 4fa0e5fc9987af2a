// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxserver.h"

#include "adminapi.h"
#include "grantstore.h"
#include "httpserver.h"
#include "oauthendpoints.h"
#include "ratelimiter.h"
#include "router.h"
#include "tenantstate.h"

#include <QDir>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSandboxServer, "tokenscope.sandbox.server", QtWarningMsg)

namespace Sandbox {

struct SandboxServer::Private
{
    explicit Private(SandboxOptions o)
        : options(std::move(o))
        , limiter(options.rateLimitClock)
    {
    }

    SandboxOptions options;
    RateLimiter limiter;
    Router router;
    std::unique_ptr<TenantState> state;
    GrantStore *grants = nullptr;
    HttpServer *server = nullptr;
    QString note;
    bool routesRegistered = false;
};

SandboxServer::SandboxServer(SandboxOptions options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(std::move(options)))
{
    d->state = std::make_unique<TenantState>(d->options.tenantId, d->options.dataDirectory);
}

SandboxServer::~SandboxServer()
{
    stop();
    // The HTTP server and the grants go first: handlers refer to the state.
    delete d->server;
    d->server = nullptr;
    delete d->grants;
    d->grants = nullptr;
}

bool SandboxServer::start(QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    if (d->server && d->server->isListening())
        return true;

    const QHostAddress &address = d->options.address;
    if (address.isNull()) {
        *error = tr("No address to listen on.");
        return false;
    }
    if (!d->options.allowRemote && !address.isLoopback()) {
        *error = tr("The sandbox listens on loopback addresses only; %1 is not one. "
                    "It has no TLS and mock users: use --allow-remote only if you really need it.")
                     .arg(address.toString());
        return false;
    }
    if (!d->options.rateLimitsFile.isEmpty() && !d->limiter.loadFile(d->options.rateLimitsFile, error))
        return false;

    if (!d->routesRegistered) {
        const TenantState::LoadResult loaded = d->state->load();
        if (!loaded.ok) {
            *error = loaded.message;
            return false;
        }
        d->note = loaded.message;
        d->grants = new GrantStore(*d->state, this);
        if (!d->options.dataDirectory.isEmpty()) {
            const QString grantsNote = d->grants->setStorageFile(QDir(d->options.dataDirectory).filePath(QStringLiteral("grants.json")));
            if (!grantsNote.isEmpty())
                d->note = d->note.isEmpty() ? grantsNote : d->note + QLatin1Char(' ') + grantsNote;
        }
        AdminApiOptions adminOptions;
        adminOptions.idempotencyWindowMs = d->options.idempotencyWindowMs;
        adminOptions.idempotencyClock = d->options.idempotencyClock;
        registerAdminApi(d->router, *d->state, *d->grants, adminOptions);
        registerOAuthEndpoints(d->router, *d->state, *d->grants);
        d->routesRegistered = true;
    }

    if (!d->server)
        d->server = new HttpServer(d->router, &d->limiter, this);
    if (!d->server->listen(address, d->options.port, error))
        return false;
    d->state->setBaseUrl(d->server->baseUrl()); // issuer URLs name the real port
    qCInfo(lcSandboxServer).noquote() << "listening on" << d->server->baseUrl().toString() << "tenant" << d->state->tenantId();
    return true;
}

void SandboxServer::stop()
{
    if (d->server)
        d->server->close();
}

QUrl SandboxServer::baseUrl() const
{
    return d->server ? d->server->baseUrl() : QUrl();
}

TenantState &SandboxServer::state()
{
    return *d->state;
}

QString SandboxServer::startupNote() const
{
    return d->note;
}

HttpServer *SandboxServer::httpServer() const
{
    return d->server;
}

GrantStore *SandboxServer::grants() const
{
    return d->grants;
}

RateLimiter &SandboxServer::rateLimiter()
{
    return d->limiter;
}

} // namespace Sandbox
