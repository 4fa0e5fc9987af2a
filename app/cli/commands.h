// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The subcommands and what they share. Internal to app/cli: main.cpp only sees commandline.h.

#include <QByteArray>
#include <QString>
#include <QStringList>

class QCommandLineParser;
class QCoreApplication;
class QJsonObject;

namespace Cli {

// Exit codes of every subcommand (the CLI contract).
enum ExitCode : int {
    ExitOk = 0,
    ExitCheckFailed = 1, // verify: a check failed
    ExitUsage = 2,       // unusable input or arguments
    ExitFailed = 1,      // profile, token: the operation failed (discovery, a file, the server said no)
    ExitNoKeychain = 3,  // profile, token: a needed secret cannot be stored or read: no keychain
};

// Runs the QCoreApplication event loop until finish() is called (not at all when it already
// was): the CLI waits for asynchronous work (HttpClient, SecretStore) the way a GUI would.
// A backstop ends the wait after timeoutMs; timedOut() says so.
class AsyncWait
{
public:
    explicit AsyncWait(int timeoutMs = 120'000) : m_timeoutMs(timeoutMs) {}
    void finish();
    void wait();
    bool timedOut() const { return m_timedOut; }

private:
    int m_timeoutMs;
    bool m_finished = false;
    bool m_timedOut = false;
};

// arguments[0] is "tokenscope <command>" (for messages), the rest are the command's own.
int decodeCommand(QCoreApplication &app, const QStringList &arguments);
int verifyCommand(QCoreApplication &app, const QStringList &arguments);
int sandboxCommand(QCoreApplication &app, const QStringList &arguments);
int profileCommand(QCoreApplication &app, const QStringList &arguments);
int tokenCommand(QCoreApplication &app, const QStringList &arguments);
int adminCommand(QCoreApplication &app, const QStringList &arguments);

// stdout gets exactly one compact JSON document and a newline.
void printJson(const QJsonObject &object);
// stderr, prefixed with the program name.
void printError(const QString &message);
void printText(const QString &text); // stdout, as is

// Replaces the first line of QCommandLineParser::helpText() by the given usage line.
QString withUsageLine(const QString &helpText, const QString &usage);

// Adds -h/--help to a subcommand's parser; parses. On a parse error prints it and returns
// false with *exitCode = ExitUsage; on --help prints the help (with the given usage line) and
// returns false with *exitCode = ExitOk.
bool parseCommand(QCommandLineParser &parser, const QStringList &arguments, const QString &usage,
                  int *exitCode);

struct RawInput
{
    QString text;
    QString error; // translated; set when the input could not be read or is too large
};

// The TOKEN argument: the text itself, or stdin when it is "-" or absent.
RawInput readTokenArgument(const QStringList &positional);
// False, with a message on stderr, when more than one token argument was given.
bool hasAtMostOneTokenArgument(const QStringList &positional);

// A local file, at most maxBytes long.
struct FileData
{
    QByteArray data;
    QString error; // translated
};
FileData readLocalFile(const QString &path, qint64 maxBytes);

// Standard input up to maxBytes, one trailing line break ("\n" or "\r\n") dropped: what a
// secret piped in ("echo secret | …") means. error (translated) when it cannot be read;
// tooLarge when it holds more than maxBytes (data is then empty).
struct StdinData
{
    QByteArray data;
    QString error;
    bool tooLarge = false;
};
StdinData readStdinUpTo(qint64 maxBytes);

} // namespace Cli
