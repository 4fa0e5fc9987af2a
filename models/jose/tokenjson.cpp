// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenjson.h"

#include "base64url.h"

#include <QJsonArray>
#include <QStringDecoder>

namespace Jose {

namespace {

QJsonValue payloadValue(const DecodedToken &token)
{
    if (token.claims)
        return *token.claims;
    if (token.kind == TokenKind::Jwe || token.kind == TokenKind::Opaque)
        return QJsonValue::Null;
    if (token.kind == TokenKind::Malformed && token.payload.isEmpty())
        return QJsonValue::Null;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(token.payload);
    if (!decoder.hasError())
        return text;
    return QString::fromLatin1(base64UrlEncode(token.payload));
}

} // namespace

QJsonObject decodeToJson(const DecodedToken &token)
{
    QJsonObject document;
    document.insert(QLatin1StringView("kind"), tokenKindName(token.kind));
    if (token.header.isEmpty() && (token.kind == TokenKind::Opaque || token.kind == TokenKind::Malformed))
        document.insert(QLatin1StringView("header"), QJsonValue::Null);
    else
        document.insert(QLatin1StringView("header"), token.header);
    document.insert(QLatin1StringView("payload"), payloadValue(token));
    document.insert(QLatin1StringView("signature_bytes"), token.signature.size());
    if (token.kind == TokenKind::Jwe)
        document.insert(QLatin1StringView("encrypted"), true);
    QJsonArray problems;
    for (const DecodeProblem &problem : token.problems) {
        problems.append(QJsonObject{
            {QLatin1StringView("part"), tokenPartName(problem.part)},
            {QLatin1StringView("message"), problem.message},
        });
    }
    document.insert(QLatin1StringView("problems"), problems);
    if (token.kind == TokenKind::Opaque) {
        document.insert(QLatin1StringView("opaque"), QJsonObject{
            {QLatin1StringView("length"), token.opaque.length},
            {QLatin1StringView("character_set"), token.opaque.characterSet},
        });
    }
    return document;
}

QJsonObject verifyToJson(const DecodedToken &token, const VerifyReport &report)
{
    QJsonObject document = decodeToJson(token);
    QJsonArray checks;
    for (const Check &check : report.checks) {
        checks.append(QJsonObject{
            {QLatin1StringView("name"), check.name},
            {QLatin1StringView("status"), checkStatusName(check.status)},
            {QLatin1StringView("detail"), check.detail},
        });
    }
    document.insert(QLatin1StringView("checks"), checks);
    document.insert(QLatin1StringView("valid"), report.valid());
    return document;
}

} // namespace Jose
