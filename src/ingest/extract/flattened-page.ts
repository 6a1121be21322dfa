// A page stored flattened: its date label, header, byline, photo caption and story run together
// on one line (" date 2025-03-14 Section / Headline Deck By Jo Roe, Outlet Staff Posted Mar 14,
// 2025 9:40 AM CET Jo Roe, left, meets … (Wire Photo/ Jo Roe) The story …"). Cut back into the
// lines a page would have, so that each is judged as a header, a byline, a caption or prose.
// Pure and free of the tagger.

/** A long line of several sentences: a page flattened onto one line. A caption or a headline is
 * short, so a line like this is the story's prose even where a caption sits inside it. */
export function isRunOfProse(text: string): boolean {
  return text.length > 500 && (text.match(/[.!?]["”’]?\s+["“]?\p{Lu}/gu) ?? []).length >= 4;
}

/** "date 2025-03-14 Headline …", "Date: 2025-03-14 …": a page's date label before its text. */
const DATE_LABEL = /^(date:?\s+\d{4}-\d{2}-\d{2})\s+(?=\S)/i;

/** "By Jo Roe, Outlet Staff Posted Mar 14, 2025 9:40 AM CET": a byline with its time stamp. */
const STAMPED_BYLINE =
  /\s(By (?:\p{Lu}[\p{L}'’.-]+ ?){1,4}(?:,[^,.!?]{1,40})?\s+(?:Posted|Updated|Published)(?: on)?:?\s+[^.!?]{0,12}?\d{4},?(?: \d{1,2}:\d{2}(?: ?[AaPp]\.?[Mm]\.?)?(?: [A-Z]{2,4})?)?)(?=\s)/u;

/** "(Wire Photo/ Jo Roe)", "(Photo: Jo Roe)", "(Jo Roe/Wire)": a picture's credit in brackets. */
const BRACKETED_CREDIT =
  /\s(\([^()]{0,60}\b(?:Photo|Image|Picture|Credit)\b[^()]{0,60}\)|\(\p{Lu}[^()]{0,40}\/[^()]{0,40}\))(?=\s|$)/u;

/** "See 3 more photos": a gallery's link glued to the text after it. */
const GALLERY_LINK = /^See \d+ more (?:photos|pictures|images)\s+/i;

/** Cuts a flattened line at a stamped byline and at a bracketed credit, so that what is before
 * them (a headline, a caption) stands apart from the story after them. */
function cutRun(line: string): string[] {
  for (const cut of [STAMPED_BYLINE, BRACKETED_CREDIT]) {
    const m = cut.exec(line);
    if (m?.[1] === undefined) continue;
    const before = line.slice(0, m.index).trim();
    const after = line
      .slice(m.index + m[0].length)
      .trim()
      .replace(GALLERY_LINK, '');
    return [...cutRun(before), m[1], ...cutRun(after)].filter((l) => l.length > 0);
  }
  return [line];
}

/** A page's line as the lines it holds: a leading date label apart, and a flattened page cut at
 * its byline and its credits. Any other line is itself. */
export function unflattenLine(line: string): string[] {
  const label = DATE_LABEL.exec(line.trim());
  if (label?.[1] !== undefined)
    return [label[1], ...unflattenLine(line.trim().slice(label[0].length))];
  return isRunOfProse(line) ? cutRun(line) : [line];
}
