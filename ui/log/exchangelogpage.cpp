// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchangelogpage.h"
#include "namedbutton.h"

#include "confirmation.h"
#include "exchangedetailview.h"
#include "http/exchangelog.h"
#include "itemmodels/exchangelogmodel.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

ExchangeLogPage::ExchangeLogPage(ExchangeLog *log, QWidget *parent)
    : QWidget(parent)
    , m_log(log)
    , m_messageBoxes(std::make_unique<MessageBoxConfirmation>())
    , m_confirmation(m_messageBoxes.get())
    , m_filter(new QLineEdit(this))
    , m_clearButton(namedButton(tr("Clear"), QStringLiteral("clearLogButton"), tr("Clear the log"), this))
    , m_model(new ExchangeLogModel(log, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_revealButton(namedButton(tr("Reveal secrets"), QStringLiteral("revealSecretsButton"),
                            tr("Reveal the secrets of the selected entry"), this))
    , m_copyButton(namedButton(tr("Copy as curl"), QStringLiteral("copyCurlButton"),
                          tr("Copy the selected request as a curl command, secrets left out"), this))
    , m_copySecretsButton(namedButton(tr("Copy as curl with secrets…"), QStringLiteral("copyCurlSecretsButton"),
                                 tr("Copy the selected request as a curl command with its secrets"), this))
    , m_status(new QLabel(this))
    , m_detail(new ExchangeDetailView(log, this))
{
    m_filter->setObjectName(QStringLiteral("logFilter"));
    m_filter->setAccessibleName(tr("Filter the log"));
    m_filter->setPlaceholderText(tr("Filter by source, method, URL or status"));
    m_filter->setClearButtonEnabled(true);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(ExchangeLogModel::FilterTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_table->setObjectName(QStringLiteral("exchangeTable"));
    m_table->setAccessibleName(tr("HTTP exchanges and steps"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the table for the buttons
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(ExchangeLogModel::Url, QHeaderView::Stretch);
    for (const int column : {ExchangeLogModel::Time, ExchangeLogModel::Status, ExchangeLogModel::Duration})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { currentRowChanged(current); });
    // Follow the newest entry while the view is at the bottom.
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        QScrollBar *bar = m_table->verticalScrollBar();
        m_followBottom = bar->value() == bar->maximum();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_followBottom)
            m_table->scrollToBottom();
        updateButtons();
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] { currentRowChanged({}); });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, [this] { updateButtons(); });

    m_revealButton->setCheckable(true);
    connect(m_revealButton, &QPushButton::toggled, this, [this](bool on) {
        m_detail->setRevealed(on);
        m_revealButton->setText(on ? tr("Hide secrets") : tr("Reveal secrets"));
    });
    connect(m_copyButton, &QPushButton::clicked, this, &ExchangeLogPage::copyCurl);
    connect(m_copySecretsButton, &QPushButton::clicked, this, &ExchangeLogPage::copyCurlWithSecrets);
    connect(m_clearButton, &QPushButton::clicked, this, &ExchangeLogPage::clearLog);

    m_status->setObjectName(QStringLiteral("logStatus"));
    m_status->setAccessibleName(tr("Log status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *findAction = new QAction(tr("Find in the log"), this);
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findAction, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    addAction(findAction);

    auto *top = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("Fil&ter:"), this);
    filterLabel->setBuddy(m_filter);
    top->addWidget(filterLabel);
    top->addWidget(m_filter, 1);
    top->addWidget(m_clearButton);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_revealButton);
    actions->addWidget(m_copyButton);
    actions->addWidget(m_copySecretsButton);
    actions->addWidget(m_status, 1);

    auto *detailBox = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detailBox);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addLayout(actions);
    detailLayout->addWidget(m_detail, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("exchangeLogSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(detailBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    setTabOrder(m_filter, m_clearButton);
    setTabOrder(m_clearButton, m_table);
    setTabOrder(m_table, m_revealButton);
    setTabOrder(m_revealButton, m_copyButton);
    setTabOrder(m_copyButton, m_copySecretsButton);
    setTabOrder(m_copySecretsButton, m_detail->requestView());
    setTabOrder(m_detail->requestView(), m_detail->responseView());

    updateButtons();
}

ExchangeLogPage::~ExchangeLogPage() = default;

void ExchangeLogPage::setConfirmation(Confirmation *confirmation)
{
    m_confirmation = confirmation ? confirmation : m_messageBoxes.get();
}

quint64 ExchangeLogPage::currentEntryId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.data(ExchangeLogModel::EntryIdRole).toULongLong() : 0;
}

bool ExchangeLogPage::selectEntry(quint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void ExchangeLogPage::currentRowChanged(const QModelIndex &current)
{
    const quint64 id = current.isValid() ? current.data(ExchangeLogModel::EntryIdRole).toULongLong() : 0;
    if (id == m_detail->entryId() && id != 0)
        return;
    // Secrets are revealed for one entry only: another selection hides them again.
    {
        const QSignalBlocker blocker(m_revealButton);
        m_revealButton->setChecked(false);
        m_revealButton->setText(tr("Reveal secrets"));
    }
    m_detail->showEntry(id);
    setStatus({});
    updateButtons();
}

void ExchangeLogPage::updateButtons()
{
    const quint64 id = currentEntryId();
    const int index = m_log && id ? m_log->indexOfId(id) : -1;
    const bool exchange = index >= 0 && m_log->at(index).kind == ExchangeLogEntry::Kind::Exchange;
    m_revealButton->setEnabled(index >= 0);
    m_copyButton->setEnabled(exchange);
    m_copySecretsButton->setEnabled(exchange);
    m_clearButton->setEnabled(m_log && m_log->count() > 0);
}

void ExchangeLogPage::setStatus(const QString &text)
{
    m_status->setText(text);
    if (!text.isEmpty())
        Q_EMIT statusMessage(text);
}

void ExchangeLogPage::copyCurl()
{
    const int index = m_log ? m_log->indexOfId(currentEntryId()) : -1;
    if (index < 0 || m_log->at(index).kind != ExchangeLogEntry::Kind::Exchange)
        return;
    QGuiApplication::clipboard()->setText(curlCommand(m_log->at(index).exchange, true));
    setStatus(tr("Copied the curl command with its secrets left out: put them back before running it."));
}

void ExchangeLogPage::copyCurlWithSecrets()
{
    const quint64 id = currentEntryId();
    if (!m_log || m_log->indexOfId(id) < 0 || m_log->at(m_log->indexOfId(id)).kind != ExchangeLogEntry::Kind::Exchange)
        return;
    const bool confirmed = m_confirmation->confirm(
        this, tr("Copy with secrets"),
        tr("The curl command will contain this request's secrets (client secret, tokens, codes) in plain text, and "
           "anything that reads the clipboard can see them. Clear the clipboard once you have pasted it."),
        tr("Copy with secrets"));
    // The log may have dropped the entry while the question was open.
    const int index = m_log->indexOfId(id);
    if (!confirmed || index < 0) {
        setStatus(confirmed ? tr("That entry has left the log; nothing was copied.") : QString());
        return;
    }
    QGuiApplication::clipboard()->setText(curlCommand(m_log->at(index).exchange, false));
    setStatus(tr("Copied the curl command with its secrets."));
}

void ExchangeLogPage::clearLog()
{
    if (m_log)
        m_log->clear();
    setStatus({});
    updateButtons();
}
