// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The request console's response side: status line (code and reason, coloured for the palette),
// time and size, the headers, the body pretty (JSON formatted) or raw; copy the body, copy the
// request as curl with its secrets left out, or with them after a confirmation.

#include "http/httpclient.h"

#include <QByteArrayList>
#include <QWidget>

#include <memory>

class Confirmation;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTabWidget;

class ResponseView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResponseView)

public:
    explicit ResponseView(QWidget *parent = nullptr);
    ~ResponseView() override;

    // The confirmation seam for "Copy as curl with secrets…" (tests); null: a message box.
    void setConfirmation(Confirmation *confirmation);

    // extraSecretHeaders: header names whose values are secrets although the exchange log's
    // redaction does not know them (a profile's API-token header, e.g. X-Api-Key).
    void showExchange(const HttpExchange &exchange, const QByteArrayList &extraSecretHeaders = {});
    void clear();

    bool hasExchange() const { return m_has; }
    QString statusText() const;
    QString metaText() const;
    QString prettyBody() const;
    QString rawBody() const;

    // The reason phrase of a status code (RFC 9110 §15), empty when unknown.
    static QString reasonPhrase(int status);

public Q_SLOTS:
    void copyBody();
    void copyCurl();
    void copyCurlWithSecrets();

Q_SIGNALS:
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTone();
    QString curl(bool redacted) const;
    void updateButtons();

    std::unique_ptr<Confirmation> m_messageBoxes;
    Confirmation *m_confirmation;
    HttpExchange m_exchange;
    QByteArrayList m_extraSecretHeaders;
    bool m_has = false;

    QLabel *m_status;
    QLabel *m_meta;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_pretty;
    QPlainTextEdit *m_raw;
    QTableWidget *m_headers;
    QPushButton *m_copyBody;
    QPushButton *m_copyCurl;
    QPushButton *m_copyCurlSecrets;
};
