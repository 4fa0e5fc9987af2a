// SPDX-License-Identifier: GPL-3.0-or-later
#include "decodedtokenview.h"

#include "itemmodels/claimsmodel.h"
#include "jose/claimcatalogue.h"
#include "jose/tokenjson.h"
#include "statuspalette.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStringDecoder>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {

QTableView *makeClaimsTable(ClaimsModel *model, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setModel(model);
    table->setAlternatingRowColors(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // One line per claim: long values elide and show in full in the JSON tab and tooltips.
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideRight);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->setVisible(false);
    // Compact single-line rows; the style's default is sized for wrapped text.
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->setColumnWidth(ClaimsModel::Name, 110);
    table->setColumnWidth(ClaimsModel::Value, 240);
    table->setColumnWidth(ClaimsModel::Interpretation, 300);
    return table;
}

QPlainTextEdit *makeJsonView(QWidget *parent)
{
    auto *view = new QPlainTextEdit(parent);
    view->setReadOnly(true);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    view->setTabChangesFocus(true);
    return view;
}

QString partTitle(Jose::TokenPart part)
{
    using Jose::TokenPart;
    switch (part) {
    case TokenPart::Whole: return DecodedTokenView::tr("Token");
    case TokenPart::Header: return DecodedTokenView::tr("Header");
    case TokenPart::Payload: return DecodedTokenView::tr("Payload");
    case TokenPart::Signature: return DecodedTokenView::tr("Signature");
    case TokenPart::EncryptedKey: return DecodedTokenView::tr("Encrypted key");
    case TokenPart::InitializationVector: return DecodedTokenView::tr("Initialization vector");
    case TokenPart::Ciphertext: return DecodedTokenView::tr("Ciphertext");
    case TokenPart::AuthenticationTag: return DecodedTokenView::tr("Authentication tag");
    }
    return {};
}

} // namespace

DecodedTokenView::DecodedTokenView(QWidget *parent)
    : QWidget(parent)
    , m_kindLabel(new QLabel(this))
    , m_summaryLabel(new QLabel(this))
    , m_problemsLabel(new QLabel(this))
    , m_expiryLabel(new QLabel(this))
    , m_copyButton(new QPushButton(tr("Cop&y as JSON"), this))
    , m_tabs(new QTabWidget(this))
    , m_claimsSplitter(new QSplitter(Qt::Vertical, this))
    , m_headerModel(new ClaimsModel(this))
    , m_payloadModel(new ClaimsModel(this))
    , m_headerTable(makeClaimsTable(m_headerModel, this))
    , m_payloadTable(makeClaimsTable(m_payloadModel, this))
    , m_headerJson(makeJsonView(this))
    , m_payloadJson(makeJsonView(this))
    , m_clock(new QTimer(this))
{
    m_kindLabel->setObjectName(QStringLiteral("tokenKindLabel"));
    QFont bold = m_kindLabel->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_kindLabel->setFont(bold);
    m_summaryLabel->setObjectName(QStringLiteral("tokenSummaryLabel"));
    m_summaryLabel->setAccessibleName(tr("Token summary"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problemsLabel->setObjectName(QStringLiteral("tokenProblemsLabel"));
    m_problemsLabel->setAccessibleName(tr("Decoding problems"));
    m_problemsLabel->setWordWrap(true);
    m_problemsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_expiryLabel->setObjectName(QStringLiteral("expiryLabel"));
    m_expiryLabel->setAccessibleName(tr("Expiry"));
    m_expiryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_copyButton->setObjectName(QStringLiteral("copyJsonButton"));
    m_copyButton->setAccessibleName(tr("Copy decoded token as JSON"));
    m_copyButton->setToolTip(tr("Copy the decoded header, payload and problems as JSON (as `tokenscope decode` prints them)"));

    m_headerTable->setObjectName(QStringLiteral("headerClaimsTable"));
    m_headerTable->setAccessibleName(tr("Header parameters"));
    m_payloadTable->setObjectName(QStringLiteral("payloadClaimsTable"));
    m_payloadTable->setAccessibleName(tr("Payload claims"));
    m_headerJson->setObjectName(QStringLiteral("headerJsonView"));
    m_headerJson->setAccessibleName(tr("Header JSON"));
    m_payloadJson->setObjectName(QStringLiteral("payloadJsonView"));
    m_payloadJson->setAccessibleName(tr("Payload JSON"));

    auto *payloadBox = new QWidget(m_claimsSplitter);
    auto *payloadLayout = new QVBoxLayout(payloadBox);
    payloadLayout->setContentsMargins(0, 0, 0, 0);
    auto *payloadLabel = new QLabel(tr("&Payload"), payloadBox);
    payloadLabel->setBuddy(m_payloadTable);
    payloadLayout->addWidget(payloadLabel);
    payloadLayout->addWidget(m_payloadTable);
    auto *headerBox = new QWidget(m_claimsSplitter);
    auto *headerLayout = new QVBoxLayout(headerBox);
    headerLayout->setContentsMargins(0, 0, 0, 0);
    auto *headerLabel = new QLabel(tr("He&ader"), headerBox);
    headerLabel->setBuddy(m_headerTable);
    headerLayout->addWidget(headerLabel);
    headerLayout->addWidget(m_headerTable);
    m_claimsSplitter->setObjectName(QStringLiteral("claimsSplitter"));
    m_claimsSplitter->addWidget(payloadBox);
    m_claimsSplitter->addWidget(headerBox);
    m_claimsSplitter->setStretchFactor(0, 3);
    m_claimsSplitter->setStretchFactor(1, 1);
    m_claimsSplitter->setChildrenCollapsible(false);

    auto *jsonPage = new QWidget(this);
    auto *jsonLayout = new QVBoxLayout(jsonPage);
    jsonLayout->setContentsMargins(0, 0, 0, 0);
    auto *headerJsonLabel = new QLabel(tr("Header"), jsonPage);
    headerJsonLabel->setBuddy(m_headerJson);
    auto *payloadJsonLabel = new QLabel(tr("Payload"), jsonPage);
    payloadJsonLabel->setBuddy(m_payloadJson);
    jsonLayout->addWidget(headerJsonLabel);
    jsonLayout->addWidget(m_headerJson, 1);
    jsonLayout->addWidget(payloadJsonLabel);
    jsonLayout->addWidget(m_payloadJson, 3);

    m_tabs->setObjectName(QStringLiteral("decodedTabs"));
    m_tabs->setAccessibleName(tr("Decoded token views"));
    m_tabs->tabBar()->setObjectName(QStringLiteral("decodedTabBar"));
    m_tabs->tabBar()->setAccessibleName(tr("Decoded token views"));
    m_tabs->addTab(m_claimsSplitter, tr("Clai&ms"));
    m_tabs->addTab(jsonPage, tr("&JSON"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_kindLabel);
    top->addStretch(1);
    top->addWidget(m_expiryLabel);
    top->addWidget(m_copyButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_problemsLabel);
    layout->addWidget(m_tabs, 1);

    // Focus follows creation order, which is the visual order except for the two tables
    // (the payload is shown above the header).
    setTabOrder(m_payloadTable, m_headerTable);

    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, &DecodedTokenView::refreshTimes);
    connect(m_copyButton, &QPushButton::clicked, this, &DecodedTokenView::copyJson);
    clear();
}

void DecodedTokenView::clear()
{
    m_token = {};
    m_hasToken = false;
    m_clock->stop();
    m_kindLabel->setText(tr("No token"));
    m_summaryLabel->setText(tr("Paste a token above to see what it is and what it says."));
    m_problemsLabel->clear();
    m_problemsLabel->setVisible(false);
    m_expiryLabel->clear();
    m_expiryLabel->setVisible(false);
    m_copyButton->setEnabled(false);
    m_headerModel->clear();
    m_payloadModel->clear();
    m_headerJson->clear();
    m_payloadJson->clear();
}

void DecodedTokenView::setToken(const Jose::DecodedToken &token)
{
    m_token = token;
    m_hasToken = true;
    m_kindLabel->setText(kindTitle(token.kind));
    m_summaryLabel->setText(summary(token));
    const QString problems = problemsText(token);
    m_problemsLabel->setText(problems);
    m_problemsLabel->setVisible(!problems.isEmpty());
    m_copyButton->setEnabled(true);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_headerModel->setReferenceTime(now);
    m_payloadModel->setReferenceTime(now);
    if (token.header.isEmpty())
        m_headerModel->clear();
    else
        m_headerModel->setClaims(token.header, Jose::ClaimLocation::Header);
    if (token.claims)
        m_payloadModel->setClaims(*token.claims, Jose::ClaimLocation::Payload);
    else
        m_payloadModel->clear();

    m_headerJson->setPlainText(token.header.isEmpty() ? QString()
                                                      : QString::fromUtf8(QJsonDocument(token.header).toJson(QJsonDocument::Indented)));
    m_payloadJson->setPlainText(payloadText(token));

    updateExpiry(now);
    if (token.claims)
        m_clock->start();
    else
        m_clock->stop();
    applyTones();
}

void DecodedTokenView::refreshTimes()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_headerModel->setReferenceTime(now);
    m_payloadModel->setReferenceTime(now);
    updateExpiry(now);
}

void DecodedTokenView::copyJson()
{
    if (!m_hasToken)
        return;
    const QJsonDocument document(Jose::decodeToJson(m_token));
    QApplication::clipboard()->setText(QString::fromUtf8(document.toJson(QJsonDocument::Indented)));
    Q_EMIT statusMessage(tr("Copied the decoded token as JSON"));
}

QByteArray DecodedTokenView::saveState() const
{
    return m_claimsSplitter->saveState();
}

void DecodedTokenView::restoreState(const QByteArray &state)
{
    m_claimsSplitter->restoreState(state);
}

void DecodedTokenView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTones();
}

void DecodedTokenView::updateExpiry(const QDateTime &now)
{
    const bool expired = m_expired;
    if (!m_token.claims || m_token.kind == Jose::TokenKind::Malformed) {
        m_expiryLabel->setVisible(false);
        m_expired = false;
    } else {
        const QJsonValue exp = m_token.claims->value(QLatin1String("exp"));
        if (exp.isDouble()) {
            const QDateTime at = QDateTime::fromSecsSinceEpoch(qint64(exp.toDouble()), Qt::UTC);
            m_expiryLabel->setText(Jose::describeTimeClaim(u"exp", at, now));
            m_expiryLabel->setToolTip(tr("Expires at %1 UTC").arg(at.toString(Qt::ISODate)));
            m_expired = at <= now;
        } else {
            m_expiryLabel->setText(tr("no expiry (exp) claim"));
            m_expiryLabel->setToolTip({});
            m_expired = false;
        }
        m_expiryLabel->setVisible(true);
    }
    if (expired != m_expired)
        applyTones();
}

void DecodedTokenView::applyTones()
{
    using StatusPalette::Tone;
    const QPalette base = QWidget::palette();

    QPalette expiry = base;
    expiry.setColor(QPalette::WindowText, m_expired ? StatusPalette::foreground(base, Tone::Bad) : base.color(QPalette::WindowText));
    m_expiryLabel->setPalette(expiry);

    QPalette problems = base;
    const bool fatal = m_token.kind == Jose::TokenKind::Malformed;
    problems.setColor(QPalette::WindowText, StatusPalette::foreground(base, fatal ? Tone::Bad : Tone::Caution));
    m_problemsLabel->setPalette(problems);
}

QString DecodedTokenView::kindTitle(Jose::TokenKind kind)
{
    switch (kind) {
    case Jose::TokenKind::Jws: return tr("JWS: a signed JWT");
    case Jose::TokenKind::Jwe: return tr("JWE: an encrypted JWT");
    case Jose::TokenKind::Unsecured: return tr("Unsecured JWT (alg \"none\")");
    case Jose::TokenKind::Opaque: return tr("Opaque token");
    case Jose::TokenKind::Malformed: return tr("Malformed token");
    }
    return {};
}

QString DecodedTokenView::summary(const Jose::DecodedToken &token)
{
    const auto headerString = [&token](const char *name) {
        return token.header.value(QLatin1String(name)).toString();
    };
    QStringList parts;
    const auto add = [&parts](const QString &label, const QString &value) {
        if (!value.isEmpty())
            parts << label.arg(value);
    };

    switch (token.kind) {
    case Jose::TokenKind::Jws:
        add(tr("alg %1"), headerString("alg"));
        add(tr("kid %1"), headerString("kid"));
        add(tr("typ %1"), headerString("typ"));
        if (!token.payloadIsJson())
            parts << tr("payload is not a JSON object");
        break;
    case Jose::TokenKind::Jwe:
        add(tr("alg %1"), headerString("alg"));
        add(tr("enc %1"), headerString("enc"));
        add(tr("kid %1"), headerString("kid"));
        add(tr("cty %1"), headerString("cty"));
        parts << tr("payload encrypted: only the recipient's private key can read it");
        break;
    case Jose::TokenKind::Unsecured:
        add(tr("typ %1"), headerString("typ"));
        parts << tr("no signature: anyone could have written it, never accept it");
        break;
    case Jose::TokenKind::Opaque:
        parts << tr("length %1").arg(token.opaque.length);
        add(tr("character set %1"), token.opaque.characterSet);
        parts << tr("not a JWT: ask the authorization server's introspection endpoint (RFC 7662) what it stands for");
        break;
    case Jose::TokenKind::Malformed:
        parts << tr("cannot be decoded: see the problems below");
        break;
    }
    return parts.join(QStringLiteral(" · "));
}

QString DecodedTokenView::problemsText(const Jose::DecodedToken &token)
{
    QStringList lines;
    for (const Jose::DecodeProblem &problem : token.problems)
        lines << tr("%1: %2").arg(partTitle(problem.part), problem.detail);
    return lines.join(u'\n');
}

QString DecodedTokenView::payloadText(const Jose::DecodedToken &token)
{
    if (token.kind == Jose::TokenKind::Jwe)
        return tr("(encrypted)");
    if (token.claims)
        return QString::fromUtf8(QJsonDocument(*token.claims).toJson(QJsonDocument::Indented));
    if (token.payload.isEmpty())
        return {};
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(token.payload);
    if (!decoder.hasError())
        return text;
    return tr("(binary payload, %n byte(s))", nullptr, int(token.payload.size()));
}
