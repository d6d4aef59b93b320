/**
 * General word lists a news editor would recognise: speech, belief and pledge verbs,
 * outlet and document nouns, titles, role nouns, group nouns and gendered first names.
 * Nothing here is specific to any one article.
 */

const set = (words: string): Set<string> => new Set(words.trim().split(/\s+/));

/** Lemmas of verbs by which a source asserts something itself. */
export const SPEECH_VERBS = set(`
say tell state add argue claim accuse deny warn stress insist note explain write tweet post
announce confirm admit allege maintain declare concede acknowledge reveal disclose assert
contend emphasise emphasize underline underscore highlight suggest propose recommend urge demand ask
reply respond answer comment complain criticise criticize condemn praise hail welcome blame
dismiss reject question caution predict estimate forecast recall recount describe tell testify
agree disagree announce remark observe mention insist reiterate repeat advise defend continue
instruct apologise apologize divulge affirm reaffirm restate press plead elaborate clarify
point express call appeal vow pledge promise guarantee assure swear commit undertake offer
threaten conclude retort quip joke boast lament lambast slam counter
protest object speak talk brand voice echo raise speculate deride ridicule shrug profess unveil outline
rule dub direct attribute project hint signal back hold tout sum term downplay deplore decry bemoan denounce castigate chide rebuke berate
challenge enjoin dispute refute rebut attack thank charge shout yell scream cite submit request remind chant
depict characterise characterize determine invite encourage inform alert notify
`);

/** Verbs of belief, stance and wanting: a claim when the holder is identified. */
export const BELIEF_VERBS = set(`
believe think hope want fear expect regard consider feel doubt suspect reckon
wish understand worry wonder
`);

/** Verbs of commitment: a pledge by their subject. */
export const PLEDGE_VERBS = set(`pledge vow promise guarantee assure swear undertake commit offer`);

/**
 * Nouns that name a figure or a mood *of* something ("Shares in Acme", "Profits at the bank",
 * "Anger at council tax rises"): as a subject they are no source; the body after the
 * preposition is the one in view.
 */
export const FIGURE_NOUNS = set(`
shares share stock stocks profits profit sales earnings revenue revenues turnover output exports
imports prices costs spending demand growth trading losses debts anger fury concern concerns
pressure speculation confidence
`);

/**
 * Political parties by their usual short names (UK, Ireland, US), for "the party" → the party in
 * view. Names ending in "Party" count without being listed.
 */
export const PARTY_NAMES = set(`
labour conservatives tories tory liberal-democrats lib-dems snp plaid-cymru ukip greens
democrats republicans sinn-fein dup sdlp alliance respect
`);

/** Verbs an outlet, document or study uses to convey content: a report when their subject is one. */
export const REPORT_VERBS = set(`
report find show reveal suggest say claim state indicate conclude estimate put cite quote
allege note add write describe indicate
`);

/** Head nouns of outlets. */
export const OUTLET_NOUNS = set(`
newspaper newspapers media broadcaster broadcasters outlet outlets
magazine magazines website websites channel channels network tabloid tabloids daily dailies weekly press television radio station stations
wire affiliate affiliates blog publication publications
`);

/** Words that end the name of a news outlet ("the Korea Times", "the Express Tribune"). */
export const OUTLET_NAME_ENDINGS = set(`
Times Post Journal Tribune Herald Telegraph Guardian News Gazette Mail Express Standard Chronicle
Independent Observer Mirror Economist Reuters Bloomberg Insider Politico Axios Wire Daily
Magazine Radio TV Television Press Globe Courier Dispatch Today Blog Sun
Bulletin Inquirer Enquirer Examiner Statesman Spectator Newsweek Vox Online
Verge Wired Forbes Fortune Yonhap Xinhua Interfax Tass TASS AFP AP BBC CNN NPR CNBC NBC CBS ABC
Quora Reddit Twitter
`);

/** Proper names that are outlets by themselves. */
export const OUTLET_NAMES = set(`
Reuters Bloomberg AFP AP BBC CNN NPR CNBC NBC CBS ABC Yonhap Xinhua Interfax TASS Tass Politico
Axios Forbes Newsweek Quora TMZ Kyodo Bernama Ansa ANSA IRNA Fars Tasnim Sky FT WSJ NYT
VentureBeat TechCrunch Engadget Gizmodo Mashable CNET ZDNet BuzzFeed HuffPost Breitbart Haaretz
Spiegel Nikkei Asahi Yomiuri Mainichi Kommersant Izvestia Novosti Sputnik Anadolu Antara PTI IANS
DPA EFE AAP CBC CTV RTE ITV MSNBC PBS Euronews Newsmax Semafor Recode Jazeera Ynet Bild Figaro
`);

/** Head nouns of documents, studies and polls (their content reaches us second-hand). */
export const DOCUMENT_NOUNS = set(`
report reports book books study studies survey surveys poll polls research document documents
transcript transcripts memo memos figures data analysis review paper papers filing filings
records record letter dossier investigation inquiry audit estimates estimate census statistics results
findings assessment article articles answers thread leaflet obituary obituaries guidance guidelines manifesto motion
announcement announcements changelog log column editorial bulletin circular
lawsuit petition indictment affidavit memoir memoirs autobiography biography documentary judgment judgement
register minutes handbook newsletter test tests release reporting email emails e-mail observations
complaint complaints suit action ruling brief briefs warrant deposition testimony citation note
`);

export const POLL_NOUNS = set(`poll polls polling survey surveys census`);

/** Participles that say who made a document public ("figures released by", "a study published in"). */
export const PUBLISHING_PARTICIPLES = /^(published|released|issued|compiled|commissioned|conducted|produced|prepared|obtained|seen|presented|posted|filed)$/;

/**
 * Titles before a name; the value is the gender they imply, or null. No prototype,
 * so `word in TITLES` is false for "constructor" and the like.
 */
export const TITLES: Record<string, 'm' | 'f' | null> = Object.assign(Object.create(null), {
  mr: 'm', 'mr.': 'm', mister: 'm', sir: 'm', lord: 'm', king: 'm', prince: 'm', father: 'm',
  mrs: 'f', 'mrs.': 'f', ms: 'f', 'ms.': 'f', miss: 'f', lady: 'f', dame: 'f', baroness: 'f',
  queen: 'f', princess: 'f', sister: 'f',
  dr: null, 'dr.': null, prof: null, 'prof.': null, professor: null, president: null,
  gen: null, 'gen.': null, general: null, col: null, 'col.': null, colonel: null, capt: null,
  'capt.': null, captain: null, lt: null, 'lt.': null, sgt: null, 'sgt.': null, sen: null,
  'sen.': null, senator: null, rep: null, 'rep.': null, gov: null, 'gov.': null, governor: null,
  judge: null, justice: null, chancellor: null, minister: null, premier: null, mayor: null,
  ambassador: null, chairman: 'm', chairwoman: 'f', rev: null, 'rev.': null, bishop: null,
  archbishop: null, pope: 'm', rabbi: null, imam: null, sheikh: 'm', admiral: null, adm: null,
  'adm.': null, det: null, 'det.': null, officer: null, inspector: null, constable: null,
  commissioner: null, secretary: null, st: null, administrator: null,
  supt: null, 'supt.': null, insp: null, 'insp.': null, cllr: null, coun: null, 'coun.': null,
  superintendent: null, councillor: null, councilman: 'm', councilwoman: 'f', magistrate: null,
  pm: null,
  // Honorifics of South Asian, West African and Malaysian English ("Shri", "Alhaji", "Hon.", "Datuk").
  shri: 'm', sri: 'm', smt: 'f', 'smt.': 'f', shrimati: 'f', sardar: 'm', alhaji: 'm', alhaja: 'f', hajiya: 'f',
  mallam: 'm', hon: null, 'hon.': null, honourable: null, datuk: null, dato: null, datin: 'f', engr: null, 'engr.': null,
  barr: null, 'barr.': null, pastor: null, dsp: null, asp: null, igp: null,
});

/** Titles that stay part of a person's name in news style ("Lord Goldsmith", "President Obama"). */
export const NAME_TITLES = set(`lord sir dame lady baroness king queen prince princess president pope sheikh`);

/** Nouns that describe a body just before its name ("think tank Demos", "housing charity Shelter"). */
export const BODY_DESCRIPTIONS = /^(analysts?|firm|company|group|tank|consultancy|agency|watchdog|regulator|charity|body|organisation|organization|campaigners?|researchers?|engine|site|website|service|maker|manufacturer|retailer|giant|operator|provider|network|broadcaster|publisher|studio|developer|bank|airline|carrier)$/;

/** Offices named by whom they serve, with "to" ("an aide to the president", "ambassador to the UN"). */
export const SERVING_ROLES = /^(aides?|advis[eo]rs?|assistants?|counsel|consultants?|secretary|ambassadors?|envoys?|staff|spokes(man|woman|person)|successor|heir|deputy)$/;

/** Role nouns that can stand for a person named elsewhere ("the minister", "the spokesman"). */
export const ROLE_NOUNS = set(`
spokesman spokeswoman spokesperson minister secretary president chairman chairwoman chair chief
director executive leader head governor mayor ambassador envoy representative official officer
commissioner chancellor premier senator congressman congresswoman lawmaker mp mep msp mla td mpp mna deputy adviser
advisor aide analyst economist expert professor researcher scientist author writer journalist
correspondent editor reporter lawyer attorney judge prosecutor general commander coordinator
co-ordinator founder owner manager ceo boss strategist diplomat negotiator campaigner activist
doctor surgeon coroner inspector constable detective sheriff consultant chief partner planner
vice-president vice-chairman counsel rapporteur monitor policeman garda ranger elder priest father
mother son daughter wife husband sister brother friend neighbour neighbor teacher student
receptionist worker employee owner proprietor councillor councilor
superintendent supervisor treasurer auditor registrar provost dean trustee solicitor barrister
nurse midwife paramedic pharmacist headteacher headmaster headmistress chaplain matron coach
magistrate pundit colonel captain lieutenant sergeant admiral
taoiseach tánaiste tanaiste pm king queen monarch pope emir sultan ayatollah sheikh prince princess
archbishop bishop cardinal imam rabbi pastor vicar
`);

/** Top-level domains that end a web address ("gamesindustry.biz", "bbc.co.uk"). */
export const TOP_LEVEL_DOMAIN = /^(com|net|org|biz|info|io|co|uk|tv|eu|gov|edu|ca|au|ie|nz)$/;

/** Abbreviated titles before a name and the office they stand for ("Gov. David Paterson" is the governor). */
export const ABBREVIATED_ROLES: ReadonlyMap<string, string> = new Map([
  ['gov', 'governor'], ['sen', 'senator'], ['rep', 'representative'], ['gen', 'general'], ['col', 'colonel'],
  ['capt', 'captain'], ['lt', 'lieutenant'], ['sgt', 'sergeant'], ['supt', 'superintendent'], ['insp', 'inspector'],
  ['det', 'detective'], ['adm', 'admiral'], ['prof', 'professor'], ['cllr', 'councillor'], ['coun', 'councillor'],
  ['atty', 'attorney'], ['cmdr', 'commander'], ['pm', 'prime minister'], ['justice', 'judge'],
]);

/** Verbs whose object is a person or a thing, not reported content ("criticised a union leader who said"). */
export const OBJECT_VERBS = /^(criticise|criticize|condemn|praise|attack|accuse|blame|attribute|dismiss|reject|welcome|hail|slam|lambast|question|challenge|defend|back|deny|refute|dispute|rebut)$/;

/** Those who speak for someone else ("the Tory spokesman", "a Labour Party spokeswoman"). */
export const SPEAKING_ROLES = new Set(['spokesman', 'spokeswoman', 'spokesperson']);

/** Plural or collective nouns naming an unidentified group of sources. */
export const GROUP_NOUNS = set(`
officials sources critics experts analysts observers residents witnesses scientists researchers
economists investors campaigners activists lawmakers legislators politicians diplomats police gardaí gardai
authorities ministers leaders executives insiders supporters opponents protesters protestors
doctors teachers parents people voters members aides advisers advisors observers commentators
traders dealers bankers unions workers staff employees locals villagers families relatives
elders players firms companies insurers agencies groups governments countries nations donors
bosses owners officers spokespeople prosecutors lawyers judges engineers environmentalists
conservationists historians academics commentators users fans readers viewers citizens
rebels insurgents militants guerrillas separatists candidates delegates
`);

export const PRONOUNS: Record<string, { gender: 'm' | 'f' | 'n' | null; plural: boolean; first?: boolean }> = {
  he: { gender: 'm', plural: false }, she: { gender: 'f', plural: false },
  it: { gender: 'n', plural: false }, they: { gender: null, plural: true },
  we: { gender: null, plural: true, first: true }, i: { gender: null, plural: false, first: true },
};

/** Words that introduce clauses or phrases and are never part of a source's name. */
export const MONTHS_DAYS = set(`
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
`);

/** "according to X" where X is a rule, not a source. */
export const NON_SOURCE_NOUNS = set(`
rules rule law laws plan plans schedule tradition custom legend constitution regulations
guidelines protocol script procedure design how code codes statute statutes treaty charter
regulation requirements policy manual rulebook bylaws standards timetable timeline
`);

export const MALE_NAMES = set(`
james john robert michael william david richard joseph thomas charles christopher daniel matthew
anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward
jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin
samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan
henry douglas zachary peter kyle ethan walter noah jeremy christian keith roger terry gerald
harold sean austin carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel logan
albert willie alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason philip
louis tony tom tim mike jim bob bill ben sam nick steve dave chris ian colin nigel simon gordon
tony alastair alistair malcolm neil graham geoff geoffrey trevor derek barry keith clive gareth
rhodri dafydd iain hamish angus callum ewan ross liam conor declan seamus niall ciaran
hugh rupert giles oliver harry charlie alfie archie toby rory max leo luke owen ed ted
vladimir dmitry sergei sergey ivan igor boris alexei nikolai mikhail yuri viktor oleg
mohammed muhammad mohammad ahmed ahmad ali hassan hussein omar abdul abdullah khalid mahmoud
ibrahim yusuf mustafa hamid tariq imran nawaz asif amir karim rashid salman faisal bashar
recep emmanuel francois jacques nicolas jean pierre michel hans klaus jurgen helmut gerhard
wolfgang angelo giuseppe silvio matteo mario carlos luis jorge pedro miguel juan diego
barack joe donald benjamin yitzhak ariel ehud shimon moshe naftali yair avigdor
xi hu wen li shinzo fumio kim moon yoon lee park jae
narendra rahul manmohan
jacob cyril thabo robert emmerson morgan nelson kofi
martin josh steven gerry ken tony jeremy david nick hilary
`);

export const FEMALE_NAMES = set(`
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret
sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca
sharon laura cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha
katherine christine debra rachel catherine carolyn janet ruth maria heather diane virginia julie
joyce victoria olivia kelly christina lauren joan evelyn judith megan cheryl andrea hannah martha
jacqueline frances gloria ann teresa kathryn sara janice jean alice madison doris abigail julia
judy grace denise amber marilyn beverly danielle theresa sophia marie diana brittany natalie
isabella charlotte rose alexis kayla jane theresa tessa harriet hazel yvette estelle clare claire
fiona kirsty gillian jill kate katie lucy sophie chloe ellie eloise amelia jessica beth harriet
yasmin ayesha fatima aisha maryam benazir hina sheikha indira sonia priya
angela ursula marine segolene christine nicola theresa jacinda hillary hilary condoleezza nancy
golda tzipi ayelet grace julia penny yoko ling mei
`);

/** Countries, regions and nationalities: never a person's name. */
export const PLACES = set(`
Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria Azerbaijan Bahamas
Bahrain Bangladesh Barbados Belarus Belgium Belize Benin Bhutan Bolivia Bosnia Botswana Brazil Brunei
Bulgaria Burkina Burundi Cambodia Cameroon Canada Chad Chile China Colombia Comoros Congo Croatia Cuba
Cyprus Czechia Denmark Djibouti Dominica Ecuador Egypt Eritrea Estonia Eswatini Ethiopia Fiji Finland
France Gabon Gambia Georgia Germany Ghana Greece Grenada Guatemala Guinea Guyana Haiti Honduras Hungary
Iceland India Indonesia Iran Iraq Ireland Israel Italy Jamaica Japan Jordan Kazakhstan Kenya Kiribati
Korea Kosovo Kuwait Kyrgyzstan Laos Latvia Lebanon Lesotho Liberia Libya Liechtenstein Lithuania
Luxembourg Madagascar Malawi Malaysia Maldives Mali Malta Mauritania Mauritius Mexico Moldova Monaco
Mongolia Montenegro Morocco Mozambique Myanmar Namibia Nauru Nepal Netherlands Nicaragua Niger Nigeria
Norway Oman Pakistan Palau Palestine Panama Paraguay Peru Philippines Poland Portugal Qatar Romania
Russia Rwanda Samoa Senegal Serbia Seychelles Singapore Slovakia Slovenia Somalia Spain Sudan Suriname
Sweden Switzerland Syria Taiwan Tajikistan Tanzania Thailand Togo Tonga Tunisia Turkey Turkmenistan
Tuvalu Uganda Ukraine Uruguay Uzbekistan Vanuatu Venezuela Vietnam Yemen Zambia Zimbabwe Britain
England Scotland Wales Europe Asia Africa America Americas Kabul Islamabad Washington London Moscow
Beijing Paris Berlin Tokyo Seoul Jerusalem Tehran Baghdad Damascus Cairo Delhi Brussels Geneva Kyiv
Kiev Harare Pretoria Johannesburg Nairobi Lagos Ankara Istanbul Riyadh Dubai Doha Tunis Tripoli
Zealand Lanka Arabia Kong Africa Rica Rico Leone Gaza Kashmir Texas California Florida York Wall
Whitehall Westminster Downing Brussels Afghan Pakistani Indian Chinese Russian American British
Israeli Palestinian Iranian Iraqi Syrian Turkish German French Italian Spanish Japanese Korean
Taliban Tory Tories Labour Conservative Democrat Democrats Republican Republicans Liberal
`);

/** Singular common nouns for bodies that speak ("the company said", "the prosecution argued"). */
export const SPEAKING_BODIES = set(`
company firm government union party group council bank agency ministry department committee lobby
commission board authority regulator watchdog retailer airline club charity campaign administration
office team force tribe city state country nation family couple pair court panel jury body
organisation organization institute institution university school college hospital industry sector
church army navy military police press coalition alliance movement network station channel
publisher prosecution defence defense opposition management leadership presidency embassy bench
federation association foundation society community service cabinet parliament senate congress
assembly majority minority public audience crowd side camp consortium bloc operator insurer lender
developer manufacturer maker carrier broker exchange fund trust group chain store brand site
website blog account thread forum corporation business giant conglomerate startup start-up enterprise
outfit project comment comments post tweet message email statement response note tank
faction wing caucus militia junta regime delegation secretariat directorate centre center
inspectorate tribunal command headquarters utility utilities provider supplier producer automaker carmaker chipmaker drugmaker grocer supermarket landlord employer airport bureau lab laboratory observatory studio mission consulate clinic district county municipality township province region
`);

/** Singular nouns for people that the role list leaves out ("the victim said", "a source said"). */
export const PEOPLE_NOUNS = set(`
source victim man woman boy girl child person guy patient resident witness passenger customer clerk cashier
user fan player star actor actress singer artist musician poet novelist celebrity driver pilot
soldier veteran survivor refugee migrant student pupil parent mother father husband wife son
daughter friend colleague neighbour neighbor relative member insider observer critic supporter
opponent voter citizen buyer seller vendor dealer trader investor owner landlord tenant farmer
worker employee nurse doctor scientist researcher expert analyst economist professor teacher
someone somebody anyone everyone one another other respondent participant suspect defendant accused
academic local cop policewoman firefighter
`);

/** Participles naming a poll's respondents after "those" ("those questioned", "those polled"). */
export const RESPONDENT_PARTICIPLES = /^(polled|questioned|surveyed|quizzed|interviewed|asked|sampled)$/;

/** Modals that put a clause in the future ("will", "would", "'ll", "won't"). */
export const FUTURE_MODALS = new Set(['will', 'would', "'ll", '’ll', 'shall', 'wo']);
/** Future modals and "'d" ("he'd work"), where "'d" cannot be "had". */
export const FUTURE_MARKERS = new Set([...FUTURE_MODALS, "'d", '’d']);

/** A courtesy title or honour opening a person's name ("Mr Hale", "Lady Hart", "Baroness Kennedy"). */
export const PERSONAL_TITLE = /^(Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Dame|Baroness)\b/;
/** A courtesy title as a word of its own ("Mr", "Dr."). */
export const COURTESY_TITLE = /^(Mr|Mrs|Ms|Miss|Dr)\.?$/;

/** Gerunds wink may tag as nouns after a comma (", warning the ..."), and their verbs. */
export const GERUND_LEMMAS = new Map([['saying', 'say'], ['warning', 'warn'], ['arguing', 'argue'], ['insisting', 'insist'], ['claiming', 'claim'], ['adding', 'add']]);

/** Words that make a reported future a guess or a condition, no decision ("whether it would be", "unlikely that it will"). */
export const GUESSES = /^(whether|if|unless|maybe|perhaps|possibly|probably|hopefully|likely|unlikely|possible|impossible|probable|doubtful)$/;
