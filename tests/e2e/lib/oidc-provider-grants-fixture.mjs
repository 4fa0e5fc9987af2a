// SPDX-License-Identifier: GPL-3.0-or-later
// panva's oidc-provider (pinned in package-lock.json) with the grants that need no browser, for
// tests/integration/tst_tokenoperations: client credentials with introspection and revocation,
// and the device flow with a 2-second device code (so a test sees a real expired_token).
// Prints one JSON line {"issuer": "..."} once it listens; exits when standard input closes or
// on SIGTERM/SIGINT.
// Options (devicecode.e2e.test.mjs): --interactive turns on the development login and consent
// pages (any user name, any password) so a browser can approve a device code;
// --device-code-ttl=SECONDS sets the device code's lifetime (default 2).

import http from 'node:http';
import Provider from 'oidc-provider';

const routes = {
  token: '/token',
  jwks: '/jwks',
  introspection: '/token/introspection',
  revocation: '/token/revocation',
  device_authorization: '/device/auth',
  code_verification: '/device',
};

const interactive = process.argv.includes('--interactive');
const ttlOption = process.argv.find((a) => a.startsWith('--device-code-ttl='));
const deviceCodeTtl = ttlOption ? Number(ttlOption.split('=')[1]) : 2;

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
        client_id: 'tokenscope-service',
        client_secret: 'grants-fixture-secret:+/ &=%-0123456789abcdef',
        grant_types: ['client_credentials'],
        response_types: [],
        redirect_uris: [],
        token_endpoint_auth_method: 'client_secret_basic',
      },
      {
        client_id: 'tokenscope-device',
        grant_types: ['urn:ietf:params:oauth:grant-type:device_code'],
        response_types: [],
        redirect_uris: [],
        token_endpoint_auth_method: 'none',
      },
    ],
    routes,
    ttl: { DeviceCode: deviceCodeTtl, ClientCredentials: 600 },
    // The development pages sign in anyone; the account's claims are its id.
    ...(interactive ? { findAccount: (ctx, id) => ({ accountId: id, claims: () => ({ sub: id }) }) } : {}),
    features: {
      devInteractions: { enabled: interactive },
      clientCredentials: { enabled: true },
      introspection: { enabled: true },
      revocation: { enabled: true },
      deviceFlow: { enabled: true },
    },
    cookies: { keys: ['tokenscope-grants-fixture-cookie-key'] },
  });
  server.on('request', provider.callback());
  process.stdout.write(`${JSON.stringify({ issuer })}\n`);
});

process.stdin.on('end', stop);
process.stdin.on('close', stop);
process.stdin.resume();
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
