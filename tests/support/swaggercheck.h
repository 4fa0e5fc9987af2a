// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A small validator for JSON documents against the schemas of a Swagger 2.0 (OpenAPI 2) spec,
// for tests that check the sandbox's responses against Cloudentity's published contracts
// (tests/data/contracts/cloudentity). Generic: it knows the JSON-schema subset Swagger 2.0 uses.
//
// Checked: $ref (any "#/..." pointer), allOf, type (string, integer, number, boolean, array,
// object; null only with "x-nullable": true), enum, required, properties, additionalProperties
// (false, or a schema for the extra members), items, minLength/maxLength, minimum/maximum,
// format "date-time". Not checked: other formats, pattern, readOnly, discriminator.

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace SwaggerCheck {

class Spec
{
public:
    // Loads the spec (JSON). False with *error set when the file is unreadable or not a Swagger
    // 2.0 object.
    bool load(const QString &path, QString *error = nullptr);
    const QJsonObject &document() const { return m_document; }

    // go-swagger writes a Go interface{} (any JSON value) as a bare {"type": "object"} schema
    // (admin.json's AuthenticationContext and Metadata maps are {"additionalProperties":
    // {"type": "object"}} but hold strings, arrays, ...). When true (the default), a schema that
    // is only {"type": "object"} (plus description / x-nullable) accepts any value.
    void setBareObjectIsAny(bool any) { m_bareObjectIsAny = any; }

    // Problems found, one line each ("$.servers[0].id: expected string, got number"); empty
    // when the value is valid.
    QStringList validate(const QJsonValue &value, const QJsonObject &schema) const;
    QStringList validateDefinition(const QJsonValue &value, const QString &definition) const;

    // The response schema the spec gives for an operation ("/servers/{wid}", "GET", 200) with
    // "#/responses/..." references resolved; an empty object when the response has no schema
    // (e.g. a 204); nullopt when the operation does not list that status (or does not exist).
    std::optional<QJsonObject> responseSchema(const QString &pathTemplate, const QByteArray &method, int status) const;

    // Whether the operation lists the status, and the body (JSON, or empty for a schemaless
    // response) matches its schema. Problems as above, or why the status is not documented.
    QStringList validateResponse(const QString &pathTemplate, const QByteArray &method, int status,
                                 const QByteArray &body) const;

private:
    QJsonValue resolve(const QString &reference) const;
    void check(const QJsonValue &value, const QJsonObject &schema, const QString &where, int depth,
               QStringList &problems) const;

    QJsonObject m_document;
    bool m_bareObjectIsAny = true;
};

} // namespace SwaggerCheck
