// SPDX-License-Identifier: GPL-3.0-or-later
#include "decodedtoken.h"

#include "base64url.h"
#include "tokeninput.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QVarLengthArray>

namespace Jose {

namespace {

// Text::tr() with a fixed context that lupdate sees as well.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(DecodedToken)
};


QString partLabel(TokenPart part);

// A token's dot-separated parts, as views into its ASCII bytes.
using TokenParts = QVarLengthArray<QByteArrayView, 8>;

// The message names the part (translated) before the detail, unless it is about the whole token.
DecodeProblem makeProblem(TokenPart part, const QString &detail, bool fatal)
{
    const QString message = part == TokenPart::Whole
        ? detail
        : Text::tr("%1: %2", "a problem with one part of a token: the part's name, the problem").arg(partLabel(part), detail);
    return {part, message, fatal, detail};
}

DecodeProblem fatalProblem(TokenPart part, const QString &detail)
{
    return makeProblem(part, detail, true);
}

DecodeProblem note(TokenPart part, const QString &detail)
{
    return makeProblem(part, detail, false);
}

QString partLabel(TokenPart part)
{
    switch (part) {
    case TokenPart::Whole: return Text::tr("token");
    case TokenPart::Header: return Text::tr("header");
    case TokenPart::Payload: return Text::tr("payload");
    case TokenPart::Signature: return Text::tr("signature");
    case TokenPart::EncryptedKey: return Text::tr("encrypted key");
    case TokenPart::InitializationVector: return Text::tr("initialization vector");
    case TokenPart::Ciphertext: return Text::tr("ciphertext");
    case TokenPart::AuthenticationTag: return Text::tr("authentication tag");
    }
    return {};
}

QString printable(char c)
{
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x21 && u < 0x7f)
        return QString(QLatin1Char(c));
    return QStringLiteral("0x%1").arg(u, 2, 16, QLatin1Char('0'));
}

// Decodes one base64url segment; on failure appends a fatal problem that says where.
// segmentOffset is the segment's position in the whole token, so the offset we report is one
// the user can find in what they pasted.
std::optional<QByteArray> decodeSegment(QByteArrayView segment, qsizetype segmentOffset, TokenPart part,
                                        QList<DecodeProblem> &problems)
{
    if (auto decoded = base64UrlDecode(segment)) {
        if (segment.endsWith('='))
            problems.append(note(part, Text::tr("base64url padding (\"=\") should be omitted (RFC 7515 §2)")));
        return decoded;
    }
    qsizetype bad = firstNonBase64UrlByte(segment);
    // Trailing padding is allowed; a bad byte inside it or past it is what we point at.
    if (bad >= 0) {
        qsizetype padEnd = segment.size();
        while (padEnd > 0 && segment[padEnd - 1] == '=')
            --padEnd;
        if (bad == padEnd && segment.size() - padEnd <= 2)
            bad = -1;
    }
    if (bad >= 0) {
        problems.append(fatalProblem(part, Text::tr("character \"%1\" at offset %2 is not base64url")
                                               .arg(printable(segment[bad]))
                                               .arg(segmentOffset + bad)));
    } else if (segment.size() % 4 != 1 && !segment.contains('=')) {
        problems.append(fatalProblem(part, Text::tr("the last character at offset %1 has unused bits set; not canonical base64url (RFC 4648 §3.5)")
                                               .arg(segmentOffset + segment.size() - 1)));
    } else {
        problems.append(fatalProblem(part, Text::tr("%n character(s) cannot be base64url (the length is never 4n+1, nor padded to a wrong length)",
                                                        nullptr, int(segment.size()))));
    }
    return std::nullopt;
}

std::optional<QJsonObject> decodeHeader(QByteArrayView segment, DecodedToken &token)
{
    const auto bytes = decodeSegment(segment, 0, TokenPart::Header, token.problems);
    if (!bytes)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(*bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        token.problems.append(fatalProblem(TokenPart::Header, Text::tr("invalid JSON at offset %1 (%2)")
                                                                  .arg(error.offset)
                                                                  .arg(error.errorString())));
        return std::nullopt;
    }
    if (!document.isObject()) {
        token.problems.append(fatalProblem(TokenPart::Header, Text::tr("the JSON is not an object")));
        return std::nullopt;
    }
    return document.object();
}

// Whether the first part of a token is meant as a JOSE header (RFC 7515 §3.1: a JSON object).
// Loosely, for a token of 3 or 5 parts: base64url of '{' starts with 'e' then "w-z0-9-_", and a
// header almost always starts "eyJ" ('{"'); we take "ey" and "ew". Strictly, for a token of any
// other shape: a typical prefix, or the part really decodes to a JSON object. Loosely also
// when it decodes to something that starts like JSON, so that the error names the header.
bool looksLikeJoseHeader(QByteArrayView part, bool loosely)
{
    if (loosely && (part.startsWith("ey") || part.startsWith("ew")))
        return true;
    for (const char *prefix : {"eyJ", "eyA", "ewo", "ew0"}) {
        if (part.startsWith(prefix))
            return true;
    }
    const auto decoded = base64UrlDecode(part);
    if (!decoded)
        return false;
    if (loosely) {
        const QByteArray trimmed = decoded->trimmed();
        if (trimmed.startsWith('{') || trimmed.startsWith('['))
            return true;
    }
    return QJsonDocument::fromJson(*decoded).isObject();
}

bool hasFatal(const QList<DecodeProblem> &problems)
{
    for (const auto &problem : problems) {
        if (problem.fatal)
            return true;
    }
    return false;
}

// RFC 7235 §2.1 token68, and the narrower sets within it, most specific first.
QString opaqueCharacterSet(QByteArrayView text)
{
    bool hex = true, alnum = true, url = true, standard = true, token68 = true;
    qsizetype padding = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const bool digit = c >= '0' && c <= '9';
        const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        const bool hexLetter = (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        if (c == '=') {
            ++padding;
            hex = alnum = false;
            continue;
        }
        if (padding > 0) // '=' only at the end
            return {};
        hex = hex && (digit || hexLetter);
        alnum = alnum && (digit || letter);
        url = url && (digit || letter || c == '-' || c == '_');
        standard = standard && (digit || letter || c == '+' || c == '/');
        token68 = token68 && (digit || letter || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/');
        if (!token68)
            return {};
    }
    if (hex)
        return QStringLiteral("hex");
    if (alnum)
        return QStringLiteral("alphanumeric");
    if (url && padding <= 2)
        return QStringLiteral("base64url");
    if (standard && padding <= 2)
        return QStringLiteral("base64");
    return QStringLiteral("token68");
}

void decodeJws(DecodedToken &token, QByteArrayView compact, const TokenParts &parts)
{
    const qsizetype payloadOffset = parts[0].size() + 1;
    const qsizetype signatureOffset = payloadOffset + parts[1].size() + 1;

    const auto header = decodeHeader(parts[0], token);
    if (header) {
        token.header = *header;
        const QJsonValue alg = header->value(QLatin1StringView("alg"));
        if (alg.isUndefined())
            token.problems.append(fatalProblem(TokenPart::Header, Text::tr("no \"alg\" parameter (RFC 7515 §4.1.1)")));
        else if (!alg.isString())
            token.problems.append(fatalProblem(TokenPart::Header, Text::tr("\"alg\" is not a string")));
    }
    const bool unsecured = header && token.algorithm() == QLatin1StringView("none");

    // RFC 7797: with "b64": false the payload segment is the payload itself, not base64url.
    const bool unencodedPayload = header && header->value(QLatin1StringView("b64")) == QJsonValue(false);
    if (unencodedPayload) {
        token.payload = parts[1].toByteArray();
        token.problems.append(note(TokenPart::Payload, Text::tr("not base64url-encoded (\"b64\": false, RFC 7797)")));
    } else if (auto payload = decodeSegment(parts[1], payloadOffset, TokenPart::Payload, token.problems)) {
        token.payload = *payload;
    }

    if (auto signature = decodeSegment(parts[2], signatureOffset, TokenPart::Signature, token.problems))
        token.signature = *signature;
    if (header && !unsecured && parts[2].isEmpty()) {
        token.problems.append(note(TokenPart::Signature, Text::tr("empty, although \"alg\" is \"%1\"; the token is effectively unsigned")
                                                             .arg(token.algorithm())));
    } else if (unsecured && !parts[2].isEmpty()) {
        token.problems.append(note(TokenPart::Signature, Text::tr("an unsecured JWT must have an empty signature (RFC 7519 §6.1)")));
    }

    token.signingInput = compact.first(signatureOffset - 1).toByteArray();

    // A payload need not be JSON (RFC 7515 §3): any bytes may be signed. Not fatal.
    const QString cty = token.header.value(QLatin1StringView("cty")).toString();
    if (cty.compare(QLatin1StringView("JWT"), Qt::CaseInsensitive) == 0) {
        token.problems.append(note(TokenPart::Payload, Text::tr("a nested JWT (cty \"JWT\", RFC 7519 §5.2); decode the payload as a token of its own")));
    } else if (!token.payload.isEmpty() || !parts[1].isEmpty()) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(token.payload, &error);
        if (error.error != QJsonParseError::NoError) {
            token.problems.append(note(TokenPart::Payload, Text::tr("not JSON, invalid at offset %1 (%2)")
                                                               .arg(error.offset)
                                                               .arg(error.errorString())));
        } else if (!document.isObject()) {
            token.problems.append(note(TokenPart::Payload, Text::tr("JSON, but not an object, so there are no claims")));
        } else {
            token.claims = document.object();
        }
    } else {
        token.problems.append(note(TokenPart::Payload, Text::tr("empty", "the payload")));
    }

    if (hasFatal(token.problems))
        token.kind = TokenKind::Malformed;
    else
        token.kind = unsecured ? TokenKind::Unsecured : TokenKind::Jws;
}

void decodeJwe(DecodedToken &token, const TokenParts &parts)
{
    const auto header = decodeHeader(parts[0], token);
    if (header) {
        token.header = *header;
        if (!header->value(QLatin1StringView("alg")).isString())
            token.problems.append(fatalProblem(TokenPart::Header, Text::tr("no \"alg\" parameter (RFC 7516 §4.1.1)")));
        if (!header->value(QLatin1StringView("enc")).isString())
            token.problems.append(fatalProblem(TokenPart::Header, Text::tr("no \"enc\" parameter (RFC 7516 §4.1.2)")));
    }
    static constexpr TokenPart Parts[] = {TokenPart::Header, TokenPart::EncryptedKey, TokenPart::InitializationVector,
                                          TokenPart::Ciphertext, TokenPart::AuthenticationTag};
    qsizetype offset = parts[0].size() + 1;
    for (int i = 1; i < 5; ++i) {
        decodeSegment(parts[i], offset, Parts[i], token.problems);
        offset += parts[i].size() + 1;
    }
    if (parts[3].isEmpty())
        token.problems.append(fatalProblem(TokenPart::Ciphertext, Text::tr("empty", "the ciphertext")));
    token.kind = hasFatal(token.problems) ? TokenKind::Malformed : TokenKind::Jwe;
}

} // namespace

QString tokenKindName(TokenKind kind)
{
    switch (kind) {
    case TokenKind::Jws: return QStringLiteral("jws");
    case TokenKind::Jwe: return QStringLiteral("jwe");
    case TokenKind::Unsecured: return QStringLiteral("unsecured");
    case TokenKind::Opaque: return QStringLiteral("opaque");
    case TokenKind::Malformed: return QStringLiteral("malformed");
    }
    return QStringLiteral("malformed");
}

QString tokenPartName(TokenPart part)
{
    switch (part) {
    case TokenPart::Whole: return QStringLiteral("whole");
    case TokenPart::Header: return QStringLiteral("header");
    case TokenPart::Payload: return QStringLiteral("payload");
    case TokenPart::Signature: return QStringLiteral("signature");
    case TokenPart::EncryptedKey: return QStringLiteral("encrypted_key");
    case TokenPart::InitializationVector: return QStringLiteral("iv");
    case TokenPart::Ciphertext: return QStringLiteral("ciphertext");
    case TokenPart::AuthenticationTag: return QStringLiteral("tag");
    }
    return QStringLiteral("whole");
}

DecodedToken decodeToken(QStringView input)
{
    DecodedToken token;
    if (input.size() > MaxTokenInputBytes) {
        token.problems.append(fatalProblem(TokenPart::Whole, Text::tr("The token is larger than %1 MiB; refused.")
                                                                 .arg(MaxTokenInputBytes / (1024 * 1024))));
        return token;
    }
    // One pass: drop whitespace, copy the ASCII into a byte buffer, find the dots. Anything
    // that is neither printable ASCII nor whitespace takes the slow path below, which says where.
    const qsizetype inputSize = input.size();
    QByteArray ascii(inputSize, Qt::Uninitialized);
    char *out = ascii.data();
    const char16_t *in = input.utf16();
    TokenParts parts;
    qsizetype length = 0, from = 0;
    bool whitespace = false, plain = true;
    for (qsizetype i = 0; i < inputSize; ++i) {
        const char16_t u = in[i];
        if (u > 0x20 && u < 0x80) {
            out[length] = static_cast<char>(u);
            if (u == '.') {
                parts.append(QByteArrayView(out + from, length - from));
                from = length + 1;
            }
            ++length;
        } else if (QChar::isSpace(u)) {
            whitespace = true;
        } else {
            plain = false;
            break;
        }
    }
    if (!plain) {
        for (const QChar c : input) {
            if (!c.isSpace())
                token.compact.append(c);
        }
        for (qsizetype i = 0; i < token.compact.size(); ++i) {
            const QChar c = token.compact[i];
            if (c.unicode() >= 0x80 || c.unicode() < 0x20) {
                token.problems.append(fatalProblem(TokenPart::Whole, Text::tr("character U+%1 at offset %2: a token is plain ASCII")
                                                                         .arg(c.unicode(), 4, 16, QLatin1Char('0'))
                                                                         .arg(i)));
                return token;
            }
        }
        return token; // not reached: the first pass stopped at such a character
    }
    if (length == 0) {
        token.problems.append(fatalProblem(TokenPart::Whole, Text::tr("The token is empty.")));
        return token;
    }
    ascii.truncate(length); // shrinks in place: the views into it stay valid
    out = ascii.data();
    parts.append(QByteArrayView(out + from, length - from));
    token.compact = whitespace ? QString::fromLatin1(ascii) : input.toString();
    token.segments.reserve(parts.size());
    for (const QByteArrayView part : parts)
        token.segments.append(part.toByteArray());

    const bool jose = looksLikeJoseHeader(parts.front(), parts.size() == 3 || parts.size() == 5);
    // Three or five parts make a JWT, unless the first part is clearly no JOSE header and the
    // whole is a valid opaque token (some opaque tokens hold dots: "0.AXoA...").
    if ((parts.size() == 3 || parts.size() == 5) && (jose || opaqueCharacterSet(ascii).isEmpty())) {
        if (parts.size() == 3)
            decodeJws(token, ascii, parts);
        else
            decodeJwe(token, parts);
        return token;
    }
    // A JOSE-looking first part in any other number of parts: a damaged JWT, e.g. cut off when
    // copied, or just its header.
    if (jose) {
        token.problems.append(fatalProblem(TokenPart::Whole, Text::tr("%n part(s): a JWT has 3, a JWE 5", nullptr, int(parts.size()))));
        if (auto header = base64UrlDecode(parts.front())) {
            const QJsonDocument document = QJsonDocument::fromJson(*header);
            if (document.isObject())
                token.header = document.object();
        }
        return token;
    }

    const QString characterSet = opaqueCharacterSet(ascii);
    if (characterSet.isEmpty()) {
        qsizetype bad = 0;
        for (; bad < ascii.size(); ++bad) {
            const char c = ascii[bad];
            const bool ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
            if (!ok)
                break;
        }
        if (bad < ascii.size() && ascii[bad] == '=') {
            while (bad < ascii.size() && ascii[bad] == '=')
                ++bad;
        }
        bad = qMin(bad, ascii.size() - 1);
        token.problems.append(fatalProblem(TokenPart::Whole, Text::tr("not a token: character \"%1\" at offset %2 is neither in a JWT nor in an opaque token (RFC 7235 §2.1 token68)")
                                                                 .arg(printable(ascii[bad]))
                                                                 .arg(bad)));
        return token;
    }
    token.kind = TokenKind::Opaque;
    token.opaque.length = ascii.size();
    token.opaque.characterSet = characterSet;
    return token;
}

} // namespace Jose
