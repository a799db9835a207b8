"""The command line: import, export, search, open the window. A thin layer over the core."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from app import __version__
from app.nlp.model import EVENT_KINDS as KINDS
from app.os_errors import explain as explain_os_error


class UsageError(Exception):
    """Wrong arguments: exit code 2."""


SQLITE_MAX_INT = 2**63 - 1


def _row_id(text: str) -> int:
    """An id as SQLite stores it: a positive 64-bit integer (argparse turns errors into exit 2)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0 < value <= SQLITE_MAX_INT:
        raise argparse.ArgumentTypeError(f"no such id: {text} (ids are 1 to {SQLITE_MAX_INT})")
    return value


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse would sys.exit(2); main() returns the code instead
        raise UsageError(f"{self.prog}: {message}")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="protocol-archive",
        description="Lưu trữ Lễ tân — kho bài báo về các chuyến thăm chính thức (Protocol Archive).",
    )
    parser.add_argument("--version", action="version", version=f"protocol-archive {__version__}")
    parser.add_argument("--db", metavar="PATH", help="tệp kho lưu trữ SQLite (archive file; default: user data folder)")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    p_import = sub.add_parser("import", help="nhập tệp hoặc thư mục (import files or folders)")
    p_import.add_argument("paths", nargs="+", metavar="PATH")
    p_import.add_argument("--quiet", action="store_true", help="no progress lines")

    p_export = sub.add_parser("export", help="xuất dữ liệu (export the archive)")
    p_export.add_argument("--format", choices=["json", "csv"], default="json",
                          help="json: every article; csv: the visits table")
    p_export.add_argument("--output", "-o", metavar="FILE", help="write to FILE instead of stdout")

    p_search = sub.add_parser("search", help="tìm kiếm toàn văn (full-text search)")
    p_search.add_argument("query", nargs="+")
    p_search.add_argument("--json", action="store_true", help="print results as JSON")
    p_search.add_argument("--limit", type=int, default=20)

    p_gui = sub.add_parser("gui", help="mở cửa sổ chính (open the main window)")
    # `gui --db PATH` as well as `--db PATH gui`; SUPPRESS keeps the top-level value when absent.
    p_gui.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help="tệp kho lưu trữ (archive file)")
    p_gui.add_argument("--smoke", metavar="FILE", nargs="?", const="",
                       help="open offscreen, import FILE, print what was found and exit")
    _add_correction_parsers(sub)
    sub.add_parser("reanalyze", help="phân tích lại mọi bài báo (re-analyse every stored article)")
    p_dossier = sub.add_parser("dossier", help="hồ sơ một nước hoặc một người, tài liệu tham khảo (a country's or "
                                                "a person's dossier, a briefing)")
    who = p_dossier.add_mutually_exclusive_group(required=True)
    who.add_argument("--country", metavar="NAME", help="a country (or one of its places: Lima → Peru)")
    who.add_argument("--person", metavar="NAME", help="a person (diacritics optional)")
    p_dossier.add_argument("--pdf", metavar="FILE", help="write the briefing as PDF")
    p_dossier.add_argument("--html", metavar="FILE", help="write the briefing as HTML")
    p_dossier.add_argument("--json", action="store_true", help="print the dossier as JSON")
    p_explain = sub.add_parser("explain", help="vì sao: mỗi dữ kiện với quy tắc và câu của nó (why: each fact, "
                                                "its rule and its sentence)")
    p_explain.add_argument("id", type=_row_id, metavar="ARTICLE_ID")
    p_explain.add_argument("--json", action="store_true")
    return parser


def _add_correction_parsers(sub) -> None:
    p_correct = sub.add_parser("correct", help="sửa kết quả phân tích (correct the analysis)")
    what = p_correct.add_subparsers(dest="correct_command", parser_class=_Parser, required=True)
    p_article = what.add_parser("article", help="sửa một bài báo (correct an article)")
    p_article.add_argument("id", type=_row_id, metavar="ID")
    one = p_article.add_mutually_exclusive_group(required=True)
    one.add_argument("--date", metavar="YYYY-MM-DD[..YYYY-MM-DD]",
                     help="event date or date range; DD/MM[..DD/MM] when the year is unknown")
    one.add_argument("--leader", metavar="NAME")
    one.add_argument("--leader-title", metavar="TITLE")
    one.add_argument("--host", metavar="COUNTRY", help="host country (a country the gazetteer knows)")
    one.add_argument("--kind", choices=KINDS, help="what the article reports")
    one.add_argument("--not-a-visit", action="store_true", help="the article reports no visit (kind none)")
    one.add_argument("--add-counterpart", metavar="NAME", help="someone the visiting side met")
    one.add_argument("--remove-counterpart", metavar="NAME", help="a counterpart listed wrongly")
    one.add_argument("--remove-agreement", metavar="DOCUMENT", help="a document listed wrongly (as listed)")
    one.add_argument("--remove-honour", metavar="HONOUR", help="an honour or gift listed wrongly (as listed)")
    p_article.add_argument("--title", metavar="TITLE", help="with --add-counterpart: their title")
    p_entity = what.add_parser("entity", help="sửa một thực thể (correct an entity)")
    p_entity.add_argument("id", type=_row_id, metavar="ID")
    one = p_entity.add_mutually_exclusive_group(required=True)
    one.add_argument("--rename", metavar="NAME")
    one.add_argument("--merge-into", type=_row_id, metavar="OTHER_ID",
                     help="fold this entity into OTHER_ID (same type)")
    one.add_argument("--hide", action="store_true")
    one.add_argument("--unhide", action="store_true")
    p_list = what.add_parser("list", help="liệt kê các sửa đổi (list corrections)")
    p_list.add_argument("--json", action="store_true")
    p_clear = what.add_parser("clear", help="bỏ một sửa đổi (drop a correction)")
    p_clear.add_argument("correction_id", type=_row_id, metavar="CORRECTION_ID")


def run(argv: list[str]) -> int:
    try:
        args = build_parser().parse_args(argv)
    except UsageError as exc:
        print(exc, file=sys.stderr)
        return 2
    if args.command in (None, "gui"):
        from app.ui.launch import run_gui

        return run_gui(args.db, smoke=getattr(args, "smoke", None))
    from app.paths import default_db_path

    db_path = Path(args.db) if args.db else default_db_path()
    reading = args.command in _READING_COMMANDS or (
        args.command == "correct" and args.correct_command == "list")
    return _run_on_archive(db_path, args, reading)


# Commands that only read: they open the archive read-only and work on a read-only, full or
# (as far as the damage allows) damaged archive.
_READING_COMMANDS = {"export", "search", "explain", "dossier"}


def _run_on_archive(db_path: Path, args, reading: bool) -> int:
    import sqlite3

    from app.store.db import ArchiveError, damaged_message, is_damage, open_archive

    try:
        db = open_archive(db_path, read_only=reading)
    except (ArchiveError, RuntimeError) as exc:  # read-only, damaged, newer: say which and why
        print(f"protocol-archive: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # unreadable: say which file and why
        print(f"protocol-archive: không mở được kho {db_path}: {exc}", file=sys.stderr)
        return 1
    command = {"import": _cmd_import, "export": _cmd_export, "search": _cmd_search,
               "correct": _cmd_correct, "reanalyze": _cmd_reanalyze, "explain": _cmd_explain,
               "dossier": _cmd_dossier}[args.command]
    try:
        return command(db, args)
    except sqlite3.DatabaseError as exc:
        if is_damage(exc):
            print(f"protocol-archive: {damaged_message(db_path, str(exc))}", file=sys.stderr)
        else:
            print(f"protocol-archive: lỗi kho lưu trữ {db_path} (archive error): {exc}", file=sys.stderr)
        return 1
    finally:
        db.conn.close()


def _cmd_import(db, args) -> int:
    import signal

    from app.importer import import_paths

    interrupted: list[str] = []

    def on_signal(signum, _frame) -> None:
        if interrupted:  # a second signal: stop now, the current file's transaction rolls back
            raise KeyboardInterrupt
        interrupted.append(signal.Signals(signum).name)
        print(f"protocol-archive: nhận {interrupted[0]}, dừng sau tệp đang nhập "
              f"(got {interrupted[0]}: stopping after the current file)", file=sys.stderr)

    def progress(done: int, total: int, outcome) -> None:
        if outcome.status == "skipped":
            print(f"BỎ QUA (skipped) {outcome.label}: {outcome.reason}", file=sys.stderr)
        elif not args.quiet:
            label = {"imported": "đã nhập (imported)", "duplicate": "trùng (duplicate)"}[outcome.status]
            extra = f" — {outcome.reason}" if outcome.status == "duplicate" else ""
            extra += f" — {outcome.note}" if outcome.note else ""
            print(f"[{done}/{total}] {label}: {outcome.label}{extra}", file=sys.stderr)

    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        report = import_paths(db, args.paths, progress=progress, should_cancel=lambda: bool(interrupted))
    except KeyboardInterrupt:
        print(_resume_hint(db), file=sys.stderr)
        return 130
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    print(
        f"Đã nhập {report.count('imported')}, trùng {report.count('duplicate')}, "
        f"bỏ qua {report.count('skipped')} "
        f"(imported {report.count('imported')}, duplicates {report.count('duplicate')}, "
        f"skipped {report.count('skipped')})",
        file=sys.stderr,
    )
    if report.stopped or report.cancelled:
        why = report.stopped or f"dừng theo yêu cầu ({interrupted[0] if interrupted else 'cancelled'})"
        print(f"protocol-archive: {why}", file=sys.stderr)
        print(f"Chưa nhập {len(report.not_done)} tệp (not imported: {len(report.not_done)} files)"
              + "".join(f"\n  {p}" for p in report.not_done[:10])
              + ("\n  …" if len(report.not_done) > 10 else ""), file=sys.stderr)
        print(_resume_hint(db), file=sys.stderr)
        return 130 if report.cancelled and interrupted else 1
    return 1 if report.skipped else 0


def _resume_hint(db) -> str:
    try:
        stored = db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    except Exception:  # the message matters more than the count
        stored = "?"
    return (f"Kho an toàn: {stored} bài đã lưu, mỗi tệp lưu trọn vẹn hoặc không lưu. Chạy lại cùng lệnh "
            f"để nhập nốt (the archive is safe: {stored} articles stored, each file whole or not at "
            f"all; run the same command again to import the rest — stored files count as duplicates)")


def _cmd_export(db, args) -> int:
    from app.store.export import write_json, write_visits_csv

    writer = write_json if args.format == "json" else write_visits_csv
    if args.output:
        try:
            with open(args.output, "w", encoding="utf-8", newline="") as out:
                writer(db, out)
        except OSError as exc:
            print(f"protocol-archive: không ghi được {args.output}: {explain_os_error(exc)}", file=sys.stderr)
            return 1
    else:
        try:
            writer(db, sys.stdout)
            sys.stdout.flush()
        except OSError as exc:
            _abandon_stdout()
            print(f"protocol-archive: không ghi được ra đầu ra chuẩn (could not write to standard "
                  f"output): {exc.strerror or exc}", file=sys.stderr)
            return 1
    return 0


def _abandon_stdout() -> None:
    """After a failed write to stdout (full device, closed pipe) the interpreter's own flush at
    exit would fail again with a traceback; point stdout at nothing instead."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


def _cmd_search(db, args) -> int:
    from app.store.query import search

    results = search(db, " ".join(args.query), limit=args.limit)
    if args.json:
        return _print_json({"results": results})
    if not results:
        print("Không tìm thấy (no results).")
    for r in results:
        print(f"{r['id']:>5}  {r['title']}\n       {r['snippet']}")
    return 0


def _cmd_correct(db, args) -> int:
    from app.store import corrections as c

    try:
        if args.correct_command == "list":
            return _print_corrections(c.list_corrections(db), args.json)
        if args.correct_command == "clear":
            from app.reanalyze import clear_correction

            clear_correction(db, args.correction_id)
        elif args.correct_command == "article":
            if args.title is not None and args.add_counterpart is None:
                print("protocol-archive: --title goes with --add-counterpart", file=sys.stderr)
                return 2
            if args.date is not None:
                start, sep, end = args.date.partition("..")
                if "/" in start:  # "19/10[..30/10]": day and month, the year unknown
                    c.set_article_day_month(db, args.id, start, end if sep else None)
                else:
                    c.set_article_dates(db, args.id, start, end if sep else None)
            elif args.not_a_visit or args.kind is not None:
                from app.reanalyze import correct_kind

                correct_kind(db, args.id, "none" if args.not_a_visit else args.kind)
            elif args.remove_agreement is not None or args.remove_honour is not None:
                kind = "agreement" if args.remove_agreement is not None else "honour"
                c.remove_item(db, args.id, kind, args.remove_agreement or args.remove_honour)
            elif args.add_counterpart is not None or args.remove_counterpart is not None:
                removing = args.remove_counterpart is not None
                c.set_counterpart(db, args.id, args.remove_counterpart if removing else args.add_counterpart,
                                  args.title, remove=removing)
            else:
                field, value = next((f, v) for f, v in (
                    ("leader", args.leader), ("leader_title", args.leader_title),
                    ("host_country", args.host)) if v is not None)
                c.set_article_correction(db, args.id, field, value)
        elif args.rename is not None:
            c.rename_entity(db, args.id, args.rename)
        elif args.merge_into is not None:
            c.merge_entities(db, args.merge_into, args.id)
        elif args.hide:
            c.hide_entity(db, args.id)
        else:
            c.unhide_entity(db, args.id)
    except c.CorrectionError as exc:
        print(f"protocol-archive: {exc}", file=sys.stderr)
        return 2
    done = "Đã bỏ sửa đổi (correction cleared)." if args.correct_command == "clear" else "Đã lưu (saved)."
    print(done, file=sys.stderr)
    return 0


def _print_json(value: dict) -> int:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    print()
    return 0


def _print_corrections(rows: list[dict], as_json: bool) -> int:
    if as_json:
        return _print_json({"corrections": rows})
    if not rows:
        print("Chưa có sửa đổi nào (no corrections).")
    for r in rows:
        if r["target"] == "article":
            what = f"article {r['article_id'] or '-'} «{r['article_title'] or r['article_hash'][:12]}»"
        else:
            what = f"entity {r['entity_id'] or '-'} «{r['entity_name'] or r['entity_key']}»"
        value = r["value"]
        if r["field"] == "merge_into":
            value = f"{r['merge_into_id'] or '-'} «{r['merge_into_name'] or value}»"
        print(f"{r['id']:>5}  {what}  {r['field']} = {value}")
    return 0


def _cmd_reanalyze(db, args) -> int:
    from app.reanalyze import reanalyze

    def progress(done: int, total: int, article_id: int) -> None:
        title = db.execute("SELECT title FROM articles WHERE id = ?", [article_id]).fetchone()
        print(f"[{done}/{total}] #{article_id} {title[0] if title else ''}", file=sys.stderr)

    report = reanalyze(db, progress=progress)
    for article_id, reason in report.failed:
        print(f"LỖI (failed) {article_id}: {reason}", file=sys.stderr)
    print(f"Đã phân tích lại {len(report.done)} (re-analysed {len(report.done)}), "
          f"lỗi {len(report.failed)} (failed {len(report.failed)})", file=sys.stderr)
    return 1 if report.failed else 0


def _cmd_dossier(db, args) -> int:
    from app.store.briefing import dossier_html, dossier_text
    from app.store.dossier import DossierError, country_dossier, person_dossier

    try:
        dossier = country_dossier(db, args.country) if args.country is not None else person_dossier(db, args.person)
    except DossierError as exc:
        print(f"protocol-archive: {exc}", file=sys.stderr)
        return 2
    html_text = dossier_html(dossier) if args.pdf or args.html else ""
    try:
        if args.html:
            Path(args.html).write_text(html_text, encoding="utf-8")
            print(f"Đã ghi (written) {args.html}", file=sys.stderr)
        if args.pdf:
            from app.ui.briefing_pdf import write_pdf

            write_pdf(html_text, args.pdf, title=f"Tài liệu tham khảo: {dossier['subject']}")
            print(f"Đã ghi (written) {args.pdf}", file=sys.stderr)
    except OSError as exc:
        print(f"protocol-archive: không ghi được (cannot write): {exc}", file=sys.stderr)
        return 1
    if args.json:
        return _print_json(dossier)
    if not (args.pdf or args.html):
        print(dossier_text(dossier))
    return 0


def _cmd_explain(db, args) -> int:
    from app.store.explain import explain_article, format_explanation

    facts = explain_article(db, args.id)
    if facts is None:
        print(f"protocol-archive: không có bài báo (no article with id) {args.id}", file=sys.stderr)
        return 2
    if args.json:
        return _print_json(facts)
    print(format_explanation(facts))
    return 0
