"""Papers mirrored (structure and plain wording style only) from Medicare's prior authorization program for certain
hospital outpatient department (OPD) services, as a Medicare Administrative Contractor (MAC) sends them: decision
letters to the requester and copies to the beneficiary, the hospital's remittance, a redetermination. Public rules
used as themselves: prior authorization is a condition of payment for the listed OPD services (blepharoplasty and
brow repair, rhinoplasty, botulinum toxin injections, panniculectomy, vein ablation, implanted spinal
neurostimulators among them); a physician may send the request on the hospital OPD's behalf; each request gets a
14-character unique tracking number (UTN) that goes on the hospital's claim; a provisional affirmation says a later
claim would likely meet Medicare's coverage, coding and payment rules and is good for a date of service within 120
days of the decision; a non-affirmation is not an initial determination, so it cannot be appealed, and the request
may be sent again any number of times; a claim without a provisional affirmation on file is denied, and a denied
claim has the usual redetermination (within 120 days of receipt) and reconsideration (within 180 days of receipt)
rights; a copy of each decision goes to the beneficiary; Medicare does not pay for changing how a body part looks;
the claim adjustment reason code CO-197 (authorization absent) with its general meaning. The MAC (Varnfield Medicare
Administrative Services), every hospital, practice, physician, reviewer, beneficiary, number, address, form number
and the clinical thresholds written in the reasons are invented (the thresholds are put in our own words and need
not match any contractor's policy); phones use 555. No heading names the kind of denial; each reason is put in plain
words of the writer's own.

Documents (8 in 7 files):
- faxstd_requester_decision_botox_headache_days_short: a decision letter to a headache clinic on a standard fax,
  short captions left of and under their boxes ("Ltr dt", "UTN", "Bene", "MBI", "Mcaid #", "Req'r", "OPD",
  "Ant DOS"); botulinum toxin injections for migraine non-affirmed because the diary counts too few headache days
  and only one preventive medicine was tried (medical_necessity); the beneficiary's Medicaid number beside the MBI,
  a UTN with an O among its digits; cannot be appealed, so no deadline.
- born_digital_hospital_remittance_vein_ablation_claim_without_tracking_number: a landscape remittance to a hospital,
  four outpatient claims in an open ledger (charges, non-covered, deductible, coinsurance, contractual adjustment
  printed "3,112.40-", paid, codes; totals row), attending physicians as a column, patient control numbers as
  decoys; the vein ablation claim is denied CO-197 because no decision was on file (prior_authorization); ISO dates;
  "within 120 days of the day you receive this notice" (nothing to count from).
- lowres_affirmation_spinal_stimulator_captions_under_boxes: a 150 dpi provisional affirmation (denies nothing) with
  odd captions under the boxes ("Dt of ltr", "Trk #", "Sub'd by", "Medicare #" printed in groups, "Plan'd svc"),
  a UTN with a B among its digits; the planned date also as "Thursday, May 14, 2026"; the pain practice named in a
  box and in a sentence, the hospital in another box.
- photocopy_beneficiary_copy_rhinoplasty_partly_affirmed: a photocopied copy to the beneficiary: septoplasty
  affirmed, the rhinoplasty not, because reshaping the nose for its looks is not covered (not_covered); a parties box
  puts the surgeon's practice beside the hospital and the nurse reviewer; the hospital account number beside the
  Medicare number; no appeal.
- phone_es_copia_beneficiario_ablacion_venas_medias_compresion: a photographed Spanish copy to the beneficiary: laser
  ablation of both legs planned for "martes, 14 de abril" and "martes, 28 de abril" not affirmed because no
  three-month trial of compression stockings is recorded (medical_necessity); the vein centre only in a sentence;
  the Medicaid number as a decoy.
- rotated_redetermination_panniculectomy_billed_with_non_affirmed_number: a redetermination fed sideways, keeping
  the denial of a panniculectomy claim billed with a non-affirmed UTN (medical_necessity; prior_authorization and
  not_covered accepted), "USD 14,820.00"-style billed amount, ICN printed in groups, a ticket block with captions to
  the right of the values; the QIC must receive a reconsideration request "no later than <date>" (printed).
- scan_stack_surgeon_cover_letter_duplex_then_blepharoplasty_decision_upside_down: the oculoplastic practice's cover
  letter to the patient forwarding the decision (its own document: other, no denial), its duplex back, then a
  two-page decision letter non-affirming upper eyelid surgery and a brow repair (medical_necessity; MBI printed with
  dashes, hospital MRN as a decoy), its second page upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundec_famgf import (ECSheet, address, dob, es_date, es_wday, grouped, mbi_dashed, mbi_spaced, medicaid_no,
                               n2, npi, on_weekday, people, phone, trail, usd, utn, workday, wlong, yy)
from public_kit import digits, fdate, m2, mbi, out, plus, truth

FAMILY = "medicare_hospital_outpatient_prior_authorization_mac_decisions_and_claim_denials"
LANG = "en"
SEED = 354925
INS = "Varnfield Medicare Administrative Services"
ALT = ["Varnfield", "Varnfield Medicare", "Varnfield MAS", "Medicare"]
DRUM = "Drummelton General Hospital"
AMBER = "Ambermoor Community Hospital"
ABBOT = "Abbotsgrave Medical Center"
GLEN = "Glenmerrow Regional Hospital"
HEADACHE = "Nettlefield Headache Clinic"
VEIN = "Wrenstead Vein Center"
SPINE = "Whistledown Pain & Spine Institute"
FACIAL = "Hartsdale Facial Plastics"
EYELID = "Oxlade Eye & Eyelid Surgery"
UNIT = "Prior Authorization, Hospital Outpatient Department Services"


def _head(p, rng, unit=UNIT, box=None):
    p.head(INS, "VMAS", [f"A Medicare Administrative Contractor  |  {unit}",
                         f"PO Box {rng.randint(7100, 7999)}, Topeka, KS 66601  |  Provider line 1-877-555-"
                         f"{digits(rng, 4)}  |  Fax 1-877-555-{digits(rng, 4)}  |  TTY 711"], box=box, size=12.5)


def ccn(rng):
    return f"17-{rng.choice('0')}{digits(rng, 3)}"


def ptan(rng):
    return f"{digits(rng, 6)}"


def faxstd_botox(rng):
    bene, dr, nurse = people(rng, 3)
    m = mbi(rng)
    mcaid = medicaid_no(rng)
    u = utn(rng, "O")
    rcvd = workday(dt.date(2026, 3, rng.randint(9, 13)))
    ltr = workday(plus(rcvd, rng.randint(5, 6)))
    dos = workday(plus(ltr, rng.randint(20, 27)))
    last, first, mi = bene.split()[-1], bene.split()[0], bene.split()[1].rstrip(".")
    W = 215.9 - 28
    fax = (f"{ltr.strftime('%m/%d/%Y')} {rng.randint(8, 11)}:{rng.randint(10, 59)}  FROM VARNFIELD MAS OPD-PA  "
           f"{phone(rng, '877')}  TO {HEADACHE.upper()}  P.{{n}}")
    p = ECSheet(footer="Page {n} of {nb}", footer_left=f"VMAS-OPD-D1 (01/26)   DCN {digits(rng, 12)}", fax_hdr=fax)
    p.set_margins(14, 13, 14)
    p.add_page()
    _head(p, rng)
    p.title_bar("PRIOR AUTHORIZATION REQUEST - DECISION", "Hospital outpatient department services  |  initial request")
    p.capcells([("Ltr dt", fdate(ltr, "slash"), 40, "L"), ("UTN", u, 52, "B"), ("Req type", "Initial", 38, "B"),
                ("Rcvd", fdate(rcvd, "slash"), W - 130, "B")])
    p.capcells([("Bene", f"{last.upper()}, {first.upper()} {mi}", 70, "L"), ("MBI", m, 42, "B"),
                ("Mcaid #", mcaid, 42, "B"), ("DOB", fdate(dob(rng), "slash"), W - 154, "B")])
    p.capcells([("Req'r", HEADACHE, 96, "L"), ("NPI", npi(rng), 46, "B"), ("PTAN", ptan(rng), W - 142, "B")])
    p.capcells([("OPD", DRUM, 96, "L"), ("CCN", ccn(rng), 46, "B"), ("Ant DOS", fdate(dos, "slash"), W - 142, "B")])
    p.para("Dear provider:", 9.6)
    p.para(f"Dr. {dr} of {HEADACHE} sent us a request on behalf of the outpatient department of {DRUM} for the "
           "services below. We read the medical records that came with it. Our decision on each line follows.", 9.6)
    p.table(["HCPCS", "Description", "Units", "Decision", "See"],
            [["64615", "Chemodenervation for migraine, both sides of head and neck", "1", "Non-affirmed", "R1, R2"],
             ["J0585", "Injection, onabotulinumtoxinA, 1 unit", "155", "Non-affirmed", "R1, R2"]],
            [18, 96, 14, 30, W - 158], size=8.2, aligns=["L", "L", "R", "L", "L"])
    p.reasons([("R1", "The headache log sent with the request covers twelve weeks and counts headaches on 9, 11 and "
                      "8 days in its three months. These injections are paid for migraine only when headaches come "
                      "on 15 days or more in a month, most of them with migraine features, for three months or "
                      "longer. The counts in the log stay well under that."),
               ("R2", "The visit notes name one medicine taken to prevent headaches, topiramate, stopped after three "
                      "weeks. We found no note that medicines from two other groups were tried for long enough, or "
                      "why they could not be taken.")], size=8.8, title="Why")
    p.para("**What this means.** A decision on a request says only whether a later claim would likely meet "
           "Medicare's coverage, coding and payment rules; it is not a decision on a claim and cannot be appealed. "
           "You may send the request again, with the records that answer the points above, at any time and as "
           "often as you need. If the hospital gives the injections without a provisional affirmation on file, its "
           "claim will be denied, and appeal rights will then apply to that claim.", 9.0)
    p.para(f"Clinical reviewer: {nurse}, RN.  A copy of this letter was mailed to the beneficiary. Questions: call "
           "the provider line at the top of this page.", 8.4)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=m, member_name=bene, cases=[u],
              service_dates=[dos.isoformat()], denial_date=ltr.isoformat(), provider=HEADACHE,
              alternates={"insurer": ALT, "provider": [f"Dr. {dr}", DRUM]},
              denial_alternates=["prior_authorization"])
    return out(p), t


def bd_remit(rng):
    names = people(rng, 4)
    docs = people(rng, 4)
    rd = workday(dt.date(2026, 4, rng.randint(13, 17)))
    W = 279.4 - 24
    p = ECSheet(footer="Page {n} of {nb}", footer_left=f"VMAS Part A remittance  |  {AMBER}")
    p.set_margins(12, 12, 12)
    p.add_page(orientation="L")
    _head(p, rng, unit="Part A Provider Payments")
    p.title_bar("REMITTANCE ADVICE  -  HOSPITAL OUTPATIENT CLAIMS (TYPE OF BILL 13X)")
    p.hung([(AMBER, "Payee (provider)", 82), (ccn(rng), "CCN", 30), (npi(rng), "NPI", 34),
            (rd.isoformat(), "Remit date", 32), (f"EFT {digits(rng, 10)}", "Trace no.", 44),
            (plus(rd, 2).isoformat(), "Funds on", W - 222)])
    svc = [("45385", "colonoscopy", 3840.00, None),
           ("66984", "cataract/IOL", 6912.50, None),
           ("36475", "/76 vein RF abl.", 7436.00, "CO-197"),
           ("96413", "chemo infusion", 2284.75, None)]
    rows, tot, deny = [], [0.0] * 6, None
    for nm, dr, (cpt, desc, ch, code) in zip(names, docs, svc):
        m = mbi(rng)
        icn = f"2{digits(rng, 3)}{rd.strftime('%y')}{digits(rng, 9)}"
        pcn = f"AMB{digits(rng, 8)}"
        d = dt.date(2026, 3, rng.randint(2, 27))
        if code:
            vals = [ch, ch, 0.0, 0.0, 0.0, 0.0]
        else:
            allowed = round(ch * rng.uniform(0.28, 0.42), 2)
            ded = 0.0 if rng.random() < 0.6 else round(rng.uniform(60, 180), 2)
            coins = round((allowed - ded) * 0.2, 2)
            paid = round(allowed - ded - coins, 2)
            vals = [ch, 0.0, ded, coins, round(ch - allowed, 2), paid]
        tot = [a + b for a, b in zip(tot, vals)]
        first, mi, last = nm.split()[0], nm.split()[1].rstrip("."), nm.split()[-1]
        rows.append([f"{last.upper()}, {first.upper()} {mi}", m, icn, pcn, d.isoformat(),
                     f"{cpt}{'' if desc.startswith('/') else ' '}{desc}", dr, n2(vals[0]), n2(vals[1]), n2(vals[2]),
                     n2(vals[3]),
                     trail(vals[4]) if vals[4] else "0.00", n2(vals[5]),
                     code or ("CO-45 PR-1 PR-2" if vals[2] else "CO-45 PR-2")])
        if code:
            deny = (nm, m, icn, d, ch, dr)
    p.ledger(["Patient", "MBI", "ICN", "Pat ctl no.", "Svc date", "HCPCS / service", "Attending", "Charges",
              "Non-cov", "Deduct", "Coins", "Contr adj", "Paid", "Codes"], rows,
             [30, 18, 24, 18, 15, 29, 27, 13, 13, 11, 11, 13, 12, W - 235], size=6.0,
             aligns=["L"] * 7 + ["R"] * 6 + ["L"],
             totals=["CLAIM TOTALS", "", "", "", "", "", "", n2(tot[0]), n2(tot[1]), n2(tot[2]), n2(tot[3]),
                     trail(tot[4]), n2(tot[5]), ""])
    interest = round(rng.uniform(0.8, 4.9), 2)
    p.leaders([("Paid on claims", n2(tot[5])), ("Interest on a late claim", n2(interest)),
               ("Net to payee", n2(round(tot[5] + interest, 2)))], size=8.2, w=120)
    nm, m, icn, d, ch, dr = deny
    p.para("**Codes.** CO-45: charges above the amount Medicare allows; the hospital may not bill the patient for "
           "the difference. PR-1: deductible. PR-2: coinsurance. CO-197: the service is one that needs Medicare's "
           "prior authorization, and the authorization was missing.", 7.8)
    p.para(f"**Claim {icn}.** The radiofrequency ablation of the great saphenous vein and the added vein on "
           f"{d.isoformat()} is on the list of hospital outpatient services that Medicare pays only after a prior "
           "authorization request. No decision on a request was on file for this patient and these services, and the "
           "claim carried no tracking number, so nothing on it was paid. The patient may not be billed for it. "
           "Claims from the physician and the anesthesia provider for the same procedure may be denied as well.", 7.8)
    p.para("If you disagree with how a claim was decided, you may ask for a redetermination. Your request must reach "
           "us within 120 days of the day you receive this notice. A corrected claim is not an appeal.", 7.8)
    t = truth("eob", "prior_authorization", insurer=INS, member_id=m, member_name=nm, cases=[icn],
              claim_amount=m2(ch), service_dates=[d.isoformat()], denial_date=rd.isoformat(), provider=AMBER,
              alternates={"insurer": ALT, "provider": [dr],
                          "appeal_deadline": [plus(rd, 120).isoformat(), plus(rd, 125).isoformat()]},
              type_alternates=["denial_letter"])
    return out(p), t


def lowres_affirm(rng):
    bene, dr, nurse = people(rng, 3)
    m = mbi(rng)
    u = utn(rng, "B")
    rcvd = workday(dt.date(2026, 4, rng.randint(6, 9)))
    ltr = workday(plus(rcvd, rng.randint(5, 6)))
    dos = dt.date(2026, 5, 14)
    W = 215.9 - 34
    p = ECSheet(footer="Page {n} of {nb}", footer_left="VMAS-OPD-A1")
    p.set_margins(17, 14, 17)
    p.add_page()
    _head(p, rng)
    p.para(f"**Decision on a request for prior authorization**", 11)
    p.capcells([("Dt of ltr", fdate(ltr, "dmy"), 34, "B"), ("Trk #", u, 50, "B"), ("Sub'd by", SPINE, 70, "B"),
                ("Rcvd", fdate(rcvd, "dmy"), W - 154, "B")], cap=6.4)
    p.capcells([("Bene", bene, 54, "B"), ("Medicare #", mbi_spaced(m), 42, "B"), ("Plan'd svc", yy(dos), 30, "B"),
                ("Fac.", ABBOT, W - 126, "B")], cap=6.4)
    p.para(f"Dear Dr. {dr}:", 10)
    p.para(f"On {fdate(rcvd, 'long')} your office at {SPINE} asked us, on behalf of the outpatient department of "
           f"{ABBOT}, to look at the placement of a spinal cord stimulator for {bene}, planned for {wlong(dos)}. The "
           "records show a trial with temporary leads that cut the leg and back pain by more than half for a week, "
           "a psychological evaluation before the trial, and imaging of the spine.", 10)
    p.table(["Code", "Service", "Units", "Decision"],
            [["63650", "Percutaneous neurostimulator electrode array, epidural", "2",
              "Provisionally affirmed"],
             ["63685", "Insertion of spinal neurostimulator pulse generator", "1", "Provisionally affirmed"]],
            [18, 96, 14, W - 128], size=8.4)
    p.para("We found that a claim for these services would likely meet Medicare's coverage, coding and payment "
           "rules. Put the tracking number above on the hospital's claim. This decision holds for a date of service "
           "within 120 days of the date of this letter; after that a new request is needed.", 10)
    p.para("Medicare may still deny the claim if something can only be checked once the claim arrives, or if the "
           "claim does not match the records we reviewed. The surgeon's and anesthesia claims do not carry the "
           f"tracking number. Reviewed by {nurse}, RN. A copy goes to the beneficiary.", 10)
    t = truth("other", None, insurer=INS, member_id=m, member_name=bene, cases=[u], service_dates=[dos.isoformat()],
              denial_date=ltr.isoformat(), provider=SPINE,
              alternates={"insurer": ALT, "provider": [f"Dr. {dr}", ABBOT]})
    return out(p), t


def photocopy_rhino(rng):
    bene, dr, nurse = people(rng, 3)
    m = mbi(rng)
    u = utn(rng, "S")
    acct = f"GRH-{digits(rng, 7)}"
    ltr = workday(dt.date(2026, 5, rng.randint(4, 8)))
    dos = dt.date(2026, 6, 2)
    p = ECSheet(footer="Page {n} of {nb}", footer_left="VMAS-OPD-B2 beneficiary copy")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, unit="Beneficiary copy of a prior authorization decision")
    p.letter_with_ticket([bene, *address(rng)],
                         [(fdate(ltr, "long"), "date of letter"), (m, "Medicare Number"),
                          (acct, "hospital account no."), (u, "tracking no. (UTN)")], w=80)
    p.para(f"Dear {bene}:", 10)
    p.para(f"Your surgeon asked Medicare's contractor to review two parts of the nose surgery planned for you at "
           f"{GLEN} on {fdate(dos, 'long')}. This is your copy of what we told your surgeon.", 10)
    p.parties([("Requested by", FACIAL, f"surgeon: Dr. {dr}"),
               ("Hospital outpatient dept.", GLEN, f"CCN {ccn(rng)}"),
               ("Reviewed by", f"{nurse}, RN", "Varnfield clinical review")], cap_w=44)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Code", "What was asked for", "Our answer"],
            [["30520", "Straightening the wall inside the nose (septoplasty)", "Affirmed"],
             ["30420", "Reshaping the nose, bone and cartilage (rhinoplasty)", "Not affirmed"]],
            [18, 110, W - 128], size=8.8)
    p.para("The photographs and notes describe a bump on the bridge of your nose and your wish for a smoother "
           "profile. The trouble breathing through the right side comes from the bent wall inside the nose, and the "
           "septoplasty is meant to fix it. Reshaping the outside of the nose to change how it looks is not "
           "something Medicare pays for, so a claim for that part would likely be refused.", 10)
    p.para("**Do I need to do anything?** No. This is not a decision on a claim, and it cannot be appealed. Your "
           "surgeon may send us a new request with more records at any time. If the reshaping is done anyway, "
           "Medicare will likely not pay for it, and you may be asked to pay.", 10)
    p.para("Questions? Call 1-800-MEDICARE (1-800-633-4227); TTY 1-877-486-2048.", 9)
    t = truth("denial_letter", "not_covered", insurer=INS, member_id=m, member_name=bene, cases=[u],
              service_dates=[dos.isoformat()], denial_date=ltr.isoformat(), provider=FACIAL,
              alternates={"insurer": ALT, "provider": [f"Dr. {dr}", GLEN]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def phone_es_vein(rng):
    bene, dr = people(rng, 2, es=True)
    m = mbi(rng)
    mcaid = medicaid_no(rng)
    u = utn(rng)
    ltr = workday(dt.date(2026, 3, rng.randint(23, 27)))
    d1, d2 = dt.date(2026, 4, 14), dt.date(2026, 4, 28)
    addr = address(rng)
    state = {"KS": "Kansas", "NE": "Nebraska", "MO": "Missouri", "IA": "Iowa", "OH": "Ohio", "IN": "Indiana",
             "KY": "Kentucky", "OK": "Oklahoma"}[addr[1].split(", ")[1][:2]]
    p = ECSheet(footer="Página {n} de {nb}", footer_left="VMAS-OPD-B2-SP")
    p.set_margins(17, 14, 17)
    p.add_page()
    _head(p, rng, unit="Autorización previa de servicios del departamento ambulatorio de un hospital")
    p.para("**Copia para el beneficiario: decisión sobre una solicitud de autorización previa**", 10.5)
    for ln in [bene, *addr]:
        p.line(ln, 10)
    p.ln(2)
    p.grid([[("Fecha de esta carta", es_date(ltr)), ("Número de Medicare", m), (f"N.º de Medicaid ({state})", mcaid)],
            [("Número de seguimiento (UTN)", u), ("Hospital", AMBER), ("Códigos", "36478, 36479")]],
           size=8.8, cap=6.2)
    p.para(f"Estimado(a) {bene}:", 10)
    p.para(f"{VEIN}, donde su médico es {dr}, nos pidió revisar el cierre con láser de las venas varicosas de "
           f"sus dos piernas en el departamento ambulatorio de {AMBER}: la pierna derecha el {es_wday(d1)} y la "
           f"pierna izquierda el {es_wday(d2)}.", 10)
    p.para("Le informamos que no pudimos dar una decisión favorable. Las notas no muestran que usted haya usado "
           "medias de compresión recetadas durante tres meses antes de la solicitud, ni cómo le fue con ellas. "
           "Además, el ultrasonido de la pierna izquierda mide un reflujo de menos de medio segundo en la vena "
           "principal, y eso por sí solo no muestra que el procedimiento sea necesario.", 10)
    p.para("Usted no tiene que hacer nada. Esta decisión no es sobre una factura y no se puede apelar. El centro "
           "puede mandarnos una nueva solicitud con más información cuando quiera. Si el procedimiento se hace sin "
           "una decisión favorable, es probable que Medicare no lo pague.", 10)
    p.para("¿Preguntas? Llame al 1-800-MEDICARE (1-800-633-4227). Los usuarios de TTY deben llamar al "
           "1-877-486-2048.", 9)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=m, member_name=bene, cases=[u],
              service_dates=[d1.isoformat(), d2.isoformat()], denial_date=ltr.isoformat(), provider=VEIN, lang="es",
              alternates={"insurer": ALT, "provider": [dr, AMBER]},
              denial_alternates=["prior_authorization"])
    return out(p), t


def rotated_redet(rng):
    bene, surgeon, officer = people(rng, 3)
    m = mbi(rng)
    u = utn(rng, "I")
    icn = f"2{digits(rng, 3)}26{digits(rng, 9)}"
    redet = f"1-26{digits(rng, 7)}-OPD"
    dos = dt.date(2026, 2, 17)
    billed = 14820.00
    rq = workday(dt.date(2026, 3, rng.randint(2, 6)))
    dd = workday(plus(rq, rng.randint(40, 50)))
    due = plus(dd, 185)
    nonaff = workday(dt.date(2026, 1, rng.randint(12, 16)))
    p = ECSheet(footer="Page {n} of {nb}", footer_left=f"VMAS-RD-OPD (01/26)")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, unit="Part A Redeterminations")
    p.f(12, "B")
    p.cell(0, 7, "Medicare Redetermination Decision", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.letter_with_ticket([f"Patient Financial Services", DRUM, *address(rng)],
                         [(fdate(dd, "long"), "date of this decision"), (redet, "redetermination no."),
                          (grouped(icn, 4), "ICN"), (u, "UTN on the claim"), (bene, "beneficiary"),
                          (m, "MBI"), (fdate(dos, "slash"), "date of service"), (usd(billed), "billed"),
                          ("UNFAVORABLE", "decision")], w=84, size=8.6)
    p.para(f"We received your request for a redetermination on {fdate(rq, 'long')}. You asked us to pay the "
           f"claim for the panniculectomy (15830) that Dr. {surgeon} performed in your outpatient department on "
           f"{fdate(dos, 'long')}. The claim was denied because the tracking number on it belonged to a request "
           f"we had not affirmed on {fdate(nonaff, 'long')}.", 10)
    p.para("**What we looked at.** Your request, the operative report, the surgeon's office notes from the last "
           "six months, photographs and the earlier decision on the request.", 10)
    p.para("**Why the answer stays the same.** The notes say the skin fold hangs below the pubic bone. They do not "
           "show a rash or breakdown of the skin under it that kept coming back while being treated for at least "
           "three months, and they do not say the fold gets in the way of walking or caring for oneself. The notes "
           "do record that the patient wanted it removed because clothes fit badly. On these records the surgery "
           "was not shown to be needed to treat an illness, so the claim stays denied.", 10)
    p.para("**If you disagree.** You may ask a Qualified Independent Contractor (QIC) for a reconsideration within "
           "180 days after you receive this letter. We count receipt as five days after the date above, so the QIC "
           f"must receive your request no later than {fdate(due, 'long')}. Send a copy of this letter and any new "
           "records. The beneficiary may not be billed for this claim unless a valid advance notice was signed.", 10)
    p.para(f"Sincerely,\n{officer}\nRedetermination Unit", 10)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=m, member_name=bene,
              cases=[redet, icn, u], claim_amount=m2(billed), service_dates=[dos.isoformat()],
              denial_date=dd.isoformat(), provider=DRUM, appeal_deadline=due.isoformat(),
              alternates={"insurer": ALT, "provider": [f"Dr. {surgeon}"],
                          "case_numbers": [[redet, icn], [redet], [redet, u]]},
              denial_alternates=["prior_authorization", "not_covered"])
    return out(p), t


def stack_bleph(rng):
    bene, dr, sched, nurse = people(rng, 4)
    m = mbi(rng)
    u = utn(rng, "Z")
    mrn = f"MRN {digits(rng, 8)}"
    acct = f"OX-{digits(rng, 6)}"
    rcvd = workday(dt.date(2026, 4, rng.randint(13, 17)))
    ltr = workday(plus(rcvd, rng.randint(5, 6)))
    cov = workday(plus(ltr, rng.randint(3, 5)))
    dos = on_weekday(plus(ltr, 24), 2)
    # the practice's cover letter
    c = ECSheet(footer=None)
    c.set_margins(22, 18, 22)
    c.add_page()
    c.f(15, "B")
    c.cell(0, 8, EYELID, new_x="LMARGIN", new_y="NEXT")
    c.f(8.4)
    street = f"{rng.randint(200, 990)} Larkspur Medical Plaza, Suite 310"
    c.cell(0, 4, f"{street}, Hutchinson, KS 67502  |  {phone(rng, '620')}", new_x="LMARGIN", new_y="NEXT")
    c.rule(5)
    c.line(fdate(cov, "long"), 10)
    c.ln(3)
    for ln in [bene, *address(rng)]:
        c.line(ln, 10)
    c.ln(4)
    c.para(f"**Re:** your upper eyelid surgery planned for {wlong(dos)} at {GLEN}\n"
           f"Medicare tracking no. {u}   |   Our account no. {acct}", 10)
    c.para(f"Dear {bene.split()[0]},", 10)
    c.para(f"We are enclosing a copy of the letter that Medicare's contractor, Varnfield, sent our office on "
           f"{fdate(ltr, 'long')}. Because the hospital part of eyelid surgery needs Medicare's approval ahead of "
           f"time, Dr. {dr} sent them your records. They did not agree to it yet: they want a visual field test done "
           "with the lids taped up and photos taken straight on.", 10)
    c.para("This is not a bill and you do not owe anything. We have booked the field test and photos for you at "
           "our office, and we will send Varnfield a new request as soon as we have them. If the answer does not "
           "come before your surgery date, we will move the surgery.", 10)
    c.para(f"Please call me with any questions.\n\n{sched}\nSurgery scheduling, {EYELID}", 10)
    d_a = (out(c), truth("other", None, insurer=None, member_name=bene, cases=[u], service_dates=[dos.isoformat()],
                         denial_date=cov.isoformat(), provider=EYELID,
                         alternates={"insurer": [INS], "provider": [f"Dr. {dr}"], "denial_date": [ltr.isoformat()]},
                         unscored=["insurer"], type_alternates=["denial_letter"]))
    # the contractor's two-page decision letter
    p = ECSheet(footer="Page {n} of {nb}", footer_left=f"VMAS-OPD-D2 (01/26)", strip=f"UTN {u}  |  page {{n}}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, box="DECISION LETTER")
    p.letter_with_ticket([f"Dr. {dr}", EYELID, street, "Hutchinson, KS 67502"],
                         [(fdate(ltr, "abbr"), "letter date"), (u, "UTN"), (bene, "beneficiary"),
                          (mbi_dashed(m), "Medicare no."), (mrn, "hospital record"), (GLEN, "OPD"),
                          (fdate(dos, "slash"), "planned date"), (fdate(rcvd, "abbr"), "request received")],
                         w=86, size=8.4)
    p.para(f"Dear Dr. {dr}:", 10)
    p.para(f"We reviewed the request your office sent on behalf of {GLEN}'s outpatient department. Our decision on "
           "each service is below; the reasons follow.", 10)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Code", "Mod", "Service", "Decision", "Reasons"],
            [["15823", "RT", "Blepharoplasty, upper eyelid, excess skin weighting down lid", "Non-affirmed",
              "1, 2"],
             ["15823", "LT", "Blepharoplasty, upper eyelid, excess skin weighting down lid", "Non-affirmed",
              "1, 2"],
             ["67900", "50", "Repair of brow ptosis, both sides", "Non-affirmed", "3"]],
            [16, 12, 94, 28, W - 150], size=8.4)
    p.reasons([("1", "The visual field test sent shows the upper field with the lids in their natural position "
                     "only. Without a second test with the lids taped up we cannot tell how much of the loss the "
                     "surgery would give back."),
               ("2", "The photographs are taken from an angle. Photos straight on, with the eyes looking forward, "
                     "are needed to show where the lid rests against the pupil."),
               ("3", "The notes do not measure how far the brow sits below the bony rim, and nothing in them says "
                     "the low brow adds to the blocked vision.")], size=8.8)
    p.add_page()
    p.bar("What you can do now")
    p.para("A decision on a prior authorization request is not a decision on a claim, so it cannot be appealed. "
           "You may send the request again, with the missing test and photographs, at any time; there is no limit "
           "on how many times a request may be sent. Use the cover sheet for resubmissions and write the tracking "
           "number on every page.", 9.8)
    p.para("If the hospital performs the services without a provisional affirmation on file, Medicare will deny "
           "the hospital's claim, and claims for the surgeon and anesthesia may be denied with it. The usual appeal "
           "rights apply to a denied claim.", 9.8)
    p.bar("Detailed decision codes")
    p.mono(["CODE   MEANING",
            "VF2    visual field with lids taped missing or unreadable",
            "PH4    photographs not frontal / lid margin not visible",
            "BR1    brow position not measured in the record"], size=8.0)
    p.para(f"Clinical reviewer: {nurse}, RN. cc: the beneficiary; {GLEN}, outpatient surgery.", 9.0)
    d_b = (out(p), truth("denial_letter", "medical_necessity", insurer=INS, member_id=mbi_dashed(m),
                         member_name=bene, cases=[u], service_dates=[dos.isoformat()], denial_date=ltr.isoformat(),
                         provider=EYELID,
                         alternates={"insurer": ALT, "member_id": [m], "provider": [f"Dr. {dr}", GLEN]},
                         denial_alternates=["prior_authorization", "other"]))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_requester_decision_botox_headache_days_short", "fax_standard_g4", [faxstd_botox(rng)]),
        Item(F + "born_digital_hospital_remittance_vein_ablation_claim_without_tracking_number", "born_digital",
             [bd_remit(rng)]),
        Item(F + "lowres_affirmation_spinal_stimulator_captions_under_boxes", "scan_lowres_150", [lowres_affirm(rng)]),
        Item(F + "photocopy_beneficiary_copy_rhinoplasty_partly_affirmed", "photocopy", [photocopy_rhino(rng)]),
        Item(F + "phone_es_copia_beneficiario_ablacion_venas_medias_compresion", "phone_photo",
             [phone_es_vein(rng)]),
        Item(F + "rotated_redetermination_panniculectomy_billed_with_non_affirmed_number", "rotated",
             [rotated_redet(rng)]),
        Item(F + "scan_stack_surgeon_cover_letter_duplex_then_blepharoplasty_decision_upside_down",
             "scan_clean_300", stack_bleph(rng), separators=["duplex", None], turns={(1, 1): 180}),
    ]
