// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenrequest.h"

#include "jose/base64url.h"
#include "jose/jsonwebkey.h"
#include "jose/signature.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>

#include <array>
#include <memory>

Q_LOGGING_CATEGORY(lcToken, "tokenscope.oauth.token")

namespace OAuth {

namespace {

using Profiles::ClientAuthMethod;
using Profiles::EndpointKind;
using Profiles::Profile;

constexpr qint64 AssertionLifetimeSeconds = 60; // RFC 7523 §3: short-lived
const QString JwtBearerAssertionType = QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer");

class Text
{
    Q_DECLARE_TR_FUNCTIONS(TokenRequest)
};

struct PkeyFree { void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); } };
using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyFree>;
struct BioFree { void operator()(BIO *b) const { BIO_free(b); } };
struct BnFree { void operator()(BIGNUM *b) const { BN_clear_free(b); } };
using BnPtr = std::unique_ptr<BIGNUM, BnFree>;
struct ParamBldFree { void operator()(OSSL_PARAM_BLD *b) const { OSSL_PARAM_BLD_free(b); } };
struct ParamFree { void operator()(OSSL_PARAM *p) const { OSSL_PARAM_free(p); } };
struct PkeyCtxFree { void operator()(EVP_PKEY_CTX *c) const { EVP_PKEY_CTX_free(c); } };

// Never asks for a passphrase: an encrypted key is refused with a message.
int noPassphrase(char *, int, int, void *)
{
    return 0;
}

struct PrivateKey
{
    PkeyPtr key;
    Jose::Algorithm algorithm = Jose::Algorithm::RS256;
    QString kid;
    QString error;
};

// The JOSE algorithm for a private key: RS256 for RSA, ES256/384/512 by curve, EdDSA.
bool chooseAlgorithm(PrivateKey &loaded, const Jose::JsonWebKey &info, const QString &requested)
{
    if (!requested.isEmpty()) {
        const auto algorithm = Jose::algorithmFromName(requested);
        QString why;
        if (algorithm && Jose::isAsymmetric(*algorithm) && Jose::keyFitsAlgorithm(info, *algorithm, &why)) {
            loaded.algorithm = *algorithm;
            return true;
        }
    }
    switch (info.type) {
    case Jose::KeyType::Rsa:
        loaded.algorithm = Jose::Algorithm::RS256;
        return true;
    case Jose::KeyType::Ec:
        if (info.curve == QLatin1String("P-256"))
            loaded.algorithm = Jose::Algorithm::ES256;
        else if (info.curve == QLatin1String("P-384"))
            loaded.algorithm = Jose::Algorithm::ES384;
        else if (info.curve == QLatin1String("P-521"))
            loaded.algorithm = Jose::Algorithm::ES512;
        else
            return false;
        return true;
    case Jose::KeyType::Okp:
        loaded.algorithm = Jose::Algorithm::EdDSA;
        return true;
    case Jose::KeyType::Oct:
        break;
    }
    return false;
}

std::optional<QByteArray> jwkBytes(const QJsonObject &jwk, const char *member)
{
    const QJsonValue value = jwk.value(QLatin1String(member));
    if (!value.isString())
        return std::nullopt;
    return Jose::base64UrlDecode(value.toString().toLatin1(), Jose::Base64UrlMode::Lenient);
}

bool pushBn(OSSL_PARAM_BLD *builder, const char *name, const QByteArray &bytes, std::vector<BnPtr> &keep)
{
    BnPtr bn(BN_bin2bn(reinterpret_cast<const unsigned char *>(bytes.constData()), int(bytes.size()), nullptr));
    if (!bn || OSSL_PARAM_BLD_push_BN(builder, name, bn.get()) != 1)
        return false;
    keep.push_back(std::move(bn));
    return true;
}

PkeyPtr fromData(const char *type, OSSL_PARAM_BLD *builder)
{
    std::unique_ptr<OSSL_PARAM, ParamFree> params(OSSL_PARAM_BLD_to_param(builder));
    std::unique_ptr<EVP_PKEY_CTX, PkeyCtxFree> ctx(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
    EVP_PKEY *key = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1
        || EVP_PKEY_fromdata(ctx.get(), &key, EVP_PKEY_KEYPAIR, params.get()) != 1)
        return {};
    return PkeyPtr(key);
}

// The private half of a JWK (RFC 7518 §6.2.2, §6.3.2; RFC 8037 §2).
PkeyPtr privateKeyFromJwk(const QJsonObject &jwk, const Jose::JsonWebKey &info)
{
    const auto d = jwkBytes(jwk, "d");
    if (!d || d->isEmpty())
        return {};
    std::unique_ptr<OSSL_PARAM_BLD, ParamBldFree> builder(OSSL_PARAM_BLD_new());
    if (!builder)
        return {};
    std::vector<BnPtr> keep;
    switch (info.type) {
    case Jose::KeyType::Rsa: {
        const auto n = jwkBytes(jwk, "n");
        const auto e = jwkBytes(jwk, "e");
        if (!n || !e || !pushBn(builder.get(), OSSL_PKEY_PARAM_RSA_N, *n, keep)
            || !pushBn(builder.get(), OSSL_PKEY_PARAM_RSA_E, *e, keep)
            || !pushBn(builder.get(), OSSL_PKEY_PARAM_RSA_D, *d, keep))
            return {};
        // The CRT members are optional (RFC 7518 §6.3.2); all or none.
        const std::array<std::pair<const char *, const char *>, 5> crt{{
            {"p", OSSL_PKEY_PARAM_RSA_FACTOR1}, {"q", OSSL_PKEY_PARAM_RSA_FACTOR2},
            {"dp", OSSL_PKEY_PARAM_RSA_EXPONENT1}, {"dq", OSSL_PKEY_PARAM_RSA_EXPONENT2},
            {"qi", OSSL_PKEY_PARAM_RSA_COEFFICIENT1}}};
        bool all = true;
        for (const auto &[member, param] : crt)
            all = all && jwkBytes(jwk, member).has_value();
        if (all) {
            for (const auto &[member, param] : crt) {
                if (!pushBn(builder.get(), param, *jwkBytes(jwk, member), keep))
                    return {};
            }
        }
        return fromData("RSA", builder.get());
    }
    case Jose::KeyType::Ec: {
        const auto x = jwkBytes(jwk, "x");
        const auto y = jwkBytes(jwk, "y");
        const char *group = info.curve == QLatin1String("P-256") ? "P-256"
                          : info.curve == QLatin1String("P-384") ? "P-384"
                          : info.curve == QLatin1String("P-521") ? "P-521" : nullptr;
        if (!x || !y || !group)
            return {};
        const QByteArray point = QByteArray(1, '\x04') + *x + *y;
        if (OSSL_PARAM_BLD_push_utf8_string(builder.get(), OSSL_PKEY_PARAM_GROUP_NAME, group, 0) != 1
            || OSSL_PARAM_BLD_push_octet_string(builder.get(), OSSL_PKEY_PARAM_PUB_KEY, point.constData(), size_t(point.size())) != 1
            || !pushBn(builder.get(), OSSL_PKEY_PARAM_PRIV_KEY, *d, keep))
            return {};
        return fromData("EC", builder.get());
    }
    case Jose::KeyType::Okp: {
        const int type = info.curve == QLatin1String("Ed25519") ? EVP_PKEY_ED25519
                       : info.curve == QLatin1String("Ed448")   ? EVP_PKEY_ED448 : 0;
        if (type == 0)
            return {};
        return PkeyPtr(EVP_PKEY_new_raw_private_key(type, nullptr, reinterpret_cast<const unsigned char *>(d->constData()),
                                                    size_t(d->size())));
    }
    case Jose::KeyType::Oct:
        break;
    }
    return {};
}

// Jose::loadKeys identifies the key (type, curve, kid, sanity checks on the public half); the
// private half, which loadKeys drops on purpose, is decoded here.
PrivateKey loadPrivateKey(const QByteArray &text)
{
    PrivateKey loaded;
    const QByteArray trimmed = text.trimmed();
    const Jose::KeyLoadResult identified = Jose::loadKeys(trimmed);
    if (!identified.ok() || identified.keySet.keys.isEmpty()) {
        loaded.error = Text::tr("The stored private key cannot be used: %1 Store it again as an unencrypted PEM "
                                "private key or a private JWK.")
                           .arg(identified.error.isEmpty() ? Text::tr("no key in it.") : identified.error);
        return loaded;
    }
    const Jose::JsonWebKey info = identified.keySet.keys.constFirst();
    QString requestedAlgorithm = info.alg;

    if (trimmed.startsWith('{')) {
        QJsonObject jwk = QJsonDocument::fromJson(trimmed).object();
        if (jwk.contains(QLatin1String("keys")))
            jwk = jwk.value(QLatin1String("keys")).toArray().at(0).toObject();
        loaded.key = privateKeyFromJwk(jwk, info);
        loaded.kid = info.kid;
    } else {
        std::unique_ptr<BIO, BioFree> bio(BIO_new_mem_buf(trimmed.constData(), int(trimmed.size())));
        if (bio)
            loaded.key.reset(PEM_read_bio_PrivateKey(bio.get(), nullptr, noPassphrase, nullptr));
    }
    if (!loaded.key) {
        loaded.error = Text::tr("The stored key for private_key_jwt has no usable private key (an encrypted PEM key, "
                                "a public key or a certificate cannot sign). Store the unencrypted private key as PEM "
                                "or as a JWK with its private members.");
        return loaded;
    }
    if (!chooseAlgorithm(loaded, info, requestedAlgorithm)) {
        loaded.key.reset();
        loaded.error = Text::tr("The private key is of a type that cannot sign a client assertion (RSA, EC P-256/384/521 "
                                "and Ed25519/Ed448 can).");
    }
    return loaded;
}

QByteArray randomJti()
{
    std::array<quint32, 4> words{};
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    return Jose::base64UrlEncode(QByteArrayView(reinterpret_cast<const char *>(words.data()), qsizetype(sizeof(words))));
}

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

bool formHas(const Form &form, const QString &name)
{
    for (const auto &pair : form) {
        if (pair.first == name)
            return true;
    }
    return false;
}

QString endpointForMessages(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

QString invalidClientHint(ClientAuthMethod method)
{
    switch (method) {
    case ClientAuthMethod::ClientSecretBasic:
        return Text::tr("Check the client id and secret. If they are right, the server may expect client_secret_post "
                        "instead of client_secret_basic, or the Basic credentials without form-encoding (the profile's "
                        "raw Basic switch).");
    case ClientAuthMethod::ClientSecretPost:
        return Text::tr("Check the client id and secret. If they are right, the server may expect client_secret_basic "
                        "instead of client_secret_post.");
    case ClientAuthMethod::None:
        return Text::tr("The server wants this client to authenticate: choose the client authentication method it was "
                        "registered with and store its secret.");
    case ClientAuthMethod::ClientSecretJwt:
    case ClientAuthMethod::PrivateKeyJwt:
        return Text::tr("Check the client id and the key or secret; the server may expect another client "
                        "authentication method (client_secret_basic or client_secret_post), or the assertion's "
                        "audience to be the issuer.");
    case ClientAuthMethod::TlsClientAuth:
        return Text::tr("Check the client id and that the server registered this client certificate (its subject or "
                        "subject alternative name) for tls_client_auth.");
    }
    return {};
}

} // namespace

QByteArray formEncode(const QByteArray &value)
{
    // toPercentEncoding leaves exactly the RFC 3986 unreserved set alone; a space becomes "+".
    QByteArray encoded = value.toPercentEncoding(QByteArrayLiteral(" "));
    encoded.replace(' ', '+');
    return encoded;
}

QByteArray basicAuthorization(const QString &clientId, const QByteArray &secret, bool raw)
{
    const QByteArray id = clientId.toUtf8();
    const QByteArray joined = raw ? id + ':' + secret : formEncode(id) + ':' + formEncode(secret);
    return QByteArrayLiteral("Basic ") + joined.toBase64();
}

QByteArray encodeForm(const Form &form)
{
    QByteArray body;
    for (const auto &[name, value] : form) {
        if (!body.isEmpty())
            body += '&';
        body += formEncode(name.toUtf8()) + '=' + formEncode(value.toUtf8());
    }
    return body;
}

std::optional<Profiles::SecretKind> secretKindFor(ClientAuthMethod method)
{
    switch (method) {
    case ClientAuthMethod::ClientSecretBasic:
    case ClientAuthMethod::ClientSecretPost:
    case ClientAuthMethod::ClientSecretJwt:
        return Profiles::SecretKind::ClientSecret;
    case ClientAuthMethod::PrivateKeyJwt:
        return Profiles::SecretKind::PrivateKey;
    case ClientAuthMethod::TlsClientAuth:
        return Profiles::SecretKind::TlsClientKey;
    case ClientAuthMethod::None:
        break;
    }
    return std::nullopt;
}

QByteArray clientAssertion(const Profile &profile, const QByteArray &secret, QString *error, qint64 now)
{
    if (now <= 0)
        now = QDateTime::currentSecsSinceEpoch();
    QJsonObject header{{QStringLiteral("typ"), QStringLiteral("JWT")}};
    // RFC 7523 §3: iss and sub are the client id, aud the token endpoint, a unique jti, a short exp.
    const QJsonObject claims{
        {QStringLiteral("iss"), profile.clientId},
        {QStringLiteral("sub"), profile.clientId},
        {QStringLiteral("aud"), profile.endpoints.url(EndpointKind::Token).toString(QUrl::FullyEncoded)},
        {QStringLiteral("jti"), QString::fromLatin1(randomJti())},
        {QStringLiteral("iat"), now},
        {QStringLiteral("exp"), now + AssertionLifetimeSeconds},
    };

    std::optional<QByteArray> signature;
    QByteArray signingInput;
    if (profile.authMethod == ClientAuthMethod::ClientSecretJwt) {
        if (secret.isEmpty()) {
            *error = Text::tr("The client secret is empty; client_secret_jwt needs one.");
            return {};
        }
        header.insert(QStringLiteral("alg"), QStringLiteral("HS256"));
        signingInput = Jose::base64UrlEncode(compactJson(header)) + '.' + Jose::base64UrlEncode(compactJson(claims));
        signature = Jose::signHmac(Jose::Algorithm::HS256, secret, signingInput);
    } else if (profile.authMethod == ClientAuthMethod::PrivateKeyJwt) {
        const PrivateKey key = loadPrivateKey(secret);
        if (!key.key) {
            *error = key.error;
            return {};
        }
        header.insert(QStringLiteral("alg"), Jose::algorithmName(key.algorithm));
        if (!key.kid.isEmpty())
            header.insert(QStringLiteral("kid"), key.kid);
        signingInput = Jose::base64UrlEncode(compactJson(header)) + '.' + Jose::base64UrlEncode(compactJson(claims));
        signature = Jose::sign(key.algorithm, key.key.get(), signingInput);
    } else {
        *error = Text::tr("Client assertions are only made for client_secret_jwt and private_key_jwt.");
        return {};
    }
    if (!signature) {
        *error = Text::tr("The client assertion could not be signed with the stored key or secret.");
        return {};
    }
    return signingInput + '.' + Jose::base64UrlEncode(*signature);
}

QByteArray signJwt(const QJsonObject &claims, const QByteArray &privateKey, QString *error)
{
    const PrivateKey key = loadPrivateKey(privateKey);
    if (!key.key) {
        *error = key.error;
        return {};
    }
    QJsonObject header{{QStringLiteral("typ"), QStringLiteral("JWT")},
                       {QStringLiteral("alg"), Jose::algorithmName(key.algorithm)}};
    if (!key.kid.isEmpty())
        header.insert(QStringLiteral("kid"), key.kid);
    const QByteArray signingInput =
        Jose::base64UrlEncode(compactJson(header)) + '.' + Jose::base64UrlEncode(compactJson(claims));
    const std::optional<QByteArray> signature = Jose::sign(key.algorithm, key.key.get(), signingInput);
    if (!signature) {
        *error = Text::tr("The assertion could not be signed with the private key.");
        return {};
    }
    return signingInput + '.' + Jose::base64UrlEncode(*signature);
}

HttpRequest buildTokenRequest(const Profile &profile, const Form &form, const QByteArray &secret, QString *error,
                              qint64 now)
{
    return buildClientRequest(profile, EndpointKind::Token, form, secret, error, now);
}

HttpRequest buildClientRequest(const Profile &profile, EndpointKind endpointKind, const Form &form,
                               const QByteArray &secret, QString *error, qint64 now)
{
    QString ignored;
    if (!error)
        error = &ignored;
    error->clear();
    const QUrl endpoint = profile.endpoints.url(endpointKind);
    if (!endpoint.isValid() || endpoint.isEmpty()
        || (endpoint.scheme() != QLatin1String("https") && endpoint.scheme() != QLatin1String("http"))) {
        if (endpointKind == EndpointKind::Token)
            *error = Text::tr("The profile \"%1\" has no token endpoint. Fill the endpoints from the issuer (discovery) "
                              "or set the token endpoint.")
                         .arg(profile.name);
        else
            *error = Text::tr("The profile \"%1\" has no %2. Fill the endpoints from the issuer (discovery) or set it "
                              "in the profile.")
                         .arg(profile.name, Profiles::endpointDisplayName(endpointKind));
        return {};
    }
    if (profile.authMethod == ClientAuthMethod::TlsClientAuth && profile.tls.clientCertificatePath.isEmpty()) {
        *error = Text::tr("The profile \"%1\" uses tls_client_auth but names no client certificate. Set the client "
                          "certificate (a PEM file) in the profile's TLS settings.")
                     .arg(profile.name);
        return {};
    }
    if (profile.clientId.isEmpty()) {
        *error = Text::tr("The profile \"%1\" has no client id; set it first.").arg(profile.name);
        return {};
    }

    HttpRequest request;
    request.method = QByteArrayLiteral("POST");
    request.url = endpoint;
    request.tls.caBundlePath = profile.tls.caBundlePath;
    request.tls.insecure = profile.tls.insecure;
    request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    request.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")});

    Form full = form;
    for (const Profiles::ExtraParameter &extra : profile.extraParameters) {
        if (extra.target == Profiles::ExtraParameter::Target::Authorization || extra.name.isEmpty())
            continue;
        if (!formHas(form, extra.name)) // the grant's own parameters win
            full.append({extra.name, extra.value});
    }

    switch (profile.authMethod) {
    case ClientAuthMethod::ClientSecretBasic:
        request.headers.append({QByteArrayLiteral("Authorization"),
                                basicAuthorization(profile.clientId, secret, profile.rawBasicCredentials)});
        break;
    case ClientAuthMethod::ClientSecretPost:
        full.append({QStringLiteral("client_id"), profile.clientId});
        full.append({QStringLiteral("client_secret"), QString::fromUtf8(secret)});
        break;
    case ClientAuthMethod::None:
        full.append({QStringLiteral("client_id"), profile.clientId});
        break;
    case ClientAuthMethod::ClientSecretJwt:
    case ClientAuthMethod::PrivateKeyJwt: {
        const QByteArray assertion = clientAssertion(profile, secret, error, now);
        if (assertion.isEmpty())
            return {};
        full.append({QStringLiteral("client_id"), profile.clientId});
        full.append({QStringLiteral("client_assertion_type"), JwtBearerAssertionType});
        full.append({QStringLiteral("client_assertion"), QString::fromLatin1(assertion)});
        break;
    }
    case ClientAuthMethod::TlsClientAuth:
        // RFC 8705 §2: the TLS handshake authenticates; the form only names the client.
        if (secret.isEmpty()) {
            *error = Text::tr("The TLS client key of the profile \"%1\" is empty. Store the certificate's private key "
                              "(unencrypted PEM) for it.")
                         .arg(profile.name);
            return {};
        }
        request.tls.clientCertificatePath = profile.tls.clientCertificatePath;
        request.tls.clientKeyPem = secret;
        full.append({QStringLiteral("client_id"), profile.clientId});
        break;
    }
    request.body = encodeForm(full);
    return request;
}

TokenResponse parseTokenResponse(const HttpResponse &http, const Profile &profile)
{
    TokenResponse response;
    response.http = http;
    const QString where = endpointForMessages(http.url.isEmpty() ? profile.endpoints.url(EndpointKind::Token) : http.url);
    if (http.status == 0) {
        response.error = TokenResponse::tr("No answer from the token endpoint %1: %2")
                             .arg(where, http.error.isEmpty() ? TokenResponse::tr("the request failed.") : http.error);
        return response;
    }
    // The status line came but the transfer failed (cut off at the size cap, closed mid-body,
    // timed out mid-answer; Qt's transport errors are below 200): the body is not the server's
    // answer, so the transfer's failure is the reason, not the body's shape.
    if (http.networkError != QNetworkReply::NoError && int(http.networkError) < 200 && !http.error.isEmpty()) {
        response.error = TokenResponse::tr("The answer of the token endpoint %1 (HTTP %2) did not arrive whole: %3")
                             .arg(where)
                             .arg(http.status)
                             .arg(http.error);
        return response;
    }

    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(http.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        const QByteArray start = http.body.trimmed().left(256).toLower();
        if (start.startsWith('<') || start.contains("<html"))
            response.error = TokenResponse::tr("The token endpoint %1 answered HTTP %2 with an HTML page instead of JSON. "
                                               "Check the token endpoint URL (and a proxy or login page in between).")
                                 .arg(where)
                                 .arg(http.status);
        else
            response.error = TokenResponse::tr("The token endpoint %1 answered HTTP %2 with a body that is not a JSON "
                                               "object. Check the token endpoint URL.")
                                 .arg(where)
                                 .arg(http.status);
        return response;
    }
    const QJsonObject json = document.object();
    response.json = json;
    const auto text = [&json](const char *name) { return json.value(QLatin1String(name)).toString(); };

    // RFC 6749 §5.2: an error document (normally 400 or 401).
    if (json.contains(QLatin1String("error"))) {
        response.oauthError = text("error");
        response.oauthErrorDescription = text("error_description");
        response.oauthErrorUri = text("error_uri");
        QString message = TokenResponse::tr("The token endpoint refused the request (HTTP %1): %2")
                              .arg(http.status)
                              .arg(response.oauthError);
        if (!response.oauthErrorDescription.isEmpty())
            message += QLatin1String(" (") + response.oauthErrorDescription + QLatin1Char(')');
        if (!response.oauthErrorUri.isEmpty())
            message += QLatin1Char(' ') + response.oauthErrorUri;
        if (response.oauthError == QLatin1String("invalid_client")) {
            const QString hint = invalidClientHint(profile.authMethod);
            if (!hint.isEmpty())
                message += QLatin1String(". ") + hint;
        }
        response.error = message;
        return response;
    }
    if (http.status < 200 || http.status >= 300) {
        response.error = TokenResponse::tr("The token endpoint %1 answered HTTP %2 without an OAuth error document.")
                             .arg(where)
                             .arg(http.status);
        return response;
    }

    // RFC 6749 §5.1
    response.accessToken = text("access_token");
    response.tokenType = text("token_type");
    response.refreshToken = text("refresh_token");
    response.idToken = text("id_token");
    response.scope = text("scope");
    const QJsonValue expiresIn = json.value(QLatin1String("expires_in"));
    if (expiresIn.isDouble())
        response.expiresIn = qint64(expiresIn.toDouble());
    else if (expiresIn.isString()) // some servers send a string
        response.expiresIn = expiresIn.toString().toLongLong();
    if (response.accessToken.isEmpty())
        response.error = TokenResponse::tr("The token endpoint %1 answered HTTP %2 without an access_token.")
                             .arg(where)
                             .arg(http.status);
    return response;
}

TokenClient::TokenClient(HttpClient *http, Profiles::SecretStore *secrets, QObject *parent)
    : QObject(parent), m_http(http), m_secrets(secrets)
{
}

void TokenClient::send(const Profile &profile, const Form &form, QObject *context, Callback done)
{
    QObject *receiver = context ? context : this;
    const auto post = [this, profile, form, receiver, done](const QByteArray &secret) {
        QString error;
        const HttpRequest request = buildTokenRequest(profile, form, secret, &error);
        if (!error.isEmpty()) {
            TokenResponse response;
            response.error = error;
            done(response);
            return;
        }
        qCInfo(lcToken).noquote() << "token request" << endpointForMessages(request.url) << "auth"
                                  << Profiles::authMethodName(profile.authMethod);
        m_http->send(request, receiver, [profile, done](const HttpResponse &http) {
            const TokenResponse response = parseTokenResponse(http, profile);
            if (response.oauthError.isEmpty())
                qCInfo(lcToken).noquote() << "token response status" << http.status;
            else
                qCInfo(lcToken).noquote() << "token response status" << http.status << "error" << response.oauthError;
            done(response);
        });
    };
    withSecret(profile, receiver, post, [done](const QString &error, bool secretUnavailable) {
        TokenResponse response;
        response.error = error;
        response.secretUnavailable = secretUnavailable;
        done(response);
    });
}

void TokenClient::sendToEndpoint(const Profile &profile, EndpointKind endpoint, const Form &form, QObject *context,
                                 EndpointCallback done)
{
    QObject *receiver = context ? context : this;
    const auto post = [this, profile, endpoint, form, receiver, done](const QByteArray &secret) {
        EndpointResponse response;
        const HttpRequest request = buildClientRequest(profile, endpoint, form, secret, &response.error);
        if (!response.error.isEmpty()) {
            done(response);
            return;
        }
        qCInfo(lcToken).noquote() << Profiles::endpointMetadataName(endpoint) << "request"
                                  << endpointForMessages(request.url) << "auth"
                                  << Profiles::authMethodName(profile.authMethod);
        m_http->send(request, receiver, [done](const HttpResponse &http) {
            EndpointResponse answered;
            answered.http = http;
            done(answered);
        });
    };
    withSecret(profile, receiver, post, [done](const QString &error, bool secretUnavailable) {
        EndpointResponse response;
        response.error = error;
        response.secretUnavailable = secretUnavailable;
        done(response);
    });
}

void TokenClient::withSecret(const Profile &profile, QObject *receiver, std::function<void(const QByteArray &)> use,
                             std::function<void(const QString &, bool)> fail)
{
    const auto kind = secretKindFor(profile.authMethod);
    if (!kind) {
        // Callbacks run later, never inside the call.
        QTimer::singleShot(0, receiver, [use] { use({}); });
        return;
    }
    if (!m_secrets) {
        const QString error = Text::tr("No keychain is available to read the %1 of the profile \"%2\".")
                                  .arg(Profiles::secretKindDisplayName(*kind), profile.name);
        QTimer::singleShot(0, receiver, [fail, error] { fail(error, true); });
        return;
    }
    const Profiles::SecretKind secretKind = *kind;
    m_secrets->read(profile.id, secretKind, receiver, [profile, secretKind, use, fail](const Profiles::SecretResult &result) {
        if (result.ok()) {
            use(result.value);
            return;
        }
        switch (result.status) {
        case Profiles::SecretResult::Status::NotFound:
            if (secretKind == Profiles::SecretKind::TlsClientKey) {
                fail(Text::tr("No TLS client key is stored in the keychain for the profile \"%1\". Paste the client "
                              "certificate's private key (unencrypted PEM) into the profile's TLS client key field.")
                         .arg(profile.name),
                     false);
                return;
            }
            fail(Text::tr("No %1 is stored in the keychain for the profile \"%2\". Store it first (for example "
                          "with \"tokenscope profile add ... --client-secret-stdin\" or in the profile editor).")
                     .arg(Profiles::secretKindDisplayName(secretKind), profile.name),
                 false);
            return;
        case Profiles::SecretResult::Status::Unavailable:
            fail(Text::tr("The %1 of the profile \"%2\" cannot be read: no keychain is available. %3")
                     .arg(Profiles::secretKindDisplayName(secretKind), profile.name, result.error),
                 true);
            return;
        case Profiles::SecretResult::Status::Failed:
        case Profiles::SecretResult::Status::Ok:
            break;
        }
        fail(Text::tr("The %1 of the profile \"%2\" cannot be read from the keychain: %3")
                 .arg(Profiles::secretKindDisplayName(secretKind), profile.name, result.error),
             false);
    });
}

void TokenClient::clientCredentials(const Profile &profile, const QStringList &scopeOverride, QObject *context,
                                    Callback done)
{
    Form form{{QStringLiteral("grant_type"), QStringLiteral("client_credentials")}};
    appendScopeAudienceResource(form, profile, scopeOverride);
    send(profile, form, context, std::move(done));
}

void appendScopeAudienceResource(Form &form, const Profile &profile, const QStringList &scopeOverride)
{
    const QStringList scopes = scopeOverride.isEmpty() ? profile.scopes : scopeOverride;
    if (!scopes.isEmpty())
        form.append({QStringLiteral("scope"), scopes.join(QLatin1Char(' '))});
    for (const QString &audience : profile.audiences)
        form.append({QStringLiteral("audience"), audience});
    for (const QString &resource : profile.resources)
        form.append({QStringLiteral("resource"), resource}); // RFC 8707 §2
}

} // namespace OAuth
