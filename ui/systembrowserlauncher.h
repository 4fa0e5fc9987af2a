// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The default browser: the desktop's, through QDesktopServices (needs Qt Gui, hence here).

#include "oauth/browserlauncher.h"

class SystemBrowserLauncher final : public OAuth::BrowserLauncher
{
public:
    bool open(const QUrl &url, QString *error) override;
};
