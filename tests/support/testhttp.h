// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Small helpers the sandbox tests share for looking into HTTP replies and JSON documents.

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace TestHttp {

// First value of a header in a list of (name, value) pairs, the name compared case-insensitively;
// nullptr when absent (so "present but empty" can be told apart).
template <typename Headers>
const QByteArray *findHeader(const Headers &headers, QByteArrayView name)
{
    for (const auto &pair : headers) {
        if (QByteArrayView(pair.first).compare(name, Qt::CaseInsensitive) == 0)
            return &pair.second;
    }
    return nullptr;
}

template <typename Headers>
QByteArray headerValue(const Headers &headers, QByteArrayView name)
{
    const QByteArray *value = findHeader(headers, name);
    return value ? *value : QByteArray();
}

// True when the key appears at any depth of the value: for asserting that no secret or
// password member leaks into a document.
inline bool containsKey(const QJsonValue &value, const QString &key)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() == key || containsKey(it.value(), key))
                return true;
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array) {
            if (containsKey(item, key))
                return true;
        }
    }
    return false;
}

} // namespace TestHttp
