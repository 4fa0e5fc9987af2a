// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "oauth/discovery.h"

#include <QList>
#include <QWidget>

class HttpClient;
class QLabel;
class QListWidget;
class QPushButton;

// Under the issuer in the profile editor: runs discovery (Discovery::DiscoveryClient), lists the
// endpoints that differ from the profile's (checked ones are applied on request; a removal is
// unchecked, as the endpoint may have been set by hand) and the lint's findings with severity.
class DiscoveryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiscoveryPanel)

public:
    explicit DiscoveryPanel(HttpClient *http, QWidget *parent = nullptr);

    // current: the endpoints the profile has now, to compare with.
    void discover(const QUrl &issuer, const TlsOptions &tls, const Profiles::Endpoints &current);
    void clear();

signals:
    void finished(bool ok);
    // The checked changes, when the user applies them.
    void changesApplied(const QList<Discovery::EndpointChange> &changes);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showResult(const Discovery::Result &result, const Profiles::Endpoints &current);
    void apply();
    void setStatus(const QString &text, bool problem);

    Discovery::DiscoveryClient *m_client;
    QLabel *m_status;
    QWidget *m_box;
    QListWidget *m_changes;
    QListWidget *m_findings;
    QPushButton *m_applyButton;
    bool m_problem = false;
};
