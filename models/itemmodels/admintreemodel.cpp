// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/admintreemodel.h"

#include "admin/adminclient.h"

#include <QJsonArray>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

struct AdminTreeModel::Node
{
    Kind kind = Kind::Workspace;
    QString id;
    QString workspaceId;
    QString name;
    QJsonObject document;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;
    bool fetched = false;  // workspaces: IDPs and clients are in
    bool fetching = false; // workspaces: the two list calls are under way

    int row() const
    {
        if (!parent)
            return 0;
        const auto &siblings = parent->children;
        const auto it = std::find_if(siblings.begin(), siblings.end(), [this](const auto &n) { return n.get() == this; });
        return int(it - siblings.begin());
    }
};

namespace {

QString displayName(AdminTreeModel::Kind kind, const QJsonObject &document)
{
    const QString key = kind == AdminTreeModel::Kind::Client ? u"client_name"_s : u"name"_s;
    return document.value(key).toString();
}

QString documentId(AdminTreeModel::Kind kind, const QJsonObject &document)
{
    return document.value(kind == AdminTreeModel::Kind::Client ? u"client_id"_s : u"id"_s).toString();
}

} // namespace

AdminTreeModel::AdminTreeModel(Admin::AdminClient *client, QObject *parent)
    : QAbstractItemModel(parent)
    , m_client(client)
    , m_root(std::make_unique<Node>())
{
}

AdminTreeModel::~AdminTreeModel() = default;

void AdminTreeModel::clear()
{
    ++m_generation;
    m_pending = 0;
    beginResetModel();
    m_root->children.clear();
    endResetModel();
}

void AdminTreeModel::reload()
{
    clear();
    const quint64 generation = m_generation;
    ++m_pending;
    m_client->listServers(this, [this, generation](const Admin::AdminResult &result) {
        if (generation != m_generation)
            return;
        finishCall();
        if (!result.ok()) {
            Q_EMIT loadFailed(result.error);
            return;
        }
        const QJsonArray servers = result.object().value(u"servers"_s).toArray();
        if (!servers.isEmpty()) {
            beginInsertRows({}, 0, int(servers.size()) - 1);
            for (const QJsonValue &value : servers) {
                auto node = std::make_unique<Node>();
                node->kind = Kind::Workspace;
                node->document = value.toObject();
                node->id = documentId(Kind::Workspace, node->document);
                node->workspaceId = node->id;
                node->name = displayName(Kind::Workspace, node->document);
                node->parent = m_root.get();
                m_root->children.push_back(std::move(node));
            }
            endInsertRows();
        }
        Q_EMIT workspacesLoaded();
    });
}

void AdminTreeModel::reloadWorkspace(const QString &wid)
{
    Node *workspace = workspaceNode(wid);
    if (!workspace || workspace->fetching)
        return;
    if (!workspace->children.empty()) {
        beginRemoveRows(indexOf(workspace), 0, int(workspace->children.size()) - 1);
        workspace->children.clear();
        endRemoveRows();
    }
    workspace->fetched = false;
    fetchWorkspace(workspace);
}

void AdminTreeModel::finishCall()
{
    m_pending = std::max(0, m_pending - 1);
}

void AdminTreeModel::fetchWorkspace(Node *workspace)
{
    workspace->fetching = true;
    const QModelIndex index = indexOf(workspace);
    Q_EMIT dataChanged(index, index, {LoadingRole});
    const QString wid = workspace->id;
    const quint64 generation = m_generation;
    auto remaining = std::make_shared<int>(2);
    auto failure = std::make_shared<QString>();
    auto done = [this, wid, generation, remaining, failure](Kind group, const Admin::AdminResult &result,
                                                            const QString &listName) {
        if (generation != m_generation)
            return;
        finishCall();
        if (result.ok()) {
            QList<QJsonObject> documents;
            for (const QJsonValue &value : result.object().value(listName).toArray())
                documents.append(value.toObject());
            setGroupItems(wid, group, documents);
        } else if (failure->isEmpty()) {
            *failure = result.error;
        }
        if (--*remaining > 0)
            return;
        Node *node = workspaceNode(wid);
        if (!node)
            return;
        node->fetching = false;
        node->fetched = failure->isEmpty();
        const QModelIndex at = indexOf(node);
        Q_EMIT dataChanged(at, at, {LoadingRole});
        if (failure->isEmpty())
            Q_EMIT workspaceLoaded(wid);
        else
            Q_EMIT loadFailed(*failure);
    };
    m_pending += 2;
    m_client->listIdps(wid, this, [done](const Admin::AdminResult &r) { done(Kind::IdpGroup, r, u"idps"_s); });
    m_client->listClients(wid, this,
                          [done](const Admin::AdminResult &r) { done(Kind::ClientGroup, r, u"clients"_s); });
}

void AdminTreeModel::setGroupItems(const QString &wid, Kind group, const QList<QJsonObject> &documents)
{
    Node *workspace = workspaceNode(wid);
    if (!workspace)
        return;
    // The IDP group first, then clients, whichever answer comes first.
    Node *groupNode = nullptr;
    for (const auto &child : workspace->children)
        if (child->kind == group)
            groupNode = child.get();
    if (!groupNode) {
        const int row = group == Kind::IdpGroup ? 0 : int(workspace->children.size());
        beginInsertRows(indexOf(workspace), row, row);
        auto node = std::make_unique<Node>();
        node->kind = group;
        node->workspaceId = wid;
        node->parent = workspace;
        groupNode = node.get();
        workspace->children.insert(workspace->children.begin() + row, std::move(node));
        endInsertRows();
    }
    if (!groupNode->children.empty()) {
        beginRemoveRows(indexOf(groupNode), 0, int(groupNode->children.size()) - 1);
        groupNode->children.clear();
        endRemoveRows();
    }
    if (documents.isEmpty())
        return;
    const Kind itemKind = group == Kind::IdpGroup ? Kind::Idp : Kind::Client;
    beginInsertRows(indexOf(groupNode), 0, int(documents.size()) - 1);
    for (const QJsonObject &document : documents) {
        auto node = std::make_unique<Node>();
        node->kind = itemKind;
        node->document = document;
        node->id = documentId(itemKind, document);
        node->workspaceId = wid;
        node->name = displayName(itemKind, document);
        node->parent = groupNode;
        groupNode->children.push_back(std::move(node));
    }
    endInsertRows();
}

AdminTreeModel::Node *AdminTreeModel::workspaceNode(const QString &wid) const
{
    for (const auto &child : m_root->children)
        if (child->id == wid)
            return child.get();
    return nullptr;
}

AdminTreeModel::Node *AdminTreeModel::findNode(Kind kind, const QString &wid, const QString &id) const
{
    Node *workspace = workspaceNode(wid);
    if (!workspace || kind == Kind::Workspace)
        return workspace;
    const Kind group = kind == Kind::Idp || kind == Kind::IdpGroup ? Kind::IdpGroup : Kind::ClientGroup;
    for (const auto &child : workspace->children) {
        if (child->kind != group)
            continue;
        if (kind == group)
            return child.get();
        for (const auto &item : child->children)
            if (item->id == id)
                return item.get();
    }
    return nullptr;
}

QModelIndex AdminTreeModel::findItem(Kind kind, const QString &workspaceId, const QString &id) const
{
    const Node *node = findNode(kind, workspaceId, id);
    return node ? indexOf(node) : QModelIndex();
}

void AdminTreeModel::updateItem(Kind kind, const QString &workspaceId, const QString &id, const QJsonObject &document)
{
    Node *node = findNode(kind, workspaceId, id);
    if (!node)
        return;
    node->document = document;
    node->name = displayName(kind, document);
    Q_EMIT dataChanged(indexOf(node, 0), indexOf(node, ColumnCount - 1));
}

void AdminTreeModel::removeItem(Kind kind, const QString &workspaceId, const QString &id)
{
    Node *node = findNode(kind, workspaceId, id);
    if (!node || !node->parent)
        return;
    const int row = node->row();
    Node *parentNode = node->parent;
    beginRemoveRows(parentNode == m_root.get() ? QModelIndex() : indexOf(parentNode), row, row);
    parentNode->children.erase(parentNode->children.begin() + row);
    endRemoveRows();
}

AdminTreeModel::Node *AdminTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex AdminTreeModel::indexOf(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), column, const_cast<Node *>(node));
}

QModelIndex AdminTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const Node *parentNode = nodeOf(parent);
    return createIndex(row, column, parentNode->children[size_t(row)].get());
}

QModelIndex AdminTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int AdminTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int AdminTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool AdminTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    const Node *node = nodeOf(parent);
    if (node->kind == Kind::Workspace && node != m_root.get() && !node->fetched)
        return true; // not fetched yet: the view shows an expander, expanding fetches
    return !node->children.empty();
}

bool AdminTreeModel::canFetchMore(const QModelIndex &parent) const
{
    if (!parent.isValid() || parent.column() > 0)
        return false;
    const Node *node = nodeOf(parent);
    return node->kind == Kind::Workspace && !node->fetched && !node->fetching;
}

void AdminTreeModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        fetchWorkspace(nodeOf(parent));
}

QVariant AdminTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (index.column() == IdColumn)
            return node->id;
        switch (node->kind) {
        case Kind::IdpGroup:
            return tr("Identity providers");
        case Kind::ClientGroup:
            return tr("Clients");
        default:
            return node->name.isEmpty() ? node->id : node->name;
        }
    case Qt::ToolTipRole:
        if (node->kind == Kind::Workspace && node->fetching)
            return tr("Loading the identity providers and clients of %1…").arg(node->id);
        if (node->kind == Kind::Idp)
            return tr("Identity provider %1 (method: %2)").arg(node->id, node->document.value(u"method"_s).toString());
        return {};
    case KindRole:
        return int(node->kind);
    case IdRole:
        return node->id;
    case WorkspaceRole:
        return node->workspaceId;
    case DocumentRole:
        return node->document;
    case LoadingRole:
        return node->fetching;
    default:
        return {};
    }
}

QVariant AdminTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Name") : tr("ID");
}
