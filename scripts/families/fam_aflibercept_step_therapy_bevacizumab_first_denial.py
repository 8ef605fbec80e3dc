"""Family 'aflibercept_step_therapy_bevacizumab_first_denial': an invented Medicare Advantage PPO refuses
intravitreal aflibercept (HCPCS J0178) for neovascular age-related macular degeneration until the member has tried
bevacizumab (J9035) first (Part B step therapy), then grants a step therapy exception.

Documents: the plan's Notice of Denial of Medical Coverage (born digital, label column, CMS-10003 style wording);
the retina practice's patient statement with several injection visits, only the aflibercept line refused (scan,
denies nothing itself); a fine-fax stack (typed cover, the plan's provider notification, the retina specialist's
step therapy exception request); a Medicare Advantage EOB with three claims, only one refused (phone photo); a
denial for the other eye told in sentences (photocopy); the upheld reconsideration auto-forwarded to the
independent review entity (low resolution); the exception approval (sideways, denies nothing). Everything
invented. Decoys: DOB, NPI, received dates, processing period, account numbers, other claims, 72-hour and IRE/ALJ
limits, form numbers, bevacizumab injection dates.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from public_kit import Page, m2, money, out

FAMILY = "aflibercept_step_therapy_bevacizumab_first_denial"
LANG = "en"
SEED = 345900

PLAN = {"org": "Osterhollow Health Plan", "product": "Osterhollow Medicare Advantage Vista (PPO)",
        "addr": "PO Box 48120, Duluth, MN 55804", "phone": "1-855-617-2040", "tty": "711",
        "fax": "1-855-617-2099"}
DOC = ("Ezra K. Holloway, MD", "Ezra K. Holloway", "Fernmoor Retina Associates")
PRACTICE_ADDR = "2210 London Road, Suite 300, Duluth, MN 55812"
PEOPLE = ["Harriet L. Abernathy", "Wendell P. Strand", "Odette J. Kessler", "Gideon R. Fairchild",
          "Lorraine T. Marchetti", "Percy A. Underhill", "Naomi S. Lomax"]


def dg(r, n):
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def fd(d, s):
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%-d %b %Y"), "upper": d.strftime("%d-%b-%Y").upper(), "dash": d.strftime("%m-%d-%Y"),
            "abbr": d.strftime("%b %-d, %Y"), "short": d.strftime("%m/%d/%y"), "dmyl": d.strftime("%-d %B %Y")}[s]


def base(r):
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 120))
    return dict(notice=notice, inj=notice + dt.timedelta(days=r.randint(8, 21)),
                recv=notice - dt.timedelta(days=r.randint(2, 9)), od="OD-" + dg(r, 8),
                mid="OHP" + dg(r, 8) + r.choice("ABC"), plan="H" + dg(r, 4) + "-0" + dg(r, 2),
                dob=dt.date(r.randint(1938, 1958), r.randint(1, 12), r.randint(1, 28)), npi="1" + dg(r, 9),
                acct="FRA-" + dg(r, 6))


def letterhead(p, sub):
    p.line(PLAN["org"], 16, "B")
    p.line(PLAN["product"], 9.5)
    p.line(f"{sub}  |  {PLAN['addr']}  |  {PLAN['phone']} (TTY {PLAN['tty']})", 8)
    p.ln(4)


def ndmc_bd(f):
    p = Page(footer="Page {n} of {nb}", footer_left="Form CMS-10003-NDMC   OMB Approval 0938-0829")
    p.add_page()
    letterhead(p, "Utilization Management")
    p.pairs([("Date", fd(f["notice"], "long")), ("Member name", f["member"]), ("Member number", f["mid"]),
             ("Plan ID", f["plan"]), ("Date of birth", fd(f["dob"], "slash")),
             ("Request received", fd(f["recv"], "long")), ("Determination number", f["od"])], 46, 9.5)
    p.ln(3)
    p.heading("NOTICE OF DENIAL OF MEDICAL COVERAGE (OR PAYMENT)", 12.5, rule=True)
    p.para("We have **denied** the medical coverage below that you or your doctor requested:", 10)
    p.para(f"Aflibercept 2 mg intravitreal injection (HCPCS J0178, 2 units), right eye, every 4 weeks, first "
           f"injection planned for {fd(f['inj'], 'long')}. Requested by {DOC[0]}, {DOC[2]} "
           f"(NPI {f['npi']}).", 10, indent=4)
    p.heading("Why did we deny your request?", 11)
    p.para("Your plan uses step therapy for some Medicare Part B drugs. Before the plan covers aflibercept for "
           "wet age-related macular degeneration, your records must show that you tried bevacizumab "
           "(J9035) and that it did not work well enough or caused a problem. The records we received do not "
           "show a trial of bevacizumab. We used the plan's Part B Step Therapy criteria ST-OPH-04 to make this "
           "decision. The doctor who reviewed your request is an ophthalmologist.", 10)
    p.heading("You have the right to appeal our decision", 11)
    p.para("You have the right to ask Osterhollow Health Plan to review our decision by asking us for an appeal. "
           "If you want to appeal, you must ask within 65 days of the date of this notice. We can give you more "
           "time if you have a good reason for missing the deadline.", 10)
    p.para("**Fast appeals:** if you or your doctor believe that waiting for a standard decision could seriously "
           "harm your health, ask for a fast appeal. We will give you a decision within 72 hours.", 9.5)
    p.para(f"Call us at {PLAN['phone']} (TTY {PLAN['tty']}), 8 a.m. to 8 p.m., seven days a week, or fax your "
           f"appeal to {PLAN['fax']}.", 9)
    return out(p)


def statement(f):
    p = Page(serif=True, footer=None)
    p.add_page()
    p.line(DOC[2], 15, "B")
    p.line(PRACTICE_ADDR + "   Billing office 1-218-555-0163", 8.5)
    p.ln(4)
    p.line("PATIENT STATEMENT", 12, "B")
    p.ln(1)
    p.pairs([("Statement date", fd(f["stmt"], "abbr")), ("Account no.", f["acct"]), ("Patient", f["member"]),
             ("Physician", DOC[0]), ("Primary insurance", PLAN["product"]), ("Member ID", f["mid"])], 40, 9.5)
    p.ln(3)
    rows, total_due = [], 0.0
    for d, code, desc, ch, paid, adj, bal, note in f["lines"]:
        rows.append([fd(d, "slash"), code, desc, money(ch, "nosign"), money(paid, "nosign"),
                     money(adj, "nosign"), money(bal, "nosign")])
        total_due += bal
    p.table(["Date", "Code", "Description", "Charges", "Ins. paid", "Adjust.", "Balance"], rows,
            [22, 15, 63, 20, 20, 18, 18], size=8, aligns=["L", "L", "L", "R", "R", "R", "R"])
    p.line(f"Amount due now: {money(total_due)}", 10.5, "B")
    p.ln(3)
    p.para(f"Your Medicare Advantage plan did not pay the aflibercept (J0178) charge of {money(f['den_ch'])} for "
           f"your visit on {fd(f['den_d'], 'long')}; the plan says bevacizumab must be tried first. Dr. Holloway's "
           "office has sent the plan a step therapy exception request. You do not need to pay this line while the "
           "request is open; the amount due above is only your coinsurance for the other visits.", 9.5)
    p.para("Questions about this statement? Call the billing office Monday to Friday, 8:30 to 4:30.", 8.5)
    return out(p)


def provider_fax(f):
    p = Page(footer="Page {n} of {nb}", footer_left="OHP-UM-PN-3")
    p.add_page()
    letterhead(p, "Part B Drug Review - Provider Notification")
    p.line("PROVIDER NOTIFICATION: PART B STEP THERAPY - NOT APPROVED", 11.5, "B")
    p.ln(1)
    p.boxed_pairs([("Notice date", fd(f["notice"], "upper")), ("To", f"{DOC[0]} / {DOC[2]}"),
                   ("Provider NPI", f["npi"]), ("Fax", "1-218-555-0169"), ("Member", f["member"]),
                   ("Member ID", f["mid"]), ("DOB", fd(f["dob"], "upper")), ("Case number", f["od"]),
                   ("Drug / code", "Aflibercept 2 mg (J0178 x 2 units), OD"),
                   ("Requested start", fd(f["inj"], "upper")),
                   ("Decision", "Not approved - step therapy (bevacizumab J9035 first)")], 42, 9)
    p.para("The request does not document a trial of bevacizumab. You may request a step therapy exception with "
           "chart notes showing a trial of bevacizumab, or a reason it is not appropriate for this member. A "
           "peer-to-peer discussion is available within 5 business days of this notice. A reconsideration on the "
           "member's behalf may be requested within 65 days of the date of this notice.", 9)
    return out(p)


def exception_req(f):
    p = Page(serif=True, footer=None)
    p.add_page()
    p.line(DOC[2], 14, "B")
    p.line(PRACTICE_ADDR, 8.5)
    p.ln(5)
    p.line(fd(f["exc"], "long"), 10)
    p.ln(2)
    p.para(f"To: {PLAN['org']}, Part B Drug Review\nFax: {PLAN['fax']}", 10)
    p.pairs([("Re", "Step therapy exception request"), ("Patient", f["member"]), ("Member ID", f["mid"]),
             ("Case", f["od"]), ("DOB", fd(f["dob"], "slash"))], 28, 9.5)
    p.ln(2)
    p.para(f"My patient has neovascular age-related macular degeneration of the right eye. She received "
           f"bevacizumab 1.25 mg on {fd(f['bev'][0], 'slash')}, {fd(f['bev'][1], 'slash')} and "
           f"{fd(f['bev'][2], 'slash')}. Optical coherence tomography after the third injection still shows "
           "subretinal fluid and a central subfield thickness that has not improved, and her acuity fell two "
           "lines. These visits were billed to your plan; the claims show the trial.", 10)
    p.para(f"I ask that you grant an exception and approve aflibercept 2 mg every 4 weeks starting "
           f"{fd(f['inj'], 'long')}. Chart notes and OCT reports are attached.", 10)
    p.para(f"Sincerely,\n\n{DOC[0]}\nNPI {f['npi']}", 10)
    return out(p)


def eob(f):
    p = Page(footer="Page {n} of {nb}", footer_left="Y0148_EOB26_M")
    p.add_page()
    p.line(PLAN["org"], 15, "B")
    p.line("Your Explanation of Benefits (EOB) for Medicare Advantage medical services", 10.5, "B")
    p.line("THIS IS NOT A BILL", 9)
    p.ln(2)
    p.pairs([("Issued", fd(f["notice"], "dmy")), ("Member", f["member"]), ("Member ID", f["mid"]),
             ("Plan", f"{PLAN['product']}  {f['plan']}"), ("Claims processed", f["period"])], 38, 9)
    p.ln(2)
    for cl, prov, d, lines, note in f["claims"]:
        p.line(f"Claim number {cl}   |   {prov}   |   Service date {fd(d, 'dmy')}", 8.5, "B")
        rows = [[c, desc, money(ch), money(ap), money(pd), money(yo)] for c, desc, ch, ap, pd, yo in lines]
        tot = sum(x[2] for x in lines)
        rows.append(["", "Claim total", money(tot), money(sum(x[3] for x in lines)), money(sum(x[4] for x in lines)),
                     money(sum(x[5] for x in lines))])
        p.table(["Code", "Service", "Provider charged", "Plan approved", "Plan paid", "You may be billed"], rows,
                [16, 62, 26, 24, 22, 24], size=7.8, bold_last=True)
        if note:
            p.para(note, 8)
    p.para("**ST1** The plan requires a trial of a preferred Part B drug (bevacizumab) before this drug is covered. "
           "Because this service was not covered, the provider may not bill you more than your plan-approved "
           "share. If you disagree with a decision on this EOB you can appeal; you must ask within 65 days of the "
           "date of this EOB. Call Member Services at " + PLAN["phone"] + ".", 8)
    return out(p)


def prose(f):
    p = Page(serif=True, footer=None)
    p.add_page()
    p.line(PLAN["org"], 14, "B")
    p.line(PLAN["addr"], 8.5)
    p.ln(5)
    p.line(fd(f["notice"], "long"), 10)
    p.ln(3)
    p.para(f"{f['member']}\n{f['street']}\nDuluth, MN 55803", 10)
    p.para(f"Dear {f['member'].split()[0]} {f['member'].split()[-1]},", 10)
    p.para(f"On {fd(f['recv'], 'long')} we received a request from {DOC[1]} of {DOC[2]} for aflibercept "
           f"injections into your left eye, the first of them planned for {fd(f['inj'], 'long')}. We are writing "
           f"to tell you that we have denied this request. Its reference number is {f['od']}, and your "
           f"member number with {PLAN['product']} is {f['mid']}.", 10)
    p.para("Your plan covers aflibercept for wet macular degeneration only after a trial of bevacizumab, a "
           "medicine given the same way, unless that medicine is not safe or appropriate for you. The notes we "
           "received describe treatment of your right eye but no bevacizumab treatment of your left eye, so the "
           "step therapy requirement has not been met.", 10)
    p.para("If you disagree, you or your doctor can ask us for an appeal. You must ask within 65 days of the date "
           "of this letter. If waiting could seriously harm your health, ask for a fast appeal and we will "
           f"answer within 72 hours. Call us at {PLAN['phone']} (TTY {PLAN['tty']}).", 10)
    p.para("Sincerely,\nUtilization Management\n" + PLAN["org"], 10)
    p.para("Form CMS-10003-NDMC", 7)
    return out(p)


def reconsideration(f):
    p = Page(footer="Page {n} of {nb}", footer_left="OHP-AG-RD (2026)")
    p.add_page()
    letterhead(p, "Appeals and Grievances")
    p.heading("Reconsideration Decision - Medical Coverage", 12.5, rule=True)
    p.pairs([("Decision date", fd(f["notice"], "dash")), ("Member", f["member"]), ("Member ID", f["mid"]),
             ("Plan", f"{PLAN['product']}"), ("Appeal number", f["apl"]), ("Original determination", f["od"]),
             ("Appeal received", fd(f["recv"], "dash")), ("Service", "Aflibercept J0178, right eye"),
             ("Planned start", fd(f["inj"], "dash")), ("Ordering physician", DOC[0])], 48, 9.5)
    p.ln(2)
    p.para("**Decision: we upheld our denial.** A retina specialist who did not take part in the first decision "
           "reviewed your appeal. The records still show no trial of bevacizumab, and no medical reason is given "
           "why bevacizumab would not be appropriate for you. The plan's step therapy requirement for this drug "
           "is not met.", 10)
    p.heading("What happens next", 11)
    p.para("Because we did not decide fully in your favor, we are required to send your case automatically to "
           "the Independent Review Entity (IRE) contracted by Medicare. You do not need to do anything. The IRE "
           "will write to you with its decision. If the IRE also decides against you, its letter will explain how "
           "to ask for a hearing with an Administrative Law Judge within 60 days of the IRE's decision.", 10)
    p.para(f"Questions: {PLAN['phone']} (TTY {PLAN['tty']}).", 9)
    return out(p)


def approval(f):
    p = Page(footer="Page {n} of {nb}")
    p.add_page()
    letterhead(p, "Part B Drug Review")
    p.line(fd(f["notice"], "abbr"), 10)
    p.ln(2)
    p.para(f"{f['member']}\n{f['street']}\nDuluth, MN 55803", 10)
    p.heading("Step Therapy Exception - APPROVED", 13)
    p.table(["Member ID", "Authorization", "Drug", "Approved from", "Approved through"],
            [[f["mid"], f["auth"], "J0178 aflibercept 2 mg, OD", fd(f["inj"], "abbr"), fd(f["thru"], "abbr")]],
            [32, 34, 52, 28, 28], size=8.5)
    p.para(f"Good news. We approved the step therapy exception that {DOC[0]} requested for you. The records now "
           "show a trial of bevacizumab that did not control the fluid in your eye. Up to 7 injections in this "
           "period are covered; your usual Part B drug coinsurance applies.", 10)
    p.para(f"This approval is for {DOC[2]}. It depends on your being a member of the plan on each date of "
           "service. Call us if you have questions.", 9.5)
    return out(p)


ITEMS = [("bd_notice_of_denial_ndmc", "born_digital", "bd"),
         ("scan300_retina_patient_statement", "scan_clean_300", "stmt"),
         ("faxfine_stack_provider_notice_exception_request", "fax_fine_g4", "stack"),
         ("photo_ma_eob_three_claims", "phone_photo", "eob"),
         ("copy_left_eye_denial_prose", "photocopy", "prose"),
         ("lowres_reconsideration_upheld_ire", "scan_lowres_150", "recon"),
         ("rotated_step_therapy_exception_approved", "rotated", "approval")]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind) in enumerate(ITEMS):
        r = random.Random(SEED + i)
        f = base(r)
        f["member"] = PEOPLE[i]
        f["street"] = f"{r.randint(100, 9800)} Skyline Parkway"
        name = f"{FAMILY}_{suffix}"
        nd, sd = f["notice"].isoformat(), f["inj"].isoformat()
        d65 = (f["notice"] + dt.timedelta(days=65)).isoformat()
        alt = {"provider": [DOC[2]]}
        common = dict(insurer=PLAN["org"], member_id=f["mid"], member_name=f["member"], provider=DOC[1])
        dn = dict(denial_alternates=["prior_authorization", "not_covered"])
        if kind == "bd":
            t = truth("denial_letter", "medical_necessity", plan_id=f["plan"], case_numbers=[f["od"]],
                      service_dates=[sd], denial_date=nd, appeal_deadline=d65,
                      alternates={**alt, "plan_id": [None]}, **dn, **common)
            items.append(Item(name, cond, [(ndmc_bd(f), t)]))
        elif kind == "stmt":
            f["stmt"] = f["notice"] + dt.timedelta(days=r.randint(10, 20))
            d3 = f["notice"] - dt.timedelta(days=r.randint(5, 12))
            d2, d1 = d3 - dt.timedelta(days=35), d3 - dt.timedelta(days=70)
            f["den_ch"] = 1850 + r.randint(0, 300) + 0.40
            f["den_d"] = d3
            oct_ = 128.00
            f["lines"] = [(d1, "92134", "OCT retina, both eyes", oct_, 86.10, 20.37, 21.53, ""),
                          (d1, "67028", "Intravitreal injection, right eye", 246.00, 124.40, 90.50, 31.10, ""),
                          (d1, "J9035", "Bevacizumab 1.25 mg", 96.00, 48.80, 35.00, 12.20, ""),
                          (d2, "67028", "Intravitreal injection, right eye", 246.00, 124.40, 90.50, 31.10, ""),
                          (d2, "J9035", "Bevacizumab 1.25 mg", 96.00, 48.80, 35.00, 12.20, ""),
                          (d3, "92134", "OCT retina, both eyes", oct_, 86.10, 20.37, 21.53, ""),
                          (d3, "J0178", "Aflibercept 2 mg - INS DENIED", f["den_ch"], 0.0, f["den_ch"], 0.0, "")]
            alld = sorted({x[0].isoformat() for x in f["lines"]})
            t = truth("other", None, claim_amount=m2(f["den_ch"]), service_dates=[d3.isoformat()],
                      denial_date=f["stmt"].isoformat(), unscored=["insurer"],
                      alternates={**alt, "claim_amount": [None], "service_dates": [[], alld]},
                      **{**common, "insurer": None})
            items.append(Item(name, cond, [(statement(f), t)]))
        elif kind == "stack":
            f["exc"] = f["notice"] + dt.timedelta(days=r.randint(3, 9))
            b3 = f["notice"] - dt.timedelta(days=r.randint(20, 30))
            f["bev"] = [b3 - dt.timedelta(days=70), b3 - dt.timedelta(days=35), b3]
            t1 = truth("denial_letter", "medical_necessity", case_numbers=[f["od"]], service_dates=[sd],
                       denial_date=nd, appeal_deadline=d65, alternates=alt, **dn, **common)
            t2 = truth("other", None, case_numbers=[f["od"]], service_dates=[sd], denial_date=f["exc"].isoformat(),
                       unscored=["insurer"], alternates={**alt, "service_dates": [[]]}, **common)
            items.append(Item(name, cond, [(provider_fax(f), t1), (exception_req(f), t2)],
                              separators=["cover", None]))
        elif kind == "eob":
            r2 = random.Random(SEED + 70)
            d0 = f["notice"] - dt.timedelta(days=r.randint(20, 30))
            f["period"] = f"{fd(f['notice'] - dt.timedelta(days=31), 'dmy')} to {fd(f['notice'] - dt.timedelta(days=2), 'dmy')}"
            jch = 1900 + r.randint(0, 250) + 0.60
            den_lines = [("67028", "Intravitreal injection, right eye", 252.00, 118.60, 94.88, 23.72),
                         ("J0178", "Aflibercept 2 mg (2 units)  ST1", jch, 0.0, 0.0, 0.0)]
            cl_den = "2026" + dg(r, 9)
            tot = 252.00 + jch
            f["claims"] = [("2026" + dg(r2, 9), "Northshore Family Physicians", d0 - dt.timedelta(days=12),
                            [("99214", "Office visit, established", 188.00, 109.45, 89.45, 20.00)], ""),
                           ("2026" + dg(r2, 9), DOC[2], d0 - dt.timedelta(days=3),
                            [("92134", "OCT retina", 128.00, 61.20, 48.96, 12.24)], ""),
                           (cl_den, DOC[2], d0, den_lines,
                            f"Rendering provider: {DOC[0]}. The aflibercept line was not covered (ST1).")]
            t = truth("eob", "medical_necessity", plan_id=f["plan"], case_numbers=[cl_den], claim_amount=m2(tot),
                      service_dates=[d0.isoformat()], denial_date=nd, appeal_deadline=d65, **dn,
                      alternates={"provider": [DOC[1]], "claim_amount": [m2(jch)], "plan_id": [None]},
                      **{**common, "provider": DOC[2]})
            items.append(Item(name, cond, [(eob(f), t)]))
        elif kind == "prose":
            t = truth("denial_letter", "medical_necessity", case_numbers=[f["od"]], service_dates=[sd],
                      denial_date=nd, appeal_deadline=d65, alternates=alt, **dn, **common)
            items.append(Item(name, cond, [(prose(f), t)]))
        elif kind == "recon":
            f["apl"] = "AP-" + dg(r, 7)
            f["recv"] = f["notice"] - dt.timedelta(days=r.randint(10, 25))
            t = truth("denial_letter", "medical_necessity", case_numbers=[f["apl"], f["od"]], service_dates=[sd],
                      denial_date=nd, alternates=alt, **dn, **common)
            items.append(Item(name, cond, [(reconsideration(f), t)]))
        else:
            f["auth"] = "AUTH" + dg(r, 8)
            f["thru"] = f["inj"] + dt.timedelta(days=182)
            t = truth("other", None, case_numbers=[f["auth"]], service_dates=[f"{sd}/{f['thru'].isoformat()}"],
                      denial_date=nd, alternates={**alt, "service_dates": [[], [sd]]}, **common)
            items.append(Item(name, cond, [(approval(f), t)]))
    return items
