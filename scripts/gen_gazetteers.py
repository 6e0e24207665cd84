#!/usr/bin/env python3
"""Generate ext/gazetteer_data.c: the word lists behind the entity tagger's
gazetteer features and the GPE/LOC and NORP/MISC decisions.

Sources:
  - countries and their official names: Debian iso-codes,
    /usr/share/iso-codes/json/iso_3166-1.json (ISO 3166-1)
  - subdivisions (states, provinces, regions ...): Debian iso-codes,
    /usr/share/iso-codes/json/iso_3166-2.json (ISO 3166-2)
  - well-known companies and organisations (ORG_NAMES): hand-written from
    general knowledge of the largest listed companies (the Dow Jones
    Industrial Average, S&P 100, FTSE 100, DAX, CAC 40, Nikkei 225 and Fortune
    Global 500 membership of the 2000s), international and financial
    organisations, news agencies and media, and major football clubs;
  - products and brands (PRODUCTS): hand-written from general knowledge of
    the best-selling prescription drugs of 2000-2008 (US brand names, as in
    the yearly IMS Health / FDA approval lists), games consoles, consumer
    electronics and software, aircraft and car models of the 2000s; only
    names that are not also ordinary words, places, people or companies;
  - everything else (common country aliases, major cities, demonyms,
    religious and political groups, person titles, organisation suffixes and
    heads, first names with gender, other place words): hand-written lists in
    this script.
Run: python3 scripts/gen_gazetteers.py  (writes ext/gazetteer_data.c)
"""
import json
import os
import re
import sys

ISO = "/usr/share/iso-codes/json"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "ext",
                   "gazetteer_data.c")

COUNTRY_ALIASES = """
United States|U.S.|US|USA|U.S.A.|America|United Kingdom|Britain|Great Britain|UK|U.K.|
England|Scotland|Wales|Northern Ireland|Russia|South Korea|North Korea|Korea|Iran|Syria|
Vietnam|Laos|Bolivia|Venezuela|Tanzania|Taiwan|Moldova|Macedonia|North Macedonia|Czech Republic|
Czechia|Holland|the Netherlands|Netherlands|Ivory Coast|Congo|Burma|Myanmar|Palestine|
Vatican|Kosovo|Yugoslavia|Soviet Union|USSR|East Germany|West Germany|Zaire|Brunei|
Micronesia|Turkey|Cape Verde|Swaziland|East Timor|Hong Kong|Macau|Macao|UAE|U.A.E.|
Bosnia|Herzegovina|Serbia|Montenegro|Chechnya|Tibet|Gaza|West Bank|Kurdistan|Scandinavia|
Europe|Asia|Africa|North America|South America|Latin America|Antarctica|Oceania|Australasia
"""

CITIES = """
London|Paris|Berlin|Madrid|Rome|Moscow|Tokyo|Beijing|Shanghai|Hong Kong|Singapore|Sydney|
Melbourne|New York|Washington|Los Angeles|Chicago|Houston|Boston|San Francisco|Seattle|
Dallas|Atlanta|Miami|Detroit|Philadelphia|Denver|Phoenix|Las Vegas|San Diego|Toronto|
Montreal|Vancouver|Ottawa|Calgary|Mexico City|Sao Paulo|Rio de Janeiro|Buenos Aires|
Santiago|Lima|Bogota|Caracas|Havana|Brasilia|Frankfurt|Munich|Hamburg|Cologne|Bonn|
Vienna|Zurich|Geneva|Bern|Brussels|Amsterdam|Rotterdam|The Hague|Luxembourg|Dublin|
Edinburgh|Glasgow|Manchester|Liverpool|Birmingham|Leeds|Bristol|Cardiff|Belfast|Oslo|
Stockholm|Copenhagen|Helsinki|Reykjavik|Warsaw|Prague|Budapest|Bucharest|Sofia|Athens|
Istanbul|Ankara|Lisbon|Barcelona|Milan|Turin|Naples|Venice|Florence|Kiev|Kyiv|Minsk|
Riga|Vilnius|Tallinn|St. Petersburg|Belgrade|Zagreb|Sarajevo|Ljubljana|Bratislava|
Tirana|Skopje|Nicosia|Valletta|Monaco|Cairo|Alexandria|Johannesburg|Cape Town|Pretoria|
Durban|Lagos|Abuja|Nairobi|Addis Ababa|Khartoum|Algiers|Tunis|Tripoli|Casablanca|Rabat|
Accra|Dakar|Kinshasa|Luanda|Harare|Lusaka|Kampala|Kigali|Mogadishu|Dar es Salaam|
Tehran|Baghdad|Basra|Damascus|Beirut|Amman|Jerusalem|Tel Aviv|Riyadh|Jeddah|Mecca|Dubai|
Abu Dhabi|Doha|Kuwait City|Muscat|Manama|Sanaa|Kabul|Kandahar|Islamabad|Karachi|Lahore|
New Delhi|Delhi|Mumbai|Bombay|Calcutta|Kolkata|Chennai|Madras|Bangalore|Bengaluru|
Hyderabad|Dhaka|Colombo|Kathmandu|Bangkok|Hanoi|Ho Chi Minh City|Saigon|Phnom Penh|
Vientiane|Kuala Lumpur|Jakarta|Manila|Seoul|Pyongyang|Taipei|Osaka|Kyoto|Yokohama|Nagoya|
Guangzhou|Shenzhen|Tianjin|Chongqing|Wuhan|Nanjing|Hangzhou|Chengdu|Xian|Harbin|Macau|
Ulan Bator|Almaty|Tashkent|Baku|Tbilisi|Yerevan|Auckland|Wellington|Brisbane|Perth|
Adelaide|Canberra|Honolulu|Anchorage|Austin|Nashville|Memphis|New Orleans|Baltimore|
Pittsburgh|Cleveland|Cincinnati|Columbus|Indianapolis|Milwaukee|Minneapolis|St. Louis|
Kansas City|Omaha|Oklahoma City|Salt Lake City|Portland|Sacramento|San Jose|Oakland|
Charlotte|Richmond|Tampa|Orlando|Jacksonville|Newark|Hartford|Buffalo|Albany|Quebec|
Winnipeg|Edmonton|Halifax|Monterrey|Guadalajara|Tijuana|Panama City|San Juan|Kingston|
Montevideo|Asuncion|La Paz|Quito|Guatemala City|San Salvador|Managua|Tegucigalpa|
San Jose|Santo Domingo|Port-au-Prince|Strasbourg|Lyon|Marseille|Nice|Bordeaux|Toulouse|
Lille|Nantes|Stuttgart|Dusseldorf|Dresden|Leipzig|Hanover|Nuremberg|Antwerp|Rotterdam|
Gothenburg|Malmo|Bergen|Krakow|Gdansk|Porto|Seville|Valencia|Bilbao|Genoa|Bologna|
Palermo|Salzburg|Basel|Lausanne|Davos|Sheffield|Newcastle|Nottingham|Leicester|Oxford|
Cambridge|Southampton|Hollywood|Manhattan|Brooklyn|Westminster|Gaza City|Ramallah|Hebron|Nablus|Grozny|Sevastopol|
Donetsk|Vladivostok|Novosibirsk|Yekaterinburg|Murmansk|Mombasa|Benghazi|Misrata|Aleppo|
Homs|Mosul|Kirkuk|Fallujah|Tikrit|Najaf|Karbala|Herat|Mazar-i-Sharif|Peshawar|Quetta|
Srinagar|Goa|Pune|Ahmedabad|Surat|Jaipur|Lucknow|Kanpur|Chittagong|Yangon|Rangoon|
Mandalay|Surabaya|Bali|Cebu|Davao|Busan|Pusan|Incheon|Kobe|Fukuoka|Sapporo|Hiroshima|
Nagasaki|Okinawa|Dalian|Qingdao|Xiamen|Lhasa|Urumqi|Kaohsiung|Sarajevo|Pristina|Podgorica|
Chisinau|Odessa|Kharkiv|Lviv|Dnipro
"""

# Other well-known places that are not GPEs (LOC): regions, seas, mountains.
LOC_NAMES = """
Middle East|Near East|Far East|Gulf|Persian Gulf|Balkans|Caucasus|Sahara|Sahel|Amazon basin|
Atlantic|Pacific|Indian Ocean|Arctic|Mediterranean|Baltic|Black Sea|Red Sea|Caribbean|
North Sea|South China Sea|Alps|Andes|Himalayas|Rockies|Nile|Danube|Rhine|Thames|Mississippi|
Yangtze|Ganges|Euphrates|Tigris|Mekong|Persian Gulf|Gulf of Mexico|Strait of Hormuz|
Suez Canal|Panama Canal|Horn of Africa|Sub-Saharan Africa|West Africa|East Africa|
Southeast Asia|Central Asia|South Asia|East Asia|Eastern Europe|Western Europe|
Central Europe|Northern Europe|Southern Europe|Latin America|Midwest|Pacific Northwest|
Siberia|Kashmir|Darfur|Punjab|Bengal|Patagonia|Riviera|Scandinavia|Iberia|Anatolia|
Mesopotamia|Levant|Golan Heights|Sinai|Crimea|Transylvania|Tuscany|Bavaria|Silicon Valley|
Wall Street|Downing Street|Whitehall
"""

DEMONYMS = """
Hindi|Urdu|Bengali|Tamil|Telugu|Kannada|Malayalam|Marathi|Gujarati|Punjabi|Mandarin|
Cantonese|Swahili|Farsi|Pashto|
American|British|English|Scottish|Welsh|Irish|French|German|Italian|Spanish|Portuguese|
Dutch|Belgian|Swiss|Austrian|Swedish|Norwegian|Danish|Finnish|Icelandic|Polish|Czech|
Slovak|Hungarian|Romanian|Bulgarian|Greek|Turkish|Russian|Ukrainian|Belarusian|
Lithuanian|Latvian|Estonian|Serbian|Serb|Croatian|Croat|Bosnian|Slovenian|Slovene|
Albanian|Macedonian|Montenegrin|Moldovan|Georgian|Armenian|Azerbaijani|Azeri|Kazakh|
Uzbek|Turkmen|Kyrgyz|Tajik|Afghan|Pakistani|Indian|Bangladeshi|Sri Lankan|Nepalese|
Nepali|Bhutanese|Burmese|Thai|Vietnamese|Cambodian|Laotian|Malaysian|Singaporean|
Indonesian|Filipino|Philippine|Chinese|Japanese|Korean|Taiwanese|Mongolian|Tibetan|
Australian|New Zealander|Canadian|Mexican|Cuban|Haitian|Dominican|Jamaican|Puerto Rican|
Guatemalan|Honduran|Salvadoran|Nicaraguan|Costa Rican|Panamanian|Colombian|Venezuelan|
Ecuadorean|Ecuadorian|Peruvian|Bolivian|Chilean|Argentine|Argentinian|Uruguayan|
Paraguayan|Brazilian|Egyptian|Libyan|Tunisian|Algerian|Moroccan|Sudanese|Ethiopian|
Eritrean|Somali|Kenyan|Ugandan|Tanzanian|Rwandan|Burundian|Congolese|Angolan|Zambian|
Zimbabwean|Mozambican|Malawian|Namibian|Botswanan|South African|Nigerian|Ghanaian|
Ivorian|Senegalese|Malian|Nigerien|Chadian|Cameroonian|Gabonese|Liberian|Sierra Leonean|
Guinean|Mauritanian|Israeli|Palestinian|Lebanese|Syrian|Jordanian|Iraqi|Iranian|Persian|
Saudi|Kuwaiti|Qatari|Emirati|Bahraini|Omani|Yemeni|Kurdish|Kurd|Kurds|Arab|Arabs|Arabic|
Asian|European|African|Latin American|Scandinavian|Balkan|Caucasian|Slav|Slavic|Basque|
Catalan|Flemish|Walloon|Chechen|Tatar|Uighur|Uyghur|Pashtun|Tamil|Sikh|Hindu|Muslim|
Muslims|Moslem|Moslems|Christian|Christians|Catholic|Catholics|Roman Catholic|Protestant|
Protestants|Orthodox|Jewish|Jew|Jews|Buddhist|Buddhists|Islamic|Islamist|Islamists|Sunni|
Sunnis|Shi'ite|Shi'ites|Shiite|Shiites|Shia|Evangelical|Anglican|Methodist|Baptist|
Lutheran|Mormon|Coptic|Druze|Alawite|Hutu|Tutsi|Zulu|Bantu|Hispanic|Latino|Latina|
Democrat|Democrats|Democratic|Republican|Republicans|Conservative|Conservatives|Tory|
Tories|Labour|Liberal|Liberals|Socialist|Socialists|Communist|Communists|Marxist|
Maoist|Maoists|Leninist|Stalinist|Fascist|Nazi|Nazis|Zionist|Green|Greens|Gaullist|
Christian Democrat|Social Democrat|Social Democrats|Bolshevik|Taliban|Sandinista|
Americans|Britons|Briton|Germans|French|Russians|Chinese|Japanese|Israelis|Palestinians|
Iraqis|Iranians|Afghans|Pakistanis|Indians|Europeans|Africans|Asians|Australians|
Canadians|Mexicans|Italians|Spaniards|Spaniard|Poles|Pole|Serbs|Croats|Bosnians|
Albanians|Greeks|Turks|Turk|Swedes|Swede|Norwegians|Danes|Dane|Finns|Dutchman|Scots|Scot|
Irishman|Englishman|Welshman|Saudis|Syrians|Lebanese|Egyptians|Nigerians|Kenyans|
Koreans|Vietnamese|Thais|Indonesians|Filipinos|Brazilians|Argentines|Chileans|
Colombians|Venezuelans|Cubans|Haitians|Ukrainians|Georgians|Armenians|Azerbaijanis|
Kazakhs|Uzbeks|Chechens|Tamils|Sikhs|Hindus|Yemenis|Somalis|Sudanese|Ethiopians|
Congolese|Rwandans|Zimbabweans|South Africans|New Zealanders|Belgians|Austrians|Swiss|
Hungarians|Romanians|Bulgarians|Czechs|Slovaks|Lithuanians|Latvians|Estonians|Iraqi Kurds
"""

TITLES = """
mr|mr.|mrs|mrs.|ms|ms.|miss|dr|dr.|prof|prof.|professor|sir|dame|lord|lady|baron|baroness|
president|vice president|vice-president|prime minister|premier|chancellor|minister|
secretary|ambassador|governor|gov.|gov|senator|sen.|sen|rep.|rep|representative|
congressman|congresswoman|mayor|judge|justice|king|queen|prince|princess|duke|duchess|
emperor|pope|cardinal|archbishop|bishop|rev.|rev|reverend|father|sister|rabbi|imam|
ayatollah|sheikh|general|gen.|gen|colonel|col.|col|major|maj.|captain|capt.|lieutenant|
lt.|sergeant|sgt.|admiral|adm.|commander|marshal|chairman|chairwoman|chair|chief|ceo|cfo|
coo|cto|director|spokesman|spokeswoman|spokesperson|analyst|coach|manager|striker|
midfielder|defender|goalkeeper|economist|strategist|trader|dealer|broker|officer|
inspector|detective|det.|supt.|sheriff|attorney|lawyer|prosecutor|commissioner|
superintendent|dean|principal|mrs|messrs|messrs.|mme|mlle|herr|signor|senor|monsieur|
madame|pres.|atty.|amb.|hon.|honourable|honorable|gov.-elect|president-elect|
deputy|acting|former|late|founder|co-founder|executive|boss|leader|head
"""

ORG_SUFFIX = """
inc|inc.|incorporated|corp|corp.|corporation|co|co.|company|ltd|ltd.|limited|plc|llc|llp|
lp|l.p.|ag|gmbh|sa|s.a.|nv|n.v.|bv|b.v.|spa|s.p.a.|ab|asa|oyj|kk|k.k.|pty|pte|bhd|tbk|
group|holdings|holding|partners|associates|bros|bros.|brothers|& co|trust|fund|capital|
securities|bank|bancorp|bankcorp|financial|insurance|assurance|investments|ventures|
industries|international|technologies|technology|systems|solutions|services|networks|
communications|telecom|airlines|airways|motors|pharmaceuticals|energy|petroleum|oil|
mining|resources|foods|stores|media|entertainment|studios|pictures|records|press|times|
post|journal|news|daily|herald|tribune|gazette|magazine|review|agency|commission|
committee|council|ministry|department|office|bureau|authority|board|institute|
institution|university|college|school|academy|foundation|society|association|union|
federation|league|club|organisation|organization|party|front|movement|alliance|army|
navy|force|forces|police|court|parliament|congress|senate|assembly|government|exchange|
reserve|service|hospital|church|team|united|city|fc|f.c.|rovers|wanderers|athletic
"""

# Words that open organisation names ("Bank of England", "University of ...").
ORG_HEAD = """
bank|university|ministry|department|bureau|office|council|commission|committee|institute|
federation|association|union|league|church|house|court|board|agency|organisation|
organization|party|order|college|academy|museum|society|federal|national|royal|
international|central|united|european|american|british|world
"""

# Well-known companies and organisations (see the sources above): names as
# written in news, without legal suffixes ("Inc", "plc"), which the tagger
# and the document pass handle.
ORG_NAMES = """
Airbus|Boeing|Lockheed Martin|Northrop Grumman|Raytheon|General Dynamics|BAE Systems|EADS|
Rolls-Royce|Bombardier|Embraer|Air Canada|Air France|Air France-KLM|KLM|Lufthansa|
British Airways|Iberia|Alitalia|Qantas|Singapore Airlines|Cathay Pacific|Emirates|
United Airlines|American Airlines|Delta Air Lines|Northwest Airlines|Continental Airlines|
Southwest Airlines|US Airways|JetBlue|Ryanair|easyJet|Aeroflot|Japan Airlines|
All Nippon Airways|Korean Air|General Electric|General Motors|Ford Motor|Chrysler|
DaimlerChrysler|Daimler|Volkswagen|BMW|Porsche|Audi|Renault|Peugeot|PSA Peugeot Citroen|
Fiat|Toyota|Honda|Nissan|Mitsubishi|Mazda|Suzuki|Subaru|Hyundai|Kia|Volvo|Saab|Tata Motors|
Exxon|Exxon Mobil|ExxonMobil|Mobil|Chevron|ChevronTexaco|Texaco|ConocoPhillips|BP|
Royal Dutch Shell|Shell|Total|Eni|Repsol|Statoil|StatoilHydro|Petrobras|PetroChina|
Sinopec|CNOOC|Gazprom|Lukoil|Rosneft|Yukos|Saudi Aramco|Halliburton|Schlumberger|
Microsoft|Apple|Google|Alphabet|Amazon|Facebook|Meta|Yahoo|eBay|
IBM|Intel|AMD|Advanced Micro Devices|Nvidia|Qualcomm|Texas Instruments|Cisco|Cisco Systems|
Oracle|SAP|Hewlett-Packard|HP|Dell|Xerox|Motorola|Nokia|Ericsson|Siemens|Philips|
Samsung|Samsung Electronics|LG|Sony|Panasonic|Matsushita|Toshiba|Hitachi|NEC|Fujitsu|
Canon|Nikon|Sharp|Kodak|Eastman Kodak|Lenovo|Huawei|ZTE|Alibaba|Tencent|Baidu|
Infosys|Wipro|Tata Consultancy Services|Accenture|Adobe|Salesforce|Netflix|Twitter|
LinkedIn|Uber|Tesla|SpaceX|OpenAI|Research In Motion|BlackBerry|
Vodafone|AT&T|Verizon|Verizon Communications|Sprint|Sprint Nextel|T-Mobile|BT|
Deutsche Telekom|France Telecom|Orange|Telefonica|Telecom Italia|NTT|NTT DoCoMo|KDDI|
SoftBank|China Mobile|Comcast|Time Warner|Walt Disney|Disney|Viacom|CBS|NBC|ABC|CNN|
News Corp|BBC|Reuters|Thomson Reuters|Associated Press|Agence France-Presse|AFP|
Bloomberg|Dow Jones|Financial Times|Wall Street Journal|New York Times|Washington Post|
The Economist|Forbes|Fortune|Gartner|IDC|Nielsen|
Wal-Mart|Walmart|Target|Costco|Home Depot|Kroger|Carrefour|Tesco|Sainsbury|Ahold|
Metro|Aldi|Lidl|Marks & Spencer|IKEA|H&M|Inditex|Zara|Nike|Adidas|Puma|
Coca-Cola|Pepsi|PepsiCo|Nestle|Unilever|Procter & Gamble|Kraft|Kraft Foods|Danone|
Heinz|Kellogg|McDonald's|Starbucks|Burger King|KFC|Yum Brands|Anheuser-Busch|InBev|
Kohl's|Macy's|Wendy's|Lowe's|Dillard's|Sotheby's|Christie's|Denny's|Applebee's|
Domino's|Moody's|Arby's|Hardee's|Chili's|Friendly's|Claire's|Sam's Club|
SABMiller|Heineken|Diageo|Pernod Ricard|Philip Morris|Altria|British American Tobacco|
Pfizer|Merck|Johnson & Johnson|GlaxoSmithKline|Glaxo|AstraZeneca|Novartis|Roche|
Sanofi|Sanofi-Aventis|Bayer|BASF|Eli Lilly|Bristol-Myers Squibb|Abbott|Amgen|Genentech|
Wyeth|Schering-Plough|Monsanto|DuPont|Dow Chemical|3M|Caterpillar|Deere|Honeywell|
United Technologies|Alcoa|Rio Tinto|BHP Billiton|Anglo American|Xstrata|Vale|
ArcelorMittal|Arcelor|Mittal Steel|Nippon Steel|Posco|Tata Steel|US Steel|Glencore|
Citigroup|Citibank|JPMorgan|JPMorgan Chase|J.P. Morgan|Goldman Sachs|Morgan Stanley|
Merrill Lynch|Lehman Brothers|Bear Stearns|Bank of America|Wells Fargo|Wachovia|
Washington Mutual|Countrywide|Fannie Mae|Freddie Mac|American Express|Visa|MasterCard|
AIG|American International Group|Berkshire Hathaway|BlackRock|Fidelity|Vanguard|
Charles Schwab|Prudential|MetLife|Allianz|AXA|Aviva|Generali|Zurich Financial|Munich Re|
Swiss Re|HSBC|Barclays|Lloyds|Lloyds TSB|Royal Bank of Scotland|RBS|HBOS|Standard Chartered|
Deutsche Bank|Commerzbank|Dresdner Bank|UBS|Credit Suisse|BNP Paribas|Societe Generale|
Credit Agricole|Natixis|ING|ABN AMRO|Rabobank|Fortis|Dexia|Santander|BBVA|UniCredit|
Intesa Sanpaolo|Nomura|Daiwa|Mizuho|Sumitomo Mitsui|Mitsubishi UFJ|Bank of China|
Industrial and Commercial Bank of China|ICBC|China Construction Bank|State Bank of India|
ICICI Bank|HDFC|Macquarie|Blackstone|Carlyle|KKR|Kohlberg Kravis Roberts|
Standard & Poor's|Standard and Poor's|S&P|Moody's|Fitch|Fitch Ratings|Nasdaq|NYSE|
New York Stock Exchange|London Stock Exchange|Euronext|Deutsche Boerse|
United Nations|UN|U.N.|NATO|European Union|EU|E.U.|European Commission|
European Central Bank|ECB|Federal Reserve|Fed|International Monetary Fund|IMF|
World Bank|World Trade Organization|WTO|OPEC|OECD|Bank of England|Bank of Japan|
Bundesbank|Securities and Exchange Commission|SEC|FBI|CIA|Pentagon|NASA|Interpol|
Red Cross|Greenpeace|Amnesty International|Human Rights Watch|World Health Organization|
WHO|UNICEF|Hamas|Hezbollah|Taliban|al Qaeda|al-Qaeda|FIFA|UEFA|IOC|
International Olympic Committee|Manchester United|Chelsea|Arsenal|Liverpool FC|
Real Madrid|Barcelona FC|Bayern Munich|Juventus|AC Milan|Inter Milan|Ajax|PSV Eindhoven|
Celtic|Rangers|Tottenham|Newcastle United|Aston Villa|Everton|Benfica|Porto
"""

# Products and brands (see the sources above): tagged MISC by the document
# pass, never a tagger feature (NW_GZ_PRODUCT is outside NW_GZ_TAGGER_MASK).
PRODUCTS = """
Avastin|Herceptin|Rituxan|MabThera|Lucentis|Tarceva|Xolair|Erbitux|Gleevec|Glivec|
Tykerb|Sutent|Nexavar|Velcade|Revlimid|Thalomid|Taxotere|Eloxatin|Gemzar|Alimta|
Lipitor|Zocor|Crestor|Vytorin|Zetia|Pravachol|Norvasc|Diovan|Cozaar|Plavix|Lovenox|
Nexium|Prilosec|Prevacid|Celebrex|Vioxx|Bextra|Avandia|Actos|Januvia|Byetta|Lantus|
Exubera|Zyprexa|Seroquel|Risperdal|Abilify|Geodon|Prozac|Zoloft|Paxil|Effexor|
Cymbalta|Lexapro|Wellbutrin|Ambien|Lunesta|Lyrica|Neurontin|Aricept|Namenda|
Singulair|Advair|Spiriva|Enbrel|Humira|Remicade|Tysabri|Avonex|Rebif|Copaxone|
Epogen|Procrit|Aranesp|Neulasta|Neupogen|Viagra|Cialis|Levitra|Chantix|Champix|
Tamiflu|Relenza|Gardasil|Cervarix|Rotateq|Zostavax|Prevnar|Fosamax|Boniva|Actonel|
Evista|Forteo|Premarin|Prempro|Yasmin|Flomax|Detrol|Valtrex|Zyrtec|Claritin|Allegra|
Botox|Accutane|Ketek|Zelnorm|Baycol|Rezulin|Plendil|Toprol|Arimidex|Femara|Zometa|
Xbox|Xbox 360|PlayStation|PlayStation 2|PlayStation 3|PS2|PS3|PSP|GameCube|Wii|
Nintendo DS|iPod|iPods|iPhone|iPhones|iTunes|iMac|MacBook|Zune|Walkman|Kindle|
Treo|Razr|Bravia|Blu-ray|HD DVD|Windows Vista|Windows XP|Dreamliner|A380|A350|
Boeing 787|Boeing 747|Boeing 737|Boeing 777|Prius|Camry|Corolla|Silverado|Escalade|F-150
"""

MALE = """
callum|liam|connor|kieran|declan|rory|ewan|jamie|ciaran|finn|harry|oliver|jack|
aaron|abdul|abdullah|adam|adrian|ahmed|ahmad|al|alan|albert|alberto|alejandro|alex|
alexander|alexandre|alexei|alfred|ali|alistair|allen|alvaro|amir|anders|andre|andreas|
andrei|andrew|andy|angelo|anthony|antoine|anton|antonio|ariel|arnold|arthur|ashok|
barack|barry|ben|benjamin|bernard|bernie|bill|billy|bob|bobby|boris|brad|bradley|brian|
bruce|bruno|bryan|carl|carlos|chad|charles|charlie|chris|christian|christopher|claude|
colin|craig|daniel|danny|dario|dave|david|dean|dennis|derek|dick|diego|dmitry|dominic|
don|donald|doug|douglas|duncan|ed|eddie|edward|edwin|emmanuel|enrique|eric|erik|ernst|
eugene|evan|fabio|felipe|felix|fernando|francesco|francis|francisco|francois|frank|
franz|fred|frederick|gary|gavin|gene|geoff|george|georg|gerald|gerard|gerhard|giovanni|
giuseppe|glenn|gordon|graham|greg|gregory|guido|gustavo|guy|hamid|hans|harold|harry|
hassan|heinz|helmut|henry|herbert|howard|hugh|hugo|hussein|ian|igor|ivan|jack|jacob|
jacques|jake|james|jamie|jan|jason|javier|jean|jeff|jeffrey|jens|jeremy|jerry|jim|
jimmy|joe|joel|johan|johann|john|johnny|jon|jonathan|jorge|jose|josef|joseph|josh|
joshua|juan|jules|julian|jurgen|justin|karl|keith|ken|kenneth|kevin|khalid|kim|klaus|
kurt|larry|lars|lee|leo|leon|leonard|lewis|lloyd|louis|luca|lucas|luis|luke|manuel|
marc|marcel|marco|marcus|mario|mark|martin|matt|matthew|max|michael|michel|miguel|
mike|mikhail|mohamed|mohammad|mohammed|muhammad|nathan|neil|nelson|nicholas|nick|
nicolas|nigel|noah|norman|oleg|oliver|omar|oscar|otto|owen|pablo|paolo|pascal|pat|
patrick|paul|pedro|per|pervez|pete|peter|phil|philip|philippe|pierre|rafael|rahul|raj|
ralph|ramon|randy|raul|ray|raymond|reza|ricardo|richard|rick|rob|robert|roberto|robin|
rod|roger|roland|ron|ronald|rory|ross|roy|rudolf|rupert|russell|ryan|said|salman|sam|
samuel|sandro|saddam|scott|sean|sebastian|sergei|sergio|shane|shaun|simon|stan|stanley|
stefan|stephen|steve|steven|stuart|sven|ted|terry|thomas|tim|timothy|todd|tom|tommy|
tony|trevor|tyler|ulrich|victor|viktor|vincent|vladimir|walter|warren|wayne|werner|
wesley|will|william|willie|wolfgang|xavier|yasser|yuri|zach|zachary|jassy|benito|
rupert|dmitri|yevgeny|nikolai|viktor|hosni|recep|shinzo|narendra|manmohan|xi|hu|wen|
jiang|deng|li|ehud|benjamin|shimon|yitzhak|nawaz|hamid|mahmoud|bashar|hafez|kofi|
nelson|thabo|jacob|robert|olusegun|umaru|goodluck|muammar|abdelaziz|zine|jalal|nouri
"""

FEMALE = """
abigail|ada|alice|alicia|alison|amanda|amy|ana|andrea|angela|angelina|ann|anna|anne|
annie|barbara|beatrice|betty|beverly|brenda|carla|carmen|carol|caroline|catherine|
cathy|charlotte|cheryl|chloe|christina|christine|cindy|claire|clara|claudia|condoleezza|
cynthia|dana|daniela|deborah|debra|denise|diana|diane|donna|doris|dorothy|elena|
elizabeth|ellen|emily|emma|erica|eva|evelyn|fiona|frances|gabriela|gail|gloria|grace|
hannah|heather|helen|helena|hillary|ingrid|irene|isabel|jane|janet|janice|jean|jennifer|
jenny|jessica|jill|joan|joanna|joyce|judith|judy|julia|julie|karen|kate|katherine|
kathleen|kathy|katie|kelly|kim|kristin|laura|lauren|linda|lisa|liz|louise|lucy|lynn|
madeleine|margaret|maria|marie|marina|marion|martha|mary|maureen|megan|melissa|michelle|
monica|nancy|natalie|natalia|nicole|nina|olga|pamela|patricia|paula|pauline|rachel|
rebecca|rita|rosa|rose|ruth|sally|samantha|sandra|sara|sarah|sharon|shirley|sonia|
sophie|stephanie|susan|suzanne|sylvia|tanya|teresa|theresa|tina|valerie|vanessa|
victoria|virginia|wendy|yvonne|zoe|angela|ségolène|segolene|benazir|indira|sonia|
golda|aung|yulia|julia|nicola|theresa|christine|janet|nancy|kamala|sheryl|marissa|
meg|ginni|indra|mary|irene|ursula|margrethe|beatrix|elisabeth|viviane|neelie|cecilia
"""

MONTHS_DAYS = """
january|february|march|april|may|june|july|august|september|october|november|december|
jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|jan.|feb.|mar.|apr.|jun.|jul.|aug.|
sep.|sept.|oct.|nov.|dec.|monday|tuesday|wednesday|thursday|friday|saturday|sunday
"""

# Subdivision names that are ordinary words and would mislead.
SUBDIV_SKIP = set("""centre center central north south east west capital city
national eastern western northern southern island islands coast district
region valley upper lower middle lakes mountains river""".split())


def split_list(s):
    """Split a |-separated hand list into clean names."""
    return [x.strip() for x in s.replace("\n", "").split("|") if x.strip()]


def load_iso():
    """Country names and subdivision names from Debian iso-codes."""
    countries, subdivs = [], []
    with open(os.path.join(ISO, "iso_3166-1.json"), encoding="utf-8") as f:
        for c in json.load(f)["3166-1"]:
            for k in ("name", "common_name", "official_name"):
                if k in c:
                    countries.append(c[k])
    with open(os.path.join(ISO, "iso_3166-2.json"), encoding="utf-8") as f:
        for c in json.load(f)["3166-2"]:
            subdivs.append(c["name"])
    return countries, subdivs


def clean(name):
    """Drop bracketed parts and text after a comma; None when unusable."""
    name = re.sub(r"\s*[\(\[].*?[\)\]]", "", name)
    name = name.split(",")[0].strip()
    if not name or len(name) > 40 or not re.search(r"[A-Za-z]", name):
        return None
    return name


def c_string(s):
    """Quote s as a C string literal (UTF-8 bytes escaped as octal)."""
    out = []
    for b in s.encode("utf-8"):
        if b in (34, 92):
            out.append("\\" + chr(b))
        elif 32 <= b < 127:
            out.append(chr(b))
        else:
            out.append("\\%03o" % b)
    return '"' + "".join(out) + '"'


def main():
    """Collect every list and write the C source."""
    countries, subdivs = load_iso()
    entries = {}

    def add(name, cat):
        name = clean(name)
        if name:
            entries.setdefault(name.lower(), set()).add(cat)

    for n in countries + split_list(COUNTRY_ALIASES):
        add(n, "NW_GZ_COUNTRY")
    for n in split_list(CITIES):
        add(n, "NW_GZ_CITY")
    for n in subdivs:
        c = clean(n)
        if c and c.lower() not in SUBDIV_SKIP:
            add(c, "NW_GZ_SUBDIV")
    for names, flag in ((LOC_NAMES, "NW_GZ_LOCNAME"), (DEMONYMS, "NW_GZ_NORP"),
                        (TITLES, "NW_GZ_TITLE"), (ORG_SUFFIX, "NW_GZ_ORGSUF"),
                        (ORG_HEAD, "NW_GZ_ORGHEAD"), (ORG_NAMES, "NW_GZ_ORGNAME"),
                        (MALE, "NW_GZ_MALE"), (FEMALE, "NW_GZ_FEMALE"),
                        (PRODUCTS, "NW_GZ_PRODUCT"), (MONTHS_DAYS, "NW_GZ_TIME")):
        for n in split_list(names):
            add(n, flag)
    lines = [
        "/* Generated by scripts/gen_gazetteers.py: do not edit.",
        " * Sources: Debian iso-codes ISO 3166-1 (countries) and ISO 3166-2",
        " * (subdivisions), /usr/share/iso-codes/json; hand-written lists in",
        " * the script (aliases, cities, places, demonyms and groups, titles,",
        " * organisation words, well-known organisation names, products and",
        " * brands, first names, months and days). */",
        '#include "gazetteer.h"',
        "",
        "const nw_gaz_entry nw_gaz_entries[] = {",
    ]
    for name in sorted(entries):
        cats = " | ".join(sorted(entries[name]))
        lines.append("    {%s, %s}," % (c_string(name), cats))
    lines.append("    {0, 0}};")
    lines.append("")
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    print("wrote %s: %d entries" % (OUT, len(entries)), file=sys.stderr)


if __name__ == "__main__":
    main()
