// SPDX-License-Identifier: GPL-3.0-or-later
#include "adminapi.h"

#include "adminconditions.h"
#include "admincontract.h"
#include "idempotency.h"
#include "oauthendpoints.h"
#include "router.h"
#include "tenantstate.h"
#include "tenantstate_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

#include <algorithm>
#include <memory>

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

// The admin API's per-instance helpers: entity tags and the idempotency-key memory.
struct Conditions
{
    explicit Conditions(const AdminApiOptions &options)
        : cache(options.idempotencyWindowMs, options.idempotencyClock)
    {
    }
    EntityTagger tagger;
    IdempotencyCache cache;
};

using Inner = std::function<HttpResponse(const HttpRequest &, const PathParams &)>;

// Wraps a handler: admin bearer token first (401 / 403), then the tenant in the path (404), then
// the syntax of if-match (400); whether it matches is the handler's business.
Handler guarded(TenantState &state, const AdminTokens &tokens, Inner inner)
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
        if (!IfMatch::parse(request)) {
            return errorResponse(Contract::badRequest(
                u"the if-match header is malformed: send \"*\" or a comma-separated list of quoted ETags as read from the etag header"_s,
                u"if-match"_s));
        }
        HttpResponse response = inner(request, params);
        qCDebug(lcAdmin) << request.method << request.path << response.status;
        return response;
    };
}

// admin.json lists no 412, but RFC 9110 §13.1.1 requires one when if-match does not match: a
// client that sent if-match asked not to act on (or be shown) any other version, and 412 is the
// one status that says so. The body is admin.json's Error like every other error.
HttpResponse preconditionFailed()
{
    return errorResponse(simpleError(412, u"precondition_failed"_s,
                                     u"the resource does not match if-match (it changed since it was read); GET it again and retry with its current etag"_s));
}

// nullopt when the single document `current` may be acted on; else the 412.
std::optional<HttpResponse> checkDocument(const Conditions &c, const HttpRequest &request, const QJsonObject &current)
{
    const auto ifMatch = IfMatch::parse(request);
    if (ifMatch && ifMatch->matches(c.tagger.tag(current)))
        return std::nullopt;
    return preconditionFailed();
}

// Lists and creates act on a collection, which exists but has no entity tag: only "*" matches.
std::optional<HttpResponse> checkCollection(const HttpRequest &request)
{
    const auto ifMatch = IfMatch::parse(request);
    if (ifMatch && ifMatch->matchesCollection())
        return std::nullopt;
    return preconditionFailed();
}

// A single document (GET 200, POST 201, PUT 200) with its ETag; errors as Error bodies.
HttpResponse documentResponse(const Conditions &c, const Outcome<QJsonObject> &outcome, int status)
{
    if (!outcome.ok())
        return errorResponse(outcome.error);
    HttpResponse response = HttpResponse::json(status, *outcome.value);
    response.setHeader("ETag", c.tagger.tag(*outcome.value));
    return response;
}

// X-Idempotency-Key on a POST: a bad key is a 400; a key seen within the window replays the
// stored response for the same request and refuses (422) a different one.
Inner idempotent(const std::shared_ptr<Conditions> &c, Inner inner)
{
    return [c, inner = std::move(inner)](const HttpRequest &request, const PathParams &params) {
        const auto header = std::find_if(request.headers.cbegin(), request.headers.cend(), [](const auto &h) {
            return h.first.compare("x-idempotency-key", Qt::CaseInsensitive) == 0;
        });
        if (header == request.headers.cend())
            return inner(request, params);
        const QByteArray key = header->second.trimmed();
        if (const QString problem = IdempotencyCache::keyProblem(key); !problem.isEmpty())
            return errorResponse(Contract::badRequest(problem, u"X-Idempotency-Key"_s));
        const QString tenant = params.value(u"tid"_s);
        const QByteArray fingerprint = IdempotencyCache::fingerprint(request);
        IdempotencyCache::Found found = c->cache.find(tenant, key, fingerprint);
        switch (found.verdict) {
        case IdempotencyCache::Verdict::Replay:
            qCDebug(lcAdmin) << "replayed" << request.method << request.path << found.response.status;
            return found.response;
        case IdempotencyCache::Verdict::Mismatch: {
            // 422 as the IETF draft on the Idempotency-Key header (draft-ietf-httpapi-idempotency-key-header
            // §2.7) has it for a key reused with another payload; admin.json lists 422 on every
            // create, 409 not on createStaticIDP.
            ApiError error = simpleError(422, u"idempotency_key_reused"_s,
                                         u"this X-Idempotency-Key was used within the last minute for a different request (method, path or body); use a fresh key for a new request"_s);
            error.details = QJsonObject{{u"field"_s, u"X-Idempotency-Key"_s}};
            return errorResponse(error);
        }
        case IdempotencyCache::Verdict::New:
            break;
        }
        HttpResponse response = inner(request, params);
        c->cache.store(tenant, key, fingerprint, response);
        return response;
    };
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

void registerAdminApi(Router &router, TenantState &state, const AdminTokens &tokens, const AdminApiOptions &options)
{
    const QString base = u"/api/admin/{tid}"_s;
    const auto add = [&](const QByteArray &method, const QString &path, Inner handler) {
        router.add(method, base + path, ApiGroup::Admin, guarded(state, tokens, std::move(handler)));
    };
    TenantState *s = &state;
    const auto c = std::make_shared<Conditions>(options);

    // Workspaces.
    add("GET", u"/servers"_s, [s](const HttpRequest &request, const PathParams &) {
        if (auto failed = checkCollection(request))
            return *failed;
        // server_types: the types to list, comma separated (default: all).
        const QStringList types = request.query.queryItemValue(u"server_types"_s, QUrl::FullyDecoded).split(u',', Qt::SkipEmptyParts);
        QList<QJsonObject> servers = s->servers();
        if (!types.isEmpty())
            servers.removeIf([&types](const QJsonObject &server) { return !types.contains(server.value(u"type"_s).toString()); });
        const QList<QJsonObject> shown = page(servers, request.query, u"id"_s, u"name"_s, u"after_server_id"_s);
        return HttpResponse::json(200, QJsonObject{{u"servers"_s, toArray(shown)}});
    });
    add("POST", u"/servers"_s, idempotent(c, [s, c](const HttpRequest &request, const PathParams &) {
        if (auto failed = checkCollection(request))
            return *failed;
        HttpResponse failure;
        const auto body = bodyObject(request, &failure);
        return body ? documentResponse(*c, s->createServer(*body), 201) : failure;
    }));
    add("GET", u"/servers/{wid}"_s, [s, c](const HttpRequest &request, const PathParams &params) {
        const auto server = s->server(params.value(u"wid"_s));
        if (!server)
            return unknownServer(params.value(u"wid"_s));
        if (auto failed = checkDocument(*c, request, *server))
            return *failed;
        return documentResponse(*c, Detail::success(*server), 200);
    });
    add("PUT", u"/servers/{wid}"_s, [s, c](const HttpRequest &request, const PathParams &params) {
        const auto server = s->server(params.value(u"wid"_s));
        if (!server)
            return unknownServer(params.value(u"wid"_s));
        // RFC 9110 §13.2.1: preconditions before the request content is looked at.
        if (auto failed = checkDocument(*c, request, *server))
            return *failed;
        HttpResponse failure;
        const auto body = bodyObject(request, &failure);
        return body ? documentResponse(*c, s->updateServer(params.value(u"wid"_s), *body), 200) : failure;
    });
    add("DELETE", u"/servers/{wid}"_s, [s, c](const HttpRequest &request, const PathParams &params) {
        if (const auto server = s->server(params.value(u"wid"_s))) {
            if (auto failed = checkDocument(*c, request, *server))
                return *failed;
        }
        return deletedResponse(s->deleteServer(params.value(u"wid"_s)));
    });

    // IDPs.
    add("GET", u"/servers/{wid}/idps"_s, [s](const HttpRequest &request, const PathParams &params) {
        const QString wid = params.value(u"wid"_s);
        if (!s->server(wid))
            return unknownServer(wid);
        if (auto failed = checkCollection(request))
            return *failed;
        return HttpResponse::json(200, QJsonObject{{u"idps"_s, toArray(s->idps(wid))}});
    });
    add("POST", u"/servers/{wid}/idps/static"_s, idempotent(c, [s, c](const HttpRequest &request, const PathParams &params) {
        const QString wid = params.value(u"wid"_s);
        if (!s->server(wid))
            return unknownServer(wid);
        if (auto failed = checkCollection(request))
            return *failed;
        HttpResponse failure;
        const auto body = bodyObject(request, &failure);
        return body ? documentResponse(*c, s->createStaticIdp(wid, *body), 201) : failure;
    }));
    add("GET", u"/servers/{wid}/idps/static/{iid}"_s, [s, c](const HttpRequest &request, const PathParams &params) {
        const auto current = s->staticIdp(params.value(u"wid"_s), params.value(u"iid"_s));
        if (!current.ok())
            return errorResponse(current.error);
        if (auto failed = checkDocument(*c, request, *current.value))
            return *failed;
        return documentResponse(*c, current, 200);
    });
    add("PUT", u"/servers/{wid}/idps/static/{iid}"_s, [s, c](const HttpRequest &request, const PathParams &params) {
        const auto current = s->staticIdp(params.value(u"wid"_s), params.value(u"iid"_s));
        if (!current.ok())
            return errorResponse(current.error);
        if (auto failed = checkDocument(*c, request, *current.value))
            return *failed;
        HttpResponse failure;
        const auto body = bodyObject(request, &failure);
        return body ? documentResponse(*c, s->updateStaticIdp(params.value(u"wid"_s), params.value(u"iid"_s), *body), 200) : failure;
    });
    add("DELETE", u"/servers/{wid}/idps/{iid}"_s, [s, c](const HttpRequest &request, const PathParams &params) {
        const auto current = s->staticIdp(params.value(u"wid"_s), params.value(u"iid"_s));
        if (current.ok()) {
            if (auto failed = checkDocument(*c, request, *current.value))
                return *failed;
        }
        return deletedResponse(s->deleteIdp(params.value(u"wid"_s), params.value(u"iid"_s)));
    });

    // Clients: created at tenant level with authorization_server_id in the body.
    add("POST", u"/clients"_s, idempotent(c, [s, c](const HttpRequest &request, const PathParams &) {
        if (auto failed = checkCollection(request))
            return *failed;
        HttpResponse failure;
        const auto body = bodyObject(request, &failure);
        return body ? documentResponse(*c, s->createClient(*body), 201) : failure;
    }));
    add("GET", u"/clients/{cid}"_s, [s, c](const HttpRequest &request, const PathParams &params) {
        const auto current = s->client(params.value(u"cid"_s));
        if (!current.ok())
            return errorResponse(current.error);
        if (auto failed = checkDocument(*c, request, *current.value))
            return *failed;
        return documentResponse(*c, current, 200);
    });
    add("PUT", u"/clients/{cid}"_s, [s, c](const HttpRequest &request, const PathParams &params) {
        const auto current = s->client(params.value(u"cid"_s));
        if (!current.ok())
            return errorResponse(current.error);
        if (auto failed = checkDocument(*c, request, *current.value))
            return *failed;
        HttpResponse failure;
        const auto body = bodyObject(request, &failure);
        return body ? documentResponse(*c, s->updateClient(params.value(u"cid"_s), *body), 200) : failure;
    });
    add("DELETE", u"/clients/{cid}"_s, [s, c](const HttpRequest &request, const PathParams &params) {
        const auto current = s->client(params.value(u"cid"_s));
        if (current.ok()) {
            if (auto failed = checkDocument(*c, request, *current.value))
                return *failed;
        }
        return deletedResponse(s->deleteClient(params.value(u"cid"_s)));
    });
    add("GET", u"/servers/{wid}/clients"_s, [s](const HttpRequest &request, const PathParams &params) {
        const QString wid = params.value(u"wid"_s);
        if (!s->server(wid))
            return unknownServer(wid);
        if (auto failed = checkCollection(request))
            return *failed;
        const QList<QJsonObject> shown = page(s->clients(wid), request.query, u"client_id"_s, u"client_name"_s, u"after_client_id"_s);
        return HttpResponse::json(200, QJsonObject{{u"clients"_s, toArray(shown)}});
    });
}

} // namespace Sandbox
