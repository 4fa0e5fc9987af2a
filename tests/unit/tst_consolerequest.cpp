// SPDX-License-Identifier: GPL-3.0-or-later
// The request console's model: variables, query encoding, header checks, authorization, JSON
// body help, and the secret-free JSON form the history stores.
#include "http/consolerequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Console;
using namespace Profiles;

namespace {

Profile cloudentity()
{
    Profile p;
    p.id = Profile::newId();
    p.name = u"Acme dev"_s;
    p.preset = u"cloudentity"_s;
    p.presetFields = {{u"tenant_id"_s, u"acme"_s}, {u"workspace_id"_s, u"demo"_s}};
    p.issuer = QUrl(u"https://acme.eu.authz.cloudentity.io:8443/acme/demo/"_s);
    p.clientId = u"c"_s;
    return p;
}

QByteArray header(const HttpRequest &request, const QByteArray &name)
{
    for (const auto &[n, v] : request.headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

int headerCount(const HttpRequest &request, const QByteArray &name)
{
    int count = 0;
    for (const auto &h : request.headers)
        count += h.first.compare(name, Qt::CaseInsensitive) == 0 ? 1 : 0;
    return count;
}

using Pairs = QList<QPair<QString, QString>>;

} // namespace

class TestConsoleRequest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
    }

    void authKindNames()
    {
        for (AuthKind kind : {AuthKind::None, AuthKind::Bearer, AuthKind::ApiToken, AuthKind::Basic})
            QCOMPARE(authKindFromName(authKindName(kind)), kind);
        QCOMPARE(authKindName(AuthKind::ApiToken), u"api_token"_s);
        QCOMPARE(authKindFromName(u"Bearer"), std::nullopt);
        QCOMPARE(authKindFromName(u""), std::nullopt);
    }

    void variableValues()
    {
        const Pairs values = variables(cloudentity());
        const Pairs expected{{u"{base}"_s, u"https://acme.eu.authz.cloudentity.io:8443"_s},
                             {u"{tid}"_s, u"acme"_s},
                             {u"{wid}"_s, u"demo"_s},
                             {u"{issuer}"_s, u"https://acme.eu.authz.cloudentity.io:8443/acme/demo"_s}};
        QCOMPARE(values, expected);

        // No issuer (API-token mode): {base} from the first endpoint, the rest empty.
        Profile bare;
        bare.endpoints.setUrl(EndpointKind::Token, QUrl(u"http://127.0.0.1:9000/t/oauth2/token"_s));
        const Pairs fallback{{u"{base}"_s, u"http://127.0.0.1:9000"_s}, {u"{tid}"_s, QString()},
                             {u"{wid}"_s, QString()}, {u"{issuer}"_s, QString()}};
        QCOMPARE(variables(bare), fallback);
    }

    void expand_data()
    {
        QTest::addColumn<QString>("templ");
        QTest::addColumn<QString>("expected"); // empty: an error
        QTest::addColumn<QString>("errorMentions");
        QTest::newRow("base") << u"{base}/api/admin/{tid}/servers"_s
                              << u"https://acme.eu.authz.cloudentity.io:8443/api/admin/acme/servers"_s << QString();
        QTest::newRow("issuer") << u"{issuer}/.well-known/openid-configuration"_s
                                << u"https://acme.eu.authz.cloudentity.io:8443/acme/demo/.well-known/openid-configuration"_s
                                << QString();
        QTest::newRow("tid and wid") << u"{base}/api/admin/{tid}/servers/{wid}/clients"_s
                                     << u"https://acme.eu.authz.cloudentity.io:8443/api/admin/acme/servers/demo/clients"_s
                                     << QString();
        QTest::newRow("twice") << u"{base}/{tid}/{tid}"_s << u"https://acme.eu.authz.cloudentity.io:8443/acme/acme"_s
                               << QString();
        QTest::newRow("no variables") << u"https://example.com/x?y=1"_s << u"https://example.com/x?y=1"_s << QString();
        QTest::newRow("surrounding spaces") << u"  {base}/x  "_s << u"https://acme.eu.authz.cloudentity.io:8443/x"_s
                                            << QString();
        QTest::newRow("unknown") << u"{base}/{tenant}/x"_s << QString() << u"{tenant}"_s;
        QTest::newRow("unknown case") << u"{BASE}/x"_s << QString() << u"{BASE}"_s;
        QTest::newRow("not a URL") << u"{tid}/x"_s << QString() << u"acme/x"_s;
        QTest::newRow("ftp") << u"ftp://example.com/x"_s << QString() << u"ftp://example.com/x"_s;
        QTest::newRow("empty") << QString() << QString() << u"http"_s;
    }

    void expand()
    {
        QFETCH(QString, templ);
        QFETCH(QString, expected);
        QFETCH(QString, errorMentions);
        QString error;
        const std::optional<QUrl> url = expandUrl(templ, cloudentity(), &error);
        if (expected.isEmpty()) {
            QVERIFY(!url);
            QVERIFY2(error.contains(errorMentions), qPrintable(error));
        } else {
            QVERIFY2(url, qPrintable(error));
            QCOMPARE(url->toString(QUrl::FullyEncoded), expected);
        }
    }

    void missingVariableValue_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::newRow("base") << u"{base}"_s;
        QTest::newRow("tid") << u"{tid}"_s;
        QTest::newRow("wid") << u"{wid}"_s;
        QTest::newRow("issuer") << u"{issuer}"_s;
    }

    void missingVariableValue()
    {
        QFETCH(QString, variable);
        Profile p;
        p.name = u"Empty one"_s;
        QString error;
        QVERIFY(!expandUrl(u"https://x.example/"_s + variable, p, &error));
        QVERIFY2(error.contains(variable), qPrintable(error));
        QVERIFY2(error.contains(u"Empty one"_s), qPrintable(error));
    }

    void variableValuesEncodedInPath()
    {
        Profile p = cloudentity();
        p.presetFields.insert(u"tenant_id"_s, u"a/b?c"_s);
        const auto url = expandUrl(u"{base}/api/{tid}/x"_s, p, nullptr);
        QVERIFY(url);
        QCOMPARE(url->path(QUrl::FullyEncoded), u"/api/a%2Fb%3Fc/x"_s);
        QVERIFY(!url->hasQuery());
    }

    void query_data()
    {
        QTest::addColumn<QString>("templ");
        QTest::addColumn<Pairs>("query");
        QTest::addColumn<QByteArray>("encodedQuery");
        QTest::newRow("simple") << u"https://x.example/p"_s << Pairs{{u"a"_s, u"1"_s}, {u"b"_s, u"2"_s}}
                                << QByteArray("a=1&b=2");
        QTest::newRow("space") << u"https://x.example/p"_s << Pairs{{u"q"_s, u"a b"_s}} << QByteArray("q=a%20b");
        QTest::newRow("ampersand and equals") << u"https://x.example/p"_s << Pairs{{u"f&x"_s, u"a=b&c=d"_s}}
                                              << QByteArray("f%26x=a%3Db%26c%3Dd");
        QTest::newRow("plus and hash") << u"https://x.example/p"_s << Pairs{{u"q"_s, u"1+1#2"_s}}
                                       << QByteArray("q=1%2B1%232");
        QTest::newRow("unicode") << u"https://x.example/p"_s << Pairs{{u"name"_s, u"Jürgen €"_s}}
                                 << QByteArray("name=J%C3%BCrgen%20%E2%82%AC");
        QTest::newRow("appended to the URL's own") << u"https://x.example/p?x=1"_s << Pairs{{u"y"_s, u"2"_s}}
                                                   << QByteArray("x=1&y=2");
        QTest::newRow("empty value") << u"https://x.example/p"_s << Pairs{{u"flag"_s, QString()}} << QByteArray("flag=");
        QTest::newRow("empty name skipped") << u"https://x.example/p"_s << Pairs{{QString(), u"v"_s}, {u"a"_s, u"1"_s}}
                                            << QByteArray("a=1");
        QTest::newRow("repeated, in order") << u"https://x.example/p"_s
                                            << Pairs{{u"s"_s, u"b"_s}, {u"s"_s, u"a"_s}, {u"s"_s, u"c"_s}}
                                            << QByteArray("s=b&s=a&s=c");
    }

    void query()
    {
        QFETCH(QString, templ);
        QFETCH(Pairs, query);
        QFETCH(QByteArray, encodedQuery);
        ConsoleRequest request;
        request.url = templ;
        request.query = query;
        QString error;
        const auto http = buildRequest(request, cloudentity(), {}, &error);
        QVERIFY2(http, qPrintable(error));
        QCOMPARE(http->url.query(QUrl::FullyEncoded).toUtf8(), encodedQuery);
        // What goes on the wire.
        QVERIFY(http->url.toEncoded().endsWith(QByteArray('?' + encodedQuery)));
    }

    void headers_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("plain") << u"X-Request-Id"_s << u"42"_s << true;
        QTest::newRow("tchars") << u"X!#$%&'*+-.^_`|~1"_s << u"v"_s << true;
        QTest::newRow("tab in value") << u"X-A"_s << u"a\tb"_s << true;
        QTest::newRow("unicode value") << u"X-Name"_s << u"Jürgen"_s << true;
        QTest::newRow("space in name") << u"X Request"_s << u"1"_s << false;
        QTest::newRow("colon in name") << u"X-A:"_s << u"1"_s << false;
        QTest::newRow("unicode name") << u"X-Ü"_s << u"1"_s << false;
        QTest::newRow("parenthesis name") << u"X(a)"_s << u"1"_s << false;
        QTest::newRow("CRLF injection") << u"X-A"_s << u"1\r\nX-Injected: yes"_s << false;
        QTest::newRow("LF") << u"X-A"_s << u"1\nX-Injected: yes"_s << false;
        QTest::newRow("CR") << u"X-A"_s << u"1\r"_s << false;
        QTest::newRow("NUL") << u"X-A"_s << u"a\0b"_s << false;
        QTest::newRow("DEL") << u"X-A"_s << u"a\x7f"_s << false;
    }

    void headers()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(bool, accepted);
        ConsoleRequest request;
        request.url = u"{base}/x"_s;
        request.headers = {{u"Accept"_s, u"application/json"_s}, {name, value}};
        QString error;
        const auto http = buildRequest(request, cloudentity(), {}, &error);
        QCOMPARE(bool(http), accepted);
        if (accepted) {
            QCOMPARE(http->headers.size(), 2);
            QCOMPARE(http->headers.at(0), (QPair<QByteArray, QByteArray>("Accept", "application/json")));
            QCOMPARE(http->headers.at(1).first, name.toLatin1());
            QCOMPARE(http->headers.at(1).second, value.toUtf8());
        } else {
            QVERIFY(!error.isEmpty());
            QVERIFY2(error.contains(name.trimmed()), qPrintable(error));
        }
    }

    void emptyHeaderNamesIgnored()
    {
        ConsoleRequest request;
        request.url = u"{base}/x"_s;
        request.headers = {{QString(), u"v"_s}, {u"  "_s, u"w"_s}, {u" X-Trim "_s, u" v "_s}};
        const auto http = buildRequest(request, cloudentity(), {}, nullptr);
        QVERIFY(http);
        QCOMPARE(http->headers.size(), 1);
        QCOMPARE(http->headers.first(), (QPair<QByteArray, QByteArray>("X-Trim", "v")));
    }

    void method()
    {
        ConsoleRequest request;
        request.url = u"{base}/x"_s;
        request.method = "patch";
        auto http = buildRequest(request, cloudentity(), {}, nullptr);
        QVERIFY(http);
        QCOMPARE(http->method, QByteArray("PATCH"));
        request.method = "";
        QCOMPARE(buildRequest(request, cloudentity(), {}, nullptr)->method, QByteArray("GET"));
        request.method = "GET /evil HTTP/1.1\r\n";
        QString error;
        QVERIFY(!buildRequest(request, cloudentity(), {}, &error));
        QVERIFY(!error.isEmpty());
    }

    void urlErrorPropagates()
    {
        ConsoleRequest request;
        request.url = u"{nope}/x"_s;
        QString error;
        QVERIFY(!buildRequest(request, cloudentity(), {}, &error));
        QVERIFY2(error.contains(u"{nope}"_s), qPrintable(error));
    }

    void contentType()
    {
        ConsoleRequest request;
        request.method = "POST";
        request.url = u"{base}/x"_s;
        request.body = R"({"name": "x"})";
        auto http = buildRequest(request, cloudentity(), {}, nullptr);
        QVERIFY(http);
        QCOMPARE(http->body, request.body);
        QCOMPARE(header(*http, "Content-Type"), QByteArray("application/json"));

        // The user's own Content-Type wins, and is not doubled.
        request.headers = {{u"content-type"_s, u"application/merge-patch+json"_s}};
        http = buildRequest(request, cloudentity(), {}, nullptr);
        QCOMPARE(headerCount(*http, "Content-Type"), 1);
        QCOMPARE(header(*http, "Content-Type"), QByteArray("application/merge-patch+json"));

        // Not JSON: no Content-Type guessed.
        request.headers.clear();
        request.body = "a=1&b=2";
        QCOMPARE(headerCount(*buildRequest(request, cloudentity(), {}, nullptr), "Content-Type"), 0);
        request.body = "{broken";
        QCOMPARE(headerCount(*buildRequest(request, cloudentity(), {}, nullptr), "Content-Type"), 0);
        request.body.clear();
        QCOMPARE(headerCount(*buildRequest(request, cloudentity(), {}, nullptr), "Content-Type"), 0);
    }

    void authorization_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("bearer");
        QTest::addColumn<QByteArray>("apiToken");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QByteArray>("headerName");
        QTest::addColumn<QByteArray>("headerValue"); // empty: an error
        const auto k = [](AuthKind kind) { return int(kind); };
        QTest::newRow("none") << k(AuthKind::None) << QString() << u"unused"_s << QByteArray("unused") << u"unused"_s
                              << QByteArray("Authorization") << QByteArray();
        QTest::newRow("bearer") << k(AuthKind::Bearer) << QString() << u"eyJ.abc.def"_s << QByteArray() << QString()
                                << QByteArray("Authorization") << QByteArray("Bearer eyJ.abc.def");
        QTest::newRow("bearer trimmed") << k(AuthKind::Bearer) << QString() << u" tok \n"_s << QByteArray()
                                        << QString() << QByteArray("Authorization") << QByteArray("Bearer tok");
        QTest::newRow("bearer empty") << k(AuthKind::Bearer) << QString() << u"  "_s << QByteArray() << QString()
                                      << QByteArray("Authorization") << QByteArray();
        QTest::newRow("bearer CRLF") << k(AuthKind::Bearer) << QString() << u"a\r\nX-Evil: 1"_s << QByteArray()
                                     << QString() << QByteArray("Authorization") << QByteArray();
        QTest::newRow("api token") << k(AuthKind::ApiToken) << QString() << QString() << QByteArray("s3cr3t")
                                   << QString() << QByteArray("X-Api-Key") << QByteArray("idun_s3cr3t");
        QTest::newRow("api token empty") << k(AuthKind::ApiToken) << QString() << QString() << QByteArray()
                                         << QString() << QByteArray("X-Api-Key") << QByteArray();
        // RFC 7617 §2: base64("Aladdin:open sesame"); §2.1 UTF-8 for the rest.
        QTest::newRow("basic") << k(AuthKind::Basic) << u"Aladdin"_s << QString() << QByteArray() << u"open sesame"_s
                               << QByteArray("Authorization") << QByteArray("Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==");
        QTest::newRow("basic utf-8") << k(AuthKind::Basic) << u"test"_s << QString() << QByteArray() << u"123£"_s
                                     << QByteArray("Authorization") << QByteArray("Basic dGVzdDoxMjPCow==");
        QTest::newRow("basic no password") << k(AuthKind::Basic) << u"u"_s << QString() << QByteArray() << QString()
                                           << QByteArray("Authorization") << QByteArray();
        QTest::newRow("basic no user") << k(AuthKind::Basic) << QString() << QString() << QByteArray() << u"p"_s
                                       << QByteArray("Authorization") << QByteArray();
        QTest::newRow("basic newline in user") << k(AuthKind::Basic) << u"a\nb"_s << QString() << QByteArray() << u"p"_s
                                               << QByteArray("Authorization") << QByteArray();
        QTest::newRow("basic colon in password") << k(AuthKind::Basic) << u"u"_s << QString() << QByteArray() << u"a:b"_s
                                                 << QByteArray("Authorization") << QByteArray("Basic dTphOmI=");
        QTest::newRow("basic colon in user") << k(AuthKind::Basic) << u"a:b"_s << QString() << QByteArray() << u"p"_s
                                             << QByteArray("Authorization") << QByteArray();
    }

    void authorization()
    {
        QFETCH(int, kind);
        QFETCH(QString, user);
        QFETCH(QString, bearer);
        QFETCH(QByteArray, apiToken);
        QFETCH(QString, password);
        QFETCH(QByteArray, headerName);
        QFETCH(QByteArray, headerValue);
        Profile p = cloudentity();
        p.apiToken.enabled = true;
        p.apiToken.headerName = u"X-Api-Key"_s;
        p.apiToken.prefix = u"idun_"_s;
        ConsoleRequest request;
        request.url = u"{base}/x"_s;
        request.auth = AuthKind(kind);
        request.basicUser = user;
        QString error;
        const auto http = buildRequest(request, p, Credentials{bearer, apiToken, password}, &error);
        const bool expectError = headerValue.isEmpty() && AuthKind(kind) != AuthKind::None;
        QCOMPARE(bool(http), !expectError);
        if (expectError) {
            QVERIFY(!error.isEmpty());
            return;
        }
        QCOMPARE(header(*http, headerName), headerValue);
        QCOMPARE(headerCount(*http, headerName), headerValue.isEmpty() ? 0 : 1);
        if (AuthKind(kind) == AuthKind::None)
            QVERIFY(http->headers.isEmpty());
    }

    void apiTokenDefaultHeader()
    {
        Profile p = cloudentity();
        p.apiToken.enabled = true; // "Authorization", no prefix: the IDUN style
        ConsoleRequest request;
        request.url = u"{base}/x"_s;
        request.auth = AuthKind::ApiToken;
        const auto http = buildRequest(request, p, Credentials{{}, "idun_abc", {}}, nullptr);
        QVERIFY(http);
        QCOMPARE(header(*http, "Authorization"), QByteArray("idun_abc"));

        p.apiToken.headerName = u"Bad Header"_s;
        QString error;
        QVERIFY(!buildRequest(request, p, Credentials{{}, "idun_abc", {}}, &error));
        QVERIFY2(error.contains(u"Bad Header"_s), qPrintable(error));
    }

    void authHeaderConflict()
    {
        ConsoleRequest request;
        request.url = u"{base}/x"_s;
        request.auth = AuthKind::Bearer;
        request.headers = {{u"authorization"_s, u"Basic abc"_s}};
        QString error;
        QVERIFY(!buildRequest(request, cloudentity(), Credentials{u"t"_s, {}, {}}, &error));
        QVERIFY2(error.contains(u"authorization"_s), qPrintable(error));
        // Without an authorization kind, the hand-written header is sent as written.
        request.auth = AuthKind::None;
        const auto http = buildRequest(request, cloudentity(), {}, nullptr);
        QVERIFY(http);
        QCOMPARE(header(*http, "Authorization"), QByteArray("Basic abc"));
    }

    void tls()
    {
        Profile p = cloudentity();
        p.tls.caBundlePath = u"/etc/extra.pem"_s;
        p.tls.insecure = true;
        p.tls.clientCertificatePath = u"/home/me/client.pem"_s;
        ConsoleRequest request;
        request.url = u"{base}/x"_s;
        auto http = buildRequest(request, p, {}, nullptr);
        QVERIFY(http);
        QCOMPARE(http->tls.caBundlePath, p.tls.caBundlePath);
        QVERIFY(http->tls.insecure);
        // The certificate only for tls_client_auth, where the caller adds its key.
        QVERIFY(http->tls.clientCertificatePath.isEmpty());
        QVERIFY(http->tls.clientKeyPem.isEmpty());
        p.authMethod = ClientAuthMethod::TlsClientAuth;
        http = buildRequest(request, p, {}, nullptr);
        QCOMPARE(http->tls.clientCertificatePath, p.tls.clientCertificatePath);
        QVERIFY(http->tls.clientKeyPem.isEmpty());
        // Verified by default.
        QVERIFY(!buildRequest(request, cloudentity(), {}, nullptr)->tls.insecure);
    }

    void jsonProblems_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("line"); // 0: valid
        QTest::addColumn<int>("column");
        QTest::newRow("empty") << QByteArray() << 0 << 0;
        QTest::newRow("blank") << QByteArray(" \n\t") << 0 << 0;
        QTest::newRow("object") << QByteArray(R"({"a": [1, 2, {"b": null}]})") << 0 << 0;
        QTest::newRow("array") << QByteArray("[1,2]") << 0 << 0;
        QTest::newRow("missing comma line 3") << QByteArray("{\n  \"a\": 1\n  \"b\": 2\n}") << 3 << 3;
        QTest::newRow("unterminated first line") << QByteArray("{\"a\": ") << 1 << 7;
        QTest::newRow("trailing comma") << QByteArray("{\"a\": 1,\n}") << 2 << 1;
        QTest::newRow("unicode before error") << QByteArray("{\"ü€\": x}") << 1 << 8;
        QTest::newRow("garbage") << QByteArray("hello") << 1 << 1;
        QTest::newRow("bad value after unicode line") << QByteArray("[\"€\",\n \"ü\", tru]") << 2 << 7;
        QTest::newRow("unicode token") << QByteArray("{\"a\": 1 €}") << 1 << 9;
    }

    void jsonProblems()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, line);
        QFETCH(int, column);
        const std::optional<QString> problem = jsonProblem(body);
        QCOMPARE(bool(problem), line != 0);
        if (!problem)
            return;
        const QString where = u"line %1, column %2: "_s.arg(line).arg(column);
        QVERIFY2(problem->startsWith(where), qPrintable(*problem + u" (expected "_s + where + u')'));
        QVERIFY(problem->size() > where.size()); // Qt's reason follows
    }

    void formatting()
    {
        // (not a raw string literal: moc misreads a backslash inside one)
        const QByteArray compact =
            "{\"z\":1,\"a\":[1,2,{}],\"e\":[],\"s\":\"x, y: {z}\",\"n\":12345678901234567890,\"u\":\"\\\"q\\\"\"}";
        const QByteArray expected = "{\n"
                                    "    \"z\": 1,\n"
                                    "    \"a\": [\n"
                                    "        1,\n"
                                    "        2,\n"
                                    "        {}\n"
                                    "    ],\n"
                                    "    \"e\": [],\n"
                                    "    \"s\": \"x, y: {z}\",\n"
                                    "    \"n\": 12345678901234567890,\n"
                                    "    \"u\": \"\\\"q\\\"\"\n"
                                    "}\n";
        QCOMPARE(formatJson(compact), expected);
        // Idempotent, and the formatted text is the same document.
        QCOMPARE(formatJson(expected), expected);
        QVERIFY(!jsonProblem(expected));
        // Not JSON, or broken: unchanged.
        QCOMPARE(formatJson("a=1&b=2"), QByteArray("a=1&b=2"));
        QCOMPARE(formatJson("{\"a\": "), QByteArray("{\"a\": "));
        QCOMPARE(formatJson(QByteArray()), QByteArray());
        // Member order kept (QJsonDocument would sort "z" after "a").
        QVERIFY(formatJson(compact).indexOf("\"z\"") < formatJson(compact).indexOf("\"a\""));
    }

    void jsonRoundTrip()
    {
        ConsoleRequest request;
        request.method = "POST";
        request.url = u"{base}/api/admin/{tid}/servers?limit=5"_s;
        request.headers = {{u"Accept"_s, u"application/json"_s}, {u"X-Trace"_s, u"ü 1"_s}};
        request.query = {{u"q"_s, u"a b&c"_s}, {u"empty"_s, QString()}};
        request.body = R"({"name": "Demo", "nested": {"list": [1, 2]}})";
        request.auth = AuthKind::Basic;
        request.basicUser = u"admin"_s;
        const QByteArray text = QJsonDocument(request.toJson()).toJson();
        const auto back = ConsoleRequest::fromJson(QJsonDocument::fromJson(text).object());
        QVERIFY(back);
        QCOMPARE(*back, request);

        for (AuthKind kind : {AuthKind::None, AuthKind::Bearer, AuthKind::ApiToken}) {
            ConsoleRequest r;
            r.url = u"https://x.example"_s;
            r.auth = kind;
            QCOMPARE(ConsoleRequest::fromJson(r.toJson()), r);
        }
    }

    void fromJsonRejects_data()
    {
        QTest::addColumn<QJsonObject>("json");
        const QJsonObject good{{u"method"_s, u"GET"_s}, {u"url"_s, u"https://x"_s}};
        const auto with = [&good](const QString &key, const QJsonValue &value) {
            QJsonObject o = good;
            o.insert(key, value);
            return o;
        };
        QTest::newRow("no url") << QJsonObject{{u"method"_s, u"GET"_s}};
        QTest::newRow("url number") << with(u"url"_s, 1);
        QTest::newRow("method with space") << with(u"method"_s, u"GE T"_s);
        QTest::newRow("auth unknown") << with(u"auth"_s, u"digest"_s);
        QTest::newRow("headers object") << with(u"headers"_s, QJsonObject{});
        QTest::newRow("header without value") << with(u"headers"_s, QJsonArray{QJsonObject{{u"name"_s, u"a"_s}}});
        QTest::newRow("query strings") << with(u"query"_s, QJsonArray{u"a=b"_s});
        QTest::newRow("body number") << with(u"body"_s, 3);
        QTest::newRow("basic_user bool") << with(u"basic_user"_s, true);
    }

    void fromJsonRejects()
    {
        QFETCH(QJsonObject, json);
        QVERIFY(!ConsoleRequest::fromJson(json));
    }

    void toJsonHasNoSecrets()
    {
        const QString bearer = u"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJlc2VjcmV0"_s;
        ConsoleRequest request;
        request.method = "POST";
        request.url = u"{base}/token?client_secret=urlsecret1&keep=visible1"_s;
        request.headers = {{u"Authorization"_s, u"Bearer "_s + bearer},
                           {u"Cookie"_s, u"session=cookiesecret2"_s},
                           {u"X-Api-Key"_s, u"apikeysecret3"_s},
                           {u"X-Visible"_s, u"visible2"_s}};
        request.query = {{u"access_token"_s, u"querysecret4"_s}, {u"page"_s, u"visible3"_s}};
        request.body = R"({"password": "bodysecret5", "name": "visible4"})";
        request.auth = AuthKind::Basic;
        request.basicUser = u"visible5"_s;
        const QByteArray text = QJsonDocument(request.toJson()).toJson();
        for (const char *secret : {"c2lnbmF0dXJlc2VjcmV0", "urlsecret1", "cookiesecret2", "apikeysecret3",
                                   "querysecret4", "bodysecret5"})
            QVERIFY2(!text.contains(secret), secret);
        for (const char *visible : {"visible1", "visible2", "visible3", "visible4", "visible5"})
            QVERIFY2(text.contains(visible), visible);
        QVERIFY(text.contains("[redacted]"));
        // Still a request the console can open again.
        QVERIFY(ConsoleRequest::fromJson(request.toJson()));
    }

    void sizes()
    {
        QCOMPARE(formatSize(0), u"0 bytes"_s);
        QCOMPARE(formatSize(512), u"512 bytes"_s);
        QCOMPARE(formatSize(1229), u"1.2 KiB"_s);
        QCOMPARE(formatSize(5 * 1024 * 1024), u"5.0 MiB"_s);
    }
};

QTEST_GUILESS_MAIN(TestConsoleRequest)
#include "tst_consolerequest.moc"
