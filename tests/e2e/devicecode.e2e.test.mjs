// SPDX-License-Identifier: GPL-3.0-or-later
// End to end: `tokenscope token --grant device_code` (RFC 8628) against panva's oidc-provider
// (lib/oidc-provider-grants-fixture.mjs --interactive: its device pages and development login
// and consent). The CLI prints the user code and verification URI on stderr and polls; Debian's
// Chromium, driven by playwright-core, opens the verification URI, enters the code, confirms,
// signs in and consents; the CLI prints the token. Negative: Abort on the confirmation page
// (access_denied, exit 1) and a device code that expires (exit 1). Run by CTest (e2e_devicecode)
// with TOKENSCOPE_BINARY set; needs /usr/bin/chromium (scripts/install-deps) and `npm ci` here.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
const { chromium } = await import('playwright-core');

const stepTimeout = 30000;

function decodeJwt(token) {
  const [, payload] = token.split('.');
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
}

// The grants fixture as a child; resolves with {child, issuer} once it listens.
function startProvider(args) {
  const child = spawn(process.execPath, [path.join(here, 'lib', 'oidc-provider-grants-fixture.mjs'), ...args],
    { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (c) => { stderr += c; });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`oidc-provider fixture not ready:\n${stderr}`)), 20000);
    child.stdout.setEncoding('utf8').on('data', (c) => {
      out += c;
      if (out.includes('\n')) {
        clearTimeout(timer);
        resolve({ child, issuer: JSON.parse(out.slice(0, out.indexOf('\n'))).issuer });
      }
    });
  });
}

// Runs tokenscope; `prompt` resolves with what the CLI printed about the device authorization
// ({userCode, uri, complete}) as soon as it did, `done` with {code, stdout, stderr} at the end.
function tokenscope(args, env, { timeoutMs = 120000 } = {}) {
  const child = spawn(process.env.TOKENSCOPE_BINARY, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  let stdout = '';
  let stderr = '';
  let announce;
  const prompt = new Promise((resolve) => { announce = resolve; });
  child.stdout.setEncoding('utf8').on('data', (c) => { stdout += c; });
  child.stderr.setEncoding('utf8').on('data', (c) => {
    stderr += c;
    const m = /open (http\S+) in a browser and enter the code (\S+)/.exec(stderr);
    const complete = /Or open (http\S+) \(the code is filled in there\)/.exec(stderr);
    if (m && /Waiting for the approval/.test(stderr))
      announce({ uri: m[1], userCode: m[2], complete: complete?.[1] });
  });
  const done = new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`tokenscope ${args.join(' ')} did not end within ${timeoutMs} ms; stderr:\n${stderr}`));
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      announce(undefined);
      resolve({ code, stdout, stderr });
    });
  });
  return { prompt, done };
}

// Clicks and waits for the navigation it causes to load.
async function submit(page, locator) {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load', timeout: stepTimeout }),
    locator.click({ timeout: stepTimeout })]);
}

// The user at the verification URI: enters the code (unless the URL carries it), then confirms
// (or aborts), signs in and consents. Returns the final page's title.
async function approveInBrowser(browser, url, { userCode, user = 'erin', abort = false }) {
  const page = await browser.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: stepTimeout });
    for (let step = 0; step < 8; ++step) {
      const title = await page.title();
      if (/Sign-in Success/.test(title) || (await page.locator('text=interrupted').count()) > 0)
        return title;
      const codeField = page.locator('input[name="user_code"]');
      if ((await codeField.count()) > 0 && title === 'Sign-in') {
        if (!(await codeField.inputValue()))
          await codeField.fill(userCode);
        await submit(page, page.locator('button[type="submit"][form="op.deviceInputForm"]'));
        continue;
      }
      if (/Device Login Confirmation/.test(title)) {
        assert.match(await page.content(), new RegExp(userCode.replace(/[^A-Z0-9]/g, '.?')));
        await submit(page, abort ? page.locator('button[name="abort"]')
          : page.locator('button[autofocus][form="op.deviceConfirmForm"]'));
        if (abort)
          return await page.title();
        continue;
      }
      const password = page.locator('input[type="password"]');
      if ((await password.count()) > 0) {
        await page.locator('input[name="login"]').fill(user);
        await password.fill('any');
        await submit(page, page.locator('button[type="submit"]').first());
        continue;
      }
      const allow = page.locator('button[type="submit"]:not([name="cancel"])').first();
      if ((await allow.count()) > 0) {
        await submit(page, allow);
        continue;
      }
      throw new Error(`stuck on ${page.url()} (${title})`);
    }
    return await page.title();
  } finally {
    await page.close();
  }
}

let config;
let env;
let browser;

before(async () => {
  config = mkdtempSync(path.join(tmpdir(), 'tokenscope-device-'));
  env = { XDG_CONFIG_HOME: config, TOKENSCOPE_LANG: 'en', QT_QPA_PLATFORM: 'offscreen', TOKENSCOPE_BROWSER: '' };
  browser = await chromium.launch({
    executablePath: chromiumPath, headless: true, timeout: stepTimeout,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-dev-shm-usage'],
  });
});

after(async () => {
  await browser?.close().catch(() => {});
  if (config)
    rmSync(config, { recursive: true, force: true });
});

describe('token --grant device_code against oidc-provider', () => {
  let provider;

  before(async () => {
    provider = await startProvider(['--interactive', '--device-code-ttl=120']);
    const add = spawn(process.env.TOKENSCOPE_BINARY, ['profile', 'add', 'Device', '--preset', 'oidc',
      '--issuer', provider.issuer, '--discover', '--client-id', 'tokenscope-device', '--auth-method', 'none',
      '--scope', 'openid'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    let stderr = '';
    add.stderr.setEncoding('utf8').on('data', (c) => { stderr += c; });
    const code = await new Promise((resolve) => add.on('close', resolve));
    assert.equal(code, 0, stderr);
  });

  after(() => provider?.child.stdin.end());

  it('prints the user code, the browser approves it, the CLI prints the token response', async () => {
    const run = tokenscope(['token', '--profile', 'Device', '--grant', 'device_code', '--json'], env);
    const shown = await run.prompt;
    assert.ok(shown, 'the CLI printed a user code and the verification URI');
    assert.equal(new URL(shown.uri).origin, provider.issuer);
    assert.equal(new URL(shown.uri).pathname, '/device');
    assert.match(shown.userCode, /^[A-Z]{4}-?[A-Z]{4}$/);
    // Typed by hand at the plain verification URI.
    const title = await approveInBrowser(browser, shown.uri, { userCode: shown.userCode, user: 'erin' });
    assert.match(title, /Sign-in Success/);
    const res = await run.done;
    assert.equal(res.code, 0, `exit ${res.code}; stderr:\n${res.stderr}`);
    const lines = res.stdout.trim().split('\n');
    assert.equal(lines.length, 1, `one JSON document on stdout:\n${res.stdout}`);
    const body = JSON.parse(lines[0]);
    assert.ok(body.access_token, JSON.stringify(body));
    assert.ok(body.id_token, 'openid scope: an ID token');
    const claims = decodeJwt(body.id_token);
    assert.equal(claims.iss, provider.issuer);
    assert.equal(claims.aud, 'tokenscope-device');
    assert.equal(claims.sub, 'erin');
    assert.ok(!res.stdout.includes(shown.userCode));
  });

  it('--browser-command opens verification_uri_complete; without --json only the access token', async () => {
    const record = path.join(config, 'opened-url.txt');
    const opener = `${JSON.stringify(process.execPath)} -e ${JSON.stringify(
      `require('fs').writeFileSync(${JSON.stringify(record)}, process.argv.at(-1))`)}`;
    const run = tokenscope(['token', '--profile', 'Device', '--grant', 'device_code', '--browser-command', opener], env);
    const shown = await run.prompt;
    assert.ok(shown?.complete, 'verification_uri_complete printed');
    // The browser command got the complete URI (with the user code in it).
    let opened = '';
    for (let i = 0; i < 100 && !opened; ++i) {
      await new Promise((r) => setTimeout(r, 100));
      opened = existsSync(record) ? readFileSync(record, 'utf8') : '';
    }
    assert.equal(opened, shown.complete);
    assert.equal(new URL(opened).searchParams.get('user_code')?.replace('-', ''), shown.userCode.replace('-', ''));
    writeFileSync(record, '');
    const title = await approveInBrowser(browser, opened, { userCode: shown.userCode, user: 'frank' });
    assert.match(title, /Sign-in Success/);
    const res = await run.done;
    assert.equal(res.code, 0, `exit ${res.code}; stderr:\n${res.stderr}`);
    const token = res.stdout.trim();
    assert.ok(token.length > 20 && !token.includes('\n') && !token.startsWith('{'), res.stdout);
  });

  it('Abort on the confirmation page: access_denied, exit 1, nothing on stdout', async () => {
    const run = tokenscope(['token', '--profile', 'Device', '--grant', 'device_code'], env);
    const shown = await run.prompt;
    assert.ok(shown);
    await approveInBrowser(browser, shown.uri, { userCode: shown.userCode, abort: true });
    const res = await run.done;
    assert.equal(res.code, 1, res.stderr);
    assert.equal(res.stdout, '');
    assert.match(res.stderr, /denied the device authorization.*access_denied/);
  });
});

describe('a device code nobody approves', () => {
  let provider;

  before(async () => {
    provider = await startProvider(['--device-code-ttl=3']);
  });

  after(() => provider?.child.stdin.end());

  it('expires: exit 1 with the reason on stderr', async () => {
    const add = tokenscope(['profile', 'add', 'Short', '--preset', 'oidc', '--issuer', provider.issuer, '--discover',
      '--client-id', 'tokenscope-device', '--auth-method', 'none', '--scope', 'openid'], env);
    assert.equal((await add.done).code, 0);
    const run = tokenscope(['token', '--profile', 'Short', '--grant', 'device_code'], env);
    const shown = await run.prompt;
    assert.ok(shown);
    const res = await run.done;
    assert.equal(res.code, 1, res.stderr);
    assert.equal(res.stdout, '');
    assert.match(res.stderr, /expired/);
  });
});
