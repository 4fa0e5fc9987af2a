// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The current token set of a connection: one row per token (access, ID, refresh) with a live
// expiry countdown, type and scope; the actions on the selected token; the result pane the
// actions write into. Tokens stay in memory: nothing here writes them anywhere.

#include "oauth/tokenset.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTimer;

class TokenSetView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenSetView)

public:
    enum Column { TokenColumn, ExpiresColumn, TypeColumn, ScopeColumn, ColumnCount };

    explicit TokenSetView(QWidget *parent = nullptr);

    void setTokenSet(const OAuth::TokenSet &set); // an empty set clears the table
    const OAuth::TokenSet &tokenSet() const { return m_set; }
    // The selected row's token; the first row when none is selected.
    std::optional<OAuth::TokenSet::Entry> currentEntry() const;
    void selectKind(OAuth::TokenSet::Kind kind);

    void showResult(const QString &text);
    QString resultText() const;

    bool autoRefresh() const;
    void setAutoRefresh(bool on);
    bool countdownRunning() const;

    // Moves the Expires column to now (the 1-s timer calls it while the view is visible).
    void updateCountdown();

Q_SIGNALS:
    void openInInspectorRequested(const OAuth::TokenSet::Entry &entry);
    void introspectRequested(const OAuth::TokenSet::Entry &entry);
    void revokeRequested(const OAuth::TokenSet::Entry &entry);
    void userinfoRequested(const OAuth::TokenSet::Entry &entry);
    void autoRefreshToggled(bool on);
    void statusMessage(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void updateActions();
    void copyCurrent();

    OAuth::TokenSet m_set;
    QList<OAuth::TokenSet::Entry> m_entries;
    QLabel *m_summary;
    QTableWidget *m_table;
    QLabel *m_rotation;
    QCheckBox *m_autoRefresh;
    QPushButton *m_open;
    QPushButton *m_copy;
    QPushButton *m_introspect;
    QPushButton *m_revoke;
    QPushButton *m_userinfo;
    QPlainTextEdit *m_result;
    QTimer *m_countdown;
};
