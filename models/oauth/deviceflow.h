// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// RFC 8628 device authorization grant: the user approves on another device while we poll.
//
//   DeviceFlow                      device_authorization_endpoint          token endpoint
//     │ start ── client_id, scope ──► (client auth as at the token endpoint)
//     │ ◄── device_code, user_code, verification_uri(_complete), expires_in, interval
//     │ authorizationReceived(user_code, URIs) → the UI shows them
//     │ every `interval` s (default 5) ── grant_type=…:device_code, device_code ──►
//     │ ◄── authorization_pending: keep polling; slow_down: interval += 5 s (§3.5)
//     │ ◄── tokens → finished(ok); expired_token / access_denied / expires_in elapsed /
//     │     any other error → finished(error); cancel() → finished(cancelled)

#include "oauth/tokenrequest.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <functional>

namespace OAuth {

// RFC 8628 §3.2
struct DeviceAuthorization
{
    QString userCode;
    QUrl verificationUri;
    QUrl verificationUriComplete; // empty when the server sends none
    qint64 expiresIn = 0;         // seconds
    int interval = 5;             // seconds between polls, as the server asked (or the default)
};

struct DeviceFlowResult
{
    enum class Outcome { Token, Denied, Expired, Cancelled, Failed };
    Outcome outcome = Outcome::Failed;
    TokenResponse token;   // Token: the tokens; Denied/Expired/Failed: the last answer, if any
    QString oauthError;    // access_denied, expired_token, or another §5.2 / RFC 8628 §3.5 code
    QString error;         // translated, says what to do; empty for Token

    bool ok() const { return outcome == Outcome::Token; }
};

class DeviceFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceFlow)

public:
    explicit DeviceFlow(TokenClient *tokens, QObject *parent = nullptr);
    ~DeviceFlow() override;

    // Poll scheduling, injectable so tests need no real waits: call fire once after delay
    // (unless the flow was cancelled or restarted since; the flow checks that itself). The
    // default is a single-shot QTimer.
    using Scheduler = std::function<void(std::chrono::milliseconds delay, QObject *context, std::function<void()> fire)>;
    void setScheduler(Scheduler scheduler);
    // Milliseconds on a monotonic clock, for expires_in; the default is a QElapsedTimer.
    void setClock(std::function<qint64()> clock);

    // Starts a flow (cancelling a running one). scopes empty: the profile's scopes.
    void start(const Profiles::Profile &profile, const QStringList &scopes = {});
    // Stops polling; finished(Cancelled) follows unless the flow had already finished.
    void cancel();

    bool isRunning() const { return m_running; }
    std::chrono::seconds interval() const { return std::chrono::seconds(m_intervalSeconds); }
    int pollCount() const { return m_polls; }

    // RFC 8628 §3.2 from the device authorization endpoint's answer. ok false with *error
    // (translated) and the §5.2 code in *oauthError when it refused or answered nonsense.
    static bool parseAuthorization(const HttpResponse &http, DeviceAuthorization *authorization, QString *deviceCode,
                                   QString *error, QString *oauthError);

signals:
    // Show userCode and verificationUri (or open verificationUriComplete) to the user.
    void authorizationReceived(const OAuth::DeviceAuthorization &authorization);
    // Before every poll: the poll's number (from 1) and the current interval.
    void polling(int poll, int intervalSeconds);
    // slow_down: the interval grew (RFC 8628 §3.5).
    void intervalChanged(int intervalSeconds);
    void finished(const OAuth::DeviceFlowResult &result);

private:
    void scheduleNextPoll();
    void poll();
    void finish(DeviceFlowResult result);

    TokenClient *m_tokens;
    Scheduler m_scheduler;
    std::function<qint64()> m_clock;
    Profiles::Profile m_profile;
    QString m_deviceCode; // a credential: never logged
    qint64 m_deadlineMs = 0;
    int m_intervalSeconds = 5;
    int m_polls = 0;
    quint64 m_generation = 0; // bumped by start/cancel/finish: stale timers and answers are ignored
    bool m_running = false;
};

} // namespace OAuth
