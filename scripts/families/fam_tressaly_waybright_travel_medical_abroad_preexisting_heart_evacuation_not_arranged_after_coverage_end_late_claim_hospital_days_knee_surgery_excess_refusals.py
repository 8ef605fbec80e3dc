"""Papers mirrored (structure and plain wording style only; every sentence written anew) from a travel medical
insurer that covers US residents for emergency care on trips abroad: an insurance company that underwrites the
plans, a claims administrator that decides claims and pays foreign hospitals for it, a 24-hour assistance company
that arranges and approves medical evacuation and issues guarantees of payment to hospitals abroad, bills in a
foreign currency converted to dollars at the rate of the date of service, a per-trip deductible, a pre-existing
condition exclusion with a look-back period and a waiver for plans bought soon after the first trip deposit,
evacuation paid only when the assistance company approves and arranges it, coverage that ends on the scheduled
return date, a claim deadline counted from the end of the trip, coverage in excess of the traveller's own health
plan on the Essential plan, emergency care only (care that can wait until the traveller is home is not covered), an
internal appeal and an external review by the state insurance department.

Invented issuer and plans: Tressaly Insurance Company (the insurer; letterheads: its name letter-spaced, the logo
word TRESSALY beside a drawn globe with the legal name under it, or the name split over two lines "TRES" / "SALY"),
its Waybright Travel Medical plans (Waybright Essential, plan code WBE-10, pays in excess of other coverage;
Waybright Plus, plan code WBP-25, pays first), issued as certificates under the group policy TIC-GP-7705; Kesterby
Travel Claims, LLC (the claims administrator in Hartford, Connecticut, whose letterhead is only its initials "KTC"
in a double frame: the full name is printed only in the footer and in the return address over the addressee);
Ostlake Assistance International, Inc. (the assistance company; a logo word OSTLAKE beside the globe, "on behalf of
Tressaly Insurance Company"); and every traveller, hospital abroad, clinician, agency, number and amount (phones 555;
real countries and cities, invented hospitals and streets). Exchange rates are invented.

Numbers: certificates "TW" + 2 digits + "O" + 4 digits + "S" + 1 digit, the traveller's suffix after a dash (-01 the
certificate holder, -02 a companion on the same certificate, -03 a child), printed whole or in groups of four
("TW41 O573 2S8-02"); claims "KT26" + 6 digits; pre-trip and pre-service requests "KTP-26-" + 5 digits; appeals
"TIC-AR-26-" + 4 digits; Ostlake case numbers "OAI-26Z" + 4 digits; decoys: advice, batch, payee, passport and
agency booking numbers, the group policy's form number, fax header dates and claim-received dates.

Documents (8 in 7 files):
- bd_settlement_statement_four_claims_couple_wife_cardiology_rows_px: a born-digital two-page claim settlement
  statement on Tressaly's letter-spaced letterhead for a couple's trip to Portugal and Spain; four claims, each
  opened by a bold shaded band (claim number, patient, certificate with suffix) of the same weight; bills in euros
  with the rate and the dollar amount per line; the husband's emergency visit, pharmacy and orthopaedic follow-up
  paid (the deductible on the first), the wife's cardiology consultation, echocardiogram and Holter monitor in
  Seville paid 0.00 under PX (pre-existing heart rhythm condition: a dose change inside the 90-day look-back, the
  waiver not bought in time) explained in the code list; the plan code only in the "Your coverage" table; page 2
  the look-back explained and the 180-day review right.
- faxstd_stack_agency_routing_slip_evacuation_not_arranged_then_gop_page_turned: the travel agent's standard fax to
  Kesterby's review unit (the agency machine's header a fortnight after the letter on every page): a printed
  routing slip of the agency lettered by hand (no document), Kesterby's two-page letter refusing a private air
  ambulance from Cusco to Miami that the traveller's son booked without Ostlake's approval (initials letterhead, the
  certificate number only inside a sentence, the claim-received date beside the letter date, "no later than" a
  printed date; page 2 fed upside down), then Ostlake's guarantee of payment to the clinic in Cusco for the same
  admission (the facility and its attending physician in separate boxes; denies nothing).
- faxstd_payment_advice_buenos_aires_five_claims_stay_after_coverage_end_ce: Kesterby's payment advice to a
  sanatorium in Buenos Aires, standard fax; five travellers' claims in pesos with rate and dollars, the third (between
  two paid claims with amounts in every column) paid 0.00 under CE: the visit came six days after the certificate's
  scheduled return date; "Claims received through" date beside the advice date; 90 days of the advice date.
- phone_es_oaxaca_child_clinic_claim_after_ninety_days: a photographed Spanish letter on Tressaly's logo letterhead
  refusing a son's clinic visit in Oaxaca because the claim came 137 days after the trip ended (90 allowed); the
  doctor named only in prose; amounts in pesos and dollars; "a más tardar" a printed date.
- bd_appeal_decision_chiang_mai_dengue_stay_days_upheld_stay_boxes: a born-digital decision of Tressaly's Appeal
  Review Unit (split wordmark) keeping the refusal of four of six hospital days in Chiang Mai as care that could
  have been given outside the hospital; the stay as "Admitted" and "Discharged" boxes; the refused days "from March
  12 through March 15, 2026" in prose; baht and dollars; final (external review only).
- photocopy_queenstown_knee_arthroscopy_could_wait_until_home_preservice: a photocopied Kesterby letter refusing a
  knee arthroscopy planned in Queenstown as not medically necessary during the trip (it can wait until the
  traveller is home four days later); the request-received date beside the letter date; the paid MRI claim as a
  decoy; "within 65 days of the date you receive this notice".
- lowres_london_urgent_care_essential_plan_pays_after_own_plan: a 150 dpi Kesterby letter holding a London urgent
  treatment centre's bill unpaid because the Essential plan pays in excess of the traveller's own health plan,
  whose explanation of benefits must come first; pounds and dollars; "by the end of the month after" as a request
  date (a decoy) and "within 180 days of the date of this letter" for a review.

Truth notes:
- insurer: the letterhead issuer: Tressaly Insurance Company on the statement, the Spanish letter and the appeal
  decision ("Tressaly Insurance", "Tressaly" accepted); Kesterby Travel Claims, LLC on its four papers (its initials
  letterhead names it only in the footer and the return address; "Kesterby Travel Claims" and "Kesterby" accepted);
  Ostlake Assistance International, Inc. on the guarantee of payment. The insurer named in "acting for" and "on
  behalf of" lines is not accepted for the administrator's or the assistance company's papers (the eval README takes
  the letterhead issuer when a plan is run by an administrator).
- plan_id is the plan code (WBE-10 / WBP-25) where printed; group_number is the group policy TIC-GP-7705 where
  printed; member_id the patient's certificate number with the suffix as printed (the base number without the
  suffix is not accepted: the suffix is what tells the travellers on one certificate apart).
- claim_amount: the refused claim's total billed in dollars as the paper converts it; the bill's own foreign-currency
  total is accepted too, since both are printed as what was billed (a reader may take either). On the appeal
  decision the whole hospital bill is the claim (the refused four days' part accepted). The pre-service knee letter
  states no amount for the surgery (null); the guarantee of payment states only a limit (null, the limit accepted).
- case_numbers: the refused claim's number; on the evacuation letter the Ostlake case number with it is accepted; on
  the appeal decision the appeal and claim numbers (either alone accepted); the request number on the pre-service
  letter; on the guarantee of payment the Ostlake case number ([] accepted, nothing is refused).
- service_dates: the refused lines' dates; the flight date of the evacuation; the refused days as one span (the
  whole stay accepted); the planned surgery date; none on the guarantee (its admission date accepted).
- appeal deadlines: +180 "of the date of this statement / letter"; "no later than" and "a más tardar" printed dates;
  +90 of the advice date; null on the appeal decision (external review only) and the guarantee; "within 65 days of
  the date you receive this notice" is null (+65 and +70 accepted).
- types: pre-existing exclusion `not_covered`; evacuation not approved or arranged `prior_authorization`; care after
  the coverage end date `eligibility`; claim after the 90 days `timely_filing`; hospital days that could have been
  outpatient care `level_of_care` (`medical_necessity` accepted: the decision calls the days not medically necessary
  in that setting); surgery that could wait until home `medical_necessity` (`not_covered` accepted: the plan covers
  emergency care only); excess coverage waiting for the own plan's EOB `other` (coordination of benefits); the
  statement and payment advice `eob`; the guarantee of payment `other` with no denial.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundev_famva import (VASheet, addr_block, agency_slip, cur, digits, es_date, first_last, grouped, iso,
                               last_first, long, m2, n2, out, people, plus, sign, slash, tollfree, truth, usd)

FAMILY = ("tressaly_waybright_travel_medical_abroad_preexisting_heart_evacuation_not_arranged_after_coverage_end_"
          "late_claim_hospital_days_knee_surgery_excess_refusals")
LANG = "en"
SEED = 355102
USED: set = set()

INS = "Tressaly Insurance Company"
INS_ALT = ["Tressaly Insurance", "Tressaly"]
ADMIN = "Kesterby Travel Claims, LLC"
ADMIN_ALT = ["Kesterby Travel Claims", "Kesterby"]
ASSIST = "Ostlake Assistance International, Inc."
ASSIST_ALT = ["Ostlake Assistance International", "Ostlake Assistance", "Ostlake"]
GROUP = "TIC-GP-7705"
ESS, PLUS = "WBE-10", "WBP-25"
K_ADDR = "PO Box 31870, Hartford, CT 06150"
K_FOOT = (f"{ADMIN}  \u00b7  {K_ADDR}  \u00b7  claims administrator for {INS}  \u00b7  page {{n}} of {{nb}}")
T_FOOT = f"{INS}  \u00b7  Waybright Travel Medical  \u00b7  1200 Asylum Avenue, Hartford, CT 06105"


def cert(rng) -> str:
    return f"TW{digits(rng, 2)}O{digits(rng, 4)}S{rng.randint(1, 9)}"


def claim_no(rng) -> str:
    return f"KT26{digits(rng, 6)}"


def usd_of(v: float, rate: float) -> float:
    return round(v * rate, 2)


def t_spaced(p: VASheet, rng, box: str | None = None):
    p.wordmark("TRESSALY", style="spaced", tagline="Insurance Company  \u00b7  Waybright Travel Medical",
               small=[f"Claims administered by {ADMIN}, Hartford, Connecticut"],
               right=["Waybright Travel Medical", "1200 Asylum Avenue", "Hartford, CT 06105",
                      f"Claims {tollfree(rng, '877')}", f"Outside the US +1 860 555 {digits(rng, 4)}"],
               box=box, size=19)


def t_logo(p: VASheet, rng, box: str | None = None, tagline: str | None = None, small: str | None = None):
    p.mark_logo("globe", "TRESSALY", INS,
                ["1200 Asylum Avenue", "Hartford, CT 06105", f"Reclamaciones {tollfree(rng, '877')}",
                 f"Desde el extranjero +1 860 555 {digits(rng, 4)}"],
                tagline=tagline or "Waybright Travel Medical", small=small, box=box, size=24, legal_size=7.0)


def k_head(p: VASheet, rng, box: str | None = None):
    p.initials_head("KTC", f"Travel medical claims  \u00b7  acting for {INS}, insurer of the Waybright Travel "
                           "Medical plans", [K_ADDR.split(", ", 1)[0], K_ADDR.split(", ", 1)[1],
                                             f"Claims line {tollfree(rng, '877')}", f"Fax (860) 555-{digits(rng, 4)}"],
                    box=box)


# ---------------------------------------------------------------------------------------------------------------
def bd_statement(rng):
    him = people(rng, 1, "tv", sexes="M", used=USED)[0]
    her = people(rng, 1, "tv", sexes="F", last=him.split()[-1], used=USED)[0]
    base = cert(rng)
    hid, wid = base + "-01", base + "-02"
    sd = dt.date(2026, 5, 12)
    r1, r2, r3 = 1.0842, 1.0861, 1.0874
    card = "Dra. Valvanera S. Echalecu"
    card_t = "Valvanera S. Echalecu"
    card_ctr = "Centro Cardiológico Giralda Norte"
    claims = [
        dict(who=him, suf="01", prov="Hospital Particular São Brás do Tejo, Lisboa \u00b7 emergency department",
             lines=[(dt.date(2026, 4, 5), "Emergency visit", 380.00, r1, "P1 DD"),
                    (dt.date(2026, 4, 5), "X-ray, wrist, 3 views", 145.00, r1, "P1"),
                    (dt.date(2026, 4, 5), "Cast, forearm", 210.00, r1, "P1")]),
        dict(who=him, suf="01", prov="Farmácia Calçada Nova, Lisboa",
             lines=[(dt.date(2026, 4, 5), "Prescribed medicines", 46.80, r1, "P1")]),
        dict(who=her, suf="02", prov=f"{card}, {card_ctr}, Sevilla",
             lines=[(dt.date(2026, 4, 14), "Cardiology consultation", 220.00, r2, "PX"),
                    (dt.date(2026, 4, 14), "Echocardiogram", 310.00, r2, "PX"),
                    (dt.date(2026, 4, 16), "Holter monitor, 24 hours", 260.00, r2, "PX")]),
        dict(who=him, suf="01", prov="Traumatología Los Remedios Oeste, Sevilla",
             lines=[(dt.date(2026, 4, 20), "Orthopaedic follow-up visit", 140.00, r3, "P1"),
                    (dt.date(2026, 4, 20), "X-ray, wrist, 2 views", 95.00, r3, "P1")]),
    ]
    for c in claims:
        c["no"] = claim_no(rng)
    den = 2
    ded_left = 100.00
    p = VASheet(footer=None, ids_foot=f"Statement of {slash(sd)}  \u00b7  {T_FOOT}  \u00b7  page {{n}} of {{nb}}")
    p.set_margins(14, 14, 14)
    p.add_page()
    t_spaced(p, rng, box="CLAIM SETTLEMENT STATEMENT")
    y = p.get_y()
    addr_block(p, [him.upper(), her.upper(), "2214 Larkspur Prairie Road", "Ames, IA 50014"], 9.2)
    p.set_y(y)
    p.edge_leaders([("Statement date", long(sd)), ("Certificate holder", him),
                    ("Group policy", GROUP), ("Trip", "Portugal and Spain, 04/02/2026 to 04/24/2026")],
                   cap_w=24, size=8.6, x=p.l_margin + 92, w=p.w - p.r_margin - p.l_margin - 92)
    p.ln(1)
    W = p.w - p.l_margin - p.r_margin
    p.f(8.6, "B")
    p.set_x(p.l_margin)
    p.cell(0, 5, "Your coverage", new_x="LMARGIN", new_y="NEXT")
    p.ruled_rows(["Plan code", "Travellers on this certificate", "Coverage dates", "Medical maximum",
                  "Deductible a trip"],
                 [[PLUS, f"{him} (-01), {her} (-02)", "04/02/2026 - 04/24/2026",
                   "$250,000", "$100.00"]],
                 [W * k / 100 for k in (11, 41, 22, 13, 13)], ["L", "L", "L", "R", "R"], size=7.8)
    p.f(7.6)
    p.set_x(p.l_margin)
    p.multi_cell(0, 3.6, "This is not a bill. Each claim opens with its number and the traveller it is for. Bills in "
                 "euros are changed to US dollars at the rate for the date of service shown on each line. The "
                 "Code column is explained after the claims.", new_x="LMARGIN", new_y="NEXT")
    p.ln(1.5)
    widths = [W * k / 100 for k in (10, 25, 13, 7, 10, 11, 8, 9)]
    widths.append(W - sum(widths))
    aligns = ["L", "L", "R", "R", "R", "R", "R", "R", "C"]
    rows = []
    for i, c in enumerate(claims):
        cl = []
        tb = te = tdd = tp = 0.0
        for d, s, eur, rate, code in c["lines"]:
            b = usd_of(eur, rate)
            e = 0.0 if code == "PX" else b
            dd = min(ded_left, e) if "DD" in code else 0.0
            ded_left -= dd
            pd = round(e - dd, 2)
            cl.append([slash(d), s, cur(eur, "EUR"), f"{rate:.4f}", n2(b), n2(e), n2(dd), n2(pd), code])
            tb, te, tdd, tp = tb + b, te + e, tdd + dd, tp + pd
        c["usd"], c["eur"] = round(tb, 2), round(sum(x[2] for x in c["lines"]), 2)
        tot = None
        if len(c["lines"]) > 1:
            tot = ["", "Claim total", cur(c["eur"], "EUR"), "", n2(tb), n2(te), n2(tdd), n2(tp), ""]
        rows.append({"band": f"Claim {c['no']}     {c['who']}     Certificate {grouped(base)}-{c['suf']}",
                     "note": c["prov"], "rows": cl, "total": tot})
    p.band_claims(["Date", "Service", "Billed", "Rate", "Billed USD", "Eligible USD", "Deduct.", "Paid USD",
                   "Code"], widths, aligns, rows, size=7.2)
    p.legend_cols("What the codes mean", [
        ("P1", "Paid at 100% of the eligible amount for emergency care abroad."),
        ("DD", "Part or all of this line went to the $100.00 deductible for the trip."),
        ("PX", "Not covered: care for a pre-existing condition. See page 2."),
        ("EV", "Evacuation costs: paid only when arranged by the assistance company."),
        ("RT", "Care after the return date on the certificate."),
        ("XS", "Paid after your own health plan (Essential plans only)."),
    ], ncol=2, size=7.2, code_w=8)
    p.add_page()
    p.bar("Why the claim for the cardiology care was not paid", 9.0)
    c = claims[den]
    p.para(f"The claim {c['no']} is for the care {first_last(her)} had in Sevilla on April 14 and April 16, 2026, "
           f"when {card} saw her for an irregular heartbeat, did an echocardiogram and fitted a Holter monitor. The "
           f"bills came to {cur(c['eur'], 'EUR')}, or {usd(c['usd'])} at the rates shown.", 8.8)
    p.para("The plan does not cover a pre-existing condition. A condition is pre-existing if, in the 90 days before "
           "your coverage began, it was diagnosed or treated, it caused symptoms, or the medicine for it was started "
           "or changed. The records her doctor at home sent show that the dose of her heart rhythm medicine was "
           "changed on February 20, 2026, which is inside the 90 days before her coverage began on April 2, 2026.",
           8.8)
    p.para("Some plans waive this rule when the plan is bought within 14 days of the first payment for the trip. "
           "This certificate was bought 31 days after the first trip payment, so the waiver does not apply.", 8.8)
    p.bar("If you disagree", 9.0)
    p.para("You may ask for a review within 180 days of the date of this statement. Write to the Appeal Review Unit, "
           f"{INS}, 1200 Asylum Avenue, Hartford, CT 06105, and send any records you want us to see. If the review "
           "keeps the decision, you may ask the state insurance department for an external review.", 8.8)
    p.para("Help in Spanish, Portuguese and Chinese is free: call the claims line.", 8.0)
    t = truth("eob", "not_covered", insurer=INS, plan_id=PLUS, group=GROUP, member_id=wid, member_name=her,
              cases=[c["no"]], claim_amount=m2(c["usd"]),
              service_dates=[iso(dt.date(2026, 4, 14)), iso(dt.date(2026, 4, 16))], denial_date=iso(sd),
              provider=card_t, appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": INS_ALT, "provider": [card_ctr], "claim_amount": [m2(c["eur"])]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_stack(rng):
    trav = people(rng, 1, "tv", sexes="M", used=USED)[0]
    son = people(rng, 1, "tv", sexes="M", last=trav.split()[-1], used=USED)[0]
    rev, nurse = people(rng, 2, "ts", sexes="FM", used=USED)
    base = cert(rng)
    cid = base + "-01"
    clm = claim_no(rng)
    case = f"OAI-26Z{digits(rng, 4)}"
    clinic = "Clínica San Blas de Altura"
    att = "Dr. Wilber Tupayachi Ccorimanya"
    att_t = "Wilber Tupayachi Ccorimanya"
    admit, fly = dt.date(2026, 5, 3), dt.date(2026, 5, 8)
    gop_d = dt.date(2026, 5, 4)
    ld, rcvd = dt.date(2026, 6, 4), dt.date(2026, 5, 19)
    jet = "Aerolift Medical Jet, LLC"
    amt = 46500.00
    limit = 25000.00
    due = dt.date(2026, 12, 1)
    tx = f"JUN 18 2026 10:41   TAVISTANE TRAVEL   614 555 {digits(rng, 4)}   P.{{n}}/{{t}}"
    cover = agency_slip(rng, ["Tavistane Travel & Tours", "88 Brevoort Lane, Worthington, OH 43085",
                              f"(614) 555-{digits(rng, 4)}  \u00b7  Booking desk and client care"],
                        [("To", "Kesterby - Review Unit"), ("Attn", "appeals / evacuation claim"),
                         ("From", "Marisa, client care"), ("Re", f"{first_last(trav)} - Peru trip"),
                         ("Pages", "4 with this slip")],
                        ("Urgent", "Please handle"),
                        ["Client asks for a review of the jet bill.", "Son says Ostlake never called back",
                         "before the flight - see their own GOP.", "Pls call me, not the client. M."],
                        tx=tx, tx_total=4)
    # (i) Kesterby's letter: the evacuation was not approved or arranged by Ostlake
    p = VASheet(footer=None, tx=tx, tx_off=1, tx_total=4, tx_flip=(2,), ids_foot=K_FOOT)
    p.set_margins(20, 16, 20)
    p.add_page()
    k_head(p, rng, box="CLAIM DECISION")
    p.return_line(f"{ADMIN}  \u00b7  {K_ADDR}")
    addr_block(p, [trav, "c/o " + first_last(son), "417 Scioto Bluffs Drive", "Dublin, OH 43017"], 9.4)
    p.f(9.4)
    p.set_x(p.l_margin)
    p.cell(0, 5, f"{long(ld)}          Claim received {slash(rcvd)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.f(9.2, "B")
    p.set_x(p.l_margin)
    p.cell(0, 5, f"Re: claim {clm}  \u00b7  Ostlake case {case}", new_x="LMARGIN", new_y="NEXT")
    p.set_x(p.l_margin)
    p.cell(0, 5, f"Plan: Waybright Essential {ESS}  \u00b7  group policy {GROUP}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.para(f"Dear {first_last(trav)}:", 9.8)
    p.para(f"We have decided the claim for the air ambulance flight from Cusco, Peru, to Miami on {long(fly)}. "
           f"{jet} billed {usd(amt)} for the flight, the medical crew and the ground ambulance at each end. The "
           f"plan will not pay this bill. Your certificate number, {grouped(base)}-01, is the number to use when "
           "you call us about this claim.", 9.6)
    p.bar("Why we cannot pay", 9.0)
    p.para(f"The plan pays for an emergency evacuation only when Ostlake Assistance International approves it and "
           f"makes the arrangements before the flight. Ostlake opened case {case} when {clinic} called on May 3 and "
           f"guaranteed the clinic's bill the next day. Ostlake's doctor was still talking with the treating "
           f"doctor, {att}, about when and how you could travel home. On May 7 your son booked the air ambulance "
           "himself and told Ostlake after the flight had been booked. Ostlake did not approve the flight and did "
           "not arrange it, so the plan's rule for evacuation was not met.", 9.6)
    p.para("The plan makes an exception only when the emergency makes it impossible to call the assistance company "
           "first. That was not the case here: you were in the clinic and your son and the clinic were in touch "
           "with Ostlake every day.", 9.6)
    p.add_page()
    p.bar("What was paid", 9.0)
    p.para(f"Your stay at {clinic} from May 3 to May 8, 2026 was paid under the guarantee Ostlake gave the clinic. "
           "This letter is only about the air ambulance bill.", 9.4)
    p.bar("If you disagree", 9.0)
    p.para(f"You or someone you name may ask for a review. Send your request for review no later than {long(due)} "
           f"to the Review Unit, {ADMIN}, {K_ADDR}. Send the flight records and anything that shows the flight was "
           "approved or that you could not reach Ostlake.", 9.4)
    p.para("If the review keeps this decision, you may ask the state insurance department for an external review. "
           "You may ask for copies of the records we used, free of charge.", 9.4)
    p.ln(2)
    sign(p, [first_last(rev), "Claims examiner, travel medical", f"for {INS}"])
    letter = out(p)
    letter_t = truth("denial_letter", "prior_authorization", insurer=ADMIN, plan_id=ESS, group=GROUP, member_id=cid,
                     member_name=trav, cases=[clm], claim_amount=m2(amt), service_dates=[iso(fly)],
                     denial_date=iso(ld), provider=jet, appeal_deadline=iso(due),
                     alternates={"insurer": ADMIN_ALT, "case_numbers": [[clm, case]],
                                 "provider": ["Aerolift Medical Jet"]})
    # (ii) Ostlake's guarantee of payment to the clinic
    q = VASheet(footer=None, tx=tx, tx_off=3, tx_total=4,
                ids_foot=f"{ASSIST}  \u00b7  24-hour assistance for the Waybright Travel Medical plans  \u00b7  "
                         "Fort Lauderdale, Florida")
    q.set_margins(20, 16, 20)
    q.add_page()
    q.mark_logo("globe", "OSTLAKE", ASSIST,
                ["Medical assistance centre", "Fort Lauderdale, FL 33301", f"+1 954 555 {digits(rng, 4)}",
                 f"Fax +1 954 555 {digits(rng, 4)}"],
                tagline=f"24-hour assistance on behalf of {INS}", box="GUARANTEE OF PAYMENT", size=22,
                legal_size=7.0)
    q.f(9.4)
    q.set_x(q.l_margin)
    q.cell(0, 5, f"Date: {slash(gop_d)}          Our case: {case}", new_x="LMARGIN", new_y="NEXT")
    q.ln(2)
    addr_block(q, [f"{clinic}", "Oficina de Pacientes Internacionales", "Calle Tandapata 214", "Cusco, Peru"], 9.4)
    q.boxes([[("Patient", trav, 0.34), ("Date of birth", "09/17/1953", 0.18),
              ("Certificate", f"{grouped(base)}-01", 0.26), ("Plan", ESS, 0.22)],
             [("Facility", clinic + ", Cusco", 0.5), ("Attending physician", att, 0.5)],
             [("Admitted", slash(admit), 0.25), ("Diagnosis given by the clinic", "High altitude pulmonary "
                                                 "edema", 0.5), ("Room", "Ward, oxygen", 0.25)]], size=9.0)
    q.para(f"On behalf of {INS}, Ostlake guarantees payment to {clinic} of the reasonable charges for this "
           f"admission, from {long(admit)}, up to {usd(limit)}. Please send the itemised bill, in soles, with the "
           "medical report at discharge, quoting our case number. Do not ask the patient to pay a deposit.", 9.4)
    q.para("This guarantee covers the hospital stay only. It does not cover a transfer or a flight home: any "
           "evacuation must be approved and arranged by Ostlake before it takes place. Call the centre before the "
           "patient is discharged so that our doctor can speak with the attending physician.", 9.4)
    q.para("The guarantee ends if the certificate is found not to be in force or if the stay is for a condition the "
           "plan excludes; the clinic will be told at once.", 9.0)
    q.ln(2)
    sign(q, [first_last(nurse), "Case nurse, medical assistance centre"], close="Regards,")
    gop = out(q)
    gop_t = truth("other", None, insurer=ASSIST, plan_id=ESS, member_id=cid, member_name=trav, cases=[case],
                  denial_date=iso(gop_d), provider=clinic,
                  alternates={"insurer": ASSIST_ALT, "provider": [att_t], "case_numbers": [[]],
                              "service_dates": [[iso(admit)]], "claim_amount": [m2(limit)]})
    return [(letter, letter_t), (gop, gop_t)], cover


# ---------------------------------------------------------------------------------------------------------------
def faxstd_advice(rng):
    pats = people(rng, 5, "tv", sexes="FMFMF", used=USED)
    docs = ["Dr. Ignacio T. Ocantos", "Dra. Florencia M. Etcheverry", "Dr. Santiago R. Lugones",
            "Dra. Paula E. Iturraspe", "Dr. Tomás A. Guerrico"]
    san = "Sanatorio Bernal del Plata"
    ad = dt.date(2026, 6, 9)
    thru = dt.date(2026, 6, 5)
    rate = 0.00091
    rows_src = [
        (pats[0], ESS, dt.date(2026, 5, 11), "Emergency visit, sprain", 612000.00, "P1", None),
        (pats[1], PLUS, dt.date(2026, 5, 14), "Consultation, fever; lab panel", 388500.00, "P1", None),
        (pats[2], ESS, dt.date(2026, 5, 26), "Consultation, ear pain; audiometry", 455000.00, "CE", None),
        (pats[3], PLUS, dt.date(2026, 5, 29), "Emergency visit, laceration; sutures", 934000.00, "P1", None),
        (pats[4], PLUS, dt.date(2026, 6, 1), "Consultation; chest X-ray", 512500.00, "P1", None),
    ]
    den = 2
    claims = []
    for i, (pat, plan, d, svc, ars, code, _) in enumerate(rows_src):
        b = usd_of(ars, rate)
        ded = 100.00 if i == 0 else 0.0
        paid = 0.0 if code == "CE" else round(b - ded, 2)
        claims.append(dict(pat=pat, plan=plan, d=d, svc=svc, ars=ars, b=b, ded=ded, paid=paid, code=code,
                           cid=cert(rng) + "-01", no=claim_no(rng), doc=docs[i]))
    coverage_end = dt.date(2026, 5, 20)
    tx = f"06/10/2026 14:22  KESTERBY TRAVEL CLAIMS  860 555 {digits(rng, 4)}  >>  SBP PACIENTES INTL  P{{n}}/{{t}}"
    p = VASheet(footer=None, tx=tx, tx_total=1,
                ids_foot=f"{ADMIN}  \u00b7  {K_ADDR}  \u00b7  payer for {INS}, Waybright Travel Medical  \u00b7  "
                         "Form KTC-PA-3")
    p.set_margins(13, 14, 13)
    p.add_page()
    k_head(p, rng, box="PAYMENT ADVICE TO PROVIDER")
    W = p.w - p.l_margin - p.r_margin
    p.boxes([[("Advice date", slash(ad), 0.16), ("Claims received through", slash(thru), 0.2),
              ("Payee", san + ", Buenos Aires", 0.38), ("Payee no.", f"FP-{digits(rng, 5)}", 0.12),
              ("Group policy", GROUP, 0.14)]], size=8.4, cap=5.8)
    p.f(7.6)
    p.set_x(p.l_margin)
    p.multi_cell(0, 3.6, "Bills in Argentine pesos (ARS) are changed to US dollars at the rate for the date of "
                 f"service (ARS 1 = USD {rate:.5f} for every service in this advice). Payment is sent by wire to the "
                 "account on file.", new_x="LMARGIN", new_y="NEXT")
    p.ln(1.5)
    widths = [W * k / 100 for k in (10, 24, 20, 12, 10, 8, 9)]
    widths.append(W - sum(widths))
    aligns = ["L", "L", "L", "R", "R", "R", "R", "C"]
    rows = []
    for c in claims:
        rows.append({"band": f"Claim {c['no']}   {last_first(c['pat'])}   {c['cid']}   Plan {c['plan']}",
                     "rows": [[slash(c["d"]), c["svc"], c["doc"], f"{c['ars']:,.2f}", n2(c["b"]), n2(c["ded"]),
                               n2(c["paid"]), c["code"]]]})
    p.band_claims(["Date", "Service", "Treating doctor", "Billed ARS", "Billed USD", "Deduct.", "Paid USD",
                   "Code"], widths, aligns, rows, size=7.2, band_size=7.6)
    p.f(8.0, "B")
    p.set_x(p.l_margin)
    p.cell(0, 5, f"Total billed USD {n2(sum(c['b'] for c in claims))}     Total paid USD "
                 f"{n2(sum(c['paid'] for c in claims))}     Wire reference W{digits(rng, 9)}",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.legend_cols("Codes", [
        ("P1", "Paid at 100% of the reasonable charge after any deductible."),
        ("CE", "Not paid: the service was after the traveller's coverage ended. Coverage ends on the scheduled "
               "return date on the certificate unless the trip was extended with us before that date. Bill the "
               "patient."),
        ("PX", "Not paid: pre-existing condition."),
        ("MR", "Medical report needed before payment."),
    ], ncol=2, size=7.2, code_w=8)
    p.para(f"The certificate of the third claim's traveller ended on {long(coverage_end)}, her scheduled return "
           "date; no extension was bought. A provider may ask for a reconsideration in writing within 90 days of "
           "the date of this advice, quoting the claim number, to the Provider Unit at the address below.", 7.8)
    c = claims[den]
    t = truth("eob", "eligibility", insurer=ADMIN, plan_id=c["plan"], group=GROUP, member_id=c["cid"],
              member_name=c["pat"], cases=[c["no"]], claim_amount=m2(c["b"]), service_dates=[iso(c["d"])],
              denial_date=iso(ad), provider=c["doc"].split(" ", 1)[1], appeal_deadline=iso(plus(ad, 90)),
              alternates={"insurer": ADMIN_ALT, "provider": [san], "claim_amount": [m2(c["ars"])]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def phone_es(rng):
    mom = people(rng, 1, "sp", sexes="F", used=USED)[0]
    boy = people(rng, 1, "sp", sexes="M", last=mom.split()[-1], used=USED)[0]
    clerk = people(rng, 1, "ts", sexes="F", used=USED)[0]
    base = cert(rng)
    kid = base + "-03"
    clm = claim_no(rng)
    visit = dt.date(2026, 1, 6)
    trip_end = dt.date(2026, 1, 12)
    rcvd = dt.date(2026, 5, 29)
    ld = dt.date(2026, 6, 8)
    due = dt.date(2026, 12, 4)
    mxn = 6850.00
    rate = 0.0582
    amt = usd_of(mxn, rate)
    doc = "Dr. Ezequiel Antonio Matus Ruiz"
    clinic = "Clínica Pediátrica Jalatlaco"
    p = VASheet(footer="Página {n} de {nb}")
    p.set_margins(20, 16, 20)
    p.add_page()
    t_logo(p, rng, box="DECISIÓN SOBRE SU RECLAMACIÓN", tagline="Waybright Travel Medical  \u00b7  seguro médico "
           "de viaje", small=f"Reclamaciones administradas por {ADMIN}")
    addr_block(p, [first_last(mom), "1907 Calle Nopalitos", "San Antonio, TX 78237"], 9.6)
    p.f(9.6)
    p.set_x(p.l_margin)
    p.cell(0, 5, f"Hartford, {es_date(ld)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.step_labels([("Paciente", boy), ("Certificado", f"{grouped(base)}-03"),
                   ("Número de reclamación", clm), ("Plan", ESS), ("Póliza de grupo", GROUP),
                   ("Reserva de la agencia", f"BK-{digits(rng, 6)}")], ncol=2, indent=16, size=9.2)
    p.para(f"Estimada {first_last(mom)}:", 10)
    p.para(f"Recibimos el {es_date(rcvd)} la reclamación por la consulta de su hijo {first_last(boy)} en Oaxaca, "
           f"México, el {es_date(visit)}, cuando el {doc} lo atendió por una infección de oído en la {clinic}. "
           f"La factura fue de MXN {mxn:,.2f}, o US$ {n2(amt)} al tipo de cambio de esa fecha.", 9.8)
    p.bar("Nuestra decisión", 9.4)
    p.para(f"El plan no puede pagar esta reclamación porque llegó fuera de plazo. Las reclamaciones deben enviarse "
           f"a más tardar 90 días después de la fecha en que termina el viaje. Su viaje terminó el "
           f"{es_date(trip_end)}; la reclamación llegó 137 días después. El certificado permite recibirla más "
           "tarde solo si no fue razonablemente posible enviarla antes; la reclamación no explica por qué se "
           "envió tarde.", 9.8)
    p.bar("Si no está de acuerdo", 9.4)
    p.para(f"Puede pedir una revisión por escrito. Su solicitud debe llegarnos a más tardar el {es_date(due)}. "
           "Si hubo una razón por la que no pudo enviar la reclamación a tiempo (por ejemplo, una enfermedad o la "
           "espera de los documentos de la clínica), díganos cuál fue y envíe lo que la muestre.", 9.6)
    p.para(f"Envíela a la Unidad de Revisión, {ADMIN}, {K_ADDR}. Ayuda gratis en español: "
           f"{tollfree(rng, '877')}.", 9.6)
    p.ln(2)
    sign(p, [first_last(clerk), "Examinadora de reclamaciones", f"por {INS}"], close="Atentamente,")
    t = truth("denial_letter", "timely_filing", insurer=INS, plan_id=ESS, group=GROUP, member_id=kid,
              member_name=boy, cases=[clm], claim_amount=m2(amt), service_dates=[iso(visit)], denial_date=iso(ld),
              provider="Ezequiel Antonio Matus Ruiz", appeal_deadline=iso(due), lang="es",
              alternates={"insurer": INS_ALT,
                          "provider": [clinic], "claim_amount": [m2(mxn)]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def bd_appeal(rng):
    trav = people(rng, 1, "tv", sexes="M", used=USED)[0]
    chair, md = people(rng, 2, "ts", sexes="FM", used=USED)
    base = cert(rng)
    cid = base + "-01"
    clm = claim_no(rng)
    appeal = f"TIC-AR-26-{digits(rng, 4)}"
    hosp = "Nimmanhaemin International Hospital"
    att = "Dr. Pornthip W. Chaiwongsa"
    att_t = "Pornthip W. Chaiwongsa"
    admit, disch = dt.date(2026, 3, 10), dt.date(2026, 3, 16)
    r_from, r_to = dt.date(2026, 3, 12), dt.date(2026, 3, 15)
    rate = 0.02799
    thb_total, thb_ref = 286400.00, 171200.00
    usd_total, usd_ref = usd_of(thb_total, rate), usd_of(thb_ref, rate)
    rcvd = dt.date(2026, 5, 4)
    dd = dt.date(2026, 6, 2)
    p = VASheet(footer=None, run_hdr=f"Appeal {appeal}  \u00b7  page {{n}} of {{nb}}",
                ids_foot=f"{T_FOOT}  \u00b7  Appeal Review Unit  \u00b7  page {{n}} of {{nb}}")
    p.set_margins(20, 16, 20)
    p.add_page()
    p.split_brand("TRES", "SALY", ["Insurance Company", "Appeal Review Unit"],
                  ["1200 Asylum Avenue", "Hartford, CT 06105", f"Appeals {tollfree(rng, '877')}"], mark="globe",
                  box="APPEAL DECISION", size=21, under=["Waybright Travel Medical"])
    addr_block(p, [trav, "60 Chuckanut Ridge Lane, Apt. 5", "Bellingham, WA 98225"], 9.6)
    p.f(9.4)
    p.set_x(p.l_margin)
    p.cell(0, 5, f"Decision date: {long(dd)}     Appeal received: {long(rcvd)}", new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 5, f"Appeal {appeal}     Claim {clm}     Certificate {cid}", new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 5, f"Plan {PLUS}     Group policy {GROUP}", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.para(f"Dear {first_last(trav)}:", 10)
    p.para("The Appeal Review Unit has reviewed your appeal about your hospital stay in Chiang Mai, Thailand. We "
           "have decided to keep the earlier decision. This is our final decision on your appeal.", 9.8)
    p.stay_strip((slash(admit), "Tuesday, 16:40"), (slash(disch), "Monday, 11:15"), "6 nights",
                 [("Hospital", hosp), ("Attending", att), ("Billed", f"THB {thb_total:,.2f}"),
                  ("In dollars", usd(usd_total))])
    p.bar("What the appeal was about", 9.4)
    p.para(f"You were admitted with dengue fever. The plan paid the first two days of the stay in full. It did not "
           f"pay for the days from March 12 through March 15, 2026, THB {thb_ref:,.2f} ({usd(usd_ref)}) of the "
           f"bill of THB {thb_total:,.2f} ({usd(usd_total)}). You wrote that {att} advised you to stay until your "
           "platelet count was normal.", 9.6)
    p.bar("Why the decision was kept", 9.4)
    p.para("The plan pays for a hospital stay only while the care you need can be given only in a hospital. The "
           "hospital's own records show that from March 12 your fever was gone, you were eating and drinking, you "
           "needed no drip and your platelet count was rising each day. From that day the care you had was a daily "
           "blood test and a doctor's check, which the hospital's outpatient clinic gives. A doctor who reviews "
           f"appeals for us, {first_last(md)}, MD, specialist in internal medicine, read the records and agreed that "
           "staying in hospital on those days was not medically necessary.", 9.6)
    p.add_page()
    p.bar("Your further rights", 9.4)
    p.para("This is the final decision under the plan's internal appeal process. You may ask for an external "
           "review by an independent review organization through your state's department of insurance within four "
           "months after you receive this decision. You may ask us, free of charge, for copies of the records, "
           "the plan terms and the reviewer's report we used.", 9.4)
    p.para("You may also contact your state's department of insurance for help with a complaint.", 9.4)
    p.ln(3)
    p.signers([first_last(chair), "Chair, Appeal Review Unit"], [f"{first_last(md)}, MD", "Physician reviewer"])
    t = truth("denial_letter", "level_of_care", insurer=INS, plan_id=PLUS, group=GROUP, member_id=cid,
              member_name=trav, cases=[appeal, clm], claim_amount=m2(usd_total),
              service_dates=[f"{iso(r_from)}/{iso(r_to)}"], denial_date=iso(dd), provider=att_t,
              appeal_deadline=None, denial_alternates=["medical_necessity"],
              alternates={"insurer": INS_ALT, "provider": [hosp], "case_numbers": [[appeal], [clm]],
                          "claim_amount": [m2(usd_ref), m2(thb_total), m2(thb_ref)],
                          "service_dates": [[f"{iso(admit)}/{iso(disch)}"]]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photocopy_knee(rng):
    trav = people(rng, 1, "tv", sexes="F", used=USED)[0]
    rev = people(rng, 1, "ts", sexes="M", used=USED)[0]
    base = cert(rng)
    cid = base + "-01"
    req = f"KTP-26-{digits(rng, 5)}"
    mri_claim = claim_no(rng)
    surgeon = "Mr. Callum R. Te Awhitu"
    clinic = "Remarkables Orthopaedic Rooms"
    injury, mri_d = dt.date(2026, 2, 8), dt.date(2026, 2, 10)
    planned = dt.date(2026, 2, 19)
    home = dt.date(2026, 2, 23)
    ld, rcvd = dt.date(2026, 2, 13), dt.date(2026, 2, 11)
    p = VASheet(footer=None, ids_foot=K_FOOT)
    p.set_margins(20, 16, 20)
    p.add_page()
    k_head(p, rng, box="PRE-SERVICE DECISION")
    p.return_line(f"{ADMIN}  \u00b7  {K_ADDR}")
    addr_block(p, [first_last(trav), "c/o Lakeview Holiday Park, Cabin 14", "Queenstown 9300, New Zealand"], 9.4)
    p.far_right([("Date of this letter", long(ld)), ("Request received", long(rcvd)), ("Request no.", req),
                 ("Traveller", trav), ("Certificate", f"{grouped(base)}-01"),
                 ("Plan / group policy", f"{PLUS}  /  {GROUP}")], cap_w=40, size=9.0)
    p.para(f"Dear {first_last(trav)}:", 9.8)
    p.para(f"{surgeon} of {clinic}, Queenstown, asked us on your behalf to cover an arthroscopy of your right knee "
           f"to repair a torn meniscus. The surgery is booked for {long(planned)}. You hurt your knee skiing on "
           f"{long(injury)}; the plan has paid for the first visit, the knee brace and the MRI scan of "
           f"{long(mri_d)} (claim {mri_claim}).", 9.6)
    p.bar("Our decision", 9.0)
    p.para("We cannot approve the surgery under your travel medical plan. The plan pays for emergency care on your "
           "trip: care for a sudden illness or injury that cannot safely wait until you are home. Your MRI shows a "
           "torn meniscus without a locked knee; you can walk with the brace and crutches. A doctor who reviews "
           "requests for us spoke with the surgeon's office and decided that the surgery is not medically "
           f"necessary during the trip: it can safely be done after you fly home on {long(home)}.", 9.6)
    p.para("If your knee locks, gives way or swells badly before you leave, go to the nearest emergency department "
           "and call us: care for that emergency would be covered.", 9.6)
    p.bar("If you disagree", 9.0)
    p.para("You may ask us to review this decision within 65 days of the date you receive this notice. If waiting "
           "could seriously harm your health, ask for a fast review by phone; we answer fast reviews within 72 "
           "hours.", 9.4)
    p.ln(2)
    sign(p, [first_last(rev), "Pre-service review nurse", f"for {INS}"])
    t = truth("denial_letter", "medical_necessity", insurer=ADMIN, plan_id=PLUS, group=GROUP, member_id=cid,
              member_name=trav, cases=[req], claim_amount=None, service_dates=[iso(planned)], denial_date=iso(ld),
              provider="Callum R. Te Awhitu", appeal_deadline=None, denial_alternates=["not_covered"],
              alternates={"insurer": ADMIN_ALT, "provider": [clinic],
                          "appeal_deadline": [iso(plus(ld, 65)), iso(plus(ld, 70))]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def lowres_excess(rng):
    trav = people(rng, 1, "tv", sexes="F", used=USED)[0]
    clerk = people(rng, 1, "ts", sexes="M", used=USED)[0]
    base = cert(rng)
    cid = base + "-01"
    clm = claim_no(rng)
    utc = "Fenchurch Yard Urgent Treatment Centre"
    doc = "Dr. Imogen H. Sutcliffe-Rhys"
    visit = dt.date(2026, 4, 27)
    rcvd = dt.date(2026, 5, 26)
    ld = dt.date(2026, 6, 1)
    gbp = 640.00
    rate = 1.2714
    amt = usd_of(gbp, rate)
    p = VASheet(footer=None, ids_foot=K_FOOT)
    p.set_margins(20, 16, 20)
    p.add_page()
    k_head(p, rng, box="CLAIM DECISION - OTHER COVERAGE FIRST")
    p.return_line(f"{ADMIN}  \u00b7  {K_ADDR}")
    addr_block(p, [trav, "3308 Dunmarsh Court", "Durham, NC 27705"], 9.4)
    p.f(9.4)
    p.set_x(p.l_margin)
    p.cell(0, 5, f"Letter date {slash(ld)}   \u00b7   Received {slash(rcvd)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    W = p.w - p.l_margin - p.r_margin
    p.ruled_rows(["Claim", "Certificate", "Plan code", "Group policy", "Date of service", "Billed", "In dollars"],
                 [[clm, f"{grouped(base)}-01", ESS, GROUP, slash(visit), cur(gbp, "GBP"), usd(amt)]],
                 [W * k / 100 for k in (15, 21, 11, 14, 13, 13, 13)], ["L", "L", "L", "L", "L", "R", "R"],
                 size=8.2)
    p.para(f"Dear {first_last(trav)}:", 9.8)
    p.para(f"We received the bill from {utc} in London for your visit on {long(visit)}, when {doc} treated a cut to "
           "your hand. We have not paid it, for the reason below.", 9.6)
    p.bar("Why the claim was not paid", 9.0)
    p.para("Your plan is Waybright Essential. On Essential plans the plan pays after any other health coverage you "
           "have: it pays what your own health plan does not. You told us on the claim form that you have a health "
           "plan through your employer. We need that plan's explanation of benefits for this visit before we can "
           "work out what we owe. Until then the claim is denied as other coverage pays first.", 9.6)
    p.para("Please send the explanation of benefits, or your health plan's letter saying it does not cover care "
           "abroad, by the end of the month after the month of this letter. We will then process the claim again; "
           "you do not need to file a new claim.", 9.6)
    p.bar("If you disagree", 9.0)
    p.para(f"You may ask for a review of this decision within 180 days of the date of this letter. Write to the "
           f"Review Unit, {ADMIN}, {K_ADDR}.", 9.4)
    p.ln(2)
    sign(p, [first_last(clerk), "Claims examiner, travel medical"])
    t = truth("denial_letter", "other", insurer=ADMIN, plan_id=ESS, group=GROUP, member_id=cid, member_name=trav,
              cases=[clm], claim_amount=m2(amt), service_dates=[iso(visit)], denial_date=iso(ld),
              provider="Imogen H. Sutcliffe-Rhys", appeal_deadline=iso(plus(ld, 180)),
              alternates={"insurer": ADMIN_ALT, "provider": [utc], "claim_amount": [m2(gbp)]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    USED.clear()
    F = FAMILY + "_"
    stack_docs, cover = faxstd_stack(rng)
    return [
        Item(F + "bd_settlement_statement_four_claims_couple_wife_cardiology_rows_px", "born_digital",
             [bd_statement(rng)]),
        Item(F + "faxstd_stack_agency_routing_slip_evacuation_not_arranged_then_gop_page_turned",
             "fax_standard_g4", stack_docs, separators=[cover, None], turns={(0, 1): 180}),
        Item(F + "faxstd_payment_advice_buenos_aires_five_claims_stay_after_coverage_end_ce", "fax_standard_g4",
             [faxstd_advice(rng)]),
        Item(F + "phone_es_oaxaca_child_clinic_claim_after_ninety_days", "phone_photo", [phone_es(rng)]),
        Item(F + "bd_appeal_decision_chiang_mai_dengue_stay_days_upheld_stay_boxes", "born_digital",
             [bd_appeal(rng)]),
        Item(F + "photocopy_queenstown_knee_arthroscopy_could_wait_until_home_preservice", "photocopy",
             [photocopy_knee(rng)]),
        Item(F + "lowres_london_urgent_care_essential_plan_pays_after_own_plan", "scan_lowres_150",
             [lowres_excess(rng)]),
    ]
