"""Family 'letter_with_attachments': a denial letter followed, in the same document, by what insurers enclose.

Why: a real denial arrives with its enclosures stapled behind it: an excerpt of the clinical policy used (its own
policy number, effective and review dates), a blank appeal request form ("Member ID: ______", "Claim number:
______"), and a nondiscrimination notice with language taglines. Three to six pages that are ONE document and must
not be split; every fact is in the letter. Greywether Health Plan and Wenlock Heath Health Plan are fictional.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import DEJAVU, Doc, pdf_bytes
from kit_roundj_famq import INSURERS, Ins, days, denial_pages, facts, fdate

FAMILY = "letter_with_attachments"
LANG = "en"
POLICIES = {
    "medical_necessity": ("Magnetic Resonance Imaging (MRI) of the Knee", [
        "Knee pain persists after at least six weeks of guided conservative care (rest, bracing, anti-inflammatory "
        "medicine, physical therapy), documented in the record; or",
        "Locking, true instability or a suspected fracture not seen on plain X-ray; or",
        "A planned surgery for which the MRI will change the operative approach."]),
    "experimental": ("Molecular Tests of Thyroid Nodules", [
        "Gene expression classifiers for nodules of indeterminate cytology are considered investigational.",
        "Evidence does not yet show that testing changes surgical decisions or long-term outcomes.",
        "This position will be reviewed as published evidence matures."]),
    "pre_mednec": ("Lumbar Spinal Fusion", [
        "Three months or more of supervised non-surgical care, including physical therapy, has failed;",
        "Imaging shows instability or spondylolisthesis matching the symptoms;",
        "No tobacco use for six weeks before the planned surgery."]),
    "level_of_care": ("Inpatient Admission versus Observation Care", [
        "Inpatient admission is appropriate when the expected stay crosses two midnights of hospital-level care;",
        "Patients stable for monitoring, tests and treatment for a short period are cared for in observation;",
        "Severity of illness and intensity of service are both documented."]),
    "out_of_network": ("Out-of-Network Services under HMO Plans", [
        "Services from non-participating providers are covered only for emergencies or with prior approval;",
        "Approval is given when no participating provider can give the service within access standards."]),
    "not_covered": ("Hearing Aids and Related Services", [
        "Hearing aids and their fitting are excluded unless a rider adds them to the member's benefit plan;",
        "Cochlear implants are reviewed under a separate policy."]),
    "prior_authorization": ("Services Requiring Prior Approval", [
        "Attended sleep studies in a facility need approval before the service;",
        "Claims for services that needed approval and did not receive it are denied to the provider and member."]),
}


def policy_page(d: Doc, ins: Ins, key: str, rng: random.Random, notice: dt.date):
    """The clinical policy excerpt: its own policy number and dates (decoys), then the criteria."""
    title, crit = POLICIES[key]
    d.add_page()
    d.text_line(f"{ins.name}  -  Clinical Policy Bulletin", size=9, style="B")
    d.rule(0.3, 3)
    d.text_line(title, size=13, style="B", h=7)
    eff = dt.date(notice.year - 1, rng.choice([1, 4, 7]), 1)
    for k, v in (("Policy number", f"CPB-{rng.randint(100, 999)}.{rng.randint(10, 99)}"),
                 ("Effective date", fdate(eff, "slash")),
                 ("Last reviewed", fdate(days(eff, rng.randint(120, 300)), "long")),
                 ("Next review", f"{eff.year + 1}-{eff.month:02d}")):
        d.font(9.5, "B")
        d.cell(38, 5, k)
        d.font(9.5)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.text_line("Policy", size=10.5, style="B", h=6)
    d.para("The plan considers the service medically necessary only when ALL of the criteria below are met and the "
           "record documents each one. Criteria are applied to the member's benefit plan; where the plan excludes "
           "a service, the exclusion governs.", size=9.5)
    for i, c in enumerate(crit, 1):
        d.para(f"{i}. {c}", size=9.5, gap=1.5)
    d.text_line("Background and references", size=10.5, style="B", h=6)
    d.para("This bulletin is based on published peer-reviewed studies, specialty society guidance and the opinion "
           "of practising physicians. It is used to decide coverage and is not medical advice. Page 1 of 1 of the "
           "excerpt enclosed with your letter.", size=8.5)


def form_page(d: Doc, ins: Ins, rng: random.Random):
    """A blank appeal request form: labels with empty lines (nothing filled in)."""
    d.add_page()
    d.text_line("APPEAL REQUEST FORM", size=14, style="B", align="C", h=8)
    d.text_line(f"{ins.name}  -  Appeals and Grievances", size=9.5, align="C")
    d.ln(6)
    for lab in ("Member name", "Member ID", "Claim number", "Date of service", "Date of the letter you are "
                "appealing", "Provider name", "Your phone number"):
        d.font(10.5)
        d.cell(0, 11, f"{lab}: " + "_" * (70 - len(lab)), new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.text_line("Tell us why you disagree with our decision (attach more pages if you need to):", size=10.5)
    for _ in range(6):
        d.cell(0, 9, "_" * 86, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.text_line("Signature ______________________________   Date ______________", size=10.5, h=8)
    d.para(f"Mail to: Appeals, {ins.name}, {ins.street}, {ins.city}.  Fax: (555) 01{rng.randint(0, 9)}-"
           f"{rng.randint(1000, 9999)}.", size=9.5)
    d.text_line(f"Form GW-APL-{rng.randint(10, 99)} (rev. 01/2026)", size=7.5)


def taglines_page(d: Doc, ins: Ins):
    """Nondiscrimination notice and language taglines (in our own words)."""
    d.add_page()
    d.text_line("Discrimination is against the law", size=12, style="B", h=7)
    d.para(f"{ins.name} follows federal civil rights laws. We do not treat people differently or leave them out "
           "because of race, color, national origin, age, disability or sex. We offer free aids to people with "
           "disabilities, such as qualified sign language interpreters and written information in large print, "
           "audio or accessible electronic formats, and free language services to people whose first language is "
           f"not English. To ask for these services, call {ins.phone} (TTY 711).", size=9.5)
    d.para("If you believe we failed to provide these services or treated you unfairly, you can file a grievance "
           "with our Civil Rights Coordinator by mail or phone, or a complaint with the U.S. Department of Health and "
           "Human Services, Office for Civil Rights.", size=9.5)
    d.text_line("Language assistance", size=11, style="B", h=7)
    d.set_font("DejaVu", "", 9)
    for line in (f"Español: Si habla español, tiene a su disposición servicios de ayuda con el idioma sin costo. "
                 f"Llame al {ins.phone}.",
                 f"Tiếng Việt: Nếu quý vị nói Tiếng Việt, có dịch vụ hỗ trợ ngôn ngữ miễn phí. "
                 f"Gọi {ins.phone}.",
                 f"Русский: Если вы говорите по-русски, вам доступны бесплатные "
                 f"услуги перевода. {ins.phone}.",
                 f"Tagalog: Kung nagsasalita ka ng Tagalog, may libreng tulong sa wika. Tumawag sa {ins.phone}.",
                 f"Français : Si vous parlez français, une aide linguistique gratuite est à votre disposition. "
                 f"Appelez le {ins.phone}.",
                 f"Kreyòl: Si w pale Kreyòl ayisyen, gen sèvis èd nan lang ou gratis. Rele {ins.phone}.",
                 f"Deutsch: Wenn Sie Deutsch sprechen, steht Ihnen kostenlose Sprachhilfe zur Verfügung. "
                 f"{ins.phone}."):
        d.multi_cell(0, 4.6, line, new_x="LMARGIN", new_y="NEXT")
        d.ln(1.5)


def make(rng: random.Random, ins_key: str, key: str, n: int, rule: str, two: bool, parts: str) -> tuple:
    """A letter (one or two pages) then the attachments named in `parts` (p policy, f form, t taglines)."""
    ins = INSURERS[ins_key]
    f = facts(rng, ins, key, dependent=n == 4)
    d = Doc(["Helvetica", "Times"][n % 2])
    t = denial_pages(d, f, n % 4, ["long", "slash", "dmy", "iso", "abbr"][n % 5], ["sign", "usd", "plain"][n % 3],
                     rule, two)
    for p in parts:
        {"p": lambda: policy_page(d, ins, key, rng, f["notice"]), "f": lambda: form_page(d, ins, rng),
         "t": lambda: taglines_page(d, ins)}[p]()
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    R = lambda i: random.Random(12500 + i)  # noqa: E731
    plan = [("letter_with_attachments_bd_mednec", "born_digital", "greywether", "medical_necessity", "of_letter",
             False, "pft"),
            ("letter_with_attachments_bd_experimental", "born_digital", "greywether", "experimental", "date", True,
             "pft"),
            ("letter_with_attachments_scan_fusion", "scan_clean_300", "wenlock", "pre_mednec", "of_letter", True,
             "pt"),
            ("letter_with_attachments_lowres_observation", "scan_lowres_150", "greywether", "level_of_care",
             "receipt", False, "ft"),
            ("letter_with_attachments_copy_hearing", "photocopy", "greywether", "not_covered", "date", False, "pf"),
            ("letter_with_attachments_photo_oon", "phone_photo", "wenlock", "out_of_network", "of_letter", False,
             "pft"),
            ("letter_with_attachments_rot_sleep", "rotated", "greywether", "prior_authorization", "receipt", True,
             "pft")]
    return [Item(stem, cond, [make(R(i), ins, key, i, rule, two, parts)])
            for i, (stem, cond, ins, key, rule, two, parts) in enumerate(plan)]
