// SPDX-License-Identifier: GPL-3.0-or-later
// TokenOperations: token exchange (RFC 8693) and the JWT bearer grant (RFC 7523 §2.1).
#include "tokenoperations.h"

#include "jose/base64url.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTimer>

#include <array>

Q_LOGGING_CATEGORY(lcExchangeGrants, "tokenscope.oauth.exchange")

namespace OAuth {

namespace {

const QString TokenExchangeGrant = QStringLiteral("urn:ietf:params:oauth:grant-type:token-exchange");
const QString JwtBearerGrant = QStringLiteral("urn:ietf:params:oauth:grant-type:jwt-bearer");

void appendAll(Form &form, const QString &name, const QStringList &values)
{
    for (const QString &value : values) {
        if (!value.isEmpty())
            form.append({name, value});
    }
}

QString randomId()
{
    std::array<quint32, 4> words{};
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    return QString::fromLatin1(
        Jose::base64UrlEncode(QByteArrayView(reinterpret_cast<const char *>(words.data()), qsizetype(sizeof(words)))));
}

} // namespace

Form tokenExchangeForm(const TokenExchangeRequest &request, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    error->clear();
    // RFC 8693 §2.1: subject_token and subject_token_type are REQUIRED; actor_token_type is
    // REQUIRED with an actor_token and must not be sent without one.
    if (request.subjectToken.isEmpty()) {
        *error = TokenOperations::tr("Give the subject token to exchange (RFC 8693 §2.1).");
        return {};
    }
    if (request.subjectTokenType.isEmpty()) {
        *error = TokenOperations::tr("Give the subject token's type, e.g. %1.").arg(TokenTypes::AccessToken);
        return {};
    }
    if (!request.actorToken.isEmpty() && request.actorTokenType.isEmpty()) {
        *error = TokenOperations::tr("Give the actor token's type, e.g. %1 (RFC 8693 §2.1).").arg(TokenTypes::AccessToken);
        return {};
    }
    if (request.actorToken.isEmpty() && !request.actorTokenType.isEmpty()) {
        *error = TokenOperations::tr("An actor token type was given without an actor token: give the actor token or "
                                     "clear its type.");
        return {};
    }
    Form form{{QStringLiteral("grant_type"), TokenExchangeGrant}};
    appendAll(form, QStringLiteral("resource"), request.resources);
    appendAll(form, QStringLiteral("audience"), request.audiences);
    if (!request.scopes.isEmpty())
        form.append({QStringLiteral("scope"), request.scopes.join(QLatin1Char(' '))});
    if (!request.requestedTokenType.isEmpty())
        form.append({QStringLiteral("requested_token_type"), request.requestedTokenType});
    form.append({QStringLiteral("subject_token"), request.subjectToken});
    form.append({QStringLiteral("subject_token_type"), request.subjectTokenType});
    if (!request.actorToken.isEmpty()) {
        form.append({QStringLiteral("actor_token"), request.actorToken});
        form.append({QStringLiteral("actor_token_type"), request.actorTokenType});
    }
    return form;
}

Form jwtBearerForm(const Profiles::Profile &profile, const JwtBearerRequest &request)
{
    Form form{{QStringLiteral("grant_type"), JwtBearerGrant}, {QStringLiteral("assertion"), request.assertion}};
    appendScopeAudienceResource(form, profile, request.scopes);
    return form;
}

QByteArray buildJwtBearerAssertion(const JwtBearerClaims &claims, const QByteArray &privateKey, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    error->clear();
    // RFC 7523 §3: iss, sub, aud and exp are required.
    if (claims.issuer.isEmpty() || claims.subject.isEmpty() || claims.audience.isEmpty()) {
        *error = TokenOperations::tr("An assertion needs an issuer, a subject and an audience (RFC 7523 §3): fill "
                                     "all three.");
        return {};
    }
    if (claims.lifetimeSeconds <= 0) {
        *error = TokenOperations::tr("The assertion's lifetime must be at least one second.");
        return {};
    }
    const qint64 now = claims.now > 0 ? claims.now : QDateTime::currentSecsSinceEpoch();
    QJsonObject payload = claims.extraClaims;
    payload.insert(QStringLiteral("iss"), claims.issuer);
    payload.insert(QStringLiteral("sub"), claims.subject);
    payload.insert(QStringLiteral("aud"), claims.audience);
    payload.insert(QStringLiteral("iat"), now);
    payload.insert(QStringLiteral("exp"), now + claims.lifetimeSeconds);
    payload.insert(QStringLiteral("jti"), randomId());
    return signJwt(payload, privateKey, error);
}

void TokenOperations::exchangeToken(const Profiles::Profile &profile, const TokenExchangeRequest &request,
                                    QObject *context, std::function<void(const TokenExchangeResult &)> done)
{
    QObject *receiver = context ? context : this;
    QString error;
    const Form form = tokenExchangeForm(request, &error);
    if (!error.isEmpty()) {
        TokenExchangeResult result;
        result.token.error = error;
        QTimer::singleShot(0, receiver, [done, result] { done(result); });
        return;
    }
    m_tokens->send(profile, form, receiver, [done](const TokenResponse &response) {
        TokenExchangeResult result;
        result.token = response;
        result.issuedTokenType = response.json.value(QLatin1String("issued_token_type")).toString();
        qCInfo(lcExchangeGrants).noquote() << "token exchange" << (response.ok() ? "succeeded" : "failed") << "issued type"
                                     << result.issuedTokenType;
        done(result);
    });
}

void TokenOperations::jwtBearer(const Profiles::Profile &profile, const JwtBearerRequest &request, QObject *context,
                                TokenClient::Callback done)
{
    QObject *receiver = context ? context : this;
    if (request.assertion.isEmpty()) {
        TokenResponse response;
        response.error = tr("Give the assertion (a signed JWT) for the JWT bearer grant, or build one from a private "
                            "key.");
        QTimer::singleShot(0, receiver, [done, response] { done(response); });
        return;
    }
    m_tokens->send(profile, jwtBearerForm(profile, request), receiver, [done](const TokenResponse &response) {
        qCInfo(lcExchangeGrants).noquote() << "jwt bearer grant" << (response.ok() ? "succeeded" : "failed");
        done(response);
    });
}

} // namespace OAuth
