// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>

// A plain text edit that takes a dropped or pasted local file as a file to load (fileDropped)
// instead of inserting its URL as text. Dropped or pasted text is inserted as usual.
class TokenTextEdit final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenTextEdit)

public:
    explicit TokenTextEdit(QWidget *parent = nullptr);

    // The first local file among the mime data's URLs, or empty.
    static QString localFileOf(const QMimeData *source);

Q_SIGNALS:
    void fileDropped(const QString &path);

protected:
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
};
