"""Number mentions in text -> normalized values, qualifiers and units (no spaCy)."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from fractions import Fraction

__all__ = ["NumberMention", "find_numbers", "parse_number"]


@dataclass(frozen=True, slots=True, kw_only=True)
class NumberMention:
    """One number mention with its normalized value, qualifier and unit."""

    start: int
    end: int
    text: str
    value: int | float
    value_max: int | float | None
    modifier: str
    unit: str | None
    number_start: int
    number_end: int
    vague: bool = False


# ------------------------------------------------------------------ number words
_F = Fraction
_ZERO = Fraction(0)

_ZERO_WORDS = {"zero": 0, "nought": 0, "naught": 0}
_UNIT_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9,
}  # fmt: skip
_TEEN_WORDS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_SMALL_WORDS = {**_UNIT_WORDS, **_TEEN_WORDS, **_TENS_WORDS}
_SCALE_WORDS = {
    "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12,
    "quadrillion": 10**15, "lakh": 10**5, "lac": 10**5, "crore": 10**7,
}  # fmt: skip
# Plural scale words only multiply a preceding number ("five hundreds", "13 lakhs");
# alone they are vague magnitudes ("thousands").
_SCALE_PLURALS = {
    "thousands": 10**3, "millions": 10**6, "billions": 10**9, "trillions": 10**12,
    "lakhs": 10**5, "crores": 10**7,
}  # fmt: skip
_DOZEN_WORDS = {"dozen", "dozens", "dz", "dzs", "doz", "dozs", "dzn"}
# Abbreviated multipliers after digits ("$3m", "10k", "1.2bn"), matched on the exact
# token text because case matters ("M" is a million, "m" usually a metre).
_ABBR_SCALES = {
    "k": 10**3, "K": 10**3, "M": 10**6, "MM": 10**6, "mn": 10**6, "mln": 10**6,
    "mil": 10**6, "mio": 10**6, "bn": 10**9, "bln": 10**9, "b": 10**9, "B": 10**9,
    "tn": 10**12, "trn": 10**12, "tln": 10**12, "T": 10**12, "m": 10**6,
}  # fmt: skip
_ABBR_SPACED = {"k", "mn", "mln", "mil", "bn", "bln", "tn", "trn", "tln", "MM"}

_ORD_UNITS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
    "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
}  # fmt: skip
# Fraction denominators: word -> (denominator, plural?)
_DENOMS: dict[str, tuple[int, bool]] = {"half": (2, False), "halves": (2, True)}
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
    _DENOMS[_word] = (_den, False)
    _DENOMS[_word + "s"] = (_den, True)
_ORDINAL_WORDS = set(_DENOMS) | set(_ORD_UNITS) | {w + "s" for w in _ORD_UNITS}

_VULGAR = {
    "\u00bd": _F(1, 2), "\u2153": _F(1, 3), "\u2154": _F(2, 3), "\u00bc": _F(1, 4),
    "\u00be": _F(3, 4), "\u2155": _F(1, 5), "\u2156": _F(2, 5), "\u2157": _F(3, 5),
    "\u2158": _F(4, 5), "\u2159": _F(1, 6), "\u215a": _F(5, 6), "\u2150": _F(1, 7),
    "\u215b": _F(1, 8), "\u215c": _F(3, 8), "\u215d": _F(5, 8), "\u215e": _F(7, 8),
    "\u2151": _F(1, 9), "\u2152": _F(1, 10),
}  # fmt: skip
_DASHES = {"-", "\u2013", "\u2012"}
_SIGNS = {"-": -1, "\u2212": -1, "\u2013": -1, "+": 1}
_MINUS_WORDS = {"minus", "negative"}

# Vague magnitudes are lower bounds: "dozens" -> 24, "tens of thousands" -> 20000.
_VAGUE_HEADS = {
    "dozens": 12, "hundreds": 100, "thousands": 10**3, "millions": 10**6,
    "billions": 10**9, "trillions": 10**12, "tens": 10, "scores": 20,
}  # fmt: skip
_VAGUE_OF = {"thousands": 10**3, "millions": 10**6, "billions": 10**9}
_FEW_WORDS = {"several", "few", "many"}
_FEW_SCALES = {"dozen": 12, "hundred": 100, "thousand": 10**3, "million": 10**6,
               "billion": 10**9}  # fmt: skip

# ------------------------------------------------------------------ currencies
_CURRENCY_SYMBOLS = {
    "$": "USD", "\u00a3": "GBP", "\u20ac": "EUR", "\u00a5": "JPY", "\u20b9": "INR",
    "\u20a9": "KRW", "\u20bd": "RUB", "\u20ba": "TRY", "\u20a6": "NGN",
    "\u20b1": "PHP", "\u20aa": "ILS",
}  # fmt: skip
_DOLLAR_PREFIXES = {
    "us": "USD", "c": "CAD", "ca": "CAD", "a": "AUD", "au": "AUD", "hk": "HKD",
    "nz": "NZD", "s": "SGD", "r": "BRL", "nt": "TWD",
}  # fmt: skip
_ISO_CODES = {
    "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "INR", "CHF", "AUD", "CAD", "HKD",
    "SGD", "NZD", "BRL", "ZAR", "RUB", "KRW", "MXN", "SEK", "NOK", "DKK", "TRY",
    "PLN", "NGN", "KES", "EGP", "SAR", "AED", "ILS", "IDR", "THB", "PHP", "PKR",
}  # fmt: skip
_CURRENCY_WORDS = {
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
_UNIT_WORD_FORMS: dict[str, str] = {}
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
        _UNIT_WORD_FORMS[_form] = _canon
# Case-sensitive abbreviations, after at most one space or a hyphen, or glued.
_UNIT_ABBR: dict[str, str] = {
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
_UNIT_GLUED = {
    "m": "m", "g": "g", "l": "l", "L": "l", "t": "tonne", "C": "celsius",
    "F": "fahrenheit", "W": "watt", "V": "volt", "J": "joule", "h": "hour",
}  # fmt: skip
# ... or after one space when nothing else is plausible ("30 C", "4 L of wine").
_UNIT_SPACED_LETTERS = {"C": "celsius", "F": "fahrenheit", "L": "l"}
_INCH_FOLLOW = {"thick", "long", "wide", "tall", "high", "deep", "across", "diameter"}
_TIME_UNITS = {"year", "month", "week", "day", "hour", "minute", "second", "decade",
               "century", "millisecond"}  # fmt: skip

# ------------------------------------------------------------------ qualifiers
# Phrases before a number, keyed by their last word so that looking back from a
# number costs one dict probe; longer phrases are tried first.
_PREFIX_QUALIFIERS: dict[str, str] = {
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
_PREFIX_INDEX: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _phrase, _mod in _PREFIX_QUALIFIERS.items():
    _words = tuple(_phrase.split())
    _PREFIX_INDEX.setdefault(_words[-1], []).append((_words, _mod))
for _cands in _PREFIX_INDEX.values():
    _cands.sort(key=lambda c: -len(c[0]))

# Phrases after a number ("500 or more"), used only when no number follows them
# ("5000 or less than 6000" is two mentions).
_POSTFIX_QUALIFIERS: dict[tuple[str, ...], str] = {
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
    ("or", "so"): "about", ("give", "or", "take"): "about",
    ("or", "equal", "to"): "or_equal", ("or", "equal"): "or_equal",
}  # fmt: skip
_POSTFIX_INDEX: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _key, _mod in _POSTFIX_QUALIFIERS.items():
    _POSTFIX_INDEX.setdefault(_key[0], []).append((_key, _mod))
for _cands in _POSTFIX_INDEX.values():
    _cands.sort(key=lambda c: -len(c[0]))

_COUNT_QUALIFIERS = {"more_than", "at_least", "at_most", "less_than", "nearly"}
_LOWER_BOUNDS = {"more_than", "at_least"}
_UPPER_BOUNDS = {"less_than", "at_most"}
# "over three years" after these is a lower bound, otherwise a duration ("lost
# $2bn over three years").
_OVER_DURATION_BOUND_BEFORE = {
    "for", "in", "of", "after", "than", "was", "is", "are", "were", "be", "been",
    "aged", "lasted", "took", "spent", "",
}  # fmt: skip

# ------------------------------------------------------------------ context words
# After "a third"/"one fifth" these keep it a fraction ("a third of", "one
# fifth.") rather than an ordinal ("a third term").
_FRAC_FOLLOW = {
    "of", "and", "or", "to", "than", "but", "in", "on", "at", "for", "from", "by",
    "as", "is", "was", "are", "were", "be", "been", "more", "less", "the", "a",
    "an", "million", "billion", "trillion", "thousand", "hundred", "dozen",
    "percent", "per", "that", "this", "these", "those", "their", "its", "his",
    "her", "our", "said", "says", "say", "had", "have", "has", "will", "would",
    "could",
}  # fmt: skip
# Bare "half" is a quantity after a qualifier or before "of"/a determiner.
_HALF_FOLLOW = {
    "of", "the", "their", "its", "his", "her", "our", "all", "them", "that",
    "those", "these", "a", "an", "my", "your", "this",
}  # fmt: skip
_HALF_AFTER = {
    "than", "nearly", "almost", "about", "around", "roughly", "over", "under",
    "least", "some", "just", "approximately", "only", "barely", "a", "one", "by",
}  # fmt: skip
_HALF_BLOCK_BEFORE = {
    "first", "second", "the", "this", "that", "next", "last", "other", "latter",
    "former", "opening", "final", "in", "each", "either", "better", "worse",
}  # fmt: skip
# "one" is a pronoun after these ("no one", "the one who", "which one").
_ONE_DETERMINERS = {
    "no", "any", "every", "each", "this", "that", "which", "the", "another",
    "either", "neither", "little", "loved", "some", "what", "whichever", "such",
}  # fmt: skip
_ONE_DET_BEFORE_ADJ = {
    "a", "an", "the", "this", "that", "which", "every", "each", "any", "no", "my",
    "your", "his", "her", "our", "their", "its",
}  # fmt: skip
_ONE_AFTER_BLOCK = {"another", "who", "whose", "whom"}
_ONE_COMPOUND_BLOCK = {
    "off", "time", "way", "sided", "stop", "liner", "on", "size", "man", "party",
    "horse", "note", "trick", "hit", "shot", "piece",
}  # fmt: skip
# Capitalized nouns that make the following integer a label ("Article 50", "Route
# 66", "Flight 370") rather than a count.
_ID_NOUNS = {
    "Article", "Articles", "Section", "Sections", "Chapter", "Clause", "Route",
    "Highway", "Interstate", "Flight", "Room", "Gate", "Platform", "Terminal",
    "Unit", "Apartment", "Apt", "Suite", "Building", "Block", "Lot", "Proposition",
    "Prop", "Resolution", "Rule", "Regulation", "Paragraph", "Volume", "Vol",
    "Episode", "Apollo", "Windows", "iPhone", "Galaxy", "Boeing", "Airbus",
    "Model", "Version", "Category", "Level", "Phase", "Stage", "Tier", "Channel",
    "Bus", "Pier", "Page", "Pages", "Figure", "Fig", "Table", "Exhibit", "Form",
    "Bill", "Code", "Title", "Amendment", "Year", "Grade", "Class", "Box",
    "Lane", "Track", "Studio", "Ward", "District", "Precinct", "Division",
    "Formula", "Catch", "Covid", "COVID", "Number", "Game", "Week", "Day",
    "Season", "Series", "Station", "Pad", "Zone", "Item", "Line", "Exit",
    "War", "Bowl", "Vision", "Agenda", "FTSE", "Nikkei", "Fortune", "Russell",
    "Stoxx", "DAX", "CAC", "Nasdaq", "Dow",
}  # fmt: skip
_YEAR_ERAS = {"BC", "AD", "BCE", "CE"}

# ------------------------------------------------------------------ regexes
# Words first: they are the most frequent tokens, and trying the long number
# alternation at every word start would dominate the run time.
_TOKEN_RE = re.compile(
    r"(?P<v>[\u00bc-\u00be\u2150-\u215e])"
    r"|(?P<w>[^\W\d_]+)"
    r"|(?P<n>(?=[\d.])"
    r"(?:\d{1,2}(?:,\d\d)+,\d{3}(?!\d)"  # Indian grouping: 12,34,567
    r"|\d{1,3}(?:,\d{3})+(?!\d)"  # 1,234,567
    r"|(?<![\w.,])\d{1,3}(?:[\u00a0\u202f\u2009\u2007]\d{3})+(?!\d)"  # 40 000
    r"|(?<![\w.,])\d{1,3}(?: \d{3})+(?![\d\-\u2013/])"  # 1 234 567
    r"|\d+)"
    r"(?:\.\d+)?"
    r"(?:[eE][+-]?\d+(?![^\W\d_]))?"
    r"|(?<![\d.])\.\d+)"
    r"|(?P<s>[^\w\s]|_)"
)
_NUM_CLEAN_RE = re.compile(r"[,\s\u00a0\u202f\u2009\u2007]")

_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_MONTH_NAMES = frozenset(
    {
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr",
        "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec",
    }
)  # fmt: skip
# Spans whose digits are never counts, tried at the first digit of a number only:
# clock times, day-month dates, dotted/slashed/dashed chains (dates, IP addresses,
# phone numbers), season spans ("2013-14") and street addresses.
_EXCL_AT_DIGIT_RE = re.compile(
    r"(?<![\w.])\d{1,2}:\d{2}(?::\d{2})?(?:\s*[aApP]\.?[mM]\.?(?![^\W\d_]))?"
    r"|(?<![\w.,])\d{1,2}(?:[.:]\d{2})?\s*(?:[aApP]\.[mM]\.|[aApP][mM](?![^\W\d_]))"
    r"|(?<![\w.,])\d{1,2}\s*o['\u2019]clock"
    r"|(?<![\w.,])\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTHS + r"(?![^\W\d_])"
    r"(?:,?\s+\d{4}(?!\d))?"
    r"|(?<![\w.])\d+([./-])\d+(?:\1\d+)+(?!\w)"
    r"|(?<![\w.,])(?:1[89]|20)\d{2}[-\u2013/](?:\d{2}|(?:1[89]|20)\d{2})(?!\w)"
    r"|\d+[A-Za-z]?\s+(?:[A-Z][a-z]+\.?\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|"
    r"Boulevard|Blvd|Lane|Ln|Drive|Dr|Place|Pl|Court|Ct|Terrace|Square|Sq|Parkway|"
    r"Pkwy|Highway|Hwy)\b"
)
# Phone numbers, tried at a "+" or "(" glued to digits.
_EXCL_AT_PLUS_RE = re.compile(
    r"(?<![\w.])\+\d[\d/\-]{6,}\d"
    r"|(?<!\w)\+\d{1,3}(?:[\s-]\d{2,5}){2,}"
    r"|(?<![\w.])\+\d+([./-])\d+(?:\1\d+)+(?!\w)"
    r"|\(\d{3}\)\s*\d{3}[-.\s]\d{4}"
)
# Month-day dates and month-year, tried at a month name ("Aug. 9, 2023").
_EXCL_AT_MONTH_RE = re.compile(
    _MONTHS + r"\s+\d{1,2}(?:st|nd|rd|th)?(?![\d,.]\d|\d)(?:,?\s+\d{4}(?!\d))?"
    r"|" + _MONTHS + r",?\s+\d{4}(?!\d)"
)
_URL_RE = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.]+")
_PERCENT_RE = re.compile(
    r"(?:[ \u00a0]?%|[ \u00a0-]?(?:per[ \u00a0]?cents?|percents?|percentages?|pct)"
    r"(?![^\W\d_])|(?<=\d)pc(?!\w))(?P<pp>[ \u00a0]+points?(?![^\W\d_]))?",
    re.IGNORECASE,
)
_BOUND_JOIN_RE = re.compile(r"\s*(?:,\s*)?(?:and|but|,)\s*", re.IGNORECASE)

_QUICK_CHARS_RE = re.compile(r"[\d\u00bc-\u00be\u2150-\u215e]")
_WORD_RE = re.compile(r"[a-z]+")
_QUICK_WORDS = frozenset(
    set(_ZERO_WORDS) | set(_SMALL_WORDS) | set(_DENOMS) | set(_VAGUE_HEADS)
    | {"hundred", "dozen", "thousand", "million", "billion", "trillion"}
)  # fmt: skip
_START_WORDS = frozenset(
    set(_ZERO_WORDS)
    | set(_SMALL_WORDS)
    | set(_VAGUE_HEADS)
    | _FEW_WORDS
    | _MINUS_WORDS
    | {"a", "an", "half", "quarter", "rs"}
    | {c.lower() for c in _ISO_CODES}
    | set(_DOLLAR_PREFIXES)
)


# ------------------------------------------------------------------ internals
@dataclass(slots=True)
class _Card:
    """A cardinal read from tokens (words and/or digits)."""

    value: Fraction | float
    end: int  # token index after the cardinal
    last: str  # kind of the last element read
    tail: int  # multiplier of the last scale word read (1 when none)
    max_scale: int
    and_base: Fraction | float | None  # value before an "and"-joined last part
    and_after: str  # kind of the element before that "and"
    words: bool
    plain: bool  # one bare integer token without separators or scale
    abbr: bool  # ended with an abbreviated multiplier ("3m")


@dataclass(slots=True)
class _Num:
    """The numeric part of a mention (no currency, unit or qualifier)."""

    value: Fraction | float
    start: int  # token indexes [start, end)
    end: int
    vague: bool = False
    words: bool = False
    plain: bool = False
    tail: int = 1
    frac: bool = False
    skip: bool = False  # recognised but not a count (ordinal, "24/7")
    scaled: bool = False


@dataclass(slots=True)
class _Part:
    """A number with its currency, sign and unit, before qualifiers."""

    num: _Num
    tok_start: int
    tok_end: int
    start: int  # char offsets
    end: int
    num_start: int
    num_end: int
    value: Fraction | float
    unit: str | None
    money: bool
    signed: bool


def _to_out(v: Fraction | float) -> int | float:
    """Return an int for integral values, else a float."""
    if isinstance(v, int):
        return v
    if isinstance(v, Fraction):
        return int(v) if v.denominator == 1 else float(v)
    if v.is_integer() and abs(v) < 1e18:
        return int(v)
    return v


def _is_integral(v: Fraction | float) -> bool:
    if isinstance(v, int):
        return True
    if isinstance(v, Fraction):
        return v.denominator == 1
    return v.is_integer()


def _clean_num(text: str) -> Fraction | int:
    """Value of a digit token; plain ints stay ints because Fraction is slow."""
    if text.isdigit():
        return int(text)
    cleaned = _NUM_CLEAN_RE.sub("", text)
    return int(cleaned) if cleaned.isdigit() else Fraction(cleaned)


class _Scanner:
    """Tokenizes one text and finds the number mentions in it."""

    def __init__(self, text: str) -> None:
        self.text = text
        toks = [
            (m.lastgroup, m.start(), m.end(), m.group())
            for m in _TOKEN_RE.finditer(text)
        ]
        self.K: list[str] = [t[0] or "s" for t in toks]
        self.S: list[int] = [t[1] for t in toks]
        self.E: list[int] = [t[2] for t in toks]
        self.T: list[str] = [t[3] for t in toks]
        self.L: list[str] = [t.lower() for t in self.T]
        self.n = len(toks)
        self.ident = [False] * self.n  # digits known to be part of a code
        self.excluded = [False] * self.n
        self._mark_excluded()

    # ------------------------------------------------------------ exclusions
    def _exclude(self, start: int, end: int) -> None:
        k = bisect_left(self.S, start)
        while k < self.n and self.S[k] < end:
            self.excluded[k] = True
            k += 1

    def _mark_excluded(self) -> None:
        """Flag tokens inside dates, times, codes, URLs and addresses."""
        text, K, T, S = self.text, self.K, self.T, self.S
        if "@" in text or "://" in text or "www." in text:
            for m in _URL_RE.finditer(text):
                self._exclude(m.start(), m.end())
        for p in range(self.n):
            if K[p] != "n" or self.excluded[p]:
                continue
            if p > 0 and T[p - 1] in ("+", "(") and self._adj(p):
                m = _EXCL_AT_PLUS_RE.match(text, S[p - 1])
                if m is not None:
                    self._exclude(m.start(), m.end())
                    continue
            m = _EXCL_AT_DIGIT_RE.match(text, S[p])
            if m is not None:
                self._exclude(m.start(), m.end())
                continue
            q = p - 1
            if q > 0 and T[q] == ".":
                q -= 1
            if q >= 0 and T[q] in _MONTH_NAMES:
                m = _EXCL_AT_MONTH_RE.match(text, S[q])
                if m is not None:
                    self._exclude(m.start(), m.end())

    # ------------------------------------------------------------ helpers
    def _adj(self, j: int) -> bool:
        """True when token j touches token j-1 (no whitespace between)."""
        return 0 < j < self.n and self.S[j] == self.E[j - 1]

    def _tok_at(self, pos: int) -> int:
        """Index of the first token starting at or after char offset pos."""
        return bisect_left(self.S, pos)

    def _is_numberish(self, j: int) -> bool:
        if j >= self.n:
            return False
        if self.K[j] in ("n", "v"):
            return True
        w = self.L[j]
        return w in _SMALL_WORDS or w in _ZERO_WORDS

    def _sign_at(self, j: int) -> bool:
        """A minus/plus sign glued to the digits that follow it."""
        if j + 1 >= self.n or self.T[j] not in _SIGNS or self.K[j + 1] != "n":
            return False
        if not self._adj(j + 1):
            return False
        if j == 0 or not self._adj(j):
            return True
        prev = self.T[j - 1]
        return prev in "([{<>=~:" or prev in _CURRENCY_SYMBOLS

    # ------------------------------------------------------------ digits
    def _digits(self, j: int) -> tuple[Fraction | float, int, str]:
        """Read the digit literal at token j and its fraction/power extensions.

        Returns (value, end token, kind) with kind one of int, dec, frac, pow, bad.
        """
        K, T, n, adj = self.K, self.T, self.n, self._adj
        raw = T[j]
        val: Fraction | float = _clean_num(raw)
        kind = "int" if ("." not in raw and "e" not in raw.lower()) else "dec"
        k = j + 1
        if k + 1 < n and T[k] == "/" and adj(k) and K[k + 1] == "n" and adj(k + 1):
            if raw.isdigit() and T[k + 1].isdigit():
                a, b = int(raw), int(T[k + 1])
                # "24/7", "50/50", "1/0" and "9/11" are not fractions
                if b == 0 or a >= b or (a <= 12 and 11 <= b <= 31):
                    return (_ZERO, k + 2, "bad")  # "9/11" and "4/17" are dates
                return (_F(a, b), k + 2, "frac")
            return (val, k, kind)
        if k < n and K[k] == "v":
            return (val + _VULGAR[T[k]], k + 1, "frac")
        if (
            kind == "int"
            and k + 2 < n
            and K[k] == "n"
            and T[k].isdigit()
            and not adj(k)
            and self.S[k] - self.E[j] <= 3
            and T[k + 1] == "/"
            and adj(k + 1)
            and adj(k + 2)
            and T[k + 2].isdigit()
        ):
            a, b = int(T[k]), int(T[k + 2])
            if 0 < a < b:  # "2 1/2"
                return (val + _F(a, b), k + 3, "frac")
        if k < n and T[k] == "^" and adj(k):  # "1.1^23"
            return self._power(val, 1.0, k + 1) or (val, k, kind)
        if (
            k + 2 < n
            and T[k] in ("x", "X", "\u00d7")
            and adj(k)
            and K[k + 1] == "n"
            and adj(k + 1)
            and adj(k + 2)
        ):  # "1.3x10^6", "2.48x10-5"
            base = float(_clean_num(T[k + 1]))
            m = k + 2 + (T[k + 2] == "^")
            if T[k + 2] == "^" or T[k + 2] in _SIGNS:
                return self._power(val, base, m) or (val, k, kind)
        return (val, k, kind)

    def _power(
        self, val: Fraction | float, base: float, m: int
    ) -> tuple[float, int, str] | None:
        """Exponent at token m: val**exp when base is 1.0, else val * base**exp."""
        sign = 1
        while m < self.n and self.T[m] in _SIGNS and self._adj(m):
            sign *= _SIGNS[self.T[m]]
            m += 1
        if m >= self.n or self.K[m] != "n" or not self._adj(m):
            return None
        exp = float(_clean_num(self.T[m])) * sign
        try:
            if base == 1.0:
                return (float(val) ** exp, m + 1, "pow")
            return (float(val) * base**exp, m + 1, "pow")
        except (OverflowError, ZeroDivisionError):
            return None

    def _abbr_scale(self, j: int, money: bool, value: Fraction | float) -> int:
        """Multiplier of an abbreviation at token j after digits, else 0."""
        if j >= self.n or self.K[j] != "w":
            return 0
        t = self.T[j]
        if t not in _ABBR_SCALES:
            return 0
        if not self._adj(j) and (
            t not in _ABBR_SPACED or self.S[j] - self.E[j - 1] > 2
        ):
            return 0
        if t == "m":
            # "$3m" and "1.5m people" are millions; "the 100m final" is metres
            return 10**6 if money or self._plural_follows(j) else 0
        if t in ("b", "B") and not (money or not _is_integral(value)):
            return 0  # "Flat 4B", "1500b" are not billions
        if t == "K" and not money:
            return 0  # "4K" screens, "300K" temperatures
        if t == "T" and not money:
            return 0
        return _ABBR_SCALES[t]

    def _plural_follows(self, j: int) -> bool:
        k = j + 1
        if k >= self.n or self.K[k] != "w" or self._adj(k):
            return False
        w = self.L[k]
        if w in ("people", "children", "men", "women", "staff", "police"):
            return True
        return (
            len(w) > 3
            and w.endswith("s")
            and not w.endswith("ss")
            and w not in ("hurdles", "relays", "heats", "finals")
            and w not in _UNIT_WORD_FORMS
        )

    # ------------------------------------------------------------ cardinals
    def _cardinal(self, i: int, money: bool) -> _Card | None:
        """Read an integer or decimal in words and/or digits at token i."""
        K, T, L, n = self.K, self.T, self.L, self.n
        total: Fraction | float = 0
        cur: Fraction | float = 0  # the group below the last scale word
        max_scale = 0
        last = ""
        has_hundred = False  # the current group already has its "hundred"
        and_base: Fraction | float | None = None
        and_after = ""
        before_and: _Card | None = None
        best: _Card | None = None
        words = plain = False
        tail = 1
        j = i

        def snap(end: int, abbr: bool = False) -> _Card:
            return _Card(
                total + cur,
                end,
                last,
                tail,
                max_scale,
                and_base,
                and_after,
                words,
                plain and last == "digits",
                abbr,
            )

        if L[j] in ("a", "an"):
            nxt = L[j + 1] if j + 1 < n else ""
            if nxt != "hundred" and nxt not in _SCALE_WORDS:
                return None
            cur, last, words = 1, "a", True
            j += 1
        while j < n:
            w = L[j]
            if K[j] == "n":
                if self.excluded[j]:
                    break
                if last == "and":
                    if not T[j].isdigit():
                        break
                elif last == "scale" and not words:
                    break
                elif last == "scale":
                    # "4 thousand 3 hundred": digits after a scale need a multiplier
                    d_end = self._digits(j)[1]
                    if d_end >= n or (
                        L[d_end] != "hundred" and L[d_end] not in _SCALE_WORDS
                    ):
                        break
                elif last:
                    break
                val, jend, kind = self._digits(j)
                if kind == "bad":
                    if not last:
                        return _Card(
                            _ZERO, jend, "bad", 1, 0, None, "", False, False, False
                        )
                    break
                if last == "and":
                    limit = 100 if has_hundred and cur < 1000 else tail
                    if val <= 0 or (limit > 1 and val >= limit):
                        break
                plain = not last and kind == "int" and T[j].isdigit()
                cur = cur + val
                last = "digits" if kind in ("int", "dec") else "fracdigits"
                j = jend
                best = snap(j)
                if kind in ("frac", "pow"):
                    return best
                mult = self._abbr_scale(j, money, val)
                if mult:
                    total = (
                        (total + cur) * mult if mult > max_scale else total + cur * mult
                    )
                    cur, max_scale, tail = 0, max(max_scale, mult), mult
                    last, plain = "scale", False
                    return snap(j + 1, abbr=True)
                continue
            if w in _ZERO_WORDS:
                if last:
                    break
                words, last = True, "zero"
                j += 1
                best = snap(j)
                continue
            if w in _UNIT_WORDS:
                if last not in ("", "hundred", "scale", "and", "tens"):
                    break
                cur = cur + _UNIT_WORDS[w]
                words, last = True, "units"
                j += 1
                best = snap(j)
                continue
            if w in _TEEN_WORDS or w in _TENS_WORDS:
                if last not in ("", "hundred", "scale", "and"):
                    break
                cur = cur + _SMALL_WORDS[w]
                words, last = True, ("teen" if w in _TEEN_WORDS else "tens")
                j += 1
                best = snap(j)
                continue
            if T[j] in _DASHES:
                # "fifty-two", "fifty - two"
                if (
                    last == "tens"
                    and j + 1 < n
                    and L[j + 1] in _UNIT_WORDS
                    and (self.S[j + 1] - self.E[j] <= 1)
                ):
                    j += 1
                    continue
                break
            if w in ("hundred", "hundreds"):
                if last not in ("units", "teen", "tens", "digits", "a") or has_hundred:
                    if and_base is not None and before_and is not None:
                        return before_and  # "between 2 hundred and 3 hundred"
                    break
                if w == "hundreds" and last == "a":
                    break
                if and_base is not None:
                    seg = total + cur - and_base
                    cur = cur - seg + seg * 100
                else:
                    cur = cur * 100
                has_hundred, last, words, plain = True, "hundred", True, False
                j += 1
                best = snap(j)
                continue
            if w in _SCALE_WORDS or (w in _SCALE_PLURALS and last not in ("", "a")):
                s = _SCALE_WORDS.get(w) or _SCALE_PLURALS[w]
                if last not in (
                    "units",
                    "teen",
                    "tens",
                    "hundred",
                    "digits",
                    "a",
                    "point",
                    "scale",
                ):
                    break
                if s > max_scale:
                    total = (total + cur) * s
                elif cur > 0 and last != "scale":
                    total = total + cur * s
                else:
                    if and_base is not None and before_and is not None:
                        return before_and  # "between 2 million and 3 million"
                    break
                cur, max_scale, tail = 0, max(max_scale, s), s
                has_hundred, and_base, before_and = False, None, None
                last, words, plain = "scale", True, False
                j += 1
                best = snap(j)
                continue
            if w in ("and", "&") or (T[j] == "," and last == "scale" and words):
                # "one hundred and six", "two million, two hundred"
                if last not in ("hundred", "scale") or j + 1 >= n:
                    break
                nk, nw = K[j + 1], L[j + 1]
                if nk == "n":
                    ok = T[j] != "," and T[j + 1].isdigit() and not self.excluded[j + 1]
                else:
                    ok = nw in _SMALL_WORDS
                if not ok:
                    break
                before_and, and_base, and_after = best, total + cur, last
                last = "and"
                j += 1
                continue
            if w == "point" and last in ("units", "teen", "tens", "hundred", "zero"):
                digs, m = self._point_digits(j + 1)
                if not digs:
                    break
                cur = cur + _F(int(digs), 10 ** len(digs))
                last = "point"
                j = m
                best = snap(j)
                continue
            break
        if last == "and" and before_and is not None:
            return before_and
        return best

    def _point_digits(self, m: int) -> tuple[str, int]:
        """Digits spelled after "point" ("zero three", "seventy-one")."""
        K, L, T, n = self.K, self.L, self.T, self.n
        digs = ""
        while m < n and K[m] == "w":
            x = L[m]
            if x in _ZERO_WORDS or x == "oh":
                digs += "0"
            elif x in _UNIT_WORDS or x in _TEEN_WORDS:
                digs += str(_SMALL_WORDS[x])
            elif x in _TENS_WORDS:
                if m + 2 < n and T[m + 1] in _DASHES and L[m + 2] in _UNIT_WORDS:
                    digs += str(_TENS_WORDS[x] + _UNIT_WORDS[L[m + 2]])
                    m += 2
                else:
                    digs += str(_TENS_WORDS[x])
            else:
                break
            m += 1
        return digs, m

    # ------------------------------------------------------------ fractions
    def _denom_at(self, j: int) -> tuple[int, bool, int] | None:
        """A denominator word at token j: (denominator, plural, end token)."""
        n, L, T = self.n, self.L, self.T
        if j >= n or self.K[j] != "w":
            return None
        w = L[j]
        if w in _TENS_WORDS and j + 1 < n:
            # compound ordinals: "a twenty-first", "three twenty-fifths"
            k = j + 2 if T[j + 1] in _DASHES and j + 2 < n else j + 1
            x = L[k]
            base = x[:-1] if x.endswith("s") and x[:-1] in _ORD_UNITS else x
            if base in _ORD_UNITS:
                return (_TENS_WORDS[w] + _ORD_UNITS[base], x != base, k + 1)
            return None
        if w in _DENOMS:
            den, plural = _DENOMS[w]
            return (den, plural, j + 1)
        return None

    def _frac_context_ok(self, j: int) -> bool:
        """Whether a singular fraction ending before token j is not an ordinal."""
        if j >= self.n:
            return True
        if self.K[j] == "s":
            return not (self.T[j] in _DASHES and self._adj(j))
        if self.K[j] != "w":
            return True
        w = self.L[j]
        return w in _FRAC_FOLLOW or w in _UNIT_WORD_FORMS or self.T[j] in _UNIT_ABBR

    def _scale_after_frac(self, j: int, value: Fraction) -> tuple[Fraction, int, int]:
        """Apply "of a million", "a dozen" or "million" after a fraction at token j."""
        n, L = self.n, self.L
        k = j
        if k + 1 < n and L[k] == "of" and L[k + 1] in ("a", "an"):
            k += 2
        elif k < n and (L[k] in ("a", "an") or (self.T[k] in _DASHES and self._adj(k))):
            k += 1
        if k < n:
            w = L[k]
            if w in _SCALE_WORDS:
                return (value * _SCALE_WORDS[w], k + 1, _SCALE_WORDS[w])
            if w == "dozen":
                return (value * 12, k + 1, 12)
            if w == "hundred" and k > j:
                return (value * 100, k + 1, 100)
        return (value, j, 1)

    def _simple_frac(self, j: int) -> tuple[Fraction, int] | None:
        """A fraction after "and": "a half", "one fourth", "three fifths", "half"."""
        n, L = self.n, self.L
        if j >= n:
            return None
        w = L[j]
        if w == "half":
            return (_F(1, 2), j + 1)
        k = j + 1
        if w in ("a", "an", "one"):
            num = 1
        elif w in _SMALL_WORDS:
            num = _SMALL_WORDS[w]
            if (
                w in _TENS_WORDS
                and k + 1 < n
                and self.T[k] in _DASHES
                and L[k + 1] in _UNIT_WORDS
            ):
                num += _UNIT_WORDS[L[k + 1]]
                k += 2
        else:
            return None
        if k < n and self.T[k] in _DASHES:
            k += 1
        d = self._denom_at(k)
        if d is None or (not d[1] and num != 1):
            return None
        return (_F(num, d[0]), d[2])

    def _bare_half_ok(self, i: int) -> bool:
        """Whether a lone "half" is a quantity ("half of", "more than half")."""
        L, n = self.L, self.n
        if i > 0 and L[i - 1] in _HALF_BLOCK_BEFORE:
            return False
        if i + 1 < n and self.T[i + 1] in _DASHES and self._adj(i + 1):
            return False  # "half-time", "half-brother"
        if i + 1 < n and L[i + 1] in _HALF_FOLLOW:
            return True
        if i > 0 and L[i - 1] in _HALF_AFTER:
            return True
        return i + 1 >= n or self.K[i + 1] == "s"

    # ------------------------------------------------------------ numbers
    def _number(self, i: int, money: bool) -> _Num | None:
        """Read the numeric part of a mention at token i."""
        n, L, T, K = self.n, self.L, self.T, self.K
        w = L[i]
        nxt = L[i + 1] if i + 1 < n else ""
        if K[i] == "w" and w in _VAGUE_HEADS:
            return self._vague(i)
        if w in _FEW_WORDS or (w == "a" and nxt == "few"):
            j = i + 2 if w == "a" else i + 1
            if j >= n or L[j] not in _FEW_SCALES:
                return None
            mult = _FEW_SCALES[L[j]]
            val = 2 * mult  # "several hundred" -> at least 200
            j += 1
            if j < n and L[j] in _SCALE_WORDS and _SCALE_WORDS[L[j]] > mult:
                val *= _SCALE_WORDS[L[j]]
                j += 1
            return _Num(_F(val), i, j, vague=True, words=True)
        if w in ("a", "an") and nxt == "dozen":
            return _Num(_F(12), i, i + 2, words=True, scaled=True)
        if w in ("half", "quarter"):
            base = _F(1, 2) if w == "half" else _F(1, 4)
            v, end, mult = self._scale_after_frac(i + 1, base)
            if mult > 1:  # "half a million", "quarter million"
                return _Num(v, i, end, words=True, frac=True, scaled=True)
            if w == "quarter" or not self._bare_half_ok(i):
                return None
            return _Num(base, i, i + 1, words=True, frac=True)
        if w in ("a", "an", "one") and K[i] == "w":
            # "a third of", "one-half", "a hundredth"
            k = i + 2 if w == "one" and i + 2 < n and T[i + 1] in _DASHES else i + 1
            d = self._denom_at(k)
            if d is not None and not d[1]:
                den, _plural, end = d
                if nxt == "half" or self._frac_context_ok(end):
                    v, end2, mult = self._scale_after_frac(end, _F(1, den))
                    num = _Num(v, i, end2, words=True, frac=True, scaled=mult > 1)
                    return self._and_fraction(num, None)
                return None
            if w != "one" and nxt != "hundred" and nxt not in _SCALE_WORDS:
                return None
        if K[i] == "v":
            return _Num(_VULGAR[T[i]], i, i + 1, frac=True)
        card = self._cardinal(i, money)
        if card is None:
            return None
        if card.last == "bad":
            return _Num(_ZERO, i, card.end, skip=True)
        if card.abbr or card.last == "fracdigits":
            return _Num(
                card.value,
                i,
                card.end,
                words=card.words,
                tail=card.tail,
                frac=card.last == "fracdigits",
                scaled=card.abbr,
            )
        j = card.end
        # denominators: "two thirds", "one-half", "five - eighths"
        k = j + 1 if j + 1 < n and T[j] in _DASHES else j
        d = self._denom_at(k)
        if d is not None and card.last not in ("point", "zero") and card.words:
            return self._card_fraction(card, d, i)
        if k != j and k < n and L[k] in _ORDINAL_WORDS:
            return _Num(_ZERO, i, k + 1, skip=True)  # "twenty-first"
        if j < n and L[j] in _DOZEN_WORDS and card.last not in ("point", "zero"):
            value = card.value
            if card.and_base is not None:  # "three hundred and two dozen"
                value = card.and_base + (value - card.and_base) * 12
            else:
                value = value * 12
            return _Num(value, i, j + 1, words=True, scaled=True)
        num = _Num(
            card.value,
            i,
            j,
            words=card.words,
            plain=card.plain,
            tail=card.tail,
            scaled=card.tail > 1 or card.last == "hundred",
        )
        return self._and_fraction(num, card)

    def _vague(self, i: int) -> _Num | None:
        """Vague magnitudes: "dozens", "hundreds of thousands", "tens of millions"."""
        L, n = self.L, self.n
        w = L[i]
        if w in ("tens", "scores") and (i + 1 >= n or L[i + 1] != "of"):
            return None
        val = 2 * _VAGUE_HEADS[w]
        j = i + 1
        while j + 1 < n and L[j] == "of" and L[j + 1] in _VAGUE_OF:
            val *= _VAGUE_OF[L[j + 1]]
            j += 2
        if w == "tens" and j == i + 1:
            return None  # "tens" alone is not a magnitude
        return _Num(_F(val), i, j, vague=True, words=True)

    def _card_fraction(self, card: _Card, d: tuple[int, bool, int], i: int) -> _Num:
        """A cardinal followed by a denominator ("two thirds", "and a half")."""
        n, L = self.n, self.L
        den, plural, end = d
        value = card.value
        seg = value if card.and_base is None else value - card.and_base
        if not (plural or (seg == 1 and self._frac_context_ok(end))):
            return _Num(_ZERO, i, end, skip=True)  # "two hundredth": an ordinal
        if card.and_base is not None:
            # "five billion and three quarters", "one hundred and three quarters"
            fval = _F(seg) / den
            s_next = _SCALE_WORDS.get(L[end], 0) if end < n else 0
            if s_next and s_next < card.max_scale:
                return _Num(
                    card.and_base + fval * s_next,
                    i,
                    end + 1,
                    words=True,
                    frac=True,
                    scaled=True,
                )
            if card.and_after == "scale":
                fval = fval * card.tail
            return _Num(
                card.and_base + fval, i, end, words=True, frac=True, scaled=True
            )
        v, end2, mult = self._scale_after_frac(end, _F(value) / den)
        num = _Num(v, i, end2, words=True, frac=True, scaled=mult > 1)
        return self._and_fraction(num, None)

    def _and_fraction(self, num: _Num, card: _Card | None) -> _Num:
        """Extend with "and a half" / "and three fifths" (+ a scale word)."""
        j = num.end
        n, L = self.n, self.L
        if j >= n or L[j] not in ("and", "&"):
            return num
        fr = self._simple_frac(j + 1)
        if fr is None:
            return num
        fval, end = fr
        value = num.value
        if end < n and L[end] in _SCALE_WORDS:
            # "five and a half million", "one billion and a half million"
            s = _SCALE_WORDS[L[end]]
            if card is not None and card.max_scale > s:
                value = value + fval * s
            else:
                value = (value + fval) * s
            end += 1
        elif card is not None and card.last == "scale" and card.tail >= 1000:
            value = value + fval * card.tail  # "one million and a half"
        else:
            value = value + fval  # "two and a half"
        return _Num(value, num.start, end, words=True, frac=True, scaled=num.scaled)

    # ------------------------------------------------------------ parts
    def _currency_prefix(self, j: int) -> tuple[str, int] | None:
        """Currency before digits at token j: (ISO code, token after it)."""
        n, T, K = self.n, self.T, self.K
        if j >= n:
            return None
        t = T[j]
        if t in _CURRENCY_SYMBOLS:
            return (_CURRENCY_SYMBOLS[t], j + 1)
        if K[j] != "w" or j + 1 >= n:
            return None
        low = self.L[j]
        if (
            low in _DOLLAR_PREFIXES
            and T[j + 1] == "$"
            and self._adj(j + 1)
            and t.isupper()
        ):
            return (_DOLLAR_PREFIXES[low], j + 2)  # "US$", "C$", "HK$"
        if t in _ISO_CODES and (K[j + 1] == "n" or T[j + 1] in _SIGNS):
            return (t, j + 1)
        if t == "Rs":
            k = j + 2 if T[j + 1] == "." and self._adj(j + 1) else j + 1
            if k < n and K[k] == "n":
                return ("INR", k)
        return None

    def _part(self, i: int) -> _Part | _Num | None:
        """Sign, currency, number and unit at token i.

        Returns a _Num with skip set when the tokens are a number that is not a
        count (ordinal, identifier, excluded span), None when there is no number.
        """
        n, T, L, K, S = self.n, self.T, self.L, self.K, self.S
        j = i
        sign = 1
        signed = False
        code: str | None = None
        num_start = -1
        if L[j] in _MINUS_WORDS:
            if j >= 2 and L[j - 2] == "plus" and L[j - 1] == "or":
                return None  # "plus or minus 3 points" is a margin, not -3
            sign, signed, num_start = -1, True, S[j]
            j += 1
        if self._sign_at(j):
            sign *= _SIGNS[T[j]]
            signed, num_start = True, S[j]
            j += 1
        cp = self._currency_prefix(j)
        if cp is not None:
            code, j = cp
            num_start = -1
            if self._sign_at(j):  # "$-99.99"
                sign *= _SIGNS[T[j]]
                signed, num_start = True, S[j]
                j += 1
            if j >= n or K[j] != "n":
                return None
        if j >= n:
            return None
        if K[j] == "n" and self.excluded[j]:
            return _Num(_ZERO, j, j + 1, skip=True)
        num = self._number(j, code is not None)
        if num is None or num.skip:
            return num
        first, last = num.start, num.end - 1
        if (
            K[first] == "n"
            and code is None
            and not signed
            and self._ident_before(first)
        ):
            self.ident[first] = True
            return _Num(_ZERO, first, num.end, skip=True)
        num_end = self.E[last]
        value = num.value * sign
        unit: str | None = code
        end_tok = num.end
        glued_digits = K[last] == "n"
        pm = _PERCENT_RE.match(self.text, num_end)
        if pm is not None and code is None:
            unit = "percentage_point" if pm.group("pp") else "percent"
            end_tok = self._tok_at(pm.end())
        else:
            suf = self._suffix(end_tok, num, glued_digits, value)
            if suf is not None:
                u, end_tok, _money = suf
                if code is None:
                    unit = u
        # digits glued to unknown letters are codes or ordinals ("5G", "4th", "1990s")
        if glued_digits and end_tok < n and K[end_tok] == "w" and self._adj(end_tok):
            self.ident[first] = True
            return _Num(_ZERO, first, end_tok + 1, skip=True)
        if (
            glued_digits
            and end_tok + 1 < n
            and T[end_tok] in ("'", "\u2019")
            and (self._adj(end_tok) and L[end_tok + 1] == "s")
        ):
            return _Num(_ZERO, first, end_tok + 2, skip=True)  # "1990's"
        return _Part(
            num=num,
            tok_start=i,
            tok_end=end_tok,
            start=S[i],
            end=self.E[end_tok - 1],
            num_start=num_start if num_start >= 0 else S[first],
            num_end=num_end,
            value=value,
            unit=unit,
            money=code is not None or (unit is not None and unit.isupper()),
            signed=signed,
        )

    def _suffix(
        self, j: int, num: _Num, glued: bool, value: Fraction | float
    ) -> tuple[str, int, bool] | None:
        """Unit or currency right after a number at token j: (unit, end, money)."""
        n, S, E, T, K, L = self.n, self.S, self.E, self.T, self.K, self.L
        if j >= n:
            return None
        gap = S[j] - E[j - 1]
        if gap > 2 or "\n" in self.text[E[j - 1] : S[j]]:
            return None
        if L[j] == "of" and (num.vague or num.scaled) and j + 1 < n:
            code = _CURRENCY_WORDS.get(L[j + 1])  # "millions of dollars"
            if code is not None and code != "KRW":
                return (code, j + 2, True)
            return None
        if T[j] in ("\u20ac", "\u00a3") and gap <= 1 and glued:  # "15€"
            return (_CURRENCY_SYMBOLS[T[j]], j + 1, True)
        k0 = j
        hyphen = False
        if gap == 0 and T[j] in _DASHES:
            if j + 1 >= n or K[j + 1] != "w" or not self._adj(j + 1):
                return None
            k0, hyphen = j + 1, True  # "27-kilometre", "two-year"
        if K[k0] == "n":
            return None
        for k in range(min(k0 + 4, n), k0, -1):
            last = k - 1
            if k < n and S[k] == E[last] and K[k] in ("w", "n"):
                continue  # would cut a word in two
            raw = self.text[S[k0] : E[last]]
            key = raw if k == k0 + 1 else " ".join(raw.split())
            low = key.lower()
            if low in _CURRENCY_WORDS and not hyphen and gap > 0:
                code = _CURRENCY_WORDS[low]
                if low == "pounds" and not num.scaled:
                    return ("lb", k, False)  # "200 pounds" is a weight
                if code == "KRW" and value < 100:
                    continue  # "3 won" is a verb, not a currency
                return (code, k, True)
            if low in _UNIT_WORD_FORMS:
                return (_UNIT_WORD_FORMS[low], k, False)
            if key in _UNIT_ABBR and gap <= 1:
                return (_UNIT_ABBR[key], k, False)
            if key in _ISO_CODES and gap <= 1 and not hyphen:
                return (key, k, True)
            if k == k0 + 1 and glued and not hyphen:
                if gap == 0 and key in _UNIT_GLUED:
                    return (_UNIT_GLUED[key], k, False)
                if gap == 1 and key in _UNIT_SPACED_LETTERS and (k >= n or K[k] == "s"):
                    return (_UNIT_SPACED_LETTERS[key], k, False)
                if (
                    gap == 1
                    and key == "in"
                    and (
                        k >= n
                        or (K[k] == "s" and T[k] in ".,;:)!?")
                        or L[k] in _INCH_FOLLOW
                    )
                ):
                    return ("inch", k, False)  # "2 1/2 in thick"
        return None

    def _ident_before(self, p: int) -> bool:
        """Whether the digits at token p belong to an identifier or code."""
        T, K, L = self.T, self.K, self.L
        if p == 0:
            return False
        if not self._adj(p):
            prev = T[p - 1]
            if K[p - 1] == "w" and (prev in _ID_NOUNS or L[p - 1] == "number"):
                return True  # "Article 50", "the number 10 bus"
            if prev == "P" and p >= 3 and T[p - 2] == "&":
                return True  # "S&P 500"
            if prev == "." and p >= 2 and L[p - 2] in ("no", "nos"):
                return True  # "No. 10"
            return prev == "#"
        if K[p - 1] == "w":
            return True  # "MH370", "G7"
        tp = T[p - 1]
        if tp in ("#", "\u00b1"):
            return True
        if (
            tp in ("-", "+", "/", ".", "_", "^", "\u2013", "\u2212")
            and p >= 2
            and (self._adj(p - 1))
        ):
            if K[p - 2] == "w":
                # "COVID-19" is a code, but "5k-20k" is a range of amounts
                return not (p >= 3 and K[p - 3] == "n" and self._adj(p - 2))
            if K[p - 2] == "n" and self.ident[p - 2]:
                return True  # "J1149.5+6663"
        return False

    # ------------------------------------------------------------ qualifiers
    def _prefix(self, i: int, floor: int) -> tuple[str, int] | None:
        """Qualifier phrase ending just before token i: (modifier, first token)."""
        if i <= floor:
            return None
        L = self.L
        cands = _PREFIX_INDEX.get(L[i - 1])
        if not cands:
            return None
        for words, mod in cands:
            k = i - len(words)
            if k < floor or tuple(L[k:i]) != words:
                continue
            gap = self.text[self.E[k] : self.S[i]] if k < i else ""
            if "\n" in gap and (
                not words[0].isalpha() or "\n\n" in gap.replace(" ", "")
            ):
                # A qualifier never reaches across a paragraph break, and a symbol
                # never across a line break ("<!-- x -->" above "Fifty").
                return None
            if (
                words in ((">",), ("<",))
                and k > 0
                and self._adj(k)
                and (self.T[k - 1] in "<>=")
            ):
                return ("bad", k)  # "=>30", "<>30" are not comparisons
            return (mod, k)
        return None

    def _postfix(self, j: int) -> tuple[str, int] | None:
        """Qualifier after the number at token j: (modifier, end token)."""
        n, L, T = self.n, self.L, self.T
        if j >= n:
            return None
        if T[j] == "+" and self._adj(j) and (j + 1 >= n or self.K[j + 1] != "n"):
            return ("at_least", j + 1)  # "50+"
        if T[j] in _DASHES and self._adj(j) and j + 1 < n and self._adj(j + 1):
            w = L[j + 1]
            if w == "plus":
                return ("at_least", j + 2)  # "20-plus"
            if w in ("odd", "ish"):
                return ("about", j + 2)  # "30-odd"
        for words, mod in _POSTFIX_INDEX.get(L[j], ()):
            k = j + len(words)
            if k > n or tuple(L[j:k]) != words:
                continue
            if any(
                self._is_numberish(x)
                or self._sign_at(x)
                or (x < n and self._currency_prefix(x) is not None)
                for x in (k, k + 1)
            ):
                continue  # "5000 or less than 6000": two mentions
            return (mod, k)
        return None

    # ------------------------------------------------------------ mentions
    def _range_second(self, j: int, a: _Part, between: bool, from_: bool) -> int:
        """Token index of the second number of a range after part a, else -1."""
        n, T, L = self.n, self.T, self.L
        if j >= n:
            return -1
        t, w = T[j], L[j]
        if between:
            return j + 1 if w in ("and", "&", "to") else -1
        if w in ("to", "through", "thru") or (from_ and w == "until"):
            return j + 1
        if t in _DASHES and self._adj(j) and j + 1 < n and L[j + 1] == "to":
            return j + 2  # "8- to 16-metre"
        if t in _DASHES or t == "~":
            if self.K[a.num.end - 1] != "n" and not a.num.scaled:
                return -1
            return j + 1
        return -1

    def _yearish(self, part: _Part) -> bool:
        """A bare four-digit integer that reads as a calendar year."""
        num = part.num
        if not num.plain or part.money or part.signed or part.unit is not None:
            return False
        t = self.T[num.start]
        return len(t) == 4 and 1800 <= int(t) <= 2099

    def _make_range(
        self, a: _Part, b: _Part, explicit: bool, dash: bool
    ) -> tuple[Fraction | float, Fraction | float, str | None] | None:
        if a.unit is not None and b.unit is not None and a.unit != b.unit:
            return None
        if a.num.vague or b.num.vague:
            return None
        if dash and (self.K[a.num.start] != "n" or self.K[b.num.start] != "n"):
            return None  # "ten-fifteen" is not written in news copy
        lo, hi = a.value, b.value
        # "$3-5 million", "between 3 and 5 million": the scale applies to both ends
        if (
            b.num.tail > 1
            and not a.num.scaled
            and not a.num.frac
            and (lo < b.value / b.num.tail)
        ):
            lo = lo * b.num.tail
        if not explicit and not lo < hi:
            return None  # "won 3-1", "voted 6 to 3"
        if lo == hi:
            return None
        if lo > hi:
            lo, hi = hi, lo
        return (lo, hi, a.unit or b.unit)

    def _skip_word_number(self, a: _Part, floor: int) -> bool:
        """Word numbers that are pronouns, names or set phrases."""
        L, T, n = self.L, self.T, self.n
        k = a.num.start
        single = a.num.end - k == 1 and a.unit is None and not a.num.frac
        if single and L[k] == "one" and self._one_is_pronoun(k):
            return True
        if (
            single
            and L[k] == "zero"
            and (
                (k > 0 and L[k - 1] == "net")
                or (k + 1 < n and L[k + 1] in ("tolerance", "sum"))
                or (k + 1 < n and T[k + 1] in _DASHES and self._adj(k + 1))
            )
        ):
            return True  # "net zero", "zero-sum", "zero tolerance"
        if k > 0 and L[k - 1] == "number" and a.num.end - k == 1:
            return True  # "the number one priority" is a rank
        if T[k][:1].isupper() and k > floor and k > 0:
            p = k - 1
            # a capitalized number word after a capitalized word is a name
            # ("Formula One", "Big Four"); running text would lowercase it
            if self.K[p] == "w" and T[p][:1].isupper() and L[p] not in _PREFIX_INDEX:
                return True
        return False

    def _one_is_pronoun(self, k: int) -> bool:
        L, T, n = self.L, self.T, self.n
        prev = L[k - 1] if k > 0 else ""
        if prev in _ONE_DETERMINERS:
            return True  # "no one", "the one", "which one"
        if (
            k >= 2
            and L[k - 2] in _ONE_DET_BEFORE_ADJ
            and self.K[k - 1] == "w"
            and (prev not in _PREFIX_INDEX and not self._is_numberish(k - 1))
        ):
            return True  # "a new one", "the only one"
        if k + 1 < n:
            nxt = L[k + 1]
            if nxt in _ONE_AFTER_BLOCK:
                return True  # "one another", "one who"
            if T[k + 1] in ("'", "\u2019") and k + 2 < n and L[k + 2] == "s":
                return True  # "one's"
            if nxt == "by" and k + 2 < n and L[k + 2] == "one":
                return True
            if (
                T[k + 1] in _DASHES
                and self._adj(k + 1)
                and k + 2 < n
                and (L[k + 2] in _ONE_COMPOUND_BLOCK)
            ):
                return True  # "one-off", "one-time"
        return False

    def mention_at(self, i: int, floor: int) -> tuple[NumberMention | None, int] | None:
        """Mention starting at token i: (mention, or None when skipped; next token).

        Returns None when no number starts at token i.
        """
        n, L, T = self.n, self.L, self.T
        part = self._part(i)
        if part is None:
            return None
        if isinstance(part, _Num):
            return (None, max(part.end, i + 1))
        a = part
        if a.num.words and self._skip_word_number(a, floor):
            return (None, a.num.end)
        pre = self._prefix(a.tok_start, floor)
        before = L[a.tok_start - 1] if a.tok_start > floor else ""
        between = pre is None and before == "between"
        from_ = pre is None and before == "from"
        j = a.tok_end
        # ---- ratios: "one in five", "2 out of 3", "one over three"
        frac = self._ratio(a, j)
        if frac is not None:
            b, value = frac
            return self._finish(
                pre, a, b.end, b.tok_end, value, None, None, b.num_end, False
            )
        # ---- ranges: "between 3 and 5", "10-15 km", "from $5 to $10"
        rc = self._range_second(j, a, between, from_)
        if 0 < rc < n and (
            self.K[rc] in ("n", "v")
            or self._is_numberish(rc)
            or self._sign_at(rc)
            or L[rc] in _MINUS_WORDS
            or self._currency_prefix(rc) is not None
        ):
            b = self._part(rc)
            if isinstance(b, _Part):
                rng = self._make_range(a, b, between or from_, T[j] in _DASHES)
                if rng is not None:
                    if self._yearish(a) and self._yearish(b):
                        return (None, b.tok_end)  # "from 1990 to 2000"
                    lo, hi, unit = rng
                    start = self.S[a.tok_start - 1] if (between or from_) else a.start
                    return (
                        self._mention(
                            start,
                            b.end,
                            lo,
                            hi,
                            "range",
                            unit,
                            a.num_start,
                            b.num_end,
                            False,
                        ),
                        b.tok_end,
                    )
        # ---- a single number with its qualifiers
        if pre is not None and pre[0] == "bad":
            return (None, a.tok_end)
        if pre is not None and L[pre[1]] == "over" and a.unit in _TIME_UNITS:
            # "lost $2bn over three years" is a duration, not a lower bound
            k = pre[1]
            word_before = L[k - 1] if k > 0 else ""
            word_after = L[a.tok_end] if a.tok_end < n else ""
            if word_before not in _OVER_DURATION_BOUND_BEFORE and word_after not in (
                "ago",
                "old",
                "later",
                "earlier",
                "of",
            ):
                pre = None
        if self._yearish(a) and (pre is None or pre[0] not in _COUNT_QUALIFIERS):
            return (None, a.tok_end)  # "in 2019", "since 1990"
        if (
            a.num.plain
            and a.unit is None
            and (
                (a.tok_end < n and T[a.tok_end] in _YEAR_ERAS)
                or (a.tok_start > 0 and T[a.tok_start - 1] in _YEAR_ERAS)
            )
        ):
            return (None, a.tok_end + 1)  # "500 BC", "AD 79"
        return self._finish(
            pre, a, a.end, a.tok_end, a.value, None, a.unit, a.num_end, a.num.vague
        )

    def _ratio(self, a: _Part, j: int) -> tuple[_Part, Fraction | float] | None:
        """ "X in Y", "X out of (every) Y", "X over Y" read as the fraction X/Y."""
        n, L = self.n, self.L
        if a.unit is not None or a.num.frac or a.num.vague or j >= n:
            return None
        w = L[j]
        if w == "out" and j + 1 < n and L[j + 1] == "of":
            k = j + 2
        elif w in ("in", "over"):
            k = j + 1
        else:
            return None
        if k < n and L[k] == "every":
            k += 1
        if k >= n or not (self.K[k] == "n" or self._is_numberish(k)):
            return None
        b = self._part(k)
        if not isinstance(b, _Part) or b.unit is not None or b.num.frac:
            return None
        if self._yearish(b) or not 0 < abs(a.value) <= b.value:
            return None  # "12 out of 10", "Voyager 2 in 1979"
        after = b.tok_end
        if after < n and self.K[after] == "w":
            nw = L[after]
            # "3 in 10 days" is not a ratio; "over" needs a bare divisor
            if w == "over" or nw in _UNIT_WORD_FORMS or nw.rstrip("s") in _TIME_UNITS:
                return None
        av, bv = a.value, b.value
        if isinstance(av, int | Fraction) and isinstance(bv, int | Fraction):
            return (b, Fraction(av) / bv)
        return (b, float(av) / float(bv))

    def _finish(
        self,
        pre: tuple[str, int] | None,
        a: _Part,
        end: int,
        next_tok: int,
        value: Fraction | float,
        value_max: Fraction | float | None,
        unit: str | None,
        num_end: int,
        vague: bool,
    ) -> tuple[NumberMention, int]:
        """Apply prefix/postfix qualifiers and build the mention."""
        modifier = "exact"
        start = a.start
        if pre is not None and pre[0] != "bad":
            modifier = pre[0]
            start = self.S[pre[1]]
        post = self._postfix(next_tok)
        if post is not None:
            pmod, ptok = post
            if pmod == "or_equal":
                # "more than 5000 or equal to" -> at least
                pmod = {"more_than": "at_least", "less_than": "at_most"}.get(
                    modifier, ""
                )
            elif modifier not in ("exact", "about") or (
                pmod == "about" and modifier != "exact"
            ):
                pmod = ""
            elif modifier == "about":
                start = a.start  # "about 500 or more": the postfix decides
            if pmod:
                modifier = pmod
                end = self.E[ptok - 1]
                next_tok = ptok
        if vague and modifier == "exact":
            modifier = "at_least"
        return (
            self._mention(
                start,
                end,
                value,
                value_max,
                modifier,
                unit,
                a.num_start,
                num_end,
                vague,
            ),
            next_tok,
        )

    def _mention(
        self,
        start: int,
        end: int,
        value: Fraction | float,
        value_max: Fraction | float | None,
        modifier: str,
        unit: str | None,
        num_start: int,
        num_end: int,
        vague: bool,
    ) -> NumberMention:
        return NumberMention(
            start=start,
            end=end,
            text=self.text[start:end],
            value=_to_out(value),
            value_max=None if value_max is None else _to_out(value_max),
            modifier=modifier,
            unit=unit,
            number_start=num_start,
            number_end=num_end,
            vague=vague,
        )

    def run(self) -> list[NumberMention]:
        """Scan the tokens left to right and return the mentions."""
        out: list[NumberMention] = []
        K, L, T = self.K, self.L, self.T
        i = floor = 0
        while i < self.n:
            k = K[i]
            if (k == "w" and L[i] not in _START_WORDS) or (
                k == "s" and T[i] not in _CURRENCY_SYMBOLS and T[i] not in _SIGNS
            ):
                i += 1
                continue
            res = self.mention_at(i, floor)
            if res is None:
                i += 1
                continue
            mention, nxt = res
            if mention is not None:
                out.append(mention)
            i = floor = max(nxt, i + 1)
        return _merge_bounds(self.text, out)


def _merge_bounds(text: str, mentions: list[NumberMention]) -> list[NumberMention]:
    """Join "more than 10 and less than 20" into one range mention."""
    out: list[NumberMention] = []
    i = 0
    while i < len(mentions):
        m = mentions[i]
        if i + 1 < len(mentions):
            m2 = mentions[i + 1]
            if m.modifier in _LOWER_BOUNDS and m2.modifier in _UPPER_BOUNDS:
                lo, hi = m.value, m2.value
            elif m.modifier in _UPPER_BOUNDS and m2.modifier in _LOWER_BOUNDS:
                lo, hi = m2.value, m.value
            else:
                lo = hi = 0
            if (
                lo < hi
                and (m.unit == m2.unit or None in (m.unit, m2.unit))
                and _BOUND_JOIN_RE.fullmatch(text, m.end, m2.start) is not None
            ):
                out.append(
                    NumberMention(
                        start=m.start,
                        end=m2.end,
                        text=text[m.start : m2.end],
                        value=lo,
                        value_max=hi,
                        modifier="range",
                        unit=m.unit or m2.unit,
                        number_start=m.number_start,
                        number_end=m2.number_end,
                    )
                )
                i += 2
                continue
        out.append(m)
        i += 1
    return out


def find_numbers(text: str) -> list[NumberMention]:
    """Find the number mentions in English news text.

    Args:
        text: Any text (a sentence or a whole article).

    Returns:
        Non-overlapping mentions sorted by start offset, each with its normalized
        value, qualifier (``modifier``), unit and character spans.  Ordinals,
        clock times, dates, years, identifiers and the pronoun "one" are left out.
    """
    if not text:
        return []
    if not _QUICK_CHARS_RE.search(text) and _QUICK_WORDS.isdisjoint(
        _WORD_RE.findall(text.lower())
    ):
        return []
    return _Scanner(text).run()


def parse_number(text: str) -> int | float | None:
    """Parse a string that is one number ("Fifty-two", "1.5 million", "3m").

    Args:
        text: The number alone, in digits, words or both; surrounding whitespace,
            a sign, a currency symbol and a unit or percent sign are tolerated.

    Returns:
        The value (an int when integral), or None when the text is not one number.
    """
    stripped = text.strip().rstrip(".,;:")
    if not stripped:
        return None
    sc = _Scanner(stripped)
    if sc.n == 0:
        return None
    sc.excluded = [False] * sc.n  # a lone "2019" or "3:30" is still a number
    i = 0
    sign = 1
    if sc.L[0] in _MINUS_WORDS or (sc.T[0] in _SIGNS and sc.n > 1 and sc._adj(1)):
        sign = -1 if sc.T[0] != "+" else 1
        i = 1
    cp = sc._currency_prefix(i)
    if cp is not None:
        i = cp[1]
    if i >= sc.n:
        return None
    # money=True: without context a lone "3m" is three million, not three metres
    num = sc._number(i, True)
    if num is None or num.skip:
        return None
    if num.end < sc.n:
        rest = stripped[sc.E[num.end - 1] :]
        if not _PERCENT_RE.fullmatch(rest):
            suf = sc._suffix(num.end, num, sc.K[num.end - 1] == "n", num.value)
            if suf is None or suf[1] != sc.n:
                return None
    return _to_out(num.value * sign)
