// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Provider presets: a few fields per platform fill the issuer and the endpoints, and say the
// platform's quirks. Ids (the CLI's --preset values): cloudentity, cognito, userclouds, duende,
// sensedia, oidc, sandbox.

#include "profiles/profile.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Presets {

struct PresetField
{
    QString key;         // presetFields key: "tenant_id", "region", "vanity_host", "workspace_id", …
    QString label;       // translated
    QString placeholder; // an example value
    QString help;        // translated one-liner
    bool required = true;
};

struct Preset
{
    QString id;
    QString displayName; // translated ("Cloudentity", "AWS Cognito", "Generic OpenID Connect", …)
    QList<PresetField> fields; // shown first in the editor, in this order
    QString quirks; // translated, a few sentences: what is special about this platform
    Profiles::ClientAuthMethod defaultAuthMethod = Profiles::ClientAuthMethod::ClientSecretBasic;
    Profiles::LoopbackHost defaultRedirectHost = Profiles::LoopbackHost::Ipv4;
    QStringList defaultScopes;
    bool supportsDiscovery = true; // has a discovery document (Sensedia: no)
};

QList<Preset> all(); // in the order the UI lists them
std::optional<Preset> find(const QString &id);
QStringList ids();

struct Applied
{
    QUrl issuer;
    Profiles::Endpoints endpoints; // empty URLs where the platform has no such endpoint
    QList<Profiles::FieldProblem> problems; // "fields.<key>" for a missing/invalid input
};

// Computes issuer and endpoints from the preset's fields. Cloudentity: tenant_id + (region |
// vanity_host) + workspace_id → https://{tid}.{region}.authz.cloudentity.io/{tid}/{wid} (vanity:
// https://{host}/{tid}/{wid}); workspace "admin" gives the admin workspace. Sandbox: base_url
// (the running sandbox, http://127.0.0.1:PORT), tenant_id, workspace_id, with Cloudentity's
// paths. oidc: issuer only (endpoints come from discovery).
Applied apply(const QString &presetId, const QMap<QString, QString> &fields);

// Fills a profile from its preset and presetFields: issuer and every endpoint the preset
// computes (endpoints the user set by hand are kept when keepManualEndpoints), the default auth
// method, redirect host and scopes when the profile has none.
Profiles::Profile applyToProfile(Profiles::Profile profile, bool keepManualEndpoints = true);

} // namespace Presets
