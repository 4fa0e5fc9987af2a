// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace Jose {

// RFC 7515 §2 / RFC 4648 §5: URL-safe alphabet, no padding on output.
QByteArray base64UrlEncode(QByteArrayView data);

enum class Base64UrlMode {
    // Only the canonical spelling: nothing lets a signature be re-spelled without changing
    // its bytes.
    Canonical,
    // For key members (JWK n, e, x, y, k): any trailing '=' and non-zero unused bits in the last
    // character are accepted, as most libraries do, rather than losing the key.
    Lenient,
};

// Decoding: only the base64url alphabet; trailing '=' padding is tolerated because some
// servers emit it. Returns nullopt on any other character or an impossible length (4n+1); in
// Canonical mode also on wrong padding or non-zero unused bits in the last character
// (RFC 4648 §3.5).
std::optional<QByteArray> base64UrlDecode(QByteArrayView text, Base64UrlMode mode = Base64UrlMode::Canonical);

// Index of the first byte that is not in the base64url alphabet, or -1. For pointing the user
// at the broken place.
qsizetype firstNonBase64UrlByte(QByteArrayView text);

} // namespace Jose
