// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profiles/secretstore.h"

#include <QByteArray>
#include <QString>
#include <QWidget>

#include <functional>

class FileChooser;
class QLabel;
class QLineEdit;
class QToolButton;

// One secret of a profile (client secret, private key, TLS client key, API token), masked, with
// a reveal toggle and a copy button. The stored value is read from the SecretStore only when the
// user reveals or copies it; what the user types is kept here until the editor saves it.
class SecretField final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretField)

public:
    // withFileButton: a "Load…" button that reads the secret from a file (PEM keys).
    SecretField(Profiles::SecretStore *secrets, Profiles::SecretKind kind, bool withFileButton, QWidget *parent = nullptr);

    Profiles::SecretKind kind() const { return m_kind; }
    // A saved profile's id (its stored secret can be read), or empty for a new profile. Forgets
    // what was typed or read.
    void reset(const QString &profileId);
    void setFileChooser(FileChooser *chooser) { m_fileChooser = chooser; }

    bool isModified() const { return m_modified; }
    bool isRevealed() const;
    // What the user entered (valid when isModified()), or the value read from the store.
    QByteArray value() const { return m_value; }
    void setValue(const QByteArray &value); // as if the user typed it

    QLineEdit *lineEdit() const { return m_edit; }
    QToolButton *revealButton() const { return m_reveal; }
    QToolButton *copyButton() const { return m_copy; }

signals:
    void modifiedChanged(bool modified);
    void revealed();                     // the value shows (after a read, when one was needed)
    void copied();                       // the value is on the clipboard
    void readFailed(const QString &message);

private:
    void setReveal(bool on);
    void copyValue();
    void loadFile();
    // Reads the stored value once, then runs then(); shows a failure under the field.
    void readStored(std::function<void()> then);
    void showNote(const QString &text, bool problem);

    Profiles::SecretStore *m_secrets;
    Profiles::SecretKind m_kind;
    FileChooser *m_fileChooser = nullptr;
    QLineEdit *m_edit;
    QToolButton *m_reveal;
    QToolButton *m_copy;
    QToolButton *m_load = nullptr;
    QLabel *m_note;
    QString m_profileId;
    QByteArray m_value;
    bool m_loaded = false; // m_value holds the stored value (or there is none)
    bool m_modified = false;
    bool m_reading = false;
};
