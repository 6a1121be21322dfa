// First-level divisions (states, provinces, regions) of the world's most populous countries and
// the largest cities that are not capitals, as places: general knowledge, one name a line (other
// spellings after commas). Left out: names that are also a country, a capital already known, a
// common word, a first name or a surname (Georgia, Washington, Virginia, Montana, Indiana,
// Alberta, Bali, Victoria, Hidalgo, Guerrero, Delta, Plateau, Rivers, Acre, Somali), and
// divisions named after their main city, which news names as the city.

const REGION_LINES = `
Andhra Pradesh
Arunachal Pradesh
Assam
Bihar
Chhattisgarh
Goa
Gujarat
Haryana
Himachal Pradesh
Jharkhand
Karnataka
Kerala
Madhya Pradesh
Maharashtra
Manipur
Meghalaya
Mizoram
Nagaland
Odisha,Orissa
Punjab
Rajasthan
Sikkim
Tamil Nadu
Telangana
Tripura
Uttar Pradesh
Uttarakhand
West Bengal
Jammu and Kashmir
Ladakh
Sindh
Balochistan,Baluchistan
Khyber Pakhtunkhwa
Gilgit-Baltistan
Azad Kashmir
Anhui
Fujian
Gansu
Guangdong
Guangxi
Guizhou
Hainan
Hebei
Heilongjiang
Henan
Hubei
Hunan
Jiangsu
Jiangxi
Jilin
Liaoning
Inner Mongolia
Ningxia
Qinghai
Shaanxi
Shandong
Shanxi
Sichuan
Tibet
Xinjiang
Yunnan
Zhejiang
Alabama
Alaska
Arizona
Arkansas
California
Colorado
Connecticut
Delaware
Florida
Hawaii
Idaho
Illinois
Iowa
Kansas
Kentucky
Louisiana
Maine
Maryland
Massachusetts
Michigan
Minnesota
Mississippi
Missouri
Nebraska
Nevada
New Hampshire
New Jersey
New Mexico
North Carolina
North Dakota
Ohio
Oklahoma
Oregon
Pennsylvania
Rhode Island
South Carolina
South Dakota
Tennessee
Texas
Utah
Vermont
West Virginia
Wisconsin
Wyoming
Aceh
North Sumatra
West Java
Central Java
East Java
Papua
Sulawesi
Kalimantan
Lagos State
Kaduna
Borno
Zamfara
Katsina
Minas Gerais
Bahia
Pernambuco
Amazonas
Rio Grande do Sul
Santa Catarina
Mato Grosso
Chechnya
Dagestan
Tatarstan
Bashkortostan
Kursk
Belgorod
Tigray
Amhara
Oromia
Chiapas
Sonora
Sinaloa
Chihuahua
Jalisco
Michoacán,Michoacan
Tamaulipas
Oaxaca
Baja California
Okinawa
Hokkaido
Fukushima
Mindanao
Khuzestan
Sistan and Baluchestan
Bavaria
Saxony
Ontario
Quebec
British Columbia
Manitoba
Saskatchewan
Nova Scotia
New South Wales
Queensland
Tasmania
`;

/** The largest cities that are not their country's capital (a capital stands for its
 * government, world.ts), as places; the same names are left out as above (no Jackson,
 * Washington or Victoria). */
const CITY_LINES = `
Mumbai,Bombay
Kolkata,Calcutta
Chennai,Madras
Bengaluru,Bangalore
Hyderabad
Ahmedabad
Pune
Surat
Jaipur
Lucknow
Karachi
Lahore
Faisalabad
Rawalpindi
Peshawar
Quetta
Guangzhou
Shenzhen
Chongqing
Tianjin
Chengdu
Wuhan
Nanjing
Istanbul
Los Angeles
Chicago
Houston
San Francisco
Miami
São Paulo,Sao Paulo
Rio de Janeiro
Lagos
Kano
Osaka
Yokohama
Surabaya
Alexandria
Jeddah
Dubai
Tel Aviv
Sydney
Melbourne
Toronto
Montreal
Vancouver
Saint Petersburg,St Petersburg,St. Petersburg
Johannesburg
Cape Town
Ho Chi Minh City
Guadalajara
Monterrey
Milan
Munich
Frankfurt
Barcelona
`;

/** The divisions and cities as places, each with its spellings. */
export const REGIONS: readonly { label: string; kind: 'place'; names: readonly string[] }[] =
  `${REGION_LINES}${CITY_LINES}`
    .trim()
    .split('\n')
    .map((line) => {
      const names = line.split(',');
      return { label: names[0] as string, kind: 'place', names };
    });
