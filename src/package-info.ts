import fs from 'node:fs';
import path from 'node:path';

export interface PackageInfo {
  readonly version: string;
  /** `https://github.com/owner/name`, from package.json `repository`, or the project's default. */
  readonly repositoryUrl: string;
}

const defaultRepositoryUrl = 'https://github.com/eslint-plugin-privacy/eslint-plugin-privacy';
let cached: PackageInfo | undefined;

/** This package's version and repository, read from its package.json (from src/ or dist/src/). */
export function packageInfo(): PackageInfo {
  if (cached) return cached;
  let dir = import.meta.dirname;
  for (;;) {
    const candidate = path.join(dir, 'package.json');
    if (fs.existsSync(candidate)) {
      const json = JSON.parse(fs.readFileSync(candidate, 'utf8')) as { name?: string; version?: string; repository?: unknown };
      if (json.name === 'eslint-plugin-privacy') {
        return (cached = { version: json.version ?? '0.0.0', repositoryUrl: repositoryUrlOf(json.repository) });
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) return (cached = { version: '0.0.0', repositoryUrl: defaultRepositoryUrl });
    dir = parent;
  }
}

/** `git+https://github.com/a/b.git`, `github:a/b`, `{ url }` → `https://github.com/a/b`. */
export function repositoryUrlOf(repository: unknown): string {
  const raw = typeof repository === 'string'
    ? repository
    : typeof repository === 'object' && repository !== null && typeof (repository as { url?: unknown }).url === 'string'
      ? (repository as { url: string }).url
      : undefined;
  if (!raw) return defaultRepositoryUrl;
  const shorthand = /^(?:github:)?([\w.-]+\/[\w.-]+)$/.exec(raw);
  if (shorthand) return `https://github.com/${shorthand[1]!.replace(/\.git$/, '')}`;
  const url = raw.replace(/^git\+/, '').replace(/^git:\/\//, 'https://').replace(/^ssh:\/\/git@/, 'https://').replace(/\.git$/, '');
  return /^https?:\/\//.test(url) ? url.replace(/\/$/, '') : defaultRepositoryUrl;
}
