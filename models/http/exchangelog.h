// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The exchange log: every HTTP exchange the console made (from HttpClient::exchangeFinished)
// and the steps of the flows around them (discovery, authorization URL, callback, …), newest
// last, bounded. Secrets stay in memory only; everything that leaves the log (the view, copy,
// copy as curl, export) goes through the redaction below unless the user reveals them.
//
//   HttpClient ──exchangeFinished──► ExchangeLog ──entryAdded──► ExchangeLogModel ──► Log page
//   flows (Tokens page, CLI) ──addStep──┘
//
// Redaction: the Authorization, Proxy-Authorization, Cookie, Set-Cookie and DPoP headers' values;
// form and query fields client_secret, password, code, code_verifier, client_assertion,
// assertion, subject_token, actor_token, refresh_token, access_token, id_token, token,
// device_code, registration_access_token (not user_code: the user types it); the same members
// in JSON bodies. A redacted value keeps its scheme (Basic, Bearer, DPoP) and shows its length,
// e.g. "Bearer ‹redacted, length 812›". Names are matched after percent- or JSON-decoding and
// regardless of case; every repetition of a field is redacted; in JSON, everything inside a
// secret member's array or object too. Invalid JSON is scanned leniently (strings in either
// quote, bare words), so a truncated token response still has its tokens replaced. Bodies that
// are a compact JWT (application/jwt, +jwt, or a bare token) are redacted whole.

#include "http/httpclient.h"

#include <QDateTime>
#include <QHash>
#include <QPair>
#include <QList>
#include <QObject>
#include <QString>

#include <deque>

struct ExchangeLogEntry
{
    enum class Kind { Exchange, Step };
    Kind kind = Kind::Exchange;
    quint64 id = 0;      // increasing per log, from 1
    QDateTime at;        // UTC
    QString source;      // who asked: a profile's name, "Inspector", …; may be empty
    // Kind::Step: a translated one-line title ("Authorization URL opened in the browser") and
    // an optional detail (may hold secrets such as a code: redacted like a query).
    QString title, detail;
    HttpExchange exchange; // Kind::Exchange
    // Kind::Exchange: the response body's full size; the log keeps at most
    // ExchangeLog::MaxStoredResponseBytes of it (exchange.response.body is then cut).
    qint64 responseBytes = 0;
};

class ExchangeLog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExchangeLog)

public:
    // A thousand 4 MiB responses would be 4 GiB: the log keeps the start of large bodies only.
    static constexpr qsizetype MaxStoredResponseBytes = 256 * 1024;

    explicit ExchangeLog(int capacity = 1000, QObject *parent = nullptr);

    // Records every exchange http makes from now on (source: the current source, below, when
    // the request was sent).
    void attach(HttpClient *http);
    // Steps and the exchanges sent from now on are attributed to source until it changes.
    void setCurrentSource(const QString &source);
    void addStep(const QString &title, const QString &detail = {});

    int capacity() const { return m_capacity; }
    QString currentSource() const { return m_source; }

    int count() const;
    const ExchangeLogEntry &at(int index) const; // 0: the oldest
    int indexOfId(quint64 id) const;            // -1 when not (or no longer) in the log
    void clear();

Q_SIGNALS:
    void entryAdded(int index);      // the entry now at index (always the last)
    void entriesDropped(int count);  // the oldest count entries left (capacity reached)
    void cleared();

private:
    void append(ExchangeLogEntry entry);

    int m_capacity;
    quint64 m_lastId = 0;
    QString m_source;
    std::deque<ExchangeLogEntry> m_entries;
    QHash<QPair<const HttpClient *, quint64>, QString> m_sourceAtStart; // exchanges in flight
};

namespace Redaction {
// What stands in for a secret of length characters: "‹redacted, length 812›" (translated).
QString marker(qsizetype length);
// A header's value as shown: unchanged unless the header carries a secret.
QByteArray headerValue(const QByteArray &name, const QByteArray &value);
// A URL's query with secret fields redacted (code, state stays).
QString url(const QUrl &url);
// A body as shown: form and JSON bodies with secret fields redacted, other bodies unchanged
// (binary bodies: their size only). contentType: the Content-Type header's value.
QByteArray body(const QByteArray &contentType, const QByteArray &body);
} // namespace Redaction

// The exchange as a curl command line a user can paste into a POSIX shell: method, URL,
// headers, body (--data-binary with the body quoted), --cacert/--insecure/--cert from the
// request's TLS options (never the client key: "--key <your key file>"). redacted: secrets
// replaced as above (the command then fails, and says so in a comment line at its top).
QString curlCommand(const HttpExchange &exchange, bool redacted = true);
