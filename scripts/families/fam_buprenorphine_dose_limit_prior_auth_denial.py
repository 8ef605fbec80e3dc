"""Family 'buprenorphine_dose_limit_prior_auth_denial': health plan, Medicaid managed care and PBM letters, a plan EOB
and a pharmacy notice on buprenorphine/naloxone (sublingual film and tablets) and extended-release buprenorphine
injections for opioid use disorder.

Issuers (all invented): Wyndfell Health Plan (commercial plan; prior authorization letters in ruled boxes, an
EOB, a final appeal decision), Meridell Rx Solutions (pharmacy benefit manager; formulary exception denial and a
taper-plan approval), Crescent Harbor Community Health Plan (Medicaid managed care; an English notice and a Spanish
notice), Bramblecross Pharmacy (a pharmacy's claim-rejection notice, receipt style). Contents: a daily dose of 32 mg
denied above the 24 mg limit with 24 mg approved; an extended-release injection (Q9992) billed by a treatment center
under the medical benefit denied (pharmacy benefit only), its administration paid; a Medicaid pharmacy claim denied
because the prescriber had no current DEA registration on file; a final appeal decision upholding a 28 mg denial
(external review only, so no appeal deadline); a taper plan approved; a fax stack (pharmacy cover sheet, the
pharmacy's rejection notice, the PBM's denial of a film formulary exception: tablets preferred); a Spanish Medicaid
notice denying 32 mg a day (rotated). Decoys: prescriber NPIs, dates of birth, request-received dates, Rx numbers,
BIN/PCN, counseling claims, fair hearing time limits, external review time limits, phone numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "buprenorphine_dose_limit_prior_auth_denial"
LANG = "en"

WY, MR, CH = "Wyndfell Health Plan", "Meridell Rx Solutions", "Crescent Harbor Community Health Plan"
BP = "Bramblecross Pharmacy"
ADDR = {WY: ("PO Box 40417", "Sollerby, WI 54987"), MR: ("2250 Quarrystone Blvd, Suite 600", "Elmsgate, AZ 85991"),
        CH: ("1900 Wharfside Drive", "Port Lacombe, LA 70979"), BP: ("316 Kettering Row", "Sollerby, WI 54987")}
PROGRAMS = ["Larkspur Recovery Services", "New Meadow Addiction Medicine Program", "Cobalt Ridge Opioid Treatment Center",
            "Harrow Lane Recovery Clinic"]
PRESCRIBERS = ["Dr. Anneliese Mbatha-Ford", "Dr. Corentin Halvorsen", "Dr. Yasmin Adebayo-Kerr", "Dr. Piet Szymanski",
               "Dr. Lucero Almonte-Vance"]
FIRST = ["Aurelio", "Bronwyn", "Cassius", "Delphine", "Emrys", "Fenella", "Gustavo", "Hyacinth", "Idris", "Jolene",
         "Kasimir", "Lavinia", "Montague", "Niamh"]
LAST = ["Albrecht", "Birchfield", "Czerny", "Dunmore", "Estrada", "Fairweather", "Grzelak", "Hatfield", "Ilunga",
        "Jessop", "Kirkegaard", "Lowther", "Mancuso", "Nightingale"]
FIRST_ES = ["Araceli", "Bernardo", "Consuelo", "Dionisio", "Esperanza", "Fulgencio"]
LAST_ES = ["Arredondo", "Bustamante", "Cisneros", "Echeverría", "Galindo", "Olivares"]
STREETS = ["Millrace Road", "Tinker's Lane", "Foxglove Court", "Stillwater Avenue", "Harrier Drive"]
TOWNS = ["Sollerby, WI 54987", "Elmsgate, AZ 85991", "Port Lacombe, LA 70979", "Carrow Bend, OR 97989"]
FILM = "buprenorphine-naloxone 8 mg-2 mg sublingual film"
TAB = "buprenorphine-naloxone 8 mg-2 mg sublingual tablet"


def digits(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def phone(r: random.Random) -> str:
    return f"1-{r.choice(['800', '833', '844', '855', '866', '877', '888'])}-{digits(r, 3)}-{digits(r, 4)}"


def npi(r: random.Random) -> str:
    return r.choice("12") + "".join(r.choice("0123456789") for _ in range(9))


def facts(r: random.Random, ins: str, ds: str, es: bool = False) -> dict:
    first = r.choice(FIRST_ES if es else FIRST)
    last = r.choice(LAST_ES if es else LAST)
    mid = r.choice("ABCDEFGHJKLMNPRSTVW")
    notice = dt.date(2026, 1, 15) + dt.timedelta(days=r.randint(0, 150))
    if ins == WY:
        mid_, grp = "WHP" + digits(r, 8), "WF" + digits(r, 5)
    elif ins == MR:
        mid_, grp = "MRX" + digits(r, 9), "RX" + digits(r, 4)
    else:
        mid_, grp = digits(r, 11), None
    return dict(r=r, ins=ins, ds=ds, name=f"{first} {mid}. {last}", first=first, last=last,
                addr=(f"{r.randint(10, 9900)} {r.choice(STREETS)}", r.choice(TOWNS)), notice=notice, mid=mid_,
                grp=grp, program=r.choice(PROGRAMS), prescriber=r.choice(PRESCRIBERS),
                dob=dt.date(r.randint(1966, 2000), r.randint(1, 12), r.randint(1, 28)), ph=phone(r), npi=npi(r),
                npi2=npi(r), pa="PA" + digits(r, 9), claim=digits(r, 13),
                start=notice + dt.timedelta(days=r.randint(1, 6)))


def D(f: dict, d: dt.date) -> str:
    return fmt_date(d, f["ds"])


def letterhead(d: Doc, f: dict, ins: str, es: bool = False) -> None:
    a = ADDR[ins]
    if ins == WY:
        y = d.get_y()
        d.font(18, "B")
        d.cell(100, 9, "Wyndfell", new_x="LMARGIN", new_y="NEXT")
        d.text_line("HEALTH PLAN", 8.5, "B")
        d.set_xy(110, y)
        d.font(8.5)
        d.multi_cell(0, 4.2, f"{WY}\n{a[0]}\n{a[1]}\nPharmacy services {f['ph']} (TTY 711)", align="R",
                     new_x="LMARGIN", new_y="NEXT")
        d.rule(0.5, 1)
    elif ins == MR:
        d.set_fill_color(40, 40, 40)
        d.set_text_color(255, 255, 255)
        d.font(15, "B")
        d.cell(0, 10, "  MERIDELL Rx", fill=True, new_x="LMARGIN", new_y="NEXT")
        d.set_text_color(0, 0, 0)
        d.text_line(f"{MR}  |  {a[0]}, {a[1]}  |  Clinical Review {f['ph']}", 8.5)
    else:
        d.text_line(CH, 15, "B", align="C")
        d.text_line("Plan de Medicaid administrado" if es else "A Medicaid managed care plan", 9, align="C")
        d.text_line(f"{a[0]}, {a[1]}  -  {f['ph']} (TTY 711)", 8.5, align="C")
        d.rule(0.3, 1)
    d.ln(5)


def pairs(d: Doc, rows: list[tuple[str, str | None]], lw: float = 50, size: float = 10, x: float | None = None):
    for k, v in rows:
        if v is None:
            continue
        if x is not None:
            d.set_x(x)
        d.font(size, "B")
        d.cell(lw, 5.2, k)
        d.font(size)
        d.multi_cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(2.5)


def addressee(d: Doc, f: dict) -> None:
    for ln in (f["name"], *f["addr"]):
        d.text_line(ln, 10.5)
    d.ln(5)


# ------------------------------------------------------------------------------------------- Wyndfell letters
def wy_letter(f: dict, title: str, drug: str, sig: str, decision: str, body: list[tuple[str, str]],
              appeal: str, dl: dt.date | None, denial: str | None, dalts: list[str], cases: list[str],
              extra_box: tuple[str, str] | None = None, alts: dict | None = None) -> tuple[bytes, dict]:
    d = Doc("Helvetica", footer="WHP-RX-PA  |  Page {p} of {n}")
    d.add_page()
    letterhead(d, f, WY)
    d.text_line(D(f, f["notice"]), 10.5)
    d.ln(3)
    addressee(d, f)
    d.text_line(title, 13, "B")
    d.ln(2)
    d.boxes([("Member name", f["name"], 62), ("Member ID", f["mid"], 44), ("Group", f["grp"], 30),
             ("Date of birth", D(f, f["dob"]), 44)])
    d.boxes([("Reference number", cases[0], 62), ("Request received", D(f, f["notice"] - dt.timedelta(days=2)), 44),
             extra_box or ("Requested start", D(f, f["start"]), 74)])
    d.boxes([("Medication", drug, 110), ("Directions / quantity", sig, 70)], value_size=8.5)
    d.boxes([("Requesting provider", f["program"], 80), ("Prescriber", f["prescriber"], 56),
             ("Prescriber NPI", f["npi"], 44)], value_size=9.5)
    d.ln(4)
    d.text_line(f"Decision: {decision}", 11.5, "B")
    d.ln(2)
    d.para(f"Dear {f['first']} {f['last']}:")
    for h, p in body:
        d.text_line(h, 11, "B")
        d.ln(1)
        d.para(p)
    d.text_line("If you disagree", 11, "B")
    d.ln(1)
    d.para(appeal)
    d.para("Do not stop taking your medicine suddenly. Talk to your prescriber about your treatment. If you are in "
           "crisis, call or text 988.", 9.5)
    d.para(f"Sincerely,\nPharmacy Clinical Review\n{WY}", 10)
    t = truth("denial_letter" if denial else "other", denial, insurer=WY, member_id=f["mid"], group_number=f["grp"],
              member_name=f["name"], case_numbers=cases, service_dates=[iso(f["start"])],
              denial_date=iso(f["notice"]), provider=f["program"], appeal_deadline=None if dl is None else iso(dl),
              alternates=dict({"provider": [f["prescriber"]], "service_dates": [[]]}, **(alts or {})),
              denial_alternates=dalts)
    return pdf_bytes(d), t


def wy_eob(f: dict, claims: list[dict], denied_ix: int, legend: list[tuple[str, str]], denial: str,
           dalts: list[str], amount_alt: str) -> tuple[bytes, dict]:
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, f, WY)
    d.text_line("Explanation of Benefits", 15, "B")
    d.text_line("This is not a bill. Keep it with your records.", 9)
    d.ln(3)
    y0 = d.get_y()
    addressee(d, f)
    d.set_xy(112, y0)
    pairs(d, [("Date processed:", D(f, f["notice"])), ("Member:", f["name"]), ("Member ID:", f["mid"]),
              ("Group:", f["grp"]), ("Birth date:", D(f, f["dob"]))], lw=32, size=9, x=112)
    d.set_y(max(d.get_y(), y0 + 27) + 2)
    for c in claims:
        d.font(9.5, "B")
        d.cell(0, 6, f"{c['prov']}   |   Claim {c['claim']}   |   Received {D(f, c['recv'])}", new_x="LMARGIN",
               new_y="NEXT")
        rows = [[D(f, c["dos"]), ln[0], ln[1], fmt_money(ln[2]), fmt_money(ln[3]), fmt_money(ln[4]), ln[5]]
                for ln in c["lines"]]
        rows.append(["*Total", "", "", fmt_money(sum(x[2] for x in c["lines"])),
                     fmt_money(sum(x[3] for x in c["lines"])), fmt_money(sum(x[4] for x in c["lines"])), ""])
        d.table(["Service date", "Code", "Description", "Amount billed", "Plan paid", "You owe", "Code"],
                rows, [24, 15, 62, 25, 20, 20, 14], size=8, aligns="LLLRRRL", border_head="TB", head_fill=True)
    d.text_line("Explanation codes", 10, "B")
    for k, v in legend:
        d.para(f"{k}: {v}", 8.8, gap=1)
    d.ln(2)
    dl = f["notice"] + dt.timedelta(days=180)
    d.para("You may appeal a denied service within 180 days of the date this claim was processed. Write to Wyndfell "
           f"Appeals, {ADDR[WY][0]}, {ADDR[WY][1]}, or call {f['ph']}.", 9)
    c = claims[denied_ix]
    t = truth("eob", denial, insurer=WY, member_id=f["mid"], group_number=f["grp"], member_name=f["name"],
              case_numbers=[c["claim"]], claim_amount=m2(sum(x[2] for x in c["lines"])),
              service_dates=[iso(c["dos"])], denial_date=iso(f["notice"]), provider=c["prov"],
              appeal_deadline=iso(dl), alternates={"claim_amount": [amount_alt]}, denial_alternates=dalts)
    return pdf_bytes(d), t


# ------------------------------------------------------------------------------------------- Medicaid notices
def ch_notice(f: dict, es: bool, rows: list[tuple[str, str]], body: list[tuple[str, str]], denial: str,
              dalts: list[str], cases: list[str], amt: float | None, svc: list[str], provider: str,
              alts: dict) -> tuple[bytes, dict]:
    d = Doc("Times", footer=("Página {p} de {n}" if es else "Page {p} of {n}"))
    d.add_page()
    letterhead(d, f, CH, es)
    d.text_line(("Fecha del aviso: " if es else "Date of notice: ") + D(f, f["notice"]), 11)
    d.ln(3)
    addressee(d, f)
    d.text_line("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS" if es else "NOTICE OF ADVERSE BENEFIT DETERMINATION",
                13, "B")
    d.ln(2)
    d.set_line_width(0.2)
    for k, v in rows:
        d.font(10, "B")
        d.cell(62, 6.2, " " + k, border=1)
        d.font(10)
        d.cell(0, 6.2, " " + v, border=1, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.para((f"Estimado(a) {f['first']} {f['last']}:" if es else f"Dear {f['first']} {f['last']}:"), 11)
    for h, p in body:
        d.text_line(h, 12, "B")
        d.ln(1)
        d.para(p, 11)
    dl = f["notice"] + dt.timedelta(days=60)
    if es:
        d.text_line("Sus derechos de apelación", 12, "B")
        d.ln(1)
        d.para("Puede pedir una apelación a Crescent Harbor dentro de los 60 días a partir de la fecha de este aviso. "
               f"Llame al {f['ph']} o escriba a la dirección de arriba. Si su salud corre peligro, pida una apelación "
               "acelerada (72 horas). Si seguimos negando el servicio, puede pedir una audiencia imparcial estatal "
               "dentro de los 120 días a partir de la fecha de nuestra decisión sobre la apelación.", 11)
    else:
        d.text_line("Your appeal rights", 12, "B")
        d.ln(1)
        d.para("You can ask Crescent Harbor for an appeal within 60 days from the date of this notice. Call "
               f"{f['ph']} or write to us at the address above. If waiting could harm your health, ask for a fast "
               "(72-hour) appeal. If we still deny, you can ask for a State Fair Hearing within 120 days from the date "
               "of our appeal decision. To keep getting a service while you appeal, you must ask within 10 days.", 11)
    d.para(f"{CH}\n{'Departamento de Farmacia' if es else 'Pharmacy Department'}", 10.5)
    t = truth("denial_letter", denial, lang="es" if es else "en", insurer=CH, member_id=f["mid"],
              member_name=f["name"], case_numbers=cases, claim_amount=None if amt is None else m2(amt),
              service_dates=svc, denial_date=iso(f["notice"]), provider=provider, appeal_deadline=iso(dl),
              alternates=alts, denial_alternates=dalts)
    return pdf_bytes(d), t


# ------------------------------------------------------------------------------------------- PBM + pharmacy
def mr_letter(f: dict, title: str, rows: list[tuple[str, str]], body: list[tuple[str, str]], denial: str | None,
              dalts: list[str], svc: list[str], alts: dict, deadline: bool, fax: str | None = None
              ) -> tuple[bytes, dict]:
    d = Doc("Helvetica", footer="Meridell Rx Solutions - MRX-CD-210")
    d.add_page()
    if fax:
        d.text_line(fax, 8)
        d.ln(1)
    letterhead(d, f, MR)
    y0 = d.get_y()
    addressee(d, f)
    d.set_xy(120, y0)
    d.font(10, "B")
    d.cell(0, 5.2, f"Notice date: {D(f, f['notice'])}", new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(d.get_y(), y0 + 22))
    d.text_line(title, 13, "B")
    d.ln(2)
    pairs(d, rows, lw=48, size=9.5)
    d.para(f"Dear {f['first']} {f['last']},")
    for h, p in body:
        d.text_line(h, 11, "B")
        d.ln(1)
        d.para(p)
    dl = None
    if deadline:
        dl = f["notice"] + dt.timedelta(days=180)
        d.text_line("Your right to appeal", 11, "B")
        d.ln(1)
        d.para("You or your prescriber may request an appeal within 180 days of this notice. Send it to Meridell Rx "
               f"Appeals, {ADDR[MR][0]}, {ADDR[MR][1]}, or fax {phone(f['r'])}. Expedited appeals are decided within "
               "72 hours. You may also have a right to an external review.")
    d.para(f"Clinical Pharmacist Review\n{MR}, pharmacy benefit manager for your health plan", 10)
    t = truth("denial_letter" if denial else "other", denial, insurer=MR, member_id=f["mid"], group_number=f["grp"],
              member_name=f["name"], case_numbers=[f["pa"]], service_dates=svc, denial_date=iso(f["notice"]),
              provider=f["prescriber"], appeal_deadline=None if dl is None else iso(dl), alternates=alts,
              denial_alternates=dalts)
    return pdf_bytes(d), t


def pharmacy_notice(f: dict, fill: dt.date, rx: str) -> tuple[bytes, dict]:
    d = Doc("Courier", footer=None, margins=(40, 16, 40))
    d.add_page()
    r = f["r"]
    for ln, st in [(BP.upper(), "B"), (ADDR[BP][0], ""), (ADDR[BP][1], ""), (f"PH {phone(r)}", ""), ("", ""),
                   ("*** PRESCRIPTION ON HOLD ***", "B"), ("", "")]:
        d.text_line(ln, 10, st, align="C")
    rows = [("DATE", D(f, fill)), ("PATIENT", f["name"].upper()), ("RX #", rx), ("DRUG", "BUPRENORPHINE-NALOXONE"),
            ("", "8MG-2MG SL FILM  QTY 60"), ("PRESCRIBER", f["prescriber"].replace("Dr. ", "").upper()),
            ("PLAN", MR.upper()), ("MEMBER ID", f["mid"]), ("BIN/PCN", f"{digits(r, 6)} / MRXCOM"),
            ("RESPONSE", "REJECTED 70"), ("", "PRODUCT NOT COVERED"), ("", "FORMULARY ALT: BUP-NAL SL TAB")]
    for k, v in rows:
        d.font(9.5)
        d.cell(38, 5, k)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.para("YOUR PLAN DID NOT PAY FOR THIS PRESCRIPTION. WE FAXED YOUR PRESCRIBER ON THE DATE ABOVE TO ASK FOR A "
           "CHANGE TO TABLETS OR A FORMULARY EXCEPTION. WE WILL CALL YOU WHEN WE HEAR BACK.", 9)
    d.para("THIS IS NOT A BILL.", 9, align="C")
    t = truth("other", None, insurer=MR, member_id=f["mid"], member_name=f["name"], service_dates=[iso(fill)],
              denial_date=iso(fill), provider=BP, unscored=["insurer"], alternates={"service_dates": [[]]})
    return pdf_bytes(d), t


def pharmacy_cover(f: dict, pages: int, fill: dt.date) -> bytes:
    r = f["r"]
    d = Doc("Helvetica")
    d.add_page()
    d.text_line(BP, 16, "B")
    d.text_line(f"{ADDR[BP][0]}, {ADDR[BP][1]}   Phone {phone(r)}   Fax {phone(r)}", 9)
    d.ln(10)
    d.text_line("FACSIMILE TRANSMITTAL", 20, "B")
    d.ln(4)
    pairs(d, [("To:", f"{f['program']}, attn. {f['prescriber']}"), ("Fax:", phone(r)),
              ("From:", "Pharmacy staff, prior authorization desk"), ("Date:", fmt_date(f["notice"], "slash")),
              ("Pages:", f"{pages} including this cover"),
              ("Re:", f"{f['name']} - film not covered, plan letter attached")], lw=24, size=11.5)
    d.para(f"The patient's plan rejected the film on {fmt_date(fill, 'slash')} and has now denied the formulary "
           "exception. Please send a new prescription for the tablets, or appeal with the plan. Patient has two days "
           "of medication left.", 10.5)
    d.para("This fax may contain protected health information. If you received it in error, call us and destroy it.",
           8.5)
    return pdf_bytes(d)


def documents(rng) -> list[Item]:
    items = []
    r = random.Random(225600)

    # 1. Wyndfell: 32 mg/day denied above 24 mg, 24 mg approved (born digital)
    f = facts(random.Random(225601), WY, "long")
    dl = f["notice"] + dt.timedelta(days=180)
    items.append(Item(f"{FAMILY}_bd_plan_daily_dose_over_24mg", "born_digital", [wy_letter(
        f, "Prior authorization decision: quantity above plan limit", FILM,
        "1 film 4 times a day (32 mg), #120/30 days",
        "Partly approved - up to 24 mg a day approved, 32 mg a day denied",
        [("Why we made this decision",
          "Your prescriber asked us to cover 32 mg of buprenorphine a day. Our policy covers up to 24 mg a day, the "
          "highest dose in the drug's labeling. A higher dose is covered only when the records show that cravings or "
          "withdrawal continue at 24 mg a day with recent drug tests, and that the medicine is taken as prescribed. "
          "The notes sent with the request do not show this, so the amount above 24 mg a day is not medically "
          "necessary."),
         ("What we approved",
          "We approved 3 films a day (24 mg), #90 per 30 days, for 12 months under the same reference number. Your "
          "pharmacy can fill this now.")],
        "You can ask us to review this decision. Send your appeal within 180 days of the date of this letter to "
        f"Wyndfell Appeals, {ADDR[WY][0]}, {ADDR[WY][1]}. Your prescriber can also call {f['ph']} for a "
        "peer-to-peer discussion.", dl, "medical_necessity", ["prior_authorization"], [f["pa"]])]))

    # 2. Wyndfell EOB: monthly injection under the medical benefit denied (born digital)
    f = facts(random.Random(225602), WY, "slash")
    dos = f["notice"] - dt.timedelta(days=r.randint(20, 40))
    couns = dict(claim=digits(r, 13), prov="Tamsin Okereke-Lund, LCSW", recv=dos + dt.timedelta(days=6),
                 dos=dos - dt.timedelta(days=7),
                 lines=[("90837", "Psychotherapy, 60 minutes", 180.00, 132.50, 25.00, "")])
    inj = dict(claim=f["claim"], prov=f["program"], recv=dos + dt.timedelta(days=4), dos=dos,
               lines=[("Q9992", "Buprenorphine extended-release injection, over 100 mg", 2150.00, 0.0, 0.0, "RX4"),
                      ("96372", "Injection, subcutaneous", 85.00, 61.20, 0.0, "")])
    items.append(Item(f"{FAMILY}_bd_eob_monthly_injection_medical_benefit_denied", "born_digital", [wy_eob(
        f, [couns, inj], 1,
        [("RX4", "This drug is covered only under your pharmacy benefit and must be ordered from the plan's specialty "
                 "pharmacy for delivery to the clinic. It is not payable under the medical benefit when the clinic buys "
                 "and bills it. The injection visit was paid. The provider may not bill you for the drug (CARC 96).")],
        "not_covered", ["other"], "2150.00")]))

    # 3. Crescent Harbor (Medicaid): prescriber DEA registration not on file (scan 300)
    f = facts(random.Random(225603), CH, "iso")
    fill = f["notice"] - dt.timedelta(days=r.randint(3, 9))
    tcn = digits(r, 17)
    amt = 186.42
    items.append(Item(f"{FAMILY}_scan300_medicaid_prescriber_dea_not_on_file", "scan_clean_300", [ch_notice(
        f, False,
        [("Member", f["name"]), ("Medicaid ID", f["mid"]), ("Date of birth", D(f, f["dob"])),
         ("Pharmacy claim (TCN)", tcn), ("Date filled", D(f, fill)), ("Pharmacy", BP),
         ("Medication", f"{TAB}, #60"), ("Prescriber", f"{f['prescriber']} (NPI {f['npi']})"),
         ("Amount billed", fmt_money(amt))],
        [("What we decided",
          f"We denied the pharmacy claim above. {BP} sent it to us on {D(f, fill)}."),
         ("Why",
          "Buprenorphine is a controlled substance. We can pay for it only when the prescriber has a current DEA "
          "registration that allows Schedule III drugs. The DEA registration we have on file for "
          f"{f['prescriber']} expired before the date the prescription was filled, and no new registration has "
          "been sent to us. Your prescriber can send us the current registration, and the pharmacy can then send "
          "the claim again. This is not a decision about whether you need this medicine.")],
        "other", ["not_covered", "eligibility"], [tcn], amt, [iso(fill)], BP,
        {"provider": [f["prescriber"]]})]))

    # 4. Wyndfell: final appeal upholds a 28 mg denial, external review only (photocopy)
    f = facts(random.Random(225604), WY, "dmy")
    apl = "AP-" + digits(r, 8)
    items.append(Item(f"{FAMILY}_copy_final_appeal_upheld_28mg", "photocopy", [wy_letter(
        f, "Final internal appeal decision", FILM,
        "8 mg film x3 + 4 mg film x1 daily (28 mg)", "Denial upheld",
        [("Our decision on your appeal",
          f"You appealed our denial (original reference {f['pa']}) of 28 mg of buprenorphine a day. A physician "
          "board-certified in addiction medicine "
          "who did not take part in the first decision reviewed your appeal and the records from "
          f"{f['program']}. The records show stable treatment at 24 mg a day with negative drug tests for the past 3 "
          "months, and do not show continued withdrawal or cravings at that dose. A dose above 24 mg a day is not "
          "medically necessary. We are upholding the denial. Your 24 mg a day approval is not affected.")],
        "This is our final internal decision. You may ask for an external review by an independent review "
        "organization within 4 months of the date you receive this letter. Call us for the form.", None,
        "medical_necessity", ["prior_authorization"], [apl, f["pa"]])]))

    # 5. Meridell: taper plan approved (150 dpi)
    f = facts(random.Random(225605), MR, "iso")
    a, b = f["start"], f["start"] + dt.timedelta(days=89)
    items.append(Item(f"{FAMILY}_lowres_pbm_taper_plan_approved", "scan_lowres_150", [mr_letter(
        f, "Coverage approved: buprenorphine taper plan",
        [("Member:", f["name"]), ("Member ID:", f["mid"]), ("Group:", f["grp"]), ("Case number:", f["pa"]),
         ("Prescriber:", f"{f['prescriber']}, NPI {f['npi']}"), ("Clinic:", f["program"]),
         ("Drug:", TAB), ("Approved from:", f"{D(f, a)} to {D(f, b)}")],
        [("Your request is approved",
          "Your prescriber asked to continue 24 mg a day while lowering your dose over 90 days. We approved this taper "
          "plan:"),
         ("Dose schedule",
          f"24 mg a day (3 tablets) through {D(f, a + dt.timedelta(days=29))}; 20 mg a day through "
          f"{D(f, a + dt.timedelta(days=59))}; 16 mg a day (2 tablets) through {D(f, b)}. After that, the plan's "
          "usual limit of 16 mg a day without review applies. Your prescriber may ask for a change at any time."),
         ("Cost", "Your usual copay for a Tier 1 drug applies. This approval does not guarantee payment if your "
                  "coverage ends.")],
        None, [], [iso(a, b)], {"service_dates": [[], [iso(a)]], "provider": [f["program"]]}, False)]))

    # 6. Fax stack: pharmacy cover + pharmacy rejection notice + Meridell film exception denial (fax standard)
    f = facts(random.Random(225606), MR, "slash")
    fill = f["notice"] - dt.timedelta(days=r.randint(5, 9))
    ph_doc = pharmacy_notice(dict(f, ds="slash"), fill, digits(r, 7))
    den = mr_letter(
        f, "Formulary exception request denied",
        [("Member:", f["name"]), ("Member ID:", f["mid"]), ("Group:", f["grp"]), ("Exception case:", f["pa"]),
         ("Drug requested:", FILM + ", 2 films daily"), ("Prescriber:", f"{f['prescriber']} ({f['program']})"),
         ("Pharmacy claim rejected:", f"{D(f, fill)} at {BP}"),
         ("Request received:", D(f, f["notice"] - dt.timedelta(days=1)))],
        [("Why we denied your request",
          "The film form of buprenorphine-naloxone is not on your plan's formulary. Buprenorphine-naloxone "
          "sublingual tablets, the same medicine and strength, are covered on Tier 1 without prior authorization. "
          "An exception is granted when the tablets were tried and did not work or caused a problem, such as "
          "dissolving too slowly or side effects, and this is written in the records. The request said the film "
          "was preferred but did not show a trial of tablets. The film is not covered."),
         ("What you can do",
          "Ask your prescriber to send a new prescription for the tablets, or to send records of a tablet trial "
          "with an appeal.")],
        "not_covered", ["medical_necessity"], [iso(fill)],
        {"provider": [f["program"]], "service_dates": [[]]}, True,
        fax=f"{fmt_date(f['notice'], 'slash')} 16:05  FROM {BP.upper()}  PAGE 3/3")
    items.append(Item(f"{FAMILY}_faxs_stack_pharmacy_cover_notice_and_film_denial", "fax_standard_g4",
                      [ph_doc, den], separators=[pharmacy_cover(f, 3, fill), None]))

    # 7. Crescent Harbor Spanish: 32 mg a day denied (rotated)
    f = facts(random.Random(225607), CH, "es", es=True)
    ref = "CH-" + digits(r, 9)
    items.append(Item(f"{FAMILY}_rot_es_medicaid_dose_over_24mg", "rotated", [ch_notice(
        f, True,
        [("Miembro", f["name"]), ("Número de Medicaid", f["mid"]), ("Fecha de nacimiento", D(f, f["dob"])),
         ("Número de referencia", ref), ("Medicamento", "buprenorfina-naloxona 8 mg-2 mg, tableta sublingual"),
         ("Cantidad pedida", "4 tabletas al día (32 mg), 120 por 30 días"),
         ("Fecha de inicio pedida", D(f, f["start"])), ("Programa de tratamiento", f["program"]),
         ("Médico que receta", f"{f['prescriber']} (NPI {f['npi']})")],
        [("Lo que decidimos",
          "Negamos la cantidad pedida. Aprobamos hasta 3 tabletas al día (24 mg)."),
         ("Por qué",
          "Medicaid cubre hasta 24 mg de buprenorfina al día. Una dosis mayor se cubre solo si los registros "
          "muestran que los síntomas de abstinencia o los deseos de consumir siguen con 24 mg al día. Los registros "
          "que recibimos no lo muestran, por lo que la dosis de 32 mg al día no es médicamente necesaria.")],
        "medical_necessity", ["prior_authorization"], [ref], None, [iso(f["start"])], f["program"],
        {"provider": [f["prescriber"]], "service_dates": [[]]})]))
    return items
