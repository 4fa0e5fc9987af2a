// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>

#include <optional>

namespace Jose {

enum class ClaimLocation { Header, Payload };

struct ClaimDescription
{
    QString name;
    QString meaning;   // translated one-liner: "Expiration time: the token must not be accepted after it"
    QString reference; // "RFC 7519 §4.1.4", "OpenID Connect Core §2", "Cloudentity", "AWS Cognito"
    bool isTime = false; // a NumericDate (seconds since the epoch)
};

// The catalogue: RFC 7515 / 7516 header parameters, RFC 7519 registered claims, OpenID Connect
// Core, RFC 9068, RFC 8693 (act, may_act), RFC 7800 cnf, and common vendor claims
// (Cloudentity tid, aid, scp, st; Cognito token_use, cognito:groups, ...; Sensedia extraInfo).
std::optional<ClaimDescription> describeClaim(QStringView name, ClaimLocation location = ClaimLocation::Payload);

// "in 12 min", "3 h ago", "in 2 days", "now" (translated). seconds > 0 is in the future.
QString relativeDuration(qint64 seconds);

// A sentence for a time claim at a reference instant: "expires in 12 min", "expired 3 h ago",
// "issued 5 min ago", "valid from in 2 min" / "valid since 1 h ago", "authenticated 2 h ago".
QString describeTimeClaim(QStringView name, const QDateTime &value, const QDateTime &now);

} // namespace Jose
