// The organisations any news story may name, beyond the core lists of gazetteer.ts: the UN's
// organs, programmes and specialised agencies, the EU's institutions, regional and financial
// bodies, humanitarian and rights groups, the armed and political groups governments list as
// such (the US State Department's list of foreign terrorist organisations, and the movements
// and authorities news names beside them), and news outlets, each marked when it is state media.
// General knowledge, one line each as `label|short names|description` (commas between several).
// Names that are common words once "the" is dropped (The Times, The Hill) are left out too.
// Short forms that are common words or name two things (IS, PA, RSF, EPA, AIR) are left out.

/** An organisation under its full name, with the short forms and acronyms articles use for it. */
export type BodyEntry = {
  label: string;
  names: readonly string[];
  description: string;
  /** A state's own outlet (news agency, broadcaster, party paper), which speaks for its state, or
   * a body of its government or armed forces; its description opens with the state's adjective
   * ("Chinese state news agency", "US foreign ministry"). */
  state?: boolean;
};

const UN_AND_REGIONAL_LINES = `
UN Human Rights Council|UNHRC,Human Rights Council|organ of the United Nations
UN Human Rights Office|OHCHR,Office of the High Commissioner for Human Rights|UN agency
UN Development Programme|UNDP,United Nations Development Programme|UN agency
UNESCO|United Nations Educational Scientific and Cultural Organization,Unesco|UN agency
Food and Agriculture Organization|FAO|UN agency
International Labour Organization|ILO,International Labor Organization|UN agency
International Organization for Migration|IOM|UN agency
UN Office for the Coordination of Humanitarian Affairs|OCHA|UN agency
UN Population Fund|UNFPA|UN agency
UN Conference on Trade and Development|UNCTAD|UN agency
UN Environment Programme|UNEP|UN agency
International Telecommunication Union|ITU|UN agency
World Intellectual Property Organization|WIPO|UN agency
International Civil Aviation Organization|ICAO|UN agency
International Maritime Organization|IMO|UN agency
World Meteorological Organization|WMO|UN agency
UN Interim Force in Lebanon|UNIFIL|UN peacekeeping mission
Organisation for the Prohibition of Chemical Weapons|OPCW|international organization
European Central Bank|ECB|central bank of the euro area
Council of the European Union|Council of the EU|institution of the European Union
European External Action Service|EEAS|diplomatic service of the European Union
European Investment Bank|EIB|bank of the European Union
Court of Justice of the European Union|European Court of Justice,CJEU|court of the European Union
Council of Europe||international organization
European Court of Human Rights|ECHR|international court
Organization for Security and Co-operation in Europe|OSCE,Organization for Security and Cooperation in Europe|regional organization
Economic Community of West African States|ECOWAS|regional organization
Southern African Development Community|SADC|regional organization
East African Community|EAC|regional organization
Intergovernmental Authority on Development|IGAD|regional organization
South Asian Association for Regional Cooperation|SAARC|regional organization
Asia-Pacific Economic Cooperation|APEC|regional forum
Organization of American States|OAS|regional organization
Mercosur|Mercosul|South American trade bloc
Caribbean Community|CARICOM|regional organization
Community of Latin American and Caribbean States|CELAC|regional organization
Pacific Islands Forum||regional organization
Collective Security Treaty Organization|CSTO|military alliance
Eurasian Economic Union|EAEU|economic union
Asian Development Bank|ADB|international lender
Asian Infrastructure Investment Bank|AIIB|international lender
African Development Bank|AfDB|international lender
New Development Bank||international lender
Bank for International Settlements|BIS|international bank of central banks
Financial Action Task Force|FATF|international watchdog
International Energy Agency|IEA|international organization
Interpol|International Criminal Police Organization|international police organization
World Economic Forum|WEF|international forum
International Federation of Red Cross and Red Crescent Societies|IFRC|humanitarian organization
Amnesty International||human rights organization
Human Rights Watch|HRW|human rights organization
Doctors Without Borders|Médecins Sans Frontières,Medecins Sans Frontieres,MSF|humanitarian organization
International Rescue Committee|IRC|humanitarian organization
Oxfam||humanitarian organization
Save the Children||humanitarian organization
International Olympic Committee|IOC|sports body
`;

/** Bodies of the US government that news of any story names, under the labels the title
 * reader gives them (gazetteer.ts, POST_INSTITUTIONS) and the names articles use. */
const US_GOVERNMENT_LINES = `
US State Department|US Department of State,United States Department of State,U.S. State Department,State Department,Department of State|US foreign ministry|state
US Treasury|US Department of the Treasury,United States Department of the Treasury,U.S. Treasury,Treasury Department,Department of the Treasury|US finance ministry|state
US Commerce Department|US Department of Commerce,United States Department of Commerce,U.S. Commerce Department,Commerce Department,Department of Commerce|US trade ministry|state
US Defense Department|US Department of Defense,United States Department of Defense,Pentagon,Defense Department,Department of Defense,US Department of War,Department of War,War Department|US defence ministry|state
US Department of Homeland Security|Department of Homeland Security,DHS|US interior security ministry|state
US Justice Department|US Department of Justice,United States Department of Justice,Justice Department,Department of Justice,DOJ|US justice ministry|state
Office of the US Trade Representative|Office of the United States Trade Representative,USTR|US trade negotiators|state
Central Intelligence Agency|CIA|US intelligence agency|state
Federal Bureau of Investigation|FBI|US federal police|state
White House||US president's office|state
US National Security Council|National Security Council|US president's security council|state
Office of Foreign Assets Control|OFAC|US Treasury's sanctions office|state
US Central Command|CENTCOM,Central Command|US military command|state
US Southern Command|SOUTHCOM,Southern Command,United States Southern Command|US military command|state
US Coast Guard|United States Coast Guard|US coast guard|state
Federal Reserve|US Federal Reserve,Fed|US central bank|state
US Customs and Border Protection|Customs and Border Protection,CBP|US border agency|state
US Immigration and Customs Enforcement|Immigration and Customs Enforcement,ICE|US immigration police|state
Drug Enforcement Administration|DEA,US Drug Enforcement Administration|US drug police|state
US Africa Command|AFRICOM,Africa Command,United States Africa Command,U.S. Africa Command|US military command|state
US European Command|EUCOM,European Command,United States European Command,U.S. European Command|US military command|state
US Indo-Pacific Command|INDOPACOM,Indo-Pacific Command,United States Indo-Pacific Command,U.S. Indo-Pacific Command|US military command|state
`;

/** Legislatures news names by a name of their own, not by a cue word ("Parliament",
 * "Assembly", "Senate" are read as bodies already); common words (Diet, Majlis) left out. */
const LEGISLATURE_LINES = `
Knesset|Israeli Knesset|Israeli parliament|state
Bundestag|German Bundestag|German parliament|state
State Duma|Duma,Russian State Duma|Russian parliament's lower house|state
Verkhovna Rada|Rada,Ukrainian Rada|Ukrainian parliament|state
National People's Congress|NPC|Chinese legislature|state
Lok Sabha||Indian parliament's lower house|state
Rajya Sabha||Indian parliament's upper house|state
Sejm|Polish Sejm|Polish parliament's lower house|state
Storting|Norwegian Storting|Norwegian parliament|state
Riksdag|Swedish Riksdag|Swedish parliament|state
Folketing|Danish Folketing|Danish parliament|state
National Diet|Japanese Diet|Japanese parliament|state
Grand National Assembly of Turkey|Turkish Grand National Assembly|Turkish parliament|state
US Congress|U.S. Congress,United States Congress|US legislature|state
US House of Representatives|U.S. House of Representatives,United States House of Representatives|US legislature's lower house|state
US Senate|U.S. Senate,United States Senate|US legislature's upper house|state
`;

/** Companies news names as parties to a story (sanctioned, bought, banned, struck): the largest
 * energy, technology, defence, shipping and mining firms, under their own names; names that are
 * common words (Apple, Shell, Meta, Amazon) are left out. */
const COMPANY_LINES = `
Rosneft||Russian state oil company
Lukoil||Russian oil company
Gazprom||Russian state gas company
Gazprom Neft||Russian oil company
Novatek||Russian gas company
Rosatom||Russian state nuclear corporation
Rostec||Russian state defence corporation
Sberbank||Russian state bank
VTB Bank|VTB|Russian state bank
Sinopec|China Petroleum and Chemical Corporation|Chinese state oil company
PetroChina||Chinese state oil company
China National Petroleum Corporation|CNPC|Chinese state oil company
China National Offshore Oil Corporation|CNOOC|Chinese state oil company
Saudi Aramco|Aramco|Saudi state oil company
Abu Dhabi National Oil Company|ADNOC|Emirati state oil company
QatarEnergy|Qatar Petroleum|Qatari state energy company
National Iranian Oil Company|NIOC|Iranian state oil company
Petróleos de Venezuela|PDVSA|Venezuelan state oil company
Petróleos Mexicanos|Pemex|Mexican state oil company
Petrobras||Brazilian state oil company
Indian Oil Corporation|IOC,IndianOil|Indian state oil company
Reliance Industries|Reliance|Indian conglomerate
Nayara Energy||Indian oil refiner
ExxonMobil|Exxon Mobil,Exxon|US oil company
Chevron||US oil company
TotalEnergies||French energy company
BP|British Petroleum|British oil company
Eni||Italian energy company
Equinor||Norwegian state energy company
Glencore||commodity trader and miner
Gunvor||commodity trader
Vitol||commodity trader
Trafigura||commodity trader
Huawei|Huawei Technologies|Chinese technology company
ZTE||Chinese telecommunications company
ByteDance||Chinese technology company
TikTok||video platform
Nvidia||US chipmaker
Intel||US chipmaker
Advanced Micro Devices|AMD|US chipmaker
Qualcomm||US chipmaker
Taiwan Semiconductor Manufacturing Company|TSMC|Taiwanese chipmaker
Samsung Electronics|Samsung|South Korean electronics company
SK Hynix||South Korean chipmaker
ASML||Dutch chip equipment maker
Semiconductor Manufacturing International Corporation|SMIC|Chinese chipmaker
Microsoft||US technology company
Google||US technology company
OpenAI||US artificial intelligence company
SpaceX||US space company
Starlink||satellite internet service
Tesla||US carmaker
BYD||Chinese carmaker
Boeing||US aircraft maker
Airbus||European aircraft maker
Lockheed Martin||US defence company
Raytheon|RTX|US defence company
Northrop Grumman||US defence company
General Dynamics||US defence company
BAE Systems||British defence company
Rheinmetall||German defence company
Dassault Aviation||French aircraft maker
Baykar||Turkish drone maker
Elbit Systems||Israeli defence company
CK Hutchison|CK Hutchison Holdings|Hong Kong conglomerate
COSCO|China COSCO Shipping|Chinese state shipping company
Mediterranean Shipping Company|MSC|Swiss shipping company
Maersk|A.P. Moller-Maersk|Danish shipping company
BlackRock||US investment firm
Nord Stream||Baltic gas pipeline company
`;

const GROUP_LINES = `
Hamas|Islamic Resistance Movement|Palestinian Islamist movement
Hezbollah|Hizbollah,Hizballah|Lebanese armed movement
Palestinian Islamic Jihad|Islamic Jihad|Palestinian armed group
Houthis|Houthi,Ansar Allah,Ansarallah,Houthi movement|Yemeni armed movement
Taliban||Afghan ruling movement|state
Islamic State|ISIS,ISIL,Daesh,Islamic State group|armed group
Al-Qaeda|al-Qaeda,al-Qaida,Al Qaeda,al Qaeda|armed group
Al-Shabaab|al-Shabaab,al-Shabab,Al Shabaab|armed group
Boko Haram||armed group
Lashkar-e-Taiba|Lashkar-e-Tayyiba,LeT|armed group
Jaish-e-Mohammed|Jaish-e-Muhammad,JeM|armed group
Hizbul Mujahideen|Hizb-ul-Mujahideen|armed group
The Resistance Front|TRF|armed group
Tehrik-i-Taliban Pakistan|Tehreek-e-Taliban Pakistan,TTP,Pakistani Taliban|armed group
Balochistan Liberation Army|Baloch Liberation Army|armed group
Kurdistan Workers' Party|PKK|armed group
Popular Front for the Liberation of Palestine|PFLP|armed group
Al-Aqsa Martyrs' Brigades|Al-Aqsa Martyrs Brigades|armed group
Hayat Tahrir al-Sham|HTS|armed group
Kataib Hezbollah|Kata'ib Hizballah|armed group
Israel Defense Forces|IDF,Israeli Defense Forces|Israeli armed forces|state
People's Liberation Army|PLA|Chinese armed forces|state
Japan Self-Defense Forces|JSDF|Japanese armed forces|state
Bundeswehr||German armed forces|state
Islamic Revolutionary Guard Corps|IRGC,Revolutionary Guards,Revolutionary Guard Corps|Iranian armed force|state
Wagner Group||private military company
Rapid Support Forces||Sudanese paramilitary force
M23|March 23 Movement|armed group
FARC|Revolutionary Armed Forces of Colombia|armed group
National Liberation Army|ELN|Colombian armed group
Tren de Aragua||criminal organization
Cartel de los Soles|Cartel of the Suns|Venezuelan criminal organization
Sinaloa Cartel||criminal organization
Jalisco New Generation Cartel|CJNG|criminal organization
MS-13|Mara Salvatrucha|criminal organization
Fatah||Palestinian political party
Palestine Liberation Organization|PLO|Palestinian umbrella organization
Palestinian Authority|Palestinian National Authority|Palestinian government
`;

/** Outlets, the ones a state runs marked `state` ("…|state"). */
const OUTLET_LINES = `
United Press International|UPI|US news agency
The Canadian Press|Canadian Press|Canadian news agency
Australian Associated Press||Australian news agency
ANSA||Italian news agency
Belga||Belgian news agency
TT News Agency||Swedish news agency
Ritzau||Danish news agency
Lusa||Portuguese news agency
Polish Press Agency||Polish news agency
Interfax||Russian news agency
RIA Novosti|RIA|Russian state news agency|state
RT|Russia Today|Russian state broadcaster|state
Sputnik||Russian state news outlet|state
Ukrinform||Ukrainian state news agency|state
Islamic Republic News Agency|IRNA|Iranian state news agency|state
Press TV||Iranian state broadcaster|state
Tasnim News Agency|Tasnim|Iranian news agency
Saudi Press Agency||Saudi state news agency|state
Emirates News Agency|WAM|Emirati state news agency|state
Qatar News Agency|QNA|Qatari state news agency|state
WAFA|Palestinian News and Info Agency|Palestinian state news agency|state
Associated Press of Pakistan||Pakistani state news agency|state
Radio Pakistan||Pakistani state broadcaster|state
Pakistan Television|PTV|Pakistani state broadcaster|state
Doordarshan||Indian state broadcaster|state
All India Radio||Indian state broadcaster|state
Vietnam News Agency|VNA|Vietnamese state news agency|state
Bernama||Malaysian state news agency|state
Antara||Indonesian state news agency|state
Philippine News Agency||Philippine state news agency|state
Korean Central Television||North Korean state broadcaster|state
Indo-Asian News Service|IANS|Indian news agency
United News of India|UNI|Indian news agency
Times of India|The Times of India|Indian newspaper
Hindustan Times||Indian newspaper
Indian Express|The Indian Express|Indian newspaper
NDTV||Indian broadcaster
India Today||Indian news outlet
Geo News||Pakistani broadcaster
The Express Tribune|Express Tribune|Pakistani newspaper
The News International||Pakistani newspaper
Times of Israel|The Times of Israel|Israeli news outlet
Haaretz||Israeli newspaper
Jerusalem Post|The Jerusalem Post|Israeli newspaper
Ynet|Ynetnews|Israeli news outlet
Yedioth Ahronoth||Israeli newspaper
Channel 12||Israeli broadcaster
Al Arabiya||Saudi-owned broadcaster
Asharq Al-Awsat||Saudi-owned newspaper
Al-Ahram|Al Ahram|Egyptian state-owned newspaper|state
Middle East Eye||news outlet
Sky News||British broadcaster
ABC News||US broadcaster
CBS News|CBS|US broadcaster
NBC News|NBC|US broadcaster
MSNBC||US broadcaster
Newsweek||US news magazine
USA Today||US newspaper
Los Angeles Times||US newspaper
Daily Telegraph||British newspaper
Daily Mail||British newspaper
Euronews||European broadcaster
France 24||French broadcaster
Deutsche Welle|DW|German broadcaster
Radio France Internationale|RFI|French broadcaster
Voice of America|VOA|US government-funded broadcaster
Radio Free Europe/Radio Liberty|RFE/RL,Radio Free Europe|US government-funded broadcaster
Le Monde||French newspaper
Der Spiegel|Spiegel|German news magazine
Korea Herald|The Korea Herald|South Korean newspaper
Korea JoongAng Daily|JoongAng Daily|South Korean newspaper
The Japan Times|Japan Times|Japanese newspaper
Asahi Shimbun|Asahi|Japanese newspaper
Yomiuri Shimbun|Yomiuri|Japanese newspaper
The Straits Times|Straits Times|Singaporean newspaper
Bangkok Post||Thai newspaper
Caixin||Chinese business news outlet
Taipei Times||Taiwanese newspaper
CBC News|CBC|Canadian public broadcaster
The Globe and Mail|Globe and Mail|Canadian newspaper
Toronto Star||Canadian newspaper
Sydney Morning Herald||Australian newspaper
Getty Images|Getty|photo agency
European Pressphoto Agency||photo agency
Shutterstock||photo agency
Islamic Republic of Iran Broadcasting|IRIB|Iranian state broadcaster|state
Fars News Agency||Iranian news agency
Mehr News Agency|Mehr|Iranian news agency
Iranian Students' News Agency|ISNA|Iranian news agency
Nour News||Iranian news outlet
Syrian Arab News Agency|SANA|Syrian state news agency|state
Al-Ikhbariya|Al Ikhbariya|Syrian state broadcaster|state
Kuwait News Agency|KUNA|Kuwaiti state news agency|state
Bahrain News Agency|BNA|Bahraini state news agency|state
Oman News Agency|ONA|Omani state news agency|state
Jordan News Agency||Jordanian state news agency|state
Middle East News Agency||Egyptian state news agency|state
National News Agency|NNA|Lebanese state news agency|state
Kazinform|Kazinform News Agency|Kazakh state news agency|state
TRT World|TRT|Turkish state broadcaster|state
China Daily||Chinese state-run newspaper|state
Prensa Latina||Cuban state news agency|state
Granma||Cuban Communist Party newspaper|state
teleSUR|TeleSUR|Venezuelan state-funded broadcaster|state
Al-Manar|Al Manar|Hezbollah's television channel
Al Mayadeen|Al-Mayadeen|Lebanese broadcaster
Kan News|Kan|Israeli public broadcaster
i24NEWS|i24 News|Israeli broadcaster
Channel 13||Israeli broadcaster
Rudaw||Kurdish broadcaster
Kurdistan24||Kurdish broadcaster
Shafaq News||Iraqi news outlet
Arab News||Saudi newspaper
Gulf News||Emirati newspaper
Khaleej Times||Emirati newspaper
Sermitsiaq|Sermitiaq|Greenlandic newspaper
KNR||Greenlandic public broadcaster
TV2|TV 2|Danish broadcaster
NRK||Norwegian public broadcaster
SVT||Swedish public broadcaster
Yle||Finnish public broadcaster
ORF||Austrian public broadcaster
ZDF||German public broadcaster
ARD||German public broadcaster
RAI||Italian public broadcaster
Le Figaro||French newspaper
Frankfurter Allgemeine Zeitung|FAZ|German newspaper
Süddeutsche Zeitung|Suddeutsche Zeitung|German newspaper
Bild||German newspaper
Corriere della Sera||Italian newspaper
La Repubblica||Italian newspaper
El País|El Pais|Spanish newspaper
Europa Press||Spanish news agency
Kommersant||Russian newspaper
Izvestia||Russian newspaper
Vedomosti||Russian newspaper
Meduza||Russian-language news outlet
Novaya Gazeta||Russian newspaper
Kyiv Independent|The Kyiv Independent|Ukrainian news outlet
Kyiv Post||Ukrainian newspaper
Ukrainska Pravda||Ukrainian news outlet
Interfax-Ukraine||Ukrainian news agency
Folha de S.Paulo|Folha|Brazilian newspaper
O Globo||Brazilian newspaper
Clarín|Clarin|Argentine newspaper
Infobae||Argentine news outlet
El Universal||Mexican newspaper
El Tiempo||Colombian newspaper
Jakarta Post|The Jakarta Post|Indonesian newspaper
Kompas||Indonesian newspaper
Philippine Daily Inquirer|Inquirer|Philippine newspaper
Rappler||Philippine news outlet
New Straits Times||Malaysian newspaper
Malay Mail||Malaysian news outlet
VnExpress||Vietnamese news outlet
Khmer Times||Cambodian newspaper
Dhaka Tribune||Bangladeshi newspaper
Kathmandu Post|The Kathmandu Post|Nepali newspaper
The Hindu||Indian newspaper
Economic Times|The Economic Times|Indian newspaper
ARY News|ARY|Pakistani broadcaster
Samaa TV|Samaa|Pakistani broadcaster
Premium Times||Nigerian news outlet
Daily Nation||Kenyan newspaper
News24||South African news outlet
Mail & Guardian||South African newspaper
The Economist|Economist|British weekly
ITV News|ITV|British broadcaster
Channel 4 News||British broadcaster
GB News||British broadcaster
Forbes||US business magazine
Business Insider||US news outlet
New York Post||US newspaper
Fox Business|Fox Business Network|US broadcaster
Semafor||US news outlet
ProPublica||US news outlet
`;

function parse(lines: string): BodyEntry[] {
  return lines
    .trim()
    .split('\n')
    .map((line) => {
      const [label = '', names = '', description = '', state = ''] = line.split('|');
      return {
        label,
        names: names.split(',').filter((n) => n.length > 0),
        description,
        ...(state === 'state' ? { state: true } : {}),
      };
    });
}

/** International, regional, financial and humanitarian bodies, the US government's, and
 * legislatures known by their own names. */
export const MORE_BODIES: readonly BodyEntry[] = [
  ...parse(UN_AND_REGIONAL_LINES),
  ...parse(US_GOVERNMENT_LINES),
  ...parse(LEGISLATURE_LINES),
  ...parse(COMPANY_LINES),
];
/** Armed and political groups, and authorities that are not states. */
export const GROUPS: readonly BodyEntry[] = parse(GROUP_LINES);
/** News outlets and photo agencies beyond the core list. */
export const MORE_OUTLETS: readonly BodyEntry[] = parse(OUTLET_LINES);

/** The armed forces of countries whose forces go by a name of their own, by country label. */
export const NAMED_FORCES: ReadonlyMap<string, string> = new Map([
  ['Israel', 'Israel Defense Forces'],
  ['China', "People's Liberation Army"],
  ['Japan', 'Japan Self-Defense Forces'],
  ['Germany', 'Bundeswehr'],
]);
