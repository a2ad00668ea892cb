// Every project the proofs install, in one table, installed once per run by global-setup.ts
// before any proof starts.
//
// Why once, up front: an install is where the registry can fail (a busy connection on this
// machine answers with SELF_SIGNED_CERT_IN_CHAIN, which npm does not retry). Installing in each
// file's beforeAll made one hiccup fail several files, some only after their hook timeout. Here
// each install is retried as a whole, after a pause, when npm reports a network or certificate
// error; any other error (a package that does not exist, a conflict) fails the run at once.
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { componentPackages, npmEnv, packages, root, run, type PackageName } from './support.ts';

export interface ProjectSpec {
  /** A folder of `examples/` to copy, or none for a new, empty ES-module project. */
  example?: string;
  /** The kit's packages, installed from the packed tarballs. */
  kit: readonly PackageName[];
  /** Other packages from the registry, as a partner's project adds them. */
  extra?: readonly string[];
}

/** The tools the README examples name (doc-examples-*.test.ts), for one major of React's types. */
const docTools = (react: 18 | 19) => [
  `react@^${react}`,
  `react-dom@^${react}`,
  `@types/react@^${react}`,
  `@types/react-dom@^${react}`,
  'sass@^1.80',
  'tailwindcss@^4',
  '@tailwindcss/cli@^4',
];

export const projects = {
  // The README examples type-check against both React majors that ui-components supports.
  'doc-examples': { kit: packages, extra: docTools(19) },
  'doc-examples-react-18': { kit: packages, extra: docTools(18) },
  'no-react': { kit: componentPackages },
  // The snippet comes from the packed embed-widget itself, so its SRI hash is the tarball's.
  snippet: { kit: ['@ljungby/focus-content', '@ljungby/embed-widget'] },
  // The components, and the media kit for the link preview (opengraph-image).
  'next-app': { example: 'next-app', kit: [...componentPackages, '@ljungby/media-kit'] },
  'node-imports': { example: 'node-imports', kit: packages },
  'node-ssr': { example: 'node-ssr', kit: componentPackages },
  'plain-html': { example: 'plain-html', kit: componentPackages },
  'tree-shaking': { example: 'tree-shaking', kit: componentPackages },
  'vite-react': { example: 'vite-react', kit: componentPackages },
} satisfies Record<string, ProjectSpec>;
export type ProjectName = keyof typeof projects;

/** What npm prints for a failure worth trying again: the network or a certificate, not the request. */
export const transientNpmError =
  /\b(?:E(?:CONNRESET|CONNREFUSED|CONNABORTED|TIMEDOUT|AI_AGAIN|NOTFOUND|PIPE|HOSTUNREACH|NETUNREACH|SOCKETTIMEOUT|INTEGRITY|5\d\d|429)|ERR_SOCKET_\w+|[A-Z_]*CERT[A-Z_]*|UNABLE_TO_\w+)\b|npm error network|socket hang up/u;

export interface RetryOptions {
  /** Pauses before the second, third, … try; their count is the number of retries. */
  pauses: readonly number[];
  sleep?: (ms: number) => Promise<void>;
  /** Called before each retry, e.g. to clear a half-done install. */
  reset?: () => void;
  log?: (message: string) => void;
}

/** Runs `attempt`, again after each pause while it fails with a transient npm error. */
export async function retryTransient<T>(
  what: string,
  attempt: () => Promise<T>,
  { pauses, sleep = (ms) => new Promise((r) => setTimeout(r, ms)), reset, log }: RetryOptions,
): Promise<T> {
  for (let tries = 0; ; tries++) {
    try {
      return await attempt();
    } catch (error) {
      const output = errorOutput(error);
      const pause = pauses[tries];
      if (pause === undefined || !transientNpmError.test(output)) {
        throw new Error(
          `${what} failed${tries > 0 ? ` after ${tries + 1} tries` : ''}:\n${output}`,
          { cause: error },
        );
      }
      log?.(
        `${what}: ${transientNpmError.exec(output)?.[0] ?? ''}; trying again in ${pause / 1000} s`,
      );
      reset?.();
      await sleep(pause);
    }
  }
}

const errorOutput = (error: unknown) => {
  const e = error as { message?: string; stderr?: string; stdout?: string };
  return [e.message, e.stderr, e.stdout].filter(Boolean).join('\n');
};

/**
 * Installs one project into `work/<name>`: copies its example (or makes an empty project), then
 * `npm install`s the tarballs and the extra packages, the way a partner installs from npm.
 */
export async function installProject(
  work: string,
  name: ProjectName,
  tarballs: Record<string, string>,
  registry: string,
): Promise<string> {
  const spec: ProjectSpec = projects[name];
  const dir = join(work, name);
  if (spec.example) {
    cpSync(join(root, 'examples', spec.example), dir, {
      recursive: true,
      filter: (src) => !/node_modules|[/\\](dist|out|\.next)$/u.test(src),
    });
  } else {
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({ name: basename(dir), private: true, type: 'module' }),
    );
  }
  const args = [
    'install',
    '--prefer-offline',
    // npm still asks about the kit's packages that the tarballs depend on: the loopback
    // registry answers with the same tarballs (see registry.ts).
    `--@ljungby:registry=${registry}`,
    ...spec.kit.map((n) => tarballs[n] as string),
    ...(spec.extra ?? []),
  ];
  await retryTransient(
    `npm install in ${name}`,
    () => run('npm', args, { cwd: dir, env: npmEnv }),
    {
      pauses: [5_000, 20_000],
      reset: () => {
        rmSync(join(dir, 'node_modules'), { recursive: true, force: true });
        rmSync(join(dir, 'package-lock.json'), { force: true });
      },
      log: (message) => {
        console.warn(message);
      },
    },
  );
  return dir;
}

/** Installs every project, two at a time (each mostly waits on npm), and returns their folders. */
export async function installAll(
  work: string,
  tarballs: Record<string, string>,
  registry: string,
): Promise<Record<ProjectName, string>> {
  const queue = Object.keys(projects) as ProjectName[];
  const dirs: Partial<Record<ProjectName, string>> = {};
  const worker = async () => {
    for (let name = queue.shift(); name; name = queue.shift()) {
      try {
        dirs[name] = await installProject(work, name, tarballs, registry);
      } catch (error) {
        queue.length = 0; // the run fails: start no more installs
        throw error;
      }
    }
  };
  await Promise.all([worker(), worker()]);
  return dirs as Record<ProjectName, string>;
}
