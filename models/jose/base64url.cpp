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

std::optional<QByteArray> base64UrlDecode(QByteArrayView text, Base64UrlMode mode)
{
    const bool canonical = mode == Base64UrlMode::Canonical;
    qsizetype size = text.size();
    // Tolerated padding: at most two '=' at the very end, and then the padded length must be a
    // multiple of four, as RFC 4648 §3.2 would have it. Lenient mode drops any trailing '='.
    if (!canonical) {
        while (size > 0 && text[size - 1] == '=')
            --size;
    } else if (size > 0 && text[size - 1] == '=') {
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

    // Decoded straight into a pre-sized buffer: whole groups of four characters, then the tail.
    const auto *in = reinterpret_cast<const unsigned char *>(text.data());
    const qsizetype whole = size / 4 * 4;
    const qsizetype rest = size - whole; // 0, 2 or 3
    QByteArray out(size / 4 * 3 + (rest > 0 ? rest - 1 : 0), Qt::Uninitialized);
    char *o = out.data();
    for (qsizetype i = 0; i < whole; i += 4) {
        const int a = DecodeTable[in[i]], b = DecodeTable[in[i + 1]], c = DecodeTable[in[i + 2]], d = DecodeTable[in[i + 3]];
        if ((a | b | c | d) < 0)
            return std::nullopt;
        const quint32 n = (quint32(a) << 18) | (quint32(b) << 12) | (quint32(c) << 6) | quint32(d);
        o[0] = static_cast<char>(n >> 16);
        o[1] = static_cast<char>((n >> 8) & 0xff);
        o[2] = static_cast<char>(n & 0xff);
        o += 3;
    }
    // RFC 4648 §3.5: the unused low bits of the last character must be zero. Lenient decoders
    // accept "Zh" for "Zg", which lets a signature be re-spelled without changing its bytes.
    if (rest == 2) {
        const int a = DecodeTable[in[whole]], b = DecodeTable[in[whole + 1]];
        if ((a | b) < 0 || (canonical && (b & 0x0f) != 0))
            return std::nullopt;
        o[0] = static_cast<char>((a << 2) | (b >> 4));
    } else if (rest == 3) {
        const int a = DecodeTable[in[whole]], b = DecodeTable[in[whole + 1]], c = DecodeTable[in[whole + 2]];
        if ((a | b | c) < 0 || (canonical && (c & 0x03) != 0))
            return std::nullopt;
        o[0] = static_cast<char>((a << 2) | (b >> 4));
        o[1] = static_cast<char>(((b & 0x0f) << 4) | (c >> 2));
    }
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
