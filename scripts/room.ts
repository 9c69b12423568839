// `npm run room`: an onboarding session from one laptop. Builds the game, serves the build to the local
// network, and prints what the room types: one link per address, all on the same level and seed, and the
// facilitator's page. README, "Run an onboarding session".
//
//   npm run room [-- --level=apache-snafu --seed=7 --port=4173]
//
// Team mode's rooms (server/) are served on the same address: players open /team.html and join by code.

import { networkInterfaces } from 'node:os';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { serveGameAndRooms } from '../server/serve-game-and-rooms';
import { readLevelCatalog } from './level-catalog-file';
import { roomAddresses, roomUrls } from './room-urls';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

function option(name: string): string | undefined {
  return process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
}

async function main(): Promise<void> {
  const catalog = readLevelCatalog(REPO_ROOT);
  const ids = catalog.levels.map((level) => level.meta.id);
  const level = option('level') ?? 'apache-snafu';
  if (!ids.includes(level)) throw new Error(`--level=${level} is not a level of this game (it has ${ids.join(', ')})`);
  const seed = Number(option('seed') ?? '1');
  if (!Number.isSafeInteger(seed) || seed < 0) throw new Error(`--seed=${option('seed')} is not a whole number 0 or more`);
  const port = Number(option('port') ?? '4173');
  if (!Number.isSafeInteger(port) || port < 1024 || port > 65535) throw new Error(`--port=${option('port')} is not a port from 1024 to 65535`);

  await build({ root: REPO_ROOT, logLevel: 'warn' });
  // The game and team mode's rooms on one address: several players in one incident, one seat each.
  const served = await serveGameAndRooms({ root: REPO_ROOT, port, settings: { defaultLevel: level, defaultSeed: seed } });
  process.once('SIGINT', () => void served.close().finally(() => process.exit(0)));
  const urls = roomUrls(roomAddresses(networkInterfaces()), port, level, seed);
  const title = catalog.levels.find((candidate) => candidate.meta.id === level)!.meta.title;
  console.log(`\nServing "${title}" on seed ${seed} to the local network (Ctrl-C to stop).\n`);
  if (urls.problem) console.log(urls.problem);
  else {
    console.log('Players, type one of:');
    for (const url of urls.players) console.log(`  ${url}`);
    console.log("\nFacilitator's page (compare the runs the players download):");
    for (const url of urls.facilitator) console.log(`  ${url}`);
  }
  console.log(`\nOn this machine: http://127.0.0.1:${port}/?level=${level}&seed=${seed}`);
  if (!urls.problem) {
    console.log('\nTeam mode (README "Team mode"): the facilitator opens one of these and creates a room; the players join with its code:');
    for (const url of urls.team) console.log(`  ${url}`);
  }
}

main().catch((error: unknown) => {
  console.error(`npm run room: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
