// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jose/decodedtoken.h"

#include <QWidget>

class ClaimsModel;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;
class QTimer;

// What a token is and says: its kind with a one-line summary, any decoding problems, the live
// expiry countdown, the header and payload as claims tables and as pretty JSON.
class DecodedTokenView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DecodedTokenView)

public:
    explicit DecodedTokenView(QWidget *parent = nullptr);

    void setToken(const Jose::DecodedToken &token);
    void clear();
    bool hasToken() const { return m_hasToken; }

    ClaimsModel *headerModel() const { return m_headerModel; }
    ClaimsModel *payloadModel() const { return m_payloadModel; }

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

public Q_SLOTS:
    // Moves the reference time of the claims tables and the expiry label to now (the 1 s tick).
    void refreshTimes();
    void copyJson();

Q_SIGNALS:
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateExpiry(const QDateTime &now);
    void applyTones();
    static QString kindTitle(Jose::TokenKind kind);
    static QString summary(const Jose::DecodedToken &token);
    static QString problemsText(const Jose::DecodedToken &token);
    static QString payloadText(const Jose::DecodedToken &token);

    Jose::DecodedToken m_token;
    bool m_hasToken = false;
    bool m_expired = false;
    QLabel *m_kindLabel;
    QLabel *m_summaryLabel;
    QLabel *m_problemsLabel;
    QLabel *m_expiryLabel;
    QPushButton *m_copyButton;
    QTabWidget *m_tabs;
    QSplitter *m_claimsSplitter;
    ClaimsModel *m_headerModel;
    ClaimsModel *m_payloadModel;
    QTableView *m_headerTable;
    QTableView *m_payloadTable;
    QPlainTextEdit *m_headerJson;
    QPlainTextEdit *m_payloadJson;
    QTimer *m_clock;
};
