"""Family 'tricare_dme_prior_authorization_denial_notice' (public-ish): an invented TRICARE regional contractor
refuses a supplier's claim for a segmental pneumatic compression pump (E0652) and full-leg appliance (E0667) for
lymphedema because no prior authorization was on file when the equipment was delivered, in the structure of the
public TRICARE notices (beneficiary and sponsor, DoD Benefits Number, reconsideration "postmarked or received within
90 days", formal review within 60 days of a reconsideration decision, TRICARE Explanation of Benefits with fiscal-
year deductible and catastrophic-cap panels).

Documents: the beneficiary's notice of denial (born digital); the supplier's delivery ticket (scan 300, denies
nothing); a three-claim TRICARE EOB refusing only the pump claim (photocopy); a standard-fax stack of a cover sheet,
the provider notice of denial and the supplier's reconsideration request, then a blank page; a prose-only letter
(phone photo); the reconsideration decision upholding the denial (rotated); an authorization approval for the
replacement appliance (150 dpi, denies nothing). Everything invented. Decoys: sponsor name and SSN last four, DOB,
NPI, TRICARE provider and ticket numbers, serial numbers, received dates, fiscal-year and catastrophic-cap amounts,
other claims, the $300 hearing threshold, formal-review limits, form numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from fpdf import FPDF

from capture import Item
from inv_kit import truth
from public_kit import Page, fdate, m2, money, out

FAMILY = "tricare_dme_prior_authorization_denial_notice"
LANG = "en"
SEED = 344000

CON = {"org": "Palisade Federal Health Partners", "tag": "TRICARE East Region Contractor",
       "addr": "PO Box 870316, Fort Lorimer, NA 29905", "phone": "1-800-555-0126",
       "web": "tricare-east.palisadefederal.example"}
SUP = ("Cobblestone Medical Supply", "1420 Depot Spur Road, Fort Lorimer, NA 29903", "(803) 555-0181")
MD = "Teodoro A. Villanueva"
PATIENTS = [("Wanda J. Kowalczyk", "Lamar T. Kowalczyk"), ("Colleen R. Dunleavy", "Kenji M. Dunleavy"),
            ("Paulette S. Rinaldi", "Clifford A. Rinaldi"), ("Rosalind N. Featherstone", "Obinna C. Featherstone"),
            ("Lucille H. Yarborough", "Tobias E. Yarborough"), ("Nadia V. Blackwood", "Esteban L. Blackwood"),
            ("Beatriz O. Salcedo", "Harold G. Salcedo")]
RANKS = ["SSgt", "SFC", "PO1", "MSgt", "CW2", "Capt", "SGM"]


def dg(r, n):
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def fd(d, ds):
    if ds == "updash":
        return d.strftime("%d-%b-%Y").upper()
    return fdate(d, ds)


def base(r, i):
    notice = dt.date(2026, 1, 8) + dt.timedelta(days=r.randint(0, 105))
    dos = notice - dt.timedelta(days=r.randint(20, 45))
    pump = r.choice([5840.00, 6125.50, 6480.00, 6912.25])
    sleeve = r.choice([588.00, 612.00, 645.75])
    who, sponsor = PATIENTS[i]
    icn = "2026" + dg(r, 10)
    return dict(notice=notice, dos=dos, recv=dos + dt.timedelta(days=r.randint(4, 10)), pump=pump, sleeve=sleeve,
                total=round(pump + sleeve, 2), icn=icn, icn_sp=f"{icn[:4]} {icn[4:8]} {icn[8:11]} {icn[11:]}",
                dbn=dg(r, 11), ssn4=dg(r, 4), who=who, sponsor=f"{r.choice(RANKS)} {sponsor}",
                npi="1" + dg(r, 9), tpn=dg(r, 9) + "00", ticket="DT-" + dg(r, 6), serial="PC" + dg(r, 8),
                dob=dt.date(r.randint(1956, 1992), r.randint(1, 12), r.randint(1, 28)),
                street=f"{r.randint(100, 9800)} {r.choice(['Bastion Loop', 'Reveille Ct', 'Longleaf Pine Dr'])}")


def dbn_spaced(f):
    return f"{f['dbn'][:4]} {f['dbn'][4:8]} {f['dbn'][8:]}"


def letterhead(p, center=False):
    al = "C" if center else "L"
    p.f(8, "B")
    p.cell(0, 4, "TRICARE\u00ae  |  " + CON["tag"].upper(), align=al, new_x="LMARGIN", new_y="NEXT")
    p.f(15, "B")
    p.cell(0, 8, CON["org"], align=al, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{CON['addr']}   {CON['phone']}   {CON['web']}", align=al, new_x="LMARGIN", new_y="NEXT")
    y = p.get_y() + 1.5
    p.set_line_width(0.6)
    FPDF.line(p, p.l_margin, y, p.w - p.r_margin, y)
    p.set_line_width(0.2)
    p.ln(6)


def addr(p, f):
    p.para(f"{f['who']}\n{f['street']}\nFort Lorimer, NA 29907", 10)


ITEMS_TXT = "E0652 pneumatic compressor, segmental, calibrated gradient pressure; E0667 full-leg appliance"


def notice(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="PFHP-NOD-B (10/2025)")
    p.add_page()
    letterhead(p)
    p.line(fd(f["notice"], ds), 10)
    p.ln(2)
    addr(p, f)
    p.heading("NOTICE OF DENIAL OF PAYMENT", 13, rule=True)
    p.pairs([("Beneficiary", f["who"]), ("DoD Benefits Number", f["dbn"]),
             ("Sponsor", f"{f['sponsor']} (SSN XXX-XX-{f['ssn4']})"), ("Beneficiary DOB", fd(f["dob"], ds)),
             ("TRICARE plan", "TRICARE Prime"), ("Claim number", f["icn"]), ("Claim received", fd(f["recv"], ds)),
             ("Supplier", f"{SUP[0]} (TRICARE provider no. {f['tpn']})"), ("Ordered by", f"Dr. {MD}"),
             ("Equipment", "Pneumatic compression pump and full-leg appliance"),
             ("Date delivered", fd(f["dos"], ds)), ("Amount billed", money(f["total"], "plain"))], 44, 9.5)
    p.ln(2)
    p.heading("Why we denied payment", 11)
    p.para("TRICARE requires prior authorization from the regional contractor for pneumatic compression devices "
           "(HCPCS E0650-E0652) before they are delivered. We have no approved authorization for this equipment "
           "for the delivery date shown. Because prior authorization was not obtained, TRICARE cannot pay the claim "
           "(32 CFR 199.4 and the TRICARE Policy Manual, Chapter 8). A network supplier may not bill you for "
           "equipment it delivered without the required authorization unless you agreed in writing to pay.", 9.5)
    p.heading("Your right to request a reconsideration", 11)
    p.para("If you disagree, you may ask for a reconsideration. Your request must be postmarked or received within "
           "90 days of the date of this notice. Send a copy of this notice and any records (for example, the "
           "physician's order and lymphedema therapy notes) to: Reconsiderations, " + CON["org"] + ", " + CON["addr"]
           + ". Health Care Finder and claims questions: " + CON["phone"] + ".", 9.5)
    return out(p)


def ticket(f, ds):
    p = Page(footer=None, footer_left=f"{SUP[0]}  NPI {f['npi']}  Accredited DMEPOS supplier")
    p.add_page()
    p.f(14, "B")
    p.cell(120, 7, SUP[0].upper())
    p.f(12, "B")
    p.cell(0, 7, "DELIVERY TICKET", align="R", new_x="LMARGIN", new_y="NEXT")
    p.f(8.5)
    p.cell(120, 4.5, SUP[1])
    p.cell(0, 4.5, "Ticket " + f["ticket"], align="R", new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 4.5, "Phone " + SUP[2], new_x="LMARGIN", new_y="NEXT")
    p.ln(5)
    y = p.get_y()
    p.pairs([("Deliver to", f["who"]), ("Address", f["street"]), ("Birth date", fd(f["dob"], ds)),
             ("Phone", f"(803) 555-0{dg(random.Random(f['dbn']), 3)}")], 28, 9)
    yl = p.get_y()
    p.set_y(y)
    p.pairs([("Delivery date", fd(f["dos"], ds)), ("Payer", "TRICARE Prime (East)"), ("DBN", dbn_spaced(f)),
             ("Prior auth no.", "pending"), ("Ordering MD", MD)], 30, 9, x=108)
    p.set_y(max(yl, p.get_y()) + 4)
    rows = [["E0652", "Pneumatic compressor, segmental, gradient", f["serial"], "1", money(f["pump"], "nosign")],
            ["E0667", "Segmental appliance, full leg", "-", "1", money(f["sleeve"], "nosign")],
            ["", "Setup and instruction (no charge)", "-", "1", "0.00"],
            ["", "TOTAL CHARGES", "", "", money(f["total"], "nosign")]]
    p.table(["HCPCS", "Item", "Serial", "Qty", "Charge"], rows, [22, 80, 30, 12, 30], size=8.5,
            aligns=["L", "L", "L", "C", "R"], bold_last=True)
    p.para("I received the equipment listed above in good condition and was shown how to use and clean it. I "
           "understand that my claim will be sent to TRICARE.", 9)
    p.para("Patient or caregiver signature: ______________________   Delivered by: R. Okafor, technician", 9)
    return out(p)


def eob(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="TRICARE EOB  PFHP-EOB-3")
    p.add_page()
    letterhead(p, center=True)
    p.line("TRICARE EXPLANATION OF BENEFITS", 13, "B", align="C")
    p.line("This is a statement of action taken on your TRICARE claims. THIS IS NOT A BILL.", 8.5, align="C")
    p.ln(3)
    p.boxed_pairs([("Date of this EOB", fd(f["notice"], ds)), ("Sponsor", f"{f['sponsor']}   SSN XXX-XX-{f['ssn4']}"),
                   ("Beneficiary", f"{f['who']}   DBN {dbn_spaced(f)}"), ("Plan", "TRICARE Prime - Active Duty Family Member")],
                  45, 9)
    rows = []
    for c, prov, d, svc, b, allowed, paid, code in f["claims"]:
        rows.append([c, prov, fd(d, ds), svc, money(b, "nosign"), money(allowed, "nosign"), money(paid, "nosign"),
                     code])
    p.table(["Claim number", "Provider", "Service date", "Service", "Billed", "Allowed", "TRICARE paid", "Rmk"],
            rows, [27, 41, 17, 37, 15, 14, 17, 8], size=6.8)
    p.para(f"**Remarks**\n01 - Processed under TRICARE Prime; no cost share for active duty family members.\n"
           f"47 - Denied. This equipment needs prior authorization and none was on file when it was delivered. "
           f"Claim {f['icn_sp']} for {money(f['total'], 'plain')} is not payable.", 8.5)
    p.boxed_pairs([("FY2026 deductible met", "$0.00 of $0.00"), ("Catastrophic cap met", "$212.00 of $1,176.00")],
                  55, 8.5, 5.6)
    p.para("**Appeal rights.** If you disagree with the denial, you may request a reconsideration. Your request must "
           "be postmarked or received within 90 days of the date of this EOB. Include a copy of this EOB.", 8.5)
    return out(p)


def provider_notice(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="PFHP-PND-7")
    p.add_page()
    letterhead(p)
    p.line("PROVIDER NOTICE OF DENIAL - PRIOR AUTHORIZATION NOT ON FILE", 11, "B")
    p.line(f"TO: {SUP[0].upper()}   TRICARE PROV NO {f['tpn']}   FAX {SUP[2]}", 8.5)
    p.ln(2)
    p.table(["NOTICE DATE", "ICN", "BENEFICIARY", "DBN", "DOS", "BILLED"],
            [[fd(f["notice"], ds), f["icn"], f["who"].upper(), f["dbn"], fd(f["dos"], ds), money(f["total"], "usd")]],
            [24, 32, 42, 26, 24, 26], size=7.8)
    p.para(f"ORDERING: {MD.upper()}  NPI {f['npi']}.  RECEIVED {fd(f['recv'], ds)}.  LINE 1 E0652, LINE 2 E0667: "
           "DENIED - CARC 197 PRECERTIFICATION/AUTHORIZATION ABSENT. RARC N54. THE BENEFICIARY IS NOT LIABLE "
           "UNLESS A SIGNED WAIVER NAMING THESE ITEMS WAS OBTAINED BEFORE DELIVERY.", 8.5)
    p.para("A RECONSIDERATION MAY BE REQUESTED. IT MUST BE POSTMARKED OR RECEIVED WITHIN 90 DAYS OF THE DATE OF THIS "
           "NOTICE. RETROACTIVE AUTHORIZATION REQUESTS ARE NOT REVIEWED ON THE CLAIM.", 8.5)
    return out(p)


def recon_request(f, ds):
    p = Page(serif=True, footer=None)
    p.add_page()
    p.line(SUP[0], 14, "B")
    p.line(SUP[1] + "  |  " + SUP[2], 8.5)
    p.ln(5)
    p.line(fd(f["rdate"], ds), 10)
    p.ln(2)
    p.para(f"Reconsiderations\n{CON['org']}\n{CON['addr']}", 10)
    p.para(f"Re: Request for reconsideration, ICN {f['icn']}; beneficiary {f['who']}, DBN {f['dbn']}", 10)
    p.para(f"We delivered a segmental gradient compression pump and full-leg appliance to the beneficiary on "
           f"{fd(f['dos'], ds)} on the order of Dr. {MD} and billed {money(f['total'], 'plain')}. Our intake staff "
           "submitted the authorization request through the provider portal before delivery, but the request was "
           "returned for a missing lymphedema therapy note that we did not see. Enclosed are the order, four weeks "
           "of therapy notes and limb measurements. We ask that the claim be reconsidered.", 10)
    p.para(f"Sincerely,\n\nMarguerite S. Aldana\nReimbursement Manager, {SUP[0]}", 10)
    return out(p)


def prose(f, ds):
    p = Page(serif=True, footer=None)
    p.add_page()
    letterhead(p)
    p.line(fd(f["notice"], ds), 10)
    p.ln(3)
    addr(p, f)
    p.para(f"Dear {f['who'].split()[0]} {f['who'].split()[-1]}:", 10)
    p.para(f"We are writing about the compression pump and leg appliance that {SUP[0]} delivered to your home on "
           f"{fd(f['dos'], ds)}. The supplier sent TRICARE a claim for {money(f['total'], 'plain')}, and we "
           f"processed it as claim number {f['icn']} under your DoD Benefits Number {f['dbn']}.", 10)
    p.para("We denied this claim. A pneumatic compression pump is covered only when the regional contractor "
           "approves it before it is delivered, and no approval had been requested or given for this equipment. "
           "Because the supplier is a TRICARE network provider, it should not bill you for it unless you signed an "
           "agreement to pay before delivery.", 10)
    p.para("If you disagree, you may ask us to reconsider. Your request must be postmarked or received within 90 "
           f"days of the date of this letter. You can also call us at {CON['phone']} and ask for the prior "
           "authorization team; your doctor may still ask for an authorization for equipment not yet delivered.", 10)
    p.para(f"Sincerely,\nBeneficiary Claims Services\n{CON['org']}", 10)
    return out(p)


def recon_decision(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="PFHP-RCN-2")
    p.add_page()
    letterhead(p)
    p.line(fd(f["ddate"], ds), 10)
    p.ln(2)
    addr(p, f)
    p.heading("RECONSIDERATION DECISION", 13, rule=True)
    p.boxed_pairs([("Reconsideration no.", f["rcn"]), ("Claim number (ICN)", f["icn"]), ("Beneficiary", f["who"]),
                   ("DBN", f["dbn"]), ("Sponsor", f["sponsor"]), ("Supplier", SUP[0]),
                   ("Date of service", fd(f["dos"], ds)), ("Amount in dispute", money(f["total"], "plain")),
                   ("Request received", fd(f["rrecv"], ds))], 48, 9)
    p.para("**Decision: the initial denial is upheld.** A reviewer who took no part in the first decision looked at "
           "the supplier's request, the physician's order and the therapy notes. The records show the authorization "
           "request was returned as incomplete and was not resubmitted before delivery. TRICARE does not pay for "
           "equipment that requires prior authorization when none was approved before it was furnished.", 9.5)
    p.para("**If you still disagree.** You may request a formal review by the Defense Health Agency. Your request "
           "must be postmarked or received within 60 days of the date of this decision. If the amount in dispute is "
           "$300 or more, a hearing may be available after the formal review.", 9.5)
    return out(p)


def approval(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="PFHP-AUTH-1")
    p.add_page()
    letterhead(p)
    p.line("Date: " + fd(f["adate"], ds), 10)
    p.ln(2)
    addr(p, f)
    p.heading("Authorization approved", 13, rule=True)
    p.pairs([("Authorization no.", f["auth"]), ("Beneficiary", f["who"]), ("DBN", f["dbn"]),
             ("Requested by", f"Dr. {MD}"), ("Supplier", SUP[0]), ("Approved item", "E0667 full-leg appliance, replacement"),
             ("Valid from - through", f"{fd(f['from'], ds)} - {fd(f['thru'], ds)}"),
             ("Request received", fd(f["arecv"], ds))], 42, 9.5)
    p.ln(2)
    p.para("We approved this request. The supplier must deliver the item within the dates shown and put the "
           "authorization number on its claim. This approval is not a guarantee of payment; the beneficiary must be "
           "eligible for TRICARE on the date of delivery.", 10)
    return out(p)


ITEMS = [
    ("bd_beneficiary_notice_of_denial", "born_digital", "notice", "long"),
    ("scan300_supplier_delivery_ticket", "scan_clean_300", "ticket", "slash"),
    ("copy_tricare_eob_three_claims", "photocopy", "eob", "dmy"),
    ("faxstd_stack_provider_denial_and_reconsideration_request", "fax_standard_g4", "stack", "updash"),
    ("photo_prose_beneficiary_letter", "phone_photo", "prose", "abbr"),
    ("rotated_reconsideration_decision_upheld", "rotated", "decision", "iso"),
    ("lowres_replacement_appliance_authorization_approved", "scan_lowres_150", "approval", "upper"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ds) in enumerate(ITEMS):
        r = random.Random(SEED + i)
        f = base(r, i)
        name = f"{FAMILY}_{suffix}"
        nd = f["notice"].isoformat()
        dl90 = (f["notice"] + dt.timedelta(days=90)).isoformat()
        dos = [f["dos"].isoformat()]
        amt = m2(f["total"])
        common = dict(insurer=CON["org"], member_id=f["dbn"], member_name=f["who"], provider=SUP[0])
        alt_md = {"provider": [f"Dr. {MD}", MD]}
        if kind == "notice":
            t = truth("denial_letter", "prior_authorization", case_numbers=[f["icn"]], claim_amount=amt,
                      service_dates=dos, denial_date=nd, appeal_deadline=dl90, alternates=alt_md, **common)
            items.append(Item(name, cond, [(notice(f, ds), t)]))
        elif kind == "ticket":
            t = truth("other", None, claim_amount=amt, service_dates=dos, denial_date=f["dos"].isoformat(),
                      unscored=["insurer"], **dict(common, insurer=None))
            items.append(Item(name, cond, [(ticket(f, ds), t)]))
        elif kind == "eob":
            r2 = random.Random(SEED + 50)
            f["claims"] = [("2026" + dg(r2, 10), "Sandhill Lymphedema Clinic", f["dos"] - dt.timedelta(days=12),
                            "Manual lymph drainage 97140", 312.00, 188.64, 188.64, "01"),
                           (f["icn_sp"], SUP[0], f["dos"], "E0652 + E0667", f["total"], 0.0, 0.0, "47"),
                           ("2026" + dg(r2, 10), f"Dr. {MD}", f["dos"] + dt.timedelta(days=6),
                            "Office visit 99214", 226.00, 131.87, 131.87, "01")]
            t = truth("eob", "prior_authorization", case_numbers=[f["icn"]], claim_amount=amt, service_dates=dos,
                      denial_date=nd, appeal_deadline=dl90, **common)
            items.append(Item(name, cond, [(eob(f, ds), t)]))
        elif kind == "stack":
            f["rdate"] = f["notice"] + dt.timedelta(days=r.randint(9, 20))
            t1 = truth("denial_letter", "prior_authorization", case_numbers=[f["icn"]], claim_amount=amt,
                       service_dates=dos, denial_date=nd, appeal_deadline=dl90, **common)
            t2 = truth("other", None, case_numbers=[f["icn"]], claim_amount=amt, service_dates=dos,
                       denial_date=f["rdate"].isoformat(), unscored=["insurer"], **dict(common, insurer=None))
            items.append(Item(name, cond, [(provider_notice(f, ds), t1), (recon_request(f, ds), t2)],
                              separators=["cover", "blank"]))
        elif kind == "prose":
            t = truth("denial_letter", "prior_authorization", case_numbers=[f["icn"]], claim_amount=amt,
                      service_dates=dos, denial_date=nd, appeal_deadline=dl90, **common)
            items.append(Item(name, cond, [(prose(f, ds), t)]))
        elif kind == "decision":
            f["ddate"] = f["notice"]
            f["rcn"] = "RC-" + dg(r, 8)
            f["rrecv"] = f["notice"] - dt.timedelta(days=r.randint(15, 30))
            t = truth("denial_letter", "prior_authorization", case_numbers=[f["rcn"], f["icn"]], claim_amount=amt,
                      service_dates=dos, denial_date=nd,
                      appeal_deadline=(f["notice"] + dt.timedelta(days=60)).isoformat(), **common)
            items.append(Item(name, cond, [(recon_decision(f, ds), t)]))
        else:
            f["adate"] = f["notice"]
            f["auth"] = "PA" + dg(r, 9)
            f["arecv"] = f["notice"] - dt.timedelta(days=r.randint(3, 8))
            f["from"] = f["notice"] + dt.timedelta(days=2)
            f["thru"] = f["from"] + dt.timedelta(days=89)
            t = truth("other", None, case_numbers=[f["auth"]], service_dates=[iso2(f["from"], f["thru"])],
                      denial_date=nd, alternates={"provider": [f"Dr. {MD}", MD]}, **common)
            items.append(Item(name, cond, [(approval(f, ds), t)]))
    return items


def iso2(a, b):
    return f"{a.isoformat()}/{b.isoformat()}"
