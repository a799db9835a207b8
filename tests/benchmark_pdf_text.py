"""Which PDF text library gives cleaner Vietnamese: pypdf or pdfplumber? Prints a comparison.

    python -m tests.benchmark_pdf_text

Writes the test articles (tests/document_samples.py) as PDFs with two producers — Qt's
QPdfWriter (two fonts, and text typed as decomposed "Unicode tổ hợp") and, when `soffice` is
installed, LibreOffice's PDF export of a justified .docx — then reads each with both libraries:
- marks: combining marks left after NFC (a diacritic that did not compose onto its letter);
- words: the article's words found in order (difflib), and extracted words that are not words of
  the article (a word split or glued);
- paragraphs: the article's paragraphs (headline included) found whole after the same rejoining
  of printed lines (app.ingest.pdf_text.paragraphs_of), from each library's line positions.
pdfplumber is not a dependency of the app: `pip install pdfplumber` to run its half.
"""

from __future__ import annotations

import difflib
import io
import shutil
import statistics
import subprocess
import tempfile
import time
import unicodedata
from pathlib import Path

from app.ingest.pdf_text import Line, paragraphs_of, pypdf_lines
from tests.document_samples import JAPAN, LAOS, text_of, write_docx, write_pdf


def _pypdf(raw: bytes) -> tuple[str, list[str]]:
    from pypdf import PdfReader

    plain = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(raw)).pages)
    lines, _fonts, _meta = pypdf_lines(raw)
    return plain, paragraphs_of(lines)


def _pdfplumber(raw: bytes) -> tuple[str, list[str]]:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(raw)) as pdf:
        plain = "\n".join(p.extract_text() or "" for p in pdf.pages)
        lines = []
        for number, page in enumerate(pdf.pages, start=1):
            for ln in page.extract_text_lines():
                size = statistics.median(c["size"] for c in ln["chars"]) if ln["chars"] else 0.0
                text = unicodedata.normalize("NFC", " ".join(ln["text"].split()))
                lines.append(Line(text, page.height - ln["bottom"], size, number))
    return plain, paragraphs_of(lines)


def _producers(tmp: Path) -> list[tuple[str, dict, bytes]]:
    out = []
    for article in (LAOS, JAPAN):
        name = article["title"][:12]
        for label, kwargs in (("Qt DejaVu Serif", {}), ("Qt DejaVu Sans", {"font": "DejaVu Sans"}),
                              ("Qt decomposed (NFD)", {"decomposed": True}),
                              ("Qt letter-spaced 1.2pt", {"letter_spacing": 1.2})):
            path = write_pdf(tmp / f"{label}-{name}.pdf", text_of(article), **kwargs)
            out.append((label, article, path.read_bytes()))
        soffice = shutil.which("soffice")
        for label, kwargs in (("LibreOffice justified .docx", {"justified": True}),
                              ("LibreOffice decomposed (NFD)", {"decomposed": True})):
            if not soffice:
                break
            docx_path = write_docx(tmp / f"lo-{label[12:16]}-{name}.docx", [article], **kwargs)
            subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", str(tmp), str(docx_path)],
                           check=True, capture_output=True, timeout=180)
            out.append((label, article, docx_path.with_suffix(".pdf").read_bytes()))
    return out


def _score(article: dict, plain: str, paragraphs: list[str]) -> dict[str, float]:
    expected = [unicodedata.normalize("NFC", t) for t in text_of(article)]
    want = " ".join(expected).split()
    nfc = unicodedata.normalize("NFC", plain)
    got = nfc.split()
    matcher = difflib.SequenceMatcher(a=want, b=got, autojunk=False)
    found = sum(b.size for b in matcher.get_matching_blocks())
    vocabulary = set(want)
    return {
        "marks": sum(1 for ch in nfc if unicodedata.combining(ch)),
        "words": found / len(want),
        "broken": sum(1 for w in got if w not in vocabulary and not w.isdigit()),
        "paragraphs": sum(1 for p in expected if p in paragraphs) / len(expected),
    }


def main() -> None:
    readers = {"pypdf": _pypdf}
    try:
        import pdfplumber  # noqa: F401

        readers["pdfplumber"] = _pdfplumber
    except ImportError:
        print("pdfplumber not installed: pypdf only")
    with tempfile.TemporaryDirectory() as tmp:
        samples = _producers(Path(tmp))
        print(f"{len(samples)} PDFs ({len({s[0] for s in samples})} producers × 2 articles)\n")
        print(f"{'producer':32} {'library':11} {'marks left':>10} {'words in order':>15} "
              f"{'broken words':>12} {'paragraphs whole':>16} {'ms/file':>8}")
        totals: dict[str, list[dict]] = {name: [] for name in readers}
        for producer in dict.fromkeys(s[0] for s in samples):
            for name, read in readers.items():
                scores, times = [], []
                for label, article, raw in samples:
                    if label != producer:
                        continue
                    start = time.perf_counter()
                    plain, paragraphs = read(raw)
                    times.append((time.perf_counter() - start) * 1000)
                    scores.append(_score(article, plain, paragraphs))
                totals[name] += scores
                print(f"{producer:32} {name:11} {sum(s['marks'] for s in scores):>10} "
                      f"{statistics.mean(s['words'] for s in scores):>15.3f} {sum(s['broken'] for s in scores):>12} "
                      f"{statistics.mean(s['paragraphs'] for s in scores):>16.3f} {statistics.median(times):>8.1f}")
        print()
        for name, scores in totals.items():
            print(f"{'all':32} {name:11} {sum(s['marks'] for s in scores):>10} "
                  f"{statistics.mean(s['words'] for s in scores):>15.3f} {sum(s['broken'] for s in scores):>12} "
                  f"{statistics.mean(s['paragraphs'] for s in scores):>16.3f}")


if __name__ == "__main__":
    main()
