// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkapply.h"

#include "admin/goduration.h"
#include "http/ratelimittracker.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QLoggingCategory>

namespace Admin {

namespace {

Q_LOGGING_CATEGORY(lcBulk, "tokenscope.admin.bulk", QtInfoMsg)

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Admin::BulkApply)
};

bool isSecretMember(const QString &key)
{
    return key == QLatin1String("password") || key == QLatin1String("client_secret");
}

// Whether what the file gives (wanted) is what the server has: members of objects the file does
// not name are ignored (the server adds defaults), secrets the server does not return are not
// compared, durations compare by value ("1h" is "1h0m0s").
bool sameValue(const QJsonValue &wanted, const QJsonValue &actual)
{
    if (wanted.isNull() || wanted.isUndefined())
        return actual.isNull() || actual.isUndefined();
    if (wanted.isString() && actual.isString()) {
        if (wanted.toString() == actual.toString())
            return true;
        // admin.json's "format: duration" fields: "1h" and "1h0m0s" are the same.
        const std::optional<qint64> a = GoDuration::parse(wanted.toString());
        const std::optional<qint64> b = GoDuration::parse(actual.toString());
        return a && b && *a == *b;
    }
    if (wanted.isDouble() && actual.isDouble())
        return wanted.toDouble() == actual.toDouble();
    if (wanted.isArray() && actual.isArray()) {
        const QJsonArray w = wanted.toArray();
        const QJsonArray a = actual.toArray();
        if (w.size() != a.size())
            return false;
        for (qsizetype i = 0; i < w.size(); ++i) {
            if (!sameValue(w.at(i), a.at(i)))
                return false;
        }
        return true;
    }
    if (wanted.isObject() && actual.isObject()) {
        const QJsonObject w = wanted.toObject();
        const QJsonObject a = actual.toObject();
        for (auto it = w.begin(); it != w.end(); ++it) {
            if (!a.contains(it.key()) && isSecretMember(it.key()))
                continue; // not returned: cannot be compared
            if (!sameValue(it.value(), a.value(it.key())))
                return false;
        }
        return true;
    }
    return wanted == actual;
}

// The top-level members of wanted that differ from current.
QStringList differencesOf(const QJsonObject &wanted, const QJsonObject &current)
{
    QStringList fields;
    for (auto it = wanted.begin(); it != wanted.end(); ++it) {
        if (!current.contains(it.key()) && isSecretMember(it.key()))
            continue;
        if (!sameValue(it.value(), current.value(it.key())))
            fields.append(it.key());
    }
    return fields;
}

QString idOf(ItemKind kind, const QJsonObject &document)
{
    return document.value(kind == ItemKind::Client ? QLatin1String("client_id") : QLatin1String("id")).toString();
}

QString claimKey(ItemKind kind, const QString &id)
{
    return itemKindName(kind) + QLatin1Char('/') + id;
}

} // namespace

BulkApply::BulkApply(AdminClient *client, RateLimits::RateLimitTracker *tracker, BulkFile file, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_tracker(tracker)
    , m_file(std::move(file))
    , m_wait(new QTimer(this))
{
    m_wait->setSingleShot(true);
    // A coarse timer may fire up to 5% early: early enough to meet an empty bucket.
    m_wait->setTimerType(Qt::PreciseTimer);
    connect(m_wait, &QTimer::timeout, this, [this] {
        auto request = std::move(m_waitingRequest);
        m_waitingRequest = nullptr;
        if (request)
            request();
    });
    if (m_client)
        connect(m_client, &AdminClient::waiting, this, [this](int seconds, int) { Q_EMIT waiting(seconds); });
    for (const BulkItem &item : std::as_const(m_file.items)) {
        ItemResult result;
        result.item = item;
        result.id = item.id;
        m_results.append(result);
        m_current.append(QJsonObject());
    }
}

QString BulkApply::idempotencyKey(const BulkItem &item)
{
    // QJsonObject keeps its keys sorted, so the compact form is canonical for the same content.
    const QByteArray canonical = QJsonDocument(item.document).toJson(QJsonDocument::Compact);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(itemKindName(item.kind).toUtf8());
    hash.addData(QByteArray("\n" + QByteArray::number(item.index) + "\n"));
    hash.addData(canonical);
    return QString::fromLatin1(hash.result().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool BulkApply::allSucceeded() const
{
    for (const ItemResult &result : m_results) {
        if (result.outcome != Outcome::Created && result.outcome != Outcome::Updated
            && result.outcome != Outcome::Unchanged)
            return false;
    }
    return true;
}

QString BulkApply::apiHost() const
{
    if (!m_client)
        return {};
    const std::optional<QUrl> base = apiBase(m_client->profile());
    return base ? RateLimits::hostKey(*base) : QString();
}

void BulkApply::paced(std::function<void()> request)
{
    std::chrono::milliseconds delay{0};
    if (m_tracker && m_client) {
        const std::optional<QUrl> base = apiBase(m_client->profile());
        const QString group = base ? RateLimits::groupForPath(base->path()) : QStringLiteral("admin");
        delay = m_pacer.nextDelay(m_tracker->group(apiHost(), group), m_tracker->now());
    } else {
        delay = m_pacer.nextDelay(std::nullopt, QDateTime::currentDateTimeUtc());
    }
    const auto send = [this, request = std::move(request)] {
        m_pacer.requestSent(m_tracker ? m_tracker->now() : QDateTime::currentDateTimeUtc());
        request();
    };
    if (delay.count() <= 0) {
        send();
        return;
    }
    qCDebug(lcBulk) << "pacing: waiting" << delay.count() << "ms";
    Q_EMIT waiting(int((delay.count() + 999) / 1000));
    m_waitingRequest = send;
    m_wait->start(int(delay.count()));
}

void BulkApply::cancel()
{
    if (m_cancelled)
        return;
    m_cancelled = true;
    if (m_wait->isActive()) {
        // Nothing is in flight: the item waiting for its turn is cancelled at once.
        m_wait->stop();
        m_waitingRequest = nullptr;
        const int index = m_next - 1;
        if (m_planned && index >= 0 && index < m_results.size() && m_results.at(index).outcome == Outcome::NotRun) {
            m_results[index].outcome = Outcome::Cancelled;
            m_results[index].message = Text::tr("Cancelled before it was applied.");
            finishItem(index);
        } else {
            scheduleNext(); // planning: the rest is marked cancelled when planning ends
        }
    }
}

// --- planning ---------------------------------------------------------------------------------

void BulkApply::plan()
{
    if (m_running || m_finished)
        return;
    m_running = true;
    m_runAfterPlan = false;
    m_next = 0;
    QTimer::singleShot(0, this, [this] { planNext(); });
}

void BulkApply::run()
{
    if (m_finished)
        return;
    if (m_running && m_planned)
        return;
    m_runAfterPlan = true;
    if (m_planned) {
        m_running = true;
        m_next = 0;
        QTimer::singleShot(0, this, [this] { applyNext(); });
        return;
    }
    if (!m_running) {
        m_running = true;
        m_next = 0;
        QTimer::singleShot(0, this, [this] { planNext(); });
    }
}

void BulkApply::planNext()
{
    if (m_next >= m_results.size() || m_cancelled) {
        planDone();
        return;
    }
    const int index = m_next++;
    if (!m_client) {
        AdminResult gone;
        gone.error = Text::tr("The admin connection is gone.");
        planFailed(index, gone);
        return;
    }
    switch (m_results.at(index).item.kind) {
    case ItemKind::Workspace:
        planWorkspace(index);
        break;
    case ItemKind::StaticIdp:
        planIdp(index);
        break;
    case ItemKind::Client:
        planClient(index);
        break;
    }
}

bool BulkApply::workspaceCreatedByFile(const QString &wid) const
{
    for (const ItemResult &result : m_results) {
        if (result.item.kind == ItemKind::Workspace && result.item.id == wid && result.planned == Action::Create
            && result.outcome == Outcome::NotRun)
            return true;
    }
    return false;
}

void BulkApply::planFailed(int index, const AdminResult &result)
{
    ItemResult &item = m_results[index];
    item.outcome = Outcome::Failed;
    item.httpStatus = result.status();
    item.message = result.error.isEmpty() ? Text::tr("The server answered %1.").arg(result.status()) : result.error;
    scheduleNext();
}

void BulkApply::decided(int index, Action action, const QJsonObject &current, const AdminResult *read)
{
    ItemResult &result = m_results[index];
    result.planned = action;
    if (read) {
        result.httpStatus = read->status();
        result.etag = read->etag;
    }
    m_current[index] = current;
    if (!current.isEmpty()) {
        result.id = idOf(result.item.kind, current);
        m_claimed.insert(claimKey(result.item.kind, result.id));
    }
    if (action == Action::Update)
        result.differences = differencesOf(result.item.document, current);
    scheduleNext();
}

void BulkApply::planWorkspace(int index)
{
    const BulkItem item = m_results.at(index).item;
    paced([this, index, item] {
        m_client->getServer(item.id, this, [this, index](const AdminResult &result) {
            m_pacer.responseReceived();
            if (result.status() == 404) {
                decided(index, Action::Create);
            } else if (!result.ok()) {
                planFailed(index, result);
            } else {
                const QJsonObject current = result.object();
                decided(index, differencesOf(m_results.at(index).item.document, current).isEmpty() ? Action::Skip
                                                                                                  : Action::Update,
                        current, &result);
            }
        });
    });
}

void BulkApply::planIdp(int index)
{
    const BulkItem item = m_results.at(index).item;
    if (workspaceCreatedByFile(item.workspaceId)) {
        decided(index, Action::Create); // its workspace does not exist yet
        return;
    }
    const auto withList = [this, index, item](const QJsonArray &idps) {
        QString iid;
        for (const QJsonValue &value : idps) {
            const QJsonObject idp = value.toObject();
            const QString id = idp.value(QStringLiteral("id")).toString();
            if (m_claimed.contains(claimKey(ItemKind::StaticIdp, item.workspaceId + QLatin1Char('/') + id)))
                continue;
            const bool match = item.id.isEmpty() ? idp.value(QStringLiteral("name")).toString() == item.name
                                                 : id == item.id;
            if (match && idp.value(QStringLiteral("method")).toString() == QLatin1String("static")) {
                iid = id;
                break;
            }
        }
        if (iid.isEmpty()) {
            decided(index, Action::Create);
            return;
        }
        m_claimed.insert(claimKey(ItemKind::StaticIdp, item.workspaceId + QLatin1Char('/') + iid));
        paced([this, index, item, iid] {
            m_client->getStaticIdp(item.workspaceId, iid, this, [this, index](const AdminResult &result) {
                m_pacer.responseReceived();
                if (!result.ok()) {
                    planFailed(index, result);
                    return;
                }
                const QJsonObject current = result.object();
                decided(index,
                        differencesOf(m_results.at(index).item.document, current).isEmpty() ? Action::Skip
                                                                                           : Action::Update,
                        current, &result);
            });
        });
    };
    if (m_idpLists.contains(item.workspaceId)) {
        withList(m_idpLists.value(item.workspaceId));
        return;
    }
    paced([this, index, item, withList] {
        m_client->listIdps(item.workspaceId, this, [this, index, item, withList](const AdminResult &result) {
            m_pacer.responseReceived();
            if (!result.ok()) {
                planFailed(index, result);
                return;
            }
            m_idpLists.insert(item.workspaceId, result.object().value(QStringLiteral("idps")).toArray());
            withList(m_idpLists.value(item.workspaceId));
        });
    });
}

void BulkApply::planClient(int index)
{
    const BulkItem item = m_results.at(index).item;
    if (workspaceCreatedByFile(item.workspaceId)) {
        decided(index, Action::Create);
        return;
    }
    const auto read = [this, index](const QString &cid) {
        paced([this, index, cid] {
            m_client->getClient(cid, this, [this, index](const AdminResult &result) {
                m_pacer.responseReceived();
                if (result.status() == 404) {
                    decided(index, Action::Create);
                } else if (!result.ok()) {
                    planFailed(index, result);
                } else {
                    const QJsonObject current = result.object();
                    decided(index,
                            differencesOf(m_results.at(index).item.document, current).isEmpty() ? Action::Skip
                                                                                               : Action::Update,
                            current, &result);
                }
            });
        });
    };
    if (!item.id.isEmpty()) {
        read(item.id);
        return;
    }
    // The server assigns the id: the client is found by its name within the workspace.
    const auto withList = [this, index, item, read](const QJsonArray &clients) {
        for (const QJsonValue &value : clients) {
            const QJsonObject client = value.toObject();
            const QString cid = client.value(QStringLiteral("client_id")).toString();
            if (client.value(QStringLiteral("client_name")).toString() == item.name
                && !m_claimed.contains(claimKey(ItemKind::Client, cid))) {
                m_claimed.insert(claimKey(ItemKind::Client, cid));
                read(cid);
                return;
            }
        }
        decided(index, Action::Create);
    };
    if (m_clientLists.contains(item.workspaceId)) {
        withList(m_clientLists.value(item.workspaceId));
        return;
    }
    paced([this, index, item, withList] {
        m_client->listClients(item.workspaceId, this, [this, index, item, withList](const AdminResult &result) {
            m_pacer.responseReceived();
            if (!result.ok()) {
                planFailed(index, result);
                return;
            }
            m_clientLists.insert(item.workspaceId, result.object().value(QStringLiteral("clients")).toArray());
            withList(m_clientLists.value(item.workspaceId));
        });
    });
}

void BulkApply::planDone()
{
    m_idpLists.clear();
    m_clientLists.clear();
    m_planned = true;
    if (m_cancelled) {
        for (ItemResult &result : m_results) {
            if (result.outcome == Outcome::NotRun)
                result.outcome = Outcome::Cancelled;
        }
    }
    Q_EMIT planned();
    if (m_runAfterPlan && !m_cancelled) {
        m_next = 0;
        applyNext();
        return;
    }
    finishAll();
}

void BulkApply::scheduleNext()
{
    // Through the event loop: a long file never grows the stack, and cancel() gets its turn.
    QTimer::singleShot(0, this, [this] {
        if (m_planned)
            applyNext();
        else
            planNext();
    });
}

// --- applying ---------------------------------------------------------------------------------

void BulkApply::applyNext()
{
    if (m_next >= m_results.size()) {
        finishAll();
        return;
    }
    const int index = m_next++;
    ItemResult &result = m_results[index];
    if (result.outcome != Outcome::NotRun) {
        // Decided already (a failed read while planning): reported, nothing sent.
        Q_EMIT itemStarted(index);
        finishItem(index);
        return;
    }
    if (m_cancelled) {
        result.outcome = Outcome::Cancelled;
        result.message = Text::tr("Cancelled before it was applied.");
        Q_EMIT itemStarted(index);
        finishItem(index);
        return;
    }
    Q_EMIT itemStarted(index);
    if (result.item.kind != ItemKind::Workspace) {
        for (const ItemResult &other : std::as_const(m_results)) {
            if (other.item.kind == ItemKind::Workspace && other.item.id == result.item.workspaceId
                && other.outcome == Outcome::Failed) {
                result.outcome = Outcome::Failed;
                result.message = Text::tr("Not applied: its workspace \"%1\" failed.").arg(result.item.workspaceId);
                finishItem(index);
                return;
            }
        }
    }
    if (result.planned == Action::Skip) {
        result.outcome = Outcome::Unchanged;
        result.message = Text::tr("Already as the file says.");
        finishItem(index);
        return;
    }
    if (!m_client) {
        result.outcome = Outcome::Failed;
        result.message = Text::tr("The admin connection is gone.");
        finishItem(index);
        return;
    }
    applyItem(index);
}

void BulkApply::applyItem(int index)
{
    const ItemResult result = m_results.at(index);
    const BulkItem &item = result.item;
    auto done = [this, index](const AdminResult &answer) {
        m_pacer.responseReceived();
        applied(index, answer);
    };
    if (result.planned == Action::Create) {
        CallOptions options;
        options.idempotencyKey = idempotencyKey(item);
        paced([this, item, options, done] {
            switch (item.kind) {
            case ItemKind::Workspace:
                m_client->createServer(item.document, options, this, done);
                break;
            case ItemKind::StaticIdp:
                m_client->createStaticIdp(item.workspaceId, item.document, options, this, done);
                break;
            case ItemKind::Client:
                m_client->createClient(item.document, options, this, done);
                break;
            }
        });
        return;
    }
    // Update: what the server has with the file's members on top (a PUT replaces the whole
    // document; members the file does not give keep their values).
    QJsonObject document = m_current.at(index);
    for (auto it = item.document.begin(); it != item.document.end(); ++it)
        document.insert(it.key(), it.value());
    CallOptions options;
    options.ifMatch = result.etag;
    const QString id = result.id;
    paced([this, item, id, document, options, done] {
        switch (item.kind) {
        case ItemKind::Workspace:
            m_client->updateServer(id, document, options, this, done);
            break;
        case ItemKind::StaticIdp:
            m_client->updateStaticIdp(item.workspaceId, id, document, options, this, done);
            break;
        case ItemKind::Client:
            m_client->updateClient(id, document, options, this, done);
            break;
        }
    });
}

void BulkApply::applied(int index, const AdminResult &answer)
{
    ItemResult &result = m_results[index];
    result.httpStatus = answer.status();
    if (!answer.ok()) {
        result.outcome = Outcome::Failed;
        result.message = answer.error.isEmpty() ? Text::tr("The server answered %1.").arg(answer.status())
                                                : answer.error;
        qCInfo(lcBulk) << itemKindName(result.item.kind) << result.item.index << "failed with status"
                       << answer.status();
    } else if (result.planned == Action::Create) {
        result.outcome = Outcome::Created;
        const QString id = idOf(result.item.kind, answer.object());
        if (!id.isEmpty())
            result.id = id;
        result.message = answer.replayed ? Text::tr("Created (the server replayed an earlier identical request).")
                                         : Text::tr("Created.");
    } else {
        result.outcome = Outcome::Updated;
        result.message = Text::tr("Updated: %1.").arg(result.differences.join(QLatin1String(", ")));
    }
    finishItem(index);
}

void BulkApply::finishItem(int index)
{
    Q_EMIT itemFinished(index);
    Q_EMIT progress(m_next, int(m_results.size()));
    scheduleNext();
}

void BulkApply::finishAll()
{
    if (m_finished)
        return;
    m_finished = m_runAfterPlan;
    m_running = false;
    Q_EMIT finished();
}

} // namespace Admin
