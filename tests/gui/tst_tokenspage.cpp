// SPDX-License-Identifier: GPL-3.0-or-later
// The Tokens page against the real sandbox (tokenspagefixture.h: in-process SandboxServer, real
// sockets, client secrets and refresh tokens in the real keychain, KEYRING): client credentials,
// password and refresh, the authorization-code grant (plain and hybrid), the token set and its
// actions, the inspector's expectations, errors with their hints, accessible names. The other
// grants (exchange, JWT bearer, device code) are in tst_tokenspagegrants.
// The authorization-code grant runs through TOKENSCOPE_BROWSER set to a small shell script that
// signs in on the sandbox's login page with curl and follows the redirect to our listener.

#include "inspector/verificationpanel.h"
#include "oauth/tokenset.h"
#include "tokens/tokensetview.h"
#include "tokenspagefixture.h"
#include "unnamedfocusable.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QGuiApplication>
#include <QLabel>
#include <QProcess>
#include <QScopeGuard>
#include <QSettings>
#include <QTableWidget>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace TokensPageTest;
using OAuth::Grant;

namespace {

const QString HybridClient = u"hybrid-app"_s;

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

} // namespace

class TestTokensPage final : public QObject, private Fixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { tearDown(); }
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
    void signOutBuildsTheLogoutUrl();
    void automaticRefreshAtThreeQuarters();
    void chosenConnectionSurvivesStoreChanges();
    void everyInteractiveWidgetHasAnAccessibleName();

private:
    QString m_goodId, m_badId, m_shortId;
    QString m_script;
};

void TestTokensPage::initTestCase()
{
    startSandbox(u"tokenscope-test-tokenspage"_s);
    if (QTest::currentTestFailed())
        return;
    const QJsonArray grants{u"authorization_code"_s, u"client_credentials"_s, u"refresh_token"_s, u"password"_s};
    QVERIFY(addClient(QJsonObject{{u"client_id"_s, u"tokens-app"_s},
                                  {u"client_secret"_s, QString::fromUtf8(ClientSecret)},
                                  {u"token_endpoint_auth_method"_s, u"client_secret_basic"_s},
                                  {u"grant_types"_s, grants},
                                  {u"redirect_uris"_s, QJsonArray{u"http://127.0.0.1/callback"_s}},
                                  {u"scopes"_s, QJsonArray{u"openid"_s, u"email"_s}}}));
    // Access tokens of 4 s: automatic refresh comes at 3 s.
    QVERIFY(addClient(QJsonObject{{u"client_id"_s, u"short-lived"_s},
                                  {u"client_secret"_s, QString::fromUtf8(ClientSecret)},
                                  {u"grant_types"_s, QJsonArray{u"password"_s, u"refresh_token"_s}},
                                  {u"scopes"_s, QJsonArray{u"openid"_s, u"email"_s}},
                                  {u"use_custom_token_ttls"_s, true},
                                  {u"token_ttls"_s, QJsonObject{{u"access_token_ttl"_s, u"4s"_s}}}}));
    // A public client allowed the hybrid and implicit response types (Cloudentity's spellings).
    QJsonArray responseTypes;
    for (const char *type : {"code", "token", "id_token", "token id_token", "code id_token", "token code",
                             "token id_token code"})
        responseTypes.append(QLatin1String(type));
    QVERIFY(addClient(QJsonObject{{u"client_id"_s, HybridClient},
                                  {u"token_endpoint_auth_method"_s, u"none"_s},
                                  {u"grant_types"_s, QJsonArray{u"authorization_code"_s, u"implicit"_s}},
                                  {u"response_types"_s, responseTypes},
                                  {u"redirect_uris"_s, QJsonArray{u"http://127.0.0.1/callback"_s}},
                                  {u"scopes"_s, QJsonArray{u"openid"_s, u"email"_s}}}));

    // The browser command is read when the page is made.
    m_script = m_dir.filePath(u"browser.sh"_s);
    QFile file(m_script);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(BrowserScript);
    file.close();
    qputenv("TOKENSCOPE_BROWSER", QByteArray("sh ") + m_script.toUtf8());
    qputenv("TOKENSPAGE_TEST_USER", UserName.toUtf8());
    qputenv("TOKENSPAGE_TEST_PASSWORD", UserPassword.toUtf8());

    QVERIFY(addProfile(makeProfile(u"Sandbox demo"_s), ClientSecret, &m_goodId));
    QVERIFY(addProfile(makeProfile(u"Wrong secret"_s), "not the secret", &m_badId));
    Profiles::Profile shortProfile = makeProfile(u"Short lived"_s);
    shortProfile.clientId = u"short-lived"_s;
    QVERIFY(addProfile(shortProfile, ClientSecret, &m_shortId));
    showPage();
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
    const QJsonObject claims = payload(set.idToken);
    QCOMPARE(claims.value(u"nonce").toString(), set.nonce);
    QCOMPARE(claims.value(u"aud").toString(), HybridClient);
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
