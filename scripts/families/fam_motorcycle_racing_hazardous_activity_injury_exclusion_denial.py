"""Family 'motorcycle_racing_hazardous_activity_injury_exclusion_denial': an invented commercial plan (Brightwater
Summit Health Plan) refusing claims for injuries from amateur motorcycle racing (motocross, track days) under its
hazardous-activity exclusion. Every person, plan, provider, address and number is invented.

Documents (8 in 7 files): the plan's accident questionnaire holding an emergency claim (denies nothing); the
emergency room EOB with four claims (the ER facility claim denied); the trauma surgeon's letter to the plan (denies
nothing); the denial of the trauma admission with a dash-leader block and short dates; the upheld appeal on two
pages with a running header and the external review rights on page 2; a Spanish member letter denying the
orthopedic follow-up surgery; a faxed stack (the ambulance claim denial with its duplex back, and the physical
therapy denial fed sideways).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundde_famdec import Page, dig, fdate, m2, money, out, plus
from public_kit import truth

FAMILY = "motorcycle_racing_hazardous_activity_injury_exclusion_denial"
LANG = "en"
SEED = 350602
INS = "Brightwater Summit Health Plan"
ADDR = "PO Box 30418, Millbrook Falls, OH 45899"
PH = "1-800-555-0119"
TTY = "TTY 711"
FIRST = ["Dakota", "Brennan", "Tamsin", "Ezekiel", "Kiara", "Landon", "Marisa", "Colt"]
LAST = ["Vandermeer", "Castellanos", "Redfern", "Okafor", "Lindqvist", "Pacheco", "Ashcombe", "Brannigan"]
TRACKS = ["Hickory Bend MX Park", "Thunder Hollow Raceway", "Red Clay Motocross Ranch", "Lakeview Kart & Moto Circuit"]
HOSP = ("St. Ansgar Regional Medical Center", "Dr. Octavia Ruelas")
ORTHO = ("Summit Bone & Joint Surgeons", "Dr. Gideon Farraday")


def base(r):
    dec = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 110))
    acc = plus(dec, -r.randint(40, 70))
    name = f"{r.choice(FIRST)} {r.choice('BCDFGHJKLMNPRSTW')}. {r.choice(LAST)}"
    return dict(dec=dec, acc=acc, name=name, mid=f"BSH{dig(r, 9)}", grp=f"{r.choice(['G', 'GR'])}{dig(r, 5)}",
                plan=r.choice(["PPO 2500", "Silver PPO 3000", "Choice EPO 1500"]),
                dob=dt.date(r.randint(1979, 2003), r.randint(1, 12), r.randint(1, 28)), track=r.choice(TRACKS),
                npi=dig(r, 10), tin=f"{dig(r, 2)}-{dig(r, 7)}", recv=plus(acc, r.randint(9, 20)),
                clm=f"{r.choice(['26', 'C26'])}{dig(r, 9)}")


def band(p, sub, size=14):
    p.set_fill_color(18, 92, 110)
    p.rect(0, 0, p.w, 24, style="F")
    p.set_text_color(255, 255, 255)
    p.set_xy(p.l_margin, 6)
    p.f(size, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, sub, new_x="LMARGIN", new_y="NEXT")
    p.set_text_color(0, 0, 0)
    p.set_y(30)


def alts(**kw):
    d = {"insurer": ["Brightwater Summit", "Brightwater Summit Health"]}
    d.update({k: v for k, v in kw.items() if v is not None})
    return d


EXCL = ("Section 7.14 (Hazardous Activities) of your Certificate of Coverage excludes services for an injury "
        "received while taking part in a race, speed contest or timed event with a motorized vehicle, including "
        "practice for such an event")


# 1. fax standard: accident questionnaire, claim pended (denies nothing); caption grid
def doc_questionnaire(r):
    f = base(r)
    amt = round(r.randint(3200, 6100) + 0.45, 2)
    fx = f"{fdate(plus(f['dec'], 2), 'nz')}  14:07  BRIGHTWATER SUMMIT CLAIMS  (800) 555-0120  #{dig(r, 4)}  P. {{p}}/2"
    p = Page(footer="Form BSH-AQ-3 (01/26)   Page {n} of {nb}", fax_line=fx)
    p.add_page()
    band(p, f"Claims Investigation Unit  ·  {ADDR}  ·  {PH}")
    p.line("ACCIDENT / INJURY QUESTIONNAIRE - RESPONSE REQUIRED", 12, "B")
    p.ln(1)
    p.captions([("Member name", f["name"]), ("Member ID", f["mid"]), ("Group number", f["grp"]),
                ("Claim number", f["clm"]), ("Date of injury", fdate(f["acc"], "short")),
                ("Date of this letter", fdate(f["dec"], "short")), ("Provider", HOSP[0]),
                ("Billed amount", money(amt)), ("Claim received", fdate(f["recv"], "short"))], cols=3)
    p.para("We received a claim for emergency treatment of an injury. Before we can process it we need to know how the "
           "injury happened. Please answer every question below and return this form within 30 days. If we do not hear "
           "from you, the claim may be denied for missing information.", 9.5)
    qs = ["1. Where did the injury happen (address or place name)?", "2. Were you driving or riding a motor vehicle? "
          "If yes, what kind (car, motorcycle, ATV, dirt bike)?", "3. Was the injury during a race, timed event, "
          "track day, practice session or other organized event?  [ ] Yes  [ ] No", "4. Was a police or event report "
          "made? Give the report number.", "5. Is there any other insurance (auto, medical payments, event accident "
          "policy, workers' compensation)? Name and policy number:", "6. Was the injury work-related?  [ ] Yes  [ ] No"]
    for q in qs:
        p.para(q, 9.5, 1)
        p.f(9)
        p.cell(0, 6, "_" * 95, new_x="LMARGIN", new_y="NEXT")
    p.para(f"Member signature ________________________   Date of birth ____/____/______     Questions: {PH} ({TTY}).", 9)
    t = truth("other", None, insurer=INS, group=f["grp"], member_id=f["mid"], member_name=f["name"], cases=[f["clm"]],
              claim_amount=m2(amt), service_dates=[f["acc"].isoformat()], denial_date=f["dec"].isoformat(),
              provider=HOSP[0], unscored=["appeal_deadline"], alternates=alts())
    return out(p), t


# 2. born digital: ER EOB, four claims, ER facility denied
def doc_eob(r):
    f = base(r)
    er = f["acc"]
    rows = [(f"{f['clm'][:-2]}11", er, "St. Ansgar Regional Medical Ctr - ER facility",
             round(r.randint(6800, 11900) + 0.2, 2), 0.0, 0.0, "HX9"),
            (f"{f['clm'][:-2]}12", er, "Emergency Physicians of Ansgar", 1184.00, 0.0, 0.0, "HX9"),
            (f"{f['clm'][:-4]}4471", plus(er, -r.randint(20, 60)), "Maple Row Family Practice", 188.00, 121.35, 25.00, "P01"),
            (f"{f['clm'][:-4]}5026", plus(er, -r.randint(5, 15)), "Valley Lab Services", 64.50, 22.10, 0.0, "P02")]
    # one denied claim only: the physicians' line is paid as emergency screening
    rows[1] = (rows[1][0], er, "Emergency Physicians of Ansgar", 1184.00, 702.40, 150.00, "P03")
    tot = round(sum(x[3] for x in rows), 2)
    p = Page(footer="Page {n} of {nb}", footer_left="This is not a bill.")
    p.add_page()
    band(p, f"Explanation of Benefits  ·  {ADDR}  ·  Member Services {PH}, {TTY}")
    p.pairs([("Statement date", fdate(f["dec"], "abbr")), ("Member", f["name"]), ("Member ID", f["mid"]),
             ("Group", f["grp"]), ("Plan", f["plan"]), ("Date of birth", fdate(f["dob"], "abbr"))], label_w=34, size=9)
    p.ln(2)
    p.table(["Claim\nNumber", "Service\nDate", "Provider", "Amount\nBilled", "Plan\nPaid", "You May\nOwe",
             "Remark\nCode"],
            [[c, fdate(d, "abbr"), pr, money(b), money(pd), money(b - pd if cd == "HX9" else o), cd]
             for c, d, pr, b, pd, o, cd in rows] +
            [["Totals", "", "", money(tot), money(sum(x[4] for x in rows)),
              money(rows[0][3] + sum(x[5] for x in rows[1:])), ""]],
            [28, 22, 60, 22, 20, 20, 16], size=8, bold_last=True)
    p.f(8.5)
    p.cell(0, 4.5, "Plan year deductible: $2,500   Met to date: $1,875   Out-of-pocket maximum: $7,000",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.heading("Remark codes", 9.5)
    p.para(f"HX9  Not covered. {EXCL}. Our review of the accident questionnaire and the ER record shows the injury "
           f"happened during a motocross race at {f['track']}.\nP01  Paid at the in-network rate after your copay.\n"
           "P02  Paid; applied in part to your deductible.\nP03  Paid; trauma consultation allowed under emergency "
           "services (EMTALA screening).", 8.5)
    p.para(f"Your right to appeal: you may appeal a denied claim within 180 days of receiving this statement. Write to "
           f"Appeals, {INS}, {ADDR}, or call {PH}. If your plan is subject to ERISA you may bring a civil action under "
           f"section 502(a) after the appeal.", 8.5)
    t = truth("eob", "not_covered", insurer=INS, plan_id=f["plan"], group=f["grp"], member_id=f["mid"],
              member_name=f["name"], cases=[rows[0][0]], claim_amount=m2(rows[0][3]),
              service_dates=[er.isoformat()], denial_date=f["dec"].isoformat(),
              provider="St. Ansgar Regional Medical Ctr", alternates=alts(provider=[HOSP[0]], plan_id=[None]),
              unscored=["appeal_deadline"])
    return out(p), t


# 3. photocopy: trauma surgeon's letter to the plan (denies nothing)
def doc_surgeon(r):
    f = base(r)
    d0 = plus(f["dec"], -r.randint(3, 9))
    ref = f"{f['clm']}"
    p = Page(serif=True, footer=None, margins=(26, 20, 26))
    p.add_page()
    p.line(HOSP[0], 13, "B", "C")
    p.line("Department of Surgery  ·  Division of Trauma and Acute Care Surgery", 9, "", "C")
    p.line(f"1400 Lindenwood Pkwy, Millbrook Falls, OH 45802  ·  Tel 937-555-0171  ·  NPI {f['npi']}", 8, "", "C")
    p.ln(6)
    p.line(fdate(d0, "dmy"), 10)
    p.ln(3)
    p.para(f"Appeals Department\n{INS}\n{ADDR}", 10)
    p.para(f"RE: {f['name']}   DOB {fdate(f['dob'], 'slash')}   Member ID {f['mid']}   Claim {ref}", 10, 3)
    p.para(f"To the reviewer: I was the attending trauma surgeon for this patient from {fdate(f['acc'], 'dmy')} to "
           f"{fdate(plus(f['acc'], 4), 'dmy')}. He came by ambulance with a left femoral shaft fracture and a splenic "
           f"laceration after a fall from a dirt bike. My note records that he was riding practice laps at "
           f"{f['track']} with friends; there was no timing, no entry fee and no organized event that day.", 10)
    p.para("I ask that the plan look again at whether the race exclusion applies. The care itself, an intramedullary "
           "nail and observation of the spleen, was standard and urgent. Our account number for this stay is "
           f"{dig(r, 8)}; the hospital's tax ID is {f['tin']}.", 10)
    p.para(f"Sincerely,\n\n\n{HOSP[1]}, MD, FACS\nTrauma Medical Director", 10)
    t = truth("other", None, insurer=None, group=None, member_id=f["mid"], member_name=f["name"], cases=[ref],
              service_dates=[f"{f['acc'].isoformat()}/{plus(f['acc'], 4).isoformat()}"],
              denial_date=d0.isoformat(), provider=HOSP[1], unscored=["insurer", "appeal_deadline", "denial_date"],
              alternates={"provider": [HOSP[0]]})
    return out(p), t


# 4. scan 150: denial of the trauma admission, dash leaders, short two-digit-year dates
def doc_denial(r):
    f = base(r)
    adm, dis = f["acc"], plus(f["acc"], r.randint(3, 6))
    amt = round(r.randint(38000, 71000) + 0.9, 2)
    p = Page(footer="BSH-DN-14  {n}/{nb}", margins=(14, 14, 14))
    p.add_page()
    p.line(INS.upper(), 15, "B")
    p.line(f"{ADDR}  |  {PH}  |  {TTY}", 8)
    p.rule(0.6)
    p.line("NOTICE OF CLAIM DENIAL", 12, "B")
    p.ln(1)
    p.leaders([("Date", fdate(f["dec"], "short")), ("Member", f["name"]), ("ID No", f["mid"]),
               ("Group No", f["grp"]), ("Plan", f["plan"]), ("Claim No", f["clm"]), ("Facility", HOSP[0]),
               ("Admitted", fdate(adm, "short")), ("Discharged", fdate(dis, "short")), ("Total charges", money(amt)),
               ("Received", fdate(f["recv"], "nz"))], width=120, dash=True, size=9.5)
    p.para(f"We have denied this claim. {EXCL}. The emergency record states that you crashed during the second moto "
           f"of an amateur motocross race at {f['track']}. Injuries from such events are not covered, whether or not "
           f"you were paid to race.", 9.5)
    p.para(f"You may appeal within 180 days of the date of this notice. Send your appeal and any records to "
           f"{INS}, Appeals, {ADDR}. You may ask for free copies of the documents used in this decision and of the "
           f"diagnosis and treatment codes. Policy reference: Exclusions Manual EX-221.", 9.5)
    t = truth("denial_letter", "not_covered", insurer=INS, plan_id=f["plan"], group=f["grp"], member_id=f["mid"],
              member_name=f["name"], cases=[f["clm"]], claim_amount=m2(amt),
              service_dates=[f"{adm.isoformat()}/{dis.isoformat()}"], denial_date=f["dec"].isoformat(),
              provider=HOSP[0], appeal_deadline=plus(f["dec"], 180).isoformat(),
              alternates=alts(plan_id=[None], service_dates=[[adm.isoformat(), dis.isoformat()]]))
    return out(p), t


# 5. scan 300: upheld appeal, two pages, running header, rights on page 2
def doc_appeal(r):
    f = base(r)
    ap = f"APL-{dig(r, 6)}"
    adm = f["acc"]
    amt = round(r.randint(41000, 66000) + 0.15, 2)
    p = Page(footer="Page {n} of {nb}", run_head=f"{f['name']}  ·  Member ID {f['mid']}  ·  Appeal {ap}  ·  "
             "Page {p} of 2")
    p.add_page()
    band(p, f"Member Appeals  ·  {ADDR}  ·  {PH}  ·  {TTY}")
    p.line(fdate(f["dec"], "long"), 10)
    p.ln(3)
    p.para(f"{f['name']}\n{r.randint(100, 9000)} Quarry Ridge Rd\nSpringfield, OH 45503", 10)
    p.pairs([("Appeal number", ap), ("Claim number", f["clm"]), ("Group", f["grp"]),
             ("Provider", HOSP[0]), ("Dates of service", f"{fdate(adm, 'long')} - {fdate(plus(adm, 4), 'long')}"),
             ("Billed", money(amt)), ("Appeal received", fdate(f["recv"], "long"))], label_w=38, size=9.5)
    p.ln(2)
    p.heading("Our decision: the denial is upheld", 11)
    p.para(f"Dear {f['name'].split()[0]} {f['name'].split()[-1]}: we reviewed your first-level appeal of the denial "
           f"of your hospital stay. The reviewer was a board-certified emergency physician who took no part in the "
           f"first decision.", 10)
    p.para(f"{EXCL}. You wrote that you were only practicing. The event registration sheet from {f['track']} and the "
           f"EMS run report both show a scheduled amateur race day with a practice session before the motos, and "
           f"practice for a race is part of the exclusion. For this reason the denial stands.", 10)
    p.para("The exclusion is not a medical necessity decision; the care you received is not questioned.", 10)
    p.add_page()
    p.heading("Your rights", 11, rule=True)
    p.para(f"**Second-level appeal.** You may ask for a second review within 60 days of the date of this letter. Write "
           f"to Member Appeals, {INS}, {ADDR}, or fax 1-800-555-0121.", 9.5)
    p.para("**External review.** Because this decision depends on an exclusion and not on medical judgment, it may "
           "not be eligible for external review. If you think it is, you may ask the Ohio Department of Insurance for "
           "an external review within 180 days of the final decision.", 9.5)
    p.para("**Your documents.** You may ask for free copies of all documents relevant to your claim, including the "
           "event registration sheet and the Certificate of Coverage, form BSH-COC-2026.", 9.5)
    p.para("**Civil action.** If your plan is governed by ERISA you have the right to bring a civil action under "
           "section 502(a) after you finish the appeal process.", 9.5)
    p.para(f"Help in other languages: {PH} ({TTY}). Atención: si habla español, llame al {PH}.", 9)
    t = truth("denial_letter", "not_covered", insurer=INS, group=f["grp"], member_id=f["mid"], member_name=f["name"],
              cases=[ap, f["clm"]], claim_amount=m2(amt),
              service_dates=[f"{adm.isoformat()}/{plus(adm, 4).isoformat()}"], denial_date=f["dec"].isoformat(),
              provider=HOSP[0], appeal_deadline=plus(f["dec"], 60).isoformat(),
              alternates=alts(case_numbers=[[ap]]))
    return out(p), t


# 6. phone photo: Spanish member letter, ortho follow-up surgery denied
def doc_spanish(r):
    f = base(r)
    dos = plus(f["acc"], r.randint(30, 50))
    amt = round(r.randint(9000, 16000) + 0.3, 2)
    c = f"{f['clm'][:-3]}{dig(r, 3)}"
    p = Page(footer="Página {n} de {nb}")
    p.add_page()
    band(p, f"Servicios para Miembros  ·  {ADDR}  ·  {PH}  ·  {TTY}", 13)
    p.line(f"Fecha: {fdate(f['dec'], 'long', 'es')}", 10)
    p.ln(3)
    p.pairs([("Miembro", f["name"]), ("Número de identificación", f["mid"]), ("Número de grupo", f["grp"]),
             ("Número de reclamo", c), ("Proveedor", ORTHO[0]), ("Fecha de servicio", fdate(dos, "long", "es")),
             ("Monto facturado", f"{amt:,.2f} USD"), ("Fecha de nacimiento", fdate(f["dob"], "long", "es"))],
            label_w=58, size=9.5)
    p.ln(2)
    p.line("Aviso de denegación de reclamo", 11.5, "B")
    p.para(f"Estimado(a) {f['name']}: hemos negado el reclamo de {ORTHO[1]} por la cirugía para retirar el clavo del "
           f"fémur. La lesión ocurrió durante una carrera de motocross de aficionados en {f['track']}. La sección 7.14 "
           f"(Actividades Peligrosas) de su Certificado de Cobertura excluye los servicios por lesiones sufridas en "
           f"carreras o competencias de velocidad con vehículos motorizados. Los servicios de seguimiento de esa "
           f"lesión también están excluidos.", 9.5)
    p.para(f"Si no está de acuerdo, puede apelar dentro de los 180 días a partir de la fecha de este aviso. Envíe su "
           f"apelación a {INS}, Apelaciones, {ADDR}. Puede pedir copias gratuitas de los documentos usados en esta "
           f"decisión. Si su plan se rige por ERISA, tiene derecho a presentar una acción civil según la sección 502(a).",
           9.5)
    t = truth("denial_letter", "not_covered", insurer=INS, group=f["grp"], member_id=f["mid"], member_name=f["name"],
              cases=[c], claim_amount=m2(amt), service_dates=[dos.isoformat()], denial_date=f["dec"].isoformat(),
              provider=ORTHO[0], appeal_deadline=plus(f["dec"], 180).isoformat(), lang="es",
              alternates=alts(provider=[ORTHO[1]]))
    return out(p), t


# 7. stack: ambulance claim denial (duplex back) + physical therapy denial (fed sideways)
def doc_stack(r):
    f = base(r)
    amt = round(r.randint(1400, 2600) + 0.55, 2)
    c1 = f"{f['clm'][:-2]}31"
    p = Page(footer=None, footer_left="BSH-DN-14")
    p.add_page()
    band(p, f"Claims Department  ·  {ADDR}  ·  {PH}")
    p.pairs([("Letter date", fdate(f["dec"], "caps")), ("Member", f["name"]), ("Member ID", f["mid"]),
             ("Group", f["grp"]), ("Claim", c1), ("Ambulance provider", "Tri-County Rescue Squad EMS"),
             ("Transport date", fdate(f["acc"], "caps")), ("Charge", money(amt, "flat"))], label_w=40, size=9.5)
    p.ln(2)
    p.para(f"Your claim for ground ambulance transport from {f['track']} to {HOSP[0]} is denied. {EXCL}. Run report "
           f"no. {dig(r, 6)} states the call came from the race control tower.", 9.5)
    p.para(f"Appeal within 180 days of the date of this letter: {INS}, Appeals, {ADDR}. {PH}, {TTY}.", 9.5)
    t1 = truth("denial_letter", "not_covered", insurer=INS, group=f["grp"], member_id=f["mid"], member_name=f["name"],
               cases=[c1], claim_amount=m2(amt), service_dates=[f["acc"].isoformat()], denial_date=f["dec"].isoformat(),
               provider="Tri-County Rescue Squad EMS", appeal_deadline=plus(f["dec"], 180).isoformat(),
               alternates=alts())
    c2 = f"{f['clm'][:-2]}58"
    pt1, pt2 = plus(f["acc"], 35), plus(f["acc"], 63)
    d2 = plus(f["dec"], r.randint(7, 20))
    amt2 = float(r.randint(11, 18) * 145)
    q = Page(footer=None)
    q.add_page()
    band(q, f"Claims Department  ·  {ADDR}  ·  {PH}")
    q.line(fdate(d2, "iso"), 10)
    q.ln(2)
    q.captions([("Member", f["name"]), ("ID", f["mid"]), ("Claim", c2), ("Provider", "Kestrel Physical Therapy"),
                ("Visits", f"{fdate(pt1, 'iso')} to {fdate(pt2, 'iso')}"), ("Billed", f"${amt2:,.2f}")], cols=3)
    q.para(f"Physical therapy for the femur fracture from the motocross race at {f['track']} is denied under Section "
           f"7.14 of your Certificate of Coverage (Hazardous Activities). Provider NPI {dig(r, 10)}. You may appeal "
           f"within 180 days of the date of this letter.", 9.5)
    t2 = truth("denial_letter", "not_covered", insurer=INS, member_id=f["mid"], member_name=f["name"], cases=[c2],
               claim_amount=m2(amt2), service_dates=[f"{pt1.isoformat()}/{pt2.isoformat()}"],
               denial_date=d2.isoformat(), provider="Kestrel Physical Therapy",
               appeal_deadline=plus(d2, 180).isoformat(), alternates=alts(
                   service_dates=[[pt1.isoformat(), pt2.isoformat()]]))
    return [(out(p), t1), (out(q), t2)]


def documents(rng) -> list[Item]:
    r = random.Random(SEED)
    F = FAMILY
    return [
        Item(f"{F}_faxstd_accident_questionnaire", "fax_standard_g4", [doc_questionnaire(r)]),
        Item(f"{F}_bd_er_eob_four_claims", "born_digital", [doc_eob(r)]),
        Item(f"{F}_copy_trauma_surgeon_letter", "photocopy", [doc_surgeon(r)]),
        Item(f"{F}_lowres_admission_denial_dash_leaders", "scan_lowres_150", [doc_denial(r)]),
        Item(f"{F}_scan300_appeal_upheld_two_pages", "scan_clean_300", [doc_appeal(r)]),
        Item(f"{F}_phone_carta_cirugia_negada", "phone_photo", [doc_spanish(r)]),
        Item(f"{F}_faxfine_stack_ambulance_and_therapy", "fax_fine_g4", doc_stack(r), separators=["duplex", None],
             turns={(1, 0): 90}),
    ]
