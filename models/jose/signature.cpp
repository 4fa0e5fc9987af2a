// SPDX-License-Identifier: GPL-3.0-or-later
#include "signature.h"

#include "keyloading_p.h"

#include <QLoggingCategory>

#include <openssl/bn.h>
#include <openssl/crypto.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/core_names.h>
#include <openssl/params.h>
#include <openssl/rsa.h>

#include <array>

Q_LOGGING_CATEGORY(lcJoseSignature, "tokenscope.jose.signature")

namespace Jose {

using Detail::JoseText;

namespace {

struct MdCtxFree { void operator()(EVP_MD_CTX *c) const { EVP_MD_CTX_free(c); } };
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, MdCtxFree>;
struct EcdsaSigFree { void operator()(ECDSA_SIG *s) const { ECDSA_SIG_free(s); } };
using EcdsaSigPtr = std::unique_ptr<ECDSA_SIG, EcdsaSigFree>;

const unsigned char *bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char *>(view.data());
}

SignatureCheck failed(const QString &detail)
{
    return SignatureCheck{false, detail};
}

// RFC 7518 §3.5: PSS with MGF1 over the same digest and a salt as long as the digest.
bool configurePss(EVP_PKEY_CTX *pctx, const AlgorithmInfo &info)
{
    return EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) == 1
        && EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, info.hashBytes) == 1
        && EVP_PKEY_CTX_set_rsa_mgf1_md_name(pctx, info.digest, nullptr) == 1;
}

// Creates a digest-sign or digest-verify context for the algorithm. EdDSA takes no digest.
MdCtxPtr digestContext(const AlgorithmInfo &info, EVP_PKEY *key, bool forSigning)
{
    MdCtxPtr ctx(EVP_MD_CTX_new());
    if (!ctx)
        return {};
    EVP_PKEY_CTX *pctx = nullptr;
    const int ok = forSigning ? EVP_DigestSignInit_ex(ctx.get(), &pctx, info.digest, nullptr, nullptr, key, nullptr)
                              : EVP_DigestVerifyInit_ex(ctx.get(), &pctx, info.digest, nullptr, nullptr, key, nullptr);
    if (ok != 1)
        return {};
    if (info.family == AlgorithmFamily::RsaPss && !configurePss(pctx, info))
        return {};
    // RSASSA-PKCS1-v1_5 is the default padding of an RSA key. Verifying, keyFitsAlgorithm has
    // already made sure the key is RSA, so setting it would only cost an EVP_PKEY_CTX_ctrl round
    // (about 2 % of an RS256 verification). Signing, setting it is what refuses a key of another type.
    if (forSigning && info.family == AlgorithmFamily::RsaPkcs1 && EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PADDING) != 1)
        return {};
    return ctx;
}

// JOSE r||s (RFC 7518 §3.4) to the DER ECDSA-Sig-Value OpenSSL verifies.
QByteArray rawToDer(QByteArrayView raw, int coordinateBytes)
{
    if (coordinateBytes <= 0 || raw.size() != 2 * coordinateBytes)
        return {};
    BIGNUM *r = BN_bin2bn(bytes(raw), coordinateBytes, nullptr);
    BIGNUM *s = BN_bin2bn(bytes(raw) + coordinateBytes, coordinateBytes, nullptr);
    EcdsaSigPtr sig(ECDSA_SIG_new());
    if (!r || !s || !sig || ECDSA_SIG_set0(sig.get(), r, s) != 1) {
        BN_free(r);
        BN_free(s);
        return {};
    }
    unsigned char *der = nullptr;
    const int length = i2d_ECDSA_SIG(sig.get(), &der);
    if (length <= 0)
        return {};
    QByteArray out(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return out;
}

QByteArray derToRaw(QByteArrayView der, int coordinateBytes)
{
    const unsigned char *cursor = bytes(der);
    EcdsaSigPtr sig(d2i_ECDSA_SIG(nullptr, &cursor, static_cast<long>(der.size())));
    if (!sig)
        return {};
    const BIGNUM *r = nullptr;
    const BIGNUM *s = nullptr;
    ECDSA_SIG_get0(sig.get(), &r, &s);
    QByteArray raw(2 * coordinateBytes, '\0');
    auto *out = reinterpret_cast<unsigned char *>(raw.data());
    if (BN_bn2binpad(r, out, coordinateBytes) != coordinateBytes
        || BN_bn2binpad(s, out + coordinateBytes, coordinateBytes) != coordinateBytes)
        return {};
    return raw;
}

struct MacCtxFree { void operator()(EVP_MAC_CTX *c) const { EVP_MAC_CTX_free(c); } };
using MacCtxPtr = std::unique_ptr<EVP_MAC_CTX, MacCtxFree>;

// Fetched once: an EVP_MAC is immutable and safe to share between threads. Fetching it on every
// call (as EVP_Q_mac does) costs more than the HMAC of a token.
EVP_MAC *hmacImplementation()
{
    static EVP_MAC *const mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    return mac;
}

std::optional<QByteArray> hmac(const AlgorithmInfo &info, QByteArrayView secret, QByteArrayView input)
{
    EVP_MAC *implementation = hmacImplementation();
    if (!implementation)
        return std::nullopt;
    MacCtxPtr ctx(EVP_MAC_CTX_new(implementation));
    if (!ctx)
        return std::nullopt;
    // An empty key is legal HMAC; OpenSSL wants a non-null pointer for it.
    static const unsigned char emptyKey = 0;
    const unsigned char *key = secret.isEmpty() ? &emptyKey : bytes(secret);
    const OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, const_cast<char *>(info.digest), 0),
        OSSL_PARAM_construct_end(),
    };
    std::array<unsigned char, EVP_MAX_MD_SIZE> mac{};
    size_t length = 0;
    if (EVP_MAC_init(ctx.get(), key, static_cast<size_t>(secret.size()), params) != 1
        || EVP_MAC_update(ctx.get(), bytes(input), static_cast<size_t>(input.size())) != 1
        || EVP_MAC_final(ctx.get(), mac.data(), &length, mac.size()) != 1)
        return std::nullopt;
    return QByteArray(reinterpret_cast<const char *>(mac.data()), static_cast<qsizetype>(length));
}

int expectedSignatureBytes(const AlgorithmInfo &info, EVP_PKEY *key)
{
    switch (info.family) {
    case AlgorithmFamily::Hmac: return info.hashBytes;
    case AlgorithmFamily::Ecdsa: return 2 * info.ecCoordinateBytes;
    case AlgorithmFamily::RsaPkcs1:
    case AlgorithmFamily::RsaPss: return EVP_PKEY_get_size(key); // the modulus length, RFC 8017 §8.1.2
    case AlgorithmFamily::EdDsa: return EVP_PKEY_is_a(key, "ED448") ? 114 : 64;
    case AlgorithmFamily::None: break;
    }
    return -1;
}

} // namespace

SignatureCheck verifySignature(Algorithm algorithm, const JsonWebKey &key, QByteArrayView signingInput,
                               QByteArrayView signature)
{
    const AlgorithmInfo &info = algorithmInfo(algorithm);
    if (info.family == AlgorithmFamily::None)
        return failed(JoseText::tr("The algorithm \"none\" has no signature and is refused."));
    QString why;
    if (!keyFitsAlgorithm(key, algorithm, &why))
        return failed(why);
    const int expected = expectedSignatureBytes(info, key.publicKey.get());
    if (signature.size() != expected) {
        return failed(JoseText::tr("The signature has %1 bytes; %2 with this key needs %3.")
                          .arg(signature.size()).arg(algorithmName(algorithm)).arg(expected));
    }
    if (info.family == AlgorithmFamily::Hmac) {
        const auto mac = hmac(info, key.secret, signingInput);
        if (!mac)
            return failed(JoseText::tr("OpenSSL could not compute the HMAC."));
        if (mac->size() != signature.size()
            || CRYPTO_memcmp(mac->constData(), signature.data(), static_cast<size_t>(mac->size())) != 0)
            return failed(JoseText::tr("The HMAC does not match: the secret is wrong or the token was changed."));
        return SignatureCheck{true, JoseText::tr("Verified with the shared secret %1.").arg(key.describe())};
    }
    QByteArray der;
    QByteArrayView toVerify = signature;
    if (info.family == AlgorithmFamily::Ecdsa) {
        der = rawToDer(signature, info.ecCoordinateBytes);
        if (der.isEmpty())
            return failed(JoseText::tr("The ECDSA signature could not be decoded."));
        toVerify = der;
    }
    MdCtxPtr ctx = digestContext(info, key.publicKey.get(), false);
    if (!ctx) {
        qCWarning(lcJoseSignature) << "could not set up verification for" << info.name;
        return failed(JoseText::tr("OpenSSL could not set up %1 verification with this key.").arg(algorithmName(algorithm)));
    }
    const int result = EVP_DigestVerify(ctx.get(), bytes(toVerify), static_cast<size_t>(toVerify.size()),
                                        bytes(signingInput), static_cast<size_t>(signingInput.size()));
    if (result != 1)
        return failed(JoseText::tr("The signature does not match key %1: the token was changed or signed with another key.").arg(key.describe()));
    return SignatureCheck{true, JoseText::tr("Verified with %1.").arg(key.describe())};
}

std::optional<QByteArray> sign(Algorithm algorithm, EVP_PKEY *privateKey, QByteArrayView signingInput)
{
    const AlgorithmInfo &info = algorithmInfo(algorithm);
    if (!privateKey || info.family == AlgorithmFamily::None || info.family == AlgorithmFamily::Hmac)
        return std::nullopt;
    MdCtxPtr ctx = digestContext(info, privateKey, true);
    if (!ctx)
        return std::nullopt;
    size_t length = 0;
    if (EVP_DigestSign(ctx.get(), nullptr, &length, bytes(signingInput), static_cast<size_t>(signingInput.size())) != 1)
        return std::nullopt;
    QByteArray out(static_cast<qsizetype>(length), '\0');
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &length, bytes(signingInput),
                       static_cast<size_t>(signingInput.size())) != 1)
        return std::nullopt;
    out.truncate(static_cast<qsizetype>(length));
    if (info.family == AlgorithmFamily::Ecdsa) {
        out = derToRaw(out, info.ecCoordinateBytes);
        if (out.isEmpty())
            return std::nullopt;
    }
    return out;
}

std::optional<QByteArray> signHmac(Algorithm algorithm, QByteArrayView secret, QByteArrayView signingInput)
{
    const AlgorithmInfo &info = algorithmInfo(algorithm);
    if (info.family != AlgorithmFamily::Hmac)
        return std::nullopt;
    return hmac(info, secret, signingInput);
}

} // namespace Jose
