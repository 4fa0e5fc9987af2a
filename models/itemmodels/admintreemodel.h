// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The connected tenant as a tree for the admin browser: workspaces at the top; under each, once
// it is expanded (fetchMore), an "Identity providers" and a "Clients" group with the items the
// admin API lists. Workspaces are listed by reload(); a workspace's IDPs and clients are fetched
// the first time the view asks for them (lazy, one listIdps + one listClients per workspace).
//
//   reload() ──► listServers ──► workspaces (children unknown)
//   expand    ──► fetchMore(workspace) ──► listIdps + listClients ──► groups with their items

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

namespace Admin {
class AdminClient;
}

class AdminTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdminTreeModel)

public:
    enum class Kind { Workspace, IdpGroup, ClientGroup, Idp, Client };
    Q_ENUM(Kind)
    enum Column { NameColumn, IdColumn, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1, // int(Kind)
        IdRole,                      // the item's id (workspace, IDP or client id)
        WorkspaceRole,               // the workspace the item belongs to
        DocumentRole,                // the list document (QJsonObject) as the API gave it
        LoadingRole,                 // bool: a workspace whose children are being fetched
    };

    explicit AdminTreeModel(Admin::AdminClient *client, QObject *parent = nullptr);
    ~AdminTreeModel() override;

    // Lists the workspaces again; everything below them is fetched again on demand.
    void reload();
    // Fetches one workspace's IDPs and clients again (after a change in it).
    void reloadWorkspace(const QString &wid);
    void clear();
    bool isLoading() const { return m_pending > 0; }

    // The item's index (column 0), invalid when it is not (yet) in the tree.
    QModelIndex findItem(Kind kind, const QString &workspaceId, const QString &id) const;
    // After a save: the item's list document and name follow what the server returned.
    void updateItem(Kind kind, const QString &workspaceId, const QString &id, const QJsonObject &document);
    // After a delete.
    void removeItem(Kind kind, const QString &workspaceId, const QString &id);

    static Kind kindOf(const QModelIndex &index) { return Kind(index.data(KindRole).toInt()); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void workspacesLoaded();
    void workspaceLoaded(const QString &workspaceId);
    // A list call failed: the AdminResult's translated error.
    void loadFailed(const QString &message);

private:
    struct Node;
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node, int column = 0) const;
    Node *workspaceNode(const QString &wid) const;
    Node *findNode(Kind kind, const QString &wid, const QString &id) const;
    void fetchWorkspace(Node *workspace);
    void setGroupItems(const QString &wid, Kind group, const QList<QJsonObject> &documents);
    void finishCall();

    Admin::AdminClient *m_client;
    std::unique_ptr<Node> m_root;
    quint64 m_generation = 0; // bumped by reload/clear: answers for an older tree are dropped
    int m_pending = 0;
};
