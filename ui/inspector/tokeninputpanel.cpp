// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokeninputpanel.h"

#include "filechooser.h"
#include "statuspalette.h"
#include "tokentextedit.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

TokenInputPanel::TokenInputPanel(QWidget *parent)
    : QWidget(parent)
    , m_edit(new TokenTextEdit(this))
    , m_openButton(new QPushButton(tr("&Open file…"), this))
    , m_clearButton(new QPushButton(tr("C&lear"), this))
    , m_candidateLabel(new QLabel(tr("&Show:"), this))
    , m_candidates(new QComboBox(this))
    , m_message(new QLabel(this))
    , m_debounce(new QTimer(this))
    , m_ownChooser(std::make_unique<DialogFileChooser>())
    , m_chooser(m_ownChooser.get())
{
    auto *inputLabel = new QLabel(tr("Token, Authori&zation header or redirect URL:"), this);
    inputLabel->setBuddy(m_edit);

    m_edit->setObjectName(QStringLiteral("tokenInput"));
    m_edit->setAccessibleName(tr("Token input"));
    m_edit->setAccessibleDescription(tr("Paste a JWT, a Bearer header or a redirect URL; it is decoded as you type"));
    m_edit->setPlaceholderText(tr("Paste a JWT, \"Authorization: Bearer …\" or a redirect URL with id_token / access_token, "
                                  "or drop a file here"));
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setTabChangesFocus(true);
    m_edit->setWordWrapMode(QTextOption::WrapAnywhere);
    m_edit->setMinimumHeight(60);

    m_openButton->setObjectName(QStringLiteral("openTokenFileButton"));
    m_openButton->setAccessibleName(tr("Open token file"));
    m_openButton->setToolTip(tr("Read a token from a file (at most 1 MiB), %1")
                                 .arg(QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText)));
    m_clearButton->setObjectName(QStringLiteral("clearTokenButton"));
    m_clearButton->setAccessibleName(tr("Clear token input"));

    m_candidates->setObjectName(QStringLiteral("tokenCandidateCombo"));
    m_candidates->setAccessibleName(tr("Token to show"));
    m_candidates->setToolTip(tr("The input holds several tokens: choose the one to inspect"));
    m_candidates->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_candidateLabel->setBuddy(m_candidates);
    m_candidateLabel->setVisible(false);
    m_candidates->setVisible(false);

    m_message->setObjectName(QStringLiteral("inputMessage"));
    m_message->setAccessibleName(tr("Input message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setVisible(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_clearButton);
    buttons->addSpacing(12);
    buttons->addWidget(m_candidateLabel);
    buttons->addWidget(m_candidates);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(inputLabel);
    layout->addWidget(m_edit, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &TokenInputPanel::extract);
    connect(m_edit, &QPlainTextEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_edit, &TokenTextEdit::fileDropped, this, &TokenInputPanel::loadFile);
    connect(m_openButton, &QPushButton::clicked, this, &TokenInputPanel::openFile);
    connect(m_clearButton, &QPushButton::clicked, this, &TokenInputPanel::clear);
    connect(m_candidates, &QComboBox::activated, this, &TokenInputPanel::chooseCandidate);
}

TokenInputPanel::~TokenInputPanel() = default;

void TokenInputPanel::setFileChooser(FileChooser *chooser)
{
    m_chooser = chooser ? chooser : m_ownChooser.get();
}

FileChooser *TokenInputPanel::fileChooser() const
{
    return m_chooser;
}

QString TokenInputPanel::text() const
{
    return m_edit->toPlainText();
}

void TokenInputPanel::setText(const QString &text)
{
    m_edit->setPlainText(text);
    m_debounce->stop();
    extract();
}

QString TokenInputPanel::currentToken() const
{
    return m_current;
}

QString TokenInputPanel::message() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

void TokenInputPanel::openFile()
{
    const QString path = m_chooser->openFile(this, tr("Open Token File"),
                                             tr("Token files (*.jwt *.txt *.token);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

bool TokenInputPanel::loadFile(const QString &path)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.isFile()) {
        showMessage(tr("Cannot open %1: it is not a file.").arg(name), true);
        return false;
    }
    if (info.size() > Jose::MaxTokenInputBytes) {
        showMessage(tr("%1 is larger than 1 MiB and was not loaded: a token file is much smaller.").arg(name), true);
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showMessage(tr("Cannot read %1: %2").arg(name, file.errorString()), true);
        return false;
    }
    const QByteArray bytes = file.read(Jose::MaxTokenInputBytes + 1);
    if (bytes.size() > Jose::MaxTokenInputBytes) {
        showMessage(tr("%1 is larger than 1 MiB and was not loaded: a token file is much smaller.").arg(name), true);
        return false;
    }
    setText(QString::fromUtf8(bytes));
    Q_EMIT statusMessage(tr("Loaded %1").arg(name));
    return true;
}

void TokenInputPanel::clear()
{
    setText(QString());
    m_edit->setFocus();
}

void TokenInputPanel::extract()
{
    const QString text = m_edit->toPlainText();
    if (text.trimmed().isEmpty()) {
        m_input = {};
    } else {
        m_input = Jose::extractTokens(text);
    }

    // Keep the user's choice across edits when the same parameter is still there.
    const QString previousParameter = m_candidates->currentIndex() >= 0 ? m_candidates->currentData().toString() : QString();
    m_candidates->clear();
    int keep = 0;
    for (qsizetype i = 0; i < m_input.candidates.size(); ++i) {
        const Jose::TokenCandidate &candidate = m_input.candidates.at(i);
        m_candidates->addItem(candidateLabel(candidate), candidate.parameter);
        if (!previousParameter.isEmpty() && candidate.parameter == previousParameter)
            keep = int(i);
    }
    const bool several = m_input.candidates.size() > 1;
    m_candidateLabel->setVisible(several);
    m_candidates->setVisible(several);

    if (text.trimmed().isEmpty())
        showMessage({}, false);
    else if (m_input.candidates.isEmpty())
        showMessage(m_input.error.isEmpty() ? tr("No token found in the input.") : m_input.error, true);
    else if (several)
        showMessage(tr("Found %n token(s) in the input.", nullptr, int(m_input.candidates.size())), false);
    else
        showMessage({}, false);

    chooseCandidate(m_input.candidates.isEmpty() ? -1 : keep);
}

void TokenInputPanel::chooseCandidate(int index)
{
    if (index >= 0 && m_candidates->currentIndex() != index)
        m_candidates->setCurrentIndex(index);
    const QString token = index >= 0 && index < m_input.candidates.size() ? m_input.candidates.at(index).token : QString();
    m_current = token;
    Q_EMIT tokenChosen(token);
}

void TokenInputPanel::showMessage(const QString &message, bool problem)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    m_messageIsProblem = problem;
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText,
                     problem ? StatusPalette::foreground(palette, StatusPalette::Tone::Bad) : QWidget::palette().color(QPalette::WindowText));
    m_message->setPalette(palette);
}

void TokenInputPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        showMessage(m_message->text(), m_messageIsProblem);
}

QString TokenInputPanel::candidateLabel(const Jose::TokenCandidate &candidate)
{
    QString where;
    if (candidate.origin == QLatin1String("query"))
        where = tr("URL query");
    else if (candidate.origin == QLatin1String("fragment"))
        where = tr("URL fragment");
    else if (candidate.origin == QLatin1String("bearer"))
        where = tr("Bearer value");
    else if (candidate.origin == QLatin1String("authorization"))
        where = tr("Authorization header");
    else
        where = tr("pasted text");
    const QString name = candidate.parameter.isEmpty() ? tr("token") : candidate.parameter;
    return tr("%1 (%2)").arg(name, where);
}
