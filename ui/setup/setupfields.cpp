// SPDX-License-Identifier: GPL-3.0-or-later
#include "setup/setupfields.h"

#include "admin/adminclient.h"
#include "admin/goduration.h"
#include "statuspalette.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>
#include <QWidget>


namespace Setup {

QString Checks::idProblem(const QString &id, const QStringList &taken)
{
    if (id.isEmpty())
        return tr("Enter an id: letters, digits, \"-\" and \"_\".");
    if (id.size() > 64)
        return tr("Shorten the id to at most 64 characters (it has %1).").arg(id.size());
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]*$"));
    if (!allowed.match(id).hasMatch())
        return tr("Use only letters, digits, \"-\" and \"_\", starting with a letter or digit.");
    if (taken.contains(id))
        return tr("The id \"%1\" is taken: choose another.").arg(id);
    return {};
}

std::optional<QString> Checks::goDuration(const QString &text, QString *problem)
{
    QString compact = text.simplified().remove(QLatin1Char(' ')).toLower();
    compact.replace(QStringLiteral("min"), QStringLiteral("m"));
    compact.replace(QStringLiteral("sec"), QStringLiteral("s"));
    const auto refuse = [&](const QString &why) -> std::optional<QString> {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    const QString tooLong = tr("Enter a shorter duration (at most about 290 years).");
    if (compact.isEmpty())
        return refuse(tr("Enter a duration such as \"1h\", \"30m\" or \"1h30m\"."));
    if (compact.startsWith(QLatin1Char('+')))
        compact.remove(0, 1);
    // Days for convenience; Go has no "d", so they go as hours ("2d" → "48h").
    static const QRegularExpression days(QStringLiteral("([0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)d"));
    QString go;
    qsizetype at = 0;
    for (auto matches = days.globalMatch(compact); matches.hasNext();) {
        const QRegularExpressionMatch match = matches.next();
        const double hours = match.captured(1).toDouble() * 24;
        if (hours >= 1e7) // Go keeps int64 nanoseconds: about 2.56 million hours
            return refuse(tooLong);
        go += compact.mid(at, match.capturedStart() - at) + QString::number(hours, 'g', 15) + QLatin1Char('h');
        at = match.capturedEnd();
    }
    go += compact.mid(at);
    go.replace(QStringLiteral("\u00b5s"), QStringLiteral("us")).replace(QStringLiteral("\u03bcs"), QStringLiteral("us"));
    Admin::GoDuration::ParseError error = Admin::GoDuration::ParseError::Malformed;
    const auto nanoseconds = Admin::GoDuration::parse(go, &error);
    if (!nanoseconds && error == Admin::GoDuration::ParseError::OutOfRange)
        return refuse(tooLong);
    if (!nanoseconds)
        return refuse(tr("\"%1\" is not a duration: use a number with a unit (h, m, s, ms), e.g. \"1h30m\".")
                          .arg(text.trimmed()));
    if (*nanoseconds <= 0)
        return refuse(tr("Enter a duration greater than zero, such as \"30m\"."));
    return go;
}

QString Checks::colourProblem(const QString &colour)
{
    if (colour.isEmpty())
        return {};
    static const QRegularExpression hex(QStringLiteral("^#(?:[0-9A-Fa-f]{3}|[0-9A-Fa-f]{6})$"));
    if (!hex.match(colour).hasMatch())
        return tr("Enter the colour as #RRGGBB, e.g. #1f6feb.");
    return {};
}

void FieldErrors::add(const QString &field, QWidget *widget, QLabel *label)
{
    m_fields.insert(field, Entry{widget, label});
}

void FieldErrors::addRow(QFormLayout *form, const QString &label, QWidget *field, const QString &json,
                         const QString &accessible)
{
    if (!accessible.isEmpty())
        field->setAccessibleName(accessible);
    auto *box = new QWidget(field->parentWidget());
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(field);
    QLabel *error = makeErrorLabel(box, json + QStringLiteral("Error"));
    column->addWidget(error);
    auto *labelWidget = new QLabel(label, box->parentWidget());
    labelWidget->setBuddy(field);
    form->addRow(labelWidget, box);
    add(json, field, error);
}

void FieldErrors::clear()
{
    for (const Entry &entry : std::as_const(m_fields)) {
        setErrorText(entry.label, {});
        if (entry.widget)
            entry.widget->setAccessibleDescription({});
    }
    setErrorText(m_general, {});
}

void FieldErrors::showAt(const QString &field, const QString &message)
{
    const auto it = m_fields.constFind(field);
    if (it == m_fields.constEnd()) {
        setErrorText(m_general, message);
        return;
    }
    setErrorText(it->label, message);
    if (it->widget)
        it->widget->setAccessibleDescription(message);
}

QString FieldErrors::textAt(const QString &field) const
{
    const auto it = m_fields.constFind(field);
    return it == m_fields.constEnd() || !it->label ? QString() : it->label->text();
}

void FieldErrors::show(const QString &message, const QList<Admin::FieldError> &errors)
{
    clear();
    QStringList general;
    bool firstFocused = false;
    for (const Admin::FieldError &error : errors) {
        // "token_ttls.access_token_ttl" → "access_token_ttl"; "credentials.users[2].email" → "credentials.users".
        QString key = error.field;
        if (!m_fields.contains(key) && key.contains(QLatin1Char('.')))
            key = key.section(QLatin1Char('.'), -1);
        if (!m_fields.contains(key))
            key = error.field.section(QLatin1Char('['), 0, 0);
        const auto it = m_fields.constFind(key);
        if (it == m_fields.constEnd()) {
            general << error.message;
            continue;
        }
        setErrorText(it->label, error.message);
        if (it->widget) {
            it->widget->setAccessibleDescription(error.message);
            if (!firstFocused) {
                it->widget->setFocus(Qt::OtherFocusReason);
                firstFocused = true;
            }
        }
    }
    if (!message.isEmpty())
        general.prepend(message);
    setErrorText(m_general, general.join(QLatin1Char('\n')));
}

void CreateRequest::attach(QPushButton *button, QLabel *status, FieldErrors *errors)
{
    m_button = button;
    m_status = status;
    m_errors = errors;
}

void CreateRequest::showProgress(bool created, const QString &createdText)
{
    m_button->setEnabled(!created && !m_busy);
    if (!createdText.isEmpty())
        m_status->setText(createdText);
    else if (!m_busy)
        m_status->clear();
}

void CreateRequest::refuse()
{
    m_status->setText(tr("Correct the fields marked in red, then create again."));
}

Admin::CallOptions CreateRequest::start(const QString &status)
{
    m_busy = true;
    m_button->setEnabled(false);
    m_status->setText(status);
    Admin::CallOptions options;
    options.idempotencyKey = Admin::AdminClient::newIdempotencyKey();
    return options;
}

bool CreateRequest::succeeded(const Admin::AdminResult &result, const QString &failed)
{
    if (result.ok())
        return true;
    m_busy = false;
    m_errors->show(result.error, result.fieldErrors);
    m_status->setText(failed);
    m_button->setEnabled(true);
    return false;
}

QGroupBox *makeCheckGroup(QWidget *parent, const QString &name, const QStringList &values,
                          const QStringList &checked, const QString &accessible, QMap<QString, QCheckBox *> *boxes)
{
    auto *group = new QGroupBox(parent);
    group->setObjectName(name);
    auto *grid = new QGridLayout(group);
    int index = 0;
    for (const QString &value : values) {
        auto *box = new QCheckBox(value, group);
        box->setObjectName(name + QLatin1Char('_') + value);
        box->setAccessibleName(accessible + QStringLiteral(": ") + value);
        box->setChecked(checked.contains(value));
        grid->addWidget(box, index / 2, index % 2);
        boxes->insert(value, box);
        ++index;
    }
    return group;
}

QJsonArray checkedValues(const QMap<QString, QCheckBox *> &boxes, const QStringList &order)
{
    QJsonArray values;
    for (const QString &value : order) {
        if (boxes.value(value)->isChecked())
            values.append(value);
    }
    return values;
}

QLabel *makeErrorLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, StatusPalette::foreground(palette, StatusPalette::Tone::Bad));
    label->setPalette(palette);
    label->hide();
    return label;
}

void setErrorText(QLabel *label, const QString &text)
{
    if (!label)
        return;
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace Setup
