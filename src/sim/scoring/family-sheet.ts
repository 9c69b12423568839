// A family's score sheet: each rule opens with the points it could give and what it did give, may add
// lines that cost (never taking the rule below zero, so every line's points add up to the family's), or
// says it does not apply to this run and is left out. What the rule missed, and which takeaway would have
// helped, is noted with it.

import type { SimEvent } from '../events';
import type { FamilyId } from './scoring-config';
import type { ScoreEvidence, ScoreReason } from './score-types';
import type { TakeawayId } from './takeaways';

export interface Helped {
  takeaway: TakeawayId;
  text: string;
}

export interface RuleMiss {
  rule: string;
  missedPoints: number;
  helped: Helped;
}

export interface SheetResult {
  id: FamilyId;
  earned: number;
  outOf: number;
  reasons: ScoreReason[];
  misses: RuleMiss[];
}

const MAX_EVIDENCE = 12;

export class FamilySheet {
  private readonly reasons: ScoreReason[] = [];
  private readonly rules = new Map<string, { outOf: number; net: number; helped: Helped }>();

  /** `indexOf` finds an event's place in the run, for the evidence a line rests on. */
  constructor(
    readonly id: FamilyId,
    private readonly indexOf: (event: SimEvent) => number = () => -1,
  ) {}

  /**
   * A rule worth `outOf` points gave `points` of them; `helped` says what would have earned the rest, and
   * `evidence` names the events the line rests on.
   */
  gain(rule: string, outOf: number, points: number, text: string, tick: number | null, helped: Helped, evidence: readonly SimEvent[] = []): this {
    const given = round(Math.min(outOf, Math.max(0, points)));
    this.rules.set(rule, { outOf, net: given, helped });
    this.reasons.push({ rule: this.ruleId(rule), text, points: given, outOf, tick, evidence: this.cite(evidence) });
    return this;
  }

  /** Something that cost points in an opened rule; it never takes the rule below zero. */
  cost(rule: string, points: number, text: string, tick: number | null, helped?: Helped, evidence: readonly SimEvent[] = []): this {
    const open = this.rules.get(rule);
    if (!open) throw new Error(`cost before gain in rule ${rule}`);
    const taken = round(Math.min(open.net, Math.abs(points)));
    open.net = round(open.net - taken);
    if (helped) open.helped = helped;
    this.reasons.push({ rule: this.ruleId(rule), text, points: -taken, outOf: 0, tick, evidence: this.cite(evidence) });
    return this;
  }

  /** A fact worth saying inside an opened rule, at no points either way (the price of an improvised switch, say). */
  note(rule: string, text: string, tick: number | null, evidence: readonly SimEvent[] = []): this {
    if (!this.rules.has(rule)) throw new Error(`note before gain in rule ${rule}`);
    this.reasons.push({ rule: this.ruleId(rule), text, points: 0, outOf: 0, tick, evidence: this.cite(evidence) });
    return this;
  }

  /** A rule nothing in this run called for: said, and left out of the family's points. */
  notCounted(rule: string, text: string, tick: number | null = null): this {
    this.reasons.push({ rule: this.ruleId(rule), text: `${text} (not counted)`, points: 0, outOf: 0, tick, evidence: [] });
    return this;
  }

  /** Evidence in the run's order, each event once, at most a dozen (a fan-out's hundred runs say no more than its first few). */
  evidenceOf(events: readonly SimEvent[]): ScoreEvidence[] {
    return this.cite(events);
  }

  private cite(events: readonly SimEvent[]): ScoreEvidence[] {
    const seen = new Set<number>();
    const cited: ScoreEvidence[] = [];
    for (const event of events) {
      const index = this.indexOf(event);
      if (index < 0 || seen.has(index)) continue;
      seen.add(index);
      cited.push({ event: index, tick: event.tick, type: event.type });
    }
    return cited.sort((a, b) => a.event - b.event).slice(0, MAX_EVIDENCE);
  }

  result(): SheetResult {
    const rules = [...this.rules.entries()];
    return {
      id: this.id,
      earned: round(rules.reduce((sum, [, rule]) => sum + rule.net, 0)),
      outOf: rules.reduce((sum, [, rule]) => sum + rule.outOf, 0),
      reasons: this.reasons,
      misses: rules.filter(([, rule]) => rule.net < rule.outOf).map(([rule, { outOf, net, helped }]) => ({ rule: this.ruleId(rule), missedPoints: round(outOf - net), helped })),
    };
  }

  private ruleId(rule: string): string {
    return `${this.id}.${rule}`;
  }
}

/** Points to one decimal, so the lines add up to what the family shows. */
export function round(points: number): number {
  return Math.round(points * 10) / 10;
}

/** Every point up to `fullSeconds`, fading to none over `fadeSeconds` more. */
export function fading(outOf: number, seconds: number, fullSeconds: number, fadeSeconds: number): number {
  if (seconds <= fullSeconds) return outOf;
  return outOf * Math.max(0, 1 - (seconds - fullSeconds) / fadeSeconds);
}
