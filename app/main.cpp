// SPDX-License-Identifier: GPL-3.0-or-later
// The composition root: the one place where long-lived services are made and handed down.

#include "benchhook.h"
#include "cli/commandline.h"
#include "http/httpclient.h"
#include "mainwindow.h"
#include "profiles/profilespage.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QTimer>
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

    // A few small JSON files; a file that cannot be read is set aside and the page says so.
    Profiles::ProfileStore profiles(Profiles::ProfileStore::defaultDirectory());
    const Profiles::StoreResult loaded = profiles.load();
    Profiles::SecretStore secrets;

    MainWindow window(&http, &profiles, &secrets);
    if (!loaded.ok) {
        // Rare, and the user must know: open on the page that says which file was set aside.
        window.profilesPage()->showStoreProblem(loaded.message);
        window.showPage(MainWindow::ConnectionsPage);
    }
    installBenchmarkHook(&window);
    window.show();
    // Asynchronous, and only once the event loop runs: start-up never waits for the keychain.
    QTimer::singleShot(0, &secrets, &Profiles::SecretStore::probe);
    return QApplication::exec();
}
