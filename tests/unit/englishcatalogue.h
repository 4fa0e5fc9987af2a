// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QTranslator>

// The English plural forms of %n messages ("1 scope", "2 scopes") live in tokenscope_en.ts, as
// the application loads them; tests of those texts install the same compiled catalogue.
inline bool installEnglishCatalogue(QObject *parent)
{
    auto *translator = new QTranslator(parent);
    if (!translator->load(QStringLiteral(TOKENSCOPE_EN_QM)))
        return false;
    return QCoreApplication::installTranslator(translator);
}
