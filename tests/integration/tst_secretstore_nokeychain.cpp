// SPDX-License-Identifier: GPL-3.0-or-later
// SecretStore without a keychain: the session bus address points at nothing (set by CTest and
// again in main), HOME and XDG_* point at a temporary directory. The store must say it is
// unavailable, refuse to store, write nothing anywhere, and work from memory once the user
// chooses the session-only mode.
#include "profiles/secretstore.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Profiles;

namespace {

QTemporaryDir *g_home = nullptr;

const char SecretBytes[] = "nokeychain-secret-\x01\x00-value-8c1f2e";
const QByteArray SecretValue(SecretBytes, sizeof SecretBytes - 1);

// Waits for one callback and returns its result.
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

QStringList filesContaining(const QString &root, const QList<QByteArray> &needles)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = file.readAll();
        for (const QByteArray &needle : needles) {
            if (content.contains(needle))
                hits.append(path);
        }
    }
    return hits;
}

} // namespace

class TestSecretStoreNoKeychain final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(g_home && g_home->isValid());
        QVERIFY(qgetenv("DBUS_SESSION_BUS_ADDRESS").contains("nonexistent"));
    }

    void unavailableAndRefuses()
    {
        SecretStore store(QStringLiteral("tokenscope-test-nokeychain"));
        QCOMPARE(store.availability(), SecretStore::Availability::Unknown);
        QSignalSpy changed(&store, &SecretStore::availabilityChanged);

        store.probe();
        QCOMPARE(changed.count(), 0); // later, not inside the call
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 30000);
        QCOMPARE(changed.first().first().value<SecretStore::Availability>(), SecretStore::Availability::Unavailable);
        QCOMPARE(store.availability(), SecretStore::Availability::Unavailable);
        const QString reason = store.unavailableReason();
        QVERIFY(!reason.isEmpty());
        QVERIFY2(reason.contains(QLatin1String("Secret Service")), qPrintable(reason));
        QVERIFY2(reason.contains(QLatin1String("session only")), qPrintable(reason));

        Outcome written;
        store.write(QStringLiteral("profile-1"), SecretKind::ClientSecret, SecretValue, this, written.callback());
        QVERIFY(!written.done());
        QTRY_VERIFY_WITH_TIMEOUT(written.done(), 30000);
        QCOMPARE(written.value().status, SecretResult::Status::Unavailable);
        QVERIFY(!written.value().error.isEmpty());
        QCOMPARE(store.availability(), SecretStore::Availability::Unavailable);

        Outcome read;
        store.read(QStringLiteral("profile-1"), SecretKind::ClientSecret, this, read.callback());
        QTRY_VERIFY_WITH_TIMEOUT(read.done(), 30000);
        QCOMPARE(read.value().status, SecretResult::Status::Unavailable);
        QVERIFY(read.value().value.isEmpty());

        // Nothing on disk: neither the value nor its base64 form (qtkeychain's plaintext fallback
        // would write the latter).
        const QStringList hits = filesContaining(g_home->path(), {SecretValue, SecretValue.toBase64()});
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u',')));
    }

    void sessionMemory()
    {
        SecretStore store(QStringLiteral("tokenscope-test-nokeychain"));
        QSignalSpy changed(&store, &SecretStore::availabilityChanged);
        store.useSessionMemory();
        QCOMPARE(store.availability(), SecretStore::Availability::SessionOnly);
        QVERIFY(store.isSessionOnly());
        QCOMPARE(changed.count(), 1);
        QVERIFY(store.unavailableReason().isEmpty());

        // Several operations queue up and apply in order; answers from memory come later too.
        Outcome first, second, read;
        store.write(QStringLiteral("p"), SecretKind::PrivateKey, QByteArrayLiteral("old"), this, first.callback());
        store.write(QStringLiteral("p"), SecretKind::PrivateKey, SecretValue, this, second.callback());
        store.read(QStringLiteral("p"), SecretKind::PrivateKey, this, read.callback());
        QVERIFY(!first.done());
        QVERIFY(!read.done());
        QTRY_VERIFY(read.done());
        QVERIFY(first.value().ok());
        QVERIFY(second.value().ok());
        QVERIFY(read.value().ok());
        QCOMPARE(read.value().value, SecretValue);

        // A dead context gets no callback.
        bool called = false;
        auto context = std::make_unique<QObject>();
        store.read(QStringLiteral("p"), SecretKind::PrivateKey, context.get(), [&called](const SecretResult &) { called = true; });
        context.reset();
        Outcome removed, missing, otherKind;
        store.write(QStringLiteral("p"), SecretKind::ApiToken, QByteArrayLiteral("token"), this, Outcome().callback());
        store.remove(QStringLiteral("p"), SecretKind::PrivateKey, this, removed.callback());
        store.read(QStringLiteral("p"), SecretKind::PrivateKey, this, missing.callback());
        store.read(QStringLiteral("p"), SecretKind::ApiToken, this, otherKind.callback());
        QTRY_VERIFY(otherKind.done());
        QVERIFY(!called);
        QVERIFY(removed.value().ok());
        QCOMPARE(missing.value().status, SecretResult::Status::NotFound);
        QCOMPARE(otherKind.value().value, QByteArrayLiteral("token"));

        Outcome removeMissing;
        store.remove(QStringLiteral("p"), SecretKind::PrivateKey, this, removeMissing.callback());
        QTRY_VERIFY(removeMissing.done());
        QVERIFY(removeMissing.value().ok());

        Outcome all, afterAll, otherProfile;
        store.write(QStringLiteral("q"), SecretKind::ApiToken, QByteArrayLiteral("q-token"), this, Outcome().callback());
        store.removeAll(QStringLiteral("p"), this, all.callback());
        store.read(QStringLiteral("p"), SecretKind::ApiToken, this, afterAll.callback());
        store.read(QStringLiteral("q"), SecretKind::ApiToken, this, otherProfile.callback());
        QTRY_VERIFY(otherProfile.done());
        QVERIFY(all.value().ok());
        QCOMPARE(afterAll.value().status, SecretResult::Status::NotFound);
        QCOMPARE(otherProfile.value().value, QByteArrayLiteral("q-token"));

        // A probe keeps the user's choice.
        changed.clear();
        store.probe();
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(store.availability(), SecretStore::Availability::SessionOnly);

        const QStringList hits = filesContaining(g_home->path(), {SecretValue, SecretValue.toBase64()});
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u',')));
    }
};

int main(int argc, char *argv[])
{
    // Before anything asks QStandardPaths: a throw-away home, and no session bus.
    QTemporaryDir home;
    g_home = &home;
    const QByteArray root = home.path().toLocal8Bit();
    qputenv("HOME", root);
    qputenv("XDG_DATA_HOME", root + "/data");
    qputenv("XDG_CONFIG_HOME", root + "/config");
    qputenv("XDG_CACHE_HOME", root + "/cache");
    qputenv("XDG_STATE_HOME", root + "/state");
    qputenv("XDG_RUNTIME_DIR", root + "/run");
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/tokenscope-no-bus");
    QCoreApplication app(argc, argv);
    TestSecretStoreNoKeychain test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretstore_nokeychain.moc"
