// SPDX-License-Identifier: GPL-3.0-or-later
#include "responseview.h"
#include "namedbutton.h"

#include "confirmation.h"
#include "http/consolerequest.h"
#include "http/exchangelog.h"
#include "statuspalette.h"

#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QPlainTextEdit *bodyView(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *view = new QPlainTextEdit(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setReadOnly(true);
    view->setTabChangesFocus(true);
    view->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return view;
}

StatusPalette::Tone toneFor(const HttpResponse &response)
{
    if (response.status >= 200 && response.status < 300)
        return StatusPalette::Tone::Good;
    if (response.status >= 300 && response.status < 400)
        return StatusPalette::Tone::Neutral;
    if (response.status == 429)
        return StatusPalette::Tone::Caution;
    return StatusPalette::Tone::Bad;
}

} // namespace

ResponseView::ResponseView(QWidget *parent)
    : QWidget(parent)
    , m_messageBoxes(std::make_unique<MessageBoxConfirmation>())
    , m_confirmation(m_messageBoxes.get())
    , m_status(new QLabel(this))
    , m_meta(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_pretty(bodyView(QStringLiteral("responsePrettyBody"), tr("Response body, formatted"), this))
    , m_raw(bodyView(QStringLiteral("responseRawBody"), tr("Response body, as received"), this))
    , m_headers(new QTableWidget(0, 2, this))
    , m_copyBody(namedButton(tr("Copy body"), QStringLiteral("copyBodyButton"), tr("Copy the response body"), this))
    , m_copyCurl(namedButton(tr("Copy as curl"), QStringLiteral("copyCurlButton"),
                        tr("Copy the request as a curl command, secrets left out"), this))
    , m_copyCurlSecrets(namedButton(tr("Copy as curl with secrets…"), QStringLiteral("copyCurlSecretsButton"),
                               tr("Copy the request as a curl command with its secrets"), this))
{
    m_status->setObjectName(QStringLiteral("responseStatus"));
    m_status->setAccessibleName(tr("Response status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Long statuses ("No response yet: …", a network error) wrap rather than widen the page.
    m_status->setWordWrap(true);
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);
    m_meta->setObjectName(QStringLiteral("responseMeta"));
    m_meta->setAccessibleName(tr("Response time and size"));

    m_headers->setObjectName(QStringLiteral("responseHeadersTable"));
    m_headers->setAccessibleName(tr("Response headers"));
    m_headers->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->verticalHeader()->hide();
    m_headers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_headers->setTabKeyNavigation(false);
    m_headers->setWordWrap(false);

    m_tabs->setObjectName(QStringLiteral("responseTabs"));
    m_tabs->setAccessibleName(tr("Response body and headers"));
    m_tabs->tabBar()->setAccessibleName(tr("Response body and headers"));
    m_tabs->addTab(m_pretty, tr("&Pretty"));
    m_tabs->addTab(m_raw, tr("Ra&w"));
    m_tabs->addTab(m_headers, tr("Hea&ders"));

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status);
    statusRow->addWidget(m_meta, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copyBody);
    buttons->addStretch(1);
    buttons->addWidget(m_copyCurl);
    buttons->addWidget(m_copyCurlSecrets);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(statusRow);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);

    connect(m_copyBody, &QPushButton::clicked, this, &ResponseView::copyBody);
    connect(m_copyCurl, &QPushButton::clicked, this, &ResponseView::copyCurl);
    connect(m_copyCurlSecrets, &QPushButton::clicked, this, &ResponseView::copyCurlWithSecrets);
    clear();
}

ResponseView::~ResponseView() = default;

void ResponseView::setConfirmation(Confirmation *confirmation)
{
    m_confirmation = confirmation ? confirmation : m_messageBoxes.get();
}

void ResponseView::showExchange(const HttpExchange &exchange, const QByteArrayList &extraSecretHeaders)
{
    m_exchange = exchange;
    m_extraSecretHeaders = extraSecretHeaders;
    m_has = true;
    const HttpResponse &response = exchange.response;

    if (response.status == 0) {
        m_status->setText(tr("No response"));
    } else {
        const QString reason = reasonPhrase(response.status);
        m_status->setText(reason.isEmpty() ? QString::number(response.status)
                                           : tr("%1 %2").arg(QString::number(response.status), reason));
    }
    applyTone();

    QString meta = tr("%1 ms, %2").arg(QLocale().toString(response.elapsedMs), Console::formatSize(response.body.size()));
    if (!response.error.isEmpty())
        meta += u'\n' + response.error;
    m_meta->setText(meta);
    m_meta->setWordWrap(true);

    m_headers->setRowCount(0);
    for (const auto &[name, value] : response.headers) {
        const int row = m_headers->rowCount();
        m_headers->insertRow(row);
        m_headers->setItem(row, 0, new QTableWidgetItem(QString::fromLatin1(name)));
        m_headers->setItem(row, 1, new QTableWidgetItem(QString::fromLatin1(value)));
    }
    m_headers->resizeColumnToContents(0);

    const QString raw = QString::fromUtf8(response.body);
    m_raw->setPlainText(raw);
    QJsonParseError parseError{};
    const bool json = !response.body.trimmed().isEmpty()
                      && !QJsonDocument::fromJson(response.body, &parseError).isNull();
    m_pretty->setPlainText(json ? QString::fromUtf8(Console::formatJson(response.body)) : raw);
    updateButtons();
}

void ResponseView::clear()
{
    m_has = false;
    m_exchange = {};
    m_extraSecretHeaders.clear();
    m_status->setText(tr("No response yet: write a request and press Send (Ctrl+Return)."));
    applyTone();
    m_meta->clear();
    m_headers->setRowCount(0);
    m_pretty->clear();
    m_raw->clear();
    updateButtons();
}

void ResponseView::applyTone()
{
    QPalette palette = this->palette(); // the view's (light or dark), only the text tone set
    if (m_has)
        palette.setColor(QPalette::WindowText, StatusPalette::foreground(palette, toneFor(m_exchange.response)));
    m_status->setPalette(palette);
}

void ResponseView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTone(); // a light/dark switch: the tone is picked for the new palette
}

QString ResponseView::statusText() const { return m_status->text(); }
QString ResponseView::metaText() const { return m_meta->text(); }
QString ResponseView::prettyBody() const { return m_pretty->toPlainText(); }
QString ResponseView::rawBody() const { return m_raw->toPlainText(); }

void ResponseView::updateButtons()
{
    m_copyBody->setEnabled(m_has && !m_exchange.response.body.isEmpty());
    m_copyCurl->setEnabled(m_has);
    m_copyCurlSecrets->setEnabled(m_has);
}

void ResponseView::copyBody()
{
    if (!m_has)
        return;
    QGuiApplication::clipboard()->setText(QString::fromUtf8(m_exchange.response.body));
    Q_EMIT statusMessage(tr("Copied the response body."));
}

QString ResponseView::curl(bool redacted) const
{
    if (!redacted)
        return curlCommand(m_exchange, false);
    HttpExchange copy = m_exchange;
    for (auto &[name, value] : copy.request.headers) {
        for (const QByteArray &secret : m_extraSecretHeaders) {
            if (name.compare(secret, Qt::CaseInsensitive) == 0)
                value = Redaction::marker(value.size()).toUtf8();
        }
    }
    return curlCommand(copy, true);
}

void ResponseView::copyCurl()
{
    if (!m_has)
        return;
    QGuiApplication::clipboard()->setText(curl(true));
    Q_EMIT statusMessage(tr("Copied the curl command with its secrets left out: put them back before running it."));
}

void ResponseView::copyCurlWithSecrets()
{
    if (!m_has)
        return;
    const bool confirmed = m_confirmation->confirm(
        this, tr("Copy with secrets"),
        tr("The curl command will contain this request's secrets (tokens, API token, password) in plain text, and "
           "anything that reads the clipboard can see them. Clear the clipboard once you have pasted it."),
        tr("Copy with secrets"));
    if (!confirmed)
        return;
    QGuiApplication::clipboard()->setText(curl(false));
    Q_EMIT statusMessage(tr("Copied the curl command with its secrets."));
}

QString ResponseView::reasonPhrase(int status)
{
    switch (status) {
    case 100: return tr("Continue");
    case 101: return tr("Switching Protocols");
    case 200: return tr("OK");
    case 201: return tr("Created");
    case 202: return tr("Accepted");
    case 203: return tr("Non-Authoritative Information");
    case 204: return tr("No Content");
    case 205: return tr("Reset Content");
    case 206: return tr("Partial Content");
    case 300: return tr("Multiple Choices");
    case 301: return tr("Moved Permanently");
    case 302: return tr("Found");
    case 303: return tr("See Other");
    case 304: return tr("Not Modified");
    case 307: return tr("Temporary Redirect");
    case 308: return tr("Permanent Redirect");
    case 400: return tr("Bad Request");
    case 401: return tr("Unauthorized");
    case 402: return tr("Payment Required");
    case 403: return tr("Forbidden");
    case 404: return tr("Not Found");
    case 405: return tr("Method Not Allowed");
    case 406: return tr("Not Acceptable");
    case 407: return tr("Proxy Authentication Required");
    case 408: return tr("Request Timeout");
    case 409: return tr("Conflict");
    case 410: return tr("Gone");
    case 411: return tr("Length Required");
    case 412: return tr("Precondition Failed");
    case 413: return tr("Content Too Large");
    case 414: return tr("URI Too Long");
    case 415: return tr("Unsupported Media Type");
    case 416: return tr("Range Not Satisfiable");
    case 417: return tr("Expectation Failed");
    case 421: return tr("Misdirected Request");
    case 422: return tr("Unprocessable Content");
    case 425: return tr("Too Early");
    case 426: return tr("Upgrade Required");
    case 428: return tr("Precondition Required");
    case 429: return tr("Too Many Requests");
    case 431: return tr("Request Header Fields Too Large");
    case 500: return tr("Internal Server Error");
    case 501: return tr("Not Implemented");
    case 502: return tr("Bad Gateway");
    case 503: return tr("Service Unavailable");
    case 504: return tr("Gateway Timeout");
    case 505: return tr("HTTP Version Not Supported");
    default: return {};
    }
}
