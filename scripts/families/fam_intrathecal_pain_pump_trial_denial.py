"""Family 'intrathecal_pain_pump_trial_denial': commercial, Medicare Advantage and Medicaid managed-care letters and
EOBs on intrathecal drug delivery for chronic pain: the screening trial (62322 single injection, lumbar), the pump
implant (62362 programmable pump, 62350 catheter) and pump refills (62367 analysis, 95990/95991 refill, drug lines
J2274 preservative-free morphine per 10 mg, J2278 ziconotide per 1 mcg).

Cases: a commercial pre-service denial of the implant because no trial was done (born digital); a Medicare Advantage
denial of the trial because no psychological evaluation was documented (300 dpi scan); a fax stack of a cover sheet,
a commercial EOB denying the morphine line of a refill visit as billed with the wrong units, and the pain clinic's
statement; a Medicaid managed-care notice denying the implant (no psychological evaluation, no trial; 150 dpi
scan); a Medicare Advantage EOB denying ziconotide refill units (photocopy); an upheld commercial appeal of the trial
denial (born digital); a commercial EOB denying the trial for no prior authorization (phone photo).

Layouts are invented, modelled loosely on published insurer letters, EOBs, CMS-10003-style notices and Medicaid
managed-care notices. All values invented: people, insurers, providers, addresses, IDs and amounts (555 phone
numbers). Decoys: dates of birth, request/claim received dates, NPIs, the referring primary care doctor, the
surgery facility, medical policy numbers, allowed/paid/you-owe amounts, pump reservoir volumes, patient account
numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundbx_fambxc import Page, eob, fd, letter, letterhead, m2, money, npi, pat, ph

FAMILY = "intrathecal_pain_pump_trial_denial"
LANG = "en"
SEED = 256600
FIRST = ["Cornelius", "Ysolde", "Benedikt", "Philomena", "Augustin", "Seraphina", "Lowell", "Imelda", "Tobias",
         "Verity", "Fitzgerald", "Annelise"]
LAST = ["Brightwater", "Castellanos-Hart", "Pomeroy", "Ekwueme", "Vandersloot", "Gallagher-Kim", "Thistlewood",
        "Mortensen", "Rainsford", "Okonjo", "Whitlock", "Drummond"]
PAIN = [("Leander P. Okwuosa, MD", "Northgate Interventional Pain Center"),
        ("Sabine R. Holmquist, MD", "Tidewell Spine & Pain Associates"),
        ("Joaquin E. Fairbanks, DO", "Summit Ridge Pain Management, PLLC")]
PCPS = ["Dr. Adelaide M. Crane", "Dr. Rupert V. Sandoval", "Dr. Imani K. Forsythe"]
FAC = ["Northgate Surgical Hospital", "Tidewell Ambulatory Surgery Center", "Summit Ridge Medical Center"]
ADDR = [("64 Kestrel Hollow Road", "Ashby Ferry, VT 05999"), ("1502 Millrace Avenue", "Dunmore Flats, KS 66999"),
        ("9 Copperleaf Court, Unit 3", "Orrin Station, WV 26999")]
ORGS = {
    "quill": dict(name="Quillfeather Health Insurance Company", tag="Medical Management - Prior Authorization",
                  addr="PO Box 81230, Ashby Ferry, VT 05999", contact="Provider & Member Line 1-555-730-4400  |  "
                  "Fax 1-555-730-4481"),
    "sable": dict(name="Sablewood Health, Inc.", tag="Sablewood Advantage Plus (PPO) - a Medicare Advantage plan",
                  addr="Organization Determinations, PO Box 2274, Dunmore Flats, KS 66999",
                  contact="Member Services 1-555-288-1900 (TTY 711) - 8 a.m. to 8 p.m., 7 days a week"),
    "marl": dict(name="Marlwood Benefit Insurance Co.", tag="Claims Statement",
                 addr="PO Box 44019, Orrin Station, WV 26999", contact="Customer Service 1-555-519-6262  |  "
                 "marlwoodbenefit.example"),
    "fern": dict(name="Fernhollow Health Partners", tag="Medicaid Managed Care Plan - Utilization Management",
                 addr="PO Box 700, Orrin Station, WV 26999", contact="Member Services 1-555-347-8080  |  TTY 711"),
    "brook": dict(name="Brookhaven Senior Health Plan", tag="Brookhaven Medicare Complete (HMO)",
                  addr="PO Box 5509, Ashby Ferry, VT 05999", contact="Member Services 1-555-602-3344 (TTY 711)"),
    "quill2": dict(name="Quillfeather Health Insurance Company", tag="Appeals and Grievances",
                   addr="PO Box 81231, Ashby Ferry, VT 05999", contact="Appeals Line 1-555-730-4455  |  "
                   "Fax 1-555-730-4489"),
    "lode": dict(name="Lodestar Mutual Insurance", tag="Explanation of Benefits",
                 addr="PO Box 90311, Dunmore Flats, KS 66999", contact="Call us 1-555-812-5050"),
}


def person(r):
    return f"{r.choice(FIRST)} {r.choice('BCDEFGHJKLMNPRSTW')}. {r.choice(LAST)}"


def make(i: int, kind: str, ds: str, ms: str) -> dict:
    r = random.Random(SEED + i)
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 220))
    pi = i % 3
    doc, prac = PAIN[pi]
    member = person(r)
    a1, a2 = r.choice(ADDR)
    f = dict(kind=kind, ds=ds, ms=ms, r=r, notice=notice, notice_s=fd(notice, ds), member=member, doc=doc,
             prac=prac, pcp=PCPS[pi], fac=FAC[pi], npi=npi(r), phone=ph(r), to=[member.upper(), a1, a2],
             dob=dt.date(r.randint(1944, 1985), r.randint(1, 12), r.randint(1, 28)))
    f["received"] = notice - dt.timedelta(days=r.randint(4, 14))
    f["dos"] = notice - dt.timedelta(days=r.randint(18, 40))
    f["plan_dos"] = notice + dt.timedelta(days=r.randint(12, 30))
    return f


def rights(org, days, word="letter"):
    return ["#How to appeal",
            f"You or your doctor may appeal this decision. Your appeal must be filed within {days} days of the date "
            f"of this {word}. Mail or fax it to {org['name']}, {org['addr']}. Include a copy of this notice and any "
            "medical records or a letter from your doctor that supports the request.",
            "If waiting 30 days could seriously jeopardize your life or health, ask for an expedited appeal; we "
            "will answer within 72 hours. When the internal appeal is finished you may ask for an independent "
            "external review within 4 months of the final decision.",
            "You may request, free of charge, copies of the medical policy and all documents used in this decision."]


def build_implant(f):
    o, r = ORGS["quill"], f["r"]
    f.update(org=o, case=pat(r, "PA99999999"), mid=pat(r, "QHI999999999"), group=pat(r, "99999999"))
    rows = [("Patient", f["member"]), ("Date of birth", fd(f["dob"], "slash")), ("Subscriber ID", f["mid"]),
            ("Group", f["group"]), ("Case number", f["case"]),
            ("Requesting physician", f"{f['doc']} - {f['prac']}"), ("Physician NPI", f["npi"]),
            ("Facility", f["fac"]), ("Primary care", f["pcp"]),
            ("Procedure codes", "62362 Implantation of programmable intrathecal pump; 62350 intrathecal catheter"),
            ("Scheduled surgery date", fd(f["plan_dos"], f["ds"])),
            ("Date request received", fd(f["received"], f["ds"]))]
    body = [f"Dear {f['member']}:",
            "Quillfeather Health has finished reviewing the request to implant an intrathecal drug delivery pump for "
            "your chronic low back and leg pain. We used medical policy QH-SURG-118, Implantable Infusion Pumps.",
            "#Decision: DENIED - not medically necessary",
            "A permanent intrathecal pump is medically necessary only after a screening trial (a single or "
            "continuous intrathecal test dose) shows at least 50% pain relief with better function. The records sent "
            "with the request show an epidural steroid injection but no intrathecal trial. Without a successful trial "
            "the criteria in our policy are not met, so the implant is not approved.",
            "Your physician may ask for approval of a trial first (CPT 62322 or 62323). A peer-to-peer review with "
            f"our medical director is available for 14 days at {f['phone']}."]
    f["sign"] = ["Sincerely,", "", "Hollis J. Prendergast, MD, Associate Medical Director",
                 "Quillfeather Health Insurance Company"]
    f["cc"] = f"cc: {f['doc']}; {f['fac']}"
    return letter(f, "Adverse Determination: Request for Intrathecal Pump Implant", rows, body,
                  after=rights(o, 180))


def build_trial_ma(f):
    o, r = ORGS["sable"], f["r"]
    f.update(org=o, case=pat(r, "OD-99999999-9"), mid=pat(r, "SBW999999999"))
    rows = [("Name:", f["member"]), ("Member number:", f["mid"]), ("Plan:", "Sablewood Advantage Plus (PPO) "
            "H7823-004"), ("Request number:", f["case"]),
            ("Requested by:", f"{f['doc']}, {f['prac']} (NPI {f['npi']})"),
            ("Service:", "62322 Intrathecal trial injection, lumbar, with morphine test dose"),
            ("Requested date of service:", fd(f["plan_dos"], f["ds"])),
            ("We received the request on:", fd(f["received"], f["ds"]))]
    body = ["We have denied the medical service listed above that your doctor asked for.",
            "#Why we denied your request",
            "Medicare covers an intrathecal pump trial for chronic pain only when a psychological evaluation has "
            "found the patient a suitable candidate, and other treatments have not worked. We did not get a "
            "psychological evaluation with the request. The records show six months of physical therapy and "
            "medicines, but no mental health screening before the trial. The trial is not medically necessary "
            "until this evaluation is done.",
            "#You have the right to appeal our decision",
            "You have the right to ask Sablewood Health to review our decision by asking for a reconsideration. You "
            "must ask for a reconsideration within 65 days of the date of this notice. We can give you more time if "
            "you have a good reason for missing the deadline.",
            "If you ask for a fast (expedited) reconsideration, we will decide within 72 hours. Call "
            "1-555-288-1900 or fax 1-555-288-1977. Write to Sablewood Health, Appeals, PO Box 2275, Dunmore Flats, "
            "KS 66999."]
    f["sign"] = ["Utilization Management", "Sablewood Health, Inc."]
    f["cc"] = f"Copy sent to: {f['doc']}"
    f["form"] = "Form CMS-10003-NDMC   H7823_UM26_C"
    return letter(f, "Notice of Denial of Medical Coverage", rows, body, date_label="Date:")


def refill_lines(f, drug_code, drug_desc, units, right_units, unit_fee):
    r = f["r"]
    c1 = round(r.randint(190, 260) + .0, 2)
    c2 = round(r.randint(230, 320) + .5, 2)
    c3 = round(units * unit_fee, 2)
    f["c"] = (c1, c2, c3)
    f["total"] = round(c1 + c2 + c3, 2)
    f["units"], f["right_units"] = units, right_units
    return c1, c2, c3


def build_stack_eob(f):
    o, r = ORGS["marl"], f["r"]
    f.update(org=o, claim=pat(r, "M9999999999"), mid=pat(r, "MWB-99999999"), group=pat(r, "AG99999"))
    ms = f["ms"]
    c1, c2, c3 = refill_lines(f, "J2274", "", 120, 12, 3.95)
    a1, a2 = round(c1 * .58, 2), round(c2 * .6, 2)
    lines = [[fd(f["dos"], f["ds"]), "62367", "Pump analysis, reprogram", "1", money(c1, ms), money(a1, ms),
              money(round(a1 * .8, 2), ms), "A1"],
             [fd(f["dos"], f["ds"]), "95990", "Pump refill and maintenance", "1", money(c2, ms), money(a2, ms),
              money(round(a2 * .8, 2), ms), "A1"],
             [fd(f["dos"], f["ds"]), "J2274", "Morphine PF, per 10 mg", "120", money(c3, ms), money(0, ms),
              money(0, ms), "U7"],
             ["*Total", "", "", "", money(f["total"], ms), money(a1 + a2, ms), money(round((a1 + a2) * .8, 2), ms),
              ""]]
    boxes = [[("Member", f["member"], 62), ("Member ID", f["mid"], 42), ("Group number", f["group"], 34),
              ("Date of this statement", f["notice_s"], 44)],
             [("Claim number", f["claim"], 62), ("Provider", f"{f['prac']}", 76), ("Provider NPI", f["npi"], 44)]]
    legend = [("A1", "Allowed at the contracted rate; 20% coinsurance applies to your plan year."),
              ("U7", "Denied: units billed do not match the drug amount. 120 units of J2274 (1,200 mg) were billed "
                     "for a 20 mL refill containing 120 mg of morphine, which is 12 units. The provider must send a "
                     "corrected claim with the right number of units. You are not responsible for this line.")]
    rts = ["#Your appeal rights",
           "If you think this claim was processed in error, you may appeal within 180 days of the date of this "
           "statement. Send your appeal to Marlwood Benefit Insurance Co., Appeals, PO Box 44020, Orrin Station, "
           "WV 26999."]
    return eob(f, "Explanation of Benefits", boxes,
               ["Date", "Code", "Service", "Units", "Billed", "Allowed", "Paid", "Remark"], lines,
               [22, 14, 48, 12, 22, 22, 22, 20], "LLLRRRRL", legend, rts,
               intro=f"Pump refill visit with {f['doc']}. Reservoir volume 20 mL; concentration 6 mg/mL.")


def build_statement(f):
    ms = f["ms"]
    d = Page(footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, f["prac"], "Patient Billing Office", "300 Larchmere Boulevard, Suite 210, Orrin Station, WV 26999",
               f"Billing questions {f['sph']}  |  Fax {f['sfx']}")
    d.text_line("PATIENT STATEMENT", 13, "B")
    d.ln(2)
    d.rows([("Statement date:", f["stmt_s"]), ("Account number:", f["acct"]), ("Patient:", f["member"]),
            ("Insurance:", "Marlwood Benefit Insurance Co."), ("Physician:", f["doc"])])
    c1, c2, c3 = f["c"]
    d.grid(["Date", "Description", "Charges", "Insurance", "Adjust.", "Balance"],
           [[fd(f["dos"], f["ds"]), "62367 Pump analysis", money(c1, ms), "-" + money(round(c1 * .58 * .8, 2), ms),
             "-" + money(round(c1 - c1 * .58, 2), ms), money(round(c1 * .58 * .2, 2), ms)],
            [fd(f["dos"], f["ds"]), "95990 Pump refill", money(c2, ms), "-" + money(round(c2 * .6 * .8, 2), ms),
             "-" + money(round(c2 - c2 * .6, 2), ms), money(round(c2 * .6 * .2, 2), ms)],
            [fd(f["dos"], f["ds"]), "J2274 Morphine PF (corrected claim sent)", money(c3, ms), money(0, ms),
             money(0, ms), money(0, ms)],
            ["*Total charges", "", money(f["total"], ms), "", "", ""]],
           [24, 66, 24, 24, 22, 22], 8.0, "LLRRRR")
    due = round(c1 * .58 * .2 + c2 * .6 * .2, 2)
    d.rows([("Amount due now:", money(due, ms)), ("Please pay by:", fd(f["stmt_date"] + dt.timedelta(days=30),
                                                                       f["ds"]))], size=10.5)
    d.para("Your insurance did not pay the drug line because of a units error on our claim. We have sent a corrected "
           "claim. You do not owe anything for the medication while the corrected claim is processed. The amount due "
           "is your coinsurance for the visit.", 9.6)
    d.para("Pay online through the patient portal or mail the stub below with your check.", 9.6)
    return pdf_bytes(d)


def build_mcd(f):
    o, r = ORGS["fern"], f["r"]
    f.update(org=o, case=pat(r, "FHP-UM-9999999"), mid=pat(r, "9999999999"))
    rows = [("Member:", f["member"]), ("Medicaid ID #:", f["mid"]), ("Date of birth:", fd(f["dob"], f["ds"])),
            ("Reference #:", f["case"]), ("Ordering provider:", f"{f['doc']}, {f['prac']}"),
            ("Service asked for:", "62362 implant of intrathecal drug pump with catheter (62350)"),
            ("Date asked for:", fd(f["plan_dos"], f["ds"])), ("Facility:", f["fac"])]
    body = ["#What is this notice about?",
            "Your provider asked Fernhollow Health Partners to approve the service above. We have DENIED the request.",
            "#Why did we deny it?",
            "Fernhollow follows the state Medicaid clinical criteria for implanted pain pumps. These criteria need "
            "(1) a psychological evaluation that finds no issue that would stop the treatment from working, and "
            "(2) a successful intrathecal trial. Your provider did not send a psychological evaluation, and no trial "
            "has been done. The request does not meet the criteria, so it is not medically necessary.",
            "#What can you do?",
            "You can ask for an appeal. You must ask within 60 days of the date on this notice. Call us at "
            "1-555-347-8080 or write to Fernhollow Appeals, PO Box 700, Orrin Station, WV 26999.",
            "If we still deny the request after your appeal, you may ask for a State Fair Hearing within 120 days "
            "of the appeal decision. You may ask for a fast appeal if waiting could harm your health.",
            "Need help? Call the State Medicaid Ombudsman at 1-555-902-1144. This notice is free in other languages "
            "and formats."]
    f["sign"] = ["Fernhollow Health Partners", "Utilization Management Department"]
    return letter(f, "Notice of Adverse Benefit Determination", rows, body, date_label="Notice date:")


def build_ma_eob(f):
    o, r = ORGS["brook"], f["r"]
    f.update(org=o, claim=pat(r, "99999A99999"), mid=pat(r, "BSH99999999"))
    ms = f["ms"]
    c1, c2, c3 = refill_lines(f, "J2278", "", 1, 240, 2.15)
    c3 = round(240 * 2.15, 2)
    f["c"] = (c1, c2, c3)
    f["total"] = round(c1 + c2 + c3, 2)
    a2 = round(c2 * .55, 2)
    lines = [[fd(f["dos"], f["ds"]), "95991", "Refill of implanted pump by physician", money(c2, ms), money(a2, ms),
              money(round(a2 - 20, 2), ms), money(20, ms)],
             [fd(f["dos"], f["ds"]), "62367", "Pump analysis (bundled with refill)", money(c1, ms), money(0, ms),
              money(0, ms), money(0, ms)],
             [fd(f["dos"], f["ds"]), "J2278", "Ziconotide 1 mcg - billed 1 unit", money(c3, ms), money(0, ms),
              money(0, ms), money(0, ms)],
             ["*Claim total", "", "", money(f["total"], ms), money(a2, ms), money(round(a2 - 20, 2), ms),
              money(20, ms)]]
    boxes = [[("Member name", f["member"], 64), ("Member ID", f["mid"], 40), ("Plan", "H3391-007", 30),
              ("Issue date", f["notice_s"], 48)],
             [("Claim ID", f["claim"], 64), ("Provider", f["doc"], 70), ("Received", fd(f["received"], f["ds"]),
                                                                          48)]]
    legend = [("Note", "J2278 is billed per 1 microgram. The claim shows 1 unit for a refill of 240 micrograms, "
                       "with a charge for 240 micrograms. The units billed are wrong, so this line was denied. Your "
                       "provider can send a corrected claim. 62367 on the same day as a refill is included in the "
                       "refill payment.")]
    rts = ["#If you disagree with a coverage decision",
           "You can ask for an appeal (reconsideration). You must ask within 65 days of the issue date of this "
           "notice. Call Member Services or write to Brookhaven Senior Health Plan, Appeals, PO Box 5510, Ashby "
           "Ferry, VT 05999.",
           "Brookhaven Medicare Complete (HMO) is offered by Brookhaven Senior Health Plan, a Medicare Advantage "
           "organization with a Medicare contract. H3391_EOB_2026"]
    return eob(f, "Your Explanation of Benefits", boxes,
               ["Date of service", "Code", "Service", "Amount billed", "Plan allowed", "Plan paid", "You owe"], lines,
               [24, 14, 54, 23, 23, 22, 22], "LLLRRRR", legend, rts,
               summary=[("Total you owe for this claim:", money(20, ms))])


def build_upheld(f):
    o, r = ORGS["quill2"], f["r"]
    f.update(org=o, appeal=pat(r, "APL-99999-26"), case=pat(r, "PA99999999"), mid=pat(r, "QHI999999999"),
             group=pat(r, "99999999"))
    rows = [("Patient", f["member"]), ("Subscriber ID", f["mid"]), ("Group", f["group"]),
            ("Appeal number", f["appeal"]), ("Original case number", f["case"]),
            ("Provider", f"{f['doc']}, {f['prac']}"),
            ("Service", "62322 Intrathecal trial injection (lumbar)"),
            ("Requested date", fd(f["plan_dos"], f["ds"])),
            ("Appeal received", fd(f["received"], f["ds"]))]
    body = [f"Dear {f['member']}:",
            "We have completed our review of your first-level appeal. A board-certified anesthesiologist with pain "
            "medicine training, who took no part in the original decision, reviewed the appeal, the letter from "
            f"{f['doc']} and your records.",
            "#Appeal decision: UPHELD",
            "Our policy QH-SURG-118 requires a psychological evaluation by a licensed mental health professional "
            "before any intrathecal trial. Your appeal included a pain questionnaire completed at the pain clinic "
            "but no psychological evaluation. The original decision that the trial is not medically necessary "
            "stands.",
            "#Your further rights",
            "This is the final internal decision. You may ask for an external review by an Independent Review "
            "Organization within 4 months of the date you receive this letter. Call 1-555-730-4455 to ask for the "
            "form. You also have the right to bring a civil action under section 502(a) of ERISA."]
    f["sign"] = ["Sincerely,", "", "Appeals and Grievances Department", "Quillfeather Health Insurance Company"]
    return letter(f, "Appeal Decision", rows, body)


def build_noauth(f):
    o, r = ORGS["lode"], f["r"]
    f.update(org=o, claim=pat(r, "LM-9999999999"), mid=pat(r, "LMI99999999"), group=pat(r, "9999-99"))
    ms = f["ms"]
    c1 = round(r.randint(1400, 2100) + .0, 2)
    c2 = round(r.randint(900, 1500) + .5, 2)
    f["total"] = round(c1 + c2, 2)
    lines = [[fd(f["dos"], f["ds"]), "62322", "Intrathecal trial injection", money(c1, ms), money(0, ms),
              money(0, ms), money(0, ms), "PA3"],
             [fd(f["dos"], f["ds"]), "J2274", "Morphine PF test dose", money(c2 / 10, ms), money(0, ms),
              money(0, ms), money(0, ms), "PA3"],
             [fd(f["dos"], f["ds"]), "Facility", f"{f['fac']} (outpatient)", money(c2 - c2 / 10, ms), money(0, ms),
              money(0, ms), money(0, ms), "PA3"],
             ["*Total", "", "", money(f["total"], ms), money(0, ms), money(0, ms), money(0, ms), ""]]
    boxes = [[("Patient", f["member"], 62), ("Member ID", f["mid"], 42), ("Group", f["group"], 30),
              ("Processed on", f["notice_s"], 48)],
             [("Claim", f["claim"], 62), ("Billing provider", f["prac"], 72), ("NPI", f["npi"], 48)]]
    legend = [("PA3", "Denied. Intrathecal drug trials require prior authorization. No authorization was on file "
                      "for this date of service. Because an in-network provider did not get approval, you are not "
                      "responsible for this amount.")]
    rts = ["#Need to appeal?",
           "You can appeal within 180 days of the date of this EOB. Send a letter and a copy of this EOB to "
           "Lodestar Mutual Insurance, Appeals, PO Box 90312, Dunmore Flats, KS 66999, or call 1-555-812-5050."]
    return eob(f, "Explanation of Benefits", boxes,
               ["Service date", "Code", "Description", "Billed", "Allowed", "Paid", "You owe", "Code"], lines,
               [24, 16, 52, 20, 18, 16, 18, 18], "LLLRRRRL", legend, rts)


def dl(f, n):
    return (f["notice"] + dt.timedelta(days=n)).isoformat()


def truth_of(f):
    k = f["kind"]
    c = dict(insurer=f["org"]["name"], member_name=f["member"], member_id=f.get("mid"),
             denial_date=f["notice"].isoformat())
    if k == "stmt":
        return truth("other", None, member_name=f["member"], provider=f["prac"], claim_amount=m2(f["total"]),
                     service_dates=[f["dos"].isoformat()], denial_date=f["stmt_date"].isoformat(),
                     alternates={"provider": [f["doc"]], "denial_date": [None], "claim_amount": [None],
                                 "service_dates": [[]]},
                     unscored=["insurer"])
    alt = {"provider": [f["prac"]]}
    if k == "implant":
        return truth("denial_letter", "medical_necessity", group_number=f["group"], case_numbers=[f["case"]],
                     service_dates=[f["plan_dos"].isoformat()], provider=f["doc"], appeal_deadline=dl(f, 180),
                     alternates={**alt, "service_dates": [[]]}, **c)
    if k == "trial_ma":
        return truth("denial_letter", "medical_necessity", plan_id="H7823-004", case_numbers=[f["case"]],
                     service_dates=[f["plan_dos"].isoformat()], provider=f["doc"], appeal_deadline=dl(f, 65),
                     alternates={**alt, "service_dates": [[]], "plan_id": [None],
                                 "insurer": ["Sablewood Advantage Plus (PPO)"]}, **c)
    if k == "stack":
        return truth("eob", "coding_error", group_number=f["group"], case_numbers=[f["claim"]],
                     claim_amount=m2(f["total"]), service_dates=[f["dos"].isoformat()], provider=f["prac"],
                     appeal_deadline=dl(f, 180), alternates={"provider": [f["doc"]]}, **c)
    if k == "mcd":
        return truth("denial_letter", "medical_necessity", case_numbers=[f["case"]],
                     service_dates=[f["plan_dos"].isoformat()], provider=f["doc"], appeal_deadline=dl(f, 60),
                     alternates={**alt, "service_dates": [[]]}, **c)
    if k == "ma_eob":
        return truth("eob", "coding_error", plan_id="H3391-007", case_numbers=[f["claim"]],
                     claim_amount=m2(f["total"]), service_dates=[f["dos"].isoformat()], provider=f["doc"],
                     appeal_deadline=dl(f, 65),
                     alternates={"plan_id": [None], "insurer": ["Brookhaven Medicare Complete (HMO)"]}, **c)
    if k == "upheld":
        return truth("denial_letter", "medical_necessity", group_number=f["group"],
                     case_numbers=[f["appeal"], f["case"]], service_dates=[f["plan_dos"].isoformat()],
                     provider=f["doc"], appeal_deadline=None,
                     alternates={**alt, "service_dates": [[]], "case_numbers": [[f["appeal"]]]}, **c)
    if k == "noauth":
        return truth("eob", "prior_authorization", group_number=f["group"], case_numbers=[f["claim"]],
                     claim_amount=m2(f["total"]), service_dates=[f["dos"].isoformat()], provider=f["prac"],
                     appeal_deadline=dl(f, 180), alternates={"provider": [f["fac"]]}, **c)
    raise ValueError(k)


BUILD = {"implant": build_implant, "trial_ma": build_trial_ma, "mcd": build_mcd, "ma_eob": build_ma_eob,
         "upheld": build_upheld, "noauth": build_noauth}

PLAN = [
    ("bd_letter_62362_implant_no_trial", "born_digital", "implant", "wlong", "plain"),
    ("scan300_ma_notice_62322_trial_no_psych_eval", "scan_clean_300", "trial_ma", "abbr", "plain"),
    ("faxstd_stack_cover_eob_j2274_units_statement", "fax_standard_g4", "stack", "slash", "plain"),
    ("lowres_medicaid_notice_62362_no_psych_no_trial", "scan_lowres_150", "mcd", "mdy_nopad", "plain"),
    ("copy_ma_eob_95991_ziconotide_units_wrong", "photocopy", "ma_eob", "dmy", "nosign"),
    ("bd_appeal_upheld_62322_trial", "born_digital", "upheld", "long", "plain"),
    ("photo_eob_62322_trial_no_prior_auth", "phone_photo", "noauth", "iso", "space"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ds, ms) in enumerate(PLAN):
        f = make(i, kind, ds, ms)
        if kind == "stack":
            eob_pdf = build_stack_eob(f)
            r = f["r"]
            st = dict(f, kind="stmt", acct=pat(r, "NIP-999999"), sph=ph(r), sfx=ph(r),
                      stmt_date=f["notice"] + dt.timedelta(days=r.randint(5, 12)))
            st["stmt_s"] = fd(st["stmt_date"], f["ds"])
            items.append(Item(f"{FAMILY}_{suffix}", cond, [(eob_pdf, truth_of(f)), (build_statement(st),
                                                                                  truth_of(st))],
                              separators=["cover", None]))
        else:
            items.append(Item(f"{FAMILY}_{suffix}", cond, [(BUILD[kind](f), truth_of(f))]))
    return items
