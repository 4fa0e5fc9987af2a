// SPDX-License-Identifier: GPL-3.0-or-later
// The Log page over a real HttpClient talking to a token endpoint on 127.0.0.1: the table fills,
// secrets (client secret, Basic credentials, tokens, codes) appear nowhere (table, detail pane,
// clipboard) unless revealed or copied with secrets after confirming.

#include "log/exchangelogpage.h"

#include "confirmation.h"
#include "http/exchangelog.h"
#include "http/httpclient.h"
#include "itemmodels/exchangelogmodel.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString ClientSecret = u"ClientS3cret-Zq9"_s;
const QString AccessToken = u"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJBY2Nlc3NUMGtlbiJ9.AccessT0kenSig"_s;
const QString RefreshToken = u"R3freshT0ken-Xy7"_s;
const QString QueryToken = u"QueryT0ken-Pq4"_s;
const QString AuthCode = u"AuthC0de-Lm2"_s;
const QByteArray BasicCredentials = QByteArray("app:" + ClientSecret.toUtf8()).toBase64();

// What must never show unless revealed.
QStringList secrets()
{
    return {ClientSecret, AccessToken, u"AccessT0kenSig"_s, RefreshToken, QueryToken, AuthCode,
            QString::fromLatin1(BasicCredentials)};
}

QString firstSecretIn(const QString &text)
{
    for (const QString &secret : secrets()) {
        if (text.contains(secret))
            return secret;
    }
    return {};
}

// A token endpoint and an API on 127.0.0.1: POST /token answers a token response (and a
// cookie), anything else a small JSON document.
class TokenServer final : public QObject
{
public:
    TokenServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        if (!m_server.listen(QHostAddress::LocalHost))
            qFatal("cannot listen on 127.0.0.1");
    }

    QUrl url(const QString &path) const
    {
        QUrl url(u"http://127.0.0.1"_s);
        url.setPort(m_server.serverPort());
        url.setPath(path);
        return url;
    }

private:
    void onReadyRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = buffer.left(end);
        qsizetype length = 0;
        for (const QByteArray &line : head.split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < end + 4 + length)
            return;
        m_buffers.remove(socket);
        QByteArray body;
        QByteArray extra;
        if (head.startsWith("POST /token ")) {
            body = R"({"access_token":")" + AccessToken.toUtf8() + R"(","token_type":"Bearer","expires_in":300,)"
                   + R"("refresh_token":")" + RefreshToken.toUtf8() + R"("})";
            extra = "Set-Cookie: session=" + RefreshToken.toUtf8() + "; HttpOnly\r\n";
        } else {
            body = R"({"sub":"alice","groups":["admins"]})";
        }
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n" + extra
                      + "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

class AnsweringConfirmation final : public Confirmation
{
public:
    bool confirm(QWidget *, const QString &title, const QString &text, const QString &) override
    {
        ++asked;
        lastText = title + u'\n' + text;
        return answer;
    }
    Answer askToSave(QWidget *, const QString &, const QString &) override { return Answer::Cancel; }

    bool answer = false;
    int asked = 0;
    QString lastText;
};

} // namespace

class TestExchangeLogPage final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void tableShowsEntriesWithoutSecrets();
    void detailPaneRedactsUntilRevealed();
    void copyAsCurl();
    void copyWithSecretsAsksFirst();
    void stepsAndFilter();
    void clearEmptiesTheLog();
    void droppedEntryLeavesTheDetail();
    void largeResponseSaysItWasCut();
    void namedAndKeyboardReachable();

private:
    void sendRequests();
    void send(const HttpRequest &request);
    QTableView *table() const { return m_page->findChild<QTableView *>(u"exchangeTable"_s); }
    QPlainTextEdit *requestText() const { return m_page->findChild<QPlainTextEdit *>(u"requestText"_s); }
    QPlainTextEdit *responseText() const { return m_page->findChild<QPlainTextEdit *>(u"responseText"_s); }
    QPushButton *pageButton(const QString &name) const { return m_page->findChild<QPushButton *>(name); }
    QString allTableText() const;
    void selectRow(int row);

    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<ExchangeLog> m_log;
    std::unique_ptr<TokenServer> m_server;
    std::unique_ptr<AnsweringConfirmation> m_confirmation;
    std::unique_ptr<ExchangeLogPage> m_page;
};

void TestExchangeLogPage::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_network->setProxy(QNetworkProxy::NoProxy);
    m_http = std::make_unique<HttpClient>(m_network.get());
    m_log = std::make_unique<ExchangeLog>(100);
    m_log->attach(m_http.get());
    m_server = std::make_unique<TokenServer>();
    m_confirmation = std::make_unique<AnsweringConfirmation>();
    m_page = std::make_unique<ExchangeLogPage>(m_log.get());
    m_page->setConfirmation(m_confirmation.get());
    m_page->resize(1000, 700);
    QApplication::clipboard()->setText(u"clipboard before"_s);
}

void TestExchangeLogPage::cleanup()
{
    m_page.reset();
    m_confirmation.reset();
    m_log.reset();
    m_http.reset();
    m_network.reset();
    m_server.reset();
}

void TestExchangeLogPage::send(const HttpRequest &request)
{
    bool done = false;
    m_http->send(request, m_page.get(), [&done](const HttpResponse &) { done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
}

// A client-credentials token request (Basic and client_secret in the body, to have both), an
// API call with the token in a header and in the query, and a flow step with a code.
void TestExchangeLogPage::sendRequests()
{
    m_log->setCurrentSource(u"Test profile"_s);
    HttpRequest token;
    token.method = "POST";
    token.url = m_server->url(u"/token"_s);
    token.headers = {{"Authorization", "Basic " + BasicCredentials},
                     {"Content-Type", "application/x-www-form-urlencoded"}};
    token.body = "grant_type=client_credentials&client_id=app&client_secret=" + ClientSecret.toUtf8();
    send(token);

    HttpRequest api;
    api.url = m_server->url(u"/api/me"_s);
    api.url.setQuery(u"access_token="_s + QueryToken + u"&view=full"_s);
    api.headers = {{"Authorization", "Bearer " + AccessToken.toUtf8()}};
    send(api);

    m_log->addStep(u"Callback received"_s, u"code="_s + AuthCode + u"&state=st4te"_s);
    QCOMPARE(m_log->count(), 3);
}

QString TestExchangeLogPage::allTableText() const
{
    const QAbstractItemModel *model = table()->model();
    QString text;
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            for (const int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)})
                text += model->index(row, column).data(role).toString() + u'\t';
        }
        text += u'\n';
    }
    return text;
}

void TestExchangeLogPage::selectRow(int row)
{
    const QModelIndex index = table()->model()->index(row, 0);
    QVERIFY(index.isValid());
    table()->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void TestExchangeLogPage::tableShowsEntriesWithoutSecrets()
{
    sendRequests();
    QAbstractItemModel *model = table()->model();
    QCOMPARE(model->rowCount(), 3);
    const auto cell = [model](int row, int column) { return model->index(row, column).data().toString(); };
    QCOMPARE(cell(0, ExchangeLogModel::Source), u"Test profile"_s);
    QCOMPARE(cell(0, ExchangeLogModel::What), u"POST"_s);
    QCOMPARE(cell(0, ExchangeLogModel::Url), m_server->url(u"/token"_s).toString());
    QCOMPARE(cell(0, ExchangeLogModel::Status), u"200"_s);
    QCOMPARE(cell(1, ExchangeLogModel::What), u"GET"_s);
    QVERIFY2(cell(1, ExchangeLogModel::Url).contains(u"access_token=‹"_s), qPrintable(cell(1, ExchangeLogModel::Url)));
    QVERIFY2(cell(1, ExchangeLogModel::Url).contains(u"&view=full"_s), qPrintable(cell(1, ExchangeLogModel::Url)));
    QCOMPARE(cell(2, ExchangeLogModel::What), u"Callback received"_s);

    const QString text = allTableText();
    QVERIFY2(firstSecretIn(text).isEmpty(), qPrintable(firstSecretIn(text)));
}

void TestExchangeLogPage::detailPaneRedactsUntilRevealed()
{
    sendRequests();
    QPushButton *reveal = pageButton(u"revealSecretsButton"_s);
    QVERIFY(reveal);
    QVERIFY(!reveal->isEnabled()); // nothing selected
    QVERIFY(requestText()->toPlainText().isEmpty());

    selectRow(0);
    QVERIFY(reveal->isEnabled());
    QVERIFY(!reveal->isChecked());
    const QString request = requestText()->toPlainText();
    const QString response = responseText()->toPlainText();
    QVERIFY2(request.startsWith(u"POST " + m_server->url(u"/token"_s).toString()), qPrintable(request));
    QVERIFY2(request.contains(u"Authorization: Basic ‹"_s), qPrintable(request));
    QVERIFY2(request.contains(u"client_secret=‹"_s), qPrintable(request));
    QVERIFY2(response.startsWith(u"HTTP 200"_s), qPrintable(response));
    QVERIFY2(response.contains(u"\n    \"access_token\": \"‹"_s), qPrintable(response)); // pretty-printed JSON
    QVERIFY2(response.contains(u"\"token_type\": \"Bearer\""_s), qPrintable(response));
    QVERIFY2(response.contains(u"Set-Cookie: ‹"_s), qPrintable(response));
    QVERIFY2(firstSecretIn(request + response).isEmpty(), qPrintable(firstSecretIn(request + response)));

    // Revealed: the secrets of this entry.
    reveal->click();
    QVERIFY(reveal->isChecked());
    QVERIFY2(requestText()->toPlainText().contains(u"client_secret="_s + ClientSecret), qPrintable(requestText()->toPlainText()));
    QVERIFY(requestText()->toPlainText().contains(QString::fromLatin1(BasicCredentials)));
    QVERIFY(responseText()->toPlainText().contains(u"\"access_token\": \""_s + AccessToken + u'"'));
    QVERIFY(responseText()->toPlainText().contains(RefreshToken));
    QVERIFY(firstSecretIn(allTableText()).isEmpty()); // the table stays redacted

    // Another selection hides them again, and the toggle is off.
    selectRow(1);
    QVERIFY(!reveal->isChecked());
    QVERIFY2(requestText()->toPlainText().contains(u"Authorization: Bearer ‹"_s), qPrintable(requestText()->toPlainText()));
    QVERIFY(firstSecretIn(requestText()->toPlainText() + responseText()->toPlainText()).isEmpty());
    // Back to the first: still hidden.
    selectRow(0);
    QVERIFY(!reveal->isChecked());
    QVERIFY(firstSecretIn(requestText()->toPlainText() + responseText()->toPlainText()).isEmpty());
    // Hide again by the toggle.
    reveal->click();
    QVERIFY(requestText()->toPlainText().contains(ClientSecret));
    reveal->click();
    QVERIFY(!requestText()->toPlainText().contains(ClientSecret));
}

void TestExchangeLogPage::copyAsCurl()
{
    sendRequests();
    QPushButton *copy = pageButton(u"copyCurlButton"_s);
    QVERIFY(copy && !copy->isEnabled());
    selectRow(0);
    QVERIFY(copy->isEnabled());
    pageButton(u"revealSecretsButton"_s)->click(); // revealing does not change what plain copy copies
    copy->click();
    const QString copied = QApplication::clipboard()->text();
    QVERIFY2(copied.startsWith(u"# "_s), qPrintable(copied));
    QVERIFY2(copied.contains(u"\ncurl "_s), qPrintable(copied));
    QVERIFY2(copied.contains(u"--data-binary"_s), qPrintable(copied));
    QVERIFY2(copied.contains(u"Authorization: Basic ‹"_s), qPrintable(copied));
    QVERIFY2(firstSecretIn(copied).isEmpty(), qPrintable(copied));
    QCOMPARE(m_confirmation->asked, 0);
    QVERIFY(!m_page->findChild<QLabel *>(u"logStatus"_s)->text().isEmpty());
}

void TestExchangeLogPage::copyWithSecretsAsksFirst()
{
    sendRequests();
    QPushButton *copy = pageButton(u"copyCurlSecretsButton"_s);
    selectRow(1);
    QVERIFY(copy->isEnabled());

    m_confirmation->answer = false;
    copy->click();
    QCOMPARE(m_confirmation->asked, 1);
    QVERIFY2(firstSecretIn(m_confirmation->lastText).isEmpty(), qPrintable(m_confirmation->lastText));
    QCOMPARE(QApplication::clipboard()->text(), u"clipboard before"_s);

    m_confirmation->answer = true;
    copy->click();
    QCOMPARE(m_confirmation->asked, 2);
    const QString copied = QApplication::clipboard()->text();
    QVERIFY2(copied.startsWith(u"curl "_s), qPrintable(copied));
    QVERIFY2(copied.contains(u"Authorization: Bearer "_s + AccessToken), qPrintable(copied));
    QVERIFY2(copied.contains(u"access_token="_s + QueryToken), qPrintable(copied));
}

void TestExchangeLogPage::stepsAndFilter()
{
    sendRequests();
    selectRow(2);
    QVERIFY(!pageButton(u"copyCurlButton"_s)->isEnabled());
    QVERIFY(!pageButton(u"copyCurlSecretsButton"_s)->isEnabled());
    const QString detail = requestText()->toPlainText();
    QVERIFY2(detail.startsWith(u"code=‹"_s), qPrintable(detail));
    QVERIFY2(detail.endsWith(u"&state=st4te"_s), qPrintable(detail));
    QPushButton *reveal = pageButton(u"revealSecretsButton"_s);
    QVERIFY(reveal->isEnabled());
    reveal->click();
    QVERIFY(requestText()->toPlainText().contains(AuthCode));

    auto *filter = m_page->findChild<QLineEdit *>(u"logFilter"_s);
    QVERIFY(filter);
    QTest::keyClicks(filter, u"/API/"_s);
    QCOMPARE(table()->model()->rowCount(), 1);
    QCOMPARE(table()->model()->index(0, ExchangeLogModel::What).data().toString(), u"GET"_s);
    // The filter matches shown text only: a secret finds nothing.
    filter->setText(QueryToken);
    QCOMPARE(table()->model()->rowCount(), 0);
    filter->clear();
    QCOMPARE(table()->model()->rowCount(), 3);
}

void TestExchangeLogPage::clearEmptiesTheLog()
{
    sendRequests();
    selectRow(0);
    QPushButton *clear = pageButton(u"clearLogButton"_s);
    QVERIFY(clear->isEnabled());
    clear->click();
    QCOMPARE(m_log->count(), 0);
    QCOMPARE(table()->model()->rowCount(), 0);
    QVERIFY(requestText()->toPlainText().isEmpty());
    QVERIFY(!clear->isEnabled());
    QVERIFY(!pageButton(u"revealSecretsButton"_s)->isEnabled());
    QCOMPARE(m_page->currentEntryId(), quint64(0));

    // New exchanges arrive after a clear.
    HttpRequest again;
    again.url = m_server->url(u"/api/again"_s);
    send(again);
    QCOMPARE(table()->model()->rowCount(), 1);
    QVERIFY(clear->isEnabled());
}

void TestExchangeLogPage::droppedEntryLeavesTheDetail()
{
    ExchangeLog small(2);
    ExchangeLogPage page(&small);
    small.attach(m_http.get());
    HttpRequest first;
    first.url = m_server->url(u"/first"_s);
    send(first);
    QVERIFY(page.selectEntry(small.at(0).id));
    auto *request = page.findChild<QPlainTextEdit *>(u"requestText"_s);
    QVERIFY(request->toPlainText().contains(u"/first"_s));

    small.addStep(u"one"_s);
    QVERIFY(request->toPlainText().contains(u"/first"_s)); // still in the log
    small.addStep(u"two"_s);
    // The selected row left with its entry: nothing of it stays on screen.
    QVERIFY(!request->toPlainText().contains(u"/first"_s));
    QCOMPARE(page.findChild<QTableView *>(u"exchangeTable"_s)->model()->rowCount(), 2);
    QVERIFY(!page.findChild<QPushButton *>(u"copyCurlButton"_s)->isEnabled());
}

void TestExchangeLogPage::largeResponseSaysItWasCut()
{
    HttpExchange large;
    large.id = 1;
    large.startedAt = QDateTime::currentDateTimeUtc();
    large.request.url = m_server->url(u"/big"_s);
    large.response.status = 200;
    large.response.body = QByteArray(ExchangeLog::MaxStoredResponseBytes + 1000, 'x');
    Q_EMIT m_http->exchangeFinished(large);
    QVERIFY(m_page->selectEntry(m_log->at(0).id));
    const QString response = responseText()->toPlainText();
    QVERIFY2(response.contains(QLocale().toString(large.response.body.size())), qPrintable(response.right(200)));
}

void TestExchangeLogPage::namedAndKeyboardReachable()
{
    sendRequests();
    m_page->show();
    QApplication::setActiveWindow(m_page.get());
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    selectRow(0);

    // Every widget that takes focus has an accessible name.
    const QList<QWidget *> widgets = m_page->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (widget->isVisible() && (widget->focusPolicy() & Qt::TabFocus) && !qobject_cast<QScrollBar *>(widget))
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName() + u' ' + QString::fromLatin1(widget->metaObject()->className())));
    }

    // Tab walks filter, Clear, table, the entry's buttons, request, response.
    auto *filter = m_page->findChild<QLineEdit *>(u"logFilter"_s);
    filter->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), filter);
    QStringList order{filter->objectName()};
    for (int i = 0; i < 7; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        order << QApplication::focusWidget()->objectName();
    }
    QCOMPARE(order, (QStringList{u"logFilter"_s, u"clearLogButton"_s, u"exchangeTable"_s, u"revealSecretsButton"_s,
                                 u"copyCurlButton"_s, u"copyCurlSecretsButton"_s, u"requestText"_s, u"responseText"_s}));

    // Ctrl+F goes back to the filter.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), filter);
}

QTEST_MAIN(TestExchangeLogPage)
#include "tst_exchangelogpage.moc"
