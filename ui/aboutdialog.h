// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;

// What this is and which versions of everything it runs on (for bug reports).
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // Plain text, one "Component: version" per line; also what "Copy versions" copies.
    static QString versionText();

private:
    QLabel *m_versions;
};
