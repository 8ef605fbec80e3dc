"""Family 'gamma_knife_radiosurgery_trigeminal_neuralgia_prior_auth_denial': an invented commercial plan refuses prior
authorization for Gamma Knife stereotactic radiosurgery (CPT 61796 + 77371) for classical trigeminal neuralgia as not
meeting its medical criteria (two first-line drugs tried at adequate doses, or intolerance, documented).

Documents: the member's boxed utilization-management determination (born digital); a standard-fax stack of a cover
sheet, the peer-to-peer offer letter to the neurosurgeon and the neurosurgeon's letter of medical necessity; the
approval after peer review (scan 300; denies nothing); a member EOB with three claims of which only the Gamma Knife
center's claim is refused (photocopy); a denial told only in sentences (sideways); the Gamma Knife center's patient
statement (phone photo; denies nothing); the upheld appeal faxed to the surgeon (fine fax). Everything invented.
Decoys: DOB, NPI, request-received dates, medical-policy and form numbers, peer-to-peer 14-day window, 72-hour
expedited and 4-month external-review limits, patient account numbers, other claims, phone and fax numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from public_kit import Page, fdate, m2, money, out

FAMILY = "gamma_knife_radiosurgery_trigeminal_neuralgia_prior_auth_denial"
LANG = "en"
SEED = 342400

PLAN = {"org": "Thornbury Mutual Health", "addr": "2 Foundry Plaza, Suite 900, Caldmoor, NA 60731",
        "phone": "1-877-615-4402", "fax": "1-877-615-4499", "web": "thornburymutual.example"}
SURG = ("Rowan P. Haverford", "MD", "Eastvale Neuroscience Institute", "77 Linden Crescent, Caldmoor, NA 60735",
        "(631) 555-0148", "(631) 555-0149")
CENTER = "Eastvale Gamma Knife Center"
NEUROL = "Caldmoor Neurology Group"
PEOPLE = ["Harriet S. Kessler", "Percy D. Nakamura", "Odette L. Szabo", "Gideon F. Marchetti", "Yolanda C. Prescott",
          "Anselm T. Winslow", "Brianna K. Oduya"]
POLICY = "CP-RAD-0112"
CRIT = ("Our criteria for radiosurgery for trigeminal neuralgia require that the pain has not been controlled by, or "
        "you could not tolerate, at least two first-line medicines (carbamazepine and oxcarbazepine) taken at adequate "
        "doses, and that an MRI has ruled out a tumor or multiple sclerosis.")


def dg(r, n):
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def fd(d, ds):
    if ds == "updash":
        return d.strftime("%d-%b-%Y").upper()
    return fdate(d, ds)


def base(r, i):
    notice = dt.date(2026, 2, 3) + dt.timedelta(days=r.randint(0, 110))
    return dict(notice=notice, planned=notice + dt.timedelta(days=r.randint(12, 30)),
                req="UM-" + dg(r, 4) + "-" + dg(r, 5), mid="TMH" + dg(r, 9), group="G" + dg(r, 5),
                plan="TMH-" + r.choice(["PPO", "EPO", "HDHP"]) + "-" + dg(r, 3), member=PEOPLE[i],
                dob=dt.date(r.randint(1944, 1972), r.randint(1, 12), r.randint(1, 28)), npi="1" + dg(r, 9),
                street=f"{r.randint(100, 9800)} {r.choice(['Vellum Way', 'Osprey Ridge Rd', 'Kiln Street'])}")


def letterhead(p):
    p.line(PLAN["org"], 16, "B")
    p.line("Utilization Management  |  " + PLAN["addr"], 8.5)
    p.line(f"Phone {PLAN['phone']}  |  Fax {PLAN['fax']}  |  {PLAN['web']}", 8.5)
    p.ln(4)


def addr(p, f):
    p.para(f"{f['member']}\n{f['street']}\nCaldmoor, NA 60733", 10)


def surgeon():
    return f"{SURG[0]}, {SURG[1]}"


def um_boxed(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="TMH-UM-ADV 08/2025")
    p.add_page()
    letterhead(p)
    addr(p, f)
    p.line("Utilization Management Determination", 13, "B")
    p.ln(2)
    rows = [("Date of determination", fd(f["notice"], ds)), ("Reference number", f["req"]),
            ("Patient", f["member"]), ("ID number", f["mid"]), ("Group", f["group"]), ("Plan", f["plan"]),
            ("Date of birth", fd(f["dob"], ds)), ("Request received", fd(f["notice"] - dt.timedelta(days=5), ds)),
            ("Requesting physician", f"{surgeon()}  (NPI {f['npi']})"), ("Facility", CENTER),
            ("Service requested", "61796 / 77371 Gamma Knife radiosurgery, right trigeminal nerve"),
            ("Planned date of service", fd(f["planned"], ds)), ("Determination", "NOT APPROVED")]
    p.boxed_pairs(rows, 58, 8.8, h=5.9)
    p.heading("Why we made this decision", 10.5)
    p.para(CRIT + " The records sent with the request show a trial of carbamazepine only; there is no record of a "
           f"second medicine or of side effects. The request does not meet medical policy {POLICY}.", 9)
    p.para("Your doctor may talk with our physician reviewer (peer-to-peer) within 14 days of this determination.", 9)
    p.heading("Appeal rights", 10.5)
    p.para("You or your doctor may appeal within 180 days of the date of this letter. If waiting could seriously harm "
           "your health, ask for an expedited appeal; we decide those within 72 hours. You may ask for an external "
           "review within 4 months after a final decision.", 9)
    return out(p)


def p2p_letter(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="TMH-P2P-OFFER")
    p.add_page()
    letterhead(p)
    p.line(fd(f["notice"], ds), 10)
    p.ln(2)
    p.para(f"{surgeon()}\n{SURG[2]}\n{SURG[3]}\nFax {SURG[5]}", 9.5)
    p.line("Adverse determination - offer of peer-to-peer review", 12, "B")
    p.ln(1)
    p.pairs([("Patient", f"{f['member']}   (DOB {fd(f['dob'], ds)})"), ("Member ID", f["mid"]),
             ("Case", f["req"]), ("Procedure", "CPT 61796, 77371 - Gamma Knife SRS"),
             ("Scheduled", fd(f["planned"], ds) + f" at {CENTER}")], 30, 9.2, h=5)
    p.ln(2)
    p.para(f"Dear Dr. {SURG[0].split()[-1]}:", 9.5)
    p.para("The request above was reviewed by a board-certified neurosurgeon and was not approved because the "
           "documentation does not meet our criteria for stereotactic radiosurgery for trigeminal neuralgia: only "
           "one first-line anticonvulsant trial is documented and there is no record of intolerance.", 9.5)
    p.para(f"You may discuss this decision with the reviewer. Call {PLAN['phone']}, option 3, within 14 calendar "
           "days of this notice to schedule a peer-to-peer conversation. Peer-to-peer review is not an appeal.", 9.5)
    p.para("A provider appeal may be filed within 60 days of the date of this notice; fax it with the office notes "
           f"to {PLAN['fax']}.", 9.5)
    return out(p)


def lmn(f, ds):
    p = Page(serif=True, footer=None)
    p.add_page()
    p.line(SURG[2], 15, "B")
    p.line(f"Department of Neurosurgery  |  {SURG[3]}  |  {SURG[4]}", 8.5)
    p.ln(4)
    p.line(fd(f["lmn"], ds), 10)
    p.ln(2)
    p.para(f"{PLAN['org']}\nUtilization Management - Appeals\nFax {PLAN['fax']}", 10)
    p.para(f"RE: {f['member']}   Member ID {f['mid']}   Reference {f['req']}", 10)
    p.line("Letter of medical necessity", 12, "B")
    p.ln(1)
    p.para(f"I am writing to ask you to reconsider the denial of Gamma Knife radiosurgery for my patient, "
           f"{f['member']}, planned for {fd(f['planned'], ds)} at {CENTER}. The patient has classical right V2-V3 "
           "trigeminal neuralgia. Carbamazepine up to 1,200 mg daily gave partial relief and caused hyponatremia; "
           "oxcarbazepine was tried for eight weeks in 2024 by the referring neurologist and stopped for dizziness "
           "and falls. Those notes are attached. A 3-tesla MRI showed no tumor and no demyelinating lesion.", 10)
    p.para("The patient has coronary artery disease on dual antiplatelet therapy and is a poor candidate for microvascular decompression. "
           "Radiosurgery is the standard next step. I ask that you approve CPT 61796 and 77371.", 10)
    p.para(f"Sincerely,\n\n{surgeon()}\nNPI {f['npi']}", 10)
    return out(p)


def approval(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="TMH-UM-APR")
    p.add_page()
    letterhead(p)
    p.line(fd(f["notice"], ds), 10)
    p.ln(2)
    addr(p, f)
    p.line("Your request has been approved", 13, "B")
    p.ln(2)
    p.pairs([("Member", f["member"]), ("Member ID", f["mid"]), ("Group", f["group"]),
             ("Authorization number", f["auth"]), ("Original reference", f["req"]),
             ("Ordering physician", surgeon()), ("Where", CENTER),
             ("Approved for", "61796, 77371 - one session"), ("Valid", f"{fd(f['planned'], ds)} to "
                                                                      f"{fd(f['planned'] + dt.timedelta(days=60), ds)}")],
            44, 9.5)
    p.ln(2)
    p.para("After a peer-to-peer discussion with your surgeon and review of the neurologist's notes showing that "
           "you could not tolerate two first-line medicines, our physician reviewer found that the request now "
           "meets our criteria. We approved Gamma Knife radiosurgery. Your usual deductible and coinsurance apply.",
           9.5)
    p.para("This approval is not a guarantee of payment; you must be enrolled on the date of service.", 8.5)
    return out(p)


def eob_copy(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="TMH-EOB 2026.1")
    p.add_page()
    p.line(PLAN["org"], 16, "B")
    p.line(f"{PLAN['addr']}  |  {PLAN['phone']}", 8.5)
    p.ln(3)
    p.line("EXPLANATION OF BENEFITS", 13, "B")
    p.line("THIS IS NOT A BILL", 9, "B")
    p.ln(1)
    x0, y0 = p.get_x(), p.get_y()
    p.pairs([("Prepared for", f["member"]), ("Member ID", f["mid"]), ("Group", f["group"]),
             ("Statement date", fd(f["notice"], ds))], 34, 9, h=4.8)
    p.set_xy(x0 + 105, y0)
    p.pairs([("Plan", f["plan"]), ("Deductible met", "$1,850.00 of $3,000.00"),
             ("Out-of-pocket met", "$2,410.00 of $7,500.00")], 36, 8.5, x=x0 + 105, h=4.8)
    p.ln(4)
    rows = []
    for cl, prov, d, code, ch, allowed, paid, you, rc in f["claims"]:
        rows.append([cl, prov, d, code, money(ch), money(allowed), money(paid), money(you), rc])
    p.table(["Claim", "Provider", "Service date", "Procedure", "Amount billed", "Allowed", "Paid", "Your share",
             "See"], rows, [24, 38, 22, 18, 21, 18, 17, 18, 8], size=6.9)
    p.para(f"Claim {f['claim']}: {CENTER}, physician of record {surgeon()}.", 8.5)
    p.para("A - Paid under your medical benefit after deductible and coinsurance.\n"
           f"D - Denied. Gamma Knife radiosurgery requires prior authorization and the request (reference {f['req']}) "
           "was reviewed and did not meet medical necessity criteria. You are responsible for the charges unless an "
           "appeal is approved.", 8.5)
    p.para("Appeal within 180 days of the date of this statement. External review: 4 months after a final internal "
           "decision. Expedited appeals are decided within 72 hours.", 8.5)
    return out(p)


def prose(f, ds):
    p = Page(serif=True, footer=None)
    p.add_page()
    letterhead(p)
    p.line(fd(f["notice"], ds), 10)
    p.ln(4)
    addr(p, f)
    first, last = f["member"].split()[0], f["member"].split()[-1]
    p.para(f"Dear {first} {last},", 10)
    p.para(f"On behalf of {PLAN['org']}, we reviewed the request that {surgeon()} sent us for Gamma Knife "
           f"radiosurgery of your right trigeminal nerve at {CENTER}, planned for {fd(f['planned'], ds)}. We gave "
           f"the request reference number {f['req']}. This letter is about {f['member']}, member number {f['mid']}, "
           f"group {f['group']}.", 10)
    p.para("We did not approve the treatment. " + CRIT + " The notes we received describe only one of those "
           "medicines, so the request did not meet our medical necessity criteria. Your doctor can send the missing "
           "records or call us to talk with the reviewer.", 10)
    p.para("You have the right to appeal within 180 days of the date of this letter. If your condition is urgent "
           "you can ask for a decision within 72 hours. After our final decision you may ask for an independent "
           "external review within 4 months.", 10)
    p.para("Sincerely,\n\nMedical Director, Utilization Management", 10)
    return out(p)


def center_statement(f, ds):
    p = Page(footer=None, footer_left="Pay online at eastvalegk.example/pay")
    p.add_page()
    p.line(CENTER, 15, "B")
    p.line(f"A department of {SURG[2]}  |  {SURG[3]}  |  Billing (631) 555-0177", 8.5)
    p.ln(4)
    p.line("STATEMENT OF ACCOUNT", 12, "B")
    p.pairs([("Statement date", fd(f["stmt"], ds)), ("Guarantor account", f["acct"]), ("Patient", f["member"]),
             ("Insurance", f"{PLAN['org']}  #{f['mid']}"), ("Attending", surgeon())], 40, 9)
    p.ln(2)
    rows = [[fd(f["dos"], ds), "61796", "Stereotactic radiosurgery, cranial lesion", money(f["c1"], "flat")],
            [fd(f["dos"], ds), "77371", "Radiation treatment delivery, SRS, cobalt-60", money(f["c2"], "flat")],
            ["", "", "Total charges", money(f["total"], "flat")],
            [fd(f["stmt"] - dt.timedelta(days=9), ds), "", f"Insurance denied claim {f['claim']} - no approved auth",
             "$0.00"],
            ["", "", "Amount due now", money(f["total"], "flat")]]
    p.table(["Date", "Code", "Description", "Amount"], rows, [28, 18, 104, 28], size=8.5, border=0,
            aligns=["L", "L", "L", "R"], bold_last=True)
    p.para("Your insurer has denied payment. If your surgeon's office is appealing, call us and we will place your "
           "account on hold for 60 days.", 9)
    return out(p)


def upheld_fax(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="TMH-APL-FINAL")
    p.add_page()
    p.line(f"{fd(f['notice'], ds)} 16:42   FROM: TMH APPEALS {PLAN['fax']}   TO: {SURG[5]}   P. 1/1", 7.5)
    p.ln(2)
    letterhead(p)
    p.line("FINAL INTERNAL APPEAL DECISION - UPHELD", 12.5, "B")
    p.ln(1)
    p.boxed_pairs([("Decision date", fd(f["notice"], ds)), ("Appeal no.", f["apl"]), ("Original case", f["req"]),
                   ("Member", f["member"]), ("Member ID", f["mid"]),
                   ("Physician", f"{surgeon()}   NPI {f['npi']}"),
                   ("Procedure / planned date", f"61796, 77371  /  {fd(f['planned'], ds)}")], 52, 8.8)
    p.para("An independent board-certified neurosurgeon reviewed the appeal. The appeal again documents one "
           "first-line anticonvulsant; the second trial cited was a different drug class. The criteria in policy "
           f"{POLICY} are not met, so the denial is upheld.", 9)
    p.para("This is the final internal decision. The member may request external review within 4 months of "
           "receipt of this notice. Expedited external review is available when the 72-hour standard applies.", 9)
    return out(p)


ITEMS = [
    ("bd_um_determination_boxed", "born_digital", "um", "slash"),
    ("faxstd_stack_cover_peer_to_peer_offer_and_surgeon_letter", "fax_standard_g4", "stack", "long"),
    ("scan300_approval_after_peer_review", "scan_clean_300", "apr", "abbr"),
    ("copy_member_eob_three_claims_gk_denied", "photocopy", "eob", "short"),
    ("rotated_denial_sentences_only", "rotated", "prose", "long"),
    ("photo_gamma_knife_center_statement", "phone_photo", "stmt", "dmy"),
    ("faxfine_final_appeal_upheld", "fax_fine_g4", "upheld", "updash"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ds) in enumerate(ITEMS):
        r = random.Random(SEED + i)
        f = base(r, i)
        name = f"{FAMILY}_{suffix}"
        nd = f["notice"].isoformat()
        pl = f["planned"].isoformat()
        common = dict(insurer=PLAN["org"], member_id=f["mid"], member_name=f["member"], provider=surgeon())
        alt = {"provider": [SURG[0], CENTER]}
        if kind == "um":
            t = truth("denial_letter", "medical_necessity", plan_id=f["plan"], group_number=f["group"],
                      case_numbers=[f["req"]], service_dates=[pl], denial_date=nd,
                      appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(), alternates=alt,
                      denial_alternates=["prior_authorization"], **common)
            items.append(Item(name, cond, [(um_boxed(f, ds), t)]))
        elif kind == "stack":
            f["lmn"] = f["notice"] + dt.timedelta(days=r.randint(3, 8))
            t1 = truth("denial_letter", "medical_necessity", case_numbers=[f["req"]], service_dates=[pl],
                       denial_date=nd, appeal_deadline=(f["notice"] + dt.timedelta(days=60)).isoformat(),
                       alternates=alt, denial_alternates=["prior_authorization"], **common)
            t2 = truth("other", None, case_numbers=[f["req"]], service_dates=[pl], denial_date=f["lmn"].isoformat(),
                       unscored=["insurer"], alternates=alt, **common)
            items.append(Item(name, cond, [(p2p_letter(f, ds), t1), (lmn(f, ds), t2)], separators=["cover", None]))
        elif kind == "apr":
            f["auth"] = "AUTH" + dg(r, 8)
            t = truth("other", None, group_number=f["group"], case_numbers=[f["auth"], f["req"]],
                      service_dates=[f"{pl}/{(f['planned'] + dt.timedelta(days=60)).isoformat()}"], denial_date=nd,
                      alternates=dict(alt, service_dates=[[pl]]), **common)
            items.append(Item(name, cond, [(approval(f, ds), t)]))
        elif kind == "eob":
            r2 = random.Random(SEED + 70)
            f["claim"] = "E" + dg(r, 11)
            f["dos"] = f["notice"] - dt.timedelta(days=r.randint(20, 35))
            f["c1"], f["c2"] = 9850.00, 41275.50
            f["total"] = round(f["c1"] + f["c2"], 2)
            v = f["dos"] - dt.timedelta(days=40)
            f["claims"] = [("E" + dg(r2, 11), NEUROL, fd(v, ds), "99204", 410.00, 268.30, 214.64, 53.66, "A"),
                           ("E" + dg(r2, 11), "Caldmoor Imaging", fd(v + dt.timedelta(days=9), ds), "70553",
                            2380.00, 912.00, 729.60, 182.40, "A"),
                           (f["claim"], "Eastvale Gamma Knife Ctr", fd(f["dos"], ds), "61796", f["c1"], 0.0, 0.0, f["c1"], "D"),
                           ("", "", fd(f["dos"], ds), "77371", f["c2"], 0.0, 0.0, f["c2"], "D"),
                           ("", "Claim total", "", "", f["total"], 0.0, 0.0, f["total"], "")]
            t = truth("eob", "medical_necessity", plan_id=f["plan"], group_number=f["group"],
                      case_numbers=[f["claim"], f["req"]], claim_amount=m2(f["total"]), service_dates=[f["dos"].isoformat()],
                      denial_date=nd, appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
                      alternates=dict(alt, provider=[CENTER, SURG[0]], case_numbers=[[f["claim"]]]),
                      denial_alternates=["prior_authorization"], **dict(common, provider=surgeon()))
            items.append(Item(name, cond, [(eob_copy(f, ds), t)]))
        elif kind == "prose":
            t = truth("denial_letter", "medical_necessity", group_number=f["group"], case_numbers=[f["req"]],
                      service_dates=[pl], denial_date=nd,
                      appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(), alternates=alt,
                      denial_alternates=["prior_authorization"], **common)
            items.append(Item(name, cond, [(prose(f, ds), t)]))
        elif kind == "stmt":
            f["claim"] = "E" + dg(r, 11)
            f["acct"] = "GK" + dg(r, 7)
            f["dos"] = f["notice"] - dt.timedelta(days=r.randint(30, 45))
            f["stmt"] = f["notice"]
            f["c1"], f["c2"] = 9850.00, 38990.00
            f["total"] = round(f["c1"] + f["c2"], 2)
            t = truth("other", None, case_numbers=[f["claim"]], claim_amount=m2(f["total"]),
                      service_dates=[f["dos"].isoformat()], denial_date=nd, unscored=["insurer"],
                      alternates={"provider": [CENTER, SURG[0]]}, **common)
            items.append(Item(name, cond, [(center_statement(f, ds), t)]))
        else:
            f["apl"] = "APL" + dg(r, 7)
            t = truth("denial_letter", "medical_necessity", case_numbers=[f["apl"], f["req"]], service_dates=[pl],
                      denial_date=nd, appeal_deadline=None, alternates=alt,
                      denial_alternates=["prior_authorization"], **common)
            items.append(Item(name, cond, [(upheld_fax(f, ds), t)]))
    return items
