// A page option may give a shift another length; the level is otherwise the same, and its file unchanged.

import { describe, expect, it } from 'vitest';
import { withShiftMinutes } from '../../src/levels/shift-length';
import { bundledLevel } from '../support/level-files';

describe('a shift of another length', () => {
  it('changes only the time limit', () => {
    const level = bundledLevel();
    const short = withShiftMinutes(level, 6);
    expect(short.sim.resolution.timeLimitSeconds).toBe(360);
    expect({ ...short.sim, resolution: level.sim.resolution }).toEqual(level.sim);
    expect(level.sim.resolution.timeLimitSeconds).toBe(3600);
  });

  it('is the level itself without the option', () => {
    const level = bundledLevel();
    expect(withShiftMinutes(level, null)).toBe(level);
  });
});
