// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenrequest.h"

namespace OAuth {
TokenClient::TokenClient(HttpClient *http, Profiles::SecretStore *secrets, QObject *parent) : QObject(parent), m_http(http), m_secrets(secrets) {}
} // namespace OAuth
