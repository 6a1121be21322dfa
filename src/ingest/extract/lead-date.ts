// The day of the article's main event, told in its lead ("Xi said yesterday…", "Trump announced
// a deal on Tuesday"), carried to the later sentences that report deeds of the same day without
// a date of their own ("Welcoming the visitors, Xi said…"). A news article quotes and retells its
// main event far below its first paragraph; only a sentence that states another day keeps it.
// A lead that names no day leaves each such deed the last day the story told before it.
import type { RelationKind } from '../../data/relation-kinds';
import type { RelationProposal } from '../draft';
import { findDate } from './dates';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** How many sentences of prose make the lead. */
const LEAD_SENTENCES = 2;

type LeadSentence = { text: string; heading: boolean; paragraph?: number };

const CREDIT = /\(\s*\p{Lu}[\p{L}.\s/-]{0,30}\)\s*$/u;

const wordCount = (text: string) => text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

/** A line that is no sentence of the story: short, a picture's caption ending in its credit
 * (or followed by it: "… in Oslo. (Agency)"), or one with no full stop that ends in its day
 * ("Jo Roe speaks to the media in Oslo, March 12, 2025": a caption, whose day is the picture's). */
function notProse(text: string, next: string): boolean {
  return (
    wordCount(text) < 8 ||
    CREDIT.test(text) ||
    /^\(\s*\p{Lu}[^)]{0,30}\)$/u.test(next.trim()) ||
    CAPTION_DAY.test(text.trim())
  );
}
const CAPTION_DAY = /,\s*(?:\p{Lu}\p{Ll}+\.? \d{1,2}|\d{1,2} \p{Lu}\p{Ll}+),? \d{4}$/u;

/** A short line of the summary above the lead ("Prisoners and sanctions discussed"): it tells
 * the main event in brief, as the headline does (no caption: that ends in its credit). */
function summaryLine(sentences: readonly LeadSentence[], i: number, lead: number): boolean {
  const s = sentences[i];
  return s !== undefined && i < lead && !s.heading && wordCount(s.text) < 8 && !CREDIT.test(s.text);
}

/** "OSLO, May 9 (Agency) —": the dateline before a lead, whose day is the filing's, not the
 * event's. */
const DATELINE = /^\p{Lu}[\p{Lu}\s.'-]+(?:,[^:—–]{0,30})?(?:\([^)]{0,20}\))?\s*[:—–-]+\s*/u;

/** The indices of the lead's sentences: the first sentences of prose. */
function leadIndices(sentences: readonly LeadSentence[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < sentences.length && out.length < LEAD_SENTENCES; i++) {
    const s = sentences[i] as LeadSentence;
    if (!s.heading && !notProse(s.text, sentences[i + 1]?.text ?? '')) out.push(i);
  }
  return out;
}

/** The lead's day: the day of a deed proposed in it, else the first day its sentences name. */
export function leadDay(
  sentences: readonly LeadSentence[],
  proposals: readonly RelationProposal[],
  deeds: ReadonlySet<RelationKind>,
  published: string | null,
  home: string | null,
): { date: string; approximate: boolean; sentence: number } | null {
  const lead = leadIndices(sentences);
  for (const i of lead) {
    const dated = proposals.find(
      (p) => p.sentence === i && deeds.has(p.relation.kind) && DAY.test(p.relation.date ?? ''),
    );
    if (dated?.relation.date)
      return {
        date: dated.relation.date,
        approximate: dated.relation.dateApproximate === true,
        sentence: i,
      };
  }
  for (const i of lead) {
    const text = (sentences[i] as LeadSentence).text.replace(DATELINE, '');
    const found = findDate(text, published, undefined, home, { done: true });
    if (found && DAY.test(found.date) && !found.until)
      return { date: found.date, approximate: found.approximate, sentence: i };
  }
  // "Israel has launched strikes on Iran, …": a lead told as just done is the page's own day
  const day = published?.slice(0, 10) ?? '';
  const justDone = lead.find((i) => JUST_DONE.test((sentences[i] as LeadSentence).text));
  if (justDone !== undefined && DAY.test(day))
    return { date: day, approximate: true, sentence: justDone };
  return null;
}

/** A deed told in the present perfect ("has launched", "have agreed", "has been killed"): news
 * that is just done, on the day the page tells it (about that day: it says so). */
const JUST_DONE =
  /\b(?:has|have)\s+(?:(?:also|now|already|just|reportedly|jointly|formally|officially)\s+)?(?:been\s+)?(?:\w+ed|struck|met|held|begun|spoken|won|taken|given|made|sent|told|shot|hit|fought|sought|brought|thrown|drawn|chosen|broken|written|beaten|flown|led|lost|cut|shut|withdrawn|signed)\b(?!\s+(?:to|for)\s+(?:years|months|decades|weeks))/i;

/** With no day in the lead: dates each undated deed by the last day the story told before it
 * (`anchors`), when that day is not after the page's (a deed done is not dated by talks ahead). */
function carryLastDay(
  proposals: readonly RelationProposal[],
  deeds: ReadonlySet<RelationKind>,
  published: string | null,
  anchors: readonly (string | null)[],
  undatable: ReadonlySet<string>,
): void {
  for (const p of proposals) {
    const r = p.relation;
    const day = anchors[p.sentence];
    if (r.date !== undefined || !deeds.has(r.kind) || !day || undatable.has(r.id)) continue;
    if (published !== null && day > published.slice(0, 10)) continue;
    p.relation = { ...r, date: day, dateApproximate: true };
  }
}

/** Words that tell a deed as the answer to the one told before it. */
const ANSWERS =
  /\b(?:in (?:response|retaliation|reply)|retaliated|(?<!\bto )hit back|struck back)\b/i;

/** For each sentence, the last day told before it in its own paragraph (a story told day by day
 * goes on from that day until a paragraph of its own tells another), or before it at all where it
 * tells an answer to what was told last; else null. */
function toldInParagraph(
  sentences: readonly LeadSentence[],
  anchors: readonly (string | null)[],
): (string | null)[] {
  return sentences.map((s, i) => {
    // "Malta suspended the treaty in response": the day of what it answers, told last
    if (ANSWERS.test(s.text)) return anchors[i] ?? null;
    if (s.paragraph === undefined) return null;
    let first = i;
    while (first > 0 && sentences[first - 1]?.paragraph === s.paragraph) first--;
    const day = anchors[i] ?? null;
    return first < i && day !== (anchors[first] ?? null) ? day : null;
  });
}

/** Dates the undated deeds of the headline and of the sentences after the lead's day was told
 * (or, with no day in the lead, by the last day told before them). */
export function carryLeadDate(
  sentences: readonly LeadSentence[],
  proposals: readonly RelationProposal[],
  deeds: ReadonlySet<RelationKind>,
  published: string | null,
  home: string | null,
  anchors: readonly (string | null)[] = [],
  /** Deeds told as done before the story's days ("had accused"), which take no day carried. */
  undatable: ReadonlySet<string> = new Set(),
): void {
  const lead = leadDay(sentences, proposals, deeds, published, home);
  if (lead === null) {
    carryLastDay(proposals, deeds, published, anchors, undatable);
    return;
  }
  const leadSentences = new Set(leadIndices(sentences));
  const told = toldInParagraph(sentences, anchors);
  // the headline, under a section's name at most: a heading before any prose
  const firstProse = sentences.findIndex((s) => !s.heading);
  for (const p of proposals) {
    const r = p.relation;
    if (r.date !== undefined || !deeds.has(r.kind) || undatable.has(r.id)) continue;
    const headline = p.sentence < firstProse && sentences[p.sentence]?.heading === true;
    const summary = summaryLine(sentences, p.sentence, Math.min(...leadSentences));
    if (p.sentence < lead.sentence && !headline && !summary && !leadSentences.has(p.sentence))
      continue;
    // "The clashes began on March 7 … Malta condemned Iceland": a day its paragraph told first
    const day = p.sentence > lead.sentence ? told[p.sentence] : null;
    if (day && (published === null || day <= published.slice(0, 10))) {
      p.relation = { ...r, date: day, dateApproximate: true };
      continue;
    }
    p.relation = { ...r, date: lead.date, ...(lead.approximate ? { dateApproximate: true } : {}) };
  }
}
