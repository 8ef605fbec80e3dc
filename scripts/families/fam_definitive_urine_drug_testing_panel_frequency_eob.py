"""Family 'definitive_urine_drug_testing_panel_frequency_eob': definitive (quantitative) urine drug test panels
(HCPCS G0480-G0483) refused once a member passed the yearly count the plan pays (12 dates of service a calendar year).
Documents: a commercial plan's member EOB with three claims (clinic visit and presumptive screen paid, the definitive
panel refused for the yearly limit); the toxicology laboratory's patient statement (denies nothing); a Medicaid
managed-care "Notice of Adverse Benefit Determination" in the structure of state Medicaid notices (plan appeal within
60 days, State fair hearing after the appeal, 10-day continuation of benefits, 72-hour expedited appeal); a fine-fax
stack (cover + the plan's request for medical records to the lab + blank + the review decision after the records);
a prose-only member letter; a Spanish notice; an appeal resolution upholding the refusal.
Issuers (fictional): Cobalt Ridge Health Plan (commercial); Larkspur Valley Health Partners (Medicaid managed care);
laboratory: Quillfeather Toxicology Laboratory; ordering clinic: Harborside Recovery Clinic.
Truth: provider = the laboratory (the ordering physician accepted where printed); claim amount = the refused claim's
billed charge; case numbers = the refused claim's number (+ notice / appeal / review numbers); member ID = plan member
ID (the State Medicaid ID accepted on Medicaid notices).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from kit_roundcq_famcqd import days, digits, fdate, hrule, letterhead, mail_to, mixed, phone, signature, usd
from public_kit import Page, m2, out

FAMILY = "definitive_urine_drug_testing_panel_frequency_eob"
LANG = "en"
SEED = 340300
COB = "Cobalt Ridge Health Plan"
LVH = "Larkspur Valley Health Partners"
LAB = "Quillfeather Toxicology Laboratory"
CLINIC = "Harborside Recovery Clinic"
MEMBERS = ["Florian T. Eckersley", "Mirela D. Hoskins", "Augustin W. Pell", "Tamsin K. Ferrante",
           "Cordell B. Ashgrove", "Rosamund E. Clay"]
MEMBERS_ES = ["Yaretzi M. Olmedo", "Abundio C. Sarmiento"]
DOCS = ["Emmerline R. Sato, MD", "Lysander P. Okafor, DO", "Wilhelmina J. Trask, MD"]
STREETS = ["42 Gannet Row", "1180 Tern Hollow Rd", "7 Weir Street, Apt 3", "305 Old Ferry Lane"]
CITIES = ["Marrow Bay, ME 04622", "Kettle Falls, ME 04739", "Ossington, ME 04410"]
CODES = {"G0481": "Drug test(s), definitive, 8-14 drug classes", "G0482": "Drug test(s), definitive, 15-21 drug classes",
         "G0483": "Drug test(s), definitive, 22+ drug classes"}


def facts(r: random.Random, lang: str = "en") -> dict:
    date = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 200))
    dos = days(date, -r.randint(12, 40))
    code = r.choice(list(CODES))
    return dict(date=date, dos=dos, code=code, desc=CODES[code],
                amt=round(r.randint(260, 690) + r.choice([0, 0.5, 0.25, r.randint(1, 99) / 100]), 2),
                member=r.choice(MEMBERS_ES if lang == "es" else MEMBERS),
                addr=[r.choice(STREETS), r.choice(CITIES)], mid=mixed(r, "CRH99999999"), grp=mixed(r, "G-99999"),
                plan=mixed(r, "PPO-9A9"), mcoid=mixed(r, "LV999999999"), sid=digits(r, 10),
                clm=mixed(r, "2699999999900"), notice=mixed(r, "NABD-99-99999"), appeal=mixed(r, "AP99999999"),
                review=mixed(r, "MR-999999"), npi=r.choice("12") + digits(r, 9), acct=digits(r, 8),
                dob=dt.date(r.randint(1962, 2001), r.randint(1, 12), r.randint(1, 28)), doc=r.choice(DOCS),
                ph=phone(r), fax=phone(r), recv=days(date, -r.randint(5, 9)))


def T(f, ins, dtype, den, lang="en", cases=(), dead=None, alts=None, uns=None, amount=True, mid=None, grp=True,
      plan=False, dalts=None):
    return truth(dtype, den, lang, insurer=ins, plan_id=f["plan"] if plan else None,
                 group_number=f["grp"] if grp else None, member_id=mid if mid is not None else f["mid"],
                 member_name=f["member"], case_numbers=list(cases), claim_amount=m2(f["amt"]) if amount else None,
                 service_dates=[f["dos"].isoformat()], denial_date=f["date"].isoformat(), provider=LAB,
                 appeal_deadline=dead.isoformat() if dead else None, alternates=alts or {}, unscored=uns or [],
                 denial_alternates=dalts or [])


def eob(f, ds, ms) -> bytes:
    """Member EOB: summary sidebar at right, three claims under claim bars, remark legend."""
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(footer="Page {n} of {nb}", footer_left=f"{COB}  |  EOB-7 (01/26)")
    d.add_page()
    letterhead(d, COB, "PO Box 88120, Augusta, ME 04332  |  Member Services " + f["ph"], "box", "COBALT RIDGE")
    y0 = d.get_y()
    d.line("EXPLANATION OF BENEFITS", 14, "B", h=7)
    d.line("THIS IS NOT A BILL", 9, "B", h=5)
    d.ln(2)
    mail_to(d, [f["member"]] + f["addr"], 9.5)
    yl = d.get_y()
    d.set_xy(122, y0)
    d.set_fill_color(232, 232, 232)
    d.rect(120, y0, 78, 46, style="F")
    rows = [("Statement date", fd(f["date"])), ("Member ID", f["mid"]), ("Group", f["grp"]), ("Plan", f["plan"]),
            ("Claims processed", f"{fd(days(f['date'], -30))} -"), ("", fd(days(f["date"], -2))),
            ("Date of birth", fd(f["dob"]))]
    for k, v in rows:
        d.set_x(122)
        d.f(8, "B").cell(30, 5.6, k)
        d.f(8.5).cell(44, 5.6, v, new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(yl, y0 + 50))
    visit = round(f["amt"] * 0.41 + 17, 2)
    screen = round(f["amt"] * 0.22 + 9, 2)
    claims = [
        (f["c1"], f["member"], CLINIC, f["d1"], [("99214", "Office visit, established", visit, round(visit * .62, 2),
                                                   round(visit * .62 - 30, 2), 30.0, "")]),
        (f["c2"], f["member"], LAB, f["dos"], [("80307", "Drug screen, presumptive", screen, round(screen * .7, 2),
                                                 round(screen * .7, 2), 0.0, "")]),
        (f["clm"], f["member"], LAB, f["dos"], [(f["code"], f["desc"], f["amt"], 0.0, 0.0, 0.0, "L12")]),
    ]
    for no, pat, prov, dos, lines in claims:
        d.set_fill_color(210, 210, 210)
        d.f(8.5, "B").cell(0, 6, f"  Claim {no}  |  Provider: {prov}  |  Received {fd(days(dos, 6))}",
                           fill=True, new_x="LMARGIN", new_y="NEXT")
        body = [[fd(dos), c, ds_, usd(b, ms), usd(a, ms), usd(p, ms), usd(y, ms), rk] for c, ds_, b, a, p, y, rk in lines]
        tot = sum(l[2] for l in lines)
        body.append(["", "", "Claim total", usd(tot, ms), "", "", "", ""])
        d.table(["Service date", "Code", "Description", "Billed", "Allowed", "Plan paid", "You owe", "Remark"], body,
                [22, 14, 58, 20, 18, 18, 16, 14], size=7.6, border=0, head_h=6, row_h=5,
                aligns=["L", "L", "L", "R", "R", "R", "R", "L"])
    hrule(d)
    d.line("Remark codes", 9.5, "B", h=6)
    d.para("L12  Your plan pays for definitive drug testing (codes G0480-G0483) on up to 12 dates of service in a "
           "calendar year. Our records show that 12 dates of service were already paid this year, so this test is "
           "over the benefit limit and is not covered. The laboratory may bill you for this amount only if you "
           "agreed in writing before the test.", 8.5)
    d.para(f"Your right to appeal: you may file an appeal within 180 days of the date of this statement. Urgent "
           f"appeals are decided within 72 hours. After the plan's final decision you may ask for an external "
           f"review within 4 months. Call {f['ph']} (TTY 711) or write to Appeals, PO Box 88124, Augusta, ME 04332.",
           8.5)
    return out(d)


def lab_statement(f, ds, ms) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(serif=True, footer=None, footer_left=f"{LAB}  |  CLIA 20D{f['acct'][:7]}  |  Tax ID 01-{f['acct'][1:8]}")
    d.add_page()
    letterhead(d, LAB, "219 Cooper Mill Road, Bridgton, ME 04009  |  Billing office " + f["fax"], "center",
               "Forensic & Clinical Toxicology")
    d.line("PATIENT STATEMENT", 13, "B", h=7)
    d.pairs([("Statement date", fd(f["date"])), ("Account number", f["acct"]), ("Patient", f["member"]),
             ("Date of birth", fd(f["dob"])), ("Ordering physician", f"{f['doc']} - {CLINIC}"),
             ("Insurance", f"{COB}  ID {f['mid']}"), ("Please pay by", fd(days(f["date"], 25)))], label_w=42, size=9.5)
    d.ln(3)
    rows = [["", "", "Previous balance", "", "", "0.00"],
            [fd(f["dos"]), f["code"], f["desc"], usd(f["amt"], ms), "0.00", usd(f["amt"], ms)]]
    d.table(["Date", "Code", "Service", "Charge", "Ins. paid / adj.", "Balance"], rows, [29, 15, 60, 24, 26, 20],
            size=8.4, aligns=["L", "L", "L", "R", "R", "R"])
    d.para(f"Your insurance processed the definitive test on {fd(f['dos'])} as over the yearly limit for drug "
           f"testing. Total charges for the definitive test: {usd(f['amt'], ms)}. Amount due from you: "
           f"{usd(f['amt'], ms)}.", 9.5)
    d.para("If you signed a financial responsibility form you owe this balance. Questions? Call our billing office. "
           "We accept payment plans of 6 or 12 months.", 9)
    d.ln(2)
    d.f(8).cell(0, 5, "- - - - - - - - - - - - - - detach and return with payment - - - - - - - - - - - - - -",
                new_x="LMARGIN", new_y="NEXT")
    d.pairs([("Account", f["acct"]), ("Amount due", usd(f["amt"], ms)), ("Amount enclosed", "$ __________")],
            label_w=40, size=9)
    return out(d)


def noa(f, ds, ms) -> bytes:
    """Medicaid managed-care Notice of Adverse Benefit Determination (state notice structure)."""
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(footer="Page {n} of {nb}", footer_left="LVHP-NABD-LAB (Rev. 07/2025)")
    d.add_page()
    letterhead(d, LVH, "A Medical Assistance managed care plan  |  12 Larkspur Court, Bangor, ME 04401  |  "
               + f["ph"], "rule")
    d.line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 13, "B", align="C", h=7)
    d.line("About a service that was denied", 10, align="C", h=5)
    d.ln(3)
    d.boxed_pairs([("Date of this notice", fd(f["date"])), ("Notice number", f["notice"]), ("Member", f["member"]),
                   ("Plan member ID", f["mid"]), ("State Medicaid ID", f["sid"]), ("Date of birth", fd(f["dob"])),
                   ("Provider", f"{LAB} (NPI {f['npi']})"), ("Ordered by", f["doc"])], label_w=52)
    mail_to(d, [f["member"]] + f["addr"], 9.5)
    d.heading("What we decided", 11, rule=True)
    d.para(f"We denied payment for the definitive urine drug test ({f['code']}) done on {fd(f['dos'])}. The claim "
           f"number is {f['clm']} and the amount billed is {usd(f['amt'], ms)}.", 9.8)
    d.heading("Why we made this decision", 11, rule=True)
    d.para("The Medical Assistance program covers definitive drug testing on no more than 12 dates of service per "
           "member per calendar year (Provider Manual, Chapter 101, Section 4.07). You reached that limit before "
           "this test. This is a limit on the benefit; the test is not covered.", 9.8)
    d.para("You do not have to pay the provider for this service. A network provider may not bill you for a service "
           "we denied.", 9.8)
    d.heading("Your right to appeal", 11, rule=True)
    d.bullets([f"You may ask us for an appeal within 60 calendar days from the date on this notice. Call "
               f"{f['ph']} or write to Appeals Unit, 12 Larkspur Court, Bangor, ME 04401.",
               "If waiting could seriously harm your health, ask for a fast (expedited) appeal. We decide those in "
               "72 hours.",
               "If you are already getting a service we are stopping, you can keep it during the appeal if you ask "
               "within 10 days of the date on this notice.",
               "State fair hearing: after you get our appeal decision, you may ask for a State fair hearing within "
               "120 days of the date on the appeal decision."], 9)
    d.para("You may have someone help you, such as a friend, a family member or a lawyer. Free language help and "
           "other formats are available.", 8.8)
    signature(d, ["Utilization Management", LVH], "")
    return out(d)


def noa_es(f, ms) -> bytes:
    fd = lambda x: fdate(x, "es")  # noqa: E731
    d = Page(footer="Página {n} de {nb}", footer_left="LVHP-NABD-LAB-SP (Rev. 07/2025)")
    d.add_page()
    letterhead(d, LVH, "Plan de atención administrada de Asistencia Médica  |  12 Larkspur Court, Bangor, ME 04401",
               "center", "Servicios al Miembro " + f["ph"])
    d.line(fd(f["date"]), 10, h=6)
    mail_to(d, [f["member"]] + f["addr"], 9.5)
    d.line("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", 12.5, "B", h=8)
    d.pairs([("Miembro", f["member"]), ("N.º de miembro", f["mid"]), ("ID de Medicaid estatal", f["sid"]),
             ("N.º de reclamo", f["clm"]), ("Fecha del servicio", fd(f["dos"])), ("Proveedor", LAB),
             ("Monto facturado", usd(f["amt"], ms)), ("Fecha de nacimiento", fdate(f["dob"], "slash"))],
            label_w=50, size=9.5)
    d.ln(2)
    d.para(f"Estimado(a) {f['member']}:", 10)
    d.para(f"Negamos el pago de la prueba definitiva de drogas en orina ({f['code']}). El programa cubre estas "
           "pruebas hasta 12 fechas de servicio por año calendario y usted ya alcanzó ese límite. Este servicio no "
           "está cubierto.", 9.8)
    d.para(f"Puede pedirnos una apelación dentro de 60 días a partir de la fecha de este aviso. Llame al {f['ph']}. "
           "Si su salud corre peligro, pida una apelación rápida: la decidimos en 72 horas. Después de nuestra "
           "decisión puede pedir una audiencia imparcial estatal dentro de 120 días.", 9.6)
    d.para("No tiene que pagarle al proveedor por este servicio.", 9.6)
    signature(d, ["Departamento de Utilización", LVH], "Atentamente,")
    return out(d)


def records_request(f, ds, ms) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(footer=None, footer_left=f"{COB}  -  Clinical Claim Review  -  Fax {f['fax']}")
    d.add_page()
    letterhead(d, COB, "Clinical Claim Review, PO Box 88131, Augusta, ME 04332", "rule")
    d.line(f"DATE: {fd(f['rr'])}", 10, "B", h=6)
    mail_to(d, [LAB, "Attn: Billing / Medical Records", "219 Cooper Mill Road", "Bridgton, ME 04009"], 9.5)
    d.line("REQUEST FOR MEDICAL RECORDS", 12, "B", h=7)
    d.pairs([("Patient", f["member"]), ("Member ID", f["mid"]), ("Group", f["grp"]), ("Claim number", f["clm"]),
             ("Date of service", fd(f["dos"])), ("Billed", usd(f["amt"], ms)), ("Review ID", f["review"])],
            label_w=38, size=9.5)
    d.ln(2)
    d.para(f"This claim has been pended for clinical review because it is the 13th definitive drug test for this "
           f"member in the calendar year. Please send the order signed by {f['doc']}, the presumptive screen result "
           "and the clinical notes that explain why a definitive test was needed. Send the records within 30 days "
           "of this request. If we do not receive them, the claim will be processed with the information we have.",
           9.6)
    d.para("This is not a denial. Do not bill the member while the claim is pended.", 9.6, )
    signature(d, ["Nurse Reviewer, Clinical Claim Review", COB], "Thank you,")
    return out(d)


def review_decision(f, ds, ms) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(footer="Page {n} of {nb}")
    d.add_page()
    letterhead(d, COB, "Clinical Claim Review, PO Box 88131, Augusta, ME 04332", "rule")
    d.line(f"DATE: {fd(f['date'])}", 10, "B", h=6)
    mail_to(d, [LAB, "Attn: Billing", "219 Cooper Mill Road", "Bridgton, ME 04009"], 9.5)
    d.line("CLAIM REVIEW DETERMINATION - NOT APPROVED", 12, "B", h=7)
    d.pairs([("Patient", f["member"]), ("Member ID", f["mid"]), ("Group", f["grp"]), ("Claim number", f["clm"]),
             ("Review ID", f["review"]), ("Date of service", fd(f["dos"])), ("Code", f["code"]),
             ("Billed", usd(f["amt"], ms)), ("Records received", fd(f["recv"])), ("Billing NPI", f["npi"])],
            label_w=38, size=9.5)
    d.ln(2)
    d.para("A physician reviewer read the records you sent. The presumptive screen on the same day was negative for "
           "every drug class, and the notes do not say why a definitive panel of this size was needed or how its "
           "result would change treatment. The test was the 13th definitive panel this year, above the 12 the "
           "plan's drug testing policy (Medical Policy LAB-041) allows without documented medical need. The claim "
           "is denied as not medically necessary.", 9.6)
    d.para("You may ask for a reconsideration within 90 days of the date of this letter. Send a written request "
           f"with any new information to the address above or fax {f['fax']}. A peer-to-peer conversation may be "
           f"requested by calling {f['ph']} within 14 days.", 9.6)
    signature(d, ["Physician Reviewer, Clinical Claim Review", COB])
    return out(d)


def prose_letter(f, ds, ms) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(serif=True, footer=None)
    d.add_page()
    letterhead(d, COB, "Member Services  |  PO Box 88120, Augusta, ME 04332", "box", "COBALT RIDGE")
    d.line(fd(f["date"]), 10, h=6)
    mail_to(d, [f["member"]] + f["addr"], 10)
    d.para(f"Dear {f['member'].split()[0]} {f['member'].split()[-1]}:", 10.5)
    d.para(f"We are writing about a laboratory claim for you. On {fd(f['dos'])}, {LAB} ran a definitive urine drug "
           f"test that {f['doc']} ordered, and the laboratory billed us {usd(f['amt'], ms)} for it. We gave the claim "
           f"the number {f['clm']}.", 10.5)
    d.para("We cannot pay this claim. Your plan covers definitive drug tests on up to 12 days in each calendar "
           "year, and this test came after the twelfth. It is over your plan's benefit limit, so it is not covered.",
           10.5)
    d.para(f"When you call us, please have your member number, {f['mid']}, and your group number, {f['grp']}, "
           f"ready. Our phone number is {f['ph']}.", 10.5)
    d.para(f"If you think we are wrong, you can appeal. We must receive your appeal by {fd(days(f['date'], 180))}. "
           "If your health is at risk, you can ask for a quick decision within 72 hours.", 10.5)
    signature(d, ["Claims Resolution Team", COB])
    return out(d)


def appeal_resolution(f, ds, ms) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(footer="Page {n} of {nb}", footer_left="LVHP-NAR (Rev. 07/2025)")
    d.add_page()
    letterhead(d, LVH, "Appeals Unit  |  12 Larkspur Court, Bangor, ME 04401  |  " + f["ph"], "center")
    d.line("NOTICE OF APPEAL RESOLUTION", 13, "B", align="C", h=7)
    d.ln(2)
    d.pairs([("Date", fd(f["date"])), ("Member", f["member"]), ("Member ID", f["mid"]),
             ("State Medicaid ID", f["sid"]), ("Appeal number", f["appeal"]), ("Claim", f["clm"]),
             ("Service", f"{f['code']} definitive drug test, {fd(f['dos'])}"), ("Provider", LAB),
             ("Amount billed", usd(f["amt"], ms)), ("Appeal received", fd(f["recv"]))], label_w=44, size=9.5)
    d.ln(2)
    d.para("Decision: we upheld our denial. A reviewer who did not make the first decision looked at your appeal "
           "and the laboratory's records. The program pays for definitive drug testing on 12 dates of service a "
           "calendar year, and this test was the 14th. It is not covered.", 9.8)
    d.heading("State fair hearing", 10.5)
    d.para("If you do not agree, you may ask for a State fair hearing within 120 days of the date of this notice. "
           "Write to the Office of Administrative Hearings, 11 State House Station, Augusta, ME 04333. If you ask "
           "within 10 days, a service you are getting can continue until the hearing.", 9.4)
    signature(d, ["Appeals Coordinator", LVH])
    return out(d)


def documents(rng) -> list[Item]:
    items, P = [], FAMILY + "_"
    r = random.Random(SEED + 1)
    f = facts(r)
    f.update(c1=mixed(r, "2699999999900"), c2=mixed(r, "2699999999900"), d1=days(f["dos"], -r.randint(1, 9)))
    items.append(Item(P + "bd_member_eob_three_claims", "born_digital",
                      [(eob(f, "slash", "plain"), T(f, COB, "eob", "not_covered", cases=[f["clm"]],
                                                      dead=days(f["date"], 180), plan=True))]))
    f = facts(random.Random(SEED + 2))
    items.append(Item(P + "scan_lab_patient_statement", "scan_clean_300",
                      [(lab_statement(f, "long", "plain"),
                        T(f, None, "other", None, grp=False, uns=["insurer"],
                          alts={"member_id": [None], "provider": [f["doc"]]}))]))
    f = facts(random.Random(SEED + 3))
    items.append(Item(P + "copy_medicaid_notice_of_action", "photocopy",
                      [(noa(f, "long", "plain"),
                        T(f, LVH, "denial_letter", "not_covered", cases=[f["notice"], f["clm"]], grp=False,
                          dead=days(f["date"], 60), alts={"member_id": [f["sid"]], "provider": [f["doc"]]}))]))
    r = random.Random(SEED + 4)
    f = facts(r)
    f.update(rr=days(f["dos"], r.randint(7, 10)), date=days(f["dos"], r.randint(36, 44)))
    f["recv"] = days(f["date"], -r.randint(5, 9))
    t1 = T(f, COB, "other", None, cases=[f["clm"], f["review"]], alts={"provider": [f["doc"]]})
    t1["fields"]["denial_date"] = f["rr"].isoformat()
    t2 = T(f, COB, "denial_letter", "medical_necessity", cases=[f["clm"], f["review"]], dead=days(f["date"], 90),
           dalts=["not_covered"])
    items.append(Item(P + "faxfine_stack_records_request_and_decision", "fax_fine_g4",
                      [(records_request(f, "upper_dmy", "plain"), t1), (review_decision(f, "upper_dmy", "plain"), t2)],
                      separators=["cover", None]))
    f = facts(random.Random(SEED + 5))
    items.append(Item(P + "photo_prose_member_letter", "phone_photo",
                      [(prose_letter(f, "long", "plain"),
                        T(f, COB, "denial_letter", "not_covered", cases=[f["clm"]], dead=days(f["date"], 180),
                          alts={"provider": [f["doc"]]}))]))
    f = facts(random.Random(SEED + 6), "es")
    items.append(Item(P + "rot_aviso_es", "rotated",
                      [(noa_es(f, "plain"),
                        T(f, LVH, "denial_letter", "not_covered", "es", cases=[f["clm"]], grp=False,
                          dead=days(f["date"], 60), alts={"member_id": [f["sid"]]}))]))
    f = facts(random.Random(SEED + 7))
    items.append(Item(P + "lowres_appeal_resolution_upheld", "scan_lowres_150",
                      [(appeal_resolution(f, "dmy", "plain"),
                        T(f, LVH, "denial_letter", "not_covered", cases=[f["appeal"], f["clm"]], grp=False,
                          alts={"member_id": [f["sid"]]}))]))
    return items
