"""Command line: parse arguments, call intake.api, print; the one place errors become exit codes."""

from __future__ import annotations

import logging
import os
import sys
from typing import List, Optional

os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # before any Tesseract process starts (PERF.md)

import typer  # noqa: E402

from intake.errors import ExitCode, IntakeError  # noqa: E402

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  rich_markup_mode=None, help="Read denial letters and EOBs; write the requests an appeal needs.")
rules_app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                        help="Check and build the rule files.")
app.add_typer(rules_app, name="rules")
log = logging.getLogger("intake")


def _setup_logging(verbose: int, terminal: bool = True) -> None:
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, stream=sys.stderr, format="intake: %(levelname)s %(name)s: %(message)s")
    from intake import quiet

    quiet.install(verbose, terminal)  # library warnings and C libraries' stderr: DEBUG only (shown with -vv)


def _fail(exc: IntakeError) -> None:
    typer.echo(f"intake: error: {exc.one_line()}", err=True)


def _show_version(value: bool) -> None:
    if value:
        from intake.about import version_lines

        typer.echo("\n".join(version_lines()))
        raise typer.Exit()


@app.callback()
def _options(version: bool = typer.Option(False, "--version", is_eager=True, callback=_show_version,
                                          help="Show intake's version, Tesseract's and the rules' digest.")):
    """Read denial letters and EOBs; write the requests an appeal needs."""


@app.command()
def process(
    files: List[str] = typer.Argument(..., help="PDF, PNG, JPEG or TIFF files, or folders of them."),
    json_out: bool = typer.Option(False, "--json", help="Print the result as JSON (the contract)."),
    out: Optional[str] = typer.Option(None, "--out", help="Write the request papers for each denial here."),
    config: Optional[str] = typer.Option(None, "--config", help="Requester profile (TOML or YAML)."),
    name: Optional[str] = typer.Option(None, "--name", help="Requester's name (default: the member)."),
    address: Optional[str] = typer.Option(None, "--address", help="Requester's postal address."),
    phone: Optional[str] = typer.Option(None, "--phone", help="Requester's phone number."),
    email: Optional[str] = typer.Option(None, "--email", help="Requester's email."),
    advocate: bool = typer.Option(False, "--advocate", help="Write as an authorized representative."),
    provider: List[str] = typer.Option([], "--provider", help="Another provider to request records from."),
    lang: Optional[str] = typer.Option(None, "--lang", help="Language of the papers: en or es (default: the letter's)."),
    templates: Optional[str] = typer.Option(None, "--templates", help="Folder of your own paper templates."),
    organization: Optional[str] = typer.Option(None, "--organization", help="Advocate's organization."),
    date: Optional[str] = typer.Option(None, "--date", help="Date on the papers, YYYY-MM-DD (default today)."),
    verbose: int = typer.Option(0, "--verbose", "-v", count=True, help="-v progress, -vv rule decisions."),
):
    """Read each file, print its facts (or JSON), and write the papers with --out."""
    _setup_logging(verbose)
    from intake import api
    from intake.papers.profile import load_requester
    from intake.report import summary, to_json

    requester = load_requester(config, dict(name=name, address=address, phone=phone, email=email,
                                            advocate=advocate, providers=provider, lang=lang, templates=templates,
                                            organization=organization, date=date))
    all_results, failures = [], []
    for outcome in api.process_files(files, out_dir=out, requester=requester):
        if outcome.error:
            _fail(outcome.error)
            failures.append(outcome.error)
            continue
        all_results.extend(outcome.results)
        if not json_out:
            for r in outcome.results:
                typer.echo(summary(r) + "\n")
    if json_out and all_results:
        typer.echo(to_json(all_results))
    if failures:
        only = len(failures) == 1 and not all_results
        raise typer.Exit(int(failures[0].exit_code if only else ExitCode.some_failed))


DB_HELP = "Database URL (default: INTAKE_DATABASE_URL, else SQLite in the data folder)."
BROKER_HELP = "Celery broker URL, e.g. redis://127.0.0.1:6379/0 (default: INTAKE_BROKER_URL; none: run here)."
STORE_HELP = "Where workers read originals: db (default) or file:///shared/folder (INTAKE_STORE_URL)."


@app.command()
def batch(
    paths: List[str] = typer.Argument(..., help="Files and folders to process."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", help="Worker processes (default: one per core)."),
    out: Optional[str] = typer.Option(None, "--out", help="Write the request papers for each denial here."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    force: bool = typer.Option(False, "--force", help="Process files again even if already done."),
    json_out: Optional[str] = typer.Option(None, "--json-out", help="Also write every result here as JSON lines."),
    config: Optional[str] = typer.Option(None, "--config", help="Requester profile (TOML or YAML)."),
    broker: Optional[str] = typer.Option(None, "--broker", help=BROKER_HELP),
    store: Optional[str] = typer.Option(None, "--store", help=STORE_HELP),
    no_wait: bool = typer.Option(False, "--no-wait", help="With --broker: queue the files and return at once."),
    verbose: int = typer.Option(0, "--verbose", "-v", count=True),
):
    """Process many files in parallel into the database; skip what is done; go on past bad files."""
    _setup_logging(verbose)
    from intake.api import expand_inputs
    from intake.batch import summary_text
    from intake.dist.config import broker_url
    from intake.mailroom import stored_batch
    from intake.papers.profile import load_requester

    if no_wait and (out or json_out):
        raise InputNotFound("--out and --json-out need the batch to wait for its results (drop --no-wait)")
    requester = load_requester(config, {})
    files = list(expand_inputs(paths))
    sink = open(json_out, "w", encoding="utf-8", opener=_private_opener) if json_out else None
    try:
        def on_report(report):
            if sink and report.results:
                import json

                for r in report.results:
                    sink.write(json.dumps(r.to_json(), ensure_ascii=False) + "\n")
        if broker_url(broker):
            from intake.dist.producer import queued_batch

            summary = queued_batch(files, broker_url(broker), db_url=db, store=store, out_dir=out,
                                   requester=requester, force=force, wait=not no_wait, on_report=on_report)
        else:
            summary = stored_batch(files, db_url=db, jobs=jobs, out_dir=out, requester=requester, force=force,
                                   on_report=on_report)
        if sink:  # skipped copies named too, one line each after the results
            import json

            sink.writelines(json.dumps(d.to_json(), ensure_ascii=False) + "\n" for d in summary.duplicates)
    finally:
        if sink:
            sink.close()
    typer.echo(summary_text(summary), err=True)
    raise typer.Exit(int(ExitCode.some_failed) if summary.failed else 0)


@app.command()
def watch(
    inbox: str = typer.Argument(..., help="Folder to watch; files already there are processed too."),
    archive: Optional[str] = typer.Option(None, "--archive", help="Where processed originals go (default ../archive)."),
    failed: Optional[str] = typer.Option(None, "--failed", help="Where failed originals go (default ../failed)."),
    out: Optional[str] = typer.Option(None, "--out", help="Write the request papers for each denial here."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    config: Optional[str] = typer.Option(None, "--config", help="Requester profile (TOML or YAML)."),
    settle: float = typer.Option(2.0, "--settle", help="Seconds a file must stay unchanged before it is read."),
    interval: float = typer.Option(1.0, "--interval", help="Seconds between polls (works on network shares)."),
    once: bool = typer.Option(False, "--once", help="Stop when the inbox is empty."),
    broker: Optional[str] = typer.Option(None, "--broker", help=BROKER_HELP),
    store: Optional[str] = typer.Option(None, "--store", help=STORE_HELP),
    verbose: int = typer.Option(0, "--verbose", "-v", count=True),
):
    """Process every file dropped into INBOX; SIGTERM stops after the file in hand."""
    _setup_logging(verbose)
    from intake.dist.config import broker_url
    from intake.papers.profile import load_requester
    from intake.watch import Watcher

    w = Watcher(inbox, archive, failed, out, db, load_requester(config, {}), settle, interval,
                broker=broker_url(broker), store=store)
    handled = w.run(once=once)
    typer.echo(f"intake watch: {handled} file(s) handled", err=True)


@app.command("list")
def list_cmd(
    type_: Optional[str] = typer.Option(None, "--type", help="denial_letter, eob or other."),
    denial: Optional[str] = typer.Option(None, "--denial", help="A denial type, e.g. medical_necessity."),
    since: Optional[str] = typer.Option(None, "--since", help="Notice dated on or after YYYY-MM-DD."),
    until: Optional[str] = typer.Option(None, "--until", help="Notice dated on or before YYYY-MM-DD."),
    status: Optional[str] = typer.Option(None, "--status", help="new, corrected or papers."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
):
    """List stored documents."""
    from intake.db import repo
    from intake.db.engine import open_db

    for d in repo.list_documents(open_db(db), type_, denial, since, until, status):
        typer.echo(f"{d['id']:>6}  case {str(d['case'] or '-'):>5}  {d['document_type']:<13} "
                   f"{(d['denial_type'] or '-'):<20} {d['denial_date'] or '-':<10}  {d['status']:<9} {d['file']}")


@app.command()
def show(doc_id: int = typer.Argument(...), db: Optional[str] = typer.Option(None, "--db", help=DB_HELP)):
    """Show one document's fields with their evidence and corrections."""
    import json

    from intake.db import repo
    from intake.db.engine import open_db

    doc = repo.get_document(open_db(db), doc_id)
    if doc is None:
        raise InputNotFound(f"no document with id {doc_id}")
    typer.echo(json.dumps(doc, indent=2, ensure_ascii=False))


@app.command()
def fix(doc_id: int = typer.Argument(...), field: str = typer.Argument(...), value: str = typer.Argument(...),
        out: Optional[str] = typer.Option(None, "--out", help="Where to write the papers again."),
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP)):
    """Record a correction beside the extracted value and write the papers again."""
    from intake.db.engine import open_db
    from intake.mailroom import correct

    try:
        written = correct(open_db(db), doc_id, field, value, out)
    except ValueError as exc:
        raise InputNotFound(str(exc)) from None
    typer.echo(f"document {doc_id}: {field} corrected" + (f"; {written} papers written again" if written else ""))


@app.command("export")
def export_cmd(fmt: str = typer.Option("json", "--format", help="csv or json."),
               db: Optional[str] = typer.Option(None, "--db", help=DB_HELP)):
    """Export every document for a case-management system."""
    from intake.db import repo
    from intake.db.engine import open_db

    if fmt not in ("csv", "json"):
        raise InputNotFound("--format must be csv or json")
    typer.echo(repo.export(open_db(db), fmt))


@app.command()
def purge(member: str = typer.Option(..., "--member", help="The member ID whose data is deleted."),
          db: Optional[str] = typer.Option(None, "--db", help=DB_HELP)):
    """Delete everything about one client: rows and written papers."""
    from intake.db import repo
    from intake.db.engine import open_db

    docs, files = repo.purge_member(open_db(db), member)
    typer.echo(f"purged {docs} document(s) and {files} paper file(s)")


db_app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None, help="The case database.")
app.add_typer(db_app, name="db")


@db_app.command("upgrade")
def db_upgrade(db: Optional[str] = typer.Option(None, "--db", help=DB_HELP)):
    """Create or migrate the schema."""
    from intake.db.engine import open_db, safe

    engine = open_db(db)
    typer.echo(f"schema up to date: {safe(str(engine.url))}")


@app.command()
def worker(
    broker: Optional[str] = typer.Option(None, "--broker", help=BROKER_HELP),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    concurrency: Optional[int] = typer.Option(None, "--concurrency", "-c", help="OCR processes (default: one per core)."),
    name: Optional[str] = typer.Option(None, "--name", help="Worker name in queue status (default intake-PID@host)."),
    verbose: int = typer.Option(0, "--verbose", "-v", count=True),
):
    """Take jobs from the shared queue until stopped (SIGTERM finishes the jobs in hand)."""
    _setup_logging(verbose, terminal=False)  # its stderr is its log, Celery's lines included
    from intake.dist import worker as dist_worker
    from intake.dist.config import broker_url

    url = broker_url(broker)
    if not url:
        raise InputNotFound("intake worker needs --broker or INTAKE_BROKER_URL")
    dist_worker.start(url, db, concurrency, name, verbose)


queue_app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                        help="The shared queue of intake workers.")
app.add_typer(queue_app, name="queue")


@queue_app.command("status")
def queue_status(db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
                 json_out: bool = typer.Option(False, "--json", help="Print as JSON."),
                 window: float = typer.Option(300.0, "--window", help="Seconds the speed is measured over.")):
    """Queued, running, done and failed; per worker; pages per second."""
    import json

    from intake.db.engine import open_db
    from intake.dist.status import queue_status as status, status_text

    st = status(open_db(db), window)
    typer.echo(json.dumps(st, indent=2) if json_out else status_text(st))


@queue_app.command("retry")
def queue_retry(failed: bool = typer.Option(False, "--failed", help="Send every failed file again."),
                broker: Optional[str] = typer.Option(None, "--broker", help=BROKER_HELP),
                db: Optional[str] = typer.Option(None, "--db", help=DB_HELP)):
    """Send failed files to the workers again (their originals are still in the store)."""
    from intake.db.engine import open_db
    from intake.dist.config import broker_url
    from intake.dist.producer import connect
    from intake.dist.status import retry_failed
    from intake.dist.tasks import send_jobs

    url = broker_url(broker)
    if not failed or not url:
        raise InputNotFound("use: intake queue retry --failed --broker URL (or INTAKE_BROKER_URL)")
    app_ = connect(url)
    ids, left = retry_failed(open_db(db))
    send_jobs(app_, ids)
    typer.echo(f"{len(ids)} job(s) sent again" + (f"; {left} failed file(s) no longer stored" if left else ""))


class InputNotFound(IntakeError):
    exit_code = ExitCode.usage


def _private_opener(path, flags):
    return os.open(path, flags, 0o600)


@rules_app.command("check")
def rules_check(rules_dir: Optional[str] = typer.Option(None, "--rules-dir", help="Folder of rule files.")):
    """Validate every rule file; name the file and key that is wrong."""
    from intake import api

    rules = api.check_rules(rules_dir)
    typer.echo(f"rules ok ({rules.digest}): {len(rules.fields.fields)} fields, "
               f"{sum(len(v) for v in rules.denial_types.denial_types.values())} denial phrases, "
               f"{sum(len(v) for v in rules.carc.codes.values())} reason codes")


@rules_app.command("build")
def rules_build(rules_dir: Optional[str] = typer.Option(None, "--rules-dir"),
                target: Optional[str] = typer.Option(None, "--models-dir")):
    """Build the spaCy pipelines in models/ from the rules."""
    from pathlib import Path

    from intake import api
    from intake.nlp import save_pipelines

    rules = api.check_rules(rules_dir)
    for path in save_pipelines(rules, Path(target) if target else None):
        typer.echo(f"wrote {path}")


def main() -> None:
    """The exception boundary: IntakeError -> its exit code; a bug -> one line and code 15."""
    code = _exit_code()
    from intake import quiet

    quiet.settle()  # with -vv: the C libraries' last messages logged before the fast exit
    _leave(code)


def _exit_code() -> int:
    try:
        code = app(standalone_mode=False)  # Click returns an Exit's code here instead of raising
        return code if isinstance(code, int) else 0
    except IntakeError as exc:
        _fail(exc)
        return int(exc.exit_code)
    except KeyboardInterrupt:
        typer.echo("intake: interrupted", err=True)
        return int(ExitCode.interrupted)
    except typer.Exit as exc:
        return exc.exit_code
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except Exception as exc:  # noqa: BLE001 - the one place a bug becomes a clean exit
        return _internal_error(exc)


def _is_a(exc: Exception, class_name: str) -> bool:
    """Typer 0.28 carries its own copy of Click, so Click's exceptions are known by name, whichever copy
    raised them (an isinstance check against the separate click package misses every usage error)."""
    return any(cls.__name__ == class_name for cls in type(exc).__mro__)


def _internal_error(exc: Exception) -> int:
    if _is_a(exc, "Abort"):
        return int(ExitCode.interrupted)
    if _is_a(exc, "ClickException"):
        exc.show()
        return int(ExitCode.usage)
    typer.echo(f"intake: internal error: {type(exc).__name__} (run with -vv and report it)", err=True)
    if logging.getLogger().isEnabledFor(logging.DEBUG):
        raise exc
    return int(ExitCode.internal)


def _leave(code: int) -> None:
    """Exit without the interpreter's teardown once everything is written (mypy's fast exit): freeing
    spaCy's tables one object at a time costs 0.2 s, a tenth of a page's OCR. Only when nothing else
    is running: a pool, a worker or a non-daemon thread gets the ordinary exit."""
    import threading

    mp = sys.modules.get("multiprocessing")
    busy = any(t.is_alive() and not t.daemon for t in threading.enumerate() if t is not threading.main_thread())
    if busy or (mp is not None and mp.active_children()):
        sys.exit(code)
    try:
        _close_databases()
    except Exception:  # noqa: BLE001 - a connection already gone: nothing left to say goodbye to
        pass
    try:
        logging.shutdown()
        sys.stdout.flush()
        sys.stderr.flush()
    except BrokenPipeError:  # the reader went away (| head): what it read was written
        pass
    except (OSError, ValueError):  # a full disk under a redirect: the output is not all there
        code = code or int(ExitCode.output)
    os._exit(code)


def _close_databases() -> None:
    """Pooled connections closed properly, so PostgreSQL sees a goodbye and not a dropped socket."""
    engine_module = sys.modules.get("intake.db.engine")
    for engine in getattr(engine_module, "_ENGINES", {}).values():
        engine.dispose()


if __name__ == "__main__":
    main()
