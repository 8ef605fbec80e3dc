"""Georgia Pathways to Coverage (Georgia Department of Community Health Medicaid program) notices, mirrored for
structure and wording only: claims denied because the member was not eligible on the date of service,
qualifying-hours verification, plan appeal within 60 days and then a state fair hearing. The care management
organization, members, providers and every number are invented.

Documents (8 in 7 files):
- bd_two_column_claim_not_eligible: plan notice, facts in two label/value columns (four across), eligibility denial.
- faxf_provider_letter_re_block: plan letter to a clinic under a typed fax header, "Re:" block, eligibility denial.
- lowres_remittance_claim_blocks: provider remittance, three claim blocks, one denied (no coverage on date of
  service), a negative adjustment in parentheses and a remark legend.
- scan300_two_page_hours_lapse_notice: two-page member notice, boxed appeal-rights panel on page 2, running footer.
- copy_aviso_es_no_elegible: Spanish member notice (Spanish labels, dates and $1.234,50 amounts).
- photo_reprocessed_paid_after_hours_verified: plan letter, hours verified and claim paid (denies nothing).
- faxstd_stack_member_letter_and_lab_denial: cover sheet, a member's letter to the plan (denies nothing), a blank
  separator, then a lab-claim denial notice whose second page is fed upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddf_famdfc import Sheet, abbr_dot, dmy2, es_money, nopad, nth
from public_kit import address, amount, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "georgia_pathways_to_coverage_eligibility_and_claim_denial"
LANG = "en"
SEED = 350702
PLAN = "Red Clay Community Health Plan"
DCH = "Georgia Department of Community Health"
PROG = "Georgia Pathways to Coverage"
HEAR = ("You may ask for a state fair hearing with the Office of State Administrative Hearings (OSAH) within "
        "120 days of the date of the plan's appeal decision. You must finish the plan appeal first.")


def _ids(rng):
    return {"mid": digits(rng, 9) + rng.choice("ABCDEFG"), "plan": "GAPTC-" + digits(rng, 3),
            "grp": "PW" + digits(rng, 4), "npi": digits(rng, 10), "tin": f"{digits(rng, 2)}-{digits(rng, 7)}"}


def _letterhead(p: Sheet, rng, sub: str):
    p.line(PLAN, 15, "B")
    p.line(f"A care management organization for {PROG} | {DCH} Medicaid program", 7.8)
    a = address(rng)
    p.line(f"PO Box {rng.randint(1000, 9999)}, Macon GA 312{rng.randint(10, 99)}  |  Member Services "
           f"1-855-555-{digits(rng, 4)} (TTY 711)", 7.8)
    p.ln(2)
    p.line(sub, 11, "B")
    p.ln(1)
    return a


def bd_two_column(rng):
    ids = _ids(rng)
    name, first, _, last = person(rng)
    rep = person(rng)[0]
    nd = dt.date(2026, 2, 1) + dt.timedelta(days=rng.randint(0, 40))
    dos = plus(nd, -rng.randint(20, 40))
    rec = plus(dos, rng.randint(3, 9))
    amt = amount(rng, 180, 2400)
    claim = "26" + digits(rng, 11)
    prov = rng.choice(["Ocmulgee Family Medicine", "Dr. Harriet Okafor-Lind", "Tift Valley Imaging Center"])
    p = Sheet(footer="Page {n} of {nb}", footer_left=f"Form RCCHP-NOA-14 (rev. 01/2026)")
    p.add_page()
    _letterhead(p, rng, "NOTICE OF ADVERSE BENEFIT DETERMINATION - CLAIM DENIED")
    p.line(f"Notice date: {fdate(nd, 'long')}", 9.5)
    p.ln(2)
    p.four_col([
        ("Member name", name, "Member ID (Medicaid)", ids["mid"]),
        ("Date of birth", fdate(dt.date(rng.randint(1975, 2002), rng.randint(1, 12), rng.randint(1, 28)), "slash"),
         "Plan / benefit ID", ids["plan"]),
        ("Authorized representative", rep, "Eligibility group", ids["grp"]),
        ("Claim number", claim, "Date claim received by plan", nopad(rec)),
        ("Date(s) of service", fdate(dos, "slash"), "Amount billed", money(amt)),
        ("Rendering provider", prov, "Provider NPI / Tax ID", f"{ids['npi']} / {ids['tin']}"),
    ], border=True)
    p.heading("What we decided", 10.5)
    p.para(f"We denied payment for this claim. Our records show you were **not eligible** for {PROG} on the date "
           f"of service. Your Pathways coverage ended on {abbr_dot(plus(dos, -rng.randint(3, 15)))} because your "
           "qualifying hours (80 hours a month of work, school, job training or volunteering) were not verified "
           "for the reporting period.", 9.5)
    p.para("The provider may not bill you for more than what Medicaid would have paid if you are later found "
           "eligible for that date. Reason code E-201: member not enrolled on date of service.", 9.5)
    p.heading("Your right to appeal", 10.5)
    p.para(f"You, your representative or your provider (with your written consent) may ask us for an appeal "
           f"within 60 days of the date of this notice. Call 1-855-555-{digits(rng, 4)} or write to Appeals, "
           f"PO Box {rng.randint(1000, 9999)}, Macon GA 31208. " + HEAR, 9.2)
    t = truth("denial_letter", "eligibility", insurer=PLAN, plan_id=ids["plan"], group=ids["grp"],
              member_id=ids["mid"], member_name=name, cases=[claim], claim_amount=m2(amt),
              service_dates=[span(dos)], denial_date=nd.isoformat(), provider=prov,
              appeal_deadline=plus(nd, 60).isoformat(), unscored=["group_number"])
    return out(p), t


def faxf_re_block(rng):
    ids = _ids(rng)
    name = person(rng)[0]
    mom = person(rng)[0]
    nd = dt.date(2026, 1, 5) + dt.timedelta(days=rng.randint(0, 50))
    dos = plus(nd, -rng.randint(25, 50))
    amt = amount(rng, 95, 900)
    claim = f"RC{digits(rng, 4)}-{digits(rng, 6)}"
    ref = "ELG-" + digits(rng, 7)
    clinic = "Satilla River Pediatrics"
    doc = "Dr. Mateo Lindqvist"
    p = Sheet(footer=None, margins=(22, 12, 22), serif=True)
    p.add_page()
    p.fax_line(f"{nd.strftime('%m/%d/%Y')} 14:{rng.randint(10, 59)}  FROM: RCCHP PROVIDER RELATIONS 478-555-"
               f"{digits(rng, 4)}   TO: 912-555-{digits(rng, 4)}   P.001/001")
    p.line(PLAN, 13, "B")
    p.line("Provider Relations  |  Claims Resolution Unit", 8.5)
    p.ln(6)
    p.line(abbr_dot(nd), 10)
    p.ln(3)
    p.line(f"{clinic}", 10)
    p.line(f"Attn: Billing Office, {doc}", 10)
    for a in address(rng):
        p.line(a, 10)
    p.ln(4)
    p.re_block([f"Patient: {name} (parent/guardian: {mom})", f"Medicaid ID: {ids['mid']}",
                f"Claim: {claim}   Reference: {ref}", f"Date of service: {dmy2(dos)} ({fdate(dos, 'slash')})",
                f"Billed: {money(amt, 'flat')}   Patient acct: {digits(rng, 8)}"])
    p.para("Dear Provider:", 10)
    p.para(f"We reviewed the claim above after your office called on {fdate(plus(dos, 12), 'slash')}. The claim "
           f"is denied. Eligibility verification shows the patient's {PROG} enrollment was closed on the date of "
           "service because qualifying-hours information for the prior month was not received by "
           f"{DCH}. Please do not resubmit this claim unless eligibility is restored back to the date of service.",
           10)
    p.para(f"If you believe our decision is wrong, you may file a provider appeal within 30 days of the date of "
           f"this letter. Include the reference number and a copy of the eligibility response you received. Fax "
           f"appeals to 478-555-{digits(rng, 4)}. Your NPI on file: {ids['npi']}.", 10)
    p.para("Sincerely,\n\nClaims Resolution Unit", 10)
    t = truth("denial_letter", "eligibility", insurer=PLAN, member_id=ids["mid"], member_name=name,
              cases=[claim, ref], claim_amount=m2(amt), service_dates=[span(dos)], denial_date=nd.isoformat(),
              provider=clinic, appeal_deadline=plus(nd, 30).isoformat(), alternates={"provider": [doc]})
    return out(p), t


def lowres_remit(rng):
    ids = _ids(rng)
    prov = "Altamaha Behavioral & Primary Care"
    nd = dt.date(2026, 2, 9) + dt.timedelta(days=rng.randint(0, 30))
    pats = [person(rng) for _ in range(3)]
    deny = 1
    p = Sheet(footer="Page {n} of {nb}", margins=(12, 12, 12))
    p.add_page()
    p.line(PLAN + "  -  Remittance Advice", 12.5, "B")
    p.line(f"Payee: {prov}   NPI {ids['npi']}   TIN {ids['tin']}   Check/EFT: EFT{digits(rng, 9)}", 8)
    p.line(f"Remit date: {fdate(nd, 'slash')}   Cycle {digits(rng, 4)}   Program: {PROG}", 8)
    p.ln(3)
    widths = [22, 20, 70, 24, 24, 26]
    heads = ["From-Thru", "Code", "Description", "Billed", "Allowed", "Paid"]
    truth_v = None
    for i, (nm, f, m, l) in enumerate(pats):
        mid = digits(rng, 9) + rng.choice("ABC")
        cl = "26" + digits(rng, 11)
        dos = plus(nd, -rng.randint(14, 40))
        lines, tot = [], 0.0
        for code, desc in rng.sample([("99214", "Office visit est. moderate"), ("90834", "Psychotherapy 45 min"),
                                      ("36415", "Venipuncture"), ("80053", "Comprehensive metabolic panel"),
                                      ("99213", "Office visit est. low")], 2):
            b = amount(rng, 40, 260)
            tot += b
            if i == deny:
                lines.append([dos.strftime("%m/%d/%y"), code, desc, money(b, "nosign"), "0.00", "0.00  E2"])
            else:
                al = round(b * 0.6, 2)
                lines.append([dos.strftime("%m/%d/%y"), code, desc, money(b, "nosign"), money(al, "nosign"),
                              money(al, "nosign")])
        tot = round(tot, 2)
        if i == 0:
            lines.append(["", "ADJ", "Recoupment, prior overpayment (claim 25" + digits(rng, 9) + ")", "", "",
                          "(45.00)  R7"])
        p.claim_block(f"CLAIM {cl}   {l.upper()}, {f.upper()} {m}   ID {mid}",
                      f"Rendering: {prov}   Service {fdate(dos, 'slash')}   Received {fdate(plus(dos, 6), 'slash')}",
                      heads, lines, widths, ["", "", "Claim total", money(tot, "nosign"), "", "0.00" if i == deny
                                             else money(sum(float(r[5].split()[0].replace(',', '')) for r in lines
                                                            if not r[5].startswith('(')), "nosign")],
                      aligns=["L", "L", "L", "R", "R", "R"])
        if i == deny:
            truth_v = (nm, mid, cl, tot, dos)
    p.heading("Remark codes", 9.5)
    p.para("E2  Member not eligible for Georgia Pathways on the date of service (qualifying hours not verified). "
           "The member may appeal within 60 days of the date of this remittance; providers may request a "
           "reconsideration.\nR7  Recovery of an earlier overpayment; shown as a negative amount in parentheses.",
           8)
    nm, mid, cl, tot, dos = truth_v
    t = truth("eob", "eligibility", insurer=PLAN, member_id=mid, member_name=nm, cases=[cl],
              claim_amount=m2(tot), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=prov,
              appeal_deadline=plus(nd, 60).isoformat())
    return out(p), t


def scan300_two_page(rng):
    ids = _ids(rng)
    name = person(rng)[0]
    nd = dt.date(2026, 1, 12) + dt.timedelta(days=rng.randint(0, 40))
    dos = plus(nd, -rng.randint(15, 30))
    dos2 = plus(dos, 7)
    amt = amount(rng, 300, 1800)
    claim = "C-" + digits(rng, 10)
    prov = "Chattahoochee Physical Therapy"
    foot = f"{name}  |  Member ID {ids['mid']}"
    p = Sheet(footer="Page {n} of {nb}", footer_left=foot, margins=(20, 18, 20))
    p.add_page()
    _letterhead(p, rng, "Important: Your claim was denied")
    p.pairs([("Date of this notice", nth(nd)), ("Member", name), ("Member ID", ids["mid"]),
             ("Plan ID", ids["plan"]), ("Claim", claim), ("Provider", prov),
             ("Dates of service", f"{fdate(dos, 'slash')} and {fdate(dos2, 'slash')}"),
             ("Charges", money(amt))], label_w=42, size=9.5)
    p.ln(2)
    p.para(f"Dear {name}:", 10)
    p.para(f"{PROG} requires members to report at least 80 qualifying hours each month. {DCH} told us that your "
           f"hours for the month before your visits were not verified, and your coverage was suspended. We "
           "cannot pay for services you received while you were not eligible.", 10)
    p.para(f"The verification request was mailed to you on {fdate(plus(dos, -30), 'abbr')} (Form DCH-PW-3, "
           "Qualifying Activities Verification). If you sent proof of your hours, or if you had a good-cause "
           "exemption (such as illness or caring for a family member), tell us.", 10)
    for txt in ["Your provider has been told of this decision. Keep this notice with your records.",
                "If you have other health coverage, such as a job-based plan, give this notice to that plan so it "
                "can decide whether it pays for these visits.",
                "If DCH restores your coverage back to the dates of service, we will reprocess the claim without a "
                "new request from you or your provider.",
                "To report your hours, use the Georgia Gateway customer portal, call DCH, or bring pay stubs, school "
                "or volunteer records to your local office."]:
        p.para(txt, 10)
    p.add_page()
    p.panel("YOUR APPEAL RIGHTS", [
        "**Plan appeal.** You can ask us to look at this decision again. You must ask within 60 days of the date "
        f"of this notice (this notice is dated {fdate(nd, 'slash')}). Call Member Services at 1-855-555-{digits(rng, 4)} (TTY 711) or write to us.",
        "**Fast appeal.** If waiting could seriously harm your health, ask for a fast appeal; we decide within 72 "
        "hours.",
        "**State fair hearing.** " + HEAR,
        "**Keep your benefits.** This does not apply to a denied claim for services already received.",
    ])
    p.para(f"Georgia Pathways eligibility questions: call {DCH} at 1-877-555-{digits(rng, 4)} or visit your "
           "local Division of Family and Children Services office.", 9.5)
    t = truth("denial_letter", "eligibility", insurer=PLAN, plan_id=ids["plan"], member_id=ids["mid"],
              member_name=name, cases=[claim], claim_amount=m2(amt), service_dates=[span(dos), span(dos2)],
              denial_date=nd.isoformat(), provider=prov, appeal_deadline=plus(nd, 60).isoformat())
    return out(p), t


def copy_es(rng):
    ids = _ids(rng)
    name = person(rng)[0]
    nd = dt.date(2026, 2, 2) + dt.timedelta(days=rng.randint(0, 30))
    dos = plus(nd, -rng.randint(20, 40))
    amt = amount(rng, 1000, 3500)
    claim = "26" + digits(rng, 11)
    prov = "Centro de Salud Flint River"
    p = Sheet(footer="Página {n} de {nb}", serif=True, margins=(24, 20, 24))
    p.add_page()
    p.line(PLAN, 14, "B")
    p.line(f"Organización de atención administrada - {PROG}", 8.5)
    p.ln(4)
    p.line("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", 11.5, "B")
    p.ln(2)
    p.pairs([("Fecha del aviso", fdate(nd, "long", "es")), ("Nombre del miembro", name),
             ("Número de identificación", ids["mid"]), ("Número de reclamo", claim),
             ("Fecha del servicio", fdate(dos, "long", "es")), ("Proveedor", prov),
             ("Cantidad facturada", f"{es_money(amt)} ({money(amt, 'nosign')} USD)"),
             ("Fecha de nacimiento", fdate(dt.date(rng.randint(1980, 2000), rng.randint(1, 12), rng.randint(1, 28)),
                                           "dmy", "es"))], label_w=52, size=10)
    p.ln(2)
    p.para(f"Negamos el pago de este reclamo porque usted no era elegible para {PROG} en la fecha del servicio. "
           "Las 80 horas mensuales de actividades que califican no fueron verificadas.", 10)
    p.para(f"Usted puede pedir una apelación dentro de 60 días a partir de la fecha de este aviso. Llame al "
           f"1-855-555-{digits(rng, 4)} (TTY 711). Después de la apelación, puede pedir una audiencia imparcial "
           "ante la Oficina de Audiencias Administrativas del Estado (OSAH).", 10)
    t = truth("denial_letter", "eligibility", lang="es", insurer=PLAN, member_id=ids["mid"], member_name=name,
              cases=[claim], claim_amount=m2(amt), service_dates=[span(dos)], denial_date=nd.isoformat(),
              provider=prov, appeal_deadline=plus(nd, 60).isoformat())
    return out(p), t


def photo_paid(rng):
    ids = _ids(rng)
    name = person(rng)[0]
    nd = dt.date(2026, 3, 2) + dt.timedelta(days=rng.randint(0, 25))
    dos = plus(nd, -rng.randint(40, 60))
    amt = amount(rng, 120, 700)
    claim = "26" + digits(rng, 11)
    prov = "Dr. Colleen Abara, Wiregrass Internal Medicine"
    p = Sheet(footer=None, margins=(26, 22, 26))
    p.add_page()
    _letterhead(p, rng, "Good news about your claim")
    p.line(fdate(nd, "abbr"), 10)
    p.ln(3)
    p.line(name, 10)
    p.line(f"ID {ids['mid']}", 10)
    p.ln(4)
    p.para(f"Dear {name.split()[0]},", 10)
    p.para(f"{DCH} verified your qualifying hours and restored your {PROG} coverage back to "
           f"{abbr_dot(plus(dos, -10))}. We reprocessed claim {claim} for your visit on {nopad(dos)} with "
           f"{prov}. The claim ({money(amt)} billed) is now paid. You owe nothing for this visit except any "
           "copayment shown on your statement.", 10)
    p.para("No action is needed. Keep reporting your hours each month by the 10th.", 10)
    t = truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=name, cases=[claim],
              claim_amount=m2(amt), service_dates=[span(dos)], denial_date=nd.isoformat(),
              provider="Dr. Colleen Abara", alternates={"provider": ["Wiregrass Internal Medicine"]})
    return out(p), t


def stack_docs(rng):
    ids = _ids(rng)
    name = person(rng)[0]
    nd = dt.date(2026, 2, 16) + dt.timedelta(days=rng.randint(0, 20))
    dos = plus(nd, -rng.randint(20, 35))
    amt = amount(rng, 60, 480)
    claim = "26" + digits(rng, 11)
    lab = "Peach State Reference Laboratory"
    # member's letter
    a = Sheet(footer=None, margins=(25, 25, 25))
    a.add_page()
    for ln in [name, *address(rng), "", fdate(plus(nd, 9), "slash"), "", PLAN, "Attn: Member Appeals"]:
        a.line(ln, 10.5)
    a.ln(4)
    a.para(f"To whom it may concern,\n\nI got a notice that my lab bill was denied. My member ID is {ids['mid']}. "
           f"I turned in my hours to DCH on time and I have the receipt. Please look at my case again and call me "
           f"at 229-555-{digits(rng, 4)}. My sister {person(rng)[0]} helps me with mail.\n\nThank you,\n{name}",
           10.5)
    ta = truth("other", None, insurer=None, member_id=ids["mid"], member_name=name,
               unscored=["insurer", "provider"])
    # lab denial two pages
    b = Sheet(footer="Page {n} of {nb}", footer_left=f"RCCHP-EOB-M  {name}")
    b.add_page()
    _letterhead(b, rng, "Explanation of Benefits - this is not a bill")
    b.pairs([("Statement date", fdate(nd, "slash")), ("Member", name), ("ID number", ids["mid"]),
             ("Claim number", claim), ("Provider", lab)], size=9.5)
    b.table(["Service date", "Test", "Billed", "Paid", "Remark"],
            [[fdate(dos, "slash"), "Lipid panel 80061", money(round(amt * 0.4, 2)), "$0.00", "E2"],
             [fdate(dos, "slash"), "Hemoglobin A1c 83036", money(round(amt - round(amt * 0.4, 2), 2)), "$0.00", "E2"],
             ["", "Total", money(amt), "$0.00", ""]], [30, 60, 30, 25, 29])
    b.para("E2: You were not eligible for Georgia Pathways on the date of service.", 9.5)
    b.add_page()
    b.para(f"Appeal: write or call us within 60 days of the statement date. Plan year deductible met: $0.00. "
           f"Questions: 1-855-555-{digits(rng, 4)}. " + HEAR, 9.5)
    tb = truth("eob", "eligibility", insurer=PLAN, member_id=ids["mid"], member_name=name, cases=[claim],
               claim_amount=m2(amt), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=lab,
               appeal_deadline=plus(nd, 60).isoformat())
    return [(out(a), ta), (out(b), tb)]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_two_column_claim_not_eligible", "born_digital", [bd_two_column(rng)]),
        Item(F + "faxf_provider_letter_re_block", "fax_fine_g4", [faxf_re_block(rng)]),
        Item(F + "lowres_remittance_claim_blocks", "scan_lowres_150", [lowres_remit(rng)]),
        Item(F + "scan300_two_page_hours_lapse_notice", "scan_clean_300", [scan300_two_page(rng)]),
        Item(F + "copy_aviso_es_no_elegible", "photocopy", [copy_es(rng)]),
        Item(F + "photo_reprocessed_paid_after_hours_verified", "phone_photo", [photo_paid(rng)]),
        Item(F + "faxstd_stack_member_letter_and_lab_denial", "fax_standard_g4", stack_docs(rng),
             separators=["cover", "blank"], turns={(1, 1): 180}),
    ]
