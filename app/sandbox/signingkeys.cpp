// SPDX-License-Identifier: GPL-3.0-or-later
#include "signingkeys.h"

#include "jose/jsonwebkey.h"

#include <QByteArray>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>

using namespace Qt::StringLiterals;

namespace Sandbox::SigningKeys {

namespace {

struct BioDeleter
{
    void operator()(BIO *bio) const { BIO_free(bio); }
};
using BioPtr = std::unique_ptr<BIO, BioDeleter>;

std::shared_ptr<EVP_PKEY> adopt(EVP_PKEY *key)
{
    return key ? std::shared_ptr<EVP_PKEY>(key, EVP_PKEY_free) : nullptr;
}

QString randomKid()
{
    unsigned char bytes[16];
    if (RAND_bytes(bytes, sizeof bytes) != 1)
        return {};
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(bytes), sizeof bytes).toHex());
}

// Fills in publicJwk from the private key (its public half) via Jose::publicJwk.
bool completeJwk(SigningKey &key)
{
    Jose::JsonWebKey jwk;
    const auto &info = Jose::algorithmInfo(key.algorithm);
    jwk.type = info.family == Jose::AlgorithmFamily::Ecdsa ? Jose::KeyType::Ec : Jose::KeyType::Rsa;
    jwk.curve = info.curve ? QString::fromLatin1(info.curve) : QString();
    jwk.kid = key.kid;
    jwk.alg = Jose::algorithmName(key.algorithm);
    jwk.use = u"sig"_s;
    jwk.publicKey = key.privateKey;
    key.publicJwk = Jose::publicJwk(jwk);
    return !key.publicJwk.isEmpty();
}

} // namespace

std::optional<Jose::Algorithm> algorithmForKeyType(const QString &keyType)
{
    if (keyType == u"ecdsa")
        return Jose::Algorithm::ES256;
    if (keyType == u"rsa")
        return Jose::Algorithm::RS256;
    if (keyType == u"ps")
        return Jose::Algorithm::PS256;
    return std::nullopt;
}

std::optional<SigningKey> generate(Jose::Algorithm algorithm)
{
    SigningKey key;
    key.algorithm = algorithm;
    key.kid = randomKid();
    if (key.kid.isEmpty())
        return std::nullopt;
    switch (algorithm) {
    case Jose::Algorithm::ES256:
        key.privateKey = adopt(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
        break;
    case Jose::Algorithm::RS256:
    case Jose::Algorithm::PS256:
        key.privateKey = adopt(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<size_t>(2048)));
        break;
    default:
        return std::nullopt;
    }
    if (!key.privateKey || !completeJwk(key))
        return std::nullopt;
    return key;
}

QJsonObject toJson(const SigningKey &key)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || !key.privateKey
        || PEM_write_bio_PrivateKey(bio.get(), key.privateKey.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    const QByteArray pem(data, static_cast<qsizetype>(length));
    return QJsonObject{
        {u"kid"_s, key.kid},
        {u"alg"_s, Jose::algorithmName(key.algorithm)},
        {u"private_key_pem"_s, QString::fromLatin1(pem)},
    };
}

std::optional<SigningKey> fromJson(const QJsonObject &object)
{
    SigningKey key;
    key.kid = object.value(u"kid"_s).toString();
    const auto algorithm = Jose::algorithmFromName(object.value(u"alg"_s).toString());
    if (key.kid.isEmpty() || !algorithm
        || (*algorithm != Jose::Algorithm::ES256 && *algorithm != Jose::Algorithm::RS256 && *algorithm != Jose::Algorithm::PS256))
        return std::nullopt;
    key.algorithm = *algorithm;
    const QByteArray pem = object.value(u"private_key_pem"_s).toString().toLatin1();
    BioPtr bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    if (!bio)
        return std::nullopt;
    key.privateKey = adopt(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
    if (!key.privateKey)
        return std::nullopt;
    // The key must suit its algorithm (a hand-edited file could pair an RSA key with ES256).
    const bool isEc = EVP_PKEY_is_a(key.privateKey.get(), "EC") == 1;
    const bool isRsa = EVP_PKEY_is_a(key.privateKey.get(), "RSA") == 1;
    if ((key.algorithm == Jose::Algorithm::ES256) != isEc || (key.algorithm != Jose::Algorithm::ES256 && !isRsa))
        return std::nullopt;
    if (isEc) {
        char group[32] = {};
        size_t length = 0;
        if (EVP_PKEY_get_group_name(key.privateKey.get(), group, sizeof group, &length) != 1
            || qstrcmp(group, "prime256v1") != 0)
            return std::nullopt; // ES256 is P-256 only (RFC 7518 §3.4)
    }
    if (!completeJwk(key))
        return std::nullopt;
    return key;
}

} // namespace Sandbox::SigningKeys
