"""Family 'shoulder_arthroplasty_conservative_care_criteria_denial': an invented commercial plan refuses a total
shoulder replacement (CPT 23472) because its guideline's conservative-care trial (12 weeks of physical therapy,
anti-inflammatory medicine and a joint injection) was not tried long enough.

Documents: the plan's pre-service denial to the member (born digital); the hospital's pre-service letter postponing
the surgery (scan 300, denies nothing); a fine-fax stack of a cover sheet, the plan's peer-to-peer outcome to the
surgeon (denial maintained) and the surgeon's letter of medical necessity; a Spanish member notice (photocopy); the
upheld first-level appeal told only in sentences (phone photo); the approval after more conservative care (rotated,
denies nothing); a three-claim member EOB refusing only the hospital's surgery claim (150 dpi). Everything invented.
Decoys: DOB, NPI, request-received dates, peer-to-peer call dates, guideline and form numbers, other claims, 72-hour,
second-level and external-review limits, estimated charges.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from public_kit import Page, fdate, m2, money, out

FAMILY = "shoulder_arthroplasty_conservative_care_criteria_denial"
LANG = "en"
SEED = 344100

PLAN = {"org": "Thornbury Mutual Health Plan", "addr": "PO Box 40217, Millbrook Falls, NA 98310",
        "phone": "1-866-555-0134", "web": "thornburymutual.example", "fax": "1-866-555-0199"}
HOSP = ("Kestrel Bay Orthopedic Hospital", "2200 Saltmarsh Parkway, Millbrook Falls, NA 98312", "(360) 555-0148")
SURGEON = "Rowan T. Ashby"
PEOPLE = ["Percy L. Holloway", "Harriet V. Strand", "Gideon W. Marchetti", "Guadalupe E. Figueroa",
          "Ramón A. Villalobos", "Odette K. Fairchild", "Wendell J. Oduya"]
MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
       "noviembre", "diciembre"]
GUIDE = "Medical Policy ORTH-114 (Shoulder Arthroplasty)"


def dg(r, n):
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def fd(d, ds):
    if ds == "es":
        return f"{d.day} de {MES[d.month - 1]} de {d.year}"
    if ds == "updash":
        return d.strftime("%d-%b-%Y").upper()
    return fdate(d, ds)


def base(r, i):
    notice = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 100))
    return dict(notice=notice, planned=notice + dt.timedelta(days=r.randint(12, 30)),
                recv=notice - dt.timedelta(days=r.randint(3, 8)), ref="TM-PA-" + dg(r, 7),
                mid="TMH" + dg(r, 9), grp="G-" + dg(r, 5), npi="1" + dg(r, 9), hnpi="1" + dg(r, 9),
                who=PEOPLE[i], dob=dt.date(r.randint(1948, 1972), r.randint(1, 12), r.randint(1, 28)),
                weeks=r.choice([4, 5, 6, 7]), side=r.choice(["right", "left"]),
                street=f"{r.randint(100, 9800)} {r.choice(['Foxglove Ct', 'Weir Street', 'Tamarack Ave'])}")


def letterhead(p, es=False):
    p.line(PLAN["org"], 16, "B")
    p.line(f"{PLAN['addr']}  |  {PLAN['web']}", 8.5)
    p.line(("Servicios al Miembro " if es else "Member Services ") + PLAN["phone"] + "  (TTY 711)", 8.5)
    p.ln(5)


def addr(p, f):
    p.para(f"{f['who']}\n{f['street']}\nMillbrook Falls, NA 98311", 10)


def reason(f):
    return (f"Our guideline ({GUIDE}) asks for at least 12 weeks of conservative care in the past 12 months "
            "before a total shoulder replacement: supervised physical therapy, anti-inflammatory medicine and at "
            f"least one joint injection. The records we received show {f['weeks']} weeks of physical therapy and no "
            "injection. The surgery is not medically necessary at this time.")


def member_denial(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="TMH-UM-DN-01 (rev. 2025)")
    p.add_page()
    letterhead(p)
    p.line(fd(f["notice"], ds), 10)
    p.ln(2)
    addr(p, f)
    p.heading("Notice of Adverse Benefit Determination - Pre-Service Request", 12.5, rule=True)
    p.pairs([("Member", f["who"]), ("Member ID", f["mid"]), ("Group number", f["grp"]),
             ("Date of birth", fd(f["dob"], ds)), ("Reference number", f["ref"]),
             ("Service requested", f"Total shoulder arthroplasty, {f['side']} (CPT 23472), inpatient"),
             ("Requesting surgeon", f"Dr. {SURGEON}  (NPI {f['npi']})"), ("Facility", HOSP[0]),
             ("Planned surgery date", fd(f["planned"], ds)), ("Request received", fd(f["recv"], ds))], 44, 9.5)
    p.ln(2)
    p.heading("Our decision: NOT APPROVED", 11)
    p.para(reason(f), 10)
    p.para("A board-certified orthopedic surgeon reviewed this request. Your surgeon may ask for a peer-to-peer "
           "discussion within 14 days. If more conservative care is completed, a new request may be sent.", 10)
    p.heading("Your right to appeal", 11)
    p.para("You may appeal this decision within 180 days of the date of this letter. Write to Appeals, "
           f"{PLAN['addr']}, or fax {PLAN['fax']}. If waiting could seriously harm your health, ask for an expedited "
           "appeal; we will decide within 72 hours. After our final decision you may ask for an independent "
           "external review within 4 months.", 10)
    p.para("Utilization Management Department", 10)
    return out(p)


def hospital_letter(f, ds):
    p = Page(footer=None, footer_left=f"{HOSP[0]} - Patient Access Services - {HOSP[2]}")
    p.add_page()
    p.line(HOSP[0], 15, "B")
    p.line(HOSP[1], 8.5)
    p.line(f"Patient Access Services   Phone {HOSP[2]}", 8.5)
    p.ln(5)
    p.line(fd(f["hdate"], ds), 10)
    p.ln(2)
    addr(p, f)
    p.pairs([("Patient", f["who"]), ("MRN", "KB" + f["npi"][3:9]), ("Scheduled procedure", "Total shoulder arthroplasty"),
             ("Surgeon", f"Dr. {SURGEON}"), ("Scheduled date", fd(f["planned"], ds)),
             ("Insurance", f"{PLAN['org']}, ID {f['mid']}"), ("Insurer reference", f["ref"])], 42, 9.5)
    p.ln(2)
    p.para(f"Dear {f['who'].split()[0]}:", 10)
    p.para("Before every planned surgery we check that your insurance company has approved it. Your insurer has "
           "told us that it did not approve your shoulder replacement. To protect you from an unexpected bill we "
           "have postponed your surgery. Estimated charges for the hospital stay were "
           f"{money(f['est'], 'plain')}; you have not been billed.", 10)
    p.para(f"Dr. {SURGEON}'s office will contact you about next steps, which may include a peer-to-peer "
           "discussion with your insurer or an appeal. Please call our financial counselors if you have questions.", 10)
    p.para("Sincerely,\n\nLeona M. Baptiste\nPre-Service Financial Clearance", 10)
    return out(p)


def p2p(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="TMH-P2P-7")
    p.add_page()
    letterhead(p)
    p.line("PEER-TO-PEER REVIEW OUTCOME - DETERMINATION MAINTAINED", 11, "B")
    p.line(f"TO: OFFICE OF DR. {SURGEON.upper()}   FAX (360) 555-0163", 9)
    p.ln(2)
    p.boxed_pairs([("DATE OF NOTICE", fd(f["notice"], ds)), ("REFERENCE #", f["ref"]), ("MEMBER", f["who"]),
                   ("MEMBER ID", f["mid"]), ("DOB", fd(f["dob"], ds)),
                   ("REQUESTING SURGEON", f"{SURGEON}, MD   NPI {f['npi']}"),
                   ("PROCEDURE", "CPT 23472 TOTAL SHOULDER ARTHROPLASTY"), ("PLANNED DATE", fd(f["planned"], ds)),
                   ("PEER-TO-PEER CALL", fd(f["call"], ds))], 50, 8.5)
    p.para("DURING THE CALL THE SURGEON CONFIRMED " + str(f["weeks"]) + " WEEKS OF PHYSICAL THERAPY AND NO "
           "GLENOHUMERAL INJECTION. THE CONSERVATIVE CARE CRITERIA OF " + GUIDE.upper() + " ARE NOT MET. THE "
           "ORIGINAL DENIAL FOR LACK OF MEDICAL NECESSITY IS MAINTAINED.", 8.5)
    p.para("THE MEMBER OR THE SURGEON ON THE MEMBER'S BEHALF MAY APPEAL WITHIN 180 DAYS OF THE DATE OF THIS NOTICE. "
           "EXPEDITED APPEALS ARE DECIDED WITHIN 72 HOURS.", 8.5)
    p.para("Physician reviewer: Anneliese R. Voskuijlen, MD, Orthopedic Surgery", 8.5)
    return out(p)


def surgeon_letter(f, ds):
    p = Page(serif=True, footer=None)
    p.add_page()
    p.line("Millbrook Shoulder & Elbow Associates", 14, "B")
    p.line("410 Harrow Lane, Suite 2, Millbrook Falls, NA 98312   Tel (360) 555-0162   Fax (360) 555-0163", 8.5)
    p.ln(4)
    p.line(fd(f["ldate"], "long"), 10)
    p.ln(2)
    p.para(f"Appeals Unit\n{PLAN['org']}\n{PLAN['addr']}", 10)
    p.para(f"Re: {f['who']}, member ID {f['mid']}, reference {f['ref']} - letter of medical necessity", 10)
    p.para(f"I am writing to ask that you reconsider the denial of a {f['side']} total shoulder arthroplasty for my "
           f"patient, planned for {fd(f['planned'], 'long')} at {HOSP[0]}. Radiographs show end-stage glenohumeral "
           "arthritis with bone-on-bone contact and a concentric glenoid. Night pain wakes the patient most "
           "nights despite therapy and naproxen.", 10)
    p.para(f"Although the formal therapy course lasted {f['weeks']} weeks, a home exercise program has continued "
           "for months. An injection was deferred because of poorly controlled blood sugar. I believe further "
           "delay only allows more bone loss.", 10)
    p.para(f"Sincerely,\n\n{SURGEON}, MD\nOrthopedic Surgery", 10)
    return out(p)


def spanish(f, ds):
    p = Page(footer="Página {n} de {nb}", footer_left="TMH-UM-DN-01-SP")
    p.add_page()
    letterhead(p, es=True)
    p.line(fd(f["notice"], "es"), 10)
    p.ln(2)
    addr(p, f)
    p.heading("Aviso de denegación de un servicio (antes del servicio)", 12.5, rule=True)
    p.pairs([("Afiliado(a)", f["who"]), ("Núm. de afiliado", f["mid"]), ("Grupo", f["grp"]),
             ("Fecha de nacimiento", fd(f["dob"], "es")), ("Número de referencia", f["ref"]),
             ("Servicio", "Reemplazo total de hombro (CPT 23472)"), ("Cirujano", f"Dr. {SURGEON}"),
             ("Fecha prevista", fd(f["planned"], "es"))], 46, 9.5)
    p.ln(2)
    p.para("No aprobamos la cirugía. Nuestra guía pide al menos 12 semanas de tratamiento conservador (terapia "
           "física, medicamentos antiinflamatorios y una inyección en la articulación) antes de un reemplazo de "
           f"hombro. Sus expedientes muestran {f['weeks']} semanas de terapia física y ninguna inyección. Por eso la "
           "cirugía no es médicamente necesaria en este momento.", 10)
    p.para("Si no está de acuerdo, puede apelar dentro de los 180 días a partir de la fecha de este aviso. Si su "
           "salud corre peligro, pida una apelación acelerada (72 horas). Llámenos gratis al "
           f"{PLAN['phone']}.", 10)
    return out(p)


def upheld(f, ds):
    p = Page(serif=True, footer=None)
    p.add_page()
    letterhead(p)
    p.line(fd(f["notice"], ds), 10)
    p.ln(3)
    addr(p, f)
    n1, n2 = f["who"].split()[0], f["who"].split()[-1]
    p.para(f"Dear {n1} {n2}:", 10)
    p.para(f"On {fd(f['arecv'], ds)} we received your appeal of our decision not to approve a total shoulder "
           f"replacement that Dr. {SURGEON} planned to perform on {fd(f['planned'], ds)}. We gave your appeal the "
           f"number {f['apl']}, and it concerns the request we numbered {f['ref']} under member ID {f['mid']}.", 10)
    p.para("An orthopedic surgeon who took no part in the first decision reviewed your records and your surgeon's "
           f"letter. The records still show {f['weeks']} weeks of physical therapy and no joint injection, which is "
           "less than the 12 weeks of conservative care our guideline requires. We are upholding our decision that "
           "the surgery is not medically necessary at this time.", 10)
    p.para("If you disagree, you may ask for a second-level appeal within 60 days of the date of this letter. You "
           "may also ask for an external review by an independent organization within 4 months of this letter.", 10)
    p.para("Sincerely,\nAppeals and Grievances", 10)
    return out(p)


def approval(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="TMH-UM-AP-02")
    p.add_page()
    letterhead(p)
    p.line(fd(f["notice"], ds), 10)
    p.ln(2)
    addr(p, f)
    p.heading("Prior Authorization Approved", 13, rule=True)
    p.table(["Authorization no.", "Service", "Surgeon", "Facility", "Approved for"],
            [[f["auth"], "CPT 23472 shoulder arthroplasty", SURGEON + ", MD", "Kestrel Bay Ortho. Hosp.",
              fd(f["planned"], ds)]], [30, 48, 34, 36, 26], size=8)
    p.para(f"Member: {f['who']}    Member ID: {f['mid']}    Group: {f['grp']}", 9.5)
    p.para(f"This replaces our earlier decision on request {f['old']}. New records show 14 weeks of physical "
           "therapy, anti-inflammatory medicine and a corticosteroid injection, so the conservative care criteria "
           "are now met. The inpatient stay is approved for up to 2 days; the hospital must notify us within 24 "
           "hours of admission.", 9.5)
    p.para("This approval is valid for 90 days. Benefits depend on your eligibility on the date of service.", 9.5)
    return out(p)


def eob(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="TMH-EOB 2026")
    p.add_page()
    letterhead(p)
    p.line("Explanation of Benefits", 14, "B")
    p.line("This is not a bill.", 9)
    p.ln(1)
    y = p.get_y()
    p.pairs([("Prepared for", f["who"]), ("Member ID", f["mid"]), ("Group", f["grp"])], 30, 9)
    p.set_y(y)
    p.pairs([("Issued", fd(f["notice"], ds)),
             ("Period", f"{fd(f['notice'] - dt.timedelta(days=31), ds)} - {fd(f['notice'] - dt.timedelta(days=1), ds)}")],
            20, 9, x=110)
    p.ln(6)
    rows = [[c, prov, fd(d, ds), svc, money(b, "flat"), money(pd, "flat"), money(you, "flat"), n]
            for c, prov, d, svc, b, pd, you, n in f["claims"]]
    p.table(["Claim", "Provider", "Date", "Service", "Billed", "Plan paid", "You owe", "Note"], rows,
            [24, 42, 20, 34, 18, 16, 16, 10], size=7.5)
    p.para("**Notes**\nP1 - Paid at your in-network benefit after deductible.\n"
           f"M5 - Not medically necessary. The conservative care criteria of {GUIDE} were not met before surgery. "
           "You do not owe the denied amount to an in-network hospital.", 8.5)
    p.para("**Appeals.** You may appeal a denied claim within 180 days of the date of this statement. Urgent "
           "appeals: 72 hours. External review: within 4 months of a final decision.", 8.5)
    return out(p)


ITEMS = [
    ("bd_preservice_denial_member", "born_digital", "member", "long"),
    ("scan300_hospital_preservice_letter", "scan_clean_300", "hosp", "slash"),
    ("faxfine_stack_p2p_outcome_and_surgeon_letter", "fax_fine_g4", "stack", "updash"),
    ("copy_aviso_denegacion_es", "photocopy", "es", "es"),
    ("photo_prose_appeal_upheld", "phone_photo", "upheld", "abbr"),
    ("rotated_authorization_approved", "rotated", "approval", "iso"),
    ("lowres_eob_three_claims", "scan_lowres_150", "eob", "dmy"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ds) in enumerate(ITEMS):
        r = random.Random(SEED + i)
        f = base(r, i)
        name = f"{FAMILY}_{suffix}"
        nd = f["notice"].isoformat()
        dl180 = (f["notice"] + dt.timedelta(days=180)).isoformat()
        planned = [f["planned"].isoformat()]
        common = dict(insurer=PLAN["org"], member_id=f["mid"], member_name=f["who"])
        surg = dict(provider=SURGEON)
        alt_h = {"provider": [f"Dr. {SURGEON}", HOSP[0]]}
        if kind == "member":
            t = truth("denial_letter", "medical_necessity", case_numbers=[f["ref"]], service_dates=planned,
                      denial_date=nd, appeal_deadline=dl180, group_number=f["grp"], alternates=alt_h, **surg,
                      **common)
            items.append(Item(name, cond, [(member_denial(f, ds), t)]))
        elif kind == "hosp":
            f["hdate"] = f["notice"] + dt.timedelta(days=r.randint(2, 5))
            f["est"] = round(r.randint(38000, 56000) + 0.5, 2)
            t = truth("other", None, case_numbers=[f["ref"]], service_dates=planned, denial_date=f["hdate"].isoformat(),
                      provider=HOSP[0], alternates={"provider": [SURGEON, f"Dr. {SURGEON}"], "case_numbers": [[]]},
                      unscored=["insurer", "claim_amount"], **common)
            items.append(Item(name, cond, [(hospital_letter(f, ds), t)]))
        elif kind == "stack":
            f["call"] = f["notice"] - dt.timedelta(days=1)
            f["ldate"] = f["notice"] + dt.timedelta(days=r.randint(5, 12))
            t1 = truth("denial_letter", "medical_necessity", case_numbers=[f["ref"]], service_dates=planned,
                       denial_date=nd, appeal_deadline=dl180, alternates=alt_h, **surg, **common)
            t2 = truth("other", None, case_numbers=[f["ref"]], service_dates=planned,
                       denial_date=f["ldate"].isoformat(), alternates={"provider": [f"Dr. {SURGEON}",
                       "Millbrook Shoulder & Elbow Associates"]}, unscored=["insurer"], **surg, **common)
            items.append(Item(name, cond, [(p2p(f, ds), t1), (surgeon_letter(f, ds), t2)],
                              separators=["cover", None]))
        elif kind == "es":
            t = truth("denial_letter", "medical_necessity", lang="es", case_numbers=[f["ref"]],
                      service_dates=planned, denial_date=nd, appeal_deadline=dl180, group_number=f["grp"],
                      alternates=alt_h, **surg, **common)
            items.append(Item(name, cond, [(spanish(f, ds), t)]))
        elif kind == "upheld":
            f["arecv"] = f["notice"] - dt.timedelta(days=r.randint(15, 25))
            f["planned"] = f["notice"] + dt.timedelta(days=r.randint(20, 40))
            f["apl"] = "APL-" + dg(r, 8)
            t = truth("denial_letter", "medical_necessity", case_numbers=[f["apl"], f["ref"]],
                      service_dates=[f["planned"].isoformat()], denial_date=nd,
                      appeal_deadline=(f["notice"] + dt.timedelta(days=60)).isoformat(), alternates=alt_h,
                      **surg, **common)
            items.append(Item(name, cond, [(upheld(f, ds), t)]))
        elif kind == "approval":
            f["auth"] = "TM-AU-" + dg(r, 7)
            f["old"] = "TM-PA-" + dg(r, 7)
            t = truth("other", None, case_numbers=[f["auth"], f["old"]], service_dates=planned, denial_date=nd,
                      group_number=f["grp"], alternates={"provider": [f"Dr. {SURGEON}", HOSP[0]],
                                                         "case_numbers": [[f["auth"]]]}, **surg, **common)
            items.append(Item(name, cond, [(approval(f, ds), t)]))
        else:
            dos = f["notice"] - dt.timedelta(days=r.randint(20, 35))
            billed = round(r.randint(41000, 58000) + 0.25, 2)
            claim = "C" + dg(r, 11)
            f["claims"] = [("C" + dg(r, 11), f"Dr. {SURGEON}", dos - dt.timedelta(days=40), "Office visit 99214",
                            238.00, 151.60, 30.00, "P1"),
                           ("C" + dg(r, 11), "Harbor Imaging Center", dos - dt.timedelta(days=38),
                            "Shoulder X-ray 73030", 186.00, 88.40, 20.00, "P1"),
                           (claim, HOSP[0], dos, "Inpatient surgery 23472", billed, 0.0, 0.0, "M5")]
            t = truth("eob", "medical_necessity", case_numbers=[claim], claim_amount=m2(billed),
                      service_dates=[dos.isoformat()], denial_date=nd, appeal_deadline=dl180, provider=HOSP[0],
                      group_number=f["grp"], **common)
            items.append(Item(name, cond, [(eob(f, ds), t)]))
    return items
