// SPDX-License-Identifier: GPL-3.0-or-later
// The grants of the Tokens page: discovery first (RFC 9207 iss support, the issuer, jwks_uri),
// then the grant through models/oauth, every step shown and sent to the exchange log.

#include "tokenspage.h"

#include "http/exchangelog.h"
#include "oauth/authorizationcodeflow.h"
#include "oauth/browserlauncher.h"
#include "oauth/deviceflow.h"
#include "oauth/discovery.h"
#include "oauth/tokenoperations.h"
#include "oauth/tokenrequest.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "tokensetview.h"
#include "filechooser.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QFormLayout>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QUrlQuery>

namespace {

// The callback's parameter names, never their values (a code is a credential).
QString parameterNames(const QUrlQuery &query)
{
    QStringList names;
    for (const auto &item : query.queryItems())
        names << item.first;
    return names.join(QStringLiteral(", "));
}

} // namespace

void TokensPage::getToken()
{
    if (m_running || !m_http)
        return;
    const std::optional<Profiles::Profile> profile = currentProfile();
    if (!profile)
        return;
    startRun(*profile, OAuth::Grant(m_grant->currentData().toInt()));
}

void TokensPage::startRun(const Profiles::Profile &profile, OAuth::Grant grant)
{
    m_running = true;
    delete m_run;
    m_run = new QObject(this);
    m_steps->clear();
    clearError();
    m_authorizationUrl->hide();
    m_device->hide();
    updateForm();
    if (m_log)
        m_log->setCurrentSource(profile.name);
    addStep(tr("%1 started").arg(OAuth::grantDisplayName(grant)), profile.name);
    if (grant == OAuth::Grant::RefreshToken)
        return runRefresh(profile, false);
    withFacts(profile, [this, profile, grant](const ServerFacts &facts) { runGrant(profile, grant, facts); });
}

void TokensPage::withFacts(const Profiles::Profile &profile, std::function<void(const ServerFacts &)> then)
{
    const ServerFacts cached = m_facts.value(profile.id);
    if (cached.known || profile.issuer.isEmpty())
        return then(cached);
    auto *discovery = new Discovery::DiscoveryClient(m_http, m_run);
    TlsOptions tls;
    tls.caBundlePath = profile.tls.caBundlePath;
    tls.insecure = profile.tls.insecure;
    addStep(tr("Discovery"), Discovery::wellKnownUrl(profile.issuer, Discovery::Kind::OpenIdConnect).toString());
    discovery->discover(profile.issuer, tls, m_run, [this, profile, then, discovery](const Discovery::Result &result) {
        discovery->deleteLater();
        ServerFacts facts;
        facts.known = true;
        if (result.document) {
            facts.issParameterSupported = result.document->authorizationResponseIssParameterSupported;
            facts.issuer = result.document->issuer;
            facts.jwksUri = result.document->endpoints.url(Profiles::EndpointKind::Jwks);
            facts.endSession = result.document->endpoints.url(Profiles::EndpointKind::EndSession);
            addStep(tr("Discovery answered"),
                    tr("issuer %1; RFC 9207 iss %2; jwks_uri %3")
                        .arg(facts.issuer.toString(),
                             facts.issParameterSupported ? tr("advertised") : tr("not advertised"),
                             facts.jwksUri.isEmpty() ? tr("none") : facts.jwksUri.toString()));
        } else {
            // Only the iss check and the JWKS URL are lost: the profile's endpoints still work.
            addStep(tr("Discovery failed; going on with the connection's endpoints"), result.error);
        }
        m_facts.insert(profile.id, facts);
        then(facts);
    });
}

void TokensPage::runGrant(const Profiles::Profile &profile, OAuth::Grant grant, const ServerFacts &facts)
{
    switch (grant) {
    case OAuth::Grant::ClientCredentials:
        addStep(tr("Token request sent"), profile.endpoints.url(Profiles::EndpointKind::Token).toString());
        m_tokens->clientCredentials(profile, scopeOverride(), m_run, [this, profile](const OAuth::TokenResponse &r) {
            onTokenResponse(profile, OAuth::Grant::ClientCredentials, r);
        });
        return;
    case OAuth::Grant::Password: {
        const QString username = m_username->text();
        const QString password = m_password->text();
        m_password->clear(); // RFC 6749 §4.3: sent once, not kept
        addStep(tr("Token request sent"), tr("password grant for %1").arg(username));
        m_operations->password(profile, username, password, scopeOverride(), m_run,
                               [this, profile](const OAuth::TokenResponse &r) {
            onTokenResponse(profile, OAuth::Grant::Password, r);
        });
        return;
    }
    case OAuth::Grant::AuthorizationCode: return runAuthorizationCode(profile, facts);
    case OAuth::Grant::DeviceCode: return runDeviceCode(profile);
    case OAuth::Grant::RefreshToken: return runRefresh(profile, false);
    case OAuth::Grant::TokenExchange: return runTokenExchange(profile);
    case OAuth::Grant::JwtBearer: return runJwtBearer(profile);
    }
}

void TokensPage::runAuthorizationCode(const Profiles::Profile &profile, const ServerFacts &facts)
{
    delete m_codeFlow;
    // With the HttpClient the flow fetches the JWKS a front-channel ID token is verified with.
    m_codeFlow = new OAuth::AuthorizationCodeFlow(m_tokens, m_http, m_browser.get(), this);
    OAuth::AuthorizationCodeFlow::Options options;
    options.facts.issParameterSupported = facts.issParameterSupported;
    options.facts.issuer = facts.issuer;
    options.facts.jwksUri = facts.jwksUri;
    options.responseType = m_responseType->currentData().toString();
    options.scopes = scopeOverride();
    options.launchBrowser = !m_copyUrlOnly->isChecked();
    OAuth::AuthorizationCodeFlow *flow = m_codeFlow;
    connect(flow, &OAuth::AuthorizationCodeFlow::parRequestSent, m_run, [this, profile] {
        addStep(tr("Pushed authorization request sent"),
                profile.endpoints.url(Profiles::EndpointKind::PushedAuthorization).toString());
    });
    connect(flow, &OAuth::AuthorizationCodeFlow::parRequestAnswered, m_run, [this](const QString &requestUri) {
        // RFC 9126 §2.2: the request_uri is a reference, not a credential.
        addStep(tr("Pushed authorization request answered"), tr("request_uri %1").arg(requestUri));
    });
    connect(flow, &OAuth::AuthorizationCodeFlow::authorizationUrlReady, m_run, [this](const QUrl &url) {
        addStep(tr("Authorization URL"), QString::fromLatin1(url.toEncoded()));
        m_authorizationUrl->setText(QString::fromLatin1(url.toEncoded()));
        m_authorizationUrl->show();
        if (m_copyUrlOnly->isChecked()) {
            QGuiApplication::clipboard()->setText(QString::fromLatin1(url.toEncoded()));
            addStep(tr("Authorization URL copied; open it in a browser and sign in"));
        }
    });
    connect(flow, &OAuth::AuthorizationCodeFlow::browserOpened, m_run,
            [this] { addStep(tr("Browser opened; sign in there")); });
    connect(flow, &OAuth::AuthorizationCodeFlow::callbackRejected, m_run,
            [this](const QString &reason) { addStep(tr("Callback rejected; still waiting"), reason); });
    connect(flow, &OAuth::AuthorizationCodeFlow::callbackReceived, m_run, [this](const QUrlQuery &parameters) {
        addStep(tr("Callback received"), parameterNames(parameters));
    });
    connect(flow, &OAuth::AuthorizationCodeFlow::tokenRequestSent, m_run, [this, profile] {
        addStep(tr("Token request sent"), profile.endpoints.url(Profiles::EndpointKind::Token).toString());
    });
    connect(flow, &OAuth::AuthorizationCodeFlow::finished, m_run,
            [this, profile](const OAuth::AuthorizationCodeResult &result) { onAuthorizationCodeFinished(profile, result); });
    flow->start(profile, options);
}

void TokensPage::onAuthorizationCodeFinished(const Profiles::Profile &profile, const OAuth::AuthorizationCodeResult &result)
{
    using Outcome = OAuth::AuthorizationCodeResult::Outcome;
    if (result.outcome == Outcome::Success && result.token) {
        OAuth::TokenResponse token = *result.token;
        if (result.frontChannel) {
            // Hybrid: the front channel's verified ID token when the token endpoint sent none.
            addStep(tr("Front-channel tokens verified"), parameterNames(result.callback));
            if (token.idToken.isEmpty())
                token.idToken = result.frontChannel->idToken;
        }
        onTokenResponse(profile, OAuth::Grant::AuthorizationCode, token,
                        m_codeFlow ? m_codeFlow->request().nonce : QString());
        return;
    }
    if (result.token && !result.token->oauthError.isEmpty()) {
        onTokenResponse(profile, OAuth::Grant::AuthorizationCode, *result.token);
        return;
    }
    addStep(tr("Authorization failed"), result.error.isEmpty() ? result.message : result.error);
    showError(result.message, result.error, result.errorDescription, result.errorUri, OAuth::Grant::AuthorizationCode);
    finishRun(false);
}

void TokensPage::runDeviceCode(const Profiles::Profile &profile)
{
    delete m_deviceFlow;
    m_deviceFlow = new OAuth::DeviceFlow(m_tokens, this);
    OAuth::DeviceFlow *flow = m_deviceFlow;
    connect(flow, &OAuth::DeviceFlow::authorizationReceived, m_run, [this](const OAuth::DeviceAuthorization &a) {
        showDeviceAuthorization(a);
    });
    connect(flow, &OAuth::DeviceFlow::intervalChanged, m_run, [this](int seconds) {
        addStep(tr("The server asked to slow down"), tr("polling every %1 s").arg(seconds));
    });
    connect(flow, &OAuth::DeviceFlow::finished, m_run,
            [this, profile](const OAuth::DeviceFlowResult &result) { onDeviceFinished(profile, result); });
    addStep(tr("Device authorization request sent"),
            profile.endpoints.url(Profiles::EndpointKind::DeviceAuthorization).toString());
    flow->start(profile, scopeOverride());
}

void TokensPage::showDeviceAuthorization(const OAuth::DeviceAuthorization &authorization)
{
    m_userCode->setText(authorization.userCode);
    m_verificationUri->setText(authorization.verificationUri.toString());
    m_verificationTarget = authorization.verificationUriComplete.isEmpty() ? authorization.verificationUri
                                                                           : authorization.verificationUriComplete;
    m_device->show();
    addStep(tr("Enter the user code on the verification page"),
            tr("%1 at %2; polling every %3 s").arg(authorization.userCode, authorization.verificationUri.toString())
                .arg(authorization.interval));
}

void TokensPage::onDeviceFinished(const Profiles::Profile &profile, const OAuth::DeviceFlowResult &result)
{
    m_device->hide();
    if (result.ok()) {
        onTokenResponse(profile, OAuth::Grant::DeviceCode, result.token);
        return;
    }
    addStep(tr("Device grant ended"), result.oauthError.isEmpty() ? result.error : result.oauthError);
    showError(result.error, result.oauthError, result.token.oauthErrorDescription, result.token.oauthErrorUri,
              OAuth::Grant::DeviceCode);
    finishRun(false);
}

void TokensPage::runRefresh(const Profiles::Profile &profile, bool automatic)
{
    if (automatic) {
        m_running = true;
        delete m_run;
        m_run = new QObject(this);
        clearError();
        updateForm();
        if (m_log)
            m_log->setCurrentSource(profile.name);
        addStep(tr("Automatic refresh"), profile.name);
        m_autoRefreshTried = m_sets.value(profile.id).accessToken;
    }
    addStep(tr("Reading the refresh token from the keychain"));
    m_secrets->read(profile.id, Profiles::SecretKind::RefreshToken, m_run,
                    [this, profile](const Profiles::SecretResult &secret) {
        if (!secret.ok()) {
            const QString message = secret.status == Profiles::SecretResult::Status::NotFound
                                        ? tr("No refresh token is stored for %1. Get one with another grant first "
                                             "(the server may want the offline_access scope).")
                                              .arg(profile.name)
                                        : secret.error;
            addStep(tr("No refresh token"), message);
            showError(message);
            return finishRun(false);
        }
        const QString refreshToken = QString::fromUtf8(secret.value);
        addStep(tr("Token request sent"), tr("refresh_token grant"));
        m_operations->refresh(profile, refreshToken, scopeOverride(), m_run,
                              [this, profile, refreshToken](const OAuth::RefreshResult &result) {
            OAuth::TokenSet previous = m_sets.value(profile.id);
            if (previous.isEmpty() || previous.refreshToken != refreshToken) {
                previous = OAuth::TokenSet();
                previous.profileId = profile.id;
                previous.profileName = profile.name;
                previous.refreshToken = refreshToken;
            }
            if (!result.ok()) {
                onTokenResponse(profile, OAuth::Grant::RefreshToken, result.token);
                return;
            }
            const OAuth::TokenSet set = previous.refreshed(result.token, QDateTime::currentDateTimeUtc());
            addStep(tr("Token response"), set.refreshTokenRotated ? tr("new tokens; the refresh token was rotated")
                                                                  : tr("new tokens"));
            acceptTokenSet(profile, set);
        });
    });
}

void TokensPage::onTokenResponse(const Profiles::Profile &profile, OAuth::Grant grant,
                                 const OAuth::TokenResponse &response, const QString &nonce)
{
    // The implicit "id_token" response type has an ID token and no access token: a success.
    const bool idTokenOnly = response.error.isEmpty() && response.oauthError.isEmpty() && !response.idToken.isEmpty();
    if (!response.ok() && !idTokenOnly) {
        addStep(response.oauthError.isEmpty() ? tr("Request failed") : tr("Error response"),
                response.oauthError.isEmpty() ? response.error : response.oauthError);
        showError(response.error, response.oauthError, response.oauthErrorDescription, response.oauthErrorUri, grant);
        return finishRun(false);
    }
    OAuth::TokenSet set = OAuth::TokenSet::fromResponse(response, profile, grant, QDateTime::currentDateTimeUtc(),
                                                        scopeOverride());
    set.nonce = nonce;
    QStringList got;
    if (!set.accessToken.isEmpty())
        got << tr("access token");
    if (!set.idToken.isEmpty())
        got << tr("ID token");
    if (!set.refreshToken.isEmpty())
        got << tr("refresh token");
    addStep(tr("Token response"), tr("HTTP %1: %2").arg(response.http.status).arg(got.join(QStringLiteral(", "))));
    acceptTokenSet(profile, set);
}

void TokensPage::acceptTokenSet(const Profiles::Profile &profile, const OAuth::TokenSet &set)
{
    m_sets.insert(profile.id, set);
    if (currentProfileId() == profile.id)
        m_setView->setTokenSet(set);
    Q_EMIT tokenSetChanged(set);
    if (set.refreshToken.isEmpty())
        return finishRun(true);
    // The refresh token lives in the keychain only; the run ends once it is there.
    m_secrets->write(profile.id, Profiles::SecretKind::RefreshToken, set.refreshToken.toUtf8(), m_run,
                     [this](const Profiles::SecretResult &written) {
        if (written.ok())
            addStep(tr("Refresh token stored in the keychain"));
        else
            addStep(tr("The refresh token could not be stored in the keychain, so Refresh cannot use it"), written.error);
        finishRun(true);
    });
}

void TokensPage::finishRun(bool ok, const QString &message)
{
    if (!m_running)
        return;
    m_running = false;
    if (!message.isEmpty())
        addStep(message);
    updateForm();
    scheduleAutoRefresh();
    Q_EMIT runFinished(ok);
}

void TokensPage::cancel()
{
    if (!m_running)
        return;
    if (m_codeFlow && m_codeFlow->isRunning())
        m_codeFlow->cancel(); // finished(Cancelled) closes the listener
    if (m_deviceFlow && m_deviceFlow->isRunning())
        m_deviceFlow->cancel();
    // Whatever is still in flight answers to nobody.
    delete m_run;
    m_device->hide();
    addStep(tr("Cancelled"));
    finishRun(false);
}

QWidget *TokensPage::buildExchangeForm(QWidget *parent)
{
    auto *box = new QWidget(parent);
    box->setObjectName(QStringLiteral("tokenExchangeForm"));
    m_subjectSource = new QComboBox(box);
    m_subjectSource->setObjectName(QStringLiteral("subjectSourceCombo"));
    m_subjectSource->setAccessibleName(tr("Subject token"));
    m_subjectSource->addItem(tr("The token set's access token"), QStringLiteral("access"));
    m_subjectSource->addItem(tr("The token set's ID token"), QStringLiteral("id"));
    m_subjectSource->addItem(tr("A pasted token"), QStringLiteral("pasted"));
    m_subjectToken = new QLineEdit(box);
    m_subjectToken->setObjectName(QStringLiteral("subjectTokenInput"));
    m_subjectToken->setAccessibleName(tr("Pasted subject token"));
    m_subjectToken->setPlaceholderText(tr("Paste the subject token"));
    m_subjectTokenType = new QComboBox(box);
    m_subjectTokenType->setObjectName(QStringLiteral("subjectTokenTypeCombo"));
    m_subjectTokenType->setAccessibleName(tr("Subject token type"));
    m_requestedTokenType = new QComboBox(box);
    m_requestedTokenType->setObjectName(QStringLiteral("requestedTokenTypeCombo"));
    m_requestedTokenType->setAccessibleName(tr("Requested token type"));
    m_requestedTokenType->addItem(tr("The server's choice"), QString());
    // RFC 8693 §3
    const std::pair<QString, QString> types[] = {
        {tr("Access token"), OAuth::TokenTypes::AccessToken}, {tr("ID token"), OAuth::TokenTypes::IdToken},
        {tr("Refresh token"), OAuth::TokenTypes::RefreshToken}, {tr("JWT"), OAuth::TokenTypes::Jwt}};
    for (const auto &[name, uri] : types) {
        m_subjectTokenType->addItem(name, uri);
        m_requestedTokenType->addItem(name, uri);
    }
    m_actorToken = new QLineEdit(box);
    m_actorToken->setObjectName(QStringLiteral("actorTokenInput"));
    m_actorToken->setAccessibleName(tr("Actor token"));
    m_actorToken->setPlaceholderText(tr("Optional: the acting party's access token (delegation)"));
    m_actorToken->setClearButtonEnabled(true);
    m_audience = new QLineEdit(box);
    m_audience->setObjectName(QStringLiteral("exchangeAudienceInput"));
    m_audience->setAccessibleName(tr("Audience"));
    m_audience->setPlaceholderText(tr("Optional: space-separated audiences (client ids or URIs)"));
    m_audience->setClearButtonEnabled(true);

    auto *subject = new QHBoxLayout;
    subject->addWidget(m_subjectSource);
    subject->addWidget(m_subjectToken, 1);
    auto *layout = new QFormLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addRow(tr("Subject:"), subject);
    layout->addRow(tr("Subject type:"), m_subjectTokenType);
    layout->addRow(tr("Actor token:"), m_actorToken);
    layout->addRow(tr("Audience:"), m_audience);
    layout->addRow(tr("Requested type:"), m_requestedTokenType);

    connect(m_subjectSource, &QComboBox::currentIndexChanged, this, [this] {
        const QString source = m_subjectSource->currentData().toString();
        if (source != QLatin1String("pasted"))
            m_subjectTokenType->setCurrentIndex(m_subjectTokenType->findData(
                source == QLatin1String("id") ? OAuth::TokenTypes::IdToken : OAuth::TokenTypes::AccessToken));
        updateForm();
    });
    connect(m_subjectToken, &QLineEdit::textChanged, this, &TokensPage::updateForm);
    return box;
}

void TokensPage::updateExchangeForm()
{
    const bool pasted = m_subjectSource->currentData().toString() == QLatin1String("pasted");
    m_subjectToken->setVisible(pasted);
    m_subjectTokenType->setEnabled(pasted); // a token of the set has a known type
}

void TokensPage::runTokenExchange(const Profiles::Profile &profile)
{
    const QString source = m_subjectSource->currentData().toString();
    const OAuth::TokenSet set = m_sets.value(profile.id);
    OAuth::TokenExchangeRequest request;
    request.subjectToken = source == QLatin1String("pasted") ? m_subjectToken->text().trimmed()
                           : source == QLatin1String("id") ? set.idToken
                                                           : set.accessToken;
    request.subjectTokenType = m_subjectTokenType->currentData().toString();
    request.actorToken = m_actorToken->text().trimmed();
    if (!request.actorToken.isEmpty())
        request.actorTokenType = OAuth::TokenTypes::AccessToken;
    request.requestedTokenType = m_requestedTokenType->currentData().toString();
    request.audiences = m_audience->text().split(u' ', Qt::SkipEmptyParts);
    request.scopes = scopeOverride();
    // Token type URIs and audiences only: the tokens themselves never reach the steps.
    addStep(tr("Token request sent"),
            tr("token exchange: subject %1%2%3")
                .arg(request.subjectTokenType,
                     request.actorToken.isEmpty() ? QString() : tr(", with an actor token"),
                     request.audiences.isEmpty() ? QString() : tr(", audience %1").arg(request.audiences.join(u' '))));
    m_operations->exchangeToken(profile, request, m_run, [this, profile](const OAuth::TokenExchangeResult &result) {
        if (result.ok())
            addStep(tr("Issued token type"),
                    result.issuedTokenType.isEmpty() ? tr("not said (RFC 8693 §2.2.1 requires issued_token_type)")
                                                     : result.issuedTokenType);
        onTokenResponse(profile, OAuth::Grant::TokenExchange, result.token);
    });
}

void TokensPage::signOut(bool copyOnly)
{
    const OAuth::TokenSet set = m_setView->tokenSet();
    std::optional<Profiles::Profile> profile = m_profiles->findById(set.profileId);
    if (!profile || set.idToken.isEmpty())
        return;
    const ServerFacts facts = m_facts.value(profile->id);
    if (profile->endpoints.url(Profiles::EndpointKind::EndSession).isEmpty() && !facts.endSession.isEmpty())
        profile->endpoints.setUrl(Profiles::EndpointKind::EndSession, facts.endSession);
    OAuth::LogoutRequest request;
    request.idTokenHint = set.idToken;
    QString error;
    const QUrl url = OAuth::buildLogoutUrl(*profile, request, &error);
    if (url.isEmpty()) {
        showError(error);
        return;
    }
    clearError();
    const QString text = QString::fromLatin1(url.toEncoded());
    m_logoutUrl->setText(text);
    m_logoutUrl->show();
    if (copyOnly) {
        QGuiApplication::clipboard()->setText(text);
        addStep(tr("Sign-out URL copied; open it in the browser where you signed in"),
                url.adjusted(QUrl::RemoveQuery).toString());
    } else {
        QString launchError;
        if (!m_browser->open(url, &launchError)) {
            QGuiApplication::clipboard()->setText(text);
            showError(tr("%1 The sign-out URL was copied instead: open it in your browser.").arg(launchError));
        } else {
            addStep(tr("Sign-out page opened in the browser"), url.adjusted(QUrl::RemoveQuery).toString());
        }
    }
    // The tokens of a signed-out session are of no more use here.
    m_sets.remove(profile->id);
    m_setView->setTokenSet(OAuth::TokenSet());
    Q_EMIT tokenSetChanged(OAuth::TokenSet());
    Q_EMIT statusMessage(copyOnly ? tr("Sign-out URL copied; the token set was cleared.")
                                  : tr("Sign-out page opened; the token set was cleared."));
    scheduleAutoRefresh();
    updateForm();
}

QWidget *TokensPage::buildJwtBearerForm(QWidget *parent)
{
    auto *box = new QWidget(parent);
    box->setObjectName(QStringLiteral("jwtBearerForm"));
    m_keyFile = new QLineEdit(box);
    m_keyFile->setObjectName(QStringLiteral("assertionKeyInput"));
    m_keyFile->setAccessibleName(tr("Private key file"));
    m_keyFile->setPlaceholderText(tr("PEM or JWK private key that signs the assertion"));
    m_chooseKey = new QPushButton(tr("Choose…"), box);
    m_chooseKey->setObjectName(QStringLiteral("chooseAssertionKeyButton"));
    m_chooseKey->setAccessibleName(tr("Choose the private key file"));
    m_assertionIssuer = new QLineEdit(box);
    m_assertionIssuer->setObjectName(QStringLiteral("assertionIssuerInput"));
    m_assertionIssuer->setAccessibleName(tr("Assertion issuer"));
    m_assertionIssuer->setPlaceholderText(tr("Default: the client id"));
    m_assertionSubject = new QLineEdit(box);
    m_assertionSubject->setObjectName(QStringLiteral("assertionSubjectInput"));
    m_assertionSubject->setAccessibleName(tr("Assertion subject"));
    m_assertionSubject->setPlaceholderText(tr("Default: the client id"));
    auto *key = new QHBoxLayout;
    key->addWidget(m_keyFile, 1);
    key->addWidget(m_chooseKey);
    auto *layout = new QFormLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addRow(tr("Private key:"), key);
    layout->addRow(tr("Issuer (iss):"), m_assertionIssuer);
    layout->addRow(tr("Subject (sub):"), m_assertionSubject);
    connect(m_keyFile, &QLineEdit::textChanged, this, &TokensPage::updateForm);
    connect(m_chooseKey, &QPushButton::clicked, this, [this] {
        if (!m_chooser) {
            m_dialogChooser = std::make_unique<DialogFileChooser>();
            m_chooser = m_dialogChooser.get();
        }
        const QString path = m_chooser->openFile(this, tr("Private key for the JWT bearer assertion"),
                                                 tr("Keys (*.pem *.key *.jwk *.json);;All files (*)"));
        if (!path.isEmpty())
            m_keyFile->setText(path);
    });
    return box;
}

void TokensPage::runJwtBearer(const Profiles::Profile &profile)
{
    QFile file(m_keyFile->text().trimmed());
    constexpr qint64 MaxKeyBytes = 1024 * 1024;
    if (!file.open(QIODevice::ReadOnly) || file.size() > MaxKeyBytes) {
        const QString message = tr("The private key file %1 cannot be read (%2). Choose a PEM or JWK file.")
                                    .arg(file.fileName(), file.errorString());
        addStep(tr("No private key"), file.fileName());
        showError(message);
        return finishRun(false);
    }
    const QByteArray key = file.readAll();
    OAuth::JwtBearerClaims claims;
    claims.issuer = m_assertionIssuer->text().trimmed().isEmpty() ? profile.clientId : m_assertionIssuer->text().trimmed();
    claims.subject = m_assertionSubject->text().trimmed().isEmpty() ? profile.clientId
                                                                    : m_assertionSubject->text().trimmed();
    // RFC 7523 §3: the token endpoint identifies the authorization server as the audience.
    claims.audience = profile.endpoints.url(Profiles::EndpointKind::Token).toString();
    QString error;
    const QByteArray assertion = OAuth::buildJwtBearerAssertion(claims, key, &error);
    if (assertion.isEmpty()) {
        addStep(tr("The assertion could not be signed"), error);
        showError(error);
        return finishRun(false);
    }
    addStep(tr("Assertion signed"), tr("iss %1, sub %2, aud %3").arg(claims.issuer, claims.subject, claims.audience));
    addStep(tr("Token request sent"), tr("JWT bearer grant"));
    OAuth::JwtBearerRequest request;
    request.assertion = QString::fromLatin1(assertion);
    request.scopes = scopeOverride();
    m_operations->jwtBearer(profile, request, m_run, [this, profile](const OAuth::TokenResponse &response) {
        onTokenResponse(profile, OAuth::Grant::JwtBearer, response);
    });
}
