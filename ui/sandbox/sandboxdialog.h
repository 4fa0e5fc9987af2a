// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The local sandbox's status and its demo rate limits, per API group. The dialog knows nothing
// of the sandbox itself: the composition root hands it the rows and a function that applies them
// (LocalSandbox::setRateLimits), so the UI layer stays free of app/sandbox.

#include <QDialog>
#include <QList>
#include <QString>
#include <QUrl>

#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

struct SandboxLimitRow
{
    QString key;         // "admin", "oauth2", …
    QString displayName; // translated
    int perMinute = 0;
    int burst = 0;
    int defaultPerMinute = 0;
    int defaultBurst = 0;
};

struct SandboxStatus
{
    bool running = false;
    QUrl baseUrl;
    QString tenantId;
    QString profileName; // the "Local sandbox" connection
    QString problem;     // translated, why it is not running
};

class SandboxDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxDialog)

public:
    // apply: true when the limits were applied and saved, else false with a translated error.
    using ApplyFunction = std::function<bool(const QList<SandboxLimitRow> &rows, QString *error)>;

    SandboxDialog(const SandboxStatus &status, const QList<SandboxLimitRow> &rows, ApplyFunction apply,
                  QWidget *parent = nullptr);

    QList<SandboxLimitRow> rows() const; // as currently edited
    QTableWidget *table() const { return m_table; }

public slots:
    void applyLimits();
    void resetToDefaults(); // fills in the defaults; Apply saves them

private:
    void fillTable(const QList<SandboxLimitRow> &rows);

    QList<SandboxLimitRow> m_rows;
    ApplyFunction m_apply;
    QTableWidget *m_table;
    QLabel *m_result;
    QPushButton *m_applyButton;
};
