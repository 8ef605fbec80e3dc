"""A fourth family of layouts, scored before any tuning to it."""

from __future__ import annotations

import datetime as dt

from make_samples import Doc, Rand, letterhead
from sample_content import CARC_FOR, REASONS_EN


def d_plain(d: dt.date) -> str:
    return f"{d.month}/{d.day}/{d.year}"


def tmpl_box_bottom(f: dict, r: Rand) -> Doc:
    d = Doc("Helvetica", footer=False)
    d.add_page()
    letterhead(d, f, r)
    d.line_text(f"Date: {d_plain(f['notice'])}")
    d.ln(3)
    d.line_text("IMPORTANT: COVERAGE DECISION", size=13, style="B")
    d.para(f"Dear {f['first']} {f['last']},")
    d.para("We reviewed the claim described at the bottom of this letter and we will not pay for it. "
           + REASONS_EN[f["denial"]].format(svc=f["service"]))
    deadline = f["notice"] + dt.timedelta(days=f["days"])
    d.para(f"You have until {deadline.strftime('%B %-d, %Y')} to file an appeal. Send it to the address above.")
    d.line_text("CLAIM INFORMATION", size=11, style="B")
    a, b = f["svc"][0]
    when = d_plain(a) + ("" if b is None else f" THRU {d_plain(b)}")
    rows = [("INSURED ID", f["member_id"]), ("PATIENT", f["member_name"].upper()), ("CLAIM NO", f["claim"]),
            ("RENDERING PROVIDER", f["provider"].upper()), ("PROVIDER NPI", str(r.randint(10**9, 2 * 10**9))),
            ("SERVICE DATES", when), ("TOTAL BILLED", f"{float(f['amount']):,.2f} USD")]
    if f["group"]:
        rows.insert(1, ("GROUP NO", f["group"]))
    d.kv(rows, "tab")
    return d


def tmpl_eob_detail(f: dict, r: Rand) -> Doc:
    d = Doc("Courier", footer=True)
    d.add_page()
    letterhead(d, f, r)
    d.line_text("EXPLANATION OF BENEFITS - THIS IS NOT A BILL", size=12, style="B")
    d.kv([("Statement Date", f["notice"].strftime("%m/%d/%Y")),
          ("Date Received", (f["notice"] - dt.timedelta(days=12)).strftime("%m/%d/%Y")),
          ("Member", f["member_name"]), ("Member ID", f["member_id"]), ("Claim #", f["claim"]),
          ("Patient Account No", str(r.randint(100000, 999999)))], "colon")
    a, _ = f["svc"][0]
    amt = float(f["amount"])
    code = CARC_FOR[f["denial"]]
    rows = [["1", a.strftime("%m/%d/%Y"), "99214", f"{amt:,.2f}", "0.00", "0.00", "0.00", "0.00", code],
            ["TOTALS", "", "", f"{amt:,.2f}", "0.00", "0.00", "0.00", "0.00", ""]]
    d.table(["Line", "Service Date", "Procedure", "Provider Charges", "Discount", "Allowed", "Deductible", "Paid",
             "Remark"], rows, [14, 26, 20, 30, 20, 20, 22, 18, 18])
    d.para(f"Rendering provider: {f['provider']}", size=9)
    d.para(f"{code}: {REASONS_EN[f['denial']].format(svc=f['service'])}", size=9)
    d.para(f"Appeals must be received within {f['days']} days after you receive this statement.", size=9)
    return d


def build_d(r: Rand, kind: str, denial: str, condition: str, facts: dict | None = None):
    from make_samples import make_facts, truth_of

    f = dict(facts) if facts else make_facts(r, denial, "en", False)
    f.update(denial=denial, plan_id=None, ref=None, claim=f["claim"] or r.ident("digits"),
             amount=f["amount"] or r.money(), days=180, svc=[f["svc"][0]])
    if kind == "eob_detail":
        # 'within 180 days after you receive this statement' counts from a day no page shows: no dated deadline
        # (shared/eval: a deadline is counted only from the notice's own date)
        f.update(svc=[(f["svc"][0][0], None)], group=None, deadline_override=None)
        doc, doc_type = tmpl_eob_detail(f, r), "eob"
    else:
        doc, doc_type = tmpl_box_bottom(f, r), "denial_letter"
    return bytes(doc.output()), truth_of(f, doc_type, condition, f"d_{kind}"), f


PLAN_D = [
    ("d_bd_box_mednec", "born_digital", "box_bottom", "medical_necessity"),
    ("d_bd_eob_detail_pa", "born_digital", "eob_detail", "prior_authorization"),
    ("d_scan_box_loc", "scan_clean_300", "box_bottom", "level_of_care"),
    ("d_copy_eob_detail_elig", "photocopy", "eob_detail", "eligibility"),
    ("d_faxs_box_notcov", "fax_standard_g4", "box_bottom", "not_covered"),
    ("d_photo_eob_detail_coding", "phone_photo", "eob_detail", "coding_error"),
]


def generate_d(out_dir):
    import make_samples

    make_samples.emit_plan(out_dir, PLAN_D, 15000, build_d)
    r = Rand(15900)  # a fax stack: cover sheet, a letter and the EOB for the same claim
    pdf1, t1, facts = build_d(r, "box_bottom", "out_of_network", "fax_fine_g4")
    pdf2, t2, _ = build_d(r, "eob_detail", "out_of_network", "fax_fine_g4", facts)
    make_samples.emit("d_stack_fax_same_member", "fax_fine_g4", [(pdf1, t1), (pdf2, t2)], r, ["cover", None])
