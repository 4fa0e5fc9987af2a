// SPDX-License-Identifier: GPL-3.0-or-later
// tokenscope profile list|show|add|remove|export|import: connection profiles on the command line.
// Exit 0 ok; 1 the operation failed (discovery, a file); 2 unusable arguments (unknown preset or
// auth method, bad URL, no such profile, duplicate name); 3 a needed secret cannot be stored or
// read because no keychain is available (then nothing is written anywhere else).

#include "commands.h"

#include "http/httpclient.h"
#include "http/requesthistory.h"
#include "oauth/discovery.h"
#include "oauth/providerpresets.h"
#include "oauth/tokenrequest.h"
#include "profiles/profile.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTimer>
#include <QUrl>

#include <optional>

Q_LOGGING_CATEGORY(lcCliProfile, "tokenscope.cli.profile")

namespace Cli {

void AsyncWait::finish()
{
    m_finished = true;
    QCoreApplication::exit(0);
}

void AsyncWait::wait()
{
    if (m_finished)
        return;
    QTimer backstop;
    backstop.setSingleShot(true);
    QObject::connect(&backstop, &QTimer::timeout, QCoreApplication::instance(), [this] {
        m_timedOut = true;
        QCoreApplication::exit(0);
    });
    backstop.start(m_timeoutMs);
    while (!m_finished && !m_timedOut)
        QCoreApplication::exec();
}

namespace {

using Profiles::Profile;
using Profiles::SecretKind;
using Profiles::SecretResult;

constexpr qint64 MaxSecretBytes = 1024 * 1024;
const QString KeychainService = QStringLiteral("tokenscope");

// Text::tr() in the context "Cli", the one every command uses.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

bool isHttpUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty() && (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

// The store, loaded; problems with single files go to stderr (the rest still loads).
std::unique_ptr<Profiles::ProfileStore> openStore()
{
    auto store = std::make_unique<Profiles::ProfileStore>(Profiles::ProfileStore::defaultDirectory());
    const Profiles::StoreResult loaded = store->load();
    if (!loaded.message.isEmpty())
        printError(loaded.message);
    return store;
}

std::optional<Profile> findProfile(const Profiles::ProfileStore &store, const QString &name)
{
    const std::optional<Profile> profile = store.findByName(name);
    if (!profile) {
        printError(Text::tr("There is no profile \"%1\". Run \"%2 profile list\" for the profiles.")
                       .arg(name, QCoreApplication::applicationName()));
    }
    return profile;
}

QString secretStateName(const SecretResult &result)
{
    switch (result.status) {
    case SecretResult::Status::Ok:
        return QStringLiteral("stored");
    case SecretResult::Status::NotFound:
        return QStringLiteral("absent");
    case SecretResult::Status::Unavailable:
        return QStringLiteral("unknown (keychain unavailable)");
    case SecretResult::Status::Failed:
        break;
    }
    return QStringLiteral("unknown (keychain error)");
}

constexpr std::array AllSecretKinds{SecretKind::ClientSecret, SecretKind::PrivateKey, SecretKind::TlsClientKey,
                                    SecretKind::ApiToken, SecretKind::RefreshToken};

// Which secrets the keychain holds for the profile (the values are read and dropped, never shown).
QJsonObject secretStates(const Profile &profile)
{
    Profiles::SecretStore secrets(KeychainService);
    QJsonObject states;
    int pending = int(AllSecretKinds.size());
    AsyncWait wait;
    for (const SecretKind kind : AllSecretKinds) {
        secrets.read(profile.id, kind, &secrets, [&states, &pending, &wait, kind](const SecretResult &result) {
            states.insert(Profiles::secretKindName(kind), secretStateName(result));
            if (--pending == 0)
                wait.finish();
        });
    }
    wait.wait();
    for (const SecretKind kind : AllSecretKinds) {
        if (!states.contains(Profiles::secretKindName(kind)))
            states.insert(Profiles::secretKindName(kind), QStringLiteral("unknown (no answer from the keychain)"));
    }
    return states;
}

// --- list, show ----------------------------------------------------------------------------

// Parses a subcommand that takes exactly one positional argument besides its options: that
// argument, or nullopt with *exitCode set (0 after --help, ExitUsage with notOne printed).
std::optional<QString> parseSingleArgument(QCommandLineParser &parser, const QStringList &arguments, const QString &usage,
                                           const QString &notOne, int *exitCode)
{
    if (!parseCommand(parser, arguments, usage, exitCode))
        return std::nullopt;
    if (parser.positionalArguments().size() != 1) {
        printError(notOne);
        *exitCode = ExitUsage;
        return std::nullopt;
    }
    return parser.positionalArguments().constFirst();
}

int listProfiles(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("List the connection profiles: name, preset, issuer."));
    const QCommandLineOption json(QStringList{QStringLiteral("json")}, Text::tr("Print one JSON object {\"profiles\": [...]}."));
    parser.addOption(json);
    int exitCode = ExitOk;
    if (!parseCommand(parser, arguments, Text::tr("Usage: %1 [--json]").arg(arguments.value(0)), &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty()) {
        printError(Text::tr("\"profile list\" takes no arguments."));
        return ExitUsage;
    }
    const auto store = openStore();
    if (parser.isSet(json)) {
        QJsonArray profiles;
        for (const Profile &profile : store->profiles())
            profiles.append(profile.toJson());
        printJson(QJsonObject{{QStringLiteral("profiles"), profiles}});
        return ExitOk;
    }
    QString text;
    for (const Profile &profile : store->profiles()) {
        text += profile.name + QLatin1Char('\t') + profile.preset + QLatin1Char('\t')
            + profile.issuer.toDisplayString() + QLatin1Char('\n');
    }
    printText(text);
    return ExitOk;
}

QString describe(const Profile &profile, const QJsonObject &secrets)
{
    QString text;
    const auto line = [&text](const QString &label, const QString &value) {
        text += label + QLatin1String(": ") + value + QLatin1Char('\n');
    };
    line(Text::tr("Name"), profile.name);
    line(Text::tr("Id"), profile.id);
    line(Text::tr("Preset"), profile.preset);
    for (auto it = profile.presetFields.cbegin(); it != profile.presetFields.cend(); ++it)
        line(QLatin1String("  ") + it.key(), it.value());
    line(Text::tr("Issuer"), profile.issuer.toDisplayString());
    line(Text::tr("Client id"), profile.clientId);
    line(Text::tr("Client authentication"), Profiles::authMethodName(profile.authMethod)
                                          + (profile.rawBasicCredentials ? Text::tr(" (raw Basic credentials)") : QString()));
    line(Text::tr("Scopes"), profile.scopes.join(QLatin1Char(' ')));
    if (!profile.audiences.isEmpty())
        line(Text::tr("Audiences"), profile.audiences.join(QLatin1Char(' ')));
    if (!profile.resources.isEmpty())
        line(Text::tr("Resources"), profile.resources.join(QLatin1Char(' ')));
    text += Text::tr("Endpoints:") + QLatin1Char('\n');
    for (int i = 0; i < Profiles::EndpointKindCount; ++i) {
        const auto kind = Profiles::EndpointKind(i);
        if (!profile.endpoints.url(kind).isEmpty())
            line(QLatin1String("  ") + Profiles::endpointMetadataName(kind), profile.endpoints.url(kind).toDisplayString());
    }
    for (const Profiles::ExtraParameter &extra : profile.extraParameters)
        line(Text::tr("Parameter"), extra.name + QLatin1Char('=') + extra.value);
    line(Text::tr("Redirect URI"), profile.redirect.port == 0
             ? profile.redirect.uri().toDisplayString() + Text::tr(" (port chosen when the listener starts)")
             : profile.redirect.uri().toDisplayString());
    if (!profile.tls.caBundlePath.isEmpty())
        line(Text::tr("CA bundle"), profile.tls.caBundlePath);
    if (profile.tls.insecure)
        line(Text::tr("TLS"), Text::tr("INSECURE: certificates are not verified"));
    if (!profile.apiGroups.isEmpty()) {
        text += Text::tr("API groups (path prefix: rate-limit group):") + QLatin1Char('\n');
        for (const Profiles::ApiGroupOverride &group : profile.apiGroups)
            line(QLatin1String("  ") + group.pathPrefix, group.group);
    }
    text += Text::tr("Secrets in the keychain:") + QLatin1Char('\n');
    for (auto it = secrets.constBegin(); it != secrets.constEnd(); ++it)
        line(QLatin1String("  ") + it.key(), it.value().toString());
    return text;
}

int showProfile(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Show a profile and which of its secrets the keychain holds (never a secret)."));
    const QCommandLineOption json(QStringList{QStringLiteral("json")},
                                  Text::tr("Print one JSON object: the profile and \"secrets\": {kind: stored|absent|unknown ...}."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("name"), Text::tr("The profile's name."), QStringLiteral("NAME"));
    int exitCode = ExitOk;
    const std::optional<QString> name = parseSingleArgument(parser, arguments, Text::tr("Usage: %1 [--json] NAME").arg(arguments.value(0)),
                                                            Text::tr("Give the name of one profile."), &exitCode);
    if (!name)
        return exitCode;
    const auto store = openStore();
    const std::optional<Profile> profile = findProfile(*store, *name);
    if (!profile)
        return ExitUsage;
    const QJsonObject secrets = secretStates(*profile);
    if (parser.isSet(json)) {
        QJsonObject object = profile->toJson();
        object.insert(QStringLiteral("secrets"), secrets);
        printJson(object);
    } else {
        printText(describe(*profile, secrets));
    }
    return ExitOk;
}

// --- add ------------------------------------------------------------------------------------

struct AddArguments
{
    QCommandLineOption preset{QStringList{QStringLiteral("preset")},
                              Text::tr("The provider preset: cloudentity, cognito, userclouds, duende, sensedia, oidc, sandbox."),
                              QStringLiteral("PRESET")};
    QCommandLineOption field{QStringList{QStringLiteral("field")},
                             Text::tr("A preset field, e.g. tenant_id=acme, region=us, workspace_id=demo, base_url=URL. May be repeated."),
                             QStringLiteral("KEY=VALUE")};
    QCommandLineOption issuer{QStringList{QStringLiteral("issuer")}, Text::tr("The issuer URL (http or https)."),
                              QStringLiteral("URL")};
    QCommandLineOption clientId{QStringList{QStringLiteral("client-id")}, Text::tr("The client id."), QStringLiteral("ID")};
    QCommandLineOption authMethod{QStringList{QStringLiteral("auth-method")},
                                  Text::tr("Client authentication: none, client_secret_basic, client_secret_post, "
                                     "client_secret_jwt, private_key_jwt (default: the preset's)."),
                                  QStringLiteral("METHOD")};
    QCommandLineOption rawBasic{QStringList{QStringLiteral("raw-basic")},
                                Text::tr("client_secret_basic without the RFC 6749 form-encoding of id and secret, for servers "
                                   "that want them as they are.")};
    QCommandLineOption scope{QStringList{QStringLiteral("scope")}, Text::tr("A scope (or several, space-separated). May be repeated."),
                             QStringLiteral("S")};
    QCommandLineOption redirectUri{QStringList{QStringLiteral("redirect-uri")},
                                   Text::tr("A fixed loopback redirect URI, e.g. http://127.0.0.1:8765/callback (default: "
                                      "127.0.0.1 on an ephemeral port)."),
                                   QStringLiteral("URI")};
    QCommandLineOption param{QStringList{QStringLiteral("param")},
                             Text::tr("An extra authorization and token parameter. May be repeated."), QStringLiteral("K=V")};
    QCommandLineOption endpoint{QStringList{QStringLiteral("endpoint")},
                                Text::tr("Set an endpoint by its metadata name, e.g. token_endpoint=URL. May be repeated."),
                                QStringLiteral("NAME=URL")};
    QCommandLineOption caBundle{QStringList{QStringLiteral("ca-bundle")}, Text::tr("Extra trusted CA certificates (a PEM file)."),
                                QStringLiteral("FILE")};
    QCommandLineOption insecure{QStringList{QStringLiteral("insecure")},
                                Text::tr("Do not verify TLS certificates (for test servers only).")};
    QCommandLineOption discover{QStringList{QStringLiteral("discover")},
                                Text::tr("Fill the endpoints from the issuer's discovery document; findings go to stderr.")};
    QCommandLineOption secretStdin{QStringList{QStringLiteral("client-secret-stdin")},
                                   Text::tr("Read the client secret (for private_key_jwt: the private key, PEM or JWK) from "
                                      "the standard input straight into the keychain. One trailing line break is dropped.")};
};

// "KEY=VALUE"; nullopt when there is no "=" or the key is empty.
std::optional<std::pair<QString, QString>> splitPair(const QString &text)
{
    const qsizetype equals = text.indexOf(QLatin1Char('='));
    if (equals <= 0)
        return std::nullopt;
    return std::make_pair(text.left(equals).trimmed(), text.mid(equals + 1));
}

std::optional<Profiles::EndpointKind> endpointKindFromName(const QString &name)
{
    for (int i = 0; i < Profiles::EndpointKindCount; ++i) {
        const auto kind = Profiles::EndpointKind(i);
        const QString metadata = Profiles::endpointMetadataName(kind);
        // "token_endpoint", also "token"
        if (name == metadata || name + QLatin1String("_endpoint") == metadata)
            return kind;
    }
    return std::nullopt;
}

// Builds the profile from the options; a message and nullopt when an argument is unusable.
std::optional<Profile> profileFromArguments(const QCommandLineParser &parser, const AddArguments &args,
                                            const QString &name, QString *error)
{
    Profile profile;
    profile.name = name.trimmed();
    if (profile.name.isEmpty()) {
        *error = Text::tr("The profile name is empty.");
        return std::nullopt;
    }
    if (!parser.isSet(args.preset)) {
        *error = Text::tr("Give --preset: one of %1.").arg(Presets::ids().join(QLatin1String(", ")));
        return std::nullopt;
    }
    const std::optional<Presets::Preset> preset = Presets::find(parser.value(args.preset));
    if (!preset) {
        *error = Text::tr("Unknown preset \"%1\". Use one of: %2.").arg(parser.value(args.preset), Presets::ids().join(QLatin1String(", ")));
        return std::nullopt;
    }
    profile.preset = preset->id;
    const auto presetHasField = [&preset](const QString &key) {
        for (const Presets::PresetField &field : preset->fields) {
            if (field.key == key)
                return true;
        }
        return false;
    };
    for (const QString &text : parser.values(args.field)) {
        const auto pair = splitPair(text);
        if (!pair) {
            *error = Text::tr("--field wants KEY=VALUE, not \"%1\".").arg(text);
            return std::nullopt;
        }
        if (!presetHasField(pair->first)) {
            QStringList keys;
            for (const Presets::PresetField &field : preset->fields)
                keys.append(field.key);
            *error = Text::tr("The preset \"%1\" has no field \"%2\"; its fields are: %3.")
                         .arg(preset->id, pair->first, keys.join(QLatin1String(", ")));
            return std::nullopt;
        }
        profile.presetFields.insert(pair->first, pair->second);
    }

    std::optional<QUrl> issuer;
    if (parser.isSet(args.issuer)) {
        const QUrl url(parser.value(args.issuer), QUrl::StrictMode);
        if (!isHttpUrl(url)) {
            *error = Text::tr("--issuer must be an http or https URL, not \"%1\".").arg(parser.value(args.issuer));
            return std::nullopt;
        }
        issuer = url;
        // The preset's own URL field when it is the issuer (oidc: issuer, duende: authority,
        // userclouds: tenant_url) and not given. A base_url (sandbox, sensedia) is not an issuer.
        for (const char *key : {"issuer", "authority", "tenant_url"}) {
            const QString fieldKey = QLatin1String(key);
            if (presetHasField(fieldKey) && !profile.presetFields.contains(fieldKey)) {
                profile.presetFields.insert(fieldKey, url.toString());
                break;
            }
        }
    }

    const Presets::Applied applied = Presets::apply(profile.preset, profile.presetFields);
    if (!applied.problems.isEmpty() && !issuer) {
        QStringList messages;
        for (const Profiles::FieldProblem &problem : applied.problems)
            messages.append(problem.field + QLatin1String(": ") + problem.message);
        *error = Text::tr("The preset \"%1\" cannot compute the endpoints: %2 (give its fields with --field KEY=VALUE)")
                     .arg(preset->id, messages.join(QLatin1String("; ")));
        return std::nullopt;
    }
    profile = Presets::applyToProfile(profile, false);
    if (issuer)
        profile.issuer = *issuer;

    if (parser.isSet(args.authMethod)) {
        const auto method = Profiles::authMethodFromName(parser.value(args.authMethod));
        if (!method) {
            *error = Text::tr("Unknown client authentication method \"%1\". Use one of: %2.")
                         .arg(parser.value(args.authMethod), Profiles::authMethodNames().join(QLatin1String(", ")));
            return std::nullopt;
        }
        profile.authMethod = *method;
    }
    profile.rawBasicCredentials = parser.isSet(args.rawBasic);
    profile.clientId = parser.value(args.clientId);

    QStringList scopes;
    for (const QString &value : parser.values(args.scope))
        scopes += value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!scopes.isEmpty())
        profile.scopes = scopes;

    if (parser.isSet(args.redirectUri)) {
        const auto redirect = Profiles::RedirectSettings::fromUri(QUrl(parser.value(args.redirectUri), QUrl::StrictMode));
        if (!redirect) {
            *error = Text::tr("--redirect-uri must be an http loopback URI (127.0.0.1, localhost or [::1]), not \"%1\".")
                         .arg(parser.value(args.redirectUri));
            return std::nullopt;
        }
        profile.redirect = *redirect;
    }
    for (const QString &text : parser.values(args.param)) {
        const auto pair = splitPair(text);
        if (!pair) {
            *error = Text::tr("--param wants K=V, not \"%1\".").arg(text);
            return std::nullopt;
        }
        profile.extraParameters.append({pair->first, pair->second, Profiles::ExtraParameter::Target::Both});
    }
    for (const QString &text : parser.values(args.endpoint)) {
        const auto pair = splitPair(text);
        const auto kind = pair ? endpointKindFromName(pair->first) : std::nullopt;
        const QUrl url = pair ? QUrl(pair->second, QUrl::StrictMode) : QUrl();
        if (!kind || !isHttpUrl(url)) {
            QStringList names;
            for (int i = 0; i < Profiles::EndpointKindCount; ++i)
                names.append(Profiles::endpointMetadataName(Profiles::EndpointKind(i)));
            *error = Text::tr("--endpoint wants NAME=URL with an http(s) URL and NAME one of %1; not \"%2\".")
                         .arg(names.join(QLatin1String(", ")), text);
            return std::nullopt;
        }
        profile.endpoints.setUrl(*kind, url);
    }
    profile.tls.caBundlePath = parser.value(args.caBundle);
    profile.tls.insecure = parser.isSet(args.insecure);
    return profile;
}

QString validationMessage(const QList<Profiles::FieldProblem> &problems)
{
    QStringList lines;
    for (const Profiles::FieldProblem &problem : problems)
        lines.append(problem.field + QLatin1String(": ") + problem.message);
    return lines.join(QLatin1Char('\n'));
}

// Reads the secret from stdin; one trailing line break ("\n" or "\r\n") is not part of it.
std::optional<QByteArray> readSecretFromStdin(QString *error)
{
    const StdinData read = readStdinUpTo(MaxSecretBytes);
    if (!read.error.isEmpty()) {
        *error = read.error;
        return std::nullopt;
    }
    if (read.tooLarge) {
        *error = Text::tr("The standard input is larger than %1 bytes; that is not a secret.").arg(MaxSecretBytes);
        return std::nullopt;
    }
    const QByteArray &data = read.data;
    if (data.isEmpty()) {
        *error = Text::tr("The standard input is empty: pipe the secret into --client-secret-stdin.");
        return std::nullopt;
    }
    return data;
}

// Discovery fills the endpoints it knows; findings on stderr. False when it failed.
bool discoverInto(Profile &profile)
{
    if (!isHttpUrl(profile.issuer)) {
        printError(Text::tr("--discover needs an issuer: give --issuer URL or the preset's fields."));
        return false;
    }
    QNetworkAccessManager network;
    HttpClient http(&network);
    Discovery::DiscoveryClient client(&http);
    std::optional<Discovery::Result> result;
    AsyncWait wait(60'000);
    TlsOptions tls;
    tls.caBundlePath = profile.tls.caBundlePath;
    tls.insecure = profile.tls.insecure;
    client.discover(profile.issuer, tls, &client, [&result, &wait](const Discovery::Result &answer) {
        result = answer;
        wait.finish();
    });
    wait.wait();
    if (!result) {
        printError(Text::tr("Discovery at %1 did not finish in time.").arg(profile.issuer.toDisplayString()));
        return false;
    }
    for (const Discovery::Finding &finding : result->findings) {
        const QString severity = finding.severity == Discovery::Finding::Severity::Error     ? Text::tr("error")
                               : finding.severity == Discovery::Finding::Severity::Warning ? Text::tr("warning")
                                                                                           : Text::tr("note");
        printError(Text::tr("discovery %1 [%2]: %3").arg(severity, finding.code, finding.message));
    }
    if (!result->document) {
        printError(Text::tr("Discovery failed: %1 (tried %2)")
                       .arg(result->error, result->tried.join(QLatin1String(", "))));
        return false;
    }
    const QList<Discovery::EndpointChange> changes = Discovery::diff(profile.endpoints, result->document->endpoints);
    for (const Discovery::EndpointChange &change : changes) {
        if (!change.after.isEmpty())
            profile.endpoints.setUrl(change.kind, change.after);
    }
    qCInfo(lcCliProfile) << "discovery filled" << changes.size() << "endpoints";
    return true;
}

int addProfile(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Add a connection profile. The preset (and --discover) fill the issuer and endpoints;\n"
           "a secret given with --client-secret-stdin goes straight into the keychain.\n"
           "Exit status: 0 added, 1 failed (discovery, writing), 2 unusable arguments or a\n"
           "duplicate name, 3 no keychain to store the secret in (nothing was written)."));
    const AddArguments args;
    parser.addOptions({args.preset, args.field, args.issuer, args.clientId, args.authMethod, args.rawBasic, args.scope,
                       args.redirectUri, args.param, args.endpoint, args.caBundle, args.insecure, args.discover,
                       args.secretStdin});
    parser.addPositionalArgument(QStringLiteral("name"), Text::tr("The new profile's name."), QStringLiteral("NAME"));
    int exitCode = ExitOk;
    const std::optional<QString> name = parseSingleArgument(
        parser, arguments, Text::tr("Usage: %1 NAME --preset PRESET [options]").arg(arguments.value(0)),
        Text::tr("Give the name of the new profile (quote it when it has spaces)."), &exitCode);
    if (!name)
        return exitCode;

    QString error;
    std::optional<Profile> profile = profileFromArguments(parser, args, *name, &error);
    if (!profile) {
        printError(error);
        return ExitUsage;
    }
    const auto store = openStore();
    if (store->findByName(profile->name)) {
        printError(Text::tr("A profile named \"%1\" exists already. Choose another name or remove it first.").arg(profile->name));
        return ExitUsage;
    }

    std::optional<SecretKind> secretKind;
    std::optional<QByteArray> secret;
    if (parser.isSet(args.secretStdin)) {
        secretKind = OAuth::secretKindFor(profile->authMethod);
        if (!secretKind) {
            printError(Text::tr("The client authentication method %1 takes no secret; leave out --client-secret-stdin.")
                           .arg(Profiles::authMethodName(profile->authMethod)));
            return ExitUsage;
        }
        secret = readSecretFromStdin(&error);
        if (!secret) {
            printError(error);
            return ExitUsage;
        }
    }

    if (parser.isSet(args.discover) && !discoverInto(*profile))
        return ExitFailed;

    const QList<Profiles::FieldProblem> problems = profile->validate();
    if (!problems.isEmpty()) {
        printError(Text::tr("The profile is not usable:\n%1").arg(validationMessage(problems)));
        return ExitUsage;
    }

    profile->id = Profile::newId();
    Profiles::SecretStore secrets(KeychainService);
    if (secret) {
        // The secret first: without a keychain nothing at all is written.
        std::optional<SecretResult> stored;
        AsyncWait wait;
        secrets.write(profile->id, *secretKind, *secret, &secrets, [&stored, &wait](const SecretResult &result) {
            stored = result;
            wait.finish();
        });
        wait.wait();
        secret->fill('\0');
        if (!stored || stored->status == SecretResult::Status::Unavailable) {
            printError(Text::tr("No keychain is available to store the %1, so nothing was written: neither the secret "
                          "(it is never written anywhere else) nor the profile. %2")
                           .arg(Profiles::secretKindDisplayName(*secretKind),
                                stored ? stored->error : Text::tr("The keychain did not answer.")));
            return ExitNoKeychain;
        }
        if (!stored->ok()) {
            printError(Text::tr("The %1 could not be stored in the keychain, so the profile was not added: %2")
                           .arg(Profiles::secretKindDisplayName(*secretKind), stored->error));
            return ExitFailed;
        }
    }

    const Profiles::StoreResult added = store->add(*profile);
    if (!added.ok) {
        printError(added.message);
        if (secret) { // do not leave an orphaned keychain entry behind
            AsyncWait wait;
            secrets.remove(profile->id, *secretKind, &secrets, [&wait](const SecretResult &) { wait.finish(); });
            wait.wait();
        }
        return ExitFailed;
    }
    if (!added.message.isEmpty())
        printError(added.message);
    printText(Text::tr("Added the profile \"%1\".").arg(profile->name) + QLatin1Char('\n'));
    return ExitOk;
}

// --- remove, export, import -------------------------------------------------------------------

int removeProfile(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Remove a profile, its keychain entries and its request history."));
    parser.addPositionalArgument(QStringLiteral("name"), Text::tr("The profile's name."), QStringLiteral("NAME"));
    int exitCode = ExitOk;
    const std::optional<QString> name = parseSingleArgument(parser, arguments, Text::tr("Usage: %1 NAME").arg(arguments.value(0)),
                                                            Text::tr("Give the name of one profile."), &exitCode);
    if (!name)
        return exitCode;
    const auto store = openStore();
    const std::optional<Profile> profile = findProfile(*store, *name);
    if (!profile)
        return ExitUsage;

    Profiles::SecretStore secrets(KeychainService);
    std::optional<SecretResult> removed;
    AsyncWait wait;
    secrets.removeAll(profile->id, &secrets, [&removed, &wait](const SecretResult &result) {
        removed = result;
        wait.finish();
    });
    wait.wait();
    if (!removed || removed->status == SecretResult::Status::Unavailable) {
        printError(Text::tr("No keychain is available to remove the secrets of \"%1\", so the profile was kept (removing it "
                      "would leave its secrets behind). %2")
                       .arg(profile->name, removed ? removed->error : Text::tr("The keychain did not answer.")));
        return ExitNoKeychain;
    }
    if (!removed->ok()) {
        printError(Text::tr("The keychain entries of \"%1\" could not be removed, so the profile was kept: %2")
                       .arg(profile->name, removed->error));
        return ExitFailed;
    }
    // Its request-console history goes with it, as in the GUI (the store says when it is gone).
    Console::RequestHistory history(Console::RequestHistory::defaultDirectory());
    QObject::connect(store.get(), &Profiles::ProfileStore::profileRemoved, &history, &Console::RequestHistory::forgetProfile);
    const Profiles::StoreResult result = store->remove(profile->id);
    if (!result.ok) {
        printError(result.message);
        return ExitFailed;
    }
    printText(Text::tr("Removed the profile \"%1\", its keychain entries and its request history.").arg(profile->name) + QLatin1Char('\n'));
    return ExitOk;
}

int exportProfiles(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Write every profile to a JSON file, never with secrets."));
    parser.addPositionalArgument(QStringLiteral("file"), Text::tr("The file to write."), QStringLiteral("FILE"));
    int exitCode = ExitOk;
    const std::optional<QString> file = parseSingleArgument(parser, arguments, Text::tr("Usage: %1 FILE").arg(arguments.value(0)),
                                                            Text::tr("Give one file to write."), &exitCode);
    if (!file)
        return exitCode;
    const auto store = openStore();
    const Profiles::StoreResult result = store->exportTo(*file);
    if (!result.ok) {
        printError(result.message);
        return ExitFailed;
    }
    printText(Text::tr("Exported %n profile(s) (without secrets).", nullptr, int(store->profiles().size())) + QLatin1Char('\n'));
    return ExitOk;
}

int importProfiles(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Add the profiles of an exported file (with new ids; a name that exists gets "
                                        "\" (2)\"). Secrets are not in exports: store them again."));
    parser.addPositionalArgument(QStringLiteral("file"), Text::tr("The file to read."), QStringLiteral("FILE"));
    int exitCode = ExitOk;
    const std::optional<QString> file = parseSingleArgument(parser, arguments, Text::tr("Usage: %1 FILE").arg(arguments.value(0)),
                                                            Text::tr("Give one file to read."), &exitCode);
    if (!file)
        return exitCode;
    const auto store = openStore();
    QStringList imported;
    const Profiles::StoreResult result = store->importFrom(*file, &imported);
    if (!result.ok) {
        printError(result.message);
        return ExitFailed;
    }
    if (!result.message.isEmpty())
        printError(result.message);
    QString text;
    for (const QString &name : imported)
        text += Text::tr("Imported \"%1\".").arg(name) + QLatin1Char('\n');
    printText(text);
    return ExitOk;
}

struct Subcommand
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &arguments);
};

constexpr std::array subcommands{
    Subcommand{"list", QT_TRANSLATE_NOOP("Cli", "List the profiles"), &listProfiles},
    Subcommand{"show", QT_TRANSLATE_NOOP("Cli", "Show a profile and which secrets are stored (never a secret)"), &showProfile},
    Subcommand{"add", QT_TRANSLATE_NOOP("Cli", "Add a profile from a preset; the secret from stdin into the keychain"), &addProfile},
    Subcommand{"remove", QT_TRANSLATE_NOOP("Cli", "Remove a profile, its keychain entries and its request history"), &removeProfile},
    Subcommand{"export", QT_TRANSLATE_NOOP("Cli", "Write the profiles to a file (no secrets)"), &exportProfiles},
    Subcommand{"import", QT_TRANSLATE_NOOP("Cli", "Add the profiles of an exported file"), &importProfiles},
};

QString profileHelp(const QString &command)
{
    QString text = Text::tr("Usage: %1 SUBCOMMAND [options]").arg(command) + QLatin1String("\n\n")
        + Text::tr("Connection profiles. Secrets live in the OS keychain, never in files.") + QLatin1String("\n\n")
        + Text::tr("Subcommands:") + QLatin1Char('\n');
    for (const Subcommand &sub : subcommands)
        text += QLatin1String("  ") + QString::fromLatin1(sub.name).leftJustified(8) + Text::tr(sub.summary) + QLatin1Char('\n');
    text += QLatin1Char('\n')
        + Text::tr("Exit status: 0 ok, 1 the operation failed, 2 unusable arguments (unknown preset or\n"
             "method, bad URL, no such profile, duplicate name), 3 no keychain for a needed secret.")
        + QLatin1Char('\n') + Text::tr("Run \"%1 SUBCOMMAND --help\" for its options.").arg(command) + QLatin1Char('\n');
    return text;
}

} // namespace

int profileCommand(QCoreApplication &, const QStringList &arguments)
{
    const QString command = arguments.value(0);
    const QString name = arguments.value(1);
    if (name.isEmpty()) {
        printError(Text::tr("Give a subcommand: list, show, add, remove, export or import. Run \"%1 --help\" for more.")
                       .arg(command));
        return ExitUsage;
    }
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help")) {
        printText(profileHelp(command));
        return ExitOk;
    }
    for (const Subcommand &sub : subcommands) {
        if (name == QLatin1String(sub.name))
            return sub.run(QStringList{command + QLatin1Char(' ') + name} + arguments.mid(2));
    }
    printError(Text::tr("Unknown subcommand \"%1\". Run \"%2 --help\" for the subcommands.").arg(name, command));
    return ExitUsage;
}

} // namespace Cli
