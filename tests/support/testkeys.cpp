// SPDX-License-Identifier: GPL-3.0-or-later
#include "testkeys.h"

#include "jose/jsonwebkey.h"
#include "jose/signature.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>

using namespace Qt::StringLiterals;

namespace TestKeys {

namespace {

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), count) != 1)
        qFatal("RAND_bytes failed");
    return bytes;
}

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<qsizetype>(length));
}

std::shared_ptr<EVP_PKEY> generateKey(Jose::Algorithm algorithm, int rsaBits, bool ed448)
{
    const Jose::AlgorithmInfo &info = Jose::algorithmInfo(algorithm);
    EVP_PKEY *key = nullptr;
    switch (info.family) {
    case Jose::AlgorithmFamily::RsaPkcs1:
    case Jose::AlgorithmFamily::RsaPss:
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<size_t>(rsaBits));
        break;
    case Jose::AlgorithmFamily::Ecdsa:
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", info.curve);
        break;
    case Jose::AlgorithmFamily::EdDsa:
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, ed448 ? "ED448" : "ED25519");
        break;
    case Jose::AlgorithmFamily::Hmac:
    case Jose::AlgorithmFamily::None:
        break;
    }
    if (!key)
        return {};
    return std::shared_ptr<EVP_PKEY>(key, EVP_PKEY_free);
}

QByteArray publicPem(EVP_PKEY *key)
{
    BIO *bio = BIO_new(BIO_s_mem());
    QByteArray pem;
    if (bio && PEM_write_bio_PUBKEY(bio, key) == 1)
        pem = bioContents(bio);
    BIO_free(bio);
    return pem;
}

QByteArray selfSignedCertificate(EVP_PKEY *key, const QString &subject)
{
    X509 *certificate = X509_new();
    QByteArray pem;
    if (!certificate)
        return pem;
    const QByteArray cn = subject.toUtf8();
    X509_NAME *name = X509_get_subject_name(certificate);
    // EdDSA signs without a separate digest.
    const bool noDigest = EVP_PKEY_is_a(key, "ED25519") || EVP_PKEY_is_a(key, "ED448");
    const bool ok = X509_set_version(certificate, 2) == 1
        && ASN1_INTEGER_set(X509_get_serialNumber(certificate), 1) == 1
        && X509_gmtime_adj(X509_getm_notBefore(certificate), 0) != nullptr
        && X509_gmtime_adj(X509_getm_notAfter(certificate), 24 * 3600) != nullptr
        && X509_set_pubkey(certificate, key) == 1
        && X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(cn.constData()),
                                      -1, -1, 0) == 1
        && X509_set_issuer_name(certificate, name) == 1
        && X509_sign(certificate, key, noDigest ? nullptr : EVP_sha256()) > 0;
    if (ok) {
        BIO *bio = BIO_new(BIO_s_mem());
        if (bio && PEM_write_bio_X509(bio, certificate) == 1)
            pem = bioContents(bio);
        BIO_free(bio);
    }
    X509_free(certificate);
    return pem;
}

} // namespace

KeyPair generate(Jose::Algorithm algorithm, const QString &kid, int rsaBits, bool ed448)
{
    KeyPair pair;
    pair.algorithm = algorithm;
    const QString keyId = kid.isEmpty() ? QString::fromLatin1(base64Url(randomBytes(9))) : kid;
    const QString algName = Jose::algorithmName(algorithm);
    if (Jose::algorithmInfo(algorithm).family == Jose::AlgorithmFamily::Hmac) {
        pair.secret = randomBytes(64);
        pair.publicJwk = QJsonObject{{u"kty"_s, u"oct"_s},
                                     {u"kid"_s, keyId},
                                     {u"alg"_s, algName},
                                     {u"use"_s, u"sig"_s},
                                     {u"k"_s, QString::fromLatin1(base64Url(pair.secret))}};
        return pair;
    }
    pair.privateKey = generateKey(algorithm, rsaBits, ed448);
    if (!pair.privateKey)
        qFatal("key generation failed for %s", Jose::algorithmInfo(algorithm).name);
    pair.publicPem = publicPem(pair.privateKey.get());
    pair.certificatePem = selfSignedCertificate(pair.privateKey.get(), u"Tokenscope test "_s + algName);
    // The JWK members come from the library's own export of the loaded public key.
    const Jose::KeyLoadResult loaded = Jose::loadKeys(pair.publicPem);
    if (!loaded.ok() || loaded.keySet.keys.isEmpty())
        qFatal("generated key does not load: %s", qPrintable(loaded.error));
    pair.publicJwk = Jose::publicJwk(loaded.keySet.keys.constFirst());
    pair.publicJwk.insert(u"kid"_s, keyId);
    pair.publicJwk.insert(u"alg"_s, algName);
    pair.publicJwk.insert(u"use"_s, u"sig"_s);
    return pair;
}

QString signCompactRaw(const KeyPair &key, QJsonObject header, const QByteArray &payload)
{
    if (!header.contains(u"alg"_s))
        header.insert(u"alg"_s, Jose::algorithmName(key.algorithm));
    if (!header.contains(u"kid"_s) && key.publicJwk.contains(u"kid"_s))
        header.insert(u"kid"_s, key.publicJwk.value(u"kid"_s));
    const QByteArray signingInput = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' + base64Url(payload);
    const std::optional<QByteArray> signature = key.privateKey
        ? Jose::sign(key.algorithm, key.privateKey.get(), signingInput)
        : Jose::signHmac(key.algorithm, key.secret, signingInput);
    if (!signature)
        return {};
    return QString::fromLatin1(signingInput + '.' + base64Url(*signature));
}

QString signCompact(const KeyPair &key, QJsonObject header, const QJsonObject &payload)
{
    return signCompactRaw(key, std::move(header), QJsonDocument(payload).toJson(QJsonDocument::Compact));
}

QByteArray jwks(const QList<KeyPair> &keys)
{
    QJsonArray array;
    for (const KeyPair &key : keys)
        array.append(key.publicJwk);
    return QJsonDocument(QJsonObject{{u"keys"_s, array}}).toJson(QJsonDocument::Compact);
}

} // namespace TestKeys
