"""Family 'hospital_at_home_acute_care_program_denial': Medicare Advantage and commercial plan letters and EOBs on
acute hospital care at home programs (inpatient-level care delivered at home, with daily visits and remote
monitoring).

Cases: the home admission denied as not meeting inpatient criteria (MA notice, pre-service style; a commercial
letter); the days after the member was clinically stable denied (commercial letter; an MA letter faxed by the
hospital with its cover sheet and its own billing letter - a stack); the program's remote monitoring billed
separately denied as part of the inpatient payment (MA letter; a commercial EOB); the stay paid as an inpatient stay
(MA EOB).

Modelled from memory on CMS-10003 and typical plan letters and EOBs. All people, plans, hospitals and numbers are
invented (555 phone numbers). Decoys: the emergency physician who referred, NPIs, the date of birth, the ED visit
date, the date the request or claim was received, the claims-processed period.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from fam_smoking_cessation_counseling_session_limit_msn import (Page, build_eob, build_letter, fd, fee, line, m2,
                                                                npi, pat, ph, usd)
from inv_kit import pdf_bytes, truth

FAMILY = "hospital_at_home_acute_care_program_denial"
LANG = "en"
FIRST = ["Clementine", "Adebayo", "Ragnhild", "Ignatius", "Perpetua", "Vasily", "Marguerite", "Tendai", "Lorcan",
         "Esperanza", "Horatio", "Mireille", "Kwabena", "Ottilie"]
LAST = ["Fairbrother", "Olamide", "Sorensen-Blake", "Petrakis", "Mbeki-Hart", "Vandersloot", "Cunningham-Oyo",
        "Lisowski", "Abernathy", "Ferreira-Walsh", "Dunstable", "Kaczmarek"]
STREETS = ["Heathcote Avenue", "Oxbow Bend Road", "Lanternfly Lane", "Sparrowhawk Drive", "Quarry Hill Road"]
CITIES = [("Bramblewick", "VT", "05999"), ("Sable Point", "MN", "56799"), ("Cedar Falls Junction", "GA", "31899")]
HOSPS = [("Bramblewick Regional Medical Center - Hospital at Home", "12 Heathcote Avenue, Bramblewick, VT 05999"),
         ("Sable Point General Hospital Acute Care at Home Program", "400 Oxbow Bend Road, Sable Point, MN 56799"),
         ("St. Anselm of the Pines Home Hospital Program", "77 Quarry Hill Road, Cedar Falls Junction, GA 31899")]
EDDOCS = ["Dr. Florentyna K. Abiodun", "Dr. Mortimer J. Achterberg", "Dr. Yevgenia P. Nakashima-Reid"]
ORGS = {"MA": dict(word="HEATHCOTE HEALTH", org="Heathcote Health Plan, Inc.",
                   product="Heathcote Medicare Advantage Choice (HMO)", addr="PO Box 50771, Bramblewick, VT 05999",
                   pbp="H6128-017"),
        "COM": dict(word="OXBOW ASSURANCE", org="Oxbow Assurance Health Company", product="Oxbow Open Access PPO",
                    addr="PO Box 2290, Sable Point, MN 56799", pbp="")}
RM = "Remote patient monitoring, device supply, each 30 days"
RM2 = "Remote physiologic monitoring, treatment management, first 20 minutes"


def person(r):
    return f"{r.choice(FIRST)} {r.choice('BCDEFGHJKLMNPRSTW')}. {r.choice(LAST)}"


def make(kind, r, ds, ls):
    notice = dt.date(2026, 1, 10) + dt.timedelta(days=r.randint(0, 220))
    disch = notice - dt.timedelta(days=r.randint(18, 45))
    admit = disch - dt.timedelta(days=r.randint(4, 8))
    hi = {"adm_ma": 0, "adm_com": 1, "stable_com": 1, "stable_ma": 2, "rpm_ma": 0, "rpm_eob": 1, "paid_eob": 2}[kind]
    city, st, z = CITIES[hi]
    org = ORGS["MA" if kind.endswith("ma") or kind == "paid_eob" else "COM"]
    f = dict(kind=kind, lang="en", ds=ds, ls=ls, notice=notice, admit=admit, disch=disch, member=person(r),
             addr=(f"{r.randint(10, 9900)} {r.choice(STREETS)}", f"{city}, {st} {z}"), prac=HOSPS[hi],
             doc=EDDOCS[hi], npi=npi(r), ph=ph(r), org=org,
             period=(notice - dt.timedelta(days=r.randint(28, 33)), notice - dt.timedelta(days=r.randint(1, 4))),
             dob=dt.date(r.randint(1938, 1965), r.randint(1, 12), r.randint(1, 28)),
             received=disch + dt.timedelta(days=r.randint(3, 10)))
    f["ed"] = admit
    f["mid"] = pat(r, "HHP99999999") if org is ORGS["MA"] else pat(r, "OXA999999999")
    f["group"] = pat(r, "OX-99999")
    f["claim"] = pat(r, "HH26-9999999") if org is ORGS["MA"] else pat(r, "26999999999")
    f["dx"] = r.choice(["cellulitis of the lower leg", "community-acquired pneumonia",
                        "heart failure exacerbation", "COPD exacerbation"])
    days = (disch - admit).days
    f["days"] = days
    rate = fee(r, 2600, 3400)
    f["stay_ch"] = round(rate * days, 2)
    f["rm_ch"] = fee(r, 60, 90)
    f["rm2_ch"] = fee(r, 45, 70)
    f["deadline"] = notice + dt.timedelta(days=65 if org is ORGS["MA"] else 180)
    if kind == "adm_ma":
        f["case"] = pat(r, "OD-26-999999")
        f["received"] = admit
        f["notice"] = admit + dt.timedelta(days=1)
        f["deadline"] = f["notice"] + dt.timedelta(days=65)
    if kind in ("stable_com", "stable_ma"):
        f["stable"] = admit + dt.timedelta(days=r.randint(2, days - 2))
        f["nc"] = (f["stable"] + dt.timedelta(days=1), disch)
        f["case"] = pat(r, "UR-9999999")
        f["stmt_date"] = notice + dt.timedelta(days=r.randint(3, 7))
    if kind in ("rpm_ma", "rpm_eob"):
        f["lines"] = [line(admit, "Rev 0120", f"Room and board, acute care at home, {days} days", f["stay_ch"],
                           round(f["stay_ch"] * .55, 2), paid=round(f["stay_ch"] * .55, 2) - 1676.0, you=1676.0,
                           note="A1"),
                      line(admit, "99454", RM, f["rm_ch"], 0, ok=False, note="B7"),
                      line(admit, "99457", RM2, f["rm2_ch"], 0, ok=False, note="B7")]
    if kind == "paid_eob":
        allowed = round(f["stay_ch"] * .52, 2)
        f["lines"] = [line(admit, "Rev 0120", f"Inpatient acute care at home, {days} days", f["stay_ch"], allowed,
                           paid=round(allowed - 1850.0, 2), you=1850.0, note="IP")]
    return f


def rows_common(f, idlabel="Member ID:"):
    ds = f["ds"]
    return [("Member:", f["member"]), (idlabel, f["mid"]), ("Date of birth:", fd(f["dob"], ds))]


def build_adm_ma(f):
    ds = f["ds"]
    rows = rows_common(f) + [("Request number:", f["case"]), ("Program:", f"{f['prac'][0]}"),
                             ("Referred from the ED by:", f["doc"]), ("Requested admission:", fd(f["admit"], ds)),
                             ("Request received:", fd(f["received"], ds))]
    paras = ["#We have DENIED the medical coverage requested",
             f"The program asked us to approve an acute inpatient admission at home for {f['dx']}. We reviewed your "
             "emergency department records. Your vital signs and laboratory results did not meet the plan's inpatient "
             "criteria: you did not need intravenous treatment or monitoring that could only be given at a hospital "
             "level of care. Care in your doctor's office or home health services can meet your needs. A plan "
             "physician made this decision.",
             "#You have the right to appeal our decision",
             "You must request a reconsideration within 65 days of the date of this notice. If waiting could seriously "
             f"harm your health, ask for a fast decision (72 hours). Write to {f['org']['org']}, Appeals, "
             f"{f['org']['addr']}, or call {f['ph']}."]
    return build_letter(f, "Notice of Denial of Medical Coverage (or Payment)", rows, paras,
                        form="Form CMS-10003-NDMCP  OMB Approval 0938-0829")


def build_adm_com(f):
    ds = f["ds"]
    rows = rows_common(f) + [("Group:", f["group"]), ("Claim number:", f["claim"]), ("Facility:", f["prac"][0]),
                             ("ED physician:", f"{f['doc']} (NPI {npi(random.Random(f['mid']))})"),
                             ("Admitted:", fd(f["admit"], ds)), ("Discharged:", fd(f["disch"], ds)),
                             ("Total charges:", usd(f["stay_ch"])), ("Claim received:", fd(f["received"], ds))]
    paras = [f"We reviewed the claim for your acute care at home stay for {f['dx']}. Hospital at home is covered only "
             "when the admission would have needed an inpatient hospital bed. The records show stable vital signs, "
             "oral medicines only and no need for daily physician visits. The admission did not meet inpatient "
             "criteria (InterQual Acute Adult) and the claim is denied as not medically necessary.",
             "#How to appeal",
             f"You or your doctor may appeal by {fd(f['deadline'], ds)}. Send your appeal with any records to Oxbow "
             f"Assurance Appeals, {f['org']['addr']}, or call {f['ph']}. A doctor who did not make this decision "
             "will review it."]
    return build_letter(f, "Adverse Benefit Determination - Hospital at Home Admission", rows, paras)


def build_stable(f):
    ds = f["ds"]
    rows = rows_common(f) + ([("Group:", f["group"])] if f["org"] is ORGS["COM"] else []) + [
        ("Review number:", f["case"]), ("Program:", f["prac"][0]), ("Referring ED physician:", f["doc"]),
        ("Admission:", fd(f["admit"], ds)), ("Discharge:", fd(f["disch"], ds)),
        ("Days approved:", f"{fd(f['admit'], ds)} through {fd(f['stable'], ds)}"),
        ("Days not approved:", f"{fd(f['nc'][0], ds)} through {fd(f['nc'][1], ds)}")]
    paras = [f"Your home hospital stay for {f['dx']} was approved at admission. By {fd(f['stable'], ds)} you were "
             "clinically stable: no fever for 48 hours, you had changed to oral antibiotics and your oxygen level was "
             "normal on room air. The days after that date did not need hospital-level care and are not approved. "
             "The days approved are not affected.",
             "#Your appeal rights",
             f"You may appeal this decision. Your appeal must be received by {fd(f['deadline'], ds)}. Call {f['ph']} "
             f"or write to {f['org']['org']}, Appeals, {f['org']['addr']}."]
    return build_letter(f, "Notice of Concurrent Review Decision - Days Not Approved", rows, paras)


def build_rpm_ma(f):
    ds = f["ds"]
    x1, x2 = f["lines"][1], f["lines"][2]
    rows = rows_common(f) + [("Claim number:", f["claim"]), ("Provider:", f["prac"][0]),
                             ("Stay:", f"{fd(f['admit'], ds)} - {fd(f['disch'], ds)}")]
    table = (["Code", "Service", "Billed", "Decision"],
             [[x["code"], x["desc"], usd(x["ch"]), "Denied"] for x in (x1, x2)] +
             [["", "Total denied", usd(x1["ch"] + x2["ch"]), ""]], [20, 112, 24, 26], 8.4, "LLRL")
    paras = ["The hospital's acute care at home program billed the remote monitoring of your vital signs separately "
             "from your inpatient stay. Monitoring during a hospital at home stay is part of the inpatient payment and "
             "cannot be paid on its own. Your stay itself was paid. The program cannot bill you for these charges.",
             "#Your right to appeal",
             f"Ask for a reconsideration within 65 days of the date of this notice: call {f['ph']} or write to "
             f"Appeals, {f['org']['addr']}."]
    return build_letter(f, "Notice of Denial of Payment", rows, paras, table, form="Form CMS-10003-NDMCP")


def build_eob2(f):
    notes = {"rpm_eob": [("A1", "Inpatient stay paid at the hospital at home rate. Your share is the inpatient "
                                "deductible."),
                         ("B7", "Remote monitoring is included in the inpatient payment and is not paid separately. "
                                "You owe nothing for this line.")],
             "paid_eob": [("IP", "Paid as an inpatient hospital stay under your plan's inpatient benefit. You pay "
                                 "the inpatient copay.")]}[f["kind"]]
    ds = f["ds"]
    return build_eob(dict(f, notes=notes, by=f"Referred by {f['doc']}",
                          tail=[f"Admitted {fd(f['admit'], ds)}; discharged {fd(f['disch'], ds)}."],
                          days=65 if f["org"] is ORGS["MA"] else 180))


def cover(f):
    d = Page()
    d.add_page()
    d.text_line("FACSIMILE", 28, "B")
    d.rule(0.8, 3)
    d.rows([("To:", f"{f['member']}"), ("From:", f"{f['prac'][0]} - Patient Financial Services"),
            ("Date:", fd(f["stmt_date"], f["ds"])), ("Pages:", "4 including cover"),
            ("Re:", "Your plan's decision on your home hospital days")], 24, 11)
    d.ln(4)
    d.para("Attached: the plan's letter and our letter about your balance. Please call us with questions.", 10.5)
    d.para("CONFIDENTIAL health information. If received in error, call the sender.", 8.5)
    return pdf_bytes(d)


def build_hosp_letter(f):
    ds = f["ds"]
    d = Page(footer="Page {p} of {n}")
    d.add_page()
    d.text_line(f["prac"][0], 14, "B")
    d.text_line(f"{f['prac'][1]}  ·  Patient Financial Services {f['hph']}", 8.5)
    d.rule(0.5, 4)
    d.text_line(fd(f["stmt_date"], ds), 10)
    d.ln(2)
    for t in (f["member"], *f["addr"]):
        d.text_line(t, 10)
    d.ln(4)
    d.text_line("About your home hospital stay and your plan's decision", 12, "B")
    d.rows([("Account:", f["acct"]), ("Admitted:", fd(f["admit"], ds)), ("Discharged:", fd(f["disch"], ds))], 36, 9.8)
    d.para(f"Dear {f['member'].split()[0]}, your health plan did not approve the days from {fd(f['nc'][0], ds)} "
           f"through {fd(f['nc'][1], ds)}. We are appealing that decision for you. While the appeal is open you do "
           "not need to pay anything. Under our contract with your plan we cannot bill you for days the plan denies "
           "as not needed.", 10)
    d.para(f"Questions? Call {f['hph']}.\n\nPatient Financial Services", 10)
    return pdf_bytes(d)


def truth_of(f):
    k = f["kind"]
    isma = f["org"] is ORGS["MA"]
    com = dict(member_name=f["member"], provider=f["prac"][0], member_id=f["mid"],
               denial_date=f["notice"].isoformat(), insurer=f["org"]["org"])
    ialt = {"insurer": [f["org"]["product"]]} if isma else {"insurer": ["Oxbow Assurance"]}
    span = [f"{f['admit'].isoformat()}/{f['disch'].isoformat()}"]
    if k == "adm_ma":
        return truth("denial_letter", "medical_necessity", case_numbers=[f["case"]],
                     service_dates=[f["admit"].isoformat()], appeal_deadline=f["deadline"].isoformat(),
                     alternates=ialt, denial_alternates=["level_of_care"], **com)
    if k == "adm_com":
        return truth("denial_letter", "medical_necessity", group_number=f["group"], case_numbers=[f["claim"]],
                     claim_amount=m2(f["stay_ch"]), service_dates=span, appeal_deadline=f["deadline"].isoformat(),
                     alternates=ialt, denial_alternates=["level_of_care"], **com)
    if k in ("stable_com", "stable_ma"):
        extra = {"group_number": f["group"]} if not isma else {}
        return truth("denial_letter", "medical_necessity", case_numbers=[f["case"]],
                     service_dates=[f"{f['nc'][0].isoformat()}/{f['nc'][1].isoformat()}"],
                     appeal_deadline=f["deadline"].isoformat(),
                     alternates={**ialt, "service_dates": [span]},
                     denial_alternates=["level_of_care"], **extra, **com)
    if k == "hosp":
        return truth("other", None, member_name=f["member"], provider=f["prac"][0], case_numbers=[f["acct"]],
                     service_dates=span, denial_date=f["stmt_date"].isoformat(),
                     alternates={"denial_date": [None], "case_numbers": [[]],
                                 "service_dates": [[f"{f['nc'][0].isoformat()}/{f['nc'][1].isoformat()}"]]},
                     unscored=["insurer"])
    if k == "rpm_ma":
        x1, x2 = f["lines"][1], f["lines"][2]
        return truth("denial_letter", "coding_error", case_numbers=[f["claim"]], claim_amount=m2(x1["ch"] + x2["ch"]),
                     service_dates=span, appeal_deadline=f["deadline"].isoformat(),
                     alternates={**ialt, "service_dates": [[f["admit"].isoformat()]]},
                     denial_alternates=["not_covered", "other"], **com)
    if k in ("rpm_eob", "paid_eob"):
        tot = round(sum(x["ch"] for x in f["lines"]), 2)
        dt_ = "coding_error" if k == "rpm_eob" else None
        extra = {"plan_id": f["org"]["pbp"]} if isma else {}
        alt = {**ialt, "service_dates": [[f["admit"].isoformat()]]}
        if isma:
            alt["plan_id"] = [None]
        if k == "rpm_eob":
            alt["claim_amount"] = [m2(f["lines"][1]["ch"] + f["lines"][2]["ch"])]
        return truth("eob", dt_, case_numbers=[f["claim"]], claim_amount=m2(tot), service_dates=span,
                     appeal_deadline=None, unscored=["appeal_deadline"], alternates=alt,
                     denial_alternates=["not_covered", "other"] if dt_ else None, **extra, **com)
    raise ValueError(k)


BUILD = {"adm_ma": build_adm_ma, "adm_com": build_adm_com, "stable_com": build_stable, "stable_ma": build_stable,
         "rpm_ma": build_rpm_ma, "rpm_eob": build_eob2, "paid_eob": build_eob2}
PLAN = [
    ("bd_ma_notice_home_admission_not_inpatient", "born_digital", "adm_ma", "long", "slash"),
    ("bd_commercial_eob_remote_monitoring_separate", "born_digital", "rpm_eob", "slash", "short"),
    ("scan300_commercial_letter_days_after_stable", "scan_clean_300", "stable_com", "abbr", "slash"),
    ("lowres_ma_eob_paid_as_inpatient_stay", "scan_lowres_150", "paid_eob", "dmy", "slash"),
    ("copy_commercial_letter_admission_criteria", "photocopy", "adm_com", "iso", "slash"),
    ("faxstd_stack_cover_ma_days_not_approved_hospital_letter", "fax_standard_g4", "stable_ma", "slash", "slash"),
    ("rotated_ma_letter_remote_monitoring_bundled", "rotated", "rpm_ma", "upper", "slash"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ds, ls) in enumerate(PLAN):
        r = random.Random(253600 + i)
        f = make(kind, r, ds, ls)
        if kind == "stable_ma":
            f.update(hph=ph(r), acct=pat(r, "HAH-9999999"))
            h = dict(f, kind="hosp")
            items.append(Item(f"{FAMILY}_{suffix}", cond,
                              [(build_stable(f), truth_of(f)), (build_hosp_letter(h), truth_of(h))],
                              separators=[cover(f), None]))
        else:
            items.append(Item(f"{FAMILY}_{suffix}", cond, [(BUILD[kind](f), truth_of(f))]))
    return items
