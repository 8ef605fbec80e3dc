"""Family 'partb_drug_step_therapy': an invented Medicare Advantage plan's notices denying a Part B drug (an
injection given in a doctor's office) because the plan's step therapy was not met.

Fernhollow Health Plan (under its parent, Greyhaven Mutual Companies) is fictional, and so is every doctor and
number. The denials follow the order of the public Medicare Advantage integrated denial notice (date and member
block, what was denied, why, the two kinds of appeal, what to send, how to ask, help), written in our own words.
The drug block gives the drug, its HCPCS J-code, dose and schedule; the reason lists the drugs to try first (decoy
names and codes). Kinds: five requests before the drug is given, one doctor's office claim for doses already given,
and an approval after the doctor documented the steps (in a fax stack with its denial).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundn_famr1 import address, days, fdate, iso, local_phone, m2, mixed, money, npi, person, phone, usd

FAMILY = "partb_drug_step_therapy"
LANG = "en"
INSURER = "Fernhollow Health Plan"
PRODUCT = "Fernhollow Medicare Advantage Classic (HMO)"
PARENT = "Greyhaven Mutual Companies"
DOCTORS = [("Dr. Ignatius Wetherby, MD", "Lakeview Retina Associates"),
           ("Dr. Honoria Blackmore, MD", "Kearney Bone and Joint Clinic"),
           ("Dr. Sebastian Oakenfold, MD", "Prairie Gastroenterology, PC"),
           ("Dr. Marguerite Ellerby, DO", "Northfield Cancer Care"),
           ("Dr. Cornelius Haldane, MD", "Spearfish Neurology Clinic")]
# drug key -> (drug text, J-code, dose text, steps [(name, code)], denial-letter doctor index)
DRUGS = {
    "aflibercept": ("aflibercept (Eylea) intravitreal injection", "J0178", "2 mg (1 unit) in the right eye every 4 weeks",
                    [("bevacizumab, repackaged for the eye", "J9035"), ("ranibizumab biosimilar (Byooviz)", "Q5124")], 0),
    "denosumab": ("denosumab (Prolia) injection", "J0897", "60 mg (60 units) under the skin every 6 months",
                  [("zoledronic acid infusion", "J3489"), ("alendronate tablets (Part D)", "none")], 1),
    "infliximab": ("infliximab (Remicade) infusion", "J1745", "5 mg/kg (40 units) at weeks 0, 2 and 6",
                   [("infliximab-dyyb (Inflectra)", "Q5103"), ("infliximab-axxq (Avsola)", "Q5121")], 2),
    "pegfilgrastim": ("pegfilgrastim (Neulasta) injection", "J2506", "6 mg (12 units) once per chemotherapy cycle",
                      [("pegfilgrastim-jmdb (Fulphila)", "Q5108"), ("pegfilgrastim-cbqv (Udenyca)", "Q5111")], 3),
    "zilretta": ("triamcinolone ER (Zilretta) knee injection", "J3304", "32 mg (32 units) in the left knee, once",
                 [("triamcinolone acetonide (Kenalog)", "J3301"), ("methylprednisolone acetate", "J1030")], 1),
    "botox": ("onabotulinumtoxinA (Botox) injections for chronic migraine", "J0585", "155 units every 12 weeks",
              [("topiramate tablets (Part D)", "none"), ("propranolol tablets (Part D)", "none")], 4),
    "ranibizumab": ("ranibizumab (Lucentis) intravitreal injection", "J2778", "0.5 mg (5 units) in the left eye monthly",
                    [("bevacizumab, repackaged for the eye", "J9035")], 0),
}


def letterhead(d: Doc, f: dict) -> None:
    y0 = d.get_y()
    if f["lh"] == 0:
        d.set_font(f["font"], "", 8.5)
        d.cell(110, 4, PARENT.upper(), new_x="LMARGIN", new_y="NEXT")
        d.set_font(f["font"], "B", 17)
        d.cell(110, 8, INSURER)
    else:
        d.set_font(f["font"], "B", 19)
        d.cell(110, 8.5, "FERNHOLLOW", new_x="LMARGIN", new_y="NEXT")
        d.set_font(f["font"], "", 11)
        d.cell(110, 5.5, "Health Plan")
    d.set_xy(128, y0)
    d.set_font(f["font"], "", 7.8)
    d.multi_cell(0, 3.5, f"{PRODUCT}\nPart B Drug Review\nPO Box 66410\nKearney, NE 68848\nFax {f['fax']}",
                 align="R", new_x="LMARGIN", new_y="NEXT")
    d.set_y(y0 + 22)
    d.rule(0.5, 3)


def member_block(d: Doc, f: dict) -> None:
    lab, fd = f["labels"], f["fd"]
    rows = [("Date", fd(f["notice"])), (lab["mem"], f["name"]), (lab["mid"], f["mid"])]
    rows += [("Plan ID", f["plan_id"])] if f["plan_id"] else []
    rows += [("Group", f["group"])] if f["group"] else []
    rows += [(lab["case"], f["case"])]
    rows += [("Claim number", f["claim"])] if f["kind"] == "claim" else []
    for k, v in rows:
        d.set_font(f["font"], "B", 9.6)
        d.cell(40, 5.2, k + ":")
        d.set_font(f["font"], "", 9.6)
        d.cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def drug_block(d: Doc, f: dict) -> None:
    drug, code, dose = DRUGS[f["drug"]][:3]
    fd, lab = f["fd"], f["labels"]
    rows = [("Drug", drug), ("HCPCS code", code), ("Dose and schedule", dose),
            (lab["doc"], f"{f['doctor']}, {f['clinic']}"), ("NPI", f["npi"]),
            ("Where given", "Doctor's office (place of service 11)")]
    if f["kind"] == "claim":
        rows += [("Dates given", f"{fd(f['start'])}, {fd(f['mid_d'])} and {fd(f['end'])}"),
                 ("Amount billed", f["money"](f["billed"])), ("Claim received", fd(f["received"]))]
    else:
        rows += [(lab["start"], fd(f["start"])), ("Request received", fd(f["received"]))]
    d.set_fill_color(240, 240, 240)
    y = d.get_y()
    d.rect(d.l_margin, y, d.w - d.l_margin - d.r_margin, 5.2 * len(rows) + 3, style="F")
    d.set_y(y + 1.5)
    for k, v in rows:
        d.set_x(d.l_margin + 2)
        d.set_font(f["font"], "", 9.2)
        d.cell(42, 5.2, k)
        d.cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)


def steps_text(f: dict) -> str:
    steps = DRUGS[f["drug"]][3]
    parts = [f"{n} (HCPCS {c})" if c != "none" else n for n, c in steps]
    return "; ".join(parts)


def why(f: dict) -> list[str]:
    drug = DRUGS[f["drug"]][0].split(" (")[0]
    fd = f["fd"]
    base = (f"Our plan uses step therapy for {drug}. That means you first try a drug that works in a similar way and "
            f"costs less, and we cover {drug} if that drug did not work for you, you could not take it, or your doctor "
            f"tells us why it would not be right for you. The step drugs for {drug} are: {steps_text(f)}.")
    if f["kind"] == "claim":
        return [f"{f['clinic']} sent us a claim for {drug} given on the dates above. We did not have a request or "
                "any record that you tried the step drugs first, so we are not paying the claim. " + base,
                "Your doctor's office may not charge you more than your usual share while this claim is under "
                "appeal. If your doctor sends records showing you tried the step drugs, we will look again."]
    return [base, f"The records {f['doctor']} sent us on {fd(f['received'])} do not show that you tried any of "
            "these drugs, or a medical reason you cannot. We therefore denied coverage of "
            f"{drug}. You may keep getting the step drug your doctor chooses; it is covered under your Part B "
            "benefit with your usual 20% coinsurance (for example, $18.40 on a $92.00 allowed amount)."]


def appeal(d: Doc, f: dict) -> None:
    fd = f["fd"]
    d.text_line("You can appeal our decision", 11.5, "B", h=6.5)
    d.para("If you want us to look at this again, ask for an appeal (a plan reconsideration). A different reviewer, "
           "including a doctor, will decide. You may ask yourself, or your doctor or a person you name may ask "
           "for you.", 9.6, gap=2)
    d.text_line("Two ways to appeal", 10.5, "B", h=5.5)
    d.para("Standard appeal: we answer within 7 days for a drug not yet given, and within 60 days for a claim you "
           "want paid. Fast appeal: we answer within 72 hours. Ask for a fast appeal when waiting could seriously "
           "harm your health; if a doctor asks for it, we will give it. Fast appeals are not available for a claim "
           "already received.", 9.6, gap=2)
    d.text_line("What to send", 10.5, "B", h=5.5)
    d.para("Your name, member number and the reason you disagree. Include notes or letters from your doctor about "
           "the drugs you have tried and what happened.", 9.6, gap=2)
    d.text_line("How and when to ask", 10.5, "B", h=5.5)
    when = {"within": "You must ask within 65 days of the date of this notice.",
            "by": f"We must receive your appeal by {fd(f['deadline'])}.",
            "receive": "You must ask within 65 days from the day you receive this notice."}[f["dl"]]
    d.para(f"{when} Mail it to {INSURER}, Appeals and Grievances, PO Box 66420, Kearney, NE 68848, fax it to "
           f"{f['fax']}, or call {f['ph']} (TTY 711), 8 a.m. to 8 p.m., 7 days a week. If you miss the deadline, "
           "tell us why; we may still take the appeal.", 9.6, gap=2)
    d.text_line("What happens next", 10.5, "B", h=5.5)
    d.para("If we still deny the drug after your appeal, we will send your case on to an independent review "
           "organization on our own. You do not need to ask.", 9.6, gap=2)
    d.text_line("Help and more information", 10.5, "B", h=5.5)
    d.para(f"Call member services at {f['ph']} (TTY 711), or 1-800-MEDICARE (TTY 1-877-486-2048), 24 hours a day. "
           f"Your State Health Insurance Assistance Program (SHIP) gives free counseling: {f['ship']}.", 9.6, gap=2)


def build_denial(f: dict) -> bytes:
    d = Doc(f["font"], footer=f"{f['mat']}   Form CMS-10003-NDMCP (exp. 2028)   Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, f)
    d.text_line("Notice of Denial of Medical Coverage (or Payment)" if f["kind"] != "claim" else
                "Notice of Denial of Payment", 14, "B", h=8)
    d.ln(2)
    member_block(d, f)
    d.text_line("The drug we did not approve" if f["kind"] != "claim" else "The claim we did not pay", 11.5, "B",
                h=6.5)
    drug_block(d, f)
    d.text_line("Why we made this decision", 11.5, "B", h=6.5)
    for t in why(f):
        d.para(t, 10, gap=2.2)
    appeal(d, f)
    d.para(f"{f['md']}\nMedical Director, {INSURER}", 9.6, gap=1)
    return pdf_bytes(d)


def build_approval(f: dict) -> bytes:
    fd = f["fd"]
    drug, code, dose = DRUGS[f["drug"]][:3]
    d = Doc(f["font"], footer=f"{f['mat']}   Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, f)
    d.text_line("Notice of Coverage Approval", 14, "B", h=8)
    d.ln(2)
    member_block(d, f)
    d.para(f"Good news. {f['doctor']} sent us records showing you tried {DRUGS[f['drug']][3][0][0]} for "
           f"{f['tried']} and it did not control your condition. The step therapy requirement is met, and we "
           f"approve {drug} ({code}), {dose}, given at {f['clinic']}.", 10.2, gap=2.5)
    d.para(f"Approved from {fd(f['start'])} through {fd(f['end'])}. Authorization number: {f['auth']}. "
           "Your usual Part B coinsurance applies to each dose.", 10.2, gap=2.5)
    d.para(f"Questions? Call member services at {f['ph']} (TTY 711).", 10, gap=2)
    d.para(f"{f['md']}\nMedical Director, {INSURER}", 9.6, gap=1)
    return pdf_bytes(d)


LABELS = {
    0: dict(mem="Member name", mid="Member number", case="Request number", doc="Prescribing doctor",
            start="First dose planned"),
    1: dict(mem="Name", mid="Member ID", case="Case #", doc="Requested by", start="Planned start date"),
    2: dict(mem="Enrollee", mid="ID no.", case="Reference", doc="Ordering physician", start="Date of first injection"),
}


def facts(r: random.Random, kind: str, drug: str, ds: str, ms: str, dl: str, lh: int, li: int, font: str) -> dict:
    notice = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 150))
    doc, clinic = DOCTORS[DRUGS[drug][4]]
    f = dict(kind=kind, drug=drug, fd=lambda x: fdate(x, ds), money=lambda v: usd(v, ms), dl=dl, lh=lh,
             labels=LABELS[li], font=font, notice=notice, name=person(r), addr=list(address(r)),
             mid=mixed(r, r.choice(["FH9999999A", "9A99AA99999", "FHP-999999999"])),
             plan_id=r.choice([None, None, mixed(r, "H9999-099")]), group=None,
             case=mixed(r, r.choice(["PB-26-999999", "26AA99999", "RQ9999999"])), doctor=doc, clinic=clinic,
             npi=npi(r), received=days(notice, -r.randint(2, 6)), fax=local_phone(r), ph=phone(r), ship=phone(r),
             md=r.choice(["Dr. Winifred Castleton, MD", "Dr. Aurelius Penhaligon, MD"]),
             mat=mixed(r, "Y9999_AA26_999_M"))
    f["start"] = days(notice, r.randint(7, 21))
    f["end"] = None
    if kind == "claim":
        f.update(claim=mixed(r, "C26999999999"), start=days(notice, -r.randint(60, 75)))
        f["mid_d"], f["end"] = days(f["start"], 14), days(f["start"], 42)
        f["billed"] = money(r, 8200, 14900)
        f["received"] = days(f["end"], r.randint(6, 12))
    f["deadline"] = days(notice, 65)
    return f


def make_truth(f: dict) -> dict:
    alts: dict = {"insurer": [PRODUCT]}
    if f["kind"] == "approval":
        alts["case_numbers"] = [[f["case"]]]
        return truth("other", None, insurer=INSURER, plan_id=f["plan_id"], group_number=f["group"],
                     member_id=f["mid"], member_name=f["name"], case_numbers=[f["case"], f["auth"]],
                     service_dates=[iso(f["start"], f["end"])], denial_date=iso(f["notice"]),
                     provider=f["doctor"], alternates=alts | {"provider": [f["clinic"]]})
    cases = [f["case"]] + ([f["claim"]] if f["kind"] == "claim" else [])
    if f["kind"] == "claim":
        alts["case_numbers"] = [[f["claim"]]]
        dates = [iso(f["start"]), iso(f["mid_d"]), iso(f["end"])]
    else:
        dates = [iso(f["start"])]
        alts["service_dates"] = [[]]
    deadline = None if f["dl"] == "receive" else iso(f["deadline"])
    if f["dl"] == "receive":
        alts["appeal_deadline"] = [iso(f["deadline"])]
    alts["provider"] = [f["clinic"]]
    return truth("denial_letter", "medical_necessity", insurer=INSURER, plan_id=f["plan_id"], group_number=f["group"],
                 member_id=f["mid"], member_name=f["name"], case_numbers=cases,
                 claim_amount=m2(f["billed"]) if f["kind"] == "claim" else None, service_dates=dates,
                 denial_date=iso(f["notice"]), provider=f["doctor"], appeal_deadline=deadline, alternates=alts,
                 denial_alternates=["prior_authorization"])


# (stem, condition, kind, drug, date style, money style, deadline style, letterhead, labels, font)
PLAN = [
    ("partb_drug_step_therapy_bd_aflibercept", "born_digital", "pre", "aflibercept", "long", "plain", "within", 0, 0, "Helvetica"),
    ("partb_drug_step_therapy_bd_denosumab", "born_digital", "pre", "denosumab", "slash", "plain", "by", 1, 1, "Times"),
    ("partb_drug_step_therapy_scan_infliximab_claim", "scan_clean_300", "claim", "infliximab", "abbr", "usd", "within", 0, 2, "Helvetica"),
    ("partb_drug_step_therapy_rot_pegfilgrastim", "rotated", "pre", "pegfilgrastim", "iso", "plain", "receive", 1, 0, "Times"),
    ("partb_drug_step_therapy_copy_zilretta", "photocopy", "pre", "zilretta", "dmy", "plain", "within", 1, 2, "Helvetica"),
    ("partb_drug_step_therapy_lowres_botox", "scan_lowres_150", "pre", "botox", "upper", "plain", "by", 0, 1, "Times"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, drug, ds, ms, dl, lh, li, font) in enumerate(PLAN):
        r = random.Random(14200 + i)
        f = facts(r, kind, drug, ds, ms, dl, lh, li, font)
        items.append(Item(stem, cond, [(build_denial(f), make_truth(f))]))
    # the fax stack: cover sheet, the denial, then the approval once the doctor documented the step drug
    r = random.Random(14299)
    f1 = facts(r, "pre", "ranibizumab", "slash", "plain", "within", 0, 0, "Helvetica")
    f2 = dict(f1, kind="approval", notice=days(f1["notice"], 24), auth="AUTH-" + mixed(r, "26-99999"),
              tried="three monthly injections")
    f2["received"] = days(f2["notice"], -3)
    f2["start"] = days(f2["notice"], 5)
    f2["end"] = days(f2["start"], 364)
    items.append(Item("partb_drug_step_therapy_faxf_stack", "fax_fine_g4",
                      [(build_denial(f1), make_truth(f1)), (build_approval(f2), make_truth(f2))],
                      separators=["cover", None]))
    return items
