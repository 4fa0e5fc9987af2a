// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jose/jsonwebkey.h"

#include <QWidget>

#include <optional>

class FileChooser;
class HttpClient;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTimer;
class QToolButton;

// Where verification keys come from: a JWKS / JWK / PEM / certificate pasted, loaded from a
// file or fetched from a URL, or an HMAC shared secret. Parsing is models/' loadKeys(); this
// widget only collects the bytes and shows what was loaded, skipped or wrong.
class KeySourceWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeySourceWidget)

public:
    enum class Mode { PublicKeys, SharedSecret };

    explicit KeySourceWidget(HttpClient *http, QWidget *parent = nullptr);

    void setFileChooser(FileChooser *chooser) { m_chooser = chooser; }

    Mode mode() const;
    void setMode(Mode mode);
    // The keys to verify with; nullopt when none are given or they failed to load.
    const std::optional<Jose::KeySet> &keySet() const { return m_keys; }
    QString statusText() const;

    // True when nothing was entered in either mode (so switching mode loses nothing).
    bool isEmpty() const;
    void setKeyText(const QString &text);
    void setSecret(const QString &secret);
    bool loadKeyFile(const QString &path);

public Q_SLOTS:
    void chooseKeyFile();
    void fetchUrl();

Q_SIGNALS:
    void keysChanged();
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void showStatus(const QString &text, bool problem);

    HttpClient *m_http;
    FileChooser *m_chooser = nullptr;
    QComboBox *m_mode;
    QStackedWidget *m_pages;
    QPlainTextEdit *m_keyText;
    QPushButton *m_loadButton;
    QLineEdit *m_urlEdit;
    QPushButton *m_fetchButton;
    QLineEdit *m_secretEdit;
    QToolButton *m_revealButton;
    QLabel *m_status;
    QTimer *m_debounce;
    QByteArray m_binaryKey; // a DER certificate loaded from a file: not shown as text
    QString m_binaryName;
    bool m_settingText = false;
    bool m_statusIsProblem = false;
    std::optional<Jose::KeySet> m_keys;
};
