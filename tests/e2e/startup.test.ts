import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { composeApp } from '../../src/index';
import { silentLogger } from '../../src/logger';
import { listen } from '../../src/server';
import { StartupError } from '../../src/startupProblems';

/** Start-up problems that come from the settings get one plain sentence, not a stack trace. */
let taken: Server;
let takenPort: number;
beforeAll(async () => {
  taken = createServer();
  await new Promise<void>((done) => taken.listen(0, '127.0.0.1', done));
  takenPort = (taken.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise<void>((done) => taken.close(() => done()));
});

function serverFor(host: string) {
  return composeApp(loadConfig({ HOST: host, PORT: String(takenPort) }), silentLogger).server;
}

describe('starting the server', () => {
  it('says plainly that the port is in use', async () => {
    const attempt = listen(serverFor('127.0.0.1'), takenPort, '127.0.0.1');
    await expect(attempt).rejects.toThrow(StartupError);
    await expect(attempt).rejects.toThrow(`port ${takenPort} is already in use`);
  });

  it('says plainly that HOST cannot be resolved', async () => {
    const attempt = listen(serverFor('no-such-host.invalid'), 0, 'no-such-host.invalid');
    await expect(attempt).rejects.toThrow(StartupError);
    await expect(attempt).rejects.toThrow(/HOST "no-such-host.invalid" cannot be resolved/);
  });

  it('prints that one line and exits with 1 when started as `node lib/index.js` would be', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', resolve(__dirname, '../../src/index.ts')], {
      env: { ...process.env, HOST: '127.0.0.1', PORT: String(takenPort), NODE_NO_WARNINGS: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((done) => child.on('exit', done));
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([`The bot cannot start: port ${takenPort} is already in use on 127.0.0.1. Stop the other program, or set PORT to a free port.`]);
  }, 60_000);
});
