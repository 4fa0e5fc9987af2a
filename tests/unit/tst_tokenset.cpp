// SPDX-License-Identifier: GPL-3.0-or-later
// TokenSet: from a token response, expiry (expires_in or exp), the 75% refresh time, rotation.

#include "oauth/tokenset.h"
#include "testkeys.h"

#include <QJsonObject>
#include <QTest>

using namespace OAuth;

namespace {

const QDateTime T0 = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);

Profiles::Profile profile()
{
    Profiles::Profile p;
    p.id = u"id-1"_qs;
    p.name = u"Demo"_qs;
    p.scopes = {u"openid"_qs, u"email"_qs};
    return p;
}

TokenResponse response(const QString &access, qint64 expiresIn, const QString &refresh = {}, const QString &id = {})
{
    TokenResponse r;
    r.accessToken = access;
    r.tokenType = u"Bearer"_qs;
    r.expiresIn = expiresIn;
    r.refreshToken = refresh;
    r.idToken = id;
    return r;
}

QString jwtExpiring(qint64 exp)
{
    static const TestKeys::KeyPair key = TestKeys::generate(Jose::Algorithm::ES256, u"k1"_qs);
    return TestKeys::signCompact(key, {{u"typ"_qs, u"JWT"_qs}}, {{u"sub"_qs, u"alice"_qs}, {u"exp"_qs, exp}});
}

} // namespace

class TestTokenSet final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromResponse();
    void scopeFallsBackToTheRequest();
    void expiryFromTheJwtWithoutExpiresIn();
    void entries();
    void refreshDueAtThreeQuarters();
    void refreshedKeepsOrRotates();
    void remainingText_data();
    void remainingText();
};

void TestTokenSet::fromResponse()
{
    TokenResponse r = response(u"at"_qs, 300, u"rt"_qs);
    r.scope = u"email"_qs;
    const TokenSet set = TokenSet::fromResponse(r, profile(), Grant::Password, T0);
    QCOMPARE(set.profileId, u"id-1"_qs);
    QCOMPARE(set.profileName, u"Demo"_qs);
    QCOMPARE(set.grant, Grant::Password);
    QCOMPARE(set.accessToken, u"at"_qs);
    QCOMPARE(set.refreshToken, u"rt"_qs);
    QCOMPARE(set.scope, u"email"_qs);
    QVERIFY(set.accessExpiresAt());
    QCOMPARE(*set.accessExpiresAt(), T0.addSecs(300));
    QVERIFY(!set.refreshTokenRotated);
    QVERIFY(!set.isEmpty());
    QVERIFY(TokenSet().isEmpty());
    TokenSet idOnly; // response_type=id_token: no access token, still a set to show
    idOnly.idToken = u"id"_qs;
    QVERIFY(!idOnly.isEmpty());
    QCOMPARE(idOnly.entries().size(), 1);
    QVERIFY(!idOnly.refreshDueAt());
}

void TestTokenSet::scopeFallsBackToTheRequest()
{
    const TokenResponse r = response(u"at"_qs, 60);
    QCOMPARE(TokenSet::fromResponse(r, profile(), Grant::ClientCredentials, T0).scope, u"openid email"_qs);
    QCOMPARE(TokenSet::fromResponse(r, profile(), Grant::ClientCredentials, T0, {u"orders.read"_qs}).scope,
             u"orders.read"_qs);
}

void TestTokenSet::expiryFromTheJwtWithoutExpiresIn()
{
    const qint64 exp = T0.toSecsSinceEpoch() + 1234;
    const TokenSet set = TokenSet::fromResponse(response(jwtExpiring(exp), -1), profile(), Grant::Password, T0);
    QVERIFY(set.accessExpiresAt());
    QCOMPARE(set.accessExpiresAt()->toSecsSinceEpoch(), exp);
    // Opaque and no expires_in: unknown.
    const TokenSet opaque = TokenSet::fromResponse(response(u"opaque"_qs, -1), profile(), Grant::Password, T0);
    QVERIFY(!opaque.accessExpiresAt());
    QVERIFY(!opaque.refreshDueAt());
}

void TestTokenSet::entries()
{
    const qint64 idExp = T0.toSecsSinceEpoch() + 600;
    const TokenSet set = TokenSet::fromResponse(response(u"at"_qs, 300, u"rt"_qs, jwtExpiring(idExp)), profile(),
                                                Grant::AuthorizationCode, T0);
    const QList<TokenSet::Entry> rows = set.entries();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).kind, TokenSet::Kind::Access);
    QCOMPARE(rows.at(0).type, u"Bearer"_qs);
    QCOMPARE(rows.at(0).scope, u"openid email"_qs);
    QCOMPARE(rows.at(1).kind, TokenSet::Kind::Id);
    QCOMPARE(rows.at(1).type, u"JWT"_qs);
    QVERIFY(rows.at(1).expiresAt);
    QCOMPARE(rows.at(1).expiresAt->toSecsSinceEpoch(), idExp);
    QCOMPARE(rows.at(2).kind, TokenSet::Kind::Refresh);
    QCOMPARE(rows.at(2).value, u"rt"_qs);
    QVERIFY(!rows.at(2).expiresAt);
    QCOMPARE(TokenSet::fromResponse(response(u"at"_qs, 1), profile(), Grant::ClientCredentials, T0).entries().size(), 1);
}

void TestTokenSet::refreshDueAtThreeQuarters()
{
    const TokenSet set = TokenSet::fromResponse(response(u"at"_qs, 400, u"rt"_qs), profile(), Grant::Password, T0);
    QVERIFY(set.refreshDueAt());
    QCOMPARE(*set.refreshDueAt(), T0.addSecs(300));
    // No refresh token: nothing to refresh with.
    QVERIFY(!TokenSet::fromResponse(response(u"at"_qs, 400), profile(), Grant::Password, T0).refreshDueAt());
}

void TestTokenSet::refreshedKeepsOrRotates()
{
    const TokenSet first = TokenSet::fromResponse(response(u"at1"_qs, 300, u"rt1"_qs, u"id1"_qs), profile(),
                                                  Grant::AuthorizationCode, T0);
    const QDateTime later = T0.addSecs(200);
    const TokenSet kept = first.refreshed(response(u"at2"_qs, 300), later);
    QCOMPARE(kept.accessToken, u"at2"_qs);
    QCOMPARE(kept.refreshToken, u"rt1"_qs);
    QCOMPARE(kept.idToken, u"id1"_qs);
    QCOMPARE(kept.grant, Grant::RefreshToken);
    QVERIFY(!kept.refreshTokenRotated);
    QCOMPARE(*kept.accessExpiresAt(), later.addSecs(300));

    const TokenSet same = first.refreshed(response(u"at2"_qs, 300, u"rt1"_qs), later);
    QVERIFY(!same.refreshTokenRotated);
    const TokenSet rotated = first.refreshed(response(u"at3"_qs, 300, u"rt2"_qs, u"id2"_qs), later);
    QVERIFY(rotated.refreshTokenRotated);
    QCOMPARE(rotated.refreshToken, u"rt2"_qs);
    QCOMPARE(rotated.idToken, u"id2"_qs);
    QCOMPARE(rotated.profileId, first.profileId);
}

void TestTokenSet::remainingText_data()
{
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<QString>("expected");
    QTest::newRow("seconds") << qint64(42) << u"42 s left"_qs;
    QTest::newRow("minutes") << qint64(252) << u"4 min 12 s left"_qs;
    QTest::newRow("hours") << qint64(3720) << u"1 h 2 min left"_qs;
    QTest::newRow("days") << qint64(2 * 86400 + 3 * 3600) << u"2 d 3 h left"_qs;
    QTest::newRow("zero") << qint64(0) << u"0 s left"_qs;
    QTest::newRow("expired") << qint64(-3) << u"expired 3 s ago"_qs;
    QTest::newRow("expired minutes") << qint64(-61) << u"expired 1 min 1 s ago"_qs;
}

void TestTokenSet::remainingText()
{
    QFETCH(qint64, offset);
    QFETCH(QString, expected);
    QCOMPARE(TokenSet::remainingText(T0.addSecs(offset), T0), expected);
    QCOMPARE(TokenSet::remainingText(std::nullopt, T0), u"no expiry given"_qs);
}

QTEST_GUILESS_MAIN(TestTokenSet)
#include "tst_tokenset.moc"
