"""Papers mirrored (structure and plain wording style only; every sentence written here) from an auto insurer's
personal injury protection (PIP, no-fault medical expense benefits) claim unit working under a state no-fault law of
the decision-point-review kind: an application for benefits opens a claim file for each injured person; treating
providers send a treatment plan at set points and ask precertification for listed services (MRI, injections,
surgery); the insurer may send the injured person to an independent medical examination (IME) and stop paying for a
kind of care from a cut-off date after it; bills are paid at the lesser of the charge and a state medical fee
schedule, after a per-accident deductible and a copayment; a bill must reach the insurer within a set time; the
medical benefit ends when the limit the policyholder chose is used up; a person who owns a car that had to be insured
and was not is no eligible injured person; a dispute goes first to the insurer's internal appeal and then to the
state's dispute resolution (arbitration).

Invented for it: the State of Tunmere (postal code TM), its No-Fault Dispute Resolution Program and PIP Medical Fee
Schedule; Carrowgate Mutual Automobile Insurance Company, Personal Injury Protection Claim Unit (letterheads: a drawn
steering wheel beside "CARROWGATE" over "MUTUAL" in heavy capitals, "Automobile Insurance Company" / "Personal Injury
Protection Claim Unit" beside the break; or the wheel beside the serif logo word "CARROWGATE" with the legal name small
under it; the legal name in every footer; bodies say "Carrowgate"); the IME company Harrowline Medical Evaluations, LLC
(a decoy). Invented rules: a $250 deductible for each accident, then a 20% copayment on the next $4,750; limits of
$15,000 (basic policy), $50,000, $150,000 or $250,000 for each person; a treatment plan (Form CPIP-4) at day 10 and
day 30 and before every service on the precertification list; IME cut-off 10 days after the results notice; bills
within 60 days after the service; pre-service internal appeal within 30 days of the notice, post-service within 45
days of the explanation; after the internal appeal only dispute resolution (no further internal deadline).

Numbering: policy numbers "PA" + 3 digits + a letter (Q, K, X, R) + 5 digits, printed plainly; claim files "26" + a
letter + 6 digits + a claimant suffix ("-01" the named insured, "-02" and up other injured people), printed whole
under captions such as "File no.", "Claim file", "Our file", "Referencia"; bill control numbers nnnn-nnnn-nn under
"Control no."; decision point requests "DP" + 6 digits; internal appeals "IA-26-" + 4 digits + a letter under
"Docket no."; decoys beside them: document control numbers ("Doc. control"), batches, EOR form numbers (CM-EOR-3,
CPIP-EOB-2), check numbers, the other policyholder's policy, dates of accident, bill-received dates, the IME date and
cut-off date, the fee schedule region, NPIs and tax IDs.

Documents (8 in 7 files):
- bd_eob_shoulder_not_related_code_r4: a born-digital two-page PIP benefit payment explanation to a driver (the
  named insured); captions in a narrow column at the right with dot leaders to values at the page edge; tiles for
  the limit; five bills from five providers as bold bill lines with the rendering clinician in grey; remarks codes
  F1 (fee schedule), D1 (deductible), C2 (copayment), N0 (billed below the schedule) explain payments and R4 (not
  related to the accident) refuses the orthopaedic bill for the right shoulder, told only in the legend; L6 and P7
  are listed but used by no bill; internal appeal within 45 days of the date of this statement.
- faxstd_stack_clinic_cover_ime_cutoff_then_pt_statement: a standard-fax stack a physical therapy clinic sent to a
  passenger's lawyer: the clinic's printed fax transmittal (typed values), Carrowgate's two-page IME results notice
  dated only "the 14th of April, 2026" with a MAILED stamp (cut-off for therapy after the exam; the IME doctor, the
  exam date and the cut-off date as decoys; the treating therapist named in prose; 30 days of the date of this
  notice), then the clinic's statement asking the passenger for the two visits after the cut-off (a real bill;
  denies nothing); the clinic's fax line with its later date on every page.
- faxstd_eor_late_bill_code_l6_tiny_caption: a standard-fax explanation of review to a chiropractic center; the
  review date under a very small caption; values under stepped captions; three bills, the first received 80 days
  after the visits and refused under L6 (legend only); batch, check and form numbers as decoys; 45 days.
- phone_es_propietario_sin_seguro: a photographed Spanish letter to a passenger who owned an uninsured pickup, not
  an eligible injured person; the date in words at the top ("a los 9 días del mes de marzo de 2026") and in the
  footer; the claim file under "Referencia"; the hospital bill; 30 days of the date of this letter.
- photocopy_limit_used_up_mailed_stamp: a photocopied letter whose only date is a MAILED stamp: the $15,000 basic
  limit is used up, so a pain practice's bill is refused; the doctor named only in prose ("when you saw ..."); a
  ledger of earlier payments as decoys; 30 days of the date this letter was mailed.
- faxfine_internal_appeal_mri_no_precert_facts_page_two: a fine-fax two-page internal appeal decision to an imaging
  center, dated "Thursday, May 21st, 2026"; "Docket no." beside a "Doc. control no." decoy; the patient, claim,
  bill, scan date and amounts in a facts box on page 2 (where "Decision date 05/21/2026" is printed); the MRI was
  not precertified; only dispute resolution is left; the imaging center's later fax line on both pages.
- bd_application_acknowledged_stepped_labels: a born-digital acknowledgment of an application for benefits with
  stepped label blocks (denies nothing).

Truth notes (where a careful reader could read two ways): insurer short forms ("Carrowgate Mutual", "Carrowgate",
"... Auto Insurance Company") are accepted; the policy number is the member ID when the injured person is the named
insured, and for a passenger the member ID is null with the policy accepted (the policy is someone else's); the claim
file and the refused bill's control number are both case numbers (the claim file alone accepted); the practice is
accepted beside a rendering clinician, the reading radiologist and the ordering doctor beside the imaging center;
"not related to the accident" and "limit used up" are `not_covered` with `other` accepted; the explanations of
review are `eob` with `denial_letter` accepted; on the clinic statement the insurer is unscored and the claim file
or none is accepted; on the acknowledgment the claim file or none is accepted; the internal appeal decision carries
the docket and the claim file (either alone accepted).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundeu_famuf import (EUSheet, addr_block, caps_mailed, digits, dmy_long, dr, es_date, es_ord, first_last,
                               grid_transmittal, iso, last_first, long, m2, n2, npi, out, people, phone, plus, sign,
                               slash, the_ord, tin, tollfree, truth, usd, wd_ord, wday_long, workday)

FAMILY = ("carrowgate_mutual_auto_pip_no_fault_claim_unit_shoulder_not_accident_related_ime_cutoff_late_"
          "chiropractic_bill_uninsured_owner_limit_used_up_mri_no_precert_refusals")
LANG = "en"
SEED = 355101
USED: set = set()

INS = "Carrowgate Mutual Automobile Insurance Company"
INS_ALT = [INS, "Carrowgate Mutual", "Carrowgate Mutual Auto Insurance Company", "Carrowgate",
           "Carrowgate Mutual Automobile Insurance", "Carrowgate PIP Claim Unit"]
UNIT = "Personal Injury Protection Claim Unit"
ADDR = ["PIP Claim Unit, P.O. Box 7714", "2250 Gearwheel Road, Lindeford, TM 08413"]
IME_CO = "Harrowline Medical Evaluations, LLC"
DRP = "Tunmere No-Fault Dispute Resolution Program"


def policy_no(rng) -> str:
    return f"PA{digits(rng, 3)}{rng.choice('QKXR')}{digits(rng, 5)}"


def claim_file(rng, suffix: str) -> str:
    return f"26{rng.choice('LKTW')}{digits(rng, 6)}-{suffix}"


def control_no(rng) -> str:
    return f"{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 2)}"


def doc_ctl(rng) -> str:
    return f"DC {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 2)}"


def foot(extra: str = "") -> str:
    return f"{INS}  \u00b7  {UNIT}  \u00b7  Lindeford, TM 08413" + (f"  \u00b7  {extra}" if extra else "")


def head_split(p: EUSheet, rng, box: str | None = None):
    p.split_brand("Carrowgate", "Mutual", ["Automobile Insurance Company", UNIT],
                  [ADDR[0], ADDR[1], f"Claims line {tollfree(rng, '866')}", f"PIP fax {phone(rng, '628')}",
                   "Mon-Fri 8:00-5:30"], mark="wheel", box=box, size=21,
                  under=["A mutual company owned by its policyholders since 1931"])


def head_logo(p: EUSheet, rng, box: str | None = None):
    p.mark_logo("wheel", "CARROWGATE", INS,
                [ADDR[0], ADDR[1], f"Claims line {tollfree(rng, '866')}", f"PIP fax {phone(rng, '628')}"],
                tagline=f"{UNIT} (no-fault medical benefits)", small="Report fraud: 1-800-555-0137", box=box,
                size=24, legal_size=7.2)


def pip_split(allowed: float, ded_left: float, copay_room: float) -> tuple[float, float, float, float]:
    """(deductible, copayment, paid, ded_left after) for one line: the deductible first, then 20% of the next
    $4,750 (copay_room is what is left of it)."""
    ded = min(ded_left, allowed)
    rest = allowed - ded
    cop = round(min(rest, copay_room) * 0.20, 2)
    return ded, cop, round(rest - cop, 2), ded_left - ded


# ---------------------------------------------------------------------------------------------------------------
def bd_eob(rng):
    drv = people(rng, 1, "tm", sexes="M", used=USED)[0]
    er_doc, dc, pa, rad, adj = people(rng, 5, "tc", sexes="MFMFM", used=USED)
    pol = policy_no(rng)
    clm = claim_file(rng, "01")
    acc = dt.date(2026, 2, rng.randint(3, 6))
    sd = workday(dt.date(2026, 4, rng.randint(20, 23)))
    hosp, erg = "Ossing Cross General Hospital", "Ossing Cross Emergency Physicians, PA"
    chiro, ortho, img = "Penmorrow Family Chiropractic", "Lindeford Orthopaedic Associates", "Corvedge Imaging Center"
    v1 = workday(plus(acc, 4))
    chiro_days = [v1, plus(v1, 2), plus(v1, 7)]
    ortho_day = workday(plus(acc, 19))
    xr_day = workday(plus(acc, 3))
    # (provider line, rendering, control no, lines: (date, code, service, billed, allowed or None), refused)
    bills = [
        (hosp, f"Attending: {dr(er_doc, 'MD')}", control_no(rng),
         [(acc, "0450", "Emergency room", 2146.00, 1512.30)], False),
        (erg, f"Rendering: Dr. {dr(er_doc, 'MD')}", control_no(rng),
         [(acc, "99284", "Emergency visit, moderate", 612.00, 455.18)], False),
        (img, f"Reading: Dr. {dr(rad, 'MD')}", control_no(rng),
         [(xr_day, "72050", "X-ray cervical spine, 4 views", 148.00, 162.40)], False),
        (chiro, f"Rendering: Dr. {dr(dc, 'DC')}", control_no(rng),
         [(d, "98941", "Chiropractic manipulation, 3-4 regions", 96.00, 71.35) for d in chiro_days], False),
        (ortho, f"Rendering: {dr(pa, 'PA-C')}", control_no(rng),
         [(ortho_day, "99204", "New patient visit (right shoulder)", 385.00, None),
          (ortho_day, "73030", "X-ray shoulder, 2 views", 142.00, None)], True),
    ]
    ded_left, room = 250.0, 4750.0
    rows = []
    tot_b = tot_p = tot_dc = 0.0
    for prov, rend, ctl, lines, refused in bills:
        rows.append(("span", f"{prov}   \u00b7   Control no. {ctl}"))
        rows.append(("note", rend))
        sb = sp = 0.0
        for d, code, svc, billed, allowed in lines:
            if refused:
                rows.append([slash(d), code, svc, n2(billed), "", "", "0.00", "R4"])
                sb += billed
                continue
            base = min(billed, allowed)
            ded, cop, paid, ded_left = pip_split(base, ded_left, room)
            room -= max(0.0, base - ded)
            marks = ["F1" if allowed < billed else "N0"] + (["D1"] if ded else []) + (["C2"] if cop else [])
            rows.append([slash(d), code, svc, n2(billed), n2(base), n2(ded + cop), n2(paid), " ".join(marks)])
            sb += billed
            sp += paid
            tot_dc += ded + cop
        rows.append(("bold", ["", "", "Bill total", n2(sb), "", "", n2(sp), ""]))
        tot_b += sb
        tot_p += sp
    limit = 50000.00
    before = 0.00
    p = EUSheet(footer="Page {n} of {nb}", ids_foot=foot("Form CPIP-EOB-2 (01/26)"),
                run_hdr=f"{last_first(drv)}  \u00b7  File no. {clm}  \u00b7  page {{n}}")
    p.set_margins(14, 14, 14)
    p.add_page()
    head_logo(p, rng, box="PIP BENEFIT PAYMENT EXPLANATION")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [drv.upper(), "17 Wheal Kitty Lane", "Tollcarne, TM 08452"], 9.4)
    p.set_font(p.face, "", 7.6)
    p.set_x(p.l_margin)
    p.cell(80, 4, "THIS IS NOT A BILL", new_x="LMARGIN", new_y="NEXT")
    yl = p.get_y()
    p.set_y(y)
    p.edge_leaders([("Statement date", long(sd)), ("File no.", clm), ("Policy no.", pol),
                    ("Named insured", drv), ("Injured person", drv), ("Date of accident", slash(acc)),
                    ("Doc. control", doc_ctl(rng))], x=p.l_margin + W * 0.52, cap_w=26, size=8.8)
    p.set_y(max(p.get_y(), yl) + 1)
    p.sc_shaded([("PIP medical limit", usd(limit), 0.25), ("Paid before this statement", usd(before), 0.25),
                 ("Paid on this statement", usd(tot_p), 0.25), ("Left under the limit", usd(limit - before - tot_p),
                                                              0.25)], size=8.8)
    p.para("The medical bills Carrowgate reviewed since the last statement; the codes in the last column are "
           "explained under the table.", 8.0, gap=1)
    p.claim_rows(["Date", "Code", "Service", "Billed", "Fee schedule", "Deductible / copay", "Paid", "Remarks"],
                 [W * k / 100 for k in (11, 8, 33, 10, 10, 11, 9, 8)], ["L", "L", "L", "R", "R", "R", "R", "L"],
                 rows + [("bold", ["", "", "Statement totals", n2(tot_b), "", n2(tot_dc), n2(tot_p), ""])],
                 size=7.6, row_h=4.1)
    p.legend_cols("Remarks codes", [
        ("F1", "Reduced to the amount the Tunmere PIP Medical Fee Schedule allows for this service in the "
               "provider's region. A provider may not bill you for the difference."),
        ("N0", "The charge is below the fee schedule; the charge is the amount allowed."),
        ("D1", "Applied to the $250.00 PIP deductible for this accident."),
        ("C2", "Your 20% PIP copayment, which applies to the $4,750.00 of allowed charges after the deductible."),
        ("R4", "Not payable. The medical records show this condition was present before the accident and was not "
               "caused or made worse by it. PIP pays only for injuries that come from the accident."),
        ("L6", "Not payable. The bill reached Carrowgate more than 60 days after the service."),
        ("P7", "Not payable. The service is on the precertification list and was not precertified."),
    ], ncol=2, size=7.0, code_w=7)
    p.add_page()
    p.bar("How your PIP medical benefit is counted", 9.0)
    p.para("Carrowgate pays the smaller of the charge and the fee schedule amount. For each accident you pay the "
           "first $250.00 of allowed charges (the deductible) and 20% of the next $4,750.00 (the copayment). Your "
           "policy's PIP medical limit for each person is $50,000.00; every payment on this statement is counted "
           "against it.", 8.8)
    p.bar("Treatment plans and precertification", 9.0)
    p.para("Your doctors must send a treatment plan (Form CPIP-4) to Carrowgate 10 and 30 days after the accident and "
           "before any MRI, CT scan, injection, surgery or piece of equipment over $75.00. If you change doctors, "
           "the new doctor must send a plan too.", 8.8)
    p.bar("If you disagree", 9.0)
    p.para("You, or a provider you assigned your benefits to, may ask for an internal appeal within 45 days of the "
           "date of this statement. Write to the PIP Internal Appeals Desk at the address above, name the bill and "
           "say why you disagree, and send any records that help. Carrowgate decides within 30 days.", 8.8)
    p.para(f"After the internal appeal, a dispute may go to the {DRP} (arbitration). A dispute that skipped the "
           "internal appeal is returned to it.", 8.4)
    p.bar("Fraud warning", 9.0)
    p.para("Any person who knowingly files a statement of claim containing false or misleading information is "
           "subject to criminal and civil penalties.", 8.2)
    p.ln(2)
    sign(p, [first_last(adj), "PIP Claim Representative", f"Direct line {phone(rng, '628')}"], size=8.8,
         close="Questions? Call me.")
    prov, rend, ctl, lines, _ = bills[4]
    t = truth("eob", "not_covered", insurer=INS, member_id=pol, member_name=drv, cases=[clm, ctl],
              claim_amount=m2(sum(x[3] for x in lines)), service_dates=[iso(ortho_day)], denial_date=iso(sd),
              provider=dr(pa, "PA-C"), appeal_deadline=iso(plus(sd, 45)),
              alternates={"insurer": INS_ALT, "provider": [ortho, pa], "case_numbers": [[clm]]},
              denial_alternates=["other"], type_alternates=["denial_letter"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_stack(rng):
    pas = people(rng, 1, "tm", sexes="M", used=USED)[0]
    own = people(rng, 1, "tm", sexes="F", used=USED)[0]
    pt, ime_doc, adj, biller = people(rng, 4, "tc", sexes="FFMF", used=USED)
    pol = policy_no(rng)
    clm = claim_file(rng, "02")
    clinic = "Fenstone Physical Therapy & Spine"
    acc = dt.date(2026, 1, rng.randint(12, 16))
    ime = workday(dt.date(2026, 4, rng.randint(6, 7)))
    nd = workday(plus(ime, rng.randint(7, 8)))
    cut = plus(nd, 10)
    plan_sent = workday(plus(ime, -12))
    st = workday(plus(cut, rng.randint(13, 15)))
    sent = workday(plus(st, rng.randint(3, 4)))
    lawyer = "Rickard Law Office"
    visit_fee = 186.00
    paid_visits = [workday(plus(cut, -8)), workday(plus(cut, -3)), cut if cut.weekday() < 5 else plus(cut, -1)]
    after = [workday(plus(cut, 4)), workday(plus(cut, 6))]
    if after[0] == after[1]:
        after[1] = workday(plus(after[1], 2))
    tx = f"{slash(sent)} 14:{rng.randint(10, 59)}  FENSTONE PT BILLING  628 555 {digits(rng, 4)}  P.{{n}}/{{t}}"
    cover = grid_transmittal(
        [clinic, "Billing Office  \u00b7  58 Pellar Street, Penmorrow, TM 08430",
         f"Phone {phone(rng)}  \u00b7  Fax {phone(rng)}"],
        [("To", f"{lawyer} - paralegal desk"), ("Fax", phone(rng)), ("From", f"{first_last(biller)}, billing"),
         ("Phone", phone(rng)), ("Date", slash(sent)), ("Pages (with this one)", "4"),
         ("Re", f"Patient {first_last(pas)} - auto claim, visits after 4/24")],
        ("Please review",),
        f"Your client asked us to send these. Attached: Carrowgate's IME results notice (2 pages) and our "
        f"statement. Visits after the cut-off are now his balance unless an appeal changes it. Call me with "
        f"any questions.", tx=tx, tx_total=4, mark=None)
    # (i) the IME results notice
    p = EUSheet(footer="Page {n} of {nb}", ids_foot=foot(), tx=tx, tx_off=1, tx_total=4,
                run_hdr=f"File no. {clm}  \u00b7  {first_last(pas)}  \u00b7  page {{n}} of {{nb}}")
    p.set_margins(18, 16, 18)
    p.add_page()
    head_split(p, rng, box="NOTICE OF IME RESULTS")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [pas, "Flat 2, 9 Stamps Hill", "Penmorrow, TM 08433"], 9.4)
    yl = p.get_y()
    p.f(9.4, "B")
    p.set_xy(p.l_margin + W * 0.52, y)
    p.cell(W * 0.48, 5, f"Dated {the_ord(nd)}", align="R")
    p.mailed(caps_mailed(nd), p.l_margin + W * 0.66, y + 9, "PIP CLAIM UNIT", angle=-4)
    p.set_y(max(yl, y + 28))
    p.step_labels([("File no.", clm), ("Injured person", pas), ("Policy no.", pol), ("Named insured", own),
                   ("Date of accident", long(acc)), ("Doc. control", doc_ctl(rng))], ncol=3, indent=7, size=9.0)
    p.para(f"Dear {first_last(pas)}:", 9.4)
    p.para(f"On {wday_long(ime)} you were examined at Carrowgate's request by Dr. {dr(ime_doc, 'MD')}, a "
           f"board-certified orthopaedic surgeon, at the Penmorrow office of {IME_CO}. You were hurt as a passenger "
           f"in the car of {first_last(own)}, our policyholder, and your claim is handled under her policy.", 9.2)
    p.bar("What the examining doctor found", 9.0)
    p.para("The doctor reviewed your records and examined your neck, shoulders and lower back. She found full, "
           "painless movement, normal strength and reflexes, and no muscle spasm. In her opinion the neck and lower "
           "back sprains from the accident have resolved, and more physical therapy, chiropractic care or massage "
           "for them is not medically necessary.", 9.0)
    p.bar("What this means for your PIP benefits", 9.0)
    p.para(f"Carrowgate will pay, as usual, for physical therapy, chiropractic care and massage given on or before "
           f"{long(cut)}. It will not pay for any of these treatments for your accident injuries given after that "
           f"date. On {long(plan_sent)} your physical therapist, {dr(pt, 'DPT')} of {clinic}, sent a treatment plan "
           "asking for twelve more visits; the visits after the cut-off date in that plan are denied.", 9.0)
    p.para("This notice is about therapy only. Visits with your family doctor and medicines for the accident "
           "injuries are not affected.", 9.0)
    p.add_page()
    p.bar("If you disagree", 9.0)
    p.para("You, or a provider you assigned your benefits to, may ask for a pre-service internal appeal within 30 "
           "days of the date of this notice. Send a letter saying why you disagree and any new medical records to "
           f"the PIP Internal Appeals Desk, {ADDR[0]}, {ADDR[1]}, or fax them to the PIP fax number above. "
           "Carrowgate decides within 14 days and tells you and the provider in writing.", 9.0)
    p.para(f"Once the internal appeal is decided, you may take the dispute to the {DRP}. The Program will not hear "
           "a dispute about treatment that skipped Carrowgate's internal appeal.", 9.0)
    p.bar("A copy of the examining doctor's report", 9.0)
    p.para("You or your doctor may have a free copy of the full IME report. Call the claims line and quote your "
           "file number.", 9.0)
    p.ln(2)
    sign(p, [first_last(adj), "PIP Claim Representative", f"Direct line {phone(rng)}"])
    p.ln(2)
    p.para(f"cc: {clinic}, Attn: {dr(pt, 'DPT')}   \u00b7   {lawyer}", 8.0)
    notice = out(p)
    notice_t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=None, member_name=pas, cases=[clm],
                     denial_date=iso(nd), provider=dr(pt, "DPT"), appeal_deadline=iso(plus(nd, 30)),
                     alternates={"insurer": INS_ALT, "member_id": [pol], "provider": [clinic, pt]})
    # (ii) the clinic's statement
    q = EUSheet(footer=None, tx=tx, tx_off=3, tx_total=4)
    q.set_margins(20, 18, 20)
    q.add_page()
    y0 = q.get_y()
    q.set_font("Serif", "B", 15)
    q.cell(0, 7, clinic, new_x="LMARGIN", new_y="NEXT")
    q.f(8.2)
    q.cell(0, 4, "58 Pellar Street, Penmorrow, TM 08430  \u00b7  Billing office " + phone(rng), new_x="LMARGIN",
           new_y="NEXT")
    q.f(13, "B")
    q.set_xy(q.w - q.r_margin - 70, y0)
    q.cell(70, 7, "PATIENT STATEMENT", align="R")
    q.set_y(y0 + 16)
    q.line_seg(q.l_margin, q.get_y(), q.w - q.r_margin, q.get_y())
    q.ln(4)
    W = q.w - q.l_margin - q.r_margin
    y = q.get_y()
    addr_block(q, [pas, "Flat 2, 9 Stamps Hill", "Penmorrow, TM 08433"], 9.4)
    yl = q.get_y()
    q.set_y(y)
    acct = f"FPT-{digits(rng, 6)}"
    bal = visit_fee * len(after)
    q.leaders([("Statement date", slash(st)), ("Account", acct), ("Auto insurer", "Carrowgate Mutual"),
               ("Auto claim #", clm), ("Amount due", usd(bal))], size=9.0, w=W * 0.46, x=q.l_margin + W * 0.54)
    q.set_y(max(q.get_y(), yl) + 2)
    rows = []
    for d in paid_visits:
        rows.append([slash(d), "Therapy visit (97110, 97140)", n2(visit_fee), "PIP paid", "0.00"])
    for d in after:
        rows.append([slash(d), "Therapy visit (97110, 97140)", n2(visit_fee), "PIP denied - after IME cut-off",
                     n2(visit_fee)])
    rows.append(["", "Balance due from patient", "", "", n2(bal)])
    q.ruled_rows(["Date", "Service", "Charge", "Insurance", "Your part"], rows,
                 [W * k / 100 for k in (13, 33, 11, 31, 12)], ["L", "L", "R", "L", "R"], size=8.6,
                 bold_rows=(len(rows) - 1,))
    q.bar("From our billing office", 9.2)
    q.para(f"Carrowgate stopped paying for therapy after {long(cut)}, following your independent medical exam. Your "
           f"two visits after that date with {dr(pt, 'DPT')} are now your responsibility. If you or your lawyer "
           "appeal and Carrowgate changes its decision, we will bill them again and refund anything you paid.", 9.0)
    q.para("Please pay the amount due or call us to set up monthly payments.", 9.0)
    q.ln(4)
    q.set_dash_pattern(dash=2, gap=1.5)
    q.line_seg(q.l_margin, q.get_y(), q.w - q.r_margin, q.get_y())
    q.set_dash_pattern()
    q.ln(3)
    q.f(8.8)
    q.cell(W / 2, 5, f"Account {acct}")
    q.cell(W / 2, 5, f"Amount due {usd(bal)}", new_x="LMARGIN", new_y="NEXT")
    q.cell(W / 2, 5, pas)
    q.cell(W / 2, 5, "Amount enclosed $________", new_x="LMARGIN", new_y="NEXT")
    stmt = out(q)
    stmt_t = truth("other", None, insurer=None, member_name=pas, cases=[clm], claim_amount=m2(bal),
                   service_dates=[iso(d) for d in after], denial_date=iso(st), provider=clinic,
                   unscored=["insurer"], alternates={"case_numbers": [[]], "provider": [dr(pt, "DPT"), pt]})
    return cover, [(notice, notice_t), (stmt, stmt_t)]


# ---------------------------------------------------------------------------------------------------------------
def faxstd_eor(rng):
    pat = people(rng, 1, "tm", sexes="F", used=USED)[0]
    dc, rev = people(rng, 2, "tc", sexes="MF", used=USED)
    pol = policy_no(rng)
    clm = claim_file(rng, "01")
    center = "Corvedge Spine & Chiropractic Center"
    acc = dt.date(2026, 2, rng.randint(2, 4))
    late = [workday(plus(acc, 5)), workday(plus(acc, 7))]
    if late[0] == late[1]:
        late[1] = plus(late[1], 1)
    rec_late = plus(late[0], 80)
    b2 = [workday(plus(acc, k)) for k in (14, 16, 21, 23)]
    b3 = [workday(plus(acc, k)) for k in (28, 30, 35)]
    rd = workday(plus(rec_late, rng.randint(6, 9)))
    sent = workday(plus(rd, rng.randint(5, 7)))
    ctls = [control_no(rng) for _ in range(3)]
    fee, allow = 128.00, 101.90
    tx = f"{slash(sent)}  09:{rng.randint(10, 59)}  CARROWGATE PIP BILL REVIEW  FAX 628 555 {digits(rng, 4)}  " \
         f"PAGE {{n2}} OF {{t2}}"
    p = EUSheet(footer="Page {n} of {nb}", ids_foot=foot("EOR form CM-EOR-3"), tx=tx, tx_total=None,
                run_hdr=f"{center}  \u00b7  Claim file {clm}  \u00b7  page {{n}}")
    p.set_margins(16, 16, 16)
    p.add_page()
    head_split(p, rng, box="EXPLANATION OF REVIEW")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [center, "Attn: Billing", "406 Tinner's Walk", "Corvedge, TM 08461"], 9.2)
    yl = p.get_y()
    p.set_xy(p.l_margin + W * 0.56, y)
    p.tiny_cap("Rvw dt", slash(rd), x=p.l_margin + W * 0.56, size=10)
    p.set_xy(p.l_margin + W * 0.56, p.get_y() + 1)
    p.step_labels([("Claim file", clm), ("Batch", f"{rd.strftime('%m%d')}-{digits(rng, 2)}"),
                   ("Check no.", digits(rng, 8))], ncol=1, x=p.l_margin + W * 0.56, w=W * 0.44, indent=10,
                  size=9.0)
    p.set_y(max(p.get_y(), yl) + 1)
    p.step_labels([("Patient (injured person)", pat), ("Policy no.", pol), ("Named insured", pat),
                   ("Date of accident", slash(acc)), ("Provider tax ID", tin(rng)), ("Billing NPI", npi(rng))],
                  ncol=3, indent=8, size=8.8, rule=True)
    rows = []
    spec = [(ctls[0], late, slash(rec_late), True), (ctls[1], b2, slash(plus(b2[-1], 9)), False),
            (ctls[2], b3, slash(plus(b3[-1], 8)), False)]
    ded_left, room = 0.0, 4750.0 - 1200.0
    tb = tp = 0.0
    for ctl, days, rec, refused in spec:
        rows.append(("span", f"Control no. {ctl}      Bill received {rec}"))
        rows.append(("note", f"Rendering: Dr. {dr(dc, 'DC')}"))
        sb = sp = 0.0
        for d in days:
            if refused:
                rows.append([slash(d), "98941", "Manipulation, 3-4 regions", n2(fee), "", "0.00", "L6"])
            else:
                ded, cop, paid, ded_left = pip_split(allow, ded_left, room)
                room -= allow
                rows.append([slash(d), "98941", "Manipulation, 3-4 regions", n2(fee), n2(allow), n2(paid), "F1 C2"])
                sp += paid
            sb += fee
        rows.append(("bold", ["", "", "Bill total", n2(sb), "", n2(sp), ""]))
        rows.append(("gap",))
        tb += sb
        tp += sp
    rows.append(("bold", ["", "", "Totals this review", n2(tb), "", n2(tp), ""]))
    p.claim_rows(["Service date", "Code", "Description", "Charge", "Fee schedule", "Paid", "Code"],
                 [W * k / 100 for k in (14, 9, 35, 11, 12, 10, 9)], ["L", "L", "L", "R", "R", "R", "L"], rows,
                 size=8.0, row_h=4.5)
    p.legend_cols("Review codes", [
        ("F1", "Reduced to the Tunmere PIP Medical Fee Schedule amount for region 2."),
        ("C2", "The injured person's 20% PIP copayment was taken from the allowed amount."),
        ("D1", "Applied to the injured person's $250.00 deductible."),
        ("L6", "Denied. The bill was received more than 60 days after the date of service; a bill must reach "
               "Carrowgate within 60 days unless the provider shows it could not reasonably send it sooner."),
        ("R4", "Denied. The treatment is not related to the accident."),
        ("P7", "Denied. No precertification for a service on the precertification list."),
    ], ncol=2, size=7.4, code_w=8)
    p.bar("Internal appeal", 8.8)
    p.para("A provider who holds an assignment of benefits may ask for a post-service internal appeal within 45 days "
           "of the date of this explanation of review. Use the Post-Service Appeal cover form, list each control "
           "number, and send proof of an earlier timely submission if you have it. After the internal appeal, a "
           f"dispute may go to the {DRP}.", 8.4)
    p.para("You may not bill the injured person for amounts reduced to the fee schedule or denied as late.", 8.4)
    sign(p, [first_last(rev), "PIP Bill Review"], size=8.6, close="")
    t = truth("eob", "timely_filing", insurer=INS, member_id=pol, member_name=pat, cases=[clm, ctls[0]],
              claim_amount=m2(fee * len(late)), service_dates=[iso(d) for d in late], denial_date=iso(rd),
              provider=dr(dc, "DC"), appeal_deadline=iso(plus(rd, 45)),
              alternates={"insurer": INS_ALT, "provider": [center, dc], "case_numbers": [[clm]]},
              type_alternates=["denial_letter"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def phone_es(rng):
    pas = people(rng, 1, "sp", sexes="M", used=USED)[0]
    frd = people(rng, 1, "tm", sexes="M", used=USED)[0]
    er, adj = people(rng, 2, "tc", sexes="FM", used=USED)
    pol = policy_no(rng)
    clm = claim_file(rng, "03")
    hosp = "Ossing Cross General Hospital"
    acc = dt.date(2026, 2, rng.randint(7, 10))
    ld = workday(plus(acc, rng.randint(25, 29)))
    billed = 3482.00
    p = EUSheet(footer="Página {n} de {nb}", ids_foot=f"{INS}  \u00b7  Unidad de Reclamos PIP  \u00b7  Enviado el "
                                                     f"{es_date(ld)}")
    p.set_margins(18, 16, 18)
    p.add_page()
    head_logo(p, rng, box="AVISO DE DENEGACIÓN")
    W = p.w - p.l_margin - p.r_margin
    p.f(9.4)
    p.set_x(p.l_margin)
    p.cell(0, 5, f"Lindeford, TM, {es_ord(ld)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    y = p.get_y()
    addr_block(p, [pas, "204 Calle Rosal, Apt. 5", "Ossing Cross, TM 08444"], 9.4)
    yl = p.get_y()
    p.set_y(y)
    p.step_labels([("Referencia", clm), ("Póliza (de su amigo)", pol), ("Fecha del accidente", es_date(acc)),
                   ("Folio de documento", doc_ctl(rng))], ncol=2, x=p.l_margin + W * 0.48, w=W * 0.52, indent=6,
                  size=8.8)
    p.set_y(max(p.get_y(), yl) + 1)
    p.para(f"Estimado señor {pas.split()[-1]}:", 9.4)
    p.para(f"Usted pidió beneficios de protección contra lesiones personales (PIP) por las lesiones que sufrió como "
           f"pasajero en el automóvil de {first_last(frd)}, asegurado de Carrowgate, en el choque del "
           f"{es_date(acc)}. Recibimos la factura de {hosp} por la atención de urgencias de ese día, que le dio la "
           f"Dra. {dr(er, 'MD')}, por $3,482.00.", 9.2)
    p.bar("Nuestra decisión", 9.0)
    p.para("Carrowgate no puede pagar beneficios PIP por este accidente. Según el registro de vehículos del estado, "
           "usted es dueño de una camioneta que en la fecha del accidente no tenía el seguro de automóvil que exige "
           "la ley de Tunmere. La ley de seguro sin culpa dice que una persona que es dueña de un vehículo que debía "
           "estar asegurado y no lo estaba no tiene derecho a beneficios PIP de ninguna póliza, aunque viajara en "
           "el auto de otra persona.", 9.0)
    p.para("Por eso esta factura, y cualquier otra factura médica de este accidente, no se pagará con el seguro PIP. "
           "Si tiene seguro médico, el hospital puede enviarle la factura a ese seguro.", 9.0)
    p.bar("Si no está de acuerdo", 9.0)
    p.para("Si la camioneta sí estaba asegurada en esa fecha, o si usted ya no era su dueño, envíenos una copia de "
           "la póliza o del título de venta. Puede pedir una apelación interna dentro de 30 días a partir de la "
           f"fecha de esta carta, por escrito, a la dirección de arriba. Después de la apelación interna puede "
           f"llevar el caso al Programa de Resolución de Disputas de Tunmere.", 9.0)
    p.ln(1)
    sign(p, [first_last(adj), "Representante de reclamos PIP", f"Teléfono {phone(rng)} (hablamos español)"],
         close="Atentamente,")
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=None, member_name=pas, cases=[clm],
              claim_amount=m2(billed), service_dates=[iso(acc)], denial_date=iso(ld), provider=hosp,
              appeal_deadline=iso(plus(ld, 30)), lang="es",
              alternates={"insurer": INS_ALT, "member_id": [pol], "provider": [dr(er, "MD"), er]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photocopy_limit(rng):
    pl = people(rng, 1, "tm", sexes="F", used=USED)[0]
    pain, adj = people(rng, 2, "tc", sexes="MF", used=USED)
    pol = policy_no(rng)
    clm = claim_file(rng, "01")
    ctl = control_no(rng)
    practice = "Lindeford Pain & Spine Institute"
    acc = dt.date(2026, 1, rng.randint(5, 9))
    svc = workday(dt.date(2026, 4, rng.randint(27, 29)))
    md = workday(plus(svc, rng.randint(12, 15)))
    lines = [("62323", "Lumbar epidural steroid injection, with imaging guidance", 1840.00),
             ("99213", "Office visit, established patient", 168.00)]
    billed = sum(x[2] for x in lines)
    ledger = [("Ossing Cross General Hospital", 6920.40), ("Ossing Cross Emergency Physicians, PA", 455.18),
              ("Corvedge Imaging Center", 1486.00), ("Penmorrow Family Chiropractic", 3108.22),
              (practice, 3030.20)]
    p = EUSheet(footer="Page {n} of {nb}", ids_foot=foot())
    p.set_margins(20, 16, 20)
    p.add_page()
    head_split(p, rng)
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [pl, "3 Bal Maiden Row", "Lindeford, TM 08410"], 9.6)
    p.mailed(caps_mailed(md), p.l_margin + W * 0.62, y + 2, angle=-6, size=10)
    p.set_y(max(p.get_y(), y + 24))
    p.f(9.2)
    p.set_x(p.l_margin)
    p.multi_cell(0, 4.8, f"Our file: {clm}\nPolicy: {pol}\nAccident of {long(acc)}\nBill: control no. {ctl}",
                 new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.para(f"Dear {first_last(pl)}:", 9.6)
    p.para(f"When you saw Dr. {dr(pain, 'MD')} at {practice} on {long(svc)}, the practice sent Carrowgate the bill "
           "below. We are sorry to tell you that we cannot pay it, because the personal injury protection (PIP) "
           "medical benefit on your policy has been used up.", 9.4)
    p.ruled_rows(["Code", "Service", "Charge"], [[c, s, n2(a)] for c, s, a in lines] + [["", "Bill total", usd(billed)]],
                 [W * k / 100 for k in (12, 70, 18)], ["L", "L", "R"], size=8.8, bold_rows=(2,))
    p.para("Your policy is a basic policy. Its PIP medical limit is $15,000.00 for each person for each accident. "
           "Carrowgate has now paid that amount for your care after the accident, as the list below shows, so no "
           "more PIP medical bills can be paid for this accident, for this or any other provider.", 9.4)
    p.ruled_rows(["Paid to", "Amount paid"], [[a, n2(b)] for a, b in ledger] + [["Total paid under the limit",
                                                                               usd(sum(b for _, b in ledger))]],
                 [W * 0.75, W * 0.25], ["L", "R"], size=8.6, bold_rows=(len(ledger),))
    p.para("Your health insurance, if you have it, may pay bills that PIP no longer pays. Give the practice your "
           "health plan card; the practice may ask us for a copy of this letter to send with its claim.", 9.4)
    p.para("If you think we added the payments wrongly, or that a payment was made for someone else's care, you may "
           "ask for an internal appeal within 30 days of the date this letter was mailed (see the stamp above). "
           f"After the internal appeal, you may ask the {DRP} to decide.", 9.4)
    p.ln(1)
    sign(p, [first_last(adj), "PIP Claim Representative", f"Direct line {phone(rng)}"])
    t = truth("denial_letter", "not_covered", insurer=INS, member_id=pol, member_name=pl, cases=[clm, ctl],
              claim_amount=m2(billed), service_dates=[iso(svc)], denial_date=iso(md), provider=dr(pain, "MD"),
              appeal_deadline=iso(plus(md, 30)),
              alternates={"insurer": INS_ALT, "provider": [practice, pain], "case_numbers": [[clm]]},
              denial_alternates=["other"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxfine_appeal(rng):
    pat = people(rng, 1, "tm", sexes="M", used=USED)[0]
    orderer, rad, chair = people(rng, 3, "tc", sexes="FMF", used=USED)
    pol = policy_no(rng)
    clm = claim_file(rng, "01")
    ctl = control_no(rng)
    dock = f"IA-26-{digits(rng, 4)}{rng.choice('KQX')}"
    center = "Penmorrow Diagnostic Imaging"
    acc = dt.date(2026, 2, rng.randint(14, 18))
    scan = workday(plus(acc, rng.randint(30, 34)))
    first = workday(plus(scan, rng.randint(20, 24)))
    filed = workday(plus(first, rng.randint(18, 22)))
    dd = dt.date(2026, 5, 21)
    sent = workday(plus(dd, 7))
    billed = 1960.00
    tx = f"{slash(sent)} 09:{rng.randint(10, 59)}  PENMORROW DIAG IMAGING BILLING  628 555 {digits(rng, 4)}  " \
         f"P.{{n}}/{{t}}"
    p = EUSheet(footer="Page {n} of {nb}", ids_foot=foot(), tx=tx, tx_total=2,
                run_hdr=f"Docket no. {dock}  \u00b7  page {{n}} of {{nb}}")
    p.set_margins(18, 16, 18)
    p.add_page()
    head_logo(p, rng, box="INTERNAL APPEAL DECISION")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [center, "Attn: Billing and Appeals", "12 Foundry Yard", "Penmorrow, TM 08431"], 9.2)
    yl = p.get_y()
    p.set_y(y)
    p.far_right([("Docket no.", dock), ("Doc. control no.", doc_ctl(rng))], x=p.l_margin + W * 0.55, cap_w=26,
                size=8.8)
    p.set_y(max(yl, p.get_y()) + 1)
    p.f(9.6, "B")
    p.set_x(p.l_margin)
    p.cell(0, 5, wd_ord(dd), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.para("Dear Billing and Appeals Office:", 9.4)
    p.para(f"Your office asked Carrowgate, in a post-service internal appeal received on {long(filed)}, to pay the "
           "bill for a lumbar MRI that we denied. The patient, the claim file, the bill and the dates are in the box "
           "on page 2. A nurse reviewer and a physician who did not take part in the first decision looked at the "
           "appeal.", 9.2)
    p.bar("Decision: the denial is upheld", 9.0)
    p.para("An MRI is on Carrowgate's precertification list. Under the decision point review plan filed for our PIP "
           "policies, the treating provider must ask for precertification, on Form CPIP-4 with the supporting notes, "
           "before the scan, and Carrowgate answers within three business days. We have no request for this MRI "
           "before it was done; the first paper we received about it was your bill.", 9.0)
    p.para("Your appeal says the scan was urgent. The ordering note describes low back pain with no weakness, no "
           "numbness in the groin and no change in bladder or bowel control, and the scan was scheduled eight days "
           "ahead. Nothing in the records shows a reason the request could not have been sent first.", 9.0)
    p.para("Because the service was not precertified, the bill is not payable under the policy, and the patient "
           "may not be billed for it.", 9.0)
    p.add_page()
    p.facts_box("The bill and the appeal", [
        ("Injured person", pat), ("Policy no.", pol), ("Claim file", clm), ("Docket no.", dock),
        ("Bill control no.", ctl), ("Date of service", slash(scan)), ("Procedure", "72148 MRI lumbar spine"),
        ("Billed", usd(billed)), ("Ordered by", f"Dr. {dr(orderer, 'DO')}"), ("Read by", f"Dr. {dr(rad, 'MD')}"),
        ("First denial", slash(first)), ("Appeal received", slash(filed)), ("Decision date", slash(dd))],
        cap_w=33)
    p.bar("What happens next", 9.0)
    p.para(f"This decision completes Carrowgate's internal appeal. If you still disagree, you may file for dispute "
           f"resolution with the {DRP}; the Program's own rules say how and when. Send a copy of this decision "
           "with your filing.", 9.0)
    p.ln(2)
    sign(p, [first_last(chair), "Chair, PIP Internal Appeals", "for Carrowgate"], close="Sincerely,")
    p.para(f"cc: {pat}", 8.0)
    t = truth("denial_letter", "prior_authorization", insurer=INS, member_id=pol, member_name=pat, cases=[dock, clm],
              claim_amount=m2(billed), service_dates=[iso(scan)], denial_date=iso(dd), provider=center,
              appeal_deadline=None,
              alternates={"insurer": INS_ALT, "case_numbers": [[dock], [clm]],
                          "provider": [dr(rad, "MD"), rad, dr(orderer, "DO"), orderer]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def bd_ack(rng):
    apl = people(rng, 1, "tm", sexes="F", used=USED)[0]
    adj = people(rng, 1, "tc", sexes="M", used=USED)[0]
    pol = policy_no(rng)
    clm = claim_file(rng, "01")
    acc = dt.date(2026, 2, rng.randint(20, 24))
    rec = workday(plus(acc, rng.randint(8, 10)))
    ld = workday(plus(rec, rng.randint(2, 4)))
    p = EUSheet(footer="Page {n} of {nb}", ids_foot=foot("Form CPIP-1A"))
    p.set_margins(18, 16, 18)
    p.add_page()
    head_split(p, rng, box="APPLICATION RECEIVED")
    p.f(9.4)
    p.set_x(p.l_margin)
    p.cell(0, 5, dmy_long(ld), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    addr_block(p, [apl, "88 Engine House Row", "Corvedge, TM 08460"], 9.4)
    p.step_labels([("File no. (use it on every bill and letter)", clm), ("Policy no.", pol),
                   ("Named insured", apl), ("Injured person", apl), ("Date of accident", long(acc)),
                   ("Application received", slash(rec)), ("PIP medical limit", "$250,000.00 each person"),
                   ("Deductible", "$250.00 each accident")], ncol=2, indent=9, size=9.0, rule=True)
    p.para(f"Dear {first_last(apl)}:", 9.4)
    p.para("Thank you for your Application for Personal Injury Protection Benefits. We have opened a PIP claim file "
           "for you. This letter tells you how PIP pays your medical bills and what you and your doctors need to do. "
           "It is not a decision on any bill.", 9.2)
    p.bar("What you and your doctors need to do", 9.0)
    p.bullets(["Give every doctor, hospital and therapist your file number and Carrowgate's PIP fax number.",
               "Your doctors send a treatment plan (Form CPIP-4) 10 days and 30 days after the accident, and before "
               "an MRI, CT scan, injection, surgery or equipment over $75.00. We answer within three business "
               "days.",
               "Bills must reach us within 60 days after each service.",
               "We may ask you to see a doctor we choose for an independent medical examination. We pay for it and "
               "for your mileage. If you miss two examinations without a good reason, we may stop paying for the "
               "care the examination was about."], size=9.0)
    p.bar("How bills are paid", 9.0)
    p.para("We pay the smaller of the charge and the Tunmere PIP Medical Fee Schedule amount. You pay the first "
           "$250.00 of allowed charges for the accident and 20% of the next $4,750.00. You will get a PIP benefit "
           "payment explanation each time we pay.", 9.0)
    p.bar("Lost wages and other benefits", 9.0)
    p.para("If you missed work, send the Wage and Salary Verification form (Form CPIP-2) signed by your employer.",
           9.0)
    p.ln(1)
    sign(p, [first_last(adj), "PIP Claim Representative", f"Direct line {phone(rng)}"])
    t = truth("other", None, insurer=INS, member_id=pol, member_name=apl, cases=[clm], denial_date=iso(ld),
              alternates={"insurer": INS_ALT, "case_numbers": [[]]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    USED.clear()
    f = FAMILY
    eob = bd_eob(rng)
    cover, stack_docs = faxstd_stack(rng)
    return [
        Item(f"{f}_bd_eob_shoulder_not_related_code_r4", "born_digital", [eob]),
        Item(f"{f}_faxstd_stack_clinic_cover_ime_cutoff_then_pt_statement", "fax_standard_g4", stack_docs,
             separators=[cover, None]),
        Item(f"{f}_faxstd_eor_late_bill_code_l6_tiny_caption", "fax_standard_g4", [faxstd_eor(rng)]),
        Item(f"{f}_phone_es_propietario_sin_seguro", "phone_photo", [phone_es(rng)]),
        Item(f"{f}_photocopy_limit_used_up_mailed_stamp", "photocopy", [photocopy_limit(rng)]),
        Item(f"{f}_faxfine_internal_appeal_mri_no_precert_facts_page_two", "fax_fine_g4", [faxfine_appeal(rng)]),
        Item(f"{f}_bd_application_acknowledged_stepped_labels", "born_digital", [bd_ack(rng)]),
    ]
