"""Family 'endoscopic_sinus_surgery_revision_ct_criteria_denial': revision functional endoscopic sinus surgery
(31255 total ethmoidectomy, 31267 maxillary antrostomy with tissue removal, 31276 frontal sinus exploration)
refused because no CT within the last 12 months or no documented trial of maximal medical therapy.

Documents: a pre-service denial letter (prose, multi-page with running header); a two-claim hospital ASC EOB with
the facility claim denied and the anesthesia claim paid; the ENT group's statement; a Spanish denial letter; a fax
stack of a cover sheet, a request for information (a hold, not a denial) and the external review decision
upholding the denial; an approval for a CT scan (not a denial). Decoys: DOB, NPIs, account numbers, paid claims,
received dates, 72-hour and 4-month limits, policy numbers. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "endoscopic_sinus_surgery_revision_ct_criteria_denial"
LANG = "en"
SEED = 330600
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
ENT = "Kestrel Valley Ear, Nose & Throat Group"
ASC = "Marlow Bay Surgery Center"


class Page(Doc):
    def __init__(self, foot=None, header=None, margins=(18, 14, 18)):
        super().__init__("DejaVu", footer=foot, header=header, margins=margins)
        self.add_font("DejaVu", "B", BOLD)


def ph(r: Rand) -> str:
    return f"800-555-{r.digits(4)}"


def base(r: Rand, lang="en") -> dict:
    member, first, mid, last = r.person(lang)
    dos = dt.date(2026, 3, 2) + dt.timedelta(days=r.randint(0, 110))
    return dict(member=member, first=first, last=last, addr=r.address(lang), dos=dos, npi=r.npi(),
                dob=dt.date(r.randint(1950, 2000), r.randint(1, 12), r.randint(1, 28)),
                surgeon=f"Dr. {r.person()[0]}", lines=[("31255", "Total ethmoidectomy, endoscopic", r.randint(2900, 4100)),
                ("31267", "Maxillary antrostomy w/ tissue removal", r.randint(1800, 2600)),
                ("31276", "Frontal sinus exploration, endoscopic", r.randint(2400, 3500))])


# 0 pre-service denial, multi-page prose
def doc_preservice(r: Rand):
    f = base(r)
    ins = "Tamarack Health Plan"
    mid, grp, ref = f"TMK{r.digits(8)}", f"{r.digits(4)}-{r.letters(3)}", f"UM{r.digits(9)}"
    notice = f["dos"] - dt.timedelta(days=r.randint(10, 18))
    d = Page("Tamarack Health Plan · Utilization Management · Page {p} of {n}",
             header=f"Tamarack Health Plan  ·  {f['member']}  ·  Reference {ref}")
    d.add_page()
    d.text_line("Tamarack Health Plan", 16, "B", h=8)
    d.text_line(f"Utilization Management · 90 Quarry Lane, Ashby Falls, WI 53001 · {ph(r)}", 8.5, h=4.5)
    d.ln(8)
    d.text_line(fmt_date(notice, "long"), 10, h=6)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    d.para(f"Dear {f['first']} {f['last']}:", 10)
    d.para(f"{f['surgeon']} of {ENT} asked us to approve revision endoscopic sinus surgery (CPT 31255, 31267 "
           f"and 31276) planned for {fmt_date(f['dos'], 'long')} at {ASC}. We received the request on "
           f"{fmt_date(notice - dt.timedelta(days=5), 'long')}. Your member ID is {mid} and your group number is "
           f"{grp}. After review by a board-certified otolaryngologist, we have denied this request (reference {ref}).", 10)
    d.para("Why: our medical policy MP-ENT-214 (Functional Endoscopic Sinus Surgery) covers revision surgery "
           "when (1) a CT scan of the sinuses done within the last 12 months shows persistent disease and (2) "
           "the member has completed at least 8 weeks of maximal medical therapy after the first surgery, "
           "including saline irrigation, topical nasal steroids and a course of antibiotics or oral steroids "
           "when indicated. The records sent include a CT scan from more than two years ago and no notes of "
           "medical therapy since your first surgery. The surgery is therefore not medically necessary at this "
           "time.", 10)
    for _ in range(6):
        d.para("This decision is about coverage only. You and your doctor decide your care. You may ask for "
               "the policy and all records used in this decision free of charge.", 10)
    d.text_line("Your appeal rights", 11, "B", h=7)
    d.para("You may file an appeal within 180 days of the date of this letter. Urgent appeals are decided "
           "within 72 hours. You may also ask for an external review within 4 months of a final decision. "
           f"Surgeon NPI {f['npi']}.", 10)
    t = truth("denial_letter", "medical_necessity", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[ref], service_dates=[iso(f["dos"])], denial_date=iso(notice),
              provider=f["surgeon"], appeal_deadline=iso(notice + dt.timedelta(days=180)),
              alternates={"provider": [ENT]})
    return pdf_bytes(d), t


# 1 ASC EOB, two claims, facility denied
def doc_eob(r: Rand):
    f = base(r)
    ins = "Oakhurst Benefit Company"
    mid, grp = f"{r.digits(3)} {r.digits(3)} {r.digits(3)}", f"OBC{r.digits(4)}"
    stmt = f["dos"] + dt.timedelta(days=r.randint(25, 35))
    c_fac, c_an = f"F{r.digits(10)}", f"F{r.digits(10)}"
    fac = sum(x[2] for x in f["lines"]) * 1.0
    an = float(r.randint(900, 1400))
    d = Page("OAKHURST BENEFIT COMPANY  EXPLANATION OF BENEFITS  THIS IS NOT A BILL", margins=(12, 12, 12))
    d.add_page()
    d.text_line("OAKHURST BENEFIT COMPANY", 15, "B", h=8)
    y = d.get_y()
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 9.5, h=4.8)
    d.set_y(y)
    for lab, val in [("Date prepared", fmt_date(stmt, "dmy")), ("Subscriber no.", mid), ("Employer group", grp)]:
        d.set_x(120)
        d.font(9, "B")
        d.cell(32, 5, lab)
        d.font(9)
        d.cell(0, 5, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    d.para(f"Facility: {ASC}    Surgeon: {f['surgeon']}", 9)
    rows = [["*" + c_an, "Northgate Anesthesia PC", fmt_date(f["dos"], "dmy"), "01320 anesthesia",
             fmt_money(an, "nosign"), fmt_money(an * 0.8, "nosign"), "PD"]]
    for code, desc, amt in f["lines"]:
        rows.append([c_fac, ASC[:22], fmt_date(f["dos"], "dmy"), code + " " + desc[:18],
                     fmt_money(amt, "nosign"), "0.00", "D45"])
    rows.append(["*Facility total", "", "", "", fmt_money(fac, "nosign"), "0.00", ""])
    d.table(["Claim", "Provider", "Service", "Procedure", "Billed", "Paid", "Rmk"], rows,
            [28, 40, 22, 52, 20, 18, 12], 8)
    d.para("PD  Paid under your outpatient surgery benefit.\nD45  Denied. Revision sinus surgery requires a sinus "
           "CT within 12 months and documented medical therapy; these were not provided. Not medically necessary.",
           8.8)
    d.para(f"Appeals must be filed within 180 days of the date of this statement. Facility NPI {f['npi']}.", 8.8)
    t = truth("eob", "medical_necessity", insurer=ins, group_number=grp, member_id=mid.replace(" ", ""),
              member_name=f["member"], case_numbers=[c_fac], claim_amount=m2(fac), service_dates=[iso(f["dos"])],
              denial_date=iso(stmt), provider=ASC, appeal_deadline=iso(stmt + dt.timedelta(days=180)),
              alternates={"provider": [f["surgeon"]]})
    return pdf_bytes(d), t


# 2 ENT group statement
def doc_ent(r: Rand):
    f = base(r)
    sdate = f["dos"] + dt.timedelta(days=60)
    acct = f"{r.digits(8)}"
    tot = sum(x[2] for x in f["lines"]) * 0.45
    d = Page(None, margins=(16, 14, 16))
    d.add_page()
    d.font(15, "B")
    d.cell(110, 8, ENT)
    d.font(8.5)
    d.multi_cell(0, 4.4, f"Billing questions\n{ph(r)}\nAccount {acct}", new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.para(f"Guarantor / patient: {f['member']}\nStatement issued {fmt_date(sdate, 'iso')}", 9.5)
    rows = [[fmt_date(f["dos"], "iso"), c, dsc, fmt_money(a * 0.45)] for c, dsc, a in f["lines"]]
    rows.append(["*", "", "Total professional charges", fmt_money(tot)])
    rows.append(["", "", "Insurance (Tamarack Health Plan): denied - no payment", "$0.00"])
    rows.append(["*", "", "Patient responsibility", fmt_money(tot)])
    d.table(["Date", "CPT", "Description", "Charge"], rows, [28, 18, 100, 30], 9, aligns="LLLR")
    d.para(f"Surgeon: {f['surgeon']}. Your insurer denied the surgery. We are helping you appeal; we will not send "
           "this account to collections while an appeal is open.", 9.5)
    t = truth("other", None, member_name=f["member"], claim_amount=m2(tot), service_dates=[iso(f["dos"])],
              denial_date=iso(sdate), provider=f["surgeon"], unscored=["insurer"],
              alternates={"provider": [ENT]})
    return pdf_bytes(d), t


# 3 Spanish letter
def doc_es(r: Rand):
    f = base(r, "es")
    ins = "Salud Pradera Alta"
    mid, ref = f"SPA-{r.digits(7)}", f"{r.digits(10)}"
    notice = f["dos"] - dt.timedelta(days=r.randint(7, 12))
    d = Page("Salud Pradera Alta · página {p}")
    d.add_page()
    d.text_line("Salud Pradera Alta", 16, "B", h=8)
    d.text_line(f"Departamento de Autorizaciones · {ph(r)}", 8.5, h=4.5)
    d.ln(6)
    d.text_line(fmt_date(notice, "es"), 10, h=6)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    d.para(f"Estimado(a) {f['first']} {f['last']}:", 10)
    d.para(f"Su médico, {f['surgeon']}, pidió autorización para una cirugía endoscópica de senos paranasales de "
           f"revisión (31255, 31276) el {fmt_date(f['dos'], 'es')}. Número de caso {ref}; número de afiliado "
           f"{mid}. Hemos negado esta solicitud porque no recibimos una tomografía (CT) de los últimos 12 meses "
           "ni notas de tratamiento médico con lavados y esteroides nasales. Sin esos datos, la cirugía no es "
           "médicamente necesaria.", 10)
    d.para("Puede apelar dentro de 60 días a partir de la fecha de esta carta. Si su salud corre peligro, pida "
           "una apelación rápida (72 horas).", 10)
    t = truth("denial_letter", "medical_necessity", lang="es", insurer=ins, member_id=mid,
              member_name=f["member"], case_numbers=[ref], service_dates=[iso(f["dos"])], denial_date=iso(notice),
              provider=f["surgeon"], appeal_deadline=iso(notice + dt.timedelta(days=60)))
    return pdf_bytes(d), t


# 4 stack: request for information + IRO decision
def doc_rfi(r: Rand, f: dict):
    day = f["dos"] - dt.timedelta(days=30)
    d = Page(None)
    d.add_page()
    d.text_line("Granite Ridge Health", 14, "B", h=7)
    d.text_line("Prior Authorization Department", 9, h=5)
    d.ln(4)
    d.boxes([("Date of this notice", fmt_date(day, "abbr"), 50), ("Patient", f["member"], 60),
             ("Request #", f["ref"], 50)])
    d.ln(4)
    d.para(f"We need more information before we can decide the request from {f['surgeon']} for revision sinus "
           "surgery. Please send a sinus CT report from the last 12 months and notes of medical therapy. Your "
           "request is on hold; this is not a denial. If we do not receive the records in 14 days, we will "
           "decide with the information we have.", 10)
    t = truth("other", None, insurer="Granite Ridge Health", member_name=f["member"], case_numbers=[f["ref"]],
              denial_date=iso(day), provider=f["surgeon"], type_alternates=["denial_letter"])
    return pdf_bytes(d), t


def doc_iro(r: Rand, f: dict):
    day = f["dos"] + dt.timedelta(days=75)
    iro_case = f"IRO-{r.digits(2)}-{r.digits(5)}"
    d = Page("Lodestar Independent Review, LLC  -  Final External Review Decision")
    d.add_page()
    d.text_line("Lodestar Independent Review, LLC", 14, "B", h=7)
    d.text_line("Independent review organization", 9, h=5)
    d.ln(5)
    d.para(f"Date: {fmt_date(day, 'slash')}\nIRO case: {iro_case}\nEnrollee: {f['member']}\nHealth plan: "
           f"Granite Ridge Health, request {f['ref']}\nTreating physician: {f['surgeon']}", 10)
    d.text_line("Decision: UPHELD", 12, "B", h=7)
    d.para("The reviewer, a board-certified otolaryngologist, agrees with the health plan that revision "
           "endoscopic sinus surgery (31255, 31267, 31276) was not medically necessary. No CT scan within the "
           "last 12 months and no trial of maximal medical therapy were documented.", 10)
    d.para("This decision is binding on the plan and the enrollee except to the extent other remedies are "
           "available under state or federal law.", 10)
    t = truth("denial_letter", "medical_necessity", insurer="Lodestar Independent Review, LLC",
              member_name=f["member"], case_numbers=[iro_case, f["ref"]], denial_date=iso(day),
              provider=f["surgeon"], alternates={"insurer": ["Granite Ridge Health"],
                                                  "case_numbers": [[iro_case]]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    f["ref"] = f"GRH{r.digits(8)}"
    a = doc_rfi(r, f)
    b = doc_iro(r, f)
    return Item(f"{FAMILY}_scan_stack", "scan_clean_300", [a, b], separators=["cover", None])


# 5 CT approval
def doc_ct(r: Rand):
    f = base(r)
    ins = "Tamarack Health Plan"
    mid, auth = f"TMK{r.digits(8)}", f"AUTH-{r.digits(7)}"
    notice = f["dos"] - dt.timedelta(days=20)
    d = Page(None, margins=(24, 18, 24))
    d.add_page()
    d.text_line("Tamarack Health Plan", 14, "B", h=7)
    d.ln(4)
    d.para(f"{fmt_date(notice, 'upper')}\n\nTo: {f['member']}, member {mid}", 10)
    d.para(f"We approved a CT scan of the sinuses without contrast (CPT 70486) ordered by {f['surgeon']}, to be "
           f"done on or after {fmt_date(f['dos'], 'upper')}. Approval number {auth}. Once the scan is done, your "
           "doctor may send a new request for surgery.", 10)
    t = truth("other", None, insurer=ins, member_id=mid, member_name=f["member"], case_numbers=[auth],
              service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=f["surgeon"])
    return pdf_bytes(d), t


# 6 appeal upheld second level, fax
def doc_appeal(r: Rand):
    f = base(r)
    ins = "Oakhurst Benefit Company"
    mid, appeal = f"{r.digits(9)}", f"APL{r.digits(6)}"
    day = f["dos"] + dt.timedelta(days=90)
    tot = sum(x[2] for x in f["lines"])
    d = Page(None, margins=(20, 16, 20))
    d.add_page()
    d.text_line("Oakhurst Benefit Company — Appeals", 13, "B", h=7)
    d.ln(4)
    d.para(f"{fmt_date(day, 'mdy_nopad')}\n{f['member']} (subscriber {mid})", 10)
    d.para(f"Your first-level appeal {appeal} about the surgery at {ASC} on {fmt_date(f['dos'], 'mdy_nopad')} "
           f"(billed {fmt_money(tot)}) has been reviewed. We are keeping our denial: the revision surgery did not "
           "meet the CT and medical-therapy criteria. You may request a second-level appeal within 60 days of "
           "the date of this letter.", 10)
    t = truth("denial_letter", "medical_necessity", insurer=ins, member_id=mid, member_name=f["member"],
              case_numbers=[appeal], claim_amount=m2(tot), service_dates=[iso(f["dos"])], denial_date=iso(day),
              provider=ASC, appeal_deadline=iso(day + dt.timedelta(days=60)))
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_preservice, "preservice", "born_digital"), (1, doc_eob, "asc_eob", "photocopy"),
              (2, doc_ent, "ent_statement", "phone_photo"), (3, doc_es, "es_letter", "scan_lowres_150"),
              (5, doc_ct, "ct_approval", "rotated"), (6, doc_appeal, "appeal_upheld", "fax_standard_g4")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(4, item_stack(Rand(SEED + 4)))
    return items
