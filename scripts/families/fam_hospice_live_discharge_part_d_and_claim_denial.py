"""Family 'hospice_live_discharge_part_d_and_claim_denial': papers that follow a live discharge from hospice (no
longer terminally ill, moved out of the service area, revocation): Medicare Summary Notices denying hospice claims
for days after the discharge, an MSN paying a later office visit, the hospice's own discharge notice, and Part D
plan letters on drugs the hospice used to supply that now need a new coverage determination.

Everything is invented: Medicare beneficiaries, Medicare numbers, the hospices (Sablewood Hospice & Palliative
Care, Cinderford Valley Hospice), attending physicians (decoys), the Part D sponsor (Quarrymoor Rx Medicare
Prescription Drug Plan) and all numbers. Decoys: attending physician, date of birth, hospice NPI, election date,
the 60-day redetermination vs 120-day MSN limit, the 72-hour expedited limit, Rx numbers, phone numbers.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, Rand, fmt_date, iso, pdf_bytes, truth

FAMILY = "hospice_live_discharge_part_d_and_claim_denial"
LANG = "en"
HOSPICES = ["Sablewood Hospice & Palliative Care", "Cinderford Valley Hospice"]
PARTD = ("Quarrymoor Rx", "Quarrymoor Rx Medicare Prescription Drug Plan (PDP)", "S6214-003",
         "PO Box 44190, Wichita, KS 67201")
DOCTORS = ["Dr. Olumide Harrowgate, MD", "Dr. Svetlana Quintero-Bell, MD", "Dr. Tamsin Achterberg, DO"]
CLINIC = "Larchmont Internal Medicine Associates"
FIRST = ["Philippa", "Anselm", "Rosalind", "Tadeusz", "Ngozi", "Bartholomew", "Itzel", "Hamish"]
LAST = ["Fairweather", "Okonkwo-Lyle", "Dragomir", "Pemberton", "Villaseñor", "Arkwright", "Nakashima", "Thorvald"]
REASON_EN = {
    "improved": "no longer terminally ill (condition improved)",
    "moved": "moved out of the hospice service area",
    "revoked": "revoked the hospice election",
}


def facts(i: int, ds: str, lang: str = "en") -> dict:
    r = Rand(184500 + i)
    first, last, mid = r.choice(FIRST), r.choice(LAST), r.choice("ABCDEFGHJKLMNPRSTW")
    disch = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 120))
    f = dict(name=f"{first} {mid}. {last}", first=first, last=last, addr=list(r.address()),
             mbi=f"{r.randint(1, 9)}{r.choice('ACDEFGHJK')}{r.choice('ACDEFGHJK')}{r.randint(0, 9)}-"
                 f"{r.choice('ACDEFGHJK')}{r.choice('ACDEFGHJK')}{r.randint(0, 9)}-{r.choice('ACDEFGHJK')}"
                 f"{r.choice('ACDEFGHJK')}{r.randint(10, 99)}",
             hospice=HOSPICES[i % 2], doc=r.choice(DOCTORS), npi=r.npi(), ph=r.phone(),
             dob=dt.date(r.randint(1936, 1958), r.randint(1, 12), r.randint(1, 28)), disch=disch,
             election=disch - dt.timedelta(days=r.randint(95, 200)),
             claim=r.digits(2) + r.digits(4) + r.digits(3) + r.digits(5),
             fd=lambda x: fmt_date(x, ds))
    f["svc_from"] = disch + dt.timedelta(days=1)
    f["svc_to"] = disch + dt.timedelta(days=r.randint(6, 14))
    f["notice"] = f["svc_to"] + dt.timedelta(days=r.randint(25, 45))
    f["billed"] = f"{r.randint(9, 30) * 214.37:.2f}"
    f["visit"] = disch + dt.timedelta(days=r.randint(10, 25))
    f["visit_amt"] = f"{r.choice([168, 212, 245, 289])}.00"
    f["rx_case"] = "CD-" + r.digits(9)
    f["rx_date"] = disch + dt.timedelta(days=r.randint(2, 5))
    return f


def money(v: str) -> str:
    return "${:,.2f}".format(float(v))


def msn(f: dict, reason: str, paid: bool = False, lang: str = "en") -> bytes:
    fd = f["fd"]
    es = lang == "es"
    dl = f["notice"] + dt.timedelta(days=120)
    d = Doc("Helvetica", footer=("Página {p} de {n}" if es else "Page {p} of {n}"))
    d.add_page()
    d.add_font("DejaVu", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
    d.base_font = "DejaVu"
    d.set_font("DejaVu", "B", 15)
    d.cell(0, 8, "Aviso de Resumen de Medicare" if es else "Medicare Summary Notice", new_x="LMARGIN", new_y="NEXT")
    d.set_font("DejaVu", "", 9.5)
    d.cell(0, 5, ("para la Parte A (Seguro de Hospital)" if es else "for Part A (Hospital Insurance)") if not paid
           else "for Part B (Medical Insurance)", new_x="LMARGIN", new_y="NEXT")
    d.cell(0, 5, ("El Aviso de Medicare No Es Una Factura" if es else "THIS IS NOT A BILL"), new_x="LMARGIN",
           new_y="NEXT")
    d.rule(0.5, 3)
    rows = ([("Nombre", f["name"]), ("Número de Medicare", f["mbi"]), ("Fecha de este aviso", fd(f["notice"])),
             ("Fecha de nacimiento", fd(f["dob"]))] if es else
            [("Name", f["name"]), ("Medicare Number", f["mbi"]), ("Date of This Notice", fd(f["notice"])),
             ("Date of birth", fd(f["dob"]))])
    for k, v in rows:
        d.set_font("DejaVu", "B", 9.8)
        d.cell(55, 5.2, k + ":")
        d.set_font("DejaVu", "", 9.8)
        d.cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    for ln in f["addr"]:
        d.set_font("DejaVu", "", 9.8)
        d.cell(0, 5, ln, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    if paid:
        prov = CLINIC
        d.set_font("DejaVu", "B", 11)
        d.cell(0, 6, "Your Claims & Costs This Period", new_x="LMARGIN", new_y="NEXT")
        d.para(f"{prov}, 4410 Wendover Road, Suite 120  -  Referred by {f['doc']}", 9.5)
        d.para(f"Claim number {f['claim']}   Date of service: {fd(f['visit'])}", 9.5)
        d.table(["Service", "Approved?", "Charged", "Approved", "Medicare Paid", "You May Be Billed"],
                [["Office visit, est. patient (99214)", "Yes", money(f["visit_amt"]), "$131.42", "$103.04",
                  "$28.38"]], [52, 20, 30, 28, 24, 26], size=8)
        d.para(f"Notes: A. You are no longer in hospice care (hospice discharge {fd(f['disch'])}). This visit was "
               "processed under Original Medicare Part B. Your share is the 20% coinsurance.", 9.3)
        d.para("If you disagree with any claims decisions on this notice, you can file an appeal. Your appeal must "
               f"be received by {fd(dl)}. Call 1-800-MEDICARE (1-800-633-4227) with questions.", 9.3)
        return pdf_bytes(d)
    d.set_font("DejaVu", "B", 11)
    d.cell(0, 6, "Sus reclamaciones y costos en este periodo" if es else "Your Claims & Costs This Period",
           new_x="LMARGIN", new_y="NEXT")
    span = f"{fd(f['svc_from'])} - {fd(f['svc_to'])}"
    days = (f["svc_to"] - f["svc_from"]).days + 1
    if es:
        d.para(f"Centro: {f['hospice']} (NPI {f['npi']})   Fechas de servicio: {span}   "
               f"Número de reclamación: {f['claim']}", 9.5)
        d.table(["Servicio", "¿Aprobado?", "Cargos", "Pagado por Medicare", "Puede ser facturado"],
                [[f"Cuidado de hospicio en el hogar, {days} días (0651)", "No", money(f["billed"]), "$0.00",
                  "$0.00"]], [72, 22, 30, 32, 30], size=8)
        d.para(f"Notas: A. Medicare no cubre estos días de hospicio porque usted fue dado de alta del hospicio el "
               f"{fd(f['disch'])} ({'ya no tiene una enfermedad terminal' if reason == 'improved' else 'se mudó fuera del área de servicio del hospicio'}). "
               "El hospicio no puede cobrarle por estos días. Su médico de cabecera, " + f["doc"] +
               ", puede seguir atendiéndole bajo Medicare Original.", 9.3)
        d.set_font("DejaVu", "B", 11)
        d.cell(0, 6, "Cómo presentar una apelación", new_x="LMARGIN", new_y="NEXT")
        d.para("Si no está de acuerdo con una decisión de este aviso, puede presentar una apelación. Debemos "
               f"recibir su apelación antes del {fd(dl)}. Llame al 1-800-MEDICARE (1-800-633-4227).", 9.3)
        return pdf_bytes(d)
    d.table(["Facility / Service", "Days Used", "Non-Covered", "Charged", "Medicare Paid", "You May Be Billed"],
            [[f"{f['hospice']}", "0", money(f["billed"]), money(f["billed"]), "$0.00", "$0.00"],
             [f"Routine home care, {days} days (0651)", "", "", "", "", ""]], [58, 16, 26, 26, 24, 30], size=7.8)
    d.para(f"Claim number: {f['claim']}   Dates of service: {span}   Facility NPI {f['npi']}   "
           f"Hospice election: {fd(f['election'])}", 9)
    why = {"improved": "your hospice discharged you because you are no longer terminally ill",
           "moved": "you moved out of the hospice's service area and were discharged",
           "revoked": "you revoked your hospice election"}[reason]
    d.para(f"Notes: A. Medicare does not pay for hospice care after the date you left hospice ({fd(f['disch'])}): "
           f"{why}. The hospice may not bill you for these days. B. Your attending physician, {f['doc']}, may "
           "still bill Medicare Part B for your care.", 9.3)
    d.set_font("DejaVu", "B", 11)
    d.cell(0, 6, "How to Handle Denied Claims or File an Appeal", new_x="LMARGIN", new_y="NEXT")
    d.para("If you disagree with a coverage decision on this notice, you can file a redetermination request. "
           f"Your appeal must be received by {fd(dl)}. Circle the items you disagree with and send this notice to "
           "the Medicare Administrative Contractor at the address on the last page. Call 1-800-MEDICARE "
           "(1-800-633-4227), TTY 1-877-486-2048.", 9.3)
    return pdf_bytes(d)


def partd(f: dict, kind: str) -> bytes:
    fd = f["fd"]
    ins, prod, contract, addr = PARTD
    d = Doc("Times", footer=f"{contract}_CDDEN26  Form CMS-10146  OMB 0938-0976  Page {{p}} of {{n}}")
    d.add_page()
    d.text_line(prod, 13, "B", h=7)
    d.text_line(f"Contract-PBP: {contract}  -  {addr}  -  Member Services {f['ph']} (TTY 711)", 8.5, h=4.5)
    d.rule(0.5, 4)
    d.text_line("Notice of Denial of Medicare Prescription Drug Coverage", 13, "B", align="C", h=8)
    d.text_line("Date: " + fd(f["notice"]), 10.5, h=5)
    for k, v in [("Enrollee's name", f["name"]), ("Member ID", f["mbi"]), ("Case number", f["rx_case"]),
                 ("Drug", "Morphine sulfate ER 30 mg tablets, #60" if kind == "pa" else
                  "Lorazepam 0.5 mg tablets, #90"),
                 ("Requested by", f["hospice"] + " (discharge pharmacy request)"),
                 ("Date first filled after discharge", fd(f["rx_date"]))]:
        d.font(10.3, "B")
        d.cell(62, 5.2, k + ":")
        d.font(10.3)
        d.cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.para(f"Dear {f['first']} {f['last']}:", 10.5)
    if kind == "pa":
        d.para(f"Our records show you were discharged alive from hospice on {fd(f['disch'])}. While you were in "
               "hospice, the hospice paid for drugs for your terminal illness and related conditions. Now that you "
               "are no longer in hospice, this drug is covered under your Part D plan only with prior authorization. "
               "We denied the request because we did not receive the prior authorization form or the clinical "
               "information we asked for from your prescriber. Your pharmacy gave you a one-time transition supply.",
               10.3)
    else:
        d.para(f"The pharmacy claim for this drug on {fd(f['rx_date'])} was denied because our records still show "
               f"an active hospice election with {f['hospice']} (elected {fd(f['election'])}). Drugs for the terminal "
               "illness are paid by the hospice, not Part D, while the election is active. We have not received "
               "the hospice's notice that you revoked the election. When Medicare's records are updated, ask your "
               "pharmacy to resubmit the claim.", 10.3)
    d.text_line("You have the right to ask us to redetermine (review) our decision", 11.5, "B", h=6)
    d.para("You must ask for a redetermination within 65 days from the date of this notice. You can call or write "
           f"{ins} Appeals, {addr}. If your health could be seriously harmed, ask for an expedited (fast) "
           "redetermination; we will decide within 72 hours.", 10)
    d.para(f"cc: {f['doc']} (prescriber of record)", 9)
    return pdf_bytes(d)


def hospice_notice(f: dict, reason: str) -> bytes:
    fd = f["fd"]
    d = Doc("Courier")
    d.add_page()
    d.text_line(f["hospice"].upper(), 13, "B", h=7)
    d.text_line(f"NPI {f['npi']}   Tel {f['ph']}", 9, h=5)
    d.rule(0.4, 4)
    d.text_line("NOTICE OF HOSPICE DISCHARGE", 12, "B", h=7)
    for k, v in [("DATE", fd(f["disch"] - dt.timedelta(days=2))), ("PATIENT", f["name"]),
                 ("MEDICARE NUMBER", f["mbi"]), ("DOB", fd(f["dob"])), ("ELECTION DATE", fd(f["election"])),
                 ("ATTENDING", f["doc"]), ("DISCHARGE DATE", fd(f["disch"])), ("REASON", REASON_EN[reason])]:
        d.font(9.5, "B")
        d.cell(48, 5.2, k + ":")
        d.font(9.5)
        d.cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    why = {"improved": "Our interdisciplinary team and hospice medical director reviewed your condition and find "
                       "that you no longer have a life expectancy of six months or less.",
           "revoked": "We received your signed statement revoking your Medicare hospice election.",
           "moved": "You told us you are moving out of our service area."}[reason]
    d.para(f"Dear {f['first']} {f['last']}: {why} Medicare hospice "
           f"benefits will end on {fd(f['disch'])}. After that date Original Medicare covers your care, and your "
           "Part D plan covers your drugs; some may need a new coverage determination. You may re-elect hospice "
           "later if your condition changes.", 9.5)
    d.para("If you disagree, you may ask the Beneficiary and Family Centered Care Quality Improvement Organization "
           "(BFCC-QIO) for a fast review by noon of the day before the discharge date.", 9.5)
    return pdf_bytes(d)


def cover(f: dict) -> bytes:
    d = Doc("Helvetica")
    d.add_page()
    d.text_line(f["hospice"], 15, "B", h=8)
    d.ln(6)
    d.text_line("FAX COVER SHEET", 22, "B", h=12)
    for k, v in [("To", f"{f['name']} / family"), ("From", "Bereavement & Discharge Office"),
                 ("Date", fmt_date(f["notice"], "slash")), ("Pages", "3 including cover")]:
        d.font(11.5, "B")
        d.cell(28, 8, k + ":")
        d.font(11.5)
        d.cell(0, 8, v, new_x="LMARGIN", new_y="NEXT")
    d.para("Attached: our discharge notice and the letter your drug plan sent us. Call us with questions.", 11)
    return pdf_bytes(d)


def t_msn(f, reason, lang="en"):
    dl = f["notice"] + dt.timedelta(days=120)
    return truth("eob", "eligibility", lang, insurer="Medicare", member_id=f["mbi"], member_name=f["name"],
                 case_numbers=[f["claim"]], claim_amount=f["billed"], service_dates=[iso(f["svc_from"], f["svc_to"])],
                 denial_date=iso(f["notice"]), provider=f["hospice"], appeal_deadline=iso(dl),
                 denial_alternates=["not_covered"])


def t_paid(f):
    dl = f["notice"] + dt.timedelta(days=120)
    return truth("eob", None, insurer="Medicare", member_id=f["mbi"], member_name=f["name"],
                 case_numbers=[f["claim"]], claim_amount=f["visit_amt"], service_dates=[iso(f["visit"])],
                 denial_date=iso(f["notice"]), provider=CLINIC, appeal_deadline=iso(dl),
                 type_alternates=["other"])


def t_partd(f, kind):
    return truth("denial_letter", "prior_authorization" if kind == "pa" else "other", insurer=PARTD[0],
                 plan_id=PARTD[2], member_id=f["mbi"], member_name=f["name"], case_numbers=[f["rx_case"]],
                 service_dates=[iso(f["rx_date"])], denial_date=iso(f["notice"]), provider=f["hospice"],
                 appeal_deadline=iso(f["notice"] + dt.timedelta(days=65)),
                 alternates={"insurer": [PARTD[1]], "plan_id": [None], "service_dates": [[]],
                             "provider": [f["doc"]]},
                 denial_alternates=(["eligibility", "not_covered"] if kind != "pa" else []))


def t_notice(f):
    return truth("other", None, member_id=f["mbi"], member_name=f["name"], service_dates=[iso(f["disch"])],
                 denial_date=iso(f["disch"] - dt.timedelta(days=2)), provider=f["hospice"], unscored=["insurer"],
                 type_alternates=["denial_letter"], alternates={"service_dates": [[]]})


def documents(rng) -> list[Item]:
    items = []
    f = facts(0, "long")
    items.append(Item(f"{FAMILY}_bd_msn_hospice_days_after_discharge_improved", "born_digital",
                      [(msn(f, "improved"), t_msn(f, "improved"))]))
    f = facts(1, "slash")
    items.append(Item(f"{FAMILY}_bd_partd_denial_prior_auth_after_discharge", "born_digital",
                      [(partd(f, "pa"), t_partd(f, "pa"))]))
    f = facts(2, "abbr")
    items.append(Item(f"{FAMILY}_scan300_hospice_discharge_notice", "scan_clean_300",
                      [(hospice_notice(f, "improved"), t_notice(f))]))
    f = facts(3, "slash")
    items.append(Item(f"{FAMILY}_lowres_msn_part_b_visit_paid_after_discharge", "scan_lowres_150",
                      [(msn(f, "improved", paid=True), t_paid(f))]))
    f = facts(4, "iso")
    items.append(Item(f"{FAMILY}_photocopy_msn_moved_out_of_area", "photocopy",
                      [(msn(f, "moved"), t_msn(f, "moved"))]))
    f = facts(5, "dmy")
    items.append(Item(f"{FAMILY}_faxstd_stack_cover_discharge_notice_and_partd_revocation", "fax_standard_g4",
                      [(hospice_notice(f, "revoked"), t_notice(f)), (partd(f, "rev"), t_partd(f, "rev"))],
                      separators=[cover(f), None]))
    f = facts(6, "es")
    items.append(Item(f"{FAMILY}_rotated_msn_spanish_hospice_days_denied", "rotated",
                      [(msn(f, "moved", lang="es"), t_msn(f, "moved", lang="es"))]))
    return items
