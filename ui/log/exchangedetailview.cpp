// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchangedetailview.h"

#include "http/exchangeformat.h"
#include "http/exchangelog.h"

#include <QFontDatabase>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QVBoxLayout>

namespace {

QPlainTextEdit *textView(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *view = new QPlainTextEdit(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Tab moves on instead of being typed (read-only anyway).
    view->setTabChangesFocus(true);
    return view;
}

} // namespace

ExchangeDetailView::ExchangeDetailView(ExchangeLog *log, QWidget *parent)
    : QWidget(parent)
    , m_log(log)
    , m_title(new QLabel(this))
    , m_requestLabel(new QLabel(tr("Request"), this))
    , m_responseLabel(new QLabel(tr("Response"), this))
    , m_request(textView(QStringLiteral("requestText"), tr("Request"), this))
    , m_response(textView(QStringLiteral("responseText"), tr("Response"), this))
{
    m_title->setObjectName(QStringLiteral("entryTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setAccessibleName(tr("Selected entry"));
    m_requestLabel->setBuddy(m_request);
    m_responseLabel->setBuddy(m_response);

    auto *requestBox = new QWidget(this);
    auto *requestLayout = new QVBoxLayout(requestBox);
    requestLayout->setContentsMargins(0, 0, 0, 0);
    requestLayout->addWidget(m_requestLabel);
    requestLayout->addWidget(m_request);
    auto *responseBox = new QWidget(this);
    auto *responseLayout = new QVBoxLayout(responseBox);
    responseLayout->setContentsMargins(0, 0, 0, 0);
    responseLayout->addWidget(m_responseLabel);
    responseLayout->addWidget(m_response);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("exchangeDetailSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(requestBox);
    splitter->addWidget(responseBox);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(splitter, 1);

    if (m_log) {
        connect(m_log, &ExchangeLog::entriesDropped, this, [this] {
            if (m_id && m_log->indexOfId(m_id) < 0)
                render(); // only when the shown entry is the one that left
        });
        connect(m_log, &ExchangeLog::cleared, this, &ExchangeDetailView::render);
    }
    render();
}

void ExchangeDetailView::showEntry(quint64 id)
{
    m_id = id;
    m_revealed = false;
    render();
}

void ExchangeDetailView::setRevealed(bool revealed)
{
    if (m_revealed == revealed)
        return;
    m_revealed = revealed;
    render();
}

void ExchangeDetailView::render()
{
    const int index = m_log && m_id ? m_log->indexOfId(m_id) : -1;
    if (index < 0) {
        m_title->setText(m_id ? tr("This entry has left the log (it keeps the latest %1).").arg(m_log ? m_log->capacity() : 0)
                              : tr("Select an entry to see its request and response."));
        m_request->clear();
        m_response->clear();
        m_revealed = false;
        return;
    }
    const ExchangeLogEntry &entry = m_log->at(index);
    const bool redacted = !m_revealed;
    const QString when = QLocale().toString(entry.at.toLocalTime(), QLocale::LongFormat);
    const QString source = entry.source.isEmpty() ? when : tr("%1, %2").arg(entry.source, when);

    if (entry.kind == ExchangeLogEntry::Kind::Step) {
        m_title->setText(tr("Step: %1 (%2)").arg(entry.title, source));
        m_requestLabel->setText(tr("Detail"));
        m_request->setPlainText(ExchangeFormat::stepDetail(entry.detail, redacted));
        m_responseLabel->setText(tr("Response"));
        m_response->clear();
        return;
    }
    m_title->setText(m_revealed ? tr("Exchange #%1 (%2), secrets shown").arg(entry.exchange.id).arg(source)
                                : tr("Exchange #%1 (%2)").arg(entry.exchange.id).arg(source));
    m_requestLabel->setText(tr("Request"));
    m_responseLabel->setText(tr("Response"));
    m_request->setPlainText(ExchangeFormat::requestText(entry.exchange, redacted));
    QString response = ExchangeFormat::responseText(entry.exchange, redacted);
    if (entry.responseBytes > entry.exchange.response.body.size()) {
        response += u'\n'
                    + tr("(The log kept the first %1 of the body's %2 bytes.)")
                          .arg(QLocale().toString(entry.exchange.response.body.size()),
                               QLocale().toString(entry.responseBytes));
    }
    m_response->setPlainText(response);
}
