"""The exact rule phrases found without importing spaCy: its tokenizer's rules and each phrase's tokens are
exported beside the built pipelines (`intake rules build`) and replayed here in plain Python.

Importing spaCy and loading the pipelines takes half a second or more, where a text-layer letter is read
in milliseconds; only the OCR-tolerant pass (fuzzy token patterns, OCR'd pages that named no denial
exactly) needs spaCy itself. The replay follows spaCy's own pure-Python tokenizer (`Tokenizer.explain`), its
special-case pass, and the EntityRuler's choice among overlapping matches; a test holds it to spaCy's
output on every stored page. Where two rules would tie on the same words, spaCy decides (`Ambiguous`).
"""

from __future__ import annotations

import json
import re
from itertools import groupby
from pathlib import Path

NEVER = re.compile("a^")
FORMAT = 1


class Ambiguous(Exception):
    """Two rules match the same words: which one spaCy keeps is its own affair, so spaCy is asked."""


class Span:
    """What classification reads of an entity spaCy would have set."""

    __slots__ = ("label_", "ent_id_", "text", "start_char", "end_char")

    def __init__(self, label: str, rule: str, text: str, start: int, end: int):
        self.label_, self.ent_id_, self.text, self.start_char, self.end_char = label, rule, text, start, end


class Doc:
    """The text and its entities (none until the exact-phrase pass has run)."""

    def __init__(self, text: str):
        self.text, self.ents = text, ()


class Tokenizer:
    """spaCy's tokenizer from its exported rules: prefixes, suffixes, infixes, URL and token matches,
    special cases, and the special cases that span affixes (checked over the tokens afterwards)."""

    def __init__(self, data: dict):
        def rx(key):
            return re.compile(data[key], data.get(key + "_flags", 0)) if data.get(key) else NEVER

        self.prefix, self.suffix = rx("prefix").search, rx("suffix").search
        self.infix = rx("infix").finditer
        self.token_match, self.url_match = rx("token_match").match, rx("url_match").match
        self.specials: dict[str, list[str]] = data["specials"]
        self.affix_specials: dict[str, list[str]] = data.get("affix_specials", {})
        self._by_first: dict[str, list[list[str]]] = {}
        for orths in self.affix_specials.values():
            self._by_first.setdefault(orths[0], []).append(orths)

    def __call__(self, text: str) -> list[tuple[int, int]]:
        """Token offsets (start, end); whitespace beyond one space after a word is a token, as in spaCy."""
        out: list[tuple[int, int]] = []
        at = 0
        for space, run in groupby(text, str.isspace):
            chunk = "".join(run)
            if space:
                skip = 1 if chunk[0] == " " and out else 0  # one space after a word belongs to the word
                if chunk[skip:]:
                    out.append((at + skip, at + len(chunk)))
            else:
                pos = at
                for tok in self.chunk(chunk):
                    out.append((pos, pos + len(tok)))
                    pos += len(tok)
            at += len(chunk)
        return self._special_spans(text, out) if self._by_first else out

    def chunk(self, substring: str, specials: bool = True) -> list[str]:
        """One run of non-space characters as spaCy's `Tokenizer.explain` splits it."""
        special = self.specials if specials else {}
        prefix, suffix = self.prefix, self.suffix
        tokens: list[str] = []
        suffixes: list[str] = []
        while substring:
            if substring in special:
                tokens.extend(special[substring])
                substring = ""
                continue
            while prefix(substring) or suffix(substring):
                if self.token_match(substring):
                    tokens.append(substring)
                    substring = ""
                    break
                if substring in special:
                    tokens.extend(special[substring])
                    substring = ""
                    break
                if prefix(substring):
                    split = prefix(substring).end()
                    if split == 0:
                        break
                    tokens.append(substring[:split])
                    substring = substring[split:]
                    if substring in special:
                        continue
                if suffix(substring):
                    split = suffix(substring).start()
                    if split == len(substring):
                        break
                    suffixes.append(substring[split:])
                    substring = substring[:split]
            if not substring:
                continue
            tokens.extend(self._rest(substring, special))
            substring = ""
        tokens.extend(reversed(suffixes))
        return tokens

    def _rest(self, substring: str, special: dict) -> list[str]:
        if self.token_match(substring) or self.url_match(substring):
            return [substring]
        if substring in special:
            return list(special[substring])
        found = list(self.infix(substring))
        if not found:
            return [substring]
        out, offset = [], 0
        for m in found:
            if offset == 0 and m.start() == 0:
                continue
            if substring[offset:m.start()]:
                out.append(substring[offset:m.start()])
            if substring[m.start():m.end()]:
                out.append(substring[m.start():m.end()])
            offset = m.end()
        if substring[offset:]:
            out.append(substring[offset:])
        return out

    def _special_spans(self, text: str, toks: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """spaCy's last pass: token runs that spell a special case across affixes, longest first (every run
        tried marks its tokens), become that special case's tokens when their text is exactly its key."""
        orths = [text[a:b] for a, b in toks]
        found = []
        for i, orth in enumerate(orths):
            for pattern in self._by_first.get(orth, ()):
                if orths[i:i + len(pattern)] == pattern:
                    found.append((i, i + len(pattern)))
        if not found:
            return toks
        seen: set[int] = set()
        kept = []
        for start, end in sorted(set(found), key=lambda s: (-(s[1] - s[0]), s[0])):
            if start not in seen and end - 1 not in seen:
                kept.append((start, end))
            seen.update(range(start, end))
        out, i = [], 0
        for start, end in sorted(kept):
            out += toks[i:start]
            a, b = toks[start][0], toks[end - 1][1]
            rule = self.specials.get(text[a:b])
            if rule is None:
                out += toks[start:end]
            else:
                for orth in rule:
                    out.append((a, a + len(orth)))
                    a += len(orth)
            i = end
        return out + toks[i:]


class ExactPhrases:
    """The EntityRuler of exact phrases (matched on lower-case tokens), without spaCy."""

    def __init__(self, data: dict):
        self.tokenizer = Tokenizer(data["tokenizer"])
        self.patterns = [(label, rule, tuple(tokens)) for label, rule, tokens in data["patterns"]]
        self._by_first: dict[str, list[int]] = {}
        for n, (_, _, tokens) in enumerate(self.patterns):
            if tokens:
                self._by_first.setdefault(tokens[0], []).append(n)

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        toks = self.tokenizer(text)
        lower = [text[a:b].lower() for a, b in toks]
        matches = set()
        for i, word in enumerate(lower):
            for n in self._by_first.get(word, ()):
                tokens = self.patterns[n][2]
                if tuple(lower[i:i + len(tokens)]) == tokens:
                    matches.add((n, i, i + len(tokens)))
        spans = [(start, end) for _, start, end in matches]
        if len(spans) != len(set(spans)):
            raise Ambiguous
        seen: set[int] = set()
        ents = []
        for n, start, end in sorted(matches, key=lambda m: (-(m[2] - m[1]), m[1])):
            if start not in seen and end - 1 not in seen:
                label, rule, _ = self.patterns[n]
                a, b = toks[start][0], toks[end - 1][1]
                ents.append(Span(label, rule, text[a:b], a, b))
                seen.update(range(start, end))
        doc.ents = tuple(sorted(ents, key=lambda e: e.start_char))
        return doc


def export(nlp, patterns: list[dict]) -> dict:
    """What the replay needs of a built pipeline (spaCy imported): its tokenizer's rules and each exact
    phrase's lower-case tokens, in the order the EntityRuler was given them."""
    tok = nlp.tokenizer

    def pattern_of(fn):
        return (fn.__self__.pattern, int(fn.__self__.flags)) if fn is not None else (None, 0)

    data: dict = {"specials": {k: [_orth(d) for d in v] for k, v in tok.rules.items()}}
    for key, fn in (("prefix", tok.prefix_search), ("suffix", tok.suffix_search), ("infix", tok.infix_finditer),
                    ("token_match", tok.token_match), ("url_match", tok.url_match)):
        data[key], data[key + "_flags"] = pattern_of(fn)
    replay = Tokenizer(data)
    data["affix_specials"] = {k: replay.chunk(k, specials=False) for k in tok.rules
                              if tok.find_prefix(k) or tok.find_infix(k) or tok.find_suffix(k) or " " in k}
    out = [[p["label"], p["id"], [t.lower_ for t in nlp.make_doc(p["pattern"])]] for p in patterns]
    return {"format": FORMAT, "tokenizer": data, "patterns": out}


def _orth(attrs: dict) -> str:
    from spacy.symbols import ORTH

    return attrs.get(ORTH, attrs.get("ORTH"))


def save(data: dict, path: Path, digest: str, spacy_version: str) -> None:
    path.write_text(json.dumps({**data, "digest": digest, "spacy": spacy_version}, ensure_ascii=False),
                    encoding="utf-8")


def load(path: Path, digest: str) -> ExactPhrases | None:
    """The replay, when it was exported from these very rules by the spaCy installed now; else None."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        installed = version("spacy")
    except (OSError, ValueError, PackageNotFoundError):
        return None
    if data.get("format") != FORMAT or data.get("digest") != digest or data.get("spacy") != installed:
        return None
    return ExactPhrases(data)
