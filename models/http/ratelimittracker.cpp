// SPDX-License-Identifier: GPL-3.0-or-later
#include "ratelimittracker.h"

#include <QCoreApplication>
#include <QHash>
#include <QLoggingCategory>
#include <QTimeZone>

#include <limits>

Q_LOGGING_CATEGORY(lcRateLimit, "tokenscope.ratelimit", QtWarningMsg)

namespace RateLimits {

namespace {

// X-RateLimit-Reset carries either seconds until the reset or the reset's Unix time (GitHub,
// Twitter, many gateways send epoch seconds; Cloudentity and the sandbox send a delta). The
// rule: a value above 10^9 (2001-09-09 in epoch seconds, ~31 years as a delta) is epoch seconds,
// anything up to it is seconds from now. No real window is 31 years long, and no server's clock
// is before 2001.
constexpr qint64 EpochThreshold = 1'000'000'000;
constexpr qint64 HistorySeconds = 5 * 60;
constexpr qsizetype HistoryMaxEntries = 2000; // a burst of thousands in 5 minutes stays bounded

bool isRateLimitHeader(const QByteArray &lowerName)
{
    return lowerName.startsWith("x-ratelimit-") || lowerName.startsWith("ratelimit") || lowerName == "retry-after";
}

// A non-negative decimal integer (no sign, no fraction, no spaces inside), else nullopt.
std::optional<qint64> parseCount(const QByteArray &text)
{
    const QByteArray value = text.trimmed();
    if (value.isEmpty() || value.size() > 18)
        return std::nullopt;
    for (char c : value) {
        if (c < '0' || c > '9')
            return std::nullopt;
    }
    return value.toLongLong();
}

std::optional<int> monthFromName(const QByteArray &name)
{
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    for (int i = 0; i < 12; ++i) {
        if (name == months[i])
            return i + 1;
    }
    return std::nullopt;
}

std::optional<QTime> parseClock(const QByteArray &text)
{
    const QList<QByteArray> parts = text.split(':');
    if (parts.size() != 3)
        return std::nullopt;
    int values[3];
    for (int i = 0; i < 3; ++i) {
        if (parts[i].size() != 2)
            return std::nullopt;
        const auto number = parseCount(parts[i]);
        if (!number)
            return std::nullopt;
        values[i] = int(*number);
    }
    const QTime time(values[0], values[1], values[2]);
    if (!time.isValid())
        return std::nullopt;
    return time;
}

std::optional<QDateTime> makeUtc(qint64 year, const QByteArray &monthName, const QByteArray &dayText, const QByteArray &clock)
{
    const auto month = monthFromName(monthName);
    const auto day = parseCount(dayText);
    const auto time = parseClock(clock);
    if (!month || !day || !time || dayText.size() > 2)
        return std::nullopt;
    const QDate date(int(year), *month, int(*day));
    if (!date.isValid())
        return std::nullopt;
    return QDateTime(date, *time, QTimeZone::utc());
}

// A "Name;key=value;key=value" list item: the bare item and its parameters.
struct Item
{
    QByteArray bare;
    QHash<QByteArray, QByteArray> params;
};

Item parseItem(const QByteArray &text)
{
    Item item;
    const QList<QByteArray> parts = text.split(';');
    item.bare = parts.value(0).trimmed();
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray part = parts[i].trimmed();
        const qsizetype eq = part.indexOf('=');
        if (eq > 0)
            item.params.insert(part.left(eq).trimmed().toLower(), part.mid(eq + 1).trimmed());
    }
    return item;
}

// Sets target from text when it is a count; logs and leaves it otherwise.
void takeCount(std::optional<qint64> &target, const QByteArray &text, const char *what)
{
    if (const auto value = parseCount(text))
        target = *value;
    else
        qCInfo(lcRateLimit) << "ignoring a" << what << "value that is not a non-negative integer";
}

} // namespace

// RFC 9110 §5.6.7: IMF-fixdate "Sun, 06 Nov 1994 08:49:37 GMT", the obsolete RFC 850 form
// "Sunday, 06-Nov-94 08:49:37 GMT" and asctime "Sun Nov  6 08:49:37 1994". Locale-free.
std::optional<QDateTime> parseHttpDate(const QByteArray &text, const QDateTime &now)
{
    const QByteArray value = text.simplified(); // asctime pads the day with a space
    const QList<QByteArray> tokens = value.split(' ');
    if (tokens.size() == 6 && tokens[0].endsWith(',') && tokens[5] == "GMT") { // IMF-fixdate
        const auto year = parseCount(tokens[3]);
        if (!year || tokens[3].size() != 4)
            return std::nullopt;
        return makeUtc(*year, tokens[2], tokens[1], tokens[4]);
    }
    if (tokens.size() == 4 && tokens[0].endsWith(',') && tokens[3] == "GMT") { // RFC 850
        const QList<QByteArray> date = tokens[1].split('-');
        if (date.size() != 3 || date[2].size() != 2)
            return std::nullopt;
        const auto yy = parseCount(date[2]);
        if (!yy)
            return std::nullopt;
        // RFC 9110 §5.6.7: a two-digit year more than 50 years in the future is the past century.
        const int thisYear = now.toUTC().date().year();
        qint64 year = (thisYear / 100) * 100 + *yy;
        if (year > thisYear + 50)
            year -= 100;
        return makeUtc(year, date[1], date[0], tokens[2]);
    }
    if (tokens.size() == 5 && !tokens[0].endsWith(',')) { // asctime
        const auto year = parseCount(tokens[4]);
        if (!year || tokens[4].size() != 4)
            return std::nullopt;
        return makeUtc(*year, tokens[1], tokens[2], tokens[3]);
    }
    return std::nullopt;
}

HeaderReading parseHeaders(const QList<QPair<QByteArray, QByteArray>> &headers, int status, const QDateTime &now)
{
    HeaderReading reading;
    reading.tooManyRequests = status == 429;
    const QDateTime utcNow = now.toUTC();
    auto resetFromDelta = [&](qint64 seconds) { return utcNow.addSecs(seconds); };

    for (const auto &[name, value] : headers) {
        const QByteArray lower = name.trimmed().toLower();
        if (!isRateLimitHeader(lower))
            continue;
        reading.rawHeaders.append({name, value});

        if (lower == "x-ratelimit-limit" || lower == "ratelimit-limit") {
            // RateLimit-Limit of the older drafts may carry a policy after the number: "100, 100;w=60".
            takeCount(reading.limit, parseItem(value.split(',').value(0)).bare, "limit");
        } else if (lower == "x-ratelimit-remaining" || lower == "ratelimit-remaining") {
            takeCount(reading.remaining, value, "remaining");
        } else if (lower == "x-ratelimit-reset") {
            std::optional<qint64> number;
            takeCount(number, value, "X-RateLimit-Reset");
            if (number) {
                reading.resetAt = *number > EpochThreshold ? QDateTime::fromSecsSinceEpoch(*number, QTimeZone::utc())
                                                           : resetFromDelta(*number);
            }
        } else if (lower == "ratelimit-reset") { // the older IETF drafts: always delta seconds
            std::optional<qint64> number;
            takeCount(number, value, "RateLimit-Reset");
            if (number)
                reading.resetAt = resetFromDelta(*number);
        } else if (lower == "ratelimit") {
            // draft-ietf-httpapi-ratelimit-headers up to -06: "limit=100, remaining=50, reset=30";
            // from -07 a list of policies: "default";r=50;t=30 (the first one is used).
            const QList<QByteArray> members = value.split(',');
            const Item first = parseItem(members.value(0));
            if (first.params.contains("r") || first.params.contains("t")) {
                if (first.params.contains("r"))
                    takeCount(reading.remaining, first.params.value("r"), "RateLimit r");
                if (first.params.contains("t")) {
                    std::optional<qint64> seconds;
                    takeCount(seconds, first.params.value("t"), "RateLimit t");
                    if (seconds)
                        reading.resetAt = resetFromDelta(*seconds);
                }
                continue;
            }
            bool any = false;
            for (const QByteArray &member : members) {
                const qsizetype eq = member.indexOf('=');
                if (eq <= 0)
                    continue;
                const QByteArray key = member.left(eq).trimmed().toLower();
                const QByteArray text = parseItem(member.mid(eq + 1)).bare;
                if (key == "limit") {
                    takeCount(reading.limit, text, "RateLimit limit");
                    any = true;
                } else if (key == "remaining") {
                    takeCount(reading.remaining, text, "RateLimit remaining");
                    any = true;
                } else if (key == "reset") {
                    std::optional<qint64> seconds;
                    takeCount(seconds, text, "RateLimit reset");
                    if (seconds)
                        reading.resetAt = resetFromDelta(*seconds);
                    any = true;
                }
            }
            if (!any)
                qCInfo(lcRateLimit) << "ignoring a RateLimit field with no limit, remaining or reset";
        } else if (lower == "ratelimit-policy") {
            // "100;w=60" (older drafts) or "default";q=100;w=60 (-07 on); the first policy.
            const Item first = parseItem(value.split(',').value(0));
            const QByteArray quota = first.params.contains("q") ? first.params.value("q") : first.bare;
            if (!quota.startsWith('"'))
                takeCount(reading.limit, quota, "RateLimit-Policy quota");
            else if (!first.params.contains("q"))
                qCInfo(lcRateLimit) << "ignoring a RateLimit-Policy without a quota";
            if (first.params.contains("w")) {
                std::optional<qint64> window;
                takeCount(window, first.params.value("w"), "RateLimit-Policy window");
                if (window && *window > 0)
                    reading.windowSeconds = *window;
            }
        } else if (lower == "retry-after") {
            // RFC 9110 §10.2.3: delay-seconds or an HTTP-date.
            if (const auto seconds = parseCount(value)) {
                reading.retryAt = resetFromDelta(*seconds);
            } else if (const auto date = parseHttpDate(value, utcNow)) {
                reading.retryAt = *date;
            } else {
                qCInfo(lcRateLimit) << "ignoring a Retry-After that is neither seconds nor an HTTP-date";
            }
        }
    }
    return reading;
}

QString groupForPath(const QString &path)
{
    auto under = [&path](QLatin1StringView prefix) {
        return path == prefix || path.startsWith(prefix + QLatin1Char('/'));
    };
    if (under(QLatin1StringView("/api/admin")))
        return QStringLiteral("admin");
    if (under(QLatin1StringView("/api/developer")))
        return QStringLiteral("developer");
    if (under(QLatin1StringView("/api/system")))
        return QStringLiteral("system");
    if (under(QLatin1StringView("/api/identity")))
        return QStringLiteral("identity");
    // Cloudentity puts the tenant and workspace first: /{tid}/{wid}/oauth2/token.
    if (under(QLatin1StringView("/oauth2")) || under(QLatin1StringView("/.well-known"))
        || path.contains(QLatin1StringView("/oauth2/")) || path.contains(QLatin1StringView("/.well-known/")))
        return QStringLiteral("oauth2");
    return QStringLiteral("other");
}

QString groupDisplayName(const QString &groupId)
{
    const char *const context = "RateLimits";
    if (groupId == QLatin1StringView("admin"))
        return QCoreApplication::translate(context, "Admin");
    if (groupId == QLatin1StringView("developer"))
        return QCoreApplication::translate(context, "Developer");
    if (groupId == QLatin1StringView("system"))
        return QCoreApplication::translate(context, "System");
    if (groupId == QLatin1StringView("identity"))
        return QCoreApplication::translate(context, "Identity");
    if (groupId == QLatin1StringView("oauth2"))
        return QCoreApplication::translate(context, "OAuth2");
    if (groupId == QLatin1StringView("other"))
        return QCoreApplication::translate(context, "Other");
    return groupId; // an override's own group name, as the user typed it
}

QString hostKey(const QUrl &url)
{
    const QString host = url.host().toLower();
    return url.port() >= 0 ? host + QLatin1Char(':') + QString::number(url.port()) : host;
}

RateLimitTracker::RateLimitTracker(QObject *parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

void RateLimitTracker::attach(HttpClient *http)
{
    connect(http, &HttpClient::exchangeFinished, this, [this](const HttpExchange &exchange) {
        if (exchange.response.status > 0)
            record(exchange.request.url, exchange.response.status, exchange.response.headers);
    });
}

void RateLimitTracker::setGroupOverrides(const QString &host, const QList<QPair<QString, QString>> &prefixToGroup)
{
    if (prefixToGroup.isEmpty())
        m_overrides.remove(host.toLower());
    else
        m_overrides.insert(host.toLower(), prefixToGroup);
}

QString RateLimitTracker::groupFor(const QString &host, const QString &path) const
{
    // The longest matching prefix wins, so "/api/admin/x" can override "/api/admin".
    QString best;
    qsizetype bestLength = -1;
    for (const auto &[prefix, group] : m_overrides.value(host)) {
        const bool matches = path == prefix || (path.startsWith(prefix)
                                                && (prefix.endsWith(QLatin1Char('/')) || path.at(prefix.size()) == QLatin1Char('/')));
        if (matches && prefix.size() > bestLength) {
            best = group;
            bestLength = prefix.size();
        }
    }
    return bestLength >= 0 ? best : groupForPath(path);
}

void RateLimitTracker::record(const QUrl &url, int status, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    const QDateTime at = now();
    HeaderReading reading = parseHeaders(headers, status, at);
    const bool informative = reading.limit || reading.remaining || reading.resetAt || reading.retryAt
        || reading.windowSeconds || reading.tooManyRequests;
    if (!informative)
        return;

    const QString host = hostKey(url);
    const QString groupId = groupFor(host, url.path());
    auto it = std::find_if(m_groups.begin(), m_groups.end(), [&](const GroupState &state) {
        return state.host == host && state.groupId == groupId;
    });
    if (it == m_groups.end()) {
        GroupState fresh;
        fresh.host = host;
        fresh.groupId = groupId;
        m_groups.append(fresh);
        it = m_groups.end() - 1;
    }
    GroupState &state = *it;

    // A 429 blocks until Retry-After, else until the reset; any other answer means the server
    // takes requests again.
    if (reading.tooManyRequests) {
        if (reading.retryAt)
            state.blockedUntil = reading.retryAt;
        else if (reading.resetAt)
            state.blockedUntil = reading.resetAt;
        else
            state.blockedUntil.reset();
    } else {
        state.blockedUntil.reset();
    }

    // History: last five minutes, in clock order. A clock that went back leaves entries "in the
    // future": they are dropped so the history stays ordered.
    if (!state.history.isEmpty() && state.history.constLast().first > at) {
        qCInfo(lcRateLimit) << "the clock went back; dropping rate-limit history newer than now";
        state.history.removeIf([&at](const QPair<QDateTime, qint64> &entry) { return entry.first > at; });
    }
    if (reading.remaining)
        state.history.append({at, *reading.remaining});
    const QDateTime oldest = at.addSecs(-HistorySeconds);
    qsizetype drop = 0;
    while (drop < state.history.size() && state.history.at(drop).first < oldest)
        ++drop;
    drop = std::max(drop, state.history.size() - HistoryMaxEntries);
    if (drop > 0)
        state.history.remove(0, drop);

    state.last = std::move(reading);
    state.updatedAt = at;
    Q_EMIT groupChanged(host, groupId);
}

QList<GroupState> RateLimitTracker::groups() const
{
    return m_groups;
}

std::optional<GroupState> RateLimitTracker::group(const QString &host, const QString &groupId) const
{
    for (const GroupState &state : m_groups) {
        if (state.host == host && state.groupId == groupId)
            return state;
    }
    return std::nullopt;
}

void RateLimitTracker::clear()
{
    m_groups.clear();
    Q_EMIT cleared();
}

void RateLimitTracker::setClock(std::function<QDateTime()> clock)
{
    m_clock = clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); };
}

QDateTime RateLimitTracker::now() const
{
    return m_clock().toUTC();
}

} // namespace RateLimits
