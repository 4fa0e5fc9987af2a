// SPDX-License-Identifier: GPL-3.0-or-later
// The Connections page against the real things: profiles in a ProfileStore on disk, secrets in a
// real Secret Service (gnome-keyring, started by with-keyring.sh), discovery over a socket from
// the sandbox. Modal questions and file dialogs are answered in advance through their seams.

#include "http/httpclient.h"
#include "itemmodels/profilelistmodel.h"
#include "oauth/providerpresets.h"
#include "profiles/profileeditor.h"
#include "profiles/profilespage.h"
#include "profiles/profilestore.h"
#include "profiles/secretfield.h"
#include "profiles/secretstore.h"
#include "profilespagehelpers.h"
#include "sandboxserver.h"
#include "statuspalette.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using Profiles::Profile;
using Profiles::SecretKind;
using Profiles::SecretResult;
using Profiles::SecretStore;

namespace {

const QByteArray ClientSecret = "ui-test-secret:+/ &=%\xc3\xa9-6f1b2c7d9e0a";

} // namespace

class TestProfilesPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void startsLightAndWithoutBanners();
    void createProfileThroughTheEditor();
    void revealAndCopyReadTheKeychain();
    void savingOtherFieldsLeavesTheSecretAlone();
    void validationMessagesAtTheFields();
    void apiGroupsRoundTrip();
    void insecureTlsBanner();
    void filter();
    void deleteAsksFirst();
    void unsavedChangesPrompt();
    void discoverAgainstTheSandbox();
    void importAndExport();
    void storeProblemBanner();
    void screenshot();

private:
    // A stored profile (and, when secret is set, its client secret in the keychain).
    QString addProfile(const QString &name, const QString &preset, const QString &issuer, const QByteArray &secret = {});
    SecretResult readSecret(const QString &profileId, SecretKind kind);
    void pick(QComboBox *combo, const QString &data);
    void typeInto(QLineEdit *edit, const QString &text);

    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<Profiles::ProfileStore> m_store;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<Sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<ProfilesPage> m_page;
    TestChooser m_chooser;
    TestAnswers m_answers;
};

void TestProfilesPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
    m_http = std::make_unique<HttpClient>(&m_network);
    m_store = std::make_unique<Profiles::ProfileStore>(m_dir.filePath(u"profiles"_s));
    QVERIFY(m_store->load().ok);
    m_secrets = std::make_unique<SecretStore>(u"tokenscope-tst-profilespage"_s);
    QSignalSpy probed(m_secrets.get(), &SecretStore::availabilityChanged);
    m_secrets->probe();
    QTRY_VERIFY_WITH_TIMEOUT(probed.count() > 0, 15000);
    QVERIFY2(m_secrets->availability() == SecretStore::Availability::Available,
             qPrintable(u"the keychain of with-keyring.sh is not usable: "_s + m_secrets->unavailableReason()));

    m_sandbox = std::make_unique<Sandbox::SandboxServer>(Sandbox::SandboxOptions{});
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
}

void TestProfilesPage::init()
{
    m_page.reset();
    for (const Profile &profile : m_store->profiles())
        QVERIFY(m_store->remove(profile.id).ok);
    m_chooser.reset();
    m_answers.reset();
    m_page = std::make_unique<ProfilesPage>(m_http.get(), m_store.get(), m_secrets.get());
    m_page->setFileChooser(&m_chooser);
    m_page->setConfirmation(&m_answers);
    m_page->resize(1100, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestProfilesPage::cleanupTestCase()
{
    m_page.reset();
    if (m_sandbox)
        m_sandbox->stop();
}

QString TestProfilesPage::addProfile(const QString &name, const QString &preset, const QString &issuer,
                                     const QByteArray &secret)
{
    Profile profile;
    profile.name = name;
    profile.preset = preset;
    profile.issuer = QUrl(issuer);
    profile.clientId = name.toLower().replace(u' ', u'-');
    QString id;
    const Profiles::StoreResult added = m_store->add(profile, &id);
    if (!added.ok)
        qWarning("add failed: %s", qPrintable(added.message));
    if (!secret.isEmpty()) {
        bool written = false;
        m_secrets->write(id, SecretKind::ClientSecret, secret, this, [&written](const SecretResult &r) {
            if (!r.ok())
                qWarning("write failed: %s", qPrintable(r.error));
            written = true;
        });
        if (!QTest::qWaitFor([&written] { return written; }, 15000))
            qWarning("the keychain did not answer");
    }
    return id;
}

SecretResult TestProfilesPage::readSecret(const QString &profileId, SecretKind kind)
{
    // A second store on the same service: what is in the keychain, not in anyone's memory.
    SecretStore other(u"tokenscope-tst-profilespage"_s);
    SecretResult result;
    bool done = false;
    other.read(profileId, kind, this, [&](const SecretResult &r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&done] { return done; }, 15000))
        result.error = u"timeout"_s;
    return result;
}

void TestProfilesPage::pick(QComboBox *combo, const QString &data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data));
    combo->setCurrentIndex(index);
}

void TestProfilesPage::typeInto(QLineEdit *edit, const QString &text)
{
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    // QTest types Latin-1 only; the rest arrives as a paste would.
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii)
        QTest::keyClicks(edit, text);
    else
        edit->insert(text);
}

void TestProfilesPage::startsLightAndWithoutBanners()
{
    QVERIFY(!m_page->editor());
    QVERIFY(!child<QWidget>(m_page.get(), u"keychainBanner"_s)->isVisible());
    QVERIFY(!child<QWidget>(m_page.get(), u"sessionOnlyNotice"_s)->isVisible());
    QVERIFY(!child<QWidget>(m_page.get(), u"storeProblemBanner"_s)->isVisible());
    QVERIFY(child<QLabel>(m_page.get(), u"profilesEmptyHint"_s)->isVisible());
    QVERIFY(!child<QPushButton>(m_page.get(), u"deleteProfileButton"_s)->isEnabled());
}

void TestProfilesPage::createProfileThroughTheEditor()
{
    QTest::mouseClick(child<QPushButton>(m_page.get(), u"newProfileButton"_s), Qt::LeftButton);
    ProfileEditor *editor = m_page->editor();
    QVERIFY(editor && editor->isVisible());
    auto *save = child<QPushButton>(editor, u"saveProfileButton"_s);
    QVERIFY(!save->isEnabled());

    // Cloudentity: the preset's fields come first and compute the issuer and the endpoints.
    typeInto(edit(editor, u"profileNameInput"_s), u"Sandbox admin"_s);
    pick(child<QComboBox>(editor, u"presetCombo"_s), u"cloudentity"_s);
    QVERIFY(!child<QLabel>(editor, u"presetQuirks"_s)->text().isEmpty());
    typeInto(edit(editor, u"presetField:tenant_id"_s), u"acme"_s);
    typeInto(edit(editor, u"presetField:region"_s), u"eu"_s);
    typeInto(edit(editor, u"presetField:workspace_id"_s), u"demo"_s);
    QCOMPARE(edit(editor, u"issuerInput"_s)->text(), u"https://acme.eu.authz.cloudentity.io/acme/demo"_s);
    QCOMPARE(edit(editor, u"token_endpointInput"_s)->text(), u"https://acme.eu.authz.cloudentity.io/acme/demo/oauth2/token"_s);
    QCOMPARE(edit(editor, u"jwks_uriInput"_s)->text(), u"https://acme.eu.authz.cloudentity.io/acme/demo/.well-known/jwks.json"_s);
    // A URL typed by hand is kept when the preset's fields change.
    typeInto(edit(editor, u"userinfo_endpointInput"_s), u"https://users.example.com/me"_s);

    // Then the sandbox preset: its own fields (tenant and workspace carried over) and the
    // endpoints the first preset made follow.
    pick(child<QComboBox>(editor, u"presetCombo"_s), u"sandbox"_s);
    QVERIFY(!edit(editor, u"presetField:region"_s));
    QCOMPARE(edit(editor, u"presetField:workspace_id"_s)->text(), u"demo"_s);
    const QString base = m_sandbox->baseUrl().toString();
    typeInto(edit(editor, u"presetField:base_url"_s), base);
    typeInto(edit(editor, u"presetField:tenant_id"_s), u"default"_s);
    typeInto(edit(editor, u"presetField:workspace_id"_s), u"admin"_s);
    const QString issuer = base + u"/default/admin"_s;
    QCOMPARE(edit(editor, u"issuerInput"_s)->text(), issuer);
    QCOMPARE(edit(editor, u"token_endpointInput"_s)->text(), issuer + u"/oauth2/token"_s);
    QCOMPARE(edit(editor, u"userinfo_endpointInput"_s)->text(), u"https://users.example.com/me"_s);

    typeInto(edit(editor, u"clientIdInput"_s), u"ui-test-client"_s);
    pick(child<QComboBox>(editor, u"authMethodCombo"_s), u"client_secret_post"_s);
    SecretField *secret = editor->secretField(SecretKind::ClientSecret);
    QVERIFY(secret->isVisible());
    QCOMPARE(secret->lineEdit()->echoMode(), QLineEdit::Password);
    typeInto(secret->lineEdit(), QString::fromUtf8(ClientSecret));
    QCOMPARE(secret->value(), ClientSecret);
    typeInto(edit(editor, u"scopesInput"_s), u"openid email"_s);
    const QList<Profiles::FieldProblem> problems = editor->problems();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.isEmpty() ? QString() : problems.first().message));
    QTRY_VERIFY(save->isEnabled());

    QSignalSpy finished(editor, &ProfileEditor::saveFinished);
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));

    const std::optional<Profile> stored = m_store->findByName(u"Sandbox admin"_s);
    QVERIFY(stored);
    QCOMPARE(stored->preset, u"sandbox"_s);
    QCOMPARE(stored->issuer, QUrl(issuer));
    QCOMPARE(stored->clientId, u"ui-test-client"_s);
    QCOMPARE(stored->authMethod, Profiles::ClientAuthMethod::ClientSecretPost);
    QCOMPARE(stored->scopes, (QStringList{u"openid"_s, u"email"_s}));
    QCOMPARE(stored->endpoints.url(Profiles::EndpointKind::Token), QUrl(issuer + u"/oauth2/token"_s));
    QCOMPARE(stored->presetFields.value(u"workspace_id"_s), u"admin"_s);
    // The secret is in the keychain, and in no file of the store.
    const SecretResult inKeychain = readSecret(stored->id, SecretKind::ClientSecret);
    QVERIFY2(inKeychain.ok(), qPrintable(inKeychain.error));
    QCOMPARE(inKeychain.value, ClientSecret);
    QVERIFY(countFiles(m_store->directory()) >= 1);
    QCOMPARE(filesContaining(m_dir.path(), ClientSecret), QStringList());

    // The list shows it, selected; the editor is no longer modified.
    QCOMPARE(m_page->currentProfileId(), stored->id);
    QVERIFY(!editor->isModified());
    QVERIFY(!save->isEnabled());
    QVERIFY(child<QPushButton>(m_page.get(), u"deleteProfileButton"_s)->isEnabled());
    // The secret field forgot the value: it is read again only when asked for.
    QVERIFY(secret->lineEdit()->text().isEmpty());
}

void TestProfilesPage::revealAndCopyReadTheKeychain()
{
    const QString id = addProfile(u"Stored"_s, u"oidc"_s, u"https://id.example.com"_s, ClientSecret);
    QVERIFY(m_page->selectProfile(id));
    ProfileEditor *editor = m_page->editor();
    QVERIFY(editor);
    SecretField *secret = editor->secretField(SecretKind::ClientSecret);
    QVERIFY(secret->isVisible());
    QVERIFY(secret->lineEdit()->text().isEmpty());
    QCOMPARE(secret->lineEdit()->echoMode(), QLineEdit::Password);

    QSignalSpy revealed(secret, &SecretField::revealed);
    QTest::mouseClick(secret->revealButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(revealed.count(), 1, 15000);
    QCOMPARE(secret->lineEdit()->echoMode(), QLineEdit::Normal);
    QCOMPARE(secret->lineEdit()->text(), QString::fromUtf8(ClientSecret));
    QVERIFY(!editor->isModified());
    QTest::mouseClick(secret->revealButton(), Qt::LeftButton);
    QCOMPARE(secret->lineEdit()->echoMode(), QLineEdit::Password);

    // Copy on a fresh load reads the keychain too.
    QGuiApplication::clipboard()->setText(u"something else"_s);
    editor->setProfile(*m_store->findById(id), false);
    QVERIFY(secret->lineEdit()->text().isEmpty());
    QSignalSpy copied(secret, &SecretField::copied);
    QTest::mouseClick(secret->copyButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(copied.count(), 1, 15000);
    QCOMPARE(QGuiApplication::clipboard()->text(), QString::fromUtf8(ClientSecret));
    QCOMPARE(secret->lineEdit()->echoMode(), QLineEdit::Password);
    QGuiApplication::clipboard()->clear();
}

void TestProfilesPage::savingOtherFieldsLeavesTheSecretAlone()
{
    const QString id = addProfile(u"Keep"_s, u"oidc"_s, u"https://id.example.com"_s, "first-secret-value");
    QVERIFY(m_page->selectProfile(id));
    ProfileEditor *editor = m_page->editor();
    // Someone else changes the stored secret while the profile is open: a save that does not
    // touch the secret field must not write it back.
    bool written = false;
    m_secrets->write(id, SecretKind::ClientSecret, "changed-elsewhere", this, [&written](const SecretResult &r) {
        QVERIFY(r.ok());
        written = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(written, 15000);
    typeInto(edit(editor, u"scopesInput"_s), u"openid offline_access"_s);
    QVERIFY(editor->isModified());
    QSignalSpy finished(editor, &ProfileEditor::saveFinished);
    QVERIFY(editor->save());
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(m_store->findById(id)->scopes, (QStringList{u"openid"_s, u"offline_access"_s}));
    QCOMPARE(readSecret(id, SecretKind::ClientSecret).value, QByteArray("changed-elsewhere"));

    // Typing a new one writes it; clearing it removes the entry.
    typeInto(editor->secretField(SecretKind::ClientSecret)->lineEdit(), u"third"_s);
    QVERIFY(editor->save());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 15000);
    QCOMPARE(readSecret(id, SecretKind::ClientSecret).value, QByteArray("third"));
    SecretField *secret = editor->secretField(SecretKind::ClientSecret);
    secret->setValue("x");
    typeInto(secret->lineEdit(), QString());
    QVERIFY(secret->isModified());
    QVERIFY(editor->save());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 15000);
    QCOMPARE(readSecret(id, SecretKind::ClientSecret).status, SecretResult::Status::NotFound);
}

void TestProfilesPage::validationMessagesAtTheFields()
{
    m_page->newProfile();
    ProfileEditor *editor = m_page->editor();
    auto *save = child<QPushButton>(editor, u"saveProfileButton"_s);
    const QString fail = StatusPalette::foreground(editor->palette(), StatusPalette::Tone::Bad).name();
    pick(child<QComboBox>(editor, u"presetCombo"_s), u"oidc"_s);

    // Nothing entered: the name and the client id say what is missing, at their fields.
    QLabel *name = editor->problemLabel(u"name"_s);
    QVERIFY(name);
    QVERIFY(name->isVisible());
    QVERIFY(!name->text().isEmpty());
    QVERIFY2(name->styleSheet().contains(fail), qPrintable(name->styleSheet()));
    QVERIFY(editor->problemLabel(u"client_id"_s)->isVisible());
    QVERIFY(!save->isEnabled());

    typeInto(edit(editor, u"profileNameInput"_s), u"Checked"_s);
    QVERIFY(!name->isVisible());
    typeInto(edit(editor, u"clientIdInput"_s), u"client"_s);
    typeInto(edit(editor, u"issuerInput"_s), u"ftp://id.example.com"_s);
    QVERIFY(editor->problemLabel(u"issuer"_s)->isVisible());
    QVERIFY(!save->isEnabled());
    typeInto(edit(editor, u"issuerInput"_s), u"https://id.example.com"_s);
    QVERIFY(!editor->problemLabel(u"issuer"_s)->isVisible());
    QVERIFY(save->isEnabled());

    // An endpoint, the redirect path, an extra parameter: each at its own field.
    typeInto(edit(editor, u"token_endpointInput"_s), u"not a url"_s);
    QVERIFY(editor->problemLabel(u"endpoints.token"_s)->isVisible());
    QVERIFY(!save->isEnabled());
    typeInto(edit(editor, u"token_endpointInput"_s), QString());
    typeInto(edit(editor, u"redirectPathInput"_s), u"callback"_s);
    QVERIFY(editor->problemLabel(u"redirect.path"_s)->isVisible());
    typeInto(edit(editor, u"redirectPathInput"_s), u"/callback"_s);
    QVERIFY(!editor->problemLabel(u"redirect.path"_s)->isVisible());
    QTest::mouseClick(child<QPushButton>(editor, u"addParameterButton"_s), Qt::LeftButton);
    auto *parameters = child<QTableWidget>(editor, u"extraParametersTable"_s);
    QCOMPARE(parameters->rowCount(), 1);
    QVERIFY(editor->problemLabel(u"extra_parameters"_s)->isVisible()); // no name yet
    parameters->item(0, 0)->setText(u"client_id"_s);
    QVERIFY(editor->problemLabel(u"extra_parameters"_s)->text().contains(u"client_id"_s));
    QVERIFY(!save->isEnabled());
    parameters->item(0, 0)->setText(u"prompt"_s);
    parameters->item(0, 1)->setText(u"login"_s);
    QVERIFY(!editor->problemLabel(u"extra_parameters"_s)->isVisible());
    QVERIFY(save->isEnabled());

    // The preset's own fields: a bad tenant id is marked at that field once the user starts on them.
    pick(child<QComboBox>(editor, u"presetCombo"_s), u"cloudentity"_s);
    typeInto(edit(editor, u"presetField:tenant_id"_s), u"not a tenant!"_s);
    QLabel *tenant = editor->problemLabel(u"fields.tenant_id"_s);
    QVERIFY(tenant && tenant->isVisible());
    QVERIFY(!save->isEnabled());
    typeInto(edit(editor, u"presetField:tenant_id"_s), u"acme"_s);
    typeInto(edit(editor, u"presetField:region"_s), u"us"_s);
    typeInto(edit(editor, u"presetField:workspace_id"_s), u"demo"_s);
    QVERIFY(!tenant->isVisible());
    QVERIFY(save->isEnabled());

    // Save refuses while a message shows, also through the shortcut.
    typeInto(edit(editor, u"profileNameInput"_s), QString());
    QVERIFY(!editor->save());
    QVERIFY(!m_store->findByName(u"Checked"_s));
}

// Issue 7: per-profile rate-limit group overrides, edited in a table, checked per row, saved.
void TestProfilesPage::apiGroupsRoundTrip()
{
    const QString id = addProfile(u"Grouped"_s, u"oidc"_s, u"https://id.example.com"_s);
    {
        Profile profile = *m_store->findById(id);
        profile.apiGroups = {{u"/api/orders"_s, u"Orders"_s}};
        QVERIFY(m_store->update(profile).ok);
    }
    QVERIFY(m_page->selectProfile(id));
    ProfileEditor *editor = m_page->editor();
    auto *save = child<QPushButton>(editor, u"saveProfileButton"_s);
    auto *table = child<QTableWidget>(editor, u"apiGroupsTable"_s);
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), u"/api/orders"_s);
    QCOMPARE(table->item(0, 1)->text(), u"Orders"_s);
    QVERIFY(!editor->isModified());
    QLabel *problem = editor->problemLabel(u"api_groups"_s);
    QVERIFY(problem);
    QVERIFY(!problem->isVisible());

    // A new row says what is missing, at the table, until both cells are right.
    QTest::mouseClick(child<QPushButton>(editor, u"addApiGroupButton"_s), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 2);
    QVERIFY(editor->isModified());
    QVERIFY(problem->isVisible());
    QVERIFY(!save->isEnabled());
    table->item(1, 0)->setText(u"api/billing"_s); // no leading "/"
    table->item(1, 1)->setText(u"Billing"_s);
    QVERIFY(problem->isVisible());
    QVERIFY(!problem->text().isEmpty());
    QVERIFY(!save->isEnabled());
    table->item(1, 0)->setText(u"/api/billing"_s);
    QVERIFY(!problem->isVisible());
    QVERIFY(save->isEnabled());

    // Remove the first one, save: the store, and a store reading the files afresh, agree.
    table->setCurrentCell(0, 0);
    QTest::mouseClick(child<QPushButton>(editor, u"removeApiGroupButton"_s), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 1);
    QSignalSpy finished(editor, &ProfileEditor::saveFinished);
    QVERIFY(editor->save());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    const QList<Profiles::ApiGroupOverride> expected{{u"/api/billing"_s, u"Billing"_s}};
    QCOMPARE(m_store->findById(id)->apiGroups, expected);
    Profiles::ProfileStore fresh(m_store->directory());
    QVERIFY(fresh.load().ok);
    QCOMPARE(fresh.findById(id)->apiGroups, expected);
    QVERIFY(!editor->isModified());
}

void TestProfilesPage::insecureTlsBanner()
{
    m_page->newProfile();
    ProfileEditor *editor = m_page->editor();
    auto *banner = child<QLabel>(editor, u"insecureTlsBanner"_s);
    auto *insecure = child<QCheckBox>(editor, u"insecureTlsCheck"_s);
    QVERIFY(banner && insecure);
    QVERIFY(!banner->isVisible());
    insecure->click(); // far down the scrolled form
    QVERIFY(insecure->isChecked());
    QVERIFY(banner->isVisible());
    QVERIFY(banner->styleSheet().contains(StatusPalette::background(editor->palette(), StatusPalette::Tone::Bad).name()));
    QVERIFY(banner->text().contains(u"Certificate checks are off"_s));
    insecure->click();
    QVERIFY(!banner->isVisible());

    // A stored insecure profile shows it as soon as it opens.
    Profile profile;
    profile.name = u"Lab"_s;
    profile.preset = u"oidc"_s;
    profile.issuer = QUrl(u"https://lab.internal"_s);
    profile.clientId = u"lab"_s;
    profile.tls.insecure = true;
    QString id;
    QVERIFY(m_store->add(profile, &id).ok);
    m_answers.saveAnswer = Confirmation::Answer::Discard;
    QVERIFY(m_page->selectProfile(id));
    QVERIFY(banner->isVisible());
}

void TestProfilesPage::filter()
{
    addProfile(u"Acme staging"_s, u"oidc"_s, u"https://staging.acme.example"_s);
    addProfile(u"Acme production"_s, u"oidc"_s, u"https://acme.example"_s);
    addProfile(u"Local"_s, u"sandbox"_s, u"http://127.0.0.1:8080/default/admin"_s);
    auto *list = child<QTableView>(m_page.get(), u"profileList"_s);
    QAbstractItemModel *model = list->model();
    QCOMPARE(model->rowCount(), 3);
    auto *filter = edit(m_page.get(), u"profileFilterInput"_s);
    typeInto(filter, u"acme"_s);
    QCOMPARE(model->rowCount(), 2);
    typeInto(filter, u"STAGING"_s);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, ProfileListModel::Name).data().toString(), u"Acme staging"_s);
    // The issuer column is hidden but still filtered on.
    typeInto(filter, u"127.0.0.1"_s);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, ProfileListModel::Name).data().toString(), u"Local"_s);
    typeInto(filter, u"nothing like it"_s);
    QCOMPARE(model->rowCount(), 0);
    typeInto(filter, QString());
    QCOMPARE(model->rowCount(), 3);
    // Sorted by name.
    QCOMPARE(model->index(0, ProfileListModel::Name).data().toString(), u"Acme production"_s);
}

void TestProfilesPage::deleteAsksFirst()
{
    const QString id = addProfile(u"Doomed"_s, u"oidc"_s, u"https://id.example.com"_s, "doomed-secret");
    QVERIFY(m_page->selectProfile(id));
    auto *remove = child<QPushButton>(m_page.get(), u"deleteProfileButton"_s);
    QVERIFY(remove->isEnabled());

    m_answers.confirmAnswer = false;
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(m_answers.questions.size(), 1);
    QVERIFY(m_answers.questions.at(0).contains(u"Doomed"_s));
    QVERIFY(m_store->findById(id));
    QCOMPARE(readSecret(id, SecretKind::ClientSecret).value, QByteArray("doomed-secret"));

    m_answers.confirmAnswer = true;
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(m_answers.questions.size(), 2);
    QVERIFY(!m_store->findById(id));
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(m_page.get(), u"profilesStatus"_s)->text().contains(u"secrets"_s), 15000);
    QCOMPARE(readSecret(id, SecretKind::ClientSecret).status, SecretResult::Status::NotFound);
    QVERIFY(child<QLabel>(m_page.get(), u"profilesEmptyHint"_s)->isVisible());
    QVERIFY(!remove->isEnabled());
}

void TestProfilesPage::unsavedChangesPrompt()
{
    const QString first = addProfile(u"First"_s, u"oidc"_s, u"https://one.example.com"_s);
    const QString second = addProfile(u"Second"_s, u"oidc"_s, u"https://two.example.com"_s);
    auto *list = child<QTableView>(m_page.get(), u"profileList"_s);
    QVERIFY(m_page->selectProfile(first));
    ProfileEditor *editor = m_page->editor();
    typeInto(edit(editor, u"clientIdInput"_s), u"edited"_s);
    QVERIFY(editor->isModified());

    // Cancel: stay on the first profile with the change.
    m_answers.saveAnswer = Confirmation::Answer::Cancel;
    const QModelIndex secondRow = list->model()->index(1, 0);
    QCOMPARE(secondRow.data(ProfileListModel::ProfileIdRole).toString(), second);
    list->setCurrentIndex(secondRow);
    QCOMPARE(m_answers.questions.size(), 1);
    QVERIFY(m_answers.questions.at(0).contains(u"First"_s));
    QCOMPARE(m_page->currentProfileId(), first);
    QCOMPARE(editor->profileId(), first);
    QCOMPARE(edit(editor, u"clientIdInput"_s)->text(), u"edited"_s);

    // Discard: the second opens, the first is as stored.
    m_answers.saveAnswer = Confirmation::Answer::Discard;
    list->setCurrentIndex(list->model()->index(1, 0));
    QCOMPARE(m_answers.questions.size(), 2);
    QCOMPARE(editor->profileId(), second);
    QCOMPARE(m_store->findById(first)->clientId, u"first"_s);

    // Save: the change is written before the switch.
    typeInto(edit(editor, u"clientIdInput"_s), u"second-edited"_s);
    m_answers.saveAnswer = Confirmation::Answer::Save;
    list->setCurrentIndex(list->model()->index(0, 0));
    QCOMPARE(m_answers.questions.size(), 3);
    QCOMPARE(m_store->findById(second)->clientId, u"second-edited"_s);
    QCOMPARE(editor->profileId(), first);
    QCOMPARE(m_page->currentProfileId(), first);

    // No changes: no question.
    list->setCurrentIndex(list->model()->index(1, 0));
    QCOMPARE(m_answers.questions.size(), 3);
    QCOMPARE(editor->profileId(), second);

    // A new profile nobody typed into: no question either; one with a name: asked.
    m_page->newProfile();
    QVERIFY(editor->isNew());
    QVERIFY(!editor->isModified());
    list->setCurrentIndex(list->model()->index(0, 0));
    QCOMPARE(m_answers.questions.size(), 3);
    QCOMPARE(editor->profileId(), first);
    m_page->newProfile();
    typeInto(edit(editor, u"profileNameInput"_s), u"Draft"_s);
    m_answers.saveAnswer = Confirmation::Answer::Cancel;
    list->setCurrentIndex(list->model()->index(1, 0));
    QCOMPARE(m_answers.questions.size(), 4);
    QVERIFY(editor->isNew());
    QCOMPARE(edit(editor, u"profileNameInput"_s)->text(), u"Draft"_s);
    QVERIFY(m_page->currentProfileId().isEmpty());
}

void TestProfilesPage::discoverAgainstTheSandbox()
{
    m_page->newProfile();
    ProfileEditor *editor = m_page->editor();
    pick(child<QComboBox>(editor, u"presetCombo"_s), u"oidc"_s);
    const QString issuer = m_sandbox->baseUrl().toString() + u"/default/admin"_s;
    typeInto(edit(editor, u"profileNameInput"_s), u"Discovered"_s);
    typeInto(edit(editor, u"presetField:issuer"_s), issuer);
    QCOMPARE(edit(editor, u"issuerInput"_s)->text(), issuer);
    // One endpoint already set, differently: discovery shows it as a change.
    typeInto(edit(editor, u"token_endpointInput"_s), u"https://old.example.com/token"_s);
    QVERIFY(edit(editor, u"jwks_uriInput"_s)->text().isEmpty());

    QSignalSpy discovered(editor, &ProfileEditor::discoveryFinished);
    QTest::mouseClick(child<QPushButton>(editor, u"discoverButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(discovered.count(), 1, 15000);
    QVERIFY2(discovered.at(0).at(0).toBool(), qPrintable(child<QLabel>(editor, u"discoveryStatus"_s)->text()));

    auto *changes = child<QListWidget>(editor, u"discoveryChanges"_s);
    auto *findings = child<QListWidget>(editor, u"discoveryFindings"_s);
    QVERIFY(changes->isVisible());
    QVERIFY(changes->count() >= 5);
    QStringList texts;
    for (int i = 0; i < changes->count(); ++i)
        texts << changes->item(i)->text();
    const QString all = texts.join(u'\n');
    QVERIFY2(all.contains(u"https://old.example.com/token → "_s + issuer + u"/oauth2/token"_s), qPrintable(all));
    QVERIFY2(all.contains(issuer + u"/.well-known/jwks.json"_s), qPrintable(all));
    QVERIFY(findings->count() >= 1); // the lint's findings, or that there are none
    // Nothing changes until the user applies.
    QCOMPARE(edit(editor, u"token_endpointInput"_s)->text(), u"https://old.example.com/token"_s);

    QTest::mouseClick(child<QPushButton>(editor, u"applyDiscoveryButton"_s), Qt::LeftButton);
    QCOMPARE(edit(editor, u"token_endpointInput"_s)->text(), issuer + u"/oauth2/token"_s);
    QCOMPARE(edit(editor, u"jwks_uriInput"_s)->text(), issuer + u"/.well-known/jwks.json"_s);
    QCOMPARE(edit(editor, u"authorization_endpointInput"_s)->text(), issuer + u"/oauth2/authorize"_s);
    QVERIFY(!changes->isVisible());

    // A discovery that fails says why, next to the issuer.
    typeInto(edit(editor, u"presetField:issuer"_s), m_sandbox->baseUrl().toString() + u"/default/no-such-workspace"_s);
    QTest::mouseClick(child<QPushButton>(editor, u"discoverButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(discovered.count(), 2, 15000);
    QVERIFY(!discovered.at(1).at(0).toBool());
    QVERIFY(!child<QLabel>(editor, u"discoveryStatus"_s)->text().isEmpty());
}

void TestProfilesPage::importAndExport()
{
    const QString id = addProfile(u"Exported one"_s, u"oidc"_s, u"https://one.example.com"_s, ClientSecret);
    addProfile(u"Exported two"_s, u"oidc"_s, u"https://two.example.com"_s);
    m_chooser.savePath = m_dir.filePath(u"export.json"_s);
    QTest::mouseClick(child<QPushButton>(m_page.get(), u"exportProfilesButton"_s), Qt::LeftButton);
    QCOMPARE(m_chooser.saved, 1);
    QFile exported(m_chooser.savePath);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QByteArray bytes = exported.readAll();
    QVERIFY(bytes.contains("Exported one"));
    QVERIFY(bytes.contains("Exported two"));
    QVERIFY(!bytes.contains(ClientSecret));
    QVERIFY(child<QLabel>(m_page.get(), u"profilesStatus"_s)->text().contains(u"export.json"_s));

    // Cancelled: nothing happens.
    m_chooser.openPath.clear();
    QTest::mouseClick(child<QPushButton>(m_page.get(), u"importProfilesButton"_s), Qt::LeftButton);
    QCOMPARE(m_chooser.opened, 1);
    QCOMPARE(m_store->profiles().size(), 2);

    QVERIFY(m_store->remove(id).ok);
    m_chooser.openPath = m_chooser.savePath;
    QTest::mouseClick(child<QPushButton>(m_page.get(), u"importProfilesButton"_s), Qt::LeftButton);
    QCOMPARE(m_chooser.opened, 2);
    QCOMPARE(m_store->profiles().size(), 3); // one back, and "Exported two (2)"
    QVERIFY(m_store->findByName(u"Exported one"_s));
    QVERIFY(m_store->findByName(u"Exported two (2)"_s));
    QVERIFY(child<QLabel>(m_page.get(), u"profilesStatus"_s)->text().contains(u"Exported one"_s));
    auto *list = child<QTableView>(m_page.get(), u"profileList"_s);
    QCOMPARE(list->model()->rowCount(), 3);

    // An unreadable file: the store's message shows.
    m_chooser.openPath = m_dir.filePath(u"missing.json"_s);
    QTest::mouseClick(child<QPushButton>(m_page.get(), u"importProfilesButton"_s), Qt::LeftButton);
    QVERIFY(!child<QLabel>(m_page.get(), u"profilesStatus"_s)->text().isEmpty());
    QCOMPARE(m_store->profiles().size(), 3);
}

void TestProfilesPage::storeProblemBanner()
{
    // A corrupt profile file: load() sets it aside and says so; the page shows the message.
    QTemporaryDir dir;
    QFile corrupt(dir.filePath(u"broken.json"_s));
    QVERIFY(corrupt.open(QIODevice::WriteOnly));
    corrupt.write("{ not json");
    corrupt.close();
    Profiles::ProfileStore store(dir.path());
    const Profiles::StoreResult loaded = store.load();
    QVERIFY(!loaded.ok);
    ProfilesPage page(m_http.get(), &store, m_secrets.get());
    page.showStoreProblem(loaded.message);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *banner = child<QWidget>(&page, u"storeProblemBanner"_s);
    QVERIFY(banner->isVisible());
    QCOMPARE(child<QLabel>(&page, u"storeProblemText"_s)->text(), loaded.message);
    QTest::mouseClick(child<QPushButton>(&page, u"dismissStoreProblemButton"_s), Qt::LeftButton);
    QVERIFY(!banner->isVisible());
}

void TestProfilesPage::screenshot()
{
    // For a person to look at: TOKENSCOPE_SCREENSHOT_DIR=/tmp saves a grab of the page.
    const QString dir = qEnvironmentVariable("TOKENSCOPE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("TOKENSCOPE_SCREENSHOT_DIR is not set");
    addProfile(u"Acme staging"_s, u"cloudentity"_s, u"https://acme.us.authz.cloudentity.io/acme/staging"_s);
    Profile profile;
    profile.name = u"Local sandbox"_s;
    profile.preset = u"sandbox"_s;
    profile.presetFields = {{u"base_url"_s, m_sandbox->baseUrl().toString()}, {u"workspace_id"_s, u"admin"_s}};
    profile.clientId = u"sandbox-admin"_s;
    QString id;
    QVERIFY(m_store->add(Presets::applyToProfile(profile), &id).ok);
    QVERIFY(m_page->selectProfile(id));
    child<QCheckBox>(m_page->editor(), u"insecureTlsCheck"_s)->setChecked(true);
    m_page->resize(1180, 760);
    QVERIFY(m_page->grab().save(dir + u"/profilespage.png"_s));
    // Further down: the client, its secret, requests and parameters.
    auto *scroll = child<QScrollArea>(m_page->editor(), u"profileEditorScroll"_s);
    QTest::mouseClick(child<QPushButton>(m_page->editor(), u"addParameterButton"_s), Qt::LeftButton);
    scroll->ensureWidgetVisible(child<QWidget>(m_page->editor(), u"extraParametersTable"_s));
    QVERIFY(m_page->grab().save(dir + u"/profilespage-client.png"_s));
}

QTEST_MAIN(TestProfilesPage)
#include "tst_profilespage.moc"
