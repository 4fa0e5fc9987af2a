// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Private to TenantState: its data, shared by tenantstate.cpp (persistence, the public API) and
// tenantdocuments.cpp (building and validating admin.json documents).

#include "admincontract.h"
#include "tenantstate.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QLockFile>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <initializer_list>
#include <memory>

namespace Sandbox {

namespace Detail {

inline constexpr QLatin1StringView kAdminWorkspace("admin");

QJsonArray strings(std::initializer_list<const char *> values);
QStringList toStringList(const QJsonValue &value);

template <typename T>
Outcome<T> failure(ApiError error)
{
    return Outcome<T>{std::nullopt, std::move(error)};
}

template <typename T>
Outcome<T> success(T value)
{
    return Outcome<T>{std::move(value), {}};
}

} // namespace Detail

struct TenantState::Private
{
    QString tenantId;
    QString dataDirectory;
    QUrl baseUrl;
    bool saveDisabled = false;   // a damaged file we could not move aside must not be overwritten
    std::unique_ptr<QLockFile> lock;   // one sandbox per data directory

    QList<QJsonObject> servers;                 // stored ServerResponse documents, no issuer_url
    QHash<QString, QList<QJsonObject>> idps;    // wid → StaticIDP documents, passwords included
    QList<QJsonObject> clients;                 // ClientAdminResponse documents, secrets included
    QHash<QString, QList<SigningKey>> keys;     // wid → keys, current first
    QString adminClientId;

    qsizetype serverIndex(const QString &wid) const
    {
        for (qsizetype i = 0; i < servers.size(); ++i) {
            if (servers[i].value(QStringLiteral("id")).toString() == wid)
                return i;
        }
        return -1;
    }
    qsizetype clientIndex(const QString &cid) const
    {
        for (qsizetype i = 0; i < clients.size(); ++i) {
            if (clients[i].value(QStringLiteral("client_id")).toString() == cid)
                return i;
        }
        return -1;
    }
    qsizetype idpIndex(const QString &wid, const QString &iid) const
    {
        const QList<QJsonObject> list = idps.value(wid);
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (list[i].value(QStringLiteral("id")).toString() == iid)
                return i;
        }
        return -1;
    }

    QString issuer(const QJsonObject &server) const
    {
        const QString custom = server.value(QStringLiteral("custom_issuer_url")).toString();
        if (!custom.isEmpty())
            return custom;
        if (baseUrl.isEmpty())
            return {};
        const QString base = baseUrl.toString(QUrl::StripTrailingSlash);
        return base + u'/' + tenantId + u'/' + server.value(QStringLiteral("id")).toString();
    }
    QJsonObject presentServer(QJsonObject doc, bool forList) const
    {
        if (!baseUrl.isEmpty()) {
            const QString base = baseUrl.toString(QUrl::StripTrailingSlash);
            doc.insert(QStringLiteral("issuer_url"), QString(base + u'/' + tenantId + u'/' + doc.value(QStringLiteral("id")).toString()));
        }
        if (forList)
            doc.remove(QStringLiteral("secret"));
        return doc;
    }
    QJsonObject presentClient(QJsonObject doc, bool withSecret) const
    {
        const qsizetype s = serverIndex(doc.value(QStringLiteral("authorization_server_id")).toString());
        if (s >= 0) {
            const QString iss = issuer(servers[s]);
            if (!iss.isEmpty())
                doc.insert(QStringLiteral("server_issuer_url"), iss);
        }
        if (!withSecret)
            doc.remove(QStringLiteral("client_secret"));
        return doc;
    }

    Outcome<QJsonObject> buildServer(const QJsonObject &body, const QJsonObject *existing, bool builtIn) const;
    Outcome<QJsonObject> buildStaticIdp(const QString &wid, const QJsonObject &body, const QJsonObject *existing) const;
    Outcome<QJsonObject> buildClient(const QJsonObject &body, const QJsonObject *existing, bool builtIn) const;

    void createInitial();
    QString parse(const QByteArray &data);   // empty on success, else why the file is unusable
    bool heal();                              // fills in what a readable file lacks; true if it changed
    QJsonObject toJson() const;
    bool save() const;
};

} // namespace Sandbox
