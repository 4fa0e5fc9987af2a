// SPDX-License-Identifier: GPL-3.0-or-later
// The Connections page with no keychain at all (no D-Bus session bus: CTest points
// DBUS_SESSION_BUS_ADDRESS at a socket that does not exist): the banner says why and offers Retry
// and an explicit session-only choice; before that choice a secret is refused, after it the
// secret lives in memory only and no file under the (temporary) home directory holds it.

#include "http/httpclient.h"
#include "profiles/profileeditor.h"
#include "profiles/profilespage.h"
#include "profiles/profilestore.h"
#include "profiles/secretfield.h"
#include "profiles/secretstore.h"
#include "profilespagehelpers.h"

#include <QComboBox>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using Profiles::SecretKind;
using Profiles::SecretStore;

namespace {
const QByteArray Secret = "nokeychain-secret-4b1d9e0c7a2f";
}

class TestProfilesPageNoKeychain final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void bannerSaysWhyAndRetries();
    void secretRefusedWithoutAChoice();
    void sessionOnlyKeepsTheSecretInMemory();

private:
    void fillNewProfile(ProfileEditor *editor);

    QTemporaryDir m_home;
    QNetworkAccessManager m_network;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<Profiles::ProfileStore> m_store;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ProfilesPage> m_page;
    TestChooser m_chooser;
    TestAnswers m_answers;
};

void TestProfilesPageNoKeychain::initTestCase()
{
    QVERIFY2(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(u"/nonexistent/"_s),
             "run through CTest: it points DBUS_SESSION_BUS_ADDRESS at a missing socket");
    // Everything the app could write goes under a home directory of our own.
    QVERIFY(m_home.isValid());
    qputenv("HOME", m_home.path().toLocal8Bit());
    for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        qputenv(name, QByteArray(m_home.path().toLocal8Bit() + '/' + QByteArray(name).toLower()));
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_home.filePath(u"settings"_s));
    QCoreApplication::setApplicationName(u"tst_profilespage_nokeychain"_s);
    const QString directory = Profiles::ProfileStore::defaultDirectory();
    QVERIFY2(directory.startsWith(m_home.path()), qPrintable(directory));

    m_http = std::make_unique<HttpClient>(&m_network);
    m_store = std::make_unique<Profiles::ProfileStore>(directory);
    QVERIFY(m_store->load().ok);
    m_secrets = std::make_unique<SecretStore>(u"tokenscope-tst-nokeychain"_s);
    m_page = std::make_unique<ProfilesPage>(m_http.get(), m_store.get(), m_secrets.get());
    m_page->setFileChooser(&m_chooser);
    m_page->setConfirmation(&m_answers);
    m_page->resize(1100, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestProfilesPageNoKeychain::cleanupTestCase()
{
    m_page.reset();
}

void TestProfilesPageNoKeychain::fillNewProfile(ProfileEditor *editor)
{
    auto *preset = child<QComboBox>(editor, u"presetCombo"_s);
    preset->setCurrentIndex(preset->findData(u"oidc"_s));
    edit(editor, u"profileNameInput"_s)->setText(u"Nokeychain profile"_s);
    edit(editor, u"presetField:issuer"_s)->setText(u"https://id.example.com"_s);
    edit(editor, u"clientIdInput"_s)->setText(u"nokeychain-client"_s);
    SecretField *secret = editor->secretField(SecretKind::ClientSecret);
    secret->lineEdit()->setFocus();
    QTest::keyClicks(secret->lineEdit(), QString::fromLatin1(Secret));
}

void TestProfilesPageNoKeychain::bannerSaysWhyAndRetries()
{
    auto *banner = child<QWidget>(m_page.get(), u"keychainBanner"_s);
    auto *text = child<QLabel>(m_page.get(), u"keychainBannerText"_s);
    QVERIFY(!banner->isVisible()); // not known yet
    m_secrets->probe();
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 15000);
    QCOMPARE(m_secrets->availability(), SecretStore::Availability::Unavailable);
    const QString reason = m_secrets->unavailableReason();
    QVERIFY(!reason.isEmpty());
    QVERIFY2(text->text().contains(reason), qPrintable(text->text()));
    QVERIFY(child<QPushButton>(m_page.get(), u"keychainSessionButton"_s)->isVisible());
    QVERIFY(!child<QWidget>(m_page.get(), u"sessionOnlyNotice"_s)->isVisible());
    const QString shots = qEnvironmentVariable("TOKENSCOPE_SCREENSHOT_DIR");
    if (!shots.isEmpty())
        m_page->grab().save(shots + u"/profilespage-nokeychain.png"_s);

    auto *retry = child<QPushButton>(m_page.get(), u"keychainRetryButton"_s);
    QSignalSpy probed(m_secrets.get(), &SecretStore::availabilityChanged);
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(!retry->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(probed.count(), 1, 15000);
    QVERIFY(retry->isEnabled());
    QVERIFY(banner->isVisible());
    QVERIFY(text->text().contains(m_secrets->unavailableReason()));
}

void TestProfilesPageNoKeychain::secretRefusedWithoutAChoice()
{
    m_page->newProfile();
    ProfileEditor *editor = m_page->editor();
    fillNewProfile(editor);
    QSignalSpy finished(editor, &ProfileEditor::saveFinished);
    QVERIFY(editor->save());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    // The profile is saved; its secret is not, and the editor says so.
    QVERIFY(!finished.at(0).at(0).toBool());
    QVERIFY(!finished.at(0).at(1).toString().isEmpty());
    QCOMPARE(child<QLabel>(editor, u"profileEditorStatus"_s)->text(), finished.at(0).at(1).toString());
    QVERIFY(m_store->findByName(u"Nokeychain profile"_s));
    QCOMPARE(filesContaining(m_home.path(), Secret), QStringList());
}

void TestProfilesPageNoKeychain::sessionOnlyKeepsTheSecretInMemory()
{
    QTest::mouseClick(child<QPushButton>(m_page.get(), u"keychainSessionButton"_s), Qt::LeftButton);
    QCOMPARE(m_secrets->availability(), SecretStore::Availability::SessionOnly);
    QVERIFY(!child<QWidget>(m_page.get(), u"keychainBanner"_s)->isVisible());
    QVERIFY(child<QWidget>(m_page.get(), u"sessionOnlyNotice"_s)->isVisible());

    const std::optional<Profiles::Profile> profile = m_store->findByName(u"Nokeychain profile"_s);
    QVERIFY(profile);
    QVERIFY(m_page->selectProfile(profile->id));
    ProfileEditor *editor = m_page->editor();
    SecretField *secret = editor->secretField(SecretKind::ClientSecret);
    secret->lineEdit()->setFocus();
    QTest::keyClicks(secret->lineEdit(), QString::fromLatin1(Secret));
    QSignalSpy finished(editor, &ProfileEditor::saveFinished);
    QVERIFY(editor->save());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    QVERIFY(finished.at(0).at(1).toString().contains(u"session"_s));

    // Shown again from memory.
    QVERIFY(secret->lineEdit()->text().isEmpty());
    QSignalSpy revealed(secret, &SecretField::revealed);
    QTest::mouseClick(secret->revealButton(), Qt::LeftButton);
    QTRY_COMPARE(revealed.count(), 1);
    QCOMPARE(secret->lineEdit()->text(), QString::fromLatin1(Secret));

    // On disk: the profile, never its secret. (The search does find what is there.)
    QVERIFY(!filesContaining(m_home.path(), "nokeychain-client").isEmpty());
    QCOMPARE(filesContaining(m_home.path(), Secret), QStringList());
}

QTEST_MAIN(TestProfilesPageNoKeychain)
#include "tst_profilespage_nokeychain.moc"
