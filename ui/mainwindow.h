// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/sandboxdialog.h"

#include "oauth/tokenset.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QStringList>

#include <array>
#include <functional>

class ExchangeLog;
class HttpClient;
class ProfilesPage;
class RateLimitsPage;
class ExchangeLogPage;
class AdminBrowserPage;
class RequestsPage;
class SetupWizard;
class QAction;
class QListWidget;
class QSplitter;
class QStackedWidget;
class TokenInspector;
class TokensPage;

namespace RateLimits {
class RateLimitTracker;
} // namespace RateLimits
namespace Console {
class RequestHistory;
} // namespace Console

namespace Profiles {
class ProfileStore;
class SecretStore;
} // namespace Profiles

// The shell: a sidebar of pages, a menu bar and a status bar. Remembers its geometry and
// splitter positions in QSettings.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum Page { ConnectionsPage, WorkspacesPage, TokensPage, RequestsPage, RateLimitsPage, LogPage, PageCount };

    // The services come from main.cpp (the composition root); the window does not own them.
    MainWindow(HttpClient *http, Profiles::ProfileStore *profiles, Profiles::SecretStore *secrets,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    Page currentPage() const;
    TokenInspector *tokenInspector() const { return m_inspector; }
    // The Tokens page's left side (get tokens, the token set); the inspector is on its right.
    ::TokensPage *tokensPage() const { return m_tokensPage; }
    // Every HTTP exchange of the window's HttpClient and the steps of the flows.
    ExchangeLog *exchangeLog() const { return m_exchangeLog; }
    // Built on first use (first shown, or asked for here): start-up stays close to a bare window.
    ProfilesPage *profilesPage();
    ExchangeLogPage *exchangeLogPage(); // built when first needed
    // The rate-limit budget every response of the window's HttpClient reports, per host and group.
    RateLimits::RateLimitTracker *rateLimitTracker() const { return m_rateLimitTracker; }
    ::RateLimitsPage *rateLimitsPage(); // built when first needed
    AdminBrowserPage *adminBrowserPage(); // the Workspaces page, built when first needed
    ::RequestsPage *requestsPage();       // built when first needed; gets every token set
    SetupWizard *setupWizard() const; // while it is open
    QAction *pageAction(Page page) const { return m_pageActions.at(page); }

    // The local sandbox, as the composition root runs it: how to read its state and limits and
    // how to apply new limits. Until set, View > Local Sandbox is disabled.
    struct SandboxHooks
    {
        std::function<SandboxStatus()> status;
        std::function<QList<SandboxLimitRow>()> limits;
        SandboxDialog::ApplyFunction apply;
    };
    void setSandboxHooks(SandboxHooks hooks);
    QAction *sandboxAction() const { return m_sandboxAction; }
    // The connection flows start from when the user chose none: the "Local sandbox". The
    // Connections page opens on it.
    void setDefaultProfileId(const QString &id);
    QString defaultProfileId() const { return m_defaultProfileId; }

    // Shown in the status bar.
    void setSandboxState(const SandboxStatus &status);

public Q_SLOTS:
    void showPage(MainWindow::Page page);
    void openTokenFile();
    void showAbout();
    void showSandbox();
    // File > Set Up a Workspace…, and the Workspaces page's New Workspace…: the setup wizard,
    // window-modal and non-blocking (one at a time).
    void showSetupWizard();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createPages();
    void createMenus();
    void readSettings();
    void writeSettings() const;

    QListWidget *m_sidebar;
    QStackedWidget *m_stack;
    QSplitter *m_splitter;
    HttpClient *m_http;
    Profiles::ProfileStore *m_profiles;
    Profiles::SecretStore *m_secrets;
    ExchangeLog *m_exchangeLog;
    RateLimits::RateLimitTracker *m_rateLimitTracker;
    TokenInspector *m_inspector = nullptr;
    ::TokensPage *m_tokensPage = nullptr;
    QSplitter *m_tokensSplitter = nullptr;
    ProfilesPage *m_profilesPage = nullptr;
    ExchangeLogPage *m_logPage = nullptr;
    ::RateLimitsPage *m_rateLimitsPage = nullptr;
    AdminBrowserPage *m_adminPage = nullptr;
    ::RequestsPage *m_requestsPage = nullptr;
    Console::RequestHistory *m_requestHistory = nullptr; // made with the Requests page
    QHash<QString, OAuth::TokenSet> m_tokenSets; // the latest set per profile, for the Requests page
    QStringList m_groupOverrideHosts; // RateLimits::installGroupOverrides' last answer
    QPointer<SetupWizard> m_wizard;
    QAction *m_setupAction = nullptr;
    std::array<QAction *, PageCount> m_pageActions{};
    QAction *m_sandboxAction = nullptr;
    SandboxHooks m_sandboxHooks;
    QPointer<SandboxDialog> m_sandboxDialog;
    QString m_defaultProfileId;
    class QLabel *m_sandboxLabel = nullptr;
};
