// The game's sound effects, each synthesised from scratch: the pager, alerts, every cat's own keyboard
// mashing and meow, the chat ping, a Chef run, Apache failing to start, the stingers and the UI click.
// Names here are the cue names the game plays (src/audio/cues.ts lists the same names).

import { RESPONDER_LOOKS, type ResponderLook } from '../../src/sim/config';
import { bandPass, highPass, lowPass, mixInto, noise, normalise, seeded, silence, tone } from './synth';

export interface Effect {
  name: string;
  samples: Float32Array;
}

/** The classic two-tone pager: three short chirps, loud enough to cut through an office. */
function pager(): Float32Array {
  const out = silence(0.95);
  for (let beep = 0; beep < 3; beep++) {
    mixInto(out, tone({ wave: 'square', hz: 2_600, seconds: 0.09, gain: 0.3, release: 0.02 }), beep * 0.3);
    mixInto(out, tone({ wave: 'square', hz: 2_100, seconds: 0.09, gain: 0.3, release: 0.02 }), beep * 0.3 + 0.1);
  }
  return normalise(lowPass(out, 5_000), 0.7);
}

/** An alert: a short falling two-note "bloop", softer than the pager. */
function alert(): Float32Array {
  const out = silence(0.35);
  mixInto(out, tone({ wave: 'triangle', hz: 880, seconds: 0.12, gain: 0.5 }), 0);
  mixInto(out, tone({ wave: 'triangle', hz: 660, seconds: 0.2, gain: 0.5 }), 0.12);
  return normalise(out, 0.6);
}

/** How each cat types: how fast, how bright the keys are, how heavy the paw. */
const TYPING: Record<ResponderLook, { keysPerSecond: number; brightnessHz: number; thudHz: number; seed: number }> = {
  'ginger-tabby': { keysPerSecond: 11, brightnessHz: 3_200, thudHz: 180, seed: 11 },
  cream: { keysPerSecond: 8, brightnessHz: 2_400, thudHz: 150, seed: 12 },
  tuxedo: { keysPerSecond: 14, brightnessHz: 4_200, thudHz: 220, seed: 13 },
  calico: { keysPerSecond: 10, brightnessHz: 3_600, thudHz: 200, seed: 14 },
  white: { keysPerSecond: 6, brightnessHz: 2_000, thudHz: 130, seed: 15 },
  'grey-tabby': { keysPerSecond: 16, brightnessHz: 4_800, thudHz: 260, seed: 16 },
};

/** Keyboard mashing: a burst of key clicks with uneven timing, each a tick of noise and a small thud. */
function keys(look: ResponderLook): Float32Array {
  const style = TYPING[look];
  const random = seeded(style.seed);
  const seconds = 0.9;
  const out = silence(seconds);
  let at = 0.01;
  let press = 0;
  while (at < seconds - 0.06) {
    const click = bandPass(noise(0.03, style.seed * 100 + press, 0.8, 0.001, 0.025), style.brightnessHz);
    const thud = tone({ wave: 'sine', hz: style.thudHz * (0.9 + random() * 0.2), seconds: 0.04, gain: 0.5, attack: 0.001 });
    mixInto(out, click, at, 0.7 + random() * 0.3);
    mixInto(out, thud, at, 0.5);
    // Mashing is uneven: runs of quick presses, then a pause for thought.
    at += (1 / style.keysPerSecond) * (0.5 + random()) + (random() < 0.12 ? 0.12 : 0);
    press++;
  }
  return normalise(highPass(out, 90), 0.55);
}

/** How high each cat's voice is. */
const MEOW_HZ: Record<ResponderLook, number> = { 'ginger-tabby': 520, cream: 600, tuxedo: 470, calico: 680, white: 760, 'grey-tabby': 430 };

/** A meow: a buzzy voice that rises and falls ("mi-aow"), through a mouth that opens and closes. */
function meow(look: ResponderLook): Float32Array {
  const base = MEOW_HZ[look];
  const seconds = 0.55;
  const voice = tone({
    wave: 'saw',
    seconds,
    gain: 0.5,
    attack: 0.04,
    release: 0.25,
    hz: (t) => base * (1 + 0.45 * Math.sin(Math.PI * Math.min(1, t / (seconds * 0.85)))) * (1 + 0.015 * Math.sin(2 * Math.PI * 6 * t)),
  });
  // Two formant bands: the "ee" opening to "ow".
  const bright = bandPass(voice.slice(), base * 3);
  const round = bandPass(voice.slice(), base * 1.6);
  const out = silence(seconds);
  mixInto(out, bright, 0, 0.8);
  mixInto(out, round, 0, 1);
  return normalise(out, 0.6);
}

/** A chat message: two quick bright notes. */
function chatPing(): Float32Array {
  const out = silence(0.25);
  mixInto(out, tone({ hz: 1_318, seconds: 0.09, gain: 0.4 }), 0);
  mixInto(out, tone({ hz: 1_760, seconds: 0.14, gain: 0.4 }), 0.08);
  return normalise(out, 0.45);
}

/** A Chef run starting: a little spin-up whirr and a tick, like a job kicking off. */
function chefRun(): Float32Array {
  const out = silence(0.4);
  mixInto(out, tone({ wave: 'triangle', hz: (t) => 200 + 900 * t, seconds: 0.35, gain: 0.35, attack: 0.05 }), 0);
  mixInto(out, bandPass(noise(0.35, 7, 0.3, 0.05), 1_500), 0);
  mixInto(out, bandPass(noise(0.02, 8, 0.9, 0.001, 0.015), 4_000), 0.36);
  return normalise(out, 0.4);
}

/** Apache failing to start: a buzzy descending "bwomp". */
function apacheFail(): Float32Array {
  const out = tone({ wave: 'square', hz: (t) => 240 * Math.pow(0.5, t / 0.4), seconds: 0.45, gain: 0.4, release: 0.25 });
  return normalise(lowPass(out, 1_200), 0.5);
}

/** Notes of a stinger, one after another, with a short ring each. */
function arpeggio(notes: readonly number[], step: number, wave: 'sine' | 'triangle'): Float32Array {
  const out = silence(step * notes.length + 0.7);
  notes.forEach((hz, index) => mixInto(out, tone({ wave, hz, seconds: 0.7, gain: 0.35, attack: 0.01, release: 0.6 }), index * step));
  return out;
}

/** The site is back: a bright rising major arpeggio. */
function success(): Float32Array {
  return normalise(arpeggio([523.25, 659.25, 783.99, 1_046.5], 0.11, 'triangle'), 0.6);
}

/** Customers hurt: a falling minor figure. */
function failure(): Float32Array {
  return normalise(lowPass(arpeggio([440, 349.23, 293.66, 220], 0.16, 'triangle'), 2_500), 0.6);
}

/** A menu click: tiny and dry. */
function uiClick(): Float32Array {
  const out = silence(0.05);
  mixInto(out, bandPass(noise(0.03, 3, 0.9, 0.001, 0.02), 2_800), 0);
  mixInto(out, tone({ hz: 1_200, seconds: 0.03, gain: 0.3, attack: 0.001 }), 0);
  return normalise(out, 0.35);
}

export function effects(): Effect[] {
  return [
    { name: 'pager', samples: pager() },
    { name: 'alert', samples: alert() },
    ...RESPONDER_LOOKS.map((look) => ({ name: `keys-${look}`, samples: keys(look) })),
    ...RESPONDER_LOOKS.map((look) => ({ name: `meow-${look}`, samples: meow(look) })),
    { name: 'chat-ping', samples: chatPing() },
    { name: 'chef-run', samples: chefRun() },
    { name: 'apache-fail', samples: apacheFail() },
    { name: 'success', samples: success() },
    { name: 'failure', samples: failure() },
    { name: 'ui-click', samples: uiClick() },
  ];
}
