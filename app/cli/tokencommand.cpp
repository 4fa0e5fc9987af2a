// SPDX-License-Identifier: GPL-3.0-or-later
// tokenscope token --profile NAME [--grant client_credentials] [--scope S]... [--json]: asks the
// profile's token endpoint for a token and prints the access token (or, with --json, the whole
// token response). Only client_credentials for now; the other grants come with their flows.
// Exit 0 a token; 1 the server (or the network) said no, its error on stderr; 2 unusable
// arguments; 3 the secret cannot be read because no keychain is available.

#include "commands.h"

#include "http/httpclient.h"
#include "oauth/tokenrequest.h"
#include "profiles/profile.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QNetworkAccessManager>

#include <optional>

namespace Cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// Grants other work will add; named so the message can say "not yet" rather than "unknown".
constexpr std::array LaterGrants{"authorization_code", "refresh_token", "password", "device_code",
                                 "urn:ietf:params:oauth:grant-type:device_code", "token_exchange",
                                 "urn:ietf:params:oauth:grant-type:token-exchange", "implicit"};

} // namespace

int tokenCommand(QCoreApplication &, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Get a token for a profile and print the access token (with --json the whole token\n"
        "response). Only the client_credentials grant is supported for now.\n"
        "Exit status: 0 a token was issued, 1 the server or the network refused (the error on\n"
        "stderr), 2 unusable arguments (no such profile, a grant not available yet), 3 no\n"
        "keychain to read the profile's secret from."));
    const QCommandLineOption profileOption(QStringList{QStringLiteral("profile")}, Text::tr("The profile to use."),
                                           QStringLiteral("NAME"));
    const QCommandLineOption grantOption(QStringList{QStringLiteral("grant")},
                                         Text::tr("The grant; only client_credentials for now (the default)."),
                                         QStringLiteral("GRANT"), QStringLiteral("client_credentials"));
    const QCommandLineOption scopeOption(QStringList{QStringLiteral("scope")},
                                         Text::tr("Ask for this scope instead of the profile's (or several, "
                                                  "space-separated). May be repeated."),
                                         QStringLiteral("S"));
    const QCommandLineOption jsonOption(QStringList{QStringLiteral("json")},
                                        Text::tr("Print the whole token response as JSON."));
    parser.addOptions({profileOption, grantOption, scopeOption, jsonOption});
    int exitCode = ExitOk;
    if (!parseCommand(parser, arguments,
                      Text::tr("Usage: %1 --profile NAME [--grant client_credentials] [--scope S]... [--json]")
                          .arg(arguments.value(0)),
                      &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty()) {
        printError(Text::tr("\"token\" takes no arguments besides its options; give the profile with --profile NAME."));
        return ExitUsage;
    }
    if (!parser.isSet(profileOption)) {
        printError(Text::tr("Give the profile with --profile NAME (\"%1 profile list\" shows them).")
                       .arg(QCoreApplication::applicationName()));
        return ExitUsage;
    }
    const QString grant = parser.value(grantOption);
    if (grant != QLatin1String("client_credentials")) {
        bool later = false;
        for (const char *name : LaterGrants)
            later = later || grant == QLatin1String(name);
        printError(later ? Text::tr("The grant \"%1\" is not available yet on the command line; only "
                                    "client_credentials is supported for now.")
                               .arg(grant)
                         : Text::tr("Unknown grant \"%1\"; only client_credentials is supported for now.").arg(grant));
        return ExitUsage;
    }

    Profiles::ProfileStore store(Profiles::ProfileStore::defaultDirectory());
    const Profiles::StoreResult loaded = store.load();
    if (!loaded.message.isEmpty())
        printError(loaded.message);
    const std::optional<Profiles::Profile> profile = store.findByName(parser.value(profileOption));
    if (!profile) {
        printError(Text::tr("There is no profile \"%1\". Run \"%2 profile list\" for the profiles.")
                       .arg(parser.value(profileOption), QCoreApplication::applicationName()));
        return ExitUsage;
    }
    if (profile->endpoints.url(Profiles::EndpointKind::Token).isEmpty()) {
        printError(Text::tr("The profile \"%1\" has no token endpoint. Add the profile again with --discover or "
                            "--endpoint token_endpoint=URL.")
                       .arg(profile->name));
        return ExitUsage;
    }
    if (profile->authMethod == Profiles::ClientAuthMethod::TlsClientAuth) {
        printError(Text::tr("tls_client_auth (a client certificate, RFC 8705) is not supported yet; the profile \"%1\" "
                            "cannot get a token from the command line.")
                       .arg(profile->name));
        return ExitUsage;
    }

    QStringList scopes;
    for (const QString &value : parser.values(scopeOption))
        scopes += value.split(QLatin1Char(' '), Qt::SkipEmptyParts);

    QNetworkAccessManager network;
    HttpClient http(&network);
    Profiles::SecretStore secrets(QStringLiteral("tokenscope"));
    OAuth::TokenClient client(&http, &secrets);
    std::optional<OAuth::TokenResponse> response;
    AsyncWait wait;
    client.clientCredentials(*profile, scopes, &client, [&response, &wait](const OAuth::TokenResponse &answer) {
        response = answer;
        wait.finish();
    });
    wait.wait();
    if (!response) {
        printError(Text::tr("No answer within %1 seconds.").arg(120));
        return ExitFailed;
    }
    if (!response->ok()) {
        printError(response->error);
        return response->secretUnavailable ? ExitNoKeychain : ExitFailed;
    }
    if (parser.isSet(jsonOption))
        printJson(response->json);
    else
        printText(response->accessToken + QLatin1Char('\n'));
    return ExitOk;
}

} // namespace Cli
