// SPDX-License-Identifier: GPL-3.0-or-later
// The local sandbox dialog driving a real LocalSandbox: lowered limits reach the running
// server (a real 429 over a socket), survive in the rate-limits file, and errors are shown.

#include "sandbox/sandboxdialog.h"

#include "localsandbox.h"
#include "mainwindow.h"
#include "profiles/profilespage.h"

#include "http/httpclient.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"

#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

// What main.cpp does: the dialog's rows from the sandbox, and back.
QList<SandboxLimitRow> rowsOf(const Sandbox::LocalSandbox &sandbox)
{
    QList<SandboxLimitRow> rows;
    for (const Sandbox::GroupLimit &limit : sandbox.rateLimits()) {
        rows.append({limit.key, limit.displayName, limit.limit.perMinute, limit.limit.burst,
                     limit.defaultLimit.perMinute, limit.defaultLimit.burst});
    }
    return rows;
}

SandboxDialog::ApplyFunction applyTo(Sandbox::LocalSandbox &sandbox)
{
    return [&sandbox](const QList<SandboxLimitRow> &rows, QString *error) {
        QList<Sandbox::GroupLimit> limits;
        for (const SandboxLimitRow &row : rows)
            limits.append({row.key, row.displayName, {row.perMinute, row.burst}, {row.defaultPerMinute, row.defaultBurst}});
        return sandbox.setRateLimits(limits, error);
    };
}

int rowOfKey(const QList<SandboxLimitRow> &rows, const QString &key)
{
    for (int row = 0; row < rows.size(); ++row) {
        if (rows.at(row).key == key)
            return row;
    }
    return -1;
}

} // namespace

class TestSandboxDialog final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsStatusAndEveryGroup();
    void appliedLimitsReachTheServer();
    void defaultsButtonRestoresDefaults();
    void failedApplyShowsTheError();
    void notRunningDisablesEditing();
    void everyControlIsNamed();
    void mainWindowOpensIt();
    void connectionsOpenOnTheSandbox();

private:
    int statusOfAdminList();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Profiles::ProfileStore> m_profiles;
    std::unique_ptr<Profiles::SecretStore> m_secrets;
    std::unique_ptr<Sandbox::LocalSandbox> m_sandbox;
    QNetworkAccessManager m_network;
};

void TestSandboxDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_profiles = std::make_unique<Profiles::ProfileStore>(m_dir->filePath(QStringLiteral("profiles")));
    QVERIFY(m_profiles->load().ok);
    m_secrets = std::make_unique<Profiles::SecretStore>(QStringLiteral("tokenscope-test-sandboxdialog"));
    m_secrets->useSessionMemory(); // this test is about limits, not the keychain
    m_sandbox = std::make_unique<Sandbox::LocalSandbox>(m_profiles.get(), m_secrets.get(),
                                                        m_dir->filePath(QStringLiteral("sandbox")));
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
}

void TestSandboxDialog::cleanup()
{
    m_sandbox.reset();
    m_secrets.reset();
    m_profiles.reset();
    m_dir.reset();
}

// An unauthenticated admin call: refused with 401 normally, 429 once the bucket is empty.
int TestSandboxDialog::statusOfAdminList()
{
    HttpClient http(&m_network);
    QUrl url = m_sandbox->baseUrl();
    url.setPath(QStringLiteral("/api/admin/%1/servers").arg(m_sandbox->tenantId()));
    int status = -1;
    http.get(url, this, [&](const ::HttpResponse &response) { status = response.status; });
    if (!QTest::qWaitFor([&] { return status != -1; }, 10000))
        return -1;
    return status;
}

void TestSandboxDialog::showsStatusAndEveryGroup()
{
    SandboxStatus status{true, m_sandbox->baseUrl(), m_sandbox->tenantId(), QStringLiteral("Local sandbox"), {}};
    SandboxDialog dialog(status, rowsOf(*m_sandbox), applyTo(*m_sandbox));
    const auto *state = dialog.findChild<QLabel *>(QStringLiteral("sandboxStateLabel"));
    QVERIFY(state);
    QVERIFY(state->text().contains(m_sandbox->baseUrl().toString()));
    QCOMPARE(dialog.table()->rowCount(), int(m_sandbox->rateLimits().size()));
    const int admin = rowOfKey(dialog.rows(), QStringLiteral("admin"));
    QVERIFY(admin >= 0);
    QCOMPARE(dialog.rows().at(admin).burst, 50); // Cloudentity free tier: admin burst 50
}

void TestSandboxDialog::appliedLimitsReachTheServer()
{
    SandboxStatus status{true, m_sandbox->baseUrl(), m_sandbox->tenantId(), {}, {}};
    SandboxDialog dialog(status, rowsOf(*m_sandbox), applyTo(*m_sandbox));
    const int admin = rowOfKey(dialog.rows(), QStringLiteral("admin"));
    auto *burst = qobject_cast<QSpinBox *>(dialog.table()->cellWidget(admin, 2));
    QVERIFY(burst);
    burst->setValue(1);
    auto *apply = dialog.findChild<QPushButton *>(QStringLiteral("applyLimitsButton"));
    QVERIFY(apply);
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("sandboxLimitsResult"))->text(), QStringLiteral("Applied and saved."));

    QCOMPARE(statusOfAdminList(), 401);
    QCOMPARE(statusOfAdminList(), 429);
    QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("sandbox/rate-limits.json"))));
}

void TestSandboxDialog::defaultsButtonRestoresDefaults()
{
    SandboxStatus status{true, m_sandbox->baseUrl(), m_sandbox->tenantId(), {}, {}};
    SandboxDialog dialog(status, rowsOf(*m_sandbox), applyTo(*m_sandbox));
    const int oauth = rowOfKey(dialog.rows(), QStringLiteral("oauth2"));
    qobject_cast<QSpinBox *>(dialog.table()->cellWidget(oauth, 1))->setValue(7);
    QCOMPARE(dialog.rows().at(oauth).perMinute, 7);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("resetLimitsButton")), Qt::LeftButton);
    QCOMPARE(dialog.rows().at(oauth).perMinute, dialog.rows().at(oauth).defaultPerMinute);
}

void TestSandboxDialog::failedApplyShowsTheError()
{
    SandboxStatus status{true, m_sandbox->baseUrl(), m_sandbox->tenantId(), {}, {}};
    // A row the limiter does not know: refused as a whole, nothing applied.
    QList<SandboxLimitRow> rows = rowsOf(*m_sandbox);
    rows.append({QStringLiteral("no_such_group"), QStringLiteral("Bogus"), 10, 1, 10, 1});
    const int admin = rowOfKey(rows, QStringLiteral("admin"));
    SandboxDialog dialog(status, rows, applyTo(*m_sandbox));
    qobject_cast<QSpinBox *>(dialog.table()->cellWidget(admin, 2))->setValue(1);
    dialog.applyLimits();
    const QString shown = dialog.findChild<QLabel *>(QStringLiteral("sandboxLimitsResult"))->text();
    QVERIFY2(shown.contains(QStringLiteral("no_such_group")), qPrintable(shown));
    QCOMPARE(statusOfAdminList(), 401);
    QCOMPARE(statusOfAdminList(), 401); // burst still 50
}

void TestSandboxDialog::notRunningDisablesEditing()
{
    SandboxStatus status{false, {}, {}, {}, QStringLiteral("port in use")};
    SandboxDialog dialog(status, rowsOf(*m_sandbox), applyTo(*m_sandbox));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("sandboxStateLabel"))->text().contains(QStringLiteral("port in use")));
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("applyLimitsButton"))->isEnabled());
    QVERIFY(!dialog.table()->isEnabled());
}

void TestSandboxDialog::everyControlIsNamed()
{
    SandboxStatus status{true, m_sandbox->baseUrl(), m_sandbox->tenantId(), QStringLiteral("Local sandbox"), {}};
    SandboxDialog dialog(status, rowsOf(*m_sandbox), applyTo(*m_sandbox));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QList<QWidget *> widgets = dialog.findChildren<QWidget *>();
    int focusable = 0;
    for (const QWidget *widget : widgets) {
        if (!widget->isVisibleTo(&dialog) || widget->focusPolicy() == Qt::NoFocus)
            continue;
        // A spin box's own line edit is reached through the spin box, which carries the name.
        if (widget->inherits("QScrollBar") || (widget->parentWidget() && widget->parentWidget()->inherits("QAbstractSpinBox")))
            continue;
        ++focusable;
        const QString what = QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char(' ') + widget->objectName();
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(what));
    }
    QVERIFY(focusable >= 5);
}

void TestSandboxDialog::mainWindowOpensIt()
{
    HttpClient http(&m_network);
    MainWindow window(&http, m_profiles.get(), m_secrets.get());
    QVERIFY(!window.sandboxAction()->isEnabled()); // nothing to show before the hooks
    const auto status = [this] {
        return SandboxStatus{true, m_sandbox->baseUrl(), m_sandbox->tenantId(), QStringLiteral("Local sandbox"), {}};
    };
    window.setSandboxHooks({status, [this] { return rowsOf(*m_sandbox); }, applyTo(*m_sandbox)});
    window.setSandboxState(status());
    const auto *label = window.findChild<QLabel *>(QStringLiteral("sandboxStatusLabel"));
    QVERIFY(label);
    QVERIFY(label->text().contains(m_sandbox->baseUrl().toString()));
    window.show();
    QVERIFY(window.sandboxAction()->isEnabled());
    window.sandboxAction()->trigger();
    SandboxDialog *dialog = window.findChild<SandboxDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->table()->rowCount(), int(m_sandbox->rateLimits().size()));
    window.sandboxAction()->trigger(); // a second time: the same dialog, raised
    QCOMPARE(window.findChildren<SandboxDialog *>().size(), 1);
    dialog->close();
    QTRY_VERIFY(window.findChildren<SandboxDialog *>().isEmpty()); // deleted on close
}

void TestSandboxDialog::connectionsOpenOnTheSandbox()
{
    HttpClient http(&m_network);
    MainWindow window(&http, m_profiles.get(), m_secrets.get());
    window.setDefaultProfileId(m_sandbox->profileId()); // what main.cpp does on profileReady
    window.show();
    window.showPage(MainWindow::ConnectionsPage);
    QCOMPARE(window.profilesPage()->currentProfileId(), m_sandbox->profileId());
    QVERIFY(window.profilesPage()->editor());
}

QTEST_MAIN(TestSandboxDialog)
#include "tst_sandboxdialog.moc"
