// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Input checks and field-level error display shared by the setup wizard's pages.

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

class QCheckBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QWidget;

namespace Admin {
struct AdminResult;
struct CallOptions;
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
    // A form row: the field with its error label ("<field>Error") underneath, the label's buddy
    // the field; `accessible`, when given, names the field.
    void addRow(QFormLayout *form, const QString &label, QWidget *field, const QString &json,
                const QString &accessible = {});
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

// A page's Create button and status line around its one admin create request at a time.
class CreateRequest
{
    Q_DECLARE_TR_FUNCTIONS(Setup::CreateRequest)

public:
    void attach(QPushButton *button, QLabel *status, FieldErrors *errors);
    bool busy() const { return m_busy; }
    // Create is enabled while nothing is created and nothing runs; createdText (when not empty)
    // says what was created.
    void showProgress(bool created, const QString &createdText);
    // The form has problems, shown at their fields: the status line says to correct them.
    void refuse();
    // The request goes out: busy, Create disabled, `status` shown. The options carry a fresh
    // idempotency key, so the client's retries of this attempt do not create twice.
    Admin::CallOptions start(const QString &status);
    // The answer: false after a failure (the API's errors at their fields, `failed` in the status
    // line, Create enabled again, not busy). After a success the request stays busy until done().
    bool succeeded(const Admin::AdminResult &result, const QString &failed);
    void done() { m_busy = false; }

private:
    QPushButton *m_button = nullptr;
    QLabel *m_status = nullptr;
    FieldErrors *m_errors = nullptr;
    bool m_busy = false;
};

// A group of check boxes, two a row, one per value: object names "<name>_<value>", accessible
// names "<accessible>: <value>", the ones in `checked` checked; `boxes` gets each by its value.
QGroupBox *makeCheckGroup(QWidget *parent, const QString &name, const QStringList &values,
                          const QStringList &checked, const QString &accessible, QMap<QString, QCheckBox *> *boxes);
// The values whose boxes are checked, in the order of `order`.
QJsonArray checkedValues(const QMap<QString, QCheckBox *> &boxes, const QStringList &order);

// A red label for errors under a field, hidden while empty.
QLabel *makeErrorLabel(QWidget *parent, const QString &objectName);
void setErrorText(QLabel *label, const QString &text);

} // namespace Setup
