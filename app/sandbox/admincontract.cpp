// SPDX-License-Identifier: GPL-3.0-or-later
#include "admincontract.h"

#include "admin/goduration.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Sandbox::Contract {

namespace {

// The tables below list admin.json's definitions field by field (cloudentity/acp-client-go
// spec/admin.yaml at a4a107bb, see tests/data/contracts/cloudentity/SOURCES.md).

// admin.json definitions/Server
constexpr FieldSpec kServerFields[] = {
    {"access_token_strategy", 's', '-', "jwt|opaque", false},
    {"access_token_ttl", 's', '-', nullptr, true},
    {"advanced", 'o', '-', nullptr, false},
    {"authentication_context_settings", 'o', '-', nullptr, false},
    {"authentication_mechanisms", 'a', 's', "totp|password|otp|email_otp|sms_otp|webauthn", false},
    {"authorization_code_ttl", 's', '-', nullptr, true},
    {"backchannel_token_delivery_modes_supported", 'a', 's', nullptr, false},
    {"backchannel_user_code_parameter_supported", 'b', '-', nullptr, false},
    {"cdr", 'o', '-', nullptr, false},
    {"color", 's', '-', nullptr, false},
    {"consent_id_namespace", 's', '-', nullptr, false},
    {"cookie_max_age", 's', '-', nullptr, true},
    {"custom_issuer_url", 's', '-', nullptr, false},
    {"description", 's', '-', nullptr, false},
    {"device_authorization", 'o', '-', nullptr, false},
    {"dynamic_client_registration", 'o', '-', nullptr, false},
    {"dynamic_scope_separator", 's', '-', nullptr, false},
    {"enable_idp_discovery", 'b', '-', nullptr, false},
    {"enable_legacy_clients_with_no_software_statement", 'b', '-', nullptr, false},
    {"enable_quick_access", 'b', '-', nullptr, false},
    {"enable_trust_anchor", 'b', '-', nullptr, false},
    {"enforce_id_token_encryption", 'b', '-', nullptr, false},
    {"enforce_pkce", 'b', '-', nullptr, false},
    {"enforce_pkce_for_public_clients", 'b', '-', nullptr, false},
    {"fdx", 'o', '-', nullptr, false},
    {"grant_types", 'a', 's', "authorization_code|implicit|client_credentials|refresh_token|password|urn:ietf:params:oauth:grant-type:jwt-bearer|urn:openid:params:grant-type:ciba|urn:ietf:params:oauth:grant-type:token-exchange|urn:ietf:params:oauth:grant-type:device_code", false},
    {"id", 's', '-', nullptr, false},
    {"id_token_ttl", 's', '-', nullptr, true},
    {"identity_assurance", 'o', '-', nullptr, false},
    {"idp_discovery", 'o', '-', nullptr, false},
    {"issuer_id", 's', '-', nullptr, false},
    {"jwks", 'o', '-', nullptr, false},
    {"key_type", 's', '-', "rsa|ecdsa|ps", false},
    {"legal_entity", 'o', '-', nullptr, false},
    {"logo_uri", 's', '-', nullptr, false},
    {"metadata", 'o', '-', nullptr, false},
    {"name", 's', '-', nullptr, false},
    {"obbr", 'o', '-', nullptr, false},
    {"organization", 'o', '-', nullptr, false},
    {"parent_id", 's', '-', nullptr, false},
    {"profile", 's', '-', "default|demo|workforce|consumer|partners|third_party|fapi_advanced|fapi_rw|fapi_ro|openbanking_uk_fapi_advanced|openbanking_uk|openbanking_br|openbanking_br_unico|cdr_australia|cdr_australia_fapi_rw|fdx|openbanking_ksa|fapi_20_security|fapi_20_message_signing|connect_id", false},
    {"pushed_authorization_request_ttl", 's', '-', nullptr, true},
    {"refresh_token_ttl", 's', '-', nullptr, true},
    {"require_pushed_authorization_requests", 'b', '-', nullptr, false},
    {"response_types", 'a', 's', "token|id_token|code|code id_token|token id_token|token code|token id_token code|none", false},
    {"root_cas", 's', '-', nullptr, false},
    {"rotated_secrets", 'a', 's', nullptr, false},
    {"saml", 'o', '-', nullptr, false},
    {"scope_claim_formats", 'a', 's', nullptr, false},
    {"secret", 's', '-', nullptr, false},
    {"settings", 'o', '-', nullptr, false},
    {"sso", 'o', '-', nullptr, false},
    {"styling", 'o', '-', nullptr, false},
    {"subject_format", 's', '-', "hash|legacy", false},
    {"subject_identifier_algorithm_salt", 's', '-', nullptr, false},
    {"subject_identifier_types", 'a', 's', "public|pairwise", false},
    {"template", 'b', '-', nullptr, false},
    {"tenant_id", 's', '-', nullptr, false},
    {"token_endpoint_auth_methods", 'a', 's', "client_secret_basic|client_secret_post|client_secret_jwt|private_key_jwt|self_signed_tls_client_auth|tls_client_auth|none|unspecified", false},
    {"token_endpoint_auth_signing_alg_values", 'a', 's', nullptr, false},
    {"token_endpoint_authn_methods", 'a', 's', "client_secret_basic|client_secret_post|client_secret_jwt|private_key_jwt|self_signed_tls_client_auth|tls_client_auth|none|unspecified", false},
    {"trust_anchor_configuration", 'o', '-', nullptr, false},
    {"type", 's', '-', "admin|developer|system|regular|organization", false},
    {"version", 'i', '-', nullptr, false},
};

// admin.json definitions/StaticIDP
constexpr FieldSpec kStaticIdpFields[] = {
    {"attributes", 'a', 'o', nullptr, false},
    {"authorization_server_id", 's', '-', nullptr, false},
    {"client_id", 's', '-', nullptr, false},
    {"config", 'o', '-', nullptr, false},
    {"credentials", 'o', '-', nullptr, false},
    {"disabled", 'b', '-', nullptr, false},
    {"discovery_settings", 'o', '-', nullptr, false},
    {"display_order", 'i', '-', nullptr, false},
    {"hidden", 'b', '-', nullptr, false},
    {"id", 's', '-', nullptr, false},
    {"identity_pool_id", 's', '-', nullptr, false},
    {"jit", 'o', '-', nullptr, false},
    {"logo_uri", 's', '-', nullptr, false},
    {"mappings", 'a', 'o', nullptr, false},
    {"method", 's', '-', nullptr, false},
    {"name", 's', '-', nullptr, false},
    {"post_authn_app_id", 's', '-', nullptr, false},
    {"settings", 'o', '-', nullptr, false},
    {"sso_settings", 'o', '-', nullptr, false},
    {"static_amr", 'a', 's', nullptr, false},
    {"tenant_id", 's', '-', nullptr, false},
    {"token_exchange_settings", 'o', '-', nullptr, false},
    {"version", 'i', '-', nullptr, false},
    {"workspace_id", 's', '-', nullptr, false},
};

// admin.json definitions/CreateClientAdminRequest
constexpr FieldSpec kCreateClientFields[] = {
    {"app_url", 's', '-', nullptr, false},
    {"application_type", 's', '-', nullptr, false},
    {"application_types", 'a', 's', "single_page|server_web|mobile_desktop|service|legacy|dcr", false},
    {"audience", 'a', 's', nullptr, false},
    {"authorization_details_types", 'a', 's', nullptr, false},
    {"authorization_encrypted_response_alg", 's', '-', "RSA-OAEP|RSA-OAEP-256", false},
    {"authorization_encrypted_response_enc", 's', '-', "A256GCM|A128CBC-HS256", false},
    {"authorization_server_id", 's', '-', nullptr, false},
    {"authorization_signed_response_alg", 's', '-', nullptr, false},
    {"backchannel_authentication_request_signing_alg", 's', '-', nullptr, false},
    {"backchannel_client_notification_endpoint", 's', '-', nullptr, false},
    {"backchannel_logout_session_required", 'b', '-', nullptr, false},
    {"backchannel_logout_uri", 's', '-', nullptr, false},
    {"backchannel_token_delivery_mode", 's', '-', nullptr, false},
    {"backchannel_user_code_parameter", 'b', '-', nullptr, false},
    {"certificate", 's', '-', nullptr, false},
    {"client_id", 's', '-', nullptr, false},
    {"client_id_issued_at", 'i', '-', nullptr, false},
    {"client_name", 's', '-', nullptr, false},
    {"client_secret", 's', '-', nullptr, false},
    {"client_secret_expires_at", 'i', '-', nullptr, false},
    {"client_status", 's', '-', "active|inactive", false},
    {"client_type", 's', '-', "oauth2|saml", false},
    {"client_uri", 's', '-', nullptr, false},
    {"created_at", 's', '-', nullptr, false},
    {"default_acr_values", 'a', 's', nullptr, false},
    {"description", 's', '-', nullptr, false},
    {"developer_id", 's', '-', nullptr, false},
    {"developer_metadata", 'o', '-', nullptr, false},
    {"dpop_bound_access_tokens", 'b', '-', nullptr, false},
    {"fdx", 'o', '-', nullptr, false},
    {"grant_types", 'a', 's', "authorization_code|implicit|client_credentials|refresh_token|password|urn:ietf:params:oauth:grant-type:jwt-bearer|urn:openid:params:grant-type:ciba|urn:ietf:params:oauth:grant-type:token-exchange|urn:ietf:params:oauth:grant-type:device_code", false},
    {"hashed_rotated_secrets", 'a', 's', nullptr, false},
    {"hashed_secret", 's', '-', nullptr, false},
    {"id_token_encrypted_response_alg", 's', '-', "RSA-OAEP|RSA-OAEP-256", false},
    {"id_token_encrypted_response_enc", 's', '-', "A256GCM|A128CBC-HS256", false},
    {"id_token_signed_response_alg", 's', '-', "RS256|ES256|PS256", false},
    {"introspection_endpoint_auth_method", 's', '-', "client_secret_basic|client_secret_post|client_secret_jwt|private_key_jwt|self_signed_tls_client_auth|tls_client_auth|none", false},
    {"jwks", 'o', '-', nullptr, false},
    {"jwks_uri", 's', '-', nullptr, false},
    {"logo_uri", 's', '-', nullptr, false},
    {"metadata", 'o', '-', nullptr, false},
    {"organisation_id", 's', '-', nullptr, false},
    {"policy_uri", 's', '-', nullptr, false},
    {"post_logout_redirect_uris", 'a', 's', nullptr, false},
    {"privacy", 'o', '-', nullptr, false},
    {"redirect_uris", 'a', 's', nullptr, false},
    {"request_object_encryption_alg", 's', '-', "RSA-OAEP|RSA-OAEP-256", false},
    {"request_object_encryption_enc", 's', '-', "A256GCM|A128CBC-HS256", false},
    {"request_object_signing_alg", 's', '-', "any|none|RS256|ES256|PS256", false},
    {"request_uris", 'a', 's', nullptr, false},
    {"require_pushed_authorization_requests", 'b', '-', nullptr, false},
    {"response_types", 'a', 's', "token|id_token|code|code id_token|token id_token|token code|token id_token code|none", false},
    {"revocation_endpoint_auth_method", 's', '-', "client_secret_basic|client_secret_post|client_secret_jwt|private_key_jwt|self_signed_tls_client_auth|tls_client_auth|none", false},
    {"rotated_secrets", 'a', 's', nullptr, false},
    {"scope", 's', '-', nullptr, false},
    {"scopes", 'a', 's', nullptr, false},
    {"sector_identifier_uri", 's', '-', nullptr, false},
    {"software_statement", 's', '-', nullptr, false},
    {"software_statement_payload", 'o', '-', nullptr, false},
    {"subject_type", 's', '-', "public|pairwise", false},
    {"system", 'b', '-', nullptr, false},
    {"tenant_id", 's', '-', nullptr, false},
    {"tls_client_auth_san_dns", 's', '-', nullptr, false},
    {"tls_client_auth_san_email", 's', '-', nullptr, false},
    {"tls_client_auth_san_ip", 's', '-', nullptr, false},
    {"tls_client_auth_san_uri", 's', '-', nullptr, false},
    {"tls_client_auth_subject_dn", 's', '-', nullptr, false},
    {"tls_client_certificate_bound_access_tokens", 'b', '-', nullptr, false},
    {"token_endpoint_auth_method", 's', '-', "client_secret_basic|client_secret_post|client_secret_jwt|private_key_jwt|self_signed_tls_client_auth|tls_client_auth|none|unspecified", false},
    {"token_endpoint_auth_signing_alg", 's', '-', "RS256|ES256|PS256|HS256|", false},
    {"token_exchange", 'o', '-', nullptr, false},
    {"token_ttls", 'o', '-', nullptr, false},
    {"tos_uri", 's', '-', nullptr, false},
    {"trusted", 'b', '-', nullptr, false},
    {"updated_at", 's', '-', nullptr, false},
    {"use_custom_token_ttls", 'b', '-', nullptr, false},
    {"userinfo_signed_response_alg", 's', '-', "none|RS256|ES256", false},
};

// admin.json definitions/UpdateClientAdminRequest
constexpr FieldSpec kUpdateClientFields[] = {
    {"app_url", 's', '-', nullptr, false},
    {"application_type", 's', '-', nullptr, false},
    {"application_types", 'a', 's', "single_page|server_web|mobile_desktop|service|legacy|dcr", false},
    {"audience", 'a', 's', nullptr, false},
    {"authorization_details_types", 'a', 's', nullptr, false},
    {"authorization_encrypted_response_alg", 's', '-', "RSA-OAEP|RSA-OAEP-256", false},
    {"authorization_encrypted_response_enc", 's', '-', "A256GCM|A128CBC-HS256", false},
    {"authorization_server_id", 's', '-', nullptr, false},
    {"authorization_signed_response_alg", 's', '-', nullptr, false},
    {"backchannel_authentication_request_signing_alg", 's', '-', nullptr, false},
    {"backchannel_client_notification_endpoint", 's', '-', nullptr, false},
    {"backchannel_logout_session_required", 'b', '-', nullptr, false},
    {"backchannel_logout_uri", 's', '-', nullptr, false},
    {"backchannel_token_delivery_mode", 's', '-', nullptr, false},
    {"backchannel_user_code_parameter", 'b', '-', nullptr, false},
    {"certificate", 's', '-', nullptr, false},
    {"client_id", 's', '-', nullptr, false},
    {"client_id_issued_at", 'i', '-', nullptr, false},
    {"client_name", 's', '-', nullptr, false},
    {"client_secret", 's', '-', nullptr, false},
    {"client_secret_expires_at", 'i', '-', nullptr, false},
    {"client_status", 's', '-', "active|inactive", false},
    {"client_type", 's', '-', "oauth2|saml", false},
    {"client_uri", 's', '-', nullptr, false},
    {"created_at", 's', '-', nullptr, false},
    {"default_acr_values", 'a', 's', nullptr, false},
    {"description", 's', '-', nullptr, false},
    {"developer_id", 's', '-', nullptr, false},
    {"developer_metadata", 'o', '-', nullptr, false},
    {"dpop_bound_access_tokens", 'b', '-', nullptr, false},
    {"fdx", 'o', '-', nullptr, false},
    {"grant_types", 'a', 's', "authorization_code|implicit|client_credentials|refresh_token|password|urn:ietf:params:oauth:grant-type:jwt-bearer|urn:openid:params:grant-type:ciba|urn:ietf:params:oauth:grant-type:token-exchange|urn:ietf:params:oauth:grant-type:device_code", false},
    {"hashed_rotated_secrets", 'a', 's', nullptr, false},
    {"hashed_secret", 's', '-', nullptr, false},
    {"id_token_encrypted_response_alg", 's', '-', "RSA-OAEP|RSA-OAEP-256", false},
    {"id_token_encrypted_response_enc", 's', '-', "A256GCM|A128CBC-HS256", false},
    {"id_token_signed_response_alg", 's', '-', "RS256|ES256|PS256", false},
    {"introspection_endpoint_auth_method", 's', '-', "client_secret_basic|client_secret_post|client_secret_jwt|private_key_jwt|self_signed_tls_client_auth|tls_client_auth|none", false},
    {"jwks", 'o', '-', nullptr, false},
    {"jwks_uri", 's', '-', nullptr, false},
    {"logo_uri", 's', '-', nullptr, false},
    {"metadata", 'o', '-', nullptr, false},
    {"organisation_id", 's', '-', nullptr, false},
    {"policy_uri", 's', '-', nullptr, false},
    {"post_logout_redirect_uris", 'a', 's', nullptr, false},
    {"privacy", 'o', '-', nullptr, false},
    {"redirect_uris", 'a', 's', nullptr, false},
    {"request_object_encryption_alg", 's', '-', "RSA-OAEP|RSA-OAEP-256", false},
    {"request_object_encryption_enc", 's', '-', "A256GCM|A128CBC-HS256", false},
    {"request_object_signing_alg", 's', '-', "any|none|RS256|ES256|PS256", false},
    {"request_uris", 'a', 's', nullptr, false},
    {"require_pushed_authorization_requests", 'b', '-', nullptr, false},
    {"response_types", 'a', 's', "token|id_token|code|code id_token|token id_token|token code|token id_token code|none", false},
    {"revocation_endpoint_auth_method", 's', '-', "client_secret_basic|client_secret_post|client_secret_jwt|private_key_jwt|self_signed_tls_client_auth|tls_client_auth|none", false},
    {"rotated_secrets", 'a', 's', nullptr, false},
    {"saml_allowed_attributes", 'a', 's', nullptr, false},
    {"saml_metadata", 'o', '-', nullptr, false},
    {"saml_metadata_updated_at", 's', '-', nullptr, false},
    {"saml_metadata_url", 's', '-', nullptr, false},
    {"saml_override_attributes", 'b', '-', nullptr, false},
    {"saml_service_provider_id", 's', '-', nullptr, false},
    {"saml_signing_hash", 's', '-', "sha-1|sha-256|sha-512", false},
    {"saml_subject_name_id", 's', '-', nullptr, false},
    {"saml_subject_name_id_format", 's', '-', "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified|urn:oasis:names:tc:SAML:2.0:nameid-format:transient|urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress|urn:oasis:names:tc:SAML:2.0:nameid-format:persistent", false},
    {"scope", 's', '-', nullptr, false},
    {"scopes", 'a', 's', nullptr, false},
    {"sector_identifier_uri", 's', '-', nullptr, false},
    {"software_statement", 's', '-', nullptr, false},
    {"software_statement_payload", 'o', '-', nullptr, false},
    {"subject_type", 's', '-', "public|pairwise", false},
    {"system", 'b', '-', nullptr, false},
    {"tenant_id", 's', '-', nullptr, false},
    {"tls_client_auth_san_dns", 's', '-', nullptr, false},
    {"tls_client_auth_san_email", 's', '-', nullptr, false},
    {"tls_client_auth_san_ip", 's', '-', nullptr, false},
    {"tls_client_auth_san_uri", 's', '-', nullptr, false},
    {"tls_client_auth_subject_dn", 's', '-', nullptr, false},
    {"tls_client_certificate_bound_access_tokens", 'b', '-', nullptr, false},
    {"token_endpoint_auth_method", 's', '-', "client_secret_basic|client_secret_post|client_secret_jwt|private_key_jwt|self_signed_tls_client_auth|tls_client_auth|none|unspecified", false},
    {"token_endpoint_auth_signing_alg", 's', '-', "RS256|ES256|PS256|HS256|", false},
    {"token_exchange", 'o', '-', nullptr, false},
    {"token_ttls", 'o', '-', nullptr, false},
    {"tos_uri", 's', '-', nullptr, false},
    {"trusted", 'b', '-', nullptr, false},
    {"updated_at", 's', '-', nullptr, false},
    {"use_custom_token_ttls", 'b', '-', nullptr, false},
    {"userinfo_signed_response_alg", 's', '-', "none|RS256|ES256", false},
};

} // namespace

std::span<const FieldSpec> serverFields() { return kServerFields; }
std::span<const FieldSpec> staticIdpFields() { return kStaticIdpFields; }
std::span<const FieldSpec> createClientFields() { return kCreateClientFields; }
std::span<const FieldSpec> updateClientFields() { return kUpdateClientFields; }

namespace {

const FieldSpec *findField(std::span<const FieldSpec> table, const QString &name)
{
    for (const FieldSpec &field : table) {
        if (name == QLatin1StringView(field.name))
            return &field;
    }
    return nullptr;
}

QStringList splitValues(const char *values)
{
    return values ? QString::fromLatin1(values).split(u'|') : QStringList();
}

bool hasType(const QJsonValue &value, char type)
{
    switch (type) {
    case 's': return value.isString();
    case 'b': return value.isBool();
    case 'n': return value.isDouble();
    case 'i': {
        if (!value.isDouble())
            return false;
        const double d = value.toDouble();
        return d == static_cast<double>(static_cast<qint64>(d));
    }
    case 'a': return value.isArray();
    case 'o': return value.isObject();
    default: return true;
    }
}

QString typeName(char type)
{
    switch (type) {
    case 's': return u"a string"_s;
    case 'b': return u"a boolean"_s;
    case 'n': return u"a number"_s;
    case 'i': return u"an integer"_s;
    case 'a': return u"an array"_s;
    case 'o': return u"an object"_s;
    default: return u"a value"_s;
    }
}

ApiError makeError(int status, const QString &code, const QString &message, const QString &field)
{
    ApiError error;
    error.status = status;
    error.error = message;
    error.errorCode = code;
    if (!field.isEmpty())
        error.details.insert(u"field"_s, field);
    return error;
}

} // namespace

QStringList enumValues(std::span<const FieldSpec> table, const char *field)
{
    const FieldSpec *spec = findField(table, QString::fromLatin1(field));
    return spec ? splitValues(spec->values) : QStringList();
}

ApiError badRequest(const QString &message, const QString &field)
{
    return makeError(400, u"invalid_request"_s, message, field);
}

ApiError unprocessable(const QString &field, const QString &message)
{
    return makeError(422, u"invalid_field"_s, message, field);
}

ApiError notFound(const QString &message, const QString &field)
{
    return makeError(404, u"not_found"_s, message, field);
}

ApiError conflict(const QString &field, const QString &message)
{
    return makeError(409, u"conflict"_s, message, field);
}

Outcome<QJsonObject> acceptFields(const QJsonObject &body, std::span<const FieldSpec> table, int typeStatus)
{
    const auto typeError = [typeStatus](const QString &field, const QString &message) {
        return typeStatus == 422 ? unprocessable(field, message) : badRequest(message, field);
    };
    QJsonObject accepted;
    for (auto it = body.begin(); it != body.end(); ++it) {
        const FieldSpec *spec = findField(table, it.key());
        if (!spec || it.value().isNull())
            continue;
        const QString name = it.key();
        QJsonValue value = it.value();
        if (!hasType(value, spec->type))
            return {std::nullopt, typeError(name, u"%1 must be %2"_s.arg(name, typeName(spec->type)))};
        const QStringList allowed = splitValues(spec->values);
        if (spec->type == 'a' && spec->itemType != '-') {
            const QJsonArray items = value.toArray();
            for (qsizetype i = 0; i < items.size(); ++i) {
                const QString itemName = u"%1[%2]"_s.arg(name).arg(i);
                if (!hasType(items[i], spec->itemType))
                    return {std::nullopt, typeError(itemName, u"%1 must be %2"_s.arg(itemName, typeName(spec->itemType)))};
                if (!allowed.isEmpty() && !allowed.contains(items[i].toString()))
                    return {std::nullopt, unprocessable(itemName, u"%1: \"%2\" is not one of: %3"_s.arg(itemName, items[i].toString(), allowed.join(u", ")))};
            }
        } else if (!allowed.isEmpty() && !allowed.contains(value.toString())) {
            return {std::nullopt, unprocessable(name, u"%1: \"%2\" is not one of: %3"_s.arg(name, value.toString(), allowed.join(u", ")))};
        }
        if (spec->duration) {
            const auto ns = Admin::GoDuration::parse(value.toString());
            if (!ns || *ns < 0)
                return {std::nullopt, unprocessable(name, u"%1: \"%2\" is not a valid duration (Go syntax, e.g. \"1h0m0s\", \"90s\")"_s.arg(name, value.toString()))};
            value = Admin::GoDuration::format(*ns);
        }
        accepted.insert(name, value);
    }
    return {accepted, {}};
}

bool isValidId(const QString &id)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$"_s);
    return pattern.match(id).hasMatch();
}

} // namespace Sandbox::Contract
