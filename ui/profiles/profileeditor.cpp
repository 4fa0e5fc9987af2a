// SPDX-License-Identifier: GPL-3.0-or-later
#include "profileeditor.h"

#include "discoverypanel.h"
#include "extraparameterseditor.h"
#include "filechooser.h"
#include "http/httpclient.h"
#include "lazyclearbutton.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "secretfield.h"
#include "statuspalette.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>

using namespace Profiles;

namespace {

QStringList words(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.split(space, Qt::SkipEmptyParts);
}

QUrl urlFrom(const QLineEdit *edit)
{
    const QString text = edit->text().trimmed();
    return text.isEmpty() ? QUrl() : QUrl(text);
}

QString urlText(const QUrl &url)
{
    return url.isEmpty() ? QString() : url.toString();
}

// The short field name Profile::validate() uses: "endpoints.token", "endpoints.jwks", …
QString endpointField(EndpointKind kind)
{
    QString name = endpointMetadataName(kind);
    if (name.endsWith(QLatin1String("_endpoint")))
        name.chop(9);
    else if (name.endsWith(QLatin1String("_uri")))
        name.chop(4);
    return QStringLiteral("endpoints.") + name;
}

void setRowVisible(QWidget *row, bool visible)
{
    if (!row || !row->parentWidget())
        return;
    if (auto *form = qobject_cast<QFormLayout *>(row->parentWidget()->layout()))
        form->setRowVisible(row, visible);
}

bool usesClientSecret(ClientAuthMethod method)
{
    return method == ClientAuthMethod::ClientSecretBasic || method == ClientAuthMethod::ClientSecretPost
        || method == ClientAuthMethod::ClientSecretJwt;
}

} // namespace

ProfileEditor::ProfileEditor(HttpClient *http, ProfileStore *store, SecretStore *secrets, QWidget *parent)
    : QWidget(parent)
    , m_http(http)
    , m_store(store)
    , m_secrets(secrets)
{
    setObjectName(QStringLiteral("profileEditor"));
    buildForm();
    setProfile(Profile(), true);
}

ProfileEditor::~ProfileEditor() = default;

QLineEdit *ProfileEditor::lineEdit(const QString &objectName, const QString &accessibleName, const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(placeholder);
    LazyClearButton::enable(edit);
    connect(edit, &QLineEdit::textChanged, this, &ProfileEditor::changed);
    return edit;
}

// The field with its validation message underneath (hidden while there is none).
QWidget *ProfileEditor::fieldWithProblem(QWidget *field, const QString &key)
{
    auto *row = new QWidget(this);
    auto *layout = new QVBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    auto *problem = new QLabel(row);
    problem->setObjectName(QStringLiteral("problem:") + key);
    problem->setWordWrap(true);
    problem->hide();
    layout->addWidget(problem);
    m_problemLabels.insert(key, problem);
    m_fieldRows.insert(key, row);
    return row;
}

void ProfileEditor::buildForm()
{
    m_insecureBanner = new QLabel(tr("Certificate checks are off for this profile: anyone on the network path can "
                                     "read and change its traffic, tokens and secrets included. Turn \"Skip "
                                     "certificate verification\" off as soon as you can."),
                                  this);
    m_insecureBanner->setObjectName(QStringLiteral("insecureTlsBanner"));
    m_insecureBanner->setAccessibleName(tr("Insecure TLS warning"));
    m_insecureBanner->setWordWrap(true);
    m_insecureBanner->hide();

    m_generalProblems = new QLabel(this);
    m_generalProblems->setObjectName(QStringLiteral("generalProblems"));
    m_generalProblems->setWordWrap(true);
    m_generalProblems->hide();

    auto *content = new QWidget(this);
    auto *form = new QVBoxLayout(content);
    const auto section = [this, content, form](const QString &title, const QString &name) {
        auto *box = new QGroupBox(title, content);
        box->setObjectName(name);
        auto *layout = new QFormLayout(box);
        layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        form->addWidget(box);
        return layout;
    };
    const auto addRow = [this](QFormLayout *layout, const QString &label, QWidget *field, const QString &key,
                               QWidget *buddy = nullptr) {
        auto *text = new QLabel(label, this);
        text->setBuddy(buddy ? buddy : field);
        layout->addRow(text, fieldWithProblem(field, key));
    };
    const auto withButton = [this](QWidget *field, QWidget *button) {
        auto *row = new QWidget(this);
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(field, 1);
        layout->addWidget(button);
        return row;
    };

    // Connection: name, preset and the preset's own fields first.
    QFormLayout *connection = section(tr("Connection"), QStringLiteral("connectionGroup"));
    m_name = lineEdit(QStringLiteral("profileNameInput"), tr("Profile name"), tr("Acme staging"));
    addRow(connection, tr("Name:"), m_name, QStringLiteral("name"));
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("presetCombo"));
    m_preset->setAccessibleName(tr("Provider preset"));
    for (const Presets::Preset &preset : Presets::all())
        m_preset->addItem(preset.displayName, preset.id);
    addRow(connection, tr("Provider:"), m_preset, QStringLiteral("preset"));
    m_quirks = new QLabel(this);
    m_quirks->setObjectName(QStringLiteral("presetQuirks"));
    m_quirks->setAccessibleName(tr("About this provider"));
    m_quirks->setWordWrap(true);
    m_quirks->setForegroundRole(QPalette::PlaceholderText);
    m_quirks->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connection->addRow(m_quirks);
    m_presetFieldsBox = new QWidget(this);
    m_presetFieldsBox->setObjectName(QStringLiteral("presetFields"));
    m_presetFieldsLayout = new QFormLayout(m_presetFieldsBox);
    m_presetFieldsLayout->setContentsMargins(0, 0, 0, 0);
    m_presetFieldsLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    connection->addRow(m_presetFieldsBox);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &ProfileEditor::presetChanged);

    // Issuer and discovery.
    QFormLayout *issuer = section(tr("Issuer"), QStringLiteral("issuerGroup"));
    m_issuer = lineEdit(QStringLiteral("issuerInput"), tr("Issuer"), tr("https://login.example.com/tenant"));
    m_discoverButton = new QPushButton(tr("Discover"), this);
    m_discoverButton->setObjectName(QStringLiteral("discoverButton"));
    m_discoverButton->setAccessibleName(tr("Discover endpoints"));
    m_discoverButton->setToolTip(tr("Read the issuer's discovery document (OpenID Connect, then RFC 8414) and "
                                    "compare its endpoints with these"));
    addRow(issuer, tr("Issuer:"), withButton(m_issuer, m_discoverButton), QStringLiteral("issuer"), m_issuer);
    m_discovery = new DiscoveryPanel(m_http, this);
    m_discovery->setObjectName(QStringLiteral("discoveryPanel"));
    issuer->addRow(m_discovery);
    connect(m_discoverButton, &QPushButton::clicked, this, &ProfileEditor::discover);
    connect(m_discovery, &DiscoveryPanel::finished, this, [this](bool ok) {
        m_discoverButton->setEnabled(m_presetDiscovers);
        emit discoveryFinished(ok);
    });
    connect(m_discovery, &DiscoveryPanel::changesApplied, this, [this](const QList<Discovery::EndpointChange> &changes) {
        for (const Discovery::EndpointChange &change : changes)
            m_endpoints[size_t(change.kind)]->setText(urlText(change.after));
        setEndpointsExpanded(true);
        changed();
    });

    // Endpoints, collapsible.
    m_endpointsToggle = new QToolButton(content);
    m_endpointsToggle->setObjectName(QStringLiteral("endpointsToggle"));
    m_endpointsToggle->setAccessibleName(tr("Show or hide the endpoints"));
    m_endpointsToggle->setText(tr("Endpoints"));
    m_endpointsToggle->setCheckable(true);
    m_endpointsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_endpointsToggle->setAutoRaise(true);
    m_endpointsToggle->setFocusPolicy(Qt::StrongFocus);
    form->addWidget(m_endpointsToggle);
    auto *endpointsGroup = new QGroupBox(content);
    endpointsGroup->setObjectName(QStringLiteral("endpointsGroup"));
    m_endpointsBox = endpointsGroup;
    auto *endpoints = new QFormLayout(endpointsGroup);
    endpoints->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addWidget(endpointsGroup);
    for (int i = 0; i < EndpointKindCount; ++i) {
        const auto kind = EndpointKind(i);
        const QString metadata = endpointMetadataName(kind);
        m_endpoints[size_t(i)] = lineEdit(metadata + QStringLiteral("Input"), endpointDisplayName(kind));
        addRow(endpoints, endpointDisplayName(kind) + u':', m_endpoints[size_t(i)], endpointField(kind));
    }
    connect(m_endpointsToggle, &QToolButton::toggled, this, &ProfileEditor::setEndpointsExpanded);
    setEndpointsExpanded(true);

    // Client and its authentication.
    QFormLayout *client = section(tr("Client"), QStringLiteral("clientGroup"));
    m_clientId = lineEdit(QStringLiteral("clientIdInput"), tr("Client id"));
    addRow(client, tr("Client id:"), m_clientId, QStringLiteral("client_id"));
    m_authMethod = new QComboBox(this);
    m_authMethod->setObjectName(QStringLiteral("authMethodCombo"));
    m_authMethod->setAccessibleName(tr("Client authentication method"));
    const QStringList methodLabels{tr("None: public client (PKCE)"),
                                   tr("HTTP Basic (client_secret_basic)"),
                                   tr("Secret in the body (client_secret_post)"),
                                   tr("HS256 assertion (client_secret_jwt)"),
                                   tr("Signed assertion (private_key_jwt)"),
                                   tr("Mutual TLS (tls_client_auth)")};
    const QStringList methodNames = authMethodNames();
    for (qsizetype i = 0; i < methodNames.size(); ++i)
        m_authMethod->addItem(methodLabels.value(i, methodNames.at(i)), methodNames.at(i));
    addRow(client, tr("Authentication:"), m_authMethod, QStringLiteral("auth_method"));
    connect(m_authMethod, &QComboBox::currentIndexChanged, this, &ProfileEditor::changed);
    m_rawBasic = new QCheckBox(tr("Send id and secret without form-encoding (raw Basic)"), this);
    m_rawBasic->setObjectName(QStringLiteral("rawBasicCheck"));
    m_rawBasic->setAccessibleName(tr("Raw Basic credentials"));
    m_rawBasic->setToolTip(tr("RFC 6749 §2.3.1 form-encodes the id and secret before Basic; some servers want them "
                              "as they are"));
    client->addRow(QString(), fieldWithProblem(m_rawBasic, QStringLiteral("raw_basic_credentials")));
    connect(m_rawBasic, &QCheckBox::toggled, this, &ProfileEditor::changed);
    m_clientSecret = new SecretField(m_secrets, SecretKind::ClientSecret, false, this);
    addRow(client, tr("Client secret:"), m_clientSecret, QStringLiteral("secret.client_secret"), m_clientSecret->lineEdit());
    m_privateKey = new SecretField(m_secrets, SecretKind::PrivateKey, true, this);
    addRow(client, tr("Private key:"), m_privateKey, QStringLiteral("secret.private_key"), m_privateKey->lineEdit());
    m_clientCertificate = lineEdit(QStringLiteral("clientCertificateInput"), tr("Client certificate file"),
                                   tr("/path/to/client.pem"));
    m_clientCertificateBrowse = new QToolButton(this);
    m_clientCertificateBrowse->setObjectName(QStringLiteral("clientCertificateBrowseButton"));
    m_clientCertificateBrowse->setAccessibleName(tr("Choose the client certificate file"));
    m_clientCertificateBrowse->setText(tr("Browse…"));
    m_clientCertificateBrowse->setFocusPolicy(Qt::StrongFocus);
    addRow(client, tr("Client certificate:"), withButton(m_clientCertificate, m_clientCertificateBrowse),
           QStringLiteral("tls.client_certificate"), m_clientCertificate);
    m_tlsKey = new SecretField(m_secrets, SecretKind::TlsClientKey, true, this);
    addRow(client, tr("Certificate key:"), m_tlsKey, QStringLiteral("secret.tls_client_key"), m_tlsKey->lineEdit());

    // What the requests ask for.
    QFormLayout *request = section(tr("Requests"), QStringLiteral("requestGroup"));
    m_scopes = lineEdit(QStringLiteral("scopesInput"), tr("Scopes"), tr("openid profile email"));
    addRow(request, tr("Scopes:"), m_scopes, QStringLiteral("scopes"));
    m_audiences = lineEdit(QStringLiteral("audiencesInput"), tr("Audience"), tr("Space-separated"));
    addRow(request, tr("Audience:"), m_audiences, QStringLiteral("audiences"));
    m_resources = lineEdit(QStringLiteral("resourcesInput"), tr("Resource indicators"),
                           tr("https://api.example.com (RFC 8707), space-separated"));
    addRow(request, tr("Resource:"), m_resources, QStringLiteral("resources"));
    m_usePar = new QCheckBox(tr("Use pushed authorization requests (PAR) when the server has them"), this);
    m_usePar->setObjectName(QStringLiteral("useParCheck"));
    m_usePar->setAccessibleName(tr("Use pushed authorization requests"));
    request->addRow(QString(), fieldWithProblem(m_usePar, QStringLiteral("use_par")));
    connect(m_usePar, &QCheckBox::toggled, this, &ProfileEditor::changed);
    m_parameters = new ExtraParametersEditor(this);
    addRow(request, tr("Extra parameters:"), m_parameters, QStringLiteral("extra_parameters"), m_parameters->table());
    connect(m_parameters, &ExtraParametersEditor::changed, this, &ProfileEditor::changed);

    // Redirect (RFC 8252 §7.3 loopback).
    QFormLayout *redirect = section(tr("Redirect"), QStringLiteral("redirectGroup"));
    m_redirectHost = new QComboBox(this);
    m_redirectHost->setObjectName(QStringLiteral("redirectHostCombo"));
    m_redirectHost->setAccessibleName(tr("Redirect host"));
    for (LoopbackHost host : {LoopbackHost::Ipv4, LoopbackHost::Localhost, LoopbackHost::Ipv6})
        m_redirectHost->addItem(loopbackHostName(host), int(host));
    addRow(redirect, tr("Host:"), m_redirectHost, QStringLiteral("redirect.host"));
    connect(m_redirectHost, &QComboBox::currentIndexChanged, this, &ProfileEditor::changed);
    m_redirectPort = new QSpinBox(this);
    m_redirectPort->setObjectName(QStringLiteral("redirectPortSpin"));
    m_redirectPort->setAccessibleName(tr("Redirect port"));
    if (auto *edit = m_redirectPort->findChild<QLineEdit *>())
        edit->setAccessibleName(m_redirectPort->accessibleName());
    m_redirectPort->setRange(0, 65535);
    m_redirectPort->setSpecialValueText(tr("Any free port"));
    m_redirectPort->setToolTip(tr("0: a free port is chosen for each sign-in; set one when the server matches "
                                  "redirect URIs exactly"));
    addRow(redirect, tr("Port:"), m_redirectPort, QStringLiteral("redirect.port"));
    connect(m_redirectPort, &QSpinBox::valueChanged, this, &ProfileEditor::changed);
    m_redirectPath = lineEdit(QStringLiteral("redirectPathInput"), tr("Redirect path"), tr("/callback"));
    addRow(redirect, tr("Path:"), m_redirectPath, QStringLiteral("redirect.path"));

    // TLS.
    QFormLayout *tls = section(tr("TLS"), QStringLiteral("tlsGroup"));
    m_caBundle = lineEdit(QStringLiteral("caBundleInput"), tr("CA bundle file"),
                          tr("Extra trusted CAs (PEM), added to the system's"));
    m_caBundleBrowse = new QToolButton(this);
    m_caBundleBrowse->setObjectName(QStringLiteral("caBundleBrowseButton"));
    m_caBundleBrowse->setAccessibleName(tr("Choose the CA bundle file"));
    m_caBundleBrowse->setText(tr("Browse…"));
    m_caBundleBrowse->setFocusPolicy(Qt::StrongFocus);
    addRow(tls, tr("CA bundle:"), withButton(m_caBundle, m_caBundleBrowse), QStringLiteral("tls.ca_bundle"), m_caBundle);
    m_insecure = new QCheckBox(tr("Skip certificate verification (insecure)"), this);
    m_insecure->setObjectName(QStringLiteral("insecureTlsCheck"));
    m_insecure->setAccessibleName(tr("Skip certificate verification"));
    tls->addRow(QString(), fieldWithProblem(m_insecure, QStringLiteral("tls.insecure")));
    connect(m_insecure, &QCheckBox::toggled, this, &ProfileEditor::changed);

    // API-token mode.
    QFormLayout *api = section(tr("API token"), QStringLiteral("apiTokenGroup"));
    m_apiTokenEnabled = new QCheckBox(tr("Send a stored API token in a header instead of OAuth"), this);
    m_apiTokenEnabled->setObjectName(QStringLiteral("apiTokenCheck"));
    m_apiTokenEnabled->setAccessibleName(tr("API-token mode"));
    api->addRow(QString(), fieldWithProblem(m_apiTokenEnabled, QStringLiteral("api_token.enabled")));
    connect(m_apiTokenEnabled, &QCheckBox::toggled, this, &ProfileEditor::changed);
    m_apiTokenHeader = lineEdit(QStringLiteral("apiTokenHeaderInput"), tr("API token header"), tr("Authorization"));
    addRow(api, tr("Header:"), m_apiTokenHeader, QStringLiteral("api_token.header"));
    m_apiTokenPrefix = lineEdit(QStringLiteral("apiTokenPrefixInput"), tr("API token prefix"),
                                tr("Empty for none, or e.g. \"Bearer \""));
    addRow(api, tr("Prefix:"), m_apiTokenPrefix, QStringLiteral("api_token.prefix"));
    m_apiToken = new SecretField(m_secrets, SecretKind::ApiToken, false, this);
    addRow(api, tr("Token:"), m_apiToken, QStringLiteral("secret.api_token"), m_apiToken->lineEdit());
    form->addStretch(1);

    for (SecretField *field : {m_clientSecret, m_privateKey, m_tlsKey, m_apiToken})
        connect(field, &SecretField::modifiedChanged, this, &ProfileEditor::changed);

    const auto browse = [this](QLineEdit *edit, const QString &title) {
        if (!m_fileChooser)
            return;
        const QString path = m_fileChooser->openFile(this, title, tr("PEM files (*.pem *.crt *.cer);;All files (*)"));
        if (!path.isEmpty())
            edit->setText(path);
    };
    connect(m_caBundleBrowse, &QToolButton::clicked, this,
            [this, browse] { browse(m_caBundle, tr("Choose the CA bundle")); });
    connect(m_clientCertificateBrowse, &QToolButton::clicked, this,
            [this, browse] { browse(m_clientCertificate, tr("Choose the client certificate")); });

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("profileEditorScroll"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);

    m_saveButton = new QPushButton(tr("Save"), this);
    m_saveButton->setObjectName(QStringLiteral("saveProfileButton"));
    m_saveButton->setAccessibleName(tr("Save the profile"));
    m_saveButton->setToolTip(tr("Save the profile (Ctrl+S); changed secrets go to the keychain"));
    m_revertButton = new QPushButton(tr("Revert"), this);
    m_revertButton->setObjectName(QStringLiteral("revertProfileButton"));
    m_revertButton->setAccessibleName(tr("Revert the changes"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("profileEditorStatus"));
    m_status->setWordWrap(true);
    connect(m_saveButton, &QPushButton::clicked, this, &ProfileEditor::save);
    connect(m_revertButton, &QPushButton::clicked, this, &ProfileEditor::revert);
    auto *saveAction = new QAction(this);
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(saveAction, &QAction::triggered, this, [this] {
        if (canSave())
            save();
    });
    addAction(saveAction);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_insecureBanner);
    layout->addWidget(m_generalProblems);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);
}

void ProfileEditor::setFileChooser(FileChooser *chooser)
{
    m_fileChooser = chooser;
    for (SecretField *field : {m_clientSecret, m_privateKey, m_tlsKey, m_apiToken})
        field->setFileChooser(chooser);
}

SecretField *ProfileEditor::secretField(SecretKind kind) const
{
    for (SecretField *field : {m_clientSecret, m_privateKey, m_tlsKey, m_apiToken}) {
        if (field->kind() == kind)
            return field;
    }
    return nullptr;
}

void ProfileEditor::setProfile(const Profile &profile, bool isNew)
{
    m_loading = true;
    m_original = profile;
    m_isNew = isNew;
    m_discovery->clear();
    m_status->clear();

    m_name->setText(profile.name);
    int presetIndex = m_preset->findData(profile.preset);
    if (presetIndex < 0 && !profile.preset.isEmpty()) {
        m_preset->addItem(profile.preset, profile.preset); // a preset this version does not know
        presetIndex = m_preset->count() - 1;
    }
    m_preset->setCurrentIndex(qMax(0, presetIndex));
    rebuildPresetFields(profile.presetFields);
    m_lastApplied = Presets::apply(m_preset->currentData().toString(), profile.presetFields);
    m_issuer->setText(urlText(profile.issuer));
    for (int i = 0; i < EndpointKindCount; ++i)
        m_endpoints[size_t(i)]->setText(urlText(profile.endpoints.url(EndpointKind(i))));
    m_clientId->setText(profile.clientId);
    m_authMethod->setCurrentIndex(qMax(0, m_authMethod->findData(authMethodName(profile.authMethod))));
    m_rawBasic->setChecked(profile.rawBasicCredentials);
    const QString secretsOf = isNew ? QString() : profile.id;
    for (SecretField *field : {m_clientSecret, m_privateKey, m_tlsKey, m_apiToken})
        field->reset(secretsOf);
    m_clientCertificate->setText(profile.tls.clientCertificatePath);
    m_scopes->setText(profile.scopes.join(u' '));
    m_audiences->setText(profile.audiences.join(u' '));
    m_resources->setText(profile.resources.join(u' '));
    m_usePar->setChecked(profile.usePar);
    m_parameters->setParameters(profile.extraParameters);
    m_redirectHost->setCurrentIndex(qMax(0, m_redirectHost->findData(int(profile.redirect.host))));
    m_redirectPort->setValue(profile.redirect.port);
    m_redirectPath->setText(profile.redirect.path);
    m_caBundle->setText(profile.tls.caBundlePath);
    m_insecure->setChecked(profile.tls.insecure);
    m_apiTokenEnabled->setChecked(profile.apiToken.enabled);
    m_apiTokenHeader->setText(profile.apiToken.headerName);
    m_apiTokenPrefix->setText(profile.apiToken.prefix);
    m_loading = false;

    // A new profile from scratch takes its preset's defaults.
    if (isNew && profile.presetFields.isEmpty() && profile.clientId.isEmpty())
        presetChanged();
    // What "unchanged" means: the widgets' reading of the profile (empty preset fields dropped,
    // names trimmed, URLs as QUrl parses them), not the stored value itself.
    m_baseline = this->profile();
    changed();
}

Profile ProfileEditor::profile() const
{
    Profile p;
    p.id = m_original.id;
    p.name = m_name->text().trimmed();
    p.preset = m_preset->currentData().toString();
    for (auto it = m_presetFields.cbegin(); it != m_presetFields.cend(); ++it) {
        const QString value = it.value()->text().trimmed();
        if (!value.isEmpty())
            p.presetFields.insert(it.key(), value);
    }
    p.issuer = urlFrom(m_issuer);
    for (int i = 0; i < EndpointKindCount; ++i)
        p.endpoints.setUrl(EndpointKind(i), urlFrom(m_endpoints[size_t(i)]));
    p.clientId = m_clientId->text().trimmed();
    p.authMethod = authMethodFromName(m_authMethod->currentData().toString()).value_or(ClientAuthMethod::ClientSecretBasic);
    p.rawBasicCredentials = m_rawBasic->isChecked();
    p.scopes = words(m_scopes->text());
    p.audiences = words(m_audiences->text());
    p.resources = words(m_resources->text());
    p.extraParameters = m_parameters->parameters();
    p.redirect.host = LoopbackHost(m_redirectHost->currentData().toInt());
    p.redirect.port = quint16(m_redirectPort->value());
    p.redirect.path = m_redirectPath->text().trimmed();
    p.tls.caBundlePath = m_caBundle->text().trimmed();
    p.tls.insecure = m_insecure->isChecked();
    p.tls.clientCertificatePath = m_clientCertificate->text().trimmed();
    p.apiToken.enabled = m_apiTokenEnabled->isChecked();
    p.apiToken.headerName = m_apiTokenHeader->text().trimmed();
    p.apiToken.prefix = m_apiTokenPrefix->text();
    p.usePar = m_usePar->isChecked();
    return p;
}

void ProfileEditor::rebuildPresetFields(const QMap<QString, QString> &values)
{
    for (QWidget *row : std::as_const(m_presetFieldRows)) {
        m_presetFieldsLayout->removeRow(row); // deletes the row's label and field
    }
    for (auto it = m_presetFields.cbegin(); it != m_presetFields.cend(); ++it)
        m_problemLabels.remove(QStringLiteral("fields.") + it.key());
    m_presetFieldRows.clear();
    m_presetFields.clear();

    const std::optional<Presets::Preset> preset = Presets::find(m_preset->currentData().toString());
    m_quirks->setText(preset ? preset->quirks : QString());
    m_quirks->setVisible(preset && !preset->quirks.isEmpty());
    if (!preset)
        return;
    QWidget *previous = m_preset;
    for (const Presets::PresetField &field : preset->fields) {
        auto *edit = new QLineEdit(m_presetFieldsBox);
        edit->setObjectName(QStringLiteral("presetField:") + field.key);
        edit->setAccessibleName(field.label);
        edit->setPlaceholderText(field.placeholder);
        edit->setToolTip(field.help);
        edit->setText(values.value(field.key));
        connect(edit, &QLineEdit::textChanged, this, &ProfileEditor::presetFieldEdited);
        const QString key = QStringLiteral("fields.") + field.key;
        QWidget *row = fieldWithProblem(edit, key);
        auto *label = new QLabel(field.required ? tr("%1:").arg(field.label) : tr("%1 (optional):").arg(field.label),
                                 m_presetFieldsBox);
        label->setBuddy(edit);
        m_presetFieldsLayout->addRow(label, row);
        // Added to a form that may be showing: show now, not on the next event loop pass.
        label->show();
        row->show();
        m_presetFields.insert(field.key, edit);
        m_presetFieldRows.append(row);
        m_fieldRows.remove(key);
        setTabOrder(previous, edit);
        previous = edit;
    }
    setTabOrder(previous, m_issuer);
}

void ProfileEditor::presetChanged()
{
    if (m_loading)
        return;
    QMap<QString, QString> values;
    for (auto it = m_presetFields.cbegin(); it != m_presetFields.cend(); ++it)
        values.insert(it.key(), it.value()->text());
    m_loading = true;
    rebuildPresetFields(values);
    if (const std::optional<Presets::Preset> preset = Presets::find(m_preset->currentData().toString())) {
        // Defaults where the user has not chosen yet.
        if (m_isNew || m_clientId->text().isEmpty()) {
            m_authMethod->setCurrentIndex(qMax(0, m_authMethod->findData(authMethodName(preset->defaultAuthMethod))));
            m_redirectHost->setCurrentIndex(qMax(0, m_redirectHost->findData(int(preset->defaultRedirectHost))));
        }
        if (m_scopes->text().trimmed().isEmpty())
            m_scopes->setText(preset->defaultScopes.join(u' '));
        m_presetDiscovers = preset->supportsDiscovery;
    } else {
        m_presetDiscovers = true;
    }
    m_discoverButton->setEnabled(m_presetDiscovers);
    m_loading = false;
    applyPresetEndpoints();
    changed();
}

void ProfileEditor::presetFieldEdited()
{
    if (m_loading)
        return;
    applyPresetEndpoints();
    changed();
}

// Fields that still show what the preset computed last (or nothing) follow the new result;
// a URL the user typed by hand stays.
void ProfileEditor::applyPresetEndpoints()
{
    QMap<QString, QString> values;
    for (auto it = m_presetFields.cbegin(); it != m_presetFields.cend(); ++it)
        values.insert(it.key(), it.value()->text().trimmed());
    const Presets::Applied applied = Presets::apply(m_preset->currentData().toString(), values);
    const auto follow = [](QLineEdit *edit, const QUrl &before, const QUrl &after) {
        const QString text = edit->text().trimmed();
        if (!after.isEmpty() && (text.isEmpty() || text == urlText(before)))
            edit->setText(urlText(after));
        else if (after.isEmpty() && !before.isEmpty() && text == urlText(before))
            edit->clear();
    };
    const bool wasLoading = m_loading;
    m_loading = true;
    follow(m_issuer, m_lastApplied.issuer, applied.issuer);
    for (int i = 0; i < EndpointKindCount; ++i)
        follow(m_endpoints[size_t(i)], m_lastApplied.endpoints.url(EndpointKind(i)), applied.endpoints.url(EndpointKind(i)));
    m_loading = wasLoading;
    m_lastApplied = applied;
}

void ProfileEditor::changed()
{
    if (m_loading)
        return;
    updateVisibility();
    updateProblems();
    updateInsecureBanner();
    bool modified = profile() != m_baseline;
    for (SecretField *field : relevantSecretFields())
        modified = modified || field->isModified();
    if (modified != m_modified) {
        m_modified = modified;
        emit modifiedChanged(modified);
    }
    m_saveButton->setEnabled(canSave());
    m_revertButton->setEnabled(m_modified);
}

bool ProfileEditor::canSave() const
{
    // A new profile can be saved as it is once it is valid (a duplicate, an imported draft).
    return (m_modified || m_isNew) && m_problems.isEmpty();
}

QList<SecretField *> ProfileEditor::relevantSecretFields() const
{
    QList<SecretField *> fields;
    const auto method = authMethodFromName(m_authMethod->currentData().toString());
    if (method && usesClientSecret(*method))
        fields << m_clientSecret;
    if (method == ClientAuthMethod::PrivateKeyJwt)
        fields << m_privateKey;
    if (method == ClientAuthMethod::TlsClientAuth)
        fields << m_tlsKey;
    if (m_apiTokenEnabled->isChecked())
        fields << m_apiToken;
    return fields;
}

void ProfileEditor::updateVisibility()
{
    const auto method = authMethodFromName(m_authMethod->currentData().toString());
    setRowVisible(m_fieldRows.value(QStringLiteral("raw_basic_credentials")), method == ClientAuthMethod::ClientSecretBasic);
    setRowVisible(m_fieldRows.value(QStringLiteral("secret.client_secret")), method && usesClientSecret(*method));
    setRowVisible(m_fieldRows.value(QStringLiteral("secret.private_key")), method == ClientAuthMethod::PrivateKeyJwt);
    setRowVisible(m_fieldRows.value(QStringLiteral("tls.client_certificate")), method == ClientAuthMethod::TlsClientAuth);
    setRowVisible(m_fieldRows.value(QStringLiteral("secret.tls_client_key")), method == ClientAuthMethod::TlsClientAuth);
    const bool api = m_apiTokenEnabled->isChecked();
    for (const char *key : {"api_token.header", "api_token.prefix", "secret.api_token"})
        setRowVisible(m_fieldRows.value(QLatin1String(key)), api);
}

void ProfileEditor::updateProblems()
{
    const Profile current = profile();
    m_problems = current.validate();
    // The preset's own inputs count once the user has started on them: a profile made from an
    // issuer alone (the command line's --issuer) need not fill them.
    const Presets::Applied applied = Presets::apply(current.preset, current.presetFields);
    if (!current.presetFields.isEmpty())
        m_problems += applied.problems;

    QHash<QString, QStringList> byField;
    QStringList general;
    for (const FieldProblem &problem : std::as_const(m_problems)) {
        QString key = problem.field;
        if (!m_problemLabels.contains(key)) {
            // "extra_parameters[0].name" → "extra_parameters"
            key.clear();
            for (auto it = m_problemLabels.cbegin(); it != m_problemLabels.cend(); ++it) {
                if (problem.field.startsWith(it.key()) && it.key().size() > key.size())
                    key = it.key();
            }
        }
        if (key.isEmpty())
            general << problem.message;
        else
            byField[key] << problem.message;
    }
    const QColor fail = StatusPalette::foreground(palette(), StatusPalette::Tone::Bad);
    const QString style = QStringLiteral("color: %1;").arg(fail.name());
    for (auto it = m_problemLabels.cbegin(); it != m_problemLabels.cend(); ++it) {
        const QStringList messages = byField.value(it.key());
        it.value()->setText(messages.join(u'\n'));
        it.value()->setStyleSheet(style);
        it.value()->setVisible(!messages.isEmpty());
    }
    m_generalProblems->setText(general.join(u'\n'));
    m_generalProblems->setStyleSheet(style);
    m_generalProblems->setVisible(!general.isEmpty());
}

void ProfileEditor::updateInsecureBanner()
{
    m_insecureBanner->setStyleSheet(StatusPalette::bannerStyleSheet(palette(), StatusPalette::Tone::Bad));
    m_insecureBanner->setVisible(m_insecure->isChecked());
}

void ProfileEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_loading) {
        updateProblems();
        updateInsecureBanner();
    }
}

void ProfileEditor::setEndpointsExpanded(bool expanded)
{
    const QSignalBlocker block(m_endpointsToggle);
    m_endpointsToggle->setChecked(expanded);
    m_endpointsToggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_endpointsBox->setVisible(expanded);
}

void ProfileEditor::showStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: %1;").arg(
                                          StatusPalette::foreground(palette(), StatusPalette::Tone::Bad).name())
                                    : QString());
    if (!text.isEmpty())
        emit statusMessage(text);
}

bool ProfileEditor::save()
{
    changed();
    if (!canSave()) {
        showStatus(tr("Fix the fields marked in red, then save."), true);
        return false;
    }
    Profile p = profile();
    QList<QPair<SecretKind, QByteArray>> secrets;
    for (SecretField *field : relevantSecretFields()) {
        if (field->isModified())
            secrets.append({field->kind(), field->value()});
    }
    StoreResult result;
    if (m_isNew) {
        p.id.clear();
        QString id;
        result = m_store->add(p, &id);
        p.id = id;
    } else {
        result = m_store->update(p);
    }
    if (!result.ok) {
        showStatus(result.message, true);
        return false;
    }
    const std::optional<Profile> stored = m_store->findById(p.id);
    setProfile(stored.value_or(p), false);
    emit saved(p.id);
    writeSecrets(p.id, std::move(secrets));
    return true;
}

void ProfileEditor::writeSecrets(const QString &profileId, QList<QPair<SecretKind, QByteArray>> values)
{
    if (values.isEmpty()) {
        showStatus(tr("Saved."), false);
        emit saveFinished(true, m_status->text());
        return;
    }
    showStatus(tr("Saved; writing secrets to the keychain…"), false);
    struct Progress
    {
        int pending = 0;
        QStringList failures;
    };
    auto progress = std::make_shared<Progress>();
    progress->pending = int(values.size());
    for (const auto &[kind, value] : values) {
        auto done = [this, progress, kind = kind](const SecretResult &result) {
            if (!result.ok())
                progress->failures << tr("%1 not saved: %2").arg(secretKindDisplayName(kind), result.error);
            if (--progress->pending > 0)
                return;
            if (progress->failures.isEmpty()) {
                showStatus(tr("Saved, secrets in the keychain."), false);
                if (m_secrets->isSessionOnly())
                    showStatus(tr("Saved; secrets kept in memory for this session only."), false);
                emit saveFinished(true, m_status->text());
            } else {
                showStatus(progress->failures.join(u'\n'), true);
                emit saveFinished(false, m_status->text());
            }
        };
        if (value.isEmpty())
            m_secrets->remove(profileId, kind, this, done);
        else
            m_secrets->write(profileId, kind, value, this, done);
    }
}

void ProfileEditor::revert()
{
    setProfile(m_original, m_isNew);
    showStatus(tr("Changes reverted."), false);
}

void ProfileEditor::discover()
{
    if (!m_http)
        return; // no network in this window (tests of the shell)
    TlsOptions tls;
    tls.caBundlePath = m_caBundle->text().trimmed();
    tls.insecure = m_insecure->isChecked();
    m_discoverButton->setEnabled(false);
    m_discovery->discover(urlFrom(m_issuer), tls, profile().endpoints);
}
