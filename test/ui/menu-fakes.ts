// A chooser that answers from a script, so the action menus run in Node: each question is recorded with
// the labels it offered, and answered with the choice at the scripted key (1-9), as a player would press.

import type { Level } from '../../src/levels/level';
import { KnownWorld } from '../../src/session/known-world';
import { playerView, type PlayerView } from '../../src/session/player-view';
import type { Command } from '../../src/sim/commands';
import { createState } from '../../src/sim/create-state';
import type { SimState } from '../../src/sim/state';
import type { Choice, Chooser } from '../../src/ui/chooser';
import type { ActionContext } from '../../src/ui/incident-actions';

export interface Asked {
  question: string;
  labels: string[];
}

export interface Played {
  context: ActionContext;
  asked: Asked[];
  submitted: { command: Command; typed: string }[];
  notes: string[];
}

/** `keys` are the number keys pressed, one per question, in order; a question past them is cancelled (Esc). */
export function playMenus(level: Level, keys: number[], options: { selected?: string | null; state?: SimState } = {}): Played {
  const state = options.state ?? createState(level.sim, 1);
  const view: PlayerView = playerView(level.sim, state, new KnownWorld());
  const asked: Asked[] = [];
  const script = [...keys];
  const chooser = {
    ask<T>(question: string, choices: readonly Choice<T>[]): Promise<T | null> {
      asked.push({ question, labels: choices.map((choice) => choice.label) });
      const key = script.shift();
      return Promise.resolve(key === undefined ? null : (choices[key - 1]?.value ?? null));
    },
  } as unknown as Chooser;
  const played: Played = { asked, submitted: [], notes: [], context: undefined as unknown as ActionContext };
  played.context = {
    level,
    view: () => view,
    selectedHost: () => options.selected ?? null,
    chooser,
    submit: (command, typed) => played.submitted.push({ command, typed }),
    note: (text) => played.notes.push(text),
  };
  return played;
}
