/* Reporting cues: the verbs (and a few verb + particle phrases) that
 * introduce or attribute speech, writing, thought and findings in news.
 * Hand-written; the choice of verbs was checked against the cue words that
 * annotators marked in PolNeAR's training split (networkdynamics/PolNeAR,
 * train only), of which no text is kept here.
 *
 * Each lemma is listed once with class letters:
 *   S  a speech or writing verb: attributes a direct quote, "“Q,” X said"
 *   C  takes a reported clause: "X said (that) CLAUSE"
 *   O  may take a listener object before the clause: "told Reuters that"
 *   D  doubles its final consonant (admit -> admitted, admitting)
 *   X  usually takes a noun phrase that is no speech ("reported a loss"):
 *      a clause after it needs "that" or a subject and a finite verb
 *   N  an evaluative speech act whose object is the reported content
 *      ("criticized the plan", "called Clinton a liar")
 *   Q  a question or request: "asked whether CLAUSE", "asked the judge to
 *      block it", not "asked not to be named"
 *   P  the next word is a required particle, given after a space:
 *      "point out" is a cue, "point" is not ("put it" only after "as":
 *      "as Smith put it")
 * Irregular forms are listed in full in nw_cue_irregular. */
#include "quotes_internal.h"

const nw_cue_lemma nw_cue_lemmas[] = {
    {"say", "SC"},        {"tell", "SCO"},       {"add", "SC"},
    {"write", "SC"},      {"state", "SC"},       {"explain", "SC"},
    {"note", "SC"},       {"argue", "SC"},       {"warn", "SCO"},
    {"insist", "SC"},     {"claim", "SCX"},       {"announce", "SCX"},
    {"acknowledge", "SC"}, {"concede", "SC"},    {"tweet", "SC"},
    {"post", "SX"},        {"ask", "SCOQ"},         {"report", "SCX"},
    {"suggest", "SC"},    {"continue", "S"},     {"declare", "SC"},
    {"recall", "SCX"},     {"urge", "SON"},        {"conclude", "SC"},
    {"respond", "S"},     {"reply", "SC"},       {"reveal", "SCX"},
    {"predict", "SCX"},    {"admit", "SCD"},      {"deny", "SC"},
    {"confirm", "SCX"},    {"mention", "SC"},     {"assert", "SC"},
    {"estimate", "SCX"},   {"complain", "SC"},    {"stress", "SC"},
    {"emphasize", "SC"},  {"emphasise", "SC"},   {"reiterate", "SC"},
    {"repeat", "SC"},     {"joke", "SC"},        {"quip", "SCD"},
    {"observe", "SC"},    {"comment", "S"},      {"remark", "SC"},
    {"testify", "SC"},    {"inform", "SCO"},     {"assure", "SCO"},
    {"reassure", "SCO"},  {"remind", "SCO"},     {"promise", "SCO"},
    {"pledge", "SC"},     {"vow", "SC"},         {"threaten", "SC"},
    {"allege", "SC"},     {"contend", "SC"},     {"maintain", "SCX"},
    {"charge", "SC"},     {"wonder", "SC"},      {"speculate", "SC"},
    {"caution", "SCO"},   {"advise", "SCO"},     {"recommend", "SCX"},
    {"propose", "SCX"},    {"demand", "SCX"},      {"plead", "S"},
    {"shout", "SC"},      {"yell", "SC"},        {"scream", "SC"},
    {"whisper", "SC"},    {"mutter", "SC"},      {"cry", "S"},
    {"exclaim", "SC"},    {"chant", "S"},        {"boast", "SC"},
    {"brag", "SCD"},      {"lament", "SCN"},      {"grumble", "SC"},
    {"rail", "S"},
    {"agree", "SCX"},      {"object", "S"},       {"protest", "SC"},
    {"counter", "SC"},    {"retort", "SC"},      {"rebut", "SD"},
    {"dispute", "SCX"},    {"clarify", "SC"},     {"elaborate", "S"},
    {"indicate", "SCX"},   {"signal", "SCX"},      {"hint", "SC"},
    {"imply", "SC"},      {"confess", "SC"},     {"disclose", "SCX"},
    {"proclaim", "SC"},   {"affirm", "SC"},      {"reaffirm", "SC"},
    {"swear", "SC"},      {"forecast", "SCX"},    {"project", "CX"},
    {"believe", "C"},     {"think", "C"},        {"feel", "C"},
    {"hope", "C"},        {"fear", "C"},         {"worry", "C"},
    {"know", "CX"},        {"reckon", "SC"},      {"guess", "SC"},
    {"expect", "C"},      {"find", "CX"},         {"show", "COX"},
    {"determine", "CX"},   {"decide", "CX"},       {"rule", "CX"},
    {"relay", "S"},       {"echo", "SN"},         {"underline", "SC"},
    {"underscore", "SC"}, {"email", "SC"},       {"e-mail", "SC"},
    {"text", "S"},        {"message", "S"},      {"blog", "SD"},
    {"publish", "CX"},     {"brief", "SO"},       {"answer", "SCX"},
    {"interject", "S"},   {"interrupt", "S"},    {"intone", "S"},
    {"opine", "SC"},      {"posit", "SC"},       {"theorize", "SC"},
    {"surmise", "SC"},    {"muse", "SC"},        {"reflect", "SCX"},
    {"recount", "SC"},    {"narrate", "S"},      {"inquire", "S"},
    {"enquire", "S"},     {"query", "S"},        {"question", "SC"},
    {"challenge", "SN"},   {"appeal", "S"},       {"request", "S"},
    {"alert", "SO"},      {"notify", "SO"},      {"guarantee", "SC"},
    {"convince", "CO"},   {"persuade", "CO"},    {"contest", "SC"},
    {"reason", "SC"},     {"grant", "SCX"},       {"allow", "CX"},
    {"recognize", "SC"},  {"recognise", "SC"},   {"realize", "C"},
    {"realise", "C"},     {"notice", "C"},       {"hold", "CX"},
    {"aver", "SCD"},      {"avow", "SC"},        {"profess", "SC"},
    {"cite", "SC"},       {"quote", "S"},        {"preach", "S"},
    {"lecture", "S"},     {"thunder", "S"},      {"snap", "SD"},
    {"bark", "S"},        {"growl", "S"},        {"sigh", "S"},
    {"laugh", "S"},       {"gush", "S"},         {"rave", "S"},
    {"rant", "S"},        {"scoff", "S"},        {"sneer", "S"},
    {"fume", "S"},        {"grouse", "SC"},      {"gripe", "SC"},
    {"carp", "S"},        {"crow", "S"},         {"chide", "SN"},
    {"scold", "SN"},       {"fret", "SCD"},       {"marvel", "SC"},
    {"recollect", "SC"},  {"pronounce", "S"},
    {"demur", "SD"},      {"beg", "SD"},
    {"bemoan", "SCN"},     {"decry", "SCN"},       {"concur", "SCD"},
    {"disagree", "S"},    {"summarize", "S"},    {"summarise", "S"},
    {"specify", "SC"},     {"detail", "SX"},
    {"outline", "SX"},     {"stipulate", "SC"},   {"certify", "SC"},
    {"attest", "SC"},     {"vouch", "S"},        {"counsel", "S"},
    {"instruct", "SO"},   {"order", "S"},        {"direct", "S"},
    {"encourage", "SON"},  {"implore", "SO"},     {"exhort", "SO"},
    {"beseech", "SO"},    {"retweet", "S"},      {"broadcast", "S"},
    {"trumpet", "SC"},     {"tout", "SCN"},
    {"hail", "SN"},        {"praise", "SN"},       {"criticize", "SN"},
    {"criticise", "SN"},   {"blast", "SN"},        {"slam", "SDN"},
    {"accuse", "SN"},      {"blame", "SN"},        {"attack", "SN"},
    {"mock", "SN"},        {"ridicule", "SN"},     {"dismiss", "SN"},
    {"reject", "SN"},      {"refute", "SC"},      {"point out", "SCP"}, {"go on", "SP"},       {"sum up", "SP"},
    {"spell out", "SP"},  {"chime in", "SP"},    {"weigh in", "SP"},
    {"call", "N"},        {"describe", "N"},     {"denounce", "SN"},
    {"condemn", "SN"},    {"defend", "SN"},      {"applaud", "SN"},
    {"label", "N"},       {"dub", "DN"},
    {"characterize", "N"}, {"characterise", "N"}, {"portray", "N"},
    {"liken", "N"},       
    {"endorse", "N"},     {"lambaste", "SN"},    {"deride", "SN"},
    {"rebuke", "SN"},     {"laud", "SN"},
    {"speak", "S"},       {"talk", "S"},         {"blurt out", "SP"},
    {"put it", "SP"},     {"sing", "S"},
    {NULL, NULL}};

/* Irregular or doubled forms: lemma, then every inflected form. */
const char *const nw_cue_irregular[] = {
    "say says said saying",
    "put puts put putting",
    "sing sings sang sung singing",
    "tell tells told telling",
    "write writes wrote written writing",
    "think thinks thought thinking",
    "feel feels felt feeling",
    "know knows knew known knowing",
    "find finds found finding",
    "show shows showed shown showing",
    "hold holds held holding",
    "swear swears swore sworn swearing",
    "speak speaks spoke spoken speaking",
    "forecast forecasts forecasted forecasting",
    "broadcast broadcasts broadcasting",
    "go goes went gone going",
    "sum sums summed summing",
    "blurt blurts blurted blurting",
    "spell spells spelled spelt spelling",
    "chime chimes chimed chiming",
    "weigh weighs weighed weighing",
    "text texts texted texting",
    "email emails emailed e-mailed emailing",
    "signal signals signaled signalled signaling signalling",
    "counsel counsels counseled counselled counseling counselling",
    "marvel marvels marveled marvelled marveling marvelling",
    NULL};
