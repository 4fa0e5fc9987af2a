// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The GUI's bulk mode (issue 6 "Bulk", issue 7): a bulk file (models/admin/bulkapply.h) brought
// about through an AdminClient, from the admin browser or the setup wizard.
//
//   Choose File ──► BulkFile::parse ──► summary, or the problem (its place named) and no run
//   Dry Run ──► BulkApply::plan ──► create / update / skip per row; nothing is written
//   Apply ──► BulkApply::run (the dry run's plan, else plans first) ──► a row per item as it
//             lands, waits counted down (pacer or 429) ──► created / updated / unchanged / failed
//   Apply again after a cancel or a failure ──► a fresh BulkApply over the same file plans again:
//             what was created is found and skipped, so nothing is created twice.

#include "admin/bulkapply.h"
#include "statuspalette.h"

#include <QDateTime>
#include <QDialog>
#include <QPointer>

#include <memory>
#include <optional>

class BulkResultsModel;
class Confirmation;
class FileChooser;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;
class QTimer;
namespace RateLimits {
class RateLimitTracker;
}

class BulkApplyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkApplyDialog)

public:
    // client and tracker are not owned (the caller's; either may go away first).
    BulkApplyDialog(Admin::AdminClient *client, RateLimits::RateLimitTracker *tracker, QWidget *parent = nullptr);
    ~BulkApplyDialog() override;

    // Seams (not owned): the file dialogs and the "stop the run?" question. nullptr: the real ones.
    void setFileChooser(FileChooser *chooser);
    void setConfirmation(Confirmation *confirmation);

    // Reads and checks a bulk file as "Choose File…" does; false (and the reason shown) when
    // it cannot be read or is not a bulk file.
    bool loadFile(const QString &path);

    Admin::AdminClient *adminClient() const { return m_client; }
    BulkResultsModel *resultsModel() const { return m_model; }
    bool isRunning() const { return m_mode != Mode::Idle; }

public Q_SLOTS:
    void chooseFile();
    void dryRun();
    void apply();
    void cancelRun();
    void saveResults();
    void reject() override; // Escape, Close and the window's close: ask first while a run is going

Q_SIGNALS:
    // A dry run or an apply ended (also after a cancel); the table holds the results.
    void runFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Mode { Idle, Planning, Applying };

    void start(bool apply);
    void finished();
    void updateButtons();
    void showBanner(const QString &text, StatusPalette::Tone tone);
    void hideBanner();
    void showWaiting(int seconds);
    void hideWaiting();
    void tick();
    QString planSummary() const;
    QString runSummary() const;
    bool mayStop(); // true when idle, or the user chose to stop the run

    QPointer<Admin::AdminClient> m_client;
    QPointer<RateLimits::RateLimitTracker> m_tracker;
    std::unique_ptr<FileChooser> m_dialogChooser;
    FileChooser *m_chooser;
    std::unique_ptr<Confirmation> m_messageBoxes;
    Confirmation *m_confirmation;

    QString m_path;
    std::optional<Admin::BulkFile> m_file;
    Admin::BulkApply *m_bulk = nullptr; // the current run (child), deleted with the next
    Mode m_mode = Mode::Idle;
    bool m_planReusable = false; // a finished dry run that Apply can run as planned
    bool m_stopping = false;
    QDateTime m_waitUntil;

    BulkResultsModel *m_model;
    QLabel *m_banner;
    QLineEdit *m_pathEdit;
    QPushButton *m_choose;
    QLabel *m_fileSummary;
    QSpinBox *m_pace;
    QPushButton *m_dryRun;
    QPushButton *m_apply;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_waiting;
    QTimer *m_countdown;
    QTableView *m_table;
    QLabel *m_summary;
    QPushButton *m_save;
    QPushButton *m_close;
};
