"""Family 'itemized_bill_with_payer_denial': a hospital's itemized bill mailed together with the insurer's denial it
refers to, scanned as one stack (bill + denial, denial + bill, or a billing office cover note + bill + denial), and
single bills and single denials.

Hospitals: Tarnbrook Regional Medical Center (logo word "TARNBROOK" over a rule, "Patient Financial Services" line)
and Thrushcross Community Hospital (return address block at the top left, "ITEMIZED STATEMENT" at the right).
Insurers: Merganser Health Insurance Company (logo word "MERGANSER" over a rule) and Wryneck Health Plan (parent line
"Vireo Mutual Holdings" above the name). Bills: account number (decoy), statement date, admission / discharge or
service date, attending physician, insurance block (insurer, member ID, group, insurer's claim number), lines with
revenue codes, CPT/HCPCS codes, dates, units, charges, a Total charges row, insurance payments, "Insurance denied -
see enclosed", balance due and a pay-by date (decoy). Denials: no prior authorization for the admission (keyword),
inpatient stay that should have been observation (plain words), out of network, late filing, a Spanish denial of
an experimental device, an approval-less denial. Decoys: account numbers, pay-by dates, payments, NPIs.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundt_famta import address, clinician, days, digits, fdate, iso, local_phone, m2, mixed, money, person, \
    phone, usd

FAMILY = "itemized_bill_with_payer_denial"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
H1 = "Tarnbrook Regional Medical Center"
H2 = "Thrushcross Community Hospital"
I1 = "Merganser Health Insurance Company"
I2 = "Wryneck Health Plan"
LINES = [("0110", "", "Room and board, semi-private", 1), ("0250", "J7030", "Pharmacy - IV solution", 3),
         ("0300", "80053", "Laboratory - metabolic panel", 1), ("0320", "71046", "Radiology - chest x-ray", 1),
         ("0450", "99284", "Emergency room level 4", 1), ("0636", "J2405", "Drugs requiring detail coding", 2),
         ("0730", "93005", "EKG tracing", 1), ("0278", "C1776", "Implant - joint device", 1),
         ("0360", "27447", "Operating room services", 1), ("0710", "", "Recovery room", 1)]
BL = {1: ["Patient", "Account number", "Statement date", "Attending physician", "Member ID", "Group number",
          "Insurance claim no."],
      2: ["Patient name", "Acct #", "Date of statement", "Physician", "Policy ID", "Group", "Payer claim #"],
      3: ["Guarantor / patient", "Hospital account", "Billing date", "Attending", "Subscriber ID", "Group no.",
          "Claim reference"]}
DL = {1: ["Member", "Member ID", "Group", "Claim number", "Provider", "Dates of service", "Amount billed"],
      2: ["Patient", "ID number", "Group number", "Claim #", "Facility", "Service dates", "Total charges"],
      3: ["Name", "Identification no.", "Employer group", "Reference no.", "Treating provider", "Date(s) of service",
          "Billed amount"],
      "es": ["Afiliado", "Número de identificación", "Grupo", "Número de reclamo", "Proveedor",
             "Fechas de servicio", "Cantidad facturada"]}
REASON = {"pa": "prior_authorization", "level": "level_of_care", "oon": "out_of_network", "late": "timely_filing",
          "exp": "experimental"}


class Page(Doc):
    def __init__(self, foot: str | None):
        super().__init__("DejaVu", footer=foot, margins=(16, 14, 16))
        self.add_font("DejaVu", "B", BOLD)


def facts(r: random.Random, hosp: str, ins: str, reason: str, inpatient: bool, ds: str, ms: str, bl, dl, app: str,
          lang: str) -> dict:
    adm = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 150))
    dis = days(adm, r.randint(2, 5)) if inpatient else adm
    doc = clinician(r)
    lines = []
    picks = r.sample(LINES, 6)
    for rc, code, desc, u in picks:
        dd = adm if not inpatient else days(adm, r.randint(0, (dis - adm).days))
        lines.append((dd, rc, code, desc, u, money(r, 60, 4200)))
    lines.sort(key=lambda x: x[0])
    total = round(sum(x[5] for x in lines), 2)
    notice = days(dis, r.randint(25, 45))
    stmt = days(notice, r.randint(6, 20))
    f = dict(hosp=hosp, ins=ins, reason=reason, inp=inpatient, ds=ds, ms=ms, bl=BL[bl], dl=DL[dl], app=app,
             lang=lang, adm=adm, dis=dis, doc=doc, lines=lines, total=total, notice=notice, stmt=stmt,
             member=person(r, lang), addr=address(r, lang), acct=digits(r, 9),
             mid=mixed(r, "MHI999999999") if ins == I1 else mixed(r, "WHP-99-9999-99"),
             grp=mixed(r, "G99999") if ins == I1 else digits(r, 7), claim=mixed(r, "2026999999999") if ins == I1
             else mixed(r, "WY99A99999"), plan=f"WHP-PPO-{r.randint(100, 999)}" if ins == I2 else None,
             npi=digits(r, 10), ph=phone(r), hph=local_phone(r), box=digits(r, 4), paid=0.0)
    f["due"] = days(stmt, 30)
    f["dlx"] = days(notice, 180)
    f["fd"] = lambda x: fdate(x, ds)
    f["mo"] = lambda v: usd(v, ms)
    f["span"] = iso(adm, dis if inpatient else None)
    return f


def bill(f: dict, note_line: bool = True) -> bytes:
    L = f["bl"]
    d = Page(f"Account {f['acct']} - page {{p}} of {{n}}")
    d.add_page()
    if f["hosp"] == H1:
        d.text_line("TARNBROOK", 20, "B", h=9)
        d.rule(0.8, 1.5)
        d.text_line(f"{H1}  ·  Patient Financial Services  ·  1400 Tarn Brow, Ottumwa, IA 52501", 8.5, h=4.5)
        d.ln(2)
        d.text_line("ITEMIZED STATEMENT OF HOSPITAL CHARGES", 12, "B", h=7)
    else:
        y = d.get_y()
        d.font(9, "B")
        d.multi_cell(90, 4.4, f"{H2}\n220 Wrenfield Passage\nKeene, NH 03431\nBilling questions {f['hph']}",
                     new_x="LMARGIN", new_y="NEXT")
        d.set_xy(120, y)
        d.text_line("ITEMIZED STATEMENT", 14, "B", align="R", h=8)
        d.set_y(y + 20)
        d.rule(0.3, 2)
    d.ln(2)
    stay = (f"Admitted {f['fd'](f['adm'])}   Discharged {f['fd'](f['dis'])}" if f["inp"]
            else f"Date of service {f['fd'](f['adm'])}")
    pairs = [(L[0], f["member"]), (L[1], f["acct"]), (L[2], f["fd"](f["stmt"])), (L[3], f"Dr. {f['doc']}"),
             ("Service", stay)]
    for k, v in pairs:
        d.set_font("DejaVu", "B", 8.5)
        d.cell(44, 4.8, k + ":")
        d.set_font("DejaVu", "", 9)
        d.cell(0, 4.8, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.text_line("Insurance on file", 9, "B", h=5)
    d.set_font("DejaVu", "", 8.5)
    d.multi_cell(0, 4.2, f"Primary: {f['ins']}    {L[4]}: {f['mid']}    {L[5]}: {f['grp']}    {L[6]}: {f['claim']}",
                 new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    rows = [[f["fd"](x[0]), x[1], x[2], x[3], str(x[4]), f["mo"](x[5])] for x in f["lines"]]
    rows.append(["*Total charges", "", "", "", "", f["mo"](f["total"])])
    d.table(["Date", "Rev", "CPT/HCPCS", "Description", "Units", "Charges"], rows, [26, 14, 22, 74, 12, 28], size=8,
            aligns="LLLLRR", head_fill=True)
    d.set_font("DejaVu", "", 9)
    for k, v in [("Insurance payments", f["mo"](0.0)), ("Adjustments", f["mo"](0.0)),
                 ("Balance due from patient", f["mo"](f["total"]))]:
        d.cell(140, 5, k, align="R")
        d.cell(0, 5, v, align="R", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    if note_line:
        d.para(f"Your insurance denied this claim - see the enclosed letter from {f['ins']}. If you appeal, tell us "
               "and we will hold your account.", 9)
    d.para(f"Please pay by {f['fd'](f['due'])} or call {f['hph']} to set up a payment plan. Financial assistance "
           "is available.", 9)
    return pdf_bytes(d)


def ins_head(d: Page, f: dict) -> None:
    if f["ins"] == I1:
        d.text_line("MERGANSER", 21, "B", h=10)
        d.rule(0.8, 1.5)
        d.text_line(f"{I1}  ·  Claims Department  ·  PO Box {f['box']}, Hattiesburg, MS 39401", 8.5, h=4.5)
    else:
        d.text_line("Vireo Mutual Holdings", 8, h=4)
        d.text_line(I2, 14, "B", h=7)
        d.text_line(f"PO Box {f['box']}  ·  Muncie, IN 47305  ·  {f['ph']}", 8.5, h=4.5)
        d.rule(0.3, 2)
    d.ln(4)


def denial(f: dict) -> bytes:
    es, L, reason = f["lang"] == "es", f["dl"], f["reason"]
    d = Page(f"{'MHI' if f['ins'] == I1 else 'WHP'}-CLM-DEN {reason.upper()}   Page {{p}} of {{n}}")
    d.add_page()
    ins_head(d, f)
    d.text_line(f["fd"](f["notice"]), 10)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(3)
    svc = (f"{f['fd'](f['adm'])} - {f['fd'](f['dis'])}" if f["inp"] else f["fd"](f["adm"]))
    pairs = [(L[0], f["member"]), (L[1], f["mid"]), (L[2], f["grp"])]
    if f["plan"]:
        pairs.append(("ID del plan" if es else "Plan ID", f["plan"]))
    pairs += [(L[3], f["claim"]), (L[4], f["hosp"]), (L[5], svc), (L[6], f["mo"](f["total"]))]
    for k, v in pairs:
        d.set_font("DejaVu", "B", 9)
        d.cell(48, 5, k + ":")
        d.set_font("DejaVu", "", 9.5)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    if es:
        d.text_line("Aviso de denegación de reclamo", 11.5, "B", h=6)
        d.para(f"Estimado(a) {f['member']}:", 10)
        d.para(f"Revisamos el reclamo de {f['hosp']} por la cirugía que le hizo el Dr. {f['doc']}. El reclamo incluye "
               "un implante que se considera experimental o en investigación: no hay pruebas suficientes de que "
               "funcione mejor que el tratamiento usual. Su póliza no cubre servicios experimentales, por eso "
               "negamos el reclamo.", 10)
        d.para(f"Usted no tiene que pagar más que lo que le cobre el hospital según su contrato. Puede apelar dentro "
               f"de 180 días a partir de la fecha de este aviso. Llame al {f['ph']} si tiene preguntas.", 10)
        d.para("Atentamente,\nDepartamento de Reclamos\n" + f["ins"], 10)
        return pdf_bytes(d)
    d.text_line({"pa": "Claim denied: no prior authorization", "level": "About your hospital claim",
                 "oon": "Notice of claim denial", "late": "Claim denied - timely filing"}[reason], 11.5, "B", h=6)
    d.para(f"Dear {f['member']}:", 10)
    body = {
        "pa": f"We received a claim from {f['hosp']} for your inpatient admission ordered by Dr. {f['doc']}. Your plan "
              "requires prior authorization for non-emergency inpatient admissions. No prior authorization was "
              "requested or approved for this stay, so the claim is denied.",
        "level": f"We looked at the hospital's records for your stay at {f['hosp']}. You were admitted as an "
                 "inpatient, but your care could have been given safely while you were watched for a short time "
                 "(observation) without a full admission. We will not pay the inpatient charges. The hospital may "
                 "send us a new claim billed as an outpatient observation stay.",
        "oon": f"{f['hosp']} is not in your plan's network, and your plan does not cover care from providers outside "
               "the network except in an emergency. The records show a scheduled visit, not an emergency. The claim "
               "is denied as out of network.",
        "late": f"Your plan requires claims to be sent within 90 days of the date of service. We received this claim "
                f"from {f['hosp']} on {f['fd'](days(f['dis'], 140))}, after the filing limit. The claim is denied "
                "for untimely filing. The hospital may not bill you for this amount under its contract with us."}
    d.para(body[reason], 10)
    d.text_line("Your right to appeal", 10.5, "B", h=6)
    if f["app"] == "stmt":
        d.para("You or your provider may appeal within 180 days of the date of this letter. A decision will be "
               "made within 30 days for a pre-service appeal and 60 days for a post-service appeal.", 10)
    else:
        d.para(f"Send your appeal so that we receive it no later than {f['fd'](f['dlx'])}. A decision will be made "
               "within 60 days.", 10)
    d.para(f"Questions? Call Member Services at {f['ph']} (TTY 711).", 10)
    d.para("Sincerely,\nClaims Department\n" + f["ins"], 10)
    return pdf_bytes(d)


def cover(f: dict) -> bytes:
    d = Page(None)
    d.add_page()
    d.text_line(f["hosp"], 13, "B", h=7)
    d.text_line("Patient Financial Services", 9, h=5)
    d.rule(0.3, 3)
    d.text_line(f["fd"](f["stmt"]), 10)
    d.ln(3)
    d.para(f"Dear {f['member']}:", 10)
    d.para(f"We sent a claim of {f['mo'](f['total'])} for your care on {f['fd'](f['adm'])} - {f['fd'](f['dis'])} "
           f"(account {f['acct']}) to {f['ins']}, and they denied it. We have enclosed your itemized statement and a "
           f"copy of their letter (claim {f['claim']}).", 10)
    d.para("You can appeal their decision; the deadline is in their letter. If you appeal, please call us and we "
           f"will put your account on hold for 90 days. Call {f['hph']}, Monday to Friday, 8 to 4.", 10)
    d.para("Thank you,\nPatient Account Services\n" + f["hosp"], 10)
    return pdf_bytes(d)


def t_bill(f: dict, claim_printed: bool = True) -> dict:
    alts = {"provider": [f["doc"]], "denial_date": [None]}
    return truth("other", None, f["lang"] if f["lang"] == "en" else "en", insurer=None, plan_id=None,
                 group_number=f["grp"], member_id=f["mid"], member_name=f["member"],
                 case_numbers=[f["claim"]] if claim_printed else [], claim_amount=m2(f["total"]),
                 service_dates=[f["span"]], denial_date=iso(f["stmt"]), provider=f["hosp"], appeal_deadline=None,
                 alternates=alts, unscored=["insurer"])


def t_cover(f: dict) -> dict:
    return truth("other", None, "en", insurer=None, plan_id=None, group_number=None, member_id=None,
                 member_name=f["member"], case_numbers=[f["claim"]], claim_amount=m2(f["total"]),
                 service_dates=[f["span"]], denial_date=iso(f["stmt"]), provider=f["hosp"], appeal_deadline=None,
                 alternates={"case_numbers": [[]]}, unscored=["insurer"])


def t_denial(f: dict) -> dict:
    dl = iso(days(f["notice"], 180)) if f["app"] == "stmt" else iso(f["dlx"])
    dalt = {"level": ["medical_necessity"], "pa": [], "oon": [], "late": [], "exp": ["not_covered"]}[f["reason"]]
    return truth("denial_letter", REASON[f["reason"]], f["lang"], insurer=f["ins"], plan_id=f["plan"],
                 group_number=f["grp"], member_id=f["mid"], member_name=f["member"], case_numbers=[f["claim"]],
                 claim_amount=m2(f["total"]), service_dates=[f["span"]], denial_date=iso(f["notice"]),
                 provider=f["hosp"], appeal_deadline=dl, alternates={"provider": [f["doc"]]}, denial_alternates=dalt)


def documents(rng) -> list[Item]:
    items = []
    # 1 born digital stack: bill then denial (no prior auth), Tarnbrook + Merganser
    f = facts(random.Random(95100), H1, I1, "pa", True, "long", "plain", 1, 1, "stmt", "en")
    items.append(Item("itemized_bill_with_payer_denial_bd_stack_bill_then_denial", "born_digital",
                      [(bill(f), t_bill(f)), (denial(f), t_denial(f))]))
    # 2 clean scan stack: cover note, bill, denial (observation, plain words), Thrushcross + Wryneck
    f = facts(random.Random(95101), H2, I2, "level", True, "slash", "nosign", 2, 2, "date", "en")
    items.append(Item("itemized_bill_with_payer_denial_scan_stack_cover_bill_denial", "scan_clean_300",
                      [(cover(f), t_cover(f)), (bill(f), t_bill(f)), (denial(f), t_denial(f))]))
    # 3 fine fax stack: denial then bill (out of network), Thrushcross + Merganser
    f = facts(random.Random(95102), H2, I1, "oon", False, "abbr", "plain", 3, 3, "stmt", "en")
    items.append(Item("itemized_bill_with_payer_denial_faxf_stack_denial_then_bill", "fax_fine_g4",
                      [(denial(f), t_denial(f)), (bill(f), t_bill(f))], separators=["cover", None]))
    # 4 born digital single bill (ER visit, late filing denied by the payer)
    f = facts(random.Random(95103), H1, I2, "late", False, "iso", "usd", 2, 1, "stmt", "en")
    items.append(Item("itemized_bill_with_payer_denial_bd_single_bill_er", "born_digital", [(bill(f), t_bill(f))]))
    # 5 low-res single denial (late filing), Wryneck
    f = facts(random.Random(95104), H2, I2, "late", False, "dmy", "plain", 1, 3, "date", "en")
    items.append(Item("itemized_bill_with_payer_denial_lowres_denial_timely_filing", "scan_lowres_150",
                      [(denial(f), t_denial(f))]))
    # 6 rotated Spanish denial (experimental implant), Merganser
    f = facts(random.Random(95105), H1, I1, "exp", True, "es", "es", 1, "es", "stmt", "es")
    items.append(Item("itemized_bill_with_payer_denial_rot_denial_experimental_es", "rotated",
                      [(denial(f), t_denial(f))]))
    # 7 phone photo single bill (no note line, claim number printed in the insurance block)
    f = facts(random.Random(95106), H2, I1, "pa", True, "short", "bare", 3, 1, "stmt", "en")
    items.append(Item("itemized_bill_with_payer_denial_photo_single_bill_inpatient", "phone_photo",
                      [(bill(f, note_line=False), t_bill(f))]))
    return items
