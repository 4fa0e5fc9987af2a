// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// RFC 9110 §5.6.2: token = 1*tchar, what a method and a field name are made of. Shared by the
// console's request checks, profile validation (API-token header names), and the sandbox's
// request parser.

#include <QByteArrayView>
#include <QStringView>

namespace Http {

constexpr bool isTokenChar(char16_t c)
{
    if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9'))
        return true;
    switch (c) {
    case u'!': case u'#': case u'$': case u'%': case u'&': case u'\'': case u'*': case u'+': case u'-':
    case u'.': case u'^': case u'_': case u'`': case u'|': case u'~':
        return true;
    default:
        return false;
    }
}

inline bool isToken(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (!isTokenChar(c.unicode()))
            return false;
    }
    return true;
}

inline bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (!isTokenChar(char16_t(static_cast<unsigned char>(c))))
            return false;
    }
    return true;
}

} // namespace Http
