// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The exchange log's entries as text for the Log page's detail pane (and any export): request
// and response with headers and bodies, JSON pretty-printed, redacted unless revealed.

#include "http/httpclient.h"

#include <QString>

namespace ExchangeFormat {

// "POST https://…" then the headers, a TLS line when the request had TLS options, a blank line
// and the body.
QString requestText(const HttpExchange &exchange, bool redacted = true);
// "HTTP 200 (123 ms)" or why nothing came back, the final URL after redirects, the headers, a
// blank line and the body; the error message last.
QString responseText(const HttpExchange &exchange, bool redacted = true);
// A body for display: redacted (Redaction::body) unless revealed, JSON pretty-printed, binary
// bodies as their size, bodies over maxBytes cut with a note.
QString bodyText(const QByteArray &contentType, const QByteArray &body, bool redacted = true,
                 qsizetype maxBytes = 1024 * 1024);
// A step's detail: a URL goes through Redaction::url, anything else is redacted like a query.
QString stepDetail(const QString &detail, bool redacted = true);

} // namespace ExchangeFormat
