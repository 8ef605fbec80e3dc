"""Family 'cardiac_mri_myocarditis_radiology_benefit_manager_denial': a radiology benefit manager reviewing
advanced imaging for a commercial plan refuses a cardiac MRI with contrast (CPT 75561) ordered for suspected
myocarditis because the guideline asks for a transthoracic echocardiogram first; it suggests the echo and offers
the ordering cardiologist a peer-to-peer discussion. Shaped after public utilization-management determination
letters (decision per CPT code, guideline named, peer-to-peer offer, appeal rights).
Documents: the member notice of adverse determination (born digital, two pages); a fine-fax stack (cover + the
provider notification with the peer-to-peer offer + the peer-to-peer scheduling confirmation); the echo
authorization (approval, scan 300); the imaging center's patient statement for the MRI done anyway (photocopy);
the plan's three-claim EOB refusing only the MRI claim (150 dpi); a prose-only claim denial (phone photo); the
upheld first-level appeal (sideways).
Issuers (fictional): Clarion Imaging Review Partners (RBM) for Bayfront Mutual Health Plan.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from kit_roundct_famctc import days, fdate, hline, letterhead, mail_to, mixed, phone, signature, usd
from public_kit import Page, m2, out

FAMILY = "cardiac_mri_myocarditis_radiology_benefit_manager_denial"
LANG = "en"
SEED = 343700
RBM = "Clarion Imaging Review Partners"
PLAN = "Bayfront Mutual Health Plan"
CENTER = "Harborview Advanced Imaging"
PRACT = "Tidewater Heart Specialists"
DOCS = ["Rosalind Achebe", "Lionel Marchetti", "Priyanka Desrosiers", "Anders Okafor"]
MEMBERS = ["Colleen R. Dunleavy", "Tobias W. Featherstone", "Nadia K. Lindgren", "Desmond J. Yarborough",
           "Paulette M. Iwamoto", "Clifford A. Rinaldi"]
STREETS = ["417 Gull Point Road", "88 Weatherby Lane, Unit 2", "2305 Cannery Row Ct", "61 Salt Marsh Drive"]
CITIES = ["Port Alder, OR 97411", "Cape Merritt, OR 97420", "Sandhaven, OR 97439"]
WHY = ("Your doctor asked for a cardiac MRI with contrast to look for inflammation of the heart muscle "
       "(myocarditis). Our guideline for cardiac MRI (CIR-CARD-07) asks for a transthoracic echocardiogram first, "
       "so that the MRI is used only when the echo does not answer the question. The records we received do not "
       "show an echocardiogram in the last 60 days. The cardiac MRI is not medically necessary at this time. "
       "An echocardiogram (CPT 93306) can be approved if your doctor asks for it.")


def facts(r: random.Random) -> dict:
    date = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 90))
    mri = days(date, r.randint(6, 14))
    charge, contrast = float(r.choice([2640, 2875, 3120])), round(r.uniform(140, 240), 2)
    doc = r.choice(DOCS)
    return dict(date=date, recv=days(date, -r.randint(2, 5)), mri=mri, member=r.choice(MEMBERS),
                addr=[r.choice(STREETS), r.choice(CITIES)], mid=mixed(r, "BMH9999999-01"), grp=mixed(r, "G-99999"),
                case=mixed(r, "CIR-26-9999999"), echo_case=mixed(r, "CIR-26-9999999"),
                clm=mixed(r, "2026999999999"), appeal=mixed(r, "APL-99999"), npi=r.choice("12") + mixed(r, "999999999"),
                dob=dt.date(r.randint(1960, 2004), r.randint(1, 12), r.randint(1, 28)), ph=phone(r), fax=phone(r),
                doc=doc, charge=charge, contrast=contrast, total=round(charge + contrast, 2), acct=mixed(r, "99999999"),
                p2p=days(date, r.randint(3, 6)))


def T(f, ins, dtype, den, cases=(), dead=None, amount=None, svc=None, prov=None, alts=None, uns=None, grp=True,
      date=None, dalts=None):
    return truth(dtype, den, "en", insurer=ins, group_number=f["grp"] if grp else None, member_id=f["mid"],
                 member_name=f["member"], case_numbers=list(cases), claim_amount=amount,
                 service_dates=[x.isoformat() for x in (svc or [])], denial_date=(date or f["date"]).isoformat(),
                 provider=prov or f["doc"], appeal_deadline=dead.isoformat() if dead else None, alternates=alts or {},
                 unscored=uns or [], denial_alternates=dalts or [])


def member_notice(f) -> bytes:
    fd = lambda x: fdate(x, "long")  # noqa: E731
    d = Page(footer="Page {n} of {nb}", footer_left=f"CIR-MN-ADV (2025)  |  {RBM} on behalf of {PLAN}")
    d.add_page()
    letterhead(d, RBM, f"PO Box 40218, Salem, OR 97309  |  Phone {f['ph']}  |  Fax {f['fax']}", "rule",
               f"Advanced imaging review for {PLAN} members")
    d.line(fd(f["date"]), 10, h=6)
    d.ln(2)
    mail_to(d, [f["member"]] + f["addr"])
    d.line("NOTICE OF ADVERSE DETERMINATION", 13, "B", h=8)
    d.line("Request for advanced imaging: NOT APPROVED", 10, h=6)
    d.ln(1)
    d.pairs([("Member", f["member"]), ("Member ID", f["mid"]), ("Group number", f["grp"]),
             ("Date of birth", fdate(f["dob"], "slash")), ("Health plan", PLAN), ("Case number", f["case"]),
             ("Request received", fd(f["recv"])), ("Ordering physician", f"Dr. {f['doc']}, {PRACT}"),
             ("Physician NPI", f["npi"]), ("Imaging facility", CENTER),
             ("Requested date of service", fd(f["mri"]))], label_w=55, size=9.4, h=5.2)
    d.ln(2)
    d.table(["CPT", "Description", "Units", "Decision"],
            [["75561", "Cardiac MRI with contrast, morphology and function", "1", "NOT APPROVED"],
             ["A9585", "Gadobutrol injection, 0.1 mL", "75", "NOT APPROVED"]], [20, 100, 16, 38], size=8.6)
    d.heading("Why we made this decision", 10.5)
    d.para(WHY, 9.4)
    d.para("This decision was made by a board-certified cardiologist who reviewed the records sent by your doctor. "
           "We have told your doctor about this decision. Your doctor may call us to talk with the reviewing "
           "physician (a peer-to-peer discussion) within 14 days of this notice.", 9.4)
    d.add_page()
    d.heading("Your right to appeal", 10.5, rule=True)
    d.para("You, your doctor or someone you name may ask for an appeal within 180 days of the date of this letter. "
           f"Send your appeal to {PLAN}, Appeals Unit, PO Box 7711, Portland, OR 97208, or call {f['ph']}.", 9.4)
    d.para("Expedited appeal: if waiting could seriously harm your life or health, ask for a fast appeal; a decision "
           "will be made within 72 hours.", 9.4)
    d.para("External review: after the plan's appeal you may ask for an independent external review within 4 months "
           "of the final appeal decision. Medical necessity, experimental, level of care and other clinical "
           "decisions are eligible for external review.", 9.4)
    d.para("You may ask for copies of the guideline and the records used, free of charge.", 9.4)
    signature(d, ["Utilization Review Department", RBM])
    return out(d)


def provider_notice(f) -> bytes:
    fd = lambda x: fdate(x, "upper")  # noqa: E731
    d = Page(footer=None, footer_left=f"CIR-PN-P2P  {RBM}")
    d.add_page()
    letterhead(d, RBM, f"Provider line {f['ph']}  |  Secure fax {f['fax']}", "center")
    d.line("PROVIDER NOTIFICATION - ADVERSE DETERMINATION / PEER-TO-PEER OFFER", 11, "B", align="C", h=7)
    d.ln(2)
    d.boxed_pairs([("To", f"Dr. {f['doc']}  ({PRACT})"), ("Date sent", fd(f["date"])),
                   ("Case #", f["case"]), ("Patient", f["member"]), ("Patient ID", f["mid"]),
                   ("Plan / group", f"{PLAN} / {f['grp']}"), ("DOB", fd(f["dob"])),
                   ("Service requested", "CPT 75561 + A9585 Cardiac MRI w/ contrast"),
                   ("Planned DOS", fd(f["mri"])), ("Determination", "NOT MEDICALLY NECESSARY")], label_w=48)
    d.para("Guideline CIR-CARD-07 (cardiac MRI, suspected myocarditis): a transthoracic echocardiogram within the "
           "last 60 days is required before cardiac MRI unless it is contraindicated or non-diagnostic. No echo "
           "report was received. Consider TTE (CPT 93306); it may be requested through the provider portal.", 9.2)
    d.para("Peer-to-peer: call " + f["ph"] + " option 3 within 14 days of the date of this notice to discuss the "
           "case with the physician reviewer. A provider appeal may be filed within 60 days of the date of this "
           "notice. Urgent requests: 72 hours.", 9.2)
    d.line("Physician reviewer: Hollis Brandvold, MD, Cardiology", 9, h=6)
    return out(d)


def p2p_confirm(f) -> bytes:
    fd = lambda x: fdate(x, "upper")  # noqa: E731
    d = Page(footer=None)
    d.add_page()
    letterhead(d, RBM, "Peer-to-Peer Scheduling  |  " + f["fax"], "rule")
    d.line("PEER-TO-PEER DISCUSSION - SCHEDULED", 12, "B", h=7)
    d.pairs([("Confirmation date", fd(f["date"])), ("Case", f["case"]), ("Patient", f["member"]),
             ("Member ID", f["mid"]), ("Requesting physician", f"Dr. {f['doc']}"),
             ("Study", "Cardiac MRI (75561), planned " + fd(f["mri"])),
             ("Call scheduled", fd(f["p2p"]) + " at 12:15 PT")], label_w=50, size=9.5)
    d.ln(2)
    d.para("This confirms the time of your peer-to-peer call. The reviewer will call the number on file. If the "
           "discussion changes the determination, an updated notice will be sent. This is not a denial.", 9.3)
    return out(d)


def echo_approval(f) -> bytes:
    fd = lambda x: fdate(x, "dmy")  # noqa: E731
    d = Page(serif=True, footer="Page {n} of {nb}")
    d.add_page()
    letterhead(d, RBM, f"for {PLAN}  |  {f['ph']}", "right")
    d.line(fd(f["date2"]), 10, h=6)
    mail_to(d, [f["member"]] + f["addr"])
    d.line("Your imaging request is APPROVED", 13, "B", h=8)
    d.para(f"Dear {f['member'].split()[0]},", 10)
    d.para(f"Dr. {f['doc']} asked us to approve an echocardiogram. We approved it. Please keep this letter.", 10)
    d.table(["Authorization no.", "Service", "Approved for", "Valid through"],
            [[f["echo_case"], "CPT 93306 Transthoracic echo", fd(f["echo"]), fd(days(f["echo"], 60))]],
            [40, 60, 36, 38], size=9)
    d.pairs([("Member ID", f["mid"]), ("Group", f["grp"]), ("Place", f"{PRACT} echo lab")], label_w=35, size=9.5)
    d.ln(2)
    d.para("Approval is not a guarantee of payment; benefits depend on your eligibility on the date of service.", 8.8)
    signature(d, [RBM])
    return out(d)


def center_statement(f) -> bytes:
    fd = lambda x: fdate(x, "slash")  # noqa: E731
    d = Page(footer=None)
    d.add_page()
    letterhead(d, CENTER, "1200 Wharf Street, Suite 100, Coos Harbor, OR 97420  |  Billing (541) 555-0172", "bar",
               "Patient Statement")
    x = d.l_margin + 100
    y0 = d.get_y()
    mail_to(d, [f["member"]] + f["addr"], 9.5)
    d.set_y(y0)
    d.pairs([("Statement date", fd(f["date3"])), ("Account #", f["acct"]), ("Patient DOB", fd(f["dob"])),
             ("Insurance", PLAN), ("Policy #", f["mid"]), ("Ins. claim #", f["clm"])], label_w=30, size=8.8, x=x,
            h=4.8)
    d.ln(6)
    d.table(["Date", "Code", "Description", "Charges", "Ins. paid", "Adjust."],
            [[fd(f["mri"]), "75561", "MRI heart w/ contrast", usd(f["charge"], "nosign"), "0.00", "0.00"],
             [fd(f["mri"]), "A9585", "Gadobutrol 75 units", usd(f["contrast"], "nosign"), "0.00", "0.00"],
             [fd(f["eobd"]), "", f"{PLAN} - denied, not auth.", "", "", ""]], [24, 18, 62, 26, 22, 22], size=8.6,
            border=0)
    hline(d)
    d.ln(2)
    d.f(10, "B").cell(0, 6, f"Total charges {usd(f['total'])}     Amount due now {usd(f['total'])}",
                      new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.para(f"Reading physician: Selma Varga, MD. Ordered by Dr. {f['doc']}. Your insurance denied this claim. You "
           "signed a financial responsibility form before the scan. Call us to set up a payment plan.", 8.8)
    return out(d)


def eob(f) -> bytes:
    fd = lambda x: fdate(x, "abbr")  # noqa: E731
    d = Page(footer="Page {n} of {nb}", footer_left=f"{PLAN}  EOB-M 11/25")
    d.add_page()
    letterhead(d, PLAN, f"Member Services {f['ph']}  |  PO Box 7700, Portland, OR 97208", "center",
               "EXPLANATION OF BENEFITS - THIS IS NOT A BILL")
    y0 = d.get_y()
    mail_to(d, [f["member"]] + f["addr"], 9.3)
    d.set_y(y0)
    d.pairs([("Statement date", fd(f["eobd"])), ("Member ID", f["mid"]), ("Group #", f["grp"]),
             ("Plan", "PPO Select 1500"), ("Claims processed", f"{fd(days(f['eobd'], -30))} - {fd(f['eobd'])}")],
            label_w=34, size=8.6, x=d.l_margin + 95, h=4.8)
    d.ln(6)
    rows = []
    o1, o2 = days(f["mri"], -20), days(f["mri"], -9)
    claims = [(f["c1"], PRACT, o1, "99204 New pt visit", 385.0, 212.4, ""),
              (f["c2"], "Coastal Lab Services", o2, "84484/86140 Labs", 148.0, 61.25, ""),
              (f["clm"], CENTER, f["mri"], "75561 Cardiac MRI", f["charge"], 0.0, "M12"),
              (f["clm"], CENTER, f["mri"], "A9585 Contrast agent", f["contrast"], 0.0, "M12")]
    for c, p, dt_, svc, b, paid, code in claims:
        rows.append([c, p, fd(dt_), svc, usd(b, "nosign"), usd(paid, "nosign"), code or "-"])
    d.table(["Claim", "Provider", "Service date", "Service", "Billed", "Plan paid", "Code"], rows,
            [24, 46, 20, 36, 18, 18, 12], size=7.2)
    d.para(f"Claim {f['clm']} from {CENTER} (billed {usd(f['total'])}) was denied. Code M12: the service was not "
           f"medically necessary as determined by the plan's imaging review, case {f['case']}. You may owe the "
           "provider for this claim.", 8.8)
    d.para("Appeals: you may appeal within 180 days of the date of this statement. Urgent appeals are decided within "
           "72 hours. Deductible met: $1,500.00 of $1,500.00.", 8.6)
    return out(d)


def prose_letter(f) -> bytes:
    d = Page(serif=True, footer=None)
    d.add_page()
    letterhead(d, PLAN, "Claims Department, PO Box 7700, Portland, OR 97208", "rule")
    d.para(f"{fdate(f['eobd'], 'long')}", 10)
    mail_to(d, [f["member"]] + f["addr"])
    d.para(f"Dear {f['member']}:", 10)
    d.para(f"We are writing about the cardiac MRI you had at {CENTER} on {fdate(f['mri'], 'long')}. The imaging "
           f"center sent us claim number {f['clm']} for {usd(f['total'])}. We cannot pay this claim. Our imaging "
           f"review partner, {RBM}, reviewed the request under case {f['case']} before the scan and found it was "
           "not medically necessary because an echocardiogram had not been done first. The scan went ahead anyway.",
           10)
    d.para(f"Your member ID is {f['mid']} and your group number is {f['grp']}. The scan was ordered by Dr. {f['doc']}.",
           10)
    d.para("If you disagree, you may appeal within 180 days of the date of this letter. If your health is at risk, "
           f"you may ask for a decision within 72 hours. Call us at {f['ph']} with any questions.", 10)
    signature(d, ["Claims Review", PLAN], 10)
    return out(d)


def upheld(f) -> bytes:
    fd = lambda x: fdate(x, "iso")  # noqa: E731
    d = Page(footer="Page {n} of {nb}")
    d.add_page()
    letterhead(d, PLAN, "Appeals Unit  |  PO Box 7711, Portland, OR 97208  |  " + f["ph"], "bar")
    d.line("FIRST-LEVEL APPEAL DECISION", 12.5, "B", h=8)
    d.pairs([("Decision date", fd(f["appd"])), ("Appeal number", f["appeal"]), ("Claim number", f["clm"]),
             ("Member", f["member"]), ("ID", f["mid"]), ("Group", f["grp"]), ("Appeal received", fd(days(f["appd"], -24))),
             ("Service", f"Cardiac MRI with contrast, {fd(f['mri'])}"), ("Billed", usd(f["total"], "usd")),
             ("Provider", CENTER), ("Decision", "DENIAL UPHELD")], label_w=40, size=9.4, h=5.3)
    d.ln(2)
    d.para("A cardiologist who took no part in the first decision reviewed your appeal, the records from "
           f"Dr. {f['doc']} and guideline CIR-CARD-07. No echocardiogram was done before the MRI, and the records do "
           "not show why an echo could not answer the question. The MRI remains not medically necessary.", 9.5)
    d.para("You may ask for a second-level appeal within 60 days of the date of this letter. You may instead ask "
           "for external review within 4 months.", 9.5)
    signature(d, ["Appeals Coordinator", PLAN])
    return out(d)


def documents(rng: random.Random) -> list[Item]:
    f = facts(rng)
    f["date2"] = days(f["date"], 5)
    f["echo"] = days(f["date2"], rng.randint(4, 9))
    f["eobd"] = days(f["mri"], rng.randint(18, 30))
    f["date3"] = days(f["eobd"], rng.randint(6, 12))
    f["appd"] = days(f["eobd"], rng.randint(40, 55))
    f["c1"], f["c2"] = mixed(rng, "2026999999999"), mixed(rng, "2026999999999")
    rbm_alt = {"insurer": [PLAN]}
    A = T(f, RBM, "denial_letter", "medical_necessity", [f["case"]], days(f["date"], 180), svc=[f["mri"]],
          alts=dict(rbm_alt, provider=[PRACT]))
    B1 = T(f, RBM, "denial_letter", "medical_necessity", [f["case"]], days(f["date"], 60), svc=[f["mri"]],
           alts=dict(rbm_alt, provider=[PRACT]))
    B2 = T(f, RBM, "other", None, [f["case"]], svc=[f["mri"]], grp=False, alts=rbm_alt)
    C = T(f, RBM, "other", None, [f["echo_case"]], svc=[f["echo"]], date=f["date2"], alts=rbm_alt)
    D = T(f, PLAN, "other", None, [f["clm"]], amount=m2(f["total"]), svc=[f["mri"]], prov=CENTER, grp=False,
          date=f["date3"], uns=["insurer"], alts={"case_numbers": [[]]})
    E = T(f, PLAN, "eob", "medical_necessity", [f["clm"], f["case"]], days(f["eobd"], 180), amount=m2(f["total"]),
          svc=[f["mri"]], prov=CENTER, date=f["eobd"], alts={"case_numbers": [[f["clm"]]]})
    F = T(f, PLAN, "denial_letter", "medical_necessity", [f["clm"], f["case"]], days(f["eobd"], 180),
          amount=m2(f["total"]), svc=[f["mri"]], prov=CENTER, date=f["eobd"],
          alts={"provider": [f["doc"]], "case_numbers": [[f["clm"]]]})
    G = T(f, PLAN, "denial_letter", "medical_necessity", [f["appeal"], f["clm"]], days(f["appd"], 60),
          amount=m2(f["total"]), svc=[f["mri"]], prov=CENTER, date=f["appd"], alts={"provider": [f["doc"]]})
    p = FAMILY + "_"
    return [
        Item(p + "bd_member_notice", "born_digital", [(member_notice(f), A)]),
        Item(p + "fax_provider_p2p_stack", "fax_fine_g4", [(provider_notice(f), B1), (p2p_confirm(f), B2)],
             separators=["cover", None]),
        Item(p + "scan_echo_approval", "scan_clean_300", [(echo_approval(f), C)]),
        Item(p + "copy_center_statement", "photocopy", [(center_statement(f), D)]),
        Item(p + "lowres_three_claim_eob", "scan_lowres_150", [(eob(f), E)]),
        Item(p + "photo_prose_claim_letter", "phone_photo", [(prose_letter(f), F)]),
        Item(p + "rot_upheld_appeal", "rotated", [(upheld(f), G)]),
    ]
