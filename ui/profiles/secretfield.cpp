// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretfield.h"

#include "filechooser.h"
#include "statuspalette.h"

#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QToolButton>
#include <QVBoxLayout>

using Profiles::SecretResult;

namespace {
constexpr qint64 MaxSecretFileBytes = 64 * 1024;
}

SecretField::SecretField(Profiles::SecretStore *secrets, Profiles::SecretKind kind, bool withFileButton, QWidget *parent)
    : QWidget(parent)
    , m_secrets(secrets)
    , m_kind(kind)
    , m_edit(new QLineEdit(this))
    , m_reveal(new QToolButton(this))
    , m_copy(new QToolButton(this))
    , m_note(new QLabel(this))
{
    const QString name = Profiles::secretKindName(kind);
    const QString display = Profiles::secretKindDisplayName(kind);
    m_edit->setObjectName(name + QStringLiteral("Input"));
    m_edit->setAccessibleName(display);
    m_edit->setEchoMode(QLineEdit::Password);
    m_reveal->setObjectName(name + QStringLiteral("RevealButton"));
    m_reveal->setAccessibleName(tr("Show %1").arg(display));
    m_reveal->setToolTip(tr("Show or hide the value; a stored value is read from the keychain"));
    m_reveal->setText(tr("Show"));
    m_reveal->setCheckable(true);
    m_reveal->setFocusPolicy(Qt::StrongFocus);
    m_copy->setObjectName(name + QStringLiteral("CopyButton"));
    m_copy->setAccessibleName(tr("Copy %1").arg(display));
    m_copy->setToolTip(tr("Copy the value to the clipboard"));
    m_copy->setText(tr("Copy"));
    m_copy->setFocusPolicy(Qt::StrongFocus);
    m_note->setObjectName(name + QStringLiteral("Note"));
    m_note->setWordWrap(true);
    m_note->hide();

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit, 1);
    row->addWidget(m_reveal);
    row->addWidget(m_copy);
    if (withFileButton) {
        m_load = new QToolButton(this);
        m_load->setObjectName(name + QStringLiteral("LoadButton"));
        m_load->setAccessibleName(tr("Load %1 from a file").arg(display));
        m_load->setToolTip(tr("Read the value from a file (PEM)"));
        m_load->setText(tr("Load…"));
        m_load->setFocusPolicy(Qt::StrongFocus);
        row->addWidget(m_load);
        connect(m_load, &QToolButton::clicked, this, &SecretField::loadFile);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_note);
    setFocusProxy(m_edit);

    connect(m_edit, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_value = text.toUtf8();
        const bool was = m_modified;
        m_modified = true;
        m_loaded = true;
        if (!was)
            emit modifiedChanged(true);
    });
    connect(m_reveal, &QToolButton::toggled, this, &SecretField::setReveal);
    connect(m_copy, &QToolButton::clicked, this, &SecretField::copyValue);
    reset({});
}

void SecretField::reset(const QString &profileId)
{
    m_profileId = profileId;
    m_value.clear();
    m_loaded = profileId.isEmpty(); // nothing stored for a profile not saved yet
    const bool was = m_modified;
    m_modified = false;
    m_edit->clear();
    m_edit->setPlaceholderText(profileId.isEmpty() ? tr("Not set")
                                                   : tr("Kept in the keychain; Show reads it"));
    {
        const QSignalBlocker block(m_reveal);
        m_reveal->setChecked(false);
    }
    m_edit->setEchoMode(QLineEdit::Password);
    m_reveal->setText(tr("Show"));
    m_note->hide();
    if (was)
        emit modifiedChanged(false);
}

bool SecretField::isRevealed() const
{
    return m_edit->echoMode() == QLineEdit::Normal;
}

void SecretField::setValue(const QByteArray &value)
{
    m_value = value;
    m_edit->setText(QString::fromUtf8(value));
    m_loaded = true;
    if (!m_modified) {
        m_modified = true;
        emit modifiedChanged(true);
    }
}

void SecretField::setReveal(bool on)
{
    if (!on) {
        m_edit->setEchoMode(QLineEdit::Password);
        m_reveal->setText(tr("Show"));
        return;
    }
    readStored([this] {
        m_edit->setEchoMode(QLineEdit::Normal);
        m_reveal->setText(tr("Hide"));
        emit revealed();
    });
}

void SecretField::copyValue()
{
    readStored([this] {
        if (m_value.isEmpty()) {
            showNote(tr("There is no value to copy."), false);
            return;
        }
        QGuiApplication::clipboard()->setText(QString::fromUtf8(m_value));
        showNote(tr("Copied to the clipboard."), false);
        emit copied();
    });
}

void SecretField::readStored(std::function<void()> then)
{
    if (m_loaded) {
        then();
        return;
    }
    if (m_reading)
        return;
    m_reading = true;
    m_reveal->setEnabled(false);
    m_copy->setEnabled(false);
    const QString requestedFor = m_profileId;
    m_secrets->read(m_profileId, m_kind, this, [this, requestedFor, then = std::move(then)](const SecretResult &result) {
        m_reading = false;
        m_reveal->setEnabled(true);
        m_copy->setEnabled(true);
        if (requestedFor != m_profileId || m_modified)
            return; // another profile, or the user typed meanwhile
        if (result.status == SecretResult::Status::Ok || result.status == SecretResult::Status::NotFound) {
            m_value = result.status == SecretResult::Status::Ok ? result.value : QByteArray();
            m_loaded = true;
            m_edit->setText(QString::fromUtf8(m_value));
            m_edit->setPlaceholderText(tr("Not set"));
            if (result.status == SecretResult::Status::NotFound)
                showNote(tr("Nothing is stored for this profile yet."), false);
            else
                m_note->hide();
            then();
            return;
        }
        {
            const QSignalBlocker block(m_reveal);
            m_reveal->setChecked(false);
        }
        showNote(result.error, true);
        emit readFailed(result.error);
    });
}

void SecretField::loadFile()
{
    if (!m_fileChooser)
        return;
    const QString path = m_fileChooser->openFile(this, tr("Load %1").arg(Profiles::secretKindDisplayName(m_kind)),
                                                 tr("PEM files (*.pem *.key);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showNote(tr("Could not read %1: %2").arg(path, file.errorString()), true);
        return;
    }
    if (file.size() > MaxSecretFileBytes) {
        showNote(tr("%1 is larger than 64 KiB; choose the key file itself.").arg(path), true);
        return;
    }
    setValue(file.readAll());
    showNote(tr("Read from %1; saved to the keychain when you save the profile.").arg(path), false);
}

void SecretField::showNote(const QString &text, bool problem)
{
    m_note->setText(text);
    QPalette palette = m_note->palette();
    palette.setColor(QPalette::WindowText,
                     problem ? StatusPalette::foreground(palette, StatusPalette::Tone::Bad)
                             : QWidget::palette().color(QPalette::PlaceholderText));
    m_note->setPalette(palette);
    m_note->show();
}
