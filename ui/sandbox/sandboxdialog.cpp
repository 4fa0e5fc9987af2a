// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxdialog.h"

#include "statuspalette.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum Column { GroupColumn, PerMinuteColumn, BurstColumn, ColumnCount };
constexpr int MaxLimit = 1'000'000; // RateLimiter::MaxPerMinute / MaxBurst

QSpinBox *limitSpinBox(QWidget *parent, int value, const QString &accessibleName)
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(1, MaxLimit);
    spin->setValue(value);
    spin->setAccessibleName(accessibleName);
    spin->setFrame(false);
    return spin;
}

QLabel *selectableLabel(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

} // namespace

SandboxDialog::SandboxDialog(const SandboxStatus &status, const QList<SandboxLimitRow> &rows, ApplyFunction apply,
                             QWidget *parent)
    : QDialog(parent)
    , m_rows(rows)
    , m_apply(std::move(apply))
    , m_table(new QTableWidget(this))
    , m_result(new QLabel(this))
    , m_applyButton(nullptr)
{
    setObjectName(QStringLiteral("sandboxDialog"));
    setWindowTitle(tr("Local Sandbox"));

    auto *statusForm = new QFormLayout;
    QString state;
    if (status.running)
        state = tr("Running on %1 (tenant \"%2\")").arg(status.baseUrl.toString(), status.tenantId);
    else
        state = status.problem.isEmpty() ? tr("Not running") : tr("Not running: %1").arg(status.problem);
    auto *stateLabel = selectableLabel(state, QStringLiteral("sandboxStateLabel"), this);
    stateLabel->setAccessibleName(tr("Sandbox state"));
    stateLabel->setFocusPolicy(Qt::StrongFocus);
    statusForm->addRow(tr("State:"), stateLabel);
    if (!status.profileName.isEmpty()) {
        auto *profileLabel = selectableLabel(
            tr("\"%1\" on the Connections page uses the sandbox's admin workspace.").arg(status.profileName),
            QStringLiteral("sandboxProfileLabel"), this);
        profileLabel->setAccessibleName(tr("Sandbox connection"));
        profileLabel->setFocusPolicy(Qt::StrongFocus);
        statusForm->addRow(tr("Connection:"), profileLabel);
    }

    auto *explanation = new QLabel(tr("Each API group has a token bucket: it holds at most \"burst\" requests and "
                                      "refills at \"per minute\". Lower them to see X-RateLimit-* headers, 429 "
                                      "answers and Retry-After in action; changes apply at once and are kept."),
                                   this);
    explanation->setObjectName(QStringLiteral("sandboxLimitsExplanation"));
    explanation->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("sandboxLimitsTable"));
    m_table->setAccessibleName(tr("Rate limits per API group"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("API group"), tr("Per minute"), tr("Burst")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(GroupColumn, QHeaderView::Stretch);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEnabled(status.running);
    fillTable(rows);

    m_result->setObjectName(QStringLiteral("sandboxLimitsResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("sandboxButtons"));
    m_applyButton = buttons->addButton(tr("&Apply"), QDialogButtonBox::ApplyRole);
    m_applyButton->setObjectName(QStringLiteral("applyLimitsButton"));
    m_applyButton->setAccessibleName(tr("Apply rate limits"));
    m_applyButton->setEnabled(status.running);
    QPushButton *reset = buttons->addButton(tr("&Defaults"), QDialogButtonBox::ResetRole);
    reset->setObjectName(QStringLiteral("resetLimitsButton"));
    reset->setAccessibleName(tr("Fill in the default rate limits"));
    reset->setEnabled(status.running);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(m_applyButton, &QPushButton::clicked, this, &SandboxDialog::applyLimits);
    connect(reset, &QPushButton::clicked, this, &SandboxDialog::resetToDefaults);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(statusForm);
    layout->addWidget(explanation);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    resize(560, 460);
}

void SandboxDialog::fillTable(const QList<SandboxLimitRow> &rows)
{
    m_table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const SandboxLimitRow &entry = rows.at(row);
        auto *group = new QTableWidgetItem(entry.displayName);
        group->setFlags(Qt::ItemIsEnabled);
        group->setToolTip(tr("Key in the rate-limits file: %1").arg(entry.key));
        m_table->setItem(row, GroupColumn, group);
        m_table->setCellWidget(row, PerMinuteColumn,
                               limitSpinBox(m_table, entry.perMinute, tr("%1: requests per minute").arg(entry.displayName)));
        m_table->setCellWidget(row, BurstColumn,
                               limitSpinBox(m_table, entry.burst, tr("%1: burst").arg(entry.displayName)));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(GroupColumn, QHeaderView::Stretch);
}

QList<SandboxLimitRow> SandboxDialog::rows() const
{
    QList<SandboxLimitRow> rows = m_rows;
    for (int row = 0; row < rows.size(); ++row) {
        rows[row].perMinute = qobject_cast<QSpinBox *>(m_table->cellWidget(row, PerMinuteColumn))->value();
        rows[row].burst = qobject_cast<QSpinBox *>(m_table->cellWidget(row, BurstColumn))->value();
    }
    return rows;
}

void SandboxDialog::resetToDefaults()
{
    for (int row = 0; row < m_rows.size(); ++row) {
        qobject_cast<QSpinBox *>(m_table->cellWidget(row, PerMinuteColumn))->setValue(m_rows.at(row).defaultPerMinute);
        qobject_cast<QSpinBox *>(m_table->cellWidget(row, BurstColumn))->setValue(m_rows.at(row).defaultBurst);
    }
}

void SandboxDialog::applyLimits()
{
    QString error;
    const QList<SandboxLimitRow> edited = rows();
    const bool ok = m_apply && m_apply(edited, &error);
    if (ok)
        m_rows = edited;
    m_result->setText(ok ? tr("Applied and saved.") : error);
    m_result->setStyleSheet(StatusPalette::bannerStyleSheet(
        palette(), ok ? StatusPalette::Tone::Good : StatusPalette::Tone::Bad));
    m_result->show();
}
