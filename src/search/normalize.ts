// Text folding shared by the search index and its queries, so that matching ignores case,
// accents, typographic punctuation and spacing: "Kristalína  Georgieva" → "kristalina georgieva".

/** Typographic apostrophes, quotes and dashes, each folded to its plain ASCII form. */
const TYPOGRAPHIC_FOLDS: readonly [RegExp, string][] = [
  [/[\u2018\u2019\u201A\u201B\u2032\u02BC\u02BB\u0060\u00B4\uFF07]/gu, "'"],
  [/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u2039\u203A\uFF02]/gu, '"'],
  [/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/gu, '-'],
];

/** Letters whose "accent" is part of the glyph, so NFKD leaves them whole (ł, ø, ß…). */
const LETTER_FOLDS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};
const LETTER_FOLD_PATTERN = /[ßæœøłđðþı]/gu;
const COMBINING_MARKS = /\p{M}/gu;
const WHITESPACE_RUN = /\s+/gu;

/** Folds text for comparison: typographic punctuation, case, diacritics and whitespace. */
export function normalizeText(text: string): string {
  let out = text;
  for (const [pattern, plain] of TYPOGRAPHIC_FOLDS) out = out.replace(pattern, plain);
  return out
    .toLowerCase()
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(LETTER_FOLD_PATTERN, (letter) => LETTER_FOLDS[letter] ?? letter)
    .replace(WHITESPACE_RUN, ' ')
    .trim();
}
