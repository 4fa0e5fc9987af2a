// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokeninput.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <array>

namespace Jose {

namespace {

// Text::tr() with a fixed context that lupdate sees as well.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(TokenInput)
};

// The parameters a redirect or a token response carries, in the order candidates are listed.
constexpr std::array<QLatin1StringView, 4> TokenParameters = {
    QLatin1StringView("id_token"), QLatin1StringView("access_token"),
    QLatin1StringView("refresh_token"), QLatin1StringView("code"),
};

QString withoutWhitespace(QStringView text)
{
    // Written through a pointer into a pre-sized string: one append per character costs more
    // than everything else here for a long token.
    QString out(text.size(), Qt::Uninitialized);
    QChar *o = out.data();
    qsizetype length = 0;
    for (const QChar c : text) {
        if (!c.isSpace())
            o[length++] = c;
    }
    out.truncate(length);
    return out;
}

// Quotes around a pasted value ("eyJ...", 'eyJ...', `eyJ...`), as copied from code or a log.
QStringView withoutQuotes(QStringView text)
{
    while (text.size() >= 2) {
        const QChar first = text.front();
        if ((first == u'"' || first == u'\'' || first == u'`') && text.back() == first)
            text = text.sliced(1, text.size() - 2).trimmed();
        else
            break;
    }
    return text;
}

qsizetype utf8Length(QStringView text)
{
    qsizetype bytes = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x80)
            bytes += 1;
        else if (c < 0x800)
            bytes += 2;
        else if (QChar::isHighSurrogate(c) && i + 1 < text.size() && QChar::isLowSurrogate(text[i + 1].unicode())) {
            bytes += 4;
            ++i;
        } else
            bytes += 3;
    }
    return bytes;
}

bool startsWithScheme(QStringView text, QLatin1StringView scheme, QStringView *rest)
{
    if (text.size() <= scheme.size() || !text.startsWith(scheme, Qt::CaseInsensitive))
        return false;
    if (!text[scheme.size()].isSpace())
        return false;
    *rest = text.sliced(scheme.size()).trimmed();
    return true;
}

// RFC 9110 §11.4: credentials = auth-scheme [ 1*SP ( token68 / #auth-param ) ]. Returns the part
// after a recognisable scheme, or the whole value when it has none (e.g. a bare API key).
QStringView credentialsOf(QStringView value)
{
    QStringView rest;
    for (const auto scheme : {QLatin1StringView("Bearer"), QLatin1StringView("DPoP")}) {
        if (startsWithScheme(value, scheme, &rest))
            return rest;
    }
    qsizetype i = 0;
    while (i < value.size() && (value[i].isLetterOrNumber() || QStringView(u"!#$%&'*+.^_`|~-").contains(value[i])))
        ++i;
    if (i > 0 && i < value.size() && value[i].isSpace()) {
        rest = value.sliced(i).trimmed();
        if (!rest.isEmpty())
            return rest;
    }
    return value;
}

// "Name:" at the start of a line: another header of a pasted request.
bool startsHeaderLine(QStringView line)
{
    line = line.trimmed();
    const qsizetype colon = line.indexOf(u':');
    if (colon <= 0)
        return false;
    for (const QChar c : line.first(colon)) {
        if (!(c.isLetterOrNumber() || c == u'-'))
            return false;
    }
    return true;
}

// The value of an "Authorization:" header found anywhere in the text (a header line, a curl
// command line, an HTTP log excerpt). The value runs on over line breaks, so that a token
// wrapped over several lines stays whole, and stops at the quote that closes a curl argument or
// at a line that starts another header.
std::optional<QStringView> authorizationValue(QStringView text)
{
    static const QLatin1StringView name("authorization");
    qsizetype from = 0;
    while (true) {
        const qsizetype at = text.indexOf(name, from, Qt::CaseInsensitive);
        if (at < 0)
            return std::nullopt;
        from = at + name.size();
        // Must start a line or follow a quote, and be followed by optional blanks and a colon.
        qsizetype before = at - 1;
        while (before >= 0 && (text[before] == u' ' || text[before] == u'\t'))
            --before;
        const bool afterQuote = before >= 0 && (text[before] == u'"' || text[before] == u'\'');
        const bool startsLine = before < 0 || text[before] == u'\n' || text[before] == u'\r' || afterQuote;
        qsizetype colon = from;
        while (colon < text.size() && (text[colon] == u' ' || text[colon] == u'\t'))
            ++colon;
        if (!startsLine || colon >= text.size() || text[colon] != u':')
            continue;

        qsizetype end = colon + 1;
        if (afterQuote) {
            const qsizetype close = text.indexOf(text[before], end);
            if (close >= 0)
                end = close;
            else
                end = text.size();
        } else {
            end = text.size();
            qsizetype lineEnd = text.indexOf(u'\n', colon);
            while (lineEnd >= 0) {
                const qsizetype next = text.indexOf(u'\n', lineEnd + 1);
                const QStringView line = text.sliced(lineEnd + 1, (next < 0 ? text.size() : next) - lineEnd - 1);
                if (startsHeaderLine(line)) {
                    end = lineEnd;
                    break;
                }
                lineEnd = next;
            }
        }
        return text.sliced(colon + 1, end - colon - 1).trimmed();
    }
}

bool looksLikeRedirect(QStringView text)
{
    if (text.startsWith(u'?') || text.startsWith(u'#'))
        return true;
    if (!text.contains(u'?') && !text.contains(u'#'))
        return false;
    if (text.startsWith(QLatin1StringView("http://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1StringView("https://"), Qt::CaseInsensitive))
        return true;
    // A custom-scheme redirect URI (com.example.app:/callback?code=...).
    for (const auto parameter : TokenParameters) {
        if (text.contains(QString(QString(parameter) + u'=')))
            return true;
    }
    return false;
}

struct Parameter
{
    QString name;
    QString value;
};

QList<Parameter> parseParameters(QStringView part)
{
    QList<Parameter> parameters;
    for (const QStringView pair : part.tokenize(u'&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf(u'=');
        const QStringView name = equals < 0 ? pair : pair.first(equals);
        const QStringView value = equals < 0 ? QStringView() : pair.sliced(equals + 1);
        // '+' stays as it is: a token never holds a space, but a base64 one may hold a '+'.
        parameters.append({QUrl::fromPercentEncoding(name.toUtf8()),
                           QUrl::fromPercentEncoding(value.toUtf8())});
    }
    return parameters;
}

void addFromParameters(QList<TokenCandidate> &found, const QList<Parameter> &parameters,
                       const QString &origin)
{
    for (const Parameter &p : parameters) {
        for (const auto name : TokenParameters) {
            if (p.name == name) {
                const QString token = withoutWhitespace(p.value);
                if (!token.isEmpty())
                    found.append({token, origin, p.name});
            }
        }
    }
}

int parameterRank(const QString &name)
{
    for (int i = 0; i < int(TokenParameters.size()); ++i) {
        if (name == TokenParameters[i])
            return i;
    }
    return int(TokenParameters.size());
}

TokenInput fromRedirect(QStringView text)
{
    TokenInput input;
    const QString url = withoutWhitespace(text);
    const qsizetype hash = url.indexOf(u'#');
    const QStringView beforeFragment = hash < 0 ? QStringView(url) : QStringView(url).first(hash);
    const QStringView fragment = hash < 0 ? QStringView() : QStringView(url).sliced(hash + 1);
    const qsizetype question = beforeFragment.indexOf(u'?');
    const QStringView query = question < 0 ? QStringView() : beforeFragment.sliced(question + 1);

    const QList<Parameter> queryParameters = parseParameters(query);
    const QList<Parameter> fragmentParameters = parseParameters(fragment);
    addFromParameters(input.candidates, queryParameters, QStringLiteral("query"));
    addFromParameters(input.candidates, fragmentParameters, QStringLiteral("fragment"));
    std::stable_sort(input.candidates.begin(), input.candidates.end(),
                     [](const TokenCandidate &a, const TokenCandidate &b) {
                         return parameterRank(a.parameter) < parameterRank(b.parameter);
                     });
    if (!input.candidates.isEmpty())
        return input;

    // RFC 6749 §4.1.2.1: an error response instead of a token.
    for (const auto *parameters : {&queryParameters, &fragmentParameters}) {
        QString error;
        QString description;
        for (const Parameter &p : *parameters) {
            if (p.name == QLatin1StringView("error"))
                error = p.value;
            else if (p.name == QLatin1StringView("error_description"))
                description = QString(p.value).replace(u'+', u' ');
        }
        if (!error.isEmpty()) {
            input.error = description.isEmpty()
                ? Text::tr("The redirect carries an error instead of a token: %1").arg(error)
                : Text::tr("The redirect carries an error instead of a token: %1 (%2)").arg(error, description);
            return input;
        }
    }
    input.error = Text::tr("The URL has no access_token, id_token, refresh_token or code parameter in its query or fragment.");
    return input;
}

// A token endpoint response (RFC 6749 §5.1), pasted whole.
std::optional<TokenInput> fromTokenResponse(QStringView text)
{
    if (!text.startsWith(u'{'))
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    TokenInput input;
    for (const auto name : TokenParameters) {
        const QString value = withoutWhitespace(object.value(name).toString());
        if (!value.isEmpty())
            input.candidates.append({value, QStringLiteral("json"), QString(name)});
    }
    if (input.candidates.isEmpty())
        return std::nullopt; // a JSON object that is not a token response; treat it as text
    return input;
}

} // namespace

TokenInput extractTokens(QStringView text)
{
    TokenInput input;
    if (text.size() > MaxTokenInputBytes || utf8Length(text) > MaxTokenInputBytes) {
        input.error = Text::tr("The input is larger than %1 MiB; a token is never that large.")
                          .arg(MaxTokenInputBytes / (1024 * 1024));
        return input;
    }
    const QStringView trimmed = withoutQuotes(text.trimmed());
    if (trimmed.isEmpty()) {
        input.error = Text::tr("Nothing to inspect: paste a token, an Authorization header or a redirect URL.");
        return input;
    }

    if (auto response = fromTokenResponse(trimmed))
        return *response;

    QStringView rest;
    if (const auto value = authorizationValue(trimmed)) {
        const QString token = withoutWhitespace(withoutQuotes(credentialsOf(*value)));
        if (token.isEmpty() || token.compare(QLatin1StringView("Bearer"), Qt::CaseInsensitive) == 0)
            input.error = Text::tr("The Authorization header has no value.");
        else
            input.candidates.append({token, QStringLiteral("authorization"), {}});
        return input;
    }
    for (const auto scheme : {QLatin1StringView("Bearer"), QLatin1StringView("DPoP")}) {
        if (startsWithScheme(trimmed, scheme, &rest)) {
            const QString token = withoutWhitespace(withoutQuotes(rest));
            if (!token.isEmpty()) {
                input.candidates.append({token, QStringLiteral("bearer"), {}});
                return input;
            }
        }
    }
    if (trimmed.compare(QLatin1StringView("Bearer"), Qt::CaseInsensitive) == 0) {
        input.error = Text::tr("\"Bearer\" is followed by no token.");
        return input;
    }
    if (looksLikeRedirect(trimmed))
        return fromRedirect(trimmed);
    // A form-encoded body or a bare query string: "access_token=...&token_type=Bearer".
    for (const auto parameter : TokenParameters) {
        if (trimmed.startsWith(QString(QString(parameter) + u'=')))
            return fromRedirect(QString(u'?' + trimmed.toString()));
    }

    input.candidates.append({withoutWhitespace(trimmed), QStringLiteral("bare"), {}});
    return input;
}

} // namespace Jose
