// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "oauth/providerpresets.h"
#include "profiles/profile.h"
#include "profiles/secretstore.h"

#include <QHash>
#include <QList>
#include <QWidget>

#include <array>
#include <optional>

class ApiGroupsEditor;
class DiscoveryPanel;
class ExtraParametersEditor;
class FileChooser;
class HttpClient;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QToolButton;
class QVBoxLayout;
class SecretField;

namespace Profiles {
class ProfileStore;
} // namespace Profiles

// Edits one connection profile: the preset and its fields first (they compute the issuer and
// endpoints), then issuer + Discover, endpoints, client and its authentication with the secrets
// (masked; read from the keychain only when shown or copied, written on save only when
// changed), request parameters, redirect, TLS and API-token mode. Validation messages sit at the
// fields; Save stays disabled while there is one. The profile itself goes to the ProfileStore.
class ProfileEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileEditor)

public:
    ProfileEditor(HttpClient *http, Profiles::ProfileStore *store, Profiles::SecretStore *secrets,
                  QWidget *parent = nullptr);
    ~ProfileEditor() override;

    void setFileChooser(FileChooser *chooser);

    // isNew: not in the store yet (New, Duplicate, Import does not count); Save adds it.
    void setProfile(const Profiles::Profile &profile, bool isNew);
    Profiles::Profile profile() const; // as the widgets show it
    QString profileId() const { return m_original.id; }
    bool isNew() const { return m_isNew; }
    bool isModified() const { return m_modified; } // edited since setProfile() / the last save
    bool canSave() const;
    // Every problem shown, by field ("name", "endpoints.token", "fields.tenant_id", …).
    QList<Profiles::FieldProblem> problems() const { return m_problems; }
    // The message label under a field, for tests; nullptr for an unknown field.
    QLabel *problemLabel(const QString &field) const { return m_problemLabels.value(field); }
    SecretField *secretField(Profiles::SecretKind kind) const;

public Q_SLOTS:
    // Writes the profile to the store and the changed secrets to the keychain. False (with the
    // message shown) when the profile is invalid or the store refused it.
    bool save();
    void revert();
    void discover(); // the results show under the issuer; the user applies them

signals:
    void modifiedChanged(bool modified);
    void saved(const QString &profileId);
    // After save(): every changed secret was written (ok) or one failed (message says which).
    void saveFinished(bool ok, const QString &message);
    void discoveryFinished(bool ok);
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildForm();
    QWidget *fieldWithProblem(QWidget *field, const QString &key);
    QLineEdit *lineEdit(const QString &objectName, const QString &accessibleName, const QString &placeholder = {});
    void rebuildPresetFields(const QMap<QString, QString> &values);
    void presetChanged();
    void presetFieldEdited();
    void applyPresetEndpoints();
    void changed();
    void updateVisibility();
    void updateProblems();
    void updateInsecureBanner();
    void setEndpointsExpanded(bool expanded);
    QList<SecretField *> relevantSecretFields() const;
    void showStatus(const QString &text, bool problem);
    void writeSecrets(const QString &profileId, QList<QPair<Profiles::SecretKind, QByteArray>> values);

    HttpClient *m_http;
    Profiles::ProfileStore *m_store;
    Profiles::SecretStore *m_secrets;
    FileChooser *m_fileChooser = nullptr;

    Profiles::Profile m_original;
    Profiles::Profile m_baseline; // m_original as the widgets read it back
    bool m_isNew = false;
    bool m_modified = false;
    bool m_loading = false;
    QList<Profiles::FieldProblem> m_problems;
    Presets::Applied m_lastApplied; // what the preset fields computed last: those fields follow it
    bool m_presetDiscovers = true;

    QLabel *m_insecureBanner = nullptr;
    QLabel *m_generalProblems = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_preset = nullptr;
    QLabel *m_quirks = nullptr;
    QWidget *m_presetFieldsBox = nullptr;
    QFormLayout *m_presetFieldsLayout = nullptr;
    QHash<QString, QLineEdit *> m_presetFields;
    QList<QWidget *> m_presetFieldRows;
    QLineEdit *m_issuer = nullptr;
    QPushButton *m_discoverButton = nullptr;
    DiscoveryPanel *m_discovery = nullptr;
    QToolButton *m_endpointsToggle = nullptr;
    QWidget *m_endpointsBox = nullptr;
    std::array<QLineEdit *, Profiles::EndpointKindCount> m_endpoints{};
    QLineEdit *m_clientId = nullptr;
    QComboBox *m_authMethod = nullptr;
    QCheckBox *m_rawBasic = nullptr;
    SecretField *m_clientSecret = nullptr;
    SecretField *m_privateKey = nullptr;
    QLineEdit *m_clientCertificate = nullptr;
    QToolButton *m_clientCertificateBrowse = nullptr;
    SecretField *m_tlsKey = nullptr;
    QLineEdit *m_scopes = nullptr;
    QLineEdit *m_audiences = nullptr;
    QLineEdit *m_resources = nullptr;
    QCheckBox *m_usePar = nullptr;
    ExtraParametersEditor *m_parameters = nullptr;
    ApiGroupsEditor *m_apiGroups = nullptr;
    QComboBox *m_redirectHost = nullptr;
    QSpinBox *m_redirectPort = nullptr;
    QLineEdit *m_redirectPath = nullptr;
    QLineEdit *m_caBundle = nullptr;
    QToolButton *m_caBundleBrowse = nullptr;
    QCheckBox *m_insecure = nullptr;
    QCheckBox *m_apiTokenEnabled = nullptr;
    QLineEdit *m_apiTokenHeader = nullptr;
    QLineEdit *m_apiTokenPrefix = nullptr;
    SecretField *m_apiToken = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_revertButton = nullptr;
    QLabel *m_status = nullptr;
    QHash<QString, QLabel *> m_problemLabels;
    QHash<QString, QWidget *> m_fieldRows; // the row containers, to hide rows that do not apply
};
