// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "commands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QStringList>

#include <array>

namespace Cli {

namespace {

// The table of subcommands. A later one (token, sandbox, profiles) is one more row.
struct Command
{
    const char *name;
    const char *summary; // translated in context "Cli"
    int (*run)(QCoreApplication &app, const QStringList &arguments);
};

constexpr std::array commands{
    Command{"decode", QT_TRANSLATE_NOOP("Cli", "Decode a token and print its parts as JSON"), &decodeCommand},
    Command{"verify", QT_TRANSLATE_NOOP("Cli", "Verify a token's signature and claims; print the checks as JSON"), &verifyCommand},
    Command{"sandbox", QT_TRANSLATE_NOOP("Cli", "Run the local sandbox tenant on a loopback port until stopped"), &sandboxCommand},
    Command{"profile", QT_TRANSLATE_NOOP("Cli", "List, show, add, remove, export and import connection profiles"), &profileCommand},
    Command{"token", QT_TRANSLATE_NOOP("Cli", "Get a token for a profile (any of its grants) and print it"), &tokenCommand},
    Command{"admin", QT_TRANSLATE_NOOP("Cli", "List workspaces, IDPs and clients, or apply a bulk file, through an admin profile"), &adminCommand},
};

const Command *findCommand(const QString &name)
{
    for (const Command &command : commands) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

// Options QGuiApplication / QApplication and the platform plugins take themselves
// ("-platform offscreen", "--style=Fusion"). They open the window, not the command line.
constexpr std::array qtOptionsWithValue{
    "platform", "platformpluginpath", "platformtheme", "plugin", "qwindowgeometry", "qwindowicon",
    "qwindowtitle", "session", "style", "stylesheet", "display", "geometry", "name", "title",
    "visual", "ncols", "cmap", "im", "inputstyle", "qmljsdebugger",
};
constexpr std::array qtFlags{
    "reverse", "widgetcount", "nograb", "dograb", "sync", "testability",
};

template<size_t N>
bool contains(const std::array<const char *, N> &list, QStringView name)
{
    for (const char *entry : list) {
        if (name == QLatin1String(entry))
            return true;
    }
    return false;
}

// Index of the first argument that is not a Qt GUI option or its value; -1 when there is none.
qsizetype firstOwnArgument(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument.size() < 2 || !argument.startsWith(QLatin1Char('-')) || argument == QLatin1String("--"))
            return i;
        QStringView name = QStringView(argument).mid(argument.startsWith(QLatin1String("--")) ? 2 : 1);
        const qsizetype equals = name.indexOf(QLatin1Char('='));
        if (equals >= 0) {
            if (!contains(qtOptionsWithValue, name.left(equals)))
                return i;
            continue;
        }
        if (contains(qtFlags, name))
            continue;
        if (contains(qtOptionsWithValue, name)) {
            ++i; // its value
            continue;
        }
        return i;
    }
    return -1;
}

QString topLevelDescription()
{
    QString text = QCoreApplication::translate("Cli", "Inspect and verify OAuth 2.0 and OpenID Connect tokens.\n"
                                                      "Without arguments, the window opens.")
        + QLatin1String("\n\n") + QCoreApplication::translate("Cli", "Commands:") + QLatin1Char('\n');
    for (const Command &command : commands) {
        text += QLatin1String("  ") + QString::fromLatin1(command.name).leftJustified(10)
            + QCoreApplication::translate("Cli", command.summary) + QLatin1Char('\n');
    }
    text += QLatin1Char('\n')
        + QCoreApplication::translate("Cli", "Run \"%1 COMMAND --help\" for a command's options.")
              .arg(QCoreApplication::applicationName());
    return text;
}

int runTopLevel(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(topLevelDescription());
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), QCoreApplication::translate("Cli", "One of the commands above."),
                                 QStringLiteral("[command]"));
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        printError(QCoreApplication::translate("Cli", "Run \"%1 --help\" for the commands and options.")
                       .arg(QCoreApplication::applicationName()));
        return ExitUsage;
    }
    if (parser.isSet(help) || parser.isSet(QStringLiteral("help-all"))) {
        printText(withUsageLine(parser.helpText(),
                                QCoreApplication::translate("Cli", "Usage: %1 [options] [COMMAND]")
                                    .arg(QCoreApplication::applicationName())));
        return ExitOk;
    }
    if (parser.isSet(version)) {
        printText(QCoreApplication::applicationName() + QLatin1Char(' ') + QCoreApplication::applicationVersion()
                  + QLatin1Char('\n'));
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        printError(QCoreApplication::translate("Cli", "Unknown command \"%1\". Run \"%2 --help\" for the commands.")
                       .arg(positional.constFirst(), QCoreApplication::applicationName()));
    } else {
        printError(QCoreApplication::translate("Cli", "Nothing to do. Run \"%1 --help\" for the commands.")
                       .arg(QCoreApplication::applicationName()));
    }
    return ExitUsage;
}

} // namespace

bool isCommandLine(int argc, char **argv)
{
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return firstOwnArgument(arguments) >= 0;
}

int run(QCoreApplication &app)
{
    const QStringList arguments = QCoreApplication::arguments();
    const qsizetype first = firstOwnArgument(arguments);
    if (first < 0)
        return runTopLevel({arguments.value(0)});

    const QString program = QCoreApplication::applicationName();
    if (const Command *command = findCommand(arguments.at(first))) {
        // stdout and stderr belong to the command's own output; the log stays quiet unless asked
        // for with QT_LOGGING_RULES (which overrides these rules). The sandbox logs its requests.
        if (qstrcmp(command->name, "sandbox") == 0)
            QLoggingCategory::setFilterRules(QStringLiteral("tokenscope.*.debug=false"));
        else
            QLoggingCategory::setFilterRules(QStringLiteral("tokenscope.*.debug=false\ntokenscope.*.info=false"));
        const QStringList own = QStringList{program + QLatin1Char(' ') + QLatin1String(command->name)}
            + arguments.mid(first + 1);
        return command->run(app, own);
    }
    return runTopLevel(QStringList{program} + arguments.mid(first));
}

} // namespace Cli
