// SPDX-License-Identifier: GPL-3.0-or-later
// panva's oidc-provider (pinned in package-lock.json) with its development login and consent
// pages on, for the authorization-code e2e test (authcode.e2e.test.mjs): a public native client
// whose loopback redirect matches on any port (RFC 8252 §7.3). Prints one JSON line
// {"issuer": "..."} once it listens; exits when standard input closes or on SIGTERM/SIGINT.
// oidc-provider-fixture.mjs stays as it is for the discovery tests.

import http from 'node:http';
import Provider from 'oidc-provider';

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
        client_id: 'tokenscope-native',
        application_type: 'native',
        redirect_uris: ['http://127.0.0.1/callback'],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'none',
      },
    ],
    // The development pages sign in anyone with any password; the account's claims are its id.
    findAccount: (ctx, id) => ({ accountId: id, claims: () => ({ sub: id }) }),
    features: { devInteractions: { enabled: true } },
    pkce: { required: () => true },
    cookies: { keys: ['tokenscope-login-fixture-cookie-key'] },
  });
  server.on('request', provider.callback());
  process.stdout.write(`${JSON.stringify({ issuer })}\n`);
});

process.stdin.on('end', stop);
process.stdin.on('close', stop);
process.stdin.resume();
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
