// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <openssl/crypto.h>

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_versions(new QLabel(versionText(), this))
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Tokenscope"));

    auto *icon = new QLabel(this);
    icon->setObjectName(QStringLiteral("aboutIcon"));
    icon->setPixmap(QIcon(QStringLiteral(":/icons/tokenscope.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);

    auto *title = new QLabel(tr("Tokenscope %1").arg(QStringLiteral(TOKENSCOPE_VERSION)), this);
    title->setObjectName(QStringLiteral("aboutTitle"));
    QFont font = title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.4);
    title->setFont(font);

    auto *description = new QLabel(tr("A native console for developers integrating with OAuth 2.0 and OpenID Connect: "
                                      "decode and verify tokens, run flows, watch rate limits."),
                                   this);
    description->setObjectName(QStringLiteral("aboutDescription"));
    description->setWordWrap(true);

    m_versions->setObjectName(QStringLiteral("versionsLabel"));
    m_versions->setTextFormat(Qt::PlainText);
    m_versions->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_versions->setAccessibleName(tr("Versions"));
    m_versions->setFocusPolicy(Qt::StrongFocus);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("aboutButtons"));
    QPushButton *copy = buttons->addButton(tr("&Copy Versions"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyVersionsButton"));
    copy->setAccessibleName(tr("Copy versions"));
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(copy, &QPushButton::clicked, this, [] { QApplication::clipboard()->setText(versionText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(description);
    text->addSpacing(8);
    text->addWidget(m_versions);
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

QString AboutDialog::versionText()
{
    QStringList lines;
    lines << tr("Tokenscope: %1").arg(QStringLiteral(TOKENSCOPE_VERSION));
    lines << tr("Qt: %1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR));
    // Already "OpenSSL 3.0.x <date>": no label in front.
    lines << QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION));
    lines << tr("qtkeychain: %1").arg(QStringLiteral(TOKENSCOPE_QTKEYCHAIN_VERSION));
    return lines.join(u'\n');
}
