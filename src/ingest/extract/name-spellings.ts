// One name as news spells it several ways: a given name transliterated from Arabic or from
// Ukrainian and Russian ("Ahmad"/"Ahmed", "Volodymyr"/"Vladimir"), an English short form
// ("Tom"/"Thomas"), the Arabic article that one outlet writes and another drops ("Bashar
// al-Assad"/"Bashar Assad"), an apostrophe one writes inside a name ("Hay'at"/"Hayat"), and a
// surname's "gh" another writes "q" ("Araghchi"/"Araqchi"). The name index looks names up under
// this spelling key, so that each spelling finds the one entity; the key is for linking only,
// never shown or scored.
import { keptResults } from './ids';

/** Spellings of one given name, the first the key's. */
const GIVEN_NAMES: readonly (readonly string[])[] = [
  ['ahmed', 'ahmad'],
  ['mohammed', 'mohammad', 'muhammad', 'mohamed', 'mohamad', 'muhammed'],
  ['mahmoud', 'mahmud'],
  ['abdel', 'abdul', 'abdal'],
  ['abdullah', 'abdallah'],
  ['hussein', 'hussain', 'husain', 'husayn'],
  ['hassan', 'hasan'],
  ['khaled', 'khalid'],
  ['youssef', 'yousef', 'yusuf', 'youssouf'],
  ['omar', 'umar'],
  ['osama', 'usama'],
  ['volodymyr', 'vladimir'],
  ['oleksandr', 'aleksandr', 'alexander'],
  ['andrii', 'andriy', 'andrei', 'andrey'],
  ['dmytro', 'dmitry', 'dmitri'],
  ['serhii', 'serhiy', 'sergei', 'sergey'],
  ['mykola', 'nikolai'],
  ['oleksii', 'oleksiy', 'alexei', 'alexey', 'aleksei'],
  ['yurii', 'yuriy', 'yuri', 'yury'],
  ['mykhailo', 'mikhail'],
  ['thomas', 'tom'],
  ['michael', 'mike'],
  ['robert', 'bob'],
  ['william', 'bill'],
  ['james', 'jim'],
  ['richard', 'ric', 'rick'],
  ['christopher', 'chris'],
  ['steven', 'steve'],
];

const CANONICAL: ReadonlyMap<string, string> = new Map(
  GIVEN_NAMES.flatMap((names) => names.map((name) => [name, names[0] as string] as const)),
);

/** Whether two given names (lower case) are spellings of one. */
export function sameGivenName(a: string, b: string): boolean {
  return a === b || (CANONICAL.has(a) && CANONICAL.get(a) === CANONICAL.get(b));
}

/** The spelling key of a name key (nameKey's output): an apostrophe inside a word dropped
 * ("Hay'at" and "Hayat", "Sa'ar" and "Saar"), each given name of a name of two words or more in
 * its first spelling, and an "al-" or "el-" inside the name dropped. */
export const spellingKey: (nameKey: string) => string = keptResults(makeKey);

function makeKey(nameKey: string): string {
  const key = nameKey.replace(/(\p{L})['’ʼ](?=\p{L})/gu, '$1');
  const words = key.split(' ');
  if (words.length < 2) return key;
  return words
    .map((word, i) => {
      const bare = i > 0 ? word.replace(/^(al|el)-(?=\p{L})/u, '') : word;
      // ("Araghchi"/"Araqchi": one Persian letter, written both ways in a surname)
      return CANONICAL.get(bare) ?? (i > 0 ? bare.replace(/gh/g, 'q') : bare);
    })
    .filter((word, i) => i === 0 || !/^(al|el)$/.test(word))
    .join(' ');
}
