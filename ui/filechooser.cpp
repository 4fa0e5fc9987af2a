// SPDX-License-Identifier: GPL-3.0-or-later
#include "filechooser.h"

#include <QFileDialog>

FileChooser::~FileChooser() = default;

QString DialogFileChooser::openFile(QWidget *parent, const QString &title, const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

QString FileChooser::saveFile(QWidget *, const QString &, const QString &, const QString &)
{
    return {};
}

QString DialogFileChooser::saveFile(QWidget *parent, const QString &title, const QString &suggestedName,
                                    const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggestedName, filter);
}
