// SPDX-License-Identifier: GPL-3.0-or-later
#include "admin/goduration.h"

#include <limits>

namespace Admin::GoDuration {

namespace {

constexpr quint64 kNanosecond = 1;
constexpr quint64 kMicrosecond = 1000 * kNanosecond;
constexpr quint64 kMillisecond = 1000 * kMicrosecond;
constexpr quint64 kSecond = 1000 * kMillisecond;
constexpr quint64 kMinute = 60 * kSecond;
constexpr quint64 kHour = 60 * kMinute;

std::optional<quint64> unitScale(QStringView unit)
{
    if (unit == u"ns")
        return kNanosecond;
    if (unit == u"us" || unit == u"\u00b5s" || unit == u"\u03bcs")
        return kMicrosecond;
    if (unit == u"ms")
        return kMillisecond;
    if (unit == u"s")
        return kSecond;
    if (unit == u"m")
        return kMinute;
    if (unit == u"h")
        return kHour;
    return std::nullopt;
}

bool isDigit(QChar c) { return c >= u'0' && c <= u'9'; }

// Writes v / 10^precision with trailing fractional zeros removed (Go's fmtFrac + fmtInt).
QString fractional(quint64 v, int precision)
{
    QString frac;
    bool printing = false;
    for (int i = 0; i < precision; ++i) {
        const quint64 digit = v % 10;
        printing = printing || digit != 0;
        if (printing)
            frac.prepend(QChar(u'0' + static_cast<char16_t>(digit)));
        v /= 10;
    }
    QString out = QString::number(v);
    if (printing)
        out += u'.' + frac;
    return out;
}

} // namespace

std::optional<qint64> parse(QStringView text, ParseError *error)
{
    const auto fail = [error](ParseError why) -> std::optional<qint64> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    qsizetype i = 0;
    bool negative = false;
    if (i < text.size() && (text[i] == u'-' || text[i] == u'+')) {
        negative = text[i] == u'-';
        ++i;
    }
    if (text.mid(i) == u"0")
        return 0;
    if (i == text.size())
        return fail(ParseError::Malformed);

    constexpr quint64 limit = static_cast<quint64>(std::numeric_limits<qint64>::max()) + 1; // |min|
    quint64 total = 0;
    while (i < text.size()) {
        // Integer part.
        quint64 whole = 0;
        bool wholeDigits = false;
        bool overflow = false;
        for (; i < text.size() && isDigit(text[i]); ++i) {
            wholeDigits = true;
            const quint64 digit = static_cast<quint64>(text[i].unicode() - u'0');
            if (whole > (limit - digit) / 10)
                overflow = true;
            else
                whole = whole * 10 + digit;
        }
        // Fraction: kept as digits/scale, extra precision beyond 18 digits is dropped.
        quint64 fraction = 0;
        quint64 fractionScale = 1;
        bool fractionDigits = false;
        if (i < text.size() && text[i] == u'.') {
            ++i;
            for (; i < text.size() && isDigit(text[i]); ++i) {
                fractionDigits = true;
                if (fractionScale < 1'000'000'000'000'000'000ULL) {
                    fraction = fraction * 10 + static_cast<quint64>(text[i].unicode() - u'0');
                    fractionScale *= 10;
                }
            }
        }
        if (!wholeDigits && !fractionDigits)
            return fail(ParseError::Malformed);
        if (overflow)
            return fail(ParseError::OutOfRange);
        const qsizetype unitStart = i;
        while (i < text.size() && text[i] != u'.' && !isDigit(text[i]))
            ++i;
        const auto scale = unitScale(text.mid(unitStart, i - unitStart));
        if (!scale)
            return fail(ParseError::Malformed);
        if (whole > limit / *scale)
            return fail(ParseError::OutOfRange);
        quint64 value = whole * *scale;
        if (fraction > 0) {
            // fraction / fractionScale * scale, without floating point.
            const long double part = static_cast<long double>(fraction) * static_cast<long double>(*scale)
                / static_cast<long double>(fractionScale);
            value += static_cast<quint64>(part);
            if (value > limit)
                return fail(ParseError::OutOfRange);
        }
        total += value;
        if (total > limit)
            return fail(ParseError::OutOfRange);
    }
    if (!negative && total > static_cast<quint64>(std::numeric_limits<qint64>::max()))
        return fail(ParseError::OutOfRange);
    if (negative)
        return total == limit ? std::numeric_limits<qint64>::min() : -static_cast<qint64>(total);
    return static_cast<qint64>(total);
}

QString format(qint64 nanoseconds)
{
    if (nanoseconds == 0)
        return QStringLiteral("0s");
    const bool negative = nanoseconds < 0;
    quint64 u = negative ? static_cast<quint64>(-(nanoseconds + 1)) + 1 : static_cast<quint64>(nanoseconds);
    QString out;
    if (u < kSecond) {
        // Sub-second durations use a smaller unit: "1.5ms", "100µs", "10ns".
        if (u < kMicrosecond)
            out = QString::number(u) + u"ns";
        else if (u < kMillisecond)
            out = fractional(u, 3) + u"\u00b5s";
        else
            out = fractional(u, 6) + u"ms";
    } else {
        out = fractional(u % kMinute, 9) + u's';
        u /= kMinute;
        if (u > 0) {
            out.prepend(QString::number(u % 60) + u'm');
            u /= 60;
            if (u > 0)
                out.prepend(QString::number(u) + u'h');
        }
    }
    return negative ? u'-' + out : out;
}

std::optional<qint64> seconds(QStringView text)
{
    const auto ns = parse(text);
    if (!ns)
        return std::nullopt;
    return *ns / static_cast<qint64>(kSecond);
}

} // namespace Admin::GoDuration
