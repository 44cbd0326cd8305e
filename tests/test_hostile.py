"""Hostile input: each case ends in a documented exit code and one stderr line.

Inputs are made here (or read from fixtures/nasty/); none takes more than a few
seconds or 500 MB. Speed is measured in benchmarks/bench_hostile.py, not here.
"""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.cli import cli
from factcheck.errors import InputError, ReferenceDataError
from factcheck.ingest import (
    Inputs,
    comments_only,
    expand_glob,
    iter_jsonl,
    read_article,
)
from factcheck.output import check_target, open_output
from factcheck.reference import parse_reference
from factcheck.settings import Settings

from .conftest import FIXTURES, ROOT

NASTY = FIXTURES / "nasty"
STORY = (
    "Forty inmates escaped from the harbour prison on Tuesday, police said.\n\n"
    '"We will find every one of them," Police Chief Luis Ferreira said.\n'
)
SRC = str(ROOT / "src")


def run(*args: str, input: str | bytes | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def one_error_line(result, needle: str) -> None:  # type: ignore[no-untyped-def]
    """Exit 3 with `error[FC30x]: ... needle` as the first line, no traceback."""
    assert result.exit_code == 3, (result.exit_code, result.stderr)
    first = result.stderr.splitlines()[0]
    assert first.startswith("error[FC30"), result.stderr
    assert needle in first, result.stderr
    assert "Traceback" not in result.stderr


@pytest.fixture()
def story(tmp_path: Path) -> Path:
    p = tmp_path / "story.txt"
    p.write_text(STORY, encoding="utf-8")
    return p


@pytest.fixture()
def no_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail the test if the run gets as far as loading spaCy."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the model was loaded before the input was refused")

    monkeypatch.setattr("factcheck.nlp.load_pipeline", refuse)


def tmp_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


# -- 1. -o: devices, FIFOs, links, modes, read-only targets ----------------------


def test_hostile_output_dev_null_stays_a_device() -> None:
    with open_output("/dev/null") as out:
        out.write("claims\n")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_hostile_output_writes_through_a_symlink(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_text("old\n")
    link = tmp_path / "link.json"
    link.symlink_to(real.name)
    with open_output(str(link)) as out:
        out.write("new\n")
    assert link.is_symlink() and os.readlink(link) == "real.json"
    assert real.read_text() == "new\n"
    assert tmp_files(tmp_path) == []


def test_hostile_output_dangling_symlink_creates_its_target(tmp_path: Path) -> None:
    link = tmp_path / "link.json"
    link.symlink_to("made.json")
    with open_output(str(link)) as out:
        out.write("new\n")
    assert link.is_symlink() and (tmp_path / "made.json").read_text() == "new\n"


def test_hostile_output_writes_into_a_fifo(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[str] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_text()))
    reader.start()
    with open_output(str(fifo)) as out:
        out.write("through the pipe\n")
    reader.join(timeout=10)
    assert got == ["through the pipe\n"]
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_hostile_output_dev_stdout_reaches_a_pipe() -> None:
    code = (
        "from factcheck.output import open_output\n"
        "with open_output('/dev/stdout') as out:\n"
        "    out.write('to the pipe')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        env={**os.environ, "PYTHONPATH": SRC},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == "to the pipe"


def test_hostile_output_new_file_gets_the_umask_mode(tmp_path: Path) -> None:
    old = os.umask(0o027)
    try:
        with open_output(str(tmp_path / "out.json")) as out:
            out.write("x")
    finally:
        os.umask(old)
    assert stat.S_IMODE(os.stat(tmp_path / "out.json").st_mode) == 0o640


def test_hostile_output_replaced_file_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_text("old")
    target.chmod(0o604)
    with open_output(str(target)) as out:
        out.write("new")
    assert target.read_text() == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o604


def test_hostile_output_read_only_target_exit_3_before_the_work(
    story: Path, tmp_path: Path, no_model: None
) -> None:
    target = tmp_path / "out.json"
    target.write_text("keep me")
    target.chmod(0o444)
    result = run("extract", str(story), "-o", str(target))
    one_error_line(result, "cannot write output: the file is read-only")
    assert target.read_text() == "keep me"


@pytest.mark.parametrize(
    ("make", "needle"),
    [
        (lambda d: (d / "sub").mkdir() or d / "sub", "is a directory"),
        (lambda d: d / "missing" / "out.json", "the folder does not exist"),
    ],
    ids=["directory", "missing-folder"],
)
def test_hostile_output_bad_target_exit_3_before_the_work(
    story: Path, tmp_path: Path, no_model: None, make, needle: str
) -> None:  # type: ignore[no-untyped-def]
    target = make(tmp_path)
    for command in (
        ["extract", str(story)],
        ["diff", str(story), str(story)],
        ["check", str(story), "-r", str(NASTY.parent / "check" / "seed.names.csv")],
    ):
        one_error_line(run(*command, "-o", str(target)), needle)
    with pytest.raises(InputError, match=needle):
        check_target(str(target))


# -- 9. atomic -o on its failure path ---------------------------------------------


def test_hostile_output_failure_mid_write_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_text("old\n")
    with pytest.raises(RuntimeError), open_output(str(target)) as out:
        out.write("half of the new")
        out.flush()
        assert tmp_files(tmp_path)  # the temp file exists while writing
        raise RuntimeError("renderer failed")
    assert target.read_text() == "old\n"
    assert tmp_files(tmp_path) == []


@pytest.mark.parametrize("sig", ["SIGTERM", "SIGHUP"])
def test_hostile_output_signal_mid_write_removes_the_temp_file(
    tmp_path: Path, sig: str
) -> None:
    signum = getattr(signal, sig)
    # Under nohup (SIGHUP ignored) open_output rightly leaves the signal alone:
    # the test wants the ordinary disposition.
    inherited = signal.signal(signum, signal.SIG_DFL)
    try:
        before = signal.getsignal(signum)
        target = tmp_path / "out.json"
        target.write_text("old\n")
        with pytest.raises(SystemExit) as exit_info, open_output(str(target)) as out:
            out.write("half of the new")
            os.kill(os.getpid(), signum)
            time.sleep(5)  # the handler raises before this ends
        assert exit_info.value.code == 128 + signum  # 143 / 129, as a shell reports
        assert target.read_text() == "old\n"
        assert tmp_files(tmp_path) == []
        assert signal.getsignal(signum) == before
    finally:
        signal.signal(signum, inherited)


@pytest.mark.model
def test_hostile_output_error_mid_stream_leaves_no_partial_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import factcheck.extract as extract

    batch = tmp_path / "batch.jsonl"
    batch.write_text(
        "\n".join(json.dumps({"id": f"d{i}", "text": STORY}) for i in range(3))
    )
    target = tmp_path / "out.jsonl"
    target.write_text("old\n")
    real = extract.extract_claims
    calls = []

    def second_fails(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("extractor bug on the second document")
        return real(*args, **kwargs)

    monkeypatch.setattr(extract, "extract_claims", second_fails)
    result = run("extract", str(batch), "-f", "jsonl", "-o", str(target), "-q")
    assert result.exit_code == 70
    assert "extractor bug" in result.stderr
    assert len(calls) == 2  # the first document was written to the temp file
    assert target.read_text() == "old\n"
    assert tmp_files(tmp_path) == []


def _spawn(args: list[str], cwd: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "factcheck", *args],
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": SRC},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,  # a group of its own, to send ^C to it
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )


def _batch(folder: Path, docs: int = 400) -> Path:
    batch = folder / "batch.jsonl"
    with batch.open("w") as f:
        for i in range(docs):
            f.write(json.dumps({"id": f"d{i}", "text": STORY * 3}) + "\n")
    return batch


def _wait_for(predicate, limit: float = 120) -> None:  # type: ignore[no-untyped-def]
    end = time.monotonic() + limit
    while not predicate():
        assert time.monotonic() < end, "the run never got there"
        time.sleep(0.05)


def _alive(pids: list[int]) -> list[int]:
    def running(pid: int) -> bool:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            return False
        return state != "Z"

    return [pid for pid in pids if running(pid)]


def _children(pid: int) -> list[int]:
    out = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True)
    return [int(p) for p in out.stdout.split()]


@pytest.mark.model
@pytest.mark.skipif(sys.platform != "linux", reason="reads /proc")
def test_hostile_sigterm_mid_write_exit_143_old_file_intact(tmp_path: Path) -> None:
    batch = _batch(tmp_path)
    target = tmp_path / "out.jsonl"
    target.write_text("old\n")
    proc = _spawn(
        ["extract", str(batch), "-f", "jsonl", "-q", "-o", str(target)], tmp_path
    )
    # The temp file exists from the first parse on: the run is killed mid-write
    # (the first bytes reach it only when the first batch of documents is done).
    _wait_for(lambda: bool(tmp_files(tmp_path)))
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 143, err
    assert target.read_text() == "old\n"
    assert tmp_files(tmp_path) == []


# -- 5. --jobs: workers die with the parent, ^C is quick ---------------------------


@pytest.mark.model
@pytest.mark.skipif(sys.platform != "linux", reason="reads /proc, uses prctl")
@pytest.mark.parametrize(
    ("how", "status"),
    [("SIGINT to the group", 130), ("SIGTERM", 143), ("SIGKILL", -9)],
)
def test_hostile_jobs_workers_end_with_the_parent(
    tmp_path: Path, how: str, status: int
) -> None:
    batch = _batch(tmp_path)
    target = tmp_path / "out.jsonl"
    proc = _spawn(
        ["extract", str(batch), "-f", "jsonl", "-q", "--jobs", "2", "-o", str(target)],
        tmp_path,
    )
    _wait_for(lambda: len(_alive(_children(proc.pid))) == 2)
    _wait_for(lambda: bool(tmp_files(tmp_path)))  # the workers are at work
    workers = _children(proc.pid)
    if how == "SIGINT to the group":
        os.killpg(proc.pid, signal.SIGINT)
    else:
        proc.send_signal(getattr(signal, how))
    _, err = proc.communicate(timeout=30)  # waiting out the chunks took 14-26 s
    assert proc.returncode == status, err
    assert b"Traceback" not in err
    _wait_for(lambda: not _alive(workers), limit=10)
    assert not target.exists()
    if status != -9:  # SIGKILL cannot be caught: its temp file stays
        assert tmp_files(tmp_path) == []


# -- 2, 6, 7. references ------------------------------------------------------


REFERENCES = [
    ("alias-bomb", (NASTY / "alias_bomb.yaml").read_text(), ".yaml", "alias bomb"),
    ("alias-cycle", "counts: &a [*a]\n", ".yaml", "an alias refers to a node"),
    ("deep-flow", "counts: " + "[" * 50_000, ".yaml", "nested more than 32"),
    (
        "deep-block",
        "".join(" " * i + f"k{i}:\n" for i in range(60)),
        ".yaml",
        "nested more than 32",
    ),
    ("deep-json", "[" * 50_000 + "]" * 50_000, ".json", "nested too deeply"),
    (
        "400-digits",
        "counts:\n  - counted: inmates\n    value: " + "9" * 400 + "\n",
        ".yaml",
        "counts[0].value: the number is too large",
    ),
    (
        "5000-digits",
        '{"counts": [{"counted": "inmates", "value": ' + "7" * 5000 + "}]}",
        ".json",
        "thousands of digits",
    ),
    ("nan", (NASTY / "nan_value.yaml").read_text(), ".yaml", "nan is not a finite"),
    (
        "inf",
        "counts:\n  - counted: inmates\n    max: .inf\n",
        ".yaml",
        "inf is not a finite",
    ),
    (
        "1e400-json",
        '{"counts": [{"counted": "inmates", "value": 1e400}]}',
        ".json",
        "inf is not a finite",
    ),
    ("settings-nan", "settings:\n  about: .nan\n", ".yaml", "settings.about: nan"),
    (
        "csv-unclosed",
        (NASTY / "unclosed_quote.csv").read_text(),
        ".csv",
        "unexpected end of data (an unclosed quote?)",
    ),
    (
        "csv-quote-over-lines",
        'name,role\n"Ana Ruiz,mayor\nLuis" Ferreira,chief\nMarta Okonkwo,judge\n',
        ".csv",
        "an unclosed quote?",
    ),
]


@pytest.mark.parametrize(
    ("text", "suffix", "needle"),
    [case[1:] for case in REFERENCES],
    ids=[case[0] for case in REFERENCES],
)
def test_hostile_reference_refused(text: str, suffix: str, needle: str) -> None:
    with pytest.raises(ReferenceDataError, match=None) as info:
        parse_reference(text, source=f"ref{suffix}", suffix=suffix)
    assert needle in str(info.value)
    assert str(info.value).startswith(f"ref{suffix}")


def test_hostile_reference_alias_bomb_exit_3(story: Path, no_model: None) -> None:
    result = run("check", str(story), "-r", str(NASTY / "alias_bomb.yaml"))
    one_error_line(result, "alias_bomb.yaml:8: YAML aliases expand to more than")


def test_hostile_reference_small_aliases_still_work() -> None:
    text = (
        "counts:\n"
        "  - {counted: inmates, context: &where [harbour, prison], value: 40}\n"
        "  - {counted: guards, context: *where, value: 3}\n"
    )
    ref = parse_reference(text, source="ref.yaml")
    assert [c.context for c in ref.counts] == [("harbour", "prison")] * 2
    assert [c.line for c in ref.counts] == [2, 3]


# -- 6, 7, 8. articles ---------------------------------------------------------


def _write(tmp_path: Path, name: str, data: str | bytes) -> Path:
    p = tmp_path / name
    if isinstance(data, bytes):
        p.write_bytes(data)
    else:
        p.write_text(data, encoding="utf-8")
    return p


ARTICLES = [
    ("feb-30.md", "---\npublished: 2023-02-30\n---\n" + STORY, "got '2023-02-30'"),
    ("year-0.md", "---\npublished: 0000-01-01\n---\n" + STORY, "got '0000-01-01'"),
    (
        "long-number.md",
        "---\npublished: " + "9" * 5000 + "\n---\n" + STORY,
        "a number too long",
    ),
    ("deep-front.md", "---\ntitle: " + "[" * 20_000 + "\n---\n" + STORY, "not valid"),
    ("deep.jsonl", "[" * 100_000 + "]" * 100_000 + "\n", "deep.jsonl:1: is nested too"),
    (
        "digits.jsonl",
        '{"text": "x", "n": ' + "1" * 5000 + "}\n",
        "digits.jsonl:1: holds a number with thousands of digits",
    ),
    (
        "surrogate.jsonl",
        '{"id": "a", "text": "Forty \\ud800 inmates"}\n',
        "text holds a lone surrogate (\\ud800) at character 6",
    ),
    (
        "surrogate-id.jsonl",
        '{"id": "\\udfff", "text": "Forty inmates"}\n',
        '"id" holds a lone surrogate',
    ),
    (
        "list-id.jsonl",
        '{"id": ["a"], "text": "Forty inmates"}\n',
        '"id" must be a string or an integer',
    ),
    (
        "bad-byte.jsonl",
        b'{"text": "one"}\n{"text": "two"}\n{"text": "thr\xffee"}\n',
        "bad-byte.jsonl:3: is not valid utf-8 (byte 0xff at column 14)",
    ),
    ("utf16.txt", STORY.encode("utf-16"), "looks like UTF-16 text, not utf-8"),
    (
        "utf16-nobom.txt",
        STORY.encode("utf-16-le"),
        "looks like UTF-16 text, not utf-8",
    ),
    (
        "utf16.jsonl",
        (json.dumps({"text": STORY}) + "\n").encode("utf-16"),
        "looks like UTF-16 text, not utf-8",
    ),
]


@pytest.mark.parametrize(
    ("name", "data", "needle"), ARTICLES, ids=[a[0] for a in ARTICLES]
)
def test_hostile_article_exit_3(
    tmp_path: Path, no_model: None, name: str, data: str | bytes, needle: str
) -> None:
    path = _write(tmp_path, name, data)
    one_error_line(run("extract", str(path)), needle)


def test_hostile_utf16_hint_names_the_option(tmp_path: Path) -> None:
    path = _write(tmp_path, "utf16.txt", STORY.encode("utf-16"))
    result = run("extract", str(path))
    assert "hint: pass --encoding utf-16" in result.stderr
    article = read_article(str(path), encoding="utf-16", max_chars=10_000)
    assert article.text == STORY


def test_hostile_unknown_encoding_on_jsonl_exit_3(
    tmp_path: Path, no_model: None
) -> None:
    path = _write(tmp_path, "batch.jsonl", json.dumps({"text": STORY}) + "\n")
    result = run("extract", str(path), "--encoding", "nosuch")
    one_error_line(result, "unknown encoding 'nosuch'")


def test_hostile_jsonl_bom_and_null_id_are_read(tmp_path: Path) -> None:
    rows = [{"id": None, "text": STORY}, {"id": 7, "text": STORY}, {"text": STORY}]
    data = "\n".join(json.dumps(r) for r in rows).encode("utf-8")
    path = _write(tmp_path, "b.jsonl", b"\xef\xbb\xbf" + data)
    ids = [a.id for a in iter_jsonl(str(path), encoding="utf-8", max_chars=10_000)]
    assert ids == [f"{path}:1", "7", f"{path}:3"]


def test_hostile_process_substitution_is_read_once(tmp_path: Path) -> None:
    # `factcheck extract <(cat story.txt)` names a pipe such as /dev/fd/63.
    read_end, write_end = os.pipe()
    os.write(write_end, STORY.encode())
    os.close(write_end)
    try:
        inputs = Inputs([f"/dev/fd/{read_end}"], settings=Settings())
        assert [a.text for a in inputs.articles()] == [STORY]
    finally:
        os.close(read_end)


def test_hostile_html_limit_counts_text_not_markup(tmp_path: Path) -> None:
    script = "<script>var x = '" + "z" * 200_000 + "';</script>"
    page = f"<html><head>{script}</head><body><p>{STORY}</p></body></html>"
    path = _write(tmp_path, "page.html", page)
    article = read_article(str(path), encoding="utf-8", max_chars=10_000)
    assert "Forty inmates escaped" in article.text
    long_page = "<p>" + "Forty inmates escaped. " * 1000 + "</p>"
    path = _write(tmp_path, "long.html", long_page)
    with pytest.raises(InputError, match="document is too long"):
        read_article(str(path), encoding="utf-8", max_chars=10_000)


def test_hostile_front_matter_alias_bomb_is_not_expanded(tmp_path: Path) -> None:
    bomb = (NASTY / "alias_bomb.yaml").read_text().split("counts:")[0]
    text = f"---\n{bomb}published: 2023-09-02\ntitle: *h\n---\n{STORY}"
    path = _write(tmp_path, "bomb.md", text)
    article = read_article(str(path), encoding="utf-8", max_chars=100_000)
    assert article.published is not None and article.title is None


def test_hostile_disable_comment_in_markdown_code_is_not_a_directive() -> None:
    shown = (
        "To silence a rule, write `<!-- factcheck-disable -->` in the copy.\n\n"
        "```\n<!-- factcheck-disable vague-attribution -->\n```\n\n"
        "``A `<!-- factcheck-disable -->` inside double ticks``\n"
    )
    assert comments_only(shown, "story.md") == ""
    real = shown + "<!-- factcheck-disable unattributed-count -->\n"
    assert comments_only(real, "story.md") == (
        "<!-- factcheck-disable unattributed-count -->"
    )
    # An unmatched backtick is literal: the comment after it counts.
    assert comments_only("It`s <!-- x -->", "story.md") == "<!-- x -->"
    # In HTML, a comment is a comment.
    assert comments_only("<code>`<!-- y -->`</code>", "page.html") == "<!-- y -->"


def test_hostile_disable_comment_in_code_stays_in_the_text(tmp_path: Path) -> None:
    text = "Write `<!-- factcheck-disable -->` to silence it.\n\n<!-- note -->\n"
    article = read_article(
        str(_write(tmp_path, "a.md", text)), encoding="utf-8", max_chars=10_000
    )
    assert "`<!-- factcheck-disable -->`" in article.text
    assert "note" not in article.text and len(article.text) == len(text)


def test_hostile_glob_does_not_follow_symlink_loops(tmp_path: Path) -> None:
    (tmp_path / "copy" / "a").mkdir(parents=True)
    (tmp_path / "copy" / "a" / "story.md").write_text(STORY)
    (tmp_path / "copy" / "a" / "up").symlink_to("..")
    (tmp_path / "copy" / "a" / "again").symlink_to("../a")
    found = expand_glob(str(tmp_path / "copy" / "**" / "*.md"))
    assert found == [str(tmp_path / "copy" / "a" / "story.md")]


@pytest.mark.model
def test_hostile_check_glob_with_symlink_loops_reports_each_file_once(
    tmp_path: Path,
) -> None:
    (tmp_path / "copy" / "a").mkdir(parents=True)
    (tmp_path / "copy" / "a" / "story.md").write_text(STORY)
    (tmp_path / "copy" / "a" / "up").symlink_to("..")
    (tmp_path / "copy" / "a" / "again").symlink_to("../a")
    ref = _write(tmp_path, "ref.yaml", "counts:\n  - {counted: inmates, value: 40}\n")
    result = run(
        "check", str(tmp_path / "copy" / "**" / "*.md"), "-r", str(ref), "-f", "json"
    )
    assert result.exit_code == 0, result.stderr
    assert len(json.loads(result.stdout)["files"]) == 1


@pytest.mark.model
def test_hostile_disable_in_code_does_not_disable_check(tmp_path: Path) -> None:
    story = _write(
        tmp_path,
        "story.md",
        "Editors write `<!-- factcheck-disable -->` to silence a rule.\n\n" + STORY,
    )
    ref = _write(tmp_path, "ref.yaml", "counts:\n  - {counted: inmates, value: 41}\n")
    result = run("check", str(story), "-r", str(ref), "-f", "json")
    assert result.exit_code == 1, result.stderr  # 40 is not 41: still found
    rules = [f["rule"] for f in json.loads(result.stdout)["files"][0]["findings"]]
    assert "count-mismatch" in rules


# -- property: random news-like documents -------------------------------------

FRAGMENTS = st.sampled_from(
    [
        "Forty inmates escaped",
        " 3.2e5 ",
        " 1e999 ",
        " 7e-3 ",
        " 12,000,000 ",
        " 4.5 million ",
        " 2023-02-30 ",
        " on Tuesday ",
        " last week ",
        " on 9 August 2023 ",
        " police said",
        " according to officials,",
        ' "We are firm," ',
        " \u201cWe will not yield,\u201d ",
        " she said. ",
        " Mayor Ana Ruiz ",
        " Chief Luis Ferreira ",
        " \u00e9\u00e8 \u4e2d\u6587 \U0001f600 ",
        "\u00a0",
        "\u200d",
        "\r\n",
        "\n\n",
        ".",
        ",",
        "'",
        " 53rd week of 2023 ",
        " $3bn ",
        " 40% ",
    ]
)
DOCUMENTS = st.lists(FRAGMENTS, min_size=1, max_size=40).map("".join)


@pytest.mark.model
@settings(
    max_examples=30,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(DOCUMENTS)
def test_hostile_random_news_like_documents(tmp_path: Path, text: str) -> None:
    path = tmp_path / "doc.txt"
    path.write_bytes(text.encode("utf-8"))
    result = run("extract", str(path), "-f", "json", "--published", "2023-09-02", "-q")
    assert result.exit_code in (0, 3), result.stderr
    if result.exit_code == 3:
        assert result.stderr.startswith("error[FC30"), result.stderr
        return
    read = path.read_bytes().decode("utf-8")
    for claim in json.loads(result.stdout)["claims"]:
        start, end = claim["span"]
        assert 0 <= start <= end <= len(read)
        assert read[start:end] == claim["text"]


@pytest.mark.model
def test_hostile_lone_cr_line_ends_make_paragraphs_and_sentences(
    tmp_path: Path,
) -> None:
    text = "Forty inmates escaped on Tuesday\rThree guards were hurt, police said."
    path = _write(tmp_path, "cr.txt", text.encode())
    result = run("extract", str(path), "-f", "json", "--published", "2023-09-02")
    assert result.exit_code == 0, result.stderr
    claims = json.loads(result.stdout)["claims"]
    said = next(c for c in claims if c["kind"] == "attribution")
    assert said["text"] == "Three guards were hurt, police said"
    assert (said["paragraph"], said["sentence"]) == (1, 1)


def test_hostile_count_overlap_test_matches_the_pairwise_check() -> None:
    from factcheck.extract.counts import _overlap_test

    rng = __import__("random").Random(16)
    for _ in range(300):
        spans = []
        for _ in range(rng.randint(0, 8)):
            a = rng.randint(0, 60)
            spans.append((a, a + rng.randint(1, 15)))
        probe = rng.randint(0, 70)
        probe_span = (probe, probe + rng.randint(1, 6))
        pairwise = any(probe_span[0] < e and s < probe_span[1] for s, e in spans)
        assert _overlap_test(spans)(probe_span) == pairwise, (spans, probe_span)
