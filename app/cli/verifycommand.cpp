// SPDX-License-Identifier: GPL-3.0-or-later
// tokenscope verify [options] TOKEN|-: the checks as one JSON object on stdout.
// Exit 0 when no check failed, 1 when one did, 2 on unusable input or arguments (no JSON then).

#include "commands.h"

#include "http/httpclient.h"
#include "jose/decodedtoken.h"
#include "jose/jsonwebkey.h"
#include "jose/tokeninput.h"
#include "jose/tokenjson.h"
#include "jose/tokenverifier.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <optional>

Q_LOGGING_CATEGORY(lcCliVerify, "tokenscope.cli.verify")

namespace Cli {

namespace {

using namespace std::chrono_literals;

constexpr qint64 MaxKeyFileBytes = 4 * 1024 * 1024;
constexpr qint64 MaxSkewSeconds = 365LL * 24 * 3600;
constexpr auto FetchTimeout = 15s;

// Either a value or a translated message for stderr.
template<typename T>
struct Parsed
{
    std::optional<T> value;
    QString error;
};

bool isHttpUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        && text.contains(QLatin1String("://"));
}

// Runs the event loop until the one GET completes: HttpClient never blocks, so the command
// waits the way a GUI would, on QCoreApplication::exec().
HttpResponse fetch(QCoreApplication &app, const QUrl &url)
{
    QNetworkAccessManager network;
    HttpClient http(&network);
    http.setTransferTimeout(FetchTimeout);
    http.setMaxResponseBytes(MaxKeyFileBytes);

    std::optional<HttpResponse> response;
    http.get(url, &app, [&response](const HttpResponse &reply) {
        response = reply;
        QCoreApplication::exit(0);
    });
    if (!response) {
        // A backstop in case the client's own timeout never fires.
        QTimer backstop;
        backstop.setSingleShot(true);
        QObject::connect(&backstop, &QTimer::timeout, &app, [] { QCoreApplication::exit(0); });
        backstop.start(FetchTimeout + 5s);
        QCoreApplication::exec();
    }
    if (!response) {
        HttpResponse timedOut;
        timedOut.url = url;
        timedOut.error = QCoreApplication::translate("Cli", "No answer within %1 seconds.").arg(std::chrono::seconds(FetchTimeout).count());
        return timedOut;
    }
    return *response;
}

QString urlForMessages(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

// Loads a key source (JWKS, JWK, PEM, certificate) from a file or, for --jwks, an http(s) URL.
Parsed<Jose::KeySet> loadKeySource(QCoreApplication &app, const QString &source, bool allowUrl)
{
    Parsed<Jose::KeySet> result;
    QByteArray data;
    QString shownSource = source; // a URL without user info, query or fragment
    if (allowUrl && isHttpUrl(source)) {
        const QUrl url(source);
        const HttpResponse response = fetch(app, url);
        qCDebug(lcCliVerify) << "JWKS fetch" << urlForMessages(url) << "status" << response.status
                             << "error" << response.networkError << response.elapsedMs << "ms";
        if (!response.error.isEmpty()) {
            result.error = QCoreApplication::translate("Cli", "Cannot fetch the keys from %1: %2").arg(urlForMessages(url), response.error);
            return result;
        }
        if (!response.ok()) {
            result.error = QCoreApplication::translate("Cli", "Cannot fetch the keys from %1: the server answered HTTP %2.")
                               .arg(urlForMessages(url))
                               .arg(response.status);
            return result;
        }
        data = response.body;
        shownSource = urlForMessages(url);
    } else {
        QString path = source;
        if (source.startsWith(QLatin1String("file:")))
            path = QUrl(source).toLocalFile();
        const FileData file = readLocalFile(path, MaxKeyFileBytes);
        if (!file.error.isEmpty()) {
            result.error = file.error;
            return result;
        }
        data = file.data;
    }

    const Jose::KeyLoadResult loaded = Jose::loadKeys(data);
    for (const QString &warning : loaded.keySet.warnings)
        printError(QCoreApplication::translate("Cli", "%1: %2").arg(shownSource, warning));
    if (!loaded.ok() || loaded.keySet.keys.isEmpty()) {
        result.error = QCoreApplication::translate("Cli", "No usable key in %1: %2")
                           .arg(shownSource, loaded.error.isEmpty() ? QCoreApplication::translate("Cli", "no keys") : loaded.error);
        return result;
    }
    result.value = loaded.keySet;
    return result;
}

Parsed<QByteArray> readSecretFile(const QString &path)
{
    Parsed<QByteArray> result;
    const FileData file = readLocalFile(path, MaxKeyFileBytes);
    if (!file.error.isEmpty()) {
        result.error = file.error;
        return result;
    }
    QByteArray secret = file.data;
    // "echo secret > file" adds a line break that is not part of the secret.
    if (secret.endsWith('\n'))
        secret.chop(1);
    if (secret.endsWith('\r'))
        secret.chop(1);
    result.value = secret;
    return result;
}

Parsed<Jose::TokenRole> parseRole(const QString &text)
{
    Parsed<Jose::TokenRole> result;
    const QString role = text.toLower();
    if (role == QLatin1String("auto"))
        result.value = Jose::TokenRole::Auto;
    else if (role == QLatin1String("id") || role == QLatin1String("id_token"))
        result.value = Jose::TokenRole::IdToken;
    else if (role == QLatin1String("access") || role == QLatin1String("access_token"))
        result.value = Jose::TokenRole::AccessToken;
    else
        result.error = QCoreApplication::translate("Cli", "--role must be auto, id or access, not \"%1\".").arg(text);
    return result;
}

struct VerifyArguments
{
    QCommandLineOption jwks{QStringList{QStringLiteral("jwks")},
                            QCoreApplication::translate("Cli", "Verification keys: a JWKS, JWK, PEM public key or certificate file, or an "
                               "http(s) URL of a JWKS (fetched, 15 s timeout). May be repeated."),
                            QStringLiteral("FILE|URL")};
    QCommandLineOption key{QStringList{QStringLiteral("key")},
                           QCoreApplication::translate("Cli", "A PEM public key or certificate (or a JWK / JWKS) file. May be repeated."),
                           QStringLiteral("PEM-FILE")};
    QCommandLineOption secret{QStringList{QStringLiteral("secret")},
                              QCoreApplication::translate("Cli", "The HMAC secret for HS256/384/512. Other users can see it in \"ps\": "
                                 "prefer --secret-file."),
                              QStringLiteral("SECRET")};
    QCommandLineOption secretFile{QStringList{QStringLiteral("secret-file")},
                                  QCoreApplication::translate("Cli", "Read the HMAC secret from a file (one trailing line break is ignored)."),
                                  QStringLiteral("FILE")};
    QCommandLineOption issuer{QStringList{QStringLiteral("iss"), QStringLiteral("issuer")},
                              QCoreApplication::translate("Cli", "The expected issuer (\"iss\"), compared exactly."), QStringLiteral("ISSUER")};
    QCommandLineOption audience{QStringList{QStringLiteral("aud"), QStringLiteral("audience")},
                                QCoreApplication::translate("Cli", "The expected audience: one of \"aud\" must equal it."), QStringLiteral("AUDIENCE")};
    QCommandLineOption nonce{QStringList{QStringLiteral("nonce")},
                             QCoreApplication::translate("Cli", "The expected \"nonce\" of an ID token."), QStringLiteral("NONCE")};
    QCommandLineOption skew{QStringList{QStringLiteral("skew")},
                            QCoreApplication::translate("Cli", "Allowed clock skew for exp, nbf and iat, in seconds (default 60)."),
                            QStringLiteral("SECONDS")};
    QCommandLineOption at{QStringList{QStringLiteral("at")},
                          QCoreApplication::translate("Cli", "Judge the time claims at this instant (seconds since 1970) instead of now."),
                          QStringLiteral("UNIX_TIME")};
    QCommandLineOption accessToken{QStringList{QStringLiteral("access-token")},
                                   QCoreApplication::translate("Cli", "The access token issued with this ID token, to check \"at_hash\"."),
                                   QStringLiteral("TOKEN")};
    QCommandLineOption code{QStringList{QStringLiteral("code")},
                            QCoreApplication::translate("Cli", "The authorization code issued with this ID token, to check \"c_hash\"."),
                            QStringLiteral("CODE")};
    QCommandLineOption role{QStringList{QStringLiteral("role")},
                            QCoreApplication::translate("Cli", "What the token is: auto (guess), id (an ID token) or access (an RFC 9068 "
                               "access token)."),
                            QStringLiteral("auto|id|access"), QStringLiteral("auto")};
};

// Turns the parsed options into VerifyOptions, or a message for stderr.
Parsed<Jose::VerifyOptions> buildOptions(QCoreApplication &app, const QCommandLineParser &parser,
                                         const VerifyArguments &args)
{
    Parsed<Jose::VerifyOptions> result;
    Jose::VerifyOptions options;

    if (parser.isSet(args.skew)) {
        bool ok = false;
        const qint64 seconds = parser.value(args.skew).toLongLong(&ok);
        if (!ok || seconds < 0 || seconds > MaxSkewSeconds) {
            result.error = QCoreApplication::translate("Cli", "--skew must be a whole number of seconds from 0 to %1, not \"%2\".")
                               .arg(MaxSkewSeconds)
                               .arg(parser.value(args.skew));
            return result;
        }
        options.clockSkew = std::chrono::seconds(seconds);
    }
    if (parser.isSet(args.at)) {
        bool ok = false;
        const qint64 seconds = parser.value(args.at).toLongLong(&ok);
        const QDateTime instant = ok ? QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC) : QDateTime();
        if (!instant.isValid()) {
            result.error = QCoreApplication::translate("Cli", "--at must be a Unix time (whole seconds since 1970-01-01 UTC), not \"%1\".")
                               .arg(parser.value(args.at));
            return result;
        }
        options.at = instant;
    }
    const Parsed<Jose::TokenRole> role = parseRole(parser.value(args.role));
    if (!role.value) {
        result.error = role.error;
        return result;
    }
    options.role = *role.value;
    options.expectedIssuer = parser.value(args.issuer);
    options.expectedAudience = parser.value(args.audience);
    options.expectedNonce = parser.value(args.nonce);
    options.accessToken = parser.value(args.accessToken);
    options.authorizationCode = parser.value(args.code);

    const QStringList jwksSources = parser.values(args.jwks);
    const QStringList keySources = parser.values(args.key);
    const bool hasSecret = parser.isSet(args.secret) || parser.isSet(args.secretFile);
    if (parser.isSet(args.secret) && parser.isSet(args.secretFile)) {
        result.error = QCoreApplication::translate("Cli", "Give --secret or --secret-file, not both.");
        return result;
    }
    if (hasSecret && (!jwksSources.isEmpty() || !keySources.isEmpty())) {
        result.error = QCoreApplication::translate("Cli", "Give either an HMAC secret (--secret, --secret-file) or public keys (--jwks, --key), not both.");
        return result;
    }
    if (parser.values(args.secret).size() > 1 || parser.values(args.secretFile).size() > 1) {
        result.error = QCoreApplication::translate("Cli", "Give one secret.");
        return result;
    }

    if (hasSecret) {
        QByteArray secret;
        if (parser.isSet(args.secretFile)) {
            const Parsed<QByteArray> read = readSecretFile(parser.value(args.secretFile));
            if (!read.value) {
                result.error = read.error;
                return result;
            }
            secret = *read.value;
        } else {
            secret = parser.value(args.secret).toUtf8();
        }
        if (secret.isEmpty()) {
            result.error = QCoreApplication::translate("Cli", "The HMAC secret is empty.");
            return result;
        }
        Jose::KeySet keys;
        keys.keys.append(Jose::keyFromSecret(secret));
        options.keys = keys;
    } else if (!jwksSources.isEmpty() || !keySources.isEmpty()) {
        Jose::KeySet keys;
        const auto add = [&](const QString &source, bool allowUrl) {
            const Parsed<Jose::KeySet> loaded = loadKeySource(app, source, allowUrl);
            if (!loaded.value) {
                result.error = loaded.error;
                return false;
            }
            keys.keys += loaded.value->keys;
            keys.warnings += loaded.value->warnings;
            return true;
        };
        for (const QString &source : jwksSources) {
            if (!add(source, true))
                return result;
        }
        for (const QString &source : keySources) {
            if (!add(source, false))
                return result;
        }
        options.keys = keys;
    }

    result.value = options;
    return result;
}

QString describeProblems(const Jose::DecodedToken &token)
{
    QStringList lines;
    for (const Jose::DecodeProblem &problem : token.problems) {
        if (problem.fatal)
            lines.append(Jose::tokenPartName(problem.part) + QLatin1String(": ") + problem.detail);
    }
    return lines.join(QLatin1String("; "));
}

} // namespace

int verifyCommand(QCoreApplication &app, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Verify a token's signature and claims and print one JSON object:\n"
               "kind, header, payload, checks [{name, status, detail}] and valid.\n"
               "Without keys the signature check is skipped.\n"
               "Exit status: 0 no check failed (passes, warnings and skips), 1 a check\n"
               "failed, 2 unusable input or arguments (a message on stderr, no JSON)."));
    const VerifyArguments args;
    parser.addOptions({args.jwks, args.key, args.secret, args.secretFile, args.issuer, args.audience, args.nonce,
                       args.skew, args.at, args.accessToken, args.code, args.role});
    parser.addPositionalArgument(QStringLiteral("token"),
                                 QCoreApplication::translate("Cli", "The token; \"-\" reads it from the standard input."),
                                 QStringLiteral("TOKEN|-"));
    int exitCode = ExitOk;
    const QString usage = QCoreApplication::translate("Cli", "Usage: %1 [options] TOKEN|-").arg(arguments.value(0));
    if (!parseCommand(parser, arguments, usage, &exitCode))
        return exitCode;

    const QStringList positional = parser.positionalArguments();
    if (!hasAtMostOneTokenArgument(positional))
        return ExitUsage;

    // The token first: it is cheap, and a bad one need not wait for a JWKS download.
    const RawInput input = readTokenArgument(positional);
    if (!input.error.isEmpty()) {
        printError(input.error);
        return ExitUsage;
    }
    const Jose::TokenInput found = Jose::extractTokens(input.text);
    if (!found.ok()) {
        printError(found.error.isEmpty() ? QCoreApplication::translate("Cli", "No token found in the input.") : found.error);
        return ExitUsage;
    }
    if (found.candidates.size() > 1) {
        printError(QCoreApplication::translate("Cli", "%n token(s) in the input; verifying the first.", nullptr,
                                               int(found.candidates.size())));
    }
    const Jose::DecodedToken token = Jose::decodeToken(found.candidates.constFirst().token);
    if (token.kind == Jose::TokenKind::Malformed) {
        const QString problems = describeProblems(token);
        printError(problems.isEmpty() ? QCoreApplication::translate("Cli", "The input is not a token.")
                                      : QCoreApplication::translate("Cli", "The input is not a token: %1").arg(problems));
        return ExitUsage;
    }

    const Parsed<Jose::VerifyOptions> options = buildOptions(app, parser, args);
    if (!options.value) {
        printError(options.error);
        return ExitUsage;
    }

    const Jose::VerifyReport report = Jose::verifyToken(token, *options.value);
    printJson(Jose::verifyToJson(token, report));
    return report.valid() ? ExitOk : ExitCheckFailed;
}

} // namespace Cli
