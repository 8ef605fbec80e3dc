"""Family 'couples_marriage_counseling_exclusion_denial': a behavioural health manager's letters, a plan's EOBs and
a self-funded employer plan's letter on couples and family therapy (CPT 90847 family psychotherapy with the
patient present, 90846 without the patient present), all invented.

Reasons: couples counselling excluded as not treating a mental illness (letter; upheld on appeal), a relationship
problem diagnosis (Z63.0) billed as the only diagnosis not covered (EOB; also a fax stack of the manager's letter and
the plan's EOB behind the practice's fax cover), family therapy without the patient present denied, a corrected
claim paid when billed with a depression diagnosis (F33.1), an employer plan's marital counselling exclusion
pointing to the EAP. Decoys: the spouse (named on every claim, often as the subscriber or as "also present"), the
member's date of birth, the therapist's NPI and license number, session counts, the EAP phone, allowed / paid
figures, 72-hour expedited and external review time limits.

Issuers: Keelhaven Behavioral Health Partners (manages behavioural health for Brackenridge Mutual Health; letters
with a left label column), Brackenridge Mutual Health (EOB: member panel right, session table), Orlov Tool & Die
Employee Health Plan (self-funded; letter from its claims administrator page).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "couples_marriage_counseling_exclusion_denial"
LANG = "en"
KH = "Keelhaven Behavioral Health Partners"
BM = "Brackenridge Mutual Health"
OT = "Orlov Tool & Die Employee Health Plan"
ADDR = {KH: ("PO Box 31772", "Ambrose Point, OH 43219"), BM: ("400 Wyeth Commons", "Ambrose Point, OH 43215"),
        OT: ("c/o Penhallow Claims Administration, PO Box 9120", "Greywater, MI 49503")}
FIRST = ["Callum", "Delphine", "Ezinne", "Florentyna", "Grady", "Anuradha", "Isadora", "Jovan", "Keziah", "Lorcan",
         "Mireille", "Njoki", "Osvaldo", "Perpetua"]
LAST = ["Ashdown", "Brzezinski", "Coulthard", "Drummond-Ayi", "Eriksen", "Fairweather", "Gallagher", "Haddad",
        "Iwasaki", "Jaramillo", "Krautheimer", "Lindgren"]
PRACT = [("Larkspur Couples & Family Therapy, LLC", "Imogen T. Varga, LMFT", "LMFT 00481"),
         ("Northgate Counseling Associates", "Tomasz H. Ekwueme, PsyD", "PSY 21377"),
         ("Blue Heron Family Therapy", "Rosalyn M. Achebe-Hart, LMFT", "LMFT 00932"),
         ("Stillwater Relationship Clinic", "Desmond O. Fairclough, LCSW", "LCSW 18820")]
STREETS = ["Tamarind Lane", "Orchard Gate Road", "Beckford Street", "Millrace Court", "Hawthorn Rise"]
TOWNS = [("Ambrose Point", "OH", "43220"), ("Greywater", "MI", "49506"), ("Kettering Flats", "OH", "45440")]


def facts(r: random.Random, kind: str, ins: str, ds: str) -> dict:
    last = r.choice(LAST)
    fa, fb = r.sample(FIRST, 2)
    member = f"{fa} {r.choice('ABCDEFGHJKLMNPRSTW')}. {last}"
    spouse = f"{fb} {r.choice('ABCDEFGHJKLMNPRSTW')}. {last}"
    dec = dt.date(2026, 2, 4) + dt.timedelta(days=r.randint(0, 120))
    n = r.randint(3, 5)
    first = dec - dt.timedelta(days=r.randint(20, 30) + 7 * n)
    step = r.choice([7, 7, 14])
    sess = [first + dt.timedelta(days=step * i + r.choice([0, 0, 1])) for i in range(n)]
    code = "90846" if kind == "nopatient" else "90847"
    fee = r.choice([140.0, 155.0, 165.0, 180.0, 195.0])
    dob = dt.date(2026 - r.randint(26, 58), r.randint(1, 12), r.randint(1, 28))
    prac, ther, lic = r.choice(PRACT)
    town = r.choice(TOWNS)
    if ins == OT:
        mid, grp, claim = (f"OTD{r.randint(100000, 999999)}", "Plan No. 503", f"PCA{r.randint(10000000, 99999999)}")
    else:
        mid = f"BMH{r.randint(10000000, 99999999)}-0{r.randint(1, 3)}"
        grp, claim = f"{r.randint(700000, 799999)}", f"{r.randint(26, 26)}{r.randint(100, 365)}E{r.randint(10000, 99999)}"
    return dict(kind=kind, ins=ins, ds=ds, dec=dec, member=member, spouse=spouse, last=last, sess=sess, code=code,
                fee=fee, total=round(fee * n, 2), dob=dob, prac=prac, ther=ther, lic=lic, mid=mid, grp=grp,
                claim=claim, addr=(f"{r.randint(10, 9800)} {r.choice(STREETS)}", f"{town[0]}, {town[1]} {town[2]}"),
                npi=f"1{r.randint(100000000, 999999999)}", phone=f"1-888-555-{r.randint(1000, 1999)}",
                fax=f"1-844-555-{r.randint(2000, 2999)}", eap=f"1-800-555-{r.randint(3000, 3999)}",
                ref=f"KBH-{r.randint(1000000, 9999999)}", appeal=f"KA{r.randint(100000, 999999)}",
                allowed=round(fee * 0.68, 2))


def fd(f: dict, d: dt.date) -> str:
    return fmt_date(d, f["ds"])


def kh_letter(d: Doc, f: dict) -> None:
    """Keelhaven letters: couples exclusion, Z63.0 diagnosis, 90846 without patient present, appeal upheld."""
    k = f["kind"]
    d.add_page()
    d.set_font("Helvetica", "B", 15)
    d.cell(0, 7, "KEELHAVEN", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Helvetica", "", 8.5)
    d.cell(0, 4, f"{KH}  -  {ADDR[KH][0]}, {ADDR[KH][1]}", new_x="LMARGIN", new_y="NEXT")
    d.cell(0, 4, f"Behavioral health services for members of {BM}", new_x="LMARGIN", new_y="NEXT")
    d.rule(0.8, 5)
    d.font(10)
    for ln in (fd(f, f["dec"]), "", f["member"], *f["addr"]):
        d.cell(0, 5, ln, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    rows = [("Member", f["member"]), ("Date of birth", fd(f, f["dob"])), ("Member ID", f["mid"]),
            ("Group", f["grp"])]
    if k == "upheld":
        rows.append(("Appeal number", f["appeal"]))
    rows += [("Claim number", f["claim"]), ("Our reference", f["ref"]),
             ("Provider", f"{f['prac']} - {f['ther']} (NPI {f['npi']})"),
             ("Service", f"CPT {f['code']}, {len(f['sess'])} sessions"), ("Total billed", fmt_money(f["total"]))]
    for a, b in rows:
        d.font(9.5, "B")
        d.cell(36, 5, a)
        d.font(9.5)
        d.cell(0, 5, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    subj = {"couples": "Couples counseling is not a covered service",
            "z63": "Claim denied: diagnosis is not a covered mental health condition",
            "nopatient": "Family therapy without the patient present - denied",
            "upheld": "Your appeal: we upheld our decision"}[k]
    d.text_line(subj, 12, "B")
    d.ln(2)
    sal = f"Dear {f['member'].split()[0]} {f['last']},"
    if k == "couples":
        paras = [sal,
                 f"{f['prac']} billed sessions of conjoint therapy (CPT 90847) that you attended with your spouse, "
                 f"{f['spouse']}. The records describe communication problems and conflict in the marriage and set "
                 f"goals for the relationship. They do not describe a mental health condition of yours that the "
                 f"sessions were treating.",
                 "Your Brackenridge plan covers family psychotherapy when it is part of the treatment of a member's "
                 "diagnosed mental illness or substance use disorder. Marriage, couples and relationship counseling "
                 "that does not treat a mental illness is listed as an exclusion. These sessions are not covered."]
    elif k == "z63":
        paras = [sal,
                 f"The claim from {f['prac']} lists only diagnosis Z63.0, problems in relationship with spouse or "
                 f"partner, for the sessions below. Z63.0 describes a life circumstance, not a mental health "
                 f"condition. Your plan pays for psychotherapy to treat covered mental health and substance use "
                 f"conditions.",
                 f"Because no covered condition was billed, the sessions are denied. If {f['ther']} treated a "
                 f"diagnosed condition, the practice may send a corrected claim with that diagnosis."]
    elif k == "nopatient":
        paras = [sal,
                 f"{f['ther']} billed family psychotherapy without the patient present (CPT 90846). The notes show "
                 f"that only your spouse, {f['spouse']}, attended these sessions, to talk about the household and "
                 f"the marriage; you did not attend and the sessions were not about a treatment plan for you.",
                 "Your plan covers family therapy without the member present only when the session is directed at "
                 "the member's own treatment plan for a diagnosed mental health condition. Sessions for a family "
                 "member's own concerns are not a benefit under your coverage."]
    else:
        paras = [sal,
                 f"You appealed our denial of couples therapy sessions (CPT 90847) with {f['prac']}. A licensed "
                 f"psychologist who did not take part in the first decision reviewed your letter, a letter from "
                 f"{f['ther']} and the session notes.",
                 "We upheld the denial. The sessions addressed the relationship between you and your spouse; no "
                 "mental health condition of yours was being treated. Marriage and couples counseling is excluded "
                 "under your plan. This is the final internal decision."]
    d.font(10)
    for p in paras:
        d.multi_cell(0, 5, p, new_x="LMARGIN", new_y="NEXT")
        d.ln(1.6)
    d.table(["Session date", "CPT", "Diagnosis", "Billed", "Paid"],
            [[fd(f, s), f["code"], "F33.1" if k == "paid" else "Z63.0", fmt_money(f["fee"]), fmt_money(0)]
             for s in f["sess"]] + [["*Total", "", "", fmt_money(f["total"]), fmt_money(0)]],
            [34, 20, 30, 30, 30], size=9, aligns="LLLRR")
    d.text_line("If you disagree", 11, "B")
    if k == "upheld":
        ap = (f"You have no further internal appeal. You may ask for an external review by an independent review "
              f"organization within 4 months of the date of this letter. Call {f['phone']}.")
    elif k == "nopatient":
        ap = (f"Send your written appeal so that we receive it by {fd(f, f['dec'] + dt.timedelta(days=180))}: "
              f"Keelhaven Appeals, {ADDR[KH][0]}, {ADDR[KH][1]}, fax {f['fax']}.")
    else:
        ap = (f"You may appeal within 180 days of the date of this letter. Write to Keelhaven Appeals, "
              f"{ADDR[KH][0]}, {ADDR[KH][1]}, or fax {f['fax']}. An expedited appeal is decided within 72 hours.")
    d.font(10)
    for p in [ap, f"Questions: {f['phone']} (TTY 711).", "Sincerely,", "Utilization Review, " + KH]:
        d.multi_cell(0, 5, p, new_x="LMARGIN", new_y="NEXT")
        d.ln(1.2)


def bm_eob(d: Doc, f: dict) -> None:
    """Brackenridge EOB: Z63.0 denied, or a corrected claim paid with F33.1."""
    paid = f["kind"] == "paid"
    d.add_page()
    d.set_font("Helvetica", "B", 14)
    d.cell(110, 7, "Brackenridge Mutual Health")
    d.set_font("Helvetica", "B", 10)
    d.cell(0, 7, "EXPLANATION OF BENEFITS", align="R", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Helvetica", "", 7.8)
    d.cell(110, 4, f"{ADDR[BM][0]}, {ADDR[BM][1]}")
    d.cell(0, 4, "This is not a bill", align="R", new_x="LMARGIN", new_y="NEXT")
    d.rule(0.5, 4)
    y = d.get_y()
    for ln in (f["member"], *f["addr"]):
        d.text_line(ln, 9.5)
    d.set_xy(116, y)
    for a, b in [("Date issued", fd(f, f["dec"])), ("Patient", f["member"]), ("Subscriber", f["member"]),
                 ("ID", f["mid"]), ("Group", f["grp"]), ("Claim", f["claim"])]:
        d.set_x(116)
        d.font(8.2, "B")
        d.cell(26, 4.5, a)
        d.font(8.2)
        d.cell(0, 4.5, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(5)
    d.para(f"Provider: {f['prac']} ({f['ther']}, {f['lic']})   Also present at sessions: {f['spouse']} (spouse)",
           size=8.6)
    if paid:
        d.para(f"Corrected claim. Diagnosis billed: F33.1 major depressive disorder, recurrent, moderate. "
               f"Replaces the earlier claim that listed Z63.0 only.", size=8.6)
    rows = []
    for s in f["sess"]:
        if paid:
            copay = 30.0
            rows.append([fd(f, s), f["code"], "Family psychotherapy w/ patient", fmt_money(f["fee"]),
                         fmt_money(f["allowed"]), fmt_money(copay), fmt_money(f["allowed"] - copay), "P02"])
        else:
            rows.append([fd(f, s), f["code"], "Family psychotherapy w/ patient", fmt_money(f["fee"]), fmt_money(0),
                         fmt_money(0), fmt_money(0), "Z63"])
    n = len(f["sess"])
    tot_paid = round((f["allowed"] - 30) * n, 2) if paid else 0.0
    rows.append(["*Total", "", "", fmt_money(f["total"]), fmt_money(f["allowed"] * n if paid else 0),
                 fmt_money(30 * n if paid else 0), fmt_money(tot_paid), ""])
    d.table(["Date", "Code", "Description", "Charged", "Allowed", "Copay", "Plan paid", "Rmk"], rows,
            [22, 13, 52, 20, 20, 16, 20, 11], size=7.8, aligns="LLLRRRRL", border_head="TB", head_fill=True)
    d.text_line("Remarks", 9.5, "B")
    if paid:
        d.para("P02  Paid under your outpatient mental health benefit after your office visit copay.", size=8.4)
    else:
        d.para("Z63  Not covered. The only diagnosis billed (Z63.0, relationship distress with spouse or partner) "
               "is not a covered mental health condition. Couples counseling is excluded.", size=8.4)
    d.text_line("Appeals", 9.5, "B")
    d.para(f"You may appeal within 180 days of the date of this statement. Behavioral health appeals are handled "
           f"by {KH}, {ADDR[KH][0]}, {ADDR[KH][1]}. Customer Service {f['phone']}.", size=8.4)


def ot_letter(d: Doc, f: dict) -> None:
    """Self-funded employer plan: marital counseling excluded; use the EAP."""
    d.add_page()
    d.set_font("Times", "B", 16)
    d.cell(0, 8, OT, new_x="LMARGIN", new_y="NEXT")
    d.set_font("Times", "", 9)
    d.cell(0, 4.5, f"{ADDR[OT][0]}, {ADDR[OT][1]}", new_x="LMARGIN", new_y="NEXT")
    d.rule(0.4, 5)
    d.set_font("Times", "", 10.5)
    for ln in (f"Date: {fd(f, f['dec'])}", "", f["member"], *f["addr"]):
        d.cell(0, 5, ln, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.boxes([("Employee ID", f["mid"], 40), ("ERISA plan", f["grp"], 34), ("Claim", f["claim"], 44),
             ("Patient", f["member"], 62)], value_size=9.5)
    d.boxes([("Provider", f"{f['prac']}", 96), ("Billed", fmt_money(f["total"]), 34), ("Spouse", f["spouse"], 50)],
            value_size=9.5)
    d.ln(4)
    d.set_font("Times", "B", 12)
    d.cell(0, 6, "ADVERSE BENEFIT DETERMINATION", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Times", "", 10.5)
    dates = ", ".join(fd(f, s) for s in f["sess"])
    for p in [f"Dear {f['member'].split()[0]} {f['last']}:",
              f"The Plan received a claim from {f['prac']} for marriage counseling (CPT 90847) on {dates}. "
              f"Section 7.4(m) of the Summary Plan Description excludes \"marital, couples or relationship "
              f"counseling, unless provided to treat a covered mental health diagnosis of the patient.\" The claim "
              f"shows no such diagnosis, so the charges of {fmt_money(f['total'])} are denied.",
              f"Orlov employees and their spouses may use up to 6 free counseling sessions a year through the "
              f"Employee Assistance Program (EAP), {f['eap']}. The EAP is separate from the Plan.",
              f"You may appeal within 180 days of receiving this notice by writing to the Plan Administrator at the "
              f"address above. You may also bring a civil action under ERISA section 502(a) after the appeal.",
              "Penhallow Claims Administration, for the Plan Administrator"]:
        d.multi_cell(0, 5, p, new_x="LMARGIN", new_y="NEXT")
        d.ln(2)


def build(f: dict) -> bytes:
    d = Doc("Helvetica")
    {"kl": kh_letter, "be": bm_eob, "ol": ot_letter}[f["layout"]](d, f)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    k, lay = f["kind"], f["layout"]
    alts = {"provider": [f["ther"].split(",")[0]]}
    common = dict(insurer=f["ins"], member_id=f["mid"], member_name=f["member"], denial_date=iso(f["dec"]),
                  provider=f["prac"], service_dates=[iso(s) for s in f["sess"]], claim_amount=m2(f["total"]))
    if lay == "ol":
        # "ERISA plan: Plan No. 503" is the plan number, not a group; "within 180 days of receiving" -> no deadline
        num = f["grp"].split()[-1]  # the plan number printed as "Plan No. 503" is 503 (as in the tpa family)
        return truth("denial_letter", "not_covered", "en", plan_id=num, case_numbers=[f["claim"]],
                     alternates=dict(alts, plan_id=[None, f["grp"]], group_number=[num],
                                     appeal_deadline=[iso(f["dec"] + dt.timedelta(days=180))]), **common)
    common["group_number"] = f["grp"]
    if lay == "kl":
        alts["insurer"] = [BM]
        cases = [f["claim"], f["ref"]] + ([f["appeal"]] if k == "upheld" else [])
        alts["case_numbers"] = [[f["claim"]]] + ([[f["appeal"], f["claim"]]] if k == "upheld" else [])
        dl = None if k == "upheld" else iso(f["dec"] + dt.timedelta(days=180))
        return truth("denial_letter", "not_covered", "en", case_numbers=cases, appeal_deadline=dl,
                     alternates=alts, **common)
    if k == "paid":
        return truth("eob", None, "en", case_numbers=[f["claim"]],
                     alternates=dict(alts, appeal_deadline=[iso(f["dec"] + dt.timedelta(days=180))]),
                     type_alternates=["other"], **common)
    return truth("eob", "not_covered", "en", case_numbers=[f["claim"]],
                 appeal_deadline=iso(f["dec"] + dt.timedelta(days=180)), alternates=alts,
                 type_alternates=["denial_letter"], **common)


# (stem suffix, condition, kind, issuer, layout, date style)
PLAN = [
    ("bd_letter_couples_not_mental_illness", "born_digital", "couples", KH, "kl", "long"),
    ("bd_eob_z63_relationship_diagnosis", "born_digital", "z63", BM, "be", "slash"),
    ("scan300_letter_90846_without_patient", "scan_clean_300", "nopatient", KH, "kl", "abbr"),
    ("lowres_eob_corrected_claim_depression_paid", "scan_lowres_150", "paid", BM, "be", "iso"),
    ("copy_final_appeal_upheld_couples", "photocopy", "upheld", KH, "kl", "dmy"),
    ("rotated_employer_plan_marital_counseling", "rotated", "couples", OT, "ol", "mdy_nopad"),
]
STACK = ("faxs_cover_letter_and_eob_z63", "fax_standard_g4")


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ins, layout, ds) in enumerate(PLAN):
        f = facts(random.Random(241600 + i), kind, ins, ds)
        f["layout"] = layout
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(build(f), make_truth(f))]))
    f = facts(random.Random(241690), "z63", KH, "slash")
    f["layout"] = "kl"
    letter = (build(f), make_truth(f))
    g = dict(f, ins=BM, layout="be", dec=f["dec"] + dt.timedelta(days=3))
    eob = (build(g), make_truth(g))
    items.append(Item(f"{FAMILY}_{STACK[0]}", STACK[1], [letter, eob], separators=["cover", None]))
    return items
