// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by tst_tokenspage and tst_tokenspagegrants: the real sandbox (in-process SandboxServer,
// real sockets) with a workspace that allows every grant the page has and a static IDP user,
// profiles whose client secrets sit in the real keychain (KEYRING), and the Tokens page next to
// the token inspector in a shown window. A suite adds its clients and profiles between
// startSandbox() and showPage(), and calls tearDown() from cleanupTestCase().

#include "http/exchangelog.h"
#include "http/httpclient.h"
#include "inspector/tokeninspector.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "sandboxserver.h"
#include "tenantstate.h"
#include "tokens/tokenspage.h"

#include <QByteArray>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

namespace TokensPageTest {

using namespace Qt::StringLiterals;

const QString Tenant = u"default"_s;
const QString Workspace = u"demo"_s;
const QString UserName = u"alice"_s;
const QString UserPassword = u"pw-Wonderland+&42"_s;
const QByteArray ClientSecret = "tokens-page secret+/ &=%-0123456789abcdef";
const QString ExchangeGrant = u"urn:ietf:params:oauth:grant-type:token-exchange"_s;
const QString JwtBearerGrant = u"urn:ietf:params:oauth:grant-type:jwt-bearer"_s;

// A JWT's payload as JSON (no verification: the tests read what the server put in).
inline QJsonObject payload(const QString &jwt)
{
    return QJsonDocument::fromJson(
               QByteArray::fromBase64(jwt.section(u'.', 1, 1).toLatin1(), QByteArray::Base64UrlEncoding))
        .object();
}

class Fixture
{
protected:
    // The sandbox, its workspace and user, the profile and secret stores (QVERIFY inside: the
    // caller returns when QTest::currentTestFailed()).
    void startSandbox(const QString &keychainService)
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
        const QJsonArray grants{u"authorization_code"_s, u"client_credentials"_s, u"refresh_token"_s,
                                u"password"_s,           u"implicit"_s,           ExchangeGrant,
                                JwtBearerGrant};
        const auto ws = s.createServer(
            QJsonObject{{u"id"_s, Workspace}, {u"name"_s, u"Demo"_s}, {u"grant_types"_s, grants}});
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

        m_http = std::make_unique<HttpClient>(&m_network);
        m_profiles = std::make_unique<Profiles::ProfileStore>(m_dir.filePath(u"profiles"_s));
        QVERIFY(m_profiles->load().ok);
        m_secrets = std::make_unique<Profiles::SecretStore>(keychainService);
    }

    // A client of the workspace (authorization_server_id is added); false and a warning on error.
    bool addClient(QJsonObject client)
    {
        client.insert(u"authorization_server_id"_s, Workspace);
        const auto created = m_server->state().createClient(client);
        if (!created.ok())
            qWarning() << "client not created:" << created.error.error;
        return created.ok();
    }

    // A profile of the workspace for tokens-app, client_secret_basic, scopes openid and email.
    Profiles::Profile makeProfile(const QString &name) const
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
        // An end-session URL of our own: Sign Out only needs the URL, and its query must be kept.
        p.endpoints.setUrl(EndpointKind::EndSession, QUrl(m_issuer + u"/logout?ui=1"_s));
        p.clientId = u"tokens-app"_s;
        p.authMethod = Profiles::ClientAuthMethod::ClientSecretBasic;
        p.scopes = {u"openid"_s, u"email"_s};
        return p;
    }

    // Adds the profile and keeps its client secret in the keychain (removed by tearDown()).
    bool addProfile(const Profiles::Profile &profile, const QByteArray &secret, QString *id)
    {
        if (!m_profiles->add(profile, id).ok)
            return false;
        m_keychainIds << *id;
        return storeSecret(*id, Profiles::SecretKind::ClientSecret, secret);
    }

    bool storeSecret(const QString &profileId, Profiles::SecretKind kind, const QByteArray &value)
    {
        std::optional<Profiles::SecretResult> written;
        QObject context;
        m_secrets->write(profileId, kind, value, &context, [&](const Profiles::SecretResult &r) { written = r; });
        return QTest::qWaitFor([&] { return written.has_value(); }, 10000) && written->ok();
    }

    std::optional<QByteArray> readSecret(const QString &profileId, Profiles::SecretKind kind)
    {
        std::optional<Profiles::SecretResult> read;
        QObject context;
        m_secrets->read(profileId, kind, &context, [&](const Profiles::SecretResult &r) { read = r; });
        if (!QTest::qWaitFor([&] { return read.has_value(); }, 10000) || !read->ok())
            return std::nullopt;
        return read->value;
    }

    // The page (reads TOKENSCOPE_BROWSER now) and the inspector, logged, in a shown window.
    void showPage()
    {
        m_log = std::make_unique<ExchangeLog>();
        m_log->attach(m_http.get());
        m_window = std::make_unique<QWidget>();
        auto *layout = new QHBoxLayout(m_window.get());
        m_inspector = new TokenInspector(m_http.get(), m_window.get());
        m_page = new TokensPage(m_http.get(), m_profiles.get(), m_secrets.get(), m_log.get(), m_inspector,
                                m_window.get());
        layout->addWidget(m_page);
        layout->addWidget(m_inspector);
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void tearDown()
    {
        m_window.reset();
        if (m_secrets) {
            for (const QString &id : std::as_const(m_keychainIds)) {
                bool removed = false;
                QObject context;
                m_secrets->removeAll(id, &context, [&](const Profiles::SecretResult &) { removed = true; });
                if (!QTest::qWaitFor([&] { return removed; }, 5000))
                    qWarning() << "keychain entries not removed";
            }
        }
        if (m_server)
            m_server->stop();
    }

    // Selects the grant, clicks Get Token and waits for the end; true when the run succeeded.
    bool run(OAuth::Grant grant)
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
    QStringList m_keychainIds; // profiles whose keychain entries tearDown() removes
};

} // namespace TokensPageTest
