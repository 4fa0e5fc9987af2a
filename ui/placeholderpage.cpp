// SPDX-License-Identifier: GPL-3.0-or-later
#include "placeholderpage.h"

#include <QLabel>
#include <QVBoxLayout>

PlaceholderPage::PlaceholderPage(const QString &title, const QString &description, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(title, this))
    , m_description(new QLabel(description, this))
{
    m_title->setObjectName(QStringLiteral("placeholderTitle"));
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    m_title->setFont(font);
    m_title->setAlignment(Qt::AlignCenter);

    m_description->setObjectName(QStringLiteral("placeholderDescription"));
    m_description->setWordWrap(true);
    m_description->setAlignment(Qt::AlignCenter);
    m_description->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    // No alignment flags on word-wrapped labels: the layout then gives them their full
    // height for the width (an aligned label gets its one-line height and clips).
    layout->setContentsMargins(48, 24, 48, 24);
    layout->addWidget(m_title);
    layout->addWidget(m_description);
    layout->addStretch(2);
}

QString PlaceholderPage::title() const
{
    return m_title->text();
}

QString PlaceholderPage::description() const
{
    return m_description->text();
}
