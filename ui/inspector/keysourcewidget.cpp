// SPDX-License-Identifier: GPL-3.0-or-later
#include "keysourcewidget.h"

#include "filechooser.h"
#include "lazyclearbutton.h"
#include "http/httpclient.h"
#include "jose/tokeninput.h"
#include "statuspalette.h"

#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStringDecoder>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

KeySourceWidget::KeySourceWidget(HttpClient *http, QWidget *parent)
    : QWidget(parent)
    , m_http(http)
    , m_mode(new QComboBox(this))
    , m_pages(new QStackedWidget(this))
    , m_keyText(new QPlainTextEdit(this))
    , m_loadButton(new QPushButton(tr("&Browse…"), this))
    , m_urlEdit(new QLineEdit(this))
    , m_fetchButton(new QPushButton(tr("&Get keys"), this))
    , m_secretEdit(new QLineEdit(this))
    , m_revealButton(new QToolButton(this))
    , m_status(new QLabel(this))
    , m_debounce(new QTimer(this))
{
    m_mode->setObjectName(QStringLiteral("keySourceCombo"));
    m_mode->setAccessibleName(tr("Key source"));
    m_mode->addItem(tr("Public keys: JWKS, JWK, PEM or certificate"));
    m_mode->addItem(tr("Shared secret (HMAC)"));
    m_mode->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_mode->setMinimumContentsLength(16);

    m_keyText->setObjectName(QStringLiteral("keyInput"));
    m_keyText->setAccessibleName(tr("Verification keys"));
    m_keyText->setPlaceholderText(tr("Paste a JWKS ({\"keys\": [...]}), a JWK, a PEM public key or a certificate"));
    m_keyText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_keyText->setTabChangesFocus(true);
    m_keyText->setMinimumHeight(70);
    m_keyText->setMaximumHeight(140);

    m_loadButton->setObjectName(QStringLiteral("loadKeyFileButton"));
    m_loadButton->setAccessibleName(tr("Load key file"));
    m_loadButton->setToolTip(tr("Load keys from a file: JWKS, JWK, PEM public key or certificate"));
    m_urlEdit->setObjectName(QStringLiteral("jwksUrlInput"));
    m_urlEdit->setAccessibleName(tr("JWKS URL"));
    m_urlEdit->setPlaceholderText(tr("https://issuer.example/.well-known/jwks.json"));
    LazyClearButton::enable(m_urlEdit);
    m_fetchButton->setObjectName(QStringLiteral("fetchJwksButton"));
    m_fetchButton->setAccessibleName(tr("Fetch keys from URL"));
    m_fetchButton->setToolTip(tr("Fetch the key set (JWKS) from the URL"));
    m_fetchButton->setEnabled(false);

    m_secretEdit->setObjectName(QStringLiteral("secretInput"));
    m_secretEdit->setAccessibleName(tr("Shared secret"));
    m_secretEdit->setEchoMode(QLineEdit::Password);
    m_secretEdit->setPlaceholderText(tr("The client secret or shared HMAC key"));
    m_revealButton->setObjectName(QStringLiteral("revealSecretButton"));
    m_revealButton->setAccessibleName(tr("Show secret"));
    m_revealButton->setText(tr("Show"));
    m_revealButton->setCheckable(true);
    m_revealButton->setFocusPolicy(Qt::StrongFocus);

    m_status->setObjectName(QStringLiteral("keyStatusLabel"));
    m_status->setAccessibleName(tr("Key status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *keysPage = new QWidget(m_pages);
    auto *keysLayout = new QVBoxLayout(keysPage);
    keysLayout->setContentsMargins(0, 0, 0, 0);
    keysLayout->addWidget(m_keyText, 1);
    auto *urlRow = new QHBoxLayout;
    auto *urlLabel = new QLabel(tr("U&RL:"), keysPage);
    urlLabel->setBuddy(m_urlEdit);
    urlRow->addWidget(m_loadButton);
    urlRow->addWidget(urlLabel);
    urlRow->addWidget(m_urlEdit, 1);
    urlRow->addWidget(m_fetchButton);
    keysLayout->addLayout(urlRow);

    auto *secretPage = new QWidget(m_pages);
    auto *secretLayout = new QVBoxLayout(secretPage);
    secretLayout->setContentsMargins(0, 0, 0, 0);
    auto *secretRow = new QHBoxLayout;
    auto *secretLabel = new QLabel(tr("Sec&ret:"), secretPage);
    secretLabel->setBuddy(m_secretEdit);
    secretRow->addWidget(secretLabel);
    secretRow->addWidget(m_secretEdit, 1);
    secretRow->addWidget(m_revealButton);
    secretLayout->addLayout(secretRow);
    auto *secretHint = new QLabel(tr("The secret stays in memory only; it is never saved or logged."), secretPage);
    secretHint->setWordWrap(true);
    secretHint->setForegroundRole(QPalette::PlaceholderText);
    secretLayout->addWidget(secretHint);
    secretLayout->addStretch(1);
    m_pages->addWidget(keysPage);
    m_pages->addWidget(secretPage);

    auto *modeLabel = new QLabel(tr("&Key source:"), this);
    modeLabel->setBuddy(m_mode);
    auto *modeRow = new QHBoxLayout;
    modeRow->addWidget(modeLabel);
    modeRow->addWidget(m_mode, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(modeRow);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_status);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &KeySourceWidget::reload);
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_pages->setCurrentIndex(index);
        reload();
    });
    connect(m_keyText, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_settingText) {
            m_binaryKey.clear();
            m_binaryName.clear();
        }
        m_debounce->start();
    });
    connect(m_secretEdit, &QLineEdit::textChanged, this, &KeySourceWidget::reload);
    connect(m_revealButton, &QToolButton::toggled, this, [this](bool shown) {
        m_secretEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_revealButton->setText(shown ? tr("Hide") : tr("Show"));
        m_revealButton->setAccessibleName(shown ? tr("Hide secret") : tr("Show secret"));
    });
    connect(m_loadButton, &QPushButton::clicked, this, &KeySourceWidget::chooseKeyFile);
    connect(m_fetchButton, &QPushButton::clicked, this, &KeySourceWidget::fetchUrl);
    connect(m_urlEdit, &QLineEdit::returnPressed, this, &KeySourceWidget::fetchUrl);
    connect(m_urlEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_fetchButton->setEnabled(m_http && !text.trimmed().isEmpty());
    });
    if (!m_http)
        m_urlEdit->setToolTip(tr("Fetching is not available here"));
    reload();
}

KeySourceWidget::Mode KeySourceWidget::mode() const
{
    return m_mode->currentIndex() == 1 ? Mode::SharedSecret : Mode::PublicKeys;
}

void KeySourceWidget::setMode(Mode mode)
{
    m_mode->setCurrentIndex(mode == Mode::SharedSecret ? 1 : 0);
}

QString KeySourceWidget::statusText() const
{
    return m_status->text();
}

bool KeySourceWidget::isEmpty() const
{
    return m_keyText->toPlainText().trimmed().isEmpty() && m_binaryKey.isEmpty() && m_secretEdit->text().isEmpty();
}

void KeySourceWidget::setKeyText(const QString &text)
{
    setMode(Mode::PublicKeys);
    m_keyText->setPlainText(text);
    m_debounce->stop();
    reload();
}

void KeySourceWidget::setSecret(const QString &secret)
{
    setMode(Mode::SharedSecret);
    m_secretEdit->setText(secret);
}

void KeySourceWidget::chooseKeyFile()
{
    if (!m_chooser)
        return;
    const QString path = m_chooser->openFile(this, tr("Open Key File"),
                                             tr("Keys and certificates (*.json *.jwks *.jwk *.pem *.crt *.cer *.der);;All files (*)"));
    if (!path.isEmpty())
        loadKeyFile(path);
}

bool KeySourceWidget::loadKeyFile(const QString &path)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.isFile()) {
        showStatus(tr("Cannot open %1: it is not a file.").arg(name), true);
        return false;
    }
    if (info.size() > Jose::MaxTokenInputBytes) {
        showStatus(tr("%1 is larger than 1 MiB and was not loaded.").arg(name), true);
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showStatus(tr("Cannot read %1: %2").arg(name, file.errorString()), true);
        return false;
    }
    const QByteArray bytes = file.read(Jose::MaxTokenInputBytes + 1);
    setMode(Mode::PublicKeys);
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes);
    m_settingText = true;
    if (decoder.hasError() || bytes.contains('\0')) {
        // A DER certificate: keep the bytes, say where they came from instead of showing them.
        m_binaryKey = bytes;
        m_binaryName = name;
        m_keyText->setPlainText(tr("(binary key file %1, %n byte(s))", nullptr, int(bytes.size())).arg(name));
    } else {
        m_binaryKey.clear();
        m_binaryName.clear();
        m_keyText->setPlainText(text);
    }
    m_settingText = false;
    m_debounce->stop();
    reload();
    Q_EMIT statusMessage(tr("Loaded keys from %1").arg(name));
    return true;
}

void KeySourceWidget::fetchUrl()
{
    if (!m_http)
        return;
    const QUrl url(m_urlEdit->text().trimmed(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) || url.host().isEmpty()) {
        showStatus(tr("Enter an http:// or https:// URL of a JWKS."), true);
        return;
    }
    m_fetchButton->setEnabled(false);
    showStatus(tr("Fetching %1…").arg(url.toDisplayString()), false);
    m_http->get(url, this, [this](const HttpResponse &response) {
        m_fetchButton->setEnabled(!m_urlEdit->text().trimmed().isEmpty());
        if (!response.error.isEmpty()) {
            showStatus(tr("Could not fetch the keys: %1").arg(response.error), true);
            return;
        }
        if (!response.ok()) {
            showStatus(tr("Could not fetch the keys: the server answered HTTP %1.").arg(response.status), true);
            return;
        }
        m_settingText = true;
        m_binaryKey.clear();
        m_keyText->setPlainText(QString::fromUtf8(response.body));
        m_settingText = false;
        m_debounce->stop();
        reload();
        Q_EMIT statusMessage(tr("Fetched keys from %1").arg(response.url.toDisplayString()));
    });
}

void KeySourceWidget::reload()
{
    m_keys.reset();
    if (mode() == Mode::SharedSecret) {
        const QString secret = m_secretEdit->text();
        if (secret.isEmpty()) {
            showStatus(tr("No secret: the signature is not checked."), false);
        } else {
            Jose::KeySet set;
            set.keys << Jose::keyFromSecret(secret.toUtf8());
            m_keys = set;
            showStatus(tr("Shared secret of %n byte(s).", nullptr, int(secret.toUtf8().size())), false);
        }
    } else {
        const QByteArray bytes = m_binaryKey.isEmpty() ? m_keyText->toPlainText().trimmed().toUtf8() : m_binaryKey;
        if (bytes.isEmpty()) {
            showStatus(tr("No keys: the signature is not checked."), false);
        } else {
            const Jose::KeyLoadResult result = Jose::loadKeys(bytes);
            if (!result.ok()) {
                QStringList lines{tr("Keys not loaded: %1").arg(result.error)};
                lines << result.keySet.warnings;
                showStatus(lines.join(u'\n'), true);
            } else {
                m_keys = result.keySet;
                QStringList lines{tr("%n key(s) loaded:", nullptr, int(result.keySet.keys.size()))};
                for (const Jose::JsonWebKey &key : result.keySet.keys)
                    lines << QStringLiteral("  • ") + key.describe();
                for (const QString &warning : result.keySet.warnings)
                    lines << tr("Warning: %1").arg(warning);
                showStatus(lines.join(u'\n'), !result.keySet.warnings.isEmpty());
            }
        }
    }
    Q_EMIT keysChanged();
}

void KeySourceWidget::showStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_statusIsProblem = problem;
    QPalette palette = QWidget::palette();
    if (problem)
        palette.setColor(QPalette::WindowText, StatusPalette::foreground(palette, StatusPalette::Tone::Bad));
    m_status->setPalette(palette);
}

void KeySourceWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        showStatus(m_status->text(), m_statusIsProblem);
}
