// SPDX-License-Identifier: GPL-3.0-or-later
#include "swaggercheck.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace SwaggerCheck {

namespace {

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return u"null"_s;
    case QJsonValue::Bool: return u"boolean"_s;
    case QJsonValue::Double: return u"number"_s;
    case QJsonValue::String: return u"string"_s;
    case QJsonValue::Array: return u"array"_s;
    case QJsonValue::Object: return u"object"_s;
    case QJsonValue::Undefined: break;
    }
    return u"undefined"_s;
}

bool hasType(const QJsonValue &value, const QString &type)
{
    if (type == u"string")
        return value.isString();
    if (type == u"boolean")
        return value.isBool();
    if (type == u"number")
        return value.isDouble();
    if (type == u"integer") {
        if (!value.isDouble())
            return false;
        const double d = value.toDouble();
        return d == static_cast<double>(static_cast<qint64>(d));
    }
    if (type == u"array")
        return value.isArray();
    if (type == u"object")
        return value.isObject();
    if (type == u"file")
        return true;
    return false;
}

QString shortJson(const QJsonValue &value)
{
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    const QString inner = QString::fromUtf8(text.mid(1, text.size() - 2));
    return inner.size() > 60 ? inner.left(57) + u"..."_s : inner;
}

constexpr int kMaxDepth = 64;

// {"type": "object"} and nothing that constrains it.
bool isBareObject(const QJsonObject &schema)
{
    for (auto it = schema.begin(); it != schema.end(); ++it) {
        const QString key = it.key();
        if (key != u"type" && key != u"description" && key != u"x-nullable" && key != u"title" && key != u"example")
            return false;
    }
    return true;
}

} // namespace

bool Spec::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = u"%1: %2"_s.arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject() || document.object().value(u"swagger"_s).toString() != u"2.0") {
        if (error)
            *error = u"%1: not a Swagger 2.0 JSON document (%2)"_s.arg(path, parseError.errorString());
        return false;
    }
    m_document = document.object();
    return true;
}

QJsonValue Spec::resolve(const QString &reference) const
{
    if (!reference.startsWith(u"#/"))
        return {};
    QJsonValue node = m_document;
    const QStringList parts = reference.mid(2).split(u'/');
    for (QString part : parts) {
        // RFC 6901 escapes.
        part.replace(u"~1"_s, u"/"_s).replace(u"~0"_s, u"~"_s);
        if (!node.isObject())
            return {};
        node = node.toObject().value(part);
    }
    return node;
}

QStringList Spec::validate(const QJsonValue &value, const QJsonObject &schema) const
{
    QStringList problems;
    check(value, schema, u"$"_s, 0, problems);
    return problems;
}

QStringList Spec::validateDefinition(const QJsonValue &value, const QString &definition) const
{
    const QJsonValue schema = m_document.value(u"definitions"_s)[definition];
    if (!schema.isObject())
        return {u"no definition \"%1\" in the spec"_s.arg(definition)};
    return validate(value, schema.toObject());
}

void Spec::check(const QJsonValue &value, const QJsonObject &schema, const QString &where, int depth,
                 QStringList &problems) const
{
    if (depth > kMaxDepth) {
        problems.append(where + u": schema nesting too deep"_s);
        return;
    }
    if (schema.contains(u"$ref"_s)) {
        const QString reference = schema.value(u"$ref"_s).toString();
        const QJsonValue target = resolve(reference);
        if (!target.isObject()) {
            problems.append(u"%1: unresolvable $ref %2"_s.arg(where, reference));
            return;
        }
        check(value, target.toObject(), where, depth + 1, problems);
        return;
    }
    for (const QJsonValue &part : schema.value(u"allOf"_s).toArray())
        check(value, part.toObject(), where, depth + 1, problems);

    if (value.isNull()) {
        if (!schema.value(u"x-nullable"_s).toBool() && schema.contains(u"type"_s))
            problems.append(where + u": null is not allowed"_s);
        return;
    }
    const QString type = schema.value(u"type"_s).toString();
    if (m_bareObjectIsAny && type == u"object" && isBareObject(schema))
        return;
    if (!type.isEmpty() && !hasType(value, type)) {
        problems.append(u"%1: expected %2, got %3"_s.arg(where, type, jsonTypeName(value)));
        return;
    }
    if (schema.contains(u"enum"_s) && !schema.value(u"enum"_s).toArray().contains(value))
        problems.append(u"%1: %2 is not one of the enum values"_s.arg(where, shortJson(value)));

    if (value.isString()) {
        const QString text = value.toString();
        if (schema.contains(u"minLength"_s) && text.size() < schema.value(u"minLength"_s).toInt())
            problems.append(u"%1: shorter than minLength %2"_s.arg(where).arg(schema.value(u"minLength"_s).toInt()));
        if (schema.contains(u"maxLength"_s) && text.size() > schema.value(u"maxLength"_s).toInt())
            problems.append(u"%1: longer than maxLength %2"_s.arg(where).arg(schema.value(u"maxLength"_s).toInt()));
        if (schema.value(u"format"_s).toString() == u"date-time"
            && !QDateTime::fromString(text, Qt::ISODateWithMs).isValid())
            problems.append(u"%1: \"%2\" is not a date-time"_s.arg(where, text));
    }
    if (value.isDouble()) {
        if (schema.contains(u"minimum"_s) && value.toDouble() < schema.value(u"minimum"_s).toDouble())
            problems.append(u"%1: below minimum"_s.arg(where));
        if (schema.contains(u"maximum"_s) && value.toDouble() > schema.value(u"maximum"_s).toDouble())
            problems.append(u"%1: above maximum"_s.arg(where));
    }
    if (value.isArray() && schema.value(u"items"_s).isObject()) {
        const QJsonArray items = value.toArray();
        for (qsizetype i = 0; i < items.size(); ++i)
            check(items[i], schema.value(u"items"_s).toObject(), u"%1[%2]"_s.arg(where).arg(i), depth + 1, problems);
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        const QJsonObject properties = schema.value(u"properties"_s).toObject();
        for (const QJsonValue &name : schema.value(u"required"_s).toArray()) {
            if (!object.contains(name.toString()))
                problems.append(u"%1: required property \"%2\" is missing"_s.arg(where, name.toString()));
        }
        const QJsonValue additional = schema.value(u"additionalProperties"_s);
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString member = where + u'.' + it.key();
            if (properties.contains(it.key()))
                check(it.value(), properties.value(it.key()).toObject(), member, depth + 1, problems);
            else if (additional.isBool() && !additional.toBool())
                problems.append(member + u": property not allowed (additionalProperties: false)"_s);
            else if (additional.isObject())
                check(it.value(), additional.toObject(), member, depth + 1, problems);
        }
    }
}

std::optional<QJsonObject> Spec::responseSchema(const QString &pathTemplate, const QByteArray &method, int status) const
{
    const QJsonValue operation = m_document.value(u"paths"_s)[pathTemplate][QString::fromLatin1(method.toLower())];
    if (!operation.isObject())
        return std::nullopt;
    QJsonValue response = operation[u"responses"_s][QString::number(status)];
    if (response.isUndefined())
        response = operation[u"responses"_s][u"default"_s];
    if (!response.isObject())
        return std::nullopt;
    for (int hops = 0; response.toObject().contains(u"$ref"_s) && hops < 8; ++hops)
        response = resolve(response[u"$ref"_s].toString());
    if (!response.isObject())
        return std::nullopt;
    return response[u"schema"_s].toObject();
}

QStringList Spec::validateResponse(const QString &pathTemplate, const QByteArray &method, int status,
                                   const QByteArray &body) const
{
    const auto schema = responseSchema(pathTemplate, method, status);
    if (!schema)
        return {u"%1 %2 does not list status %3"_s.arg(QString::fromLatin1(method), pathTemplate).arg(status)};
    if (schema->isEmpty())
        return body.trimmed().isEmpty() ? QStringList() : QStringList{u"status %1 has no schema but a body"_s.arg(status)};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return {u"body is not JSON: %1"_s.arg(error.errorString())};
    const QJsonValue value = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    return validate(value, *schema);
}

} // namespace SwaggerCheck
