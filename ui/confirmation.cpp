// SPDX-License-Identifier: GPL-3.0-or-later
#include "confirmation.h"

#include <QMessageBox>
#include <QPushButton>

Confirmation::~Confirmation() = default;

bool MessageBoxConfirmation::confirm(QWidget *parent, const QString &title, const QString &text, const QString &acceptText)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Cancel, parent);
    QPushButton *accept = box.addButton(acceptText, QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == accept;
}

Confirmation::Answer MessageBoxConfirmation::askToSave(QWidget *parent, const QString &title, const QString &text)
{
    const auto button = QMessageBox::question(parent, title, text,
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                              QMessageBox::Save);
    if (button == QMessageBox::Save)
        return Answer::Save;
    if (button == QMessageBox::Discard)
        return Answer::Discard;
    return Answer::Cancel;
}
