// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpmessage.h"

#include <QList>

#include <optional>

namespace Sandbox {

// Method + path pattern → handler. A pattern is a path whose segments may be "{name}", which
// captures exactly one non-empty segment: "/api/admin/{tid}/servers/{wid}". Literal segments
// win over captures when two patterns match the same path.
class Router final
{
public:
    void add(const QByteArray &method, const QString &pattern, ApiGroup group, Handler handler);

    struct Match
    {
        const Handler *handler = nullptr;
        ApiGroup group = ApiGroup::Public;
        PathParams params;
        bool methodAllowed = true;       // false: the path exists with another method (405)
        QList<QByteArray> allowedMethods; // for the Allow header of a 405
    };
    // nullopt when no pattern matches the path at all (404).
    std::optional<Match> match(const QByteArray &method, const QString &path) const;

private:
    struct Route
    {
        QByteArray method;
        QStringList segments;
        ApiGroup group;
        Handler handler;
    };
    QList<Route> m_routes;
};

} // namespace Sandbox
