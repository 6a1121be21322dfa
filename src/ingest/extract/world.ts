// The world's countries for the gazetteer, each with its adjective(s) and its capital (a capital
// stands for its government: "Islamabad said"), plus a few territories read as places. General
// knowledge, one line each as `label|adjectives|capitals` (commas between several). Capitals that
// are also common words or first names (Male, Victoria, Kingston…) are left out, and so are names
// shared by two countries or by a US state. A label after "~" is shared so
// ("Georgia"): the country is known by its adjective and its capital only, and takes the label.
// "Congo" and "Congolese" alone are the Democratic Republic of the Congo, as the wires write them
// (AP and Reuters style: "Congo", and "Republic of Congo" for its neighbour, which is named so).

/** A country or place with the names and adjectives that refer to it. */
export type CountryEntry = {
  label: string;
  kind: 'country' | 'place';
  names: readonly string[];
  /** Its adjectives, the usual one first ("Malagasy", "Kyrgyz"); each is one of its names too,
   * except an adjective another entry is known by ("British" is the United Kingdom's). */
  adjectives?: readonly string[];
  /** The label names something else too (a US state): the country is found by its names only. */
  sharedLabel?: true;
  /** Its other names as a country, neither adjective nor capital ("Türkiye", "Burma"): the
   * entity it becomes keeps them, so a search or a gold list under either name finds it. */
  aliases?: readonly string[];
};

const COUNTRY_LINES = `
Afghanistan,Islamic Emirate of Afghanistan|Afghan|Kabul
Albania|Albanian|Tirana
Algeria|Algerian|Algiers
Andorra|Andorran|Andorra la Vella
Angola|Angolan|Luanda
Argentina|Argentine,Argentinian|Buenos Aires
Armenia|Armenian|Yerevan
Austria|Austrian|Vienna
Azerbaijan|Azerbaijani|Baku
Bahamas,The Bahamas|Bahamian|Nassau
Bahrain|Bahraini|Manama
Bangladesh|Bangladeshi|Dhaka
Barbados|Barbadian|Bridgetown
Belarus|Belarusian|Minsk
Belgium|Belgian|
Belize|Belizean|Belmopan
Benin|Beninese|Porto-Novo
Bhutan|Bhutanese|Thimphu
Bolivia|Bolivian|La Paz
Bosnia and Herzegovina,Bosnia|Bosnian|Sarajevo
Botswana|Botswanan|Gaborone
Brunei|Bruneian|
Bulgaria|Bulgarian|Sofia
Burkina Faso|Burkinabe|Ouagadougou
Burundi|Burundian|Gitega,Bujumbura
Cambodia|Cambodian|Phnom Penh
Cameroon|Cameroonian|Yaounde
Cape Verde,Cabo Verde|Cape Verdean,Cabo Verdean|Praia
Central African Republic|Central African|Bangui
Chad|Chadian|N'Djamena,NDjamena
Chile|Chilean|Santiago
Colombia|Colombian|Bogota
Comoros|Comorian|Moroni
Costa Rica|Costa Rican|
Croatia|Croatian|Zagreb
Cuba|Cuban|Havana
Cyprus|Cypriot|Nicosia
Czech Republic,Czechia|Czech|Prague
Denmark|Danish|Copenhagen
Djibouti|Djiboutian|
Dominican Republic|Dominican|Santo Domingo
Ecuador|Ecuadorian|Quito
Egypt|Egyptian|Cairo
El Salvador|Salvadoran|San Salvador
Equatorial Guinea|Equatoguinean|Malabo
Eritrea|Eritrean|Asmara
Estonia|Estonian|Tallinn
Eswatini,Swaziland|Swazi|Mbabane
East Timor,Timor-Leste|Timorese|Dili
Ethiopia|Ethiopian|Addis Ababa
Fiji|Fijian|Suva
Finland|Finnish|Helsinki
Gabon|Gabonese|Libreville
Gambia,The Gambia|Gambian|Banjul
Ghana|Ghanaian|Accra
Greece|Greek|Athens
Guatemala|Guatemalan|Guatemala City
Guinea|Guinean|Conakry
Guinea-Bissau|Bissau-Guinean|Bissau
Guyana|Guyanese|
Haiti|Haitian|Port-au-Prince
Honduras|Honduran|Tegucigalpa
Hungary|Hungarian|Budapest
Iceland|Icelandic|Reykjavik
Iraq|Iraqi|Baghdad
Ireland|Irish|Dublin
Ivory Coast,Cote d'Ivoire|Ivorian|Abidjan
Jamaica|Jamaican|
Jordan|Jordanian|Amman
Kazakhstan|Kazakh|Astana
Kenya|Kenyan|Nairobi
Kosovo|Kosovar|Pristina
Kuwait|Kuwaiti|Kuwait City
Kyrgyzstan|Kyrgyz|Bishkek
Laos|Lao,Laotian|Vientiane
Latvia|Latvian|Riga
Lebanon|Lebanese|Beirut
Lesotho|Basotho|Maseru
Liberia|Liberian|Monrovia
Libya|Libyan|Tripoli
Liechtenstein|Liechtensteiner|Vaduz
Lithuania|Lithuanian|Vilnius
Luxembourg|Luxembourgish|
Madagascar|Malagasy|Antananarivo
Malawi|Malawian|Lilongwe
Maldives|Maldivian|
Mali|Malian|Bamako
Malta|Maltese|Valletta
Mauritania|Mauritanian|Nouakchott
Mauritius|Mauritian|Port Louis
Moldova|Moldovan|Chisinau
Monaco|Monegasque|
Mongolia|Mongolian|Ulaanbaatar
Montenegro|Montenegrin|Podgorica
Morocco|Moroccan|Rabat
Mozambique|Mozambican|Maputo
Myanmar,Burma|Myanmar,Burmese|Naypyidaw
Namibia|Namibian|Windhoek
Nepal|Nepali,Nepalese|Kathmandu
New Zealand|New Zealander|Wellington
Nicaragua|Nicaraguan|Managua
Niger|Nigerien|Niamey
Nigeria|Nigerian|Abuja
North Macedonia|Macedonian|Skopje
Norway|Norwegian|Oslo
Oman|Omani|Muscat
Pakistan|Pakistani|Islamabad
Panama|Panamanian|Panama City
Papua New Guinea|Papua New Guinean|Port Moresby
Paraguay|Paraguayan|Asuncion
Peru|Peruvian|Lima
Philippines|Philippine,Filipino|Manila
Poland|Polish|Warsaw
Portugal|Portuguese|Lisbon
Qatar|Qatari|Doha
Romania|Romanian|Bucharest
Rwanda|Rwandan|Kigali
Samoa|Samoan|Apia
San Marino|Sammarinese|
Sao Tome and Principe|Santomean|
Senegal|Senegalese|Dakar
Serbia|Serbian|Belgrade
Seychelles|Seychellois|
Sierra Leone|Sierra Leonean|Freetown
Slovakia|Slovak|Bratislava
Slovenia|Slovenian|Ljubljana
Solomon Islands|Solomon Islander|Honiara
Somalia|Somali|Mogadishu
South Africa|South African|Pretoria
South Sudan|South Sudanese|Juba
Sri Lanka|Sri Lankan|Colombo
Sudan|Sudanese|Khartoum
Suriname|Surinamese|Paramaribo
Syria|Syrian|Damascus
Tajikistan|Tajik|Dushanbe
Tanzania|Tanzanian|Dodoma
Thailand|Thai|Bangkok
Togo|Togolese|Lome
Tonga|Tongan|Nuku'alofa
Trinidad and Tobago,Trinidad|Trinidadian|Port of Spain
Tunisia|Tunisian|Tunis
Turkmenistan|Turkmen|Ashgabat
Uganda|Ugandan|Kampala
United Arab Emirates,UAE|Emirati|Abu Dhabi
Uruguay|Uruguayan|Montevideo
Uzbekistan|Uzbek|Tashkent
Vatican City,Vatican,Holy See|Vatican|
Vanuatu|Vanuatuan|Port Vila
Venezuela|Venezuelan|Caracas
Yemen|Yemeni|Sanaa
Zambia|Zambian|Lusaka
Zimbabwe|Zimbabwean|Harare
Palestine|Palestinian|
~Georgia|Georgian|Tbilisi
Democratic Republic of the Congo,Democratic Republic of Congo,DR Congo,DRC,Congo|Congolese|Kinshasa
Republic of the Congo,Republic of Congo,Congo-Brazzaville||Brazzaville
`;

/** The countries of a kingdom that are no sovereign states but have governments of their own
 * and act as countries in the news ("Greenland's prime minister", "the Faroese government"). */
const CONSTITUENT_LINES = `
Greenland|Greenlandic|Nuuk
Faroe Islands,Faroes|Faroese|Torshavn,Tórshavn
`;

/** Territories with a government of their own within or beside a state, named as places. */
const TERRITORY_LINES = `
Puerto Rico|Puerto Rican|
Macau,Macao|Macanese|
Gibraltar|Gibraltarian|
Bermuda|Bermudian|
New Caledonia||Noumea,Nouméa
French Polynesia||Papeete
Guam||
Kurdistan Region,Iraqi Kurdistan,Kurdistan Region of Iraq||Erbil
Somaliland||Hargeisa
Western Sahara|Sahrawi|
Nagorno-Karabakh,Karabakh||Stepanakert
Abkhazia|Abkhaz|Sukhumi
South Ossetia|South Ossetian|Tskhinvali
Transnistria||Tiraspol
Northern Cyprus||
`;

/** Territories and regions that news names as places, never as a government. */
const PLACE_LINES = `
Gaza,Gaza Strip||
West Bank||
Kashmir|Kashmiri|
Jerusalem||
Crimea||
Donbas||
`;

/** Each line "labels|adjectives|capitals" of `text`, split into its three lists. */
function fields(text: string) {
  const list = (part: string) => part.split(',').filter((n) => n.length > 0);
  return text
    .trim()
    .split('\n')
    .map((line) => {
      const [labels = '', adjectives = '', capitals = ''] = line.split('|');
      const shared = labels.startsWith('~');
      return {
        label: shared ? labels.slice(1) : (list(labels)[0] ?? ''),
        labels: shared ? [] : list(labels),
        adjectives: list(adjectives),
        capitals: list(capitals),
      };
    });
}

function parse(text: string, kind: CountryEntry['kind']): CountryEntry[] {
  return fields(text).map(({ label, labels, adjectives, capitals }) => ({
    label,
    kind,
    names: [...new Set([...labels, ...adjectives, ...capitals])],
    ...(adjectives.length > 0 ? { adjectives } : {}),
    ...(labels.length === 0 ? { sharedLabel: true as const } : {}),
    ...(labels.length > 1 ? { aliases: labels.slice(1) } : {}),
  }));
}

/** The names of the countries and places above that are no adjective: their labels and capitals
 * ("Pakistan", "Sudan", "Yerevan" end like an adjective but are names). */
function properNames(text: string): string[] {
  return fields(text).flatMap(({ labels, capitals }) => [...labels, ...capitals]);
}

export const WORLD_PROPER_NAMES: readonly string[] = [
  ...properNames(COUNTRY_LINES),
  ...properNames(CONSTITUENT_LINES),
  ...properNames(TERRITORY_LINES),
  ...properNames(PLACE_LINES),
];

export const WORLD: readonly CountryEntry[] = [
  ...parse(COUNTRY_LINES, 'country'),
  ...parse(CONSTITUENT_LINES, 'country'),
  ...parse(TERRITORY_LINES, 'place'),
  ...parse(PLACE_LINES, 'place'),
];
