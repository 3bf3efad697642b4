import bidiFactory from "bidi-js";
import { cjkPreference } from "./coverage";
import type { Face, FontSet, ShapedFont } from "./fonts";
import { shapeRun, widthOf, type Shaped } from "./shape";
import { cleanText } from "./text";

/**
 * Line breaking and bidi ordering for one paragraph, linear in its length. The paragraph becomes atoms
 * (grapheme clusters, each with the face that draws it and its bidi level, UAX #9 via bidi-js); atoms group
 * into words (break opportunities: spaces, and around Chinese, Japanese and Korean characters). Each word is
 * shaped once to measure it; lines fill greedily; a word wider than a line is cut between clusters using
 * per-cluster widths (memoised), so a 2,000-character word costs 2,000 lookups, not 2,000² measurements.
 * Each line is then split into runs of one face and one level, ordered visually (UAX #9 rule L2) and shaped
 * once more for drawing. Lengths are PDF points.
 */

const bidi = bidiFactory();
const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });
/**
 * Break opportunities: white space and the zero width space (which takes no width). Not the no-break spaces
 * (UAX #14 class GL: U+00A0, the narrow U+202F and the figure space U+2007, which Intl puts inside amounts such
 * as « -1 234,56 € ») nor U+FEFF, a no-break joiner: they draw as spaces inside a word.
 */
const SPACE = /^(?:(?![\ufeff\u00a0\u202f\u2007])[\s\u200b])+$/u;
const LETTER = /\p{L}/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;

type Atom = { text: string; face: number; level: number; space: boolean; cjk: boolean };

/** One line, ready to draw: its runs in visual order (left to right), their total width, and alignment. */
export type Line = { runs: Shaped[]; width: number; rtl: boolean };

/** Caches per document: widths of clusters (for cutting long words) and of single-run words. */
export class Measurer {
  private readonly widths = new Map<string, number>();
  constructor(readonly fonts: FontSet) {}

  font(face: number, bold: boolean): ShapedFont {
    const f: Face | undefined = this.fonts.faces.get(face);
    if (!f) throw new Error(`face ${face} was not loaded`);
    return bold ? f.bold : f.regular;
  }

  /** Width (points at `size`) of `text` in one face and direction (a cluster, or a word of one run), memoised. */
  runWidth(run: { text: string; face: number; level: number }, bold: boolean, size: number): number {
    const key = `${run.face}:${bold ? 1 : 0}:${run.level & 1}:${run.text}`;
    let units = this.widths.get(key);
    if (units === undefined) {
      units = widthOf(shapeRun(this.font(run.face, bold), run.text, (run.level & 1) === 1), 1000);
      this.widths.set(key, units);
    }
    return (units * size) / 1000;
  }
}

const kinds = new Map<string, { space: boolean; cjk: boolean; letter: boolean }>();
/** What a cluster is for line breaking and face choice, memoised per isolate (bounded: clusters repeat). */
function kindOf(cluster: string) {
  let kind = kinds.get(cluster);
  if (!kind) {
    kind = { space: SPACE.test(cluster), cjk: CJK.test(cluster), letter: LETTER.test(cluster) };
    if (kinds.size < 50_000) kinds.set(cluster, kind);
  }
  return kind;
}

/** Atoms of a paragraph (no `\n`): clusters with their face (staying in the current face when it can). */
function atomsOf(paragraph: string, fonts: FontSet): { atoms: Atom[]; rtl: boolean } {
  const { levels, paragraphs } = bidi.getEmbeddingLevels(paragraph);
  const atoms: Atom[] = [];
  const prefer = cjkPreference(paragraph);
  let current = -1;
  for (const { segment, index } of graphemes.segment(paragraph)) {
    const level = levels[index] ?? 0;
    const { space, cjk, letter } = kindOf(segment);
    // Spaces, digits and punctuation stay in the current face when it has them (fewer font switches,
    // an Arabic phrase keeps its spaces); letters always take the first face that draws them.
    const stay = current >= 0 && !letter && fonts.coverage.drawsAll(current, segment);
    const whole = stay ? current : fonts.coverage.faceOf(segment, prefer);
    if (whole >= 0) {
      const text = fonts.coverage.drawable(whole, segment);
      // A zero width space stays as an empty space atom: a break opportunity that draws nothing.
      if (text || space) atoms.push({ text, face: whole, level, space, cjk });
      current = whole;
      continue;
    }
    // No one face draws the whole cluster: each character from its own (loadFonts checked they exist).
    for (const ch of segment) {
      const face = Math.max(0, fonts.coverage.faceOf(ch, prefer));
      const text = fonts.coverage.drawable(face, ch);
      if (text) atoms.push({ text, face, level, space, cjk });
    }
  }
  return { atoms, rtl: ((paragraphs[0]?.level ?? 0) & 1) === 1 };
}

/** Words: [start, end) atom ranges between break opportunities; spaces are words of their own. */
function wordsOf(atoms: Atom[]): [number, number][] {
  const words: [number, number][] = [];
  let start = 0;
  for (let i = 1; i <= atoms.length; i++) {
    const a = atoms[i];
    const b = atoms[i - 1];
    if (!a || !b || a.space !== b.space || (!a.space && (a.cjk || b.cjk))) {
      words.push([start, i]);
      start = i;
    }
  }
  return words;
}

/** Runs of one face and one level within atoms [from, to), in logical order. */
function runsOf(atoms: Atom[], from: number, to: number): { text: string; face: number; level: number }[] {
  const runs: { text: string; face: number; level: number }[] = [];
  for (const atom of atoms.slice(from, to)) {
    const last = runs.at(-1);
    if (last && last.face === atom.face && last.level === atom.level) last.text += atom.text;
    else runs.push({ text: atom.text, face: atom.face, level: atom.level });
  }
  return runs;
}

/** Width of atoms [from, to): each run shaped once. */
function rangeWidth(m: Measurer, atoms: Atom[], from: number, to: number, bold: boolean, size: number): number {
  const single = atoms[from];
  if (to - from === 1 && single) return m.runWidth(single, bold, size);
  let width = 0;
  for (const r of runsOf(atoms, from, to)) width += m.runWidth(r, bold, size);
  return width;
}

/** Atom ranges of the lines of a paragraph no wider than `max` points (trailing spaces dropped). */
function breakLines(m: Measurer, atoms: Atom[], bold: boolean, size: number, max: number): [number, number][] {
  const lines: [number, number][] = [];
  let start = -1;
  let end = -1;
  let width = 0;
  const close = () => {
    if (start >= 0) lines.push([start, end]);
    start = -1;
    width = 0;
  };
  for (const [from, to] of wordsOf(atoms)) {
    if (atoms[from]?.space) {
      if (start >= 0) width += rangeWidth(m, atoms, from, to, bold, size);
      continue;
    }
    const w = rangeWidth(m, atoms, from, to, bold, size);
    if (start >= 0 && width + w <= max) {
      width += w;
      end = to;
      continue;
    }
    close();
    if (w <= max) {
      [start, end, width] = [from, to, w];
      continue;
    }
    // A word wider than the line: cut it between clusters, by cumulative cluster widths.
    let cut = from;
    let acc = 0;
    for (let i = from; i < to; i++) {
      const atom = atoms[i];
      if (!atom) break;
      const aw = m.runWidth(atom, bold, size);
      if (acc + aw > max && i > cut) {
        lines.push([cut, i]);
        [cut, acc] = [i, 0];
      }
      acc += aw;
    }
    [start, end, width] = [cut, to, acc];
  }
  close();
  return lines;
}

/** Visual order of runs (UAX #9 L2): from the highest level down to the lowest odd one, reverse sequences at or above it. */
function visualOrder<T extends { level: number }>(runs: T[]): T[] {
  const out = [...runs];
  const top = Math.max(0, ...out.map((r) => r.level));
  const lowestOdd = Math.min(...out.map((r) => (r.level & 1 ? r.level : r.level + 1)));
  for (let k = top; k >= lowestOdd && k > 0; k--) {
    for (let i = 0; i < out.length; i++) {
      if ((out[i]?.level ?? 0) < k) continue;
      let j = i;
      while (j + 1 < out.length && (out[j + 1]?.level ?? 0) >= k) j++;
      out.splice(i, j - i + 1, ...out.slice(i, j + 1).reverse());
      i = j;
    }
  }
  return out;
}

/**
 * Lays out `text` (any string; NFC-normalised and cleaned here) in lines no wider than `max` points at
 * `size` points: one entry per line, runs shaped and in visual order. Paragraphs are split on `\n`.
 */
export function layoutText(m: Measurer, text: string, bold: boolean, size: number, max: number): Line[] {
  const out: Line[] = [];
  for (const paragraph of cleanText(text).split("\n")) {
    const { atoms, rtl } = atomsOf(paragraph, m.fonts);
    const lines = breakLines(m, atoms, bold, size, max);
    if (!lines.length) out.push({ runs: [], width: 0, rtl });
    for (const [from, to] of lines) {
      const runs = visualOrder(runsOf(atoms, from, to)).map((r) =>
        shapeRun(m.font(r.face, bold), r.text, (r.level & 1) === 1),
      );
      out.push({ runs, width: runs.reduce((sum, r) => sum + widthOf(r, size), 0), rtl });
    }
  }
  return out;
}
