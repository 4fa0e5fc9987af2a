// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Step 2: a workspace (admin.json Server) by form, its exact JSON previewed, created with
// Create (201). The id is checked as typed; an API error is shown at the field it names.

#include "setup/setupfields.h"

#include <QJsonObject>
#include <QMap>
#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class SetupWizard;

namespace Setup {

class WorkspacePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspacePage)

public:
    explicit WorkspacePage(SetupWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;

    // The request body as the form describes it; nullopt when a field has a problem (shown).
    std::optional<QJsonObject> serverJson();
    void create(); // what Create does

Q_SIGNALS:
    void createFinished(bool ok);

private:
    void updatePreview();
    void showProgress();

    SetupWizard *m_wizard;
    FieldErrors m_errors;
    CreateRequest m_request;
    QLineEdit *m_id = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_profile = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_colour = nullptr;
    QMap<QString, QCheckBox *> m_grantTypes;
    QMap<QString, QCheckBox *> m_authMethods;
    QComboBox *m_strategy = nullptr;
    QComboBox *m_keyType = nullptr;
    QMap<QString, QLineEdit *> m_ttls; // by JSON name
    QCheckBox *m_enforcePkce = nullptr;
    QCheckBox *m_enforcePkcePublic = nullptr;
    QMap<QString, QCheckBox *> m_subjectTypes;
    QPlainTextEdit *m_preview = nullptr;
    QPushButton *m_create = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace Setup
