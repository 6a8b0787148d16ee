// Generic gazetteer of countries: canonical name, aliases, demonyms and capital (used as a
// metonym for the government, "Seoul said ..."). Knowledge about the world, not about articles.

export interface Country {
  name: string;
  aliases: readonly string[];
  demonyms: readonly string[];
  capital: string | null;
}

// name | aliases (;) | demonyms (;) | capital
const TABLE = `
United States|US;U.S.;USA;U.S.A.;United States of America;America|American;US;U.S.|Washington
South Korea|Korea;Republic of Korea;ROK;S. Korea|South Korean;Korean|Seoul
North Korea|DPRK;Democratic People's Republic of Korea;N. Korea|North Korean|Pyongyang
China|People's Republic of China;PRC;Mainland China|Chinese|Beijing
Japan||Japanese|Tokyo
Taiwan|Republic of China|Taiwanese|Taipei
Russia|Russian Federation|Russian|Moscow
United Kingdom|UK;U.K.;Britain;Great Britain|British;UK|London
England|||
Scotland|||
Wales|||
Northern Ireland|||
Hong Kong|||
France|French Republic|French|Paris
Germany|Federal Republic of Germany|German|Berlin
Italy||Italian|Rome
Spain||Spanish|Madrid
Portugal||Portuguese|Lisbon
Netherlands|Holland|Dutch|Amsterdam
Belgium||Belgian|Brussels
Switzerland||Swiss|Bern
Austria||Austrian|Vienna
Sweden||Swedish|Stockholm
Norway||Norwegian|Oslo
Denmark||Danish|Copenhagen
Finland||Finnish|Helsinki
Ireland||Irish|Dublin
Poland||Polish|Warsaw
Ukraine||Ukrainian|Kyiv
Belarus||Belarusian|Minsk
Greece||Greek|Athens
Turkey|Turkiye;Türkiye|Turkish|Ankara
Hungary||Hungarian|Budapest
Czech Republic|Czechia|Czech|Prague
Romania||Romanian|Bucharest
Serbia||Serbian|Belgrade
Canada||Canadian|Ottawa
Mexico||Mexican|Mexico City
Brazil||Brazilian|Brasilia
Argentina||Argentine;Argentinian|Buenos Aires
Chile||Chilean|Santiago
Colombia||Colombian|Bogota
Peru||Peruvian|Lima
Venezuela||Venezuelan|Caracas
Cuba||Cuban|Havana
India||Indian|New Delhi
Pakistan||Pakistani|Islamabad
Bangladesh||Bangladeshi|Dhaka
Afghanistan||Afghan|Kabul
Iran|Islamic Republic of Iran|Iranian|Tehran
Iraq||Iraqi|Baghdad
Syria||Syrian|Damascus
Israel||Israeli|Jerusalem
Palestine|Palestinian Territories|Palestinian|Ramallah
Lebanon||Lebanese|Beirut
Jordan||Jordanian|Amman
Saudi Arabia|Kingdom of Saudi Arabia|Saudi;Saudi Arabian|Riyadh
United Arab Emirates|UAE|Emirati|Abu Dhabi
Qatar||Qatari|Doha
Kuwait||Kuwaiti|Kuwait City
Yemen||Yemeni|Sanaa
Oman||Omani|Muscat
Egypt||Egyptian|Cairo
Libya||Libyan|Tripoli
Tunisia||Tunisian|Tunis
Algeria||Algerian|Algiers
Morocco||Moroccan|Rabat
Nigeria||Nigerian|Abuja
Ethiopia||Ethiopian|Addis Ababa
Kenya||Kenyan|Nairobi
South Africa||South African|Pretoria
Sudan||Sudanese|Khartoum
Indonesia||Indonesian|Jakarta
Malaysia||Malaysian|Kuala Lumpur
Singapore||Singaporean|
Thailand||Thai|Bangkok
Vietnam|Viet Nam|Vietnamese|Hanoi
Philippines|the Philippines|Filipino;Philippine|Manila
Myanmar|Burma|Myanmar;Burmese|Naypyidaw
Cambodia||Cambodian|Phnom Penh
Laos||Lao;Laotian|Vientiane
Mongolia||Mongolian|Ulaanbaatar
Kazakhstan||Kazakh|Astana
Australia||Australian|Canberra
New Zealand||New Zealand|Wellington
Bolivia||Bolivian|La Paz
Ecuador||Ecuadorian|Quito
Paraguay||Paraguayan|Asuncion
Uruguay||Uruguayan|Montevideo
Guatemala||Guatemalan|Guatemala City
Honduras||Honduran|Tegucigalpa
El Salvador||Salvadoran|San Salvador
Nicaragua||Nicaraguan|Managua
Costa Rica||Costa Rican|San Jose
Panama||Panamanian|Panama City
Dominican Republic||Dominican|Santo Domingo
Haiti||Haitian|Port-au-Prince
Jamaica||Jamaican|Kingston
Iceland||Icelandic|Reykjavik
Luxembourg||Luxembourgish|
Slovakia||Slovak|Bratislava
Slovenia||Slovenian|Ljubljana
Croatia||Croatian|Zagreb
Bosnia and Herzegovina|Bosnia|Bosnian|Sarajevo
Montenegro||Montenegrin|Podgorica
North Macedonia|Macedonia|Macedonian|Skopje
Albania||Albanian|Tirana
Kosovo||Kosovar|Pristina
Bulgaria||Bulgarian|Sofia
Moldova||Moldovan|Chisinau
Estonia||Estonian|Tallinn
Latvia||Latvian|Riga
Lithuania||Lithuanian|Vilnius
Cyprus||Cypriot|Nicosia
Malta||Maltese|Valletta
Georgia||Georgian|Tbilisi
Armenia||Armenian|Yerevan
Azerbaijan||Azerbaijani|Baku
Uzbekistan||Uzbek|Tashkent
Turkmenistan||Turkmen|Ashgabat
Kyrgyzstan||Kyrgyz|Bishkek
Tajikistan||Tajik|Dushanbe
Nepal||Nepali;Nepalese|Kathmandu
Sri Lanka||Sri Lankan|Colombo
Bhutan||Bhutanese|Thimphu
Maldives||Maldivian|Male
Brunei||Bruneian|
Timor-Leste|East Timor|Timorese|Dili
Papua New Guinea||Papua New Guinean|Port Moresby
Fiji||Fijian|Suva
Solomon Islands||Solomon Islander|Honiara
Vanuatu||Vanuatuan;Ni-Vanuatu|Port Vila
Samoa||Samoan|Apia
Tonga||Tongan|Nuku'alofa
Tuvalu||Tuvaluan|Funafuti
Kiribati||I-Kiribati|Tarawa
Nauru||Nauruan|
Palau||Palauan|Ngerulmud
Marshall Islands||Marshallese|Majuro
Micronesia|Federated States of Micronesia|Micronesian|Palikir
Cook Islands||Cook Islander|Avarua
Bahrain||Bahraini|Manama
Ghana||Ghanaian|Accra
Senegal||Senegalese|Dakar
Ivory Coast|Cote d'Ivoire|Ivorian|Yamoussoukro
Cameroon||Cameroonian|Yaounde
Angola||Angolan|Luanda
Mozambique||Mozambican|Maputo
Zimbabwe||Zimbabwean|Harare
Zambia||Zambian|Lusaka
Tanzania||Tanzanian|Dodoma
Uganda||Ugandan|Kampala
Rwanda||Rwandan|Kigali
Somalia||Somali|Mogadishu
South Sudan||South Sudanese|Juba
Democratic Republic of the Congo|DR Congo;DRC|Congolese|Kinshasa
Mali||Malian|Bamako
Niger||Nigerien|Niamey
Chad||Chadian|N'Djamena
Madagascar||Malagasy|Antananarivo
Namibia||Namibian|Windhoek
Botswana||Botswanan|Gaborone
Malawi||Malawian|Lilongwe
Burundi||Burundian|Gitega
Eritrea||Eritrean|Asmara
Djibouti||Djiboutian|Djibouti
Burkina Faso||Burkinabe|Ouagadougou
Guinea||Guinean|Conakry
Sierra Leone||Sierra Leonean|Freetown
Liberia||Liberian|Monrovia
Togo||Togolese|Lome
Benin||Beninese|Porto-Novo
Gabon||Gabonese|Libreville
Republic of the Congo|Congo-Brazzaville|Congolese|Brazzaville
Central African Republic||Central African|Bangui
Mauritania||Mauritanian|Nouakchott
Gambia|The Gambia|Gambian|Banjul
Equatorial Guinea||Equatoguinean|Malabo
Lesotho||Basotho|Maseru
Eswatini|Swaziland|Swazi|Mbabane
Mauritius||Mauritian|Port Louis
Cape Verde|Cabo Verde|Cape Verdean|Praia
Trinidad and Tobago||Trinidadian|Port of Spain
Guyana||Guyanese|Georgetown
Suriname||Surinamese|Paramaribo
Bahamas|The Bahamas|Bahamian|Nassau
Barbados||Barbadian|Bridgetown
Belize||Belizean|Belmopan
Vatican|Holy See|Vatican|
`;

function parse(table: string): Country[] {
  return table
    .trim()
    .split("\n")
    .map((line) => {
      const [name = "", aliases = "", demonyms = "", capital = ""] = line.split("|");
      const list = (s: string) => s.split(";").filter((x) => x.length > 0);
      return { name, aliases: list(aliases), demonyms: list(demonyms), capital: capital || null };
    });
}

export const COUNTRIES: readonly Country[] = parse(TABLE);

/** Country by any of its names (canonical, alias), exact spelling. */
export const COUNTRY_BY_NAME: ReadonlyMap<string, Country> = new Map(
  COUNTRIES.flatMap((c) => [c.name, ...c.aliases].map((n) => [n, c] as const)),
);

/** Country by demonym ("Japanese" -> Japan). Ambiguous demonyms keep the first country listed. */
export const COUNTRY_BY_DEMONYM: ReadonlyMap<string, Country> = new Map(
  [...COUNTRIES].reverse().flatMap((c) => c.demonyms.map((d) => [d, c] as const)),
);

/** Country by capital, for metonymy ("Seoul said"). */
export const COUNTRY_BY_CAPITAL: ReadonlyMap<string, Country> = new Map(
  COUNTRIES.filter((c) => c.capital !== null).map((c) => [c.capital ?? "", c] as const),
);

/** Words that name a state without naming which ("the President of the Republic"). */
export const STATE_NOUNS: ReadonlySet<string> = new Set(
  "Republic Kingdom Sultanate Emirate Principality Commonwealth State Nation Country".split(" "),
);

/** Names of continents and regions that would otherwise be read as a country ("Latin America"). */
export const REGIONS: readonly string[] = [
  "Latin America",
  "South America",
  "North America",
  "Central America",
  "East Asia",
  "Southeast Asia",
  "South Asia",
  "Central Asia",
  "Middle East",
  "Asia",
  "Europe",
  "Africa",
  "Korean Peninsula",
  "Asia-Pacific",
  "Indo-Pacific",
];
