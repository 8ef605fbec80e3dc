"""Family 'hiv_prep_preventive_cost_sharing_eob': plan EOBs, PBM and plan letters and a pharmacy notice on HIV
pre-exposure prophylaxis (oral PrEP, long-acting cabotegravir injections) and its required lab work, which the
preventive-care rule says must be covered with no cost sharing.

Issuers (all invented): Thornquist Health Plan (EOBs with a shaded claim bar; letters with a ruled fact table),
Ebbwater Rx Solutions (PBM letters: brand emtricitabine/tenofovir alafenamide denied when the generic
emtricitabine/tenofovir disoproxil fumarate is covered, and the upheld appeal), Seguros Médicos Alcaraz (a Spanish
EOB), Pellingham Pharmacy (a pharmacy's notice that the plan charged a copay on a PrEP fill). Decoys: the
prescriber where a lab, clinic or pharmacy is named, NPIs, dates of birth, claim-received dates, Rx numbers, BIN/PCN,
the last fill, the paid clinic visit above the denied lab claim, deductible-to-date amounts, phone numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "hiv_prep_preventive_cost_sharing_eob"
LANG = "en"

TQ, EB, AL, PP = ("Thornquist Health Plan", "Ebbwater Rx Solutions", "Seguros Médicos Alcaraz",
                  "Pellingham Pharmacy")
ADDR = {TQ: ("PO Box 40917", "Caldermoor, OR 97999"), EB: ("2200 Sextant Way, Suite 400", "Varnley, AZ 85999"),
        AL: ("Apartado 30712", "Ribera del Sol, TX 78999"), PP: ("417 Wickham Street", "Caldermoor, OR 97999")}
LABS = ["Brackenridge Clinical Laboratories", "Quillan Valley Reference Lab", "Osterley Diagnostic Services"]
CLINICS = ["Lanternhill Sexual Health Clinic", "Ashdown Community Health Center", "Riverbend PrEP & Wellness Clinic",
           "Harrowgate Infectious Disease Associates"]
PRESCRIBERS = ["Dr. Oluwaseun Adeyemi-Hart", "Priya Ramanathan-Cole, NP", "Dr. Tobias Lindqvist-Ferrer",
               "Dr. Mariam Haddad-Okoro", "Dr. Kenji Abernethy-Sato", "Dr. Siobhan Mwale"]
FIRST = ["Dmitri", "Esperanza", "Tariq", "Odalys", "Keanu", "Rosalind", "Amadou", "Sven", "Leilani", "Matthias",
         "Zainab", "Florian", "Nnamdi", "Ximena"]
LAST = ["Okonjo", "Varga", "Castellanos", "Henningsen", "Abiodun", "Thackeray", "Mirzaei", "Delacroix-Hume",
        "Kowalewski", "Ferreira", "Nakagawa", "Boateng", "Lindgren", "Achterberg"]
FIRST_ES = ["Yesenia", "Rodrigo", "Maricela", "Anselmo", "Itzel", "Fermín"]
LAST_ES = ["Barrientos", "Ocampo", "Valdivia", "Quiñones", "Sepúlveda", "Arriaga"]
STREETS = ["Tamarack Lane", "Gullwing Road", "Foxglove Court", "Pennant Street", "Brindle Avenue"]
TOWNS = ["Caldermoor, OR 97999", "Varnley, AZ 85999", "Hollins Ferry, MD 21999", "Stannard Bay, MI 49999"]
FTC_TDF = "emtricitabine/tenofovir disoproxil fumarate 200 mg/300 mg tablet"
FTC_TAF = "Descovy (emtricitabine/tenofovir alafenamide) 200 mg/25 mg tablet"


def digits(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def phone(r: random.Random) -> str:
    return f"1-{r.choice(['800', '833', '844', '855', '866', '877', '888'])}-{digits(r, 3)}-{digits(r, 4)}"


def npi(r: random.Random) -> str:
    return r.choice("12") + "".join(r.choice("0123456789") for _ in range(9))


def facts(seed: int, ins: str, ds: str, lang: str = "en") -> dict:
    r = random.Random(seed)
    if lang == "es":
        first, last = r.choice(FIRST_ES), r.choice(LAST_ES)
    else:
        first, last = r.choice(FIRST), r.choice(LAST)
    mid = r.choice("ABCDEFGHJKLMNPRSTVW")
    notice = dt.date(2026, 1, 26) + dt.timedelta(days=r.randint(0, 140))
    mid_ = {TQ: "TQH" + digits(r, 9), EB: "EBX-" + digits(r, 4) + "-" + digits(r, 4), AL: "SMA" + digits(r, 8),
            PP: "EBX-" + digits(r, 4) + "-" + digits(r, 4)}[ins]
    grp = {TQ: "G-" + digits(r, 6), EB: "EB" + digits(r, 5), AL: digits(r, 7), PP: "EB" + digits(r, 5)}[ins]
    return dict(r=r, ins=ins, ds=ds, name=f"{first} {mid}. {last}", first=first, last=last,
                addr=(f"{r.randint(10, 9900)} {r.choice(STREETS)}", r.choice(TOWNS)), notice=notice, mid=mid_,
                grp=grp, lab=r.choice(LABS), clinic=r.choice(CLINICS), prescriber=r.choice(PRESCRIBERS),
                dob=dt.date(r.randint(1972, 2003), r.randint(1, 12), r.randint(1, 28)), ph=phone(r), npi=npi(r),
                npi2=npi(r), case=digits(r, 10))


def D(f: dict, d: dt.date) -> str:
    return fmt_date(d, f["ds"])


def addressee(d: Doc, f: dict) -> None:
    for ln in (f["name"], *f["addr"]):
        d.text_line(ln, 10.5)
    d.ln(5)


def pairs(d: Doc, rows, lw: float = 48, size: float = 9.5) -> None:
    for k, v in rows:
        d.font(size, "B")
        d.cell(lw, 5.2, k)
        d.font(size)
        d.multi_cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


# ------------------------------------------------------------------------------------------- Thornquist EOB
def tq_eob(f: dict, claims: list[dict], remarks: list[tuple[str, str]], denied: int | None, denial: str | None,
           dalts: list, alts: dict, title: str = "EXPLANATION OF BENEFITS", note: str | None = None,
           appeal: bool = True, extra_cases: list[str] | None = None, size: float = 8.3) -> tuple[bytes, dict]:
    """claims: dict(no, provider, role, ref, received, lines=[(date, code, desc, billed, allowed, ded, copay, paid,
    owe, rmk)]). `denied` = index of the claim the truth is about."""
    d = Doc("Helvetica", footer="Thornquist Health Plan  -  EOB  -  Page {p} of {n}")
    d.add_page()
    d.font(20, "B")
    d.cell(0, 9, "THORNQUIST", new_x="LMARGIN", new_y="NEXT")
    d.text_line(f"Health Plan   |   {ADDR[TQ][0]}, {ADDR[TQ][1]}   |   Member Services {f['ph']}  (TTY 711)", 8.5)
    d.rule(0.8, 3)
    d.text_line(title, 14, "B")
    d.text_line("THIS IS NOT A BILL", 9, "B")
    d.ln(3)
    y0 = d.get_y()
    addressee(d, f)
    d.set_xy(118, y0)
    d.font(9)
    for k, v in (("Statement date:", D(f, f["notice"])), ("Member:", f["name"]), ("Member ID:", f["mid"]),
                 ("Group number:", f["grp"]), ("Plan:", "Thornquist Silver PPO 2500")):
        d.set_x(118)
        d.font(9, "B")
        d.cell(30, 5, k)
        d.font(9)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(d.get_y(), y0 + 28) + 3)
    if note:
        d.para(note, 9.5)
    widths = [20, 13, 42, 17, 16, 16, 16, 15, 15, 9]
    for c in claims:
        d.set_fill_color(225, 225, 225)
        d.font(9, "B")
        d.cell(0, 6, f"  Claim number {c['no']}   -   {c['provider']} ({c['role']})", fill=True,
               new_x="LMARGIN", new_y="NEXT")
        d.font(8)
        d.cell(0, 4.6, f"  {c['ref']}   Claim received {D(f, c['received'])}", new_x="LMARGIN", new_y="NEXT")
        d.ln(1)
        rows = []
        tot = [0.0] * 6
        for ln in c["lines"]:
            dd, code, desc, *nums, rmk = ln
            for i, v in enumerate(nums):
                tot[i] += v
            rows.append([fmt_date(dd, "slash"), code, desc, *[fmt_money(v, "nosign") for v in nums], rmk])
        rows.append(["*Claim totals", "", "", *[fmt_money(v, "nosign") for v in tot], ""])
        d.table(["Date", "Code", "Service", "Billed", "Allowed", "Deduct.", "Copay/Coins", "Plan paid",
                 "You owe", "Note"], rows, widths, size=size, aligns="LLLRRRRRRC")
    d.text_line("Notes", 10, "B")
    for code, text in remarks:
        d.font(8.5, "B")
        d.cell(12, 4.6, code)
        d.font(8.5)
        d.multi_cell(0, 4.6, text, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.text_line("Deductible met to date: in-network $1,140.00 of $2,500.00", 8.5)
    d.ln(2)
    dl = None
    if appeal:
        dl = f["notice"] + dt.timedelta(days=180)
        d.text_line("Your right to appeal", 10, "B")
        d.para("If you disagree with how we processed a claim on this statement, you or your provider may ask for an "
               "appeal within 180 days of the date of this statement. Write to Thornquist Appeals, "
               f"{ADDR[TQ][0]}, {ADDR[TQ][1]}, or call {f['ph']}. You may also have the right to an external review "
               "by an independent review organization.", 8.8)
    c = claims[denied]
    tot = sum(ln[3] for ln in c["lines"])
    dates = sorted({iso(ln[0]) for ln in c["lines"]})
    t = truth("eob", denial, insurer=TQ, member_id=f["mid"], group_number=f["grp"], member_name=f["name"],
              case_numbers=[c["no"]] + (extra_cases or []), claim_amount=m2(tot), service_dates=dates,
              denial_date=iso(f["notice"]), provider=c["provider"], appeal_deadline=None if dl is None else iso(dl),
              alternates=dict({"plan_id": ["Thornquist Silver PPO 2500"]}, **alts), denial_alternates=dalts)
    return pdf_bytes(d), t


# ------------------------------------------------------------------------------------------- Thornquist letter
def tq_letter(f: dict, title: str, table: list[tuple[str, str]], lines: list[tuple], body: list[tuple[str, str]],
              denial: str, dalts: list, alts: dict, provider: str) -> tuple[bytes, dict]:
    d = Doc("Times", footer="TQ-ABD-0226   Thornquist Health Plan   page {p} of {n}",
            header=f"{f['name']}  -  Member ID {f['mid']}")
    d.add_page()
    d.font(20, "B")
    d.cell(0, 9, "THORNQUIST", new_x="LMARGIN", new_y="NEXT")
    d.text_line(f"Health Plan  -  {ADDR[TQ][0]}, {ADDR[TQ][1]}", 9)
    d.rule(0.8, 6)
    d.text_line(D(f, f["notice"]), 11)
    d.ln(3)
    addressee(d, f)
    d.text_line(title, 13, "B")
    d.ln(2)
    for k, v in table:
        d.font(10, "B")
        d.cell(55, 6.2, "  " + k, border=1)
        d.font(10)
        d.cell(0, 6.2, "  " + v, border=1, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.para(f"Dear {f['first']} {f['last']}:", 11)
    for h, p in body[:1]:
        d.text_line(h, 11.5, "B")
        d.ln(1)
        d.para(p, 11)
    rows = [[fmt_date(dd, "slash"), code, desc, fmt_money(b), st] for dd, code, desc, b, st in lines]
    rows.append(["*Total billed", "", "", fmt_money(sum(x[3] for x in lines)), ""])
    d.table(["Date of service", "Code", "Service", "Billed", "Decision"], rows, [30, 18, 76, 24, 26], size=9.5,
            aligns="LLLRL")
    for h, p in body[1:]:
        d.text_line(h, 11.5, "B")
        d.ln(1)
        d.para(p, 11)
    dl = f["notice"] + dt.timedelta(days=180)
    d.text_line("How to appeal", 11.5, "B")
    d.ln(1)
    d.para(f"You may appeal this decision. We must receive your appeal by {D(f, dl)}. Send it to Thornquist Appeals, "
           f"{ADDR[TQ][0]}, {ADDR[TQ][1]}, or fax it to {phone(f['r'])}. If your health could be seriously harmed by "
           "waiting, you may ask for an expedited appeal, decided within 72 hours. You may also ask for an external "
           "review by an independent review organization.", 11)
    d.para("Sincerely,\nClaims Review Unit\nThornquist Health Plan", 11)
    t = truth("denial_letter", denial, insurer=TQ, member_id=f["mid"], group_number=f["grp"], member_name=f["name"],
              case_numbers=[f["case"]], claim_amount=m2(sum(x[3] for x in lines)),
              service_dates=sorted({iso(x[0]) for x in lines}), denial_date=iso(f["notice"]), provider=provider,
              appeal_deadline=iso(dl), alternates=alts, denial_alternates=dalts)
    return pdf_bytes(d), t


# ------------------------------------------------------------------------------------------- Ebbwater PBM letters
def eb_letter(f: dict, title: str, rows: list[tuple[str, str]], body: list[tuple[str, str]], denial: str,
              dalts: list, alts: dict, days: int, level: str, cases: list[str]) -> tuple[bytes, dict]:
    d = Doc("Helvetica", footer="EBX-PREP-LTR-11   Ebbwater Rx Solutions   {p}/{n}", margins=(20, 16, 20))
    d.add_page()
    d.set_fill_color(30, 30, 30)
    d.rect(20, d.get_y(), 8, 14, style="F")
    d.set_x(31)
    d.font(18, "B")
    d.cell(0, 8, "Ebbwater Rx Solutions", new_x="LMARGIN", new_y="NEXT")
    d.set_x(31)
    d.font(8.5)
    d.cell(0, 5, f"Pharmacy benefit manager  |  {ADDR[EB][0]}, {ADDR[EB][1]}  |  {f['ph']}", new_x="LMARGIN",
           new_y="NEXT")
    d.ln(8)
    y0 = d.get_y()
    addressee(d, f)
    d.set_xy(130, y0)
    d.font(10)
    d.cell(0, 5, f"Date of notice: {D(f, f['notice'])}", new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(d.get_y(), y0 + 22))
    d.text_line(title, 13, "B")
    d.ln(2)
    pairs(d, rows, lw=50)
    d.para(f"Dear {f['first']} {f['last']},", 10.5)
    for h, p in body:
        d.text_line(h, 11, "B")
        d.ln(1)
        d.para(p, 10.5)
    dl = f["notice"] + dt.timedelta(days=days)
    d.text_line(f"{level}", 11, "B")
    d.ln(1)
    d.para(f"You, your prescriber or someone you name may ask for {'an appeal' if days == 180 else 'a second-level appeal'} "
           f"within {days} days of the date of this notice. Mail it to Ebbwater Rx Solutions, Attn: Appeals, "
           f"{ADDR[EB][0]}, {ADDR[EB][1]}, or fax {phone(f['r'])}. For an urgent situation you may ask for an "
           "expedited review, which we decide within 72 hours. An external review may be available after the "
           "internal appeal process ends.", 10.2)
    d.para("Ebbwater Rx Solutions, Clinical Review, on behalf of your health plan", 10)
    t = truth("denial_letter", denial, insurer=EB, member_id=f["mid"], group_number=f["grp"], member_name=f["name"],
              case_numbers=cases, service_dates=[], denial_date=iso(f["notice"]), provider=f["prescriber"],
              appeal_deadline=iso(dl), alternates=alts, denial_alternates=dalts)
    return pdf_bytes(d), t


# ------------------------------------------------------------------------------------------- pharmacy notice
def pp_notice(f: dict, fill: dt.date, last_fill: dt.date, price: float, copay: float) -> tuple[bytes, dict]:
    r = f["r"]
    d = Doc("Courier", margins=(20, 16, 20))
    d.add_page()
    d.text_line(PP.upper(), 16, "B")
    d.text_line(f"{ADDR[PP][0]} * {ADDR[PP][1]} * {phone(r)}", 9)
    d.text_line(f"NCPDP {digits(r, 7)}   NPI {npi(r)}", 9)
    d.rule(0.5, 4)
    d.text_line("NOTICE ABOUT YOUR COPAY", 13, "B")
    d.ln(2)
    d.text_line(f"Date: {D(f, fill)}", 10)
    d.ln(2)
    addressee(d, f)
    rx = digits(r, 7)
    pairs(d, [("Patient:", f["name"]), ("DOB:", D(f, f["dob"])), ("Rx #:", rx), ("Drug:", FTC_TDF),
              ("Qty / days:", "30 tablets / 30 days"), ("Prescriber:", f"{f['prescriber']}  NPI {f['npi']}"),
              ("Plan:", f"{EB}  ID {f['mid']}  Grp {f['grp']}"), ("BIN / PCN:", f"{digits(r, 6)} / EBXPREP"),
              ("Submitted to plan:", fmt_money(price)), ("Plan paid:", fmt_money(price - copay)),
              ("Your copay:", fmt_money(copay)), ("Last fill:", D(f, last_fill) + " - copay $0.00")], lw=48, size=9.5)
    d.text_line("WHY WE ARE WRITING", 11, "B")
    d.ln(1)
    d.para(f"Your plan charged a {fmt_money(copay)} copay on this fill of your PrEP medicine. Last month the same "
           "medicine cost you nothing. The plan's reply code was: \"88 - DUR REJECT RESOLVED / TIER 2 COPAY APPLIED "
           "- PREVENTIVE INDICATOR NOT ON FILE\".", 10)
    d.para("Federal rules say PrEP to prevent HIV, when you are at risk, must be covered by most plans with no copay. "
           f"We have asked {f['prescriber']}'s office to send the plan the preventive-use form, and you can call "
           "your plan at the number on your card to ask it to fix this. If the plan reprocesses the claim, we will "
           "refund the copay.", 10)
    d.para("This notice is from your pharmacy. It is not a bill from your health plan and not a plan decision.", 9)
    t = truth("other", None, insurer=EB, member_id=f["mid"], group_number=f["grp"], member_name=f["name"],
              claim_amount=m2(price), service_dates=[iso(fill)], denial_date=iso(fill), provider=PP,
              unscored=["insurer"], alternates={"claim_amount": [None]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------------------------------- Spanish EOB
def al_eob(f: dict, claim_no: str, clinic: str, lines: list[tuple]) -> tuple[bytes, dict]:
    r = f["r"]
    d = Doc("Helvetica", footer="Seguros Médicos Alcaraz - EDB - Página {p} de {n}")
    d.add_page()
    d.set_fill_color(40, 40, 40)
    d.set_text_color(255, 255, 255)
    d.font(15, "B")
    d.cell(0, 10, "  SEGUROS MÉDICOS ALCARAZ", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.text_line(f"{ADDR[AL][0]}, {ADDR[AL][1]}  -  Servicios al afiliado {f['ph']}  (TTY 711)", 8.5)
    d.ln(4)
    d.text_line("EXPLICACIÓN DE BENEFICIOS", 14, "B")
    d.text_line("ESTO NO ES UNA FACTURA", 9, "B")
    d.ln(3)
    addressee(d, f)
    pairs(d, [("Fecha del estado de cuenta:", fmt_date(f["notice"], "es")), ("Paciente:", f["name"]),
              ("Nº de afiliado:", f["mid"]), ("Número de grupo:", f["grp"]), ("Número de reclamación:", claim_no),
              ("Proveedor:", f"{clinic}  (NPI {f['npi']})"),
              ("Médico que receta:", f"{f['prescriber']}  (NPI {f['npi2']})"),
              ("Fecha de recibo:", fmt_date(f["notice"] - dt.timedelta(days=r.randint(9, 20)), "es_abbr"))],
          lw=58, size=9.5)
    rows, tot = [], [0.0] * 5
    for dd, code, desc, *nums, rmk in lines:
        for i, v in enumerate(nums):
            tot[i] += v
        rows.append([fmt_date(dd, "es_abbr"), code, desc, *[fmt_money(v, "nosign") for v in nums], rmk])
    rows.append(["*Totales", "", "", *[fmt_money(v, "nosign") for v in tot], ""])
    d.table(["Fecha", "Código", "Servicio", "Facturado", "Permitido", "Copago", "Pagado", "Usted debe", "Nota"],
            rows, [22, 15, 52, 18, 18, 15, 16, 17, 10], size=8.2, aligns="LLLRRRRRC")
    d.text_line("Notas", 10, "B")
    d.para("PV7 - El beneficio preventivo no se aplicó. La consulta se facturó con el diagnóstico Z20.6 (contacto "
           "con VIH) y no con Z29.81 (profilaxis preexposición). Por eso se cobró el copago de consulta. Las "
           "pruebas de laboratorio de la PrEP se pagaron sin costo para usted.", 9)
    d.para("P00 - Servicio preventivo pagado al 100%.", 9)
    dl = f["notice"] + dt.timedelta(days=180)
    d.text_line("Sus derechos de apelación", 10.5, "B")
    d.para("Si no está de acuerdo, usted o su proveedor pueden presentar una apelación dentro de los 180 días a partir "
           "de la fecha de este estado de cuenta. Escriba a Seguros Médicos Alcaraz, Departamento de Apelaciones, "
           f"{ADDR[AL][0]}, {ADDR[AL][1]}, o llame al {f['ph']}.", 9)
    t = truth("eob", "coding_error", lang="es", insurer=AL, member_id=f["mid"], group_number=f["grp"],
              member_name=f["name"], case_numbers=[claim_no], claim_amount=m2(tot[0]),
              service_dates=sorted({iso(x[0]) for x in lines}), denial_date=iso(f["notice"]), provider=clinic,
              appeal_deadline=iso(dl), denial_alternates=["not_covered", None])
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    items = []

    # 1. Thornquist EOB: quarterly PrEP labs applied to the deductible (lab), the clinic's PrEP visit paid above it
    f = facts(233501, TQ, "long")
    svc = f["notice"] - dt.timedelta(days=24)
    r = f["r"]
    lab_no, vis_no = f"TQ26-{digits(r, 4)}-{digits(r, 5)}", f"TQ26-{digits(r, 4)}-{digits(r, 5)}"
    items.append(Item(f"{FAMILY}_bd_eob_quarterly_labs_deductible", "born_digital", [tq_eob(
        f, [dict(no=vis_no, provider=f["clinic"], role="in network", ref=f"Rendering: {f['prescriber']}",
                 received=svc + dt.timedelta(days=5),
                 lines=[(svc, "99401", "Preventive counseling, PrEP", 145.0, 88.4, 0.0, 0.0, 88.4, 0.0, "P00")]),
            dict(no=lab_no, provider=f["lab"], role="in network", ref=f"Ordered by: {f['prescriber']}, NPI {f['npi']}",
                 received=svc + dt.timedelta(days=8),
                 lines=[(svc, "87389", "HIV-1/2 antigen/antibody screen", 96.0, 41.2, 41.2, 0.0, 0.0, 41.2, "PV4"),
                        (svc, "82565", "Creatinine, blood", 34.5, 9.85, 9.85, 0.0, 0.0, 9.85, "PV4"),
                        (svc, "87491", "Chlamydia NAAT", 118.0, 47.3, 47.3, 0.0, 0.0, 47.3, "PV4")])],
        [("P00", "Preventive service paid at 100%. No cost to you."),
         ("PV4", "Applied to your deductible. The lab billed these tests with diagnosis Z79.899 (other long term drug "
                 "therapy), not Z29.81 (encounter for HIV pre-exposure prophylaxis), so the preventive benefit was "
                 "not applied. Your provider may correct the diagnosis and resubmit.")],
        1, "coding_error", ["not_covered", None], {})]))

    # 2. Ebbwater: brand Descovy denied, generic FTC/TDF covered at $0 (born digital)
    f = facts(233502, EB, "slash")
    recv = f["notice"] - dt.timedelta(days=2)
    items.append(Item(f"{FAMILY}_bd_pbm_brand_denied_generic_available", "born_digital", [eb_letter(
        f, "Your request for a brand-name drug was denied",
        [("Member name:", f["name"]), ("Member ID:", f["mid"]), ("Group:", f["grp"]),
         ("Date of birth:", D(f, f["dob"])), ("Reference number:", f["case"]), ("Drug requested:", FTC_TAF),
         ("Quantity:", "30 tablets per 30 days"), ("Prescriber:", f"{f['prescriber']}, {f['clinic']}"),
         ("Request received:", D(f, recv))],
        [("Our decision",
          "We denied coverage of Descovy for HIV pre-exposure prophylaxis (PrEP). Your plan covers the generic "
          f"drug {FTC_TDF} for PrEP with no copay. The brand-name drug is covered only when the records show a "
          "medical reason the generic cannot be used, such as reduced kidney function (creatinine clearance below "
          "60 mL/min) or bone loss (osteoporosis or osteopenia)."),
         ("Why",
          "The records we received show a creatinine clearance of 104 mL/min and no history of bone loss. They do "
          "not show that you tried the generic and could not take it. Because an equally effective generic is "
          "available, the brand-name drug is not covered under your pharmacy benefit."),
         ("What you can do now",
          "Your pharmacy can fill the generic today at no cost to you. If your prescriber believes you need the "
          "brand-name drug for a medical reason, they can send the records with an appeal or a new exception request.")],
        "not_covered", ["medical_necessity"], {"provider": [f["clinic"]], "service_dates": [[iso(recv)]]},
        180, "Your right to appeal", [f["case"]])]))

    # 3. Thornquist letter: cabotegravir injection denied under the medical benefit (fax fine)
    f = facts(233503, TQ, "abbr")
    inj = f["notice"] - dt.timedelta(days=19)
    r = f["r"]
    items.append(Item(f"{FAMILY}_faxfine_plan_cabotegravir_medical_benefit_denied", "fax_fine_g4", [tq_letter(
        f, "Notice of claim denial",
        [("Member", f["name"]), ("Member ID", f["mid"]), ("Group number", f["grp"]), ("Claim number", f["case"]),
         ("Provider", f"{f['clinic']} (NPI {f['npi']})"), ("Prescribing clinician", f["prescriber"]),
         ("Date received", D(f, inj + dt.timedelta(days=6)))],
        [(inj, "J0739", "Cabotegravir ER injection, 600 mg", 4212.0, "Denied"),
         (inj, "96372", "Injection, intramuscular", 62.0, "Denied")],
        [("Why we denied this claim",
          f"{f['clinic']} gave you an injection of long-acting cabotegravir (Apretude) for HIV pre-exposure "
          "prophylaxis and billed it to your medical benefit. Your plan covers cabotegravir for PrEP only under the "
          "pharmacy benefit: the clinic must order it through the plan's specialty pharmacy, Merriweather Specialty "
          "Rx, which ships it to the clinic for your visit. A clinic-purchased dose is not covered under the medical "
          "benefit, and the injection fee is denied with it."),
         ("What this means for you",
          "The clinic may not bill you more than your plan's cost share for a covered preventive service while this "
          "claim is reviewed. Your next injection will be covered at no cost to you if the clinic orders it through "
          "the specialty pharmacy. Call us if you receive a bill.")],
        "not_covered", ["other", "prior_authorization"], {"provider": [f["prescriber"]]}, f["clinic"])]))

    # 4. Thornquist adjusted EOB: the labs reprocessed at $0 after an appeal (150 dpi)
    f = facts(233504, TQ, "dmy")
    svc = f["notice"] - dt.timedelta(days=71)
    r = f["r"]
    new_no, old_no = f"TQ26-{digits(r, 4)}-{digits(r, 5)}", f"TQ26-{digits(r, 4)}-{digits(r, 5)}"
    items.append(Item(f"{FAMILY}_lowres_eob_reprocessed_zero_after_appeal", "scan_lowres_150", [tq_eob(
        f, [dict(no=new_no, provider=f["lab"], role="in network",
                 ref=f"Ordered by: {f['prescriber']}   Replaces claim {old_no}",
                 received=svc + dt.timedelta(days=7),
                 lines=[(svc, "87389", "HIV-1/2 antigen/antibody screen", 89.0, 41.2, 0.0, 0.0, 41.2, 0.0, "P01"),
                        (svc, "80048", "Basic metabolic panel", 52.0, 14.6, 0.0, 0.0, 14.6, 0.0, "P01"),
                        (svc, "86803", "Hepatitis C antibody", 71.0, 22.9, 0.0, 0.0, 22.9, 0.0, "P01"),
                        (svc, "81025", "Urine pregnancy test", 28.0, 8.7, 0.0, 0.0, 8.7, 0.0, "P01")])],
        [("P01", f"Adjusted after your appeal. We reprocessed claim {old_no} as preventive care for HIV "
                 "pre-exposure prophylaxis. You owe nothing for these services. If you already paid the lab, ask "
                 "it for a refund of the deductible amount it collected.")],
        0, None, [], {"case_numbers": [[new_no]]}, title="EXPLANATION OF BENEFITS - ADJUSTED CLAIM",
        note="This statement replaces the one we sent for this claim. It shows the claim after our review.",
        appeal=False, extra_cases=[old_no])]))

    # 5. Pellingham Pharmacy: copay charged on a PrEP fill (photocopy)
    f = facts(233505, PP, "abbr")
    items.append(Item(f"{FAMILY}_copy_pharmacy_prep_copay_charged", "photocopy", [pp_notice(
        f, f["notice"], f["notice"] - dt.timedelta(days=31), 61.84, 35.0)]))

    # 6. Spanish EOB: the PrEP follow-up visit billed with Z20.6 and charged a copay, labs paid (scan 300)
    f = facts(233506, AL, "es", lang="es")
    svc = f["notice"] - dt.timedelta(days=27)
    r = f["r"]
    items.append(Item(f"{FAMILY}_scan300_es_eob_visit_copay_applied", "scan_clean_300", [al_eob(
        f, f"AL-{digits(r, 9)}", f["clinic"],
        [(svc, "99214", "Consulta de seguimiento PrEP", 210.0, 132.0, 40.0, 92.0, 40.0, "PV7"),
         (svc, "87389", "Prueba de VIH-1/2 Ag/Ac", 92.0, 41.2, 0.0, 41.2, 0.0, "P00"),
         (svc, "82565", "Creatinina en sangre", 31.0, 9.85, 0.0, 9.85, 0.0, "P00")])]))

    # 7. Ebbwater: appeal upheld on the brand (phone photo)
    f = facts(233507, EB, "long")
    r = f["r"]
    appeal_no = "APL-" + digits(r, 7)
    items.append(Item(f"{FAMILY}_phone_pbm_appeal_upheld_brand", "phone_photo", [eb_letter(
        f, "Appeal decision: denial upheld",
        [("Member:", f["name"]), ("ID number:", f["mid"]), ("Group:", f["grp"]), ("Appeal number:", appeal_no),
         ("Original reference:", f["case"]), ("Drug:", FTC_TAF),
         ("Prescriber:", f"{f['prescriber']}, {f['clinic']} (NPI {f['npi']})"),
         ("Appeal received:", D(f, f["notice"] - dt.timedelta(days=r.randint(12, 25))))],
        [("What we decided",
          "A pharmacist and a physician who were not part of the first decision reviewed your appeal. We upheld the "
          "denial of Descovy. Generic emtricitabine/tenofovir disoproxil fumarate remains covered for PrEP with no "
          "copay."),
         ("Why",
          "Your appeal said you prefer the smaller tablet. The records show normal kidney function (eGFR 97) and a "
          "normal bone density scan. They do not show side effects from the generic. Under the plan's PrEP "
          "coverage rule, the brand-name drug is covered only when the generic is medically inappropriate, and the "
          "records do not show that.")],
        "not_covered", ["medical_necessity"], {"provider": [f["clinic"]], "case_numbers": [[appeal_no]]}, 60,
        "Second-level appeal", [appeal_no, f["case"]])]))
    return items
