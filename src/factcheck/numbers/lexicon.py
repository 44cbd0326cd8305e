"""English vocabulary for number mentions: number words, scales, currencies, units,
qualifier phrases and the context words the recognisers consult.

Everything language-specific lives here, so a second language means a second
lexicon, not edits to the recognisers.
"""

from __future__ import annotations

import re
from fractions import Fraction


# ------------------------------------------------------------------ number words

ZERO_WORDS = {"zero": 0, "nought": 0, "naught": 0}
ONES_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9,
}  # fmt: skip
TEEN_WORDS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
SMALL_NUMBER_WORDS = {**ONES_WORDS, **TEEN_WORDS, **TENS_WORDS}
SCALE_WORDS = {
    "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12,
    "quadrillion": 10**15, "lakh": 10**5, "lac": 10**5, "crore": 10**7,
}  # fmt: skip
# Plural scale words only multiply a preceding number ("five hundreds", "13 lakhs");
# alone they are vague magnitudes ("thousands").
SCALE_PLURALS = {
    "thousands": 10**3, "millions": 10**6, "billions": 10**9, "trillions": 10**12,
    "lakhs": 10**5, "crores": 10**7,
}  # fmt: skip
DOZEN_WORDS = {"dozen", "dozens", "dz", "dzs", "doz", "dozs", "dzn"}
# Abbreviated multipliers after digits ("$3m", "10k", "1.2bn"), matched on the exact
# token text because case matters ("M" is a million, "m" usually a metre).
ABBREVIATED_SCALES = {
    "k": 10**3, "K": 10**3, "M": 10**6, "MM": 10**6, "mn": 10**6, "mln": 10**6,
    "mil": 10**6, "mio": 10**6, "bn": 10**9, "bln": 10**9, "b": 10**9, "B": 10**9,
    "tn": 10**12, "trn": 10**12, "tln": 10**12, "T": 10**12, "m": 10**6,
}  # fmt: skip
# Plural nouns after which "4K" and "8K" are resolutions, not thousands.
DISPLAY_WORDS = {
    "screens", "displays", "monitors", "videos", "images", "cameras", "streams",
    "televisions", "pixels", "projectors", "resolutions", "movies", "films",
}  # fmt: skip
SPACED_SCALE_ABBREVIATIONS = {
    "k", "mn", "mln", "mil", "bn", "bln", "tn", "trn", "tln", "MM",
}  # fmt: skip

ORDINAL_ONES = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
    "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
}  # fmt: skip
# Fraction denominators: word -> (denominator, plural?)
DENOMINATORS: dict[str, tuple[int, bool]] = {"half": (2, False), "halves": (2, True)}
for _word, _den in {
    "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
    "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
    "thousandth": 10**3, "millionth": 10**6, "billionth": 10**9,
    "trillionth": 10**12,
}.items():  # fmt: skip
    DENOMINATORS[_word] = (_den, False)
    DENOMINATORS[_word + "s"] = (_den, True)
ORDINAL_WORDS = (
    set(DENOMINATORS) | set(ORDINAL_ONES) | {word + "s" for word in ORDINAL_ONES}
)

VULGAR_FRACTIONS = {
    "\u00bd": Fraction(1, 2), "\u2153": Fraction(1, 3), "\u2154": Fraction(2, 3),
    "\u00bc": Fraction(1, 4), "\u00be": Fraction(3, 4), "\u2155": Fraction(1, 5),
    "\u2156": Fraction(2, 5), "\u2157": Fraction(3, 5), "\u2158": Fraction(4, 5),
    "\u2159": Fraction(1, 6), "\u215a": Fraction(5, 6), "\u2150": Fraction(1, 7),
    "\u215b": Fraction(1, 8), "\u215c": Fraction(3, 8), "\u215d": Fraction(5, 8),
    "\u215e": Fraction(7, 8), "\u2151": Fraction(1, 9), "\u2152": Fraction(1, 10),
}  # fmt: skip
DASHES = {"-", "\u2013", "\u2012"}
SIGNS = {"-": -1, "\u2212": -1, "\u2013": -1, "+": 1}
MINUS_WORDS = {"minus", "negative"}

# Vague magnitudes are lower bounds: "dozens" -> 24, "tens of thousands" -> 20000.
VAGUE_HEADS = {
    "dozens": 12, "hundreds": 100, "thousands": 10**3, "millions": 10**6,
    "billions": 10**9, "trillions": 10**12, "tens": 10, "scores": 20,
}  # fmt: skip
VAGUE_OF_SCALES = {"thousands": 10**3, "millions": 10**6, "billions": 10**9}
FEW_WORDS = {"several", "few", "many"}
# Vague words with a conventional value after "a": (value, modifier). "a few"
# before a scale word is a lower bound instead ("a few thousand": at least 2000).
CONVENTIONAL_NUMBERS = {
    "couple": (2, "about"), "pair": (2, "exact"), "few": (3, "about"),
}  # fmt: skip
# "quite a few" means many; "a couple" after these is a noun, not two.
CONVENTIONAL_BLOCKERS = {"quite", "not", "the", "married", "young", "elderly", "same"}
FEW_SCALES = {"dozen": 12, "hundred": 100, "thousand": 10**3, "million": 10**6,
               "billion": 10**9}  # fmt: skip

# ------------------------------------------------------------------ currencies
CURRENCY_SYMBOLS = {
    "$": "USD", "\u00a3": "GBP", "\u20ac": "EUR", "\u00a5": "JPY", "\u20b9": "INR",
    "\u20a9": "KRW", "\u20bd": "RUB", "\u20ba": "TRY", "\u20a6": "NGN",
    "\u20b1": "PHP", "\u20aa": "ILS",
}  # fmt: skip
DOLLAR_PREFIXES = {
    "us": "USD", "c": "CAD", "ca": "CAD", "a": "AUD", "au": "AUD", "hk": "HKD",
    "nz": "NZD", "s": "SGD", "r": "BRL", "nt": "TWD",
}  # fmt: skip
ISO_CURRENCY_CODES = {
    "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "INR", "CHF", "AUD", "CAD", "HKD",
    "SGD", "NZD", "BRL", "ZAR", "RUB", "KRW", "MXN", "SEK", "NOK", "DKK", "TRY",
    "PLN", "NGN", "KES", "EGP", "SAR", "AED", "ILS", "IDR", "THB", "PHP", "PKR",
}  # fmt: skip
# Letter currency signs written before the amount, spaced or glued.
LETTER_CURRENCIES = {
    "KSh": "KES", "Ksh": "KES", "Kshs": "KES", "Rp": "IDR", "RM": "MYR",
    "Tk": "BDT",
}  # fmt: skip
# Single letters that are currency signs only when glued to an abbreviated
# amount ("R50m" in South African, "N5bn" in Nigerian copy).
SCALED_LETTER_CURRENCIES = {"R": "ZAR", "N": "NGN"}
CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "us dollars": "USD", "u.s. dollars": "USD",
    "american dollars": "USD", "canadian dollars": "CAD",
    "australian dollars": "AUD", "hong kong dollars": "HKD",
    "singapore dollars": "SGD", "new zealand dollars": "NZD", "bucks": "USD",
    "euro": "EUR", "euros": "EUR", "pounds sterling": "GBP", "sterling": "GBP",
    "quid": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY",
    "rupee": "INR", "rupees": "INR", "rouble": "RUB", "roubles": "RUB",
    "ruble": "RUB", "rubles": "RUB", "peso": "MXN", "pesos": "MXN",
    "franc": "CHF", "francs": "CHF", "swiss francs": "CHF", "rand": "ZAR",
    "naira": "NGN", "shekel": "ILS", "shekels": "ILS", "lira": "TRY",
    "won": "KRW", "reais": "BRL", "ringgit": "MYR", "baht": "THB",
    "dirham": "AED", "dirhams": "AED", "riyal": "SAR", "riyals": "SAR",
    "rupiah": "IDR", "zloty": "PLN", "shilling": "KES", "shillings": "KES",
    "pounds": "GBP",
}  # fmt: skip

# ------------------------------------------------------------------ units
UNIT_WORDS: dict[str, str] = {}
for _canon, _forms in {
    "km": "kilometre|kilometres|kilometer|kilometers",
    "m": "metre|metres|meter|meters",
    "cm": "centimetre|centimetres|centimeter|centimeters",
    "mm": "millimetre|millimetres|millimeter|millimeters",
    "nm": "nanometre|nanometres|nanometer|nanometers",
    "mile": "mile|miles",
    "nautical_mile": "nautical mile|nautical miles",
    "ft": "foot|feet",
    "inch": "inch|inches",
    "yard": "yard|yards",
    "light_year": "light-year|light-years|light year|light years",
    "km2": "square kilometre|square kilometres|square kilometer|square kilometers"
    "|sq km|sq. km",
    "sq_mile": "square mile|square miles|sq mi|sq. mi|sq miles",
    "m2": "square metre|square metres|square meter|square meters",
    "sq_ft": "square foot|square feet|sq ft|sq. ft",
    "km3": "cubic kilometre|cubic kilometres|cubic kilometer|cubic kilometers",
    "m3": "cubic metre|cubic metres|cubic meter|cubic meters",
    "acre": "acre|acres",
    "hectare": "hectare|hectares",
    "l": "litre|litres|liter|liters",
    "ml": "millilitre|millilitres|milliliter|milliliters",
    "gallon": "gallon|gallons",
    "barrel": "barrel|barrels",
    "cup": "cup|cups",
    "tbsp": "tablespoon|tablespoons",
    "tsp": "teaspoon|teaspoons",
    "kg": "kilogram|kilograms|kilogramme|kilogrammes|kilo|kilos",
    "g": "gram|grams|gramme|grammes",
    "mg": "milligram|milligrams",
    "tonne": "tonne|tonnes|metric ton|metric tons",
    "ton": "ton|tons",
    "lb": "pound",
    "oz": "ounce|ounces",
    "celsius": "degrees celsius|degree celsius|degrees centigrade|celsius",
    "fahrenheit": "degrees fahrenheit|degree fahrenheit|fahrenheit",
    "kelvin": "kelvin|kelvins",
    "degree": "degree|degrees",
    "mph": "miles per hour|mile per hour|miles an hour",
    "km/h": "kilometres per hour|kilometers per hour|kilometre per hour"
    "|kilometres an hour|kilometers an hour",
    "knot": "knot|knots",
    "watt": "watt|watts",
    "kw": "kilowatt|kilowatts",
    "mw": "megawatt|megawatts",
    "gw": "gigawatt|gigawatts",
    "kwh": "kilowatt-hour|kilowatt-hours|kilowatt hours|kilowatt hour",
    "volt": "volt|volts",
    "joule": "joule|joules",
    "calorie": "calorie|calories",
    "btu": "british thermal units|british thermal unit",
    "bit": "bit|bits",
    "byte": "byte|bytes",
    "kb": "kilobyte|kilobytes",
    "mb": "megabyte|megabytes",
    "gb": "gigabyte|gigabytes",
    "tb": "terabyte|terabytes",
    "eb": "exabyte|exabytes",
    "hz": "hertz",
    "year": "year|years",
    "month": "month|months",
    "week": "week|weeks",
    "day": "day|days",
    "hour": "hour|hours",
    "minute": "minute|minutes",
    "second": "second|seconds",
    "millisecond": "millisecond|milliseconds",
    "decade": "decade|decades",
    "century": "century|centuries",
    "cent": "cent|cents",
    "pence": "pence|penny|pennies",
}.items():  # fmt: skip
    for _form in _forms.split("|"):
        UNIT_WORDS[_form] = _canon
# Case-sensitive abbreviations, after at most one space or a hyphen, or glued.
UNIT_ABBREVIATIONS: dict[str, str] = {
    "km": "km", "kms": "km", "cm": "cm", "mm": "mm", "nm": "nm", "mi": "mile",
    "ft": "ft", "yd": "yard", "yds": "yard", "kg": "kg", "kgs": "kg", "mg": "mg",
    "lb": "lb", "lbs": "lb", "oz": "oz", "ml": "ml", "mL": "ml", "cl": "cl",
    "gal": "gallon", "bbl": "barrel", "ha": "hectare", "mph": "mph",
    "kph": "km/h", "kmh": "km/h", "km/h": "km/h", "km/hr": "km/h", "m/s": "m/s",
    "km2": "km2", "km\u00b2": "km2", "km^2": "km2", "km3": "km3",
    "km\u00b3": "km3", "km^3": "km3", "m2": "m2", "m\u00b2": "m2", "m^2": "m2",
    "m3": "m3", "m\u00b3": "m3", "m^3": "m3", "\u00b0C": "celsius",
    "\u00b0 C": "celsius", "\u00b0F": "fahrenheit", "\u00b0 F": "fahrenheit",
    "\u00b0": "degree", "kW": "kw", "MW": "mw", "GW": "gw", "TW": "tw",
    "kWh": "kwh", "MWh": "mwh", "GWh": "gwh", "TWh": "twh", "Wh": "wh",
    "eV": "ev", "keV": "kev", "MeV": "mev", "GeV": "gev", "TeV": "tev",
    "Hz": "hz", "kHz": "khz", "MHz": "mhz", "GHz": "ghz", "KB": "kb", "kB": "kb",
    "MB": "mb", "GB": "gb", "TB": "tb", "PB": "pb", "Mb": "mbit", "Gb": "gbit",
    "kb": "kbit", "Gy": "gy", "mGy": "mgy", "Sv": "sv", "mSv": "msv",
    "psi": "psi", "hp": "hp", "cc": "cc", "kcal": "kcal", "kJ": "kj", "MJ": "mj",
    "yrs": "year", "yr": "year", "hrs": "hour", "hr": "hour", "mins": "minute",
    "min": "minute", "secs": "second", "sec": "second", "ms": "millisecond",
    "tbsp": "tbsp", "tsp": "tsp", "dB": "db", "kt": "knot", "ppm": "ppm",
    "ppb": "ppb",
}  # fmt: skip
# Single letters are units only when glued to digits ("100m", "5g", "40C").
GLUED_UNIT_LETTERS = {
    "m": "m", "g": "g", "l": "l", "L": "l", "t": "tonne", "C": "celsius",
    "F": "fahrenheit", "W": "watt", "V": "volt", "J": "joule", "h": "hour",
}  # fmt: skip
# ... or after one space when nothing else is plausible ("30 C", "4 L of wine").
SPACED_UNIT_LETTERS = {"C": "celsius", "F": "fahrenheit", "L": "l"}
INCH_FOLLOWERS = {"thick", "long", "wide", "tall", "high", "deep", "across", "diameter"}
TIME_UNITS = {"year", "month", "week", "day", "hour", "minute", "second", "decade",
               "century", "millisecond"}  # fmt: skip

# ------------------------------------------------------------------ qualifiers
# Phrases before a number, keyed by their last word so that looking back from a
# number costs one dict probe; longer phrases are tried first.
PREFIX_QUALIFIERS: dict[str, str] = {
    "more than": "more_than", "over": "more_than", "above": "more_than",
    "exceeding": "more_than", "exceed": "more_than", "exceeds": "more_than",
    "exceeded": "more_than", "surpass": "more_than", "surpassing": "more_than",
    "surpassed": "more_than", "in excess of": "more_than", "upwards of": "more_than",
    "upward of": "more_than", "greater than": "more_than", "larger than": "more_than",
    "higher than": "more_than", "bigger than": "more_than", "well over": "more_than",
    "just over": "more_than", "well above": "more_than", "north of": "more_than",
    "a little over": "more_than", "slightly more than": "more_than",
    ">": "more_than",
    "at least": "at_least", "no fewer than": "at_least", "no less than": "at_least",
    "not less than": "at_least", "not fewer than": "at_least",
    "a minimum of": "at_least", "minimum of": "at_least", "> =": "at_least",
    "\u2265": "at_least", "greater than or equal to": "at_least",
    "more than or equal to": "at_least", "bigger or equal than": "at_least",
    "greater or equal than": "at_least", "higher or equal than": "at_least",
    "larger or equal than": "at_least", "bigger or equal to": "at_least",
    "greater or equal to": "at_least", "higher or equal to": "at_least",
    "larger or equal to": "at_least", "equal to or more than": "at_least",
    "equal to or greater than": "at_least", "at least or equal to": "at_least",
    "equal or more than": "at_least", "equal or greater than": "at_least",
    "about": "about", "around": "about", "roughly": "about",
    "approximately": "about", "approx": "about", "approx .": "about",
    "some": "about", "an estimated": "about", "estimated": "about",
    "circa": "about", "~": "about", "\u2248": "about", "on the order of": "about",
    "in the region of": "about", "something like": "about", "more or less": "about",
    "nearly": "nearly", "almost": "nearly", "close to": "nearly",
    "just under": "nearly", "just shy of": "nearly", "just below": "nearly",
    "shy of": "nearly", "nearing": "nearly", "approaching": "nearly",
    "up to": "at_most", "as many as": "at_most", "as much as": "at_most",
    "no more than": "at_most", "not more than": "at_most", "at most": "at_most",
    "a maximum of": "at_most", "maximum of": "at_most", "< =": "at_most",
    "\u2264": "at_most", "less than or equal to": "at_most",
    "fewer than or equal to": "at_most", "smaller or equal than": "at_most",
    "less or equal than": "at_most", "lower or equal than": "at_most",
    "smaller or equal to": "at_most", "less or equal to": "at_most",
    "lower or equal to": "at_most", "smaller than or equal to": "at_most",
    "equal to or less than": "at_most", "equal to or fewer than": "at_most",
    "equal or less than": "at_most", "no greater than": "at_most",
    "not exceeding": "at_most", "no higher than": "at_most",
    "fewer than": "less_than", "less than": "less_than", "under": "less_than",
    "below": "less_than", "lower than": "less_than", "smaller than": "less_than",
    "well under": "less_than", "well below": "less_than", "<": "less_than",
    "exactly": "exact", "precisely": "exact", "equal to": "exact",
    "equals": "exact", "equaling to": "exact", "equalling to": "exact",
    "equals to": "exact", "equaling": "exact", "equalling": "exact",
}  # fmt: skip
PREFIXES_BY_LAST_WORD: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _phrase, _mod in PREFIX_QUALIFIERS.items():
    _words = tuple(_phrase.split())
    PREFIXES_BY_LAST_WORD.setdefault(_words[-1], []).append((_words, _mod))
for _cands in PREFIXES_BY_LAST_WORD.values():
    _cands.sort(key=lambda cand: -len(cand[0]))

# Phrases after a number ("500 or more"), used only when no number follows them
# ("5000 or less than 6000" is two mentions).
POSTFIX_QUALIFIERS: dict[tuple[str, ...], str] = {
    ("or", "more"): "at_least", ("or", "greater"): "at_least",
    ("or", "higher"): "at_least", ("or", "above"): "at_least",
    ("or", "over"): "at_least", ("and", "more"): "at_least",
    ("and", "above"): "at_least", ("and", "over"): "at_least",
    ("and", "up"): "at_least", ("or", "more", "than"): "at_least",
    ("or", "greater", "than"): "at_least", ("and", "more", "than"): "at_least",
    ("or", "less"): "at_most", ("or", "fewer"): "at_most", ("or", "lower"): "at_most",
    ("or", "below"): "at_most", ("or", "under"): "at_most",
    ("and", "below"): "at_most", ("and", "under"): "at_most",
    ("and", "less"): "at_most", ("or", "less", "than"): "at_most",
    ("or", "fewer", "than"): "at_most", ("or", "smaller"): "at_most",
    ("and", "older"): "at_least", ("or", "older"): "at_least",
    ("and", "higher"): "at_least", ("and", "greater"): "at_least",
    ("and", "upwards"): "at_least", ("and", "upward"): "at_least",
    ("and", "younger"): "at_most", ("or", "younger"): "at_most",
    ("and", "lower"): "at_most", ("or", "so"): "about", ("give", "or", "take"): "about",
    ("or", "equal", "to"): "or_equal", ("or", "equal"): "or_equal",
}  # fmt: skip
POSTFIXES_BY_FIRST_WORD: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _key, _mod in POSTFIX_QUALIFIERS.items():
    POSTFIXES_BY_FIRST_WORD.setdefault(_key[0], []).append((_key, _mod))
for _cands in POSTFIXES_BY_FIRST_WORD.values():
    _cands.sort(key=lambda cand: -len(cand[0]))

COUNT_QUALIFIERS = {"more_than", "at_least", "at_most", "less_than", "nearly"}
LOWER_BOUNDS = {"more_than", "at_least"}
UPPER_BOUNDS = {"less_than", "at_most"}
# "over three years" after these is a lower bound, otherwise a duration ("lost
# $2bn over three years").
OVER_BOUND_AFTER_WORDS = {
    "for", "in", "of", "after", "than", "was", "is", "are", "were", "be", "been",
    "aged", "lasted", "took", "spent", "",
}  # fmt: skip

# ------------------------------------------------------------------ context words
# After "a third"/"one fifth" these keep it a fraction ("a third of", "one
# fifth.") rather than an ordinal ("a third term").
FRACTION_FOLLOWERS = {
    "of", "and", "or", "to", "than", "but", "in", "on", "at", "for", "from", "by",
    "as", "is", "was", "are", "were", "be", "been", "more", "less", "the", "a",
    "an", "million", "billion", "trillion", "thousand", "hundred", "dozen",
    "percent", "per", "that", "this", "these", "those", "their", "its", "his",
    "her", "our", "said", "says", "say", "had", "have", "has", "will", "would",
    "could",
}  # fmt: skip
# Bare "half" is a quantity after a qualifier or before "of"/a determiner.
HALF_FOLLOWERS = {
    "of", "the", "their", "its", "his", "her", "our", "all", "them", "that",
    "those", "these", "a", "an", "my", "your", "this",
}  # fmt: skip
HALF_PRECEDERS = {
    "than", "nearly", "almost", "about", "around", "roughly", "over", "under",
    "least", "some", "just", "approximately", "only", "barely", "a", "one", "by",
}  # fmt: skip
HALF_BLOCKERS = {
    "first", "second", "the", "this", "that", "next", "last", "other", "latter",
    "former", "opening", "final", "in", "each", "either", "better", "worse",
}  # fmt: skip
# "one" is a pronoun after these ("no one", "the one who", "which one").
ONE_PRONOUN_DETERMINERS = {
    "no", "any", "every", "each", "this", "that", "which", "the", "another",
    "either", "neither", "little", "loved", "some", "what", "whichever", "such",
}  # fmt: skip
ONE_DETERMINERS_BEFORE_ADJECTIVE = {
    "a", "an", "the", "this", "that", "which", "every", "each", "any", "no", "my",
    "your", "his", "her", "our", "their", "its",
}  # fmt: skip
ONE_PRONOUN_FOLLOWERS = {"another", "who", "whose", "whom"}
ONE_COMPOUND_WORDS = {
    "off", "time", "way", "sided", "stop", "liner", "on", "size", "man", "party",
    "horse", "note", "trick", "hit", "shot", "piece",
}  # fmt: skip
# Capitalized nouns that make the following integer a label ("Article 50", "Route
# 66", "Flight 370") rather than a count.
IDENTIFIER_NOUNS = {
    "Article", "Articles", "Section", "Sections", "Chapter", "Clause", "Route",
    "Highway", "Interstate", "Flight", "Room", "Gate", "Platform", "Terminal",
    "Unit", "Apartment", "Apt", "Suite", "Building", "Block", "Lot", "Proposition",
    "Prop", "Resolution", "Rule", "Regulation", "Paragraph", "Volume", "Vol",
    "Episode", "Apollo", "Windows", "iPhone", "Galaxy", "Boeing", "Airbus",
    "Model", "Version", "Category", "Level", "Phase", "Stage", "Tier", "Channel",
    "Bus", "Pier", "Page", "Pages", "Figure", "Fig", "Table", "Exhibit", "Form",
    "Bill", "Code", "Title", "Amendment", "Year", "Grade", "Class", "Box", "Part",
    "Parts", "part",
    "Lane", "Track", "Studio", "Ward", "District", "Precinct", "Division",
    "Formula", "Catch", "Covid", "COVID", "Number", "Game", "Week", "Day",
    "Season", "Series", "Station", "Pad", "Zone", "Item", "Line", "Exit",
    "War", "Bowl", "Vision", "Agenda", "FTSE", "Nikkei", "Fortune", "Russell",
    "Stoxx", "DAX", "CAC", "Nasdaq", "Dow",
}  # fmt: skip
YEAR_ERAS = {"BC", "AD", "BCE", "CE"}
# Words after which "'08" is a year ("in '08", "the class of '99").
YEAR_PREPOSITIONS = {
    "in", "of", "since", "until", "till", "by", "from", "and", "or", "to",
    "through", "during", "before", "after",
}  # fmt: skip

# ------------------------------------------------------------------ patterns
MONTH_PATTERN = (
    r"(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
FULL_MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
)  # fmt: skip
MONTH_NAMES = frozenset(
    {
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr",
        "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec",
    }
)  # fmt: skip
# Spans whose digits are never counts, tried at the first digit of a number only:
# clock times, day-month dates, dotted/slashed/dashed chains (dates, IP addresses,
# phone numbers), season spans ("2013-14") and street addresses.
EXCLUDED_AT_DIGIT_RE = re.compile(
    r"(?<![\w.])\d{1,2}:\d{2}(?::\d{2})?(?:\s*[aApP]\.?[mM]\.?(?![^\W\d_]))?"
    r"|(?<![\w.,])\d{1,2}(?:[.:]\d{2})?\s*(?:[aApP]\.[mM]\.|[aApP][mM](?![^\W\d_]))"
    r"|(?<![\w.,])\d{1,2}\s*o['\u2019]clock"
    r"|(?<![\w.,])\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?"
    + MONTH_PATTERN
    + r"(?![^\W\d_])"
    r"(?:,?\s+\d{4}(?!\d))?"
    r"|(?<![\w.])\d+([./-])\d+(?:\1\d+)+(?!\w)"
    r"|(?<![\w.,])(?:1[89]|20)\d{2}[-\u2013/](?:\d{2}|(?:1[89]|20)\d{2})(?!\w)"
    r"|\d+[A-Za-z]?\s+(?:[A-Z][a-z]+\.?\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|"
    r"Boulevard|Blvd|Lane|Ln|Drive|Dr|Place|Pl|Court|Ct|Terrace|Square|Sq|Parkway|"
    r"Pkwy|Highway|Hwy)\b"
)
# Phone numbers, tried at a "+" or "(" glued to digits.
EXCLUDED_AT_PLUS_RE = re.compile(
    r"(?<![\w.])\+\d[\d/\-]{6,}\d"
    r"|(?<!\w)\+\d{1,3}(?:[\s-]\d{2,5}){2,}"
    r"|(?<![\w.])\+\d+([./-])\d+(?:\1\d+)+(?!\w)"
    r"|\(\d{3}\)\s*\d{3}[-.\s]\d{4}"
)
# Month-day dates and month-year, tried at a month name ("Aug. 9, 2023").
EXCLUDED_AT_MONTH_RE = re.compile(
    MONTH_PATTERN + r"\s+\d{1,2}(?:st|nd|rd|th)?(?![\d,.]\d|\d)(?:,?\s+\d{4}(?!\d))?"
    r"|" + MONTH_PATTERN + r",?\s+\d{4}(?!\d)"
)
PERCENT_RE = re.compile(
    r"(?:[ \u00a0]?%|[ \u00a0-]?(?:per[ \u00a0]?cents?|percents?|percentages?|pct)"
    r"(?![^\W\d_])|(?<=\d)pc(?!\w))(?P<points>[ \u00a0]+points?(?![^\W\d_]))?",
    re.IGNORECASE,
)
BOUND_JOIN_RE = re.compile(r"\s*(?:,\s*)?(?:and|but|,)\s*", re.IGNORECASE)

QUICK_WORDS = frozenset(
    set(ZERO_WORDS) | set(SMALL_NUMBER_WORDS) | set(DENOMINATORS) | set(VAGUE_HEADS)
    | {"hundred", "dozen", "thousand", "million", "billion", "trillion"}
    | set(CONVENTIONAL_NUMBERS)
)  # fmt: skip
START_WORDS = frozenset(
    set(ZERO_WORDS)
    | set(SMALL_NUMBER_WORDS)
    | set(VAGUE_HEADS)
    | FEW_WORDS
    | MINUS_WORDS
    | {"a", "an", "half", "quarter", "rs", "hundred"}
    | {cand.lower() for cand in ISO_CURRENCY_CODES}
    | set(DOLLAR_PREFIXES)
    | {cand.lower() for cand in LETTER_CURRENCIES}
    | {cand.lower() for cand in SCALED_LETTER_CURRENCIES}
)

