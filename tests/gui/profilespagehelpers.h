// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Answers for the Connections page's modal seams, given in advance, and small lookups shared by
// tst_profilespage and tst_profilespage_nokeychain.

#include "confirmation.h"
#include "filechooser.h"
#include "profiles/profileeditor.h"
#include "profiles/secretfield.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLineEdit>
#include <QList>
#include <QPushButton>
#include <QStringList>
#include <QToolButton>

class TestChooser final : public FileChooser
{
public:
    QString openFile(QWidget *, const QString &, const QString &) override
    {
        ++opened;
        return openPath;
    }
    QString saveFile(QWidget *, const QString &, const QString &, const QString &) override
    {
        ++saved;
        return savePath;
    }
    void reset()
    {
        openPath.clear();
        savePath.clear();
        opened = saved = 0;
    }
    QString openPath;
    QString savePath;
    int opened = 0;
    int saved = 0;
};

class TestAnswers final : public Confirmation
{
public:
    bool confirm(QWidget *, const QString &, const QString &text, const QString &) override
    {
        questions << text;
        return confirmAnswer;
    }
    Answer askToSave(QWidget *, const QString &, const QString &text) override
    {
        questions << text;
        return saveAnswer;
    }
    void reset()
    {
        confirmAnswer = false;
        saveAnswer = Answer::Cancel;
        questions.clear();
    }
    bool confirmAnswer = false;
    Answer saveAnswer = Answer::Cancel;
    QStringList questions;
};

template <typename T>
T *child(QWidget *parent, const QString &name)
{
    return parent->findChild<T *>(name);
}

inline QLineEdit *edit(QWidget *parent, const QString &name)
{
    return parent->findChild<QLineEdit *>(name);
}

// Files under dir (recursively) whose bytes contain needle.
inline QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            found << path;
    }
    return found;
}

inline int countFiles(const QString &dir)
{
    int n = 0;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}
