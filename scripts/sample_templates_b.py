"""A second family of layouts and wordings for the sample set, written to test generalisation."""

from __future__ import annotations

import datetime as dt

from make_samples import Doc, Rand, fmt_date, fmt_money, letterhead, address_block, boilerplate, svc_text
from sample_content import REASONS_EN

MEMBER_LABELS = ["Subscriber #", "ID No.", "Member ID Number", "Identification #", "Enrollee ID"]
CASE_LABELS = ["Reference #", "Tracking Number", "Appeal Number", "Case #", "Request ID"]
DATE_STYLES = ["%d-%b-%Y", "%m.%d.%Y", "%B %d, %Y", "%Y-%m-%d"]


def d_any(d: dt.date, r: Rand) -> str:
    return d.strftime(r.choice(DATE_STYLES))


def plan_line(f: dict) -> str:
    return {"erisa": "This plan is an employer-sponsored group health plan governed by ERISA. You may have the right "
                     "to bring a civil action under Section 502(a) after you finish the appeal process.",
            "individual": "You bought this plan through the Health Insurance Marketplace (HealthCare.gov).",
            "medicaid": "This notice is about your Medicaid benefits.",
            "government_employer": "This plan covers state employees and their families.",
            "medicare_advantage": "This is a Medicare Advantage plan."}.get(f["plan_type"], "")


def tmpl_narrative(f: dict, r: Rand) -> Doc:
    """Facts on one or two crowded lines, reason and deadline in running prose, word-number deadline."""
    d = Doc(r.choice(["Times", "Helvetica"]), footer=False)
    d.add_page()
    letterhead(d, f, r)
    d.line_text(d_any(f["notice"], r))
    d.ln(3)
    address_block(d, f, r)
    d.font(10)
    parts = [f"{r.choice(MEMBER_LABELS)}: {f['member_id']}"]
    if f["group"]:
        parts.append(f"Group: {f['group']}")
    if f["claim"]:
        parts.append(f"Claim #: {f['claim']}")
    if f["ref"]:
        parts.append(f"{r.choice(CASE_LABELS)}: {f['ref']}")
    d.line_text("   ".join(parts), size=10)
    if f["plan_id"]:
        d.line_text(f"Plan Number: {f['plan_id']}", size=10)
    d.line_text(f"Patient: {f['member_name']}", size=10)
    d.ln(3)
    title = r.choice(["Ms.", "Mr.", ""])
    d.line_text(f"Dear {title + ' ' if title else ''}{f['last']}:")
    d.ln(2)
    when = svc_text(f, "long")
    what = f"the {f['service']} provided by {f['provider']} on {when}"
    if f["amount"]:
        what += f" (billed amount {fmt_money(f['amount'], 'plain')})"
    d.para(f"We have completed our review of {what}. We are unable to approve payment. "
           + REASONS_EN[f["denial"]].format(svc=f["service"]))
    words = {180: "one hundred eighty (180)", 60: "sixty (60)", 65: "sixty-five (65)"}[f["days"]]
    d.para(f"If you do not agree, you have {words} days from the date of this letter to ask us for an appeal. "
           f"{plan_line(f)}")
    d.para(f"Sincerely,\n{f['insurer']}\nAppeals Unit")
    boilerplate(d, f, r)
    return d


def tmpl_medicaid_noa(f: dict, r: Rand) -> Doc:
    d = Doc("Helvetica", footer=True)
    d.add_page()
    letterhead(d, f, r)
    d.line_text("NOTICE OF ACTION", size=14, style="B", align="C", h=8)
    d.kv([("Date of Notice", fmt_date(f["notice"], "slash")), ("Member Name", f["member_name"]),
          ("Medicaid ID", f["member_id"])] + ([("Authorization Number", f["ref"])] if f["ref"] else [])
         + [("Requesting Provider", f["provider"]), ("Service Requested", f["service"]),
            ("Date(s) of Service", svc_text(f, "slash"))], "tab")
    d.para(f"We have denied your provider's request. {REASONS_EN[f['denial']].format(svc=f['service'])}")
    d.para("You may ask for a plan appeal. You must ask within 60 days from the date of this notice. "
           "To keep your benefits while the appeal is decided, you must ask within 10 days of the date of this "
           "notice. After the plan appeal, you may ask for a State Fair Hearing within 120 days.")
    d.para("This notice is about your Medicaid benefits.")
    boilerplate(d, f, r)
    return d


def tmpl_appeal_decision(f: dict, r: Rand, upheld: bool) -> Doc:
    d = Doc("Times", footer=False)
    d.add_page()
    letterhead(d, f, r)
    d.line_text(f"Date: {fmt_date(f['notice'], 'abbr')}")
    d.ln(3)
    address_block(d, f, r)
    d.kv([("Appeal Number", f["ref"]), ("Member", f["member_name"]), ("Member ID", f["member_id"]),
          ("Provider", f["provider"]), ("Service Date", svc_text(f, "slash"))]
         + ([("Claim Number", f["claim"])] if f["claim"] else []), "colon")
    if upheld:
        d.para("We received your appeal and a physician who was not involved in the first decision reviewed it. "
               "We have upheld our original decision. " + REASONS_EN[f["denial"]].format(svc=f["service"]))
        d.para(f"If you still disagree, you may request a second-level review within 60 days of the date of this "
               f"letter. {plan_line(f)}")
    else:
        d.para("Good news: after reviewing your appeal we have overturned our original decision. The service is "
               "now approved and the claim will be reprocessed. No further action is needed.")
    return d


def tmpl_msn(f: dict, r: Rand) -> Doc:
    d = Doc("Helvetica", footer=True)
    d.add_page()
    d.line_text("Medicare Summary Notice for Part B (Medical Insurance)", size=13, style="B", h=8)
    d.line_text("The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services",
                size=9)
    d.ln(3)
    start = f["notice"] - dt.timedelta(days=92)
    d.kv([("Date of This Notice", fmt_date(f["notice"], "long")), ("Medicare Number", f["member_id"]),
          ("Name", f["member_name"]),
          ("Claims Processed Between", f"{fmt_date(start, 'long')} - {fmt_date(f['notice'], 'long')}")], "tab")
    d.line_text("If you disagree with a coverage decision, you can file an appeal.", size=10)
    deadline = f["notice"] + dt.timedelta(days=120)
    d.line_text(f"Your deadline to file an appeal is: {fmt_date(deadline, 'long')}", size=10, style="B")
    d.ln(3)
    d.line_text(f"Claim number {f['claim']}   Service Provided By: {f['provider']}", size=10, style="B")
    rows = [[fmt_date(a, "short"), f["service"][:28], "No", m(float(f["amount"])), "$0.00", "$0.00", "A"]
            for a, _ in f["svc"][:1]]
    d.table(["Service Date", "Service", "Approved?", "Amount Charged", "Medicare Paid", "You May Be Billed",
             "See Notes"], rows, [24, 50, 18, 26, 24, 28, 16])
    d.para("Notes: A. " + REASONS_EN[f["denial"]].format(svc=f["service"]), size=9)
    return d


def m(v: float) -> str:
    return f"${v:,.2f}"


def tmpl_eob_two_claims(f: dict, r: Rand, paid_claim: str, paid_amount: str) -> Doc:
    """Two claims on one EOB: the first paid, the second denied; only the denied one is the claim."""
    d = Doc("Helvetica", footer=True)
    d.add_page()
    letterhead(d, f, r)
    d.line_text("Explanation of Benefits", size=14, style="B", h=8)
    d.kv([("Statement Date", fmt_date(f["notice"], "slash")), ("Subscriber", f["member_name"]),
          ("Subscriber #", f["member_id"])] + ([("Group Number", f["group"])] if f["group"] else []), "colon")
    early = f["svc"][0][0] - dt.timedelta(days=20)
    blocks = [(paid_claim, early, paid_amount, "CO-45", False), (f["claim"], f["svc"][0][0], f["amount"],
                                                                  r.choice(["CO-50", "CO-197", "PR-204"]), True)]
    for claim, day, amount, code, denied in blocks:
        d.line_text(f"Claim Number: {claim}    Provider: {f['provider'] if denied else 'Dr. Helen Marsh'}",
                    size=10, style="B")
        amt = float(amount)
        allowed = 0.0 if denied else round(amt * 0.6, 2)
        paid = 0.0 if denied else round(allowed * 0.9, 2)
        d.table(["Date of Service", "Billed", "Allowed", "Paid", "Your Share", "Code"],
                [[fmt_date(day, "slash"), m(amt), m(allowed), m(paid), m(amt if denied else allowed - paid), code],
                 ["Claim Total", m(amt), m(allowed), m(paid), "", ""]], [34, 28, 28, 28, 28, 20])
    f["denial"] = {"CO-50": "medical_necessity", "CO-197": "prior_authorization", "PR-204": "not_covered"}[code]
    d.para(f"{code}: this service was denied. You may appeal within 180 days of the date of this statement.",
           size=9)
    boilerplate(d, f, r)
    return d


def build_b(r: Rand, kind: str, denial: str | None, condition: str) -> tuple[bytes, dict]:
    from make_samples import make_facts, truth_of

    lang = "en"
    pre = kind in ("narrative", "medicaid_noa") and r.random() < 0.4
    f = make_facts(r, denial or "medical_necessity", lang, pre)
    unscored = []
    if kind == "medicaid_noa":
        f.update(insurer=r.choice(["Evergreen Community Care", "Sol y Salud Health Plan"]), plan_type="medicaid",
                 days=60, group=None, plan_id=None, claim=None, amount=None)
        doc, doc_type = tmpl_medicaid_noa(f, r), "denial_letter"
    elif kind == "narrative":
        f["days"] = r.choice([180, 60, 65])
        doc, doc_type = tmpl_narrative(f, r), "denial_letter"
    elif kind in ("upheld", "overturned"):
        f.update(ref=f"AP{r.randint(100000, 999999)}", group=None, plan_id=None, amount=None, days=60)
        doc = tmpl_appeal_decision(f, r, kind == "upheld")
        doc_type = "denial_letter" if kind == "upheld" else "other"
        if kind == "overturned":
            f["denial"] = None
    elif kind == "msn":
        f.update(plan_type="original_medicare", group=None, plan_id=None, ref=None, days=120,
                 claim=r.ident("digits"), amount=f["amount"] or r.money(), svc=[(f["svc"][0][0], None)])
        doc, doc_type = tmpl_msn(f, r), "eob"
        unscored.append("insurer")
    elif kind == "eob_two":
        f.update(ref=None, plan_id=None, svc=[(f["svc"][0][0], None)], claim=f["claim"] or r.ident("digits"),
                 amount=f["amount"] or r.money())
        doc = tmpl_eob_two_claims(f, r, r.ident("digits"), r.money())
        doc_type = "eob"
        f["days"] = 180
    truth = truth_of(f, doc_type, condition, f"b_{kind}")
    if kind == "overturned":
        truth["fields"]["appeal_deadline"] = None
    if kind == "msn":
        truth["fields"]["appeal_deadline"] = (f["notice"] + dt.timedelta(days=120)).isoformat()
    if unscored:
        truth["unscored"] = unscored
    return bytes(doc.output()), truth


PLAN_B = [
    ("b_bd_narrative_exper", "born_digital", "narrative", "experimental"),
    ("b_bd_medicaid_pa", "born_digital", "medicaid_noa", "prior_authorization"),
    ("b_bd_upheld_mednec", "born_digital", "upheld", "medical_necessity"),
    ("b_bd_overturned", "born_digital", "overturned", None),
    ("b_bd_msn", "born_digital", "msn", "not_covered"),
    ("b_bd_eob_two", "born_digital", "eob_two", None),
    ("b_scan_narrative_notcov", "scan_clean_300", "narrative", "not_covered"),
    ("b_scan_eob_two", "scan_clean_300", "eob_two", None),
    ("b_copy_medicaid_loc", "photocopy", "medicaid_noa", "level_of_care"),
    ("b_fax_upheld_oon", "fax_fine_g4", "upheld", "out_of_network"),
    ("b_faxs_msn", "fax_standard_g4", "msn", "medical_necessity"),
    ("b_photo_narrative_elig", "phone_photo", "narrative", "eligibility"),
    ("b_rot_medicaid_mednec", "rotated", "medicaid_noa", "medical_necessity"),
    ("b_lowres_upheld_coding", "scan_lowres_150", "upheld", "coding_error"),
]


def generate_b(out_dir):
    from make_samples import emit_plan

    emit_plan(out_dir, PLAN_B, 9000, build_b)
