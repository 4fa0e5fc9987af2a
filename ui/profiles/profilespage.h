// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QWidget>

#include <memory>

class Confirmation;
class FileChooser;
class HttpClient;
class ProfileEditor;
class ProfileListModel;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace Profiles {
class ProfileStore;
class SecretStore;
} // namespace Profiles

// The Connections page: the profile list (filter, New, Duplicate, Delete, Import, Export) and
// the ProfileEditor, built on first use. Banners at the top: the keychain is unusable (why, Retry,
// or keep secrets in memory for this session), secrets are session-only, the store could not
// read a file.
class ProfilesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfilesPage)

public:
    ProfilesPage(HttpClient *http, Profiles::ProfileStore *store, Profiles::SecretStore *secrets,
                 QWidget *parent = nullptr);
    ~ProfilesPage() override;

    // Seams for tests; the page keeps using the real dialogs when these are not set (nullptr
    // restores them).
    void setFileChooser(FileChooser *chooser);
    void setConfirmation(Confirmation *confirmation);

    // A ProfileStore::load() failure (or any store problem), in a banner until dismissed.
    void showStoreProblem(const QString &message);

    ProfileEditor *editor() const { return m_editor; } // nullptr until first needed
    QString currentProfileId() const;
    bool selectProfile(const QString &id); // asks about unsaved changes first

public Q_SLOTS:
    void newProfile();
    void duplicateProfile();
    void deleteProfile();
    void importProfiles();
    void exportProfiles();

signals:
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    ProfileEditor *ensureEditor();
    void currentRowChanged(const QModelIndex &current);
    bool confirmLeave(); // false: the user wants to stay with the unsaved changes
    void showProfile(const QString &id);
    void selectRowQuietly(const QString &id);
    void updateBanners();
    void updateButtons();
    void setStatus(const QString &text, bool problem = false);

    HttpClient *m_http;
    Profiles::ProfileStore *m_store;
    Profiles::SecretStore *m_secrets;
    std::unique_ptr<FileChooser> m_dialogChooser;
    std::unique_ptr<Confirmation> m_messageBoxes;
    FileChooser *m_fileChooser;
    Confirmation *m_confirmation;

    QWidget *m_keychainBanner;
    QLabel *m_keychainText;
    QPushButton *m_retryButton;
    QPushButton *m_sessionButton;
    QLabel *m_sessionNotice;
    QWidget *m_storeBanner;
    QLabel *m_storeText;
    QPushButton *m_dismissStoreButton;
    QLineEdit *m_filter;
    ProfileListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_list;
    QPushButton *m_newButton;
    QPushButton *m_duplicateButton;
    QPushButton *m_deleteButton;
    QPushButton *m_importButton;
    QPushButton *m_exportButton;
    QLabel *m_status;
    QStackedWidget *m_stack;
    QLabel *m_emptyHint;
    ProfileEditor *m_editor = nullptr;
    int m_quiet = 0; // selection changes made by the page itself
};
