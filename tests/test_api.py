"""The Python API and the spaCy component: the same claims as the CLI."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import factcheck
from factcheck.cli import cli
from factcheck.errors import ReferenceDataError
from factcheck.records import ClaimKind, CountClaim

from .conftest import FIXTURES, PUBLISHED, ROOT, SEED

BENCHMARKS = ROOT.parent / "shared" / "benchmarks"
DOCS = ROOT / "README.md"

# Our own copy, with a hard-wrapped paragraph (blank lines between paragraphs).
WRAPPED = (
    "Port officials said 40 volunteers cleared\n"
    "the riverbank in Millbrook on Saturday.\n"
    "\n"
    "About 1,200 people signed the petition last\n"
    "week, according to the town council.\n"
)
SHORT = (
    "Port officials said 40 volunteers cleared the riverbank on Saturday. "
    "About 1,200 people signed the petition last week, the council said."
)


def run(*args: str, input: str | None = None) -> Any:
    result = CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)
    assert result.exit_code in (0, 1), result.stderr
    return result


def python(code: str) -> str:
    """Run code in a fresh interpreter (this one has spaCy loaded already)."""
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    return out.stdout.strip()


# -- import cost and the package namespace (no model) --------------------------------


def test_api_import_does_not_load_spacy_or_dateparser() -> None:
    code = (
        "import sys, factcheck\n"
        "factcheck.ClaimKind, factcheck.Extraction, factcheck.__version__\n"
        "callable(factcheck.extract) or sys.exit('not callable')\n"
        "print(sorted(m for m in ('spacy', 'thinc', 'dateparser') "
        "if m in sys.modules))"
    )
    assert python(code) == "[]"


def test_api_functions_stay_callable_after_their_submodules_import() -> None:
    # factcheck.extract, .diff and .check are also submodules: importing them
    # must neither hide the API functions nor the modules' own names.
    code = (
        "import factcheck\n"
        "import factcheck.extract as ext, factcheck.diff as d\n"
        "from factcheck.check import check_claims\n"
        "print(callable(factcheck.extract), callable(factcheck.diff), "
        "callable(factcheck.check), callable(ext.extract_claims), "
        "callable(d.diff_claims))"
    )
    assert python(code) == "True True True True True"


def test_api_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no_such_name"):
        factcheck.no_such_name  # type: ignore[attr-defined]  # noqa: B018


def test_api_dir_lists_the_public_names() -> None:
    names = dir(factcheck)
    for name in ("extract", "extract_many", "diff", "check", "to_rows", "Extraction"):
        assert name in names


def test_api_bad_arguments_fail_at_the_call() -> None:
    with pytest.raises(TypeError, match="iterable"):
        factcheck.extract_many("one text")
    with pytest.raises(ValueError, match="ISO date"):
        factcheck.extract_many([SHORT], published="2 September")
    with pytest.raises(ValueError, match="unknown kind 'quotes'"):
        factcheck.extract_many([SHORT], kinds="count,quotes")
    with pytest.raises(ValueError, match="batch_size"):
        factcheck.extract_many([SHORT], batch_size=0)


def test_api_to_rows_flattens_spans_into_columns() -> None:
    claim = CountClaim(
        id="count-1",
        text="40",
        span=(20, 22),
        value=40,
        counted="volunteers",
        counted_span=(23, 33),
    )
    document = factcheck.Document(id="a", path=None, published=None, sha256="0")
    extraction = factcheck.Extraction(document=document, claims=(claim,))
    (row,) = factcheck.to_rows([extraction])
    assert list(row) == list(factcheck.ROW_COLUMNS)
    assert (row["start"], row["end"]) == (20, 22)
    assert (row["counted_start"], row["counted_end"]) == (23, 33)
    assert row["kind"] == "count" and row["value"] == 40 and row["name"] is None
    assert "span" not in row and "counted_span" not in row


def test_api_reference_dict_is_validated_like_a_file() -> None:
    from factcheck.api import _reference

    with pytest.raises(ReferenceDataError, match=r"counts\[0\].*'counted'"):
        _reference({"counts": [{"value": 50}]})
    with pytest.raises(ReferenceDataError, match="unknown key 'count'"):
        _reference({"count": []})
    ref = _reference({"names": [{"name": "Dana Whitfield", "role": "organiser"}]})
    assert ref.names[0].name == "Dana Whitfield" and ref.names[0].role == "organiser"


# -- extract: the same claims as the CLI ---------------------------------------------


@pytest.fixture(scope="module")
def seed_api() -> factcheck.Extraction:
    return factcheck.extract(SEED.read_text(encoding="utf-8"), published=PUBLISHED)


@pytest.mark.model
def test_api_extract_is_the_cli_json_on_stdin(seed_api: factcheck.Extraction) -> None:
    text = SEED.read_text(encoding="utf-8")
    result = run("extract", "-", "--published", "2023-09-02", "-f", "json", input=text)
    assert seed_api.to_dict() == json.loads(result.stdout)


@pytest.mark.model
def test_api_extract_claims_equal_the_cli_on_the_seed_file(
    seed_api: factcheck.Extraction,
) -> None:
    result = run("extract", str(SEED), "--published", "2023-09-02", "-f", "json")
    cli_data = json.loads(result.stdout)
    assert seed_api.to_dict()["claims"] == cli_data["claims"]
    assert len(seed_api.claims) > 20  # a real article, not a vacuous match


@pytest.mark.model
def test_api_claims_are_frozen_records(seed_api: factcheck.Extraction) -> None:
    claim = seed_api.claims[0]
    assert isinstance(claim.kind, ClaimKind) and len(claim.span) == 2
    with pytest.raises(dataclasses.FrozenInstanceError):
        claim.text = "edited"  # type: ignore[misc]


@pytest.mark.model
def test_api_published_as_date_string_or_datetime(
    seed_api: factcheck.Extraction,
) -> None:
    text = SEED.read_text(encoding="utf-8")
    as_string = factcheck.extract(text, published="2023-09-02")
    as_datetime = factcheck.extract(text, published=dt.datetime(2023, 9, 2, 18, 30))
    assert as_string == seed_api == as_datetime
    undated = factcheck.extract(text)
    assert undated.document.published is None
    assert [d.code for d in undated.diagnostics][:1] == ["FC101"]


@pytest.mark.model
def test_api_kinds_keep_only_those(seed_api: factcheck.Extraction) -> None:
    text = SEED.read_text(encoding="utf-8")
    counts = factcheck.extract(text, published=PUBLISHED, kinds="counts")
    assert counts.claims == seed_api.of_kind(ClaimKind.COUNT)
    both = factcheck.extract(text, published=PUBLISHED, kinds=[ClaimKind.DATE, "actor"])
    assert {c.kind for c in both.claims} == {ClaimKind.DATE, ClaimKind.ACTOR}


def _benchmark_records(step: int = 8) -> list[dict[str, Any]]:
    records = []
    for path in sorted(BENCHMARKS.glob("*.jsonl")):
        with path.open(encoding="utf-8") as f:
            for n, line in enumerate(f):
                row = json.loads(line)
                if n % step == 0:
                    record = {"id": row["id"], "text": row["text"]}
                    if row.get("reference_date"):
                        record["published"] = row["reference_date"]
                    records.append(record)
    return records


@pytest.mark.model
def test_api_extract_many_equals_the_cli_on_the_benchmarks(tmp_path: Path) -> None:
    records = _benchmark_records()
    if not records:
        pytest.skip(f"no benchmark texts at {BENCHMARKS}")
    assert len(records) > 250
    batch = tmp_path / "batch.jsonl"
    batch.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    result = run("extract", str(batch), "--format", "jsonl", "-q")
    cli_docs = [json.loads(line) for line in result.stdout.splitlines()]
    api_docs = [e.to_dict() for e in factcheck.extract_many(records)]
    assert len(api_docs) == len(records)
    assert api_docs == cli_docs
    assert sum(len(d["claims"]) for d in api_docs) > len(records) / 2


@pytest.mark.model
def test_api_extract_many_streams_in_order() -> None:
    pulled = 0
    texts = [f"The council hired {n} wardens on Monday." for n in range(2, 9)]

    def feed() -> Iterator[dict[str, str]]:
        nonlocal pulled
        for n, text in enumerate(texts):
            pulled += 1
            yield {"id": f"t{n}", "text": text}

    results = factcheck.extract_many(feed(), batch_size=2, published="2024-05-13")
    first = next(results)
    assert pulled < len(texts)  # the generator did not read everything first
    rest = list(results)
    assert [e.document.id for e in [first, *rest]] == [f"t{n}" for n in range(7)]
    values = [e.of_kind(ClaimKind.COUNT)[0].value for e in [first, *rest]]
    assert values == list(range(2, 9))


@pytest.mark.model
def test_api_extract_many_ids_and_dates() -> None:
    text = "The council hired 12 wardens yesterday."
    a, b, c = factcheck.extract_many(
        [text, {"text": text, "published": "2024-01-10"}, {"id": 7, "text": text}],
        published="2024-05-13",
    )
    assert (a.document.id, b.document.id, c.document.id) == ("0", "1", "7")
    # A record's own date beats the default for the batch.
    assert a.document.published == c.document.published == "2024-05-13"
    assert b.document.published == "2024-01-10"
    date = {e.document.id: e.of_kind(ClaimKind.DATE)[0].value for e in (a, b)}
    assert date == {"0": "2024-05-12", "1": "2024-01-09"}


@pytest.mark.model
def test_api_extract_many_workers_give_the_same_claims(nlp: Any) -> None:
    texts = [SHORT, WRAPPED, SEED.read_text(encoding="utf-8")] * 3
    one = list(factcheck.extract_many(texts, published=PUBLISHED))
    two = list(factcheck.extract_many(texts, published=PUBLISHED, n_process=2))
    assert one == two
    # With a pipeline given, spaCy's own worker processes parse.
    spacy_workers = factcheck.extract_many(
        texts, published=PUBLISHED, nlp=nlp, n_process=2, batch_size=2
    )
    assert list(spacy_workers) == one


@pytest.mark.model
def test_api_loads_the_model_once() -> None:
    from factcheck.nlp import load_pipeline

    factcheck.extract(SHORT)
    loads = load_pipeline.cache_info().misses
    factcheck.extract(SHORT)
    list(factcheck.extract_many([SHORT, WRAPPED]))
    factcheck.diff(SHORT, WRAPPED)
    assert load_pipeline.cache_info().misses == loads


@pytest.mark.model
def test_api_extract_with_a_given_pipeline(nlp: Any) -> None:
    assert factcheck.extract(SHORT, nlp=nlp) == factcheck.extract(SHORT)


# -- diff and check ----------------------------------------------------------------


@pytest.mark.model
def test_api_diff_is_the_cli_json() -> None:
    old = FIXTURES / "diff" / "number_revised" / "old.txt"
    new = FIXTURES / "diff" / "number_revised" / "new.txt"
    result = run("diff", str(old), str(new), "--published", "2023-09-02", "-f", "json")
    diff = factcheck.diff(
        old.read_text(encoding="utf-8"),
        new.read_text(encoding="utf-8"),
        published="2023-09-02",
    )
    cli_data = json.loads(result.stdout)
    api_data = diff.to_dict()
    assert api_data["changes"] == cli_data["changes"]
    assert api_data["new"]["sha256"] == cli_data["new"]["sha256"]
    assert {(c.change, c.kind.value) for c in diff.changes} == {
        ("changed", "count"),
        ("changed", "attribution"),
    }
    assert diff.exit_code == 1


@pytest.mark.model
def test_api_diff_of_moved_sentences_is_empty() -> None:
    first, second = SHORT.split(". ", 1)
    assert not factcheck.diff(SHORT, f"{second} {first}.", published="2024-05-13")
    changes = factcheck.diff(SHORT, SHORT.replace("40", "45"), published="2024-05-13")
    assert ("count", "value", 40, 45) in [
        (c.kind.value, f.name, f.old, f.new) for c in changes.changes for f in c.fields
    ]


@pytest.mark.model
def test_api_check_equals_the_cli_with_a_reference_file() -> None:
    reference = FIXTURES / "check" / "seed.reference-wrong.yaml"
    result = run("check", str(SEED), "-r", str(reference), "-f", "json", "-q")
    (cli_file,) = json.loads(result.stdout)["files"]
    report = factcheck.check(SEED.read_text(encoding="utf-8"), reference)
    api = [
        (f.rule, f.severity.value, f.message, f.line, f.col, list(f.span or []))
        for f in report.findings
    ]
    cli_ = [
        (f["rule"], f["severity"], f["message"], f["line"], f["col"], f["span"] or [])
        for f in cli_file["findings"]
    ]
    assert api == cli_
    assert {"count-mismatch", "date-mismatch"} <= {f.rule for f in report.findings}
    assert report.exit_code() == 1
    assert report.facts_mentioned == cli_file["facts_mentioned"]


@pytest.mark.model
def test_api_check_with_a_reference_dict() -> None:
    facts = {
        "published": "2024-05-13",
        "counts": [{"counted": "volunteers", "value": 50}],
    }
    report = factcheck.check(SHORT, facts)
    (finding,) = [f for f in report.findings if f.rule == "count-mismatch"]
    assert finding.span is not None
    assert SHORT[finding.span[0] : finding.span[1]] == "40"
    right = factcheck.check(SHORT, {"counts": [{"counted": "volunteers", "value": 40}]})
    assert not [f for f in right.findings if f.rule == "count-mismatch"]


# -- the spaCy component -----------------------------------------------------------


@pytest.fixture(scope="module")
def component_nlp() -> Any:
    """A pipeline of our own (never the shared one) with the component added."""
    import spacy

    import factcheck.component  # noqa: F401 - registers it without the entry point
    from factcheck.nlp import DEFAULT_MODELS

    for name in DEFAULT_MODELS:
        try:
            nlp = spacy.load(name)
            break
        except OSError:
            continue
    nlp.add_pipe("factcheck", config={"published": "2023-09-02"})
    return nlp


@pytest.mark.model
def test_component_claims_equal_extract_on_the_seed(
    component_nlp: Any, seed_api: factcheck.Extraction
) -> None:
    doc = component_nlp(SEED.read_text(encoding="utf-8"))
    assert doc._.claims == seed_api.claims
    assert doc._.factcheck.to_dict() == seed_api.to_dict()


@pytest.mark.model
def test_component_in_nlp_pipe(component_nlp: Any) -> None:
    texts = [SHORT, WRAPPED, "No claims here at all."]
    docs = list(component_nlp.pipe(texts, batch_size=2))
    expected = factcheck.extract_many(texts, published="2023-09-02")
    assert [d._.claims for d in docs] == [e.claims for e in expected]
    assert docs[0]._.claims and docs[2]._.claims == ()
    # WRAPPED is parsed unwrapped, as extract parses it; parsed as given, its
    # first attribution would stop at the line break.
    quote = next(c for c in docs[1]._.claims if c.kind is ClaimKind.ATTRIBUTION)
    assert "riverbank" in quote.content


@pytest.mark.model
def test_component_pipeline_unaffected_for_extract(component_nlp: Any) -> None:
    # extract() given a pipeline that has the component does not run it twice.
    assert factcheck.extract(SHORT, nlp=component_nlp, published="2023-09-02") == (
        factcheck.extract(SHORT, published="2023-09-02")
    )


@pytest.mark.model
def test_component_pipeline_saves_and_loads(component_nlp: Any, tmp_path: Path) -> None:
    import spacy

    component_nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.pipe_names == component_nlp.pipe_names
    assert loaded(WRAPPED)._.claims == component_nlp(WRAPPED)._.claims


@pytest.mark.model
def test_component_bad_config_fails_when_added(component_nlp: Any) -> None:
    import spacy

    blank = spacy.blank("en")
    from factcheck.errors import ModelError

    with pytest.raises(ModelError, match="parser"):
        blank.add_pipe("factcheck")
    with pytest.raises(ValueError, match="ISO date"):
        component_nlp.add_pipe(
            "factcheck", name="fc2", config={"published": "2 September"}
        )


@pytest.mark.model
def test_component_found_through_the_entry_point() -> None:
    from importlib.metadata import entry_points

    if not entry_points(group="spacy_factories", name="factcheck"):
        pytest.skip("the installed metadata predates the entry point: reinstall")
    # A fresh interpreter that never imports factcheck.component itself.
    code = (
        "import spacy, sys\n"
        "from factcheck.nlp import DEFAULT_MODELS\n"
        "for name in DEFAULT_MODELS:\n"
        "    try:\n        nlp = spacy.load(name); break\n"
        "    except OSError:\n        pass\n"
        "nlp.add_pipe('factcheck', config={'published': '2024-05-13'})\n"
        "doc = nlp('Port officials said 40 volunteers came on Saturday.')\n"
        "print([(c.kind.value, c.text) for c in doc._.claims "
        "if c.kind.value in ('count', 'date')])"
    )
    assert python(code) == "[('count', '40'), ('date', 'Saturday')]"


# -- the pandas recipe and the README draft ----------------------------------------


@pytest.mark.model
def test_api_pandas_one_row_per_claim(seed_api: factcheck.Extraction) -> None:
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame(factcheck.to_rows(seed_api))
    assert len(frame) == len(seed_api.claims)
    assert list(frame.columns) == list(factcheck.ROW_COLUMNS)
    counts = frame[frame["kind"] == "count"]
    assert list(counts["value"]) == [c.value for c in seed_api.of_kind(ClaimKind.COUNT)]  # type: ignore[attr-defined]
    text = SEED.read_text(encoding="utf-8")
    for row in frame.itertuples():
        assert text[row.start : row.end] == row.text


def python_blocks(markdown: str) -> list[str]:
    return re.findall(r"^```python\n(.*?)^```", markdown, re.DOTALL | re.MULTILINE)


def _run_examples(blocks: list[str]) -> None:
    namespace: dict[str, Any] = {"__name__": "__docs__"}
    for n, block in enumerate(blocks):
        try:
            exec(compile(block, f"{DOCS.name}[{n}]", "exec"), namespace)
        except Exception as exc:
            raise AssertionError(f"example {n} fails:\n{block}") from exc


@pytest.mark.model
def test_api_docs_examples_run_as_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blocks = python_blocks(DOCS.read_text(encoding="utf-8"))
    # The pandas recipe comes last and needs the optional extra: the test
    # below runs it; every other example runs here, pandas or not.
    plain = [b for b in blocks if "import pandas" not in b]
    assert len(plain) >= 4
    monkeypatch.chdir(tmp_path)  # examples may write files
    _run_examples(plain)
    assert capsys.readouterr().out  # the examples print what they show


@pytest.mark.model
def test_api_docs_pandas_recipe_runs_as_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("pandas")
    blocks = python_blocks(DOCS.read_text(encoding="utf-8"))
    assert any("import pandas" in b for b in blocks)
    monkeypatch.chdir(tmp_path)
    _run_examples(blocks)
