// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenspage.h"

#include "http/exchangelog.h"
#include "inspector/tokeninspector.h"
#include "inspector/verificationpanel.h"
#include "itemmodels/profilelistmodel.h"
#include "oauth/authorizationcodeflow.h"
#include "oauth/browserlauncher.h"
#include "oauth/deviceflow.h"
#include "oauth/tokenoperations.h"
#include "oauth/tokenrequest.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "systembrowserlauncher.h"
#include "tokensetview.h"
#include "filechooser.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QTimer>
#include <QVBoxLayout>

namespace {
const QString BrowserCommandKey = QStringLiteral("tokensPage/browserCommand");
} // namespace

TokensPage::TokensPage(HttpClient *http, Profiles::ProfileStore *profiles, Profiles::SecretStore *secrets,
                       ExchangeLog *log, TokenInspector *inspector, QWidget *parent)
    : QWidget(parent)
    , m_http(http)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_log(log)
    , m_inspector(inspector)
    , m_tokens(new OAuth::TokenClient(http, secrets, this))
    , m_operations(new OAuth::TokenOperations(m_tokens, http, this))
    , m_profileModel(new ProfileListModel(profiles, this))
    , m_autoRefresh(new QTimer(this))
{
    buildForm();
    updateBrowser();
    m_autoRefresh->setObjectName(QStringLiteral("autoRefreshTimer"));
    m_autoRefresh->setSingleShot(true);
    connect(m_autoRefresh, &QTimer::timeout, this, [this] {
        if (m_running)
            return scheduleAutoRefresh(); // after the running grant
        if (const auto profile = currentProfile(); profile && m_setView->autoRefresh())
            runRefresh(*profile, true);
    });
    connect(m_setView, &TokenSetView::autoRefreshToggled, this, &TokensPage::scheduleAutoRefresh);
    connect(m_setView, &TokenSetView::openInInspectorRequested, this, &TokensPage::openInInspector);
    connect(m_setView, &TokenSetView::introspectRequested, this, &TokensPage::introspect);
    connect(m_setView, &TokenSetView::revokeRequested, this, &TokensPage::revoke);
    connect(m_setView, &TokenSetView::userinfoRequested, this, &TokensPage::userinfo);
    connect(m_setView, &TokenSetView::statusMessage, this, &TokensPage::statusMessage);
    // The store re-sorts on every change: keep the chosen connection by id, not by row.
    connect(m_profileModel, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keptProfileId = currentProfileId(); });
    connect(m_profileModel, &QAbstractItemModel::modelReset, this, [this] {
        int row = m_profileModel->rowOfId(m_keptProfileId);
        if (row < 0)
            row = m_profileModel->rowOfId(m_defaultProfileId);
        if (row < 0 && m_profileModel->rowCount() > 0)
            row = 0;
        const QSignalBlocker blocker(m_profile);
        m_profile->setCurrentIndex(row);
        onProfileChanged();
    });
    onProfileChanged();
}

TokensPage::~TokensPage()
{
    // The flows hold the launcher: they go first.
    delete m_codeFlow;
    delete m_deviceFlow;
}

void TokensPage::buildForm()
{
    auto *form = new QGroupBox(tr("Get a token"), this);
    m_profile = new QComboBox(form);
    m_profile->setObjectName(QStringLiteral("tokenProfileCombo"));
    m_profile->setAccessibleName(tr("Connection"));
    m_profile->setModel(m_profileModel);
    m_profile->setModelColumn(ProfileListModel::Name);

    m_grant = new QComboBox(form);
    m_grant->setObjectName(QStringLiteral("grantCombo"));
    m_grant->setAccessibleName(tr("Grant"));
    for (OAuth::Grant grant : {OAuth::Grant::ClientCredentials, OAuth::Grant::AuthorizationCode, OAuth::Grant::Password,
                               OAuth::Grant::DeviceCode, OAuth::Grant::RefreshToken, OAuth::Grant::TokenExchange,
                               OAuth::Grant::JwtBearer})
        m_grant->addItem(OAuth::grantDisplayName(grant), int(grant));

    m_scope = new QLineEdit(form);
    m_scope->setObjectName(QStringLiteral("scopeOverrideInput"));
    m_scope->setAccessibleName(tr("Scope override"));
    m_scope->setClearButtonEnabled(true);

    m_credentials = new QWidget(form);
    m_username = new QLineEdit(m_credentials);
    m_username->setObjectName(QStringLiteral("usernameInput"));
    m_username->setAccessibleName(tr("Username"));
    m_username->setPlaceholderText(tr("Username"));
    m_password = new QLineEdit(m_credentials);
    m_password->setObjectName(QStringLiteral("passwordInput"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setPlaceholderText(tr("Password (sent once, not kept)"));
    m_password->setEchoMode(QLineEdit::Password);
    auto *credentialsLayout = new QHBoxLayout(m_credentials);
    credentialsLayout->setContentsMargins(0, 0, 0, 0);
    credentialsLayout->addWidget(m_username);
    credentialsLayout->addWidget(m_password);

    m_copyUrlOnly = new QCheckBox(tr("Copy the authorization URL instead of opening a browser"), form);
    m_copyUrlOnly->setObjectName(QStringLiteral("copyAuthorizationUrlCheck"));
    m_copyUrlOnly->setAccessibleName(tr("Copy the authorization URL instead of opening a browser"));

    // Another browser than the desktop's (a private window, a test profile, a headless one):
    // the command line gets the URL as its last argument. Kept in the settings (not a secret).
    m_browserRow = new QWidget(form);
    auto *browserLabel = new QLabel(tr("Browser command:"), m_browserRow);
    m_browserCommand = new QLineEdit(m_browserRow);
    m_browserCommand->setObjectName(QStringLiteral("browserCommandInput"));
    m_browserCommand->setAccessibleName(tr("Browser command"));
    m_browserCommand->setToolTip(tr("A command that opens a URL, e.g. firefox --private-window. The URL is added as "
                                    "its last argument. Empty: TOKENSCOPE_BROWSER when set, else the system browser."));
    if (const std::optional<QString> command = OAuth::CommandBrowserLauncher::fromEnvironment())
        m_browserCommand->setPlaceholderText(tr("TOKENSCOPE_BROWSER: %1").arg(*command));
    else
        m_browserCommand->setPlaceholderText(tr("System browser"));
    m_browserCommand->setText(QSettings().value(BrowserCommandKey).toString());
    browserLabel->setBuddy(m_browserCommand);
    auto *browserLayout = new QHBoxLayout(m_browserRow);
    browserLayout->setContentsMargins(0, 0, 0, 0);
    browserLayout->addWidget(browserLabel);
    browserLayout->addWidget(m_browserCommand, 1);
    connect(m_browserCommand, &QLineEdit::editingFinished, this, [this] {
        QSettings().setValue(BrowserCommandKey, m_browserCommand->text().trimmed());
        updateBrowser();
    });
    connect(m_browserCommand, &QLineEdit::textChanged, this, &TokensPage::updateForm);

    // OpenID Connect Core §3: code, then the hybrid (§3.3) and implicit (§3.2) response types.
    m_responseTypeRow = new QWidget(form);
    m_responseType = new QComboBox(m_responseTypeRow);
    m_responseType->setObjectName(QStringLiteral("responseTypeCombo"));
    m_responseType->setAccessibleName(tr("Response type"));
    m_responseType->addItem(tr("code (recommended)"), QStringLiteral("code"));
    for (const char *type : {"code id_token", "code token", "code id_token token"})
        m_responseType->addItem(tr("%1 (hybrid)").arg(QLatin1String(type)), QLatin1String(type));
    for (const char *type : {"id_token", "id_token token", "token"})
        m_responseType->addItem(tr("%1 (implicit)").arg(QLatin1String(type)), QLatin1String(type));
    m_responseTypeNote = new QLabel(m_responseTypeRow);
    m_responseTypeNote->setObjectName(QStringLiteral("responseTypeNote"));
    m_responseTypeNote->setWordWrap(true);
    m_responseTypeNote->setTextFormat(Qt::PlainText);
    auto *responseTypeLayout = new QVBoxLayout(m_responseTypeRow);
    responseTypeLayout->setContentsMargins(0, 0, 0, 0);
    responseTypeLayout->addWidget(m_responseType);
    responseTypeLayout->addWidget(m_responseTypeNote);

    m_exchange = buildExchangeForm(form);
    m_jwtBearer = buildJwtBearerForm(form);

    m_getToken = new QPushButton(tr("Get Token"), form);
    m_getToken->setObjectName(QStringLiteral("getTokenButton"));
    m_getToken->setAccessibleName(tr("Get token"));
    m_getToken->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"), form);
    m_cancel->setObjectName(QStringLiteral("cancelGrantButton"));
    m_cancel->setAccessibleName(tr("Cancel the running grant"));
    m_cancel->setEnabled(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_getToken);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);

    m_problem = new QLabel(form);
    m_problem->setObjectName(QStringLiteral("tokenFormProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);

    m_authorizationUrl = new QLineEdit(form);
    m_authorizationUrl->setObjectName(QStringLiteral("authorizationUrlOutput"));
    m_authorizationUrl->setAccessibleName(tr("Authorization URL"));
    m_authorizationUrl->setReadOnly(true);
    m_authorizationUrl->hide();

    auto *formLayout = new QFormLayout(form);
    formLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    formLayout->addRow(tr("Connection:"), m_profile);
    formLayout->addRow(tr("Grant:"), m_grant);
    formLayout->addRow(tr("Scope:"), m_scope);
    formLayout->addRow(m_credentials);
    formLayout->addRow(m_responseTypeRow);
    formLayout->addRow(m_exchange);
    formLayout->addRow(m_jwtBearer);
    formLayout->addRow(m_copyUrlOnly);
    formLayout->addRow(m_browserRow);
    formLayout->addRow(buttons);
    formLayout->addRow(m_problem);
    formLayout->addRow(m_authorizationUrl);

    m_device = new QGroupBox(tr("Approve on another device"), this);
    m_device->setObjectName(QStringLiteral("deviceAuthorizationBox"));
    m_userCode = new QLabel(m_device);
    m_userCode->setObjectName(QStringLiteral("userCodeLabel"));
    m_userCode->setAccessibleName(tr("User code"));
    m_userCode->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_userCode->setTextFormat(Qt::PlainText);
    QFont big = m_userCode->font();
    big.setPointSizeF(big.pointSizeF() * 2);
    big.setBold(true);
    m_userCode->setFont(big);
    m_verificationUri = new QLabel(m_device);
    m_verificationUri->setObjectName(QStringLiteral("verificationUriLabel"));
    m_verificationUri->setAccessibleName(tr("Verification page"));
    m_verificationUri->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verificationUri->setTextFormat(Qt::PlainText);
    QFont large = m_verificationUri->font();
    large.setPointSizeF(large.pointSizeF() * 1.4);
    m_verificationUri->setFont(large);
    m_copyUserCode = new QPushButton(tr("Copy Code"), m_device);
    m_copyUserCode->setObjectName(QStringLiteral("copyUserCodeButton"));
    m_copyUserCode->setAccessibleName(tr("Copy the user code"));
    m_openVerification = new QPushButton(tr("Open Verification Page"), m_device);
    m_openVerification->setObjectName(QStringLiteral("openVerificationButton"));
    m_openVerification->setAccessibleName(tr("Open the verification page in the browser"));
    auto *deviceButtons = new QHBoxLayout;
    deviceButtons->addWidget(m_copyUserCode);
    deviceButtons->addWidget(m_openVerification);
    deviceButtons->addStretch(1);
    auto *deviceLayout = new QVBoxLayout(m_device);
    deviceLayout->addWidget(m_userCode);
    deviceLayout->addWidget(m_verificationUri);
    deviceLayout->addLayout(deviceButtons);
    m_device->hide();

    auto *stepsLabel = new QLabel(tr("Steps"), this);
    m_steps = new QListWidget(this);
    m_steps->setObjectName(QStringLiteral("stepsList"));
    m_steps->setAccessibleName(tr("Steps of the grant"));
    m_steps->setWordWrap(true);
    m_steps->setUniformItemSizes(false);

    m_errorBox = new QGroupBox(tr("The server refused"), this);
    m_errorBox->setObjectName(QStringLiteral("grantErrorBox"));
    m_errorText = new QLabel(m_errorBox);
    m_errorText->setObjectName(QStringLiteral("grantErrorText"));
    m_errorText->setAccessibleName(tr("Error"));
    m_errorText->setWordWrap(true);
    m_errorText->setTextFormat(Qt::PlainText);
    m_errorText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hintText = new QLabel(m_errorBox);
    m_hintText->setObjectName(QStringLiteral("grantErrorHint"));
    m_hintText->setAccessibleName(tr("What to try"));
    m_hintText->setWordWrap(true);
    m_hintText->setTextFormat(Qt::PlainText);
    m_hintText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *errorLayout = new QVBoxLayout(m_errorBox);
    errorLayout->addWidget(m_errorText);
    errorLayout->addWidget(m_hintText);
    m_errorBox->hide();

    auto *setBox = new QGroupBox(tr("Token set"), this);
    m_setView = new TokenSetView(setBox);
    m_setView->setObjectName(QStringLiteral("tokenSetView"));
    // OIDC RP-Initiated Logout 1.0 §2: for a set with an ID token.
    m_signOut = new QPushButton(tr("Sign Out"), setBox);
    m_signOut->setObjectName(QStringLiteral("signOutButton"));
    m_signOut->setAccessibleName(tr("Sign out at the provider in the browser"));
    m_signOut->setToolTip(tr("Opens the provider's end-session page with this ID token as id_token_hint, then "
                             "clears the token set."));
    m_copySignOut = new QPushButton(tr("Copy Sign-out URL"), setBox);
    m_copySignOut->setObjectName(QStringLiteral("copySignOutUrlButton"));
    m_copySignOut->setAccessibleName(tr("Copy the sign-out URL"));
    m_logoutUrl = new QLineEdit(setBox);
    m_logoutUrl->setObjectName(QStringLiteral("logoutUrlOutput"));
    m_logoutUrl->setAccessibleName(tr("Sign-out URL"));
    m_logoutUrl->setReadOnly(true);
    m_logoutUrl->hide();
    auto *signOutButtons = new QHBoxLayout;
    signOutButtons->addWidget(m_signOut);
    signOutButtons->addWidget(m_copySignOut);
    signOutButtons->addStretch(1);
    auto *setLayout = new QVBoxLayout(setBox);
    setLayout->addWidget(m_setView);
    setLayout->addLayout(signOutButtons);
    setLayout->addWidget(m_logoutUrl);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(form);
    layout->addWidget(m_device);
    layout->addWidget(m_errorBox);
    layout->addWidget(stepsLabel);
    layout->addWidget(m_steps, 1);
    layout->addWidget(setBox, 2);

    connect(m_profile, &QComboBox::currentIndexChanged, this, &TokensPage::onProfileChanged);
    connect(m_profile, &QComboBox::activated, this, [this] { m_profileChosen = true; });
    connect(m_grant, &QComboBox::currentIndexChanged, this, &TokensPage::updateForm);
    connect(m_responseType, &QComboBox::currentIndexChanged, this, &TokensPage::updateForm);
    connect(m_getToken, &QPushButton::clicked, this, &TokensPage::getToken);
    connect(m_cancel, &QPushButton::clicked, this, &TokensPage::cancel);
    connect(m_signOut, &QPushButton::clicked, this, [this] { signOut(false); });
    connect(m_copySignOut, &QPushButton::clicked, this, [this] { signOut(true); });
    connect(m_copyUserCode, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_userCode->text());
        Q_EMIT statusMessage(tr("User code copied to the clipboard."));
    });
    connect(m_openVerification, &QPushButton::clicked, this, [this] {
        QString error;
        if (!m_browser->open(m_verificationTarget, &error))
            showError(error);
    });
}

std::optional<Profiles::Profile> TokensPage::currentProfile() const
{
    const int row = m_profile->currentIndex();
    if (row < 0 || row >= m_profileModel->rowCount())
        return std::nullopt;
    return m_profileModel->profileAt(row);
}

QString TokensPage::currentProfileId() const
{
    const auto profile = currentProfile();
    return profile ? profile->id : QString();
}

void TokensPage::setDefaultProfileId(const QString &id)
{
    m_defaultProfileId = id;
    // The user has not chosen yet: show the default.
    if (!m_profileChosen)
        selectProfile(id);
}

void TokensPage::selectProfile(const QString &id)
{
    const int row = m_profileModel->rowOfId(id);
    if (row >= 0)
        m_profile->setCurrentIndex(row);
}

void TokensPage::adoptTokenSet(const OAuth::TokenSet &set)
{
    if (set.profileId.isEmpty() || set.isEmpty())
        return;
    m_sets.insert(set.profileId, set);
    selectProfile(set.profileId);
    if (currentProfileId() == set.profileId)
        m_setView->setTokenSet(set);
    Q_EMIT tokenSetChanged(set);
}

void TokensPage::setFileChooser(FileChooser *chooser)
{
    m_chooser = chooser;
}

void TokensPage::selectGrant(OAuth::Grant grant)
{
    m_grant->setCurrentIndex(m_grant->findData(int(grant)));
}

void TokensPage::selectResponseType(const QString &responseType)
{
    m_responseType->setCurrentIndex(m_responseType->findData(responseType));
}

QStringList TokensPage::scopeOverride() const
{
    return m_scope->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

void TokensPage::onProfileChanged()
{
    const auto profile = currentProfile();
    m_scope->setPlaceholderText(profile && !profile->scopes.isEmpty()
                                    ? tr("Default: %1").arg(profile->scopes.join(u' '))
                                    : tr("Space-separated scopes (optional)"));
    m_setView->setTokenSet(profile ? m_sets.value(profile->id) : OAuth::TokenSet());
    scheduleAutoRefresh();
    updateForm();
}

void TokensPage::updateForm()
{
    const auto grant = OAuth::Grant(m_grant->currentData().toInt());
    const auto profile = currentProfile();
    m_credentials->setVisible(grant == OAuth::Grant::Password);
    m_copyUrlOnly->setVisible(grant == OAuth::Grant::AuthorizationCode);
    m_browserRow->setVisible(grant == OAuth::Grant::AuthorizationCode || grant == OAuth::Grant::DeviceCode);
    m_responseTypeRow->setVisible(grant == OAuth::Grant::AuthorizationCode);
    m_exchange->setVisible(grant == OAuth::Grant::TokenExchange);
    m_jwtBearer->setVisible(grant == OAuth::Grant::JwtBearer);
    updateExchangeForm();
    const bool hasIdToken = !m_setView->tokenSet().idToken.isEmpty();
    m_signOut->setEnabled(hasIdToken && !m_running);
    m_copySignOut->setEnabled(hasIdToken && !m_running);
    const QString responseType = m_responseType->currentData().toString();
    const bool implicit = !responseType.split(u' ').contains(QLatin1String("code"));
    m_responseTypeNote->setText(responseType == QLatin1String("code") ? QString()
                                : implicit
                                    ? tr("The implicit flow is discouraged by the OAuth 2.0 Security Best Current "
                                         "Practice: tokens travel in the browser's URL. Use code unless you test an "
                                         "old client; the client must be allowed the implicit grant.")
                                    : tr("Hybrid: the ID token comes through the browser and is verified against the "
                                         "server's keys; the client must be allowed this response type."));
    m_responseTypeNote->setVisible(!m_responseTypeNote->text().isEmpty());
    QString problem;
    if (!m_http)
        problem = tr("Getting tokens is not available in this window.");
    else if (!profile)
        problem = tr("Add a connection on the Connections page first.");
    else if (profile->apiToken.enabled)
        problem = tr("This connection sends a stored API token instead of OAuth; choose another connection.");
    else if (profile->endpoints.url(Profiles::EndpointKind::Token).isEmpty() && grant != OAuth::Grant::DeviceCode)
        problem = tr("The connection has no token endpoint. Run Discover in its editor or enter the endpoint.");
    else if (grant == OAuth::Grant::AuthorizationCode
             && profile->endpoints.url(Profiles::EndpointKind::Authorization).isEmpty())
        problem = tr("The connection has no authorization endpoint. Run Discover in its editor or enter the endpoint.");
    else if (grant == OAuth::Grant::DeviceCode
             && profile->endpoints.url(Profiles::EndpointKind::DeviceAuthorization).isEmpty())
        problem = tr("The connection has no device authorization endpoint: the server may not offer the device grant.");
    else if (grant == OAuth::Grant::TokenExchange && m_subjectSource->currentData().toString() == QLatin1String("pasted")
             && m_subjectToken->text().trimmed().isEmpty())
        problem = tr("Paste the subject token, or choose a token of the current set.");
    else if (grant == OAuth::Grant::TokenExchange && m_subjectSource->currentData().toString() == QLatin1String("id")
             && m_setView->tokenSet().idToken.isEmpty())
        problem = tr("The token set has no ID token: get one with the openid scope, or paste the subject token.");
    else if (grant == OAuth::Grant::TokenExchange && m_subjectSource->currentData().toString() == QLatin1String("access")
             && m_setView->tokenSet().accessToken.isEmpty())
        problem = tr("There is no token set yet: get one first, or paste the subject token.");
    else if (m_browserRow->isVisibleTo(this) && !OAuth::splitCommandLine(m_browserCommand->text()))
        problem = tr("The browser command has an unterminated quote.");
    else if (grant == OAuth::Grant::JwtBearer && m_keyFile->text().trimmed().isEmpty())
        problem = tr("Choose the private key (PEM or JWK) that signs the assertion.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_getToken->setEnabled(problem.isEmpty() && !m_running);
    m_cancel->setEnabled(m_running);
    m_profile->setEnabled(!m_running);
    m_grant->setEnabled(!m_running);
    m_responseType->setEnabled(!m_running);
    m_browserCommand->setEnabled(!m_running);
}

void TokensPage::updateBrowser()
{
    if (m_running)
        return;
    const QString command = m_browserCommand->text().trimmed();
    const std::optional<QStringList> words = OAuth::splitCommandLine(command);
    if (!command.isEmpty() && words && !words->isEmpty())
        m_browser = std::make_unique<OAuth::CommandBrowserLauncher>(command);
    else if (const std::optional<QString> fromEnvironment = OAuth::CommandBrowserLauncher::fromEnvironment())
        m_browser = std::make_unique<OAuth::CommandBrowserLauncher>(*fromEnvironment);
    else
        m_browser = std::make_unique<SystemBrowserLauncher>();
}

void TokensPage::addStep(const QString &title, const QString &detail)
{
    const QString time = QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss"));
    m_steps->addItem(detail.isEmpty() ? tr("%1  %2").arg(time, title) : tr("%1  %2: %3").arg(time, title, detail));
    m_steps->scrollToBottom();
    if (m_log)
        m_log->addStep(title, detail);
}

QStringList TokensPage::steps() const
{
    QStringList lines;
    for (int i = 0; i < m_steps->count(); ++i)
        lines << m_steps->item(i)->text();
    return lines;
}

void TokensPage::clearError()
{
    m_errorBox->hide();
    m_errorText->clear();
    m_hintText->clear();
}

void TokensPage::showError(const QString &message, const QString &oauthError, const QString &description,
                           const QString &uri, OAuth::Grant grant)
{
    QStringList lines;
    if (!oauthError.isEmpty()) {
        lines << tr("error: %1").arg(oauthError);
        if (!description.isEmpty())
            lines << tr("error_description: %1").arg(description);
        if (!uri.isEmpty())
            lines << tr("error_uri: %1").arg(uri);
    } else if (!message.isEmpty()) {
        lines << message;
    }
    m_errorBox->setTitle(oauthError.isEmpty() ? tr("The grant failed") : tr("The server refused"));
    m_errorText->setText(lines.join(u'\n'));
    const auto profile = currentProfile();
    const QString hint = oauthError.isEmpty() || !profile ? QString()
                                                          : OAuth::OAuthHints::hint(oauthError, grant, *profile);
    m_hintText->setText(hint.isEmpty() ? QString() : tr("What to try: %1").arg(hint));
    m_hintText->setVisible(!hint.isEmpty());
    m_errorBox->show();
}

QString TokensPage::errorText() const
{
    if (m_errorBox->isHidden())
        return {};
    return m_hintText->text().isEmpty() ? m_errorText->text() : m_errorText->text() + u'\n' + m_hintText->text();
}

void TokensPage::openInInspector(const OAuth::TokenSet::Entry &entry)
{
    if (!m_inspector)
        return;
    const OAuth::TokenSet &set = m_setView->tokenSet();
    const std::optional<Profiles::Profile> profile = m_profiles->findById(set.profileId);
    const ServerFacts facts = m_facts.value(set.profileId);
    m_inspector->setTokenText(entry.value);
    VerificationPanel::Expectations expect;
    if (profile) {
        expect.issuer = (facts.issuer.isEmpty() ? profile->issuer : facts.issuer).toString();
        expect.jwksUrl = facts.jwksUri.isEmpty() ? profile->endpoints.url(Profiles::EndpointKind::Jwks) : facts.jwksUri;
        if (entry.kind == OAuth::TokenSet::Kind::Id) {
            expect.audience = profile->clientId; // OIDC Core §2: aud contains the client_id
            expect.nonce = set.nonce;
            expect.accessToken = set.accessToken; // at_hash
            expect.role = Jose::TokenRole::IdToken;
        } else {
            expect.audience = profile->audiences.value(0);
            expect.role = entry.kind == OAuth::TokenSet::Kind::Access ? Jose::TokenRole::AccessToken
                                                                      : Jose::TokenRole::Auto;
        }
    }
    if (m_inspector->verificationPanel())
        m_inspector->verificationPanel()->setExpectations(expect);
    Q_EMIT statusMessage(tr("%1 opened in the inspector.").arg(OAuth::TokenSet::kindName(entry.kind)));
}

namespace {

QString hintLine(const QString &oauthError, OAuth::Grant grant, const std::optional<Profiles::Profile> &profile)
{
    if (oauthError.isEmpty() || !profile)
        return {};
    const QString hint = OAuth::OAuthHints::hint(oauthError, grant, *profile);
    return hint.isEmpty() ? QString() : QLatin1Char('\n') + TokensPage::tr("What to try: %1").arg(hint);
}

QString refusal(const QString &error, const QString &oauthError, const QString &description, const QString &uri)
{
    QStringList lines{error};
    if (!oauthError.isEmpty())
        lines << TokensPage::tr("error: %1").arg(oauthError);
    if (!description.isEmpty())
        lines << TokensPage::tr("error_description: %1").arg(description);
    if (!uri.isEmpty())
        lines << TokensPage::tr("error_uri: %1").arg(uri);
    return lines.join(u'\n');
}

QString tokenTypeHint(OAuth::TokenSet::Kind kind)
{
    return kind == OAuth::TokenSet::Kind::Refresh ? QStringLiteral("refresh_token") : QStringLiteral("access_token");
}

} // namespace

void TokensPage::introspect(const OAuth::TokenSet::Entry &entry)
{
    const std::optional<Profiles::Profile> profile = m_profiles->findById(m_setView->tokenSet().profileId);
    if (!profile || !m_http)
        return;
    if (m_log)
        m_log->setCurrentSource(profile->name);
    addStep(tr("Introspection request sent"), OAuth::TokenSet::kindName(entry.kind));
    m_setView->showResult(tr("Introspecting…"));
    m_operations->introspect(*profile, entry.value, tokenTypeHint(entry.kind), this,
                             [this, profile](const OAuth::IntrospectionResult &result) {
        if (!result.ok()) {
            addStep(tr("Introspection failed"), result.oauthError.isEmpty() ? result.error : result.oauthError);
            m_setView->showResult(refusal(result.error, result.oauthError, result.oauthErrorDescription,
                                          result.oauthErrorUri)
                                  + hintLine(result.oauthError, OAuth::Grant::ClientCredentials, profile));
            return;
        }
        addStep(tr("Introspection answered"), result.active ? tr("active") : tr("not active"));
        m_setView->showResult(
            (result.active ? tr("Active: the server accepts this token.") : tr("Not active: the server no longer accepts this token (expired, revoked or unknown)."))
            + u"\n\n" + QString::fromUtf8(QJsonDocument(result.json).toJson(QJsonDocument::Indented)));
    });
}

void TokensPage::revoke(const OAuth::TokenSet::Entry &entry)
{
    const std::optional<Profiles::Profile> profile = m_profiles->findById(m_setView->tokenSet().profileId);
    if (!profile || !m_http)
        return;
    if (m_log)
        m_log->setCurrentSource(profile->name);
    addStep(tr("Revocation request sent"), OAuth::TokenSet::kindName(entry.kind));
    m_setView->showResult(tr("Revoking…"));
    const OAuth::TokenSet::Kind kind = entry.kind;
    m_operations->revoke(*profile, entry.value, tokenTypeHint(entry.kind), this,
                         [this, profile, kind](const OAuth::RevocationResult &result) {
        if (!result.ok()) {
            addStep(tr("Revocation failed"), result.oauthError.isEmpty() ? result.error : result.oauthError);
            m_setView->showResult(refusal(result.error, result.oauthError, result.oauthErrorDescription,
                                          result.oauthErrorUri)
                                  + hintLine(result.oauthError, OAuth::Grant::ClientCredentials, profile));
            return;
        }
        addStep(tr("Revocation answered"), tr("HTTP %1").arg(result.http.status));
        // RFC 7009 §2.2: 200 whether or not the token was known; introspection tells.
        m_setView->showResult(tr("Revoked: the server answered HTTP %1. %2 should no longer be accepted; "
                                 "Introspect to see what the server says now.")
                                  .arg(result.http.status)
                                  .arg(OAuth::TokenSet::kindName(kind)));
    });
}

void TokensPage::userinfo(const OAuth::TokenSet::Entry &entry)
{
    const std::optional<Profiles::Profile> profile = m_profiles->findById(m_setView->tokenSet().profileId);
    if (!profile || !m_http)
        return;
    if (m_log)
        m_log->setCurrentSource(profile->name);
    addStep(tr("Userinfo request sent"));
    m_setView->showResult(tr("Asking userinfo…"));
    m_operations->userinfo(*profile, entry.value, this, [this](const OAuth::UserinfoResult &result) {
        if (!result.ok()) {
            addStep(tr("Userinfo failed"), result.bearerError.isEmpty() ? result.error : result.bearerError);
            QStringList lines{result.error};
            if (!result.bearerError.isEmpty())
                lines << tr("error: %1").arg(result.bearerError);
            if (!result.bearerErrorDescription.isEmpty())
                lines << tr("error_description: %1").arg(result.bearerErrorDescription);
            if (result.bearerError == QLatin1String("invalid_token"))
                lines << tr("What to try: the access token expired or was revoked; get a new one or refresh.");
            else if (result.bearerError == QLatin1String("insufficient_scope"))
                lines << tr("What to try: ask for the openid scope (and the claims' scopes such as email).");
            m_setView->showResult(lines.join(u'\n'));
            return;
        }
        addStep(tr("Userinfo answered"), tr("HTTP %1").arg(result.http.status));
        if (result.encrypted) {
            m_setView->showResult(tr("The userinfo response is encrypted (a JWE); only the client's key can read it."));
            return;
        }
        m_setView->showResult(QString::fromUtf8(QJsonDocument(result.claims).toJson(QJsonDocument::Indented)));
    });
}

void TokensPage::scheduleAutoRefresh()
{
    m_autoRefresh->stop();
    const OAuth::TokenSet &set = m_setView->tokenSet();
    if (!m_setView->autoRefresh() || set.isEmpty())
        return;
    const std::optional<QDateTime> due = set.refreshDueAt();
    // One automatic attempt per access token: a refused refresh is not retried in a loop.
    if (!due || set.accessToken == m_autoRefreshTried)
        return;
    const qint64 delay = qMax<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(*due));
    constexpr qint64 MaxDelayMs = 24LL * 3600 * 1000;
    m_autoRefresh->start(int(qMin(delay, MaxDelayMs)));
}
