// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A token endpoint on loopback for unit tests: answers every request with the given status and
// JSON body, and remembers the request bodies. Enough HTTP/1.1 for one request per connection.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QTcpSocket>

class ScriptedTokenEndpoint : public QObject
{
public:
    QByteArray answer;
    QByteArray status = "200 OK";
    QList<QByteArray> requests;

    ScriptedTokenEndpoint()
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_buffer[socket] += socket->readAll();
                    const QByteArray &data = m_buffer[socket];
                    const qsizetype end = data.indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    const qsizetype lengthAt = data.toLower().indexOf("content-length:");
                    const qsizetype length = lengthAt < 0 ? 0
                        : data.mid(lengthAt + 15, data.indexOf("\r\n", lengthAt) - lengthAt - 15).trimmed().toLongLong();
                    if (data.size() < end + 4 + length)
                        return;
                    requests.append(data.mid(end + 4, length));
                    socket->write("HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nConnection: close\r\n"
                                  "Content-Length: "
                                  + QByteArray::number(answer.size()) + "\r\n\r\n" + answer);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffer;
};
