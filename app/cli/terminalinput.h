// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reading a secret typed on the terminal, without echo (termios on Unix, the console mode on
// Windows). Synchronous on purpose: it runs before the command starts any asynchronous work,
// like reading standard input does.

#include <QByteArray>
#include <QString>

#include <optional>

namespace Cli {

// True when standard input is a terminal (a person can type there).
bool stdinIsTerminal();

// Writes prompt to stderr, turns echo off, reads one line from standard input and restores the
// terminal: on return, and on SIGINT / SIGTERM / SIGHUP (then the signal goes on to end the
// process as usual). The line break is not part of the result. nullopt with *error (translated)
// when the terminal cannot be switched or the input ended first.
std::optional<QByteArray> readHiddenLine(const QString &prompt, QString *error);

} // namespace Cli
