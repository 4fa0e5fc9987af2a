// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokeninspector.h"

#include "decodedtokenview.h"
#include "tokeninputpanel.h"
#include "tokentextedit.h"
#include "verificationpanel.h"

#include <QDataStream>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QIODevice>
#include <QMimeData>
#include <QSplitter>
#include <QVBoxLayout>

namespace {
constexpr quint32 StateMagic = 0x54534931; // "TSI1"
}

TokenInspector::TokenInspector(HttpClient *http, QWidget *parent)
    : QWidget(parent)
    , m_input(new TokenInputPanel(this))
    , m_decoded(new DecodedTokenView(this))
    , m_verification(new VerificationPanel(http, this))
    , m_vertical(new QSplitter(Qt::Vertical, this))
    , m_horizontal(new QSplitter(Qt::Horizontal, this))
{
    m_input->setObjectName(QStringLiteral("tokenInputPanel"));
    m_decoded->setObjectName(QStringLiteral("decodedTokenView"));
    m_verification->setObjectName(QStringLiteral("verificationPanel"));
    m_verification->setFileChooser(m_input->fileChooser());

    m_horizontal->setObjectName(QStringLiteral("inspectorHorizontalSplitter"));
    m_horizontal->addWidget(m_decoded);
    m_horizontal->addWidget(m_verification);
    m_horizontal->setStretchFactor(0, 3);
    m_horizontal->setStretchFactor(1, 2);
    m_horizontal->setChildrenCollapsible(false);

    m_vertical->setObjectName(QStringLiteral("inspectorVerticalSplitter"));
    m_vertical->addWidget(m_input);
    m_vertical->addWidget(m_horizontal);
    m_vertical->setStretchFactor(0, 1);
    m_vertical->setStretchFactor(1, 4);
    m_vertical->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_vertical);

    setAcceptDrops(true);

    connect(m_input, &TokenInputPanel::tokenChosen, this, &TokenInspector::showToken);
    connect(m_input, &TokenInputPanel::statusMessage, this, &TokenInspector::statusMessage);
    connect(m_decoded, &DecodedTokenView::statusMessage, this, &TokenInspector::statusMessage);
    connect(m_verification, &VerificationPanel::statusMessage, this, &TokenInspector::statusMessage);
}

TokenInspector::~TokenInspector() = default;

void TokenInspector::setFileChooser(FileChooser *chooser)
{
    m_input->setFileChooser(chooser);
    m_verification->setFileChooser(m_input->fileChooser());
}

void TokenInspector::setTokenText(const QString &text)
{
    m_input->setText(text);
}

bool TokenInspector::loadFile(const QString &path)
{
    return m_input->loadFile(path);
}

void TokenInspector::openFile()
{
    m_input->openFile();
}

void TokenInspector::showToken(const QString &token)
{
    if (token.isEmpty()) {
        m_token.reset();
        m_decoded->clear();
        m_verification->clearToken();
        return;
    }
    m_token = Jose::decodeToken(token);
    m_decoded->setToken(*m_token);
    m_verification->setToken(*m_token);
    Q_EMIT tokenDecoded(*m_token);
}

QByteArray TokenInspector::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << StateMagic << m_vertical->saveState() << m_horizontal->saveState() << m_decoded->saveState()
        << m_verification->saveState();
    return state;
}

bool TokenInspector::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    quint32 magic = 0;
    QByteArray vertical, horizontal, decoded, verification;
    in >> magic >> vertical >> horizontal >> decoded >> verification;
    if (in.status() != QDataStream::Ok || magic != StateMagic)
        return false;
    m_vertical->restoreState(vertical);
    m_horizontal->restoreState(horizontal);
    m_decoded->restoreState(decoded);
    m_verification->restoreState(verification);
    return true;
}

void TokenInspector::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (!TokenTextEdit::localFileOf(mime).isEmpty() || mime->hasText())
        event->acceptProposedAction();
}

void TokenInspector::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    const QString file = TokenTextEdit::localFileOf(mime);
    if (!file.isEmpty()) {
        m_input->loadFile(file);
        event->acceptProposedAction();
    } else if (mime->hasText()) {
        m_input->setText(mime->text());
        event->acceptProposedAction();
    }
}
