// The test server must answer odd request targets instead of crashing the test run: `//` made
// `new URL()` throw, `//example.com/x` was read as another host, and an encoded `..%2F` could
// reach a sibling folder whose name starts like the root's.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { serveFolder } from './static-server.js';

const work = mkdtempSync(join(tmpdir(), 'static-server-'));
const root = join(work, 'site');
/** @type {Awaited<ReturnType<typeof serveFolder>>} */
let server;

before(async () => {
  mkdirSync(join(root, 'sub'), { recursive: true });
  mkdirSync(join(work, 'site-secret'));
  writeFileSync(join(root, 'index.html'), 'start');
  writeFileSync(join(root, 'sub', 'index.html'), 'sub');
  writeFileSync(join(work, 'site-secret', 'key.txt'), 'secret');
  server = await serveFolder(root);
});

after(async () => {
  await server.close();
  rmSync(work, { recursive: true, force: true });
});

/**
 * Sends the request target exactly as written (fetch would normalise it first).
 * @param {string} path
 * @returns {Promise<{ status: number | undefined, body: string }>}
 */
const get = (path) =>
  new Promise((resolve, reject) => {
    const req = request(`${server.origin}/`, { path }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => {
        resolve({ status: res.statusCode, body });
      });
    });
    req.on('error', reject);
    req.end();
  });

test('serves files, and index.html for a folder', async () => {
  assert.deepEqual(await get('/'), { status: 200, body: 'start' });
  assert.deepEqual(await get('/sub/'), { status: 200, body: 'sub' });
});

test('answers odd paths without crashing, and keeps serving', async () => {
  // An empty first segment: the root's index, as most servers merge the slashes.
  assert.deepEqual(await get('//'), { status: 200, body: 'start' });
  // A path, not a host: there is no folder example.com.
  assert.equal((await get('//example.com/x')).status, 404);
  assert.equal((await get('//example.com/sub/')).status, 404);
  assert.equal((await get('/%E0%A4%A')).status, 400);
  assert.equal((await get('*')).status, 400);
  assert.ok(server.requested.has('//example.com/x'));
  assert.deepEqual(await get('/sub/'), { status: 200, body: 'sub' });
});

test('serves nothing outside the root, even through an encoded slash', async () => {
  assert.equal((await get('/..%2Fsite-secret%2Fkey.txt')).status, 403);
  assert.equal((await get('/../site-secret/key.txt')).status, 404);
});
