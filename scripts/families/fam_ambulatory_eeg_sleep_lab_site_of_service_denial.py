"""Family 'ambulatory_eeg_sleep_lab_site_of_service_denial': plan letters and EOBs denying in-lab polysomnography
(95810, 95811 CPAP titration) or a 72-hour ambulatory video EEG (95700 set-up with 95726 monitoring) done at a
hospital outpatient department sleep/neurodiagnostic lab, because a freestanding lab or a home sleep test (G0399 /
95806) would do, or because the referral came without a sleep medicine evaluation. One approval at a freestanding
lab; one fax stack of two members' letters mailed to one household.

Issuers (invented): Halvorsen Prairie Health Plan (letters, ruled header), Okonkwo-Lindqvist Benefit Trust (EOBs).
Decoys: referring physician and NPI, member date of birth, date the request was received, phone numbers, the
allowed amount of a freestanding lab quoted in the letter, the plan's policy number SLP-114.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundak_famkc import address, clinician, days, fdate, iso, m2, mixed, money, npi, person, phone, \
    tollfree, usd

FAMILY = "ambulatory_eeg_sleep_lab_site_of_service_denial"
LANG = "en"
HP, OL = "Halvorsen Prairie Health Plan", "Okonkwo-Lindqvist Benefit Trust"
LABS = ["Marrowbeck General Hospital Sleep Disorders Center", "St. Ansgar Valley Hospital Neurodiagnostic Lab",
        "Tillingham Regional Medical Center Sleep Lab"]
FREE = "Quillfeather Sleep Diagnostics, LLC"
CODES = {"psg": [("95810", "Polysomnography, 4+ parameters, attended, age 6+", 2800, 3900)],
         "titr": [("95811", "Polysomnography with CPAP titration, attended", 3100, 4400)],
         "eeg": [("95700", "EEG continuous recording, set-up by technologist", 380, 520),
                 ("95726", "EEG w/video, unmonitored, 72+ hours, prof. interpretation", 2400, 3300)]}


def facts(r: random.Random, kind: str, study: str, ds: str, lab_style: int) -> dict:
    dec = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 200))
    dos = days(dec, r.randint(9, 30) if kind in ("pre", "appr") else -r.randint(20, 45))
    lines = [(c, d, money(r, lo, hi)) for c, d, lo, hi in CODES[study]]
    m = person(r)
    return dict(kind=kind, study=study, ds=ds, L=lab_style, dec=dec, dos=dos, lines=lines,
                total=round(sum(x[2] for x in lines), 2), member=m, addr=address(r),
                mid=mixed(r, "HPX9999999" if kind != "eob" else "OLB-99-999999"), grp=mixed(r, "GR99999"),
                lab=(FREE if kind == "appr" else r.choice(LABS)), ref=clinician(r), ref_npi=npi(r), lab_npi=npi(r),
                case=mixed(r, "UM-2026-999999" if kind != "eob" else "99A999999999"), ph=tollfree(r), fax=phone(r),
                dob=dt.date(r.randint(1950, 1995), r.randint(1, 12), r.randint(1, 28)),
                recv=days(dec, -r.randint(2, 6)), alt_allow=money(r, 180, 260))


REASONS = {
    ("pre", "psg"): ("We reviewed the request for an attended sleep study (CPT 95810) at {lab}, a hospital outpatient "
                     "department. Our policy SLP-114 says that for members with suspected obstructive sleep apnea "
                     "and no serious heart or lung disease, a home sleep apnea test is the right first test. The "
                     "in-lab study in a hospital setting is not approved. A home test (G0399) or a study at a "
                     "freestanding in-network sleep lab would be covered."),
    ("pre", "eeg"): ("The request for a 72-hour ambulatory video EEG (CPT 95700 and 95726) at {lab} was reviewed. "
                     "This monitoring can be done safely at home or at a freestanding neurodiagnostic lab. The hospital "
                     "outpatient setting is not approved for this member. The site of service is the reason for "
                     "this decision; the test itself may be approved at a different site."),
    ("eob", "titr"): ("Denied. CPAP titration study billed without a prior sleep medicine evaluation. Plan policy "
                      "SLP-114 requires a face-to-face evaluation by a board-certified sleep physician before an "
                      "attended titration study. The referral from the primary care office did not include one."),
    ("eob", "eeg"): ("Denied - site of service. The 72-hour ambulatory EEG was billed by a hospital outpatient "
                     "department (place of service 22). The plan covers this service at home or in a freestanding "
                     "facility (place of service 11 or 49)."),
    ("pre", "titr"): ("The request for an attended CPAP titration study (CPT 95811) at {lab} is denied. The referral "
                      "from Dr. {ref} did not include an evaluation by a sleep medicine specialist, which our policy "
                      "SLP-114 requires before an in-lab titration. Auto-titrating CPAP at home may be an option."),
}


def header(d: Doc, f: dict, fax_line: str | None) -> None:
    if fax_line:
        d.text_line(fax_line, 8)
        d.ln(2)
    if f["kind"] == "eob":
        d.text_line(OL.upper(), 15, "B")
        d.text_line("Administered claims  |  PO Box 4410, Vesterby, MN 55981  |  " + f["ph"], 8.5)
    else:
        d.text_line(HP, 16, "B")
        d.rule(0.8, 1.5)
        d.text_line(f"Utilization Management  ·  PO Box 7720  ·  Larkspur Bend, ND 58502  ·  Fax {f['fax']}", 8.5)
    d.ln(5)


def letter(d: Doc, f: dict, fax_line: str | None = None) -> None:
    d.add_page()
    header(d, f, fax_line)
    ds, m, L = f["ds"], f["member"], f["L"]
    d.text_line(fdate(f["dec"], ds))
    d.ln(3)
    for ln in (m[0], *f["addr"]):
        d.text_line(ln)
    d.ln(4)
    appr = f["kind"] == "appr"
    d.text_line("Approval of Your Sleep Study Request" if appr else "Notice of Adverse Benefit Determination", 13, "B")
    d.ln(2)
    labels = [("Member ID", "Group number", "Reference #", "Planned study date", "Facility"),
              ("Member number", "Group", "Case number", "Date of service requested", "Servicing provider"),
              ("ID", "Group No.", "Authorization request", "Scheduled date", "Sleep lab")][L]
    rows = [(labels[0], f["mid"]), (labels[1], f["grp"]), (labels[2], f["case"]),
            ("Date of birth", fdate(f["dob"], "slash")), (labels[3], fdate(f["dos"], ds)),
            (labels[4], f"{f['lab']} (NPI {f['lab_npi']})"),
            ("Referring physician", f"Dr. {f['ref']} (NPI {f['ref_npi']})"),
            ("Request received", fdate(f["recv"], ds))]
    for k, v in rows:
        d.font(10, "B")
        d.cell(52, 5.4, k + ":")
        d.font(10)
        d.cell(0, 5.4, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.table(["CPT", "Service", "Estimated charge"], [[c, x, usd(a)] for c, x, a in f["lines"]], [22, 120, 34],
            size=9, aligns="LLR")
    d.ln(2)
    if appr:
        d.para(f"Dear {m[1]} {m[3]}: We approved the attended sleep study requested by Dr. {f['ref']}. It will be "
               f"done at {f['lab']}, a freestanding in-network sleep lab, on {fdate(f['dos'], ds)}. This approval "
               "is valid for 60 days. Your usual specialist copay applies. This is not a guarantee of payment if "
               "your coverage ends before the study.")
        return
    d.text_line("Why we made this decision", 11, "B")
    d.para(REASONS[("pre", f["study"])].format(lab=f["lab"], ref=f["ref"]))
    d.para(f"For comparison, the plan's allowed amount for a home sleep apnea test is {usd(f['alt_allow'])}.")
    d.text_line("Your right to appeal", 11, "B")
    d.para(f"You or your doctor may appeal within 180 days of the date of this letter. If waiting could seriously "
           f"harm your health, ask for an expedited appeal and we will answer within 72 hours. Call {f['ph']}.")


def eob(d: Doc, f: dict) -> None:
    d.add_page()
    header(d, f, None)
    ds, m = f["ds"], f["member"]
    d.text_line("EXPLANATION OF BENEFITS - THIS IS NOT A BILL", 12, "B")
    d.text_line(f"Statement date: {fdate(f['dec'], ds)}", 10)
    d.ln(2)
    d.boxes([("Patient", m[0], 60), ("Member ID", f["mid"], 45), ("Group", f["grp"], 35),
             ("Claim number", f["case"], 40)])
    d.boxes([("Provider", f["lab"], 110), ("Referred by", "Dr. " + f["ref"], 70)])
    d.ln(3)
    rows = [[fdate(f["dos"], "short"), c, x[:34], usd(a, "nosign"), "0.00", "0.00", "D1"] for c, x, a in f["lines"]]
    rows.append(["", "", "Claim total", usd(f["total"], "nosign"), "0.00", "0.00", ""])
    d.table(["Date", "Code", "Description", "Billed", "Allowed", "Plan paid", "Note"], rows,
            [20, 16, 62, 24, 20, 22, 12], size=8.2, aligns="LLLRRRL")
    d.ln(2)
    d.para("D1 - " + REASONS[("eob", f["study"])], 9.5)
    d.para(f"You may owe the provider {usd(f['total'])} unless they agreed not to bill you. To appeal, write to us "
           f"by {fdate(days(f['dec'], 180), ds)}. Questions: {f['ph']}.", 9.5)


def build(f: dict, fax_line: str | None = None) -> bytes:
    d = Doc("Helvetica")
    (eob if f["kind"] == "eob" else letter)(d, f) if fax_line is None else letter(d, f, fax_line)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    k, st = f["kind"], f["study"]
    common = dict(insurer=OL if k == "eob" else HP, member_id=f["mid"], group_number=f["grp"],
                  member_name=f["member"][0], case_numbers=[f["case"]], service_dates=[iso(f["dos"])],
                  denial_date=iso(f["dec"]), provider=f["lab"])
    if k == "eob":
        return truth("eob", "level_of_care" if st == "eeg" else "medical_necessity", "en",
                     claim_amount=m2(f["total"]), appeal_deadline=iso(days(f["dec"], 180)),
                     denial_alternates=["medical_necessity"] if st == "eeg" else ["other", "prior_authorization"],
                     **common)
    if k == "appr":
        return truth("other", None, "en", claim_amount=None, appeal_deadline=None, unscored=["claim_amount"], **common)
    den = "medical_necessity" if st == "titr" else "level_of_care"
    da = ["other", "prior_authorization"] if st == "titr" else ["medical_necessity"]
    # the letter prints estimated charges; a reader may take their total as the amount or see none (pre-service)
    return truth("denial_letter", den, "en", claim_amount=None, appeal_deadline=iso(days(f["dec"], 180)),
                 denial_alternates=da, unscored=["claim_amount"], **common)


PLAN = [  # stem suffix, condition, kind, study, date style, label style
    ("bd_hopd_psg_home_test_first", "born_digital", "pre", "psg", "long", 0),
    ("bd_eob_titration_no_sleep_eval", "born_digital", "eob", "titr", "slash", 1),
    ("scan300_approved_freestanding_lab", "scan_clean_300", "appr", "psg", "abbr", 2),
    ("lowres_72h_eeg_hopd_site", "scan_lowres_150", "pre", "eeg", "iso", 1),
    ("phone_titration_referral_no_sleep_eval", "phone_photo", "pre", "titr", "dlong", 0),
    ("rotated_eob_eeg_pos22", "rotated", "eob", "eeg", "dmy", 2),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, study, ds, ls) in enumerate(PLAN):
        f = facts(random.Random(182500 + i), kind, study, ds, ls)
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(build(f), make_truth(f))]))
    # a household stack: two members' letters, same address, faxed together by the family to their advocate
    a = facts(random.Random(182520), "pre", "psg", "slash", 0)
    b = facts(random.Random(182521), "pre", "eeg", "slash", 2)
    b["addr"] = a["addr"]
    b["member"] = (f"{b['member'][1]} {b['member'][2]}. {a['member'][3]}", b["member"][1], b["member"][2],
                   a["member"][3])
    fl = "FAX  TO: Brightwater Patient Advocates   FROM: {}   PAGE {}/2"
    items.append(Item(f"{FAMILY}_fax_household_two_members_stack", "fax_standard_g4",
                      [(build(a, fl.format(a["member"][0], 1)), make_truth(a)),
                       (build(b, fl.format(a["member"][0], 2)), make_truth(b))]))
    return items
