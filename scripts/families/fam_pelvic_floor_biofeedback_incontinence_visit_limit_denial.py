"""Family 'pelvic_floor_biofeedback_incontinence_visit_limit_denial': pelvic floor biofeedback sessions for urinary
incontinence refused by an invented health plan once the yearly 20-visit outpatient rehabilitation limit was used,
seen as the plan's member notice, a fine-fax stack (the PT clinic's patient statement + the plan's claim notice),
a four-claim EOB with one session refused, an approved limit exception, a Spanish notice in sentences only, an
upheld appeal and a physical therapist's sentence-only letter to the plan. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "pelvic_floor_biofeedback_incontinence_visit_limit_denial"
LANG = "en"
SEED = 338500
PLAN = "Corrowind Mutual Health Alliance"
CLINIC = "Halvery Pelvic Health & Physical Therapy"
PTS = ["Marisol T. Quenneville", "Oriana B. Faulkstone", "Desmond H. Yarrowby", "Pilar N. Ashgrove"]


def pt(r: Rand, lang: str = "en") -> dict:
    m, fi, mi, la = r.person(lang)
    return dict(member=m, first=fi, last=la, addr=r.address(lang), dob=r.date(dt.date(1951, 1, 1), 9000),
                ph=r.phone(), npi=r.npi(), ther=r.choice(PTS), mid=f"CMH-{r.digits(9)}", grp=f"{r.digits(6)}",
                acct=f"HPT{r.digits(6)}")


def labels(d: Doc, rows, w: float = 48, size: float = 9.5):
    for lab, val in rows:
        d.font(size, "B")
        d.cell(w, 5.4, lab)
        d.font(size)
        d.cell(0, 5.4, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


# 1 ---------------------------------------------------------------- member notice (born digital)
def doc_notice(r: Rand) -> tuple[bytes, dict]:
    f = pt(r)
    claim = f"{r.digits(4)}{r.letters(2)}{r.digits(5)}"
    notice = r.date(dt.date(2026, 2, 2), 30)
    dos = notice - dt.timedelta(days=r.randint(12, 20))
    amt = r.amount(180, 260)
    d = Doc(footer="CMHA-RHB-21 Rev. 10/2025     Page {p} of {n}", margins=(20, 15, 20))
    d.add_page()
    d.text_line(PLAN, 16, "B", h=8)
    d.text_line("Claims Review  -  2300 Lanterman Drive, Boise, ID 83702  -  " + f["ph"], 8.5, h=5)
    d.rule(0.6, 6)
    d.text_line(fmt_date(notice, "long"), 10.5, h=6)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(4)
    d.text_line("Explanation of a claim decision", 12, "B", h=7)
    labels(d, [("Member", f["member"]), ("Date of birth", fmt_date(f["dob"], "slash")), ("Member number", f["mid"]),
               ("Group", f["grp"]), ("Claim number", claim), ("Treating therapist", f"{f['ther']}, PT, DPT"),
               ("Date of service", fmt_date(dos, "slash")), ("Amount billed", fmt_money(amt)),
               ("Service", "Biofeedback training, perineal muscles (90912, 90913)")])
    d.para(f"We did not pay this claim. Your plan covers up to 20 outpatient rehabilitation visits (physical, "
           f"occupational and speech therapy combined) each calendar year. Our records show that the 20 visits for "
           f"{dos.year} were used before this session, so the visit on {fmt_date(dos, 'long')} is over the "
           "benefit limit. This is a limit in your plan, not a decision about whether the care was needed.", 10.5)
    d.para("Your therapist may ask for a limit exception if more visits are needed for a documented medical reason. "
           "You may also appeal. Send your appeal within 180 days of the date of this notice. If you have an urgent "
           "health need you may ask for a decision within 72 hours. You may request an external review within "
           "4 months after a final internal decision.", 10)
    t = truth("denial_letter", "not_covered", insurer=PLAN, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[claim], claim_amount=m2(float(amt)), service_dates=[iso(dos)],
              denial_date=iso(notice), provider=f["ther"], appeal_deadline=iso(notice + dt.timedelta(days=180)),
              denial_alternates=["other"], alternates={"provider": [CLINIC]})
    return pdf_bytes(d), t


# 2 ---------------------------------------------------------------- fax stack: clinic statement + plan claim notice
def doc_statement(r: Rand, f: dict) -> tuple[bytes, dict]:
    d = Doc(font="Courier", margins=(16, 14, 16))
    d.add_page()
    d.text_line(CLINIC.upper(), 12, "B", h=7)
    d.text_line(f"418 Quillan Street, Spokane, WA 99201   Tel 1-509-555-0162   Tax ID 91-{r.digits(7)}", 8, h=5)
    d.rule(0.4, 4)
    d.text_line("PATIENT STATEMENT", 11, "B", h=7)
    labels(d, [("Statement date", fmt_date(f["stmt"], "dmy")), ("Account", f["acct"]), ("Patient", f["member"]),
               ("Insurance", f"{PLAN} {f['mid']}")], w=34, size=9)
    rows = []
    for dd, code, amt, paid in f["lines"]:
        rows.append([fmt_date(dd, "slash"), code, f["ther"], fmt_money(amt, "nosign"), fmt_money(paid, "nosign"),
                     fmt_money(float(amt) - paid, "nosign")])
    d.table(["Date", "CPT", "Therapist", "Charge", "Ins. paid", "Balance"], rows, [24, 22, 52, 24, 24, 24], size=8)
    d.para(f"Balance due now: {fmt_money(f['bal'])}. Your insurer denied the last visit: annual visit limit reached. "
           "Please pay by the due date or call us to set up a payment plan.", 9)
    t = truth("other", None, member_id=f["mid"], member_name=f["member"], denial_date=iso(f["stmt"]),
              provider=f["ther"], unscored=["insurer"], alternates={"provider": [CLINIC]})
    return pdf_bytes(d), t


def doc_fax_claim(r: Rand, f: dict) -> tuple[bytes, dict]:
    d = Doc(margins=(16, 12, 16))
    d.add_page()
    d.text_line(PLAN.upper(), 12, "B", h=7)
    d.text_line("PROVIDER CLAIM NOTICE - REHABILITATION SERVICES     Fax 1-208-555-0131", 8.5, h=5)
    d.rule(0.6, 4)
    last = f["lines"][-1]
    d.boxes([("Notice date", fmt_date(f["notice"], "abbr"), 44), ("Claim #", f["claim"], 48),
             ("Subscriber ID", f["mid"], 48), ("Group #", f["grp"], 36)])
    d.boxes([("Patient", f["member"], 66), ("Rendering", f["ther"], 64), ("DOS", fmt_date(last[0], "abbr"), 46)])
    d.ln(4)
    d.text_line("CLAIM STATUS: DENIED - BENEFIT MAXIMUM", 11, "B", h=7)
    d.para(f"Billed {fmt_money(last[2])}. Remark N640: exceeds the 20-visit annual limit for outpatient "
           "rehabilitation. Visits counted this year: 20 of 20. Member liability applies unless an exception is "
           "approved. Reconsideration or appeal: within 180 days of the date of this notice.", 9.5)
    t = truth("denial_letter", "not_covered", insurer=PLAN, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["claim"]], claim_amount=m2(float(last[2])),
              service_dates=[iso(last[0])], denial_date=iso(f["notice"]), provider=f["ther"],
              appeal_deadline=iso(f["notice"] + dt.timedelta(days=180)), denial_alternates=["other"])
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = pt(r)
    base = r.date(dt.date(2026, 1, 5), 10)
    lines = []
    for k in range(3):
        amt = r.amount(150, 240)
        lines.append((base + dt.timedelta(days=7 * k), "90912", amt, 0.0 if k == 2 else round(float(amt) * 0.6, 2)))
    notice = lines[-1][0] + dt.timedelta(days=r.randint(9, 14))
    stmt = notice + dt.timedelta(days=r.randint(6, 10))
    bal = sum(float(a) - p for _, _, a, p in lines)
    f.update(lines=lines, notice=notice, stmt=stmt, bal=bal, claim=f"{r.digits(4)}{r.letters(2)}{r.digits(5)}")
    return Item(f"{FAMILY}_faxfine_stack", "fax_fine_g4", [doc_fax_claim(r, f), doc_statement(r, f)],
                separators=["cover", None])


# 3 ---------------------------------------------------------------- four-claim EOB, one refused (scan 300)
def doc_eob(r: Rand) -> tuple[bytes, dict]:
    f = pt(r)
    stmt = r.date(dt.date(2026, 3, 3), 20)
    ds = sorted(r.date(stmt - dt.timedelta(days=45), 30) for _ in range(4))
    cl = [f"E{r.digits(10)}" for _ in range(4)]
    deny = 2
    svc = ["Office visit 99213", "Urodynamics 51728", "Biofeedback 90912", "Pelvic ultrasound 76857"]
    prov = ["Dr. Lionel R. Castavet", "Dr. Lionel R. Castavet", f["ther"], "Tamsen Imaging Center"]
    amts = [float(r.amount(120, 900)) for _ in range(4)]
    d = Doc(margins=(14, 12, 14))
    d.add_page()
    d.text_line(PLAN, 14, "B", h=7)
    d.text_line("Your Explanation of Benefits", 11, h=6)
    d.para(f"Prepared {fmt_date(stmt, 'upper')}  -  for {f['member']}  -  ID {f['mid']}  -  Group {f['grp']}  -  "
           f"DOB {fmt_date(f['dob'], 'upper')}", 8.5)
    rows = []
    for i in range(4):
        den = i == deny
        rows.append([cl[i], ds[i].strftime("%m/%d/%y"), svc[i], prov[i], fmt_money(amts[i], "nosign"),
                     "0.00" if den else fmt_money(amts[i] * 0.75, "nosign"), "RL" if den else "",
                     fmt_money(amts[i] if den else amts[i] * 0.15, "nosign")])
    d.table(["Claim", "Date", "Service", "Provider", "Charged", "Paid", "Code", "Your share"], rows,
            [28, 16, 38, 44, 18, 16, 10, 18], size=7.5, aligns="LLLLRRLR")
    d.para("RL  The yearly rehabilitation visit limit (20 visits) was reached. This visit is not covered.", 8.5)
    d.para(f"Rehabilitation visits used in {stmt.year}: 20 of 20. Out-of-pocket maximum met: "
           f"${r.randint(900, 2100)}.00 of $6,350.00. Questions: {f['ph']}. Appeals must be filed within 180 days "
           "of the date of this statement.", 8.5)
    t = truth("eob", "not_covered", insurer=PLAN, group_number=f["grp"], member_id=f["mid"], member_name=f["member"],
              case_numbers=[cl[deny]], claim_amount=m2(amts[deny]), service_dates=[iso(ds[deny])],
              denial_date=iso(stmt), provider=f["ther"], appeal_deadline=iso(stmt + dt.timedelta(days=180)),
              denial_alternates=["other"])
    return pdf_bytes(d), t


# 4 ---------------------------------------------------------------- exception approved (phone photo)
def doc_approval(r: Rand) -> tuple[bytes, dict]:
    f = pt(r)
    exc = f"EXC-{r.digits(6)}"
    issued = r.date(dt.date(2026, 3, 9), 25)
    start, end = issued + dt.timedelta(days=1), issued + dt.timedelta(days=56)
    d = Doc(margins=(20, 14, 20))
    d.add_page()
    d.text_line(PLAN, 14, "B", h=7)
    d.text_line("Benefit Exceptions Team", 9.5, h=5)
    d.rule(0.4, 5)
    d.boxes([("Date", fmt_date(issued, "iso"), 40), ("Exception no.", exc, 44), ("Member", f["mid"], 50),
             ("Group", f["grp"], 34)])
    d.ln(4)
    d.para(f"Dear {f['member']},", 10.5)
    d.text_line("Your visit limit exception is approved", 12, "B", h=7)
    d.para(f"{f['ther']} at {CLINIC} asked us to allow more pelvic floor biofeedback sessions after your 20 "
           f"yearly rehabilitation visits were used. We approved 8 additional visits from {fmt_date(start, 'long')} "
           f"through {fmt_date(end, 'long')}. Your usual specialist copay applies.", 10.5)
    d.para("Visits after the approved number, or after the end date, will need a new request.", 10)
    t = truth("other", None, insurer=PLAN, group_number=f["grp"], member_id=f["mid"], member_name=f["member"],
              case_numbers=[exc], service_dates=[iso(start, end)], denial_date=iso(issued), provider=f["ther"],
              alternates={"service_dates": [[]], "provider": [CLINIC]})
    return pdf_bytes(d), t


# 5 ---------------------------------------------------------------- Spanish notice, sentences only (photocopy)
def doc_es(r: Rand) -> tuple[bytes, dict]:
    f = pt(r, "es")
    claim = f"{r.digits(4)}{r.letters(2)}{r.digits(5)}"
    notice = r.date(dt.date(2026, 2, 9), 30)
    dos = notice - dt.timedelta(days=r.randint(10, 18))
    amt = r.amount(160, 240)
    d = Doc(font="DejaVu", margins=(22, 16, 22))
    d.add_page()
    d.text_line(PLAN, 15, h=8)
    d.text_line("Servicios al Afiliado", 9.5, h=5)
    d.rule(0.5, 5)
    d.text_line(fmt_date(notice, "es"), 10.5, h=6)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(4)
    d.para(f"Estimado/a {f['member']}:", 10.5)
    d.para(f"Le escribimos sobre la reclamación {claim} por la sesión de biorretroalimentación del piso pélvico que "
           f"recibió el {fmt_date(dos, 'es')} con la fisioterapeuta {f['ther']}. El cargo fue de "
           f"{fmt_money(amt)}. Su número de afiliado es {f['mid']} y su grupo es {f['grp']}.", 10.5)
    d.para("No pagamos esta sesión porque su plan cubre hasta 20 visitas de rehabilitación ambulatoria por año y "
           "esas visitas ya se habían usado. Su terapeuta puede pedir una excepción al límite.", 10.5)
    d.para("Si no está de acuerdo, puede apelar dentro de 180 días a partir de la fecha de esta carta. Si su salud "
           f"corre peligro, pida una decisión rápida (72 horas). Llame al {f['ph']} (TTY 711).", 10.5)
    t = truth("denial_letter", "not_covered", lang="es", insurer=PLAN, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[claim], claim_amount=m2(float(amt)), service_dates=[iso(dos)],
              denial_date=iso(notice), provider=f["ther"], appeal_deadline=iso(notice + dt.timedelta(days=180)),
              denial_alternates=["other"])
    return pdf_bytes(d), t


# 6 ---------------------------------------------------------------- upheld appeal (rotated)
def doc_upheld(r: Rand) -> tuple[bytes, dict]:
    f = pt(r)
    appeal, claim = f"APL{r.digits(7)}", f"{r.digits(4)}{r.letters(2)}{r.digits(5)}"
    decided = r.date(dt.date(2026, 3, 2), 30)
    ds = sorted(decided - dt.timedelta(days=r.randint(40, 70)) + dt.timedelta(days=7 * k) for k in range(2))
    d = Doc(margins=(22, 16, 22))
    d.add_page()
    d.text_line(PLAN, 15, "B", h=8)
    d.text_line("Appeals and Grievances  |  PO Box 7781, Boise, ID 83707", 9, h=5)
    d.ln(3)
    d.text_line(fmt_date(decided, "dmy"), 10.5, h=6)
    d.para(f"RE: Appeal {appeal}  -  Claim {claim}  -  Member {f['mid']}", 10.5, )
    d.para(f"Dear {f['member']}:", 10.5)
    d.para(f"We reviewed your appeal of the claim for biofeedback sessions with {f['ther']} on "
           f"{fmt_date(ds[0], 'abbr')} and {fmt_date(ds[1], 'abbr')}. Your plan document limits outpatient "
           "rehabilitation to 20 visits per calendar year and allows no exception once those visits have been "
           "paid unless it was requested before the visits. No request was received, so we uphold the denial.",
           10.5)
    d.para("You may ask for a second-level review within 60 days of the date of this letter. You also have the "
           "right to an independent external review within 4 months of this final decision.", 10.5)
    t = truth("denial_letter", "not_covered", insurer=PLAN, member_id=f["mid"], member_name=f["member"],
              case_numbers=[appeal, claim], service_dates=[iso(ds[0]), iso(ds[1])], denial_date=iso(decided),
              provider=f["ther"], appeal_deadline=iso(decided + dt.timedelta(days=60)),
              denial_alternates=["other"])
    return pdf_bytes(d), t


# 7 ---------------------------------------------------------------- therapist's letter to the plan (low res)
def doc_ptletter(r: Rand) -> tuple[bytes, dict]:
    f = pt(r)
    claim = f"{r.digits(4)}{r.letters(2)}{r.digits(5)}"
    sent = r.date(dt.date(2026, 2, 16), 25)
    d = Doc(font="Times", margins=(24, 18, 24))
    d.add_page()
    d.text_line(CLINIC, 15, "B", align="C", h=7)
    d.text_line(f"418 Quillan Street, Spokane, WA 99201  -  NPI {f['npi']}  -  Fax 1-509-555-0163", 9, align="C", h=5)
    d.ln(6)
    d.text_line(fmt_date(sent, "wlong"), 11, h=6)
    d.para(f"{PLAN}\nBenefit Exceptions Team", 11)
    d.para("To whom it may concern:", 11)
    d.para(f"I am writing for my patient {f['member']}, member {f['mid']}, whose claim {claim} was denied because "
           "the yearly limit of 20 rehabilitation visits had been reached. She has stress urinary incontinence "
           "after childbirth and has improved from eight to two pads a day with biofeedback, and I expect that "
           "eight more sessions will let her continue at home.", 11)
    d.para("Please consider an exception to the visit limit. My progress notes and bladder diaries are attached.", 11)
    d.para(f"Sincerely,\n\n{f['ther']}, PT, DPT, WCS", 11)
    t = truth("other", None, member_id=f["mid"], member_name=f["member"], case_numbers=[claim],
              denial_date=iso(sent), provider=f["ther"], unscored=["insurer"],
              alternates={"case_numbers": [[]], "denial_date": [None], "provider": [CLINIC]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_notice, "bd_claim_notice", "born_digital"), (2, doc_eob, "scan_four_claim_eob", "scan_clean_300"),
              (3, doc_approval, "photo_exception_approved", "phone_photo"), (4, doc_es, "copy_aviso_es", "photocopy"),
              (5, doc_upheld, "rot_appeal_upheld", "rotated"), (6, doc_ptletter, "lowres_pt_letter", "scan_lowres_150")]
    items = [Item(f"{FAMILY}_{n}", cond, [fn(Rand(SEED + i))]) for i, fn, n, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
