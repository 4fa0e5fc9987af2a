// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

namespace Sandbox {

class TenantState;
class GrantStore;
class HttpServer;
class RateLimiter;

struct SandboxOptions
{
    QHostAddress address = QHostAddress::LocalHost; // loopback unless allowRemote
    bool allowRemote = false;
    quint16 port = 0;                                // 0: ephemeral
    QString dataDirectory;                           // empty: ephemeral (memory only)
    QString tenantId = QStringLiteral("default");
    QString rateLimitsFile;                          // JSON: {"admin": {"per_minute": 300, "burst": 50}, ...}
    std::function<qint64()> rateLimitClock;          // monotonic ms for the rate limiter; empty: the real one
    qint64 idempotencyWindowMs = 60 * 1000;          // how long an X-Idempotency-Key replays its response
    std::function<qint64()> idempotencyClock;        // monotonic ms for that window; empty: the real one
};

// The whole local tenant: HTTP server, rate limiter, tenant state, admin API and OAuth
// endpoints, composed. Used by `tokenscope sandbox` and, later, inside the GUI.
class SandboxServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    explicit SandboxServer(SandboxOptions options, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Loads the state and starts listening. False with a translated message on failure
    // (port in use, address not loopback without allowRemote, unreadable rate-limit file ...).
    bool start(QString *error);
    void stop();

    QUrl baseUrl() const;            // http://127.0.0.1:PORT
    TenantState &state();
    QString startupNote() const;     // e.g. the "state file was corrupt, moved aside" message

    // The parts, for tests and the GUI (valid after start() succeeded; limiter always).
    HttpServer *httpServer() const;
    GrantStore *grants() const;
    RateLimiter &rateLimiter();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Sandbox
