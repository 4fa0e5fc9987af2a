// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/httpsyntax.h"

#include <QTest>

class TestHttpSyntax final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokens_data();
    void tokens();
};

void TestHttpSyntax::tokens_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("token");
    QTest::newRow("method") << QStringLiteral("GET") << true;
    QTest::newRow("custom method") << QStringLiteral("PROPFIND") << true;
    QTest::newRow("header name") << QStringLiteral("X-Idempotency-Key") << true;
    QTest::newRow("every tchar symbol") << QStringLiteral("!#$%&'*+-.^_`|~") << true;
    QTest::newRow("digits") << QStringLiteral("0123456789") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("space") << QStringLiteral("X Api") << false;
    QTest::newRow("colon") << QStringLiteral("Host:") << false;
    QTest::newRow("separator") << QStringLiteral("a(b)") << false;
    QTest::newRow("quote") << QStringLiteral("a\"b") << false;
    QTest::newRow("CR LF") << QStringLiteral("X\r\nInjected") << false;
    QTest::newRow("NUL") << QString(QChar(0)) << false;
    QTest::newRow("DEL") << QString(QChar(0x7f)) << false;
    QTest::newRow("non-ASCII") << QStringLiteral("Gr\u00fc\u00dfe") << false;
}

void TestHttpSyntax::tokens()
{
    QFETCH(QString, text);
    QFETCH(bool, token);
    QCOMPARE(Http::isToken(QStringView(text)), token);
    // The byte form (the sandbox's request parser) agrees, also on Latin-1 and UTF-8 bytes.
    QCOMPARE(Http::isToken(QByteArrayView(text.toUtf8())), token);
    QCOMPARE(Http::isToken(QByteArrayView(text.toLatin1())), token);
}

QTEST_APPLESS_MAIN(TestHttpSyntax)
#include "tst_httpsyntax.moc"
