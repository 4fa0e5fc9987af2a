// SPDX-License-Identifier: GPL-3.0-or-later
// The baseline of the start-up and idle-memory benchmarks: the least a Qt Widgets program with a
// main window does, carrying the same benchmark hook as the app (app/benchhook.h).

#include "benchhook.h"

#include <QApplication>
#include <QGuiApplication>
#include <QMainWindow>
#include <QScreen>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("bare_window"));
    // The app's default size without saved state (MainWindow::readSettings), so that both
    // programs map, fill and expose the same number of pixels.
    QSize size(1180, 760);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() * 0.9);
    window.resize(size);
    installBenchmarkHook(&window);
    window.show();
    return QApplication::exec();
}
