// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

// Modal questions behind a seam, so tests can answer them in advance (like FileChooser).
class Confirmation
{
public:
    enum class Answer { Save, Discard, Cancel };

    Confirmation() = default;
    virtual ~Confirmation();
    Q_DISABLE_COPY_MOVE(Confirmation)

    // A destructive action: true when the user chose acceptText ("Delete"), false for Cancel.
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &acceptText) = 0;
    // Unsaved changes: save them, discard them, or stay where we are.
    virtual Answer askToSave(QWidget *parent, const QString &title, const QString &text) = 0;
};

// The real thing: QMessageBox.
class MessageBoxConfirmation final : public Confirmation
{
public:
    MessageBoxConfirmation() = default;
    bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &acceptText) override;
    Answer askToSave(QWidget *parent, const QString &title, const QString &text) override;
};
