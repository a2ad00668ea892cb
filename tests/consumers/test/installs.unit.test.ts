// The install retry: a registry hiccup is tried again after a pause, a real mistake is not.
import { describe, expect, it } from 'vitest';
import { retryTransient, transientNpmError } from './installs.ts';

/** An attempt that fails with each of `errors` in turn (npm's stderr), then succeeds. */
function flaky(...errors: string[]) {
  let calls = 0;
  return {
    attempt: () => {
      const stderr = errors[calls++];
      return stderr === undefined
        ? Promise.resolve('installed')
        : Promise.reject(Object.assign(new Error('Command failed: npm install'), { stderr }));
    },
    calls: () => calls,
  };
}
const certificate =
  'npm error code SELF_SIGNED_CERT_IN_CHAIN\nnpm error errno SELF_SIGNED_CERT_IN_CHAIN';

describe('retryTransient', () => {
  it('tries again after each pause on a network or certificate error, and resets first', async () => {
    const slept: number[] = [];
    const log: string[] = [];
    let resets = 0;
    const npm = flaky(certificate, 'npm error code ECONNRESET\nnpm error network aborted');
    await expect(
      retryTransient('npm install in x', npm.attempt, {
        pauses: [5, 20],
        sleep: (ms) => {
          slept.push(ms);
          return Promise.resolve();
        },
        reset: () => resets++,
        log: (m) => log.push(m),
      }),
    ).resolves.toBe('installed');
    expect(npm.calls()).toBe(3);
    expect(slept).toEqual([5, 20]);
    expect(resets).toBe(2);
    expect(log[0]).toBe('npm install in x: SELF_SIGNED_CERT_IN_CHAIN; trying again in 0.005 s');
  });

  it('gives up after the last pause, naming the project, the tries and npm’s output', async () => {
    const npm = flaky(certificate, certificate, certificate);
    const error = await retryTransient('npm install in x', npm.attempt, {
      pauses: [0, 0],
    }).catch((e: unknown) => e as Error);
    expect(npm.calls()).toBe(3);
    expect(String(error)).toMatch(/^Error: npm install in x failed after 3 tries:\n/u);
    expect(String(error)).toContain('SELF_SIGNED_CERT_IN_CHAIN');
  });

  it('fails at once on an error that trying again cannot fix', async () => {
    const npm = flaky('npm error code E404\nnpm error 404 Not Found - GET https://registry/nope');
    const error = await retryTransient('npm install in x', npm.attempt, { pauses: [0, 0] }).catch(
      (e: unknown) => e as Error,
    );
    expect(npm.calls()).toBe(1);
    expect(String(error)).toMatch(/^Error: npm install in x failed:\n[^]*E404/u);
  });
});

describe('transientNpmError', () => {
  it.each([
    'npm error code SELF_SIGNED_CERT_IN_CHAIN',
    'npm error code UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'npm error code CERT_HAS_EXPIRED',
    'npm error code ECONNRESET',
    'npm error code ETIMEDOUT',
    'npm error code EAI_AGAIN',
    'npm error code E503',
    'npm error code EINTEGRITY',
    'npm error network request to https://registry.npmjs.org/x failed',
    'Error: socket hang up',
  ])('counts %s as a hiccup', (output) => {
    expect(output).toMatch(transientNpmError);
  });

  it.each([
    'npm error code E404',
    'npm error code ERESOLVE',
    'npm error code ETARGET',
    'npm error code EACCES',
  ])('not %s', (output) => {
    expect(output).not.toMatch(transientNpmError);
  });
});
