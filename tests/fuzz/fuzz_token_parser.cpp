// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: whatever a user can paste goes through the same path as in the app and the
// CLI: extractTokens -> decodeToken -> verifyToken (fixed keys, fixed instant) -> JSON documents.
// Any crash, sanitizer report, leak or hang is a bug. Seeds live in tests/fuzz/corpus/.

#include "jose/base64url.h"
#include "jose/decodedtoken.h"
#include "jose/jsonwebkey.h"
#include "jose/tokeninput.h"
#include "jose/tokenjson.h"
#include "jose/tokenverifier.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace {

// Public keys from RFC 7520 §3.1 (EC P-521), §3.3 (RSA), §3.5 (HMAC) and RFC 8037 §A.2
// (Ed25519), so that the cookbook tokens in the seed corpus verify and the fuzzer reaches every
// branch behind a good signature.
constexpr char Jwks[] = R"({"keys":[
{"kty":"RSA","kid":"bilbo.baggins@hobbiton.example","use":"sig",
 "n":"n4EPtAOCc9AlkeQHPzHStgAbgs7bTZLwUBZdR8_KuKPEHLd4rHVTeT-O-XV2jRojdNhxJWTDvNd7nqQ0VEiZQHz_AJmSCpMaJMRBSFKrKb2wqVwGU_NsYOYL-QtiWN2lbzcEe6XC0dApr5ydQLrHqkHHig3RBordaZ6Aj-oBHqFEHYpPe7Tpe-OfVfHd1E6cS6M1FZcD1NNLYD5lFHpPI9bTwJlsde3uhGqC0ZCuEHg8lhzwOHrtIQbS0FVbb9k3-tVTU4fg_3L_vniUFAKwuCLqKnS2BYwdq_mzSnbLY7h_qixoR7jig3__kRhuaxwUkRz5iaiQkqgc5gHdrNP5zw",
 "e":"AQAB"},
{"kty":"EC","kid":"bilbo.baggins@hobbiton.example","use":"sig","crv":"P-521",
 "x":"AHKZLLOsCOzz5cY97ewNUajB957y-C-U88c3v13nmGZx6sYl_oJXu9A5RkTKqjqvjyekWF-7ytDyRXYgCF5cj0Kt",
 "y":"AdymlHvOiLxXkEhayXQnNCvDX4h9htZaCJN34kfmC6pV5OhQHiraVySsUdaQkAgDPrwQrJmbnX9cwlGfP-HqHZR1"},
{"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}
]})";

// loadKeys() keeps secrets out of a set of public keys, so the HMAC key joins separately.
constexpr char SecretJwk[] = R"({"kty":"oct","kid":"018c0ae5-4d9b-471b-bfd6-eef314bc7037","use":"sig","alg":"HS256",
 "k":"hJtXIZ2uSN5kbQfbtTNWbpdmhkV8FJG-Onbc6mxCcYg"})";

const Jose::KeySet &fixedKeys()
{
    static const Jose::KeySet keys = [] {
        Jose::KeyLoadResult loaded = Jose::loadKeys(QByteArray(Jwks));
        const Jose::KeyLoadResult secret = Jose::loadKeys(QByteArray(SecretJwk));
        if (!loaded.ok() || loaded.keySet.keys.size() != 3 || !secret.ok() || secret.keySet.keys.size() != 1)
            qFatal("fuzz_token_parser: the fixed keys do not load: %s %s", qPrintable(loaded.error), qPrintable(secret.error));
        loaded.keySet.keys.append(secret.keySet.keys.constFirst());
        return loaded.keySet;
    }();
    return keys;
}

Jose::VerifyOptions optionsFor(std::uint8_t selector)
{
    Jose::VerifyOptions options;
    if (selector & 1)
        options.keys = fixedKeys();
    options.at = QDateTime::fromSecsSinceEpoch(1767225600).toUTC(); // deterministic
    options.clockSkew = std::chrono::seconds(selector & 2 ? 0 : 60);
    if (selector & 4) {
        options.expectedIssuer = QStringLiteral("https://issuer.example");
        options.expectedAudience = QStringLiteral("client-1");
        options.expectedNonce = QStringLiteral("n-0S6_WzA2Mj");
    }
    if (selector & 8) {
        options.accessToken = QStringLiteral("jHkWEdUXMU1BwAsC4vtUsZwnNCNQ");
        options.authorizationCode = QStringLiteral("Qcb0Orv1zh30vL1MPRsbm-diHiMwcLyZvn1arpZv-Jxf_11jnpEX3Tgfvk");
    }
    options.role = static_cast<Jose::TokenRole>((selector >> 4) % 3);
    return options;
}

void inspect(QStringView token, std::uint8_t selector)
{
    const Jose::DecodedToken decoded = Jose::decodeToken(token);
    // Everything switched on (keys, expectations, hashes), then a combination the input picks.
    (void)Jose::verifyToken(decoded, optionsFor(0x0f));
    const Jose::VerifyReport report = Jose::verifyToken(decoded, optionsFor(selector));
    const QJsonObject document = Jose::verifyToJson(decoded, report);
    const QByteArray text = QJsonDocument(document).toJson(QJsonDocument::Compact);
    if (text.isEmpty() || report.checks.isEmpty())
        __builtin_trap(); // every token gets at least one check and a document
    if ((decoded.kind == Jose::TokenKind::Opaque || decoded.kind == Jose::TokenKind::Malformed) && report.valid())
        __builtin_trap(); // only a JWT can be valid
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));

    // The raw decoder on its own, and its round trip.
    if (const auto decoded = Jose::base64UrlDecode(bytes)) {
        const QByteArray again = Jose::base64UrlEncode(*decoded);
        if (Jose::base64UrlDecode(again) != decoded)
            __builtin_trap();
    }
    (void)Jose::firstNonBase64UrlByte(bytes);

    // A checksum of the input picks the second set of verification options, so mutations
    // wander through all of them without a selector byte spoiling the text.
    std::uint8_t selector = 0;
    for (std::size_t i = 0; i < size; ++i)
        selector = static_cast<std::uint8_t>(selector ^ data[i]);
    const QString text = QString::fromUtf8(bytes);
    const Jose::TokenInput input = Jose::extractTokens(text);
    for (const Jose::TokenCandidate &candidate : input.candidates)
        inspect(candidate.token, selector);
    if (!input.ok() && input.error.isEmpty())
        __builtin_trap();
    // The decoder also sees the raw text, as the CLI's decode command would.
    inspect(text, selector);
    (void)Jose::decodeToJson(Jose::decodeToken(text));
    return 0;
}
