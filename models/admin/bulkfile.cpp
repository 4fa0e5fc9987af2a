// SPDX-License-Identifier: GPL-3.0-or-later
// The bulk file (bulkapply.h): its names and its parse, each problem named by its place.
#include "bulkapply.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace Admin {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Admin::BulkFile)
};

// Reads one array of the file. false with *error when it is not usable.
bool readArray(const QJsonObject &root, const QString &member, QJsonArray *out, QString *error)
{
    const QJsonValue value = root.value(member);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isArray()) {
        *error = Text::tr("%1 must be an array.").arg(member);
        return false;
    }
    *out = value.toArray();
    return true;
}

bool optionalString(const QJsonObject &object, const QString &where, const QString &member, QString *out,
                    QString *error)
{
    const QJsonValue value = object.value(member);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isString()) {
        *error = Text::tr("%1: %2 must be a string.").arg(where, member);
        return false;
    }
    *out = value.toString();
    return true;
}

bool requiredString(const QJsonObject &object, const QString &where, const QString &member, QString *out,
                    QString *error)
{
    if (!optionalString(object, where, member, out, error))
        return false;
    if (out->isEmpty()) {
        *error = Text::tr("%1: %2 is required (a non-empty string).").arg(where, member);
        return false;
    }
    return true;
}


} // namespace

QString itemKindName(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Workspace:
        return QStringLiteral("workspace");
    case ItemKind::StaticIdp:
        return QStringLiteral("idp");
    case ItemKind::Client:
        return QStringLiteral("client");
    }
    return {};
}

QString actionName(Action action)
{
    switch (action) {
    case Action::Create:
        return QStringLiteral("create");
    case Action::Update:
        return QStringLiteral("update");
    case Action::Skip:
        return QStringLiteral("skip");
    }
    return {};
}

QString outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Created:
        return QStringLiteral("created");
    case Outcome::Updated:
        return QStringLiteral("updated");
    case Outcome::Unchanged:
        return QStringLiteral("unchanged");
    case Outcome::Failed:
        return QStringLiteral("failed");
    case Outcome::Cancelled:
        return QStringLiteral("cancelled");
    case Outcome::NotRun:
        return QStringLiteral("not_run");
    }
    return {};
}

QJsonObject resultJson(const ItemResult &result)
{
    QJsonObject object{
        {QStringLiteral("kind"), itemKindName(result.item.kind)},
        {QStringLiteral("index"), result.item.index},
        {QStringLiteral("id"), result.id},
        {QStringLiteral("name"), result.item.name},
        {QStringLiteral("action"), actionName(result.planned)},
        {QStringLiteral("outcome"), outcomeName(result.outcome)},
        {QStringLiteral("status"), result.httpStatus},
        {QStringLiteral("message"), result.message},
    };
    if (!result.item.workspaceId.isEmpty() && result.item.kind != ItemKind::Workspace)
        object.insert(QStringLiteral("workspace"), result.item.workspaceId);
    if (!result.differences.isEmpty())
        object.insert(QStringLiteral("differences"), QJsonArray::fromStringList(result.differences));
    return object;
}

std::optional<BulkFile> BulkFile::parse(const QByteArray &json, QString *error)
{
    QString ignored;
    QString &problem = error ? *error : ignored;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // The offset as line:column, so an editor can go there.
        const QByteArray before = json.left(parseError.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = parseError.offset - (before.lastIndexOf('\n') + 1) + 1;
        problem = tr("line %1, column %2: not valid JSON (%3).").arg(line).arg(column).arg(parseError.errorString());
        return std::nullopt;
    }
    if (!document.isObject()) {
        problem = tr("The file must hold one JSON object with \"workspaces\", \"idps\" and/or \"clients\" arrays.");
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.key() != QLatin1String("workspaces") && it.key() != QLatin1String("idps")
            && it.key() != QLatin1String("clients")) {
            problem = tr("%1: unknown member; a bulk file has only \"workspaces\", \"idps\" and \"clients\".")
                          .arg(it.key());
            return std::nullopt;
        }
    }
    QJsonArray workspaces, idps, clients;
    if (!readArray(root, QStringLiteral("workspaces"), &workspaces, &problem)
        || !readArray(root, QStringLiteral("idps"), &idps, &problem)
        || !readArray(root, QStringLiteral("clients"), &clients, &problem))
        return std::nullopt;

    BulkFile file;
    QSet<QString> seen;
    const auto unique = [&seen, &problem](ItemKind kind, const QString &scope, const QString &key,
                                          const QString &where) {
        const QString full = itemKindName(kind) + QLatin1Char('/') + scope + QLatin1Char('/') + key;
        if (seen.contains(full)) {
            problem = tr("%1: \"%2\" appears twice in the file.").arg(where, key);
            return false;
        }
        seen.insert(full);
        return true;
    };

    for (qsizetype i = 0; i < workspaces.size(); ++i) {
        const QString where = QStringLiteral("workspaces[%1]").arg(i);
        if (!workspaces.at(i).isObject()) {
            problem = tr("%1: must be an object (an admin.json Server).").arg(where);
            return std::nullopt;
        }
        BulkItem item;
        item.kind = ItemKind::Workspace;
        item.index = int(i);
        item.document = workspaces.at(i).toObject();
        if (!requiredString(item.document, where, QStringLiteral("id"), &item.id, &problem)
            || !optionalString(item.document, where, QStringLiteral("name"), &item.name, &problem))
            return std::nullopt;
        if (!unique(item.kind, QString(), item.id, where + QLatin1String(".id")))
            return std::nullopt;
        item.workspaceId = item.id;
        if (item.name.isEmpty())
            item.name = item.id;
        file.items.append(item);
    }
    for (qsizetype i = 0; i < idps.size(); ++i) {
        const QString where = QStringLiteral("idps[%1]").arg(i);
        if (!idps.at(i).isObject()) {
            problem = tr("%1: must be an object (an admin.json StaticIDP with \"workspace\").").arg(where);
            return std::nullopt;
        }
        BulkItem item;
        item.kind = ItemKind::StaticIdp;
        item.index = int(i);
        item.document = idps.at(i).toObject();
        QString method;
        if (!requiredString(item.document, where, QStringLiteral("workspace"), &item.workspaceId, &problem)
            || !requiredString(item.document, where, QStringLiteral("name"), &item.name, &problem)
            || !optionalString(item.document, where, QStringLiteral("id"), &item.id, &problem)
            || !optionalString(item.document, where, QStringLiteral("method"), &method, &problem))
            return std::nullopt;
        if (!method.isEmpty() && method != QLatin1String("static")) {
            problem = tr("%1: method must be \"static\" (bulk apply creates static IDPs only).").arg(where);
            return std::nullopt;
        }
        const QJsonValue credentials = item.document.value(QStringLiteral("credentials"));
        if (!credentials.isUndefined() && !credentials.isNull() && !credentials.isObject()) {
            problem = tr("%1: credentials must be an object with a \"users\" array.").arg(where);
            return std::nullopt;
        }
        if (!unique(item.kind, item.workspaceId, item.id.isEmpty() ? item.name : item.id, where))
            return std::nullopt;
        item.document.remove(QStringLiteral("workspace"));
        item.document.insert(QStringLiteral("method"), QStringLiteral("static"));
        file.items.append(item);
    }
    for (qsizetype i = 0; i < clients.size(); ++i) {
        const QString where = QStringLiteral("clients[%1]").arg(i);
        if (!clients.at(i).isObject()) {
            problem = tr("%1: must be an object (an admin.json CreateClient).").arg(where);
            return std::nullopt;
        }
        BulkItem item;
        item.kind = ItemKind::Client;
        item.index = int(i);
        item.document = clients.at(i).toObject();
        QString workspace;
        if (!optionalString(item.document, where, QStringLiteral("workspace"), &workspace, &problem)
            || !optionalString(item.document, where, QStringLiteral("authorization_server_id"), &item.workspaceId,
                               &problem)
            || !requiredString(item.document, where, QStringLiteral("client_name"), &item.name, &problem)
            || !optionalString(item.document, where, QStringLiteral("client_id"), &item.id, &problem))
            return std::nullopt;
        if (!workspace.isEmpty() && !item.workspaceId.isEmpty() && workspace != item.workspaceId) {
            problem = tr("%1: workspace and authorization_server_id name different workspaces.").arg(where);
            return std::nullopt;
        }
        if (item.workspaceId.isEmpty())
            item.workspaceId = workspace;
        if (item.workspaceId.isEmpty()) {
            problem = tr("%1: authorization_server_id (the client's workspace) is required.").arg(where);
            return std::nullopt;
        }
        if (!unique(item.kind, item.workspaceId, item.id.isEmpty() ? item.name : item.id, where))
            return std::nullopt;
        item.document.remove(QStringLiteral("workspace"));
        item.document.insert(QStringLiteral("authorization_server_id"), item.workspaceId);
        file.items.append(item);
    }
    return file;
}

} // namespace Admin
