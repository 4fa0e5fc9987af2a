// SPDX-License-Identifier: GPL-3.0-or-later
// Expected values are built with + and go into QTest data rows and QByteArray calls: plain
// QByteArray concatenation, not QStringBuilder expressions.
#undef QT_USE_QSTRINGBUILDER
#include "http/exchangeformat.h"
#include "http/exchangelog.h"
#include "itemmodels/exchangelogmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray marker(qsizetype length)
{
    return Redaction::marker(length).toUtf8();
}

HttpExchange exchange(const QByteArray &method, const QUrl &url, int status = 200)
{
    HttpExchange result;
    result.startedAt = QDateTime::currentDateTimeUtc();
    result.request.method = method;
    result.request.url = url;
    result.response.url = url;
    result.response.status = status;
    result.response.elapsedMs = 42;
    return result;
}

// The argument vector a POSIX shell gives "curl" when it runs the command, and what curl reads
// on stdin: the command runs with curl defined as a function that prints both.
struct ShellRun
{
    bool ok = false;
    QList<QByteArray> arguments; // without "curl"
    QByteArray standardInput;
    QByteArray error;
};

ShellRun runCurlCommand(const QString &command)
{
    ShellRun run;
    QProcess shell;
    const QString script = u"curl() { for a in \"$@\"; do printf '%s\\0' \"$a\"; done; printf 'STDIN:'; "
                           u"if [ ! -t 0 ]; then cat; fi; }\n"_s
                           + command + u'\n';
    shell.setStandardInputFile(QProcess::nullDevice());
    shell.start(u"sh"_s, {u"-c"_s, script});
    if (!shell.waitForFinished(30000))
        return run;
    run.error = shell.readAllStandardError();
    run.ok = shell.exitStatus() == QProcess::NormalExit && shell.exitCode() == 0;
    const QByteArray out = shell.readAllStandardOutput();
    const qsizetype stdinAt = out.lastIndexOf("STDIN:");
    if (stdinAt < 0) {
        run.ok = false;
        return run;
    }
    QByteArray args = out.left(stdinAt);
    run.standardInput = out.mid(stdinAt + 6);
    if (args.endsWith('\0'))
        args.chop(1);
    if (!args.isEmpty())
        run.arguments = args.split('\0');
    return run;
}

} // namespace

class TestExchangeLog final : public QObject
{
    Q_OBJECT

private slots:
    void marker_();
    void headerValue_data();
    void headerValue();
    void url_data();
    void url();
    void body_data();
    void body();
    void hugeBody();
    void deepNesting();
    void validJsonStaysValid();

    void ringBuffer();
    void sourcesAndSteps();
    void attach();
    void largeResponseCut();
    void clearLog();

    void model();
    void modelFollowsDropsAndClear();

    void curlQuoting_data();
    void curlQuoting();
    void curlRedactedByDefault();
    void curlTls();
    void curlBinaryBody();

    void formatExchange();
    void formatBody();
    void stepDetail_data();
    void stepDetail();
};

void TestExchangeLog::marker_()
{
    const QString text = Redaction::marker(812);
    QVERIFY2(text.contains(u"812"), qPrintable(text));
    QVERIFY2(text.contains(u"redacted"), qPrintable(text));
    QVERIFY(Redaction::marker(3) != Redaction::marker(4));
}

void TestExchangeLog::headerValue_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("bearer") << "Authorization"_ba << "Bearer abc.def.ghi"_ba << "Bearer " + marker(11);
    QTest::newRow("basic keeps the scheme") << "Authorization"_ba << "Basic Y2xpZW50OnNlY3JldA=="_ba
                                            << "Basic " + marker(20);
    QTest::newRow("name in lower case") << "authorization"_ba << "Bearer tok"_ba << "Bearer " + marker(3);
    QTest::newRow("extra spaces") << "Authorization"_ba << "  Bearer   tok  "_ba << "Bearer " + marker(3);
    QTest::newRow("no scheme") << "Authorization"_ba << "s3cr3t"_ba << marker(6);
    QTest::newRow("DPoP scheme") << "Authorization"_ba << "DPoP eyJ.x.y"_ba << "DPoP " + marker(7);
    QTest::newRow("DPoP proof header") << "DPoP"_ba << "eyJhbGciOi.eyJ.sig"_ba << marker(18);
    QTest::newRow("proxy") << "Proxy-Authorization"_ba << "Basic dXNlcjpwYXNz"_ba << "Basic " + marker(12);
    QTest::newRow("cookie, all of it") << "Cookie"_ba << "session=abc; theme=dark"_ba << marker(23);
    QTest::newRow("set-cookie") << "Set-Cookie"_ba << "sid=xyz; HttpOnly"_ba << marker(17);
    QTest::newRow("other header untouched") << "Content-Type"_ba << "application/json"_ba << "application/json"_ba;
    QTest::newRow("empty stays empty") << "Authorization"_ba << ""_ba << ""_ba;
}

void TestExchangeLog::headerValue()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, expected);
    QCOMPARE(Redaction::headerValue(name, value), expected);
}

void TestExchangeLog::url_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QString>("expected");
    const QString m5 = Redaction::marker(5);

    QTest::newRow("no query") << QUrl(u"https://idp.example/token"_s) << u"https://idp.example/token"_s;
    QTest::newRow("code redacted, state kept") << QUrl(u"https://app.example/cb?code=abcde&state=xyz"_s)
                                               << u"https://app.example/cb?code=%1&state=xyz"_s.arg(m5);
    // QUrl decodes %5F (unreserved) itself: the name on the wire is client_secret.
    QTest::newRow("percent-encoded name") << QUrl(u"https://a.example/?client%5Fsecret=s3cre&x=1"_s)
                                          << u"https://a.example/?client_secret=%1&x=1"_s.arg(m5);
    QTest::newRow("percent-encoded name, plus") << QUrl(u"https://a.example/?%2Bx=1&access%5ftoken=s3cre"_s)
                                                << u"https://a.example/?%2Bx=1&access_token=%1"_s.arg(m5);
    QTest::newRow("upper case name") << QUrl(u"https://a.example/?CODE=abcde"_s) << u"https://a.example/?CODE=%1"_s.arg(m5);
    QTest::newRow("repeated fields") << QUrl(u"https://a.example/?token=aaaaa&token=bbbbb"_s)
                                     << u"https://a.example/?token=%1&token=%1"_s.arg(m5);
    QTest::newRow("value length decoded") << QUrl(u"https://a.example/?password=a%20b%26c"_s)
                                          << u"https://a.example/?password=%1"_s.arg(m5);
    QTest::newRow("user_code stays") << QUrl(u"https://a.example/device?user_code=WDJB-MJHT"_s)
                                     << u"https://a.example/device?user_code=WDJB-MJHT"_s;
    QTest::newRow("implicit fragment") << QUrl(u"https://app.example/cb#access_token=abcde&token_type=Bearer"_s)
                                       << u"https://app.example/cb#access_token=%1&token_type=Bearer"_s.arg(m5);
    QTest::newRow("password in user info") << QUrl(u"https://alice:hunter@a.example/x"_s)
                                           << u"https://alice:%1@a.example/x"_s.arg(Redaction::marker(6));
    QTest::newRow("field without value") << QUrl(u"https://a.example/?code&state=1"_s)
                                         << u"https://a.example/?code&state=1"_s;
}

void TestExchangeLog::url()
{
    QFETCH(QUrl, url);
    QFETCH(QString, expected);
    QVERIFY(url.isValid());
    QCOMPARE(Redaction::url(url), expected);
}

void TestExchangeLog::body_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("expected");

    const QByteArray form = "application/x-www-form-urlencoded"_ba;
    const QByteArray json = "application/json; charset=utf-8"_ba;
    const QByteArray q5 = '"' + marker(5) + '"';

    QTest::newRow("form") << form << "grant_type=client_credentials&client_id=app&client_secret=s3cre"_ba
                          << "grant_type=client_credentials&client_id=app&client_secret=" + marker(5);
    QTest::newRow("form, every secret field")
        << form << "code=aaaaa&code_verifier=bbbbb&client_assertion=ccccc&assertion=ddddd&subject_token=eeeee"
                   "&actor_token=fffff&refresh_token=ggggg&device_code=hhhhh&password=iiiii&username=bob"_ba
        << "code=" + marker(5) + "&code_verifier=" + marker(5) + "&client_assertion=" + marker(5) + "&assertion="
               + marker(5) + "&subject_token=" + marker(5) + "&actor_token=" + marker(5) + "&refresh_token="
               + marker(5) + "&device_code=" + marker(5) + "&password=" + marker(5) + "&username=bob";
    QTest::newRow("form, percent-encoded name") << form << "client%5Fsecret=s3cre"_ba << "client%5Fsecret=" + marker(5);
    QTest::newRow("form, plus and percent in value") << form << "password=a+b%2Bc"_ba << "password=" + marker(5);
    QTest::newRow("form, repeated field") << form << "token=aaaaa&token=bbbbb&token_type_hint=access_token"_ba
                                          << "token=" + marker(5) + "&token=" + marker(5)
                                                 + "&token_type_hint=access_token";
    QTest::newRow("form, no secret") << form << "grant_type=client_credentials&scope=a%20b"_ba
                                     << "grant_type=client_credentials&scope=a%20b"_ba;
    QTest::newRow("form without content type") << ""_ba << "client_secret=s3cre&x=1"_ba
                                               << "client_secret=" + marker(5) + "&x=1";

    QTest::newRow("json token response")
        << json << R"({"access_token":"aaaaa","token_type":"Bearer","expires_in":300,"refresh_token":"bbbbb"})"_ba
        << R"({"access_token":)" + q5 + R"(,"token_type":"Bearer","expires_in":300,"refresh_token":)" + q5 + "}";
    QTest::newRow("json nested") << json << R"({"a":{"b":[{"id_token":"aaaaa"}]},"code":"bbbbb"})"_ba
                                 << R"({"a":{"b":[{"id_token":)" + q5 + R"(}]},"code":)" + q5 + "}";
    QTest::newRow("json array body") << json << R"([{"token":"aaaaa"},{"token":"bbbbb","x":"y"}])"_ba
                                     << R"([{"token":)" + q5 + R"(},{"token":)" + q5 + R"(,"x":"y"}])";
    QTest::newRow("json secret member holding an array")
        << json << R"({"token":["aaaaa",{"x":"bbbbb"}],"y":"z"})"_ba
        << R"({"token":[)" + q5 + R"(,{"x":)" + q5 + R"(}],"y":"z"})";
    QTest::newRow("json escaped member name") << json << R"({"client\u005fsecret":"aaaaa"})"_ba
                                              << R"({"client\u005fsecret":)" + q5 + "}";
    QTest::newRow("json escaped value length") << json << R"({"password":"a\"b\\c"})"_ba
                                               << R"({"password":)" + q5 + "}";
    QTest::newRow("json repeated member") << json << R"({"code":"aaaaa","code":"bbbbb"})"_ba
                                          << R"({"code":)" + q5 + R"(,"code":)" + q5 + "}";
    QTest::newRow("json number and null") << json << R"({"password":12345,"refresh_token":null})"_ba
                                          << R"({"password":)" + q5 + R"(,"refresh_token":null})";
    QTest::newRow("json whitespace kept") << json << "{\n  \"code\" : \"aaaaa\"\n}"_ba
                                          << "{\n  \"code\" : " + q5 + "\n}";
    QTest::newRow("json registration response") << json
        << R"({"client_id":"c","client_secret":"aaaaa","registration_access_token":"bbbbb"})"_ba
        << R"({"client_id":"c","client_secret":)" + q5 + R"(,"registration_access_token":)" + q5 + "}";
    QTest::newRow("json user_code stays") << json << R"({"user_code":"WDJB","device_code":"aaaaa"})"_ba
                                          << R"({"user_code":"WDJB","device_code":)" + q5 + "}";
    QTest::newRow("invalid json, truncated") << json << R"({"access_token":"aaaaa","refresh_token":"bbb)"_ba
                                             << R"({"access_token":)" + q5 + R"(,"refresh_token":")" + marker(3) + '"';
    QTest::newRow("invalid json, single quotes, bare key") << json << "{access_token: 'aaaaa', x: 1}"_ba
                                                           << "{access_token: " + q5 + ", x: 1}";
    QTest::newRow("json without content type") << "text/plain"_ba << R"({"id_token":"aaaaa"})"_ba
                                               << R"({"id_token":)" + q5 + "}";

    QTest::newRow("application/jwt body") << "application/jwt"_ba << "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0."_ba
                                          << marker(36);
    QTest::newRow("bare jwt") << "text/plain"_ba << "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.c2ln\n"_ba << marker(40);
    QTest::newRow("plain text untouched") << "text/plain"_ba << "hello world, code=1"_ba << "hello world, code=1"_ba;
    QTest::newRow("html untouched") << "text/html"_ba << "<p>code=abc</p>"_ba << "<p>code=abc</p>"_ba;
    QTest::newRow("empty") << json << ""_ba << ""_ba;
}

void TestExchangeLog::body()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, expected);
    QCOMPARE(Redaction::body(contentType, body), expected);
}

void TestExchangeLog::hugeBody()
{
    // A 4 MiB JSON document (the HttpClient's size cap) with the secret at its very end.
    QByteArray body = R"({"padding":")" + QByteArray(4 * 1024 * 1024, 'p') + R"(","access_token":"s3cr3t-at-the-end"})";
    const QByteArray redacted = Redaction::body("application/json"_ba, body);
    QVERIFY(!redacted.contains("s3cr3t-at-the-end"));
    QVERIFY(redacted.endsWith(R"("access_token":")" + marker(17) + "\"}"));
    QCOMPARE(redacted.size(), body.size() - 17 + marker(17).size());

    // And a form body of 200,000 fields.
    QByteArray form;
    for (int i = 0; i < 100000; ++i)
        form += "a=b&code=c" + QByteArray::number(i % 10) + '&';
    const QByteArray redactedForm = Redaction::body("application/x-www-form-urlencoded"_ba, form);
    QCOMPARE(redactedForm.count("code=" + marker(2)), 100000);
    QVERIFY(!redactedForm.contains("code=c"));
}

void TestExchangeLog::deepNesting()
{
    // Hostile nesting must neither crash nor leak: the scanner keeps its own stack.
    const QByteArray body = QByteArray(200000, '[') + R"({"token":"aaaaa"})" + QByteArray(200000, ']');
    const QByteArray redacted = Redaction::body("application/json"_ba, body);
    QVERIFY(!redacted.contains("aaaaa"));
    QVERIFY(redacted.contains(R"({"token":")" + marker(5) + "\"}"));

    const QByteArray unbalanced = "]]]}}}" + QByteArray(R"({"code":"aaaaa")");
    QVERIFY(!Redaction::body("application/json"_ba, unbalanced).contains("aaaaa"));
}

void TestExchangeLog::validJsonStaysValid()
{
    const QByteArray body = R"({"access_token":"a\u00e9b","nested":{"password":"x y"},"list":[1,2,{"code":"c"}]})"_ba;
    const QByteArray redacted = Redaction::body("application/json"_ba, body);
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(redacted, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(document[u"access_token"].toString(), Redaction::marker(3));
    QCOMPARE(document[u"nested"][u"password"].toString(), Redaction::marker(3));
    QCOMPARE(document[u"list"][2][u"code"].toString(), Redaction::marker(1));
}

void TestExchangeLog::ringBuffer()
{
    ExchangeLog log(3);
    QCOMPARE(log.capacity(), 3);
    QSignalSpy added(&log, &ExchangeLog::entryAdded);
    QSignalSpy dropped(&log, &ExchangeLog::entriesDropped);
    for (int i = 1; i <= 5; ++i)
        log.addStep(u"step %1"_s.arg(i));
    QCOMPARE(log.count(), 3);
    QCOMPARE(log.at(0).title, u"step 3"_s);
    QCOMPARE(log.at(2).title, u"step 5"_s);
    QCOMPARE(log.at(0).id, quint64(3));
    QCOMPARE(log.at(2).id, quint64(5));
    QCOMPARE(added.size(), 5);
    QCOMPARE(added.at(0).at(0).toInt(), 0);
    QCOMPARE(added.at(2).at(0).toInt(), 2);
    QCOMPARE(added.at(4).at(0).toInt(), 2); // always the last
    QCOMPARE(dropped.size(), 2);
    QCOMPARE(dropped.at(0).at(0).toInt(), 1);
    QCOMPARE(log.indexOfId(4), 1);
    QCOMPARE(log.indexOfId(1), -1);
    QCOMPARE(log.indexOfId(99), -1);
}

void TestExchangeLog::sourcesAndSteps()
{
    ExchangeLog log;
    log.addStep(u"first"_s);
    log.setCurrentSource(u"Sandbox"_s);
    log.addStep(u"Authorization URL opened in the browser"_s, u"https://idp/authorize?state=1"_s);
    QCOMPARE(log.count(), 2);
    QCOMPARE(log.at(0).source, QString());
    QCOMPARE(log.at(1).source, u"Sandbox"_s);
    QCOMPARE(log.at(1).kind, ExchangeLogEntry::Kind::Step);
    QCOMPARE(log.at(1).detail, u"https://idp/authorize?state=1"_s);
    QCOMPARE(log.at(1).at.timeSpec(), Qt::UTC);
    QVERIFY(log.at(1).at.secsTo(QDateTime::currentDateTimeUtc()) < 60);
}

void TestExchangeLog::attach()
{
    QNetworkAccessManager network;
    HttpClient http(&network);
    ExchangeLog log;
    log.attach(&http);
    log.setCurrentSource(u"Cognito dev"_s);

    HttpExchange sent = exchange("POST", QUrl(u"https://idp.example/token"_s));
    sent.id = 7;
    sent.request.tls.clientCertificatePath = u"/tmp/client.pem"_s;
    sent.request.tls.clientKeyPem = "-----BEGIN PRIVATE KEY-----\nsecret"_ba;
    Q_EMIT http.exchangeStarted(7);
    log.setCurrentSource(u"Changed while in flight"_s);
    Q_EMIT http.exchangeFinished(sent);

    QCOMPARE(log.count(), 1);
    const ExchangeLogEntry &entry = log.at(0);
    QCOMPARE(entry.kind, ExchangeLogEntry::Kind::Exchange);
    QCOMPARE(entry.source, u"Cognito dev"_s); // when it was sent
    QCOMPARE(entry.at, sent.startedAt);
    QCOMPARE(entry.exchange.id, quint64(7));
    QCOMPARE(entry.exchange.request.method, "POST"_ba);
    QCOMPARE(entry.exchange.request.tls.clientCertificatePath, u"/tmp/client.pem"_s);
    QVERIFY(entry.exchange.request.tls.clientKeyPem.isEmpty());

    // An exchange whose start was not seen: the source current at its end.
    HttpExchange unseen = exchange("GET", QUrl(u"https://idp.example/jwks"_s));
    unseen.id = 8;
    Q_EMIT http.exchangeFinished(unseen);
    QCOMPARE(log.at(1).source, u"Changed while in flight"_s);
    // Ids are per client: another client's id 7 is not the first client's.
    HttpClient other(&network);
    log.attach(&other);
    log.setCurrentSource(u"Other"_s);
    Q_EMIT other.exchangeStarted(7);
    log.setCurrentSource(u"Later"_s);
    Q_EMIT other.exchangeFinished(sent);
    QCOMPARE(log.at(2).source, u"Other"_s);
}

void TestExchangeLog::largeResponseCut()
{
    QNetworkAccessManager network;
    HttpClient http(&network);
    ExchangeLog log;
    log.attach(&http);

    HttpExchange large = exchange("GET", QUrl(u"https://idp.example/big"_s));
    large.response.headers = {{"Content-Type"_ba, "application/json"_ba}};
    large.response.body = R"({"access_token":")" + QByteArray(ExchangeLog::MaxStoredResponseBytes * 2, 'a') + R"("})";
    HttpExchange small = exchange("GET", QUrl(u"https://idp.example/small"_s));
    small.response.body = "hello"_ba;
    Q_EMIT http.exchangeFinished(large);
    Q_EMIT http.exchangeFinished(small);

    QCOMPARE(log.at(0).exchange.response.body.size(), ExchangeLog::MaxStoredResponseBytes);
    QCOMPARE(log.at(0).responseBytes, large.response.body.size());
    QVERIFY(large.response.body.startsWith(log.at(0).exchange.response.body));
    // The cut JSON still has its token redacted.
    const QString shown = ExchangeFormat::responseText(log.at(0).exchange);
    QVERIFY(!shown.contains(u"aaaaaaaa"));
    QCOMPARE(log.at(1).exchange.response.body, "hello"_ba);
    QCOMPARE(log.at(1).responseBytes, 5);
}

void TestExchangeLog::clearLog()
{
    ExchangeLog log;
    QSignalSpy cleared(&log, &ExchangeLog::cleared);
    log.clear();
    QCOMPARE(cleared.size(), 0); // nothing to clear
    log.addStep(u"a"_s);
    log.clear();
    QCOMPARE(cleared.size(), 1);
    QCOMPARE(log.count(), 0);
    log.addStep(u"b"_s);
    QCOMPARE(log.at(0).id, quint64(2)); // ids keep increasing
}

void TestExchangeLog::model()
{
    ExchangeLog log;
    log.setCurrentSource(u"Local sandbox"_s);
    HttpExchange first = exchange("POST", QUrl(u"https://idp.example/token?code=abcdefgh&state=s1"_s));
    first.response.elapsedMs = 1234;
    HttpExchange failed = exchange("GET", QUrl(u"https://down.example/"_s), 0);
    failed.response.error = u"Connection to down.example:443 was refused."_s;

    QNetworkAccessManager network;
    HttpClient http(&network);
    log.attach(&http);
    Q_EMIT http.exchangeFinished(first);

    ExchangeLogModel model(&log);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(ExchangeLogModel::ColumnCount));

    Q_EMIT http.exchangeFinished(failed);
    log.addStep(u"Callback received"_s, u"code=abcdefgh"_s);
    QCOMPARE(model.rowCount(), 3);

    const auto text = [&](int row, int column) { return model.index(row, column).data().toString(); };
    QCOMPARE(text(0, ExchangeLogModel::Source), u"Local sandbox"_s);
    QCOMPARE(text(0, ExchangeLogModel::What), u"POST"_s);
    QCOMPARE(text(0, ExchangeLogModel::Url), u"https://idp.example/token?code=%1&state=s1"_s.arg(Redaction::marker(8)));
    QCOMPARE(text(0, ExchangeLogModel::Status), u"200"_s);
    QVERIFY2(text(0, ExchangeLogModel::Duration).contains(u"ms"), qPrintable(text(0, ExchangeLogModel::Duration)));
    QCOMPARE(model.index(0, ExchangeLogModel::Duration).data(ExchangeLogModel::UnderlyingDataRole).toLongLong(), 1234);
    QCOMPARE(model.index(0, ExchangeLogModel::Time).data(ExchangeLogModel::UnderlyingDataRole).toDateTime(),
             first.startedAt);
    QCOMPARE(text(0, ExchangeLogModel::Time), first.startedAt.toLocalTime().toString(u"HH:mm:ss.zzz"_s));

    QCOMPARE(text(1, ExchangeLogModel::Status), u"failed"_s);
    QCOMPARE(model.index(1, ExchangeLogModel::Status).data(Qt::ToolTipRole).toString(), failed.response.error);
    QCOMPARE(model.index(1, ExchangeLogModel::Status).data(ExchangeLogModel::UnderlyingDataRole).toInt(), 0);

    QCOMPARE(text(2, ExchangeLogModel::What), u"Callback received"_s);
    QCOMPARE(text(2, ExchangeLogModel::Url), QString());
    QCOMPARE(model.index(2, 0).data(ExchangeLogModel::EntryIdRole).toULongLong(), log.at(2).id);
    QCOMPARE(model.rowOfId(log.at(2).id), 2);

    // The code appears nowhere in the table, whatever the role.
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            for (const int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(ExchangeLogModel::UnderlyingDataRole),
                                   int(ExchangeLogModel::FilterTextRole)}) {
                const QString value = model.index(row, column).data(role).toString();
                QVERIFY2(!value.contains(u"abcdefgh"), qPrintable(value));
            }
        }
    }
}

void TestExchangeLog::modelFollowsDropsAndClear()
{
    ExchangeLog log(4);
    ExchangeLogModel model(&log);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    for (int i = 0; i < 10; ++i)
        log.addStep(u"step %1"_s.arg(i));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(inserted.size(), 10);
    QCOMPARE(removed.size(), 6);
    QCOMPARE(model.index(0, ExchangeLogModel::What).data().toString(), u"step 6"_s);
    QCOMPARE(model.index(3, ExchangeLogModel::What).data().toString(), u"step 9"_s);

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    log.clear();
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 0);
    log.addStep(u"after"_s);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, ExchangeLogModel::What).data().toString(), u"after"_s);
}

void TestExchangeLog::curlQuoting_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("headerValue");

    QTest::newRow("plain") << "a=b"_ba << "x"_ba;
    QTest::newRow("single quotes") << "it's 'quoted'"_ba << "'"_ba;
    QTest::newRow("double quotes") << R"({"a":"b \"c\""})"_ba << R"("v")"_ba;
    QTest::newRow("newlines") << "line 1\nline 2\r\n\nend\n"_ba << "a b"_ba;
    QTest::newRow("dollar and backticks") << "$HOME $(id) `id` ${x}"_ba << "$PATH`x`"_ba;
    QTest::newRow("backslashes") << R"(a\b\\c\n\'d)"_ba << R"(\)"_ba;
    QTest::newRow("shell syntax") << "; rm -rf / & | > < * ? ~ # !"_ba << "#!;|&"_ba;
    QTest::newRow("utf-8") << "grüße ✓"_ba << "ü"_ba;
    QTest::newRow("percent for printf") << "100% %s %d \\0"_ba << "%n"_ba;
}

void TestExchangeLog::curlQuoting()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, headerValue);
    if (QStandardPaths::findExecutable(u"sh"_s).isEmpty())
        QSKIP("no POSIX shell");

    HttpExchange sent = exchange("PUT", QUrl(u"https://api.example/things/1?x=a%27b"_s));
    sent.request.headers = {{"Content-Type"_ba, "text/plain"_ba}, {"X-Test"_ba, headerValue}};
    sent.request.body = body;
    const QString command = curlCommand(sent, false);
    const ShellRun run = runCurlCommand(command);
    QVERIFY2(run.ok, run.error.constData());
    const QList<QByteArray> expected{
        "-X"_ba, "PUT"_ba, "-H"_ba, "Content-Type: text/plain"_ba, "-H"_ba, "X-Test: " + headerValue,
        "--data-binary"_ba, body, "https://api.example/things/1?x=a%27b"_ba,
    };
    QCOMPARE(run.arguments, expected);
    QCOMPARE(run.standardInput, QByteArray());
}

void TestExchangeLog::curlRedactedByDefault()
{
    if (QStandardPaths::findExecutable(u"sh"_s).isEmpty())
        QSKIP("no POSIX shell");
    HttpExchange sent = exchange("POST", QUrl(u"https://idp.example/token"_s));
    sent.request.headers = {{"Authorization"_ba, "Basic YXBwOnMzY3JldA=="_ba},
                            {"Content-Type"_ba, "application/x-www-form-urlencoded"_ba}};
    sent.request.body = "grant_type=authorization_code&code=c0de-value&code_verifier=v3rifier"_ba;

    const QString redacted = curlCommand(sent);
    QVERIFY2(redacted.startsWith(u"# "), qPrintable(redacted));
    for (const QString &secret : {u"YXBwOnMzY3JldA=="_s, u"c0de-value"_s, u"v3rifier"_s})
        QVERIFY2(!redacted.contains(secret), qPrintable(redacted));
    ShellRun run = runCurlCommand(redacted);
    QVERIFY2(run.ok, run.error.constData());
    QCOMPARE(run.arguments,
             (QList<QByteArray>{"-H"_ba, "Authorization: Basic " + marker(16), "-H"_ba,
                                "Content-Type: application/x-www-form-urlencoded"_ba, "--data-binary"_ba,
                                "grant_type=authorization_code&code=" + marker(10) + "&code_verifier=" + marker(8),
                                "https://idp.example/token"_ba}));

    const QString revealed = curlCommand(sent, false);
    QVERIFY2(!revealed.startsWith(u"#"), qPrintable(revealed));
    run = runCurlCommand(revealed);
    QVERIFY2(run.ok, run.error.constData());
    QCOMPARE(run.arguments.value(1), "Authorization: Basic YXBwOnMzY3JldA=="_ba);
    QCOMPARE(run.arguments.value(5), sent.request.body);

    // Nothing secret: no comment, a plain GET.
    const QString plain = curlCommand(exchange("GET", QUrl(u"https://idp.example/.well-known/openid-configuration"_s)));
    QCOMPARE(plain, u"curl \\\n  https://idp.example/.well-known/openid-configuration"_s);
}

void TestExchangeLog::curlTls()
{
    if (QStandardPaths::findExecutable(u"sh"_s).isEmpty())
        QSKIP("no POSIX shell");
    HttpExchange sent = exchange("GET", QUrl(u"https://mtls.example/userinfo"_s));
    sent.request.tls.caBundlePath = u"/etc/my ca's/bundle.pem"_s;
    sent.request.tls.insecure = true;
    sent.request.tls.clientCertificatePath = u"/home/me/client.pem"_s;
    sent.request.tls.clientKeyPem = "-----BEGIN PRIVATE KEY-----\nTHEKEY\n-----END PRIVATE KEY-----\n"_ba;
    const QString command = curlCommand(sent, false);
    QVERIFY2(!command.contains(u"THEKEY"), qPrintable(command));
    QVERIFY2(command.startsWith(u"# "), qPrintable(command)); // says how to supply the key
    const ShellRun run = runCurlCommand(command);
    QVERIFY2(run.ok, run.error.constData());
    QCOMPARE(run.arguments.mid(0, 6),
             (QList<QByteArray>{"--cacert"_ba, "/etc/my ca's/bundle.pem"_ba, "--insecure"_ba, "--cert"_ba,
                                "/home/me/client.pem"_ba, "--key"_ba}));
    QVERIFY(run.arguments.value(6).contains("key"));
    QCOMPARE(run.arguments.last(), "https://mtls.example/userinfo"_ba);
}

void TestExchangeLog::curlBinaryBody()
{
    if (QStandardPaths::findExecutable(u"sh"_s).isEmpty())
        QSKIP("no POSIX shell");
    HttpExchange sent = exchange("POST", QUrl(u"https://api.example/upload"_s));
    QByteArray body;
    for (int i = 0; i < 256; ++i)
        body += char(i);
    body += "%s\\'";
    sent.request.headers = {{"Content-Type"_ba, "application/octet-stream"_ba}};
    sent.request.body = body;
    const ShellRun run = runCurlCommand(curlCommand(sent, false));
    QVERIFY2(run.ok, run.error.constData());
    QCOMPARE(run.arguments,
             (QList<QByteArray>{"-H"_ba, "Content-Type: application/octet-stream"_ba, "--data-binary"_ba, "@-"_ba,
                                "https://api.example/upload"_ba}));
    QCOMPARE(run.standardInput, body);
}

void TestExchangeLog::formatExchange()
{
    HttpExchange sent = exchange("POST", QUrl(u"https://idp.example/token"_s));
    sent.request.headers = {{"Authorization"_ba, "Basic YXBwOnMzY3JldA=="_ba},
                            {"Content-Type"_ba, "application/x-www-form-urlencoded"_ba}};
    sent.request.body = "grant_type=client_credentials&client_secret=s3cret"_ba;
    sent.request.tls.insecure = true;
    sent.response.headers = {{"Content-Type"_ba, "application/json"_ba}, {"Set-Cookie"_ba, "sid=abc123"_ba}};
    sent.response.body = R"({"access_token":"eyAAA.BBB.CCC","token_type":"Bearer"})"_ba;
    sent.response.url = QUrl(u"https://idp.example/token2"_s);

    const QString request = ExchangeFormat::requestText(sent);
    QVERIFY2(request.startsWith(u"POST https://idp.example/token\nAuthorization: Basic "_s + Redaction::marker(16)),
             qPrintable(request));
    QVERIFY2(request.contains(u"client_secret="_s + Redaction::marker(6)), qPrintable(request));
    QVERIFY2(request.contains(u"OFF"), qPrintable(request));
    QVERIFY(!request.contains(u"s3cret") && !request.contains(u"YXBwOnMzY3JldA=="));
    const QString revealedRequest = ExchangeFormat::requestText(sent, false);
    QVERIFY(revealedRequest.contains(u"client_secret=s3cret") && revealedRequest.contains(u"YXBwOnMzY3JldA=="));

    const QString response = ExchangeFormat::responseText(sent);
    QVERIFY2(response.startsWith(u"HTTP 200 (42 ms)"), qPrintable(response));
    QVERIFY2(response.contains(u"https://idp.example/token2"), qPrintable(response));
    QVERIFY2(response.contains(u"\n    \"access_token\": \""_s + Redaction::marker(13)), qPrintable(response)); // pretty
    QVERIFY(!response.contains(u"eyAAA") && !response.contains(u"abc123"));
    QVERIFY(ExchangeFormat::responseText(sent, false).contains(u"\"access_token\": \"eyAAA.BBB.CCC\""));

    HttpExchange failed = exchange("GET", QUrl(u"https://down.example/"_s), 0);
    failed.response.error = u"Connection refused. Check the server."_s;
    const QString failure = ExchangeFormat::responseText(failed);
    QVERIFY2(failure.startsWith(u"No response"), qPrintable(failure));
    QVERIFY2(failure.endsWith(failed.response.error), qPrintable(failure));
}

void TestExchangeLog::formatBody()
{
    QByteArray binary("\x89PNG\r\n\x1a\n\0\0", 10);
    const QString shown = ExchangeFormat::bodyText("image/png"_ba, binary, false);
    QVERIFY2(shown.contains(u"binary"), qPrintable(shown));
    QVERIFY2(shown.contains(u"10"), qPrintable(shown));

    const QString cut = ExchangeFormat::bodyText("text/plain"_ba, QByteArray(100, 'x'), true, 10);
    QVERIFY2(cut.startsWith(u"xxxxxxxxxx\n"), qPrintable(cut));
    QVERIFY2(cut.contains(u"90"), qPrintable(cut));
    QCOMPARE(ExchangeFormat::bodyText("text/plain"_ba, "plain"_ba), u"plain"_s);
}

void TestExchangeLog::stepDetail_data()
{
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("expected");
    QTest::newRow("url") << u"https://app.example/cb?code=abcde&state=s"_s
                         << u"https://app.example/cb?code=%1&state=s"_s.arg(Redaction::marker(5));
    QTest::newRow("url in text") << u"Callback https://app.example/cb?code=abcde received"_s
                                 << u"Callback https://app.example/cb?code=%1 received"_s.arg(Redaction::marker(5));
    QTest::newRow("parameters") << u"code=abcde&state=s\niss=https://idp"_s
                                << u"code=%1&state=s\niss=https://idp"_s.arg(Redaction::marker(5));
    QTest::newRow("plain text") << u"Opened the browser"_s << u"Opened the browser"_s;
}

void TestExchangeLog::stepDetail()
{
    QFETCH(QString, detail);
    QFETCH(QString, expected);
    QCOMPARE(ExchangeFormat::stepDetail(detail), expected);
    QCOMPARE(ExchangeFormat::stepDetail(detail, false), detail);
}

QTEST_GUILESS_MAIN(TestExchangeLog)
#include "tst_exchangelog.moc"
