// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokensetview.h"

#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace {

QPushButton *makeButton(const QString &objectName, const QString &text, const QString &accessibleName, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAccessibleName(accessibleName);
    return button;
}

// Enough of a token to tell it from others, never the whole value in the table.
QString abbreviated(const QString &token)
{
    return token.size() <= 24 ? token : token.left(12) + QStringLiteral("…") + token.right(8);
}

} // namespace

TokenSetView::TokenSetView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_rotation(new QLabel(this))
    , m_autoRefresh(new QCheckBox(tr("Refresh automatically before expiry"), this))
    , m_open(makeButton(QStringLiteral("openInInspectorButton"), tr("Open in Inspector"), tr("Open the selected token in the inspector"), this))
    , m_copy(makeButton(QStringLiteral("copyTokenButton"), tr("Copy"), tr("Copy the selected token"), this))
    , m_introspect(makeButton(QStringLiteral("introspectButton"), tr("Introspect"), tr("Introspect the selected token"), this))
    , m_revoke(makeButton(QStringLiteral("revokeButton"), tr("Revoke"), tr("Revoke the selected token"), this))
    , m_userinfo(makeButton(QStringLiteral("userinfoButton"), tr("Userinfo"), tr("Call userinfo with the access token"), this))
    , m_result(new QPlainTextEdit(this))
    , m_countdown(new QTimer(this))
{
    m_summary->setObjectName(QStringLiteral("tokenSetSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    m_table->setObjectName(QStringLiteral("tokenSetTable"));
    m_table->setAccessibleName(tr("Tokens"));
    m_table->setHorizontalHeaderLabels({tr("Token"), tr("Expires"), tr("Type"), tr("Scope")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height() * 5);

    m_rotation->setObjectName(QStringLiteral("rotationNotice"));
    m_rotation->setWordWrap(true);
    m_rotation->setTextFormat(Qt::PlainText);
    m_rotation->hide();

    m_autoRefresh->setObjectName(QStringLiteral("autoRefreshCheck"));
    m_autoRefresh->setAccessibleName(tr("Refresh automatically before expiry"));
    m_autoRefresh->setToolTip(tr("Uses the refresh token at 75% of the access token's lifetime"));

    m_result->setObjectName(QStringLiteral("tokenActionResult"));
    m_result->setAccessibleName(tr("Result of the token action"));
    m_result->setReadOnly(true);
    m_result->setPlaceholderText(tr("Introspection, revocation and userinfo results show here."));
    m_result->setTabChangesFocus(true);

    auto *actions = new QHBoxLayout;
    for (QPushButton *button : {m_open, m_copy, m_introspect, m_revoke, m_userinfo})
        actions->addWidget(button);
    actions->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_rotation);
    layout->addWidget(m_autoRefresh);
    layout->addLayout(actions);
    layout->addWidget(m_result, 1);

    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &TokenSetView::updateCountdown);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &TokenSetView::updateActions);
    connect(m_autoRefresh, &QCheckBox::toggled, this, &TokenSetView::autoRefreshToggled);
    const auto forward = [this](void (TokenSetView::*signal)(const OAuth::TokenSet::Entry &)) {
        return [this, signal] {
            if (const auto entry = currentEntry())
                Q_EMIT(this->*signal)(*entry);
        };
    };
    connect(m_open, &QPushButton::clicked, this, forward(&TokenSetView::openInInspectorRequested));
    connect(m_introspect, &QPushButton::clicked, this, forward(&TokenSetView::introspectRequested));
    connect(m_revoke, &QPushButton::clicked, this, forward(&TokenSetView::revokeRequested));
    connect(m_userinfo, &QPushButton::clicked, this, forward(&TokenSetView::userinfoRequested));
    connect(m_copy, &QPushButton::clicked, this, &TokenSetView::copyCurrent);
    setTokenSet({});
}

void TokenSetView::setTokenSet(const OAuth::TokenSet &set)
{
    const std::optional<OAuth::TokenSet::Entry> previous = currentEntry();
    m_set = set;
    m_entries = set.entries();
    m_table->setRowCount(int(m_entries.size()));
    for (int row = 0; row < m_entries.size(); ++row) {
        const OAuth::TokenSet::Entry &entry = m_entries.at(row);
        auto *name = new QTableWidgetItem(OAuth::TokenSet::kindName(entry.kind));
        name->setToolTip(abbreviated(entry.value));
        m_table->setItem(row, TokenColumn, name);
        m_table->setItem(row, ExpiresColumn, new QTableWidgetItem);
        m_table->setItem(row, TypeColumn, new QTableWidgetItem(entry.type));
        m_table->setItem(row, ScopeColumn, new QTableWidgetItem(entry.scope));
    }
    if (set.isEmpty()) {
        m_summary->setText(tr("No tokens yet: choose a connection and a grant, then Get Token."));
    } else {
        m_summary->setText(tr("%1 · %2 · obtained %3")
                               .arg(set.profileName, OAuth::grantDisplayName(set.grant),
                                    set.obtainedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss"))));
    }
    m_rotation->setVisible(set.refreshTokenRotated);
    if (set.refreshTokenRotated)
        m_rotation->setText(tr("The refresh token was rotated: the server issued a new one and the old one no longer "
                               "works. The new one is stored."));
    if (previous)
        selectKind(previous->kind);
    if (m_table->selectedItems().isEmpty() && !m_entries.isEmpty())
        m_table->selectRow(0);
    updateCountdown();
    updateActions();
}

std::optional<OAuth::TokenSet::Entry> TokenSetView::currentEntry() const
{
    if (m_entries.isEmpty())
        return std::nullopt;
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    const int row = selected.isEmpty() ? 0 : selected.first()->row();
    return m_entries.value(row);
}

void TokenSetView::selectKind(OAuth::TokenSet::Kind kind)
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).kind == kind) {
            m_table->selectRow(row);
            return;
        }
    }
}

void TokenSetView::showResult(const QString &text)
{
    m_result->setPlainText(text);
}

QString TokenSetView::resultText() const
{
    return m_result->toPlainText();
}

bool TokenSetView::autoRefresh() const
{
    return m_autoRefresh->isChecked();
}

void TokenSetView::setAutoRefresh(bool on)
{
    m_autoRefresh->setChecked(on);
}

bool TokenSetView::countdownRunning() const
{
    return m_countdown->isActive();
}

void TokenSetView::updateCountdown()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int row = 0; row < m_entries.size(); ++row) {
        const OAuth::TokenSet::Entry &entry = m_entries.at(row);
        QTableWidgetItem *item = m_table->item(row, ExpiresColumn);
        if (!item)
            continue;
        item->setText(OAuth::TokenSet::remainingText(entry.expiresAt, now));
        if (entry.expiresAt)
            item->setToolTip(entry.expiresAt->toLocalTime().toString(Qt::ISODate));
    }
}

void TokenSetView::updateActions()
{
    const std::optional<OAuth::TokenSet::Entry> entry = currentEntry();
    const bool any = entry.has_value();
    m_open->setEnabled(any);
    m_copy->setEnabled(any);
    m_introspect->setEnabled(any && entry->kind != OAuth::TokenSet::Kind::Id);
    m_revoke->setEnabled(any && entry->kind != OAuth::TokenSet::Kind::Id);
    m_userinfo->setEnabled(any && entry->kind == OAuth::TokenSet::Kind::Access);
    m_autoRefresh->setEnabled(!m_set.refreshToken.isEmpty());
}

void TokenSetView::copyCurrent()
{
    const std::optional<OAuth::TokenSet::Entry> entry = currentEntry();
    if (!entry)
        return;
    QGuiApplication::clipboard()->setText(entry->value);
    Q_EMIT statusMessage(tr("%1 copied to the clipboard.").arg(OAuth::TokenSet::kindName(entry->kind)));
}

void TokenSetView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateCountdown();
    m_countdown->start();
}

void TokenSetView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_countdown->stop();
}
