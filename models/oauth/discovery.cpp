// SPDX-License-Identifier: GPL-3.0-or-later
#include "discovery.h"

namespace Discovery {
DiscoveryClient::DiscoveryClient(HttpClient *http, QObject *parent) : QObject(parent), m_http(http) {}
} // namespace Discovery
