"""An invented health trust for vineyard and winery workers: the Cuvelle Vineyard and Winery Workers Health Trust
(Castellane, State of Brathmoor, postal code BH), a jointly trusteed fund paid by vineyard management companies,
wineries and farm labor contractors. Its claims administrator is Veilmont Benefit Administrators, LLC. Seasonal crews
earn coverage through a harvest-hours bank: hours reported in the pruning season (January 1 to March 31) buy coverage
from May 1 through October 31 when they reach 150; hours in the harvest season (August 1 to October 31) buy coverage
from November 1 through April 30 when they reach 300; year-round cellar, bottling and vineyard staff qualify with 100
reported hours a month. Invented rules: a $300.00 deductible a person, 80% after it at network providers, no
out-of-network benefits except emergencies, precertification for inpatient stays and outpatient surgery, injuries at
work to the employer's workers' compensation carrier first, treatments the Trustees' medical policy calls unproven not
covered, 180 days to appeal, a final Trustees' decision followed by external review or a lawsuit under ERISA 502(a).

Letterheads: the Trust draws a vine trellis beside the serif logo word "CUVELLE" with the legal name small directly
beneath it and the administrator in a grey line; its letters only ever call it "CVWT" (recipe d: a logo word with the
legal name beneath, a brand the body only abbreviates). Veilmont's papers carry "VEILMONT" tracked wide beside a dark
"VB" disc, the legal name and "Claims administrator for the Cuvelle ... Trust" small under it; its body says "VBA".

Numbers (recipe a): member numbers "CVT" + four digits + "B" + three digits (B/8), printed whole, with dashes
"CVT-4182-B507" on the welcome letter (truth keeps the dashes there), or in groups "CVT 4182 B507"; a two-digit
suffix (01 worker, 02 spouse, 03 child) under the paired caption "Member / Suffix"; employer groups "EG-" + four
digits + "-S" (S/5) under "Plan / Group" with plans HV-S1 (seasonal crews) and YR-B2 (year-round staff); claims "26G"
+ seven digits (G/6); precertifications "PR26-" + five digits + "Z" (Z/2); appeals "TA-26-" + four digits + "B".

Documents (8 in 7 files):
- bd_eob_new_patient_code_on_established: a born-digital two-page EOB from Veilmont to a cellar worker for himself and
  his wife: five claims in shaded claim bands with "Other coverage paid" and "You owe" columns and bare note digits
  ("1, 6", "4 6", "4", "2", "3, 6", "5") keyed to a numbered note list on page 2 (1 deductible, 2 a bundled blood draw,
  3 coinsurance, 4 the wife's own plan paid first, 6 network rate; note 7 unused); only his orthopedic visit billed as
  a new patient visit is refused (note 5: seen by the same group within three years; a corrected claim is needed).
  Paired boxes "MEMBER / SUFFIX" and "PLAN / GROUP" with captions under them.
- faxstd_stack_hand_cover_pruning_hours_shears_comp: a standard-fax stack: a fax pad page lettered by hand by the
  worker's daughter at a copy shop, the Trust's letter refusing an urgent care visit in May because only 96 pruning
  hours were reported (150 needed; an hours table and a self-pay offer as decoys), then Veilmont's two-page notice
  (page 2 upside down) sending a pruning-shears cut to the vineyard company's workers' compensation carrier.
- faxstd_heat_illness_stay_observation_level: a standard-fax provider notice from Veilmont to a hospital: a three-day
  inpatient stay for heat exhaustion paid only at the observation level (the records show under 48 hours of fluids and
  monitoring); "Plan / Group" and "Member / Suffix" boxes with captions under them.
- photo_es_clinica_fuera_de_la_red: a photographed Spanish letter from the Trust to a crew worker about his daughter's
  visit to a clinic outside the network (no emergency; the nearest network clinics named); captions in a narrow
  shaded column at the left, values at the far right.
- bd_appeal_laser_plantar_fasciitis_upheld: a born-digital appeal decision of the Trustees' appeals committee keeping
  the refusal of six low-level laser sessions for plantar fasciitis as unproven (final; external review and 502(a)
  only).
- faxfine_welcome_pruning_season_coverage: a fine-fax letter telling a crew worker that 212 pruning hours earned
  coverage from May 1 through October 31 (a temporary ID card box; denies nothing).
- scan_carpal_tunnel_release_no_precert: a clean-scan two-page letter from the Trust refusing a carpal tunnel release
  done without precertification; page 1 prose, the member facts in a framed box at the top of page 2 (recipe e).

Judgement calls and alternates:
- insurer: the letterhead issuer: Veilmont on its three papers (its short forms, "VBA" and the Trust accepted, since
  it writes for the Trust), the Trust on its five ("CVWT", "Cuvelle", the "&" spelling accepted).
- member_id: the member number without its suffix; with the suffix joined (dash or none) accepted where the paper
  prints "Member / Suffix" side by side, since a reader may take the pair as one number. The dashed form is the truth
  on the welcome letter that prints it so (the plain number accepted).
- member: the patient (the worker on his own claims, the daughter on the Spanish letter; never the subscriber or the
  letter-writing daughter of the cover).
- the observation-level notice: the claim and the precertification number are both about the stay (each alone
  accepted); the stay is an interval (its first day alone accepted).
- the appeal decision: null deadline (final; external review and 502(a) are not appeals by the eval convention).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundet_famte import (ETSheet, addr_block, dashed_id, digits, dmy_slash, dr, es_date, first_last, hand_cover,
                               iso, last_first, long, m2, n2, npi, out, people, phone, plus, sign, slash, spaced_id,
                               tollfree, truth, usd, wd_short, wd_tue, workday, yy, dob)

FAMILY = ("cuvelle_vineyard_winery_workers_trust_harvest_hours_new_patient_code_pruning_hours_short_shears_comp_first_"
          "heat_observation_out_of_network_laser_carpal_tunnel_refusals")
LANG = "en"
SEED = 355194
USED: set = set()

TRUST = "Cuvelle Vineyard and Winery Workers Health Trust"
TPA = "Veilmont Benefit Administrators, LLC"
TRUST_ALT = [TRUST, "Cuvelle Vineyard & Winery Workers Health Trust", "Cuvelle", "CVWT", "Cuvelle Health Trust"]
TPA_ALT = [TPA, "Veilmont Benefit Administrators", "Veilmont", "VBA", TRUST, "CVWT"]
TRUST_ADDR = ["1200 Sarment Road", "Castellane, BH 95410"]
TPA_ADDR = ["P.O. Box 3318", "Idrisford, BH 95466"]
TRUST_FOOT = f"{TRUST}  \u00b7  {TRUST_ADDR[0]}, {TRUST_ADDR[1]}  \u00b7  administered by {TPA}"
TPA_FOOT = f"{TPA}  \u00b7  {TPA_ADDR[0]}, {TPA_ADDR[1]}  \u00b7  claims administrator for CVWT"
HV, YR = "HV-S1", "YR-B2"


def member_no(rng) -> str:
    return f"CVT{digits(rng, 4)}B{digits(rng, 3)}"


def group_no(rng) -> str:
    return f"EG-{digits(rng, 4)}-S"


def claim_no(rng) -> str:
    return f"26G{digits(rng, 7)}"


def precert_no(rng) -> str:
    return f"PR26-{digits(rng, 5)}Z"


def trust_head(p: ETSheet, rng, box: str | None = None, es: bool = False):
    p.mark_logo("CUVELLE", TRUST,
                [TRUST_ADDR[0], TRUST_ADDR[1], f"{'Oficina del Fideicomiso' if es else 'Trust Office'} {phone(rng, '707')}",
                 f"{'Línea gratuita' if es else 'Toll free'} {tollfree(rng, '855')}", "cuvelle.example"],
                mark="trellis", small=f"Claims administered by {TPA}" if not es else f"Reclamos administrados por {TPA}",
                box=box, size=25, serif=True, spacing=1.6)


def tpa_head(p: ETSheet, rng, box: str | None = None):
    p.wordmark("VEILMONT", style="tracked", initials="VB", shape="disc",
               small=[TPA, "Claims administrator for the Cuvelle Vineyard and Winery Workers Health Trust"],
               right=[TPA_ADDR[0], TPA_ADDR[1], f"Members {tollfree(rng, '844')}", f"Providers {tollfree(rng, '833')}",
                      "veilmont.example/cvwt"], box=box, size=17)


def suffix_alts(mid: str, suf: str) -> list[str]:
    return [f"{mid}-{suf}", f"{mid}{suf}"]


# ---------------------------------------------------------------------------------------------------------------
def bd_eob(rng):
    worker = people(rng, 1, "vw", sexes="M", used=USED)[0]
    wife = people(rng, 1, "vw", sexes="F", last=worker.split()[-1], used=USED)[0]
    fam_doc, derm, ortho, pt = people(rng, 4, "vc", sexes="FMMF", used=USED)
    mid, grp = member_no(rng), group_no(rng)
    sd = workday(dt.date(2026, 6, rng.randint(8, 11)))
    v_fam = workday(dt.date(2026, 3, rng.randint(2, 5)))
    v_derm = workday(dt.date(2026, 3, rng.randint(16, 19)))
    v_lab = workday(plus(v_derm, 7))
    v_orth = workday(dt.date(2026, 4, rng.randint(13, 16)))
    v_pt = workday(dt.date(2026, 5, rng.randint(4, 7)))
    ortho_practice = "Idrisford Orthopedic & Sports Medicine"
    claims = [
        (worker, "01", f"Aubrette Valley Family Medicine \u2013 {dr(fam_doc, 'MD')}",
         [(v_fam, "99213", "Office visit, established", 168.00, 112.00, 0.00, 0.00, 112.00, "1, 6")]),
        (wife, "02", f"Sollenby Dermatology \u2013 {dr(derm, 'MD')}",
         [(v_derm, "99203", "Office visit, new patient", 260.00, 170.00, 120.00, 50.00, 0.00, "4 6"),
          (v_derm, "11102", "Skin biopsy, tangential", 210.00, 140.00, 98.00, 42.00, 0.00, "4")]),
        (wife, "02", "Castellane Reference Laboratory",
         [(v_lab, "80061", "Lipid panel", 92.00, 48.00, 30.00, 18.00, 0.00, "4"),
          (v_lab, "36415", "Blood draw", 18.00, 0.00, 0.00, 0.00, 0.00, "2")]),
        (worker, "01", f"{ortho_practice} \u2013 {dr(ortho, 'MD')}",
         [(v_orth, "99204", "Office visit, new patient", 348.00, 0.00, 0.00, 0.00, 0.00, "5")]),
        (worker, "01", f"Nantmor Physical Therapy \u2013 {dr(pt, 'DPT')}",
         [(v_pt, "97110", "Therapeutic exercise, 2 units", 176.00, 118.00, 0.00, 94.40, 23.60, "3, 6")]),
    ]
    nos = [claim_no(rng) for _ in claims]
    den = 3
    p = ETSheet(footer="Page {n} of {nb}", ids_foot=TPA_FOOT,
                run_hdr=f"{last_first(worker)}  \u00b7  member {mid}  \u00b7  EOB {slash(sd)}  \u00b7  page {{n}}")
    p.set_margins(14, 15, 14)
    p.add_page()
    tpa_head(p, rng, box="EXPLANATION OF BENEFITS")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [worker, "Rancho Los Almendros, Space 14", "3360 Old Ferry Road", "Sollenby, BH 95438"], 9.2)
    yl = p.get_y()
    p.set_y(y)
    p.pair_boxes([(long(sd), "statement date", W * 0.24), ((mid, "01"), "member / suffix", W * 0.3)],
                 x=p.l_margin + W * 0.46)
    p.pair_boxes([((YR, grp), "plan / group", W * 0.3), ("Sollenby Cellars", "employer", W * 0.24)],
                 x=p.l_margin + W * 0.46)
    p.set_y(max(yl, p.get_y()) + 1)
    p.f(8.2, "B")
    p.cell(0, 4.4, "THIS IS NOT A BILL. It explains how CVWT handled claims for you and your family.",
           new_x="LMARGIN", new_y="NEXT")
    p.f(7.4)
    p.cell(0, 4, "Digits in the Notes column match the numbered notes on page 2.", new_x="LMARGIN", new_y="NEXT")
    p.ln(1.5)
    blocks = []
    tot = [0.0] * 5
    for i, (pat, suf, prov, lines) in enumerate(claims):
        rows = [[slash(d), code, s, n2(b), n2(a), n2(o), n2(tp), n2(yo), nt] for d, code, s, b, a, o, tp, yo, nt in lines]
        sums = [sum(x[k] for x in lines) for k in range(3, 8)]
        tot = [a + b for a, b in zip(tot, sums)]
        blocks.append({"head": f"Claim {nos[i]}   Patient {first_last(pat)} ({suf})",
                       "sub": f"{prov}   \u00b7   received {slash(plus(lines[0][0], rng.randint(5, 11)))}",
                       "rows": rows,
                       "total": ["", "", "Claim total"] + [n2(x) for x in sums] + [""] if len(lines) > 1 else None,
                       "break": i == 2})
    p.noted_claims(["Date", "Code", "Service", "Billed", "Allowed", "Other coverage paid", "CVWT paid", "You owe",
                    "Notes"], [W * k / 100 for k in (11, 7, 25, 9, 9, 11, 10, 9, 9)],
                   ["L", "L", "L", "R", "R", "R", "R", "R", "C"], blocks,
                   totals=["", "", "Totals"] + [n2(x) for x in tot] + [""], size=7.6, repeat_head=True)
    p.numbered_notes("Notes", [
        ("1", "Applied to the calendar-year deductible ($300.00 a person, $900.00 a family)."),
        ("2", "Included in the payment for another service on the same claim (bundled). There is no separate "
              "payment, and you do not owe it."),
        ("3", "Paid at 80% of the allowed amount after the deductible; you pay the other 20% (coinsurance)."),
        ("4", "The patient's other coverage paid first. CVWT paid the rest, up to its allowed amount."),
        ("5", "Not paid. The visit was billed with a new-patient code (99204), but the patient saw a doctor of the "
              "same group and specialty within the last three years, so it is an established-patient visit. The "
              "provider may send a corrected claim with the right code. You do not owe anything for it until the "
              "corrected claim is processed."),
        ("6", "Network provider: you may not be billed more than the allowed amount."),
        ("7", "This claim repeats one already processed."),
    ], size=7.8)
    p.bar("Deductible so far in 2026", 8.6)
    p.para(f"{first_last(worker)}: $300.00 of $300.00 met.   {first_last(wife)}: $0.00 of $300.00 met (her other "
           "plan paid first on her claims).   Family: $300.00 of $900.00.", 8.0)
    p.bar("Your right to appeal", 8.6)
    p.para("If you disagree with how a claim was handled, you may appeal within 180 days of the date of this "
           f"statement. Write to CVWT Appeals, {TRUST_ADDR[0]}, {TRUST_ADDR[1]}, and tell us the claim number. You may "
           "send notes from your doctor and ask for copies of the papers used to decide the claim. Urgent care appeals "
           "are decided within 72 hours.", 8.0)
    t = truth("eob", "coding_error", insurer=TPA, plan_id=YR, group=grp, member_id=mid, member_name=worker,
              cases=[nos[den]], claim_amount=m2(348.00), service_dates=[iso(v_orth)], denial_date=iso(sd),
              provider=dr(ortho, "MD"), appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": TPA_ALT, "provider": [ortho_practice, ortho], "member_id": suffix_alts(mid, "01")})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_stack(rng):
    worker = people(rng, 1, "vw", sexes="M", used=USED)[0]
    daughter = people(rng, 1, "vw", sexes="F", last=worker.split()[-1], used=USED)[0]
    uc_doc, er_doc, elig, adj = people(rng, 4, "vc", sexes="FMFM", used=USED)
    mid, grp = member_no(rng), group_no(rng)
    grp2 = group_no(rng)
    # (i) Trust: pruning hours short
    visit = workday(dt.date(2026, 5, rng.randint(18, 21)))
    clm1 = claim_no(rng)
    ld1 = workday(dt.date(2026, 6, rng.randint(15, 18)))
    uc_amt = 264.00
    # (ii) Veilmont: shears cut at work
    cut = workday(dt.date(2026, 2, rng.randint(9, 13)))
    clm2 = claim_no(rng)
    ld2 = workday(dt.date(2026, 6, rng.randint(22, 25)))
    sent = workday(plus(ld2, rng.randint(4, 6)))
    shop_fax = f"707555{digits(rng, 4)}"
    tx = f"{sent.strftime('%d-%b-%Y').upper()} {rng.randint(13, 16)}:{rng.randint(10, 59)} CASTELLANE COPY+SHIP {shop_fax} P{{n}}/{{t}}"
    cover = hand_cover(rng, ["FAX", "Castellane Copy + Ship", "Self-serve fax  \u00b7  14 Plaza Vieja  \u00b7  Castellane",
                             f"Tel {phone(rng, '707')}"],
                       [("TO", "Farmworker Legal Aid - Aubrette Valley"), ("FROM", f"{first_last(daughter)} (daughter)"),
                        ("", f"Re: my dad {worker.split()[0]} {worker.split()[-1]}"),
                        ("", "his 2 insurance letters, 5 pgs w/ this")],
                       ["PLEASE CALL ME, HE ONLY SPEAKS", f"SPANISH {phone(rng, '707')}", "HE WORKED ALL PRUNING!"],
                       tx=tx, tx_total=5)
    p = ETSheet(footer="Page {n} of {nb}", ids_foot=TRUST_FOOT, tx=tx, tx_off=1, tx_total=5)
    p.set_margins(18, 16, 18)
    p.add_page()
    trust_head(p, rng, box="CLAIM NOT PAID")
    addr_block(p, [worker, "General Delivery", "Castellane, BH 95410"], 9.2)
    W = p.w - p.l_margin - p.r_margin
    p.pair_boxes([(long(ld1), "date of letter", W * 0.24), ((mid, "01"), "member / suffix", W * 0.34),
                  ((HV, grp), "plan / group", W * 0.42)])
    p.pair_boxes([(clm1, "claim", W * 0.22), (slash(visit), "date of service", W * 0.18),
                  (dr(uc_doc, "MD"), "treating provider, nantmor urgent care", W * 0.42),
                  (usd(uc_amt), "billed", W * 0.18)])
    p.para(f"Dear {first_last(worker)}:", 9.4)
    p.para(f"CVWT received a claim from Nantmor Urgent Care for your visit on {long(visit)}. CVWT did not pay it "
           "because you did not have CVWT coverage on that day.", 9.2)
    p.bar("How seasonal coverage works", 9.0)
    p.para("Crew members earn coverage through the hours bank. Hours reported by your employers from January 1 to "
           "March 31 (the pruning season) buy coverage from May 1 through October 31 when they add up to 150 or "
           "more. Your coverage from last year's harvest hours ended on April 30, 2026.", 9.0)
    p.ruled_rows(["Employer (group)", "January", "February", "March", "Total"],
                 [[f"Idrisford Vineyard Management Co. ({grp})", "38", "22", "0", "60"],
                  [f"Brathwell Ridge Vineyards ({grp2})", "0", "14", "22", "36"],
                  ["Pruning season hours reported", "", "", "", "96"], ["Hours needed", "", "", "", "150"]],
                 [W * k / 100 for k in (52, 12, 12, 12, 12)], ["L", "R", "R", "R", "R"], size=8.4, bold_rows=(2, 3))
    p.para("Because 96 hours is less than 150, coverage did not start on May 1. If an employer left out hours you "
           "worked, ask the employer to send a corrected report, or send us your pay stubs; we will count the hours "
           "and look at the claim again.", 9.0)
    p.add_page()
    p.bar("Self-pay option", 9.0)
    p.para("You may keep coverage by paying $412.00 a month for up to six months. Your first payment would be due "
           "within 45 days of this letter. This option does not pay for the visit above.", 8.8)
    p.bar("Your right to appeal", 9.0)
    p.para("You may appeal within 180 days of the date of this letter. Write to CVWT Appeals at the address above and "
           "include any pay stubs or hours records you have. The Board of Trustees' appeals committee decides "
           "appeals at its next meeting.", 8.8)
    p.ln(2)
    sign(p, [first_last(elig), "Eligibility Department", f"for the Board of Trustees, {TRUST}"])
    l1 = out(p)
    t1 = truth("denial_letter", "eligibility", insurer=TRUST, plan_id=HV, group=grp, member_id=mid, member_name=worker,
               cases=[clm1], claim_amount=m2(uc_amt), service_dates=[iso(visit)], denial_date=iso(ld1),
               provider=dr(uc_doc, "MD"), appeal_deadline=iso(plus(ld1, 180)),
               alternates={"insurer": TRUST_ALT, "provider": ["Nantmor Urgent Care", uc_doc],
                           "member_id": suffix_alts(mid, "01")})
    # (ii) Veilmont: work injury, compensation first
    items = [("99284", "Emergency department visit", 1124.00), ("12002", "Simple repair of wound, 2.6-7.5 cm", 486.00),
             ("90715", "Tetanus, diphtheria, pertussis vaccine", 118.00)]
    total = sum(x[2] for x in items)
    wc_no = f"WC-{digits(rng, 7)}"
    q = ETSheet(footer="Page {n} of {nb}", ids_foot=TPA_FOOT, tx=tx, tx_off=3, tx_total=5, tx_flip=(2,),
                run_hdr=f"{first_last(worker)}  \u00b7  claim {clm2}  \u00b7  page {{n}} of {{nb}}")
    q.set_margins(18, 16, 18)
    q.add_page()
    tpa_head(q, rng, box="NOTICE OF CLAIM DECISION")
    addr_block(q, [worker, "General Delivery", "Castellane, BH 95410"], 9.2)
    q.pair_boxes([(long(ld2), "notice date", W * 0.24), ((spaced_id(mid, (3, 4, 4)), "01"), "member / suffix", W * 0.36),
                  ((HV, grp), "plan / group", W * 0.4)])
    q.para(f"Dear {first_last(worker)}:", 9.4)
    q.para(f"We processed the claim from Castellane Community Hospital for your emergency visit on {long(cut)}, "
           f"when {dr(er_doc, 'DO')} closed a cut on your left hand. VBA did not pay it.", 9.2)
    q.ruled_rows(["Code", "Service", "Billed", "Paid"],
                 [[c, s, n2(a), "0.00"] for c, s, a in items] + [["", f"Claim {clm2} total", usd(total), "$0.00"]],
                 [W * k / 100 for k in (12, 58, 16, 14)], ["L", "L", "R", "R"], size=8.4, bold_rows=(len(items),))
    q.bar("Why", 9.0)
    q.para("The hospital's record says you cut your hand with pruning shears while pruning vines for Idrisford "
           "Vineyard Management Co. An injury at work is paid first by the employer's workers' compensation "
           "insurance. The plan does not pay for it while that insurance is responsible. The employer's carrier is "
           f"Sarment Mutual Casualty Company (their claim {wc_no}).", 9.0)
    q.add_page()
    q.bar("What you can do", 9.0)
    q.bullets(["Give the hospital the workers' compensation claim number above so it can bill the carrier.",
               "If the carrier refuses the claim in writing, send us its letter. VBA will then process the claim "
               "under the plan.", "If the injury did not happen at work, tell us how it happened."], size=9.0)
    q.bar("Appeal", 9.0)
    q.para("You may appeal within 180 days of the date of this notice. Write to CVWT Appeals, "
           f"{TRUST_ADDR[0]}, {TRUST_ADDR[1]}.", 9.0)
    q.ln(2)
    sign(q, [first_last(adj), "Claims Examiner", TPA])
    l2 = out(q)
    t2 = truth("denial_letter", "other", insurer=TPA, plan_id=HV, group=grp, member_id=mid, member_name=worker,
               cases=[clm2], claim_amount=m2(total), service_dates=[iso(cut)], denial_date=iso(ld2),
               provider=dr(er_doc, "DO"), appeal_deadline=iso(plus(ld2, 180)),
               alternates={"insurer": TPA_ALT, "provider": ["Castellane Community Hospital", er_doc],
                           "member_id": suffix_alts(mid, "01")})
    return cover, [(l1, t1), (l2, t2)]


# ---------------------------------------------------------------------------------------------------------------
def faxstd_heat(rng):
    worker = people(rng, 1, "vw", sexes="M", used=USED)[0]
    att, nurse_rev, md_rev = people(rng, 3, "vc", sexes="FFM", used=USED)
    hosp = "Nantmor Valley Hospital"
    mid, grp = member_no(rng), group_no(rng)
    adm = dt.date(2026, 8, rng.randint(17, 19))
    dis = plus(adm, 2)
    clm = claim_no(rng)
    pc = precert_no(rng)
    nd = workday(plus(dis, rng.randint(26, 32)))
    billed = 14860.00
    tx = (f"{nd.strftime('%m/%d/%y')} 11:{rng.randint(10, 59)}  VEILMONT UM  833555{digits(rng, 4)}  "
          f"JOB {digits(rng, 4)}  PG {{n}}/{{t}}")
    p = ETSheet(footer="Page {n} of {nb}", ids_foot=TPA_FOOT, tx=tx, tx_total=2,
                run_hdr=f"{hosp}  \u00b7  claim {clm}  \u00b7  page {{n}}")
    p.set_margins(16, 16, 16)
    p.add_page()
    tpa_head(p, rng, box="PROVIDER NOTICE \u2013 LEVEL OF CARE")
    addr_block(p, ["Attn: Patient Financial Services / Utilization Review", hosp, "2100 Vintner Parkway",
                   "Nantmor, BH 95452"], 9.2)
    W = p.w - p.l_margin - p.r_margin
    p.pair_boxes([(long(nd), "date of notice", W * 0.26), (worker, "patient", W * 0.34),
                  ((mid, "01"), "member / suffix", W * 0.4)])
    p.pair_boxes([((HV, grp), "plan / group", W * 0.34), (clm, "claim", W * 0.24), (pc, "notification no.", W * 0.22),
                  (usd(billed), "billed", W * 0.2)])
    p.pair_boxes([(f"{slash(adm)} \u2013 {slash(dis)}", "dates billed (inpatient)", W * 0.34),
                  (dr(att, "MD"), "attending", W * 0.36), (f"NPI {npi(rng)}", "facility", W * 0.3)])
    p.bar("Decision", 9.0)
    p.para(f"The hospital told us of this admission on {long(adm)} (notification {pc}) and billed three inpatient "
           "days for heat exhaustion with dehydration. A VBA nurse reviewer and a physician reviewer read the "
           "records. The claim is paid at the outpatient observation level, not as an inpatient stay.", 9.0)
    p.para("Reason: the records show that the patient received intravenous fluids and was monitored for less than "
           "48 hours; his temperature, kidney tests and electrolytes were normal by the morning of the second day, "
           "and no treatment was given after that except rest. The Trust's admission guideline for heat illness "
           "calls for inpatient care when there is organ injury, confusion that does not clear, or a need for "
           "cooling or monitoring beyond 48 hours. None of these is documented. Care of this kind is observation "
           "care.", 9.0)
    p.ruled_rows(["Billed as", "Billed", "Allowed as observation", "Paid"],
                 [["Inpatient room and board, 3 days", n2(8940.00), "0.00", "0.00"],
                  ["Emergency, laboratory, IV therapy and pharmacy", n2(5920.00), n2(3180.00), n2(2544.00)],
                  ["Observation, per hour (36 hours allowed)", "0.00", n2(1620.00), n2(1296.00)],
                  ["Total", n2(billed), n2(4800.00), n2(3840.00)]],
                 [W * k / 100 for k in (46, 18, 20, 16)], ["L", "R", "R", "R"], size=8.4, bold_rows=(3,))
    p.para("The member may not be billed for the difference between the inpatient charges and the observation "
           "payment.", 8.8)
    p.add_page()
    p.bar("Provider appeal", 9.0)
    p.para("You may appeal this decision within 60 days of the date of this notice. Send the full medical record, "
           "including nursing notes and any record of confusion or abnormal results after the first 24 hours, to VBA "
           f"Provider Appeals, {TPA_ADDR[0]}, {TPA_ADDR[1]}, or fax it to {phone(rng, '707')}. A physician who did not "
           "make this decision will review it. The attending physician may ask for a peer-to-peer talk with the "
           "reviewer within 14 days of this notice.", 8.8)
    p.para(f"Reviewed by {first_last(nurse_rev)}, RN, and {dr(md_rev, 'MD')}, internal medicine.", 8.6)
    p.ln(2)
    sign(p, [first_last(nurse_rev), "Utilization Management", TPA])
    t = truth("denial_letter", "level_of_care", insurer=TPA, plan_id=HV, group=grp, member_id=mid, member_name=worker,
              cases=[clm, pc], claim_amount=m2(billed), service_dates=[f"{iso(adm)}/{iso(dis)}"], denial_date=iso(nd),
              provider=hosp, appeal_deadline=iso(plus(nd, 60)),
              alternates={"insurer": TPA_ALT, "provider": [dr(att, "MD"), att], "case_numbers": [[clm], [pc]],
                          "service_dates": [[iso(adm)]], "member_id": suffix_alts(mid, "01")})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photo_es_oon(rng):
    padre = people(rng, 1, "vw", sexes="M", used=USED)[0]
    hija = people(rng, 1, "vw", sexes="F", last=padre.split()[-1], used=USED)[0]
    doc, rev = people(rng, 2, "vc", sexes="MF", used=USED)
    clinic = "Clínica Médica San Isidro de Ystrad"
    mid, grp = member_no(rng), group_no(rng)
    visit = workday(dt.date(2026, 5, rng.randint(4, 8)))
    clm = claim_no(rng)
    ld = workday(plus(visit, rng.randint(28, 34)))
    amt = 215.00
    p = ETSheet(footer="Página {n} de {nb}", ids_foot=TRUST_FOOT)
    p.set_margins(18, 16, 18)
    p.add_page()
    trust_head(p, rng, box="RECLAMO NO PAGADO", es=True)
    addr_block(p, [padre, "1718 Camino del Río", "Sollenby, BH 95439"], 9.4)
    p.far_rows([("Fecha de esta carta", es_date(ld)), ("Paciente", hija),
                ("Afiliado / Sufijo", f"{mid} / 03"), ("Plan / Grupo", f"{HV} / {grp}"), ("Reclamo", clm),
                ("Fecha del servicio", dmy_slash(visit) + " (día/mes/año)"), ("Proveedor", f"{clinic} \u2013 {dr(doc, 'MD')}"),
                ("Cobrado", usd(amt))], cap_w=38, size=9.2)
    p.para(f"Estimado señor {padre.split()[-1]}:", 9.4)
    p.para(f"Recibimos el reclamo de la {clinic} por la consulta de su hija {hija.split()[0]} del "
           f"{es_date(visit)}. CVWT no lo pagó.", 9.2)
    p.bar("Por qué", 9.0)
    p.para("La clínica no forma parte de la red de proveedores de CVWT. El plan paga la atención fuera de la red "
           "sólo en una emergencia. Según el reclamo, la consulta fue por dolor de oído de dos días; no fue una "
           "emergencia. Las clínicas de la red más cercanas son la Clínica Familiar de Sollenby y Nantmor Urgent "
           "Care, que atienden sin cita.", 9.0)
    p.para("Si la clínica le cobra, usted puede tener que pagar esta consulta. Pregunte a la clínica si tiene un "
           "descuento por pago directo.", 8.8)
    p.bar("Si no está de acuerdo", 9.0)
    p.para("Puede apelar dentro de 180 días a partir de la fecha de esta carta. Escriba a CVWT Appeals, "
           f"{TRUST_ADDR[0]}, {TRUST_ADDR[1]}, y diga por qué cree que la consulta debe pagarse (por ejemplo, si "
           "fue una emergencia o si ninguna clínica de la red pudo atender a su hija).", 8.8)
    p.ln(1)
    sign(p, [first_last(rev), "Servicios para Afiliados", TRUST], close="Atentamente,")
    t = truth("denial_letter", "out_of_network", insurer=TRUST, plan_id=HV, group=grp, member_id=mid, member_name=hija,
              cases=[clm], claim_amount=m2(amt), service_dates=[iso(visit)], denial_date=iso(ld),
              provider=clinic, appeal_deadline=iso(plus(ld, 180)), lang="es",
              alternates={"insurer": TRUST_ALT + ["Fideicomiso Cuvelle"], "provider": [dr(doc, "MD"), doc],
                          "member_id": suffix_alts(mid, "03")})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def bd_appeal(rng):
    member = people(rng, 1, "vw", sexes="M", used=USED)[0]
    pod, chair, cons = people(rng, 3, "vc", sexes="FMF", used=USED)
    practice = "Castellane Foot & Ankle Clinic"
    mid, grp = member_no(rng), group_no(rng)
    ap = f"TA-26-{digits(rng, 4)}B"
    clm = claim_no(rng)
    first = workday(dt.date(2026, 3, rng.randint(2, 6)))
    sessions = [first]
    for _ in range(5):
        sessions.append(workday(plus(sessions[-1], rng.choice([3, 4, 7]))))
    den1 = workday(plus(sessions[-1], rng.randint(20, 26)))
    filed = workday(plus(den1, rng.randint(18, 25)))
    meet = workday(dt.date(2026, 6, rng.randint(9, 11)))
    dd = workday(plus(meet, rng.randint(3, 5)))
    per = 110.00
    p = ETSheet(footer="Page {n} of {nb}", ids_foot=TRUST_FOOT)
    p.set_margins(19, 16, 19)
    p.add_page()
    trust_head(p, rng, box="APPEAL DECISION")
    addr_block(p, [member, "502 Bellstone Avenue", "Idrisford, BH 95467"], 9.4)
    W = p.w - p.l_margin - p.r_margin
    p.pair_boxes([(long(dd), "decision date", W * 0.24), (ap, "appeal", W * 0.2), (clm, "claim", W * 0.2),
                  ((mid, "01"), "member / suffix", W * 0.36)])
    p.pair_boxes([((YR, grp), "plan / group", W * 0.36), (f"{dr(pod, 'DPM')}, {practice}", "provider", W * 0.64)])
    p.para(f"Dear {first_last(member)}:", 9.4)
    p.para(f"The appeals committee of the Board of Trustees met on {long(meet)} and considered your appeal, received "
           f"{long(filed)}, of CVWT's refusal to pay for low-level laser therapy for plantar fasciitis of your right "
           f"foot, given by {dr(pod, 'DPM')}. The first refusal was dated {long(den1)}.", 9.2)
    p.ruled_rows(["Session", "Date", "Code", "Billed"],
                 [[str(i + 1), slash(d), "S8948", n2(per)] for i, d in enumerate(sessions)] +
                 [["", "", "Total", n2(per * len(sessions))]],
                 [W * k / 100 for k in (16, 30, 24, 30)], ["L", "L", "L", "R"], size=8.4, bold_rows=(len(sessions),))
    p.bar("Decision: the refusal stands", 9.0)
    p.para("The committee read your letter, the clinic's treatment notes and the report of an independent foot and "
           f"ankle specialist, {dr(cons, 'DPM')}, who has no tie to the Trust or to the clinic. Under the Trustees' "
           "medical policy on laser and light therapies, low-level laser therapy for plantar fasciitis is unproven: "
           "the published studies are small and disagree, and none shows a lasting benefit over stretching, night "
           "splints, shoe inserts or injections, which the plan covers. The plan does not pay for treatments the "
           "medical policy calls unproven or investigational, even when they seem to help.", 9.0)
    p.para("We know your foot pain makes long days in the rows hard. If stretching and inserts have not helped after "
           "six months, ask your doctor about the covered treatments named above.", 9.0)
    p.bar("Your further rights", 9.0)
    p.para("This is the Trust's final decision on your claim. You may ask for an external review by an independent "
           "review organization within four months of receiving this letter, and you may bring a civil action under "
           "section 502(a) of the Employee Retirement Income Security Act. You may ask for free copies of all "
           "papers and the medical policy used to decide your appeal.", 8.8)
    p.ln(1)
    sign(p, [first_last(chair), "Chair, Appeals Committee of the Board of Trustees", TRUST])
    t = truth("denial_letter", "experimental", insurer=TRUST, plan_id=YR, group=grp, member_id=mid, member_name=member,
              cases=[ap, clm], claim_amount=m2(per * len(sessions)), service_dates=[iso(d) for d in sessions],
              denial_date=iso(dd), provider=dr(pod, "DPM"), appeal_deadline=None,
              alternates={"insurer": TRUST_ALT, "case_numbers": [[ap], [clm]], "provider": [practice, pod],
                          "member_id": suffix_alts(mid, "01")})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxfine_welcome(rng):
    worker = people(rng, 1, "vw", sexes="F", used=USED)[0]
    elig = people(rng, 1, "vc", sexes="M", used=USED)[0]
    mid, grp = member_no(rng), group_no(rng)
    ld = workday(dt.date(2026, 4, rng.randint(13, 17)))
    start, stop = dt.date(2026, 5, 1), dt.date(2026, 10, 31)
    dmid = dashed_id(mid, (3, 4, 4))
    tx = (f"{ld.strftime('%b %d %Y')}  {rng.randint(8, 9)}:{rng.randint(10, 59)}AM  CVWT TRUST OFFICE  707 555 "
          f"{digits(rng, 4)}  page {{n}} of {{t}}")
    p = ETSheet(footer="Page {n} of {nb}", ids_foot=TRUST_FOOT, tx=tx, tx_total=1)
    p.set_margins(18, 16, 18)
    p.add_page()
    trust_head(p, rng, box="YOUR COVERAGE IS STARTING")
    addr_block(p, [worker, "c/o Idrisford Vineyard Management Co.", "88 Cooperage Lane", "Idrisford, BH 95466"], 9.4)
    p.f(9.4)
    p.cell(0, 5, long(ld), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.para(f"Dear {first_last(worker)}:", 9.4)
    p.para(f"Good news. Your employers reported 212 hours for you in the pruning season. That is more than the 150 "
           f"hours needed, so you have CVWT coverage from {long(start)} through {long(stop)}.", 9.4)
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y() + 1
    p.set_line_width(0.6)
    p.rect(p.l_margin, y, W * 0.82, 40)
    p.set_line_width(0.2)
    p.set_xy(p.l_margin + 3, y + 2)
    p.f(8.4, "B")
    p.cell(0, 4, "TEMPORARY ID CARD  \u00b7  cut out and keep until your card arrives")
    p.set_xy(p.l_margin + 3, y + 8)
    p.f(11, "B")
    p.cell(0, 5, worker)
    p.set_y(y + 15)
    p.pair_boxes([((dmid, "01"), "member / suffix", W * 0.4), ((HV, grp), "plan / group", W * 0.36)],
                 x=p.l_margin + 3)
    p.set_xy(p.l_margin + 3, y + 30)
    p.f(7.8)
    p.cell(0, 3.6, f"Coverage {slash(start)} - {slash(stop)}   \u00b7   Deductible $300   \u00b7   Network: Aubrette "
                   "Valley Care Network")
    p.set_xy(p.l_margin + 3, y + 34)
    p.cell(0, 3.6, f"Claims: {TPA}, {TPA_ADDR[0]}, {TPA_ADDR[1]}")
    p.set_y(y + 44)
    p.bar("What you should know", 9.0)
    p.bullets(["Use doctors and clinics in the Aubrette Valley Care Network. Outside the network, the plan pays only "
               "for emergencies.", "Hospital stays and outpatient surgery need precertification; your doctor asks "
               "for it.", "If you are hurt at work, tell your employer right away: workers' compensation pays first.",
               "Your spouse and children under 26 are covered too. Send us their names and birth dates on the "
               "enclosed form."], size=9.0)
    p.para("To keep coverage after October 31, you need 300 hours in the harvest season (August 1 to October 31).",
           9.0)
    p.ln(1)
    sign(p, [first_last(elig), "Eligibility Department", TRUST])
    t = truth("other", None, insurer=TRUST, plan_id=HV, group=grp, member_id=dmid, member_name=worker,
              denial_date=iso(ld),
              alternates={"insurer": TRUST_ALT, "member_id": [mid] + suffix_alts(dmid, "01")})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def scan_carpal(rng):
    member = people(rng, 1, "vw", sexes="F", used=USED)[0]
    surgeon, rev, md = people(rng, 3, "vc", sexes="MFM", used=USED)
    center = "Castellane Hand & Upper Extremity Center"
    mid, grp = member_no(rng), group_no(rng)
    clm = claim_no(rng)
    surg = workday(dt.date(2026, 4, rng.randint(20, 24)))
    ld = workday(plus(surg, rng.randint(33, 40)))
    billed = 3980.00
    p = ETSheet(footer="Page {n} of {nb}", ids_foot=TRUST_FOOT)
    p.set_margins(19, 16, 19)
    p.add_page()
    trust_head(p, rng, box="CLAIM DECISION")
    addr_block(p, [member, "41 Barrel House Road, Apt. C", "Sollenby, BH 95438"], 9.4)
    p.f(9.4)
    p.cell(0, 5, long(ld), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.para(f"Dear {first_last(member)}:", 9.4)
    p.para(f"CVWT received the claim for the surgery on your right wrist (carpal tunnel release) done by "
           f"{dr(surgeon, 'MD')}. CVWT will not pay this claim. The surgery, the claim and your coverage are listed in "
           "the box at the top of the next page.", 9.4)
    p.para("Why: outpatient surgery must be precertified by CVWT before it is done, unless it is an emergency. "
           "Precertification lets a CVWT nurse check, before the surgery, that it is covered and needed, and that "
           "the surgeon and the surgery center are in the network. The surgeon's office asks for it by phone or fax; "
           "the plan rules and your benefit booklet say so on page 22.", 9.4)
    p.para("We found no request for precertification of this surgery. The surgeon's notes show it was planned three "
           "weeks ahead after nerve tests, so it was not an emergency.", 9.4)
    p.para("Because the surgeon's office is in the network, it agreed to ask for precertification and may not bill "
           "you for this surgery. If you receive a bill, call Member Services.", 9.4)
    p.add_page()
    p.facts_box("About this claim", [
        ("Patient", member), ("Member / Suffix", f"{mid} / 01"), ("Plan / Group", f"{YR} / {grp}"),
        ("Claim", clm), ("Surgery", "64721 carpal tunnel release, right"), ("Date of surgery", long(surg)),
        ("Surgeon", dr(surgeon, "MD")), ("Billed by", center), ("Billed", usd(billed)), ("Paid", "$0.00"),
    ])
    p.bar("If you disagree", 9.0)
    p.para("You or the surgeon may appeal within 180 days of the date of this letter. Write to CVWT Appeals, "
           f"{TRUST_ADDR[0]}, {TRUST_ADDR[1]}. If the surgeon can show that the surgery could not wait, or that a "
           "request was made, send that record with the appeal.", 9.0)
    p.para("Questions: Trust Office, Monday to Friday, 7 a.m. to 4 p.m. (we open early in harvest).", 9.0)
    p.ln(2)
    sign(p, [first_last(rev), "Medical Management", TRUST])
    p.para(f"Reviewed with {dr(md, 'MD')}, CVWT medical consultant.   cc: {center}", 8.0)
    t = truth("denial_letter", "prior_authorization", insurer=TRUST, plan_id=YR, group=grp, member_id=mid,
              member_name=member, cases=[clm], claim_amount=m2(billed), service_dates=[iso(surg)],
              denial_date=iso(ld), provider=dr(surgeon, "MD"), appeal_deadline=iso(plus(ld, 180)),
              alternates={"insurer": TRUST_ALT, "provider": [center, surgeon], "member_id": suffix_alts(mid, "01")})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    USED.clear()
    f = FAMILY
    bd = bd_eob(rng)
    cover, stack_docs = faxstd_stack(rng)
    return [
        Item(f"{f}_bd_eob_new_patient_code_on_established", "born_digital", [bd]),
        Item(f"{f}_faxstd_stack_hand_cover_pruning_hours_shears_comp", "fax_standard_g4", stack_docs,
             separators=[cover, None], turns={(1, 1): 180}),
        Item(f"{f}_faxstd_heat_illness_stay_observation_level", "fax_standard_g4", [faxstd_heat(rng)]),
        Item(f"{f}_photo_es_clinica_fuera_de_la_red", "phone_photo", [photo_es_oon(rng)]),
        Item(f"{f}_bd_appeal_laser_plantar_fasciitis_upheld", "born_digital", [bd_appeal(rng)]),
        Item(f"{f}_faxfine_welcome_pruning_season_coverage", "fax_fine_g4", [faxfine_welcome(rng)]),
        Item(f"{f}_scan_carpal_tunnel_release_no_precert", "scan_clean_300", [scan_carpal(rng)]),
    ]
