// SPDX-License-Identifier: GPL-3.0-or-later
#include "englishcatalogue.h"
#include "itemmodels/claimsmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

// CTest runs this with TZ=CET-1 (UTC+1, no DST), so local times are fixed.

namespace {

const QDateTime Now(QDate(2026, 11, 22), QTime(17, 28, 0), QTimeZone::utc());

// JSON written with single quotes for legibility (moc 6.4 trips over raw string literals).
QJsonObject parse(QByteArray json)
{
    json.replace('\'', '"');
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

int rowOf(const ClaimsModel &model, const QString &name)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, ClaimsModel::Name).data().toString() == name)
            return row;
    }
    return -1;
}

QString cell(const ClaimsModel &model, const QString &name, int column, int role = Qt::DisplayRole)
{
    const int row = rowOf(model, name);
    if (row < 0)
        return u"<no row %1>"_s.arg(name);
    return model.index(row, column).data(role).toString();
}

QJsonObject sampleClaims()
{
    const qint64 now = Now.toSecsSinceEpoch();
    QJsonObject claims = parse("{"
        "'iss': 'https://issuer.example.com/tenant/workspace',"
        "'sub': 'user-1',"
        "'aud': ['api', 'web'],"
        "'scope': 'openid profile  email',"
        "'scp': ['read'],"
        "'big': 12345678901234567,"
        "'huge': 1e20,"
        "'fraction': 1.5,"
        "'email_verified': true,"
        "'nothing': null,"
        "'address': {'country': 'BR', 'locality': 'São Paulo'},"
        "'mixed': [1, 'two', {'three': 3}],"
        "'https://example.com/tier': 'gold',"
        "'cnf': {'jkt': '0ZcOCORZNYy-DWpqq30jZyJGHTN0d2HglBV3uiguA4I'}"
        "}");
    claims.insert(u"exp"_s, now + 12 * 60);
    claims.insert(u"iat"_s, now - 5 * 60);
    claims.insert(u"auth_time"_s, now - 2 * 3600);
    return claims;
}

} // namespace

class TestClaimsModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void modelTester();
    void rowsSortedByName();
    void values_data();
    void values();
    void timeInterpretation_data();
    void timeInterpretation();
    void otherInterpretations_data();
    void otherInterpretations();
    void meaning();
    void headerLocation();
    void roles();
    void referenceTimeUpdatesOnlyTimeCells();
    void headerData();
    void clear();
};

void TestClaimsModel::initTestCase()
{
    QVERIFY(installEnglishCatalogue(this));
    // The expectations below depend on it; fail loudly rather than compare against the wrong zone.
    QCOMPARE(Now.toLocalTime().offsetFromUtc(), 3600);
}

void TestClaimsModel::modelTester()
{
    ClaimsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReferenceTime(Now);
    model.setClaims(sampleClaims(), Jose::ClaimLocation::Payload);
    model.setReferenceTime(Now.addSecs(1));
    model.setClaims(parse("{'alg':'RS256','kid':'k1','typ':'JWT'}"), Jose::ClaimLocation::Header);
    model.clear();
    model.setClaims(sampleClaims(), Jose::ClaimLocation::Payload);
    QCOMPARE(model.rowCount(), sampleClaims().size());
}

void TestClaimsModel::rowsSortedByName()
{
    ClaimsModel model;
    model.setClaims(sampleClaims(), Jose::ClaimLocation::Payload);
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names << model.index(row, ClaimsModel::Name).data().toString();
    QCOMPARE(names, sampleClaims().keys());
    QStringList sorted = names;
    sorted.sort();
    QCOMPARE(names, sorted);
}

void TestClaimsModel::values_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");

    QTest::newRow("string") << u"sub"_s << u"user-1"_s;
    QTest::newRow("string array") << u"aud"_s << u"api, web"_s;
    QTest::newRow("big integer, exact") << u"big"_s << u"12345678901234567"_s;
    QTest::newRow("no exponent") << u"huge"_s << u"100000000000000000000"_s;
    QTest::newRow("fraction") << u"fraction"_s << u"1.5"_s;
    QTest::newRow("bool") << u"email_verified"_s << u"true"_s;
    QTest::newRow("null") << u"nothing"_s << u"null"_s;
    QTest::newRow("object compact") << u"address"_s << u"{\"country\":\"BR\",\"locality\":\"São Paulo\"}"_s;
    QTest::newRow("mixed array compact") << u"mixed"_s << u"[1,\"two\",{\"three\":3}]"_s;
    QTest::newRow("time as number") << u"exp"_s << QString::number(Now.toSecsSinceEpoch() + 720);
}

void TestClaimsModel::values()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    ClaimsModel model;
    model.setClaims(sampleClaims(), Jose::ClaimLocation::Payload);
    QCOMPARE(cell(model, name, ClaimsModel::Value), value);
}

void TestClaimsModel::timeInterpretation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QDateTime>("value");
    QTest::addColumn<QString>("expected");

    QTest::newRow("exp future") << u"exp"_s << QDateTime(QDate(2026, 11, 22), QTime(17, 40, 0), QTimeZone::utc())
                                << u"2026-11-22 17:40:00 UTC · 18:40:00 local · expires in 12 min"_s;
    QTest::newRow("exp past") << u"exp"_s << QDateTime(QDate(2026, 11, 22), QTime(14, 28, 0), QTimeZone::utc())
                              << u"2026-11-22 14:28:00 UTC · 15:28:00 local · expired 3 h ago"_s;
    QTest::newRow("exp local date differs")
        << u"exp"_s << QDateTime(QDate(2026, 11, 22), QTime(23, 30, 0), QTimeZone::utc())
        << u"2026-11-22 23:30:00 UTC · 2026-11-23 00:30:00 local · expires in 6 h"_s;
    QTest::newRow("iat") << u"iat"_s << QDateTime(QDate(2026, 11, 22), QTime(17, 23, 0), QTimeZone::utc())
                         << u"2026-11-22 17:23:00 UTC · 18:23:00 local · issued 5 min ago"_s;
    QTest::newRow("nbf") << u"nbf"_s << QDateTime(QDate(2026, 11, 22), QTime(17, 30, 0), QTimeZone::utc())
                         << u"2026-11-22 17:30:00 UTC · 18:30:00 local · becomes valid in 2 min"_s;
    QTest::newRow("updated_at") << u"updated_at"_s << QDateTime(QDate(2026, 11, 20), QTime(17, 28, 0), QTimeZone::utc())
                                << u"2026-11-20 17:28:00 UTC · 18:28:00 local · updated 2 days ago"_s;
}

void TestClaimsModel::timeInterpretation()
{
    QFETCH(QString, name);
    QFETCH(QDateTime, value);
    QFETCH(QString, expected);

    ClaimsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReferenceTime(Now);
    QJsonObject claims;
    claims.insert(name, value.toSecsSinceEpoch());
    model.setClaims(claims, Jose::ClaimLocation::Payload);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, ClaimsModel::Interpretation).data().toString(), expected);
    QCOMPARE(model.index(0, ClaimsModel::Interpretation).data(ClaimsModel::UnderlyingDataRole).toDateTime(), value);
    QVERIFY(model.index(0, ClaimsModel::Name).data(ClaimsModel::IsTimeRole).toBool());
}

void TestClaimsModel::otherInterpretations_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");

    QTest::newRow("scope counted") << QByteArray("{'scope':'openid profile  email'}") << u"3 scopes"_s;
    QTest::newRow("one scope") << QByteArray("{'scope':'openid'}") << u"1 scope"_s;
    QTest::newRow("scp array") << QByteArray("{'scp':['a','b']}") << u"2 scopes"_s;
    QTest::newRow("empty scope") << QByteArray("{'scope':''}") << u"0 scopes"_s;
    QTest::newRow("aud array") << QByteArray("{'aud':['a','b','c']}") << u"3 audiences"_s;
    QTest::newRow("aud string") << QByteArray("{'aud':'a'}") << QString();
    QTest::newRow("cnf jkt") << QByteArray("{'cnf':{'jkt':'x'}}") << u"Bound to a DPoP key (RFC 9449)"_s;
    QTest::newRow("cnf x5t#S256") << QByteArray("{'cnf':{'x5t#S256':'x'}}") << u"Bound to a client certificate (RFC 8705)"_s;
    QTest::newRow("unknown claim") << QByteArray("{'tier':'gold'}") << QString();
    QTest::newRow("known, nothing to say") << QByteArray("{'sub':'u'}") << QString();
    // A time claim that is not a NumericDate says so instead of guessing.
    QTest::newRow("exp as string") << QByteArray("{'exp':'tomorrow'}")
                                   << u"Not a NumericDate: expected a number of seconds since 1970-01-01 UTC"_s;
    QTest::newRow("exp out of range") << QByteArray("{'exp':1e300}")
                                      << u"Not a NumericDate: expected a number of seconds since 1970-01-01 UTC"_s;
    QTest::newRow("exp negative out of range") << QByteArray("{'exp':-1e15}")
                                               << u"Not a NumericDate: expected a number of seconds since 1970-01-01 UTC"_s;
}

void TestClaimsModel::otherInterpretations()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    ClaimsModel model;
    model.setReferenceTime(Now);
    model.setClaims(parse(json), Jose::ClaimLocation::Payload);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, ClaimsModel::Interpretation).data().toString(), expected);
}

void TestClaimsModel::meaning()
{
    ClaimsModel model;
    model.setClaims(sampleClaims(), Jose::ClaimLocation::Payload);
    QCOMPARE(cell(model, u"exp"_s, ClaimsModel::Meaning), Jose::describeClaim(u"exp")->meaning);
    QCOMPARE(cell(model, u"https://example.com/tier"_s, ClaimsModel::Meaning), u"Not a registered claim"_s);
    QCOMPARE(cell(model, u"big"_s, ClaimsModel::Meaning), u"Not a registered claim"_s);
}

void TestClaimsModel::headerLocation()
{
    ClaimsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClaims(parse("{'alg':'ES256','kid':'key-1','x-custom':1}"), Jose::ClaimLocation::Header);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(cell(model, u"alg"_s, ClaimsModel::Meaning), Jose::describeClaim(u"alg", Jose::ClaimLocation::Header)->meaning);
    QCOMPARE(cell(model, u"kid"_s, 0, ClaimsModel::ReferenceRole), u"RFC 7515 §4.1.4"_s);
    QCOMPARE(cell(model, u"x-custom"_s, ClaimsModel::Meaning), u"Not a registered header parameter"_s);

    // The same names as payload members are not header parameters.
    model.setClaims(parse("{'alg':'ES256'}"), Jose::ClaimLocation::Payload);
    QCOMPARE(cell(model, u"alg"_s, ClaimsModel::Meaning), u"Not a registered claim"_s);
}

void TestClaimsModel::roles()
{
    ClaimsModel model;
    model.setReferenceTime(Now);
    model.setClaims(sampleClaims(), Jose::ClaimLocation::Payload);

    // Tooltip: reference, interpretation, whole value.
    const QString expTip = cell(model, u"exp"_s, ClaimsModel::Value, Qt::ToolTipRole);
    QVERIFY2(expTip.startsWith(u"RFC 7519 §4.1.4\n"), qPrintable(expTip));
    QVERIFY(expTip.contains(u"expires in 12 min"));
    QVERIFY(expTip.endsWith(QString::number(Now.toSecsSinceEpoch() + 720)));
    const QString addressTip = cell(model, u"address"_s, ClaimsModel::Name, Qt::ToolTipRole);
    QVERIFY(addressTip.startsWith(u"OpenID Connect Core §5.1.1\n"));
    QVERIFY2(addressTip.contains(u"\"locality\": \"São Paulo\""), qPrintable(addressTip));
    QCOMPARE(cell(model, u"https://example.com/tier"_s, ClaimsModel::Value, Qt::ToolTipRole), u"gold"_s);

    // Raw values for sorting.
    const int big = rowOf(model, u"big"_s);
    QCOMPARE(model.index(big, ClaimsModel::Value).data(ClaimsModel::UnderlyingDataRole).toLongLong(), 12345678901234567LL);
    const int aud = rowOf(model, u"aud"_s);
    QCOMPARE(model.index(aud, ClaimsModel::Value).data(ClaimsModel::UnderlyingDataRole).toStringList(),
             QStringList({u"api"_s, u"web"_s}));
    const int verified = rowOf(model, u"email_verified"_s);
    QCOMPARE(model.index(verified, ClaimsModel::Value).data(ClaimsModel::UnderlyingDataRole).typeId(), int(QMetaType::Bool));

    QCOMPARE(cell(model, u"exp"_s, ClaimsModel::Name, ClaimsModel::IsTimeRole), u"true"_s);
    QCOMPARE(cell(model, u"sub"_s, ClaimsModel::Name, ClaimsModel::IsTimeRole), u"false"_s);
    QCOMPARE(cell(model, u"tid"_s, ClaimsModel::Name, ClaimsModel::ReferenceRole), u"<no row tid>"_s);
    QCOMPARE(cell(model, u"sub"_s, ClaimsModel::Name, ClaimsModel::ReferenceRole), u"RFC 7519 §4.1.2"_s);
    QCOMPARE(cell(model, u"big"_s, ClaimsModel::Name, ClaimsModel::ReferenceRole), QString());

    // Accessible text reads without the visual separators.
    QCOMPARE(cell(model, u"exp"_s, ClaimsModel::Interpretation, Qt::AccessibleTextRole),
             u"exp: 2026-11-22 17:40:00 UTC, 18:40:00 local, expires in 12 min"_s);
    QCOMPARE(cell(model, u"big"_s, ClaimsModel::Interpretation, Qt::AccessibleTextRole), u"big: none"_s);

    // No Gui roles from models/.
    QVERIFY(!model.index(0, 0).data(Qt::ForegroundRole).isValid());
    QVERIFY(!model.index(0, 0).data(Qt::DecorationRole).isValid());
    QVERIFY(!model.data(QModelIndex()).isValid());
}

void TestClaimsModel::referenceTimeUpdatesOnlyTimeCells()
{
    ClaimsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReferenceTime(Now);
    model.setClaims(sampleClaims(), Jose::ClaimLocation::Payload);
    const int exp = rowOf(model, u"exp"_s);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setReferenceTime(Now.addSecs(60));
    QCOMPARE(model.referenceTime(), Now.addSecs(60));

    QSet<int> rows;
    for (const QList<QVariant> &arguments : std::as_const(changed)) {
        const auto topLeft = arguments.at(0).value<QModelIndex>();
        const auto bottomRight = arguments.at(1).value<QModelIndex>();
        QCOMPARE(topLeft.column(), int(ClaimsModel::Interpretation));
        QCOMPARE(bottomRight.column(), int(ClaimsModel::Interpretation));
        for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
            rows.insert(row);
    }
    const QSet<int> expected = {rowOf(model, u"exp"_s), rowOf(model, u"iat"_s), rowOf(model, u"auth_time"_s)};
    QCOMPARE(rows, expected);
    QCOMPARE(model.index(exp, ClaimsModel::Interpretation).data().toString(),
             u"2026-11-22 17:40:00 UTC · 18:40:00 local · expires in 11 min"_s);

    // The same instant again changes nothing.
    changed.clear();
    model.setReferenceTime(Now.addSecs(60));
    QCOMPARE(changed.size(), 0);

    // No time claims, no signals.
    model.setClaims(parse("{'sub':'x'}"), Jose::ClaimLocation::Payload);
    model.setReferenceTime(Now.addSecs(120));
    QCOMPARE(changed.size(), 0);
}

void TestClaimsModel::headerData()
{
    ClaimsModel model;
    QCOMPARE(model.headerData(ClaimsModel::Name, Qt::Horizontal).toString(), u"Name"_s);
    QCOMPARE(model.headerData(ClaimsModel::Value, Qt::Horizontal).toString(), u"Value"_s);
    QCOMPARE(model.headerData(ClaimsModel::Interpretation, Qt::Horizontal).toString(), u"Interpretation"_s);
    QCOMPARE(model.headerData(ClaimsModel::Meaning, Qt::Horizontal).toString(), u"Meaning"_s);
    QVERIFY(!model.headerData(ClaimsModel::ColumnCount, Qt::Horizontal).isValid());
}

void TestClaimsModel::clear()
{
    ClaimsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClaims(sampleClaims(), Jose::ClaimLocation::Payload);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.clear();
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.index(0, 0).isValid());
}

QTEST_GUILESS_MAIN(TestClaimsModel)
#include "tst_claimsmodel.moc"
