// SPDX-License-Identifier: GPL-3.0-or-later
#include "setup/workspacepage.h"

#include "admin/adminclient.h"
#include "setup/setupwizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Setup {

namespace {

// admin.json Server enums (the parts a workspace form offers).
const QStringList GrantTypes{
    QStringLiteral("authorization_code"),
    QStringLiteral("implicit"),
    QStringLiteral("client_credentials"),
    QStringLiteral("refresh_token"),
    QStringLiteral("password"),
    QStringLiteral("urn:ietf:params:oauth:grant-type:jwt-bearer"),
    QStringLiteral("urn:openid:params:grant-type:ciba"),
    QStringLiteral("urn:ietf:params:oauth:grant-type:token-exchange"),
    QStringLiteral("urn:ietf:params:oauth:grant-type:device_code"),
};
const QStringList DefaultGrantTypes{QStringLiteral("authorization_code"), QStringLiteral("client_credentials"),
                                    QStringLiteral("refresh_token")};
const QStringList AuthMethods{
    QStringLiteral("client_secret_basic"), QStringLiteral("client_secret_post"),
    QStringLiteral("client_secret_jwt"),   QStringLiteral("private_key_jwt"),
    QStringLiteral("self_signed_tls_client_auth"), QStringLiteral("tls_client_auth"),
    QStringLiteral("none"),
};
const QStringList ServerProfiles{
    QStringLiteral("default"), QStringLiteral("demo"), QStringLiteral("workforce"), QStringLiteral("consumer"),
    QStringLiteral("partners"), QStringLiteral("third_party"), QStringLiteral("fapi_advanced"),
    QStringLiteral("fapi_rw"), QStringLiteral("fapi_ro"), QStringLiteral("openbanking_uk_fapi_advanced"),
    QStringLiteral("openbanking_uk"), QStringLiteral("openbanking_br"), QStringLiteral("openbanking_br_unico"),
    QStringLiteral("cdr_australia"), QStringLiteral("cdr_australia_fapi_rw"), QStringLiteral("fdx"),
    QStringLiteral("openbanking_ksa"), QStringLiteral("fapi_20_security"), QStringLiteral("fapi_20_message_signing"),
    QStringLiteral("connect_id"),
};

QString suggestedId(const QStringList &taken)
{
    QString id = QStringLiteral("my-workspace");
    for (int n = 2; taken.contains(id); ++n)
        id = QStringLiteral("my-workspace-%1").arg(n);
    return id;
}

} // namespace

WorkspacePage::WorkspacePage(SetupWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("workspacePage"));
    setTitle(tr("Workspace"));
    setSubTitle(tr("Describe the workspace (authorization server) to create. The defaults give a working sign-in."));

    auto *formWidget = new QWidget(this);
    auto *form = new QFormLayout(formWidget);
    const auto addField = [&](const QString &label, QWidget *field, const QString &json, const QString &accessible) {
        m_errors.addRow(form, label, field, json, accessible);
    };
    const auto lineEdit = [&](const char *name) {
        auto *edit = new QLineEdit(formWidget);
        edit->setObjectName(QLatin1String(name));
        connect(edit, &QLineEdit::textChanged, this, &WorkspacePage::updatePreview);
        return edit;
    };
    const auto combo = [&](const char *name, const QStringList &items, const QString &current) {
        auto *box = new QComboBox(formWidget);
        box->setObjectName(QLatin1String(name));
        box->addItems(items);
        box->setCurrentText(current);
        connect(box, &QComboBox::currentTextChanged, this, &WorkspacePage::updatePreview);
        return box;
    };
    const auto checkGroup = [&](const char *name, const QStringList &values, const QStringList &checked,
                                QMap<QString, QCheckBox *> *boxes, const QString &accessible) {
        QGroupBox *group = makeCheckGroup(formWidget, QLatin1String(name), values, checked, accessible, boxes);
        for (QCheckBox *box : std::as_const(*boxes))
            connect(box, &QCheckBox::toggled, this, &WorkspacePage::updatePreview);
        return group;
    };

    m_id = lineEdit("workspaceIdEdit");
    m_id->setMaxLength(64);
    m_id->setToolTip(tr("1-64 letters, digits, \"-\" and \"_\"; part of every URL of the workspace."));
    addField(tr("&Id:"), m_id, QStringLiteral("id"), tr("Workspace id"));
    m_name = lineEdit("workspaceNameEdit");
    m_name->setText(tr("My workspace"));
    addField(tr("Na&me:"), m_name, QStringLiteral("name"), tr("Workspace name"));
    m_profile = combo("workspaceProfileCombo", ServerProfiles, QStringLiteral("default"));
    addField(tr("&Profile:"), m_profile, QStringLiteral("profile"), tr("Workspace profile"));
    m_type = combo("workspaceTypeCombo", {QStringLiteral("regular"), QStringLiteral("organization")},
                   QStringLiteral("regular"));
    m_type->setToolTip(tr("The other types (admin, developer, system) are the tenant's own."));
    addField(tr("T&ype:"), m_type, QStringLiteral("type"), tr("Workspace type"));
    m_colour = lineEdit("workspaceColourEdit");
    m_colour->setPlaceholderText(QStringLiteral("#1f6feb"));
    addField(tr("&Colour:"), m_colour, QStringLiteral("color"), tr("Workspace colour"));
    addField(tr("&Grant types:"), checkGroup("grantTypes", GrantTypes, DefaultGrantTypes, &m_grantTypes, tr("Grant type")),
             QStringLiteral("grant_types"), tr("Grant types"));
    QStringList defaultMethods = AuthMethods;
    addField(tr("&Token endpoint authentication:"),
             checkGroup("authMethods", AuthMethods, defaultMethods, &m_authMethods, tr("Authentication method")),
             QStringLiteral("token_endpoint_auth_methods"), tr("Token endpoint authentication methods"));
    m_strategy = combo("accessTokenStrategyCombo", {QStringLiteral("jwt"), QStringLiteral("opaque")}, QStringLiteral("jwt"));
    addField(tr("&Access token format:"), m_strategy, QStringLiteral("access_token_strategy"), tr("Access token strategy"));
    m_keyType = combo("keyTypeCombo", {QStringLiteral("rsa"), QStringLiteral("ecdsa"), QStringLiteral("ps")},
                      QStringLiteral("rsa"));
    addField(tr("Signing &key type:"), m_keyType, QStringLiteral("key_type"), tr("Key type"));

    const struct
    {
        const char *json, *object;
        QString label, accessible, value;
    } ttls[] = {
        {"access_token_ttl", "accessTokenTtlEdit", tr("Access token &lifetime:"), tr("Access token lifetime"), QStringLiteral("1h")},
        {"id_token_ttl", "idTokenTtlEdit", tr("I&D token lifetime:"), tr("ID token lifetime"), QStringLiteral("1h")},
        {"refresh_token_ttl", "refreshTokenTtlEdit", tr("&Refresh token lifetime:"), tr("Refresh token lifetime"),
         QStringLiteral("720h")},
        {"authorization_code_ttl", "authorizationCodeTtlEdit", tr("Authori&zation code lifetime:"),
         tr("Authorization code lifetime"), QStringLiteral("10m")},
    };
    for (const auto &ttl : ttls) {
        QLineEdit *edit = lineEdit(ttl.object);
        edit->setText(ttl.value);
        edit->setToolTip(tr("A duration: \"1h\", \"30m\", \"1h30m\", \"90s\", \"2d\"."));
        addField(ttl.label, edit, QLatin1String(ttl.json), ttl.accessible);
        m_ttls.insert(QLatin1String(ttl.json), edit);
    }

    m_enforcePkce = new QCheckBox(tr("Require PKCE f&or every client"), formWidget);
    m_enforcePkce->setObjectName(QStringLiteral("enforcePkceCheck"));
    m_enforcePkce->setAccessibleName(tr("Require PKCE for every client"));
    m_enforcePkcePublic = new QCheckBox(tr("Require PKCE for p&ublic clients"), formWidget);
    m_enforcePkcePublic->setObjectName(QStringLiteral("enforcePkcePublicCheck"));
    m_enforcePkcePublic->setAccessibleName(tr("Require PKCE for public clients"));
    m_enforcePkcePublic->setChecked(true);
    for (QCheckBox *box : {m_enforcePkce, m_enforcePkcePublic}) {
        connect(box, &QCheckBox::toggled, this, &WorkspacePage::updatePreview);
        form->addRow(QString(), box);
    }
    addField(tr("&Subject identifiers:"),
             checkGroup("subjectTypes", {QStringLiteral("public"), QStringLiteral("pairwise")}, {QStringLiteral("public")},
                        &m_subjectTypes, tr("Subject identifier type")),
             QStringLiteral("subject_identifier_types"), tr("Subject identifier types"));

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(formWidget);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *previewLabel = new QLabel(tr("Re&quest:"), this);
    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("workspacePreview"));
    m_preview->setAccessibleName(tr("Workspace request preview"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    previewLabel->setBuddy(m_preview);

    m_create = new QPushButton(tr("Cr&eate Workspace"), this);
    m_create->setObjectName(QStringLiteral("createWorkspaceButton"));
    m_create->setAccessibleName(tr("Create workspace"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("workspaceStatusLabel"));
    m_status->setWordWrap(true);
    QLabel *general = makeErrorLabel(this, QStringLiteral("workspaceErrorLabel"));
    m_errors.setGeneral(general);
    m_request.attach(m_create, m_status, &m_errors);

    auto *right = new QVBoxLayout;
    right->addWidget(previewLabel);
    right->addWidget(m_preview, 1);
    auto *top = new QHBoxLayout;
    top->addWidget(scroll, 3);
    top->addLayout(right, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(general);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_create);
    bottom->addWidget(m_status, 1);
    layout->addLayout(bottom);

    connect(m_id, &QLineEdit::textEdited, this, [this] {
        m_errors.showAt(QStringLiteral("id"), Checks::idProblem(m_id->text(), m_wizard->workspaceIds()));
    });
    connect(m_create, &QPushButton::clicked, this, &WorkspacePage::create);
    connect(m_wizard, &SetupWizard::progressChanged, this, &WorkspacePage::showProgress);
}

void WorkspacePage::initializePage()
{
    if (m_wizard->progress().workspaceId.isEmpty() && (m_id->text().isEmpty() || m_wizard->workspaceIds().contains(m_id->text())))
        m_id->setText(suggestedId(m_wizard->workspaceIds()));
    showProgress();
    updatePreview();
}

void WorkspacePage::showProgress()
{
    const QString created = m_wizard->progress().workspaceId;
    QString done;
    if (!created.isEmpty()) {
        m_id->setText(created);
        done = tr("Workspace \"%1\" is created. Continue with Next.").arg(created);
    }
    m_request.showProgress(!created.isEmpty(), done);
    emit completeChanged();
}

bool WorkspacePage::isComplete() const
{
    return !m_wizard->progress().workspaceId.isEmpty();
}

std::optional<QJsonObject> WorkspacePage::serverJson()
{
    m_errors.clear();
    bool fine = true;
    const auto problemAt = [&](const QString &field, const QString &problem) {
        if (problem.isEmpty())
            return;
        m_errors.showAt(field, problem);
        fine = false;
    };
    QJsonObject server;
    server.insert(QStringLiteral("id"), m_id->text());
    problemAt(QStringLiteral("id"), Checks::idProblem(m_id->text(), m_wizard->workspaceIds()));
    const QString tenant = m_wizard->adminProfile().presetFields.value(QStringLiteral("tenant_id"));
    if (!tenant.isEmpty())
        server.insert(QStringLiteral("tenant_id"), tenant);
    if (!m_name->text().trimmed().isEmpty())
        server.insert(QStringLiteral("name"), m_name->text().trimmed());
    server.insert(QStringLiteral("profile"), m_profile->currentText());
    server.insert(QStringLiteral("type"), m_type->currentText());
    const QString colour = m_colour->text().trimmed();
    problemAt(QStringLiteral("color"), Checks::colourProblem(colour));
    if (!colour.isEmpty())
        server.insert(QStringLiteral("color"), colour);
    const QJsonArray grants = checkedValues(m_grantTypes, GrantTypes);
    if (grants.isEmpty())
        problemAt(QStringLiteral("grant_types"), tr("Enable at least one grant type."));
    server.insert(QStringLiteral("grant_types"), grants);
    const QJsonArray methods = checkedValues(m_authMethods, AuthMethods);
    if (methods.isEmpty())
        problemAt(QStringLiteral("token_endpoint_auth_methods"), tr("Allow at least one authentication method."));
    server.insert(QStringLiteral("token_endpoint_auth_methods"), methods);
    server.insert(QStringLiteral("access_token_strategy"), m_strategy->currentText());
    server.insert(QStringLiteral("key_type"), m_keyType->currentText());
    for (auto it = m_ttls.cbegin(); it != m_ttls.cend(); ++it) {
        QString problem;
        const auto go = Checks::goDuration(it.value()->text(), &problem);
        problemAt(it.key(), problem);
        server.insert(it.key(), go.value_or(it.value()->text()));
    }
    server.insert(QStringLiteral("enforce_pkce"), m_enforcePkce->isChecked());
    server.insert(QStringLiteral("enforce_pkce_for_public_clients"), m_enforcePkcePublic->isChecked());
    const QJsonArray subjects = checkedValues(m_subjectTypes, {QStringLiteral("public"), QStringLiteral("pairwise")});
    if (subjects.isEmpty())
        problemAt(QStringLiteral("subject_identifier_types"), tr("Choose at least one subject identifier type."));
    server.insert(QStringLiteral("subject_identifier_types"), subjects);
    m_preview->setPlainText(QString::fromUtf8(QJsonDocument(server).toJson(QJsonDocument::Indented)));
    if (!fine)
        return std::nullopt;
    return server;
}

void WorkspacePage::updatePreview()
{
    if (!m_preview)
        return;
    // The preview shows what Create would send; problems appear as the user types.
    serverJson();
}

void WorkspacePage::create()
{
    if (m_request.busy() || !m_wizard->progress().workspaceId.isEmpty())
        return;
    const auto server = serverJson();
    if (!server) {
        m_request.refuse();
        emit createFinished(false);
        return;
    }
    const Admin::CallOptions options = m_request.start(tr("Creating workspace…"));
    m_wizard->admin()->createServer(*server, options, this, [this](const Admin::AdminResult &result) {
        if (!m_request.succeeded(result, tr("The workspace was not created."))) {
            emit createFinished(false);
            return;
        }
        m_request.done();
        const QJsonObject created = result.object();
        SetupWizard::Progress progress; // a new workspace: what came after the old one is not resumed
        progress.workspaceId = created.value(QStringLiteral("id")).toString(m_id->text());
        progress.workspaceName = created.value(QStringLiteral("name")).toString(m_name->text());
        m_wizard->setProgress(progress);
        emit createFinished(true);
    });
}

} // namespace Setup
