// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jose/decodedtoken.h"
#include "jose/tokenverifier.h"

#include <QUrl>
#include <QWidget>

#include <optional>

class ChecksModel;
class FileChooser;
class HttpClient;
class KeySourceWidget;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QSplitter;
class QTableView;
class QTimer;

// Verification: the key source, what the token is expected to say, and the verdict (a banner
// and one row per check). Re-runs models/' verifyToken() whenever the token or an input changes.
class VerificationPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerificationPanel)

public:
    explicit VerificationPanel(HttpClient *http, QWidget *parent = nullptr);

    // What a token from a known connection should say, preset by the Tokens page. Empty fields
    // clear their input; a JWKS URL switches the key source to public keys and fetches it.
    struct Expectations
    {
        QString issuer;
        QString audience;
        QString nonce;
        QString accessToken; // for an ID token's at_hash
        QUrl jwksUrl;
        Jose::TokenRole role = Jose::TokenRole::Auto;
    };
    void setExpectations(const Expectations &expectations);

    void setFileChooser(FileChooser *chooser);
    void setToken(const Jose::DecodedToken &token);
    void clearToken();

    KeySourceWidget *keySource() const { return m_keySource; }
    ChecksModel *checksModel() const { return m_checks; }
    Jose::VerifyOptions options() const;
    QString bannerText() const;

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

public Q_SLOTS:
    void verify();

Q_SIGNALS:
    void verified(const Jose::VerifyReport &report);
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Verdict { None, Valid, ValidWithWarnings, Unchecked, Encrypted, Invalid, Opaque };
    void showVerdict(Verdict verdict, const QString &text);
    void scheduleTimeRecheck();

    std::optional<Jose::DecodedToken> m_token;
    KeySourceWidget *m_keySource;
    QLineEdit *m_issuer;
    QLineEdit *m_audience;
    QLineEdit *m_nonce;
    QSpinBox *m_clockSkew;
    QLineEdit *m_accessToken;
    QLineEdit *m_code;
    QComboBox *m_role;
    QLabel *m_banner;
    ChecksModel *m_checks;
    QTableView *m_checksView;
    QSplitter *m_splitter;
    QTimer *m_recheck;
    Verdict m_verdict = Verdict::None;
};
