// SPDX-License-Identifier: GPL-3.0-or-later
// tokenscope decode [TOKEN|-]: one JSON object on stdout, exit 0, or 2 when the input is no token.

#include "commands.h"

#include "jose/decodedtoken.h"
#include "jose/tokeninput.h"
#include "jose/tokenjson.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>

namespace Cli {

namespace {

QString describeCandidate(const Jose::TokenCandidate &candidate)
{
    return candidate.parameter.isEmpty() ? candidate.origin
                                         : candidate.parameter + QLatin1String(" (") + candidate.origin + QLatin1Char(')');
}

} // namespace

int decodeCommand(QCoreApplication &app, const QStringList &arguments)
{
    Q_UNUSED(app);
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Decode a token and print one JSON object: kind (jws, jwe, unsecured,\n"
               "opaque, malformed), header, payload, signature_bytes and problems.\n"
               "The token may be bare, a \"Bearer\" value, an \"Authorization:\" header\n"
               "line or a redirect URL. Nothing is verified: use \"verify\" for that.\n"
               "Exit status: 0 decoded, 2 the input is not a token."));
    parser.addPositionalArgument(QStringLiteral("token"),
                                 QCoreApplication::translate("Cli", "The token; \"-\" or nothing reads it from the standard input."),
                                 QStringLiteral("[TOKEN|-]"));
    int exitCode = ExitOk;
    const QString usage = QCoreApplication::translate("Cli", "Usage: %1 [options] [TOKEN|-]").arg(arguments.value(0));
    if (!parseCommand(parser, arguments, usage, &exitCode))
        return exitCode;

    const QStringList positional = parser.positionalArguments();
    if (!hasAtMostOneTokenArgument(positional))
        return ExitUsage;

    const RawInput input = readTokenArgument(positional);
    const auto fail = [](const QString &message) {
        printJson(QJsonObject{{QStringLiteral("error"), message}});
        printError(message);
        return ExitUsage;
    };
    if (!input.error.isEmpty())
        return fail(input.error);

    const Jose::TokenInput found = Jose::extractTokens(input.text);
    if (!found.ok()) {
        return fail(found.error.isEmpty() ? QCoreApplication::translate("Cli", "No token found in the input.")
                                          : found.error);
    }

    const Jose::DecodedToken token = Jose::decodeToken(found.candidates.constFirst().token);
    QJsonObject json = Jose::decodeToJson(token);
    if (found.candidates.size() > 1) {
        QStringList others;
        for (qsizetype i = 1; i < found.candidates.size(); ++i)
            others.append(describeCandidate(found.candidates.at(i)));
        json.insert(QStringLiteral("note"),
                    QCoreApplication::translate("Cli", "%n token(s) in the input; this is the first, %1. Not decoded: %2.", nullptr,
                                               int(found.candidates.size()))
                        .arg(describeCandidate(found.candidates.constFirst()), others.join(QLatin1String(", "))));
    }
    printJson(json);
    return token.kind == Jose::TokenKind::Malformed ? ExitUsage : ExitOk;
}

} // namespace Cli
