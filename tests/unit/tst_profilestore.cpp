// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiles/profilestore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Profiles;

namespace {

// Set in the child process of killedMidSave(): the profile directory to save into.
constexpr char kSaveLoopVariable[] = "TST_PROFILESTORE_SAVE_LOOP";
const QString kBigId = u"0b1d0000-0000-4000-8000-000000000042"_s;

Profile makeProfile(const QString &name)
{
    Profile p;
    p.name = name;
    p.preset = u"oidc"_s;
    p.issuer = QUrl(u"https://idp.example.com/"_s + name.toLower().remove(u' '));
    p.clientId = u"client-"_s + name;
    p.scopes = {u"openid"_s, u"email"_s};
    return p;
}

Profile fullProfile(const QString &name)
{
    Profile p = makeProfile(name);
    p.preset = u"cloudentity"_s;
    p.presetFields = {{u"tenant_id"_s, u"acme"_s}, {u"workspace_id"_s, u"demo"_s}};
    p.endpoints.setUrl(EndpointKind::Token, QUrl(u"https://idp.example.com/token"_s));
    p.endpoints.setUrl(EndpointKind::Jwks, QUrl(u"https://idp.example.com/jwks"_s));
    p.authMethod = ClientAuthMethod::PrivateKeyJwt;
    p.audiences = {u"api"_s};
    p.resources = {u"https://rs.example.com"_s};
    p.extraParameters = {{u"prompt"_s, u"login"_s, ExtraParameter::Target::Authorization}};
    p.redirect = {LoopbackHost::Localhost, 8765, u"/cb"_s};
    p.tls.caBundlePath = u"/tmp/ca.pem"_s;
    p.usePar = true;
    return p;
}

// About 2 MB of extra parameters; the two versions differ in every value.
Profile bigProfile(char fill)
{
    Profile p = makeProfile(u"Big"_s);
    p.id = kBigId;
    p.clientId = u"client-"_s + QLatin1Char(fill);
    const QString value(1000, QLatin1Char(fill));
    for (int i = 0; i < 2000; ++i)
        p.extraParameters.append({u"p"_s + QString::number(i), value, ExtraParameter::Target::Token});
    return p;
}

QJsonObject readObject(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

bool writeText(const QString &path, const QByteArray &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text) == text.size();
}

QStringList names(const QList<Profile> &profiles)
{
    QStringList list;
    for (const Profile &p : profiles)
        list.append(p.name);
    return list;
}

QStringList entries(const QString &directory)
{
    return QDir(directory).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

constexpr QFileDevice::Permissions kGroupOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
    | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

// Child of killedMidSave(): saves the big profile alternately in its two versions until killed,
// printing a line after every completed save.
int saveLoop(const QString &directory)
{
    ProfileStore store(directory);
    if (!store.load().ok || !store.findById(kBigId))
        return 2;
    const Profile versions[2] = {bigProfile('a'), bigProfile('b')};
    std::fputs("ready\n", stdout);
    std::fflush(stdout);
    for (unsigned i = 1;; ++i) {
        if (!store.update(versions[i % 2]).ok)
            return 3;
        std::fputs("saved\n", stdout);
        std::fflush(stdout);
    }
}

} // namespace

class TestProfileStore final : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString dir = tmp.filePath(u"config/profiles"_s);
        ProfileStore store(dir);
        QSignalSpy changed(&store, &ProfileStore::profilesChanged);
        QVERIFY(store.load().ok);
        QCOMPARE(changed.count(), 1);
        QVERIFY(QFileInfo(dir).isDir());
        QCOMPARE(QFileInfo(dir).permissions() & kGroupOther, QFileDevice::Permissions());
        QVERIFY(store.profiles().isEmpty());

        QString betaId;
        QVERIFY(store.add(fullProfile(u"Beta"_s), &betaId).ok);
        QVERIFY(!betaId.isEmpty());
        QVERIFY(store.add(makeProfile(u"gamma"_s)).ok);
        Profile alpha = makeProfile(u"alpha"_s);
        alpha.id = Profile::newId();
        QString alphaId;
        QVERIFY(store.add(alpha, &alphaId).ok);
        QCOMPARE(alphaId, alpha.id); // an id that is set is kept
        QCOMPARE(changed.count(), 4);
        QCOMPARE(names(store.profiles()), (QStringList{u"alpha"_s, u"Beta"_s, u"gamma"_s}));

        const QString betaFile = QDir(dir).filePath(betaId + u".json"_s);
        QVERIFY(QFileInfo::exists(betaFile));
        QCOMPARE(QFileInfo(betaFile).permissions() & kGroupOther, QFileDevice::Permissions());
        QCOMPARE(readObject(betaFile).value(u"schema_version"_s).toInt(), 2);
        QCOMPARE(entries(dir).size(), 3);

        ProfileStore second(dir);
        const StoreResult loaded = second.load();
        QVERIFY2(loaded.ok, qPrintable(loaded.message));
        QCOMPARE(second.profiles(), store.profiles());
        Profile expectedBeta = fullProfile(u"Beta"_s);
        expectedBeta.id = betaId;
        QCOMPARE(second.findById(betaId), expectedBeta);
        QCOMPARE(second.findByName(u"BETA"_s)->id, betaId);
        QVERIFY(!second.findByName(u"delta"_s));

        // update and remove reach the disk.
        Profile changedBeta = *second.findById(betaId);
        changedBeta.clientId = u"other"_s;
        changedBeta.name = u"Aardvark"_s;
        QVERIFY(second.update(changedBeta).ok);
        QCOMPARE(names(second.profiles()).first(), u"Aardvark"_s);
        QVERIFY(second.remove(alphaId).ok);
        QVERIFY(!QFileInfo::exists(QDir(dir).filePath(alphaId + u".json"_s)));
        QVERIFY(!second.remove(alphaId).ok);

        ProfileStore third(dir);
        QVERIFY(third.load().ok);
        QCOMPARE(names(third.profiles()), (QStringList{u"Aardvark"_s, u"gamma"_s}));
        QCOMPARE(third.findById(betaId), changedBeta);
    }

    void migrateFromVersion1_data()
    {
        QTest::addColumn<QByteArray>("v1");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("authMethod");
        QTest::addColumn<QStringList>("scopes");

        QTest::newRow("basic") << R"({"version":1,"name":"a","auth_method":"basic","scope":"openid profile"})"_ba << true
                               << u"client_secret_basic"_s << QStringList{u"openid"_s, u"profile"_s};
        QTest::newRow("post") << R"({"version":1,"auth_method":"post","scope":"  a   b "})"_ba << true
                              << u"client_secret_post"_s << QStringList{u"a"_s, u"b"_s};
        QTest::newRow("none") << R"({"version":1,"auth_method":"none"})"_ba << true << u"none"_s << QStringList{};
        QTest::newRow("client_secret_jwt") << R"({"version":1,"auth_method":"client_secret_jwt","scope":""})"_ba
                                           << true << u"client_secret_jwt"_s << QStringList{};
        QTest::newRow("private_key_jwt") << R"({"version":1,"auth_method":"private_key_jwt","scope":"x"})"_ba << true
                                         << u"private_key_jwt"_s << QStringList{u"x"_s};
        QTest::newRow("no auth method") << R"({"version":1})"_ba << true << u"client_secret_basic"_s << QStringList{};
        QTest::newRow("version 2") << R"({"version":2})"_ba << false << QString() << QStringList{};
        QTest::newRow("no version") << R"({"name":"a"})"_ba << false << QString() << QStringList{};
        QTest::newRow("unknown auth") << R"({"version":1,"auth_method":"digest"})"_ba << false << QString()
                                      << QStringList{};
        QTest::newRow("v2 auth name") << R"({"version":1,"auth_method":"tls_client_auth"})"_ba << false << QString()
                                      << QStringList{};
        QTest::newRow("scope array") << R"({"version":1,"scope":["a"]})"_ba << false << QString() << QStringList{};
        QTest::newRow("endpoint number") << R"({"version":1,"token_endpoint":5})"_ba << false << QString()
                                         << QStringList{};
        QTest::newRow("https redirect") << R"({"version":1,"redirect_uri":"https://127.0.0.1/cb"})"_ba << false
                                        << QString() << QStringList{};
        QTest::newRow("insecure string") << R"({"version":1,"insecure_tls":"yes"})"_ba << false << QString()
                                         << QStringList{};
    }

    void migrateFromVersion1()
    {
        QFETCH(QByteArray, v1);
        QFETCH(bool, accepted);
        QString error;
        const auto v2 = ProfileStore::migrateFromVersion1(QJsonDocument::fromJson(v1).object(), &error);
        QCOMPARE(bool(v2), accepted);
        QCOMPARE(error.isEmpty(), accepted);
        if (!accepted)
            return;
        QFETCH(QString, authMethod);
        QFETCH(QStringList, scopes);
        QCOMPARE(v2->value(u"schema_version"_s).toInt(), 2);
        QVERIFY(!v2->contains(u"version"_s));
        const auto profile = Profile::fromJson(*v2, &error);
        QVERIFY2(profile, qPrintable(error));
        QCOMPARE(authMethodName(profile->authMethod), authMethod);
        QCOMPARE(profile->scopes, scopes);
    }

    void loadMigratesVersion1File()
    {
        QTemporaryDir tmp;
        const QString id = u"5f7c3a52-1111-4222-8333-944455556666"_s;
        const QString path = tmp.filePath(id + u".json"_s);
        QVERIFY(writeText(path, R"({)"
            R"("version": 1,)"
            R"("id": "5f7c3a52-1111-4222-8333-944455556666",)"
            R"("name": "Old draft",)"
            R"("preset": "cloudentity",)"
            R"("fields": {"tenant_id": "acme", "workspace_id": "demo"},)"
            R"("issuer": "https://acme.eu.authz.cloudentity.io/acme/demo",)"
            R"("authorization_endpoint": "https://acme.eu.authz.cloudentity.io/acme/demo/oauth2/authorize",)"
            R"("token_endpoint": "https://acme.eu.authz.cloudentity.io/acme/demo/oauth2/token",)"
            R"("jwks_uri": "https://acme.eu.authz.cloudentity.io/acme/demo/.well-known/jwks.json",)"
            R"("client_id": "c1",)"
            R"("auth_method": "post",)"
            R"("scope": "openid offline_access",)"
            R"("audience": "api",)"
            R"("redirect_uri": "http://localhost:8765/cb",)"
            R"("ca_bundle": "/etc/ca.pem",)"
            R"("insecure_tls": true,)"
            R"("dropped_member": 1)"
            R"(})"_ba));

        ProfileStore store(tmp.path());
        const StoreResult result = store.load();
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(store.profiles().size(), 1);
        const Profile p = store.profiles().first();
        QCOMPARE(p.id, id);
        QCOMPARE(p.name, u"Old draft"_s);
        QCOMPARE(p.presetFields.value(u"tenant_id"_s), u"acme"_s);
        QCOMPARE(p.endpoints.url(EndpointKind::Token),
                 QUrl(u"https://acme.eu.authz.cloudentity.io/acme/demo/oauth2/token"_s));
        QCOMPARE(p.endpoints.url(EndpointKind::Jwks),
                 QUrl(u"https://acme.eu.authz.cloudentity.io/acme/demo/.well-known/jwks.json"_s));
        QVERIFY(p.endpoints.url(EndpointKind::Userinfo).isEmpty());
        QCOMPARE(p.authMethod, ClientAuthMethod::ClientSecretPost);
        QCOMPARE(p.scopes, (QStringList{u"openid"_s, u"offline_access"_s}));
        QCOMPARE(p.audiences, QStringList{u"api"_s});
        QCOMPARE(p.redirect, (RedirectSettings{LoopbackHost::Localhost, 8765, u"/cb"_s}));
        QCOMPARE(p.tls.caBundlePath, u"/etc/ca.pem"_s);
        QVERIFY(p.tls.insecure);

        // Written back as version 2, and that file reads to the same profile.
        const QJsonObject onDisk = readObject(path);
        QCOMPARE(onDisk.value(u"schema_version"_s).toInt(), 2);
        QVERIFY(!onDisk.contains(u"version"_s));
        QVERIFY(!onDisk.contains(u"scope"_s));
        QVERIFY(!onDisk.contains(u"dropped_member"_s));
        QCOMPARE(Profile::fromJson(onDisk), p);
        QCOMPARE(QFileInfo(path).permissions() & kGroupOther, QFileDevice::Permissions());
        ProfileStore again(tmp.path());
        QVERIFY(again.load().ok);
        QCOMPARE(again.profiles(), store.profiles());
    }

    void corruptFile_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("garbage") << QByteArray("\x00\xff\x13garbage\x80", 11);
        QTest::newRow("truncated") << QJsonDocument(makeProfile(u"T"_s).toJson()).toJson().left(60);
        QTest::newRow("wrong types") << R"({"schema_version":2,"name":5,"client_id":"c"})"_ba;
        QTest::newRow("empty file") << QByteArray();
        QTest::newRow("array") << "[1,2]"_ba;
        QTest::newRow("future schema") << R"({"schema_version":3,"name":"n"})"_ba;
        QTest::newRow("bad version 1") << R"({"version":1,"scope":7})"_ba;
    }

    void corruptFile()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir tmp;
        {
            ProfileStore writer(tmp.path());
            QVERIFY(writer.load().ok);
            QVERIFY(writer.add(makeProfile(u"Good one"_s)).ok);
            QVERIFY(writer.add(makeProfile(u"Good two"_s)).ok);
        }
        const QString badName = Profile::newId() + u".json"_s;
        const QString badPath = tmp.filePath(badName);
        QVERIFY(writeText(badPath, content));

        ProfileStore store(tmp.path());
        QSignalSpy changed(&store, &ProfileStore::profilesChanged);
        const StoreResult result = store.load();
        QVERIFY(!result.ok);
        QVERIFY2(result.message.contains(QDir::toNativeSeparators(badPath)), qPrintable(result.message));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(names(store.profiles()), (QStringList{u"Good one"_s, u"Good two"_s}));

        QVERIFY(!QFileInfo::exists(badPath));
        const QStringList aside = QDir(tmp.path()).entryList({badName + u".corrupt-*"_s}, QDir::Files);
        QCOMPARE(aside.size(), 1);
        QVERIFY2(QRegularExpression(u"\\.corrupt-\\d{8}T\\d{6}Z$"_s).match(aside.first()).hasMatch(),
                 qPrintable(aside.first()));
        QVERIFY(result.message.contains(aside.first()));
        QFile kept(tmp.filePath(aside.first()));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), content); // kept as it was, for the user to look at

        // The next load is clean.
        ProfileStore next(tmp.path());
        const StoreResult again = next.load();
        QVERIFY2(again.ok, qPrintable(again.message));
        QCOMPARE(next.profiles().size(), 2);
    }

    void refusesDuplicatesAndInvalid()
    {
        QTemporaryDir tmp;
        ProfileStore store(tmp.path());
        QVERIFY(store.load().ok);
        QVERIFY(store.add(makeProfile(u"Dev"_s)).ok);
        QString otherId;
        QVERIFY(store.add(makeProfile(u"Prod"_s), &otherId).ok);
        QSignalSpy changed(&store, &ProfileStore::profilesChanged);
        const QStringList before = entries(tmp.path());

        StoreResult result = store.add(makeProfile(u"Dev"_s));
        QVERIFY(!result.ok);
        QVERIFY2(result.message.contains(u"Dev"_s), qPrintable(result.message));
        QVERIFY(!store.add(makeProfile(u"dEV"_s)).ok);

        Profile prod = *store.findById(otherId);
        prod.name = u"DEV"_s;
        QVERIFY(!store.update(prod).ok);
        QCOMPARE(store.findById(otherId)->name, u"Prod"_s);

        Profile invalid = makeProfile(u"No client"_s);
        invalid.clientId.clear();
        QVERIFY(!store.add(invalid).ok);
        Profile invalidUpdate = *store.findById(otherId);
        invalidUpdate.issuer = QUrl(u"ftp://x"_s);
        QVERIFY(!store.update(invalidUpdate).ok);

        Profile unsafeId = makeProfile(u"Unsafe"_s);
        unsafeId.id = u"../escape"_s;
        QVERIFY(!store.add(unsafeId).ok);
        Profile takenId = makeProfile(u"Taken"_s);
        takenId.id = otherId;
        QVERIFY(!store.add(takenId).ok);
        QVERIFY(!store.update(makeProfile(u"Unknown"_s)).ok);

        QCOMPARE(changed.count(), 0);
        QCOMPARE(store.profiles().size(), 2);
        QCOMPARE(entries(tmp.path()), before);
        QVERIFY(!QFileInfo::exists(tmp.filePath(u"escape.json"_s)));
    }

    // The failures are made so they also fail for root: a directory where the file should go,
    // a regular file where the directory should be.
    void failedWriteChangesNothing()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(u"profiles"_s);
        ProfileStore store(dir);
        QVERIFY(store.load().ok);
        QString keptId;
        QVERIFY(store.add(makeProfile(u"Kept"_s), &keptId).ok);
        const Profile kept = *store.findById(keptId);
        const QString keptPath = QDir(dir).filePath(keptId + u".json"_s);
        QFile keptFile(keptPath);
        QVERIFY(keptFile.open(QIODevice::ReadOnly));
        const QByteArray keptBytes = keptFile.readAll();
        keptFile.close();
        QSignalSpy changed(&store, &ProfileStore::profilesChanged);

        // add: a directory sits where the file would go.
        Profile blocked = makeProfile(u"Blocked"_s);
        blocked.id = Profile::newId();
        QVERIFY(QDir(dir).mkdir(blocked.id + u".json"_s));
        StoreResult result = store.add(blocked);
        QVERIFY(!result.ok);
        QVERIFY2(result.message.contains(blocked.id), qPrintable(result.message));
        QVERIFY(!store.findById(blocked.id));
        QCOMPARE(store.profiles().size(), 1);

        // update and remove: the directory is replaced by a regular file.
        QVERIFY(QDir(tmp.path()).rename(u"profiles"_s, u"profiles.moved"_s));
        QVERIFY(writeText(dir, "not a directory"));
        Profile edited = kept;
        edited.clientId = u"edited"_s;
        result = store.update(edited);
        QVERIFY(!result.ok);
        QVERIFY(!result.message.isEmpty());
        QCOMPARE(store.findById(keptId), kept);
        result = store.remove(keptId);
        QVERIFY(!result.ok);
        QVERIFY(!result.message.isEmpty());
        QCOMPARE(store.findById(keptId), kept);
        QVERIFY(!store.add(makeProfile(u"Another"_s)).ok);
        QCOMPARE(store.profiles().size(), 1);
        QCOMPARE(changed.count(), 0);

        QVERIFY(QFile::remove(dir));
        QVERIFY(QDir(tmp.path()).rename(u"profiles.moved"_s, u"profiles"_s));
        QVERIFY(keptFile.open(QIODevice::ReadOnly));
        QCOMPARE(keptFile.readAll(), keptBytes);
        QStringList expected{blocked.id + u".json"_s, keptId + u".json"_s};
        expected.sort();
        QCOMPARE(entries(dir), expected); // no temporary file left behind

        // A store under a regular file cannot even start.
        const QString file = tmp.filePath(u"plain"_s);
        QVERIFY(writeText(file, "x"));
        ProfileStore underFile(file + u"/profiles"_s);
        QSignalSpy underChanged(&underFile, &ProfileStore::profilesChanged);
        QVERIFY(!underFile.load().ok);
        underChanged.clear();
        result = underFile.add(makeProfile(u"Nowhere"_s));
        QVERIFY(!result.ok);
        QVERIFY(!result.message.isEmpty());
        QVERIFY(underFile.profiles().isEmpty());
        QCOMPARE(underChanged.count(), 0);
    }

    void exportImport()
    {
        QTemporaryDir tmp;
        ProfileStore store(tmp.filePath(u"a"_s));
        QVERIFY(store.load().ok);
        QVERIFY(store.add(fullProfile(u"Cloud"_s)).ok);
        QVERIFY(store.add(makeProfile(u"Plain"_s)).ok);
        QVERIFY(store.add(makeProfile(u"Not exported"_s)).ok);
        const QString cloudId = store.findByName(u"Cloud"_s)->id;
        const QString plainId = store.findByName(u"Plain"_s)->id;

        const QString exportPath = tmp.filePath(u"export.json"_s);
        const StoreResult exported = store.exportTo(exportPath, {cloudId, plainId});
        QVERIFY2(exported.ok, qPrintable(exported.message));
        // The document holds the profiles' own JSON and nothing else.
        const QJsonObject document = readObject(exportPath);
        QCOMPARE(document.keys(), (QStringList{u"profiles"_s, u"tokenscope_profiles"_s}));
        QCOMPARE(document.value(u"tokenscope_profiles"_s).toInt(), 2);
        const QJsonArray profiles = document.value(u"profiles"_s).toArray();
        QCOMPARE(profiles.size(), 2);
        QCOMPARE(profiles.at(0).toObject(), store.findById(cloudId)->toJson());
        QCOMPARE(profiles.at(1).toObject(), store.findById(plainId)->toJson());
        QVERIFY(!store.exportTo(tmp.filePath(u"x.json"_s), {u"no-such-id"_s}).ok);
        QVERIFY(!QFileInfo::exists(tmp.filePath(u"x.json"_s)));

        // Into a fresh store: names as they were, new ids, everything else equal.
        ProfileStore other(tmp.filePath(u"b"_s));
        QVERIFY(other.load().ok);
        QStringList imported;
        StoreResult result = other.importFrom(exportPath, &imported);
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(imported, (QStringList{u"Cloud"_s, u"Plain"_s}));
        Profile cloud = *other.findByName(u"Cloud"_s);
        QVERIFY(cloud.id != cloudId);
        cloud.id = cloudId;
        QCOMPARE(cloud, *store.findById(cloudId));

        // Into the same store twice: " (2)", then " (3)"; written to disk.
        QSignalSpy changed(&store, &ProfileStore::profilesChanged);
        QVERIFY(store.importFrom(exportPath, &imported).ok);
        QCOMPARE(imported, (QStringList{u"Cloud (2)"_s, u"Plain (2)"_s}));
        QVERIFY(store.importFrom(exportPath, &imported).ok);
        QCOMPARE(imported, (QStringList{u"Cloud (3)"_s, u"Plain (3)"_s}));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(store.profiles().size(), 7);
        ProfileStore reloaded(store.directory());
        QVERIFY(reloaded.load().ok);
        QCOMPARE(reloaded.profiles(), store.profiles());

        // ids empty: all profiles.
        QVERIFY(store.exportTo(exportPath).ok);
        QCOMPARE(readObject(exportPath).value(u"profiles"_s).toArray().size(), 7);
    }

    void importAcceptsVersion1()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(u"old.json"_s);
        QVERIFY(writeText(path,
                          R"({"tokenscope_profiles": 2, "profiles": [)"
                          R"({"version": 1, "name": "Legacy", "issuer": "https://idp.example.com", "client_id": "c",)"
                          R"( "auth_method": "basic", "scope": "openid email"},)"
                          R"({"schema_version": 2, "name": "Current", "issuer": "https://idp.example.com", "client_id": "d"})"
                          R"(]})"_ba));
        ProfileStore store(tmp.filePath(u"p"_s));
        QVERIFY(store.load().ok);
        QStringList imported;
        const StoreResult result = store.importFrom(path, &imported);
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(imported, (QStringList{u"Legacy"_s, u"Current"_s}));
        const Profile legacy = *store.findByName(u"Legacy"_s);
        QCOMPARE(legacy.scopes, (QStringList{u"openid"_s, u"email"_s}));
        QCOMPARE(legacy.authMethod, ClientAuthMethod::ClientSecretBasic);
        QCOMPARE(readObject(QDir(store.directory()).filePath(legacy.id + u".json"_s)).value(u"schema_version"_s).toInt(),
                 2);
    }

    void malformedImport_data()
    {
        QTest::addColumn<QByteArray>("content");
        const QByteArray good = R"({"schema_version":2,"name":"Fine","issuer":"https://i.example","client_id":"c"})"_ba;
        QTest::newRow("garbage") << "\x01\x02 not json"_ba;
        QTest::newRow("truncated") << R"({"tokenscope_profiles":2,"profiles":[)"_ba + good.left(20);
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("array document") << "[" + good + "]";
        QTest::newRow("other document") << R"({"hello":"world"})"_ba;
        QTest::newRow("future format") << R"({"tokenscope_profiles":3,"profiles":[)"_ba + good + "]";
        QTest::newRow("format not a number") << R"({"tokenscope_profiles":"2","profiles":[)"_ba + good + "]";
        QTest::newRow("no profiles") << R"({"tokenscope_profiles":2})"_ba;
        QTest::newRow("profiles not array") << R"({"tokenscope_profiles":2,"profiles":{}})"_ba;
        QTest::newRow("entry not object") << R"({"tokenscope_profiles":2,"profiles":[)"_ba + good + ",7]";
        QTest::newRow("entry wrong type")
            << R"({"tokenscope_profiles":2,"profiles":[)"_ba + good
                   + R"(,{"schema_version":2,"name":"X","use_par":"yes"}]})";
        QTest::newRow("entry invalid")
            << R"({"tokenscope_profiles":2,"profiles":[)"_ba + good + R"(,{"schema_version":2,"name":"No id"}]})";
        QTest::newRow("entry bad version 1")
            << R"({"tokenscope_profiles":2,"profiles":[)"_ba + good + R"(,{"version":1,"auth_method":"x"}]})";
    }

    void malformedImport()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir tmp;
        const QString path = tmp.filePath(u"import.json"_s);
        QVERIFY(writeText(path, content));
        ProfileStore store(tmp.filePath(u"p"_s));
        QVERIFY(store.load().ok);
        QVERIFY(store.add(makeProfile(u"Existing"_s)).ok);
        const QStringList before = entries(store.directory());
        QSignalSpy changed(&store, &ProfileStore::profilesChanged);

        QStringList imported{u"untouched"_s};
        const StoreResult result = store.importFrom(path, &imported);
        QVERIFY(!result.ok);
        QVERIFY2(result.message.contains(u"nothing was imported"_s, Qt::CaseInsensitive), qPrintable(result.message));
        QCOMPARE(imported, QStringList{u"untouched"_s});
        QCOMPARE(store.profiles().size(), 1);
        QCOMPARE(entries(store.directory()), before);
        QCOMPARE(changed.count(), 0);
    }

    void importMissingFile()
    {
        QTemporaryDir tmp;
        ProfileStore store(tmp.path());
        QVERIFY(store.load().ok);
        const StoreResult result = store.importFrom(tmp.filePath(u"absent.json"_s));
        QVERIFY(!result.ok);
        QVERIFY(result.message.contains(u"absent.json"_s));
    }

    // A child process saves a 2 MB profile in two versions in a loop; SIGKILL at random moments
    // must leave one whole version on disk, never a torn file or a temporary taken for a profile.
    void killedMidSave()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(u"profiles"_s);
        const Profile versionA = bigProfile('a');
        const Profile versionB = bigProfile('b');
        {
            ProfileStore store(dir);
            QVERIFY(store.load().ok);
            QVERIFY(store.add(versionA).ok);
        }
        const QString path = QDir(dir).filePath(kBigId + u".json"_s);
        QVERIFY(QFileInfo(path).size() > 2'000'000);

        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QString::fromLatin1(kSaveLoopVariable), dir);
        QRandomGenerator random(QRandomGenerator::global()->generate());
        bool seen[2] = {false, false};
        for (int round = 0; round < 20; ++round) {
            QProcess child;
            child.setProcessEnvironment(environment);
            child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            child.start(QCoreApplication::applicationFilePath(), {});
            QVERIFY(child.waitForStarted(5000));
            // Wait for 0, 1 or 2 completed saves, then a random moment.
            const int saves = round % 3;
            QByteArray out;
            QTRY_VERIFY_WITH_TIMEOUT((out += child.readAllStandardOutput()).count("saved\n") >= saves
                                         && out.startsWith("ready\n"),
                                     15000);
            QTest::qWait(int(random.bounded(5, 81)));
            QCOMPARE(child.state(), QProcess::Running); // the loop never stops by itself
            ::kill(pid_t(child.processId()), SIGKILL);
            QVERIFY(child.waitForFinished(5000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);

            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
            const auto onDisk = Profile::fromJson(document.object());
            QVERIFY(onDisk);
            QVERIFY(*onDisk == versionA || *onDisk == versionB);
            seen[*onDisk == versionB ? 1 : 0] = true;

            ProfileStore check(dir);
            const StoreResult loaded = check.load();
            QVERIFY2(loaded.ok, qPrintable(loaded.message));
            QCOMPARE(check.profiles().size(), 1);
            QCOMPARE(check.profiles().first(), *onDisk);
        }
        // Both versions reached the disk at some point: the child really was saving.
        QVERIFY(seen[0] && seen[1]);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(kSaveLoopVariable))
        return saveLoop(qEnvironmentVariable(kSaveLoopVariable));
    TestProfileStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_profilestore.moc"
