// SPDX-License-Identifier: GPL-3.0-or-later
#include "localsandbox.h"

#include "sandboxserver.h"
#include "tenantstate.h"

#include "oauth/providerpresets.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcLocalSandbox, "tokenscope.sandbox.local", QtInfoMsg)

namespace Sandbox {

namespace {

constexpr std::array AllGroups{
    ApiGroup::Admin, ApiGroup::Developer, ApiGroup::Public, ApiGroup::OAuth2, ApiGroup::OpenBanking,
    ApiGroup::Web, ApiGroup::System, ApiGroup::AuditEvents, ApiGroup::IdentityAdmin, ApiGroup::IdentitySelfService,
};

QString groupDisplayName(ApiGroup group)
{
    switch (group) {
    case ApiGroup::Admin: return LocalSandbox::tr("Admin API");
    case ApiGroup::Developer: return LocalSandbox::tr("Developer API");
    case ApiGroup::Public: return LocalSandbox::tr("Public API");
    case ApiGroup::OAuth2: return LocalSandbox::tr("OAuth 2.0 and OpenID Connect");
    case ApiGroup::OpenBanking: return LocalSandbox::tr("Open Banking");
    case ApiGroup::Web: return LocalSandbox::tr("Web pages (login)");
    case ApiGroup::System: return LocalSandbox::tr("System API");
    case ApiGroup::AuditEvents: return LocalSandbox::tr("Audit events");
    case ApiGroup::IdentityAdmin: return LocalSandbox::tr("Identity admin");
    case ApiGroup::IdentitySelfService: return LocalSandbox::tr("Identity self-service");
    }
    return {};
}

constexpr auto AdminWorkspace = "admin";

} // namespace

LocalSandbox::LocalSandbox(Profiles::ProfileStore *profiles, Profiles::SecretStore *secrets,
                           const QString &dataDirectory, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_dataDirectory(dataDirectory)
{
    // A keychain that becomes usable (or the session-only choice) gets the pending secret.
    connect(m_secrets, &Profiles::SecretStore::availabilityChanged, this, [this] {
        if (isRunning() && !m_secretStored)
            storeSecret();
    });
}

LocalSandbox::~LocalSandbox() = default;

QString LocalSandbox::defaultDataDirectory()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return base.isEmpty() ? QString() : base + QLatin1String("/sandbox");
}

QString LocalSandbox::rateLimitsFile() const
{
    return m_dataDirectory.isEmpty() ? QString() : m_dataDirectory + QLatin1String("/rate-limits.json");
}

bool LocalSandbox::start(QString *error)
{
    if (isRunning())
        return true;
    SandboxOptions options;
    options.dataDirectory = m_dataDirectory;
    if (!m_dataDirectory.isEmpty() && QFile::exists(rateLimitsFile()))
        options.rateLimitsFile = rateLimitsFile();

    QString firstError;
    for (const quint16 port : {m_preferredPort, quint16(0)}) {
        options.port = port;
        auto server = std::make_unique<SandboxServer>(options);
        QString attemptError;
        if (server->start(&attemptError)) {
            m_server = std::move(server);
            break;
        }
        if (firstError.isEmpty())
            firstError = attemptError;
        if (port == 0)
            break;
        qCInfo(lcLocalSandbox) << "port" << port << "not usable, trying an ephemeral one:" << attemptError;
    }
    if (!m_server) {
        if (error)
            *error = tr("The local sandbox did not start: %1").arg(firstError);
        return false;
    }
    qCInfo(lcLocalSandbox).noquote() << "listening on" << m_server->baseUrl().toString();
    ensureProfile();
    emit started(m_server->baseUrl());
    return true;
}

void LocalSandbox::stop()
{
    if (m_server)
        m_server->stop();
    m_server.reset();
}

bool LocalSandbox::isRunning() const
{
    return m_server != nullptr;
}

QUrl LocalSandbox::baseUrl() const
{
    return m_server ? m_server->baseUrl() : QUrl();
}

quint16 LocalSandbox::port() const
{
    return m_server ? quint16(m_server->baseUrl().port()) : quint16(0);
}

QString LocalSandbox::tenantId() const
{
    return m_server ? m_server->state().tenantId() : QString();
}

QString LocalSandbox::startupNote() const
{
    return m_server ? m_server->startupNote() : QString();
}

void LocalSandbox::ensureProfile()
{
    const TenantState &state = m_server->state();
    std::optional<Profiles::Profile> existing;
    for (const Profiles::Profile &profile : m_profiles->profiles()) {
        if (profile.presetFields.value(QLatin1String(ProfileMarker)) == QLatin1String("true")) {
            existing = profile;
            break;
        }
    }

    Profiles::Profile profile = existing.value_or(Profiles::Profile{});
    if (!existing) {
        profile.name = tr("Local sandbox");
        // A user's own profile of that name wins; ours gets a suffix.
        for (int n = 2; m_profiles->findByName(profile.name); ++n)
            profile.name = tr("Local sandbox (%1)").arg(n);
        profile.preset = QStringLiteral("sandbox");
        profile.scopes.clear();
    }
    profile.presetFields.insert(QStringLiteral("base_url"), m_server->baseUrl().toString());
    profile.presetFields.insert(QStringLiteral("tenant_id"), state.tenantId());
    profile.presetFields.insert(QStringLiteral("workspace_id"), QLatin1String(AdminWorkspace));
    profile.presetFields.insert(QLatin1String(ProfileMarker), QStringLiteral("true"));
    profile.clientId = state.adminClientId();
    profile.authMethod = Profiles::ClientAuthMethod::ClientSecretBasic;
    // The port may have changed since last time: recompute every endpoint.
    profile = Presets::applyToProfile(profile, /*keepManualEndpoints=*/false);

    Profiles::StoreResult result;
    if (existing) {
        if (profile == *existing) {
            m_profileId = profile.id;
        } else {
            result = m_profiles->update(profile);
            if (result.ok)
                m_profileId = profile.id;
        }
    } else {
        QString id;
        result = m_profiles->add(profile, &id);
        if (result.ok)
            m_profileId = id;
    }
    if (!result.ok) {
        qCWarning(lcLocalSandbox).noquote() << "the Local sandbox profile could not be saved:" << result.message;
        return;
    }
    storeSecret();
    emit profileReady(m_profileId);
}

void LocalSandbox::storeSecret()
{
    if (m_profileId.isEmpty() || !m_server)
        return;
    const QByteArray secret = m_server->state().adminClientSecret().toUtf8();
    m_secrets->write(m_profileId, Profiles::SecretKind::ClientSecret, secret, this,
                     [this](const Profiles::SecretResult &result) {
                         m_secretStored = result.ok();
                         if (!result.ok())
                             emit secretPending(result.error);
                     });
}

QList<GroupLimit> LocalSandbox::rateLimits() const
{
    QList<GroupLimit> limits;
    RateLimiter fallback;
    const RateLimiter &limiter = m_server ? m_server->rateLimiter() : fallback;
    for (const ApiGroup group : AllGroups) {
        limits.append(GroupLimit{RateLimiter::groupKey(group), groupDisplayName(group), limiter.limit(group),
                                 RateLimiter::defaultLimit(group)});
    }
    return limits;
}

bool LocalSandbox::setRateLimits(const QList<GroupLimit> &limits, QString *error)
{
    QJsonObject root;
    for (const GroupLimit &entry : limits) {
        root.insert(entry.key, QJsonObject{{QStringLiteral("per_minute"), entry.limit.perMinute},
                                           {QStringLiteral("burst"), entry.limit.burst}});
    }
    const QByteArray json = QJsonDocument(root).toJson();
    // Validate with the limiter's own rules before anything changes.
    RateLimiter check;
    if (!check.loadJson(json, error))
        return false;

    if (!m_dataDirectory.isEmpty()) {
        QDir().mkpath(m_dataDirectory);
        QSaveFile file(rateLimitsFile());
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
            if (error) {
                *error = tr("The rate limits could not be saved to %1: %2. Check free space and permissions.")
                             .arg(QDir::toNativeSeparators(rateLimitsFile()), file.errorString());
            }
            return false;
        }
    }
    if (m_server && !m_server->rateLimiter().loadJson(json, error))
        return false;
    return true;
}

bool LocalSandbox::resetRateLimits(QString *error)
{
    QList<GroupLimit> defaults = rateLimits();
    for (GroupLimit &entry : defaults)
        entry.limit = entry.defaultLimit;
    if (!setRateLimits(defaults, error))
        return false;
    if (!m_dataDirectory.isEmpty())
        QFile::remove(rateLimitsFile());
    return true;
}

} // namespace Sandbox
