// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers shared by the JOSE key and signature tests: a strict compact-JWS splitter (the token
// decoder is tested on its own) and the path of the vector files.

#include "jose/algorithm.h"
#include "jose/jsonwebkey.h"
#include "jose/signature.h"

#include <QByteArray>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace JoseTest {

inline QString vectorPath(const QString &relative)
{
    return QStringLiteral(TOKENSCOPE_TEST_DATA_DIR "/vectors/") + relative;
}

inline QJsonObject readJsonFile(const QString &relative)
{
    QFile file(vectorPath(relative));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

inline QByteArray b64(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// Canonical base64url only: anything that does not re-encode to itself is refused.
inline std::optional<QByteArray> unb64(const QByteArray &text)
{
    for (const char c : text) {
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'))
            return std::nullopt;
    }
    auto result = QByteArray::fromBase64Encoding(text, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!result || b64(result.decoded) != text)
        return std::nullopt;
    return result.decoded;
}

struct Compact
{
    QJsonObject header;
    QByteArray payload;
    QByteArray signingInput;
    QByteArray signature;
};

inline std::optional<Compact> splitCompact(const QByteArray &token)
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3 || parts.at(0).isEmpty() || parts.at(2).isEmpty())
        return std::nullopt;
    const auto header = unb64(parts.at(0));
    const auto payload = unb64(parts.at(1));
    const auto signature = unb64(parts.at(2));
    if (!header || !payload || !signature)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(*header, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return Compact{document.object(), *payload, parts.at(0) + '.' + parts.at(1), *signature};
}

// What a verifier does with a compact token and a key set: pick keys by the header, accept when
// one of them verifies. RSA keys under 2048 bits are refused here as the caller's policy:
// Wycheproof expects it, while the library loads such keys and reports their bits (the token
// verifier's "key" check warns about them).
inline bool verifyCompact(const QByteArray &token, const Jose::KeySet &keys, QString *why = nullptr)
{
    const auto compact = splitCompact(token);
    if (!compact) {
        if (why)
            *why = QStringLiteral("not a compact JWS");
        return false;
    }
    const auto algorithm = Jose::algorithmFromName(compact->header.value(QLatin1String("alg")).toString());
    if (!algorithm) {
        if (why)
            *why = QStringLiteral("unknown alg");
        return false;
    }
    const Jose::KeySelection selection = Jose::selectKeys(keys, compact->header);
    if (why)
        *why = selection.note;
    for (const Jose::JsonWebKey &key : selection.candidates) {
        if (key.type == Jose::KeyType::Rsa && key.bits < 2048) {
            if (why)
                *why = QStringLiteral("RSA key under 2048 bits");
            continue;
        }
        const Jose::SignatureCheck check = Jose::verifySignature(*algorithm, key, compact->signingInput, compact->signature);
        if (why)
            *why = check.detail;
        if (check.valid)
            return true;
    }
    return false;
}

} // namespace JoseTest
