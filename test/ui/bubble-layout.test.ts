// The cats' speech bubbles at 1280x720: one per cat, the newest always shown, none over another or over
// the dashboards and the alerts around the office strip, and every word readable (wrapped, not cut
// mid-thought; a line too long for the room says the rest is in chat).

import { describe, expect, it } from 'vitest';
import { BUBBLE_BOX, bubbleRegion, layoutBubbles, type BubbleRequest, type PlacedBubble, type Rect } from '../../src/ui/bubble-layout';
import { deskCentresForTest, INCIDENT } from './bubble-screen';

const metrics = { ...BUBBLE_BOX, measure: (text: string, bold: boolean) => text.length * (bold ? 8.6 : 7.8) };
const region = bubbleRegion(INCIDENT.team);
const centres = deskCentresForTest(6);
const CATS = ['Miso', 'Biscuit', 'Pixel', 'Marmalade', 'Tofu', 'Noodle'];

const FINDING =
  'web-017: the upgrade to 2.2.23 dropped /etc/httpd/conf.d/welcome.conf, so the restart failed; the recipe deleted that file at the end of the run, so the next Chef run should start Apache fine.';
const PHP7 =
  "The 7 php7 web boxes have been failing every Chef run (yum: the php7 packages on these boxes conflict with the php packages the cookbook wants). Nobody noticed in the dev-VM noise, and it's why they never got the new Apache. Careful: fix their Chef and they'll upgrade too.";

function request(cat: number, text: string, extra: Partial<BubbleRequest> = {}): BubbleRequest {
  return { id: CATS[cat]!.toLowerCase(), name: CATS[cat]!, anchorX: centres[cat]!, text, ...extra };
}

function overlap(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The body and its tail. */
function footprint(bubble: PlacedBubble): Rect {
  return { ...bubble.rect, height: bubble.rect.height + BUBBLE_BOX.tail };
}

function text(bubble: PlacedBubble): string {
  return bubble.lines.map((line) => line.map((run) => run.text).join('')).join(' ');
}

function expectTidy(placed: readonly PlacedBubble[]): void {
  placed.forEach((bubble, index) => {
    const box = footprint(bubble);
    for (const panel of INCIDENT.neighbours) expect(overlap(box, panel.rect), `${bubble.id} over ${panel.name}`).toBe(false);
    expect(box.x).toBeGreaterThanOrEqual(region.x);
    expect(box.y).toBeGreaterThanOrEqual(region.y);
    expect(box.x + box.width).toBeLessThanOrEqual(region.x + region.width + 0.01);
    expect(box.y + box.height).toBeLessThanOrEqual(region.y + region.height + 0.01);
    for (const other of placed.slice(index + 1)) expect(overlap(box, footprint(other)), `${bubble.id} over ${other.id}`).toBe(false);
    for (const line of bubble.lines) {
      const width = line.reduce((sum, run) => sum + metrics.measure(run.text, run.style === 'name'), 0);
      expect(width, `a line of ${bubble.id} fits its bubble`).toBeLessThanOrEqual(bubble.rect.width - 2 * BUBBLE_BOX.paddingX + 1);
    }
  });
}

describe('speech bubbles', () => {
  it('keep clear of the dashboards above and the alerts below, in the gaps around the strip', () => {
    for (const panel of INCIDENT.neighbours) expect(overlap(region, panel.rect), panel.name).toBe(false);
  });

  it('show one line whole, wrapped at words, its tail over the cat who said it', () => {
    const { placed, waiting } = layoutBubbles([request(2, FINDING)], region, metrics);
    expect(waiting).toEqual([]);
    expect(placed).toHaveLength(1);
    expect(text(placed[0]!)).toBe(`Pixel ${FINDING}`);
    expect(placed[0]!.cut).toBe(false);
    expect(placed[0]!.lines[0]![0]).toEqual({ text: 'Pixel', style: 'name' });
    expect(placed[0]!.rect.x + placed[0]!.tailX).toBeCloseTo(centres[2]!, 0);
    expectTidy(placed);
  });

  it('keep only the newest line of each cat: the older is for chat', () => {
    const { placed, waiting } = layoutBubbles([request(0, 'Done: checking the mirror.'), request(0, 'Here! Reading the summary, one moment.')], region, metrics);
    expect(placed.map(text)).toEqual(['Miso Done: checking the mirror.']);
    expect(waiting).toEqual([]);
  });

  it('fit short lines of the whole team side by side, none over another', () => {
    const lines = [
      'Here! Reading the summary, one moment.',
      'Done: checking the mirror.',
      'Chef server is fine: 4 runs at once.',
      'On it!',
      'Site: 7 of 120 web hosts serving, degraded.',
      'Here!',
    ];
    const { placed, waiting } = layoutBubbles(
      lines.map((line, cat) => request(cat, line)),
      region,
      metrics,
    );
    expect(placed.length + waiting.length).toBe(6);
    expect(placed.length).toBeGreaterThanOrEqual(3);
    expect(placed[0]!.id).toBe('miso');
    expectTidy(placed);
  });

  it('show the newest first when two long reports come together, and let the other wait', () => {
    const { placed, waiting } = layoutBubbles([request(4, PHP7), request(0, FINDING)], region, metrics);
    expect(placed[0]!.id).toBe('tofu');
    expect([...placed.map((bubble) => bubble.id), ...waiting].sort()).toEqual(['miso', 'tofu']);
    expectTidy(placed);
  });

  it('cut a report too long for the room between sentences, saying the rest is in chat', () => {
    const long = `${PHP7} ${PHP7}`;
    const { placed } = layoutBubbles([request(4, long)], region, metrics);
    const bubble = placed[0]!;
    expect(bubble.cut).toBe(true);
    const shown = text(bubble);
    expect(shown.endsWith('(more in chat)')).toBe(true);
    const said = shown.slice('Tofu '.length, -' (more in chat)'.length);
    expect(long.startsWith(said)).toBe(true);
    expect(said).toMatch(/[.!?…]$/);
    expectTidy(placed);
  });

  it('keep a bubble where it was while that spot is free, so it does not jump while read', () => {
    const first = layoutBubbles([request(5, 'Here!')], region, metrics).placed[0]!;
    const moved = { ...first.rect, x: first.rect.x - 40 };
    // A newer line far from it leaves the spot free: the bubble stays put, off its cat's centre as it was.
    const again = layoutBubbles([request(0, 'On it!'), request(5, 'Here!', { previous: moved })], region, metrics);
    expect(again.placed.find((bubble) => bubble.id === 'noodle')!.rect).toEqual(moved);
    expectTidy(again.placed);
    // A newer line that needs the spot takes it, and the older bubble finds another or waits.
    const crowded = layoutBubbles([request(4, FINDING), request(5, 'Here!', { previous: moved })], region, metrics);
    expect(crowded.placed[0]!.id).toBe('tofu');
    expectTidy(crowded.placed);
  });

  it('never overlap or leave their room, whatever the team says at once', () => {
    const words = `${FINDING} ${PHP7} Here! Done. On it, watching the site.`.split(' ');
    let seed = 7;
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let round = 0; round < 150; round++) {
      const requests = CATS.map((_, cat) => cat)
        .filter(() => random() < 0.7)
        .map((cat) => {
          const start = Math.floor(random() * words.length);
          const length = 1 + Math.floor(random() * 60);
          return request(cat, words.slice(start, start + length).join(' ') || 'Here!', random() < 0.3 ? { note: '(nobody can read this: the channel is down)' } : {});
        });
      const { placed, waiting } = layoutBubbles(requests, region, metrics);
      expect(placed.length + waiting.length).toBe(requests.length);
      if (requests.length > 0) expect(placed[0]!.id).toBe(requests[0]!.id);
      expectTidy(placed);
    }
  });
});
