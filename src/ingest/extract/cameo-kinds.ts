// What the CAMEO verb table (cameo-verbs.ts) means in Parley's vocabulary: each CAMEO code read as
// one relation kind, by the codebook's meaning of the code; the verbs too general to report an
// interaction alone ("go", "give", "take", "hit") left out; and the few verbs that PETRARCH files
// under a generic block but the codebook names elsewhere ("negotiate" is 046, not 080).
import type { RelationKind } from '../../data/relation-kinds';
import { CAMEO_VERBS } from './cameo-verbs';

/**
 * CAMEO code prefix → kind; the longest prefix that matches wins, a null reads the code as no
 * interaction. Families by their codebook names: 01 make a public statement, 02 appeal (an appeal
 * to another to act is a demand), 03 express intent to cooperate (a pledge or an offer is said,
 * 036 an intent to meet is a planned meeting), 04 consult (040 consult and 046 negotiate are
 * talks, 041 a call, 042–044 visits and meetings, 045 mediation), 05 diplomatic cooperation (050
 * cooperate; 051–053, 055, 056 praise, defend verbally, rally support, apologise and forgive are
 * said; 054 recognise and 057 sign are agreements), 06 material cooperation (062 military
 * cooperation, arming another, is aid), 07 provide aid, 08 yield (the material cooperation of
 * giving way), 09 investigate (no interaction between two parties), 10 demand, 11 disapprove, 12
 * reject, 13 threaten, 14 protest, 15 exhibit force posture (a show of force is a threat of it),
 * 16 reduce relations (163 embargo and boycott) and 17 coerce (172 bans, 174 expulsions) are
 * sanctions, save 171 seizing property, 173 arrests and 175 repression, which are inside one
 * country; 18 assault, 19 fight and 20 mass violence are military action.
 */
const CODE_KIND: ReadonlyArray<readonly [string, RelationKind | null]> = [
  ['01', 'statement'],
  ['02', 'demand'],
  ['03', 'statement'],
  ['036', 'planned-meeting'],
  ['040', 'talks'],
  ['041', 'call'],
  ['042', 'meeting'],
  ['043', 'meeting'],
  ['044', 'meeting'],
  ['045', 'mediation'],
  ['046', 'talks'],
  ['05', 'statement'],
  ['050', 'cooperation'],
  ['054', 'agreement'],
  ['057', 'agreement'],
  ['06', 'cooperation'],
  ['062', 'aid'],
  ['07', 'aid'],
  ['08', 'cooperation'],
  ['09', null],
  ['10', 'demand'],
  ['11', 'criticism'],
  ['12', 'rejection'],
  ['13', 'threat'],
  ['14', 'protest'],
  ['15', 'threat'],
  ['16', 'sanction'],
  ['17', 'sanction'],
  ['171', null],
  ['173', null],
  ['175', null],
  ['18', 'military-action'],
  ['19', 'military-action'],
  ['20', 'military-action'],
];

/** The kind of a CAMEO code: the longest prefix of it in CODE_KIND. */
export function kindOfCode(code: string): RelationKind | null {
  let best: readonly [string, RelationKind | null] | undefined;
  for (const row of CODE_KIND)
    if (code.startsWith(row[0]) && row[0].length > (best?.[0].length ?? 0)) best = row;
  return best ? best[1] : null;
}

/**
 * Verbs of the CAMEO synonym blocks that name no interaction alone in news prose: too general
 * ("say" is read by its own rule; "go", "give", "take", "lead", "see"), mostly about other things
 * ("hit" the markets, "blast" a critic, "slap" a tariff, "ease" a rule, "release" a report), or
 * not between two parties ("resign", "explode", "die").
 */
const TOO_GENERAL = new Set(
  [
    // 01
    'address anticipate assess augur auspicate await bemock calculate circulate copy count',
    'define diffuse dispense disperse dissipate distribute estimate figure forebode foresee',
    'foreshadow foretell gauge imitate impress measure mimic notice ordain portend prefigure',
    'presage prognosticate propagate punctuate reassesment refer saw scatter score see spread',
    'sum tally total view watch witness involve deliberate intrude obtrude pry trespass allay',
    'comfort console distress frustrate worried',
    // 02, 03
    'apply desire hint propose aim comply decide determine endeavor endeavour expect groom mean',
    'plan prepare ready resurrect resuscitate revive seek signal strive subscribe train vote',
    'want intend volunteer certify',
    // 04
    'acquaint amass approach arrive assemble brave cluster conglomerate congregate conjoin',
    'consider constellate contemplate converge depart egress elicit embark encounter excogitate',
    'face flock gather go hear huddle innovate insert interact introduce join journey learn',
    'leave meditate mull muse ponder promulgate reason reconsider ruminate speculate think tour',
    'touring travel unite weigh confront apprise apprize attend',
    // 05
    'admit advertise advertize affect associate concert confess confide conform correlate',
    'divulge expose exuberate exult impact influence integrate orchestrate organise organize',
    'persuade profess promote rejoice reveal tempt triumph unveil synchronise synchronize',
    'harmonise harmonize unionise unionize reward spur inspire rouse enliven galvanize',
    'invigorate embolden prefer value prize esteem toast clap cheer celebrate commemorate',
    'greet bless sanctify exalt glorify reassert',
    // 06
    'abate accord add administer allocate allot ameliorate amplify apportion assign attach',
    'augment award benefit bequeath better bind blend boost chain coalesce combine command',
    'compound conduct conflate connect constitute control deepen dictate direct ease enact',
    'endow enhance enjoin enlarge enlist enroll entrust escalate establish exaggerate exchange',
    'expand expediate found fuse give govern handle head heighten improve increase institute',
    'intensify issue lead link magnify manage merge mitigate oversee prescribe re-establish',
    'redouble regulate relate rule serve simplify steer supervise supervize supply swap task',
    'unify appease assuage bestow buy pay import invest attire furnish gear outfit render',
    'stock tender',
    // 07
    'contribute evacuate interfere intervene stabilise stabilize tend ward',
    // 08
    'abandon abide absolve abstain allow authorise authorize bide bow clear countenance detach',
    'disconnect disengage disentangle emancipate empower enable fill forswear legislate loosen',
    'obey pass permit recede relax resettle retire retract satify submit succumb tease tolerate',
    'undo unloose untie verify waive withdraw release free liberate acquit declassify',
    'decriminalise decriminalize exculpate exonerate legalise legalize vindicate resign',
    // 10, 11
    'bid campaign clamor clamour crusade decree necessitate need order push argue aver avow',
    'blaspheme claim compete contrast contravene counterbalance cry curse debase defile degrade',
    'despair differ disappoint discourage disgrace dishearten dismay express grieve grill',
    'humble mourn regret sadden suspect swear wail weep whine charge compensate lecture',
    // 12, 13, 14, 15
    'defect defer delay fail forestall hamper hinder impede inhibit obstruct override postpone',
    'prevent procrastinate remit retard shelve stall stymie table decline caution endanger',
    'risk annoy arouse badger bother discomfit disconcert disquiet disturb enkindle harry',
    'hassle irk irritate pester plague rag torment upset vex provoke loot garner parade rally',
    // 16, 17
    'abort betray countermine disarray disassociate disband disorder disrupt undermine secede',
    'bill cage compel constrain contain enclose enforce exclude force impel impose incarcerate',
    'inflict levy moderate quell reimpose reinforce restrain segregate subdue withhold bar',
    'fine tax remove oust demolish vandalise vandalize censor',
    // 18–20
    'abuse bruise cane contaminate corrupt crack damage harm hurt impair kick lash mar mistreat',
    'rip slap spoil tear tarnish vitiate whip altercate beat best blast blow break bust circle',
    'clobber conflict desolate despoil die disarm dominate duel encircle engage flatten',
    'grapple hammer hang hit master match overcome overpower overshadow overtake overwhelm',
    'pelt pit quarrel ravish reave ring ruin shatter smash stone struggle surmount surround',
    'thump crush defeat infest inhabit reside explode dishonor dishonour wrestle',
    // read by their own rules first, or only in company: "called for", "invited", "agreed",
    // "help ease", "protect industry", "defended its decision", "yielded results", "deal with"
    'call invite reinvite summon cable notify agree provide trade retreat pardon concession',
    'ensure favor favour honor honour respect revitalize contend marshal agonise rescind',
    'recognise recognize suggest hint repress suppress crackdown help defend guard protect shield safeguard yield approve deal',
  ]
    .join(' ')
    .split(' '),
);

/** Verbs the codebook files under another code than the PETRARCH block they sit in. */
const CODE_OF: Readonly<Record<string, string>> = {
  negotiate: '046',
  bargain: '046',
  haggle: '046',
  barter: '046',
  deal: '046',
  mediate: '045',
  arbitrate: '045',
  intercede: '045',
  intermediate: '045',
  ratify: '057',
  approve: '057',
  settle: '057',
  resolve: '057',
  consent: '057',
  accede: '057',
  support: '051',
  back: '051',
  overthrow: '180',
  facilitate: '045',
  aid: '070',
};

/** Lemma → CAMEO code and the kind it is read as, for every verb that reports an interaction. */
export const CAMEO_LEXICON: ReadonlyMap<string, { code: string; kind: RelationKind }> = new Map(
  Object.entries(CAMEO_VERBS).flatMap(([code, verbs]) =>
    verbs.split(' ').flatMap((lemma) => {
      if (TOO_GENERAL.has(lemma)) return [];
      const own = CODE_OF[lemma] ?? code;
      const kind = kindOfCode(own);
      return kind ? [[lemma, { code: own, kind }] as const] : [];
    }),
  ),
);
