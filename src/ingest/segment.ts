// From raw article text to paragraphs: drops photo credits, bylines and boilerplate lines, joins
// hard-wrapped lines back into paragraphs and keeps headings apart, so that sentences never run
// across a credit or a heading.

/** A credit or byline: "Name | Agency | Getty Images", "By Jane Doe", "(With agency inputs)". */
export function isCreditLine(line: string): boolean {
  const text = line.trim();
  if (text.length === 0) return false;
  if (text.includes('|')) return true;
  if (/\b(Getty Images|AFP via Getty|Reuters\/|AP Photo|Photo:|Photograph:|Image:)\b/i.test(text))
    return true;
  if (/^(photo|image|credit)s?\b/i.test(text) && text.length < 120) return true;
  if (
    /^by\s+[A-Z][\p{L}'’.-]+(\s+[A-Z][\p{L}'’.-]+){0,3}(\s*(,|and)\s*[A-Z][\p{L}'’.-]+(\s+[A-Z][\p{L}'’.-]+){0,3})*\s*$/u.test(
      text,
    )
  )
    return true;
  if (/^\(?with (agency|wire) inputs\)?\.?$/i.test(text)) return true;
  if (/^[^\p{L}]*$/u.test(text)) return true;
  if (/^[.\w-]*\.(png|jpe?g|gif|webp)\)?$/i.test(text)) return true;
  return false;
}

const TERMINAL = /[.!?:"”’)\]]$/u;

/** A short title-cased line without final punctuation: a heading, not part of a sentence. */
export function isHeadingLine(line: string): boolean {
  const text = line.trim();
  if (text.length === 0 || text.length > 90 || TERMINAL.test(text)) return false;
  const words = text.split(/\s+/).filter((w) => /^\p{L}/u.test(w) && w.length > 3);
  if (words.length < 2) return false;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised / words.length >= 0.75;
}

export type Segmented = {
  /** The first non-empty line (credits aside): the article's title when none is given. */
  firstLine: string;
  /** Paragraphs in order, hard wraps joined; headings are paragraphs of their own. */
  paragraphs: { text: string; heading: boolean }[];
};

export function segmentArticle(text: string): Segmented {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const paragraphs: { text: string; heading: boolean }[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length > 0) paragraphs.push({ text: current.join(' '), heading: false });
    current = [];
  };
  let firstLine = '';
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    if (line.length === 0) {
      flush();
      continue;
    }
    if (isCreditLine(line)) {
      flush();
      continue;
    }
    if (firstLine === '') {
      // The first line is the title (or a standfirst): a paragraph of its own.
      firstLine = line;
      const nextLine =
        lines
          .slice(index + 1)
          .find((l) => l.trim().length > 0)
          ?.trim() ?? '';
      if (!TERMINAL.test(line) && !/^\p{Ll}/u.test(nextLine)) {
        paragraphs.push({ text: line, heading: false });
        continue;
      }
    }
    const previous = current[current.length - 1];
    const previousEnded = previous === undefined || TERMINAL.test(previous) || /,$/.test(previous);
    const following =
      lines
        .slice(index + 1)
        .find((l) => l.trim().length > 0)
        ?.trim() ?? '';
    // A wrapped line ("… Treasury Secretary Scott" / "Bessent, US …") continues on the next one.
    const continues =
      /^(\p{Ll}|[\p{L}'’.-]+,)/u.test(following) || /\b(and|of|the|to|for)$/i.test(line);
    if (previousEnded && isHeadingLine(line) && !continues) {
      flush();
      paragraphs.push({ text: line, heading: true });
      continue;
    }
    if (previous !== undefined && /[.!?"”]$/u.test(previous) && /^[“"\p{Lu}]/u.test(line)) {
      // A line ending a sentence followed by one starting a new one: a paragraph break.
      flush();
    }
    current.push(line);
  }
  flush();
  return { firstLine, paragraphs };
}
