/**
 * Small hand-written gazetteers: the names and words that capitalisation alone cannot type. They favour news
 * coverage of politics, conflict and business; anything not listed is typed by cues (titles, suffixes, context).
 */

/** Canonical place name -> spellings and forms that mean the same place. */
export const PLACE_VARIANTS: Record<string, string[]> = {
  'United States': ['US', 'U.S.', 'USA', 'U.S.A.', 'America', 'United States of America'],
  'United Kingdom': ['UK', 'U.K.', 'Britain', 'Great Britain'],
  Kyiv: ['Kiev'],
  Kharkiv: ['Kharkov'],
  Odesa: ['Odessa'],
  Lviv: ['Lvov', "L'viv"],
  Dnipro: ['Dnipropetrovsk', 'Dnepr'],
  Mykolaiv: ['Nikolaev', 'Mykolayiv'],
  Zaporizhzhia: ['Zaporozhye', 'Zaporizhia'],
  Donetsk: [],
  Luhansk: ['Lugansk'],
  Crimea: [],
  Beijing: ['Peking'],
  Mumbai: ['Bombay'],
  Kolkata: ['Calcutta'],
  Chennai: ['Madras'],
  Myanmar: ['Burma'],
  Czechia: ['Czech Republic'],
  Türkiye: ['Turkey', 'Turkiye'],
  Gaza: ['Gaza Strip'],
  'West Bank': [],
  'European Union': ['EU', 'E.U.'],
  'United Arab Emirates': ['UAE', 'U.A.E.'],
};

/**
 * The Associated Press abbreviations of US states, as datelines and party labels write them ("Nashville, Tenn.",
 * "D-Calif."); "Miss." is left out (a courtesy title as often).
 */
export const STATE_ABBREVIATIONS: Record<string, string[]> = {
  Alabama: ['Ala.'], Arizona: ['Ariz.'], Arkansas: ['Ark.'], California: ['Calif.'], Colorado: ['Colo.'], Connecticut: ['Conn.'],
  Delaware: ['Del.'], Florida: ['Fla.'], Georgia: ['Ga.'], Illinois: ['Ill.'], Indiana: ['Ind.'], Kansas: ['Kan.', 'Kans.'],
  Kentucky: ['Ky.'], Louisiana: ['La.'], Maryland: ['Md.'], Massachusetts: ['Mass.'], Michigan: ['Mich.'], Minnesota: ['Minn.'],
  Missouri: ['Mo.'], Montana: ['Mont.'], Nebraska: ['Neb.', 'Nebr.'], Nevada: ['Nev.'], 'New Hampshire': ['N.H.'], 'New Jersey': ['N.J.'],
  'New Mexico': ['N.M.'], 'New York': ['N.Y.'], 'North Carolina': ['N.C.'], 'North Dakota': ['N.D.'], Oklahoma: ['Okla.'],
  Oregon: ['Ore.', 'Oreg.'], Pennsylvania: ['Pa.', 'Penn.'], 'Rhode Island': ['R.I.'], 'South Carolina': ['S.C.'], 'South Dakota': ['S.D.'],
  Tennessee: ['Tenn.'], Texas: ['Tex.'], Vermont: ['Vt.'], Virginia: ['Va.'], Washington: ['Wash.'], 'West Virginia': ['W.Va.', 'W. Va.'],
  Wisconsin: ['Wis.', 'Wisc.'], Wyoming: ['Wyo.'],
};

/** Countries, regions and cities often in the news (lower-cased lookups). */
const PLACES = `Afghanistan Albania Algeria Argentina Armenia Australia Austria Azerbaijan Bahrain Bangladesh Belarus Belgium Bolivia Bosnia
Brazil Bulgaria Cambodia Cameroon Canada Chile China Colombia Congo Croatia Cuba Cyprus Denmark Egypt
Estonia Ethiopia Finland France Georgia Germany Ghana Greece Haiti Hungary Iceland India Indonesia Iran
Iraq Ireland Israel Italy Japan Jordan Kazakhstan Kenya Kosovo Kuwait Latvia Lebanon Libya Lithuania
Malaysia Mali Mexico Moldova Mongolia Morocco Nepal Netherlands Nigeria Norway Oman Pakistan Palestine Panama
Peru Philippines Poland Portugal Qatar Romania Russia Rwanda Serbia Singapore Slovakia Slovenia Somalia Spain
Sudan Sweden Switzerland Syria Taiwan Tanzania Thailand Tunisia Uganda Ukraine Uruguay Uzbekistan Venezuela Vietnam
Yemen Zambia Zimbabwe Europe Asia Africa Antarctica Arctic Balkans Caucasus Sahel Scandinavia Alaska Anchorage
Miami Washington Moscow London Paris Berlin Rome Madrid Brussels Warsaw Budapest Vienna Geneva Istanbul
Ankara Tehran Baghdad Damascus Beirut Jerusalem Cairo Riyadh Doha Dubai Tokyo Seoul Pyongyang Delhi
Karachi Islamabad Kabul Minsk Tbilisi Vilnius Riga Tallinn Helsinki Stockholm Oslo Copenhagen Amsterdam Prague
Bucharest Sofia Belgrade Athens Lisbon Dublin Ottawa Toronto Montreal Vancouver Sydney Melbourne Canberra Johannesburg
Nairobi Lagos Khartoum Tripoli Tunis Algiers California Texas Florida Virginia Maryland Ohio Michigan Pennsylvania
Georgia Arizona Nevada Illinois Massachusetts Colorado Oregon Chicago Boston Seattle Houston Dallas Atlanta Philadelphia
Sochi Sevastopol Mariupol Bakhmut Avdiivka Kherson Pokrovsk Belgorod Kursk Rafah Sinai Golan Donbas Macau
Shanghai Shenzhen Manila Jakarta Bangkok Hanoi Caracas Havana Bogota Lima Santiago Brasilia Montenegro Macedonia
Baltic Mediterranean Pacific Atlantic`;

/**
 * More countries, regions and cities, one word each (lower-cased lookups): the rest of the world's countries and
 * capitals, big cities, US cities. Left out: those that are given names or surnames as often ("Madison", "Orlando",
 * "Ferguson", "Montgomery") or common words ("Nice", "Mobile", "Buffalo", "Cork"), which a cue still types.
 */
const MORE_PLACES = `England Scotland Wales Turkmenistan Kyrgyzstan Tajikistan Bhutan Maldives Brunei Laos Fiji Samoa Tonga
Madagascar Mozambique Angola Namibia Botswana Lesotho Eswatini Swaziland Malawi Burundi Eritrea Djibouti Niger
Senegal Gambia Liberia Togo Benin Gabon Mauritania Mauritius Seychelles Comoros Luxembourg Liechtenstein Malta
Andorra Monaco Vatican Belize Guatemala Honduras Nicaragua Jamaica Bahamas Barbados Trinidad Ecuador Paraguay
Guyana Suriname Greenland Tibet Xinjiang Kashmir Chechnya Dagestan Abkhazia Transnistria Kurdistan Catalonia
Sicily Sardinia Corsica Bavaria Tuscany Lombardy Normandy Flanders Wallonia Andalusia Galicia Siberia Chernihiv
Sumy Zhytomyr Vinnytsia Poltava Kramatorsk Sloviansk Bucha Irpin Kupiansk Tokmak Melitopol Berdyansk Nikopol
Enerhodar Taipei Kaohsiung Osaka Kyoto Yokohama Nagoya Busan Incheon Guangzhou Chongqing Wuhan Chengdu Tianjin
Nanjing Hangzhou Xian Harbin Lhasa Urumqi Ulaanbaatar Kathmandu Dhaka Colombo Yangon Naypyidaw Vientiane Lahore
Peshawar Quetta Rawalpindi Kandahar Herat Mosul Basra Kirkuk Erbil Fallujah Ramadi Aleppo Homs Idlib Raqqa
Latakia Sanaa Aden Hodeidah Muscat Manama Amman Haifa Nablus Jenin Hebron Ramallah Bethlehem Jericho Sderot
Ashkelon Ashdod Eilat Tabriz Isfahan Mashhad Shiraz Qom Baku Yerevan Ashgabat Dushanbe Bishkek Tashkent Astana
Almaty Samarkand Dakar Accra Abuja Kano Kinshasa Luanda Harare Lusaka Maputo Kampala Kigali Mogadishu Asmara
Juba Bamako Niamey Ouagadougou Conakry Freetown Monrovia Abidjan Yaounde Libreville Brazzaville Bangui Windhoek
Gaborone Pretoria Durban Maseru Mbabane Antananarivo Lilongwe Dodoma Nouakchott Rabat Casablanca Marrakesh
Benghazi Misrata Luxor Aswan Suez Reykjavik Bern Zurich Basel Lausanne Vaduz Ljubljana Zagreb Sarajevo Podgorica
Skopje Tirana Pristina Chisinau Bratislava Krakow Gdansk Wroclaw Poznan Lodz Munich Frankfurt Hamburg Cologne
Stuttgart Dresden Leipzig Dusseldorf Hanover Nuremberg Bonn Bremen Lyon Marseille Toulouse Bordeaux Strasbourg
Lille Nantes Calais Milan Turin Venice Palermo Genoa Bologna Verona Pisa Barcelona Valencia Seville Bilbao
Malaga Porto Rotterdam Antwerp Utrecht Eindhoven Gothenburg Malmo Bergen Aarhus Tampere Manchester Liverpool
Leeds Glasgow Edinburgh Cardiff Belfast Sheffield Nottingham Leicester Oxford Cambridge Brighton Southampton
Coventry Galway Salzburg Innsbruck Graz Brno Kaunas Thessaloniki Piraeus Smyrna Izmir Antalya Bursa Adana
Gaziantep Diyarbakir Novosibirsk Yekaterinburg Kazan Vladivostok Murmansk Kaliningrad Rostov Volgograd Omsk
Chelyabinsk Krasnodar Grozny Irkutsk Brisbane Auckland Christchurch Suva Calgary Edmonton Winnipeg Quebec
Guadalajara Monterrey Tijuana Cancun Acapulco Juarez Medellin Cali Cartagena Quito Guayaquil Montevideo Asuncion
Rosario Recife Manaus Managua Tegucigalpa Denver Detroit Brooklyn Bronx Manhattan Harlem Hollywood Pittsburgh
Baltimore Minneapolis Milwaukee Cleveland Cincinnati Indianapolis Louisville Nashville Memphis Tampa
Jacksonville Sacramento Oakland Fresno Tucson Albuquerque Portland Boise Spokane Omaha Wichita Tulsa Honolulu
Syracuse Albany Hartford Providence Newark Greensboro Knoxville Chattanooga Charleston Lansing Akron Toledo
Dayton Tallahassee Gainesville Pensacola Sarasota Pasadena Anaheim Riverside Stockton Modesto Reno Scottsdale
Bethesda Annapolis Yonkers Hoboken Compton Burbank Malibu Hialeah Galveston Lubbock Amarillo
Laredo Brownsville Waco McAllen`;

/** The fifty states, which datelines and "Sen. X of Y" name constantly. */
const US_STATES =
  'Alabama, Alaska, Arizona, Arkansas, California, Colorado, Connecticut, Delaware, Florida, Georgia, Hawaii, Idaho, Illinois, Indiana, Iowa, ' +
  'Kansas, Kentucky, Louisiana, Maine, Maryland, Massachusetts, Michigan, Minnesota, Mississippi, Missouri, Montana, Nebraska, Nevada, ' +
  'New Hampshire, New Jersey, New Mexico, New York, North Carolina, North Dakota, Ohio, Oklahoma, Oregon, Pennsylvania, Rhode Island, ' +
  'South Carolina, South Dakota, Tennessee, Texas, Utah, Vermont, Virginia, Washington, West Virginia, Wisconsin, Wyoming';

/** Every place name, lower-cased: the single words above plus the multi-word names below. */
export const PLACE_SET: Set<string> = buildPlaceSet();

function buildPlaceSet(): Set<string> {
  const set = new Set<string>();
  for (const w of `${PLACES} ${MORE_PLACES}`.split(/\s+/)) if (w) set.add(w.toLowerCase());
  for (const [canon, vars] of Object.entries(PLACE_VARIANTS)) {
    set.add(canon.toLowerCase());
    for (const v of vars) set.add(v.toLowerCase());
  }
  for (const state of US_STATES.split(',')) set.add(state.trim().toLowerCase());
  for (const extra of ['new york', 'new delhi', 'tel aviv', 'addis ababa', 'los angeles', 'san francisco', 'north korea', 'south korea', 'south africa', 'saudi arabia', 'new zealand', 'sri lanka', 'ivory coast', 'puerto rico', 'middle east', 'latin america', 'eastern europe', 'western europe', 'black sea', 'red sea', 'persian gulf', 'strait of hormuz', 'taiwan strait', 'hong kong', 'kuala lumpur', 'buenos aires', 'sao paulo', 'rio de janeiro', 'mexico city', 'khan younis', 'eastern ukraine', 'gaza strip', 'capitol hill', 'wall street', 'notting hill', 'beacon hill', 'chapel hill', 'new orleans', 'new haven', 'las vegas', 'st. louis', 'st louis', 'kansas city', 'salt lake city', 'san antonio', 'san diego', 'san jose', 'baton rouge', 'el paso', 'des moines', 'fort worth', 'long beach', 'santa fe', 'oklahoma city', 'jersey city', 'palm beach', 'miami beach', 'st. petersburg', 'santa barbara', 'santa monica', 'santa clara', 'san bernardino', 'colorado springs', 'little rock', 'champs elysees', 'champs-elysees', 'palm springs', 'port said', 'abu dhabi', 'kuwait city', 'ho chi minh city', 'phnom penh', 'port moresby', 'papua new guinea', 'sierra leone', 'burkina faso', 'equatorial guinea', 'cape verde', 'south sudan', 'central african republic', 'costa rica', 'el salvador', 'dominican republic', 'northern ireland', 'san marino', 'vatican city', 'deir ez-zor', 'sharm el-sheikh', 'east jerusalem', 'guinea-bissau', 'trinidad and tobago', 'san juan', 'fort lauderdale', 'virginia beach', 'grand rapids', 'green bay', 'silicon valley', 'gulf of aden', 'gulf of mexico', 'gulf of oman', 'bay of bengal', 'south china sea', 'east china sea', 'horn of africa', 'gaza city', 'quebec city', 'panama city', 'guatemala city', 'washington d.c.', 'd.c.', 'st. paul', 'the hague', 'hague', 'new caledonia']) {
    set.add(extra);
  }
  return set;
}

export type OutletKind = 'outlet' | 'agency';

/** News outlets and wire agencies: canonical name -> kind and other forms. */
export const OUTLETS: Record<string, { kind: OutletKind; forms: string[] }> = {
  Reuters: { kind: 'agency', forms: [] },
  'Associated Press': { kind: 'agency', forms: ['AP', 'The Associated Press'] },
  // Tokenised at the hyphen, the name reads as 'Agence France' before 'Presse'.
  'Agence France-Presse': { kind: 'agency', forms: ['AFP', 'Agence France', 'Agence France Presse'] },
  ANI: { kind: 'agency', forms: ['Asian News International'] },
  PTI: { kind: 'agency', forms: ['Press Trust of India'] },
  IANS: { kind: 'agency', forms: [] },
  TASS: { kind: 'agency', forms: ['Tass'] },
  'RIA Novosti': { kind: 'agency', forms: ['RIA'] },
  Interfax: { kind: 'agency', forms: [] },
  Xinhua: { kind: 'agency', forms: [] },
  Bloomberg: { kind: 'outlet', forms: ['Bloomberg News'] },
  'United Press International': { kind: 'agency', forms: ['UPI'] },
  dpa: { kind: 'agency', forms: ['DPA'] },
  Ukrinform: { kind: 'agency', forms: [] },
  Axios: { kind: 'outlet', forms: [] },
  CNN: { kind: 'outlet', forms: [] },
  Politico: { kind: 'outlet', forms: ['POLITICO'] },
  'The Wall Street Journal': { kind: 'outlet', forms: ['Wall Street Journal', 'WSJ', 'the Journal'] },
  'The New York Times': { kind: 'outlet', forms: ['New York Times', 'NYT', 'the Times'] },
  'The Washington Post': { kind: 'outlet', forms: ['Washington Post'] },
  'The Guardian': { kind: 'outlet', forms: ['Guardian'] },
  'The Independent': { kind: 'outlet', forms: ['Independent'] },
  'The Telegraph': { kind: 'outlet', forms: ['Telegraph', 'Daily Telegraph'] },
  'The Times': { kind: 'outlet', forms: [] },
  'Financial Times': { kind: 'outlet', forms: ['FT', 'The Financial Times'] },
  'The Economist': { kind: 'outlet', forms: ['Economist'] },
  BBC: { kind: 'outlet', forms: ['BBC News'] },
  'Fox News': { kind: 'outlet', forms: ['Fox'] },
  'NBC News': { kind: 'outlet', forms: ['NBC'] },
  'CBS News': { kind: 'outlet', forms: ['CBS'] },
  'ABC News': { kind: 'outlet', forms: ['ABC'] },
  NPR: { kind: 'outlet', forms: [] },
  'Al Jazeera': { kind: 'outlet', forms: [] },
  'Sky News': { kind: 'outlet', forms: [] },
  'The Hill': { kind: 'outlet', forms: [] },
  'HuffPost': { kind: 'outlet', forms: ['Huffington Post', 'The Huffington Post'] },
  'USA Today': { kind: 'outlet', forms: [] },
  'Los Angeles Times': { kind: 'outlet', forms: ['LA Times'] },
  'Daily Mail': { kind: 'outlet', forms: ['Mail Online', 'MailOnline'] },
  'The Kyiv Independent': { kind: 'outlet', forms: ['Kyiv Independent'] },
  'Kyiv Post': { kind: 'outlet', forms: [] },
  Kommersant: { kind: 'outlet', forms: [] },
  'Der Spiegel': { kind: 'outlet', forms: ['Spiegel'] },
  'Le Monde': { kind: 'outlet', forms: [] },
  'The Atlantic': { kind: 'outlet', forms: [] },
  Semafor: { kind: 'outlet', forms: [] },
  'Punchbowl News': { kind: 'outlet', forms: [] },
  'The Times of India': { kind: 'outlet', forms: ['Times of India'] },
  'Hindustan Times': { kind: 'outlet', forms: [] },
  'Kyodo News': { kind: 'agency', forms: ['Kyodo'] },
  Yonhap: { kind: 'agency', forms: [] },
  KCNA: { kind: 'agency', forms: ['Korean Central News Agency', 'K.C.N.A.'] },
  'E! News': { kind: 'outlet', forms: ['E! Online'] },
  'Us Weekly': { kind: 'outlet', forms: [] },
  Anadolu: { kind: 'agency', forms: ['Anadolu Agency'] },
  'Business Insider': { kind: 'outlet', forms: [] },
  'BuzzFeed News': { kind: 'outlet', forms: ['BuzzFeed'] },
  Vox: { kind: 'outlet', forms: [] },
  PBS: { kind: 'outlet', forms: ['PBS NewsHour'] },
  MSNBC: { kind: 'outlet', forms: [] },
  CNBC: { kind: 'outlet', forms: [] },
  Newsweek: { kind: 'outlet', forms: [] },
  'Vice News': { kind: 'outlet', forms: [] },
  Slate: { kind: 'outlet', forms: [] },
  Salon: { kind: 'outlet', forms: [] },
  'Breitbart News': { kind: 'outlet', forms: ['Breitbart'] },
  'South China Morning Post': { kind: 'outlet', forms: ['SCMP'] },
  'Deutsche Welle': { kind: 'outlet', forms: ['DW'] },
  ProPublica: { kind: 'outlet', forms: [] },
  'The Intercept': { kind: 'outlet', forms: [] },
  Newsmax: { kind: 'outlet', forms: [] },
  'National Review': { kind: 'outlet', forms: [] },
  'Mother Jones': { kind: 'outlet', forms: [] },
  'The Daily Beast': { kind: 'outlet', forms: ['Daily Beast'] },
  'Washington Examiner': { kind: 'outlet', forms: [] },
  'El País': { kind: 'outlet', forms: ['El Pais'] },
  'Le Figaro': { kind: 'outlet', forms: [] },
  Haaretz: { kind: 'outlet', forms: [] },
  'The Times of Israel': { kind: 'outlet', forms: ['Times of Israel'] },
  'The Jerusalem Post': { kind: 'outlet', forms: ['Jerusalem Post'] },
  'Arab News': { kind: 'outlet', forms: [] },
  'Global Times': { kind: 'outlet', forms: [] },
  'Nikkei Asia': { kind: 'outlet', forms: ['Nikkei'] },
  'CBC News': { kind: 'outlet', forms: ['CBC'] },
  'CTV News': { kind: 'outlet', forms: ['CTV'] },
  ITV: { kind: 'outlet', forms: ['ITV News'] },
  'Channel 4 News': { kind: 'outlet', forms: [] },
  RFI: { kind: 'outlet', forms: [] },
  'Voice of America': { kind: 'outlet', forms: ['VOA'] },
  'Radio Free Europe': { kind: 'outlet', forms: ['RFE/RL', 'Radio Free Europe/Radio Liberty'] },
  'The Boston Globe': { kind: 'outlet', forms: ['Boston Globe'] },
  'Chicago Tribune': { kind: 'outlet', forms: [] },
  'New York Post': { kind: 'outlet', forms: ['NY Post'] },
  'The Irish Times': { kind: 'outlet', forms: ['Irish Times'] },
  ESPN: { kind: 'outlet', forms: [] },
  TMZ: { kind: 'outlet', forms: [] },
  'The Hollywood Reporter': { kind: 'outlet', forms: ['Hollywood Reporter', 'THR'] },
  'New York Daily News': { kind: 'outlet', forms: ['NY Daily News', 'NYDN'] },
  IRNA: { kind: 'agency', forms: ['Islamic Republic News Agency'] },
  'Fars News Agency': { kind: 'agency', forms: ['Fars News'] },
  Tasnim: { kind: 'agency', forms: ['Tasnim News Agency'] },
  'The Japan Times': { kind: 'outlet', forms: ['Japan Times'] },
  NHK: { kind: 'outlet', forms: [] },
  Euronews: { kind: 'outlet', forms: [] },
  'France 24': { kind: 'outlet', forms: [] },
  Meduza: { kind: 'outlet', forms: [] },
  RT: { kind: 'outlet', forms: ['Russia Today'] },
  Sputnik: { kind: 'outlet', forms: ['Sputnik News'] },
};

/** Organisations typed by name (lower-cased) -> canonical form. */
export const ORGANIZATIONS: Record<string, string> = {
  pentagon: 'Pentagon',
  kremlin: 'Kremlin',
  treasury: 'Treasury',
  'white house': 'White House',
  congress: 'Congress',
  senate: 'Senate',
  'house of representatives': 'House of Representatives',
  nato: 'NATO',
  'united nations': 'United Nations',
  un: 'United Nations',
  'u.n.': 'United Nations',
  hamas: 'Hamas',
  'al qaeda': 'Al Qaeda',
  'al-qaeda': 'Al Qaeda',
  'al qaida': 'Al Qaeda',
  'al-qaida': 'Al Qaeda',
  'islamic state': 'Islamic State',
  isis: 'Islamic State',
  isil: 'Islamic State',
  'al shabab': 'Al Shabab',
  'al-shabab': 'Al Shabab',
  'boko haram': 'Boko Haram',
  hezbollah: 'Hezbollah',
  taliban: 'Taliban',
  'state department': 'State Department',
  'defense department': 'Defense Department',
  'justice department': 'Justice Department',
  fbi: 'FBI',
  cia: 'CIA',
  'supreme court': 'Supreme Court',
  'european commission': 'European Commission',
  'security council': 'Security Council',
  imf: 'IMF',
  'world bank': 'World Bank',
  who: 'World Health Organization',
  army: 'Army',
  'u.s. army': 'U.S. Army',
  'us army': 'U.S. Army',
  'u.s. army europe': 'U.S. Army Europe',
  navy: 'Navy',
  'air force': 'Air Force',
  telegram: 'Telegram',
  // Platforms and technology companies: news names them constantly, and a role word before them ("his official
  // Facebook page") made them people.
  facebook: 'Facebook',
  twitter: 'Twitter',
  instagram: 'Instagram',
  tiktok: 'TikTok',
  youtube: 'YouTube',
  whatsapp: 'WhatsApp',
  snapchat: 'Snapchat',
  reddit: 'Reddit',
  linkedin: 'LinkedIn',
  myspace: 'MySpace',
  weibo: 'Weibo',
  google: 'Google',
  microsoft: 'Microsoft',
  netflix: 'Netflix',
  openai: 'OpenAI',
  spacex: 'SpaceX',
  uber: 'Uber',
  // Companies news names constantly, those shaped like a person's name first ("Morgan Stanley", "Wells Fargo").
  'morgan stanley': 'Morgan Stanley',
  'wells fargo': 'Wells Fargo',
  'charles schwab': 'Charles Schwab',
  'merrill lynch': 'Merrill Lynch',
  'berkshire hathaway': 'Berkshire Hathaway',
  'louis vuitton': 'Louis Vuitton',
  'harley-davidson': 'Harley-Davidson',
  'bear stearns': 'Bear Stearns',
  'dow jones': 'Dow Jones',
  'lehman brothers': 'Lehman Brothers',
  'goldman sachs': 'Goldman Sachs',
  'jpmorgan chase': 'JPMorgan Chase',
  jpmorgan: 'JPMorgan Chase',
  'credit suisse': 'Credit Suisse',
  'deutsche bank': 'Deutsche Bank',
  'exxon mobil': 'Exxon Mobil',
  exxonmobil: 'Exxon Mobil',
  'mercedes-benz': 'Mercedes-Benz',
  'rolls-royce': 'Rolls-Royce',
  'procter & gamble': 'Procter & Gamble',
  'johnson & johnson': 'Johnson & Johnson',
  'coca-cola': 'Coca-Cola',
  pepsico: 'PepsiCo',
  walmart: 'Walmart',
  boeing: 'Boeing',
  airbus: 'Airbus',
  pfizer: 'Pfizer',
  moderna: 'Moderna',
  huawei: 'Huawei',
  samsung: 'Samsung',
  toyota: 'Toyota',
  volkswagen: 'Volkswagen',
  chevron: 'Chevron',
  starbucks: 'Starbucks',
  "mcdonald's": "McDonald's",
  comcast: 'Comcast',
  verizon: 'Verizon',
  nvidia: 'Nvidia',
  'yale law school': 'Yale Law School',
  'scotland yard': 'Scotland Yard',
  'lockheed martin': 'Lockheed Martin',
  'downing street': 'Downing Street',
  'elysee': 'Elysee',
  'trump administration': 'Trump administration',
  'biden administration': 'Biden administration',
};

/**
 * Acronyms of bodies that news names by their letters alone, matched as written (all capitals: "ICE" is the
 * agency, "Ice" is not) -> canonical name, the full name where news writes both, so that "GOP" and "Republican
 * Party", "DOJ" and "Justice Department" are one entity. Ambiguous letters ("VA", "GM", "IRA") are left out.
 */
export const ACRONYM_ORGANIZATIONS: Record<string, string> = {
  // United States: federal bodies, police forces
  NSA: 'National Security Agency',
  DHS: 'Department of Homeland Security',
  DOJ: 'Justice Department',
  DOD: 'Defense Department',
  DOE: 'Energy Department',
  HHS: 'Department of Health and Human Services',
  USDA: 'Agriculture Department',
  EPA: 'Environmental Protection Agency',
  FDA: 'Food and Drug Administration',
  CDC: 'Centers for Disease Control and Prevention',
  NIH: 'National Institutes of Health',
  IRS: 'IRS',
  SEC: 'Securities and Exchange Commission',
  FTC: 'Federal Trade Commission',
  FCC: 'Federal Communications Commission',
  FAA: 'Federal Aviation Administration',
  FEC: 'Federal Election Commission',
  FEMA: 'FEMA',
  ATF: 'ATF',
  DEA: 'Drug Enforcement Administration',
  ICE: 'Immigration and Customs Enforcement',
  CBP: 'Customs and Border Protection',
  TSA: 'Transportation Security Administration',
  NASA: 'NASA',
  NOAA: 'NOAA',
  USGS: 'U.S. Geological Survey',
  NTSB: 'National Transportation Safety Board',
  OSHA: 'OSHA',
  GAO: 'Government Accountability Office',
  CBO: 'Congressional Budget Office',
  EIA: 'Energy Information Administration',
  NLRB: 'National Labor Relations Board',
  USPS: 'U.S. Postal Service',
  NYPD: 'NYPD',
  LAPD: 'LAPD',
  // United States: parties, campaign committees, advocacy groups, trade bodies
  GOP: 'Republican Party',
  RNC: 'Republican National Committee',
  DNC: 'Democratic National Committee',
  NRCC: 'National Republican Congressional Committee',
  DCCC: 'Democratic Congressional Campaign Committee',
  NRSC: 'National Republican Senatorial Committee',
  DSCC: 'Democratic Senatorial Campaign Committee',
  NRA: 'National Rifle Association',
  ACLU: 'American Civil Liberties Union',
  NAACP: 'NAACP',
  AARP: 'AARP',
  ADL: 'Anti-Defamation League',
  SPLC: 'Southern Poverty Law Center',
  NRDC: 'Natural Resources Defense Council',
  PETA: 'PETA',
  KKK: 'Ku Klux Klan',
  MPAA: 'Motion Picture Association of America',
  RIAA: 'Recording Industry Association of America',
  // Sport
  NFL: 'NFL',
  NBA: 'NBA',
  MLB: 'MLB',
  NHL: 'NHL',
  NCAA: 'NCAA',
  MLS: 'MLS',
  FIFA: 'FIFA',
  UEFA: 'UEFA',
  IOC: 'International Olympic Committee',
  NASCAR: 'NASCAR',
  PGA: 'PGA',
  ATP: 'ATP',
  WTA: 'WTA',
  UFC: 'UFC',
  WWE: 'WWE',
  WBA: 'World Boxing Association',
  WBC: 'World Boxing Council',
  WBO: 'World Boxing Organization',
  IBF: 'International Boxing Federation',
  // International bodies, foreign parties, forces and services
  OPEC: 'OPEC',
  OECD: 'OECD',
  OSCE: 'OSCE',
  WTO: 'World Trade Organization',
  IAEA: 'International Atomic Energy Agency',
  UNESCO: 'UNESCO',
  UNICEF: 'UNICEF',
  UNHCR: 'UNHCR',
  ASEAN: 'ASEAN',
  ECB: 'European Central Bank',
  ICC: 'ICC',
  ICJ: 'International Court of Justice',
  ICRC: 'International Committee of the Red Cross',
  MSF: 'Doctors Without Borders',
  PLO: 'Palestine Liberation Organization',
  ANC: 'African National Congress',
  BJP: 'Bharatiya Janata Party',
  CDU: 'Christian Democratic Union',
  SPD: 'Social Democratic Party',
  SNP: 'Scottish National Party',
  PKK: 'Kurdistan Workers Party',
  IDF: 'Israel Defense Forces',
  FSB: 'FSB',
  KGB: 'KGB',
  GRU: 'GRU',
  MI5: 'MI5',
  MI6: 'MI6',
  GCHQ: 'GCHQ',
  NHS: 'NHS',
  // Companies
  IBM: 'IBM',
  HSBC: 'HSBC',
  BP: 'BP',
};

/**
 * Nicknames of the teams of the four North American major leagues, lower-cased: after a place they make a team
 * ("Pittsburgh Steelers", "Miami Heat"); alone, only those that are no word of the language ("the Steelers").
 */
export const TEAM_NICKNAMES = new Set(
  `cardinals falcons ravens bills panthers bears bengals browns cowboys broncos lions packers texans colts jaguars chiefs
  raiders chargers rams dolphins vikings patriots saints giants jets eagles steelers 49ers seahawks buccaneers titans
  commanders redskins hawks celtics nets hornets bulls cavaliers mavericks nuggets pistons warriors rockets pacers
  clippers lakers grizzlies heat bucks timberwolves pelicans knicks thunder magic 76ers sixers suns blazers kings spurs
  raptors jazz wizards bobcats supersonics sonics diamondbacks braves orioles sox cubs reds guardians indians rockies
  tigers astros royals angels dodgers marlins brewers twins mets yankees athletics phillies pirates padres mariners
  rays rangers jays nationals expos ducks coyotes bruins sabres flames hurricanes blackhawks avalanche jackets stars
  wings oilers canadiens predators devils islanders senators flyers penguins sharks kraken blues lightning leafs
  canucks knights capitals`
    .split(/\s+/)
    .filter(Boolean),
);

/** Last words that make a capitalised run an organisation. */
export const ORG_SUFFIXES = new Set(
  `administration ministry department agency council committee party army navy corps force forces corp corporation inc
  ltd llc llp l.l.c l.l.p plc company group bank university college school institute commission court office union association foundation
  fund authority service services agency bureau parliament assembly government cabinet police guard guards brigade
  battalion regiment command league federation club hospital church times post journal news network press chronicle
  herald gazette daily report tribune review observer courier ledger online wire broadcasting radio tv television
  magazine brotherhood alliance coalition movement caucus society institution guild embassy consulate organization branch center centre patrol survey
  organisation organizations organisations security services control protection affairs enforcement prevention
  intelligence development commerce transportation labor labour relations robotics studies equities capital partners
  holdings technologies systems labs laboratories industries enterprises solutions ventures securities investments
  pharmaceuticals therapeutics airlines airways motors machines directorate theatre theater hotel hotels seminary monitor
  research museum library studios pictures films records entertainment foods brands stores restaurants casino resort sachs
  register sentinel inquirer dispatch examiner enquirer bulletin clinic workshop lab fire rescue bros tech co treasury
  board conference unit watch wireless worldwide international global digital media advisors advisers associates consulting
  consultants communications strategies
  blog channel baseball football basketball hockey soccer softball magistrates distributors`
    .split(/\s+/)
    .filter(Boolean),
);

/** Last words that make a capitalised run an event, law or agreement (type other), never a person. */
export const EVENT_SUFFIXES = new Set(
  `convention conference summit congress olympics games festival forum championship championships cup war election
  elections primary primaries accord accords treaty act bill amendment protocol agreement prize prizes award awards
  medal trophy order orders program programme project show tournament weekend`
    .split(/\s+/)
    .filter(Boolean),
);

/** Plural nouns for groups of people: a capitalised run ending in one ("Leading Democrats") is not a person. */
export const GROUP_PLURALS = new Set(
  `democrats republicans conservatives liberals progressives socialists independents lawmakers senators officials
  leaders ministers members voters residents americans britons europeans catholics muslims christians jews`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that name a role or title; a run of them before a name is the person's role, never a person. */
export const ROLE_HEADS = new Set(
  `president vice secretary minister envoy spokesperson spokesman spokeswoman chief commander general gen gen. colonel
  col col. sergeant sgt sgt. major maj maj. lieutenant lt lt. captain capt capt. admiral adm adm. const const. constable director chairman
  chairwoman chair ceo coo cfo cto administrator governor gov gov. senator sen sen. rep rep. representative mayor ambassador premier chancellor
  king queen prince princess pope judge justice attorney official adviser advisor aide leader speaker dr dr. mr mr. mrs
  mrs. ms ms. sir lord deputy head founder analyst correspondent reporter editor professor prof prof. staff
  prime commissioner negotiator diplomat emissary prosecutor sheriff marshal private corporal cpl cpl. sergeant-major
  senators sens. reps. whip executive congressman congresswoman congressmen lawmaker councilman councilwoman councillor
  councilor alderman assemblyman assemblywoman magistrate constable inspector insp insp. detective det det. officer
  trooper superintendent supt supt. referee umpire rabbi imam reverend rev rev. bishop cardinal coroner undersheriff
  justices officer writer author manager candidate nominee quarterback coach pitcher striker goalkeeper linebacker
  seaman airman counsel`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Occupations that are a role only in lower case before a name ("actor James Van Der Beek", "Fox News host Sean
 * Hannity"): capitalised, they open names of things ("Star Wars", "Anchor Brewing").
 */
export const OCCUPATIONS = new Set(
  `actor actress singer songwriter rapper musician comedian host anchor columnist commentator pundit blogger novelist
  poet playwright filmmaker producer artist designer chef athlete golfer boxer wrestler swimmer gymnast player economist
  scientist researcher historian entrepreneur businessman businesswoman billionaire tycoon mogul pastor priest surgeon
  physician star activist dissident publicist`
    .split(/\s+/)
    .filter(Boolean),
);

/** Capitalised words that may sit inside a role before a name ("Army Secretary", "Defence Minister"). */
export const ROLE_MODIFIERS = new Set(
  `army defence defense foreign state interior finance treasury home justice health special white house kremlin pentagon
  navy air national security homeland deputy first senior top acting former chief of the staff major`
    .split(/\s+/)
    .filter(Boolean),
);

/** Verbs that attribute words or information to someone (alternatives for a regular expression). */
export const SPEECH_VERBS =
  'said|says|say|told|tells|added|adds|stated|states|wrote|writes|noted|notes|explained|explains|described|describes|characterized|characterised|confirmed|confirms|announced|announces|claimed|claims|insisted|warned|warns|argued|declared|posted|tweeted|reported|reports|asked|asks|replied|responded|recalled|continued|remarked|quipped|joked|acknowledged|admitted|conceded|cautioned|shouted|shouts|testified|testifies|commented|retorted|retort|stressed|emphasized|emphasised|observed|countered|contended|complained|lamented|boasted|bragged|exclaimed|recounted|recounts|mutters|muttered|concluded|concludes|marveled|marvelled|pointed out|points out|put it|yelled|screamed|ordered|pleaded|whispered|shared|reads|according to';

/** Prefixes of surnames written with a capital after them: "McConnell", "MacArthur", "DeMint", "LaHood", "VanDyke". */
export const SURNAME_PREFIXES = 'Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Del|Des|Dal|St';

/** A relative right before a name: "sister Kate", "son Hunter". */
export const RELATIVE_BEFORE =
  /\b(?:sister|brother|son|daughter|wife|husband|mother|father|mom|dad|grandson|granddaughter|grandmother|grandfather|niece|nephew|cousin|girlfriend|boyfriend|fiancée?|widow|widower|aunt|uncle|stepson|stepdaughter|twin)\s+$/;

/** Titles written abbreviated before a name ("Mr. Steele", "Sen. Warren"), lower-cased, without the full stop. */
export const TITLE_ABBREVIATIONS = 'mr mrs ms dr prof rev sen rep gov gen col sgt lt capt maj adm cmdr cpl pvt det insp supt const cst'.split(' ');
export const TITLE_ABBREVIATION_SET = new Set(TITLE_ABBREVIATIONS);

/** The longest of TITLE_ABBREVIATIONS ("Const."). */
const MAX_TITLE_ABBREVIATION_LETTERS = 5;

/** Whether the full stop at `dot` closes a capitalised title abbreviation ("Mr.", "Sen."), read backwards. */
export function isTitleAbbreviationBefore(text: string, dot: number): boolean {
  let k = dot;
  while (k > 0 && dot - k < MAX_TITLE_ABBREVIATION_LETTERS) {
    const c = text.charCodeAt(k - 1);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) break;
    k--;
  }
  if (k === dot) return false;
  const first = text.charCodeAt(k);
  if (!(first >= 65 && first <= 90)) return false;
  if (k > 0 && !isWhiteSpace(text.charCodeAt(k - 1)) && text.charCodeAt(k - 1) !== 34 && text.charCodeAt(k - 1) !== 40) return false;
  return TITLE_ABBREVIATION_SET.has(text.slice(k, dot).toLowerCase());
}

export function isWhiteSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return /\s/.test(String.fromCharCode(c));
}

export const MONTHS = new Set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
);
export const WEEKDAYS = new Set('monday tuesday wednesday thursday friday saturday sunday'.split(' '));

/** Nationality adjectives: they describe, they do not name (kept out of entities and roles). */
export const DEMONYMS = new Set(
  `american russian ukrainian european british french german chinese israeli palestinian iranian iraqi syrian turkish
  polish indian pakistani japanese korean saudi qatari egyptian canadian mexican italian spanish dutch belgian swiss
  swedish norwegian danish finnish greek hungarian romanian bulgarian serbian belarusian georgian armenian afghan
  lebanese jordanian emirati african asian western eastern soviet arab kurdish australian irish scottish welsh english
  portuguese brazilian argentine argentinian chilean colombian venezuelan cuban peruvian nigerian kenyan ethiopian
  somali sudanese libyan tunisian algerian moroccan yemeni omani kuwaiti bahraini vietnamese thai filipino indonesian
  malaysian singaporean bangladeshi nepali burmese taiwanese mongolian kazakh uzbek azerbaijani czech slovak austrian
  croatian bosnian albanian lithuanian latvian estonian moldovan icelandic haitian jamaican jewish muslim hindu sikh
  buddhist catholic protestant evangelical turkmen sicilian midwestern`
    .split(/\s+/)
    .filter(Boolean),
);

/** Capitalised words that start sentences or headlines and are never names on their own. */
export const NOT_NAMES = new Set(
  `the a an this that these those it its he she they we i you his her their our but and or so yet however meanwhile
  earlier later after before while when where what who why how if as in on at by for from with without to of over
  under about according also although though despite since until unless because there here then now today yesterday
  tomorrow tonight overview background contents key points update updated breaking exclusive analysis opinion
  comment editorial read more watch live photo video sources officials other others some many several one two three
  previous current new details responses mr mrs ms`
    .split(/\s+/)
    .filter(Boolean),
);

/** First words that make a capitalised run a place ("Fort Worth", "Mount Everest", "HMP Belmarsh", "Camp David"). */
export const PLACE_PREFIXES = new Set(
  'fort mount mt mt. lake port cape camp hmp rancho east west north south northern southern eastern western central upper lower greater inner outer san santa los las el la avenue boulevard rue northeast northwest southeast southwest bayou place piazza plaza'.split(' '),
);

/** Last words that make a capitalised run a place ("River Street", "Kestrel Gorge Dam", "Eastmarch Province"). */
export const PLACE_SUFFIXES = new Set(
  `street st road rd avenue ave boulevard lane square bridge river lake mountain mountains valley gorge dam reservoir
  park province county district region state island islands bay coast peninsula desert forest canal harbour harbor port
  airport station highway motorway strait sea ocean gulf hill hills heights plain plains village town city garden gardens
  plaza stadium arena palace cathedral mosque temple beach camp prison mall side plateau delta home cove shores courthouse base
  glacier hut pass canyon creek falls fault cemetery`
    .split(/\s+/)
    .filter(Boolean),
);
