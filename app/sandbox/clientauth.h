// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Private to the sandbox: client authentication at the token, introspection and revocation
// endpoints (RFC 6749 §2.3, OpenID Connect Core §9).

#include "httpmessage.h"
#include "tokenissuer.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Sandbox {

class GrantStore;

struct ClientAuthentication
{
    std::optional<QJsonObject> client; // set on success (the full document)
    QString clientId;
    QString method;                    // client_secret_basic, client_secret_post, private_key_jwt, none
    bool basicUsed = false;            // the request carried Authorization: Basic
    QString error;                     // invalid_client or invalid_request
    QString description;
    bool ok() const { return client.has_value(); }

    // The RFC 6749 §5.2 response for a failure: 401 + WWW-Authenticate for Basic.
    HttpResponse errorResponse() const;
};

// Authenticates the client of a request to the workspace's endpoint at endpointUrl. allowNone:
// whether a public client (method "none") may call this endpoint with only its client_id.
ClientAuthentication authenticateClient(const HttpRequest &request, const QUrlQuery &form,
                                        const TokenIssuer::Workspace &workspace, GrantStore &grants,
                                        const QString &endpointUrl, bool allowNone);

} // namespace Sandbox
