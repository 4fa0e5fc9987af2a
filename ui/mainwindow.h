// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class HttpClient;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(HttpClient *http, QWidget *parent = nullptr);
    ~MainWindow() override;
};
