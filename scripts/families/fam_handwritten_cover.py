"""Family 'handwritten_cover': a fax from a patient, a relative or a clinic, a handwritten-looking cover note first.

Why: advocates get the insurer's letter behind a note that says in sentences what is attached ("Attached is the
denial for my mom's knee MRI, claim ...") with facts that are half-remembered: a claim number with two digits
swapped, the wrong day, a rounded amount, a "please answer by" date, a date of birth, the clinic's account number.
The note is drawn in an italic serif with per-letter jitter of size, slant and baseline on a ruled notepad (no
cursive font ships with the machine). Following the eval README and the earlier fax-cover convention, the note
belongs to no document: each file is a list whose documents start after it, and every truth value comes from the
insurer's typed letter. One fax carries two letters behind one note.
"""

from __future__ import annotations

import random
import textwrap

from capture import Item
from inv_kit import Doc, pdf_bytes
from kit_roundj_famq import INSURERS, days, denial_pages, eob_page, facts, fdate

FAMILY = "handwritten_cover"
LANG = "en"
HAND = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf"


def swap2(s: str, rng: random.Random) -> str:
    """The number as someone copies it by hand: two neighbouring digits swapped."""
    idx = [i for i in range(len(s) - 1) if s[i].isdigit() and s[i + 1].isdigit() and s[i] != s[i + 1]]
    if not idx:
        return s + "0"
    i = rng.choice(idx)
    return s[:i] + s[i + 1] + s[i] + s[i + 2:]


def hand_line(d: Doc, rng: random.Random, x: float, y: float, text: str, size: float):
    """One line of 'handwriting': every letter its own size, slant and baseline, the line drifting a little."""
    drift = rng.uniform(-0.04, 0.04)
    for ch in text:
        d.set_font("Hand", "", size + rng.uniform(-0.9, 0.9))
        yy = y + rng.uniform(-0.45, 0.45) + drift * (x - 20)
        if ch != " ":
            with d.rotation(rng.uniform(-6, 6), x, yy):
                d.text(x, yy, ch)
        x += d.get_string_width(ch) * rng.uniform(0.97, 1.1)


def note(rng: random.Random, head: str | None, lines: list[str]) -> bytes:
    """A ruled notepad page (optionally a clinic's printed fax pad header) with the note written on it."""
    d = Doc("Helvetica")
    d.add_font("Hand", "", HAND)
    d.add_page()
    y = 30.0
    if head:
        d.text_line(head, size=13, style="B")
        d.text_line("FAX TRANSMITTAL", size=9)
        y = 42.0
    d.set_draw_color(150, 150, 150)
    for k in range(19):
        d.line(16, y + 4 + k * 12, 200, y + 4 + k * 12)
    d.set_draw_color(0, 0, 0)
    d.set_text_color(20, 30, 90)
    row = 0
    for para in lines:
        for ln in textwrap.wrap(para, 52) or [""]:
            hand_line(d, rng, 20 + rng.uniform(-1.5, 2), y + 2 + row * 12, ln, 16.5)
            row += 1
    return pdf_bytes(d)


def letter(rng: random.Random, ins: str, key: str, n: int, rule: str, dependent: bool = False,
           two: bool = False) -> tuple[dict, bytes, dict]:
    f = facts(rng, INSURERS[ins], key, dependent=dependent)
    d = Doc(rng.choice(["Times", "Helvetica"]))
    t = denial_pages(d, f, n % 4, ["long", "slash", "dmy", "abbr"][n % 4], ["sign", "plain", "usd"][n % 3], rule,
                     two)
    return f, pdf_bytes(d), t


def family_note(rng: random.Random, f: dict, who: str, writer: str) -> bytes:
    """A relative's note: 'Attached is the denial for my mom's ...' with copied-wrong facts."""
    claim = swap2(f["claim"] or f["ref"], rng)
    when = fdate(days(f["dos"], rng.choice([-3, 2, 5])), "abbr")
    approx = int(round((f["amount"] or 2000) / 100.0)) * 100
    by = fdate(days(f["notice"], 30), "slash")
    return note(rng, None, [
        "To: Patient Advocacy Line   fax 555-0138",
        f"From: {writer}   phone 555-0171",
        f"{fdate(days(f['notice'], rng.randint(6, 12)), 'slash')}   3 pages w/ this one",
        f"Hi - Attached is the denial for {who} {f['service']}, claim {claim} I think. "
        f"It was done on {when}. They say we owe about ${approx:,} ?? "
        f"Can you help us appeal before {by}? Member # is on the letter, I can't read the card.",
        f"Thank you!! - {writer.split()[0]}"])


def clinic_note(rng: random.Random, f: dict, clinic: str, nurse: str) -> bytes:
    """A clinic's handwritten fax pad: patient, DOB, account number, a 'respond by' date, wrong surgery date."""
    acct = f"{rng.randint(10000, 99999)}"
    moved = fdate(days(f["dos"], rng.choice([7, 14, 21])), "slash")
    return note(rng, clinic, [
        "To: Appeals help desk     From: " + nurse,
        f"Re: our pt {f['patient']}  DOB {rng.randint(1, 12)}/{rng.randint(1, 28)}/{rng.randint(41, 79)}  "
        f"acct {acct}",
        f"Attached is the insurance denial for the {f['service']} Dr. ordered. Note the date is now {moved}. "
        f"Ref on their letter is {swap2(f['ref'], rng)}. Pls call us back by "
        f"{fdate(days(f['notice'], 14), 'slash')} - we want to file the appeal ourselves.",
        f"Thanks, {nurse}  (555) 0{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"])


def documents(rng) -> list[Item]:
    R = lambda i: random.Random(12300 + i)  # noqa: E731
    items = []
    f, pdf, t = letter(R(0), "wenlock", "medical_necessity", 0, "of_letter")
    items.append(Item("handwritten_cover_bd_mom_mri", "born_digital", [(pdf, t)],
                      [family_note(R(50), f, "my mom's", "Rosamund (daughter)")]))
    f, pdf, t = letter(R(1), "amberlea", "pre_mednec", 1, "date", two=True)
    items.append(Item("handwritten_cover_bd_clinic", "born_digital", [(pdf, t)],
                      [clinic_note(R(51), f, "Thornbury Endocrine Clinic", "Kath, RN")]))
    f, pdf, t = letter(R(2), "wenlock", "level_of_care", 2, "receipt")
    f2 = facts(R(12), INSURERS["wenlock"], "coding_error")
    d = Doc("Helvetica")
    t2 = eob_page(d, f2, "dmy", "usd", paid=False)
    items.append(Item("handwritten_cover_faxf_pair", "fax_fine_g4", [(pdf, t), (pdf_bytes(d), t2)],
                      [family_note(R(52), f, "my dad's", "Oswin (son)"), None]))
    f, pdf, t = letter(R(3), "wenlock", "out_of_network", 3, "of_letter", dependent=True)
    items.append(Item("handwritten_cover_faxs_son", "fax_standard_g4", [(pdf, t)],
                      [family_note(R(53), f, "my son's", f"{f['first']} {f['last']}")]))
    f, pdf, t = letter(R(4), "amberlea", "eligibility", 0, "date")
    items.append(Item("handwritten_cover_scan_self", "scan_clean_300", [(pdf, t)],
                      [family_note(R(54), f, "my own", "me (the patient)")]))
    f, pdf, t = letter(R(5), "wenlock", "prior_authorization", 1, "of_letter")
    items.append(Item("handwritten_cover_copy_clinic", "photocopy", [(pdf, t)],
                      [clinic_note(R(55), f, "Gullwing Urgent Care", "Dee at billing")]))
    f, pdf, t = letter(R(6), "amberlea", "experimental", 2, "receipt")
    items.append(Item("handwritten_cover_rot_dad", "rotated", [(pdf, t)],
                      [family_note(R(56), f, "my husband's", "Perpetua (wife)")]))
    return items
