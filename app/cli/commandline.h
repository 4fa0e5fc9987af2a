// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCoreApplication;

namespace Cli {

// True when the arguments ask for the command line (a subcommand, --help, --version): those
// run under QCoreApplication, without a display and without Qt Widgets initialised.
bool isCommandLine(int argc, char **argv);

// Parses QCoreApplication::arguments() and runs the subcommand. Returns the process exit code.
int run(QCoreApplication &app);

} // namespace Cli
