// The four tones of an interaction: the classes (QuadClass) of the CAMEO event coding used by
// GDELT, with how each reads in a sentence. Kept apart from the schema so that the vocabulary of
// relation kinds and the schema can both use it without importing each other.

export const TONES = [
  'verbal-cooperation',
  'material-cooperation',
  'verbal-conflict',
  'material-conflict',
] as const;

export type Tone = (typeof TONES)[number];

/** How each tone reads in a sentence, in a panel or in the timeline's key. */
export const TONE_NAMES: Readonly<Record<Tone, string>> = {
  'verbal-cooperation': 'verbal cooperation',
  'material-cooperation': 'material cooperation',
  'verbal-conflict': 'verbal conflict',
  'material-conflict': 'material conflict',
};

/** "verbal cooperation" for 'verbal-cooperation'; a tone outside the vocabulary as it is. */
export function toneName(tone: string): string {
  return (TONE_NAMES as Readonly<Record<string, string>>)[tone] ?? tone;
}
