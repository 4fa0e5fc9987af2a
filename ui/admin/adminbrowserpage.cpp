// SPDX-License-Identifier: GPL-3.0-or-later
#include "admin/adminbrowserpage.h"

#include "admin/adminclient.h"
#include "admin/adminitemeditor.h"
#include "admin/bulkapplydialog.h"
#include "confirmation.h"
#include "profiles/profilestore.h"
#include "statuspalette.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLoggingCategory>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using Kind = AdminTreeModel::Kind;

Q_LOGGING_CATEGORY(lcAdminBrowser, "tokenscope.ui.adminbrowser", QtWarningMsg)

namespace {

// Secrets the GETs return (a client's secret, a workspace's secret) stay out of the editor; the
// server keeps them when a PUT leaves them out.
QJsonObject withoutSecrets(Kind kind, QJsonObject document)
{
    if (kind == Kind::Client)
        document.remove(u"client_secret"_s);
    if (kind == Kind::Workspace)
        document.remove(u"secret"_s);
    return document;
}

bool isStatic(const QJsonObject &idpListDocument)
{
    return idpListDocument.value(u"method"_s).toString() == u"static";
}

} // namespace

AdminBrowserPage::AdminBrowserPage(HttpClient *http, Profiles::ProfileStore *profiles, Profiles::SecretStore *secrets,
                                   RateLimits::RateLimitTracker *tracker, QWidget *parent)
    : QWidget(parent)
    , m_profiles(profiles)
    , m_client(new Admin::AdminClient(http, secrets, tracker, this))
    , m_model(new AdminTreeModel(m_client, this))
    , m_messageBoxes(std::make_unique<MessageBoxConfirmation>())
    , m_confirmation(m_messageBoxes.get())
    , m_tracker(tracker)
    , m_profileCombo(new QComboBox(this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_newWorkspace(new QPushButton(tr("&New Workspace…"), this))
    , m_bulkApply(new QPushButton(tr("&Bulk Apply…"), this))
    , m_banner(new QLabel(this))
    , m_tree(new QTreeView(this))
    , m_editor(new AdminItemEditor(this))
{
    m_profileCombo->setObjectName(u"adminProfileCombo"_s);
    m_profileCombo->setAccessibleName(tr("Admin connection"));
    m_profileCombo->setToolTip(tr("A Cloudentity or sandbox connection with the admin workspace's client"));
    auto *profileLabel = new QLabel(tr("Admin &connection:"), this);
    profileLabel->setBuddy(m_profileCombo);
    m_refresh->setObjectName(u"refreshButton"_s);
    m_refresh->setAccessibleName(tr("Refresh the workspaces"));
    m_refresh->setToolTip(tr("Refresh (%1)").arg(QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText)));
    auto *refreshAction = new QAction(this);
    refreshAction->setShortcut(QKeySequence::Refresh);
    refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(refreshAction, &QAction::triggered, m_refresh, &QPushButton::click);
    addAction(refreshAction);
    m_newWorkspace->setObjectName(u"newWorkspaceButton"_s);
    m_newWorkspace->setAccessibleName(tr("New workspace with the setup wizard"));
    m_bulkApply->setObjectName(u"bulkApplyButton"_s);
    m_bulkApply->setAccessibleName(tr("Bulk apply a file of workspaces, IDPs and clients"));

    m_banner->setObjectName(u"adminBanner"_s);
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_banner->setAccessibleName(tr("Workspaces status"));
    m_banner->hide();

    m_tree->setObjectName(u"adminTree"_s);
    m_tree->setAccessibleName(tr("Workspaces, identity providers and clients"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(AdminTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_editor->setObjectName(u"adminItemEditor"_s);

    auto *top = new QHBoxLayout;
    top->addWidget(profileLabel);
    top->addWidget(m_profileCombo, 1);
    top->addWidget(m_refresh);
    top->addStretch();
    top->addWidget(m_newWorkspace);
    top->addWidget(m_bulkApply);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(u"adminSplitter"_s);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    setTabOrder(m_profileCombo, m_refresh);
    setTabOrder(m_refresh, m_newWorkspace);
    setTabOrder(m_newWorkspace, m_bulkApply);
    setTabOrder(m_bulkApply, m_tree);

    auto *deleteShortcut = new QShortcut(QKeySequence::Delete, m_tree, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteShortcut, &QShortcut::activated, this, &AdminBrowserPage::remove);

    connect(m_profiles, &Profiles::ProfileStore::profilesChanged, this, &AdminBrowserPage::fillProfiles);
    connect(m_profileCombo, &QComboBox::currentIndexChanged, this, &AdminBrowserPage::profileChosen);
    connect(m_refresh, &QPushButton::clicked, this, &AdminBrowserPage::refresh);
    connect(m_newWorkspace, &QPushButton::clicked, this, &AdminBrowserPage::setupWizardRequested);
    connect(m_bulkApply, &QPushButton::clicked, this, &AdminBrowserPage::openBulkApply);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &AdminBrowserPage::selectionChanged);
    connect(m_model, &AdminTreeModel::loadFailed, this, [this](const QString &message) {
        m_banner->setStyleSheet(StatusPalette::bannerStyleSheet(palette(), StatusPalette::Tone::Bad));
        m_banner->setText(message);
        m_banner->show();
        m_pendingSelection.active = false;
    });
    connect(m_model, &AdminTreeModel::workspacesLoaded, this, [this] {
        m_banner->hide();
        selectPending();
    });
    connect(m_model, &AdminTreeModel::workspaceLoaded, this, &AdminBrowserPage::selectPending);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_editor->clearItem(); });
    connect(m_editor, &AdminItemEditor::saveRequested, this, &AdminBrowserPage::save);
    connect(m_editor, &AdminItemEditor::deleteRequested, this, &AdminBrowserPage::remove);
    connect(m_editor, &AdminItemEditor::reloadRequested, this, &AdminBrowserPage::loadSelected);

    fillProfiles();
}

AdminBrowserPage::~AdminBrowserPage() = default;

void AdminBrowserPage::setConfirmation(Confirmation *confirmation)
{
    m_confirmation = confirmation ? confirmation : m_messageBoxes.get();
}

QString AdminBrowserPage::currentProfileId() const
{
    return m_profileCombo->currentData().toString();
}

void AdminBrowserPage::setCurrentProfile(const QString &profileId)
{
    const int index = m_profileCombo->findData(profileId);
    if (index >= 0)
        m_profileCombo->setCurrentIndex(index);
}

void AdminBrowserPage::fillProfiles()
{
    const QString current = currentProfileId();
    {
        const QSignalBlocker blocker(m_profileCombo);
        m_profileCombo->clear();
        for (const Profiles::Profile &profile : m_profiles->profiles())
            if (Admin::isAdminProfile(profile))
                m_profileCombo->addItem(profile.name, profile.id);
        const int index = m_profileCombo->findData(current);
        m_profileCombo->setCurrentIndex(index >= 0 ? index : 0);
    }
    const bool none = m_profileCombo->count() == 0;
    m_profileCombo->setEnabled(!none);
    m_refresh->setEnabled(!none);
    m_bulkApply->setEnabled(!none);
    if (none) {
        m_model->clear();
        m_banner->setStyleSheet(StatusPalette::bannerStyleSheet(palette(), StatusPalette::Tone::Caution));
        m_banner->setText(tr("No admin connection yet. Start the local sandbox, or add a Cloudentity connection "
                             "for the admin workspace's client on the Connections page (or with New Workspace…)."));
        m_banner->show();
        return;
    }
    // A changed profile (new port, new client) counts as a new choice too.
    const std::optional<Profiles::Profile> chosen = m_profiles->findById(currentProfileId());
    if (currentProfileId() != current || !chosen || !(*chosen == m_client->profile()))
        profileChosen();
}

void AdminBrowserPage::profileChosen()
{
    const std::optional<Profiles::Profile> profile = m_profiles->findById(currentProfileId());
    if (!profile)
        return;
    m_client->setProfile(*profile);
    m_banner->hide();
    ++m_request;
    m_model->reload();
}

void AdminBrowserPage::refresh()
{
    // The selected item is selected again once the tree is back.
    const QModelIndex current = m_tree->currentIndex();
    if (current.isValid() && m_editor->hasItem()) {
        m_pendingSelection = {m_editor->kind(), m_editor->workspaceId(), m_editor->itemId(), true};
    }
    ++m_request;
    m_model->reload();
}

void AdminBrowserPage::openBulkApply()
{
    auto *dialog = new BulkApplyDialog(m_client, m_tracker, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileChooser(m_fileChooser);
    connect(dialog, &QDialog::finished, this, &AdminBrowserPage::refresh);
    dialog->open();
    Q_EMIT bulkApplyOpened(dialog);
}

void AdminBrowserPage::showItem(const QString &kind, const QString &workspaceId, const QString &id)
{
    const QString name = kind.toLower();
    Kind parsed = Kind::Workspace;
    if (name == u"idp")
        parsed = Kind::Idp;
    else if (name == u"client")
        parsed = Kind::Client;
    else if (name != u"workspace")
        qCWarning(lcAdminBrowser) << "showItem: unknown kind" << kind << "- showing the workspace";
    m_pendingSelection = {parsed, workspaceId, parsed == Kind::Workspace ? workspaceId : id, true};
    const QModelIndex workspace = m_model->findItem(Kind::Workspace, workspaceId, {});
    if (!m_model->isLoading() && !workspace.isValid()) {
        m_model->reload(); // made after the last listing (the wizard just created it)
        return;
    }
    if (workspace.isValid() && parsed != Kind::Workspace && !m_model->canFetchMore(workspace)
        && !m_model->findItem(parsed, workspaceId, id).isValid() && !m_model->isLoading()) {
        m_model->reloadWorkspace(workspaceId);
        return;
    }
    selectPending();
}

void AdminBrowserPage::selectPending()
{
    if (!m_pendingSelection.active)
        return;
    const PendingSelection &want = m_pendingSelection;
    const QModelIndex found = m_model->findItem(want.kind, want.workspaceId, want.id);
    if (found.isValid()) {
        m_pendingSelection.active = false;
        m_tree->expand(found.parent().parent());
        m_tree->expand(found.parent());
        m_tree->setCurrentIndex(found);
        m_tree->scrollTo(found);
        return;
    }
    const QModelIndex workspace = m_model->findItem(Kind::Workspace, want.workspaceId, {});
    if (workspace.isValid() && m_model->canFetchMore(workspace)) {
        m_tree->expand(workspace); // fetches; workspaceLoaded comes back here
        m_model->fetchMore(workspace);
        return;
    }
    if (m_model->isLoading())
        return;
    m_pendingSelection.active = false;
    m_banner->setStyleSheet(StatusPalette::bannerStyleSheet(palette(), StatusPalette::Tone::Caution));
    m_banner->setText(tr("%1 is not on the server (any more): it may have been deleted. Refresh to see the current "
                         "state.")
                          .arg(want.id));
    m_banner->show();
}

void AdminBrowserPage::selectionChanged()
{
    const QModelIndex current = m_tree->currentIndex();
    const Kind kind = AdminTreeModel::kindOf(current);
    if (!current.isValid() || kind == Kind::IdpGroup || kind == Kind::ClientGroup) {
        ++m_request;
        m_editor->clearItem(current.isValid() ? tr("Select an item of the group to see it here.") : QString());
        return;
    }
    loadSelected();
}

void AdminBrowserPage::loadSelected()
{
    const QModelIndex current = m_tree->currentIndex().siblingAtColumn(0);
    if (!current.isValid())
        return;
    const Kind kind = AdminTreeModel::kindOf(current);
    const QString wid = current.data(AdminTreeModel::WorkspaceRole).toString();
    const QString id = current.data(AdminTreeModel::IdRole).toString();
    const QJsonObject listed = current.data(AdminTreeModel::DocumentRole).toJsonObject();
    const quint64 request = ++m_request;
    m_etag.clear();

    if (kind == Kind::Idp && !isStatic(listed)) {
        m_editor->setItem(kind, wid, id, listed, false);
        Q_EMIT itemLoaded(id);
        return;
    }
    m_editor->setItem(kind, wid, id, withoutSecrets(kind, listed), false);
    m_editor->setBusy(true, tr("Loading %1…").arg(id));
    auto done = [this, request, kind, wid, id](const Admin::AdminResult &result) {
        if (request != m_request)
            return;
        m_editor->setBusy(false);
        if (!result.ok()) {
            showFailure(result, tr("Loading %1").arg(id));
            return;
        }
        m_etag = result.etag;
        m_editor->setItem(kind, wid, id, withoutSecrets(kind, result.object()), true);
        Q_EMIT itemLoaded(id);
    };
    switch (kind) {
    case Kind::Workspace:
        m_client->getServer(wid, this, done);
        break;
    case Kind::Idp:
        m_client->getStaticIdp(wid, id, this, done);
        break;
    case Kind::Client:
        m_client->getClient(id, this, done);
        break;
    default:
        break;
    }
}

void AdminBrowserPage::save()
{
    if (!m_editor->hasItem())
        return;
    const std::optional<QJsonObject> document = m_editor->document();
    if (!document)
        return;
    const Kind kind = m_editor->kind();
    const QString wid = m_editor->workspaceId();
    const QString id = m_editor->itemId();
    Admin::CallOptions options;
    options.ifMatch = m_etag;
    const quint64 request = ++m_request;
    m_editor->setBusy(true, tr("Saving %1…").arg(id));
    auto done = [this, request, kind, wid, id](const Admin::AdminResult &result) {
        if (request != m_request)
            return;
        m_editor->setBusy(false);
        if (!result.ok()) {
            showFailure(result, tr("Saving %1").arg(id));
            return;
        }
        const QModelIndex item = m_model->findItem(kind, wid, id);
        QJsonObject listed = item.data(AdminTreeModel::DocumentRole).toJsonObject();
        const QJsonObject saved = result.object();
        for (auto it = saved.begin(); it != saved.end(); ++it)
            if (it.key() != u"credentials" && it.key() != u"secret" && it.key() != u"client_secret")
                listed.insert(it.key(), it.value());
        m_model->updateItem(kind, wid, id, listed);
        if (!result.etag.isEmpty() && !saved.isEmpty()) {
            m_etag = result.etag;
            m_editor->setItem(kind, wid, id, withoutSecrets(kind, saved), true);
        } else {
            loadSelected(); // for a fresh ETag
        }
        m_editor->showMessage(tr("Saved %1.").arg(id), false);
        Q_EMIT itemSaved(id);
    };
    switch (kind) {
    case Kind::Workspace:
        m_client->updateServer(wid, *document, options, this, done);
        break;
    case Kind::Idp:
        m_client->updateStaticIdp(wid, id, *document, options, this, done);
        break;
    case Kind::Client:
        m_client->updateClient(id, *document, options, this, done);
        break;
    default:
        break;
    }
}

void AdminBrowserPage::remove()
{
    if (!m_editor->hasItem())
        return;
    const Kind kind = m_editor->kind();
    const QString wid = m_editor->workspaceId();
    const QString id = m_editor->itemId();
    QString title;
    QString text;
    switch (kind) {
    case Kind::Workspace:
        title = tr("Delete Workspace");
        text = tr("Delete the workspace %1 with all its identity providers, users and clients? This cannot be undone.")
                   .arg(id);
        break;
    case Kind::Idp:
        title = tr("Delete Identity Provider");
        text = tr("Delete the identity provider %1 of %2 (its users too)? This cannot be undone.").arg(id, wid);
        break;
    default:
        title = tr("Delete Client");
        text = tr("Delete the client %1 of %2? Applications using it can no longer get tokens. This cannot be "
                  "undone.")
                   .arg(id, wid);
        break;
    }
    if (!m_confirmation->confirm(this, title, text, tr("Delete")))
        return;
    Admin::CallOptions options;
    options.ifMatch = m_etag;
    const quint64 request = ++m_request;
    m_editor->setBusy(true, tr("Deleting %1…").arg(id));
    auto done = [this, request, kind, wid, id](const Admin::AdminResult &result) {
        if (request != m_request)
            return;
        m_editor->setBusy(false);
        if (!result.ok()) {
            showFailure(result, tr("Deleting %1").arg(id));
            return;
        }
        m_model->removeItem(kind, wid, id);
        ++m_request;
        m_editor->clearItem(tr("Deleted %1.").arg(id));
        Q_EMIT itemDeleted(id);
    };
    switch (kind) {
    case Kind::Workspace:
        m_client->deleteServer(wid, options, this, done);
        break;
    case Kind::Idp:
        m_client->deleteIdp(wid, id, options, this, done);
        break;
    case Kind::Client:
        m_client->deleteClient(id, options, this, done);
        break;
    default:
        break;
    }
}

void AdminBrowserPage::showFailure(const Admin::AdminResult &result, const QString &action)
{
    QString message;
    if (result.status() == 412) {
        message = tr("%1 failed: it was changed on the server since you loaded it. Reload it, then make your "
                     "change again.")
                      .arg(action);
    } else {
        message = tr("%1 failed: %2").arg(action, result.error);
        for (const Admin::FieldError &field : result.fieldErrors)
            message += u'\n' + tr("%1: %2").arg(field.field, field.message);
    }
    m_editor->showMessage(message, true);
    m_editor->showFieldErrors(result.fieldErrors);
}
