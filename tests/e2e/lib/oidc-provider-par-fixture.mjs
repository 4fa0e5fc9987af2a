// SPDX-License-Identifier: GPL-3.0-or-later
// panva's oidc-provider (pinned in package-lock.json) with pushed authorization requests (RFC 9126)
// and the hybrid response types, for tests/integration/tst_clientgrants: its development login
// and consent pages sign in anyone with any password. Clients, all with a loopback redirect that
// matches on any port (RFC 8252 §7.3):
//   tokenscope-par-basic   client_secret_basic; requires PAR (require_pushed_authorization_requests)
//   tokenscope-par-native  public (none), code with PKCE, PAR optional
//   tokenscope-hybrid      public (none), code id_token and id_token token (RS256 ID tokens)
// Prints one JSON line {"issuer": "..."} once it listens; exits when standard input closes or on
// SIGTERM/SIGINT.

import http from 'node:http';
import Provider from 'oidc-provider';

const parBasicSecret = 'par-fixture-secret:+/ &=%-0123456789abcdef';

const server = http.createServer();

function stop() {
  server.close();
  process.exit(0);
}

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const issuer = `http://127.0.0.1:${port}`;
  const loopback = ['http://127.0.0.1/callback'];
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: 'tokenscope-par-basic',
        client_secret: parBasicSecret,
        application_type: 'native',
        redirect_uris: loopback,
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
        require_pushed_authorization_requests: true,
      },
      {
        client_id: 'tokenscope-par-native',
        application_type: 'native',
        redirect_uris: loopback,
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'none',
      },
      {
        client_id: 'tokenscope-hybrid',
        application_type: 'native',
        redirect_uris: loopback,
        grant_types: ['authorization_code', 'implicit'],
        response_types: ['code id_token', 'id_token token', 'code id_token token', 'id_token'],
        token_endpoint_auth_method: 'none',
      },
    ],
    responseTypes: ['code', 'id_token', 'id_token token', 'code id_token', 'code id_token token', 'none'],
    findAccount: (ctx, id) => ({ accountId: id, claims: () => ({ sub: id }) }),
    features: {
      devInteractions: { enabled: true },
      pushedAuthorizationRequests: { enabled: true },
    },
    pkce: { required: (ctx, client) => client.clientId !== 'tokenscope-hybrid' },
    cookies: { keys: ['tokenscope-par-fixture-cookie-key'] },
  });
  server.on('request', provider.callback());
  process.stdout.write(`${JSON.stringify({ issuer })}\n`);
});

process.stdin.on('end', stop);
process.stdin.on('close', stop);
process.stdin.resume();
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
