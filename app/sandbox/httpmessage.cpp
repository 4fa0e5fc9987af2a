// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpmessage.h"

namespace Sandbox {

QByteArray HttpRequest::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QUrlQuery HttpRequest::form() const
{
    return parseFormEncoded(body);
}

QUrlQuery parseFormEncoded(QByteArrayView encoded)
{
    // application/x-www-form-urlencoded: '+' is a space. QUrlQuery itself keeps '+' literal, so
    // turn it into %20 before QUrlQuery parses the (still percent-encoded) text.
    QByteArray text = encoded.toByteArray();
    text.replace('+', QByteArrayLiteral("%20"));
    return QUrlQuery(QString::fromUtf8(text));
}

QString formValue(const QUrlQuery &query, const QString &key)
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    bool replaced = false;
    for (qsizetype i = 0; i < headers.size();) {
        if (headers[i].first.compare(name, Qt::CaseInsensitive) == 0) {
            if (replaced) {
                headers.removeAt(i);
                continue;
            }
            headers[i] = {name, value};
            replaced = true;
        }
        ++i;
    }
    if (!replaced)
        headers.append({name, value});
}

HttpResponse HttpResponse::json(int status, const QJsonObject &object)
{
    return json(status, QJsonDocument(object));
}

HttpResponse HttpResponse::json(int status, const QJsonDocument &document)
{
    HttpResponse response;
    response.status = status;
    response.setHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    response.body = document.toJson(QJsonDocument::Compact);
    return response;
}

HttpResponse HttpResponse::html(int status, const QByteArray &page)
{
    HttpResponse response;
    response.status = status;
    response.setHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/html; charset=utf-8"));
    response.body = page;
    return response;
}

HttpResponse HttpResponse::redirect(const QUrl &location, int status)
{
    HttpResponse response;
    response.status = status;
    response.setHeader(QByteArrayLiteral("Location"), location.toEncoded());
    return response;
}

HttpResponse HttpResponse::empty(int status)
{
    HttpResponse response;
    response.status = status;
    return response;
}

} // namespace Sandbox
