// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by tst_clientgrants, tst_oidcprovidergrants and tst_tokenoperations: panva's
// oidc-provider started from one of tests/e2e/lib/*-fixture.mjs as a child process, its
// discovery document, a profile for one of its clients, a secret stored for a profile, and the
// sandbox workspace with a static IDP user that the grant tests sign in as, a key as PEM.
// The including target defines TOKENSCOPE_E2E_DIR (tests/e2e).

#include "oauth/discovery.h"
#include "profiles/profile.h"
#include "profiles/secretstore.h"
#include "tenantstate.h"
#include "testkeys.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <memory>
#include <optional>

namespace GrantsTest {

// The fixture prints {"issuer": URL} on its first line when it listens on loopback, and exits
// when its standard input closes.
class OidcProvider final
{
public:
    OidcProvider() = default;
    ~OidcProvider() { stop(); }
    Q_DISABLE_COPY_MOVE(OidcProvider)

    bool isRunning() const { return m_process && m_process->state() == QProcess::Running; }
    QUrl issuer() const { return m_issuer; }

    // Starts script (relative to tests/e2e) with node; false with *error when node or the
    // installed oidc-provider is missing or the fixture does not come up.
    bool start(const QString &script, const QStringList &arguments, QString *error)
    {
        const QString e2e = QStringLiteral(TOKENSCOPE_E2E_DIR);
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        if (node.isEmpty()) {
            *error = QStringLiteral("node is not on PATH: install Node.js 18 or newer to run this test");
            return false;
        }
        if (!QFileInfo::exists(e2e + u"/node_modules/oidc-provider/package.json")) {
            *error = QStringLiteral("oidc-provider is not installed: run `npm ci` in %1 (scripts/test does this before ctest)")
                         .arg(QDir::toNativeSeparators(e2e));
            return false;
        }
        m_process = std::make_unique<QProcess>();
        m_process->setWorkingDirectory(e2e);
        m_process->setProcessChannelMode(QProcess::SeparateChannels);
        m_process->start(node, QStringList{script} + arguments);
        (void)QTest::qWaitFor([this] { return m_process->canReadLine() || m_process->state() == QProcess::NotRunning; }, 20000);
        if (!m_process->canReadLine()) {
            *error = QStringLiteral("%1 did not start: %2").arg(script, QString::fromUtf8(m_process->readAllStandardError()));
            return false;
        }
        const QUrl issuer(QJsonDocument::fromJson(m_process->readLine()).object().value(u"issuer").toString());
        if (!issuer.isValid() || issuer.host() != u"127.0.0.1") {
            *error = QStringLiteral("%1 gave no loopback issuer: %2").arg(script, issuer.toString());
            return false;
        }
        m_issuer = issuer;
        return true;
    }

    void stop()
    {
        if (!m_process)
            return;
        m_process->closeWriteChannel();
        if (!QTest::qWaitFor([this] { return m_process->state() == QProcess::NotRunning; }, 5000))
            m_process->kill();
        m_process.reset();
    }

private:
    std::unique_ptr<QProcess> m_process;
    QUrl m_issuer;
};

// The issuer's discovery document; nullopt with *error.
inline std::optional<Discovery::Document> discover(HttpClient *http, const QUrl &issuer, QString *error)
{
    Discovery::DiscoveryClient discovery(http);
    std::optional<Discovery::Result> result;
    QObject context;
    discovery.discover(issuer, {}, &context, [&result](const Discovery::Result &r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 10000)) {
        *error = QStringLiteral("discovery of %1 did not answer").arg(issuer.toString());
        return std::nullopt;
    }
    if (!result->document)
        *error = result->error;
    return result->document;
}

// A profile for one of the provider's clients: its issuer and discovered endpoints, scope openid.
inline Profiles::Profile providerProfile(const Discovery::Document &document, const QString &clientId,
                                         Profiles::ClientAuthMethod method)
{
    Profiles::Profile p;
    p.id = Profiles::Profile::newId();
    p.name = clientId;
    p.preset = QStringLiteral("oidc");
    p.issuer = document.issuer;
    p.endpoints = document.endpoints;
    p.clientId = clientId;
    p.authMethod = method;
    p.scopes = {QStringLiteral("openid")};
    return p;
}

// What an asynchronous call, call(context, done), hands its callback; nullopt when nothing came
// within timeoutMs (a late answer is dropped with the context).
template<typename Result, typename Call>
std::optional<Result> awaitResult(Call &&call, int timeoutMs = 20000)
{
    std::optional<Result> result;
    QObject context;
    call(&context, [&result](const Result &r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs))
        return std::nullopt;
    return result;
}

inline bool storeSecret(Profiles::SecretStore &secrets, const QString &profileId, const QByteArray &secret,
                        Profiles::SecretKind kind = Profiles::SecretKind::ClientSecret)
{
    std::optional<Profiles::SecretResult> written;
    QObject context;
    secrets.write(profileId, kind, secret, &context, [&written](const Profiles::SecretResult &r) { written = r; });
    return QTest::qWaitFor([&written] { return written.has_value(); }, 5000) && written->ok();
}

// A sandbox workspace with the grant types given and a static IDP whose one user (verified
// email alice@example.com) signs in with userName / password. An empty string, or the error.
inline QString createWorkspaceWithUser(Sandbox::TenantState &state, const QString &workspace, const QString &displayName,
                                       const QJsonArray &grantTypes, const QString &userName, const QString &password)
{
    const auto ws = state.createServer(QJsonObject{
        {QStringLiteral("id"), workspace},
        {QStringLiteral("name"), displayName},
        {QStringLiteral("grant_types"), grantTypes},
    });
    if (!ws.ok())
        return ws.error.error;
    const QJsonObject user{{QStringLiteral("username"), userName},
                           {QStringLiteral("password"), password},
                           {QStringLiteral("email"), QStringLiteral("alice@example.com")},
                           {QStringLiteral("email_verified"), true}};
    const auto idp = state.createStaticIdp(workspace, QJsonObject{
        {QStringLiteral("name"), QStringLiteral("Users")},
        {QStringLiteral("method"), QStringLiteral("static")},
        {QStringLiteral("credentials"), QJsonObject{{QStringLiteral("users"), QJsonArray{user}}}},
    });
    return idp.ok() ? QString() : idp.error.error;
}

// The private key as PKCS#8 PEM (what a private_key_jwt profile keeps in the keychain).
inline QByteArray privatePem(const TestKeys::KeyPair &key)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_mem()), BIO_free);
    if (!PEM_write_bio_PrivateKey(bio.get(), key.privateKey.get(), nullptr, nullptr, 0, nullptr, nullptr))
        return {};
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, qsizetype(size));
}

} // namespace GrantsTest
