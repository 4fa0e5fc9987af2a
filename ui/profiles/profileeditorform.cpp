// SPDX-License-Identifier: GPL-3.0-or-later
// ProfileEditor's form: the widgets, their names, layout and tab order. Behaviour is in
// profileeditor.cpp.
#include "profileeditor.h"
#include "profileeditor_p.h"

#include "apigroupseditor.h"
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
using namespace ProfileEditorDetail;

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
    connect(m_parameters, &ExtraParametersEditor::edited, this, &ProfileEditor::changed);

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

    // Rate-limit group overrides (issue 7): which API group a path counts against.
    QFormLayout *groups = section(tr("Rate limits"), QStringLiteral("apiGroupsGroup"));
    m_apiGroups = new ApiGroupsEditor(this);
    addRow(groups, tr("API groups:"), m_apiGroups, QStringLiteral("api_groups"), m_apiGroups->table());
    connect(m_apiGroups, &ApiGroupsEditor::edited, this, &ProfileEditor::changed);

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
