"""Typed, picklable data passed between pipeline stages (source, page, words, document, fields, result)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Optional

if TYPE_CHECKING:
    from intake.notice.model import NoticeCheck

BBox = tuple[float, float, float, float]

FIELD_NAMES = (
    "insurer", "plan_id", "group_number", "member_id", "member_name", "case_numbers",
    "claim_amount", "service_dates", "denial_date", "provider", "appeal_deadline",
)
LIST_FIELDS = ("case_numbers", "service_dates")


@dataclass(frozen=True)
class SourceFile:
    """An input file as given, identified by the hash of its bytes."""

    path: str
    sha256: str
    kind: str  # "pdf" or "image"
    page_count: int
    size: int


@dataclass(frozen=True)
class Word:
    text: str
    conf: float  # 0..1
    bbox: BBox
    group: int = -1  # the OCR engine's own line, when it gave one


@dataclass
class Line:
    """A visual line of a page; `cells` are runs of words separated by wide gaps (table columns)."""

    words: list[Word]
    page: int
    index: int = 0

    @cached_property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @cached_property
    def bbox(self) -> BBox:  # cached: layout and field rules ask for it thousands of times; words never change
        return (min(w.bbox[0] for w in self.words), min(w.bbox[1] for w in self.words),
                max(w.bbox[2] for w in self.words), max(w.bbox[3] for w in self.words))

    @property
    def conf(self) -> float:
        return sum(w.conf for w in self.words) / len(self.words)

    @cached_property
    def height(self) -> float:  # cached like bbox: the type size is asked of every line many times
        heights = sorted(w.bbox[3] - w.bbox[1] for w in self.words)
        return heights[len(heights) // 2]


@dataclass
class PageText:
    """What one page says, with where each word stands: from the text layer or from OCR."""

    number: int  # 1-based page number in the source file
    width: float
    height: float
    lines: list[Line]
    method: str  # "text_layer", "ocr" or "blank"
    rotation: int = 0  # degrees the page was turned before OCR
    skew: float = 0.0
    mean_conf: float = 1.0

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


@dataclass
class Document:
    """One letter or EOB found in a source file: its pages in order."""

    source: SourceFile
    pages: list[PageText]

    @property
    def page_numbers(self) -> list[int]:
        return [p.number for p in self.pages]

    @property
    def lines(self) -> list[Line]:
        return [line for page in self.pages for line in page.lines]


@dataclass(frozen=True)
class Evidence:
    page: int
    text: str
    confidence: float
    bbox: Optional[BBox] = None
    rule: str = ""

    def to_json(self) -> dict:
        out = {"page": self.page, "text": self.text, "confidence": round(max(0.0, min(1.0, self.confidence)), 3)}
        if self.bbox is not None:
            out["bbox"] = [round(v, 1) for v in self.bbox]
        return out


@dataclass
class FieldValue:
    """A found value and the line it came from."""

    name: str
    value: object
    evidence: Evidence


@dataclass
class Classification:
    document_type: str
    denial_type: Optional[str]
    denial_evidence: list[str] = field(default_factory=list)
    plan_type: str = "unknown"
    language: str = "en"
    reasons: list[str] = field(default_factory=list)
    denial_scores: dict[str, float] = field(default_factory=dict)  # the rules' own, before the model (training)


@dataclass
class Result:
    """The contract's result for one document (shared/contract/intake-result.schema.json)."""

    file: str
    sha256: str
    pages: list[int]
    classification: Classification
    fields: dict[str, FieldValue]
    outputs: dict[str, str] = field(default_factory=dict)
    low_confidence: list[str] = field(default_factory=list)
    deadlines: list[tuple[str, str]] = field(default_factory=list)  # (ISO date, what to do), when papers exist
    notice_check: Optional["NoticeCheck"] = None  # intake/notice: what the denial notice shows and lacks
    # how each page was read (number, width, height, method, rotation, skew): the review page draws the
    # evidence boxes on the very image Tesseract read; not part of the contract's JSON
    page_geometry: list[tuple] = field(default_factory=list)

    def value(self, name: str):
        fv = self.fields.get(name)
        if fv is None:
            return [] if name in LIST_FIELDS else None
        return fv.value

    @property
    def missing(self) -> list[str]:
        return [n for n in FIELD_NAMES if self.value(n) in (None, [], "")]

    def to_json(self) -> dict:
        out = {
            "file": self.file,
            "sha256": self.sha256,
            "pages": list(self.pages),
            "document_type": self.classification.document_type,
            "denial_type": self.classification.denial_type,
            "fields": {n: self.value(n) for n in FIELD_NAMES},
            "evidence": {n: fv.evidence.to_json() for n, fv in self.fields.items() if n not in self.missing},
            "missing": self.missing,
            "denial_evidence": list(self.classification.denial_evidence),
            "plan_type": self.classification.plan_type,
            "language": self.classification.language,
        }
        out["notice_check"] = self.notice_check.to_json() if self.notice_check else None
        if self.outputs:
            out["outputs"] = dict(self.outputs)
        return out


def page_to_dict(page: PageText, exact: bool = False) -> dict:
    """The one page serialisation. Default: what OCR gave (words with boxes and confidences, rounded), as
    the golden files store it, so a replay rebuilds the lines and tests the layout stage too. exact: the
    page as it is, lines included, for a page read by one queue worker and finished by another."""
    out = {"number": page.number, "width": page.width, "height": page.height, "method": page.method,
           "rotation": page.rotation, "skew": page.skew, "mean_conf": page.mean_conf}
    if exact:
        out["lines"] = [[ln.index, [[w.text, w.conf, list(w.bbox), w.group] for w in ln.words]] for ln in page.lines]
    else:
        out["words"] = [[w.text, round(w.conf, 3), [round(v, 1) for v in w.bbox], w.group]
                        for ln in page.lines for w in ln.words]
    return out


def page_from_dict(data: dict) -> PageText:
    """Either form of page_to_dict: exact lines as they were, or words whose lines are built again."""
    number = data["number"]
    if "lines" in data:
        lines = [Line([Word(w[0], w[1], tuple(w[2]), w[3]) for w in words], number, index)
                 for index, words in data["lines"]]
    else:
        from intake.layout import build_lines

        words = [Word(w[0], w[1], tuple(w[2]), w[3] if len(w) > 3 else -1) for w in data["words"]]
        lines = build_lines(words, number)
    return PageText(number=number, width=data["width"], height=data["height"], lines=lines, method=data["method"],
                    rotation=data["rotation"], skew=data["skew"], mean_conf=data["mean_conf"])


def result_from_json(data: dict) -> Result:
    """Rebuild a result from its contract JSON (the store keeps that), e.g. to write papers again."""
    fields = {}
    for name in FIELD_NAMES:
        value = data["fields"].get(name)
        if value in (None, []):
            continue
        ev = data.get("evidence", {}).get(name, {})
        bbox = tuple(ev["bbox"]) if ev.get("bbox") else None
        fields[name] = FieldValue(name, value, Evidence(ev.get("page", 0), ev.get("text", ""),
                                                        ev.get("confidence", 1.0), bbox))
    cls = Classification(data["document_type"], data["denial_type"], list(data.get("denial_evidence", [])),
                         data.get("plan_type", "unknown"), data.get("language", "en"))
    from intake.notice.model import NoticeCheck

    return Result(data["file"], data["sha256"], list(data["pages"]), cls, fields,
                  notice_check=NoticeCheck.from_json(data.get("notice_check")))
