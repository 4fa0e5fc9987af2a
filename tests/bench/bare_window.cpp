// SPDX-License-Identifier: GPL-3.0-or-later
// The baseline of the start-up and idle-memory benchmarks: the least a Qt Widgets program with a
// main window does, carrying the same benchmark hook as the app (app/benchhook.h).

#include "benchhook.h"

#include <QApplication>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("bare_window"));
    installBenchmarkHook(&window);
    window.show();
    return QApplication::exec();
}
