// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jose/decodedtoken.h"

#include <QWidget>

#include <optional>

class DecodedTokenView;
class FileChooser;
class HttpClient;
class QSplitter;
class TokenInputPanel;
class VerificationPanel;

// Paste any token and see what it is and whether it is valid. Three parts: the input (top), the
// decoded view (left) and the verification panel (right). Decoding and verifying are models/'
// decodeToken() and verifyToken(); this class only wires the parts together.
class TokenInspector final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenInspector)

public:
    // http may be null: fetching keys from a URL is then unavailable.
    explicit TokenInspector(HttpClient *http, QWidget *parent = nullptr);
    ~TokenInspector() override;

    // Not owned; nullptr restores the QFileDialog chooser. Used for token and key files.
    void setFileChooser(FileChooser *chooser);

    TokenInputPanel *inputPanel() const { return m_input; }
    DecodedTokenView *decodedView() const { return m_decoded; }
    VerificationPanel *verificationPanel() const { return m_verification; }
    const std::optional<Jose::DecodedToken> &currentToken() const { return m_token; }

    void setTokenText(const QString &text);
    bool loadFile(const QString &path);

    QByteArray saveState() const;
    bool restoreState(const QByteArray &state);

public Q_SLOTS:
    void openFile();

Q_SIGNALS:
    void tokenDecoded(const Jose::DecodedToken &token);
    void statusMessage(const QString &message);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void showToken(const QString &token);

    TokenInputPanel *m_input;
    DecodedTokenView *m_decoded;
    VerificationPanel *m_verification;
    QSplitter *m_vertical;
    QSplitter *m_horizontal;
    std::optional<Jose::DecodedToken> m_token;
};
