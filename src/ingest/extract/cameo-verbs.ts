// The CAMEO verb dictionary as a table: CAMEO event code → the single-word verbs that report it
// alone, derived from PETRARCH2's CAMEO.2.0.txt (Open Event Data Alliance, MIT licence; a
// composite of the TABARI CAMEO dictionaries and WordNet synonym sets). Lemmas and codes only:
// verbs that code nothing without a pattern, multi-word verbs and the patterns are left out.
// Kept here as data, since the dictionary is on no registry; a new version of it is taken by
// running src/cli/cameo-lexicon.ts (its header has the commands). Which Parley kind each code is
// read as is decided in cameo-kinds.ts.
export const CAMEO_VERBS: Readonly<Record<string, string>> = {
  '010':
    'accentuate address announce anticipate articulate assert assess augur auspicate await bemock calculate circulate cite clarify comment convey copy count declare define depict describe detail diffuse disclose dispense disperse disseminate dissipate distribute echo elucidate emphasise emphasize enunciate envisage estimate explain explicate expound figure forebode foresee foreshadow foretell gauge highlight imitate impart impress inform measure mention mimic narrate note notice observe ordain outline pinpoint portend predict prefigure presage proclaim prognosticate pronounce propagate punctuate quote rationalize reassesment refer reiterate remark repeat restate retell saw say scatter score see speak spotlight spread state stress sum talk tally tell total underline underscore utter verbalise verbalize view watch witness',
  '012': 'concern distress doubt frustrate involve worried worry',
  '013': 'intrude obtrude pry trespass',
  '014': 'deliberate',
  '015': 'acknowledge',
  '016': 'refute',
  '017': 'allay comfort console',
  '020':
    'advise advocate appeal apply ask beg counsel desire hint hope implore petition plead propose recommend request solicit suggest',
  '030':
    'aim assure certify comply decide determine endeavor endeavour ensure expect groom guarantee intend mean offer plan pledge prepare proffer promise ready resurrect resuscitate revive seek signal strive subscribe train volunteer vote vouch want',
  '040':
    'acquaint amass apprise apprize approach arrive assemble brave cable cluster communicate confer confront conglomerate congregate conjoin consider constellate consult contact contemplate converge converse debate depart discuss egress elicit embark encounter excogitate face flock gather go hear huddle innovate insert interact introduce invite join journey learn leave meditate meet mull muse notify ponder promulgate reason reconsider reinvite ruminate speculate summon think tour touring travel unite weigh',
  '041': 'call phone telephone',
  '042': 'attend convene visit',
  '043': 'host',
  '045': 'broker',
  '050':
    'admit advertise advertize affect agree ally associate back bargain barter collaborate concert confess confide conform cooperate coordinate correlate deal divulge expose exuberate exult haggle harmonise harmonize impact influence integrate orchestrate organise organize persuade profess promote rejoice reveal support synchronise synchronize tempt triumph unionise unionize unveil',
  '051':
    'acclaim admire affirm applaud appreciate bless celebrate cheer clap commemorate commend compliment congratulate embolden encourage endorse enliven esteem exalt extol favor favour felicitate galvanize glorify greet hail honor honour inspire invigorate laud legitimise legitimize praise prefer prize reassert reassure recognise recognize respect revitalize reward rouse salute sanctify spur thank toast value welcome',
  '054': 'formalize',
  '055': 'apologise apologize',
  '056': 'forgave forgive forgiven',
  '060':
    'abate accord add administer aid allocate allot ameliorate amplify appease apportion assign assist assuage attach augment award benefit bequeath bestow better bind blend boost chain coalesce combine command compound conduct conflate connect constitute control deepen dictate direct ease enact endow enhance enjoin enlarge enlist enroll entrust escalate establish exaggerate exchange expand expediate facilitate found fuse give govern grant handle head heighten improve increase institute intensify issue lead lend link loan magnify manage merge mitigate oversee prescribe provide re-establish redouble regulate relate rule serve simplify steer supervise supervize supply swap task trade unify',
  '061': 'bankroll buy finance fund import invest pay purchase sponsor underwrite',
  '062': 'arm attire equip furnish gear outfit render stock tender',
  '063': 'extradite',
  '070': 'contribute donate evacuate help interfere intervene stabilise stabilize',
  '073': 'airlift rescue',
  '074': 'defend guard protect safeguard shield tend ward',
  '075': 'shelter',
  '080':
    'abandon abide absolve abstain accede acquiesce allow approve arbitrate authorise authorize bide bow capitulate cede clear compromise concede concession conciliate consent countenance detach disconnect disengage disentangle emancipate empower enable fill forswear free intercede intermediate legislate liberate loosen mediate negotiate obey pardon pass permit ratify recede relax relinquish resettle resolve retire retract retreat satify settle submit succumb surrender tease tolerate unblock undo unloose untie verify waive withdraw yield',
  '081':
    'acquit declassify decriminalise decriminalize exculpate exonerate legalise legalize vindicate',
  '083': 'resign',
  '084': 'release',
  '090':
    'analyse ascertain audit check comb dig examine explore inspect interrogate investigate mine monitor probe rake re-examine reexamine research scan scrutinize search skim spy study sweep unearth',
  '100':
    'adjure bid campaign clamor clamour crusade decree demand entreat exhort insist necessitate need order press push',
  '110':
    'allege argue aver avow bemoan blaspheme challenge claim compete contend contest contradict contrast contravene counter counterbalance cry curse debase decry defile degrade despair differ disagree disappoint disapprove discourage disgrace dishearten dismay dismiss dispute dissent distrust express grieve grill humble humiliate lament mourn oppose oppugn rebuff regret renounce sadden slight spurn suspect swear wail weep whine wrangle',
  '111':
    'abhor admonish belittle berate brand castigate censure chasten chastise chide condemn criticise criticize crucify denigrate denounce deplore deride disparage impugn jeer lambaste lecture malign mock pillory rebuke remonstrate reprimand reproach reprobate ridicule savage scoff scold scorn slander snub',
  '112': 'accuse blame charge fault implicate',
  '114': 'compensate complain',
  '120':
    'decline defect defer defy delay fail forestall hamper hinder impede inhibit object obstruct override overrule postpone prevent procrastinate remit retard shelve stall stymie table',
  '128': 'breach',
  '130': 'caution endanger risk threaten warn',
  '140':
    'agitate agonise agonize annoy arouse badger bother discomfit disconcert disquiet disturb enkindle harass harry hassle irk irritate march pester plague protest provoke rag torment upset vex',
  '141': 'demonstrate',
  '145': 'loot riot',
  '150': 'garner marshal mobilise mobilize muster overfly parade patrol rally',
  '160':
    'abort betray blacklist countermine disarray disassociate disband disorder disrupt rescind sabotage undermine',
  '161': 'secede',
  '163': 'boycott',
  '170':
    'bill blackmail block blockade cage compel constrain contain crackdown curb embargo enclose enforce exclude force impel impose incarcerate inflict levy moderate ostracise ostracize penalize pressure punish quell reimpose reinforce repress restrain restrict segregate shun subdue suppress withhold',
  '171':
    'annex appropriate capture catch commandeer extract grab hijack nab nationalise nationalize overturn pirate pluck pull revolutionise revolutionize seize snatch steal subvert take usurp wrest',
  '1711': 'confiscate',
  '1712': 'demolish vandalise vandalize',
  '172':
    'ban bar criminalise criminalize disallow fine forbid illegalise illegalize interdict outlaw prohibit proscribe sentence tax veto',
  '1721': 'censor',
  '173':
    'apprehend arrest confine convict detain imprison indict jail prosecute re-arrest rearrest sue',
  '174': 'banish deport evict exile expel oust remove',
  '180':
    'abuse bludgeon bruise cane contaminate corrupt crack damage flog harm hurt impair kick lash mar mistreat overthrow rampage rip scuffle slap spoil strangle tarnish tear terrorize vitiate whip wound wrestle',
  '181': 'abduct kidnap',
  '182': 'injure stab',
  '1821': 'dishonor dishonour rape',
  '1822': 'torture',
  '183': 'explode',
  '186': 'assassinate',
  '190':
    'altercate ambush annihilate assail assault attack battle beat behead best blast blitz blow bomb bombard break bust circle clash clobber combat conflict crush decapitate decimate defeat desolate despoil destroy detonate devastate die disarm dominate duel encircle engage eradicate fight fire flatten foray grapple hammer hang hit kill master match murder obliterate overcome overpower overshadow overtake overwhelm pelt pillage pit plunder pound pummel quarrel raid ram ransack ravage ravish raze reave repel repulse retaliate ring ruin shatter shell shoot siege skirmish slay smash snipe stone storm strike struggle subjugate surmount surround target thump torch',
  '191': 'besiege',
  '192': 'infest inhabit invade occupy overrun recapture reside',
  '193': 'dynamite',
  '202': 'butcher massacre slaughter',
};
