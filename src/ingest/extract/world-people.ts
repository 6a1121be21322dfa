// The people any news story of 2025 may name by surname alone: general knowledge, like the
// countries of world.ts and the bodies of world-bodies.ts, and drawn by office, not by story.
// Who is here: the heads of state and of government of the G20's members, of the UN Security
// Council's permanent members and of the other states with more than about 25 million people or
// at war in 2025, with their foreign, defence, finance and trade ministers where the news names
// them; the US cabinet and the envoys English-language news quotes in every story; the principal
// government spokespeople of the US, China, Russia and Japan; the European Commission; the
// Security Council's permanent members' ambassadors to the UN where certain; the heads of the
// international bodies in world-bodies.ts; and the leaders of the armed and political groups
// listed there. A person is here only when their name, their side and their post in 2025 are
// certain; a post that changed during the year is said with its months, and its title is left
// out where no one title held all year.
//
// One line each: `Full Name|short forms|side|title|description`.
// - short forms: the names articles use alone ("Trump", "Zelenskiy"), comma-separated. A surname
//   is listed only where news uses it alone for this person and it is no common word, given
//   name or other famous person's surname ("Wong", "Lee", "Kim", "Wang" are left out).
// - side: the label of the country (gazetteer.ts) or body (world-bodies.ts) the post is of.
// - title: the post, for the tie "is Foreign Minister of"; empty where it changed in 2025.

/** A person the news names, with the side their post is of. */
export type PersonEntry = {
  label: string;
  names: readonly string[];
  side: string;
  title: string;
  description: string;
};

const UNITED_STATES = `
Donald Trump|Trump,Donald J. Trump|United States|President|President of the United States
JD Vance|Vance,J.D. Vance,James David Vance|United States|Vice President|Vice President of the United States
Marco Rubio|Rubio|United States|Secretary of State|US Secretary of State
Scott Bessent|Bessent|United States|Treasury Secretary|US Treasury Secretary
Howard Lutnick|Lutnick|United States|Commerce Secretary|US Commerce Secretary
Jamieson Greer|Greer|United States|Trade Representative|US Trade Representative
Pete Hegseth|Hegseth|United States|Defense Secretary|US Secretary of Defense (of War from September 2025)
Pam Bondi||United States|Attorney General|US Attorney General
Kristi Noem|Noem|United States|Homeland Security Secretary|US Secretary of Homeland Security
Tulsi Gabbard|Gabbard|United States|Director of National Intelligence|US Director of National Intelligence
John Ratcliffe|Ratcliffe|United States|CIA Director|Director of the CIA
Kash Patel||United States|FBI Director|Director of the FBI
Susie Wiles||United States|White House Chief of Staff|White House Chief of Staff
Karoline Leavitt|Leavitt|United States|White House Press Secretary|White House Press Secretary
Steve Witkoff|Witkoff,Steven Witkoff|United States|Special Envoy|US Special Envoy to the Middle East
Keith Kellogg||United States|Special Envoy|US Special Envoy for Ukraine
Mike Waltz|Michael Waltz|United States||US National Security Adviser until May 2025, Ambassador to the United Nations from September 2025
Kevin Hassett|Hassett|United States|National Economic Council Director|Director of the US National Economic Council
Jerome Powell||United States|Federal Reserve Chair|Chair of the US Federal Reserve
Chris Wright||United States|Energy Secretary|US Secretary of Energy
Brooke Rollins||United States|Agriculture Secretary|US Secretary of Agriculture
Dan Caine||United States||Chairman of the US Joint Chiefs of Staff from April 2025
Christopher Landau|Landau|United States|Deputy Secretary of State|US Deputy Secretary of State
Tammy Bruce||United States|State Department spokesperson|Spokesperson of the US State Department
Richard Grenell|Grenell,Ric Grenell|United States|Special Envoy|US Special Presidential Envoy for Special Missions
Tom Barrack||United States|Ambassador to Turkey|US Ambassador to Turkey and Special Envoy for Syria
Stephen Miller||United States|Deputy Chief of Staff|White House Deputy Chief of Staff
Tom Homan|Homan|United States|border czar|White House border czar
Peter Navarro|Navarro|United States|Senior Counselor for Trade|White House Senior Counselor for Trade and Manufacturing
Russell Vought|Vought|United States|Budget Director|Director of the US Office of Management and Budget
Doug Burgum|Burgum|United States|Interior Secretary|US Secretary of the Interior
Robert F. Kennedy Jr.|RFK Jr.,Robert F. Kennedy Jr|United States|Health Secretary|US Secretary of Health and Human Services
Sean Duffy||United States|Transportation Secretary|US Secretary of Transportation
Lee Zeldin|Zeldin|United States|EPA Administrator|Administrator of the US Environmental Protection Agency
Linda McMahon|McMahon|United States|Education Secretary|US Secretary of Education
Doug Collins||United States|Veterans Affairs Secretary|US Secretary of Veterans Affairs
`;

const AMERICAS = `
Mark Carney|Carney|Canada||Prime Minister of Canada from March 2025
Justin Trudeau|Trudeau|Canada||Prime Minister of Canada until March 2025
Anita Anand||Canada||Foreign Minister of Canada from May 2025
Dominic LeBlanc||Canada||Canadian minister responsible for trade with the United States from March 2025
Claudia Sheinbaum|Sheinbaum,Claudia Sheinbaum Pardo|Mexico|President|President of Mexico
Marcelo Ebrard|Ebrard|Mexico|Economy Secretary|Mexico's Secretary of the Economy
Luiz Inácio Lula da Silva|Lula,Lula da Silva,Luiz Inacio Lula da Silva|Brazil|President|President of Brazil
Mauro Vieira||Brazil|Foreign Minister|Foreign Minister of Brazil
Fernando Haddad||Brazil|Finance Minister|Finance Minister of Brazil
Javier Milei|Milei|Argentina|President|President of Argentina
Gustavo Petro|Petro|Colombia|President|President of Colombia
Nicolás Maduro|Maduro,Nicolas Maduro|Venezuela|President|President of Venezuela
Gabriel Boric|Boric|Chile|President|President of Chile
Miguel Díaz-Canel|Díaz-Canel,Diaz-Canel,Miguel Diaz-Canel|Cuba|President|President of Cuba
Mélanie Joly|Joly,Melanie Joly|Canada||Foreign Minister of Canada until May 2025, then Industry Minister
Daniel Noboa|Noboa|Ecuador|President|President of Ecuador
Nayib Bukele|Bukele|El Salvador|President|President of El Salvador
Bernardo Arévalo|Arévalo,Bernardo Arevalo|Guatemala|President|President of Guatemala
Yamandú Orsi|Orsi,Yamandu Orsi|Uruguay||President of Uruguay from March 2025
Santiago Peña|Santiago Pena|Paraguay|President|President of Paraguay
Daniel Ortega||Nicaragua|President|President of Nicaragua
José Raúl Mulino|Mulino,Jose Raul Mulino|Panama|President|President of Panama
Luis Abinader|Abinader|Dominican Republic|President|President of the Dominican Republic
Irfaan Ali||Guyana|President|President of Guyana
Dina Boluarte|Boluarte|Peru||President of Peru until October 2025
`;

const EUROPE = `
Keir Starmer|Starmer|United Kingdom|Prime Minister|Prime Minister of the United Kingdom
David Lammy|Lammy|United Kingdom||UK Foreign Secretary until September 2025, then Deputy Prime Minister
Yvette Cooper||United Kingdom||UK Home Secretary until September 2025, then Foreign Secretary
Rachel Reeves||United Kingdom|Chancellor of the Exchequer|UK Chancellor of the Exchequer
John Healey||United Kingdom|Defence Secretary|UK Defence Secretary
Emmanuel Macron|Macron|France|President|President of France
Jean-Noël Barrot|Barrot,Jean-Noel Barrot|France|Foreign Minister|Foreign Minister of France
François Bayrou|Bayrou,Francois Bayrou|France||Prime Minister of France until September 2025
Sébastien Lecornu|Lecornu,Sebastien Lecornu|France||Defence Minister of France, then Prime Minister from September 2025
Friedrich Merz|Merz|Germany||Chancellor of Germany from May 2025
Olaf Scholz|Scholz|Germany||Chancellor of Germany until May 2025
Johann Wadephul|Wadephul|Germany||Foreign Minister of Germany from May 2025
Boris Pistorius||Germany|Defence Minister|Defence Minister of Germany
Frank-Walter Steinmeier|Steinmeier|Germany|President|President of Germany
Giorgia Meloni|Meloni|Italy|Prime Minister|Prime Minister of Italy
Antonio Tajani|Tajani|Italy|Foreign Minister|Foreign Minister of Italy
Sergio Mattarella|Mattarella|Italy|President|President of Italy
Pedro Sánchez|Pedro Sanchez|Spain|Prime Minister|Prime Minister of Spain
Donald Tusk|Tusk|Poland|Prime Minister|Prime Minister of Poland
Radosław Sikorski|Sikorski,Radoslaw Sikorski|Poland|Foreign Minister|Foreign Minister of Poland
Karol Nawrocki|Nawrocki|Poland||President of Poland from August 2025
Andrzej Duda|Duda|Poland||President of Poland until August 2025
Dick Schoof|Schoof|Netherlands|Prime Minister|Prime Minister of the Netherlands
Bart De Wever|De Wever|Belgium||Prime Minister of Belgium from February 2025
Viktor Orbán|Orbán,Orban,Viktor Orban|Hungary|Prime Minister|Prime Minister of Hungary
Alexander Stubb|Stubb|Finland|President|President of Finland
Ulf Kristersson|Kristersson|Sweden|Prime Minister|Prime Minister of Sweden
Jonas Gahr Støre|Støre,Jonas Gahr Store|Norway|Prime Minister|Prime Minister of Norway
Mette Frederiksen||Denmark|Prime Minister|Prime Minister of Denmark
Kyriakos Mitsotakis|Mitsotakis|Greece|Prime Minister|Prime Minister of Greece
Aleksandar Vučić|Vučić,Vucic,Aleksandar Vucic|Serbia|President|President of Serbia
Alexander Lukashenko|Lukashenko,Aleksandr Lukashenko|Belarus|President|President of Belarus
Recep Tayyip Erdoğan|Erdoğan,Erdogan,Recep Tayyip Erdogan|Turkey|President|President of Turkey
Hakan Fidan|Fidan|Turkey|Foreign Minister|Foreign Minister of Turkey
Annalena Baerbock|Baerbock|Germany||Foreign Minister of Germany until May 2025, then President of the UN General Assembly
Lars Løkke Rasmussen|Lars Lokke Rasmussen|Denmark|Foreign Minister|Foreign Minister of Denmark
Espen Barth Eide||Norway|Foreign Minister|Foreign Minister of Norway
Maria Malmer Stenergard||Sweden|Foreign Minister|Foreign Minister of Sweden
Elina Valtonen|Valtonen|Finland|Foreign Minister|Foreign Minister of Finland
José Manuel Albares|Albares,Jose Manuel Albares|Spain|Foreign Minister|Foreign Minister of Spain
Giorgos Gerapetritis|Gerapetritis|Greece|Foreign Minister|Foreign Minister of Greece
Péter Szijjártó|Szijjártó,Szijjarto,Peter Szijjarto|Hungary|Foreign Minister|Foreign Minister of Hungary
Robert Fico|Fico|Slovakia|Prime Minister|Prime Minister of Slovakia
Andrej Plenković|Plenković,Plenkovic,Andrej Plenkovic|Croatia|Prime Minister|Prime Minister of Croatia
Micheál Martin|Micheal Martin|Ireland|Taoiseach|Taoiseach of Ireland
Luís Montenegro|Luis Montenegro|Portugal|Prime Minister|Prime Minister of Portugal
Christian Stocker||Austria||Chancellor of Austria from March 2025
Kristen Michal||Estonia|Prime Minister|Prime Minister of Estonia
Evika Siliņa|Evika Silina|Latvia|Prime Minister|Prime Minister of Latvia
Gitanas Nausėda|Nausėda,Nauseda,Gitanas Nauseda|Lithuania|President|President of Lithuania
Maia Sandu|Sandu|Moldova|President|President of Moldova
Irakli Kobakhidze|Kobakhidze|Georgia|Prime Minister|Prime Minister of Georgia
Nikos Christodoulides|Christodoulides|Cyprus|President|President of Cyprus
Vjosa Osmani||Kosovo|President|President of Kosovo
Edi Rama||Albania|Prime Minister|Prime Minister of Albania
Ilham Aliyev|Aliyev|Azerbaijan|President|President of Azerbaijan
Jeyhun Bayramov|Bayramov|Azerbaijan|Foreign Minister|Foreign Minister of Azerbaijan
Nikol Pashinyan|Pashinyan|Armenia|Prime Minister|Prime Minister of Armenia
Ararat Mirzoyan|Mirzoyan|Armenia|Foreign Minister|Foreign Minister of Armenia
Yaşar Güler|Yasar Guler|Turkey|Defence Minister|Defence Minister of Turkey
`;

const RUSSIA_AND_UKRAINE = `
Vladimir Putin|Putin|Russia|President|President of Russia
Mikhail Mishustin|Mishustin|Russia|Prime Minister|Prime Minister of Russia
Sergei Lavrov|Lavrov,Sergey Lavrov|Russia|Foreign Minister|Foreign Minister of Russia
Andrei Belousov|Belousov,Andrey Belousov|Russia|Defence Minister|Defence Minister of Russia
Dmitry Peskov|Peskov,Dmitri Peskov|Russia|Kremlin spokesman|Spokesman of the Kremlin
Yuri Ushakov|Ushakov,Yury Ushakov|Russia|Kremlin aide|Foreign policy aide to the Russian president
Kirill Dmitriev|Dmitriev|Russia|envoy|Russian presidential envoy for investment and economic cooperation
Vladimir Medinsky|Medinsky|Russia|presidential aide|Aide to the Russian president; led Russia's delegation to the Istanbul talks
Maria Zakharova|Zakharova|Russia|Foreign Ministry spokeswoman|Spokeswoman of Russia's Foreign Ministry
Dmitry Medvedev|Medvedev,Dmitri Medvedev|Russia|Deputy Chairman of the Security Council|Deputy Chairman of Russia's Security Council
Valery Gerasimov|Gerasimov|Russia|Chief of the General Staff|Chief of the General Staff of Russia's armed forces
Volodymyr Zelensky|Zelensky,Zelenskyy,Zelenskiy,Volodymyr Zelenskyy,Volodymyr Zelenskiy|Ukraine|President|President of Ukraine
Andrii Sybiha|Sybiha,Andriy Sybiha|Ukraine|Foreign Minister|Foreign Minister of Ukraine
Rustem Umerov|Umerov|Ukraine||Defence Minister of Ukraine until July 2025, then Secretary of its National Security and Defence Council
Denys Shmyhal|Shmyhal|Ukraine||Prime Minister of Ukraine until July 2025, then Defence Minister
Yulia Svyrydenko|Svyrydenko|Ukraine||Prime Minister of Ukraine from July 2025
Andriy Yermak|Yermak,Andrii Yermak|Ukraine||Head of the Office of the President of Ukraine until November 2025
Oleksandr Syrskyi|Syrskyi|Ukraine|Commander-in-Chief|Commander-in-Chief of Ukraine's armed forces
`;

const ASIA_AND_PACIFIC = `
Xi Jinping|Xi|China|President|President of China
Li Qiang||China|Premier|Premier of China
Wang Yi||China|Foreign Minister|Foreign Minister of China
He Lifeng||China|Vice Premier|Vice Premier of China
Wang Wentao||China|Commerce Minister|Commerce Minister of China
Li Chenggang||China|International Trade Representative|China's international trade representative and vice commerce minister
Dong Jun||China|Defence Minister|Defence Minister of China
Han Zheng||China|Vice President|Vice President of China
Shigeru Ishiba|Ishiba|Japan||Prime Minister of Japan until October 2025
Sanae Takaichi|Takaichi|Japan||Prime Minister of Japan from October 2025
Takeshi Iwaya|Iwaya|Japan||Foreign Minister of Japan until October 2025
Toshimitsu Motegi|Motegi|Japan||Foreign Minister of Japan from October 2025
Ryosei Akazawa|Akazawa|Japan||Japanese minister, Japan's chief tariff negotiator with the United States
Lee Jae-myung||South Korea||President of South Korea from June 2025
Yoon Suk Yeol|Yoon Suk-yeol|South Korea||President of South Korea until his removal in April 2025
Kim Jong Un|Kim Jong-un|North Korea|Supreme Leader|Supreme Leader of North Korea
Lai Ching-te||Taiwan|President|President of Taiwan
Narendra Modi|Modi|India|Prime Minister|Prime Minister of India
Droupadi Murmu|Murmu|India|President|President of India
Subrahmanyam Jaishankar|Jaishankar,S. Jaishankar,S Jaishankar|India|External Affairs Minister|External Affairs Minister of India
Rajnath Singh||India|Defence Minister|Defence Minister of India
Piyush Goyal||India|Commerce Minister|Commerce and Industry Minister of India
Nirmala Sitharaman|Sitharaman|India|Finance Minister|Finance Minister of India
Ajit Doval|Doval|India|National Security Adviser|National Security Adviser of India
Shehbaz Sharif|Shehbaz,Shahbaz Sharif|Pakistan|Prime Minister|Prime Minister of Pakistan
Asif Ali Zardari|Zardari|Pakistan|President|President of Pakistan
Ishaq Dar||Pakistan|Deputy Prime Minister and Foreign Minister|Deputy Prime Minister and Foreign Minister of Pakistan
Khawaja Asif||Pakistan|Defence Minister|Defence Minister of Pakistan
Asim Munir||Pakistan|Chief of Army Staff|Chief of Army Staff of Pakistan (Field Marshal from May 2025)
Muhammad Yunus||Bangladesh|Chief Adviser|Chief Adviser of Bangladesh's interim government
Min Aung Hlaing||Myanmar|junta chief|Head of Myanmar's military government
Prabowo Subianto|Prabowo|Indonesia|President|President of Indonesia
Anwar Ibrahim|Anwar|Malaysia|Prime Minister|Prime Minister of Malaysia
Ferdinand Marcos Jr.|Ferdinand Marcos Jr,Bongbong Marcos|Philippines|President|President of the Philippines
To Lam||Vietnam|General Secretary|General Secretary of Vietnam's Communist Party
Paetongtarn Shinawatra|Paetongtarn|Thailand||Prime Minister of Thailand until August 2025
Anutin Charnvirakul|Anutin|Thailand||Prime Minister of Thailand from September 2025
Hun Manet||Cambodia|Prime Minister|Prime Minister of Cambodia
Lawrence Wong||Singapore|Prime Minister|Prime Minister of Singapore
Anthony Albanese|Albanese|Australia|Prime Minister|Prime Minister of Australia
Penny Wong||Australia|Foreign Minister|Foreign Minister of Australia
Christopher Luxon|Luxon|New Zealand|Prime Minister|Prime Minister of New Zealand
Lin Jian||China|Foreign Ministry spokesperson|Spokesperson of China's Foreign Ministry
Mao Ning||China|Foreign Ministry spokesperson|Spokesperson of China's Foreign Ministry
Guo Jiakun||China|Foreign Ministry spokesperson|Spokesperson of China's Foreign Ministry
Zhao Leji||China|Chairman of the National People's Congress|Chairman of China's National People's Congress Standing Committee
Wang Huning||China|Chairman of the CPPCC|Chairman of the Chinese People's Political Consultative Conference
Ding Xuexiang||China|Vice Premier|Vice Premier of China
Lan Fo'an||China|Finance Minister|Finance Minister of China
Pan Gongsheng||China|People's Bank of China Governor|Governor of the People's Bank of China
Gen Nakatani|Nakatani|Japan||Defence Minister of Japan until October 2025
Shinjiro Koizumi||Japan||Japanese minister; Defence Minister from October 2025
Cho Tae-yul||South Korea||Foreign Minister of South Korea until July 2025
Cho Hyun||South Korea||Foreign Minister of South Korea from July 2025
Sugiono||Indonesia|Foreign Minister|Foreign Minister of Indonesia
Richard Marles|Marles|Australia|Deputy Prime Minister and Defence Minister|Deputy Prime Minister and Defence Minister of Australia
Kassym-Jomart Tokayev|Tokayev|Kazakhstan|President|President of Kazakhstan
Shavkat Mirziyoyev|Mirziyoyev|Uzbekistan|President|President of Uzbekistan
Sadyr Japarov|Japarov|Kyrgyzstan|President|President of Kyrgyzstan
Emomali Rahmon|Rahmon|Tajikistan|President|President of Tajikistan
Mohamed Muizzu|Muizzu|Maldives|President|President of the Maldives
Anura Kumara Dissanayake||Sri Lanka|President|President of Sri Lanka
James Marape|Marape|Papua New Guinea|Prime Minister|Prime Minister of Papua New Guinea
Hibatullah Akhundzada|Akhundzada|Taliban|supreme leader|Supreme leader of the Taliban
Amir Khan Muttaqi|Muttaqi|Taliban|Foreign Minister|Foreign Minister of the Taliban government
Yoshimasa Hayashi||Japan||Japan's Chief Cabinet Secretary until October 2025
Minoru Kihara|Kihara|Japan||Japan's Chief Cabinet Secretary from October 2025
`;

const MIDDLE_EAST = `
Benjamin Netanyahu|Netanyahu|Israel|Prime Minister|Prime Minister of Israel
Isaac Herzog|Herzog|Israel|President|President of Israel
Gideon Saar|Gideon Sa'ar|Israel|Foreign Minister|Foreign Minister of Israel
Israel Katz||Israel|Defence Minister|Defence Minister of Israel
Bezalel Smotrich|Smotrich|Israel|Finance Minister|Finance Minister of Israel
Itamar Ben-Gvir|Ben-Gvir,Ben Gvir|Israel||National Security Minister of Israel (out of the government from January to March 2025)
Ron Dermer|Dermer|Israel||Israel's Minister of Strategic Affairs until November 2025
Eyal Zamir||Israel|Chief of Staff|Chief of the General Staff of the Israel Defense Forces
Mahmoud Abbas||Palestinian Authority|President|President of the Palestinian Authority
Mohammad Mustafa||Palestinian Authority|Prime Minister|Prime Minister of the Palestinian Authority
Khalil al-Hayya|Khalil Al-Hayya,al-Hayya|Hamas|leader|Senior Hamas leader and its chief negotiator
Naim Qassem|Naim Kassem|Hezbollah|Secretary-General|Secretary-General of Hezbollah
Abdul-Malik al-Houthi|Abdul Malik al-Houthi|Houthis|leader|Leader of the Houthi movement
Tamim bin Hamad Al Thani|Sheikh Tamim,Tamim bin Hamad al-Thani|Qatar|Emir|Emir of Qatar
Mohammed bin Abdulrahman Al Thani|Sheikh Mohammed bin Abdulrahman Al Thani,Mohammed bin Abdulrahman al-Thani,Mohammed bin Abdulrahman bin Jassim Al Thani,Mohammed Al Thani|Qatar|Prime Minister and Foreign Minister|Prime Minister and Foreign Minister of Qatar
Abdel Fattah el-Sisi|el-Sisi,al-Sisi,Sisi,Abdel Fattah al-Sisi|Egypt|President|President of Egypt
Badr Abdelatty|Abdelatty,Badr Abdel Aty|Egypt|Foreign Minister|Foreign Minister of Egypt
Mostafa Madbouly|Madbouly|Egypt|Prime Minister|Prime Minister of Egypt
Mohammed bin Salman|MBS,Mohammed bin Salman Al Saud|Saudi Arabia|Crown Prince and Prime Minister|Crown Prince and Prime Minister of Saudi Arabia
Faisal bin Farhan|Prince Faisal bin Farhan,Faisal bin Farhan Al Saud|Saudi Arabia|Foreign Minister|Foreign Minister of Saudi Arabia
Mohamed bin Zayed Al Nahyan|Mohamed bin Zayed,MBZ|United Arab Emirates|President|President of the United Arab Emirates
Abdullah bin Zayed Al Nahyan|Abdullah bin Zayed|United Arab Emirates|Foreign Minister|Foreign Minister of the United Arab Emirates
Ali Khamenei|Khamenei,Ayatollah Ali Khamenei|Iran|Supreme Leader|Supreme Leader of Iran
Masoud Pezeshkian|Pezeshkian|Iran|President|President of Iran
Abbas Araghchi|Araghchi|Iran|Foreign Minister|Foreign Minister of Iran
Badr Albusaidi|Albusaidi,Badr al-Busaidi,Sayyid Badr Albusaidi|Oman|Foreign Minister|Foreign Minister of Oman
Ayman Safadi||Jordan|Foreign Minister|Foreign Minister of Jordan
Ahmed al-Sharaa|al-Sharaa,Sharaa|Syria||President of Syria's transitional government from January 2025
Asaad al-Shaibani|al-Shaibani,Shaibani|Syria|Foreign Minister|Foreign Minister of Syria
Joseph Aoun||Lebanon||President of Lebanon from January 2025
Nawaf Salam||Lebanon||Prime Minister of Lebanon from February 2025
Mohammed Shia al-Sudani|al-Sudani|Iraq|Prime Minister|Prime Minister of Iraq
Aziz Nasirzadeh|Nasirzadeh|Iran|Defence Minister|Defence Minister of Iran
Abdullah II of Jordan|King Abdullah II,King Abdullah|Jordan|King|King of Jordan
Rashad al-Alimi|al-Alimi|Yemen|head of the Presidential Leadership Council|Head of Yemen's Presidential Leadership Council
`;

const AFRICA = `
Cyril Ramaphosa|Ramaphosa|South Africa|President|President of South Africa
Bola Tinubu|Tinubu,Bola Ahmed Tinubu|Nigeria|President|President of Nigeria
William Ruto|Ruto|Kenya|President|President of Kenya
Abiy Ahmed||Ethiopia|Prime Minister|Prime Minister of Ethiopia
Félix Tshisekedi|Tshisekedi,Felix Tshisekedi|Democratic Republic of the Congo|President|President of the Democratic Republic of the Congo
Paul Kagame|Kagame|Rwanda|President|President of Rwanda
Yoweri Museveni|Museveni|Uganda|President|President of Uganda
Samia Suluhu Hassan||Tanzania|President|President of Tanzania
Abdelmadjid Tebboune|Tebboune|Algeria|President|President of Algeria
John Mahama|Mahama,John Dramani Mahama|Ghana||President of Ghana from January 2025
Abdel Fattah al-Burhan|al-Burhan,Abdel Fattah Burhan|Sudan|army chief|Sudan's army chief and head of its Sovereignty Council
Mohamed Hamdan Dagalo|Dagalo,Hemedti|Rapid Support Forces|commander|Commander of Sudan's Rapid Support Forces
Mohammed VI of Morocco|King Mohammed VI|Morocco|King|King of Morocco
João Lourenço|Lourenço,Joao Lourenco|Angola|President|President of Angola
Paul Biya|Biya|Cameroon|President|President of Cameroon
Alassane Ouattara|Ouattara|Ivory Coast|President|President of Ivory Coast
Ibrahim Traoré|Ibrahim Traore|Burkina Faso|junta leader|Head of Burkina Faso's military government
Assimi Goïta|Goïta,Goita,Assimi Goita|Mali|junta leader|Head of Mali's military government
Abdourahamane Tiani|Tiani|Niger|junta leader|Head of Niger's military government
Salva Kiir|Kiir,Salva Kiir Mayardit|South Sudan|President|President of South Sudan
Hassan Sheikh Mohamud||Somalia|President|President of Somalia
Isaias Afwerki|Afwerki|Eritrea|President|President of Eritrea
Emmerson Mnangagwa|Mnangagwa|Zimbabwe|President|President of Zimbabwe
Hakainde Hichilema|Hichilema|Zambia|President|President of Zambia
Kais Saied|Saied,Kais Saïed|Tunisia|President|President of Tunisia
Abdul Hamid Dbeibah|Dbeibah,Abdulhamid Dbeibah|Libya|Prime Minister|Prime Minister of Libya's Government of National Unity
Khalifa Haftar|Haftar|Libya|commander|Commander of the Libyan National Army in eastern Libya
Ronald Lamola|Lamola|South Africa|Foreign Minister|South Africa's Minister of International Relations and Cooperation
Daniel Chapo||Mozambique||President of Mozambique from January 2025
`;

const WORLD_BODIES = `
António Guterres|Guterres,Antonio Guterres|United Nations|Secretary-General|Secretary-General of the United Nations
Mark Rutte|Rutte|NATO|Secretary General|Secretary General of NATO
Ursula von der Leyen|von der Leyen|European Commission|President|President of the European Commission
António Costa|Antonio Costa|European Council|President|President of the European Council
Kaja Kallas|Kallas|European Union|High Representative for Foreign Affairs|EU High Representative for Foreign Affairs and Security Policy
Maroš Šefčovič|Šefčovič,Sefcovic,Maros Sefcovic|European Commission|Trade Commissioner|European Commissioner for Trade
Roberta Metsola|Metsola|European Parliament|President|President of the European Parliament
Christine Lagarde|Lagarde|European Central Bank|President|President of the European Central Bank
Kristalina Georgieva|Georgieva|International Monetary Fund|Managing Director|Managing Director of the International Monetary Fund
Ajay Banga||World Bank|President|President of the World Bank
Ngozi Okonjo-Iweala|Okonjo-Iweala|World Trade Organization|Director-General|Director-General of the World Trade Organization
Tedros Adhanom Ghebreyesus|Tedros|World Health Organization|Director-General|Director-General of the World Health Organization
Rafael Grossi|Grossi,Rafael Mariano Grossi|International Atomic Energy Agency|Director General|Director General of the International Atomic Energy Agency
Mahmoud Ali Youssouf|Mahmoud Youssouf|African Union||Chairperson of the African Union Commission from February 2025
Philippe Lazzarini|Lazzarini|UNRWA|Commissioner-General|Commissioner-General of UNRWA
Tom Fletcher||UN Office for the Coordination of Humanitarian Affairs|Emergency Relief Coordinator|UN humanitarian chief
Ahmed Aboul Gheit|Aboul Gheit|Arab League|Secretary-General|Secretary-General of the Arab League
Kao Kim Hourn||Association of Southeast Asian Nations|Secretary-General|Secretary-General of ASEAN
Filippo Grandi|Grandi|UN Refugee Agency|High Commissioner|UN High Commissioner for Refugees
Catherine Russell||UNICEF|Executive Director|Executive Director of UNICEF
Cindy McCain||World Food Programme|Executive Director|Executive Director of the World Food Programme
Volker Türk|Türk,Volker Turk|UN Human Rights Office|High Commissioner|UN High Commissioner for Human Rights
Mirjana Spoljaric|Spoljaric,Mirjana Spoljaric Egger|International Committee of the Red Cross|President|President of the International Committee of the Red Cross
Haitham al-Ghais|al-Ghais|OPEC|Secretary-General|Secretary-General of OPEC
Fatih Birol|Birol|International Energy Agency|Executive Director|Executive Director of the International Energy Agency
Valdis Dombrovskis|Dombrovskis|European Commission|Economy Commissioner|European Commissioner for Economy
Andrius Kubilius|Kubilius|European Commission|Defence Commissioner|European Commissioner for Defence and Space
Teresa Ribera|Ribera|European Commission|Executive Vice-President|Executive Vice-President of the European Commission for a Clean, Just and Competitive Transition
Henna Virkkunen|Virkkunen|European Commission|Executive Vice-President|Executive Vice-President of the European Commission for Tech Sovereignty
Stéphane Séjourné|Séjourné,Stephane Sejourne,Sejourne|European Commission|Executive Vice-President|Executive Vice-President of the European Commission for Prosperity and Industrial Strategy
Raffaele Fitto|Fitto|European Commission|Executive Vice-President|Executive Vice-President of the European Commission for Cohesion and Reforms
Roxana Mînzatu|Mînzatu,Roxana Minzatu,Minzatu|European Commission|Executive Vice-President|Executive Vice-President of the European Commission for People, Skills and Preparedness
Marta Kos||European Commission|Enlargement Commissioner|European Commissioner for Enlargement
Dubravka Šuica|Šuica,Dubravka Suica,Suica|European Commission|Commissioner for the Mediterranean|European Commissioner for the Mediterranean
Olivér Várhelyi|Várhelyi,Oliver Varhelyi,Varhelyi|European Commission|Health Commissioner|European Commissioner for Health and Animal Welfare
Wopke Hoekstra|Hoekstra|European Commission|Climate Commissioner|European Commissioner for Climate, Net Zero and Clean Growth
Jozef Síkela|Síkela,Jozef Sikela,Sikela|European Commission|International Partnerships Commissioner|European Commissioner for International Partnerships
Magnus Brunner||European Commission|Migration Commissioner|European Commissioner for Internal Affairs and Migration
Maria Luís Albuquerque|Maria Luis Albuquerque|European Commission|Financial Services Commissioner|European Commissioner for Financial Services
Michael McGrath||European Commission|Justice Commissioner|European Commissioner for Democracy, Justice and the Rule of Law
Dan Jørgensen|Dan Jorgensen|European Commission|Energy Commissioner|European Commissioner for Energy and Housing
Jessika Roswall|Roswall|European Commission|Environment Commissioner|European Commissioner for Environment
Piotr Serafin||European Commission|Budget Commissioner|European Commissioner for Budget
Ekaterina Zaharieva|Zaharieva|European Commission|Research Commissioner|European Commissioner for Startups, Research and Innovation
Costas Kadis||European Commission|Fisheries Commissioner|European Commissioner for Fisheries and Oceans
Apostolos Tzitzikostas|Tzitzikostas|European Commission|Transport Commissioner|European Commissioner for Sustainable Transport and Tourism
Christophe Hansen||European Commission|Agriculture Commissioner|European Commissioner for Agriculture and Food
Glenn Micallef||European Commission|Commissioner for Youth, Culture and Sport|European Commissioner for Intergenerational Fairness, Youth, Culture and Sport
Hadja Lahbib|Lahbib|European Commission|Crisis Management Commissioner|European Commissioner for Preparedness and Crisis Management
Vasily Nebenzya|Nebenzya,Vassily Nebenzia,Nebenzia|Russia|Ambassador to the United Nations|Russia's Ambassador to the United Nations
Fu Cong||China|Ambassador to the United Nations|China's Ambassador to the United Nations
`;

/** "Lee Jae-myung" is also written "Lee Jae Myung": a given name of two syllables joined by a
 * hyphen, as Korean names are romanised, may be written as two words. */
function unhyphened(name: string): string[] {
  if (!/\p{Lu}\p{Ll}+-\p{Ll}/u.test(name)) return [];
  return [
    name.replace(
      /(\p{Lu}\p{Ll}+)-(\p{Ll})/gu,
      (_, a: string, b: string) => `${a} ${b.toUpperCase()}`,
    ),
  ];
}

function parse(lines: string): PersonEntry[] {
  return lines
    .trim()
    .split('\n')
    .map((line) => {
      const [label = '', names = '', side = '', title = '', description = ''] = line.split('|');
      const written = [label, ...names.split(',')].filter((n) => n.length > 0);
      return {
        label,
        names: [...new Set([...written.slice(1), ...written.flatMap(unhyphened)])].filter(
          (n) => n !== label,
        ),
        side,
        title,
        description,
      };
    });
}

/** Well-known office holders of 2025, by region. */
export const WORLD_PEOPLE: readonly PersonEntry[] = [
  ...parse(UNITED_STATES),
  ...parse(AMERICAS),
  ...parse(EUROPE),
  ...parse(RUSSIA_AND_UKRAINE),
  ...parse(ASIA_AND_PACIFIC),
  ...parse(MIDDLE_EAST),
  ...parse(AFRICA),
  ...parse(WORLD_BODIES),
];
