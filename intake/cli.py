"""Command line: parse arguments, call intake.api, print; the one place errors become exit codes."""

from __future__ import annotations

import logging
import os
import sys
from typing import List, Optional

os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # before any Tesseract process starts (PERF.md)

import typer  # noqa: E402
import typer.core  # noqa: E402

from intake.errors import ExitCode, IntakeError, UsageError  # noqa: E402

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  rich_markup_mode=None, help="Read denial letters and EOBs; write the requests an appeal needs.")
rules_app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                        help="Check and build the rule files.")
app.add_typer(rules_app, name="rules")
log = logging.getLogger("intake")


class Command(typer.core.TyperCommand):
    """A command whose own usage checks (options that cannot go together, an unknown document ID, a
    --store URL of the wrong kind) read like Click's: its usage line, the reason, exit 2."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except UsageError as exc:
            ctx.fail(exc.one_line())


def _setup_logging(verbose: int, terminal: bool = True) -> None:
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, stream=sys.stderr, format="intake: %(levelname)s %(name)s: %(message)s")
    from intake import quiet

    quiet.install(verbose, terminal)  # library warnings and C libraries' stderr: DEBUG only (shown with -vv)
    from intake import recache

    recache.install()  # every command that sets up logging reads documents or rules: their patterns, compiled once


def _fail(exc: IntakeError) -> None:
    """The one-line error, the file named first."""
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


@app.command(cls=Command)
def process(
    files: List[str] = typer.Argument(..., metavar="FILES...", help="PDF, PNG, JPEG or TIFF files, or folders of them."),
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
    from intake.report import summary, to_json

    options = dict(name=name, address=address, phone=phone, email=email, advocate=advocate, providers=provider,
                   lang=lang, templates=templates, organization=organization, date=date)
    requester: dict = {}
    if out or config or any(v not in (None, [], False, "") for v in options.values()):
        from intake.papers.profile import load_requester  # pydantic: not before the first page unless needed

        requester = load_requester(config, options)
    all_results, failures = [], []
    for report in api.process_files(files, out_dir=out, requester=requester):
        if report.error:
            typer.echo(f"intake: error: {report.error}", err=True)
            failures.append(report)
            continue
        all_results.extend(report.results)
        if not json_out:
            for r in report.results:
                typer.echo(summary(r) + "\n")
    if json_out and all_results:
        typer.echo(to_json(all_results))
    if failures:
        only = len(failures) == 1 and not all_results
        raise typer.Exit(int(failures[0].exit_code if only else ExitCode.some_failed))


DB_HELP = "Database URL (default: INTAKE_DATABASE_URL, else SQLite in the data folder)."
BROKER_HELP = "Celery broker URL, e.g. redis://127.0.0.1:6379/0 (default: INTAKE_BROKER_URL; none: run here)."
STORE_HELP = "Where workers read originals: db (default) or file:///shared/folder (INTAKE_STORE_URL)."


@app.command(cls=Command)
def batch(
    paths: List[str] = typer.Argument(..., metavar="PATHS...", help="Files and folders to process."),
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
    from intake import api
    from intake.papers.profile import load_requester
    from intake.reports import summary_text

    if no_wait and (out or json_out):
        raise UsageError("--out and --json-out need the batch to wait for its results (drop --no-wait)")
    requester = load_requester(config, {})
    sink = open(json_out, "w", encoding="utf-8", opener=_private_opener) if json_out else None
    try:
        def on_report(report):
            if sink and report.results:
                import json

                for r in report.results:
                    sink.write(json.dumps(r.to_json(), ensure_ascii=False) + "\n")
        summary = api.batch(paths, db_url=db, jobs=jobs, out_dir=out, requester=requester, force=force,
                            broker=broker, store=store, wait=not no_wait, on_report=on_report)
        if sink:  # skipped copies named too, one line each after the results
            import json

            sink.writelines(json.dumps(d.to_json(), ensure_ascii=False) + "\n" for d in summary.duplicates)
    finally:
        if sink:
            sink.close()
    typer.echo(summary_text(summary), err=True)
    raise typer.Exit(int(ExitCode.some_failed) if summary.failed else 0)


@app.command(cls=Command)
def watch(
    inbox: str = typer.Argument(..., metavar="INBOX", help="Folder to watch; files already there are processed too."),
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
    from intake import api
    from intake.papers.profile import load_requester

    handled = api.watch(inbox, archive, failed, out, db, load_requester(config, {}), settle, interval, once,
                        broker, store)
    typer.echo(f"intake watch: {handled} file(s) handled", err=True)


@app.command("list", cls=Command)
def list_cmd(
    type_: Optional[str] = typer.Option(None, "--type", help="denial_letter, eob or other."),
    denial: Optional[str] = typer.Option(None, "--denial", help="A denial type, e.g. medical_necessity."),
    since: Optional[str] = typer.Option(None, "--since", help="Notice dated on or after YYYY-MM-DD."),
    until: Optional[str] = typer.Option(None, "--until", help="Notice dated on or before YYYY-MM-DD."),
    status: Optional[str] = typer.Option(None, "--status", help="new, corrected or papers."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
):
    """List stored documents."""
    from intake import api

    for d in api.documents(db, type_=type_, denial=denial, since=since, until=until, status=status):
        typer.echo(f"{d['id']:>6}  case {str(d['case'] or '-'):>5}  {d['document_type']:<13} "
                   f"{(d['denial_type'] or '-'):<20} {d['denial_date'] or '-':<10}  {d['status']:<9} {d['file']}")


@app.command(cls=Command)
def show(doc_id: int = typer.Argument(..., metavar="DOC_ID"), db: Optional[str] = typer.Option(None, "--db", help=DB_HELP)):
    """Show one document's fields with their evidence, corrections, papers and requests."""
    import json

    from intake import api

    typer.echo(json.dumps(api.document(doc_id, db), indent=2, ensure_ascii=False))


@app.command(cls=Command)
def fix(doc_id: int = typer.Argument(..., metavar="DOC_ID"), field: str = typer.Argument(..., metavar="FIELD"),
        value: str = typer.Argument(..., metavar="VALUE"),
        out: Optional[str] = typer.Option(None, "--out", help="Where to write the papers again."),
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP)):
    """Record a correction beside the extracted value and write the papers again."""
    from intake import api

    written = api.correct(doc_id, field, value, out, db)
    typer.echo(f"document {doc_id}: {field} corrected" + (f"; {written} papers written again" if written else ""))


@app.command("export", cls=Command)
def export_cmd(fmt: str = typer.Option("json", "--format", help="csv or json."),
               db: Optional[str] = typer.Option(None, "--db", help=DB_HELP)):
    """Export every document for a case-management system."""
    from intake import api

    typer.echo(api.export(fmt, db))


@app.command(cls=Command)
def purge(member: str = typer.Option(..., "--member", help="The member ID whose data is deleted."),
          db: Optional[str] = typer.Option(None, "--db", help=DB_HELP)):
    """Delete everything about one client: rows and written papers."""
    from intake import api

    docs, files = api.purge(member, db)
    typer.echo(f"purged {docs} document(s) and {files} paper file(s)")


db_app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None, help="The case database.")
app.add_typer(db_app, name="db")


@db_app.command("upgrade", cls=Command)
def db_upgrade(db: Optional[str] = typer.Option(None, "--db", help=DB_HELP)):
    """Create or migrate the schema."""
    from intake import api

    typer.echo(f"schema up to date: {api.upgrade_db(db)}")


@app.command(cls=Command)
def worker(
    broker: Optional[str] = typer.Option(None, "--broker", help=BROKER_HELP),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    concurrency: Optional[int] = typer.Option(None, "--concurrency", "-c", help="OCR processes (default: one per core)."),
    name: Optional[str] = typer.Option(None, "--name", help="Worker name in queue status (default intake-PID@host)."),
    verbose: int = typer.Option(0, "--verbose", "-v", count=True),
):
    """Take jobs from the shared queue until stopped (SIGTERM finishes the jobs in hand)."""
    _setup_logging(verbose, terminal=False)  # its stderr is its log, Celery's lines included
    from intake import api

    api.worker(broker, db, concurrency, name, verbose)


queue_app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                        help="The shared queue of intake workers.")
app.add_typer(queue_app, name="queue")


@queue_app.command("status", cls=Command)
def queue_status(db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
                 json_out: bool = typer.Option(False, "--json", help="Print as JSON."),
                 window: float = typer.Option(300.0, "--window", help="Seconds the speed is measured over.")):
    """Queued, running, done and failed; per worker; pages per second."""
    import json

    from intake import api
    from intake.dist.status import status_text

    st = api.queue_status(db, window)
    typer.echo(json.dumps(st, indent=2) if json_out else status_text(st))


@queue_app.command("retry", cls=Command)
def queue_retry(failed: bool = typer.Option(False, "--failed", help="Send every failed file again."),
                broker: Optional[str] = typer.Option(None, "--broker", help=BROKER_HELP),
                db: Optional[str] = typer.Option(None, "--db", help=DB_HELP)):
    """Send failed files to the workers again (their originals are still in the store)."""
    from intake import api

    if not failed:
        raise UsageError("use: intake queue retry --failed --broker URL (or INTAKE_BROKER_URL)")
    sent, left = api.queue_retry(broker, db)
    typer.echo(f"{sent} job(s) sent again" + (f"; {left} failed file(s) no longer stored" if left else ""))


@app.command(cls=Command)
def serve(
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (0.0.0.0: every interface)."),
    port: int = typer.Option(8765, "--port", help="Port to listen on."),
    papers: Optional[str] = typer.Option(None, "--papers", help="Where written papers are kept (default: data folder)."),
    allowed_host: List[str] = typer.Option([], "--allowed-host", help="Another Host name to accept (the proxy's)."),
    insecure_cookie: bool = typer.Option(False, "--insecure-cookie",
                                         help="Cookie without the Secure flag (plain HTTP off this machine; avoid)."),
    verbose: int = typer.Option(0, "--verbose", "-v", count=True),
):
    """The review page in the browser: work queue, facts beside the scan, fixes, papers."""
    from intake.web.server import serve as run_server

    run_server(db, host, port, papers, allowed_host, insecure_cookie, verbose)


user_app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                       help="Staff who may sign in to intake serve.")
app.add_typer(user_app, name="user")


def _password(confirm: bool = True) -> str:
    """From a prompt (typed twice) or, when stdin is not a terminal, its first line."""
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    import getpass

    first = getpass.getpass("Password: ")
    if confirm and getpass.getpass("Again: ") != first:
        raise UsageError("the two passwords differ")
    return first


def _user_call(fn, *args) -> None:
    from intake.db.users import UserError

    try:
        fn(*args)
    except UserError as exc:
        raise UsageError(str(exc)) from None


@user_app.command("add", cls=Command)
def user_add(name: str = typer.Argument(...),
             role: str = typer.Option(..., "--role", help="admin, reviewer or viewer."),
             db: Optional[str] = typer.Option(None, "--db", help=DB_HELP)):
    """Add a user; the password is read from a prompt or stdin (never the command line)."""
    from intake.db.engine import open_db
    from intake.db.users import add_user, check_new_user

    _user_call(check_new_user, name, role, "x" * 64)
    _user_call(add_user, open_db(db), name, role, _password())
    typer.echo(f"user {name} added ({role})")


@user_app.command("list", cls=Command)
def user_list(db: Optional[str] = typer.Option(None, "--db", help=DB_HELP)):
    """List users and their roles."""
    from intake.db.engine import open_db
    from intake.db.users import list_users

    for u in list_users(open_db(db)):
        typer.echo(f"{u['username']:<24} {u['role']:<9} {'disabled' if u['disabled'] else 'active'}")


@user_app.command("disable", cls=Command)
def user_disable(name: str = typer.Argument(...), db: Optional[str] = typer.Option(None, "--db", help=DB_HELP)):
    """Disable a user; their open sessions end at once."""
    from intake.db.engine import open_db
    from intake.db.users import disable_user

    _user_call(disable_user, open_db(db), name)
    typer.echo(f"user {name} disabled")


@user_app.command("passwd", cls=Command)
def user_passwd(name: str = typer.Argument(...), db: Optional[str] = typer.Option(None, "--db", help=DB_HELP)):
    """Set a new password (prompt or stdin); the user's open sessions end."""
    from intake.db.engine import open_db
    from intake.db.users import set_password

    _user_call(set_password, open_db(db), name, _password())
    typer.echo(f"password of {name} changed")


def _request_line(r: dict) -> str:
    when = {"written": f"written {r['written_on']}", "sent": f"sent {r['sent_on']} by {r['via']}, due {r['due']}",
            "overdue": f"sent {r['sent_on']} by {r['via']}, OVERDUE since {r['due']}",
            "received": f"received {r['received_on']}" + ("" if r["complete"] else " (partial)")}[r["status"]]
    return f"{r['id']:>5}  case {str(r['case'] or '-'):>5}  {r['kind']:<10} {r['status']:<9} {when}  {r['recipient']}"


@app.command("requests", cls=Command)
def requests_cmd(overdue: bool = typer.Option(False, "--overdue", help="Only requests past their due date."),
                 case: Optional[int] = typer.Option(None, "--case", help="Only this case."),
                 date: Optional[str] = typer.Option(None, "--date", help="Judge overdue as of YYYY-MM-DD."),
                 json_out: bool = typer.Option(False, "--json", help="Print as JSON."),
                 db: Optional[str] = typer.Option(None, "--db", help=DB_HELP)):
    """List the requests written for each case with their status (written, sent, overdue, received)."""
    from intake import api

    rows = api.list_requests(db, date, overdue, case)
    if json_out:
        import json

        typer.echo(json.dumps(rows, indent=2))
        return
    for r in rows:
        typer.echo(_request_line(r))


request_app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                          help="Record what happened to one request.")
app.add_typer(request_app, name="request")
REQUEST_ID = typer.Argument(..., metavar="REQUEST_ID", help="The request's id (intake requests lists them).")


@request_app.command("sent", cls=Command)
def request_sent(request_id: int = REQUEST_ID,
                 via: str = typer.Option("mail", "--via", help="mail, fax, portal or email."),
                 date: Optional[str] = typer.Option(None, "--date", help="Day it was sent, YYYY-MM-DD (default today)."),
                 db: Optional[str] = typer.Option(None, "--db", help=DB_HELP)):
    """Mark a request sent; its due date and the calendar follow."""
    from intake import api

    typer.echo(_request_line(api.request_sent(request_id, via, date, db)))


@request_app.command("received", cls=Command)
def request_received(request_id: int = REQUEST_ID,
                     partial: bool = typer.Option(False, "--partial", help="Only part of what was asked came."),
                     date: Optional[str] = typer.Option(None, "--date", help="Day it arrived (default today)."),
                     db: Optional[str] = typer.Option(None, "--db", help=DB_HELP)):
    """Mark a request answered, in full or in part."""
    from intake import api

    typer.echo(_request_line(api.request_received(request_id, partial, date, db)))


@request_app.command("extended", cls=Command)
def request_extended(request_id: int = REQUEST_ID,
                     until: Optional[str] = typer.Option(None, "--until", help="The new date they gave in writing."),
                     db: Optional[str] = typer.Option(None, "--db", help=DB_HELP)):
    """Record the one written extension a records request may get (at most 30 more days)."""
    from intake import api

    typer.echo(_request_line(api.request_extended(request_id, until, None, db)))


@app.command(cls=Command)
def followup(request_id: int = REQUEST_ID,
             date: Optional[str] = typer.Option(None, "--date", help="Date on the letter (default today)."),
             out: Optional[str] = typer.Option(None, "--out", help="Folder (default: beside the first request)."),
             config: Optional[str] = typer.Option(None, "--config", help="Requester profile (TOML or YAML)."),
             lang: Optional[str] = typer.Option(None, "--lang", help="en or es (default: the letter's)."),
             db: Optional[str] = typer.Option(None, "--db", help=DB_HELP)):
    """Write the follow-up letter for a request that went unanswered (PDF and DOCX)."""
    from intake import api
    from intake.papers.profile import load_requester

    got = api.followup(request_id, date, load_requester(config, {"lang": lang}), out, db)
    if got["request"]["status"] != "overdue":
        typer.echo(f"note: request {request_id} is {got['request']['status']}, not overdue", err=True)
    typer.echo(f"wrote {got['pdf']}\nwrote {got['docx']}")


records_app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                          help="Records that came back for a case.")
app.add_typer(records_app, name="records")
CASE_ID = typer.Argument(..., metavar="CASE_ID", help="The case (intake list shows each document's case).")


def _record_line(r: dict) -> str:
    mark = "relevant" if r["relevant"] else "not relevant"
    return (f"{r['id']:>5}  {r['kind']:<24} {', '.join(r['service_dates']) or '-':<23} {r['pages']:>3} p  "
            f"{mark:<12} {r['name']}")


def _added_line(a) -> str:
    return (f"record {a.record_id}: {a.kind}, {', '.join(a.dates) or 'no date found'}, {a.pages} page(s)"
            f"{', read by OCR' if a.ocr_pages else ''}{', already in this case' if a.duplicate else ''}"
            f" - {'relevant' if a.relevant else 'not relevant'}  ({a.path})")


@records_app.command("add", cls=Command)
def records_add(case: int = CASE_ID,
                files: List[str] = typer.Argument(..., metavar="FILES...", help="PDFs, scans or faxes as they arrived."),
                db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
                verbose: int = typer.Option(0, "--verbose", "-v", count=True)):
    """Read records into a case: kind, dates of service, author, pages, and whether they bear on the denial."""
    _setup_logging(verbose)
    from intake import api

    failures = []

    def show_one(a):
        if a.error:
            _fail(a.error)
            failures.append(a.error)
        else:
            typer.echo(_added_line(a))

    added = api.add_records(case, files, db, on_added=show_one)
    for request_id in api.answered_requests(case, added, db):
        typer.echo(f"the claim file came in: mark it with  intake request received {request_id}", err=True)
    if failures:
        only = len(failures) == len(added) == 1
        raise typer.Exit(int(failures[0].exit_code if only else ExitCode.some_failed))


@records_app.command("list", cls=Command)
def records_list(case: int = CASE_ID, db: Optional[str] = typer.Option(None, "--db", help=DB_HELP)):
    """The case's records, with why each is marked relevant or not."""
    from intake import api

    for r in api.list_records(case, db):
        typer.echo(_record_line(r) + "\n       " + "; ".join(r["reasons"]))


@records_app.command("mark", cls=Command)
def records_mark(record_id: int = typer.Argument(..., metavar="RECORD_ID", help="The record's id (records list)."),
                 relevant: Optional[bool] = typer.Option(None, "--relevant/--not-relevant"),
                 kind: Optional[str] = typer.Option(None, "--kind", help="Set the record's kind by hand."),
                 position: Optional[int] = typer.Option(None, "--position", help="Place in the packet (1 = first)."),
                 db: Optional[str] = typer.Option(None, "--db", help=DB_HELP)):
    """The advocate decides: include or leave out, correct the kind, set the order."""
    from intake import api

    typer.echo(_record_line(api.mark_record(record_id, relevant, kind, position, db)))


@app.command(cls=Command)
def packet(case: int = CASE_ID,
           out: str = typer.Option(..., "--out", help="Folder for the packet and the filled checklist."),
           all_: bool = typer.Option(False, "--all", help="Include records marked not relevant."),
           denial: Optional[str] = typer.Option(None, "--denial", help="The denial letter's file, if not kept."),
           lang: Optional[str] = typer.Option(None, "--lang", help="en or es (default: the letter's)."),
           date: Optional[str] = typer.Option(None, "--date", help="Today, YYYY-MM-DD (for the checklist)."),
           db: Optional[str] = typer.Option(None, "--db", help=DB_HELP)):
    """Write the appeal packet: cover, timeline, contents, stamped exhibits with bookmarks (one PDF)."""
    from intake import api

    got = api.build_packet(case, out, all_, denial, lang, date, db)
    typer.echo(f"wrote {got.pdf} ({len(got.plan.exhibits)} exhibits, {got.pages} pages"
               + (f", {len(got.plan.left_out)} record(s) left out" if got.plan.left_out else "") + ")")
    typer.echo(f"wrote {got.checklist}")


def _private_opener(path, flags):
    return os.open(path, flags, 0o600)


@rules_app.command("check", cls=Command)
def rules_check(rules_dir: Optional[str] = typer.Option(None, "--rules-dir", help="Folder of rule files."),
                templates: Optional[str] = typer.Option(None, "--templates", help="Folder of paper templates."),
                config: Optional[str] = typer.Option(None, "--config", help="A requester profile to check too.")):
    """Validate every rule file, the templates' data and a requester profile; name the file and key that is wrong."""
    from intake import api

    rules, folders = api.check_all(rules_dir, templates, config)
    typer.echo(f"rules ok ({rules.digest}): {len(rules.lexicon.fields)} fields, "
               f"{sum(len(v) for v in rules.denial_types.denial_types.values())} denial phrases, "
               f"{sum(len(v) for v in rules.carc.codes.values())} reason codes, record kinds, "
               "notice requirements")
    typer.echo("templates ok: " + ", ".join(str(f) for f in folders) + ("; requester profile ok" if config else ""))


@rules_app.command("build", cls=Command)
def rules_build(rules_dir: Optional[str] = typer.Option(None, "--rules-dir"),
                target: Optional[str] = typer.Option(None, "--models-dir")):
    """Build the spaCy pipelines in models/ from the rules."""
    from intake import api

    for path in api.build_rules(rules_dir, target):
        typer.echo(f"wrote {path}")


def main() -> None:
    """The exception boundary: IntakeError -> its exit code; a bug -> one line and code 15."""
    code = _exit_code()
    from intake import quiet, recache

    quiet.settle()  # with -vv: the C libraries' last messages logged before the fast exit
    recache.save()
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
    except typer.TyperException as exc:  # Click's own usage errors: its usage text, the reason, a "did you mean"
        exc.show()
        return int(getattr(exc, "exit_code", ExitCode.usage))
    except typer.Abort:  # Ctrl-C at a prompt
        return int(ExitCode.interrupted)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except Exception as exc:  # noqa: BLE001 - the one place a bug becomes a clean exit
        return _internal_error(exc)


def _internal_error(exc: Exception) -> int:
    typer.echo(f"intake: internal error: {type(exc).__name__} (run with -vv and report it)", err=True)
    if logging.getLogger().isEnabledFor(logging.DEBUG):
        raise exc
    return int(ExitCode.internal)


def _children_running() -> bool:
    """Whether multiprocessing started a child that is still alive. A daemon thread (the warm-up) may be
    importing multiprocessing at this very moment: a module still half-imported has started no child."""
    active = getattr(sys.modules.get("multiprocessing"), "active_children", None)
    try:
        return bool(active and active())
    except Exception:  # noqa: BLE001 - its submodules half-imported too: no child came from them either
        return False


def _leave(code: int) -> None:
    """Exit without the interpreter's teardown once everything is written (mypy's fast exit): freeing
    spaCy's tables one object at a time costs 0.2 s, a tenth of a page's OCR. Only when nothing else
    is running: a pool, a worker or a non-daemon thread gets the ordinary exit."""
    import threading

    busy = any(t.is_alive() and not t.daemon for t in threading.enumerate() if t is not threading.main_thread())
    if busy or _children_running():
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
    """Only when a command opened one: importing the database layer to find none costs time."""
    engine_module = sys.modules.get("intake.db.engine")
    if engine_module is not None:
        engine_module.close_all()


if __name__ == "__main__":
    main()
