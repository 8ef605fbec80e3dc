"""An invented commercial plan (Wrenfield Harbor Health Plan) rejecting oral cancer drugs filled outside its
mandatory specialty pharmacy network (only its exclusive specialty pharmacy, the invented Larkspur Lane Specialty
Pharmacy, may fill them), with the retail pharmacy's notice, the oncologist's appeal and the plan's decisions.
The drugs (capecitabine, abiraterone acetate, palbociclib, ondansetron, lisinopril) appear as themselves; the
reject codes SP1 / R76, the plan, pharmacies, practice, people, numbers and rules are invented.

Documents (8 in 7 files):
- clean_sidebar_member_letter_capecitabine_retail: member letter, facts in a boxed right-hand sidebar ("Mailed on",
  "Member ID", "Reference #", "Date filled", "Pharmacy", "Submitted charges"); capecitabine filled at a retail
  pharmacy after the one-time transition fill (the transition fill's date, Rx number, RxBIN / RxPCN, the
  specialty pharmacy's phone as decoys).
- faxstd_grid_pharmacy_reject_notice: the plan's reject notice to the retail pharmacy, a grid of label/value boxes
  two wide ("Cardholder ID", "Claim ID", "Gross amount due", NCPDP number, NDC as decoys), 30-day review.
- rotated_landscape_rx_statement_one_fill_rejected: a landscape monthly prescription statement, four fills, the
  retail capecitabine fill rejected, the later specialty fill paid.
- phone_retail_pharmacy_notice_to_patient: the retail pharmacy's notice to the patient that the plan rejected the
  claim and where to transfer (denies nothing).
- lowres_spanish_abiraterone_retail_reject: Spanish member letter, abiraterone filled at a retail pharmacy.
- finefax_no_labels_pa_approval_specialty_only: a prior authorization approval for palbociclib valid only at the
  specialty pharmacy, no labels, every fact in sentences (denies nothing).
- photocopy_stack_cover_oncologist_appeal_then_upheld_turned: a fax cover sheet, the oncologist's appeal letter
  on the practice's letterhead (denies nothing), then the plan's upheld appeal decision fed upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddm_famdma import DMSheet
from public_kit import MONTHS_ES, amount, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "oral_oncology_mandatory_specialty_pharmacy_network_reject"
LANG = "en"
SEED = 352200
PLAN = "Wrenfield Harbor Health Plan"
SPEC = "Larkspur Lane Specialty Pharmacy"
RETAIL = "Corner Oak Pharmacy"
RETAIL2 = "Bayline Drug & Wellness"
PRACTICE = "Tidemark Oncology Associates"
ONC = "Priyanka N. Halvorsen"
BIN = "610847"


def mid(rng) -> str:
    return f"WHH{digits(rng, 9)}"


def grp(rng) -> str:
    return f"{digits(rng, 5)}-{rng.randint(1, 9):03d}"


def rxclaim(rng) -> str:
    return f"RX26-{digits(rng, 4)}-{digits(rng, 6)}"


def _head(p: DMSheet, rng, unit: str = "Pharmacy Benefit Services"):
    p.f(15, "B")
    p.cell(0, 7, PLAN, new_x="LMARGIN", new_y="NEXT")
    p.f(7.8)
    box = rng.randint(1200, 9800)
    p.cell(0, 4, f"{unit}  |  PO Box {box}, Tacoma WA 98411-{box:04d}  |  Member services 1-855-555-"
                 f"{digits(rng, 4)} (TTY 711)  |  Fax 253-555-{digits(rng, 4)}", new_x="LMARGIN", new_y="NEXT")
    p.rule(4)


def clean_sidebar(rng):
    name, first, m, last = person(rng)
    mem, g = mid(rng), grp(rng)
    nd = dt.date(2026, 3, rng.randint(3, 13))
    fill = plus(nd, -rng.randint(6, 12))
    trans = plus(fill, -rng.randint(28, 32))
    billed = amount(rng, 1900, 3600)
    ref = rxclaim(rng)
    p = DMSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng)
    p.sidebar_letter(
        [f"Dear {first} {last}:",
         f"On the date shown in the box, {RETAIL} sent us a claim for capecitabine 500 mg tablets (84 tablets, "
         "21-day supply), prescription number " + digits(rng, 7) + ". We did not pay this claim.",
         f"**Why.** {PLAN} covers oral cancer medicines only when they are filled by our specialty pharmacy, "
         f"{SPEC}. A retail pharmacy is outside this network for these medicines. Our letter of "
         f"{fdate(trans, 'long')} told you that your one-time transition fill that day would be the last one at a "
         "retail pharmacy.",
         f"**What to do now.** Call {SPEC} at 1-877-555-{digits(rng, 4)}. They will contact your doctor, ship your "
         "medicine to your home at no extra charge, and call you before each refill.",
         "**If you disagree.** You may appeal within 180 days of the date of this letter. If your doctor says waiting "
         "could seriously harm your health, ask for an expedited appeal (decided within 72 hours). You may also ask "
         "for an independent external review within 4 months of a final decision.",
         "Pharmacy Benefit Services"],
        "YOUR CLAIM AT A GLANCE",
        [("Mailed on", fdate(nd, "abbr")), ("Member ID", mem), ("Group", g), ("Reference #", ref),
         ("Date filled", fdate(fill, "slash")), ("Pharmacy", RETAIL), ("Submitted charges", money(billed)),
         ("Prescriber", f"Dr. {ONC}"), ("RxBIN / RxPCN", f"{BIN} / WHHRX")],
        top_lines=[name, f"{rng.randint(100, 9800)} Juniper Ln", f"Olympia WA 985{rng.randint(10, 99)}"])
    t = truth("denial_letter", "out_of_network", insurer=PLAN, group=g, member_id=mem, member_name=name,
              cases=[ref], claim_amount=m2(billed), service_dates=[span(fill)], denial_date=nd.isoformat(),
              provider=RETAIL, appeal_deadline=plus(nd, 180).isoformat(), alternates={"provider": [ONC]})
    return out(p), t


def faxstd_grid(rng):
    name = person(rng)[0]
    mem = mid(rng) + "-01"
    nd = dt.date(2026, 4, rng.randint(7, 18))
    fill = plus(nd, -1)
    billed = amount(rng, 2100, 3900)
    cid = f"{digits(rng, 12)}"
    presc = person(rng)[0]
    fax = (f"{nd.strftime('%m/%d/%y')} 08:{rng.randint(10, 59)}  WRENFIELD HARBOR RX  253-555-{digits(rng, 4)}  "
           f">> CORNER OAK PHARMACY #0412  360-555-{digits(rng, 4)}  PAGE {{n}} OF 1")
    p = DMSheet(footer=None, fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Pharmacy Network Management")
    p.line("PHARMACY CLAIM REJECT NOTICE", 11, "B")
    p.ln(1.5)
    p.box_grid([
        [("Transmission date", fdate(nd, "slash")), ("Claim ID", cid)],
        [("Pharmacy", f"{RETAIL} #0412"), ("NCPDP / NPI", f"{digits(rng, 7)} / {digits(rng, 10)}")],
        [("Cardholder ID", mem), ("Patient", name)],
        [("Date of service", fdate(fill, "slash")), ("Product / NDC", f"Abiraterone acetate 250 mg / "
                                                                    f"{digits(rng, 5)}-{digits(rng, 4)}-{digits(rng, 2)}")],
        [("Gross amount due", money(billed)), ("Reject", "SP1 - mandatory specialty network")],
        [("Prescriber", f"Dr. {presc}"), ("Previous paid claim (transition fill)", f"{digits(rng, 12)}")],
    ], h=11)
    p.para(f"**Message.** This drug is in the plan's oral oncology class. After the one-time transition fill it must be "
           f"dispensed by {SPEC} (NCPDP {digits(rng, 7)}). Do not resubmit this claim. Transfer the prescription to "
           f"{SPEC} at 1-877-555-{digits(rng, 4)} or fax 1-877-555-{digits(rng, 4)}.", 8.4)
    p.para("**Review.** A network pharmacy may ask for a review of this reject within 30 days of the date of this "
           "notice by faxing the reject notice and a reason to Pharmacy Network Management. The member's own appeal "
           "rights are sent to the member separately (180 days). Pharmacy manual section 7.4.", 8.4)
    t = truth("denial_letter", "out_of_network", insurer=PLAN, member_id=mem, member_name=name, cases=[cid],
              claim_amount=m2(billed), service_dates=[span(fill)], denial_date=nd.isoformat(),
              provider=RETAIL, appeal_deadline=plus(nd, 30).isoformat(),
              alternates={"provider": [presc, f"{RETAIL} #0412"]})
    return out(p), t


def rotated_statement(rng):
    name = person(rng)[0]
    mem, g = mid(rng), grp(rng)
    sd = dt.date(2026, 5, rng.randint(3, 9))
    base = dt.date(2026, 4, 1)
    ds = sorted([plus(base, rng.randint(0, 5)), plus(base, rng.randint(7, 11)), plus(base, rng.randint(13, 18)),
                 plus(base, rng.randint(20, 27))])
    drugs = [("Ondansetron 8 mg tab #30", RETAIL2), ("Capecitabine 500 mg tab #84", RETAIL2),
             ("Capecitabine 500 mg tab #84", SPEC), ("Lisinopril 10 mg tab #90", RETAIL2)]
    deny = 1
    p = DMSheet(footer="Page {n} of {nb}")
    p.set_margins(14, 12, 14)
    p.add_page(orientation="L")
    p.f(14, "B")
    p.cell(150, 7, PLAN)
    p.f(11, "B")
    p.cell(0, 7, "Prescription Benefit Statement", align="R", new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Explanation of benefits for prescription drugs  |  1-855-555-{digits(rng, 4)} (TTY 711)  |  "
                 "This is not a bill", new_x="LMARGIN", new_y="NEXT")
    p.rule(3)
    y = p.get_y()
    for ln in [name, f"{rng.randint(100, 9800)} Harbor View Dr", f"Bremerton WA 983{rng.randint(10, 99)}"]:
        p.line(ln, 9.2)
    p.set_xy(160, y)
    p.pairs([("Issued", fdate(sd, "long")), ("Member ID", mem), ("Employer group", g),
             ("Period", "04/01/2026 - 04/30/2026")], label_w=30, size=8.6, x=160, h=4.8)
    p.set_y(max(p.get_y(), y + 20) + 3)
    rows, bills, claims = [], [], []
    for i, (d, (drug, ph)) in enumerate(zip(ds, drugs)):
        b = amount(rng, 2400, 3500) if "Capecitabine" in drug else amount(rng, 12, 60)
        bills.append(b)
        c = rxclaim(rng)
        claims.append(c)
        if i == deny:
            rows.append([fdate(d, "slash"), c, drug, ph, money(b), "0.00", "0.00", "R76"])
        else:
            cop = 10.0 if b < 100 else 75.0
            rows.append([fdate(d, "slash"), c, drug, ph, money(b), money(b - cop, "nosign"), money(cop, "nosign"),
                         "P"])
    p.table(["Filled", "Rx claim", "Medicine", "Pharmacy", "Amount billed", "Plan paid", "You paid", "Note"],
            rows, [22, 38, 50, 56, 26, 24, 20, 14], size=8.2, aligns=["L", "L", "L", "L", "R", "R", "R", "C"])
    p.para(f"**Notes.** P - paid. **R76 - Rejected: oral cancer medicines must be filled by {SPEC}, the plan's "
           "specialty pharmacy. The claim from a retail pharmacy was not covered.** The later fill at "
           f"{SPEC} was paid.", 8.4)
    p.para("**Year to date.** Deductible met $250.00 of $250.00. Out-of-pocket $1,140.00 of $4,500.00. For "
           "example, a $75.00 specialty copay counts toward your out-of-pocket maximum.", 8.2)
    p.para("**Appeals.** You may appeal a rejected claim on this statement within 180 days of the date of this "
           "statement. Urgent: 72 hours. External review: within 4 months of a final decision.", 8.2)
    t = truth("eob", "out_of_network", insurer=PLAN, group=g, member_id=mem, member_name=name, cases=[claims[deny]],
              claim_amount=m2(bills[deny]), service_dates=[span(ds[deny])], denial_date=sd.isoformat(),
              provider=RETAIL2, appeal_deadline=plus(sd, 180).isoformat())
    return out(p), t


def phone_pharmacy_notice(rng):
    name, first, m, last = person(rng)
    mem = mid(rng)
    d = dt.date(2026, 5, rng.randint(4, 22))
    billed = amount(rng, 2300, 3700)
    p = DMSheet(footer=None)
    p.set_margins(20, 14, 20)
    p.add_page()
    p.f(16, "B")
    p.cell(0, 7, f"{RETAIL} #0412", new_x="LMARGIN", new_y="NEXT")
    p.f(8.5)
    p.cell(0, 4, f"{rng.randint(100, 9800)} Sycamore Ave, Lacey WA 98503  |  Pharmacy 360-555-{digits(rng, 4)}  |  "
                 "Open 8 a.m. - 9 p.m.", new_x="LMARGIN", new_y="NEXT")
    p.rule(4)
    p.line("A NOTE FROM YOUR PHARMACY", 12.5, "B")
    p.line("Your insurance did not pay for this prescription", 10, "")
    p.ln(3)
    p.boxed_pairs([("Printed", fdate(d, "dash")), ("Patient", name), ("Prescription no.", digits(rng, 7)),
                   ("Medicine", "Capecitabine 500 mg tablets, qty 84"), ("Date we tried to fill", fdate(d, "dash")),
                   ("Insurance", PLAN), ("Insurance ID", mem),
                   ("Reject reason", "SP1 - Must use plan specialty pharmacy"),
                   ("Our price billed to plan", money(billed))], label_w=60, size=9.2)
    p.para(f"Dear {first},", 10)
    p.para(f"We sent your prescription to {PLAN} today and the plan said no. The plan only pays for this kind of "
           f"cancer medicine when it comes from its specialty pharmacy, {SPEC}. We have NOT filled it. You were "
           "not charged.", 10)
    p.para(f"With your OK we can transfer the prescription to {SPEC} today. You can also call them at "
           f"1-877-555-{digits(rng, 4)}. If you want it filled here, the cash price would be the amount above.", 10)
    p.para("- Your pharmacy team", 10)
    t = truth("other", None, insurer=PLAN, member_id=mem, member_name=name, claim_amount=m2(billed),
              service_dates=[span(d)], denial_date=d.isoformat(), provider=RETAIL,
              alternates={"claim_amount": [None], "provider": [f"{RETAIL} #0412"]}, unscored=["insurer"])
    return out(p), t


def lowres_spanish(rng):
    name, first, m, last = person(rng)
    mem, g = mid(rng), grp(rng)
    nd = dt.date(2026, 6, rng.randint(2, 12))
    fill = plus(nd, -rng.randint(6, 10))
    billed = amount(rng, 2600, 3900)
    dcn = f"DCN {digits(rng, 4)}-{digits(rng, 6)}"
    p = DMSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Beneficios de Farmacia")
    p.line("Aviso de rechazo de un reclamo de farmacia", 12, "B")
    p.ln(2)
    for ln in [name, f"{rng.randint(100, 9800)} Calle Las Flores", f"Yakima WA 989{rng.randint(10, 99)}"]:
        p.line(ln, 9.5)
    p.ln(3)
    p.pairs([("Fecha de envío", f"{nd.day} de {MONTHS_ES[nd.month - 1]} de {nd.year}"),
             ("Número de identificación del afiliado", mem), ("Grupo del empleador", g),
             ("Número de control del documento", dcn),
             ("Fecha de surtido", f"{fill.day} de {MONTHS_ES[fill.month - 1]} de {fill.year}"),
             ("Farmacia", RETAIL2), ("Cargos presentados", money(billed))], label_w=72, size=9.2, h=5.2)
    p.ln(3)
    p.para(f"Estimado(a) {first} {last}:", 9.8)
    p.para(f"{RETAIL2} nos envió un reclamo por acetato de abiraterona 250 mg (120 tabletas). No pagamos este "
           f"reclamo. {PLAN} cubre los medicamentos orales contra el cáncer solamente cuando los surte nuestra "
           f"farmacia especializada, {SPEC}. Una farmacia minorista está fuera de la red para estos medicamentos.",
           9.8)
    p.para(f"Llame a {SPEC} al 1-877-555-{digits(rng, 4)} para transferir su receta. Le enviarán el medicamento a su "
           "casa.", 9.8)
    p.para("**Si no está de acuerdo.** Puede apelar dentro de 180 días a partir de la fecha de esta carta. Si su "
           "médico dice que esperar podría dañar gravemente su salud, pida una apelación acelerada (72 horas).", 9.8)
    t = truth("denial_letter", "out_of_network", insurer=PLAN, group=g, member_id=mem, member_name=name,
              cases=[dcn.replace("DCN ", "")], claim_amount=m2(billed), service_dates=[span(fill)],
              denial_date=nd.isoformat(), provider=RETAIL2, appeal_deadline=plus(nd, 180).isoformat(), lang="es",
              alternates={"case_numbers": [[dcn]]})
    return out(p), t


def finefax_approval(rng):
    name = person(rng)[0]
    mem = mid(rng)
    ad = dt.date(2026, 3, rng.randint(9, 20))
    stop = plus(ad, 183)
    auth = f"PA-{digits(rng, 8)}"
    fax = (f"{ad.strftime('%m/%d/%Y')} 11:{rng.randint(10, 59)}  WRENFIELD HARBOR PA  253-555-{digits(rng, 4)}  "
           f"TO TIDEMARK ONCOLOGY  P{{n}}/1")
    p = DMSheet(footer=None, fax_hdr=fax)
    p.set_margins(22, 16, 22)
    p.add_page()
    _head(p, rng, "Pharmacy Prior Authorization")
    p.ln(2)
    p.line(fdate(ad, "long"), 10)
    p.ln(3)
    p.line(f"Dr. {ONC}", 10)
    p.line(PRACTICE, 10)
    p.ln(4)
    p.para(f"Dear Dr. {ONC.split()[-1]}:", 10)
    p.para(f"We approved your request for palbociclib 125 mg capsules for your patient {name}, whose member "
           f"number is {mem}. The approval runs from {fdate(ad, 'long')} through {fdate(stop, 'long')} and its "
           f"number is {auth}.", 10)
    p.para(f"This approval applies only to fills by {SPEC}, the plan's specialty pharmacy for oral cancer "
           "medicines. A claim from any other pharmacy will be rejected even during the approved dates. Please send "
           f"the prescription to {SPEC} by e-prescription or by fax to 1-877-555-{digits(rng, 4)}.", 10)
    p.para("Near the end of the approval we will need an update on how your patient is doing to approve it again. "
           f"You can reach our pharmacists at 1-855-555-{digits(rng, 4)}.", 10)
    p.para("Pharmacy Prior Authorization Team", 10)
    t = truth("other", None, insurer=PLAN, member_id=mem, member_name=name, cases=[auth],
              service_dates=[span(ad, stop)], denial_date=ad.isoformat(), provider=ONC,
              alternates={"provider": [PRACTICE], "service_dates": [[span(ad)], []]})
    return out(p), t


def photocopy_stack(rng):
    name, first, m, last = person(rng)
    mem = mid(rng)
    ld = dt.date(2026, 6, rng.randint(1, 10))
    fill = plus(ld, -rng.randint(14, 20))
    ref = rxclaim(rng)
    billed = amount(rng, 2200, 3600)
    p = DMSheet(footer=None, serif=True)
    p.set_margins(22, 16, 22)
    p.add_page()
    p.f(14, "B")
    p.cell(0, 6.5, PRACTICE, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Medical oncology and hematology  |  Gig Harbor WA  |  253-555-{digits(rng, 4)}", new_x="LMARGIN",
           new_y="NEXT")
    p.rule(5)
    p.line(fdate(ld, "long"), 10)
    p.ln(3)
    for ln in [PLAN, "Appeals Unit", f"PO Box {rng.randint(1200, 9800)}, Tacoma WA 98411"]:
        p.line(ln, 10)
    p.ln(3)
    p.line(f"Re: {name}, member {mem}, claim {ref}", 10, "B")
    p.ln(3)
    p.para("To the Appeals Unit:", 10)
    p.para(f"I am appealing the rejection of my patient's capecitabine claim from {RETAIL}, filled on "
           f"{fdate(fill, 'long')}. My patient began capecitabine with radiation and the first dose could not wait "
           "for a mail shipment. I ask that the plan cover this fill at the retail pharmacy once, and I have sent "
           f"future refills to {SPEC}.", 10)
    p.para(f"Sincerely,\n\nDr. {ONC}\n{PRACTICE}", 10)
    doc1 = (out(p), truth("other", None, insurer=PLAN, member_id=mem, member_name=name, cases=[ref],
                          service_dates=[span(fill)], denial_date=ld.isoformat(), provider=ONC,
                          alternates={"insurer": [None], "provider": [PRACTICE, RETAIL]}))
    ad = plus(ld, rng.randint(20, 28))
    apl = f"AP26-{digits(rng, 6)}"
    q = DMSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Appeals Unit")
    q.line("APPEAL DECISION", 12, "B")
    q.ln(1)
    q.pairs([("Decision date", fdate(ad, "slash")), ("Tracking ID", apl), ("Claim", ref), ("Enrollee", name),
             ("Enrollee identifier", mem), ("Date filled", fdate(fill, "slash")), ("Dispensing pharmacy", RETAIL),
             ("Submitted charges", money(billed)), ("Appeal filed by", f"Dr. {ONC}")], label_w=44, size=9.2, h=5)
    q.ln(3)
    q.para(f"Dear {first} {last}:", 9.8)
    q.para("We reviewed the appeal your oncologist filed for the rejected capecitabine claim. A pharmacist and an "
           "oncologist who were not part of the first decision reviewed it. **We are upholding the rejection.** "
           f"Your plan covers oral cancer medicines only from {SPEC}. The plan's records show that {SPEC} could "
           "have delivered the first dose the next day, and an urgent same-day fill was available through its "
           "local pick-up option. The exception criteria were not met.", 9.8)
    q.para("This is the plan's final internal decision. You may ask for an external review by an independent review "
           "organization within 4 months of the date of this letter. Urgent external reviews are decided within 72 "
           "hours.", 9.8)
    q.para("Appeals Unit", 9.8)
    doc2 = (out(q), truth("denial_letter", "out_of_network", insurer=PLAN, member_id=mem, member_name=name,
                          cases=[apl, ref], claim_amount=m2(billed), service_dates=[span(fill)],
                          denial_date=ad.isoformat(), provider=RETAIL,
                          alternates={"provider": [ONC], "case_numbers": [[apl], [ref]]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "clean_sidebar_member_letter_capecitabine_retail", "scan_clean_300", [clean_sidebar(rng)]),
        Item(F + "faxstd_grid_pharmacy_reject_notice", "fax_standard_g4", [faxstd_grid(rng)]),
        Item(F + "rotated_landscape_rx_statement_one_fill_rejected", "rotated", [rotated_statement(rng)]),
        Item(F + "phone_retail_pharmacy_notice_to_patient", "phone_photo", [phone_pharmacy_notice(rng)]),
        Item(F + "lowres_spanish_abiraterone_retail_reject", "scan_lowres_150", [lowres_spanish(rng)]),
        Item(F + "finefax_no_labels_pa_approval_specialty_only", "fax_fine_g4", [finefax_approval(rng)]),
        Item(F + "photocopy_stack_cover_oncologist_appeal_then_upheld_turned", "photocopy", photocopy_stack(rng),
             separators=["cover", None], turns={(1, 0): 180}),
    ]
