// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchhook.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>
#include <QWindow>

#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace {

// Process start time from /proc/self/stat (field 22, clock ticks since boot) against
// CLOCK_BOOTTIME, so the figure includes dynamic loading and static initialisation.
double millisecondsSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    // fields[0] is field 3 (state), so field 22 (starttime) is fields[19].
    if (fields.size() < 20)
        return -1;
    const double startTicks = fields.at(19).toDouble();
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double nowMs = double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
    return nowMs - startTicks * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

qint64 residentKib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    // procfs files report size 0, so QFile::atEnd() is true before reading: read it whole.
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

class FirstExposeFilter final : public QObject
{
public:
    FirstExposeFilter(QByteArray mode, QObject *parent)
        : QObject(parent), m_mode(std::move(mode)) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *window = qobject_cast<QWindow *>(watched);
        if (m_done || event->type() != QEvent::Expose || !window || !window->isExposed())
            return false;
        m_done = true;
        if (m_mode == "startup") {
            std::printf("first-expose-ms %.1f\n", millisecondsSinceProcessStart());
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        } else if (m_mode == "memory") {
            QTimer::singleShot(2000, qApp, [] {
                std::printf("idle-rss-kib %lld\n", static_cast<long long>(residentKib()));
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return false;
    }

private:
    QByteArray m_mode;
    bool m_done = false;
};

} // namespace

void installBenchmarkHook(QWidget *window)
{
    const QByteArray mode = qgetenv("TOKENSCOPE_BENCH");
    if (mode.isEmpty())
        return;
    window->winId(); // makes the QWindow exist before the first show
    window->windowHandle()->installEventFilter(new FirstExposeFilter(mode, window));
}
