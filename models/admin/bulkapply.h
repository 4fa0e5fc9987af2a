// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Bulk apply: a JSON file describing many workspaces, static IDPs and clients, brought about
// through the admin API. `tokenscope admin apply` and the wizard's bulk mode share this.
//
//   {"workspaces": [Server…], "idps": [{"workspace": WID, …StaticIDP}], "clients": [CreateClient…]}
//
// parse ──► plan (dry run: GET each item; Create when absent, Update when it differs from what
// the file says, Skip when every field the file gives already has that value) ──► run (in
// order: workspaces, then IDPs, then clients; paced by RateLimits::Pacer from the tracker's
// readings; one result per item; cancel stops before the next item).
//
// Resume without duplicates: every item's POST carries an X-Idempotency-Key derived from the
// file's item (a hash of the item's canonical JSON and its position), so a retried POST within
// the server's replay window is answered from the first one; and a run after a lost network
// plans again, so what was created last time is found by its id and skipped or updated. Items
// whose id the server assigns (a client without client_id) are matched by client_name within
// the workspace when planning.

#include "admin/adminclient.h"
#include "http/pacer.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QTimer>

#include <functional>
#include <optional>

namespace Admin {

enum class ItemKind { Workspace, StaticIdp, Client };
QString itemKindName(ItemKind kind); // "workspace", "idp", "client" (the CLI's JSON names)

struct BulkItem
{
    ItemKind kind = ItemKind::Workspace;
    int index = 0;        // position within its array in the file
    QString workspaceId;  // the workspace (for a workspace: its own id)
    QString id;           // the item's id (client_id for clients; empty when the server assigns it)
    QString name;         // name / client_name, for display and matching
    QJsonObject document; // what is sent (for IDPs without the file's "workspace" member)
};

struct BulkFile
{
    Q_DECLARE_TR_FUNCTIONS(BulkFile)

public:
    QList<BulkItem> items; // workspaces, then IDPs, then clients, each in file order

    // Parses the file's JSON. nullopt with a translated message naming the place
    // ("clients[3]: client_name must be a string") when it is not a bulk file. Unknown top-level
    // members are an error (a typo must not silently apply nothing).
    static std::optional<BulkFile> parse(const QByteArray &json, QString *error);
};

enum class Action { Create, Update, Skip };
QString actionName(Action action); // "create", "update", "skip"

enum class Outcome { Created, Updated, Unchanged, Failed, Cancelled, NotRun };
QString outcomeName(Outcome outcome); // "created", "updated", "unchanged", "failed", "cancelled", "not_run"

struct ItemResult
{
    BulkItem item;
    Action planned = Action::Create;
    Outcome outcome = Outcome::NotRun;
    QString id;        // the id on the server (assigned client ids included) once known
    QString message;   // translated; the error for Failed
    int httpStatus = 0; // the last response's status
    QString etag;      // as read when planning (sent as if-match on update)
    QStringList differences; // Update: the top-level fields that differ
};

// One result as `tokenscope admin apply --json` prints it and the GUI saves it: kind, index, id,
// name, action, outcome, status, message, workspace (IDPs and clients), differences (when any).
QJsonObject resultJson(const ItemResult &result);

class BulkApply final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkApply)

public:
    BulkApply(AdminClient *client, RateLimits::RateLimitTracker *tracker, BulkFile file, QObject *parent = nullptr);

    // Self-imposed pace on top of the headers (Pacer::setRate); default none.
    void setRate(double perMinute, int burst) { m_pacer.setRate(perMinute, burst); }

    // Dry run: reads what exists and decides each item's action; planned() then finished().
    void plan();
    // Plans (unless plan() ran), then applies; itemStarted/itemFinished per item, finished() at
    // the end. Items after a failed workspace that belong to it fail without a request.
    void run();
    void cancel();

    const QList<ItemResult> &results() const { return m_results; }
    bool allSucceeded() const; // every item Created, Updated or Unchanged
    // The key sent with an item's POST: stable for the same item content and position.
    static QString idempotencyKey(const BulkItem &item);

Q_SIGNALS:
    void planned();
    void progress(int done, int total);
    void itemStarted(int index);  // into results()
    void itemFinished(int index);
    void waiting(int secondsLeft); // pacing or a 429's Retry-After, for a countdown
    void finished();

private:
    void planNext();
    void applyNext();
    void scheduleNext();

    // Planning steps of one item (planNext dispatches).
    void planWorkspace(int index);
    void planIdp(int index);
    void planClient(int index);
    void decided(int index, Action action, const QJsonObject &current = {}, const AdminResult *read = nullptr);
    void planFailed(int index, const AdminResult &result);
    void planDone();
    bool workspaceCreatedByFile(const QString &wid) const; // a workspace item planned Create
    // Runs request after the pacer's wait (cancel stops the wait).
    void paced(std::function<void()> request);
    void applyItem(int index);
    void applied(int index, const AdminResult &result);
    void finishItem(int index);
    void finishAll();
    QString apiHost() const;

    QPointer<AdminClient> m_client;
    QPointer<RateLimits::RateLimitTracker> m_tracker;
    BulkFile m_file;
    RateLimits::Pacer m_pacer;
    QList<ItemResult> m_results;
    int m_next = 0;
    bool m_planned = false;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_runAfterPlan = false;
    bool m_finished = false;
    QTimer *m_wait = nullptr; // the pacing wait (child)
    std::function<void()> m_waitingRequest;
    QList<QJsonObject> m_current;               // per item: the server's document when planning found it
    QHash<QString, QJsonArray> m_idpLists;      // wid -> listIdps, while planning
    QHash<QString, QJsonArray> m_clientLists;   // wid -> listClients, while planning
    QSet<QString> m_claimed;                    // "kind/id" already matched by an earlier item
};

} // namespace Admin
