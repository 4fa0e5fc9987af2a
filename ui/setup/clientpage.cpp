// SPDX-License-Identifier: GPL-3.0-or-later
#include "setup/clientpage.h"

#include "admin/adminclient.h"
#include "oauth/providerpresets.h"
#include "profiles/profile.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "setup/setupwizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Setup {

namespace {

const QStringList ClientGrantTypes{
    QStringLiteral("authorization_code"),
    QStringLiteral("refresh_token"),
    QStringLiteral("client_credentials"),
    QStringLiteral("password"),
    QStringLiteral("implicit"),
    QStringLiteral("urn:ietf:params:oauth:grant-type:device_code"),
    QStringLiteral("urn:ietf:params:oauth:grant-type:token-exchange"),
};
// The methods a profile can use with a client secret alone (or none).
const QStringList ClientAuthMethods{QStringLiteral("client_secret_basic"), QStringLiteral("client_secret_post"),
                                    QStringLiteral("client_secret_jwt"), QStringLiteral("none")};

} // namespace

ClientPage::ClientPage(SetupWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("clientPage"));
    setTitle(tr("Application"));
    setSubTitle(tr("The application client to sign in with. Its id and secret become a connection profile."));

    auto *form = new QFormLayout;
    const auto addField = [&](const QString &label, QWidget *field, const QString &json, const QString &accessible) {
        m_errors.addRow(form, label, field, json, accessible);
    };
    m_name = new QLineEdit(tr("My application"), this);
    m_name->setObjectName(QStringLiteral("clientNameEdit"));
    addField(tr("Na&me:"), m_name, QStringLiteral("client_name"), tr("Application name"));

    QGroupBox *grants = makeCheckGroup(this, QStringLiteral("clientGrantTypes"), ClientGrantTypes,
                                       {QStringLiteral("authorization_code"), QStringLiteral("refresh_token")},
                                       tr("Grant type"), &m_grantTypes);
    addField(tr("&Grant types:"), grants, QStringLiteral("grant_types"), tr("Grant types"));

    m_redirects = new QPlainTextEdit(this);
    m_redirects->setObjectName(QStringLiteral("redirectUrisEdit"));
    m_redirects->setTabChangesFocus(true);
    m_redirects->setToolTip(tr("One URI a line. The console's loopback URI comes first: the sign-in returns there."));
    m_redirects->setMaximumHeight(fontMetrics().lineSpacing() * 5);
    addField(tr("&Redirect URIs:"), m_redirects, QStringLiteral("redirect_uris"), tr("Redirect URIs"));

    m_authMethod = new QComboBox(this);
    m_authMethod->setObjectName(QStringLiteral("clientAuthMethodCombo"));
    m_authMethod->addItems(ClientAuthMethods);
    addField(tr("&Authentication:"), m_authMethod, QStringLiteral("token_endpoint_auth_method"),
             tr("Token endpoint authentication method"));

    m_scopes = new QLineEdit(QStringLiteral("openid email profile"), this);
    m_scopes->setObjectName(QStringLiteral("clientScopesEdit"));
    m_scopes->setToolTip(tr("Space-separated scopes the application may ask for."));
    addField(tr("&Scopes:"), m_scopes, QStringLiteral("scopes"), tr("Scopes"));

    m_create = new QPushButton(tr("Cr&eate Application"), this);
    m_create->setObjectName(QStringLiteral("createClientButton"));
    m_create->setAccessibleName(tr("Create application"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("clientStatusLabel"));
    m_status->setWordWrap(true);
    QLabel *general = makeErrorLabel(this, QStringLiteral("clientErrorLabel"));
    m_errors.setGeneral(general);
    m_request.attach(m_create, m_status, &m_errors);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_create);
    bottom->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(general);
    layout->addLayout(bottom);

    connect(m_create, &QPushButton::clicked, this, &ClientPage::create);
    connect(m_wizard, &SetupWizard::progressChanged, this, &ClientPage::showProgress);
}

void ClientPage::initializePage()
{
    if (m_redirects->toPlainText().trimmed().isEmpty()) {
        // The loopback redirect of a profile's defaults (RFC 8252 §7.3: any port is accepted).
        m_redirects->setPlainText(Profiles::RedirectSettings{}.uri().toString());
    }
    showProgress();
}

void ClientPage::showProgress()
{
    const auto &progress = m_wizard->progress();
    QString done;
    if (!progress.clientId.isEmpty() && !progress.clientProfileId.isEmpty()) {
        const auto profile = m_wizard->profiles()->findById(progress.clientProfileId);
        done = tr("Application \"%1\" is created; its connection is \"%2\". Continue with Next.")
                   .arg(progress.clientId, profile ? profile->name : progress.clientProfileId);
    }
    m_request.showProgress(!progress.clientId.isEmpty(), done);
    emit completeChanged();
}

bool ClientPage::isComplete() const
{
    return !m_wizard->progress().clientProfileId.isEmpty();
}

std::optional<QJsonObject> ClientPage::clientJson()
{
    m_errors.clear();
    bool fine = true;
    QJsonObject client{{QStringLiteral("authorization_server_id"), m_wizard->progress().workspaceId}};
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        m_errors.showAt(QStringLiteral("client_name"), tr("Enter a name for the application."));
        fine = false;
    }
    client.insert(QStringLiteral("client_name"), name);
    const QJsonArray grants = checkedValues(m_grantTypes, ClientGrantTypes);
    if (grants.isEmpty()) {
        m_errors.showAt(QStringLiteral("grant_types"), tr("Enable at least one grant type."));
        fine = false;
    }
    client.insert(QStringLiteral("grant_types"), grants);
    QJsonArray redirects;
    const QStringList lines = m_redirects->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QUrl uri(line.trimmed(), QUrl::StrictMode);
        if (!uri.isValid() || uri.scheme().isEmpty()) {
            m_errors.showAt(QStringLiteral("redirect_uris"), tr("\"%1\" is not an absolute URI.").arg(line.trimmed()));
            fine = false;
        }
        redirects.append(line.trimmed());
    }
    if (redirects.isEmpty() && grants.contains(QStringLiteral("authorization_code"))) {
        m_errors.showAt(QStringLiteral("redirect_uris"),
                        tr("Enter a redirect URI: the authorization-code grant returns there."));
        fine = false;
    }
    if (!redirects.isEmpty())
        client.insert(QStringLiteral("redirect_uris"), redirects);
    client.insert(QStringLiteral("token_endpoint_auth_method"), m_authMethod->currentText());
    QJsonArray scopes;
    for (const QString &scope : m_scopes->text().split(QLatin1Char(' '), Qt::SkipEmptyParts))
        scopes.append(scope);
    if (!scopes.isEmpty())
        client.insert(QStringLiteral("scopes"), scopes);
    if (!fine)
        return std::nullopt;
    return client;
}

void ClientPage::create()
{
    const auto &progress = m_wizard->progress();
    if (m_request.busy() || progress.workspaceId.isEmpty() || !progress.clientProfileId.isEmpty())
        return;
    const auto client = clientJson();
    if (!client) {
        m_request.refuse();
        emit createFinished(false);
        return;
    }
    const Admin::CallOptions options = m_request.start(tr("Creating application…"));
    m_wizard->admin()->createClient(*client, options, this, [this](const Admin::AdminResult &result) {
        if (!m_request.succeeded(result, tr("The application was not created."))) {
            emit createFinished(false);
            return;
        }
        const QJsonObject created = result.object();
        makeProfile(created, created.value(QStringLiteral("client_secret")).toString());
    });
}

void ClientPage::makeProfile(const QJsonObject &client, const QString &secret)
{
    SetupWizard::Progress progress = m_wizard->progress();
    progress.clientId = client.value(QStringLiteral("client_id")).toString();
    progress.clientName = client.value(QStringLiteral("client_name")).toString(m_name->text().trimmed());

    const Profiles::Profile &admin = m_wizard->adminProfile();
    Profiles::Profile profile;
    profile.preset = admin.preset;
    profile.presetFields = admin.presetFields;
    profile.presetFields.remove(QStringLiteral("local_sandbox"));
    profile.presetFields.insert(QStringLiteral("workspace_id"), progress.workspaceId);
    profile.clientId = progress.clientId;
    profile.authMethod = Profiles::authMethodFromName(m_authMethod->currentText())
                             .value_or(Profiles::ClientAuthMethod::ClientSecretBasic);
    profile.scopes = m_scopes->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QStringList lines = m_redirects->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        if (const auto loopback = Profiles::RedirectSettings::fromUri(QUrl(line.trimmed()))) {
            profile.redirect = *loopback;
            break;
        }
    }
    const QString workspaceName = progress.workspaceName.isEmpty() ? progress.workspaceId : progress.workspaceName;
    profile.name = tr("%1: %2").arg(workspaceName, progress.clientName);
    for (int n = 2; m_wizard->profiles()->findByName(profile.name); ++n)
        profile.name = tr("%1: %2 (%3)").arg(workspaceName, progress.clientName).arg(n);
    profile = Presets::applyToProfile(profile, /*keepManualEndpoints=*/false);

    QString id;
    const Profiles::StoreResult stored = m_wizard->profiles()->add(profile, &id);
    if (!stored.ok) {
        m_request.done();
        m_wizard->setProgress(progress); // the client exists: not created twice
        finish(false, tr("The application \"%1\" was created, but its connection could not be saved: %2")
                          .arg(progress.clientId, stored.message));
        return;
    }
    progress.clientProfileId = id;
    emit m_wizard->profileCreated(id);
    if (secret.isEmpty()) { // a public client
        m_request.done();
        m_wizard->setProgress(progress);
        finish(true, {});
        return;
    }
    m_wizard->secrets()->write(id, Profiles::SecretKind::ClientSecret, secret.toUtf8(), this,
                               [this, progress](const Profiles::SecretResult &written) {
                                   m_request.done();
                                   m_wizard->setProgress(progress);
                                   if (!written.ok()) {
                                       finish(false, tr("The application's secret could not be stored in the "
                                                        "keychain: %1 Rotate the secret in the admin browser, then "
                                                        "enter it in the connection.")
                                                         .arg(written.error));
                                       return;
                                   }
                                   finish(true, {});
                               });
}

void ClientPage::finish(bool ok, const QString &message)
{
    if (!message.isEmpty())
        m_status->setText(message);
    else
        showProgress();
    emit createFinished(ok);
}

} // namespace Setup
