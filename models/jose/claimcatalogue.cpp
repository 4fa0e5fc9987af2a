// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimcatalogue.h"

#include <QCoreApplication>

#include <limits>
#include <span>

namespace Jose {

namespace {

constexpr const char Context[] = "Jose::ClaimCatalogue";

struct Entry
{
    const char *name;
    const char *meaning; // untranslated source text, translated at lookup
    const char *reference;
    bool isTime = false;
};

// JOSE header parameters. JWE headers may replicate payload claims (RFC 7519 §5.3), so a header
// lookup that misses here falls back to the claims table.
constexpr Entry HeaderParameters[] = {
    {"alg", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "Algorithm: how the token is signed (JWS) or how the content key is encrypted (JWE)"), "RFC 7515 §4.1.1"},
    {"jku", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "JWK Set URL: where the signer's key set can be fetched"), "RFC 7515 §4.1.2"},
    {"jwk", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "JSON Web Key: the public key embedded in the header (trust it only if you pinned it)"), "RFC 7515 §4.1.3"},
    {"kid", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "Key ID: which key of the issuer's key set was used"), "RFC 7515 §4.1.4"},
    {"x5u", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "X.509 URL: where the signer's certificate chain can be fetched"), "RFC 7515 §4.1.5"},
    {"x5c", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "X.509 certificate chain of the signing key, base64 DER"), "RFC 7515 §4.1.6"},
    {"x5t", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "X.509 certificate SHA-1 thumbprint of the signing key"), "RFC 7515 §4.1.7"},
    {"x5t#S256", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "X.509 certificate SHA-256 thumbprint of the signing key"), "RFC 7515 §4.1.8"},
    {"typ", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "Type of the whole token, e.g. \"JWT\", \"at+jwt\" (access token), \"dpop+jwt\""), "RFC 7515 §4.1.9"},
    {"cty", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "Content type of the payload; \"JWT\" means a nested token"), "RFC 7515 §4.1.10"},
    {"crit", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "Critical: header extensions the recipient must understand or reject the token"), "RFC 7515 §4.1.11"},
    {"enc", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "Encryption algorithm: how the payload is encrypted with the content key (JWE)"), "RFC 7516 §4.1.2"},
    {"zip", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "Compression applied to the payload before encryption (\"DEF\" = DEFLATE)"), "RFC 7516 §4.1.3"},
    {"epk", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "Ephemeral public key of the sender for ECDH key agreement"), "RFC 7518 §4.6.1.1"},
    {"apu", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "Agreement PartyUInfo: information about the producer for ECDH key derivation"), "RFC 7518 §4.6.1.2"},
    {"apv", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "Agreement PartyVInfo: information about the recipient for ECDH key derivation"), "RFC 7518 §4.6.1.3"},
    {"iv", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "Initialization vector for AES-GCM key wrapping"), "RFC 7518 §4.7.1.1"},
    {"tag", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "Authentication tag of AES-GCM key wrapping"), "RFC 7518 §4.7.1.2"},
    {"p2s", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "PBES2 salt input for password-based key derivation"), "RFC 7518 §4.8.1.1"},
    {"p2c", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "PBES2 iteration count for password-based key derivation"), "RFC 7518 §4.8.1.2"},
    {"b64", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "Whether the payload is base64url-encoded; false means an unencoded (detached) payload"), "RFC 7797 §3"},
    {"nonce", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "Anti-replay nonce supplied by the server (ACME, DPoP)"), "RFC 8555 §6.5.2"},
    {"url", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "The URL the signed request is addressed to (ACME)"), "RFC 8555 §6.4.1"},
};

constexpr Entry PayloadClaims[] = {
    // RFC 7519 §4.1: registered claims
    {"iss", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "Issuer: who created and signed the token"), "RFC 7519 §4.1.1"},
    {"sub", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "Subject: whom the token is about (user or client), unique within the issuer"), "RFC 7519 §4.1.2"},
    {"aud", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "Audience: who the token is intended for; recipients must find themselves in it"), "RFC 7519 §4.1.3"},
    {"exp", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "Expiration time: the token must not be accepted on or after it"), "RFC 7519 §4.1.4", true},
    {"nbf", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "Not before: the token must not be accepted before it"), "RFC 7519 §4.1.5", true},
    {"iat", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "Issued at: when the token was created"), "RFC 7519 §4.1.6", true},
    {"jti", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "JWT ID: unique identifier of this token, for replay detection and revocation"), "RFC 7519 §4.1.7"},

    // OpenID Connect Core §2: the ID token
    {"auth_time", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "Authentication time: when the user last actively authenticated"), "OpenID Connect Core §2", true},
    {"nonce", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "Nonce: the value the client sent in the authentication request, echoed back against replay"), "OpenID Connect Core §2"},
    {"acr", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "Authentication context class reference: the assurance level of the authentication"), "OpenID Connect Core §2"},
    {"amr", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "Authentication methods references: how the user authenticated (pwd, otp, mfa, ...)"), "OpenID Connect Core §2; RFC 8176"},
    {"azp", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "Authorized party: the client the ID token was issued to"), "OpenID Connect Core §2"},
    {"at_hash", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "Access token hash: left half of the hash of the access token issued with this ID token"), "OpenID Connect Core §3.1.3.6"},
    {"c_hash", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "Code hash: left half of the hash of the authorization code issued with this ID token"), "OpenID Connect Core §3.3.2.11"},
    {"s_hash", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "State hash: left half of the hash of the state value, ID token as detached signature"), "FAPI 1.0 Advanced §5.1"},
    {"sid", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "Session ID: the session at the provider, used for front- and back-channel logout"), "OpenID Connect Front-Channel Logout §3; Back-Channel Logout §2.4"},
    {"events", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "Events: the security events this token reports, e.g. a back-channel logout"), "RFC 8417 §2.2; OpenID Connect Back-Channel Logout §2.4"},

    // OpenID Connect Core §5.1: standard claims
    {"name", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "Full name of the user, for display"), "OpenID Connect Core §5.1"},
    {"given_name", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "Given name(s) or first name(s) of the user"), "OpenID Connect Core §5.1"},
    {"family_name", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "Surname(s) or last name(s) of the user"), "OpenID Connect Core §5.1"},
    {"middle_name", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "Middle name(s) of the user"), "OpenID Connect Core §5.1"},
    {"nickname", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "Casual name of the user"), "OpenID Connect Core §5.1"},
    {"preferred_username", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "Short name the user wants to be called by; not unique, not a key"), "OpenID Connect Core §5.1"},
    {"profile", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "URL of the user's profile page"), "OpenID Connect Core §5.1"},
    {"picture", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "URL of the user's profile picture"), "OpenID Connect Core §5.1"},
    {"website", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "URL of the user's web page or blog"), "OpenID Connect Core §5.1"},
    {"email", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "Preferred e-mail address of the user; not unique, not a key"), "OpenID Connect Core §5.1"},
    {"email_verified", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "Whether the provider verified that the user controls the e-mail address"), "OpenID Connect Core §5.1"},
    {"gender", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "Gender of the user"), "OpenID Connect Core §5.1"},
    {"birthdate", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "Birthday of the user, YYYY-MM-DD (or YYYY, or 0000-MM-DD)"), "OpenID Connect Core §5.1"},
    {"zoneinfo", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "Time zone of the user, e.g. Europe/Paris"), "OpenID Connect Core §5.1"},
    {"locale", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "Locale of the user, a BCP 47 language tag such as en-US"), "OpenID Connect Core §5.1"},
    {"phone_number", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "Preferred telephone number of the user, ideally E.164"), "OpenID Connect Core §5.1"},
    {"phone_number_verified", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "Whether the provider verified the telephone number"), "OpenID Connect Core §5.1"},
    {"address", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "Preferred postal address of the user (a JSON object)"), "OpenID Connect Core §5.1.1"},
    {"updated_at", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "When the user's information was last updated"), "OpenID Connect Core §5.1", true},

    // RFC 9068 (JWT access tokens) and RFC 8693 (token exchange)
    {"client_id", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "Client ID: the OAuth client the token was issued to"), "RFC 9068 §2.2; RFC 8693 §4.3"},
    {"scope", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "Scope: the space-separated permissions granted to the client"), "RFC 9068 §2.2.3; RFC 8693 §4.2"},
    {"groups", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "Groups the user belongs to"), "RFC 9068 §2.2.3.1; RFC 7643 §4.1.2"},
    {"roles", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "Roles of the user"), "RFC 9068 §2.2.3.1; RFC 7643 §4.1.2"},
    {"entitlements", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "Entitlements of the user"), "RFC 9068 §2.2.3.1; RFC 7643 §4.1.2"},
    {"act", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "Actor: the party acting on behalf of the subject (delegation)"), "RFC 8693 §4.1"},
    {"may_act", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "May act: who is allowed to act on behalf of the subject"), "RFC 8693 §4.4"},

    // Proof of possession: RFC 7800, RFC 9449 (DPoP "jkt"), RFC 8705 (mTLS "x5t#S256")
    {"cnf", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "Confirmation: the key the presenter must prove possession of (jkt: DPoP key thumbprint, x5t#S256: client certificate thumbprint)"), "RFC 7800 §3.1; RFC 9449 §6.1; RFC 8705 §3.1"},
    {"htm", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "HTTP method of the request this DPoP proof is for"), "RFC 9449 §4.2"},
    {"htu", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "HTTP URL (without query and fragment) of the request this DPoP proof is for"), "RFC 9449 §4.2"},
    {"ath", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "Access token hash: base64url SHA-256 of the access token presented with this DPoP proof"), "RFC 9449 §4.2"},

    // Cloudentity
    {"tid", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "Tenant ID (Cloudentity)"), "Cloudentity"},
    {"aid", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "Authorization server (workspace) ID that issued the token (Cloudentity)"), "Cloudentity"},
    {"scp", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "Scopes granted, as an array (Cloudentity)"), "Cloudentity"},
    {"st", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "Subject type of the sub claim, e.g. public or pairwise (Cloudentity)"), "Cloudentity"},
    {"idp", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "Identity provider the user authenticated with"), "Cloudentity"},

    // AWS Cognito
    {"token_use", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "Token use: \"id\" for an ID token, \"access\" for an access token (AWS Cognito)"), "AWS Cognito"},
    {"cognito:groups", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "User pool groups the user belongs to (AWS Cognito)"), "AWS Cognito"},
    {"cognito:username", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "User name in the user pool (AWS Cognito)"), "AWS Cognito"},
    {"cognito:roles", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "IAM roles associated with the user's groups (AWS Cognito)"), "AWS Cognito"},
    {"cognito:preferred_role", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "IAM role of the user's highest-priority group (AWS Cognito)"), "AWS Cognito"},
    {"origin_jti", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "Token-revocation identifier shared by the tokens of one authentication (AWS Cognito)"), "AWS Cognito"},
    {"event_id", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "Identifier of the authentication event (AWS Cognito)"), "AWS Cognito"},
    {"username", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "User name of the user (AWS Cognito access token)"), "AWS Cognito"},
    {"identities", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "Federated identity providers linked to the user (AWS Cognito)"), "AWS Cognito"},

    // Sensedia
    {"extraInfo", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "Extra information attached to the access token by the API platform (Sensedia)"), "Sensedia"},

    // Keycloak
    {"realm_access", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "Realm roles of the user (Keycloak)"), "Keycloak"},
    {"resource_access", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "Client roles of the user, per client (Keycloak)"), "Keycloak"},
    {"allowed-origins", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "Web origins allowed for CORS with this token (Keycloak)"), "Keycloak"},
    {"session_state", QT_TRANSLATE_NOOP("Jose::ClaimCatalogue", "Session identifier at the provider (Keycloak)"), "Keycloak"},
};

const Entry *find(std::span<const Entry> table, QStringView name)
{
    for (const Entry &entry : table) {
        if (name == QLatin1String(entry.name))
            return &entry;
    }
    return nullptr;
}

// The tables hold QT_TRANSLATE_NOOP source texts; this looks them up at run time.
QString translated(const char *source)
{
    return QCoreApplication::translate(Context, source);
}

} // namespace

std::optional<ClaimDescription> describeClaim(QStringView name, ClaimLocation location)
{
    const Entry *entry = nullptr;
    if (location == ClaimLocation::Header)
        entry = find(HeaderParameters, name);
    if (!entry)
        entry = find(PayloadClaims, name);
    if (!entry)
        return std::nullopt;

    ClaimDescription description;
    description.name = QLatin1String(entry->name);
    description.meaning = translated(entry->meaning);
    description.reference = QString::fromUtf8(entry->reference); // "§" is UTF-8
    description.isTime = entry->isTime;
    return description;
}

QString relativeDuration(qint64 seconds)
{
    if (seconds == 0)
        return QCoreApplication::translate("Jose::ClaimCatalogue", "now");

    const bool future = seconds > 0;
    // Magnitude without overflow on INT64_MIN.
    const quint64 magnitude = future ? quint64(seconds) : quint64(-(seconds + 1)) + 1;
    const auto rounded = [magnitude](quint64 unit) { return qint64((magnitude / unit) + ((magnitude % unit) * 2 >= unit ? 1 : 0)); };

    // Round to the nearest unit; switch units where the rounded figure would reach the next
    // one ("60 min" becomes "1 h", "24 h" becomes "1 day").
    constexpr quint64 Minute = 60, Hour = 3600, Day = 86400;
    if (magnitude < Minute) {
        const int n = int(magnitude);
        return future ? QCoreApplication::translate("Jose::ClaimCatalogue", "in %n s", nullptr, n)
                      : QCoreApplication::translate("Jose::ClaimCatalogue", "%n s ago", nullptr, n);
    }
    if (magnitude < Hour - Minute / 2) {
        const int n = int(rounded(Minute));
        return future ? QCoreApplication::translate("Jose::ClaimCatalogue", "in %n min", nullptr, n)
                      : QCoreApplication::translate("Jose::ClaimCatalogue", "%n min ago", nullptr, n);
    }
    if (magnitude < Day - Hour / 2) {
        const int n = int(rounded(Hour));
        return future ? QCoreApplication::translate("Jose::ClaimCatalogue", "in %n h", nullptr, n)
                      : QCoreApplication::translate("Jose::ClaimCatalogue", "%n h ago", nullptr, n);
    }
    const qint64 days = rounded(Day);
    // Beyond int range nobody reads the exact figure; clamp so %n stays meaningful.
    const int n = int(qMin<qint64>(days, std::numeric_limits<int>::max()));
    // The English catalogue says "1 day" / "2 days"; other languages have their own plural forms.
    return future ? QCoreApplication::translate("Jose::ClaimCatalogue", "in %n day(s)", nullptr, n)
                  : QCoreApplication::translate("Jose::ClaimCatalogue", "%n day(s) ago", nullptr, n);
}

QString describeTimeClaim(QStringView name, const QDateTime &value, const QDateTime &now)
{
    if (!value.isValid() || !now.isValid())
        return {};
    const qint64 delta = now.secsTo(value); // > 0: value lies in the future
    const QString relative = relativeDuration(delta);

    if (name == u"exp") {
        // RFC 7519 §4.1.4: expired on or after exp.
        if (delta > 0)
            return QCoreApplication::translate("Jose::ClaimCatalogue", "expires %1").arg(relative);
        if (delta == 0)
            return QCoreApplication::translate("Jose::ClaimCatalogue", "expires now");
        return QCoreApplication::translate("Jose::ClaimCatalogue", "expired %1").arg(relative);
    }
    if (name == u"nbf") {
        if (delta > 0)
            return QCoreApplication::translate("Jose::ClaimCatalogue", "becomes valid %1").arg(relative);
        return QCoreApplication::translate("Jose::ClaimCatalogue", "valid since %1").arg(relative);
    }
    if (name == u"iat")
        return QCoreApplication::translate("Jose::ClaimCatalogue", "issued %1").arg(relative);
    if (name == u"auth_time")
        return QCoreApplication::translate("Jose::ClaimCatalogue", "authenticated %1").arg(relative);
    if (name == u"updated_at")
        return QCoreApplication::translate("Jose::ClaimCatalogue", "updated %1").arg(relative);
    return relative;
}

} // namespace Jose
