// SPDX-License-Identifier: GPL-3.0-or-later
#include "deviceflow.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTimer>

#include <memory>

Q_LOGGING_CATEGORY(lcDeviceFlow, "tokenscope.oauth.device")

namespace OAuth {

namespace {

using Profiles::EndpointKind;

constexpr int DefaultIntervalSeconds = 5; // RFC 8628 §3.2
constexpr int SlowDownSeconds = 5;        // RFC 8628 §3.5
constexpr int MaxIntervalSeconds = 300;   // a misbehaving server does not stall us for hours
const QString DeviceCodeGrant = QStringLiteral("urn:ietf:params:oauth:grant-type:device_code");

qint64 number(const QJsonValue &value)
{
    if (value.isDouble())
        return qint64(value.toDouble());
    if (value.isString())
        return value.toString().toLongLong();
    return 0;
}

} // namespace

DeviceFlow::DeviceFlow(TokenClient *tokens, QObject *parent) : QObject(parent), m_tokens(tokens)
{
    m_scheduler = [](std::chrono::milliseconds delay, QObject *context, std::function<void()> fire) {
        QTimer::singleShot(delay, context, std::move(fire));
    };
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    m_clock = [timer] { return timer->elapsed(); };
}

DeviceFlow::~DeviceFlow() = default;

void DeviceFlow::setScheduler(Scheduler scheduler)
{
    m_scheduler = std::move(scheduler);
}

void DeviceFlow::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
}

bool DeviceFlow::parseAuthorization(const HttpResponse &http, DeviceAuthorization *authorization, QString *deviceCode,
                                    QString *error, QString *oauthError)
{
    const QString where = http.url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (http.status == 0) {
        *error = tr("No answer from the device authorization endpoint %1: %2").arg(where, http.error);
        return false;
    }
    const QJsonDocument document = QJsonDocument::fromJson(http.body);
    const QJsonObject json = document.object();
    const auto text = [&json](const char *name) { return json.value(QLatin1String(name)).toString(); };
    if (json.value(QLatin1String("error")).isString()) { // RFC 8628 §3.2, RFC 6749 §5.2
        *oauthError = text("error");
        *error = tr("The device authorization endpoint refused the request (HTTP %1): %2").arg(http.status).arg(*oauthError);
        if (!text("error_description").isEmpty())
            *error += QLatin1String(" (") + text("error_description") + QLatin1Char(')');
        if (*oauthError == QLatin1String("invalid_client") || *oauthError == QLatin1String("unauthorized_client"))
            *error += tr(". Check that the client is allowed the device code grant and its authentication.");
        return false;
    }
    if (http.status < 200 || http.status >= 300 || !document.isObject()) {
        *error = tr("The device authorization endpoint %1 answered HTTP %2 without a JSON object. Check the device "
                    "authorization endpoint URL.")
                     .arg(where)
                     .arg(http.status);
        return false;
    }
    *deviceCode = text("device_code");
    authorization->userCode = text("user_code");
    // "verification_url": Google's pre-RFC name.
    QString uri = text("verification_uri");
    if (uri.isEmpty())
        uri = text("verification_url");
    authorization->verificationUri = QUrl(uri);
    authorization->verificationUriComplete = QUrl(text("verification_uri_complete"));
    authorization->expiresIn = number(json.value(QLatin1String("expires_in")));
    const qint64 interval = number(json.value(QLatin1String("interval")));
    authorization->interval = interval > 0 ? int(qMin<qint64>(interval, MaxIntervalSeconds)) : DefaultIntervalSeconds;
    if (deviceCode->isEmpty() || authorization->userCode.isEmpty() || !authorization->verificationUri.isValid()
        || authorization->verificationUri.isEmpty() || authorization->expiresIn <= 0) {
        *error = tr("The device authorization endpoint %1 answered without device_code, user_code, verification_uri "
                    "or expires_in (RFC 8628 §3.2).")
                     .arg(where);
        return false;
    }
    return true;
}

void DeviceFlow::start(const Profiles::Profile &profile, const QStringList &scopes)
{
    if (m_running)
        cancel();
    const quint64 generation = ++m_generation;
    m_running = true;
    m_profile = profile;
    m_deviceCode.clear();
    m_polls = 0;
    m_intervalSeconds = DefaultIntervalSeconds;

    Form form;
    appendScopeAudienceResource(form, profile, scopes);
    // RFC 8628 §3.1: client_id, unless the client authenticates (then buildClientRequest adds
    // what its method sends).
    if (profile.authMethod == Profiles::ClientAuthMethod::ClientSecretBasic)
        form.append({QStringLiteral("client_id"), profile.clientId});
    qCInfo(lcDeviceFlow).noquote() << "device authorization request"
                                   << profile.endpoints.url(EndpointKind::DeviceAuthorization)
                                          .toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    m_tokens->sendToEndpoint(profile, EndpointKind::DeviceAuthorization, form, this,
                             [this, generation](const TokenClient::EndpointResponse &response) {
                                 if (generation != m_generation)
                                     return;
                                 DeviceFlowResult failed;
                                 if (!response.error.isEmpty()) {
                                     failed.error = response.error;
                                     finish(failed);
                                     return;
                                 }
                                 DeviceAuthorization authorization;
                                 if (!parseAuthorization(response.http, &authorization, &m_deviceCode, &failed.error,
                                                         &failed.oauthError)) {
                                     finish(failed);
                                     return;
                                 }
                                 m_intervalSeconds = authorization.interval;
                                 m_deadlineMs = m_clock() + authorization.expiresIn * 1000;
                                 qCInfo(lcDeviceFlow).noquote() << "device authorization received; expires in"
                                                                << authorization.expiresIn << "s, interval"
                                                                << authorization.interval << "s";
                                 emit authorizationReceived(authorization);
                                 if (generation == m_generation) // a slot may have cancelled
                                     scheduleNextPoll();
                             });
}

void DeviceFlow::cancel()
{
    if (!m_running)
        return;
    DeviceFlowResult result;
    result.outcome = DeviceFlowResult::Outcome::Cancelled;
    result.error = tr("The device authorization was cancelled.");
    finish(result);
}

void DeviceFlow::scheduleNextPoll()
{
    const quint64 generation = m_generation;
    m_scheduler(std::chrono::seconds(m_intervalSeconds), this, [this, generation] {
        if (generation == m_generation)
            poll();
    });
}

void DeviceFlow::poll()
{
    if (m_clock() >= m_deadlineMs) { // RFC 8628 §3.2 expires_in: the device code is dead
        DeviceFlowResult result;
        result.outcome = DeviceFlowResult::Outcome::Expired;
        result.error = tr("The user code expired before the user approved it. Start the device authorization again.");
        finish(result);
        return;
    }
    ++m_polls;
    emit polling(m_polls, m_intervalSeconds);
    const quint64 generation = m_generation;
    const Form form{{QStringLiteral("grant_type"), DeviceCodeGrant}, {QStringLiteral("device_code"), m_deviceCode}};
    m_tokens->send(m_profile, form, this, [this, generation](const TokenResponse &response) {
        if (generation != m_generation)
            return;
        DeviceFlowResult result;
        result.token = response;
        result.oauthError = response.oauthError;
        if (response.ok()) {
            result.outcome = DeviceFlowResult::Outcome::Token;
            finish(result);
            return;
        }
        // RFC 8628 §3.5
        if (response.oauthError == QLatin1String("authorization_pending")) {
            scheduleNextPoll();
            return;
        }
        if (response.oauthError == QLatin1String("slow_down")) {
            m_intervalSeconds = qMin(m_intervalSeconds + SlowDownSeconds, MaxIntervalSeconds);
            qCInfo(lcDeviceFlow) << "slow_down: polling every" << m_intervalSeconds << "s";
            emit intervalChanged(m_intervalSeconds);
            if (generation == m_generation)
                scheduleNextPoll();
            return;
        }
        if (response.oauthError == QLatin1String("access_denied")) {
            result.outcome = DeviceFlowResult::Outcome::Denied;
            result.error = tr("The user denied the device authorization.");
        } else if (response.oauthError == QLatin1String("expired_token")) {
            result.outcome = DeviceFlowResult::Outcome::Expired;
            result.error = tr("The user code expired before the user approved it. Start the device authorization "
                              "again.");
        } else {
            result.outcome = DeviceFlowResult::Outcome::Failed;
            result.error = response.error;
        }
        finish(result);
    });
}

void DeviceFlow::finish(DeviceFlowResult result)
{
    ++m_generation;
    m_running = false;
    m_deviceCode.clear();
    qCInfo(lcDeviceFlow) << "device flow finished: outcome" << int(result.outcome) << "after" << m_polls << "polls"
                         << result.oauthError;
    emit finished(result);
}

} // namespace OAuth
