// SPDX-License-Identifier: GPL-3.0-or-later
// tokenscope token --profile NAME [--grant GRANT] [--scope S]... [--json]: gets a token for the
// profile and prints the access token (or, with --json, the whole token response). Grants:
// client_credentials, authorization_code (opens the browser command, --browser-command or
// TOKENSCOPE_BROWSER, on the authorization URL, or prints the URL on stderr, and waits on the
// loopback redirect), password (--username; the password from --password-stdin or typed on the
// terminal without echo), refresh_token (the keychain's, or --refresh-token-stdin) and
// device_code (user code and verification URI on stderr, then polling); tokengrants.cpp has the
// last three. A refresh token in any response goes into the keychain, never to the output
// (except inside the --json token response).
// Exit 0 a token; 1 the server (or the network) said no, its error on stderr; 2 unusable
// arguments; 3 a secret cannot be read because no keychain is available.

#include "commands.h"
#include "terminalinput.h"
#include "tokengrants.h"

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
constexpr std::array LaterGrants{"token_exchange", "urn:ietf:params:oauth:grant-type:token-exchange", "implicit",
                                 "hybrid", "urn:ietf:params:oauth:grant-type:jwt-bearer"};

enum class Grant { ClientCredentials, AuthorizationCode, Password, RefreshToken, DeviceCode };

std::optional<Grant> grantFromName(const QString &name)
{
    if (name == QLatin1String("client_credentials"))
        return Grant::ClientCredentials;
    if (name == QLatin1String("authorization_code"))
        return Grant::AuthorizationCode;
    if (name == QLatin1String("password"))
        return Grant::Password;
    if (name == QLatin1String("refresh_token"))
        return Grant::RefreshToken;
    if (name == QLatin1String("device_code") || name == QLatin1String("urn:ietf:params:oauth:grant-type:device_code"))
        return Grant::DeviceCode;
    return std::nullopt;
}

constexpr qint64 MaxStdinLineBytes = 64 * 1024;

// One line from stdin (a password, a refresh token): the trailing line break ("\n" or "\r\n")
// is dropped; an empty input or a second line is refused.
std::optional<QByteArray> readStdinLine(const QString &option, QString *error)
{
    const StdinData read = readStdinUpTo(MaxStdinLineBytes);
    if (!read.error.isEmpty()) {
        *error = read.error;
        return std::nullopt;
    }
    if (read.tooLarge) {
        *error = Text::tr("The standard input is larger than %1 bytes; %2 takes one line.").arg(MaxStdinLineBytes).arg(option);
        return std::nullopt;
    }
    const QByteArray &data = read.data;
    if (data.isEmpty()) {
        *error = Text::tr("The standard input is empty: pipe one line into %1.").arg(option);
        return std::nullopt;
    }
    if (data.contains('\n')) {
        *error = Text::tr("The standard input has more than one line: %1 takes one line.").arg(option);
        return std::nullopt;
    }
    return data;
}

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
        // The keys a front-channel ID token is checked against (implicit and hybrid).
        facts.jwksUri = result->document->endpoints.url(Profiles::EndpointKind::Jwks);
    }
    return facts;
}

int authorizationCode(TokenGrants::Services &services, const Profiles::Profile &profile,
                      const AuthorizationCodeArguments &arguments)
{
    if (profile.endpoints.url(Profiles::EndpointKind::Authorization).isEmpty()) {
        printError(Text::tr("The profile \"%1\" has no authorization endpoint. Add the profile again with --discover "
                            "or --endpoint authorization_endpoint=URL.")
                       .arg(profile.name));
        return ExitUsage;
    }
    std::unique_ptr<OAuth::CommandBrowserLauncher> browser;
    if (!arguments.browserCommand.isEmpty())
        browser = std::make_unique<OAuth::CommandBrowserLauncher>(arguments.browserCommand);

    OAuth::AuthorizationCodeFlow::Options options;
    options.facts = discoverFacts(services.http, profile);
    options.scopes = arguments.scopes;
    options.launchBrowser = browser != nullptr;
    options.timeout = std::chrono::seconds(arguments.timeoutSeconds);

    OAuth::AuthorizationCodeFlow flow(&services.client, browser.get());
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
    return TokenGrants::deliver(services, profile, *result->token, {arguments.json});
}

} // namespace

int tokenCommand(QCoreApplication &, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Get a token for a profile and print the access token (with --json the whole token\n"
        "response). Grants:\n"
        "  client_credentials  the default\n"
        "  authorization_code  opens the browser command on the authorization URL (or\n"
        "                      prints it on stderr), waits for the loopback redirect\n"
        "  password            --username; the password from --password-stdin or typed\n"
        "                      on the terminal (not echoed)\n"
        "  refresh_token       the one an earlier grant stored in the keychain, or one\n"
        "                      from --refresh-token-stdin\n"
        "  device_code         prints the user code and verification URI on stderr, polls\n"
        "A refresh token in a response is stored in the keychain (never printed, except\n"
        "inside the --json token response).\n"
        "Exit status: 0 a token was issued, 1 the server or the network refused (the error on\n"
        "stderr), 2 unusable arguments (no such profile, a grant not available yet), 3 no\n"
        "keychain to read a needed secret from."));
    const QCommandLineOption profileOption(QStringList{QStringLiteral("profile")}, Text::tr("The profile to use."),
                                           QStringLiteral("NAME"));
    const QCommandLineOption grantOption(QStringList{QStringLiteral("grant")},
                                         Text::tr("The grant: client_credentials (the default), authorization_code, "
                                                  "password, refresh_token or device_code."),
                                         QStringLiteral("GRANT"), QStringLiteral("client_credentials"));
    const QCommandLineOption scopeOption(QStringList{QStringLiteral("scope")},
                                         Text::tr("Ask for this scope instead of the profile's (or several, "
                                                  "space-separated). May be repeated."),
                                         QStringLiteral("S"));
    const QCommandLineOption jsonOption(QStringList{QStringLiteral("json")},
                                        Text::tr("Print the whole token response as JSON."));
    const QCommandLineOption usernameOption(QStringList{QStringLiteral("username")},
                                            Text::tr("password: the resource owner's user name."), QStringLiteral("U"));
    const QCommandLineOption passwordStdinOption(
        QStringList{QStringLiteral("password-stdin")},
        Text::tr("password: read the password from the standard input (one line). Without it the password is "
                 "asked for on the terminal."));
    const QCommandLineOption refreshStdinOption(
        QStringList{QStringLiteral("refresh-token-stdin")},
        Text::tr("refresh_token: read the refresh token from the standard input (one line) instead of the "
                 "keychain."));
    const QCommandLineOption browserOption(
        QStringList{QStringLiteral("browser-command")},
        Text::tr("authorization_code, device_code: the browser to run, split like a shell would, with the "
                 "authorization (or verification) URL appended (default: the TOKENSCOPE_BROWSER environment "
                 "variable; without either the URL is printed on stderr)."),
        QStringLiteral("COMMAND"));
    const QCommandLineOption timeoutOption(
        QStringList{QStringLiteral("timeout")},
        Text::tr("authorization_code: give up after this many seconds (default %1).").arg(DefaultAuthorizationTimeoutSeconds),
        QStringLiteral("SECONDS"));
    parser.addOptions({profileOption, grantOption, scopeOption, jsonOption, usernameOption, passwordStdinOption,
                       refreshStdinOption, browserOption, timeoutOption});
    int exitCode = ExitOk;
    if (!parseCommand(parser, arguments,
                      Text::tr("Usage: %1 --profile NAME [--grant client_credentials|authorization_code|password|"
                               "refresh_token|device_code] [--scope S]... [--username U] [--password-stdin] "
                               "[--refresh-token-stdin] [--browser-command COMMAND] [--timeout SECONDS] [--json]")
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
    const QString grantName = parser.value(grantOption);
    const std::optional<Grant> grant = grantFromName(grantName);
    if (!grant) {
        bool later = false;
        for (const char *name : LaterGrants)
            later = later || grantName == QLatin1String(name);
        printError(later ? Text::tr("The grant \"%1\" is not available yet on the command line; use "
                                    "client_credentials, authorization_code, password, refresh_token or device_code.")
                               .arg(grantName)
                         : Text::tr("Unknown grant \"%1\"; use client_credentials, authorization_code, password, "
                                    "refresh_token or device_code.")
                               .arg(grantName));
        return ExitUsage;
    }

    // Options that belong to one grant are refused with the others: a script that passes them to
    // the wrong grant has a bug worth hearing about.
    const auto onlyWith = [&parser](const QCommandLineOption &option, bool allowed, const QString &grants) {
        if (!parser.isSet(option) || allowed)
            return true;
        printError(Text::tr("--%1 belongs to --grant %2.").arg(option.names().constFirst(), grants));
        return false;
    };
    if (!onlyWith(usernameOption, *grant == Grant::Password, QStringLiteral("password"))
        || !onlyWith(passwordStdinOption, *grant == Grant::Password, QStringLiteral("password"))
        || !onlyWith(refreshStdinOption, *grant == Grant::RefreshToken, QStringLiteral("refresh_token"))
        || !onlyWith(browserOption, *grant == Grant::AuthorizationCode || *grant == Grant::DeviceCode,
                     QStringLiteral("authorization_code or device_code"))
        || !onlyWith(timeoutOption, *grant == Grant::AuthorizationCode, QStringLiteral("authorization_code")))
        return ExitUsage;
    if (*grant == Grant::Password && parser.value(usernameOption).isEmpty()) {
        printError(Text::tr("The password grant needs --username U (the resource owner's user name)."));
        return ExitUsage;
    }
    if (*grant == Grant::Password && !parser.isSet(passwordStdinOption) && !stdinIsTerminal()) {
        printError(Text::tr("The standard input is not a terminal to type the password on: pipe the password into "
                            "--password-stdin."));
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

    // What the user types or pipes is read last, once everything else is known to be usable.
    std::optional<QByteArray> secretInput;
    QString inputError;
    if (*grant == Grant::Password) {
        secretInput = parser.isSet(passwordStdinOption)
            ? readStdinLine(QStringLiteral("--password-stdin"), &inputError)
            : readHiddenLine(Text::tr("Password for %1: ").arg(parser.value(usernameOption)), &inputError);
    } else if (*grant == Grant::RefreshToken && parser.isSet(refreshStdinOption)) {
        secretInput = readStdinLine(QStringLiteral("--refresh-token-stdin"), &inputError);
    }
    if (!inputError.isEmpty()) {
        printError(inputError);
        return ExitUsage;
    }

    QStringList scopes;
    for (const QString &value : parser.values(scopeOption))
        scopes += value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const TokenGrants::Output output{parser.isSet(jsonOption)};
    TokenGrants::Services services;
    switch (*grant) {
    case Grant::AuthorizationCode:
        return authorizationCode(services, *profile, {scopes, browserCommand, timeoutSeconds, output.json});
    case Grant::Password:
        return TokenGrants::password(services, *profile, scopes, parser.value(usernameOption), *secretInput, output);
    case Grant::RefreshToken:
        return TokenGrants::refresh(services, *profile, scopes, secretInput, output);
    case Grant::DeviceCode:
        return TokenGrants::deviceCode(services, *profile, scopes, browserCommand, output);
    case Grant::ClientCredentials:
        break;
    }

    std::optional<OAuth::TokenResponse> response;
    AsyncWait wait;
    services.client.clientCredentials(*profile, scopes, &services.client,
                                      [&response, &wait](const OAuth::TokenResponse &answer) {
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
    return TokenGrants::deliver(services, *profile, *response, output);
}

} // namespace Cli
