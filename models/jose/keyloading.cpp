// SPDX-License-Identifier: GPL-3.0-or-later
// PEM / DER loading and the facts read back from an OpenSSL key (type, curve, size, thumbprint).
#include "keyloading_p.h"

#include "base64url.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/decoder.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <array>
#include <vector>

using namespace Qt::StringLiterals;

namespace Jose::Detail {

namespace {

struct BnFree { void operator()(BIGNUM *bn) const { BN_free(bn); } };
using BnPtr = std::unique_ptr<BIGNUM, BnFree>;
struct BioFree { void operator()(BIO *bio) const { BIO_free(bio); } };
using BioPtr = std::unique_ptr<BIO, BioFree>;
struct X509Free { void operator()(X509 *x) const { X509_free(x); } };
using X509Ptr = std::unique_ptr<X509, X509Free>;
struct DecoderFree { void operator()(OSSL_DECODER_CTX *c) const { OSSL_DECODER_CTX_free(c); } };
using DecoderPtr = std::unique_ptr<OSSL_DECODER_CTX, DecoderFree>;

BnPtr bnParam(const EVP_PKEY *key, const char *name)
{
    BIGNUM *bn = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &bn) != 1)
        return {};
    return BnPtr(bn);
}

QByteArray bnBytes(const BIGNUM *bn, int width = 0)
{
    const int size = width > 0 ? width : BN_num_bytes(bn);
    QByteArray out(size, '\0');
    if (width > 0) {
        if (BN_bn2binpad(bn, reinterpret_cast<unsigned char *>(out.data()), width) != width)
            return {};
    } else {
        BN_bn2bin(bn, reinterpret_cast<unsigned char *>(out.data()));
    }
    return out;
}

int coordinateBytes(const QString &curve)
{
    if (curve == u"P-256")
        return 32;
    if (curve == u"P-384")
        return 48;
    if (curve == u"P-521")
        return 66;
    return 0;
}

// Never prompt for a passphrase: encrypted keys are refused.
int noPassphrase(char *, int, int, void *)
{
    return 0;
}

int noDecoderPassphrase(char *, size_t, size_t *, const OSSL_PARAM[], void *)
{
    return 0;
}

std::shared_ptr<EVP_PKEY> decodeKey(QByteArrayView data, const char *inputType, int selection)
{
    EVP_PKEY *key = nullptr;
    DecoderPtr ctx(OSSL_DECODER_CTX_new_for_pkey(&key, inputType, nullptr, nullptr, selection, nullptr, nullptr));
    if (!ctx)
        return {};
    OSSL_DECODER_CTX_set_passphrase_cb(ctx.get(), noDecoderPassphrase, nullptr);
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.data());
    size_t length = static_cast<size_t>(data.size());
    if (OSSL_DECODER_from_data(ctx.get(), &bytes, &length) != 1) {
        EVP_PKEY_free(key);
        return {};
    }
    return adoptKey(key);
}

// Drops the private half by a round trip through SubjectPublicKeyInfo.
std::shared_ptr<EVP_PKEY> publicHalf(EVP_PKEY *key)
{
    unsigned char *der = nullptr;
    const int length = i2d_PUBKEY(key, &der);
    if (length <= 0)
        return {};
    const unsigned char *cursor = der;
    EVP_PKEY *pub = d2i_PUBKEY(nullptr, &cursor, length);
    OPENSSL_free(der);
    return adoptKey(pub);
}

LoadedKey finish(std::shared_ptr<EVP_PKEY> pkey, const QString &origin, const QString &failure)
{
    LoadedKey loaded;
    loaded.key.origin = origin;
    if (!pkey) {
        loaded.error = failure;
        return loaded;
    }
    loaded.key.publicKey = std::move(pkey);
    loaded.error = inspectPublicKey(loaded.key);
    if (!loaded.error.isEmpty())
        loaded.key.publicKey.reset();
    return loaded;
}

std::shared_ptr<EVP_PKEY> keyFromCertificate(X509 *certificate)
{
    return certificate ? adoptKey(X509_get_pubkey(certificate)) : nullptr;
}

LoadedKey loadPemBlock(const QByteArray &label, const QByteArray &block)
{
    const QString labelText = QString::fromLatin1(label);
    if (label == "CERTIFICATE" || label == "X509 CERTIFICATE") {
        BioPtr bio(BIO_new_mem_buf(block.constData(), static_cast<int>(block.size())));
        X509Ptr certificate(bio ? PEM_read_bio_X509(bio.get(), nullptr, noPassphrase, nullptr) : nullptr);
        return finish(keyFromCertificate(certificate.get()), QStringLiteral("certificate"),
                      JoseText::tr("The PEM certificate could not be decoded."));
    }
    if (label == "PUBLIC KEY" || label == "RSA PUBLIC KEY") {
        return finish(decodeKey(block, "PEM", EVP_PKEY_PUBLIC_KEY), QStringLiteral("pem"),
                      JoseText::tr("The PEM public key \"%1\" could not be decoded.").arg(labelText));
    }
    if (label == "ENCRYPTED PRIVATE KEY" || block.contains("Proc-Type: 4,ENCRYPTED")) {
        return finish(nullptr, QStringLiteral("pem"),
                      JoseText::tr("The private key is encrypted; give its public key or certificate instead."));
    }
    if (label == "PRIVATE KEY" || label == "RSA PRIVATE KEY" || label == "EC PRIVATE KEY") {
        const auto full = decodeKey(block, "PEM", EVP_PKEY_KEYPAIR);
        return finish(full ? publicHalf(full.get()) : nullptr, QStringLiteral("pem"),
                      JoseText::tr("The PEM private key \"%1\" could not be decoded.").arg(labelText));
    }
    return finish(nullptr, QStringLiteral("pem"),
                  JoseText::tr("The PEM block \"%1\" is neither a key nor a certificate.").arg(labelText));
}

} // namespace

std::shared_ptr<EVP_PKEY> adoptKey(EVP_PKEY *key)
{
    if (!key)
        return {};
    return std::shared_ptr<EVP_PKEY>(key, EVP_PKEY_free);
}

QString inspectPublicKey(JsonWebKey &key)
{
    EVP_PKEY *pkey = key.publicKey.get();
    if (!pkey)
        return JoseText::tr("No key material.");
    if (EVP_PKEY_is_a(pkey, "RSA")) {
        key.type = KeyType::Rsa;
        key.curve.clear();
        const BnPtr n = bnParam(pkey, OSSL_PKEY_PARAM_RSA_N);
        const BnPtr e = bnParam(pkey, OSSL_PKEY_PARAM_RSA_E);
        if (!n || !e)
            return JoseText::tr("The RSA key has no modulus or exponent.");
        key.bits = BN_num_bits(n.get());
        if (key.bits < MinRsaBits || key.bits > MaxRsaBits)
            return JoseText::tr("The RSA modulus has %1 bits; only %2 to %3 bits are accepted.").arg(key.bits).arg(MinRsaBits).arg(MaxRsaBits);
        if (!BN_is_odd(n.get()))
            return JoseText::tr("The RSA modulus is even, so it is not a valid RSA modulus.");
        if (!BN_is_odd(e.get()) || BN_is_one(e.get()) || BN_num_bits(e.get()) > 64)
            return JoseText::tr("The RSA public exponent is not usable (it must be odd, greater than 1 and at most 64 bits).");
        if (hasRocaFingerprint(n.get()))
            return JoseText::tr("The RSA key was generated by a vulnerable library (ROCA, CVE-2017-15361) and must not be trusted.");
    } else if (EVP_PKEY_is_a(pkey, "EC")) {
        key.type = KeyType::Ec;
        std::array<char, 64> group{};
        size_t length = 0;
        if (EVP_PKEY_get_utf8_string_param(pkey, OSSL_PKEY_PARAM_GROUP_NAME, group.data(), group.size(), &length) != 1)
            return JoseText::tr("The EC key has no named curve.");
        const QByteArray name(group.data(), static_cast<qsizetype>(length));
        if (name == "prime256v1" || name == "P-256" || name == "secp256r1")
            key.curve = QStringLiteral("P-256");
        else if (name == "secp384r1" || name == "P-384")
            key.curve = QStringLiteral("P-384");
        else if (name == "secp521r1" || name == "P-521")
            key.curve = QStringLiteral("P-521");
        else
            return JoseText::tr("The EC curve \"%1\" is not used by JOSE (P-256, P-384 and P-521 are).").arg(QString::fromLatin1(name));
        key.bits = EVP_PKEY_get_bits(pkey);
    } else if (EVP_PKEY_is_a(pkey, "ED25519") || EVP_PKEY_is_a(pkey, "ED448")) {
        key.type = KeyType::Okp;
        const bool is25519 = EVP_PKEY_is_a(pkey, "ED25519");
        key.curve = is25519 ? QStringLiteral("Ed25519") : QStringLiteral("Ed448");
        key.bits = is25519 ? 256 : 456;
    } else {
        return JoseText::tr("The key type \"%1\" cannot verify JOSE signatures.").arg(QString::fromLatin1(EVP_PKEY_get0_type_name(pkey)));
    }
    const QJsonObject members = requiredMembers(key);
    if (members.isEmpty())
        return JoseText::tr("The public key could not be read back from OpenSSL.");
    const QByteArray canonical = QJsonDocument(members).toJson(QJsonDocument::Compact); // RFC 7638 §3.3: sorted, no spaces
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    size_t digestLength = 0;
    if (EVP_Q_digest(nullptr, "SHA256", nullptr, canonical.constData(), static_cast<size_t>(canonical.size()),
                     digest.data(), &digestLength) == 1) {
        key.thumbprint = QString::fromLatin1(base64UrlEncode(
            QByteArrayView(reinterpret_cast<const char *>(digest.data()), static_cast<qsizetype>(digestLength))));
    }
    return {};
}

QJsonObject requiredMembers(const JsonWebKey &key)
{
    const auto str = [](const QByteArray &bytes) { return QString::fromLatin1(base64UrlEncode(bytes)); };
    QJsonObject members;
    if (key.type == KeyType::Oct) {
        if (key.secret.isEmpty())
            return {};
        members.insert(u"kty"_s, u"oct"_s);
        members.insert(u"k"_s, str(key.secret));
        return members;
    }
    const EVP_PKEY *pkey = key.publicKey.get();
    if (!pkey)
        return {};
    switch (key.type) {
    case KeyType::Rsa: {
        const BnPtr n = bnParam(pkey, OSSL_PKEY_PARAM_RSA_N);
        const BnPtr e = bnParam(pkey, OSSL_PKEY_PARAM_RSA_E);
        if (!n || !e)
            return {};
        members.insert(u"kty"_s, u"RSA"_s);
        members.insert(u"n"_s, str(bnBytes(n.get())));
        members.insert(u"e"_s, str(bnBytes(e.get())));
        break;
    }
    case KeyType::Ec: {
        const int width = coordinateBytes(key.curve);
        const BnPtr x = bnParam(pkey, OSSL_PKEY_PARAM_EC_PUB_X);
        const BnPtr y = bnParam(pkey, OSSL_PKEY_PARAM_EC_PUB_Y);
        if (!x || !y || width == 0)
            return {};
        members.insert(u"kty"_s, u"EC"_s);
        members.insert(u"crv"_s, key.curve);
        members.insert(u"x"_s, str(bnBytes(x.get(), width)));
        members.insert(u"y"_s, str(bnBytes(y.get(), width)));
        break;
    }
    case KeyType::Okp: {
        size_t length = 0;
        if (EVP_PKEY_get_raw_public_key(pkey, nullptr, &length) != 1 || length == 0 || length > 64)
            return {};
        QByteArray raw(static_cast<qsizetype>(length), '\0');
        if (EVP_PKEY_get_raw_public_key(pkey, reinterpret_cast<unsigned char *>(raw.data()), &length) != 1)
            return {};
        members.insert(u"kty"_s, u"OKP"_s);
        members.insert(u"crv"_s, key.curve);
        members.insert(u"x"_s, str(raw));
        break;
    }
    case KeyType::Oct:
        break;
    }
    return members;
}

QList<LoadedKey> keysFromPem(const QByteArray &data)
{
    QList<LoadedKey> keys;
    static constexpr QByteArrayView Begin("-----BEGIN ");
    qsizetype from = 0;
    while (true) {
        const qsizetype begin = data.indexOf(Begin, from);
        if (begin < 0)
            break;
        const qsizetype labelStart = begin + Begin.size();
        const qsizetype labelEnd = data.indexOf("-----", labelStart);
        if (labelEnd < 0 || labelEnd - labelStart > 64) {
            keys.append(finish(nullptr, QStringLiteral("pem"), JoseText::tr("The PEM text is truncated: a BEGIN line is incomplete.")));
            break;
        }
        const QByteArray label = data.mid(labelStart, labelEnd - labelStart);
        const QByteArray endLine = "-----END " + label + "-----";
        const qsizetype end = data.indexOf(endLine, labelEnd);
        if (end < 0) {
            keys.append(finish(nullptr, QStringLiteral("pem"),
                               JoseText::tr("The PEM text is truncated: there is no END line for \"%1\".").arg(QString::fromLatin1(label))));
            break;
        }
        const qsizetype blockEnd = end + endLine.size();
        keys.append(loadPemBlock(label, data.mid(begin, blockEnd - begin) + '\n'));
        from = blockEnd;
    }
    return keys;
}

std::optional<LoadedKey> keyFromDer(const QByteArray &data)
{
    const auto *start = reinterpret_cast<const unsigned char *>(data.constData());
    const long length = static_cast<long>(data.size());
    const unsigned char *cursor = start;
    X509Ptr certificate(d2i_X509(nullptr, &cursor, length));
    if (certificate && cursor == start + length)
        return finish(keyFromCertificate(certificate.get()), QStringLiteral("certificate"), JoseText::tr("The DER certificate has no usable public key."));
    cursor = start;
    EVP_PKEY *key = d2i_PUBKEY(nullptr, &cursor, length);
    if (key && cursor == start + length)
        return finish(adoptKey(key), QStringLiteral("pem"), {});
    EVP_PKEY_free(key);
    return std::nullopt;
}

bool hasRocaFingerprint(const BIGNUM *modulus)
{
    // A modulus from the vulnerable generator lies, modulo each of these small primes, in the
    // subgroup generated by 65537. A random modulus fails the test for one of them with
    // overwhelming probability.
    static constexpr std::array<unsigned, 38> Primes{3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71,
                                                     73, 79, 83, 89, 97, 101, 103, 107, 109, 113, 127, 131, 137, 139, 149,
                                                     151, 157, 163, 167};
    for (const unsigned p : Primes) {
        const BN_ULONG residue = BN_mod_word(modulus, p);
        if (residue == static_cast<BN_ULONG>(-1))
            return false;
        std::vector<bool> inSubgroup(p, false);
        BN_ULONG value = 1;
        for (unsigned k = 0; k < p; ++k) {
            inSubgroup[value] = true;
            value = (value * (65537 % p)) % p;
        }
        if (!inSubgroup[residue])
            return false;
    }
    return true;
}

} // namespace Jose::Detail
