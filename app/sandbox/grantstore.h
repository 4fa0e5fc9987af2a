// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "oauthendpoints.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace Sandbox {

class TenantState;

// What a grant is about: who, for which client, with which scopes. Carried by authorization
// codes, refresh tokens and opaque access tokens.
struct GrantSubject
{
    QString workspaceId;
    QString clientId;
    QStringList scopes;
    QString subject;              // user id; the client id for client_credentials
    QString subjectType;          // "user" or "client" (Cloudentity "st")
    QJsonObject userClaims;       // the user's authentication_context (empty for clients)
    QStringList amr;              // ["pwd"] after a password login
    QDateTime authTime;           // when the user authenticated (invalid for clients)
    QStringList audience;         // token exchange: the requested targets (RFC 8693 §2.1); empty: the default
    QJsonObject actor;            // token exchange: the "act" claim (RFC 8693 §4.1); empty: none
};

// A pending authorization code (RFC 6749 §4.1.2), bound to everything the token request must
// repeat.
struct AuthorizationCodeGrant
{
    GrantSubject grant;
    QString redirectUri;
    bool redirectUriInRequest = false; // RFC 6749 §4.1.3: then the token request must repeat it
    QString codeChallenge;        // RFC 7636; empty when the request had none
    QString codeChallengeMethod;  // "S256"
    QString nonce;
    QDateTime expiresAt;
};

// A login in progress: the validated authorization request, kept server-side behind the
// per-request form token of the login page.
struct PendingLogin
{
    QString workspaceId;
    QString clientId;
    QString redirectUri;
    bool redirectUriInRequest = false;
    QStringList responseTypes;    // "code", "token", "id_token"
    QString responseMode;         // "query", "fragment", "form_post"
    QStringList scopes;
    QString state;
    QString nonce;
    QString codeChallenge;
    QString codeChallengeMethod;
    QDateTime expiresAt;
    // Device verification (RFC 8628 §3.3): the key of the user code this sign-in approves
    // (GrantStore::userCodeKey), and after the password step the signed-in user awaiting the
    // approve / deny decision.
    QString deviceUserCodeKey;
    QString username;
};

// A device authorization request (RFC 8628 §3.1), from issue to the one token response.
struct DeviceAuthorization
{
    QString workspaceId;
    QString clientId;
    QStringList scopes;
    QDateTime expiresAt;
    qint64 interval = 5;          // seconds; grows by 5 with every slow_down (§3.5)
    QDateTime lastPoll;
    QString status;               // "pending", "approved", "denied"
    GrantSubject grant;           // the approving user's grant once approved
};

// A pushed authorization request (RFC 9126 §2): the parameters, without client credentials.
struct PushedRequest
{
    QString workspaceId;
    QString clientId;
    QList<QPair<QString, QString>> parameters;
    QDateTime expiresAt;
};

// A token's record for introspection and revocation: JWT access tokens by jti, opaque access
// tokens and refresh tokens by their value.
struct IssuedToken
{
    GrantSubject grant;
    QString tokenType;            // "access_token" or "refresh_token"
    QString jti;
    QDateTime issuedAt;
    QDateTime expiresAt;
    bool revoked = false;
};

// The sandbox's runtime grants: login forms, codes, refresh-token families, opaque access
// tokens, revocations. Kept by the SHA-256 of each token value, never the value. With a storage
// file (setStorageFile) they survive a restart: changes are written atomically (QSaveFile, 0600)
// at most 200 ms after they happen and when the store is destroyed; a kill -9 loses at most the
// last 200 ms of grants, never the file.
//
// Also the admin API's gatekeeper: check() accepts bearer tokens issued by the "admin"
// workspace's token endpoint.
class GrantStore final : public QObject, public AdminTokens
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GrantStore)

public:
    explicit GrantStore(TenantState &state, QObject *parent = nullptr);
    ~GrantStore() override;

    TenantState &state() const;

    // Loads the grants file when it exists and keeps it up to date from then on. An unreadable
    // file is moved aside ("<file>.corrupt-<UTC timestamp>") and the store starts empty; the
    // returned note (translated) says so. Empty note: nothing to report.
    QString setStorageFile(const QString &path);
    // Writes now (normally done by the timer); false when the file cannot be written.
    bool save();

    // Tests drive time; by default the system clock (UTC).
    void setClock(std::function<QDateTime()> clock);
    QDateTime now() const;

    // AdminTokens: "Bearer <token>", a JWT signed by the admin workspace (or an opaque token it
    // issued), not expired, not revoked.
    Verdict check(const QString &authorizationHeader) const override;

    // Login page form tokens: single use, 10 minutes.
    QString createLogin(const PendingLogin &login);
    std::optional<PendingLogin> takeLogin(const QString &formToken);
    // Peeks without consuming (a failed password re-renders the page with a fresh token).
    std::optional<PendingLogin> login(const QString &formToken) const;

    // Authorization codes: single use. redeemCode removes the code whatever the outcome; a code
    // of another workspace or an expired one gives nullopt.
    QString issueCode(const AuthorizationCodeGrant &code);
    std::optional<AuthorizationCodeGrant> redeemCode(const QString &workspaceId, const QString &code);
    // Remembers what a redeemed code produced. Presenting the code again revokes these tokens
    // (RFC 6749 §4.1.2: "SHOULD revoke ... all tokens previously issued based on that code").
    void bindToCode(const QString &code, const QString &accessJti, const QString &opaqueAccessToken,
                    const QDateTime &accessExpiresAt, const QString &refreshToken);

    // Refresh tokens rotate: redeeming one invalidates it and the caller issues a successor in
    // the same family. Presenting an already rotated token revokes the whole family
    // (RFC 6819 §5.2.2.3, OAuth 2.1 §6.1).
    QString issueRefreshToken(const GrantSubject &grant, const QDateTime &expiresAt, const QString &family = {});
    struct RefreshOutcome
    {
        std::optional<GrantSubject> grant; // set when the token was good
        QString family;
        bool reuseDetected = false;
    };
    RefreshOutcome redeemRefreshToken(const QString &workspaceId, const QString &clientId, const QString &token);

    // Access tokens. JWTs are recorded by jti (so revoke and introspect can find them); opaque
    // ones are random strings recorded by value.
    void recordAccessToken(const QString &jti, const GrantSubject &grant, const QDateTime &issuedAt, const QDateTime &expiresAt);
    QString issueOpaqueAccessToken(const GrantSubject &grant, const QDateTime &issuedAt, const QDateTime &expiresAt);
    std::optional<IssuedToken> opaqueToken(const QString &token) const;   // access or refresh
    std::optional<IssuedToken> accessTokenByJti(const QString &jti) const;
    bool isJtiRevoked(const QString &jti) const;

    // RFC 7009: revokes an opaque access token, a refresh token (and its family) or a JWT by jti.
    // Only tokens of that client; returns false when nothing was revoked (still a 200).
    bool revokeOpaque(const QString &workspaceId, const QString &clientId, const QString &token);
    void revokeJti(const QString &jti, const QDateTime &expiresAt);

    // private_key_jwt: a client assertion's jti may be used once until it expires.
    bool useAssertionId(const QString &clientId, const QString &jti, const QDateTime &expiresAt);

    // Device authorization (RFC 8628). issueDeviceAuthorization returns the device code and a
    // user code of userCodeLength characters of alphabet, unique among pending ones and shown in
    // groups of four ("BCDF-GHJK"). Records stay 10 minutes past their expiry so that a late
    // poll hears expired_token rather than invalid_grant.
    struct DeviceCodes
    {
        QString deviceCode;
        QString userCode;
    };
    DeviceCodes issueDeviceAuthorization(const DeviceAuthorization &request, const QString &alphabet,
                                         int userCodeLength);
    // The user code as typed (case, spaces and dashes do not matter) turned into a key that is
    // safe to keep: the digest of its normalised form.
    static QString userCodeKey(const QString &userCode);
    // A pending, unexpired authorization by its user code's key.
    std::optional<DeviceAuthorization> pendingDevice(const QString &userCodeKey) const;
    // Approves (grant set) or denies (nullopt) a pending authorization; false when it is not
    // pending (unknown, expired, already decided).
    bool decideDevice(const QString &userCodeKey, const std::optional<GrantSubject> &approvedGrant);
    enum class DevicePoll { Invalid, Pending, SlowDown, Denied, Expired, Approved };
    struct DevicePollOutcome
    {
        DevicePoll result = DevicePoll::Invalid;
        std::optional<GrantSubject> grant; // Approved
    };
    // One poll of the token endpoint (RFC 8628 §3.4, §3.5). Approved and Denied end the
    // authorization: the device code works once.
    DevicePollOutcome pollDevice(const QString &workspaceId, const QString &clientId, const QString &deviceCode);

    // Pushed authorization requests (RFC 9126): request_uri "urn:ietf:params:oauth:request_uri:…",
    // single use, until expiresAt.
    QString pushAuthorizationRequest(const PushedRequest &request);
    // Removes the request whatever the outcome; nullopt when unknown or expired.
    std::optional<PushedRequest> takePushedRequest(const QString &requestUri);

    // Random URL-safe identifier with `bytes` bytes of entropy.
    static QString randomToken(int bytes = 32);

private:
    void purgeExpired() const;
    void changed(); // schedules a save
    void revokeFamily(const QString &family);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Sandbox
