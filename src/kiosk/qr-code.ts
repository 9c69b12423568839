// A QR code made on the device, for the booth's "where to read the true story": byte mode, version 3,
// error correction M (up to 42 bytes, enough for a short address), one fixed mask. A QR reader accepts
// any of the eight masks; choosing the best one by penalty only makes the picture a little easier to
// scan, so a fixed one keeps this small. Follows ISO/IEC 18004 as Nayuki's reference implementation does.

const VERSION = 3;
const SIZE = VERSION * 4 + 17;
const DATA_CODEWORDS = 44;
const EC_CODEWORDS = 26;
/** Error correction M is 0 in the format bits; mask 0 is (row + column) even. */
const FORMAT_EC_BITS = 0;
const MASK = 0;
const ALIGNMENT_AT = 22;

export const QR_MAX_BYTES = 42;

/** The modules, row by row, true for dark; throws for a text longer than QR_MAX_BYTES as UTF-8. */
export function qrModules(text: string): boolean[][] {
  const bytes = [...new TextEncoder().encode(text)];
  if (bytes.length > QR_MAX_BYTES) throw new Error(`"${text}" is ${bytes.length} bytes; a version 3 QR code at level M holds ${QR_MAX_BYTES}`);
  const data = dataCodewords(bytes);
  const codewords = [...data, ...remainder(data, divisor(EC_CODEWORDS))];
  const modules = Array.from({ length: SIZE }, () => Array<boolean>(SIZE).fill(false));
  const reserved = Array.from({ length: SIZE }, () => Array<boolean>(SIZE).fill(false));
  const set = (x: number, y: number, dark: boolean): void => {
    modules[y]![x] = dark;
    reserved[y]![x] = true;
  };
  for (let i = 0; i < SIZE; i++) {
    set(6, i, i % 2 === 0);
    set(i, 6, i % 2 === 0);
  }
  for (const [cx, cy] of [
    [3, 3],
    [SIZE - 4, 3],
    [3, SIZE - 4],
  ] as const)
    for (let dy = -4; dy <= 4; dy++)
      for (let dx = -4; dx <= 4; dx++) {
        const x = cx + dx;
        const y = cy + dy;
        const distance = Math.max(Math.abs(dx), Math.abs(dy));
        if (x >= 0 && x < SIZE && y >= 0 && y < SIZE) set(x, y, distance !== 2 && distance !== 4);
      }
  for (let dy = -2; dy <= 2; dy++) for (let dx = -2; dx <= 2; dx++) set(ALIGNMENT_AT + dx, ALIGNMENT_AT + dy, Math.max(Math.abs(dx), Math.abs(dy)) !== 1);
  drawFormat(set);
  // The data, two columns at a time from the bottom right, up and down in turn, around what is reserved.
  let bit = 0;
  for (let right = SIZE - 1; right >= 1; right -= 2) {
    if (right === 6) right = 5;
    for (let vert = 0; vert < SIZE; vert++)
      for (let j = 0; j < 2; j++) {
        const x = right - j;
        const upward = ((right + 1) & 2) === 0;
        const y = upward ? SIZE - 1 - vert : vert;
        if (reserved[y]![x] || bit >= codewords.length * 8) continue;
        modules[y]![x] = ((codewords[bit >>> 3]! >>> (7 - (bit & 7))) & 1) === 1;
        bit++;
      }
  }
  for (let y = 0; y < SIZE; y++) for (let x = 0; x < SIZE; x++) if (!reserved[y]![x] && (x + y) % 2 === 0) modules[y]![x] = !modules[y]![x];
  return modules;
}

/** The code as an SVG, four modules of quiet zone round it, dark on light. */
export function qrSvg(text: string, label: string): string {
  const modules = qrModules(text);
  const quiet = 4;
  const path = modules.flatMap((row, y) => row.map((dark, x) => (dark ? `M${x + quiet} ${y + quiet}h1v1h-1z` : ''))).join('');
  const side = SIZE + quiet * 2;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" shape-rendering="crispEdges" role="img" aria-label="${label}"><rect width="${side}" height="${side}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`;
}

function dataCodewords(bytes: readonly number[]): number[] {
  const bits: number[] = [];
  const put = (value: number, length: number): void => {
    for (let i = length - 1; i >= 0; i--) bits.push((value >>> i) & 1);
  };
  put(0b0100, 4);
  put(bytes.length, 8);
  for (const byte of bytes) put(byte, 8);
  const capacity = DATA_CODEWORDS * 8;
  put(0, Math.min(4, capacity - bits.length));
  put(0, (8 - (bits.length % 8)) % 8);
  for (let pad = 0xec; bits.length < capacity; pad ^= 0xec ^ 0x11) put(pad, 8);
  const out: number[] = [];
  for (let i = 0; i < bits.length; i += 8) out.push(bits.slice(i, i + 8).reduce((byte, b) => (byte << 1) | b, 0));
  return out;
}

function drawFormat(set: (x: number, y: number, dark: boolean) => void): void {
  const data = (FORMAT_EC_BITS << 3) | MASK;
  let rem = data;
  for (let i = 0; i < 10; i++) rem = (rem << 1) ^ ((rem >>> 9) * 0x537);
  const bits = ((data << 10) | rem) ^ 0x5412;
  const on = (i: number): boolean => ((bits >>> i) & 1) === 1;
  for (let i = 0; i <= 5; i++) set(8, i, on(i));
  set(8, 7, on(6));
  set(8, 8, on(7));
  set(7, 8, on(8));
  for (let i = 9; i < 15; i++) set(14 - i, 8, on(i));
  for (let i = 0; i < 8; i++) set(SIZE - 1 - i, 8, on(i));
  for (let i = 8; i < 15; i++) set(8, SIZE - 15 + i, on(i));
  set(8, SIZE - 8, true);
}

/** Multiplication in GF(2^8) modulo x^8 + x^4 + x^3 + x^2 + 1. */
function multiply(x: number, y: number): number {
  let z = 0;
  for (let i = 7; i >= 0; i--) {
    z = (z << 1) ^ ((z >>> 7) * 0x11d);
    z ^= ((y >>> i) & 1) * x;
  }
  return z;
}

function divisor(degree: number): number[] {
  const result = Array<number>(degree).fill(0);
  result[degree - 1] = 1;
  let root = 1;
  for (let i = 0; i < degree; i++) {
    for (let j = 0; j < result.length; j++) {
      result[j] = multiply(result[j]!, root);
      if (j + 1 < result.length) result[j]! ^= result[j + 1]!;
    }
    root = multiply(root, 0x02);
  }
  return result;
}

function remainder(data: readonly number[], by: readonly number[]): number[] {
  const result = by.map(() => 0);
  for (const byte of data) {
    const factor = byte ^ result.shift()!;
    result.push(0);
    by.forEach((coefficient, i) => (result[i]! ^= multiply(coefficient, factor)));
  }
  return result;
}
