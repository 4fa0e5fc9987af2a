// SPDX-License-Identifier: GPL-3.0-or-later
// Admin API responses turned into AdminResult: admin.json's Error document (error, error_code,
// status_code, details), the field it names, a message per status, and odd bodies (not JSON,
// details of the wrong type, huge, empty) that must give a clear message and no crash.
#include "admin/adminclient.h"
#include "admin/adminerrors.h"

#include <QJsonDocument>
#include <QTest>

using namespace Admin;
using namespace Qt::StringLiterals;

namespace {

HttpResponse response(int status, const QByteArray &body, QList<QPair<QByteArray, QByteArray>> headers = {})
{
    HttpResponse http;
    http.url = QUrl(u"https://t.example/api/admin/t/servers"_s);
    http.status = status;
    http.body = body;
    http.headers = std::move(headers);
    if (status >= 400)
        http.error = u"HttpClient's generic message"_s;
    return http;
}

ResponseContext context(const QByteArray &method = "POST", const QString &path = u"/servers"_s)
{
    ResponseContext c;
    c.method = method;
    c.path = path;
    return c;
}

QByteArray errorDoc(int status, const QString &error, const QString &code, const QJsonValue &details)
{
    QJsonObject doc{{u"error"_s, error}, {u"error_code"_s, code}, {u"status_code"_s, status}};
    if (!details.isUndefined())
        doc.insert(u"details"_s, details);
    return QJsonDocument(doc).toJson(QJsonDocument::Compact);
}

} // namespace

class TestAdminErrors final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void successKeepsBodyEtagAndReplay();
    void successWithoutBody();
    void fieldFromDetails();
    void detailsKeyedByField();
    void messagePerStatus_data();
    void messagePerStatus();
    void unauthorizedAfterFreshToken();
    void oddBodies_data();
    void oddBodies();
    void hugeTextIsShortened();
    void noResponse();
    void apiBaseFromProfile_data();
    void apiBaseFromProfile();
};

void TestAdminErrors::successKeepsBodyEtagAndReplay()
{
    const AdminResult result = resultFromResponse(
        response(201, R"({"id":"w1","name":"One"})", {{"etag", "\"abc123\""}, {"x-idempotent-replayed", "True"}}),
        context());
    QVERIFY(result.ok());
    QVERIFY(result.error.isEmpty());
    QCOMPARE(result.object().value(u"id"_s).toString(), u"w1"_s);
    QCOMPARE(result.etag, u"\"abc123\""_s); // verbatim, quotes kept
    QVERIFY(result.replayed);
    QCOMPARE(result.status(), 201);

    const AdminResult notReplayed = resultFromResponse(response(200, "[1,2]", {{"X-Idempotent-Replayed", "false"}}),
                                                       context("GET"));
    QVERIFY(notReplayed.ok());
    QVERIFY(!notReplayed.replayed);
    QVERIFY(notReplayed.json.isArray());
    QCOMPARE(notReplayed.json.toArray().size(), 2);
    QVERIFY(notReplayed.etag.isEmpty());
}

void TestAdminErrors::successWithoutBody()
{
    const AdminResult result = resultFromResponse(response(204, {}), context("DELETE", u"/servers/w1"_s));
    QVERIFY(result.ok());
    QVERIFY(result.json.isUndefined());
}

void TestAdminErrors::fieldFromDetails()
{
    const AdminResult result = resultFromResponse(
        response(422, errorDoc(422, u"access_token_ttl: not a duration"_s, u"invalid_field"_s,
                               QJsonObject{{u"field"_s, u"access_token_ttl"_s}})),
        context("PUT", u"/servers/w1"_s));
    QVERIFY(!result.ok());
    QCOMPARE(result.errorCode, u"invalid_field"_s);
    QCOMPARE(result.fieldErrors.size(), 1);
    QCOMPARE(result.fieldErrors.at(0).field, u"access_token_ttl"_s);
    QCOMPARE(result.fieldErrors.at(0).message, u"access_token_ttl: not a duration"_s);
    QVERIFY2(result.error.contains(u"\"access_token_ttl\""_s), qPrintable(result.error));
    QVERIFY2(result.error.contains(u"not a duration"_s), qPrintable(result.error));
    QVERIFY2(result.error.contains(u"422"_s), qPrintable(result.error));
    QVERIFY(!result.error.contains(u"generic"_s)); // our message replaces HttpClient's
}

void TestAdminErrors::detailsKeyedByField()
{
    const QJsonObject details{{u"redirect_uris"_s, QJsonArray{u"must be https"_s, u"no fragment"_s}},
                              {u"client_name"_s, u"is required"_s},
                              {u"grant_types"_s, QJsonObject{{u"message"_s, u"unknown grant"_s}}},
                              {u"ignored"_s, 42}};
    const AdminResult result =
        resultFromResponse(response(400, errorDoc(400, u"invalid client"_s, u"bad_request"_s, details)), context());
    QCOMPARE(result.fieldErrors.size(), 3);
    QMap<QString, QString> byField;
    for (const FieldError &field : result.fieldErrors)
        byField.insert(field.field, field.message);
    QCOMPARE(byField.value(u"redirect_uris"_s), u"must be https; no fragment"_s);
    QCOMPARE(byField.value(u"client_name"_s), u"is required"_s);
    QCOMPARE(byField.value(u"grant_types"_s), u"unknown grant"_s);
    QVERIFY2(result.error.contains(u"\"client_name\""_s), qPrintable(result.error));
}

void TestAdminErrors::messagePerStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("expected"); // a phrase that tells the user what to do
    QTest::newRow("400") << 400 << u"Correct the request"_s;
    QTest::newRow("401") << 401 << u"admin client's secret"_s;
    QTest::newRow("403") << 403 << u"Grant it access"_s;
    QTest::newRow("404") << 404 << u"Check the id"_s;
    QTest::newRow("409") << 409 << u"id is taken"_s;
    QTest::newRow("412") << 412 << u"Read it again"_s;
    QTest::newRow("422") << 422 << u"Correct the value"_s;
    QTest::newRow("429") << 429 << u"Wait a minute"_s;
    QTest::newRow("500") << 500 << u"Try again later"_s;
    QTest::newRow("418") << 418 << u"HTTP 418"_s;
}

void TestAdminErrors::messagePerStatus()
{
    QFETCH(int, status);
    QFETCH(QString, expected);
    const AdminResult result =
        resultFromResponse(response(status, errorDoc(status, u"server says %1 no"_s, u"code"_s, QJsonValue())),
                           context("POST", u"/servers/%2x"_s));
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(expected), qPrintable(result.error));
    // The server's text and the path come through once, untouched by placeholder substitution.
    QVERIFY2(result.error.contains(u"server says %1 no"_s), qPrintable(result.error));
    QVERIFY2(result.error.contains(u"POST /servers/%2x"_s), qPrintable(result.error));
    QCOMPARE(result.errorCode, u"code"_s);
    QVERIFY(result.fieldErrors.isEmpty());
}

void TestAdminErrors::unauthorizedAfterFreshToken()
{
    ResponseContext fresh = context("GET", u"/servers"_s);
    fresh.afterFreshToken = true;
    const AdminResult result =
        resultFromResponse(response(401, errorDoc(401, u"revoked"_s, u"unauthorized"_s, QJsonValue())), fresh);
    QVERIFY2(result.error.contains(u"fresh"_s), qPrintable(result.error));
    QVERIFY2(result.error.contains(u"admin workspace"_s), qPrintable(result.error));

    ResponseContext retried = context();
    retried.retries = 3;
    const AdminResult limited = resultFromResponse(response(429, "{}"), retried);
    QVERIFY2(limited.error.contains(u"3 retries"_s), qPrintable(limited.error));
}

void TestAdminErrors::oddBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QByteArray() << u"no explanation given"_s;
    QTest::newRow("html") << QByteArray("<html><body>Bad Gateway\n\tfrom proxy</body></html>")
                          << u"<html><body>Bad Gateway from proxy</body></html>"_s;
    QTest::newRow("broken JSON") << QByteArray(R"({"error": "cut)") << u"{\"error\": \"cut"_s;
    QTest::newRow("array") << QByteArray("[1,2,3]") << u"no explanation given"_s;
    QTest::newRow("details string") << errorDoc(422, u"bad"_s, u"x"_s, u"field=id"_s) << u"bad"_s;
    QTest::newRow("details array") << errorDoc(422, u"bad"_s, u"x"_s, QJsonArray{u"id"_s}) << u"bad"_s;
    QTest::newRow("details field not string") << errorDoc(422, u"bad"_s, u"x"_s, QJsonObject{{u"field"_s, 7}}) << u"bad"_s;
    QTest::newRow("details field empty") << errorDoc(422, u"bad"_s, u"x"_s, QJsonObject{{u"field"_s, u" "_s}}) << u"bad"_s;
    QTest::newRow("error not string")
        << QByteArray(R"({"error": {"nested": true}, "error_code": 5, "status_code": "x"})") << u"no explanation given"_s;
    QTest::newRow("binary") << QByteArray("\x00\x01\xff\xfe", 4) << u"422"_s;
}

void TestAdminErrors::oddBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    const AdminResult result = resultFromResponse(response(422, body), context());
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(expected), qPrintable(result.error));
    QVERIFY2(result.error.contains(u"Correct the value"_s), qPrintable(result.error));
    QVERIFY(result.fieldErrors.isEmpty());
    QVERIFY(!result.error.contains(QChar(0))); // control characters never reach the message
}

void TestAdminErrors::hugeTextIsShortened()
{
    const QString hugeText(100000, u'x');
    QJsonObject details;
    for (int i = 0; i < 500; ++i)
        details.insert(u"field%1"_s.arg(i), hugeText);
    const AdminResult result =
        resultFromResponse(response(400, errorDoc(400, hugeText, hugeText, details)), context());
    QVERIFY(!result.ok());
    QVERIFY2(result.error.size() < 2000, qPrintable(QString::number(result.error.size())));
    QVERIFY(result.errorCode.size() <= 100);
    QCOMPARE(result.fieldErrors.size(), 50);
    for (const FieldError &field : result.fieldErrors)
        QVERIFY(field.message.size() <= 500);

    const AdminResult plain = resultFromResponse(response(502, QByteArray(1 << 20, 'y')), context());
    QVERIFY2(plain.error.size() < 1000, qPrintable(QString::number(plain.error.size())));
    QVERIFY(plain.error.contains(u"Try again later"_s));
}

void TestAdminErrors::noResponse()
{
    HttpResponse http;
    http.url = QUrl(u"https://t.example/api/admin/t/servers"_s);
    http.networkError = QNetworkReply::ConnectionRefusedError;
    http.error = u"Connection to t.example was refused. Check that the server is running."_s;
    const AdminResult result = resultFromResponse(http, context());
    QVERIFY(!result.ok());
    QCOMPARE(result.error, http.error);

    const AdminResult silent = resultFromResponse(HttpResponse(), context("GET", u"/servers"_s));
    QVERIFY(!silent.ok());
    QVERIFY2(silent.error.contains(u"did not answer GET /servers"_s), qPrintable(silent.error));
}

void TestAdminErrors::apiBaseFromProfile_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QString>("tenant");    // presetFields tenant_id ("" for none)
    QTest::addColumn<QString>("workspace"); // presetFields workspace_id ("" for none)
    QTest::addColumn<QString>("expected");  // "" when not an admin profile
    QTest::newRow("cloudentity") << u"cloudentity"_s << u"https://acme.eu.authz.cloudentity.io/acme/admin"_s
                                 << u"acme"_s << u"admin"_s << u"https://acme.eu.authz.cloudentity.io/api/admin/acme"_s;
    QTest::newRow("sandbox") << u"sandbox"_s << u"http://127.0.0.1:8443/default/admin"_s << u"default"_s << u"admin"_s
                             << u"http://127.0.0.1:8443/api/admin/default"_s;
    QTest::newRow("path prefix") << u"cloudentity"_s << u"https://idp.example/auth/acme/admin"_s << u"acme"_s
                                 << u"admin"_s << u"https://idp.example/auth/api/admin/acme"_s;
    QTest::newRow("fields from issuer") << u"sandbox"_s << u"http://127.0.0.1:9/t1/admin"_s << QString() << QString()
                                        << u"http://127.0.0.1:9/api/admin/t1"_s;
    QTest::newRow("other workspace") << u"cloudentity"_s << u"https://acme.eu.authz.cloudentity.io/acme/demo"_s
                                     << u"acme"_s << u"demo"_s << QString();
    QTest::newRow("other preset") << u"oidc"_s << u"https://idp.example/acme/admin"_s << u"acme"_s << u"admin"_s
                                  << QString();
    QTest::newRow("no issuer") << u"sandbox"_s << QString() << u"default"_s << u"admin"_s << QString();
}

void TestAdminErrors::apiBaseFromProfile()
{
    QFETCH(QString, preset);
    QFETCH(QString, issuer);
    QFETCH(QString, tenant);
    QFETCH(QString, workspace);
    QFETCH(QString, expected);
    Profiles::Profile profile;
    profile.name = u"Conn"_s;
    profile.preset = preset;
    profile.issuer = QUrl(issuer);
    if (!tenant.isEmpty())
        profile.presetFields.insert(u"tenant_id"_s, tenant);
    if (!workspace.isEmpty())
        profile.presetFields.insert(u"workspace_id"_s, workspace);
    QString problem;
    const std::optional<QUrl> base = apiBase(profile, &problem);
    if (expected.isEmpty()) {
        QVERIFY(!base);
        QVERIFY(problem.contains(u"\"Conn\""_s));
    } else {
        QVERIFY2(base, qPrintable(problem));
        QCOMPARE(base->toString(), expected);
        QVERIFY(isAdminProfile(profile));
    }
}

QTEST_GUILESS_MAIN(TestAdminErrors)
#include "tst_adminerrors.moc"
