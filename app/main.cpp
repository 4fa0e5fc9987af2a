// SPDX-License-Identifier: GPL-3.0-or-later
// The composition root: the one place where long-lived services are made and handed down.

#include "benchhook.h"
#include "cli/commandline.h"
#include "http/httpclient.h"
#include "localsandbox.h"
#include "mainwindow.h"
#include "profiles/profilespage.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QTranslator>
#include <QWindow>

#include <functional>

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

    // A language we do not ship (or the C locale) gets English, with English plural forms
    // ("1 client", "2 clients") from tokenscope_en rather than the source's "client(s)".
    auto *translator = new QTranslator(&app);
    if (translator->load(locale, QStringLiteral("tokenscope"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || translator->load(QStringLiteral("tokenscope_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
}

// Runs work once the window has been painted for the first time, so it never delays that.
class AfterFirstExpose final : public QObject
{
public:
    AfterFirstExpose(std::function<void()> work, QObject *parent) : QObject(parent), m_work(std::move(work)) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *window = qobject_cast<QWindow *>(watched);
        if (!m_queued && event->type() == QEvent::Expose && window && window->isExposed()) {
            m_queued = true;
            QTimer::singleShot(0, this, [this] { m_work(); });
        }
        return false;
    }

private:
    std::function<void()> m_work;
    bool m_queued = false;
};

void afterFirstExpose(QWidget *widget, std::function<void()> work)
{
    widget->winId(); // the QWindow exists from here on
    widget->windowHandle()->installEventFilter(new AfterFirstExpose(std::move(work), widget));
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
    // The local sandbox tenant, so that a newcomer has a working connection offline. Started
    // once the window is up (key generation and state loading stay off the start-up path), on
    // the port it had last time so the "Local sandbox" profile keeps its URLs.
    Sandbox::LocalSandbox sandbox(&profiles, &secrets, Sandbox::LocalSandbox::defaultDataDirectory());
    QString sandboxProblem;
    const auto sandboxStatus = [&] {
        SandboxStatus status;
        status.running = sandbox.isRunning();
        status.baseUrl = sandbox.baseUrl();
        status.tenantId = sandbox.tenantId();
        if (const auto profile = profiles.findById(sandbox.profileId()))
            status.profileName = profile->name;
        status.problem = sandboxProblem;
        return status;
    };
    window.setSandboxHooks({
        sandboxStatus,
        [&] {
            QList<SandboxLimitRow> rows;
            for (const Sandbox::GroupLimit &limit : sandbox.rateLimits()) {
                rows.append({limit.key, limit.displayName, limit.limit.perMinute, limit.limit.burst,
                             limit.defaultLimit.perMinute, limit.defaultLimit.burst});
            }
            return rows;
        },
        [&](const QList<SandboxLimitRow> &rows, QString *error) {
            QList<Sandbox::GroupLimit> limits;
            for (const SandboxLimitRow &row : rows) {
                limits.append({row.key, row.displayName, {row.perMinute, row.burst},
                               {row.defaultPerMinute, row.defaultBurst}});
            }
            return sandbox.setRateLimits(limits, error);
        },
    });

    QObject::connect(&sandbox, &Sandbox::LocalSandbox::profileReady, &window, &MainWindow::setDefaultProfileId);

    installBenchmarkHook(&window);
    window.show();
    // Asynchronous, and only once the event loop runs: start-up never waits for the keychain.
    QTimer::singleShot(0, &secrets, &Profiles::SecretStore::probe);
    afterFirstExpose(&window, [&] {
        QSettings settings;
        sandbox.setPreferredPort(quint16(settings.value(QStringLiteral("sandbox/port")).toUInt()));
        if (sandbox.start(&sandboxProblem)) {
            settings.setValue(QStringLiteral("sandbox/port"), sandbox.port());
            if (!sandbox.startupNote().isEmpty())
                window.statusBar()->showMessage(sandbox.startupNote(), 15000);
        }
        window.setSandboxState(sandboxStatus());
    });
    return QApplication::exec();
}
