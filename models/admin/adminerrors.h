// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What an admin API response means for the caller: the body parsed, the ETag and replay header
// read, and for errors admin.json's Error document (error, error_code, status_code, details)
// turned into a translated message that says what to do, with the field it names. Pure
// functions, so odd bodies (not JSON, details of the wrong type, huge) are unit-tested
// (tests/unit/tst_adminerrors.cpp).

#include "admin/adminclient.h"

namespace Admin {

// What the client knew when the response came.
struct ResponseContext
{
    QByteArray method;           // "GET", "POST", ...
    QString path;                // below the API root, for messages ("/servers/w1")
    bool afterFreshToken = false; // a 401 already made the client fetch a new token once
    int retries = 0;             // 429 / 503 retries already made (RetryingRequest::attempts() - 1)
};

// The whole result: http copied in, json, etag, replayed; for a non-2xx status (or no response)
// error, errorCode and fieldErrors.
AdminResult resultFromResponse(const HttpResponse &http, const ResponseContext &context);

// The fields an Error's details names: details.field (with the error text as message), or a
// details object keyed by field names (string, array of strings, or {"message": ...} values).
// At most 50; anything else (not an object, other members) gives none.
QList<FieldError> fieldErrorsFrom(const QJsonValue &details, const QString &errorText);

} // namespace Admin
