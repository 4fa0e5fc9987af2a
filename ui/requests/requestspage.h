// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Requests page: a request console for the APIs behind a connection. The user writes a
// request (method, URL with the connection's variables, headers, query, body, authorization),
// sends it through the window's one HttpClient (so the exchange log and the rate-limit gauges
// see it), watches a 429 wait count down, and reads the response. Each connection has its own
// history (without secrets) to load or run again.
//
//   editor ──Console::buildRequest──► RateLimits::RetryingRequest ──HttpClient──► server
//     ▲  (token from the Tokens page's set, API token from the keychain, Basic password typed)
//     └── history (Console::RequestHistory) ◄── finished: ResponseView + history entry

#include "http/consolerequest.h"
#include "http/ratelimitretry.h"
#include "http/requesthistory.h"
#include "oauth/tokenset.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class Confirmation;
class HttpClient;
class KeyValueTable;
class ProfileListModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTreeWidget;
class ResponseView;

namespace Profiles {
class ProfileStore;
class SecretStore;
} // namespace Profiles
namespace RateLimits {
class RateLimitTracker;
} // namespace RateLimits

class RequestsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestsPage)

public:
    // tracker and history may be null (no 429 wait from the tracker; no history).
    RequestsPage(HttpClient *http, Profiles::ProfileStore *profiles, Profiles::SecretStore *secrets,
                 RateLimits::RateLimitTracker *tracker, Console::RequestHistory *history, QWidget *parent = nullptr);
    ~RequestsPage() override;

    // The confirmation seam (copy as curl with secrets, clear history); null: message boxes.
    void setConfirmation(Confirmation *confirmation);

    void selectProfile(const QString &id);
    QString currentProfileId() const;

    // The editor's request, and loading one into the editor (the Basic password field keeps what
    // was typed: it is never in a request or the history).
    Console::ConsoleRequest request() const;
    void setRequest(const Console::ConsoleRequest &request);
    // Bearer: which token of the set goes in the Authorization header.
    enum class BearerToken { Access, Id };
    void setBearerToken(BearerToken token);
    void setBasicPassword(const QString &password);
    void setMaxRetries(int retries);

    bool isSending() const { return m_running != nullptr; }
    // The line under Send: what is happening, or why the request cannot be sent.
    QString statusText() const;
    // The problem shown under the body editor (invalid JSON), empty when none.
    QString bodyProblem() const;
    ResponseView *responseView() const { return m_response; }
    QTreeWidget *historyList() const { return m_historyList; }

public Q_SLOTS:
    // The latest token set of a profile (from the Tokens page), remembered per profile id.
    void setTokenSet(const OAuth::TokenSet &set);
    void send();
    void cancel();
    // Runs the history entry at row again (0: the newest).
    void runHistoryEntry(int row);
    void clearHistory();

Q_SIGNALS:
    // Just before each send (also each retry after a 429): source names the connection, for
    // ExchangeLog::setCurrentSource so the Log page attributes the exchange.
    void requestStarted(const QString &source);
    void requestFinished(const HttpResponse &response);
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildForm();
    void onProfileChanged();
    void updateVariables();
    void updateAuth();
    void updateBody();
    void updateButtons();
    void setStatus(const QString &text, bool problem = false);
    std::optional<Profiles::Profile> currentProfile() const;
    // The Authorization header value a Bearer request would send, or a problem.
    QString bearerToken(const QString &profileId) const;
    // A body the editor must refuse: not JSON while the request says (or implies) it is JSON.
    std::optional<QString> bodyBlocker() const;
    void sendWith(const Profiles::Profile &profile, const Console::ConsoleRequest &request,
                  const Console::Credentials &credentials);
    void start(const Profiles::Profile &profile, const Console::ConsoleRequest &request, HttpRequest httpRequest,
               const QByteArrayList &extraSecretHeaders);
    void finished(const Profiles::Profile &profile, const Console::ConsoleRequest &request,
                  const HttpRequest &sent, const QDateTime &sentAt, const QByteArrayList &extraSecretHeaders,
                  const HttpResponse &response);
    void reloadHistory();
    void loadHistoryEntry(int row);

    HttpClient *m_http;
    Profiles::ProfileStore *m_profiles;
    Profiles::SecretStore *m_secrets;
    QPointer<RateLimits::RateLimitTracker> m_tracker;
    QPointer<Console::RequestHistory> m_history;
    std::unique_ptr<Confirmation> m_messageBoxes;
    Confirmation *m_confirmation;
    QHash<QString, OAuth::TokenSet> m_sets; // per profile id, in memory only
    QList<Console::HistoryEntry> m_shownHistory;
    QPointer<RateLimits::RetryingRequest> m_running;
    QPointer<QObject> m_pending; // context of an asynchronous keychain read before sending
    QString m_keptProfileId;
    bool m_statusIsProblem = false;

    ProfileListModel *m_profileModel;
    QComboBox *m_profile;
    QComboBox *m_method;
    QLineEdit *m_url;
    QLabel *m_variables;
    KeyValueTable *m_headers;
    KeyValueTable *m_query;
    QPlainTextEdit *m_body;
    QLabel *m_bodyProblem;
    QPushButton *m_format;
    QComboBox *m_auth;
    QStackedWidget *m_authPages;
    QComboBox *m_bearerToken;
    QLabel *m_bearerNote;
    QLabel *m_apiTokenNote;
    QLineEdit *m_basicUser;
    QLineEdit *m_basicPassword;
    QSpinBox *m_retries;
    QPushButton *m_send;
    QPushButton *m_cancel;
    QLabel *m_status;
    ResponseView *m_response;
    QTreeWidget *m_historyList;
    QPushButton *m_runAgain;
    QPushButton *m_clearHistory;
};
