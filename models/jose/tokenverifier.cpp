// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenverifier.h"

#include "algorithm.h"
#include "base64url.h"
#include "signature.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>

#include <openssl/evp.h>

#include <algorithm>
#include <cmath>
#include <memory>

namespace Jose {

namespace {

// Text::tr() with a fixed context that lupdate sees as well.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(TokenVerifier)
};

Check pass(const QString &name, const QString &detail) { return {name, CheckStatus::Pass, detail}; }
Check fail(const QString &name, const QString &detail) { return {name, CheckStatus::Fail, detail}; }
Check warn(const QString &name, const QString &detail) { return {name, CheckStatus::Warn, detail}; }
Check skip(const QString &name, const QString &detail) { return {name, CheckStatus::Skip, detail}; }


// The claim checks, in report order; all skipped together when the payload cannot be read.
const QStringList &claimCheckNames()
{
    static const QStringList names = {
        QStringLiteral("exp"), QStringLiteral("nbf"), QStringLiteral("iat"), QStringLiteral("iss"),
        QStringLiteral("aud"), QStringLiteral("nonce"), QStringLiteral("azp"), QStringLiteral("at_hash"),
        QStringLiteral("c_hash"),
    };
    return names;
}

QString quoted(const QString &text)
{
    return u'"' + text + u'"';
}

// Keeps a detail line one line: a hostile token can put anything into a claim.
QString shown(const QString &text)
{
    constexpr qsizetype Limit = 80;
    QString out = text.left(Limit);
    for (QChar &c : out) {
        if (c.isSpace() || !c.isPrint())
            c = u' ';
    }
    if (text.size() > Limit)
        out += QChar(0x2026);
    return out;
}

QString shownJson(const QJsonValue &value)
{
    if (value.isString())
        return quoted(shown(value.toString()));
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isNull())
        return QStringLiteral("null");
    if (value.isArray())
        return Text::tr("an array");
    return Text::tr("an object");
}

// ------------------------------------------------------------------------------------------
// The token's role.

enum class Role { Unknown, IdToken, AccessToken };

QString normalizedTyp(const QJsonObject &header)
{
    // RFC 7515 §4.1.9: "application/" may be omitted, and media types compare case-insensitively.
    QString typ = header.value(QLatin1StringView("typ")).toString().toLower();
    if (typ.startsWith(QLatin1StringView("application/")))
        typ = typ.mid(12);
    return typ;
}

Role resolveRole(const DecodedToken &token, TokenRole requested)
{
    if (requested == TokenRole::IdToken)
        return Role::IdToken;
    if (requested == TokenRole::AccessToken)
        return Role::AccessToken;

    // Strongest signals first: an explicit RFC 9068 typ, then what only an ID token carries
    // (OpenID Connect Core §2, §3.1.3.6, §3.3.2.11), then what access tokens usually carry.
    const QString typ = normalizedTyp(token.header);
    if (typ == QLatin1StringView("at+jwt"))
        return Role::AccessToken;
    if (!token.claims)
        return Role::Unknown;
    const QJsonObject &claims = *token.claims;
    const auto has = [&claims](const char *name) { return claims.contains(QLatin1StringView(name)); };
    // Vendor markers: Cognito "token_use", Keycloak's payload "typ".
    const QString tokenUse = claims.value(QLatin1StringView("token_use")).toString();
    if (tokenUse == QLatin1StringView("id"))
        return Role::IdToken;
    if (tokenUse == QLatin1StringView("access"))
        return Role::AccessToken;
    const QString payloadTyp = claims.value(QLatin1StringView("typ")).toString();
    if (payloadTyp == QLatin1StringView("ID"))
        return Role::IdToken;
    if (payloadTyp == QLatin1StringView("Bearer"))
        return Role::AccessToken;
    if (has("nonce") || has("at_hash") || has("c_hash"))
        return Role::IdToken;
    if (has("client_id") && (has("scope") || has("scp")))
        return Role::AccessToken;
    if (has("azp") || (typ == QLatin1StringView("jwt") && has("auth_time")))
        return Role::IdToken;
    return Role::Unknown;
}

// ------------------------------------------------------------------------------------------
// Header checks.

struct KeyContext
{
    std::optional<Algorithm> algorithm;
    QList<JsonWebKey> candidates;   // fit the algorithm
    QString noFitReason;            // why no key fits, when none does
    KeySelection selection;
    std::optional<JsonWebKey> verifiedWith;
};

Check checkAlg(const DecodedToken &token, const VerifyOptions &options, KeyContext &context)
{
    const QString name = QStringLiteral("alg");
    const QJsonValue value = token.header.value(QLatin1StringView("alg"));
    if (!value.isString())
        return fail(name, Text::tr("no \"alg\" in the header"));
    const QString alg = value.toString();

    if (token.kind == TokenKind::Jwe) {
        // RFC 7518 §4.1 key management algorithms; RSA1_5 is vulnerable to padding oracles.
        static const QStringList known = {
            QStringLiteral("RSA-OAEP"), QStringLiteral("RSA-OAEP-256"), QStringLiteral("RSA-OAEP-384"),
            QStringLiteral("RSA-OAEP-512"), QStringLiteral("A128KW"), QStringLiteral("A192KW"),
            QStringLiteral("A256KW"), QStringLiteral("dir"), QStringLiteral("ECDH-ES"),
            QStringLiteral("ECDH-ES+A128KW"), QStringLiteral("ECDH-ES+A192KW"), QStringLiteral("ECDH-ES+A256KW"),
            QStringLiteral("A128GCMKW"), QStringLiteral("A192GCMKW"), QStringLiteral("A256GCMKW"),
            QStringLiteral("PBES2-HS256+A128KW"), QStringLiteral("PBES2-HS384+A192KW"),
            QStringLiteral("PBES2-HS512+A256KW"),
        };
        static const QStringList knownEnc = {
            QStringLiteral("A128CBC-HS256"), QStringLiteral("A192CBC-HS384"), QStringLiteral("A256CBC-HS512"),
            QStringLiteral("A128GCM"), QStringLiteral("A192GCM"), QStringLiteral("A256GCM"),
        };
        const QString enc = token.header.value(QLatin1StringView("enc")).toString();
        if (alg == QLatin1StringView("RSA1_5"))
            return warn(name, Text::tr("JWE with RSA1_5 key encryption, enc %1: RSA1_5 is open to padding-oracle attacks; prefer RSA-OAEP").arg(shown(enc)));
        if (!known.contains(alg))
            return fail(name, Text::tr("unknown JWE key management algorithm %1").arg(quoted(shown(alg))));
        if (!knownEnc.contains(enc))
            return fail(name, Text::tr("unknown JWE content encryption %1").arg(quoted(shown(enc))));
        return pass(name, Text::tr("JWE: key management %1, content encryption %2").arg(alg, enc));
    }

    context.algorithm = algorithmFromName(alg);
    if (!context.algorithm)
        return fail(name, Text::tr("unknown algorithm %1 (alg names are case-sensitive, RFC 7515 §4.1.1)").arg(quoted(shown(alg))));
    if (*context.algorithm == Algorithm::None)
        return fail(name, Text::tr("\"none\": the token is not signed (RFC 7519 §6); never accept it"));

    if (!options.keys)
        return pass(name, Text::tr("%1, an allowed algorithm").arg(alg));

    // Which keys may verify this algorithm: by kid first, the way a relying party picks.
    context.selection = selectKeys(*options.keys, token.header);
    for (const JsonWebKey &key : std::as_const(context.selection.candidates)) {
        if (keyFitsAlgorithm(key, *context.algorithm))
            context.candidates.append(key);
    }
    if (!context.candidates.isEmpty())
        return pass(name, Text::tr("%1, consistent with the key").arg(alg));

    const auto &keys = options.keys->keys;
    const bool anyAsymmetric = std::any_of(keys.cbegin(), keys.cend(), [](const JsonWebKey &k) { return k.type != KeyType::Oct; });
    const bool anySecret = std::any_of(keys.cbegin(), keys.cend(), [](const JsonWebKey &k) { return k.type == KeyType::Oct; });
    if (!isAsymmetric(*context.algorithm) && anyAsymmetric && !anySecret) {
        // RFC 8725 §2.1: a verifier that feeds a public key to HMAC lets anyone forge tokens.
        context.noFitReason = Text::tr("%1 with public keys only: the algorithm-confusion attack (a public key used as an HMAC secret)").arg(alg);
        return fail(name, context.noFitReason);
    }
    if (isAsymmetric(*context.algorithm) && anySecret && !anyAsymmetric) {
        context.noFitReason = Text::tr("%1 needs a public key, but only HMAC secrets were given").arg(alg);
        return fail(name, context.noFitReason);
    }
    QString why;
    const QString kid = token.header.value(QLatin1StringView("kid")).toString();
    const bool kidNamed = !kid.isEmpty() && std::any_of(keys.cbegin(), keys.cend(), [&kid](const JsonWebKey &k) { return k.kid == kid; });
    if (kidNamed) {
        why = context.selection.note;
    } else {
        for (const JsonWebKey &key : keys) {
            if (!keyFitsAlgorithm(key, *context.algorithm, &why) && !why.isEmpty())
                break;
        }
    }
    context.noFitReason = why.isEmpty() ? Text::tr("no key given fits %1").arg(alg) : Text::tr("no key given fits %1: %2").arg(alg, why);
    return fail(name, context.noFitReason);
}

Check checkKid(const DecodedToken &token, const VerifyOptions &options, const KeyContext &context)
{
    const QString name = QStringLiteral("kid");
    const QJsonValue value = token.header.value(QLatin1StringView("kid"));
    if (token.kind == TokenKind::Jwe) {
        if (value.isString())
            return skip(name, Text::tr("kid %1 names the recipient's decryption key (encrypted)").arg(quoted(shown(value.toString()))));
        return skip(name, Text::tr("encrypted: no signing key to look up"));
    }
    if (!value.isUndefined() && !value.isString())
        return fail(name, Text::tr("\"kid\" is not a string"));
    const QString kid = value.toString();
    if (!options.keys) {
        if (value.isUndefined())
            return skip(name, Text::tr("no \"kid\" in the header"));
        return skip(name, Text::tr("kid %1 (no keys given to look it up in)").arg(quoted(shown(kid))));
    }
    const auto &keys = options.keys->keys;
    if (value.isUndefined())
        return pass(name, Text::tr("no \"kid\" in the header; trying the %n key(s) that fit", nullptr, int(context.candidates.size())));
    if (context.selection.matchedByKid)
        return pass(name, Text::tr("kid %1 found").arg(quoted(shown(kid))));
    const qsizetype named = std::count_if(keys.cbegin(), keys.cend(), [&kid](const JsonWebKey &k) { return k.kid == kid; });
    if (named > 1 && !context.selection.note.isEmpty())
        return fail(name, context.selection.note); // several keys share the kid
    if (named > 0)
        return pass(name, Text::tr("kid %1 found, but that key cannot verify this token (see alg)").arg(quoted(shown(kid))));
    const bool keysHaveKids = std::any_of(keys.cbegin(), keys.cend(), [](const JsonWebKey &k) { return !k.kid.isEmpty(); });
    if (!keysHaveKids)
        return pass(name, Text::tr("kid %1; the keys given have no kid, so every key that fits is tried").arg(quoted(shown(kid))));
    return fail(name, Text::tr("kid %1 not found in the key set (%n key(s)); the keys may have rotated, or the token is from another issuer",
                               nullptr, int(keys.size())).arg(quoted(shown(kid))));
}

Check checkSignature(const DecodedToken &token, const VerifyOptions &options, KeyContext &context)
{
    const QString name = QStringLiteral("signature");
    if (token.kind == TokenKind::Jwe)
        return skip(name, Text::tr("encrypted: a JWE has no signature to check here"));
    if (token.kind == TokenKind::Unsecured)
        return fail(name, Text::tr("no signature: alg \"none\""));
    if (token.signature.isEmpty())
        return fail(name, Text::tr("the signature is empty"));
    if (!options.keys)
        return skip(name, Text::tr("no keys given: the signature was not checked"));
    if (!context.algorithm || *context.algorithm == Algorithm::None)
        return fail(name, Text::tr("cannot verify: the algorithm is unknown"));
    if (context.candidates.isEmpty())
        return fail(name, context.noFitReason.isEmpty() ? Text::tr("no key fits") : context.noFitReason);

    QString firstFailure;
    for (const JsonWebKey &key : std::as_const(context.candidates)) {
        const SignatureCheck result = verifySignature(*context.algorithm, key, token.signingInput, token.signature);
        if (result.valid) {
            context.verifiedWith = key;
            return pass(name, Text::tr("verified with %1").arg(key.describe()));
        }
        if (firstFailure.isEmpty())
            firstFailure = result.detail;
    }
    if (context.candidates.size() == 1)
        return fail(name, Text::tr("does not verify: %1").arg(firstFailure));
    return fail(name, Text::tr("does not verify with any of the %n key(s) that fit", nullptr, int(context.candidates.size())));
}

Check checkKey(const DecodedToken &token, const VerifyOptions &options, const KeyContext &context)
{
    const QString name = QStringLiteral("key");
    if (token.kind == TokenKind::Jwe)
        return skip(name, Text::tr("encrypted"));
    if (!options.keys)
        return skip(name, Text::tr("no keys given"));
    if (!context.algorithm || *context.algorithm == Algorithm::None)
        return skip(name, Text::tr("no key fits the algorithm"));
    const AlgorithmInfo &info = algorithmInfo(*context.algorithm);
    if (context.candidates.isEmpty()) {
        // RFC 7518 §3.2 makes a secret shorter than the hash an error, and the signature code
        // refuses such a secret: say so here rather than leave only "no key fits".
        if (info.family == AlgorithmFamily::Hmac) {
            for (const JsonWebKey &k : options.keys->keys) {
                if (k.type == KeyType::Oct && !k.secret.isEmpty() && k.secret.size() < info.hashBytes)
                    return fail(name, Text::tr("HMAC secret of %1 bytes, shorter than the %2-byte hash of %3: refused (RFC 7518 §3.2)")
                                          .arg(k.secret.size())
                                          .arg(info.hashBytes)
                                          .arg(QLatin1StringView(info.name)));
            }
        }
        return skip(name, Text::tr("no key fits the algorithm"));
    }
    const JsonWebKey key = context.verifiedWith ? *context.verifiedWith : context.candidates.constFirst();
    if (key.type == KeyType::Rsa && key.bits < 2048)
        return warn(name, Text::tr("RSA key of %1 bits; use at least 2048 (RFC 7518 §3.3, §3.5)").arg(key.bits));
    if (key.type == KeyType::Oct && key.secret.size() < info.hashBytes)
        return warn(name, Text::tr("HMAC secret of %1 bytes, shorter than the %2-byte hash of %3 (RFC 7518 §3.2)")
                              .arg(key.secret.size())
                              .arg(info.hashBytes)
                              .arg(QLatin1StringView(info.name)));
    return pass(name, key.describe());
}

Check checkTyp(const DecodedToken &token, Role role)
{
    const QString name = QStringLiteral("typ");
    const QJsonValue value = token.header.value(QLatin1StringView("typ"));
    if (!value.isUndefined() && !value.isString())
        return fail(name, Text::tr("\"typ\" is not a string"));
    const QString typ = normalizedTyp(token.header);
    const bool atJwt = typ == QLatin1StringView("at+jwt");
    const QString raw = shown(value.toString());
    switch (role) {
    case Role::AccessToken:
        if (atJwt)
            return pass(name, Text::tr("%1: an RFC 9068 JWT access token").arg(quoted(raw)));
        if (value.isUndefined())
            return warn(name, Text::tr("no typ; an RFC 9068 access token has \"at+jwt\" (RFC 9068 §2.1)"));
        return warn(name, Text::tr("%1; an RFC 9068 access token has \"at+jwt\" (RFC 9068 §2.1)").arg(quoted(raw)));
    case Role::IdToken:
        if (atJwt)
            return fail(name, Text::tr("an ID token must not have typ %1: that marks an access token (RFC 9068 §4)").arg(quoted(raw)));
        if (value.isUndefined())
            return pass(name, Text::tr("no typ (fine for an ID token)"));
        return pass(name, quoted(raw));
    case Role::Unknown:
        break;
    }
    if (value.isUndefined())
        return skip(name, Text::tr("no typ"));
    return pass(name, quoted(raw));
}

Check checkCrit(const DecodedToken &token)
{
    const QString name = QStringLiteral("crit");
    const QJsonValue value = token.header.value(QLatin1StringView("crit"));
    if (value.isUndefined())
        return pass(name, Text::tr("no critical extensions"));
    // RFC 7515 §4.1.11, RFC 7516 §4.1.13.
    if (!value.isArray() || value.toArray().isEmpty())
        return fail(name, Text::tr("\"crit\" must be a non-empty array of names (RFC 7515 §4.1.11)"));
    static const QStringList registered = {
        QStringLiteral("alg"), QStringLiteral("enc"), QStringLiteral("zip"), QStringLiteral("jku"),
        QStringLiteral("jwk"), QStringLiteral("kid"), QStringLiteral("x5u"), QStringLiteral("x5c"),
        QStringLiteral("x5t"), QStringLiteral("x5t#S256"), QStringLiteral("typ"), QStringLiteral("cty"),
        QStringLiteral("crit"), QStringLiteral("epk"), QStringLiteral("apu"), QStringLiteral("apv"),
        QStringLiteral("iv"), QStringLiteral("tag"), QStringLiteral("p2s"), QStringLiteral("p2c"),
    };
    QStringList notUnderstood;
    const QJsonArray names = value.toArray();
    for (const QJsonValue &entry : names) {
        if (!entry.isString())
            return fail(name, Text::tr("\"crit\" holds something that is not a name"));
        const QString extension = entry.toString();
        if (registered.contains(extension))
            return fail(name, Text::tr("\"crit\" lists %1, a parameter defined by the JOSE specifications themselves (RFC 7515 §4.1.11)").arg(quoted(extension)));
        if (!token.header.contains(extension))
            return fail(name, Text::tr("\"crit\" lists %1, but the header does not have it").arg(quoted(shown(extension))));
        // RFC 7797: the unencoded payload option; decodeToken reads such a payload.
        if (extension == QLatin1StringView("b64"))
            continue;
        notUnderstood.append(quoted(shown(extension)));
    }
    if (!notUnderstood.isEmpty())
        return fail(name, Text::tr("critical extensions not understood: %1; a recipient must reject the token (RFC 7515 §4.1.11)")
                              .arg(notUnderstood.join(QLatin1StringView(", "))));
    return pass(name, Text::tr("only understood extensions: \"b64\" (RFC 7797)"));
}

// ------------------------------------------------------------------------------------------
// Claim checks.

// "12 min", "3 h", "2 days" (translated), for a non-negative number of seconds.
QString duration(double seconds)
{
    const qint64 s = seconds > 9.0e15 ? qint64(9.0e15) : qint64(seconds);
    if (s < 120)
        return Text::tr("%n s", nullptr, int(s));
    if (s < 2 * 3600)
        return Text::tr("%n min", nullptr, int(s / 60));
    if (s < 2 * 86400)
        return Text::tr("%n h", nullptr, int(s / 3600));
    if (s < 3650LL * 86400)
        return Text::tr("%n days", nullptr, int(s / 86400));
    return Text::tr("%n years", nullptr, int(qMin<qint64>(s / (365LL * 86400), 2000000000)));
}

// The date for a detail line; NumericDates far outside the calendar just show as a number.
QString dateText(double seconds)
{
    if (seconds < -62135596800.0 || seconds > 253402300799.0)
        return QString::number(seconds, 'g', 15);
    return QDateTime::fromSecsSinceEpoch(qint64(seconds)).toUTC().toString(Qt::ISODate);
}

struct Claims
{
    const QJsonObject &object;
    double now;   // seconds since the epoch, fractional
    double skew;

    bool has(const char *name) const { return object.contains(QLatin1StringView(name)); }
    QJsonValue value(const char *name) const { return object.value(QLatin1StringView(name)); }
};

// RFC 7519 §2 NumericDate: a JSON number, possibly fractional.
std::optional<double> numericDate(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (!std::isfinite(d))
        return std::nullopt;
    return d;
}

Check checkExp(const Claims &claims, Role role)
{
    const QString name = QStringLiteral("exp");
    if (!claims.has("exp")) {
        if (role == Role::IdToken)
            return warn(name, Text::tr("no exp: an ID token must have one (OpenID Connect Core §2)"));
        if (role == Role::AccessToken)
            return warn(name, Text::tr("no exp: an access token must have one (RFC 9068 §2.2); this one never expires"));
        return skip(name, Text::tr("no exp: the token never expires"));
    }
    const auto exp = numericDate(claims.value("exp"));
    if (!exp)
        return fail(name, Text::tr("exp is %1, not a NumericDate (RFC 7519 §2)").arg(shownJson(claims.value("exp"))));
    const double left = *exp - claims.now;
    // RFC 7519 §4.1.4: the current time must be before exp.
    if (left <= -claims.skew)
        return fail(name, Text::tr("expired %1 ago (%2)").arg(duration(-left), dateText(*exp)));
    if (left <= 0)
        return warn(name, Text::tr("expired %1 ago (%2), within the allowed clock skew of %3")
                              .arg(duration(-left), dateText(*exp), duration(claims.skew)));
    return pass(name, Text::tr("expires in %1 (%2)").arg(duration(left), dateText(*exp)));
}

Check checkNbf(const Claims &claims)
{
    const QString name = QStringLiteral("nbf");
    if (!claims.has("nbf"))
        return skip(name, Text::tr("no nbf"));
    const auto nbf = numericDate(claims.value("nbf"));
    if (!nbf)
        return fail(name, Text::tr("nbf is %1, not a NumericDate (RFC 7519 §2)").arg(shownJson(claims.value("nbf"))));
    const double until = *nbf - claims.now;
    // RFC 7519 §4.1.5: not to be accepted before nbf.
    if (until > claims.skew)
        return fail(name, Text::tr("not valid yet: valid in %1 (%2)").arg(duration(until), dateText(*nbf)));
    if (until > 0)
        return warn(name, Text::tr("valid in %1 (%2), within the allowed clock skew of %3")
                              .arg(duration(until), dateText(*nbf), duration(claims.skew)));
    return pass(name, Text::tr("valid since %1 ago (%2)").arg(duration(-until), dateText(*nbf)));
}

Check checkIat(const Claims &claims, Role role)
{
    const QString name = QStringLiteral("iat");
    if (!claims.has("iat")) {
        if (role == Role::IdToken)
            return warn(name, Text::tr("no iat: an ID token must have one (OpenID Connect Core §2)"));
        if (role == Role::AccessToken)
            return warn(name, Text::tr("no iat: an access token must have one (RFC 9068 §2.2)"));
        return skip(name, Text::tr("no iat"));
    }
    const auto iat = numericDate(claims.value("iat"));
    if (!iat)
        return fail(name, Text::tr("iat is %1, not a NumericDate (RFC 7519 §2)").arg(shownJson(claims.value("iat"))));
    const double age = claims.now - *iat;
    if (age < -claims.skew)
        return fail(name, Text::tr("issued in the future: in %1 (%2); the issuer's clock or ours is wrong")
                              .arg(duration(-age), dateText(*iat)));
    if (age < 0)
        return pass(name, Text::tr("issued in %1 (%2), within the allowed clock skew").arg(duration(-age), dateText(*iat)));
    return pass(name, Text::tr("issued %1 ago (%2)").arg(duration(age), dateText(*iat)));
}

Check checkIss(const Claims &claims, const VerifyOptions &options, Role role)
{
    const QString name = QStringLiteral("iss");
    const QJsonValue value = claims.value("iss");
    if (value.isUndefined()) {
        if (!options.expectedIssuer.isEmpty())
            return fail(name, Text::tr("no iss; expected %1").arg(quoted(options.expectedIssuer)));
        if (role != Role::Unknown)
            return warn(name, Text::tr("no iss, although this kind of token must have one"));
        return skip(name, Text::tr("no iss"));
    }
    if (!value.isString())
        return fail(name, Text::tr("iss is %1, not a string").arg(shownJson(value)));
    const QString iss = value.toString();
    if (options.expectedIssuer.isEmpty())
        return skip(name, Text::tr("%1 (no expected issuer given)").arg(quoted(shown(iss))));
    // OpenID Connect Core §3.1.3.7 (2), RFC 9068 §4: exact match, no normalisation.
    if (iss == options.expectedIssuer)
        return pass(name, quoted(shown(iss)));
    const auto withoutSlash = [](QString s) {
        while (s.endsWith(u'/'))
            s.chop(1);
        return s;
    };
    if (withoutSlash(iss) == withoutSlash(options.expectedIssuer))
        return fail(name, Text::tr("%1 differs from the expected %2 only by a trailing slash; issuers compare exactly")
                              .arg(quoted(shown(iss)), quoted(options.expectedIssuer)));
    return fail(name, Text::tr("%1, expected %2").arg(quoted(shown(iss)), quoted(options.expectedIssuer)));
}

// RFC 7519 §4.1.3: a string or an array of strings. nullopt when it is neither.
std::optional<QStringList> audiences(const QJsonValue &value)
{
    if (value.isString())
        return QStringList{value.toString()};
    if (!value.isArray())
        return std::nullopt;
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &entry : array) {
        if (!entry.isString())
            return std::nullopt;
        list.append(entry.toString());
    }
    return list;
}

QString audienceText(const QStringList &list)
{
    QStringList shownList;
    for (const QString &a : list.mid(0, 5))
        shownList.append(quoted(shown(a)));
    QString text = shownList.join(QLatin1StringView(", "));
    if (list.size() > 5)
        text += QLatin1StringView(", ") + QChar(0x2026);
    return text;
}

Check checkAud(const Claims &claims, const VerifyOptions &options, Role role)
{
    const QString name = QStringLiteral("aud");
    const QJsonValue value = claims.value("aud");
    if (value.isUndefined()) {
        if (!options.expectedAudience.isEmpty())
            return fail(name, Text::tr("no aud; expected %1").arg(quoted(options.expectedAudience)));
        if (role != Role::Unknown)
            return warn(name, Text::tr("no aud, although this kind of token must have one"));
        return skip(name, Text::tr("no aud"));
    }
    const auto list = audiences(value);
    if (!list)
        return fail(name, Text::tr("aud must be a string or an array of strings (RFC 7519 §4.1.3)"));
    if (list->isEmpty())
        return fail(name, Text::tr("aud is an empty array"));
    if (options.expectedAudience.isEmpty())
        return skip(name, Text::tr("%1 (no expected audience given)").arg(audienceText(*list)));
    if (list->contains(options.expectedAudience))
        return pass(name, Text::tr("%1 includes %2").arg(audienceText(*list), quoted(options.expectedAudience)));
    return fail(name, Text::tr("%1 does not include the expected %2").arg(audienceText(*list), quoted(options.expectedAudience)));
}

Check checkNonce(const Claims &claims, const VerifyOptions &options, Role role)
{
    const QString name = QStringLiteral("nonce");
    const QJsonValue value = claims.value("nonce");
    // OpenID Connect Core §3.1.3.7 (11).
    if (!options.expectedNonce.isEmpty()) {
        if (value.isUndefined())
            return fail(name, Text::tr("no nonce, but the request sent one"));
        if (value.toString() != options.expectedNonce || !value.isString())
            return fail(name, Text::tr("%1 is not the nonce the request sent").arg(shownJson(value)));
        return pass(name, Text::tr("matches the request"));
    }
    if (value.isUndefined())
        return skip(name, role == Role::IdToken ? Text::tr("no nonce (none was sent)") : Text::tr("no nonce"));
    if (!value.isString())
        return fail(name, Text::tr("nonce is %1, not a string").arg(shownJson(value)));
    return skip(name, Text::tr("present (no expected nonce given)"));
}

Check checkAzp(const Claims &claims, const VerifyOptions &options, Role role)
{
    const QString name = QStringLiteral("azp");
    const QJsonValue value = claims.value("azp");
    if (role != Role::IdToken) {
        if (value.isString())
            return skip(name, Text::tr("%1 (checked for ID tokens only)").arg(quoted(shown(value.toString()))));
        return skip(name, Text::tr("checked for ID tokens only"));
    }
    const auto list = audiences(claims.value("aud"));
    const bool severalAudiences = list && list->size() > 1;
    if (value.isUndefined()) {
        // OpenID Connect Core §2: azp when the ID token has a single audience different from the
        // client, or several audiences (errata set 2 softened it to "should").
        if (severalAudiences)
            return warn(name, Text::tr("no azp although aud has several values (OpenID Connect Core §2)"));
        return skip(name, Text::tr("no azp"));
    }
    if (!value.isString())
        return fail(name, Text::tr("azp is %1, not a string").arg(shownJson(value)));
    const QString azp = value.toString();
    if (options.expectedAudience.isEmpty())
        return skip(name, Text::tr("%1 (no expected client given)").arg(quoted(shown(azp))));
    // OpenID Connect Core §3.1.3.7 (5), in the errata wording: when azp is present, it must be the client.
    if (azp == options.expectedAudience)
        return pass(name, Text::tr("%1, the client").arg(quoted(shown(azp))));
    return fail(name, Text::tr("%1 is not the expected client %2 (OpenID Connect Core §3.1.3.7)").arg(quoted(shown(azp)), quoted(options.expectedAudience)));
}

// OpenID Connect Core §3.1.3.6 / §3.3.2.11: the left half of the hash of the ASCII value, with
// the hash of the ID token's alg. EdDSA has no hash of its own: for Ed25519 we use SHA-512, as
// the OpenID Foundation's guidance (and its "EdDSA" hash registration for Ed25519) says, and for
// Ed448 SHAKE256 with 114 bytes of output. The curve comes from the verifying key, else Ed25519.
std::optional<QByteArray> leftHalfHash(Algorithm algorithm, const QString &curve, const QByteArray &value)
{
    const AlgorithmInfo &info = algorithmInfo(algorithm);
    QByteArray digest;
    if (info.family == AlgorithmFamily::EdDsa) {
        if (curve == QLatin1StringView("Ed448")) {
            std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
            digest.resize(114);
            if (!ctx || EVP_DigestInit_ex(ctx.get(), EVP_shake256(), nullptr) != 1
                || EVP_DigestUpdate(ctx.get(), value.constData(), size_t(value.size())) != 1
                || EVP_DigestFinalXOF(ctx.get(), reinterpret_cast<unsigned char *>(digest.data()), size_t(digest.size())) != 1)
                return std::nullopt;
        } else {
            digest = QCryptographicHash::hash(value, QCryptographicHash::Sha512);
        }
    } else if (info.hashBytes == 32) {
        digest = QCryptographicHash::hash(value, QCryptographicHash::Sha256);
    } else if (info.hashBytes == 48) {
        digest = QCryptographicHash::hash(value, QCryptographicHash::Sha384);
    } else if (info.hashBytes == 64) {
        digest = QCryptographicHash::hash(value, QCryptographicHash::Sha512);
    } else {
        return std::nullopt;
    }
    return digest.left(digest.size() / 2);
}

Check checkHalfHash(const char *checkName, const char *tokenLabel, const Claims &claims, const QString &given,
                    const DecodedToken &token, const KeyContext &context, Role role)
{
    const QString name = QLatin1StringView(checkName);
    const QJsonValue value = claims.value(checkName);
    const QString label = Text::tr(tokenLabel);
    if (value.isUndefined()) {
        if (given.isEmpty() || role == Role::AccessToken)
            return skip(name, Text::tr("no %1 claim").arg(name));
        return skip(name, Text::tr("no %1 claim to compare the %2 with (optional in the code flow)").arg(name, label));
    }
    if (!value.isString())
        return fail(name, Text::tr("%1 is %2, not a string").arg(name, shownJson(value)));
    if (given.isEmpty())
        return skip(name, Text::tr("present; give the %1 to check it").arg(label));
    const auto algorithm = algorithmFromName(token.algorithm());
    if (!algorithm || *algorithm == Algorithm::None)
        return fail(name, Text::tr("cannot compute: the algorithm %1 has no hash").arg(quoted(shown(token.algorithm()))));
    QString curve = context.verifiedWith ? context.verifiedWith->curve : QString();
    if (curve.isEmpty() && !context.candidates.isEmpty())
        curve = context.candidates.constFirst().curve;
    const auto half = leftHalfHash(*algorithm, curve, given.toUtf8());
    if (!half)
        return fail(name, Text::tr("cannot compute the hash"));
    const QString expected = QString::fromLatin1(base64UrlEncode(*half));
    if (value.toString() == expected)
        return pass(name, Text::tr("matches the %1").arg(label));
    return fail(name, Text::tr("does not match the %1 (expected %2)").arg(label, expected));
}

} // namespace

QString checkStatusName(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass: return QStringLiteral("pass");
    case CheckStatus::Fail: return QStringLiteral("fail");
    case CheckStatus::Warn: return QStringLiteral("warn");
    case CheckStatus::Skip: return QStringLiteral("skip");
    }
    return QStringLiteral("skip");
}

bool VerifyReport::valid() const
{
    return std::none_of(checks.cbegin(), checks.cend(), [](const Check &c) { return c.status == CheckStatus::Fail; });
}

const Check *VerifyReport::find(QStringView name) const
{
    for (const Check &check : checks) {
        if (check.name == name)
            return &check;
    }
    return nullptr;
}

VerifyReport verifyToken(const DecodedToken &token, const VerifyOptions &options)
{
    VerifyReport report;
    const QString format = QStringLiteral("format");
    if (token.kind == TokenKind::Opaque) {
        report.checks.append(fail(format, Text::tr("not a JWT: an opaque token (%1 characters, %2); ask the authorization server (introspection, RFC 7662)")
                                              .arg(token.opaque.length)
                                              .arg(token.opaque.characterSet)));
        return report;
    }
    if (token.kind == TokenKind::Malformed) {
        QString reason = Text::tr("cannot be decoded");
        for (const DecodeProblem &problem : token.problems) {
            if (problem.fatal) {
                reason = problem.message;
                break;
            }
        }
        report.checks.append(fail(format, reason));
        return report;
    }

    const Role role = resolveRole(token, options.role);
    KeyContext context;
    report.checks.append(checkAlg(token, options, context));
    report.checks.append(checkKid(token, options, context));
    report.checks.append(checkSignature(token, options, context));
    report.checks.append(checkKey(token, options, context));
    report.checks.append(checkTyp(token, role));
    report.checks.append(checkCrit(token));

    if (token.kind == TokenKind::Jwe || !token.claims) {
        const QString why = token.kind == TokenKind::Jwe ? Text::tr("encrypted: the claims cannot be read without the recipient's key")
                                                          : Text::tr("payload is not JSON");
        for (const QString &name : claimCheckNames())
            report.checks.append(skip(name, why));
        return report;
    }

    const QDateTime at = options.at.value_or(QDateTime::currentDateTimeUtc());
    const Claims claims{*token.claims, double(at.toMSecsSinceEpoch()) / 1000.0,
                        double(std::max<qint64>(0, options.clockSkew.count()))};
    report.checks.append(checkExp(claims, role));
    report.checks.append(checkNbf(claims));
    report.checks.append(checkIat(claims, role));
    report.checks.append(checkIss(claims, options, role));
    report.checks.append(checkAud(claims, options, role));
    report.checks.append(checkNonce(claims, options, role));
    report.checks.append(checkAzp(claims, options, role));
    report.checks.append(checkHalfHash("at_hash", QT_TRANSLATE_NOOP("TokenVerifier", "access token"), claims,
                                       options.accessToken, token, context, role));
    report.checks.append(checkHalfHash("c_hash", QT_TRANSLATE_NOOP("TokenVerifier", "authorization code"), claims,
                                       options.authorizationCode, token, context, role));
    return report;
}

} // namespace Jose
