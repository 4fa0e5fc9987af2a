// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one-shot loopback redirect listener of RFC 8252 §7.3: binds 127.0.0.1 (or [::1]; "localhost"
// binds 127.0.0.1) only, on an ephemeral or fixed port, and waits for the authorization
// response. The first callback that carries the expected state ends it (callbackReceived); a
// callback with a wrong or missing state gets an error page and does not end it
// (callbackRejected). response_mode query and form_post arrive directly; fragment arrives
// through a small page that posts the fragment back to the listener. Pages come from
// resources/oauth/ (success, failure, fragment relay), translated. Garbage, oversized and
// half-open connections are closed without ending the listener. An overall timeout and cancel()
// close it (failed).
//
//   browser ──GET /callback?code&state──► LoopbackListener ──state ok──► callbackReceived
//                                             └── wrong state ──► error page, keeps listening

#include "profiles/profile.h"

#include <QObject>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <memory>

namespace OAuth {

class LoopbackListener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoopbackListener)

public:
    LoopbackListener(const Profiles::RedirectSettings &redirect, const QString &expectedState,
                     QObject *parent = nullptr);
    ~LoopbackListener() override;

    void setTimeout(std::chrono::milliseconds timeout); // default 5 minutes
    // Binds; false with a translated message (port in use, no IPv6, …).
    bool listen(QString *error);
    QUrl redirectUri() const; // valid after listen(): the real port filled in
    bool isListening() const;

public Q_SLOTS:
    void cancel(); // emits failed(cancelled)

signals:
    // The authorization response's parameters (code, state, iss, error, error_description,
    // id_token, access_token, … whatever came), merged from query, fragment relay or form body.
    // Emitted once; the listener has stopped listening. Values are kept percent-encoded inside
    // the QUrlQuery ('+' already turned into a space): read them with QUrl::FullyDecoded.
    // An error response (error=…) with the right state is a callbackReceived too.
    void callbackReceived(const QUrlQuery &parameters);
    void callbackRejected(const QString &reason); // translated; the listener keeps listening
    void failed(const QString &reason);           // translated: timeout or cancelled; stopped

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace OAuth
