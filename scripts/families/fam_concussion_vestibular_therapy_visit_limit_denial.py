"""Family 'concussion_vestibular_therapy_visit_limit_denial': an invented commercial insurer refuses vestibular
rehabilitation after a concussion once the plan's 20-visit calendar-year rehabilitative therapy limit is used up.

Documents: a born-digital EOB with three claims (five lines), only the one for the visits past the limit denied; the therapy
clinic's scanned patient statement (several visits, some denied by insurance; denies nothing itself); a phone photo
of the therapist's exception request letter (denies nothing); a fine-fax letter refusing the exception, told only in
sentences; a sideways Spanish member letter denying visits past the limit; a low-resolution pre-service
determination refusing 12 more visits (table); a photocopied stack of a visits-used benefit update (denies nothing)
and a claim denial letter whose second page was fed upside down, with a blank separator.
All values invented; phones 1-555. Decoys: subscriber vs patient, DOB, NPI, patient account numbers, claims
processing period, visits-used counters, 72-hour urgent and 4-month external review limits, other claims.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from kit_roundcx_famcxc import Page, digs, fd, h, head, kv, money, out, ph, plus, t

FAMILY = "concussion_vestibular_therapy_visit_limit_denial"
LANG = "en"
SEED = 348600
ORG = "Lodestar Mutual Health"
ORG_LINES = ["Claims: PO Box 88214, Bismarck, ND 58599", "lodestarmutual.example"]
PLAN = "Lodestar Choice PPO 2500"
CLINIC = "Tidewater Balance & Concussion Rehab"
CLINIC_ADDR = "410 Commerce Park Drive, Suite 6, Fargo, ND 58199"
PT = "Corinne A. Vasko, PT, DPT"
PT_BARE = "Corinne A. Vasko"
SPORTS = "Dr. Felix N. Oyelowo"
PATIENTS = ["Tobias R. Lindqvist", "Harriet E. Moberg", "Kwame O. Asante", "Delia F. Strand", "Ingrid P. Soto",
            "Wendell J. Marchetti", "Naomi L. Pemberton"]
SUBSCRIBERS = ["Annika S. Lindqvist", "Paul R. Moberg", "Efua A. Asante", "Grant H. Strand", "Luis M. Soto",
               "Joan C. Marchetti", "Roy D. Pemberton"]
LIMIT_TEXT = "Rehabilitative physical, occupational and speech therapy: 20 visits combined per calendar year"


def base(r: random.Random, k: int) -> dict:
    notice = dt.date(2026, 4, 6) + dt.timedelta(days=r.randint(0, 110))
    return dict(notice=notice, pat=PATIENTS[k], sub=SUBSCRIBERS[k], mid="LMH" + digs(r, 9), grp=digs(r, 6),
                phone=ph(r), dob=dt.date(r.randint(1990, 2011), r.randint(1, 12), r.randint(1, 28)),
                npi=r.choice("12") + digs(r, 9), acct="TBC-" + digs(r, 6))


def visits(notice: dt.date, r: random.Random, n: int, back: int = 40) -> list[dt.date]:
    """n visit dates, two a week, ending some days before the notice."""
    d0 = plus(notice, -back)
    out_ = []
    for i in range(n):
        out_.append(plus(d0, (i // 2) * 7 + (i % 2) * 3))
    return out_


def doc_eob_bd(r):
    f = base(r, 0)
    period_end = plus(f["notice"], -3)
    v = visits(f["notice"], r, 4, 30)
    office = plus(v[0], -2)
    # claim 1: office visit paid; claim 2: visits 19-20 paid; claim 3: visits 21-22 denied
    c1, c2, c3 = digs(r, 11), digs(r, 11), digs(r, 11)
    per = 185.0
    rows = [
        [c1, fd(office, "slash"), "99214 Office visit", SPORTS, "245.00", "160.12", "160.12", "0.00", "30.00", ""],
        [c2, fd(v[0], "slash"), "97112 NM re-ed x3", "Tidewater Bal. & Conc.", f"{per:.2f}", "118.40", "88.40", "0.00",
         "30.00", "V19"],
        [c2, fd(v[1], "slash"), "97112 NM re-ed x3", "Tidewater Bal. & Conc.", f"{per:.2f}", "118.40", "88.40", "0.00",
         "30.00", "V20"],
        [c3, fd(v[2], "slash"), "97112 NM re-ed x3", "Tidewater Bal. & Conc.", f"{per:.2f}", "0.00", "0.00", "185.00",
         "0.00", "119"],
        [c3, fd(v[3], "slash"), "97112 NM re-ed x3", "Tidewater Bal. & Conc.", f"{per:.2f}", "0.00", "0.00", "185.00",
         "0.00", "119"],
    ]
    d = Page(footer="Page {n} of {nb}", footer_left=f"{ORG}  EOB-PPO-11")
    d.add_page()
    head(d, ORG, ORG_LINES, 1)
    d.f(13, "B")
    d.cell(0, 7, "Explanation of Benefits", new_x="LMARGIN", new_y="NEXT")
    d.f(8.5)
    d.cell(0, 4.5, "THIS IS NOT A BILL", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    y = d.get_y()
    kv(d, [("Subscriber:", f["sub"]), ("Patient:", f["pat"]), ("Member ID:", f["mid"]), ("Group #:", f["grp"]),
           ("Plan:", PLAN)], lw=26, size=9)
    d.set_y(y)
    kv(d, [("Statement date:", fd(f["notice"], "long")),
           ("Claims processed:", f"{fd(plus(period_end, -27), 'abbr')} - {fd(period_end, 'abbr')}"),
           ("Customer service:", f["phone"])], lw=33, size=8.6, x=116)
    d.set_y(y + 28)
    d.table(["Claim #", "Service date", "Service", "Provider", "Billed", "Allowed", "Plan paid", "Not covered",
             "You owe", "Code"], rows, [22, 17, 33, 33, 13, 13, 13, 14, 12, 10], size=6.6, row_h=5.2)
    tot3 = 2 * per
    t(d, f"Claim {c3} from {CLINIC}: total billed {money(tot3)}; plan paid $0.00.", 8.8, "B")
    h(d, "Remark codes", 9.5)
    t(d, "V19, V20: Visit 19 and visit 20 of 20 applied to your rehabilitative therapy benefit for the year.", 8.6,
      gap=0.6)
    t(d, "119: Benefit maximum for this time period has been reached. Your plan covers " + LIMIT_TEXT.lower()
      + ". These visits are beyond that limit and are not covered. You may owe the provider for them.", 8.6)
    h(d, "Your right to appeal", 9.5)
    t(d, "If you disagree with how we processed a claim, you or someone you name may file an appeal within 180 "
         "days of the date of this statement. Urgent care appeals are decided within 72 hours. You may also have "
         "the right to an external review after our final decision. Call the number above for help.", 8.6)
    tr = truth("eob", "not_covered", insurer=ORG, plan_id=None, group_number=f["grp"], member_id=f["mid"],
               member_name=f["pat"], case_numbers=[c3], claim_amount=f"{tot3:.2f}",
               service_dates=[v[2].isoformat(), v[3].isoformat()], denial_date=f["notice"].isoformat(),
               provider=CLINIC, appeal_deadline=plus(f["notice"], 180).isoformat())
    return out(d), tr


def doc_clinic_statement(r):
    f = base(r, 1)
    v = visits(f["notice"], r, 6, 45)
    per = 172.0
    rows, denied = [], []
    for i, dv in enumerate(v):
        n = 17 + i
        if n <= 20:
            rows.append([fd(dv, "dash"), "97112, 97530", f"Vestibular rehab visit {n}", money(per), "(126.55)",
                         money(45.45), "Ins. paid"])
        else:
            rows.append([fd(dv, "dash"), "97112, 97530", f"Vestibular rehab visit {n}", money(per), money(0),
                         money(per), "Ins. denied: visit limit"])
            denied.append(dv)
    bal = 4 * 45.45 + 2 * per
    d = Page(footer=None)
    d.add_page()
    head(d, CLINIC, [CLINIC_ADDR, "Billing 1-555-316-2044"], 0)
    d.f(12, "B")
    d.cell(0, 6, "PATIENT STATEMENT", new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    y = d.get_y()
    kv(d, [("Statement date", fd(f["notice"], "dash")), ("Account no.", f["acct"]), ("Patient", f["pat"]),
           ("Guarantor", f["sub"])], lw=30, size=9)
    d.set_y(y)
    kv(d, [("Insurance", ORG), ("Member ID", f["mid"]), ("Therapist", PT), ("NPI", f["npi"])], lw=22, size=9,
       x=110)
    d.ln(3)
    d.table(["Date", "CPT", "Description", "Charge", "Ins. payment", "Your share", "Note"], rows,
            [20, 22, 40, 18, 20, 18, 42], size=7.4)
    kv(d, [("Total charges this statement:", money(6 * per)), ("Denied by insurance:", money(2 * per)),
           ("Balance due from you:", money(bal))], lw=60, size=9.4)
    d.ln(2)
    t(d, f"Your plan, {ORG}, limits therapy to 20 visits a year, and visits 21 and 22 were denied. We have sent "
         "an exception request for you. You may pay now or wait 30 days for the outcome; we will not send this "
         "balance to collections while the request is open.", 9.2)
    tr = truth("other", None, insurer=None, group_number=None, member_id=f["mid"], member_name=f["pat"],
               claim_amount=f"{2 * per:.2f}", service_dates=[x.isoformat() for x in denied],
               denial_date=f["notice"].isoformat(), provider=PT, unscored=["insurer"],
               alternates={"provider": [PT_BARE, CLINIC], "claim_amount": [f"{6 * per:.2f}"],
                           "service_dates": [sorted(x.isoformat() for x in v)]})
    return out(d), tr


def doc_exception_request_photo(r):
    f = base(r, 2)
    v = visits(f["notice"], r, 2, 12)
    claim = digs(r, 11)
    d = Page(serif=True, footer=None)
    d.add_page()
    head(d, CLINIC, [CLINIC_ADDR, "Phone 1-555-316-2040", "Fax 1-555-316-2049"], 1)
    d.f(10)
    d.cell(0, 5, fd(f["notice"], "long"), new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    for ln in (f"{ORG} - Benefit Exceptions", "PO Box 88230, Bismarck, ND 58599"):
        d.cell(0, 4.8, ln, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    t(d, "Re: Request for an exception to the rehabilitative therapy visit limit", 10, "B")
    kv(d, [("Patient:", f["pat"]), ("Member ID:", f["mid"]), ("Group:", f["grp"]), ("Denied claim:", claim),
           ("Date of birth:", fd(f["dob"], "slash"))], lw=30, size=9.8)
    d.ln(2)
    t(d, f"I am the treating physical therapist for {f['pat']}, who had a sports concussion and has persistent "
         "dizziness with head turns, a positive head impulse test and a Dizziness Handicap Inventory of 58. "
         f"Visits on {fd(v[0], 'long')} and {fd(v[1], 'long')} were denied because the 20-visit limit was reached, "
         "and the limit was mostly used for knee therapy earlier this year.", 10)
    t(d, "The patient is improving (DHI down from 74) but cannot yet return to school full days or to driving. I "
         "ask that you cover the two denied visits and six more visits over the next four weeks as an exception "
         "to the limit. Treatment notes and outcome scores are attached.", 10)
    t(d, f"Sincerely,\n\n{PT}\nNPI {f['npi']}", 10)
    tr = truth("other", None, insurer=None, group_number=f["grp"], member_id=f["mid"], member_name=f["pat"],
               case_numbers=[claim], service_dates=[x.isoformat() for x in v], denial_date=f["notice"].isoformat(),
               provider=PT, unscored=["insurer"], alternates={"provider": [PT_BARE, CLINIC]})
    return out(d), tr


def doc_exception_denied_fax(r):
    f = base(r, 3)
    exc = "EX" + digs(r, 8)
    claim = digs(r, 11)
    v = visits(f["notice"], r, 2, 30)
    got = plus(f["notice"], -r.randint(8, 14))
    d = Page(footer=None)
    d.add_page()
    head(d, ORG, ORG_LINES + ["Fax 1-555-604-7710"], 0)
    t(d, fd(f["notice"], "abbr"), 10)
    t(d, f"{f['sub']}\n{r.randint(100, 990)} Juniper Drive\nMoorhead, MN 56599", 10)
    t(d, f"Dear {f['sub']}:", 10)
    t(d, f"We received a request on {fd(got, 'abbr')} from {PT} asking us to make an exception to the therapy visit "
         f"limit for your son, {f['pat']}, member ID {f['mid']}, under group {f['grp']}. We gave the request the "
         f"reference number {exc}. It asked us to pay claim {claim} for vestibular therapy visits on "
         f"{fd(v[0], 'abbr')} and {fd(v[1], 'abbr')}, and to cover more visits.", 10)
    t(d, f"We are not able to approve the request. Your {PLAN} plan covers rehabilitative physical, occupational "
         "and speech therapy for up to 20 visits combined in a calendar year, and all 20 visits were used before "
         "these dates. The plan does not allow exceptions to this limit, even when therapy is helping, so the "
         "visits are not a covered benefit. This is a decision about your benefits, not about whether the "
         "therapy is medically appropriate.", 10)
    t(d, "If you disagree, you may appeal within 180 days of the date of this letter by writing to Lodestar "
         "Mutual Health Appeals, PO Box 88231, Bismarck, ND 58599, or by calling " + f["phone"] + ". If a delay "
         "would seriously jeopardize the patient's health you may ask for an urgent appeal, which we decide within "
         "72 hours. After a final internal decision you may ask for an external review within 4 months.", 10)
    t(d, "Sincerely,\nBenefit Exceptions Unit", 10)
    tr = truth("denial_letter", "not_covered", insurer=ORG, group_number=f["grp"], member_id=f["mid"],
               member_name=f["pat"], case_numbers=[exc, claim], service_dates=[x.isoformat() for x in v],
               denial_date=f["notice"].isoformat(), provider=PT, appeal_deadline=plus(f["notice"], 180).isoformat(),
               alternates={"provider": [PT_BARE, CLINIC]})
    return out(d), tr


def doc_spanish_rotated(r):
    f = base(r, 4)
    f["pat"], f["sub"] = "Milagros T. Zamora", "Milagros T. Zamora"
    claim = digs(r, 11)
    v = visits(f["notice"], r, 3, 35)
    per = 164.5
    d = Page(footer="Página {n} de {nb}")
    d.add_page()
    head(d, ORG, ["Apartado Postal 88214, Bismarck, ND 58599", f"Servicio al cliente {f['phone']}"], 2)
    d.f(12.5, "B")
    d.cell(0, 6.5, "Aviso de denegación de beneficios", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    kv(d, [("Fecha del aviso:", fd(f["notice"], "es")), ("Afiliada:", f["pat"]), ("Número de afiliado:", f["mid"]),
           ("Número de grupo:", f["grp"]), ("Número de reclamación:", claim),
           ("Fecha de nacimiento:", fd(f["dob"], "es"))], lw=50, size=9.5)
    d.ln(2)
    t(d, f"Estimada {f['pat']}:")
    t(d, f"Recibimos la reclamación de {CLINIC} por terapia de rehabilitación vestibular (CPT 97112) de los días "
         f"{fd(v[0], 'es')}, {fd(v[1], 'es')} y {fd(v[2], 'es')}. El total facturado fue de {money(3 * per)}.")
    h(d, "Nuestra decisión", 10.5)
    t(d, "No pagaremos estas visitas. Su plan cubre hasta 20 visitas de terapia física, ocupacional y del habla "
         "por año calendario, y ya se usaron las 20 visitas. Las visitas después de ese límite no son un beneficio "
         "cubierto (código 119: se alcanzó el máximo del beneficio).")
    h(d, "Si no está de acuerdo", 10.5)
    t(d, "Puede presentar una apelación dentro de 180 días a partir de la fecha de esta carta. Si su salud corre "
         "grave peligro, pida una apelación urgente; la decidiremos dentro de 72 horas. Después de nuestra "
         "decisión final puede pedir una revisión externa dentro de 4 meses. Llame al número de arriba si "
         "necesita ayuda o un intérprete, sin costo.")
    tr = truth("denial_letter", "not_covered", lang="es", insurer=ORG, group_number=f["grp"], member_id=f["mid"],
               member_name=f["pat"], case_numbers=[claim], claim_amount=f"{3 * per:.2f}",
               service_dates=[x.isoformat() for x in v], denial_date=f["notice"].isoformat(), provider=CLINIC,
               appeal_deadline=plus(f["notice"], 180).isoformat())
    return out(d), tr


def doc_preservice_lowres(r):
    f = base(r, 5)
    ref = digs(r, 3) + "-" + digs(r, 3) + "-" + digs(r, 4)
    a, b = plus(f["notice"], 3), plus(f["notice"], 44)
    got = plus(f["notice"], -2)
    deadline = plus(f["notice"], 180)
    d = Page(footer="Page {n} of {nb}", footer_left="UM-DET-04")
    d.add_page()
    head(d, ORG, ORG_LINES + [f"Utilization Management {f['phone']}"], 2)
    d.f(12, "B")
    d.cell(0, 6, "Pre-Service Coverage Determination", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    kv(d, [("Determination date", fd(f["notice"], "iso")), ("Member", f["pat"]), ("ID", f["mid"]),
           ("Group", f["grp"]), ("Request ID", ref), ("Received", fd(got, "iso")), ("Requesting provider", PT),
           ("Facility", CLINIC)], lw=42, size=9.2)
    d.ln(2)
    d.table(["Service", "Units asked", "Units approved", "From", "Through", "Outcome"],
            [["97112/97530 vestibular rehab", "12 visits", "0", fd(a, "iso"), fd(b, "iso"), "Denied - BL20"]],
            [52, 22, 24, 26, 26, 30], size=8.2)
    t(d, "BL20: " + LIMIT_TEXT + ". Our records show 20 visits already paid this year (visits used: 20; visits "
         "left: 0). Visits past the limit are not covered under your plan.", 9.2)
    t(d, f"Appeal by: {fd(deadline, 'iso')}. Send appeals to {ORG} Appeals, PO Box 88231, Bismarck, ND 58599. "
         "Urgent pre-service appeals: decision within 72 hours.", 9.2)
    tr = truth("denial_letter", "not_covered", insurer=ORG, group_number=f["grp"], member_id=f["mid"],
               member_name=f["pat"], case_numbers=[ref], service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
               denial_date=f["notice"].isoformat(), provider=PT, appeal_deadline=deadline.isoformat(),
               alternates={"provider": [PT_BARE, CLINIC]})
    return out(d), tr


def stack_update_and_denial(r):
    f = base(r, 6)
    upd = plus(f["notice"], -r.randint(20, 30))
    d = Page(footer=None)
    d.add_page()
    head(d, ORG, ORG_LINES, 0)
    t(d, fd(upd, "dmy"), 10)
    t(d, f"{f['pat']}\nMember ID {f['mid']}", 10)
    d.f(12, "B")
    d.cell(0, 6, "Benefit update: therapy visits", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.boxed_pairs([("Benefit", "Rehabilitative therapy (PT/OT/ST)"), ("Yearly limit", "20 visits"),
                   ("Visits used so far", "17"), ("Visits left", "3"), ("Plan", PLAN)], label_w=50)
    t(d, "This letter is for your information. Nothing has been denied. Please talk with your therapist about how "
         "to use your remaining visits.", 9.8)
    upd_pdf = out(d)
    t1 = truth("other", None, insurer=ORG, member_id=f["mid"], member_name=f["pat"], denial_date=upd.isoformat())
    claim = digs(r, 11)
    v = visits(f["notice"], r, 2, 16)
    per = 178.25
    d = Page(footer="Page {n} of {nb}")
    d.add_page()
    head(d, ORG, ORG_LINES, 1)
    d.f(12, "B")
    d.cell(0, 6, "Claim Denial Notice", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    kv(d, [("Date:", fd(f["notice"], "slash")), ("Patient:", f["pat"]), ("Member ID:", f["mid"]),
           ("Group number:", f["grp"]), ("Claim number:", claim), ("Provider:", CLINIC),
           ("Dates of service:", f"{fd(v[0], 'slash')}, {fd(v[1], 'slash')}"),
           ("Total charges:", money(2 * per, "usd"))], lw=40, size=9.6)
    h(d, "Reason", 10.5)
    t(d, "The visits on this claim are visits 21 and 22 of rehabilitative therapy this calendar year. Your plan "
         "covers 20 visits a year. Charges past the limit are not covered (remark 119).")
    d.add_page()
    h(d, "Your appeal rights", 10.5)
    t(d, "You may appeal within 180 days of the date of this notice. Send your appeal, the claim number and any "
         f"records to {ORG} Appeals, PO Box 88231, Bismarck, ND 58599. If your care is urgent we will decide within "
         "72 hours. After our final decision you may ask for an independent external review within 4 months.")
    t(d, "Language help: call " + f["phone"] + ". Ayuda en español: llame al " + f["phone"] + ".")
    den_pdf = out(d)
    t2 = truth("denial_letter", "not_covered", insurer=ORG, group_number=f["grp"], member_id=f["mid"],
               member_name=f["pat"], case_numbers=[claim], claim_amount=f"{2 * per:.2f}",
               service_dates=[x.isoformat() for x in v], denial_date=f["notice"].isoformat(), provider=CLINIC,
               appeal_deadline=plus(f["notice"], 180).isoformat())
    return [(upd_pdf, t1), (den_pdf, t2)], ["blank", None]


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    docs, seps = stack_update_and_denial(r(6))
    return [
        Item(f"{FAMILY}_bd_eob_three_claims_one_denied", "born_digital", [doc_eob_bd(r(0))]),
        Item(f"{FAMILY}_scan300_clinic_patient_statement", "scan_clean_300", [doc_clinic_statement(r(1))]),
        Item(f"{FAMILY}_photo_exception_request_letter", "phone_photo", [doc_exception_request_photo(r(2))]),
        Item(f"{FAMILY}_faxfine_exception_refused_prose", "fax_fine_g4", [doc_exception_denied_fax(r(3))]),
        Item(f"{FAMILY}_rotated_aviso_es_visit_limit", "rotated", [doc_spanish_rotated(r(4))]),
        Item(f"{FAMILY}_lowres_preservice_twelve_visits_denied", "scan_lowres_150", [doc_preservice_lowres(r(5))]),
        Item(f"{FAMILY}_copy_stack_benefit_update_and_claim_denial", "photocopy", docs, separators=seps,
             turns={(1, 1): 180}),
    ]
