"""Word lists the actor and attribution extractors share (lower case)."""

from __future__ import annotations

# Platforms are where something was said, not who said it.
CHANNEL_NAMES = {
    "x": "X",
    "twitter": "Twitter",
    "facebook": "Facebook",
    "telegram": "Telegram",
    "instagram": "Instagram",
    "tiktok": "TikTok",
    "youtube": "YouTube",
    "whatsapp": "WhatsApp",
    "linkedin": "LinkedIn",
    "threads": "Threads",
    "truth social": "Truth Social",
    "bluesky": "Bluesky",
    "weibo": "Weibo",
    "reddit": "Reddit",
    "snapchat": "Snapchat",
    "mastodon": "Mastodon",
}
CHANNEL_NOUNS = {
    "statement",
    "interview",
    "conference",
    "briefing",
    "post",
    "tweet",
    "video",
    "email",
    "e-mail",
    "letter",
    "speech",
    "address",
    "message",
    "release",
    "television",
    "radio",
    "podcast",
    "broadcast",
    "report",
    "communique",
    "communiqué",
    "filing",
    "memo",
    "op-ed",
    "column",
    "blog",
    "hearing",
    "testimony",
    "livestream",
    "newsletter",
    "call",
}

# Cue verbs: lemma, class, what content they take, and the prepositions that
# introduce content. Classes: speech (said, told), belief (thinks, hopes, wants),
# stance (calls for, criticizes, supports, urges) and evidence (shows, found).
# Content kinds: c = a clause ("said that ..."), t = a to-infinitive ("urged
# voters to stay home"), n = a noun phrase ("criticized the plan"), o = an
# object plus its complement ("called the plan reckless").
_VERB_TABLE = """
say speech cn
tell speech c
add speech c
announce speech cn
state speech c
write speech c
post speech c
tweet speech c
report speech cn
claim speech ctn
explain speech c
note speech c
mention speech cn
remark speech c
comment speech c on
respond speech c to
reply speech c
answer speech c
ask speech ct about
continue speech c
repeat speech cn
reiterate speech cn
insist speech c on
argue speech c for against
assert speech c
declare speech c
allege speech c
acknowledge speech cn
admit speech cn
concede speech c
confess speech c
confirm speech cn
deny speech cn
disclose speech cn
reveal speech cn
testify speech c about
recall speech c
joke speech c about
quip speech c
shout speech c
yell speech c
chant speech c
exclaim speech c
scream speech c
whisper speech c
cry speech c
proclaim speech c
inform speech c
assure speech c
reassure speech c
brief speech c
warn speech ct of about against
caution speech c against
predict speech cn
forecast speech cn
estimate speech c
project speech c
calculate speech c
hint speech c at
emphasize speech cn
emphasise speech cn
stress speech cn
signal speech c
clarify speech c
specify speech c
indicate speech c
complain speech c about of
grumble speech c about
lament speech cn
bemoan speech cn
retort speech c
counter speech c
rebut speech c
affirm speech c
maintain speech c
contend speech c
conclude speech c
observe speech c
mutter speech c
boast speech c about of
brag speech c about
talk speech - about
speak speech - about of
discuss speech n
describe stance on as
characterize stance on as
characterise stance on as
portray stance on as
depict stance on as
label stance o as
brand stance o as
dub stance o
call stance o for
name stance o as
term stance o
refer stance - to
point speech c to
cite speech n
read speech c
promise speech ctn
pledge speech ctn
vow speech ct
swear speech ct
threaten speech ct
suggest speech c
propose speech ctn
offer stance tn
recommend speech cn
advise speech ct against
urge stance ct
demand stance ctn
request stance tn
plead stance c for
beg stance t
implore stance t
invite stance t
challenge stance t
dare stance t
press stance t for
push stance t for
lobby stance t for against
campaign stance - for against
advocate stance cn for
support stance n
back stance n
endorse stance n
oppose stance n
favor stance n
favour stance n
prefer stance tn
reject stance n
refuse stance t
decline stance t
agree stance ct with on to
disagree stance c with
approve stance n of
disapprove stance - of
object stance c to
welcome stance n
applaud stance n
hail stance n as
praise stance n for
commend stance n for
laud stance n for
thank stance n for
congratulate stance n on for
credit stance n for with
criticize stance n for
criticise stance n for
condemn stance n for
denounce stance n as
decry stance n
deplore stance n
slam stance n for as
blast stance n for as
lambaste stance n for
rebuke stance n for
chide stance n for
scold stance n for
berate stance n for
attack stance n for as
accuse stance n of
blame stance n for on
fault stance n for
mock stance n for
ridicule stance n
dismiss stance n as
question stance cn
dispute stance cn
contest stance n
defend stance n
champion stance n
tout stance cn as
highlight stance cn
vote stance t for against
fight stance t for against
seek stance t
apologize stance - for
apologise stance - for
regret stance cn
believe belief c in
think belief c about of
feel belief c about
know belief c about of as
hope belief ct for
wish belief ct for
want belief tn
fear belief cn
worry belief c about
doubt belief cn
suspect belief c
assume belief c
presume belief c
reckon belief c
figure belief c
guess belief c
expect belief ct
anticipate belief cn
consider belief co
see belief - as
regard belief - as
view belief - as
understand belief c
realize belief c
realise belief c
recognize belief c
recognise belief c
learn belief c
imagine belief c
suppose belief c
intend belief t
plan belief t
aim belief t
trust belief cn
echo speech c
interrupt speech c
mouth speech c
coin speech n
groan speech c
sigh speech c
laugh speech c
share belief n
encourage stance tn
idolize stance n
admire stance n
list speech n
profess speech cn
foretell speech cn
wonder belief c
inquire speech c about
seem belief -
appear belief -
show evidence cn
find evidence co
demonstrate evidence c
prove evidence c
"""

_IRREGULAR = {
    "say": ("said",),
    "tell": ("told",),
    "write": ("wrote", "written"),
    "think": ("thought",),
    "feel": ("felt",),
    "know": ("knew", "known"),
    "see": ("saw", "seen"),
    "find": ("found",),
    "show": ("shown",),
    "speak": ("spoke", "spoken"),
    "read": ("read",),
    "swear": ("swore", "sworn"),
    "forecast": ("forecast",),
    "understand": ("understood",),
    "seek": ("sought",),
    "fight": ("fought",),
    "mean": ("meant",),
    "learn": ("learnt",),
    "dream": ("dreamt",),
}
# Verbs that double their last consonant: "admitted", "referring".
_DOUBLE = {
    "admit",
    "refer",
    "prefer",
    "regret",
    "plan",
    "rebut",
    "quip",
    "dub",
    "slam",
    "chat",
    "confer",
}


def _forms(lemma: str) -> set[str]:
    """The inflected forms of a regular English verb, plus known irregulars."""
    out = {lemma, *_IRREGULAR.get(lemma, ())}
    if lemma in _DOUBLE:
        stem = lemma + lemma[-1]
        out |= {lemma + "s", stem + "ed", stem + "ing"}
        return out
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        out.add(lemma + "es")
    elif lemma.endswith("y") and lemma[-2] not in "aeiou":
        out.add(lemma[:-1] + "ies")
    else:
        out.add(lemma + "s")
    if lemma.endswith("e"):
        out.add(lemma + "d")
        out.add((lemma if lemma.endswith(("ee", "ye", "oe")) else lemma[:-1]) + "ing")
    elif lemma.endswith("y") and lemma[-2] not in "aeiou":
        out.add(lemma[:-1] + "ied")
        out.add(lemma + "ing")
    else:
        out.add(lemma + "ed")
        out.add(lemma + "ing")
    return out


def _parse_table(table: str) -> dict[str, tuple[str, str, frozenset[str]]]:
    out: dict[str, tuple[str, str, frozenset[str]]] = {}
    for line in table.strip().splitlines():
        lemma, cls, kinds, *preps = line.split()
        out[lemma] = (cls, kinds.strip("-"), frozenset(preps))
    return out


# lemma -> (class, content kinds, content prepositions)
VERB_CUES = _parse_table(_VERB_TABLE)
# Lower-cased form -> lemma: the small model's lemmas are not always right
# ("hopes" -> "hop"), so a cue is also found by its surface form.
CUE_FORMS = {form: lemma for lemma in VERB_CUES for form in _forms(lemma)}
SPEECH_CUES = {k for k, v in VERB_CUES.items() if v[0] == "speech"}

# Raising verbs and passives whose source is left unsaid: "the bill is expected
# to pass", "the talks appear to have stalled", "it was reported that ...".
SOURCELESS_VERBS = {"seem", "appear"}
SOURCELESS_PASSIVES = {
    "ask",
    "expect",
    "report",
    "say",
    "believe",
    "think",
    "allege",
    "rumor",
    "rumour",
    "predict",
    "project",
    "estimate",
    "announce",
    "confirm",
    "consider",
    "know",
    "understand",
    "schedule",
    "set",
    "slate",
    "poise",
    "forecast",
    "suspect",
    "fear",
}
# Cue words heading a noun phrase: "her claim that ...", "his criticism of ...".
# noun -> (class, content prepositions)
_NOUN_TABLE = """
claim speech
statement speech
assertion speech
announcement speech
remark speech about on
comment speech about on
warning speech of about against
allegation speech of against
accusation speech of against
charge speech of
denial speech of
admission speech of
argument speech for against
suggestion speech
prediction speech of
promise speech
pledge speech
vow speech
threat speech
insistence speech on
assurance speech
estimate speech of
report speech of
confirmation speech of
call stance for
demand stance for
plea stance for
appeal stance for
criticism stance of
condemnation stance of
praise stance for of
support stance for of
opposition stance to
endorsement stance of
proposal stance for
plan belief for
hope belief for of
fear belief of about
belief belief in
view belief on of
concern belief about over
expectation belief of
doubt belief about over
conviction belief
suspicion belief of
finding evidence
evidence evidence of
refusal stance
supporter stance of
backer stance of
critic stance of
opponent stance of
critique stance of
faith belief in
reply speech to
response speech to
decision stance
intention belief of
desire belief for
"""
NOUN_CUES = {
    noun: (cls, frozenset(preps))
    for noun, cls, *preps in (ln.split() for ln in _NOUN_TABLE.strip().splitlines())
}
# Evidence that can open a sentence: "In a poll released Monday, 40% ...".
EVIDENCE_NOUNS = {
    "poll",
    "survey",
    "study",
    "report",
    "analysis",
    "review",
    "audit",
    "census",
    "tally",
    "count",
    "estimate",
    "projection",
    "investigation",
    "inquiry",
    "assessment",
    "statement",
    "interview",
    "letter",
    "memo",
    "filing",
    "complaint",
    "lawsuit",
    "ruling",
    "speech",
    "op-ed",
    "post",
    "tweet",
    "email",
    "e-mail",
}
# Verbs that make a noun cue speak for their subject: "issued a statement saying".
LIGHT_VERBS = {
    "make",
    "issue",
    "release",
    "express",
    "voice",
    "offer",
    "give",
    "deliver",
    "repeat",
    "reiterate",
    "renew",
    "echo",
    "share",
    "put",
    "raise",
    "air",
    "send",
    "publish",
    "post",
    "lodge",
    "file",
}
# Adjectives that report a stance or belief after a copula: "is confident that".
# adjective -> (class, content prepositions)
ADJ_CUES = {
    "sure": ("belief", frozenset({"of", "about"})),
    "certain": ("belief", frozenset({"of", "about"})),
    "confident": ("belief", frozenset({"of", "in", "about"})),
    "convinced": ("belief", frozenset({"of"})),
    "optimistic": ("belief", frozenset({"about"})),
    "pessimistic": ("belief", frozenset({"about"})),
    "hopeful": ("belief", frozenset({"of", "about"})),
    "worried": ("belief", frozenset({"about", "by"})),
    "concerned": ("belief", frozenset({"about", "by", "over"})),
    "afraid": ("belief", frozenset({"of"})),
    "fearful": ("belief", frozenset({"of"})),
    "aware": ("belief", frozenset({"of"})),
    "doubtful": ("belief", frozenset({"about", "of"})),
    "skeptical": ("stance", frozenset({"of", "about"})),
    "sceptical": ("stance", frozenset({"of", "about"})),
    "critical": ("stance", frozenset({"of"})),
    "supportive": ("stance", frozenset({"of"})),
    "adamant": ("stance", frozenset({"about"})),
    "opposed": ("stance", frozenset({"to"})),
    "tired": ("stance", frozenset({"of"})),
    "proud": ("stance", frozenset({"of"})),
    "disappointed": ("stance", frozenset({"in", "with", "by"})),
    "frustrated": ("stance", frozenset({"with", "by"})),
    "angry": ("stance", frozenset({"about", "at", "over", "with"})),
    "upset": ("stance", frozenset({"about", "with", "over", "by"})),
    "furious": ("stance", frozenset({"about", "at", "over", "with"})),
    "pleased": ("stance", frozenset({"with", "by"})),
    "unhappy": ("stance", frozenset({"with", "about"})),
    "satisfied": ("stance", frozenset({"with"})),
    "dissatisfied": ("stance", frozenset({"with"})),
    "grateful": ("stance", frozenset({"for"})),
    "thankful": ("stance", frozenset({"for"})),
    "excited": ("stance", frozenset({"about", "by"})),
    "enthusiastic": ("stance", frozenset({"about"})),
    "wary": ("stance", frozenset({"of"})),
    "suspicious": ("stance", frozenset({"of"})),
    "impressed": ("stance", frozenset({"by", "with"})),
    "fond": ("stance", frozenset({"of"})),
}
# With an expletive "it", these report a view nobody is named for: "it is clear that".
SOURCELESS_ADJ = {"clear", "obvious", "evident", "apparent", "certain"}
# Labels before a colon that are not speakers: "Note: ...", "Update: ...".
NOT_SPEAKER_LABELS = {
    "note",
    "update",
    "updated",
    "correction",
    "editor",
    "editor's note",
    "photo",
    "video",
    "watch",
    "read",
    "read more",
    "related",
    "source",
    "sources",
    "credit",
    "caption",
    "listen",
    "see also",
    "q",
    "a",
    "warning",
    "disclaimer",
    "breaking",
    "live",
    "analysis",
    "opinion",
    "exclusive",
    "when",
    "where",
    "what",
    "who",
    "why",
    "how",
    "tags",
    "filed under",
    "topics",
    "contact",
    "email",
    "phone",
    "tel",
    "web",
    "website",
    "address",
    "date",
    "time",
    "location",
    "price",
    "cost",
    "total",
    "example",
    "here",
    "now",
    "today",
    "also",
    "plus",
    "bottom line",
    "background",
    "context",
    "disclosure",
    "ps",
    "p.s",
    "and",
    "but",
}

# Heads of unnamed sources: "authorities said", "a source familiar with ...".
VAGUE_HEADS = {
    "authority",
    "official",
    "source",
    "expert",
    "analyst",
    "observer",
    "witness",
    "people",
    "person",
    "resident",
    "critic",
    "insider",
    "aide",
    "diplomat",
    "investigator",
    "activist",
    "lawmaker",
    "officer",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "report",
    "reports",
    "media",
    "someone",
    "many",
    "some",
    "others",
    "researcher",
    "scientist",
    "economist",
    "observers",
}

# Institutions a definite description can name: "the ministry", "the military".
ORG_HEADS = {
    "ministry",
    "agency",
    "service",
    "department",
    "office",
    "government",
    "police",
    "military",
    "army",
    "navy",
    "court",
    "council",
    "company",
    "firm",
    "group",
    "organization",
    "organisation",
    "commission",
    "committee",
    "party",
    "administration",
    "embassy",
    "prosecutor",
    "bureau",
    "authority",
    "board",
    "institute",
    "university",
    "union",
    "cabinet",
    "parliament",
    "congress",
    "senate",
    "presidency",
    "campaign",
    "coalition",
    "alliance",
    "regime",
    "force",
    "forces",
    "guard",
    "ombudsman",
    "watchdog",
    "regulator",
    "bank",
}
# Descriptions that stand for the nearest institution even without a shared word.
GENERIC_ORG = {
    "agency",
    "organization",
    "organisation",
    "group",
    "company",
    "firm",
    "body",
    "institution",
    "department",
    "office",
    "service",
    "bureau",
}
# Institutions that are actors in their own right when nothing names them.
STANDALONE_ORG = {
    "military",
    "police",
    "army",
    "navy",
    "government",
    "administration",
    "presidency",
    "cabinet",
    "parliament",
    "congress",
    "senate",
}

ROLE_WORDS = {
    "president",
    "vice",
    "minister",
    "prime",
    "senator",
    "sen.",
    "governor",
    "gov.",
    "mayor",
    "candidate",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "director",
    "chief",
    "secretary",
    "general",
    "attorney",
    "prosecutor",
    "judge",
    "justice",
    "lawmaker",
    "legislator",
    "leader",
    "ambassador",
    "commander",
    "officer",
    "journalist",
    "ceo",
    "chairman",
    "chairwoman",
    "chair",
    "representative",
    "rep.",
    "deputy",
    "head",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "chancellor",
    "premier",
    "speaker",
    "councillor",
    "councilor",
    "councilman",
    "councilwoman",
    "sheriff",
    "colonel",
    "gen.",
    "lt.",
    "captain",
    "capt.",
    "sergeant",
    "admiral",
    "founder",
    "executive",
    "manager",
    "coach",
    "bishop",
    "archbishop",
    "cardinal",
    "rabbi",
    "imam",
    "dr.",
    "professor",
    "prof.",
    "economist",
    "analyst",
    "activist",
    "campaigner",
    "commissioner",
    "inspector",
    "superintendent",
    "director-general",
    "secretary-general",
    "envoy",
    "mp",
    "congressman",
    "congresswoman",
    "assemblyman",
    "assemblywoman",
    "treasurer",
    "president-elect",
    "first",
    "lady",
    "emir",
    "sultan",
    "sheikh",
    "ayatollah",
    "officials",
    "official",
    "detective",
    "constable",
    "marshal",
    "warden",
}
# Words that can end a role ("Police Chief", "Deputy"), unlike "Vice", "Prime".
ROLE_HEADS = ROLE_WORDS - {"vice", "prime", "first"}

PRONOUNS_PERSON = {"he", "she", "him", "her"}
PRONOUNS_ORG = {"it"}
