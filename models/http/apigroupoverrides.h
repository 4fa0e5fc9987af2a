// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Issue 7: a profile's API group overrides (Profile::apiGroups, path prefix → group) installed
// into the RateLimitTracker for the hosts the profile talks to, so its responses are counted
// against the user's groups instead of the built-in ones.
//
//   ProfileStore changes ──► installGroupOverrides(tracker, profiles, hostsLastTime) ──► tracker
//                                        └── returns the hosts it set: pass them in next time

#include "http/ratelimittracker.h"
#include "profiles/profile.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace RateLimits {

// The hosts (hostKey) of a profile's issuer and endpoints, each once, in that order.
QStringList profileHosts(const Profiles::Profile &profile);

// The overrides per host of every profile (only valid entries: prefix starting with "/", a
// group name). Profiles that share a host share their overrides; for the same prefix the
// first profile in the list wins. Hosts with no overrides are absent.
QList<QPair<QString, QList<QPair<QString, QString>>>> groupOverridesByHost(const QList<Profiles::Profile> &profiles);

// Sets every profile's overrides on the tracker and clears those of previousHosts that no
// profile overrides any more (a removed override, a deleted profile, a changed issuer).
// Returns the hosts it set overrides for: keep them for the next call.
QStringList installGroupOverrides(RateLimitTracker &tracker, const QList<Profiles::Profile> &profiles,
                                  const QStringList &previousHosts = {});

} // namespace RateLimits
