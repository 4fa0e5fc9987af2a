// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The accessible-name check the page suites share (tst_tokenspage, tst_requestspage,
// tst_adminbrowserpage, tst_bulkapplydialog): a screen reader announces a widget a user can tab
// to by its accessible name, so none may lack one.

#include <QAbstractSpinBox>
#include <QString>
#include <QStringList>
#include <QWidget>

// Widgets under root a user can tab to that have no accessible name, as "Class objectName".
// A spin box's own line edit is left out: the spin box carries the name.
inline QStringList unnamedFocusable(QWidget *root)
{
    QStringList unnamed;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisibleTo(root))
            continue;
        if (qobject_cast<QAbstractSpinBox *>(widget->parentWidget()))
            continue;
        if (widget->accessibleName().trimmed().isEmpty())
            unnamed << QString::fromLatin1(widget->metaObject()->className()) + u' ' + widget->objectName();
    }
    return unnamed;
}
