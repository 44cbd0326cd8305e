"""The spaCy component: nlp.add_pipe("factcheck") -> doc._.claims on every Doc.

spaCy finds it through the `spacy_factories` entry point (pyproject.toml), or
once this module is imported. spaCy imports every such entry point whenever it
builds a pipeline, so this module stays light: the extractors load on first use.
"""

# No `from __future__ import annotations`: spaCy validates the factory's config
# against its signature, and reads the annotations as live types.

import datetime as dt
from collections.abc import Iterable, Iterator

from spacy.language import Language  # noqa: TID253 - spaCy is the host here
from spacy.tokens import Doc  # noqa: TID253 - spaCy is the host here

from factcheck.nlp import register_components
from factcheck.records import ClaimKind

FACTORY = "factcheck"
# What the component reads from a Doc, and what it writes.
REQUIRES = ["doc.sents", "doc.ents", "token.dep"]
ASSIGNS = ["doc._.claims", "doc._.factcheck"]


def register_extensions() -> None:
    """Doc._.claims (the claims) and Doc._.factcheck (the whole Extraction).

    Idempotent: an extension of either name that already exists is reused.
    """
    for name in ("claims", "factcheck"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


class FactcheckComponent:
    """Extract claims from each Doc, as factcheck.extract() does from its text.

    Attributes:
        name: the component's name in the pipeline.
        published: the date relative dates resolve against, or None.
        kinds: the claim kinds kept.
    """

    def __init__(
        self,
        nlp: Language,
        name: str,
        *,
        published: dt.date | None,
        kinds: tuple[ClaimKind, ...],
    ) -> None:
        from factcheck.settings import Settings

        self.nlp = nlp
        self.name = name
        self.published = published
        self.kinds = kinds
        self.settings = Settings(kinds=kinds)

    def __call__(self, doc: Doc) -> Doc:
        (doc,) = self.pipe([doc])
        return doc

    def pipe(self, docs: Iterable[Doc], *, batch_size: int = 256) -> Iterator[Doc]:
        """Set doc._.claims on each Doc (spaCy's nlp.pipe calls this)."""
        from factcheck.extract import extract_claims
        from factcheck.ingest import Article
        from factcheck.canonical import canonicalize
        from factcheck.nlp import masks, paragraph_pieces

        for doc in docs:
            text = doc.text
            parsed = doc
            canonical = canonicalize(text).text
            if (
                canonical != text
                or len(paragraph_pieces(canonical)) > 1
                or masks(doc)
            ):
                # factcheck parses the canonical text (whitespace runs and hard
                # wraps as one space) paragraph by paragraph, with figures
                # masked (nlp.parse_texts), so the claims here must come from
                # that parse too.
                parsed = self._reparse(canonical)
            article = Article(id="-", path=None, text=text, published=self.published)
            extraction = extract_claims(parsed, article, settings=self.settings)
            doc._.factcheck = extraction
            doc._.claims = extraction.claims
            yield doc

    def _reparse(self, text: str) -> Doc:
        """The Doc of text as factcheck parses it, through the pipes before this one."""
        from factcheck.nlp import parse_texts

        names = self.nlp.pipe_names
        after = names[names.index(self.name) :] if self.name in names else []
        (doc,) = parse_texts(self.nlp, [text], disable=after)
        return doc


@Language.factory(
    FACTORY,
    default_config={"published": None, "kinds": None},
    requires=REQUIRES,
    assigns=ASSIGNS,
)
def make_factcheck(
    nlp: Language,
    name: str,
    published: str | None,
    kinds: list[str] | None,
) -> FactcheckComponent:
    """Build the component (spaCy calls this for nlp.add_pipe("factcheck")).

    Joining a pipeline, it applies factcheck's tokenizer and sentence fixes
    for news copy to it (factcheck.nlp.customize), so a Doc gets the claims
    that `factcheck extract` finds in the same text.

    Args:
        nlp: the pipeline it joins; it must have a parser and an entity
            recognizer before it.
        name: the component's name.
        published: the publication date, "YYYY-MM-DD", that relative dates
            resolve against; None leaves them in XXXX form.
        kinds: claim kinds to keep ("count", "date", "actor", "attribution");
            None keeps all.

    Returns:
        The component.

    Raises:
        ValueError: for a bad date or an unknown kind.
        ModelError: when the pipeline has no parser or no entity recognizer.
    """
    from factcheck.api import coerce_date, coerce_kinds
    from factcheck.nlp import check_requirements, customize

    check_requirements(nlp)
    customize(nlp)
    register_extensions()
    return FactcheckComponent(
        nlp, name, published=coerce_date(published), kinds=coerce_kinds(kinds)
    )


register_extensions()
register_components()  # a saved pipeline with factcheck's pipes loads again
