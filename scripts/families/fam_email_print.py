"""Family 'email_print': an insurer's denial or EOB e-mail, printed from a webmail client (some forwarded or replied to).

Marrowstone Mutual Health and the Fernmail webmail client are fictional, as are every address (.test) and number.
What a printed e-mail carries: the browser's print time and page title, the client's brand and the mailbox
owner, the subject, a header block (From: "Name" <noreply@...>, To:, Date: Tue, 3 Mar 2026 14:05:22 -0500), the
insurer's HTML body flattened (logo text, greeting, facts in a two-column table or in sentences, appeal
instructions), footer unsubscribe and privacy lines, and the URL and page count at the bottom. Forwarded and
replied copies add another person's header with a later date (a decoy for the notice date).
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, iso, m2, pdf_bytes, truth
from kit_roundg import DOCTORS, KIDS, digits, letters, money, person

FAMILY = "email_print"
LANG = "en"
INSURER = "Marrowstone Mutual Health"
SENDER = "noreply@notices.marrowstone-mutual.test"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
# kind -> (document type, denial type, subject start, service, reason, facility or None for a doctor)
KINDS = {
    "sleep": ("denial_letter", "medical_necessity", "Your claim was denied", "Attended overnight sleep study",
              "Our medical director reviewed the records and found the overnight study in a sleep lab was not "
              "medically necessary. A home sleep test meets your needs under our sleep testing guideline.", None),
    "noauth": ("denial_letter", "prior_authorization", "Your claim was denied", "MRI of the lumbar spine",
               "This service needs approval from us before you get it. We did not receive a request for approval "
               "before the date of service, so we cannot pay the claim.", "Highmoor Imaging Partners"),
    "oon": ("denial_letter", "out_of_network", "Update on your claim", "Arthroscopic shoulder repair",
            "The surgery center is not part of your plan's network and your plan has no out-of-network benefits "
            "for scheduled surgery. No in-network exception was requested.", "Windlass Point Surgery Center"),
    "exp": ("denial_letter", "experimental", "Decision on your request", "Genetic expression profile test",
            "This test is considered investigational: there is not enough published evidence that it improves "
            "health outcomes, so your plan does not cover it.", None),
    "eob": ("eob", "coding_error", "Your Explanation of Benefits is ready", "Office visit and injection",
            "Two lines of this claim were billed with codes that cannot be paid together on the same day. "
            "The injection administration is included in the visit.", None),
    "cosm": ("denial_letter", "not_covered", "Your claim was denied", "Removal of benign skin lesions",
             "Your plan excludes cosmetic services. The records describe the removal as cosmetic, with no "
             "symptoms or medical problem documented.", "Eastwick Dermatology Group"),
    "elig": ("denial_letter", "eligibility", "Your claim was denied", "Urgent care visit",
             "Our records show your coverage under this plan ended before the date of service, so we cannot "
             "pay this claim.", "Pinehollow Urgent Care"),
}
# (stem, condition, kind, facts style, deadline style, wrapper)
PLAN = [
    ("email_print_bd_sleep", "born_digital", "sleep", "table", "email180", None),
    ("email_print_bd_fwd_noauth", "born_digital", "noauth", "sentences", "by", "forward"),
    ("email_print_scan_eob", "scan_clean_300", "eob", "table", "email180", None),
    ("email_print_faxf_oon", "fax_fine_g4", "oon", "sentences", "receive", None),
    ("email_print_photo_reply_exp", "phone_photo", "exp", "table", "by", "reply"),
    ("email_print_copy_fwd_cosm", "photocopy", "cosm", "table", "email180", "forward"),
    ("email_print_rot_elig", "rotated", "elig", "sentences", "email180", None),
]


def hdr_date(t: dt.datetime, tz: str) -> str:
    """RFC 5322 date as mail clients print it: Tue, 3 Mar 2026 14:05:22 -0500."""
    return t.strftime("%a, ") + f"{t.day} " + t.strftime("%b %Y %H:%M:%S ") + tz


def gmail_date(t: dt.datetime) -> str:
    return t.strftime("%a, %b ") + f"{t.day}, {t.year} at {int(t.strftime('%I'))}:{t.strftime('%M %p')}"


class MailPrint(Doc):
    """A webmail printout: print time and page title on top, the mailbox URL and page count at the bottom."""

    def __init__(self, stamp: str, title: str, url: str):
        super().__init__("DejaVu", margins=(16, 14, 16))
        self.add_font("DejaVu", "B", DEJAVU_B)
        self.stamp, self.title_text, self.url = stamp, title, url

    def header(self):
        self.set_font("DejaVu", "", 7)
        self.set_xy(8, 5)
        self.cell(40, 4, self.stamp)
        self.cell(self.w - 56, 4, self.title_text, align="C")
        self.set_xy(self.l_margin, 13)

    def footer(self):
        self.set_font("DejaVu", "", 7)
        self.set_xy(8, -10)
        self.cell(self.w - 36, 4, self.url)
        self.cell(20, 4, f"{self.page_no()}/{{nb}}", align="R")


def header_block(d: Doc, rows: list[tuple[str, str]], indent: float = 0) -> None:
    for k, v in rows:
        d.set_x(d.l_margin + indent)
        d.font(8.5, "B")
        d.cell(16, 4.6, k)
        d.font(8.5)
        d.multi_cell(0, 4.6, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


def body(d: Doc, r, f: dict, style: str, dl: str, indent: float) -> None:
    """The insurer's HTML mail, flattened: logo text, greeting, facts, reason, appeal, footer lines."""
    w = d.w - d.l_margin - d.r_margin - indent
    x = d.l_margin + indent
    d.set_x(x)
    d.font(15, "B")
    d.cell(w, 8, "MARROWSTONE", new_x="LMARGIN", new_y="NEXT")
    d.set_x(x)
    d.font(8)
    d.cell(w, 4, "M U T U A L   H E A L T H", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)

    def para(text, size=9.5):
        d.set_x(x)
        d.font(size)
        d.multi_cell(w, size * 0.5, text, new_x="LMARGIN", new_y="NEXT")
        d.ln(2)

    para(f"Hi {f['first']},")
    if f["doc"] == "eob":
        para(f"Your Explanation of Benefits (EOB) for a recent claim is ready. This is not a bill. Statement date: "
             f"{f['notice'].strftime('%B %-d, %Y')}.")
    else:
        para("We finished reviewing a claim under your Marrowstone Mutual Health plan. We're sorry to tell you we "
             "can't pay for it. Here are the details.")
    if style == "table":
        rows = [("Member", f["holder"]), ("Member ID", f["member_id"]), ("Group", f["group"])]
        if f["patient"] != f["holder"]:
            rows.append(("Patient", f["patient"]))
        rows += [("Claim number", f["claim"]), ("Provider", f["provider"]),
                 ("Date of service", f["dos_txt"]), ("Amount billed", f"${f['billed']:,.2f}"),
                 ("Received", f["received"].strftime("%m/%d/%Y")),
                 ("Status", "Partly denied" if f["doc"] == "eob" else "Denied")]
        for k, v in rows:
            d.set_x(x + 2)
            d.font(8.5)
            d.cell(38, 5.4, k, border="B")
            d.font(9, "B")
            d.cell(min(100, w - 42), 5.4, v, border="B", new_x="LMARGIN", new_y="NEXT")
        d.ln(3)
    else:
        para(f"We reviewed claim {f['claim']} for the {f['service']} that {f['patient']} received from {f['provider']} on "
             f"{f['dos_txt']}. The provider billed ${f['billed']:,.2f}. We received the claim on "
             f"{f['received'].strftime('%B %-d, %Y')}.")
        para(f"Your member ID is {f['member_id']} (group {f['group']}).", size=9)
    if f["doc"] == "eob":
        d.set_x(x)
        d.font(8, "B")
        for h, cw in (("Date", 22), ("Service", 62), ("Billed", 22), ("Plan paid", 22), ("Code", 14)):
            d.cell(cw, 5, h, border="B")
        d.ln(5.4)
        for ln in f["lines"]:
            d.set_x(x)
            d.font(8)
            for v, cw in zip(ln, (22, 62, 22, 22, 14)):
                d.cell(cw, 4.8, v)
            d.ln(5)
        d.ln(2)
    para(f"Why: {f['reason']}")
    if dl == "email180":
        when = "within 180 days of the date of this email"
    elif dl == "by":
        when = f"by {f['deadline'].strftime('%B %-d, %Y')}"
    else:
        when = "within 180 days of receiving this email"
    para(f"If you disagree, you can appeal. Send your appeal {when}. Reply is not monitored: sign in at "
         "members.marrowstone-mutual.test > Claims > Appeal, or write to Appeals Unit, PO Box 4410, Rutland, "
         "VT 05702. For an urgent medical situation you can ask for an expedited appeal and we will answer "
         "within 72 hours.")
    para("Questions? Call 1-877-555-0192 (TTY 711), Monday to Friday, 8 a.m. to 8 p.m.")
    para("Thanks,\nMember Services, Marrowstone Mutual Health")
    para("You are receiving this email because you chose paperless notices. Unsubscribe from email notices | "
         "Privacy policy | Notice of nondiscrimination. Marrowstone Mutual Health, 88 Ledgewood Pkwy, "
         "Rutland, VT 05701. Please do not reply to this message.", size=7)


def build(r, stem: str, kind: str, style: str, dl: str, wrap: str | None) -> tuple[bytes, dict]:
    doc, denial, subj0, service, reason, facility = KINDS[kind]
    holder, first, last = person(r)
    dependent = r.random() < 0.35
    patient = person(r, KIDS, last)[0] if dependent else holder
    member_id = f"MMH{digits(r, 9)}"
    group = f"{digits(r, 5)}-{r.choice(['A', 'B', 'C'])}{r.randint(10, 99)}"
    claim = f"{r.choice('25')}{digits(r, 10)}"
    ref = claim[-5:]
    provider = facility or r.choice(DOCTORS)
    dos = dt.date(2026, 1, 6) + dt.timedelta(days=r.randint(0, 120))
    received = dos + dt.timedelta(days=r.randint(4, 18))
    sent = dt.datetime.combine(received + dt.timedelta(days=r.randint(9, 30)),
                               dt.time(r.randint(7, 18), r.randint(0, 59), r.randint(0, 59)))
    notice = sent.date()
    deadline = notice + dt.timedelta(days=180) if dl == "email180" else \
        (notice + dt.timedelta(days=r.choice([150, 175, 181])) if dl == "by" else None)
    lines, billed = [], 0.0
    if doc == "eob":
        items = [("99213 Office visit", False), ("96372 Injection admin", True), ("J1030 Methylpred 40 mg", True)]
        denied_sum = 0.0
        for svc, den in items:
            b = money(r, 30, 260)
            billed += b
            denied_sum += b if den else 0
            lines.append([dos.strftime("%m/%d/%Y"), svc, f"${b:,.2f}", "$0.00" if den else f"${b * 0.55:,.2f}",
                          "CX4" if den else ""])
    else:
        billed = money(r, 240, 6800)
    subject = f"{subj0} \u2013 reference {ref}"
    f = dict(first=first, holder=holder, patient=patient, member_id=member_id, group=group, claim=claim,
             provider=provider, dos_txt=dos.strftime("%m/%d/%Y") if style == "table" else dos.strftime("%B %-d, %Y"),
             billed=billed, received=received, doc=doc, notice=notice, service=service, reason=reason,
             deadline=deadline, lines=lines)
    owner_first, owner_last = first, last
    later = sent + dt.timedelta(days=r.randint(2, 12), hours=r.randint(1, 5))
    advocate = f"{r.choice(['Delphine', 'Benedikt', 'Fabienne'])} {r.choice(['Stirling', 'Thackeray', 'Upshaw'])}"
    if wrap == "forward":
        owner = advocate
        mailbox = f"{advocate.split()[0][0].lower()}.{advocate.split()[1].lower()}@patientadvocates.test"
        subject_top = f"Fwd: {subject}"
    else:
        owner = f"{owner_first} {owner_last}"
        mailbox = f"{owner_first.lower()}.{owner_last.lower()}{r.randint(2, 99)}@fernmail.test"
        subject_top = f"Re: {subject}" if wrap == "reply" else subject
    printed = later + dt.timedelta(days=r.randint(0, 6)) if wrap else sent + dt.timedelta(days=r.randint(1, 20))
    stamp = f"{printed.month}/{printed.day}/{printed.strftime('%y')}, {int(printed.strftime('%I'))}:" \
            f"{printed.strftime('%M %p')}"
    url = f"https://mail.fernmail.test/mail/u/0/#inbox/{letters(r, 4)}{digits(r, 6)}{letters(r, 6).lower()}"
    d = MailPrint(stamp, f"Fernmail - {subject_top}", url)
    d.add_page()
    d.font(13, "B")
    d.cell(60, 7, "Fernmail")
    d.font(8.5)
    d.cell(0, 7, f"{owner} <{mailbox}>", align="R", new_x="LMARGIN", new_y="NEXT")
    d.rule(0.3, 3)
    d.text_line(subject_top, size=13, style="B", h=8)
    d.text_line("1 message" if not wrap else "2 messages", size=8, h=5)
    d.ln(1)
    orig_hdr = [("From:", f"\"Marrowstone Mutual Health\" <{SENDER}>"), ("To:", f"{holder.split()[0]} {last} "
                f"<{owner_first.lower()}.{owner_last.lower()}@fernmail.test>"), ("Date:", hdr_date(sent, "-0500")),
                ("Subject:", subject)]
    indent = 0
    if wrap == "forward":
        header_block(d, [("From:", f"{first} {last} <{first.lower()}.{last.lower()}@fernmail.test>"),
                         ("To:", f"{advocate} <{mailbox}>"), ("Date:", hdr_date(later, "-0400")),
                         ("Subject:", subject_top)])
        d.para(f"Hi {advocate.split()[0]}, this is the email I told you about on the phone. Can you help me with the "
               f"appeal? I can send the receipts too.\n{first}", size=9.5)
        d.text_line("---------- Forwarded message ---------", size=9, h=5)
        header_block(d, [("From:", f"Marrowstone Mutual Health <{SENDER}>"), ("Date:", gmail_date(sent)),
                         ("Subject:", subject), ("To:", f"<{first.lower()}.{last.lower()}@fernmail.test>")])
    elif wrap == "reply":
        header_block(d, [("From:", f"{first} {last} <{mailbox}>"),
                         ("To:", f"Marrowstone Mutual Health <{SENDER}>"), ("Date:", hdr_date(later, "-0400")),
                         ("Subject:", subject_top)])
        d.para("Hello, I called on Friday and was told to answer this email. My doctor says the test was needed "
               "and she is sending a letter. Please tell me what else you need.\nThank you", size=9.5)
        d.text_line(f"On {gmail_date(sent)}, Marrowstone Mutual Health <{SENDER}> wrote:", size=8.5, h=5)
        indent = 6
        y0 = d.get_y()
    else:
        header_block(d, orig_hdr)
    d.rule(0.2, 3)
    body(d, r, f, style, dl, indent)
    if wrap == "reply":
        d.set_line_width(0.8)
        d.line(d.l_margin + 2, y0, d.l_margin + 2, min(d.get_y(), d.h - 20))
        d.set_line_width(0.2)
    alts: dict = {}
    if dl == "receive":
        alts["appeal_deadline"] = [iso(notice + dt.timedelta(days=180))]
    amount = m2(billed)
    if doc == "eob":
        alts["claim_amount"] = [m2(sum(float(x[2].strip("$").replace(",", "")) for x in lines if x[4]))]
    t = truth(doc, denial, insurer=INSURER, plan_id=None, group_number=group, member_id=member_id,
              member_name=patient, case_numbers=[claim], claim_amount=amount, service_dates=[iso(dos)],
              denial_date=iso(notice), provider=provider, appeal_deadline=iso(deadline) if deadline else None,
              alternates=alts)
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    import random

    return [Item(stem, cond, [build(random.Random(9100 + i), stem, kind, style, dl, wrap)])
            for i, (stem, cond, kind, style, dl, wrap) in enumerate(PLAN)]
