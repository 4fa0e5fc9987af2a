// SPDX-License-Identifier: GPL-3.0-or-later
// tokenscope token --profile NAME [--grant client_credentials|authorization_code] [--scope S]...
// [--json]: gets a token for the profile and prints the access token (or, with --json, the whole
// token response). authorization_code opens the browser command (--browser-command or
// TOKENSCOPE_BROWSER) on the authorization URL, or prints the URL on stderr to be opened, and
// waits on the loopback redirect. The other grants come with their flows.
// Exit 0 a token; 1 the server (or the network) said no, its error on stderr; 2 unusable
// arguments; 3 the secret cannot be read because no keychain is available.

#include "commands.h"

#include "http/httpclient.h"
#include "oauth/authorizationcodeflow.h"
#include "oauth/browserlauncher.h"
#include "oauth/discovery.h"
#include "oauth/tokenrequest.h"
#include "profiles/profile.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QNetworkAccessManager>

#include <array>
#include <chrono>
#include <memory>
#include <optional>

namespace Cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// Grants other work will add; named so the message can say "not yet" rather than "unknown".
constexpr std::array LaterGrants{"refresh_token", "password", "device_code",
                                 "urn:ietf:params:oauth:grant-type:device_code", "token_exchange",
                                 "urn:ietf:params:oauth:grant-type:token-exchange", "implicit"};

constexpr int DefaultAuthorizationTimeoutSeconds = 300;

struct AuthorizationCodeArguments
{
    QStringList scopes;
    QString browserCommand; // empty: none (print the URL)
    int timeoutSeconds = DefaultAuthorizationTimeoutSeconds;
    bool json = false;
};

// RFC 9207 needs to know whether the server sends iss: discovery says so. A failed discovery
// only loses that check (logged), the flow goes on with the profile's endpoints.
OAuth::AuthorizationServerFacts discoverFacts(HttpClient &http, const Profiles::Profile &profile)
{
    OAuth::AuthorizationServerFacts facts;
    if (profile.issuer.isEmpty())
        return facts;
    Discovery::DiscoveryClient discovery(&http);
    TlsOptions tls;
    tls.caBundlePath = profile.tls.caBundlePath;
    tls.insecure = profile.tls.insecure;
    std::optional<Discovery::Result> result;
    AsyncWait wait(60'000);
    discovery.discover(profile.issuer, tls, &discovery, [&result, &wait](const Discovery::Result &answer) {
        result = answer;
        wait.finish();
    });
    wait.wait();
    if (result && result->document) {
        facts.issParameterSupported = result->document->authorizationResponseIssParameterSupported;
        facts.issuer = result->document->issuer;
    }
    return facts;
}

int authorizationCode(const Profiles::Profile &profile, const AuthorizationCodeArguments &arguments)
{
    if (profile.endpoints.url(Profiles::EndpointKind::Authorization).isEmpty()) {
        printError(Text::tr("The profile \"%1\" has no authorization endpoint. Add the profile again with --discover "
                            "or --endpoint authorization_endpoint=URL.")
                       .arg(profile.name));
        return ExitUsage;
    }
    QNetworkAccessManager network;
    HttpClient http(&network);
    Profiles::SecretStore secrets(QStringLiteral("tokenscope"));
    OAuth::TokenClient client(&http, &secrets);
    std::unique_ptr<OAuth::CommandBrowserLauncher> browser;
    if (!arguments.browserCommand.isEmpty())
        browser = std::make_unique<OAuth::CommandBrowserLauncher>(arguments.browserCommand);

    OAuth::AuthorizationCodeFlow::Options options;
    options.facts = discoverFacts(http, profile);
    options.scopes = arguments.scopes;
    options.launchBrowser = browser != nullptr;
    options.timeout = std::chrono::seconds(arguments.timeoutSeconds);

    OAuth::AuthorizationCodeFlow flow(&client, browser.get());
    std::optional<OAuth::AuthorizationCodeResult> result;
    AsyncWait wait(arguments.timeoutSeconds * 1000 + 30'000);
    QObject::connect(&flow, &OAuth::AuthorizationCodeFlow::authorizationUrlReady, &flow,
                     [&browser](const QUrl &url) {
                         // QCoreApplication has no desktop services: without a browser command the
                         // user opens the URL.
                         if (!browser)
                             printError(Text::tr("Open this URL in a browser and sign in (no browser command is set: "
                                                 "use --browser-command or TOKENSCOPE_BROWSER to open it for you):\n%1")
                                            .arg(QString::fromLatin1(url.toEncoded())));
                     });
    QObject::connect(&flow, &OAuth::AuthorizationCodeFlow::callbackRejected, &flow,
                     [](const QString &reason) { printError(reason); });
    QObject::connect(&flow, &OAuth::AuthorizationCodeFlow::finished, &flow,
                     [&result, &wait](const OAuth::AuthorizationCodeResult &answer) {
                         result = answer;
                         wait.finish();
                     });
    flow.start(profile, options);
    wait.wait();
    if (!result) {
        flow.cancel();
        printError(Text::tr("No answer within %1 seconds.").arg(arguments.timeoutSeconds));
        return ExitFailed;
    }
    if (!result->ok()) {
        printError(result->message);
        return result->secretUnavailable ? ExitNoKeychain : ExitFailed;
    }
    if (arguments.json)
        printJson(result->token->json);
    else
        printText(result->token->accessToken + QLatin1Char('\n'));
    return ExitOk;
}

} // namespace

int tokenCommand(QCoreApplication &, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Get a token for a profile and print the access token (with --json the whole token\n"
        "response). Grants: client_credentials (the default) and authorization_code (opens the\n"
        "browser command on the authorization URL, or prints the URL on stderr, and waits for the\n"
        "redirect to the profile's loopback redirect URI).\n"
        "Exit status: 0 a token was issued, 1 the server or the network refused (the error on\n"
        "stderr), 2 unusable arguments (no such profile, a grant not available yet), 3 no\n"
        "keychain to read the profile's secret from."));
    const QCommandLineOption profileOption(QStringList{QStringLiteral("profile")}, Text::tr("The profile to use."),
                                           QStringLiteral("NAME"));
    const QCommandLineOption grantOption(QStringList{QStringLiteral("grant")},
                                         Text::tr("The grant: client_credentials (the default) or authorization_code."),
                                         QStringLiteral("GRANT"), QStringLiteral("client_credentials"));
    const QCommandLineOption scopeOption(QStringList{QStringLiteral("scope")},
                                         Text::tr("Ask for this scope instead of the profile's (or several, "
                                                  "space-separated). May be repeated."),
                                         QStringLiteral("S"));
    const QCommandLineOption jsonOption(QStringList{QStringLiteral("json")},
                                        Text::tr("Print the whole token response as JSON."));
    const QCommandLineOption browserOption(
        QStringList{QStringLiteral("browser-command")},
        Text::tr("authorization_code: the browser to run, split like a shell would, with the authorization URL "
                 "appended (default: the TOKENSCOPE_BROWSER environment variable; without either the URL is "
                 "printed on stderr)."),
        QStringLiteral("COMMAND"));
    const QCommandLineOption timeoutOption(
        QStringList{QStringLiteral("timeout")},
        Text::tr("authorization_code: give up after this many seconds (default %1).").arg(DefaultAuthorizationTimeoutSeconds),
        QStringLiteral("SECONDS"));
    parser.addOptions({profileOption, grantOption, scopeOption, jsonOption, browserOption, timeoutOption});
    int exitCode = ExitOk;
    if (!parseCommand(parser, arguments,
                      Text::tr("Usage: %1 --profile NAME [--grant client_credentials|authorization_code] [--scope S]... "
                               "[--browser-command COMMAND] [--timeout SECONDS] [--json]")
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
    const bool authorizationCodeGrant = grant == QLatin1String("authorization_code");
    if (grant != QLatin1String("client_credentials") && !authorizationCodeGrant) {
        bool later = false;
        for (const char *name : LaterGrants)
            later = later || grant == QLatin1String(name);
        printError(later ? Text::tr("The grant \"%1\" is not available yet on the command line; use "
                                    "client_credentials or authorization_code.")
                               .arg(grant)
                         : Text::tr("Unknown grant \"%1\"; use client_credentials or authorization_code.").arg(grant));
        return ExitUsage;
    }

    Profiles::ProfileStore store(Profiles::ProfileStore::defaultDirectory());
    const Profiles::StoreResult loaded = store.load();
    if (!loaded.message.isEmpty())
        printError(loaded.message);
    int timeoutSeconds = DefaultAuthorizationTimeoutSeconds;
    if (parser.isSet(timeoutOption)) {
        bool number = false;
        timeoutSeconds = parser.value(timeoutOption).toInt(&number);
        if (!number || timeoutSeconds < 1 || timeoutSeconds > 3600) {
            printError(Text::tr("--timeout takes a number of seconds from 1 to 3600, not \"%1\".")
                           .arg(parser.value(timeoutOption)));
            return ExitUsage;
        }
    }
    QString browserCommand = parser.value(browserOption);
    if (!parser.isSet(browserOption))
        browserCommand = OAuth::CommandBrowserLauncher::fromEnvironment().value_or(QString());
    if (!browserCommand.isEmpty() && !OAuth::splitCommandLine(browserCommand)) {
        printError(Text::tr("The browser command has an unterminated quote or a trailing backslash: %1")
                       .arg(browserCommand));
        return ExitUsage;
    }
    if (!authorizationCodeGrant && (parser.isSet(browserOption) || parser.isSet(timeoutOption))) {
        printError(Text::tr("--browser-command and --timeout belong to --grant authorization_code."));
        return ExitUsage;
    }

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
    if (authorizationCodeGrant)
        return authorizationCode(*profile, {scopes, browserCommand, timeoutSeconds, parser.isSet(jsonOption)});

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
