// SPDX-License-Identifier: GPL-3.0-or-later
#include "setup/setupwizard.h"

#include "admin/adminclient.h"
#include "filechooser.h"
#include "setup/clientpage.h"
#include "setup/connectpage.h"
#include "setup/idppage.h"
#include "setup/trypage.h"
#include "setup/workspacepage.h"
#include "systembrowserlauncher.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace {
enum CreatedRole { KindRole = Qt::UserRole + 1, WorkspaceRole, IdRole };
}

SetupWizard::SetupWizard(HttpClient *http, Profiles::ProfileStore *profiles, Profiles::SecretStore *secrets,
                         RateLimits::RateLimitTracker *tracker, QWidget *parent)
    : QWizard(parent)
    , m_http(http)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_tracker(tracker)
    , m_admin(new Admin::AdminClient(http, secrets, tracker, this))
{
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(tr("Set Up a Workspace"));
    setAccessibleName(tr("Workspace setup wizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);

    setPage(ConnectPageId, new Setup::ConnectPage(this));
    setPage(WorkspacePageId, new Setup::WorkspacePage(this));
    setPage(IdpPageId, new Setup::IdpPage(this));
    setPage(ClientPageId, new Setup::ClientPage(this));
    setPage(TryPageId, new Setup::TryPage(this));

    // The side panel: what this wizard created, each a link to the admin browser.
    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    auto *createdLabel = new QLabel(tr("&What was created:"), side);
    m_created = new QListWidget(side);
    m_created->setObjectName(QStringLiteral("createdList"));
    m_created->setAccessibleName(tr("Created items"));
    m_created->setToolTip(tr("Double-click or press Enter to open an item in the admin browser."));
    createdLabel->setBuddy(m_created);
    m_startOver = new QPushButton(tr("Start O&ver"), side);
    m_startOver->setObjectName(QStringLiteral("startOverButton"));
    m_startOver->setAccessibleName(tr("Start over"));
    m_startOver->setToolTip(tr("Forget this wizard's progress for the connection; created items are kept."));
    sideLayout->addWidget(createdLabel);
    sideLayout->addWidget(m_created, 1);
    sideLayout->addWidget(m_startOver);
    side->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 28);
    setSideWidget(side);
    connect(m_created, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit openInAdminBrowserRequested(item->data(KindRole).toString(), item->data(WorkspaceRole).toString(),
                                         item->data(IdRole).toString());
    });
    connect(m_startOver, &QPushButton::clicked, this, [this] {
        forgetProgress();
        if (currentId() != ConnectPageId)
            restart();
    });
    refreshCreatedList();
}

SetupWizard::~SetupWizard() = default;

void SetupWizard::setBrowserLauncher(OAuth::BrowserLauncher *browser)
{
    m_browser = browser;
}

void SetupWizard::setFileChooser(FileChooser *chooser)
{
    m_chooser = chooser;
}

OAuth::BrowserLauncher *SetupWizard::browserLauncher() const
{
    if (m_browser)
        return m_browser;
    if (!m_systemBrowser)
        const_cast<SetupWizard *>(this)->m_systemBrowser = std::make_unique<SystemBrowserLauncher>();
    return m_systemBrowser.get();
}

FileChooser *SetupWizard::fileChooser() const
{
    if (m_chooser)
        return m_chooser;
    if (!m_dialogChooser)
        const_cast<SetupWizard *>(this)->m_dialogChooser = std::make_unique<DialogFileChooser>();
    return m_dialogChooser.get();
}

void SetupWizard::setConnected(const Profiles::Profile &adminProfile, const QStringList &workspaceIds)
{
    const bool changed = adminProfile.id != m_adminProfile.id;
    m_adminProfile = adminProfile;
    m_workspaceIds = workspaceIds;
    m_admin->setProfile(adminProfile);
    if (changed)
        loadProgress();
}

QString SetupWizard::settingsKey() const
{
    return m_settingsGroup + QLatin1Char('/') + m_adminProfile.id;
}

void SetupWizard::loadProgress()
{
    m_progress = {};
    if (!m_adminProfile.id.isEmpty()) {
        QSettings settings;
        settings.beginGroup(settingsKey());
        m_progress.workspaceId = settings.value(QStringLiteral("workspaceId")).toString();
        m_progress.workspaceName = settings.value(QStringLiteral("workspaceName")).toString();
        m_progress.idpId = settings.value(QStringLiteral("idpId")).toString();
        m_progress.idpName = settings.value(QStringLiteral("idpName")).toString();
        m_progress.clientId = settings.value(QStringLiteral("clientId")).toString();
        m_progress.clientName = settings.value(QStringLiteral("clientName")).toString();
        m_progress.clientProfileId = settings.value(QStringLiteral("clientProfileId")).toString();
        m_progress.userName = settings.value(QStringLiteral("userName")).toString();
        // A workspace deleted meanwhile (elsewhere) is not resumed.
        if (!m_progress.workspaceId.isEmpty() && !m_workspaceIds.contains(m_progress.workspaceId))
            m_progress = {};
    }
    refreshCreatedList();
    emit progressChanged();
}

void SetupWizard::saveProgress() const
{
    if (m_adminProfile.id.isEmpty())
        return;
    QSettings settings;
    settings.beginGroup(settingsKey());
    const auto put = [&](const char *key, const QString &value) {
        if (value.isEmpty())
            settings.remove(QLatin1String(key));
        else
            settings.setValue(QLatin1String(key), value);
    };
    put("workspaceId", m_progress.workspaceId);
    put("workspaceName", m_progress.workspaceName);
    put("idpId", m_progress.idpId);
    put("idpName", m_progress.idpName);
    put("clientId", m_progress.clientId);
    put("clientName", m_progress.clientName);
    put("clientProfileId", m_progress.clientProfileId);
    put("userName", m_progress.userName);
}

void SetupWizard::setProgress(const Progress &progress)
{
    m_progress = progress;
    if (!progress.workspaceId.isEmpty() && !m_workspaceIds.contains(progress.workspaceId))
        m_workspaceIds.append(progress.workspaceId);
    saveProgress();
    refreshCreatedList();
    emit progressChanged();
}

void SetupWizard::forgetProgress()
{
    m_progress = {};
    if (!m_adminProfile.id.isEmpty()) {
        QSettings settings;
        settings.remove(settingsKey());
    }
    refreshCreatedList();
    emit progressChanged();
}

void SetupWizard::refreshCreatedList()
{
    m_created->clear();
    const auto add = [this](const QString &text, const char *kind, const QString &id) {
        auto *item = new QListWidgetItem(text, m_created);
        item->setData(KindRole, QLatin1String(kind));
        item->setData(WorkspaceRole, m_progress.workspaceId);
        item->setData(IdRole, id);
        item->setToolTip(tr("Open in the admin browser"));
    };
    if (!m_progress.workspaceId.isEmpty())
        add(tr("Workspace %1").arg(m_progress.workspaceName.isEmpty() ? m_progress.workspaceId : m_progress.workspaceName),
            "workspace", m_progress.workspaceId);
    if (!m_progress.idpId.isEmpty())
        add(tr("Identity provider %1").arg(m_progress.idpName.isEmpty() ? m_progress.idpId : m_progress.idpName), "idp",
            m_progress.idpId);
    if (!m_progress.clientId.isEmpty())
        add(tr("Application %1").arg(m_progress.clientName.isEmpty() ? m_progress.clientId : m_progress.clientName),
            "client", m_progress.clientId);
    m_startOver->setEnabled(m_created->count() > 0);
}
