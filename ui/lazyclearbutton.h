// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QEvent>
#include <QLineEdit>
#include <QObject>



// QLineEdit::setClearButtonEnabled(true), deferred until the edit first gets the focus or text.
// The first call looks the clear icon up in the icon theme (QIcon::fromTheme, reading the theme's
// index), about 7 % of the app's start-up; the button shows only when there is text, so nobody
// sees the difference.
class LazyClearButton final : public QObject
{
public:
    static void enable(QLineEdit *edit)
    {
        if (!edit->text().isEmpty()) {
            edit->setClearButtonEnabled(true);
            return;
        }
        auto *lazy = new LazyClearButton(edit);
        edit->installEventFilter(lazy);
        QObject::connect(edit, &QLineEdit::textChanged, lazy, [lazy] { lazy->now(); });
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::FocusIn && watched == parent())
            now();
        return false;
    }

private:
    explicit LazyClearButton(QLineEdit *edit)
        : QObject(edit)
    {
    }

    void now()
    {
        auto *edit = static_cast<QLineEdit *>(parent());
        edit->removeEventFilter(this);
        disconnect(edit, nullptr, this, nullptr);
        deleteLater();
        edit->setClearButtonEnabled(true);
    }
};


