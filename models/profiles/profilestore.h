// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Profiles on disk: one JSON file per profile, "<id>.json", in a directory (by default
// QStandardPaths::AppConfigLocation + "/profiles"), each written atomically with QSaveFile, mode
// 0600. A file that cannot be read or parsed is renamed to "<name>.corrupt-<UTC timestamp>" and
// the others load; load() says so. Schema version 2; version 1 files (the first draft: flat
// "*_endpoint" members, "scope" as one space-separated string, "auth_method" spelled "basic" /
// "post") are migrated on load and written back in version 2.
// Export/import: one JSON document {"tokenscope_profiles": 2, "profiles": [...]}, never with
// secrets (a profile holds none).

#include "profiles/profile.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace Profiles {

struct StoreResult
{
    bool ok = true;
    QString message; // translated; on failure what went wrong and what to do, else a notice or empty
};

class ProfileStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileStore)

public:
    explicit ProfileStore(const QString &directory, QObject *parent = nullptr);
    static QString defaultDirectory();

    QString directory() const { return m_directory; }

    // Reads every "*.json" file of the directory. ok is false when a file was set aside (the
    // message names it and where it went) or the directory cannot be read; the profiles that
    // could be read are loaded either way.
    StoreResult load();

    QList<Profile> profiles() const { return m_profiles; } // sorted by name, case-insensitively
    std::optional<Profile> findByName(const QString &name) const; // exact, then case-insensitive
    std::optional<Profile> findById(const QString &id) const;

    // add(): gives the profile an id when it has none; refuses a duplicate name or an invalid
    // profile (validate()). update(): by id. Each writes that profile's file at once; on a write
    // failure (disk full, read-only) nothing changes in memory or on disk and the message says so.
    StoreResult add(Profile profile, QString *assignedId = nullptr);
    StoreResult update(const Profile &profile);
    StoreResult remove(const QString &id); // the caller removes the keychain entries

    // ids empty: all profiles.
    StoreResult exportTo(const QString &filePath, const QStringList &ids = {}) const;
    // Adds the file's profiles with new ids; a name that exists gets " (2)", " (3)", …
    // *imported gets the names as added.
    StoreResult importFrom(const QString &filePath, QStringList *imported = nullptr);

    // Schema 1 → 2 (pure; unit-tested). nullopt with *error when the object is not a v1 profile.
    static std::optional<QJsonObject> migrateFromVersion1(const QJsonObject &v1, QString *error = nullptr);

signals:
    void profilesChanged(); // after load, add, update, remove, import
    // Before profilesChanged, when remove() deleted a profile: for what is kept per profile
    // elsewhere (the request history).
    void profileRemoved(const QString &id);

private:
    QString m_directory;
    QList<Profile> m_profiles;
};

} // namespace Profiles
