// The one sample rate of every generated sound: 22.05 kHz keeps everything the synthesiser makes
// (nothing it makes needs more than 11 kHz) at half the bytes of 44.1 kHz, and MP3 encodes it natively.

export const SAMPLE_RATE = 22_050;
