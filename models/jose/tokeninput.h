// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Jose {

// Inputs over this size are refused before any parsing.
inline constexpr qsizetype MaxTokenInputBytes = 1024 * 1024;

// One token found in what the user pasted, dropped or loaded.
struct TokenCandidate
{
    QString token;
    // Where it came from: "bare", "bearer" (a "Bearer <token>" value), "authorization"
    // (a whole "Authorization: ..." header line), "query" or "fragment" (a redirect URL),
    // "json" (a pasted token endpoint response, RFC 6749 §5.1).
    QString origin;
    // For a redirect URL or a token response: the parameter name (access_token, id_token, code,
    // refresh_token).
    QString parameter;
};

struct TokenInput
{
    QList<TokenCandidate> candidates; // id_token, access_token, refresh_token, code
    QString error;                    // translated; set when no candidate was found
    bool ok() const { return error.isEmpty() && !candidates.isEmpty(); }
};

// Finds the token(s) in free text: a bare token, "Bearer <token>", an "Authorization:" header
// line, or a redirect URL whose query or fragment holds access_token / id_token / code /
// refresh_token. Surrounding whitespace and line breaks (also inside a pasted token that was
// wrapped) are tolerated. Input over MaxTokenInputBytes is refused with an error.
TokenInput extractTokens(QStringView text);

} // namespace Jose
