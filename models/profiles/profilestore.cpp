// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilestore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcProfiles, "tokenscope.profiles")

namespace Profiles {

namespace {

constexpr auto kExportMember = "tokenscope_profiles"_L1;
constexpr int kExportVersion = 2;
// A profile file or an import document larger than this is not a profile: refuse to read it.
constexpr qint64 kMaxFileSize = 64 * 1024 * 1024;

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// The id names the file: keep it to characters that are safe in a file name everywhere.
bool isSafeId(const QString &id)
{
    if (id.isEmpty() || id.size() > 128 || id.startsWith(u'.'))
        return false;
    return std::all_of(id.cbegin(), id.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-'
            || c == u'_' || c == u'.';
    });
}

QString filePathFor(const QString &directory, const QString &id)
{
    return QDir(directory).filePath(id + u".json"_s);
}

bool ensureDirectory(const QString &directory, QString *error)
{
    const QFileInfo info(directory);
    if (info.isDir())
        return true;
    if (info.exists() || !QDir().mkpath(directory)) {
        *error = ProfileStore::tr("Cannot create the profile directory %1. Check that its parent folder is writable.")
                     .arg(nativePath(directory));
        return false;
    }
    QFile::setPermissions(directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return true;
}

// QSaveFile writes a temporary file next to the target and renames it over the target on
// commit: a crash or kill -9 mid-write leaves the old file whole. The temporary's name does
// not end in ".json", so load() never takes it for a profile.
bool writeFile(const QString &path, const QByteArray &data, bool privateFile, QString *error)
{
    QSaveFile file(path);
    bool ok = file.open(QIODevice::WriteOnly);
    if (ok) {
        if (privateFile)
            file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        ok = file.write(data) == data.size();
        if (!ok)
            file.cancelWriting();
        ok = file.commit() && ok;
    }
    if (ok)
        return true;
    qCWarning(lcProfiles) << "cannot write" << path << file.errorString();
    if (file.error() == QFileDevice::ResourceError)
        *error = ProfileStore::tr("Cannot write %1: the disk is full (%2). Free some space and try again.")
                     .arg(nativePath(path), file.errorString());
    else
        *error = ProfileStore::tr("Cannot write %1 (%2). Check that the folder exists and is writable.")
                     .arg(nativePath(path), file.errorString());
    return false;
}

bool writeProfile(const QString &directory, const Profile &profile, QString *error)
{
    if (!ensureDirectory(directory, error))
        return false;
    const QByteArray data = QJsonDocument(profile.toJson()).toJson(QJsonDocument::Indented);
    return writeFile(filePathFor(directory, profile.id), data, true, error);
}

// Reads a whole file, refusing huge ones; *error gets the reason.
std::optional<QByteArray> readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return std::nullopt;
    }
    if (file.size() > kMaxFileSize) {
        *error = ProfileStore::tr("the file is larger than %1 MiB").arg(kMaxFileSize / (1024 * 1024));
        return std::nullopt;
    }
    QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        *error = file.errorString();
        return std::nullopt;
    }
    return data;
}

std::optional<QJsonObject> parseObject(const QByteArray &data, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = ProfileStore::tr("not valid JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = ProfileStore::tr("the JSON document is not an object");
        return std::nullopt;
    }
    return document.object();
}

// One profile object of either schema. *migrated tells whether it was version 1.
std::optional<Profile> profileFromAnyVersion(const QJsonObject &object, QString *error, bool *migrated = nullptr)
{
    if (migrated)
        *migrated = false;
    if (!object.contains(u"schema_version"_s) && object.contains(u"version"_s)) {
        const auto v2 = ProfileStore::migrateFromVersion1(object, error);
        if (!v2)
            return std::nullopt;
        if (migrated)
            *migrated = true;
        return Profile::fromJson(*v2, error);
    }
    return Profile::fromJson(object, error);
}

void sortByName(QList<Profile> &profiles)
{
    std::stable_sort(profiles.begin(), profiles.end(), [](const Profile &a, const Profile &b) {
        const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.name < b.name;
    });
}

QString problemsText(const QList<FieldProblem> &problems)
{
    QStringList messages;
    for (const FieldProblem &problem : problems)
        messages.append(problem.message);
    return messages.join(u' ');
}

StoreResult failure(const QString &message)
{
    return StoreResult{false, message};
}

} // namespace

ProfileStore::ProfileStore(const QString &directory, QObject *parent)
    : QObject(parent)
    , m_directory(directory)
{
}

QString ProfileStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + u"/profiles"_s;
}

StoreResult ProfileStore::load()
{
    StoreResult result;
    QStringList messages;
    QList<Profile> loaded;
    QString error;

    if (!ensureDirectory(m_directory, &error)) {
        m_profiles.clear();
        emit profilesChanged();
        return failure(error);
    }
    const QDir dir(m_directory);
    if (!QFileInfo(m_directory).isReadable()) {
        m_profiles.clear();
        emit profilesChanged();
        return failure(tr("Cannot read the profile directory %1. Check its permissions.").arg(nativePath(m_directory)));
    }

    const QStringList files = dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    for (const QString &fileName : files) {
        const QString path = dir.filePath(fileName);
        const QString id = fileName.chopped(5);
        QString problem;
        bool migrated = false;
        std::optional<Profile> profile;
        if (const auto data = readFile(path, &problem)) {
            if (const auto object = parseObject(*data, &problem))
                profile = profileFromAnyVersion(*object, &problem, &migrated);
        }
        if (profile && !isSafeId(id))
            problem = tr("the file name is not a profile id");
        if (!profile || !problem.isEmpty()) {
            const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
            QString aside = path + u".corrupt-"_s + stamp;
            for (int n = 2; QFileInfo::exists(aside); ++n)
                aside = path + u".corrupt-"_s + stamp + u'-' + QString::number(n);
            qCWarning(lcProfiles) << "profile file" << path << "unusable:" << problem;
            result.ok = false;
            if (QFile::rename(path, aside))
                messages.append(tr("The profile file %1 could not be read (%2); it was moved aside to %3. Fix or "
                                   "delete that file, or import it again.")
                                    .arg(nativePath(path), problem, nativePath(aside)));
            else
                messages.append(tr("The profile file %1 could not be read (%2) and could not be moved aside; it "
                                   "was left as it is. Move it away by hand.")
                                    .arg(nativePath(path), problem));
            continue;
        }
        // The file name is the id (update and remove use it), whatever the file says.
        if (profile->id != id) {
            qCInfo(lcProfiles) << "profile file" << path << "has id" << profile->id << "; using the file name";
            profile->id = id;
        }
        if (migrated) {
            QString writeError;
            if (writeProfile(m_directory, *profile, &writeError)) {
                qCInfo(lcProfiles) << "migrated" << path << "to schema version" << Profile::SchemaVersion;
            } else {
                messages.append(tr("The profile \"%1\" was converted from an older format but could not be saved "
                                   "in the new one: %2")
                                    .arg(profile->name, writeError));
            }
        }
        loaded.append(*profile);
    }
    sortByName(loaded);
    m_profiles = loaded;
    result.message = messages.join(u'\n');
    emit profilesChanged();
    return result;
}

std::optional<Profile> ProfileStore::findByName(const QString &name) const
{
    for (const Profile &p : m_profiles) {
        if (p.name == name)
            return p;
    }
    for (const Profile &p : m_profiles) {
        if (p.name.compare(name, Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

std::optional<Profile> ProfileStore::findById(const QString &id) const
{
    for (const Profile &p : m_profiles) {
        if (p.id == id)
            return p;
    }
    return std::nullopt;
}

StoreResult ProfileStore::add(Profile profile, QString *assignedId)
{
    if (profile.id.isEmpty())
        profile.id = Profile::newId();
    if (!isSafeId(profile.id))
        return failure(tr("The profile id \"%1\" cannot be used; leave it empty to get a new one.").arg(profile.id));
    if (findById(profile.id))
        return failure(tr("A profile with the id %1 already exists; leave the id empty to get a new one.").arg(profile.id));
    if (const QList<FieldProblem> problems = profile.validate(); !problems.isEmpty())
        return failure(tr("The profile \"%1\" cannot be saved: %2").arg(profile.name, problemsText(problems)));
    if (const auto existing = findByName(profile.name); existing && existing->name.compare(profile.name, Qt::CaseInsensitive) == 0)
        return failure(tr("A profile named \"%1\" already exists. Choose another name.").arg(existing->name));

    QString error;
    if (!writeProfile(m_directory, profile, &error))
        return failure(tr("The profile \"%1\" was not saved. %2").arg(profile.name, error));
    if (assignedId)
        *assignedId = profile.id;
    m_profiles.append(profile);
    sortByName(m_profiles);
    qCInfo(lcProfiles) << "added profile" << profile.id;
    emit profilesChanged();
    return {};
}

StoreResult ProfileStore::update(const Profile &profile)
{
    const auto it = std::find_if(m_profiles.begin(), m_profiles.end(), [&profile](const Profile &p) {
        return p.id == profile.id;
    });
    if (it == m_profiles.end())
        return failure(tr("There is no profile with the id %1; it may have been removed. Add it again.").arg(profile.id));
    if (const QList<FieldProblem> problems = profile.validate(); !problems.isEmpty())
        return failure(tr("The profile \"%1\" cannot be saved: %2").arg(profile.name, problemsText(problems)));
    for (const Profile &other : std::as_const(m_profiles)) {
        if (other.id != profile.id && other.name.compare(profile.name, Qt::CaseInsensitive) == 0)
            return failure(tr("A profile named \"%1\" already exists. Choose another name.").arg(other.name));
    }

    QString error;
    if (!writeProfile(m_directory, profile, &error))
        return failure(tr("The changes to \"%1\" were not saved. %2").arg(profile.name, error));
    *it = profile;
    sortByName(m_profiles);
    emit profilesChanged();
    return {};
}

StoreResult ProfileStore::remove(const QString &id)
{
    const auto it = std::find_if(m_profiles.begin(), m_profiles.end(), [&id](const Profile &p) { return p.id == id; });
    if (it == m_profiles.end())
        return failure(tr("There is no profile with the id %1.").arg(id));
    const QString path = filePathFor(m_directory, id);
    QFile file(path);
    // A file that is already gone (deleted by hand) is fine; a directory that is not there is not.
    if (!file.remove() && (file.exists() || !QFileInfo(m_directory).isDir())) {
        qCWarning(lcProfiles) << "cannot remove" << path << file.errorString();
        return failure(tr("The profile \"%1\" could not be removed: cannot delete %2 (%3). Check that the folder is "
                          "writable.")
                           .arg(it->name, nativePath(path), file.errorString()));
    }
    qCInfo(lcProfiles) << "removed profile" << id;
    m_profiles.erase(it);
    emit profileRemoved(id);
    emit profilesChanged();
    return {};
}

StoreResult ProfileStore::exportTo(const QString &filePath, const QStringList &ids) const
{
    QJsonArray profiles;
    if (ids.isEmpty()) {
        for (const Profile &p : m_profiles)
            profiles.append(p.toJson());
    } else {
        for (const QString &id : ids) {
            const auto p = findById(id);
            if (!p)
                return failure(tr("There is no profile with the id %1; nothing was exported.").arg(id));
            profiles.append(p->toJson());
        }
    }
    const QJsonObject document{{kExportMember, kExportVersion}, {u"profiles"_s, profiles}};
    QString error;
    if (!writeFile(filePath, QJsonDocument(document).toJson(QJsonDocument::Indented), false, &error))
        return failure(tr("The profiles were not exported. %1").arg(error));
    return StoreResult{true, tr("Exported %n profile(s) to %1 (without secrets).", nullptr, int(profiles.size()))
                                 .arg(nativePath(filePath))};
}

StoreResult ProfileStore::importFrom(const QString &filePath, QStringList *imported)
{
    QString error;
    const auto data = readFile(filePath, &error);
    if (!data)
        return failure(tr("Cannot read %1 (%2); nothing was imported.").arg(nativePath(filePath), error));
    const auto document = parseObject(*data, &error);
    if (!document)
        return failure(tr("%1 is not a profile export (%2); nothing was imported.").arg(nativePath(filePath), error));

    // An export document, or one profile file copied from a profile directory.
    QJsonArray entries;
    if (document->contains(kExportMember)) {
        const QJsonValue version = document->value(kExportMember);
        if (!version.isDouble() || version.toInt() < 1 || version.toInt() > kExportVersion)
            return failure(tr("%1 was exported by another version of Tokenscope (format %2); nothing was imported. "
                              "Update Tokenscope.")
                               .arg(nativePath(filePath), version.toVariant().toString()));
        if (!document->value(u"profiles"_s).isArray())
            return failure(tr("%1 has no \"profiles\" array; nothing was imported.").arg(nativePath(filePath)));
        entries = document->value(u"profiles"_s).toArray();
    } else if (document->contains(u"schema_version"_s) || document->contains(u"version"_s)) {
        entries.append(*document);
    } else {
        return failure(tr("%1 is not a Tokenscope profile export; nothing was imported.").arg(nativePath(filePath)));
    }

    // Read and check every profile before writing any, so a bad entry adds nothing.
    QSet<QString> takenNames;
    for (const Profile &p : std::as_const(m_profiles))
        takenNames.insert(p.name.toCaseFolded());
    QList<Profile> incoming;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString label = tr("profile %1").arg(i + 1);
        if (!entries.at(i).isObject())
            return failure(tr("In %1, %2 is not a JSON object; nothing was imported.").arg(nativePath(filePath), label));
        auto profile = profileFromAnyVersion(entries.at(i).toObject(), &error);
        if (!profile)
            return failure(tr("In %1, %2 cannot be read: %3 Nothing was imported.").arg(nativePath(filePath), label, error));
        if (const QList<FieldProblem> problems = profile->validate(); !problems.isEmpty())
            return failure(tr("In %1, %2 (\"%3\") is not usable: %4 Nothing was imported.")
                               .arg(nativePath(filePath), label, profile->name, problemsText(problems)));
        profile->id = Profile::newId();
        const QString base = profile->name;
        for (int n = 2; takenNames.contains(profile->name.toCaseFolded()); ++n)
            profile->name = base + u" ("_s + QString::number(n) + u')';
        takenNames.insert(profile->name.toCaseFolded());
        incoming.append(*profile);
    }

    QStringList written;
    for (const Profile &p : std::as_const(incoming)) {
        if (!writeProfile(m_directory, p, &error)) {
            for (const QString &id : std::as_const(written))
                QFile::remove(filePathFor(m_directory, id));
            return failure(tr("The import was undone: %1").arg(error));
        }
        written.append(p.id);
    }
    QStringList names;
    for (const Profile &p : std::as_const(incoming)) {
        m_profiles.append(p);
        names.append(p.name);
    }
    sortByName(m_profiles);
    if (imported)
        *imported = names;
    qCInfo(lcProfiles) << "imported" << incoming.size() << "profiles";
    emit profilesChanged();
    return StoreResult{true, tr("Imported %n profile(s).", nullptr, int(incoming.size()))};
}

// Schema version 1, the first draft, as it was written:
//   {"version": 1, "id": "…", "name": "…", "preset": "…", "fields": {…}, "issuer": "https://…",
//    "authorization_endpoint": "…", "token_endpoint": "…", "jwks_uri": "…", "userinfo_endpoint": "…",
//    "introspection_endpoint": "…", "revocation_endpoint": "…", "device_authorization_endpoint": "…",
//    "pushed_authorization_request_endpoint": "…", "end_session_endpoint": "…",
//    "client_id": "…", "auth_method": "basic" | "post" | "none" | "client_secret_jwt" | "private_key_jwt",
//    "scope": "openid profile", "audience": "…", "redirect_uri": "http://127.0.0.1:8765/callback",
//    "ca_bundle": "…", "insecure_tls": false}
// Every member but "version" is optional; anything else is dropped.
std::optional<QJsonObject> ProfileStore::migrateFromVersion1(const QJsonObject &v1, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<QJsonObject> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QJsonValue version = v1.value(u"version"_s);
    if (!version.isDouble() || version.toDouble() != 1)
        return fail(tr("The profile is not in the version 1 format (its \"version\" is not 1)."));

    const auto optionalString = [&v1](const QString &key, QString *out) {
        const QJsonValue v = v1.value(key);
        if (v.isUndefined() || v.isNull())
            return true;
        if (!v.isString())
            return false;
        *out = v.toString();
        return true;
    };
    const auto wrongType = [&fail](const QString &key) {
        return fail(tr("The member \"%1\" of the version 1 profile must be a string.").arg(key));
    };

    QJsonObject v2;
    v2.insert(u"schema_version"_s, Profile::SchemaVersion);
    // Copied as they are; Profile::fromJson checks their types.
    for (const QString &key : {u"id"_s, u"name"_s, u"preset"_s, u"fields"_s, u"issuer"_s, u"client_id"_s}) {
        if (v1.contains(key))
            v2.insert(key, v1.value(key));
    }

    QJsonObject endpoints;
    for (int i = 0; i < EndpointKindCount; ++i) {
        const QString key = endpointMetadataName(EndpointKind(i));
        QString url;
        if (!optionalString(key, &url))
            return wrongType(key);
        if (!url.isEmpty())
            endpoints.insert(key, url);
    }
    v2.insert(u"endpoints"_s, endpoints);

    QString method;
    if (!optionalString(u"auth_method"_s, &method))
        return wrongType(u"auth_method"_s);
    if (method.isEmpty() || method == u"basic")
        method = authMethodName(ClientAuthMethod::ClientSecretBasic);
    else if (method == u"post")
        method = authMethodName(ClientAuthMethod::ClientSecretPost);
    else if (method != u"none" && method != u"client_secret_jwt" && method != u"private_key_jwt")
        return fail(tr("The version 1 profile has the unknown \"auth_method\" \"%1\".").arg(method));
    v2.insert(u"auth_method"_s, method);

    QString scope;
    if (!optionalString(u"scope"_s, &scope))
        return wrongType(u"scope"_s);
    v2.insert(u"scopes"_s, QJsonArray::fromStringList(scope.split(u' ', Qt::SkipEmptyParts)));

    QString audience;
    if (!optionalString(u"audience"_s, &audience))
        return wrongType(u"audience"_s);
    v2.insert(u"audiences"_s, QJsonArray::fromStringList(audience.split(u' ', Qt::SkipEmptyParts)));

    QString redirectUri;
    if (!optionalString(u"redirect_uri"_s, &redirectUri))
        return wrongType(u"redirect_uri"_s);
    if (!redirectUri.isEmpty()) {
        const auto redirect = RedirectSettings::fromUri(QUrl(redirectUri));
        if (!redirect)
            return fail(tr("The version 1 profile's \"redirect_uri\" %1 is not an http loopback URI.").arg(redirectUri));
        v2.insert(u"redirect"_s, QJsonObject{{u"host"_s, loopbackHostName(redirect->host)},
                                              {u"port"_s, int(redirect->port)},
                                              {u"path"_s, redirect->path}});
    }

    QString caBundle;
    if (!optionalString(u"ca_bundle"_s, &caBundle))
        return wrongType(u"ca_bundle"_s);
    const QJsonValue insecure = v1.value(u"insecure_tls"_s);
    if (!insecure.isUndefined() && !insecure.isNull() && !insecure.isBool())
        return fail(tr("The member \"insecure_tls\" of the version 1 profile must be true or false."));
    v2.insert(u"tls"_s, QJsonObject{{u"ca_bundle"_s, caBundle}, {u"insecure"_s, insecure.toBool(false)}});
    return v2;
}

} // namespace Profiles
