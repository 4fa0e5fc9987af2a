// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilespage.h"
#include "namedbutton.h"

#include "confirmation.h"
#include "filechooser.h"
#include "itemmodels/profilelistmodel.h"
#include "lazyclearbutton.h"
#include "profileeditor.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "statuspalette.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Profiles;

namespace {

QLabel *bannerLabel(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ProfilesPage::ProfilesPage(HttpClient *http, ProfileStore *store, SecretStore *secrets, QWidget *parent)
    : QWidget(parent)
    , m_http(http)
    , m_store(store)
    , m_secrets(secrets)
    , m_dialogChooser(std::make_unique<DialogFileChooser>())
    , m_messageBoxes(std::make_unique<MessageBoxConfirmation>())
    , m_fileChooser(m_dialogChooser.get())
    , m_confirmation(m_messageBoxes.get())
    , m_keychainBanner(new QWidget(this))
    , m_keychainText(bannerLabel(QStringLiteral("keychainBannerText"), tr("Keychain problem"), m_keychainBanner))
    , m_retryButton(namedButton(tr("Retry"), QStringLiteral("keychainRetryButton"), tr("Check the keychain again"), m_keychainBanner))
    , m_sessionButton(namedButton(tr("Keep secrets in memory for this session only"), QStringLiteral("keychainSessionButton"),
                             tr("Keep secrets in memory for this session only"), m_keychainBanner))
    , m_sessionNotice(bannerLabel(QStringLiteral("sessionOnlyNotice"), tr("Secrets for this session only"), this))
    , m_storeBanner(new QWidget(this))
    , m_storeText(bannerLabel(QStringLiteral("storeProblemText"), tr("Profile storage problem"), m_storeBanner))
    , m_dismissStoreButton(namedButton(tr("Dismiss"), QStringLiteral("dismissStoreProblemButton"),
                                  tr("Dismiss the profile storage message"), m_storeBanner))
    , m_filter(new QLineEdit(this))
    , m_model(new ProfileListModel(store, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_list(new QTableView(this))
    , m_newButton(namedButton(tr("New"), QStringLiteral("newProfileButton"), tr("New profile"), this))
    , m_duplicateButton(namedButton(tr("Duplicate"), QStringLiteral("duplicateProfileButton"), tr("Duplicate profile"), this))
    , m_deleteButton(namedButton(tr("Delete"), QStringLiteral("deleteProfileButton"), tr("Delete profile"), this))
    , m_importButton(namedButton(tr("Import…"), QStringLiteral("importProfilesButton"), tr("Import profiles"), this))
    , m_exportButton(namedButton(tr("Export…"), QStringLiteral("exportProfilesButton"), tr("Export profiles"), this))
    , m_status(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_emptyHint(new QLabel(this))
{
    m_keychainBanner->setObjectName(QStringLiteral("keychainBanner"));
    auto *keychainLayout = new QVBoxLayout(m_keychainBanner);
    keychainLayout->setContentsMargins(0, 0, 0, 0);
    keychainLayout->addWidget(m_keychainText);
    auto *keychainButtons = new QHBoxLayout;
    keychainButtons->addStretch(1);
    keychainButtons->addWidget(m_retryButton);
    keychainButtons->addWidget(m_sessionButton);
    keychainLayout->addLayout(keychainButtons);
    m_retryButton->setToolTip(tr("Ask the keychain again, for example after starting or unlocking it"));
    m_sessionButton->setToolTip(tr("Secrets you enter stay in this process and are gone when Tokenscope quits; "
                                   "nothing is written to disk"));
    m_sessionNotice->setText(tr("Secrets are kept in memory for this session only: they are gone when Tokenscope "
                                "quits. Start or unlock a keychain to keep them."));
    m_storeBanner->setObjectName(QStringLiteral("storeProblemBanner"));
    auto *storeLayout = new QHBoxLayout(m_storeBanner);
    storeLayout->setContentsMargins(0, 0, 0, 0);
    storeLayout->addWidget(m_storeText, 1);
    storeLayout->addWidget(m_dismissStoreButton);
    m_storeBanner->hide();

    m_filter->setObjectName(QStringLiteral("profileFilterInput"));
    m_filter->setAccessibleName(tr("Filter profiles"));
    m_filter->setPlaceholderText(tr("Filter by name, provider, issuer or client id"));
    LazyClearButton::enable(m_filter);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(ProfileListModel::UnderlyingDataRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setAccessibleName(tr("Connection profiles"));
    m_list->setModel(m_proxy);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setTabKeyNavigation(false);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(ProfileListModel::Name, Qt::AscendingOrder);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->setColumnHidden(ProfileListModel::Issuer, true);
    m_list->setColumnHidden(ProfileListModel::ClientId, true);
    m_list->setWordWrap(false);

    m_newButton->setToolTip(tr("New profile (Ctrl+N)"));
    m_importButton->setToolTip(tr("Add profiles from a Tokenscope export file"));
    m_exportButton->setToolTip(tr("Write every profile to a file, without secrets"));
    m_status->setObjectName(QStringLiteral("profilesStatus"));
    m_status->setWordWrap(true);

    auto *listPanel = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPanel);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_filter);
    listLayout->addWidget(m_list, 1);
    auto *editButtons = new QHBoxLayout;
    editButtons->addWidget(m_newButton);
    editButtons->addWidget(m_duplicateButton);
    editButtons->addWidget(m_deleteButton);
    listLayout->addLayout(editButtons);
    auto *fileButtons = new QHBoxLayout;
    fileButtons->addWidget(m_importButton);
    fileButtons->addWidget(m_exportButton);
    fileButtons->addStretch(1);
    listLayout->addLayout(fileButtons);
    listLayout->addWidget(m_status);

    m_emptyHint->setObjectName(QStringLiteral("profilesEmptyHint"));
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);
    m_emptyHint->setText(tr("Select a profile to edit it, or create one with New: a profile describes one "
                            "tenant and client once, with its secrets in the system keychain."));
    m_stack->addWidget(m_emptyHint);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("profilesSplitter"));
    splitter->addWidget(listPanel);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(1, false);
    splitter->setSizes({300, 700});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_keychainBanner);
    layout->addWidget(m_sessionNotice);
    layout->addWidget(m_storeBanner);
    layout->addWidget(splitter, 1);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        const QString current = m_editor && !m_editor->isNew() ? m_editor->profileId() : QString();
        ++m_quiet;
        m_proxy->setFilterFixedString(text);
        selectRowQuietly(current);
        --m_quiet;
        updateButtons();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { currentRowChanged(current); });
    // The model resets whenever the store changes (a save, too): keep the edited profile selected.
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this, [this] { ++m_quiet; });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        selectRowQuietly(m_editor && !m_editor->isNew() ? m_editor->profileId() : QString());
        --m_quiet;
        updateButtons();
    });
    connect(m_newButton, &QPushButton::clicked, this, &ProfilesPage::newProfile);
    connect(m_duplicateButton, &QPushButton::clicked, this, &ProfilesPage::duplicateProfile);
    connect(m_deleteButton, &QPushButton::clicked, this, &ProfilesPage::deleteProfile);
    connect(m_importButton, &QPushButton::clicked, this, &ProfilesPage::importProfiles);
    connect(m_exportButton, &QPushButton::clicked, this, &ProfilesPage::exportProfiles);
    connect(m_retryButton, &QPushButton::clicked, this, [this] {
        m_retryButton->setEnabled(false);
        m_keychainText->setText(tr("Checking the keychain…"));
        m_secrets->probe();
    });
    connect(m_sessionButton, &QPushButton::clicked, this, [this] { m_secrets->useSessionMemory(); });
    connect(m_secrets, &SecretStore::availabilityChanged, this, &ProfilesPage::updateBanners);
    connect(m_dismissStoreButton, &QPushButton::clicked, m_storeBanner, &QWidget::hide);

    auto *newAction = new QAction(this);
    newAction->setShortcut(QKeySequence::New);
    newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(newAction, &QAction::triggered, this, &ProfilesPage::newProfile);
    addAction(newAction);
    auto *deleteAction = new QAction(m_list);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteAction, &QAction::triggered, this, &ProfilesPage::deleteProfile);
    m_list->addAction(deleteAction);

    updateBanners();
    updateButtons();
}

ProfilesPage::~ProfilesPage() = default;

void ProfilesPage::setFileChooser(FileChooser *chooser)
{
    m_fileChooser = chooser ? chooser : m_dialogChooser.get();
    if (m_editor)
        m_editor->setFileChooser(m_fileChooser);
}

void ProfilesPage::setConfirmation(Confirmation *confirmation)
{
    m_confirmation = confirmation ? confirmation : m_messageBoxes.get();
}

ProfileEditor *ProfilesPage::ensureEditor()
{
    if (m_editor)
        return m_editor;
    m_editor = new ProfileEditor(m_http, m_store, m_secrets, m_stack);
    m_editor->setFileChooser(m_fileChooser);
    m_stack->addWidget(m_editor);
    connect(m_editor, &ProfileEditor::saved, this, [this](const QString &id) {
        selectRowQuietly(id);
        updateButtons();
    });
    connect(m_editor, &ProfileEditor::statusMessage, this, &ProfilesPage::statusMessage);
    return m_editor;
}

QString ProfilesPage::currentProfileId() const
{
    return m_list->currentIndex().data(ProfileListModel::ProfileIdRole).toString();
}

void ProfilesPage::selectRowQuietly(const QString &id)
{
    ++m_quiet;
    const int sourceRow = id.isEmpty() ? -1 : m_model->rowOfId(id);
    const QModelIndex index = sourceRow < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (index.isValid())
        m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    else
        m_list->selectionModel()->clear();
    --m_quiet;
}

void ProfilesPage::currentRowChanged(const QModelIndex &current)
{
    if (m_quiet > 0)
        return;
    const QString id = current.data(ProfileListModel::ProfileIdRole).toString();
    if (m_editor && !m_editor->isNew() && id == m_editor->profileId() && m_stack->currentWidget() == m_editor)
        return;
    const QString editing = m_editor && !m_editor->isNew() ? m_editor->profileId() : QString();
    if (!confirmLeave()) {
        selectRowQuietly(editing); // stay with the unsaved changes
        return;
    }
    selectRowQuietly(id); // a save in confirmLeave() reset the model
    showProfile(id);
}

bool ProfilesPage::selectProfile(const QString &id)
{
    if (!confirmLeave())
        return false;
    selectRowQuietly(id);
    showProfile(id);
    return id.isEmpty() || currentProfileId() == id;
}

bool ProfilesPage::confirmLeave()
{
    if (!m_editor || !m_editor->isModified() || m_stack->currentWidget() != m_editor)
        return true;
    const QString name = m_editor->profile().name;
    const Confirmation::Answer answer = m_confirmation->askToSave(
        this, tr("Unsaved changes"),
        name.isEmpty() ? tr("The profile you are editing has unsaved changes. Save them?")
                       : tr("The profile \"%1\" has unsaved changes. Save them?").arg(name));
    switch (answer) {
    case Confirmation::Answer::Save:
        return m_editor->save(); // an invalid profile stays open with its messages
    case Confirmation::Answer::Discard:
        m_editor->revert();
        return true;
    case Confirmation::Answer::Cancel:
        break;
    }
    return false;
}

void ProfilesPage::showProfile(const QString &id)
{
    const std::optional<Profile> profile = id.isEmpty() ? std::nullopt : m_store->findById(id);
    if (!profile) {
        m_stack->setCurrentWidget(m_emptyHint);
        updateButtons();
        return;
    }
    ensureEditor()->setProfile(*profile, false);
    m_stack->setCurrentWidget(m_editor);
    updateButtons();
}

void ProfilesPage::newProfile()
{
    if (!confirmLeave())
        return;
    selectRowQuietly({});
    ensureEditor()->setProfile(Profile(), true);
    m_stack->setCurrentWidget(m_editor);
    m_editor->findChild<QLineEdit *>(QStringLiteral("profileNameInput"))->setFocus();
    setStatus(tr("Choose a provider and fill in its fields; Save when no field is marked."));
    updateButtons();
}

void ProfilesPage::duplicateProfile()
{
    const std::optional<Profile> source = m_store->findById(currentProfileId());
    if (!source || !confirmLeave())
        return;
    Profile copy = *source;
    copy.id.clear();
    copy.name = tr("%1 (copy)").arg(source->name);
    for (int n = 2; m_store->findByName(copy.name); ++n)
        copy.name = tr("%1 (copy %2)").arg(source->name).arg(n);
    selectRowQuietly({});
    ensureEditor()->setProfile(copy, true);
    m_stack->setCurrentWidget(m_editor);
    setStatus(tr("Secrets are not copied: enter them in the copy before you use it."));
    updateButtons();
}

void ProfilesPage::deleteProfile()
{
    const QString id = currentProfileId();
    const std::optional<Profile> profile = m_store->findById(id);
    if (!profile)
        return;
    if (!m_confirmation->confirm(this, tr("Delete profile"),
                                 tr("Delete the profile \"%1\" and its secrets in the keychain? This cannot be undone.")
                                     .arg(profile->name),
                                 tr("Delete")))
        return;
    if (m_editor && m_editor->profileId() == id)
        m_editor->setProfile(Profile(), true); // nothing left to ask about
    m_stack->setCurrentWidget(m_emptyHint);
    const StoreResult result = m_store->remove(id);
    if (!result.ok) {
        setStatus(result.message, true);
        return;
    }
    const QString name = profile->name;
    m_secrets->removeAll(id, this, [this, name](const SecretResult &secrets) {
        if (secrets.ok())
            setStatus(tr("Deleted \"%1\" and its secrets.").arg(name));
        else
            setStatus(tr("Deleted \"%1\", but its secrets could not be removed from the keychain: %2")
                          .arg(name, secrets.error),
                      true);
    });
    setStatus(tr("Deleted \"%1\".").arg(name));
    updateButtons();
}

void ProfilesPage::importProfiles()
{
    const QString path = m_fileChooser->openFile(this, tr("Import profiles"),
                                                 tr("Tokenscope profiles (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QStringList imported;
    const StoreResult result = m_store->importFrom(path, &imported);
    if (!result.ok) {
        setStatus(result.message, true);
        return;
    }
    setStatus(tr("Imported %n profile(s): %1. Exports hold no secrets: enter them before you use the profiles.",
                 nullptr, int(imported.size()))
                  .arg(imported.join(QStringLiteral(", "))));
}

void ProfilesPage::exportProfiles()
{
    const QString path = m_fileChooser->saveFile(this, tr("Export profiles"), QStringLiteral("tokenscope-profiles.json"),
                                                 tr("Tokenscope profiles (*.json)"));
    if (path.isEmpty())
        return;
    const StoreResult result = m_store->exportTo(path);
    if (!result.ok) {
        setStatus(result.message, true);
        return;
    }
    setStatus(tr("Exported %n profile(s) to %1, without secrets.", nullptr, int(m_store->profiles().size())).arg(path));
}

void ProfilesPage::showStoreProblem(const QString &message)
{
    m_storeText->setText(message);
    m_storeBanner->setVisible(!message.isEmpty());
    updateBanners();
}

void ProfilesPage::updateBanners()
{
    const QPalette p = palette();
    const SecretStore::Availability availability = m_secrets->availability();
    const bool unavailable = availability == SecretStore::Availability::Unavailable;
    m_keychainText->setStyleSheet(StatusPalette::bannerStyleSheet(p, StatusPalette::Tone::Caution));
    if (unavailable) {
        m_keychainText->setText(tr("No keychain for secrets: %1").arg(m_secrets->unavailableReason()));
        m_retryButton->setEnabled(true);
    }
    m_keychainBanner->setVisible(unavailable);
    m_sessionNotice->setStyleSheet(StatusPalette::bannerStyleSheet(p, StatusPalette::Tone::Neutral));
    m_sessionNotice->setVisible(availability == SecretStore::Availability::SessionOnly);
    m_storeText->setStyleSheet(StatusPalette::bannerStyleSheet(p, StatusPalette::Tone::Bad));
}

void ProfilesPage::updateButtons()
{
    const bool selected = !currentProfileId().isEmpty();
    m_duplicateButton->setEnabled(selected);
    m_deleteButton->setEnabled(selected);
}

void ProfilesPage::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: %1;").arg(
                                          StatusPalette::foreground(palette(), StatusPalette::Tone::Bad).name())
                                    : QString());
    emit statusMessage(text);
}

void ProfilesPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateBanners();
}
