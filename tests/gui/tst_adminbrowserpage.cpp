// SPDX-License-Identifier: GPL-3.0-or-later
// The Workspaces page (admin browser) against the real sandbox (LocalSandbox: real sockets, the
// "Local sandbox" admin profile, its secret in the real keychain, KEYRING): the tree lists what
// the tenant has, edits are PUT and reach the tenant, deletes ask first, a stale ETag is refused.

#include "admin/adminbrowserpage.h"
#include "admin/adminclient.h"
#include "admin/adminitemeditor.h"
#include "confirmation.h"
#include "http/httpclient.h"
#include "itemmodels/admintreemodel.h"
#include "localsandbox.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "sandboxserver.h"
#include "tenantstate.h"
#include "unnamedfocusable.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using Kind = AdminTreeModel::Kind;

namespace {

const QString Shop = u"shop"_s;
const QString Staff = u"staff"_s;

class AnsweringConfirmation final : public Confirmation
{
public:
    bool answer = false;
    QStringList asked;
    bool confirm(QWidget *, const QString &, const QString &text, const QString &) override
    {
        asked << text;
        return answer;
    }
    Answer askToSave(QWidget *, const QString &, const QString &) override { return Answer::Cancel; }
};

} // namespace

class TestAdminBrowserPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void treeListsWhatTheSandboxHas();
    void editedWorkspaceNameIsSavedAndReloaded();
    void staticIdpUserEmailEditedInTheTable();
    void invalidInputIsShownAndNotSent();
    void deleteClientAsksFirst();
    void staleEtagIsRefusedWithAReloadMessage();
    void newWorkspaceAsksForTheWizard();
    void everyInteractiveWidgetHasAnAccessibleName();

private:
    Sandbox::TenantState &state() { return m_sandbox->server()->state(); }
    bool select(const QString &kind, const QString &wid, const QString &id);
    QPlainTextEdit *json() const { return m_page->findChild<QPlainTextEdit *>(u"documentEdit"_s); }
    QPushButton *button(const QString &name) const { return m_page->findChild<QPushButton *>(name); }
    QString message() const { return m_page->findChild<QLabel *>(u"itemMessage"_s)->text(); }
    void editJson(const std::function<void(QJsonObject &)> &change);

    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<Profiles::ProfileStore> m_profiles;
    std::unique_ptr<Profiles::SecretStore> m_secrets;
    std::unique_ptr<Sandbox::LocalSandbox> m_sandbox;
    std::unique_ptr<AdminBrowserPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    AnsweringConfirmation m_confirmation;
};

void TestAdminBrowserPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_http = std::make_unique<HttpClient>(&m_network);
    m_profiles = std::make_unique<Profiles::ProfileStore>(m_dir.filePath(u"profiles"_s));
    QVERIFY(m_profiles->load().ok);
    m_secrets = std::make_unique<Profiles::SecretStore>(u"tokenscope-test-adminbrowser"_s);
    m_sandbox = std::make_unique<Sandbox::LocalSandbox>(m_profiles.get(), m_secrets.get(), QString());
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));

    Sandbox::TenantState &s = state();
    QVERIFY(s.createServer({{u"id"_s, Shop}, {u"name"_s, u"Shop"_s}}).ok());
    QVERIFY(s.createServer({{u"id"_s, u"blog"_s}, {u"name"_s, u"Blog"_s}}).ok());
    const QJsonArray users{
        QJsonObject{{u"username"_s, u"alice"_s}, {u"password"_s, u"alice-pw-1"_s}, {u"email"_s, u"alice@example.com"_s},
                    {u"authentication_context"_s, QJsonObject{{u"name"_s, u"Alice"_s}}}},
        QJsonObject{{u"username"_s, u"bob"_s}, {u"password"_s, u"bob-pw-2"_s}, {u"email"_s, u"bob@example.com"_s}},
    };
    const auto idp = s.createStaticIdp(Shop, {{u"id"_s, Staff}, {u"name"_s, u"Staff"_s}, {u"method"_s, u"static"_s},
                                              {u"credentials"_s, QJsonObject{{u"users"_s, users}}}});
    QVERIFY2(idp.ok(), qPrintable(idp.error.error));
    for (const QString &cid : {u"web-app"_s, u"cli-app"_s, u"doomed-app"_s}) {
        const auto client = s.createClient({{u"client_id"_s, cid}, {u"client_name"_s, cid.toUpper()},
                                            {u"authorization_server_id"_s, Shop},
                                            {u"grant_types"_s, QJsonArray{u"client_credentials"_s}}});
        QVERIFY2(client.ok(), qPrintable(client.error.error));
    }
}

void TestAdminBrowserPage::init()
{
    m_confirmation.answer = false;
    m_confirmation.asked.clear();
    m_page = std::make_unique<AdminBrowserPage>(m_http.get(), m_profiles.get(), m_secrets.get(), nullptr);
    m_tester = std::make_unique<QAbstractItemModelTester>(m_page->model(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->setConfirmation(&m_confirmation);
    m_page->resize(1000, 700);
    m_page->show();
    QCOMPARE(m_page->currentProfileId(), m_sandbox->profileId());
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->rowCount() > 0, 20000);
}

void TestAdminBrowserPage::cleanup()
{
    m_tester.reset();
    m_page.reset();
}

void TestAdminBrowserPage::cleanupTestCase()
{
    m_sandbox.reset();
}

bool TestAdminBrowserPage::select(const QString &kind, const QString &wid, const QString &id)
{
    QSignalSpy loaded(m_page.get(), &AdminBrowserPage::itemLoaded);
    m_page->showItem(kind, wid, id);
    if (!QTest::qWaitFor([&] { return !loaded.isEmpty(); }, 20000))
        return false;
    return loaded.constLast().at(0).toString() == id;
}

void TestAdminBrowserPage::editJson(const std::function<void(QJsonObject &)> &change)
{
    QJsonObject document = QJsonDocument::fromJson(json()->toPlainText().toUtf8()).object();
    change(document);
    json()->setPlainText(QString::fromUtf8(QJsonDocument(document).toJson()));
}

void TestAdminBrowserPage::treeListsWhatTheSandboxHas()
{
    AdminTreeModel *model = m_page->model();
    QStringList listed;
    for (int row = 0; row < model->rowCount(); ++row)
        listed << model->index(row, AdminTreeModel::IdColumn).data().toString();
    QStringList expected;
    for (const QJsonObject &server : state().servers())
        expected << server.value(u"id"_s).toString();
    listed.sort();
    expected.sort();
    QCOMPARE(listed, expected);
    QVERIFY(listed.contains(Shop));
    QVERIFY(listed.contains(u"admin"_s));

    // Lazy: a workspace's children are fetched when asked for (a model of its own here, since
    // the page's model tester fetches everything it walks).
    {
        AdminTreeModel lazy(m_page->adminClient());
        QSignalSpy workspaces(&lazy, &AdminTreeModel::workspacesLoaded);
        lazy.reload();
        QTRY_COMPARE_WITH_TIMEOUT(workspaces.count(), 1, 20000);
        const QModelIndex shop = lazy.findItem(Kind::Workspace, Shop, {});
        QCOMPARE(lazy.rowCount(shop), 0);
        QVERIFY(lazy.hasChildren(shop));
        QVERIFY(lazy.canFetchMore(shop));
        QSignalSpy loaded(&lazy, &AdminTreeModel::workspaceLoaded);
        lazy.fetchMore(shop);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20000);
        QCOMPARE(lazy.rowCount(shop), 2);
        QVERIFY(!lazy.canFetchMore(shop));
    }

    const QModelIndex shop = model->findItem(Kind::Workspace, Shop, {});
    QCOMPARE(shop.data().toString(), u"Shop"_s);
    m_page->findChild<QTreeView *>(u"adminTree"_s)->expand(shop);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(shop), 2, 20000);

    const QModelIndex idps = model->findItem(Kind::IdpGroup, Shop, {});
    QStringList idpIds;
    for (int row = 0; row < model->rowCount(idps); ++row)
        idpIds << model->index(row, AdminTreeModel::IdColumn, idps).data().toString();
    QStringList expectedIdps;
    for (const QJsonObject &idp : state().idps(Shop))
        expectedIdps << idp.value(u"id"_s).toString();
    QCOMPARE(idpIds, expectedIdps);
    QVERIFY(idpIds.contains(Staff));

    const QModelIndex clients = model->findItem(Kind::ClientGroup, Shop, {});
    QStringList clientIds;
    for (int row = 0; row < model->rowCount(clients); ++row)
        clientIds << model->index(row, AdminTreeModel::IdColumn, clients).data().toString();
    QStringList expectedClients;
    for (const QJsonObject &client : state().clients(Shop))
        expectedClients << client.value(u"client_id"_s).toString();
    clientIds.sort();
    expectedClients.sort();
    QCOMPARE(clientIds, expectedClients);
    QVERIFY(clientIds.contains(u"web-app"_s));
    QCOMPARE(model->findItem(Kind::Client, Shop, u"web-app"_s).data().toString(), u"WEB-APP"_s);
}

void TestAdminBrowserPage::editedWorkspaceNameIsSavedAndReloaded()
{
    QVERIFY(select(u"workspace"_s, Shop, Shop));
    QVERIFY(!json()->isReadOnly());
    QVERIFY(!json()->toPlainText().contains(u"\"secret\""_s));
    editJson([](QJsonObject &document) { document.insert(u"name"_s, u"Shop renamed"_s); });
    QSignalSpy saved(m_page.get(), &AdminBrowserPage::itemSaved);
    QVERIFY(button(u"saveButton"_s)->isEnabled());
    json()->setFocus();
    QTest::keySequence(json(), QKeySequence::Save); // the keyboard way
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 20000);
    QCOMPARE(state().server(Shop)->value(u"name"_s).toString(), u"Shop renamed"_s);

    // Refresh lists the workspaces again from the server and selects the item again.
    QSignalSpy reloaded(m_page.get(), &AdminBrowserPage::itemLoaded);
    QSignalSpy listed(m_page->model(), &AdminTreeModel::workspacesLoaded);
    QTest::mouseClick(button(u"refreshButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(listed.count(), 1, 20000);
    QCOMPARE(m_page->model()->findItem(Kind::Workspace, Shop, {}).data().toString(), u"Shop renamed"_s);
    QTRY_COMPARE_WITH_TIMEOUT(reloaded.count(), 1, 20000);
    QCOMPARE(QJsonDocument::fromJson(json()->toPlainText().toUtf8()).object().value(u"name"_s).toString(),
             u"Shop renamed"_s);
}

void TestAdminBrowserPage::staticIdpUserEmailEditedInTheTable()
{
    QVERIFY(select(u"idp"_s, Shop, Staff));
    auto *table = m_page->findChild<QTableWidget *>(u"usersTable"_s);
    QVERIFY(table->isVisible());
    QCOMPARE(table->rowCount(), 2);
    // Users live in the table, not the JSON; passwords are never shown.
    QVERIFY(!json()->toPlainText().contains(u"alice"_s));
    QVERIFY(!QString(json()->toPlainText()).contains(u"alice-pw-1"_s));
    int bob = -1;
    for (int row = 0; row < table->rowCount(); ++row) {
        QVERIFY(table->item(row, AdminItemEditor::PasswordColumn)->text().isEmpty());
        if (table->item(row, AdminItemEditor::UsernameColumn)->text() == u"bob")
            bob = row;
    }
    QVERIFY(bob >= 0);
    QCOMPARE(table->item(bob, AdminItemEditor::EmailColumn)->text(), u"bob@example.com"_s);
    table->item(bob, AdminItemEditor::EmailColumn)->setText(u"robert@example.org"_s);

    QSignalSpy saved(m_page.get(), &AdminBrowserPage::itemSaved);
    QTest::mouseClick(button(u"saveButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 20000);

    const auto idp = state().staticIdp(Shop, Staff);
    QVERIFY(idp.ok());
    QMap<QString, QJsonObject> users;
    for (const QJsonValue &user : idp.value->value(u"credentials"_s).toObject().value(u"users"_s).toArray())
        users.insert(user[u"username"_s].toString(), user.toObject());
    QCOMPARE(users.size(), 2);
    QCOMPARE(users[u"bob"_s].value(u"email"_s).toString(), u"robert@example.org"_s);
    QCOMPARE(users[u"alice"_s].value(u"email"_s).toString(), u"alice@example.com"_s);
    // Passwords not sent again are kept; the authentication context came back from the table.
    QCOMPARE(users[u"bob"_s].value(u"password"_s).toString(), u"bob-pw-2"_s);
    QCOMPARE(users[u"alice"_s].value(u"password"_s).toString(), u"alice-pw-1"_s);
    QCOMPARE(users[u"alice"_s].value(u"authentication_context"_s).toObject().value(u"name"_s).toString(), u"Alice"_s);
}

void TestAdminBrowserPage::invalidInputIsShownAndNotSent()
{
    QVERIFY(select(u"idp"_s, Shop, Staff));
    const QJsonObject before = *state().staticIdp(Shop, Staff).value;

    // Broken JSON: Save is off and the problem is named.
    const QString good = json()->toPlainText();
    json()->setPlainText(good + u"}"_s);
    QVERIFY(!button(u"saveButton"_s)->isEnabled());
    QVERIFY(m_page->findChild<QLabel *>(u"jsonProblem"_s)->isVisible());
    json()->setPlainText(good);
    QVERIFY(button(u"saveButton"_s)->isEnabled());

    // An authentication context that is not a JSON object: marked at its cell, nothing sent.
    auto *table = m_page->findChild<QTableWidget *>(u"usersTable"_s);
    table->item(0, AdminItemEditor::ContextColumn)->setText(u"{not json"_s);
    QSignalSpy saved(m_page.get(), &AdminBrowserPage::itemSaved);
    QTest::mouseClick(button(u"saveButton"_s), Qt::LeftButton);
    QVERIFY(!table->item(0, AdminItemEditor::ContextColumn)->toolTip().isEmpty());
    QVERIFY(message().contains(u"marked"_s));
    QTest::qWait(200);
    QCOMPARE(saved.count(), 0);
    QCOMPARE(*state().staticIdp(Shop, Staff).value, before);

    // A user without a username: the server's field error lands on that row's cell... but we
    // catch it first, at the cell.
    table->item(0, AdminItemEditor::ContextColumn)->setText(QString());
    table->item(1, AdminItemEditor::UsernameColumn)->setText(QString());
    QTest::mouseClick(button(u"saveButton"_s), Qt::LeftButton);
    QVERIFY(!table->item(1, AdminItemEditor::UsernameColumn)->toolTip().isEmpty());
    QCOMPARE(*state().staticIdp(Shop, Staff).value, before);

    // The server's own field error (a username twice: 422 naming credentials.users[1].username)
    // lands at that cell too.
    const QString first = table->item(0, AdminItemEditor::UsernameColumn)->text();
    table->item(1, AdminItemEditor::UsernameColumn)->setText(first);
    QVERIFY(table->item(1, AdminItemEditor::UsernameColumn)->toolTip().isEmpty()); // edited: mark gone
    QTest::mouseClick(button(u"saveButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(message().contains(u"failed"_s), 20000);
    QVERIFY2(table->item(1, AdminItemEditor::UsernameColumn)->toolTip().contains(u"twice"_s),
             qPrintable(table->item(1, AdminItemEditor::UsernameColumn)->toolTip()));
    QCOMPARE(table->currentRow(), 1);
    QCOMPARE(*state().staticIdp(Shop, Staff).value, before);
}

void TestAdminBrowserPage::deleteClientAsksFirst()
{
    QVERIFY(select(u"client"_s, Shop, u"doomed-app"_s));
    const QString secret = state().clientWithSecret(u"doomed-app"_s)->value(u"client_secret"_s).toString();
    QVERIFY(!secret.isEmpty());
    QVERIFY(!json()->toPlainText().contains(secret));

    // Declined: nothing happens.
    m_confirmation.answer = false;
    QSignalSpy deleted(m_page.get(), &AdminBrowserPage::itemDeleted);
    QTest::mouseClick(button(u"deleteButton"_s), Qt::LeftButton);
    QCOMPARE(m_confirmation.asked.size(), 1);
    QVERIFY(m_confirmation.asked.constFirst().contains(u"doomed-app"_s));
    QTest::qWait(300);
    QCOMPARE(deleted.count(), 0);
    QVERIFY(state().client(u"doomed-app"_s).ok());
    QVERIFY(m_page->model()->findItem(Kind::Client, Shop, u"doomed-app"_s).isValid());

    // Confirmed: gone from the tenant and from the tree.
    m_confirmation.answer = true;
    QTest::mouseClick(button(u"deleteButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(deleted.count(), 1, 20000);
    QCOMPARE(m_confirmation.asked.size(), 2);
    QVERIFY(!state().client(u"doomed-app"_s).ok());
    QVERIFY(!m_page->model()->findItem(Kind::Client, Shop, u"doomed-app"_s).isValid());
    QVERIFY(m_page->model()->findItem(Kind::Client, Shop, u"web-app"_s).isValid());
    QVERIFY(!button(u"deleteButton"_s)->isEnabled());
}

void TestAdminBrowserPage::staleEtagIsRefusedWithAReloadMessage()
{
    QVERIFY(select(u"workspace"_s, u"blog"_s, u"blog"_s));
    editJson([](QJsonObject &document) { document.insert(u"name"_s, u"Blog (mine)"_s); });

    // Someone else changes the workspace through the admin API after we loaded it.
    Admin::AdminClient other(m_http.get(), m_secrets.get());
    other.setProfile(*m_profiles->findById(m_sandbox->profileId()));
    std::optional<Admin::AdminResult> got;
    other.getServer(u"blog"_s, this, [&](const Admin::AdminResult &r) { got = r; });
    QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 20000);
    QVERIFY2(got->ok(), qPrintable(got->error));
    QVERIFY(!got->etag.isEmpty());
    QJsonObject theirs = got->object();
    theirs.remove(u"secret"_s);
    theirs.insert(u"name"_s, u"Blog (theirs)"_s);
    got.reset();
    Admin::CallOptions options;
    other.updateServer(u"blog"_s, theirs, options, this, [&](const Admin::AdminResult &r) { got = r; });
    QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 20000);
    QVERIFY2(got->ok(), qPrintable(got->error));

    // Our save carries the old ETag: 412, said as "reload", and their change stands.
    QTest::mouseClick(button(u"saveButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(message().contains(u"changed on the server"_s), 20000);
    QVERIFY(message().contains(u"Reload"_s));
    QCOMPARE(state().server(u"blog"_s)->value(u"name"_s).toString(), u"Blog (theirs)"_s);

    // Reload shows their change; saving after it works.
    QSignalSpy loaded(m_page.get(), &AdminBrowserPage::itemLoaded);
    QTest::mouseClick(button(u"reloadItemButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20000);
    QCOMPARE(QJsonDocument::fromJson(json()->toPlainText().toUtf8()).object().value(u"name"_s).toString(),
             u"Blog (theirs)"_s);
    editJson([](QJsonObject &document) { document.insert(u"name"_s, u"Blog (mine)"_s); });
    QSignalSpy saved(m_page.get(), &AdminBrowserPage::itemSaved);
    QTest::mouseClick(button(u"saveButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 20000);
    QCOMPARE(state().server(u"blog"_s)->value(u"name"_s).toString(), u"Blog (mine)"_s);
}

void TestAdminBrowserPage::newWorkspaceAsksForTheWizard()
{
    QSignalSpy wizard(m_page.get(), &AdminBrowserPage::setupWizardRequested);
    QTest::mouseClick(button(u"newWorkspaceButton"_s), Qt::LeftButton);
    QCOMPARE(wizard.count(), 1);
}

void TestAdminBrowserPage::everyInteractiveWidgetHasAnAccessibleName()
{
    QVERIFY(select(u"idp"_s, Shop, Staff));
    const QStringList unnamed = unnamedFocusable(m_page.get());
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
}

QTEST_MAIN(TestAdminBrowserPage)
#include "tst_adminbrowserpage.moc"
