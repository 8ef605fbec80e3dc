"""Family 'medigap_crossover': a Medicare supplement (Medigap) insurer's crossover statements and one denial letter.

Hearthstead Life & Health Insurance Company is fictional, as are all people and numbers. Medicare pays first and
sends the claim on automatically (a Medicare claim number, the ICN, is printed beside the supplement's own claim
number); each claim is a block of two panels, "What Medicare did" (provider charged, Medicare approved, Medicare
paid, Part B deductible, coinsurance) beside "What your Plan G / Plan N did". Policy number, certificate number
and the Medicare number sit in the heading. Lines Medicare denied are denied here too; a Part B excess charge is
not covered under Plan N; a foreign travel emergency claim; one fully paid claim; and a letter in prose denying a
claim during the pre-existing condition waiting period.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, iso, m2, pdf_bytes, truth
from kit_roundh_faml import DOCTORS, ELDERS, LAST, digits, letters, money

FAMILY = "medigap_crossover"
LANG = "en"
INSURER = "Hearthstead Life & Health Insurance Company"
BRAND = "Hearthstead"  # the word set large in the letterhead: accepted as the insurer too
GENERAL = ["Heathercombe Family Practice", "Wagtail Ridge Cardiology", "Foxcote Gastroenterology"]
SITES = {"excess": "Wickham Ferry Orthopedics", "mednec": "Tillbrook Sleep Disorders Center",
         "late": "Sallowmere Physical Therapy", "msp": "Larkhill Diagnostic Imaging"}
SERVICES = [("99214", "Office visit"), ("93000", "Electrocardiogram"), ("71046", "Chest X-ray"),
            ("20610", "Joint injection"), ("97110", "Therapeutic exercise"), ("80053", "Metabolic panel"),
            ("G0439", "Annual wellness visit"), ("92083", "Visual field exam")]
# kind -> (denial, alternates, the denied service, note code, note text)
KINDS = {
    "excess": ("not_covered", [], ("99204", "New patient office visit"), "X15",
               "Part B excess charge: this doctor does not accept Medicare assignment and charged more than the "
               "Medicare-approved amount. Plan N does not cover Part B excess charges."),
    "mednec": ("medical_necessity", ["other"], ("95810", "Sleep study, attended"), "M50",
               "Medicare did not approve this service (Medicare says it was not reasonable and necessary for the "
               "diagnosis). When Medicare does not approve a service, your supplement cannot pay for it either."),
    "late": ("timely_filing", ["other"], ("97161", "Physical therapy evaluation"), "M29",
             "Medicare denied this claim because the provider sent it to Medicare more than 12 months after the "
             "date of service. Your supplement pays only for services Medicare approves."),
    "msp": ("other", [], ("72148", "MRI lumbar spine"), "M22",
            "Medicare says another plan (your employer's group health plan) pays first for this care, so Medicare "
            "did not pay. Send the claim to the other plan first; we pay after Medicare approves it."),
    "foreign": ("not_covered", [], ("ER", "Emergency department care abroad"), "F60",
                "Foreign travel emergency care is covered only when the emergency begins during the first 60 days "
                "of a trip outside the U.S. This emergency began on day {day} of your trip."),
    "paid": (None, [], None, "", ""),
}
# (stem, condition, kind, plan letter, paid claims beside it, date style, deadline style)
PLAN = [
    ("medigap_crossover_bd_excess", "born_digital", "excess", "N", 1, "long", "within"),
    ("medigap_crossover_bd_paid", "born_digital", "paid", "G", 0, "slash", "within"),
    ("medigap_crossover_scan_mednec", "scan_clean_300", "mednec", "G", 1, "abbr", "by"),
    ("medigap_crossover_lowres_foreign", "scan_lowres_150", "foreign", "G", 0, "long", "within"),
    ("medigap_crossover_photo_late", "phone_photo", "late", "N", 1, "slash", "receive"),
    ("medigap_crossover_rot_msp", "rotated", "msp", "G", 0, "iso", "within"),
]


def usd(v: float) -> str:
    return f"${v:,.2f}"


def insured(r: random.Random) -> dict:
    first = r.choice(ELDERS)
    last = r.choice(LAST)
    name = f"{first} {r.choice('ABCDEFGHJKLMNPRSTW')}. {last}"
    mbi = f"{r.randint(1, 9)}{letters(r, 2)}{r.randint(0, 9)}-{letters(r, 2)}{r.randint(0, 9)}-{letters(r, 2)}{digits(r, 2)}"
    return dict(name=name, policy=f"MS{digits(r, 9)}", cert=f"C{digits(r, 7)}", mbi=mbi,
                addr=f"{r.randint(10, 990)} Wolds Crossing Road", city="Amberlee, OH 45601")


def claim(r: random.Random, kind: str | None, plan: str, when: dt.date) -> dict:
    """One crossover claim with Medicare's and the supplement's amounts (all printed, most of them decoys)."""
    code, desc = KINDS[kind][2] if kind and kind != "paid" else r.choice(SERVICES)
    approved = money(r, 140, 1800) if kind in ("mednec", "msp") else money(r, 90, 420)
    charged = round(approved * 1.15, 2) if kind == "excess" else round(approved * r.uniform(1.3, 2.4), 2)
    mc_paid = 0.0 if kind in ("mednec", "late", "msp") else round(approved * 0.8, 2)
    coins = 0.0 if kind in ("mednec", "late", "msp") else round(approved - mc_paid, 2)
    copay = 20.0 if plan == "N" and code.startswith("992") else 0.0
    excess = round(charged - approved, 2) if kind == "excess" else 0.0
    we_paid = round(coins - copay, 2)
    owe = round(copay + excess, 2) if kind not in ("mednec", "late", "msp") else charged
    return dict(kind=kind, code=code, desc=desc, date=when, charged=charged, approved=0.0 if kind in (
        "mednec", "late", "msp") else approved, mc_paid=mc_paid, coins=coins, copay=copay, excess=excess,
        we_paid=we_paid, owe=owe, doctor=r.choice(DOCTORS), fac=SITES.get(kind) or r.choice(GENERAL),
        no=f"HL{when.strftime('%y')}{digits(r, 8)}", icn=f"{r.choice('12')}{when.strftime('%y')}{digits(r, 10)}",
        crossed=when + dt.timedelta(days=r.randint(16, 30)))


def panels(d: Doc, c: dict, plan: str, style: str) -> None:
    """Two side-by-side label/amount panels under the claim's title bar."""
    fd = lambda x: fmt_date(x, style)  # noqa: E731
    d.set_fill_color(60, 60, 60)
    d.set_text_color(255, 255, 255)
    d.font(8.5, "B")
    d.cell(0, 6, f"  {c['desc']} ({c['code']}) on {fd(c['date'])}  -  {c['doctor']}, {c['fac']}", fill=True,
           new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.font(8)
    d.cell(0, 5, f"Our claim number {c['no']}   |   Received from Medicare automatically on {fd(c['crossed'])}   |   "
                 f"Medicare claim no. (ICN) {c['icn']}", new_x="LMARGIN", new_y="NEXT")
    left = [("Provider charged", c["charged"]), ("Medicare approved", c["approved"]),
            ("Medicare paid", c["mc_paid"]), ("Applied to Part B deductible", 0.0),
            ("Medicare coinsurance (20%)", c["coins"])]
    right = [("Coinsurance we paid", c["we_paid"]), (f"Plan {plan} copayment (you pay)", c["copay"]),
             ("Part B excess charge", c["excess"]), ("We paid in total", c["we_paid"]), ("You may owe", c["owe"])]
    y0 = d.get_y() + 1
    half = (d.w - d.l_margin - d.r_margin) / 2
    for col, (title, rows) in enumerate((("What Medicare did", left), (f"What your Plan {plan} did", right))):
        x = d.l_margin + col * half
        d.set_xy(x, y0)
        d.font(8.5, "B")
        d.cell(half - 4, 5, title, border="B")
        for i, (k, v) in enumerate(rows):
            d.set_xy(x, y0 + 6 + i * 4.8)
            d.font(8.5)
            d.cell(half - 34, 4.8, k)
            d.cell(28, 4.8, usd(v), align="R")
    d.set_xy(d.l_margin, y0 + 6 + 5 * 4.8 + 1.5)


def statement(r: random.Random, kind: str, plan: str, n_paid: int, style: str, dl: str):
    who = insured(r)
    stmt = dt.date(2026, 2, 10) + dt.timedelta(days=r.randint(0, 170))
    fd = lambda x: fmt_date(x, style)  # noqa: E731
    when = stmt - dt.timedelta(days=r.randint(40, 70))
    if kind == "late":
        when = when - dt.timedelta(days=r.randint(380, 420))
    target = None if kind == "foreign" else claim(r, None if kind == "paid" else kind, plan, when)
    others = [claim(r, None, plan, stmt - dt.timedelta(days=r.randint(30, 60))) for _ in range(n_paid)]
    if kind == "late":  # Medicare got it late, so the crossover reached us only lately too
        target["crossed"] = stmt - dt.timedelta(days=r.randint(8, 20))
    d = Doc("Helvetica", footer="Hearthstead Life & Health Insurance Company  |  Medicare Supplement  |  {p}/{n}")
    d.add_page()
    d.text_line("HEARTHSTEAD", size=20, style="B", h=9)
    d.text_line("Life & Health Insurance Company", size=10, h=5)
    d.text_line("Medicare Supplement Service Center, 1290 Tollgate Row, Amberlee, OH 45601  -  1-866-555-0173",
                size=7.5, h=5)
    d.ln(3)
    d.text_line("Medicare Supplement Claim Statement", size=14, style="B", h=7)
    d.ln(1)
    y = d.get_y()
    d.font(9.5)
    d.multi_cell(90, 5, f"{who['name']}\n{who['addr']}\n{who['city']}", new_x="RIGHT", new_y="TOP")
    rows = [("Statement date", fd(stmt)), ("Policy number", who["policy"]), ("Certificate no.", who["cert"]),
            ("Plan", f"Medicare Supplement Plan {plan}"), ("Medicare number", who["mbi"])]
    for i, (k, v) in enumerate(rows):
        d.set_xy(d.l_margin + 100, y + i * 5)
        d.font(8.5)
        d.cell(32, 5, k)
        d.font(9, "B")
        d.cell(0, 5, v)
    d.set_xy(d.l_margin, y + 28)
    intro = ("Medicare processed the claims below first and sent them to us automatically. This is not a bill. "
             "Your provider may bill you for the amounts under You may owe.")
    if kind == "foreign":
        intro = ("You sent us this claim for care you got outside the United States. Medicare does not pay for "
                 "care outside the U.S., so there is no Medicare claim. This is not a bill.")
    d.para(intro, size=9)
    claims = others + ([target] if target else [])
    claims.sort(key=lambda c: c["date"])
    deadline = stmt + dt.timedelta(days=60) if dl == "within" else (
        stmt + dt.timedelta(days=r.choice([60, 61])) if dl == "by" else None)
    if kind == "foreign":
        target = foreign_block(r, d, stmt, style)
    for c in claims:
        panels(d, c, plan, style)
        if c["kind"]:
            d.font(8.5, "B")
            d.cell(20, 4.6, f"Note {KINDS[c['kind']][3]}:")
            d.font(8.5)
            d.multi_cell(0, 4.6, KINDS[c["kind"]][4], new_x="LMARGIN", new_y="NEXT")
        d.ln(2.5)
    closing(d, dl, deadline, fd)
    if kind == "paid":
        return pdf_bytes(d), paid_truth(who, claims[0], stmt, deadline, plan)
    return pdf_bytes(d), denied_truth(who, target, kind, stmt, deadline, dl, plan)


def foreign_block(r: random.Random, d: Doc, stmt: dt.date, style: str) -> dict:
    """A member-filed claim for emergency care abroad, in euros and converted to U.S. dollars."""
    fd = lambda x: fmt_date(x, style)  # noqa: E731
    when = stmt - dt.timedelta(days=r.randint(35, 60))
    day = r.randint(64, 90)
    left = when - dt.timedelta(days=day - 1)
    eur = money(r, 900, 4200)
    rate = round(r.uniform(1.06, 1.12), 4)
    usd_amt = round(eur * rate, 2)
    c = dict(kind="foreign", date=when, charged=usd_amt, eur=eur, doctor="Dr. Ilse Vandermeulen",
             fac="Clinique Sainte-Odile, Colmar, France", no=f"HL{when.strftime('%y')}{digits(r, 8)}")
    d.set_fill_color(60, 60, 60)
    d.set_text_color(255, 255, 255)
    d.font(9, "B")
    d.cell(0, 6, f"  Foreign travel emergency on {fd(when)}  -  {c['doctor']}, {c['fac']}", fill=True,
           new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    for k, v in (("Our claim number", c["no"]), ("You left the U.S. on", fd(left)),
                 ("Billed in euros", f"EUR {eur:,.2f}"), ("Exchange rate used", f"1 EUR = {rate} USD"),
                 ("Amount billed in U.S. dollars", usd(usd_amt)), ("Foreign travel deductible", usd(250)),
                 ("We paid", usd(0)), ("You may owe", usd(usd_amt))):
        d.font(8.5)
        d.cell(62, 4.8, k)
        d.font(8.5, "B")
        d.cell(0, 4.8, v, new_x="LMARGIN", new_y="NEXT")
    d.font(8.5, "B")
    d.cell(20, 4.6, "Note F60:")
    d.font(8.5)
    d.multi_cell(0, 4.6, KINDS["foreign"][4].format(day=day), new_x="LMARGIN", new_y="NEXT")
    d.ln(2.5)
    return c


def closing(d: Doc, dl: str, deadline, fd) -> None:
    when = {"within": "within 60 days of the date of this statement",
            "by": f"by {fd(deadline) if deadline else ''}",
            "receive": "within 60 days after you receive this statement"}[dl]
    d.font(10, "B")
    d.cell(0, 6, "Questions or disagreements", new_x="LMARGIN", new_y="NEXT")
    d.para(f"If you think we handled a claim wrongly, write to Hearthstead Claim Review, PO Box 7402, Amberlee, OH "
           f"45602 {when}, with the claim number. If you disagree with Medicare's decision, appeal to Medicare "
           "using your Medicare Summary Notice; Medicare allows 120 days from the day you get that notice. If "
           "Medicare changes its decision, we review the claim again automatically.", size=8.5)


def paid_truth(who: dict, c: dict, stmt: dt.date, deadline, plan: str) -> dict:
    alts = {"plan_id": [plan, f"Plan {plan}"], "member_id": [who["cert"]], "case_numbers": [[c["no"], c["icn"]]],
            "insurer": [BRAND],
            "provider": [c["fac"]], "appeal_deadline": [iso(deadline)] if deadline else []}
    return truth("eob", None, insurer=INSURER, member_id=who["policy"], member_name=who["name"],
                 case_numbers=[c["no"]], claim_amount=m2(c["charged"]), service_dates=[iso(c["date"])],
                 denial_date=iso(stmt), provider=c["doctor"], appeal_deadline=None, alternates=alts,
                 type_alternates=["other"])


def denied_truth(who: dict, c: dict, kind: str, stmt: dt.date, deadline, dl: str, plan: str) -> dict:
    alts: dict = {"plan_id": [plan, f"Plan {plan}"], "member_id": [who["cert"]], "provider": [c["fac"]],
                  "insurer": [BRAND]}
    if "icn" in c:
        alts["case_numbers"] = [[c["no"], c["icn"]]]
    if dl == "receive":
        alts["appeal_deadline"] = [iso(stmt + dt.timedelta(days=60))]
    if kind == "excess":
        alts["claim_amount"] = [m2(c["excess"])]
    if kind == "foreign":
        alts["claim_amount"] = [m2(c["eur"])]
    return truth("eob", KINDS[kind][0], insurer=INSURER, member_id=who["policy"], member_name=who["name"],
                 case_numbers=[c["no"]], claim_amount=m2(c["charged"]), service_dates=[iso(c["date"])],
                 denial_date=iso(stmt), provider=c["doctor"], appeal_deadline=iso(deadline) if deadline else None,
                 alternates=alts, denial_alternates=KINDS[kind][1])


def preex_letter(r: random.Random) -> tuple[bytes, dict]:
    """The pre-existing condition waiting period denial, told in prose (no panels, no table)."""
    who = insured(r)
    eff = dt.date(2026, r.choice([1, 2, 3]), 1)
    end = dt.date(eff.year, eff.month + 6, 1) - dt.timedelta(days=1)
    when = eff + dt.timedelta(days=r.randint(40, 90))
    notice = when + dt.timedelta(days=r.randint(35, 55))
    doctor, hosp = r.choice(DOCTORS), "Shearwater Hill Surgical Center"
    charged = money(r, 3800, 9600)
    approved = round(charged * 0.41, 2)
    mc_paid = round(approved * 0.8, 2)
    coins = round(approved - mc_paid, 2)
    no, icn = f"HL{when.strftime('%y')}{digits(r, 8)}", f"2{when.strftime('%y')}{digits(r, 10)}"
    d = Doc("Times", footer="Hearthstead Life & Health Insurance Company - page {p} of {n}")
    d.add_page()
    d.text_line("HEARTHSTEAD", size=20, style="B", h=9)
    d.text_line("Life & Health Insurance Company  -  Medicare Supplement Service Center", size=10, h=5)
    d.text_line("1290 Tollgate Row, Amberlee, OH 45601  -  1-866-555-0173 (TTY 711)", size=8, h=5)
    d.ln(6)
    d.text_line(fmt_date(notice, "long"), size=11, h=6)
    d.ln(3)
    for line in (who["name"], who["addr"], who["city"]):
        d.text_line(line, size=11, h=5.5)
    d.ln(5)
    d.text_line(f"Re: Policy {who['policy']} (certificate {who['cert']}), Medicare Supplement Plan G", size=11,
                style="B", h=6)
    d.text_line(f"Our claim {no}", size=11, style="B", h=6)
    d.ln(3)
    first = who["name"].split()[0]
    d.para(f"Dear {first} {who['name'].split()[-1]}:", size=11)
    d.para(f"We received from Medicare the claim for the outpatient knee arthroscopy that {doctor} performed at "
           f"{hosp} on {fmt_date(when, 'long')}. The surgical center charged {usd(charged)}. Medicare approved {usd(approved)} "
           f"and paid {usd(mc_paid)}, leaving {usd(coins)} in Medicare coinsurance, which your Plan G would usually "
           "pay.", size=11)
    d.para(f"We are not able to pay that amount. Your policy began on {fmt_date(eff, 'long')}. When you applied, "
           "you did not have a guaranteed right to buy this policy and had no earlier health coverage that counts "
           "toward the waiting period. For that reason your policy does not pay, during its first six months, for "
           "a condition that a doctor advised or treated in the six months before the policy began. Your records "
           "show treatment for arthritis of the right knee in those six months. The waiting period ends on "
           f"{fmt_date(end, 'long')}; care for the knee after that date will be covered like any other care.",
           size=11)
    d.para("Medicare's own payment is not affected by this decision. You may owe the surgical center the coinsurance "
           "above. Ask the surgical center about a payment plan if you need one.", size=11)
    d.para("If you believe we are wrong, for example because you had other health coverage before this policy "
           "that we did not count, write to us within 60 days of the date of this letter. Send any proof of the "
           "earlier coverage (a certificate of coverage or a letter from the former insurer). Your state insurance "
           "department can also help: 1-800-555-0190. Medicare claim number for your records (ICN): " + icn + ".",
           size=11)
    d.para("Sincerely,\n\nClaims Review Unit\nHearthstead Life & Health Insurance Company", size=11)
    alts = {"plan_id": ["G", "Plan G"], "member_id": [who["cert"]], "case_numbers": [[no, icn]], "insurer": [BRAND],
            "provider": [hosp], "claim_amount": [m2(coins)]}
    t = truth("denial_letter", "not_covered", insurer=INSURER, member_id=who["policy"], member_name=who["name"],
              case_numbers=[no], claim_amount=m2(charged), service_dates=[iso(when)], denial_date=iso(notice),
              provider=doctor, appeal_deadline=iso(notice + dt.timedelta(days=60)), alternates=alts,
              denial_alternates=["eligibility"])
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, plan, n_paid, style, dl) in enumerate(PLAN):
        r = random.Random(7300 + i)
        items.append(Item(stem, cond, [statement(r, kind, plan, n_paid, style, dl)]))
    items.insert(4, Item("medigap_crossover_faxs_preex", "fax_standard_g4", [preex_letter(random.Random(7399))]))
    return items
