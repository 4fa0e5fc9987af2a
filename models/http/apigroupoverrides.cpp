// SPDX-License-Identifier: GPL-3.0-or-later
#include "apigroupoverrides.h"

#include <algorithm>

namespace RateLimits {

QStringList profileHosts(const Profiles::Profile &profile)
{
    QStringList hosts;
    const auto add = [&hosts](const QUrl &url) {
        if (url.isEmpty() || url.host().isEmpty())
            return;
        const QString host = hostKey(url);
        if (!hosts.contains(host))
            hosts.append(host);
    };
    add(profile.issuer);
    for (const QUrl &url : profile.endpoints.urls)
        add(url);
    return hosts;
}

QList<QPair<QString, QList<QPair<QString, QString>>>> groupOverridesByHost(const QList<Profiles::Profile> &profiles)
{
    QList<QPair<QString, QList<QPair<QString, QString>>>> byHost;
    for (const Profiles::Profile &profile : profiles) {
        QList<QPair<QString, QString>> overrides;
        for (const Profiles::ApiGroupOverride &entry : profile.apiGroups) {
            const QString group = entry.group.trimmed();
            // validate() reports the others at their fields; they must not reach the tracker.
            if (!entry.pathPrefix.startsWith(QLatin1Char('/')) || group.isEmpty())
                continue;
            overrides.append({entry.pathPrefix, group});
        }
        if (overrides.isEmpty())
            continue;
        for (const QString &host : profileHosts(profile)) {
            auto it = std::find_if(byHost.begin(), byHost.end(), [&host](const auto &item) { return item.first == host; });
            if (it == byHost.end()) {
                byHost.append({host, {}});
                it = byHost.end() - 1;
            }
            for (const auto &pair : overrides) {
                const bool known = std::any_of(it->second.cbegin(), it->second.cend(),
                                               [&pair](const auto &existing) { return existing.first == pair.first; });
                if (!known)
                    it->second.append(pair);
            }
        }
    }
    return byHost;
}

QStringList installGroupOverrides(RateLimitTracker &tracker, const QList<Profiles::Profile> &profiles,
                                  const QStringList &previousHosts)
{
    QStringList installed;
    for (const auto &[host, overrides] : groupOverridesByHost(profiles)) {
        tracker.setGroupOverrides(host, overrides);
        installed.append(host);
    }
    for (const QString &host : previousHosts) {
        if (!installed.contains(host))
            tracker.setGroupOverrides(host, {});
    }
    return installed;
}

} // namespace RateLimits
