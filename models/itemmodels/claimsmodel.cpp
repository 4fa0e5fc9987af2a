// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimsmodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <cmath>

namespace {

// NumericDate (RFC 7519 §2) from a JSON number; fractions allowed. Years 1..9999 only, so an
// absurd value cannot overflow the conversion.
std::optional<QDateTime> numericDate(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double seconds = value.toDouble();
    constexpr double Earliest = -62135596800.0; // 0001-01-01T00:00:00Z
    constexpr double Latest = 253402300799.0;   // 9999-12-31T23:59:59Z
    if (!std::isfinite(seconds) || seconds < Earliest || seconds > Latest)
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(qint64(std::llround(seconds * 1000.0)), QTimeZone::utc());
}

QString formatNumber(const QJsonValue &value)
{
    const QVariant variant = value.toVariant();
    if (variant.typeId() == QMetaType::LongLong)
        return QString::number(variant.toLongLong());
    const double number = value.toDouble();
    // Whole numbers print in full rather than as 1e+20; beyond that the digits mean nothing.
    if (std::isfinite(number) && std::trunc(number) == number && std::fabs(number) < 1e21)
        return QString::number(number, 'f', 0);
    return QString::number(number, 'g', QLocale::FloatingPointShortest);
}

bool isStringArray(const QJsonArray &array)
{
    for (const QJsonValue &item : array) {
        if (!item.isString())
            return false;
    }
    return true;
}

QString displayValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return formatNumber(value);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        if (isStringArray(array)) {
            QStringList items;
            items.reserve(array.size());
            for (const QJsonValue &item : array)
                items.append(item.toString());
            return items.join(QLatin1String(", "));
        }
        return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

// The whole value for a tooltip: structures indented, scalars as displayed.
QString fullValue(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented)).trimmed();
    if (value.isArray() && !isStringArray(value.toArray()))
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)).trimmed();
    return displayValue(value);
}

// Scopes are space-separated in "scope" (RFC 6749 §3.3, RFC 9068) and often an array in "scp".
std::optional<qsizetype> scopeCount(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().split(QLatin1Char(' '), Qt::SkipEmptyParts).size();
    if (value.isArray())
        return value.toArray().size();
    return std::nullopt;
}

} // namespace

ClaimsModel::ClaimsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ClaimsModel::setClaims(const QJsonObject &claims, Jose::ClaimLocation location)
{
    beginResetModel();
    m_location = location;
    m_rows.clear();
    m_rows.reserve(claims.size());
    for (auto it = claims.constBegin(); it != claims.constEnd(); ++it) {
        Row row;
        row.name = it.key();
        row.value = it.value();
        row.description = Jose::describeClaim(row.name, location);
        if (row.description && row.description->isTime)
            row.time = numericDate(row.value);
        m_rows.append(std::move(row));
    }
    endResetModel();
}

void ClaimsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void ClaimsModel::setReferenceTime(const QDateTime &now)
{
    if (now == m_now)
        return;
    m_now = now;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).time) {
            const QModelIndex cell = index(row, Interpretation);
            emit dataChanged(cell, cell, {Qt::DisplayRole, Qt::ToolTipRole, Qt::AccessibleTextRole});
        }
    }
}

int ClaimsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClaimsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ClaimsModel::interpretation(int row) const
{
    const Row &r = m_rows.at(row);
    if (r.description && r.description->isTime) {
        if (!r.time)
            return tr("Not a NumericDate: expected a number of seconds since 1970-01-01 UTC");
        const QDateTime utc = r.time->toUTC();
        const QDateTime local = r.time->toLocalTime();
        const QString localText = local.date() == utc.date()
            ? local.toString(QStringLiteral("HH:mm:ss"))
            : local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
        return tr("%1 UTC · %2 local · %3")
            .arg(utc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), localText,
                 Jose::describeTimeClaim(r.name, *r.time, now));
    }
    if (m_location == Jose::ClaimLocation::Payload && (r.name == u"scope" || r.name == u"scp")) {
        if (const auto count = scopeCount(r.value))
            return tr("%n scope(s)", nullptr, int(*count));
    }
    if (m_location == Jose::ClaimLocation::Payload && r.name == u"aud" && r.value.isArray()) {
        return tr("%n audience(s)", nullptr, int(r.value.toArray().size()));
    }
    if (m_location == Jose::ClaimLocation::Payload && r.name == u"cnf" && r.value.isObject()) {
        const QJsonObject cnf = r.value.toObject();
        if (cnf.contains(QLatin1String("jkt")))
            return tr("Bound to a DPoP key (RFC 9449)");
        if (cnf.contains(QLatin1String("x5t#S256")))
            return tr("Bound to a client certificate (RFC 8705)");
        if (cnf.contains(QLatin1String("jwk")) || cnf.contains(QLatin1String("kid")) || cnf.contains(QLatin1String("jwe")))
            return tr("Bound to a proof-of-possession key (RFC 7800)");
    }
    return {};
}

QString ClaimsModel::displayText(int row, int column) const
{
    const Row &r = m_rows.at(row);
    switch (column) {
    case Name:
        return r.name;
    case Value:
        return displayValue(r.value);
    case Interpretation:
        return interpretation(row);
    case Meaning:
        if (r.description)
            return r.description->meaning;
        return m_location == Jose::ClaimLocation::Header ? tr("Not a registered header parameter")
                                                         : tr("Not a registered claim");
    default:
        return {};
    }
}

QVariant ClaimsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const Row &r = m_rows.at(row);

    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, index.column());
    case Qt::ToolTipRole: {
        QStringList lines;
        if (r.description)
            lines << r.description->reference;
        const QString interpreted = interpretation(row);
        if (!interpreted.isEmpty())
            lines << interpreted;
        lines << fullValue(r.value);
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::AccessibleTextRole: {
        const QString text = displayText(row, index.column());
        // Screen readers stumble over the middle dot separators; an empty cell says so.
        if (text.isEmpty())
            return tr("%1: none").arg(r.name);
        return tr("%1: %2").arg(r.name, QString(text).replace(QStringLiteral(" · "), QStringLiteral(", ")));
    }
    case UnderlyingDataRole:
        switch (index.column()) {
        case Name:
            return r.name;
        case Value:
            return r.value.toVariant();
        case Interpretation:
            if (r.time)
                return *r.time;
            return interpretation(row);
        case Meaning:
            return displayText(row, Meaning);
        default:
            return {};
        }
    case IsTimeRole:
        return r.description && r.description->isTime;
    case ReferenceRole:
        return r.description ? r.description->reference : QString();
    default:
        return {};
    }
}

QVariant ClaimsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Value:
        return tr("Value");
    case Interpretation:
        return tr("Interpretation");
    case Meaning:
        return tr("Meaning");
    default:
        return {};
    }
}
