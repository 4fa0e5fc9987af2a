// SPDX-License-Identifier: GPL-3.0-or-later
// A browser command for the authorization-code tests: `node lib/browser.mjs URL` (tokenscope
// appends the URL). Debian's Chromium, headless, driven by playwright-core: opens the URL, signs
// in on the login form it finds (the sandbox's username/password form, oidc-provider's
// devInteractions login and consent), and waits until the redirect to the loopback listener has
// loaded. Then it closes the browser.
//
// Environment: TOKENSCOPE_E2E_USER, TOKENSCOPE_E2E_PASSWORD (the credentials);
// TOKENSCOPE_E2E_ACTION=cancel presses the login page's Cancel instead of signing in;
// TOKENSCOPE_E2E_CHROMIUM (default /usr/bin/chromium); TOKENSCOPE_E2E_BROWSER_TIMEOUT_MS (30000).
// Exit 0 when the loopback redirect loaded; 3 when the login form came back (credentials refused);
// 1 on anything else. It writes nothing to stdout; what it did goes to stderr.
import { chromium } from 'playwright-core';

const url = process.argv.at(-1);
const user = process.env.TOKENSCOPE_E2E_USER ?? '';
const password = process.env.TOKENSCOPE_E2E_PASSWORD ?? '';
const action = process.env.TOKENSCOPE_E2E_ACTION ?? 'login';
const executablePath = process.env.TOKENSCOPE_E2E_CHROMIUM ?? '/usr/bin/chromium';
const timeout = Number(process.env.TOKENSCOPE_E2E_BROWSER_TIMEOUT_MS ?? 30000);

const say = (line) => process.stderr.write(`browser.mjs: ${line}\n`);

// The listener's redirect URI from the authorization request (the sandbox itself may be on
// 127.0.0.1 too, so "a loopback page" is not enough).
let redirectUri;
try {
  const requested = new URL(url).searchParams.get('redirect_uri');
  redirectUri = requested ? new URL(requested) : undefined;
} catch {
  redirectUri = undefined;
}

function isLoopback(address) {
  try {
    const page = new URL(address);
    if (redirectUri)
      return page.origin === redirectUri.origin && page.pathname === redirectUri.pathname;
    return page.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(page.hostname);
  } catch {
    return false;
  }
}

// Clicks and waits for the navigation it causes to load.
async function submit(page, locator) {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load', timeout }), locator.click({ timeout })]);
}

async function run(page) {
  await page.goto(url, { waitUntil: 'load', timeout });
  let signedIn = false;
  for (let step = 0; step < 6; ++step) {
    if (isLoopback(page.url()))
      return 0;
    const passwordField = page.locator('input[type="password"]');
    if (await passwordField.count() > 0) {
      if (signedIn) {
        say(`the login form came back at ${new URL(page.url()).pathname}: the credentials were refused`);
        return 3;
      }
      if (action === 'cancel') {
        const cancel = page.locator('#cancel, button[name="cancel"], a:has-text("Cancel")').first();
        say('pressing Cancel on the login page');
        await submit(page, cancel);
        continue;
      }
      // The sandbox names the field "username", oidc-provider's devInteractions "login".
      const userField = page.locator('input[name="username"], input[name="login"], input#username').first();
      await userField.fill(user, { timeout });
      await passwordField.first().fill(password, { timeout });
      say(`signing in as ${user}`);
      signedIn = true;
      await submit(page, page.locator('#sign-in, button[type="submit"]:not([name="cancel"])').first());
      continue;
    }
    // A consent page (oidc-provider's devInteractions): its submit button allows.
    const allow = page.locator('button[type="submit"]:not([name="cancel"])').first();
    if (await allow.count() > 0) {
      say('confirming the consent page');
      await submit(page, allow);
      continue;
    }
    say(`stuck on ${page.url().split('?')[0]}: no form to fill`);
    return 1;
  }
  return isLoopback(page.url()) ? 0 : 1;
}

let browser;
let status = 1;
try {
  if (!url || !/^https?:/.test(url))
    throw new Error(`expected the authorization URL as the last argument, got ${JSON.stringify(url)}`);
  browser = await chromium.launch({
    executablePath, headless: true, timeout,
    // Root in a container has no user namespaces for Chromium's sandbox.
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-dev-shm-usage'],
  });
  const page = await browser.newPage();
  status = await run(page);
  if (status === 0)
    say(`redirect loaded: ${page.url().split('?')[0]}`);
} catch (e) {
  say(`failed: ${e.message}`);
  status = 1;
} finally {
  await browser?.close().catch(() => {});
}
process.exit(status);
