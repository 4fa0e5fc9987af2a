// SPDX-License-Identifier: GPL-3.0-or-later
// The Tokens page's other grants (tokenspagefixture.h: the real sandbox, real sockets, client
// secrets in the real keychain, KEYRING): token exchange of the set's access token (RFC 8693),
// the JWT bearer grant with a key file from the file chooser (RFC 7523), and the device grant
// against panva's oidc-provider (RFC 8628; the sandbox has no device endpoint), each with the
// error and hint of its refusal.

#include "filechooser.h"
#include "oauth/tokenset.h"
#include "testkeys.h"
#include "tokens/tokensetview.h"
#include "tokenspagefixture.h"

#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QGroupBox>
#include <QGuiApplication>
#include <QLabel>
#include <QProcess>
#include <QScopeGuard>

#include <openssl/bio.h>
#include <openssl/pem.h>

using namespace Qt::StringLiterals;
using namespace TokensPageTest;
using OAuth::Grant;

namespace {

const QString HybridClient = u"hybrid-app"_s; // an audience the exchange asks for
const QString Exchanger = u"exchanger"_s;
const QString JwtBearerClient = u"jwt-bearer-app"_s;

// The file dialog, answered in advance.
class AnsweringChooser final : public FileChooser
{
public:
    QString answer;
    QStringList asked;
    QString openFile(QWidget *, const QString &title, const QString &) override
    {
        asked << title;
        return answer;
    }
};

QByteArray privateKeyPem(const TestKeys::KeyPair &key)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_mem()), BIO_free);
    if (!bio || !PEM_write_bio_PrivateKey(bio.get(), key.privateKey.get(), nullptr, nullptr, 0, nullptr, nullptr))
        return {};
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, qsizetype(size));
}

} // namespace

class TestTokensPageGrants final : public QObject, private Fixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void tokenExchangeOfTheSetsAccessToken();
    void jwtBearerWithAChosenKeyFile();
    void deviceCodeAgainstOidcProvider();

private:
    QString m_exchangeId, m_jwtId;
    TestKeys::KeyPair m_assertionKey = TestKeys::generate(Jose::Algorithm::ES256, u"assertion-key"_s);
    std::unique_ptr<QProcess> m_provider; // panva's oidc-provider (tests/e2e/lib)
};

void TestTokensPageGrants::initTestCase()
{
    startSandbox(u"tokenscope-test-tokenspagegrants"_s);
    if (QTest::currentTestFailed())
        return;
    // Token exchange (tst_sandboxexchange): client_secret_post, the exchange grant, an audience.
    QVERIFY(addClient(QJsonObject{{u"client_id"_s, Exchanger},
                                  {u"client_secret"_s, QString::fromUtf8(ClientSecret)},
                                  {u"token_endpoint_auth_method"_s, u"client_secret_post"_s},
                                  {u"grant_types"_s, QJsonArray{u"client_credentials"_s, ExchangeGrant}},
                                  {u"scopes"_s, QJsonArray{u"email"_s}},
                                  {u"audience"_s, QJsonArray{u"https://api.example/orders"_s}}}));
    // The exchange's audience: a client of the workspace.
    QVERIFY(addClient(QJsonObject{{u"client_id"_s, HybridClient},
                                  {u"token_endpoint_auth_method"_s, u"none"_s},
                                  {u"grant_types"_s, QJsonArray{u"authorization_code"_s}},
                                  {u"redirect_uris"_s, QJsonArray{u"http://127.0.0.1/callback"_s}},
                                  {u"scopes"_s, QJsonArray{u"openid"_s, u"email"_s}}}));
    QVERIFY(addClient(QJsonObject{{u"client_id"_s, JwtBearerClient},
                                  {u"client_secret"_s, QString::fromUtf8(ClientSecret)},
                                  {u"token_endpoint_auth_method"_s, u"client_secret_basic"_s},
                                  {u"grant_types"_s, QJsonArray{JwtBearerGrant}},
                                  {u"scopes"_s, QJsonArray{u"email"_s}},
                                  {u"jwks"_s, QJsonObject{{u"keys"_s, QJsonArray{m_assertionKey.publicJwk}}}}}));

    Profiles::Profile exchangeProfile = makeProfile(u"Exchanger"_s);
    exchangeProfile.clientId = Exchanger;
    exchangeProfile.authMethod = Profiles::ClientAuthMethod::ClientSecretPost;
    exchangeProfile.scopes = {u"email"_s};
    QVERIFY(addProfile(exchangeProfile, ClientSecret, &m_exchangeId));
    Profiles::Profile jwtProfile = makeProfile(u"JWT bearer"_s);
    jwtProfile.clientId = JwtBearerClient;
    jwtProfile.scopes = {u"email"_s};
    QVERIFY(addProfile(jwtProfile, ClientSecret, &m_jwtId));
    showPage();
}

void TestTokensPageGrants::cleanupTestCase()
{
    if (m_provider) {
        m_provider->closeWriteChannel(); // the fixture exits when its standard input closes
        if (!QTest::qWaitFor([this] { return m_provider->state() == QProcess::NotRunning; }, 5000))
            m_provider->kill();
    }
    tearDown();
}

// RFC 8693 against the sandbox: the set's access token as the subject, an audience and a
// requested type; the server's act claim names the exchanging client. A pasted bad token is refused.
void TestTokensPageGrants::tokenExchangeOfTheSetsAccessToken()
{
    m_page->selectProfile(m_exchangeId);
    QVERIFY(run(Grant::ClientCredentials));
    const QString subject = m_page->tokenSetView()->tokenSet().accessToken;
    QVERIFY(!subject.isEmpty());

    m_page->selectGrant(Grant::TokenExchange);
    auto *source = m_page->findChild<QComboBox *>(u"subjectSourceCombo"_s);
    QVERIFY(source && source->isVisibleTo(m_page));
    QVERIFY(!m_page->findChild<QComboBox *>(u"responseTypeCombo"_s)->isVisibleTo(m_page));
    source->setCurrentIndex(source->findData(u"access"_s));
    auto *requested = m_page->findChild<QComboBox *>(u"requestedTokenTypeCombo"_s);
    requested->setCurrentIndex(requested->findData(u"urn:ietf:params:oauth:token-type:access_token"_s));
    lineEdit("exchangeAudienceInput")->setText(HybridClient);
    lineEdit("actorTokenInput")->setText(subject); // delegation: the client acts for the subject
    const auto reset = qScopeGuard([this, source] {
        lineEdit("exchangeAudienceInput")->clear();
        lineEdit("actorTokenInput")->clear();
        lineEdit("subjectTokenInput")->clear();
        source->setCurrentIndex(0);
        m_page->cancel();
    });
    QVERIFY(run(Grant::TokenExchange));
    const OAuth::TokenSet set = m_page->tokenSetView()->tokenSet();
    QCOMPARE(set.grant, Grant::TokenExchange);
    QVERIFY(!set.accessToken.isEmpty() && set.accessToken != subject);
    const QJsonObject claims = payload(set.accessToken);
    const QJsonArray audiences = claims.value(u"aud").isArray() ? claims.value(u"aud").toArray()
                                                                : QJsonArray{claims.value(u"aud")};
    QVERIFY2(audiences.contains(HybridClient), QJsonDocument(claims).toJson().constData());
    QCOMPARE(claims.value(u"act").toObject().value(u"client_id").toString(), Exchanger); // RFC 8693 §4.1
    const QString steps = m_page->steps().join(u'\n');
    QVERIFY2(steps.contains(u"Issued token type: urn:ietf:params:oauth:token-type:access_token"_s), qPrintable(steps));
    QVERIFY2(!steps.contains(subject) && !steps.contains(set.accessToken), "a token in the steps");

    // A pasted token the server never issued: its refusal, with the exchange's hint.
    source->setCurrentIndex(source->findData(u"pasted"_s));
    auto *getToken = m_page->findChild<QPushButton *>(u"getTokenButton"_s);
    QVERIFY(!getToken->isEnabled()); // nothing pasted yet
    lineEdit("subjectTokenInput")->setText(u"not-a-token"_s);
    lineEdit("actorTokenInput")->clear();
    QVERIFY(getToken->isEnabled());
    QVERIFY(!run(Grant::TokenExchange));
    QVERIFY2(m_page->errorText().contains(u"error: invalid_request"_s), qPrintable(m_page->errorText()));
}

// RFC 7523 against the sandbox: the key file comes from the file chooser, the assertion's subject
// from the form; the sandbox knows the public key. A key it does not know: invalid_grant and the hint.
void TestTokensPageGrants::jwtBearerWithAChosenKeyFile()
{
    const QString keyPath = m_dir.filePath(u"assertion-key.pem"_s);
    QFile key(keyPath);
    QVERIFY(key.open(QIODevice::WriteOnly));
    key.write(privateKeyPem(m_assertionKey));
    key.close();
    AnsweringChooser chooser;
    chooser.answer = keyPath;
    m_page->setFileChooser(&chooser);
    const auto reset = qScopeGuard([this] {
        m_page->setFileChooser(nullptr);
        m_page->cancel();
    });
    m_page->selectProfile(m_jwtId);
    m_page->selectGrant(Grant::JwtBearer);
    auto *getToken = m_page->findChild<QPushButton *>(u"getTokenButton"_s);
    QVERIFY(!getToken->isEnabled()); // no key yet
    m_page->findChild<QPushButton *>(u"chooseAssertionKeyButton"_s)->click();
    QCOMPARE(chooser.asked.size(), 1);
    QCOMPARE(lineEdit("assertionKeyInput")->text(), keyPath);
    lineEdit("assertionSubjectInput")->setText(UserName);
    QVERIFY(run(Grant::JwtBearer));
    const OAuth::TokenSet set = m_page->tokenSetView()->tokenSet();
    QCOMPARE(set.grant, Grant::JwtBearer);
    QCOMPARE(payload(set.accessToken).value(u"sub").toString(), UserName);
    QVERIFY2(m_page->steps().join(u'\n').contains(u"Assertion signed"_s), qPrintable(m_page->steps().join(u'\n')));

    // A key the server does not know.
    const TestKeys::KeyPair stranger = TestKeys::generate(Jose::Algorithm::ES256, u"stranger"_s);
    QVERIFY(key.open(QIODevice::WriteOnly | QIODevice::Truncate));
    key.write(privateKeyPem(stranger));
    key.close();
    QVERIFY(!run(Grant::JwtBearer));
    QVERIFY2(m_page->errorText().contains(u"error: invalid_grant"_s), qPrintable(m_page->errorText()));
    QVERIFY2(m_page->errorText().contains(u"public key"_s), qPrintable(m_page->errorText()));
    lineEdit("assertionKeyInput")->clear();
    lineEdit("assertionSubjectInput")->clear();
}

// RFC 8628 against panva's oidc-provider: the user code and verification URI shown large, Copy
// Code, then nobody approves and the grant ends as expired.
void TestTokensPageGrants::deviceCodeAgainstOidcProvider()
{
    const QString e2e = QStringLiteral(TOKENSCOPE_E2E_DIR);
    const QString node = QStandardPaths::findExecutable(u"node"_s);
    QVERIFY2(!node.isEmpty(), "node is not on PATH: install Node.js 18 or newer to run this test");
    QVERIFY2(QFileInfo::exists(e2e + u"/node_modules/oidc-provider/package.json"),
             "oidc-provider is not installed: run `npm ci` in tests/e2e (scripts/test does this before ctest)");
    m_provider = std::make_unique<QProcess>();
    m_provider->setWorkingDirectory(e2e);
    m_provider->start(node, {u"lib/oidc-provider-grants-fixture.mjs"_s});
    QTRY_VERIFY_WITH_TIMEOUT(m_provider->canReadLine() || m_provider->state() == QProcess::NotRunning, 20000);
    QVERIFY2(m_provider->canReadLine(), qPrintable(QString::fromUtf8(m_provider->readAllStandardError())));
    const QString base = QJsonDocument::fromJson(m_provider->readLine())
                             .object()
                             .value(QLatin1String("issuer"))
                             .toString();
    QVERIFY2(base.startsWith(u"http://127.0.0.1:"_s), qPrintable(base));
    const QString root = QUrl(base).toString(QUrl::StripTrailingSlash);

    Profiles::Profile p;
    p.name = u"oidc-provider device"_s;
    p.preset = u"oidc"_s;
    p.clientId = u"tokenscope-device"_s;
    p.authMethod = Profiles::ClientAuthMethod::None;
    p.scopes = {u"openid"_s};
    p.endpoints.setUrl(Profiles::EndpointKind::Token, QUrl(root + u"/token"_s));
    p.endpoints.setUrl(Profiles::EndpointKind::DeviceAuthorization, QUrl(root + u"/device/auth"_s));
    QString id;
    QVERIFY(m_profiles->add(p, &id).ok);
    const auto removeProfile = qScopeGuard([this, id] { QVERIFY(m_profiles->remove(id).ok); });
    m_page->selectProfile(id);
    m_page->selectGrant(Grant::DeviceCode);
    QSignalSpy finished(m_page, &TokensPage::runFinished);
    m_page->findChild<QPushButton *>(u"getTokenButton"_s)->click();
    auto *box = m_page->findChild<QGroupBox *>(u"deviceAuthorizationBox"_s);
    auto *userCode = m_page->findChild<QLabel *>(u"userCodeLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(box->isVisible() && !userCode->text().isEmpty(), 15000);
    QCOMPARE(m_page->findChild<QLabel *>(u"verificationUriLabel"_s)->text(), root + u"/device"_s);
    QVERIFY(userCode->font().pointSizeF() > m_page->font().pointSizeF());
    m_page->findChild<QPushButton *>(u"copyUserCodeButton"_s)->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), userCode->text());
    // The provider's device code lives 2 s: nobody approves, the grant ends as expired (by the
    // provider's expired_token or by expires_in elapsing, whichever comes first).
    QVERIFY(finished.wait(30000));
    QVERIFY(!finished.first().first().toBool());
    QVERIFY2(m_page->errorText().contains(u"expired"_s), qPrintable(m_page->errorText()));
    QVERIFY(m_page->steps().join(u'\n').contains(u"Device grant ended"_s));
    QVERIFY(!box->isVisible());
}

QTEST_MAIN(TestTokensPageGrants)
#include "tst_tokenspagegrants.moc"
