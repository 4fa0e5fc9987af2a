// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokentextedit.h"

#include <QMimeData>
#include <QUrl>

TokenTextEdit::TokenTextEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
}

QString TokenTextEdit::localFileOf(const QMimeData *source)
{
    if (!source || !source->hasUrls())
        return {};
    const QList<QUrl> urls = source->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            return url.toLocalFile();
    }
    return {};
}

bool TokenTextEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return !localFileOf(source).isEmpty() || QPlainTextEdit::canInsertFromMimeData(source);
}

void TokenTextEdit::insertFromMimeData(const QMimeData *source)
{
    const QString file = localFileOf(source);
    if (!file.isEmpty()) {
        Q_EMIT fileDropped(file);
        return;
    }
    QPlainTextEdit::insertFromMimeData(source);
}
