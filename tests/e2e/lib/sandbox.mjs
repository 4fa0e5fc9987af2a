// SPDX-License-Identifier: GPL-3.0-or-later
// Runs `tokenscope sandbox --ephemeral --port 0` as a child process and talks to its admin API.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { once } from 'node:events';

const ReadyTimeoutMs = 20000;
const StopTimeoutMs = 10000;

export class Sandbox {
  static async start() {
    const binary = process.env.TOKENSCOPE_BINARY;
    if (!binary)
      throw new Error('TOKENSCOPE_BINARY is not set: run this through ctest (test e2e_openid_client) ' +
        'or set it to the built tokenscope executable');
    if (!existsSync(binary))
      throw new Error(`TOKENSCOPE_BINARY=${binary} does not exist: build the tokenscope target first`);
    const child = spawn(binary, ['sandbox', '--ephemeral', '--port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, QT_QPA_PLATFORM: 'offscreen', TOKENSCOPE_LANG: 'en' },
    });
    const sandbox = new Sandbox(child);
    sandbox.ready = await sandbox.#readyLine();
    return sandbox;
  }

  constructor(child) {
    this.child = child;
    this.stderr = '';
    this.exit = null;
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => { this.stderr = (this.stderr + chunk).slice(-20000); });
    this.exited = once(child, 'exit').then(([code, signal]) => { this.exit = { code, signal }; return this.exit; });
  }

  #readyLine() {
    return new Promise((resolve, reject) => {
      let buffered = '';
      const timer = setTimeout(() => {
        this.child.kill('SIGKILL');
        reject(new Error(`no ready line within ${ReadyTimeoutMs} ms; stderr:\n${this.stderr}`));
      }, ReadyTimeoutMs);
      this.child.stdout.setEncoding('utf8');
      this.child.stdout.on('data', (chunk) => {
        buffered += chunk;
        const newline = buffered.indexOf('\n');
        if (newline < 0)
          return;
        clearTimeout(timer);
        try {
          resolve(JSON.parse(buffered.slice(0, newline)));
        } catch (e) {
          reject(new Error(`ready line is not JSON (${e.message}): ${buffered.slice(0, newline)}`));
        }
      });
      this.exited.then((exit) => {
        clearTimeout(timer);
        reject(new Error(`sandbox exited before it was ready (${JSON.stringify(exit)}); stderr:\n${this.stderr}`));
      });
    });
  }

  // SIGTERM, then the exit status ({code, signal}); SIGKILL if it does not stop in time.
  async stop() {
    if (this.exit)
      return this.exit;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), StopTimeoutMs);
    const exit = await this.exited;
    clearTimeout(timer);
    return exit;
  }

  get baseUrl() { return this.ready.base_url; }
  get tenantId() { return this.ready.tenant_id; }
  issuer(workspaceId) { return `${this.baseUrl}/${this.tenantId}/${workspaceId}`; }

  // An admin access token through client credentials at the admin workspace's token endpoint.
  async adminToken() {
    const basic = Buffer.from(`${encodeURIComponent(this.ready.admin_client_id)}:` +
      `${encodeURIComponent(this.ready.admin_client_secret)}`).toString('base64');
    const res = await fetch(`${this.baseUrl}/${this.tenantId}/admin/oauth2/token`, {
      method: 'POST',
      headers: { Authorization: `Basic ${basic}`, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials' }),
    });
    const body = await res.json();
    if (res.status !== 200 || !body.access_token)
      throw new Error(`admin token: ${res.status} ${JSON.stringify(body)}`);
    this.adminAccessToken = body.access_token;
    return body;
  }

  // One admin API call: {status, headers, body} with body parsed as JSON when there is one.
  async admin(method, apiPath, json, { token = this.adminAccessToken } = {}) {
    const headers = {};
    if (token)
      headers.Authorization = `Bearer ${token}`;
    if (json !== undefined)
      headers['Content-Type'] = 'application/json';
    const res = await fetch(`${this.baseUrl}/api/admin/${this.tenantId}${apiPath}`, {
      method, headers, body: json === undefined ? undefined : JSON.stringify(json),
    });
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
  }
}
