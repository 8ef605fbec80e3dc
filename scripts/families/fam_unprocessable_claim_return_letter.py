"""Family 'unprocessable_claim_return_letter': a payer's notice that a professional claim was returned / rejected as
unprocessable because information was missing or invalid (rendering NPI blank, diagnosis code not valid to the
highest specificity, accident date missing with an injury code, referring provider NPI missing on imaging, invalid
place of service), with a copy of the claim's key fields laid out on the CMS-1500 (02/12) claim form's box numbers
(1a insured's ID, 2 patient, 11 group, 17/17b referring, 21 diagnosis, 24A-24J service lines, 26 account, 28 total,
33/33a billing provider) and what to resubmit. The provider-facing wording follows the Medicare remark code MA130
("incomplete and/or invalid information ... no appeal rights ... submit a new claim") and the 277CA claim
acknowledgement categories (A7 rejected for invalid information, A6 rejected for missing information; status 562
NPI, 21 missing or invalid information) - real public code sets, values invented.
Letters to the member, a provider letter with a member-copy banner, a provider letter copied to the member, a faxed
acknowledgement report with one accepted and one rejected claim, a Spanish member notice, and one letter that is
plainly a denial: the plan asked for the corrected claim, nothing came, the claim is denied.

Issuers (fictional): Triglav Mutual Health Insurance Company (logo word "TRIGLAV" over a rule), Savinja Health Plan,
Inc. (parent line "A Kamnik Benefit Holdings company" above the centred name), Soca Valley Health Cooperative
(return-address block). Values invented.
Truth: a returned / rejected claim is not a decision on coverage (no appeal rights; "this is not a denial"):
document_type other, denial null, with denial_letter / other accepted. The denial after the unanswered request is a
denial_letter, denial type other (information not received). Fields are the returned claim's: its claim / control
number (patient account no., NPIs, tax ID, batch and trace numbers are decoys), total charge, dates of service;
provider = the billing provider (the treating clinician accepted where printed); appeal deadline null on returns (the resubmission
window is not an appeal), 180 days of the letter on the denial.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundaf_famfb import (Page, address, clinician, days, digits, fdate, iso, letterhead, m2, mail_to, mixed,
                               money, npi, pairs, person, phone, signature, usd)

FAMILY = "unprocessable_claim_return_letter"
LANG = "en"
ISSUERS = {
    "triglav": dict(name="Triglav Mutual Health Insurance Company", style="logo", logo="TRIGLAV",
                    line2="Claims Intake | PO Box 4471, Cheyenne, WY 82003"),
    "savinja": dict(name="Savinja Health Plan, Inc.", style="parent", parent="A Kamnik Benefit Holdings company",
                    line2="Claims Processing Center | PO Box 2290, Topeka, KS 66601"),
    "soca": dict(name="Soca Valley Health Cooperative", style="block",
                 line2="Member Claims Services | PO Box 815 | Grand Junction, CO 81502"),
}
LABELS = {
    1: dict(pat="Patient", mid="Member ID", grp="Group number", plan="Plan ID", clm="Claim number",
            rec="Date received", prov="Billing provider", dos="Date(s) of service", tot="Total charges",
            acct="Patient account number", notice="Notice date"),
    2: dict(pat="Patient name", mid="Subscriber ID", grp="Group #", plan="Plan", clm="Document control number (DCN)",
            rec="Received on", prov="Provider", dos="Service dates", tot="Amount billed", acct="Provider account #",
            notice="Date"),
    3: dict(pat="Member", mid="ID #", grp="Employer group", plan="Plan ID", clm="Claim ref.", rec="Claim received",
            prov="Submitted by", dos="Dates of service", tot="Billed", acct="Account no.", notice="Date of notice"),
    "es": dict(pat="Paciente", mid="Número de miembro", grp="Número de grupo", plan="Plan", clm="Número de reclamación",
               rec="Fecha de recibo", prov="Proveedor que facturó", dos="Fecha(s) de servicio", tot="Cargos totales",
               acct="Número de cuenta del paciente", notice="Fecha del aviso"),
}
# scenario -> (audience, lines [(day offset, POS, code, description)], dx, reason key)
SCEN = {
    "npi_member": ("member", [(0, "11", "99214", "Office visit, established patient"), (0, "11", "93000",
                                                                                         "Electrocardiogram, complete")],
                   "I10, R00.2", "npi"),
    "dx_copy": ("provider_copy", [(0, "11", "99203", "Office visit, new patient"),
                                  (0, "11", "76700", "Ultrasound, abdomen, complete"),
                                  (9, "11", "99213", "Office visit, established patient")], "R10", "dx"),
    "accident": ("member", [(0, "11", "29540", "Strapping, ankle and/or foot")], "S93.401A", "accident"),
    "es_ref": ("member_es", [(0, "22", "72148", "MRI columna lumbar sin contraste")], "M54.16", "ref"),
    "pos": ("provider_cc", [(0, "99", "97110", "Therapeutic exercise, each 15 minutes"),
                            (0, "99", "97140", "Manual therapy techniques, each 15 minutes")], "M25.561", "pos"),
    "denied": ("member_denial", [(0, "11", "20610", "Arthrocentesis, major joint"),
                                 (0, "11", "J3301", "Triamcinolone acetonide, per 10 mg")], "M17.1", "dx"),
    "ack": ("report", [(0, "11", "99215", "Office visit, established patient"),
                       (0, "11", "36415", "Routine venipuncture")], "E11.65", "npi"),
}
REASONS = {
    "npi": ("A7:562", "The rendering provider's National Provider Identifier (NPI) in item 24J is missing or invalid.",
            "the claim did not show the National Provider Identifier (NPI) of the clinician who treated you"),
    "dx": ("A7:21", "The diagnosis code in item 21 is not valid: it is not coded to the highest level of specificity "
           "(a 4th or further character is required).",
           "the diagnosis code on the claim was incomplete"),
    "accident": ("A6:21", "The diagnosis is an injury, but the date of the accident (item 14 / item 10b-10c) is "
                 "missing.", "the claim did not say when and how the injury happened"),
    "ref": ("A7:562", "Falta el NPI del médico que refirió (casillas 17 y 17b) en una reclamación de imágenes.",
            "la reclamación no tenía el número NPI del médico que ordenó el estudio"),
    "pos": ("A7:21", "Place of service code 99 (other place of service) is not valid with the procedure codes billed.",
            "the place-of-service code on the claim was not valid"),
}
PROVIDERS = ["Bohinj Family Medicine", "Kozjak Orthopedic Associates", "Velenje Imaging Center",
             "Ptuj Physical Therapy, LLC", "Rogaska Internal Medicine Group"]


def claim_copy(d: Page, f: dict, L: dict, boxes: bool, es: bool) -> None:
    fd = lambda x: fdate(x, f["ds"])  # noqa: E731
    d.text_line("Copia de los datos principales de la reclamación" if es else
                ("Copy of the claim as received (CMS-1500 items)" if boxes else "Key information from your claim"),
                10.5, "B", h=6)
    if boxes:
        rows = [("1a  Insured's ID number", f["mid"]), ("2  Patient's name", f["member"].upper()),
                ("11  Insured's group number", f["group"]),
                ("17/17b  Referring provider / NPI", f["ref_print"]) if f["ref_print"] else (None, None),
                ("21  Diagnosis (ICD-10)", f["dx"]), ("26  Patient's account no.", f["acct"]),
                ("28  Total charge", usd(f["total"], f["ms"])),
                ("33/33a  Billing provider / NPI", f"{f['prov']} / {f['npi']}"),
                ("25  Federal tax ID", f["tin"])]
    else:
        rows = [(L["pat"], f["member"]), (L["mid"], f["mid"]), (L["grp"], f["group"]),
                (L["prov"], f"{f['prov']} (NPI {f['npi']})"), (L["acct"], f["acct"]),
                (L["tot"], usd(f["total"], f["ms"]))]
    pairs(d, [r for r in rows if r[0]], kw=68 if boxes else 55, size=8.8)
    head = (["24A Fecha", "24B Lugar", "24D Código", "Descripción", "24F Cargo", "24J NPI"] if es else
            ["24A DOS", "24B POS", "24D CPT/HCPCS", "Description", "24F Charges", "24J Rendering NPI"] if boxes else
            ["Date", "Place", "Code", "Service", "Charge", "Treating NPI"])
    rows = [[fd(dd), pos, code, desc[:40], usd(ch, f["ms"] if f["ms"] != "usd" else "nosign"), f["rnpi_print"]]
            for dd, pos, code, desc, ch in f["lines"]]
    d.table(head, rows, [24, 15, 24, 66, 25, 28], size=8.0, aligns="LLLLRL")


def letter(f: dict) -> bytes:
    aud, _, _, rk = SCEN[f["scen"]]
    es = aud == "member_es"
    L = LABELS["es" if es else f["lab"]]
    i = ISSUERS[f["ins"]]
    code, tech, plain = REASONS[rk]
    fd = lambda x: fdate(x, f["ds"])  # noqa: E731
    dos = sorted({x[0] for x in f["lines"]})
    dos_txt = ", ".join(fd(x) for x in dos)
    d = Page(foot=f"{i['name']}  ·  Form CI-{f['form']}  ·  Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, i["style"], i["name"], i["line2"], i.get("logo", ""), i.get("parent", ""))
    if aud == "provider_copy":
        d.set_fill_color(230, 230, 230)
        d.font(10, "B")
        d.cell(0, 7, "MEMBER COPY - a copy of the notice we sent to your provider. You do not need to act.",
               border=1, fill=True, new_x="LMARGIN", new_y="NEXT", align="C")
        d.ln(3)
    if aud == "report":
        d.text_line("CLAIM ACKNOWLEDGEMENT REPORT (277CA) - PRINTED FOR FAX", 12, "B", h=7)
        pairs(d, [("Report date", fd(f["date"])), ("Submitter", f"{f['prov']} (Submitter ID {f['subid']})"),
                  ("Batch / ICN of file", f["batch"]), ("Trace number", f["trace"]),
                  ("Fax to", f"{f['prov']} billing office, {f['fax']}")], kw=45, size=9)
        d.para("The claims below were received in the file shown. Accepted claims go on to adjudication; a rejected "
               "claim was NOT entered into our claims system and has no claim decision or appeal rights. Correct it "
               "and send it as a new claim.", 9.3)
        rows = [[f["member"], f["mid"], f["other_clm"], fd(f["other_dos"]), usd(f["other_amt"], "nosign"),
                 "A2:20 Accepted", "-"],
                [f["member"], f["mid"], f["clm"], dos_txt, usd(f["total"], "nosign"), f"{code} Rejected", f["rnpi_print"]]]
        d.table(["Patient", L["mid"], "Payer claim control #", "DOS", "Billed", "Status", "Rendering NPI"], rows,
                [31, 26, 35, 24, 20, 28, 18], size=7.6)
        d.font(9, "B")
        d.multi_cell(0, 4.6, f"Rejected claim {f['clm']}: {tech}", new_x="LMARGIN", new_y="NEXT")
        d.ln(1)
        pairs(d, [(L["grp"], f["group"]), (L["plan"], f["plan"]), (L["acct"], f["acct"]), ("Diagnosis", f["dx"]),
                  (L["rec"], fd(f["received"]))], kw=50, size=8.8)
        claim_copy(d, f, L, True, False)
        d.para(f"Questions: EDI Support {f['ph']}. Timely filing: a new claim must reach us within 365 days of the "
               f"date of service. This report is not a remittance advice.", 8.8)
        return pdf_bytes(d)
    d.text_line(fd(f["date"]), 10, h=6)
    if aud in ("member", "member_es", "provider_copy", "member_denial"):
        mail_to(d, [f["member"]] + list(f["addr"]))
    else:
        mail_to(d, [f["prov"], "Attn: Billing Office", f["prov_addr"]])
    title = {"member": "We could not process a claim from your provider",
             "member_es": "No pudimos procesar una reclamación de su proveedor",
             "provider_copy": "CLAIM REJECTION NOTICE - UNPROCESSABLE CLAIM",
             "provider_cc": "Returned Claim: Information Missing or Invalid",
             "member_denial": "Claim denied: the information we asked for was not received"}[aud]
    d.text_line(title, 12.5, "B", h=7)
    d.ln(1)
    top = [(L["pat"], f["member"]), (L["mid"], f["mid"]), (L["grp"], f["group"]),
           (L["plan"], f["plan"]), (L["clm"], f["clm"]), (L["rec"], fd(f["received"])),
           (L["prov"], f["prov"]), ("Treating clinician", f"{f['doc']}, MD" if f["lab"] == 1 else None),
           (L["dos"], dos_txt), (L["tot"], usd(f["total"], f["ms"]))]
    pairs(d, top, kw=66, size=9.2)
    if aud == "member":
        d.para(f"We received a claim from {f['prov']} for care you got on {dos_txt}. We could not process it because "
               f"{plain}. We have sent the claim back to your provider and asked them to fix it and send a new one. "
               "This is not a denial of your benefits, and there is nothing for you to appeal. You do not owe the "
               "provider anything more because of this notice.", 9.8)
        if f["lab"] == 3:
            d.para(f"Also on file: an earlier claim from {f['prov']} for a visit on {fd(f['other_dos'])} (claim "
                   f"{f['other_clm']}) was processed and paid on {fd(f['other_paid'])}. That claim is not affected.", 9.3)
    elif aud == "member_es":
        d.para(f"Recibimos una reclamación de {f['prov']} por servicios del {dos_txt}. No pudimos procesarla porque "
               f"{plain}. Devolvimos la reclamación a su proveedor para que la corrija y la envíe de nuevo. Esto no "
               "es una negación de sus beneficios y no hay nada que apelar. Usted no tiene que hacer nada.", 9.8)
        d.para(f"Código de rechazo: {code}. {tech}", 9.2)
    elif aud in ("provider_copy", "provider_cc"):
        d.para(f"Remark MA130: Your claim contains incomplete and/or invalid information, and no appeal rights are "
               f"afforded because the claim is unprocessable. Please submit a new claim with the complete/correct "
               f"information. Rejection code {code}: {tech}", 9.5)
        d.para(f"What to resubmit: a new original claim (frequency code 1, not a corrected claim) with the item "
               f"fixed. Send it within 90 days of this notice or by the end of the timely filing period (365 days "
               f"from the date of service), whichever is later. Do not send medical records unless we ask for them.",
               9.3)
    else:  # member_denial
        d.para(f"On {fd(f['asked'])} we returned this claim to {f['prov']} because {plain}, and we sent you a copy "
               f"of that notice. We asked for a corrected claim within 45 days. We did not receive it, and we did not "
               f"hear from you or the provider. Because the information was never sent, we have denied this claim. "
               f"The plan paid $0.00.", 9.8)
        d.para(f"Reason code {code}: {tech} Denial code N{f['form'][-3:]}: requested information not received.", 9.2)
        d.para("Your right to appeal: you or your provider may ask for an appeal within 180 days of the date of this "
               "letter. If the provider sends the corrected claim, we will review it as an appeal. External review "
               "must be asked for within 4 months after a final internal decision.", 9.3)
    claim_copy(d, f, L, aud in ("provider_copy", "provider_cc", "member_es"), es)
    d.para(("Preguntas: llame al " if es else "Questions? Call ") + f["ph"] + (" (TTY 711)." if not es else " (TTY 711)."),
           9)
    signature(d, ["Claims Intake Unit" if not es else "Unidad de Reclamaciones", i["name"]],
              "Atentamente," if es else "Sincerely,")
    if aud == "provider_cc":
        d.font(8.8)
        d.cell(0, 4.5, f"cc: {f['member']} (member)", new_x="LMARGIN", new_y="NEXT")
    return pdf_bytes(d)


def facts(r: random.Random, ins: str, scen: str, lab, ds: str, date: dt.date, ms: str) -> dict:
    aud, lines, dx, rk = SCEN[scen]
    lang = "es" if aud == "member_es" else "en"
    dos0 = days(date, -r.randint(20, 60) if aud != "member_denial" else -r.randint(85, 110))
    ls = [(days(dos0, off), pos, code, desc, money(r, 60, 900)) for off, pos, code, desc in lines]
    total = round(sum(x[4] for x in ls), 2)
    prov = r.choice(PROVIDERS)
    ra = address(r)
    rnpi = npi(r)
    return dict(ins=ins, scen=scen, lab=lab, ds=ds, date=date, ms=ms, lang=lang, member=person(r, lang),
                mid=mixed(r, "AAA999999999") if ins == "triglav" else mixed(r, "9999999-99"),
                group=mixed(r, "99999-A9") if ins != "soca" else digits(r, 6),
                plan=(digits(r, 5) + "WY" + digits(r, 7) if ins == "triglav" else None),
                clm=(mixed(r, "99999999999999") if ins == "savinja" else mixed(r, "AA99999999")),
                received=days(date, -r.randint(2, 8)) if aud != "member_denial" else days(dos0, r.randint(8, 12)), prov=prov, prov_addr=f"{ra[0]}, {ra[1]}", npi=npi(r),
                tin=f"{digits(r, 2)}-{digits(r, 7)}", acct=mixed(r, "AA99999"), dx=dx, lines=ls, total=total,
                rnpi_print=("(blank)" if rk == "npi" else rnpi),
                ref_print=("(blank)" if rk == "ref" else None), doc=clinician(r), form=digits(r, 4),
                ph=phone(r), addr=address(r, lang), asked=days(dos0, r.randint(16, 20)),
                other_clm=mixed(r, "AA99999999"), other_dos=days(dos0, -r.randint(30, 70)),
                other_amt=money(r, 90, 400), other_paid=days(dos0, -r.randint(10, 25)),
                subid=mixed(r, "AA9999"), batch=digits(r, 13), trace=digits(r, 9), fax=f"(307) 555-0{digits(r, 3)}")


def doc_truth(f: dict) -> dict:
    aud = SCEN[f["scen"]][0]
    den = aud == "member_denial"
    kw = dict(insurer=ISSUERS[f["ins"]]["name"], member_id=f["mid"], group_number=f["group"], plan_id=f["plan"],
              member_name=f["member"], case_numbers=[f["clm"]], claim_amount=m2(f["total"]),
              service_dates=[iso(x[0]) for x in f["lines"]], denial_date=iso(f["date"]), provider=f["prov"],
              appeal_deadline=iso(days(f["date"], 180)) if den else None,
              alternates={"provider": [f["doc"]]} if f["lab"] == 1 and SCEN[f["scen"]][0] != "report" else None)
    coding = SCEN[f["scen"]][3] in ("dx", "pos")  # a code on the claim was invalid: coding_error is a fair reading
    if den:
        return truth("denial_letter", "other", f["lang"], denial_alternates=["coding_error"] if coding else None, **kw)
    return truth("other", None, f["lang"], type_alternates=["denial_letter"],
                 denial_alternates=["other"] + (["coding_error"] if coding else []), **kw)


# (stem, condition, issuer, scenario, labels, date style, money style)
PLAN = [
    ("unprocessable_claim_return_letter_bd_member_npi", "born_digital", "triglav", "npi_member", 1, "long", "plain"),
    ("unprocessable_claim_return_letter_bd_member_copy_dx", "born_digital", "savinja", "dx_copy", 2, "slash", "plain"),
    ("unprocessable_claim_return_letter_scan_accident_date", "scan_clean_300", "soca", "accident", 3, "abbr", "nosign"),
    ("unprocessable_claim_return_letter_lowres_es_referring", "scan_lowres_150", "triglav", "es_ref", "es", "es",
     "es"),
    ("unprocessable_claim_return_letter_rot_provider_pos_cc", "rotated", "savinja", "pos", 1, "iso", "usd"),
    ("unprocessable_claim_return_letter_copy_denied_no_reply", "photocopy", "soca", "denied", 2, "dmy", "plain"),
    ("unprocessable_claim_return_letter_faxf_277ca_report", "fax_fine_g4", "triglav", "ack", 3, "upper", "nosign"),
]


def documents(rng) -> list[Item]:
    items = []
    for n, (stem, cond, ins, scen, lab, ds, ms) in enumerate(PLAN):
        r = random.Random(123500 + n)
        date = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 250))
        f = facts(r, ins, scen, lab, ds, date, ms)
        items.append(Item(stem, cond, [(letter(f), doc_truth(f))]))
    return items
