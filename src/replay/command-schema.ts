// The shape of every command as data, for replay files and anything else that hands the simulation
// commands from outside. Checked against the Command type, so the two cannot drift apart; the messages
// are the level files' own ("expected …, got …").

import { z } from 'zod';
import { INVESTIGATION_TOPICS, STATUS_INTENTS, STATUS_PAGE_STATUSES, VERSION_PATTERN, WATCH_TARGETS, type Command } from '../sim/commands';
import { fields, list, matching, name, oneOf, text, wholeNumber, yesNo } from '../levels/field-schemas';
import { MAX_HOSTS } from '../levels/level-schema';
import { INJECTION_IDS } from '../sim/injection-config';

// Names are short and on one line; only what people write to each other (posts, status updates) is long.
const hosts = list(name(), 'host names or @groups, such as ["web-017"] or ["@web", "-@php7"]', 1, MAX_HOSTS);
const concurrency = wholeNumber(1).optional();
const by = name().optional();
const version = matching(VERSION_PATTERN, 'a version such as "2.2.22"');

export const commandShapes = [
  fields('a run-chef command', { type: z.literal('run-chef'), hosts, concurrency, by }),
  fields('a stop-chef command', { type: z.literal('stop-chef'), hosts, concurrency, by }),
  fields('a start-chef command', { type: z.literal('start-chef'), hosts, concurrency, by }),
  fields('a pause-chef command', { type: z.literal('pause-chef'), by }),
  fields('a resume-chef command', { type: z.literal('resume-chef'), by }),
  fields('a set-pin command', { type: z.literal('set-pin'), version, hosts: hosts.optional(), by }),
  fields('a fix-cookbook command', { type: z.literal('fix-cookbook'), by }),
  fields('a test-in-staging command', { type: z.literal('test-in-staging'), version, by }),
  fields('a start-apache command', { type: z.literal('start-apache'), hosts, concurrency, by }),
  fields('a remove-default-config command', { type: z.literal('remove-default-config'), hosts, concurrency, by }),
  fields('a repair-chef command', { type: z.literal('repair-chef'), hosts, concurrency, by }),
  fields('a drain command', { type: z.literal('drain'), hosts, by }),
  fields('a restore command', { type: z.literal('restore'), hosts, by }),
  fields('a set-feature-flag command', { type: z.literal('set-feature-flag'), flag: name(), on: yesNo(), by }),
  fields('a check-host command', { type: z.literal('check-host'), host: name(), method: oneOf(['curl', 'ssh']), by }),
  fields('a view-site command', { type: z.literal('view-site'), by }),
  fields('a read-lb-stats command', { type: z.literal('read-lb-stats'), by }),
  fields('a check-mirror command', { type: z.literal('check-mirror'), by }),
  fields('an ack-page command', { type: z.literal('ack-page'), pageId: wholeNumber(1).optional(), by }),
  fields('a post-message command', { type: z.literal('post-message'), channel: name(), text: text(), intent: name().optional(), by }),
  fields('an update-status-page command', { type: z.literal('update-status-page'), status: oneOf(STATUS_PAGE_STATUSES), text: text(), intent: oneOf(STATUS_INTENTS).optional(), by }),
  fields('an end-incident command', { type: z.literal('end-incident'), by }),
  // Saying no and stopping: the lead's, refused as a job by the simulation, but a Job by type (see commands.ts).
  fields('a refuse-intent command', { type: z.literal('refuse-intent'), responder: name(), by }),
  fields('a stop-job command', { type: z.literal('stop-job'), responder: name(), by }),
  fields('a stop-task command', { type: z.literal('stop-task'), taskId: wholeNumber(1).optional(), by }),
  // Answering the author's review of the change: the on-call's, refused as a job like the commands above.
  fields('an approve-change command', { type: z.literal('approve-change'), by }),
  fields('a hold-change command', { type: z.literal('hold-change'), reason: text().optional(), by }),
  // A facilitator's injection: refused as a job by the simulation, but a Job by type (see commands.ts).
  fields('an inject-event command', { type: z.literal('inject-event'), event: oneOf(INJECTION_IDS), by }),
] as const;

const JOB_TYPES: readonly string[] = [...commandShapes.map((shape) => shape.shape.type.value), 'investigate', 'watch'];

/** A responder's job: any of the commands above, or an investigation. */
const jobSchema = z.discriminatedUnion(
  'type',
  [
    ...commandShapes,
    fields('an investigate job', { type: z.literal('investigate'), topic: oneOf(INVESTIGATION_TOPICS) }),
    fields('a watch job', { type: z.literal('watch'), target: oneOf(WATCH_TARGETS) }),
  ],
  {
    error: (issue) => (issue.code === 'invalid_union' ? `expected a job whose "type" is one of ${JOB_TYPES.join(', ')}` : undefined),
  },
);

export const allCommandShapes = [
  ...commandShapes,
  fields('an ask-for-help command', { type: z.literal('ask-for-help'), responder: name().optional(), by }),
  fields('an assign-job command', { type: z.literal('assign-job'), responder: name(), job: jobSchema, by }),
] as const;

export const COMMAND_TYPES: readonly string[] = allCommandShapes.map((shape) => shape.shape.type.value);

export const commandSchema = z.discriminatedUnion('type', allCommandShapes, {
  error: (issue) => (issue.code === 'invalid_union' ? `expected a "type" that is one of ${COMMAND_TYPES.join(', ')}` : undefined),
});

// Fails to compile if the schema and the Command type disagree in either direction.
type Parsed = z.infer<typeof commandSchema>;
const parsedIsCommand = (parsed: Parsed): Command => parsed;
const commandIsParsed = (command: Command): Parsed => command;
void parsedIsCommand;
void commandIsParsed;
