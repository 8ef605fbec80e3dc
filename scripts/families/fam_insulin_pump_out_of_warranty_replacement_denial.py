"""Family 'insulin_pump_out_of_warranty_replacement_denial': requests and claims to replace an insulin pump (HCPCS
E0784) refused because the member's current pump is still under the maker's warranty or is not yet 4 years old;
a DME supplier's letter and balance statement, a member EOB where pump supplies are paid and the pump is denied, a
Spanish notice, an appeal decision in prose, an approval once the warranty ran out, and a faxed stack. Decoys: the
date of birth, the supplier's NPI, the date the request was received, the date the old pump was issued, the warranty
end date, pump serial numbers, the endocrinologist, 72-hour and external-review limits. All values invented.

Issuers: Tamarack Crest Health Plan (letters, EOB), Seguros Cordillera Azul (Spanish notice). Supplier: Bluewater
Diabetes Supply.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "insulin_pump_out_of_warranty_replacement_denial"
LANG = "en"
SEED = 338700
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
TC, SC = "Tamarack Crest Health Plan", "Seguros Cordillera Azul"
SUP = "Bluewater Diabetes Supply"


class Page(Doc):
    def __init__(self):
        super().__init__("DejaVu", margins=(20, 14, 20))
        self.add_font("DejaVu", "B", BOLD)


def D(d, s):
    if s == "dmon":
        return d.strftime("%-d %b %Y")
    return fmt_date(d, s)


def kv(d, rows, w1=50, size=9.5):
    for a, b in rows:
        d.font(size - 1)
        d.cell(w1, 5.2, a)
        d.font(size, "B")
        d.cell(0, 5.2, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


def head(d, ins):
    if ins == TC:
        d.set_fill_color(70, 70, 70)
        d.rect(d.l_margin, d.get_y(), 9, 9, "F")
        d.set_x(d.l_margin + 12)
        d.font(15, "B")
        d.cell(0, 6, "Tamarack Crest Health Plan", new_x="LMARGIN", new_y="NEXT")
        d.set_x(d.l_margin + 12)
        d.font(8)
        d.cell(0, 4.5, "Utilization Management - DME Review  |  PO Box 4418, Larchmont Falls, OR 97391  |  "
               "1-866-555-0142", new_x="LMARGIN", new_y="NEXT")
        d.ln(6)
    elif ins == SC:
        d.text_line("SEGUROS CORDILLERA AZUL", 16, "B", "C")
        d.text_line("Apartado 21907, Caguas, PR 00726  -  Servicios al Asegurado 1-877-555-0190", 8.5, "", "C")
        d.rule(1.0)
        d.ln(2)
    else:
        d.text_line("Bluewater Diabetes Supply", 15, "B")
        d.text_line("Insulin pumps - CGM - Diabetic supplies   |   88 Wharf Lane, Suite 3, Astoria Cove, OR 97102", 8.5)
        d.text_line("Billing 503-555-0178   Fax 503-555-0179   NPI 1639204877", 8.5)
        d.rule(0.6)
        d.ln(2)


def addr(d, name, es=False):
    d.text_line(name, 10)
    d.text_line("Urb. Villa Blanca, Calle Rubí 41" if es else "1207 Spruce Hollow Road", 10)
    d.text_line("Caguas, PR 00725" if es else "Larchmont Falls, OR 97392", 10)
    d.ln(4)


def denial_letter(d, f):
    d.add_page()
    head(d, TC)
    d.text_line(D(f["notice"], f["ds"]), 10)
    d.ln(2)
    addr(d, f["member"])
    d.text_line("NOTICE OF DENIAL OF A PRIOR AUTHORIZATION REQUEST", 12, "B")
    d.ln(1)
    kv(d, [("Member name", f["member"]), ("Member ID", f["mid"]), ("Group no.", f["group"]),
           ("Date of birth", D(f["dob"], f["ds"])), ("Authorization request #", f["auth"]),
           ("Requested item", "E0784 External ambulatory infusion pump, insulin (replacement)"),
           ("Requesting supplier", f"{SUP} (NPI 1639204877)"), ("Prescriber", "Marisela T. Drummond-Oyelowo, MD"),
           ("Requested delivery date", D(f["svc"], f["ds"])), ("Request received", D(f["recv"], f["ds"]))], 52)
    d.para("We reviewed your request for a new insulin pump and we have denied it. Your plan covers replacement of an "
           "insulin pump when the pump is out of the manufacturer's warranty and cannot be repaired, or when it is at "
           f"least 4 years old. Our records show your current pump (serial {f['serial']}) was issued on "
           f"{D(f['issued'], f['ds'])}, and the maker's warranty runs until {D(f['warranty'], f['ds'])}. A pump that "
           "stops working while under warranty must be repaired or replaced by the manufacturer at no cost to you "
           "(Certificate of Coverage, Durable Medical Equipment, section 6.3).", 9.5)
    d.para(f"Your right to appeal: you or your prescriber may appeal within 180 days of the date of this letter. "
           "Send your appeal to Tamarack Crest Appeals, PO Box 4419, Larchmont Falls, OR 97391. If waiting could "
           "seriously harm your health you may ask for an expedited appeal, which we decide within 72 hours. After "
           "our final decision you may request external review within 4 months.", 9)
    d.ln(2)
    d.text_line("Ingrid Vasquez-Hale, RN, DME Review Nurse", 9.5)
    d.text_line("Form TC-UM-117 (rev. 03/2025)", 7.5)


def supplier_letter(d, f):
    d.add_page()
    head(d, None)
    d.text_line(D(f["notice"], f["ds"]), 10)
    d.ln(2)
    addr(d, f["member"])
    d.text_line("Statement of Account", 12.5, "B")
    kv(d, [("Patient", f["member"]), ("Account no.", f["acct"]), ("Insurance", f"{TC}  ID {f['mid']}"),
           ("Statement date", D(f["notice"], f["ds"]))], 40)
    rows = [[D(f["svc"], f["ds"]), "E0784", "Insulin pump, replacement", fmt_money(f["amt"]), "$0.00",
             fmt_money(f["amt"])],
            [D(f["svc"], f["ds"]), "A4224", "Infusion sets, 1 month", "$162.40", "$162.40", "$0.00"],
            ["*", "", "Balance due", "", "", fmt_money(f["amt"])]]
    d.table(["Date", "Code", "Description", "Charge", "Ins. paid", "You owe"], rows, [26, 16, 56, 24, 22, 24], 8.6,
            "LLLRRR")
    d.para(f"Dear {f['member'].split()[0]}, your insurance plan did not pay for the replacement pump we delivered "
           f"on {D(f['svc'], f['ds'])}. You signed an advance notice agreeing to pay if the plan did not. You may pay "
           "in full, set up a payment plan of up to 12 months, or ask the manufacturer about a warranty exchange, "
           "in which case we will credit your account. Payment is due within 30 days.", 9.5)
    d.text_line("Patient Accounts, Bluewater Diabetes Supply", 9.5)


def eob(d, f):
    d.add_page()
    head(d, TC)
    d.text_line("Explanation of Benefits  -  THIS IS NOT A BILL", 13, "B")
    d.ln(1)
    kv(d, [("Statement date:", D(f["notice"], f["ds"])), ("Member:", f["member"]), ("ID number:", f["mid"]),
           ("Group:", f["group"]), ("Plan:", f["plan"]), ("Processing period:",
            f"{D(f['notice'] - dt.timedelta(days=30), f['ds'])} - {D(f['notice'], f['ds'])}")], 40)
    other = f["svc"] - dt.timedelta(days=21)
    sets = [["Claim " + f["claim2"], f"{SUP}", D(other, f["ds"]), "A4224 infusion sets", "$324.80", "$260.00",
             "$208.00", "$52.00", ""],
            ["Claim " + f["claim"], f"{SUP}", D(f["svc"], f["ds"]), "E0784 insulin pump", fmt_money(f["amt"]),
             "$0.00", "$0.00", fmt_money(f["amt"]), "W4"],
            ["Claim " + f["claim3"], "Cascadia Endocrine Assoc.", D(other + dt.timedelta(days=4), f["ds"]),
             "99214 office visit", "$245.00", "$171.50", "$141.50", "$30.00", ""]]
    d.table(["Claim", "Provider", "Service date", "Service", "Billed", "Allowed", "Plan paid", "Your share", "Note"],
            sets, [28, 34, 22, 30, 17, 16, 16, 17, 9], 7.4, "LLLLRRRRL")
    d.para("W4 - Replacement denied. The member's pump is still covered by the manufacturer's warranty and is less "
           "than 4 years old. Contact the manufacturer for a warranty replacement. The plan does not pay for "
           "replacement of equipment that is under warranty.", 8.6)
    d.para("If you disagree with this decision you may appeal within 180 days of the date of this statement. "
           "Call Member Services at 1-866-555-0142 (TTY 711).", 8.6)


def carta(d, f):
    d.add_page()
    head(d, SC)
    d.text_line(f"Caguas, {D(f['notice'], 'es')}", 10)
    d.ln(2)
    addr(d, f["member"], es=True)
    d.text_line("AVISO DE DENEGACIÓN DE SERVICIO", 12.5, "B")
    d.ln(1)
    kv(d, [("Asegurado:", f["member"]), ("Núm. de contrato:", f["mid"]), ("Grupo:", f["group"]),
           ("Caso núm.:", f["auth"]), ("Equipo solicitado:", "E0784 Bomba de insulina (reemplazo)"),
           ("Suplidor:", SUP), ("Cantidad:", fmt_money(f["amt"])), ("Fecha de servicio:", D(f["svc"], "es"))], 46)
    d.para("Denegamos la solicitud de reemplazo de su bomba de insulina. Su bomba actual se entregó el "
           f"{D(f['issued'], 'es')} y todavía está bajo la garantía del fabricante. La póliza cubre un reemplazo "
           "solo cuando la bomba tiene 4 años o más, o cuando la garantía terminó y no se puede reparar.", 9.5)
    d.para("Usted puede apelar esta decisión dentro de 60 días a partir de la fecha de este aviso. Una apelación "
           "acelerada se decide en 72 horas. También puede pedir una revisión externa.", 9.3)
    d.text_line("Departamento de Manejo de Utilización", 9.5)


def prose_appeal(d, f):
    d.add_page()
    head(d, TC)
    d.para(f"{D(f['notice'], f['ds'])}", 10)
    addr(d, f["member"])
    d.para(f"Dear {f['member']}:", 10)
    d.para(f"We have finished reviewing the appeal you filed for {f['member']}, member ID {f['mid']}, group "
           f"{f['group']}, about the insulin pump replacement that {SUP} asked us to approve for delivery on "
           f"{D(f['svc'], f['ds'])}. Your appeal was given number {f['appeal']}; the original request was "
           f"{f['auth']}. The pump was billed at {fmt_money(f['amt'])}.", 10)
    d.para("A pharmacist and an endocrinologist who were not part of the first decision reviewed your file. They "
           "upheld the denial. Your current pump was issued less than 4 years ago and remains under the maker's "
           f"warranty until {D(f['warranty'], f['ds'])}; the alarm faults your doctor described are covered by "
           "that warranty.", 10)
    d.para("This is our final internal decision. You may ask for an independent external review within 4 months "
           "of receiving this letter by calling 1-866-555-0142.", 10)
    d.para("Sincerely, Appeals and Grievances, Tamarack Crest Health Plan", 10)


def approval(d, f):
    d.add_page()
    head(d, TC)
    d.text_line(D(f["notice"], f["ds"]), 10)
    d.ln(2)
    addr(d, f["member"])
    d.text_line("Your request is APPROVED", 13, "B")
    kv(d, [("Member", f["member"]), ("Member ID", f["mid"]), ("Group", f["group"]), ("Authorization", f["auth"]),
           ("Item", "E0784 insulin pump, replacement"), ("Supplier", SUP),
           ("Approved for", f"{D(f['svc'], f['ds'])} to {D(f['svc'] + dt.timedelta(days=89), f['ds'])}")], 40)
    d.para("Good news: we approved the replacement of your insulin pump. The manufacturer's warranty on your "
           f"current pump ended on {D(f['warranty'], f['ds'])}, and the supplier's report shows it cannot be "
           "repaired. Your usual DME cost sharing applies. This approval is not a guarantee of payment; you must "
           "be a member on the date the pump is delivered.", 9.5)


def fax_cover(f):
    d = Page()
    d.add_page()
    d.text_line("FAX", 28, "B")
    kv(d, [("To:", "Bluewater Diabetes Supply - Intake"), ("Fax:", "503-555-0179"),
           ("From:", "Tamarack Crest UM / DME"), ("Fax:", "1-866-555-0143"), ("Pages:", "3 including cover"),
           ("Date:", D(f["notice"], f["ds"]))], 30, 11)
    d.para("CONFIDENTIAL: protected health information. If you received this in error call 1-866-555-0142.", 9)
    return pdf_bytes(d)


def facts(seed, ds, es=False, notice=None):
    r = random.Random(seed)
    dg = lambda n: str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))  # noqa: E731
    notice = notice or dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 150))
    issued = notice - dt.timedelta(days=r.randint(500, 1100))
    fn = ["Corwin", "Adaeze", "Lisbet", "Tobias", "Noor", "Greer"]
    ln = ["Ravensworth", "Okafor-Lindqvist", "Pembry", "Szalai", "Ashdown", "Marchetti"]
    member = (f"{r.choice(['Yamilet', 'Nereida', 'Osvaldo'])} {r.choice('AEJLR')}. "
              f"{r.choice(['Quiñones', 'Arroyo-Matos', 'Soto'])}") if es else \
        f"{r.choice(fn)} {r.choice('BDEHKMRT')}. {r.choice(ln)}"
    return dict(ds=ds, notice=notice, issued=issued, warranty=issued + dt.timedelta(days=4 * 365),
                svc=notice + dt.timedelta(days=r.randint(5, 20)), recv=notice - dt.timedelta(days=r.randint(3, 9)),
                dob=dt.date(r.randint(1960, 2004), r.randint(1, 12), r.randint(1, 28)), member=member,
                mid=("SCA" + dg(9)) if es else ("TCH" + dg(8)), group=("GP-" + dg(5)) if es else dg(6),
                auth=("PA" + dg(9)), claim=dg(12), claim2=dg(12), claim3=dg(12), appeal="APL-" + dg(7),
                serial="SN" + dg(8), acct="BW-" + dg(6), amt=round(r.randint(5200, 8900) + r.choice([0, .5, .75]), 2),
                plan="Tamarack Crest Silver PPO 3500")


def T(f, dtype, denial, ins, cases, dead, svc=True, **kw):
    t = truth(dtype, denial, lang=kw.pop("lang", "en"), insurer=ins, group_number=f["group"], member_id=f["mid"],
                 member_name=f["member"], case_numbers=cases, claim_amount=kw.pop("amt", m2(f["amt"])),
                 service_dates=[iso(f["svc"])] if svc else [], denial_date=iso(f["notice"]), provider=SUP,
                 appeal_deadline=iso(dead) if dead else None, **kw)
    if "group_number" in t.get("unscored", []):
        t["fields"]["group_number"] = None
    return t


def documents(rng: random.Random) -> list[Item]:
    out = []
    f = facts(338701, "long")
    d = Page(); denial_letter(d, f)  # noqa: E702
    out.append(Item(f"{FAMILY}_pa_denial_under_warranty", "born_digital",
                    [(pdf_bytes(d), T(f, "denial_letter", "not_covered", TC, [f["auth"]],
                                      f["notice"] + dt.timedelta(days=180), amt=None,
                                      denial_alternates=["medical_necessity"]))]))
    f = facts(338702, "slash")
    d = Page(); supplier_letter(d, f)  # noqa: E702
    out.append(Item(f"{FAMILY}_supplier_statement", "scan_clean_300",
                    [(pdf_bytes(d), T(f, "other", None, None, [], None, unscored=["insurer", "group_number",
                                                                                     "case_numbers", "appeal_deadline"]))]))
    f = facts(338703, "abbr")
    d = Page(); eob(d, f)  # noqa: E702
    out.append(Item(f"{FAMILY}_member_eob_three_claims", "phone_photo",
                    [(pdf_bytes(d), T(f, "eob", "not_covered", TC, [f["claim"]], f["notice"] + dt.timedelta(days=180),
                                      plan_id=None, denial_alternates=["medical_necessity"]))]))
    f = facts(338704, "es", es=True)
    d = Page(); carta(d, f)  # noqa: E702
    out.append(Item(f"{FAMILY}_aviso_denegacion_garantia", "fax_fine_g4",
                    [(pdf_bytes(d), T(f, "denial_letter", "not_covered", SC, [f["auth"]],
                                      f["notice"] + dt.timedelta(days=60), lang="es",
                                      denial_alternates=["medical_necessity"]))]))
    f = facts(338705, "dmon")
    d = Page(); prose_appeal(d, f)  # noqa: E702
    out.append(Item(f"{FAMILY}_appeal_upheld_prose", "rotated",
                    [(pdf_bytes(d), T(f, "denial_letter", "not_covered", TC, [f["appeal"], f["auth"]], None,
                                      denial_alternates=["medical_necessity"]))]))
    f = facts(338706, "iso")
    f["warranty"] = f["notice"] - dt.timedelta(days=12)
    f["svc"] = f["notice"] + dt.timedelta(days=7)
    d = Page(); approval(d, f)  # noqa: E702
    out.append(Item(f"{FAMILY}_approval_after_warranty", "photocopy",
                    [(pdf_bytes(d), T(f, "other", None, TC, [f["auth"]], None, amt=None,
                                      service_dates=None) if False else
                      truth("other", None, insurer=TC, group_number=f["group"], member_id=f["mid"],
                            member_name=f["member"], case_numbers=[f["auth"]], claim_amount=None,
                            service_dates=[iso(f["svc"], f["svc"] + dt.timedelta(days=89))],
                            denial_date=iso(f["notice"]), provider=SUP, appeal_deadline=None,
                            alternates={"service_dates": [[iso(f["svc"])]]}))]))
    f = facts(338707, "dmy")
    d1 = Page(); denial_letter(d1, f)  # noqa: E702
    t1 = T(f, "denial_letter", "not_covered", TC, [f["auth"]], f["notice"] + dt.timedelta(days=180), amt=None,
           denial_alternates=["medical_necessity"])
    g = facts(338708, "dmy")
    d2 = Page(); supplier_letter(d2, g)  # noqa: E702
    t2 = T(g, "other", None, None, [], None, unscored=["insurer", "group_number", "case_numbers", "appeal_deadline"])
    out.append(Item(f"{FAMILY}_fax_stack_denial_and_statement", "fax_standard_g4",
                    [(pdf_bytes(d1), t1), (pdf_bytes(d2), t2)], separators=[fax_cover(f), "blank"]))
    return out
