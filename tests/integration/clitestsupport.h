// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by tst_profilecli and tst_secretleak: runs the real tokenscope binary, starts
// `tokenscope sandbox --ephemeral` as a child and talks to its admin API, and searches a folder
// tree for byte strings. Waits run the event loop (QTest::qWaitFor); nothing blocks.

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTest>
#include <QUrl>

#include <memory>

namespace CliTest {

struct CliRun
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QByteArray describe() const
    {
        return "exit " + QByteArray::number(exitCode) + (finished ? "" : " (did not finish)") + "\nstdout: " + out
            + "\nstderr: " + err;
    }
};

// Runs `tokenscope ARGS` with that environment and input on stdin (then closed).
inline CliRun runCli(const QStringList &arguments, const QProcessEnvironment &environment, const QByteArray &input = {},
                     int timeoutMs = 60'000)
{
    CliRun run;
    QProcess process;
    process.setProcessEnvironment(environment);
    QObject::connect(&process, &QProcess::readyReadStandardOutput, &process, [&] { run.out += process.readAllStandardOutput(); });
    QObject::connect(&process, &QProcess::readyReadStandardError, &process, [&] { run.err += process.readAllStandardError(); });
    process.start(QStringLiteral(TOKENSCOPE_BINARY), arguments);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    run.finished = QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, timeoutMs);
    run.out += process.readAllStandardOutput();
    run.err += process.readAllStandardError();
    if (run.finished && process.exitStatus() == QProcess::NormalExit)
        run.exitCode = process.exitCode();
    return run;
}

struct HttpReply
{
    int status = 0;
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

inline HttpReply httpCall(QNetworkAccessManager &network, const QByteArray &method, const QUrl &url,
                          const QList<QPair<QByteArray, QByteArray>> &headers = {}, const QByteArray &body = {})
{
    QNetworkRequest request(url);
    request.setTransferTimeout(20'000);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    std::unique_ptr<QNetworkReply> reply(network.sendCustomRequest(request, method, body));
    HttpReply result;
    if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 25'000))
        return result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    return result;
}

// `tokenscope sandbox --ephemeral` as a child process, with an admin token for its admin API.
class Sandbox
{
public:
    // Starts it and gets an admin token; false with *error when either fails.
    bool start(const QProcessEnvironment &environment, QString *error)
    {
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process, [this] { m_out += m_process.readAllStandardOutput(); });
        QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process, [this] { m_err += m_process.readAllStandardError(); });
        m_process.setProcessEnvironment(environment);
        m_process.start(QStringLiteral(TOKENSCOPE_BINARY), {QStringLiteral("sandbox"), QStringLiteral("--ephemeral")});
        (void)QTest::qWaitFor([this] { return m_out.contains('\n') || m_process.state() == QProcess::NotRunning; }, 30'000);
        if (!m_out.contains('\n')) {
            *error = QString::fromUtf8("the sandbox did not start: " + m_err);
            return false;
        }
        const QJsonObject ready = QJsonDocument::fromJson(m_out.left(m_out.indexOf('\n'))).object();
        baseUrl = QUrl(ready.value(QStringLiteral("base_url")).toString());
        tenant = ready.value(QStringLiteral("tenant_id")).toString();
        const QByteArray basic = (ready.value(QStringLiteral("admin_client_id")).toString() + QLatin1Char(':')
                                  + ready.value(QStringLiteral("admin_client_secret")).toString()).toUtf8().toBase64();
        const HttpReply token = httpCall(network, "POST", url(QStringLiteral("/%1/admin/oauth2/token").arg(tenant)),
                                         {{"Authorization", "Basic " + basic},
                                          {"Content-Type", "application/x-www-form-urlencoded"}},
                                         "grant_type=client_credentials");
        m_adminToken = token.json().value(QStringLiteral("access_token")).toString().toLatin1();
        if (m_adminToken.isEmpty()) {
            *error = QString::fromUtf8("no admin token: " + token.body);
            return false;
        }
        return true;
    }

    QUrl url(const QString &path) const { return baseUrl.resolved(QUrl(path)); }
    QUrl issuer(const QString &workspace) const { return url(QStringLiteral("/%1/%2").arg(tenant, workspace)); }

    HttpReply admin(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        return httpCall(network, method, url(QStringLiteral("/api/admin/%1%2").arg(tenant, path)),
                        {{"Authorization", "Bearer " + m_adminToken}, {"Content-Type", "application/json"}},
                        body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    QUrl baseUrl;
    QString tenant;
    QNetworkAccessManager network;

private:
    QProcess m_process; // ~QProcess kills it
    QByteArray m_out;
    QByteArray m_err;
    QByteArray m_adminToken;
};

// Every file under dir (recursively, hidden ones too) whose bytes contain one of the needles;
// "path: needle name" per hit.
inline QStringList filesContaining(const QString &dir, const QList<QPair<QString, QByteArray>> &needles,
                                   const QStringList &skipDirs = {})
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        bool skipped = false;
        for (const QString &skip : skipDirs)
            skipped = skipped || path.startsWith(skip + QLatin1Char('/'));
        if (skipped)
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray data = file.readAll();
        for (const auto &[name, needle] : needles) {
            if (!needle.isEmpty() && data.contains(needle))
                hits.append(path + QLatin1String(": ") + name);
        }
    }
    return hits;
}

} // namespace CliTest
