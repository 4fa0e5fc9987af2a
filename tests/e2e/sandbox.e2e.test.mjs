// SPDX-License-Identifier: GPL-3.0-or-later
// End to end: code we did not write against `tokenscope sandbox`. panva's openid-client (pinned in
// package.json) runs discovery, client credentials, authorization code + PKCE, refresh, userinfo,
// introspection and revocation; ajv checks the admin and OAuth responses against the Cloudentity
// contracts in tests/data/contracts/cloudentity. Run by CTest (e2e_openid_client) with
// TOKENSCOPE_BINARY set; scripts/test runs `npm ci` here first.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import assert from 'node:assert/strict';
import { describe, it, before, after } from 'node:test';

const here = path.dirname(fileURLToPath(import.meta.url));
if (!existsSync(path.join(here, 'node_modules', 'openid-client')) || !existsSync(path.join(here, 'node_modules', 'ajv')))
  throw new Error(`the e2e dependencies are not installed: run \`npm ci\` in ${here} (scripts/test does)`);

const { Issuer, generators, errors: { OPError } } = await import('openid-client');
const { Contract } = await import('./lib/contracts.mjs');
const { Sandbox } = await import('./lib/sandbox.mjs');

const admin = new Contract('admin.json');
const oauth2 = new Contract('oauth2.json');
const Redirect = 'http://127.0.0.1:53682/callback';
const User = { username: 'alice', password: 'e2e-Pa55word!', email: 'alice@example.com' };

function conforms(contract, method, template, status, body) {
  const problems = contract.errors(method, template, status, body);
  assert.deepEqual(problems, [], `${contract.fileName} ${method} ${template} ${status}:\n` +
    `${problems.join('\n')}\nbody: ${JSON.stringify(body)}`);
}

async function postForm(url, form, auth) {
  const headers = { 'Content-Type': 'application/x-www-form-urlencoded' };
  if (auth)
    headers.Authorization = `Basic ${Buffer.from(`${encodeURIComponent(auth.id)}:${encodeURIComponent(auth.secret)}`).toString('base64')}`;
  const res = await fetch(url, { method: 'POST', headers, body: new URLSearchParams(form), redirect: 'manual' });
  const text = await res.text();
  let body;
  try { body = text ? JSON.parse(text) : undefined; } catch { body = text; }
  return { status: res.status, headers: res.headers, body };
}

// The first <form> of an HTML page: its action and every named <input> with its value.
function parseForm(html) {
  const form = /<form\b([^>]*)>([\s\S]*?)<\/form>/i.exec(html);
  assert.ok(form, `no form on the page:\n${html.slice(0, 2000)}`);
  const attr = (tag, name) => {
    const m = new RegExp(`\\b${name}\\s*=\\s*"([^"]*)"`, 'i').exec(tag);
    return m ? m[1].replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&') : undefined;
  };
  const fields = {};
  for (const [tag] of form[2].matchAll(/<input\b[^>]*>/gi)) {
    const name = attr(tag, 'name');
    if (name)
      fields[name] = attr(tag, 'value') ?? '';
  }
  return { action: attr(form[1], 'action'), method: (attr(form[1], 'method') ?? 'get').toLowerCase(), fields };
}

let sandbox;
const ws = { id: 'e2e' };
const app = {};

before(async () => {
  sandbox = await Sandbox.start();
});

after(async () => {
  if (!sandbox)
    return;
  const exit = await sandbox.stop();
  assert.deepEqual(exit, { code: 0, signal: null }, `sandbox did not exit 0 on SIGTERM; stderr:\n${sandbox.stderr}`);
});

describe('contract validator', () => {
  it('rejects documents that break the contract (the checks below can fail)', () => {
    assert.notDeepEqual(admin.errors('POST', '/servers', 201, { id: 7, tenant_id: 'default' }), []);
    assert.notDeepEqual(admin.errors('GET', '/servers', 200, { servers: {} }), []);
    assert.notDeepEqual(admin.errors('GET', '/servers/{wid}', 200, { id: 'w', tenant_id: 't', access_token_ttl: 'PT1H' }), []);
    assert.deepEqual(admin.errors('GET', '/servers/{wid}', 200, { id: 'w', tenant_id: 't', access_token_ttl: '1h0m0s' }), []);
    assert.notDeepEqual(oauth2.errors('POST', '/oauth2/token', 200, { access_token: 'x', expires_in: '300' }), []);
    assert.notDeepEqual(oauth2.errors('POST', '/oauth2/introspect', 200, { active: 'yes' }), []);
    assert.deepEqual(oauth2.errors('POST', '/oauth2/token', 200, { access_token: 'x', expires_in: 300, token_type: 'bearer' }), []);
  });
});

describe('admin API against admin.json', () => {
  it('issues an admin token and refuses calls without one', async () => {
    const token = await sandbox.adminToken();
    conforms(oauth2, 'POST', '/oauth2/token', 200, token);
    const anonymous = await sandbox.admin('GET', '/servers', undefined, { token: null });
    assert.equal(anonymous.status, 401);
    conforms(admin, 'GET', '/servers', 401, anonymous.body);
  });

  it('creates a workspace (RSA keys, for RS256 ID tokens)', async () => {
    const res = await sandbox.admin('POST', '/servers', {
      id: ws.id, name: 'End to end', key_type: 'rsa',
      grant_types: ['authorization_code', 'client_credentials', 'refresh_token'],
    });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    conforms(admin, 'POST', '/servers', 201, res.body);
    assert.equal(res.body.id, ws.id);
    assert.equal(res.body.key_type, 'rsa');
    ws.issuer = res.body.issuer_url ?? sandbox.issuer(ws.id);
  });

  it('rejects a second workspace with the same id', async () => {
    const res = await sandbox.admin('POST', '/servers', { id: ws.id, name: 'Again' });
    assert.equal(res.status, 409, JSON.stringify(res.body));
    conforms(admin, 'POST', '/servers', 409, res.body);
  });

  it('lists and reads workspaces', async () => {
    const list = await sandbox.admin('GET', '/servers');
    assert.equal(list.status, 200);
    conforms(admin, 'GET', '/servers', 200, list.body);
    assert.ok(list.body.servers.some((s) => s.id === ws.id));
    const one = await sandbox.admin('GET', `/servers/${ws.id}`);
    assert.equal(one.status, 200);
    conforms(admin, 'GET', '/servers/{wid}', 200, one.body);
    const missing = await sandbox.admin('GET', '/servers/no-such-workspace');
    assert.equal(missing.status, 404);
    conforms(admin, 'GET', '/servers/{wid}', 404, missing.body);
  });

  it('creates a static IDP with a user', async () => {
    const res = await sandbox.admin('POST', `/servers/${ws.id}/idps/static`, {
      name: 'Users', method: 'static',
      credentials: { users: [{ ...User, email_verified: true, authentication_context: { name: 'Alice Liddell' } }] },
    });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    conforms(admin, 'POST', '/servers/{wid}/idps/static', 201, res.body);
    const list = await sandbox.admin('GET', `/servers/${ws.id}/idps`);
    assert.equal(list.status, 200);
    conforms(admin, 'GET', '/servers/{wid}/idps', 200, list.body);
  });

  it('creates a confidential client', async () => {
    const res = await sandbox.admin('POST', '/clients', {
      authorization_server_id: ws.id, client_name: 'openid-client e2e',
      grant_types: ['authorization_code', 'client_credentials', 'refresh_token'],
      response_types: ['code'], redirect_uris: [Redirect],
      token_endpoint_auth_method: 'client_secret_basic',
      scopes: ['openid', 'email', 'profile'],
    });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    conforms(admin, 'POST', '/clients', 201, res.body);
    assert.ok(res.body.client_id && res.body.client_secret, 'the new client has an id and a generated secret');
    app.id = res.body.client_id;
    app.secret = res.body.client_secret;
    const read = await sandbox.admin('GET', `/clients/${encodeURIComponent(app.id)}`);
    assert.equal(read.status, 200);
    conforms(admin, 'GET', '/clients/{cid}', 200, read.body);
    const list = await sandbox.admin('GET', `/servers/${ws.id}/clients`);
    assert.equal(list.status, 200);
    conforms(admin, 'GET', '/servers/{wid}/clients', 200, list.body);
    assert.ok(list.body.clients.some((c) => c.client_id === app.id));
  });
});

describe('openid-client against the workspace', () => {
  let issuer;
  let client;
  let tokens;

  it('discovers the issuer (metadata conforms to oauth2.json)', async () => {
    issuer = await Issuer.discover(ws.issuer);
    assert.equal(issuer.issuer, ws.issuer);
    assert.ok(issuer.metadata.code_challenge_methods_supported.includes('S256'));
    const raw = await (await fetch(`${ws.issuer}/.well-known/openid-configuration`)).json();
    conforms(oauth2, 'GET', '/.well-known/openid-configuration', 200, raw);
    const jwks = await (await fetch(issuer.metadata.jwks_uri)).json();
    conforms(oauth2, 'GET', '/.well-known/jwks.json', 200, jwks);
    assert.ok(jwks.keys.some((k) => k.kty === 'RSA'), 'an RSA signing key for RS256');
    client = new issuer.Client({
      client_id: app.id, client_secret: app.secret, redirect_uris: [Redirect], response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic', id_token_signed_response_alg: 'RS256',
    });
  });

  it('client credentials', async () => {
    const set = await client.grant({ grant_type: 'client_credentials' });
    assert.ok(set.access_token);
    assert.equal(set.token_type.toLowerCase(), 'bearer');
    assert.ok(set.expires_in > 0);
    const raw = await postForm(issuer.metadata.token_endpoint, { grant_type: 'client_credentials' }, app);
    assert.equal(raw.status, 200, JSON.stringify(raw.body));
    conforms(oauth2, 'POST', '/oauth2/token', 200, raw.body);
    const refused = await postForm(issuer.metadata.token_endpoint, { grant_type: 'client_credentials' },
      { id: app.id, secret: `${app.secret}x` });
    assert.equal(refused.status, 401);
    conforms(oauth2, 'POST', '/oauth2/token', 401, refused.body);
    assert.equal(refused.body.error, 'invalid_client');
    await assert.rejects(
      new issuer.Client({ client_id: app.id, client_secret: 'wrong' }).grant({ grant_type: 'client_credentials' }),
      (e) => e instanceof OPError && e.error === 'invalid_client');
  });

  it('authorization code + PKCE through the login form', async () => {
    const verifier = generators.codeVerifier();
    const state = generators.state();
    const nonce = generators.nonce();
    const url = client.authorizationUrl({
      scope: 'openid email', code_challenge: generators.codeChallenge(verifier), code_challenge_method: 'S256',
      state, nonce,
    });
    const page = await fetch(url, { redirect: 'manual' });
    assert.equal(page.status, 200);
    const form = parseForm(await page.text());
    assert.equal(form.method, 'post');
    assert.ok('username' in form.fields && 'password' in form.fields, JSON.stringify(form.fields));
    const login = await postForm(new URL(form.action ?? url, url).href,
      { ...form.fields, username: User.username, password: User.password });
    assert.equal(login.status, 302, `login answered ${login.status}: ${String(login.body).slice(0, 500)}`);
    const location = login.headers.get('location');
    assert.ok(location.startsWith(`${Redirect}?`), location);
    const params = client.callbackParams(location);
    assert.equal(params.state, state);

    // openid-client checks state, iss, the code exchange, the ID token's RS256 signature, iss,
    // aud, exp, nonce and at_hash/c_hash.
    tokens = await client.callback(Redirect, params, { code_verifier: verifier, state, nonce, response_type: 'code' });
    assert.ok(tokens.access_token && tokens.id_token && tokens.refresh_token);
    const claims = tokens.claims();
    assert.equal(claims.iss, ws.issuer);
    assert.equal(claims.nonce, nonce);
    assert.equal(claims.aud === app.id || (Array.isArray(claims.aud) && claims.aud.includes(app.id)), true);
    assert.ok(claims.sub);
    assert.equal(claims.email, User.email);
  });

  // Signs in through the login form; the callback parameters and the PKCE verifier and state used.
  async function signIn() {
    const verifier = generators.codeVerifier();
    const state = generators.state();
    const nonce = generators.nonce();
    const url = client.authorizationUrl({
      scope: 'openid', code_challenge: generators.codeChallenge(verifier), code_challenge_method: 'S256', state, nonce,
    });
    const form = parseForm(await (await fetch(url)).text());
    const login = await postForm(new URL(form.action ?? url, url).href,
      { ...form.fields, username: User.username, password: User.password });
    assert.equal(login.status, 302);
    return { params: client.callbackParams(login.headers.get('location')), verifier, state, nonce };
  }

  it('refuses a wrong PKCE verifier, a wrong state and a replayed code', async () => {
    const first = await signIn();
    await assert.rejects(client.callback(Redirect, first.params, { code_verifier: generators.codeVerifier(), state: first.state, nonce: first.nonce }),
      (e) => e instanceof OPError && e.error === 'invalid_grant');
    const second = await signIn();
    await assert.rejects(client.callback(Redirect, second.params, { code_verifier: second.verifier, state: generators.state(), nonce: second.nonce }),
      /state mismatch/);
    const expected = { code_verifier: second.verifier, state: second.state, nonce: second.nonce };
    const used = await client.callback(Redirect, second.params, expected);
    assert.ok(used.access_token && used.id_token);
    await assert.rejects(client.callback(Redirect, second.params, expected),
      (e) => e instanceof OPError && e.error === 'invalid_grant', 'a code works once');
  });

  it('refresh', async () => {
    const refreshed = await client.refresh(tokens.refresh_token);
    assert.ok(refreshed.access_token);
    assert.notEqual(refreshed.access_token, tokens.access_token);
    if (refreshed.id_token)
      assert.equal(refreshed.claims().sub, tokens.claims().sub);
    tokens = refreshed.refresh_token ? refreshed : Object.assign(refreshed, { refresh_token: tokens.refresh_token });
    // One refresh by hand to check the raw token response against the contract.
    const raw = await postForm(issuer.metadata.token_endpoint, { grant_type: 'refresh_token', refresh_token: tokens.refresh_token }, app);
    assert.equal(raw.status, 200, JSON.stringify(raw.body));
    conforms(oauth2, 'POST', '/oauth2/token', 200, raw.body);
    assert.ok(raw.body.refresh_token, 'a refresh token comes back');
    tokens = { ...raw.body };
  });

  it('userinfo', async () => {
    const info = await client.userinfo(tokens.access_token);
    assert.equal(info.email, User.email);
    const raw = await fetch(issuer.metadata.userinfo_endpoint, { headers: { Authorization: `Bearer ${tokens.access_token}` } });
    assert.equal(raw.status, 200);
    const body = await raw.json();
    conforms(oauth2, 'GET', '/userinfo', 200, body);
    assert.deepEqual(body, info);
    const anonymous = await fetch(issuer.metadata.userinfo_endpoint);
    assert.equal(anonymous.status, 401);
  });

  it('introspection', async () => {
    const active = await client.introspect(tokens.access_token, 'access_token');
    conforms(oauth2, 'POST', '/oauth2/introspect', 200, active);
    assert.equal(active.active, true);
    assert.equal(active.client_id, app.id);
    const bogus = await client.introspect('not-a-token');
    conforms(oauth2, 'POST', '/oauth2/introspect', 200, bogus);
    assert.equal(bogus.active, false);
  });

  it('revocation', async () => {
    await client.revoke(tokens.refresh_token, 'refresh_token');
    const afterRevoke = await client.introspect(tokens.refresh_token, 'refresh_token');
    conforms(oauth2, 'POST', '/oauth2/introspect', 200, afterRevoke);
    assert.equal(afterRevoke.active, false);
    await assert.rejects(client.refresh(tokens.refresh_token), (e) => e instanceof OPError && e.error === 'invalid_grant');
    const bad = await postForm(issuer.metadata.token_endpoint, { grant_type: 'refresh_token', refresh_token: tokens.refresh_token }, app);
    assert.equal(bad.status, 400);
    conforms(oauth2, 'POST', '/oauth2/token', 400, bad.body);
    assert.equal(bad.body.error, 'invalid_grant');
  });
});
