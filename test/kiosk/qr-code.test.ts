// The booth's QR code, made on the device: the same modules as an independent encoder (Python's qrcode
// 8.2, version 3, level M, mask 0) makes for the Stella Report's address, and an SVG of them.

import { describe, expect, it } from 'vitest';
import { QR_MAX_BYTES, qrModules, qrSvg } from '../../src/kiosk/qr-code';
import { STORY_URL, storyQrSvg } from '../../src/kiosk/story-qr';

/** From `qrcode.QRCode(version=3, error_correction=ERROR_CORRECT_M, mask_pattern=0, border=0)`, data added as bytes. */
const REFERENCE = `
11111110001001001011001111111
10000010100100111011001000001
10111010010111101001001011101
10111010000111110010001011101
10111010111010100111101011101
10000010010111000101101000001
11111110101010101010101111111
00000000000111101110000000000
10101010010100110100000010010
10011001101010110110101001001
00001110101011000000111000111
10100101001110010100000000010
01010011011110001100011001011
11010000010001011000111001001
00101010011000111010001111011
10111101101011101101101101010
11001111000000111100111001011
01111100110000110110111001101
10001010010111000000101000011
01111101111010001111000011010
10000111111000011101111110000
00000000101011000101100010111
11111110011000100111101011011
10000010011111101100100011010
10111010101000111110111110001
10111010010111101000100110111
10111010101001000100110111001
10000010011011010101100010010
11111110101111011101101011011
`
  .trim()
  .split('\n');

describe('the QR code', () => {
  it('matches an independent encoder for the true story’s address', () => {
    expect(STORY_URL).toBe('https://snafucatchers.github.io/');
    expect(qrModules(STORY_URL).map((row) => row.map((dark) => (dark ? '1' : '0')).join(''))).toEqual(REFERENCE);
  });

  it('is an SVG with a quiet zone, and refuses a text too long for its size', () => {
    const svg = storyQrSvg();
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 37 37"/);
    expect(svg).toContain('aria-label="A QR code for https://snafucatchers.github.io/"');
    expect(qrSvg('x'.repeat(QR_MAX_BYTES), 'long')).toContain('<path');
    expect(() => qrModules('x'.repeat(QR_MAX_BYTES + 1))).toThrow(/43 bytes/);
  });
});
