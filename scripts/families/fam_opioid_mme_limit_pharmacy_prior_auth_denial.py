"""Family 'opioid_mme_limit_pharmacy_prior_auth_denial': pharmacy benefit managers' prior authorization decisions,
a Medicare Part D coverage denial and a pharmacy's reject notice on opioid prescriptions over a morphine milligram
equivalent (MME) limit or over a days-supply limit for a new start.

Cases: a commercial PBM letter denying oxycodone ER plus IR at 150 MME per day (over the 90 MME limit; no pain
specialist consult or naloxone); a partial approval with a taper schedule (morphine ER approved at 120 then 90 MME
per day, the requested 180 MME per day denied); a pharmacy's printed reject notice at the counter for a 14-day new
start over the 7-day limit (a pharmacy notice, not the plan's decision); a Medicaid PBM fax to the prescriber
denying a 14-day hydrocodone new start; a Part D Notice of Denial of Medicare Prescription Drug Coverage under the
opioid safety edit (cumulative MME across prescribers); a commercial PBM appeal decision upholding the MME denial
with only an external review left (phone photo); a PBM letter denying a fentanyl patch for an opioid-naive member.

Layouts are invented, modelled loosely on PBM coverage-determination letters, CMS-10146 and pharmacy reject
printouts. All values invented: people, plans, PBMs, pharmacies, doctors, IDs, prices; phone and fax numbers are
1-555 numbers. Decoys: the employer plan named under the PBM, RxBIN/PCN/RxGroup, NDCs, prescription numbers, the
dispensing pharmacy, the date a request was received, the date of birth, the MME figures, the fax header's date,
the 72-hour expedited limit, the external review's 4 months, the Medicaid fair hearing limit.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from fam_donor_human_milk_infant_coverage_denial import Page, npi, pat, ph, plus
from inv_kit import fmt_date, fmt_money, pdf_bytes, truth

FAMILY = "opioid_mme_limit_pharmacy_prior_auth_denial"
LANG = "en"
SEED = 258600
FIRST = ["Augustin", "Marguerite", "Dorian", "Philomena", "Ulric", "Serafina", "Barnaby", "Columbine", "Lazarus",
         "Ottoline", "Cyprian", "Hyacinth"]
LAST = ["Featherstonehaugh", "Amankwah", "Lindqvist", "Pettigrew", "Castellano", "Mbeki-Rowe", "Drummond",
        "Halvorsen", "Quintanilla", "Ashcombe", "Verhoeven", "Blackwood"]
STREETS = ["Saltmarsh Road", "Kestrel Hill Drive", "Copperleaf Way", "Tinsmith Lane", "Orchard Gate"]
CITIES = [("Kettleby", "MO", "65999"), ("Brightwater", "KY", "42999"), ("Harthollow", "NE", "68999"),
          ("Pinecrest", "WV", "26999")]
DOCTORS = ["Dr. Ansel P. Whitcombe, MD", "Dr. Giovanna R. Lachance, DO", "Dr. Tobiah M. Okereke, MD",
           "Rhiannon E. Stadler, NP", "Dr. Florian K. Adeyemi, MD", "Dr. Maude L. Ferreira-Quinn, MD",
           "Dr. Ezekiel B. Thornbury, DO"]
ISSUERS = {
    "bright": dict(name="Brightwater Rx Solutions", word="BRIGHTWATER Rx",
                   addr="PO Box 60210, Brightwater, KY 42999", sponsor="Calloway Freight Employees' Health Plan"),
    "hart": dict(name="Harthollow Pharmacy Services", word="HARTHOLLOW",
                 addr="1800 Copperleaf Way, Harthollow, NE 68999", sponsor="Prairie Mill Teachers' Benefit Trust"),
    "pine": dict(name="Sablewood Rx Administrators", word="SABLEWOOD Rx",
                 addr="PO Box 1150, Pinecrest, WV 26999", sponsor="Pinecrest State Medicaid Pharmacy Program"),
    "meri": dict(name="Meridell Health Plans", word="MERIDELL", addr="PO Box 7740, Kettleby, MO 65999",
                 sponsor="Meridell Medicare Rx Value (PDP)"),
    "kest": dict(name="Kestrel Benefit Pharmacy", word="KESTREL", addr="40 Kestrel Hill Drive, Kettleby, MO 65999",
                 sponsor="Saltmarsh County Employees Plan"),
    "copper": dict(name="Copperleaf PBM, Inc.", word="COPPERLEAF", addr="PO Box 909, Harthollow, NE 68999",
                   sponsor="Tinsmith Guild Health Fund"),
    "store": dict(name="Kettleby Drug #0412", word="KETTLEBY DRUG", addr="210 Orchard Gate, Kettleby, MO 65999",
                  sponsor="Brightwater Rx Solutions"),
}


def person(r):
    return f"{r.choice(FIRST)} {r.choice('ABCDEFGHJKLMNPRSTW')}. {r.choice(LAST)}"


def make(r, kind, iss, ds, ms, doc):
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 220))
    city = r.choice(CITIES)
    f = dict(kind=kind, ds=ds, ms=ms, notice=notice, member=person(r), iss=ISSUERS[iss], ikey=iss,
             street=f"{r.randint(12, 9900)} {r.choice(STREETS)}", city=f"{city[0]}, {city[1]} {city[2]}",
             doc=DOCTORS[doc], npi=npi(r), ph=ph(r), fax=ph(r), dob=dt.date(r.randint(1948, 1990), r.randint(1, 12),
                                                                           r.randint(1, 28)))
    f["received"] = notice - dt.timedelta(days=r.randint(1, 3))
    f["mid"] = pat(r, r.choice(["AA99999999", "999999999-01", "BW9999999"]))
    f["grp"] = pat(r, r.choice(["RX9999", "99999", "G9999A"]))
    f["case"] = pat(r, r.choice(["PA99999999", "CD-2026-9999999", "99999999999"]))
    f["start"] = notice + dt.timedelta(days=r.randint(0, 2))
    if kind == "upheld":                               # the appeal comes weeks after the first request
        f["start"] = notice - dt.timedelta(days=r.randint(24, 40))
    f["end"] = plus(f["start"], r.choice([89, 179, 364]))
    f["rxno"] = pat(r, "Rx 9999999")
    f["bin"], f["pcn"] = pat(r, "999999"), pat(r, "AA99")
    f["appeal"] = pat(r, "AP-99999999")
    f["price"] = round(r.uniform(38, 260), 2)
    return f


def fd(f, d):
    return fmt_date(d, f["ds"])


def mo(f, v):
    return fmt_money(v, f["ms"])


def member_rows(f, labels):
    a, b, c, e, g = labels
    return [(a, f["member"]), (b, f["mid"]), (c, f["grp"]), (e, f["case"]), (g, f"{f['doc']}, NPI {f['npi']}")]


def rights_180(d, f, who):
    d.sec("Your right to appeal", 10)
    d.para("If you disagree with this decision, you or your prescriber may ask for an appeal. You must ask within "
           f"180 days of the date of this letter. Send your appeal to {who}, Appeals Department, {f['iss']['addr']}, "
           f"fax {f['fax']}, or call {f['ph']}. If your health could be seriously harmed by waiting, ask for an "
           "expedited appeal; we will answer within 72 hours. You may also have the right to an external review "
           "by an independent review organization.", 9.2)


def build_mme(f):
    i = f["iss"]
    d = Page(footer="BWRX-PA-DEN-03 · Page {p} of {n}")
    d.add_page()
    d.head(i["word"], i["name"], i["addr"], f["ph"], 1)
    d.text_line(fd(f, f["notice"]), 10)
    d.ln(3)
    d.to([f["member"], f["street"], f["city"]])
    d.text_line("Prior Authorization Denial", 12.5, "B")
    d.text_line(f"Prescription benefit for {i['sponsor']}", 9)
    d.ln(2)
    d.rows(member_rows(f, ["Member:", "Member ID:", "Group:", "Case number:", "Prescriber:"]) +
           [("Date of birth:", fd(f, f["dob"])), ("Request received:", fd(f, f["received"])),
            ("Drugs requested:", "oxycodone ER 20 mg tablet every 12 hours, #60; oxycodone 10 mg tablet every 4 hours "
             "as needed, #180"),
            ("Coverage period requested:", f"{fd(f, f['start'])} to {fd(f, f['end'])}")], 52, 9.2)
    d.sec("Why we denied your request", 10)
    d.para("Your plan limits opioid pain medicines to a total of 90 morphine milligram equivalents (MME) per day. "
           "The two prescriptions together come to 150 MME per day (oxycodone ER 60 MME plus oxycodone 90 MME). "
           "Coverage above 90 MME per day is approved only when the records show all of the following: a pain "
           "management or palliative care consult, a naloxone prescription, and a signed opioid treatment "
           "agreement. The records we received did not show a pain specialist consult or naloxone. Based on the "
           "plan's Opioid Dose Limit criteria (policy RX-OP-090), the requested dose is not medically necessary.",
           9.4)
    d.para("Your pharmacy can still fill up to 90 MME per day without prior authorization. Please talk with your "
           "prescriber about your pain plan. Do not stop opioid medicine suddenly.", 9.4)
    rights_180(d, f, i["name"])
    d.para(f"Sincerely,\nClinical Pharmacist Reviewer\n{i['name']}", 9.2)
    return pdf_bytes(d)


def build_taper(f):
    i = f["iss"]
    d = Page(footer="Harthollow Pharmacy Services  {p}/{n}")
    d.add_page()
    d.head(i["word"], i["name"], i["addr"], f["ph"], 2)
    d.text_line(fd(f, f["notice"]), 10)
    d.ln(3)
    d.to([f["member"], f["street"], f["city"]])
    d.text_line("Coverage Determination: Partially Approved", 12, "B")
    d.ln(1)
    d.rows(member_rows(f, ["Patient:", "ID number:", "Group no.:", "PA reference #:", "Prescribing physician:"]) +
           [("Plan:", i["sponsor"]), ("Requested:", "morphine sulfate ER 60 mg every 8 hours (180 MME/day)"),
            ("Requested dates:", f"{fd(f, f['start'])} - {fd(f, f['end'])}")], 50, 9.2)
    w1, w2 = plus(f["start"], 27), plus(f["start"], 28)
    w3 = plus(f["start"], 55)
    rows = [[f"{fd(f, f['start'])} - {fd(f, w1)}", "morphine ER 60 mg every 12 hours", "120", "#56", "Approved"],
            [f"{fd(f, w2)} - {fd(f, w3)}", "morphine ER 30 mg every 8 hours", "90", "#84", "Approved"],
            ["Ongoing", "morphine ER 60 mg every 8 hours", "180", "#90 per 30 days", "Denied"]]
    d.grid(["Dates", "Drug and dose", "MME/day", "Quantity", "Decision"], rows, [52, 64, 18, 26, 22], 8.2, "LLRLL")
    d.sec("What this means", 10)
    d.para("We approved a taper schedule so that your dose can come down safely to the plan limit of 90 MME per "
           "day over 8 weeks, as your prescriber's taper plan describes. We denied the requested dose of 180 MME "
           "per day after the taper: the plan covers doses over 90 MME per day only for cancer pain, sickle cell "
           "disease or hospice care, and none of these applies. The higher dose is not medically necessary under "
           "the plan's criteria.", 9.4)
    rights_180(d, f, i["name"])
    return pdf_bytes(d)


def build_counter(f):
    i = f["iss"]
    d = Page()
    d.add_page()
    d.font(16, "B")
    d.cell(0, 8, i["name"].upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    d.text_line(f"{i['addr']}  ·  Pharmacy {f['ph']}", 8.5, align="C")
    d.rule(0.4, 4)
    d.text_line("PRESCRIPTION NOT FILLED - INSURANCE REJECTION", 11.5, "B", align="C")
    d.ln(2)
    d.rows([("Date:", fd(f, f["start"])), ("Patient:", f["member"]), ("Date of birth:", fd(f, f["dob"])),
            ("Prescription:", f"{f['rxno']}  hydrocodone/acetaminophen 5/325 mg, #56, 14 days"),
            ("Prescriber:", f"{f['doc']} (NPI {f['npi']})"), ("Insurance:", f"{i['sponsor']} (Calloway Freight plan)"),
            ("Cardholder ID:", f["mid"]), ("RxBIN / PCN / Group:", f"{f['bin']} / {f['pcn']} / {f['grp']}"),
            ("Claim reference:", f["case"]), ("Submitted price:", mo(f, f["price"]))], 50, 9.2)
    d.sec("Reject message from your plan", 10)
    d.font(9.4)
    d.multi_cell(0, 5, "76 - PLAN LIMITATIONS EXCEEDED\n925 - OPIOID NAIVE: NEW START LIMITED TO 7 DAYS SUPPLY\n"
                 "MAX DAYS SUPPLY 7. PRIOR AUTHORIZATION REQUIRED FOR MORE.", border=1,
                 new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para("Your plan did not pay for this prescription as written. This is not a decision on a coverage request. "
           "You can: (1) ask us to fill a 7-day supply (#28), which your plan will cover; (2) ask your prescriber "
           "to request prior authorization from your plan; or (3) pay the cash price today.", 9.4)
    d.para("To ask your plan for a coverage decision, call the number on the back of your ID card. Keep this "
           "notice for your records.", 9.0)
    return pdf_bytes(d)


def build_mcd_fax(f):
    i = f["iss"]
    d = Page(footer="Sablewood Rx for the Pinecrest Medicaid Pharmacy Program - CONFIDENTIAL - {p} of {n}")
    d.add_page()
    d.font(8)
    d.cell(0, 4, f"{fmt_date(f['notice'], 'short')} 14:{f['npi'][-2:]}  FROM: SABLEWOOD RX PA UNIT  {f['fax']}  "
           "P.001/001", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.head(i["word"], i["name"], i["addr"], f["ph"], 3)
    d.text_line("PRIOR AUTHORIZATION DETERMINATION - DENIED", 12, "B", align="C")
    d.text_line(i["sponsor"], 9.5, align="C")
    d.ln(3)
    d.rows([("To (prescriber):", f"{f['doc']}  NPI {f['npi']}"), ("Fax:", f["fax"]),
            ("Date of determination:", fd(f, f["notice"])), ("PA request number:", f["case"]),
            ("Recipient:", f["member"]), ("Medicaid ID:", f["mid"]), ("Recipient DOB:", fd(f, f["dob"])),
            ("Drug:", "hydrocodone/acetaminophen 5/325 mg tablet, #56 for 14 days"),
            ("Requested start date:", fd(f, f["start"]))], 52, 9.2)
    d.sec("Reason", 10)
    d.para("Denied. Pinecrest Medicaid limits a first opioid prescription for acute pain (no opioid claim in the "
           "past 90 days) to a 7-day supply and 50 MME per day. The request is for a 14-day supply. A 7-day supply "
           "(#28) may be dispensed without prior authorization. Criteria for a longer supply (cancer, sickle cell "
           "disease, hospice, or post-surgical pain with surgeon attestation) were not documented.", 9.4)
    d.sec("Recipient appeal rights", 10)
    d.para("A notice has been mailed to the recipient. The recipient may request an appeal within 60 days of the "
           f"date of this notice by calling {f['ph']}. After the plan appeal, the recipient may request a State "
           "Fair Hearing within 120 days. Prescribers may submit new information at any time by fax to "
           f"{f['fax']}.", 9.2)
    return pdf_bytes(d)


def build_partd(f):
    i = f["iss"]
    d = Page(footer="Form CMS-10146-MD (Exp. 08/31/2027)   H5991_MRX26_M   Page {p} of {n}")
    d.add_page()
    d.head(i["word"], i["name"], i["addr"], f["ph"], 1)
    d.text_line(fd(f, f["notice"]), 10)
    d.ln(2)
    d.text_line("Notice of Denial of Medicare Prescription Drug Coverage", 12.5, "B")
    d.ln(1)
    d.rows([("Name:", f["member"]), ("Member number:", f["mid"]), ("Plan:", f"{i['sponsor']}, {f['pbp']}"),
            ("Coverage determination #:", f["case"]), ("Prescriber:", f["doc"]),
            ("Drug:", "oxycodone/acetaminophen 10/325 mg, 1 tablet every 4 hours, #180 per 30 days"),
            ("Coverage requested from:", fd(f, f["start"]))], 52, 9.2)
    d.para(f"We have denied the coverage of the prescription drug listed above that you or your doctor requested. "
           "We denied this request because your opioid prescriptions from three prescribers and three pharmacies "
           "add up to 200 morphine milligram equivalents (MME) per day. Our opioid safety edit limits cumulative "
           "use to 90 MME per day unless the prescribers confirm that the higher amount is medically necessary and "
           "coordinated. Your prescribers did not confirm this, so the drug is not covered at this dose.", 9.4)
    d.sec("You have the right to ask us to redetermine (review) our decision", 10)
    d.para("If you want us to review this decision, you must ask within 65 days of the date of this notice. You or "
           f"your prescriber can call {f['ph']} (TTY 711) or write to {i['name']} Part D Appeals, {i['addr']}, "
           f"fax {f['fax']}. If your health could be seriously harmed by waiting 7 days, ask for a fast "
           "redetermination; we will decide within 72 hours.", 9.2)
    d.para("You may get a free copy of the information we used. If you need help, call 1-800-MEDICARE "
           "or your State Health Insurance Assistance Program.", 8.8)
    return pdf_bytes(d)


def build_upheld(f):
    i = f["iss"]
    d = Page(footer="Kestrel Benefit Pharmacy · Appeal Unit · {p} of {n}")
    d.add_page()
    d.head(i["word"], i["name"], i["addr"], f["ph"], 2)
    d.text_line(fd(f, f["notice"]), 10)
    d.ln(3)
    d.to([f["member"], f["street"], f["city"]])
    d.text_line("Appeal Decision - Denial Upheld", 12.5, "B")
    d.ln(1)
    d.rows([("Member name:", f["member"]), ("Member #:", f["mid"]), ("Grp:", f["grp"]),
            ("Appeal ID:", f["appeal"]), ("Original request ID:", f["case"]),
            ("Prescriber name:", f["doc"]), ("Drug:", "tapentadol ER 250 mg every 12 hours (200 MME/day)"),
            ("Period of coverage asked for:", f"{fd(f, f['start'])} to {fd(f, f['end'])}")], 56, 9.2)
    d.sec("Our decision", 10)
    d.para("A pain medicine physician who was not part of the first decision reviewed your appeal, the letter from "
           "your prescriber and your pharmacy records. The requested dose is 200 MME per day, above the plan's "
           "limit of 90 MME per day. The records do not show a trial of non-opioid treatments or a taper plan, so "
           "the request does not meet the plan's criteria and is not medically necessary. We uphold the denial.",
           9.4)
    d.sec("Next steps", 10)
    d.para("This completes the plan's internal appeal process. You have the right to ask for an external review by "
           "an independent review organization within 4 months after you receive this letter. For help, call "
           f"{f['ph']}.", 9.2)
    return pdf_bytes(d)


def build_fentanyl(f):
    i = f["iss"]
    d = Page(footer="COPPERLEAF PBM  CD-LTR-7  {p}/{n}")
    d.add_page()
    d.head(i["word"], i["name"], i["addr"], f["ph"], 3)
    d.text_line(f"Date of notice: {fd(f, f['notice'])}", 10)
    d.ln(2)
    d.to([f["member"], f["street"], f["city"]])
    d.text_line("We cannot approve your prescription drug request", 12, "B")
    d.ln(1)
    d.rows([("Member name:", f["member"]), ("Member #:", f["mid"]), ("Grp:", f["grp"]),
            ("Request ID:", f["case"]), ("Prescriber name:", f"{f['doc']} (NPI {f['npi']})"),
            ("Medication:", "fentanyl 25 mcg/hr transdermal patch, 10 patches per 30 days"),
            ("Period of coverage asked for:", f"{fd(f, f['start'])} to {fd(f, f['end'])}")], 56, 9.2)
    d.para(f"{i['sponsor']} covers long-acting opioids such as fentanyl patches only for members who are "
           "opioid tolerant: at least 60 MME per day of an opioid for 7 days or more right before the request. Our "
           "records show no opioid claims in the past 60 days, so you are opioid naive. A fentanyl patch is not "
           "safe and not medically necessary for you at this time. Short-acting opioids are covered for a new "
           "start up to a 7-day supply.", 9.4)
    rights_180(d, f, i["name"])
    return pdf_bytes(d)


def truth_of(f):
    k, i = f["kind"], f["iss"]
    iso = lambda d: d.isoformat()  # noqa: E731
    dl = lambda n: iso(plus(f["notice"], n))  # noqa: E731
    span = [f"{iso(f['start'])}/{iso(f['end'])}"]
    salt = [[iso(f["start"])], []]
    c = dict(insurer=i["name"], member_id=f["mid"], member_name=f["member"], provider=f["doc"].split(",")[0],
             denial_date=iso(f["notice"]), case_numbers=[f["case"]])
    alt = {"insurer": [i["sponsor"]], "service_dates": salt}
    if k == "mme":
        return truth("denial_letter", "medical_necessity", group_number=f["grp"], service_dates=span,
                     appeal_deadline=dl(180), alternates=alt,
                     denial_alternates=["prior_authorization", "not_covered"], **c)
    if k == "taper":
        return truth("denial_letter", "medical_necessity", group_number=f["grp"], service_dates=span,
                     appeal_deadline=dl(180), alternates=alt, denial_alternates=["not_covered", "other"],
                     type_alternates=["other"], **c)
    if k == "counter":
        c.update(denial_date=iso(f["start"]), insurer=i["sponsor"])
        return truth("other", None, group_number=f["grp"], claim_amount=f"{f['price']:.2f}",
                     service_dates=[iso(f["start"])], unscored=["insurer"],
                     alternates={"claim_amount": [None], "provider": [i["name"]]},
                     type_alternates=["denial_letter"], denial_alternates=["not_covered", "prior_authorization"],
                     **c)
    if k == "mcd":
        return truth("denial_letter", "not_covered", service_dates=[iso(f["start"])], appeal_deadline=dl(60),
                     alternates={"insurer": [i["sponsor"]], "service_dates": [[]]},
                     denial_alternates=["medical_necessity", "prior_authorization"], **c)
    if k == "partd":
        return truth("denial_letter", "medical_necessity", plan_id=f["pbp"], service_dates=[iso(f["start"])],
                     appeal_deadline=dl(65), alternates={"insurer": [i["sponsor"]], "service_dates": [[]],
                                                         "plan_id": [None]},
                     denial_alternates=["not_covered", "other"], **c)
    if k == "upheld":
        c["case_numbers"] = [f["appeal"], f["case"]]
        return truth("denial_letter", "medical_necessity", group_number=f["grp"], service_dates=span,
                     appeal_deadline=None, alternates={**alt, "case_numbers": [[f["appeal"]]]},
                     denial_alternates=["not_covered"], **c)
    if k == "fent":
        return truth("denial_letter", "medical_necessity", group_number=f["grp"], service_dates=span,
                     appeal_deadline=dl(180), alternates=alt, denial_alternates=["not_covered"], **c)
    raise ValueError(k)


BUILD = {"mme": build_mme, "taper": build_taper, "counter": build_counter, "mcd": build_mcd_fax,
         "partd": build_partd, "upheld": build_upheld, "fent": build_fentanyl}

# (suffix, condition, kind, issuer, date style, money style, prescriber index)
PLAN = [
    ("bd_pbm_letter_oxycodone_150_mme_over_90", "born_digital", "mme", "bright", "long", "plain", 0),
    ("bd_partial_approval_morphine_taper_schedule", "born_digital", "taper", "hart", "slash", "plain", 1),
    ("lowres_pharmacy_counter_reject_7_day_new_start", "scan_lowres_150", "counter", "store", "mdy_nopad", "bare", 2),
    ("faxstd_medicaid_pa_denied_hydrocodone_14_days", "fax_standard_g4", "mcd", "pine", "dmy", "plain", 3),
    ("copy_partd_notice_cumulative_mme_safety_edit", "photocopy", "partd", "meri", "abbr", "plain", 4),
    ("photo_appeal_upheld_tapentadol_200_mme", "phone_photo", "upheld", "kest", "upper", "plain", 5),
    ("scan300_fentanyl_patch_opioid_naive_denied", "scan_clean_300", "fent", "copper", "iso", "plain", 6),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, iss, ds, ms, doc) in enumerate(PLAN):
        r = random.Random(SEED + i)
        f = make(r, kind, iss, ds, ms, doc)
        f["pbp"] = "S5991-007"
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(BUILD[kind](f), truth_of(f))]))
    return items
