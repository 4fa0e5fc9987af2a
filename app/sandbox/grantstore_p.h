// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// GrantStore's records, shared with its file format (grantstorage.cpp). Every map is keyed by
// the SHA-256 of the token value (base64url), never by the value itself.

#include "grantstore.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QTimer>

#include <functional>

namespace Sandbox {

struct RefreshRecord
{
    GrantSubject grant;
    QString family;
    QDateTime expiresAt;
    bool used = false; // rotated: presenting it again is reuse
    bool revoked = false;
};

// A redeemed code, kept until it would have expired, with what it produced.
struct RedeemedCode
{
    QDateTime expiresAt;
    QString accessJti;
    QString opaqueAccessDigest;
    QDateTime accessExpiresAt;
    QString refreshFamily;
};

struct GrantRecords
{
    QHash<QString, PendingLogin> logins;            // form token digest → request
    QHash<QString, AuthorizationCodeGrant> codes;   // code digest → grant
    QHash<QString, RedeemedCode> redeemedCodes;     // code digest → what it produced
    QHash<QString, RefreshRecord> refreshTokens;    // token digest → record
    QHash<QString, IssuedToken> opaqueAccessTokens; // token digest → record
    QHash<QString, IssuedToken> accessByJti;        // jti → record (JWT access tokens)
    QHash<QString, QDateTime> revokedJtis;          // jti → expiry (kept until then)
    QHash<QString, QDateTime> assertionIds;         // client id + "\n" + jti → expiry
    QHash<QString, DeviceAuthorization> devices;    // device code digest → request
    QHash<QString, QString> deviceUserCodes;        // normalised user code digest → device code digest
    QHash<QString, PushedRequest> pushedRequests;   // request_uri digest → request
};

// grants.json: {"schema_version": 1, "logins": {...}, "codes": {...}, ...}.
QJsonObject grantRecordsToJson(const GrantRecords &records);
// False with a log-worthy (untranslated) reason when the document is not a grants file.
bool grantRecordsFromJson(const QJsonObject &json, GrantRecords *records, QString *problem);

} // namespace Sandbox
