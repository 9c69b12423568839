// The one door from a client into the simulation: a message is a command only if it has the shape the
// replay files have (src/replay/command-schema.ts, after the same limits on nesting and odd field names),
// does not claim to come from someone (the room knows who sent it), and is the sender's seat's to give.
// Every refusal says why, in words a player can act on.

import { checkJsonLimits } from '../levels/check-json-limits';
import { jsonPath } from '../levels/level-problem';
import { commandSchema } from '../replay/command-schema';
import type { Command } from '../sim/commands';
import { seatMayGive } from './seat-commands';
import { FACILITATOR, type Role } from './seats';

export type SeatCommandCheck = { ok: true; command: Command } | { ok: false; reason: string };

export function checkSeatCommand(role: Role, message: unknown): SeatCommandCheck {
  const limits = checkJsonLimits(message, 'command');
  if (limits.length > 0) return { ok: false, reason: `This command is malformed: ${limits[0]!.message} at ${limits[0]!.path}.` };
  if (typeof message === 'object' && message !== null && Object.hasOwn(message, 'by')) {
    return { ok: false, reason: 'A command cannot say who gives it: the room knows your seat, and you act only from it.' };
  }
  const parsed = commandSchema.safeParse(message);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, reason: `This command is malformed: ${issue.message}${issue.path.length > 0 ? ` at ${jsonPath(issue.path)}` : ''}.` };
  }
  const allowed = seatMayGive(role, parsed.data.type);
  if (!allowed.ok) return allowed;
  // The facilitator's injections carry their name, as the solo live controls' do; the players act as the on-call.
  const command: Command = role === FACILITATOR ? { ...parsed.data, by: FACILITATOR } : parsed.data;
  return { ok: true, command };
}
