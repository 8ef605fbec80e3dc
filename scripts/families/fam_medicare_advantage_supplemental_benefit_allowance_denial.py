"""Family 'medicare_advantage_supplemental_benefit_allowance_denial': Medicare Advantage plans' letters, flex-card
statements and EOBs on supplemental benefits (invented plans, vendors, people and numbers).

Supplemental benefits (dental allowance, over-the-counter (OTC) card, fitness and hearing aid benefits through a
network vendor) are paid from yearly allowances. Notices show the member, member ID, the plan with its H-number
contract and PBP, the vendor or store (provider), the allowance, the amount used and the amount denied, and the
plan's answer on whether the request is an organization determination (65-day appeal) or a grievance. Reasons:
dental allowance used up (English, Spanish), an OTC item not eligible, a gym that is not in the fitness network,
hearing aids from a vendor outside the hearing network; one paid dental EOB; a grievance reclassified as an
organization determination. Issuers: Brackenfold Health Plan (Brackenfold Advantage Choice (PPO), H5281-007) and
Tamsworth Senior Care Plan (Tamsworth Total Care (HMO), H9063-021).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "medicare_advantage_supplemental_benefit_allowance_denial"
LANG = "en"
BF = "Brackenfold Health Plan"
TS = "Tamsworth Senior Care Plan"
PLANS = {BF: ("Brackenfold Advantage Choice (PPO)", "H5281", "007"), TS: ("Tamsworth Total Care (HMO)", "H9063", "021")}
FIRST = ["Wojciech", "Adaeze", "Teodora", "Hamid", "Fumiko", "Cornelius", "Lakshmi", "Eulalia", "Dragan", "Mireille",
         "Obadiah", "Saoirse", "Yevgenia", "Bartholomew"]
FIRST_ES = ["Eustaquio", "Remedios", "Anacleto", "Florinda", "Teodomiro", "Consuelo"]
LAST = ["Kaczmarczyk", "Nwachukwu", "Vukovic", "Rahimi", "Ishikawa", "Vanderhoef", "Subramaniam", "Fitzalan",
        "Delacourt", "Abernethy-Cole", "Ostrowski", "Mbeki-Lowe"]
LAST_ES = ["Olivares", "Quiñones", "Barrientos", "Echevarría", "Valdivia", "Sepúlveda"]
TOWNS = [("Marrowdale", "OH", "43877"), ("Kestrel Bay", "FL", "33961"), ("Pine Hollow", "AZ", "85644"),
         ("Westbury Falls", "MI", "49077")]
STREETS = ["Ashcombe Road", "Tillery Court", "Brennan Mill Lane", "Calle Miramar", "Orchard Crest Drive"]


def person(r: random.Random, es: bool = False) -> tuple[str, str, str]:
    first = r.choice(FIRST_ES if es else FIRST)
    last = r.choice(LAST_ES if es else LAST)
    mid = r.choice("ABCDEFGHJKLMNPRSTW")
    return f"{first} {mid}. {last}", first, last


def head(d: Doc, ins: str, f: dict, es: bool = False) -> None:
    plan, h, pbp = PLANS[ins]
    if ins == BF:
        d.set_font("Times", "B", 20)
        d.cell(0, 9, "BRACKENFOLD", new_x="LMARGIN", new_y="NEXT")
        d.set_font("Times", "", 9)
        d.cell(0, 4.5, f"{BF}  -  Medicare Advantage  -  PO Box 88214, Corliss, OH 43218", new_x="LMARGIN",
               new_y="NEXT")
        d.rule(0.7, 5)
    else:
        d.set_fill_color(40, 40, 40)
        d.set_text_color(255, 255, 255)
        d.set_font("Helvetica", "B", 14)
        d.cell(0, 9, "  TAMSWORTH  Senior Care Plan", fill=True, new_x="LMARGIN", new_y="NEXT")
        d.set_text_color(0, 0, 0)
        d.set_font("Helvetica", "", 8.5)
        d.cell(0, 5, f"{TS}, 1400 Harlan Parkway, Suite 300, Dunmore Ridge, FL 33602  |  Member Services "
               f"{f['phone']} (TTY 711)", new_x="LMARGIN", new_y="NEXT")
        d.ln(5)


def addr(d: Doc, f: dict) -> None:
    for ln in (f["name"], *f["addr"]):
        d.text_line(ln, 10)
    d.ln(4)


def facts(seed: int, ins: str, ds: str, es: bool = False) -> dict:
    r = random.Random(seed)
    name, first, last = person(r, es)
    town = r.choice(TOWNS)
    dec = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 150))
    plan, h, pbp = PLANS[ins]
    return dict(ins=ins, ds=ds, name=name, first=first, last=last, dec=dec, plan=plan, h=h, pbp=pbp,
                pid=f"{h}-{pbp}",
                mid=(f"BFM{r.randint(10000000, 99999999)}" if ins == BF else f"T{r.randint(100000000, 999999999)}"),
                addr=(f"{r.randint(20, 9800)} {r.choice(STREETS)}", f"{town[0]}, {town[1]} {town[2]}"),
                phone=f"1-8{r.choice('0345678')}{r.choice('05678')}-555-{r.randint(1000, 1999)}",
                dob=dt.date(r.randint(1938, 1959), r.randint(1, 12), r.randint(1, 28)),
                npi=f"1{r.randint(100000000, 999999999)}", r=r)


def fd(f: dict, d: dt.date) -> str:
    return fmt_date(d, f["ds"])


def material(ins: str, code: str) -> str:
    return f"{PLANS[ins][1]}_{code}_C"


# ---- 1 dental allowance used up (letter, en / es) ---------------------------------------------------------------
def dental_letter(f: dict, es: bool) -> bytes:
    r = f["r"]
    d = Doc("Helvetica", footer=material(f["ins"], "SUPDEN26" if not es else "SUPDEN26SP") + "   {p}/{n}")
    d.add_page()
    head(d, f["ins"], f, es)
    d.text_line(fd(f, f["dec"]), 10)
    d.ln(3)
    addr(d, f)
    allow, used = f["allow"], f["used"]
    rem = round(allow - used, 2)
    if es:
        d.text_line("AVISO DE DENEGACIÓN DE PAGO - BENEFICIO DENTAL SUPLEMENTARIO", 12, "B")
        d.ln(2)
        rows = [("Nombre del afiliado", f["name"]), ("Nº de afiliado", f["mid"]),
                ("Plan", f"{f['plan']}  (contrato y PBP {f['pid']})"), ("Número de reclamación", f["claim"]),
                ("Dentista", f["vendor"]), ("Fecha del servicio", fd(f, f["dos"])),
                ("Cantidad facturada", fmt_money(f["billed"])), ("Fecha de nacimiento", fd(f, f["dob"]))]
    else:
        d.text_line("Notice of Denial of Payment - Supplemental Dental Benefit", 12.5, "B")
        d.ln(2)
        rows = [("Member", f["name"]), ("Member ID", f["mid"]), ("Plan / Contract-PBP", f"{f['plan']}  {f['pid']}"),
                ("Claim number", f["claim"]), ("Dental office", f["vendor"]), ("Date of service", fd(f, f["dos"])),
                ("Amount billed", fmt_money(f["billed"])), ("Dentist NPI", f["npi"])]
    w = d.w - d.l_margin - d.r_margin
    for k, v in rows:
        d.font(9.3, "B")
        d.cell(52, 6, " " + k, border=1)
        d.font(9.3)
        d.cell(w - 52, 6, " " + v, border=1, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    if es:
        d.para(f"Estimado(a) {f['first']} {f['last']}:")
        d.para(f"Recibimos la reclamación de {f['vendor']} por {f['svc_es']} ({f['code']}) del "
               f"{fd(f, f['dos'])}. Su plan incluye un beneficio dental suplementario con un máximo anual de "
               f"{fmt_money(allow)}. Antes de esta reclamación ya se habían usado {fmt_money(used)} de su máximo "
               f"anual del año {f['dos'].year}. Pagamos {fmt_money(rem)}, lo que quedaba de su asignación, y "
               f"denegamos el resto ({fmt_money(round(f['billed'] - rem, 2))}) porque alcanzó el máximo anual del "
               f"beneficio dental. Usted puede ser responsable de esta cantidad.")
        d.text_line("Su derecho a apelar", 11, "B")
        d.ln(1)
        d.para("Esta es una determinación de la organización sobre un beneficio suplementario. Si no está de "
               "acuerdo, puede pedir una apelación (reconsideración). Debe pedirla dentro de 65 días de la fecha de "
               "este aviso. Si su salud lo requiere, pida una apelación rápida (respuesta en 72 horas). Si tiene "
               f"una queja sobre la calidad del servicio, puede presentar una queja formal. Llame al {f['phone']} "
               "(TTY 711), de 8 a. m. a 8 p. m., los 7 días de la semana.")
    else:
        d.para(f"Dear {f['first']} {f['last']}:")
        d.para(f"We received a claim from {f['vendor']} for {f['svc']} ({f['code']}) on {fd(f, f['dos'])}. Your "
               f"plan's supplemental dental benefit pays up to a yearly allowance. The table below shows your "
               f"allowance for {f['dos'].year}.")
        d.table(["Yearly dental allowance", "Used before this claim", "Paid on this claim", "Denied"],
                [[fmt_money(allow), fmt_money(used), fmt_money(rem), fmt_money(round(f['billed'] - rem, 2))]],
                [45, 45, 40, 40], size=9, aligns="RRRR")
        d.text_line("Why we denied part of this claim", 11, "B")
        d.ln(1)
        d.para("Your yearly dental allowance has been used up. We paid the remaining allowance and denied the rest "
               "of the charge because it is over the benefit maximum for the plan year. Dental services beyond the "
               "allowance are not covered by Original Medicare or by your plan. The dental office may bill you.")
        d.text_line("Is this an organization determination?", 11, "B")
        d.ln(1)
        d.para("Yes. A decision not to pay for a supplemental benefit is an organization determination, so you can "
               "appeal it. Ask for a plan appeal (reconsideration) within 65 days of the date of this notice. "
               "A fast (72-hour) appeal is available if waiting could seriously harm your health. If you are "
               "unhappy with the dental office's service instead, file a grievance within 60 days of the event.")
        d.para(f"Call Member Services at {f['phone']} (TTY 711), 8 a.m. to 8 p.m., 7 days a week.")
    return pdf_bytes(d)


def dental_truth(f: dict, es: bool) -> dict:
    rem = round(f["allow"] - f["used"], 2)
    return truth("denial_letter", "not_covered", lang="es" if es else "en", insurer=f["ins"], plan_id=f["pid"],
                 member_id=f["mid"], member_name=f["name"], case_numbers=[f["claim"]], claim_amount=m2(f["billed"]),
                 service_dates=[iso(f["dos"])], denial_date=iso(f["dec"]), provider=f["vendor"],
                 appeal_deadline=iso(f["dec"] + dt.timedelta(days=65)),
                 alternates={"plan_id": [f["h"]], "claim_amount": [m2(round(f["billed"] - rem, 2))]},
                 denial_alternates=["other"])


# ---- 2 OTC card statement with a declined item ------------------------------------------------------------------
def otc_statement(f: dict) -> bytes:
    d = Doc("Helvetica", footer="Everyday Allowance Card statement  -  " + material(TS, "OTCSTMT") + "  -  Page {p}")
    d.add_page()
    head(d, TS, f)
    d.text_line("EVERYDAY ALLOWANCE CARD - QUARTERLY STATEMENT", 12.5, "B")
    d.ln(1)
    y = d.get_y()
    addr(d, f)
    d.set_xy(120, y)
    for k, v in [("Statement date", fd(f, f["dec"])), ("Member ID", f["mid"]), ("Plan", f["pid"]),
                 ("Card ending", f["card"]), ("Benefit period", f["period"])]:
        d.set_x(120)
        d.font(8.8, "B")
        d.cell(30, 5, k)
        d.font(8.8)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    d.para(f"{f['plan']} gives you {fmt_money(f['allow'])} each quarter to buy eligible over-the-counter (OTC) health "
           f"items at participating stores or from the OTC catalog. Unused amounts do not carry over.", size=9.5)
    rows = []
    for t in f["tx"]:
        rows.append([fd(f, t[0]), t[1], t[2], t[3], fmt_money(t[4]), t[5]])
    d.table(["Date", "Transaction ref.", "Store", "Item", "Amount", "Status"], rows, [24, 30, 46, 44, 20, 16],
            size=8, aligns="LLLLRL")
    d.table(["Quarterly allowance", "Approved purchases", "Declined", "Balance remaining"],
            [[fmt_money(f["allow"]), fmt_money(f["approved"]), fmt_money(f["declined"][4]),
              fmt_money(round(f["allow"] - f["approved"], 2))]], [45, 45, 40, 45], size=8.8, aligns="RRRR")
    d.text_line("Declined purchase", 10.5, "B")
    d.ln(1)
    t = f["declined"]
    d.para(f"On {fd(f, t[0])} the card was declined at {t[2]} for {t[3]} ({fmt_money(t[4])}, reference {t[1]}). "
           f"Code D4 - item not eligible: cosmetic and general household items are not covered under the OTC "
           f"benefit, even when sold in a pharmacy. The balance was not charged.", size=9.5)
    d.text_line("Your rights", 10.5, "B")
    d.ln(1)
    d.para("A card decline at the register is not an organization determination, and this statement is not an "
           "appeal notice. If you think the item is on the OTC catalog and should have been approved, call us and "
           "ask for a coverage decision; if you are unhappy with how you were treated, you may file a grievance "
           f"within 60 days of the purchase. Member Services: {f['phone']} (TTY 711).", size=9.5)
    return pdf_bytes(d)


def otc_truth(f: dict) -> dict:
    t = f["declined"]
    return truth("eob", "not_covered", insurer=TS, plan_id=f["pid"], member_id=f["mid"], member_name=f["name"],
                 case_numbers=[t[1]], claim_amount=m2(t[4]), service_dates=[iso(t[0])], denial_date=iso(f["dec"]),
                 provider=t[2], appeal_deadline=None,
                 alternates={"plan_id": [f["h"]], "case_numbers": [[]]},
                 type_alternates=["denial_letter"], denial_alternates=["other"])


# ---- 3 fitness: gym not in the network --------------------------------------------------------------------------
def fitness_letter(f: dict) -> bytes:
    d = Doc("Times", footer=material(BF, "FITOD26"))
    d.add_page()
    head(d, BF, f)
    d.font(10.5)
    d.text_line(fd(f, f["dec"]), 10.5)
    d.ln(3)
    addr(d, f)
    d.text_line(f"RE: Fitness benefit reimbursement request {f['req']}", 11, "B")
    d.text_line(f"Member ID {f['mid']}   -   {f['plan']}, Contract/PBP {f['pid']}", 10)
    d.ln(4)
    d.para(f"Dear {f['first']} {f['last']}:")
    d.para(f"On {fd(f, f['recv'])} we received your request to be paid back {fmt_money(f['billed'])} for membership "
           f"dues at {f['vendor']} for the months shown below. We have reviewed your request and we are denying it.")
    d.table(["Payment date", "Description", "Amount"],
            [[fd(f, p), desc, fmt_money(a)] for p, desc, a in f["pays"]] + [["*Total requested", "",
                                                                          fmt_money(f["billed"])]],
            [40, 90, 30], size=9.2, aligns="LLR")
    d.para(f"Your plan's fitness benefit covers a basic membership only at gyms in the StrideWell Fitness network, "
           f"our fitness vendor. {f['vendor']} is not a StrideWell participating location, and the plan does not pay "
           f"back dues paid to a gym outside the network. There are {f['ngyms']} network gyms within 10 miles of your "
           f"home; call StrideWell at {f['vphone']} to enroll at no cost.")
    d.text_line("Your appeal rights", 11, "B")
    d.ln(1)
    d.para(f"This decision is an organization determination. If you disagree, you may ask for a reconsideration. "
           f"We must receive your appeal by {fd(f, f['dl'])}. Send it to {BF} Appeals, PO Box 88230, Corliss, "
           f"OH 43218, or fax {f['fax']}.")
    d.para(f"Sincerely,\n\nSupplemental Benefits Unit\n{BF}")
    return pdf_bytes(d)


def fitness_truth(f: dict) -> dict:
    return truth("denial_letter", "out_of_network", insurer=BF, plan_id=f["pid"], member_id=f["mid"],
                 member_name=f["name"], case_numbers=[f["req"]], claim_amount=m2(f["billed"]),
                 service_dates=[iso(p[0]) for p in f["pays"]], denial_date=iso(f["dec"]), provider=f["vendor"],
                 appeal_deadline=iso(f["dl"]), alternates={"plan_id": [f["h"]]}, denial_alternates=["not_covered"])


# ---- 4 hearing aids from a non-network vendor (EOB), 6 paid dental (EOB) ---------------------------------------
def eob(f: dict, kind: str) -> bytes:
    ins = f["ins"]
    d = Doc("Helvetica", footer=material(ins, "EOB26") + "   Page {p} of {n}")
    d.add_page()
    head(d, ins, f)
    d.text_line("EXPLANATION OF BENEFITS - SUPPLEMENTAL BENEFITS", 12, "B")
    d.text_line("This is not a bill.", 9)
    d.ln(3)
    y = d.get_y()
    addr(d, f)
    d.set_xy(118, y)
    for k, v in [("Date issued", fd(f, f["dec"])), ("Member", f["name"]), ("Member ID", f["mid"]),
                 ("Plan (H/PBP)", f["pid"]), ("Claim #", f["claim"]), ("Provider", f["vendor"])]:
        d.set_x(118)
        d.font(8.8, "B")
        d.cell(27, 5, k)
        d.font(8.8)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(8)
    rows = [[fd(f, ln[0]), ln[1], ln[2], fmt_money(ln[3]), fmt_money(ln[4]), fmt_money(ln[5]), ln[6]]
            for ln in f["lines"]]
    rows.append(["*Claim total", "", "", fmt_money(f["billed"]), fmt_money(sum(x[4] for x in f["lines"])),
                 fmt_money(sum(x[5] for x in f["lines"])), ""])
    d.table(["Service date", "Code", "Service", "Billed", "Plan paid", "You may owe", "Note"], rows,
            [24, 16, 56, 22, 22, 24, 12], size=8.2, aligns="LLLRRRL")
    allow, used = f["allow"], f["used"]
    d.text_line(f"{f['benefit']} allowance {f['dec'].year}", 10, "B")
    d.para(f"Yearly allowance {fmt_money(allow)}  |  Used to date (including this claim) {fmt_money(used)}  |  "
           f"Remaining {fmt_money(round(allow - used, 2))}", size=9)
    d.text_line("Notes", 10, "B")
    for code, text in f["notes"]:
        d.para(f"{code}  {text}", size=9, gap=1)
    d.ln(2)
    d.text_line("If you disagree", 10, "B")
    d.para("A decision on a supplemental benefit claim is an organization determination. You may ask for a plan "
           "appeal (reconsideration) within 65 days of the date of this statement. Complaints about a provider's "
           f"service are grievances. Call {f['phone']} (TTY 711).", size=9)
    return pdf_bytes(d)


def eob_truth(f: dict, paid: bool) -> dict:
    alts = {"plan_id": [f["h"]]}
    common = dict(insurer=f["ins"], plan_id=f["pid"], member_id=f["mid"], member_name=f["name"],
                  case_numbers=[f["claim"]], claim_amount=m2(f["billed"]),
                  service_dates=[iso(x[0]) for x in f["lines"]], denial_date=iso(f["dec"]), provider=f["vendor"],
                  appeal_deadline=iso(f["dec"] + dt.timedelta(days=65)))
    if paid:
        alts["appeal_deadline"] = [None]
        return truth("eob", None, alternates=alts, **common)
    den = [x for x in f["lines"] if x[4] == 0]
    alts["claim_amount"] = [m2(sum(x[3] for x in den))]
    return truth("eob", "out_of_network", alternates=alts, type_alternates=["denial_letter"],
                 denial_alternates=["not_covered"], **common)


# ---- 7 grievance reclassified as an organization determination -------------------------------------------------
def grievance_letter(f: dict) -> bytes:
    d = Doc("Helvetica", footer=material(TS, "GRVOD26"))
    d.add_page()
    head(d, TS, f)
    d.text_line(fd(f, f["dec"]), 10)
    d.ln(3)
    addr(d, f)
    d.text_line("Your concern about the Everyday Allowance Card", 12.5, "B")
    d.ln(2)
    for k, v in [("Member ID", f["mid"]), ("Plan", f"{f['plan']} - {f['pid']}"), ("Grievance number", f["grv"]),
                 ("Organization determination no.", f["od"]), ("Store", f["vendor"]),
                 ("Purchase date", fd(f, f["dos"])), ("Amount you paid", fmt_money(f["billed"])),
                 ("We received your call", fd(f, f["recv"]))]:
        d.font(9.5, "B")
        d.cell(62, 5.6, k + ":")
        d.font(9.5)
        d.cell(0, 5.6, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.para(f"Dear {f['first']} {f['last']}:")
    d.para(f"You called us on {fd(f, f['recv'])} to complain that your card was declined at {f['vendor']} on "
           f"{fd(f, f['dos'])} when you bought {f['item']}, and you asked us to pay you back {fmt_money(f['billed'])}. "
           f"We first logged your call as grievance {f['grv']}.")
    d.text_line("Grievance or organization determination?", 11, "B")
    d.ln(1)
    d.para(f"Because you are asking us to pay for an item, your request is an organization determination, not a "
           f"grievance. We moved it to organization determination {f['od']} and closed the grievance.")
    d.text_line("Our decision", 11, "B")
    d.ln(1)
    d.para(f"We denied your request. {f['item'][0].upper() + f['item'][1:]} are not on the plan's OTC catalog of "
           f"eligible items; the OTC benefit covers items for a health condition listed in the catalog. We cannot "
           f"pay you back for this purchase.")
    d.text_line("Your appeal rights", 11, "B")
    d.ln(1)
    d.para("If you disagree, you may ask for a plan appeal (reconsideration). You must ask within 65 days of the "
           "date of this letter. You may still file a grievance about how the store treated you; a grievance must "
           f"be filed within 60 days of the event. Call {f['phone']} (TTY 711) or write to {TS} Appeals and "
           "Grievances, PO Box 6120, Dunmore Ridge, FL 33601.")
    d.para(f"Sincerely,\n\nGrievance and Appeals Department\n{TS}")
    return pdf_bytes(d)


def grievance_truth(f: dict) -> dict:
    return truth("denial_letter", "not_covered", insurer=TS, plan_id=f["pid"], member_id=f["mid"],
                 member_name=f["name"], case_numbers=[f["grv"], f["od"]], claim_amount=m2(f["billed"]),
                 service_dates=[iso(f["dos"])], denial_date=iso(f["dec"]), provider=f["vendor"],
                 appeal_deadline=iso(f["dec"] + dt.timedelta(days=65)),
                 alternates={"plan_id": [f["h"]], "case_numbers": [[f["od"]]]}, denial_alternates=["other"])


def dd(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def documents(rng) -> list[Item]:
    items = []
    # 1 dental allowance used up, English
    f = facts(196500, BF, "long")
    f.update(allow=1500.0, used=1312.40, vendor="Lindenhurst Family Dentistry", svc="a porcelain crown, tooth 30",
             code="D2740", billed=1245.00, dos=dd(f["dec"], -24), claim=f"DC{f['r'].randint(10**9, 10**10 - 1)}")
    items.append(Item(f"{FAMILY}_bd_dental_allowance_used_up", "born_digital", [(dental_letter(f, False),
                                                                                dental_truth(f, False))]))
    # 2 OTC statement, ineligible item
    f = facts(196501, TS, "slash")
    r = f["r"]
    q0 = dt.date(f["dec"].year, ((f["dec"].month - 1) // 3) * 3 + 1, 1)
    q0 = dd(q0, -92) if (f["dec"] - q0).days < 20 else q0
    q0 = dt.date(q0.year, ((q0.month - 1) // 3) * 3 + 1, 1)
    stores = ["Corbel Drug & Sundries #214", "Penwick Pharmacy", "Corbel Drug & Sundries #214"]
    items_ok = [("Allergy tablets 24-hr", 18.49), ("Reading glasses +2.00", 12.99), ("Digital thermometer", 15.29),
                ("Denture adhesive", 7.88)]
    tx = []
    for i, (it, a) in enumerate(items_ok[:3]):
        tx.append((dd(q0, 6 + 17 * i), f"TX{r.randint(10**7, 10**8 - 1)}", stores[i], it, a, "Approved"))
    dec_tx = (dd(q0, 44), f"TX{r.randint(10**7, 10**8 - 1)}", "Penwick Pharmacy", "Teeth whitening strips", 34.97,
              "Declined")
    tx.append(dec_tx)
    tx.sort()
    f.update(tx=tx, declined=dec_tx, allow=150.0, approved=round(sum(t[4] for t in tx if t[5] == "Approved"), 2),
             card=str(r.randint(1000, 9999)),
             period=f"{fmt_date(q0, 'slash')} - {fmt_date(dd(dt.date(q0.year + (q0.month > 9), (q0.month + 2) % 12 + 1, 1), -1), 'slash')}")
    f["dec"] = dd(q0, 95)
    items.append(Item(f"{FAMILY}_bd_otc_card_ineligible_item_statement", "born_digital", [(otc_statement(f),
                                                                                          otc_truth(f))]))
    # 3 fitness, scan 300
    f = facts(196502, BF, "abbr")
    r = f["r"]
    p0 = dd(f["dec"], -75)
    pays = [(p0, "Enrollment fee and first month dues", 83.50), (dd(p0, 30), "Monthly dues", 44.50),
            (dd(p0, 61), "Monthly dues", 44.50)]
    f.update(vendor="IronLeaf Athletic Club", pays=pays, billed=round(sum(p[2] for p in pays), 2),
             req=f"FIT-{r.randint(100000, 999999)}", recv=dd(f["dec"], -9), ngyms=r.randint(4, 9),
             vphone="1-877-555-0143", fax="1-866-555-0178", dl=dd(f["dec"], 65))
    items.append(Item(f"{FAMILY}_scan300_fitness_gym_not_in_network", "scan_clean_300",
                      [(fitness_letter(f), fitness_truth(f))]))
    # 4 hearing aids, lowres EOB
    f = facts(196503, TS, "dmy")
    r = f["r"]
    dos = dd(f["dec"], -21)
    f.update(vendor="ClearTone Hearing Center", claim=f"{r.randint(10**10, 10**11 - 1)}",
             lines=[(dos, "92557", "Comprehensive hearing test", 95.00, 95.00, 0.00, "P1"),
                    (dos, "V5261", "Hearing aids, digital, binaural BTE", 3980.00, 0.00, 3980.00, "N7")],
             benefit="Hearing aid", allow=2000.0, used=0.0,
             notes=[("P1", "Paid as a covered routine hearing exam (plan copay $0)."),
                    ("N7", "Hearing aids are covered only when bought through SoundPath Hearing Solutions, the plan's "
                           "hearing aid network vendor. This provider is not in that network, so the hearing aid "
                           "allowance does not apply.")])
    f["billed"] = round(sum(x[3] for x in f["lines"]), 2)
    items.append(Item(f"{FAMILY}_lowres_hearing_aids_non_network_vendor_eob", "scan_lowres_150",
                      [(eob(f, "hear"), eob_truth(f, False))]))
    # 5 Spanish dental letter, photocopy
    f = facts(196504, BF, "es", es=True)
    f.update(allow=2000.0, used=1865.00, vendor="Clínica Dental Arboleda", svc_es="raspado y alisado radicular",
             code="D4341", billed=640.00, dos=dd(f["dec"], -19), claim=f"DC{f['r'].randint(10**9, 10**10 - 1)}")
    items.append(Item(f"{FAMILY}_copy_es_dental_allowance_used_up", "photocopy",
                      [(dental_letter(f, True), dental_truth(f, True))]))
    # 6 paid dental EOB, phone photo
    f = facts(196505, BF, "iso")
    r = f["r"]
    dos = dd(f["dec"], -16)
    f.update(vendor="Harwell Creek Dental Group", claim=f"DC{r.randint(10**9, 10**10 - 1)}",
             lines=[(dos, "D0120", "Periodic oral evaluation", 62.00, 62.00, 0.00, "A1"),
                    (dos, "D1110", "Adult prophylaxis (cleaning)", 118.00, 118.00, 0.00, "A1"),
                    (dos, "D0274", "Bitewing X-rays, four films", 84.00, 84.00, 0.00, "A1")],
             benefit="Dental", allow=1500.0, used=264.00,
             notes=[("A1", "Paid from your supplemental dental allowance. Preventive services have a $0 copay.")])
    f["billed"] = round(sum(x[3] for x in f["lines"]), 2)
    items.append(Item(f"{FAMILY}_phone_paid_dental_cleaning_eob", "phone_photo", [(eob(f, "paid"),
                                                                                  eob_truth(f, True))]))
    # 7 grievance -> organization determination, rotated
    f = facts(196506, TS, "upper")
    r = f["r"]
    f.update(vendor="Penwick Pharmacy", item="compression stockings (fashion, 8-15 mmHg)", billed=42.60,
             dos=dd(f["dec"], -26), recv=dd(f["dec"], -12), grv=f"GRV-{r.randint(1000000, 9999999)}",
             od=f"OD-{r.randint(1000000, 9999999)}")
    items.append(Item(f"{FAMILY}_rotated_grievance_reclassified_otc_denial", "rotated",
                      [(grievance_letter(f), grievance_truth(f))]))
    return items
