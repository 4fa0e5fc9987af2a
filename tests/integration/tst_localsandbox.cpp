// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox as the GUI runs it: a real server on loopback, the "Local sandbox" profile in a
// real ProfileStore, its admin secret in the real keychain (KEYRING), demo rate limits.

#include "localsandbox.h"
#include "sandboxserver.h"
#include "tenantstate.h"

#include "http/httpclient.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Sandbox;
using Profiles::Profile;

class TestLocalSandbox final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void startMakesProfileAndStoresSecret();
    void profileAnswersClientCredentials();
    void restartKeepsPortAndProfile();
    void takenPortFallsBackAndUpdatesProfile();
    void userProfileWithTheNameIsKept();
    void rateLimitsApplyPersistAndReset();
    void invalidRateLimitsChangeNothing();

private:
    QByteArray readSecret(const QString &profileId);
    ::HttpResponse postToken(const Profile &profile, const QByteArray &secret);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Profiles::ProfileStore> m_profiles;
    std::unique_ptr<Profiles::SecretStore> m_secrets;
    QNetworkAccessManager m_network;
};

void TestLocalSandbox::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_profiles = std::make_unique<Profiles::ProfileStore>(m_dir->filePath(QStringLiteral("profiles")));
    QVERIFY(m_profiles->load().ok);
    // A service name of our own: the test keyring is private anyway, but stay apart from the app.
    m_secrets = std::make_unique<Profiles::SecretStore>(QStringLiteral("tokenscope-test-localsandbox"));
}

void TestLocalSandbox::cleanup()
{
    m_secrets.reset();
    m_profiles.reset();
    m_dir.reset();
}

QByteArray TestLocalSandbox::readSecret(const QString &profileId)
{
    Profiles::SecretResult got;
    bool done = false;
    m_secrets->read(profileId, Profiles::SecretKind::ClientSecret, this, [&](const Profiles::SecretResult &result) {
        got = result;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        return "<timeout>";
    return got.ok() ? got.value : QByteArray("<") + got.error.toUtf8() + '>';
}

::HttpResponse TestLocalSandbox::postToken(const Profile &profile, const QByteArray &secret)
{
    HttpClient http(&m_network);
    ::HttpRequest request;
    request.method = "POST";
    request.url = profile.endpoints.url(Profiles::EndpointKind::Token);
    // The admin client's id and secret are URL-safe, so RFC 6749 §2.3.1 encoding changes nothing.
    const QByteArray credentials = QByteArray(profile.clientId.toUtf8() + ':' + secret).toBase64();
    request.headers = {{QByteArrayLiteral("Authorization"), QByteArray("Basic " + credentials)},
                       {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")}};
    request.body = "grant_type=client_credentials";
    ::HttpResponse response;
    bool done = false;
    http.send(request, this, [&](const ::HttpResponse &r) {
        response = r;
        done = true;
    });
    [[maybe_unused]] const bool finished = QTest::qWaitFor([&] { return done; }, 10000);
    return response;
}

void TestLocalSandbox::startMakesProfileAndStoresSecret()
{
    LocalSandbox sandbox(m_profiles.get(), m_secrets.get(), m_dir->filePath(QStringLiteral("sandbox")));
    QSignalSpy ready(&sandbox, &LocalSandbox::profileReady);
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    QVERIFY(sandbox.isRunning());
    QCOMPARE(sandbox.baseUrl().host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(ready.count(), 1);

    QCOMPARE(m_profiles->profiles().size(), 1);
    const Profile profile = m_profiles->profiles().constFirst();
    QCOMPARE(profile.id, sandbox.profileId());
    QCOMPARE(profile.name, QStringLiteral("Local sandbox"));
    QCOMPARE(profile.preset, QStringLiteral("sandbox"));
    QCOMPARE(profile.clientId, sandbox.server()->state().adminClientId());
    const QString issuer = sandbox.baseUrl().toString() + QLatin1String("/default/admin");
    QCOMPARE(profile.issuer.toString(), issuer);
    QCOMPARE(profile.endpoints.url(Profiles::EndpointKind::Token).toString(), issuer + QLatin1String("/oauth2/token"));

    // The secret is in the keychain, not in the profile file.
    const QByteArray secret = sandbox.server()->state().adminClientSecret().toUtf8();
    QCOMPARE(readSecret(profile.id), secret);
    QFile file(m_dir->filePath(QStringLiteral("profiles/") + profile.id + QLatin1String(".json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(secret));
}

void TestLocalSandbox::profileAnswersClientCredentials()
{
    LocalSandbox sandbox(m_profiles.get(), m_secrets.get(), QString()); // memory only
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    const Profile profile = *m_profiles->findById(sandbox.profileId());
    const ::HttpResponse response = postToken(profile, readSecret(profile.id));
    QVERIFY2(response.ok(), qPrintable(response.error + QString::fromUtf8(response.body)));
    const QJsonObject json = QJsonDocument::fromJson(response.body).object();
    QVERIFY(!json.value(QStringLiteral("access_token")).toString().isEmpty());
}

void TestLocalSandbox::restartKeepsPortAndProfile()
{
    const QString data = m_dir->filePath(QStringLiteral("sandbox"));
    quint16 port = 0;
    QString id;
    {
        LocalSandbox first(m_profiles.get(), m_secrets.get(), data);
        QString error;
        QVERIFY2(first.start(&error), qPrintable(error));
        port = first.port();
        id = first.profileId();
    }
    LocalSandbox second(m_profiles.get(), m_secrets.get(), data);
    second.setPreferredPort(port);
    QString error;
    QVERIFY2(second.start(&error), qPrintable(error));
    QCOMPARE(second.port(), port);
    QCOMPARE(second.profileId(), id);
    QCOMPARE(m_profiles->profiles().size(), 1);
}

void TestLocalSandbox::takenPortFallsBackAndUpdatesProfile()
{
    const QString data = m_dir->filePath(QStringLiteral("sandbox"));
    QString id;
    {
        LocalSandbox first(m_profiles.get(), m_secrets.get(), data);
        QString error;
        QVERIFY2(first.start(&error), qPrintable(error));
        id = first.profileId();
    }
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost));
    LocalSandbox second(m_profiles.get(), m_secrets.get(), data);
    second.setPreferredPort(squatter.serverPort());
    QString error;
    QVERIFY2(second.start(&error), qPrintable(error));
    QVERIFY(second.port() != squatter.serverPort());
    QCOMPARE(second.profileId(), id);
    const Profile profile = *m_profiles->findById(id);
    QCOMPARE(profile.endpoints.url(Profiles::EndpointKind::Token).port(), int(second.port()));
    QVERIFY(postToken(profile, readSecret(id)).ok());
}

void TestLocalSandbox::userProfileWithTheNameIsKept()
{
    Profile mine;
    mine.name = QStringLiteral("Local sandbox");
    mine.preset = QStringLiteral("oidc");
    mine.issuer = QUrl(QStringLiteral("https://login.example.com"));
    mine.clientId = QStringLiteral("mine");
    QVERIFY(m_profiles->add(mine).ok);

    LocalSandbox sandbox(m_profiles.get(), m_secrets.get(), QString());
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    QCOMPARE(m_profiles->profiles().size(), 2);
    QCOMPARE(m_profiles->findByName(QStringLiteral("Local sandbox"))->clientId, QStringLiteral("mine"));
    QCOMPARE(m_profiles->findById(sandbox.profileId())->name, QStringLiteral("Local sandbox (2)"));
}

void TestLocalSandbox::rateLimitsApplyPersistAndReset()
{
    const QString data = m_dir->filePath(QStringLiteral("sandbox"));
    quint16 port = 0;
    {
        LocalSandbox sandbox(m_profiles.get(), m_secrets.get(), data);
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        port = sandbox.port();
        QList<GroupLimit> limits = sandbox.rateLimits();
        QCOMPARE(limits.size(), 10);
        for (GroupLimit &entry : limits) {
            if (entry.key == QLatin1String("oauth2"))
                entry.limit = {60, 2};
        }
        QVERIFY2(sandbox.setRateLimits(limits, &error), qPrintable(error));
        QVERIFY(QFile::exists(data + QLatin1String("/rate-limits.json")));

        // Two token requests pass, the third is refused with Retry-After.
        const Profile profile = *m_profiles->findById(sandbox.profileId());
        const QByteArray secret = readSecret(profile.id);
        QVERIFY(postToken(profile, secret).ok());
        QVERIFY(postToken(profile, secret).ok());
        const ::HttpResponse refused = postToken(profile, secret);
        QCOMPARE(refused.status, 429);
        bool hasRetryAfter = false;
        for (const auto &[name, value] : refused.headers)
            hasRetryAfter |= name.compare("Retry-After", Qt::CaseInsensitive) == 0 && value.toInt() >= 1;
        QVERIFY(hasRetryAfter);
    }
    // The limits survive a restart of the app.
    LocalSandbox again(m_profiles.get(), m_secrets.get(), data);
    again.setPreferredPort(port);
    QString error;
    QVERIFY2(again.start(&error), qPrintable(error));
    bool found = false;
    for (const GroupLimit &entry : again.rateLimits()) {
        if (entry.key == QLatin1String("oauth2")) {
            QCOMPARE(entry.limit.perMinute, 60);
            QCOMPARE(entry.limit.burst, 2);
            QVERIFY(entry.defaultLimit.perMinute > 60);
            found = true;
        }
    }
    QVERIFY(found);

    QVERIFY2(again.resetRateLimits(&error), qPrintable(error));
    QVERIFY(!QFile::exists(data + QLatin1String("/rate-limits.json")));
    for (const GroupLimit &entry : again.rateLimits()) {
        QCOMPARE(entry.limit.perMinute, entry.defaultLimit.perMinute);
        QCOMPARE(entry.limit.burst, entry.defaultLimit.burst);
    }
}

void TestLocalSandbox::invalidRateLimitsChangeNothing()
{
    const QString data = m_dir->filePath(QStringLiteral("sandbox"));
    LocalSandbox sandbox(m_profiles.get(), m_secrets.get(), data);
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    const QList<GroupLimit> before = sandbox.rateLimits();
    QList<GroupLimit> limits = before;
    limits.first().limit = {60, 2};
    limits.last().limit = {-5, 0};
    QVERIFY(!sandbox.setRateLimits(limits, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(data + QLatin1String("/rate-limits.json")));
    QCOMPARE(sandbox.rateLimits().first().limit.burst, before.first().limit.burst);
}

QTEST_GUILESS_MAIN(TestLocalSandbox)
#include "tst_localsandbox.moc"
