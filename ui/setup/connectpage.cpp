// SPDX-License-Identifier: GPL-3.0-or-later
#include "setup/connectpage.h"

#include "admin/adminclient.h"
#include "admin/bulkapplydialog.h"
#include "oauth/providerpresets.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "setup/setupwizard.h"

#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcSetupWizard, "tokenscope.ui.setup")

namespace Setup {

namespace {
const QString LocalMarker = QStringLiteral("local_sandbox");
const QString AdminWorkspace = QStringLiteral("admin");
} // namespace

ConnectPage::ConnectPage(SetupWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("connectPage"));
    setTitle(tr("Connect"));
    setSubTitle(tr("Choose the tenant to set up. The local sandbox needs nothing typed."));

    m_sandbox = new QRadioButton(tr("&Local sandbox"), this);
    m_sandbox->setObjectName(QStringLiteral("localSandboxRadio"));
    m_sandbox->setAccessibleName(tr("Local sandbox"));
    m_tenant = new QRadioButton(tr("&Cloudentity tenant"), this);
    m_tenant->setObjectName(QStringLiteral("tenantRadio"));
    m_tenant->setAccessibleName(tr("Cloudentity tenant"));
    m_sandbox->setChecked(true);

    m_tenantBox = new QWidget(this);
    auto *form = new QFormLayout(m_tenantBox);
    const auto line = [this, form](const char *name, const QString &label, const QString &accessible,
                                   const QString &placeholder) {
        auto *edit = new QLineEdit(m_tenantBox);
        edit->setObjectName(QLatin1String(name));
        edit->setAccessibleName(accessible);
        edit->setPlaceholderText(placeholder);
        form->addRow(label, edit);
        connect(edit, &QLineEdit::textEdited, this, &ConnectPage::invalidate);
        return edit;
    };
    m_tenantUrl = line("tenantUrlEdit", tr("Tenant &URL:"), tr("Tenant URL"),
                       QStringLiteral("https://mytenant.us.authz.cloudentity.io"));
    m_tenantUrl->setToolTip(tr("The tenant's address; or leave it empty and give the tenant id and region."));
    m_tenantId = line("tenantIdEdit", tr("Tenant &id:"), tr("Tenant id"), QStringLiteral("mytenant"));
    m_region = line("regionEdit", tr("&Region:"), tr("Region"), QStringLiteral("us"));
    m_clientId = line("adminClientIdEdit", tr("Admin client i&d:"), tr("Admin client id"), {});
    m_clientId->setToolTip(tr("A client of the tenant's admin workspace with access to the admin API."));
    m_clientSecret = line("adminClientSecretEdit", tr("Admin client &secret:"), tr("Admin client secret"), {});
    m_clientSecret->setEchoMode(QLineEdit::Password);
    m_clientSecret->setToolTip(tr("Stored in the system keychain only, never in a file."));

    m_test = new QPushButton(tr("&Test Connection"), this);
    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    m_test->setAccessibleName(tr("Test connection"));
    m_bulkApply = new QPushButton(tr("Bul&k Apply a File…"), this);
    m_bulkApply->setObjectName(QStringLiteral("wizardBulkApplyButton"));
    m_bulkApply->setAccessibleName(tr("Bulk apply a file of workspaces, IDPs and clients"));
    m_bulkApply->setToolTip(tr("Creates many workspaces, IDPs and clients from a JSON file, paced to the rate "
                               "limit, instead of one by one."));
    m_bulkApply->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("connectionStatusLabel"));
    m_status->setAccessibleName(tr("Connection status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_sandbox);
    layout->addWidget(m_tenant);
    layout->addWidget(m_tenantBox);
    layout->addWidget(m_test, 0, Qt::AlignLeft);
    layout->addWidget(m_status);
    layout->addWidget(m_bulkApply, 0, Qt::AlignLeft);
    layout->addStretch(1);

    connect(m_sandbox, &QRadioButton::toggled, this, [this] {
        updateMode();
        invalidate();
    });
    connect(m_test, &QPushButton::clicked, this, &ConnectPage::testConnection);
    connect(m_bulkApply, &QPushButton::clicked, this, &ConnectPage::openBulkApply);
    updateMode();
}

bool ConnectPage::isComplete() const
{
    return m_connected;
}

int ConnectPage::nextId() const
{
    return SetupWizard::WorkspacePageId;
}

void ConnectPage::updateMode()
{
    m_tenantBox->setEnabled(m_tenant->isChecked());
}

void ConnectPage::invalidate()
{
    ++m_attempt; // an answer still on its way is for inputs that changed
    m_testing = false;
    m_test->setEnabled(true);
    if (m_connected) {
        m_connected = false;
        emit completeChanged();
    }
    m_bulkApply->hide();
    m_status->clear();
}

std::optional<Profiles::Profile> ConnectPage::localSandboxProfile() const
{
    for (const Profiles::Profile &profile : m_wizard->profiles()->profiles()) {
        if (profile.presetFields.value(LocalMarker) == QLatin1String("true"))
            return profile;
    }
    return std::nullopt;
}

std::optional<Profiles::Profile> ConnectPage::tenantProfile()
{
    QString tenantId = m_tenantId->text().trimmed();
    QString region = m_region->text().trimmed();
    QString vanityHost;
    const QString urlText = m_tenantUrl->text().trimmed();
    if (!urlText.isEmpty()) {
        const QUrl url = QUrl::fromUserInput(urlText);
        const QString host = url.host().toLower();
        if (!url.isValid() || host.isEmpty()) {
            finish(false, tr("The tenant URL is not a URL: enter it as https://TENANT.REGION.authz.cloudentity.io."));
            return std::nullopt;
        }
        const QString suffix = QStringLiteral(".authz.cloudentity.io");
        if (host.endsWith(suffix)) {
            const QStringList labels = host.left(host.size() - suffix.size()).split(QLatin1Char('.'));
            if (labels.size() != 2) {
                finish(false, tr("Cannot read the tenant and region from %1: enter the tenant id and region instead.")
                                  .arg(host));
                return std::nullopt;
            }
            tenantId = labels.at(0);
            region = labels.at(1);
        } else {
            // A vanity domain: the tenant id is the first path segment, or typed.
            vanityHost = url.port() > 0 ? host + QLatin1Char(':') + QString::number(url.port()) : host;
            const QString first = url.path().section(QLatin1Char('/'), 1, 1);
            if (!first.isEmpty())
                tenantId = first;
        }
    }
    if (tenantId.isEmpty() || (region.isEmpty() && vanityHost.isEmpty())) {
        finish(false, tr("Enter the tenant URL, or the tenant id and its region (e.g. \"us\", \"eu\")."));
        return std::nullopt;
    }
    if (m_clientId->text().trimmed().isEmpty() || m_clientSecret->text().isEmpty()) {
        finish(false, tr("Enter the admin client's id and secret (a client of the tenant's admin workspace)."));
        return std::nullopt;
    }

    Profiles::Profile profile;
    for (const Profiles::Profile &existing : m_wizard->profiles()->profiles()) {
        if (existing.preset == QLatin1String("cloudentity")
            && existing.presetFields.value(QStringLiteral("tenant_id")) == tenantId
            && existing.presetFields.value(QStringLiteral("workspace_id")) == AdminWorkspace
            && existing.clientId == m_clientId->text().trimmed()) {
            profile = existing;
            break;
        }
    }
    const bool isNew = profile.id.isEmpty();
    if (isNew) {
        profile.name = tr("Cloudentity admin (%1)").arg(tenantId);
        for (int n = 2; m_wizard->profiles()->findByName(profile.name); ++n)
            profile.name = tr("Cloudentity admin (%1, %2)").arg(tenantId).arg(n);
        profile.preset = QStringLiteral("cloudentity");
    }
    profile.presetFields.insert(QStringLiteral("tenant_id"), tenantId);
    if (vanityHost.isEmpty()) {
        profile.presetFields.insert(QStringLiteral("region"), region);
        profile.presetFields.remove(QStringLiteral("vanity_host"));
    } else {
        profile.presetFields.insert(QStringLiteral("vanity_host"), vanityHost);
        profile.presetFields.remove(QStringLiteral("region"));
    }
    profile.presetFields.insert(QStringLiteral("workspace_id"), AdminWorkspace);
    profile.clientId = m_clientId->text().trimmed();
    profile.authMethod = Profiles::ClientAuthMethod::ClientSecretBasic;
    profile = Presets::applyToProfile(profile, /*keepManualEndpoints=*/false);

    QString assigned = profile.id;
    const Profiles::StoreResult stored =
        isNew ? m_wizard->profiles()->add(profile, &assigned) : m_wizard->profiles()->update(profile);
    if (!stored.ok) {
        finish(false, stored.message);
        return std::nullopt;
    }
    profile.id = assigned;
    if (isNew)
        emit m_wizard->profileCreated(profile.id);
    return profile;
}

void ConnectPage::testConnection()
{
    if (m_testing)
        return;
    ++m_attempt;
    m_connected = false;
    emit completeChanged();
    m_status->setText(tr("Connecting…"));

    if (m_sandbox->isChecked()) {
        const auto profile = localSandboxProfile();
        if (!profile) {
            finish(false, tr("The local sandbox is not running: see View > Local Sandbox, then test again."));
            return;
        }
        runTest(*profile);
        return;
    }
    const auto profile = tenantProfile();
    if (!profile)
        return;
    // The secret straight into the keychain; the test reads it from there as every call will.
    m_testing = true;
    m_test->setEnabled(false);
    const quint64 attempt = m_attempt;
    m_wizard->secrets()->write(profile->id, Profiles::SecretKind::ClientSecret, m_clientSecret->text().toUtf8(), this,
                               [this, attempt, profile = *profile](const Profiles::SecretResult &written) {
                                   if (attempt != m_attempt)
                                       return;
                                   if (!written.ok()) {
                                       finish(false, tr("The admin client secret could not be stored in the "
                                                        "keychain: %1")
                                                         .arg(written.error));
                                       return;
                                   }
                                   runTest(profile);
                               });
}

void ConnectPage::runTest(const Profiles::Profile &profile)
{
    QString problem;
    if (!Admin::apiBase(profile, &problem)) {
        finish(false, problem);
        return;
    }
    m_testing = true;
    m_test->setEnabled(false);
    const quint64 attempt = m_attempt;
    Admin::AdminClient *admin = m_wizard->admin();
    admin->setProfile(profile);
    admin->testConnection(this, [this, attempt, profile](const Admin::AdminResult &result) {
        if (attempt != m_attempt)
            return;
        if (!result.ok()) {
            qCInfo(lcSetupWizard).noquote() << "test connection failed with status" << result.status();
            finish(false, result.error.isEmpty() ? tr("The admin API answered %1: check the tenant and the admin "
                                                      "client.")
                                                       .arg(result.status())
                                                 : result.error);
            return;
        }
        QStringList ids;
        const QJsonArray servers = result.object().value(QStringLiteral("servers")).toArray();
        for (const QJsonValue &server : servers)
            ids << server.toObject().value(QStringLiteral("id")).toString();
        m_wizard->setConnected(profile, ids);
        finish(true, tr("Connected to %1: %n workspace(s).", nullptr, int(ids.size())).arg(profile.name));
    });
}

void ConnectPage::finish(bool ok, const QString &message)
{
    m_testing = false;
    m_test->setEnabled(true);
    m_status->setText(message);
    m_status->setAccessibleDescription(message);
    if (ok != m_connected) {
        m_connected = ok;
        emit completeChanged();
    }
    m_bulkApply->setVisible(ok);
    emit connectionTested(ok);
}

void ConnectPage::openBulkApply()
{
    if (!m_connected)
        return;
    auto *dialog = new BulkApplyDialog(m_wizard->admin(), m_wizard->tracker(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileChooser(m_wizard->fileChooser());
    dialog->open();
    emit bulkApplyOpened(dialog);
}

} // namespace Setup
