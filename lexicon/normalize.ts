import { CharClass, charClass, expand, foldedCode, isDeletedClass, isWordClass } from './chars';

export interface Normalized {
  /** The normalised text: deleted characters gone, variants folded, presentation forms expanded. */
  text: string;
  /** For every code unit of `text`, the index of the original code unit it came from. */
  offsets: Int32Array;
}

/**
 * Normalises text the way the tagger sees it, keeping an offset map back to the original so that any span of
 * the normalised text maps to the exact original span: `[offsets[s], offsets[e - 1] + 1)`.
 */
export function normalize(text: string): Normalized {
  let out = '';
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const cls = charClass(code);
    if (isDeletedClass(cls)) continue;
    const piece = cls === CharClass.EXPAND ? expand(code) : isWordClass(cls) ? String.fromCharCode(foldedCode(code)) : text[i]!;
    out += piece;
    for (let k = 0; k < piece.length; k++) offsets.push(i);
  }
  return { text: out, offsets: Int32Array.from(offsets) };
}

/** Maps a span of normalised text back to the original text. */
export function toOriginalSpan(n: Normalized, start: number, end: number): { start: number; end: number } {
  return { start: n.offsets[start]!, end: n.offsets[end - 1]! + 1 };
}
