// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A browser for the integration tests of the authorization flows, without JavaScript, over
// QNetworkAccessManager: it opens the authorization URL, follows redirects, signs in and consents
// on the sandbox's and oidc-provider's pages (any form with login/username and password fields),
// and delivers the authorization response to the loopback listener (path /callback): a query
// redirect as is, a form_post page submitted, a fragment posted back to the listener exactly as
// the listener's relay page (resources/oauth/relay.html) does with JavaScript.

#include "oauth/browserlauncher.h"

#include <QList>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QPair>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>
#include <utility>

namespace TestBrowser {

inline QString htmlUnescape(QString text)
{
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&#39;"), QLatin1String("'"));
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text;
}

// The first form of a page: its action and its inputs (hidden ones with their values; a text or
// password input named login, username or password filled in as a user would).
struct HtmlForm
{
    QString action;
    QList<QPair<QString, QString>> fields;
};

inline std::optional<HtmlForm> firstForm(const QByteArray &html, const QString &user, const QString &password)
{
    const QString text = QString::fromUtf8(html);
    static const QRegularExpression formRe(QStringLiteral("<form[^>]*\\saction=\"([^\"]*)\""));
    const auto form = formRe.match(text);
    if (!form.hasMatch())
        return std::nullopt;
    HtmlForm result;
    result.action = htmlUnescape(form.captured(1));
    static const QRegularExpression inputRe(QStringLiteral("<input([^>]*)>"));
    static const QRegularExpression attributeRe(QStringLiteral("([a-z]+)=\"([^\"]*)\""));
    const qsizetype end = text.indexOf(QLatin1String("</form>"), form.capturedEnd());
    auto inputs = inputRe.globalMatch(text.left(end < 0 ? text.size() : end), form.capturedEnd());
    while (inputs.hasNext()) {
        QMap<QString, QString> attributes;
        auto attribute = attributeRe.globalMatch(inputs.next().captured(1));
        while (attribute.hasNext()) {
            const auto match = attribute.next();
            attributes.insert(match.captured(1), htmlUnescape(match.captured(2)));
        }
        const QString name = attributes.value(QStringLiteral("name"));
        if (attributes.value(QStringLiteral("type")) == QLatin1String("hidden"))
            result.fields.append({name, attributes.value(QStringLiteral("value"))});
        else if (name == QLatin1String("username") || name == QLatin1String("login"))
            result.fields.append({name, user});
        else if (name == QLatin1String("password"))
            result.fields.append({name, password});
    }
    return result;
}

inline QByteArray formBody(const QList<QPair<QString, QString>> &items)
{
    QByteArray body;
    for (const auto &[name, value] : items) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

// A browser without JavaScript, with its own cookie jar: it GETs the
// authorization URL, follows redirects, submits each page's form (sign in, consent, form_post)
// and delivers the authorization response to the loopback listener (the path /callback) as a
// browser would. For a fragment it does what the listener's relay page does with JavaScript.
class HttpBrowser final : public QObject, public OAuth::BrowserLauncher
{
public:
    HttpBrowser(QString user, QString password) : m_user(std::move(user)), m_password(std::move(password)) {}

    bool open(const QUrl &url, QString *) override
    {
        opened.append(url);
        get(url);
        return true;
    }

    QList<QUrl> opened;
    QStringList problems;
    bool relayPageSeen = false;
    int pagesSubmitted = 0;

private:
    static bool isListener(const QUrl &url) { return url.path() == QLatin1String("/callback"); }

    void step(QNetworkReply *reply)
    {
        if (++m_steps > 20) {
            problems.append(QStringLiteral("too many steps"));
            return;
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status >= 300 && status < 400) {
            const QUrl location = reply->url().resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
            if (!isListener(location)) {
                get(location);
                return;
            }
            if (!location.hasFragment()) {
                send(location, nullptr, [](QNetworkReply *) {});
                return;
            }
            // response_mode fragment: the browser keeps the fragment; the listener's relay page
            // posts it back (resources/oauth/relay.html). Done here without JavaScript.
            const QString fragment = location.fragment(QUrl::FullyEncoded);
            const QUrl page = location.adjusted(QUrl::RemoveFragment);
            send(page, nullptr, [this, page, fragment](QNetworkReply *relay) {
                relayPageSeen = relay->readAll().contains("window.location.hash");
                const QByteArray body = fragment.toLatin1();
                send(page, &body, [](QNetworkReply *) {});
            });
            return;
        }
        const QByteArray body = reply->readAll();
        const auto form = firstForm(body, m_user, m_password);
        if (status != 200 || !form) {
            problems.append(QStringLiteral("unexpected answer %1 from %2: %3")
                                .arg(status)
                                .arg(reply->url().toString(), QString::fromUtf8(body.left(400))));
            return;
        }
        ++pagesSubmitted;
        const QUrl action = reply->url().resolved(QUrl(form->action));
        const QByteArray fields = formBody(form->fields);
        if (isListener(action)) // response_mode form_post: the auto-submitting form
            send(action, &fields, [](QNetworkReply *) {});
        else
            send(action, &fields, [this](QNetworkReply *next) { step(next); });
    }

    void get(const QUrl &url)
    {
        send(url, nullptr, [this](QNetworkReply *reply) { step(reply); });
    }
    // GET without a body, else a form POST; redirects are followed by step().
    void send(const QUrl &url, const QByteArray *body, std::function<void(QNetworkReply *)> then)
    {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = nullptr;
        if (body) {
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
            reply = m_network.post(request, *body);
        } else {
            reply = m_network.get(request);
        }
        connect(reply, &QNetworkReply::finished, this, [reply, then] {
            then(reply);
            reply->deleteLater();
        });
    }

    QString m_user, m_password;
    QNetworkAccessManager m_network; // its own cookies: every flow signs in afresh
    int m_steps = 0;
};

} // namespace TestBrowser
