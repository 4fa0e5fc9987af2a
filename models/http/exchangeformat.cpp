// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchangeformat.h"

#include "http/exchangelog.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QStringDecoder>
#include <QStringList>

#include <algorithm>
#include <climits>

namespace ExchangeFormat {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeFormat)
};

QByteArray headerValue(const QList<QPair<QByteArray, QByteArray>> &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

void appendHeaders(QStringList &lines, const QList<QPair<QByteArray, QByteArray>> &headers, bool redacted)
{
    for (const auto &[name, value] : headers) {
        const QByteArray shown = redacted ? Redaction::headerValue(name, value) : value;
        lines << QString::fromUtf8(name) + QLatin1String(": ") + QString::fromUtf8(shown);
    }
}

} // namespace

QString bodyText(const QByteArray &contentType, const QByteArray &body, bool redacted, qsizetype maxBytes)
{
    if (body.isEmpty())
        return {};
    // Binary bodies are shown by size, revealed or not; Redaction::body says so.
    const QByteArray redactedBody = Redaction::body(contentType, body);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
    const QString decoded = decoder.decode(body);
    const bool binary = decoder.hasError() || body.contains('\0');
    const QByteArray shown = redacted || binary ? redactedBody : body;

    if (shown.size() > maxBytes) {
        return QString::fromUtf8(shown.left(maxBytes)) + u'\n'
               + Text::tr("… %n more byte(s) not shown", nullptr, int(std::min<qsizetype>(shown.size() - maxBytes, INT_MAX)));
    }
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(shown, &error);
    if (error.error == QJsonParseError::NoError && !document.isNull())
        return QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed();
    return QString::fromUtf8(shown);
}

QString requestText(const HttpExchange &exchange, bool redacted)
{
    const HttpRequest &request = exchange.request;
    QStringList lines;
    const QString url = redacted ? Redaction::url(request.url) : request.url.toString(QUrl::FullyEncoded);
    lines << QString::fromLatin1(request.method.isEmpty() ? QByteArrayLiteral("GET") : request.method) + u' ' + url;
    appendHeaders(lines, request.headers, redacted);

    QStringList tls;
    if (!request.tls.caBundlePath.isEmpty())
        tls << Text::tr("extra CA bundle %1").arg(request.tls.caBundlePath);
    if (!request.tls.clientCertificatePath.isEmpty())
        tls << Text::tr("client certificate %1").arg(request.tls.clientCertificatePath);
    if (request.tls.insecure)
        tls << Text::tr("certificate verification OFF");
    if (!tls.isEmpty())
        lines << Text::tr("(TLS: %1)").arg(tls.join(QLatin1String("; ")));

    const QString body = bodyText(headerValue(request.headers, "content-type"), request.body, redacted);
    if (!body.isEmpty())
        lines << QString() << body;
    return lines.join(u'\n');
}

QString responseText(const HttpExchange &exchange, bool redacted)
{
    const HttpResponse &response = exchange.response;
    QStringList lines;
    if (response.status > 0)
        lines << Text::tr("HTTP %1 (%2 ms)").arg(response.status).arg(response.elapsedMs);
    else
        lines << Text::tr("No response (%1 ms)").arg(response.elapsedMs);
    if (response.url.isValid() && response.url != exchange.request.url) {
        lines << Text::tr("(final URL after redirects: %1)")
                     .arg(redacted ? Redaction::url(response.url) : response.url.toString(QUrl::FullyEncoded));
    }
    appendHeaders(lines, response.headers, redacted);
    const QString body = bodyText(headerValue(response.headers, "content-type"), response.body, redacted);
    if (!body.isEmpty())
        lines << QString() << body;
    if (!response.error.isEmpty())
        lines << QString() << response.error;
    return lines.join(u'\n');
}

QString stepDetail(const QString &detail, bool redacted)
{
    if (!redacted || detail.isEmpty())
        return detail;
    // Word by word: URLs through Redaction::url, "name=value&…" like a query, the rest as is.
    QStringList lines = detail.split(u'\n');
    for (QString &line : lines) {
        QStringList words = line.split(u' ');
        for (QString &word : words) {
            if (word.contains(QLatin1String("://"))) {
                const QUrl url(word);
                if (url.isValid() && (url.hasQuery() || url.hasFragment() || !url.password().isEmpty())) {
                    word = Redaction::url(url);
                    continue;
                }
            }
            if (word.contains(u'='))
                word = QString::fromUtf8(Redaction::body("application/x-www-form-urlencoded", word.toUtf8()));
        }
        line = words.join(u' ');
    }
    return lines.join(u'\n');
}

} // namespace ExchangeFormat
