// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The sandbox inside the GUI: starts the local tenant on loopback, keeps a "Local sandbox"
// connection profile pointing at its admin workspace (the admin client's secret into the
// SecretStore, never into the profile), and holds the demo rate-limit settings, which apply at
// once and persist in <data>/rate-limits.json (the file format `tokenscope sandbox
// --rate-limits` reads).
//
//   MainWindow shown ──► start() ──► SandboxServer (127.0.0.1:port, <data>/state.json)
//                                      └─► profile "Local sandbox" (preset sandbox, workspace admin)
//                                            └─► SecretStore: admin client secret

#include "ratelimiter.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace Profiles {
class ProfileStore;
class SecretStore;
} // namespace Profiles

namespace Sandbox {

class SandboxServer;

struct GroupLimit
{
    QString key;         // RateLimiter::groupKey: "admin", "oauth2", …
    QString displayName; // translated
    RateLimiter::Limit limit;
    RateLimiter::Limit defaultLimit;
};

class LocalSandbox final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalSandbox)

public:
    // dataDirectory: where the tenant keeps its state; empty keeps everything in memory.
    LocalSandbox(Profiles::ProfileStore *profiles, Profiles::SecretStore *secrets, const QString &dataDirectory,
                 QObject *parent = nullptr);
    ~LocalSandbox() override;

    static QString defaultDataDirectory(); // AppDataLocation + "/sandbox", as the CLI uses

    // Tries this port first (the last one used, so the profile's URLs stay the same); falls back
    // to an ephemeral port when it is taken. 0: ephemeral.
    void setPreferredPort(quint16 port) { m_preferredPort = port; }

    // Starts the server and brings the profile up to date. False with a translated message when
    // the server cannot start (data directory in use by a running `tokenscope sandbox`, …).
    bool start(QString *error);
    void stop();
    bool isRunning() const;
    QUrl baseUrl() const;
    quint16 port() const;
    QString tenantId() const;
    QString profileId() const { return m_profileId; } // empty until the profile is made
    QString startupNote() const;                       // e.g. a corrupt state file set aside

    QList<GroupLimit> rateLimits() const;
    // Applies at once and writes the file atomically; all or nothing (translated error).
    bool setRateLimits(const QList<GroupLimit> &limits, QString *error);
    bool resetRateLimits(QString *error); // back to the free-tier defaults; removes the file

    SandboxServer *server() const { return m_server.get(); }

    static constexpr const char *ProfileMarker = "local_sandbox"; // presetFields key marking our profile

signals:
    void started(const QUrl &baseUrl);
    void profileReady(const QString &profileId);
    // The secret could not be stored (no keychain and no session-only choice yet): the profile
    // exists; the secret is written once the store becomes usable.
    void secretPending(const QString &reason);

private:
    void ensureProfile();
    void storeSecret();
    QString rateLimitsFile() const;

    Profiles::ProfileStore *m_profiles;
    Profiles::SecretStore *m_secrets;
    QString m_dataDirectory;
    quint16 m_preferredPort = 0;
    QString m_profileId;
    bool m_secretStored = false;
    std::unique_ptr<SandboxServer> m_server;
};

} // namespace Sandbox
