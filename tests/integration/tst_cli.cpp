// SPDX-License-Identifier: GPL-3.0-or-later
// The real `tokenscope` binary, run with QProcess: the command-line contract scripts rely on
// (exit codes, one JSON object on stdout, messages on stderr).

#include "testkeys.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using Jose::Algorithm;

namespace {

struct CliRun
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json;
    bool jsonOk = false; // stdout is exactly one JSON object and a newline

    QJsonObject check(const QString &name) const
    {
        const QJsonArray checks = json.value(QLatin1String("checks")).toArray();
        for (const QJsonValue &value : checks) {
            if (value.toObject().value(QLatin1String("name")).toString() == name)
                return value.toObject();
        }
        return {};
    }
    QString status(const QString &name) const { return check(name).value(QLatin1String("status")).toString(); }
    QByteArray describe() const { return "exit " + QByteArray::number(exitCode) + "\nstdout: " + out + "\nstderr: " + err; }
};

QByteArray b64url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

const QString Issuer = QStringLiteral("https://issuer.example");
const QString Audience = QStringLiteral("client-1");
constexpr qint64 FixedExp = 1700000000;

} // namespace

class TstCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void version_data();
    void version();
    void help();
    void subcommandHelp_data();
    void subcommandHelp();
    void usageErrors_data();
    void usageErrors();

    void decodeJws_data();
    void decodeJws();
    void decodeKinds_data();
    void decodeKinds();
    void decodeNotAToken_data();
    void decodeNotAToken();
    void decodeInputForms_data();
    void decodeInputForms();
    void decodeSeveralCandidates();

    void verifyValid_data();
    void verifyValid();
    void verifyWrongKey_data();
    void verifyWrongKey();
    void verifyTimes_data();
    void verifyTimes();
    void verifyClaims_data();
    void verifyClaims();
    void verifyNonJsonPayload();
    void verifyOpaque();
    void verifyStdinWithoutKeys();
    void verifyTokenHashes_data();
    void verifyTokenHashes();
    void verifyUnusable_data();
    void verifyUnusable();
    void verifyJwksUrl();
    void verifyJwksUrlFailures_data();
    void verifyJwksUrlFailures();

private:
    // language: TOKENSCOPE_LANG for the run ("en" unless a test asks for another).
    CliRun runCli(const QStringList &arguments, const QByteArray &input = {}, const QString &language = QStringLiteral("en"));
    QString writeFile(const QString &name, const QByteArray &data);
    QString tokenFor(const TestKeys::KeyPair &key, const QJsonObject &extraClaims = {}) const;

    QTemporaryDir m_dir;
    TestKeys::KeyPair m_es256;
    TestKeys::KeyPair m_rs256;
    TestKeys::KeyPair m_eddsa;
    TestKeys::KeyPair m_hs256;      // random binary secret: only through --secret-file
    TestKeys::KeyPair m_hs256Text;  // a printable secret for --secret
    TestKeys::KeyPair m_es256Other; // same kid as m_es256, other key
    QString m_jwksFile;
    QString m_otherJwksFile;
    QString m_rsaPemFile;
    QString m_rsaCertFile;
    QString m_secretFile;
    QString m_garbageKeyFile;

    QTcpServer m_server;
    QByteArray m_served;
    QList<QByteArray> m_requestedPaths;
};

void TstCli::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(TOKENSCOPE_BINARY)));
    QVERIFY(m_dir.isValid());

    m_es256 = TestKeys::generate(Algorithm::ES256, QStringLiteral("es-1"));
    m_rs256 = TestKeys::generate(Algorithm::RS256, QStringLiteral("rs-1"));
    m_eddsa = TestKeys::generate(Algorithm::EdDSA, QStringLiteral("ed-1"));
    m_hs256 = TestKeys::generate(Algorithm::HS256, QStringLiteral("hs-1"));
    // --secret-file drops one trailing line break ("echo secret > file"); a random secret that
    // happens to end in one (1 run in 128) would then be read shorter than written.
    while (m_hs256.secret.endsWith('\n') || m_hs256.secret.endsWith('\r'))
        m_hs256 = TestKeys::generate(Algorithm::HS256, QStringLiteral("hs-1"));
    m_es256Other = TestKeys::generate(Algorithm::ES256, QStringLiteral("es-1"));
    m_hs256Text.algorithm = Algorithm::HS256;
    m_hs256Text.secret = QByteArrayLiteral("a-shared-secret-of-at-least-32-bytes!!");
    QVERIFY(m_es256.privateKey && m_rs256.privateKey && m_eddsa.privateKey && m_es256Other.privateKey);
    QVERIFY(!m_hs256.secret.isEmpty());

    m_jwksFile = writeFile(QStringLiteral("jwks.json"), TestKeys::jwks({m_es256, m_rs256, m_eddsa}));
    m_otherJwksFile = writeFile(QStringLiteral("other.json"), TestKeys::jwks({m_es256Other}));
    m_rsaPemFile = writeFile(QStringLiteral("rsa.pem"), m_rs256.publicPem);
    m_rsaCertFile = writeFile(QStringLiteral("rsa.crt"), m_rs256.certificatePem);
    m_secretFile = writeFile(QStringLiteral("hs.key"), m_hs256.secret);
    m_garbageKeyFile = writeFile(QStringLiteral("garbage.txt"), QByteArrayLiteral("this is not a key\n"));
    QVERIFY(!m_jwksFile.isEmpty() && !m_otherJwksFile.isEmpty() && !m_rsaPemFile.isEmpty()
            && !m_rsaCertFile.isEmpty() && !m_secretFile.isEmpty() && !m_garbageKeyFile.isEmpty());

    // A minimal HTTP/1.1 server for --jwks URL: GET /jwks answers the key set, anything else 404.
    m_served = TestKeys::jwks({m_es256, m_rs256});
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            auto request = std::make_shared<QByteArray>();
            auto answered = std::make_shared<bool>(false);
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket, request, answered] {
                if (*answered)
                    return;
                *request += socket->readAll();
                if (!request->contains("\r\n\r\n"))
                    return;
                const QByteArray path = request->split(' ').value(1);
                m_requestedPaths.append(path);
                QByteArray status = "200 OK";
                QByteArray body = m_served;
                if (path == "/garbage") {
                    body = "<html>not a key set</html>";
                } else if (path != "/jwks") {
                    status = "404 Not Found";
                    body = "{\"error\":\"not found\"}";
                }
                socket->write("HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nContent-Length: "
                              + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                socket->disconnectFromHost();
                *answered = true;
            });
        }
    });
    QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
}

CliRun TstCli::runCli(const QStringList &arguments, const QByteArray &input, const QString &language)
{
    CliRun run;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TOKENSCOPE_LANG"), language);
    // The test server is on loopback: a proxy from the environment must not get in between.
    for (const char *name : {"http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"})
        environment.remove(QString::fromLatin1(name));
    process.setProcessEnvironment(environment);
    process.setProgram(QStringLiteral(TOKENSCOPE_BINARY));
    process.setArguments(arguments);

    QSignalSpy finished(&process, &QProcess::finished);
    process.start();
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    // The event loop keeps running while we wait, so the test's own HTTP server can answer.
    run.finished = finished.size() > 0 || finished.wait(60000);
    if (!run.finished) {
        process.kill();
        finished.wait(5000);
        return run;
    }
    run.finished = process.exitStatus() == QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();

    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    run.jsonOk = error.error == QJsonParseError::NoError && document.isObject() && run.out.endsWith('\n')
        && run.out.count('\n') == 1;
    run.json = document.object();
    return run;
}

QString TstCli::writeFile(const QString &name, const QByteArray &data)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        return {};
    return path;
}

QString TstCli::tokenFor(const TestKeys::KeyPair &key, const QJsonObject &extraClaims) const
{
    QJsonObject claims{
        {QStringLiteral("iss"), Issuer},
        {QStringLiteral("aud"), Audience},
        {QStringLiteral("sub"), QStringLiteral("user-1")},
        {QStringLiteral("iat"), now() - 60},
        {QStringLiteral("exp"), now() + 3600},
    };
    for (auto it = extraClaims.begin(); it != extraClaims.end(); ++it)
        claims.insert(it.key(), it.value());
    return TestKeys::signCompact(key, QJsonObject{{QStringLiteral("typ"), QStringLiteral("JWT")}}, claims);
}

// --- top level ------------------------------------------------------------------------------

void TstCli::version_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("--version") << QStringList{QStringLiteral("--version")};
    QTest::newRow("-v") << QStringList{QStringLiteral("-v")};
    // Qt's GUI options before ours are skipped, not taken for a subcommand.
    QTest::newRow("after -platform") << QStringList{QStringLiteral("-platform"), QStringLiteral("offscreen"),
                                                    QStringLiteral("--version")};
}

void TstCli::version()
{
    QFETCH(QStringList, arguments);
    const CliRun run = runCli(arguments);
    QVERIFY2(run.finished, run.describe());
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(TOKENSCOPE_VERSION), run.out);
    QVERIFY(run.out.startsWith("tokenscope"));
}

void TstCli::help()
{
    for (const QString &option : {QStringLiteral("--help"), QStringLiteral("-h")}) {
        const CliRun run = runCli({option});
        QVERIFY2(run.finished, run.describe());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("decode"), run.out);
        QVERIFY2(run.out.contains("verify"), run.out);
        QVERIFY(run.err.isEmpty());
    }
}

void TstCli::subcommandHelp_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QByteArrayList>("mentions");
    QTest::newRow("decode") << QStringLiteral("decode") << QByteArrayList{"decode", "TOKEN"};
    QTest::newRow("verify") << QStringLiteral("verify")
                            << QByteArrayList{"verify", "--jwks", "--key", "--secret-file", "--iss", "--aud",
                                              "--nonce", "--skew", "--at", "ps"};
}

void TstCli::subcommandHelp()
{
    QFETCH(QString, command);
    QFETCH(QByteArrayList, mentions);
    const CliRun run = runCli({command, QStringLiteral("--help")});
    QVERIFY2(run.finished, run.describe());
    QCOMPARE(run.exitCode, 0);
    for (const QByteArray &word : mentions)
        QVERIFY2(run.out.contains(word), QByteArray(word + " missing in\n" + run.out).constData());
}

void TstCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")};
    QTest::newRow("decode unknown option") << QStringList{QStringLiteral("decode"), QStringLiteral("--frobnicate"), QStringLiteral("x")};
    QTest::newRow("verify unknown option") << QStringList{QStringLiteral("verify"), QStringLiteral("--frobnicate"), QStringLiteral("x")};
    QTest::newRow("decode two tokens") << QStringList{QStringLiteral("decode"), QStringLiteral("abcdefgh1234"), QStringLiteral("ijklmnop5678")};
    QTest::newRow("verify two tokens") << QStringList{QStringLiteral("verify"), QStringLiteral("abcdefgh1234"), QStringLiteral("ijklmnop5678")};
    QTest::newRow("verify option without value") << QStringList{QStringLiteral("verify"), QStringLiteral("--jwks")};
}

void TstCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    const CliRun run = runCli(arguments);
    QVERIFY2(run.finished, run.describe());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.out.isEmpty(), run.out);
    QVERIFY(!run.err.isEmpty());
}

// --- decode ---------------------------------------------------------------------------------

void TstCli::decodeJws_data()
{
    QTest::addColumn<int>("algorithm");
    QTest::addColumn<int>("signatureBytes");
    QTest::newRow("ES256") << int(Algorithm::ES256) << 64;
    QTest::newRow("RS256") << int(Algorithm::RS256) << 256;
    QTest::newRow("EdDSA") << int(Algorithm::EdDSA) << 64;
    QTest::newRow("HS256") << int(Algorithm::HS256) << 32;
}

void TstCli::decodeJws()
{
    QFETCH(int, algorithm);
    QFETCH(int, signatureBytes);
    const TestKeys::KeyPair &key = algorithm == int(Algorithm::ES256) ? m_es256
        : algorithm == int(Algorithm::RS256)                          ? m_rs256
        : algorithm == int(Algorithm::EdDSA)                          ? m_eddsa
                                                                      : m_hs256;
    const QString token = tokenFor(key);
    const CliRun run = runCli({QStringLiteral("decode"), token});
    QVERIFY2(run.finished, run.describe());
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.jsonOk, run.describe());
    QCOMPARE(run.json.value(QLatin1String("kind")).toString(), QStringLiteral("jws"));
    const QJsonObject header = run.json.value(QLatin1String("header")).toObject();
    QCOMPARE(header.value(QLatin1String("alg")).toString(), Jose::algorithmName(Algorithm(algorithm)));
    QCOMPARE(header.value(QLatin1String("kid")).toString(), key.publicJwk.value(QLatin1String("kid")).toString());
    const QJsonObject payload = run.json.value(QLatin1String("payload")).toObject();
    QCOMPARE(payload.value(QLatin1String("sub")).toString(), QStringLiteral("user-1"));
    QCOMPARE(payload.value(QLatin1String("iss")).toString(), Issuer);
    QCOMPARE(run.json.value(QLatin1String("signature_bytes")).toInt(), signatureBytes);
    QVERIFY(!run.json.contains(QLatin1String("checks")));
}

void TstCli::decodeKinds_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("kind");

    const QByteArray claims = compactJson({{QStringLiteral("sub"), QStringLiteral("user-1")}});
    const QByteArray jweHeader = compactJson({{QStringLiteral("alg"), QStringLiteral("RSA-OAEP")},
                                              {QStringLiteral("enc"), QStringLiteral("A256GCM")}});
    const QByteArray jwe = b64url(jweHeader) + '.' + b64url(QByteArray(256, '\x5a')) + '.'
        + b64url(QByteArray(12, '\x01')) + '.' + b64url(QByteArray(40, '\x7f')) + '.' + b64url(QByteArray(16, '\x33'));
    QTest::newRow("jwe") << QString::fromLatin1(jwe) << QStringLiteral("jwe");

    const QByteArray none = b64url(compactJson({{QStringLiteral("alg"), QStringLiteral("none")}})) + '.' + b64url(claims) + '.';
    QTest::newRow("alg none") << QString::fromLatin1(none) << QStringLiteral("unsecured");

    // RFC 6749 §4.1.4's example access token.
    QTest::newRow("opaque") << QStringLiteral("2YotnFZFEjr1zCsicMWpAA") << QStringLiteral("opaque");
}

void TstCli::decodeKinds()
{
    QFETCH(QString, token);
    QFETCH(QString, kind);
    const CliRun run = runCli({QStringLiteral("decode"), token});
    QVERIFY2(run.finished, run.describe());
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.jsonOk, run.describe());
    QCOMPARE(run.json.value(QLatin1String("kind")).toString(), kind);
    if (kind == QLatin1String("jwe")) {
        QCOMPARE(run.json.value(QLatin1String("header")).toObject().value(QLatin1String("enc")).toString(), QStringLiteral("A256GCM"));
        QVERIFY(run.json.value(QLatin1String("payload")).isNull());
        QCOMPARE(run.json.value(QLatin1String("encrypted")).toBool(), true);
    } else if (kind == QLatin1String("unsecured")) {
        QCOMPARE(run.json.value(QLatin1String("payload")).toObject().value(QLatin1String("sub")).toString(), QStringLiteral("user-1"));
        QCOMPARE(run.json.value(QLatin1String("signature_bytes")).toInt(-1), 0);
    } else if (kind == QLatin1String("opaque")) {
        QCOMPARE(run.json.value(QLatin1String("opaque")).toObject().value(QLatin1String("length")).toInt(), token.size());
    }
}

void TstCli::decodeNotAToken_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("malformedJson"); // true: {"kind":"malformed",...}; false: {"error":...}

    // ("a.b" is not here: the decoder takes it for an opaque token68 value.)
    QTest::newRow("two parts, JOSE header") << QStringList{QStringLiteral("decode"), QStringLiteral("eyJhbGciOiJIUzI1NiJ9.e30")}
                                            << QByteArray() << true;
    QTest::newRow("braces") << QStringList{QStringLiteral("decode"), QStringLiteral("x{y}")} << QByteArray() << true;
    QTest::newRow("non-ASCII on stdin") << QStringList{QStringLiteral("decode"), QStringLiteral("-")} << QByteArray("h\xc3\xa9llo") << true;
    QTest::newRow("broken header") << QStringList{QStringLiteral("decode"), QStringLiteral("eyJhbGciOiJIUzI1NiJ9x.e30.c2ln")}
                                   << QByteArray() << true;
    QTest::newRow("empty stdin") << QStringList{QStringLiteral("decode"), QStringLiteral("-")} << QByteArray() << false;
    QTest::newRow("blank argument") << QStringList{QStringLiteral("decode"), QStringLiteral("   ")} << QByteArray() << false;
    QTest::newRow("over 1 MiB") << QStringList{QStringLiteral("decode")} << QByteArray(1024 * 1024 + 10, 'A') << false;
}

void TstCli::decodeNotAToken()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(bool, malformedJson);
    const CliRun run = runCli(arguments, input);
    QVERIFY2(run.finished, run.describe());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.jsonOk, run.describe());
    if (malformedJson) {
        QCOMPARE(run.json.value(QLatin1String("kind")).toString(), QStringLiteral("malformed"));
        QVERIFY(!run.json.value(QLatin1String("problems")).toArray().isEmpty());
        // Each message names its part at most once ("header: ...", never "header: header: ...").
        for (const QJsonValue &problem : run.json.value(QLatin1String("problems")).toArray()) {
            const QString message = problem.toObject().value(QLatin1String("message")).toString();
            const qsizetype colon = message.indexOf(QLatin1String(": "));
            QVERIFY2(colon < 0 || !message.mid(colon + 2).startsWith(message.left(colon + 1), Qt::CaseInsensitive), qPrintable(message));
        }
    } else {
        QVERIFY(!run.json.value(QLatin1String("error")).toString().isEmpty());
        QVERIFY(!run.err.isEmpty());
    }
}

void TstCli::decodeInputForms_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");

    const QString token = tokenFor(m_es256);
    QTest::newRow("stdin -") << QStringList{QStringLiteral("decode"), QStringLiteral("-")} << (token.toLatin1() + '\n');
    QTest::newRow("stdin, no argument") << QStringList{QStringLiteral("decode")} << token.toLatin1();
    QTest::newRow("Bearer") << QStringList{QStringLiteral("decode"), QStringLiteral("Bearer ") + token} << QByteArray();
    QTest::newRow("Authorization header on stdin")
        << QStringList{QStringLiteral("decode"), QStringLiteral("-")} << ("Authorization: Bearer " + token.toLatin1() + "\r\n");
    QTest::newRow("wrapped on stdin") << QStringList{QStringLiteral("decode")}
                                      << (token.left(40).toLatin1() + "\n" + token.mid(40).toLatin1() + "\n");
}

void TstCli::decodeInputForms()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    const CliRun run = runCli(arguments, input);
    QVERIFY2(run.finished, run.describe());
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.jsonOk, run.describe());
    QCOMPARE(run.json.value(QLatin1String("kind")).toString(), QStringLiteral("jws"));
    QCOMPARE(run.json.value(QLatin1String("header")).toObject().value(QLatin1String("alg")).toString(), QStringLiteral("ES256"));
    QCOMPARE(run.json.value(QLatin1String("payload")).toObject().value(QLatin1String("sub")).toString(), QStringLiteral("user-1"));
}

void TstCli::decodeSeveralCandidates()
{
    const QString idToken = tokenFor(m_rs256, {{QStringLiteral("nonce"), QStringLiteral("n-1")}});
    const QString url = QStringLiteral("https://app.example/cb#access_token=2YotnFZFEjr1zCsicMWpAA&token_type=Bearer&id_token=")
        + idToken + QStringLiteral("&state=xyz");
    const CliRun run = runCli({QStringLiteral("decode"), url});
    QVERIFY2(run.finished, run.describe());
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.jsonOk, run.describe());
    // The ID token comes first (tokeninput.h: "id_token, access_token, code, ...").
    QCOMPARE(run.json.value(QLatin1String("kind")).toString(), QStringLiteral("jws"));
    QCOMPARE(run.json.value(QLatin1String("payload")).toObject().value(QLatin1String("nonce")).toString(), QStringLiteral("n-1"));
    QVERIFY2(run.json.value(QLatin1String("note")).toString().contains(QLatin1String("access_token")), run.out);
    QVERIFY2(run.json.value(QLatin1String("note")).toString().startsWith(QLatin1String("2 tokens in the input; ")), run.out);

    // A language Tokenscope does not ship, and the C locale, get English with its plural forms.
    for (const QString &language : {QStringLiteral("fr"), QStringLiteral("C")}) {
        const CliRun other = runCli({QStringLiteral("decode"), url}, {}, language);
        QVERIFY2(other.jsonOk, other.describe());
        QVERIFY2(other.json.value(QLatin1String("note")).toString().startsWith(QLatin1String("2 tokens in the input; ")),
                 qPrintable(language + QLatin1String(": ") + QString::fromUtf8(other.out)));
    }
}

// --- verify ---------------------------------------------------------------------------------

void TstCli::verifyValid_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QStringList>("keyArguments");

    QTest::newRow("ES256 --jwks file") << tokenFor(m_es256) << QStringList{QStringLiteral("--jwks"), m_jwksFile};
    QTest::newRow("RS256 --key PEM") << tokenFor(m_rs256) << QStringList{QStringLiteral("--key"), m_rsaPemFile};
    QTest::newRow("RS256 --key certificate") << tokenFor(m_rs256) << QStringList{QStringLiteral("--key"), m_rsaCertFile};
    QTest::newRow("RS256 --jwks file") << tokenFor(m_rs256) << QStringList{QStringLiteral("--jwks"), m_jwksFile};
    QTest::newRow("EdDSA --jwks file") << tokenFor(m_eddsa) << QStringList{QStringLiteral("--jwks"), m_jwksFile};
    QTest::newRow("HS256 --secret") << tokenFor(m_hs256Text)
                                    << QStringList{QStringLiteral("--secret"), QString::fromLatin1(m_hs256Text.secret)};
    QTest::newRow("HS256 --secret-file") << tokenFor(m_hs256) << QStringList{QStringLiteral("--secret-file"), m_secretFile};
    const QString echoedSecret = writeFile(QStringLiteral("hs-echoed.key"), m_hs256Text.secret + "\n");
    QTest::newRow("HS256 --secret-file ending in a line break")
        << tokenFor(m_hs256Text) << QStringList{QStringLiteral("--secret-file"), echoedSecret};
    QTest::newRow("--jwks twice") << tokenFor(m_rs256)
                                  << QStringList{QStringLiteral("--jwks"), m_otherJwksFile, QStringLiteral("--jwks"), m_jwksFile};
    QTest::newRow("with --iss --aud") << tokenFor(m_es256)
                                      << QStringList{QStringLiteral("--jwks"), m_jwksFile, QStringLiteral("--iss"), Issuer,
                                                     QStringLiteral("--aud"), Audience};
}

void TstCli::verifyValid()
{
    QFETCH(QString, token);
    QFETCH(QStringList, keyArguments);
    const CliRun run = runCli(QStringList{QStringLiteral("verify")} + keyArguments + QStringList{token});
    QVERIFY2(run.finished, run.describe());
    QVERIFY2(run.exitCode == 0, run.describe());
    QVERIFY2(run.jsonOk, run.describe());
    QCOMPARE(run.json.value(QLatin1String("kind")).toString(), QStringLiteral("jws"));
    QCOMPARE(run.json.value(QLatin1String("valid")).toBool(false), true);
    QCOMPARE(run.json.value(QLatin1String("payload")).toObject().value(QLatin1String("sub")).toString(), QStringLiteral("user-1"));

    const QStringList known{QStringLiteral("alg"), QStringLiteral("kid"), QStringLiteral("signature"), QStringLiteral("key"),
                            QStringLiteral("typ"), QStringLiteral("crit"), QStringLiteral("exp"), QStringLiteral("nbf"),
                            QStringLiteral("iat"), QStringLiteral("iss"), QStringLiteral("aud"), QStringLiteral("nonce"),
                            QStringLiteral("azp"), QStringLiteral("at_hash"), QStringLiteral("c_hash"), QStringLiteral("format")};
    const QStringList statuses{QStringLiteral("pass"), QStringLiteral("warn"), QStringLiteral("skip")};
    const QJsonArray checks = run.json.value(QLatin1String("checks")).toArray();
    QVERIFY(!checks.isEmpty());
    for (const QJsonValue &value : checks) {
        const QJsonObject check = value.toObject();
        QVERIFY2(known.contains(check.value(QLatin1String("name")).toString()), compactJson(check));
        QVERIFY2(statuses.contains(check.value(QLatin1String("status")).toString()), compactJson(check));
        QVERIFY(check.contains(QLatin1String("detail")));
    }
    QCOMPARE(run.status(QStringLiteral("signature")), QStringLiteral("pass"));
    QCOMPARE(run.status(QStringLiteral("alg")), QStringLiteral("pass"));
    QCOMPARE(run.status(QStringLiteral("exp")), QStringLiteral("pass"));
    if (keyArguments.contains(QStringLiteral("--iss"))) {
        QCOMPARE(run.status(QStringLiteral("iss")), QStringLiteral("pass"));
        QCOMPARE(run.status(QStringLiteral("aud")), QStringLiteral("pass"));
    }
}

void TstCli::verifyWrongKey_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QStringList>("keyArguments");

    // Same kid, other key: the kid matches and the signature must not.
    QTest::newRow("ES256 other key") << tokenFor(m_es256) << QStringList{QStringLiteral("--jwks"), m_otherJwksFile};
    QTest::newRow("HS256 wrong secret") << tokenFor(m_hs256Text) << QStringList{QStringLiteral("--secret"), QStringLiteral("not-the-secret-at-all-not-the-secret")};
    // The algorithm-confusion attack: HS256 keyed with the RSA public key's PEM bytes.
    TestKeys::KeyPair confused;
    confused.algorithm = Algorithm::HS256;
    confused.secret = m_rs256.publicPem;
    QTest::newRow("HS256 with the RSA PEM") << tokenFor(confused) << QStringList{QStringLiteral("--key"), m_rsaPemFile};
}

void TstCli::verifyWrongKey()
{
    QFETCH(QString, token);
    QFETCH(QStringList, keyArguments);
    const CliRun run = runCli(QStringList{QStringLiteral("verify")} + keyArguments + QStringList{token});
    QVERIFY2(run.finished, run.describe());
    QVERIFY2(run.exitCode == 1, run.describe());
    QVERIFY2(run.jsonOk, run.describe());
    QCOMPARE(run.json.value(QLatin1String("valid")).toBool(true), false);
    QCOMPARE(run.status(QStringLiteral("signature")), QStringLiteral("fail"));
}

void TstCli::verifyTimes_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("check");
    QTest::addColumn<QString>("status");

    const auto at = [](qint64 seconds) { return QStringList{QStringLiteral("--at"), QString::number(seconds)}; };
    QTest::newRow("before exp") << at(FixedExp - 100) << 0 << QStringLiteral("exp") << QStringLiteral("pass");
    QTest::newRow("an hour after exp") << at(FixedExp + 3600) << 1 << QStringLiteral("exp") << QStringLiteral("fail");
    QTest::newRow("30 s after exp, skew 0") << at(FixedExp + 30) + QStringList{QStringLiteral("--skew"), QStringLiteral("0")}
                                            << 1 << QStringLiteral("exp") << QStringLiteral("fail");
    QTest::newRow("an hour after exp, skew 2 h")
        << at(FixedExp + 3600) + QStringList{QStringLiteral("--skew"), QStringLiteral("7200")} << 0 << QStringLiteral("exp") << QString();
    QTest::newRow("=form") << QStringList{QStringLiteral("--at=") + QString::number(FixedExp + 3600)} << 1
                           << QStringLiteral("exp") << QStringLiteral("fail");
    QTest::newRow("before nbf") << at(FixedExp - 7200 - 600) << 1 << QStringLiteral("nbf") << QStringLiteral("fail");
    QTest::newRow("now: long expired") << QStringList{} << 1 << QStringLiteral("exp") << QStringLiteral("fail");
}

void TstCli::verifyTimes()
{
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    QFETCH(QString, check);
    QFETCH(QString, status);
    // Valid from exp - 2 h (nbf), issued then, expiring at FixedExp.
    const QString token = TestKeys::signCompact(m_es256, {},
                                                QJsonObject{{QStringLiteral("iss"), Issuer},
                                                            {QStringLiteral("sub"), QStringLiteral("user-1")},
                                                            {QStringLiteral("iat"), FixedExp - 7200},
                                                            {QStringLiteral("nbf"), FixedExp - 7200},
                                                            {QStringLiteral("exp"), FixedExp}});
    const CliRun run = runCli(QStringList{QStringLiteral("verify"), QStringLiteral("--jwks"), m_jwksFile} + options
                              + QStringList{token});
    QVERIFY2(run.finished, run.describe());
    QVERIFY2(run.exitCode == exitCode, run.describe());
    QVERIFY2(run.jsonOk, run.describe());
    QCOMPARE(run.json.value(QLatin1String("valid")).toBool(), exitCode == 0);
    QCOMPARE(run.status(QStringLiteral("signature")), QStringLiteral("pass"));
    if (status.isEmpty())
        QVERIFY2(run.status(check) == QLatin1String("pass") || run.status(check) == QLatin1String("warn"), run.out);
    else
        QCOMPARE(run.status(check), status);
}

void TstCli::verifyClaims_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("check");
    QTest::addColumn<QString>("status");

    const QString iss = QStringLiteral("--iss");
    const QString aud = QStringLiteral("--aud");
    const QString nonce = QStringLiteral("--nonce");
    QTest::newRow("iss match") << QStringList{iss, Issuer} << 0 << QStringLiteral("iss") << QStringLiteral("pass");
    QTest::newRow("iss mismatch") << QStringList{iss, QStringLiteral("https://evil.example")} << 1 << QStringLiteral("iss") << QStringLiteral("fail");
    QTest::newRow("iss trailing slash") << QStringList{iss, Issuer + QLatin1Char('/')} << 1 << QStringLiteral("iss") << QStringLiteral("fail");
    QTest::newRow("aud match") << QStringList{aud, Audience} << 0 << QStringLiteral("aud") << QStringLiteral("pass");
    QTest::newRow("aud match in array") << QStringList{aud, QStringLiteral("api-2")} << 0 << QStringLiteral("aud") << QStringLiteral("pass");
    QTest::newRow("aud mismatch") << QStringList{aud, QStringLiteral("someone-else")} << 1 << QStringLiteral("aud") << QStringLiteral("fail");
    QTest::newRow("nonce match") << QStringList{nonce, QStringLiteral("n-0S6_WzA2Mj")} << 0 << QStringLiteral("nonce") << QStringLiteral("pass");
    QTest::newRow("nonce mismatch") << QStringList{nonce, QStringLiteral("n-other")} << 1 << QStringLiteral("nonce") << QStringLiteral("fail");
    QTest::newRow("--issuer alias mismatch") << QStringList{QStringLiteral("--issuer"), QStringLiteral("x")} << 1 << QStringLiteral("iss") << QStringLiteral("fail");
}

void TstCli::verifyClaims()
{
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    QFETCH(QString, check);
    QFETCH(QString, status);
    const QString token = tokenFor(m_rs256, {{QStringLiteral("aud"), QJsonArray{Audience, QStringLiteral("api-2")}},
                                             {QStringLiteral("nonce"), QStringLiteral("n-0S6_WzA2Mj")}});
    const CliRun run = runCli(QStringList{QStringLiteral("verify"), QStringLiteral("--key"), m_rsaPemFile} + options
                              + QStringList{token});
    QVERIFY2(run.finished, run.describe());
    QVERIFY2(run.exitCode == exitCode, run.describe());
    QVERIFY2(run.jsonOk, run.describe());
    QCOMPARE(run.status(check), status);
    QCOMPARE(run.status(QStringLiteral("signature")), QStringLiteral("pass"));
}

void TstCli::verifyNonJsonPayload()
{
    // A JWS over bytes that are not JSON is still a JWS: its signature gets checked.
    const QString token = TestKeys::signCompactRaw(m_es256, {}, QByteArrayLiteral("hello, not json"));
    const CliRun good = runCli({QStringLiteral("verify"), QStringLiteral("--jwks"), m_jwksFile, token});
    QVERIFY2(good.finished, good.describe());
    QVERIFY2(good.jsonOk, good.describe());
    QCOMPARE(good.json.value(QLatin1String("kind")).toString(), QStringLiteral("jws"));
    QCOMPARE(good.json.value(QLatin1String("payload")).toString(), QStringLiteral("hello, not json"));
    QCOMPARE(good.status(QStringLiteral("signature")), QStringLiteral("pass"));

    const CliRun bad = runCli({QStringLiteral("verify"), QStringLiteral("--jwks"), m_otherJwksFile, token});
    QVERIFY2(bad.finished, bad.describe());
    QCOMPARE(bad.exitCode, 1);
    QCOMPARE(bad.status(QStringLiteral("signature")), QStringLiteral("fail"));
}

void TstCli::verifyOpaque()
{
    // An opaque token is a token, only not one to verify locally: a failed "format" check, exit 1.
    const CliRun run = runCli({QStringLiteral("verify"), QStringLiteral("--jwks"), m_jwksFile, QStringLiteral("2YotnFZFEjr1zCsicMWpAA")});
    QVERIFY2(run.finished, run.describe());
    QVERIFY2(run.exitCode == 1, run.describe());
    QVERIFY2(run.jsonOk, run.describe());
    QCOMPARE(run.json.value(QLatin1String("kind")).toString(), QStringLiteral("opaque"));
    QCOMPARE(run.status(QStringLiteral("format")), QStringLiteral("fail"));
    QCOMPARE(run.json.value(QLatin1String("valid")).toBool(true), false);
}

void TstCli::verifyStdinWithoutKeys()
{
    // No key: the signature is skipped, not failed; the token comes on stdin as "Bearer ...".
    const CliRun run = runCli({QStringLiteral("verify"), QStringLiteral("--aud"), Audience, QStringLiteral("-")},
                              "Bearer " + tokenFor(m_es256).toLatin1() + '\n');
    QVERIFY2(run.finished, run.describe());
    QVERIFY2(run.exitCode == 0, run.describe());
    QVERIFY2(run.jsonOk, run.describe());
    QCOMPARE(run.status(QStringLiteral("signature")), QStringLiteral("skip"));
    QCOMPARE(run.status(QStringLiteral("aud")), QStringLiteral("pass"));
    QCOMPARE(run.json.value(QLatin1String("valid")).toBool(), true);
}

void TstCli::verifyTokenHashes_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("check");
    QTest::addColumn<QString>("status");

    QTest::newRow("at_hash match") << QStringList{QStringLiteral("--access-token"), QStringLiteral("2YotnFZFEjr1zCsicMWpAA")}
                                   << 0 << QStringLiteral("at_hash") << QStringLiteral("pass");
    QTest::newRow("at_hash mismatch") << QStringList{QStringLiteral("--access-token"), QStringLiteral("another-access-token")}
                                      << 1 << QStringLiteral("at_hash") << QStringLiteral("fail");
    QTest::newRow("c_hash match") << QStringList{QStringLiteral("--code"), QStringLiteral("SplxlOBeZQQYbYS6WxSbIA")}
                                  << 0 << QStringLiteral("c_hash") << QStringLiteral("pass");
    QTest::newRow("c_hash mismatch") << QStringList{QStringLiteral("--code"), QStringLiteral("another-code")}
                                     << 1 << QStringLiteral("c_hash") << QStringLiteral("fail");
}

void TstCli::verifyTokenHashes()
{
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    QFETCH(QString, check);
    QFETCH(QString, status);
    // OpenID Connect Core §3.1.3.6 / §3.3.2.11: base64url of the left half of SHA-256 (ES256).
    const auto halfHash = [](const QByteArray &value) {
        return QString::fromLatin1(b64url(QCryptographicHash::hash(value, QCryptographicHash::Sha256).left(16)));
    };
    const QString token = tokenFor(m_es256, {{QStringLiteral("nonce"), QStringLiteral("n-1")},
                                             {QStringLiteral("at_hash"), halfHash("2YotnFZFEjr1zCsicMWpAA")},
                                             {QStringLiteral("c_hash"), halfHash("SplxlOBeZQQYbYS6WxSbIA")}});
    const CliRun run = runCli(QStringList{QStringLiteral("verify"), QStringLiteral("--role"), QStringLiteral("id"),
                                          QStringLiteral("--jwks"), m_jwksFile}
                              + options + QStringList{token});
    QVERIFY2(run.finished, run.describe());
    QVERIFY2(run.exitCode == exitCode, run.describe());
    QVERIFY2(run.jsonOk, run.describe());
    QCOMPARE(run.status(check), status);
}

void TstCli::verifyUnusable_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");

    const QString token = tokenFor(m_es256);
    const QString jwks = QStringLiteral("--jwks");
    const QString missing = m_dir.filePath(QStringLiteral("no-such-file.json"));
    QTest::newRow("--at not a number") << QStringList{jwks, m_jwksFile, QStringLiteral("--at"), QStringLiteral("tomorrow"), token} << QByteArray();
    QTest::newRow("--at fraction") << QStringList{jwks, m_jwksFile, QStringLiteral("--at"), QStringLiteral("1700000000.5"), token} << QByteArray();
    QTest::newRow("--skew negative") << QStringList{jwks, m_jwksFile, QStringLiteral("--skew"), QStringLiteral("-5"), token} << QByteArray();
    QTest::newRow("--skew not a number") << QStringList{jwks, m_jwksFile, QStringLiteral("--skew"), QStringLiteral("1m"), token} << QByteArray();
    QTest::newRow("--role unknown") << QStringList{jwks, m_jwksFile, QStringLiteral("--role"), QStringLiteral("refresh"), token} << QByteArray();
    QTest::newRow("--jwks missing file") << QStringList{jwks, missing, token} << QByteArray();
    QTest::newRow("--key missing file") << QStringList{QStringLiteral("--key"), missing, token} << QByteArray();
    QTest::newRow("--key is a folder") << QStringList{QStringLiteral("--key"), m_dir.path(), token} << QByteArray();
    QTest::newRow("--secret-file missing") << QStringList{QStringLiteral("--secret-file"), missing, token} << QByteArray();
    QTest::newRow("no usable key") << QStringList{jwks, m_garbageKeyFile, token} << QByteArray();
    QTest::newRow("--secret and --jwks") << QStringList{QStringLiteral("--secret"), QStringLiteral("s3cr3t"), jwks, m_jwksFile, token} << QByteArray();
    QTest::newRow("--secret and --secret-file") << QStringList{QStringLiteral("--secret"), QStringLiteral("s3cr3t"), QStringLiteral("--secret-file"), m_secretFile, token} << QByteArray();
    QTest::newRow("empty --secret") << QStringList{QStringLiteral("--secret"), QString(), token} << QByteArray();
    QTest::newRow("token with two parts") << QStringList{jwks, m_jwksFile, QStringLiteral("eyJhbGciOiJIUzI1NiJ9.e30")} << QByteArray();
    QTest::newRow("token with braces") << QStringList{jwks, m_jwksFile, QStringLiteral("x{y}")} << QByteArray();
    QTest::newRow("three broken parts") << QStringList{jwks, m_jwksFile, QStringLiteral("eyJhbGciOiJIUzI1NiJ9x.e30.c2ln")} << QByteArray();
    QTest::newRow("no token (empty stdin)") << QStringList{jwks, m_jwksFile} << QByteArray();
    QTest::newRow("token over 1 MiB on stdin") << QStringList{jwks, m_jwksFile, QStringLiteral("-")} << QByteArray(1024 * 1024 + 1, 'A');
}

void TstCli::verifyUnusable()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    const CliRun run = runCli(QStringList{QStringLiteral("verify")} + arguments, input);
    QVERIFY2(run.finished, run.describe());
    QVERIFY2(run.exitCode == 2, run.describe());
    QVERIFY2(run.out.isEmpty(), run.out);
    QVERIFY(!run.err.isEmpty());
}

void TstCli::verifyJwksUrl()
{
    m_requestedPaths.clear();
    const QString url = QStringLiteral("http://127.0.0.1:%1/jwks").arg(m_server.serverPort());
    const CliRun run = runCli({QStringLiteral("verify"), QStringLiteral("--jwks"), url, tokenFor(m_rs256)});
    QVERIFY2(run.finished, run.describe());
    QVERIFY2(run.exitCode == 0, run.describe());
    QVERIFY2(run.jsonOk, run.describe());
    QCOMPARE(run.status(QStringLiteral("signature")), QStringLiteral("pass"));
    QCOMPARE(m_requestedPaths, QList<QByteArray>{"/jwks"});

    // The served set has no EdDSA key: the same URL cannot verify that token.
    const CliRun other = runCli({QStringLiteral("verify"), QStringLiteral("--jwks"), url, tokenFor(m_eddsa)});
    QVERIFY2(other.finished, other.describe());
    QVERIFY2(other.exitCode == 1, other.describe());
    QVERIFY(other.status(QStringLiteral("signature")) != QLatin1String("pass"));
}

void TstCli::verifyJwksUrlFailures_data()
{
    QTest::addColumn<QString>("url");

    QTest::newRow("404") << QStringLiteral("http://127.0.0.1:%1/nothing-here").arg(m_server.serverPort());
    QTest::newRow("200 without keys") << QStringLiteral("http://127.0.0.1:%1/garbage").arg(m_server.serverPort());
    // A port nobody listens on: take one from a server that has closed again.
    QTcpServer closed;
    const bool listening = closed.listen(QHostAddress::LocalHost, 0);
    const quint16 port = closed.serverPort();
    closed.close();
    if (listening)
        QTest::newRow("connection refused") << QStringLiteral("http://127.0.0.1:%1/jwks").arg(port);
}

void TstCli::verifyJwksUrlFailures()
{
    QFETCH(QString, url);
    const CliRun run = runCli({QStringLiteral("verify"), QStringLiteral("--jwks"), url, tokenFor(m_rs256)});
    QVERIFY2(run.finished, run.describe());
    QVERIFY2(run.exitCode == 2, run.describe());
    QVERIFY2(run.out.isEmpty(), run.out);
    QVERIFY(!run.err.isEmpty());
}

QTEST_GUILESS_MAIN(TstCli)
#include "tst_cli.moc"
