// SPDX-License-Identifier: GPL-3.0-or-later
// tokenscope admin list servers|idps|clients --profile P [--workspace WID] [--json]
// tokenscope admin apply FILE --profile P [--dry-run] [--json]
// The admin API (Cloudentity's, or the local sandbox's) through an admin profile. apply brings
// about a bulk file (models/admin/bulkapply.h): progress on stderr, one result per item on
// stdout. Ctrl-C during apply cancels after the item in flight; the rest are reported cancelled.
// Exit 0 all good; 1 an item failed or the API refused; 2 unusable arguments or file; 3 no
// keychain to read the admin client's secret from.

#include "commands.h"

#include "admin/adminclient.h"
#include "admin/bulkapply.h"
#include "http/httpclient.h"
#include "http/ratelimittracker.h"
#include "profiles/profile.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSocketNotifier>

#include <cstdio>
#include <optional>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace Cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

constexpr qint64 MaxBulkFileBytes = 8 * 1024 * 1024;

// The services one `admin` run uses, in the order they depend on each other.
struct AdminServices
{
    QNetworkAccessManager network;
    HttpClient http{&network};
    Profiles::SecretStore secrets{QStringLiteral("tokenscope")};
    RateLimits::RateLimitTracker tracker;
    Admin::AdminClient client{&http, &secrets, &tracker};

    AdminServices() { tracker.attach(&http); }
};

QString adminHelp(const QString &command)
{
    return Text::tr("Usage: %1 list servers|idps|clients --profile NAME [--workspace WID] [--json]\n"
                    "       %1 apply FILE --profile NAME [--dry-run] [--json]\n"
                    "\n"
                    "The admin API through an admin profile (preset cloudentity or sandbox, workspace\n"
                    "\"admin\", the admin workspace's client and its secret in the keychain).\n"
                    "  list    workspaces (servers), IDPs or clients as a table; --json the array.\n"
                    "          IDPs and clients of one workspace with --workspace, else of all.\n"
                    "  apply   bring about a bulk file: {\"workspaces\": [...], \"idps\": [{\"workspace\":\n"
                    "          WID, ...}], \"clients\": [...]}. Each item is created, updated (only the\n"
                    "          fields the file gives) or left unchanged; running it again is safe.\n"
                    "          Progress on stderr, one line per item on stdout (--json: one JSON\n"
                    "          object per line). --dry-run shows what would be done. Ctrl-C stops\n"
                    "          after the item in flight.\n"
                    "Exit status: 0 all good, 1 an item failed or the API refused, 2 unusable\n"
                    "arguments or file, 3 no keychain to read the admin client's secret from.\n")
        .arg(command);
}

void printLine(const QString &text)
{
    printText(text + QLatin1Char('\n'));
}

// A progress line on stderr, without the program-name prefix of printError.
void printProgress(const QString &line)
{
    const QByteArray bytes = (line + QLatin1Char('\n')).toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

void printJsonArray(const QJsonArray &array)
{
    printText(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)) + QLatin1Char('\n'));
}

void printTable(const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = std::max(widths.at(i), row.at(i).size());
        }
    }
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row.at(i).leftJustified(widths.at(i) + 2) : row.at(i);
        printLine(line);
    }
}

// Loads the profile and checks that it is an admin profile; nullopt after printing what to do.
std::optional<Profiles::Profile> adminProfile(const QString &name, int *exitCode)
{
    Profiles::ProfileStore store(Profiles::ProfileStore::defaultDirectory());
    const Profiles::StoreResult loaded = store.load();
    if (!loaded.message.isEmpty())
        printError(loaded.message);
    std::optional<Profiles::Profile> profile = store.findByName(name);
    if (!profile) {
        printError(Text::tr("There is no profile \"%1\". Run \"%2 profile list\" for the profiles.")
                       .arg(name, QCoreApplication::applicationName()));
        *exitCode = ExitUsage;
        return std::nullopt;
    }
    if (!Admin::isAdminProfile(*profile)) {
        QString problem;
        (void)Admin::apiBase(*profile, &problem);
        printError(Text::tr("The profile \"%1\" is not an admin profile%2. Use a profile with the preset cloudentity "
                            "or sandbox, --field workspace_id=admin and the admin workspace's client (\"%3 profile add "
                            "NAME --preset sandbox --field workspace_id=admin --client-id ID --client-secret-stdin\").")
                       .arg(profile->name, problem.isEmpty() ? QString() : QLatin1String(" (") + problem + QLatin1Char(')'),
                            QCoreApplication::applicationName()));
        *exitCode = ExitUsage;
        return std::nullopt;
    }
    return profile;
}

// The admin client's secret must be readable: exit 3 when no keychain answers (the other
// commands' contract), before anything is sent.
bool keychainAnswers(AdminServices &services, const Profiles::Profile &profile)
{
    std::optional<Profiles::SecretResult> read;
    AsyncWait wait(60'000);
    services.secrets.read(profile.id, Profiles::SecretKind::ClientSecret, &services.secrets,
                          [&read, &wait](const Profiles::SecretResult &result) {
                              read = result;
                              wait.finish();
                          });
    wait.wait();
    if (read && read->status == Profiles::SecretResult::Status::Unavailable) {
        printError(read->error);
        return false;
    }
    return true;
}

int apiFailure(const Admin::AdminResult &result)
{
    printError(result.error.isEmpty() ? Text::tr("The server answered %1.").arg(result.status()) : result.error);
    return result.secretUnavailable ? ExitNoKeychain : ExitFailed;
}

// One admin call, run to its end in the event loop.
template<typename Call>
std::optional<Admin::AdminResult> await(AdminServices &services, Call call)
{
    std::optional<Admin::AdminResult> answer;
    AsyncWait wait(300'000);
    call(&services.client, [&answer, &wait](const Admin::AdminResult &result) {
        answer = result;
        wait.finish();
    });
    wait.wait();
    if (!answer)
        printError(Text::tr("No answer from the admin API within %1 seconds.").arg(300));
    return answer;
}

int listCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("List workspaces (servers), IDPs or clients of the admin API."));
    const QCommandLineOption profileOption(QStringList{QStringLiteral("profile")}, Text::tr("The admin profile."),
                                           QStringLiteral("NAME"));
    const QCommandLineOption workspaceOption(QStringList{QStringLiteral("workspace")},
                                             Text::tr("idps, clients: only this workspace's (default: every "
                                                      "workspace's)."),
                                             QStringLiteral("WID"));
    const QCommandLineOption jsonOption(QStringList{QStringLiteral("json")}, Text::tr("Print the JSON array."));
    parser.addOptions({profileOption, workspaceOption, jsonOption});
    parser.addPositionalArgument(QStringLiteral("what"), Text::tr("servers, idps or clients"));
    int exitCode = ExitOk;
    if (!parseCommand(parser, arguments,
                      Text::tr("Usage: %1 servers|idps|clients --profile NAME [--workspace WID] [--json]")
                          .arg(arguments.value(0)),
                      &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    const QString what = positional.value(0);
    if (positional.size() != 1
        || (what != QLatin1String("servers") && what != QLatin1String("idps") && what != QLatin1String("clients"))) {
        printError(Text::tr("Say what to list: servers, idps or clients."));
        return ExitUsage;
    }
    if (!parser.isSet(profileOption)) {
        printError(Text::tr("Give the admin profile with --profile NAME (\"%1 profile list\" shows them).")
                       .arg(QCoreApplication::applicationName()));
        return ExitUsage;
    }
    if (what == QLatin1String("servers") && parser.isSet(workspaceOption)) {
        printError(Text::tr("--workspace belongs to \"list idps\" and \"list clients\"."));
        return ExitUsage;
    }
    const std::optional<Profiles::Profile> profile = adminProfile(parser.value(profileOption), &exitCode);
    if (!profile)
        return exitCode;

    AdminServices services;
    if (!keychainAnswers(services, *profile))
        return ExitNoKeychain;
    services.client.setProfile(*profile);

    QStringList workspaces;
    QJsonArray servers;
    if (what == QLatin1String("servers") || !parser.isSet(workspaceOption)) {
        const auto listed = await(services, [](Admin::AdminClient *client, Admin::AdminClient::Callback done) {
            client->listServers(client, std::move(done));
        });
        if (!listed)
            return ExitFailed;
        if (!listed->ok())
            return apiFailure(*listed);
        servers = listed->object().value(QStringLiteral("servers")).toArray();
        for (const QJsonValue &server : std::as_const(servers))
            workspaces.append(server.toObject().value(QStringLiteral("id")).toString());
    } else {
        workspaces.append(parser.value(workspaceOption));
    }

    const bool json = parser.isSet(jsonOption);
    QList<QStringList> rows;
    QJsonArray all;
    if (what == QLatin1String("servers")) {
        all = servers;
        rows.append({Text::tr("ID"), Text::tr("NAME"), Text::tr("TYPE"), Text::tr("PROFILE")});
        for (const QJsonValue &value : std::as_const(servers)) {
            const QJsonObject server = value.toObject();
            rows.append({server.value(QStringLiteral("id")).toString(), server.value(QStringLiteral("name")).toString(),
                         server.value(QStringLiteral("type")).toString(),
                         server.value(QStringLiteral("profile")).toString()});
        }
    } else {
        const bool idps = what == QLatin1String("idps");
        if (idps)
            rows.append({Text::tr("ID"), Text::tr("NAME"), Text::tr("METHOD"), Text::tr("WORKSPACE")});
        else
            rows.append({Text::tr("CLIENT ID"), Text::tr("NAME"), Text::tr("WORKSPACE"), Text::tr("GRANT TYPES")});
        for (const QString &wid : std::as_const(workspaces)) {
            const auto listed = await(services, [idps, wid](Admin::AdminClient *client, Admin::AdminClient::Callback done) {
                if (idps)
                    client->listIdps(wid, client, std::move(done));
                else
                    client->listClients(wid, client, std::move(done));
            });
            if (!listed)
                return ExitFailed;
            if (!listed->ok())
                return apiFailure(*listed);
            const QJsonArray items = listed->object().value(idps ? QStringLiteral("idps") : QStringLiteral("clients")).toArray();
            for (const QJsonValue &value : items) {
                all.append(value);
                const QJsonObject item = value.toObject();
                if (idps) {
                    rows.append({item.value(QStringLiteral("id")).toString(), item.value(QStringLiteral("name")).toString(),
                                 item.value(QStringLiteral("method")).toString(), wid});
                } else {
                    QStringList grants;
                    for (const QJsonValue &grant : item.value(QStringLiteral("grant_types")).toArray())
                        grants.append(grant.toString());
                    rows.append({item.value(QStringLiteral("client_id")).toString(),
                                 item.value(QStringLiteral("client_name")).toString(), wid,
                                 grants.join(QLatin1Char(','))});
                }
            }
        }
    }
    if (json)
        printJsonArray(all);
    else
        printTable(rows);
    return ExitOk;
}

#ifdef Q_OS_UNIX
// Self-pipe: the SIGINT handler writes one byte; the event loop reads it and cancels.
int g_interruptSocket[2] = {-1, -1};

extern "C" void onInterrupt(int)
{
    const int savedErrno = errno;
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_interruptSocket[0], &byte, 1);
    errno = savedErrno;
    // A second Ctrl-C ends the process at once.
    ::signal(SIGINT, SIG_DFL);
}

void cancelOnInterrupt(Admin::BulkApply &bulk)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_interruptSocket) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_interruptSocket[1], QSocketNotifier::Read, &bulk);
    QObject::connect(notifier, &QSocketNotifier::activated, &bulk, [&bulk, notifier] {
        notifier->setEnabled(false);
        char byte = 0;
        [[maybe_unused]] const ssize_t got = ::read(g_interruptSocket[1], &byte, 1);
        printError(Text::tr("Interrupted: stopping after the item in flight (Ctrl-C again to quit at once)."));
        bulk.cancel();
    });
    struct sigaction action = {};
    action.sa_handler = onInterrupt;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
}
#else
void cancelOnInterrupt(Admin::BulkApply &)
{
}
#endif

QString resultText(const Admin::ItemResult &result, bool dryRun)
{
    QStringList parts{dryRun && result.outcome == Admin::Outcome::NotRun ? Admin::actionName(result.planned)
                                                                         : Admin::outcomeName(result.outcome),
                      Admin::itemKindName(result.item.kind), result.item.name,
                      result.id.isEmpty() ? QStringLiteral("-") : result.id};
    if (result.outcome == Admin::Outcome::Failed || result.outcome == Admin::Outcome::Cancelled)
        parts.append(result.message);
    else if (!result.differences.isEmpty())
        parts.append(Text::tr("(%1)").arg(result.differences.join(QLatin1String(", "))));
    return parts.join(QLatin1String("  "));
}

int applyCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Create or update the workspaces, static IDPs and clients of a bulk "
                                              "file; unchanged items are left alone."));
    const QCommandLineOption profileOption(QStringList{QStringLiteral("profile")}, Text::tr("The admin profile."),
                                           QStringLiteral("NAME"));
    const QCommandLineOption dryRunOption(QStringList{QStringLiteral("dry-run")},
                                          Text::tr("Only read what exists and print what would be done."));
    const QCommandLineOption jsonOption(QStringList{QStringLiteral("json")},
                                        Text::tr("One JSON object per item (kind, index, id, name, action, outcome, "
                                                 "status, message)."));
    parser.addOptions({profileOption, dryRunOption, jsonOption});
    parser.addPositionalArgument(QStringLiteral("FILE"), Text::tr("The bulk file (JSON)."));
    int exitCode = ExitOk;
    if (!parseCommand(parser, arguments,
                      Text::tr("Usage: %1 FILE --profile NAME [--dry-run] [--json]").arg(arguments.value(0)), &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        printError(Text::tr("Give one bulk file."));
        return ExitUsage;
    }
    if (!parser.isSet(profileOption)) {
        printError(Text::tr("Give the admin profile with --profile NAME (\"%1 profile list\" shows them).")
                       .arg(QCoreApplication::applicationName()));
        return ExitUsage;
    }
    const FileData file = readLocalFile(positional.constFirst(), MaxBulkFileBytes);
    if (!file.error.isEmpty()) {
        printError(file.error);
        return ExitUsage;
    }
    QString problem;
    std::optional<Admin::BulkFile> bulkFile = Admin::BulkFile::parse(file.data, &problem);
    if (!bulkFile) {
        printError(Text::tr("%1: %2").arg(positional.constFirst(), problem));
        return ExitUsage;
    }
    const std::optional<Profiles::Profile> profile = adminProfile(parser.value(profileOption), &exitCode);
    if (!profile)
        return exitCode;

    AdminServices services;
    if (!keychainAnswers(services, *profile))
        return ExitNoKeychain;
    services.client.setProfile(*profile);

    const bool dryRun = parser.isSet(dryRunOption);
    const bool json = parser.isSet(jsonOption);
    Admin::BulkApply bulk(&services.client, &services.tracker, std::move(*bulkFile));
    const int total = int(bulk.results().size());
    AsyncWait wait(24 * 3600 * 1000);
    QObject::connect(&bulk, &Admin::BulkApply::itemFinished, &bulk, [&bulk, total, json](int index) {
        const Admin::ItemResult &result = bulk.results().at(index);
        QString line = QStringLiteral("[%1/%2] %3 %4 %5 \u2026 %6")
                           .arg(index + 1)
                           .arg(total)
                           .arg(Admin::actionName(result.planned), Admin::itemKindName(result.item.kind),
                                result.item.name, Admin::outcomeName(result.outcome));
        if (result.httpStatus > 0)
            line += QStringLiteral(" (%1)").arg(result.httpStatus);
        if (result.outcome == Admin::Outcome::Failed)
            line += QLatin1String(": ") + result.message;
        printProgress(line);
        if (json)
            printJson(Admin::resultJson(result));
        else
            printLine(resultText(result, false));
    });
    QObject::connect(&bulk, &Admin::BulkApply::waiting, &bulk, [](int seconds) {
        if (seconds >= 2)
            printError(Text::tr("Waiting %1 s for the admin API's rate limit.").arg(seconds));
    });
    QObject::connect(&bulk, &Admin::BulkApply::finished, &bulk, [&wait] { wait.finish(); });
    if (dryRun) {
        QObject::connect(&bulk, &Admin::BulkApply::planned, &bulk, [&bulk, json] {
            for (const Admin::ItemResult &result : bulk.results()) {
                if (json)
                    printJson(Admin::resultJson(result));
                else
                    printLine(resultText(result, true));
            }
        });
    }
    cancelOnInterrupt(bulk);
    if (dryRun)
        bulk.plan();
    else
        bulk.run();
    wait.wait();
#ifdef Q_OS_UNIX
    ::signal(SIGINT, SIG_DFL);
#endif
    if (wait.timedOut()) {
        printError(Text::tr("Gave up waiting for the admin API."));
        return ExitFailed;
    }
    if (dryRun) {
        for (const Admin::ItemResult &result : bulk.results()) {
            if (result.outcome == Admin::Outcome::Failed || result.outcome == Admin::Outcome::Cancelled)
                return ExitFailed;
        }
        return ExitOk;
    }
    return bulk.allSucceeded() ? ExitOk : ExitFailed;
}

} // namespace

int adminCommand(QCoreApplication &, const QStringList &arguments)
{
    const QString command = arguments.value(0);
    const QString name = arguments.value(1);
    if (name.isEmpty()) {
        printError(Text::tr("Give a subcommand: list or apply. Run \"%1 --help\" for more.").arg(command));
        return ExitUsage;
    }
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help")) {
        printText(adminHelp(command));
        return ExitOk;
    }
    const QStringList rest = QStringList{command + QLatin1Char(' ') + name} + arguments.mid(2);
    if (name == QLatin1String("list"))
        return listCommand(rest);
    if (name == QLatin1String("apply"))
        return applyCommand(rest);
    printError(Text::tr("Unknown subcommand \"%1\". Run \"%2 --help\" for the subcommands.").arg(name, command));
    return ExitUsage;
}

} // namespace Cli
