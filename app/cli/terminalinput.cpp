// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminalinput.h"

#include <QCoreApplication>
#include <QtGlobal>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <array>
#include <cerrno>
#include <csignal>
#include <termios.h>
#include <unistd.h>
#endif

namespace Cli {

namespace {

constexpr qsizetype MaxLineBytes = 4096;

void writePrompt(const QString &prompt)
{
    const QByteArray bytes = prompt.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

#ifdef Q_OS_WIN

// The console handler runs on another thread with nothing but these to restore the mode.
HANDLE g_console = INVALID_HANDLE_VALUE;
DWORD g_savedMode = 0;

BOOL WINAPI restoreConsoleOnControl(DWORD)
{
    SetConsoleMode(g_console, g_savedMode);
    return FALSE; // the next handler (the default one ends the process)
}

#else

// A signal handler reaches nothing but globals: the settings to restore, whether they were
// changed, and the dispositions to hand the signal back to.
struct termios g_savedTerminal;
volatile sig_atomic_t g_terminalChanged = 0;
constexpr std::array HandledSignals{SIGINT, SIGTERM, SIGHUP};
std::array<struct sigaction, HandledSignals.size()> g_previousActions;

extern "C" void restoreTerminalOnSignal(int signalNumber)
{
    if (g_terminalChanged)
        tcsetattr(STDIN_FILENO, TCSANOW, &g_savedTerminal);
    const char newline = '\n';
    (void)!write(STDERR_FILENO, &newline, 1);
    // The previous disposition (normally the default: end the process) gets the signal once this
    // handler returns and unblocks it.
    for (size_t i = 0; i < HandledSignals.size(); ++i) {
        if (HandledSignals[i] == signalNumber)
            sigaction(signalNumber, &g_previousActions[i], nullptr);
    }
    raise(signalNumber);
}

#endif

} // namespace

bool stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

#ifdef Q_OS_WIN

std::optional<QByteArray> readHiddenLine(const QString &prompt, QString *error)
{
    HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    if (input == INVALID_HANDLE_VALUE || !GetConsoleMode(input, &mode)) {
        *error = QCoreApplication::translate("Cli", "The standard input is not a console; pipe the password into --password-stdin.");
        return std::nullopt;
    }
    g_console = input;
    g_savedMode = mode;
    SetConsoleCtrlHandler(restoreConsoleOnControl, TRUE);
    if (!SetConsoleMode(input, (mode & ~DWORD(ENABLE_ECHO_INPUT)) | ENABLE_LINE_INPUT)) {
        SetConsoleCtrlHandler(restoreConsoleOnControl, FALSE);
        *error = QCoreApplication::translate("Cli", "Cannot turn off the console's echo; pipe the password into --password-stdin.");
        return std::nullopt;
    }
    writePrompt(prompt);
    QString line;
    bool ended = false;
    bool complete = false;
    while (!complete && !ended) {
        wchar_t buffer[256];
        DWORD read = 0;
        if (!ReadConsoleW(input, buffer, DWORD(std::size(buffer)), &read, nullptr) || read == 0) {
            ended = true;
            break;
        }
        for (DWORD i = 0; i < read; ++i) {
            if (buffer[i] == L'\n') {
                complete = true;
                break;
            }
            if (buffer[i] != L'\r' && line.size() < MaxLineBytes)
                line.append(QChar(char16_t(buffer[i])));
        }
    }
    SetConsoleMode(input, mode);
    SetConsoleCtrlHandler(restoreConsoleOnControl, FALSE);
    writePrompt(QStringLiteral("\n"));
    if (!complete) {
        *error = QCoreApplication::translate("Cli", "The input ended before a password was typed.");
        return std::nullopt;
    }
    return line.toUtf8();
}

#else

std::optional<QByteArray> readHiddenLine(const QString &prompt, QString *error)
{
    if (tcgetattr(STDIN_FILENO, &g_savedTerminal) != 0) {
        *error = QCoreApplication::translate("Cli", "The standard input is not a terminal; pipe the password into --password-stdin.");
        return std::nullopt;
    }
    struct sigaction action = {};
    action.sa_handler = restoreTerminalOnSignal;
    sigemptyset(&action.sa_mask);
    // A signal the process ignores (nohup, a shell's background job) stays ignored.
    std::array<bool, HandledSignals.size()> installed{};
    for (size_t i = 0; i < HandledSignals.size(); ++i) {
        if (sigaction(HandledSignals[i], nullptr, &g_previousActions[i]) == 0
            && g_previousActions[i].sa_handler != SIG_IGN)
            installed[i] = sigaction(HandledSignals[i], &action, nullptr) == 0;
    }
    const auto restoreSignals = [&installed] {
        for (size_t i = 0; i < HandledSignals.size(); ++i) {
            if (installed[i])
                sigaction(HandledSignals[i], &g_previousActions[i], nullptr);
        }
    };

    struct termios silent = g_savedTerminal;
    silent.c_lflag &= ~tcflag_t(ECHO | ECHOE | ECHOK);
    silent.c_lflag |= ICANON; // a line at a time, the user's erase and kill keys still work
    g_terminalChanged = 1;
    // Echo goes off before the prompt shows, so nothing typed after the prompt is ever echoed.
    if (tcsetattr(STDIN_FILENO, TCSANOW, &silent) != 0) {
        g_terminalChanged = 0;
        restoreSignals();
        *error = QCoreApplication::translate("Cli", "Cannot turn off the terminal's echo; pipe the password into --password-stdin.");
        return std::nullopt;
    }
    writePrompt(prompt);

    QByteArray line;
    bool complete = false;
    for (;;) {
        char c = 0;
        const ssize_t n = read(STDIN_FILENO, &c, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        if (c == '\n') {
            complete = true;
            break;
        }
        if (line.size() < MaxLineBytes)
            line.append(c);
    }
    tcsetattr(STDIN_FILENO, TCSANOW, &g_savedTerminal);
    g_terminalChanged = 0;
    restoreSignals();
    writePrompt(QStringLiteral("\n")); // the Enter the user typed was not echoed
    if (line.endsWith('\r'))
        line.chop(1);
    if (!complete) {
        *error = QCoreApplication::translate("Cli", "The input ended before a password was typed.");
        return std::nullopt;
    }
    return line;
}

#endif

} // namespace Cli
