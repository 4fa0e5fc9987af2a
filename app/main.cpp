// SPDX-License-Identifier: GPL-3.0-or-later
// The composition root: the one place where long-lived services are made and handed down.

#include "benchhook.h"
#include "cli/commandline.h"
#include "http/httpclient.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QTranslator>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Tokenscope"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("tokenscope.dev"));
    QCoreApplication::setApplicationName(QStringLiteral("tokenscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TOKENSCOPE_VERSION));
}

// Loads Qt's own and our translation for the system locale (TOKENSCOPE_LANG overrides, for
// tests and for users who want another language than their desktop's).
void installTranslations(QCoreApplication &app)
{
    QLocale locale;
    const QString forced = qEnvironmentVariable("TOKENSCOPE_LANG");
    if (!forced.isEmpty())
        locale = QLocale(forced);
    QLocale::setDefault(locale);

    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);

    auto *translator = new QTranslator(&app);
    if (translator->load(locale, QStringLiteral("tokenscope"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
}

} // namespace

int main(int argc, char *argv[])
{
    describeApplication();

    if (Cli::isCommandLine(argc, argv)) {
        QCoreApplication app(argc, argv);
        installTranslations(app);
        return Cli::run(app);
    }

    QApplication app(argc, argv);
    installTranslations(app);
    QApplication::setApplicationDisplayName(QStringLiteral("Tokenscope"));

    QNetworkAccessManager network;
    HttpClient http(&network);

    MainWindow window(&http);
    installBenchmarkHook(&window);
    window.show();
    return QApplication::exec();
}
