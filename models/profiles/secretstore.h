// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Secrets in the OS keychain (qtkeychain: Secret Service, macOS Keychain, Windows Credential
// Manager), one entry per (profile id, kind). Asynchronous: nothing here blocks the event loop.
// qtkeychain's insecure plaintext fallback is always off. When no keychain is usable the store
// says so (availability() == Unavailable with a translated reason) and refuses to store, unless
// the user explicitly chose useSessionMemory(): then secrets live in this process only and are
// gone when it exits. It never silently falls back to a file.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace Profiles {

enum class SecretKind { ClientSecret, PrivateKey, TlsClientKey, ApiToken, RefreshToken };
QString secretKindName(SecretKind kind); // "client_secret", "private_key", "tls_client_key", "api_token", "refresh_token"
QString secretKindDisplayName(SecretKind kind); // translated

// Splitting values over a platform's per-entry limit (Windows Credential Manager: 2,560 bytes).
// Pure functions, unit-tested; SecretStore stores chunk 0 under the entry's own key and chunk i
// under "<key>#<i>".
namespace SecretChunking {
constexpr int WindowsEntryLimit = 2560;
// The entry values to store for one secret, each at most maxEntryBytes long (maxEntryBytes >= 16).
// A value that fits is stored as is in one entry, prefixed by a one-byte marker; a longer one is
// split, the first entry carrying the chunk count. The format is the helper's choice, documented
// in the .cpp, and must round-trip every byte string including empty and binary ones.
QList<QByteArray> split(const QByteArray &value, int maxEntryBytes);
// How many entries a stored secret has, read from its first entry; -1 when the entry is not in
// this format.
int chunkCount(const QByteArray &firstEntry);
// Joins the entries written by split(); false when they do not form a whole value.
bool join(const QList<QByteArray> &entries, QByteArray *value);
} // namespace SecretChunking

struct SecretResult
{
    enum class Status { Ok, NotFound, Unavailable, Failed };
    Status status = Status::Failed;
    QByteArray value; // read(): the secret when status == Ok
    QString error;    // translated, says what to do, when status is Unavailable or Failed

    bool ok() const { return status == Status::Ok; }
};

class SecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    enum class Availability { Unknown, Available, Unavailable, SessionOnly };
    Q_ENUM(Availability)

    // service: the keychain service name ("tokenscope"; tests pass their own).
    explicit SecretStore(const QString &service = QStringLiteral("tokenscope"), QObject *parent = nullptr);
    ~SecretStore() override;

    // Checks asynchronously whether the keychain answers (a write/read/delete of a probe entry);
    // emits availabilityChanged. Called once at start; read/write also update availability.
    void probe();
    Availability availability() const { return m_availability; }
    // Translated: why the keychain is unusable and what to do (start a Secret Service such as
    // gnome-keyring or KWallet, unlock it, …). Empty unless Unavailable.
    QString unavailableReason() const { return m_unavailableReason; }

    // The user's explicit choice: keep secrets in memory for this session only. From then on
    // every read/write/remove uses process memory; nothing reaches the keychain or the disk.
    void useSessionMemory();
    bool isSessionOnly() const { return m_availability == Availability::SessionOnly; }

    // Tests lower this to exercise chunking against the real keychain.
    void setMaxEntryBytes(int bytes) { m_maxEntryBytes = bytes; }

    using Callback = std::function<void(const SecretResult &)>;
    // The callback runs once, later (never inside the call), unless context died first.
    void write(const QString &profileId, SecretKind kind, const QByteArray &value, QObject *context, Callback done);
    void read(const QString &profileId, SecretKind kind, QObject *context, Callback done);
    // Removing a missing entry is Ok.
    void remove(const QString &profileId, SecretKind kind, QObject *context, Callback done);
    // Every kind of the profile (used when a profile is deleted).
    void removeAll(const QString &profileId, QObject *context, Callback done);

    static QString entryKey(const QString &profileId, SecretKind kind); // "<profileId>/<kind name>"

signals:
    void availabilityChanged(Profiles::SecretStore::Availability availability);

private:
    // Operations run one at a time, in call order: a secret spans several keychain entries and
    // qtkeychain jobs for the same key must not interleave. A step calls its finisher once.
    using Finisher = std::function<void(const SecretResult &)>;
    using Step = std::function<void(Finisher)>;
    void enqueue(const QString &operation, const QString &key, QObject *context, Callback done, Step step);
    void runNext();
    void noteKeychainUsable();
    void noteKeychainUnusable(const QString &reason);

    QString m_service;
    QList<std::function<void()>> m_queue;
    bool m_running = false;
    Availability m_availability = Availability::Unknown;
    QString m_unavailableReason;
    int m_maxEntryBytes = SecretChunking::WindowsEntryLimit;
    QHash<QString, QByteArray> m_sessionSecrets; // SessionOnly mode only
};

} // namespace Profiles
