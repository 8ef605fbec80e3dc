"""An invented commercial plan (Brightwater Summit Health Plan) denying a spinal cord stimulator (SCS) trial because
no psychological evaluation was sent, and the permanent implant because the trial gave less than 50% pain
relief; with the pain practice's letter, the surgery center's statement, an EOB, the claims of the pain physician
and of the surgeon. Every plan, person, practice, facility and number is invented.

Documents (8 in 7 files):
- bd_trial_preauth_denial_inset_box: pre-service denial of the SCS trial (no psychological evaluation on file),
  a shaded request summary inset in the prose, requesting, facility and psychologist roles, decoys.
- scan300_eob_from_thru_columns: EOB whose claims table has separate From and Thru columns, four claims (a
  physical therapy span in two-digit years), the surgery center's trial claim denied for no authorization.
- faxstd_permanent_implant_claim_denial_two_page: two-page claim denial to the neurosurgeon for the permanent
  implant (trial relief under 50%), small type, fax header line on both pages, grey bands, a summary inset with
  footnote-marked amounts, rendering / assistant (PA-C) / referring / facility roles, page 2 repeating member and
  claim.
- copy_facility_statement_two_page: the surgery center's two-page statement to the patient (trial lines denied
  by the plan), photocopied; the continuation page repeats patient and account and carries the service lines.
- photo_pain_practice_trial_diary_letter: the pain physician's letter to the plan with the trial diary (denies
  nothing), photographed.
- rotated_upheld_trial_appeal_id_cluster: first-level appeal upheld for the trial, appeal, request, provider
  reference and account numbers next to each other, fed sideways.
- faxfine_stack_claim_blocks_and_trial_approval: a fax cover, the pain practice's claim decision in "Claim 1 of 3"
  blocks (block 2 denied), a blank separator, then the approval of the re-requested trial turned upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddh_famdhb import DHSheet
from public_kit import address, amount, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "spinal_cord_stimulator_trial_psych_evaluation_missing_denial"
LANG = "en"
SEED = 351201
PLAN = "Brightwater Summit Health Plan"
PRACTICE = "Ironwood Spine and Pain Associates"
PAIN_DR = "Dr. Corwin Halvorsen, DO"
SURGEON = "Dr. Ingrid Mwangi, MD"
SURG_GRP = "Cascade Crest Neurosurgery"
FACILITY = "Basalt Ridge Ambulatory Surgery Center"
PSYCH = "Esteban Rinaldi, PsyD"
PA = "Nadia Holloway, PA-C"
POLICY = "BSH-MP-NEU-118"


def _ids(rng):
    return {"mid": "BSW" + digits(rng, 9), "grp": f"G{digits(rng, 6)}", "plan": "EPO-" + digits(rng, 2) + "B"}


def _dob(rng):
    return dt.date(rng.randint(1950, 1985), rng.randint(1, 12), rng.randint(1, 28))


def _conf(rng, n):
    return "".join(rng.choice("0123456789" + "OIBS") for _ in range(n))


def _phone(rng):
    return f"1-866-555-{digits(rng, 4)}"


def _lh(p: DHSheet, rng, dept: str):
    y0 = 10 if p.fax_hdr else 0
    p.set_fill_color(232, 238, 244)
    p.rect(0, y0, p.w, 20, style="F")
    p.set_xy(p.l_margin, y0 + 4)
    p.f(15, "B")
    p.set_text_color(16, 52, 92)
    p.cell(0, 7, PLAN, new_x="LMARGIN", new_y="NEXT")
    p.set_text_color(0, 0, 0)
    p.f(7.5)
    p.cell(0, 4, f"{dept}  |  PO Box {rng.randint(1000, 9999)}, Boise ID 837{rng.randint(10, 99)}  |  "
           f"{_phone(rng)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.set_y(max(p.get_y(), y0 + 20) + 5)


def bd_trial_denial(rng):
    ids = _ids(rng)
    name, first, mi, last = person(rng)
    nd = dt.date(2026, 2, 9) + dt.timedelta(days=rng.randint(0, 14))
    rec = plus(nd, -rng.randint(4, 8))
    planned = plus(nd, rng.randint(12, 20))
    req = f"PA-{digits(rng, 2)}-{_conf(rng, 6)}"
    p = DHSheet(footer="Page {n} of {nb}", footer_left=f"BSH-UM-DN-7  |  {name}  |  {req}")
    p.set_margins(22, 16, 22)
    p.add_page()
    _lh(p, rng, "Utilization Management")
    p.line(fdate(nd, "long"), 10)
    p.ln(3)
    for ln in [name, *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.line("Notice of adverse benefit determination: spinal cord stimulator trial", 11, "B")
    p.ln(2)
    p.para(f"Dear {first} {last},", 10)
    p.para(f"{PAIN_DR} of {PRACTICE} asked us to approve a spinal cord stimulator trial for your low back and "
           f"leg pain. We received the request on {fdate(rec, 'abbr')}. The trial would be done at {FACILITY}. "
           "Here is what we reviewed:", 10)
    p.inset("Request summary", [("Request number", req), ("Member ID", ids["mid"]), ("Group", ids["grp"]),
                                ("Service", "SCS trial, percutaneous leads (63650 x 2)"),
                                ("Requested by", PAIN_DR), ("Facility", FACILITY),
                                ("Planned date", fdate(planned, "slash"))], size=8.5, label_w=38)
    p.para("**Our decision: not approved.** Our medical policy on spinal cord stimulation (" + POLICY + ") "
           "covers a trial only when, among other things, a licensed mental health professional has done a "
           "psychological evaluation within the last 12 months and found no condition that would keep the "
           "stimulator from working. We did not receive a psychological evaluation with this request. The "
           f"records mention a referral to {PSYCH}, but no report. Without it the trial is not medically "
           "necessary under our policy.", 10)
    p.para("Your doctor may send the evaluation with a new request at any time, or talk to our reviewer by "
           f"calling {_phone(rng)}.", 10)
    p.para("**Your right to appeal.** You may appeal within 180 days of the date of this letter. If your health "
           "could be seriously harmed by waiting, ask for an expedited appeal; we decide those within 72 hours. "
           "After our final decision you may ask for an external review by an independent review organization "
           "within 4 months.", 10)
    p.para(f"Our records show your date of birth as {fdate(_dob(rng), 'slash')}.", 9)
    t = truth("denial_letter", "medical_necessity", insurer=PLAN, group=ids["grp"], member_id=ids["mid"],
              member_name=name, cases=[req], service_dates=[span(planned)], denial_date=nd.isoformat(),
              provider=PAIN_DR, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"provider": [PRACTICE], "service_dates": [[]]},
              denial_alternates=["prior_authorization"])
    return out(p), t


def scan300_eob(rng):
    ids = _ids(rng)
    name, first, mi, last = person(rng)
    sd = dt.date(2026, 4, 2) + dt.timedelta(days=rng.randint(0, 12))
    pt_a = dt.date(2026, 2, rng.randint(2, 5))
    pt_b = plus(pt_a, 25)
    ov = dt.date(2026, 2, rng.randint(9, 20))
    tr = dt.date(2026, 3, rng.randint(3, 12))
    img = plus(ov, rng.randint(2, 6))
    spec = [(ov, ov, PRACTICE, "Office visit 99214", amount(rng, 180, 260), "ok"),
            (pt_a, pt_b, "Lakeshore Physical Therapy", "PT 97110 x 8", amount(rng, 900, 1400), "ok"),
            (img, img, "Snake River Imaging", "MRI L-spine 72148", amount(rng, 1100, 1900), "ok"),
            (tr, tr, FACILITY, "SCS trial 63650", amount(rng, 8000, 14000), "deny")]
    rows, tot, deny = [], [0.0, 0.0, 0.0], None
    for a, b, prov, svc, billed, st in spec:
        cl = f"{digits(rng, 3)}{_conf(rng, 4)}{digits(rng, 3)}"
        if st == "ok":
            allowed = round(billed * 0.64, 2)
            paid = round(allowed * 0.8, 2)
            code = ""
        else:
            allowed = paid = 0.0
            code = "N4"
            deny = (cl, billed, a, prov)
        rows.append([fdate(a, "short"), fdate(b, "short"), prov, svc, cl, money(billed, "nosign"),
                     money(allowed, "nosign"), money(paid, "nosign"), code])
        tot[0] += billed
        tot[1] += allowed
        tot[2] += paid
    rows.append(["", "", "Totals", "", "", money(tot[0], "nosign"), money(tot[1], "nosign"),
                 money(tot[2], "nosign"), ""])
    p = DHSheet(footer="Page {n} of {nb}", footer_left=f"{name}  |  ID {ids['mid']}")
    p.set_margins(9, 10, 9)
    p.add_page()
    _lh(p, rng, "Explanation of Benefits - this is not a bill")
    p.right_block([("Issue date:", fdate(sd, "long")), ("Member:", name), ("Member ID:", ids["mid"]),
                   ("Group:", ids["grp"]), ("Plan:", ids["plan"])], w=100, size=8.5)
    p.line(f"Claims processed {fdate(plus(sd, -30), 'slash')} through {fdate(plus(sd, -1), 'slash')}", 8)
    p.ln(2)
    p.gtable(["From", "Thru", "Provider", "Service", "Claim no.", "Billed", "Allowed", "Paid", "Rmk"], rows,
             [15, 15, 56, 33, 23, 18, 16, 15, 9], size=7.4, aligns=["L", "L", "L", "L", "L", "R", "R", "R", "C"],
             bold_last=True)
    p.para("**N4**  Not paid: this service needs our approval before it is done and no approval is on file. The "
           "trial request was not approved. The facility may not bill you more than your cost share for an "
           "in-network service denied for no approval.", 8.2)
    p.para(f"Plan year 01/01/2026 - 12/31/2026: deductible $1,500, met $ {rng.randint(300, 1400)}.", 8.2)
    p.para(f"Appeals: you may appeal a denied claim within 180 days of the issue date of this statement. Call "
           f"{_phone(rng)} or write to {PLAN}, Appeals.", 8.2)
    cl, billed, a, prov = deny
    t = truth("eob", "prior_authorization", insurer=PLAN, plan_id=ids["plan"], group=ids["grp"],
              member_id=ids["mid"], member_name=name, cases=[cl], claim_amount=m2(billed), service_dates=[span(a)],
              denial_date=sd.isoformat(), provider=prov, appeal_deadline=plus(sd, 180).isoformat(),
              denial_alternates=["medical_necessity"])
    return out(p), t


def faxstd_permanent(rng):
    ids = _ids(rng)
    name, first, mi, last = person(rng)
    nd = dt.date(2026, 5, 11) + dt.timedelta(days=rng.randint(0, 10))
    dos = plus(nd, -rng.randint(18, 30))
    t_a = plus(dos, -rng.randint(30, 40))
    t_b = plus(t_a, 6)
    claim = f"{digits(rng, 2)}{_conf(rng, 3)}-{digits(rng, 6)}"
    dcn = f"DCN {digits(rng, 4)}{rng.choice('OIBS')}{digits(rng, 5)}"
    acct = f"CCN-{digits(rng, 6)}"
    billed = amount(rng, 6800, 9800)
    fac_amt = amount(rng, 31000, 46000)
    p = DHSheet(footer="Page {n} of {nb}", footer_left="BSH-CL-DN-2")
    p.fax_hdr = (f"{nd.strftime('%d-%b-%Y').upper()} 14:{rng.randint(10, 59)}  BRIGHTWATER SUMMIT CLAIMS  FAX "
                 f"208-555-{digits(rng, 4)} -> 208-555-{digits(rng, 4)}   PG {{n}} OF {{nb}}")
    p.cont = f"Patient {name}   Member ID {ids['mid']}   Claim {claim}   (page 2)"
    p.set_margins(15, 14, 15)
    p.add_page()
    _lh(p, rng, "Claims Review")
    p.band("CLAIM DETERMINATION - PERMANENT SPINAL CORD STIMULATOR", 9)
    p.right_block([("Date:", fdate(nd, "slash")), ("Patient:", name), ("Member ID:", ids["mid"]),
                   ("Group:", ids["grp"]), ("Claim no.:", claim), (dcn.split()[0] + ":", dcn.split()[1]),
                   ("Your ref. (account):", acct)], w=110, size=8)
    p.ln(2)
    p.para(f"To {SURGEON}, {SURG_GRP}, and to the patient: we reviewed the surgeon's claim for the permanent "
           f"spinal cord stimulator implant done at {FACILITY}.", 8)
    p.inset("Claim summary", [("Rendering surgeon", SURGEON), ("Assistant at surgery", PA),
                              ("Referring physician", PAIN_DR), ("Facility", FACILITY),
                              ("Date of service", fdate(dos, "slash")),
                              ("Codes", "63685, 63650 x 2, 95972"), ("Billed by surgeon", money(billed) + "*"),
                              ("Plan paid", "$0.00**")], size=8, label_w=40)
    p.para(f"*Surgeon's claim only. The facility's claim ({money(fac_amt)}) and the assistant's claim are "
           "decided in separate notices.  **See the reason below.", 7.5)
    p.band("Reason for our decision", 8.5)
    p.para(f"Our medical policy {POLICY} covers a permanent spinal cord stimulator only after a trial that gave "
           f"at least 50% pain relief. The trial records from {PAIN_DR} for {fdate(t_a, 'slash')} through "
           f"{fdate(t_b, 'slash')} show 35% relief at rest and 20% with walking, and no drop in pain medicine. The "
           "permanent implant is therefore not medically necessary, and we did not pay the claim. A board-certified "
           "anesthesiologist specializing in pain medicine reviewed the records.", 8)
    p.add_page()
    p.band("Appeal rights", 8.5)
    p.para("The patient, or the surgeon acting for the patient, may appeal within 180 days of the date of this "
           "notice. Include the trial diary and any records that show more relief. An urgent appeal is decided "
           "within 72 hours. After the plan's final decision the patient may ask for an external review within "
           "4 months. A provider's claim reconsideration must be filed within 90 days.", 8)
    p.band("Claim lines", 8.5)
    p.gtable(["Line", "Date of service", "Code", "Description", "Billed", "Paid", "Reason"],
             [["1", fdate(dos, "slash"), "63685", "Insert/replace pulse generator", money(round(billed * 0.45, 2),
               "nosign"), "0.00", "MN2"],
              ["2", fdate(dos, "slash"), "63650", "Percutaneous electrode array x 2", money(round(billed * 0.4, 2),
               "nosign"), "0.00", "MN2"],
              ["3", fdate(dos, "slash"), "95972", "Complex programming",
               money(round(billed - round(billed * 0.45, 2) - round(billed * 0.4, 2), 2), "nosign"), "0.00", "MN2"],
              ["", "", "", "Total", money(billed, "nosign"), "0.00", ""]],
             [12, 28, 16, 66, 22, 18, 18], size=7.6, aligns=["C", "L", "L", "L", "R", "R", "C"], bold_last=True)
    p.para(f"MN2: not medically necessary under policy {POLICY}. Questions: Provider Services {_phone(rng)}.", 8)
    dn = dcn.split()[1]
    t = truth("denial_letter", "medical_necessity", insurer=PLAN, group=ids["grp"], member_id=ids["mid"],
              member_name=name, cases=[claim, dn], claim_amount=m2(billed), service_dates=[span(dos)],
              denial_date=nd.isoformat(), provider=SURGEON, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"case_numbers": [[claim], [dn]], "provider": [SURG_GRP]})
    return out(p), t


def copy_statement(rng):
    ids = _ids(rng)
    name, first, mi, last = person(rng)
    guar = f"{person(rng)[1]} {last}"
    sd = dt.date(2026, 4, 20) + dt.timedelta(days=rng.randint(0, 10))
    dos = dt.date(2026, 3, rng.randint(3, 20))
    acct = f"BR{digits(rng, 7)}"
    icl = f"{digits(rng, 3)}{_conf(rng, 4)}{digits(rng, 3)}"
    lines = [("63650", "Percutaneous SCS electrode array, lead 1", amount(rng, 3200, 4200)),
             ("63650", "Percutaneous SCS electrode array, lead 2", amount(rng, 3200, 4200)),
             ("C1897", "Lead, neurostimulator test kit", amount(rng, 1500, 2400)),
             ("77003", "Fluoroscopic guidance", amount(rng, 300, 600))]
    tot = round(sum(x[2] for x in lines), 2)
    p = DHSheet(footer="Page {n} of {nb}")
    p.cont = f"{FACILITY}  -  Patient {name}  -  Account {acct}  (continued)"
    p.set_margins(18, 16, 18)
    p.add_page()
    p.f(14, "B")
    p.cell(0, 7, FACILITY, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{address(rng)[0]}, Meridian ID 836{rng.randint(10, 99)}  |  Billing office 208-555-"
           f"{digits(rng, 4)}  |  Tax ID 82-{digits(rng, 7)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    p.line("PATIENT STATEMENT", 12, "B")
    p.ln(1)
    p.pairs([("Statement date", fdate(sd, "abbr")), ("Patient", name), ("Guarantor", guar),
             ("Account no.", acct), ("Insurance", PLAN), ("Insurance ID", ids["mid"]),
             ("Attending physician", PAIN_DR)], label_w=42, size=9.5)
    p.ln(3)
    p.inset("Amount due", [("Balance due", money(tot)), ("Please pay by", fdate(plus(sd, 30), "slash"))],
            size=10, label_w=40, indent=40)
    p.para(f"Your insurance, {PLAN}, denied the claim for your spinal cord stimulator trial because no approval "
           "was on file. You are responsible for the balance. If you appeal to your plan, tell us and we will hold "
           "your account for 60 days. Details of the charges are on page 2.", 9.5)
    p.para("Ask about financial assistance and payment plans: 208-555-" + digits(rng, 4) + ".", 9)
    p.add_page()
    p.line("Detail of charges", 11, "B")
    p.ln(2)
    rows = [[fdate(dos, "slash"), c, d, money(v, "nosign")] for c, d, v in lines]
    rows += [["", "", "Total charges", money(tot, "nosign")],
             [fdate(plus(sd, -9), "slash"), "", f"Insurance claim {icl} - DENIED, no authorization", "0.00"],
             ["", "", "BALANCE DUE", money(tot)]]
    p.table(["Date of service", "Code", "Description", "Amount"], rows, [30, 20, 100, 30], size=9,
            aligns=["L", "L", "L", "R"], bold_last=True)
    t = truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=name, cases=[icl],
              claim_amount=m2(tot), service_dates=[span(dos)], denial_date=sd.isoformat(), provider=FACILITY,
              unscored=["insurer"], alternates={"provider": [PAIN_DR]})
    return out(p), t


def photo_letter(rng):
    ids = _ids(rng)
    name, first, mi, last = person(rng)
    ld = dt.date(2026, 4, 27) + dt.timedelta(days=rng.randint(0, 8))
    t_a = dt.date(2026, 4, rng.randint(6, 9))
    t_b = plus(t_a, 6)
    psy = plus(t_a, -rng.randint(25, 40))
    ref = f"PA-{digits(rng, 2)}-{_conf(rng, 6)}"
    p = DHSheet(footer=None)
    p.set_margins(22, 18, 22)
    p.add_page()
    p.f(13, "B")
    p.cell(0, 6, PRACTICE, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Interventional pain medicine  |  Phone 208-555-{digits(rng, 4)}  |  Fax 208-555-{digits(rng, 4)}",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(6)
    p.line(fdate(ld, "long"), 10)
    p.ln(3)
    p.line(f"{PLAN}, Utilization Management", 10)
    p.ln(4)
    p.re_block([f"{name}, member ID {ids['mid']}", f"Your reference {ref}", "Request: permanent spinal cord "
                "stimulator"])
    p.para(f"I am writing for my patient about the permanent stimulator. The patient's psychological evaluation by {PSYCH} "
           f"was completed on {fdate(psy, 'slash')} and found no barrier to treatment; the report is enclosed.", 10)
    p.para(f"The trial ran from {fdate(t_a, 'long')} through {fdate(t_b, 'long')}. The pain diary shows:", 10)
    p.table(["Day", "Pain at rest (0-10)", "Pain walking (0-10)", "Relief"],
            [["Baseline", "8", "9", "-"], ["Days 1-2", "5", "6", "38%"], ["Days 3-5", "4", "5", "50%"],
             ["Days 6-7", "3", "5", "56%"]], [30, 42, 42, 30], size=9)
    p.para("The relief on days 3 to 7 met the 50% mark in your policy. The patient walked 20 minutes a day for the first "
           "time in two years and took half the usual opioid dose. Please approve the permanent implant, to be done "
           f"by {SURGEON} of {SURG_GRP}.", 10)
    p.para(f"Sincerely,\n\n{PAIN_DR}\nNPI {digits(rng, 10)}", 10)
    t = truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=name, cases=[ref],
              service_dates=[span(t_a, t_b)], denial_date=ld.isoformat(), provider=PAIN_DR,
              alternates={"insurer": [None], "provider": [PRACTICE, SURGEON], "service_dates": [[]]})
    return out(p), t


def rotated_appeal(rng):
    ids = _ids(rng)
    name, first, mi, last = person(rng)
    nd = dt.date(2026, 3, 16) + dt.timedelta(days=rng.randint(0, 10))
    od = plus(nd, -rng.randint(30, 40))
    planned = plus(od, rng.randint(14, 20))
    req = f"PA-{digits(rng, 2)}-{_conf(rng, 6)}"
    apl = f"AP{rng.choice('OIBS')}{digits(rng, 2)}-{_conf(rng, 5)}"
    pref = f"ISP-{digits(rng, 6)}"
    acct = f"{digits(rng, 8)}"
    p = DHSheet(footer="Page {n} of {nb}", serif=True)
    p.set_margins(26, 18, 22)
    p.add_page()
    _lh(p, rng, "Appeals and Grievances")
    p.line(f"Appeal decision  -  {fdate(nd, 'abbr')}", 11.5, "B")
    p.ln(2)
    p.f(9)
    p.pairs([("Member", f"{name}   ID {ids['mid']}   Group {ids['grp']}"),
             ("Appeal no. / Request no.", f"{apl}  /  {req}"),
             ("Provider ref. / Account", f"{pref}  /  {acct}"),
             ("Requesting provider", f"{PAIN_DR}, {PRACTICE}"),
             ("Service / planned date", f"SCS trial (63650)  /  {fdate(planned, 'slash')}")],
            label_w=52, size=9, h=5)
    p.ln(3)
    p.para(f"Dear {first} {last}:", 10)
    p.para(f"You appealed our decision of {fdate(od, 'long')} not to approve a spinal cord stimulator trial. A "
           "physician board-certified in pain medicine who was not part of the first decision reviewed your "
           "appeal, your doctor's notes and our policy " + POLICY + ".", 10)
    p.para("**Decision: upheld.** The policy requires a psychological evaluation within 12 months before a trial. "
           "Your appeal again did not include one; a note says the evaluation is scheduled but not done. The trial "
           "is not medically necessary until the evaluation is complete.", 10)
    p.para("You may ask for a second-level appeal within 60 days of the date of this letter. You may instead ask for "
           "an external review by an independent review organization within 4 months of this letter. Call "
           f"{_phone(rng)} (TTY 711).", 10)
    t = truth("denial_letter", "medical_necessity", insurer=PLAN, group=ids["grp"], member_id=ids["mid"],
              member_name=name, cases=[apl, req], service_dates=[span(planned)], denial_date=nd.isoformat(),
              provider=PAIN_DR, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"case_numbers": [[apl]], "provider": [PRACTICE], "service_dates": [[]]},
              denial_alternates=["prior_authorization"])
    return out(p), t


def stack_blocks_and_approval(rng):
    ids = _ids(rng)
    name, first, mi, last = person(rng)
    nd = dt.date(2026, 4, 6) + dt.timedelta(days=rng.randint(0, 8))
    specs = [("Office visit, established (99214)", "PAID", amount(rng, 190, 260)),
             ("SCS trial, percutaneous leads x 2 (63650, 77003)", "DENIED", amount(rng, 2600, 3800)),
             ("Post-procedure visit (99213)", "PAID", amount(rng, 120, 170))]
    blocks, deny = [], None
    base = dt.date(2026, 3, rng.randint(2, 5))
    for i, (svc, st, amt) in enumerate(specs):
        d = plus(base, i * 7)
        cl = f"{digits(rng, 2)}{_conf(rng, 3)}-{digits(rng, 6)}"
        rows = [("Claim number", cl), ("Rendering", PAIN_DR), ("Billing / pay-to", PRACTICE),
                ("Service", svc), ("Dates", f"{fdate(d, 'short')} - {fdate(d, 'short')}"),
                ("Billed / status", f"{money(amt)}  /  {st}")]
        if st == "DENIED":
            rows.insert(5, ("Date of service", fdate(d, "slash")))
            deny = (cl, d, amt)
        blocks.append((f"Claim {i + 1} of 3", rows))
    p = DHSheet(footer="Page {n} of {nb}")
    p.fax_hdr = f"{fdate(nd, 'slash')}  10:{rng.randint(10, 59)}  BSH PROVIDER SERVICES  208-555-{digits(rng, 4)}  P.{{n}}"
    p.set_margins(20, 14, 20)
    p.add_page()
    _lh(p, rng, "Provider Claim Services")
    p.line("Claim decisions for your patient", 12, "B")
    p.pairs([("Notice date", fdate(nd, "long")), ("Patient", name), ("Member ID", ids["mid"]),
             ("Group", ids["grp"])], label_w=30, size=9.5, h=5)
    p.ln(3)
    p.blocks(blocks, size=8.8, label_w=36)
    cl, d, amt = deny
    p.para("Claim 2 was denied: the spinal cord stimulator trial needs prior approval, and the request for it was "
           "not approved (no psychological evaluation). You may not bill the member for this service. You may "
           "appeal for the member with the member's written consent, or ask for a claim reconsideration within "
           "90 days of the date of this notice.", 9)
    doc1 = (out(p), truth("denial_letter", "prior_authorization", insurer=PLAN, group=ids["grp"],
                          member_id=ids["mid"], member_name=name, cases=[cl], claim_amount=m2(amt),
                          service_dates=[span(d)], denial_date=nd.isoformat(), provider=PAIN_DR,
                          appeal_deadline=plus(nd, 90).isoformat(),
                          alternates={"provider": [PRACTICE], "appeal_deadline": [None]},
                          denial_alternates=["medical_necessity"]))
    ad = plus(nd, rng.randint(6, 12))
    trial = plus(ad, rng.randint(8, 15))
    auth = f"AU-{digits(rng, 2)}-{_conf(rng, 6)}"
    q = DHSheet(footer="Page {n} of {nb}")
    q.set_margins(22, 16, 22)
    q.add_page()
    _lh(q, rng, "Utilization Management")
    q.line("Approval notice", 12, "B")
    q.ln(2)
    q.pairs([("Date", fdate(ad, "dmy")), ("Member", name), ("Member ID", ids["mid"]),
             ("Authorization no.", auth), ("Approved service", "SCS trial, percutaneous leads (63650 x 2)"),
             ("Requesting provider", PAIN_DR), ("Facility", FACILITY), ("Approved date", fdate(trial, "slash")),
             ("Valid through", fdate(plus(trial, 30), "slash"))], label_w=42, size=9.5)
    q.ln(3)
    q.para(f"We approved the trial after we received the psychological evaluation by {PSYCH}. The approval is for "
           "a trial of up to 10 days. A permanent implant needs a separate approval; send the trial results with "
           "that request.", 10)
    doc2 = (out(q), truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=name, cases=[auth],
                          service_dates=[span(trial)], denial_date=ad.isoformat(), provider=PAIN_DR,
                          alternates={"provider": [PRACTICE]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_trial_preauth_denial_inset_box", "born_digital", [bd_trial_denial(rng)]),
        Item(F + "scan300_eob_from_thru_columns", "scan_clean_300", [scan300_eob(rng)]),
        Item(F + "faxstd_permanent_implant_claim_denial_two_page", "fax_standard_g4", [faxstd_permanent(rng)]),
        Item(F + "copy_facility_statement_two_page", "photocopy", [copy_statement(rng)]),
        Item(F + "photo_pain_practice_trial_diary_letter", "phone_photo", [photo_letter(rng)]),
        Item(F + "rotated_upheld_trial_appeal_id_cluster", "rotated", [rotated_appeal(rng)]),
        Item(F + "faxfine_stack_claim_blocks_and_trial_approval", "fax_fine_g4", stack_blocks_and_approval(rng),
             separators=["cover", "blank"], turns={(1, 0): 180}),
    ]
