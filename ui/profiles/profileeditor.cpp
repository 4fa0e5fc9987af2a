// SPDX-License-Identifier: GPL-3.0-or-later
#include "profileeditor.h"
#include "profileeditor_p.h"

#include "apigroupseditor.h"
#include "discoverypanel.h"
#include "extraparameterseditor.h"
#include "filechooser.h"
#include "http/httpclient.h"
#include "lazyclearbutton.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "secretfield.h"
#include "statuspalette.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>

using namespace Profiles;
using namespace ProfileEditorDetail;

ProfileEditor::ProfileEditor(HttpClient *http, ProfileStore *store, SecretStore *secrets, QWidget *parent)
    : QWidget(parent)
    , m_http(http)
    , m_store(store)
    , m_secrets(secrets)
{
    setObjectName(QStringLiteral("profileEditor"));
    buildForm();
    setProfile(Profile(), true);
}

ProfileEditor::~ProfileEditor() = default;

void ProfileEditor::setFileChooser(FileChooser *chooser)
{
    m_fileChooser = chooser;
    for (SecretField *field : {m_clientSecret, m_privateKey, m_tlsKey, m_apiToken})
        field->setFileChooser(chooser);
}

SecretField *ProfileEditor::secretField(SecretKind kind) const
{
    for (SecretField *field : {m_clientSecret, m_privateKey, m_tlsKey, m_apiToken}) {
        if (field->kind() == kind)
            return field;
    }
    return nullptr;
}

void ProfileEditor::setProfile(const Profile &profile, bool isNew)
{
    m_loading = true;
    m_original = profile;
    m_isNew = isNew;
    m_discovery->clear();
    m_status->clear();

    m_name->setText(profile.name);
    int presetIndex = m_preset->findData(profile.preset);
    if (presetIndex < 0 && !profile.preset.isEmpty()) {
        m_preset->addItem(profile.preset, profile.preset); // a preset this version does not know
        presetIndex = m_preset->count() - 1;
    }
    m_preset->setCurrentIndex(qMax(0, presetIndex));
    rebuildPresetFields(profile.presetFields);
    m_lastApplied = Presets::apply(m_preset->currentData().toString(), profile.presetFields);
    m_issuer->setText(urlText(profile.issuer));
    for (int i = 0; i < EndpointKindCount; ++i)
        m_endpoints[size_t(i)]->setText(urlText(profile.endpoints.url(EndpointKind(i))));
    m_clientId->setText(profile.clientId);
    m_authMethod->setCurrentIndex(qMax(0, m_authMethod->findData(authMethodName(profile.authMethod))));
    m_rawBasic->setChecked(profile.rawBasicCredentials);
    const QString secretsOf = isNew ? QString() : profile.id;
    for (SecretField *field : {m_clientSecret, m_privateKey, m_tlsKey, m_apiToken})
        field->reset(secretsOf);
    m_clientCertificate->setText(profile.tls.clientCertificatePath);
    m_scopes->setText(profile.scopes.join(u' '));
    m_audiences->setText(profile.audiences.join(u' '));
    m_resources->setText(profile.resources.join(u' '));
    m_usePar->setChecked(profile.usePar);
    m_parameters->setParameters(profile.extraParameters);
    m_apiGroups->setGroups(profile.apiGroups);
    m_redirectHost->setCurrentIndex(qMax(0, m_redirectHost->findData(int(profile.redirect.host))));
    m_redirectPort->setValue(profile.redirect.port);
    m_redirectPath->setText(profile.redirect.path);
    m_caBundle->setText(profile.tls.caBundlePath);
    m_insecure->setChecked(profile.tls.insecure);
    m_apiTokenEnabled->setChecked(profile.apiToken.enabled);
    m_apiTokenHeader->setText(profile.apiToken.headerName);
    m_apiTokenPrefix->setText(profile.apiToken.prefix);
    m_loading = false;

    // A new profile from scratch takes its preset's defaults.
    if (isNew && profile.presetFields.isEmpty() && profile.clientId.isEmpty())
        presetChanged();
    // What "unchanged" means: the widgets' reading of the profile (empty preset fields dropped,
    // names trimmed, URLs as QUrl parses them), not the stored value itself.
    m_baseline = this->profile();
    changed();
}

Profile ProfileEditor::profile() const
{
    Profile p;
    p.id = m_original.id;
    p.name = m_name->text().trimmed();
    p.preset = m_preset->currentData().toString();
    for (auto it = m_presetFields.cbegin(); it != m_presetFields.cend(); ++it) {
        const QString value = it.value()->text().trimmed();
        if (!value.isEmpty())
            p.presetFields.insert(it.key(), value);
    }
    p.issuer = urlFrom(m_issuer);
    for (int i = 0; i < EndpointKindCount; ++i)
        p.endpoints.setUrl(EndpointKind(i), urlFrom(m_endpoints[size_t(i)]));
    p.clientId = m_clientId->text().trimmed();
    p.authMethod = authMethodFromName(m_authMethod->currentData().toString()).value_or(ClientAuthMethod::ClientSecretBasic);
    p.rawBasicCredentials = m_rawBasic->isChecked();
    p.scopes = words(m_scopes->text());
    p.audiences = words(m_audiences->text());
    p.resources = words(m_resources->text());
    p.extraParameters = m_parameters->parameters();
    p.apiGroups = m_apiGroups->groups();
    p.redirect.host = LoopbackHost(m_redirectHost->currentData().toInt());
    p.redirect.port = quint16(m_redirectPort->value());
    p.redirect.path = m_redirectPath->text().trimmed();
    p.tls.caBundlePath = m_caBundle->text().trimmed();
    p.tls.insecure = m_insecure->isChecked();
    p.tls.clientCertificatePath = m_clientCertificate->text().trimmed();
    p.apiToken.enabled = m_apiTokenEnabled->isChecked();
    p.apiToken.headerName = m_apiTokenHeader->text().trimmed();
    p.apiToken.prefix = m_apiTokenPrefix->text();
    p.usePar = m_usePar->isChecked();
    return p;
}

void ProfileEditor::rebuildPresetFields(const QMap<QString, QString> &values)
{
    for (QWidget *row : std::as_const(m_presetFieldRows)) {
        m_presetFieldsLayout->removeRow(row); // deletes the row's label and field
    }
    for (auto it = m_presetFields.cbegin(); it != m_presetFields.cend(); ++it)
        m_problemLabels.remove(QStringLiteral("fields.") + it.key());
    m_presetFieldRows.clear();
    m_presetFields.clear();

    const std::optional<Presets::Preset> preset = Presets::find(m_preset->currentData().toString());
    m_quirks->setText(preset ? preset->quirks : QString());
    m_quirks->setVisible(preset && !preset->quirks.isEmpty());
    if (!preset)
        return;
    QWidget *previous = m_preset;
    for (const Presets::PresetField &field : preset->fields) {
        auto *edit = new QLineEdit(m_presetFieldsBox);
        edit->setObjectName(QStringLiteral("presetField:") + field.key);
        edit->setAccessibleName(field.label);
        edit->setPlaceholderText(field.placeholder);
        edit->setToolTip(field.help);
        edit->setText(values.value(field.key));
        connect(edit, &QLineEdit::textChanged, this, &ProfileEditor::presetFieldEdited);
        const QString key = QStringLiteral("fields.") + field.key;
        QWidget *row = fieldWithProblem(edit, key);
        auto *label = new QLabel(field.required ? tr("%1:").arg(field.label) : tr("%1 (optional):").arg(field.label),
                                 m_presetFieldsBox);
        label->setBuddy(edit);
        m_presetFieldsLayout->addRow(label, row);
        // Added to a form that may be showing: show now, not on the next event loop pass.
        label->show();
        row->show();
        m_presetFields.insert(field.key, edit);
        m_presetFieldRows.append(row);
        m_fieldRows.remove(key);
        setTabOrder(previous, edit);
        previous = edit;
    }
    setTabOrder(previous, m_issuer);
}

void ProfileEditor::presetChanged()
{
    if (m_loading)
        return;
    QMap<QString, QString> values;
    for (auto it = m_presetFields.cbegin(); it != m_presetFields.cend(); ++it)
        values.insert(it.key(), it.value()->text());
    m_loading = true;
    rebuildPresetFields(values);
    if (const std::optional<Presets::Preset> preset = Presets::find(m_preset->currentData().toString())) {
        // Defaults where the user has not chosen yet.
        if (m_isNew || m_clientId->text().isEmpty()) {
            m_authMethod->setCurrentIndex(qMax(0, m_authMethod->findData(authMethodName(preset->defaultAuthMethod))));
            m_redirectHost->setCurrentIndex(qMax(0, m_redirectHost->findData(int(preset->defaultRedirectHost))));
        }
        if (m_scopes->text().trimmed().isEmpty())
            m_scopes->setText(preset->defaultScopes.join(u' '));
        m_presetDiscovers = preset->supportsDiscovery;
    } else {
        m_presetDiscovers = true;
    }
    m_discoverButton->setEnabled(m_presetDiscovers);
    m_loading = false;
    applyPresetEndpoints();
    changed();
}

void ProfileEditor::presetFieldEdited()
{
    if (m_loading)
        return;
    applyPresetEndpoints();
    changed();
}

// Fields that still show what the preset computed last (or nothing) follow the new result;
// a URL the user typed by hand stays.
void ProfileEditor::applyPresetEndpoints()
{
    QMap<QString, QString> values;
    for (auto it = m_presetFields.cbegin(); it != m_presetFields.cend(); ++it)
        values.insert(it.key(), it.value()->text().trimmed());
    const Presets::Applied applied = Presets::apply(m_preset->currentData().toString(), values);
    const auto follow = [](QLineEdit *edit, const QUrl &before, const QUrl &after) {
        const QString text = edit->text().trimmed();
        if (!after.isEmpty() && (text.isEmpty() || text == urlText(before)))
            edit->setText(urlText(after));
        else if (after.isEmpty() && !before.isEmpty() && text == urlText(before))
            edit->clear();
    };
    const bool wasLoading = m_loading;
    m_loading = true;
    follow(m_issuer, m_lastApplied.issuer, applied.issuer);
    for (int i = 0; i < EndpointKindCount; ++i)
        follow(m_endpoints[size_t(i)], m_lastApplied.endpoints.url(EndpointKind(i)), applied.endpoints.url(EndpointKind(i)));
    m_loading = wasLoading;
    m_lastApplied = applied;
}

void ProfileEditor::changed()
{
    if (m_loading)
        return;
    updateVisibility();
    updateProblems();
    updateInsecureBanner();
    bool modified = profile() != m_baseline;
    for (SecretField *field : relevantSecretFields())
        modified = modified || field->isModified();
    if (modified != m_modified) {
        m_modified = modified;
        emit modifiedChanged(modified);
    }
    m_saveButton->setEnabled(canSave());
    m_revertButton->setEnabled(m_modified);
}

bool ProfileEditor::canSave() const
{
    // A new profile can be saved as it is once it is valid (a duplicate, an imported draft).
    return (m_modified || m_isNew) && m_problems.isEmpty();
}

QList<SecretField *> ProfileEditor::relevantSecretFields() const
{
    QList<SecretField *> fields;
    const auto method = authMethodFromName(m_authMethod->currentData().toString());
    if (method && usesClientSecret(*method))
        fields << m_clientSecret;
    if (method == ClientAuthMethod::PrivateKeyJwt)
        fields << m_privateKey;
    if (method == ClientAuthMethod::TlsClientAuth)
        fields << m_tlsKey;
    if (m_apiTokenEnabled->isChecked())
        fields << m_apiToken;
    return fields;
}

void ProfileEditor::updateVisibility()
{
    const auto method = authMethodFromName(m_authMethod->currentData().toString());
    setRowVisible(m_fieldRows.value(QStringLiteral("raw_basic_credentials")), method == ClientAuthMethod::ClientSecretBasic);
    setRowVisible(m_fieldRows.value(QStringLiteral("secret.client_secret")), method && usesClientSecret(*method));
    setRowVisible(m_fieldRows.value(QStringLiteral("secret.private_key")), method == ClientAuthMethod::PrivateKeyJwt);
    setRowVisible(m_fieldRows.value(QStringLiteral("tls.client_certificate")), method == ClientAuthMethod::TlsClientAuth);
    setRowVisible(m_fieldRows.value(QStringLiteral("secret.tls_client_key")), method == ClientAuthMethod::TlsClientAuth);
    const bool api = m_apiTokenEnabled->isChecked();
    for (const char *key : {"api_token.header", "api_token.prefix", "secret.api_token"})
        setRowVisible(m_fieldRows.value(QLatin1String(key)), api);
}

void ProfileEditor::updateProblems()
{
    const Profile current = profile();
    m_problems = current.validate();
    // The preset's own inputs count once the user has started on them: a profile made from an
    // issuer alone (the command line's --issuer) need not fill them.
    const Presets::Applied applied = Presets::apply(current.preset, current.presetFields);
    if (!current.presetFields.isEmpty())
        m_problems += applied.problems;

    QHash<QString, QStringList> byField;
    QStringList general;
    for (const FieldProblem &problem : std::as_const(m_problems)) {
        QString key = problem.field;
        if (!m_problemLabels.contains(key)) {
            // "extra_parameters[0].name" → "extra_parameters"
            key.clear();
            for (auto it = m_problemLabels.cbegin(); it != m_problemLabels.cend(); ++it) {
                if (problem.field.startsWith(it.key()) && it.key().size() > key.size())
                    key = it.key();
            }
        }
        if (key.isEmpty())
            general << problem.message;
        else
            byField[key] << problem.message;
    }
    const QColor fail = StatusPalette::foreground(palette(), StatusPalette::Tone::Bad);
    const QString style = QStringLiteral("color: %1;").arg(fail.name());
    for (auto it = m_problemLabels.cbegin(); it != m_problemLabels.cend(); ++it) {
        const QStringList messages = byField.value(it.key());
        it.value()->setText(messages.join(u'\n'));
        it.value()->setStyleSheet(style);
        it.value()->setVisible(!messages.isEmpty());
    }
    m_generalProblems->setText(general.join(u'\n'));
    m_generalProblems->setStyleSheet(style);
    m_generalProblems->setVisible(!general.isEmpty());
}

void ProfileEditor::updateInsecureBanner()
{
    m_insecureBanner->setStyleSheet(StatusPalette::bannerStyleSheet(palette(), StatusPalette::Tone::Bad));
    m_insecureBanner->setVisible(m_insecure->isChecked());
}

void ProfileEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_loading) {
        updateProblems();
        updateInsecureBanner();
    }
}

void ProfileEditor::setEndpointsExpanded(bool expanded)
{
    const QSignalBlocker block(m_endpointsToggle);
    m_endpointsToggle->setChecked(expanded);
    m_endpointsToggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_endpointsBox->setVisible(expanded);
}

void ProfileEditor::showStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: %1;").arg(
                                          StatusPalette::foreground(palette(), StatusPalette::Tone::Bad).name())
                                    : QString());
    if (!text.isEmpty())
        emit statusMessage(text);
}

bool ProfileEditor::save()
{
    changed();
    if (!canSave()) {
        showStatus(tr("Fix the fields marked in red, then save."), true);
        return false;
    }
    Profile p = profile();
    QList<QPair<SecretKind, QByteArray>> secrets;
    for (SecretField *field : relevantSecretFields()) {
        if (field->isModified())
            secrets.append({field->kind(), field->value()});
    }
    StoreResult result;
    if (m_isNew) {
        p.id.clear();
        QString id;
        result = m_store->add(p, &id);
        p.id = id;
    } else {
        result = m_store->update(p);
    }
    if (!result.ok) {
        showStatus(result.message, true);
        return false;
    }
    const std::optional<Profile> stored = m_store->findById(p.id);
    setProfile(stored.value_or(p), false);
    emit saved(p.id);
    writeSecrets(p.id, std::move(secrets));
    return true;
}

void ProfileEditor::writeSecrets(const QString &profileId, QList<QPair<SecretKind, QByteArray>> values)
{
    if (values.isEmpty()) {
        showStatus(tr("Saved."), false);
        emit saveFinished(true, m_status->text());
        return;
    }
    showStatus(tr("Saved; writing secrets to the keychain…"), false);
    struct Progress
    {
        int pending = 0;
        QStringList failures;
    };
    auto progress = std::make_shared<Progress>();
    progress->pending = int(values.size());
    for (const auto &[kind, value] : values) {
        auto done = [this, progress, kind = kind](const SecretResult &result) {
            if (!result.ok())
                progress->failures << tr("%1 not saved: %2").arg(secretKindDisplayName(kind), result.error);
            if (--progress->pending > 0)
                return;
            if (progress->failures.isEmpty()) {
                showStatus(tr("Saved, secrets in the keychain."), false);
                if (m_secrets->isSessionOnly())
                    showStatus(tr("Saved; secrets kept in memory for this session only."), false);
                emit saveFinished(true, m_status->text());
            } else {
                showStatus(progress->failures.join(u'\n'), true);
                emit saveFinished(false, m_status->text());
            }
        };
        if (value.isEmpty())
            m_secrets->remove(profileId, kind, this, done);
        else
            m_secrets->write(profileId, kind, value, this, done);
    }
}

void ProfileEditor::revert()
{
    setProfile(m_original, m_isNew);
    showStatus(tr("Changes reverted."), false);
}

void ProfileEditor::discover()
{
    if (!m_http)
        return; // no network in this window (tests of the shell)
    TlsOptions tls;
    tls.caBundlePath = m_caBundle->text().trimmed();
    tls.insecure = m_insecure->isChecked();
    m_discoverButton->setEnabled(false);
    m_discovery->discover(urlFrom(m_issuer), tls, profile().endpoints);
}
