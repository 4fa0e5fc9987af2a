// SPDX-License-Identifier: GPL-3.0-or-later
#include "setup/trypage.h"

#include "jose/decodedtoken.h"
#include "oauth/authorizationcodeflow.h"
#include "oauth/tokenrequest.h"
#include "profiles/profilestore.h"
#include "setup/setupwizard.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Setup {

namespace {

QString describe(const QString &title, const QString &token)
{
    const Jose::DecodedToken decoded = Jose::decodeToken(token);
    QString text = title + QLatin1Char('\n');
    if (decoded.claims) {
        text += QString::fromUtf8(QJsonDocument(decoded.header).toJson(QJsonDocument::Indented));
        text += QString::fromUtf8(QJsonDocument(*decoded.claims).toJson(QJsonDocument::Indented));
    } else {
        text += SetupWizard::tr("(not a JWT: an opaque token of %n character(s))", nullptr, int(token.size()))
                + QLatin1Char('\n');
    }
    return text;
}

} // namespace

TryPage::TryPage(SetupWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_tokens(new OAuth::TokenClient(wizard->http(), wizard->secrets(), this))
{
    setObjectName(QStringLiteral("tryPage"));
    setTitle(tr("Try It"));
    setSubTitle(tr("Sign in to the new workspace in the browser with one of the mock users."));
    setFinalPage(true);

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("tryHintLabel"));
    m_hint->setWordWrap(true);
    m_signIn = new QPushButton(tr("&Sign In in the Browser"), this);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setAccessibleName(tr("Sign in in the browser"));
    m_cancel = new QPushButton(tr("&Cancel Sign-in"), this);
    m_cancel->setObjectName(QStringLiteral("cancelSignInButton"));
    m_cancel->setAccessibleName(tr("Cancel sign-in"));
    m_cancel->setEnabled(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("tryStatusLabel"));
    m_status->setAccessibleName(tr("Sign-in status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *decodedLabel = new QLabel(tr("&Decoded tokens:"), this);
    m_decoded = new QPlainTextEdit(this);
    m_decoded->setObjectName(QStringLiteral("decodedTokensView"));
    m_decoded->setAccessibleName(tr("Decoded tokens"));
    m_decoded->setReadOnly(true);
    m_decoded->setLineWrapMode(QPlainTextEdit::NoWrap);
    decodedLabel->setBuddy(m_decoded);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_signIn);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(decodedLabel);
    layout->addWidget(m_decoded, 1);

    connect(m_signIn, &QPushButton::clicked, this, &TryPage::signIn);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_flow)
            m_flow->cancel();
    });
}

void TryPage::initializePage()
{
    const QString user = m_wizard->progress().userName;
    m_hint->setText(user.isEmpty() ? tr("Sign in with one of the identity provider's users.")
                                   : tr("Sign in as \"%1\" with the password you gave in the users table.").arg(user));
}

void TryPage::cleanupPage()
{
    if (m_flow)
        m_flow->cancel();
}

bool TryPage::isComplete() const
{
    // Finishing without trying is fine: everything is created already.
    return !m_flow || !m_flow->isRunning();
}

QString TryPage::decodedText() const
{
    return m_decoded->toPlainText();
}

void TryPage::signIn()
{
    if (m_flow && m_flow->isRunning())
        return;
    const auto profile = m_wizard->profiles()->findById(m_wizard->progress().clientProfileId);
    if (!profile) {
        m_status->setText(tr("The application's connection is gone: go back and create the application again."));
        emit tryFinished(false);
        return;
    }
    if (!m_flow) {
        m_flow = new OAuth::AuthorizationCodeFlow(m_tokens, m_wizard->http(), m_wizard->browserLauncher(), this);
        connect(m_flow, &OAuth::AuthorizationCodeFlow::browserOpened, this,
                [this] { m_status->setText(tr("Waiting for the sign-in in the browser…")); });
        connect(m_flow, &OAuth::AuthorizationCodeFlow::tokenRequestSent, this,
                [this] { m_status->setText(tr("Exchanging the code for tokens…")); });
        connect(m_flow, &OAuth::AuthorizationCodeFlow::finished, this, &TryPage::onFinished);
    }
    m_decoded->clear();
    m_signIn->setEnabled(false);
    m_cancel->setEnabled(true);
    m_status->setText(tr("Opening the browser…"));
    emit completeChanged();
    m_flow->start(*profile, OAuth::AuthorizationCodeFlow::Options{});
}

void TryPage::onFinished(const OAuth::AuthorizationCodeResult &result)
{
    m_signIn->setEnabled(true);
    m_cancel->setEnabled(false);
    emit completeChanged();
    if (!result.ok() || !result.token) {
        m_status->setText(result.message.isEmpty() ? tr("The sign-in did not complete: try again.") : result.message);
        emit tryFinished(false);
        return;
    }
    const auto profile = m_wizard->profiles()->findById(m_wizard->progress().clientProfileId);
    const Profiles::Profile used = profile.value_or(Profiles::Profile{});
    OAuth::TokenSet set = OAuth::TokenSet::fromResponse(*result.token, used, OAuth::Grant::AuthorizationCode,
                                                        QDateTime::currentDateTimeUtc(), used.scopes);
    set.nonce = m_flow->request().nonce;
    QString text;
    if (!set.idToken.isEmpty())
        text += describe(tr("ID token"), set.idToken) + QLatin1Char('\n');
    if (!set.accessToken.isEmpty())
        text += describe(tr("Access token"), set.accessToken);
    m_decoded->setPlainText(text);
    m_status->setText(tr("Signed in: the workspace works. The tokens are on the Tokens page too."));
    m_done = true;
    emit m_wizard->tokensReceived(set);
    emit tryFinished(true);
}

} // namespace Setup
