"""The exact rule phrases found without importing spaCy: its tokenizer's rules and each phrase's tokens are
exported beside the built pipelines (`intake rules build`) and replayed here in plain Python.

Importing spaCy and loading the pipelines takes half a second or more, where a text-layer letter is read
in milliseconds. The OCR-tolerant pass (fuzzy token patterns, OCR'd pages that named no denial exactly)
is replayed too: spaCy's Matcher ran it at some 60 ms a page, and loading spaCy for it cost a worker seconds.
The replay follows spaCy's own pure-Python tokenizer (`Tokenizer.explain`), its
special-case pass, and the EntityRuler's choice among overlapping matches; a test holds it to spaCy's
output on every stored page. Where two rules match the very same words, the replay's choice is stated
(`_first_listed`, `TolerantPhrases._closest`): spaCy's follows its hash order.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

NEVER = re.compile("a^")
_RUNS = re.compile(r"\s+|\S+")  # re's \s is str.isspace: the runs spaCy splits on
FORMAT = 2  # 2: the OCR-tolerant patterns too


def _first_listed(matches: set[tuple[int, int, int]]) -> set[tuple[int, int, int]]:
    """Two rules on the very same words ('Medicare Summary Notice': a document's name and a plan's): the rule
    listed first keeps them. spaCy's choice there follows its hash order; classification reads the other
    rule as the kept one's sibling either way (classify._siblings), so the cues are the same."""
    best: dict[tuple[int, int], int] = {}
    for n, start, end in matches:
        if (start, end) not in best or n < best[(start, end)]:
            best[(start, end)] = n
    return {(n, start, end) for (start, end), n in best.items()}


class Span:
    """What classification reads of an entity spaCy would have set."""

    __slots__ = ("label_", "ent_id_", "text", "start_char", "end_char")

    def __init__(self, label: str, rule: str, text: str, start: int, end: int):
        self.label_, self.ent_id_, self.text, self.start_char, self.end_char = label, rule, text, start, end


class Doc:
    """The text and its entities (none until the exact-phrase pass has run)."""

    def __init__(self, text: str):
        self.text, self.ents = text, ()
        self.tied = False  # whether two rules matched the same words (the first listed kept them)


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
        self._cache: dict[str, list[str]] = {}  # words recur on a page and across pages: spaCy caches them too
        for orths in self.affix_specials.values():
            self._by_first.setdefault(orths[0], []).append(orths)

    def __call__(self, text: str) -> list[tuple[int, int]]:
        """Token offsets (start, end); whitespace beyond one space after a word is a token, as in spaCy."""
        out: list[tuple[int, int]] = []
        at = 0
        for run in _RUNS.finditer(text):
            chunk = run.group()
            if chunk[0].isspace():
                skip = 1 if chunk[0] == " " and out else 0  # one space after a word belongs to the word
                if chunk[skip:]:
                    out.append((at + skip, at + len(chunk)))
            else:
                pos = at
                for tok in self._cached_chunk(chunk):
                    out.append((pos, pos + len(tok)))
                    pos += len(tok)
            at += len(chunk)
        return self._special_spans(text, out) if self._by_first else out

    def _cached_chunk(self, substring: str) -> list[str]:
        """`chunk` remembered: splitting is a pure function of the word (bounded, so a long batch stays small)."""
        tokens = self._cache.get(substring)
        if tokens is None:
            if len(self._cache) >= 100_000:
                self._cache.clear()
            tokens = self._cache[substring] = self.chunk(substring)
        return tokens

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
        self.tolerant = TolerantPhrases(self.tokenizer, data.get("tolerant", []))  # the OCR-tolerant pass

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
        kept = _first_listed(matches)
        doc.tied = len(kept) < len(matches)
        doc.ents = tuple(sorted(_longest_first(kept, self.patterns, toks, text), key=lambda e: e.start_char))
        return doc


class TolerantPhrases:
    """The EntityRuler of OCR-tolerant phrases without spaCy: token patterns whose one long word may differ
    by one or two edits (spaCy's FUZZY1/FUZZY2, plain Levenshtein), the others exact. Like spaCy's ruler
    with `overwrite_ents` off, it keeps what the exact pass found and adds only spans clear of it."""

    def __init__(self, tokenizer: Tokenizer, patterns: list):
        self.tokenizer = tokenizer
        self.patterns = [(label, rule, tuple((t, int(k)) for t, k in tokens)) for label, rule, tokens in patterns]
        self._by_anchor: dict[str, list[tuple[int, int]]] = {}  # an exact word -> (pattern, its place)
        self._fuzzy_only: list[int] = []  # one-word patterns: every word of the text is compared
        for n, (_, _, tokens) in enumerate(self.patterns):
            anchor = next((i for i, (_, k) in enumerate(tokens) if k == 0), None)
            if anchor is None:
                self._fuzzy_only.append(n)
            else:
                self._by_anchor.setdefault(tokens[anchor][0], []).append((n, anchor))
        self._close: dict[tuple[str, str, int], bool] = {}

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        toks = self.tokenizer(text)
        lower = [text[a:b].lower() for a, b in toks]
        taken = _tokens_in(doc.ents, toks)
        clear = {m for m in self._closest(self._matches(lower), lower)
                 if not any(i in taken for i in range(m[1], m[2]))}  # not a word the exact pass named already
        ents = list(doc.ents) + _longest_first(clear, self.patterns, toks, text)
        doc.ents = tuple(sorted(ents, key=lambda e: e.start_char))
        return doc

    def _matches(self, lower: list[str]) -> set[tuple[int, int, int]]:
        found = set()
        for i, word in enumerate(lower):
            for n, anchor in self._by_anchor.get(word, ()):
                start = i - anchor
                if start >= 0 and self._fits(self.patterns[n][2], lower, start):
                    found.add((n, start, start + len(self.patterns[n][2])))
        for word in set(lower):  # each distinct word once against the patterns with no exact word to anchor
            for n in self._fuzzy_only:
                want, edits = self.patterns[n][2][0]
                if abs(len(word) - len(want)) > edits or word[:1].isspace():
                    continue
                starts = [i for i, w in enumerate(lower) if w == word] if self._near(word, want, edits) else ()
                for i in starts:
                    if self._fits(self.patterns[n][2], lower, i):
                        found.add((n, i, i + len(self.patterns[n][2])))
        return found

    def _closest(self, matches: set, lower: list[str]) -> set:
        """Two rules on the same words ('investigational' and 'investigacional' both within two edits of
        'investigaclonal'): the rule whose words are closer to the text keeps them, then the one listed first.
        (spaCy's own choice there follows its hash order, so this one is ours, and stated.)"""
        best: dict[tuple[int, int], tuple] = {}
        for n, start, end in matches:
            words = zip(self.patterns[n][2], lower[start:end])
            cost = sum(0 if word == want else 1 if within_edits(word, want, 1) else 2 for (want, _), word in words)
            key = (cost, n)
            if (start, end) not in best or key < best[(start, end)]:
                best[(start, end)] = key
        return {(n, start, end) for (start, end), (_, n) in best.items()}

    def _fits(self, tokens: tuple, lower: list[str], start: int) -> bool:
        if start + len(tokens) > len(lower):
            return False
        for (want, edits), word in zip(tokens, lower[start:start + len(tokens)]):
            if word != want and not (edits and self._near(word, want, edits)):
                return False
        return True

    def _near(self, word: str, want: str, edits: int) -> bool:
        key = (word, want, edits)
        hit = self._close.get(key)
        if hit is None:
            if len(self._close) > 200_000:
                self._close.clear()
            hit = self._close[key] = within_edits(word, want, edits)
        return hit


def _longest_first(matches, patterns, toks: list[tuple[int, int]], text: str) -> list[Span]:
    """The EntityRuler's choice among overlapping matches: longest first, then the earliest; a match sharing
    its first or last token with one kept already is dropped."""
    seen: set[int] = set()
    out = []
    for n, start, end in sorted(matches, key=lambda m: (-(m[2] - m[1]), m[1])):
        if start not in seen and end - 1 not in seen:
            label, rule, _ = patterns[n]
            a, b = toks[start][0], toks[end - 1][1]
            out.append(Span(label, rule, text[a:b], a, b))
            seen.update(range(start, end))
    return out


def _tokens_in(ents, toks: list[tuple[int, int]]) -> set[int]:
    """The tokens an entity covers (spaCy's ent_type set on them)."""
    out: set[int] = set()
    for e in ents:
        out.update(i for i, (a, b) in enumerate(toks) if a < e.end_char and b > e.start_char)
    return out


def within_edits(a: str, b: str, k: int) -> bool:
    """Levenshtein distance of a and b at most k (insertions, deletions, substitutions; no transpositions),
    as spaCy's FUZZYk compares; the band of width k around the diagonal is all that can stay within k."""
    if abs(len(a) - len(b)) > k:
        return False
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [k + 1] * len(b)
        lo, hi = max(1, i - k), min(len(b), i + k)
        for j in range(lo, hi + 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != b[j - 1]))
        if min(cur[max(0, lo - 1):hi + 1]) > k:
            return False
        prev = cur
    return prev[len(b)] <= k


def export(nlp, patterns: list[dict], tolerant: list[dict] | None = None) -> dict:
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
    fuzzy = [[p["label"], p["id"], [_token_spec(t) for t in p["pattern"]]] for p in tolerant or []]
    return {"format": FORMAT, "tokenizer": data, "patterns": out, "tolerant": fuzzy}


def _token_spec(token: dict) -> list:
    """{'LOWER': 'denied'} -> ['denied', 0]; {'LOWER': {'FUZZY2': 'necessary'}} -> ['necessary', 2]."""
    value = token["LOWER"]
    if isinstance(value, str):
        return [value, 0]
    (op, word), = value.items()
    return [word, int(op[len("FUZZY"):])]


def _orth(attrs: dict) -> str:
    from spacy.symbols import ORTH

    return attrs.get(ORTH, attrs.get("ORTH"))


def save(data: dict, path: Path, digest: str, spacy_version: str) -> None:
    """Written beside and then moved into place: a run starting meanwhile reads the old file or the new, never
    half of one."""
    part = path.with_name(path.name + ".part")
    part.write_text(json.dumps({**data, "digest": digest, "spacy": spacy_version}, ensure_ascii=False),
                    encoding="utf-8")
    os.replace(part, path)


def load(path: Path, digest: str) -> ExactPhrases | None:
    """The replay, when it was exported from these very rules by the spaCy installed now; else None."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        installed = installed_spacy_version()
    except (OSError, ValueError, LookupError):
        return None
    if data.get("format") != FORMAT or data.get("digest") != digest or data.get("spacy") != installed:
        return None
    return ExactPhrases(data)


SPACY_VERSION = re.compile(r"""^__version__\s*=\s*["']([^"']+)["']""", re.M)


def installed_spacy_version() -> str:
    """spaCy's version as its own about.py states it, read without importing spaCy or scanning every installed
    distribution (importlib.metadata costs a one-page text-layer letter about 0.04 s); LookupError when none."""
    import importlib.util

    spec = importlib.util.find_spec("spacy")
    if spec is None or not spec.submodule_search_locations:
        raise LookupError("spacy")
    about = Path(next(iter(spec.submodule_search_locations))) / "about.py"
    m = SPACY_VERSION.search(about.read_text(encoding="utf-8")) if about.is_file() else None
    if m is None:
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("spacy")
        except PackageNotFoundError as exc:
            raise LookupError("spacy") from exc
    return m.group(1)
