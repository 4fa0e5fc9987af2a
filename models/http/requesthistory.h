// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The request console's history, per profile: what was sent (ConsoleRequest::toJson, no
// secrets) and a summary of what came back (status, time, size; not the body). Kept in one
// JSON file per profile under the app data directory (history/<profile id>.json), newest
// first, at most 200 entries; written atomically (QSaveFile) after each add. A corrupt file is
// set aside (renamed .corrupt) with a log line and a fresh history starts; a write failure (full
// disk) keeps the in-memory history and reports it (lastError) without losing earlier entries.

#include "http/consolerequest.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

namespace Console {

struct HistoryEntry
{
    ConsoleRequest request;
    QDateTime sentAt;   // UTC
    int status = 0;     // 0 when nothing came back
    qint64 elapsedMs = 0;
    qint64 responseBytes = 0;
    QString error;      // the HttpResponse's error when it failed (no secrets in it)
};

class RequestHistory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestHistory)

public:
    // directory: where the per-profile files go (created when missing).
    explicit RequestHistory(const QString &directory, QObject *parent = nullptr);

    static QString defaultDirectory(); // AppDataLocation + "/history"
    static constexpr int MaxEntries = 200;

    QList<HistoryEntry> entries(const QString &profileId) const; // newest first; loads lazily
    // Adds at the front, trims to MaxEntries, writes the file. False (lastError set, entry kept
    // in memory) when it cannot be written.
    bool add(const QString &profileId, const HistoryEntry &entry);
    bool clear(const QString &profileId);  // removes the file too
    void forgetProfile(const QString &profileId); // a deleted profile: removes its file
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void changed(const QString &profileId);

private:
    QString fileFor(const QString &profileId) const;
    void load(const QString &profileId) const;

    QString m_directory;
    mutable QHash<QString, QList<HistoryEntry>> m_entries;
    QString m_lastError;
};

} // namespace Console
