// SPDX-License-Identifier: GPL-3.0-or-later
// The implicit and hybrid response types (and PAR, token exchange, JWT bearer where the sandbox
// has them) end to end against the real sandbox over real sockets: the AuthorizationCodeFlow's
// own LoopbackListener, the sandbox's login page driven over HTTP by a small "browser" that
// signs in, follows the redirect, submits form_post pages and, for fragment responses, does
// what the listener's relay page does in a browser (posts the fragment back to the listener).

#include "oauth/authorizationcodeflow.h"
#include "oauth/browserlauncher.h"
#include "oauth/frontchannel.h"
#include "oauth/tokenoperations.h"
#include "profiles/secretstore.h"
#include "sandboxserver.h"
#include "tenantstate.h"
#include "testkeys.h"

#include "jose/decodedtoken.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <memory>
#include <optional>

using namespace Profiles;
using OAuth::AuthorizationCodeFlow;
using OAuth::AuthorizationCodeResult;
using Outcome = OAuth::AuthorizationCodeResult::Outcome;

namespace {

const QString Tenant = QStringLiteral("default");
const QString Workspace = QStringLiteral("grants");
const QString UserName = QStringLiteral("alice");
const QString UserPassword = QStringLiteral("pw-Wonderland+&42");
const QString PublicClient = QStringLiteral("hybrid-public");

QString htmlUnescape(QString text)
{
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&#39;"), QLatin1String("'"));
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text;
}

// The first form of a page: its action and its hidden inputs.
struct HtmlForm
{
    QString action;
    QList<QPair<QString, QString>> hidden;
};

std::optional<HtmlForm> firstForm(const QByteArray &html)
{
    const QString text = QString::fromUtf8(html);
    static const QRegularExpression formRe(QStringLiteral("<form method=\"post\" action=\"([^\"]*)\">"));
    const auto form = formRe.match(text);
    if (!form.hasMatch())
        return std::nullopt;
    HtmlForm result;
    result.action = htmlUnescape(form.captured(1));
    static const QRegularExpression inputRe(
        QStringLiteral("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\">"));
    auto inputs = inputRe.globalMatch(text, form.capturedEnd());
    while (inputs.hasNext()) {
        const auto input = inputs.next();
        result.hidden.append({htmlUnescape(input.captured(1)), htmlUnescape(input.captured(2))});
    }
    return result;
}

QByteArray formBody(const QList<QPair<QString, QString>> &items)
{
    QByteArray body;
    for (const auto &[name, value] : items) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

// A browser without JavaScript that knows the sandbox's pages: GET the authorization URL, sign
// in, then deliver the authorization response to the redirect URI as a browser would.
class HttpBrowser final : public QObject, public OAuth::BrowserLauncher
{
public:
    explicit HttpBrowser(QNetworkAccessManager *network) : m_network(network) {}

    bool open(const QUrl &url, QString *) override
    {
        opened.append(url);
        get(url, [this, url](QNetworkReply *page) {
            const auto form = firstForm(page->readAll());
            if (!form) {
                fail(QStringLiteral("no login form at %1").arg(url.toString()));
                return;
            }
            QList<QPair<QString, QString>> fields = form->hidden;
            fields.append({QStringLiteral("username"), UserName});
            fields.append({QStringLiteral("password"), UserPassword});
            post(url.resolved(QUrl(form->action)), formBody(fields),
                 [this](QNetworkReply *reply) { deliver(reply); });
        });
        return true;
    }

    QList<QUrl> opened;
    QStringList problems;
    bool relayPageSeen = false;

private:
    void deliver(QNetworkReply *reply)
    {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 302 || status == 303) {
            const QUrl location = reply->url().resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
            if (!location.hasFragment()) {
                get(location, [](QNetworkReply *) {});
                return;
            }
            // response_mode fragment: the browser keeps the fragment; the listener's relay page
            // posts it back (resources/oauth/relay.html). Done here without JavaScript.
            const QString fragment = location.fragment(QUrl::FullyEncoded);
            const QUrl page = location.adjusted(QUrl::RemoveFragment);
            get(page, [this, page, fragment](QNetworkReply *relay) {
                relayPageSeen = relay->readAll().contains("window.location.hash");
                post(page, fragment.toLatin1(), [](QNetworkReply *) {});
            });
            return;
        }
        const QByteArray body = reply->readAll();
        const auto form = firstForm(body);
        if (status != 200 || !form) {
            fail(QStringLiteral("unexpected answer %1 to the sign-in: %2").arg(status).arg(QString::fromUtf8(body.left(300))));
            return;
        }
        // response_mode form_post: the auto-submitting form.
        post(QUrl(form->action), formBody(form->hidden), [](QNetworkReply *) {});
    }

    void fail(const QString &problem) { problems.append(problem); }

    void get(const QUrl &url, std::function<void(QNetworkReply *)> then)
    {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        finish(m_network->get(request), std::move(then));
    }
    void post(const QUrl &url, const QByteArray &body, std::function<void(QNetworkReply *)> then)
    {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        finish(m_network->post(request, body), std::move(then));
    }
    void finish(QNetworkReply *reply, std::function<void(QNetworkReply *)> then)
    {
        connect(reply, &QNetworkReply::finished, this, [reply, then] {
            then(reply);
            reply->deleteLater();
        });
    }

    QNetworkAccessManager *m_network;
};

} // namespace

class TestClientGrants final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void implicitAndHybrid_data();
    void implicitAndHybrid();
    void foreignKeysRefused();

private:
    QString issuer() const;
    Profile publicProfile() const;
    std::optional<AuthorizationCodeResult> run(AuthorizationCodeFlow &flow, const Profile &p,
                                               const AuthorizationCodeFlow::Options &options);

    std::unique_ptr<Sandbox::SandboxServer> m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<OAuth::TokenClient> m_tokens;
    std::unique_ptr<OAuth::TokenOperations> m_operations;
};

QString TestClientGrants::issuer() const
{
    return m_server->baseUrl().toString(QUrl::StripTrailingSlash) + u'/' + Tenant + u'/' + Workspace;
}

Profile TestClientGrants::publicProfile() const
{
    Profile p;
    p.id = Profile::newId();
    p.name = QStringLiteral("grants");
    p.preset = QStringLiteral("oidc");
    p.issuer = QUrl(issuer());
    p.endpoints.setUrl(EndpointKind::Authorization, QUrl(issuer() + QLatin1String("/oauth2/authorize")));
    p.endpoints.setUrl(EndpointKind::Token, QUrl(issuer() + QLatin1String("/oauth2/token")));
    p.endpoints.setUrl(EndpointKind::Jwks, QUrl(issuer() + QLatin1String("/.well-known/jwks.json")));
    p.endpoints.setUrl(EndpointKind::Userinfo, QUrl(issuer() + QLatin1String("/userinfo")));
    p.clientId = PublicClient;
    p.authMethod = ClientAuthMethod::None;
    p.scopes = {QStringLiteral("openid"), QStringLiteral("email")};
    return p;
}

void TestClientGrants::initTestCase()
{
    Sandbox::SandboxOptions options;
    options.tenantId = Tenant;
    m_server = std::make_unique<Sandbox::SandboxServer>(options);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));

    Sandbox::TenantState &s = m_server->state();
    const auto ws = s.createServer(QJsonObject{
        {QStringLiteral("id"), Workspace},
        {QStringLiteral("name"), QStringLiteral("Grants")},
        {QStringLiteral("grant_types"), QJsonArray{QStringLiteral("authorization_code"), QStringLiteral("implicit"),
                                                   QStringLiteral("refresh_token"), QStringLiteral("client_credentials")}},
    });
    QVERIFY2(ws.ok(), qPrintable(ws.error.error));
    const QJsonObject user{{QStringLiteral("username"), UserName},
                           {QStringLiteral("password"), UserPassword},
                           {QStringLiteral("email"), QStringLiteral("alice@example.com")},
                           {QStringLiteral("email_verified"), true}};
    const auto idp = s.createStaticIdp(Workspace, QJsonObject{
        {QStringLiteral("name"), QStringLiteral("Users")},
        {QStringLiteral("method"), QStringLiteral("static")},
        {QStringLiteral("credentials"), QJsonObject{{QStringLiteral("users"), QJsonArray{user}}}},
    });
    QVERIFY2(idp.ok(), qPrintable(idp.error.error));
    QJsonArray responseTypes;
    // Cloudentity's spellings (admin.json); the sandbox compares them as sets.
    for (const char *type : {"code", "token", "id_token", "token id_token", "code id_token", "token code",
                             "token id_token code"})
        responseTypes.append(QLatin1String(type));
    const auto client = s.createClient(QJsonObject{
        {QStringLiteral("client_id"), PublicClient},
        {QStringLiteral("authorization_server_id"), Workspace},
        {QStringLiteral("token_endpoint_auth_method"), QStringLiteral("none")},
        {QStringLiteral("grant_types"), QJsonArray{QStringLiteral("authorization_code"), QStringLiteral("implicit"),
                                                   QStringLiteral("refresh_token")}},
        {QStringLiteral("response_types"), responseTypes},
        {QStringLiteral("redirect_uris"), QJsonArray{QStringLiteral("http://127.0.0.1/callback")}},
        {QStringLiteral("scopes"), QJsonArray{QStringLiteral("openid"), QStringLiteral("email")}},
    });
    QVERIFY2(client.ok(), qPrintable(client.error.error));

    m_http = std::make_unique<HttpClient>(&m_network);
    m_secrets = std::make_unique<SecretStore>(QStringLiteral("tokenscope-test-clientgrants"));
    m_secrets->useSessionMemory();
    m_tokens = std::make_unique<OAuth::TokenClient>(m_http.get(), m_secrets.get());
    m_operations = std::make_unique<OAuth::TokenOperations>(m_tokens.get(), m_http.get());
}

void TestClientGrants::cleanupTestCase()
{
    if (m_server)
        m_server->stop();
}

std::optional<AuthorizationCodeResult> TestClientGrants::run(AuthorizationCodeFlow &flow, const Profile &p,
                                                             const AuthorizationCodeFlow::Options &options)
{
    std::optional<AuthorizationCodeResult> result;
    const auto connection = connect(&flow, &AuthorizationCodeFlow::finished, this,
                                    [&result](const AuthorizationCodeResult &r) { result = r; });
    flow.start(p, options);
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000))
        result.reset();
    disconnect(connection);
    return result;
}

void TestClientGrants::implicitAndHybrid_data()
{
    QTest::addColumn<QString>("responseType");
    QTest::addColumn<QString>("responseMode");
    QTest::newRow("code, query") << QStringLiteral("code") << QString();
    QTest::newRow("token, fragment") << QStringLiteral("token") << QString();
    QTest::newRow("id_token, form_post") << QStringLiteral("id_token") << QStringLiteral("form_post");
    QTest::newRow("id_token token, fragment") << QStringLiteral("id_token token") << QString();
    QTest::newRow("id_token token, form_post") << QStringLiteral("id_token token") << QStringLiteral("form_post");
    QTest::newRow("code id_token, fragment") << QStringLiteral("code id_token") << QStringLiteral("fragment");
    QTest::newRow("code token, form_post") << QStringLiteral("code token") << QStringLiteral("form_post");
    QTest::newRow("code id_token token, fragment") << QStringLiteral("code id_token token") << QString();
    QTest::newRow("code id_token token, form_post") << QStringLiteral("code id_token token")
                                                    << QStringLiteral("form_post");
}

void TestClientGrants::implicitAndHybrid()
{
    QFETCH(QString, responseType);
    QFETCH(QString, responseMode);
    HttpBrowser browser(&m_network);
    AuthorizationCodeFlow flow(m_tokens.get(), m_http.get(), &browser);
    QSignalSpy tokenRequests(&flow, &AuthorizationCodeFlow::tokenRequestSent);
    AuthorizationCodeFlow::Options options;
    options.responseType = responseType;
    options.responseMode = responseMode;
    options.facts.issParameterSupported = true; // the sandbox sends RFC 9207 iss in every mode
    options.timeout = std::chrono::seconds(20);
    const Profile p = publicProfile();
    const auto result = run(flow, p, options);
    QVERIFY2(browser.problems.isEmpty(), qPrintable(browser.problems.join(u'\n')));
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->message));
    QCOMPARE(browser.opened.size(), 1);
    QCOMPARE(QUrlQuery(browser.opened.first()).queryItemValue(QStringLiteral("response_type"), QUrl::FullyDecoded),
             responseType);

    const QStringList parts = OAuth::responseTypeParts(responseType);
    const bool fragment = responseMode == QLatin1String("fragment")
                          || (responseMode.isEmpty() && OAuth::returnsTokensFromAuthorizationEndpoint(responseType));
    QCOMPARE(browser.relayPageSeen, fragment);
    QCOMPARE(tokenRequests.count(), parts.contains(QLatin1String("code")) ? 1 : 0);
    QVERIFY(result->token);
    if (OAuth::returnsTokensFromAuthorizationEndpoint(responseType)) {
        QVERIFY(result->frontChannel);
        const OAuth::TokenResponse &front = *result->frontChannel;
        QCOMPARE(front.accessToken.isEmpty(), !parts.contains(QLatin1String("token")));
        QCOMPARE(front.idToken.isEmpty(), !parts.contains(QLatin1String("id_token")));
        if (parts.contains(QLatin1String("token"))) {
            QCOMPARE(front.tokenType.toLower(), QStringLiteral("bearer"));
            QVERIFY(front.expiresIn > 0);
        }
        if (parts.contains(QLatin1String("id_token"))) {
            // Verified against the sandbox's JWKS, fetched by the flow: nonce and hashes included.
            const auto claims = Jose::decodeToken(front.idToken).claims.value_or(QJsonObject());
            QCOMPARE(claims.value(u"nonce").toString(), flow.request().nonce);
            QCOMPARE(claims.contains(u"at_hash"), parts.contains(QLatin1String("token")));
            QCOMPARE(claims.contains(u"c_hash"), parts.contains(QLatin1String("code")));
        }
    } else {
        QVERIFY(!result->frontChannel);
    }
    if (parts.contains(QLatin1String("code"))) {
        QVERIFY(result->token->ok()); // from the token endpoint, the code exchanged with PKCE
        QVERIFY(!result->token->idToken.isEmpty());
    }

    // The access token the flow returns works at the userinfo endpoint.
    const QString accessToken = result->token->accessToken;
    if (!accessToken.isEmpty()) {
        std::optional<OAuth::UserinfoResult> info;
        m_operations->userinfo(p, accessToken, this, [&info](const OAuth::UserinfoResult &r) { info = r; });
        QTRY_VERIFY_WITH_TIMEOUT(info.has_value(), 10000);
        QVERIFY2(info->ok(), qPrintable(info->error));
        QCOMPARE(info->claims.value(u"email").toString(), QStringLiteral("alice@example.com"));
    }
}

void TestClientGrants::foreignKeysRefused()
{
    // A real ID token from the sandbox, checked against keys that are not the sandbox's: the
    // signature check fails, and the code is never exchanged.
    // The foreign key carries the sandbox key's kid, so the key is chosen and the signature fails.
    QPointer<QNetworkReply> jwksReply = m_network.get(QNetworkRequest(QUrl(issuer() + QLatin1String("/.well-known/jwks.json"))));
    QTRY_VERIFY_WITH_TIMEOUT(jwksReply->isFinished(), 10000);
    const QJsonArray keys = QJsonDocument::fromJson(jwksReply->readAll()).object().value(u"keys").toArray();
    jwksReply->deleteLater();
    QCOMPARE(keys.size(), 1);
    const TestKeys::KeyPair foreign =
        TestKeys::generate(Jose::Algorithm::ES256, keys.first().toObject().value(u"kid").toString());
    HttpBrowser browser(&m_network);
    AuthorizationCodeFlow flow(m_tokens.get(), m_http.get(), &browser);
    QSignalSpy tokenRequests(&flow, &AuthorizationCodeFlow::tokenRequestSent);
    AuthorizationCodeFlow::Options options;
    options.responseType = QStringLiteral("code id_token");
    options.responseMode = QStringLiteral("form_post");
    options.keys = Jose::loadKeys(TestKeys::jwks({foreign})).keySet;
    options.timeout = std::chrono::seconds(20);
    const auto result = run(flow, publicProfile(), options);
    QVERIFY2(browser.problems.isEmpty(), qPrintable(browser.problems.join(u'\n')));
    QVERIFY(result);
    QCOMPARE(result->outcome, Outcome::Refused);
    QVERIFY2(result->message.contains(QLatin1String("signature")), qPrintable(result->message));
    QCOMPARE(tokenRequests.count(), 0);
    QVERIFY(!result->token);

    // A JWKS URI that does not answer with keys: refused too, saying why.
    AuthorizationCodeFlow second(m_tokens.get(), m_http.get(), &browser);
    options.keys.reset();
    options.facts.jwksUri = QUrl(issuer() + QLatin1String("/no-such-jwks"));
    const auto noKeys = run(second, publicProfile(), options);
    QVERIFY(noKeys);
    QCOMPARE(noKeys->outcome, Outcome::Refused);
    QVERIFY2(noKeys->message.contains(QLatin1String("JWKS")), qPrintable(noKeys->message));
}

QTEST_GUILESS_MAIN(TestClientGrants)
#include "tst_clientgrants.moc"
