// SPDX-License-Identifier: GPL-3.0-or-later
// The Requests page: sending (credentials, the retrying request, the response) and the history.
#include "requestspage.h"
#include "http/httpsyntax.h"

#include "confirmation.h"
#include "http/ratelimitretry.h"
#include "http/ratelimittracker.h"
#include "http/requesthistory.h"
#include "profiles/secretstore.h"
#include "responseview.h"

#include <QComboBox>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QTreeWidget>

void RequestsPage::send()
{
    if (isSending() || m_pending || !m_http)
        return;
    const auto profile = currentProfile();
    if (!profile) {
        setStatus(tr("Choose a connection first: add one on the Connections page."), true);
        return;
    }
    if (const auto blocker = bodyBlocker()) {
        setStatus(*blocker, true);
        return;
    }
    const Console::ConsoleRequest request = this->request();
    if (!Http::isToken(request.method)) {
        setStatus(tr("\"%1\" is not an HTTP method: use letters such as GET or POST.").arg(QString::fromLatin1(request.method)),
                  true);
        return;
    }

    Console::Credentials credentials;
    switch (request.auth) {
    case Console::AuthKind::None:
        break;
    case Console::AuthKind::Bearer:
        credentials.bearerToken = bearerToken(profile->id);
        if (credentials.bearerToken.isEmpty()) {
            setStatus(m_bearerToken->currentData().toInt() == int(BearerToken::Id)
                          ? tr("Get a token on the Tokens page first: this connection has no ID token yet.")
                          : tr("Get a token on the Tokens page first: this connection has no access token yet."),
                      true);
            return;
        }
        break;
    case Console::AuthKind::Basic:
        credentials.basicPassword = m_basicPassword->text();
        break;
    case Console::AuthKind::ApiToken: {
        if (!m_secrets) {
            setStatus(tr("No keychain is available for the API token: choose another authorization."), true);
            return;
        }
        // The keychain answers later; Cancel drops the answer by deleting its context.
        auto *pending = new QObject(this);
        m_pending = pending;
        setStatus(tr("Reading the API token from the keychain…"));
        updateButtons();
        const Profiles::Profile chosen = *profile;
        m_secrets->read(chosen.id, Profiles::SecretKind::ApiToken, pending,
                        [this, pending, chosen, request](const Profiles::SecretResult &result) {
                            pending->deleteLater();
                            m_pending = nullptr;
                            updateButtons();
                            if (result.status == Profiles::SecretResult::Status::NotFound || (result.ok() && result.value.isEmpty())) {
                                setStatus(tr("No API token is stored for %1: add it in the connection's settings on the "
                                             "Connections page.").arg(chosen.name),
                                          true);
                                return;
                            }
                            if (!result.ok()) {
                                setStatus(result.error, true);
                                return;
                            }
                            Console::Credentials withToken;
                            withToken.apiToken = result.value;
                            sendWith(chosen, request, withToken);
                        });
        return;
    }
    }
    sendWith(*profile, request, credentials);
}

void RequestsPage::sendWith(const Profiles::Profile &profile, const Console::ConsoleRequest &request,
                            const Console::Credentials &credentials)
{
    QString error;
    std::optional<HttpRequest> built = Console::buildRequest(request, profile, credentials, &error);
    if (!built) {
        setStatus(error, true);
        return;
    }
    // A custom API-token header (X-Api-Key) is a secret the exchange log's redaction cannot know.
    QByteArrayList extraSecrets;
    if (request.auth == Console::AuthKind::ApiToken)
        extraSecrets << profile.apiToken.headerName.toLatin1();

    if (profile.tls.clientCertificatePath.isEmpty() || !m_secrets) {
        start(profile, request, std::move(*built), extraSecrets);
        return;
    }
    // RFC 8705 §2: the client certificate's key lives in the keychain.
    auto *pending = new QObject(this);
    m_pending = pending;
    setStatus(tr("Reading the TLS client key from the keychain…"));
    updateButtons();
    m_secrets->read(profile.id, Profiles::SecretKind::TlsClientKey, pending,
                    [this, pending, profile, request, http = std::move(*built), extraSecrets](const Profiles::SecretResult &result) mutable {
                        pending->deleteLater();
                        m_pending = nullptr;
                        updateButtons();
                        if (!result.ok()) {
                            setStatus(result.status == Profiles::SecretResult::Status::NotFound
                                          ? tr("No TLS client key is stored for %1: add it in the connection's settings "
                                               "on the Connections page.").arg(profile.name)
                                          : result.error,
                                      true);
                            return;
                        }
                        http.tls.clientKeyPem = result.value;
                        start(profile, request, std::move(http), extraSecrets);
                    });
}

void RequestsPage::start(const Profiles::Profile &profile, const Console::ConsoleRequest &request,
                         HttpRequest httpRequest, const QByteArrayList &extraSecretHeaders)
{
    const int maxRetries = m_retries->value();
    auto *retry = new RateLimits::RetryingRequest(m_http, httpRequest, m_tracker, this);
    retry->setMaxRetries(maxRetries);
    m_running = retry;
    const QDateTime sentAt = QDateTime::currentDateTimeUtc();
    connect(retry, &RateLimits::RetryingRequest::waiting, this, [this, maxRetries](int secondsLeft, int retryNumber) {
        setStatus(tr("Rate limited: retrying in %1 s (retry %2 of %3)").arg(secondsLeft).arg(retryNumber).arg(maxRetries));
    });
    const QString source = profile.name;
    connect(retry, &RateLimits::RetryingRequest::retrying, this, [this, maxRetries, source](int retryNumber) {
        setStatus(tr("Sending again (retry %1 of %2)…").arg(retryNumber).arg(maxRetries));
        Q_EMIT requestStarted(source); // before RetryingRequest sends again
    });
    connect(retry, &RateLimits::RetryingRequest::finished, this,
            [this, retry, profile, request, httpRequest, sentAt, extraSecretHeaders](const HttpResponse &response) {
                retry->deleteLater();
                m_running = nullptr;
                finished(profile, request, httpRequest, sentAt, extraSecretHeaders, response);
            });
    setStatus(tr("Sending %1 %2…").arg(QString::fromLatin1(httpRequest.method), httpRequest.url.toDisplayString()));
    updateButtons();
    Q_EMIT requestStarted(source);
    retry->start();
}

void RequestsPage::finished(const Profiles::Profile &profile, const Console::ConsoleRequest &request,
                            const HttpRequest &sent, const QDateTime &sentAt, const QByteArrayList &extraSecretHeaders,
                            const HttpResponse &response)
{
    HttpExchange exchange;
    exchange.startedAt = sentAt;
    exchange.request = sent;
    exchange.request.tls.clientKeyPem.clear(); // never kept (as the exchange log does)
    exchange.response = response;
    m_response->showExchange(exchange, extraSecretHeaders);

    const bool cancelled = response.status == 0 && response.networkError == QNetworkReply::OperationCanceledError;
    QString status;
    bool problem = false;
    if (cancelled) {
        status = tr("Cancelled.");
    } else if (response.status == 0) {
        status = response.error;
        problem = true;
    } else {
        status = tr("%1 in %2 ms.").arg(m_response->statusText(), QLocale().toString(response.elapsedMs));
    }

    if (m_history) {
        Console::HistoryEntry entry;
        entry.request = request;
        entry.sentAt = sentAt;
        entry.status = response.status;
        entry.elapsedMs = response.elapsedMs;
        entry.responseBytes = response.body.size();
        entry.error = response.error;
        if (!m_history->add(profile.id, entry)) {
            status += u' ' + tr("The history could not be saved (%1); it is kept until Tokenscope quits.")
                                 .arg(m_history->lastError());
        }
    }
    setStatus(status, problem);
    updateButtons();
    Q_EMIT requestFinished(response);
}

void RequestsPage::cancel()
{
    if (m_pending) {
        delete m_pending.data(); // the keychain's answer goes nowhere
        m_pending = nullptr;
        setStatus(tr("Cancelled."));
        updateButtons();
        return;
    }
    if (m_running)
        m_running->cancel(); // finished() follows with the cancel error
}

void RequestsPage::reloadHistory()
{
    const QString profileId = currentProfileId();
    m_shownHistory = m_history && !profileId.isEmpty() ? m_history->entries(profileId) : QList<Console::HistoryEntry>();
    const QSignalBlocker blocker(m_historyList);
    m_historyList->clear();
    for (const Console::HistoryEntry &entry : std::as_const(m_shownHistory)) {
        auto *item = new QTreeWidgetItem(m_historyList);
        item->setText(0, QString::fromLatin1(entry.request.method));
        item->setText(1, entry.request.url);
        item->setText(2, entry.status ? QString::number(entry.status) : tr("none"));
        item->setText(3, QLocale().toString(entry.sentAt.toLocalTime(), QLocale::ShortFormat));
        const QString detail = entry.error.isEmpty()
                                   ? tr("%1 ms, %2").arg(QLocale().toString(entry.elapsedMs),
                                                         Console::formatSize(entry.responseBytes))
                                   : entry.error;
        item->setToolTip(2, detail);
        item->setToolTip(1, entry.request.url);
    }
    if (m_historyList->topLevelItemCount() > 0)
        m_historyList->setCurrentItem(m_historyList->topLevelItem(0));
    updateButtons();
}

void RequestsPage::loadHistoryEntry(int row)
{
    if (row < 0 || row >= m_shownHistory.size())
        return;
    setRequest(m_shownHistory.at(row).request);
    setStatus(tr("Loaded the request from the history. Secrets are not kept there: header values shown as "
                 "[redacted] need their value again."));
}

void RequestsPage::runHistoryEntry(int row)
{
    if (row < 0 || row >= m_shownHistory.size() || isSending() || m_pending)
        return;
    loadHistoryEntry(row);
    send();
}

void RequestsPage::clearHistory()
{
    const QString profileId = currentProfileId();
    if (!m_history || profileId.isEmpty() || m_shownHistory.isEmpty())
        return;
    if (!m_confirmation->confirm(this, tr("Clear history"),
                                 tr("Remove all %n request(s) from the history of %1? This cannot be undone.", nullptr,
                                    int(m_shownHistory.size()))
                                     .arg(m_profile->currentText()),
                                 tr("Clear history")))
        return;
    if (!m_history->clear(profileId))
        setStatus(tr("The history file could not be removed (%1).").arg(m_history->lastError()), true);
    reloadHistory();
}
