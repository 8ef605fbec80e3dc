"""Family 'prose': a regional health plan's denial letter that states every fact in sentences, no label block.

Osprey Point Health Plan is fictional. The letter runs to two or three pages ("Page 1 of 3"), with the member
number repeated in a running header; dates, amounts, reference numbers and the appeal deadline are all inside
sentences. Appeal-rights and nondiscrimination inserts name every denial category and decide nothing.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, pdf_bytes, truth

FAMILY = "prose"
LANG = "en"
INSURER = "Osprey Point Health Plan"
DOCTORS = ["Dr. Lucinda Ferraro", "Dr. Oren Blackwood", "Dr. Priyanka Sethi", "Dr. Malcolm Ostrowski",
           "Dr. Renata Kowal", "Dr. Julian Achebe"]
WHERE = {"mri": ("Gull Harbor Imaging", 900, 3200), "stay": ("Brackish Creek Hospital", 14000, 52000),
         "gene": ("Eastwind Genetics Laboratory", 2100, 6900), "hearing": ("Shoreline Hearing Center", 2400, 6200),
         "late": ("Tern Valley Medical Center", 600, 4800), "oon": ("Pelican Ridge Orthopedics", 0, 0),
         "ended": ("Kittiwake Physical Therapy", 180, 640)}
# kind -> (denial, what, sentence about why, pre-service?)
CASES = {
    "mri": ("medical_necessity", "MRI of your right shoulder",
            "Our medical director, a board-certified orthopedic surgeon, read the notes your doctor sent. They show "
            "shoulder pain for three weeks and no physical therapy or other treatment before the scan. For pain of "
            "this kind our guidelines call for six weeks of treatment first, so the scan was not medically "
            "necessary for you at that time.", False),
    "stay": ("level_of_care", "hospital stay",
             "You did not need the kind of care that only a hospital gives. Your doctor's notes show you were "
             "stable, walking with help and taking your medicines by mouth from the day you arrived. The care you "
             "needed could have been given safely in a skilled nursing facility, so the stay does not meet our "
             "guidelines for an inpatient admission.", False),
    "gene": ("experimental", "genetic panel test",
             "This test has not been shown in published studies to change how your condition is treated or to "
             "improve results for patients like you. Our plan considers it investigational, and your plan does not "
             "pay for investigational services.", False),
    "hearing": ("not_covered", "pair of hearing aids",
                "Your plan's Evidence of Coverage lists hearing aids among the things it does not pay for. This is "
                "a limit of your plan's benefits, not a judgment about whether you need them.", False),
    "late": ("timely_filing", "emergency room visit",
             "Your provider sent us the claim 14 months after the visit. Under our agreement with the provider, "
             "claims have to reach us within 180 days of the service, and this one did not. Because the provider "
             "filed late, the provider may not bill you for this amount.", False),
    "oon": ("out_of_network", "knee replacement surgery",
            "The surgeon and the surgery center your doctor chose are not part of Osprey Point's network. Your plan "
            "is an HMO and pays for care outside the network only in an emergency or when no network doctor can do "
            "the surgery. Three surgeons in our network in your area do this surgery.", True),
    "ended": ("eligibility", "physical therapy visits",
              "Our records show that your coverage with Osprey Point ended on the last day of the month before these "
              "visits, when your employer's group stopped paying premiums for you. We cannot pay for care received "
              "after coverage ends.", False),
}
PLAN = [  # (stem, condition, case kind, deadline style)
    ("prose_bd_mri", "born_digital", "mri", "until"),
    ("prose_bd_stay", "born_digital", "stay", "within"),
    ("prose_scan_gene", "scan_clean_300", "gene", "within"),
    ("prose_faxf_hearing", "fax_fine_g4", "hearing", "until"),
    ("prose_rot_late", "rotated", "late", "nolater"),
    ("prose_photo_oon", "phone_photo", "oon", "within"),
    ("prose_lowres_ended", "scan_lowres_150", "ended", "until"),
]


def build(r: Rand, kind: str, dl: str) -> tuple[bytes, dict]:
    denial, what, why, pre = CASES[kind]
    place, lo, hi = WHERE[kind]
    name, first, mid, last = r.person()
    notice = r.date(dt.date(2026, 1, 12), 240)
    member_no = f"OPH {r.digits(3)} {r.digits(3)} {r.digits(2)}"
    ref = f"{r.digits(2)}-{r.digits(6)}"
    doctor = r.choice(DOCTORS)
    amount = None if pre else r.amount(lo, hi)
    if kind == "late":
        start = notice - dt.timedelta(days=r.randint(430, 470))
    elif pre:
        start = notice + dt.timedelta(days=r.randint(14, 35))
    else:
        start = notice - dt.timedelta(days=r.randint(20, 75))
    end = start + dt.timedelta(days=r.randint(5, 9)) if kind == "stay" else None
    second = start + dt.timedelta(days=r.randint(2, 5)) if kind == "ended" else None
    days = 180
    deadline = notice + dt.timedelta(days=days)
    group_name = r.choice(["Marrow County Public Schools", "Delacroix Freight Lines", "City of Port Amsel"])
    group_no = f"{r.digits(6)}"
    d = Doc("Times", footer="Page {p} of {n}", header=f"{name}  -  Member number {member_no}  -  Reference {ref}",
            margins=(24, 18, 24))
    d.add_page()
    d.text_line("Osprey Point", size=22, style="I", align="C", h=10)
    d.text_line("HEALTH PLAN", size=9, style="B", align="C")
    d.text_line("Caring for the coast since 1987  -  2 Wharf Street, Suite 400, Mystic Harbor, CT 06355", size=8,
                align="C")
    d.ln(8)
    d.text_line(fmt_date(notice, "long"), size=11)
    d.ln(4)
    street, city = r.address()
    for line in (name, street, city):
        d.text_line(line, size=11, h=5)
    d.ln(6)
    d.text_line(f"Dear {first} {last},", size=11)
    d.ln(2)
    when = fmt_date(start, "long") + (f" through {fmt_date(end, 'long')}" if end else "")
    if pre:
        d.para(f"We are writing about the request {doctor} sent us for your {what} at {place}, which is planned for "
               f"{fmt_date(start, 'long')}. We have decided not to approve it. Osprey Point logged the request "
               f"under reference {ref}, and we ask that you use that number whenever you write to us about it.",
               size=11)
    elif kind == "stay":
        d.para(f"We are writing about your {what} at {place} from {when}, under the care of {doctor}. The hospital "
               f"billed us {fmt_money(amount)} for the stay, and we logged the claim under reference {ref}. We have "
               f"decided not to pay for it as a hospital admission.", size=11)
    else:
        also = f" and on {fmt_date(second, 'long')}" if second else ""
        d.para(f"We are writing about the {what} you received at {place} on {when}{also}, ordered by {doctor}. "
               f"Your claim (reference {ref}) for {fmt_money(amount)} came to us from the provider, and we have "
               f"decided not to pay it.", size=11)
    d.para(f"You are covered by Osprey Point through {group_name} (group {group_no}). Your member number, "
           f"{member_no}, is printed on your card and at the top of every page of this letter.", size=11)
    d.text_line("Why we made this decision", size=11.5, style="B")
    d.ln(1)
    d.para(why, size=11)
    if denial == "level_of_care":
        d.para("Our decision is about where the care was given, not whether you needed care.", size=11)
    d.para("You may ask us for a free copy of the guideline we used and of every document we looked at.", size=11)
    d.text_line("If you disagree", size=11.5, style="B")
    d.ln(1)
    if dl == "until":
        d.para(f"You can ask us to look at this decision again. This is called an appeal. You have until "
               f"{fmt_date(deadline, 'long')} to ask us.", size=11)
    elif dl == "within":
        d.para("You can ask us to look at this decision again. This is called an appeal, and you must ask within "
               "180 days of the date of this letter.", size=11)
    else:
        d.para(f"If you want us to look at this decision again, your written appeal must reach us no later than "
               f"{fmt_date(deadline, 'long')}.", size=11)
    d.para("Send your appeal to Osprey Point Health Plan, Member Appeals, PO Box 6120, Mystic Harbor, CT 06355, or "
           "fax it to 1-860-555-0187. You can also call us at 1-800-555-0142 (TTY 711) and ask by phone. If your "
           "health could be seriously harmed by waiting, ask for a fast appeal; we answer fast appeals within 72 "
           "hours.", size=11)
    d.para("Sincerely,\n\nHarriet Ng, RN\nClinical Review Department\nOsprey Point Health Plan", size=11)
    d.add_page()
    d.text_line("Your rights to a review", size=11.5, style="B")
    d.ln(1)
    d.para("Internal appeal. You, your doctor or someone you name can ask for an appeal. Someone who did not make "
           "the first decision will review it. You may send letters, records and anything else you want us to "
           "consider.", size=10)
    d.para("External review. If we keep our decision after your appeal, and the decision was based on medical "
           "necessity, appropriateness, health care setting or level of care, or on a finding that a treatment is "
           "experimental or investigational, you may ask the Connecticut Insurance Department for an external "
           "review within 120 days after you receive our appeal decision. Decisions about eligibility, coverage "
           "limits, network status, coding or late filing are not eligible for external review.", size=10)
    d.para("Help is available. The Connecticut Office of the Healthcare Advocate can help you file an appeal at no "
           "cost: 1-866-466-4446. If your plan is an employer plan covered by ERISA, you may also have the right to "
           "bring a civil action under section 502(a) after your appeal.", size=10)
    d.text_line("Nondiscrimination notice", size=10.5, style="B")
    d.para("Osprey Point Health Plan complies with Federal civil rights laws and does not discriminate on the basis "
           "of race, color, national origin, age, disability or sex. We provide free aids and services, such as "
           "qualified interpreters and written information in other formats. Call 1-800-555-0142 (TTY 711).",
           size=9)
    for tag in ("Espanol: Si habla espanol, hay servicios de ayuda con el idioma disponibles sin costo. Llame al "
                "1-800-555-0142.", "Portugues: Se fala portugues, estao disponiveis servicos gratuitos de "
                "assistencia linguistica. Ligue para 1-800-555-0142.", "Kreyol Ayisyen: Si w pale Kreyol Ayisyen, "
                "gen sevis ed pou lang ki disponib gratis pou ou. Rele 1-800-555-0142.", "Polski: Jezeli mowisz po "
                "polsku, mozesz skorzystac z bezplatnej pomocy jezykowej. Zadzwon pod numer 1-800-555-0142."):
        d.para(tag, size=8.5, gap=1.2)
    svc = [iso(start, end)] + ([iso(second)] if second else [])
    t = truth("denial_letter", denial, insurer=INSURER, plan_id=None, group_number=group_no,
              member_id=member_no.replace(" ", ""), member_name=name, case_numbers=[ref], claim_amount=amount,
              service_dates=svc, denial_date=iso(notice), provider=doctor, appeal_deadline=iso(deadline),
              alternates={"provider": [place]})
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    return [Item(stem, cond, [build(Rand(7200 + i), kind, dl)]) for i, (stem, cond, kind, dl) in enumerate(PLAN)]
