// SPDX-License-Identifier: GPL-3.0-or-later
#include "requesthistory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcHistory, "tokenscope.console.history")

namespace Console {

namespace {

constexpr int kFileVersion = 1;

QJsonObject entryToJson(const HistoryEntry &entry)
{
    QJsonObject json{
        {u"request"_s, entry.request.toJson()},
        {u"sent_at"_s, entry.sentAt.toUTC().toString(Qt::ISODateWithMs)},
        {u"status"_s, entry.status},
        {u"elapsed_ms"_s, entry.elapsedMs},
        {u"response_bytes"_s, entry.responseBytes},
    };
    if (!entry.error.isEmpty())
        json.insert(u"error"_s, entry.error);
    return json;
}

std::optional<HistoryEntry> entryFromJson(const QJsonValue &value)
{
    const QJsonObject json = value.toObject();
    if (!value.isObject() || !json.value(u"request"_s).isObject())
        return std::nullopt;
    const auto request = ConsoleRequest::fromJson(json.value(u"request"_s).toObject());
    if (!request)
        return std::nullopt;
    HistoryEntry entry;
    entry.request = *request;
    entry.sentAt = QDateTime::fromString(json.value(u"sent_at"_s).toString(), Qt::ISODateWithMs).toUTC();
    entry.status = json.value(u"status"_s).toInt();
    entry.elapsedMs = json.value(u"elapsed_ms"_s).toInteger();
    entry.responseBytes = json.value(u"response_bytes"_s).toInteger();
    entry.error = json.value(u"error"_s).toString();
    return entry;
}

} // namespace

RequestHistory::RequestHistory(const QString &directory, QObject *parent)
    : QObject(parent)
    , m_directory(directory)
{
}

QString RequestHistory::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/history"_s;
}

QString RequestHistory::fileFor(const QString &profileId) const
{
    // Profile ids are UUIDs; encoding keeps anything else ("../x") inside the directory and
    // visible (no leading dot).
    return m_directory + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(profileId, {}, "."))
        + u".json"_s;
}

QList<HistoryEntry> RequestHistory::entries(const QString &profileId) const
{
    load(profileId);
    return m_entries.value(profileId);
}

void RequestHistory::load(const QString &profileId) const
{
    if (m_entries.contains(profileId))
        return;
    QList<HistoryEntry> &list = m_entries[profileId];
    const QString path = fileFor(profileId);
    QFile file(path);
    if (!file.exists())
        return;
    QString problem;
    QJsonArray items;
    if (!file.open(QIODevice::ReadOnly)) {
        problem = file.errorString();
    } else {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
        file.close();
        if (parseError.error != QJsonParseError::NoError)
            problem = parseError.errorString();
        else if (!document.isObject() || document.object().value(u"version"_s).toInt() != kFileVersion
                 || !document.object().value(u"entries"_s).isArray())
            problem = u"not a version 1 history document"_s;
        else
            items = document.object().value(u"entries"_s).toArray();
    }
    if (!problem.isEmpty()) {
        // Set aside rather than overwritten: the user may want it, and the next add writes anew.
        QString aside = path + u".corrupt"_s;
        for (int n = 2; QFileInfo::exists(aside); ++n)
            aside = path + u".corrupt-"_s + QString::number(n);
        const bool moved = QFile::rename(path, aside);
        qCWarning(lcHistory) << "history file" << path << "unusable:" << problem
                             << (moved ? "moved aside to" : "could not be moved aside to") << aside;
        return;
    }
    for (const QJsonValue &item : std::as_const(items)) {
        if (auto entry = entryFromJson(item))
            list.append(std::move(*entry));
        else
            qCWarning(lcHistory) << "history file" << path << "has an unreadable entry; skipped";
        if (list.size() == MaxEntries)
            break;
    }
}

bool RequestHistory::add(const QString &profileId, const HistoryEntry &entry)
{
    load(profileId);
    QList<HistoryEntry> &list = m_entries[profileId];
    // Kept in memory as it is on disk: without secrets.
    HistoryEntry stored = entry;
    stored.request = ConsoleRequest::fromJson(entry.request.toJson()).value_or(ConsoleRequest{});
    stored.sentAt = entry.sentAt.toUTC();
    list.prepend(stored);
    if (list.size() > MaxEntries)
        list.resize(MaxEntries);

    QJsonArray items;
    for (const HistoryEntry &e : std::as_const(list))
        items.append(entryToJson(e));
    const QByteArray data =
        QJsonDocument(QJsonObject{{u"version"_s, kFileVersion}, {u"entries"_s, items}}).toJson(QJsonDocument::Compact);

    const QString path = fileFor(profileId);
    QString problem;
    if (!QDir().mkpath(m_directory)) {
        problem = tr("the folder cannot be created");
    } else {
        QSaveFile file(path);
        bool ok = file.open(QIODevice::WriteOnly);
        if (ok) {
            file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            ok = file.write(data) == data.size();
            if (!ok)
                file.cancelWriting();
            ok = file.commit() && ok;
        }
        if (!ok)
            problem = file.errorString();
    }
    Q_EMIT changed(profileId);
    if (!problem.isEmpty()) {
        qCWarning(lcHistory) << "history file" << path << "not written:" << problem;
        m_lastError = tr("The request history could not be saved to %1 (%2). Free disk space or make the folder "
                         "writable; the history is kept until Tokenscope quits.")
                          .arg(QDir::toNativeSeparators(path), problem);
        return false;
    }
    m_lastError.clear();
    return true;
}

bool RequestHistory::clear(const QString &profileId)
{
    m_entries.insert(profileId, {});
    const QString path = fileFor(profileId);
    const bool ok = !QFileInfo::exists(path) || QFile::remove(path);
    if (ok) {
        m_lastError.clear();
    } else {
        qCWarning(lcHistory) << "history file" << path << "could not be removed";
        m_lastError = tr("The request history file %1 could not be removed: check the folder's permissions.")
                          .arg(QDir::toNativeSeparators(path));
    }
    Q_EMIT changed(profileId);
    return ok;
}

void RequestHistory::forgetProfile(const QString &profileId)
{
    m_entries.remove(profileId);
    const QString path = fileFor(profileId);
    if (QFileInfo::exists(path) && !QFile::remove(path))
        qCWarning(lcHistory) << "history file" << path << "of a deleted profile could not be removed";
    Q_EMIT changed(profileId);
}

} // namespace Console
