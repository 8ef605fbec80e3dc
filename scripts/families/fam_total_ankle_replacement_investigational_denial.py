"""Family 'total_ankle_replacement_investigational_denial': an invented commercial plan refuses a total ankle
arthroplasty (CPT 27702) for end-stage post-traumatic ankle arthritis because the member does not meet its
medical policy criteria and the requested third-generation mobile-bearing implant is considered investigational.

Documents: the plan's pre-service denial (born digital, ruled label boxes and a decision table); the surgeon's
letter of medical necessity (scan, denies nothing); the hospital's pre-service financial clearance letter
postponing surgery (low resolution, denies nothing); a fine-fax stack (typed cover, the plan's provider notice,
the surgeon's appeal request); the upheld first-level appeal told in sentences (photocopy); a member EOB with
three claims, only the surgeon's arthroplasty claim refused (phone photo); the approval of an ankle arthrodesis
instead (sideways, denies nothing). Everything invented. Decoys: DOB, NPI, request-received and injury dates,
policy and form numbers, 72-hour and 4-month external-review limits, other claims, account numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from public_kit import Page, m2, money, out

FAMILY = "total_ankle_replacement_investigational_denial"
LANG = "en"
SEED = 344800

PLAN = {"org": "Thistlewood Mutual Health", "addr": "1450 Kestrel Park Blvd, Erie, PA 16509",
        "phone": "1-866-720-3351", "fax": "1-866-720-3390"}
SURGEON = ("Anselm G. Rutledge, MD", "Anselm G. Rutledge", "Lakefront Foot & Ankle Specialists")
HOSPITAL = "Presque Isle General Hospital"
PEOPLE = ["Gideon F. Lomax", "Ingrid W. Nakamura", "Percy H. Greer", "Odette M. Prescott", "Rufus J. Winslow",
          "Sunita K. Dubois", "Colin B. Tanaka"]


def dg(r, n):
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def fd(d, s):
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%-d %b %Y"), "upper": d.strftime("%d-%b-%Y").upper(), "dash": d.strftime("%m-%d-%Y"),
            "abbr": d.strftime("%b %-d, %Y"), "dmyl": d.strftime("%-d %B %Y")}[s]


def base(r):
    notice = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 140))
    return dict(notice=notice, surg=notice + dt.timedelta(days=r.randint(18, 40)),
                recv=notice - dt.timedelta(days=r.randint(4, 11)), req="TMH-PA-" + dg(r, 7),
                mid="TMW" + dg(r, 9), group="00" + dg(r, 5), plan="TMH-EPO-" + r.choice(["750", "1500", "2000"]),
                dob=dt.date(r.randint(1952, 1980), r.randint(1, 12), r.randint(1, 28)), npi="1" + dg(r, 9),
                injury=dt.date(r.randint(2008, 2018), r.randint(1, 12), r.randint(1, 28)), acct="PIG" + dg(r, 8))


def letterhead(p, sub="Clinical Review Department"):
    p.line(PLAN["org"].upper(), 15, "B")
    p.line(f"{sub}  *  {PLAN['addr']}", 8.5)
    p.line(f"Customer Service {PLAN['phone']}  *  Fax {PLAN['fax']}", 8.5)
    p.ln(5)


def denial_bd(f):
    p = Page(footer="Page {n} of {nb}", footer_left="TMH-UM-107 (01/26)")
    p.add_page()
    letterhead(p)
    p.para(f"{f['member']}\n{f['street']}\nErie, PA 16506", 10)
    p.heading("ADVERSE BENEFIT DETERMINATION - PRE-SERVICE", 12.5, rule=True)
    p.boxed_pairs([("Notice date", fd(f["notice"], "long")), ("Member", f["member"]), ("Member ID", f["mid"]),
                   ("Group", f["group"]), ("Plan", f["plan"]), ("Date of birth", fd(f["dob"], "slash")),
                   ("Reference number", f["req"]), ("Received", fd(f["recv"], "long")),
                   ("Requesting provider", f"{SURGEON[0]}  NPI {f['npi']}"), ("Facility", HOSPITAL)], 50, 9)
    p.table(["Procedure", "Code", "Scheduled", "Determination"],
            [["Total ankle arthroplasty, mobile-bearing implant", "27702", fd(f["surg"], "long"), "DENIED"]],
            [82, 18, 38, 36], size=8.5)
    p.heading("Reason for our decision", 11)
    p.para("Medical Policy MP-ORTHO-062 (Total Ankle Replacement) covers total ankle arthroplasty with implants "
           "that have FDA premarket approval for the requested use, in members who meet all listed criteria. "
           "The implant requested is a mobile-bearing device used outside its approved labeling, which the policy "
           "considers investigational. The records also do not show adequate bone stock on imaging or a body "
           "mass index under 35. The service is therefore not covered.", 9.5)
    p.heading("Appeal rights", 11)
    p.para("You, or your doctor with your written consent, may appeal within 180 days of the date of this notice. "
           "Urgent appeals are decided within 72 hours. After a final internal decision you may request external "
           "review within 4 months.", 9)
    return out(p)


def surgeon_letter(f):
    p = Page(serif=True, footer=None)
    p.add_page()
    p.line(SURGEON[2], 14, "B")
    p.line("3300 Peach Street, Suite 210, Erie, PA 16508   Tel 1-814-555-0142   Fax 1-814-555-0149", 8.5)
    p.ln(6)
    p.line(fd(f["letter"], "long"), 10)
    p.ln(2)
    p.para(f"{PLAN['org']}\nAttn: Clinical Review Department\n{PLAN['addr']}", 10)
    p.pairs([("Re", f["member"]), ("Member ID", f["mid"]), ("DOB", fd(f["dob"], "slash")),
             ("Procedure", "Total ankle arthroplasty (27702), right"), ("Planned date", fd(f["surg"], "long"))],
            32, 9.5)
    p.ln(2)
    p.para("Letter of Medical Necessity", 11)
    p.para(f"I am writing on behalf of my patient, who developed end-stage post-traumatic arthritis of the right "
           f"ankle after a fracture on {fd(f['injury'], 'long')}. Over two years of bracing, activity changes, "
           "anti-inflammatory medicine and two corticosteroid injections have not helped. Weight-bearing films "
           "show bone-on-bone tibiotalar narrowing with preserved subtalar and talonavicular joints. I recommend "
           "total ankle arthroplasty rather than fusion to preserve motion and protect the adjacent joints.", 10)
    p.para(f"Sincerely,\n\n{SURGEON[0]}\nNPI {f['npi']}", 10)
    return out(p)


def hospital_letter(f):
    p = Page(footer=None)
    p.add_page()
    p.line(HOSPITAL, 14, "B")
    p.line("Patient Financial Clearance  -  201 State Street, Erie, PA 16501  -  1-814-555-0170", 8.5)
    p.ln(5)
    p.pairs([("Date", fd(f["notice"], "dash")), ("Patient", f["member"]), ("Account", f["acct"]),
             ("Insurance", PLAN["org"]), ("Policy #", f["mid"]), ("Surgeon", SURGEON[0]),
             ("Scheduled procedure", "Right total ankle replacement"), ("Scheduled date", fd(f["surg"], "dash"))],
            44, 9.5)
    p.ln(2)
    p.para(f"Dear {f['member'].split()[0]} {f['member'].split()[-1]},", 10)
    p.para("Before any planned surgery we confirm that your insurance has approved it. Your insurance has told "
           "us the authorization for this procedure was not approved. We have moved your surgery off the "
           "schedule until your surgeon's office and your plan resolve this. If you choose to go ahead without "
           "approval you may be responsible for the full cost; please call us to discuss self-pay options.", 10)
    p.para("Financial Clearance Team", 10)
    return out(p)


def provider_fax(f):
    p = Page(footer="Page {n} of {nb}", footer_left="TMH-PRV-22")
    p.add_page()
    letterhead(p, "Utilization Management - Provider Notification")
    p.line("PROVIDER NOTIFICATION OF DENIAL", 12, "B")
    p.pairs([("Sent", fd(f["notice"], "upper")), ("To", f"{SURGEON[0]} / {SURGEON[2]}"), ("NPI", f["npi"]),
             ("Member", f["member"]), ("ID", f["mid"]), ("DOB", fd(f["dob"], "upper")), ("Case", f["req"]),
             ("Service", "27702 Arthroplasty, ankle; total"), ("Date of service", fd(f["surg"], "upper")),
             ("Outcome", "Denied - investigational device / criteria not met (MP-ORTHO-062)")], 34, 9.5)
    p.ln(2)
    p.para("A peer-to-peer discussion may be scheduled within 7 days of this notification by calling "
           f"{PLAN['phone']}, option 4. A provider appeal with member consent must be filed within 180 days of "
           "this notification.", 9)
    return out(p)


def appeal_req(f):
    p = Page(serif=True, footer=None)
    p.add_page()
    p.line(SURGEON[2], 13, "B")
    p.line("3300 Peach Street, Suite 210, Erie, PA 16508", 8.5)
    p.ln(5)
    p.line(fd(f["appeal"], "upper"), 10)
    p.ln(2)
    p.para(f"To: {PLAN['org']} Appeals\nRe: {f['member']}, ID {f['mid']}, case {f['req']}", 10)
    p.para("Please accept this first-level appeal. The implant we plan to use will be the fixed-bearing "
           "model with FDA premarket approval; the mobile-bearing device named in the request was an error in "
           "our scheduling template. Updated CT imaging showing adequate talar bone stock is attached.", 10)
    p.para(f"{SURGEON[0]}", 10)
    return out(p)


def upheld(f):
    p = Page(serif=True, footer=None)
    p.add_page()
    letterhead(p, "Appeals and Grievances")
    p.line(fd(f["notice"], "dmyl"), 10)
    p.ln(3)
    p.para(f"{f['member']}\n{f['street']}\nErie, PA 16506", 10)
    p.para(f"Dear {f['member'].split()[0]} {f['member'].split()[-1]}:", 10)
    p.para(f"We have completed our review of the appeal your surgeon, {SURGEON[1]}, filed on "
           f"{fd(f['appeal'], 'dmyl')} for the total ankle replacement planned for {fd(f['surg'], 'dmyl')} at "
           f"{HOSPITAL}. Your appeal number is {f['apl']}; the original request was {f['req']}. Your membership "
           f"number is {f['mid']}.", 10)
    p.para("An orthopaedic surgeon who was not involved in the first decision reviewed the file. The updated "
           "imaging still shows avascular change of the talus, and our medical policy does not consider ankle "
           "replacement proven in that setting; it remains investigational for you. We are upholding our "
           "denial.", 10)
    p.para("If you disagree, you may ask for a second-level appeal within 60 days of the date of this letter. You "
           "may also ask for an independent external review within 4 months of this letter. Urgent requests "
           f"are handled within 72 hours. Call {PLAN['phone']} with questions.", 10)
    p.para("Sincerely,\nAppeals and Grievances", 10)
    return out(p)


def eob(f):
    p = Page(footer="{n} of {nb}", footer_left="TMH-EOB-M")
    p.add_page()
    p.line(PLAN["org"], 15, "B")
    p.line("Explanation of Benefits  -  This is not a bill", 10.5, "B")
    p.ln(1)
    p.pairs([("Statement date", fd(f["notice"], "abbr")), ("Member", f["member"]), ("ID", f["mid"]),
             ("Group", f["group"]), ("Claims processed", f["period"])], 36, 9)
    p.ln(2)
    for cl, prov, d, desc, ch, allowed, paid, code in f["claims"]:
        p.line(f"Claim {cl}  -  {prov}", 9, "B")
        p.table(["Date", "Service", "Amount billed", "Allowed", "Plan paid", "Code"],
                [[fd(d, "abbr"), desc, money(ch), money(allowed), money(paid), code]], [26, 62, 26, 22, 22, 16],
                size=8)
    p.para("Code X61: The device or procedure is investigational under the plan's medical policy and is not "
           "covered. You may appeal within 180 days of the date of this statement. Code 00: paid at the "
           "in-network rate.", 8)
    return out(p)


def approval(f):
    p = Page(footer="Page {n} of {nb}")
    p.add_page()
    letterhead(p)
    p.line(fd(f["notice"], "dmy"), 10)
    p.ln(2)
    p.heading("Authorization Approved", 13)
    p.pairs([("Member", f["member"]), ("Member ID", f["mid"]), ("Authorization", f["req"]),
             ("Surgeon", SURGEON[0]), ("Facility", HOSPITAL),
             ("Approved", "27870 Arthrodesis, ankle, open"), ("Scheduled", fd(f["surg"], "dmy")),
             ("Valid through", fd(f["surg"] + dt.timedelta(days=90), "dmy"))], 40, 9.5)
    p.ln(2)
    p.para("We approved the ankle fusion your surgeon requested after the earlier ankle replacement request was "
           "not approved. This approval is based on the information we received and on your eligibility on the "
           "date of service.", 9.5)
    return out(p)


ITEMS = [("bd_preservice_denial_boxes", "born_digital", "bd"),
         ("scan300_surgeon_medical_necessity_letter", "scan_clean_300", "surgeon"),
         ("lowres_hospital_financial_clearance_letter", "scan_lowres_150", "hospital"),
         ("faxfine_stack_provider_notice_appeal_request", "fax_fine_g4", "stack"),
         ("copy_upheld_appeal_prose", "photocopy", "upheld"),
         ("photo_eob_three_claims_tar_denied", "phone_photo", "eob"),
         ("rotated_arthrodesis_approval", "rotated", "approval")]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind) in enumerate(ITEMS):
        r = random.Random(SEED + i)
        f = base(r)
        f["member"] = PEOPLE[i]
        f["street"] = f"{r.randint(100, 9800)} Millcreek Pike"
        name = f"{FAMILY}_{suffix}"
        nd, sd = f["notice"].isoformat(), f["surg"].isoformat()
        d180 = (f["notice"] + dt.timedelta(days=180)).isoformat()
        alt = {"provider": [SURGEON[2]]}
        common = dict(insurer=PLAN["org"], member_id=f["mid"], member_name=f["member"], provider=SURGEON[1])
        if kind == "bd":
            t = truth("denial_letter", "experimental", group_number=f["group"], plan_id=f["plan"],
                      case_numbers=[f["req"]], service_dates=[sd], denial_date=nd, appeal_deadline=d180,
                      alternates=alt, denial_alternates=["not_covered", "medical_necessity"], **common)
            items.append(Item(name, cond, [(denial_bd(f), t)]))
        elif kind == "surgeon":
            f["letter"] = f["notice"] - dt.timedelta(days=r.randint(12, 20))
            t = truth("other", None, service_dates=[sd], denial_date=f["letter"].isoformat(), unscored=["insurer"],
                      alternates={**alt, "service_dates": [[]]}, **common)
            items.append(Item(name, cond, [(surgeon_letter(f), t)]))
        elif kind == "hospital":
            t = truth("other", None, service_dates=[sd], denial_date=nd, unscored=["insurer"],
                      alternates={"provider": [HOSPITAL], "service_dates": [[]]}, **common)
            items.append(Item(name, cond, [(hospital_letter(f), t)]))
        elif kind == "stack":
            f["appeal"] = f["notice"] + dt.timedelta(days=r.randint(6, 15))
            t1 = truth("denial_letter", "experimental", case_numbers=[f["req"]], service_dates=[sd], denial_date=nd,
                       appeal_deadline=d180, alternates=alt, denial_alternates=["not_covered", "medical_necessity"],
                       **common)
            t2 = truth("other", None, case_numbers=[f["req"]], denial_date=f["appeal"].isoformat(),
                       unscored=["insurer"], alternates=alt, **common)
            items.append(Item(name, cond, [(provider_fax(f), t1), (appeal_req(f), t2)], separators=["cover", None]))
        elif kind == "upheld":
            f["appeal"] = f["notice"] - dt.timedelta(days=r.randint(20, 28))
            f["surg"] = f["notice"] + dt.timedelta(days=r.randint(20, 35))
            f["apl"] = "AG-" + dg(r, 8)
            t = truth("denial_letter", "experimental", case_numbers=[f["apl"], f["req"]],
                      service_dates=[f["surg"].isoformat()], denial_date=nd,
                      appeal_deadline=(f["notice"] + dt.timedelta(days=60)).isoformat(), alternates=alt,
                      denial_alternates=["not_covered"], **common)
            items.append(Item(name, cond, [(upheld(f), t)]))
        elif kind == "eob":
            r2 = random.Random(SEED + 70)
            d0 = f["notice"] - dt.timedelta(days=r.randint(25, 40))
            f["period"] = f"{fd(f['notice'] - dt.timedelta(days=30), 'abbr')} - {fd(f['notice'] - dt.timedelta(days=1), 'abbr')}"
            tar = 6400 + r.randint(0, 3000) + 0.50
            den = ("T" + dg(r, 11), SURGEON[2], d0, "27702 Total ankle arthroplasty", tar, 0.0, 0.0, "X61")
            f["claims"] = [("T" + dg(r2, 11), "Erie Imaging Partners", d0 - dt.timedelta(days=21),
                            "73610 X-ray ankle, 3 views", 186.00, 74.20, 59.36, "00"),
                           den,
                           ("T" + dg(r2, 11), "Bayfront Physical Therapy", d0 - dt.timedelta(days=10),
                            "97161 PT evaluation", 215.00, 98.75, 79.00, "00")]
            t = truth("eob", "experimental", group_number=f["group"], case_numbers=[den[0]], claim_amount=m2(tar),
                      service_dates=[d0.isoformat()], denial_date=nd, appeal_deadline=d180,
                      denial_alternates=["not_covered"], **{**common, "provider": SURGEON[2]},
                      alternates={"provider": [SURGEON[1]]})
            items.append(Item(name, cond, [(eob(f), t)]))
        else:
            t = truth("other", None, case_numbers=[f["req"]], service_dates=[sd], denial_date=nd,
                      alternates={**alt, "service_dates": [[]]}, **common)
            items.append(Item(name, cond, [(approval(f), t)]))
    return items
