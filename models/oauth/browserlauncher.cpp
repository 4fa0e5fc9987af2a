// SPDX-License-Identifier: GPL-3.0-or-later
#include "browserlauncher.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QProcess>
#include <QProcessEnvironment>

Q_LOGGING_CATEGORY(lcBrowser, "tokenscope.browser")

namespace OAuth {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(BrowserLauncher)
};

} // namespace

std::optional<QStringList> splitCommandLine(const QString &command)
{
    enum class Quote { None, Single, Double };
    QStringList words;
    QString word;
    bool inWord = false; // "" makes an empty word, so a word can exist without characters
    Quote quote = Quote::None;
    for (qsizetype i = 0; i < command.size(); ++i) {
        const QChar c = command.at(i);
        switch (quote) {
        case Quote::Single:
            if (c == QLatin1Char('\''))
                quote = Quote::None;
            else
                word += c;
            break;
        case Quote::Double:
            if (c == QLatin1Char('"')) {
                quote = Quote::None;
            } else if (c == QLatin1Char('\\') && i + 1 < command.size()
                       && QStringView(u"\"\\$`").contains(command.at(i + 1))) {
                // POSIX: inside "…" a backslash escapes only " \ $ ` (and a newline).
                word += command.at(++i);
            } else if (c == QLatin1Char('\\') && i + 1 < command.size() && command.at(i + 1) == QLatin1Char('\n')) {
                ++i;
            } else {
                word += c;
            }
            break;
        case Quote::None:
            if (c == QLatin1Char('\'')) {
                quote = Quote::Single;
                inWord = true;
            } else if (c == QLatin1Char('"')) {
                quote = Quote::Double;
                inWord = true;
            } else if (c == QLatin1Char('\\')) {
                if (i + 1 >= command.size())
                    return std::nullopt; // a trailing backslash escapes nothing
                const QChar next = command.at(++i);
                if (next != QLatin1Char('\n')) { // backslash-newline is a line continuation
                    word += next;
                    inWord = true;
                }
            } else if (c.isSpace()) {
                if (inWord)
                    words.append(word);
                word.clear();
                inWord = false;
            } else {
                word += c;
                inWord = true;
            }
            break;
        }
    }
    if (quote != Quote::None)
        return std::nullopt;
    if (inWord)
        words.append(word);
    return words;
}

CommandBrowserLauncher::CommandBrowserLauncher(QString command) : m_command(std::move(command)) {}

std::optional<QString> CommandBrowserLauncher::fromEnvironment()
{
    const QString value = QProcessEnvironment::systemEnvironment().value(QStringLiteral("TOKENSCOPE_BROWSER"));
    if (value.trimmed().isEmpty())
        return std::nullopt;
    return value;
}

bool CommandBrowserLauncher::open(const QUrl &url, QString *error)
{
    const std::optional<QStringList> words = splitCommandLine(m_command);
    if (!words) {
        if (error)
            *error = Text::tr("The browser command has an unterminated quote or a trailing backslash: %1. "
                              "Fix the browser command (or TOKENSCOPE_BROWSER).")
                         .arg(m_command);
        return false;
    }
    if (words->isEmpty()) {
        if (error)
            *error = Text::tr("The browser command is empty. Set a browser command (or TOKENSCOPE_BROWSER), or "
                              "copy the authorization URL into a browser.");
        return false;
    }
    QStringList arguments = words->mid(1);
    arguments.append(QString::fromLatin1(url.toEncoded()));
    // Detached: the browser outlives a CLI run. Its standard output goes nowhere, so a chatty
    // browser cannot mix into what `token --json` prints; stderr stays for its diagnostics.
    QProcess process;
    process.setProgram(words->first());
    process.setArguments(arguments);
    process.setStandardInputFile(QProcess::nullDevice());
    process.setStandardOutputFile(QProcess::nullDevice());
    qint64 pid = 0;
    if (!process.startDetached(&pid)) {
        if (error)
            *error = Text::tr("Could not start the browser command \"%1\". Check that the program exists and is "
                              "executable, or copy the authorization URL into a browser.")
                         .arg(words->first());
        return false;
    }
    // The URL carries state and nonce, not secrets; the log names the program only.
    qCInfo(lcBrowser) << "started browser command" << words->first() << "pid" << pid;
    return true;
}

} // namespace OAuth
