// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

// The modal file dialog behind a seam, so tests can answer it in advance.
class FileChooser
{
public:
    FileChooser() = default;
    virtual ~FileChooser();
    Q_DISABLE_COPY_MOVE(FileChooser)

    // The chosen file's path, or an empty string when the user cancelled.
    virtual QString openFile(QWidget *parent, const QString &title, const QString &filter = {}) = 0;
    // The path to write, or an empty string when the user cancelled. The default answers
    // "cancelled", so choosers that only open files need not implement it.
    virtual QString saveFile(QWidget *parent, const QString &title, const QString &suggestedName,
                             const QString &filter = {});
};

// The real thing: QFileDialog::getOpenFileName / getSaveFileName.
class DialogFileChooser final : public FileChooser
{
public:
    DialogFileChooser() = default;
    QString openFile(QWidget *parent, const QString &title, const QString &filter = {}) override;
    QString saveFile(QWidget *parent, const QString &title, const QString &suggestedName,
                     const QString &filter = {}) override;
};
