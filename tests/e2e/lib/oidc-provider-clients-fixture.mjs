// SPDX-License-Identifier: GPL-3.0-or-later
// panva's oidc-provider (pinned in package-lock.json) with the client authentications and grants
// that tests/integration/tst_oidcprovidergrants covers: client_credentials with client_secret_post
// and private_key_jwt, and the authorization code with refresh tokens and userinfo. Its
// development login and consent pages sign in anyone with any password.
//   node lib/oidc-provider-clients-fixture.mjs --jwks=PATH
// PATH: a JSON Web Key Set ({"keys": [...]}, public keys only) for tokenscope-jwt.
// Clients (redirects on the loopback, any port, RFC 8252 §7.3):
//   tokenscope-post       client_secret_post; client_credentials
//   tokenscope-jwt        private_key_jwt with the keys of --jwks; client_credentials
//   tokenscope-offline    client_secret_basic; authorization_code + refresh_token. oidc-provider
//                         issues a refresh token only for scope offline_access requested with
//                         prompt=consent, and rotates a confidential client's refresh token only
//                         late in its life (rotateRefreshToken default)
//   tokenscope-rotating   public (none); authorization_code + refresh_token: its refresh token is
//                         rotated on every use (the default for public clients)
// Prints one JSON line {"issuer": "..."} once it listens; exits when standard input closes or on
// SIGTERM/SIGINT.

import fs from 'node:fs';
import http from 'node:http';
import Provider from 'oidc-provider';

const jwksOption = process.argv.find((a) => a.startsWith('--jwks='));
if (!jwksOption) {
  process.stderr.write('usage: oidc-provider-clients-fixture.mjs --jwks=PATH (the public keys of tokenscope-jwt)\n');
  process.exit(2);
}
const jwks = JSON.parse(fs.readFileSync(jwksOption.slice('--jwks='.length), 'utf8'));

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
        client_id: 'tokenscope-post',
        client_secret: 'clients-fixture-post:+/ &=%-0123456789abcdef',
        grant_types: ['client_credentials'],
        response_types: [],
        redirect_uris: [],
        token_endpoint_auth_method: 'client_secret_post',
      },
      {
        client_id: 'tokenscope-jwt',
        grant_types: ['client_credentials'],
        response_types: [],
        redirect_uris: [],
        token_endpoint_auth_method: 'private_key_jwt',
        jwks,
      },
      {
        client_id: 'tokenscope-offline',
        client_secret: 'clients-fixture-offline:+/ &=%-0123456789abcdef',
        application_type: 'native',
        redirect_uris: loopback,
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
      {
        client_id: 'tokenscope-rotating',
        application_type: 'native',
        redirect_uris: loopback,
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        token_endpoint_auth_method: 'none',
      },
    ],
    scopes: ['openid', 'offline_access', 'email', 'api:read'],
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    findAccount: (ctx, id) => ({
      accountId: id,
      claims: () => ({ sub: id, email: `${id}@example.com`, email_verified: true }),
    }),
    features: {
      devInteractions: { enabled: true },
      clientCredentials: { enabled: true },
      revocation: { enabled: true },
      userinfo: { enabled: true },
    },
    ttl: { ClientCredentials: 600, AccessToken: 600, RefreshToken: 3600 },
    cookies: { keys: ['tokenscope-clients-fixture-cookie-key'] },
  });
  server.on('request', provider.callback());
  process.stdout.write(`${JSON.stringify({ issuer })}\n`);
});

process.stdin.on('end', stop);
process.stdin.on('close', stop);
process.stdin.resume();
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
