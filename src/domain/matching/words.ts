/**
 * Word-level fuzzy comparison of short Russian texts: a mentee's request against a mentor's competencies, a
 * subject against a list of subjects. Texts are lowercased, «ё» becomes «е», punctuation is dropped, stop words
 * (prepositions, conjunctions) are ignored, and each remaining word of four letters or more is reduced to a crude
 * stem: a common case ending is cut off («уроках» → «урок», «родителями» → «родител») and the first five letters
 * are kept («подготовка» → «подго»). Two stems match when they are equal, or when one is a whole four-letter stem
 * that begins the other («урок» and «уроко[вый]»). Short words that are not stop words (ОГЭ, ЕГЭ, ИКТ) and numbers
 * are kept whole.
 *
 * A Vocabulary numbers the stems and phrases of one problem, so that comparisons are on integers, and remembers
 * every comparison it made: the same request meets the same competency many times in a base.
 */

const STOP_WORDS = new Set(
  (
    "и в во по с со для на к ко о об обо от до из за у а но или либо не ни при как что чтобы это этот эта эти над " +
    "под про без через между же ли бы то также так уже of the and in on for to with a an by at"
  ).split(" "),
);

const STEM_LENGTH = 5;
const SHORT_STEM = 4;

/** Anything but Latin and Cyrillic letters and digits (after lowercasing) separates words. */
const NOT_WORD = /[^0-9a-z\u00e0-\u00ff\u0430-\u045f]+/;

export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/ё/g, "е")
    .split(NOT_WORD)
    .filter((w) => w.length > 0);
}

/** Endings of nouns and adjectives, longest first; one is cut when at least three letters remain. */
const ENDINGS = (
  "иями ями ами ого его ому ему ыми ими иях ией ах ях ов ев ей ой ый ий ая яя ое ее ые ие ом ем ам ям ую юю ия " +
  "а я о е ы и у ю ь й"
).split(" ");

export function stem(word: string): string {
  if (word.length < SHORT_STEM) return word;
  let base = word;
  for (const ending of ENDINGS)
    if (word.length - ending.length >= 3 && word.endsWith(ending)) {
      base = word.slice(0, word.length - ending.length);
      break;
    }
  return base.slice(0, STEM_LENGTH);
}

/** The stems of a text's significant words, without repeats, in order. */
export function stemList(text: string): string[] {
  const list: string[] = [];
  for (const w of words(text)) {
    if (STOP_WORDS.has(w)) continue;
    if (w.length === 1 && !(w >= "0" && w <= "9")) continue;
    const s = stem(w);
    if (!list.includes(s)) list.push(s);
  }
  return list;
}

/** A text made ready for comparison. */
export interface Phrase {
  readonly id: number;
  /** Numbers of the significant stems. */
  readonly stems: Int32Array;
  /** For each stem: the number of its four-letter beginning when the stem has five letters, else −1. */
  readonly heads: Int32Array;
  /** For each stem: whether it is a whole four-letter word. */
  readonly short: Uint8Array;
  /** The same as sets, for the text looked in. */
  readonly full: ReadonlySet<number>;
  readonly headSet: ReadonlySet<number>;
  /** What this phrase was found to cover or not, by the other phrase's id (see `covers`). */
  readonly covered: Map<number, boolean>;
}

export class Vocabulary {
  private readonly stemIds = new Map<string, number>();
  private readonly phrases = new Map<string, Phrase>();
  private readonly texts = new Map<string, Phrase>();
  private readonly names = new Map<string, number>();

  /** A number for a text (ids, names): equal texts, equal numbers. */
  intern(text: string): number {
    let n = this.names.get(text);
    if (n === undefined) {
      n = this.names.size;
      this.names.set(text, n);
    }
    return n;
  }

  private stem(s: string): number {
    let id = this.stemIds.get(s);
    if (id === undefined) {
      id = this.stemIds.size;
      this.stemIds.set(s, id);
    }
    return id;
  }

  phrase(text: string): Phrase {
    const seen = this.texts.get(text);
    if (seen) return seen;
    const list = stemList(text);
    const key = list.join(" ");
    const known = this.phrases.get(key);
    if (known) {
      this.texts.set(text, known);
      return known;
    }
    const stems = Int32Array.from(list, (s) => this.stem(s));
    const heads = Int32Array.from(list, (s) =>
      s.length === STEM_LENGTH ? this.stem(s.slice(0, SHORT_STEM)) : -1,
    );
    const short = Uint8Array.from(list, (s) => (s.length === SHORT_STEM ? 1 : 0));
    const headSet = new Set<number>();
    for (const h of heads) if (h >= 0) headSet.add(h);
    const phrase: Phrase = {
      id: this.phrases.size,
      stems,
      heads,
      short,
      full: new Set(stems),
      headSet,
      covered: new Map(),
    };
    this.phrases.set(key, phrase);
    this.texts.set(text, phrase);
    return phrase;
  }

  /**
   * Whether `what` is covered by `where`: most of its stems (more than half) occur there. «подготовка к ОГЭ» is
   * covered by «подготовка к ОГЭ по математике», not by «подготовка к ЕГЭ» (one stem of two).
   */
  covers(where: Phrase, what: Phrase): boolean {
    const n = what.stems.length;
    if (n === 0) return false;
    const known = where.covered.get(what.id);
    if (known !== undefined) return known;
    let hit = 0;
    for (let i = 0; i < n; i++) {
      const s = what.stems[i]!;
      if (
        where.full.has(s) ||
        // «урок» looked for in «уроков»: a whole four-letter word begins a longer one …
        (what.short[i] === 1 && where.headSet.has(s)) ||
        // … and «уроко[в]» looked for where «урок» stands.
        (what.heads[i]! >= 0 && where.full.has(what.heads[i]!))
      )
        hit++;
    }
    const result = hit * 2 > n;
    where.covered.set(what.id, result);
    return result;
  }

  /** The first phrase of `list` that covers `what`, or −1. */
  coveredBy(list: readonly Phrase[], what: Phrase): number {
    for (let i = 0; i < list.length; i++) if (this.covers(list[i]!, what)) return i;
    return -1;
  }
}
