// SPDX-License-Identifier: GPL-3.0-or-later
#include "admin/bulkapplydialog.h"

#include "admin/bulkresultsmodel.h"
#include "confirmation.h"
#include "filechooser.h"
#include "http/ratelimittracker.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;
using Admin::Action;
using Admin::Outcome;
using Tone = StatusPalette::Tone;

Q_LOGGING_CATEGORY(lcBulkDialog, "tokenscope.ui.bulkapply", QtWarningMsg)

namespace {

// As `tokenscope admin apply`: a bulk file is configuration, not data.
constexpr qint64 MaxBulkFileBytes = 8 * 1024 * 1024;

} // namespace

BulkApplyDialog::BulkApplyDialog(Admin::AdminClient *client, RateLimits::RateLimitTracker *tracker, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_tracker(tracker)
    , m_dialogChooser(std::make_unique<DialogFileChooser>())
    , m_chooser(m_dialogChooser.get())
    , m_messageBoxes(std::make_unique<MessageBoxConfirmation>())
    , m_confirmation(m_messageBoxes.get())
    , m_model(new BulkResultsModel(this))
    , m_banner(new QLabel(this))
    , m_pathEdit(new QLineEdit(this))
    , m_choose(new QPushButton(tr("&Choose File…"), this))
    , m_fileSummary(new QLabel(this))
    , m_pace(new QSpinBox(this))
    , m_dryRun(new QPushButton(tr("&Dry Run"), this))
    , m_apply(new QPushButton(tr("&Apply"), this))
    , m_cancel(new QPushButton(tr("Ca&ncel Run"), this))
    , m_progress(new QProgressBar(this))
    , m_waiting(new QLabel(this))
    , m_countdown(new QTimer(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_save(new QPushButton(tr("&Save Results…"), this))
    , m_close(new QPushButton(tr("Cl&ose"), this))
{
    setObjectName(u"bulkApplyDialog"_s);
    setWindowTitle(tr("Bulk Apply"));
    setWindowModality(Qt::WindowModal);
    setAccessibleName(tr("Bulk apply"));
    m_model->setPalette(palette());

    m_banner->setObjectName(u"bulkBanner"_s);
    m_banner->setAccessibleName(tr("Bulk file problem"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_banner->hide();

    auto *fileLabel = new QLabel(tr("Fi&le:"), this);
    fileLabel->setBuddy(m_pathEdit);
    m_pathEdit->setObjectName(u"bulkFilePath"_s);
    m_pathEdit->setAccessibleName(tr("Bulk file path"));
    m_pathEdit->setReadOnly(true);
    m_pathEdit->setPlaceholderText(tr("Choose a JSON file with workspaces, idps and clients"));
    m_choose->setObjectName(u"chooseFileButton"_s);
    m_choose->setAccessibleName(tr("Choose the bulk file"));
    m_fileSummary->setObjectName(u"bulkFileSummary"_s);
    m_fileSummary->setAccessibleName(tr("What the file describes"));

    auto *paceLabel = new QLabel(tr("&Pace:"), this);
    paceLabel->setBuddy(m_pace);
    m_pace->setObjectName(u"paceSpin"_s);
    m_pace->setAccessibleName(tr("Pace in requests per minute"));
    m_pace->setRange(0, 6000);
    m_pace->setSuffix(tr(" requests/min"));
    m_pace->setSpecialValueText(tr("As the server's rate limit allows"));
    m_pace->setToolTip(tr("At most this many admin API requests per minute, on top of the server's rate-limit "
                          "headers. 0: as fast as the headers allow."));
    m_dryRun->setObjectName(u"dryRunButton"_s);
    m_dryRun->setAccessibleName(tr("Dry run: show what would be done"));
    m_dryRun->setToolTip(tr("Reads what exists and shows what Apply would create or update. Nothing is written."));
    m_apply->setObjectName(u"applyButton"_s);
    m_apply->setAccessibleName(tr("Apply the file"));
    m_apply->setToolTip(tr("Creates or updates each item. After a cancel or a failure, Apply again resumes: what "
                           "exists already is skipped."));
    m_cancel->setObjectName(u"cancelRunButton"_s);
    m_cancel->setAccessibleName(tr("Cancel the run"));
    m_cancel->setToolTip(tr("Stops before the next item; the item in flight finishes."));

    m_progress->setObjectName(u"bulkProgress"_s);
    m_progress->setAccessibleName(tr("Bulk apply progress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_waiting->setObjectName(u"waitingLabel"_s);
    m_waiting->setAccessibleName(tr("Rate-limit wait"));
    m_waiting->hide();
    m_countdown->setInterval(250);
    connect(m_countdown, &QTimer::timeout, this, &BulkApplyDialog::tick);

    auto *resultsLabel = new QLabel(tr("&Results:"), this);
    resultsLabel->setBuddy(m_table);
    m_table->setObjectName(u"bulkResultsTable"_s);
    m_table->setAccessibleName(tr("Bulk apply results"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_summary->setObjectName(u"bulkSummary"_s);
    m_summary->setAccessibleName(tr("Bulk apply summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_save->setObjectName(u"saveResultsButton"_s);
    m_save->setAccessibleName(tr("Save the results as JSON"));
    m_close->setObjectName(u"closeButton"_s);
    m_close->setAccessibleName(tr("Close"));
    m_close->setAutoDefault(false);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(m_pathEdit, 1);
    fileRow->addWidget(m_choose);
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(paceLabel);
    runRow->addWidget(m_pace);
    runRow->addStretch();
    runRow->addWidget(m_dryRun);
    runRow->addWidget(m_apply);
    runRow->addWidget(m_cancel);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_save);
    bottom->addStretch();
    bottom->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(fileRow);
    layout->addWidget(m_fileSummary);
    layout->addLayout(runRow);
    layout->addWidget(m_progress);
    layout->addWidget(m_waiting);
    layout->addWidget(resultsLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addLayout(bottom);

    setTabOrder(m_pathEdit, m_choose);
    setTabOrder(m_choose, m_pace);
    setTabOrder(m_pace, m_dryRun);
    setTabOrder(m_dryRun, m_apply);
    setTabOrder(m_apply, m_cancel);
    setTabOrder(m_cancel, m_table);
    setTabOrder(m_table, m_save);
    setTabOrder(m_save, m_close);

    connect(m_choose, &QPushButton::clicked, this, &BulkApplyDialog::chooseFile);
    connect(m_dryRun, &QPushButton::clicked, this, &BulkApplyDialog::dryRun);
    connect(m_apply, &QPushButton::clicked, this, &BulkApplyDialog::apply);
    connect(m_cancel, &QPushButton::clicked, this, &BulkApplyDialog::cancelRun);
    connect(m_save, &QPushButton::clicked, this, &BulkApplyDialog::saveResults);
    connect(m_close, &QPushButton::clicked, this, &BulkApplyDialog::reject);
    connect(m_pace, &QSpinBox::valueChanged, this, [this](int perMinute) {
        if (m_bulk)
            m_bulk->setRate(perMinute, perMinute > 0 ? 1 : 0);
    });

    resize(900, 560);
    updateButtons();
    m_choose->setFocus();
}

BulkApplyDialog::~BulkApplyDialog()
{
    // Before the widgets go: the run's callbacks are bound to it, so an answer still on its way
    // lands nowhere.
    delete m_bulk;
}

void BulkApplyDialog::setFileChooser(FileChooser *chooser)
{
    m_chooser = chooser ? chooser : m_dialogChooser.get();
}

void BulkApplyDialog::setConfirmation(Confirmation *confirmation)
{
    m_confirmation = confirmation ? confirmation : m_messageBoxes.get();
}

void BulkApplyDialog::showBanner(const QString &text, Tone tone)
{
    m_banner->setStyleSheet(StatusPalette::bannerStyleSheet(palette(), tone));
    m_banner->setProperty("tone", int(tone));
    m_banner->setText(text);
    m_banner->setAccessibleDescription(text);
    m_banner->show();
}

void BulkApplyDialog::hideBanner()
{
    m_banner->clear();
    m_banner->hide();
}

void BulkApplyDialog::chooseFile()
{
    if (isRunning())
        return;
    const QString path = m_chooser->openFile(this, tr("Choose a Bulk File"), tr("JSON files (*.json);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

bool BulkApplyDialog::loadFile(const QString &path)
{
    if (isRunning())
        return false;
    delete m_bulk;
    m_bulk = nullptr;
    m_planReusable = false;
    m_file.reset();
    m_path = path;
    m_pathEdit->setText(QDir::toNativeSeparators(path));
    m_model->setResults({}, false);
    m_fileSummary->clear();
    m_summary->clear();
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    hideWaiting();

    const auto refuse = [this](const QString &message) {
        showBanner(message, Tone::Bad);
        updateButtons();
        return false;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(tr("Cannot read %1: %2. Choose a file you can read.").arg(path, file.errorString()));
    if (file.size() > MaxBulkFileBytes)
        return refuse(tr("%1 is larger than %2 MiB: split it into smaller bulk files.")
                          .arg(path)
                          .arg(MaxBulkFileBytes / (1024 * 1024)));
    const QByteArray bytes = file.read(MaxBulkFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return refuse(tr("Cannot read %1: %2. Choose a file you can read.").arg(path, file.errorString()));
    QString problem;
    std::optional<Admin::BulkFile> parsed = Admin::BulkFile::parse(bytes, &problem);
    if (!parsed)
        return refuse(tr("%1 is not a bulk file: %2. Correct it and choose it again.")
                          .arg(QFileInfo(path).fileName(), problem));

    int workspaces = 0;
    int idps = 0;
    int clients = 0;
    for (const Admin::BulkItem &item : std::as_const(parsed->items)) {
        workspaces += item.kind == Admin::ItemKind::Workspace ? 1 : 0;
        idps += item.kind == Admin::ItemKind::StaticIdp ? 1 : 0;
        clients += item.kind == Admin::ItemKind::Client ? 1 : 0;
    }
    m_fileSummary->setText(tr("The file describes %1, %2 and %3.")
                               .arg(tr("%n workspace(s)", nullptr, workspaces),
                                    tr("%n identity provider(s)", nullptr, idps), tr("%n client(s)", nullptr, clients)));
    m_file = std::move(parsed);
    QList<Admin::ItemResult> rows;
    for (const Admin::BulkItem &item : std::as_const(m_file->items)) {
        Admin::ItemResult row;
        row.item = item;
        row.id = item.id;
        rows.append(row);
    }
    m_model->setResults(rows, false);
    m_table->resizeColumnsToContents();
    if (m_file->items.isEmpty())
        showBanner(tr("The file describes nothing to apply."), Tone::Caution);
    else
        hideBanner();
    updateButtons();
    return true;
}

void BulkApplyDialog::dryRun()
{
    start(false);
}

void BulkApplyDialog::apply()
{
    start(true);
}

void BulkApplyDialog::start(bool apply)
{
    if (isRunning() || !m_file || m_file->items.isEmpty())
        return;
    if (!m_client) {
        showBanner(tr("The admin connection is gone: close this dialog and open it again."), Tone::Bad);
        return;
    }
    hideBanner();
    m_summary->clear();
    if (!(apply && m_planReusable && m_bulk)) {
        // A fresh run plans again: after a cancel, a failure or a lost network this is the
        // resume (what was created is found and skipped).
        delete m_bulk;
        m_bulk = new Admin::BulkApply(m_client, m_tracker, *m_file, this);
        m_bulk->setRate(m_pace->value(), m_pace->value() > 0 ? 1 : 0);
        Admin::BulkApply *bulk = m_bulk;
        connect(bulk, &Admin::BulkApply::planned, this, [this, bulk] {
            m_model->setResults(bulk->results(), true);
            m_table->resizeColumnsToContents();
            if (m_mode == Mode::Applying) {
                m_progress->setRange(0, int(bulk->results().size()));
                m_progress->setValue(0);
            }
        });
        connect(bulk, &Admin::BulkApply::progress, this, [this](int done, int total) {
            m_progress->setRange(0, total);
            m_progress->setValue(done);
        });
        connect(bulk, &Admin::BulkApply::itemStarted, this, [this, bulk](int index) {
            hideWaiting();
            m_model->updateRow(index, bulk->results().at(index), true);
            m_table->scrollTo(m_model->index(index, 0));
        });
        connect(bulk, &Admin::BulkApply::itemFinished, this, [this, bulk](int index) {
            hideWaiting();
            m_model->updateRow(index, bulk->results().at(index), false);
        });
        connect(bulk, &Admin::BulkApply::waiting, this, &BulkApplyDialog::showWaiting);
        connect(bulk, &Admin::BulkApply::finished, this, &BulkApplyDialog::finished);
    }
    m_planReusable = false;
    m_stopping = false;
    m_mode = apply ? Mode::Applying : Mode::Planning;
    m_progress->setRange(0, 0); // busy while planning
    qCDebug(lcBulkDialog) << (apply ? "apply" : "dry run") << m_file->items.size() << "items";
    if (apply)
        m_bulk->run();
    else
        m_bulk->plan();
    updateButtons();
}

void BulkApplyDialog::cancelRun()
{
    if (!isRunning() || !m_bulk || m_stopping)
        return;
    m_stopping = true;
    m_summary->setText(tr("Stopping after the item in flight…"));
    m_bulk->cancel();
    updateButtons();
}

void BulkApplyDialog::finished()
{
    const Mode mode = m_mode;
    m_mode = Mode::Idle;
    m_stopping = false;
    hideWaiting();
    m_model->setResults(m_bulk->results(), true);
    const int total = int(m_bulk->results().size());
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(mode == Mode::Applying ? total : 0);
    if (mode == Mode::Planning) {
        bool clean = true;
        for (const Admin::ItemResult &result : m_bulk->results())
            clean = clean && result.outcome == Outcome::NotRun;
        m_planReusable = clean;
        m_summary->setText(planSummary());
    } else {
        m_summary->setText(runSummary());
    }
    updateButtons();
    Q_EMIT runFinished();
}

QString BulkApplyDialog::planSummary() const
{
    int create = 0;
    int update = 0;
    int skip = 0;
    int failed = 0;
    int cancelled = 0;
    for (const Admin::ItemResult &result : m_model->results()) {
        if (result.outcome == Outcome::Failed)
            ++failed;
        else if (result.outcome == Outcome::Cancelled)
            ++cancelled;
        else if (result.planned == Action::Create)
            ++create;
        else if (result.planned == Action::Update)
            ++update;
        else
            ++skip;
    }
    QString text = tr("Dry run: %1 to create, %2 to update, %3 already as described.").arg(create).arg(update).arg(skip);
    if (failed > 0)
        text += QLatin1Char(' ') + tr("%1 could not be read: see their messages.").arg(failed);
    if (cancelled > 0)
        text += QLatin1Char(' ') + tr("%1 cancelled before they were read.").arg(cancelled);
    return text + QLatin1Char(' ') + tr("Nothing was written.");
}

QString BulkApplyDialog::runSummary() const
{
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    int failed = 0;
    int cancelled = 0;
    for (const Admin::ItemResult &result : m_model->results()) {
        switch (result.outcome) {
        case Outcome::Created:
            ++created;
            break;
        case Outcome::Updated:
            ++updated;
            break;
        case Outcome::Unchanged:
            ++unchanged;
            break;
        case Outcome::Failed:
            ++failed;
            break;
        case Outcome::Cancelled:
        case Outcome::NotRun:
            ++cancelled;
            break;
        }
    }
    QString text =
        tr("Done: %1 created, %2 updated, %3 unchanged, %4 failed.").arg(created).arg(updated).arg(unchanged).arg(failed);
    if (cancelled > 0)
        text += QLatin1Char(' ') + tr("%1 cancelled.").arg(cancelled);
    if (failed > 0 || cancelled > 0)
        text += QLatin1Char(' ') + tr("Apply again to resume: what exists already is found and skipped.");
    return text;
}

void BulkApplyDialog::showWaiting(int seconds)
{
    if (seconds <= 0)
        return;
    m_waitUntil = QDateTime::currentDateTimeUtc().addSecs(seconds);
    m_countdown->start();
    tick();
}

void BulkApplyDialog::hideWaiting()
{
    m_countdown->stop();
    m_waitUntil = {};
    m_waiting->clear();
    m_waiting->hide();
}

void BulkApplyDialog::tick()
{
    const qint64 left = m_waitUntil.isValid() ? QDateTime::currentDateTimeUtc().msecsTo(m_waitUntil) : 0;
    if (left <= 0 || !isRunning()) {
        hideWaiting();
        return;
    }
    const int seconds = int((left + 999) / 1000);
    const QString text = tr("Waiting %n s for the admin API's rate limit…", nullptr, seconds);
    if (m_waiting->text() != text) {
        m_waiting->setText(text);
        m_waiting->setAccessibleDescription(text);
    }
    m_waiting->show();
}

void BulkApplyDialog::saveResults()
{
    if (isRunning() || m_model->rowCount() == 0)
        return;
    const QString suggested = m_path.isEmpty() ? u"bulk-results.json"_s
                                               : QFileInfo(m_path).completeBaseName() + u"-results.json"_s;
    const QString path = m_chooser->saveFile(this, tr("Save Results"), suggested, tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        showBanner(tr("Cannot write %1: %2. Choose another place.").arg(path, file.errorString()), Tone::Bad);
        return;
    }
    file.write(QJsonDocument(BulkResultsModel::toJson(m_model->results())).toJson());
    if (!file.commit()) {
        showBanner(tr("Cannot write %1: %2. Choose another place.").arg(path, file.errorString()), Tone::Bad);
        return;
    }
    showBanner(tr("Results saved to %1.").arg(QDir::toNativeSeparators(path)), Tone::Good);
}

bool BulkApplyDialog::mayStop()
{
    if (!isRunning())
        return true;
    if (!m_confirmation->confirm(this, tr("Stop the Bulk Apply?"),
                                 tr("The item in flight finishes; the rest are not applied. Apply the same file again "
                                    "later to resume."),
                                 tr("Stop and Close")))
        return false;
    // Cancelled, and the run goes with the dialog: an answer still on its way is dropped.
    if (m_bulk) {
        m_bulk->cancel();
        m_bulk->disconnect(this);
    }
    m_mode = Mode::Idle;
    hideWaiting();
    updateButtons();
    return true;
}

void BulkApplyDialog::reject()
{
    if (mayStop())
        QDialog::reject();
}

void BulkApplyDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_model->setPalette(palette());
        if (m_banner->isVisible())
            m_banner->setStyleSheet(
                StatusPalette::bannerStyleSheet(palette(), Tone(m_banner->property("tone").toInt())));
    }
}

void BulkApplyDialog::updateButtons()
{
    const bool running = isRunning();
    const bool runnable = m_file && !m_file->items.isEmpty() && !running;
    m_choose->setEnabled(!running);
    m_dryRun->setEnabled(runnable);
    m_apply->setEnabled(runnable);
    m_cancel->setEnabled(running && !m_stopping);
    m_save->setEnabled(!running && m_bulk != nullptr);
    m_dryRun->setDefault(runnable); // Enter never writes: Apply takes a deliberate press
}
