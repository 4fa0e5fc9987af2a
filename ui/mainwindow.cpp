// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

MainWindow::MainWindow(HttpClient *http, QWidget *parent)
    : QMainWindow(parent)
{
    Q_UNUSED(http);
}

MainWindow::~MainWindow() = default;
