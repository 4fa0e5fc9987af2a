// SPDX-License-Identifier: GPL-3.0-or-later
#include "adminapi.h"

#include "admincontract.h"
#include "oauthendpoints.h"
#include "router.h"
#include "tenantstate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {

Q_LOGGING_CATEGORY(lcAdmin, "tokenscope.sandbox.admin", QtInfoMsg)

HttpResponse errorResponse(const ApiError &error)
{
    return HttpResponse::json(error.status, error.toJson());
}

ApiError simpleError(int status, const QString &code, const QString &message)
{
    ApiError error;
    error.status = status;
    error.errorCode = code;
    error.error = message;
    return error;
}

// The request body as a JSON object; 400 when it is empty, not JSON or not an object.
std::optional<QJsonObject> bodyObject(const HttpRequest &request, HttpResponse *failure)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (request.body.trimmed().isEmpty()) {
        *failure = errorResponse(Contract::badRequest(u"the request body is empty; a JSON object is expected"_s));
        return std::nullopt;
    }
    if (parseError.error != QJsonParseError::NoError) {
        *failure = errorResponse(Contract::badRequest(
            u"the request body is not valid JSON: %1 at offset %2"_s.arg(parseError.errorString()).arg(parseError.offset)));
        return std::nullopt;
    }
    if (!document.isObject()) {
        *failure = errorResponse(Contract::badRequest(u"the request body must be a JSON object"_s));
        return std::nullopt;
    }
    return document.object();
}

QJsonArray toArray(const QList<QJsonObject> &objects)
{
    QJsonArray array;
    for (const QJsonObject &object : objects)
        array.append(object);
    return array;
}

// listAuthorizationServers / listClients paging: limit 1..100 (default 20) after a given id,
// narrowed by a case-insensitive search phrase over id and name. Out-of-range limits are
// clamped (listAuthorizationServers has no 400 to report them with).
QList<QJsonObject> page(const QList<QJsonObject> &all, const QUrlQuery &query, const QString &idField,
                        const QString &nameField, const QString &afterParameter)
{
    bool ok = false;
    int limit = query.queryItemValue(u"limit"_s).toInt(&ok);
    if (!ok)
        limit = 20;
    limit = std::clamp(limit, 1, 100);
    const QString phrase = query.queryItemValue(u"search_phrase"_s, QUrl::FullyDecoded);
    const QString after = query.queryItemValue(afterParameter, QUrl::FullyDecoded);
    bool started = after.isEmpty();
    QList<QJsonObject> out;
    for (const QJsonObject &doc : all) {
        const QString id = doc.value(idField).toString();
        if (!started) {
            started = id == after;
            continue;
        }
        if (!phrase.isEmpty() && !id.contains(phrase, Qt::CaseInsensitive)
            && !doc.value(nameField).toString().contains(phrase, Qt::CaseInsensitive))
            continue;
        out.append(doc);
        if (out.size() == limit)
            break;
    }
    return out;
}

// Wraps a handler: admin bearer token first (401 / 403), then the tenant in the path (404).
Handler guarded(TenantState &state, const AdminTokens &tokens, std::function<HttpResponse(const HttpRequest &, const PathParams &)> inner)
{
    return [&state, &tokens, inner = std::move(inner)](const HttpRequest &request, const PathParams &params) {
        const QString authorization = QString::fromLatin1(request.header("authorization"));
        switch (tokens.check(authorization)) {
        case AdminTokens::Verdict::Valid:
            break;
        case AdminTokens::Verdict::Missing: {
            HttpResponse response = errorResponse(simpleError(401, u"unauthorized"_s, u"an admin access token is required (Authorization: Bearer ...)"_s));
            response.setHeader("WWW-Authenticate", "Bearer realm=\"admin\"");
            return response;
        }
        case AdminTokens::Verdict::Invalid: {
            // RFC 6750 §3.1: invalid_token for expired, revoked or malformed tokens.
            HttpResponse response = errorResponse(simpleError(401, u"unauthorized"_s, u"the access token is invalid, expired or revoked"_s));
            response.setHeader("WWW-Authenticate", "Bearer realm=\"admin\", error=\"invalid_token\"");
            return response;
        }
        case AdminTokens::Verdict::WrongWorkspace:
            return errorResponse(simpleError(403, u"forbidden"_s, u"the access token was not issued by the admin workspace"_s));
        }
        if (params.value(u"tid"_s) != state.tenantId())
            return errorResponse(Contract::notFound(u"tenant \"%1\" not found"_s.arg(params.value(u"tid"_s))));
        HttpResponse response = inner(request, params);
        qCDebug(lcAdmin) << request.method << request.path << response.status;
        return response;
    };
}

template <typename T>
HttpResponse outcomeResponse(const Outcome<T> &outcome, int status)
{
    return outcome.ok() ? HttpResponse::json(status, *outcome.value) : errorResponse(outcome.error);
}

HttpResponse deletedResponse(const std::optional<ApiError> &error)
{
    return error ? errorResponse(*error) : HttpResponse::empty(204);
}

HttpResponse unknownServer(const QString &wid)
{
    return errorResponse(Contract::notFound(u"workspace \"%1\" not found"_s.arg(wid)));
}

} // namespace

void registerAdminApi(Router &router, TenantState &state, const AdminTokens &tokens)
{
    const QString base = u"/api/admin/{tid}"_s;
    const auto add = [&](const QByteArray &method, const QString &path, std::function<HttpResponse(const HttpRequest &, const PathParams &)> handler) {
        router.add(method, base + path, ApiGroup::Admin, guarded(state, tokens, std::move(handler)));
    };
    TenantState *s = &state;

    // Workspaces.
    add("GET", u"/servers"_s, [s](const HttpRequest &request, const PathParams &) {
        // server_types: the types to list, comma separated (default: all).
        const QStringList types = request.query.queryItemValue(u"server_types"_s, QUrl::FullyDecoded).split(u',', Qt::SkipEmptyParts);
        QList<QJsonObject> servers = s->servers();
        if (!types.isEmpty())
            servers.removeIf([&types](const QJsonObject &server) { return !types.contains(server.value(u"type"_s).toString()); });
        const QList<QJsonObject> shown = page(servers, request.query, u"id"_s, u"name"_s, u"after_server_id"_s);
        return HttpResponse::json(200, QJsonObject{{u"servers"_s, toArray(shown)}});
    });
    add("POST", u"/servers"_s, [s](const HttpRequest &request, const PathParams &) {
        HttpResponse failure;
        const auto body = bodyObject(request, &failure);
        return body ? outcomeResponse(s->createServer(*body), 201) : failure;
    });
    add("GET", u"/servers/{wid}"_s, [s](const HttpRequest &, const PathParams &params) {
        const auto server = s->server(params.value(u"wid"_s));
        return server ? HttpResponse::json(200, *server) : unknownServer(params.value(u"wid"_s));
    });
    add("PUT", u"/servers/{wid}"_s, [s](const HttpRequest &request, const PathParams &params) {
        if (!s->server(params.value(u"wid"_s)))
            return unknownServer(params.value(u"wid"_s));
        HttpResponse failure;
        const auto body = bodyObject(request, &failure);
        return body ? outcomeResponse(s->updateServer(params.value(u"wid"_s), *body), 200) : failure;
    });
    add("DELETE", u"/servers/{wid}"_s, [s](const HttpRequest &, const PathParams &params) {
        return deletedResponse(s->deleteServer(params.value(u"wid"_s)));
    });

    // IDPs.
    add("GET", u"/servers/{wid}/idps"_s, [s](const HttpRequest &, const PathParams &params) {
        const QString wid = params.value(u"wid"_s);
        if (!s->server(wid))
            return unknownServer(wid);
        return HttpResponse::json(200, QJsonObject{{u"idps"_s, toArray(s->idps(wid))}});
    });
    add("POST", u"/servers/{wid}/idps/static"_s, [s](const HttpRequest &request, const PathParams &params) {
        const QString wid = params.value(u"wid"_s);
        if (!s->server(wid))
            return unknownServer(wid);
        HttpResponse failure;
        const auto body = bodyObject(request, &failure);
        return body ? outcomeResponse(s->createStaticIdp(wid, *body), 201) : failure;
    });
    add("GET", u"/servers/{wid}/idps/static/{iid}"_s, [s](const HttpRequest &, const PathParams &params) {
        return outcomeResponse(s->staticIdp(params.value(u"wid"_s), params.value(u"iid"_s)), 200);
    });
    add("PUT", u"/servers/{wid}/idps/static/{iid}"_s, [s](const HttpRequest &request, const PathParams &params) {
        const auto current = s->staticIdp(params.value(u"wid"_s), params.value(u"iid"_s));
        if (!current.ok())
            return errorResponse(current.error);
        HttpResponse failure;
        const auto body = bodyObject(request, &failure);
        return body ? outcomeResponse(s->updateStaticIdp(params.value(u"wid"_s), params.value(u"iid"_s), *body), 200) : failure;
    });
    add("DELETE", u"/servers/{wid}/idps/{iid}"_s, [s](const HttpRequest &, const PathParams &params) {
        return deletedResponse(s->deleteIdp(params.value(u"wid"_s), params.value(u"iid"_s)));
    });

    // Clients: created at tenant level with authorization_server_id in the body.
    add("POST", u"/clients"_s, [s](const HttpRequest &request, const PathParams &) {
        HttpResponse failure;
        const auto body = bodyObject(request, &failure);
        return body ? outcomeResponse(s->createClient(*body), 201) : failure;
    });
    add("GET", u"/clients/{cid}"_s, [s](const HttpRequest &, const PathParams &params) {
        return outcomeResponse(s->client(params.value(u"cid"_s)), 200);
    });
    add("PUT", u"/clients/{cid}"_s, [s](const HttpRequest &request, const PathParams &params) {
        const auto current = s->client(params.value(u"cid"_s));
        if (!current.ok())
            return errorResponse(current.error);
        HttpResponse failure;
        const auto body = bodyObject(request, &failure);
        return body ? outcomeResponse(s->updateClient(params.value(u"cid"_s), *body), 200) : failure;
    });
    add("DELETE", u"/clients/{cid}"_s, [s](const HttpRequest &, const PathParams &params) {
        return deletedResponse(s->deleteClient(params.value(u"cid"_s)));
    });
    add("GET", u"/servers/{wid}/clients"_s, [s](const HttpRequest &request, const PathParams &params) {
        const QString wid = params.value(u"wid"_s);
        if (!s->server(wid))
            return unknownServer(wid);
        const QList<QJsonObject> shown = page(s->clients(wid), request.query, u"client_id"_s, u"client_name"_s, u"after_client_id"_s);
        return HttpResponse::json(200, QJsonObject{{u"clients"_s, toArray(shown)}});
    });
}

} // namespace Sandbox
