// SPDX-License-Identifier: GPL-3.0-or-later
#include "admin/adminitemeditor.h"

#include "statuspalette.h"

#include <QAction>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTextBlock>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using Kind = AdminTreeModel::Kind;

namespace {

constexpr int OriginalUserRole = Qt::UserRole + 1; // the user's document as loaded (QJsonObject)
constexpr int MarkedRole = Qt::UserRole + 2;

const char *const UserKeys[] = {"username", "password", "email", "authentication_context"};

} // namespace

AdminItemEditor::AdminItemEditor(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_message(new QLabel(this))
    , m_json(new QPlainTextEdit(this))
    , m_jsonProblem(new QLabel(this))
    , m_usersBox(new QWidget(this))
    , m_users(new QTableWidget(0, UserColumnCount, m_usersBox))
    , m_addUser(new QPushButton(tr("&Add User"), m_usersBox))
    , m_removeUser(new QPushButton(tr("Re&move User"), m_usersBox))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
    , m_reload(new QPushButton(tr("Re&load"), this))
{
    m_title->setObjectName(u"itemTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setAccessibleName(tr("Selected item"));

    m_message->setObjectName(u"itemMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->setAccessibleName(tr("Status of the selected item"));
    m_message->hide();

    m_json->setObjectName(u"documentEdit"_s);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setAccessibleName(tr("Document as JSON"));
    m_json->setTabChangesFocus(true);
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *jsonLabel = new QLabel(tr("Document (&JSON):"), this);
    jsonLabel->setBuddy(m_json);

    m_jsonProblem->setObjectName(u"jsonProblem"_s);
    m_jsonProblem->setWordWrap(true);
    m_jsonProblem->hide();

    m_users->setObjectName(u"usersTable"_s);
    m_users->setAccessibleName(tr("Users of the static identity provider"));
    m_users->setHorizontalHeaderLabels(
        {tr("Username"), tr("Password"), tr("Email"), tr("Authentication context (JSON)")});
    m_users->horizontalHeader()->setStretchLastSection(true);
    m_users->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_users->setTabKeyNavigation(false);
    m_users->setToolTip(tr("Leave a password empty to keep the user's current password."));
    m_addUser->setObjectName(u"addUserButton"_s);
    m_removeUser->setObjectName(u"removeUserButton"_s);
    m_addUser->setAccessibleName(tr("Add user"));
    m_removeUser->setAccessibleName(tr("Remove selected users"));
    auto *usersLabel = new QLabel(tr("&Users:"), m_usersBox);
    usersLabel->setBuddy(m_users);
    auto *usersLayout = new QVBoxLayout(m_usersBox);
    usersLayout->setContentsMargins(0, 0, 0, 0);
    usersLayout->addWidget(usersLabel);
    usersLayout->addWidget(m_users, 1);
    auto *userButtons = new QHBoxLayout;
    userButtons->addWidget(m_addUser);
    userButtons->addWidget(m_removeUser);
    userButtons->addStretch();
    usersLayout->addLayout(userButtons);
    m_usersBox->hide();

    m_save->setObjectName(u"saveButton"_s);
    m_delete->setObjectName(u"deleteButton"_s);
    m_reload->setObjectName(u"reloadItemButton"_s);
    m_save->setAccessibleName(tr("Save the item"));
    m_delete->setAccessibleName(tr("Delete the item"));
    m_reload->setAccessibleName(tr("Reload the item from the server"));
    // A shortcut of its own: setShortcut() on the button would replace its Alt mnemonic.
    auto *saveAction = new QAction(this);
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(saveAction, &QAction::triggered, m_save, &QPushButton::click);
    addAction(saveAction);
    m_save->setToolTip(tr("Save (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_reload);
    buttons->addStretch();
    buttons->addWidget(m_delete);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_message);
    layout->addWidget(jsonLabel);
    layout->addWidget(m_json, 2);
    layout->addWidget(m_jsonProblem);
    layout->addWidget(m_usersBox, 1);
    layout->addLayout(buttons);

    connect(m_json, &QPlainTextEdit::textChanged, this, &AdminItemEditor::validateJson);
    connect(m_addUser, &QPushButton::clicked, this, [this] {
        addUser();
        m_users->setCurrentCell(m_users->rowCount() - 1, UsernameColumn);
        m_users->editItem(m_users->currentItem());
    });
    connect(m_removeUser, &QPushButton::clicked, this, &AdminItemEditor::removeSelectedUsers);
    connect(m_users, &QTableWidget::itemChanged, this, [](QTableWidgetItem *item) {
        if (item->data(MarkedRole).toBool()) {
            item->setData(MarkedRole, false);
            item->setData(Qt::BackgroundRole, {});
            item->setToolTip({});
        }
    });
    connect(m_save, &QPushButton::clicked, this, &AdminItemEditor::saveRequested);
    connect(m_delete, &QPushButton::clicked, this, &AdminItemEditor::deleteRequested);
    connect(m_reload, &QPushButton::clicked, this, &AdminItemEditor::reloadRequested);
    clearItem(tr("Select a workspace, identity provider or client to see it here."));
}

AdminItemEditor::~AdminItemEditor() = default;

bool AdminItemEditor::isStaticIdp() const
{
    return m_hasItem && m_kind == Kind::Idp && m_editable;
}

void AdminItemEditor::setItem(Kind kind, const QString &workspaceId, const QString &id, const QJsonObject &document,
                              bool editable)
{
    m_hasItem = true;
    m_kind = kind;
    m_workspaceId = workspaceId;
    m_id = id;
    m_editable = editable;
    switch (kind) {
    case Kind::Workspace:
        m_title->setText(tr("Workspace %1").arg(id));
        break;
    case Kind::Idp:
        m_title->setText(editable ? tr("Static identity provider %1 in %2").arg(id, workspaceId)
                                  : tr("Identity provider %1 in %2").arg(id, workspaceId));
        break;
    default:
        m_title->setText(tr("Client %1 in %2").arg(id, workspaceId));
        break;
    }

    QJsonObject shown = document;
    m_users->setRowCount(0);
    if (isStaticIdp()) {
        QJsonObject credentials = shown.value(u"credentials"_s).toObject();
        const QJsonArray users = credentials.take(u"users"_s).toArray();
        if (credentials.isEmpty())
            shown.remove(u"credentials"_s);
        else
            shown.insert(u"credentials"_s, credentials);
        const QSignalBlocker blocker(m_users);
        for (const QJsonValue &user : users)
            addUser(user.toObject());
    }
    m_usersBox->setVisible(isStaticIdp());
    m_json->setReadOnly(!editable);
    m_json->setPlainText(QString::fromUtf8(QJsonDocument(shown).toJson(QJsonDocument::Indented)));
    m_message->hide();
    if (!editable && kind == Kind::Idp)
        showMessage(tr("The admin API offers no update for this kind of identity provider here: it can be viewed "
                       "and deleted."),
                    false);
    updateButtons();
}

void AdminItemEditor::clearItem(const QString &message)
{
    m_hasItem = false;
    m_editable = false;
    m_id.clear();
    m_workspaceId.clear();
    m_title->setText(tr("Nothing selected"));
    m_json->setReadOnly(true);
    m_json->clear();
    m_users->setRowCount(0);
    m_usersBox->hide();
    m_jsonProblem->hide();
    if (message.isEmpty())
        m_message->hide();
    else
        showMessage(message, false);
    updateButtons();
}

void AdminItemEditor::addUser(const QJsonObject &user)
{
    const int row = m_users->rowCount();
    m_users->insertRow(row);
    for (int column = 0; column < UserColumnCount; ++column) {
        const QJsonValue value = user.value(QLatin1String(UserKeys[column]));
        QString text;
        if (column == PasswordColumn)
            text.clear(); // never shown: empty keeps the current password
        else if (column == ContextColumn && value.isObject())
            text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        else
            text = value.toString();
        auto *item = new QTableWidgetItem(text);
        if (column == UsernameColumn)
            item->setData(OriginalUserRole, user);
        if (column == PasswordColumn && !user.isEmpty())
            item->setToolTip(tr("Leave empty to keep the current password."));
        m_users->setItem(row, column, item);
    }
}

void AdminItemEditor::removeSelectedUsers()
{
    QList<int> rows;
    for (const QModelIndex &index : m_users->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty() && m_users->currentRow() >= 0)
        rows.append(m_users->currentRow());
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : rows)
        m_users->removeRow(row);
}

void AdminItemEditor::validateJson()
{
    if (m_json->isReadOnly() && !m_hasItem)
        return;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(m_json->toPlainText().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError) {
        m_jsonValid = false;
        m_jsonProblem->setText(tr("Not valid JSON at character %1: %2. Correct it to save.")
                                   .arg(error.offset)
                                   .arg(error.errorString()));
        m_jsonProblem->show();
    } else if (!document.isObject()) {
        m_jsonValid = false;
        m_jsonProblem->setText(tr("The document must be a JSON object ({…})."));
        m_jsonProblem->show();
    } else {
        m_jsonValid = true;
        m_jsonProblem->hide();
    }
    updateButtons();
}

std::optional<QJsonObject> AdminItemEditor::document()
{
    clearMarks();
    validateJson();
    if (!m_jsonValid) {
        m_json->setFocus();
        return std::nullopt;
    }
    QJsonObject document = QJsonDocument::fromJson(m_json->toPlainText().toUtf8()).object();
    if (!isStaticIdp())
        return document;

    QJsonArray users;
    bool valid = true;
    for (int row = 0; row < m_users->rowCount(); ++row) {
        auto text = [this, row](int column) {
            const QTableWidgetItem *item = m_users->item(row, column);
            return item ? item->text() : QString();
        };
        const QTableWidgetItem *first = m_users->item(row, UsernameColumn);
        QJsonObject user = first ? first->data(OriginalUserRole).toJsonObject() : QJsonObject();
        const bool isNew = user.isEmpty();
        user.remove(u"password"_s); // the server keeps a password that is not sent again
        const QString username = text(UsernameColumn).trimmed();
        if (username.isEmpty()) {
            markCell(row, UsernameColumn, tr("Enter a username, or remove the row."));
            valid = false;
        }
        user.insert(u"username"_s, username);
        if (!text(PasswordColumn).isEmpty())
            user.insert(u"password"_s, text(PasswordColumn));
        else if (isNew) {
            markCell(row, PasswordColumn, tr("Enter a password for the new user."));
            valid = false;
        }
        if (text(EmailColumn).trimmed().isEmpty())
            user.remove(u"email"_s);
        else
            user.insert(u"email"_s, text(EmailColumn).trimmed());
        const QString context = text(ContextColumn).trimmed();
        if (context.isEmpty()) {
            user.remove(u"authentication_context"_s);
        } else {
            const QJsonDocument parsed = QJsonDocument::fromJson(context.toUtf8());
            if (!parsed.isObject()) {
                markCell(row, ContextColumn, tr("Enter a JSON object, e.g. {\"name\": \"Alice\"}, or leave it empty."));
                valid = false;
            } else {
                user.insert(u"authentication_context"_s, parsed.object());
            }
        }
        users.append(user);
    }
    if (!valid) {
        showMessage(tr("Some users need correcting: see the marked cells."), true);
        return std::nullopt;
    }
    QJsonObject credentials = document.value(u"credentials"_s).toObject();
    credentials.insert(u"users"_s, users);
    document.insert(u"credentials"_s, credentials);
    return document;
}

void AdminItemEditor::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    if (!status.isEmpty())
        showMessage(status, false);
    updateButtons();
}

void AdminItemEditor::showMessage(const QString &message, bool error)
{
    m_message->setText(message);
    m_message->setProperty("error", error);
    m_message->setStyleSheet(error ? StatusPalette::bannerStyleSheet(palette(), StatusPalette::Tone::Bad) : QString());
    m_message->setVisible(!message.isEmpty());
}

void AdminItemEditor::showFieldErrors(const QList<Admin::FieldError> &errors)
{
    // "credentials.users[2].email" → row 2, the Email column; other fields: their line in the JSON.
    static const QRegularExpression userField(uR"(^(?:credentials\.)?users\[(\d+)\](?:\.(\w+))?)"_s);
    for (const Admin::FieldError &error : errors) {
        const QRegularExpressionMatch match = userField.match(error.field);
        if (isStaticIdp() && match.hasMatch()) {
            const int row = match.captured(1).toInt();
            int column = UsernameColumn;
            for (int c = 0; c < UserColumnCount; ++c)
                if (match.captured(2) == QLatin1String(UserKeys[c]))
                    column = c;
            if (row < m_users->rowCount()) {
                markCell(row, column, error.message);
                m_users->setCurrentCell(row, column);
                m_users->setFocus();
                continue;
            }
        }
        QString key = error.field.section(u'.', 0, 0);
        key = key.section(u'[', 0, 0);
        const QString needle = u'"' + key + u"\":"_s;
        const int at = m_json->toPlainText().indexOf(needle);
        if (at >= 0) {
            QTextCursor cursor(m_json->document());
            cursor.setPosition(at);
            cursor.select(QTextCursor::LineUnderCursor);
            m_json->setTextCursor(cursor);
            m_json->setFocus();
        }
    }
}

void AdminItemEditor::markCell(int row, int column, const QString &message)
{
    QTableWidgetItem *item = m_users->item(row, column);
    if (!item) {
        item = new QTableWidgetItem;
        m_users->setItem(row, column, item);
    }
    const QSignalBlocker blocker(m_users);
    item->setData(MarkedRole, true);
    item->setData(Qt::BackgroundRole, StatusPalette::background(m_users->palette(), StatusPalette::Tone::Bad));
    item->setToolTip(message);
    item->setData(Qt::AccessibleDescriptionRole, message);
}

void AdminItemEditor::clearMarks()
{
    const QSignalBlocker blocker(m_users);
    for (int row = 0; row < m_users->rowCount(); ++row)
        for (int column = 0; column < UserColumnCount; ++column)
            if (QTableWidgetItem *item = m_users->item(row, column); item && item->data(MarkedRole).toBool()) {
                item->setData(MarkedRole, false);
                item->setData(Qt::BackgroundRole, {});
                item->setData(Qt::AccessibleDescriptionRole, {});
                item->setToolTip({});
            }
}

void AdminItemEditor::updateButtons()
{
    m_save->setEnabled(m_hasItem && m_editable && m_jsonValid && !m_busy);
    m_delete->setEnabled(m_hasItem && !m_busy);
    m_reload->setEnabled(m_hasItem && !m_busy);
    m_addUser->setEnabled(isStaticIdp() && !m_busy);
    m_removeUser->setEnabled(isStaticIdp() && !m_busy);
}
