// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Step 4: the application client (admin.json CreateClientAdminRequest, created at tenant level
// with authorization_server_id). The returned client id and secret become a connection profile
// for the new workspace (preset sandbox or cloudentity); the secret goes straight into the
// keychain, never into the profile or the wizard's progress.

#include "setup/setupfields.h"

#include <QJsonObject>
#include <QMap>
#include <QWizardPage>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class SetupWizard;

namespace Profiles {
struct Profile;
}

namespace Setup {

class ClientPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientPage)

public:
    explicit ClientPage(SetupWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;

    std::optional<QJsonObject> clientJson();
    void create();

Q_SIGNALS:
    void createFinished(bool ok);

private:
    void showProgress();
    void makeProfile(const QJsonObject &client, const QString &secret);
    void finish(bool ok, const QString &message);

    SetupWizard *m_wizard;
    FieldErrors m_errors;
    CreateRequest m_request;
    QLineEdit *m_name = nullptr;
    QMap<QString, QCheckBox *> m_grantTypes;
    QPlainTextEdit *m_redirects = nullptr;
    QComboBox *m_authMethod = nullptr;
    QLineEdit *m_scopes = nullptr;
    QPushButton *m_create = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace Setup
