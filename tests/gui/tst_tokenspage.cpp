// SPDX-License-Identifier: GPL-3.0-or-later
// The Tokens page against the real sandbox (in-process SandboxServer, real sockets), with the
// client secret and the refresh tokens in the real keychain (KEYRING): every grant the sandbox
// has, the token set and its actions, the inspector's expectations, errors with their hints.
// The authorization-code grant runs through TOKENSCOPE_BROWSER set to a small shell script that
// signs in on the sandbox's login page with curl and follows the redirect to our listener.

#include "http/exchangelog.h"
#include "http/httpclient.h"
#include "inspector/tokeninspector.h"
#include "inspector/verificationpanel.h"
#include "oauth/tokenset.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "sandboxserver.h"
#include "tenantstate.h"
#include "tokens/tokenspage.h"
#include "tokens/tokensetview.h"
#include "filechooser.h"
#include "testkeys.h"

#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QProcess>
#include <QScopeGuard>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <openssl/bio.h>
#include <openssl/pem.h>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using OAuth::Grant;

namespace {

const QString Tenant = u"default"_s;
const QString Workspace = u"demo"_s;
const QString UserName = u"alice"_s;
const QString UserPassword = u"pw-Wonderland+&42"_s;
const QByteArray ClientSecret = "tokens-page secret+/ &=%-0123456789abcdef";
const QString HybridClient = u"hybrid-app"_s;
const QString ExchangeGrant = u"urn:ietf:params:oauth:grant-type:token-exchange"_s;
const QString Exchanger = u"exchanger"_s;
const QString JwtBearerGrant = u"urn:ietf:params:oauth:grant-type:jwt-bearer"_s;
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

// The "browser": GET the authorization URL, POST the login form, GET the redirect (our listener).
const char BrowserScript[] = R"SH(#!/bin/sh
url="$1"
origin=$(printf '%s' "$url" | sed -E 's#^(https?://[^/]+).*#\1#')
page=$(curl -sS "$url") || exit 1
token=$(printf '%s' "$page" | sed -n 's/.*name="form_token" value="\([^"]*\)".*/\1/p')
action=$(printf '%s' "$page" | sed -n 's/.*<form method="post" action="\([^"]*\)".*/\1/p' | sed 's/&amp;/\&/g')
location=$(curl -sS -o /dev/null -D - --data-urlencode "form_token=$token" \
    --data-urlencode "username=$TOKENSPAGE_TEST_USER" --data-urlencode "password=$TOKENSPAGE_TEST_PASSWORD" \
    "$origin$action" | sed -n 's/^[Ll]ocation: *//p' | tr -d '\r') || exit 1
case "$location" in
*'#'*) # response_mode fragment: the listener's relay page posts the fragment back (no JavaScript here)
    page="${location%%#*}"
    curl -sS -o /dev/null "$page" || exit 1
    curl -sS -o /dev/null -H 'Content-Type: application/x-www-form-urlencoded' --data-binary "${location#*#}" "$page" ;;
*) curl -sS -o /dev/null "$location" ;;
esac
)SH";

// Widgets a user can tab to that have no accessible name.
QStringList unnamedFocusable(QWidget *root)
{
    QStringList unnamed;
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisibleTo(root))
            continue;
        if (widget->accessibleName().trimmed().isEmpty())
            unnamed << QString::fromLatin1(widget->metaObject()->className()) + u' ' + widget->objectName();
    }
    return unnamed;
}

} // namespace

class TestTokensPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void clientCredentials();
    void wrongSecretShowsInvalidClientWithHint();
    void passwordGrantStoresTheRefreshToken();
    void refreshRotates();
    void introspectUserinfoRevoke();
    void openInInspectorSetsTheExpectations();
    void authorizationCodeThroughTheBrowserCommand();
    void authorizationUrlCopiedInstead();
    void browserCommandSettingWinsOverTheEnvironment();
    void hybridCodeIdTokenThroughTheBrowserCommand();
    void tokenExchangeOfTheSetsAccessToken();
    void signOutBuildsTheLogoutUrl();
    void jwtBearerWithAChosenKeyFile();
    void automaticRefreshAtThreeQuarters();
    void chosenConnectionSurvivesStoreChanges();
    void deviceCodeAgainstOidcProvider();
    void everyInteractiveWidgetHasAnAccessibleName();

private:
    Profiles::Profile makeProfile(const QString &name) const;
    bool storeSecret(const QString &profileId, Profiles::SecretKind kind, const QByteArray &value);
    std::optional<QByteArray> readSecret(const QString &profileId, Profiles::SecretKind kind);
    bool run(Grant grant); // clicks Get Token and waits for the end; true when it succeeded
    QLineEdit *lineEdit(const char *name) const { return m_page->findChild<QLineEdit *>(QLatin1String(name)); }

    QTemporaryDir m_dir;
    std::unique_ptr<Sandbox::SandboxServer> m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<Profiles::ProfileStore> m_profiles;
    std::unique_ptr<Profiles::SecretStore> m_secrets;
    std::unique_ptr<ExchangeLog> m_log;
    std::unique_ptr<QWidget> m_window;
    TokenInspector *m_inspector = nullptr;
    TokensPage *m_page = nullptr;
    QString m_issuer;
    QString m_goodId, m_badId, m_shortId, m_exchangeId, m_jwtId;
    TestKeys::KeyPair m_assertionKey = TestKeys::generate(Jose::Algorithm::ES256, u"assertion-key"_s);
    QString m_script;
    std::unique_ptr<QProcess> m_provider; // panva's oidc-provider (tests/e2e/lib)
};

Profiles::Profile TestTokensPage::makeProfile(const QString &name) const
{
    Profiles::Profile p;
    p.name = name;
    p.preset = u"oidc"_s;
    p.issuer = QUrl(m_issuer);
    using Profiles::EndpointKind;
    p.endpoints.setUrl(EndpointKind::Authorization, QUrl(m_issuer + u"/oauth2/authorize"_s));
    p.endpoints.setUrl(EndpointKind::Token, QUrl(m_issuer + u"/oauth2/token"_s));
    p.endpoints.setUrl(EndpointKind::Introspection, QUrl(m_issuer + u"/oauth2/introspect"_s));
    p.endpoints.setUrl(EndpointKind::Revocation, QUrl(m_issuer + u"/oauth2/revoke"_s));
    p.endpoints.setUrl(EndpointKind::Userinfo, QUrl(m_issuer + u"/userinfo"_s));
    // The sandbox does not advertise RP-initiated logout: Sign Out only needs the URL.
    p.endpoints.setUrl(EndpointKind::EndSession, QUrl(m_issuer + u"/logout?ui=1"_s));
    p.clientId = u"tokens-app"_s;
    p.authMethod = Profiles::ClientAuthMethod::ClientSecretBasic;
    p.scopes = {u"openid"_s, u"email"_s};
    return p;
}

bool TestTokensPage::storeSecret(const QString &profileId, Profiles::SecretKind kind, const QByteArray &value)
{
    std::optional<Profiles::SecretResult> written;
    m_secrets->write(profileId, kind, value, this, [&](const Profiles::SecretResult &r) { written = r; });
    return QTest::qWaitFor([&] { return written.has_value(); }, 10000) && written->ok();
}

std::optional<QByteArray> TestTokensPage::readSecret(const QString &profileId, Profiles::SecretKind kind)
{
    std::optional<Profiles::SecretResult> read;
    m_secrets->read(profileId, kind, this, [&](const Profiles::SecretResult &r) { read = r; });
    if (!QTest::qWaitFor([&] { return read.has_value(); }, 10000) || !read->ok())
        return std::nullopt;
    return read->value;
}

bool TestTokensPage::run(Grant grant)
{
    m_page->selectGrant(grant);
    QSignalSpy finished(m_page, &TokensPage::runFinished);
    auto *button = m_page->findChild<QPushButton *>(u"getTokenButton"_s);
    if (!button || !button->isEnabled()) {
        qWarning() << "Get Token is disabled";
        return false;
    }
    button->click();
    // A run that ends at once (the browser cannot start) has already signalled: no wait then.
    if (finished.isEmpty() && !finished.wait(30000)) {
        qWarning() << "no end; steps:" << m_page->steps();
        return false;
    }
    if (!finished.first().first().toBool())
        qWarning() << "failed; steps:" << m_page->steps() << m_page->errorText();
    return finished.first().first().toBool();
}

void TestTokensPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    Sandbox::SandboxOptions options;
    options.tenantId = Tenant;
    m_server = std::make_unique<Sandbox::SandboxServer>(options);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_issuer = m_server->baseUrl().toString(QUrl::StripTrailingSlash) + u'/' + Tenant + u'/' + Workspace;

    Sandbox::TenantState &s = m_server->state();
    const QJsonArray grants{u"authorization_code"_s, u"client_credentials"_s, u"refresh_token"_s, u"password"_s};
    QJsonArray workspaceGrants = grants;
    workspaceGrants << u"implicit"_s << ExchangeGrant << JwtBearerGrant;
    const auto ws = s.createServer(
        QJsonObject{{u"id"_s, Workspace}, {u"name"_s, u"Demo"_s}, {u"grant_types"_s, workspaceGrants}});
    QVERIFY2(ws.ok(), qPrintable(ws.error.error));
    const QJsonObject user{{u"username"_s, UserName},
                           {u"password"_s, UserPassword},
                           {u"email"_s, u"alice@example.com"_s},
                           {u"email_verified"_s, true}};
    const auto idp = s.createStaticIdp(Workspace, QJsonObject{
        {u"name"_s, u"Users"_s},
        {u"method"_s, u"static"_s},
        {u"credentials"_s, QJsonObject{{u"users"_s, QJsonArray{user}}}},
    });
    QVERIFY2(idp.ok(), qPrintable(idp.error.error));
    const auto client = s.createClient(QJsonObject{{u"client_id"_s, u"tokens-app"_s},
                                                   {u"authorization_server_id"_s, Workspace},
                                                   {u"client_secret"_s, QString::fromUtf8(ClientSecret)},
                                                   {u"token_endpoint_auth_method"_s, u"client_secret_basic"_s},
                                                   {u"grant_types"_s, grants},
                                                   {u"redirect_uris"_s, QJsonArray{u"http://127.0.0.1/callback"_s}},
                                                   {u"scopes"_s, QJsonArray{u"openid"_s, u"email"_s}}});
    QVERIFY2(client.ok(), qPrintable(client.error.error));
    // Access tokens of 4 s: automatic refresh comes at 3 s.
    const auto shortLived = s.createClient(QJsonObject{{u"client_id"_s, u"short-lived"_s},
                                                       {u"authorization_server_id"_s, Workspace},
                                                       {u"client_secret"_s, QString::fromUtf8(ClientSecret)},
                                                       {u"grant_types"_s, QJsonArray{u"password"_s, u"refresh_token"_s}},
                                                       {u"scopes"_s, QJsonArray{u"openid"_s, u"email"_s}},
                                                       {u"use_custom_token_ttls"_s, true},
                                                       {u"token_ttls"_s, QJsonObject{{u"access_token_ttl"_s, u"4s"_s}}}});
    QVERIFY2(shortLived.ok(), qPrintable(shortLived.error.error));
    // A public client allowed the hybrid and implicit response types (Cloudentity's spellings).
    QJsonArray responseTypes;
    for (const char *type : {"code", "token", "id_token", "token id_token", "code id_token", "token code",
                             "token id_token code"})
        responseTypes.append(QLatin1String(type));
    const auto hybrid = s.createClient(QJsonObject{{u"client_id"_s, HybridClient},
                                                   {u"authorization_server_id"_s, Workspace},
                                                   {u"token_endpoint_auth_method"_s, u"none"_s},
                                                   {u"grant_types"_s, QJsonArray{u"authorization_code"_s, u"implicit"_s}},
                                                   {u"response_types"_s, responseTypes},
                                                   {u"redirect_uris"_s, QJsonArray{u"http://127.0.0.1/callback"_s}},
                                                   {u"scopes"_s, QJsonArray{u"openid"_s, u"email"_s}}});
    QVERIFY2(hybrid.ok(), qPrintable(hybrid.error.error));
    // Token exchange (tst_sandboxexchange): client_secret_post, the exchange grant, an audience.
    const auto exchanger = s.createClient(QJsonObject{{u"client_id"_s, Exchanger},
                                                      {u"authorization_server_id"_s, Workspace},
                                                      {u"client_secret"_s, QString::fromUtf8(ClientSecret)},
                                                      {u"token_endpoint_auth_method"_s, u"client_secret_post"_s},
                                                      {u"grant_types"_s, QJsonArray{u"client_credentials"_s, ExchangeGrant}},
                                                      {u"scopes"_s, QJsonArray{u"email"_s}},
                                                      {u"audience"_s, QJsonArray{u"https://api.example/orders"_s}}});
    QVERIFY2(exchanger.ok(), qPrintable(exchanger.error.error));
    const auto jwtBearer = s.createClient(QJsonObject{{u"client_id"_s, JwtBearerClient},
                                                      {u"authorization_server_id"_s, Workspace},
                                                      {u"client_secret"_s, QString::fromUtf8(ClientSecret)},
                                                      {u"token_endpoint_auth_method"_s, u"client_secret_basic"_s},
                                                      {u"grant_types"_s, QJsonArray{JwtBearerGrant}},
                                                      {u"scopes"_s, QJsonArray{u"email"_s}},
                                                      {u"jwks"_s, QJsonObject{{u"keys"_s, QJsonArray{m_assertionKey.publicJwk}}}}});
    QVERIFY2(jwtBearer.ok(), qPrintable(jwtBearer.error.error));

    // The browser command is read when the page is made.
    const QString script = m_dir.filePath(u"browser.sh"_s);
    m_script = script;
    QFile file(script);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(BrowserScript);
    file.close();
    qputenv("TOKENSCOPE_BROWSER", QByteArray("sh ") + script.toUtf8());
    qputenv("TOKENSPAGE_TEST_USER", UserName.toUtf8());
    qputenv("TOKENSPAGE_TEST_PASSWORD", UserPassword.toUtf8());

    m_http = std::make_unique<HttpClient>(&m_network);
    m_profiles = std::make_unique<Profiles::ProfileStore>(m_dir.filePath(u"profiles"_s));
    QVERIFY(m_profiles->load().ok);
    m_secrets = std::make_unique<Profiles::SecretStore>(u"tokenscope-test-tokenspage"_s);
    QVERIFY(m_profiles->add(makeProfile(u"Sandbox demo"_s), &m_goodId).ok);
    QVERIFY(m_profiles->add(makeProfile(u"Wrong secret"_s), &m_badId).ok);
    Profiles::Profile shortProfile = makeProfile(u"Short lived"_s);
    shortProfile.clientId = u"short-lived"_s;
    QVERIFY(m_profiles->add(shortProfile, &m_shortId).ok);
    QVERIFY(storeSecret(m_shortId, Profiles::SecretKind::ClientSecret, ClientSecret));
    QVERIFY(storeSecret(m_goodId, Profiles::SecretKind::ClientSecret, ClientSecret));
    QVERIFY(storeSecret(m_badId, Profiles::SecretKind::ClientSecret, "not the secret"));
    Profiles::Profile exchangeProfile = makeProfile(u"Exchanger"_s);
    exchangeProfile.clientId = Exchanger;
    exchangeProfile.authMethod = Profiles::ClientAuthMethod::ClientSecretPost;
    exchangeProfile.scopes = {u"email"_s};
    QVERIFY(m_profiles->add(exchangeProfile, &m_exchangeId).ok);
    QVERIFY(storeSecret(m_exchangeId, Profiles::SecretKind::ClientSecret, ClientSecret));
    Profiles::Profile jwtProfile = makeProfile(u"JWT bearer"_s);
    jwtProfile.clientId = JwtBearerClient;
    jwtProfile.scopes = {u"email"_s};
    QVERIFY(m_profiles->add(jwtProfile, &m_jwtId).ok);
    QVERIFY(storeSecret(m_jwtId, Profiles::SecretKind::ClientSecret, ClientSecret));

    m_log = std::make_unique<ExchangeLog>();
    m_log->attach(m_http.get());
    m_window = std::make_unique<QWidget>();
    auto *layout = new QHBoxLayout(m_window.get());
    m_inspector = new TokenInspector(m_http.get(), m_window.get());
    m_page = new TokensPage(m_http.get(), m_profiles.get(), m_secrets.get(), m_log.get(), m_inspector, m_window.get());
    layout->addWidget(m_page);
    layout->addWidget(m_inspector);
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestTokensPage::cleanupTestCase()
{
    m_window.reset();
    if (m_provider) {
        m_provider->closeWriteChannel(); // the fixture exits when its standard input closes
        if (!QTest::qWaitFor([this] { return m_provider->state() == QProcess::NotRunning; }, 5000))
            m_provider->kill();
    }
    if (m_secrets) {
        for (const QString &id : {m_goodId, m_badId, m_shortId, m_exchangeId, m_jwtId}) {
            bool removed = false;
            m_secrets->removeAll(id, this, [&](const Profiles::SecretResult &) { removed = true; });
            if (!QTest::qWaitFor([&] { return removed; }, 5000))
                qWarning() << "keychain entries not removed";
        }
    }
    if (m_server)
        m_server->stop();
}

void TestTokensPage::init()
{
    m_page->selectProfile(m_goodId);
    QCOMPARE(m_page->currentProfileId(), m_goodId);
}

void TestTokensPage::clientCredentials()
{
    const int logBefore = m_log->count();
    QVERIFY(run(Grant::ClientCredentials));
    const OAuth::TokenSet &set = m_page->tokenSetView()->tokenSet();
    QVERIFY(!set.accessToken.isEmpty());
    QCOMPARE(set.grant, Grant::ClientCredentials);
    QCOMPARE(set.profileId, m_goodId);
    auto *table = m_page->findChild<QTableWidget *>(u"tokenSetTable"_s);
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, TokenSetView::TokenColumn)->text(), u"Access token"_s);
    QVERIFY2(table->item(0, TokenSetView::ExpiresColumn)->text().endsWith(u" left"_s),
             qPrintable(table->item(0, TokenSetView::ExpiresColumn)->text()));
    QCOMPARE(table->item(0, TokenSetView::TypeColumn)->text().toLower(), u"bearer"_s);
    // The countdown ticks while the page shows, and stops when it hides.
    QVERIFY(m_page->tokenSetView()->countdownRunning());
    m_window->hide();
    QVERIFY(!m_page->tokenSetView()->countdownRunning());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_page->tokenSetView()->countdownRunning());

    const QString steps = m_page->steps().join(u'\n');
    for (const QString &step : {u"Discovery answered"_s, u"Token request sent"_s, u"Token response"_s})
        QVERIFY2(steps.contains(step), qPrintable(steps));
    QVERIFY2(!steps.contains(set.accessToken), "a token in the steps");
    // The same steps reached the exchange log, attributed to the connection, with the exchanges.
    bool sawStep = false, sawExchange = false;
    for (int i = logBefore; i < m_log->count(); ++i) {
        const ExchangeLogEntry &entry = m_log->at(i);
        if (entry.kind == ExchangeLogEntry::Kind::Step && entry.title == u"Token response"_s) {
            sawStep = true;
            QCOMPARE(entry.source, u"Sandbox demo"_s);
        }
        sawExchange = sawExchange || (entry.kind == ExchangeLogEntry::Kind::Exchange
                                      && entry.exchange.request.url.path().endsWith(u"/oauth2/token"_s));
    }
    QVERIFY(sawStep);
    QVERIFY(sawExchange);
    QVERIFY(m_page->errorText().isEmpty());
}

void TestTokensPage::wrongSecretShowsInvalidClientWithHint()
{
    m_page->selectProfile(m_badId);
    QVERIFY(!run(Grant::ClientCredentials));
    const QString error = m_page->errorText();
    QVERIFY2(error.contains(u"error: invalid_client"_s), qPrintable(error));
    QVERIFY2(error.contains(u"What to try:"_s) && error.contains(u"raw Basic"_s), qPrintable(error));
    QVERIFY(m_page->tokenSetView()->tokenSet().isEmpty());
    // Switching back shows the other connection's set again, and no stale error on success.
    m_page->selectProfile(m_goodId);
    QVERIFY(!m_page->tokenSetView()->tokenSet().isEmpty());
}

void TestTokensPage::passwordGrantStoresTheRefreshToken()
{
    m_page->selectGrant(Grant::Password);
    lineEdit("usernameInput")->setText(UserName);
    lineEdit("passwordInput")->setText(UserPassword);
    QVERIFY(run(Grant::Password));
    // Sent once, not kept.
    QVERIFY(lineEdit("passwordInput")->text().isEmpty());
    const OAuth::TokenSet set = m_page->tokenSetView()->tokenSet();
    QCOMPARE(set.grant, Grant::Password);
    QVERIFY(!set.refreshToken.isEmpty());
    QTRY_VERIFY(m_page->steps().join(u'\n').contains(u"Refresh token stored in the keychain"_s));
    const std::optional<QByteArray> stored = readSecret(m_goodId, Profiles::SecretKind::RefreshToken);
    QVERIFY(stored);
    QCOMPARE(QString::fromUtf8(*stored), set.refreshToken);

    // A wrong password: invalid_grant with the password grant's hint.
    lineEdit("passwordInput")->setText(u"wrong"_s);
    QVERIFY(!run(Grant::Password));
    QVERIFY2(m_page->errorText().contains(u"password is wrong"_s), qPrintable(m_page->errorText()));
}

void TestTokensPage::refreshRotates()
{
    const std::optional<QByteArray> before = readSecret(m_goodId, Profiles::SecretKind::RefreshToken);
    QVERIFY2(before, "passwordGrantStoresTheRefreshToken runs first");
    const QString oldAccess = m_page->tokenSetView()->tokenSet().accessToken;
    QVERIFY(run(Grant::RefreshToken));
    const OAuth::TokenSet set = m_page->tokenSetView()->tokenSet();
    QCOMPARE(set.grant, Grant::RefreshToken);
    QVERIFY(set.accessToken != oldAccess);
    QVERIFY(set.refreshTokenRotated);
    auto *notice = m_page->findChild<QLabel *>(u"rotationNotice"_s);
    QVERIFY(notice && notice->isVisible());
    QVERIFY(notice->text().contains(u"rotated"_s));
    // The keychain holds the new refresh token; the old one no longer works.
    const std::optional<QByteArray> after = readSecret(m_goodId, Profiles::SecretKind::RefreshToken);
    QVERIFY(after);
    QCOMPARE(QString::fromUtf8(*after), set.refreshToken);
    QVERIFY(*after != *before);
    QVERIFY(storeSecret(m_goodId, Profiles::SecretKind::RefreshToken, *before));
    QVERIFY(!run(Grant::RefreshToken));
    QVERIFY2(m_page->errorText().contains(u"invalid_grant"_s), qPrintable(m_page->errorText()));
    QVERIFY2(m_page->errorText().contains(u"rotated"_s), qPrintable(m_page->errorText()));
    QVERIFY(storeSecret(m_goodId, Profiles::SecretKind::RefreshToken, after->data()));
}

void TestTokensPage::introspectUserinfoRevoke()
{
    m_page->selectGrant(Grant::Password);
    lineEdit("usernameInput")->setText(UserName);
    lineEdit("passwordInput")->setText(UserPassword);
    QVERIFY(run(Grant::Password));
    TokenSetView *view = m_page->tokenSetView();
    view->selectKind(OAuth::TokenSet::Kind::Access);
    view->findChild<QPushButton *>(u"introspectButton"_s)->click();
    QTRY_VERIFY2(view->resultText().startsWith(u"Active"_s), qPrintable(view->resultText()));
    QVERIFY(view->resultText().contains(u"\"active\": true"_s));

    view->findChild<QPushButton *>(u"userinfoButton"_s)->click();
    QTRY_VERIFY2(view->resultText().contains(u"alice@example.com"_s), qPrintable(view->resultText()));

    view->findChild<QPushButton *>(u"revokeButton"_s)->click();
    QTRY_VERIFY2(view->resultText().startsWith(u"Revoked"_s), qPrintable(view->resultText()));
    view->findChild<QPushButton *>(u"introspectButton"_s)->click();
    QTRY_VERIFY2(view->resultText().startsWith(u"Not active"_s), qPrintable(view->resultText()));
    // Userinfo with the revoked token: refused, said plainly.
    view->findChild<QPushButton *>(u"userinfoButton"_s)->click();
    QTRY_VERIFY2(view->resultText().contains(u"invalid_token"_s), qPrintable(view->resultText()));
}

void TestTokensPage::openInInspectorSetsTheExpectations()
{
    QVERIFY(run(Grant::ClientCredentials));
    TokenSetView *view = m_page->tokenSetView();
    const QString access = view->tokenSet().accessToken;
    view->selectKind(OAuth::TokenSet::Kind::Access);
    view->findChild<QPushButton *>(u"openInInspectorButton"_s)->click();
    QVERIFY(m_inspector->currentToken());
    QCOMPARE(m_inspector->currentToken()->compact, access);
    VerificationPanel *panel = m_inspector->verificationPanel();
    QCOMPARE(panel->options().expectedIssuer, m_issuer);
    QCOMPARE(panel->options().role, Jose::TokenRole::AccessToken);
    auto *jwks = panel->findChild<QLineEdit *>(u"jwksUrlInput"_s);
    QVERIFY(jwks);
    QVERIFY2(jwks->text().startsWith(m_issuer) && jwks->text().contains(u"jwks"_s), qPrintable(jwks->text()));
    // The JWKS is fetched and the signature and issuer check out.
    QTRY_VERIFY_WITH_TIMEOUT(panel->bannerText().startsWith(u"Valid"_s), 15000);
}

void TestTokensPage::authorizationCodeThroughTheBrowserCommand()
{
    QVERIFY(run(Grant::AuthorizationCode));
    const OAuth::TokenSet set = m_page->tokenSetView()->tokenSet();
    QCOMPARE(set.grant, Grant::AuthorizationCode);
    QVERIFY(!set.idToken.isEmpty());
    QVERIFY(!set.nonce.isEmpty());
    const QString steps = m_page->steps().join(u'\n');
    for (const QString &step : {u"Authorization URL"_s, u"Browser opened"_s, u"Callback received"_s,
                                u"Token request sent"_s, u"Token response"_s})
        QVERIFY2(steps.contains(step), qPrintable(steps));
    QVERIFY2(!steps.contains(set.accessToken), "a token in the steps");
    auto *table = m_page->findChild<QTableWidget *>(u"tokenSetTable"_s);
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->item(1, TokenSetView::TokenColumn)->text(), u"ID token"_s);

    // The ID token in the inspector: audience is the client id, nonce the one sent; it verifies.
    m_page->tokenSetView()->selectKind(OAuth::TokenSet::Kind::Id);
    m_page->tokenSetView()->findChild<QPushButton *>(u"openInInspectorButton"_s)->click();
    VerificationPanel *panel = m_inspector->verificationPanel();
    QCOMPARE(panel->options().expectedAudience, u"tokens-app"_s);
    QCOMPARE(panel->options().expectedNonce, set.nonce);
    QCOMPARE(panel->options().role, Jose::TokenRole::IdToken);
    QTRY_VERIFY_WITH_TIMEOUT(panel->bannerText().startsWith(u"Valid"_s), 15000);
    const Jose::Check *nonce = nullptr;
    QTRY_VERIFY((nonce = Jose::verifyToken(*m_inspector->currentToken(), panel->options()).find(u"nonce")) != nullptr);
    QCOMPARE(nonce->status, Jose::CheckStatus::Pass);
}

// The Browser command setting (kept in the settings) is used before TOKENSCOPE_BROWSER; an
// unterminated quote is refused before anything starts.
void TestTokensPage::browserCommandSettingWinsOverTheEnvironment()
{
    const QByteArray environment = qgetenv("TOKENSCOPE_BROWSER");
    qputenv("TOKENSCOPE_BROWSER", "/nonexistent/tokenscope-test-browser");
    m_page->selectGrant(Grant::AuthorizationCode);
    auto *command = lineEdit("browserCommandInput");
    QVERIFY(command->isVisibleTo(m_page));
    const auto restore = qScopeGuard([command, environment] {
        qputenv("TOKENSCOPE_BROWSER", environment);
        command->setText(QString());
        emit command->editingFinished();
        QSettings().remove(u"tokensPage/browserCommand"_s);
    });

    command->setText(u"sh 'unterminated"_s);
    auto *getToken = m_page->findChild<QPushButton *>(u"getTokenButton"_s);
    QVERIFY(!getToken->isEnabled());
    QVERIFY(m_page->findChild<QLabel *>(u"tokenFormProblem"_s)->text().contains(u"quote"_s));

    command->setText(u"sh "_s + m_script);
    emit command->editingFinished();
    QCOMPARE(QSettings().value(u"tokensPage/browserCommand"_s).toString(), QString(u"sh "_s + m_script));
    QVERIFY(getToken->isEnabled());
    QVERIFY(run(Grant::AuthorizationCode)); // the environment's browser does not exist: the setting ran
    QVERIFY(!m_page->tokenSetView()->tokenSet().accessToken.isEmpty());

    // Empty again: the environment's command is back (and fails to start, as it should).
    command->setText(QString());
    emit command->editingFinished();
    QVERIFY(!run(Grant::AuthorizationCode));
    QVERIFY2(m_page->errorText().contains(u"tokenscope-test-browser"_s), qPrintable(m_page->errorText()));
}

void TestTokensPage::authorizationUrlCopiedInstead()
{
    auto *copyOnly = m_page->findChild<QCheckBox *>(u"copyAuthorizationUrlCheck"_s);
    QVERIFY(copyOnly);
    copyOnly->setChecked(true);
    const auto uncheck = qScopeGuard([copyOnly] { copyOnly->setChecked(false); });
    m_page->selectGrant(Grant::AuthorizationCode);
    QSignalSpy finished(m_page, &TokensPage::runFinished);
    m_page->findChild<QPushButton *>(u"getTokenButton"_s)->click();
    auto *shown = lineEdit("authorizationUrlOutput");
    QTRY_VERIFY(shown->isVisible() && shown->text().startsWith(m_issuer + u"/oauth2/authorize?"_s));
    QCOMPARE(QGuiApplication::clipboard()->text(), shown->text());
    QVERIFY(m_page->isRunning());
    QVERIFY(!m_page->steps().join(u'\n').contains(u"Browser opened"_s));
    // The user opens the copied URL in a browser of their own: here the same script.
    QProcess browser;
    browser.start(u"sh"_s, {m_script, QGuiApplication::clipboard()->text()});
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.first().first().toBool(), qPrintable(m_page->errorText()));
    QCOMPARE(m_page->tokenSetView()->tokenSet().grant, Grant::AuthorizationCode);
    QTRY_COMPARE_WITH_TIMEOUT(browser.state(), QProcess::NotRunning, 10000);
    QCOMPARE(browser.exitCode(), 0);

    // Cancel while waiting: the run ends, the listener closes.
    m_page->findChild<QPushButton *>(u"getTokenButton"_s)->click();
    QTRY_VERIFY(m_page->isRunning() && shown->isVisible());
    finished.clear();
    m_page->findChild<QPushButton *>(u"cancelGrantButton"_s)->click();
    QVERIFY(!m_page->isRunning());
    QCOMPARE(finished.size(), 1);
    QVERIFY(!finished.first().first().toBool());
    QVERIFY(m_page->steps().join(u'\n').contains(u"Cancelled"_s));
    QVERIFY(m_page->findChild<QPushButton *>(u"getTokenButton"_s)->isEnabled());
}

// OIDC Core §3.3 "code id_token": the front-channel ID token is verified with the server's JWKS
// (fetched from discovery's jwks_uri) and lands in the token set with the code's tokens.
void TestTokensPage::hybridCodeIdTokenThroughTheBrowserCommand()
{
    Profiles::Profile p = makeProfile(u"Hybrid"_s);
    p.clientId = HybridClient;
    p.authMethod = Profiles::ClientAuthMethod::None;
    QString id;
    QVERIFY(m_profiles->add(p, &id).ok);
    const auto removeProfile = qScopeGuard([this, id] { QVERIFY(m_profiles->remove(id).ok); });
    m_page->selectProfile(id);
    m_page->selectGrant(Grant::AuthorizationCode);
    auto *responseType = m_page->findChild<QComboBox *>(u"responseTypeCombo"_s);
    QVERIFY(responseType && responseType->isVisibleTo(m_page));
    auto *note = m_page->findChild<QLabel *>(u"responseTypeNote"_s);
    QVERIFY(note && !note->isVisibleTo(m_page)); // code: nothing to warn about
    m_page->selectResponseType(u"id_token token"_s);
    QVERIFY(note->isVisibleTo(m_page) && note->text().contains(u"Security Best Current Practice"_s));
    m_page->selectResponseType(u"code id_token"_s);
    QCOMPARE(responseType->currentData().toString(), u"code id_token"_s);
    const auto reset = qScopeGuard([this] {
        m_page->cancel(); // a failed run must not hold the page
        m_page->selectResponseType(u"code"_s);
    });

    QVERIFY(run(Grant::AuthorizationCode));
    const OAuth::TokenSet set = m_page->tokenSetView()->tokenSet();
    QCOMPARE(set.profileId, id);
    QVERIFY(!set.accessToken.isEmpty());
    QVERIFY(!set.idToken.isEmpty());
    QVERIFY(!set.nonce.isEmpty());
    const QString steps = m_page->steps().join(u'\n');
    QVERIFY2(steps.contains(u"Front-channel tokens verified"_s), qPrintable(steps));
    QVERIFY2(steps.contains(u"response_type=code%20id_token"_s) || steps.contains(u"response_type=code+id_token"_s),
             qPrintable(steps));
    auto *table = m_page->findChild<QTableWidget *>(u"tokenSetTable"_s);
    bool idRow = false;
    for (int row = 0; row < table->rowCount(); ++row)
        idRow = idRow || table->item(row, TokenSetView::TokenColumn)->text() == u"ID token"_s;
    QVERIFY(idRow);
    // The ID token's nonce is the one the page sent.
    const QJsonObject claims = QJsonDocument::fromJson(
        QByteArray::fromBase64(set.idToken.section(u'.', 1, 1).toLatin1(), QByteArray::Base64UrlEncoding)).object();
    QCOMPARE(claims.value(u"nonce").toString(), set.nonce);
    QCOMPARE(claims.value(u"aud").toString(), HybridClient);
}

namespace {
QJsonObject payload(const QString &jwt)
{
    return QJsonDocument::fromJson(QByteArray::fromBase64(jwt.section(u'.', 1, 1).toLatin1(),
                                                          QByteArray::Base64UrlEncoding))
        .object();
}
} // namespace

// RFC 8693 against the sandbox: the set's access token as the subject, an audience and a
// requested type; the server's act claim names the exchanging client. A pasted bad token is refused.
void TestTokensPage::tokenExchangeOfTheSetsAccessToken()
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

// OIDC RP-Initiated Logout: the URL carries the set's ID token as id_token_hint and the client
// id; the end_session_endpoint comes from discovery; the set is cleared.
void TestTokensPage::signOutBuildsTheLogoutUrl()
{
    auto *signOut = m_page->findChild<QPushButton *>(u"copySignOutUrlButton"_s);
    QVERIFY(signOut);
    QVERIFY(run(Grant::ClientCredentials));
    QVERIFY(!signOut->isEnabled()); // no ID token in this set
    QVERIFY(run(Grant::AuthorizationCode));
    const OAuth::TokenSet set = m_page->tokenSetView()->tokenSet();
    QVERIFY(!set.idToken.isEmpty());
    QVERIFY(signOut->isEnabled());
    QSignalSpy changed(m_page, &TokensPage::tokenSetChanged);
    signOut->click();
    const QUrl url(QGuiApplication::clipboard()->text());
    QVERIFY2(url.toString().startsWith(m_issuer), qPrintable(url.toString()));
    const QUrlQuery query(url);
    QVERIFY2(query.hasQueryItem(u"id_token_hint"_s), qPrintable(url.toString()));
    QCOMPARE(query.queryItemValue(u"id_token_hint"_s, QUrl::FullyDecoded), set.idToken);
    QCOMPARE(query.queryItemValue(u"client_id"_s, QUrl::FullyDecoded), u"tokens-app"_s);
    QCOMPARE(query.queryItemValue(u"ui"_s), u"1"_s); // the endpoint's own query is kept
    QCOMPARE(lineEdit("logoutUrlOutput")->text(), QGuiApplication::clipboard()->text());
    QVERIFY(m_page->tokenSetView()->tokenSet().isEmpty());
    QCOMPARE(changed.size(), 1);
    QVERIFY(!signOut->isEnabled());
    QVERIFY(m_page->errorText().isEmpty());
}

// RFC 7523 against the sandbox: the key file comes from the file chooser, the assertion's subject
// from the form; the sandbox knows the public key. A key it does not know: invalid_grant and the hint.
void TestTokensPage::jwtBearerWithAChosenKeyFile()
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

void TestTokensPage::automaticRefreshAtThreeQuarters()
{
    m_page->selectProfile(m_shortId);
    lineEdit("usernameInput")->setText(UserName);
    lineEdit("passwordInput")->setText(UserPassword);
    QVERIFY(run(Grant::Password));
    TokenSetView *view = m_page->tokenSetView();
    const OAuth::TokenSet first = view->tokenSet();
    QCOMPARE(first.expiresIn, 4);
    QSignalSpy changed(m_page, &TokensPage::tokenSetChanged);
    view->setAutoRefresh(true);
    const auto off = qScopeGuard([view] { view->setAutoRefresh(false); });
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 20000);
    const OAuth::TokenSet refreshed = view->tokenSet();
    QCOMPARE(refreshed.grant, Grant::RefreshToken);
    QVERIFY(refreshed.accessToken != first.accessToken);
    QVERIFY(refreshed.refreshTokenRotated);
    QVERIFY2(m_page->steps().join(u'\n').contains(u"Automatic refresh"_s), qPrintable(m_page->steps().join(u'\n')));
    // It was not expired yet when refreshed (75% of the lifetime).
    QVERIFY(first.accessExpiresAt() && refreshed.obtainedAt < *first.accessExpiresAt());

    // The next one is refused (a refresh token the server never issued): shown once, not retried.
    auto *timer = m_page->findChild<QTimer *>(u"autoRefreshTimer"_s);
    QVERIFY(timer);
    QTRY_VERIFY(timer->isActive()); // once the new refresh token is in the keychain
    QVERIFY(storeSecret(m_shortId, Profiles::SecretKind::RefreshToken, "never-issued"));
    QTRY_VERIFY_WITH_TIMEOUT(m_page->errorText().contains(u"invalid_grant"_s), 20000);
    QVERIFY(!m_page->isRunning());
    QVERIFY(!timer->isActive());
}

void TestTokensPage::chosenConnectionSurvivesStoreChanges()
{
    m_page->selectProfile(m_goodId);
    // A connection that sorts first: the page stays on its connection.
    Profiles::Profile first = makeProfile(u"AAA first"_s);
    QString id;
    QVERIFY(m_profiles->add(first, &id).ok);
    QCOMPARE(m_page->currentProfileId(), m_goodId);
    QVERIFY(m_profiles->remove(id).ok);
    QCOMPARE(m_page->currentProfileId(), m_goodId);
}

// RFC 8628 against panva's oidc-provider: the user code and verification URI shown large, Copy
// Code, then nobody approves and the grant ends as expired.
void TestTokensPage::deviceCodeAgainstOidcProvider()
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

void TestTokensPage::everyInteractiveWidgetHasAnAccessibleName()
{
    for (Grant grant : {Grant::ClientCredentials, Grant::AuthorizationCode, Grant::Password, Grant::DeviceCode,
                        Grant::RefreshToken, Grant::TokenExchange, Grant::JwtBearer}) {
        m_page->selectGrant(grant);
        const QStringList unnamed = unnamedFocusable(m_page);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
    }
    // The exchange form with a pasted subject token.
    m_page->selectGrant(Grant::TokenExchange);
    auto *source = m_page->findChild<QComboBox *>(u"subjectSourceCombo"_s);
    source->setCurrentIndex(source->findData(u"pasted"_s));
    QVERIFY(lineEdit("subjectTokenInput")->isVisibleTo(m_page));
    QVERIFY2(unnamedFocusable(m_page).isEmpty(), qPrintable(unnamedFocusable(m_page).join(u", "_s)));
    source->setCurrentIndex(0);
    m_page->findChild<QLineEdit *>(u"logoutUrlOutput"_s)->show();
    // The device box and the error box too.
    m_page->findChild<QGroupBox *>(u"deviceAuthorizationBox"_s)->show();
    m_page->findChild<QGroupBox *>(u"grantErrorBox"_s)->show();
    const QStringList unnamed = unnamedFocusable(m_page);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
    QVERIFY(m_page->findChild<QPushButton *>(u"copyUserCodeButton"_s)->isVisibleTo(m_page));
    m_page->findChild<QGroupBox *>(u"deviceAuthorizationBox"_s)->hide();
}

QTEST_MAIN(TestTokensPage)
#include "tst_tokenspage.moc"
