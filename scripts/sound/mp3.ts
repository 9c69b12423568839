// Writes mono MP3 files with LAME's pure-JavaScript port (@breezystack/lamejs): the compressed format
// that Chromium, Firefox and Safari all decode, made without ffmpeg, and the same bytes on every run.
//
// MP3 shifts sound later: the encoder starts with ENCODER_DELAY_SAMPLES of its own, and a decoder's
// filter bank adds DECODER_DELAY_SAMPLES more. Without gapless information in the file (this encoder
// writes none, and a hand-made LAME tag made Chromium worse: it decoded the tag frame as silence), a
// decoder plays all of it; Chromium, measured, plays 576 + 529 samples late. So the encoder's own delay
// is taken out here (its first samples are dropped: callers lead with silence or a wrap-around), and a
// sound lands at most DECODER_DELAY_SAMPLES (24 ms at 22.05 kHz) late, never early, on any decoder.

import { Mp3Encoder } from '@breezystack/lamejs';
import { SAMPLE_RATE } from './sample-rate';

/** LAME's ENCDELAY: the silence the encoder puts before the first sample it is given. */
export const ENCODER_DELAY_SAMPLES = 576;
/** The MP3 synthesis filter bank's delay (528 + 1), which a decoder without gapless information keeps. */
export const DECODER_DELAY_SAMPLES = 529;

/**
 * `samples` as a mono MP3 at `kbps` (MPEG-2 Layer III at 22.05 kHz), decoded up to DECODER_DELAY_SAMPLES
 * late. Its first ENCODER_DELAY_SAMPLES are not in the file: the caller makes them silence or a lead-in.
 */
export function encodeMp3(samples: Float32Array, kbps: number): Buffer {
  const pcm = new Int16Array(Math.max(0, samples.length - ENCODER_DELAY_SAMPLES));
  for (let i = 0; i < pcm.length; i++) pcm[i] = Math.round(Math.max(-1, Math.min(1, samples[i + ENCODER_DELAY_SAMPLES]!)) * 32_767);
  const encoder = new Mp3Encoder(1, SAMPLE_RATE, kbps);
  const parts: Buffer[] = [];
  // lamejs hands back Int8Array whatever its types say: copy its bytes, not its signed values.
  const keep = (bytes: Uint8Array | Int8Array): void => void parts.push(Buffer.from(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length)));
  for (let i = 0; i < pcm.length; i += 1152) keep(encoder.encodeBuffer(pcm.subarray(i, i + 1152)));
  keep(encoder.flush());
  return Buffer.concat(parts);
}
