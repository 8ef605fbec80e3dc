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


def _setup_logging(verbose: int) -> None:
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, stream=sys.stderr, format="intake: %(levelname)s %(name)s: %(message)s")


def _fail(exc: IntakeError) -> None:
    typer.echo(f"intake: error: {exc.one_line()}", err=True)


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


@app.command()
def batch(
    paths: List[str] = typer.Argument(..., help="Files and folders to process."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", help="Worker processes (default: one per core)."),
    out: Optional[str] = typer.Option(None, "--out", help="Write the request papers for each denial here."),
    json_out: Optional[str] = typer.Option(None, "--json-out", help="Write every result here as JSON lines."),
    config: Optional[str] = typer.Option(None, "--config", help="Requester profile (TOML or YAML)."),
    verbose: int = typer.Option(0, "--verbose", "-v", count=True),
):
    """Process many files in parallel, go on past bad ones, and end with a summary."""
    _setup_logging(verbose)
    from intake.api import expand_inputs
    from intake.batch import run_batch, summary_text
    from intake.papers.profile import load_requester

    requester = load_requester(config, {})
    files = list(expand_inputs(paths))
    sink = open(json_out, "w", encoding="utf-8", opener=_private_opener) if json_out else None
    try:
        def on_report(report):
            if sink and report.results:
                import json

                for r in report.results:
                    sink.write(json.dumps(r.to_json(), ensure_ascii=False) + "\n")
        summary = run_batch(files, jobs=jobs, out_dir=out, requester=requester, on_report=on_report)
    finally:
        if sink:
            sink.close()
    typer.echo(summary_text(summary), err=True)
    raise typer.Exit(int(ExitCode.some_failed) if summary.failed else 0)


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
    try:
        code = app(standalone_mode=False)  # Click returns an Exit's code here instead of raising
        sys.exit(code if isinstance(code, int) else 0)
    except IntakeError as exc:
        _fail(exc)
        sys.exit(int(exc.exit_code))
    except KeyboardInterrupt:
        typer.echo("intake: interrupted", err=True)
        sys.exit(int(ExitCode.interrupted))
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except SystemExit:
        raise
    except Exception as exc:  # noqa: BLE001 - the one place a bug becomes a clean exit
        import click

        if isinstance(exc, click.exceptions.Abort):
            sys.exit(int(ExitCode.interrupted))
        if isinstance(exc, click.ClickException):
            exc.show()
            sys.exit(int(ExitCode.usage))
        typer.echo(f"intake: internal error: {type(exc).__name__} (run with -vv and report it)", err=True)
        if logging.getLogger().isEnabledFor(logging.DEBUG):
            raise
        sys.exit(int(ExitCode.internal))


if __name__ == "__main__":
    main()
