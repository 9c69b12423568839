// A QR code for where to read the true story, drawn on the device (no network, no service): the address
// of the Stella Report, which tells "Catching the Apache SNAFU".

import { qrSvg } from './qr-code';

/** The Stella Report, home of "Catching the Apache SNAFU". */
export const STORY_URL = 'https://snafucatchers.github.io/';

export function storyQrSvg(): string {
  return qrSvg(STORY_URL, `A QR code for ${STORY_URL}`);
}
