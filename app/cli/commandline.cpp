// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include <QCoreApplication>

namespace Cli {

bool isCommandLine(int argc, char **argv)
{
    Q_UNUSED(argv);
    return argc > 1;
}

int run(QCoreApplication &app)
{
    Q_UNUSED(app);
    return 2;
}

} // namespace Cli
