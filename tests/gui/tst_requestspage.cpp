// SPDX-License-Identifier: GPL-3.0-or-later
// The Requests page against the real sandbox (in-process SandboxServer, real sockets) with a
// Bearer admin token from the sandbox's admin client, the exchange going through the one
// HttpClient, the history per connection, copy as curl with and without secrets, a 429 wait
// from the sandbox's rate limiter and its Cancel; an API token from the real keychain (KEYRING)
// and Basic credentials recorded by a small HTTP peer on 127.0.0.1.

#include "confirmation.h"
#include "http/consolerequest.h"
#include "http/httpclient.h"
#include "http/ratelimittracker.h"
#include "http/requesthistory.h"
#include "oauth/tokenset.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "ratelimiter.h"
#include "requests/requestspage.h"
#include "requests/responseview.h"
#include "sandboxserver.h"
#include "statuspalette.h"
#include "tenantstate.h"
#include "unnamedfocusable.h"

#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTabWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

const QString Tenant = u"default"_s;
const QByteArray ApiTokenValue = "api-token-0123456789-secret";

class AnsweringConfirmation final : public Confirmation
{
public:
    bool confirm(QWidget *, const QString &, const QString &, const QString &) override
    {
        ++asked;
        return answer;
    }
    Answer askToSave(QWidget *, const QString &, const QString &) override { return Answer::Cancel; }

    bool answer = false;
    int asked = 0;
};

QByteArray headerLine(const QByteArray &head, const QByteArray &name)
{
    for (const QByteArray &line : head.split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.toLower().startsWith(QByteArray(name.toLower() + ':')))
            return trimmed.mid(name.size() + 1).trimmed();
    }
    return {};
}

// An HTTP peer on 127.0.0.1 that records each request's head and answers 200 with a JSON body.
class RecordingPeer final : public QObject
{
public:
    RecordingPeer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                    QByteArray &buffer = m_buffers[socket];
                    buffer += socket->readAll();
                    const qsizetype end = buffer.indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    const QByteArray head = buffer.left(end);
                    // The whole body first: closing with unread data would reset the connection.
                    if (buffer.size() < end + 4 + headerLine(head, "Content-Length").toLongLong())
                        return;
                    requests << head;
                    m_buffers.remove(socket);
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 11\r\n"
                                  "Connection: close\r\n\r\n{\"ok\":true}");
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QString base() const { return u"http://127.0.0.1:%1"_s.arg(m_server.serverPort()); }

    QList<QByteArray> requests;

private:
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace

class TestRequestsPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void bearerWithoutTokenSaysWhereToGetOne();
    void bearerAdminTokenListsWorkspaces();
    void badJsonBodyBlocksSend();
    void historyLoadsAndRunsAgain();
    void variablesHintTablesAndCtrlReturn();
    void copyAsCurlHidesTheTokenUnlessConfirmed();
    void rateLimitedWaitShowsAndCancelEnds();
    void apiTokenFromTheKeychainReachesTheServer();
    void basicCredentialsReachTheServer();
    void idTokenAndCustomMethodReachTheServer();
    void statusColoursFollowTheLightOrDarkPalette();
    void everyInteractiveWidgetHasAnAccessibleName();
    void fitsANarrowWindow();

private:
    Profiles::Profile sandboxProfile(const QString &name, const QString &workspace) const;
    bool storeSecret(const QString &profileId, Profiles::SecretKind kind, const QByteArray &value);
    // Presses Send and waits for the end; the response, or nullopt when nothing finished.
    std::optional<HttpResponse> sendAndWait();
    QPushButton *pushButton(const char *name) const { return m_page->findChild<QPushButton *>(QLatin1String(name)); }
    QString historyFileText() const;

    QTemporaryDir m_dir;
    std::unique_ptr<Sandbox::SandboxServer> m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<RateLimits::RateLimitTracker> m_tracker;
    std::unique_ptr<Profiles::ProfileStore> m_profiles;
    std::unique_ptr<Profiles::SecretStore> m_secrets;
    std::unique_ptr<Console::RequestHistory> m_history;
    std::unique_ptr<QWidget> m_window;
    AnsweringConfirmation m_confirmation;
    RecordingPeer m_peer;
    RequestsPage *m_page = nullptr;
    QString m_adminId, m_demoId, m_peerId;
    QString m_adminToken;
};

Profiles::Profile TestRequestsPage::sandboxProfile(const QString &name, const QString &workspace) const
{
    const QString base = m_server->baseUrl().toString(QUrl::StripTrailingSlash);
    Profiles::Profile p;
    p.name = name;
    p.preset = u"sandbox"_s;
    p.presetFields = {{u"base_url"_s, base}, {u"tenant_id"_s, Tenant}, {u"workspace_id"_s, workspace}};
    p.issuer = QUrl(base + u'/' + Tenant + u'/' + workspace);
    p.endpoints.setUrl(Profiles::EndpointKind::Token, QUrl(p.issuer.toString() + u"/oauth2/token"_s));
    p.clientId = m_server->state().adminClientId();
    return p;
}

bool TestRequestsPage::storeSecret(const QString &profileId, Profiles::SecretKind kind, const QByteArray &value)
{
    std::optional<Profiles::SecretResult> written;
    m_secrets->write(profileId, kind, value, this, [&](const Profiles::SecretResult &r) { written = r; });
    return QTest::qWaitFor([&] { return written.has_value(); }, 10000) && written->ok();
}

std::optional<HttpResponse> TestRequestsPage::sendAndWait()
{
    QSignalSpy finished(m_page, &RequestsPage::requestFinished);
    QPushButton *send = pushButton("sendRequestButton");
    if (!send->isEnabled()) {
        qWarning() << "Send is disabled:" << m_page->statusText() << m_page->bodyProblem();
        return std::nullopt;
    }
    send->click();
    if (finished.isEmpty() && !finished.wait(20000)) {
        qWarning() << "no end:" << m_page->statusText();
        return std::nullopt;
    }
    return finished.first().first().value<HttpResponse>();
}

QString TestRequestsPage::historyFileText() const
{
    QString text;
    QDirIterator it(m_dir.filePath(u"history"_s), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            text += QString::fromUtf8(file.readAll());
    }
    return text;
}

void TestRequestsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(m_peer.listen());
    Sandbox::SandboxOptions options;
    options.tenantId = Tenant;
    m_server = std::make_unique<Sandbox::SandboxServer>(options);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));

    m_http = std::make_unique<HttpClient>(&m_network);
    m_tracker = std::make_unique<RateLimits::RateLimitTracker>();
    m_tracker->attach(m_http.get());

    // The admin token, as the Tokens page would get it: client credentials of the admin client.
    HttpRequest tokenRequest;
    tokenRequest.method = "POST";
    tokenRequest.url = QUrl(m_server->baseUrl().toString(QUrl::StripTrailingSlash) + u"/default/admin/oauth2/token"_s);
    const QByteArray credentials = QUrl::toPercentEncoding(m_server->state().adminClientId()) + ':'
                                   + QUrl::toPercentEncoding(m_server->state().adminClientSecret());
    tokenRequest.headers = {{"Authorization", "Basic " + credentials.toBase64()},
                            {"Content-Type", "application/x-www-form-urlencoded"}};
    tokenRequest.body = "grant_type=client_credentials";
    std::optional<HttpResponse> token;
    m_http->send(tokenRequest, this, [&](const HttpResponse &response) { token = response; });
    QTRY_VERIFY_WITH_TIMEOUT(token.has_value(), 15000);
    QVERIFY2(token->ok(), qPrintable(token->error + QString::fromUtf8(token->body)));
    m_adminToken = QJsonDocument::fromJson(token->body).object().value(u"access_token"_s).toString();
    QVERIFY(!m_adminToken.isEmpty());

    m_profiles = std::make_unique<Profiles::ProfileStore>(m_dir.filePath(u"profiles"_s));
    QVERIFY(m_profiles->load().ok);
    m_secrets = std::make_unique<Profiles::SecretStore>(u"tokenscope-test-requestspage"_s);
    QVERIFY(m_profiles->add(sandboxProfile(u"Sandbox admin"_s, u"admin"_s), &m_adminId).ok);
    QVERIFY(m_profiles->add(sandboxProfile(u"Sandbox demo"_s, u"demo"_s), &m_demoId).ok);
    Profiles::Profile peer;
    peer.name = u"Recording peer"_s;
    peer.preset = u"oidc"_s;
    peer.issuer = QUrl(m_peer.base());
    peer.apiToken.enabled = true;
    peer.apiToken.headerName = u"X-Api-Key"_s;
    peer.apiToken.prefix = u"Key "_s;
    QVERIFY(m_profiles->add(peer, &m_peerId).ok);
    QVERIFY(storeSecret(m_peerId, Profiles::SecretKind::ApiToken, ApiTokenValue));

    m_history = std::make_unique<Console::RequestHistory>(m_dir.filePath(u"history"_s));
    m_window = std::make_unique<QWidget>();
    auto *layout = new QHBoxLayout(m_window.get());
    m_page = new RequestsPage(m_http.get(), m_profiles.get(), m_secrets.get(), m_tracker.get(), m_history.get(),
                              m_window.get());
    m_page->setConfirmation(&m_confirmation);
    layout->addWidget(m_page);
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestRequestsPage::cleanupTestCase()
{
    m_window.reset();
    if (m_secrets && !m_peerId.isEmpty()) {
        bool removed = false;
        m_secrets->removeAll(m_peerId, this, [&](const Profiles::SecretResult &) { removed = true; });
        if (!QTest::qWaitFor([&] { return removed; }, 5000))
            qWarning() << "keychain entries not removed";
    }
    if (m_server)
        m_server->stop();
}

void TestRequestsPage::init()
{
    m_page->selectProfile(m_adminId);
    QCOMPARE(m_page->currentProfileId(), m_adminId);
    m_confirmation.answer = false;
    m_confirmation.asked = 0;
}

void TestRequestsPage::bearerWithoutTokenSaysWhereToGetOne()
{
    QSignalSpy exchanges(m_http.get(), &HttpClient::exchangeFinished);
    Console::ConsoleRequest request;
    request.url = u"{base}/api/admin/{tid}/servers"_s;
    request.auth = Console::AuthKind::Bearer;
    m_page->setRequest(request);
    QVERIFY(m_page->findChild<QLabel *>(u"bearerNote"_s)->text().contains(u"Tokens page"_s));
    pushButton("sendRequestButton")->click();
    QVERIFY2(m_page->statusText().contains(u"Get a token on the Tokens page first"_s), qPrintable(m_page->statusText()));
    QVERIFY(!m_page->isSending());
    QTest::qWait(50);
    QCOMPARE(exchanges.count(), 0);
}

void TestRequestsPage::bearerAdminTokenListsWorkspaces()
{
    OAuth::TokenSet set;
    set.profileId = m_adminId;
    set.profileName = u"Sandbox admin"_s;
    set.obtainedAt = QDateTime::currentDateTimeUtc();
    set.accessToken = m_adminToken;
    set.tokenType = u"bearer"_s;
    m_page->setTokenSet(set);
    QVERIFY(!m_page->findChild<QLabel *>(u"bearerNote"_s)->text().contains(u"first"_s));

    Console::ConsoleRequest request;
    request.url = u"{base}/api/admin/{tid}/servers"_s;
    request.auth = Console::AuthKind::Bearer;
    m_page->setRequest(request);
    QCOMPARE(m_page->request(), request);
    const int historyBefore = m_page->historyList()->topLevelItemCount();

    QSignalSpy started(m_http.get(), &HttpClient::exchangeStarted);
    QSignalSpy exchanges(m_http.get(), &HttpClient::exchangeFinished);
    QSignalSpy source(m_page, &RequestsPage::requestStarted);
    const auto response = sendAndWait();
    QCOMPARE(source.count(), 1);
    QCOMPARE(source.first().first().toString(), u"Sandbox admin"_s);
    QVERIFY(response);
    QCOMPARE(response->status, 200);

    // Through the window's HttpClient: the exchange log and the gauges see it.
    QCOMPARE(started.count(), 1);
    QCOMPARE(exchanges.count(), 1);
    const auto exchange = exchanges.first().first().value<HttpExchange>();
    QCOMPARE(exchange.request.url.path(), u"/api/admin/default/servers"_s);
    bool sawBearer = false;
    for (const auto &[name, value] : exchange.request.headers)
        sawBearer = sawBearer || (name.compare("Authorization", Qt::CaseInsensitive) == 0 && value == "Bearer " + m_adminToken.toLatin1());
    QVERIFY(sawBearer);
    QVERIFY(m_tracker->group(RateLimits::hostKey(m_server->baseUrl()), u"admin"_s));

    ResponseView *view = m_page->responseView();
    QCOMPARE(view->statusText(), u"200 OK"_s);
    QVERIFY2(view->metaText().contains(u" ms"_s), qPrintable(view->metaText()));
    // Pretty: formatted JSON with the workspaces; raw: the body as it came.
    const QString pretty = view->prettyBody();
    QVERIFY2(pretty.contains(u"\"servers\""_s) && pretty.contains(u"\"admin\""_s), qPrintable(pretty));
    QVERIFY2(pretty.contains(u"\n    "_s), "the pretty body is not indented");
    QCOMPARE(view->rawBody(), QString::fromUtf8(response->body));
    const QJsonObject body = QJsonDocument::fromJson(response->body).object();
    QVERIFY(!body.value(u"servers"_s).toArray().isEmpty());
    QVERIFY(m_page->statusText().startsWith(u"200 OK"_s));

    // The history of this connection, newest first, without the token.
    QTRY_COMPARE(m_page->historyList()->topLevelItemCount(), historyBefore + 1);
    QTreeWidgetItem *newest = m_page->historyList()->topLevelItem(0);
    QCOMPARE(newest->text(0), u"GET"_s);
    QCOMPARE(newest->text(1), request.url);
    QCOMPARE(newest->text(2), u"200"_s);
    QCOMPARE(m_history->entries(m_adminId).first().status, 200);
    QVERIFY(!historyFileText().contains(m_adminToken));
    // Another connection has its own (empty) history.
    m_page->selectProfile(m_demoId);
    QCOMPARE(m_page->historyList()->topLevelItemCount(), 0);
}

void TestRequestsPage::badJsonBodyBlocksSend()
{
    QSignalSpy exchanges(m_http.get(), &HttpClient::exchangeFinished);
    Console::ConsoleRequest request;
    request.method = "POST";
    request.url = u"{base}/api/admin/{tid}/servers"_s;
    request.body = "{\"id\": \"new\",,}";
    m_page->setRequest(request);
    QVERIFY(!m_page->bodyProblem().isEmpty());
    QVERIFY2(m_page->bodyProblem().contains(u"line 1"_s), qPrintable(m_page->bodyProblem()));
    QVERIFY(!pushButton("sendRequestButton")->isEnabled());
    QVERIFY(!pushButton("formatBodyButton")->isEnabled());
    // Ctrl+Return from the editor says why instead of sending.
    auto *editor = m_page->findChild<QPlainTextEdit *>(u"requestBodyEditor"_s);
    m_page->findChild<QTabWidget *>(u"requestTabs"_s)->setCurrentWidget(editor->parentWidget());
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(m_page->statusText(), m_page->bodyProblem());
    QTest::qWait(50);
    QCOMPARE(exchanges.count(), 0);

    // A Content-Type that is not JSON takes the body as it is.
    request.headers = {{u"Content-Type"_s, u"text/plain"_s}};
    m_page->setRequest(request);
    QVERIFY(m_page->bodyProblem().isEmpty());
    QVERIFY(pushButton("sendRequestButton")->isEnabled());

    // Fixed: Send comes back and Format indents.
    request.headers.clear();
    request.body = "{\"id\":\"new\",\"name\":\"New\"}";
    m_page->setRequest(request);
    QVERIFY(m_page->bodyProblem().isEmpty());
    QVERIFY(pushButton("sendRequestButton")->isEnabled());
    pushButton("formatBodyButton")->click();
    QCOMPARE(editor->toPlainText().toUtf8(), Console::formatJson(request.body));
    QVERIFY(editor->toPlainText().contains(u"\n    \"id\""_s));
}

void TestRequestsPage::historyLoadsAndRunsAgain()
{
    QTreeWidget *list = m_page->historyList();
    QVERIFY(list->topLevelItemCount() >= 1); // from bearerAdminTokenListsWorkspaces
    const int before = list->topLevelItemCount();
    const QString url = list->topLevelItem(0)->text(1);

    // Enter loads it into the editor.
    Console::ConsoleRequest other;
    other.url = u"{base}/elsewhere"_s;
    m_page->setRequest(other);
    list->setFocus();
    list->setCurrentItem(list->topLevelItem(0));
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(m_page->request().url, url);
    QCOMPARE(m_page->request().auth, Console::AuthKind::Bearer);

    // Run again sends it (with the Bearer token of the set, which the history never held).
    m_page->setRequest(other);
    QSignalSpy exchanges(m_http.get(), &HttpClient::exchangeFinished);
    QSignalSpy finished(m_page, &RequestsPage::requestFinished);
    list->setCurrentItem(list->topLevelItem(0));
    QVERIFY(pushButton("runAgainButton")->isEnabled());
    pushButton("runAgainButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QCOMPARE(finished.first().first().value<HttpResponse>().status, 200);
    QCOMPARE(exchanges.count(), 1);
    QCOMPARE(m_page->request().url, url);
    QTRY_COMPARE(list->topLevelItemCount(), before + 1);

    // Clear history asks first.
    m_confirmation.answer = false;
    pushButton("clearHistoryButton")->click();
    QCOMPARE(m_confirmation.asked, 1);
    QCOMPARE(list->topLevelItemCount(), before + 1);
    m_confirmation.answer = true;
    pushButton("clearHistoryButton")->click();
    QCOMPARE(m_confirmation.asked, 2);
    QCOMPARE(list->topLevelItemCount(), 0);
    QVERIFY(m_history->entries(m_adminId).isEmpty());
}

void TestRequestsPage::variablesHintTablesAndCtrlReturn()
{
    const QString hint = m_page->findChild<QLabel *>(u"requestVariablesHint"_s)->text();
    const QString base = m_server->baseUrl().toString(QUrl::StripTrailingSlash);
    for (const QString &part : QStringList{QString(u"{base} = "_s + base), u"{tid} = default"_s, u"{wid} = admin"_s})
        QVERIFY2(hint.contains(part), qPrintable(hint));
    m_page->selectProfile(m_demoId);
    QVERIFY(m_page->findChild<QLabel *>(u"requestVariablesHint"_s)->text().contains(u"{wid} = demo"_s));
    m_page->selectProfile(m_adminId);

    // Query rows: Add, type, Delete removes the current row.
    Console::ConsoleRequest request;
    request.url = u"{base}/api/admin/{tid}/servers"_s;
    request.auth = Console::AuthKind::Bearer;
    m_page->setRequest(request);
    auto *table = m_page->findChild<QTableWidget *>(u"queryTable"_s);
    QVERIFY(table);
    m_page->findChild<QTabWidget *>(u"requestTabs"_s)->setCurrentIndex(0);
    pushButton("queryAddButton")->click();
    pushButton("queryAddButton")->click();
    QCOMPARE(table->rowCount(), 2);
    table->item(0, 0)->setText(u"limit"_s);
    table->item(0, 1)->setText(u"5"_s);
    table->setCurrentCell(1, 0);
    table->setFocus(); // leaves the cell editor Add opened
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(m_page->request().query, (QList<QPair<QString, QString>>{{u"limit"_s, u"5"_s}}));

    // Ctrl+Return in the URL field sends.
    QSignalSpy exchanges(m_http.get(), &HttpClient::exchangeFinished);
    QSignalSpy finished(m_page, &RequestsPage::requestFinished);
    auto *url = m_page->findChild<QLineEdit *>(u"requestUrlInput"_s);
    url->setFocus();
    QTest::keyClick(url, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QCOMPARE(finished.first().first().value<HttpResponse>().status, 200);
    QCOMPARE(exchanges.count(), 1);
    QCOMPARE(exchanges.first().first().value<HttpExchange>().request.url.query(), u"limit=5"_s);
}

void TestRequestsPage::copyAsCurlHidesTheTokenUnlessConfirmed()
{
    Console::ConsoleRequest request;
    request.url = u"{base}/api/admin/{tid}/servers"_s;
    request.auth = Console::AuthKind::Bearer;
    m_page->setRequest(request);
    const auto response = sendAndWait();
    QVERIFY(response);
    QCOMPARE(response->status, 200);

    QClipboard *clipboard = QGuiApplication::clipboard();
    pushButton("copyCurlButton")->click();
    const QString redacted = clipboard->text();
    QVERIFY2(redacted.contains(u"curl"_s) && redacted.contains(u"/api/admin/default/servers"_s), qPrintable(redacted));
    QVERIFY2(!redacted.contains(m_adminToken), "the token is in the redacted curl command");

    clipboard->setText(u"before"_s);
    m_confirmation.answer = false;
    pushButton("copyCurlSecretsButton")->click();
    QCOMPARE(m_confirmation.asked, 1);
    QCOMPARE(clipboard->text(), u"before"_s);
    m_confirmation.answer = true;
    pushButton("copyCurlSecretsButton")->click();
    QCOMPARE(m_confirmation.asked, 2);
    QVERIFY(clipboard->text().contains(u"Bearer "_s + m_adminToken));

    pushButton("copyBodyButton")->click();
    QCOMPARE(clipboard->text().toUtf8(), response->body);
}

void TestRequestsPage::rateLimitedWaitShowsAndCancelEnds()
{
    Sandbox::RateLimiter &limiter = m_server->rateLimiter();
    const auto previous = limiter.limit(Sandbox::ApiGroup::Admin);
    limiter.setLimit(Sandbox::ApiGroup::Admin, {1, 1}); // one a minute: Retry-After about 60 s
    const auto restore = qScopeGuard([&] { limiter.setLimit(Sandbox::ApiGroup::Admin, previous); });

    Console::ConsoleRequest request;
    request.url = u"{base}/api/admin/{tid}/servers"_s;
    request.auth = Console::AuthKind::Bearer;
    m_page->setRequest(request);
    m_page->setMaxRetries(2);
    const auto first = sendAndWait();
    QVERIFY(first);
    QCOMPARE(first->status, 200);

    QSignalSpy finished(m_page, &RequestsPage::requestFinished);
    pushButton("sendRequestButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->statusText().startsWith(u"Rate limited: retrying in "_s), 10000);
    QVERIFY2(m_page->statusText().endsWith(u" s (retry 1 of 2)"_s), qPrintable(m_page->statusText()));
    QVERIFY(m_page->isSending());
    QVERIFY(pushButton("cancelRequestButton")->isEnabled());
    QVERIFY(!pushButton("sendRequestButton")->isEnabled());
    QCOMPARE(finished.count(), 0);

    pushButton("cancelRequestButton")->click();
    QTRY_COMPARE(finished.count(), 1);
    const auto response = finished.first().first().value<HttpResponse>();
    QCOMPARE(response.status, 0);
    QCOMPARE(response.networkError, QNetworkReply::OperationCanceledError);
    QCOMPARE(m_page->statusText(), u"Cancelled."_s);
    QVERIFY(!m_page->isSending());
    QVERIFY(!pushButton("cancelRequestButton")->isEnabled());
    QVERIFY(pushButton("sendRequestButton")->isEnabled());
    m_page->setMaxRetries(3);
}

void TestRequestsPage::apiTokenFromTheKeychainReachesTheServer()
{
    m_page->selectProfile(m_peerId);
    QCOMPARE(m_page->currentProfileId(), m_peerId);
    QVERIFY(m_page->findChild<QLabel *>(u"apiTokenNote"_s)->text().contains(u"X-Api-Key"_s));
    Console::ConsoleRequest request;
    request.url = u"{base}/things"_s;
    request.query = {{u"page"_s, u"2"_s}};
    request.auth = Console::AuthKind::ApiToken;
    m_page->setRequest(request);
    const int before = int(m_peer.requests.size());
    const auto response = sendAndWait();
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QCOMPARE(m_peer.requests.size(), before + 1);
    const QByteArray head = m_peer.requests.last();
    QVERIFY2(head.startsWith("GET /things?page=2 HTTP/1.1"), head.constData());
    QCOMPARE(headerLine(head, "X-Api-Key"), "Key " + ApiTokenValue);
    QCOMPARE(m_page->responseView()->statusText(), u"200 OK"_s);

    // The custom header is a secret too: not in the redacted curl command, nor in the history.
    pushButton("copyCurlButton")->click();
    const QString curl = QGuiApplication::clipboard()->text();
    QVERIFY2(curl.contains(u"X-Api-Key"_s), qPrintable(curl));
    QVERIFY2(!curl.contains(QString::fromLatin1(ApiTokenValue)), qPrintable(curl));
    QVERIFY(!historyFileText().contains(QString::fromLatin1(ApiTokenValue)));

    // A connection without a stored API token says what to do.
    m_page->selectProfile(m_demoId);
    m_page->setRequest(request);
    QSignalSpy exchanges(m_http.get(), &HttpClient::exchangeFinished);
    pushButton("sendRequestButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->statusText().startsWith(u"No API token is stored"_s), 10000);
    QVERIFY(!m_page->isSending());
    QCOMPARE(exchanges.count(), 0);
}

void TestRequestsPage::basicCredentialsReachTheServer()
{
    m_page->selectProfile(m_peerId);
    const QString password = u"pw:with colon & 42"_s;
    Console::ConsoleRequest request;
    request.method = "POST";
    request.url = u"{base}/login"_s;
    request.body = "{\"hello\":\"world\"}";
    request.auth = Console::AuthKind::Basic;
    request.basicUser = u"alice"_s;
    m_page->setRequest(request);
    m_page->setBasicPassword(password);
    const auto response = sendAndWait();
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    const QByteArray head = m_peer.requests.last();
    QVERIFY2(head.startsWith("POST /login HTTP/1.1"), head.constData());
    QCOMPARE(headerLine(head, "Authorization"), "Basic " + QByteArray("alice:" + password.toUtf8()).toBase64());
    QVERIFY(headerLine(head, "Content-Type").contains("application/json"));

    // The history keeps the user, never the password.
    const auto entries = m_history->entries(m_peerId);
    QVERIFY(!entries.isEmpty());
    QCOMPARE(entries.first().request.basicUser, u"alice"_s);
    QCOMPARE(entries.first().request.auth, Console::AuthKind::Basic);
    const QString onDisk = historyFileText();
    QVERIFY(onDisk.contains(u"alice"_s));
    QVERIFY(!onDisk.contains(password));
    QVERIFY(!onDisk.contains(QString::fromLatin1(QByteArray("alice:" + password.toUtf8()).toBase64())));
}

void TestRequestsPage::idTokenAndCustomMethodReachTheServer()
{
    m_page->selectProfile(m_peerId);
    OAuth::TokenSet set;
    set.profileId = m_peerId;
    set.obtainedAt = QDateTime::currentDateTimeUtc();
    set.accessToken = u"access-token-value"_s;
    set.idToken = u"id-token-value"_s;
    m_page->setTokenSet(set);

    // The editable method combo takes any token; the ID token goes in the Authorization header.
    Console::ConsoleRequest request;
    request.method = "PROPFIND";
    request.url = u"{base}/dav"_s;
    request.auth = Console::AuthKind::Bearer;
    m_page->setRequest(request);
    m_page->setBearerToken(RequestsPage::BearerToken::Id);
    auto response = sendAndWait();
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QByteArray head = m_peer.requests.last();
    QVERIFY2(head.startsWith("PROPFIND /dav HTTP/1.1"), head.constData());
    QCOMPARE(headerLine(head, "Authorization"), QByteArray("Bearer id-token-value"));

    m_page->setBearerToken(RequestsPage::BearerToken::Access);
    request.method = "GET";
    m_page->setRequest(request);
    response = sendAndWait();
    QVERIFY(response);
    head = m_peer.requests.last();
    QCOMPARE(headerLine(head, "Authorization"), QByteArray("Bearer access-token-value"));

    // Not a method: said, nothing sent.
    const int before = int(m_peer.requests.size());
    request.method = "NOT A METHOD";
    m_page->setRequest(request);
    pushButton("sendRequestButton")->click();
    QVERIFY2(m_page->statusText().contains(u"is not an HTTP method"_s), qPrintable(m_page->statusText()));
    QTest::qWait(50);
    QCOMPARE(m_peer.requests.size(), before);
}

void TestRequestsPage::statusColoursFollowTheLightOrDarkPalette()
{
    m_page->selectProfile(m_peerId);
    Console::ConsoleRequest request;
    request.url = u"{base}/colours"_s;
    m_page->setRequest(request);
    const auto response = sendAndWait();
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    auto *status = m_page->findChild<QLabel *>(u"responseStatus"_s);
    QVERIFY(status);
    const QPalette light = m_window->palette();
    QCOMPARE(status->palette().color(QPalette::WindowText),
             StatusPalette::foreground(light, StatusPalette::Tone::Good));

    QPalette dark = light;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x24));
    dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x1c));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    QVERIFY(StatusPalette::isDark(dark));
    m_window->setPalette(dark);
    const auto restore = qScopeGuard([&] { m_window->setPalette(light); });
    const QColor onDark = status->palette().color(QPalette::WindowText);
    QCOMPARE(onDark, StatusPalette::foreground(dark, StatusPalette::Tone::Good));
    QVERIFY(onDark != StatusPalette::foreground(light, StatusPalette::Tone::Good));
    // The rest of the label's palette still follows the window's.
    QCOMPARE(status->palette().color(QPalette::Window), dark.color(QPalette::Window));
}

void TestRequestsPage::everyInteractiveWidgetHasAnAccessibleName()
{
    auto *auth = m_page->findChild<QComboBox *>(u"authKindCombo"_s);
    auto *tabs = m_page->findChild<QTabWidget *>(u"requestTabs"_s);
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        for (int kind = 0; kind < auth->count(); ++kind) {
            auth->setCurrentIndex(kind);
            const QStringList unnamed = unnamedFocusable(m_page);
            QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
        }
    }
}

QTEST_MAIN(TestRequestsPage)
void TestRequestsPage::fitsANarrowWindow()
{
    // The page sits next to the sidebar in a window a 1024-pixel screen holds: request and
    // response side by side need at most 700 pixels, whatever the status line says.
    auto *status = m_page->findChild<QLabel *>(u"responseStatus"_s);
    QVERIFY(status);
    status->setText(u"The server closed the connection before it answered: check the URL, the port and that the server is running."_s);
    QVERIFY2(m_page->minimumSizeHint().width() <= 700,
             qPrintable(u"minimum width %1"_s.arg(m_page->minimumSizeHint().width())));
    m_window->resize(760, 600);
    QTRY_COMPARE(m_page->width() <= 760, true);
    QVERIFY(status->isVisible());
    m_window->resize(1400, 900);
}

#include "tst_requestspage.moc"
