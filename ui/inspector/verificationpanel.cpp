// SPDX-License-Identifier: GPL-3.0-or-later
#include "verificationpanel.h"

#include "itemmodels/checksmodel.h"
#include "keysourcewidget.h"
#include "lazyclearbutton.h"
#include "statuspalette.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QDateTime>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {

// Colours the status column from the view's palette; the text stays, so colour is never the
// only carrier of the verdict.
class CheckStatusColours final : public QIdentityProxyModel
{
public:
    CheckStatusColours(QWidget *view, QObject *parent)
        : QIdentityProxyModel(parent)
        , m_view(view)
    {
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (index.column() == ChecksModel::Status && (role == Qt::ForegroundRole || role == Qt::FontRole)) {
            const QVariant raw = QIdentityProxyModel::data(index, ChecksModel::UnderlyingDataRole);
            if (!raw.isValid())
                return QIdentityProxyModel::data(index, role);
            const auto status = Jose::CheckStatus(raw.toInt());
            if (role == Qt::FontRole) {
                QFont font = m_view->font();
                font.setBold(status == Jose::CheckStatus::Fail);
                return font;
            }
            using StatusPalette::Tone;
            const QPalette &palette = m_view->palette();
            switch (status) {
            case Jose::CheckStatus::Pass: return StatusPalette::foreground(palette, Tone::Good);
            case Jose::CheckStatus::Fail: return StatusPalette::foreground(palette, Tone::Bad);
            case Jose::CheckStatus::Warn: return StatusPalette::foreground(palette, Tone::Caution);
            case Jose::CheckStatus::Skip: return palette.color(QPalette::PlaceholderText);
            }
        }
        return QIdentityProxyModel::data(index, role);
    }

private:
    QWidget *m_view;
};

QLineEdit *makeLineEdit(const QString &objectName, const QString &accessibleName, const QString &placeholder, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(placeholder);
    LazyClearButton::enable(edit);
    return edit;
}

} // namespace

VerificationPanel::VerificationPanel(HttpClient *http, QWidget *parent)
    : QWidget(parent)
    , m_keySource(new KeySourceWidget(http, this))
    , m_issuer(makeLineEdit(QStringLiteral("expectedIssuerInput"), tr("Expected issuer"), tr("https://issuer.example (optional)"), this))
    , m_audience(makeLineEdit(QStringLiteral("expectedAudienceInput"), tr("Expected audience"), tr("client id or API (optional)"), this))
    , m_nonce(makeLineEdit(QStringLiteral("expectedNonceInput"), tr("Expected nonce"), tr("from the authorization request (optional)"), this))
    , m_clockSkew(new QSpinBox(this))
    , m_accessToken(makeLineEdit(QStringLiteral("accessTokenInput"), tr("Access token for at_hash"), tr("checks the ID token's at_hash (optional)"), this))
    , m_code(makeLineEdit(QStringLiteral("authorizationCodeInput"), tr("Authorization code for c_hash"), tr("checks the ID token's c_hash (optional)"), this))
    , m_role(new QComboBox(this))
    , m_banner(new QLabel(this))
    , m_checks(new ChecksModel(this))
    , m_checksView(new QTableView(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_recheck(new QTimer(this))
{
    m_keySource->setObjectName(QStringLiteral("keySource"));

    m_clockSkew->setObjectName(QStringLiteral("clockSkewSpin"));
    m_clockSkew->setAccessibleName(tr("Clock skew in seconds"));
    // The spin box's own line edit takes focus too: name it for screen readers as well.
    if (auto *edit = m_clockSkew->findChild<QLineEdit *>())
        edit->setAccessibleName(m_clockSkew->accessibleName());
    m_clockSkew->setRange(0, 3600);
    m_clockSkew->setValue(60);
    m_clockSkew->setSuffix(tr(" s"));
    m_clockSkew->setToolTip(tr("How far the clocks of issuer and this machine may disagree when judging exp, nbf and iat"));

    m_role->setObjectName(QStringLiteral("tokenRoleCombo"));
    m_role->setAccessibleName(tr("Token role"));
    m_role->addItem(tr("Automatic"), int(Jose::TokenRole::Auto));
    m_role->addItem(tr("ID token (OpenID Connect)"), int(Jose::TokenRole::IdToken));
    m_role->addItem(tr("Access token (RFC 9068)"), int(Jose::TokenRole::AccessToken));

    auto *keyGroup = new QGroupBox(tr("Verification key"), this);
    auto *keyLayout = new QVBoxLayout(keyGroup);
    keyLayout->addWidget(m_keySource);

    auto *expectGroup = new QGroupBox(tr("Expectations"), this);
    auto *form = new QFormLayout(expectGroup);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Issuer:"), m_issuer);
    form->addRow(tr("A&udience:"), m_audience);
    form->addRow(tr("&Nonce:"), m_nonce);
    form->addRow(tr("Clock ske&w:"), m_clockSkew);
    form->addRow(tr("Access &token:"), m_accessToken);
    form->addRow(tr("Co&de:"), m_code);
    form->addRow(tr("Rol&e:"), m_role);

    auto *inputs = new QWidget(this);
    auto *inputsLayout = new QVBoxLayout(inputs);
    inputsLayout->setContentsMargins(0, 0, 0, 0);
    inputsLayout->addWidget(keyGroup, 1);
    inputsLayout->addWidget(expectGroup);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("verificationInputsScroll"));
    scroll->setAccessibleName(tr("Verification inputs"));
    scroll->setWidget(inputs);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(inputs->minimumSizeHint().width() + scroll->verticalScrollBar()->sizeHint().width());

    m_banner->setObjectName(QStringLiteral("verdictBanner"));
    m_banner->setWordWrap(true);
    m_banner->setAccessibleName(tr("Verdict"));
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_checksView->setObjectName(QStringLiteral("checksTable"));
    m_checksView->setAccessibleName(tr("Verification checks"));
    m_checksView->setModel(new CheckStatusColours(m_checksView, m_checksView));
    static_cast<QIdentityProxyModel *>(m_checksView->model())->setSourceModel(m_checks);
    m_checksView->setAlternatingRowColors(true);
    m_checksView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_checksView->setTabKeyNavigation(false);
    m_checksView->setWordWrap(true);
    m_checksView->verticalHeader()->setVisible(false);
    // Rows follow their wrapped detail text as the column width changes.
    m_checksView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Name and status as wide as their longest text in any language ("Fehlgeschlagen"); the
    // detail takes the rest and wraps.
    m_checksView->horizontalHeader()->setSectionResizeMode(ChecksModel::Name, QHeaderView::ResizeToContents);
    m_checksView->horizontalHeader()->setSectionResizeMode(ChecksModel::Status, QHeaderView::ResizeToContents);
    m_checksView->horizontalHeader()->setSectionResizeMode(ChecksModel::Detail, QHeaderView::Stretch);

    auto *verdict = new QWidget(this);
    auto *verdictLayout = new QVBoxLayout(verdict);
    verdictLayout->setContentsMargins(0, 0, 0, 0);
    auto *verdictLabel = new QLabel(tr("Verdi&ct"), verdict);
    verdictLabel->setBuddy(m_checksView);
    verdictLayout->addWidget(verdictLabel);
    verdictLayout->addWidget(m_banner);
    verdictLayout->addWidget(m_checksView, 1);

    m_splitter->setObjectName(QStringLiteral("verificationSplitter"));
    m_splitter->addWidget(scroll);
    m_splitter->addWidget(verdict);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    m_recheck->setSingleShot(true);
    connect(m_recheck, &QTimer::timeout, this, &VerificationPanel::verify);
    connect(m_keySource, &KeySourceWidget::keysChanged, this, &VerificationPanel::verify);
    connect(m_keySource, &KeySourceWidget::statusMessage, this, &VerificationPanel::statusMessage);
    for (QLineEdit *edit : {m_issuer, m_audience, m_nonce, m_accessToken, m_code})
        connect(edit, &QLineEdit::textChanged, this, &VerificationPanel::verify);
    connect(m_clockSkew, &QSpinBox::valueChanged, this, &VerificationPanel::verify);
    connect(m_role, &QComboBox::currentIndexChanged, this, &VerificationPanel::verify);
    verify();
}

void VerificationPanel::setFileChooser(FileChooser *chooser)
{
    m_keySource->setFileChooser(chooser);
}

void VerificationPanel::setToken(const Jose::DecodedToken &token)
{
    m_token = token;
    // Nothing entered yet: offer the kind of key this token needs (an HMAC token needs the
    // shared secret, anything else public keys).
    if (m_keySource->isEmpty()) {
        const bool hmac = token.algorithm().startsWith(QLatin1String("HS"));
        m_keySource->setMode(hmac ? KeySourceWidget::Mode::SharedSecret : KeySourceWidget::Mode::PublicKeys);
    }
    verify();
}

void VerificationPanel::setExpectations(const Expectations &expectations)
{
    m_issuer->setText(expectations.issuer);
    m_audience->setText(expectations.audience);
    m_nonce->setText(expectations.nonce);
    m_accessToken->setText(expectations.accessToken);
    m_code->clear();
    m_role->setCurrentIndex(qMax(0, m_role->findData(int(expectations.role))));
    if (expectations.jwksUrl.isValid() && !expectations.jwksUrl.isEmpty()) {
        // KeySourceWidget has no URL setter: its URL field is found by its object name.
        m_keySource->setMode(KeySourceWidget::Mode::PublicKeys);
        if (auto *url = m_keySource->findChild<QLineEdit *>(QStringLiteral("jwksUrlInput"))) {
            url->setText(expectations.jwksUrl.toString());
            m_keySource->fetchUrl();
        }
    }
    verify();
}

void VerificationPanel::clearToken()
{
    m_token.reset();
    verify();
}

Jose::VerifyOptions VerificationPanel::options() const
{
    Jose::VerifyOptions options;
    options.keys = m_keySource->keySet();
    options.expectedIssuer = m_issuer->text().trimmed();
    options.expectedAudience = m_audience->text().trimmed();
    options.expectedNonce = m_nonce->text().trimmed();
    options.clockSkew = std::chrono::seconds(m_clockSkew->value());
    options.accessToken = m_accessToken->text().trimmed();
    options.authorizationCode = m_code->text().trimmed();
    options.role = Jose::TokenRole(m_role->currentData().toInt());
    return options;
}

QString VerificationPanel::bannerText() const
{
    return m_banner->text();
}

void VerificationPanel::verify()
{
    m_recheck->stop();
    if (!m_token) {
        m_checks->clear();
        showVerdict(Verdict::None, tr("Paste a token to verify it."));
        return;
    }
    if (m_token->kind == Jose::TokenKind::Opaque) {
        m_checks->clear();
        showVerdict(Verdict::Opaque, tr("Opaque token: it cannot be verified here; the authorization server's "
                                        "introspection endpoint says whether it is active."));
        return;
    }

    const Jose::VerifyReport report = Jose::verifyToken(*m_token, options());
    m_checks->setReport(report);

    int failed = 0;
    int warnings = 0;
    for (const Jose::Check &check : report.checks) {
        failed += check.status == Jose::CheckStatus::Fail;
        warnings += check.status == Jose::CheckStatus::Warn;
    }
    const Jose::Check *signature = report.find(u"signature");
    if (failed > 0 || !report.valid())
        showVerdict(Verdict::Invalid, tr("Invalid: %n check(s) failed", nullptr, qMax(failed, 1)));
    else if (m_token->kind == Jose::TokenKind::Jwe)
        showVerdict(Verdict::Encrypted, tr("Encrypted: the header checks pass; the claims can only be checked by the recipient, "
                                           "who holds the decryption key."));
    else if (!signature || signature->status != Jose::CheckStatus::Pass)
        showVerdict(Verdict::Unchecked, tr("Not verified: the claims pass, but the signature was not checked. Add a key or secret."));
    else if (warnings > 0)
        showVerdict(Verdict::ValidWithWarnings, tr("Valid, with %n warning(s)", nullptr, warnings));
    else
        showVerdict(Verdict::Valid, tr("Valid"));
    scheduleTimeRecheck();
    Q_EMIT verified(report);
}

// The verdict on exp, nbf and iat changes by itself as time passes: verify again at the next
// instant one of them flips (judged with the clock skew), so a "Valid" never outlives its token.
void VerificationPanel::scheduleTimeRecheck()
{
    if (!m_token || !m_token->claims)
        return;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 skew = m_clockSkew->value();
    qint64 next = 0;
    const auto consider = [&](const char *claim, qint64 offset) {
        const QJsonValue value = m_token->claims->value(QLatin1String(claim));
        if (!value.isDouble())
            return;
        const qint64 at = qint64(value.toDouble()) + offset;
        if (at >= now && (next == 0 || at < next))
            next = at;
    };
    consider("exp", skew);
    consider("nbf", -skew);
    consider("iat", -skew);
    if (next == 0)
        return;
    constexpr qint64 MaxDelayMs = 24LL * 3600 * 1000;
    m_recheck->start(int(qMin((next - now + 1) * 1000, MaxDelayMs)));
}

void VerificationPanel::showVerdict(Verdict verdict, const QString &text)
{
    using StatusPalette::Tone;
    m_verdict = verdict;
    m_banner->setText(text);
    m_banner->setAccessibleDescription(text);
    Tone tone = Tone::Neutral;
    switch (verdict) {
    case Verdict::Valid: tone = Tone::Good; break;
    case Verdict::ValidWithWarnings:
    case Verdict::Unchecked: tone = Tone::Caution; break;
    case Verdict::Encrypted: tone = Tone::Neutral; break;
    case Verdict::Invalid: tone = Tone::Bad; break;
    case Verdict::None:
    case Verdict::Opaque: tone = Tone::Neutral; break;
    }
    m_banner->setStyleSheet(StatusPalette::bannerStyleSheet(palette(), tone));
}

QByteArray VerificationPanel::saveState() const
{
    return m_splitter->saveState();
}

void VerificationPanel::restoreState(const QByteArray &state)
{
    m_splitter->restoreState(state);
}

void VerificationPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        showVerdict(m_verdict, m_banner->text());
}
