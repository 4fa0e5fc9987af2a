// SPDX-License-Identifier: GPL-3.0-or-later
// The token inspector driven as a user would: paste, type, drop, open files, paste keys, and
// read what the tables and the verdict banner say.

#include "filechooser.h"
#include "http/httpclient.h"
#include "inspector/decodedtokenview.h"
#include "inspector/keysourcewidget.h"
#include "inspector/tokeninputpanel.h"
#include "inspector/tokeninspector.h"
#include "inspector/verificationpanel.h"
#include "itemmodels/checksmodel.h"
#include "itemmodels/claimsmodel.h"
#include "jose/decodedtoken.h"
#include "testkeys.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDropEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QHeaderView>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

class ScriptedFileChooser final : public FileChooser
{
public:
    QString openFile(QWidget *, const QString &title, const QString &) override
    {
        titles << title;
        return next.isEmpty() ? QString() : next.takeFirst();
    }
    QStringList next;
    QStringList titles;
};

QJsonObject idTokenClaims(const QString &issuer = u"https://issuer.example"_s)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return QJsonObject{{u"iss"_s, issuer},
                       {u"aud"_s, u"client-1"_s},
                       {u"sub"_s, u"alice"_s},
                       {u"iat"_s, now},
                       {u"exp"_s, now + 600}};
}

// The row of the claim `name` in a claims table, or -1.
int claimRow(const QAbstractItemModel *model, const QString &name)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, ClaimsModel::Name).data().toString() == name)
            return row;
    }
    return -1;
}

QString claimCell(const QAbstractItemModel *model, const QString &name, int column)
{
    const int row = claimRow(model, name);
    return row < 0 ? QString() : model->index(row, column).data().toString();
}

// The status of the check `name` as the checks table shows it; -1 when there is no such row.
int checkStatus(const QTableView *table, const QString &name)
{
    const QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, ChecksModel::Name).data().toString() == name)
            return model->index(row, ChecksModel::Status).data(ChecksModel::UnderlyingDataRole).toInt();
    }
    return -1;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

// A one-shot HTTP server on loopback that answers every request with one canned response.
class OneResponseServer final : public QTcpServer
{
public:
    explicit OneResponseServer(QByteArray response)
        : m_response(std::move(response))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_request += socket->readAll();
                    if (m_request.contains("\r\n\r\n")) {
                        socket->write(m_response);
                        socket->disconnectFromHost();
                    }
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QByteArray m_request;

private:
    QByteArray m_response;
};

} // namespace

class TestTokenInspector final : public QObject
{
    Q_OBJECT

private:
    struct Ui
    {
        TokenInspector *inspector;
        QPlainTextEdit *input;
        QTableView *payloadTable;
        QTableView *headerTable;
        QPlainTextEdit *keyInput;
        QTableView *checksTable;
        QLabel *banner;
        QLabel *kind;
        QLabel *summary;
        QLabel *problems;
        QLabel *expiry;
    };

    static Ui find(TokenInspector *inspector)
    {
        Ui ui{inspector,
              inspector->findChild<QPlainTextEdit *>(u"tokenInput"_s),
              inspector->findChild<QTableView *>(u"payloadClaimsTable"_s),
              inspector->findChild<QTableView *>(u"headerClaimsTable"_s),
              inspector->findChild<QPlainTextEdit *>(u"keyInput"_s),
              inspector->findChild<QTableView *>(u"checksTable"_s),
              inspector->findChild<QLabel *>(u"verdictBanner"_s),
              inspector->findChild<QLabel *>(u"tokenKindLabel"_s),
              inspector->findChild<QLabel *>(u"tokenSummaryLabel"_s),
              inspector->findChild<QLabel *>(u"tokenProblemsLabel"_s),
              inspector->findChild<QLabel *>(u"expiryLabel"_s)};
        return ui;
    }

private Q_SLOTS:
    void typedTokenIsDecodedAndVerified();
    void tokenSignedByAnotherKeyFails();
    void expectationsAreChecked();
    void hmacSecretVerifies();
    void countdownIsLive();
    void verdictFollowsTheClock();
    void malformedTokenShowsTheProblem();
    void problemNamesItsPartOnce();
    void checksColumnsFitTheirText();
    void opaqueTokenSuggestsIntrospection();
    void encryptedAndUnsecuredTokens();
    void redirectUrlOffersEveryToken();
    void fileChooserLoadsTokenAndKeyFiles();
    void oversizedFileIsRefused();
    void droppedFileIsLoaded();
    void keysFetchedFromUrl();
    void keyErrorsAreShown();
};

void TestTokenInspector::typedTokenIsDecodedAndVerified()
{
    const TestKeys::KeyPair key = TestKeys::generate(Jose::Algorithm::ES256, u"key-1"_s);
    const QString token = TestKeys::signCompact(key, {{u"typ"_s, u"JWT"_s}}, idTokenClaims());

    TokenInspector inspector(nullptr);
    const Ui ui = find(&inspector);
    QVERIFY(ui.input && ui.payloadTable && ui.headerTable && ui.keyInput && ui.checksTable && ui.banner);
    inspector.show();

    // Typed character by character: decoded once the debounce settles.
    QTest::keyClicks(ui.input, token);
    QTRY_COMPARE(claimCell(ui.payloadTable->model(), u"iss"_s, ClaimsModel::Value), u"https://issuer.example"_s);
    QVERIFY(!claimCell(ui.payloadTable->model(), u"iss"_s, ClaimsModel::Meaning).isEmpty());
    QCOMPARE(claimCell(ui.headerTable->model(), u"alg"_s, ClaimsModel::Value), u"ES256"_s);
    QCOMPARE(claimCell(ui.headerTable->model(), u"kid"_s, ClaimsModel::Value), u"key-1"_s);
    QVERIFY(ui.kind->text().contains(u"JWS"_s));
    QVERIFY(ui.summary->text().contains(u"ES256"_s));
    QVERIFY(ui.summary->text().contains(u"key-1"_s));
    QVERIFY(ui.expiry->isVisible());
    QVERIFY2(ui.expiry->text().contains(u"expire"_s), qPrintable(ui.expiry->text()));
    QVERIFY(inspector.findChild<QPlainTextEdit *>(u"payloadJsonView"_s)->toPlainText().contains(u"\"sub\": \"alice\""_s));

    // No key yet: the signature is not checked and the banner does not claim validity.
    QCOMPARE(checkStatus(ui.checksTable, u"signature"_s), int(Jose::CheckStatus::Skip));
    QVERIFY(!ui.banner->text().startsWith(u"Valid"_s));

    ui.keyInput->setPlainText(QString::fromUtf8(TestKeys::jwks({key})));
    QTRY_COMPARE(checkStatus(ui.checksTable, u"signature"_s), int(Jose::CheckStatus::Pass));
    QCOMPARE(ui.banner->text(), u"Valid"_s);
    QVERIFY(inspector.findChild<QLabel *>(u"keyStatusLabel"_s)->text().contains(u"key-1"_s));
}

void TestTokenInspector::tokenSignedByAnotherKeyFails()
{
    const TestKeys::KeyPair key = TestKeys::generate(Jose::Algorithm::ES256, u"key-1"_s);
    const TestKeys::KeyPair other = TestKeys::generate(Jose::Algorithm::ES256, u"key-1"_s);
    TokenInspector inspector(nullptr);
    const Ui ui = find(&inspector);
    ui.keyInput->setPlainText(QString::fromUtf8(TestKeys::jwks({key})));

    ui.input->setPlainText(TestKeys::signCompact(key, {}, idTokenClaims()));
    QTRY_COMPARE(checkStatus(ui.checksTable, u"signature"_s), int(Jose::CheckStatus::Pass));
    QCOMPARE(ui.banner->text(), u"Valid"_s);

    ui.input->setPlainText(TestKeys::signCompact(other, {}, idTokenClaims()));
    QTRY_COMPARE(checkStatus(ui.checksTable, u"signature"_s), int(Jose::CheckStatus::Fail));
    QVERIFY2(ui.banner->text().startsWith(u"Invalid"_s), qPrintable(ui.banner->text()));
    QCOMPARE(ui.banner->text(), QCoreApplication::translate("VerificationPanel", "Invalid: %n check(s) failed", nullptr, 1));
}

void TestTokenInspector::expectationsAreChecked()
{
    const TestKeys::KeyPair key = TestKeys::generate(Jose::Algorithm::RS256, u"rsa"_s);
    TokenInspector inspector(nullptr);
    const Ui ui = find(&inspector);
    inspector.setTokenText(TestKeys::signCompact(key, {}, idTokenClaims()));
    inspector.verificationPanel()->keySource()->setKeyText(QString::fromUtf8(TestKeys::jwks({key})));
    QCOMPARE(checkStatus(ui.checksTable, u"signature"_s), int(Jose::CheckStatus::Pass));

    auto *issuer = inspector.findChild<QLineEdit *>(u"expectedIssuerInput"_s);
    auto *audience = inspector.findChild<QLineEdit *>(u"expectedAudienceInput"_s);
    QVERIFY(issuer && audience);
    issuer->setText(u"https://issuer.example"_s);
    audience->setText(u"client-1"_s);
    QCOMPARE(checkStatus(ui.checksTable, u"iss"_s), int(Jose::CheckStatus::Pass));
    QCOMPARE(checkStatus(ui.checksTable, u"aud"_s), int(Jose::CheckStatus::Pass));
    QCOMPARE(ui.banner->text(), u"Valid"_s);

    issuer->setText(u"https://evil.example"_s);
    audience->setText(u"someone-else"_s);
    QCOMPARE(checkStatus(ui.checksTable, u"iss"_s), int(Jose::CheckStatus::Fail));
    QCOMPARE(checkStatus(ui.checksTable, u"aud"_s), int(Jose::CheckStatus::Fail));
    QCOMPARE(ui.banner->text(), QCoreApplication::translate("VerificationPanel", "Invalid: %n check(s) failed", nullptr, 2));
}

void TestTokenInspector::hmacSecretVerifies()
{
    const TestKeys::KeyPair key = TestKeys::generate(Jose::Algorithm::HS256);
    // A secret a person can type: sign with it directly.
    TestKeys::KeyPair typed = key;
    typed.secret = "correct horse battery staple, long enough for HS256";
    TokenInspector inspector(nullptr);
    const Ui ui = find(&inspector);
    inspector.setTokenText(TestKeys::signCompact(typed, {}, idTokenClaims()));

    auto *mode = inspector.findChild<QComboBox *>(u"keySourceCombo"_s);
    auto *secret = inspector.findChild<QLineEdit *>(u"secretInput"_s);
    auto *reveal = inspector.findChild<QToolButton *>(u"revealSecretButton"_s);
    QVERIFY(mode && secret && reveal);
    // An HMAC token with no key entered yet switches the key source to the shared secret.
    QCOMPARE(mode->currentIndex(), 1);
    QVERIFY(secret->isVisibleTo(&inspector));
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    reveal->click();
    QCOMPARE(secret->echoMode(), QLineEdit::Normal);
    reveal->click();
    QCOMPARE(secret->echoMode(), QLineEdit::Password);

    secret->setText(QString::fromUtf8(typed.secret));
    QCOMPARE(checkStatus(ui.checksTable, u"signature"_s), int(Jose::CheckStatus::Pass));
    QCOMPARE(ui.banner->text(), u"Valid"_s);
    secret->setText(u"wrong secret"_s);
    QCOMPARE(checkStatus(ui.checksTable, u"signature"_s), int(Jose::CheckStatus::Fail));
    QVERIFY(ui.banner->text().startsWith(u"Invalid"_s));
}

void TestTokenInspector::countdownIsLive()
{
    const TestKeys::KeyPair key = TestKeys::generate(Jose::Algorithm::ES256);
    QJsonObject claims = idTokenClaims();
    claims.insert(u"exp"_s, QDateTime::currentSecsSinceEpoch() + 3);
    TokenInspector inspector(nullptr);
    const Ui ui = find(&inspector);
    inspector.show();
    inspector.setTokenText(TestKeys::signCompact(key, {}, claims));
    QVERIFY2(!ui.expiry->text().contains(u"expired"_s), qPrintable(ui.expiry->text()));
    const QDateTime firstReference = inspector.decodedView()->payloadModel()->referenceTime();
    // The 1 s tick moves the tables' reference time and the label, with no new input.
    QTRY_VERIFY_WITH_TIMEOUT(ui.expiry->text().contains(u"expired"_s), 10000);
    QVERIFY(inspector.decodedView()->payloadModel()->referenceTime() > firstReference);
    QVERIFY(claimCell(ui.payloadTable->model(), u"exp"_s, ClaimsModel::Interpretation).contains(u"expired"_s));
}

void TestTokenInspector::verdictFollowsTheClock()
{
    const TestKeys::KeyPair key = TestKeys::generate(Jose::Algorithm::ES256);
    QJsonObject claims = idTokenClaims();
    TokenInspector inspector(nullptr);
    const Ui ui = find(&inspector);
    inspector.findChild<QSpinBox *>(u"clockSkewSpin"_s)->setValue(0);
    inspector.verificationPanel()->keySource()->setKeyText(QString::fromUtf8(TestKeys::jwks({key})));
    claims.insert(u"exp"_s, QDateTime::currentSecsSinceEpoch() + 3);
    inspector.setTokenText(TestKeys::signCompact(key, {}, claims));
    QCOMPARE(checkStatus(ui.checksTable, u"exp"_s), int(Jose::CheckStatus::Pass));
    QCOMPARE(ui.banner->text(), u"Valid"_s);
    // Nothing is typed: the panel re-verifies by itself once exp has passed.
    QTRY_COMPARE_WITH_TIMEOUT(checkStatus(ui.checksTable, u"exp"_s), int(Jose::CheckStatus::Fail), 10000);
    QVERIFY(ui.banner->text().startsWith(u"Invalid"_s));
}

void TestTokenInspector::problemNamesItsPartOnce()
{
    // A JWE whose encrypted key holds a '*': the part is named once, as a title.
    const QString jwe = QString::fromLatin1(QByteArray(R"({"alg":"RSA-OAEP","enc":"A128GCM"})").toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    const Jose::DecodedToken expected = Jose::decodeToken(QString(jwe + u".a*.AAAA.AAAA.AAAA"_s));
    QCOMPARE(expected.problems.size(), 1);

    TokenInspector inspector(nullptr);
    const Ui ui = find(&inspector);
    inspector.show();
    ui.input->setPlainText(expected.compact);
    QTRY_VERIFY(ui.problems->isVisible());
    QCOMPARE(ui.problems->text(), QString(u"Encrypted key: "_s + expected.problems.first().detail));
}

void TestTokenInspector::checksColumnsFitTheirText()
{
    TokenInspector inspector(nullptr);
    const Ui ui = find(&inspector);
    QHeaderView *header = ui.checksTable->horizontalHeader();
    QCOMPARE(header->sectionResizeMode(ChecksModel::Name), QHeaderView::ResizeToContents);
    QCOMPARE(header->sectionResizeMode(ChecksModel::Status), QHeaderView::ResizeToContents);
    QCOMPARE(header->sectionResizeMode(ChecksModel::Detail), QHeaderView::Stretch);
    // A long status text still fits its column.
    inspector.show();
    ui.input->setPlainText(u"eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0."_s);
    QTRY_VERIFY(ui.checksTable->model()->rowCount() > 0);
    const QAbstractItemView *view = ui.checksTable; // sizeHintForColumn() is public here
    QTRY_VERIFY(ui.checksTable->columnWidth(ChecksModel::Status) >= view->sizeHintForColumn(ChecksModel::Status));
    QVERIFY(ui.checksTable->columnWidth(ChecksModel::Name) >= view->sizeHintForColumn(ChecksModel::Name));
}

void TestTokenInspector::malformedTokenShowsTheProblem()
{
    // A header that is base64url but not JSON.
    const QString broken = QString::fromLatin1(QByteArray("{\"alg\":").toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
        + u".eyJzdWIiOiJ4In0.c2ln"_s;
    const Jose::DecodedToken expected = Jose::decodeToken(broken);
    QCOMPARE(expected.kind, Jose::TokenKind::Malformed);
    QVERIFY(!expected.problems.isEmpty());

    TokenInspector inspector(nullptr);
    const Ui ui = find(&inspector);
    inspector.show();
    ui.input->setPlainText(broken);
    QTRY_VERIFY(ui.problems->isVisible());
    QVERIFY(ui.kind->text().contains(u"Malformed"_s));
    QVERIFY2(ui.problems->text().startsWith(u"Header: "_s), qPrintable(ui.problems->text()));
    const QString firstMessage = expected.problems.first().message;
    QVERIFY(ui.problems->text().contains(firstMessage.mid(firstMessage.indexOf(u':') + 1).trimmed()));
    QVERIFY(ui.banner->text().startsWith(u"Invalid"_s));
}

void TestTokenInspector::opaqueTokenSuggestsIntrospection()
{
    TokenInspector inspector(nullptr);
    const Ui ui = find(&inspector);
    inspector.setTokenText(u"2YotnFZFEjr1zCsicMWpAA"_s); // RFC 6749 §4.1.4's example
    QVERIFY(ui.kind->text().contains(u"Opaque"_s));
    QVERIFY(ui.summary->text().contains(u"length 22"_s));
    QVERIFY(ui.summary->text().contains(u"introspection"_s));
    QVERIFY(ui.banner->text().contains(u"introspection"_s));
    QCOMPARE(ui.payloadTable->model()->rowCount(), 0);
}

void TestTokenInspector::encryptedAndUnsecuredTokens()
{
    const auto b64 = [](const QByteArray &bytes) {
        return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    };
    TokenInspector inspector(nullptr);
    const Ui ui = find(&inspector);

    const QString jwe = b64(R"({"alg":"RSA-OAEP","enc":"A256GCM","kid":"enc-1"})") + u'.' + b64(QByteArray(256, 'k')) + u'.'
        + b64(QByteArray(12, 'i')) + u'.' + b64("ciphertext bytes") + u'.' + b64(QByteArray(16, 't'));
    inspector.setTokenText(jwe);
    QVERIFY2(ui.kind->text().contains(u"JWE"_s), qPrintable(ui.kind->text()));
    QVERIFY(ui.summary->text().contains(u"payload encrypted"_s));
    QVERIFY(ui.summary->text().contains(u"A256GCM"_s));
    QCOMPARE(claimCell(ui.headerTable->model(), u"enc"_s, ClaimsModel::Value), u"A256GCM"_s);
    QCOMPARE(ui.payloadTable->model()->rowCount(), 0);
    QVERIFY2(ui.banner->text().startsWith(u"Encrypted"_s), qPrintable(ui.banner->text()));

    const QString unsecured = b64(R"({"alg":"none"})") + u'.' + b64(R"({"sub":"mallory"})") + u'.';
    inspector.setTokenText(unsecured);
    QVERIFY2(ui.kind->text().contains(u"Unsecured"_s), qPrintable(ui.kind->text()));
    QVERIFY(ui.summary->text().contains(u"no signature"_s));
    QCOMPARE(claimCell(ui.payloadTable->model(), u"sub"_s, ClaimsModel::Value), u"mallory"_s);
    QVERIFY2(ui.banner->text().startsWith(u"Invalid"_s), qPrintable(ui.banner->text()));
}

void TestTokenInspector::redirectUrlOffersEveryToken()
{
    const TestKeys::KeyPair key = TestKeys::generate(Jose::Algorithm::ES256, u"k"_s);
    QJsonObject accessClaims = idTokenClaims();
    accessClaims.insert(u"scope"_s, u"openid profile"_s);
    const QString idToken = TestKeys::signCompact(key, {}, idTokenClaims());
    const QString accessToken = TestKeys::signCompact(key, {{u"typ"_s, u"at+jwt"_s}}, accessClaims);
    const QString url = u"https://app.example/callback#id_token="_s + idToken + u"&access_token="_s + accessToken
        + u"&token_type=Bearer&state=xyz"_s;

    TokenInspector inspector(nullptr);
    const Ui ui = find(&inspector);
    inspector.show();
    auto *chooser = inspector.findChild<QComboBox *>(u"tokenCandidateCombo"_s);
    QVERIFY(chooser);
    QVERIFY(!chooser->isVisible());
    ui.input->setPlainText(url);
    QTRY_VERIFY(chooser->isVisible());
    QCOMPARE(chooser->count(), 2);
    QStringList items;
    for (int i = 0; i < chooser->count(); ++i)
        items << chooser->itemText(i);
    QVERIFY2(items.first().contains(u"id_token"_s) || items.last().contains(u"id_token"_s), qPrintable(items.join(u", ")));
    QVERIFY(items.first().contains(u"access_token"_s) || items.last().contains(u"access_token"_s));

    const bool accessFirst = items.first().contains(u"access_token"_s);
    QCOMPARE(claimRow(ui.payloadTable->model(), u"scope"_s) >= 0, accessFirst);
    // Choose the other one with the keyboard, as a user would.
    chooser->setFocus();
    QCOMPARE(chooser->currentIndex(), 0);
    QTest::keyClick(chooser, Qt::Key_Down);
    QCOMPARE(chooser->currentIndex(), 1);
    QCOMPARE(inspector.inputPanel()->currentToken(), accessFirst ? idToken : accessToken);
    QCOMPARE(claimRow(ui.payloadTable->model(), u"scope"_s) >= 0, !accessFirst);

    // Editing the input keeps the choice when the same parameter is still there.
    ui.input->setPlainText(url + u"&session_state=1"_s);
    QTRY_COMPARE(inspector.inputPanel()->currentToken(), accessFirst ? idToken : accessToken);
}

void TestTokenInspector::fileChooserLoadsTokenAndKeyFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const TestKeys::KeyPair key = TestKeys::generate(Jose::Algorithm::EdDSA, u"ed"_s);
    const QString token = TestKeys::signCompact(key, {}, idTokenClaims(u"https://from-file.example"_s));
    const QString tokenFile = writeFile(dir, u"token.jwt"_s, token.toUtf8() + "\n");
    const QString pemFile = writeFile(dir, u"key.pem"_s, key.publicPem);
    QVERIFY(!tokenFile.isEmpty() && !pemFile.isEmpty());

    ScriptedFileChooser chooser;
    TokenInspector inspector(nullptr);
    inspector.setFileChooser(&chooser);
    const Ui ui = find(&inspector);
    inspector.show();

    // Cancelled: nothing changes.
    auto *open = inspector.findChild<QPushButton *>(u"openTokenFileButton"_s);
    QVERIFY(open);
    QTest::mouseClick(open, Qt::LeftButton);
    QCOMPARE(chooser.titles.size(), 1);
    QVERIFY(ui.input->toPlainText().isEmpty());

    chooser.next = {tokenFile};
    QTest::mouseClick(open, Qt::LeftButton);
    QCOMPARE(ui.input->toPlainText().trimmed(), token);
    QCOMPARE(claimCell(ui.payloadTable->model(), u"iss"_s, ClaimsModel::Value), u"https://from-file.example"_s);

    chooser.next = {pemFile};
    QTest::mouseClick(inspector.findChild<QPushButton *>(u"loadKeyFileButton"_s), Qt::LeftButton);
    QCOMPARE(ui.keyInput->toPlainText().trimmed(), QString::fromUtf8(key.publicPem).trimmed());
    QCOMPARE(checkStatus(ui.checksTable, u"signature"_s), int(Jose::CheckStatus::Pass));
    QCOMPARE(ui.banner->text(), u"Valid"_s);
}

void TestTokenInspector::oversizedFileIsRefused()
{
    QTemporaryDir dir;
    const QString big = writeFile(dir, u"big.txt"_s, QByteArray(Jose::MaxTokenInputBytes + 1, 'a'));
    QVERIFY(!big.isEmpty());
    ScriptedFileChooser chooser;
    chooser.next = {big};
    TokenInspector inspector(nullptr);
    inspector.setFileChooser(&chooser);
    inspector.show();
    inspector.setTokenText(u"2YotnFZFEjr1zCsicMWpAA"_s);
    inspector.openFile();
    QCOMPARE(inspector.inputPanel()->text(), u"2YotnFZFEjr1zCsicMWpAA"_s);
    QVERIFY2(inspector.inputPanel()->message().contains(u"1 MiB"_s), qPrintable(inspector.inputPanel()->message()));
    QVERIFY(inspector.findChild<QLabel *>(u"inputMessage"_s)->isVisible());

    // Exactly the limit is accepted (the parser then decides what it is).
    const QString limit = writeFile(dir, u"limit.txt"_s, QByteArray(Jose::MaxTokenInputBytes, 'a'));
    QVERIFY(inspector.loadFile(limit));
    QCOMPARE(inspector.inputPanel()->text().size(), Jose::MaxTokenInputBytes);
}

void TestTokenInspector::droppedFileIsLoaded()
{
    QTemporaryDir dir;
    const TestKeys::KeyPair key = TestKeys::generate(Jose::Algorithm::ES256);
    const QString token = TestKeys::signCompact(key, {}, idTokenClaims(u"https://dropped.example"_s));
    const QString path = writeFile(dir, u"dropped.txt"_s, token.toUtf8());
    TokenInspector inspector(nullptr);
    const Ui ui = find(&inspector);
    inspector.show();

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    const QPointF at(10, 10);
    QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&inspector, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&inspector, &drop);
    QCOMPARE(claimCell(ui.payloadTable->model(), u"iss"_s, ClaimsModel::Value), u"https://dropped.example"_s);

    // A file dropped or pasted onto the text box is loaded, not inserted as its URL: both end in
    // insertFromMimeData, which paste() reaches without a drag session.
    ui.input->clear();
    auto *clip = new QMimeData;
    clip->setUrls({QUrl::fromLocalFile(path)});
    QApplication::clipboard()->setMimeData(clip);
    ui.input->paste();
    QCOMPARE(ui.input->toPlainText(), token);
}

void TestTokenInspector::keysFetchedFromUrl()
{
    const TestKeys::KeyPair key = TestKeys::generate(Jose::Algorithm::PS256, u"ps"_s);
    const QByteArray body = TestKeys::jwks({key});
    OneResponseServer server("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                             + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    QVERIFY(server.listen(QHostAddress::LocalHost));

    QNetworkAccessManager network;
    HttpClient http(&network);
    TokenInspector inspector(&http);
    const Ui ui = find(&inspector);
    inspector.setTokenText(TestKeys::signCompact(key, {}, idTokenClaims()));

    auto *url = inspector.findChild<QLineEdit *>(u"jwksUrlInput"_s);
    auto *fetch = inspector.findChild<QPushButton *>(u"fetchJwksButton"_s);
    QVERIFY(url && fetch);
    QVERIFY(!fetch->isEnabled());
    url->setText(u"http://127.0.0.1:%1/.well-known/jwks.json"_s.arg(server.serverPort()));
    QVERIFY(fetch->isEnabled());
    fetch->click();
    QTRY_COMPARE(checkStatus(ui.checksTable, u"signature"_s), int(Jose::CheckStatus::Pass));
    QVERIFY(server.m_request.startsWith("GET /.well-known/jwks.json"));
    QCOMPARE(ui.keyInput->toPlainText().toUtf8(), body);

    // A server error is said, and the keys stay as they were.
    server.close();
    url->setText(u"http://127.0.0.1:%1/gone"_s.arg(server.serverPort()));
    fetch->click();
    auto *status = inspector.findChild<QLabel *>(u"keyStatusLabel"_s);
    QTRY_VERIFY2(status->text().startsWith(u"Could not fetch"_s), qPrintable(status->text()));
    QCOMPARE(checkStatus(ui.checksTable, u"signature"_s), int(Jose::CheckStatus::Pass));

    url->setText(u"ftp://example.com/keys"_s);
    fetch->click();
    QVERIFY(status->text().contains(u"https://"_s));
}

void TestTokenInspector::keyErrorsAreShown()
{
    TokenInspector inspector(nullptr);
    const Ui ui = find(&inspector);
    auto *status = inspector.findChild<QLabel *>(u"keyStatusLabel"_s);
    inspector.verificationPanel()->keySource()->setKeyText(u"this is not a key"_s);
    QVERIFY2(status->text().startsWith(u"Keys not loaded"_s), qPrintable(status->text()));
    QVERIFY(!inspector.verificationPanel()->keySource()->keySet().has_value());
    inspector.verificationPanel()->keySource()->setKeyText(QString());
    QVERIFY(status->text().startsWith(u"No keys"_s));

    // A JWKS with one key the loader skips: the usable key verifies, the skipped one is said.
    const TestKeys::KeyPair key = TestKeys::generate(Jose::Algorithm::ES384, u"good"_s);
    const QJsonObject alien{{u"kty"_s, u"alien"_s}, {u"kid"_s, u"strange"_s}};
    const QJsonObject jwks{{u"keys"_s, QJsonArray{key.publicJwk, alien}}};
    inspector.setTokenText(TestKeys::signCompact(key, {}, idTokenClaims()));
    inspector.verificationPanel()->keySource()->setKeyText(QString::fromUtf8(QJsonDocument(jwks).toJson()));
    QCOMPARE(checkStatus(ui.checksTable, u"signature"_s), int(Jose::CheckStatus::Pass));
    QVERIFY2(status->text().contains(u"Warning: "_s), qPrintable(status->text()));
    QVERIFY(status->text().contains(u"good"_s));
}

QTEST_MAIN(TestTokenInspector)
#include "tst_tokeninspector.moc"
