// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Workspaces page (issue 6, admin browser): pick an admin profile, see the tenant's
// workspaces with their IDPs and clients (AdminTreeModel, fetched per workspace when expanded),
// and view, edit (PUT, if-match when the GET gave an ETag) or delete (after a confirmation) the
// selected item in an AdminItemEditor.
//
//   select ──► GET item (ETag kept) ──► editor ──Save──► PUT if-match ──► 2xx: tree updated
//                                                                   └─► 412: "reload" message

#include "itemmodels/admintreemodel.h"

#include <QJsonObject>
#include <QWidget>

#include <memory>

class Confirmation;
class HttpClient;
class AdminItemEditor;
class BulkApplyDialog;
class FileChooser;
class QComboBox;
class QLabel;
class QPushButton;
class QTreeView;
namespace Admin {
class AdminClient;
struct AdminResult;
}
namespace Profiles {
class ProfileStore;
class SecretStore;
}
namespace RateLimits {
class RateLimitTracker;
}

class AdminBrowserPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdminBrowserPage)

public:
    AdminBrowserPage(HttpClient *http, Profiles::ProfileStore *profiles, Profiles::SecretStore *secrets,
                     RateLimits::RateLimitTracker *tracker, QWidget *parent = nullptr);
    ~AdminBrowserPage() override;

    // Tests answer the delete confirmation in advance; nullptr restores the message box.
    void setConfirmation(Confirmation *confirmation);
    // The file dialogs of the bulk apply dialog (tests); nullptr: the real ones. Not owned.
    void setFileChooser(FileChooser *chooser) { m_fileChooser = chooser; }
    // The admin profile in use (its id), empty when there is none.
    QString currentProfileId() const;
    void setCurrentProfile(const QString &profileId);
    AdminTreeModel *model() const { return m_model; }
    Admin::AdminClient *adminClient() const { return m_client; }

public Q_SLOTS:
    // Lists the workspaces again (the Refresh button).
    void refresh();
    // Opens the bulk apply dialog over this page's admin connection (window-modal); the tree
    // refreshes when it closes.
    void openBulkApply();
    // Selects an item, loading its workspace first when needed (the wizard's "Created" links).
    // kind: "workspace", "idp" or "client" (AdminTreeModel::Kind names work too).
    void showItem(const QString &kind, const QString &workspaceId, const QString &id);

Q_SIGNALS:
    void setupWizardRequested();
    // The selected item was loaded into the editor (after its GET), saved, or deleted.
    void itemLoaded(const QString &id);
    void itemSaved(const QString &id);
    void itemDeleted(const QString &id);
    void bulkApplyOpened(BulkApplyDialog *dialog);

private:
    void fillProfiles();
    void profileChosen();
    void selectionChanged();
    void loadSelected();
    void save();
    void remove();
    void selectPending();
    void showFailure(const Admin::AdminResult &result, const QString &action);

    Profiles::ProfileStore *m_profiles;
    Admin::AdminClient *m_client; // child
    AdminTreeModel *m_model;      // child
    std::unique_ptr<Confirmation> m_messageBoxes;
    Confirmation *m_confirmation;
    RateLimits::RateLimitTracker *m_tracker;
    FileChooser *m_fileChooser = nullptr;

    QComboBox *m_profileCombo;
    QPushButton *m_refresh;
    QPushButton *m_newWorkspace;
    QPushButton *m_bulkApply;
    QLabel *m_banner;
    QTreeView *m_tree;
    AdminItemEditor *m_editor;

    QString m_etag;        // of the item in the editor, as its GET gave it
    quint64 m_request = 0; // the editor's current GET/PUT/DELETE; older answers are dropped
    struct PendingSelection
    {
        AdminTreeModel::Kind kind = AdminTreeModel::Kind::Workspace;
        QString workspaceId;
        QString id;
        bool active = false;
    } m_pendingSelection;
};
