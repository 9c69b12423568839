// The ambient beds under the game, both loops: the calm office at night (air conditioning, the room's
// hum, a far-off keyboard) and the tense datacenter mood (louder fans, a low pulse) that the game fades
// to while customers hurt.

import { highPass, loopSeamlessly, lowPass, mixInto, noise, normalise, seeded, tone } from './synth';

const BED_SECONDS = 8;
const SEAM_SECONDS = 0.5;

/** Room tone: soft low-passed noise with the mains hum and its harmonic underneath. */
function roomTone(seed: number, airHz: number, gain: number): Float32Array {
  const length = BED_SECONDS + SEAM_SECONDS;
  const out = lowPass(noise(length, seed, gain, 0, 0), airHz);
  // Whole cycles of the hum over the bed's length keep the loop seamless.
  mixInto(out, tone({ hz: 60, seconds: length, gain: gain * 0.25, attack: 0, release: 0 }), 0);
  mixInto(out, tone({ hz: 120, seconds: length, gain: gain * 0.12, attack: 0, release: 0 }), 0);
  return out;
}

export function calmBed(): Float32Array {
  const out = roomTone(21, 400, 0.5);
  // Now and then, someone far away types a few keys.
  const random = seeded(22);
  for (let burst = 0; burst < 3; burst++) {
    const at = 1 + burst * 2.5 + random();
    for (let key = 0; key < 5; key++) mixInto(out, highPass(noise(0.02, 300 + burst * 10 + key, 0.15, 0.001, 0.015), 1_500), at + key * (0.12 + random() * 0.08));
  }
  return normalise(loopSeamlessly(out, SEAM_SECONDS), 0.3);
}

export function tenseBed(): Float32Array {
  const out = roomTone(31, 1_100, 0.7);
  // A low pulse, twice a second, like a heartbeat under the fans: whole pulses fit the loop.
  const pulses = BED_SECONDS * 2;
  for (let beat = 0; beat < pulses + 1; beat++) {
    mixInto(out, tone({ hz: 55, seconds: 0.35, gain: 0.35, attack: 0.03, release: 0.3 }), beat * 0.5);
  }
  // A faint, uneasy drone a tritone apart.
  mixInto(out, tone({ wave: 'triangle', hz: 110, seconds: BED_SECONDS + SEAM_SECONDS, gain: 0.05, attack: 0, release: 0 }), 0);
  mixInto(out, tone({ wave: 'triangle', hz: 155.56, seconds: BED_SECONDS + SEAM_SECONDS, gain: 0.04, attack: 0, release: 0 }), 0);
  return normalise(loopSeamlessly(out, SEAM_SECONDS), 0.35);
}
