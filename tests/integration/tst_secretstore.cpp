// SPDX-License-Identifier: GPL-3.0-or-later
// SecretStore against a real Secret Service: runs inside tests/support/with-keyring.sh (its own
// D-Bus session, gnome-keyring unlocked, throw-away HOME). Chunk entries are checked through raw
// qtkeychain jobs, the way another program would see them.
#include "profiles/secretstore.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>
#include <QTest>

#include <qt6keychain/keychain.h>

#include <memory>
#include <utility>
#include <optional>

using namespace Profiles;

namespace {

const QString Service = QStringLiteral("tokenscope-test");

QMutex g_logMutex;
QStringList g_logLines;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_logLines.append(QString::fromLatin1(context.category ? context.category : "") + u' ' + message);
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

QByteArray patternValue(int size, int seed)
{
    QByteArray value(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        value[i] = char((i * 89 + seed * 13 + 1) % 256);
    return value;
}

struct Outcome
{
    std::shared_ptr<std::optional<SecretResult>> result = std::make_shared<std::optional<SecretResult>>();
    SecretStore::Callback callback()
    {
        auto target = result;
        return [target](const SecretResult &r) {
            QVERIFY2(!target->has_value(), "callback ran twice");
            *target = r;
        };
    }
    bool done() const { return result->has_value(); }
    const SecretResult &value() const { return **result; }
};

// A raw qtkeychain read, independent of SecretStore: the error it reports.
QKeychain::Error rawReadError(const QString &service, const QString &key, QByteArray *data = nullptr)
{
    QKeychain::ReadPasswordJob job(service);
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(key);
    QSignalSpy finished(&job, &QKeychain::Job::finished);
    job.start();
    if (!finished.wait(20000))
        return QKeychain::OtherError;
    if (data)
        *data = job.binaryData();
    return job.error();
}

bool rawDelete(const QString &service, const QString &key)
{
    QKeychain::DeletePasswordJob job(service);
    job.setAutoDelete(false);
    job.setKey(key);
    QSignalSpy finished(&job, &QKeychain::Job::finished);
    job.start();
    return finished.wait(20000) && job.error() == QKeychain::NoError;
}

} // namespace

class TestSecretStore final : public QObject
{
    Q_OBJECT

    QList<QByteArray> m_values; // every secret value used, for the log check

    SecretResult run(const std::function<void(SecretStore::Callback)> &start)
    {
        Outcome outcome;
        start(outcome.callback());
        if (outcome.done()) {
            qWarning("callback ran inside the call");
            return {};
        }
        if (!QTest::qWaitFor([&] { return outcome.done(); }, 30000)) {
            qWarning("no callback within 30 s");
            return {};
        }
        return outcome.value();
    }
    SecretResult write(SecretStore &store, const QString &id, SecretKind kind, const QByteArray &value)
    {
        m_values.append(value);
        return run([&](SecretStore::Callback done) { store.write(id, kind, value, this, std::move(done)); });
    }
    SecretResult read(SecretStore &store, const QString &id, SecretKind kind)
    {
        return run([&](SecretStore::Callback done) { store.read(id, kind, this, std::move(done)); });
    }
    SecretResult remove(SecretStore &store, const QString &id, SecretKind kind)
    {
        return run([&](SecretStore::Callback done) { store.remove(id, kind, this, std::move(done)); });
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("TOKENSCOPE_IN_KEYRING_SESSION"),
                 "run this test through tests/support/with-keyring.sh (ctest does)");
        QLoggingCategory::setFilterRules(QStringLiteral("tokenscope.secrets=true"));
        g_previousHandler = qInstallMessageHandler(captureMessage);
    }

    void probeFindsKeychain()
    {
        SecretStore store(Service);
        QSignalSpy changed(&store, &SecretStore::availabilityChanged);
        store.probe();
        QCOMPARE(changed.count(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 30000);
        QCOMPARE(changed.first().first().value<SecretStore::Availability>(), SecretStore::Availability::Available);
        QCOMPARE(store.availability(), SecretStore::Availability::Available);
        QVERIFY(store.unavailableReason().isEmpty());
        // The probe cleans up after itself.
        QCOMPARE(rawReadError(Service, QStringLiteral("tokenscope-probe")), QKeychain::EntryNotFound);
    }

    void writeReadOverwriteRemove()
    {
        SecretStore store(Service);
        store.setMaxEntryBytes(64);
        const QString id = QStringLiteral("3f1c-profile-a");
        const QString key = SecretStore::entryKey(id, SecretKind::ClientSecret);
        QCOMPARE(key, QStringLiteral("3f1c-profile-a/client_secret"));

        QCOMPARE(read(store, id, SecretKind::ClientSecret).status, SecretResult::Status::NotFound);

        const QByteArray longValue = patternValue(500, 1); // 64-byte entries: 9 of them
        QVERIFY(write(store, id, SecretKind::ClientSecret, longValue).ok());
        QCOMPARE(store.availability(), SecretStore::Availability::Available);
        SecretResult got = read(store, id, SecretKind::ClientSecret);
        QVERIFY2(got.ok(), qPrintable(got.error));
        QCOMPARE(got.value, longValue);
        QByteArray first;
        QCOMPARE(rawReadError(Service, key, &first), QKeychain::NoError);
        const int longCount = SecretChunking::chunkCount(first);
        QCOMPARE(longCount, SecretChunking::split(longValue, 64).size());
        QVERIFY(longCount > 3);
        QByteArray last;
        QCOMPARE(rawReadError(Service, key + u'#' + QString::number(longCount - 1), &last), QKeychain::NoError);
        QVERIFY(last.size() <= 64);

        // Shorter: two entries; the stale parts of the longer value are deleted.
        const QByteArray shorterValue = patternValue(100, 2);
        QVERIFY(write(store, id, SecretKind::ClientSecret, shorterValue).ok());
        got = read(store, id, SecretKind::ClientSecret);
        QVERIFY2(got.ok(), qPrintable(got.error));
        QCOMPARE(got.value, shorterValue);
        QCOMPARE(rawReadError(Service, key + QLatin1String("#1")), QKeychain::NoError);
        for (int i = 2; i < longCount; ++i)
            QCOMPARE(rawReadError(Service, key + u'#' + QString::number(i)), QKeychain::EntryNotFound);

        // One entry: no parts left at all.
        QVERIFY(write(store, id, SecretKind::ClientSecret, QByteArrayLiteral("tiny-secret-1")).ok());
        QCOMPARE(read(store, id, SecretKind::ClientSecret).value, QByteArrayLiteral("tiny-secret-1"));
        QCOMPARE(rawReadError(Service, key + QLatin1String("#1")), QKeychain::EntryNotFound);

        // Empty and binary values round-trip.
        QVERIFY(write(store, id, SecretKind::ClientSecret, QByteArray()).ok());
        got = read(store, id, SecretKind::ClientSecret);
        QVERIFY(got.ok());
        QVERIFY(got.value.isEmpty());

        QVERIFY(remove(store, id, SecretKind::ClientSecret).ok());
        QCOMPARE(read(store, id, SecretKind::ClientSecret).status, SecretResult::Status::NotFound);
        QCOMPARE(rawReadError(Service, key), QKeychain::EntryNotFound);
        QVERIFY(remove(store, id, SecretKind::ClientSecret).ok()); // missing: still Ok
    }

    void removeDeletesEveryPart()
    {
        SecretStore store(Service);
        store.setMaxEntryBytes(64);
        const QString id = QStringLiteral("profile-remove");
        const QString key = SecretStore::entryKey(id, SecretKind::PrivateKey);
        const QByteArray value = patternValue(300, 3);
        QVERIFY(write(store, id, SecretKind::PrivateKey, value).ok());
        const int count = int(SecretChunking::split(value, 64).size());
        QVERIFY(remove(store, id, SecretKind::PrivateKey).ok());
        for (int i = 0; i < count; ++i)
            QCOMPARE(rawReadError(Service, i == 0 ? key : key + u'#' + QString::number(i)), QKeychain::EntryNotFound);
    }

    void missingPartFails()
    {
        SecretStore store(Service);
        store.setMaxEntryBytes(64);
        const QString id = QStringLiteral("profile-damaged");
        const QString key = SecretStore::entryKey(id, SecretKind::TlsClientKey);
        QVERIFY(write(store, id, SecretKind::TlsClientKey, patternValue(300, 4)).ok());
        QVERIFY(rawDelete(Service, key + QLatin1String("#2")));
        const SecretResult got = read(store, id, SecretKind::TlsClientKey);
        QCOMPARE(got.status, SecretResult::Status::Failed);
        QVERIFY(got.value.isEmpty());
        QVERIFY2(got.error.contains(QLatin1String("missing")), qPrintable(got.error));
        QVERIFY(remove(store, id, SecretKind::TlsClientKey).ok());
        QCOMPARE(rawReadError(Service, key + QLatin1String("#3")), QKeychain::EntryNotFound);
    }

    void largeValues()
    {
        // A 10 kB PEM-sized value over the Windows limit, and 2 kB over many tiny entries (each
        // entry costs gnome-keyring a write of its file: kept moderate).
        for (const auto &[limit, size] : {std::pair{SecretChunking::WindowsEntryLimit, 10 * 1024}, std::pair{64, 2048}}) {
            const QByteArray value = patternValue(size, 5);
            QVERIFY(SecretChunking::split(value, limit).size() >= 5);
            SecretStore store(Service);
            store.setMaxEntryBytes(limit);
            const QString id = QStringLiteral("profile-large-%1").arg(limit);
            QVERIFY(write(store, id, SecretKind::PrivateKey, value).ok());
            const SecretResult got = read(store, id, SecretKind::PrivateKey);
            QVERIFY2(got.ok(), qPrintable(got.error));
            QCOMPARE(got.value, value);
            QVERIFY(remove(store, id, SecretKind::PrivateKey).ok());
        }
    }

    void removeAllKinds()
    {
        SecretStore store(Service);
        store.setMaxEntryBytes(64);
        const QString id = QStringLiteral("profile-all");
        const QString other = QStringLiteral("profile-all-other");
        QVERIFY(write(store, id, SecretKind::ClientSecret, QByteArrayLiteral("client-secret-all")).ok());
        QVERIFY(write(store, id, SecretKind::RefreshToken, patternValue(200, 6)).ok());
        QVERIFY(write(store, other, SecretKind::ClientSecret, QByteArrayLiteral("client-secret-other")).ok());

        const SecretResult removed = run([&](SecretStore::Callback done) { store.removeAll(id, this, std::move(done)); });
        QVERIFY2(removed.ok(), qPrintable(removed.error));
        QCOMPARE(read(store, id, SecretKind::ClientSecret).status, SecretResult::Status::NotFound);
        QCOMPARE(read(store, id, SecretKind::RefreshToken).status, SecretResult::Status::NotFound);
        QCOMPARE(rawReadError(Service, SecretStore::entryKey(id, SecretKind::RefreshToken) + QLatin1String("#1")),
                 QKeychain::EntryNotFound);
        QCOMPARE(read(store, other, SecretKind::ClientSecret).value, QByteArrayLiteral("client-secret-other"));
        QVERIFY(remove(store, other, SecretKind::ClientSecret).ok());
    }

    void queuedOperationsApplyInOrder()
    {
        SecretStore store(Service);
        store.setMaxEntryBytes(64);
        const QString id = QStringLiteral("profile-order");
        const QByteArray a = patternValue(400, 7), b = patternValue(90, 8);
        m_values << a << b;
        Outcome w1, w2, r, rm, r2;
        store.write(id, SecretKind::ApiToken, a, this, w1.callback());
        store.write(id, SecretKind::ApiToken, b, this, w2.callback());
        store.read(id, SecretKind::ApiToken, this, r.callback());
        store.remove(id, SecretKind::ApiToken, this, rm.callback());
        store.read(id, SecretKind::ApiToken, this, r2.callback());
        QVERIFY(!w1.done());
        QTRY_VERIFY_WITH_TIMEOUT(r2.done(), 60000);
        QVERIFY(w1.value().ok());
        QVERIFY(w2.value().ok());
        QCOMPARE(r.value().value, b);
        QVERIFY(rm.value().ok());
        QCOMPARE(r2.value().status, SecretResult::Status::NotFound);
        QCOMPARE(rawReadError(Service, SecretStore::entryKey(id, SecretKind::ApiToken) + QLatin1String("#1")),
                 QKeychain::EntryNotFound);
    }

    void servicesAreSeparate()
    {
        SecretStore first(Service + QLatin1String("-one"));
        SecretStore second(Service + QLatin1String("-two"));
        const QString id = QStringLiteral("shared-profile-id");
        QVERIFY(write(first, id, SecretKind::ClientSecret, QByteArrayLiteral("value-of-service-one")).ok());
        QCOMPARE(read(second, id, SecretKind::ClientSecret).status, SecretResult::Status::NotFound);
        QVERIFY(write(second, id, SecretKind::ClientSecret, QByteArrayLiteral("value-of-service-two")).ok());
        QCOMPARE(read(first, id, SecretKind::ClientSecret).value, QByteArrayLiteral("value-of-service-one"));
        QVERIFY(remove(second, id, SecretKind::ClientSecret).ok());
        QCOMPARE(read(first, id, SecretKind::ClientSecret).value, QByteArrayLiteral("value-of-service-one"));
        QVERIFY(remove(first, id, SecretKind::ClientSecret).ok());
    }

    void deadContextGetsNoCallback()
    {
        SecretStore store(Service);
        bool called = false;
        auto context = std::make_unique<QObject>();
        store.read(QStringLiteral("profile-context"), SecretKind::ApiToken, context.get(),
                   [&called](const SecretResult &) { called = true; });
        context.reset();
        QCOMPARE(read(store, QStringLiteral("profile-context"), SecretKind::ApiToken).status,
                 SecretResult::Status::NotFound);
        QVERIFY(!called);
    }

    // Runs last: every log line of the tests above, none holding a value.
    void logNeverHoldsValues()
    {
        qInstallMessageHandler(g_previousHandler);
        QMutexLocker lock(&g_logMutex);
        const QStringList secretLines = g_logLines.filter(QLatin1String("tokenscope.secrets"));
        QVERIFY2(secretLines.size() > 10, "the store logged its operations");
        QVERIFY(secretLines.filter(QLatin1String("write")).size() > 0);
        const QString all = g_logLines.join(u'\n');
        const QByteArray allBytes = all.toUtf8();
        for (const QByteArray &value : std::as_const(m_values)) {
            if (value.size() < 8)
                continue;
            // The value itself, any 16-byte piece of it, its base64 and hex forms.
            QVERIFY(!allBytes.contains(value));
            QVERIFY(!allBytes.contains(value.left(16)));
            QVERIFY(!all.contains(QString::fromLatin1(value.toBase64().left(16))));
            QVERIFY(!all.contains(QString::fromLatin1(value.toHex().left(16))));
            QVERIFY(!all.contains(QString::fromLatin1(value.left(16))));
        }
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
