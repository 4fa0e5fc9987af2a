// SPDX-License-Identifier: GPL-3.0-or-later
#include "router.h"

namespace Sandbox {

namespace {

QStringList splitPath(const QString &path)
{
    // "/a/b" -> {"a", "b"}; "/" -> {""}; a trailing slash keeps an empty last segment, so
    // "/a/b/" does not match "/a/b" (exact matching, like the Cloudentity API).
    QString rest = path;
    if (rest.startsWith(u'/'))
        rest.remove(0, 1);
    return rest.split(u'/');
}

bool isCapture(const QString &segment)
{
    return segment.size() > 2 && segment.startsWith(u'{') && segment.endsWith(u'}');
}

// Matches path segments against a pattern; fills params on success.
bool matchSegments(const QStringList &pattern, const QStringList &path, PathParams *params)
{
    if (pattern.size() != path.size())
        return false;
    PathParams captured;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QString &want = pattern[i];
        if (isCapture(want)) {
            if (path[i].isEmpty())
                return false;
            captured.insert(want.mid(1, want.size() - 2), path[i]);
        } else if (want != path[i]) {
            return false;
        }
    }
    *params = std::move(captured);
    return true;
}

// True when a is more specific than b: at the first position where one has a literal and the
// other a capture, the literal wins.
bool moreSpecific(const QStringList &a, const QStringList &b)
{
    for (qsizetype i = 0; i < a.size() && i < b.size(); ++i) {
        const bool ca = isCapture(a[i]);
        const bool cb = isCapture(b[i]);
        if (ca != cb)
            return !ca;
    }
    return false;
}

} // namespace

void Router::add(const QByteArray &method, const QString &pattern, ApiGroup group, Handler handler)
{
    m_routes.append(Route{method.toUpper(), splitPath(pattern), group, std::move(handler)});
}

std::optional<Router::Match> Router::match(const QByteArray &method, const QString &path) const
{
    if (!path.startsWith(u'/'))
        return std::nullopt; // origin-form targets only (RFC 9112 §3.2.1)
    const QStringList segments = splitPath(path);
    const QByteArray wanted = method.toUpper();

    const Route *best = nullptr;
    PathParams bestParams;
    bool pathKnown = false;
    QList<QByteArray> allowed;
    ApiGroup anyGroup = ApiGroup::Public;

    for (const Route &route : m_routes) {
        PathParams params;
        if (!matchSegments(route.segments, segments, &params))
            continue;
        if (!pathKnown)
            anyGroup = route.group;
        pathKnown = true;
        if (!allowed.contains(route.method))
            allowed.append(route.method);
        if (route.method != wanted)
            continue;
        if (!best || moreSpecific(route.segments, best->segments)) {
            best = &route;
            bestParams = std::move(params);
        }
    }

    if (!pathKnown)
        return std::nullopt;

    Match result;
    if (best) {
        result.handler = &best->handler;
        result.group = best->group;
        result.params = std::move(bestParams);
    } else {
        // 405: the group of the path's first route, so the rate limit still applies per group.
        result.group = anyGroup;
        result.methodAllowed = false;
    }
    result.allowedMethods = allowed;
    return result;
}

} // namespace Sandbox
