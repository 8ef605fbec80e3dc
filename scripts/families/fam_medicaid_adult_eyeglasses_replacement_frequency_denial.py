"""Family 'medicaid_adult_eyeglasses_replacement_frequency_denial': a state Medicaid agency's notices and remittance
advice and a Medicaid managed care plan's notices on adult eyeglasses (V2020 frames, V2100-V2199 lenses) and
contact lenses (V2520), all invented.

Reasons: replacement glasses within 24 months of the last pair without a prescription change of at least 0.50
diopter, a replacement that is not for glasses lost or broken as the rules require (no signed loss / damage
statement, glasses only scratched or uncomfortable), a frame over the plan's frame allowance, contact lenses not
medically necessary (vision corrects with glasses, no keratoconus or high anisometropia); one approved
replacement (prescription changed by 0.75 diopter). Decoys: the optical lab that makes the lenses (and its lab
order number), the last pair's dispensing date, the eye exam date, prescription values, the frame allowance,
the Medicaid ID beside the plan member ID, the request received date, the 10-day continuation, the State Fair
Hearing limits, the expedited (72-hour) appeal, an unrelated paid claim on the remittance advice.

Issuers: Quinnemore Department of Medical Assistance ("STATE OF QUINNEMORE" over the agency; a member Notice of
Action, a provider Prior Authorization Decision, a remittance advice), Brennock Community Health Plan (Medicaid
managed care; "Notice of Adverse Benefit Determination", one in Spanish, and a Notice of Approval).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "medicaid_adult_eyeglasses_replacement_frequency_denial"
LANG = "en"
ST = "Quinnemore Department of Medical Assistance"
MC = "Brennock Community Health Plan"
ST_ADDR = ("Division of Medicaid Services, PO Box 7710", "Port Ellery, QN 60818")
MC_ADDR = ("480 Wharfside Avenue", "Ellery Falls, QN 60822")
FIRST = ["Thaddeus", "Ngozi", "Marguerite", "Bogdan", "Yasmin", "Cornelius", "Ayesha", "Lennart", "Philippa",
         "Kofi", "Rosalind", "Dmitri", "Winifred", "Hiroshi"]
FIRST_ES = ["Evangelina", "Baltasar", "Rocío", "Anselmo", "Consuelo"]
LAST = ["Ashdown", "Mwangi", "Kristiansen", "Fairweather", "Bello", "Marchbanks", "Petrov", "Quayle", "Oyedepo",
        "Lachance", "Wainwright"]
LAST_ES = ["Saldívar", "Montemayor", "Urquidi", "Betancourt", "Lozoya"]
SHOPS = [("Tollgate Optical", "Dr. Seraphina L. Okafor, OD"), ("Vistamar Family Vision", "Dr. Caspar J. Holm, OD"),
         ("Hollisford Eye & Optical", "Dr. Ingrid M. Tavernier, OD")]
LABS = ["Ulverstone Optical Laboratory", "Quinnemore State Industries Optical Lab"]
STREETS = ["Gannet Street", "Wexley Road", "Plover Court", "Saddler Avenue", "Ironbridge Lane"]
TOWNS = [("Port Ellery", "QN", "60811"), ("Ellery Falls", "QN", "60823"), ("Marsh Hollow", "QN", "60840")]


def facts(r: random.Random, kind: str, ds: str, lang: str = "en") -> dict:
    es = lang == "es"
    fn, ln = r.choice(FIRST_ES if es else FIRST), r.choice(LAST_ES if es else LAST)
    name = f"{fn} {r.choice('ABCDEFGHJKLMNPRSTW')}. {ln}"
    dec = dt.date(2026, 2, 9) + dt.timedelta(days=r.randint(0, 120))
    received = dec - dt.timedelta(days=r.randint(4, 12))
    svc = dec + dt.timedelta(days=r.randint(7, 21))            # requested dispensing date (pre-service)
    dispensed = dec - dt.timedelta(days=r.randint(30, 60))     # date dispensed (remittance advice)
    last_pair = dec - dt.timedelta(days=r.randint(300, 600))
    exam = received - dt.timedelta(days=r.randint(2, 10))
    shop, od = r.choice(SHOPS)
    town = r.choice(TOWNS)
    sph_old = r.choice([-1.25, -1.75, -2.50, +1.00, +1.50])
    step = {"approved": 0.75}.get(kind, 0.25)
    sph_new = sph_old - step if sph_old < 0 else sph_old + step
    lines = [("V2020", "Frame, purchased", r.choice([38.0, 42.5, 45.0])),
             ("V2103", "Single vision lens, per lens", r.choice([31.0, 34.75, 36.0])),
             ("V2103", "Single vision lens, per lens", 0.0)]
    lines[2] = (lines[2][0], lines[2][1], lines[1][2])
    frame_price = r.choice([189.0, 214.99, 249.0])
    return dict(kind=kind, ds=ds, lang=lang, dec=dec, name=name, first=fn, last=ln, received=received, svc=svc,
                dispensed=dispensed, last_pair=last_pair, exam=exam, shop=shop, od=od, lab=r.choice(LABS),
                addr=(f"{r.randint(15, 9800)} {r.choice(STREETS)}", f"{town[0]}, {town[1]} {town[2]}"),
                rid=f"{r.randint(1000000000, 9999999999)}", pmid=f"BCH{r.randint(100000000, 999999999)}",
                pa=f"PA-{r.randint(2600000, 2699999)}", notice=f"N{r.randint(100000, 999999)}",
                ref=f"BR-{r.randint(10000000, 99999999)}", icn=f"2026{r.randint(10, 99)}{r.randint(1000000, 9999999)}",
                lab_order=f"LO-{r.randint(400000, 499999)}", npi=f"1{r.randint(100000000, 999999999)}",
                mprov=f"{r.randint(200000, 299999)}", phone=f"1-800-555-{r.randint(3000, 3999)}",
                fax=f"1-877-555-{r.randint(4000, 4999)}", sph_old=sph_old, sph_new=sph_new, lines=lines,
                total=round(sum(x[2] for x in lines), 2), frame_price=frame_price, allowance=r.choice([60.0, 75.0]),
                frame_brand=r.choice(["Larkin & Vale 5120", "Orla Milano OM-77", "Kestner Titanium K9"]),
                other_name=f"{r.choice(FIRST)} {r.choice('ABCDEFGHJKLMNPRSTW')}. {r.choice(LAST)}",
                other_icn=f"2026{r.randint(10, 99)}{r.randint(1000000, 9999999)}",
                other_rid=f"{r.randint(1000000000, 9999999999)}", other_amt=r.choice([96.0, 104.0, 118.0]))


def fd(f: dict, d: dt.date) -> str:
    return fmt_date(d, f["ds"])


def rx(v: float) -> str:
    return f"{v:+.2f} D"


def st_head(d: Doc, right: str) -> None:
    d.add_page()
    d.set_font("Helvetica", "B", 9)
    d.cell(0, 4, "STATE OF QUINNEMORE", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Helvetica", "B", 14)
    d.cell(120, 7, ST)
    d.set_font("Helvetica", "B", 11)
    d.cell(0, 7, right, align="R", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Helvetica", "", 8)
    d.cell(0, 4, f"{ST_ADDR[0]}  -  {ST_ADDR[1]}", new_x="LMARGIN", new_y="NEXT")
    d.rule(0.8, 5)


REASON_ST = {
    "norx": "Medicaid pays for one pair of eyeglasses for adults every 24 months. A replacement pair sooner is "
            "covered only if your prescription changed by at least 0.50 diopter in either eye, or your glasses were "
            "lost or broken and cannot be repaired. Your last pair was dispensed on {last}. Your new prescription "
            "({new}) differs from the last one ({old}) by 0.25 diopter, which is less than 0.50 diopter. "
            "Rule: Quinnemore Medicaid Vision Services Manual, section 6.4.",
    "lost": "Medicaid pays for one pair of eyeglasses for adults every 24 months. A replacement pair sooner is "
            "covered when glasses are lost, stolen or broken beyond repair and the member signs a Lost or Damaged "
            "Eyewear Statement. The request says your glasses were lost, but no signed statement was sent and your "
            "last pair was dispensed on {last}. Rule: Quinnemore Medicaid Vision Services Manual, section 6.5.",
}


def st_noa(d: Doc, f: dict) -> None:
    """State Notice of Action to the member (pre-service prior authorization denied)."""
    st_head(d, "NOTICE OF ACTION")
    d.font(10)
    y = d.get_y()
    for ln in (f["name"], *f["addr"]):
        d.cell(0, 5, ln, new_x="LMARGIN", new_y="NEXT")
    d.set_xy(118, y)
    for k, v in [("Notice date", fd(f, f["dec"])), ("Notice no.", f["notice"]), ("Recipient ID", f["rid"]),
                 ("Prior Authorization #", f["pa"])]:
        d.set_x(118)
        d.font(9, "B")
        d.cell(38, 5, k)
        d.font(9)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(8)
    d.para(f"Dear {f['first']} {f['last']}:", size=10)
    d.para(f"We received a request on {fd(f, f['received'])} from {f['shop']} ({f['od']}) for replacement "
           f"eyeglasses for you: frame V2020 and two single vision lenses V2103, to be dispensed on "
           f"{fd(f, f['svc'])}. The lenses would be made by {f['lab']}.", size=10)
    d.text_line("We have DENIED this request.", 11, "B")
    d.ln(2)
    d.para("Why: " + REASON_ST[f["kind"]].format(last=fd(f, f["last_pair"]), new=rx(f["sph_new"]),
                                                   old=rx(f["sph_old"])), size=10)
    if f["kind"] == "lost":
        d.para("You may ask your eye care provider to send the request again with a signed statement.", size=10)
    d.text_line("Your right to a State Fair Hearing", 11, "B")
    d.ln(1)
    d.para("If you disagree with this decision, you may ask for a State Fair Hearing. You must ask within 90 days of "
           "the date of this notice. To ask, call 1-800-555-0199, or write to the Office of Administrative Hearings, "
           "PO Box 7790, Port Ellery, QN 60818. You may represent yourself or have a friend, relative or lawyer "
           "speak for you.", size=9.5)
    d.para("If you are getting a service now and you ask for a hearing within 10 days of this notice, the service "
           "may continue until the hearing decision.", size=9.5)
    d.para(f"Questions: Medicaid Member Services {f['phone']} (TTY 711).   Form QDMA-V17 (rev. 2025)", size=8.5)


def st_pa(d: Doc, f: dict) -> None:
    """State Prior Authorization Decision to the provider (faxed)."""
    st_head(d, "PRIOR AUTHORIZATION DECISION")
    d.font(9.5)
    d.cell(0, 5, f"To: {f['shop']}  -  Attn: {f['od']}   Medicaid provider no. {f['mprov']}   NPI {f['npi']}",
           new_x="LMARGIN", new_y="NEXT")
    d.cell(0, 5, f"Fax to provider: {f['fax']}", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.boxes([("Decision date", fd(f, f["dec"]), 34), ("PA number", f["pa"], 38), ("Recipient", f["name"], 58),
             ("Recipient ID", f["rid"], 48)], value_size=9.5)
    d.boxes([("Received", fd(f, f["received"]), 34), ("Requested DOS", fd(f, f["svc"]), 38),
             ("Lab", f["lab"], 58), ("Lab order", f["lab_order"], 48)], value_size=8.5)
    d.ln(4)
    d.table(["HCPCS", "Description", "Units", "Status", "Reason code"],
            [[c, desc, "1", "Denied", "V65"] for c, desc, _ in f["lines"]], [24, 62, 16, 30, 44], size=9)
    d.text_line("Reason V65", 10, "B")
    d.ln(1)
    d.para("Replacement eyewear within 24 months of the last dispensed pair. The request states the glasses were "
           f"lost; a Lost or Damaged Eyewear Statement signed by the recipient is required and was not attached. "
           f"Last pair dispensed {fd(f, f['last_pair'])}. Current prescription unchanged "
           f"({rx(f['sph_old'])} OD/OS).", size=9.5)
    d.para("The provider may resubmit with the signed statement, or request reconsideration within 30 days of the "
           "date of this decision by writing to Vision Prior Authorization Unit at the address above. The recipient "
           "has been sent a Notice of Action with State Fair Hearing rights.", size=9.5)
    d.para("Do not dispense and bill the recipient for denied eyewear unless the recipient agrees in writing before "
           "the service.", size=8.5)


def st_ra(d: Doc, f: dict) -> None:
    """State remittance advice to the optical shop: one paid claim (another recipient), the subject claim denied."""
    d.add_page()
    d.set_font("Courier", "B", 10)
    d.cell(0, 5, "STATE OF QUINNEMORE - " + ST.upper(), new_x="LMARGIN", new_y="NEXT")
    d.cell(0, 5, "MEDICAID REMITTANCE ADVICE - VISION / OPTICAL", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Courier", "", 9)
    for ln in [f"PAYEE: {f['shop'].upper()}   PROV NO {f['mprov']}   NPI {f['npi']}",
               f"RA DATE: {fd(f, f['dec'])}   RA NO: R{f['notice']}   CHECK/EFT: 0000{f['ref'][3:]}",
               "-" * 92]:
        d.cell(0, 4.6, ln, new_x="LMARGIN", new_y="NEXT")
    d.ln(1)

    def claim(name, rid, icn, dos, lines, paid, code):
        d.set_font("Courier", "B", 9)
        d.cell(0, 4.6, f"RECIPIENT: {name.upper()}   ID {rid}   ICN {icn}", new_x="LMARGIN", new_y="NEXT")
        d.set_font("Courier", "", 9)
        for c, desc, amt in lines:
            d.cell(0, 4.6, f"  DOS {fd(f, dos):<12} {c:<6} {desc.upper()[:28]:<28} BILLED {amt:>8.2f}  PAID "
                           f"{(amt * 0.9 if paid else 0):>8.2f}  {code}", new_x="LMARGIN", new_y="NEXT")
        tot = sum(x[2] for x in lines)
        d.cell(0, 4.6, f"  CLAIM TOTAL  BILLED {tot:>8.2f}  PAID {(tot * 0.9 if paid else 0):>8.2f}  "
                       f"STATUS {'PAID' if paid else 'DENIED'}", new_x="LMARGIN", new_y="NEXT")
        d.ln(2)

    claim(f["other_name"], f["other_rid"], f["other_icn"], f["dispensed"] - dt.timedelta(days=3),
          [("92014", "Eye exam, established", f["other_amt"])], True, "   ")
    claim(f["name"], f["rid"], f["icn"], f["dispensed"], f["lines"], False, "V62")
    d.cell(0, 4.6, f"  LAB ORDER {f['lab_order']}  FABRICATED BY {f['lab'].upper()}", new_x="LMARGIN", new_y="NEXT")
    d.cell(0, 4.6, "-" * 92, new_x="LMARGIN", new_y="NEXT")
    d.set_font("Courier", "B", 9)
    d.cell(0, 4.6, "EXPLANATION OF EDIT CODES", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Courier", "", 8.6)
    d.multi_cell(0, 4.2, f"V62 REPLACEMENT EYEWEAR WITHIN 24 MONTHS OF PRIOR PAIR (LAST PAID {fd(f, f['last_pair'])}). "
                         "PRESCRIPTION CHANGE LESS THAN 0.50 DIOPTER AND NO LOST/BROKEN CERTIFICATION ON FILE. "
                         "NOT PAYABLE.", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.multi_cell(0, 4.2, "PROVIDERS MAY REQUEST RECONSIDERATION OF A DENIED CLAIM WITHIN 90 DAYS OF THE DATE OF THIS "
                         f"REMITTANCE ADVICE. SEND REQUESTS TO PROVIDER RELATIONS, {ST_ADDR[0].upper()}, "
                         f"{ST_ADDR[1].upper()}. PROVIDER SERVICES {f['phone']}.", new_x="LMARGIN", new_y="NEXT")


def mc_head(d: Doc, title: str) -> None:
    d.add_page()
    d.set_font("Times", "B", 22)
    d.cell(0, 9, "BRENNOCK", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Times", "", 9.5)
    d.cell(0, 4.5, "Community Health Plan  |  a Quinnemore Medicaid managed care plan", new_x="LMARGIN", new_y="NEXT")
    d.cell(0, 4.5, f"{MC_ADDR[0]}, {MC_ADDR[1]}", new_x="LMARGIN", new_y="NEXT")
    d.rule(0.4, 5)
    d.set_font("Helvetica", "B", 13)
    d.cell(0, 7, title, align="C", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


def mc_notice(d: Doc, f: dict) -> None:
    """Brennock notice: frame over allowance, contacts not medically necessary, not lost/broken (es), approval."""
    k, es = f["kind"], f["lang"] == "es"
    title = {"approved": "Notice of Approval"}.get(k, "Aviso de determinación adversa de beneficios" if es else
                                                   "Notice of Adverse Benefit Determination")
    mc_head(d, title)
    d.font(10)
    d.cell(0, 5, fd(f, f["dec"]), new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    for ln in (f["name"], *f["addr"]):
        d.cell(0, 5, ln, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    if k == "frame":
        svc = f"Frame {f['frame_brand']} (V2025, deluxe frame)"
    elif k == "cl":
        svc = "Contact lenses, soft, both eyes (V2520 x 2)"
    else:
        svc = "Anteojos de reemplazo: armazón V2020 y lentes V2103 x 2" if es else \
            "Replacement eyeglasses: frame V2020, lenses V2103 x 2"
    grid = ([("Miembro", f["name"]), ("ID de miembro del plan", f["pmid"]), ("ID de Medicaid", f["rid"]),
             ("Número de referencia", f["ref"]), ("Proveedor que lo pidió", f"{f['shop']} ({f['od']})"),
             ("Solicitud recibida", fd(f, f["received"])), ("Fecha de entrega solicitada", fd(f, f["svc"])),
             ("Servicio", svc)] if es else
            [("Member", f["name"]), ("Plan member ID", f["pmid"]), ("Medicaid ID", f["rid"]),
             ("Reference #", f["ref"]), ("Requested by", f"{f['shop']} ({f['od']})"),
             ("Request received", fd(f, f["received"])), ("Requested dispensing date", fd(f, f["svc"])),
             ("Service", svc)])
    if k == "frame":
        grid.append(("Amount requested", fmt_money(f["frame_price"])))
    for key, v in grid:
        d.font(9.5, "B")
        d.cell(52, 5.6, key, border=1)
        d.font(9.5)
        d.cell(0, 5.6, v, border=1, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    dl = f["dec"] + dt.timedelta(days=60)
    if k == "approved":
        d.para(f"Dear {f['first']} {f['last']}:", size=10)
        d.para(f"Good news. We APPROVED replacement eyeglasses for you. Your last pair was dispensed on "
               f"{fd(f, f['last_pair'])}, less than 24 months ago, but your new prescription from the eye exam on "
               f"{fd(f, f['exam'])} ({rx(f['sph_new'])}) changed by 0.75 diopter from the last one "
               f"({rx(f['sph_old'])}). A change of 0.50 diopter or more allows a replacement pair.", size=10)
        d.para(f"Authorization number {f['ref']} is good for 90 days. {f['shop']} will order the lenses from "
               f"{f['lab']} ({f['lab_order']}). You do not need to do anything else.", size=10)
        d.para(f"Questions? Call Brennock Member Services at {f['phone']} (TTY 711).", size=10)
        return
    if es:
        d.para(f"Estimado(a) {f['first']} {f['last']}:", size=10)
        d.para(f"Brennock DENEGÓ este pedido. Medicaid cubre un par de anteojos para adultos cada 24 meses. Su "
               f"último par se entregó el {fd(f, f['last_pair'])}. Un par de reemplazo antes de ese plazo se cubre "
               f"solo si su receta cambió al menos 0.50 dioptrías o si sus anteojos se perdieron o se rompieron y "
               f"no se pueden reparar. El pedido dice que sus anteojos están rayados e incómodos; no se perdieron "
               f"ni se rompieron, y su receta no cambió ({rx(f['sph_old'])}).", size=10)
    elif k == "frame":
        d.para(f"Dear {f['first']} {f['last']}:", size=10)
        d.para(f"We DENIED the frame you picked. Your plan pays for frames up to the frame allowance of "
               f"{fmt_money(f['allowance'])}. The {f['frame_brand']} frame costs {fmt_money(f['frame_price'])}, "
               f"more than the allowance, and deluxe or designer frames (V2025) are not a covered benefit. Your "
               f"lenses are approved. You can choose any frame from the covered Medicaid frame collection at "
               f"{f['shop']} at no cost to you.", size=10)
    else:
        d.para(f"Dear {f['first']} {f['last']}:", size=10)
        d.para(f"We DENIED contact lenses because they are not medically necessary for you. Brennock covers "
               f"contact lenses for adults only when glasses cannot give good vision, for example keratoconus, "
               f"aphakia or a difference of 3.00 diopters or more between the eyes. Your exam on "
               f"{fd(f, f['exam'])} shows your vision corrects to 20/25 in each eye with glasses, and the "
               f"prescriptions of the two eyes differ by 0.50 diopter. You can still get glasses.", size=10)
    d.text_line("Su derecho a apelar" if es else "Your right to appeal", 11, "B")
    d.ln(1)
    if es:
        d.para(f"Si no está de acuerdo, puede pedir una apelación a Brennock dentro de 60 días a partir de la fecha "
               f"de este aviso. Llame al {f['phone']} o escriba a Appeals, {MC_ADDR[0]}, {MC_ADDR[1]}. Si su salud "
               f"corre peligro, pida una apelación rápida; decidimos en 72 horas.", size=9.5)
        d.para("Si la apelación no le favorece, puede pedir una Audiencia Imparcial Estatal dentro de 120 días a "
               "partir de la decisión de la apelación.", size=9.5)
    else:
        ap = (f"You must ask for an appeal within 60 days of the date of this notice." if k == "frame" else
              f"Your appeal must reach us by {fd(f, dl)}.")
        d.para(f"{ap} Call {f['phone']} (TTY 711), or write to Brennock Appeals, {MC_ADDR[0]}, {MC_ADDR[1]}. If "
               f"waiting could seriously harm your health, ask for a fast appeal; we decide within 72 hours.",
               size=9.5)
        d.para("If we do not decide in your favor, you may ask for a State Fair Hearing within 120 days of our "
               "appeal decision. If you are receiving the service now and appeal within 10 days, it can continue "
               "during the appeal.", size=9.5)


def build(f: dict) -> bytes:
    d = Doc("Helvetica")
    {"noa": st_noa, "pa": st_pa, "ra": st_ra, "mc": mc_notice}[f["layout"]](d, f)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    k, lay = f["kind"], f["layout"]
    alts: dict = {"provider": [f["od"]]}
    if lay == "mc":
        ins, mid, cases = MC, f["pmid"], [f["ref"]]
        alts["member_id"] = [f["rid"]]
    else:
        ins, mid = ST, f["rid"]
        cases = {"noa": [f["pa"]], "pa": [f["pa"]], "ra": [f["icn"]]}[lay]
    if lay == "noa":
        alts["case_numbers"] = [[f["pa"], f["notice"]]]
    common = dict(insurer=ins, member_id=mid, member_name=f["name"], case_numbers=cases, denial_date=iso(f["dec"]),
                  provider=f["shop"])
    if lay == "ra":
        del alts["provider"]                                   # the RA names the shop only
        common.update(service_dates=[iso(f["dispensed"])], claim_amount=m2(f["total"]),
                      appeal_deadline=iso(f["dec"] + dt.timedelta(days=90)))
        return truth("eob", "not_covered", f["lang"], alternates=alts, denial_alternates=["other"],
                     type_alternates=["denial_letter"], **common)
    common["service_dates"] = [iso(f["svc"])]
    alts["service_dates"] = [[]]
    if k == "approved":
        return truth("other", None, f["lang"], alternates=alts, **common)
    if lay == "noa":
        common["appeal_deadline"] = None
        alts["appeal_deadline"] = [iso(f["dec"] + dt.timedelta(days=90))]
    elif lay == "pa":
        common["appeal_deadline"] = iso(f["dec"] + dt.timedelta(days=30))
    else:
        common["appeal_deadline"] = iso(f["dec"] + dt.timedelta(days=60))
    if k == "frame":
        common["claim_amount"] = m2(f["frame_price"])
        alts["claim_amount"] = [None]
    den, da = {"norx": ("not_covered", ["medical_necessity", "other"]),
               "lost": ("other", ["not_covered"]),
               "scratched": ("not_covered", ["other"]),
               "frame": ("not_covered", ["other"]),
               "cl": ("medical_necessity", ["not_covered"])}[k]
    return truth("denial_letter", den, f["lang"], alternates=alts, denial_alternates=da, **common)


# (stem suffix, condition, kind, layout, date style, lang)
PLAN = [
    ("bd_state_noa_no_diopter_change", "born_digital", "norx", "noa", "long", "en"),
    ("bd_mco_frame_over_allowance", "born_digital", "frame", "mc", "slash", "en"),
    ("scan300_mco_contacts_not_necessary", "scan_clean_300", "cl", "mc", "abbr", "en"),
    ("lowres_state_ra_replacement_within_24_months", "scan_lowres_150", "norx", "ra", "slash", "en"),
    ("copy_mco_approval_replacement", "photocopy", "approved", "mc", "iso", "en"),
    ("phone_mco_spanish_not_lost_or_broken", "phone_photo", "scratched", "mc", "es", "es"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, layout, ds, lang) in enumerate(PLAN):
        f = facts(random.Random(195600 + i), kind, ds, lang)
        f["layout"] = layout
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(build(f), make_truth(f))]))
    # fax stack: the State's PA decision to the optical shop behind the shop's cover sheet, then the member notice
    f = facts(random.Random(195620), "lost", "dmy")
    f["layout"] = "pa"
    pa = (build(f), make_truth(f))
    f["layout"] = "noa"
    noa = (build(f), make_truth(f))
    items.append(Item(f"{FAMILY}_faxstd_stack_pa_decision_and_member_notice", "fax_standard_g4", [pa, noa],
                      separators=["cover", None]))
    return items
