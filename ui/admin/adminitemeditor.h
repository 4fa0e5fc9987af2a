// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The admin browser's detail editor: one admin document (workspace, IDP or client) as JSON,
// checked as typed; for a static IDP its users (credentials.users) in a table edited in place
// instead of in the JSON. It builds the document to save and shows the server's errors at the
// field they name; the page does the network.

#include "admin/adminclient.h"
#include "itemmodels/admintreemodel.h"

#include <QJsonObject>
#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

class AdminItemEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdminItemEditor)

public:
    enum UserColumn { UsernameColumn, PasswordColumn, EmailColumn, ContextColumn, UserColumnCount };

    explicit AdminItemEditor(QWidget *parent = nullptr);
    ~AdminItemEditor() override;

    // editable: false for IDPs the admin API offers no typed update for (not static).
    void setItem(AdminTreeModel::Kind kind, const QString &workspaceId, const QString &id, const QJsonObject &document,
                 bool editable);
    void clearItem(const QString &message = {});
    bool hasItem() const { return m_hasItem; }
    AdminTreeModel::Kind kind() const { return m_kind; }
    QString workspaceId() const { return m_workspaceId; }
    QString itemId() const { return m_id; }
    bool isStaticIdp() const;

    // The document to PUT: the JSON text, for a static IDP with the table's users in
    // credentials.users. nullopt (and the problem shown at its place) when something is invalid.
    std::optional<QJsonObject> document();

    void setBusy(bool busy, const QString &status = {});
    void showMessage(const QString &message, bool error);
    void showFieldErrors(const QList<Admin::FieldError> &errors);

Q_SIGNALS:
    void saveRequested();
    void deleteRequested();
    void reloadRequested();

private:
    void validateJson();
    void addUser(const QJsonObject &user = {});
    void removeSelectedUsers();
    void markCell(int row, int column, const QString &message);
    void clearMarks();
    void updateButtons();

    QLabel *m_title;
    QLabel *m_message;
    QPlainTextEdit *m_json;
    QLabel *m_jsonProblem;
    QWidget *m_usersBox;
    QTableWidget *m_users;
    QPushButton *m_addUser;
    QPushButton *m_removeUser;
    QPushButton *m_save;
    QPushButton *m_delete;
    QPushButton *m_reload;

    bool m_hasItem = false;
    bool m_editable = false;
    bool m_busy = false;
    bool m_jsonValid = false;
    AdminTreeModel::Kind m_kind = AdminTreeModel::Kind::Workspace;
    QString m_workspaceId;
    QString m_id;
};
