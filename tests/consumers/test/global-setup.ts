// Packs every published package once with `npm pack` (exactly what npm would publish) and lays
// the tarballs out for the proofs: as files to install, and unpacked like jsDelivr's mirror of npm
// (`npm/@ljungby/<name>@<version>/…`), and served by a loopback registry for the @ljungby scope
// (see registry.ts). Then installs every project the proofs use, once (see installs.ts).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { installAll, type ProjectName } from './installs.ts';
import { serveRegistry, type Packed } from './registry.ts';
import { packages, root } from './support.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    work: string;
    cdnRoot: string;
    versions: Record<string, string>;
    /** The folder of each installed project (installs.ts), by name. */
    projects: Record<ProjectName, string>;
  }
}

export default async function setup(project: TestProject) {
  const work = mkdtempSync(join(tmpdir(), 'berattarkit-consumers-'));
  const tarballs: Record<string, string> = {};
  const versions: Record<string, string> = {};
  const cdnRoot = join(work, 'cdn');
  const packed: Record<string, Packed> = {};
  for (const name of packages) {
    const dir = join(root, 'packages', name.replace('@ljungby/', ''));
    const out = execFileSync('npm', ['pack', '--silent', '--pack-destination', work], {
      cwd: dir,
      encoding: 'utf8',
    });
    const file = join(work, out.trim().split('\n').at(-1) ?? '');
    const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
      version: string;
    };
    tarballs[name] = file;
    versions[name] = version;
    const target = join(cdnRoot, 'npm', `${name}@${version}`);
    mkdirSync(target, { recursive: true });
    execFileSync('tar', ['-xzf', file, '-C', target, '--strip-components=1']);
    packed[name] = { tarball: file, manifest: join(target, 'package.json') };
  }
  const registry = await serveRegistry(packed);
  let projects: Record<ProjectName, string>;
  try {
    projects = await installAll(work, tarballs, registry.url);
  } catch (error) {
    rmSync(work, { recursive: true, force: true });
    throw error;
  } finally {
    await registry.close();
  }
  project.provide('work', work);
  project.provide('cdnRoot', cdnRoot);
  project.provide('versions', versions);
  project.provide('projects', projects);
  return () => {
    rmSync(work, { recursive: true, force: true });
  };
}
