"""Family 'sidebar': an insurer's two-column letter, the facts in a shaded left sidebar (labels beside values).

Redwood Crest Health Insurance Company is fictional. The sidebar stacks a block of small labels beside a block
of values; the letter body runs in the right column. The policyholder and the patient differ on some letters;
contract number, employer group, letter ID and the policyholder's phone are in the sidebar too.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, pdf_bytes, truth

FAMILY = "sidebar"
LANG = "en"
INSURER = "Redwood Crest Health Insurance Company"
PROVIDERS = {"bundle": ["Mistral Endoscopy Center", "Dr. Hollis Underwood"],
             "cosmetic": ["Sequoia Dermatology & Laser", "Dr. Bettina Kraus"],
             "sleep": ["Dr. Noor Al-Rashid", "Humboldt Sleep Diagnostics"],
             "oon": ["Granite Pass Surgical Associates", "Dr. Lionel Fairweather"],
             "term": ["Coyote Flats Medical Clinic", "Dr. Hollis Underwood"],
             "exper": ["Dr. Bettina Kraus", "Trinity River Sports Medicine"],
             "bundle2": ["Driftwood Physical Therapy", "Coyote Flats Medical Clinic"]}
CASES = {
    "bundle": ("coding_error", "colonoscopy with biopsy (45380) and a separate office visit (99214) the same day",
               "The office visit was billed with modifier 25, but the notes describe only the pre-procedure "
               "assessment, which is part of the colonoscopy's payment. Billing the two separately is unbundling. "
               "We paid nothing extra for the visit line; your provider may send a corrected claim."),
    "cosmetic": ("not_covered", "laser treatment of facial veins (17106)",
                 "Your policy excludes cosmetic services, meaning services whose main purpose is to change "
                 "appearance. Laser vein treatment of the face is listed as cosmetic in Section 7.3 of your "
                 "policy. The exclusion applies whatever the diagnosis code on the claim."),
    "sleep": ("medical_necessity", "home sleep apnea test and a CPAP titration study",
              "Our physician reviewer, a pulmonologist, found that the records did not show the symptoms or "
              "findings needed for a second, in-lab study after a home test. Repeating the study was not medically "
              "necessary."),
    "oon": ("out_of_network", "outpatient hernia repair",
            "The surgeon is not contracted with Redwood Crest. Your EPO plan covers non-emergency care only from "
            "contracted providers. This was a scheduled surgery, not an emergency, and a contracted surgeon was "
            "available within 15 miles."),
    "term": ("eligibility", "lab work and a follow-up visit",
             "Coverage for the patient ended when your policy lapsed for non-payment of premium at the end of the "
             "grace period. The services were on a date after coverage ended, so no benefits are payable."),
    "exper": ("experimental", "platelet-rich plasma injection of the knee (0232T)",
              "Redwood Crest's medical policy MP-114 lists platelet-rich plasma injections as investigational. "
              "Peer-reviewed evidence has not shown that they improve health outcomes for knee arthritis."),
    "bundle2": ("coding_error", "physical therapy evaluation and treatment on the same date",
                "Two evaluation codes were billed for one visit. Only one evaluation can be billed per visit; the "
                "second line was denied as a coding error."),
}
PLAN = [
    ("sidebar_bd_bundle", "born_digital", "bundle"),
    ("sidebar_bd_cosmetic", "born_digital", "cosmetic"),
    ("sidebar_scan_sleep", "scan_clean_300", "sleep"),
    ("sidebar_copy_oon", "photocopy", "oon"),
    ("sidebar_faxf_term", "fax_fine_g4", "term"),
    ("sidebar_photo_exper", "phone_photo", "exper"),
    ("sidebar_lowres_bundle2", "scan_lowres_150", "bundle2"),
]


def sidebar(d: Doc, rows: list[tuple[str, str]], x: float, y: float, w_lab: float, w_val: float) -> float:
    """A shaded block: all labels in one column, all values in the next; returns its bottom."""
    d.set_fill_color(238, 241, 236)
    h = sum(9.5 if len(v) > 24 else 5.6 for _, v in rows) + 6
    d.rect(x, y, w_lab + w_val + 4, h, style="F")
    cy = y + 3
    for label, value in rows:
        d.set_xy(x + 2, cy)
        d.font(7.2)
        d.set_text_color(80, 80, 80)
        d.cell(w_lab, 4.4, label)
        d.set_text_color(0, 0, 0)
        d.set_xy(x + 2 + w_lab, cy)
        d.font(8.6, "B")
        d.multi_cell(w_val, 4.4, value)
        cy += 9.5 if len(value) > 24 else 5.6
    return y + h


def build(r: Rand, kind: str) -> tuple[bytes, dict]:
    denial, what, why = CASES[kind]
    holder = r.person()
    dependent = r.random() < 0.5
    patient = r.person() if dependent else holder
    patient = (patient[0].replace(patient[3], holder[3]),) + patient[1:3] + (holder[3],) if dependent else patient
    notice = r.date(dt.date(2026, 1, 5), 250)
    pre = kind == "oon" and r.random() < 0.5
    dos = notice + dt.timedelta(days=r.randint(10, 30)) if pre else notice - dt.timedelta(days=r.randint(15, 80))
    provider = r.choice(PROVIDERS[kind])
    amount = None if pre else r.amount(240, 7800)
    pid = f"RC{r.digits(3)}-{r.digits(3)}-{r.digits(3)}"
    contract = f"CN-{r.digits(2)}{r.letters(1)}{r.digits(4)}"
    group = r.choice([f"{r.digits(7)}", f"G {r.digits(3)} {r.digits(3)}"])
    claim = None if pre else f"{notice.year}{r.digits(3)}{r.letters(2)}{r.digits(4)}"
    ref = f"R{r.digits(7)}"
    deadline = notice + dt.timedelta(days=180)
    ds = r.choice(["dmy", "slash", "short"])
    d = Doc("Helvetica", footer="Page {p} of {n}", margins=(14, 14, 14))
    d.add_page()
    d.font(17, "B")
    d.set_text_color(120, 30, 20)
    d.cell(0, 8, "REDWOOD CREST", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.text_line("Health Insurance Company  |  500 Timberline Blvd, Eureka, CA 95501  |  redwoodcrest.example",
                size=8)
    d.rule(0.6, 6)
    rows = [("Letter date", fmt_date(notice, ds)), ("Policyholder", holder[0]), ("Policyholder ID", pid)]
    if dependent:
        rows.append(("Patient", patient[0]))
    rows += [("Contract No.", contract), ("Employer group", group)]
    if claim:
        rows.append(("Claim no.", claim))
    rows += [("Ref No.", ref), ("DOS", fmt_date(dos, ds)), ("Provider", provider)]
    if amount:
        rows.append(("Billed", fmt_money(amount, r.choice(["plain", "bare"]))))
    rows += [("Appeal by", fmt_date(deadline, ds)), ("Letter ID", f"LTR{r.digits(8)}"),
             ("Questions", "1-800-555-0170")]
    top = d.get_y()
    bottom = sidebar(d, rows, 14, top, 25, 45)
    d.set_left_margin(92)
    d.set_xy(92, top)
    street, city = r.address()
    for line in (holder[0], street, city):
        d.text_line(line, size=10)
    d.ln(6)
    d.text_line("Claim decision" if not pre else "Pre-service decision", size=12, style="B", h=6)
    d.ln(2)
    who = f"{patient[1]}" if dependent else "you"
    d.text_line(f"Dear {holder[1]} {holder[3]},", size=10)
    d.ln(1)
    if pre:
        d.para(f"{provider} asked us to approve the {what} planned for {who}. We cannot approve it.", size=10)
    else:
        d.para(f"We reviewed the claim from {provider} for the {what} provided to {who}. We are unable to pay "
               f"the claim, in full or in part, as explained below.", size=10)
    d.text_line("Why", size=10.5, style="B")
    d.para(why, size=10)
    d.text_line("What you can do", size=10.5, style="B")
    d.para("You may appeal within 180 days of the date of this letter. Send a letter saying why you disagree, with "
           "any records, to Redwood Crest Appeals, PO Box 2290, Eureka, CA 95502. We decide appeals within 30 days "
           "(pre-service) or 60 days (claims).", size=10)
    d.para("You can get copies of the documents we used, free. If your appeal is denied, you may ask the California "
           "Department of Insurance for an Independent Medical Review when the denial was based on medical "
           "necessity or because a treatment was experimental. Call the Department at 1-800-927-4357.", size=10)
    d.para("Sincerely,\nClaims Review Unit\nRedwood Crest Health Insurance Company", size=10)
    d.set_left_margin(14)
    d.set_y(max(d.get_y(), bottom) + 6)
    d.para("Nondiscrimination: Redwood Crest does not exclude people or treat them differently because of race, "
           "color, national origin, age, disability, or sex. Language help: Espanol 1-800-555-0170; Tagalog "
           "1-800-555-0170; Chinese 1-800-555-0170; Vietnamese 1-800-555-0170. Form RCH-CL-2 04/25.", size=7.5)
    cases = [c for c in (claim, ref) if c]
    t = truth("denial_letter", denial, insurer=INSURER, plan_id=contract, group_number=group.replace(" ", ""),
              member_id=pid, member_name=patient[0], case_numbers=cases, claim_amount=amount,
              service_dates=[iso(dos)], denial_date=iso(notice), provider=provider, appeal_deadline=iso(deadline))
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    return [Item(stem, cond, [build(Rand(7400 + i), kind)]) for i, (stem, cond, kind) in enumerate(PLAN)]
