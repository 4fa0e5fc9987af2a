// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonwebkey.h"

#include "base64url.h"
#include "keyloading_p.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

using namespace Qt::StringLiterals;

namespace Jose {

using Detail::JoseText;

namespace {

constexpr qsizetype MaxKeyInputBytes = 1024 * 1024;

struct BnFree { void operator()(BIGNUM *bn) const { BN_free(bn); } };
using BnPtr = std::unique_ptr<BIGNUM, BnFree>;
struct BldFree { void operator()(OSSL_PARAM_BLD *b) const { OSSL_PARAM_BLD_free(b); } };
struct ParamFree { void operator()(OSSL_PARAM *p) const { OSSL_PARAM_free(p); } };
struct CtxFree { void operator()(EVP_PKEY_CTX *c) const { EVP_PKEY_CTX_free(c); } };
using CtxPtr = std::unique_ptr<EVP_PKEY_CTX, CtxFree>;

// A required base64url member of a JWK. Fills *error (translated) and returns nullopt when it is
// missing, not a string, empty or not base64url.
std::optional<QByteArray> member(const QJsonObject &jwk, const QString &name, QString *error)
{
    const QJsonValue value = jwk.value(name);
    if (value.isUndefined() || value.isNull()) {
        *error = JoseText::tr("The member \"%1\" is missing.").arg(name);
        return std::nullopt;
    }
    if (!value.isString()) {
        *error = JoseText::tr("The member \"%1\" is not a string.").arg(name);
        return std::nullopt;
    }
    const QString text = value.toString();
    if (text.isEmpty()) {
        *error = JoseText::tr("The member \"%1\" is empty.").arg(name);
        return std::nullopt;
    }
    // Key members are not malleable like signatures: see Base64UrlMode::Lenient.
    auto decoded = base64UrlDecode(text.toLatin1(), Base64UrlMode::Lenient);
    if (!decoded || decoded->isEmpty()) {
        *error = JoseText::tr("The member \"%1\" is not valid base64url.").arg(name);
        return std::nullopt;
    }
    return decoded;
}

// Builds a public key from OSSL_PARAMs (OpenSSL 3 provider API).
std::shared_ptr<EVP_PKEY> fromParams(const char *type, OSSL_PARAM_BLD *builder)
{
    std::unique_ptr<OSSL_PARAM, ParamFree> params(OSSL_PARAM_BLD_to_param(builder));
    CtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1)
        return {};
    EVP_PKEY *key = nullptr;
    if (EVP_PKEY_fromdata(ctx.get(), &key, EVP_PKEY_PUBLIC_KEY, params.get()) != 1)
        return {};
    return Detail::adoptKey(key);
}

std::shared_ptr<EVP_PKEY> rsaFromJwk(const QJsonObject &jwk, QString *error)
{
    auto n = member(jwk, u"n"_s, error);
    if (!n)
        return {};
    auto e = member(jwk, u"e"_s, error);
    if (!e)
        return {};
    qsizetype zeros = 0;
    while (zeros < n->size() && n->at(zeros) == '\0')
        ++zeros;
    n->remove(0, zeros);
    if (n->size() * 8 > Detail::MaxRsaBits || n->size() * 8 < Detail::MinRsaBits - 7) {
        *error = JoseText::tr("The RSA modulus has %1 bytes, which is not a sane size.").arg(n->size());
        return {};
    }
    if (e->size() > 8) {
        *error = JoseText::tr("The RSA public exponent is too large.");
        return {};
    }
    BnPtr nb(BN_bin2bn(reinterpret_cast<const unsigned char *>(n->constData()), static_cast<int>(n->size()), nullptr));
    BnPtr eb(BN_bin2bn(reinterpret_cast<const unsigned char *>(e->constData()), static_cast<int>(e->size()), nullptr));
    std::unique_ptr<OSSL_PARAM_BLD, BldFree> builder(OSSL_PARAM_BLD_new());
    if (!nb || !eb || !builder || OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_N, nb.get()) != 1
        || OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_E, eb.get()) != 1) {
        *error = JoseText::tr("OpenSSL could not build the RSA key.");
        return {};
    }
    auto key = fromParams("RSA", builder.get());
    if (!key)
        *error = JoseText::tr("OpenSSL could not build the RSA key.");
    return key;
}

std::shared_ptr<EVP_PKEY> ecFromJwk(const QJsonObject &jwk, QString *error)
{
    const QString curve = jwk.value(u"crv"_s).toString();
    int width = 0;
    if (curve == u"P-256")
        width = 32;
    else if (curve == u"P-384")
        width = 48;
    else if (curve == u"P-521")
        width = 66;
    if (width == 0) {
        *error = curve.isEmpty() ? JoseText::tr("The EC key has no \"crv\".") : JoseText::tr("The EC curve \"%1\" is not supported.").arg(curve);
        return {};
    }
    const auto x = member(jwk, u"x"_s, error);
    if (!x)
        return {};
    const auto y = member(jwk, u"y"_s, error);
    if (!y)
        return {};
    // RFC 7518 §6.2.1.2: x and y are exactly the coordinate size of the curve.
    if (x->size() != width || y->size() != width) {
        *error = JoseText::tr("The coordinates have %1 and %2 bytes; %3 needs %4 each.").arg(x->size()).arg(y->size()).arg(curve).arg(width);
        return {};
    }
    QByteArray point = '\x04' + *x + *y; // SEC 1 uncompressed point
    const QByteArray group = curve.toLatin1();
    std::unique_ptr<OSSL_PARAM_BLD, BldFree> builder(OSSL_PARAM_BLD_new());
    if (!builder || OSSL_PARAM_BLD_push_utf8_string(builder.get(), OSSL_PKEY_PARAM_GROUP_NAME, group.constData(), 0) != 1
        || OSSL_PARAM_BLD_push_octet_string(builder.get(), OSSL_PKEY_PARAM_PUB_KEY, point.constData(),
                                            static_cast<size_t>(point.size())) != 1) {
        *error = JoseText::tr("OpenSSL could not build the EC key.");
        return {};
    }
    auto key = fromParams("EC", builder.get());
    bool onCurve = false;
    if (key) {
        CtxPtr check(EVP_PKEY_CTX_new_from_pkey(nullptr, key.get(), nullptr));
        onCurve = check && EVP_PKEY_public_check(check.get()) == 1;
    }
    if (!onCurve) {
        *error = JoseText::tr("The point (x, y) is not on the curve %1.").arg(curve);
        return {};
    }
    return key;
}

std::shared_ptr<EVP_PKEY> okpFromJwk(const QJsonObject &jwk, QString *error)
{
    const QString curve = jwk.value(u"crv"_s).toString();
    const char *type = nullptr;
    qsizetype size = 0;
    if (curve == u"Ed25519") {
        type = "ED25519";
        size = 32;
    } else if (curve == u"Ed448") {
        type = "ED448";
        size = 57;
    } else {
        *error = (curve == u"X25519" || curve == u"X448")
            ? JoseText::tr("The curve %1 is for key agreement, not signatures.").arg(curve)
            : JoseText::tr("The OKP curve \"%1\" is not supported.").arg(curve);
        return {};
    }
    const auto x = member(jwk, u"x"_s, error);
    if (!x)
        return {};
    if (x->size() != size) {
        *error = JoseText::tr("The public key has %1 bytes; %2 needs %3.").arg(x->size()).arg(curve).arg(size);
        return {};
    }
    auto key = Detail::adoptKey(EVP_PKEY_new_raw_public_key_ex(nullptr, type, nullptr,
                                                               reinterpret_cast<const unsigned char *>(x->constData()),
                                                               static_cast<size_t>(x->size())));
    if (!key)
        *error = JoseText::tr("OpenSSL could not build the %1 key.").arg(curve);
    return key;
}

Detail::LoadedKey loadJwk(const QJsonObject &jwk, const QString &origin)
{
    Detail::LoadedKey loaded;
    JsonWebKey &key = loaded.key;
    key.origin = origin;
    key.kid = jwk.value(u"kid"_s).toString();
    key.alg = jwk.value(u"alg"_s).toString();
    key.use = jwk.value(u"use"_s).toString();
    const QJsonArray ops = jwk.value(u"key_ops"_s).toArray();
    for (const QJsonValue &op : ops)
        key.keyOps.append(op.toString());
    // "x5c" and friends are ignored: the key members are authoritative.
    const QJsonValue ktyValue = jwk.value(u"kty"_s);
    if (!ktyValue.isString()) {
        loaded.error = JoseText::tr("The key has no \"kty\".");
        return loaded;
    }
    const QString kty = ktyValue.toString();
    QString error;
    if (kty == u"oct") {
        const auto secret = member(jwk, u"k"_s, &error);
        if (!secret) {
            loaded.error = error;
            return loaded;
        }
        key.type = KeyType::Oct;
        key.secret = *secret;
        key.bits = static_cast<int>(secret->size() * 8);
        return loaded;
    }
    if (kty == u"RSA")
        key.publicKey = rsaFromJwk(jwk, &error);
    else if (kty == u"EC")
        key.publicKey = ecFromJwk(jwk, &error);
    else if (kty == u"OKP")
        key.publicKey = okpFromJwk(jwk, &error);
    else
        error = JoseText::tr("The key type \"%1\" is not supported.").arg(kty);
    if (key.publicKey)
        error = Detail::inspectPublicKey(key);
    if (!error.isEmpty()) {
        key.publicKey.reset();
        loaded.error = error;
    }
    return loaded;
}

QString keyLabel(int index, const QJsonObject &jwk)
{
    const QString kid = jwk.value(u"kid"_s).toString();
    return kid.isEmpty() ? JoseText::tr("key %1").arg(index + 1) : JoseText::tr("key %1 (kid \"%2\")").arg(index + 1).arg(kid);
}

KeyLoadResult loadJwks(const QJsonArray &array)
{
    KeyLoadResult result;
    KeySet &set = result.keySet;
    for (int i = 0; i < array.size(); ++i) {
        const QJsonValue entry = array.at(i);
        if (!entry.isObject()) {
            set.warnings.append(JoseText::tr("key %1: not a JSON object, skipped.").arg(i + 1));
            continue;
        }
        const Detail::LoadedKey loaded = loadJwk(entry.toObject(), u"jwks"_s);
        if (!loaded.error.isEmpty())
            set.warnings.append(JoseText::tr("%1: %2 Skipped.").arg(keyLabel(i, entry.toObject()), loaded.error));
        else
            set.keys.append(loaded.key);
    }
    // A published key set is public; a secret in it is a leak, and a set that mixes secrets with
    // public keys invites algorithm confusion. Keep the public keys only.
    const bool hasAsymmetric = std::any_of(set.keys.cbegin(), set.keys.cend(),
                                           [](const JsonWebKey &k) { return k.type != KeyType::Oct; });
    if (hasAsymmetric) {
        for (qsizetype i = set.keys.size() - 1; i >= 0; --i) {
            if (set.keys.at(i).type == KeyType::Oct) {
                set.warnings.append(JoseText::tr("A symmetric key (kid \"%1\") in a set of public keys was ignored.").arg(set.keys.at(i).kid));
                set.keys.removeAt(i);
            }
        }
    }
    if (set.keys.isEmpty()) {
        result.error = set.warnings.isEmpty() ? JoseText::tr("The key set has no keys.")
                                              : JoseText::tr("The key set has no usable key: %1").arg(set.warnings.constFirst());
    }
    return result;
}

KeyLoadResult loadJson(const QByteArray &data)
{
    KeyLoadResult result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = JoseText::tr("The key is not valid JSON: %1 at offset %2.").arg(parseError.errorString()).arg(parseError.offset);
        return result;
    }
    if (!document.isObject()) {
        result.error = JoseText::tr("The JSON is not an object, so it is neither a JWK nor a JWK Set.");
        return result;
    }
    const QJsonObject object = document.object();
    if (object.contains(u"keys"_s)) {
        const QJsonValue keys = object.value(u"keys"_s);
        if (!keys.isArray()) {
            result.error = JoseText::tr("The member \"keys\" of the JWK Set is not an array.");
            return result;
        }
        return loadJwks(keys.toArray());
    }
    if (object.contains(u"kty"_s))
        return keyFromJwk(object);
    result.error = JoseText::tr("The JSON object has neither \"keys\" (a JWK Set) nor \"kty\" (a JWK).");
    return result;
}

} // namespace

QString keyTypeName(KeyType type)
{
    switch (type) {
    case KeyType::Rsa: return u"RSA"_s;
    case KeyType::Ec: return u"EC"_s;
    case KeyType::Okp: return u"OKP"_s;
    case KeyType::Oct: return u"oct"_s;
    }
    return {};
}

QString JsonWebKey::describe() const
{
    QString text = keyTypeName(type);
    if (!curve.isEmpty())
        text += u' ' + curve;
    else if (bits > 0)
        text += u' ' + JoseText::tr("%1 bits").arg(bits);
    if (!kid.isEmpty())
        text += u" kid="_s + kid;
    if (!origin.isEmpty())
        text += u" ("_s + origin + u')';
    return text;
}

KeyLoadResult loadKeys(const QByteArray &data)
{
    KeyLoadResult result;
    if (data.size() > MaxKeyInputBytes) {
        result.error = JoseText::tr("The key input is larger than %1 KiB.").arg(MaxKeyInputBytes / 1024);
        return result;
    }
    const QByteArray trimmed = data.trimmed();
    if (trimmed.isEmpty()) {
        result.error = JoseText::tr("No key was given.");
        return result;
    }
    if (trimmed.startsWith('{') || trimmed.startsWith('['))
        return loadJson(trimmed);
    if (trimmed.contains("-----BEGIN")) {
        const QList<Detail::LoadedKey> blocks = Detail::keysFromPem(trimmed);
        for (qsizetype i = 0; i < blocks.size(); ++i) {
            if (blocks.at(i).error.isEmpty())
                result.keySet.keys.append(blocks.at(i).key);
            else
                result.keySet.warnings.append(JoseText::tr("PEM block %1: %2").arg(i + 1).arg(blocks.at(i).error));
        }
        if (result.keySet.keys.isEmpty())
            result.error = blocks.size() == 1 ? blocks.constFirst().error
                                              : JoseText::tr("No usable key in the PEM text.");
        return result;
    }
    if (const auto der = Detail::keyFromDer(data)) {
        if (der->error.isEmpty())
            result.keySet.keys.append(der->key);
        else
            result.error = der->error;
        return result;
    }
    result.error = JoseText::tr("The key is not recognised: expected a JWK Set, a JWK, a PEM public key or certificate, or a DER certificate.");
    return result;
}

KeyLoadResult keyFromJwk(const QJsonObject &jwk)
{
    KeyLoadResult result;
    const Detail::LoadedKey loaded = loadJwk(jwk, u"jwk"_s);
    if (loaded.error.isEmpty())
        result.keySet.keys.append(loaded.key);
    else
        result.error = loaded.error;
    return result;
}

JsonWebKey keyFromSecret(const QByteArray &secret)
{
    JsonWebKey key;
    key.type = KeyType::Oct;
    key.secret = secret;
    key.bits = static_cast<int>(secret.size() * 8);
    key.origin = u"secret"_s;
    return key;
}

bool keyFitsAlgorithm(const JsonWebKey &key, Algorithm algorithm, QString *why)
{
    const auto refuse = [why](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    const AlgorithmInfo &info = algorithmInfo(algorithm);
    const QString name = algorithmName(algorithm);
    if (info.family == AlgorithmFamily::None)
        return refuse(JoseText::tr("The algorithm \"none\" is never accepted."));
    if (key.isNull())
        return refuse(JoseText::tr("The key has no key material."));
    if (!key.use.isEmpty() && key.use != u"sig")
        return refuse(JoseText::tr("The key is for \"%1\", not for signatures.").arg(key.use));
    if (!key.keyOps.isEmpty() && !key.keyOps.contains(u"verify"_s))
        return refuse(JoseText::tr("The key's \"key_ops\" do not include \"verify\"."));
    if (!key.alg.isEmpty() && key.alg != name)
        return refuse(JoseText::tr("The key is for %1, the token uses %2.").arg(key.alg, name));
    switch (info.family) {
    case AlgorithmFamily::Hmac:
        if (key.type != KeyType::Oct)
            return refuse(JoseText::tr("%1 needs a shared secret, not a %2 public key (algorithm confusion).").arg(name, keyTypeName(key.type)));
        // RFC 7518 §3.2: the key must be at least as long as the hash output.
        if (key.secret.size() < info.hashBytes)
            return refuse(JoseText::tr("The secret has %1 bytes; %2 needs at least %3.").arg(key.secret.size()).arg(name).arg(info.hashBytes));
        return true;
    case AlgorithmFamily::RsaPkcs1:
    case AlgorithmFamily::RsaPss:
        if (key.type != KeyType::Rsa || !key.publicKey)
            return refuse(JoseText::tr("%1 needs an RSA key, not %2.").arg(name, keyTypeName(key.type)));
        return true;
    case AlgorithmFamily::Ecdsa:
        if (key.type != KeyType::Ec || !key.publicKey)
            return refuse(JoseText::tr("%1 needs an EC key, not %2.").arg(name, keyTypeName(key.type)));
        if (key.curve != QLatin1String(info.curve))
            return refuse(JoseText::tr("%1 needs the curve %2, the key is on %3.").arg(name, QLatin1String(info.curve), key.curve));
        return true;
    case AlgorithmFamily::EdDsa:
        if (key.type != KeyType::Okp || !key.publicKey)
            return refuse(JoseText::tr("EdDSA needs an OKP key (Ed25519 or Ed448), not %1.").arg(keyTypeName(key.type)));
        return true;
    case AlgorithmFamily::None:
        break;
    }
    return refuse(JoseText::tr("The algorithm is not supported."));
}

KeySelection selectKeys(const KeySet &keys, const QJsonObject &header)
{
    KeySelection selection;
    const QString alg = header.value(u"alg"_s).toString();
    const std::optional<Algorithm> algorithm = algorithmFromName(alg);
    if (!algorithm || *algorithm == Algorithm::None) {
        selection.note = JoseText::tr("No key can verify the algorithm \"%1\".").arg(alg);
        return selection;
    }
    const QString kid = header.value(u"kid"_s).toString();
    if (!kid.isEmpty()) {
        QList<JsonWebKey> fitting;
        QString firstWhy;
        bool named = false;
        for (const JsonWebKey &key : keys.keys) {
            if (key.kid != kid)
                continue;
            named = true;
            QString why;
            if (keyFitsAlgorithm(key, *algorithm, &why))
                fitting.append(key);
            else if (firstWhy.isEmpty())
                firstWhy = why;
        }
        if (fitting.size() == 1) {
            selection.candidates = fitting;
            selection.matchedByKid = true;
            selection.note = JoseText::tr("Key selected by kid \"%1\".").arg(kid);
            return selection;
        }
        if (fitting.size() > 1) {
            // RFC 7517 §4.5: keys of one set should have distinct kids; which one is meant is unknowable.
            selection.note = JoseText::tr("%1 keys share the kid \"%2\"; the choice is ambiguous, none is used.").arg(fitting.size()).arg(kid);
            return selection;
        }
        if (named) {
            selection.note = JoseText::tr("The key with kid \"%1\" cannot verify %2: %3").arg(kid, alg, firstWhy);
            return selection;
        }
    }
    for (const JsonWebKey &key : keys.keys) {
        if (keyFitsAlgorithm(key, *algorithm))
            selection.candidates.append(key);
    }
    if (kid.isEmpty())
        selection.note = JoseText::tr("The token has no kid; %n key(s) fit %1.", nullptr, static_cast<int>(selection.candidates.size())).arg(alg);
    else
        selection.note = JoseText::tr("No key has the kid \"%1\"; %n key(s) fit %2.", nullptr, static_cast<int>(selection.candidates.size()))
                             .arg(kid, alg);
    return selection;
}

QJsonObject publicJwk(const JsonWebKey &key)
{
    QJsonObject jwk = Detail::requiredMembers(key);
    if (jwk.isEmpty())
        return jwk;
    if (!key.kid.isEmpty())
        jwk.insert(u"kid"_s, key.kid);
    if (!key.alg.isEmpty())
        jwk.insert(u"alg"_s, key.alg);
    if (!key.use.isEmpty())
        jwk.insert(u"use"_s, key.use);
    if (!key.keyOps.isEmpty())
        jwk.insert(u"key_ops"_s, QJsonArray::fromStringList(key.keyOps));
    return jwk;
}

} // namespace Jose
