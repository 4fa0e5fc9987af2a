// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers shared by profileeditor.cpp (behaviour) and profileeditorform.cpp (the form's widgets).

#include "profiles/profile.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QWidget>

namespace ProfileEditorDetail {

inline QStringList words(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.split(space, Qt::SkipEmptyParts);
}

inline QUrl urlFrom(const QLineEdit *edit)
{
    const QString text = edit->text().trimmed();
    return text.isEmpty() ? QUrl() : QUrl(text);
}

inline QString urlText(const QUrl &url)
{
    return url.isEmpty() ? QString() : url.toString();
}

// The short field name Profile::validate() uses: "endpoints.token", "endpoints.jwks", …
inline QString endpointField(Profiles::EndpointKind kind)
{
    QString name = Profiles::endpointMetadataName(kind);
    if (name.endsWith(QLatin1String("_endpoint")))
        name.chop(9);
    else if (name.endsWith(QLatin1String("_uri")))
        name.chop(4);
    return QStringLiteral("endpoints.") + name;
}

inline void setRowVisible(QWidget *row, bool visible)
{
    if (!row || !row->parentWidget())
        return;
    if (auto *form = qobject_cast<QFormLayout *>(row->parentWidget()->layout()))
        form->setRowVisible(row, visible);
}

inline bool usesClientSecret(Profiles::ClientAuthMethod method)
{
    using Profiles::ClientAuthMethod;
    return method == ClientAuthMethod::ClientSecretBasic || method == ClientAuthMethod::ClientSecretPost
        || method == ClientAuthMethod::ClientSecretJwt;
}

} // namespace ProfileEditorDetail
