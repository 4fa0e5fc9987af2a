// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Jose {

enum class TokenKind {
    Jws,       // compact JWS, 3 parts, signed
    Jwe,       // compact JWE, 5 parts, payload encrypted
    Unsecured, // 3 parts, alg "none" (RFC 7519 §6)
    Opaque,    // not a JWT; a reference token to introspect
    Malformed, // looks like a JWT but cannot be decoded, or is not a token at all
};

// "jws", "jwe", "unsecured", "opaque", "malformed" (the CLI contract).
QString tokenKindName(TokenKind kind);

enum class TokenPart { Whole, Header, Payload, Signature, EncryptedKey, InitializationVector, Ciphertext, AuthenticationTag };

// "whole", "header", "payload", "signature", "encrypted_key", "iv", "ciphertext", "tag".
QString tokenPartName(TokenPart part);

// Something wrong with one part, said so the user can find it. Translated.
struct DecodeProblem
{
    TokenPart part = TokenPart::Whole;
    // With the part's translated name first, unless part is Whole: "payload: invalid JSON at
    // offset 17 (unterminated string)".
    QString message;
    bool fatal = true; // false for oddities that still allow decoding (padding, whitespace)
    // The same without the part's name, for views that show the part themselves: "invalid JSON
    // at offset 17 (unterminated string)". Equal to message when part is Whole.
    QString detail;
};

struct OpaqueInfo
{
    qsizetype length = 0;
    // "hex", "base64url", "base64", "alphanumeric", "token68" (RFC 7235 §2.1).
    QString characterSet;
};

struct DecodedToken
{
    TokenKind kind = TokenKind::Malformed;
    QString compact;                  // the token as given, whitespace removed
    QList<QByteArray> segments;       // the raw base64url parts as ASCII
    QJsonObject header;               // JOSE header (JWS, JWE protected, unsecured)
    QByteArray payload;               // decoded payload bytes (empty for JWE)
    std::optional<QJsonObject> claims; // the payload when it is a JSON object
    QByteArray signature;             // decoded signature bytes (JWS)
    QByteArray signingInput;          // ASCII(BASE64URL(header) '.' BASE64URL(payload))
    OpaqueInfo opaque;                // for TokenKind::Opaque
    QList<DecodeProblem> problems;    // fatal ones make the kind Malformed

    QString algorithm() const { return header.value(QLatin1String("alg")).toString(); }
    bool payloadIsJson() const { return claims.has_value(); }
};

// Decodes one token (already extracted from its surroundings by extractTokens). Never throws,
// never crashes; input over MaxTokenInputBytes yields Malformed with a problem.
DecodedToken decodeToken(QStringView token);

} // namespace Jose
