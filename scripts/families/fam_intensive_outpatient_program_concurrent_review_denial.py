"""Family 'intensive_outpatient_program_concurrent_review_denial': behavioral health plan letters and EOBs on mental
health and substance use intensive outpatient programs (S9480, H0015, revenue codes 0905 / 0906). At a concurrent
review the plan stops the continued stay and steps the member down to outpatient therapy (a peer-to-peer is offered),
or an EOB / claim letter denies program days billed past the authorization; one extension approved; one Spanish
letter. Decoys: attending psychiatrist, review date, authorized span, request received, expedited (72-hour) appeal,
peer-to-peer window, NPIs, phone numbers. Written at first sight; all values invented.

Issuers: Brackenfield Health Plan (serif letter, member panel in a ruled box), Sablewood Behavioral Health Partners
(behavioral health organization for Cinderford Mutual Health; fax-style utilization review notice), Quarrystone
Health Insurance Company (EOB with session table; letters in English and Spanish).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth

FAMILY = "intensive_outpatient_program_concurrent_review_denial"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
SERIF_B = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"

BR, SB, CM, QS = ("Brackenfield Health Plan", "Sablewood Behavioral Health Partners", "Cinderford Mutual Health",
                  "Quarrystone Health Insurance Company")
FIRST = ["Aino", "Chukwuemeka", "Ligaya", "Oskari", "Ngozi", "Perpetua", "Ilmari", "Maricel", "Obinna", "Saara"]
LAST = ["Lehtinen", "Okafor", "Dimaculangan", "Virtanen", "Eze-Nwankwo", "Salonga", "Koskinen", "Umeadi"]
FIRST_ES = ["Anacleto", "Rosaura", "Eusebio", "Maricruz"]
LAST_ES = ["Quiñónez", "Barrientos", "Ocampo", "Altamirano"]
PROGRAMS = ["Lindqvist Recovery Center", "Halcyon Ridge Hospital", "Tamsin Creek Behavioral Health",
            "Ferrowood Counseling & Recovery Services"]
PSYCH = ["Dr. Chidinma O. Ezeala", "Dr. Paavo K. Lehtoranta", "Dr. Rosario B. Macaraeg", "Dr. Emeka J. Obiora"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]


def ids(r, pat):
    return "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if c == "A" else str(r.randint(0, 9)) if c == "9" else c
                   for c in pat)


def fd(d: dt.date, style: str) -> str:
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%-d %b %Y"), "abbr": d.strftime("%b %-d, %Y"),
            "es": f"{d.day} de {MESES[d.month - 1]} de {d.year}"}[style]


def usd(v: float, style="plain") -> str:
    return f"${v:,.2f}" if style == "plain" else f"{v:,.2f}"


def add(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def iso(a, b=None):
    return a.isoformat() if b is None else f"{a.isoformat()}/{b.isoformat()}"


def weekdays(start: dt.date, n: int, pattern=(0, 2, 4)) -> list[dt.date]:
    out, d = [], start
    while len(out) < n:
        if d.weekday() in pattern:
            out.append(d)
        d = add(d, 1)
    return out


class Page(Doc):
    def __init__(self, serif=False):
        super().__init__("DejaVu", margins=(19, 14, 19))
        self.add_font("DejaVu", "B", BOLD)
        self.add_font("Serif", "", SERIF)
        self.add_font("Serif", "B", SERIF_B)
        if serif:
            self.base_font = "Serif"


def kv(d: Page, rows, w1=52, size=9.5, indent=0.0):
    for a, b in rows:
        d.set_x(d.l_margin + indent)
        d.font(size)
        d.cell(w1, 5.2, a)
        d.font(size, "B")
        d.cell(0, 5.2, b, new_x="LMARGIN", new_y="NEXT")


def facts(i: int, kind: str, ins: str, ds: str) -> dict:
    r = random.Random(194500 + i)
    es = kind == "es"
    name = f"{r.choice(FIRST_ES if es else FIRST)} {r.choice('BCDFGHKLMNRST')}. {r.choice(LAST_ES if es else LAST)}"
    letter = dt.date(2026, 3, 2) + dt.timedelta(days=r.randint(0, 150))
    auth_start = add(letter, -r.randint(20, 26))
    auth_end = add(letter, -r.randint(1, 2))
    req_end = add(auth_end, r.choice([14, 17, 21]))
    code = {"mh": "S9480", "sud": "H0015"}[{"eob": "sud", "copy": "mh", "es": "mh", "approve": "mh"}.get(kind, "mh" if ins == BR else "sud")]
    f = dict(kind=kind, ins=ins, ds=ds, es=es, name=name, letter=letter, auth_start=auth_start, auth_end=auth_end,
             deny_start=add(auth_end, 1), req_end=req_end, review=add(letter, -1),
             received=add(letter, -3), dob=dt.date(r.randint(1958, 2004), r.randint(1, 12), r.randint(1, 28)),
             mid=ids(r, {BR: "BRK99999999", SB: "CMH-9999-99999", QS: "QS9999999-01"}[ins]),
             grp=ids(r, {BR: "G-99999", SB: "99999-CM", QS: "QSG99999"}[ins]),
             ref=ids(r, {BR: "UM-2026-999999", SB: "SBH99999999", QS: "CR99999999"}[ins]),
             prog=PROGRAMS[i % 4], psych=PSYCH[i % 4], npi="1" + ids(r, "999999999"), phone=f"1-555-{r.randint(200,989)}-{r.randint(1000,9999)}",
             fax=f"(555) {r.randint(200,989)}-{r.randint(1000,9999)}", days_auth=r.choice([9, 10, 12]),
             code=code, rev="0906" if code == "H0015" else "0905", addr=f"{r.randint(20, 9800)} Tessellate Road",
             city=r.choice(["Ashtabula, OH 44004", "Kearney, NE 68847", "Watertown, NY 13601", "Helena, MT 59601"]))
    if kind in ("eob", "copy"):
        d0 = add(auth_end, 1)
        sess = weekdays(d0, r.randint(4, 6))
        rate = r.choice([285.0, 312.5, 340.0, 298.75])
        f.update(sess=sess, rate=rate, total=round(rate * len(sess), 2), claim=ids(r, "9999-9999999-99"),
                 letter=add(sess[-1], r.randint(18, 30)), acct="PA" + ids(r, "9999999"))
        f["review"] = f["received"] = add(f["letter"], -10)
    if kind == "approve":
        f["ext_end"] = add(auth_end, 14)
    return f


def letterhead(d: Page, f: dict):
    ins = f["ins"]
    if ins == BR:
        d.text_line("Brackenfield", 24, "B")
        d.text_line("H E A L T H   P L A N", 9, "B")
        d.text_line(f"Behavioral Health Utilization Management  ·  PO Box 4471, Helena, MT 59604  ·  {f['phone']}", 8)
        d.rule(0.7, 5)
    elif ins == SB:
        d.text_line(SB.upper(), 13, "B")
        d.text_line(f"Behavioral health organization for {CM}", 8.5)
        d.text_line(f"Utilization Review Department  |  Fax {f['fax']}  |  Phone {f['phone']}", 8.5)
        d.rule(0.3, 4)
    else:
        d.set_fill_color(215, 215, 215)
        d.font(15, "B")
        d.cell(0, 10, "  QUARRYSTONE", fill=True, new_x="LMARGIN", new_y="NEXT")
        d.text_line(QS + "  ·  2290 Flintlock Parkway, Watertown, NY 13601", 8)
        d.ln(4)


def addressee(d: Page, f: dict):
    for ln in (f["name"], f["addr"], f["city"]):
        d.text_line(ln, 10)
    d.ln(4)


def denial_letter_br(d: Page, f: dict):
    """Brackenfield: concurrent review, continued stay not approved, step down; peer-to-peer offered."""
    ds = f["ds"]
    d.add_page()
    letterhead(d, f)
    d.text_line(fd(f["letter"], ds), 10)
    d.ln(3)
    addressee(d, f)
    d.text_line("Notice of Adverse Determination - Concurrent Review", 12, "B")
    d.ln(1)
    y = d.get_y()
    d.rect(d.l_margin, y - 1, d.w - d.l_margin - d.r_margin, 47)
    kv(d, [("Member:", f["name"]), ("Member ID:", f["mid"]), ("Group number:", f["grp"]),
           ("Date of birth:", fd(f["dob"], "slash")), ("Reference number:", f["ref"]),
           ("Program:", f"{f['prog']} - Intensive Outpatient Program"),
           ("Attending psychiatrist:", f"{f['psych']} (NPI {f['npi']})"),
           ("Service:", f"Intensive outpatient, {f['code']} / revenue code {f['rev']}")], 50, 9, 2)
    d.ln(4)
    d.para(f"Dear {f['name'].split()[0]} {f['name'].split()[-1]}:", 10)
    d.para(f"{f['prog']} asked us to approve more days in its intensive outpatient program (IOP). We approved "
           f"{f['days_auth']} program days from {fd(f['auth_start'], ds)} through {fd(f['auth_end'], ds)}. On "
           f"{fd(f['review'], ds)} our reviewer looked at the updated treatment plan at a concurrent review.", 10)
    d.para(f"Decision: continued stay in the intensive outpatient program is NOT approved for "
           f"{fd(f['deny_start'], ds)} through {fd(f['req_end'], ds)}.", 10.5)
    d.para("Why: the records show your symptoms have improved. You attend all groups, have had no self-harm "
           "thoughts for three weeks, and are sleeping and working again. You no longer need three hours of "
           "treatment a day, three days a week. Our level of care guideline says care can safely continue at a "
           "lower level. We suggest a step down to outpatient therapy (individual therapy and medication visits), "
           "which is covered under your plan.", 10)
    d.para(f"Peer-to-peer: your attending psychiatrist may talk with our physician reviewer before an appeal. "
           f"The doctor may call {f['phone']} within 2 business days of this notice.", 10)
    d.para("Your right to appeal: you, or someone you name, may ask for an appeal within 180 days of the date of "
           "this letter. If waiting could seriously harm your health, ask for an expedited appeal; we decide "
           "expedited appeals within 72 hours. You may also ask for an external review after the appeal.", 10)
    d.ln(2)
    d.text_line("Behavioral Health Utilization Management", 10)
    d.text_line(BR, 10)


def approval_br(d: Page, f: dict):
    ds = f["ds"]
    d.add_page()
    letterhead(d, f)
    d.text_line(fd(f["letter"], ds), 10)
    d.ln(3)
    addressee(d, f)
    d.text_line("Approval of Continued Stay - Intensive Outpatient Program", 12, "B")
    d.ln(1)
    kv(d, [("Member:", f["name"]), ("Member ID:", f["mid"]), ("Group number:", f["grp"]),
           ("Authorization number:", f["ref"]), ("Program:", f["prog"]),
           ("Attending psychiatrist:", f["psych"]), ("Service:", f"{f['code']} intensive outpatient (rev. {f['rev']})")])
    d.ln(3)
    d.table(["", "From", "Through", "Days"],
            [["Earlier authorization", fd(f["auth_start"], ds), fd(f["auth_end"], ds), str(f["days_auth"])],
             ["*Extension approved", fd(f["deny_start"], ds), fd(f["ext_end"], ds), "6"]], [60, 40, 40, 20], 9.5)
    d.para(f"Good news. At the concurrent review on {fd(f['review'], ds)} we approved more days in the intensive "
           f"outpatient program at {f['prog']}. The program will tell us by the last approved day whether you "
           "are ready to step down to outpatient therapy or whether it asks for another review.", 10)
    d.para("This is not a guarantee of payment. Claims are paid under your plan's terms, including copays and "
           "your eligibility on the dates of service.", 10)
    d.text_line(BR, 10)


def ur_fax_sb(d: Page, f: dict):
    """Sablewood: utilization review notice faxed to the program (copy to member)."""
    ds = f["ds"]
    d.add_page()
    letterhead(d, f)
    d.text_line("CONCURRENT REVIEW DETERMINATION - LEVEL OF CARE NOT MET", 11.5, "B")
    d.ln(1)
    d.table(["To (facility)", "Attending", "Notice date"],
            [[f["prog"], f["psych"], fd(f["letter"], ds)]], [70, 55, 45], 9)
    kv(d, [("Health plan:", CM), ("Patient:", f["name"]), ("Patient DOB:", fd(f["dob"], ds)),
           ("Member #:", f["mid"]), ("Group #:", f["grp"]), ("Case #:", f["ref"]),
           ("Level of care:", f"Intensive outpatient {f['code']} (rev {f['rev']})"),
           ("Last covered day:", fd(f["auth_end"], ds)),
           ("Dates not certified:", f"{fd(f['deny_start'], ds)} - {fd(f['req_end'], ds)}"),
           ("Clinical received:", fd(f["received"], ds))], 46, 9)
    d.ln(2)
    d.para("Rationale: the patient no longer meets criteria for continued intensive outpatient treatment. "
           "Withdrawal is resolved, urine screens have been negative for 14 days and the patient has a sober "
           "living placement. Dimension risk ratings now support standard outpatient (ASAM 1.0). Recommended "
           "step down: weekly outpatient counseling and medication management.", 9.5)
    d.para(f"A peer-to-peer conversation with the physician advisor is available: call {f['phone']} by 5 p.m. "
           "the next business day.", 9.5)
    d.para("Appeal rights: an expedited appeal may be requested by phone or fax and will be decided within 72 "
           "hours. A standard appeal must be filed within 60 days of the date of this notice. The member may be "
           "responsible for charges for non-certified days only if the member agreed in writing.", 9.5)
    d.para(f"Sablewood Behavioral Health Partners administers behavioral health benefits for {CM}. cc: member.", 8)


def eob_qs(d: Page, f: dict):
    ds = f["ds"]
    d.add_page()
    letterhead(d, f)
    d.text_line("EXPLANATION OF BENEFITS   -   THIS IS NOT A BILL", 12, "B")
    d.ln(1)
    kv(d, [("Statement date", fd(f["letter"], ds)), ("Member", f["name"]), ("Member ID", f["mid"]),
           ("Group", f["grp"]), ("Claim number", f["claim"]), ("Provider", f["prog"]),
           ("Patient account", f["acct"]), ("Received", fd(f["received"], ds))], 42, 9.5)
    d.ln(3)
    rows = [[fd(s, ds), f"{f['rev']} / {f['code']}", "SUD intensive outpatient", usd(f["rate"]), "0.00", "0.00",
             "N12"] for s in f["sess"]]
    rows.append(["*Claim total", "", "", usd(f["total"]), "0.00", "0.00", ""])
    d.table(["Date", "Rev / code", "Service", "Billed", "Allowed", "Plan paid", "Remark"], rows,
            [27, 26, 48, 24, 20, 20, 15], 8.5, "LLLRRRL")
    d.para(f"N12 - Services exceed the number of days authorized. Authorization {f['ref']} covered "
           f"{f['days_auth']} days, {fd(f['auth_start'], ds)} through {fd(f['auth_end'], ds)}. No concurrent "
           "review was requested for the days above. Because this is an in-network program, you are not "
           "responsible for these charges.", 9)
    d.para(f"Attending: {f['psych']}. Amount you owe: $0.00. You may appeal within 180 days of the date of this "
           "statement by writing to Quarrystone Appeals, PO Box 810, Watertown, NY 13601.", 9)


def claim_letter_copy(d: Page, f: dict):
    """Brackenfield-style claim denial to the member for hospital IOP days past the authorization (rev 0905)."""
    ds = f["ds"]
    deadline = add(f["letter"], 180)
    f["deadline"] = deadline
    d.add_page()
    letterhead(d, f)
    d.text_line(fd(f["letter"], ds), 10)
    d.ln(2)
    addressee(d, f)
    d.text_line(f"Re: Claim {f['claim']} - intensive outpatient days not authorized", 11, "B")
    kv(d, [("Member ID:", f["mid"]), ("Group:", f["grp"]), ("Provider:", f["prog"]),
           ("Billed charges:", usd(f["total"])), ("Authorization:", f"{f['ref']} (ended {fd(f['auth_end'], ds)})")],
       40, 9.5)
    d.ln(2)
    d.para(f"We received a claim from {f['prog']} for {len(f['sess'])} days in its hospital-based intensive "
           f"outpatient program (revenue code 0905, {f['code']}) from {fd(f['sess'][0], ds)} through "
           f"{fd(f['sess'][-1], ds)}. The authorization for this program ended on {fd(f['auth_end'], ds)}. The "
           "program did not ask for a concurrent review before the authorized days ran out, so these days were "
           "not authorized and the claim is denied.", 10)
    d.para(f"The program's attending psychiatrist, {f['psych']}, may send records for a retrospective review. "
           "You are not responsible for the charges while the provider's request is open.", 10)
    d.para(f"To appeal, write to us. Your appeal must be received by {fd(deadline, ds)}.", 10.5)
    d.text_line("Claims Department, " + BR, 10)


def letter_qs(d: Page, f: dict):
    """Quarrystone member letter (English or Spanish): continued stay not certified, step down."""
    ds, es = f["ds"], f["es"]
    d.add_page()
    letterhead(d, f)
    d.text_line(fd(f["letter"], ds), 10, align="R")
    addressee(d, f)
    if es:
        d.text_line("Aviso de determinación adversa: revisión concurrente", 12, "B")
        rows = [("Afiliado:", f["name"]), ("Nº de afiliado:", f["mid"]), ("Grupo:", f["grp"]),
                ("Número de caso:", f["ref"]), ("Programa:", f["prog"]), ("Psiquiatra tratante:", f["psych"]),
                ("Servicio:", f"Programa intensivo ambulatorio {f['code']}")]
    else:
        d.text_line("Your continued intensive outpatient treatment was not approved", 12, "B")
        rows = [("Patient:", f["name"]), ("ID number:", f["mid"]), ("Group no.:", f["grp"]),
                ("Case number:", f["ref"]), ("Facility:", f["prog"]), ("Attending:", f["psych"]),
                ("Service:", f"Intensive outpatient {f['code']}, rev. {f['rev']}")]
    d.ln(1)
    kv(d, rows, 45, 9.5)
    d.ln(3)
    if es:
        d.para(f"Aprobamos días del programa intensivo ambulatorio del {fd(f['auth_start'], ds)} al "
               f"{fd(f['auth_end'], ds)}. En la revisión concurrente del {fd(f['review'], ds)} decidimos que la "
               f"estadía continuada del {fd(f['deny_start'], ds)} al {fd(f['req_end'], ds)} no está aprobada.", 10)
        d.para("Motivo: usted ya no cumple los criterios para este nivel de atención. Sus síntomas mejoraron y "
               "puede continuar su tratamiento con terapia ambulatoria, que su plan cubre. Su psiquiatra puede "
               f"pedir una conversación entre médicos (peer-to-peer) llamando al {f['phone']}.", 10)
        d.para("Usted puede apelar dentro de 60 días a partir de la fecha de esta carta. Si su salud corre peligro, "
               "pida una apelación acelerada; la decidimos en 72 horas.", 10)
    else:
        d.para(f"Days in the program were approved from {fd(f['auth_start'], ds)} to {fd(f['auth_end'], ds)}. At the "
               f"concurrent review on {fd(f['review'], ds)}, we decided that continued stay from "
               f"{fd(f['deny_start'], ds)} to {fd(f['req_end'], ds)} is not approved.", 10)
        d.para("Reason: you no longer meet the criteria for this level of care. You have been abstinent for a "
               "month, take part in a recovery group and have stable housing. Treatment can continue in "
               "outpatient counseling, which your plan covers. Your attending may ask for a peer-to-peer review "
               f"by calling {f['phone']}.", 10)
        d.para("You may appeal within 60 days from the date of this letter. If your health is in danger, ask for an "
               "expedited appeal; we decide it within 72 hours.", 10)
    d.text_line(QS, 10)


def build(f: dict, mode: str) -> bytes:
    d = Page(serif=mode in ("br_deny", "approve"))
    {"br_deny": denial_letter_br, "approve": approval_br, "sb_fax": ur_fax_sb, "eob": eob_qs,
     "copy": claim_letter_copy, "qs_letter": letter_qs}[mode](d, f)
    return pdf_bytes(d)


def make_truth(f: dict, mode: str) -> dict:
    ins = f["ins"]
    alts: dict = {}
    base = dict(insurer=ins, member_name=f["name"], member_id=f["mid"], group_number=f["grp"], provider=f["prog"],
                denial_date=iso(f["letter"]))
    lang = "es" if f["es"] else "en"
    if mode == "approve":
        return truth("other", None, lang, case_numbers=[f["ref"]],
                     service_dates=[iso(f["deny_start"], f["ext_end"])],
                     alternates={"service_dates": [[iso(f["deny_start"])]]}, **base)
    if mode in ("eob", "copy"):
        cases = [f["claim"]]
        alts["case_numbers"] = [[f["claim"], f["ref"]]]
        dl = iso(f["deadline"]) if mode == "copy" else iso(add(f["letter"], 180))
        return truth("eob" if mode == "eob" else "denial_letter", "prior_authorization", lang, case_numbers=cases,
                     claim_amount=f"{f['total']:.2f}",
                     service_dates=([iso(s) for s in f["sess"]] if mode == "eob" else [iso(f["sess"][0], f["sess"][-1])]),
                     appeal_deadline=dl, alternates=alts, denial_alternates=["level_of_care", "other"], **base)
    days_ = 60 if mode in ("sb_fax", "qs_letter") else 180
    if ins == SB:
        alts["insurer"] = [CM]
    alts["service_dates"] = [[iso(f["deny_start"])]]
    return truth("denial_letter", "level_of_care", lang, case_numbers=[f["ref"]],
                 service_dates=[iso(f["deny_start"], f["req_end"])], appeal_deadline=iso(add(f["letter"], days_)),
                 alternates=alts, denial_alternates=["medical_necessity"], **base)


# (suffix, condition, kind, insurer, mode, date style)
PLAN = [
    ("bd_letter_stepdown_peer_to_peer", "born_digital", "deny", BR, "br_deny", "long"),
    ("bd_eob_sud_days_over_authorization", "born_digital", "eob", QS, "eob", "slash"),
    ("scan300_extension_approved", "scan_clean_300", "approve", BR, "approve", "abbr"),
    ("lowres_spanish_letter_stepdown", "scan_lowres_150", "es", QS, "qs_letter", "es"),
    ("copy_hospital_iop_0905_days_not_authorized", "photocopy", "copy", BR, "copy", "dmy"),
    ("faxfine_bho_concurrent_review_not_certified", "fax_fine_g4", "deny", SB, "sb_fax", "iso"),
    ("phone_letter_continued_stay_not_approved", "phone_photo", "deny", QS, "qs_letter", "abbr"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ins, mode, ds) in enumerate(PLAN):
        f = facts(i, kind, ins, ds)
        pdf = build(f, mode)
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(pdf, make_truth(f, mode))]))
    return items
