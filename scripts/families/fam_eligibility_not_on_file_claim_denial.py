"""Family 'eligibility_not_on_file_claim_denial': EOBs, remittances and letters denying claims because the member was
not eligible on the date of service (coverage terminated, not yet effective, dependent over the age limit, patient
not found), with CARC 27 / 26 / 31, and a reprocessed EOB after a retroactive reinstatement. Written at first sight;
every insurer, provider, person and number is invented.

Layouts: Brynmor Mutual Health (member EOB with a claim table; reprocessed EOB), Caerwys Benefit Administrators
(a TPA's 835-style paper remittance with several claims, for the Glanmor Builders plan), Penrhos Family Health Plan
(letter about a dependent over age 26; letter to a provider about coverage not yet effective; a reinstatement-review
letter that keeps a claim denied), Plan de Salud Llanfair (Spanish EOB; coverage ended for non-payment).
Decoys: subscriber vs patient, dates of birth, termination and effective dates, received dates, paid claims of other
patients on the remittance, patient account numbers, NPIs, phone numbers, the earlier claim number on the reprocessed EOB.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, pdf_bytes, truth

FAMILY = "eligibility_not_on_file_claim_denial"
LANG = "en"

FIRST = ["Rhiannon", "Emeka", "Siobhan", "Tomasz", "Anwen", "Yusuf", "Gwilym", "Chiamaka", "Bronwen", "Dariusz",
         "Ifeoma", "Cadoc"]
LAST = ["Pritchard", "Nwachukwu", "Wojcik", "Llewellyn", "Haddad", "Gruffydd", "Eze", "Kowalczyk", "Bevan",
        "Al-Amin", "Madoc", "Obiora"]
FIRST_ES = ["Rosalba", "Wilfredo", "Yesenia", "Abelardo"]
LAST_ES = ["Echeverría", "Galarza", "Quiñones", "Betancourt"]
STREETS = ["Cwmbran Road", "Tenby Street", "Aberdaron Lane", "Harlech Court", "Nefyn Avenue"]
CITIES = [("Brynmor", "PA", "17931"), ("Caerwys", "OH", "43619"), ("Penrhos", "NY", "13367")]
BM, CB, PF, PL = ("Brynmor Mutual Health", "Caerwys Benefit Administrators", "Penrhos Family Health Plan",
                  "Plan de Salud Llanfair")


def person(r: random.Random, lang: str = "en") -> tuple[str, str, str, str]:
    f = r.choice(FIRST_ES if lang == "es" else FIRST)
    l = r.choice(LAST_ES if lang == "es" else LAST)
    m = r.choice("BCDEFGHJLMNRST")
    return f"{f} {m}. {l}", f, m, l


def ident(r: random.Random, pat: str) -> str:
    return "".join(r.choice("ABCDEFGHJKMNPRTUVWXY") if c == "A" else str(r.randint(0, 9)) if c == "9" else c
                   for c in pat)


def usd(v: float, sign: bool = True) -> str:
    return ("$" if sign else "") + f"{v:,.2f}"


def tollfree(r: random.Random) -> str:
    return f"1-8{r.choice('0345')}{r.choice('0345')}-555-{r.randint(1000, 9999)}"


def addr(r: random.Random, city=None) -> tuple[str, str]:
    c = city or r.choice(CITIES)
    return f"{r.randint(14, 9800)} {r.choice(STREETS)}", f"{c[0]}, {c[1]} {c[2]}"


def kv(d: Doc, rows, lw: float = 50, size: float = 10) -> None:
    for k, v in rows:
        d.font(size, "B")
        d.cell(lw, size * 0.52, k)
        d.font(size)
        d.cell(0, size * 0.52, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


def addressee(d: Doc, name: str, a) -> None:
    for ln in (name, *a):
        d.text_line(ln, 10.5)
    d.ln(4)


def brynmor_head(d: Doc, ph: str) -> None:
    d.text_line("BRYNMOR", 20, "B")
    d.text_line("MUTUAL HEALTH", 10, "B")
    d.text_line(f"PO Box 2290, Brynmor, PA 17931   Customer Service {ph}", 8)
    d.rule(0.6, 3)


def svc_lines(r: random.Random, dos: list[dt.date]):
    menu = [("99214", "Office visit, established patient", (160, 240)), ("85025", "Complete blood count", (30, 60)),
            ("80053", "Comprehensive metabolic panel", (45, 90)), ("73030", "X-ray shoulder, 2 views", (110, 190)),
            ("97110", "Therapeutic exercise, 15 min", (70, 120))]
    out = []
    for d_ in dos:
        for c, ds, (lo, hi) in r.sample(menu, 2):
            out.append((d_, c, ds, round(r.uniform(lo, hi), 2)))
    return out


# ------------------------------------------------------------------ 1. member EOB, coverage terminated (CARC 27)
def doc_term(r: random.Random):
    m, a = person(r), addr(r)
    dec = dt.date(2026, 2, 16) + dt.timedelta(days=r.randint(0, 30))
    term = dec - dt.timedelta(days=r.randint(50, 60))
    dos = [term + dt.timedelta(days=r.randint(6, 12))]
    mid, grp, claim = ident(r, "BMH999999999"), ident(r, "99-99999"), ident(r, "E26999999999")
    prov = "Fenwick Orthopaedic Associates"
    lines = svc_lines(r, dos)
    total = round(sum(x[3] for x in lines), 2)
    ph = tollfree(r)
    d = Doc("Helvetica", footer="THIS IS NOT A BILL   page {p}/{n}")
    d.add_page()
    brynmor_head(d, ph)
    addressee(d, m[0], a)
    d.text_line("Explanation of Benefits", 14, "B")
    kv(d, [("Date issued:", fmt_date(dec, "long")), ("Member:", m[0]), ("Member ID:", mid), ("Group:", grp),
           ("Claim number:", claim), ("Provider:", prov), ("Claim received:", fmt_date(dec - dt.timedelta(days=12),
                                                                                      "long"))], lw=38)
    d.table(["Date of service", "Code", "Description", "Amount billed", "Plan paid", "Remark"],
            [[fmt_date(x, "slash"), c, ds, usd(v), "$0.00", "27"] for x, c, ds, v in lines]
            + [["*Totals", "", "", usd(total), "$0.00", ""]], [28, 16, 62, 28, 22, 18], size=8.5, aligns="LLLRRL")
    d.text_line("Remark 27", 10, "B")
    d.para(f"Expenses incurred after coverage terminated. Our records show your coverage under group {grp} ended on "
           f"{fmt_date(term, 'long')}. The services above were received after that date, so the plan cannot pay "
           "them. If your employer reports that your coverage should not have ended, we will reprocess this claim.",
           9.5)
    d.text_line("Your right to appeal", 10, "B")
    d.para(f"You may appeal within 180 days of the date this EOB was issued. Call {ph} or write to Brynmor Mutual "
           "Health Appeals, PO Box 2297, Brynmor, PA 17931.", 9.5)
    t = truth("eob", "eligibility", insurer=BM, member_id=mid, group_number=grp, member_name=m[0],
              case_numbers=[claim], claim_amount=f"{total:.2f}", service_dates=[x.isoformat() for x in dos],
              denial_date=dec.isoformat(), provider=prov, appeal_deadline=(dec + dt.timedelta(days=180)).isoformat())
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 2. TPA remittance, patient not found (CARC 31)
def doc_remit(r: random.Random):
    dec = dt.date(2026, 3, 23) + dt.timedelta(days=r.randint(0, 20))
    prov = "Harlech Street Family Medicine"
    pts = [person(r) for _ in range(3)]
    rows = []
    for i, p in enumerate(pts):
        dos = dec - dt.timedelta(days=r.randint(14, 40))
        billed = round(r.uniform(140, 420), 2)
        rows.append(dict(p=p, dos=dos, icn=ident(r, "99999999999999"), mid=ident(r, "GBW99999999"),
                         acct=ident(r, "PA999999"), billed=billed, denied=(i == 1)))
    ph = tollfree(r)
    d = Doc("Courier", margins=(12, 12, 12), orientation="L")
    d.add_page()
    d.text_line(CB.upper(), 12, "B")
    d.text_line("THIRD PARTY ADMINISTRATOR FOR THE GLANMOR BUILDERS HEALTH BENEFIT PLAN", 8)
    d.text_line(f"PO BOX 5510 CAERWYS OH 43619   PROVIDER LINE {ph}", 8)
    d.ln(2)
    d.text_line("PROVIDER REMITTANCE ADVICE", 11, "B")
    kv(d, [("PAYEE:", prov.upper()), ("PAYEE NPI:", f"1{r.randint(10**8, 10**9 - 1)}"),
           ("CHECK DATE:", fmt_date(dec, "slash")), ("CHECK NO:", ident(r, "99999999"))], lw=32, size=9)
    body = []
    for x in rows:
        paid = 0.0 if x["denied"] else round(x["billed"] * 0.72, 2)
        body.append([x["p"][0].upper(), x["mid"], x["icn"], x["acct"], fmt_date(x["dos"], "slash"),
                     usd(x["billed"], False), usd(paid, False), "CO-31" if x["denied"] else "CO-45"])
    d.table(["PATIENT", "MEMBER ID", "ICN", "PAT ACCT", "DOS", "BILLED", "PAID", "CARC"], body,
            [56, 30, 40, 26, 24, 24, 22, 20], size=8.5, aligns="LLLLLRRL")
    d.para("CO-31  PATIENT CANNOT BE IDENTIFIED AS OUR INSURED. NO MEMBER ON FILE MATCHING THE NAME, DATE OF BIRTH "
           "AND ID SUBMITTED. VERIFY ELIGIBILITY AND SUBMIT A CORRECTED CLAIM.", 8.5)
    d.para("CO-45  CHARGE EXCEEDS FEE SCHEDULE/MAXIMUM ALLOWABLE OR CONTRACTED FEE ARRANGEMENT.", 8.5)
    d.para("CORRECTED CLAIMS AND APPEALS MUST BE RECEIVED WITHIN 90 DAYS OF THE CHECK DATE ON THIS REMITTANCE.", 8.5)
    x = rows[1]
    t = truth("eob", "eligibility", insurer=CB, member_id=x["mid"], member_name=x["p"][0], case_numbers=[x["icn"]],
              claim_amount=f"{x['billed']:.2f}", service_dates=[x["dos"].isoformat()], denial_date=dec.isoformat(),
              provider=prov, appeal_deadline=(dec + dt.timedelta(days=90)).isoformat())
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 3. dependent over age limit (letter)
def doc_age(r: random.Random):
    sub, a = person(r), addr(r)
    dep = (lambda p: (f"{p[1]} {p[2]}. {sub[3]}", p[1], p[2], sub[3]))(person(r))
    dec = dt.date(2026, 4, 20) + dt.timedelta(days=r.randint(0, 20))
    dob = dt.date(1999, r.randint(1, 12), r.randint(1, 28))
    end26 = dt.date(2025, 12, 31)
    dos = [dt.date(2026, 1, 1) + dt.timedelta(days=r.randint(20, 60))]
    mid, grp = ident(r, "PFH9999999-02"), ident(r, "G999999")
    claim, prov = ident(r, "PF-26-9999999"), "Tenby Valley Urgent Care"
    amt = round(r.uniform(220, 680), 2)
    ph = tollfree(r)
    d = Doc("Times")
    d.add_page()
    d.text_line(PF, 15, "B", align="C")
    d.text_line(f"Eligibility & Enrollment Unit  -  77 Nefyn Avenue, Penrhos, NY 13367  -  {ph}", 8.5, align="C")
    d.rule(0.3, 5)
    d.text_line(fmt_date(dec, "abbr"), 11)
    d.ln(3)
    addressee(d, sub[0], a)
    d.text_line(f"RE: Claim {claim} for {dep[0]}", 11, "B")
    kv(d, [("Subscriber:", sub[0]), ("Patient:", f"{dep[0]} (dependent child)"), ("Patient date of birth:",
           fmt_date(dob, "slash")), ("Member ID:", mid), ("Group number:", grp), ("Provider:", prov),
           ("Date of service:", fmt_date(dos[0], "slash")), ("Amount billed:", usd(amt))], lw=52, size=11)
    d.para(f"Dear {sub[1]} {sub[3]}:", 11)
    d.para(f"We denied this claim because {dep[1]} was not covered on the date of service. Under your plan, a "
           "child is covered until the end of the month in which the child turns 26. Our records show that "
           f"coverage for {dep[1]} ended on {fmt_date(end26, 'long')}. Claim adjustment reason code 27 (expenses "
           "incurred after coverage terminated) applies.", 11)
    d.para(f"{dep[1]} may be able to buy coverage through COBRA or the Marketplace. A special enrollment period may "
           "apply for 60 days after coverage ends.", 11)
    d.para("If you think this decision is wrong, you may appeal in writing within 180 days of the date of this "
           "letter. Send your appeal with any proof of coverage to Penrhos Family Health Plan, Appeals, PO Box 808, "
           "Penrhos, NY 13367.", 11)
    t = truth("denial_letter", "eligibility", insurer=PF, member_id=mid, group_number=grp, member_name=dep[0],
              case_numbers=[claim], claim_amount=f"{amt:.2f}", service_dates=[dos[0].isoformat()],
              denial_date=dec.isoformat(), provider=prov, appeal_deadline=(dec + dt.timedelta(days=180)).isoformat())
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 4. reprocessed paid EOB after reinstatement
def doc_reproc(r: random.Random):
    m, a = person(r), addr(r)
    sub = person(r)
    dec = dt.date(2026, 5, 18) + dt.timedelta(days=r.randint(0, 20))
    dos = [dec - dt.timedelta(days=r.randint(70, 80))]
    mid, grp = ident(r, "BMH999999999"), ident(r, "99-99999")
    old, new = ident(r, "E26999999999"), ident(r, "E26999999999")
    prov = "Aberdaron Physical Therapy"
    lines = svc_lines(r, dos)
    total = round(sum(x[3] for x in lines), 2)
    allowed = [round(v * 0.68, 2) for *_, v in lines]
    paid = [round(v * 0.8, 2) for v in allowed]
    ph = tollfree(r)
    d = Doc("Helvetica", footer="THIS IS NOT A BILL   page {p}/{n}")
    d.add_page()
    brynmor_head(d, ph)
    addressee(d, sub[0], a)
    d.text_line("Explanation of Benefits - Reprocessed Claim", 13, "B")
    kv(d, [("Statement date:", fmt_date(dec, "slash")), ("Subscriber:", sub[0]), ("Patient:", m[0]),
           ("Member ID:", mid), ("Group:", grp), ("Claim number:", new),
           ("Replaces claim:", old), ("Provider:", prov)], lw=40)
    d.para(f"Your employer reinstated your coverage retroactively. We reprocessed claim {old}, which was denied "
           "earlier with remark 27 (coverage terminated), under the new claim number above.", 9.5)
    d.table(["Service date", "Code", "Billed", "Allowed", "Plan paid", "Your share"],
            [[fmt_date(x, "slash"), c, usd(v), usd(al), usd(p), usd(round(al - p, 2))]
             for (x, c, _, v), al, p in zip(lines, allowed, paid)]
            + [["*Total", "", usd(total), usd(sum(allowed)), usd(sum(paid)), usd(round(sum(allowed) - sum(paid), 2))]],
            [30, 20, 30, 30, 30, 30], size=9, aligns="LLRRRR")
    d.para(f"Payment of {usd(sum(paid))} was sent to {prov}. Your share is the coinsurance shown above.", 9.5)
    d.para(f"If you have questions about this reprocessed claim, call {ph}.", 9.5)
    t = truth("eob", None, insurer=BM, member_id=mid, group_number=grp, member_name=m[0], case_numbers=[new],
              claim_amount=f"{total:.2f}", service_dates=[x.isoformat() for x in dos], denial_date=dec.isoformat(),
              provider=prov, type_alternates=["other"], alternates={"case_numbers": [[new, old]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 5. letter to provider, not yet effective (CARC 26)
def doc_noteff(r: random.Random):
    m = person(r)
    dec = dt.date(2026, 6, 8) + dt.timedelta(days=r.randint(0, 20))
    eff = dt.date(dec.year, dec.month, 1)
    dos = [eff - dt.timedelta(days=r.randint(4, 15)), eff - dt.timedelta(days=r.randint(1, 3))]
    mid, grp = ident(r, "PFH9999999-01"), ident(r, "G999999")
    claim = ident(r, "PF-26-9999999")
    prov, pa = "Cwmbran Road Diagnostic Imaging", addr(r, CITIES[2])
    lines = svc_lines(r, dos)
    total = round(sum(x[3] for x in lines), 2)
    ph = tollfree(r)
    d = Doc("Helvetica")
    d.add_page()
    d.text_line(PF, 14, "B")
    d.text_line(f"Provider Services  |  PO Box 811, Penrhos, NY 13367  |  {ph}  |  Fax (315) 555-0142", 8.5)
    d.rule(0.5, 4)
    d.text_line(fmt_date(dec, "iso"), 10.5)
    d.ln(3)
    addressee(d, prov, pa)
    d.text_line("Claim denial - member not eligible on date(s) of service", 12, "B")
    d.table(["Patient", "Member ID", "Group", "Claim #", "Billed"], [[m[0], mid, grp, claim, usd(total)]],
            [48, 36, 26, 38, 26], size=9.5)
    d.table(["DOS", "CPT", "Description", "Charge", "CARC"],
            [[fmt_date(x, "slash"), c, ds, usd(v), "26"] for x, c, ds, v in lines], [24, 16, 80, 26, 20], size=9,
            aligns="LLLRL")
    d.para(f"The claim above was denied with reason code 26 (expenses incurred prior to coverage). The member's "
           f"coverage with {PF} became effective on {fmt_date(eff, 'long')}; the dates of service are before that "
           "date. Please check whether the patient had other coverage on those dates and bill that carrier.")
    d.para("If you have information showing the member was covered on the dates of service, you may submit a "
           "corrected claim or a provider appeal within 60 days of the date of this letter.")
    t = truth("denial_letter", "eligibility", insurer=PF, member_id=mid, group_number=grp, member_name=m[0],
              case_numbers=[claim], claim_amount=f"{total:.2f}", service_dates=[x.isoformat() for x in dos],
              denial_date=dec.isoformat(), provider=prov, appeal_deadline=(dec + dt.timedelta(days=60)).isoformat())
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 6. Spanish EOB, coverage ended (phone photo)
def doc_es(r: random.Random):
    m = person(r, "es")
    a = addr(r, ("Hialeah", "FL", "33012"))
    dec = dt.date(2026, 7, 13) + dt.timedelta(days=r.randint(0, 20))
    term = dec - dt.timedelta(days=r.randint(40, 50))
    dos = [term + dt.timedelta(days=r.randint(5, 15))]
    mid, claim = ident(r, "LLF99999999"), ident(r, "R-2026-999999")
    prov = "Clínica Médica Palmetto"
    lines = svc_lines(r, dos)
    total = round(sum(x[3] for x in lines), 2)
    ph = tollfree(r)
    d = Doc("Helvetica")
    d.add_page()
    d.text_line(PL, 15, "B")
    d.text_line(f"Apartado 4470, Hialeah, FL 33012  ·  Servicios al Miembro {ph} (TTY 711)", 8.5)
    d.rule(0.5, 3)
    addressee(d, m[0], a)
    d.text_line("Explicación de Beneficios", 14, "B")
    kv(d, [("Fecha del aviso:", fmt_date(dec, "es")), ("Miembro:", m[0]), ("Número de miembro:", mid),
           ("Número de reclamación:", claim), ("Proveedor:", prov)], lw=52)
    d.table(["Fecha de servicio", "Código", "Cantidad facturada", "Pagado por el plan", "Nota"],
            [[fmt_date(x, "es_abbr"), c, usd(v), "$0.00", "27"] for x, c, _, v in lines]
            + [["*Total", "", usd(total), "$0.00", ""]], [36, 20, 40, 40, 20], size=9, aligns="LLRRL")
    d.text_line("Nota 27", 10, "B")
    d.para(f"Su cobertura terminó el {fmt_date(term, 'es')} por falta de pago de la prima. Los servicios se "
           "prestaron después de esa fecha, cuando usted no tenía cobertura con nosotros. El plan no pagará esta "
           "reclamación.", 9.5)
    d.text_line("Su derecho a apelar", 10, "B")
    d.para("Si no está de acuerdo, puede presentar una apelación dentro de 180 días a partir de la fecha de este "
           f"aviso. Llame al {ph} o escriba a Apelaciones, Apartado 4478, Hialeah, FL 33012.", 9.5)
    t = truth("eob", "eligibility", lang="es", insurer=PL, member_id=mid, member_name=m[0], case_numbers=[claim],
              claim_amount=f"{total:.2f}", service_dates=[x.isoformat() for x in dos], denial_date=dec.isoformat(),
              provider=prov, appeal_deadline=(dec + dt.timedelta(days=180)).isoformat())
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 7. reinstatement review keeps a claim denied
def doc_partial(r: random.Random):
    m, a = person(r), addr(r)
    dec = dt.date(2026, 8, 10) + dt.timedelta(days=r.randint(0, 20))
    rein = dt.date(2026, 6, 1)
    dos = [rein - dt.timedelta(days=r.randint(6, 12))]
    other_dos = rein + dt.timedelta(days=r.randint(5, 20))
    mid, grp = ident(r, "PFH9999999-01"), ident(r, "G999999")
    claim, oclaim = ident(r, "PF-26-9999999"), ident(r, "PF-26-9999999")
    appeal = ident(r, "APL-9999999")
    prov = "Llewellyn Dermatology Group"
    amt, oamt = round(r.uniform(180, 520), 2), round(r.uniform(150, 400), 2)
    ph = tollfree(r)
    d = Doc("Times")
    d.add_page()
    d.text_line(PF, 15, "B", align="C")
    d.text_line(f"Member Appeals  -  PO Box 808, Penrhos, NY 13367  -  {ph}", 8.5, align="C")
    d.rule(0.3, 5)
    d.text_line(fmt_date(dec, "wlong"), 11)
    d.ln(3)
    addressee(d, m[0], a)
    d.text_line(f"Appeal {appeal}: review of claims after reinstatement", 11, "B")
    d.ln(1)
    d.para(f"Dear {m[1]} {m[3]}: You asked us to pay two claims that were denied because your coverage had ended. "
           f"Your employer has reinstated your coverage effective {fmt_date(rein, 'long')}. We reviewed both claims "
           "from " + prov + ".", 11)
    d.table(["Claim", "Date of service", "Billed", "Decision"],
            [[oclaim, fmt_date(other_dos, "slash"), usd(oamt), "Reprocessed and paid"],
             [claim, fmt_date(dos[0], "slash"), usd(amt), "Denial upheld (CARC 27)"]],
            [44, 36, 30, 64], size=10)
    d.para(f"Claim {oclaim} is on or after the reinstatement date and has been reprocessed; you will receive a new "
           f"Explanation of Benefits. Claim {claim}, for services on {fmt_date(dos[0], 'long')}, is before the "
           "reinstated coverage began. You were not eligible on that date, so the denial is upheld.", 11)
    kv(d, [("Member ID:", mid), ("Group:", grp)], lw=30, size=10.5)
    d.para("This is our final internal decision on claim " + claim + ". You may request an external review "
           "within 4 months of the date of this letter. You also may contact your employer's benefits office "
           "about the reinstatement date.", 11)
    t = truth("denial_letter", "eligibility", insurer=PF, member_id=mid, group_number=grp, member_name=m[0],
              case_numbers=[claim, appeal], claim_amount=f"{amt:.2f}", service_dates=[dos[0].isoformat()],
              denial_date=dec.isoformat(), provider=prov, appeal_deadline=None,
              alternates={"case_numbers": [[claim]]})
    return pdf_bytes(d), t


PLAN = [
    ("bd_member_eob_coverage_terminated_carc27", "born_digital", doc_term),
    ("bd_tpa_remit_patient_not_found_carc31", "born_digital", doc_remit),
    ("scan300_dependent_over_age_26_letter", "scan_clean_300", doc_age),
    ("copy_reprocessed_paid_eob_after_reinstatement", "photocopy", doc_reproc),
    ("faxstd_provider_letter_not_yet_effective_carc26", "fax_standard_g4", doc_noteff),
    ("phone_es_eob_cobertura_terminada", "phone_photo", doc_es),
    ("lowres_reinstatement_review_denial_upheld", "scan_lowres_150", doc_partial),
]


def documents(rng) -> list[Item]:
    return [Item(f"{FAMILY}_{suffix}", cond, [fn(random.Random(159600 + i))])
            for i, (suffix, cond, fn) in enumerate(PLAN)]
