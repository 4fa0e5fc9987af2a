// SPDX-License-Identifier: GPL-3.0-or-later
// SecretChunking: values split over keychain entries of a bounded size and joined back.
#include "profiles/secretstore.h"

#include <QTest>

using namespace Profiles;

namespace {

QByteArray binaryValue(int size)
{
    QByteArray value(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        value[i] = char((i * 131 + 7) % 256); // every byte value, NULs included
    return value;
}

QByteArray pemLikeValue(int size)
{
    QByteArray value = "-----BEGIN PRIVATE KEY-----\n";
    int column = 0;
    for (int i = 0; value.size() < size - 26; ++i) {
        value.append("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"[(i * 37) % 64]);
        if (++column == 64) {
            value.append('\n');
            column = 0;
        }
    }
    value.append("\n-----END PRIVATE KEY-----\n");
    return value;
}

} // namespace

class TestSecretChunking final : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("maxEntryBytes");
        QTest::addColumn<int>("expectedEntries");

        const int limit = SecretChunking::WindowsEntryLimit;
        QTest::newRow("empty") << QByteArray() << limit << 1;
        QTest::newRow("one byte") << QByteArray("x") << limit << 1;
        QTest::newRow("one NUL byte") << QByteArray(1, '\0') << limit << 1;
        QTest::newRow("binary with NULs") << binaryValue(300) << limit << 1;
        QTest::newRow("looks like a chunk header") << QByteArray("\x02\x00\x00\x00\x05", 5) << 16 << 1;
        // One marker byte: a value of max - 1 bytes fits exactly.
        QTest::newRow("exactly fits one entry") << binaryValue(limit - 1) << limit << 1;
        QTest::newRow("one byte more") << binaryValue(limit) << limit << 2;
        QTest::newRow("minimum entry size") << binaryValue(100) << 16 << -1;
        QTest::newRow("many chunks") << binaryValue(5000) << 64 << -1;
        QTest::newRow("Windows limit, 10 kB PEM") << pemLikeValue(10 * 1024) << limit << 5;
        QTest::newRow("exact piece boundary") << binaryValue(100 - 9 + 3 * (100 - 5)) << 100 << 4;
        QTest::newRow("one past piece boundary") << binaryValue(100 - 9 + 3 * (100 - 5) + 1) << 100 << 5;
    }

    void roundTrip()
    {
        QFETCH(QByteArray, value);
        QFETCH(int, maxEntryBytes);
        QFETCH(int, expectedEntries);

        const QList<QByteArray> entries = SecretChunking::split(value, maxEntryBytes);
        QVERIFY(!entries.isEmpty());
        if (expectedEntries > 0)
            QCOMPARE(entries.size(), expectedEntries);
        else
            QVERIFY(entries.size() > 2);
        for (const QByteArray &entry : entries)
            QVERIFY2(entry.size() <= maxEntryBytes, qPrintable(QString::number(entry.size())));
        QCOMPARE(SecretChunking::chunkCount(entries.first()), entries.size());

        QByteArray joined("left over");
        QVERIFY(SecretChunking::join(entries, &joined));
        QCOMPARE(joined, value);
    }

    void chunkCountOfForeignData()
    {
        QCOMPARE(SecretChunking::chunkCount(QByteArray()), -1);
        QCOMPARE(SecretChunking::chunkCount(QByteArray("plain text secret")), -1);
        QCOMPARE(SecretChunking::chunkCount(QByteArray("\x02\x00\x00", 3)), -1); // header cut short
        // A first-of-many entry claiming fewer than two entries is not ours.
        QCOMPARE(SecretChunking::chunkCount(QByteArray("\x02\x00\x00\x00\x01" "abcd" "x", 10)), -1);
        // A continuation entry is not a first entry.
        const QList<QByteArray> entries = SecretChunking::split(binaryValue(200), 64);
        QCOMPARE(SecretChunking::chunkCount(entries.at(1)), -1);
    }

    void joinRejectsBrokenSets()
    {
        const QByteArray value = binaryValue(400);
        const QList<QByteArray> entries = SecretChunking::split(value, 64);
        QVERIFY(entries.size() >= 4);
        QByteArray out;

        QVERIFY(!SecretChunking::join({}, &out));

        QList<QByteArray> missing = entries;
        missing.removeAt(2);
        QVERIFY(!SecretChunking::join(missing, &out));

        QList<QByteArray> missingLast = entries;
        missingLast.removeLast();
        QVERIFY(!SecretChunking::join(missingLast, &out));

        QList<QByteArray> extra = entries;
        extra.append(entries.last());
        QVERIFY(!SecretChunking::join(extra, &out));

        QList<QByteArray> reordered = entries;
        reordered.swapItemsAt(1, 2);
        QVERIFY(!SecretChunking::join(reordered, &out));

        QList<QByteArray> corrupt = entries;
        corrupt[2][10] = char(corrupt[2][10] ^ 0x40);
        QVERIFY(!SecretChunking::join(corrupt, &out));

        QList<QByteArray> badMarker = entries;
        badMarker[1][0] = 'x';
        QVERIFY(!SecretChunking::join(badMarker, &out));

        // A part of an earlier value of the same length, in the right place, is caught by the digest.
        QByteArray other = value;
        other[150] = char(other[150] ^ 1);
        QList<QByteArray> mixed = entries;
        mixed[2] = SecretChunking::split(other, 64).at(2);
        QVERIFY(mixed[2] != entries[2]);
        QVERIFY(!SecretChunking::join(mixed, &out));

        // A single entry with extra entries after it.
        const QList<QByteArray> single = SecretChunking::split("short", 64);
        QCOMPARE(single.size(), 1);
        QVERIFY(!SecretChunking::join({single.first(), entries.at(1)}, &out));

        QVERIFY(SecretChunking::join(entries, &out));
        QCOMPARE(out, value);
    }
};

QTEST_GUILESS_MAIN(TestSecretChunking)
#include "tst_secretchunking.moc"
