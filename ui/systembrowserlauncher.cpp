// SPDX-License-Identifier: GPL-3.0-or-later
#include "systembrowserlauncher.h"

#include <QCoreApplication>
#include <QDesktopServices>

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(SystemBrowserLauncher)
};

} // namespace

bool SystemBrowserLauncher::open(const QUrl &url, QString *error)
{
    if (QDesktopServices::openUrl(url))
        return true;
    if (error)
        *error = Text::tr("The system browser could not be opened. Copy the authorization URL into a browser, or set "
                          "a browser command.");
    return false;
}
