#!/usr/bin/env python3
"""Generate ext/currencies.h, the currency tables of the money extractor.

Source of the ISO 4217 codes: Debian's iso-codes package,
/usr/share/iso-codes/json/iso_4217.json.  The news names, nationality
adjectives, symbols and prefixed dollars below are written by hand.

Usage: python3 scripts/gen_currencies.py [iso_4217.json] > ext/currencies.h
Python 3 standard library only; the build never runs this script.
"""
import json
import sys

ISO_JSON = "/usr/share/iso-codes/json/iso_4217.json"

# Codes that are English words or common acronyms: never read as a bare code.
WORD_CODES = {"ALL", "AMD", "ANG", "BAM", "BOB", "CUP", "GEL", "MAD", "MOP",
              "PEN", "SOS", "TOP", "TRY", "XXX", "XTS", "CHE", "CHW", "COU",
              "BOV", "CLF", "MXV", "USN", "UYI", "UYW", "XSU", "XUA", "XBA",
              "XBB", "XBC", "XBD", "XDR", "XAG", "XAU", "XPD", "XPT", "VED",
              "SLE", "SVC", "DOP", "NIO", "TMT", "MDL"}
# Codes also read in lower case ("10 rmb", "20 usd").
LOWER_OK = {"USD", "EUR", "GBP", "JPY", "CNY", "RMB", "INR", "CHF", "AUD",
            "CAD", "HKD", "NZD", "SGD", "MXN", "NZD"}
# Extra code-like markers outside ISO 4217 (or former codes news still uses).
EXTRA_CODES = {"RMB": "CNY", "NIS": "ILS", "BTC": "XBT", "XBT": "XBT",
               "FRF": "FRF", "DEM": "DEM", "ITL": "ITL", "ESP": "ESP",
               "NLG": "NLG", "FIM": "FIM", "BEF": "BEF", "ATS": "ATS",
               "GRD": "GRD", "PTE": "PTE", "IEP": "IEP"}

# Currency names: the head word (singular and plural forms), its default
# code, and the nationality adjectives that pick another code.
# kind: N = a name; M = a minor unit (value / 100 unless given)
NAMES = [
    # heads, default code ('' = needs a nationality), {adjective: code}
    (["dollar", "dollars"], "$", {
        "u.s.": "USD", "us": "USD", "u.s": "USD", "american": "USD",
        "united states": "USD", "canadian": "CAD", "australian": "AUD",
        "aussie": "AUD", "new zealand": "NZD", "kiwi": "NZD",
        "hong kong": "HKD", "singapore": "SGD", "singaporean": "SGD",
        "taiwan": "TWD", "new taiwan": "TWD", "taiwanese": "TWD",
        "jamaican": "JMD", "namibian": "NAD", "fijian": "FJD", "fiji": "FJD",
        "brunei": "BND", "zimbabwe": "ZWL", "zimbabwean": "ZWL",
        "bahamian": "BSD", "barbados": "BBD", "belize": "BZD",
        "trinidad and tobago": "TTD", "east caribbean": "XCD",
        "liberian": "LRD", "guyanese": "GYD", "bermudian": "BMD",
        "cayman islands": "KYD", "solomon islands": "SBD"}),
    (["euro", "euros", "eur"], "EUR", {}),
    (["pound", "pounds"], "GBP", {
        "british": "GBP", "uk": "GBP", "u.k.": "GBP", "egyptian": "EGP",
        "lebanese": "LBP", "syrian": "SYP", "sudanese": "SDG",
        "irish": "IEP", "cypriot": "CYP"}),
    (["sterling"], "GBP", {"pounds": "GBP", "pound": "GBP"}),
    (["yen"], "JPY", {"japanese": "JPY"}),
    (["yuan"], "CNY", {"chinese": "CNY"}),
    (["renminbi"], "CNY", {"chinese": "CNY"}),
    (["rupee", "rupees"], "INR", {
        "indian": "INR", "pakistani": "PKR", "pakistan": "PKR",
        "sri lankan": "LKR", "sri lanka": "LKR", "nepalese": "NPR",
        "nepali": "NPR", "mauritian": "MUR", "seychelles": "SCR",
        "indonesian": "IDR"}),
    (["franc", "francs"], "CHF", {
        "swiss": "CHF", "french": "FRF", "belgian": "BEF", "cfa": "XOF",
        "congolese": "CDF", "rwandan": "RWF", "burundi": "BIF",
        "guinean": "GNF", "djibouti": "DJF", "comorian": "KMF"}),
    (["crown", "crowns"], "?CROWN", {
        "swedish": "SEK", "norwegian": "NOK", "danish": "DKK",
        "czech": "CZK", "icelandic": "ISK", "estonian": "EEK",
        "slovak": "SKK"}),
    (["krona", "kronor"], "SEK", {"swedish": "SEK", "icelandic": "ISK"}),
    (["krone", "kroner"], "?KRONE", {"norwegian": "NOK", "danish": "DKK"}),
    (["kronur"], "ISK", {"icelandic": "ISK"}),
    (["koruna", "korunas", "korun"], "CZK", {"czech": "CZK", "slovak": "SKK"}),
    (["peso", "pesos"], "MXN", {
        "mexican": "MXN", "argentine": "ARS", "argentinian": "ARS",
        "chilean": "CLP", "colombian": "COP", "philippine": "PHP",
        "filipino": "PHP", "uruguayan": "UYU", "cuban": "CUP",
        "dominican": "DOP"}),
    (["rand"], "ZAR", {"south african": "ZAR"}),
    (["riyal", "riyals"], "SAR", {"saudi": "SAR", "qatari": "QAR",
                                  "omani": "OMR", "yemeni": "YER"}),
    (["rial", "rials"], "IRR", {"iranian": "IRR", "omani": "OMR",
                                "yemeni": "YER", "qatari": "QAR"}),
    (["dirham", "dirhams"], "AED", {"uae": "AED", "emirati": "AED",
                                    "moroccan": "MAD"}),
    (["dinar", "dinars"], "", {
        "kuwaiti": "KWD", "iraqi": "IQD", "jordanian": "JOD",
        "bahraini": "BHD", "tunisian": "TND", "algerian": "DZD",
        "libyan": "LYD", "serbian": "RSD"}),
    (["won"], "KRW", {"south korean": "KRW", "korean": "KRW",
                      "north korean": "KPW"}),
    (["rouble", "roubles", "ruble", "rubles"], "RUB", {
        "russian": "RUB", "belarusian": "BYN", "belarus": "BYN"}),
    (["lira", "liras", "lire"], "TRY", {"turkish": "TRY", "italian": "ITL"}),
    (["reais", "reals"], "BRL", {"brazilian": "BRL"}),
    (["ringgit"], "MYR", {"malaysian": "MYR"}),
    (["baht"], "THB", {"thai": "THB"}),
    (["rupiah"], "IDR", {"indonesian": "IDR"}),
    (["shekel", "shekels", "shekalim"], "ILS", {"israeli": "ILS",
                                                "new israeli": "ILS"}),
    (["naira"], "NGN", {"nigerian": "NGN"}),
    (["zloty", "zlotys", "zlotych"], "PLN", {"polish": "PLN"}),
    (["forint", "forints"], "HUF", {"hungarian": "HUF"}),
    (["hryvnia", "hryvnias", "hryvnas"], "UAH", {"ukrainian": "UAH"}),
    (["dong"], "VND", {"vietnamese": "VND"}),
    (["tenge"], "KZT", {"kazakh": "KZT"}),
    (["lei"], "RON", {"romanian": "RON", "moldovan": "MDL"}),
    (["leu"], "RON", {"romanian": "RON", "moldovan": "MDL"}),
    (["leva", "lev"], "BGN", {"bulgarian": "BGN"}),
    (["kuna"], "HRK", {"croatian": "HRK"}),
    (["cedi", "cedis"], "GHS", {"ghanaian": "GHS"}),
    (["shilling", "shillings"], "", {
        "kenyan": "KES", "ugandan": "UGX", "tanzanian": "TZS",
        "somali": "SOS"}),
    (["kwacha"], "ZMW", {"zambian": "ZMW", "malawian": "MWK"}),
    (["taka"], "BDT", {"bangladeshi": "BDT"}),
    (["peseta", "pesetas"], "ESP", {"spanish": "ESP"}),
    (["guilder", "guilders"], "NLG", {"dutch": "NLG"}),
    (["markka", "markkaa"], "FIM", {"finnish": "FIM"}),
    (["mark", "marks"], "", {"german": "DEM", "deutsche": "DEM",
                             "finnish": "FIM"}),
    (["escudo", "escudos"], "PTE", {"portuguese": "PTE"}),
    (["drachma", "drachmas", "drachmae"], "GRD", {"greek": "GRD"}),
    (["bolivar", "bolivars"], "VES", {"venezuelan": "VES"}),
    (["sol", "soles"], "", {"peruvian": "PEN"}),
    (["bitcoin", "bitcoins"], "XBT", {}),
]
# Minor units: heads, code ('$' = the dollar of the context), power of ten.
MINORS = [
    (["cent", "cents"], "$", 2, {"euro": "EUR", "u.s.": "USD", "us": "USD"}),
    (["penny", "pennies", "pence", "p"], "GBP", 2, {}),
    (["paise"], "INR", 2, {}),
    (["sen"], "MYR", 2, {}),
    (["kopeks", "kopecks"], "RUB", 2, {}),
    (["satoshi", "satoshis"], "XBT", 8, {}),
]
# Symbols (UTF-8) and the code each stands for ('$' = the context dollar).
SYMBOLS = [
    ("$", "$"), ("£", "GBP"), ("€", "EUR"), ("¥", "JPY"), ("₹", "INR"),
    ("₩", "KRW"), ("₽", "RUB"), ("₺", "TRY"), ("₪", "ILS"), ("₦", "NGN"),
    ("₱", "PHP"), ("฿", "THB"), ("₫", "VND"), ("zł", "PLN"), ("₴", "UAH"),
    ("₸", "KZT"), ("₡", "CRC"), ("₾", "GEL"), ("₭", "LAK"), ("₮", "MNT"),
    ("₼", "AZN"), ("₵", "GHS"), ("元", "CNY"), ("₿", "XBT"),
    ("ரூ", "LKR"), ("৳", "BDT"), ("៛", "KHR"), ("₲", "PYG"),
]
# Letters written before "$" (case-insensitive), and their code.
DOLLAR_PREFIXES = [
    ("US", "USD"), ("U.S.", "USD"), ("U.S", "USD"), ("USD", "USD"),
    ("A", "AUD"), ("AU", "AUD"), ("AUD", "AUD"), ("C", "CAD"),
    ("CA", "CAD"), ("CAD", "CAD"), ("CDN", "CAD"), ("NZ", "NZD"),
    ("NZD", "NZD"), ("HK", "HKD"), ("HKD", "HKD"), ("S", "SGD"),
    ("SG", "SGD"), ("SGD", "SGD"), ("NT", "TWD"), ("R", "BRL"),
    ("MX", "MXN"), ("MEX", "MXN"), ("MXN", "MXN"), ("Z", "ZWL"),
    ("J", "JMD"), ("B", "BND"), ("TT", "TTD"), ("EC", "XCD"),
]
# Words written before a number as a currency ("Rs 2 crore", "Rp 5bn").
PREFIX_WORDS = [("rs", "INR"), ("rs.", "INR"), ("rp", "IDR"),
                ("sfr", "CHF"), ("dh", "AED"), ("dhs", "AED")]


def c_str(s):
    """C string literal of s (UTF-8 bytes escaped)."""
    out = []
    for b in s.encode("utf-8"):
        if 32 <= b < 127 and chr(b) not in '"\\':
            out.append(chr(b))
        else:
            out.append("\\x%02x\"\"" % b)
    return '"' + "".join(out) + '"'


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else ISO_JSON
    with open(path, encoding="utf-8") as f:
        iso = json.load(f)["4217"]
    codes = sorted({c["alpha_3"] for c in iso} | set(EXTRA_CODES) |
                   {"XBT"})
    w = sys.stdout.write
    w("/* GENERATED by scripts/gen_currencies.py -- do not edit.\n"
      " * ISO 4217 codes from Debian's iso-codes package\n"
      " * (/usr/share/iso-codes/json/iso_4217.json); news names, nationality\n"
      " * adjectives, symbols and prefixed dollars written by hand in the\n"
      " * script.  \"$\" as a code means the dollar of the context. */\n")
    w("#ifndef NW_CURRENCIES_H\n#define NW_CURRENCIES_H\n\n")
    w("/* An ISO 4217 code and how it may be written as a marker. */\n")
    w("typedef struct nw_cur_code {\n  const char *code; /* as written */\n"
      "  const char *iso;  /* the currency it means */\n"
      "  int bare_ok;      /* may stand as a marker next to a number */\n"
      "  int lower_ok;     /* may be written in lower case */\n"
      "} nw_cur_code;\n\n")
    w("static const nw_cur_code nw_cur_codes[] = {\n")
    for c in codes:
        isoc = EXTRA_CODES.get(c, c)
        w("  {%s, %s, %d, %d},\n" % (c_str(c), c_str(isoc),
                                     0 if c in WORD_CODES else 1,
                                     1 if c in LOWER_OK else 0))
    w("};\n\n")
    w("/* A currency name (head word), the code it means alone, and the\n"
      " * power of ten of its minor unit (0 for a major unit). */\n")
    w("typedef struct nw_cur_name {\n  const char *head;\n  const char *iso;"
      " /* \"\" = needs a nationality; \"?CROWN\"/\"?KRONE\" = guess */\n"
      "  int minor;\n} nw_cur_name;\n\n")
    w("static const nw_cur_name nw_cur_names[] = {\n")
    for heads, code, adj in NAMES:
        for h in heads:
            w("  {%s, %s, 0},\n" % (c_str(h), c_str(code)))
    for heads, code, pw, adj in MINORS:
        for h in heads:
            w("  {%s, %s, %d},\n" % (c_str(h), c_str(code), pw))
    w("};\n\n")
    w("/* A nationality adjective before a head word, and the code. */\n")
    w("typedef struct nw_cur_adj {\n  const char *adj;  /* lower case, "
      "words separated by one space */\n  const char *head;\n"
      "  const char *iso;\n} nw_cur_adj;\n\n")
    w("static const nw_cur_adj nw_cur_adjs[] = {\n")
    for heads, code, adj in NAMES:
        for a, c in sorted(adj.items()):
            for h in heads:
                w("  {%s, %s, %s},\n" % (c_str(a), c_str(h), c_str(c)))
    for heads, code, pw, adj in MINORS:
        for a, c in sorted(adj.items()):
            for h in heads:
                w("  {%s, %s, %s},\n" % (c_str(a), c_str(h), c_str(c)))
    w("};\n\n")
    w("/* A currency symbol (UTF-8) and its code. */\n")
    w("typedef struct nw_cur_symbol {\n  const char *sym;\n"
      "  const char *iso;\n} nw_cur_symbol;\n\n")
    w("static const nw_cur_symbol nw_cur_symbols[] = {\n")
    for s, c in SYMBOLS:
        w("  {%s, %s},\n" % (c_str(s), c_str(c)))
    w("};\n\n")
    w("/* Letters written just before \"$\", upper case, and the code. */\n")
    w("static const nw_cur_symbol nw_cur_dollar_prefixes[] = {\n")
    for s, c in DOLLAR_PREFIXES:
        w("  {%s, %s},\n" % (c_str(s), c_str(c)))
    w("};\n\n")
    w("/* Words written before a number as its currency (lower case). */\n")
    w("static const nw_cur_symbol nw_cur_prefix_words[] = {\n")
    for s, c in PREFIX_WORDS:
        w("  {%s, %s},\n" % (c_str(s), c_str(c)))
    w("};\n\n#endif\n")


if __name__ == "__main__":
    main()
