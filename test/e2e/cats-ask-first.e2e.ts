// Cats that ask first, and stopping work, in a real browser on the Apache SNAFU, by keys alone. The team
// is called and given no job, so a cat left idle says on a card what they are about to do on their own;
// N says no, to each plan in turn. Then all six get a short job at once and report together, without a
// bubble over another or the dashboards; two slow fan-outs of our own are stopped (Ctrl-C in the
// terminal, and X with a number) sparing the hosts they had not reached; and a canary is started from
// the cookbook menu by its number. (The pager's check of the shop itself: site-pager.e2e.ts.)

import { beforeAll, describe, expect, it } from 'vitest';
import { frames, gameForThisFile, screenshot, waitForHook, type Hook, type Page } from './harness';
import { storySteps } from './story-steps';
import { keyboardPlay } from './keyboard-play';

// Speed 8 on the level's pace of 5 game seconds a second: 40 game seconds a second.
const game = gameForThisFile('?level=apache-snafu&speed=8&seed=1&skip-intro=1');
let page: Page;
let errors: string[];

beforeAll(() => {
  page = game.page();
  errors = game.errors();
});

const { press, choose, terminalText, chatText, waitForText } = keyboardPlay(() => page);

const tick = async (): Promise<number> => (await waitForHook(page, (hook) => hook.summary !== null)).summary!.tick;

/** Whether the card over the traffic picture has a plan to show (the element's own `hidden`). */
const cardShown = (): Promise<boolean> => page.locator('.intent-card').evaluate((card) => !(card as HTMLElement).hidden);

/** The speed as the hook reports it, once it is `speed`. */
const atSpeed = (speed: number) => (hook: Hook) => hook.summary?.speed === speed;

/** Every "Fan-out #N stopped: K hosts …" line in the terminal, as [task, spared]. */
async function fanOutsStopped(): Promise<Array<[number, number]>> {
  return [...(await terminalText()).matchAll(/Fan-out #(\d+) stopped: (\d+) hosts? it had not reached are left alone\./g)].map((match) => [Number(match[1]), Number(match[2])]);
}

/** C, the cat by name, then the job's menus by their labels. */
async function giveJob(name: string, labels: Array<string | RegExp>): Promise<void> {
  await press('c');
  await choose(new RegExp(`^\\d${name} \\(`), 'Your team');
  for (const [index, label] of labels.entries()) await choose(label, index === 0 ? `A clear job for ${name}` : undefined);
  expect(await terminalText()).toContain(`$ job ${name.toLowerCase()} `);
}

// One story: a step that fails leaves the rest nothing to stand on (story-steps).
const step = storySteps('the shift');

describe('cats that ask first, and stopping work', () => {
  step('starts straight in the incident, with no cat plan on the card', async () => {
    await waitForHook(page, (hook) => hook.scene === 'incident' && (hook.summary?.tick ?? 0) >= 1, 30_000);
    expect(await cardShown()).toBe(false);
  });

  // Not a step: what it checks is drawing only, so the story goes on whatever it finds.
  it('draws no intent card at all while no cat has a plan', async () => {
    // `.intent-card` is a flex box: without `.intent-card[hidden] { display: none }` (src/ui/ui.css) an empty
    // orange-bordered box would sit over the traffic picture all shift.
    expect(await page.locator('.intent-card').isVisible(), 'an empty intent card is drawn over the traffic picture').toBe(false);
  });

  step('asks the whole team for help with C then 1, and gives nobody a job', async () => {
    await press('c');
    expect(await choose('Ask for help', 'Your team')).toBe('1');
    expect(await terminalText()).toContain('$ page');
    const called = await waitForHook(page, (hook) => Object.values(hook.summary?.team ?? {}).every((status) => status !== 'away'));
    expect(Object.keys(called.summary!.team)).toHaveLength(6);
  });

  step('a cat left idle says on a card what they will do on their own, with a countdown', async () => {
    // Joined, caught up, then idle three game minutes while customers hurt. The plan starts 30 game
    // seconds after it is said: at speed 4 that is a second and a half to see the card and pause.
    await waitForHook(page, (hook) => hook.summary?.team['Miso'] === 'idle', 20_000);
    await press('-');
    await waitForHook(page, atSpeed(4));
    await page.waitForFunction(() => document.querySelector<HTMLElement>('.intent-card')?.hidden === false, undefined, { timeout: 40_000, polling: 'raf' });
    await press('p');
    await waitForHook(page, (hook) => hook.summary?.paused === true);
    expect(await cardShown(), 'the card was still up when the game paused').toBe(true);
    const first = page.locator('.intent-card .intent').first();
    const said = (await first.textContent()) ?? '';
    expect(said).toMatch(/^Miso, on their own, in \d+ s:/);
    expect(said).toContain('N say no');
    expect(said).toContain('C give Miso a job instead');
    const seconds = Number(/in (\d+) s/.exec(said)![1]);
    expect(seconds).toBeGreaterThan(0);
    expect(seconds).toBeLessThanOrEqual(30);
    expect(await chatText()).toMatch(/Miso: Nobody's given me a job, so in 30 seconds I'll start .+\. Say no if that's a bad idea!/);
    await screenshot(page, '43-cat-asks-first');
  });

  // Not a step: drawing only. Runs while the game is still paused on the card.
  it("keeps the card off the right column's racks", async () => {
    const canvas = (await page.locator('canvas').first().boundingBox())!;
    const scale = canvas.width / 1280;
    const card = (await page.locator('.intent-card').boundingBox())!;
    // The fleet's right column of racks (Staging, the Chef server) starts at x 407: 12 + (780 - 10) / 2 + 10.
    expect((card.x + card.width - canvas.x) / scale, 'the intent card (src/ui/ui.css) reaches into the right column of racks').toBeLessThanOrEqual(406.5);
  });

  step('N says no: the card goes, the terminal and chat show the refusal and the reply, and the run records it', async () => {
    await press('n');
    expect(await terminalText()).toContain('$ no Miso');
    // Slowest, so the next cat's plan (a few game seconds later) cannot take the card before we look.
    await press('-', '-', '-', '-');
    await waitForHook(page, atSpeed(0.5));
    await press('p');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('.intent-card')?.hidden === true, undefined, { timeout: 10_000, polling: 'raf' });
    expect(await page.locator('.intent-card').textContent()).toBe('');
    await waitForText('.terminal-feed', /You told Miso not to: .+\./);
    await waitForText('.chat-panel', /Miso: OK, I won't: no .+\. I'll wait for a job\./);
    // The run's record, as the test hook reads it: the last thing the player did.
    expect((await waitForHook(page, (hook) => hook.summary !== null)).summary!.lastNotice).toMatch(/^You told Miso not to: /);
    expect((await waitForHook(page, (hook) => hook.summary !== null)).summary!.team['Miso']).toBe('idle');
  });

  step('says no to each plan as it comes, until the last cat to join is free', async () => {
    // Speed 2: a plan's 30 game seconds are three real seconds, time enough to read the card and answer.
    await press('+', '+');
    await waitForHook(page, atSpeed(2));
    const deadline = Date.now() + 20_000;
    while ((await waitForHook(page, (hook) => hook.summary !== null)).summary!.team['Tofu'] !== 'idle') {
      expect(Date.now(), 'Tofu is free within 20 s').toBeLessThan(deadline);
      if (await cardShown()) {
        // One no per plan: wait for the game to take it (the next tick) before looking at the card again.
        const now = await tick();
        await press('n');
        await waitForHook(page, (hook) => (hook.summary?.tick ?? 0) > now);
      }
      await frames(page);
    }
    await press('p');
    await waitForHook(page, (hook) => hook.summary?.paused === true);
    // Biscuit's plan is the dangerous one: Chef on every web and API host at once, with the bad pin.
    await waitForText('.terminal-feed', 'You told Biscuit not to: running Chef on every web and API host, all at once.');
    expect(await chatText()).toContain("Biscuit: OK, I won't: no running Chef on every web and API host, all at once. I'll wait for a job.");
    expect(await chatText(), 'no cat went ahead on their own').not.toContain('Nobody said no, so here goes');
    expect(await terminalText()).not.toMatch(/has not said they are about to do anything/);
  });

  step('gives all six a clear job, paused, so they report together: each has their say in a bubble, and no bubble ever covers another or the dashboards', async () => {
    // Short jobs with short reports, each on its own host, so no two trip over each other.
    await giveJob('Miso', ['Check the site as a customer']);
    await giveJob('Biscuit', ['Read the load balancer stats']);
    await giveJob('Pixel', ['Look at one host', /^\dweb-017/, 'curl it']);
    await giveJob('Marmalade', ['Look at one host', /^\dweb-001/, 'curl it']);
    await giveJob('Noodle', ['Look at one host', /^\dweb-php7-01/, 'curl it']);
    await giveJob('Tofu', ['Look at one host', /^\dapi-01/, 'curl it']);
    expect(Object.values((await waitForHook(page, (hook) => hook.summary !== null)).summary!.team)).toEqual(['idle', 'idle', 'idle', 'idle', 'idle', 'idle']);
    // Every frame from here, the bubbles are measured: how many are up at most, and any that overlap.
    await page.evaluate(() => {
      const textOf = (bubble: HTMLElement): string => bubble.innerText.replace(/\s+/g, ' ');
      // Lines already up (said before the jobs) do not count as a report.
      const before = new Set([...document.querySelectorAll<HTMLElement>('.team-strip .speech-bubble')].map(textOf));
      const watch = { most: 0, texts: [] as string[], clashes: [] as string[], seen: [] as string[], frames: 0, stop: false };
      (window as unknown as { __bubbles: typeof watch }).__bubbles = watch;
      const sample = (): void => {
        if (watch.stop) return;
        watch.frames++;
        const canvas = document.querySelector('canvas')!.getBoundingClientRect();
        const scale = canvas.width / 1280;
        const dashboards = { left: canvas.x + 804 * scale, top: canvas.y + 48 * scale, right: canvas.x + 1268 * scale, bottom: canvas.y + 196 * scale };
        const bubbles = [...document.querySelectorAll<HTMLElement>('.team-strip .speech-bubble')].map((bubble) => ({ text: textOf(bubble), box: bubble.getBoundingClientRect() }));
        const clash = (a: { left: number; top: number; right: number; bottom: number }, b: typeof a): boolean =>
          a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
        bubbles.forEach((bubble, index) => {
          if (clash(bubble.box, dashboards)) watch.clashes.push(`"${bubble.text}" covers the dashboards`);
          for (const other of bubbles.slice(index + 1)) if (clash(bubble.box, other.box)) watch.clashes.push(`"${bubble.text}" overlaps "${other.text}"`);
        });
        if (bubbles.length > watch.most) Object.assign(watch, { most: bubbles.length, texts: bubbles.map((bubble) => bubble.text) });
        for (const bubble of bubbles.filter((candidate) => !before.has(candidate.text))) {
          const name = bubble.text.split(' ')[0]!;
          if (!watch.seen.includes(name)) watch.seen.push(name);
        }
        requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
    });
    await press('+', '+', '+', 'p');
    await waitForHook(page, atSpeed(8));
    // Their jobs take 15 to 35 game seconds: every report lands within a real second of the first.
    // The picture: two reports up at once (the strip's most, see below).
    await page.waitForFunction(() => [...document.querySelectorAll('.team-strip .speech-bubble')].filter((bubble) => bubble.textContent?.includes('Done:')).length >= 2, undefined, {
      timeout: 8_000,
      polling: 'raf',
    });
    await press('p');
    await screenshot(page, '44-busy-team');
    await press('p');
    // A line with no room waits for one (up to 20 s) rather than overlap: within seconds every cat has spoken.
    await page
      .waitForFunction(() => (window as unknown as { __bubbles: { seen: string[] } }).__bubbles.seen.length >= 6, undefined, { timeout: 15_000, polling: 'raf' })
      .catch(() => undefined);
    const watch = await page.evaluate(() => {
      const found = (window as unknown as { __bubbles: { most: number; texts: string[]; clashes: string[]; seen: string[]; frames: number; stop: boolean } }).__bubbles;
      found.stop = true;
      return found;
    });
    console.log(`bubbles: at most ${watch.most} up at once over ${watch.frames} frames: ${watch.texts.join(' | ')}; seen: ${watch.seen.join(', ')}`);
    expect([...new Set(watch.clashes)]).toEqual([]);
    // The strip (464 x 112 screen units for its bubbles) holds two one-line bubbles, one above the other:
    // six cats never all show at once; the others wait their turn (reported, not a failure here).
    expect(watch.most, `a busy team: several bubbles at once; at most: ${watch.texts.join(' | ')}`).toBeGreaterThanOrEqual(2);
    expect(watch.seen.sort(), 'every cat had their say in a bubble of its own since the jobs were given').toEqual(['Biscuit', 'Marmalade', 'Miso', 'Noodle', 'Pixel', 'Tofu']);
  });

  // Not a step: a finding about the jobs just given, which the story does not stand on.
  it('does not call two looks at different hosts the same job twice', async () => {
    expect(
      (await chatText()).match(/Wait, \w+, I'm already on checking \S+ with curl!/g) ?? [],
      "BUG in src/sim/job-collisions.ts: overlaps() reads a job's hosts from `hosts` only; a check-host job names its one host in `host`, so it has no targets, counts as overlapping every job, and two cats curling different hosts (web-017, web-001, web-php7-01, api-01 here) are 'the same job twice': both slowed, and one says so in chat. Looks at different hosts should not collide (take `host` as the target)",
    ).toEqual([]);
  });

  step('Ctrl-C in the terminal stops our own slow fan-out, sparing the hosts it had not reached', async () => {
    await press('2');
    await choose('Web servers, not the php7 nodes', 'Run Chef on which hosts?');
    await choose('One at a time', 'How many at a time?');
    expect(await terminalText()).toContain('$ dsh -g web -x php7 -F 1 chef-client');
    await waitForText('.terminal-feed', 'You started a Chef run on 113 hosts, 1 at a time.');
    // A minute of game time: the first host's run is under way (it finishes; the rest are spared).
    const started = await tick();
    await waitForHook(page, (hook) => (hook.summary?.tick ?? 0) >= started + 60);
    const before = (await fanOutsStopped()).length;
    await press('t');
    await page.keyboard.press('Control+c');
    await frames(page);
    await waitForText('.terminal-feed', '^C stopping your fan-out; hosts it has not reached are left alone');
    await page.waitForFunction((count) => (document.querySelector('.terminal-feed')?.textContent?.match(/Fan-out #\d+ stopped/g) ?? []).length > count, before, {
      timeout: 10_000,
      polling: 'raf',
    });
    await press('Escape');
    const [, spared] = (await fanOutsStopped()).at(-1)!;
    expect(spared).toBeGreaterThanOrEqual(100);
    expect(spared).toBeLessThan(113);
  });

  step('X and a number stop a second one the same way', async () => {
    await press('2');
    await choose('Web servers, not the php7 nodes', 'Run Chef on which hosts?');
    await choose('One at a time', 'How many at a time?');
    await waitForText('.terminal-feed', /You started a Chef run on 113 hosts, 1 at a time\.[\s\S]*You started a Chef run on 113 hosts, 1 at a time\./);
    const started = await tick();
    await waitForHook(page, (hook) => (hook.summary?.tick ?? 0) >= started + 60);
    const [firstTask] = (await fanOutsStopped()).at(-1)!;
    await press('x');
    await screenshot(page, '46-stop-what');
    const digit = await choose(/^\dYour fan-out #\d+: Chef runs on 113 hosts/, 'Stop what?');
    expect(await terminalText()).toMatch(/\$ stop \d+/);
    await page.waitForFunction(
      (task) => [...(document.querySelector('.terminal-feed')?.textContent ?? '').matchAll(/Fan-out #(\d+) stopped/g)].some((match) => Number(match[1]) !== task),
      firstTask,
      { timeout: 10_000, polling: 'raf' },
    );
    const [secondTask, spared] = (await fanOutsStopped()).at(-1)!;
    expect(secondTask).not.toBe(firstTask);
    expect(spared).toBeGreaterThanOrEqual(100);
    expect(spared).toBeLessThan(113);
    expect(digit).toMatch(/^[1-9]$/);
  });

  step('a canary from the cookbook menu by its number: one host, one Chef run', async () => {
    await press('7');
    await choose('Canary: run Chef on one host…', 'Cookbook and packages');
    const offered = await page.locator('.chooser button[data-i]').first().textContent();
    const host = /^1(\S+)/.exec(offered ?? '')![1]!;
    await choose(/^1/, 'Run Chef on which one host first? (a canary)');
    expect(await terminalText()).toContain(`$ dsh -m ${host} -F 1 chef-client`);
    await waitForText('.terminal-feed', 'You started a Chef run on 1 host, 1 at a time.');
  });

  it('logged no errors on the way', () => {
    expect(errors).toEqual([]);
  });
});
