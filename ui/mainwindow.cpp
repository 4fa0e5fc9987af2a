// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "aboutdialog.h"
#include "admin/adminbrowserpage.h"
#include "http/apigroupoverrides.h"
#include "http/exchangelog.h"
#include "http/ratelimittracker.h"
#include "http/requesthistory.h"
#include "inspector/tokeninspector.h"
#include "log/exchangelogpage.h"
#include "profiles/profilespage.h"
#include "profiles/profilestore.h"
#include "ratelimits/ratelimitspage.h"
#include "requests/requestspage.h"
#include "setup/setupwizard.h"
#include "tokens/tokenspage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

#include <algorithm>

namespace {

const QString GeometryKey = QStringLiteral("mainWindow/geometry");
const QString StateKey = QStringLiteral("mainWindow/state");
const QString SplitterKey = QStringLiteral("mainWindow/splitter");
// By name, so that adding a page does not move the remembered one.
const QString PageKey = QStringLiteral("mainWindow/pageName");
const std::array<const char *, MainWindow::PageCount> PageNames{"connections", "workspaces", "tokens",
                                                               "requests",    "rateLimits", "log"};
const QString InspectorKey = QStringLiteral("tokenInspector/state");
const QString TokensSplitterKey = QStringLiteral("tokensPage/splitter");

// Puts a page built on first use where its slot was, keeping it current when it was.
void replaceSlot(QStackedWidget *stack, int index, QWidget *page)
{
    QWidget *slot = stack->widget(index);
    const bool current = stack->currentIndex() == index;
    stack->insertWidget(index, page);
    stack->removeWidget(slot);
    slot->deleteLater();
    if (current)
        stack->setCurrentIndex(index);
}

} // namespace

MainWindow::MainWindow(HttpClient *http, Profiles::ProfileStore *profiles, Profiles::SecretStore *secrets,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_sidebar(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_http(http)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_exchangeLog(new ExchangeLog(1000, this))
    , m_rateLimitTracker(new RateLimits::RateLimitTracker(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Tokenscope"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/tokenscope.svg")));

    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setAccessibleName(tr("Pages"));
    m_sidebar->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sidebar->setUniformItemSizes(true);
    m_sidebar->setSpacing(2);
    m_sidebar->setMinimumWidth(120);
    m_stack->setObjectName(QStringLiteral("pages"));
    if (m_http) {
        m_exchangeLog->attach(m_http);
        m_rateLimitTracker->attach(m_http);
    }

    createPages();

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setCollapsible(1, false);
    m_splitter->setSizes({150, 1000});
    setCentralWidget(m_splitter);

    createMenus();
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->showMessage(tr("Ready"), 3000);
    m_sandboxLabel = new QLabel(this);
    m_sandboxLabel->setObjectName(QStringLiteral("sandboxStatusLabel"));
    m_sandboxLabel->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_sandboxLabel);

    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= PageCount)
            return;
        if (row == ConnectionsPage)
            profilesPage();
        else if (row == LogPage)
            exchangeLogPage();
        else if (row == RateLimitsPage)
            rateLimitsPage();
        else if (row == WorkspacesPage)
            adminBrowserPage();
        else if (row == RequestsPage)
            requestsPage();
        m_stack->setCurrentIndex(row);
        m_pageActions.at(row)->setChecked(true);
    });
    connect(m_inspector, &TokenInspector::statusMessage, this, [this](const QString &message) {
        statusBar()->showMessage(message, 5000);
    });
    connect(m_tokensPage, &::TokensPage::statusMessage, this, [this](const QString &message) {
        statusBar()->showMessage(message, 5000);
    });
    connect(m_tokensPage, &::TokensPage::tokenSetChanged, this, [this](const OAuth::TokenSet &set) {
        m_tokenSets.insert(set.profileId, set);
        if (m_requestsPage)
            m_requestsPage->setTokenSet(set);
    });
    if (m_profiles) {
        // Each connection's API groups (path prefix -> rate-limit group) apply to its hosts.
        const auto installOverrides = [this] {
            m_groupOverrideHosts = RateLimits::installGroupOverrides(*m_rateLimitTracker, m_profiles->profiles(),
                                                                     m_groupOverrideHosts);
        };
        installOverrides();
        connect(m_profiles, &Profiles::ProfileStore::profilesChanged, this, installOverrides);
        // A deleted connection's request history goes with it (also when the Requests page,
        // which owns the history, has not been opened).
        connect(m_profiles, &Profiles::ProfileStore::profileRemoved, this, [this](const QString &id) {
            if (m_requestHistory)
                m_requestHistory->forgetProfile(id);
            else
                Console::RequestHistory(Console::RequestHistory::defaultDirectory()).forgetProfile(id);
        });
    }


    readSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::createPages()
{
    const std::array<QString, PageCount> pages{tr("Connections"), tr("Workspaces"), tr("Tokens"),
                                               tr("Requests"),    tr("Rate limits"), tr("Log")};

    for (int i = 0; i < PageCount; ++i) {
        auto *item = new QListWidgetItem(pages.at(i), m_sidebar);
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(pages.at(i)).arg(i + 1));
        if (i == TokensPage) {
            m_tokensSplitter = new QSplitter(Qt::Horizontal, m_stack);
            m_tokensSplitter->setObjectName(QStringLiteral("tokensSplitter"));
            m_inspector = new TokenInspector(m_http, m_tokensSplitter);
            m_inspector->setObjectName(QStringLiteral("tokenInspector"));
            m_tokensPage = new ::TokensPage(m_http, m_profiles, m_secrets, m_exchangeLog, m_inspector, m_tokensSplitter);
            m_tokensPage->setObjectName(QStringLiteral("tokensPage"));
            // Scrolls rather than widening the window beyond what the inspector needs.
            auto *scroll = new QScrollArea(m_tokensSplitter);
            scroll->setObjectName(QStringLiteral("tokensPageScroll"));
            scroll->setAccessibleName(tr("Get tokens"));
            scroll->setWidget(m_tokensPage);
            scroll->setWidgetResizable(true);
            scroll->setFrameShape(QFrame::NoFrame);
            scroll->setFocusPolicy(Qt::NoFocus);
            scroll->setMinimumWidth(260);
            m_tokensSplitter->addWidget(scroll);
            m_tokensSplitter->addWidget(m_inspector);
            m_tokensSplitter->setChildrenCollapsible(false);
            m_tokensSplitter->setStretchFactor(0, 2);
            m_tokensSplitter->setStretchFactor(1, 3);
            m_stack->addWidget(m_tokensSplitter);
        } else {
            // The other pages replace their slot when first shown (start-up stays light).
            static const std::array<const char *, PageCount> slotNames{
                "connectionsPageSlot", "workspacesPageSlot", "", "requestsPageSlot", "rateLimitsPageSlot", "logPageSlot"};
            auto *slot = new QWidget(m_stack);
            slot->setObjectName(QString::fromLatin1(slotNames.at(i)));
            m_stack->addWidget(slot);
        }
    }
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Token File…"), this, &MainWindow::openTokenFile);
    open->setObjectName(QStringLiteral("openTokenFileAction"));
    open->setShortcut(QKeySequence::Open);
    m_setupAction = file->addAction(tr("&Set Up a Workspace…"), this, &MainWindow::showSetupWizard);
    m_setupAction->setObjectName(QStringLiteral("setupWizardAction"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    auto *group = new QActionGroup(this);
    group->setExclusive(true);
    for (int i = 0; i < PageCount; ++i) {
        QAction *action = view->addAction(m_sidebar->item(i)->text());
        action->setObjectName(QStringLiteral("showPage%1Action").arg(i + 1));
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, i] { showPage(Page(i)); });
        m_pageActions.at(i) = action;
    }

    view->addSeparator();
    m_sandboxAction = view->addAction(tr("&Local Sandbox…"), this, &MainWindow::showSandbox);
    m_sandboxAction->setObjectName(QStringLiteral("localSandboxAction"));
    m_sandboxAction->setEnabled(false);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Tokenscope"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(QStringLiteral("aboutQtAction"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

ProfilesPage *MainWindow::profilesPage()
{
    if (m_profilesPage)
        return m_profilesPage;
    m_profilesPage = new ProfilesPage(m_http, m_profiles, m_secrets, m_stack);
    m_profilesPage->setObjectName(QStringLiteral("profilesPage"));
    replaceSlot(m_stack, ConnectionsPage, m_profilesPage);
    connect(m_profilesPage, &ProfilesPage::statusMessage, this, [this](const QString &message) {
        statusBar()->showMessage(message, 5000);
    });
    if (!m_defaultProfileId.isEmpty())
        m_profilesPage->selectProfile(m_defaultProfileId);
    return m_profilesPage;
}

ExchangeLogPage *MainWindow::exchangeLogPage()
{
    if (m_logPage)
        return m_logPage;
    m_logPage = new ExchangeLogPage(m_exchangeLog, m_stack);
    m_logPage->setObjectName(QStringLiteral("exchangeLogPage"));
    replaceSlot(m_stack, LogPage, m_logPage);
    return m_logPage;
}

::RateLimitsPage *MainWindow::rateLimitsPage()
{
    if (m_rateLimitsPage)
        return m_rateLimitsPage;
    m_rateLimitsPage = new ::RateLimitsPage(m_rateLimitTracker, m_stack);
    m_rateLimitsPage->setObjectName(QStringLiteral("rateLimitsPage"));
    replaceSlot(m_stack, RateLimitsPage, m_rateLimitsPage);
    return m_rateLimitsPage;
}

AdminBrowserPage *MainWindow::adminBrowserPage()
{
    if (m_adminPage)
        return m_adminPage;
    m_adminPage = new AdminBrowserPage(m_http, m_profiles, m_secrets, m_rateLimitTracker, m_stack);
    m_adminPage->setObjectName(QStringLiteral("adminBrowserPage"));
    replaceSlot(m_stack, WorkspacesPage, m_adminPage);
    connect(m_adminPage, &AdminBrowserPage::setupWizardRequested, this, &MainWindow::showSetupWizard);
    return m_adminPage;
}

::RequestsPage *MainWindow::requestsPage()
{
    if (m_requestsPage)
        return m_requestsPage;
    m_requestHistory = new Console::RequestHistory(Console::RequestHistory::defaultDirectory(), this);
    m_requestsPage = new ::RequestsPage(m_http, m_profiles, m_secrets, m_rateLimitTracker, m_requestHistory, m_stack);
    m_requestsPage->setObjectName(QStringLiteral("requestsPage"));
    replaceSlot(m_stack, RequestsPage, m_requestsPage);
    for (const OAuth::TokenSet &set : std::as_const(m_tokenSets))
        m_requestsPage->setTokenSet(set);
    if (!m_defaultProfileId.isEmpty())
        m_requestsPage->selectProfile(m_defaultProfileId);
    connect(m_requestsPage, &::RequestsPage::requestStarted, m_exchangeLog, &ExchangeLog::setCurrentSource);
    connect(m_requestsPage, &::RequestsPage::statusMessage, this, [this](const QString &message) {
        statusBar()->showMessage(message, 5000);
    });
    return m_requestsPage;
}

SetupWizard *MainWindow::setupWizard() const
{
    return m_wizard;
}

void MainWindow::showSetupWizard()
{
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return;
    }
    m_wizard = new SetupWizard(m_http, m_profiles, m_secrets, m_rateLimitTracker, this);
    m_wizard->setObjectName(QStringLiteral("setupWizard"));
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &SetupWizard::tokensReceived, this, [this](const OAuth::TokenSet &set) {
        m_tokensPage->adoptTokenSet(set);
    });
    connect(m_wizard, &SetupWizard::openInAdminBrowserRequested, this,
            [this](const QString &kind, const QString &workspaceId, const QString &id) {
        showPage(WorkspacesPage);
        adminBrowserPage()->showItem(kind, workspaceId, id);
    });
    connect(m_wizard, &SetupWizard::progressChanged, this, [this] {
        if (m_adminPage)
            m_adminPage->refresh();
    });
    m_wizard->open();
}

void MainWindow::setDefaultProfileId(const QString &id)
{
    m_defaultProfileId = id;
    m_tokensPage->setDefaultProfileId(id);
    // A page already built shows it unless the user is on another profile.
    if (m_profilesPage && m_profilesPage->currentProfileId().isEmpty())
        m_profilesPage->selectProfile(id);
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_stack->currentIndex());
}

void MainWindow::showPage(MainWindow::Page page)
{
    if (page < 0 || page >= PageCount)
        return;
    m_sidebar->setCurrentRow(page);
}

void MainWindow::openTokenFile()
{
    showPage(TokensPage);
    m_inspector->openFile();
}

void MainWindow::showAbout()
{
    // Window-modal and non-blocking: no nested event loop.
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    writeSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::readSettings()
{
    QSettings settings;
    const QByteArray geometry = settings.value(GeometryKey).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        QSize size(1180, 760);
        if (const QScreen *screen = QGuiApplication::primaryScreen())
            size = size.boundedTo(screen->availableSize() * 0.9);
        resize(size);
    }
    restoreState(settings.value(StateKey).toByteArray());
    m_splitter->restoreState(settings.value(SplitterKey).toByteArray());
    m_inspector->restoreState(settings.value(InspectorKey).toByteArray());
    m_tokensSplitter->restoreState(settings.value(TokensSplitterKey).toByteArray());
    const QByteArray page = settings.value(PageKey).toString().toLatin1();
    const auto remembered = std::find(PageNames.cbegin(), PageNames.cend(), page);
    showPage(remembered == PageNames.cend() ? TokensPage : Page(remembered - PageNames.cbegin()));
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(SplitterKey, m_splitter->saveState());
    settings.setValue(InspectorKey, m_inspector->saveState());
    settings.setValue(TokensSplitterKey, m_tokensSplitter->saveState());
    settings.setValue(PageKey, QString::fromLatin1(PageNames.at(currentPage())));
}

void MainWindow::setSandboxHooks(SandboxHooks hooks)
{
    m_sandboxHooks = std::move(hooks);
    m_sandboxAction->setEnabled(bool(m_sandboxHooks.status));
}

void MainWindow::setSandboxState(const SandboxStatus &status)
{
    if (status.running) {
        m_sandboxLabel->setText(tr("Sandbox: %1").arg(status.baseUrl.toString()));
        m_sandboxLabel->setToolTip(tr("The local sandbox tenant runs on %1 (View > Local Sandbox).")
                                       .arg(status.baseUrl.toString()));
    } else {
        m_sandboxLabel->setText(tr("Sandbox: not running"));
        m_sandboxLabel->setToolTip(status.problem);
    }
}

void MainWindow::showSandbox()
{
    if (!m_sandboxHooks.status)
        return;
    if (m_sandboxDialog) {
        m_sandboxDialog->raise();
        m_sandboxDialog->activateWindow();
        return;
    }
    m_sandboxDialog = new SandboxDialog(m_sandboxHooks.status(),
                                        m_sandboxHooks.limits ? m_sandboxHooks.limits() : QList<SandboxLimitRow>{},
                                        m_sandboxHooks.apply, this);
    m_sandboxDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_sandboxDialog->open();
}
