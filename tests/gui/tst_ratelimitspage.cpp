// SPDX-License-Identifier: GPL-3.0-or-later
// The Rate limits page: gauges fed by the tracker (record() with a fixed clock, and a real
// HttpClient bursting against the sandbox's rate limiter until it answers 429), read back from
// the model and from the widget (properties, accessible name and description); the empty state,
// Clear, the timer that runs only while the page is shown, the dark palette and 200% scale
// (the second CTest run sets QT_SCALE_FACTOR=2).

#include "ratelimits/rategauge.h"
#include "ratelimits/ratelimitspage.h"

#include "http/httpclient.h"
#include "http/ratelimittracker.h"
#include "ratelimiter.h"
#include "sandboxserver.h"
#include "statuspalette.h"

#include <QApplication>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

const QDateTime T0 = QDateTime(QDate(2026, 1, 2), QTime(10, 0, 0), Qt::UTC);

double luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    p.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x55));
    p.setColor(QPalette::Midlight, QColor(0x44, 0x44, 0x44));
    return p;
}

} // namespace

class TestRateLimitsPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void emptyStateAndClear();
    void gaugeShowsModelState();
    void tooManyRequestsMarker();
    void timerRunsOnlyWhileShown();
    void darkPaletteIsReadable();
    void sizedFromTheFont();
    void sandboxBurstUntil429();

private:
    QDateTime m_now = T0;
};

void TestRateLimitsPage::initTestCase()
{
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
}

void TestRateLimitsPage::emptyStateAndClear()
{
    RateLimits::RateLimitTracker tracker;
    RateLimitsPage page(&tracker);
    page.show();
    auto *empty = page.findChild<QLabel *>(u"rateLimitsEmptyLabel"_s);
    auto *clear = page.findChild<QPushButton *>(u"rateLimitsClearButton"_s);
    QVERIFY(empty && clear);
    QVERIFY(empty->isVisible());
    QVERIFY(!clear->isEnabled());
    QVERIFY(page.gauges().isEmpty());

    // A response without rate-limit headers makes no gauge.
    tracker.record(QUrl(u"https://api.example/api/admin/t/clients"_s), 200, {{"Content-Type", "application/json"}});
    QVERIFY(page.gauges().isEmpty());
    QVERIFY(empty->isVisible());

    tracker.record(QUrl(u"https://api.example/api/admin/t/clients"_s), 200,
                   {{"X-RateLimit-Limit", "300"}, {"X-RateLimit-Remaining", "299"}});
    QCOMPARE(page.gauges().size(), 1);
    QVERIFY(!empty->isVisible());
    QVERIFY(clear->isEnabled());

    QSignalSpy cleared(&tracker, &RateLimits::RateLimitTracker::cleared);
    clear->click();
    QCOMPARE(cleared.size(), 1);
    QVERIFY(tracker.groups().isEmpty());
    QVERIFY(page.gauges().isEmpty());
    QVERIFY(empty->isVisible());
}

void TestRateLimitsPage::gaugeShowsModelState()
{
    RateLimits::RateLimitTracker tracker;
    tracker.setClock([this] { return m_now; });
    m_now = T0;
    // Built after the tracker has readings: the page shows them at once.
    tracker.record(QUrl(u"https://api.example/api/admin/t/clients"_s), 200,
                   {{"X-RateLimit-Limit", "300"}, {"X-RateLimit-Remaining", "200"}, {"X-RateLimit-Reset", "30"}});
    RateLimitsPage page(&tracker);
    page.show();
    QCOMPARE(page.gauges().size(), 1);

    tracker.record(QUrl(u"https://api.example/api/admin/t/clients/x"_s), 200,
                   {{"X-RateLimit-Limit", "300"}, {"X-RateLimit-Remaining", "120"}, {"X-RateLimit-Reset", "12"}});
    tracker.record(QUrl(u"https://api.example/t/w/oauth2/token"_s), 200,
                   {{"X-RateLimit-Limit", "20"}, {"X-RateLimit-Remaining", "3"}});
    QCOMPARE(page.gauges().size(), 2);

    const auto model = tracker.group(u"api.example"_s, u"admin"_s);
    QVERIFY(model);
    RateGauge *admin = page.gauge(model->host, model->groupId);
    QVERIFY(admin);
    QCOMPARE(admin->property("remaining").toLongLong(), *model->last.remaining);
    QCOMPARE(admin->property("limit").toLongLong(), *model->last.limit);
    QCOMPARE(admin->remaining(), 120);
    QCOMPARE(admin->level(), RateGauge::Level::Plenty);
    QCOMPARE(admin->accessibleDescription(), u"Admin, 120 of 300 left, resets in 12 s"_s);
    QVERIFY(admin->accessibleName().startsWith(u"Admin"_s));
    QVERIFY(admin->toolTip().contains(u"X-RateLimit-Remaining: 120"_s));
    QVERIFY(admin->focusPolicy() & Qt::TabFocus);

    // 3 of 20 is low: the caution tone.
    RateGauge *oauth = page.gauge(u"api.example"_s, u"oauth2"_s);
    QVERIFY(oauth);
    QCOMPARE(oauth->level(), RateGauge::Level::Low);
    QCOMPARE(oauth->levelColor(), StatusPalette::foreground(oauth->palette(), StatusPalette::Tone::Caution));
    QCOMPARE(page.gauges(), (QList<RateGauge *>{admin, oauth})); // first-seen order, Tab order

    // The countdown follows the tracker's clock on each tick.
    m_now = T0.addSecs(5);
    QVERIFY(page.isTicking());
    QTRY_COMPARE_WITH_TIMEOUT(admin->accessibleDescription(), u"Admin, 120 of 300 left, resets in 7 s"_s, 3000);
    m_now = T0.addSecs(13);
    QTRY_COMPARE_WITH_TIMEOUT(admin->accessibleDescription(), u"Admin, 120 of 300 left, reset due"_s, 3000);

    // It paints without trouble (history for the sparkline included).
    const QImage image = admin->grab().toImage();
    QVERIFY(!image.isNull());
}

void TestRateLimitsPage::tooManyRequestsMarker()
{
    RateLimits::RateLimitTracker tracker;
    m_now = T0;
    tracker.setClock([this] { return m_now; });
    RateLimitsPage page(&tracker);
    page.show();
    tracker.record(QUrl(u"https://api.example/api/admin/t/clients"_s), 429,
                   {{"X-RateLimit-Limit", "300"}, {"X-RateLimit-Remaining", "0"}, {"Retry-After", "8"}});
    const auto model = tracker.group(u"api.example"_s, u"admin"_s);
    QVERIFY(model && model->blockedUntil);
    RateGauge *gauge = page.gauge(u"api.example"_s, u"admin"_s);
    QVERIFY(gauge);
    QVERIFY(gauge->property("blocked").toBool());
    QCOMPARE(gauge->level(), RateGauge::Level::Exhausted);
    QVERIFY2(gauge->accessibleDescription().contains(u"429: retry in 8 s"_s), qPrintable(gauge->accessibleDescription()));
    QCOMPARE(gauge->levelColor(), StatusPalette::foreground(gauge->palette(), StatusPalette::Tone::Bad));

    m_now = T0.addSecs(9);
    QTRY_VERIFY_WITH_TIMEOUT(!gauge->isBlocked(), 3000);
    QVERIFY(!gauge->accessibleDescription().contains(u"429"_s));
}

void TestRateLimitsPage::timerRunsOnlyWhileShown()
{
    RateLimits::RateLimitTracker tracker;
    RateLimitsPage page(&tracker);
    QVERIFY(!page.isTicking());
    page.show();
    QVERIFY(page.isTicking());
    page.hide();
    QVERIFY(!page.isTicking());
}

void TestRateLimitsPage::darkPaletteIsReadable()
{
    RateLimits::RateLimitTracker tracker;
    RateLimitsPage page(&tracker);
    page.setPalette(darkPalette());
    page.show();
    tracker.record(QUrl(u"https://api.example/api/admin/t"_s), 200, {{"X-RateLimit-Limit", "10"}, {"X-RateLimit-Remaining", "9"}});
    tracker.record(QUrl(u"https://api.example/api/system/t"_s), 200, {{"X-RateLimit-Limit", "10"}, {"X-RateLimit-Remaining", "1"}});
    tracker.record(QUrl(u"https://api.example/api/identity/t"_s), 429, {{"X-RateLimit-Limit", "10"}, {"X-RateLimit-Remaining", "0"}, {"Retry-After", "60"}});
    QCOMPARE(page.gauges().size(), 3);
    QSet<RateGauge::Level> levels;
    for (RateGauge *gauge : page.gauges()) {
        QVERIFY(StatusPalette::isDark(gauge->palette()));
        const QColor base = gauge->palette().color(QPalette::Base);
        QVERIFY2(contrast(gauge->levelColor(), base) >= 4.5,
                 qPrintable(u"%1 on %2: %3"_s.arg(gauge->levelColor().name(), base.name()).arg(contrast(gauge->levelColor(), base))));
        levels.insert(gauge->level());
    }
    QCOMPARE(levels.size(), 3); // plenty, low, exhausted: three colours
    // The painted card uses the dark base, not a light default.
    RateGauge *first = page.gauges().constFirst();
    const QImage image = first->grab().toImage();
    const QColor centre = image.pixelColor(image.width() - 4, image.height() / 2);
    QVERIFY2(centre.lightnessF() < 0.5, qPrintable(centre.name()));
}

void TestRateLimitsPage::sizedFromTheFont()
{
    RateLimits::RateLimitTracker tracker;
    RateLimitsPage page(&tracker);
    page.resize(page.sizeHint());
    page.show();
    tracker.record(QUrl(u"https://api.example/api/admin/t"_s), 200,
                   {{"X-RateLimit-Limit", "300"}, {"X-RateLimit-Remaining", "120"}, {"X-RateLimit-Reset", "12"}});
    RateGauge *gauge = page.gauges().value(0);
    QVERIFY(gauge);
    const QFontMetrics fm = gauge->fontMetrics();
    QVERIFY(gauge->sizeHint().height() >= 5 * fm.height());
    QVERIFY(gauge->sizeHint().width() >= fm.horizontalAdvance(u"120 of 300 left"_s) + 4 * fm.height());
    // A bigger font makes a bigger gauge (no fixed pixel sizes).
    const QSize before = gauge->sizeHint();
    QFont big = gauge->font();
    big.setPointSizeF(big.pointSizeF() * 2);
    gauge->setFont(big);
    QVERIFY(gauge->sizeHint().height() > before.height() * 3 / 2);
    // Under QT_SCALE_FACTOR=2 (the second run) the backing store has twice the pixels.
    const qreal scale = qEnvironmentVariableIsSet("QT_SCALE_FACTOR") ? qEnvironmentVariable("QT_SCALE_FACTOR").toDouble() : 1.0;
    QCOMPARE(gauge->devicePixelRatioF(), scale);
    const QPixmap pixmap = gauge->grab();
    QCOMPARE(pixmap.width(), qRound(gauge->width() * scale));
}

void TestRateLimitsPage::sandboxBurstUntil429()
{
    Sandbox::SandboxOptions options;
    options.rateLimitClock = [] { return qint64(1000); }; // no refill during the test
    Sandbox::SandboxServer server(options);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    server.rateLimiter().setLimit(Sandbox::ApiGroup::Admin, {1, 3}); // 1 a minute, burst 3

    QNetworkAccessManager network;
    HttpClient http(&network);
    RateLimits::RateLimitTracker tracker;
    tracker.attach(&http);
    RateLimitsPage page(&tracker);
    page.show();

    const QUrl url = server.baseUrl().resolved(QUrl(u"/api/admin/default/workspaces"_s));
    const QString host = u"%1:%2"_s.arg(url.host()).arg(url.port());
    QList<int> statuses;
    QList<qint64> shown; // what the gauge showed when each response's callback ran
    std::function<void()> next = [&] {
        http.get(url, &page, [&](const HttpResponse &response) {
            statuses.append(response.status);
            const RateGauge *gauge = page.gauges().value(0);
            shown.append(gauge ? gauge->remaining() : -2);
            if (statuses.size() < 4)
                next();
        });
    };
    next();
    QTRY_COMPARE_WITH_TIMEOUT(statuses.size(), 4, 10000);
    RateGauge *gauge = page.gauges().value(0);
    QVERIFY(gauge);
    QCOMPARE(page.gauges().size(), 1);
    QCOMPARE(gauge->state().groupId, u"admin"_s);
    QVERIFY2(gauge->state().host == host || gauge->state().host == url.host(), qPrintable(gauge->state().host));
    // Burst 3: 2, 1, 0 left, then the 429.
    QCOMPARE(shown, (QList<qint64>{2, 1, 0, 0}));
    QCOMPARE(statuses.constLast(), 429);
    QVERIFY(statuses.at(2) != 429);
    const auto model = tracker.group(gauge->state().host, u"admin"_s);
    QVERIFY(model && model->blockedUntil);
    QCOMPARE(gauge->remaining(), 0);
    QCOMPARE(gauge->limit(), 1);
    QVERIFY(gauge->isBlocked());
    QVERIFY2(gauge->accessibleDescription().contains(u"429: retry in"_s), qPrintable(gauge->accessibleDescription()));
    server.stop();
}

QTEST_MAIN(TestRateLimitsPage)
#include "tst_ratelimitspage.moc"
