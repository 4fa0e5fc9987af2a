// SPDX-License-Identifier: GPL-3.0-or-later
#include "discoverypanel.h"

#include "statuspalette.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using Profiles::EndpointKind;

namespace {
constexpr int KindRole = Qt::UserRole;
constexpr int AfterRole = Qt::UserRole + 1;
constexpr int BeforeRole = Qt::UserRole + 2;
constexpr int ToneRole = Qt::UserRole + 3;
} // namespace

DiscoveryPanel::DiscoveryPanel(HttpClient *http, QWidget *parent)
    : QWidget(parent)
    , m_client(new Discovery::DiscoveryClient(http, this))
    , m_status(new QLabel(this))
    , m_box(new QWidget(this))
    , m_changes(new QListWidget(m_box))
    , m_findings(new QListWidget(m_box))
    , m_applyButton(new QPushButton(tr("Apply checked changes"), m_box))
{
    m_status->setObjectName(QStringLiteral("discoveryStatus"));
    m_status->setAccessibleName(tr("Discovery status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_changes->setObjectName(QStringLiteral("discoveryChanges"));
    m_changes->setAccessibleName(tr("Endpoint changes found by discovery"));
    m_changes->setMaximumHeight(140);
    m_findings->setObjectName(QStringLiteral("discoveryFindings"));
    m_findings->setAccessibleName(tr("Findings about the discovery document"));
    m_findings->setMaximumHeight(110);
    m_findings->setWordWrap(true);
    m_applyButton->setObjectName(QStringLiteral("applyDiscoveryButton"));
    m_applyButton->setAccessibleName(tr("Apply the checked endpoint changes"));

    auto *changesLabel = new QLabel(tr("Endpoints that differ (checked ones are applied):"), m_box);
    changesLabel->setBuddy(m_changes);
    auto *findingsLabel = new QLabel(tr("About the document:"), m_box);
    findingsLabel->setBuddy(m_findings);
    auto *boxLayout = new QVBoxLayout(m_box);
    boxLayout->setContentsMargins(0, 0, 0, 0);
    boxLayout->addWidget(changesLabel);
    boxLayout->addWidget(m_changes);
    boxLayout->addWidget(findingsLabel);
    boxLayout->addWidget(m_findings);
    auto *applyRow = new QHBoxLayout;
    applyRow->addStretch(1);
    applyRow->addWidget(m_applyButton);
    boxLayout->addLayout(applyRow);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(m_box);
    connect(m_applyButton, &QPushButton::clicked, this, &DiscoveryPanel::apply);
    clear();
}

void DiscoveryPanel::clear()
{
    m_status->clear();
    m_status->hide();
    m_box->hide();
    m_changes->clear();
    m_findings->clear();
}

void DiscoveryPanel::discover(const QUrl &issuer, const TlsOptions &tls, const Profiles::Endpoints &current)
{
    m_box->hide();
    if (issuer.isEmpty() || !issuer.isValid() || issuer.host().isEmpty()) {
        setStatus(tr("Enter the issuer URL first, then Discover."), true);
        emit finished(false);
        return;
    }
    setStatus(tr("Reading the discovery document of %1…").arg(issuer.toString()), false);
    m_client->discover(issuer, tls, this, [this, current](const Discovery::Result &result) { showResult(result, current); });
}

void DiscoveryPanel::showResult(const Discovery::Result &result, const Profiles::Endpoints &current)
{
    if (!result.document) {
        setStatus(result.error, true);
        emit finished(false);
        return;
    }
    const QList<Discovery::EndpointChange> changes = Discovery::diff(current, result.document->endpoints);
    m_changes->clear();
    const QString none = tr("(none)");
    for (const Discovery::EndpointChange &change : changes) {
        auto *item = new QListWidgetItem(tr("%1: %2 → %3")
                                             .arg(Profiles::endpointDisplayName(change.kind),
                                                  change.before.isEmpty() ? none : change.before.toString(),
                                                  change.after.isEmpty() ? none : change.after.toString()),
                                         m_changes);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(change.after.isEmpty() ? Qt::Unchecked : Qt::Checked);
        item->setData(KindRole, int(change.kind));
        item->setData(AfterRole, change.after);
        item->setData(BeforeRole, change.before);
    }
    m_findings->clear();
    for (const Discovery::Finding &finding : result.findings) {
        QString severity;
        StatusPalette::Tone tone = StatusPalette::Tone::Neutral;
        switch (finding.severity) {
        case Discovery::Finding::Severity::Error:
            severity = tr("Error");
            tone = StatusPalette::Tone::Bad;
            break;
        case Discovery::Finding::Severity::Warning:
            severity = tr("Warning");
            tone = StatusPalette::Tone::Caution;
            break;
        case Discovery::Finding::Severity::Info:
            severity = tr("Note");
            break;
        }
        auto *item = new QListWidgetItem(tr("%1: %2").arg(severity, finding.message), m_findings);
        item->setData(Qt::UserRole, finding.code);
        item->setData(ToneRole, int(tone));
        if (tone != StatusPalette::Tone::Neutral)
            item->setForeground(StatusPalette::foreground(palette(), tone));
    }
    if (result.findings.isEmpty())
        new QListWidgetItem(tr("No problems found in the document."), m_findings);
    m_applyButton->setEnabled(!changes.isEmpty());
    const QString source = result.document->sourceUrl.toString();
    setStatus(changes.isEmpty() ? tr("Read %1: the endpoints match.").arg(source)
                                : tr("Read %1: %n endpoint(s) differ.", nullptr, int(changes.size())).arg(source),
              false);
    m_box->show();
    emit finished(true);
}

void DiscoveryPanel::apply()
{
    QList<Discovery::EndpointChange> applied;
    for (int i = 0; i < m_changes->count(); ++i) {
        const QListWidgetItem *item = m_changes->item(i);
        const int kind = item->data(KindRole).toInt();
        if (item->checkState() != Qt::Checked || kind < 0 || kind >= Profiles::EndpointKindCount)
            continue;
        applied.append({EndpointKind(kind), item->data(BeforeRole).toUrl(), item->data(AfterRole).toUrl()});
    }
    m_box->hide();
    setStatus(tr("%n endpoint(s) updated from discovery; save to keep them.", nullptr, int(applied.size())), false);
    emit changesApplied(applied);
}

void DiscoveryPanel::setStatus(const QString &text, bool problem)
{
    m_problem = problem;
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: %1;").arg(
                                          StatusPalette::foreground(palette(), StatusPalette::Tone::Bad).name())
                                    : QString());
    m_status->setVisible(!text.isEmpty());
}

void DiscoveryPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::PaletteChange)
        return;
    setStatus(m_status->text(), m_problem);
    for (int i = 0; i < m_findings->count(); ++i) {
        QListWidgetItem *item = m_findings->item(i);
        const auto tone = StatusPalette::Tone(item->data(ToneRole).toInt());
        if (item->data(ToneRole).isValid() && tone != StatusPalette::Tone::Neutral)
            item->setForeground(StatusPalette::foreground(palette(), tone));
    }
}
