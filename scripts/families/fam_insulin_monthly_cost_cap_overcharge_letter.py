"""Family 'insulin_monthly_cost_cap_overcharge_letter': Medicare Part D and state-regulated plan letters, a
pharmacy receipt and plan responses on the $35-a-month insulin cost-sharing cap.

Part D plans may charge no more than $35 for a month's supply of each covered insulin (a 60-day fill two caps, a
90-day fill three); several states set the same cap for state-regulated group plans. Documents: a Part D plan's
grievance response refunding what the pharmacy charged over the cap (English, and a Spanish letter), a
state-regulated plan's answer that a 90-day fill at $105 was three caps and correct, the pharmacy receipt that shows
the charge over the cap, a Part D coverage determination denying a non-formulary insulin (headings as on the
"Notice of Denial of Medicare Prescription Drug Coverage"), the state plan's denial of a member reimbursement claim
for a non-formulary insulin (faxed), and the Part D redetermination upholding the formulary denial. Decoys: the
prescriber (endocrinologist or family doctor) and NPIs, Rx numbers, NDCs, BIN/PCN, dates of birth, the date a
grievance or request was received, the cap, the refund and the plan-paid amounts. Everything is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth

FAMILY = "insulin_monthly_cost_cap_overcharge_letter"
LANG = "en"

FIRST = ["Hollis", "Anneliese", "Tavita", "Gunnar", "Folasade", "Radomir", "Perpetua", "Eun-ji", "Casimir",
         "Ottoline", "Thandiwe", "Lachlan"]
LAST = ["Wedgebury", "Fonoti", "Hjelmstad", "Adeyemo-Clarke", "Brankovic", "Ostergaard", "Pennycuick",
        "Szczerba", "Tremayne", "Umeadi"]
FIRST_ES = ["Eufemia", "Baltasar", "Rosaura", "Evaristo", "Nayeli"]
LAST_ES = ["Arizmendi", "Quiñones", "Sotomarino", "Echeverri", "Baez-Lugo"]
DOC_FIRST = ["Wilhelmina", "Darnell", "Ayaka", "Stellan", "Ifeoma", "Benedikt"]
DOC_LAST = ["Roskilde", "Mbatha", "Fairweather", "Kuznetsova", "Ellingboe", "Achebe-Lowe"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]

AL, TA = "Alderwick Health", "Tamsworth Health Cooperative"
AL_PLAN, AL_CONTRACT = "Alderwick Medicare Rx Saver (PDP)", "S7312-004"
ADDR = {AL: ("PO Box 61180", "Granbury Falls, WI 53907"), TA: ("450 Commonwealth Quay", "Hadley Point, ME 04330")}
PHARM = {"Quillfeather Pharmacy #0412": ("1218 Mercer Street", "Granbury Falls, WI 53911"),
         "Ravenmoor Drug Co.": ("66 Tollgate Road", "Hadley Point, ME 04332"),
         "Farmacia La Ceiba": ("2041 Avenida Marisela", "Granbury Falls, WI 53913")}
INSULINS = ["insulin glargine-yfgn 100 units/mL pen, 5 x 3 mL", "insulin lispro 100 units/mL pen, 5 x 3 mL",
            "insulin aspart 100 units/mL vial, 10 mL", "insulin isophane (NPH) 100 units/mL vial, 10 mL"]
NONFORM = "insulin degludec 200 units/mL pen, 3 x 3 mL"


def fdate(d: dt.date, style: str) -> str:
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%-d %b %Y"), "abbr": d.strftime("%b %-d, %Y"), "short": d.strftime("%m/%d/%y"),
            "upper": d.strftime("%b %d, %Y").upper(), "es": f"{d.day} de {MESES[d.month - 1]} de {d.year}"}[style]


def usd(v: float) -> str:
    return f"${v:,.2f}"


def D(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def mixed(r: random.Random, pat: str) -> str:
    return "".join(r.choice("ACDEFHJKMNPRTWXY") if c == "A" else str(r.randint(0, 9)) if c == "9" else c
                   for c in pat)


def facts(r: random.Random, ins: str, pharm: str, ds: str, lang: str = "en") -> dict:
    fn, ln = (r.choice(FIRST_ES), r.choice(LAST_ES)) if lang == "es" else (r.choice(FIRST), r.choice(LAST))
    mi = r.choice("BCDFGHJKLMNPRSTW")
    notice = dt.date(2026, 2, 16) + dt.timedelta(days=r.randint(0, 210))
    fill = D(notice, -r.randint(18, 40))
    cost = round(r.randint(260, 520) + r.randint(0, 99) / 100, 2)
    return dict(ins=ins, pharm=pharm, ds=ds, lang=lang, member=f"{fn} {mi}. {ln}", first=fn, last=ln,
                notice=notice, fill=fill, received=D(fill, r.randint(3, 9)), cost=cost,
                insulin=r.choice(INSULINS), dob=dt.date(r.randint(1940, 1960) if ins == AL else r.randint(1962, 1999),
                                                       r.randint(1, 12), r.randint(1, 28)),
                presc=f"{r.choice(DOC_FIRST)} {r.choice('ABCDEGHJKLMPRT')}. {r.choice(DOC_LAST)}",
                presc_npi=r.choice("12") + "".join(r.choice("0123456789") for _ in range(9)),
                ph_npi=r.choice("12") + "".join(r.choice("0123456789") for _ in range(9)),
                mid=(mixed(r, "AW9999999999") if ins == AL else mixed(r, "THC-999999-99")),
                grp=(None if ins == AL else mixed(r, "G99999")), rx=mixed(r, "99999999"),
                case=(mixed(r, "GRV-2026-999999") if ins == AL else mixed(r, "TC999999999")),
                ph=f"1-555-{r.randint(201, 989)}-{r.randint(1000, 9999)}",
                fax=f"(555) {r.randint(201, 989)}-{r.randint(1000, 9999)}")


def head(d: Doc, f: dict) -> None:
    a = ADDR[f["ins"]]
    if f["ins"] == AL:
        d.text_line("ALDERWICK", 20, "B")
        d.text_line(f"HEALTH  ·  {AL_PLAN}", 9)
        d.rule(0.6, 1.5)
        d.text_line(f"{a[0]}  ·  {a[1]}  ·  {f['ph']}  ·  TTY 711", 8.5)
    else:
        d.text_line(TA, 15, "B", align="R")
        d.text_line("A nonprofit health plan regulated by the Bureau of Insurance", 8, align="R")
        d.text_line(f"{a[0]}, {a[1]}  |  {f['ph']}", 8.5, align="R")
    d.ln(6)


def addressee(d: Doc, f: dict) -> None:
    a = ADDR[f["ins"]][1]
    for ln in (f["member"], f"{17 + 23 * len(f['first'])} Larchmont Terrace", a):
        d.text_line(ln, 10.5)
    d.ln(4)


def kv(d: Doc, rows: list[tuple[str, str]], w: float = 50, size: float = 10) -> None:
    for k, v in rows:
        d.font(size, "B")
        d.cell(w, size * 0.52, k)
        d.font(size)
        d.cell(0, size * 0.52, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def partd_refund(f: dict) -> tuple[bytes, dict]:
    ds = f["ds"]
    charged = round(35 + random.Random(f["rx"]).randint(28, 95) + 0.4, 2)
    refund = round(charged - 35, 2)
    d = Doc("Helvetica")
    d.add_page()
    head(d, f)
    d.text_line(fdate(f["notice"], ds), 10.5)
    d.ln(2)
    addressee(d, f)
    d.text_line("We are refunding what you paid over the $35 insulin limit", 12.5, "B")
    d.ln(2)
    kv(d, [("Member", f["member"]), ("Member ID", f["mid"]), ("Plan", AL_PLAN), ("Contract number", AL_CONTRACT),
           ("Grievance number", f["case"]), ("Grievance received", fdate(f["received"], ds))])
    d.para(f"Dear {f['first']} {f['last']}: Thank you for telling us about your insulin charge. On "
           f"{fdate(f['fill'], ds)} you filled a one-month (30-day) supply of {f['insulin']} at {f['pharm']} "
           f"(prescribed by Dr. {f['presc']}). The pharmacy charged you {usd(charged)}.")
    d.para("Under Medicare rules, you pay no more than $35 for a one-month supply of each covered insulin, even "
           "before you meet your deductible. Our review found that the claim was processed with the deductible "
           "applied in error. We reprocessed the claim and your share is now $35.00.")
    d.table(["Fill date", "Total drug cost", "You were charged", "Monthly cap", "Refund to you"],
            [[fdate(f["fill"], "short"), usd(f["cost"]), usd(charged), "$35.00", usd(refund)]],
            [30, 36, 38, 30, 36], size=9.5, aligns="LRRRR")
    d.para(f"You will receive a check for {usd(refund)} within 30 days. If the pharmacy refunds you instead, we "
           "will let you know. Your grievance is resolved. If you are not satisfied with this response, call "
           f"Member Services at {f['ph']} (TTY 711).")
    d.para("Grievance and Appeals Department", 10)
    t = truth("other", None, insurer=AL, plan_id=AL_CONTRACT, member_id=f["mid"], member_name=f["member"],
              case_numbers=[f["case"]], claim_amount=f"{f['cost']:.2f}", service_dates=[f["fill"].isoformat()],
              denial_date=f["notice"].isoformat(), provider=f["pharm"],
              alternates={"claim_amount": [f"{charged:.2f}"]})
    return pdf_bytes(d), t


def state_90day(f: dict) -> tuple[bytes, dict]:
    ds = f["ds"]
    cost = round(f["cost"] * 3, 2)
    d = Doc("Times")
    d.add_page()
    head(d, f)
    d.text_line(f"Date: {fdate(f['notice'], ds)}", 11)
    d.ln(2)
    addressee(d, f)
    d.text_line("Response to your complaint about an insulin charge", 12.5, "B")
    d.ln(2)
    kv(d, [("Member:", f["member"]), ("ID number:", f["mid"]), ("Group:", f["grp"]),
           ("Complaint no.:", f["case"]), ("Date of birth:", fdate(f["dob"], ds))], 36, 11)
    d.para(f"Dear {f['first']} {f['last']},", 11)
    d.para(f"You told us that {f['pharm']} charged you $105.00 for {f['insulin']} on {fdate(f['fill'], ds)} and "
           "that your plan limits insulin costs to $35 a month. We reviewed the pharmacy claim.", 11)
    d.para("What we found: the prescription was filled as a 90-day supply (three months). State law and your "
           "plan limit your cost to $35 for each 30-day supply of a covered insulin, so the most you can be charged "
           "for a 90-day supply is 3 x $35.00 = $105.00. The pharmacy charged the correct amount and no refund is "
           f"due. The total cost of the fill was {usd(cost)}; the plan paid the rest.", 11)
    d.para(f"If you would rather pay $35 each month, ask Dr. {f['presc']} for a 30-day prescription. If you "
           f"disagree with this response, call us at {f['ph']}. You may also contact the state Bureau of "
           "Insurance consumer line.", 11)
    d.para("Member Complaints Unit", 11)
    t = truth("other", None, insurer=TA, group_number=f["grp"], member_id=f["mid"], member_name=f["member"],
              case_numbers=[f["case"]], claim_amount=f"{cost:.2f}", service_dates=[f["fill"].isoformat()],
              denial_date=f["notice"].isoformat(), provider=f["pharm"], type_alternates=["denial_letter"],
              denial_alternates=["other"], alternates={"claim_amount": ["105.00"]})
    return pdf_bytes(d), t


def cms10146(f: dict) -> tuple[bytes, dict]:
    ds = f["ds"]
    f = dict(f, case=f["case"].replace("GRV-", "CD-"))
    d = Doc("Helvetica", footer="Form CMS-10146 (Exp. 01/31/2028)   OMB Approval 0938-0976")
    d.add_page()
    head(d, f)
    d.text_line("Notice of Denial of Medicare Prescription Drug Coverage", 13.5, "B", align="C")
    d.ln(3)
    kv(d, [("Date:", fdate(f["notice"], ds)), ("Enrollee's name:", f["member"]), ("Member number:", f["mid"]),
           ("Contract/plan:", AL_CONTRACT), ("Request number:", f["case"]), ("Request received:",
                                                                            fdate(f["received"], ds))], 44)
    d.para(f"We denied your request for coverage of (payment for) the prescription drug(s) listed below. Drug: "
           f"{NONFORM}. Pharmacy where the claim was submitted: {f['pharm']}, {fdate(f['fill'], ds)} "
           f"(claim rejected at the counter). Prescriber: Dr. {f['presc']}, NPI {f['presc_npi']}.", 10)
    d.text_line("This request was denied because:", 11, "B")
    d.para(f"The drug you asked for is not on our plan's list of covered drugs (formulary), and you did not ask "
           "for a formulary exception with a supporting statement from your prescriber. The $35 monthly limit on "
           "insulin cost sharing applies only to insulins your plan covers. Our formulary covers "
           f"{f['insulin'].split(' 100')[0]} and insulin glargine-yfgn at $35 for a one-month supply. You or "
           "your prescriber may ask for an exception.", 10)
    d.text_line("You have the right to request a redetermination (appeal) of our decision", 11, "B")
    d.para("You have the right to ask us for a redetermination (appeal) of our decision. You must ask for a "
           "redetermination within 65 days from the date of this notice. You may ask for a standard or an expedited "
           "(72-hour) appeal. To ask, call or write to us:", 10)
    d.para(f"{AL} - Part D Appeals, {ADDR[AL][0]}, {ADDR[AL][1]}. Phone {f['ph']}, TTY 711. Fax {f['fax']}.", 10)
    d.para("If you need help, call 1-800-MEDICARE (1-800-633-4227) or your State Health Insurance Assistance "
           "Program.", 9)
    t = truth("denial_letter", "not_covered", insurer=AL, plan_id=AL_CONTRACT, member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["case"]], service_dates=[f["fill"].isoformat()],
              denial_date=f["notice"].isoformat(), provider=f["pharm"],
              appeal_deadline=D(f["notice"], 65).isoformat(),
              alternates={"service_dates": [[]]}, denial_alternates=["prior_authorization"])
    return pdf_bytes(d), t


def receipt(f: dict) -> tuple[bytes, dict]:
    """Pharmacy receipt showing a one-month insulin charge above the cap (state plan; deductible applied)."""
    r = random.Random(f["rx"])
    copay = round(35 + r.randint(40, 140) + 0.37, 2)
    paid = round(f["cost"] - copay, 2)
    a = PHARM[f["pharm"]]
    d = Doc("Courier", margins=(50, 14, 50))
    d.add_page()
    d.text_line(f["pharm"].upper(), 12, "B", align="C")
    d.text_line(a[0], 9, align="C")
    d.text_line(a[1], 9, align="C")
    d.text_line(f"NPI {f['ph_npi']}", 9, align="C")
    d.ln(3)
    d.text_line(f"DATE {fdate(f['fill'], 'short')}  14:27  REG 2", 9)
    d.text_line(f"PATIENT: {f['member'].upper()}", 9)
    d.text_line(f"DOB: {fdate(f['dob'], 'short')}", 9)
    d.text_line(f"RX# {f['rx']}  QTY 15 ML  DS 30", 9)
    d.text_line(f["insulin"].upper()[:42], 9)
    d.text_line(f"PRESCRIBER: DR {f['presc'].upper()}", 9)
    d.ln(2)
    d.text_line(f"PLAN: {TA.upper()}", 9)
    d.text_line(f"MEMBER ID: {f['mid']}", 9)
    d.text_line(f"GROUP: {f['grp']}", 9)
    d.text_line("BIN 610829  PCN TAMRX", 9)
    d.ln(2)
    for k, v in (("RETAIL PRICE", usd(f["cost"])), ("INSURANCE PAID", usd(paid)), ("DEDUCTIBLE APPLIED",
                                                                                 usd(copay)),
                 ("YOUR COPAY", usd(copay)), ("TOTAL DUE", usd(copay)), ("VISA ****4471", usd(copay))):
        d.font(9)
        d.cell(70, 4.8, k)
        d.cell(0, 4.8, v, align="R", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para("YOU SAVED WITH INSURANCE. QUESTIONS ABOUT YOUR COPAY? CALL THE NUMBER ON YOUR PLAN ID CARD.", 8)
    d.text_line("THANK YOU - PLEASE KEEP FOR TAX RECORDS", 8, align="C")
    t = truth("other", None, insurer=None, group_number=f["grp"], member_id=f["mid"], member_name=f["member"],
              claim_amount=f"{f['cost']:.2f}", service_dates=[f["fill"].isoformat()],
              denial_date=f["fill"].isoformat(), provider=f["pharm"], unscored=["insurer"],
              alternates={"claim_amount": [f"{copay:.2f}"]})
    return pdf_bytes(d), t


def spanish_refund(f: dict) -> tuple[bytes, dict]:
    charged = round(35 * 2 + 18.6, 2)
    refund = round(charged - 35, 2)
    d = Doc("Helvetica")
    d.add_page()
    head(d, f)
    d.text_line(fdate(f["notice"], "es"), 10.5)
    d.ln(2)
    addressee(d, f)
    d.text_line("Reembolso: le cobraron más del límite de $35 por su insulina", 12, "")
    d.ln(2)
    kv(d, [("Afiliado:", f["member"]), ("Número de afiliado:", f["mid"]), ("Plan:", AL_PLAN),
           ("Número de contrato:", AL_CONTRACT), ("Número de queja:", f["case"])], 52)
    d.para(f"Estimado(a) {f['first']} {f['last']}: El {fdate(f['fill'], 'es')} usted surtió un suministro de un mes "
           f"de {f['insulin']} en {f['pharm']}, recetada por su médico, el Dr. {f['presc']}. La farmacia le cobró "
           f"{usd(charged)}.")
    d.para("Con Medicare, usted no paga más de $35 por el suministro de un mes de cada insulina cubierta. "
           f"Revisamos la reclamación: el costo total del medicamento fue {usd(f['cost'])} y su parte debió ser "
           f"$35.00. Le devolveremos {usd(refund)} por cheque dentro de 30 días.")
    d.para(f"Su queja está resuelta. Si tiene preguntas, llame a Servicios para Miembros al {f['ph']} (TTY 711), "
           "de 8 a.m. a 8 p.m., los siete días de la semana. Este aviso está disponible en otros formatos.")
    d.para("Departamento de Quejas y Apelaciones", 10)
    t = truth("other", None, "es", insurer=AL, plan_id=AL_CONTRACT, member_id=f["mid"], member_name=f["member"],
              case_numbers=[f["case"]], claim_amount=f"{f['cost']:.2f}", service_dates=[f["fill"].isoformat()],
              denial_date=f["notice"].isoformat(), provider=f["pharm"],
              alternates={"claim_amount": [f"{charged:.2f}"]})
    return pdf_bytes(d), t


def state_reimb_denial(f: dict) -> tuple[bytes, dict]:
    """State plan denies the member's reimbursement claim for a non-formulary insulin paid in cash."""
    ds = f["ds"]
    d = Doc("Helvetica")
    d.add_page()
    d.text_line(f"FAX FROM {TA.upper()}  {f['fax']}   TO: DR {f['presc'].upper()}   PAGE 1 OF 1", 8)
    d.ln(2)
    head(d, f)
    d.text_line(fdate(f["notice"], ds), 10.5)
    d.ln(2)
    addressee(d, f)
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION - PHARMACY REIMBURSEMENT", 11.5, "B")
    d.ln(2)
    kv(d, [("Member", f["member"]), ("Member ID", f["mid"]), ("Group number", f["grp"]),
           ("Claim number", f["case"]), ("Pharmacy", f"{f['pharm']} (NPI {f['ph_npi']})"),
           ("Drug", NONFORM), ("Date filled", fdate(f["fill"], ds)), ("Amount you paid", usd(f["cost"])),
           ("Claim received", fdate(f["received"], ds))], 42, 9.8)
    d.para(f"We received your request to be paid back for the insulin you bought at {f['pharm']} on "
           f"{fdate(f['fill'], ds)}. We cannot pay "
           "this claim. The insulin you bought is not on your plan's drug list (formulary). The state law that "
           "limits your share to $35 a month applies only to insulins covered by your plan, so the $35 limit does "
           "not apply to this purchase. No formulary exception was on file for this drug.", 10)
    d.para(f"Covered insulins such as {f['insulin'].split(',')[0]} cost you no more than $35 for a 30-day "
           f"supply. Dr. {f['presc']} (NPI {f['presc_npi']}) may ask for a formulary exception if a covered insulin "
           "is not right for you; a copy of this notice was faxed to the prescriber.", 10)
    d.text_line("Your right to appeal", 11, "B")
    d.para("You may appeal this decision within 180 days after you receive this letter. If we uphold our decision, "
           "you may ask the Bureau of Insurance for an independent external review within 4 months.", 10)
    t = truth("denial_letter", "not_covered", insurer=TA, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["case"]], claim_amount=f"{f['cost']:.2f}",
              service_dates=[f["fill"].isoformat()], denial_date=f["notice"].isoformat(), provider=f["pharm"],
              appeal_deadline=None, alternates={"appeal_deadline": [D(f["notice"], 180).isoformat()]})
    return pdf_bytes(d), t


def redetermination_upheld(f: dict) -> tuple[bytes, dict]:
    ds = f["ds"]
    orig = mixed(random.Random(f["rx"]), "CD-2026-999999")
    d = Doc("Times", footer="Y0042_RDU26_C  ·  page {p}")
    d.add_page()
    head(d, f)
    d.text_line(fdate(f["notice"], ds), 11)
    d.ln(2)
    addressee(d, f)
    d.text_line("Redetermination Notice: Denial Upheld", 13, "B", align="C")
    d.ln(2)
    kv(d, [("Enrollee:", f["member"]), ("Member ID:", f["mid"]), ("Contract:", AL_CONTRACT),
           ("Appeal number:", f["case"]), ("Earlier decision:", f"{orig} (coverage determination)"),
           ("Appeal received:", fdate(f["received"], ds))], 44, 10.5)
    d.para(f"Dear {f['first']} {f['last']}: You asked us to reconsider our decision not to cover {NONFORM}, "
           f"which {f['pharm']} could not fill for you on {fdate(f['fill'], ds)}. A pharmacist and a physician "
           "who were not part of the first decision reviewed your appeal, with the statement from your "
           f"prescriber, Dr. {f['presc']}.", 11)
    d.para("Our decision: we are upholding our denial. The drug is not on the plan's formulary. Your prescriber's "
           "statement says you prefer the smaller injection volume but does not show that the covered insulins "
           "(insulin glargine-yfgn and insulin isophane) did not work or caused harm, which the formulary exception "
           "rules require. Because the drug is not covered, the $35 monthly insulin cap does not apply to it.", 11)
    d.text_line("If you disagree", 11.5, "B")
    d.para("You may ask for a review by the Independent Review Entity (IRE). Your request must be made in writing "
           "within 65 days from the date of this notice. Send it to the IRE at the address on the enclosed form. "
           f"Call {f['ph']} (TTY 711) for help.", 11)
    t = truth("denial_letter", "not_covered", insurer=AL, plan_id=AL_CONTRACT, member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["case"], orig], service_dates=[f["fill"].isoformat()],
              denial_date=f["notice"].isoformat(), provider=f["pharm"],
              appeal_deadline=D(f["notice"], 65).isoformat(),
              alternates={"appeal_deadline": [None], "case_numbers": [[f["case"]]]},
              denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


# (suffix, condition, builder, insurer, pharmacy, date style, lang)
PLAN = [
    ("bd_partd_refund_charged_over_cap", "born_digital", partd_refund, AL, "Quillfeather Pharmacy #0412", "long", "en"),
    ("bd_state_plan_90_day_fill_three_caps", "born_digital", state_90day, TA, "Ravenmoor Drug Co.", "slash", "en"),
    ("scan300_partd_nonformulary_insulin_denied", "scan_clean_300", cms10146, AL, "Quillfeather Pharmacy #0412",
     "abbr", "en"),
    ("lowres_pharmacy_receipt_deductible_over_cap", "scan_lowres_150", receipt, TA, "Ravenmoor Drug Co.", "short",
     "en"),
    ("copy_spanish_partd_refund", "photocopy", spanish_refund, AL, "Farmacia La Ceiba", "es", "es"),
    ("faxstd_state_plan_nonformulary_reimbursement_denied", "fax_standard_g4", state_reimb_denial, TA,
     "Ravenmoor Drug Co.", "iso", "en"),
    ("rotated_partd_redetermination_upheld", "rotated", redetermination_upheld, AL, "Quillfeather Pharmacy #0412",
     "dmy", "en"),
]


def documents(rng) -> list[Item]:
    out = []
    for i, (suffix, cond, build, ins, pharm, ds, lang) in enumerate(PLAN):
        f = facts(random.Random(212600 + i), ins, pharm, ds, lang)
        pdf, t = build(f)
        out.append(Item(f"{FAMILY}_{suffix}", cond, [(pdf, t)]))
    return out
