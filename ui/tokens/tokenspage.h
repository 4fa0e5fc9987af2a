// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Tokens page's left side: get a token set for a connection with any grant, watch the flow's
// steps as they happen, see the token set and act on it (inspector, copy, introspect, revoke,
// userinfo, refresh). Protocol work is models/oauth's; this page only runs and shows it.
//
//   TokensPage ── discovery (iss, jwks_uri) ──► Discovery::DiscoveryClient
//      │ grant ──► TokenClient / AuthorizationCodeFlow / DeviceFlow / TokenOperations
//      │ steps ──► steps list + ExchangeLog::addStep
//      │ tokens ──► TokenSetView; refresh token ──► SecretStore (keychain), never to disk
//      └ Open in inspector ──► TokenInspector + VerificationPanel::setExpectations

#include "oauth/oauthhints.h"
#include "oauth/tokenset.h"

#include <QHash>
#include <QPointer>
#include <QUrl>
#include <QWidget>

#include <memory>
#include <optional>

class ExchangeLog;
class FileChooser;
class HttpClient;
class ProfileListModel;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTimer;
class TokenInspector;
class TokenSetView;

namespace OAuth {
class AuthorizationCodeFlow;
class BrowserLauncher;
class DeviceFlow;
class TokenClient;
class TokenOperations;
struct AuthorizationCodeResult;
struct DeviceAuthorization;
struct DeviceFlowResult;
struct TokenResponse;
} // namespace OAuth

namespace Profiles {
class ProfileStore;
class SecretStore;
struct Profile;
} // namespace Profiles

class TokensPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokensPage)

public:
    // http may be null (tests of the shell): then no grant can run. log and inspector may be null.
    TokensPage(HttpClient *http, Profiles::ProfileStore *profiles, Profiles::SecretStore *secrets, ExchangeLog *log,
               TokenInspector *inspector, QWidget *parent = nullptr);
    ~TokensPage() override;

    // The connection to show when the user chose none (the "Local sandbox").
    void setDefaultProfileId(const QString &id);
    void selectProfile(const QString &id);
    // A token set obtained elsewhere (the setup wizard's "Try it"): kept for its profile (in
    // memory only, as every set), that profile selected and the set shown; tokenSetChanged follows.
    void adoptTokenSet(const OAuth::TokenSet &set);
    QString currentProfileId() const;
    void selectGrant(OAuth::Grant grant);
    // The file dialog seam for the JWT bearer grant's private key (tests); null: the real dialog.
    void setFileChooser(FileChooser *chooser);
    // The authorization-code grant's response type ("code", "code id_token", …).
    void selectResponseType(const QString &responseType);

    bool isRunning() const { return m_running; }
    TokenSetView *tokenSetView() const { return m_setView; }
    // The steps list's lines ("hh:mm:ss  title: detail"), oldest first.
    QStringList steps() const;
    // The error area's text (error, description, URI, hint), empty when it is hidden.
    QString errorText() const;

public Q_SLOTS:
    void getToken();
    void cancel();

Q_SIGNALS:
    void tokenSetChanged(const OAuth::TokenSet &set);
    void runFinished(bool ok);
    void statusMessage(const QString &message);

private:
    struct ServerFacts
    {
        bool known = false;
        bool issParameterSupported = false;
        QUrl issuer;
        QUrl jwksUri;
        QUrl endSession; // end_session_endpoint, for Sign Out when the profile has none
    };

    // tokenspage.cpp: the form, steps, errors, the token set and its actions
    void buildForm();
    void updateForm();
    // The launcher for the browser-command setting, else TOKENSCOPE_BROWSER, else the system
    // browser. Only while no grant runs (a running flow holds the launcher).
    void updateBrowser();
    void onProfileChanged();
    std::optional<Profiles::Profile> currentProfile() const;
    QStringList scopeOverride() const;
    void addStep(const QString &title, const QString &detail = {});
    void clearError();
    void showError(const QString &message, const QString &oauthError = {}, const QString &description = {},
                   const QString &uri = {}, OAuth::Grant grant = OAuth::Grant::ClientCredentials);
    void openInInspector(const OAuth::TokenSet::Entry &entry);
    void introspect(const OAuth::TokenSet::Entry &entry);
    void revoke(const OAuth::TokenSet::Entry &entry);
    void userinfo(const OAuth::TokenSet::Entry &entry);
    void scheduleAutoRefresh();

    // tokenspageflows.cpp: the grants
    void startRun(const Profiles::Profile &profile, OAuth::Grant grant);
    void withFacts(const Profiles::Profile &profile, std::function<void(const ServerFacts &)> then);
    void runGrant(const Profiles::Profile &profile, OAuth::Grant grant, const ServerFacts &facts);
    void runAuthorizationCode(const Profiles::Profile &profile, const ServerFacts &facts);
    void runDeviceCode(const Profiles::Profile &profile);
    void runRefresh(const Profiles::Profile &profile, bool automatic);
    void onTokenResponse(const Profiles::Profile &profile, OAuth::Grant grant, const OAuth::TokenResponse &response,
                         const QString &nonce = {});
    void onAuthorizationCodeFinished(const Profiles::Profile &profile, const OAuth::AuthorizationCodeResult &result);
    void onDeviceFinished(const Profiles::Profile &profile, const OAuth::DeviceFlowResult &result);
    void showDeviceAuthorization(const OAuth::DeviceAuthorization &authorization);
    void acceptTokenSet(const Profiles::Profile &profile, const OAuth::TokenSet &set);
    void finishRun(bool ok, const QString &message = {});
    // tokenspageflows.cpp: token exchange (RFC 8693) and sign-out (OIDC RP-Initiated Logout)
    QWidget *buildExchangeForm(QWidget *parent);
    void updateExchangeForm();
    void runTokenExchange(const Profiles::Profile &profile);
    void signOut(bool copyOnly);
    QWidget *buildJwtBearerForm(QWidget *parent);
    void runJwtBearer(const Profiles::Profile &profile);

    HttpClient *m_http;
    Profiles::ProfileStore *m_profiles;
    Profiles::SecretStore *m_secrets;
    QPointer<ExchangeLog> m_log;
    QPointer<TokenInspector> m_inspector;
    OAuth::TokenClient *m_tokens;
    OAuth::TokenOperations *m_operations;
    std::unique_ptr<OAuth::BrowserLauncher> m_browser;
    QPointer<OAuth::AuthorizationCodeFlow> m_codeFlow;
    QPointer<OAuth::DeviceFlow> m_deviceFlow;
    QPointer<QObject> m_run; // the running grant's callbacks' context: deleted on cancel
    bool m_running = false;
    QString m_defaultProfileId;
    QString m_keptProfileId;
    QString m_autoRefreshTried; // the access token an automatic refresh last started from
    bool m_profileChosen = false; // the user picked a connection: the default no longer moves it
    QHash<QString, ServerFacts> m_facts;     // per profile id, from discovery
    QHash<QString, OAuth::TokenSet> m_sets;  // per profile id, in memory only

    ProfileListModel *m_profileModel;
    QComboBox *m_profile;
    QComboBox *m_grant;
    QLineEdit *m_scope;
    QWidget *m_credentials;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QCheckBox *m_copyUrlOnly;
    QWidget *m_browserRow;
    QLineEdit *m_browserCommand;
    QWidget *m_responseTypeRow;
    QComboBox *m_responseType;
    QLabel *m_responseTypeNote;
    QWidget *m_exchange;
    QComboBox *m_subjectSource;
    QLineEdit *m_subjectToken;
    QComboBox *m_subjectTokenType;
    QLineEdit *m_actorToken;
    QLineEdit *m_audience;
    QComboBox *m_requestedTokenType;
    QWidget *m_jwtBearer;
    QLineEdit *m_keyFile;
    QPushButton *m_chooseKey;
    QLineEdit *m_assertionIssuer;
    QLineEdit *m_assertionSubject;
    std::unique_ptr<FileChooser> m_dialogChooser;
    FileChooser *m_chooser = nullptr;
    QPushButton *m_signOut;
    QPushButton *m_copySignOut;
    QLineEdit *m_logoutUrl;
    QPushButton *m_getToken;
    QPushButton *m_cancel;
    QLabel *m_problem;
    QLineEdit *m_authorizationUrl;
    QGroupBox *m_device;
    QLabel *m_userCode;
    QLabel *m_verificationUri;
    QPushButton *m_copyUserCode;
    QPushButton *m_openVerification;
    QUrl m_verificationTarget;
    QListWidget *m_steps;
    QGroupBox *m_errorBox;
    QLabel *m_errorText;
    QLabel *m_hintText;
    TokenSetView *m_setView;
    QTimer *m_autoRefresh;
};
