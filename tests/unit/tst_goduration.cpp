// SPDX-License-Identifier: GPL-3.0-or-later
// Go's duration syntax (admin.json "format: duration"), shared by the sandbox and the setup wizard.
#include "admin/goduration.h"

#include <QTest>

#include <limits>

using namespace Admin::GoDuration;
using namespace Qt::StringLiterals;

class TestGoDuration final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseAndFormat_data();
    void parseAndFormat();
    void wholeSeconds();
};

void TestGoDuration::parseAndFormat_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("nanoseconds");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<int>("error"); // ParseError when not valid

    const qint64 s = 1'000'000'000;
    QTest::newRow("1h0m0s") << u"1h0m0s"_s << true << 3600 * s << u"1h0m0s"_s << -1;
    QTest::newRow("1h") << u"1h"_s << true << 3600 * s << u"1h0m0s"_s << -1;
    QTest::newRow("720h") << u"720h"_s << true << 720 * 3600 * s << u"720h0m0s"_s << -1;
    QTest::newRow("10m") << u"10m"_s << true << 600 * s << u"10m0s"_s << -1;
    QTest::newRow("90s") << u"90s"_s << true << 90 * s << u"1m30s"_s << -1;
    QTest::newRow("1.5h") << u"1.5h"_s << true << 5400 * s << u"1h30m0s"_s << -1;
    QTest::newRow("1h10m30s") << u"1h10m30s"_s << true << 4230 * s << u"1h10m30s"_s << -1;
    QTest::newRow("2h45m0.5s") << u"2h45m0.5s"_s << true << 9900 * s + s / 2 << u"2h45m0.5s"_s << -1;
    QTest::newRow("300ms") << u"300ms"_s << true << 300'000'000LL << u"300ms"_s << -1;
    QTest::newRow("1.5us") << u"1.5us"_s << true << 1500LL << u"1.5\u00b5s"_s << -1;
    QTest::newRow("micro sign") << u"2\u00b5s"_s << true << 2000LL << u"2\u00b5s"_s << -1;
    QTest::newRow("greek mu") << u"2\u03bcs"_s << true << 2000LL << u"2\u00b5s"_s << -1;
    QTest::newRow("ns") << u"42ns"_s << true << 42LL << u"42ns"_s << -1;
    QTest::newRow("zero") << u"0"_s << true << 0LL << u"0s"_s << -1;
    QTest::newRow("0s") << u"0s"_s << true << 0LL << u"0s"_s << -1;
    QTest::newRow("leading dot") << u".5s"_s << true << s / 2 << u"500ms"_s << -1;
    QTest::newRow("trailing dot") << u"1.h"_s << true << 3600 * s << u"1h0m0s"_s << -1;
    QTest::newRow("negative") << u"-1m"_s << true << -60 * s << u"-1m0s"_s << -1;
    QTest::newRow("plus") << u"+5s"_s << true << 5 * s << u"5s"_s << -1;
    QTest::newRow("max") << u"9223372036854775807ns"_s << true << std::numeric_limits<qint64>::max() << u"2562047h47m16.854775807s"_s << -1;
    QTest::newRow("empty") << QString() << false << 0LL << QString() << int(ParseError::Malformed);
    QTest::newRow("no unit") << u"1"_s << false << 0LL << QString() << int(ParseError::Malformed);
    QTest::newRow("unit only") << u"h"_s << false << 0LL << QString() << int(ParseError::Malformed);
    QTest::newRow("unknown unit") << u"1d"_s << false << 0LL << QString() << int(ParseError::Malformed);
    QTest::newRow("dot only") << u".s"_s << false << 0LL << QString() << int(ParseError::Malformed);
    QTest::newRow("space") << u"1h 2m"_s << false << 0LL << QString() << int(ParseError::Malformed);
    QTest::newRow("exponent") << u"1e3s"_s << false << 0LL << QString() << int(ParseError::Malformed);
    QTest::newRow("overflow") << u"9223372036854775808ns"_s << false << 0LL << QString() << int(ParseError::OutOfRange);
    QTest::newRow("overflow hours") << u"3000000h"_s << false << 0LL << QString() << int(ParseError::OutOfRange);
    QTest::newRow("sign only") << u"-"_s << false << 0LL << QString() << int(ParseError::Malformed);
    QTest::newRow("words") << u"1 hour"_s << false << 0LL << QString() << int(ParseError::Malformed);
}

void TestGoDuration::parseAndFormat()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(qint64, nanoseconds);
    QFETCH(QString, canonical);
    QFETCH(int, error);
    ParseError why = ParseError(-1);
    const auto parsed = parse(text, &why);
    QCOMPARE(parsed.has_value(), valid);
    if (!valid) {
        QCOMPARE(int(why), error);
        return;
    }
    QCOMPARE(*parsed, nanoseconds);
    QCOMPARE(format(*parsed), canonical);
    QCOMPARE(parse(canonical), parsed); // the canonical form reads back
}

void TestGoDuration::wholeSeconds()
{
    QCOMPARE(seconds(u"1h30m"_s), 5400);
    QCOMPARE(seconds(u"1500ms"_s), 1); // rounded down
    QCOMPARE(seconds(u"-90s"_s), -90);
    QVERIFY(!seconds(u"soon"_s));
}

QTEST_GUILESS_MAIN(TestGoDuration)
#include "tst_goduration.moc"
