// SPDX-License-Identifier: GPL-3.0-or-later
// The loopback redirect listener over real sockets: what a browser sends (query, form_post, the
// fragment relay's POST), what an attacker or a broken client sends (wrong state, garbage,
// oversized and half-open connections), and the ends (success, timeout, cancel).
#include "oauth/loopbacklistener.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QScopeGuard>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using OAuth::LoopbackListener;

namespace {

struct RawResponse
{
    QByteArray bytes;
    bool connected = false;
    QAbstractSocket::SocketError error = QAbstractSocket::UnknownSocketError;

    int status() const
    {
        const QList<QByteArray> parts = bytes.left(bytes.indexOf("\r\n")).split(' ');
        return parts.size() >= 2 ? parts.at(1).toInt() : 0;
    }
    QByteArray header(const QByteArray &name) const
    {
        const QByteArray head = bytes.left(bytes.indexOf("\r\n\r\n"));
        const QList<QByteArray> lines = head.split('\n');
        for (const QByteArray &line : lines) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }
    QString body() const
    {
        const qsizetype end = bytes.indexOf("\r\n\r\n");
        return end < 0 ? QString() : QString::fromUtf8(bytes.mid(end + 4));
    }
};

// Sends raw bytes and reads until the server closes the connection (or timeoutMs).
RawResponse exchange(const QHostAddress &address, quint16 port, const QByteArray &request, int timeoutMs = 5000)
{
    RawResponse result;
    QTcpSocket socket;
    socket.setProxy(QNetworkProxy::NoProxy);
    bool done = false;
    QObject::connect(&socket, &QTcpSocket::connected, [&] {
        result.connected = true;
        socket.write(request);
    });
    QObject::connect(&socket, &QTcpSocket::readyRead, [&] { result.bytes += socket.readAll(); });
    QObject::connect(&socket, &QTcpSocket::disconnected, [&] { done = true; });
    QObject::connect(&socket, &QTcpSocket::errorOccurred, [&](QAbstractSocket::SocketError error) {
        if (result.error == QAbstractSocket::UnknownSocketError)
            result.error = error;
        done = true;
    });
    socket.connectToHost(address, port);
    (void)QTest::qWaitFor([&] { return done; }, timeoutMs);
    result.bytes += socket.readAll();
    return result;
}

QByteArray getRequest(const QByteArray &target, quint16 port, const QByteArray &host = "127.0.0.1")
{
    return "GET " + target + " HTTP/1.1\r\nHost: " + host + ':' + QByteArray::number(port)
        + "\r\nUser-Agent: tst_loopbacklistener\r\nAccept: text/html\r\n\r\n";
}

QByteArray postRequest(const QByteArray &target, quint16 port, const QByteArray &body,
                       const QByteArray &contentType = "application/x-www-form-urlencoded")
{
    return "POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port)
        + "\r\nContent-Type: " + contentType + "\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\nOrigin: http://127.0.0.1:" + QByteArray::number(port) + "\r\n\r\n" + body;
}

Profiles::RedirectSettings redirect(Profiles::LoopbackHost host = Profiles::LoopbackHost::Ipv4, quint16 port = 0,
                                    const QString &path = u"/callback"_s)
{
    Profiles::RedirectSettings settings;
    settings.host = host;
    settings.port = port;
    settings.path = path;
    return settings;
}

quint16 port(const LoopbackListener &listener)
{
    return quint16(listener.redirectUri().port());
}

bool ipv6LoopbackAvailable()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHostIPv6, 0);
}

QString value(const QUrlQuery &query, const QString &name)
{
    return query.queryItemValue(name, QUrl::FullyDecoded);
}

const QString State = u"s7Wq-3kP_x9LmN2bVc4RtYu8IoPa1SdF6gHjKl0ZxCv"_s;

} // namespace

class TestLoopbackListener final : public QObject
{
    Q_OBJECT

private slots:
    void ephemeralPortQuery();
    void fixedPort();
    void localhostBindsIpv4();
    void ipv6();
    void wrongStateKeepsListening();
    void errorResponseIsEscaped();
    void formPost();
    void fragmentRelay();
    void fragmentRelayInBrowser();
    void timeout();
    void cancel();
    void onlyLoopbackIsBound();
    void otherRequests();
    void deletedInSlotStillAnswers();
    void portInUse();
    void robustness();
};

void TestLoopbackListener::ephemeralPortQuery()
{
    LoopbackListener listener(redirect(), State);
    QSignalSpy received(&listener, &LoopbackListener::callbackReceived);
    QSignalSpy rejected(&listener, &LoopbackListener::callbackRejected);
    QSignalSpy failed(&listener, &LoopbackListener::failed);
    QString error;
    QVERIFY2(listener.listen(&error), qPrintable(error));
    QVERIFY(listener.isListening());
    const QUrl uri = listener.redirectUri();
    QCOMPARE(uri.scheme(), u"http"_s);
    QCOMPARE(uri.host(), u"127.0.0.1"_s);
    QVERIFY(uri.port() > 0);
    QCOMPARE(uri.path(), u"/callback"_s);

    // A real HTTP client, as the browser would be.
    QNetworkAccessManager manager;
    manager.setProxy(QNetworkProxy::NoProxy);
    QUrl callback = uri;
    callback.setQuery(u"code=SplxlOBeZQQYbYS6WxSbIA&state="_s + State + u"&iss=https%3A%2F%2Fidp.example%2Ft%2Fw"_s);
    QNetworkRequest request(callback);
    std::unique_ptr<QNetworkReply> reply(manager.get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QVERIFY(reply->header(QNetworkRequest::ContentTypeHeader).toString().startsWith(u"text/html"_s));
    QCOMPARE(reply->rawHeader("Cache-Control"), QByteArray("no-store"));
    QCOMPARE(reply->rawHeader("Referrer-Policy"), QByteArray("no-referrer"));
    const QByteArray csp = reply->rawHeader("Content-Security-Policy");
    QVERIFY2(csp.startsWith("default-src 'none'"), csp.constData());
    QVERIFY(!csp.contains("unsafe-inline"));
    QVERIFY(!csp.contains("script-src")); // no script on this page
    const QString page = QString::fromUtf8(reply->readAll());
    QVERIFY2(page.contains(u"You can close this tab and go back to Tokenscope."_s), qPrintable(page));
    QVERIFY(!page.contains(u"SplxlOBeZQQYbYS6WxSbIA"_s)); // the code is never shown
    QVERIFY(!page.contains(u"{{"_s));

    QCOMPARE(received.count(), 1);
    const auto parameters = received.first().first().value<QUrlQuery>();
    QCOMPARE(value(parameters, u"code"_s), u"SplxlOBeZQQYbYS6WxSbIA"_s);
    QCOMPARE(value(parameters, u"state"_s), State);
    QCOMPARE(value(parameters, u"iss"_s), u"https://idp.example/t/w"_s);
    QCOMPARE(rejected.count(), 0);
    QCOMPARE(failed.count(), 0);
    QVERIFY(!listener.isListening());

    // A replayed callback finds nobody listening.
    const RawResponse replay = exchange(QHostAddress::LocalHost, quint16(uri.port()),
                                        getRequest("/callback?code=again&state=" + State.toLatin1(), quint16(uri.port())));
    QVERIFY(!replay.connected);
    QCOMPARE(replay.error, QAbstractSocket::ConnectionRefusedError);
    QCOMPARE(received.count(), 1);
}

void TestLoopbackListener::fixedPort()
{
    quint16 freePort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        freePort = probe.serverPort();
    }
    LoopbackListener listener(redirect(Profiles::LoopbackHost::Ipv4, freePort, u"/cb"_s), State);
    QSignalSpy received(&listener, &LoopbackListener::callbackReceived);
    QString error;
    QVERIFY2(listener.listen(&error), qPrintable(error));
    QCOMPARE(listener.redirectUri(), QUrl(u"http://127.0.0.1:%1/cb"_s.arg(freePort)));

    // The wrong path is not the callback.
    RawResponse response = exchange(QHostAddress::LocalHost, freePort, getRequest("/callback?code=c&state=" + State.toLatin1(), freePort));
    QCOMPARE(response.status(), 404);
    QCOMPARE(received.count(), 0);
    QVERIFY(listener.isListening());

    response = exchange(QHostAddress::LocalHost, freePort, getRequest("/cb?code=c&state=" + State.toLatin1(), freePort));
    QCOMPARE(response.status(), 200);
    QCOMPARE(received.count(), 1);
    QCOMPARE(value(received.first().first().value<QUrlQuery>(), u"code"_s), u"c"_s);
}

void TestLoopbackListener::localhostBindsIpv4()
{
    LoopbackListener listener(redirect(Profiles::LoopbackHost::Localhost), State);
    QSignalSpy received(&listener, &LoopbackListener::callbackReceived);
    QString error;
    QVERIFY2(listener.listen(&error), qPrintable(error));
    QCOMPARE(listener.redirectUri().host(), u"localhost"_s);
    const quint16 p = port(listener);
    const RawResponse response = exchange(QHostAddress::LocalHost, p, getRequest("/callback?code=l&state=" + State.toLatin1(), p, "localhost"));
    QCOMPARE(response.status(), 200);
    QCOMPARE(received.count(), 1);
}

void TestLoopbackListener::ipv6()
{
    if (!ipv6LoopbackAvailable())
        QSKIP("this machine has no IPv6 loopback address (::1)");
    LoopbackListener listener(redirect(Profiles::LoopbackHost::Ipv6), State);
    QSignalSpy received(&listener, &LoopbackListener::callbackReceived);
    QString error;
    QVERIFY2(listener.listen(&error), qPrintable(error));
    const QUrl uri = listener.redirectUri();
    QCOMPARE(uri.host(), u"::1"_s);
    QVERIFY2(uri.toString().startsWith(u"http://[::1]:"_s), qPrintable(uri.toString()));
    const quint16 p = port(listener);

    // Bound to ::1 only: the IPv4 loopback on that port is not us.
    const RawResponse v4 = exchange(QHostAddress::LocalHost, p, getRequest("/callback?code=x&state=" + State.toLatin1(), p));
    QVERIFY(v4.status() != 200);
    QCOMPARE(received.count(), 0);

    const RawResponse response = exchange(QHostAddress::LocalHostIPv6, p, getRequest("/callback?code=six&state=" + State.toLatin1(), p, "[::1]"));
    QCOMPARE(response.status(), 200);
    QCOMPARE(received.count(), 1);
    QCOMPARE(value(received.first().first().value<QUrlQuery>(), u"code"_s), u"six"_s);
}

void TestLoopbackListener::wrongStateKeepsListening()
{
    LoopbackListener listener(redirect(), State);
    QSignalSpy received(&listener, &LoopbackListener::callbackReceived);
    QSignalSpy rejected(&listener, &LoopbackListener::callbackRejected);
    QString error;
    QVERIFY2(listener.listen(&error), qPrintable(error));
    const quint16 p = port(listener);

    const QList<QByteArray> bad = {
        "/callback?code=evil&state=attacker",               // wrong
        "/callback?code=evil&state=" + State.chopped(1).toLatin1() + "w", // same length, last character differs
        "/callback?code=evil&state=x" + State.mid(1).toLatin1(), // same length, first character differs
        "/callback?code=evil",                              // missing
        "/callback?code=evil&state=" + State.left(20).toLatin1(), // a prefix
        "/callback?code=evil&state=" + State.toLatin1() + "x",    // longer
        "/callback?code=evil&state=attacker&state=" + State.toLatin1(), // duplicated
        "/callback?code=evil&state=" + State.toLatin1() + "&state=attacker",
    };
    for (const QByteArray &target : bad) {
        const RawResponse response = exchange(QHostAddress::LocalHost, p, getRequest(target, p));
        QCOMPARE(response.status(), 400);
        QVERIFY2(response.body().contains(u"not accepted"_s), qPrintable(response.body()));
        QCOMPARE(response.header("Cache-Control"), QByteArray("no-store"));
        QVERIFY(listener.isListening());
    }
    QCOMPARE(rejected.count(), bad.size());
    QVERIFY(!rejected.first().first().toString().isEmpty());
    QCOMPARE(received.count(), 0);

    const RawResponse response = exchange(QHostAddress::LocalHost, p, getRequest("/callback?code=good&state=" + State.toLatin1(), p));
    QCOMPARE(response.status(), 200);
    QCOMPARE(received.count(), 1);
    QCOMPARE(value(received.first().first().value<QUrlQuery>(), u"code"_s), u"good"_s);
    QVERIFY(!listener.isListening());
}

void TestLoopbackListener::errorResponseIsEscaped()
{
    LoopbackListener listener(redirect(), State);
    QSignalSpy received(&listener, &LoopbackListener::callbackReceived);
    QString error;
    QVERIFY2(listener.listen(&error), qPrintable(error));
    const quint16 p = port(listener);

    const QString description = u"The user said no <script>alert(\"x\")</script> & 'left'"_s;
    const QByteArray target = "/callback?error=access_denied&error_description="
        + QUrl::toPercentEncoding(description) + "&state=" + State.toLatin1();
    const RawResponse response = exchange(QHostAddress::LocalHost, p, getRequest(target, p));
    QCOMPARE(response.status(), 200);
    const QString page = response.body();
    QVERIFY2(page.contains(u"Authorization failed"_s), qPrintable(page));
    QVERIFY(page.contains(u"access_denied"_s));
    QVERIFY2(page.contains(u"&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;left&#39;"_s), qPrintable(page));
    QVERIFY(!page.contains(u"<script>alert"_s));
    QVERIFY(!response.header("Content-Security-Policy").contains("script-src"));

    QCOMPARE(received.count(), 1);
    const auto parameters = received.first().first().value<QUrlQuery>();
    QCOMPARE(value(parameters, u"error"_s), u"access_denied"_s);
    QCOMPARE(value(parameters, u"error_description"_s), description);
    QVERIFY(!listener.isListening());
}

void TestLoopbackListener::formPost()
{
    LoopbackListener listener(redirect(), State);
    QSignalSpy received(&listener, &LoopbackListener::callbackReceived);
    QString error;
    QVERIFY2(listener.listen(&error), qPrintable(error));
    const quint16 p = port(listener);

    // application/x-www-form-urlencoded: '+' is a space; %26 and %2B are data.
    const QByteArray body = "code=a%2Bb%26c&id_token=eyJ.eyJ.sig&state=" + State.toLatin1() + "&note=two+words%25";
    const RawResponse response = exchange(QHostAddress::LocalHost, p,
                                          postRequest("/callback", p, body, "application/x-www-form-urlencoded; charset=UTF-8"));
    QCOMPARE(response.status(), 200);
    QVERIFY(response.body().contains(u"You can close this tab"_s));
    QCOMPARE(received.count(), 1);
    const auto parameters = received.first().first().value<QUrlQuery>();
    QCOMPARE(value(parameters, u"code"_s), u"a+b&c"_s);
    QCOMPARE(value(parameters, u"id_token"_s), u"eyJ.eyJ.sig"_s);
    QCOMPARE(value(parameters, u"note"_s), u"two words%"_s);
}

void TestLoopbackListener::fragmentRelay()
{
    LoopbackListener listener(redirect(), State);
    QSignalSpy received(&listener, &LoopbackListener::callbackReceived);
    QString error;
    QVERIFY2(listener.listen(&error), qPrintable(error));
    const quint16 p = port(listener);

    // The browser drops the fragment: it asks for the bare path.
    const RawResponse relay = exchange(QHostAddress::LocalHost, p, getRequest("/callback", p));
    QCOMPARE(relay.status(), 200);
    const QByteArray csp = relay.header("Content-Security-Policy");
    const QRegularExpression scriptSrc(u"script-src 'nonce-([A-Za-z0-9_-]{22,})'"_s);
    const QRegularExpressionMatch match = scriptSrc.match(QString::fromLatin1(csp));
    QVERIFY2(match.hasMatch(), csp.constData());
    QVERIFY(!csp.contains("unsafe-inline"));
    QVERIFY(csp.contains("form-action 'self'"));
    const QString nonce = match.captured(1);
    const QString page = relay.body();
    QVERIFY2(page.contains(u"<script nonce=\"%1\">"_s.arg(nonce)), qPrintable(page));
    QVERIFY(page.contains(u"location.hash"_s));
    QVERIFY(page.contains(u"form.method = 'POST'"_s));
    QCOMPARE(received.count(), 0);
    QVERIFY(listener.isListening());

    // Another listener, another nonce.
    LoopbackListener other(redirect(), State);
    QVERIFY(other.listen(&error));
    const RawResponse otherRelay = exchange(QHostAddress::LocalHost, port(other), getRequest("/callback", port(other)));
    QVERIFY(otherRelay.header("Content-Security-Policy").contains("nonce-"));
    QVERIFY(!otherRelay.header("Content-Security-Policy").contains(nonce.toLatin1()));

    // What the page's script posts: the fragment's parameters as a form.
    const QByteArray fragment = "access_token=2YotnFZFEjr1zCsicMWpAA&token_type=Bearer&expires_in=3600&state=" + State.toLatin1();
    const RawResponse response = exchange(QHostAddress::LocalHost, p, postRequest("/callback", p, fragment));
    QCOMPARE(response.status(), 200);
    QCOMPARE(received.count(), 1);
    const auto parameters = received.first().first().value<QUrlQuery>();
    QCOMPARE(value(parameters, u"access_token"_s), u"2YotnFZFEjr1zCsicMWpAA"_s);
    QCOMPARE(value(parameters, u"token_type"_s), u"Bearer"_s);
    QCOMPARE(value(parameters, u"expires_in"_s), u"3600"_s);
}

// The relay page in a real browser: its script must run under the page's CSP (nonce), read the
// fragment and post it back. Skipped where no Chromium is installed.
void TestLoopbackListener::fragmentRelayInBrowser()
{
    QString browser;
    for (const QString &name : {u"chromium"_s, u"chromium-browser"_s, u"google-chrome"_s}) {
        browser = QStandardPaths::findExecutable(name);
        if (!browser.isEmpty())
            break;
    }
    if (browser.isEmpty())
        QSKIP("no Chromium to run the relay page's script");

    LoopbackListener listener(redirect(), State);
    QSignalSpy received(&listener, &LoopbackListener::callbackReceived);
    QSignalSpy rejected(&listener, &LoopbackListener::callbackRejected);
    QString error;
    QVERIFY2(listener.listen(&error), qPrintable(error));

    QUrl url = listener.redirectUri();
    url.setFragment(u"access_token=2YotnFZFEjr1zCsicMWpAA&token_type=Bearer&state="_s + State
                    + u"&error_description=a%20b%2Bc"_s);
    QTemporaryDir profile;
    QVERIFY(profile.isValid());
    QProcess process;
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    process.start(browser, {u"--headless=new"_s, u"--no-sandbox"_s, u"--disable-gpu"_s, u"--no-first-run"_s,
                            u"--disable-extensions"_s, u"--no-proxy-server"_s,
                            u"--user-data-dir="_s + profile.path(), url.toString(QUrl::FullyEncoded)});
    const auto stopBrowser = qScopeGuard([&process] {
        process.kill();
        (void)QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 5000);
    });
    QTRY_VERIFY_WITH_TIMEOUT(process.state() != QProcess::Starting, 10000);
    QVERIFY2(process.state() == QProcess::Running, qPrintable(process.errorString()));
    QVERIFY2(received.wait(30000), "the relay page did not post the fragment back");
    QCOMPARE(rejected.count(), 0);
    const auto parameters = received.first().first().value<QUrlQuery>();
    QCOMPARE(value(parameters, u"access_token"_s), u"2YotnFZFEjr1zCsicMWpAA"_s);
    QCOMPARE(value(parameters, u"token_type"_s), u"Bearer"_s);
    QCOMPARE(value(parameters, u"state"_s), State);
    QCOMPARE(value(parameters, u"error_description"_s), u"a b+c"_s);
}

void TestLoopbackListener::timeout()
{
    LoopbackListener listener(redirect(), State);
    listener.setTimeout(300ms);
    QSignalSpy received(&listener, &LoopbackListener::callbackReceived);
    QSignalSpy failed(&listener, &LoopbackListener::failed);
    QString error;
    QVERIFY2(listener.listen(&error), qPrintable(error));
    const quint16 p = port(listener);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(failed.wait(5000));
    QVERIFY(clock.elapsed() >= 250);
    QCOMPARE(failed.count(), 1);
    QVERIFY(!failed.first().first().toString().isEmpty());
    QVERIFY(!listener.isListening());
    const RawResponse late = exchange(QHostAddress::LocalHost, p, getRequest("/callback?code=late&state=" + State.toLatin1(), p));
    QVERIFY(!late.connected);
    QCOMPARE(received.count(), 0);
    QTest::qWait(50);
    QCOMPARE(failed.count(), 1);
}

void TestLoopbackListener::cancel()
{
    LoopbackListener listener(redirect(), State);
    QSignalSpy failed(&listener, &LoopbackListener::failed);
    QString error;
    QVERIFY2(listener.listen(&error), qPrintable(error));
    const quint16 p = port(listener);

    // A connection in the middle of its request is dropped too.
    QTcpSocket pending;
    pending.setProxy(QNetworkProxy::NoProxy);
    QSignalSpy pendingClosed(&pending, &QTcpSocket::disconnected);
    pending.connectToHost(QHostAddress::LocalHost, p);
    QTRY_COMPARE(pending.state(), QAbstractSocket::ConnectedState);
    pending.write("GET /callback?code=");

    listener.cancel();
    QCOMPARE(failed.count(), 1);
    QVERIFY(!failed.first().first().toString().isEmpty());
    QVERIFY(!listener.isListening());
    QTRY_VERIFY(pendingClosed.count() == 1 || pending.state() == QAbstractSocket::UnconnectedState);
    listener.cancel(); // once only
    QCOMPARE(failed.count(), 1);
    QVERIFY(!listener.listen(&error)); // one-shot
    QVERIFY(!error.isEmpty());
}

void TestLoopbackListener::onlyLoopbackIsBound()
{
    LoopbackListener listener(redirect(), State);
    QSignalSpy received(&listener, &LoopbackListener::callbackReceived);
    QString error;
    QVERIFY2(listener.listen(&error), qPrintable(error));
    const quint16 p = port(listener);

    int tried = 0;
    const QList<QHostAddress> addresses = QNetworkInterface::allAddresses();
    for (const QHostAddress &address : addresses) {
        if (address.isLoopback() || address.protocol() != QAbstractSocket::IPv4Protocol)
            continue;
        ++tried;
        const RawResponse response = exchange(address, p, getRequest("/callback?code=remote&state=" + State.toLatin1(), p), 2000);
        QVERIFY2(!response.connected, qPrintable(address.toString()));
    }
    QCOMPARE(received.count(), 0);
    QVERIFY(listener.isListening());
    if (tried == 0)
        QSKIP("this machine has no non-loopback IPv4 address to try");
}

void TestLoopbackListener::otherRequests()
{
    LoopbackListener listener(redirect(), State);
    QSignalSpy received(&listener, &LoopbackListener::callbackReceived);
    QSignalSpy rejected(&listener, &LoopbackListener::callbackRejected);
    QString error;
    QVERIFY2(listener.listen(&error), qPrintable(error));
    const quint16 p = port(listener);
    const QByteArray portText = QByteArray::number(p);

    struct Case
    {
        QByteArray request;
        int status;
    };
    const QList<Case> cases = {
        {getRequest("/favicon.ico", p), 404},
        // DNS rebinding: another site's name resolving to 127.0.0.1; the right state does not help.
        {getRequest("/callback?code=c&state=" + State.toLatin1(), p, "attacker.example"), 400},
        {getRequest("/callback", p, "attacker.example"), 400},
        {getRequest("/callback/../callback2?state=" + State.toLatin1(), p), 404},
        {postRequest("/callback", p, "{\"state\":\"" + State.toLatin1() + "\"}", "application/json"), 415},
        {"PUT /callback?state=" + State.toLatin1() + " HTTP/1.1\r\nHost: 127.0.0.1:" + portText + "\r\n\r\n", 405},
        {"GET /callback?state=" + State.toLatin1() + " HTTP/1.1\r\n\r\n", 400}, // no Host
        {"GET http://127.0.0.1:" + portText + "/callback?state=" + State.toLatin1() + " HTTP/1.1\r\nHost: x\r\n\r\n", 400},
        {"POST /callback HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nstate\r\n0\r\n\r\n", 400},
        {"POST /callback HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 999999\r\n\r\n", 413},
        {"GET /callback?state=" + State.toLatin1() + " HTTP/2.0\r\nHost: 127.0.0.1\r\n\r\n", 400},
        {QByteArray::fromHex("160301020001000001fc0303") + "\r\n\r\n", 400}, // a TLS ClientHello's start
    };
    for (const Case &c : cases) {
        const RawResponse response = exchange(QHostAddress::LocalHost, p, c.request);
        QVERIFY2(response.status() == c.status, c.request.left(60).constData());
        QCOMPARE(response.header("Connection"), QByteArray("close"));
        QVERIFY(!response.body().contains(State)); // nothing reflected
    }
    QCOMPARE(received.count(), 0);
    QCOMPARE(rejected.count(), 0);
    QVERIFY(listener.isListening());
}

void TestLoopbackListener::deletedInSlotStillAnswers()
{
    // A flow deletes the listener as soon as the response arrives; the page still reaches the
    // browser.
    QPointer<LoopbackListener> listener = new LoopbackListener(redirect(), State);
    QString error;
    QVERIFY2(listener->listen(&error), qPrintable(error));
    const quint16 p = port(*listener);
    QUrlQuery got;
    connect(listener, &LoopbackListener::callbackReceived, this, [&](const QUrlQuery &parameters) {
        got = parameters;
        delete listener.data();
    });
    const RawResponse response = exchange(QHostAddress::LocalHost, p, getRequest("/callback?code=d&state=" + State.toLatin1(), p));
    QVERIFY(listener.isNull());
    QCOMPARE(value(got, u"code"_s), u"d"_s);
    QCOMPARE(response.status(), 200);
    QVERIFY(response.body().contains(u"</html>"_s));
    QCOMPARE(QByteArray::number(response.bytes.size() - response.bytes.indexOf("\r\n\r\n") - 4), response.header("Content-Length"));
}

void TestLoopbackListener::portInUse()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    LoopbackListener listener(redirect(Profiles::LoopbackHost::Ipv4, squatter.serverPort()), State);
    QString error;
    QVERIFY(!listener.listen(&error));
    QVERIFY2(error.contains(QString::number(squatter.serverPort())), qPrintable(error));
    QVERIFY(!listener.isListening());
}

void TestLoopbackListener::robustness()
{
    LoopbackListener listener(redirect(), State);
    QSignalSpy received(&listener, &LoopbackListener::callbackReceived);
    QSignalSpy rejected(&listener, &LoopbackListener::callbackRejected);
    QString error;
    QVERIFY2(listener.listen(&error), qPrintable(error));
    const quint16 p = port(listener);

    enum Kind { Garbage, Oversized, HalfOpen, Partial, KindCount };
    auto *random = QRandomGenerator::global();
    const QByteArray oversized = "GET /callback?state=x HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Pad: "
        + QByteArray(17 * 1024, 'a') + "\r\n\r\n";

    constexpr int Batches = 22;
    constexpr int PerBatch = 48;
    int total = 0;
    int answeredOrClosed = 0;
    std::vector<std::unique_ptr<QTcpSocket>> lastBatchIdle;
    QElapsedTimer clock;
    clock.start();
    for (int batch = 0; batch < Batches; ++batch) {
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        std::vector<Kind> kinds;
        std::vector<bool> closed(PerBatch, false);
        for (int i = 0; i < PerBatch; ++i) {
            const auto kind = Kind((i + batch) % KindCount);
            auto socket = std::make_unique<QTcpSocket>();
            socket->setProxy(QNetworkProxy::NoProxy);
            QTcpSocket *s = socket.get();
            QObject::connect(s, &QTcpSocket::connected, s, [s, kind, random, &oversized] {
                switch (kind) {
                case Garbage: {
                    QByteArray junk(int(random->bounded(1, 2000)), Qt::Uninitialized);
                    for (char &c : junk) {
                        c = char(random->bounded(256));
                        if (c == '\r' || c == '\n')
                            c = 'x';
                    }
                    s->write(junk + "\r\n\r\n");
                    break;
                }
                case Oversized:
                    s->write(oversized);
                    break;
                case HalfOpen:
                    break;
                case Partial:
                    s->write("GET /callb");
                    break;
                case KindCount:
                    break;
                }
            });
            QObject::connect(s, &QTcpSocket::readyRead, s, [s] { s->readAll(); });
            const int index = i;
            QObject::connect(s, &QTcpSocket::disconnected, s, [&closed, index] { closed[size_t(index)] = true; });
            QObject::connect(s, &QTcpSocket::errorOccurred, s, [&closed, index] { closed[size_t(index)] = true; });
            s->connectToHost(QHostAddress::LocalHost, p);
            sockets.push_back(std::move(socket));
            kinds.push_back(kind);
        }
        total += PerBatch;
        // The server closes every garbage and oversized connection on its own.
        const auto closesDone = [&] {
            for (int i = 0; i < PerBatch; ++i) {
                if ((kinds[size_t(i)] == Garbage || kinds[size_t(i)] == Oversized) && !closed[size_t(i)])
                    return false;
            }
            return true;
        };
        QVERIFY2(QTest::qWaitFor(closesDone, 10000), qPrintable(u"batch %1"_s.arg(batch)));
        for (int i = 0; i < PerBatch; ++i)
            answeredOrClosed += closed[size_t(i)] ? 1 : 0;
        QVERIFY(listener.isListening());
        if (batch == Batches - 1) {
            for (auto &socket : sockets) {
                socket->disconnect();
                lastBatchIdle.push_back(std::move(socket)); // half-open ones stay open
            }
        } else {
            for (auto &socket : sockets) {
                socket->disconnect();
                socket->abort();
            }
        }
    }
    QVERIFY(total >= 1000);
    QVERIFY(answeredOrClosed >= total / 2);
    QCOMPARE(received.count(), 0);
    QCOMPARE(rejected.count(), 0);

    // More idle connections than the cap (32), all accepted and kept open: the browser's
    // callback still gets through.
    int connectedIdle = 0;
    for (int i = 0; i < 40; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->setProxy(QNetworkProxy::NoProxy);
        QObject::connect(socket.get(), &QTcpSocket::connected, socket.get(), [&connectedIdle] { ++connectedIdle; });
        socket->connectToHost(QHostAddress::LocalHost, p);
        lastBatchIdle.push_back(std::move(socket));
    }
    QTRY_COMPARE(connectedIdle, 40);
    QTest::qWait(100); // let the listener accept them all
    const RawResponse response = exchange(QHostAddress::LocalHost, p, getRequest("/callback?code=after&state=" + State.toLatin1(), p));
    QCOMPARE(response.status(), 200);
    QCOMPARE(received.count(), 1);
    QCOMPARE(value(received.first().first().value<QUrlQuery>(), u"code"_s), u"after"_s);
    qInfo("%d connections in %lld ms", total, qint64(clock.elapsed()));
}

QTEST_GUILESS_MAIN(TestLoopbackListener)
#include "tst_loopbacklistener.moc"
