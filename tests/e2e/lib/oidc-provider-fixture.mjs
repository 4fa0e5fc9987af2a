// SPDX-License-Identifier: GPL-3.0-or-later
// A real third-party OpenID provider (panva's oidc-provider, pinned in package-lock.json) on an
// ephemeral loopback port, for tests/integration/tst_discoveryclient. Prints one JSON line
// {"issuer": "..."} once it listens; exits when standard input closes or on SIGTERM/SIGINT.
// Routes are set explicitly so the test knows every endpoint URL without reading the document.

import http from 'node:http';
import Provider from 'oidc-provider';

const routes = {
  authorization: '/auth',
  token: '/token',
  jwks: '/jwks',
  userinfo: '/me',
  introspection: '/token/introspection',
  revocation: '/token/revocation',
  device_authorization: '/device/auth',
  pushed_authorization_request: '/request',
  end_session: '/session/end',
};

const server = http.createServer();

function stop() {
  server.close();
  process.exit(0);
}

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: 'tokenscope-web',
        client_secret: 'fixture-secret-not-used-by-discovery',
        redirect_uris: ['http://127.0.0.1/callback'],
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
      {
        client_id: 'tokenscope-native',
        redirect_uris: ['http://127.0.0.1/callback'],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'none',
      },
    ],
    routes,
    features: {
      devInteractions: { enabled: false },
      introspection: { enabled: true },
      revocation: { enabled: true },
      deviceFlow: { enabled: true },
      pushedAuthorizationRequests: { enabled: true },
      rpInitiatedLogout: { enabled: true },
    },
    cookies: { keys: ['tokenscope-fixture-cookie-key'] },
  });
  server.on('request', provider.callback());
  process.stdout.write(`${JSON.stringify({ issuer })}\n`);
});

process.stdin.on('end', stop);
process.stdin.on('close', stop);
process.stdin.resume();
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
