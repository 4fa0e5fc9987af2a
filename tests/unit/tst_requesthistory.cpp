// SPDX-License-Identifier: GPL-3.0-or-later
// The console's history on disk: order, the 200-entry cap, a corrupt file set aside, a file
// that cannot be written, a deleted profile, and never a secret in the file.
#include "http/requesthistory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Console;

namespace {

HistoryEntry entry(int n)
{
    HistoryEntry e;
    e.request.method = "GET";
    e.request.url = u"{base}/api/admin/{tid}/servers/%1"_s.arg(n);
    e.request.headers = {{u"Accept"_s, u"application/json"_s}};
    e.sentAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 678), QTimeZone::utc()).addSecs(n);
    e.status = 200 + n % 300;
    e.elapsedMs = n * 3;
    e.responseBytes = n * 100;
    return e;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestRequestHistory final : public QObject
{
    Q_OBJECT

private slots:
    void newestFirstAndPersisted()
    {
        QTemporaryDir dir;
        const QString historyDir = dir.filePath(u"history"_s); // created on the first add
        {
            RequestHistory history(historyDir);
            QSignalSpy changed(&history, &RequestHistory::changed);
            QVERIFY(history.entries(u"p1"_s).isEmpty());
            QVERIFY(history.add(u"p1"_s, entry(1)));
            QVERIFY(history.add(u"p1"_s, entry(2)));
            QVERIFY(history.add(u"p2"_s, entry(3)));
            QCOMPARE(changed.count(), 3);
            QCOMPARE(changed.at(2).at(0).toString(), u"p2"_s);
            QVERIFY(history.lastError().isEmpty());
            const QList<HistoryEntry> p1 = history.entries(u"p1"_s);
            QCOMPARE(p1.size(), 2);
            QCOMPARE(p1.at(0).request.url, entry(2).request.url);
            QCOMPARE(p1.at(1).request.url, entry(1).request.url);
        }
        QVERIFY(QFile::exists(historyDir + u"/p1.json"_s));
        QVERIFY(QFile::exists(historyDir + u"/p2.json"_s));
        QCOMPARE(QFile::permissions(historyDir + u"/p1.json"_s) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());

        // A new instance (the next start) reads every field back.
        RequestHistory again(historyDir);
        const QList<HistoryEntry> p1 = again.entries(u"p1"_s);
        QCOMPARE(p1.size(), 2);
        const HistoryEntry expected = entry(2);
        QCOMPARE(p1.at(0).request, expected.request);
        QCOMPARE(p1.at(0).sentAt, expected.sentAt);
        QCOMPARE(p1.at(0).sentAt.timeSpec(), Qt::UTC);
        QCOMPARE(p1.at(0).status, expected.status);
        QCOMPARE(p1.at(0).elapsedMs, expected.elapsedMs);
        QCOMPARE(p1.at(0).responseBytes, expected.responseBytes);
        QCOMPARE(again.entries(u"p2"_s).size(), 1);
    }

    void errorKept()
    {
        QTemporaryDir dir;
        RequestHistory history(dir.path());
        HistoryEntry failed = entry(1);
        failed.status = 0;
        failed.error = u"Connection refused: is the server running?"_s;
        QVERIFY(history.add(u"p"_s, failed));
        RequestHistory again(dir.path());
        QCOMPARE(again.entries(u"p"_s).first().error, failed.error);
        QCOMPARE(again.entries(u"p"_s).first().status, 0);
    }

    void trimmedAtMax()
    {
        QTemporaryDir dir;
        {
            RequestHistory history(dir.path());
            for (int i = 1; i <= RequestHistory::MaxEntries + 5; ++i)
                QVERIFY(history.add(u"p"_s, entry(i)));
            const QList<HistoryEntry> entries = history.entries(u"p"_s);
            QCOMPARE(entries.size(), RequestHistory::MaxEntries);
            QCOMPARE(entries.first().request.url, entry(RequestHistory::MaxEntries + 5).request.url);
            QCOMPARE(entries.last().request.url, entry(6).request.url); // 1 to 5 dropped
        }
        const QJsonObject file = QJsonDocument::fromJson(readAll(dir.filePath(u"p.json"_s))).object();
        QCOMPARE(file.value(u"entries"_s).toArray().size(), RequestHistory::MaxEntries);
        RequestHistory again(dir.path());
        QCOMPARE(again.entries(u"p"_s).size(), RequestHistory::MaxEntries);
    }

    void corruptFileSetAside_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("not JSON") << QByteArray("{\"version\": 1, \"entries\": [");
        QTest::newRow("binary") << QByteArray("\x00\x01\x02garbage", 10);
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("wrong version") << QByteArray("{\"version\": 7, \"entries\": []}");
        QTest::newRow("entries not an array") << QByteArray("{\"version\": 1, \"entries\": {}}");
    }

    void corruptFileSetAside()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.json"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        RequestHistory history(dir.path());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"history file .* unusable"_s));
        QVERIFY(history.entries(u"p"_s).isEmpty());
        QCOMPARE(readAll(path + u".corrupt"_s), content);
        QVERIFY(!QFile::exists(path));

        // A fresh history starts, and a second corrupt file does not overwrite the first.
        QVERIFY(history.add(u"p"_s, entry(1)));
        QCOMPARE(RequestHistory(dir.path()).entries(u"p"_s).size(), 1);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write("nonsense");
        }
        RequestHistory third(dir.path());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"history file .* unusable"_s));
        QVERIFY(third.entries(u"p"_s).isEmpty());
        QCOMPARE(readAll(path + u".corrupt"_s), content);
        QCOMPARE(readAll(path + u".corrupt-2"_s), QByteArray("nonsense"));
    }

    void badEntrySkipped()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(u"p.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"version\": 1, \"entries\": [{\"request\": {\"url\": \"https://a.example\"}, \"status\": 204},"
                   " {\"request\": {\"url\": 5}}, \"x\"]}");
        file.close();
        RequestHistory history(dir.path());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"unreadable entry"_s));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"unreadable entry"_s));
        const QList<HistoryEntry> entries = history.entries(u"p"_s);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().status, 204);
        QVERIFY(!QFile::exists(dir.filePath(u"p.json.corrupt"_s)));
    }

    void unwritableKeepsMemory()
    {
        // A regular file where the history folder should be: no write can succeed, even as root
        // (a read-only folder does not stop root).
        QTemporaryDir dir;
        const QString historyDir = dir.filePath(u"history"_s);
        RequestHistory history(historyDir);
        QVERIFY(history.add(u"p"_s, entry(1)));

        QVERIFY(QDir(historyDir).removeRecursively());
        {
            QFile blocker(historyDir);
            QVERIFY(blocker.open(QIODevice::WriteOnly));
        }
        QSignalSpy changed(&history, &RequestHistory::changed);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"history file .* not written"_s));
        QVERIFY(!history.add(u"p"_s, entry(2)));
        QVERIFY(!history.lastError().isEmpty());
        QVERIFY2(history.lastError().contains(QDir::toNativeSeparators(historyDir)), qPrintable(history.lastError()));
        QCOMPARE(changed.count(), 1);
        // Nothing lost in memory: the new entry and the earlier one.
        QList<HistoryEntry> entries = history.entries(u"p"_s);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).request.url, entry(2).request.url);
        QCOMPARE(entries.at(1).request.url, entry(1).request.url);

        // Once the folder can be written again, the next add saves all three.
        QVERIFY(QFile::remove(historyDir));
        QVERIFY(history.add(u"p"_s, entry(3)));
        QVERIFY(history.lastError().isEmpty());
        QCOMPARE(RequestHistory(historyDir).entries(u"p"_s).size(), 3);
    }

    void unwritableFile()
    {
        // After a first save, the file's own name is taken by a folder with something in it:
        // QSaveFile cannot rename over it.
        QTemporaryDir dir;
        RequestHistory history(dir.path());
        QVERIFY(history.add(u"p"_s, entry(1)));
        QVERIFY(QFile::remove(dir.filePath(u"p.json"_s)));
        QVERIFY(QDir(dir.path()).mkpath(u"p.json/inside"_s));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"history file .* not written"_s));
        QVERIFY(!history.add(u"p"_s, entry(2)));
        QVERIFY(!history.lastError().isEmpty());
        QCOMPARE(history.entries(u"p"_s).size(), 2);
        QVERIFY(QFileInfo(dir.filePath(u"p.json/inside"_s)).isDir()); // nothing of the user's removed
    }

    void clearAndForget()
    {
        QTemporaryDir dir;
        RequestHistory history(dir.path());
        QVERIFY(history.add(u"a"_s, entry(1)));
        QVERIFY(history.add(u"b"_s, entry(2)));
        QSignalSpy changed(&history, &RequestHistory::changed);

        QVERIFY(history.clear(u"a"_s));
        QVERIFY(history.entries(u"a"_s).isEmpty());
        QVERIFY(!QFile::exists(dir.filePath(u"a.json"_s)));
        QVERIFY(history.clear(u"never-used"_s));

        history.forgetProfile(u"b"_s);
        QVERIFY(!QFile::exists(dir.filePath(u"b.json"_s)));
        QVERIFY(history.entries(u"b"_s).isEmpty());
        QCOMPARE(changed.count(), 3);
        QCOMPARE(changed.last().at(0).toString(), u"b"_s);
        QVERIFY(RequestHistory(dir.path()).entries(u"b"_s).isEmpty());
    }

    void profileIdCannotEscape()
    {
        QTemporaryDir dir;
        const QString historyDir = dir.filePath(u"history"_s);
        RequestHistory history(historyDir);
        QVERIFY(history.add(u"../escape"_s, entry(1)));
        QVERIFY(!QFile::exists(dir.filePath(u"escape.json"_s)));
        QCOMPARE(QDir(historyDir).entryList(QDir::Files).size(), 1);
        QCOMPARE(RequestHistory(historyDir).entries(u"../escape"_s).size(), 1);
    }

    void noSecretOnDisk()
    {
        const QString bearer = u"eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJib2IifQ.U0lHTkFUVVJFc2VjcmV0c2VjcmV0"_s;
        const QString password = u"correct horse battery staple"_s;
        QTemporaryDir dir;
        RequestHistory history(dir.path());
        HistoryEntry e = entry(1);
        e.request.method = "POST";
        e.request.headers = {{u"Authorization"_s, u"Bearer "_s + bearer},
                             {u"Proxy-Authorization"_s, u"Basic "_s + QString::fromLatin1(password.toUtf8().toBase64())},
                             {u"Content-Type"_s, u"application/x-www-form-urlencoded"_s}};
        e.request.body = "grant_type=password&username=bob&password=" + QUrl::toPercentEncoding(password);
        e.request.auth = AuthKind::Basic;
        e.request.basicUser = u"bob"_s;
        QVERIFY(history.add(u"p"_s, e));

        const QByteArray raw = readAll(dir.filePath(u"p.json"_s));
        QVERIFY(!raw.isEmpty());
        QVERIFY2(!raw.contains(bearer.toUtf8()), raw.constData());
        QVERIFY(!raw.contains("U0lHTkFUVVJFc2VjcmV0c2VjcmV0"));
        QVERIFY(!raw.contains(password.toUtf8()));
        QVERIFY(!raw.contains(QUrl::toPercentEncoding(password)));
        QVERIFY(!raw.contains(password.toUtf8().toBase64()));
        QVERIFY(raw.contains("bob"));        // the user name is kept
        QVERIFY(raw.contains("grant_type")); // and the rest of the body
        // In memory as on disk: the entries never hand the token back either.
        const HistoryEntry stored = history.entries(u"p"_s).first();
        QVERIFY(!stored.request.headers.first().second.contains(bearer));
        QVERIFY(!stored.request.body.contains(QUrl::toPercentEncoding(password)));
    }
};

QTEST_GUILESS_MAIN(TestRequestHistory)
#include "tst_requesthistory.moc"
