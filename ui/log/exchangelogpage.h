// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

class Confirmation;
class ExchangeDetailView;
class ExchangeLog;
class ExchangeLogModel;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

// The Log page: every HTTP exchange and flow step (ExchangeLog), filterable; the selected entry's
// request and response below, redacted. "Reveal secrets" shows them for the selected entry
// until the selection changes; "Copy as curl" copies the redacted command, "Copy as curl with
// secrets" asks first. Works on its own: the main window only places it.
class ExchangeLogPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExchangeLogPage)

public:
    ExchangeLogPage(ExchangeLog *log, QWidget *parent = nullptr);
    ~ExchangeLogPage() override;

    // Seam for tests; nullptr restores the real message box.
    void setConfirmation(Confirmation *confirmation);

    quint64 currentEntryId() const; // 0 when nothing is selected
    bool selectEntry(quint64 id);   // false when the entry is not (or no longer) shown

public Q_SLOTS:
    void copyCurl();
    void copyCurlWithSecrets();
    void clearLog();

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void currentRowChanged(const QModelIndex &current);
    void updateButtons();
    void setStatus(const QString &text);

    ExchangeLog *m_log;
    std::unique_ptr<Confirmation> m_messageBoxes;
    Confirmation *m_confirmation;
    QLineEdit *m_filter;
    QPushButton *m_clearButton;
    ExchangeLogModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QPushButton *m_revealButton;
    QPushButton *m_copyButton;
    QPushButton *m_copySecretsButton;
    QLabel *m_status;
    ExchangeDetailView *m_detail;
    bool m_followBottom = true; // the table was scrolled to the newest entry when rows arrived
};
