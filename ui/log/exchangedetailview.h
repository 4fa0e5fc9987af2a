// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class ExchangeLog;
class QLabel;
class QPlainTextEdit;

// The selected log entry: request and response side by side (headers and bodies, JSON
// pretty-printed), redacted unless revealed. Holds the entry's id, not the entry: the log may
// drop it at any time, and then the view shows that it is gone.
class ExchangeDetailView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExchangeDetailView)

public:
    explicit ExchangeDetailView(ExchangeLog *log, QWidget *parent = nullptr);

    // 0: nothing selected. Showing another entry always hides its secrets again.
    void showEntry(quint64 id);
    quint64 entryId() const { return m_id; }
    void setRevealed(bool revealed);
    bool isRevealed() const { return m_revealed; }

    QPlainTextEdit *requestView() const { return m_request; }
    QPlainTextEdit *responseView() const { return m_response; }

private:
    void render();

    ExchangeLog *m_log;
    quint64 m_id = 0;
    bool m_revealed = false;
    QLabel *m_title;
    QLabel *m_requestLabel;
    QLabel *m_responseLabel;
    QPlainTextEdit *m_request;
    QPlainTextEdit *m_response;
};
