// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A push button with its object name (tests and settings find it) and its accessible name (a
// screen reader announces it) set where it is made.

#include <QPushButton>
#include <QString>

inline QPushButton *namedButton(const QString &text, const QString &objectName, const QString &accessibleName,
                                QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAccessibleName(accessibleName);
    return button;
}
