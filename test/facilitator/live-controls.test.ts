// The facilitator's page links to the game with its live controls, in a tab or on a projector; when every
// loaded run shares one level and one seed, the links open that same incident.

import { describe, expect, it, vi } from 'vitest';
import { liveControlsLinks } from '../../src/facilitator/live-controls';
import { chatDownExportText, loadRun as load, referenceExportText } from './room-exports';

// Each test plays whole shifts (an export made, then read and played again): seconds on a shared machine.
vi.setConfig({ testTimeout: 30_000 });

describe('open the game with live controls', () => {
  it('with no runs loaded: the game as it is', () => {
    expect(liveControlsLinks([])).toEqual({ controls: './?facilitator=1', projector: './?facilitator=1&projector=1', carries: null });
  });

  it('carries the level and seed every loaded run shares', () => {
    const runs = [load('ada.json', referenceExportText('skilled', 'Ada', 3)), load('grace.json', referenceExportText('historical', 'Grace', 3))];
    const links = liveControlsLinks(runs);
    expect(links.controls).toBe('./?facilitator=1&level=apache-snafu&seed=3');
    expect(links.projector).toBe('./?facilitator=1&projector=1&level=apache-snafu&seed=3');
    expect(links.carries).toEqual({ levelId: 'apache-snafu', levelTitle: 'The Apache SNAFU', seed: 3 });
  });

  it('carries neither when the runs differ in level or in seed', () => {
    const ada = load('ada.json', referenceExportText('nothing', 'Ada', 1));
    const otherSeed = load('bo.json', referenceExportText('nothing', 'Bo', 2));
    const otherLevel = load('lin.json', chatDownExportText('Lin'));
    for (const runs of [
      [ada, otherSeed],
      [ada, otherLevel],
    ]) {
      expect(liveControlsLinks(runs)).toEqual({ controls: './?facilitator=1', projector: './?facilitator=1&projector=1', carries: null });
    }
  });
});
