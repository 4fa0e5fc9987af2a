// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decodedtoken.h"
#include "tokenverifier.h"

#include <QJsonObject>

namespace Jose {

// The CLI's JSON documents, also used for "copy as JSON" in the GUI.
// decode: {"kind", "header", "payload", "signature_bytes", "problems": [{"part","message"}],
//          "opaque": {"length","character_set"} (opaque only)}
// The payload is a JSON object when it is one, otherwise a string (the text, or base64url when
// it is not UTF-8); JWE has "payload": null and "encrypted": true.
QJsonObject decodeToJson(const DecodedToken &token);
// verify: decodeToJson(...) plus {"checks": [{"name","status","detail"}], "valid"}
QJsonObject verifyToJson(const DecodedToken &token, const VerifyReport &report);

} // namespace Jose
