// SPDX-License-Identifier: GPL-3.0-or-later
#include "base64url.h"

#include <array>

namespace Jose {

namespace {

constexpr char Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

// -1 for bytes outside the alphabet. A hand-written table rather than QByteArray::fromBase64:
// Qt silently skips characters it does not know unless told otherwise, and accepts '+' and '/'.
constexpr std::array<signed char, 256> makeDecodeTable()
{
    std::array<signed char, 256> table{};
    for (auto &entry : table)
        entry = -1;
    for (int i = 0; i < 64; ++i)
        table[static_cast<unsigned char>(Alphabet[i])] = static_cast<signed char>(i);
    return table;
}

constexpr auto DecodeTable = makeDecodeTable();

} // namespace

QByteArray base64UrlEncode(QByteArrayView data)
{
    QByteArray out;
    out.reserve((data.size() + 2) / 3 * 4);
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.data());
    const qsizetype size = data.size();
    qsizetype i = 0;
    for (; i + 2 < size; i += 3) {
        const quint32 n = (quint32(bytes[i]) << 16) | (quint32(bytes[i + 1]) << 8) | bytes[i + 2];
        out.append(Alphabet[(n >> 18) & 63]);
        out.append(Alphabet[(n >> 12) & 63]);
        out.append(Alphabet[(n >> 6) & 63]);
        out.append(Alphabet[n & 63]);
    }
    const qsizetype rest = size - i;
    if (rest == 1) {
        const quint32 n = quint32(bytes[i]) << 16;
        out.append(Alphabet[(n >> 18) & 63]);
        out.append(Alphabet[(n >> 12) & 63]);
    } else if (rest == 2) {
        const quint32 n = (quint32(bytes[i]) << 16) | (quint32(bytes[i + 1]) << 8);
        out.append(Alphabet[(n >> 18) & 63]);
        out.append(Alphabet[(n >> 12) & 63]);
        out.append(Alphabet[(n >> 6) & 63]);
    }
    return out;
}

std::optional<QByteArray> base64UrlDecode(QByteArrayView text)
{
    qsizetype size = text.size();
    // Tolerated padding: at most two '=' at the very end, and then the padded length must be a
    // multiple of four, as RFC 4648 §3.2 would have it.
    if (size > 0 && text[size - 1] == '=') {
        qsizetype padding = 0;
        while (size > 0 && text[size - 1] == '=' && padding < 3) {
            --size;
            ++padding;
        }
        if (padding > 2 || text.size() % 4 != 0)
            return std::nullopt;
    }
    if (size % 4 == 1)
        return std::nullopt;

    QByteArray out;
    out.reserve(size / 4 * 3 + 2);
    quint32 accumulator = 0;
    int bits = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const int value = DecodeTable[static_cast<unsigned char>(text[i])];
        if (value < 0)
            return std::nullopt;
        accumulator = (accumulator << 6) | quint32(value);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.append(static_cast<char>((accumulator >> bits) & 0xff));
        }
        accumulator &= 0xff; // keep only what can still matter
    }
    // RFC 4648 §3.5: the unused low bits of the last character must be zero. Lenient decoders
    // accept "Zh" for "Zg", which lets a signature be re-spelled without changing its bytes.
    if (bits > 0 && (accumulator & ((1u << bits) - 1)) != 0)
        return std::nullopt;
    return out;
}

qsizetype firstNonBase64UrlByte(QByteArrayView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (DecodeTable[static_cast<unsigned char>(text[i])] < 0)
            return i;
    }
    return -1;
}

} // namespace Jose
