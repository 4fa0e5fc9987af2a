// SPDX-License-Identifier: GPL-3.0-or-later
#include "adminconditions.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace Sandbox {

EntityTagger::EntityTagger()
{
    m_key.resize(32);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(m_key.data()), m_key.size() / 4);
}

QByteArray EntityTagger::tag(const QJsonObject &document) const
{
    // QJsonObject keeps its keys sorted, so equal documents serialise to equal bytes.
    const QByteArray canonical = QJsonDocument(document).toJson(QJsonDocument::Compact);
    const QByteArray mac = QMessageAuthenticationCode::hash(canonical, m_key, QCryptographicHash::Sha256);
    return '"' + mac.left(16).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) + '"';
}

namespace {

bool isEtagChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    // RFC 9110 §8.8.3: etagc = %x21 / %x23-7E / obs-text
    return u == 0x21 || (u >= 0x23 && u != 0x7F);
}

bool isWhitespace(char c)
{
    return c == ' ' || c == '\t';
}

} // namespace

std::optional<IfMatch> IfMatch::parse(const HttpRequest &request)
{
    IfMatch out;
    QByteArray field;
    for (const auto &[name, value] : request.headers) {
        if (name.compare("if-match", Qt::CaseInsensitive) != 0)
            continue;
        // RFC 9110 §5.3: several field lines are one comma-separated list.
        if (out.present)
            field += ',';
        field += value;
        out.present = true;
    }
    if (!out.present)
        return out;
    const QByteArray trimmed = field.trimmed();
    if (trimmed == "*") {
        out.any = true;
        return out;
    }
    qsizetype i = 0;
    const qsizetype n = field.size();
    while (i < n) {
        while (i < n && (isWhitespace(field[i]) || field[i] == ','))
            ++i;
        if (i >= n)
            break;
        const qsizetype start = i;
        if (field[i] == 'W' && i + 1 < n && field[i + 1] == '/')
            i += 2;
        if (i >= n || field[i] != '"')
            return std::nullopt;
        ++i;
        while (i < n && isEtagChar(field[i]))
            ++i;
        if (i >= n || field[i] != '"')
            return std::nullopt;
        ++i;
        out.tags.append(field.mid(start, i - start));
        while (i < n && isWhitespace(field[i]))
            ++i;
        if (i < n && field[i] != ',')
            return std::nullopt;
    }
    if (out.tags.isEmpty())
        return std::nullopt; // only commas and spaces: neither "*" nor an entity tag
    return out;
}

bool IfMatch::matches(const QByteArray &currentTag) const
{
    if (!present || any)
        return true;
    return tags.contains(currentTag); // a "W/…" element never equals a strong tag
}

} // namespace Sandbox
