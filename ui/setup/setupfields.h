// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Input checks and field-level error display shared by the setup wizard's pages.

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QLabel;
class QWidget;

namespace Admin {
struct FieldError;
}

namespace Setup {

struct Checks
{
    Q_DECLARE_TR_FUNCTIONS(Setup::Checks)

public:
    // admin.json ids (serverID, idpID): 1-64 of [A-Za-z0-9_-], starting with a letter or digit.
    // Empty when fine, else a translated problem; taken: ids that exist already.
    static QString idProblem(const QString &id, const QStringList &taken = {});

    // A TTL as typed: Go duration syntax ("1h30m", "90s", "1.5h") or friendly "2d" / "1 h 30 m"
    // (spaces dropped, days as 24 h). The Go duration to send, or nullopt with *problem set.
    // Zero and negative durations are refused (a TTL must be positive).
    static std::optional<QString> goDuration(const QString &text, QString *problem);

    // "#1a2b3c" or "#abc"; empty is fine (the server picks one).
    static QString colourProblem(const QString &colour);
};

// The error labels of one page: a label under each field, keyed by the JSON name the API uses,
// and a general label for everything else.
class FieldErrors
{
public:
    void add(const QString &field, QWidget *widget, QLabel *label);
    void setGeneral(QLabel *label) { m_general = label; }
    void clear();
    // Shows each error at its field (longest matching prefix: "token_ttls.access_token_ttl" finds
    // "access_token_ttl" too); unmatched ones and `message` go to the general label.
    void show(const QString &message, const QList<Admin::FieldError> &errors);
    void showAt(const QString &field, const QString &message); // a local check's problem
    QString textAt(const QString &field) const;

private:
    struct Entry
    {
        QWidget *widget = nullptr;
        QLabel *label = nullptr;
    };
    QHash<QString, Entry> m_fields;
    QLabel *m_general = nullptr;
};

// A red label for errors under a field, hidden while empty.
QLabel *makeErrorLabel(QWidget *parent, const QString &objectName);
void setErrorText(QLabel *label, const QString &text);

} // namespace Setup
