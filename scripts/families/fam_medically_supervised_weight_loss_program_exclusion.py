"""Family 'medically_supervised_weight_loss_program_exclusion': medically supervised weight management programs
(S9449 weight management classes, 99401 preventive counseling, meal replacements) refused under the plan's weight
loss program exclusion, while the physician visit itself is paid.

Documents: a prose exclusion letter; a stack of the clinic's invoice and the EOB paying the physician visit while
denying the program; a Spanish marketplace plan letter (es); a fax EOB with one denied claim; a wellness
incentive letter (not a denial); an upheld appeal; a paid EOB for a counseling visit. Decoys: DOB, NPIs, clinic
account numbers, program enrolment fees, incentive amounts, BMI values, phone lines, external-review limits.
All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "medically_supervised_weight_loss_program_exclusion"
LANG = "en"
SEED = 326600
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
CLINIC = "Evenkeel Medical Weight Center"
DOC = ["Dr. Marisol Q. Abernathy", "Dr. Thaddeus R. Okonkwo-Bell", "Dr. Ileana V. Stroud"]


class Page(Doc):
    def __init__(self, foot=None, margins=(18, 14, 18)):
        super().__init__("DejaVu", footer=foot, margins=margins)
        self.add_font("DejaVu", "B", BOLD)


def ph(r: Rand) -> str:
    return f"888.{r.digits(3)}.{r.digits(4)}"


def base(r: Rand, lang="en") -> dict:
    member, first, mid, last = r.person(lang)
    dos = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 160))
    return dict(member=member, first=first, last=last, addr=r.address(lang), dos=dos, npi=r.npi(),
                dob=dt.date(r.randint(1955, 2000), r.randint(1, 12), r.randint(1, 28)))


def program(r: Rand, weeks: int = 4) -> list[tuple[str, str, float]]:
    return [("S9449", f"Weight management classes, {weeks} sessions", float(r.randint(3, 6) * 95 * weeks // 2)),
            ("99401", "Preventive counseling, 15 min", float(r.randint(85, 140))),
            ("B4150", "Meal replacement, 28 day supply", float(r.randint(180, 320)))]


def hdr(d: Page, name: str, sub: str) -> None:
    d.text_line(name, 15, "B", h=7.5)
    d.text_line(sub, 8.4, h=4.5)
    d.rule(0.5, 4)


# 0: prose exclusion letter
def doc_letter(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Cedar Hollow Health Partners"
    mid, grp, claim = f"CHP{r.digits(8)}", f"{r.digits(4)}-{r.letters(2)}", f"{r.digits(13)}"
    lines = program(r)
    billed = sum(a for _, _, a in lines)
    notice = f["dos"] + dt.timedelta(days=r.randint(20, 35))
    d = Page("Cedar Hollow Health Partners  -  {p}")
    d.add_page()
    hdr(d, "Cedar Hollow Health Partners", f"Member Claims  |  55 Orchard Gate, Fenwick, WI 53711  |  {ph(r)}")
    d.text_line(fmt_date(notice, "long"), 10, h=6)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    d.para(f"Dear {f['first']} {f['last']}:", 10)
    d.para(f"We have finished processing claim number {claim}, which {CLINIC} sent us for the supervised weight "
           f"loss program you attended beginning {fmt_date(f['dos'], 'long')}. The charges totaled "
           f"{fmt_money(billed)} (S9449 classes, 99401 counseling and B4150 meal replacement).", 10)
    d.para("We cannot pay this claim. Your plan document, Exclusions section 7.3, excludes \"weight loss programs, "
           "whether or not medically supervised, including classes, counseling sessions, dietary supplements and "
           "meal replacements.\" The program is not a covered benefit even though your doctor recommended it.", 10)
    d.para(f"Your member ID is {mid}; your group is {grp}. Program director: {DOC[0]}.", 10)
    d.para("If you disagree, you may file an appeal within 180 days of the date of this letter. You can also ask "
           "for an external review after the appeal. Our phone line hours changed on January 5, 2026.", 10)
    d.para("Claims Department, Cedar Hollow Health Partners", 10)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[claim], claim_amount=m2(billed), service_dates=[iso(f["dos"])], denial_date=iso(notice),
              provider=CLINIC, appeal_deadline=iso(notice + dt.timedelta(days=180)),
              alternates={"provider": [DOC[0]]})
    return pdf_bytes(d), t


# 1: stack: clinic invoice + EOB (visit paid, program denied)
def doc_invoice(r: Rand, f: dict) -> tuple[bytes, dict]:
    inv = f["dos"] + dt.timedelta(days=r.randint(3, 8))
    acct = f"EV-{r.digits(6)}"
    d = Page(None, margins=(14, 12, 14))
    d.add_page()
    d.text_line("EVENKEEL", 20, "B", h=9)
    d.text_line("Medical Weight Center  ·  301 Harbor Loop, Brantley, SC 29301", 8.6, h=4.6)
    d.ln(3)
    d.boxes([("Invoice date", fmt_date(inv, "upper"), 38), ("Patient acct", acct, 34), ("Patient", f["member"], 56),
             ("Insurance", "Palisade Health", 40)])
    d.ln(4)
    rows = [[fmt_date(f["dos"], "upper"), c, ds, fmt_money(a, "bare")] for c, ds, a in f["all"]]
    rows.append(["*Total", "", "", fmt_money(f["total"], "bare")])
    d.table(["DOS", "CPT/HCPCS", "Item", "Charge"], rows, [30, 24, 100, 28], size=8.6, aligns="LLLR")
    d.para("Enrollment fee of $49.00 was paid at sign-up and is not shown. We filed the charges with your insurer. "
           "Program fees not paid by insurance are your responsibility.", 9)
    d.para(f"Supervising physician: {DOC[1]} (NPI {f['npi']}).", 9)
    t = truth("other", None, member_name=f["member"], claim_amount=m2(f["total"]), service_dates=[iso(f["dos"])],
              denial_date=iso(inv), provider=CLINIC, unscored=["insurer"], alternates={"provider": [DOC[1]]})
    return pdf_bytes(d), t


def doc_stack_eob(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Palisade Health"
    stmt = f["dos"] + dt.timedelta(days=r.randint(20, 30))
    d = Page("Palisade Health - Explanation of Benefits - {p}", margins=(12, 12, 12))
    d.add_page()
    hdr(d, "Palisade Health", f"Statement of benefits  ·  PO Box 441, Greer Hill, SC 29650  ·  {ph(r)}")
    d.para(f"Statement date: {fmt_date(f['dos'] + dt.timedelta(days=0), 'short')} to "
           f"{fmt_date(stmt, 'short')}", 8.5)
    d.boxes([("Printed", fmt_date(stmt, "slash"), 30), ("Patient", f["member"], 54), ("Member #", f["mid"], 40),
             ("Group #", f["grp"], 30)])
    d.ln(3)
    for c, ls, den in [(f["c1"], f["visit"], False), (f["c2"], f["prog"], True)]:
        d.font(9, "B")
        d.cell(0, 5.5, f"Claim {c} - {CLINIC} - {fmt_date(f['dos'], 'slash')}", new_x="LMARGIN", new_y="NEXT")
        rows = [[cd, ds[:34], fmt_money(a), "0.00" if den else fmt_money(round(a * .8, 2)),
                 fmt_money(a) if den else fmt_money(round(a * .2, 2)), "WX" if den else ""] for cd, ds, a in ls]
        if den:
            rows.append(["*Claim total", "", fmt_money(sum(a for _, _, a in ls)), "0.00", fmt_money(sum(a for _, _, a in ls)), ""])
        d.table(["Code", "Service", "Billed", "Paid", "You owe", "Code"], rows, [18, 70, 26, 26, 26, 14], size=8,
                aligns="LLRRRL")
    d.para("WX  Weight loss programs are excluded under your plan. Appeal within 180 days of this statement.", 8.5)
    pb = sum(a for _, _, a in f["prog"])
    t = truth("eob", "not_covered", insurer=ins, group_number=f["grp"], member_id=f["mid"], member_name=f["member"],
              case_numbers=[f["c2"]], claim_amount=m2(pb), service_dates=[iso(f["dos"])], denial_date=iso(stmt),
              provider=CLINIC, appeal_deadline=iso(stmt + dt.timedelta(days=180)))
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    f["visit"] = [("99204", "New patient office visit", float(r.randint(260, 340)))]
    f["prog"] = program(r, 6)
    f["all"] = f["visit"] + f["prog"]
    f["total"] = sum(a for _, _, a in f["all"])
    f.update(mid=f"PH{r.digits(9)}", grp=f"{r.digits(6)}", c1=f"{r.digits(10)}", c2=f"{r.digits(10)}")
    return Item(f"{FAMILY}_invoice_eob_stack", "scan_lowres_150", [doc_invoice(r, f), doc_stack_eob(r, f)])


# 2: Spanish marketplace letter
def doc_es(r: Rand) -> tuple[bytes, dict]:
    f = base(r, "es")
    ins = "Salud Mercado Abierto de Texas"
    mid, ref = f"SMT{r.digits(8)}", f"{r.digits(4)}-{r.digits(6)}"
    plan = f"{r.digits(5)}TX{r.digits(7)}"
    lines = program(r)
    billed = sum(a for _, _, a in lines)
    notice = f["dos"] + dt.timedelta(days=r.randint(20, 30))
    d = Page("Salud Mercado Abierto de Texas  ·  Página {p}")
    d.add_page()
    hdr(d, "Salud Mercado Abierto de Texas", f"Plan del Mercado de Seguros Médicos  ·  {ph(r)}  ·  TTY 711")
    d.text_line(fmt_date(notice, "es"), 10, h=6)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    d.para(f"Estimado/a {f['first']} {f['last']}:", 10)
    d.para(f"Recibimos la reclamación {ref} de {CLINIC} por el programa de control de peso supervisado que usted "
           f"comenzó el {fmt_date(f['dos'], 'es')}. El total facturado fue de {fmt_money(billed)}.", 10)
    d.para("Hemos negado esta reclamación. Su póliza excluye los programas para bajar de peso, aunque estén "
           "supervisados por un médico (clases S9449, consejería 99401 y reemplazos de comidas). Este servicio no "
           "es un beneficio cubierto de su plan.", 10)
    d.para(f"Número de miembro: {mid}. Identificación del plan: {plan}. Fecha de nacimiento: "
           f"{fmt_date(f['dob'], 'es')}.", 10)
    d.para("Usted puede apelar dentro de 180 días a partir de la fecha de esta carta. También puede pedir una "
           "revisión externa dentro de 4 meses después de nuestra decisión final.", 10)
    t = truth("denial_letter", "not_covered", lang="es", insurer=ins, plan_id=plan, member_id=mid,
              member_name=f["member"], case_numbers=[ref], claim_amount=m2(billed), service_dates=[iso(f["dos"])],
              denial_date=iso(notice), provider=CLINIC, appeal_deadline=iso(notice + dt.timedelta(days=180)),
              alternates={"plan_id": [None]})
    return pdf_bytes(d), t


# 3: fax EOB, several claims
def doc_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Granite Shoals Benefit Plan"
    mid, grp = f"{r.digits(3)}-{r.digits(2)}-{r.digits(4)}A", f"G{r.digits(4)}"
    stmt = f["dos"] + dt.timedelta(days=r.randint(15, 30))
    cs = [r.digits(9) for _ in range(3)]
    prog = [("S9449", "Weight mgmt class x8", float(r.randint(600, 900)))]
    d = Page("GSBP EOB {p}/{n}", margins=(12, 12, 12))
    d.add_page()
    hdr(d, "Granite Shoals Benefit Plan", f"Administered by Keystone TPA Services  ·  {ph(r)}")
    d.text_line(f"EOB date {fmt_date(stmt, 'dmy')}    Employee: {f['member']}    SSN-free ID {mid}    Grp {grp}", 8.8)
    d.ln(2)
    rows = [[cs[0], fmt_date(f["dos"] - dt.timedelta(days=30), "dmy"), DOC[2], "99213", "165.00", "112.40", "PD"],
            [cs[1], fmt_date(f["dos"], "dmy"), CLINIC, "S9449", fmt_money(prog[0][2], "nosign"), "0.00", "EX12"],
            [cs[2], fmt_date(f["dos"] + dt.timedelta(days=3), "dmy"), "Quantum Labs", "80061", "88.00", "41.10", "PD"]]
    d.table(["Claim", "Date", "Provider", "Code", "Billed", "Paid", "Status"], rows, [26, 26, 62, 16, 22, 22, 16],
            size=8, aligns="LLLLRRL")
    d.para("EX12 = Weight reduction programs are a plan exclusion. PD = paid.", 8.6)
    d.para("You may request a review of a denied claim within 180 days of the date of this EOB.", 8.6)
    t = truth("eob", "not_covered", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[cs[1]], claim_amount=m2(prog[0][2]), service_dates=[iso(f["dos"])],
              denial_date=iso(stmt), provider=CLINIC, appeal_deadline=iso(stmt + dt.timedelta(days=180)),
              alternates={"insurer": ["Keystone TPA Services"]})
    return pdf_bytes(d), t


# 4: wellness incentive letter (not a denial)
def doc_wellness(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Cedar Hollow Health Partners"
    mid = f"CHP{r.digits(8)}"
    notice = f["dos"] + dt.timedelta(days=r.randint(5, 15))
    d = Page(None, margins=(22, 18, 22))
    d.add_page()
    d.text_line("Cedar Hollow Health Partners  ·  HealthyStride Rewards", 13, "B", h=7)
    d.ln(4)
    d.text_line(fmt_date(notice, "iso"), 10, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(3)
    d.para(f"Hi {f['first']},", 10)
    d.para(f"Congratulations! You finished 12 weeks of the HealthyStride coaching program on "
           f"{fmt_date(f['dos'], 'long')}. A $150.00 reward has been loaded to your wellness card. Member {mid}.", 10)
    d.para("HealthyStride is a free wellness program. It is separate from medical weight loss programs, which your "
           "plan does not cover. Nothing on this letter is a claim decision.", 10)
    t = truth("other", None, insurer=ins, member_id=mid, member_name=f["member"], denial_date=iso(notice),
              alternates={"service_dates": [[iso(f["dos"])]]})
    return pdf_bytes(d), t


# 5: upheld appeal
def doc_appeal(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Palisade Health"
    mid, app, claim = f"PH{r.digits(9)}", f"GA-{r.digits(8)}", r.digits(10)
    lines = program(r, 8)
    billed = sum(a for _, _, a in lines)
    notice = f["dos"] + dt.timedelta(days=r.randint(70, 100))
    d = Page("Palisade Health  |  Appeals  |  {p}", margins=(20, 16, 20))
    d.add_page()
    hdr(d, "Palisade Health", f"Grievance & Appeals  ·  Greer Hill, SC  ·  Fax {ph(r)}")
    d.table(["Appeal", "Claim", "Member", "ID", "Decided"], [[app, claim, f["member"], mid, fmt_date(notice, "slash")]],
            [30, 30, 50, 34, 26], size=8.8)
    d.para(f"You appealed our denial of the medically supervised weight loss program from {CLINIC}, "
           f"{fmt_date(f['dos'], 'slash')}, billed at {fmt_money(billed)}. You sent a letter from {DOC[1]} "
           "describing your diabetes and a BMI of 38.", 10)
    d.para("We reviewed the plan language again. Weight loss programs are excluded for all members regardless of "
           "medical condition. The denial is upheld. Bariatric surgery and obesity medicines are covered "
           "separately under other sections of your plan.", 10)
    d.para("You may request an external review within 4 months of receiving this decision.", 10)
    t = truth("denial_letter", "not_covered", insurer=ins, member_id=mid, member_name=f["member"],
              case_numbers=[app, claim], claim_amount=m2(billed), service_dates=[iso(f["dos"])],
              denial_date=iso(notice), provider=CLINIC, alternates={"provider": [DOC[1]]})
    return pdf_bytes(d), t


# 6: paid counseling EOB
def doc_paid(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Granite Shoals Benefit Plan"
    mid, grp, claim = f"{r.digits(3)}-{r.digits(2)}-{r.digits(4)}B", f"G{r.digits(4)}", r.digits(9)
    stmt = f["dos"] + dt.timedelta(days=r.randint(15, 30))
    amt = float(r.randint(95, 150))
    d = Page(None, margins=(16, 14, 16))
    d.add_page()
    hdr(d, "Granite Shoals Benefit Plan", "Explanation of benefits - preventive services")
    for lab, val in [("Date issued", fmt_date(stmt, "long")), ("For", f["member"]), ("Plan ID number", mid),
                     ("Group", grp), ("Claim reference", claim), ("Seen by", DOC[2]),
                     ("Visit", fmt_date(f["dos"], "long") + "  99401 obesity counseling, 15 min")]:
        d.font(9.5, "B")
        d.cell(40, 5.3, lab)
        d.font(9.5)
        d.cell(0, 5.3, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para(f"Amount charged {fmt_money(amt)}. Plan paid {fmt_money(amt * .9)} as a preventive service at no cost "
           "to you. You owe $0.00.", 10)
    t = truth("eob", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[claim], claim_amount=m2(amt), service_dates=[iso(f["dos"])], denial_date=iso(stmt),
              provider=DOC[2], type_alternates=["other"])
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_letter, "exclusion_letter", "born_digital"), (2, doc_es, "es_marketplace", "photocopy"),
              (3, doc_eob, "tpa_eob", "fax_standard_g4"), (4, doc_wellness, "wellness_reward", "phone_photo"),
              (5, doc_appeal, "appeal_upheld", "rotated"), (6, doc_paid, "counseling_paid", "scan_clean_300")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
