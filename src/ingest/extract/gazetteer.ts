// Built-in word lists the extractor relies on: countries with their demonyms and capitals, a few
// cities, titles that introduce a person, words that mark an organisation, and words that never
// start a name (months, weekdays). Generic knowledge only: nothing here is taken from one article.

import { type CountryEntry, WORLD, WORLD_PROPER_NAMES } from './world';
import { type BodyEntry, GROUPS, MORE_BODIES, MORE_OUTLETS } from './world-bodies';
import { REGIONS } from './world-regions';

export type { CountryEntry } from './world';

/** A news outlet or body under its full name, with the short forms and acronyms articles use. */
export type OutletEntry = BodyEntry;

/** Well-known news outlets: an acronym and a full name ("BBC", "British Broadcasting Corporation")
 * are one outlet, and so is a name with its kind ("Kyodo news agency", "Kyodo"). Names only the outlet
 * itself goes by: no bare two-letter forms but the few a page uses as the outlet's everyday name
 * ("AP Photo", "told the AP"; "DW"). */
const CORE_OUTLETS: readonly OutletEntry[] = [
  {
    label: 'China Central Television',
    names: ['CCTV'],
    description: 'Chinese state broadcaster',
    state: true,
  },
  {
    label: 'China Global Television Network',
    names: ['CGTN'],
    description: 'Chinese state broadcaster (international)',
    state: true,
  },
  {
    label: 'Xinhua News Agency',
    names: ['Xinhua', 'Xinhua news agency'],
    description: 'Chinese state news agency',
    state: true,
  },
  {
    label: 'Associated Press',
    names: ['The Associated Press', 'AP'],
    description: 'US news agency',
  },
  { label: 'Agence France-Presse', names: ['AFP'], description: 'French news agency' },
  { label: 'Reuters', names: [], description: 'international news agency' },
  { label: 'Bloomberg News', names: ['Bloomberg'], description: 'financial news outlet' },
  {
    label: 'British Broadcasting Corporation',
    names: ['BBC', 'BBC News'],
    description: 'British public broadcaster',
  },
  { label: 'Yonhap News Agency', names: ['Yonhap'], description: 'South Korean news agency' },
  { label: 'Kyodo News', names: ['Kyodo'], description: 'Japanese news agency' },
  {
    label: 'Korean Central News Agency',
    names: ['KCNA'],
    description: 'North Korean state news agency',
    state: true,
  },
  {
    label: 'South China Morning Post',
    names: ['SCMP'],
    description: 'Hong Kong newspaper',
  },
  {
    label: 'Global Times',
    names: [],
    description: 'Chinese state-run tabloid newspaper',
    state: true,
  },
  { label: 'Jiji Press', names: ['Jiji'], description: 'Japanese news agency' },
  { label: 'NHK', names: [], description: 'Japanese public broadcaster' },
  { label: 'Press Trust of India', names: ['PTI'], description: 'Indian news agency' },
  { label: 'Asian News International', names: ['ANI'], description: 'Indian news agency' },
  { label: 'Al Jazeera', names: [], description: 'Qatari broadcaster' },
  { label: 'CNN', names: [], description: 'US broadcaster' },
  { label: 'CNBC', names: [], description: 'US business broadcaster' },
  { label: 'Fox News', names: [], description: 'US broadcaster' },
  { label: 'NPR', names: [], description: 'US public radio' },
  { label: 'The New York Times', names: ['New York Times'], description: 'US newspaper' },
  { label: 'The Washington Post', names: ['Washington Post'], description: 'US newspaper' },
  {
    label: 'The Wall Street Journal',
    names: ['Wall Street Journal', 'WSJ'],
    description: 'US newspaper',
  },
  { label: 'Financial Times', names: ['FT'], description: 'British newspaper' },
  { label: 'The Guardian', names: [], description: 'British newspaper' },
  { label: 'Deutsche Presse-Agentur', names: ['dpa', 'DPA'], description: 'German news agency' },
  {
    label: 'Anadolu Agency',
    names: ['Anadolu'],
    description: 'Turkish state news agency',
    state: true,
  },
  { label: 'TASS', names: [], description: 'Russian state news agency', state: true },
  { label: 'Agencia EFE', names: ['EFE'], description: 'Spanish news agency' },
  { label: 'Nikkei', names: [], description: 'Japanese business newspaper' },
  { label: 'Politico', names: [], description: 'US news outlet' },
  { label: 'Axios', names: [], description: 'US news outlet' },
  {
    label: "People's Daily",
    names: [],
    description: 'Chinese Communist Party newspaper',
    state: true,
  },
];

/** International bodies under their full names, with the short forms articles use for them. */
const CORE_BODIES: readonly OutletEntry[] = [
  { label: 'United Nations', names: ['UN', 'U.N.'], description: 'international organization' },
  {
    label: 'UN Security Council',
    names: ['Security Council', 'United Nations Security Council', 'UNSC'],
    description: 'organ of the United Nations',
  },
  {
    label: 'UN General Assembly',
    names: ['General Assembly', 'United Nations General Assembly'],
    description: 'organ of the United Nations',
  },
  { label: 'European Union', names: ['EU', 'E.U.'], description: 'union of European states' },
  {
    label: 'European Commission',
    names: ['EU Commission'],
    description: 'executive of the European Union',
  },
  { label: 'European Parliament', names: [], description: 'parliament of the European Union' },
  { label: 'European Council', names: [], description: 'leaders of the European Union' },
  {
    label: 'NATO',
    names: ['North Atlantic Treaty Organization', 'Nato'],
    description: 'military alliance',
  },
  { label: 'World Trade Organization', names: ['WTO'], description: 'international organization' },
  { label: 'International Monetary Fund', names: ['IMF'], description: 'international lender' },
  { label: 'World Bank', names: [], description: 'international lender' },
  {
    label: 'Association of Southeast Asian Nations',
    names: ['ASEAN', 'Asean'],
    description: 'regional organization',
  },
  { label: 'G7', names: ['Group of Seven', 'G-7'], description: 'group of industrial economies' },
  { label: 'G20', names: ['Group of 20', 'G-20'], description: 'group of major economies' },
  { label: 'BRICS', names: [], description: 'group of emerging economies' },
  { label: 'African Union', names: ['AU'], description: 'union of African states' },
  { label: 'Arab League', names: ['League of Arab States'], description: 'regional organization' },
  { label: 'Gulf Cooperation Council', names: ['GCC'], description: 'regional organization' },
  {
    label: 'Organisation of Islamic Cooperation',
    names: ['OIC', 'Organization of Islamic Cooperation'],
    description: 'international organization',
  },
  {
    label: 'Shanghai Cooperation Organisation',
    names: ['SCO', 'Shanghai Cooperation Organization'],
    description: 'regional organization',
  },
  {
    label: 'Organisation for Economic Co-operation and Development',
    names: ['OECD'],
    description: 'international organization',
  },
  {
    label: 'OPEC',
    names: ['Organization of the Petroleum Exporting Countries', 'Opec'],
    description: 'oil exporters',
  },
  { label: 'World Health Organization', names: ['WHO'], description: 'UN agency' },
  {
    label: 'International Atomic Energy Agency',
    names: ['IAEA'],
    description: 'UN agency',
  },
  { label: 'International Criminal Court', names: ['ICC'], description: 'international court' },
  { label: 'International Court of Justice', names: ['ICJ'], description: 'UN court' },
  {
    label: 'International Committee of the Red Cross',
    names: ['ICRC', 'Red Cross'],
    description: 'humanitarian organization',
  },
  { label: 'UNICEF', names: ['Unicef'], description: 'UN agency' },
  { label: 'UN Refugee Agency', names: ['UNHCR', 'Unhcr'], description: 'UN agency' },
  { label: 'World Food Programme', names: ['WFP'], description: 'UN agency' },
  { label: 'UNRWA', names: ['Unrwa'], description: 'UN agency' },
];

/** Well-known news outlets (the ones a state runs marked `state`): the core list, then the rest
 * of the world's (world-bodies.ts). */
export const OUTLETS: readonly OutletEntry[] = [...CORE_OUTLETS, ...MORE_OUTLETS];

/** International bodies, armed and political groups. */
export const BODIES: readonly OutletEntry[] = [...CORE_BODIES, ...MORE_BODIES, ...GROUPS];

/** Countries (and a few places) with the names and demonyms that refer to them: the ones news
 * of many stories names in several ways first, then the rest of the world (world.ts). */
const MAIN_COUNTRIES: readonly CountryEntry[] = [
  {
    label: 'China',
    adjectives: ['Chinese'],
    kind: 'country',
    aliases: ['PRC', "People's Republic of China"],
    names: ['China', 'Chinese', 'Beijing', 'PRC', "People's Republic of China"],
  },
  {
    label: 'United States',
    adjectives: ['American', 'U.S.', 'US'],
    kind: 'country',
    aliases: ['USA', 'United States of America'],
    names: [
      'United States',
      'U.S.',
      'US',
      'USA',
      'U.S.A.',
      'America',
      'American',
      'Washington',
      'United States of America',
    ],
  },
  {
    label: 'United Kingdom',
    adjectives: ['British'],
    kind: 'country',
    aliases: ['UK', 'Britain', 'Great Britain'],
    names: ['United Kingdom', 'UK', 'U.K.', 'British', 'London', 'Britain', 'Great Britain'],
  },
  {
    label: 'Canada',
    adjectives: ['Canadian'],
    kind: 'country',
    names: ['Canada', 'Canadian', 'Ottawa'],
  },
  {
    label: 'France',
    adjectives: ['French'],
    kind: 'country',
    names: ['France', 'French', 'Paris'],
  },
  {
    label: 'Germany',
    adjectives: ['German'],
    kind: 'country',
    names: ['Germany', 'German', 'Berlin'],
  },
  { label: 'Italy', adjectives: ['Italian'], kind: 'country', names: ['Italy', 'Italian', 'Rome'] },
  {
    label: 'Japan',
    adjectives: ['Japanese'],
    kind: 'country',
    names: ['Japan', 'Japanese', 'Tokyo'],
  },
  {
    label: 'South Korea',
    adjectives: ['South Korean'],
    kind: 'country',
    names: ['South Korea', 'South Korean', 'Seoul'],
  },
  {
    label: 'North Korea',
    adjectives: ['North Korean'],
    kind: 'country',
    names: ['North Korea', 'North Korean', 'Pyongyang'],
  },
  {
    label: 'India',
    adjectives: ['Indian'],
    kind: 'country',
    names: ['India', 'Indian', 'New Delhi'],
  },
  {
    label: 'Russia',
    adjectives: ['Russian'],
    kind: 'country',
    aliases: ['Russian Federation'],
    names: ['Russia', 'Russian', 'Moscow', 'Kremlin', 'Russian Federation'],
  },
  { label: 'Mexico', adjectives: ['Mexican'], kind: 'country', names: ['Mexico', 'Mexican'] },
  { label: 'Brazil', adjectives: ['Brazilian'], kind: 'country', names: ['Brazil', 'Brazilian'] },
  {
    label: 'Australia',
    adjectives: ['Australian'],
    kind: 'country',
    names: ['Australia', 'Australian', 'Canberra'],
  },
  {
    label: 'Switzerland',
    adjectives: ['Swiss'],
    kind: 'country',
    names: ['Switzerland', 'Swiss', 'Bern'],
  },
  {
    label: 'Sweden',
    adjectives: ['Swedish'],
    kind: 'country',
    names: ['Sweden', 'Swedish', 'Stockholm'],
  },
  {
    label: 'Spain',
    adjectives: ['Spanish'],
    kind: 'country',
    names: ['Spain', 'Spanish', 'Madrid'],
  },
  {
    label: 'Netherlands',
    adjectives: ['Dutch'],
    kind: 'country',
    names: ['Netherlands', 'Dutch', 'The Hague', 'Amsterdam'],
  },
  {
    label: 'Vietnam',
    adjectives: ['Vietnamese'],
    kind: 'country',
    names: ['Vietnam', 'Vietnamese', 'Hanoi'],
  },
  {
    label: 'Malaysia',
    adjectives: ['Malaysian'],
    kind: 'country',
    names: ['Malaysia', 'Malaysian', 'Kuala Lumpur'],
  },
  {
    label: 'Singapore',
    adjectives: ['Singaporean'],
    kind: 'country',
    names: ['Singapore', 'Singaporean'],
  },
  {
    label: 'Indonesia',
    adjectives: ['Indonesian'],
    kind: 'country',
    names: ['Indonesia', 'Indonesian', 'Jakarta'],
  },
  {
    label: 'Saudi Arabia',
    adjectives: ['Saudi'],
    kind: 'country',
    names: ['Saudi Arabia', 'Saudi', 'Riyadh'],
  },
  {
    label: 'Turkey',
    adjectives: ['Turkish'],
    kind: 'country',
    aliases: ['Türkiye', 'Turkiye'],
    names: ['Turkey', 'Türkiye', 'Turkiye', 'Turkish', 'Ankara'],
  },
  {
    label: 'Ukraine',
    adjectives: ['Ukrainian'],
    kind: 'country',
    names: ['Ukraine', 'Ukrainian', 'Kyiv', 'Kiev'],
  },
  {
    label: 'Iran',
    adjectives: ['Iranian'],
    kind: 'country',
    aliases: ['Islamic Republic of Iran'],
    names: ['Iran', 'Iranian', 'Tehran', 'Islamic Republic', 'Islamic Republic of Iran'],
  },
  { label: 'Israel', adjectives: ['Israeli'], kind: 'country', names: ['Israel', 'Israeli'] },
  {
    label: 'Taiwan',
    adjectives: ['Taiwanese'],
    // it acts in the news as a state does ("Taipei said", "Taiwan's defence ministry")
    kind: 'country',
    names: ['Taiwan', 'Taiwanese', 'Taipei'],
  },
  { label: 'Hong Kong', kind: 'place', names: ['Hong Kong'] },
  { label: 'Geneva', kind: 'place', names: ['Geneva'] },
  { label: 'Brussels', kind: 'place', names: ['Brussels'] },
  { label: 'New York', kind: 'place', names: ['New York'] },
  { label: 'Shanghai', kind: 'place', names: ['Shanghai'] },
  { label: 'Davos', kind: 'place', names: ['Davos'] },
];

/** Peoples named by a noun of their own, not the plural of the adjective ("the Danes", "the
 * Poles"): general knowledge, by the country's label. */
export const PEOPLE_NOUNS: ReadonlyMap<string, readonly string[]> = new Map([
  ['Denmark', ['Danes']],
  ['Sweden', ['Swedes']],
  ['Finland', ['Finns']],
  ['Poland', ['Poles']],
  ['Turkey', ['Turks']],
  ['Philippines', ['Filipinos']],
  ['Croatia', ['Croats']],
  ['Serbia', ['Serbs']],
  ['Czech Republic', ['Czechs']],
  ['Slovakia', ['Slovaks']],
  ['Slovenia', ['Slovenes']],
  ['Greece', ['Greeks']],
  ['Kazakhstan', ['Kazakhs']],
  ['Uzbekistan', ['Uzbeks']],
  ['Tajikistan', ['Tajiks']],
  ['Turkmenistan', ['Turkmens']],
  ['Spain', ['Spaniards']],
  ['United Kingdom', ['Britons']],
  ['Iceland', ['Icelanders']],
  ['New Zealand', ['New Zealanders']],
  ['Cyprus', ['Cypriots']],
]);

/** "Israelis", "Pakistanis", "Americans", "South Africans": a people named in the plural of its
 * adjective, or by a noun of its own ("the Danes"). */
function withPlurals(entry: CountryEntry): CountryEntry {
  const plurals = entry.names
    .filter((n) => n !== entry.label && /^(\p{Lu}\p{Ll}+ )*\p{Lu}\p{Ll}+(an|i)$/u.test(n))
    .map((n) => `${n}s`);
  const nouns = PEOPLE_NOUNS.get(entry.label) ?? [];
  const more = [...plurals, ...nouns];
  return more.length === 0 ? entry : { ...entry, names: [...entry.names, ...more] };
}

export const COUNTRIES: readonly CountryEntry[] = [
  ...MAIN_COUNTRIES,
  ...WORLD.filter((w) => !MAIN_COUNTRIES.some((c) => c.label === w.label)),
  ...REGIONS,
].map(withPlurals);

/** Country and place names, lower case, that end like an adjective but are names: the labels of
 * the countries and places ("Pakistan", "Sudan", "Oman"), and their capitals ("Tehran"). */
export const PROPER_PLACE_NAMES: ReadonlySet<string> = new Set(
  [...COUNTRIES.map((c) => c.label), ...WORLD_PROPER_NAMES, 'Tehran', 'Hanoi', 'Taipei'].map((n) =>
    n.toLowerCase(),
  ),
);

/** Words that only qualify a title ("Vice", "Deputy", "Foreign"): they need a head word. */
const TITLE_QUALIFIER_WORDS = [
  'vice',
  'ministers',
  'deputy',
  'managing',
  'general',
  'prime',
  'foreign',
  'finance',
  'treasury',
  'commerce',
  'trade',
  'state',
  'defense',
  'defence',
  'economy',
  'executive',
  'former',
  // a post held for now: "acting Prime Minister", "interim President", "caretaker premier"
  'acting',
  'interim',
  'caretaker',
  'principal',
  'senior',
  'councillor',
  'justice',
  'top',
  'interior',
  'industry',
  'economic',
  'affairs',
  'national',
  'security',
  'homeland',
  'agriculture',
  'energy',
  'of',
  'first',
  'lady',
  // military ranks and royal styles: "Major General", "Air Chief Marshal", "Crown Prince"
  'major',
  'air',
  'field',
  'rear',
  'lt',
  'maj',
  'lance',
  'crown',
  'supreme',
  'special',
] as const;

const HEAD_TITLES = [
  'president',
  'presidents',
  // "President-elect Ana Vell", "Prime Minister-designate": one token to the tagger
  'president-elect',
  'premier-elect',
  'minister-designate',
  'secretaries',
  'ministers',
  'representatives',
  'premier',
  'minister',
  'secretary',
  'ambassador',
  'chancellor',
  'governor',
  'senator',
  'representative',
  'commissioner',
  'director',
  'chief',
  'chairman',
  'chairwoman',
  'chair',
  'ceo',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'economist',
  'analyst',
  'envoy',
  'head',
  'founder',
  'officer',
  'adviser',
  'advisor',
  'mayor',
  'leader',
  'negotiator',
  'attorney',
  'speaker',
  'lawmaker',
  // the bench: "Judge Ana Soto", "Supreme Court Justice Luis Arce"
  'judge',
  'justice',
  // what a person named in news does: "activist Jo Roe", "Professor Ana Vell"
  'activist',
  'lawyer',
  'journalist',
  'professor',
  'researcher',
  'scholar',
  'businessman',
  'businesswoman',
  'tycoon',
  'cleric',
  'rep',
  'sen',
  'gov',
  'gen',
  'official',
  'aide',
  'diplomat',
  'mediator',
  'coordinator',
  'administrator',
  'secretary-general',
  'director-general',
  'attorney-general',
  'inspector-general',
  'inspector',
  // "Special Rapporteur Ana Vell", "MEP Jo Roe"
  'rapporteur',
  'mep',
  // military ranks, and their short forms ("Lt Gen", "Brig")
  'general',
  'lieutenant',
  'colonel',
  'brigadier',
  'admiral',
  'marshal',
  'commander',
  'captain',
  'sergeant',
  'corporal',
  'commodore',
  'col',
  'brig',
  'adm',
  'cmdr',
  'capt',
  'sgt',
  // royal, noble and religious styles
  'king',
  'queen',
  'prince',
  'princess',
  'emperor',
  'empress',
  'duke',
  'duchess',
  'tsar',
  'shah',
  'emir',
  'sheikh',
  'sultan',
  'baroness',
  'dame',
  'ayatollah',
  'pope',
  'archbishop',
  'cardinal',
  'patriarch',
  'rabbi',
  'imam',
  'mufti',
  // Malaysian and Bruneian styles of honour, joined into one word by the tagger's reader
  // ("Datuk Seri", "Tan Sri", "Dato'"); "Tan" alone is a family name, never a style
  'datuk',
  'dato',
  "dato'",
  'dato’',
  'datin',
  ...['datuk', 'dato', "dato'", 'dato’', 'datin', 'tan', 'puan', 'toh', 'pehin'].flatMap((a) =>
    ['seri', 'sri', 'paduka', 'puan', 'patinggi', 'amar', 'setia'].map((b) => `${a} ${b}`),
  ),
];

/** Qualifiers written joined to a head with a hyphen: "Vice-Premier", "Deputy-Director", "Ex-Minister". */
const HYPHEN_QUALIFIERS = ['vice', 'deputy', 'under', 'assistant', 'acting', 'co', 'prime', 'ex'];

/** Short forms written with their full stop, as one token: "Gen.", "Lt.", "Sen.". */
function dotted(words: readonly string[]): string[] {
  return words.filter((w) => ABBREVIATIONS.has(w)).map((w) => `${w}.`);
}
const ABBREVIATIONS: ReadonlySet<string> = new Set(
  'lt maj gen col brig adm cmdr capt sgt sen rep gov'.split(' '),
);

/** Title words that can carry a name on their own ("Vice Premier X", "Vice-Minister X"); the
 * others only qualify. */
export const HEAD_TITLE_WORDS: ReadonlySet<string> = new Set([
  ...HEAD_TITLES,
  ...HYPHEN_QUALIFIERS.flatMap((q) => HEAD_TITLES.map((h) => `${q}-${h}`)),
  ...dotted(HEAD_TITLES),
]);

/** Words that, written before a name, say the name is a person's ("Vice Premier", "chief"). */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  ...TITLE_QUALIFIER_WORDS,
  ...dotted(TITLE_QUALIFIER_WORDS),
  ...HEAD_TITLE_WORDS,
]);

/** Words that end (or head) an organisation's name. */
export const ORG_CUES: ReadonlySet<string> = new Set([
  'ministry',
  'department',
  'bank',
  'fund',
  'group',
  'union',
  'commission',
  'council',
  'agency',
  'office',
  'unit',
  'inc',
  'corp',
  'corporation',
  'company',
  'co',
  'ltd',
  'llc',
  'plc',
  'news',
  'times',
  'post',
  'journal',
  'press',
  'bureau',
  'institute',
  'university',
  'association',
  'organization',
  'organisation',
  'party',
  // political and armed groups: "the Harbour Front", "the Liberation Army"
  'front',
  'movement',
  'army',
  'force',
  'forces',
  'corps',
  'guard',
  'guards',
  'police',
  'directorate',
  'electric',
  'brigade',
  'brigades',
  'wing',
  'division',
  'command',
  // civic bodies: "the Harbour Red Crescent Society", "the Sea Peace Initiative"
  'society',
  'observatory',
  'initiative',
  'syndicate',
  'centre',
  'center',
  'assembly',
  'embassy',
  'consulate',
  'mission',
  'secretariat',
  'hospital',
  'militia',
  'alliance',
  'coalition',
  'navy',
  'army',
  'marines',
  'cabinet',
  'administration',
  'committee',
  'authority',
  'board',
  'service',
  'forum',
  'federation',
  'foundation',
  'technologies',
  'technology',
  'holdings',
  'motors',
  'airlines',
  'capital',
  'partners',
  'securities',
  'reserve',
  'treasury',
  'parliament',
  'congress',
  'senate',
  'court',
  'business',
  'network',
  'media',
  'daily',
  'telegraph',
  'herald',
  'tribune',
  'broadcasting',
  'television',
  'radio',
  'exchange',
  'chamber',
  'cooperation',
  'alliance',
  'coalition',
  'federal',
  'systems',
  'industries',
  'international',
  'nations',
]);

/** Lowercase nouns that, just before an unknown single name, say it is an organisation. */
/** Nouns that may follow a body's name and say what it is: "the M23 rebels", "the Dawn group",
 * "the Maltese government". */
export const NAMED_BODY_NOUN =
  /^(rebels|militants|insurgents|fighters|militia|group|movement|faction|government|administration|forces|army|party|alliance|coalition)$/;

export const ORG_NOUNS: ReadonlySet<string> = new Set([
  'agency',
  'outlet',
  'newspaper',
  'broadcaster',
  'company',
  'firm',
  'consultancy',
  'group',
  'bank',
  'maker',
  'giant',
  'lender',
  'insurer',
  'carrier',
  'chipmaker',
  'automaker',
  'retailer',
  'startup',
  'network',
  'channel',
  'tabloid',
  'daily',
  'wire',
  'publication',
]);

/** Nouns after a demonym that make it an actor ("Chinese authorities" acts for China). */
export const ACTOR_NOUNS: ReadonlySet<string> = new Set([
  'authority',
  'authorities',
  'official',
  'officials',
  'government',
  'side',
  'leader',
  'leaders',
  'negotiator',
  'negotiators',
  'mediator',
  'mediators',
  'regulator',
  'regulators',
  'state',
  'ministry',
  'embassy',
  'delegation',
  'delegations',
  'team',
  'teams',
  'administration',
  'lawmakers',
  'diplomat',
  'representative',
  'representatives',
  'envoys',
  'counterparts',
  'diplomats',
  // a country's armed forces act for it, and its positions are what a strike hits
  'army',
  'military',
  'troops',
  'forces',
  'soldiers',
  'navy',
  'jets',
  'warplanes',
  'positions',
  'bases',
  'territory',
]);

export const MONTHS: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
export const WEEKDAYS: readonly string[] = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
];

/** Words that say when, which may stand between a verb of meeting or speaking and its "with"
 * ("held talks on Friday with", "a phone call last week with", "spoke over the weekend with"). */
/** A month's full or short name as a token, with or without its full stop ("Sept.", "Oct",
 * "March"). */
export const MONTH_TOKEN = new RegExp(
  `^(?:${MONTHS.join('|')}|${MONTHS.map((m) => m.slice(0, 3)).join('|')}|sept)\\.?$`,
  'i',
);

export const TIME_WORDS: ReadonlySet<string> = new Set([
  ...WEEKDAYS,
  ...MONTHS.map((m) => m.toLowerCase()),
  'on',
  'last',
  'this',
  'early',
  'late',
  'earlier',
  'later',
  'morning',
  'afternoon',
  'evening',
  'night',
  'today',
  'yesterday',
  'week',
  'weekend',
  'month',
  'past',
  'over',
  'the',
]);

/** Capitalised words that never start or belong to a name. */
export const NEVER_NAMES: ReadonlySet<string> = new Set([
  ...MONTHS.filter((m) => m !== 'may'),
  ...WEEKDAYS,
  'mr',
  'mrs',
  'ms',
  'dr',
  'mr.',
  'mrs.',
  'ms.',
  'dr.',
  'i',
  'correction',
  'update',
  'photo',
  'image',
  'images',
  'video',
  'internet',
  'covid',
  'covid-19',
  'god',
  'earth',
  'english',
  'today',
  'tomorrow',
  'yesterday',
]);

/** Common nouns that open a sentence capitalised ("Sources said", "Officials told"): never a
 * name there. Mid-sentence they may be part of one ("the Hostages Families Forum"). */
export const GENERIC_OPENERS: ReadonlySet<string> = new Set([
  'sources',
  'officials',
  'witnesses',
  'residents',
  'analysts',
  'experts',
  'reports',
  'critics',
  'observers',
  'authorities',
  'militants',
  'troops',
  'soldiers',
  'rescuers',
  'diplomats',
  'negotiators',
  'mediators',
  'protesters',
  'lawmakers',
  'leaders',
  'citizens',
  'people',
  'families',
  'hostages',
  'civilians',
  'journalists',
  'reporters',
  'medics',
  'doctors',
  'survivors',
  'relatives',
  'villagers',
  'students',
  'workers',
  'investors',
  'traders',
  'markets',
  'shares',
  'prices',
  // what a caption shows: "Picture taken with a drone"
  'picture',
  'pictures',
  'photos',
  'file',
  'footage',
  'screenshot',
]);

/** Continents and oceans: part of names ("Asia-Pacific Economic Cooperation"), never one alone. */
export const CONTINENTS: ReadonlySet<string> = new Set([
  'asia',
  'europe',
  'africa',
  'america',
  'pacific',
  'atlantic',
  'antarctica',
  'oceania',
  'arctic',
  'asia-pacific',
  'middle',
  'east',
  'latin',
  'north',
  'south',
  'west',
  'western',
  'eastern',
  'northern',
  'southern',
  'central',
  'southeast',
  'northeast',
  'southwest',
  'northwest',
  // their adjectives: "Southeast Asian nations", "European partners" name no one
  'asian',
  'european',
  'african',
  'american',
  'oceanian',
]);

/** Company-form endings dropped to make a short alias ("Huawei Technologies" → "Huawei"). */
export const CORPORATE_SUFFIXES: ReadonlySet<string> = new Set([
  'technologies',
  'technology',
  'inc',
  'corp',
  'corporation',
  'co',
  'ltd',
  'llc',
  'plc',
  'holdings',
  'group',
  'limited',
  'company',
]);

/** Abbreviations of common nouns that are not organisations. */
export const COMMON_ACRONYMS: ReadonlySet<string> = new Set([
  'AI',
  'CEO',
  'CFO',
  'GDP',
  'EV',
  'EVS',
  'IT',
  'TV',
  'PM',
  'AM',
  'PC',
  'IP',
  'ID',
  'OK',
  'VAT',
  'FDI',
  'PMI',
  'CPI',
  'COVID',
  'DNA',
  'HQ',
  'FAQ',
  'USD',
  'RMB',
  'CNY',
  'EUR',
]);

/** Short forms that are also ordinary pronouns: linked only mid-sentence and capitalised. */
export const PRONOUN_FORMS: ReadonlySet<string> = new Set([
  'he',
  'she',
  'it',
  'we',
  'us',
  'they',
  'i',
  'me',
  'him',
  'her',
  'them',
  'you',
  'his',
  'its',
]);

/** Government posts and the institution they belong to. `{demonym}` is the country's adjective
 * ("Chinese"); US posts have their own institution names. Posts are matched after dropping
 * "Deputy", "Vice", "Under"… so a deputy belongs to the same institution. */
export const POST_INSTITUTIONS: readonly { post: RegExp; us?: string; other?: string }[] = [
  { post: /^secretary of state$/, us: 'US State Department' },
  { post: /^(treasury secretary|secretary of the treasury)$/, us: 'US Treasury' },
  { post: /^(trade representative)$/, us: 'Office of the US Trade Representative' },
  { post: /^(commerce secretary|secretary of commerce)$/, us: 'US Commerce Department' },
  { post: /^(defense secretary|secretary of defense)$/, us: 'US Defense Department' },
  {
    post: /^(foreign minister|minister of foreign affairs|foreign affairs minister)$/,
    other: '{demonym} Ministry of Foreign Affairs',
  },
  { post: /^(commerce minister|minister of commerce)$/, other: '{demonym} Ministry of Commerce' },
];

/** The usual adjective of a country in the gazetteer ("China" → "Chinese", "Madagascar" →
 * "Malagasy"), if known. */
export function demonymOf(countryLabel: string): string | undefined {
  return COUNTRIES.find((c) => c.label === countryLabel)?.adjectives?.[0];
}

/** Every adjective of a country or place the gazetteer knows, lower case ("kyrgyz", "greek"). */
export const COUNTRY_ADJECTIVES: ReadonlySet<string> = new Set(
  COUNTRIES.flatMap((c) => c.adjectives ?? [])
    .filter((a) => /^\p{Lu}\p{Ll}/u.test(a))
    .map((a) => a.toLowerCase()),
);

/** Social platforms that are only ever where something was posted ("set out his case on
 * Truth Social", "wrote on Telegram"), never a party to the story. */
export const PLATFORMS: ReadonlySet<string> = new Set([
  'Truth Social',
  'Twitter',
  'Telegram',
  'Weibo',
  'WeChat',
  'Bluesky',
]);

/** Nouns after a name that make it a platform or outlet ("his X account", "a Weibo post"). */
export const PLATFORM_NOUNS: ReadonlySet<string> = new Set([
  'network',
  'app',
  'website',
  'account',
  'post',
  'platform',
  'feed',
  'channel',
]);
