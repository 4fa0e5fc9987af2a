// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchangelog.h"

#include <algorithm>

ExchangeLog::ExchangeLog(int capacity, QObject *parent)
    : QObject(parent)
    , m_capacity(std::max(1, capacity))
{
}

void ExchangeLog::attach(HttpClient *http)
{
    connect(http, &HttpClient::exchangeStarted, this, [this, http](quint64 id) {
        m_sourceAtStart.insert({http, id}, m_source);
    });
    connect(http, &HttpClient::exchangeFinished, this, [this, http](const HttpExchange &exchange) {
        ExchangeLogEntry entry;
        entry.kind = ExchangeLogEntry::Kind::Exchange;
        entry.at = exchange.startedAt.isValid() ? exchange.startedAt : QDateTime::currentDateTimeUtc();
        entry.exchange = exchange;
        entry.exchange.request.tls.clientKeyPem.clear(); // never kept, whoever emitted it
        entry.responseBytes = exchange.response.body.size();
        if (entry.responseBytes > MaxStoredResponseBytes) {
            entry.exchange.response.body.truncate(MaxStoredResponseBytes);
            entry.exchange.response.body.squeeze();
        }
        const auto started = m_sourceAtStart.constFind({http, exchange.id});
        if (started != m_sourceAtStart.cend()) {
            entry.source = *started;
            m_sourceAtStart.erase(started);
        } else {
            entry.source = m_source;
        }
        append(std::move(entry));
    });
    connect(http, &QObject::destroyed, this, [this, http] {
        m_sourceAtStart.removeIf([http](const auto &item) { return item.key().first == http; });
    });
}

void ExchangeLog::setCurrentSource(const QString &source)
{
    m_source = source;
}

void ExchangeLog::addStep(const QString &title, const QString &detail)
{
    ExchangeLogEntry entry;
    entry.kind = ExchangeLogEntry::Kind::Step;
    entry.at = QDateTime::currentDateTimeUtc();
    entry.title = title;
    entry.detail = detail;
    entry.source = m_source;
    append(std::move(entry));
}

void ExchangeLog::append(ExchangeLogEntry entry)
{
    entry.id = ++m_lastId;
    // Drop first, then add: the log never holds more than its capacity, not even in between.
    if (int(m_entries.size()) >= m_capacity) {
        const int dropped = int(m_entries.size()) - m_capacity + 1;
        m_entries.erase(m_entries.begin(), m_entries.begin() + dropped);
        Q_EMIT entriesDropped(dropped);
    }
    m_entries.push_back(std::move(entry));
    Q_EMIT entryAdded(int(m_entries.size()) - 1);
}

int ExchangeLog::count() const
{
    return int(m_entries.size());
}

const ExchangeLogEntry &ExchangeLog::at(int index) const
{
    Q_ASSERT(index >= 0 && index < count());
    return m_entries.at(std::size_t(index));
}

int ExchangeLog::indexOfId(quint64 id) const
{
    // Ids increase along the log: binary search.
    const auto it = std::lower_bound(m_entries.begin(), m_entries.end(), id,
                                     [](const ExchangeLogEntry &entry, quint64 wanted) { return entry.id < wanted; });
    if (it == m_entries.end() || it->id != id)
        return -1;
    return int(it - m_entries.begin());
}

void ExchangeLog::clear()
{
    if (m_entries.empty())
        return;
    m_entries.clear();
    Q_EMIT cleared();
}
