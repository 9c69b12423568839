// Team mode's page (team.html): pick a seat and join a room by its code, or start one; then the seat's
// screen for as long as the incident lasts; then the team's debrief. The room (server/team-room) runs the
// incident; this page only shows the seat's view it is sent and sends the seat's commands. README, "Team mode".

// First: before any module that builds a Zod schema (the replay checks of the debrief) is evaluated.
import '../session/zod-without-eval';
import '../ui/ui.css';
import './team.css';
import { loadCatalog } from '../level-catalog';
import type { Level } from '../levels/level';
import { withShiftMinutes } from '../levels/shift-length';
import type { Role } from '../team/seats';
import type { Welcome } from '../team/room-protocol';
import { spokenRoomCode, teamLink, teamPageOptions } from './team-page-options';
import { applyDisplaySettings } from '../ui/display-settings';
import { openBrowserStorage } from '../ui/safe-storage';
import { loadSettings } from '../ui/settings-store';
import { heldBefore, RoomConnection, roomEndpoint, type RoomRequest } from './room-connection';
import { SeatScreen } from './seat-screen';
import { showTeamDebrief } from './team-debrief';
import { TeamLobby } from './team-lobby';

const root = document.getElementById('team') ?? document.body;
const options = teamPageOptions(location.search);
const catalog = loadCatalog();
// The player's own display settings (text size, palette, motion), as the game keeps them.
applyDisplaySettings(loadSettings(openBrowserStorage().storage).settings);
const lobby = new TeamLobby(root, catalog.levels, { ...options, problems: [...options.problems, ...catalog.problems] }, enter);
let problemShown: ((text: string) => void) | null = null;
// Whatever breaks on the page is said where the player is looking; reloading takes them back to their seat.
const sayProblem = (why: string): void => (problemShown ?? ((text: string) => lobby.say(text)))(`Something went wrong on this page (${why}). Reload it to rejoin your seat.`);
window.addEventListener('error', (event) => sayProblem(event.message));
window.addEventListener('unhandledrejection', (event) => sayProblem(event.reason instanceof Error ? event.reason.message : String(event.reason)));
// A shared link with a seat goes straight in, and so does a reload of a seat's page (the tab kept the room's
// token for it); with only the code, the player picks a seat first.
if (options.code && options.seat) void enter({ kind: 'join', code: options.code, seat: options.seat });
else if (options.code && heldBefore(options.code)) void enter({ kind: 'join', code: options.code, seat: 'any', rejoinOnly: true });

async function enter(request: RoomRequest): Promise<void> {
  let screen: SeatScreen | null = null;
  let level: Level | null = null;
  let connection: RoomConnection | null = null;
  const held = new Set<Role>();
  let shiftChanged = false;
  const start = (welcome: Welcome): void => {
    const found = catalog.levels.find((candidate) => candidate.meta.id === welcome.level) ?? null;
    // The room may play a shorter shift than the level's own: the clock and the debrief's replay follow the room's.
    shiftChanged = found !== null && welcome.timeLimitSeconds !== found.sim.resolution.timeLimitSeconds;
    level = found && withShiftMinutes(found, shiftChanged ? welcome.timeLimitSeconds / 60 : null);
    if (!level) {
      lobby.say(`The room plays the level "${welcome.level}", which this page does not have: the game here is a different version from the room's.`);
      void connection?.leave();
      return;
    }
    lobby.element.remove();
    screen = new SeatScreen(root, level, welcome, connection!);
    const shown = screen;
    problemShown = (text) => shown.link(text, 'lost');
    held.add(welcome.role);
    document.title = `Apache SNAFU — ${spokenRoomCode(welcome.code)} (${welcome.role})`;
    // The address now names the room, so a reload (or the link copied from the bar) comes back to it.
    history.replaceState(null, '', teamLink(location.href, welcome.code));
  };
  try {
    connection = await RoomConnection.open(roomEndpoint(location), request, {
      welcome: (welcome) => (screen ? undefined : start(welcome)),
      view: (view) => screen?.view(view),
      seats: (seats) => {
        for (const [seat, state] of Object.entries(seats.seats)) if (state !== 'cats') held.add(seat as Role);
        if (seats.facilitator) held.add('facilitator');
        screen?.seats(seats);
      },
      accepted: (accepted) => screen?.accepted(accepted.ref),
      refused: (refused) => screen?.refused(refused.ref, refused.reason),
      ended: (ended) => {
        if (!screen || !level) return;
        screen.element.remove();
        showTeamDebrief(root, { level, code: connection?.code ?? '', ended, heldByPeople: held, shiftChanged });
        void connection?.leave();
      },
      link: (state, words) => screen?.link(words, state),
    });
  } catch (error) {
    lobby.say(joinProblem(error, request));
  }
}

/** Why creating or joining failed, in words a player can act on. */
function joinProblem(error: unknown, request: RoomRequest): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/not found/i.test(message) && request.kind === 'join')
    return `No room has the code ${spokenRoomCode(request.code)}: check it with whoever started the room (a room closes once everybody has left it).`;
  // The room's own refusals are sentences for the player (a taken seat, a missing key): say them as they are.
  if (/seat|facilitator|key|too many tries/i.test(message)) return message;
  return `No room server answers at this address (${message.slice(0, 120)}). Team mode needs the room server: start the game with \`npm run room\`; \`npm start\` plays solo.`;
}
