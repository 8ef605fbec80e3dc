"""Papers mirrored (structure and plain wording style only; every sentence written here) from the public descriptions of
county medical services programs for low-income adults who are not eligible for Medicaid: the county's social services
or health agency decides eligibility (residence in the county, income under the program's limit, a monthly share of
cost for some, other coverage first: the program pays last), while a contracted claims administrator builds the
provider network, decides treatment authorization requests (TARs) and pays or refuses claims; only network providers
are paid for care that is not an emergency, and a member who disagrees asks the administrator for a claim review or
the county for a county hearing. Here the county, its agency, the administrator, every person, provider, number,
amount and address are invented: Quenmarsh County (State of Brenmark, postal code BK), the Quenmarsh County Health and
Human Services Agency (letterhead: "QUENMARSH" over "COUNTY" in heavy capitals, the agency beside a bar), the
Quenmarsh County Medical Services Program, and Tervalis Health Administrators, Inc. (letterhead: "T E R V A L I S" set
letter by letter beside a disc monogram, the legal name small under it; the body says "the Administrator"). Client
IDs "QS" + two digits + "B" + five digits (letters that read as digits: S/5, B/8), printed with or without spaces
between groups; county case numbers "QC-26-" + five digits; claims "TV26" + day of year + "-" + five digits; TARs
"T26-" + four digits + "-" + three digits; claim reviews "GRV-26-" + four digits; benefit plans QCMSP-A (no share of
cost) and QCMSP-S (share of cost). Phones 555. CPT, HCPCS and CDT codes as themselves.

Documents (8 in 7 files):
- bd_statement_out_of_county_dermatology: a born-digital two-page member claims statement from the Administrator;
  five claims, each a ruled band with an inline-caption line ("Client ... Referral # ... Auth ..."); the rows carry
  a one-letter status (P / S / Z, keyed in a box) and bare footnote digits ("1, 2", "4") explained in a numbered
  note list on page 2; only the out-of-county dermatologist's claim pays 0.00, told by note 4 (not a network
  provider, not an emergency); the table breaks over the page with no heading; share of cost met as a decoy.
- faxstd_stack_sister_cover_moved_then_other_coverage: a standard-fax stack: a home-made cover typed on a library's
  public fax by the patient's sister ("Attn", "Frm", "Re:" run into the subject, "# of pgs five counting this one";
  names the patient, never the insurer), the county's discontinuance notice (he moved to another county;
  eligibility) ending with the worker's signature, then the Administrator's two-page letter refusing a hospital
  clinic claim because his new job's plan pays first (other), its second page fed upside down.
- faxstd_mri_no_tar_to_imaging_center: a standard-fax provider notice from the Administrator: a lumbar MRI done
  without the treatment authorization request the Program requires ("Date of notice: Mon ..."; values in ruled
  boxes with captions under them; an approved physical therapy TAR as a decoy).
- lowres_es_ingresos_sobre_el_limite: a 150 dpi Spanish county notice denying an application because the household's
  income is over the limit (income table, the limit, application date and asked-for start month as decoys).
- photocopy_clinic_statement_visit_before_coverage: a photocopied statement from a network clinic; the table shows
  only a balance forward and paid lines; the refused visit (before coverage began) is named only in the billing
  office's message (denies nothing itself: `other`); a due date "the 5th of June 2026" as a decoy.
- photo_approval_share_of_cost: a photographed county approval with a monthly share of cost (denies nothing; an
  example amount and a network clinic as decoys; the client ID printed with spaces).
- rotated_review_decision_dental_crowns_upheld: a sideways two-page claim review decision from the Administrator
  ("Decision of Tuesday, ..."), two columns of prose, keeping the refusal of two crowns as not a Program benefit
  (emergency dental care only); a county hearing within 90 days.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundes_famsf import (ESSheet, addr_block, digits, dmy_slash, dr, es_date, es_wday, first_last, home_cover,
                               iso, last_first, long, m2, month_end, n2, npi, out, people, phone, plus, sign, slash,
                               spaced_id, the_of, tollfree, truth, usd, wd_short, wd_tue, workday, yy)

FAMILY = ("quenmarsh_county_medical_services_program_low_income_adults_out_of_county_dermatology_moved_away_other_"
          "coverage_first_mri_without_tar_income_limit_dental_crown_upheld_refusals")
LANG = "en"
SEED = 355085
USED: set = set()

COUNTY = "Quenmarsh County"
HHSA = "Quenmarsh County Health and Human Services Agency"
PROGRAM = "Quenmarsh County Medical Services Program"
ADMIN = "Tervalis Health Administrators, Inc."
HHSA_ALT = [HHSA, "Quenmarsh County Health & Human Services Agency", "Quenmarsh County", "County of Quenmarsh",
            PROGRAM]
ADMIN_ALT = [ADMIN, "Tervalis Health Administrators", "Tervalis", PROGRAM]
HHSA_ADDR = ["County Services Center, 400 Sedgwater Street", "Harlow Bridge, BK 60912"]
ADMIN_ADDR = ["P.O. Box 2287", "Orrin Springs, BK 60977"]
ADMIN_FOOT = f"{ADMIN}  \u00b7  {ADMIN_ADDR[0]}, {ADMIN_ADDR[1]}  \u00b7  under contract with {COUNTY}"
HHSA_FOOT = f"{HHSA}  \u00b7  Adult Medical Services Eligibility  \u00b7  {HHSA_ADDR[0]}, {HHSA_ADDR[1]}"
PLAN_A, PLAN_S = "QCMSP-A", "QCMSP-S"
CLINIC = "Harlow Bridge Community Clinic"
HOSP = "Quenmarsh Valley Medical Center"


def client_id(rng) -> str:
    return f"QS{digits(rng, 2)}B{digits(rng, 5)}"


def case_no(rng) -> str:
    return f"QC-26-{digits(rng, 5)}"


def claim_no(rng, d: dt.date) -> str:
    return f"TV26{d.timetuple().tm_yday:03d}-{digits(rng, 5)}"


def tar_no(rng) -> str:
    return f"T26-{digits(rng, 4)}-{digits(rng, 3)}"


def county_head(p: ESSheet, rng, box: str | None = None, es: bool = False):
    beside = (["Agencia de Salud y Servicios Humanos", "Elegibilidad de Servicios Médicos para Adultos"] if es else
              ["Health & Human Services Agency", "Adult Medical Services Eligibility"])
    p.split_head("Quenmarsh", "County", beside,
                 [f"{HHSA_ADDR[0]}  \u00b7  {HHSA_ADDR[1]}",
                  f"Eligibility line {phone(rng)}   \u00b7   Fax {phone(rng)}   \u00b7   TTY 711"],
                 admin=("Programa de Servicios Médicos del Condado de Quenmarsh" if es else
                        f"{PROGRAM}  \u00b7  claims are paid by {ADMIN}"), size=21, box=box)


def admin_head(p: ESSheet, rng, box: str | None = None):
    p.wordmark("TERVALIS", style="spaced", initials="TV", shape="disc",
               small=[ADMIN, f"Claims administrator for the {PROGRAM}"],
               right=[ADMIN_ADDR[0], ADMIN_ADDR[1], f"Members {tollfree(rng, '844')}",
                      f"Providers {tollfree(rng, '855')}", "tervalis.example/quenmarsh"], box=box, size=18)


# ---------------------------------------------------------------------------------------------------------------
def bd_statement(rng):
    member = people(rng, 1, "cr", sexes="F", used=USED)[0]
    np_, derm, erdoc, sig = people(rng, 4, "cc", sexes="FMFM", used=USED)
    cid = client_id(rng)
    sd = workday(dt.date(2026, 4, rng.randint(15, 17)))
    p0, p1 = dt.date(2026, 3, 1), plus(sd, -5)
    dd = workday(dt.date(2026, 3, rng.randint(16, 20)))
    derm_practice = "Stennet Ridge Dermatology"
    lab = "Kilbryde Reference Laboratory"
    v1 = dt.date(2026, 3, 4)
    er = dt.date(2026, 3, 27)
    v2 = dt.date(2026, 4, 2)
    claims = [
        ("clinic", f"{CLINIC} \u2013 {dr(np_, 'FNP')}", "R-none needed", "\u2014",
         [(v1, "99213", "Office visit, established", 168.00, 61.00, "S", "1, 2"),
          (v1, "36415", "Blood draw", 18.00, 0.00, "S", "1")]),
        ("lab", lab, "ordered by the clinic", "\u2014",
         [(plus(v1, 1), "80053", "Metabolic panel", 96.00, 21.40, "P", "3"),
          (plus(v1, 1), "83036", "Hemoglobin A1c", 58.00, 13.10, "P", "3")]),
        ("derm", f"{derm_practice} \u2013 {dr(derm, 'MD')}", "none on file", "none",
         [(dd, "99204", "New patient visit", 312.00, 0.00, "Z", "4"),
          (dd, "11104", "Punch biopsy of skin, single", 268.00, 0.00, "Z", "4")]),
        ("er", f"{HOSP} Emergency \u2013 {dr(erdoc, 'DO')}", "not needed (emergency)", "\u2014",
         [(er, "99283", "Emergency department visit", 642.00, 188.30, "P", "3, 5")]),
        ("clinic2", f"{CLINIC} \u2013 {dr(np_, 'FNP')}", "REFDECOY", "\u2014",
         [(v2, "99213", "Office visit, established", 168.00, 56.00, "P", "2, 3")]),
    ]
    nos = [claim_no(rng, plus(c[4][0][0], rng.randint(5, 9))) for c in claims]
    den = 2
    ref_decoy = f"R-{digits(rng, 5)}"
    claims[4] = claims[4][:2] + (ref_decoy,) + claims[4][3:]
    p = ESSheet(footer="Page {n} of {nb}", ids_foot=ADMIN_FOOT,
                run_hdr=f"{first_last(member)}  \u00b7  Client {cid}  \u00b7  statement {slash(sd)}  \u00b7  p. {{n}}")
    p.set_margins(15, 15, 15)
    p.add_page()
    admin_head(p, rng, box="MEMBER CLAIMS STATEMENT")
    y = p.get_y()
    addr_block(p, [member.upper(), "77 Ormskirk Road, Unit 4", "Kilbryde Flats, BK 60931"], 9.2)
    p.set_y(y)
    p.run_line([[("Statement date", long(sd), "gap")],
                [("Client ID", cid, "none")],
                [("Benefit plan", f"{PLAN_S}  (with share of cost)", "gap")],
                [("Claims processed", f"{slash(p0)} to {slash(p1)}", "dash")]], size=8.6, x=p.w / 2 + 2, gap_w=24)
    p.set_y(max(p.get_y(), y + 20))
    p.f(7.8, "B")
    p.cell(0, 4, "This is not a bill. It shows what the County Medical Services Program paid.",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    tb = sum(x[3] for c in claims for x in c[4])
    tp = sum(x[4] for c in claims for x in c[4])
    p.sc_shaded([("Billed, all claims", usd(tb), 0.25), ("Program paid", usd(tp), 0.25),
                 ("March share of cost", "$85.00 \u2013 met 03/04/2026", 0.3),
                 ("April share of cost", "$85.00 \u2013 met", 0.2)], size=8.4)
    p.f(7.2)
    p.set_x(p.l_margin)
    p.cell(0, 4, "Status key:   P  paid   \u00b7   S  applied to your share of cost   \u00b7   Z  no payment "
                 "(see the note)   \u00b7   digits in the last column point to the notes on page 2",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    W = p.w - p.l_margin - p.r_margin
    rows = []
    for i, (_, prov, ref, auth, lines) in enumerate(claims):
        for d, code, s, b, pd, st, notes in lines:
            rows.append([slash(d), code, s, n2(b), n2(pd), st, notes])
        if len(lines) > 1:
            rows.append(("total", ["", "", "Claim total", n2(sum(x[3] for x in lines)), n2(sum(x[4] for x in lines)),
                                   "", ""]))
        rows.append(("sub", f"Claim {nos[i]}   \u00b7   {prov}"))
        rows.append(("sub", f"Client {cid}   \u00b7   Referral # {ref}   \u00b7   Auth {auth}"))
        if i == 3:
            rows.append(("break",))
    rows.append(("total", ["", "", "Statement totals", n2(tb), n2(tp), "", ""]))
    p.mark_rows(["Service date", "Code", "Service", "Billed", "Program paid", "St", "Notes"],
                [W * k / 100 for k in (14, 9, 37, 12, 13, 6, 9)], ["L", "L", "L", "R", "R", "C", "L"], rows,
                size=7.8)
    p.numbered_notes("Notes", [
        ("1", "The provider's charge was applied to your share of cost for the month. You pay the provider this "
              "amount, up to your monthly share of cost."),
        ("2", "A $5.00 copayment applies to clinic visits."),
        ("3", "Paid at the Program's rate. A network provider may not bill you more than your copayment."),
        ("4", "The provider is not in the County Medical Services network and the visit was not an emergency. The "
              "Program pays for care that is not an emergency only when a network provider gives it, or when the "
              "Administrator approved a referral before the visit. You may be billed for this care."),
        ("5", "Emergency care is paid at any hospital in the state, in or out of the network."),
        ("6", "Other coverage paid first; the Program paid the rest up to its rate."),
        ("7", "The service needs an approved treatment authorization request (TAR)."),
    ], size=7.6)
    p.para("Example only: if a network clinic bills $150.00 and your share of cost for the month is already met, the "
           "Program pays the clinic its rate and you pay only the $5.00 copayment.", 7.4)
    p.bar("If you think a claim was handled wrong", 8.8)
    p.para(f"Ask the Administrator for a claim review within 60 days of the date of this statement. Write to {ADMIN}, "
           f"Claim Reviews, {ADMIN_ADDR[0]}, {ADMIN_ADDR[1]}, or call Member Services. Tell us the claim number and "
           "why you disagree. If you still disagree after the review, you may ask Quenmarsh County for a county "
           "hearing within 90 days of the review decision.", 8.0)
    p.para("Questions about whether you qualify, your share of cost or your address are answered by your county "
           f"eligibility worker at the {HHSA}, not by the Administrator.", 7.8)
    t = truth("eob", "out_of_network", insurer=ADMIN, plan_id=PLAN_S, member_id=cid, member_name=member,
              cases=[nos[den]], claim_amount=m2(312.00 + 268.00), service_dates=[iso(dd)], denial_date=iso(sd),
              provider=dr(derm, "MD"), appeal_deadline=iso(plus(sd, 60)),
              alternates={"insurer": ADMIN_ALT, "provider": [derm_practice, derm]},
              type_alternates=["denial_letter"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_stack(rng):
    patient = people(rng, 1, "cr", sexes="M", used=USED)[0]
    first, _, last = patient.split()[0], patient.split()[1], patient.split()[2]
    sister = people(rng, 1, "cr", sexes="F", used=USED)[0]
    worker, sup, rdoc, rev = people(rng, 4, "cc", sexes="FMFM", used=USED)
    cid = client_id(rng)
    cno = case_no(rng)
    nd = workday(dt.date(2026, 4, rng.randint(20, 22)))
    reported = workday(dt.date(2026, 3, rng.randint(23, 25)))
    end = month_end(nd)
    ld = workday(plus(nd, rng.randint(1, 2)))
    visit = workday(dt.date(2026, 3, rng.randint(10, 13)))
    clm = claim_no(rng, plus(visit, 6))
    sent = plus(ld, rng.randint(3, 5))
    lib_fax = f"541555{digits(rng, 4)}"
    tx = f"{sent.strftime('%b-%d-%Y').upper()} 16:{rng.randint(10, 59)}  HARLOW BRIDGE PUBLIC LIBRARY  {lib_fax}  P.{{n}}/{{t}}"
    cover = home_cover([
        ("", "To: Valley Legal Aid  /  benefits help desk"),
        ("Attn ", "Ms. Grindle (she said to fax it)"),
        ("Frm ", f"{first_last(sister)} (his sister)"),
        ("Ph ", phone(rng)),
        ("Re:", f"my brother {first} {last} county medical papers"),
        ("# of pgs ", "four counting this one"),
        ("", ""),
        ("", f"{first} moved in with me in March after his hours got cut. These two letters came the same week. "
             "One says his county medical stops and the other says they won't pay the hospital. Can somebody "
             "look at them and call me? Thank you."),
    ], tx=tx, tx_total=4, mono=True, size=11.5)
    # (i) the county's discontinuance notice (residency)
    p = ESSheet(footer="Page {n} of {nb}", ids_foot=HHSA_FOOT, tx=tx, tx_off=1, tx_total=4)
    p.set_margins(18, 16, 18)
    p.add_page()
    county_head(p, rng, box="NOTICE OF ACTION")
    addr_block(p, [patient, "c/o " + first_last(sister), "88 Corvindale Lane", "Stennet Ridge, BK 60948"], 9.2)
    p.boxes([[("Notice date", long(nd), 0.26), ("Case number", cno, 0.24), ("Client ID", cid, 0.26),
              ("Aid code", "8S", 0.24)],
             [("Worker", f"{first_last(worker)}, Eligibility Worker II", 0.5),
              ("Worker phone", phone(rng), 0.25), ("Office", "Harlow Bridge", 0.25)]], size=8.8)
    p.heading("Your County Medical Services will stop", 11.5)
    p.para(f"Dear {first_last(patient)}:", 9.4)
    p.para(f"Your County Medical Services benefits end on {long(end)}. After that date the {PROGRAM} will not pay "
           "for any care you receive.", 9.2)
    p.para(f"Why: the Program is only for people who live in {COUNTY}. On {long(reported)} you told us that you "
           "moved to 88 Corvindale Lane in Stennet Ridge. Stennet Ridge is in Hexmoor County. Because you no longer "
           f"live in {COUNTY}, you do not meet the residence rule (Program Eligibility Rules, section 4.2).", 9.2)
    p.para("What you can do: you may apply for health coverage in Hexmoor County, where you live now. If you "
           "moved back, or never moved, tell your worker and send proof of your address, such as a rent receipt "
           "or a utility bill, before the end date.", 9.2)
    p.bar("Your right to a county hearing", 9.0)
    p.para("If you think this action is wrong, you may ask for a county hearing. Your request must be received "
           "within 30 days of the date of this notice. Call your worker or write to the Hearings Desk at the "
           "address above. If you ask before the end date, your benefits can continue until the hearing decision.",
           9.0)
    p.para("Rules: Program Eligibility Rules sections 4.2 and 9.1. Form QC-NOA-12 (rev. 01/26).", 7.6)
    p.ln(1)
    sign(p, [first_last(worker), "Eligibility Worker II", f"approved by {first_last(sup)}, Supervisor"],
         close="Sincerely,")
    notice = out(p)
    notice_t = truth("denial_letter", "eligibility", insurer=HHSA, member_id=cid, member_name=patient, cases=[cno],
                     denial_date=iso(nd), appeal_deadline=iso(plus(nd, 30)),
                     alternates={"insurer": HHSA_ALT, "appeal_deadline": [None], "case_numbers": [[]]})
    # (ii) the Administrator's letter: other coverage pays first
    items = [("99214", "Clinic visit, established patient", 246.00), ("71046", "Chest X-ray, 2 views", 184.00),
             ("94640", "Breathing treatment", 96.00)]
    total = sum(x[2] for x in items)
    q = ESSheet(footer="Page {n} of {nb}", ids_foot=ADMIN_FOOT, tx=tx, tx_off=2, tx_total=4, tx_flip=(2,),
                run_hdr=f"Claim {clm}  \u00b7  {last_first(patient)}  \u00b7  page {{n}} of {{nb}}")
    q.set_margins(18, 16, 18)
    q.add_page()
    admin_head(q, rng, box="CLAIM NOT PAID")
    y = q.get_y()
    addr_block(q, [patient, "88 Corvindale Lane", "Stennet Ridge, BK 60948"], 9.2)
    q.set_y(y)
    q.run_line([[("Date", long(ld), "gap")], [("Client ID", spaced_id(cid, (4, 4, 2)), "none")],
                [("Benefit plan", PLAN_A, "gap")], [("Claim", clm, "dash")]], size=8.8, x=q.w / 2 + 4, gap_w=20)
    q.set_y(max(q.get_y(), y + 22))
    q.side_prov([("Treating", [dr(rdoc, "MD"), "Pulmonary and internal medicine", f"at {HOSP}"]),
                 ("Billed by", [HOSP, "Outpatient clinics", f"NPI {npi(rng)}"])], size=8.2)
    q.para(f"Dear {first_last(patient)}:", 9.4)
    q.para(f"We received a claim from {HOSP} for your visit on {long(visit)}. The Administrator did not pay it.",
           9.2)
    W = q.w - q.l_margin - q.r_margin
    q.ruled_rows(["Code", "Service", "Billed", "Paid"],
                 [[c, s, n2(a), "0.00"] for c, s, a in items] + [["", "Claim total", usd(total), "$0.00"]],
                 [W * k / 100 for k in (12, 58, 16, 14)], ["L", "L", "R", "R"], size=8.4, bold_rows=(len(items),))
    q.bar("Why we did not pay", 9.0)
    q.para("The County Medical Services Program pays last. When a member has other health coverage, that coverage "
           "must be billed first. Our records show that on the date of your visit you were covered by the Corvin "
           "Logistics Employee Health Plan (insured by Wychcombe Mutual Insurance Company, policy HM-552-0187) through "
           "your job. The hospital must send the claim to that plan first. After that plan pays, the hospital may "
           "send us its explanation of benefits and we will look at what is left.", 9.0)
    q.add_page()
    q.bar("What you can do", 9.0)
    q.bullets(["Give the hospital your Duncaster Logistics plan card so it can bill that plan.",
               "If that coverage had ended before your visit, send us a letter from the employer or the plan "
               "that shows the end date; we will look at the claim again.",
               "Tell your county eligibility worker about any coverage you have through work."], size=9.0)
    q.bar("Claim review", 9.0)
    q.para(f"If you disagree, ask for a claim review within 60 days of the date of this letter. Write to {ADMIN}, "
           f"Claim Reviews, {ADMIN_ADDR[0]}, {ADMIN_ADDR[1]}. If you still disagree after the review, you may ask "
           f"{COUNTY} for a county hearing.", 9.0)
    q.ln(2)
    sign(q, [first_last(rev), "Coordination of Benefits Unit", ADMIN])
    cob = out(q)
    cob_t = truth("denial_letter", "other", insurer=ADMIN, plan_id=PLAN_A, member_id=cid, member_name=patient,
                  cases=[clm], claim_amount=m2(total), service_dates=[iso(visit)], denial_date=iso(ld),
                  provider=dr(rdoc, "MD"), appeal_deadline=iso(plus(ld, 60)),
                  alternates={"insurer": ADMIN_ALT, "provider": [HOSP, rdoc]})
    return cover, [(notice, notice_t), (cob, cob_t)]


# ---------------------------------------------------------------------------------------------------------------
def faxstd_mri(rng):
    member = people(rng, 1, "cr", sexes="M", used=USED)[0]
    np_, rad, pt, sig = people(rng, 4, "cc", sexes="FMFM", used=USED)
    center = "Wendrake Open MRI"
    cid = client_id(rng)
    svc = workday(dt.date(2026, 3, rng.randint(23, 27)))
    nd = workday(plus(svc, rng.randint(25, 30)))
    while nd.weekday() != 0:
        nd = plus(nd, 1)
    clm = claim_no(rng, plus(svc, 4))
    pt_tar = tar_no(rng)
    billed = 1640.00
    read = 286.00
    tx = (f"{nd.strftime('%m/%d/%Y')}  07:{rng.randint(10, 59)}  TERVALIS PROVIDER SVCS  844555{digits(rng, 4)}  "
          f"#{digits(rng, 3)}  P. {{n}}/{{t}}")
    p = ESSheet(footer="Page {n} of {nb}", ids_foot=ADMIN_FOOT, tx=tx, tx_total=2,
                run_hdr=f"{center}  \u00b7  claim {clm}  \u00b7  page {{n}}")
    p.set_margins(16, 16, 16)
    p.add_page()
    admin_head(p, rng, box="PROVIDER NOTICE \u2013 CLAIM DENIED")
    addr_block(p, ["Attn: Billing", center, "1420 Folkestone Road, Suite B", "Wendrake, BK 60925"], 9.2)
    p.f(9.4, "B")
    p.cell(0, 5, f"Date of notice: {wd_short(nd)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(1.5)
    W = p.w - p.l_margin - p.r_margin
    p.boxed_values([(member, "patient", W * 0.34), (spaced_id(cid, (4, 4, 2)), "client id", W * 0.22),
                    (clm, "claim number", W * 0.24), (slash(svc), "date of service", W * 0.20)], size=9.2)
    p.boxed_values([(f"${n2(billed)}", "billed", W * 0.2), ("$0.00", "paid", W * 0.14),
                    ("none", "tar for this service", W * 0.24), (PLAN_S, "benefit plan", W * 0.2),
                    (f"NPI {npi(rng)}", "billing provider", W * 0.22)], size=9.2)
    p.ruled_rows(["Line", "Code", "Service", "Ordered by", "Billed", "Paid", "Reason"],
                 [["1", "72148", "MRI lumbar spine without contrast", dr(np_, "FNP"), n2(billed), "0.00", "D-TAR"]],
                 [W * k / 100 for k in (6, 9, 35, 22, 10, 8, 10)], ["L", "L", "L", "L", "R", "R", "L"], size=8.2)
    p.bar("Reason D-TAR", 9.0)
    p.para("Magnetic resonance imaging (MRI) is on the Program's list of services that need a treatment "
           "authorization request (TAR) approved by the Administrator BEFORE the service is given, unless it is part "
           "of emergency care. We found no TAR for this MRI. The only TAR on file for this client is "
           f"{pt_tar}, approved for eight physical therapy visits with {dr(pt, 'DPT')}; it does not cover imaging.",
           9.0)
    p.para(f"The reading radiologist's claim ({dr(rad, 'MD')}, Wendrake Radiology Group, billed ${n2(read)}) is "
           "handled on its own notice.", 8.6)
    p.para("You may not bill the client for this MRI. A network provider agrees to look to the Program, not the "
           "client, for services that needed a TAR.", 9.0)
    p.add_page()
    p.bar("Reconsideration", 9.0)
    p.para("A provider may ask for reconsideration within 90 days from the date of this notice. Send a copy of this "
           "notice, the order and the records that show why the MRI could not wait for a TAR (for example, signs of "
           "a spinal cord emergency). A TAR cannot be approved after the service except for emergency care or when "
           "the client's eligibility was granted later for the date of service.", 9.0)
    p.para(f"Mail: {ADMIN}, Provider Reconsideration, {ADMIN_ADDR[0]}, {ADMIN_ADDR[1]}.  Fax: {phone(rng)}.", 9.0)
    p.para(f"Notice prepared {yy(plus(nd, -3))}; mailed and faxed on the date of notice.", 7.8)
    p.ln(2)
    sign(p, [first_last(sig), "Authorization and Claims Review", ADMIN])
    t = truth("denial_letter", "prior_authorization", insurer=ADMIN, plan_id=PLAN_S, member_id=cid,
              member_name=member, cases=[clm], claim_amount=m2(billed), service_dates=[iso(svc)],
              denial_date=iso(nd), provider=center, appeal_deadline=iso(plus(nd, 90)),
              alternates={"insurer": ADMIN_ALT, "provider": [dr(np_, "FNP"), np_]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def lowres_es_income(rng):
    appl = people(rng, 1, "es", sexes="F", used=USED)[0]
    esposo = people(rng, 1, "es", sexes="M", last=appl.split()[-1], used=USED)[0]
    worker = people(rng, 1, "cc", sexes="F", used=USED)[0]
    cid = client_id(rng)
    cno = case_no(rng)
    applied = workday(dt.date(2026, 4, rng.randint(6, 9)))
    nd = workday(plus(applied, rng.randint(18, 22)))
    start = dt.date(2026, 4, 1)
    wages, unemp = 2964.00, 1186.00
    limit = 3525.00
    p = ESSheet(footer="Página {n} de {nb}", ids_foot=HHSA_FOOT)
    p.set_margins(18, 16, 18)
    p.add_page()
    county_head(p, rng, box="AVISO DE ACCIÓN", es=True)
    addr_block(p, [appl, "1907 Calle Glicinia", "Harlow Bridge, BK 60914"], 9.4)
    p.f(9.4, "B")
    p.cell(0, 5, f"Fecha del aviso: {es_wday(nd)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.run_line([[("Número de caso", cno, "dash"), ("Número de cliente", spaced_id(cid, (4, 4, 2)), "dash")],
                [("Fecha de su solicitud", dmy_slash(applied), "gap")],
                [("Cobertura pedida desde", es_date(start), "gap")],
                [("Trabajadora de elegibilidad", f"{first_last(worker)}  {phone(rng)}", "gap")]], size=8.8, gap_w=16)
    p.heading("Su solicitud de Servicios Médicos del Condado fue negada", 11)
    p.para(f"Estimada señora {appl.split()[-1]}:", 9.4)
    p.para(f"Revisamos su solicitud para el {PROGRAM}. No podemos aprobarla porque el ingreso mensual de su hogar es "
           "mayor que el límite del Programa para un hogar de dos personas.", 9.2)
    W = p.w - p.l_margin - p.r_margin
    p.ruled_rows(["Ingreso contado cada mes", "Persona", "Cantidad"],
                 [["Salario (Harlow Bridge Packing Co.)", first_last(esposo), f"${n2(wages)}"],
                  ["Beneficio de desempleo", first_last(appl), f"${n2(unemp)}"],
                  ["Total del hogar", "", f"${n2(wages + unemp)}"],
                  ["Límite para 2 personas", "", f"${n2(limit)}"],
                  ["Diferencia sobre el límite", "", f"${n2(wages + unemp - limit)}"]],
                 [W * k / 100 for k in (52, 28, 20)], ["L", "L", "R"], size=8.6, bold_rows=(2, 4))
    p.para("Regla: Reglas de Elegibilidad del Programa, sección 5.1 (límite de ingresos). Si el desempleo termina o "
           "el salario baja, puede volver a solicitar en cualquier momento. Puede también pedir cobertura en el "
           "mercado de seguros del estado; tal vez califique para ayuda con la prima.", 8.8)
    p.bar("Si no está de acuerdo", 9.0)
    p.para("Puede pedir una audiencia del condado dentro de 30 días a partir de la fecha de este aviso. Llame a su "
           "trabajadora o escriba a la Oficina de Audiencias a la dirección de arriba. Puede traer a alguien que le "
           "ayude, y el condado le dará un intérprete sin costo.", 9.0)
    p.ln(1)
    sign(p, [first_last(worker), "Trabajadora de Elegibilidad", HHSA], close="Atentamente,")
    t = truth("denial_letter", "eligibility", insurer=HHSA, member_id=cid, member_name=appl, cases=[cno],
              denial_date=iso(nd), appeal_deadline=iso(plus(nd, 30)), lang="es",
              alternates={"insurer": HHSA_ALT + ["Condado de Quenmarsh"], "appeal_deadline": [None],
                          "case_numbers": [[]], "member_id": [None]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photocopy_statement(rng):
    patient = people(rng, 1, "cr", sexes="M", used=USED)[0]
    np_, np2 = people(rng, 2, "cc", sexes="FM", used=USED)
    cid = client_id(rng)
    acct = f"HBC-{digits(rng, 6)}"
    refused = workday(dt.date(2026, 3, 10))
    while refused.weekday() != 1:
        refused = plus(refused, 1)
    began = dt.date(2026, 3, 16)
    sd = workday(dt.date(2026, 5, rng.randint(11, 14)))
    clm = claim_no(rng, plus(refused, 7))
    ref_amt = 214.00
    paid_v = workday(dt.date(2026, 4, rng.randint(6, 9)))
    due = dt.date(2026, 6, 5)
    p = ESSheet(footer=None)
    p.set_margins(20, 18, 20)
    p.add_page()
    p.f(16, "B")
    p.cell(0, 7, CLINIC.upper(), new_x="LMARGIN", new_y="NEXT")
    p.f(8.4)
    p.cell(0, 4.2, "A community health center  \u00b7  215 Norwell Avenue, Harlow Bridge, BK 60912", new_x="LMARGIN",
           new_y="NEXT")
    p.cell(0, 4.2, f"Billing office {phone(rng)}  \u00b7  Mon-Fri 8:30-4:30", new_x="LMARGIN", new_y="NEXT")
    p.line_seg(p.l_margin, p.get_y() + 1.5, p.w - p.r_margin, p.get_y() + 1.5)
    p.ln(5)
    p.f(12, "B")
    p.cell(0, 6, "PATIENT STATEMENT", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    y = p.get_y()
    addr_block(p, [patient, "31 Brakeman Street", "Harlow Bridge, BK 60913"], 9.6)
    p.set_y(y)
    W = p.w - p.l_margin - p.r_margin
    p.leaders([("Statement date", slash(sd)), ("Account", acct), ("County Medical Services ID", cid),
               ("Amount due", f"${n2(ref_amt)}")], size=9.0, w=W * 0.46, x=p.l_margin + W * 0.54)
    p.ln(4)
    rows = [["", "Balance forward from your last statement", "", "", f"{n2(ref_amt)}"],
            [slash(paid_v), f"Office visit \u2013 {np2.split()[0][0]}. {np2.split()[-1]}, PA-C", "168.00",
             "-163.00", f"{n2(ref_amt + 5)}"],
            [slash(paid_v), "Copayment received, thank you", "", "-5.00", f"{n2(ref_amt)}"]]
    p.ruled_rows(["Date", "Description", "Charges", "Payments / adjustments", "Balance"], rows,
                 [W * k / 100 for k in (15, 47, 12, 14, 12)], ["L", "L", "R", "R", "R"], size=8.4)
    p.bar("Message from the billing office", 9.2)
    p.para(f"Your visit with {dr(np_, 'FNP')} on {wd_tue(refused)} (charges ${n2(ref_amt)}) was not paid by the "
           f"County Medical Services Program. The Program's claims administrator, Tervalis, told us your coverage "
           f"began on {long(began)}, after that visit (their claim {clm}). That is the balance forward shown above. "
           "You may qualify for our sliding fee discount: bring proof of income to the front desk and we will "
           "lower the charge.", 9.2)
    p.para(f"Please pay by {the_of(due)}, or call us to set up a payment plan. We do not charge interest.", 9.2)
    p.ln(6)
    p.set_line_width(0.3)
    p.set_dash_pattern(dash=2, gap=1.5)
    p.line_seg(p.l_margin, p.get_y(), p.w - p.r_margin, p.get_y())
    p.set_dash_pattern()
    p.set_line_width(0.2)
    p.ln(3)
    p.f(8, "B")
    p.cell(0, 4, "Return this part with your payment", new_x="LMARGIN", new_y="NEXT")
    p.f(8.6)
    p.cell(W / 2, 5, f"Account {acct}")
    p.cell(W / 2, 5, f"Amount due ${n2(ref_amt)}", new_x="LMARGIN", new_y="NEXT")
    p.cell(W / 2, 5, patient)
    p.cell(W / 2, 5, "Amount enclosed $__________", new_x="LMARGIN", new_y="NEXT")
    t = truth("other", None, insurer=None, member_id=cid, member_name=patient, cases=[clm],
              claim_amount=m2(ref_amt), service_dates=[iso(refused)], denial_date=iso(sd), provider=CLINIC,
              unscored=["insurer"],
              alternates={"member_id": [None], "case_numbers": [[]], "service_dates": [[]],
                          "provider": [dr(np_, "FNP"), np_]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photo_approval(rng):
    member = people(rng, 1, "cr", sexes="F", used=USED)[0]
    worker = people(rng, 1, "cc", sexes="M", used=USED)[0]
    cid = client_id(rng)
    cno = case_no(rng)
    nd = workday(dt.date(2026, 5, rng.randint(18, 21)))
    start = dt.date(2026, 6, 1)
    stop = dt.date(2026, 11, 30)
    soc = 64.00
    p = ESSheet(footer="Page {n} of {nb}", ids_foot=HHSA_FOOT)
    p.set_margins(18, 16, 18)
    p.add_page()
    county_head(p, rng, box="NOTICE OF ACTION \u2013 APPROVED")
    addr_block(p, [member, "602 Aldwinkle Loop", "Orrin Springs, BK 60976"], 9.4)
    W = p.w - p.l_margin - p.r_margin
    p.boxed_values([(long(nd), "notice date", W * 0.3), (cno, "case number", W * 0.24),
                    (spaced_id(cid, (4, 4, 2)), "client id", W * 0.24), (PLAN_S, "benefit plan", W * 0.22)], size=9.2)
    p.para(f"Dear {first_last(member)}:", 9.4)
    p.para(f"Good news. You are approved for County Medical Services from {long(start)} through {long(stop)}. The "
           f"{PROGRAM} will help pay for your medical care during those months.", 9.4)
    p.sc_shaded([("Coverage from", slash(start), 0.26), ("Coverage through", slash(stop), 0.26),
                 ("Your monthly share of cost", f"${n2(soc)}", 0.28), ("Renew by", slash(plus(stop, -30)), 0.2)],
                size=9.0)
    p.bar("What a share of cost means", 9.0)
    p.para(f"Each month you pay the first ${n2(soc)} of your medical bills yourself. After that, the Program pays for "
           "covered care for the rest of the month. Example: if in July you see the doctor and the visit costs "
           "$150.00, you pay $64.00 and the Program pays the clinic for the rest.", 9.0)
    p.para("Your network clinic is Orrin Springs Family Health Center. Call it to make your first appointment. "
           "Care that is not an emergency must be given by a network provider. Some services, such as MRI scans and "
           "surgery, need the Administrator's approval first; your clinic asks for it.", 9.0)
    p.para(f"Your County Medical Services card will come from {ADMIN}, the Program's claims administrator, in about "
           "ten days. This notice does not refuse any service.", 9.0)
    p.bar("If you disagree with the share of cost", 9.0)
    p.para("You may ask for a county hearing about the amount of your share of cost. Call your worker or write to "
           "the Hearings Desk at the address above.", 9.0)
    p.ln(1)
    sign(p, [first_last(worker), "Eligibility Worker", HHSA])
    t = truth("other", None, insurer=HHSA, plan_id=PLAN_S, member_id=cid, member_name=member, cases=[cno],
              denial_date=iso(nd),
              alternates={"insurer": HHSA_ALT, "case_numbers": [[]], "plan_id": [None]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def rotated_review(rng):
    member = people(rng, 1, "cr", sexes="M", used=USED)[0]
    dds, reviewer, dent_adv = people(rng, 3, "cc", sexes="FMF", used=USED)
    practice = "Harlow Bridge Family Dental"
    cid = client_id(rng)
    tar = tar_no(rng)
    grv = f"GRV-26-{digits(rng, 4)}"
    tar_den = workday(dt.date(2026, 3, rng.randint(16, 20)))
    asked = workday(plus(tar_den, rng.randint(12, 16)))
    dd = workday(dt.date(2026, 5, rng.randint(11, 14)))
    while dd.weekday() != 1:
        dd = plus(dd, 1)
    p = ESSheet(footer="Page {n} of {nb}", ids_foot=ADMIN_FOOT,
                run_hdr=f"Claim review {grv}  \u00b7  {first_last(member)}  \u00b7  page {{n}} of {{nb}}")
    p.set_margins(18, 16, 18)
    p.add_page()
    admin_head(p, rng, box="CLAIM REVIEW DECISION")
    addr_block(p, [member, "14 Lockwell Court", "Wendrake, BK 60926"], 9.2)
    p.f(10.4, "B")
    p.cell(0, 5.4, f"Decision of {wd_tue(dd)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(1.5)
    p.run_line([[("Review number", grv, "dash"), ("TAR", tar, "dash")],
                [("Client ID", cid, "none"), ("Benefit plan", PLAN_A, "none")],
                [("Requested by", f"{dr(dds, 'DDS')}, {practice}", "dash")],
                [("Services", "Crowns, porcelain fused to metal (D2750), teeth 3 and 14", "dash")]], size=8.8)
    p.para(f"Dear {first_last(member)}:", 9.4)
    p.para_cols([
        f"You asked us on {long(asked)} to review our refusal of the treatment authorization request (TAR) "
        f"{tar} sent by {dr(dds, 'DDS')} for two crowns. We first refused the TAR on {long(tar_den)}.",
        "What we read: your letter, the dentist's request and X-rays, the dentist's note that the teeth have large "
        "old fillings that are cracking, and the Program's list of covered dental services.",
        f"What the Program covers: the {PROGRAM} pays for emergency dental care only: an exam for pain, swelling or "
        "infection, X-rays needed for that exam, pulling a tooth, and draining an infection. Crowns, root canals, "
        "fillings, cleanings and dentures are not Program benefits.",
        "What we found: the request is for crowns to protect two teeth that are not infected and cause no swelling. "
        "Crowns are not a covered dental service, so the Program cannot pay for them, even if they would help you.",
        "Our decision: the refusal stands. If a tooth becomes painful or infected, your dentist may ask us to cover "
        "an emergency visit or pulling the tooth; no approval is needed for emergency care.",
        f"A dental reviewer, {dr(dent_adv, 'DMD')}, who had no part in the first decision, took part in this "
        "review.",
    ], size=8.8)
    p.add_page()
    p.bar("If you still disagree", 9.0)
    p.para(f"This is the Administrator's final review. You may ask {COUNTY} for a county hearing within 90 days of "
           "the date of this decision. Write to the Quenmarsh County Hearings Desk, "
           f"{HHSA_ADDR[0]}, {HHSA_ADDR[1]}, and include a copy of this letter. A hearing officer who works for the "
           "county, not for the Administrator, will decide.", 9.0)
    p.para("You may ask for free copies of everything we used to make this decision.", 9.0)
    p.para("Low-cost dental care: the Quenmarsh County dental school clinic offers crowns at a reduced price. Call "
           f"{phone(rng)} for an appointment.", 8.8)
    p.ln(2)
    sign(p, [first_last(reviewer), "Member Reviews", ADMIN])
    p.para(f"cc: {dr(dds, 'DDS')}, {practice}", 8.0)
    t = truth("denial_letter", "not_covered", insurer=ADMIN, plan_id=PLAN_A, member_id=cid, member_name=member,
              cases=[grv, tar], denial_date=iso(dd), provider=dr(dds, "DDS"), appeal_deadline=iso(plus(dd, 90)),
              alternates={"insurer": ADMIN_ALT, "case_numbers": [[grv], [tar]], "provider": [practice, dds],
                          "appeal_deadline": [None]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    USED.clear()
    f = FAMILY
    bd = bd_statement(rng)
    cover, stack_docs = faxstd_stack(rng)
    return [
        Item(f"{f}_bd_statement_out_of_county_dermatology", "born_digital", [bd]),
        Item(f"{f}_faxstd_stack_sister_cover_moved_then_other_coverage", "fax_standard_g4", stack_docs,
             separators=[cover, None], turns={(1, 1): 180}),
        Item(f"{f}_faxstd_mri_no_tar_to_imaging_center", "fax_standard_g4", [faxstd_mri(rng)]),
        Item(f"{f}_lowres_es_ingresos_sobre_el_limite", "scan_lowres_150", [lowres_es_income(rng)]),
        Item(f"{f}_photocopy_clinic_statement_visit_before_coverage", "photocopy", [photocopy_statement(rng)]),
        Item(f"{f}_photo_approval_share_of_cost", "phone_photo", [photo_approval(rng)]),
        Item(f"{f}_rotated_review_decision_dental_crowns_upheld", "rotated", [rotated_review(rng)]),
    ]
