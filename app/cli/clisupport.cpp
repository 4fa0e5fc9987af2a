// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "jose/tokeninput.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace Cli {

namespace {

void writeTo(FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

void printJson(const QJsonObject &object)
{
    writeTo(stdout, QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n');
}

void printError(const QString &message)
{
    writeTo(stderr, (QCoreApplication::applicationName() + QLatin1String(": ") + message).toLocal8Bit() + '\n');
}

void printText(const QString &text)
{
    writeTo(stdout, text.toLocal8Bit());
}

QString withUsageLine(const QString &helpText, const QString &usage)
{
    // QCommandLineParser's first line names argv[0] as typed; ours names the program and command.
    const qsizetype newline = helpText.indexOf(QLatin1Char('\n'));
    return usage + (newline < 0 ? QString(QLatin1Char('\n')) : helpText.mid(newline));
}

bool parseCommand(QCommandLineParser &parser, const QStringList &arguments, const QString &usage,
                  int *exitCode)
{
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        printError(QCoreApplication::translate("Cli", "Run \"%1 --help\" for the options.").arg(arguments.value(0)));
        *exitCode = ExitUsage;
        return false;
    }
    if (parser.isSet(help) || parser.isSet(QStringLiteral("help-all"))) {
        printText(withUsageLine(parser.helpText(), usage));
        *exitCode = ExitOk;
        return false;
    }
    return true;
}

bool hasAtMostOneTokenArgument(const QStringList &positional)
{
    if (positional.size() <= 1)
        return true;
    printError(QCoreApplication::translate("Cli", "Give one token (or \"-\" for the standard input), not %1 arguments.")
                   .arg(positional.size()));
    return false;
}

RawInput readTokenArgument(const QStringList &positional)
{
    RawInput input;
    const QString tooLarge = QCoreApplication::translate("Cli", "The input is larger than %1 bytes; that is not a token.")
                                 .arg(Jose::MaxTokenInputBytes);
    if (!positional.isEmpty() && positional.constFirst() != QLatin1String("-")) {
        input.text = positional.constFirst();
        if (input.text.size() > Jose::MaxTokenInputBytes)
            input.error = tooLarge;
        return input;
    }

    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        input.error = QCoreApplication::translate("Cli", "Cannot read the standard input: %1").arg(in.errorString());
        return input;
    }
    // Read one byte past the limit to tell "exactly at the limit" from "over it".
    QByteArray data;
    while (data.size() <= Jose::MaxTokenInputBytes) {
        const QByteArray chunk = in.read(Jose::MaxTokenInputBytes + 1 - data.size());
        if (chunk.isEmpty())
            break;
        data += chunk;
    }
    if (data.size() > Jose::MaxTokenInputBytes) {
        input.error = tooLarge;
        return input;
    }
    input.text = QString::fromUtf8(data);
    return input;
}

FileData readLocalFile(const QString &path, qint64 maxBytes)
{
    FileData result;
    const QFileInfo info(path);
    if (!info.exists()) {
        result.error = QCoreApplication::translate("Cli", "The file \"%1\" does not exist.").arg(path);
        return result;
    }
    if (info.isDir()) {
        result.error = QCoreApplication::translate("Cli", "\"%1\" is a folder, not a file.").arg(path);
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = QCoreApplication::translate("Cli", "Cannot read \"%1\": %2").arg(path, file.errorString());
        return result;
    }
    result.data = file.read(maxBytes + 1);
    if (result.data.size() > maxBytes) {
        result.data.clear();
        result.error = QCoreApplication::translate("Cli", "The file \"%1\" is larger than %2 bytes.").arg(path).arg(maxBytes);
    }
    return result;
}

StdinData readStdinUpTo(qint64 maxBytes)
{
    StdinData result;
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        result.error = QCoreApplication::translate("Cli", "Cannot read the standard input: %1").arg(in.errorString());
        return result;
    }
    QByteArray data;
    while (data.size() <= maxBytes) {
        const QByteArray chunk = in.read(maxBytes + 1 - data.size());
        if (chunk.isEmpty())
            break;
        data += chunk;
    }
    if (data.size() > maxBytes) {
        result.tooLarge = true;
        return result;
    }
    if (data.endsWith("\r\n"))
        data.chop(2);
    else if (data.endsWith('\n'))
        data.chop(1);
    result.data = data;
    return result;
}

} // namespace Cli
