// SPDX-License-Identifier: GPL-3.0-or-later
// The setup wizard against the real sandbox (in-process SandboxServer, real sockets), with the
// admin secret and the new client's secret in the real keychain (KEYRING): typed into by
// accessible name, then checked in the tenant's state exactly as entered; field-level errors
// (a workspace id taken behind the wizard's back: 409; a bad TTL; bad JSON in the users table);
// "Try it" signed in by a scripted browser (httpbrowser.h); leaving and resuming.

#include "../integration/httpbrowser.h"

#include "admin/goduration.h"
#include "filechooser.h"
#include "http/httpclient.h"
#include "oauth/browserlauncher.h"
#include "oauth/providerpresets.h"
#include "oauth/tokenset.h"
#include "jose/decodedtoken.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "sandboxserver.h"
#include "setup/idppage.h"
#include "setup/setupwizard.h"
#include "tenantstate.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

const QString Tenant = u"default"_s;
const QString Alice = u"alice"_s;
const QString AlicePassword = u"Wonder land+&42"_s;

class AnsweringChooser final : public FileChooser
{
public:
    QString answer;
    QString openFile(QWidget *, const QString &, const QString &) override { return answer; }
};

} // namespace

class TestSetupWizard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void parsesUsersFromCsvAndJson();
    void wholeWizardByKeyboard();
    void tryItWithHeadlessChromium();
    void resumesWhereItWasLeft();
    void takenIdAndBadTtlShownAtTheField();
    void wrongAdminSecretSaysWhatToFix();
    void everyInteractiveWidgetHasAnAccessibleName();

private:
    template<typename T>
    T *byName(const QString &accessibleName) const
    {
        // The current page first: the pages share some names ("Grant type: password").
        QList<T *> all = m_wizard->currentPage()->findChildren<T *>();
        all += m_wizard->findChildren<T *>();
        for (T *widget : all) {
            if (widget->accessibleName() == accessibleName)
                return widget;
        }
        qWarning() << "no widget named" << accessibleName;
        return nullptr;
    }
    QPushButton *buttonNamed(const char *objectName) const
    {
        return m_wizard->findChild<QPushButton *>(QLatin1String(objectName));
    }
    void type(const QString &accessibleName, const QString &text);
    // A check box or radio button by keyboard (a mouse click in the middle of a wide one misses).
    static void press(QAbstractButton *button)
    {
        QVERIFY(button);
        button->setFocus();
        QTest::keyClick(button, Qt::Key_Space);
    }
    void typeIntoCell(QTableWidget *table, int row, int column, const QString &text);
    bool connectToSandbox();
    bool next();
    std::optional<QByteArray> readSecret(const QString &profileId);

    QTemporaryDir m_dir;
    std::unique_ptr<Sandbox::SandboxServer> m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<Profiles::ProfileStore> m_profiles;
    std::unique_ptr<Profiles::SecretStore> m_secrets;
    std::unique_ptr<TestBrowser::HttpBrowser> m_browser;
    AnsweringChooser m_chooser;
    std::unique_ptr<SetupWizard> m_wizard;
    QString m_adminProfileId;
};

void TestSetupWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"tokenscope-tests"_s);
    QCoreApplication::setApplicationName(u"tst_setupwizard"_s);
    QSettings().remove(u"setupWizard"_s);
    QVERIFY(m_dir.isValid());
    Sandbox::SandboxOptions options;
    options.tenantId = Tenant;
    m_server = std::make_unique<Sandbox::SandboxServer>(options);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));

    m_http = std::make_unique<HttpClient>(&m_network);
    m_profiles = std::make_unique<Profiles::ProfileStore>(m_dir.filePath(u"profiles"_s));
    QVERIFY(m_profiles->load().ok);
    m_secrets = std::make_unique<Profiles::SecretStore>(u"tokenscope-test-setupwizard"_s);

    // The "Local sandbox" admin profile, as LocalSandbox makes it.
    Profiles::Profile admin;
    admin.name = u"Local sandbox"_s;
    admin.preset = u"sandbox"_s;
    admin.presetFields = {{u"base_url"_s, m_server->baseUrl().toString()},
                          {u"tenant_id"_s, Tenant},
                          {u"workspace_id"_s, u"admin"_s},
                          {u"local_sandbox"_s, u"true"_s}};
    admin.clientId = m_server->state().adminClientId();
    admin = Presets::applyToProfile(admin, false);
    QVERIFY(m_profiles->add(admin, &m_adminProfileId).ok);
    std::optional<Profiles::SecretResult> written;
    m_secrets->write(m_adminProfileId, Profiles::SecretKind::ClientSecret, m_server->state().adminClientSecret().toUtf8(),
                     this, [&](const Profiles::SecretResult &r) { written = r; });
    QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 10000);
    QVERIFY2(written->ok(), qPrintable(written->error));
}

void TestSetupWizard::cleanupTestCase()
{
    QSettings().remove(u"setupWizard"_s);
}

void TestSetupWizard::init()
{
    m_browser = std::make_unique<TestBrowser::HttpBrowser>(Alice, AlicePassword);
    m_wizard = std::make_unique<SetupWizard>(m_http.get(), m_profiles.get(), m_secrets.get(), nullptr);
    m_wizard->setBrowserLauncher(m_browser.get());
    m_wizard->setFileChooser(&m_chooser);
    m_wizard->resize(1100, 800);
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
}

void TestSetupWizard::cleanup()
{
    m_wizard.reset();
    m_browser.reset();
}

void TestSetupWizard::type(const QString &accessibleName, const QString &text)
{
    auto *edit = byName<QLineEdit>(accessibleName);
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
    QCOMPARE(edit->text(), text);
}

void TestSetupWizard::typeIntoCell(QTableWidget *table, int row, int column, const QString &text)
{
    table->setFocus();
    table->setCurrentCell(row, column);
    QTest::keyClick(table, Qt::Key_F2);
    QLineEdit *editor = nullptr;
    for (QLineEdit *candidate : table->viewport()->findChildren<QLineEdit *>()) {
        if (candidate->isVisible())
            editor = candidate;
    }
    QVERIFY(editor);
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(table->item(row, column)->text(), text); // the delegate commits queued
}

bool TestSetupWizard::connectToSandbox()
{
    auto *sandbox = byName<QAbstractButton>(u"Local sandbox"_s);
    if (!sandbox || !sandbox->isChecked())
        return false;
    QTest::mouseClick(buttonNamed("testConnectionButton"), Qt::LeftButton);
    return QTest::qWaitFor([&] { return m_wizard->button(QWizard::NextButton)->isEnabled(); }, 15000);
}

bool TestSetupWizard::next()
{
    const int before = m_wizard->currentId();
    QAbstractButton *button = m_wizard->button(QWizard::NextButton);
    if (!button->isEnabled())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return m_wizard->currentId() == before + 1;
}

std::optional<QByteArray> TestSetupWizard::readSecret(const QString &profileId)
{
    std::optional<Profiles::SecretResult> read;
    m_secrets->read(profileId, Profiles::SecretKind::ClientSecret, this, [&](const Profiles::SecretResult &r) { read = r; });
    if (!QTest::qWaitFor([&] { return read.has_value(); }, 10000) || !read->ok())
        return std::nullopt;
    return read->value;
}

void TestSetupWizard::parsesUsersFromCsvAndJson()
{
    QString error;
    const QByteArray csv = "username,email,password,authentication_context\r\n"
                           "bob,bob@example.com,\"pa,ss\"\"word\",\"{\"\"name\"\": \"\"Bob\"\"}\"\r\n"
                           "carol,,secret,\n";
    const auto users = Setup::IdpPage::parseUsers(csv, true, &error);
    QVERIFY2(users, qPrintable(error));
    QCOMPARE(users->size(), 2);
    QCOMPARE(users->at(0)[u"password"_s].toString(), u"pa,ss\"word"_s);
    QCOMPARE(users->at(0)[u"authentication_context"_s][u"name"_s].toString(), u"Bob"_s);
    QCOMPARE(users->at(1)[u"username"_s].toString(), u"carol"_s);
    QVERIFY(!users->at(1).toObject().contains(u"email"_s));

    QVERIFY(!Setup::IdpPage::parseUsers("email\nx@example.com\n", true, &error));
    QVERIFY(error.contains(u"username"_s));
    QVERIFY(!Setup::IdpPage::parseUsers("username,authentication_context\nbob,{broken\n", true, &error));

    const auto json = Setup::IdpPage::parseUsers(R"({"credentials": {"users": [{"username": "dave", "password": "p"}]}})",
                                                 false, &error);
    QVERIFY2(json, qPrintable(error));
    QCOMPARE(json->at(0)[u"username"_s].toString(), u"dave"_s);
    QVERIFY(!Setup::IdpPage::parseUsers(R"([{"password": "p"}])", false, &error));
    QVERIFY(!Setup::IdpPage::parseUsers("[1,", false, &error));
}

void TestSetupWizard::wholeWizardByKeyboard()
{
    QSignalSpy tokens(m_wizard.get(), &SetupWizard::tokensReceived);
    QSignalSpy profilesMade(m_wizard.get(), &SetupWizard::profileCreated);
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(connectToSandbox());
    QVERIFY(m_wizard->findChild<QLabel *>(u"connectionStatusLabel"_s)->text().contains(u"1 workspace"_s));
    QVERIFY(next());

    // --- Workspace ---
    type(u"Workspace id"_s, u"wizard-ws"_s);
    type(u"Workspace name"_s, u"Wizard workspace"_s);
    type(u"Workspace colour"_s, u"#1f6feb"_s);
    type(u"Access token lifetime"_s, u"30m"_s);
    type(u"Refresh token lifetime"_s, u"2d"_s);
    press(byName<QCheckBox>(u"Grant type: password"_s));
    press(byName<QCheckBox>(u"Subject identifier type: pairwise"_s));
    const QJsonObject preview =
        QJsonDocument::fromJson(byName<QPlainTextEdit>(u"Workspace request preview"_s)->toPlainText().toUtf8()).object();
    QCOMPARE(preview[u"id"_s].toString(), u"wizard-ws"_s);
    QCOMPARE(preview[u"refresh_token_ttl"_s].toString(), u"48h"_s);
    QVERIFY(preview[u"grant_types"_s].toArray().contains(u"password"_s));
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    QTest::mouseClick(byName<QPushButton>(u"Create workspace"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_wizard->button(QWizard::NextButton)->isEnabled(), 15000);
    const auto ws = m_server->state().server(u"wizard-ws"_s);
    QVERIFY(ws);
    QCOMPARE(ws->value(u"name"_s).toString(), u"Wizard workspace"_s);
    QCOMPARE(ws->value(u"color"_s).toString(), u"#1f6feb"_s);
    // The sandbox answers Go's canonical form ("30m0s"): compared by value.
    QCOMPARE(Admin::GoDuration::seconds(ws->value(u"access_token_ttl"_s).toString()), 30 * 60);
    QCOMPARE(Admin::GoDuration::seconds(ws->value(u"refresh_token_ttl"_s).toString()), 48 * 3600);
    QCOMPARE(ws->value(u"grant_types"_s).toArray(),
             QJsonArray({u"authorization_code"_s, u"client_credentials"_s, u"refresh_token"_s, u"password"_s}));
    QCOMPARE(ws->value(u"subject_identifier_types"_s).toArray(), QJsonArray({u"public"_s, u"pairwise"_s}));
    QCOMPARE(ws->value(u"enforce_pkce_for_public_clients"_s).toBool(), true);
    QVERIFY(next());

    // --- Static IDP: one user typed, one imported, bad JSON refused ---
    type(u"Identity provider id"_s, u"wizard-idp"_s);
    type(u"Identity provider name"_s, u"Wizard users"_s);
    auto *table = byName<QTableWidget>(u"Users"_s);
    QVERIFY(table);
    QTest::mouseClick(byName<QPushButton>(u"Add user"_s), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 1);
    typeIntoCell(table, 0, Setup::IdpPage::UsernameColumn, Alice);
    typeIntoCell(table, 0, Setup::IdpPage::PasswordColumn, AlicePassword);
    typeIntoCell(table, 0, Setup::IdpPage::EmailColumn, u"alice@example.com"_s);
    typeIntoCell(table, 0, Setup::IdpPage::ContextColumn, u"{\"name\": \"Alice"_s);
    QVERIFY(!table->item(0, Setup::IdpPage::ContextColumn)->toolTip().isEmpty());
    QTest::mouseClick(byName<QPushButton>(u"Create identity provider"_s), Qt::LeftButton);
    auto *usersError = m_wizard->findChild<QLabel *>(u"credentials.usersError"_s);
    QVERIFY(usersError->isVisible());
    QVERIFY(usersError->text().contains(u"Row 1"_s));
    QVERIFY(m_server->state().idps(u"wizard-ws"_s).isEmpty());
    typeIntoCell(table, 0, Setup::IdpPage::ContextColumn, u"{\"name\": \"Alice\", \"team\": \"blue\"}"_s);
    QVERIFY(table->item(0, Setup::IdpPage::ContextColumn)->toolTip().isEmpty());

    const QString csvPath = m_dir.filePath(u"users.csv"_s);
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("username,password,email,additional_attributes\nbob,bob-pw,bob@example.com,\"{\"\"dept\"\": \"\"ops\"\"}\"\n");
    csv.close();
    m_chooser.answer = csvPath;
    QTest::mouseClick(byName<QPushButton>(u"Import users"_s), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 2);
    QTest::mouseClick(byName<QPushButton>(u"Create identity provider"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_wizard->button(QWizard::NextButton)->isEnabled(), 15000);
    const auto idp = m_server->state().staticIdp(u"wizard-ws"_s, u"wizard-idp"_s);
    QVERIFY(idp.ok());
    QCOMPARE(idp.value->value(u"name"_s).toString(), u"Wizard users"_s);
    const QJsonArray users = idp.value->value(u"credentials"_s)[u"users"_s].toArray();
    QCOMPARE(users.size(), 2);
    QCOMPARE(users[0][u"username"_s].toString(), Alice);
    QCOMPARE(users[0][u"password"_s].toString(), AlicePassword);
    QCOMPARE(users[0][u"email"_s].toString(), u"alice@example.com"_s);
    QCOMPARE(users[0][u"authentication_context"_s].toObject(),
             (QJsonObject{{u"name"_s, u"Alice"_s}, {u"team"_s, u"blue"_s}}));
    QCOMPARE(users[1][u"username"_s].toString(), u"bob"_s);
    QCOMPARE(users[1][u"additional_attributes"_s].toObject(), (QJsonObject{{u"dept"_s, u"ops"_s}}));
    QVERIFY(next());

    // --- Application: the loopback redirect pre-filled; a profile with the secret in the keychain ---
    QCOMPARE(byName<QPlainTextEdit>(u"Redirect URIs"_s)->toPlainText(), u"http://127.0.0.1/callback"_s);
    type(u"Application name"_s, u"Wizard app"_s);
    QTest::mouseClick(byName<QPushButton>(u"Create application"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_wizard->button(QWizard::NextButton)->isEnabled(), 15000);
    const SetupWizard::Progress progress = m_wizard->progress();
    const auto client = m_server->state().clientWithSecret(progress.clientId);
    QVERIFY(client);
    QCOMPARE(client->value(u"client_name"_s).toString(), u"Wizard app"_s);
    QCOMPARE(client->value(u"authorization_server_id"_s).toString(), u"wizard-ws"_s);
    QCOMPARE(client->value(u"redirect_uris"_s).toArray(), QJsonArray({u"http://127.0.0.1/callback"_s}));
    QCOMPARE(client->value(u"grant_types"_s).toArray(), QJsonArray({u"authorization_code"_s, u"refresh_token"_s}));
    const auto profile = m_profiles->findById(progress.clientProfileId);
    QVERIFY(profile);
    QCOMPARE(profile->clientId, progress.clientId);
    QCOMPARE(profile->preset, u"sandbox"_s);
    QCOMPARE(profile->presetFields.value(u"workspace_id"_s), u"wizard-ws"_s);
    QVERIFY(!profile->presetFields.contains(u"local_sandbox"_s));
    QVERIFY(profilesMade.contains(QVariantList{progress.clientProfileId}));
    const auto secret = readSecret(progress.clientProfileId);
    QVERIFY(secret);
    QCOMPARE(*secret, client->value(u"client_secret"_s).toString().toUtf8());
    // Progress keeps ids, never the secret.
    QSettings settings;
    for (const QString &key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains(QString::fromUtf8(*secret)), qPrintable(key));
    QVERIFY(next());

    // --- Try it: the scripted browser signs in as alice ---
    QTest::mouseClick(byName<QPushButton>(u"Sign in in the browser"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!tokens.isEmpty(), 30000);
    QVERIFY2(m_browser->problems.isEmpty(), qPrintable(m_browser->problems.join(u'\n')));
    const auto set = tokens.first().first().value<OAuth::TokenSet>();
    QCOMPARE(set.profileId, progress.clientProfileId);
    QVERIFY(!set.accessToken.isEmpty());
    const Jose::DecodedToken id = Jose::decodeToken(set.idToken);
    QVERIFY(id.claims);
    QVERIFY(id.claims->value(u"iss"_s).toString().endsWith(u"/default/wizard-ws"_s));
    QCOMPARE(id.claims->value(u"aud"_s).toVariant().toString().isEmpty()
                 ? id.claims->value(u"aud"_s).toArray().first().toString()
                 : id.claims->value(u"aud"_s).toString(),
             progress.clientId);
    QVERIFY(byName<QPlainTextEdit>(u"Decoded tokens"_s)->toPlainText().contains(u"wizard-ws"_s));
    QVERIFY(m_wizard->button(QWizard::FinishButton)->isEnabled());
}

// The Try it step with the real browser: Debian's headless Chromium through playwright-core
// (tests/e2e/lib/browser.mjs as the browser command) signs in on the sandbox's login page.
void TestSetupWizard::tryItWithHeadlessChromium()
{
    const QString e2e = QStringLiteral(TOKENSCOPE_E2E_DIR);
    const QString node = QStandardPaths::findExecutable(u"node"_s);
    QVERIFY2(!node.isEmpty(), "node is not on PATH: install Node.js 18 or newer to run this test");
    QVERIFY2(QFileInfo::exists(e2e + u"/node_modules/playwright-core/package.json"),
             "playwright-core is not installed: run `npm ci` in tests/e2e (scripts/test does this before ctest)");
    qputenv("TOKENSCOPE_E2E_USER", Alice.toUtf8());
    qputenv("TOKENSCOPE_E2E_PASSWORD", AlicePassword.toUtf8());
    OAuth::CommandBrowserLauncher chromium(u"'"_s + node + u"' '"_s + e2e + u"/lib/browser.mjs'"_s);
    m_wizard->setBrowserLauncher(&chromium);

    // Resumed from the previous test's progress: straight on to Try it.
    QVERIFY(connectToSandbox());
    const QString clientId = m_wizard->progress().clientId;
    QVERIFY(!clientId.isEmpty());
    for (int step = 0; step < 4; ++step)
        QVERIFY(next());
    QSignalSpy tokens(m_wizard.get(), &SetupWizard::tokensReceived);
    QTest::mouseClick(byName<QPushButton>(u"Sign in in the browser"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!tokens.isEmpty() || byName<QPushButton>(u"Sign in in the browser"_s)->isEnabled(), 60000);
    QVERIFY2(!tokens.isEmpty(), qPrintable(m_wizard->findChild<QLabel *>(u"tryStatusLabel"_s)->text()));
    const auto set = tokens.first().first().value<OAuth::TokenSet>();
    const Jose::DecodedToken id = Jose::decodeToken(set.idToken);
    QVERIFY(id.claims);
    QVERIFY(id.claims->value(u"iss"_s).toString().endsWith(u"/default/wizard-ws"_s));
    QVERIFY(byName<QPlainTextEdit>(u"Decoded tokens"_s)->toPlainText().contains(clientId));
    m_wizard.reset(); // before the launcher goes
}

void TestSetupWizard::resumesWhereItWasLeft()
{
    // The previous test's progress, kept in QSettings for this admin profile.
    QVERIFY(connectToSandbox());
    auto *created = m_wizard->findChild<QListWidget *>(u"createdList"_s);
    QCOMPARE(created->count(), 3);
    QVERIFY(created->item(0)->text().contains(u"Wizard workspace"_s));
    QVERIFY(next());
    QVERIFY(!byName<QPushButton>(u"Create workspace"_s)->isEnabled());
    QVERIFY(next());
    QVERIFY(next());
    QVERIFY(next());
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::TryPageId));

    QSignalSpy open(m_wizard.get(), &SetupWizard::openInAdminBrowserRequested);
    emit created->itemActivated(created->item(2));
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().at(0).toString(), u"client"_s);
    QCOMPARE(open.first().at(1).toString(), u"wizard-ws"_s);
    QCOMPARE(open.first().at(2).toString(), m_wizard->progress().clientId);

    // Start over: nothing is resumed any more, nothing is deleted.
    QTest::mouseClick(buttonNamed("startOverButton"), Qt::LeftButton);
    QCOMPARE(created->count(), 0);
    QVERIFY(m_server->state().server(u"wizard-ws"_s));
}

void TestSetupWizard::takenIdAndBadTtlShownAtTheField()
{
    QVERIFY(connectToSandbox());
    m_wizard->forgetProgress(); // what an earlier test created is not resumed here
    QVERIFY(next());
    auto *idError = m_wizard->findChild<QLabel *>(u"idError"_s);
    QVERIFY(idError);
    // Taken as typed: the wizard knows the workspaces listed at connect time.
    type(u"Workspace id"_s, u"admin"_s);
    QVERIFY(idError->isVisible());
    QVERIFY(idError->text().contains(u"taken"_s));
    type(u"Workspace id"_s, u"bad id!"_s);
    QVERIFY(idError->text().contains(u"letters"_s));

    // A bad TTL: shown at its field, nothing sent.
    type(u"Workspace id"_s, u"ttl-check"_s);
    QVERIFY(!idError->isVisible());
    type(u"ID token lifetime"_s, u"5 parsecs"_s);
    auto *ttlError = m_wizard->findChild<QLabel *>(u"id_token_ttlError"_s);
    QVERIFY(ttlError->isVisible());
    QTest::mouseClick(byName<QPushButton>(u"Create workspace"_s), Qt::LeftButton);
    QVERIFY(ttlError->isVisible());
    QVERIFY(!m_server->state().server(u"ttl-check"_s));
    type(u"ID token lifetime"_s, u"1h"_s);
    QVERIFY(!ttlError->isVisible());

    // Taken behind the wizard's back: the API's 409 shown at the id field.
    QVERIFY(m_server->state().createServer(QJsonObject{{u"id"_s, u"ttl-check"_s}}).ok());
    QTest::mouseClick(byName<QPushButton>(u"Create workspace"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(idError->isVisible(), 15000);
    QVERIFY2(idError->text().contains(u"already exists"_s), qPrintable(idError->text()));
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(byName<QPushButton>(u"Create workspace"_s)->isEnabled());
}

void TestSetupWizard::wrongAdminSecretSaysWhatToFix()
{
    press(byName<QAbstractButton>(u"Cloudentity tenant"_s));
    // A vanity-domain tenant that is the sandbox: http://127.0.0.1:PORT/default.
    type(u"Tenant URL"_s, m_server->baseUrl().toString() + u"/default"_s);
    type(u"Admin client id"_s, m_server->state().adminClientId());
    type(u"Admin client secret"_s, u"not the secret"_s);
    QTest::mouseClick(buttonNamed("testConnectionButton"), Qt::LeftButton);
    auto *status = m_wizard->findChild<QLabel *>(u"connectionStatusLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!status->text().isEmpty() && !status->text().endsWith(u'…'), 15000);
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY2(status->text().contains(u"secret"_s, Qt::CaseInsensitive), qPrintable(status->text()));
}

void TestSetupWizard::everyInteractiveWidgetHasAnAccessibleName()
{
    QStringList unnamed;
    for (int id : m_wizard->pageIds()) {
        QWizardPage *page = m_wizard->page(id);
        for (QWidget *widget : page->findChildren<QWidget *>()) {
            if (widget->focusPolicy() == Qt::NoFocus || qobject_cast<QScrollBar *>(widget)
                || widget->inherits("QScrollArea") || widget->parent()->inherits("QAbstractScrollArea"))
                continue;
            if (widget->accessibleName().trimmed().isEmpty())
                unnamed << QString::fromLatin1(widget->metaObject()->className()) + u' ' + widget->objectName();
        }
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
}

QTEST_MAIN(TestSetupWizard)
#include "tst_setupwizard.moc"
