// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretstore.h"

#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QMetaObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QtEndian>

#include <qt6keychain/keychain.h>

#include <algorithm>
#include <iterator>
#include <limits>
#include <memory>

Q_LOGGING_CATEGORY(lcSecrets, "tokenscope.secrets", QtWarningMsg)

namespace Profiles {

QString secretKindName(SecretKind kind)
{
    switch (kind) {
    case SecretKind::ClientSecret:
        return QStringLiteral("client_secret");
    case SecretKind::PrivateKey:
        return QStringLiteral("private_key");
    case SecretKind::TlsClientKey:
        return QStringLiteral("tls_client_key");
    case SecretKind::ApiToken:
        return QStringLiteral("api_token");
    case SecretKind::RefreshToken:
        return QStringLiteral("refresh_token");
    }
    return QStringLiteral("unknown");
}

QString secretKindDisplayName(SecretKind kind)
{
    switch (kind) {
    case SecretKind::ClientSecret:
        return SecretStore::tr("client secret");
    case SecretKind::PrivateKey:
        return SecretStore::tr("private key");
    case SecretKind::TlsClientKey:
        return SecretStore::tr("TLS client key");
    case SecretKind::ApiToken:
        return SecretStore::tr("API token");
    case SecretKind::RefreshToken:
        return SecretStore::tr("refresh token");
    }
    return SecretStore::tr("secret");
}

// The entry format. Integers are 32-bit big-endian.
//
//   one entry:     0x01 | value                                   (value.size() + 1 <= max)
//   first of n:    0x02 | n | first 4 bytes of SHA-256(value) | piece 0
//   entry i >= 1:  0x03 | i | piece i
//
// The marker tells the two first-entry shapes apart, so a value that fits is never mistaken for
// a chunk header whatever its bytes. Continuation entries name their own index (a reordered or
// misplaced entry is refused) and the digest in the first entry catches pieces left over from
// an earlier value of the same length, e.g. after an interrupted write.
namespace SecretChunking {

namespace {
constexpr char SingleMarker = 0x01;
constexpr char FirstMarker = 0x02;
constexpr char ContinuationMarker = 0x03;
constexpr int DigestBytes = 4;
constexpr int FirstHeaderBytes = 1 + 4 + DigestBytes;
constexpr int ContinuationHeaderBytes = 1 + 4;
constexpr int MinimumEntryBytes = 16;

void appendUInt32(QByteArray &out, quint32 number)
{
    char bytes[4];
    qToBigEndian(number, bytes);
    out.append(bytes, 4);
}

quint32 readUInt32(const QByteArray &in, int offset)
{
    return qFromBigEndian<quint32>(in.constData() + offset);
}

QByteArray digest(const QByteArray &value)
{
    return QCryptographicHash::hash(value, QCryptographicHash::Sha256).left(DigestBytes);
}
} // namespace

QList<QByteArray> split(const QByteArray &value, int maxEntryBytes)
{
    const int max = std::max(maxEntryBytes, MinimumEntryBytes);
    if (value.size() + 1 <= max) {
        QByteArray entry;
        entry.reserve(value.size() + 1);
        entry.append(SingleMarker);
        entry.append(value);
        return {entry};
    }

    const qsizetype firstPiece = max - FirstHeaderBytes;
    const qsizetype piece = max - ContinuationHeaderBytes;
    const qsizetype rest = value.size() - firstPiece; // > 0: the value did not fit in one entry
    const qsizetype count = 1 + (rest + piece - 1) / piece;

    QList<QByteArray> entries;
    entries.reserve(count);
    QByteArray first;
    first.append(FirstMarker);
    appendUInt32(first, quint32(count));
    first.append(digest(value));
    first.append(value.left(firstPiece));
    entries.append(first);
    for (qsizetype offset = firstPiece, index = 1; offset < value.size(); offset += piece, ++index) {
        QByteArray entry;
        entry.append(ContinuationMarker);
        appendUInt32(entry, quint32(index));
        entry.append(value.mid(offset, piece));
        entries.append(entry);
    }
    return entries;
}

int chunkCount(const QByteArray &firstEntry)
{
    if (firstEntry.isEmpty())
        return -1;
    if (firstEntry.at(0) == SingleMarker)
        return 1;
    if (firstEntry.at(0) != FirstMarker || firstEntry.size() < FirstHeaderBytes)
        return -1;
    const quint32 count = readUInt32(firstEntry, 1);
    if (count < 2 || count > quint32(std::numeric_limits<int>::max()))
        return -1;
    return int(count);
}

bool join(const QList<QByteArray> &entries, QByteArray *value)
{
    if (entries.isEmpty())
        return false;
    const int count = chunkCount(entries.first());
    if (count < 1 || count != entries.size())
        return false;
    if (count == 1) {
        if (value)
            *value = entries.first().mid(1);
        return true;
    }

    QByteArray joined = entries.first().mid(FirstHeaderBytes);
    for (int index = 1; index < count; ++index) {
        const QByteArray &entry = entries.at(index);
        if (entry.size() <= ContinuationHeaderBytes || entry.at(0) != ContinuationMarker
            || readUInt32(entry, 1) != quint32(index))
            return false;
        joined.append(entry.constData() + ContinuationHeaderBytes, entry.size() - ContinuationHeaderBytes);
    }
    if (digest(joined) != entries.first().mid(1 + 4, DigestBytes))
        return false;
    if (value)
        *value = joined;
    return true;
}

} // namespace SecretChunking

namespace {

constexpr auto ProbeKey = "tokenscope-probe";

QString chunkKey(const QString &key, int index)
{
    return index == 0 ? key : key + u'#' + QString::number(index);
}

// One qtkeychain job's answer.
struct KeychainAnswer
{
    QKeychain::Error error = QKeychain::NoError;
    QString detail;
    QByteArray data;
};
using AnswerHandler = std::function<void(const KeychainAnswer &)>;

// Where the jobs go: the service name, and the object whose lifetime bounds the handlers.
struct Keychain
{
    QPointer<QObject> receiver;
    QString service;
};

void startJob(const Keychain &keychain, QKeychain::Job *job, const QString &key, AnswerHandler handler)
{
    job->setKey(key);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plaintext file
    QObject::connect(job, &QKeychain::Job::finished, keychain.receiver.data(),
                     [handler = std::move(handler)](QKeychain::Job *finished) {
                         KeychainAnswer answer{finished->error(), finished->errorString(), {}};
                         if (const auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                             answer.data = read->binaryData();
                         handler(answer);
                     });
    job->start();
}

void readEntry(const Keychain &keychain, const QString &key, AnswerHandler handler)
{
    startJob(keychain, new QKeychain::ReadPasswordJob(keychain.service), key, std::move(handler));
}

void writeEntry(const Keychain &keychain, const QString &key, const QByteArray &data, AnswerHandler handler)
{
    auto *job = new QKeychain::WritePasswordJob(keychain.service);
    job->setBinaryData(data);
    startJob(keychain, job, key, std::move(handler));
}

void deleteEntry(const Keychain &keychain, const QString &key, AnswerHandler handler)
{
    startJob(keychain, new QKeychain::DeletePasswordJob(keychain.service), key, std::move(handler));
}

SecretResult okResult(const QByteArray &value = {})
{
    SecretResult result;
    result.status = SecretResult::Status::Ok;
    result.value = value;
    return result;
}

SecretResult failedResult(const QString &message)
{
    SecretResult result;
    result.status = SecretResult::Status::Failed;
    result.error = message;
    return result;
}

QString sessionChoiceHint()
{
    return SecretStore::tr("or, in the window, choose \u201cKeep in memory for this session only\u201d.");
}

// Maps a qtkeychain error. On Linux (libsecret) a missing or unreachable Secret Service, a D-Bus
// failure and a refused prompt all arrive as OtherError: every answer but "not found" and
// "could not delete" means the keychain is not usable right now.
SecretResult keychainFailure(const KeychainAnswer &answer)
{
    SecretResult result;
    switch (answer.error) {
    case QKeychain::NoError:
        result.status = SecretResult::Status::Ok;
        return result;
    case QKeychain::EntryNotFound:
        result.status = SecretResult::Status::NotFound;
        return result;
    case QKeychain::CouldNotDeleteEntry:
        return failedResult(SecretStore::tr("The keychain could not delete the secret (%1). Try again, or delete "
                                            "the entry with your keychain's own tool.")
                                .arg(answer.detail));
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        result.status = SecretResult::Status::Unavailable;
        result.error = SecretStore::tr("The system keychain refused access (%1). Unlock it and allow Tokenscope "
                                       "to use it, %2")
                           .arg(answer.detail, sessionChoiceHint());
        return result;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        break;
    }
    result.status = SecretResult::Status::Unavailable;
#if defined(Q_OS_MACOS) || defined(Q_OS_WIN)
    result.error = SecretStore::tr("The system keychain is not usable (%1). Check that you are logged in and "
                                   "the keychain is unlocked, %2")
                       .arg(answer.detail, sessionChoiceHint());
#else
    result.error = SecretStore::tr("No usable system keychain (%1). Start or unlock a Secret Service such as "
                                   "GNOME Keyring or KWallet and try again, %2")
                       .arg(answer.detail, sessionChoiceHint());
#endif
    return result;
}

// Deletes "<key>#from" .. "<key>#(to - 1)"; a missing one is fine.
void deleteChunks(const Keychain &keychain, const QString &key, int from, int to, SecretStore::Callback done)
{
    if (from >= to) {
        done(okResult());
        return;
    }
    deleteEntry(keychain, chunkKey(key, from), [=](const KeychainAnswer &answer) {
        if (answer.error != QKeychain::NoError && answer.error != QKeychain::EntryNotFound) {
            done(keychainFailure(answer));
            return;
        }
        deleteChunks(keychain, key, from + 1, to, done);
    });
}

void readChunks(const Keychain &keychain, const QString &key, const QString &what,
                std::shared_ptr<QList<QByteArray>> entries, int count, SecretStore::Callback done)
{
    if (entries->size() == count) {
        QByteArray value;
        if (!SecretChunking::join(*entries, &value)) {
            done(failedResult(SecretStore::tr("The stored %1 is damaged: its parts in the keychain do not fit "
                                              "together. Enter it again to replace it.")
                                  .arg(what)));
            return;
        }
        done(okResult(value));
        return;
    }
    const int index = int(entries->size());
    readEntry(keychain, chunkKey(key, index), [=](const KeychainAnswer &answer) {
        if (answer.error == QKeychain::EntryNotFound) {
            done(failedResult(SecretStore::tr("Part %1 of %2 of the stored %3 is missing from the keychain. "
                                              "Enter it again to replace it.")
                                  .arg(index + 1)
                                  .arg(count)
                                  .arg(what)));
            return;
        }
        if (answer.error != QKeychain::NoError) {
            done(keychainFailure(answer));
            return;
        }
        entries->append(answer.data);
        readChunks(keychain, key, what, entries, count, done);
    });
}

// Writes entries 1..n-1, then entry 0 (so the new count lands last), then deletes the chunks an
// earlier, longer value left behind (oldCount read from the old first entry).
void writeChunks(const Keychain &keychain, const QString &key, const QList<QByteArray> &entries, int index,
                 int oldCount, SecretStore::Callback done)
{
    if (index == entries.size()) {
        writeEntry(keychain, key, entries.first(), [=](const KeychainAnswer &answer) {
            if (answer.error != QKeychain::NoError) {
                done(keychainFailure(answer));
                return;
            }
            deleteChunks(keychain, key, int(entries.size()), oldCount, [=](const SecretResult &cleanup) {
                if (!cleanup.ok())
                    qCWarning(lcSecrets).noquote() << "write" << key << "stored, but stale parts remain:" << cleanup.error;
                done(okResult());
            });
        });
        return;
    }
    writeEntry(keychain, chunkKey(key, index), entries.at(index), [=](const KeychainAnswer &answer) {
        if (answer.error != QKeychain::NoError) {
            done(keychainFailure(answer));
            return;
        }
        writeChunks(keychain, key, entries, index + 1, oldCount, done);
    });
}

// Deletes the first entry (the secret is gone from then on), then its further parts.
void removeSecret(const Keychain &keychain, const QString &key, SecretStore::Callback done)
{
    readEntry(keychain, key, [=](const KeychainAnswer &first) {
        if (first.error == QKeychain::EntryNotFound) {
            done(okResult());
            return;
        }
        if (first.error != QKeychain::NoError) {
            done(keychainFailure(first));
            return;
        }
        const int count = std::max(1, SecretChunking::chunkCount(first.data));
        deleteEntry(keychain, key, [=](const KeychainAnswer &answer) {
            if (answer.error != QKeychain::NoError && answer.error != QKeychain::EntryNotFound) {
                done(keychainFailure(answer));
                return;
            }
            deleteChunks(keychain, key, 1, count, done);
        });
    });
}

void removeKinds(const Keychain &keychain, const QString &profileId, int kindIndex, SecretStore::Callback done)
{
    static constexpr SecretKind kinds[] = {SecretKind::ClientSecret, SecretKind::PrivateKey, SecretKind::TlsClientKey,
                                           SecretKind::ApiToken, SecretKind::RefreshToken};
    if (kindIndex == int(std::size(kinds))) {
        done(okResult());
        return;
    }
    removeSecret(keychain, SecretStore::entryKey(profileId, kinds[kindIndex]), [=](const SecretResult &result) {
        if (!result.ok()) {
            done(result);
            return;
        }
        removeKinds(keychain, profileId, kindIndex + 1, done);
    });
}

const char *statusName(SecretResult::Status status)
{
    switch (status) {
    case SecretResult::Status::Ok:
        return "ok";
    case SecretResult::Status::NotFound:
        return "not found";
    case SecretResult::Status::Unavailable:
        return "keychain unavailable";
    case SecretResult::Status::Failed:
        return "failed";
    }
    return "?";
}

} // namespace

SecretStore::SecretStore(const QString &service, QObject *parent) : QObject(parent), m_service(service) {}

// Pending operations are dropped with the store: their handlers are bound to it.
SecretStore::~SecretStore() = default;

QString SecretStore::entryKey(const QString &profileId, SecretKind kind)
{
    return profileId + u'/' + secretKindName(kind);
}

void SecretStore::enqueue(const QString &operation, const QString &key, QObject *context, Callback done, Step step)
{
    const bool hasContext = context != nullptr;
    QPointer<QObject> guard(context);
    m_queue.append([this, operation, key, hasContext, guard, done = std::move(done), step = std::move(step)]() {
        step([=, this](const SecretResult &result) {
            // Log line: what, which entry, how it went; never the value.
            qCInfo(lcSecrets).noquote() << operation << key << "->" << statusName(result.status)
                                        << (result.error.isEmpty() ? QString() : result.error);
            if (result.status == SecretResult::Status::Unavailable)
                noteKeychainUnusable(result.error);
            else if (result.status == SecretResult::Status::Ok || result.status == SecretResult::Status::NotFound)
                noteKeychainUsable();
            m_running = false;
            QMetaObject::invokeMethod(this, &SecretStore::runNext, Qt::QueuedConnection);
            if (done && (!hasContext || guard))
                done(result);
        });
    });
    // Never inside the call: the queue runs from the event loop.
    QMetaObject::invokeMethod(this, &SecretStore::runNext, Qt::QueuedConnection);
}

void SecretStore::runNext()
{
    if (m_running || m_queue.isEmpty())
        return;
    m_running = true;
    const auto task = m_queue.takeFirst();
    task();
}

void SecretStore::noteKeychainUsable()
{
    if (m_availability == Availability::SessionOnly || m_availability == Availability::Available)
        return;
    m_availability = Availability::Available;
    m_unavailableReason.clear();
    emit availabilityChanged(m_availability);
}

void SecretStore::noteKeychainUnusable(const QString &reason)
{
    if (m_availability == Availability::SessionOnly)
        return;
    m_unavailableReason = reason;
    if (m_availability == Availability::Unavailable)
        return;
    m_availability = Availability::Unavailable;
    emit availabilityChanged(m_availability);
}

void SecretStore::probe()
{
    const Keychain keychain{this, m_service};
    const QString key = QString::fromLatin1(ProbeKey);
    auto before = std::make_shared<Availability>(m_availability);
    enqueue(QStringLiteral("probe"), key, this,
            [this, before](const SecretResult &) {
                // Exactly one availabilityChanged per probe, also when nothing changed.
                if (m_availability == *before)
                    emit availabilityChanged(m_availability);
            },
            [this, keychain, key, before](Finisher finish) {
                *before = m_availability;
                if (isSessionOnly()) {
                    finish(okResult());
                    return;
                }
                QByteArray token(16, Qt::Uninitialized);
                QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(token.data()), 4);
                writeEntry(keychain, key, token, [=](const KeychainAnswer &written) {
                    if (written.error != QKeychain::NoError) {
                        finish(keychainFailure(written));
                        return;
                    }
                    readEntry(keychain, key, [=](const KeychainAnswer &read) {
                        if (read.error != QKeychain::NoError) {
                            // Written but not found again is as unusable as not written.
                            SecretResult result = keychainFailure(read);
                            if (result.status != SecretResult::Status::Unavailable) {
                                result.status = SecretResult::Status::Unavailable;
                                result.error = keychainFailure({QKeychain::OtherError, read.detail, {}}).error;
                            }
                            finish(result);
                            return;
                        }
                        const bool same = read.data == token;
                        deleteEntry(keychain, key, [=](const KeychainAnswer &deleted) {
                            if (!same) {
                                finish(keychainFailure({QKeychain::OtherError,
                                                        tr("it returned different data than was stored"), {}}));
                                return;
                            }
                            finish(deleted.error == QKeychain::NoError ? okResult() : keychainFailure(deleted));
                        });
                    });
                });
            });
}

void SecretStore::useSessionMemory()
{
    if (m_availability == Availability::SessionOnly)
        return;
    qCInfo(lcSecrets) << "session memory chosen: secrets stay in this process only";
    m_availability = Availability::SessionOnly;
    m_unavailableReason.clear();
    emit availabilityChanged(m_availability);
}

void SecretStore::write(const QString &profileId, SecretKind kind, const QByteArray &value, QObject *context,
                        Callback done)
{
    const QString key = entryKey(profileId, kind);
    const Keychain keychain{this, m_service};
    const bool memory = isSessionOnly();
    const int maxEntryBytes = m_maxEntryBytes;
    enqueue(QStringLiteral("write"), key, context, std::move(done), [=, this](Finisher finish) {
        if (memory) {
            m_sessionSecrets.insert(key, value);
            finish(okResult());
            return;
        }
        const QList<QByteArray> entries = SecretChunking::split(value, maxEntryBytes);
        // The old first entry says how many parts an earlier value has: those beyond the new
        // count are deleted after the write.
        readEntry(keychain, key, [=](const KeychainAnswer &old) {
            int oldCount = 0;
            if (old.error == QKeychain::NoError)
                oldCount = std::max(0, SecretChunking::chunkCount(old.data));
            else if (old.error != QKeychain::EntryNotFound) {
                finish(keychainFailure(old));
                return;
            }
            writeChunks(keychain, key, entries, 1, oldCount, finish);
        });
    });
}

void SecretStore::read(const QString &profileId, SecretKind kind, QObject *context, Callback done)
{
    const QString key = entryKey(profileId, kind);
    const Keychain keychain{this, m_service};
    const bool memory = isSessionOnly();
    const QString what = secretKindDisplayName(kind);
    enqueue(QStringLiteral("read"), key, context, std::move(done), [=, this](Finisher finish) {
        if (memory) {
            const auto found = m_sessionSecrets.constFind(key);
            if (found == m_sessionSecrets.constEnd()) {
                SecretResult result;
                result.status = SecretResult::Status::NotFound;
                finish(result);
            } else {
                finish(okResult(found.value()));
            }
            return;
        }
        readEntry(keychain, key, [=](const KeychainAnswer &first) {
            if (first.error != QKeychain::NoError) {
                finish(keychainFailure(first));
                return;
            }
            const int count = SecretChunking::chunkCount(first.data);
            if (count < 1) {
                finish(failedResult(tr("The keychain entry for the %1 is not in Tokenscope's format. Enter the %1 "
                                       "again to replace it.")
                                        .arg(what)));
                return;
            }
            readChunks(keychain, key, what, std::make_shared<QList<QByteArray>>(QList<QByteArray>{first.data}), count,
                       finish);
        });
    });
}

void SecretStore::remove(const QString &profileId, SecretKind kind, QObject *context, Callback done)
{
    const QString key = entryKey(profileId, kind);
    const Keychain keychain{this, m_service};
    const bool memory = isSessionOnly();
    enqueue(QStringLiteral("remove"), key, context, std::move(done), [=, this](Finisher finish) {
        if (memory) {
            m_sessionSecrets.remove(key);
            finish(okResult());
            return;
        }
        removeSecret(keychain, key, finish);
    });
}

void SecretStore::removeAll(const QString &profileId, QObject *context, Callback done)
{
    const Keychain keychain{this, m_service};
    const bool memory = isSessionOnly();
    enqueue(QStringLiteral("remove all"), profileId + QLatin1String("/*"), context, std::move(done),
            [=, this](Finisher finish) {
                if (memory) {
                    const QString prefix = profileId + u'/';
                    m_sessionSecrets.removeIf([&](const auto &entry) { return entry.key().startsWith(prefix); });
                    finish(okResult());
                    return;
                }
                removeKinds(keychain, profileId, 0, finish);
            });
}

} // namespace Profiles
