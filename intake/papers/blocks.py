"""A small Markdown subset that templates are written in, parsed into blocks both renderers share."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Block:
    kind: str  # heading1, heading2, para, bullet, check, table, space
    text: str = ""
    rows: list[list[str]] = field(default_factory=list)


def parse(markdown: str) -> list[Block]:
    """Headings (#, ##), bullets (- ), checkboxes (- [ ] ), tables (| a | b |), paragraphs (lines kept)."""
    blocks: list[Block] = []
    para: list[str] = []

    def flush():
        if para:
            blocks.append(Block("para", "\n".join(para)))
            para.clear()

    for raw in markdown.splitlines():
        line = raw.rstrip()
        if not line.strip():
            flush()
            if blocks and blocks[-1].kind in ("para", "bullet", "check"):
                blocks.append(Block("space"))
            continue
        if line.startswith("|"):
            flush()
            cells = [c.strip() for c in line.strip("|").split("|")]
            if all(set(c) <= set("-: ") for c in cells):
                continue
            if not blocks or blocks[-1].kind != "table":
                blocks.append(Block("table"))
            blocks[-1].rows.append(cells)
        elif line.startswith("## "):
            flush()
            blocks.append(Block("heading2", line[3:].strip()))
        elif line.startswith("# "):
            flush()
            blocks.append(Block("heading1", line[2:].strip()))
        elif line.startswith("- [ ] "):
            flush()
            blocks.append(Block("check", line[6:].strip()))
        elif line.startswith("- "):
            flush()
            blocks.append(Block("bullet", line[2:].strip()))
        else:
            para.append(line.strip())
    flush()
    return blocks
