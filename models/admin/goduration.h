// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace Admin::GoDuration {

enum class ParseError { Malformed, OutOfRange };

// Go's time.ParseDuration syntax, which admin.json's "format: duration" fields use: an optional
// sign, then one or more decimal numbers each with a unit (ns, us, µs, ms, s, m, h), e.g.
// "1h0m0s", "1.5h", "300ms", "-2m"; "0" alone is zero. Nanoseconds; nullopt when malformed
// or out of int64 range (*error says which).
std::optional<qint64> parse(QStringView text, ParseError *error = nullptr);

// Go's Duration.String(): "1h0m0s", "10m0s", "1.5s", "100ms", "0s".
QString format(qint64 nanoseconds);

// Convenience for TTL fields: whole seconds (rounded down), nullopt when malformed.
std::optional<qint64> seconds(QStringView text);

} // namespace Admin::GoDuration
