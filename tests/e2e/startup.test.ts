import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as restify from 'restify';
import { DEFAULTS } from '../../src/config';
import { checkCanListen, listen } from '../../src/server';
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

describe('starting the server', () => {
  // Start-up checks the port and host (checkCanListen) before it composes the bot: these need no bot composed.
  it('says plainly that the port is in use', async () => {
    const attempt = checkCanListen(takenPort, '127.0.0.1');
    await expect(attempt).rejects.toThrow(StartupError);
    await expect(attempt).rejects.toThrow(`port ${takenPort} is already in use`);
  });

  it('says plainly that HOST cannot be resolved', async () => {
    const attempt = checkCanListen(0, 'no-such-host.invalid');
    await expect(attempt).rejects.toThrow(StartupError);
    await expect(attempt).rejects.toThrow(/HOST "no-such-host.invalid" cannot be resolved/);
  });

  it('says the same plainly when the port is taken between the check and listening', async () => {
    const server = restify.createServer();
    const attempt = listen(server, takenPort, '127.0.0.1');
    await expect(attempt).rejects.toThrow(StartupError);
    await expect(attempt).rejects.toThrow(`port ${takenPort} is already in use`);
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

describe('npm start (src/start.ts)', () => {
  const launch = (env: Record<string, string>) =>
    spawn(process.execPath, ['--import', 'tsx', resolve(__dirname, '../../src/start.ts')], {
      env: { ...process.env, HOST: '127.0.0.1', NODE_NO_WARNINGS: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });

  it('runs the bot under the V8 heap settings in DEFAULTS, and a SIGTERM stops it gracefully', async () => {
    // What this checks (the flags, "started", SIGTERM) needs no warm-up under load: the test skips its turns.
    const child = launch({ PORT: '0', LOG_LEVEL: 'info', WARM_UP_TURNS: '0' });
    const started = await new Promise<Record<string, unknown>>((done, fail) => {
      let stdout = '';
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        const line = stdout.split('\n').find((l) => l.includes('"event":"started"'));
        if (line) done(JSON.parse(line) as Record<string, unknown>);
      });
      child.once('exit', (code) => fail(new Error(`the bot exited (${String(code)}) before it started`)));
    });
    const { semiSpaceMb, minSemiSpaceMb, heapLimitMb } = DEFAULTS.hosting.v8;
    // V8's limit is the old generation's plus the young generation's (a few semi-spaces).
    expect(started.heapLimitMb).toBeGreaterThanOrEqual(heapLimitMb);
    expect(started.heapLimitMb).toBeLessThanOrEqual(heapLimitMb + 4 * semiSpaceMb);
    // Held at its size from the start (V8 alone starts it at 1 MB and shrinks it when the bot is idle).
    expect(started.youngGenerationMb).toBeGreaterThanOrEqual(minSemiSpaceMb);
    child.kill('SIGTERM');
    expect(await new Promise<number | null>((done) => child.on('exit', done))).toBe(0);
  }, 90_000);

  it("passes on the bot's one-line start-up problem and its exit code", async () => {
    const child = launch({ PORT: String(takenPort) });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    expect(await new Promise<number | null>((done) => child.on('exit', done))).toBe(1);
    expect(stderr).toContain(`port ${takenPort} is already in use`);
  }, 90_000);
});
