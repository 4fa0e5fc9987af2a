// SPDX-License-Identifier: GPL-3.0-or-later
// password, refresh_token and device_code for `tokenscope token`, and the one place a token
// response leaves the command: printed on stdout, its refresh token into the keychain (never
// printed, except inside the --json token response the user asked for).

#include "tokengrants.h"

#include "commands.h"
#include "oauth/browserlauncher.h"
#include "oauth/deviceflow.h"
#include "oauth/tokenoperations.h"

#include <QCoreApplication>
#include <QObject>

#include <memory>
#include <optional>

namespace Cli::TokenGrants {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

constexpr int KeychainTimeoutMs = 60'000;

std::optional<Profiles::SecretResult> runSecretOperation(
    const std::function<void(QObject *context, Profiles::SecretStore::Callback done)> &start)
{
    QObject context;
    std::optional<Profiles::SecretResult> result;
    AsyncWait wait(KeychainTimeoutMs);
    start(&context, [&result, &wait](const Profiles::SecretResult &answer) {
        result = answer;
        wait.finish();
    });
    wait.wait();
    return result;
}

void storeRefreshToken(Services &services, const Profiles::Profile &profile, const QString &refreshToken)
{
    const std::optional<Profiles::SecretResult> stored =
        runSecretOperation([&](QObject *context, Profiles::SecretStore::Callback done) {
            services.secrets.write(profile.id, Profiles::SecretKind::RefreshToken, refreshToken.toUtf8(), context,
                                   std::move(done));
        });
    if (!stored) {
        printError(Text::tr("Warning: the keychain did not answer within %1 seconds; the refresh token was not stored.")
                       .arg(KeychainTimeoutMs / 1000));
    } else if (stored->status == Profiles::SecretResult::Status::Unavailable) {
        printError(Text::tr("Warning: no keychain is available, so the refresh token was not stored. %1")
                       .arg(stored->error));
    } else if (!stored->ok()) {
        printError(Text::tr("Warning: the refresh token was not stored in the keychain: %1").arg(stored->error));
    } else {
        printError(Text::tr("The refresh token is stored in the keychain for the profile \"%1\"; "
                            "--grant refresh_token uses it.")
                       .arg(profile.name));
    }
}

int refused(const OAuth::TokenResponse &token)
{
    printError(token.error);
    return token.secretUnavailable ? ExitNoKeychain : ExitFailed;
}

} // namespace

int deliver(Services &services, const Profiles::Profile &profile, const OAuth::TokenResponse &token, Output output,
            const QString &presentedRefreshToken)
{
    if (!token.refreshToken.isEmpty() && token.refreshToken != presentedRefreshToken)
        storeRefreshToken(services, profile, token.refreshToken);
    if (output.json)
        printJson(token.json);
    else
        printText(token.accessToken + QLatin1Char('\n'));
    return ExitOk;
}

int password(Services &services, const Profiles::Profile &profile, const QStringList &scopes, const QString &username,
             const QByteArray &password, Output output)
{
    OAuth::TokenOperations operations(&services.client, &services.http);
    std::optional<OAuth::TokenResponse> response;
    AsyncWait wait;
    operations.password(profile, username, QString::fromUtf8(password), scopes, &operations,
                        [&response, &wait](const OAuth::TokenResponse &answer) {
                            response = answer;
                            wait.finish();
                        });
    wait.wait();
    if (!response) {
        printError(Text::tr("No answer within %1 seconds.").arg(120));
        return ExitFailed;
    }
    if (!response->ok())
        return refused(*response);
    return deliver(services, profile, *response, output);
}

int refresh(Services &services, const Profiles::Profile &profile, const QStringList &scopes,
            const std::optional<QByteArray> &explicitRefreshToken, Output output)
{
    QString refreshToken;
    if (explicitRefreshToken) {
        refreshToken = QString::fromUtf8(*explicitRefreshToken);
    } else {
        const std::optional<Profiles::SecretResult> stored =
            runSecretOperation([&](QObject *context, Profiles::SecretStore::Callback done) {
                services.secrets.read(profile.id, Profiles::SecretKind::RefreshToken, context, std::move(done));
            });
        if (!stored) {
            printError(Text::tr("The keychain did not answer within %1 seconds. Unlock it and try again, or pipe the "
                                "refresh token into --refresh-token-stdin.")
                           .arg(KeychainTimeoutMs / 1000));
            return ExitFailed;
        }
        switch (stored->status) {
        case Profiles::SecretResult::Status::Ok:
            break;
        case Profiles::SecretResult::Status::NotFound:
            printError(Text::tr("No refresh token is stored for the profile \"%1\". Get one first with --grant "
                                "authorization_code, password or device_code (the server may want the "
                                "offline_access scope), or pipe one into --refresh-token-stdin.")
                           .arg(profile.name));
            return ExitFailed;
        case Profiles::SecretResult::Status::Unavailable:
            printError(Text::tr("The stored refresh token cannot be read: %1 Or pipe the refresh token into "
                                "--refresh-token-stdin.")
                           .arg(stored->error));
            return ExitNoKeychain;
        case Profiles::SecretResult::Status::Failed:
            printError(stored->error);
            return ExitFailed;
        }
        refreshToken = QString::fromUtf8(stored->value);
    }

    OAuth::TokenOperations operations(&services.client, &services.http);
    std::optional<OAuth::RefreshResult> result;
    AsyncWait wait;
    operations.refresh(profile, refreshToken, scopes, &operations, [&result, &wait](const OAuth::RefreshResult &answer) {
        result = answer;
        wait.finish();
    });
    wait.wait();
    if (!result) {
        printError(Text::tr("No answer within %1 seconds.").arg(120));
        return ExitFailed;
    }
    if (!result->ok())
        return refused(result->token);
    if (result->rotated)
        printError(Text::tr("The server issued a new refresh token: the refresh token was rotated, and the previous "
                            "one must not be used again."));
    return deliver(services, profile, result->token, output, refreshToken);
}

int deviceCode(Services &services, const Profiles::Profile &profile, const QStringList &scopes,
               const QString &browserCommand, Output output)
{
    if (profile.endpoints.url(Profiles::EndpointKind::DeviceAuthorization).isEmpty()) {
        printError(Text::tr("The profile \"%1\" has no device authorization endpoint. Add the profile again with "
                            "--discover or --endpoint device_authorization_endpoint=URL.")
                       .arg(profile.name));
        return ExitUsage;
    }
    std::unique_ptr<OAuth::CommandBrowserLauncher> browser;
    if (!browserCommand.isEmpty())
        browser = std::make_unique<OAuth::CommandBrowserLauncher>(browserCommand);

    OAuth::DeviceFlow flow(&services.client);
    std::optional<OAuth::DeviceFlowResult> result;
    // The flow ends itself when the code expires (RFC 8628 §3.2 expires_in); this is a backstop.
    AsyncWait wait(24 * 3600 * 1000);
    QObject::connect(&flow, &OAuth::DeviceFlow::authorizationReceived, &flow,
                     [&browser](const OAuth::DeviceAuthorization &authorization) {
                         const QString uri = authorization.verificationUri.toString();
                         printError(Text::tr("To sign in, open %1 in a browser and enter the code %2")
                                        .arg(uri, authorization.userCode));
                         if (!authorization.verificationUriComplete.isEmpty())
                             printError(Text::tr("Or open %1 (the code is filled in there).")
                                            .arg(authorization.verificationUriComplete.toString()));
                         printError(Text::tr("Waiting for the approval; the code expires in %1 seconds.")
                                        .arg(authorization.expiresIn));
                         if (browser) {
                             const QUrl target = authorization.verificationUriComplete.isEmpty()
                                 ? authorization.verificationUri
                                 : authorization.verificationUriComplete;
                             QString error;
                             if (!browser->open(target, &error))
                                 printError(Text::tr("%1 Open the address above yourself.").arg(error));
                         }
                     });
    QObject::connect(&flow, &OAuth::DeviceFlow::intervalChanged, &flow, [](int seconds) {
        printError(Text::tr("The server asked to poll more slowly: every %1 seconds now.").arg(seconds));
    });
    QObject::connect(&flow, &OAuth::DeviceFlow::finished, &flow,
                     [&result, &wait](const OAuth::DeviceFlowResult &answer) {
                         result = answer;
                         wait.finish();
                     });
    flow.start(profile, scopes);
    wait.wait();
    if (!result) {
        flow.cancel();
        printError(Text::tr("The device authorization did not end; giving up."));
        return ExitFailed;
    }
    if (!result->ok()) {
        printError(result->oauthError.isEmpty() || result->error.contains(result->oauthError)
                       ? result->error
                       : result->error + QLatin1String(" (") + result->oauthError + QLatin1Char(')'));
        // DeviceFlowResult carries no "secret unavailable" for the device authorization request;
        // the store knows whether this run found no keychain.
        const bool noKeychain = result->token.secretUnavailable
            || services.secrets.availability() == Profiles::SecretStore::Availability::Unavailable;
        return noKeychain ? ExitNoKeychain : ExitFailed;
    }
    return deliver(services, profile, result->token, output);
}

} // namespace Cli::TokenGrants
