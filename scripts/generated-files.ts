// Keeps a folder of generated assets in step with the script that makes them: writes what changed and
// removes what the script no longer makes, or, with `--check`, only reports files that are missing,
// stale or left over, and exits non-zero if there are any. Shared by `npm run art` and `npm run sound`.

import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface GeneratedFile {
  name: string;
  content: string | Buffer;
}

export interface GeneratedFolder {
  /** Absolute path of the folder, and how it is shown in messages (`assets/art`). */
  dir: string;
  shownAs: string;
  /** Which existing files belong to the generator (others in the folder are left alone). */
  owns: (name: string) => boolean;
  /** The npm script that regenerates, for the message when a check fails. */
  command: string;
  script: string;
}

export function syncGenerated(folder: GeneratedFolder, files: readonly GeneratedFile[], check: boolean): void {
  const wanted = new Set(files.map((file) => file.name));
  const existing = existsSync(folder.dir) ? readdirSync(folder.dir).filter(folder.owns) : [];
  const problems: string[] = [];
  if (!check) mkdirSync(folder.dir, { recursive: true });
  for (const file of files) {
    const target = join(folder.dir, file.name);
    const wantedBytes = Buffer.from(file.content);
    const current = existsSync(target) ? readFileSync(target) : null;
    if (current !== null && current.equals(wantedBytes)) continue;
    if (check) problems.push(`${file.name}: ${current === null ? 'missing' : 'out of date'}`);
    else writeFileSync(target, wantedBytes);
  }
  for (const name of existing) {
    if (wanted.has(name)) continue;
    if (check) problems.push(`${name}: not made by ${folder.script}`);
    else rmSync(join(folder.dir, name));
  }
  if (check) {
    for (const problem of problems) console.error(`${folder.shownAs}/${problem}`);
    if (problems.length > 0) {
      console.error(`run \`${folder.command}\` to regenerate`);
      process.exit(1);
    }
    console.log(`${folder.shownAs}: ${files.length} files up to date`);
    return;
  }
  for (const file of files) console.log(`${String(Buffer.byteLength(file.content)).padStart(8)}  ${folder.shownAs}/${file.name}`);
}
