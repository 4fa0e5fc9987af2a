// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's grants: expiry on an injected clock, single-use codes, rotation and reuse of
// refresh tokens, and the grants file (survives a restart, holds no token value, a damaged
// one is set aside).

#include "grantstore.h"
#include "tenantstate.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Sandbox;

namespace {

GrantSubject subject(const QString &workspace = QStringLiteral("demo"))
{
    GrantSubject grant;
    grant.workspaceId = workspace;
    grant.clientId = QStringLiteral("client-1");
    grant.scopes = {QStringLiteral("openid"), QStringLiteral("email")};
    grant.subject = QStringLiteral("user-1");
    grant.subjectType = QStringLiteral("user");
    grant.userClaims = QJsonObject{{QStringLiteral("email"), QStringLiteral("alice@example.com")}};
    grant.amr = {QStringLiteral("pwd")};
    grant.authTime = QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);
    return grant;
}

} // namespace

class TestGrantStore final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void codeExpiresOnTheClock();
    void codeIsSingleUse();
    void refreshRotationAndReuse();
    void grantsSurviveARestart();
    void fileHoldsNoTokenValue();
    void savesSoonAfterAChange();
    void damagedFileIsSetAside_data();
    void damagedFileIsSetAside();
    void deviceLifecycleOnTheClock();
    void deviceUserCodes();
    void pushedRequestIsSingleUse();
    void devicesAndPushedRequestsSurviveARestart();

private:
    std::unique_ptr<GrantStore> makeStore(const QString &file = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TenantState> m_state;
    QDateTime m_now;
};

void TestGrantStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_state = std::make_unique<TenantState>(QStringLiteral("default"), QString());
    QVERIFY(m_state->load().ok);
    m_now = QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);
}

std::unique_ptr<GrantStore> TestGrantStore::makeStore(const QString &file)
{
    auto store = std::make_unique<GrantStore>(*m_state);
    store->setClock([this] { return m_now; });
    if (!file.isEmpty()) {
        const QString note = store->setStorageFile(file);
        if (!note.isEmpty())
            qInfo().noquote() << note;
    }
    return store;
}

void TestGrantStore::codeExpiresOnTheClock()
{
    auto store = makeStore();
    AuthorizationCodeGrant code;
    code.grant = subject();
    code.expiresAt = m_now.addSecs(60);
    const QString live = store->issueCode(code);
    const QString late = store->issueCode(code);

    m_now = m_now.addSecs(59);
    QVERIFY(store->redeemCode(QStringLiteral("demo"), live).has_value());
    m_now = m_now.addSecs(2); // 61 s after issue
    QVERIFY(!store->redeemCode(QStringLiteral("demo"), late).has_value());
}

void TestGrantStore::codeIsSingleUse()
{
    auto store = makeStore();
    AuthorizationCodeGrant code;
    code.grant = subject();
    code.expiresAt = m_now.addSecs(60);
    const QString value = store->issueCode(code);
    QVERIFY(!store->redeemCode(QStringLiteral("other"), value).has_value()); // wrong workspace burns it
    QVERIFY(!store->redeemCode(QStringLiteral("demo"), value).has_value());

    const QString second = store->issueCode(code);
    QVERIFY(store->redeemCode(QStringLiteral("demo"), second).has_value());
    const QString refresh = store->issueRefreshToken(subject(), m_now.addSecs(3600));
    store->bindToCode(second, QStringLiteral("jti-1"), QString(), m_now.addSecs(300), refresh);
    // RFC 6749 §4.1.2: a replayed code revokes what it produced.
    QVERIFY(!store->redeemCode(QStringLiteral("demo"), second).has_value());
    QVERIFY(store->isJtiRevoked(QStringLiteral("jti-1")));
    QVERIFY(store->opaqueToken(refresh)->revoked);
}

void TestGrantStore::refreshRotationAndReuse()
{
    auto store = makeStore();
    const QString first = store->issueRefreshToken(subject(), m_now.addSecs(3600));
    const auto redeemed = store->redeemRefreshToken(QStringLiteral("demo"), QStringLiteral("client-1"), first);
    QVERIFY(redeemed.grant.has_value());
    const QString second = store->issueRefreshToken(*redeemed.grant, m_now.addSecs(3600), redeemed.family);
    // The rotated token again: reuse, the family (second included) is revoked.
    const auto reuse = store->redeemRefreshToken(QStringLiteral("demo"), QStringLiteral("client-1"), first);
    QVERIFY(reuse.reuseDetected);
    QVERIFY(!store->redeemRefreshToken(QStringLiteral("demo"), QStringLiteral("client-1"), second).grant.has_value());

    const QString expiring = store->issueRefreshToken(subject(), m_now.addSecs(10));
    m_now = m_now.addSecs(11);
    QVERIFY(!store->redeemRefreshToken(QStringLiteral("demo"), QStringLiteral("client-1"), expiring).grant.has_value());
}

void TestGrantStore::grantsSurviveARestart()
{
    const QString file = m_dir->filePath(QStringLiteral("grants.json"));
    QString refresh, rotated, opaque, code;
    {
        auto store = makeStore(file);
        refresh = store->issueRefreshToken(subject(), m_now.addSecs(3600));
        rotated = store->issueRefreshToken(subject(), m_now.addSecs(3600));
        QVERIFY(store->redeemRefreshToken(QStringLiteral("demo"), QStringLiteral("client-1"), rotated).grant);
        opaque = store->issueOpaqueAccessToken(subject(), m_now, m_now.addSecs(600));
        store->recordAccessToken(QStringLiteral("jti-access"), subject(), m_now, m_now.addSecs(600));
        store->revokeJti(QStringLiteral("jti-revoked"), m_now.addSecs(600));
        QVERIFY(store->useAssertionId(QStringLiteral("client-1"), QStringLiteral("assertion-1"), m_now.addSecs(60)));
        AuthorizationCodeGrant pending;
        pending.grant = subject();
        pending.redirectUri = QStringLiteral("http://127.0.0.1/cb");
        pending.codeChallenge = QStringLiteral("challenge");
        pending.codeChallengeMethod = QStringLiteral("S256");
        pending.nonce = QStringLiteral("n-1");
        pending.expiresAt = m_now.addSecs(60);
        code = store->issueCode(pending);
    } // destroyed: pending changes are written

    auto store = makeStore(file);
    const auto redeemed = store->redeemRefreshToken(QStringLiteral("demo"), QStringLiteral("client-1"), refresh);
    QVERIFY(redeemed.grant.has_value());
    QCOMPARE(redeemed.grant->userClaims, subject().userClaims);
    QCOMPARE(redeemed.grant->authTime, subject().authTime);
    QVERIFY(store->redeemRefreshToken(QStringLiteral("demo"), QStringLiteral("client-1"), rotated).reuseDetected);
    const auto token = store->opaqueToken(opaque);
    QVERIFY(token.has_value());
    QCOMPARE(token->grant.scopes, subject().scopes);
    QVERIFY(store->accessTokenByJti(QStringLiteral("jti-access")).has_value());
    QVERIFY(store->isJtiRevoked(QStringLiteral("jti-revoked")));
    QVERIFY(!store->useAssertionId(QStringLiteral("client-1"), QStringLiteral("assertion-1"), m_now.addSecs(60)));
    const auto grant = store->redeemCode(QStringLiteral("demo"), code);
    QVERIFY(grant.has_value());
    QCOMPARE(grant->codeChallenge, QStringLiteral("challenge"));
    QCOMPARE(grant->nonce, QStringLiteral("n-1"));
}

void TestGrantStore::fileHoldsNoTokenValue()
{
    const QString file = m_dir->filePath(QStringLiteral("grants.json"));
    QStringList values;
    {
        auto store = makeStore(file);
        values << store->issueRefreshToken(subject(), m_now.addSecs(3600));
        values << store->issueOpaqueAccessToken(subject(), m_now, m_now.addSecs(600));
        AuthorizationCodeGrant pending;
        pending.grant = subject();
        pending.expiresAt = m_now.addSecs(60);
        values << store->issueCode(pending);
        PendingLogin login;
        login.workspaceId = QStringLiteral("demo");
        values << store->createLogin(login);
        QVERIFY(store->save());
    }
    QFile saved(file);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray content = saved.readAll();
    QVERIFY(content.size() > 100);
    for (const QString &value : values)
        QVERIFY2(!content.contains(value.toUtf8()), qPrintable(value));
    QCOMPARE(saved.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
}

void TestGrantStore::savesSoonAfterAChange()
{
    const QString file = m_dir->filePath(QStringLiteral("grants.json"));
    auto store = makeStore(file);
    QVERIFY(!QFile::exists(file));
    store->revokeJti(QStringLiteral("jti-x"), m_now.addSecs(60));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(file), 5000);
}

void TestGrantStore::damagedFileIsSetAside_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("garbage") << QByteArray("\x01\x02 not json");
    QTest::newRow("truncated") << QByteArray(R"({"schema_version": 1, "refresh_tokens": {"a": {"fam)");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("unknown schema") << QByteArray(R"({"schema_version": 99})");
    QTest::newRow("wrong type") << QByteArray(R"({"schema_version": 1, "refresh_tokens": {"a": {"used": "yes"}}})");
    QTest::newRow("bad date") << QByteArray(R"({"schema_version": 1, "revoked_jtis": {"j": "yesterday"}})");
}

void TestGrantStore::damagedFileIsSetAside()
{
    QFETCH(QByteArray, content);
    const QString file = m_dir->filePath(QStringLiteral("grants.json"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(content);
    }
    GrantStore store(*m_state);
    const QString note = store.setStorageFile(file);
    QVERIFY(!note.isEmpty());
    QVERIFY(!QFile::exists(file));
    const QStringList aside = QDir(m_dir->path()).entryList({QStringLiteral("grants.json.corrupt-*")});
    QCOMPARE(aside.size(), 1);
    QVERIFY(note.contains(aside.constFirst()));
    QFile kept(m_dir->filePath(aside.constFirst()));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), content); // nothing lost
    // The store still works and writes a fresh file.
    store.revokeJti(QStringLiteral("jti"), QDateTime::currentDateTimeUtc().addSecs(60));
    QVERIFY(store.save());
    QVERIFY(QFile::exists(file));
}

namespace {

DeviceAuthorization deviceRequest(const QDateTime &expiresAt)
{
    DeviceAuthorization request;
    request.workspaceId = QStringLiteral("demo");
    request.clientId = QStringLiteral("client-1");
    request.scopes = {QStringLiteral("openid")};
    request.expiresAt = expiresAt;
    request.interval = 5;
    return request;
}

const QString Consonants = QStringLiteral("BCDFGHJKLMNPQRSTVWXZ");

} // namespace

void TestGrantStore::deviceLifecycleOnTheClock()
{
    auto store = makeStore();
    using Poll = GrantStore::DevicePoll;
    const auto codes = store->issueDeviceAuthorization(deviceRequest(m_now.addSecs(600)), Consonants, 8);
    const auto poll = [&] { return store->pollDevice(QStringLiteral("demo"), QStringLiteral("client-1"), codes.deviceCode).result; };
    QCOMPARE(poll(), Poll::Pending);
    m_now = m_now.addSecs(4);
    QCOMPARE(poll(), Poll::SlowDown); // 4 s < 5 s; the interval becomes 10 s
    m_now = m_now.addSecs(9);
    QCOMPARE(poll(), Poll::SlowDown); // 9 s < 10 s; now 15 s
    m_now = m_now.addSecs(15);
    QCOMPARE(poll(), Poll::Pending);
    // Another client or workspace learns nothing and changes nothing.
    QCOMPARE(store->pollDevice(QStringLiteral("demo"), QStringLiteral("client-2"), codes.deviceCode).result, Poll::Invalid);
    QCOMPARE(store->pollDevice(QStringLiteral("other"), QStringLiteral("client-1"), codes.deviceCode).result, Poll::Invalid);

    const QString key = GrantStore::userCodeKey(codes.userCode);
    QVERIFY(store->pendingDevice(key).has_value());
    QVERIFY(store->decideDevice(key, subject()));
    QVERIFY(!store->decideDevice(key, std::nullopt)); // decided once
    QVERIFY(!store->pendingDevice(key).has_value());
    m_now = m_now.addSecs(15);
    const auto approved = store->pollDevice(QStringLiteral("demo"), QStringLiteral("client-1"), codes.deviceCode);
    QCOMPARE(approved.result, Poll::Approved);
    QCOMPARE(approved.grant->subject, subject().subject);
    QCOMPARE(poll(), Poll::Invalid); // the device code works once

    // Denied, then gone.
    const auto denied = store->issueDeviceAuthorization(deviceRequest(m_now.addSecs(600)), Consonants, 8);
    QVERIFY(store->decideDevice(GrantStore::userCodeKey(denied.userCode), std::nullopt));
    QCOMPARE(store->pollDevice(QStringLiteral("demo"), QStringLiteral("client-1"), denied.deviceCode).result, Poll::Denied);
    QCOMPARE(store->pollDevice(QStringLiteral("demo"), QStringLiteral("client-1"), denied.deviceCode).result, Poll::Invalid);

    // Expired: no decision any more, expired_token once, then nothing.
    const auto late = store->issueDeviceAuthorization(deviceRequest(m_now.addSecs(60)), Consonants, 8);
    m_now = m_now.addSecs(61);
    QVERIFY(!store->pendingDevice(GrantStore::userCodeKey(late.userCode)).has_value());
    QVERIFY(!store->decideDevice(GrantStore::userCodeKey(late.userCode), subject()));
    QCOMPARE(store->pollDevice(QStringLiteral("demo"), QStringLiteral("client-1"), late.deviceCode).result, Poll::Expired);
    QCOMPARE(store->pollDevice(QStringLiteral("demo"), QStringLiteral("client-1"), late.deviceCode).result, Poll::Invalid);
}

void TestGrantStore::deviceUserCodes()
{
    auto store = makeStore();
    static const QRegularExpression eight(QStringLiteral("^[BCDFGHJKLMNPQRSTVWXZ]{4}-[BCDFGHJKLMNPQRSTVWXZ]{4}$"));
    QSet<QString> seen;
    for (int i = 0; i < 200; ++i) {
        const auto codes = store->issueDeviceAuthorization(deviceRequest(m_now.addSecs(600)), Consonants, 8);
        QVERIFY2(eight.match(codes.userCode).hasMatch(), qPrintable(codes.userCode));
        QVERIFY2(!seen.contains(codes.userCode), qPrintable(codes.userCode));
        seen.insert(codes.userCode);
    }
    const auto digits = store->issueDeviceAuthorization(deviceRequest(m_now.addSecs(600)), QStringLiteral("0123456789"), 6);
    static const QRegularExpression six(QStringLiteral("^[0-9]{4}-[0-9]{2}$"));
    QVERIFY2(six.match(digits.userCode).hasMatch(), qPrintable(digits.userCode));
    // However it is typed.
    const QString code = *seen.cbegin();
    for (const QString &typed : {code, code.toLower(), QString(code).remove(u'-'), QString(u' ' + code.toLower() + u' ')})
        QCOMPARE(GrantStore::userCodeKey(typed), GrantStore::userCodeKey(code));
    QVERIFY(store->pendingDevice(GrantStore::userCodeKey(code.toLower())).has_value());
    QVERIFY(GrantStore::userCodeKey(QStringLiteral("BCDF-GHJK")) != GrantStore::userCodeKey(QStringLiteral("BCDF-GHJL")));
}

void TestGrantStore::pushedRequestIsSingleUse()
{
    auto store = makeStore();
    PushedRequest request;
    request.workspaceId = QStringLiteral("demo");
    request.clientId = QStringLiteral("client-1");
    request.parameters = {{QStringLiteral("response_type"), QStringLiteral("code")},
                          {QStringLiteral("state"), QStringLiteral("a&b=c")}};
    request.expiresAt = m_now.addSecs(60);
    const QString uri = store->pushAuthorizationRequest(request);
    QVERIFY(uri.startsWith(u"urn:ietf:params:oauth:request_uri:"));
    QVERIFY(uri.size() > 60);
    const auto taken = store->takePushedRequest(uri);
    QVERIFY(taken.has_value());
    QCOMPARE(taken->parameters, request.parameters);
    QVERIFY(!store->takePushedRequest(uri).has_value());

    const QString late = store->pushAuthorizationRequest(request);
    m_now = m_now.addSecs(61);
    QVERIFY(!store->takePushedRequest(late).has_value());
}

void TestGrantStore::devicesAndPushedRequestsSurviveARestart()
{
    const QString file = m_dir->filePath(QStringLiteral("grants.json"));
    GrantStore::DeviceCodes approved, pending;
    QString requestUri, loginToken;
    GrantSubject exchanged = subject();
    exchanged.audience = {QStringLiteral("https://api.example")};
    exchanged.actor = QJsonObject{{QStringLiteral("sub"), QStringLiteral("service")}};
    {
        auto store = makeStore(file);
        approved = store->issueDeviceAuthorization(deviceRequest(m_now.addSecs(600)), Consonants, 8);
        QVERIFY(store->decideDevice(GrantStore::userCodeKey(approved.userCode), exchanged));
        pending = store->issueDeviceAuthorization(deviceRequest(m_now.addSecs(600)), Consonants, 8);
        QCOMPARE(store->pollDevice(QStringLiteral("demo"), QStringLiteral("client-1"), pending.deviceCode).result,
                 GrantStore::DevicePoll::Pending);
        PushedRequest request;
        request.workspaceId = QStringLiteral("demo");
        request.clientId = QStringLiteral("client-1");
        request.parameters = {{QStringLiteral("scope"), QStringLiteral("openid")}};
        request.expiresAt = m_now.addSecs(60);
        requestUri = store->pushAuthorizationRequest(request);
        PendingLogin login;
        login.workspaceId = QStringLiteral("demo");
        login.deviceUserCodeKey = GrantStore::userCodeKey(pending.userCode);
        login.username = QStringLiteral("alice");
        loginToken = store->createLogin(login);
        QVERIFY(store->save());
    }
    QFile saved(file);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray content = saved.readAll();
    for (const QString &value : {approved.deviceCode, approved.userCode, pending.deviceCode, pending.userCode,
                                 QString(pending.userCode).remove(u'-'), requestUri, loginToken})
        QVERIFY2(!content.contains(value.toUtf8()), qPrintable(value));

    auto store = makeStore(file);
    const auto outcome = store->pollDevice(QStringLiteral("demo"), QStringLiteral("client-1"), approved.deviceCode);
    QCOMPARE(outcome.result, GrantStore::DevicePoll::Approved);
    QCOMPARE(outcome.grant->audience, exchanged.audience);
    QCOMPARE(outcome.grant->actor, exchanged.actor);
    // The poll time survived too: at once again is too fast.
    QCOMPARE(store->pollDevice(QStringLiteral("demo"), QStringLiteral("client-1"), pending.deviceCode).result,
             GrantStore::DevicePoll::SlowDown);
    QVERIFY(store->pendingDevice(GrantStore::userCodeKey(pending.userCode)).has_value());
    const auto login = store->takeLogin(loginToken);
    QVERIFY(login.has_value());
    QCOMPARE(login->deviceUserCodeKey, GrantStore::userCodeKey(pending.userCode));
    QCOMPARE(login->username, QStringLiteral("alice"));
    const auto request = store->takePushedRequest(requestUri);
    QVERIFY(request.has_value());
    QCOMPARE(request->parameters.size(), 1);
    QCOMPARE(request->parameters.first().second, QStringLiteral("openid"));
}

QTEST_GUILESS_MAIN(TestGrantStore)
#include "tst_grantstore.moc"
