// Talk mode (`?talk=1`) in a real browser at 1920x1080, as on a stage: the story's historical run on the
// incident screen, paused at its start; the presenter's keys (a clicker's PageDown and PageUp, or the
// arrows) play it on to each beat and stop there, with the beat's words in large text; back one beat
// replays it to the beat before, on the same tick; P plays and pauses; the run's end leads to the debrief,
// and Home starts the talk again. Nothing resets by itself, and no key raises an error.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserForThisFile, frames, openPage, readHook, screenshot, waitForHook, type Hook, type Page } from './harness';

const served = browserForThisFile();
let page: Page;
let errors: string[];

beforeAll(async () => {
  const opened = await openPage(served.browser(), `${served.url()}/?talk=1&seed=1`, { width: 1920, height: 1080 });
  page = opened.page;
  errors = opened.errors;
});

afterAll(async () => {
  await page?.context().close();
});

const onIncident = (hook: Hook): boolean => hook.scene === 'incident' && hook.ready && hook.summary !== null;

/** Presses a key and waits until the talk stops on a beat numbered `number`. */
async function toBeat(key: string, number: number): Promise<Hook> {
  await page.keyboard.press(key);
  return waitForHook(page, (hook) => onIncident(hook) && hook.talk?.number === number && hook.talk.running === null && hook.summary!.paused, 60_000);
}

describe('talk mode', () => {
  it('opens on the story’s run, paused at its start, in large text, with the presenter’s keys', async () => {
    const hook = await waitForHook(page, (candidate) => onIncident(candidate) && candidate.talk !== null, 60_000);
    expect(hook.level).toBe('conference-cut');
    expect(hook.talk).toMatchObject({ number: 0, beat: null, running: null });
    expect(hook.summary!.paused).toBe(true);
    expect(await page.evaluate(() => document.body.classList.contains('projector'))).toBe(true);
    expect(await page.locator('.talk-caption').textContent()).toContain('press →');
    expect(await page.locator('.talk-keys').textContent()).toContain('next beat');
    expect(await page.locator('.watch-banner').count()).toBe(0);
    await frames(page);
    await screenshot(page, '80-talk-start');
  });

  it('plays on to each beat and stops there, its words on screen, however long the presenter talks', async () => {
    const first = await toBeat('ArrowRight', 1);
    expect(first.talk!.beat).toBe('pin');
    expect(await page.locator('.talk-caption').textContent()).toContain('A one-line change');
    const tick = first.summary!.tick;
    expect(tick).toBe(first.talk!.beatTick);
    // Paused on the beat: the clock does not move while the presenter speaks.
    await page.waitForTimeout(1500);
    expect((await readHook(page))!.summary!.tick).toBe(tick);
    expect((await toBeat('PageDown', 2)).talk!.beat).toBe('breaking');
    expect((await toBeat('PageDown', 3)).talk!.beat).toBe('php7');
    const paged = await toBeat('PageDown', 4);
    expect(paged.talk!.beat).toBe('paged');
    await frames(page);
    await screenshot(page, '81-talk-paged');
  });

  it('goes back one beat by replaying the run to the same tick', async () => {
    const before = (await readHook(page))!;
    const back = await toBeat('PageUp', 3);
    expect(back.talk!.beat).toBe('php7');
    expect(back.summary!.tick).toBe(back.talk!.beatTick);
    expect(back.talk!.beatTick).toBeLessThan(before.talk!.beatTick!);
    // And on again to the same beat as before.
    const again = await toBeat('ArrowRight', 4);
    expect(again.talk!.beatTick).toBe(before.talk!.beatTick);
  });

  it('plays freely with P and pauses again with P', async () => {
    await page.keyboard.press('p');
    await waitForHook(page, (hook) => hook.talk?.running === 'free' && !hook.summary!.paused);
    await page.keyboard.press('p');
    const paused = await waitForHook(page, (hook) => hook.talk?.running === null && hook.summary!.paused);
    await page.waitForTimeout(800);
    expect((await readHook(page))!.summary!.tick).toBe(paused.summary!.tick);
  });

  it('reaches the graphs going dark, then the end and the debrief; Home starts the talk again', async () => {
    let hook = (await readHook(page))!;
    while (hook.talk?.beat !== 'graphs-dark') {
      await page.keyboard.press('ArrowRight');
      hook = await waitForHook(page, (candidate) => onIncident(candidate) && candidate.talk!.number > hook.talk!.number && candidate.talk!.running === null, 60_000);
      expect(hook.talk!.number).toBeLessThanOrEqual(7);
    }
    expect(await page.locator('.talk-caption').textContent()).toContain('The graphs go dark');
    await frames(page);
    await screenshot(page, '82-talk-graphs-dark');
    await toBeat('ArrowRight', 7);
    await page.keyboard.press('ArrowRight');
    await waitForHook(page, (candidate) => candidate.scene === 'end' && candidate.ready, 90_000);
    await page.keyboard.press('Home');
    const restarted = await waitForHook(page, (candidate) => onIncident(candidate) && candidate.talk?.number === 0 && candidate.summary!.tick === 0, 60_000);
    expect(restarted.summary!.paused).toBe(true);
    expect(errors).toEqual([]);
  });
});
