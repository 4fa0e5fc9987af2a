// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/checksmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Jose::VerifyReport sampleReport()
{
    // Built by hand: this test is about the table, not about the verifier.
    Jose::VerifyReport report;
    report.checks = {
        {u"alg"_s, Jose::CheckStatus::Pass, u"RS256 is an asymmetric signature algorithm"_s},
        {u"exp"_s, Jose::CheckStatus::Fail, u"expired 3 h ago"_s},
        {u"aud"_s, Jose::CheckStatus::Warn, u"no expected audience given"_s},
        {u"nonce"_s, Jose::CheckStatus::Skip, QString()},
    };
    return report;
}

} // namespace

class TestChecksModel final : public QObject
{
    Q_OBJECT

private slots:
    void modelTester();
    void emptyModel();
    void rows();
    void statusText_data();
    void statusText();
    void roles();
    void header();
    void resetSignals();
    void invalidIndex();
};

void TestChecksModel::modelTester()
{
    ChecksModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReport(sampleReport());
    model.clear();
    model.setReport(sampleReport());
    QCOMPARE(model.rowCount(), 4);
}

void TestChecksModel::emptyModel()
{
    ChecksModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(ChecksModel::ColumnCount));
    QVERIFY(model.report().checks.isEmpty());
}

void TestChecksModel::rows()
{
    ChecksModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReport(sampleReport());

    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.report().checks.size(), 4);
    QCOMPARE(model.index(0, ChecksModel::Name).data().toString(), u"alg"_s);
    QCOMPARE(model.index(1, ChecksModel::Name).data().toString(), u"exp"_s);
    QCOMPARE(model.index(1, ChecksModel::Detail).data().toString(), u"expired 3 h ago"_s);
    QCOMPARE(model.index(3, ChecksModel::Detail).data().toString(), QString());
    // No children: it is a table.
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    QCOMPARE(model.columnCount(model.index(0, 0)), 0);
}

void TestChecksModel::statusText_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("status");

    QTest::newRow("pass") << 0 << u"Pass"_s << int(Jose::CheckStatus::Pass);
    QTest::newRow("fail") << 1 << u"Fail"_s << int(Jose::CheckStatus::Fail);
    QTest::newRow("warn") << 2 << u"Warn"_s << int(Jose::CheckStatus::Warn);
    QTest::newRow("skip") << 3 << u"Skip"_s << int(Jose::CheckStatus::Skip);
}

void TestChecksModel::statusText()
{
    QFETCH(int, row);
    QFETCH(QString, text);
    QFETCH(int, status);

    ChecksModel model;
    model.setReport(sampleReport());
    const QModelIndex cell = model.index(row, ChecksModel::Status);
    QCOMPARE(cell.data(Qt::DisplayRole).toString(), text);
    const QVariant raw = cell.data(ChecksModel::UnderlyingDataRole);
    QCOMPARE(raw.typeId(), int(QMetaType::Int));
    QCOMPARE(raw.toInt(), status);
}

void TestChecksModel::roles()
{
    ChecksModel model;
    model.setReport(sampleReport());

    // The view colours; the model carries no Gui types.
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex cell = model.index(row, column);
            QVERIFY(!cell.data(Qt::ForegroundRole).isValid());
            QVERIFY(!cell.data(Qt::BackgroundRole).isValid());
            QVERIFY(!cell.data(Qt::DecorationRole).isValid());
        }
    }
    QCOMPARE(model.index(1, ChecksModel::Status).data(Qt::ToolTipRole).toString(), u"Fail: expired 3 h ago"_s);
    QCOMPARE(model.index(3, ChecksModel::Status).data(Qt::ToolTipRole).toString(), u"Skip"_s);
    QCOMPARE(model.index(1, ChecksModel::Name).data(Qt::AccessibleTextRole).toString(),
             u"Check exp: Fail, expired 3 h ago"_s);
    QCOMPARE(model.index(3, ChecksModel::Detail).data(Qt::AccessibleTextRole).toString(), u"Check nonce: Skip"_s);
    QCOMPARE(model.index(2, ChecksModel::Name).data(ChecksModel::UnderlyingDataRole).toString(), u"aud"_s);
}

void TestChecksModel::header()
{
    ChecksModel model;
    QCOMPARE(model.headerData(ChecksModel::Name, Qt::Horizontal).toString(), u"Check"_s);
    QCOMPARE(model.headerData(ChecksModel::Status, Qt::Horizontal).toString(), u"Result"_s);
    QCOMPARE(model.headerData(ChecksModel::Detail, Qt::Horizontal).toString(), u"Detail"_s);
    QVERIFY(!model.headerData(ChecksModel::ColumnCount, Qt::Horizontal).isValid());
}

void TestChecksModel::resetSignals()
{
    ChecksModel model;
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setReport(sampleReport());
    QCOMPARE(reset.size(), 1);
    model.clear();
    QCOMPARE(reset.size(), 2);
    QCOMPARE(model.rowCount(), 0);
}

void TestChecksModel::invalidIndex()
{
    ChecksModel model;
    model.setReport(sampleReport());
    QVERIFY(!model.data(QModelIndex()).isValid());
    QVERIFY(!model.index(99, 0).isValid());
    QVERIFY(!model.index(0, ChecksModel::ColumnCount).isValid());
}

QTEST_GUILESS_MAIN(TestChecksModel)
#include "tst_checksmodel.moc"
