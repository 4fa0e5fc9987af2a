// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jose/tokeninput.h"

#include <QWidget>

#include <memory>

class FileChooser;
class QComboBox;
class QLabel;
class QPushButton;
class QTimer;
class TokenTextEdit;

// Where a token comes in: a text box that decodes as you type (debounced), dropped text or
// files, "Open file…", and a chooser when the input holds several tokens (a redirect URL).
class TokenInputPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenInputPanel)

public:
    static constexpr int DebounceMs = 150;

    explicit TokenInputPanel(QWidget *parent = nullptr);
    ~TokenInputPanel() override;

    // Not owned; nullptr restores the QFileDialog chooser.
    void setFileChooser(FileChooser *chooser);
    FileChooser *fileChooser() const;

    QString text() const;
    void setText(const QString &text);
    // Reads a token file (at most Jose::MaxTokenInputBytes) into the input. False, with the
    // reason shown, when it cannot.
    bool loadFile(const QString &path);
    const QList<Jose::TokenCandidate> &candidates() const { return m_input.candidates; }
    QString currentToken() const;
    QString message() const;

public Q_SLOTS:
    void openFile();
    void clear();

Q_SIGNALS:
    // The token to show changed; empty when there is none.
    void tokenChosen(const QString &token);
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void extract();
    void chooseCandidate(int index);
    void showMessage(const QString &message, bool problem);
    static QString candidateLabel(const Jose::TokenCandidate &candidate);

    TokenTextEdit *m_edit;
    QPushButton *m_openButton;
    QPushButton *m_clearButton;
    QLabel *m_candidateLabel;
    QComboBox *m_candidates;
    QLabel *m_message;
    QTimer *m_debounce;
    std::unique_ptr<FileChooser> m_ownChooser;
    FileChooser *m_chooser;
    Jose::TokenInput m_input;
    QString m_current;
    bool m_messageIsProblem = false;
};
