"""Family 'in_lab_sleep_study_home_test_required_benefit_manager_denial': a sleep benefit manager, reviewing for a
commercial health plan, refuses an attended in-lab sleep study (CPT 95810) and approves a home sleep apnea test
(95806) instead, in the shape of public utilization-management determination letters (requested service, clinical
guideline, decision table per code, peer-to-peer offer, appeal rights).
Documents: the member determination letter (born digital); the sleep center's patient statement for the in-lab
study done anyway under a signed waiver (denies nothing); the plan's three-claim member EOB refusing only the
in-lab study claim; a fine-fax stack (cover + provider copy of the determination + the home-test authorization);
a Spanish member notice photographed by phone; the upheld first-level appeal told only in sentences (sideways);
a low-resolution request for more clinical information on a second request (denies nothing).
Issuers (fictional): Nocturne Sleep Management (benefit manager, letterhead of the UM notices) for Halsted Valley
Health Plan (letterhead of the EOB and the appeal decision). Sleep center: Brookhaven Sleep Disorders Center;
ordering physician: Imogen Satterly, MD.
Truth: insurer = the letterhead (the plan accepted on the manager's letters); provider = the ordering physician on
UM letters (the sleep center accepted), the sleep center on claims; pre-service letters have no amount; the
planned study date is the service date.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from kit_roundcs_famcsf import days, digits, fdate, hrule, letterhead, mail_to, mixed, phone, signature, usd
from public_kit import Page, m2, out

FAMILY = "in_lab_sleep_study_home_test_required_benefit_manager_denial"
LANG = "en"
SEED = 343100
NSM = "Nocturne Sleep Management"
HVP = "Halsted Valley Health Plan"
CTR = "Brookhaven Sleep Disorders Center"
DOC = "Imogen Satterly"
LAB = "Riverbend Clinical Laboratory"
MEMBERS = ["Cornelius T. Ashdown", "Philippa R. Wexford", "Royston E. Kilbride", "Agatha M. Delacourt",
           "Barnaby J. Tremaine", "Henrietta S. Goodall"]
MEMBERS_ES = ["Rosalba T. Quiñones", "Evaristo M. Galindo"]
STREETS = ["417 Tamarack Trail", "92 Ferncliff Road", "3380 Willowbend Ave, Apt 5", "1206 Chapel Hill Lane"]
CITIES = ["Northfield Springs, IL 60093", "Ashbury, IL 60410", "Gale Harbor, IL 60035"]


def facts(r: random.Random, lang: str = "en") -> dict:
    date = dt.date(2026, 1, 8) + dt.timedelta(days=r.randint(0, 150))
    return dict(date=date, planned=days(date, r.randint(9, 24)), recv=days(date, -r.randint(2, 6)),
                member=r.choice(MEMBERS_ES if lang == "es" else MEMBERS), addr=[r.choice(STREETS), r.choice(CITIES)],
                mid=mixed(r, "HVA999999999"), grp=mixed(r, "99999-999"), plan=mixed(r, "HVP-AA99"),
                case=mixed(r, "NSM-26-9999999"), auth=mixed(r, "A9999999999"), clm=mixed(r, "26A99999999999"),
                appeal=mixed(r, "HV-AP-999999"), npi=r.choice("12") + digits(r, 9), acct=digits(r, 8),
                dob=dt.date(r.randint(1950, 1995), r.randint(1, 12), r.randint(1, 28)), ph=phone(r), fax=phone(r),
                psg=float(r.choice([2480, 2735, 2960, 3185])) + r.choice([0, 0.5, 0.25]),
                prof=float(r.choice([285, 340, 415])) + r.choice([0, 0.75]))


def T(f, ins, dtype, den, lang="en", cases=(), dead=None, alts=None, uns=None, amount=None, prov=DOC, svc=True,
      grp=False, plan=False, dalts=None):
    return truth(dtype, den, lang, insurer=ins, plan_id=f["plan"] if plan else None,
                 group_number=f["grp"] if grp else None, member_id=f["mid"], member_name=f["member"],
                 case_numbers=list(cases), claim_amount=amount, service_dates=[f["planned"].isoformat()] if svc else [],
                 denial_date=f["date"].isoformat(), provider=prov, appeal_deadline=dead.isoformat() if dead else None,
                 alternates=alts or {}, unscored=uns or [], denial_alternates=dalts or [])


REASON = ("An attended sleep study in a sleep laboratory (polysomnography) is medically necessary when a home "
          "sleep apnea test is not appropriate, for example with significant heart or lung disease, a "
          "neuromuscular disorder, chronic opioid use, or a suspected sleep disorder other than sleep apnea. The "
          "records sent to us show loud snoring, daytime sleepiness (Epworth score 14) and witnessed pauses in "
          "breathing, but none of these conditions. A home sleep apnea test can diagnose your condition. For "
          "this reason the in-lab study is not approved, and the home sleep apnea test is approved instead.")


def member_letter(f, ds) -> bytes:
    """Public-style UM determination: header block of labels, decision table per code, rights on page 2."""
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(footer="Page {n} of {nb}", footer_left=f"NSM-DET-MBR-0925  |  {NSM} on behalf of {HVP}")
    d.add_page()
    letterhead(d, NSM, "Sleep Management Program  |  PO Box 60218, Oak Brook, IL 60523  |  Fax " + f["fax"],
               "rule", f"Reviewing sleep services for {HVP} members")
    d.line(fd(f["date"]), 10, h=7)
    mail_to(d, [f["member"]] + f["addr"], 10)
    d.line("NOTICE OF DETERMINATION - PARTIAL APPROVAL", 12, "B", h=7)
    d.pairs([("Member", f["member"]), ("Member ID", f["mid"]), ("Date of birth", fd(f["dob"])),
             ("Case number", f["case"]), ("Ordering provider", f"{DOC}, MD  (NPI {f['npi']})"),
             ("Servicing facility", CTR), ("Request received", fd(f["recv"])),
             ("Requested date of service", fd(f["planned"]))], label_w=52, size=9.5)
    d.ln(2)
    d.table(["CPT", "Description", "Units", "Determination"],
            [["95810", "Polysomnography, attended, sleep lab, age 6+", "1", "NOT APPROVED"],
             ["95806", "Home sleep apnea test, unattended", "1", "APPROVED"]],
            [20, 100, 16, 40], size=8.6)
    d.para(f"Dear {f['member']}: {NSM} manages sleep testing benefits for {HVP}. Your doctor asked us to approve "
           f"an in-lab sleep study. We reviewed the request using the {NSM} Clinical Guideline SLP-201 "
           "(Diagnosis of Obstructive Sleep Apnea in Adults).", 9.6)
    d.para(REASON, 9.6)
    d.para(f"The approved home test must be done by {fd(days(f['planned'], 60))}. This letter is not a "
           f"guarantee of payment; benefits depend on your eligibility on the date of service.", 9.6)
    d.add_page()
    d.line("YOUR RIGHT TO APPEAL", 11, "B", h=7)
    d.para("If you disagree with this decision, you or someone you name may appeal. You must ask for an appeal "
           f"within 180 days of the date of this letter. Write to {HVP} Appeals, PO Box 88140, Springfield, IL "
           f"62791, or call {f['ph']} (TTY 711).", 9.5)
    d.para("Urgent appeals: if waiting could seriously harm your health, ask for an expedited appeal. We will "
           "decide within 72 hours. You may also ask for an independent external review within 4 months after a "
           "final internal decision.", 9.5)
    d.para(f"Your doctor may discuss this decision with one of our physicians (a peer-to-peer conversation) by "
           f"calling {f['fax']} within 14 days of the date of this letter.", 9.5)
    d.para("You may ask for a free copy of the guideline and of the records used to make this decision.", 9.5)
    signature(d, ["Lionel B. Harcourt, MD, Board Certified in Sleep Medicine", "Physician Reviewer, " + NSM])
    return out(d)


def center_bill(f, ds, ms) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(serif=True, footer=None, footer_left=f"{CTR}  |  Tax ID 36-{f['acct'][:7]}  |  NPI {f['npi']}")
    d.add_page()
    letterhead(d, CTR, "2250 Lakeshore Medical Pkwy, Suite 300, Northfield Springs, IL 60093  |  Billing " + f["ph"],
               "center", "Accredited Sleep Laboratory")
    d.line("PATIENT STATEMENT", 13, "B", align="C", h=8)
    y0 = d.get_y()
    mail_to(d, [f["member"]] + f["addr"], 9.5)
    d.set_xy(120, y0)
    for k, v in [("Statement date", fd(f["date"])), ("Account #", f["acct"]), ("Patient DOB", fd(f["dob"])),
                 ("Insurance", HVP), ("Member ID", f["mid"]), ("Ins. claim #", f["clm"])]:
        d.set_x(120)
        d.f(8.2, "B").cell(28, 5.2, k)
        d.f(8.4).cell(50, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    tot = round(f["psg"] + f["prof"], 2)
    rows = [[fd(f["planned"]), "95810-TC", "Overnight attended sleep study (technical)", usd(f["psg"], ms)],
            [fd(f["planned"]), "95810-26", f"Interpretation, {DOC}, MD", usd(f["prof"], ms)],
            ["", "", "Total charges", usd(tot, ms)],
            [fd(days(f["date"], -9)), "", "Insurance payment - DENIED, no approval on file", usd(0, ms)],
            ["", "", "Patient responsibility (signed waiver on file)", usd(tot, ms)]]
    d.table(["Date", "Code", "Description", "Amount"], rows, [26, 24, 104, 28], size=8.6,
            aligns=["L", "L", "L", "R"])
    d.f(11, "B").cell(0, 8, f"Please pay: {usd(tot, ms)}", align="R", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para(f"Your health plan did not pay for your sleep study because it was not approved in advance. Before the "
           f"study you signed our Advance Notice of Non-Coverage. If you appeal to {HVP} and the plan pays, we will "
           "refund anything you paid above your share. Interest-free payment plans are available; balances over "
           "120 days may be sent to collections.", 9)
    d.f(8).cell(0, 6, "- - - - - - - - - - - - - - - - detach and return with payment - - - - - - - - - - - - - - - -",
                new_x="LMARGIN", new_y="NEXT")
    d.pairs([("Account #", f["acct"]), ("Amount due", usd(tot, ms)), ("Amount enclosed", "__________")],
            label_w=38, size=9)
    return out(d), m2(tot)


def eob(f, ds, ms) -> tuple[bytes, str]:
    """Plan EOB: a single ruled table of three claims, message codes below, issue date in a right column."""
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(footer="Page {n} of {nb}", footer_left=f"{HVP}  EOB 2026-03")
    d.add_page()
    letterhead(d, HVP, "Member Services " + f["ph"] + "  |  PO Box 88100, Springfield, IL 62791", "box")
    y0 = d.get_y()
    d.line("EXPLANATION OF BENEFITS", 13, "B", h=7)
    d.line("THIS IS NOT A BILL", 8.5, h=5)
    d.ln(2)
    mail_to(d, [f["member"]] + f["addr"], 9.3)
    d.set_xy(122, y0)
    for k, v in [("Date issued:", fd(f["date"])), ("Member ID:", f["mid"]), ("Group:", f["grp"]),
                 ("Plan ID:", f["plan"]), ("Claims processed:", f"{fd(days(f['date'], -30))} - {fd(days(f['date'], -2))}")]:
        d.set_x(122)
        d.f(8, "B").cell(30, 5.3, k)
        d.f(8.2).cell(46, 5.3, v, new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(d.get_y(), y0 + 44))
    visit = days(f["planned"], -40)
    labd = days(visit, 1)
    ov, lb = f["prof"] * 0.7 + 41, 96.4
    tot = round(f["psg"] + f["prof"], 2)
    rows = [
        [f["c1"], f"{DOC}, MD", fd(visit), "99204", usd(ov, ms), usd(ov * .62, ms), usd(ov * .62 - 40, ms), usd(40, ms), ""],
        [f["c2"], LAB, fd(labd), "80053", usd(lb, ms), usd(31.2, ms), usd(31.2, ms), usd(0, ms), ""],
        [f["clm"], CTR, fd(f["planned"]), "95810", usd(f["psg"], ms), usd(0, ms), usd(0, ms), usd(0, ms), "P7"],
        ["", "", fd(f["planned"]), "95810-26", usd(f["prof"], ms), usd(0, ms), usd(0, ms), usd(0, ms), "P7"],
    ]
    d.table(["Claim #", "Provider", "Service date", "Code", "Billed", "Allowed", "Plan paid", "You owe", "Msg"],
            rows, [25, 48, 19, 15, 16, 15, 15, 14, 8], size=7.0, head_h=8, row_h=5.4,
            aligns=["L", "L", "L", "L", "R", "R", "R", "R", "L"])
    d.para(f"Claim {f['clm']} total billed: {usd(tot, ms)}.", 8.6)
    hrule(d)
    d.line("Message codes", 9.5, "B", h=6)
    d.para(f"P7  This service needs prior approval from {NSM}, which manages sleep testing for your plan. The "
           f"request for an in-lab sleep study was reviewed under case {f['case']} and was not approved; a home "
           "sleep test was approved instead. Because the service was not approved, it is not covered. The "
           "provider may bill you only if you agreed in writing before the service.", 8.4)
    d.para("To appeal: send a written request within 180 days of the date of this statement to Appeals, PO Box "
           f"88140, Springfield, IL 62791. For an urgent situation call {f['ph']} to ask for a 72-hour expedited "
           "review. Keep this statement for your records.", 8.4)
    return out(d), m2(tot)


def provider_copy(f, ds) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(footer="Page {n} of {nb}", footer_left="NSM-DET-PRV")
    d.add_page()
    letterhead(d, NSM, "Provider Line " + f["ph"] + "  |  Fax " + f["fax"], "right")
    d.line("PROVIDER NOTIFICATION OF ADVERSE DETERMINATION", 11.5, "B", h=7)
    d.line(f"Sent by fax {fd(f['date'])} to {DOC}, MD", 9.5, h=6)
    d.ln(1)
    d.boxed_pairs([("Health plan", HVP), ("Patient", f["member"]), ("Member #", f["mid"]),
                   ("Nocturne case #", f["case"]), ("Procedure", "95810 Attended polysomnography"),
                   ("Requested DOS", fd(f["planned"])), ("Facility", CTR), ("Decision", "Denied - criteria not met"),
                   ("Guideline", "SLP-201, section 2.3")], label_w=48, size=9)
    d.para(f"Clinical rationale: the submitted notes do not document a condition that makes a home sleep apnea "
           f"test inappropriate (no congestive heart failure, COPD, neuromuscular disease, opioid use or suspected "
           f"parasomnia). An HSAT (95806) has been approved under a separate authorization. {REASON.split('. ')[-1]}",
           9.2)
    d.para(f"Peer-to-peer: call {f['ph']} option 3 within 14 days. A member or provider appeal on the member's behalf "
           "must be filed within 180 days of the date of this notice. Urgent requests are decided within 72 "
           "hours.", 9.2)
    signature(d, ["Physician Reviewer: Lionel B. Harcourt, MD", NSM], "")
    return out(d)


def hsat_approval(f, ds) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(footer=None, footer_left="NSM-AUTH-APR")
    d.add_page()
    letterhead(d, NSM, "Provider Line " + f["ph"] + "  |  Fax " + f["fax"], "right")
    d.line("AUTHORIZATION APPROVED", 12, "B", h=7)
    d.line(f"Date: {fd(f['date'])}", 10, h=6)
    d.table(["Authorization #", "Patient", "Member #", "CPT", "Approved date of service"],
            [[f["auth"], f["member"], f["mid"], "95806", fd(f["hdate"])]], [32, 46, 34, 16, 46], size=8.4)
    d.para(f"The home sleep apnea test ordered by {DOC}, MD is approved for {HVP} member {f['member']}. Device to be "
           f"dispensed by {CTR}. Valid for one test; the approval expires 60 days after the date of this notice.",
           9.4)
    d.para("This authorization confirms medical necessity only and is not a guarantee of payment.", 9.4)
    return out(d)


def aviso_es(f) -> bytes:
    fd = lambda x: fdate(x, "es")  # noqa: E731
    d = Page(footer="Página {n} de {nb}", footer_left="NSM-DET-MBR-SP")
    d.add_page()
    letterhead(d, NSM, f"Programa de estudios del sueño para {HVP}  |  Apartado postal 60218, Oak Brook, IL 60523",
               "center", "Servicios al Miembro " + f["ph"])
    d.line("AVISO DE DETERMINACIÓN ADVERSA", 13, "B", align="C", h=8)
    d.line(f"Fecha: {fd(f['date'])}", 10, h=6)
    mail_to(d, [f["member"]] + f["addr"], 9.5)
    d.pairs([("Miembro", f["member"]), ("N.º de miembro", f["mid"]), ("N.º de caso", f["case"]),
             ("Médico que lo pidió", f"Dra. {DOC}"), ("Fecha de nacimiento", fdate(f["dob"], "slash")),
             ("Fecha solicitada", fd(f["planned"]))], label_w=55, size=9.4)
    d.ln(2)
    d.para(f"Estimado(a) {f['member']}:", 10)
    d.para(f"Su médica pidió un estudio del sueño en laboratorio (polisomnografía, código 95810) en {CTR}. No lo "
           "aprobamos. Sus registros muestran ronquidos y somnolencia, pero no una enfermedad del corazón o de los "
           "pulmones ni otra condición que haga necesario dormir en el laboratorio. Una prueba de apnea del sueño "
           "en casa (código 95806) puede dar el diagnóstico y está aprobada.", 9.7)
    d.para(f"Si no está de acuerdo, puede apelar dentro de 180 días a partir de la fecha de esta carta. Llame al "
           f"{f['ph']} o escriba a {HVP}, Apelaciones, Apartado postal 88140, Springfield, IL 62791. Si su salud "
           "corre peligro, pida una apelación acelerada: la decidimos en 72 horas. Después de la decisión final "
           "puede pedir una revisión externa dentro de 4 meses.", 9.6)
    signature(d, ["Revisión Médica", NSM], "Atentamente,")
    return out(d)


def upheld_prose(f, ds) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(footer=None, footer_left="HVP-APL-L1-UPH")
    d.add_page()
    letterhead(d, HVP, "Appeals and Grievances  |  PO Box 88140, Springfield, IL 62791", "rule")
    d.line(fd(f["date"]), 10, h=7)
    mail_to(d, [f["member"]] + f["addr"], 10)
    d.para(f"Dear {f['member']},", 10)
    d.para(f"We received your appeal on {fd(f['recv'])} and gave it appeal number {f['appeal']}. You asked us to "
           f"approve the overnight sleep study in a sleep laboratory that {DOC}, MD asked for, planned for "
           f"{fd(f['planned'])} at {CTR}. {NSM} had refused that study under case {f['case']}.", 10)
    d.para("A sleep medicine specialist who did not make the first decision reviewed your appeal, the letter from "
           "your doctor and your records. You do not have heart failure, lung disease, a nerve or muscle disease or "
           "signs of a sleep problem other than sleep apnea. A home sleep test is still the right first test for "
           "you, and it remains approved. We are upholding the decision: the in-lab study is not medically "
           "necessary now. If the home test does not give a clear answer, your doctor can ask again.", 10)
    d.para(f"Your member ID is {f['mid']}. If you still disagree, you may ask for a second-level appeal within 60 "
           f"days of the date of this letter by writing to the address above or calling {f['ph']}. If your health "
           "is in serious danger you can ask for a decision within 72 hours. You also have the right to an "
           "independent external review within four months of our final decision.", 10)
    signature(d, ["Margery K. Oakhurst, RN", "Appeals Coordinator, " + HVP])
    return out(d)


def info_request(f, ds) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(footer=None, footer_left="NSM-RFI-02")
    d.add_page()
    letterhead(d, NSM, "Sleep Management Program  |  Fax " + f["fax"], "box")
    d.line("REQUEST FOR ADDITIONAL CLINICAL INFORMATION", 12, "B", h=8)
    d.line(f"Date of request: {fd(f['date'])}", 9.8, h=6)
    d.line(f"To: {DOC}, MD   -   {CTR}", 9.8, h=6)
    d.ln(2)
    d.boxed_pairs([("Case number", f["case"]), ("Member", f["member"]), ("Member ID", f["mid"]),
                   ("Health plan", HVP), ("Service requested", "95811 Polysomnography with CPAP titration"),
                   ("Planned date", fd(f["planned"])), ("Received", fd(f["recv"]))], label_w=50, size=9.2)
    d.para("We need more information to decide this request. Please send the home sleep apnea test report, the "
           "AHI, and notes on any CPAP trial. Send them by fax within 5 business days. If we do not receive them, "
           "we will make a decision with the information we have.", 9.5)
    d.para("This is not a denial. No action is needed from the member.", 9.5)
    signature(d, ["Clinical Intake Team", NSM], "")
    return out(d)


def documents(rng) -> list[Item]:
    items, P = [], FAMILY + "_"
    ctr_alt = {"provider": [CTR]}
    plan_alt = {"insurer": [HVP]}
    f = facts(random.Random(SEED + 1))
    items.append(Item(P + "bd_member_determination_partial_approval", "born_digital",
                      [(member_letter(f, "long"),
                        T(f, NSM, "denial_letter", "medical_necessity", cases=[f["case"]], dead=days(f["date"], 180),
                          alts=dict(plan_alt, **ctr_alt), dalts=["level_of_care"]))]))
    f = facts(random.Random(SEED + 2))
    f["date"], f["planned"] = days(f["planned"], 34), f["date"]
    pdf, amt = center_bill(f, "slash", "plain")
    items.append(Item(P + "scan_sleep_center_statement", "scan_clean_300",
                      [(pdf, T(f, None, "other", None, cases=[f["clm"]], amount=amt, prov=CTR,
                               uns=["insurer"], alts={"provider": [DOC]}))]))
    r = random.Random(SEED + 3)
    f = facts(r)
    f["date"], f["planned"] = days(f["planned"], 40), f["date"]
    f.update(c1=mixed(r, "26A99999999999"), c2=mixed(r, "26A99999999999"))
    pdf, amt = eob(f, "dmy", "plain")
    items.append(Item(P + "copy_member_eob_three_claims", "photocopy",
                      [(pdf, T(f, HVP, "eob", "prior_authorization", cases=[f["clm"], f["case"]], amount=amt,
                               prov=CTR, dead=days(f["date"], 180), grp=True, plan=True,
                               alts={"provider": [DOC], "case_numbers": [[f["clm"]]]},
                               dalts=["medical_necessity"]))]))
    r = random.Random(SEED + 4)
    f = facts(r)
    f["hdate"] = days(f["planned"], -r.randint(3, 6))
    t1 = T(f, NSM, "denial_letter", "medical_necessity", cases=[f["case"]], dead=days(f["date"], 180),
           alts=dict(plan_alt, **ctr_alt), dalts=["level_of_care"])
    f2 = dict(f, planned=f["hdate"])
    t2 = T(f2, NSM, "other", None, cases=[f["auth"]], alts=dict(plan_alt, **ctr_alt))
    items.append(Item(P + "faxfine_stack_provider_notice_hsat_approval", "fax_fine_g4",
                      [(provider_copy(f, "upper_dmy"), t1), (hsat_approval(f, "upper_dmy"), t2)],
                      separators=["cover", None]))
    f = facts(random.Random(SEED + 5), "es")
    items.append(Item(P + "photo_aviso_determinacion_es", "phone_photo",
                      [(aviso_es(f), T(f, NSM, "denial_letter", "medical_necessity", "es", cases=[f["case"]],
                                       dead=days(f["date"], 180), alts=dict(plan_alt, **ctr_alt),
                                       dalts=["level_of_care"]))]))
    f = facts(random.Random(SEED + 6))
    f["recv"] = days(f["date"], -21)
    items.append(Item(P + "rot_upheld_appeal_prose", "rotated",
                      [(upheld_prose(f, "iso"),
                        T(f, HVP, "denial_letter", "medical_necessity", cases=[f["appeal"], f["case"]],
                          dead=days(f["date"], 60), alts=dict(insurer=[NSM], **ctr_alt),
                          dalts=["level_of_care"]))]))
    f = facts(random.Random(SEED + 7))
    items.append(Item(P + "lowres_request_for_clinical_info", "scan_lowres_150",
                      [(info_request(f, "abbr"), T(f, NSM, "other", None, cases=[f["case"]],
                                                    alts=dict(plan_alt, **ctr_alt)))]))
    return items
