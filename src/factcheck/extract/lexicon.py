"""Word lists the actor and attribution extractors share (lower case)."""

from __future__ import annotations

# Platforms are where something was said, not who said it.
CHANNEL_NAMES = {
    "x": "X", "twitter": "Twitter", "facebook": "Facebook", "telegram": "Telegram",
    "instagram": "Instagram", "tiktok": "TikTok", "youtube": "YouTube",
    "whatsapp": "WhatsApp", "linkedin": "LinkedIn", "threads": "Threads",
    "truth social": "Truth Social", "bluesky": "Bluesky", "weibo": "Weibo",
    "reddit": "Reddit", "snapchat": "Snapchat", "mastodon": "Mastodon",
}
CHANNEL_NOUNS = {
    "statement", "interview", "conference", "briefing", "post", "tweet", "video",
    "email", "e-mail", "letter", "speech", "address", "message", "release",
    "television", "radio", "podcast", "broadcast", "report", "communique",
    "communiqué", "filing", "memo", "op-ed", "column", "blog", "hearing",
    "testimony", "livestream", "newsletter", "call",
}

SPEECH_CUES = {
    "say", "tell", "announce", "confirm", "deny", "add", "write", "post", "tweet",
    "report", "estimate", "state", "claim", "explain", "note", "warn", "insist",
    "argue", "acknowledge", "admit", "allege", "assert", "declare", "testify",
    "suggest", "reveal", "disclose", "comment", "respond", "reply", "urge",
    "predict", "promise", "vow", "pledge", "conclude", "maintain", "contend",
    "emphasize", "emphasise", "stress", "indicate", "caution", "concede",
    "complain", "recall", "remark", "observe", "tout", "boast", "charge",
    "counter", "retort", "affirm", "reiterate", "clarify", "specify", "signal",
    "inform", "announce", "mention", "point", "brief", "publish",
}
BELIEF_CUES = {
    "believe", "think", "fear", "expect", "hope", "feel", "doubt", "suspect",
    "worry", "assume", "reckon", "know", "figure", "guess", "anticipate",
}
CUES = SPEECH_CUES | BELIEF_CUES

# Heads of unnamed sources: "authorities said", "a source familiar with ...".
VAGUE_HEADS = {
    "authority", "official", "source", "expert", "analyst", "observer", "witness",
    "people", "person", "resident", "critic", "insider", "aide", "diplomat",
    "investigator", "activist", "lawmaker", "officer", "spokesperson",
    "spokesman", "spokeswoman", "report", "reports", "media", "someone", "many",
    "some", "others", "researcher", "scientist", "economist", "observers",
}

# Institutions a definite description can name: "the ministry", "the military".
ORG_HEADS = {
    "ministry", "agency", "service", "department", "office", "government",
    "police", "military", "army", "navy", "court", "council", "company", "firm",
    "group", "organization", "organisation", "commission", "committee", "party",
    "administration", "embassy", "prosecutor", "bureau", "authority", "board",
    "institute", "university", "union", "cabinet", "parliament", "congress",
    "senate", "presidency", "campaign", "coalition", "alliance", "regime",
    "force", "forces", "guard", "ombudsman", "watchdog", "regulator", "bank",
}
# Descriptions that stand for the nearest institution even without a shared word.
GENERIC_ORG = {"agency", "organization", "organisation", "group", "company", "firm",
               "body", "institution", "department", "office", "service", "bureau"}
# Institutions that are actors in their own right when nothing names them.
STANDALONE_ORG = {"military", "police", "army", "navy", "government", "administration",
                  "presidency", "cabinet", "parliament", "congress", "senate"}

ROLE_WORDS = {
    "president", "vice", "minister", "prime", "senator", "sen.", "governor", "gov.",
    "mayor", "candidate", "spokesperson", "spokesman", "spokeswoman", "director",
    "chief", "secretary", "general", "attorney", "prosecutor", "judge", "justice",
    "lawmaker", "legislator", "leader", "ambassador", "commander", "officer",
    "journalist", "ceo", "chairman", "chairwoman", "chair", "representative",
    "rep.", "deputy", "head", "king", "queen", "prince", "princess", "pope",
    "chancellor", "premier", "speaker", "councillor", "councilor", "councilman",
    "councilwoman", "sheriff", "colonel", "gen.", "lt.", "captain", "capt.",
    "sergeant", "admiral", "founder", "executive", "manager", "coach", "bishop",
    "archbishop", "cardinal", "rabbi", "imam", "dr.", "professor", "prof.",
    "economist", "analyst", "activist", "campaigner", "commissioner", "inspector",
    "superintendent", "director-general", "secretary-general", "envoy", "mp",
    "congressman", "congresswoman", "assemblyman", "assemblywoman", "treasurer",
    "president-elect", "first", "lady", "emir", "sultan", "sheikh", "ayatollah",
    "officials", "official", "detective", "constable", "marshal", "warden",
}
ROLE_HEADS = ROLE_WORDS - {"vice", "prime", "deputy", "first", "chief", "head"}

PRONOUNS_PERSON = {"he", "she", "him", "her"}
PRONOUNS_ORG = {"it"}
