"""A fifth family: facts beside the address block, an inline 'Re:' line, dates with weekdays."""

from __future__ import annotations

from make_samples import Doc, Rand, letterhead
from sample_content import REASONS_EN


def tmpl_side_block(f: dict, r: Rand) -> Doc:
    """Address on the left, the claim facts on the right of the same lines."""
    d = Doc("Helvetica", footer=True)
    d.add_page()
    letterhead(d, f, r)
    d.line_text(f["notice"].strftime("%A, %B %-d, %Y"))
    d.ln(4)
    left = [f["member_name"].upper(), f"{r.randint(10, 999)} Pine Road", "Akron, OH 44301", ""]
    right = [f"Member ID: {f['member_id']}", f"Claim: {f['claim']}",
             f"Date(s) of Service: {f['svc'][0][0].strftime('%m/%d/%Y')}",
             f"Billed: ${int(float(f['amount'])):,}"]
    d.font(10)
    for a, b in zip(left, right):
        d.cell(100, 5.4, a)
        d.cell(0, 5.4, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.para(f"Dear {f['first']} {f['last']}:")
    d.para(f"We reviewed the claim from {f['provider']} and we have denied it. "
           + REASONS_EN[f["denial"]].format(svc=f["service"]))
    d.para("If you want us to look at this decision again, your request for an appeal must reach us within one "
           "hundred eighty days of the date of this letter.")
    return d


def tmpl_inline_re(f: dict, r: Rand) -> Doc:
    d = Doc("Times", footer=False)
    d.add_page()
    letterhead(d, f, r)
    d.line_text(f["notice"].strftime("%B %-d, %Y"))
    d.ln(4)
    d.para(f"Re: {f['member_name']}, ID {f['member_id']}, Claim {f['claim']}, "
           f"Date of Service {f['svc'][0][0].strftime('%m/%d/%Y')}")
    d.para(f"Dear {f['first']} {f['last']}:")
    d.para(f"This letter is about the {f['service']} provided by {f['provider']}. The charges of "
           f"${float(f['amount']):,.2f} were denied. " + REASONS_EN[f["denial"]].format(svc=f["service"]))
    d.para("You may appeal this decision within 180 days of the date of this letter.")
    return d


def build_e(r: Rand, kind: str, denial: str, condition: str):
    from make_samples import make_facts, truth_of

    f = make_facts(r, denial, "en", False)
    f.update(plan_id=None, ref=None, group=None, claim=f["claim"] or r.ident("digits"), days=180,
             amount=f"{int(float(f['amount'] or r.money()))}.00", svc=[(f["svc"][0][0], None)])
    doc = tmpl_side_block(f, r) if kind == "side" else tmpl_inline_re(f, r)
    return bytes(doc.output()), truth_of(f, "denial_letter", condition, f"e_{kind}")


PLAN_E = [
    ("e_bd_side_mednec", "born_digital", "side", "medical_necessity"),
    ("e_bd_inline_notcov", "born_digital", "inline", "not_covered"),
    ("e_scan_side_pa", "scan_clean_300", "side", "prior_authorization"),
    ("e_fax_inline_oon", "fax_fine_g4", "inline", "out_of_network"),
    ("e_photo_side_exper", "phone_photo", "side", "experimental"),
    ("e_copy_inline_elig", "photocopy", "inline", "eligibility"),
]


def generate_e(out_dir):
    from make_samples import emit_plan

    emit_plan(out_dir, PLAN_E, 18000, build_e)
