// SPDX-License-Identifier: GPL-3.0-or-later
// tokenscope sandbox: runs the local sandbox tenant until SIGINT/SIGTERM. One JSON line on stdout
// when it is ready ({"base_url", "tenant_id", "admin_client_id", "admin_client_secret"}); exit 0
// after a signal, 2 when it cannot start (arguments, port in use, unusable data directory ...).

#include "commands.h"

#include "sandboxserver.h"
#include "tenantstate.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSocketNotifier>
#include <QStandardPaths>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace Cli {

namespace {

#ifdef Q_OS_UNIX
// Self-pipe: the signal handler only writes one byte; the event loop reads it and quits.
int g_signalSocket[2] = {-1, -1};

extern "C" void onTerminationSignal(int)
{
    const int savedErrno = errno; // async-signal-safe: write() only, errno kept
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_signalSocket[0], &byte, 1);
    errno = savedErrno;
}

// Installs SIGINT/SIGTERM handlers that quit the application's event loop.
bool quitOnSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_signalSocket) != 0)
        return false;
    auto *notifier = new QSocketNotifier(g_signalSocket[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [&app, notifier] {
        notifier->setEnabled(false);
        char byte = 0;
        [[maybe_unused]] const ssize_t got = ::read(g_signalSocket[1], &byte, 1);
        app.quit();
    });
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGINT, &action, nullptr) == 0 && ::sigaction(SIGTERM, &action, nullptr) == 0;
}
#else
bool quitOnSignals(QCoreApplication &)
{
    return true; // Ctrl+C ends the process
}
#endif

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

} // namespace

int sandboxCommand(QCoreApplication &app, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Run the local sandbox tenant: a small Cloudentity-compatible authorization server\n"
        "(admin API, OAuth 2.0 and OpenID Connect endpoints) on a loopback port.\n"
        "When it is ready it prints one JSON line: base_url, tenant_id, admin_client_id,\n"
        "admin_client_secret. It serves until SIGINT or SIGTERM, then exits 0.\n"
        "Exit status: 0 stopped by a signal, 2 it could not start."));
    const QCommandLineOption portOption(QStringLiteral("port"), tr("Listen on this port (default: any free port)."), QStringLiteral("N"));
    const QCommandLineOption dataOption(QStringLiteral("data"), tr("Keep the tenant's state in this directory."), QStringLiteral("DIR"));
    const QCommandLineOption ephemeralOption(QStringLiteral("ephemeral"), tr("Keep the state in memory only; it is gone when the sandbox stops."));
    const QCommandLineOption tenantOption(QStringLiteral("tenant"), tr("The tenant id in every URL (default: \"default\")."), QStringLiteral("ID"));
    const QCommandLineOption rateLimitsOption(QStringLiteral("rate-limits"),
                                              tr("Per-API-group rate limits from a JSON file, like\n"
                                                 "{\"admin\": {\"per_minute\": 300, \"burst\": 50}}."),
                                              QStringLiteral("FILE"));
    const QCommandLineOption allowRemoteOption(QStringLiteral("allow-remote"),
                                               tr("Listen on this address instead of 127.0.0.1. Development only: no TLS, mock users."),
                                               QStringLiteral("ADDRESS"));
    parser.addOptions({portOption, dataOption, ephemeralOption, tenantOption, rateLimitsOption, allowRemoteOption});

    int exitCode = ExitOk;
    const QString usage = tr("Usage: %1 [options]").arg(arguments.value(0));
    if (!parseCommand(parser, arguments, usage, &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty()) {
        printError(tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));
        return ExitUsage;
    }

    Sandbox::SandboxOptions options;
    if (parser.isSet(portOption)) {
        bool ok = false;
        const uint port = parser.value(portOption).toUInt(&ok);
        if (!ok || port > 65535) {
            printError(tr("The port must be a number from 0 to 65535, not \"%1\".").arg(parser.value(portOption)));
            return ExitUsage;
        }
        options.port = quint16(port);
    }
    if (parser.isSet(dataOption) && parser.isSet(ephemeralOption)) {
        printError(tr("Give either --data or --ephemeral, not both."));
        return ExitUsage;
    }
    if (parser.isSet(ephemeralOption)) {
        options.dataDirectory.clear();
    } else if (parser.isSet(dataOption)) {
        if (parser.value(dataOption).isEmpty()) {
            printError(tr("--data needs a directory."));
            return ExitUsage;
        }
        options.dataDirectory = QDir(parser.value(dataOption)).absolutePath();
    } else {
        const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        if (base.isEmpty()) {
            printError(tr("There is no application data directory; give --data DIR or --ephemeral."));
            return ExitUsage;
        }
        options.dataDirectory = base + QLatin1String("/sandbox");
    }
    if (parser.isSet(tenantOption)) {
        const QString tenant = parser.value(tenantOption);
        static const QRegularExpression tenantPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$"));
        if (!tenantPattern.match(tenant).hasMatch()) {
            printError(tr("The tenant id \"%1\" is not usable in URLs: use letters, digits, \"-\" and \"_\" (at most 64).")
                           .arg(tenant));
            return ExitUsage;
        }
        options.tenantId = tenant;
    }
    options.rateLimitsFile = parser.value(rateLimitsOption);
    if (parser.isSet(allowRemoteOption)) {
        const QHostAddress address(parser.value(allowRemoteOption));
        if (address.isNull()) {
            printError(tr("\"%1\" is not an IP address.").arg(parser.value(allowRemoteOption)));
            return ExitUsage;
        }
        options.address = address;
        options.allowRemote = true;
        printError(tr("Warning: listening on %1 as asked. The sandbox is for development only: it has no TLS "
                      "(tokens, secrets and passwords cross the network in clear text), its users are mock users "
                      "and its admin credentials are printed here. Do not expose it to a network you do not control.")
                       .arg(address.toString()));
    }

    if (!quitOnSignals(app)) {
        printError(tr("Cannot install the signal handlers: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
        return ExitUsage;
    }

    Sandbox::SandboxServer server(options);
    QString error;
    if (!server.start(&error)) {
        printError(error);
        return ExitUsage;
    }
    if (!server.startupNote().isEmpty())
        printError(server.startupNote());

    Sandbox::TenantState &state = server.state();
    printJson(QJsonObject{
        {QStringLiteral("base_url"), server.baseUrl().toString()},
        {QStringLiteral("tenant_id"), state.tenantId()},
        {QStringLiteral("admin_client_id"), state.adminClientId()},
        {QStringLiteral("admin_client_secret"), state.adminClientSecret()},
    });

    QCoreApplication::exec();
    server.stop();
    return ExitOk;
}

} // namespace Cli
