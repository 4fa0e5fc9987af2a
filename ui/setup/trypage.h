// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Step 5: the authorization-code flow (PKCE) with the new client's profile in the browser,
// signing in as one of the mock users; the decoded tokens are shown and handed on
// (SetupWizard::tokensReceived) for the Tokens page.

#include "oauth/tokenset.h"

#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class SetupWizard;

namespace OAuth {
class AuthorizationCodeFlow;
class TokenClient;
struct AuthorizationCodeResult;
} // namespace OAuth

namespace Setup {

class TryPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TryPage)

public:
    explicit TryPage(SetupWizard *wizard);
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    void signIn(); // what "Sign In" does
    QString decodedText() const;

Q_SIGNALS:
    void tryFinished(bool ok);

private:
    void onFinished(const OAuth::AuthorizationCodeResult &result);

    SetupWizard *m_wizard;
    OAuth::TokenClient *m_tokens;
    OAuth::AuthorizationCodeFlow *m_flow = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_signIn = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_status = nullptr;
    QPlainTextEdit *m_decoded = nullptr;
    bool m_done = false;
};

} // namespace Setup
