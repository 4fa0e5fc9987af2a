// SPDX-License-Identifier: GPL-3.0-or-later
#include "setup/idppage.h"

#include "admin/adminclient.h"
#include "filechooser.h"
#include "setup/setupwizard.h"
#include "statuspalette.h"

#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Setup {

namespace {

const char *const ColumnKeys[] = {"username", "password", "email", "authentication_context", "additional_attributes"};

// One CSV record (RFC 4180: quoted fields, "" inside quotes, CRLF or LF); advances *at.
QStringList csvRecord(const QString &text, qsizetype *at)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    qsizetype i = *at;
    for (; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields << field;
            field.clear();
        } else if (c == QLatin1Char('\n')) {
            ++i;
            break;
        } else if (c != QLatin1Char('\r')) {
            field += c;
        }
    }
    fields << field;
    *at = i;
    return fields;
}

QString cellText(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return value.toString();
}

} // namespace

IdpPage::IdpPage(SetupWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("idpPage"));
    setTitle(tr("Identity Provider"));
    setSubTitle(tr("A static identity provider with mock users to sign in with."));

    auto *form = new QFormLayout;
    const auto addField = [&](const QString &label, QWidget *field, const QString &json) {
        m_errors.addRow(form, label, field, json);
    };
    m_id = new QLineEdit(this);
    m_id->setObjectName(QStringLiteral("idpIdEdit"));
    m_id->setAccessibleName(tr("Identity provider id"));
    m_id->setText(QStringLiteral("mock-users"));
    m_id->setMaxLength(64);
    addField(tr("&Id:"), m_id, QStringLiteral("id"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("idpNameEdit"));
    m_name->setAccessibleName(tr("Identity provider name"));
    m_name->setText(tr("Mock users"));
    addField(tr("Na&me:"), m_name, QStringLiteral("name"));

    m_users = new QTableWidget(0, ColumnCount, this);
    m_users->setObjectName(QStringLiteral("usersTable"));
    m_users->setAccessibleName(tr("Users"));
    m_users->setHorizontalHeaderLabels({tr("Username"), tr("Password"), tr("Email"), tr("Authentication context (JSON)"),
                                        tr("Additional attributes (JSON)")});
    m_users->horizontalHeader()->setStretchLastSection(true);
    m_users->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_users->setTabKeyNavigation(false);
    m_users->setToolTip(tr("F2 or typing edits a cell. The JSON columns take an object, e.g. {\"name\": \"Alice\"}."));
    addField(tr("&Users:"), m_users, QStringLiteral("credentials.users"));

    m_addUser = new QPushButton(tr("&Add User"), this);
    m_addUser->setObjectName(QStringLiteral("addUserButton"));
    m_addUser->setAccessibleName(tr("Add user"));
    m_removeUser = new QPushButton(tr("Remove Use&r"), this);
    m_removeUser->setObjectName(QStringLiteral("removeUserButton"));
    m_removeUser->setAccessibleName(tr("Remove user"));
    m_import = new QPushButton(tr("Im&port Users…"), this);
    m_import->setObjectName(QStringLiteral("importUsersButton"));
    m_import->setAccessibleName(tr("Import users"));
    m_import->setToolTip(tr("Add users from a CSV file (a header row: username,password,email,…) or a JSON file."));
    m_create = new QPushButton(tr("Cr&eate Identity Provider"), this);
    m_create->setObjectName(QStringLiteral("createIdpButton"));
    m_create->setAccessibleName(tr("Create identity provider"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("idpStatusLabel"));
    m_status->setWordWrap(true);
    QLabel *general = makeErrorLabel(this, QStringLiteral("idpErrorLabel"));
    m_errors.setGeneral(general);
    m_request.attach(m_create, m_status, &m_errors);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addUser);
    buttons->addWidget(m_removeUser);
    buttons->addWidget(m_import);
    buttons->addStretch(1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_create);
    bottom->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addLayout(buttons);
    layout->addWidget(general);
    layout->addLayout(bottom);

    connect(m_addUser, &QPushButton::clicked, this, [this] {
        addUser({});
        m_users->setCurrentCell(m_users->rowCount() - 1, UsernameColumn);
        m_users->setFocus(Qt::OtherFocusReason);
    });
    connect(m_removeUser, &QPushButton::clicked, this, [this] {
        if (m_users->currentRow() >= 0)
            m_users->removeRow(m_users->currentRow());
    });
    connect(m_import, &QPushButton::clicked, this, &IdpPage::importUsers);
    connect(m_create, &QPushButton::clicked, this, &IdpPage::create);
    connect(m_users, &QTableWidget::cellChanged, this, [this](int row, int column) {
        if (column == ContextColumn || column == AttributesColumn)
            checkCell(row, column);
    });
    connect(m_wizard, &SetupWizard::progressChanged, this, &IdpPage::showProgress);
}

void IdpPage::initializePage()
{
    showProgress();
}

void IdpPage::showProgress()
{
    const QString created = m_wizard->progress().idpId;
    QString done;
    if (!created.isEmpty())
        done = tr("Identity provider \"%1\" is created. Continue with Next.").arg(created);
    m_request.showProgress(!created.isEmpty(), done);
    emit completeChanged();
}

bool IdpPage::isComplete() const
{
    return !m_wizard->progress().idpId.isEmpty();
}

void IdpPage::addUser(const QJsonObject &user)
{
    const int row = m_users->rowCount();
    {
        const QSignalBlocker blocker(m_users);
        m_users->insertRow(row);
        for (int column = 0; column < ColumnCount; ++column)
            m_users->setItem(row, column, new QTableWidgetItem(cellText(user.value(QLatin1String(ColumnKeys[column])))));
    }
    checkCell(row, ContextColumn);
    checkCell(row, AttributesColumn);
}

bool IdpPage::checkCell(int row, int column)
{
    QTableWidgetItem *item = m_users->item(row, column);
    if (!item)
        return true;
    QString problem;
    const QString text = item->text().trimmed();
    if (!text.isEmpty()) {
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            problem = tr("Not JSON (%1 at character %2): enter an object such as {\"name\": \"Alice\"}.")
                          .arg(error.errorString())
                          .arg(error.offset);
        else if (!document.isObject())
            problem = tr("Enter a JSON object, such as {\"name\": \"Alice\"}.");
    }
    const QSignalBlocker blocker(m_users);
    item->setToolTip(problem);
    item->setData(Qt::BackgroundRole, problem.isEmpty() ? QVariant()
                                                        : QVariant(StatusPalette::background(palette(), StatusPalette::Tone::Bad)));
    item->setData(Qt::AccessibleDescriptionRole, problem);
    return problem.isEmpty();
}

std::optional<QJsonArray> IdpPage::parseUsers(const QByteArray &data, bool csv, QString *error)
{
    QJsonArray users;
    if (csv) {
        const QString text = QString::fromUtf8(data);
        qsizetype at = 0;
        const QStringList header = csvRecord(text, &at);
        QList<int> columns; // header index → ColumnKeys index (-1: ignored)
        for (const QString &name : header) {
            int found = -1;
            for (int column = 0; column < ColumnCount; ++column) {
                if (name.trimmed().compare(QLatin1String(ColumnKeys[column]), Qt::CaseInsensitive) == 0)
                    found = column;
            }
            columns << found;
        }
        if (!columns.contains(int(UsernameColumn))) {
            *error = tr("The CSV file needs a header row with a \"username\" column.");
            return std::nullopt;
        }
        int line = 1;
        while (at < text.size()) {
            ++line;
            const QStringList fields = csvRecord(text, &at);
            if (fields.size() == 1 && fields.first().trimmed().isEmpty())
                continue;
            QJsonObject user;
            for (int i = 0; i < fields.size() && i < columns.size(); ++i) {
                const int column = columns.at(i);
                if (column < 0 || fields.at(i).isEmpty())
                    continue;
                if (column == ContextColumn || column == AttributesColumn) {
                    const QJsonDocument document = QJsonDocument::fromJson(fields.at(i).toUtf8());
                    if (!document.isObject()) {
                        *error = tr("Line %1: the %2 column must hold a JSON object.")
                                     .arg(line)
                                     .arg(QLatin1String(ColumnKeys[column]));
                        return std::nullopt;
                    }
                    user.insert(QLatin1String(ColumnKeys[column]), document.object());
                } else {
                    user.insert(QLatin1String(ColumnKeys[column]), fields.at(i));
                }
            }
            users.append(user);
        }
        return users;
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("The file is not JSON (%1 at character %2).").arg(parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    QJsonValue list = document.isArray() ? QJsonValue(document.array()) : document.object().value(QStringLiteral("users"));
    if (list.isUndefined())
        list = document.object().value(QStringLiteral("credentials")).toObject().value(QStringLiteral("users"));
    if (!list.isArray()) {
        *error = tr("Give the users as a JSON array, or an object with \"users\".");
        return std::nullopt;
    }
    for (const QJsonValue &user : list.toArray()) {
        if (!user.isObject() || user.toObject().value(QStringLiteral("username")).toString().isEmpty()) {
            *error = tr("Every user needs to be an object with a \"username\".");
            return std::nullopt;
        }
        users.append(user);
    }
    return users;
}

void IdpPage::importUsers()
{
    const QString path = m_wizard->fileChooser()->openFile(this, tr("Import Users"),
                                                           tr("Users (*.csv *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_errors.showAt(QStringLiteral("credentials.users"),
                        tr("Cannot read %1: %2.").arg(path, file.errorString()));
        return;
    }
    QString error;
    const auto users = parseUsers(file.read(4 * 1024 * 1024), path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive),
                                  &error);
    if (!users) {
        m_errors.showAt(QStringLiteral("credentials.users"), error);
        return;
    }
    for (const QJsonValue &user : *users)
        addUser(user.toObject());
    m_errors.showAt(QStringLiteral("credentials.users"), {});
    m_status->setText(tr("%n user(s) imported.", nullptr, int(users->size())));
}

std::optional<QJsonObject> IdpPage::idpJson()
{
    m_errors.clear();
    bool fine = true;
    const QString idProblem = Checks::idProblem(m_id->text());
    if (!idProblem.isEmpty()) {
        m_errors.showAt(QStringLiteral("id"), idProblem);
        fine = false;
    }
    QJsonArray users;
    QStringList problems;
    for (int row = 0; row < m_users->rowCount(); ++row) {
        QJsonObject user;
        for (int column = 0; column < ColumnCount; ++column) {
            const QTableWidgetItem *item = m_users->item(row, column);
            const QString text = item ? item->text() : QString();
            if (text.isEmpty())
                continue;
            if (column == ContextColumn || column == AttributesColumn) {
                if (!checkCell(row, column)) {
                    problems << tr("Row %1: %2").arg(row + 1).arg(m_users->item(row, column)->toolTip());
                    continue;
                }
                user.insert(QLatin1String(ColumnKeys[column]), QJsonDocument::fromJson(text.toUtf8()).object());
            } else {
                user.insert(QLatin1String(ColumnKeys[column]), text);
            }
        }
        if (user.isEmpty())
            continue;
        if (user.value(QStringLiteral("username")).toString().isEmpty())
            problems << tr("Row %1: enter a username.").arg(row + 1);
        else if (user.value(QStringLiteral("password")).toString().isEmpty())
            problems << tr("Row %1: enter a password.").arg(row + 1);
        users.append(user);
    }
    if (users.isEmpty())
        problems << tr("Add at least one user to sign in with.");
    if (!problems.isEmpty()) {
        m_errors.showAt(QStringLiteral("credentials.users"), problems.join(QLatin1Char('\n')));
        fine = false;
    }
    if (!fine)
        return std::nullopt;
    QJsonObject idp{{QStringLiteral("id"), m_id->text()},
                    {QStringLiteral("method"), QStringLiteral("static")},
                    {QStringLiteral("credentials"), QJsonObject{{QStringLiteral("users"), users}}}};
    if (!m_name->text().trimmed().isEmpty())
        idp.insert(QStringLiteral("name"), m_name->text().trimmed());
    return idp;
}

void IdpPage::create()
{
    const QString workspace = m_wizard->progress().workspaceId;
    if (m_request.busy() || workspace.isEmpty() || !m_wizard->progress().idpId.isEmpty())
        return;
    const auto idp = idpJson();
    if (!idp) {
        m_request.refuse();
        emit createFinished(false);
        return;
    }
    const Admin::CallOptions options = m_request.start(tr("Creating identity provider…"));
    const QString firstUser =
        idp->value(QStringLiteral("credentials"))[QStringLiteral("users")][0][QStringLiteral("username")].toString();
    m_wizard->admin()->createStaticIdp(workspace, *idp, options, this, [this, firstUser](const Admin::AdminResult &result) {
        if (!m_request.succeeded(result, tr("The identity provider was not created."))) {
            emit createFinished(false);
            return;
        }
        m_request.done();
        SetupWizard::Progress progress = m_wizard->progress();
        progress.idpId = result.object().value(QStringLiteral("id")).toString(m_id->text());
        progress.idpName = result.object().value(QStringLiteral("name")).toString(m_name->text());
        progress.userName = firstUser;
        m_wizard->setProgress(progress);
        emit createFinished(true);
    });
}

} // namespace Setup
