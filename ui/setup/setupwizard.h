// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The workspace setup wizard (issue 6): from nothing to a working sign-in, by form, against the
// local sandbox or a Cloudentity tenant. Protocol work is models/admin's and models/oauth's.
//
//   Connect ── AdminClient::testConnection (admin token, workspaces) ──► admin profile
//   Workspace ── createServer (201) ──► progress.workspaceId
//   Static IDP ── createStaticIdp (users) ──► progress.idpId
//   Application ── createClient ──► client id + secret ──► new Profile, secret ──► SecretStore
//   Try it ── AuthorizationCodeFlow (new profile, browser) ──► tokensReceived(TokenSet)
//
// Progress (ids, never secrets) is kept in QSettings per admin profile, so the wizard can be
// left and resumed; the side panel lists what was created, each item a link
// (openInAdminBrowserRequested, which the main window connects to the admin browser).

#include "oauth/tokenset.h"
#include "profiles/profile.h"

#include <QStringList>
#include <QWizard>

#include <memory>

class FileChooser;
class HttpClient;
class QListWidget;
class QPushButton;

namespace Admin {
class AdminClient;
}
namespace OAuth {
class BrowserLauncher;
}
namespace Profiles {
class ProfileStore;
class SecretStore;
} // namespace Profiles
namespace RateLimits {
class RateLimitTracker;
}

namespace Setup {
class ConnectPage;
class WorkspacePage;
class IdpPage;
class ClientPage;
class TryPage;
} // namespace Setup

class SetupWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetupWizard)

public:
    enum PageId { ConnectPageId, WorkspacePageId, IdpPageId, ClientPageId, TryPageId };

    // What the wizard created for one admin profile (ids only).
    struct Progress
    {
        QString workspaceId, workspaceName;
        QString idpId, idpName;
        QString clientId, clientName;
        QString clientProfileId; // the profile made from the client
        QString userName;        // a mock user to try the sign-in with (no password)
    };

    SetupWizard(HttpClient *http, Profiles::ProfileStore *profiles, Profiles::SecretStore *secrets,
                RateLimits::RateLimitTracker *tracker, QWidget *parent = nullptr);
    ~SetupWizard() override;

    // Seams: the browser for "Try it" (null: the system browser) and the file dialog for the
    // users import (null: the real dialog). Not owned.
    void setBrowserLauncher(OAuth::BrowserLauncher *browser);
    void setFileChooser(FileChooser *chooser);
    // The settings group the progress is kept under (tests); default "setupWizard".
    void setSettingsGroup(const QString &group) { m_settingsGroup = group; }

    // --- for the pages ---
    HttpClient *http() const { return m_http; }
    Profiles::ProfileStore *profiles() const { return m_profiles; }
    Profiles::SecretStore *secrets() const { return m_secrets; }
    Admin::AdminClient *admin() const { return m_admin; }
    RateLimits::RateLimitTracker *tracker() const { return m_tracker; }
    OAuth::BrowserLauncher *browserLauncher() const;
    FileChooser *fileChooser() const;

    // The admin profile the wizard acts as; set by the Connect page once the test passed.
    // Loads that profile's progress.
    void setConnected(const Profiles::Profile &adminProfile, const QStringList &workspaceIds);
    bool isConnected() const { return !m_adminProfile.id.isEmpty(); }
    const Profiles::Profile &adminProfile() const { return m_adminProfile; }
    QStringList workspaceIds() const { return m_workspaceIds; }
    const Progress &progress() const { return m_progress; }
    // Called by the pages after a create: saved at once, and shown in the Created list.
    void setProgress(const Progress &progress);
    void forgetProgress(); // "Start over": the next pages create afresh (nothing is deleted)

Q_SIGNALS:
    // The "Try it" step's tokens, for the Tokens page.
    void tokensReceived(const OAuth::TokenSet &tokens);
    // A connection profile the wizard made (the admin profile for a tenant, the client's profile).
    void profileCreated(const QString &profileId);
    // A "Created" item activated: kind "workspace", "idp" or "client".
    void openInAdminBrowserRequested(const QString &kind, const QString &workspaceId, const QString &id);
    void progressChanged();

private:
    void loadProgress();
    void saveProgress() const;
    void refreshCreatedList();
    QString settingsKey() const;

    HttpClient *m_http;
    Profiles::ProfileStore *m_profiles;
    Profiles::SecretStore *m_secrets;
    RateLimits::RateLimitTracker *m_tracker;
    Admin::AdminClient *m_admin; // child
    OAuth::BrowserLauncher *m_browser = nullptr;
    std::unique_ptr<OAuth::BrowserLauncher> m_systemBrowser;
    FileChooser *m_chooser = nullptr;
    std::unique_ptr<FileChooser> m_dialogChooser;
    QString m_settingsGroup = QStringLiteral("setupWizard");
    Profiles::Profile m_adminProfile;
    QStringList m_workspaceIds;
    Progress m_progress;
    QListWidget *m_created = nullptr;
    QPushButton *m_startOver = nullptr;
};
