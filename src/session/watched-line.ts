// A command of a recorded run, as the terminal shows it while the run is watched again: in the plain
// words a cat would use for the same job, so a room watching a player's run reads what they did, when.

import type { Command } from '../sim/commands';
import type { ResponderConfig } from '../sim/config';
import { describeJob } from '../sim/describe-job';

export function watchedLine(command: Command, responders: readonly ResponderConfig[]): string {
  const name = (id: string | undefined): string => responders.find((responder) => responder.id === id)?.name ?? id ?? 'someone';
  switch (command.type) {
    case 'ask-for-help':
      return command.responder === undefined ? 'asked the team for help' : `asked ${name(command.responder)} for help`;
    case 'assign-job':
      return `gave ${name(command.responder)} a job: ${describeJob(command.job)}`;
    default:
      return describeJob(command);
  }
}
