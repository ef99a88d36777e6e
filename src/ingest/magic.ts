/** A binary format recognised by its leading bytes (its "magic number"). */
interface Signature {
  offset: number;
  bytes: readonly number[];
  name: string;
}

function ascii(s: string): number[] {
  return [...s].map((c) => c.charCodeAt(0));
}

/**
 * Only signatures that cannot begin a plain-text file: every one has a non-ASCII byte, a NUL, or at least four
 * ASCII characters in a combination prose does not start with. Two-letter ones (PE's "MZ", BMP's "BM") are left
 * out on purpose: those files hold NUL bytes early anyway, which the control-character check catches.
 */
const SIGNATURES: readonly Signature[] = [
  { offset: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], name: 'PNG image' },
  { offset: 0, bytes: [0xff, 0xd8, 0xff], name: 'JPEG image' },
  { offset: 0, bytes: ascii('GIF87a'), name: 'GIF image' },
  { offset: 0, bytes: ascii('GIF89a'), name: 'GIF image' },
  { offset: 8, bytes: ascii('WEBP'), name: 'WebP image' },
  { offset: 0, bytes: ascii('II*\0'), name: 'TIFF image' },
  { offset: 0, bytes: ascii('MM\0*'), name: 'TIFF image' },
  { offset: 0, bytes: ascii('%PDF-'), name: 'PDF document' },
  { offset: 0, bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], name: 'legacy Microsoft Office document' },
  { offset: 0, bytes: [0x50, 0x4b, 0x03, 0x04], name: 'ZIP archive' },
  { offset: 0, bytes: [0x50, 0x4b, 0x05, 0x06], name: 'ZIP archive' },
  { offset: 0, bytes: [0x1f, 0x8b], name: 'gzip data' },
  { offset: 0, bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], name: 'xz archive' },
  { offset: 0, bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], name: '7-Zip archive' },
  { offset: 0, bytes: ascii('Rar!\x1a\x07'), name: 'RAR archive' },
  { offset: 0, bytes: [0x28, 0xb5, 0x2f, 0xfd], name: 'Zstandard data' },
  { offset: 0, bytes: ascii('SQLite format 3\0'), name: 'SQLite database' },
  { offset: 0, bytes: ascii('OggS'), name: 'Ogg media' },
  { offset: 4, bytes: ascii('ftyp'), name: 'MP4/QuickTime media' },
  { offset: 0, bytes: [0x7f, 0x45, 0x4c, 0x46], name: 'ELF executable' },
  { offset: 0, bytes: [0xcf, 0xfa, 0xed, 0xfe], name: 'Mach-O executable' },
  { offset: 0, bytes: [0xce, 0xfa, 0xed, 0xfe], name: 'Mach-O executable' },
  { offset: 0, bytes: [0xca, 0xfe, 0xba, 0xbe], name: 'Java class or Mach-O universal binary' },
  { offset: 0, bytes: ascii('\0asm'), name: 'WebAssembly module' },
  { offset: 0, bytes: ascii('wOFF'), name: 'WOFF font' },
  { offset: 0, bytes: ascii('wOF2'), name: 'WOFF2 font' },
];

function matches(bytes: Uint8Array, sig: Signature): boolean {
  if (bytes.length < sig.offset + sig.bytes.length) return false;
  return sig.bytes.every((b, i) => bytes[sig.offset + i] === b);
}

/**
 * Names the binary format `bytes` starts with, or null.
 * @example detectMagic(pngBytes) // 'PNG image'
 */
export function detectMagic(bytes: Uint8Array): string | null {
  return SIGNATURES.find((sig) => matches(bytes, sig))?.name ?? null;
}

/** gzip's two-byte magic number (RFC 1952), checked before decoding so `.html` files served gzipped still read. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}
