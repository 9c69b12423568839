// The one way the world moves: a fixed tick of game time, the commands given during it, and the
// systems run in a fixed order. Returns what happened, as events; the state is changed in place.

import { applyCommand } from './apply-command';
import { noteChangeEvidence } from './change-evidence';
import { runChatBots } from './chat-bots';
import { runChefSystem } from './chef-system';
import type { Command } from './commands';
import type { SimConfig } from './config';
import { EventLog, type SimEvent } from './events';
import { runHostTasks } from './host-tasks';
import { runIncident } from './incident';
import { restoreInjectedOutages } from './injections';
import { runLevelScript } from './level-script';
import { runLoadBalancer } from './load-balancer';
import { runMonitoring } from './monitoring';
import { runResponders } from './responders';
import { runStaging } from './staging';
import { runTeamChannel } from './team-channel';
import type { SimState } from './state';
import { runTimers } from './timers';
import { runTraffic } from './traffic';

export function step(config: SimConfig, state: SimState, commands: readonly Command[] = []): SimEvent[] {
  if (state.incident.outcome) return [];
  const log = new EventLog(state.tick);
  for (const command of commands) {
    applyMalformedSafely(config, state, command, log);
    // Once the level has ended nothing more happens, not even the rest of this tick.
    if (state.incident.outcome) return log.events;
  }
  runResponders(config, state, log);
  if (state.incident.outcome) return log.events;
  runLevelScript(config, state, log);
  restoreInjectedOutages(config, state, log);
  runTeamChannel(config, state, log);
  runTimers(config, state, log);
  runHostTasks(config, state, log);
  runChefSystem(config, state, log);
  runStaging(config, state, log);
  runLoadBalancer(config, state, log);
  runTraffic(config, state, log);
  runMonitoring(config, state, log);
  runChatBots(config, state, log);
  noteChangeEvidence(config, state, log);
  if (!state.incident.outcome) runIncident(config, state, log);
  state.tick++;
  return log.events;
}

/** Commands can come from files and other programs; a malformed one is refused, never a crash. */
function applyMalformedSafely(config: SimConfig, state: SimState, command: Command, log: EventLog): void {
  try {
    applyCommand(config, state, command, log);
  } catch (error) {
    const type = typeof (command as { type?: unknown })?.type === 'string' ? command.type : ('unknown' as Command['type']);
    log.add({ type: 'command-refused', command: type, by: command?.by ?? 'player', reason: `This command is malformed (${error instanceof Error ? error.message : String(error)}).` });
  }
}

export function isOver(state: SimState): boolean {
  return state.incident.outcome !== null;
}
