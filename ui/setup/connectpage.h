// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Step 1: which tenant to set up. The local sandbox (its "Local sandbox" admin profile exists
// already) or a Cloudentity tenant (URL, or tenant id + region; the admin client's id and
// secret: the secret goes straight into the keychain, the rest into a new admin profile).
// "Test connection" gets an admin token and lists the workspaces.

#include "profiles/profile.h"

#include <QWizardPage>

#include <optional>

class BulkApplyDialog;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QWidget;
class SetupWizard;

namespace Setup {

class ConnectPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectPage)

public:
    explicit ConnectPage(SetupWizard *wizard);
    bool isComplete() const override;
    int nextId() const override;

    // "Test connection", as the button does.
    void testConnection();
    // "Bulk apply a file…" (shown once the test passed): the bulk apply dialog over the
    // wizard's admin client; the wizard's own progress is not touched.
    void openBulkApply();

Q_SIGNALS:
    void connectionTested(bool ok);
    void bulkApplyOpened(BulkApplyDialog *dialog);

private:
    void invalidate();
    void updateMode();
    std::optional<Profiles::Profile> localSandboxProfile() const;
    // The tenant inputs as an admin profile (saved or updated in the store), or nullopt with a
    // problem shown.
    std::optional<Profiles::Profile> tenantProfile();
    void runTest(const Profiles::Profile &profile);
    void finish(bool ok, const QString &message);

    SetupWizard *m_wizard;
    QRadioButton *m_sandbox;
    QRadioButton *m_tenant;
    QWidget *m_tenantBox;
    QLineEdit *m_tenantUrl;
    QLineEdit *m_tenantId;
    QLineEdit *m_region;
    QLineEdit *m_clientId;
    QLineEdit *m_clientSecret;
    QPushButton *m_test;
    QPushButton *m_bulkApply;
    QLabel *m_status;
    bool m_connected = false;
    bool m_testing = false;
    quint64 m_attempt = 0;
};

} // namespace Setup
