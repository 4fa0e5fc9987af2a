// SPDX-License-Identifier: GPL-3.0-or-later
#include "admin/adminerrors.h"

#include <QJsonDocument>

namespace Admin {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(AdminErrors)
};

constexpr int MaxFieldErrors = 50;
constexpr int MaxTextChars = 500;        // server texts shown to the user
constexpr int MaxPlainBodyChars = 200;   // a non-JSON body quoted in the message

QByteArray headerValue(const HttpResponse &http, const QByteArray &name)
{
    for (const auto &header : http.headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

// One line, no control characters, at most max characters (an ellipsis when cut).
QString shortened(const QString &text, int max)
{
    QString out = text;
    for (QChar &c : out) {
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    }
    out = out.simplified();
    if (out.size() > max)
        out = out.left(max - 1) + QChar(0x2026);
    return out;
}

QString valueText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &item : value.toArray()) {
            if (item.isString())
                parts.append(item.toString());
            if (parts.size() >= 10)
                break;
        }
        return parts.join(QLatin1String("; "));
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (const char *key : {"message", "error", "reason"}) {
            const QJsonValue member = object.value(QLatin1String(key));
            if (member.isString())
                return member.toString();
        }
    }
    return {};
}

QString fieldHint(const QList<FieldError> &fields)
{
    if (fields.isEmpty())
        return {};
    QStringList names;
    for (const FieldError &field : fields)
        names.append(QLatin1Char('"') + field.field + QLatin1Char('"'));
    return Text::tr(" Field: %1.").arg(names.join(QLatin1String(", ")));
}

} // namespace

QList<FieldError> fieldErrorsFrom(const QJsonValue &details, const QString &errorText)
{
    QList<FieldError> out;
    if (!details.isObject())
        return out;
    const QJsonObject object = details.toObject();
    const QJsonValue named = object.value(QLatin1String("field"));
    if (named.isString()) {
        if (!named.toString().trimmed().isEmpty()) {
            QString message = valueText(object.value(QLatin1String("message")));
            if (message.isEmpty())
                message = errorText;
            out.append({shortened(named.toString(), MaxTextChars), shortened(message, MaxTextChars)});
        }
        return out;
    }
    // A details object keyed by field names: {"redirect_uris": "must be https", ...}.
    for (auto it = object.constBegin(); it != object.constEnd() && out.size() < MaxFieldErrors; ++it) {
        if (it.key().trimmed().isEmpty())
            continue;
        const QString message = valueText(it.value());
        if (message.isEmpty())
            continue;
        out.append({shortened(it.key(), MaxTextChars), shortened(message, MaxTextChars)});
    }
    return out;
}

AdminResult resultFromResponse(const HttpResponse &http, const ResponseContext &context)
{
    AdminResult result;
    result.http = http;
    result.json = QJsonValue(QJsonValue::Undefined);
    result.etag = QString::fromLatin1(headerValue(http, "ETag"));
    result.replayed = headerValue(http, "X-Idempotent-Replayed").trimmed().compare("true", Qt::CaseInsensitive) == 0;

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(http.body, &parseError);
    if (parseError.error == QJsonParseError::NoError) {
        if (document.isObject())
            result.json = document.object();
        else if (document.isArray())
            result.json = document.array();
    }

    if (http.status >= 200 && http.status < 300 && http.error.isEmpty())
        return result;

    const QString what = QString::fromLatin1(context.method) + QLatin1Char(' ') + context.path;
    if (http.status == 0) {
        // Nothing came back: HttpClient's (or RetryingRequest's) translated reason says why.
        result.error = http.error.isEmpty()
                           ? Text::tr("The admin API did not answer %1. Check the connection's address and try again.").arg(what)
                           : http.error;
        return result;
    }

    // admin.json Error: {"error", "error_code", "status_code", "details"}.
    const QJsonObject errorDoc = result.json.toObject();
    QString serverText = shortened(valueText(errorDoc.value(QLatin1String("error"))), MaxTextChars);
    const QJsonValue code = errorDoc.value(QLatin1String("error_code"));
    if (code.isString())
        result.errorCode = shortened(code.toString(), 100);
    result.fieldErrors = fieldErrorsFrom(errorDoc.value(QLatin1String("details")), serverText);
    if (serverText.isEmpty() && result.json.isUndefined()) {
        // Not JSON (a proxy's HTML page, plain text): quote the start of it.
        serverText = shortened(QString::fromUtf8(http.body.left(MaxPlainBodyChars * 4)), MaxPlainBodyChars);
    }
    if (serverText.isEmpty())
        serverText = Text::tr("no explanation given");

    const int status = http.status;
    const QString fields = fieldHint(result.fieldErrors);
    switch (status) {
    case 400:
        result.error = Text::tr("The admin API refused %1 as malformed (400): %2.%3 Correct the request and send it again.")
                           .arg(what, serverText, fields);
        break;
    case 422:
        result.error = Text::tr("The admin API could not accept a value in %1 (422): %2.%3 Correct the value and send "
                                "it again.")
                           .arg(what, serverText, fields);
        break;
    case 401:
        result.error = context.afterFreshToken
                           ? Text::tr("The admin API refused even a freshly fetched admin token for %1 (401): %2. Check "
                                      "the admin client's secret and its access to the admin workspace.")
                                 .arg(what, serverText)
                           : Text::tr("The admin API refused the admin token for %1 (401): %2. Check the admin client's "
                                      "secret and its access to the admin workspace.")
                                 .arg(what, serverText);
        break;
    case 403:
        result.error = Text::tr("The admin client may not do %1 (403): %2. Grant it access to the admin API in the "
                                "admin workspace, or use another admin client.")
                           .arg(what, serverText);
        break;
    case 404:
        result.error = Text::tr("Not found: %1 (404): %2. Check the id and the tenant; it may have been deleted.")
                           .arg(what, serverText);
        break;
    case 409:
        result.error = Text::tr("The id is taken: %1 (409): %2.%3 Choose another id, or update the existing one "
                                "instead.")
                           .arg(what, serverText, fields);
        break;
    case 412:
        result.error = Text::tr("%1 changed on the server since it was read (412): %2. Read it again and reapply your "
                                "change.")
                           .arg(what, serverText);
        break;
    case 429:
        result.error = Text::tr("The admin API is still rate limiting %1 after %n retries (429): %2. Wait a minute and "
                                "try again, or lower the pace.",
                                nullptr, context.retries)
                           .arg(what, serverText);
        break;
    default:
        if (status >= 500)
            result.error = Text::tr("The admin API failed on %1 (HTTP %2): %3. Try again later; if it persists, check "
                                    "the tenant's status.")
                               .arg(what, QString::number(status), serverText);
        else
            result.error = Text::tr("The admin API answered %1 with HTTP %2: %3. Check the request and the admin "
                                    "connection.")
                               .arg(what, QString::number(status), serverText);
        break;
    }
    return result;
}

} // namespace Admin
