// SPDX-License-Identifier: GPL-3.0-or-later
// Redaction and "copy as curl" for the exchange log (declared in exchangelog.h).
#include "exchangelog.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <QStringList>
#include <QUrl>

#include <algorithm>
#include <climits>

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Redaction)
};

// Compared case-insensitively after decoding: a server that is lenient about case must not
// make a secret visible here.
bool isSecretName(const QByteArray &decodedName)
{
    static const char *const names[] = {
        "client_secret", "password",      "code",         "code_verifier", "client_assertion",
        "assertion",     "subject_token", "actor_token",  "refresh_token", "access_token",
        "id_token",      "token",         "device_code",
        "registration_access_token", // RFC 7591 §3.2.1, next to a client_secret
    };
    const QByteArray name = decodedName.trimmed();
    for (const char *secret : names) {
        if (QByteArrayView(name).compare(QByteArrayView(secret), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isSecretHeader(const QByteArray &name)
{
    static const char *const names[] = {"authorization", "proxy-authorization", "cookie", "set-cookie", "dpop"};
    const QByteArray trimmed = name.trimmed();
    for (const char *secret : names) {
        if (QByteArrayView(trimmed).compare(QByteArrayView(secret), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

qsizetype characterCount(const QByteArray &utf8)
{
    return QString::fromUtf8(utf8).size();
}

QByteArray decodeFormComponent(QByteArray component)
{
    component.replace('+', ' ');
    return QByteArray::fromPercentEncoding(component);
}

// application/x-www-form-urlencoded (bodies, queries, fragments): secret fields' values replaced,
// everything else byte for byte, repeated fields each on their own.
QByteArray redactForm(const QByteArray &form, bool *changed)
{
    QByteArray out;
    out.reserve(form.size());
    qsizetype start = 0;
    while (start <= form.size()) {
        qsizetype end = form.indexOf('&', start);
        if (end < 0)
            end = form.size();
        const QByteArray field = form.mid(start, end - start);
        const qsizetype equals = field.indexOf('=');
        const QByteArray value = equals < 0 ? QByteArray() : field.mid(equals + 1);
        if (equals >= 0 && !value.isEmpty() && isSecretName(decodeFormComponent(field.left(equals)))) {
            out += field.left(equals + 1);
            out += Redaction::marker(characterCount(decodeFormComponent(value))).toUtf8();
            *changed = true;
        } else {
            out += field;
        }
        if (end < form.size())
            out += '&';
        start = end + 1;
    }
    return out;
}

// A tolerant, iterative JSON scanner: it redacts the values of secret members at any depth
// (and everything inside a secret member's array or object) while copying the rest unchanged,
// so valid JSON stays valid and invalid JSON (truncated, single quotes, bare words) still has
// its secrets replaced. No recursion: hostile nesting cannot exhaust the stack.
class JsonRedactor
{
public:
    explicit JsonRedactor(const QByteArray &in)
        : m_in(in)
    {
    }

    QByteArray run(bool *changed)
    {
        m_out.reserve(m_in.size());
        while (m_pos < m_in.size()) {
            const char c = m_in.at(m_pos);
            switch (c) {
            case ' ': case '\t': case '\r': case '\n':
                m_out += c;
                ++m_pos;
                break;
            case '{':
            case '[':
                m_stack.append({c == '{', valueIsSecret(), true, false});
                m_out += c;
                ++m_pos;
                break;
            case '}':
            case ']':
                if (!m_stack.isEmpty())
                    m_stack.removeLast();
                m_out += c;
                ++m_pos;
                break;
            case ',':
                if (!m_stack.isEmpty() && m_stack.last().object) {
                    m_stack.last().expectKey = true;
                    m_stack.last().keyIsSecret = false;
                }
                m_out += c;
                ++m_pos;
                break;
            case ':':
                if (!m_stack.isEmpty() && m_stack.last().object)
                    m_stack.last().expectKey = false;
                m_out += c;
                ++m_pos;
                break;
            default:
                token(changed);
                break;
            }
        }
        return m_out;
    }

private:
    struct Frame
    {
        bool object;
        bool redactAll;   // inside a secret member's value
        bool expectKey;   // objects: the next string is a member name
        bool keyIsSecret; // objects: the current member's name is a secret one
    };

    bool valueIsSecret() const
    {
        if (m_stack.isEmpty())
            return false;
        const Frame &frame = m_stack.last();
        return frame.redactAll || (frame.object && frame.keyIsSecret);
    }

    // A string (double or single quotes, escapes decoded) or a bare word (number, literal, junk).
    void token(bool *changed)
    {
        const qsizetype start = m_pos;
        const char quote = m_in.at(m_pos);
        QByteArray decoded;
        bool literal = false;
        if (quote == '"' || quote == '\'') {
            ++m_pos;
            while (m_pos < m_in.size()) {
                const char c = m_in.at(m_pos++);
                if (c == quote)
                    break;
                if (c != '\\' || m_pos >= m_in.size()) {
                    decoded += c;
                    continue;
                }
                const char escaped = m_in.at(m_pos++);
                if (escaped == 'u' && m_pos + 4 <= m_in.size()) {
                    bool ok = false;
                    const ushort unit = m_in.mid(m_pos, 4).toUShort(&ok, 16);
                    if (ok) {
                        decoded += QString(QChar(unit)).toUtf8();
                        m_pos += 4;
                        continue;
                    }
                }
                switch (escaped) {
                case 'n': decoded += '\n'; break;
                case 't': decoded += '\t'; break;
                case 'r': decoded += '\r'; break;
                case 'b': decoded += '\b'; break;
                case 'f': decoded += '\f'; break;
                default: decoded += escaped; break;
                }
            }
        } else {
            static const QByteArray delimiters = QByteArrayLiteral(",:{}[]\"' \t\r\n");
            while (m_pos < m_in.size() && !delimiters.contains(m_in.at(m_pos)))
                ++m_pos;
            decoded = m_in.mid(start, m_pos - start);
            literal = decoded == "null" || decoded == "true" || decoded == "false";
        }

        if (!m_stack.isEmpty() && m_stack.last().object && m_stack.last().expectKey) {
            m_stack.last().keyIsSecret = isSecretName(decoded);
            m_out += QByteArrayView(m_in).sliced(start, m_pos - start);
            return;
        }
        if (valueIsSecret() && !literal && !decoded.isEmpty()) {
            m_out += '"' + Redaction::marker(characterCount(decoded)).toUtf8() + '"';
            *changed = true;
            return;
        }
        m_out += QByteArrayView(m_in).sliced(start, m_pos - start);
    }

    const QByteArray &m_in;
    QByteArray m_out;
    qsizetype m_pos = 0;
    QList<Frame> m_stack;
};

QByteArray mediaType(const QByteArray &contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.left(semicolon)).trimmed().toLower();
}

bool isBinary(const QByteArray &body)
{
    for (const char c : body) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte < 0x20 && c != '\t' && c != '\n' && c != '\r') || byte == 0x7f)
            return true;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
    const QString text = decoder.decode(body);
    return decoder.hasError();
}

// A whole body that is a compact JWS or JWE (application/jwt responses, a bare token).
bool isCompactJwt(const QByteArray &body)
{
    const QByteArray text = body.trimmed();
    if (!text.startsWith("eyJ"))
        return false;
    int dots = 0;
    for (const char c : text) {
        if (c == '.')
            ++dots;
        else if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'))
            return false;
    }
    return dots == 2 || dots == 4;
}

bool looksLikeForm(const QByteArray &body)
{
    if (!body.contains('='))
        return false;
    for (const char c : body) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte <= 0x20 || byte >= 0x7f)
            return false;
    }
    return true;
}

QByteArray redactBody(const QByteArray &contentType, const QByteArray &body, bool *changed)
{
    if (body.isEmpty())
        return body;
    if (isBinary(body)) {
        *changed = true;
        return Text::tr("‹binary data, %n byte(s)›", nullptr, int(std::min<qsizetype>(body.size(), INT_MAX))).toUtf8();
    }
    const QByteArray type = mediaType(contentType);
    if (type == "application/jwt" || type.endsWith("+jwt") || isCompactJwt(body)) {
        *changed = true;
        return Redaction::marker(characterCount(body.trimmed())).toUtf8();
    }
    if (type == "application/x-www-form-urlencoded")
        return redactForm(body, changed);
    const QByteArray trimmed = body.trimmed();
    if (type.endsWith("json") || trimmed.startsWith('{') || trimmed.startsWith('['))
        return JsonRedactor(body).run(changed);
    if ((type.isEmpty() || type == "text/plain") && looksLikeForm(trimmed))
        return redactForm(body, changed);
    return body;
}

QString redactUrl(const QUrl &url, bool *changed)
{
    QString text = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemovePassword).toString(QUrl::FullyEncoded);
    const QString password = url.password(QUrl::FullyDecoded);
    if (!password.isEmpty()) {
        const qsizetype authority = text.indexOf(QLatin1String("//"));
        const qsizetype at = text.indexOf(u'@', authority < 0 ? 0 : authority);
        if (at >= 0)
            text.insert(at, u':' + Redaction::marker(password.size()));
        *changed = true;
    }
    if (url.hasQuery())
        text += u'?' + QString::fromUtf8(redactForm(url.query(QUrl::FullyEncoded).toUtf8(), changed));
    if (url.hasFragment())
        text += u'#' + QString::fromUtf8(redactForm(url.fragment(QUrl::FullyEncoded).toUtf8(), changed));
    return text;
}

// POSIX shell: single quotes keep everything literal ($, `, \, newlines); a single quote
// itself ends the quoting, is escaped, and quoting starts again.
QString shellQuote(const QString &word)
{
    static const QString safe = QStringLiteral("_@%+=:,./-");
    bool plain = !word.isEmpty();
    for (const QChar c : word) {
        if (!(c.unicode() < 0x80 && (c.isLetterOrNumber() || safe.contains(c)))) {
            plain = false;
            break;
        }
    }
    if (plain)
        return word;
    QString quoted = word;
    quoted.replace(u'\'', QLatin1String("'\\''"));
    return u'\'' + quoted + u'\'';
}

// A body that cannot travel in an argument (NUL bytes, not UTF-8): printf's format with octal
// escapes, piped into curl.
QString printfFormat(const QByteArray &body)
{
    QString format;
    format.reserve(body.size() * 2);
    for (const char c : body) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '%')
            format += QLatin1String("%%");
        else if (c == '\\')
            format += QLatin1String("\\\\");
        else if (byte >= 0x20 && byte < 0x7f && c != '\'')
            format += QLatin1Char(c);
        else
            format += u'\\' + QString::number(byte, 8).rightJustified(3, u'0');
    }
    return format;
}

} // namespace

namespace Redaction {

QString marker(qsizetype length)
{
    return Text::tr("‹redacted, length %1›").arg(length);
}

QByteArray headerValue(const QByteArray &name, const QByteArray &value)
{
    const QByteArray trimmed = value.trimmed();
    if (!isSecretHeader(name) || trimmed.isEmpty())
        return value;
    const QByteArray lower = name.trimmed().toLower();
    if (lower == "authorization" || lower == "proxy-authorization") {
        // RFC 9110 §11.4: credentials = auth-scheme [ 1*SP ( token68 / #auth-param ) ]
        const qsizetype space = trimmed.indexOf(' ');
        const QByteArray scheme = space < 0 ? QByteArray() : trimmed.left(space);
        bool isToken = !scheme.isEmpty();
        for (const char c : scheme) {
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'))
                isToken = false;
        }
        if (isToken)
            return scheme + ' ' + marker(characterCount(trimmed.mid(space + 1).trimmed())).toUtf8();
    }
    return marker(characterCount(trimmed)).toUtf8();
}

QString url(const QUrl &url)
{
    bool changed = false;
    return redactUrl(url, &changed);
}

QByteArray body(const QByteArray &contentType, const QByteArray &body)
{
    bool changed = false;
    return redactBody(contentType, body, &changed);
}

} // namespace Redaction

QString curlCommand(const HttpExchange &exchange, bool redacted)
{
    const HttpRequest &request = exchange.request;
    const QByteArray method = request.method.isEmpty() ? QByteArrayLiteral("GET") : request.method.toUpper();
    bool changed = false;
    QStringList words{QStringLiteral("curl")};
    QString pipeFrom;

    if (method == "HEAD")
        words << QStringLiteral("--head");
    else if (!(method == "GET" && request.body.isEmpty()) && !(method == "POST" && !request.body.isEmpty()))
        words << QStringLiteral("-X") << shellQuote(QString::fromLatin1(method));

    QByteArray contentType;
    for (const auto &[name, value] : request.headers) {
        if (QByteArrayView(name.trimmed()).compare("content-type", Qt::CaseInsensitive) == 0)
            contentType = value;
        QByteArray shown = value;
        if (redacted) {
            shown = Redaction::headerValue(name, value);
            changed = changed || shown != value;
        }
        // curl: "Name:" removes a header, "Name;" sends it empty.
        const QByteArray header = shown.isEmpty() ? QByteArray(name + ';') : QByteArray(name + ": " + shown);
        words << QStringLiteral("-H") << shellQuote(QString::fromUtf8(header));
    }

    const TlsOptions &tls = request.tls;
    if (!tls.caBundlePath.isEmpty())
        words << QStringLiteral("--cacert") << shellQuote(tls.caBundlePath);
    if (tls.insecure)
        words << QStringLiteral("--insecure");
    const bool clientCertificate = !tls.clientCertificatePath.isEmpty();
    if (clientCertificate) {
        words << QStringLiteral("--cert") << shellQuote(tls.clientCertificatePath) << QStringLiteral("--key")
              << shellQuote(Text::tr("<your key file>"));
    }

    if (!request.body.isEmpty()) {
        const QByteArray body = redacted ? redactBody(contentType, request.body, &changed) : request.body;
        QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
        const QString text = decoder.decode(body);
        if (decoder.hasError() || body.contains('\0')) {
            pipeFrom = QStringLiteral("printf ") + shellQuote(printfFormat(body)) + QStringLiteral(" | ");
            words << QStringLiteral("--data-binary") << QStringLiteral("@-");
        } else {
            words << QStringLiteral("--data-binary") << shellQuote(text);
        }
    }

    words << shellQuote(redacted ? redactUrl(request.url, &changed) : request.url.toString(QUrl::FullyEncoded));

    QString command;
    if (redacted && changed) {
        command += QStringLiteral("# ")
                   + Text::tr("Secrets were left out of this command (shown as ‹redacted›): it fails until you put "
                              "them back.")
                   + u'\n';
    }
    if (clientCertificate) {
        command += QStringLiteral("# ")
                   + Text::tr("Replace <your key file> with the path of the TLS client certificate's private key.")
                   + u'\n';
    }
    command += pipeFrom + words.join(QLatin1String(" \\\n  "));
    return command;
}
