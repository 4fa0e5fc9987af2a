// SPDX-License-Identifier: GPL-3.0-or-later
// The shell: pages and their shortcuts, the About dialog, remembered geometry, accessibility
// of every focusable widget, and status colours that read on light and dark palettes.

#include "aboutdialog.h"
#include "filechooser.h"
#include "inspector/tokeninputpanel.h"
#include "inspector/keysourcewidget.h"
#include "inspector/tokeninspector.h"
#include "inspector/verificationpanel.h"
#include "mainwindow.h"
#include "admin/adminbrowserpage.h"
#include "admin/bulkapplydialog.h"
#include "requests/requestspage.h"
#include "setup/setupwizard.h"
#include "log/exchangelogpage.h"
#include "http/exchangelog.h"
#include "http/requesthistory.h"
#include "http/ratelimittracker.h"
#include "ratelimits/rategauge.h"
#include "ratelimits/ratelimitspage.h"
#include "profiles/profileeditor.h"
#include "profiles/profilespage.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "statuspalette.h"
#include "tokens/tokenspage.h"
#include "testkeys.h"
#include "unnamedfocusable.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QPushButton>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QStatusBar>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLibraryInfo>
#include <QLocale>
#include <QListWidget>
#include <QMenuBar>
#include <QPalette>
#include <QPointer>
#include <QScopeGuard>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QWizardPage>

#include <openssl/crypto.h>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// WCAG 2 relative luminance and contrast ratio.
double luminance(const QColor &color)
{
    const auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a) + 0.05;
    const double lb = luminance(b) + 0.05;
    return la > lb ? la / lb : lb / la;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x6e, 0xc9));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    return p;
}

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::WindowText, Qt::black);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf7, 0xf7, 0xf7));
    p.setColor(QPalette::Text, Qt::black);
    return p;
}

int focusableCount(QWidget *window)
{
    int count = 0;
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets)
        count += widget->focusPolicy() != Qt::NoFocus && widget->isVisibleTo(window);
    return count;
}

// The letter after a single '&' ("C&lear" -> 'l'), lower case; none for "&&" or no '&'.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// Every mnemonic a user can press at this moment: menu titles, visible buttons, labels with a
// buddy, visible tab titles. "Visible" is relative to scope, so the pages of a wizard can be
// walked without showing each. Returns "x: text, text" for each letter taken more than once.
QStringList mnemonicClashes(QWidget *window, int *seen, QWidget *scope = nullptr)
{
    if (!scope)
        scope = window;
    QMultiMap<QChar, QString> taken;
    const auto add = [&](const QString &text) {
        const QChar c = mnemonic(text);
        if (!c.isNull())
            taken.insert(c, text);
    };
    if (auto *menuBar = window->findChild<QMenuBar *>()) {
        for (QAction *menu : menuBar->actions())
            add(menu->text());
    }
    // Would show with scope: nothing between them hidden on purpose (a page not shown yet has
    // all its children hidden only because it was never shown).
    const auto shown = [scope](QWidget *widget) {
        for (QWidget *w = widget; w && w != scope; w = w->parentWidget()) {
            if (w->isHidden() && w->testAttribute(Qt::WA_WState_ExplicitShowHide))
                return false;
            if (w->isWindow())
                return false;
        }
        return true;
    };
    // Outside the scope: the window's own visible widgets, not those of its other wizard pages.
    const auto ownVisible = [scope](QWidget *widget) {
        if (!widget->isVisible() || scope->isAncestorOf(widget))
            return false;
        for (QWidget *up = widget->parentWidget(); up; up = up->parentWidget()) {
            if (qobject_cast<QWizardPage *>(up))
                return false;
        }
        return true;
    };
    QList<QWidget *> roots{scope};
    if (scope != window)
        roots << window; // the window's own buttons (a wizard's Next, Back, …) outside the scope
    for (QWidget *root : std::as_const(roots)) {
        for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
            if (root == scope ? shown(button) : ownVisible(button))
                add(button->text());
        }
        for (QLabel *label : root->findChildren<QLabel *>()) {
            if (label->buddy() && (root == scope ? shown(label) : ownVisible(label)))
                add(label->text());
        }
        for (QTabBar *tabs : root->findChildren<QTabBar *>()) {
            if (root == scope ? !shown(tabs) : !ownVisible(tabs))
                continue;
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i));
        }
    }
    *seen = int(taken.size());
    QStringList clashes;
    for (const QChar c : taken.uniqueKeys()) {
        const QStringList texts = taken.values(c);
        if (texts.size() > 1)
            clashes << QString(c) + u": "_s + texts.join(u", "_s);
    }
    return clashes;
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void sidebarHasSixPages();
    void shortcutsSwitchPages();
    void sidebarIsKeyboardNavigable();
    void openTokenFileFromTheMenu();
    void setupWizardOpensOnce();
    void deletedConnectionTakesItsHistory();
    void aboutShowsVersions();
    void geometryIsRemembered();
    void everyFocusableWidgetHasAnAccessibleName();
    void tabOrderFollowsTheLayout();
    void connectionsTabOrderFollowsTheLayout();
    void mnemonicsAreUnique_data();
    void mnemonicsAreUnique();
    void mnemonicsAreUniqueOnEveryPage_data() { mnemonicsAreUnique_data(); }
    void mnemonicsAreUniqueOnEveryPage();
    void statusColoursReadOnLightAndDark();
    void darkPaletteScreenshot();

private:
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_profilesDir;
    // The services main.cpp makes. The secret store is never probed here: no keychain needed.
    std::unique_ptr<Profiles::ProfileStore> m_profiles;
    std::unique_ptr<Profiles::SecretStore> m_secrets;
};

// Every window of this test gets the same services.
#define MAKE_WINDOW(name) MainWindow name(nullptr, m_profiles.get(), m_secrets.get())

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"TokenscopeTest"_s);
    QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
    // Never touch the developer's own settings.
    QVERIFY(m_settingsDir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QVERIFY(m_profilesDir.isValid());
    m_profiles = std::make_unique<Profiles::ProfileStore>(m_profilesDir.path());
    QVERIFY(m_profiles->load().ok);
    m_secrets = std::make_unique<Profiles::SecretStore>(u"tokenscope-tst-mainwindow"_s);
}

void TestMainWindow::init()
{
    QSettings().clear();
}

void TestMainWindow::sidebarHasSixPages()
{
    MAKE_WINDOW(window);
    auto *sidebar = window.findChild<QListWidget *>(u"sidebar"_s);
    auto *stack = window.findChild<QStackedWidget *>(u"pages"_s);
    QVERIFY(sidebar && stack);
    // First start opens on the token inspector.
    QCOMPARE(window.currentPage(), MainWindow::TokensPage);
    QCOMPARE(sidebar->count(), 6);
    QCOMPARE(stack->count(), 6);
    const QStringList expected{u"Connections"_s, u"Workspaces"_s, u"Tokens"_s, u"Requests"_s, u"Rate limits"_s, u"Log"_s};
    for (int i = 0; i < 6; ++i)
        QCOMPARE(sidebar->item(i)->text(), expected.at(i));
    // The Tokens page: getting tokens on the left, the inspector on the right.
    auto *tokensSplitter = qobject_cast<QSplitter *>(stack->widget(MainWindow::TokensPage));
    QVERIFY(tokensSplitter);
    QCOMPARE(tokensSplitter->count(), 2);
    QVERIFY(window.tokensPage() && tokensSplitter->widget(0)->isAncestorOf(window.tokensPage()));
    QCOMPARE(tokensSplitter->widget(1), window.tokenInspector());
    QVERIFY(window.exchangeLog());
    // Start-up stays light: the Connections page is built when first shown, its editor on first use.
    QVERIFY(!stack->findChild<ProfilesPage *>());
    window.showPage(MainWindow::ConnectionsPage);
    QVERIFY(window.profilesPage());
    QCOMPARE(qobject_cast<ProfilesPage *>(stack->widget(MainWindow::ConnectionsPage)), window.profilesPage());
    QCOMPARE(stack->currentWidget(), window.profilesPage());
    QCOMPARE(stack->count(), 6);
    QVERIFY(!window.profilesPage()->editor());
    // The Workspaces (admin browser) and Requests pages too are built when first shown.
    QVERIFY(!stack->findChild<AdminBrowserPage *>());
    QVERIFY(!stack->findChild<RequestsPage *>());
    window.showPage(MainWindow::WorkspacesPage);
    QVERIFY(qobject_cast<AdminBrowserPage *>(stack->widget(MainWindow::WorkspacesPage)));
    QCOMPARE(stack->currentWidget(), window.adminBrowserPage());
    window.showPage(MainWindow::RequestsPage);
    QVERIFY(qobject_cast<RequestsPage *>(stack->widget(MainWindow::RequestsPage)));
    QCOMPARE(stack->currentWidget(), window.requestsPage());
    QCOMPARE(stack->count(), 6);
    // The Log page too is built when first shown, over the window's one exchange log.
    QVERIFY(!stack->findChild<ExchangeLogPage *>());
    window.exchangeLog()->addStep(u"Before the page existed"_s);
    window.showPage(MainWindow::LogPage);
    auto *logPage = qobject_cast<ExchangeLogPage *>(stack->widget(MainWindow::LogPage));
    QVERIFY(logPage);
    QCOMPARE(stack->currentWidget(), logPage);
    QCOMPARE(stack->count(), 6);
    auto *table = logPage->findChild<QAbstractItemView *>();
    QVERIFY(table && table->model());
    QCOMPARE(table->model()->rowCount(), 1);
    window.exchangeLog()->addStep(u"After"_s);
    QCOMPARE(table->model()->rowCount(), 2);

    // The Rate limits page too, over the window's one tracker (fed by every response of its
    // HttpClient; here through record()).
    QVERIFY(!stack->findChild<RateLimitsPage *>());
    QVERIFY(window.rateLimitTracker());
    window.rateLimitTracker()->record(QUrl(u"https://api.example/api/admin/t/clients"_s), 200,
                                      {{"X-RateLimit-Limit", "300"}, {"X-RateLimit-Remaining", "120"}});
    window.showPage(MainWindow::RateLimitsPage);
    auto *rateLimitsPage = qobject_cast<RateLimitsPage *>(stack->widget(MainWindow::RateLimitsPage));
    QVERIFY(rateLimitsPage);
    QCOMPARE(rateLimitsPage, window.rateLimitsPage());
    QCOMPARE(stack->currentWidget(), rateLimitsPage);
    QCOMPARE(stack->count(), 6);
    QCOMPARE(rateLimitsPage->gauges().size(), 1);
    QCOMPARE(rateLimitsPage->gauges().constFirst()->remaining(), 120);
}

void TestMainWindow::shortcutsSwitchPages()
{
    MAKE_WINDOW(window);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *sidebar = window.findChild<QListWidget *>(u"sidebar"_s);
    auto *stack = window.findChild<QStackedWidget *>(u"pages"_s);
    for (int i : {5, 0, 2, 4, 3, 1}) {
        QTest::keyClick(&window, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
        QCOMPARE(stack->currentIndex(), i);
        QCOMPARE(sidebar->currentRow(), i);
        QVERIFY(window.pageAction(MainWindow::Page(i))->isChecked());
    }
    // The View menu lists the six with their shortcuts, Connections first.
    QCOMPARE(window.pageAction(MainWindow::ConnectionsPage)->shortcut(), QKeySequence(u"Ctrl+1"_s));
    QCOMPARE(window.pageAction(MainWindow::ConnectionsPage)->text(), u"Connections"_s);
    QCOMPARE(window.pageAction(MainWindow::LogPage)->shortcut(), QKeySequence(u"Ctrl+6"_s));
    QCOMPARE(window.findChild<QAction *>(u"openTokenFileAction"_s)->shortcut(), QKeySequence(QKeySequence::Open));
    QCOMPARE(window.findChild<QAction *>(u"quitAction"_s)->shortcut(), QKeySequence(u"Ctrl+Q"_s));
    QVERIFY(window.findChild<QAction *>(u"aboutQtAction"_s));
}

void TestMainWindow::sidebarIsKeyboardNavigable()
{
    MAKE_WINDOW(window);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *sidebar = window.findChild<QListWidget *>(u"sidebar"_s);
    sidebar->setFocus();
    window.showPage(MainWindow::ConnectionsPage);
    QTest::keyClick(sidebar, Qt::Key_Down);
    QTest::keyClick(sidebar, Qt::Key_Down);
    QCOMPARE(window.currentPage(), MainWindow::TokensPage);
    QTest::keyClick(sidebar, Qt::Key_Home);
    QCOMPARE(window.currentPage(), MainWindow::ConnectionsPage);
    QTest::keyClick(sidebar, Qt::Key_End);
    QCOMPARE(window.currentPage(), MainWindow::LogPage);
}

void TestMainWindow::openTokenFileFromTheMenu()
{
    class Chooser final : public FileChooser
    {
    public:
        QString openFile(QWidget *, const QString &, const QString &) override
        {
            ++asked;
            return path;
        }
        QString path;
        int asked = 0;
    } chooser;
    QTemporaryDir dir;
    chooser.path = dir.filePath(u"token.txt"_s);
    QFile file(chooser.path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Authorization: Bearer 2YotnFZFEjr1zCsicMWpAA\n");
    file.close();

    MAKE_WINDOW(window);
    window.tokenInspector()->setFileChooser(&chooser);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.showPage(MainWindow::LogPage);
    QTest::keyClick(&window, Qt::Key_O, Qt::ControlModifier);
    QCOMPARE(chooser.asked, 1);
    QCOMPARE(window.currentPage(), MainWindow::TokensPage);
    QCOMPARE(window.tokenInspector()->inputPanel()->currentToken(), u"2YotnFZFEjr1zCsicMWpAA"_s);
    QVERIFY(window.statusBar()->currentMessage().contains(u"token.txt"_s));
}

void TestMainWindow::setupWizardOpensOnce()
{
    MAKE_WINDOW(window);
    window.show();
    QVERIFY(!window.setupWizard());
    auto *action = window.findChild<QAction *>(u"setupWizardAction"_s);
    QVERIFY(action);
    action->trigger();
    QPointer<SetupWizard> wizard = window.setupWizard();
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->isVisible());
    QCOMPARE(wizard->windowModality(), Qt::WindowModal);
    // The Workspaces page's New Workspace… raises the same wizard instead of a second one.
    Q_EMIT window.adminBrowserPage()->setupWizardRequested();
    QCOMPARE(window.setupWizard(), wizard.data());
    QCOMPARE(window.findChildren<SetupWizard *>().size(), 1);
    wizard->reject();
    QTRY_VERIFY(!wizard);
    QVERIFY(!window.setupWizard());
}

void TestMainWindow::deletedConnectionTakesItsHistory()
{
    // Two connections with a request history each; the history directory is the app's own
    // (test mode keeps it out of the developer's data).
    const QString directory = Console::RequestHistory::defaultDirectory();
    QDir(directory).removeRecursively();
    QStringList ids;
    for (const QString &name : {u"History kept"_s, u"History dropped"_s}) {
        Profiles::Profile profile;
        profile.name = name;
        profile.issuer = QUrl(u"https://issuer.example"_s);
        profile.clientId = u"client"_s;
        QString id;
        const Profiles::StoreResult added = m_profiles->add(profile, &id);
        QVERIFY2(added.ok, qPrintable(added.message));
        ids.append(id);
        Console::HistoryEntry entry;
        entry.request.url = u"{base}/api/admin/%1/servers"_s.arg(name);
        entry.sentAt = QDateTime::currentDateTimeUtc();
        entry.status = 200;
        Console::RequestHistory writer(directory);
        QVERIFY2(writer.add(id, entry), qPrintable(writer.lastError()));
    }
    const auto cleanup = qScopeGuard([&] {
        for (const QString &id : std::as_const(ids))
            m_profiles->remove(id);
        QDir(directory).removeRecursively();
    });
    const auto historyFiles = [&] { return QDir(directory).entryList({u"*.json"_s}, QDir::Files).size(); };
    QCOMPARE(historyFiles(), 2);

    MAKE_WINDOW(window);
    // The Requests page (which owns the history) has not been opened: the file goes anyway.
    QVERIFY(m_profiles->remove(ids.takeLast()).ok);
    QCOMPARE(historyFiles(), 1);
    // With the page open, its history forgets the connection too.
    window.showPage(MainWindow::RequestsPage);
    Console::RequestHistory reader(directory);
    QCOMPARE(reader.entries(ids.constFirst()).size(), 1);
    QVERIFY(m_profiles->remove(ids.constFirst()).ok);
    QCOMPARE(historyFiles(), 0);
    ids.clear();
}

void TestMainWindow::aboutShowsVersions()
{
    AboutDialog dialog;
    auto *versions = dialog.findChild<QLabel *>(u"versionsLabel"_s);
    QVERIFY(versions);
    const QString text = versions->text();
    QVERIFY2(text.contains(QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION))), qPrintable(text));
    QVERIFY(text.contains(QString::fromLatin1(qVersion())));
    QVERIFY(text.contains(QStringLiteral(QT_VERSION_STR)));
    QVERIFY(text.contains(QStringLiteral(TOKENSCOPE_VERSION)));
    QVERIFY(text.contains(u"qtkeychain: "_s + QStringLiteral(TOKENSCOPE_QTKEYCHAIN_VERSION)));
    QCOMPARE(AboutDialog::versionText(), text);
    QVERIFY(dialog.windowTitle().contains(u"Tokenscope"_s));

    // Help > About opens it without blocking, and closing it deletes it.
    MAKE_WINDOW(window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.findChild<QAction *>(u"aboutAction"_s)->trigger();
    QPointer<AboutDialog> opened = window.findChild<AboutDialog *>();
    QVERIFY(opened);
    QTRY_VERIFY(opened->isVisible());
    QCOMPARE(opened->findChild<QLabel *>(u"versionsLabel"_s)->text(), text);
    opened->close();
    QTRY_VERIFY(opened.isNull());
}

void TestMainWindow::geometryIsRemembered()
{
    QSize defaultSize;
    {
        MAKE_WINDOW(window);
        defaultSize = window.size();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(1013, 677);
        window.findChild<QSplitter *>(u"mainSplitter"_s)->setSizes({233, 780});
        window.showPage(MainWindow::LogPage);
        QTRY_COMPARE(window.size(), QSize(1013, 677));
        QVERIFY(window.close());
    }
    QVERIFY(defaultSize.width() >= 640 && defaultSize.height() >= 480);
    QVERIFY(QSettings().contains(u"mainWindow/geometry"_s));

    MAKE_WINDOW(again);
    QCOMPARE(again.size(), QSize(1013, 677));
    QCOMPARE(again.currentPage(), MainWindow::LogPage);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.findChild<QSplitter *>(u"mainSplitter"_s)->sizes().value(0), 233);

    // Without saved settings the default size is used again.
    QSettings().clear();
    MAKE_WINDOW(fresh);
    QCOMPARE(fresh.size(), defaultSize);
}

void TestMainWindow::everyFocusableWidgetHasAnAccessibleName()
{
    MAKE_WINDOW(window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *keySource = window.findChild<KeySourceWidget *>();
    QVERIFY(keySource);

    // Every page, and both pages of the key source; the token chooser shows for two tokens; a
    // rate-limit gauge.
    window.rateLimitTracker()->record(QUrl(u"https://api.example/api/admin/t/clients"_s), 200,
                                      {{"X-RateLimit-Limit", "300"}, {"X-RateLimit-Remaining", "120"}});
    window.tokenInspector()->setTokenText(u"https://app.example/cb?code=abc123&state=xyz#access_token=2YotnFZFEjr1zCsicMWpAA&id_token=tGzv3JOkF0XG5Qx2TlKWIA"_s);
    int checked = 0;
    for (int page = 0; page < MainWindow::PageCount; ++page) {
        window.showPage(MainWindow::Page(page));
        const QStringList unnamed = unnamedFocusable(&window);
        QVERIFY2(unnamed.isEmpty(), qPrintable(u"page %1: "_s.arg(page) + unnamed.join(u", "_s)));
        checked += focusableCount(&window);
    }
    // The connection editor (built on first use), with every optional row showing.
    window.showPage(MainWindow::ConnectionsPage);
    window.profilesPage()->newProfile();
    ProfileEditor *editor = window.profilesPage()->editor();
    QVERIFY(editor);
    editor->findChild<QCheckBox *>(u"apiTokenCheck"_s)->setChecked(true);
    editor->findChild<QPushButton *>(u"addParameterButton"_s)->click();
    auto *authMethod = editor->findChild<QComboBox *>(u"authMethodCombo"_s);
    for (const char *method : {"client_secret_basic", "private_key_jwt", "tls_client_auth"}) {
        authMethod->setCurrentIndex(authMethod->findData(QString::fromLatin1(method)));
        const QStringList unnamedInEditor = unnamedFocusable(&window);
        QVERIFY2(unnamedInEditor.isEmpty(), qPrintable(QString::fromLatin1(method) + u": "_s + unnamedInEditor.join(u", "_s)));
    }
    const int editorFocusable = focusableCount(&window);
    QVERIFY2(editorFocusable >= 30, qPrintable(QString::number(editorFocusable)));

    window.showPage(MainWindow::TokensPage);
    keySource->setMode(KeySourceWidget::Mode::SharedSecret);
    const QStringList unnamed = unnamedFocusable(&window);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
    const int inspectorFocusable = focusableCount(&window);
    // The walk saw the inspector's inputs, tables and buttons, not just the sidebar.
    QVERIFY2(inspectorFocusable >= 20, qPrintable(QString::number(inspectorFocusable)));
    QVERIFY(checked > inspectorFocusable);
}

void TestMainWindow::mnemonicsAreUnique_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("de") << u"de"_s;
    QTest::newRow("pt_BR") << u"pt_BR"_s;
}

void TestMainWindow::mnemonicsAreUnique()
{
    QFETCH(QString, language);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(TOKENSCOPE_QM_DIR "/tokenscope_") + language + u".qm"_s));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const auto removeTranslator = qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });

    MAKE_WINDOW(window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPage(MainWindow::TokensPage);
    auto *keySource = window.findChild<KeySourceWidget *>();
    QVERIFY(keySource);
    // Two tokens, so that the token chooser and its label show as well.
    window.tokenInspector()->setTokenText(u"https://app.example/cb?code=abc123&state=xyz#access_token=2YotnFZFEjr1zCsicMWpAA&id_token=tGzv3JOkF0XG5Qx2TlKWIA"_s);
    auto *candidates = window.findChild<QComboBox *>(u"tokenCandidateCombo"_s);
    QVERIFY(candidates);
    QTRY_VERIFY(candidates->isVisible());
    QCOMPARE(mnemonic(u"C&lear"_s), u'l');
    QVERIFY(mnemonic(u"R&&D"_s).isNull());
    int seen = 0;
    QStringList clashes = mnemonicClashes(&window, &seen);
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; "_s)));
    // The walk saw the menus and the whole inspector, not just a few widgets.
    QVERIFY2(seen >= 20, qPrintable(QString::number(seen)));
    keySource->setMode(KeySourceWidget::Mode::SharedSecret);
    clashes = mnemonicClashes(&window, &seen);
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; "_s)));
}

void TestMainWindow::mnemonicsAreUniqueOnEveryPage()
{
    // The other pages, the setup wizard's pages (with the wizard's own buttons, in Qt's
    // translation of them as the app loads it) and the bulk apply dialog, in every language.
    QFETCH(QString, language);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(TOKENSCOPE_QM_DIR "/tokenscope_") + language + u".qm"_s));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QTranslator qtTranslator;
    const bool qtTranslated = language == u"en"_s
        || qtTranslator.load(QLocale(language), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (qtTranslated && language != u"en"_s)
        QCoreApplication::installTranslator(&qtTranslator);
    const auto removeTranslators = qScopeGuard([&] {
        QCoreApplication::removeTranslator(&qtTranslator);
        QCoreApplication::removeTranslator(&translator);
    });

    MAKE_WINDOW(window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    int seen = 0;
    for (const auto page : {MainWindow::ConnectionsPage, MainWindow::WorkspacesPage, MainWindow::RequestsPage,
                            MainWindow::RateLimitsPage, MainWindow::LogPage}) {
        window.showPage(page);
        QStringList clashes = mnemonicClashes(&window, &seen);
        QVERIFY2(clashes.isEmpty(), qPrintable(u"page %1: "_s.arg(int(page)) + clashes.join(u"; "_s)));
        // Each tab of the page's tab widgets in turn (a tab shows its own labels and buttons).
        for (QTabWidget *tabs : window.findChildren<QTabWidget *>()) {
            if (!tabs->isVisible())
                continue;
            const int current = tabs->currentIndex();
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                clashes = mnemonicClashes(&window, &seen);
                QVERIFY2(clashes.isEmpty(), qPrintable(u"page %1, %2 tab %3: "_s.arg(int(page)).arg(tabs->objectName()).arg(i)
                                                       + clashes.join(u"; "_s)));
            }
            tabs->setCurrentIndex(current);
        }
    }

    window.showSetupWizard();
    SetupWizard *wizard = window.setupWizard();
    QVERIFY(wizard);
    QVERIFY(QTest::qWaitForWindowExposed(wizard));
    for (const int id : wizard->pageIds()) {
        const QStringList clashes = mnemonicClashes(wizard, &seen, wizard->page(id));
        QVERIFY2(clashes.isEmpty() || !qtTranslated,
                 qPrintable(wizard->page(id)->objectName() + u": "_s + clashes.join(u"; "_s)));
        QVERIFY2(seen >= 3, qPrintable(wizard->page(id)->objectName()));
    }
    wizard->reject();

    BulkApplyDialog dialog(window.adminBrowserPage()->adminClient(), window.rateLimitTracker(), &window);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QStringList clashes = mnemonicClashes(&dialog, &seen);
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; "_s)));
    QVERIFY2(seen >= 5, qPrintable(QString::number(seen)));
}

void TestMainWindow::tabOrderFollowsTheLayout()
{
    MAKE_WINDOW(window);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.showPage(MainWindow::TokensPage);
    auto *sidebar = window.findChild<QListWidget *>(u"sidebar"_s);
    sidebar->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), sidebar);

    // Press Tab as a user would and note where focus lands, once round the window.
    QStringList visited{sidebar->objectName()};
    for (int i = 0; i < 60; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        if (focus == sidebar)
            break;
        visited << (focus->objectName().isEmpty() ? QString::fromLatin1(focus->metaObject()->className()) : focus->objectName());
    }
    const QStringList expected{u"sidebar"_s,
                               u"tokenInput"_s,
                               u"openTokenFileButton"_s,
                               u"clearTokenButton"_s,
                               u"decodedTabBar"_s,
                               u"payloadClaimsTable"_s,
                               u"headerClaimsTable"_s,
                               u"keySourceCombo"_s,
                               u"keyInput"_s,
                               u"loadKeyFileButton"_s,
                               u"jwksUrlInput"_s,
                               u"expectedIssuerInput"_s,
                               u"expectedAudienceInput"_s,
                               u"expectedNonceInput"_s,
                               u"clockSkewSpin"_s,
                               u"accessTokenInput"_s,
                               u"authorizationCodeInput"_s,
                               u"tokenRoleCombo"_s,
                               u"checksTable"_s};
    qsizetype last = -1;
    for (const QString &name : expected) {
        const qsizetype at = visited.indexOf(name);
        QVERIFY2(at > last, qPrintable(name + u" out of order in: "_s + visited.join(u", "_s)));
        last = at;
    }
}

void TestMainWindow::connectionsTabOrderFollowsTheLayout()
{
    MAKE_WINDOW(window);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.showPage(MainWindow::ConnectionsPage);
    window.profilesPage()->newProfile();
    auto *sidebar = window.findChild<QListWidget *>(u"sidebar"_s);
    sidebar->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), sidebar);

    QStringList visited{sidebar->objectName()};
    for (int i = 0; i < 120; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        if (focus == sidebar)
            break;
        visited << (focus->objectName().isEmpty() ? QString::fromLatin1(focus->metaObject()->className()) : focus->objectName());
    }
    // The list and its buttons, then the editor top to bottom: the preset's own fields right
    // after the preset, before the issuer.
    const QStringList expected{u"sidebar"_s,
                               u"profileFilterInput"_s,
                               u"profileList"_s,
                               u"newProfileButton"_s,
                               u"importProfilesButton"_s,
                               u"exportProfilesButton"_s,
                               u"profileNameInput"_s,
                               u"presetCombo"_s,
                               u"presetField:tenant_id"_s,
                               u"issuerInput"_s,
                               u"discoverButton"_s,
                               u"endpointsToggle"_s,
                               u"token_endpointInput"_s,
                               u"clientIdInput"_s,
                               u"authMethodCombo"_s,
                               u"client_secretInput"_s,
                               u"client_secretRevealButton"_s,
                               u"scopesInput"_s,
                               u"redirectHostCombo"_s,
                               u"redirectPathInput"_s,
                               u"caBundleInput"_s,
                               u"insecureTlsCheck"_s,
                               u"apiTokenCheck"_s};
    qsizetype last = -1;
    for (const QString &name : expected) {
        const qsizetype at = visited.indexOf(name);
        QVERIFY2(at > last, qPrintable(name + u" out of order in: "_s + visited.join(u", "_s)));
        last = at;
    }
}

void TestMainWindow::statusColoursReadOnLightAndDark()
{
    using StatusPalette::Tone;
    for (const QPalette &palette : {lightPalette(), darkPalette()}) {
        const bool dark = palette.color(QPalette::Base).lightnessF() < 0.5;
        QCOMPARE(StatusPalette::isDark(palette), dark);
        for (Tone tone : {Tone::Good, Tone::Bad, Tone::Caution}) {
            const QColor fg = StatusPalette::foreground(palette, tone);
            const double onBase = contrast(fg, palette.color(QPalette::Base));
            const double onBanner = contrast(fg, StatusPalette::background(palette, tone));
            QVERIFY2(onBase >= 3.0, qPrintable(u"%1 on %2: %3"_s.arg(fg.name(), palette.color(QPalette::Base).name()).arg(onBase)));
            QVERIFY2(onBanner >= 3.0, qPrintable(u"%1 on banner: %2"_s.arg(fg.name()).arg(onBanner)));
        }
    }
}

void TestMainWindow::darkPaletteScreenshot()
{
    // A dark palette reaches the banner: its text colour follows the palette, not a constant.
    const QPalette original = QApplication::palette();
    MAKE_WINDOW(window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *banner = window.findChild<QLabel *>(u"verdictBanner"_s);
    QVERIFY(banner);
    const TestKeys::KeyPair key = TestKeys::generate(Jose::Algorithm::ES256, u"2024-signing"_s);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QJsonObject claims{{u"iss"_s, u"https://acme.us.authz.cloudentity.io/acme/demo"_s},
                             {u"aud"_s, u"frontend-app"_s},
                             {u"sub"_s, u"alice"_s},
                             {u"scp"_s, QJsonArray{u"openid"_s, u"profile"_s}},
                             {u"tid"_s, u"acme"_s},
                             {u"iat"_s, now - 120},
                             {u"nbf"_s, now - 120},
                             {u"exp"_s, now + 780}};
    window.tokenInspector()->setTokenText(TestKeys::signCompact(key, {{u"typ"_s, u"JWT"_s}}, claims));
    window.tokenInspector()->verificationPanel()->keySource()->setKeyText(QString::fromUtf8(TestKeys::jwks({key})));
    QCOMPARE(banner->text(), u"Valid"_s);
    const QString lightStyle = banner->styleSheet();
    QApplication::setPalette(darkPalette());
    QTRY_VERIFY(banner->styleSheet() != lightStyle);
    QVERIFY(banner->styleSheet().contains(StatusPalette::background(darkPalette(), StatusPalette::Tone::Good).name()));
    QVERIFY(banner->styleSheet().contains(StatusPalette::foreground(darkPalette(), StatusPalette::Tone::Good).name()));

    // For a person to look at: TOKENSCOPE_SCREENSHOT_DIR=/tmp saves light and dark grabs.
    const QString dir = qEnvironmentVariable("TOKENSCOPE_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        window.resize(1180, 760);
        window.grab().save(dir + u"/mainwindow-dark.png"_s);
        QApplication::setPalette(original);
        QTRY_COMPARE(banner->styleSheet(), lightStyle);
        window.grab().save(dir + u"/mainwindow-light.png"_s);
    }
    QApplication::setPalette(original);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
