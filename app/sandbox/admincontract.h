// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Private to the sandbox: the top-level fields of admin.json's request documents (Server,
// StaticIDP, CreateClientAdminRequest, UpdateClientAdminRequest) with their JSON types, enums
// and Go-duration formats, and the checks TenantState runs on request bodies with them.

#include "tenantstate.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>
#include <span>

namespace Sandbox::Contract {

struct FieldSpec
{
    const char *name;
    char type;          // 's' string, 'b' boolean, 'i' integer, 'n' number, 'a' array, 'o' object
    char itemType;      // for arrays: the items' type, '-' when not an array
    const char *values; // '|'-separated enum (of the value or of the array's items), or nullptr
    bool duration;      // "format: duration": a Go duration string, normalised on the way in
};

std::span<const FieldSpec> serverFields();
std::span<const FieldSpec> staticIdpFields();
std::span<const FieldSpec> createClientFields();
std::span<const FieldSpec> updateClientFields();

// The enum of one field of a table, split; empty when the field has none.
QStringList enumValues(std::span<const FieldSpec> table, const char *field);

// Error bodies. error_code follows the status: invalid_request (400), not_found (404),
// conflict (409), invalid_field (422).
ApiError badRequest(const QString &message, const QString &field = {});
ApiError unprocessable(const QString &field, const QString &message);
ApiError notFound(const QString &message, const QString &field = {});
ApiError conflict(const QString &field, const QString &message);

// Keeps the body's fields that the table knows (unknown ones are dropped, as Cloudentity's
// decoder does), type-checked; a JSON null is treated as absent. A wrong JSON type is
// `typeStatus` (400, or 422 where the operation lists no 400); an unknown enum value or a
// malformed Go duration is 422. Durations come back in Go's canonical form ("1h" → "1h0m0s").
Outcome<QJsonObject> acceptFields(const QJsonObject &body, std::span<const FieldSpec> table, int typeStatus);

// Identifiers Cloudentity takes in paths (workspace, IDP, client ids): 1-64 of [A-Za-z0-9_-],
// starting with a letter or digit. admin.json gives no pattern; this keeps ids safe in URLs.
bool isValidId(const QString &id);

} // namespace Sandbox::Contract
