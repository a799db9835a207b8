"""The command line: import, export, search, open the window. A thin layer over the core."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from app import __version__
from app.nlp.model import EVENT_KINDS as KINDS


class UsageError(Exception):
    """Wrong arguments: exit code 2."""


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
    p_explain.add_argument("id", type=int, metavar="ARTICLE_ID")
    p_explain.add_argument("--json", action="store_true")
    return parser


def _add_correction_parsers(sub) -> None:
    p_correct = sub.add_parser("correct", help="sửa kết quả phân tích (correct the analysis)")
    what = p_correct.add_subparsers(dest="correct_command", parser_class=_Parser, required=True)
    p_article = what.add_parser("article", help="sửa một bài báo (correct an article)")
    p_article.add_argument("id", type=int, metavar="ID")
    one = p_article.add_mutually_exclusive_group(required=True)
    one.add_argument("--date", metavar="YYYY-MM-DD[..YYYY-MM-DD]", help="event date or date range")
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
    p_entity.add_argument("id", type=int, metavar="ID")
    one = p_entity.add_mutually_exclusive_group(required=True)
    one.add_argument("--rename", metavar="NAME")
    one.add_argument("--merge-into", type=int, metavar="OTHER_ID",
                     help="fold this entity into OTHER_ID (same type)")
    one.add_argument("--hide", action="store_true")
    one.add_argument("--unhide", action="store_true")
    p_list = what.add_parser("list", help="liệt kê các sửa đổi (list corrections)")
    p_list.add_argument("--json", action="store_true")
    p_clear = what.add_parser("clear", help="bỏ một sửa đổi (drop a correction)")
    p_clear.add_argument("correction_id", type=int, metavar="CORRECTION_ID")


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
    from app.store.db import open_archive

    db_path = Path(args.db) if args.db else default_db_path()
    try:
        db = open_archive(db_path)
    except Exception as exc:  # unreadable or newer archive: say which file and why
        print(f"protocol-archive: không mở được kho {db_path}: {exc}", file=sys.stderr)
        return 1
    return {"import": _cmd_import, "export": _cmd_export, "search": _cmd_search,
            "correct": _cmd_correct, "reanalyze": _cmd_reanalyze, "explain": _cmd_explain,
            "dossier": _cmd_dossier}[args.command](db, args)


def _cmd_import(db, args) -> int:
    from app.importer import import_paths

    def progress(done: int, total: int, outcome) -> None:
        if outcome.status == "skipped":
            print(f"BỎ QUA (skipped) {outcome.path}: {outcome.reason}", file=sys.stderr)
        elif not args.quiet:
            label = {"imported": "đã nhập (imported)", "duplicate": "trùng (duplicate)"}[outcome.status]
            print(f"[{done}/{total}] {label}: {outcome.path}", file=sys.stderr)

    report = import_paths(db, args.paths, progress=progress)
    print(
        f"Đã nhập {report.count('imported')}, trùng {report.count('duplicate')}, "
        f"bỏ qua {report.count('skipped')} "
        f"(imported {report.count('imported')}, duplicates {report.count('duplicate')}, "
        f"skipped {report.count('skipped')})",
        file=sys.stderr,
    )
    return 1 if report.skipped else 0


def _cmd_export(db, args) -> int:
    from app.store.export import write_json, write_visits_csv

    writer = write_json if args.format == "json" else write_visits_csv
    if args.output:
        try:
            with open(args.output, "w", encoding="utf-8", newline="") as out:
                writer(db, out)
        except OSError as exc:
            print(f"protocol-archive: không ghi được {args.output}: {exc.strerror or exc}", file=sys.stderr)
            return 1
    else:
        writer(db, sys.stdout)
    return 0


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
