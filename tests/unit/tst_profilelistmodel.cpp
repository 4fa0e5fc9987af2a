// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/profilelistmodel.h"
#include "oauth/providerpresets.h"
#include "profiles/profilestore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Profiles;

namespace {

Profile makeProfile(const QString &name, const QString &preset = u"oidc"_s)
{
    Profile p;
    p.name = name;
    p.preset = preset;
    p.issuer = QUrl(u"https://idp.example.com/"_s + name);
    p.clientId = u"client-"_s + name;
    return p;
}

QStringList column(const QAbstractItemModel &model, int column, int role = Qt::DisplayRole)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, column).data(role).toString());
    return values;
}

} // namespace

class TestProfileListModel final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<ProfileStore>(m_dir.filePath(u"p"_s + QString::number(++m_count)));
        QVERIFY(m_store->load().ok);
    }

    void cleanup() { m_store.reset(); }

    void followsTheStore()
    {
        QVERIFY(m_store->add(makeProfile(u"middle"_s)).ok);
        ProfileListModel model(m_store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), int(ProfileListModel::ColumnCount));
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QString zuluId;
        QVERIFY(m_store->add(makeProfile(u"Zulu"_s), &zuluId).ok);
        QVERIFY(m_store->add(makeProfile(u"alpha"_s)).ok);
        QCOMPARE(reset.count(), 2);
        QCOMPARE(column(model, ProfileListModel::Name), (QStringList{u"alpha"_s, u"middle"_s, u"Zulu"_s}));
        QCOMPARE(model.rowOfId(zuluId), 2);
        QCOMPARE(model.profileAt(2).id, zuluId);
        QCOMPARE(model.index(2, ProfileListModel::ClientId).data(ProfileListModel::ProfileIdRole).toString(), zuluId);

        Profile zulu = *m_store->findById(zuluId);
        zulu.name = u"Aaron"_s;
        QVERIFY(m_store->update(zulu).ok);
        QCOMPARE(column(model, ProfileListModel::Name), (QStringList{u"Aaron"_s, u"alpha"_s, u"middle"_s}));
        QCOMPARE(model.rowOfId(zuluId), 0);

        QVERIFY(m_store->remove(zuluId).ok);
        QCOMPARE(column(model, ProfileListModel::Name), (QStringList{u"alpha"_s, u"middle"_s}));
        QCOMPARE(model.rowOfId(zuluId), -1);
        QCOMPARE(model.profileAt(5), Profile());

        // A refused change leaves the rows alone.
        const int resets = int(reset.count());
        QVERIFY(!m_store->add(makeProfile(u"alpha"_s)).ok);
        QCOMPARE(reset.count(), resets);
        QCOMPARE(model.rowCount(), 2);
    }

    void columnsAndRoles()
    {
        Profile withIssuer = makeProfile(u"Cloud"_s, u"cloudentity"_s);
        Profile tokenOnly = makeProfile(u"Token only"_s, u"custom-preset"_s);
        tokenOnly.issuer = QUrl();
        tokenOnly.endpoints.setUrl(EndpointKind::Token, QUrl(u"https://as.example.com/oauth/token"_s));
        Profile apiToken = makeProfile(u"Idun"_s, u"oidc"_s);
        apiToken.apiToken.enabled = true;
        apiToken.clientId = u"raw-client"_s;
        QVERIFY(m_store->add(withIssuer).ok);
        QVERIFY(m_store->add(tokenOnly).ok);
        QVERIFY(m_store->add(apiToken).ok);

        ProfileListModel model(m_store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(column(model, ProfileListModel::Name), (QStringList{u"Cloud"_s, u"Idun"_s, u"Token only"_s}));

        // The preset's display name when the preset is known, else its id.
        const auto cloudentity = Presets::find(u"cloudentity"_s);
        const QString cloudentityName = cloudentity && !cloudentity->displayName.isEmpty() ? cloudentity->displayName
                                                                                          : u"cloudentity"_s;
        QCOMPARE(model.index(0, ProfileListModel::Preset).data().toString(), cloudentityName);
        QCOMPARE(model.index(2, ProfileListModel::Preset).data().toString(), u"custom-preset"_s);
        QCOMPARE(column(model, ProfileListModel::Preset, ProfileListModel::UnderlyingDataRole),
                 (QStringList{u"cloudentity"_s, u"oidc"_s, u"custom-preset"_s}));

        QCOMPARE(column(model, ProfileListModel::Issuer),
                 (QStringList{u"https://idp.example.com/Cloud"_s, u"https://idp.example.com/Idun"_s,
                              u"https://as.example.com/oauth/token"_s}));
        QCOMPARE(column(model, ProfileListModel::Issuer, ProfileListModel::UnderlyingDataRole),
                 column(model, ProfileListModel::Issuer));

        QCOMPARE(column(model, ProfileListModel::ClientId), (QStringList{u"client-Cloud"_s, u"API token"_s, u"client-Token only"_s}));
        QCOMPARE(column(model, ProfileListModel::ClientId, ProfileListModel::UnderlyingDataRole),
                 (QStringList{u"client-Cloud"_s, u"raw-client"_s, u"client-Token only"_s}));
        QCOMPARE(column(model, ProfileListModel::Name, ProfileListModel::UnderlyingDataRole),
                 column(model, ProfileListModel::Name));

        QCOMPARE(model.index(0, ProfileListModel::Name).data(Qt::ToolTipRole).toString(),
                 u"https://idp.example.com/Cloud"_s);
        QVERIFY(model.index(2, ProfileListModel::Name).data(Qt::ToolTipRole).isNull());
        for (int c = 0; c < ProfileListModel::ColumnCount; ++c) {
            QCOMPARE(model.index(1, c).data(ProfileListModel::ProfileIdRole).toString(), model.profileAt(1).id);
            QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
        }
        QCOMPARE(model.headerData(ProfileListModel::Name, Qt::Horizontal).toString(), u"Name"_s);
        QCOMPARE(model.headerData(ProfileListModel::ClientId, Qt::Horizontal).toString(), u"Client id"_s);
    }

    void loadResets()
    {
        ProfileListModel model(m_store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        {
            ProfileStore other(m_store->directory());
            QVERIFY(other.load().ok);
            QVERIFY(other.add(makeProfile(u"From elsewhere"_s)).ok);
        }
        QCOMPARE(model.rowCount(), 0); // the model follows its store, not the disk
        QVERIFY(m_store->load().ok);
        QCOMPARE(column(model, ProfileListModel::Name), QStringList{u"From elsewhere"_s});
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProfileStore> m_store;
    int m_count = 0;
};

QTEST_GUILESS_MAIN(TestProfileListModel)
#include "tst_profilelistmodel.moc"
