// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Private to the sandbox's admin API: entity tags of its documents and the If-Match
// precondition (RFC 9110 §8.8.3, §13.1.1).

#include "httpmessage.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace Sandbox {

// Strong ETags for admin documents: a keyed hash (HMAC-SHA-256, 128 bits, base64url, quoted) of
// the document exactly as GET returns it. admin.json's "version" field is the documents' format
// version (always 3), not a change counter, so it cannot serve. The key is random per instance:
// a tag never lets anyone test guesses of a static IDP's user passwords offline, and after a
// restart every old tag simply stops matching (a 412, never a lost update).
class EntityTagger final
{
public:
    EntityTagger();
    QByteArray tag(const QJsonObject &document) const; // "\"…\"", quotes included

private:
    QByteArray m_key;
};

// A parsed If-Match field (all its lines joined): "*" or a list of entity tags, weak ones
// included as sent ("W/\"…\""), so they can be refused by the strong comparison If-Match needs.
struct IfMatch
{
    bool present = false;
    bool any = false;        // "*"
    QList<QByteArray> tags;

    // nullopt: the field is malformed (answer 400). RFC 9110 §5.6.1: empty list elements are
    // allowed and ignored; "*" only on its own.
    static std::optional<IfMatch> parse(const HttpRequest &request);

    // RFC 9110 §13.1.1, for a resource that exists and has currentTag: true when the field is
    // absent, "*", or lists currentTag (strong comparison: a weak tag never matches).
    bool matches(const QByteArray &currentTag) const;
    // For a collection (list or create): it exists but has no entity tag, so only "*" matches.
    bool matchesCollection() const { return !present || any; }
};

} // namespace Sandbox
