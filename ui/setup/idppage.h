// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Step 3: a static identity provider with mock users (admin.json StaticIDP, credentials.users of
// StaticUser). Users are typed into the table or imported from a CSV or JSON file; the JSON
// cells (authentication context, additional attributes) are checked as typed.

#include "setup/setupfields.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QWizardPage>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class SetupWizard;

namespace Setup {

class IdpPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdpPage)

public:
    enum Column { UsernameColumn, PasswordColumn, EmailColumn, ContextColumn, AttributesColumn, ColumnCount };

    explicit IdpPage(SetupWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;

    // The users of a CSV (header row naming the columns: username, password, email,
    // authentication_context, additional_attributes) or JSON file (an array of StaticUser, or an
    // object with "users" or "credentials.users"). nullopt with *error (translated) when unreadable.
    static std::optional<QJsonArray> parseUsers(const QByteArray &data, bool csv, QString *error);

    void addUser(const QJsonObject &user);
    void importUsers(); // through the wizard's FileChooser
    std::optional<QJsonObject> idpJson();
    void create();

Q_SIGNALS:
    void createFinished(bool ok);

private:
    bool checkCell(int row, int column); // JSON cells: empty or an object
    void showProgress();

    SetupWizard *m_wizard;
    FieldErrors m_errors;
    CreateRequest m_request;
    QLineEdit *m_id = nullptr;
    QLineEdit *m_name = nullptr;
    QTableWidget *m_users = nullptr;
    QPushButton *m_addUser = nullptr;
    QPushButton *m_removeUser = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_create = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace Setup
