// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How the authorization URL reaches a browser. The default (the system browser through
// QDesktopServices) lives in ui/ because it needs Qt Gui; the command launcher is here: a
// browser-command setting or TOKENSCOPE_BROWSER, split like a shell would (quotes, backslash
// escapes), run with the URL appended as its last argument (tests drive a headless Chromium so).

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace OAuth {

class BrowserLauncher
{
public:
    virtual ~BrowserLauncher() = default;
    // False with a translated message when the browser could not be started.
    virtual bool open(const QUrl &url, QString *error) = 0;
};

// POSIX-shell-like word splitting: whitespace separates, '…' and "…" quote, backslash escapes
// outside single quotes. nullopt on an unterminated quote.
std::optional<QStringList> splitCommandLine(const QString &command);

class CommandBrowserLauncher final : public BrowserLauncher
{
public:
    explicit CommandBrowserLauncher(QString command);
    // The TOKENSCOPE_BROWSER environment variable, when set and not empty.
    static std::optional<QString> fromEnvironment();
    bool open(const QUrl &url, QString *error) override; // QProcess::startDetached

private:
    QString m_command;
};

} // namespace OAuth
