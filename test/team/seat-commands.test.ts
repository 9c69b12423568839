// The split of the on-call work: every command the game knows belongs to a seat (or, for injections, to
// the facilitator alone), and a seat gives only its own.

import { describe, expect, it } from 'vitest';
import { COMMAND_TYPES } from '../../src/replay/command-schema';
import type { CommandType } from '../../src/sim/commands';
import { FACILITATOR_COMMANDS, SEAT_COMMANDS, seatMayGive } from '../../src/team/seat-commands';
import { SEATS } from '../../src/team/seats';

describe('which seat gives which command', () => {
  it('gives every command type of the replay schema to someone, and names no other', () => {
    expect(Object.keys(SEAT_COMMANDS).sort()).toEqual([...COMMAND_TYPES].sort());
    for (const type of COMMAND_TYPES as CommandType[]) expect(SEAT_COMMANDS[type].length > 0 || FACILITATOR_COMMANDS.includes(type), type).toBe(true);
  });

  it('leaves every seat work to do', () => {
    for (const seat of SEATS)
      expect(
        Object.values(SEAT_COMMANDS).some((seats) => seats.includes(seat)),
        seat,
      ).toBe(true);
  });

  it('keeps the kill switches with ops, the cookbook with the investigator, the status page with comms and the team with the commander', () => {
    expect(SEAT_COMMANDS['stop-chef']).toEqual(['ops']);
    expect(SEAT_COMMANDS['pause-chef']).toEqual(['ops']);
    expect(SEAT_COMMANDS['fix-cookbook']).toEqual(['investigator']);
    expect(SEAT_COMMANDS['check-host']).toEqual(['investigator']);
    expect(SEAT_COMMANDS['update-status-page']).toEqual(['comms']);
    expect(SEAT_COMMANDS['assign-job']).toEqual(['commander']);
    expect(SEAT_COMMANDS['end-incident']).toEqual(['commander']);
  });

  it('refuses a seat another seat’s command, saying whose it is', () => {
    expect(seatMayGive('ops', 'run-chef')).toEqual({ ok: true });
    const reason = (check: ReturnType<typeof seatMayGive>): string | null => (check.ok ? null : check.reason);
    expect(reason(seatMayGive('comms', 'run-chef'))).toContain('ask ops');
    expect(reason(seatMayGive('investigator', 'assign-job'))).toContain('the commander');
  });

  it('lets the facilitator inject and nothing else, and no seat inject', () => {
    expect(seatMayGive('facilitator', 'inject-event')).toEqual({ ok: true });
    for (const seat of SEATS) expect(seatMayGive(seat, 'inject-event').ok).toBe(false);
    for (const type of COMMAND_TYPES as CommandType[]) if (type !== 'inject-event') expect(seatMayGive('facilitator', type).ok, type).toBe(false);
  });
});
