// SPDX-License-Identifier: GPL-3.0-or-later
// tls_client_auth (RFC 8705 §2) end to end: a QSslServer on 127.0.0.1 that requires a client
// certificate from its CA answers a token request only for the expected certificate. The CA,
// server and client certificates are made at test time with the openssl command.

#include "oauth/tokenrequest.h"
#include "profiles/secretstore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>
#include <optional>

using namespace Profiles;

namespace {

struct Seen
{
    QByteArray clientCertificateSha256; // empty: none presented
    QMap<QByteArray, QByteArray> headers;
    QByteArray body;
};

} // namespace

class TestMtls final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void tokenWithClientCertificate();
    void missingKey();
    void untrustedServerCertificate();
    void missingCertificateFile();
    void certificateFromAnotherCa();
    void keyThatIsNoKey();

private:
    bool openssl(const QStringList &arguments);
    bool makeCertificate(const QString &name, const QString &caName, const QString &subject, const QString &extensions,
                         const QStringList &keyOptions);
    QString file(const QString &name) const { return m_dir.filePath(name); }
    QByteArray read(const QString &name) const;
    Profile profile() const;
    bool storeKey(const Profile &p, const QByteArray &pem);
    OAuth::TokenResponse requestToken(const Profile &p);
    void answer(QSslSocket *socket, QByteArray &buffer);

    QTemporaryDir m_dir;
    QString m_openssl;
    std::unique_ptr<QSslServer> m_server;
    QByteArray m_expectedClientSha256;
    QList<Seen> m_seen;
    QStringList m_serverErrors;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<OAuth::TokenClient> m_tokens;
};

bool TestMtls::openssl(const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.start(m_openssl, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning().noquote() << "openssl" << arguments.join(u' ') << "failed:" << process.readAllStandardError();
        return false;
    }
    return true;
}

bool TestMtls::makeCertificate(const QString &name, const QString &caName, const QString &subject,
                               const QString &extensions, const QStringList &keyOptions)
{
    QFile ext(file(name + QLatin1String(".ext")));
    if (!ext.open(QIODevice::WriteOnly) || ext.write(extensions.toUtf8()) < 0)
        return false;
    ext.close();
    return openssl(QStringList{QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-nodes")} + keyOptions
                   + QStringList{QStringLiteral("-keyout"), name + QLatin1String(".key"), QStringLiteral("-out"),
                                 name + QLatin1String(".csr"), QStringLiteral("-subj"), subject})
        && openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), name + QLatin1String(".csr"),
                    QStringLiteral("-CA"), caName + QLatin1String(".pem"), QStringLiteral("-CAkey"),
                    caName + QLatin1String(".key"), QStringLiteral("-CAcreateserial"), QStringLiteral("-days"),
                    QStringLiteral("2"), QStringLiteral("-extfile"), name + QLatin1String(".ext"), QStringLiteral("-out"),
                    name + QLatin1String(".pem")});
}

QByteArray TestMtls::read(const QString &name) const
{
    QFile f(file(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void TestMtls::initTestCase()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend");
    QVERIFY(m_dir.isValid());
    m_openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (m_openssl.isEmpty())
        QSKIP("the openssl command is not installed");

    const QStringList ec{QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                         QStringLiteral("ec_paramgen_curve:P-256")};
    const QStringList rsa{QStringLiteral("-newkey"), QStringLiteral("rsa:2048")};
    for (const QString &ca : {QStringLiteral("ca"), QStringLiteral("otherca")}) {
        QVERIFY(openssl(QStringList{QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-nodes")} + ec
                        + QStringList{QStringLiteral("-keyout"), ca + QLatin1String(".key"), QStringLiteral("-out"),
                                      ca + QLatin1String(".pem"), QStringLiteral("-days"), QStringLiteral("2"),
                                      QStringLiteral("-subj"), QStringLiteral("/CN=Tokenscope test ") + ca,
                                      QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
                                      QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")}));
    }
    QVERIFY(makeCertificate(QStringLiteral("server"), QStringLiteral("ca"), QStringLiteral("/CN=127.0.0.1"),
                            QStringLiteral("basicConstraints=CA:FALSE\nsubjectAltName=IP:127.0.0.1,DNS:localhost\n"
                                           "extendedKeyUsage=serverAuth\n"),
                            ec));
    // The client key is RSA in PKCS#8 ("BEGIN PRIVATE KEY"), which does not name its algorithm.
    const QString clientExt = QStringLiteral("basicConstraints=CA:FALSE\nextendedKeyUsage=clientAuth\n");
    QVERIFY(makeCertificate(QStringLiteral("client"), QStringLiteral("ca"), QStringLiteral("/CN=mtls-client"), clientExt, rsa));
    QVERIFY(makeCertificate(QStringLiteral("rogue"), QStringLiteral("otherca"), QStringLiteral("/CN=mtls-client"), clientExt, ec));
    QVERIFY(read(QStringLiteral("client.key")).contains("BEGIN PRIVATE KEY"));

    const QSslCertificate client = QSslCertificate::fromData(read(QStringLiteral("client.pem"))).value(0);
    QVERIFY(!client.isNull());
    m_expectedClientSha256 = client.digest(QCryptographicHash::Sha256);

    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(QSslCertificate::fromData(read(QStringLiteral("server.pem"))).value(0));
    configuration.setPrivateKey(QSslKey(read(QStringLiteral("server.key")), QSsl::Ec));
    configuration.setCaCertificates(QSslCertificate::fromData(read(QStringLiteral("ca.pem"))));
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer); // a client certificate from our CA is required
    QVERIFY(!configuration.privateKey().isNull());
    m_server = std::make_unique<QSslServer>();
    m_server->setSslConfiguration(configuration);
    connect(m_server.get(), &QSslServer::errorOccurred, this,
            [this](QSslSocket *, QAbstractSocket::SocketError error) { m_serverErrors.append(QString::number(int(error))); });
    connect(m_server.get(), &QSslServer::peerVerifyError, this,
            [this](QSslSocket *, const QSslError &error) { m_serverErrors.append(error.errorString()); });
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (auto *socket = qobject_cast<QSslSocket *>(m_server->nextPendingConnection())) {
            socket->setParent(this);
            auto buffer = std::make_shared<QByteArray>();
            connect(socket, &QSslSocket::readyRead, this, [this, socket, buffer] {
                *buffer += socket->readAll();
                answer(socket, *buffer);
            });
        }
    });
    QVERIFY(m_server->listen(QHostAddress::LocalHost));
}

void TestMtls::init()
{
    m_seen.clear();
    m_serverErrors.clear();
    // A fresh manager per test: no TLS session or connection carried over.
    m_tokens.reset();
    m_http.reset();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_http = std::make_unique<HttpClient>(m_network.get());
    m_secrets = std::make_unique<SecretStore>(QStringLiteral("tokenscope-test-mtls"));
    m_secrets->useSessionMemory();
    m_tokens = std::make_unique<OAuth::TokenClient>(m_http.get(), m_secrets.get());
}

// RFC 8705 §2: the server authenticates the client by its certificate; here it must be
// exactly the expected one, with client_id in the form and no secret anywhere.
void TestMtls::answer(QSslSocket *socket, QByteArray &buffer)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    Seen seen;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            seen.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
    }
    const qsizetype length = seen.headers.value("content-length").toLongLong();
    if (buffer.size() < end + 4 + length)
        return;
    seen.body = buffer.mid(end + 4, length);
    buffer.clear();
    const QSslCertificate peer = socket->peerCertificate();
    if (!peer.isNull())
        seen.clientCertificateSha256 = peer.digest(QCryptographicHash::Sha256);
    m_seen.append(seen);

    const QUrlQuery form(QString::fromLatin1(seen.body));
    int status = 401;
    QJsonObject json{{QStringLiteral("error"), QStringLiteral("invalid_client")}};
    if (seen.clientCertificateSha256 == m_expectedClientSha256
        && form.queryItemValue(QStringLiteral("client_id")) == QLatin1String("mtls-client")
        && !form.hasQueryItem(QStringLiteral("client_secret")) && !seen.headers.contains("authorization")) {
        status = 200;
        json = QJsonObject{{QStringLiteral("access_token"), QStringLiteral("bound-token")},
                           {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                           {QStringLiteral("expires_in"), 60}};
    }
    const QByteArray body = QJsonDocument(json).toJson(QJsonDocument::Compact);
    socket->write("HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\nConnection: close\r\n"
                  "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    socket->disconnectFromHost();
}

Profile TestMtls::profile() const
{
    Profile p;
    p.id = Profile::newId();
    p.name = QStringLiteral("mtls");
    p.clientId = QStringLiteral("mtls-client");
    p.authMethod = ClientAuthMethod::TlsClientAuth;
    p.endpoints.setUrl(EndpointKind::Token,
                       QUrl(QStringLiteral("https://127.0.0.1:%1/oauth2/token").arg(m_server->serverPort())));
    p.tls.caBundlePath = file(QStringLiteral("ca.pem"));
    p.tls.clientCertificatePath = file(QStringLiteral("client.pem"));
    return p;
}

bool TestMtls::storeKey(const Profile &p, const QByteArray &pem)
{
    std::optional<SecretResult> written;
    m_secrets->write(p.id, SecretKind::TlsClientKey, pem, this, [&](const SecretResult &r) { written = r; });
    return QTest::qWaitFor([&] { return written.has_value(); }, 5000) && written->ok();
}

OAuth::TokenResponse TestMtls::requestToken(const Profile &p)
{
    std::optional<OAuth::TokenResponse> result;
    m_tokens->clientCredentials(p, {}, this, [&](const OAuth::TokenResponse &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000)) {
        OAuth::TokenResponse timedOut;
        timedOut.error = QStringLiteral("test: no callback");
        return timedOut;
    }
    return *result;
}

void TestMtls::tokenWithClientCertificate()
{
    const Profile p = profile();
    QVERIFY(storeKey(p, read(QStringLiteral("client.key"))));
    const OAuth::TokenResponse response = requestToken(p);
    QVERIFY2(response.ok(), qPrintable(response.error + m_serverErrors.join(u';')));
    QCOMPARE(response.accessToken, QStringLiteral("bound-token"));
    QCOMPARE(m_seen.size(), 1);
    QCOMPARE(m_seen.constFirst().clientCertificateSha256, m_expectedClientSha256);
    const QUrlQuery form(QString::fromLatin1(m_seen.constFirst().body));
    QCOMPARE(form.queryItemValue(QStringLiteral("grant_type")), QStringLiteral("client_credentials"));
    QVERIFY(!m_seen.constFirst().body.contains("PRIVATE"));
}

void TestMtls::missingKey()
{
    const OAuth::TokenResponse response = requestToken(profile()); // nothing stored
    QVERIFY(!response.ok());
    QVERIFY2(response.error.contains(QStringLiteral("TLS client key")), qPrintable(response.error));
    QCOMPARE(response.http.status, 0);
    QTest::qWait(50);
    QVERIFY(m_seen.isEmpty()); // nothing was sent
}

void TestMtls::untrustedServerCertificate()
{
    Profile p = profile();
    p.tls.caBundlePath.clear(); // the test CA is not among the system's
    QVERIFY(storeKey(p, read(QStringLiteral("client.key"))));
    const OAuth::TokenResponse response = requestToken(p);
    QVERIFY(!response.ok());
    QCOMPARE(response.http.status, 0);
    QVERIFY2(response.error.contains(QStringLiteral("TLS")), qPrintable(response.error));
    QVERIFY(m_seen.isEmpty());

    // The right bundle again: the same profile works (the failure was the trust, nothing else).
    p.tls.caBundlePath = file(QStringLiteral("ca.pem"));
    const OAuth::TokenResponse again = requestToken(p);
    QVERIFY2(again.ok(), qPrintable(again.error + m_serverErrors.join(u';')));
}

void TestMtls::missingCertificateFile()
{
    Profile p = profile();
    QVERIFY(storeKey(p, read(QStringLiteral("client.key"))));
    p.tls.clientCertificatePath = file(QStringLiteral("no-such.pem"));
    OAuth::TokenResponse response = requestToken(p);
    QVERIFY(!response.ok());
    QVERIFY2(response.error.contains(QStringLiteral("no-such.pem")), qPrintable(response.error));

    p.tls.clientCertificatePath.clear();
    response = requestToken(p);
    QVERIFY(!response.ok());
    QVERIFY2(response.error.contains(QStringLiteral("client certificate")), qPrintable(response.error));
    QVERIFY(m_seen.isEmpty());
}

void TestMtls::certificateFromAnotherCa()
{
    // The right certificate first, over the same HttpClient: the next request must not ride on
    // its connection (Qt pools connections by host and port, not by TLS configuration).
    const Profile good = profile();
    QVERIFY(storeKey(good, read(QStringLiteral("client.key"))));
    QVERIFY(requestToken(good).ok());
    QCOMPARE(m_seen.size(), 1);

    // Same subject, another CA: the server refuses the handshake, no token.
    Profile p = profile();
    p.tls.clientCertificatePath = file(QStringLiteral("rogue.pem"));
    QVERIFY(storeKey(p, read(QStringLiteral("rogue.key"))));
    const OAuth::TokenResponse response = requestToken(p);
    QVERIFY(!response.ok());
    QVERIFY(response.accessToken.isEmpty());
    QVERIFY(!response.error.isEmpty());
    QCOMPARE(m_seen.size(), 1);

    QVERIFY(requestToken(good).ok());
    QCOMPARE(m_seen.size(), 2);
}

void TestMtls::keyThatIsNoKey()
{
    const Profile p = profile();
    QVERIFY(storeKey(p, "-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5\n-----END PRIVATE KEY-----\n"));
    const OAuth::TokenResponse response = requestToken(p);
    QVERIFY(!response.ok());
    QVERIFY2(response.error.contains(QStringLiteral("private key")), qPrintable(response.error));
    QVERIFY(m_seen.isEmpty());
}

QTEST_GUILESS_MAIN(TestMtls)
#include "tst_mtls.moc"
