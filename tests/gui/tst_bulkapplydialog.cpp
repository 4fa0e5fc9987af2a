// SPDX-License-Identifier: GPL-3.0-or-later
// The bulk apply dialog (issue 6 "Bulk", issue 7 pacing) against the real sandbox (LocalSandbox:
// real sockets, the "Local sandbox" admin profile, its secret in the real keychain, KEYRING):
// a dry run writes nothing, Apply creates exactly what the file says and again changes nothing,
// a malformed file names its place and sends nothing, a cancel during a paced wait is resumed
// without duplicates, saved results hold no secret; opened from the admin browser and the wizard.

#include "admin/adminbrowserpage.h"
#include "admin/adminclient.h"
#include "admin/bulkapplydialog.h"
#include "admin/bulkresultsmodel.h"
#include "confirmation.h"
#include "filechooser.h"
#include "http/httpclient.h"
#include "http/ratelimittracker.h"
#include "itemmodels/admintreemodel.h"
#include "localsandbox.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "sandboxserver.h"
#include "setup/connectpage.h"
#include "setup/setupwizard.h"
#include "tenantstate.h"
#include "unnamedfocusable.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using Admin::Outcome;

namespace {

class AnsweringChooser final : public FileChooser
{
public:
    QString open;
    QString save;
    int opened = 0;
    QString openFile(QWidget *, const QString &, const QString &) override
    {
        ++opened;
        return open;
    }
    QString saveFile(QWidget *, const QString &, const QString &, const QString &) override { return save; }
};

class AnsweringConfirmation final : public Confirmation
{
public:
    bool answer = false;
    int asked = 0;
    bool confirm(QWidget *, const QString &, const QString &, const QString &) override
    {
        ++asked;
        return answer;
    }
    Answer askToSave(QWidget *, const QString &, const QString &) override { return Answer::Cancel; }
};

// A bulk file of 2 workspaces, 1 static IDP with users and 2 clients, its ids prefixed by tag.
QByteArray bulkFile(const QString &tag)
{
    QString json = uR"({
      "workspaces": [{"id": "TAG-a", "name": "TAG A", "access_token_ttl": "10m"},
                     {"id": "TAG-b", "name": "TAG B"}],
      "idps": [{"workspace": "TAG-a", "id": "TAG-staff", "name": "TAG staff", "credentials": {"users": [
                  {"username": "alice", "password": "alice-pw-1", "email": "alice@example.com"},
                  {"username": "bob", "password": "bob-pw-2"}]}}],
      "clients": [{"authorization_server_id": "TAG-a", "client_name": "TAG web", "grant_types": ["client_credentials"]},
                  {"authorization_server_id": "TAG-b", "client_id": "TAG-cli", "client_name": "TAG cli",
                   "grant_types": ["client_credentials"], "client_secret": "TAG-file-secret-0123456789abcdef-0123456789"}]
    })"_s;
    return json.replace(u"TAG"_s, tag).toUtf8();
}

} // namespace

class TestBulkApplyDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void dryRunListsCreatesAndWritesNothing();
    void applyCreatesAllThenAgainChangesNothing();
    void malformedFileNamesThePlaceAndSendsNothing();
    void cancelDuringAPacedWaitThenResume();
    void closingWhileRunningAsksFirst();
    void adminBrowserButtonOpensTheDialog();
    void wizardBulkButtonOpensTheDialog();
    void keyboardAndAccessibleNames();

private:
    Sandbox::TenantState &state() { return m_sandbox->server()->state(); }
    QString writeFile(const QString &name, const QByteArray &content);
    template<typename T>
    T *child(const QString &name) const
    {
        return m_dialog->findChild<T *>(name);
    }
    QPushButton *button(const QString &name) const { return child<QPushButton>(name); }
    QString text(const QString &label) const { return child<QLabel>(label)->text(); }
    bool runToEnd(const QString &buttonName);
    QStringList column(int column) const;
    int clientsNamed(const QString &wid, const QString &name);

    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    std::unique_ptr<HttpClient> m_http;
    RateLimits::RateLimitTracker m_tracker;
    std::unique_ptr<Profiles::ProfileStore> m_profiles;
    std::unique_ptr<Profiles::SecretStore> m_secrets;
    std::unique_ptr<Sandbox::LocalSandbox> m_sandbox;
    std::unique_ptr<Admin::AdminClient> m_client;
    std::unique_ptr<BulkApplyDialog> m_dialog;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    AnsweringChooser m_chooser;
    AnsweringConfirmation m_confirmation;
    QStringList m_adminWrites; // "METHOD path" of every POST/PUT/DELETE to the admin API
};

void TestBulkApplyDialog::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("TOKENSCOPE_IN_KEYRING_SESSION"), "run through ctest (the KEYRING fixture)");
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<BulkApplyDialog *>();
    QVERIFY(m_dir.isValid());
    m_http = std::make_unique<HttpClient>(&m_network);
    m_tracker.attach(m_http.get());
    connect(m_http.get(), &HttpClient::exchangeFinished, this, [this](const HttpExchange &exchange) {
        const QByteArray method = exchange.request.method;
        if (exchange.request.url.path().startsWith(u"/api/admin/"_s) && method != "GET")
            m_adminWrites << QString::fromLatin1(method) + u' ' + exchange.request.url.path();
    });
    m_profiles = std::make_unique<Profiles::ProfileStore>(m_dir.filePath(u"profiles"_s));
    QVERIFY(m_profiles->load().ok);
    m_secrets = std::make_unique<Profiles::SecretStore>(u"tokenscope-test-bulkapplydialog"_s);
    m_sandbox = std::make_unique<Sandbox::LocalSandbox>(m_profiles.get(), m_secrets.get(), QString());
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    const std::optional<Profiles::Profile> profile = m_profiles->findById(m_sandbox->profileId());
    QVERIFY(profile);
    m_client = std::make_unique<Admin::AdminClient>(m_http.get(), m_secrets.get(), &m_tracker);
    m_client->setProfile(*profile);
}

void TestBulkApplyDialog::init()
{
    m_chooser.open.clear();
    m_chooser.save.clear();
    m_chooser.opened = 0;
    m_confirmation.answer = false;
    m_confirmation.asked = 0;
    m_adminWrites.clear();
    m_dialog = std::make_unique<BulkApplyDialog>(m_client.get(), &m_tracker);
    m_dialog->setFileChooser(&m_chooser);
    m_dialog->setConfirmation(&m_confirmation);
    m_tester = std::make_unique<QAbstractItemModelTester>(m_dialog->resultsModel(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestBulkApplyDialog::cleanup()
{
    m_tester.reset();
    m_dialog.reset();
}

void TestBulkApplyDialog::cleanupTestCase()
{
    m_client.reset();
    m_sandbox.reset();
    QSettings().remove(u"bulkApplyDialogTest"_s);
}

QString TestBulkApplyDialog::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

bool TestBulkApplyDialog::runToEnd(const QString &buttonName)
{
    QPushButton *run = button(buttonName);
    if (!run || !run->isEnabled())
        return false;
    QSignalSpy finished(m_dialog.get(), &BulkApplyDialog::runFinished);
    QTest::mouseClick(run, Qt::LeftButton);
    return finished.wait(20'000) || !finished.isEmpty();
}

QStringList TestBulkApplyDialog::column(int column) const
{
    QStringList values;
    const BulkResultsModel *model = m_dialog->resultsModel();
    for (int row = 0; row < model->rowCount(); ++row)
        values << model->index(row, column).data().toString();
    return values;
}

int TestBulkApplyDialog::clientsNamed(const QString &wid, const QString &name)
{
    int count = 0;
    for (const QJsonObject &client : state().clients(wid))
        count += client.value(u"client_name"_s).toString() == name ? 1 : 0;
    return count;
}

void TestBulkApplyDialog::dryRunListsCreatesAndWritesNothing()
{
    m_chooser.open = writeFile(u"dry.json"_s, bulkFile(u"dry"_s));
    QTest::mouseClick(button(u"chooseFileButton"_s), Qt::LeftButton);
    QCOMPARE(m_chooser.opened, 1);
    QCOMPARE(child<QLineEdit>(u"bulkFilePath"_s)->text(), QDir::toNativeSeparators(m_chooser.open));
    // (Plural forms come from the English translation, which the test does not load.)
    const QString summary = text(u"bulkFileSummary"_s);
    QVERIFY2(summary.contains(u"2 workspace"_s) && summary.contains(u"1 identity provider"_s)
                 && summary.contains(u"2 client"_s),
             qPrintable(summary));
    QVERIFY(!child<QLabel>(u"bulkBanner"_s)->isVisible());

    QVERIFY(runToEnd(u"dryRunButton"_s));
    QCOMPARE(column(BulkResultsModel::ActionColumn), QStringList(5, u"create"_s));
    QCOMPARE(column(BulkResultsModel::KindColumn),
             (QStringList{u"Workspace"_s, u"Workspace"_s, u"Identity provider"_s, u"Client"_s, u"Client"_s}));
    QCOMPARE(column(BulkResultsModel::ResultColumn), QStringList(5, u"planned"_s));
    QVERIFY2(text(u"bulkSummary"_s).startsWith(u"Dry run: 5 to create, 0 to update, 0 already as described."_s),
             qPrintable(text(u"bulkSummary"_s)));

    // Nothing was written: no admin POST/PUT/DELETE, and the tenant has none of it.
    QVERIFY2(m_adminWrites.isEmpty(), qPrintable(m_adminWrites.join(u", "_s)));
    QVERIFY(!state().server(u"dry-a"_s));
    QVERIFY(!state().server(u"dry-b"_s));
    QVERIFY(button(u"applyButton"_s)->isEnabled());
    QVERIFY(button(u"saveResultsButton"_s)->isEnabled());
}

void TestBulkApplyDialog::applyCreatesAllThenAgainChangesNothing()
{
    QVERIFY(m_dialog->loadFile(writeFile(u"apply.json"_s, bulkFile(u"app"_s))));
    QVERIFY(runToEnd(u"applyButton"_s));
    QCOMPARE(column(BulkResultsModel::ResultColumn), QStringList(5, u"created"_s));
    QCOMPARE(text(u"bulkSummary"_s), u"Done: 5 created, 0 updated, 0 unchanged, 0 failed."_s);
    QCOMPARE(child<QProgressBar>(u"bulkProgress"_s)->value(), 5);
    QCOMPARE(m_adminWrites.size(), 5);

    // Exactly as in the file.
    const auto a = state().server(u"app-a"_s);
    QVERIFY(a);
    QCOMPARE(a->value(u"name"_s).toString(), u"app A"_s);
    QCOMPARE(a->value(u"access_token_ttl"_s).toString(), u"10m0s"_s);
    QCOMPARE(state().server(u"app-b"_s).value_or(QJsonObject()).value(u"name"_s).toString(), u"app B"_s);
    const auto idp = state().staticIdp(u"app-a"_s, u"app-staff"_s);
    QVERIFY(idp.ok());
    QCOMPARE(idp.value->value(u"name"_s).toString(), u"app staff"_s);
    QStringList users;
    for (const QJsonValue &user : idp.value->value(u"credentials"_s)[u"users"_s].toArray())
        users << user[u"username"_s].toString() + u'/' + user[u"email"_s].toString();
    QCOMPARE(users, (QStringList{u"alice/alice@example.com"_s, u"bob/"_s}));
    QCOMPARE(clientsNamed(u"app-a"_s, u"app web"_s), 1);
    QCOMPARE(clientsNamed(u"app-b"_s, u"app cli"_s), 1);
    const auto cli = state().clientWithSecret(u"app-cli"_s);
    QVERIFY(cli);
    QCOMPARE(cli->value(u"authorization_server_id"_s).toString(), u"app-b"_s);
    QCOMPARE(cli->value(u"grant_types"_s).toArray(), QJsonArray{u"client_credentials"_s});

    // Rows say it in words and in a tone; a dark palette gets a dark background.
    const QModelIndex created = m_dialog->resultsModel()->index(0, BulkResultsModel::ResultColumn);
    QVERIFY(created.data(Qt::BackgroundRole).value<QColor>().isValid());
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(30, 30, 30));
    dark.setColor(QPalette::Window, QColor(40, 40, 40));
    dark.setColor(QPalette::Text, QColor(230, 230, 230));
    dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
    m_dialog->setPalette(dark);
    QVERIFY(created.data(Qt::BackgroundRole).value<QColor>().lightness() < 128);
    QVERIFY(created.data(Qt::ForegroundRole).value<QColor>().lightness() > 128);

    // Save Results: the CLI's JSON shape, no secret of the file or of the server.
    m_chooser.save = m_dir.filePath(u"results.json"_s);
    QTest::mouseClick(button(u"saveResultsButton"_s), Qt::LeftButton);
    QFile saved(m_chooser.save);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray bytes = saved.readAll();
    const QJsonArray results = QJsonDocument::fromJson(bytes).array();
    QCOMPARE(results.size(), 5);
    QCOMPARE(results.at(4)[u"kind"_s].toString(), u"client"_s);
    QCOMPARE(results.at(4)[u"id"_s].toString(), u"app-cli"_s);
    QCOMPARE(results.at(4)[u"outcome"_s].toString(), u"created"_s);
    QCOMPARE(results.at(4)[u"workspace"_s].toString(), u"app-b"_s);
    QCOMPARE(results.at(4)[u"status"_s].toInt(), 201);
    QVERIFY(!bytes.contains("app-file-secret"));
    const QString webId = results.at(3)[u"id"_s].toString();
    QVERIFY(!webId.isEmpty());
    const auto web = state().clientWithSecret(webId);
    QVERIFY(web);
    const QString serverSecret = web->value(u"client_secret"_s).toString();
    QVERIFY(serverSecret.size() >= 16);
    QVERIFY(!bytes.contains(serverSecret.toUtf8()));
    QVERIFY(!bytes.contains("client_secret"));
    QVERIFY(!bytes.contains("alice-pw-1"));

    // Again: everything is found as described.
    m_adminWrites.clear();
    QVERIFY(runToEnd(u"applyButton"_s));
    QCOMPARE(column(BulkResultsModel::ResultColumn), QStringList(5, u"unchanged"_s));
    QCOMPARE(text(u"bulkSummary"_s), u"Done: 0 created, 0 updated, 5 unchanged, 0 failed."_s);
    QVERIFY2(m_adminWrites.isEmpty(), qPrintable(m_adminWrites.join(u", "_s)));
    QCOMPARE(clientsNamed(u"app-a"_s, u"app web"_s), 1);
}

void TestBulkApplyDialog::malformedFileNamesThePlaceAndSendsNothing()
{
    QByteArray json = bulkFile(u"bad"_s);
    json.replace("\"client_name\": \"bad cli\"", "\"client_name\": 42");
    QVERIFY(!m_dialog->loadFile(writeFile(u"bad.json"_s, json)));
    auto *banner = child<QLabel>(u"bulkBanner"_s);
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(u"clients[1]"_s), qPrintable(banner->text()));
    QVERIFY(banner->text().contains(u"bad.json"_s));
    QVERIFY(!button(u"applyButton"_s)->isEnabled());
    QVERIFY(!button(u"dryRunButton"_s)->isEnabled());
    QCOMPARE(m_dialog->resultsModel()->rowCount(), 0);
    // Not even through the slots (a shortcut, a stray click).
    QSignalSpy started(m_http.get(), &HttpClient::exchangeStarted);
    m_dialog->apply();
    m_dialog->dryRun();
    QVERIFY(!m_dialog->isRunning());
    QVERIFY(!m_dialog->findChild<Admin::BulkApply *>()); // no run was even made
    QCOMPARE(started.count(), 0);
    QVERIFY(!state().server(u"bad-a"_s));

    // An unreadable file says so.
    QVERIFY(!m_dialog->loadFile(m_dir.filePath(u"no-such-file.json"_s)));
    QVERIFY2(banner->text().startsWith(u"Cannot read"_s), qPrintable(banner->text()));
    QVERIFY(!button(u"applyButton"_s)->isEnabled());

    // A good file afterwards clears the banner and enables the run.
    QVERIFY(m_dialog->loadFile(writeFile(u"good.json"_s, bulkFile(u"good"_s))));
    QVERIFY(!banner->isVisible());
    QVERIFY(button(u"applyButton"_s)->isEnabled());
}

void TestBulkApplyDialog::cancelDuringAPacedWaitThenResume()
{
    QVERIFY(m_dialog->loadFile(writeFile(u"cancel.json"_s, bulkFile(u"cx"_s))));
    auto *pace = child<QSpinBox>(u"paceSpin"_s);
    pace->setValue(30); // one request every 2 s
    auto *waiting = child<QLabel>(u"waitingLabel"_s);
    QSignalSpy finished(m_dialog.get(), &BulkApplyDialog::runFinished);
    QTest::mouseClick(button(u"applyButton"_s), Qt::LeftButton);
    QVERIFY(m_dialog->isRunning());
    QVERIFY(!button(u"applyButton"_s)->isEnabled());
    QVERIFY(button(u"cancelRunButton"_s)->isEnabled());
    // The first workspace is in, and the next item waits its turn, counted down.
    QTRY_VERIFY_WITH_TIMEOUT(column(BulkResultsModel::ResultColumn).constFirst() == u"created"_s && waiting->isVisible(),
                             15'000);
    QVERIFY2(waiting->text().startsWith(u"Waiting "_s), qPrintable(waiting->text()));
    QTest::mouseClick(button(u"cancelRunButton"_s), Qt::LeftButton);
    QVERIFY(finished.wait(15'000) || !finished.isEmpty());
    QVERIFY(!waiting->isVisible());

    const QStringList results = column(BulkResultsModel::ResultColumn);
    QCOMPARE(results.constFirst(), u"created"_s);
    QVERIFY2(results.count(u"cancelled"_s) >= 3, qPrintable(results.join(u", "_s)));
    QCOMPARE(results.count(u"created"_s) + results.count(u"cancelled"_s), 5);
    QVERIFY2(text(u"bulkSummary"_s).contains(u"Apply again to resume"_s), qPrintable(text(u"bulkSummary"_s)));
    QVERIFY(!state().server(u"cx-b"_s));

    // Apply again, at full speed: the rest is created, nothing twice.
    pace->setValue(0);
    QVERIFY(runToEnd(u"applyButton"_s));
    const QStringList resumed = column(BulkResultsModel::ResultColumn);
    QCOMPARE(resumed.constFirst(), u"unchanged"_s);
    for (const QString &result : resumed)
        QVERIFY2(result == u"created"_s || result == u"unchanged"_s,
                 qPrintable(resumed.join(u", "_s) + u" / "_s + column(BulkResultsModel::MessageColumn).join(u", "_s)));
    QVERIFY(state().server(u"cx-a"_s));
    QVERIFY(state().server(u"cx-b"_s));
    QVERIFY(state().staticIdp(u"cx-a"_s, u"cx-staff"_s).ok());
    QCOMPARE(clientsNamed(u"cx-a"_s, u"cx web"_s), 1);
    QCOMPARE(clientsNamed(u"cx-b"_s, u"cx cli"_s), 1);
}

void TestBulkApplyDialog::closingWhileRunningAsksFirst()
{
    QVERIFY(m_dialog->loadFile(writeFile(u"close.json"_s, bulkFile(u"cl"_s))));
    child<QSpinBox>(u"paceSpin"_s)->setValue(30);
    QTest::mouseClick(button(u"applyButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(u"waitingLabel"_s)->isVisible(), 15'000);

    // Escape asks; "no" keeps the run going.
    QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
    QCOMPARE(m_confirmation.asked, 1);
    QVERIFY(m_dialog->isVisible());
    QVERIFY(m_dialog->isRunning());

    // "Stop and Close": cancelled and closed; the dialog can go at once.
    m_confirmation.answer = true;
    QVERIFY(!m_dialog->close() || !m_dialog->isVisible());
    QCOMPARE(m_confirmation.asked, 2);
    QVERIFY(!m_dialog->isVisible());
    QVERIFY(!m_dialog->isRunning());
    m_tester.reset();
    m_dialog.reset();
    // Whatever was in flight lands nowhere; the client keeps working.
    QSignalSpy listed(m_client.get(), &Admin::AdminClient::waiting);
    bool answered = false;
    m_client->listServers(this, [&answered](const Admin::AdminResult &result) { answered = result.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 15'000);
    QVERIFY(!state().server(u"cl-b"_s));
}

void TestBulkApplyDialog::adminBrowserButtonOpensTheDialog()
{
    AdminBrowserPage page(m_http.get(), m_profiles.get(), m_secrets.get(), &m_tracker);
    page.setFileChooser(&m_chooser);
    page.resize(1000, 700);
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowCount() > 0, 20'000);
    QSignalSpy opened(&page, &AdminBrowserPage::bulkApplyOpened);
    auto *open = page.findChild<QPushButton *>(u"bulkApplyButton"_s);
    QVERIFY(open);
    QCOMPARE(open->text(), u"&Bulk Apply…"_s);
    QVERIFY(!open->accessibleName().isEmpty());
    QTest::mouseClick(open, Qt::LeftButton);
    QCOMPARE(opened.count(), 1);
    QPointer<BulkApplyDialog> dialog = opened.constFirst().at(0).value<BulkApplyDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->adminClient(), page.adminClient());
    QCOMPARE(dialog->windowModality(), Qt::WindowModal);
    QVERIFY(dialog->isVisible());

    // A file applied from there shows up in the tree once the dialog closes.
    m_chooser.open = writeFile(u"browser.json"_s, R"({"workspaces": [{"id": "from-bulk", "name": "From bulk"}]})");
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"chooseFileButton"_s), Qt::LeftButton);
    QSignalSpy finished(dialog.data(), &BulkApplyDialog::runFinished);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"applyButton"_s), Qt::LeftButton);
    QVERIFY(finished.wait(20'000) || !finished.isEmpty());
    QSignalSpy reloaded(page.model(), &AdminTreeModel::workspacesLoaded);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"closeButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!dialog); // deleted on close
    QVERIFY(reloaded.wait(20'000) || !reloaded.isEmpty());
    QVERIFY(page.model()->findItem(AdminTreeModel::Kind::Workspace, u"from-bulk"_s, {}).isValid());
}

void TestBulkApplyDialog::wizardBulkButtonOpensTheDialog()
{
    SetupWizard wizard(m_http.get(), m_profiles.get(), m_secrets.get(), &m_tracker);
    wizard.setSettingsGroup(u"bulkApplyDialogTest"_s);
    wizard.setFileChooser(&m_chooser);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    auto *page = wizard.findChild<Setup::ConnectPage *>();
    QVERIFY(page);
    auto *open = page->findChild<QPushButton *>(u"wizardBulkApplyButton"_s);
    QVERIFY(open);
    QVERIFY(!open->isVisible()); // only once connected
    QSignalSpy tested(page, &Setup::ConnectPage::connectionTested);
    QTest::mouseClick(page->findChild<QPushButton *>(u"testConnectionButton"_s), Qt::LeftButton);
    QVERIFY(tested.wait(20'000) || !tested.isEmpty());
    QCOMPARE(tested.constLast().at(0).toBool(), true);
    QVERIFY(open->isVisible());

    QSignalSpy opened(page, &Setup::ConnectPage::bulkApplyOpened);
    QTest::mouseClick(open, Qt::LeftButton);
    QCOMPARE(opened.count(), 1);
    QPointer<BulkApplyDialog> dialog = opened.constFirst().at(0).value<BulkApplyDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->adminClient(), wizard.admin());
    // The wizard's file chooser answers the dialog's Choose File….
    m_chooser.open = writeFile(u"wizard.json"_s, bulkFile(u"wiz"_s));
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"chooseFileButton"_s), Qt::LeftButton);
    QCOMPARE(m_chooser.opened, 1);
    QVERIFY(dialog->findChild<QPushButton *>(u"dryRunButton"_s)->isEnabled());
    QSignalSpy finished(dialog.data(), &BulkApplyDialog::runFinished);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"dryRunButton"_s), Qt::LeftButton);
    QVERIFY(finished.wait(20'000) || !finished.isEmpty());
    QCOMPARE(dialog->resultsModel()->rowCount(), 5);
    QTest::keyClick(dialog.data(), Qt::Key_Escape);
    QTRY_VERIFY(!dialog);
    // The wizard's own progress is untouched, and it goes on.
    QVERIFY(wizard.progress().workspaceId.isEmpty());
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
}

void TestBulkApplyDialog::keyboardAndAccessibleNames()
{
    QVERIFY(m_dialog->loadFile(writeFile(u"names.json"_s, bulkFile(u"names"_s))));
    const QStringList unnamed = unnamedFocusable(m_dialog.get());
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
    for (QLabel *label : m_dialog->findChildren<QLabel *>()) {
        if (label->text().contains(u'&'))
            QVERIFY2(label->buddy(), qPrintable(label->text()));
    }

    // Keyboard only: Alt+D runs the dry run, then Tab walks the dialog.
    QSignalSpy finished(m_dialog.get(), &BulkApplyDialog::runFinished);
    QTest::keyClick(m_dialog.get(), Qt::Key_D, Qt::AltModifier);
    QVERIFY(finished.wait(20'000) || !finished.isEmpty());
    QCOMPARE(column(BulkResultsModel::ActionColumn), QStringList(5, u"create"_s));

    // Tab order: the file, then the run, then the results and the way out.
    const QStringList expected{u"bulkFilePath"_s, u"chooseFileButton"_s, u"paceSpin"_s, u"dryRunButton"_s,
                               u"applyButton"_s, u"bulkResultsTable"_s, u"saveResultsButton"_s, u"closeButton"_s};
    child<QLineEdit>(u"bulkFilePath"_s)->setFocus();
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), expected.constFirst());
    QStringList visited{expected.constFirst()};
    for (qsizetype i = 1; i < expected.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *focus = QApplication::focusWidget();
        // The spin box's line edit has the focus inside it.
        visited << (focus->parentWidget() && focus->parentWidget()->objectName() == u"paceSpin"
                        ? focus->parentWidget()->objectName()
                        : focus->objectName());
    }
    QCOMPARE(visited, expected); // the disabled Cancel Run is skipped

    // Escape closes when idle, without asking.
    QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(m_confirmation.asked, 0);
}

QTEST_MAIN(TestBulkApplyDialog)
#include "tst_bulkapplydialog.moc"
