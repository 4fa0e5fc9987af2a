// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolerequest.h"
#include "http/httpsyntax.h"

#include "http/exchangelog.h" // Redaction: the exchange log's rules, reused for the history

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Console {

namespace {

const QString kRedacted = u"[redacted]"_s;

// RFC 9110 §5.5: a field value is visible characters, spaces and tabs; CR, LF and NUL would
// split or end the header (request smuggling), other controls are refused as well.
bool isFieldValue(QStringView s)
{
    for (QChar c : s) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t') || u == 0x7f)
            return false;
    }
    return true;
}

// Header names whose values are secrets even when the console does not know the profile (the
// history has no profile): the exchange log's secret headers, plus API-key style names.
bool isSecretHeaderName(const QString &name)
{
    const QByteArray latin = name.trimmed().toLatin1();
    if (Redaction::headerValue(latin, "x") != "x")
        return true;
    const QString lower = name.trimmed().toLower();
    static const QStringList parts = {u"token"_s, u"key"_s, u"secret"_s, u"auth"_s, u"password"_s, u"session"_s,
                                      u"cookie"_s, u"credential"_s, u"signature"_s};
    for (const QString &part : parts) {
        if (lower.contains(part))
            return true;
    }
    return false;
}

// A query field or form member the exchange log would redact (client_secret, code, token, …).
bool isSecretField(const QString &name, const QString &value)
{
    const QByteArray form = QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value.isEmpty() ? u"x"_s : value);
    return Redaction::body("application/x-www-form-urlencoded", form) != form;
}

QJsonArray pairsToJson(const QList<QPair<QString, QString>> &pairs)
{
    QJsonArray array;
    for (const auto &[name, value] : pairs)
        array.append(QJsonObject{{u"name"_s, name}, {u"value"_s, value}});
    return array;
}

std::optional<QList<QPair<QString, QString>>> pairsFromJson(const QJsonValue &value)
{
    QList<QPair<QString, QString>> pairs;
    if (value.isUndefined() || value.isNull())
        return pairs;
    if (!value.isArray())
        return std::nullopt;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        const QJsonObject object = item.toObject();
        if (!item.isObject() || !object.value(u"name"_s).isString() || !object.value(u"value"_s).isString())
            return std::nullopt;
        pairs.append({object.value(u"name"_s).toString(), object.value(u"value"_s).toString()});
    }
    return pairs;
}

QString headerValueOf(const QList<QPair<QString, QString>> &headers, QStringView name)
{
    for (const auto &[n, v] : headers) {
        if (n.trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

bool hasHeader(const QList<QPair<QString, QString>> &headers, QStringView name)
{
    return std::any_of(headers.cbegin(), headers.cend(),
                       [name](const auto &h) { return h.first.trimmed().compare(name, Qt::CaseInsensitive) == 0; });
}

// scheme://host[:port] of a URL, as {base} gives it.
QString baseOf(const QUrl &url)
{
    if (url.isEmpty() || url.host().isEmpty())
        return {};
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
        .toString(QUrl::FullyEncoded);
}

// The body a valid JSON document, re-indented without reordering members or touching numbers
// (QJsonDocument sorts object members and turns large integers into doubles).
QByteArray indentJson(const QByteArray &body)
{
    QByteArray out;
    out.reserve(body.size() * 2);
    int depth = 0;
    const auto newline = [&out, &depth] {
        out += '\n';
        out += QByteArray(depth * 4, ' ');
    };
    for (qsizetype i = 0; i < body.size(); ++i) {
        const char c = body.at(i);
        if (c == '"') {
            const qsizetype start = i;
            for (++i; i < body.size() && body.at(i) != '"'; ++i) {
                if (body.at(i) == '\\')
                    ++i;
            }
            out += body.mid(start, i - start + 1);
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            continue;
        if (c == '{' || c == '[') {
            // An empty object or array stays on one line.
            qsizetype next = i + 1;
            while (next < body.size() && QByteArrayView(" \t\r\n").contains(body.at(next)))
                ++next;
            if (next < body.size() && (body.at(next) == '}' || body.at(next) == ']')) {
                out += c;
                out += body.at(next);
                i = next;
                continue;
            }
            out += c;
            ++depth;
            newline();
        } else if (c == '}' || c == ']') {
            --depth;
            newline();
            out += c;
        } else if (c == ',') {
            out += c;
            newline();
        } else if (c == ':') {
            out += ": ";
        } else {
            out += c;
        }
    }
    out += '\n';
    return out;
}

} // namespace

QString authKindName(AuthKind kind)
{
    switch (kind) {
    case AuthKind::None:
        break;
    case AuthKind::Bearer:
        return u"bearer"_s;
    case AuthKind::ApiToken:
        return u"api_token"_s;
    case AuthKind::Basic:
        return u"basic"_s;
    }
    return u"none"_s;
}

std::optional<AuthKind> authKindFromName(QStringView name)
{
    for (AuthKind kind : {AuthKind::None, AuthKind::Bearer, AuthKind::ApiToken, AuthKind::Basic}) {
        if (name == authKindName(kind))
            return kind;
    }
    return std::nullopt;
}

QJsonObject ConsoleRequest::toJson() const
{
    QList<QPair<QString, QString>> safeHeaders;
    for (const auto &[name, value] : headers)
        safeHeaders.append({name, isSecretHeaderName(name) && !value.isEmpty() ? kRedacted : value});

    QList<QPair<QString, QString>> safeQuery;
    for (const auto &[name, value] : query)
        safeQuery.append({name, isSecretField(name, value) && !value.isEmpty() ? kRedacted : value});

    // A query typed into the URL itself: its secret fields as the exchange log shows them.
    QString safeUrl = url;
    if (const qsizetype question = url.indexOf(u'?'); question >= 0) {
        const qsizetype hash = url.indexOf(u'#', question);
        const QByteArray q = url.mid(question + 1, hash < 0 ? -1 : hash - question - 1).toUtf8();
        safeUrl = url.left(question + 1) + QString::fromUtf8(Redaction::body("application/x-www-form-urlencoded", q))
            + (hash < 0 ? QString() : url.mid(hash));
    }

    QJsonObject json{
        {u"method"_s, QString::fromLatin1(method)},
        {u"url"_s, safeUrl},
        {u"headers"_s, pairsToJson(safeHeaders)},
        {u"query"_s, pairsToJson(safeQuery)},
        {u"auth"_s, authKindName(auth)},
    };
    if (!body.isEmpty()) {
        const QByteArray contentType = headerValueOf(headers, u"Content-Type").toUtf8();
        json.insert(u"body"_s, QString::fromUtf8(Redaction::body(contentType, body)));
    }
    if (!basicUser.isEmpty())
        json.insert(u"basic_user"_s, basicUser);
    return json;
}

std::optional<ConsoleRequest> ConsoleRequest::fromJson(const QJsonObject &json)
{
    ConsoleRequest request;
    const QJsonValue method = json.value(u"method"_s);
    if (!method.isUndefined()) {
        if (!method.isString() || !Http::isToken(method.toString()))
            return std::nullopt;
        request.method = method.toString().toLatin1();
    }
    const QJsonValue url = json.value(u"url"_s);
    if (!url.isString())
        return std::nullopt;
    request.url = url.toString();

    const auto headers = pairsFromJson(json.value(u"headers"_s));
    const auto query = pairsFromJson(json.value(u"query"_s));
    if (!headers || !query)
        return std::nullopt;
    request.headers = *headers;
    request.query = *query;

    const QJsonValue body = json.value(u"body"_s);
    if (!body.isUndefined() && !body.isNull()) {
        if (!body.isString())
            return std::nullopt;
        request.body = body.toString().toUtf8();
    }
    const QJsonValue auth = json.value(u"auth"_s);
    if (!auth.isUndefined()) {
        const auto kind = authKindFromName(auth.toString());
        if (!auth.isString() || !kind)
            return std::nullopt;
        request.auth = *kind;
    }
    const QJsonValue user = json.value(u"basic_user"_s);
    if (!user.isUndefined() && !user.isNull()) {
        if (!user.isString())
            return std::nullopt;
        request.basicUser = user.toString();
    }
    return request;
}

QList<QPair<QString, QString>> variables(const Profiles::Profile &profile)
{
    // {base}: the issuer's origin; a profile without an issuer (API-token mode) falls back to
    // its first endpoint so {base} still names its server.
    QString base = baseOf(profile.issuer);
    for (const QUrl &endpoint : profile.endpoints.urls) {
        if (!base.isEmpty())
            break;
        base = baseOf(endpoint);
    }
    QString issuer = profile.issuer.isEmpty() ? QString() : profile.issuer.toString(QUrl::FullyEncoded);
    while (issuer.endsWith(u'/'))
        issuer.chop(1);
    return {
        {u"{base}"_s, base},
        {u"{tid}"_s, profile.presetFields.value(u"tenant_id"_s)},
        {u"{wid}"_s, profile.presetFields.value(u"workspace_id"_s)},
        {u"{issuer}"_s, issuer},
    };
}

std::optional<QUrl> expandUrl(const QString &templ, const Profiles::Profile &profile, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<QUrl> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QList<QPair<QString, QString>> values = variables(profile);
    static const QRegularExpression variable(u"\\{([A-Za-z_][A-Za-z0-9_]*)\\}"_s);

    QString expanded;
    qsizetype last = 0;
    auto it = variable.globalMatch(templ);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString name = match.captured(0);
        const auto known = std::find_if(values.cbegin(), values.cend(), [&name](const auto &v) { return v.first == name; });
        if (known == values.cend())
            return fail(ConsoleRequest::tr("The URL uses %1, which is not a variable: use {base}, {tid}, {wid} or "
                                           "{issuer}, or remove the braces.")
                            .arg(name));
        if (known->second.isEmpty())
            return fail(ConsoleRequest::tr("The URL uses %1, but the connection \"%2\" has no value for it: set it in "
                                           "the connection, or write the URL out.")
                            .arg(name, profile.name));
        expanded += templ.mid(last, match.capturedStart() - last);
        // Tenant and workspace ids go into a path segment: encoded, so a "/" or "?" in one
        // cannot change the URL's shape.
        const bool segment = name == u"{tid}" || name == u"{wid}";
        expanded += segment ? QString::fromLatin1(QUrl::toPercentEncoding(known->second)) : known->second;
        last = match.capturedEnd();
    }
    expanded += templ.mid(last);

    const QUrl url(expanded.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty())
        return fail(ConsoleRequest::tr("\"%1\" is not an http:// or https:// URL with a host: start it with {base}, "
                                       "{issuer} or https://.")
                        .arg(expanded));
    return url;
}

std::optional<QString> jsonProblem(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return std::nullopt;
    QJsonParseError parseError;
    QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError)
        return std::nullopt;
    // offset: bytes from the start, usually just past the character that broke the document
    // (the '"' where a comma was missing, the '}' after a trailing comma): step back onto it so
    // the column names that character. Lines and columns count characters, from 1.
    qsizetype offset = std::clamp<qsizetype>(parseError.offset, 0, body.size());
    if (offset > 0 && !QByteArrayView(" \t\r\n").contains(body.at(offset - 1))) {
        --offset;
        while (offset > 0 && (static_cast<unsigned char>(body.at(offset)) & 0xC0) == 0x80)
            --offset; // to the start of a multi-byte character
    }
    const QByteArray before = body.left(offset);
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = QString::fromUtf8(before.mid(lineStart)).size() + 1;
    return ConsoleRequest::tr("line %1, column %2: %3").arg(line).arg(column).arg(parseError.errorString());
}

QByteArray formatJson(const QByteArray &body)
{
    const QByteArray trimmed = body.trimmed();
    if (!(trimmed.startsWith('{') || trimmed.startsWith('[')))
        return body;
    QJsonParseError parseError;
    QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return body;
    return indentJson(trimmed);
}

std::optional<HttpRequest> buildRequest(const ConsoleRequest &request, const Profiles::Profile &profile,
                                        const Credentials &credentials, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<HttpRequest> {
        if (error)
            *error = message;
        return std::nullopt;
    };

    HttpRequest http;
    http.method = request.method.trimmed().isEmpty() ? QByteArrayLiteral("GET") : request.method.trimmed().toUpper();
    if (!Http::isToken(QString::fromLatin1(http.method)))
        return fail(ConsoleRequest::tr("\"%1\" is not an HTTP method: use GET, POST, PUT, PATCH, DELETE or another "
                                       "single word.")
                        .arg(QString::fromLatin1(request.method)));

    std::optional<QUrl> url = expandUrl(request.url, profile, error);
    if (!url)
        return std::nullopt;
    if (!request.query.isEmpty()) {
        // Every name and value percent-encoded as a whole: a space is %20 (not "+", which a
        // server reads as a space anyway), "&", "=", "+" and "#" stay data, non-ASCII is UTF-8.
        QString query = url->query(QUrl::FullyEncoded);
        for (const auto &[name, value] : request.query) {
            if (name.isEmpty())
                continue;
            if (!query.isEmpty())
                query += u'&';
            query += QString::fromLatin1(QUrl::toPercentEncoding(name)) + u'='
                + QString::fromLatin1(QUrl::toPercentEncoding(value));
        }
        url->setQuery(query, QUrl::StrictMode);
    }
    http.url = *url;

    // The header the authorization sets, so a header typed by hand cannot contradict it.
    QString authHeader;
    QString authValue;
    switch (request.auth) {
    case AuthKind::None:
        break;
    case AuthKind::Bearer:
        if (credentials.bearerToken.trimmed().isEmpty())
            return fail(ConsoleRequest::tr("There is no token for a Bearer authorization: get one on the Tokens page, "
                                           "or choose another authorization."));
        authHeader = u"Authorization"_s;
        authValue = u"Bearer "_s + credentials.bearerToken.trimmed();
        break;
    case AuthKind::ApiToken:
        if (credentials.apiToken.trimmed().isEmpty())
            return fail(ConsoleRequest::tr("The connection \"%1\" has no API token in the keychain: store it in the "
                                           "connection's API token field, or choose another authorization.")
                            .arg(profile.name));
        authHeader = profile.apiToken.headerName.trimmed();
        if (!Http::isToken(authHeader))
            return fail(ConsoleRequest::tr("The API token header name \"%1\" of the connection is not a valid header "
                                           "name: correct it in the connection.")
                            .arg(profile.apiToken.headerName));
        authValue = profile.apiToken.prefix + QString::fromUtf8(credentials.apiToken.trimmed());
        break;
    case AuthKind::Basic:
        if (request.basicUser.isEmpty())
            return fail(ConsoleRequest::tr("Enter the user name for Basic authorization."));
        if (request.basicUser.contains(u':') || !isFieldValue(request.basicUser))
            return fail(ConsoleRequest::tr("The Basic user name must not contain \":\" or control characters (RFC "
                                           "7617): correct it, or use another authorization."));
        if (credentials.basicPassword.isEmpty())
            return fail(ConsoleRequest::tr("Enter the password for Basic authorization."));
        // RFC 7617 §2.1 with charset UTF-8.
        authHeader = u"Authorization"_s;
        authValue = u"Basic "_s
            + QString::fromLatin1((request.basicUser + u':' + credentials.basicPassword).toUtf8().toBase64());
        break;
    }
    if (!authHeader.isEmpty() && !isFieldValue(authValue))
        return fail(ConsoleRequest::tr("The credential for the %1 header contains a line break or control "
                                       "character: copy it again without them.")
                        .arg(authHeader));

    for (const auto &[rawName, value] : request.headers) {
        const QString name = rawName.trimmed();
        if (name.isEmpty())
            continue;
        if (!Http::isToken(name))
            return fail(ConsoleRequest::tr("\"%1\" is not a valid header name: use letters, digits and - (for "
                                           "example X-Request-Id).")
                            .arg(name));
        if (!isFieldValue(value))
            return fail(ConsoleRequest::tr("The value of the header %1 contains a line break or control character: "
                                           "remove it.")
                            .arg(name));
        if (!authHeader.isEmpty() && name.compare(authHeader, Qt::CaseInsensitive) == 0)
            return fail(ConsoleRequest::tr("The header %1 is also set by the chosen authorization: remove the header, "
                                           "or choose no authorization.")
                            .arg(name));
        http.headers.append({name.toLatin1(), value.trimmed().toUtf8()});
    }
    if (!authHeader.isEmpty())
        http.headers.append({authHeader.toLatin1(), authValue.toUtf8()});

    http.body = request.body;
    const QByteArray trimmedBody = request.body.trimmed();
    if ((trimmedBody.startsWith('{') || trimmedBody.startsWith('[')) && !jsonProblem(request.body)
        && !hasHeader(request.headers, u"Content-Type"))
        http.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});

    http.tls.caBundlePath = profile.tls.caBundlePath;
    http.tls.insecure = profile.tls.insecure;
    if (profile.authMethod == Profiles::ClientAuthMethod::TlsClientAuth)
        http.tls.clientCertificatePath = profile.tls.clientCertificatePath;
    return http;
}

QString formatSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

} // namespace Console
