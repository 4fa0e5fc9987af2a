// SPDX-License-Identifier: GPL-3.0-or-later
// End to end: `tokenscope token --grant authorization_code` with a real headless browser.
// TOKENSCOPE_BROWSER runs lib/browser.mjs (Debian's Chromium through playwright-core, pinned in
// package.json), which signs in on the sandbox's login page and is redirected to the CLI's
// loopback listener; the CLI exchanges the code (PKCE S256, public client) and prints the token
// response. Negative: a wrong password (the CLI times out, exit 1), Cancel (error=access_denied,
// exit 1), a grant the CLI does not know (exit 2). The same flow against panva's oidc-provider
// (lib/oidc-provider-login-fixture.mjs: its login and consent pages). Run by CTest (e2e_authcode) with
// TOKENSCOPE_BINARY set; needs /usr/bin/chromium (scripts/install-deps) and `npm ci` here.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import assert from 'node:assert/strict';
import { describe, it, before, after } from 'node:test';

const here = path.dirname(fileURLToPath(import.meta.url));
if (!existsSync(path.join(here, 'node_modules', 'playwright-core')))
  throw new Error(`the e2e dependencies are not installed: run \`npm ci\` in ${here} (scripts/test does)`);
const chromiumPath = process.env.TOKENSCOPE_E2E_CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(chromiumPath))
  throw new Error(`no Chromium at ${chromiumPath}: run scripts/install-deps (Debian's chromium package)`);

const { Sandbox } = await import('./lib/sandbox.mjs');

const User = { username: 'carol', password: 'Authc0de-e2e!', email: 'carol@example.com' };
const browserCommand = `node ${JSON.stringify(path.join(here, 'lib', 'browser.mjs'))}`;

function decodeJwt(token) {
  const [, payload] = token.split('.');
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
}

// Runs the tokenscope binary; resolves {code, stdout, stderr} once it exited and its output
// closed (the detached browser holds stderr until it has closed Chromium too).
function tokenscope(args, env = {}, { timeoutMs = 90000 } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.env.TOKENSCOPE_BINARY, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c) => { stdout += c; });
    child.stderr.setEncoding('utf8').on('data', (c) => { stderr += c; });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`tokenscope ${args.join(' ')} did not end within ${timeoutMs} ms; stderr:\n${stderr}`));
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

let sandbox;
let config;
let env;
const ws = { id: 'authcode' };
let clientId;

before(async () => {
  sandbox = await Sandbox.start();
  await sandbox.adminToken();
  config = mkdtempSync(path.join(tmpdir(), 'tokenscope-authcode-'));
  env = {
    XDG_CONFIG_HOME: config, TOKENSCOPE_LANG: 'en', QT_QPA_PLATFORM: 'offscreen',
    TOKENSCOPE_BROWSER: browserCommand,
    TOKENSCOPE_E2E_USER: User.username, TOKENSCOPE_E2E_PASSWORD: User.password,
    TOKENSCOPE_E2E_CHROMIUM: chromiumPath,
  };
});

after(async () => {
  if (config)
    rmSync(config, { recursive: true, force: true });
  if (!sandbox)
    return;
  const exit = await sandbox.stop();
  assert.deepEqual(exit, { code: 0, signal: null }, `sandbox did not exit 0 on SIGTERM; stderr:\n${sandbox.stderr}`);
});

describe('setup through the admin API and the CLI', () => {
  it('creates a workspace, a static IDP with a user and a public client', async () => {
    const server = await sandbox.admin('POST', '/servers', {
      id: ws.id, name: 'Authorization code e2e', key_type: 'rsa',
      grant_types: ['authorization_code', 'refresh_token'],
    });
    assert.equal(server.status, 201, JSON.stringify(server.body));
    const idp = await sandbox.admin('POST', `/servers/${ws.id}/idps/static`, {
      name: 'Users', method: 'static',
      credentials: { users: [{ ...User, email_verified: true }] },
    });
    assert.equal(idp.status, 201, JSON.stringify(idp.body));
    // A public client; RFC 8252 §7.3: the loopback redirect matches on any port.
    const client = await sandbox.admin('POST', '/clients', {
      authorization_server_id: ws.id, client_name: 'tokenscope CLI e2e',
      grant_types: ['authorization_code', 'refresh_token'], response_types: ['code'],
      redirect_uris: ['http://127.0.0.1/callback'], token_endpoint_auth_method: 'none',
      scopes: ['openid', 'email', 'profile'],
    });
    assert.equal(client.status, 201, JSON.stringify(client.body));
    clientId = client.body.client_id;
    assert.ok(clientId);
    assert.ok(!client.body.client_secret, 'a public client has no secret');
  });

  it('adds the profile with the sandbox preset and auth method none', async () => {
    const res = await tokenscope(['profile', 'add', 'P', '--preset', 'sandbox',
      '--field', `base_url=${sandbox.baseUrl}`, '--field', `tenant_id=${sandbox.tenantId}`,
      '--field', `workspace_id=${ws.id}`, '--client-id', clientId, '--auth-method', 'none',
      '--scope', 'openid email'], env);
    assert.equal(res.code, 0, res.stderr);
  });
});

describe('token --grant authorization_code through headless Chromium', () => {
  it('signs in, exchanges the code and prints the token response', async () => {
    const res = await tokenscope(['token', '--profile', 'P', '--grant', 'authorization_code', '--json',
      '--timeout', '60'], env);
    assert.equal(res.code, 0, `exit ${res.code}; stderr:\n${res.stderr}`);
    assert.match(res.stderr, /browser\.mjs: redirect loaded: http:\/\/127\.0\.0\.1:\d+\/callback/);
    const lines = res.stdout.trim().split('\n');
    assert.equal(lines.length, 1, `one JSON document on stdout:\n${res.stdout}`);
    const body = JSON.parse(lines[0]);
    assert.ok(body.access_token, JSON.stringify(body));
    assert.equal(body.token_type.toLowerCase(), 'bearer');
    assert.ok(body.id_token, 'openid scope: an ID token');
    const claims = decodeJwt(body.id_token);
    assert.equal(claims.iss, sandbox.issuer(ws.id));
    assert.ok([claims.aud].flat().includes(clientId), `aud ${JSON.stringify(claims.aud)}`);
    assert.equal(claims.sub, User.username);
    assert.equal(claims.email, User.email);
    assert.equal(typeof claims.nonce, 'string');
    assert.ok(claims.nonce.length >= 22, 'a nonce of at least 128 bits was sent and came back');
    // The access token works at userinfo.
    const userinfo = await fetch(`${sandbox.issuer(ws.id)}/userinfo`,
      { headers: { Authorization: `Bearer ${body.access_token}` } });
    assert.equal(userinfo.status, 200);
    assert.equal((await userinfo.json()).sub, User.username);
  });

  it('prints only the access token without --json', async () => {
    const res = await tokenscope(['token', '--profile', 'P', '--grant', 'authorization_code', '--timeout', '60'], env);
    assert.equal(res.code, 0, res.stderr);
    const token = res.stdout.trim();
    assert.ok(token.length > 20 && !token.includes('\n') && !token.startsWith('{'), res.stdout);
  });

  it('a browser command given with --browser-command wins over TOKENSCOPE_BROWSER', async () => {
    const res = await tokenscope(['token', '--profile', 'P', '--grant', 'authorization_code', '--timeout', '60',
      '--browser-command', browserCommand], { ...env, TOKENSCOPE_BROWSER: '/nonexistent/browser' });
    assert.equal(res.code, 0, res.stderr);
  });

  it('a wrong password leaves the browser on the login page: the CLI times out, exit 1', async () => {
    const res = await tokenscope(['token', '--profile', 'P', '--grant', 'authorization_code', '--timeout', '8'],
      { ...env, TOKENSCOPE_E2E_PASSWORD: 'not-the-password' });
    assert.equal(res.code, 1, res.stderr);
    assert.equal(res.stdout, '');
    assert.match(res.stderr, /credentials were refused/);
    assert.match(res.stderr, /No authorization response arrived within 8 second/);
  });

  it('Cancel on the login page: error=access_denied is shown, exit 1', async () => {
    const res = await tokenscope(['token', '--profile', 'P', '--grant', 'authorization_code', '--timeout', '60'],
      { ...env, TOKENSCOPE_E2E_ACTION: 'cancel' });
    assert.equal(res.code, 1, res.stderr);
    assert.equal(res.stdout, '');
    assert.match(res.stderr, /access_denied/);
    assert.match(res.stderr, /the user cancelled the sign-in/);
  });

  it('without a browser command the URL is printed on stderr', async () => {
    const rest = { ...env };
    delete rest.TOKENSCOPE_BROWSER;
    const child = spawn(process.env.TOKENSCOPE_BINARY,
      ['token', '--profile', 'P', '--grant', 'authorization_code', '--timeout', '30'],
      { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...rest, TOKENSCOPE_BROWSER: '' } });
    let stderr = '';
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (c) => { stdout += c; });
    const url = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL on stderr:\n${stderr}`)), 20000);
      child.stderr.setEncoding('utf8').on('data', (c) => {
        stderr += c;
        const m = /(http:\/\/\S+\/oauth2\/authorize\?\S+)/.exec(stderr);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      });
    });
    assert.match(stderr, /Open this URL in a browser/);
    const params = new URL(url).searchParams;
    assert.equal(params.get('client_id'), clientId);
    assert.equal(params.get('response_type'), 'code');
    assert.equal(params.get('code_challenge_method'), 'S256');
    assert.match(params.get('redirect_uri'), /^http:\/\/127\.0\.0\.1:\d+\/callback$/);
    // The user opens it: here the same browser script does.
    const browser = spawn(process.execPath, [path.join(here, 'lib', 'browser.mjs'), url],
      { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env } });
    const [[code]] = await Promise.all([
      new Promise((resolve) => child.on('close', (...a) => resolve(a))),
      new Promise((resolve) => browser.on('close', resolve)),
    ]);
    assert.equal(code, 0, stderr);
    assert.ok(stdout.trim().length > 20);
  });

  it('refuses unusable arguments with exit 2', async () => {
    for (const args of [['--grant', 'authorization_code', '--timeout', '0'],
      ['--grant', 'authorization_code', '--browser-command', "'unterminated"],
      ['--grant', 'client_credentials', '--browser-command', 'x'],
      ['--grant', 'magic']]) {
      const res = await tokenscope(['token', '--profile', 'P', ...args], env);
      assert.equal(res.code, 2, `${args.join(' ')}: ${res.stderr}`);
    }
  });
});

describe('the same flow against panva\'s oidc-provider', () => {
  let provider;
  let issuer;

  before(async () => {
    provider = spawn(process.execPath, [path.join(here, 'lib', 'oidc-provider-login-fixture.mjs')],
      { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    provider.stderr.setEncoding('utf8').on('data', (c) => { stderr += c; });
    issuer = await new Promise((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`oidc-provider fixture not ready:\n${stderr}`)), 20000);
      provider.stdout.setEncoding('utf8').on('data', (c) => {
        out += c;
        if (out.includes('\n')) {
          clearTimeout(timer);
          resolve(JSON.parse(out.slice(0, out.indexOf('\n'))).issuer);
        }
      });
    });
  });

  after(() => provider?.stdin.end());

  it('discovers, signs in and consents in Chromium, exchanges the code (iss checked, nonce as sent)', async () => {
    const add = await tokenscope(['profile', 'add', 'OP', '--preset', 'oidc', '--issuer', issuer, '--discover',
      '--client-id', 'tokenscope-native', '--auth-method', 'none', '--scope', 'openid'], env);
    assert.equal(add.code, 0, add.stderr);
    const res = await tokenscope(['token', '--profile', 'OP', '--grant', 'authorization_code', '--json',
      '--timeout', '60'], { ...env, TOKENSCOPE_E2E_USER: 'dave', TOKENSCOPE_E2E_PASSWORD: 'any' });
    assert.equal(res.code, 0, `exit ${res.code}; stderr:\n${res.stderr}`);
    assert.match(res.stderr, /confirming the consent page/);
    const body = JSON.parse(res.stdout);
    assert.ok(body.access_token);
    const claims = decodeJwt(body.id_token);
    assert.equal(claims.iss, issuer);
    assert.equal(claims.aud, 'tokenscope-native');
    assert.equal(claims.sub, 'dave');
    assert.ok(typeof claims.nonce === 'string' && claims.nonce.length >= 22);
  });
});
