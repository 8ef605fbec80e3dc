"""Family 'new_patient_visit_downcode_eob': provider remittances, member EOBs and letters that change a new-patient
office visit (99203-99205) to the established-patient code (99213-99215) because the patient was seen by a
physician of the same specialty in the same group within three years, or deny the visit as bundled with a
procedure done the same day (modifier 25 missing). Written at first sight; all values invented.

Issuers: Penally Mutual Health Insurance Company ("PENALLY MUTUAL" over "Health Insurance Company"; a remittance
listing, a member EOB, a provider letter and a plain-words letter to a member) and Corris Valley Health Plan
(return-address block; a provider letter about modifier 25, a member EOB with a procedure line, one paid EOB).
Decoys: the earlier visit's date and doctor in the same group, rendering and payee NPIs, tax ID, check/EFT number
and amount, date of birth, received date, allowed and paid amounts, another patient's claim on the remittance.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, pdf_bytes, truth

FAMILY = "new_patient_visit_downcode_eob"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
PE, CO = "Penally Mutual Health Insurance Company", "Corris Valley Health Plan"
GROUPS = [("Aberaeron Dermatology Associates, P.C.", ["Dr. Priya K. Venkataraman, MD", "Dr. Owen L. Achebe, MD"],
           "Dermatology"),
          ("Cwmtwrch Orthopaedic Partners", ["Dr. Sofia R. Lindqvist, MD", "Dr. Kofi B. Mensah, DO"], "Orthopaedic surgery"),
          ("Llanelli Heart & Vascular Group", ["Dr. Farida Z. Haddad, MD", "Dr. Mateus P. Carvalho, MD"], "Cardiology")]
EXTRA = {"Dermatology": ("87102", "Fungal culture", 28, 64),
         "Orthopaedic surgery": ("73562", "X-ray exam of knee, 3 views", 90, 160),
         "Cardiology": ("93000", "Electrocardiogram, complete", 60, 95)}
NEW = {"99203": ("99213", "Office visit, new patient, low MDM", 185, 240),
       "99204": ("99214", "Office visit, new patient, moderate MDM", 265, 340),
       "99205": ("99215", "Office visit, new patient, high MDM", 355, 450)}
EST_DESC = {"99213": "Office visit, established patient, low MDM", "99214": "Office visit, established, moderate MDM",
            "99215": "Office visit, established, high MDM"}
PROCS = {"Dermatology": ("11102", "Tangential biopsy of skin, single lesion", 180, 260),
         "Orthopaedic surgery": ("20610", "Arthrocentesis/injection, major joint", 160, 240),
         "Cardiology": ("93000", "Electrocardiogram, complete", 60, 95)}


def facts(i: int, kind: str, ins: str, code: str, gi: int, ds: str, ms: str) -> dict:
    r = Rand(175600 + i)
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 150))
    grp, docs, spec = GROUPS[gi]
    dos = notice - dt.timedelta(days=r.randint(18, 40))
    est, desc, lo, hi = NEW[code]
    f = dict(kind=kind, ins=ins, ds=ds, ms=ms, notice=notice, name=r.person()[0], addr=r.address(),
             dob=dt.date(r.randint(1950, 2004), r.randint(1, 12), r.randint(1, 28)), dos=dos, grp=grp,
             doc=docs[0], prior_doc=docs[1], spec=spec, code=code, est=est, desc=desc,
             mid=("PM" if ins == PE else "CVH") + r.digits(9), group=r.digits(6) if ins == PE else "G-" + r.digits(5),
             npi=r.npi(), gnpi=r.npi(), tin="XX-XXX" + r.digits(4), ph=r.phone(),
             received=dos + dt.timedelta(days=r.randint(3, 9)),
             prior=dos - dt.timedelta(days=r.randint(200, 1000)),
             claim=(r.digits(2) + r.letters(1) + r.digits(9)) if ins == PE else ("CV-" + r.digits(4) + "-" + r.digits(6)),
             eft=r.digits(10), acct=r.digits(7))
    em = round(r.randint(lo, hi) + r.choice([0, 0.5, 0.25]), 2)
    lines = [dict(code=code, desc=desc, ch=em)]
    if kind in ("bundled_letter", "bundled_eob"):
        pc, pd, plo, phi = PROCS[spec]
        lines.append(dict(code=pc, desc=pd, ch=round(r.randint(plo, phi) + r.choice([0, 0.5]), 2)))
    if kind in ("ra", "member_eob", "paid"):
        xc, xd, xlo, xhi = EXTRA[spec]
        lines.append(dict(code=xc, desc=xd, ch=float(r.randint(xlo, xhi))))
    f["lines"] = lines
    f["total"] = round(sum(x["ch"] for x in lines), 2)
    f["em"] = em
    f["allowed_est"] = round(em * r.uniform(0.42, 0.55), 2)
    # the other patient on the remittance (paid in full, a decoy)
    f["other"] = dict(name=r.person()[0], mid="PM" + r.digits(9), claim=r.digits(2) + r.letters(1) + r.digits(9),
                      date=dos + dt.timedelta(days=r.randint(1, 5)), ch=round(r.randint(120, 190) + 0.0, 2))
    return f


def d_(f: dict, d: dt.date) -> str:
    return d.strftime("%-d %b %Y") if f["ds"] == "dmy1" else fmt_date(d, f["ds"])


def mo(f: dict, v: float) -> str:
    return fmt_money(v, f["ms"])


def head(d: Doc, f: dict) -> None:
    if f["ins"] == PE:
        d.text_line("PENALLY MUTUAL", 21, "B", h=9)
        d.text_line("Health Insurance Company", 11, h=5.5)
        d.rule(0.9, 1.5)
        d.text_line(f"PO Box 4410, Duluth, MN 55802   Provider Services {f['ph']}", 8, h=4.5)
        d.ln(5)
    else:
        d.text_line(CO, 12, "B", h=6)
        d.text_line("Claims Administration", 9, h=4.5)
        d.text_line("1187 Sycamore Court", 9, h=4.5)
        d.text_line("Pueblo, CO 81003", 9, h=4.5)
        d.text_line(f"Phone {f['ph']}", 9, h=4.5)
        d.ln(6)


def pairs(d: Doc, rows, w: float = 48, size: float = 9.5) -> None:
    for k, v in rows:
        d.font(size, "B")
        d.cell(w, 5.4, k)
        d.font(size)
        d.cell(0, 5.4, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def eft_total(f: dict) -> float:
    """What the remittance pays in all: the other patient's line and the reprocessed claim's lines."""
    tot = round(f["other"]["ch"] * 0.55, 2) + round(f["allowed_est"] * 0.8, 2)
    tot += sum(round(round(x["ch"] * 0.6, 2) * 0.8, 2) for x in f["lines"] if x["code"] != f["code"])
    return round(tot, 2)


def remittance(d: Doc, f: dict) -> None:
    """Penally remittance advice to the group: two patients, one visit reprocessed as established (kind ra)."""
    d.add_page()
    head(d, f)
    d.text_line("PROVIDER REMITTANCE ADVICE", 13, "B", h=7)
    d.ln(1)
    pairs(d, [("Payee:", f["grp"]), ("Payee NPI / Tax ID:", f"{f['gnpi']}  /  {f['tin']}"),
              ("Remit date:", d_(f, f["notice"])), ("EFT trace no.:", f["eft"]),
              ("EFT amount:", mo(f, eft_total(f)))], 44, 9)
    o = f["other"]
    d.font(8.5, "B")
    d.cell(0, 5.5, f"Patient: {o['name']}    Member ID: {o['mid']}    Claim #: {o['claim']}    PAID",
           new_x="LMARGIN", new_y="NEXT")
    d.table(["Date", "Code", "Billed", "Allowed", "Paid", "Adj"],
            [[d_(f, o["date"]), "99213", mo(f, o["ch"]), mo(f, round(o["ch"] * 0.6, 2)),
              mo(f, round(o["ch"] * 0.55, 2)), "CO-45"]], [28, 22, 28, 28, 28, 40], 8.2, "LLRRRL")
    d.font(8.5, "B")
    d.cell(0, 5.5, f"Patient: {f['name']}    Member ID: {f['mid']}    Claim #: {f['claim']}    ADJUSTED",
           new_x="LMARGIN", new_y="NEXT")
    d.font(8.2)
    d.cell(0, 5, f"Rendering: {f['doc']}  NPI {f['npi']}    Patient acct: {f['acct']}    Group no.: {f['group']}",
           new_x="LMARGIN", new_y="NEXT")
    rows = []
    for x in f["lines"]:
        if x["code"] == f["code"]:
            rows.append([d_(f, f["dos"]), f"{f['code']}>{f['est']}", mo(f, x["ch"]), mo(f, f["allowed_est"]),
                         mo(f, round(f["allowed_est"] * 0.8, 2)), "CO-150 N95"])
        else:
            a = round(x["ch"] * 0.6, 2)
            rows.append([d_(f, f["dos"]), x["code"], mo(f, x["ch"]), mo(f, a), mo(f, round(a * 0.8, 2)), "CO-45"])
    rows.append(["*Claim total", "", mo(f, f["total"]), "", "", ""])
    d.table(["Date", "Billed/Paid as", "Billed", "Allowed", "Paid", "Adj"], rows, [28, 22, 28, 28, 28, 40], 8.2,
            "LLRRRL")
    d.para(f"CO-150 N95: New-patient code {f['code']} billed. Our records show professional services to this patient "
           f"by a physician of the same specialty ({f['spec']}) in the same group within the past three years. "
           f"The line was processed as established-patient visit {f['est']}. CO-45: charge exceeds the fee schedule.", 8.5)
    d.para("Corrected claims and reconsideration requests must be received within 120 days of the date of this "
           "remittance. Send them to Provider Disputes at the address above.", 8.5)


def member_eob(d: Doc, f: dict) -> None:
    """Penally member EOB: 99205 processed as 99215 (kind member_eob)."""
    d.add_page()
    head(d, f)
    d.text_line("Explanation of Benefits", 14, "B", h=7)
    d.text_line("THIS IS NOT A BILL", 9, "B", h=5)
    d.ln(2)
    d.boxes([("Statement date", d_(f, f["notice"]), 40), ("Member", f["name"], 60), ("ID no.", f["mid"], 44),
             ("Group #", f["group"], 36)])
    d.boxes([("Claim #", f["claim"], 46), ("Provider", f["grp"], 90), ("Date received", d_(f, f["received"]), 44)])
    d.ln(3)
    d.text_line(f"Seen by {f['doc']}", 9, h=5)
    rows = []
    for x in f["lines"]:
        if x["code"] == f["code"]:
            rows.append([d_(f, f["dos"]), f"{x['code']} (paid as {f['est']})", mo(f, x["ch"]), mo(f, f["allowed_est"]),
                         mo(f, round(f["allowed_est"] - 40, 2)), mo(f, 40), "V3"])
        else:
            a = round(x["ch"] * 0.5, 2)
            rows.append([d_(f, f["dos"]), x["code"], mo(f, x["ch"]), mo(f, a), mo(f, a), mo(f, 0), "--"])
    rows.append(["*Totals", "", mo(f, f["total"]), "", "", "", ""])
    d.table(["Service date", "Service", "Amount billed", "Allowed", "Plan paid", "You owe", "Note"], rows,
            [26, 40, 26, 22, 22, 22, 16], 8.2, "LLRRRRL")
    d.para(f"V3 - The provider billed a new-patient visit ({f['code']}). You had a visit with {f['prior_doc']}, "
           f"a doctor of the same specialty in the same practice, within the last three years, so the visit is "
           f"paid as a visit for an established patient ({f['est']}). The allowed amount is lower; you owe only "
           "your copay. The provider may not bill you for the difference.", 9)
    d.para("If you disagree, you may appeal within 180 days of the date of this statement. Call Member Services "
           f"at {f['ph']} or write to Appeals, PO Box 4410, Duluth, MN 55802.", 9)


def adjustment_letter(d: Doc, f: dict) -> None:
    """Penally letter to the group: level-of-service change, printed deadline (kind prov_letter)."""
    d.add_page()
    head(d, f)
    d.text_line(d_(f, f["notice"]), 10)
    d.ln(3)
    for ln in (f["grp"], "Attn: Billing Manager", f"NPI {f['gnpi']}"):
        d.text_line(ln, 10)
    d.ln(4)
    d.text_line("Notice of claim adjustment - new patient visit code", 12, "B", h=6)
    d.ln(2)
    pairs(d, [("Patient", f["name"]), ("Member ID", f["mid"]), ("Date of birth", d_(f, f["dob"])),
              ("Claim number", f["claim"]), ("Date of service", d_(f, f["dos"])),
              ("Rendering physician", f"{f['doc']} (NPI {f['npi']})"),
              ("Billed", f"{f['code']}  {mo(f, f['em'])}"), ("Processed as", f"{f['est']}  allowed {mo(f, f['allowed_est'])}")])
    d.para(f"A new-patient code may be billed only when the patient has not received professional services from "
           f"the physician, or another physician of the same specialty and subspecialty in the same group, within "
           f"the past three years. Our claim history shows a visit on {d_(f, f['prior'])} with {f['prior_doc']} "
           f"of your group ({f['spec']}). We therefore changed {f['code']} to {f['est']}.", 10)
    deadline = f["notice"] + dt.timedelta(days=90)
    f["deadline"] = deadline
    d.para(f"If the earlier visit was with a physician of a different specialty, or you believe the code change is "
           f"wrong, send a corrected claim or a reconsideration request with records. It must be received by "
           f"{d_(f, deadline)}.", 10)
    d.para(f"Provider Services\n{PE}", 10)


def plain_letter(d: Doc, f: dict) -> None:
    """Penally letter to the member in plain words (kind plain)."""
    d.add_page()
    head(d, f)
    d.text_line(d_(f, f["notice"]), 10.5)
    d.ln(3)
    for ln in (f["name"], *f["addr"]):
        d.text_line(ln, 10.5)
    d.ln(5)
    d.text_line("Why we paid your doctor visit as a return visit", 13, "B", h=7)
    d.ln(2)
    d.para(f"Dear {f['name'].split()[0]},", 10.5)
    d.para(f"On {d_(f, f['dos'])} you saw {f['doc']} at {f['grp']}. The office sent us a bill for "
           f"{mo(f, f['em'])} for a first visit with a new doctor (code {f['code']}).", 10.5)
    d.para(f"You have been to this practice before. On {d_(f, f['prior'])} you saw {f['prior_doc']}, who is in "
           f"the same practice and does the same kind of medicine. When you have seen a doctor of the same kind in "
           f"the same practice in the last three years, the visit counts as a return visit. So we paid it as a "
           f"return visit (code {f['est']}). We allowed {mo(f, f['allowed_est'])}.", 10.5)
    d.para("What this means for you: you pay only your usual copay. The office cannot bill you for the rest.", 10.5)
    d.para(f"Your claim number is {f['claim']}. Your member ID is {f['mid']}.", 10.5)
    d.para("If you think we got this wrong, you can ask us to look again (an appeal). Ask within 180 days of the "
           f"date of this letter. Call us at {f['ph']} (TTY 711) and we will help you.", 10.5)
    d.para(f"Member Services\n{PE}", 10.5)


def bundled_letter(d: Doc, f: dict) -> None:
    """Corris Valley letter to the group: visit denied as part of the same-day procedure (kind bundled_letter)."""
    d.add_page()
    head(d, f)
    d.text_line("Date: " + d_(f, f["notice"]), 10)
    d.ln(2)
    d.text_line(f"To: {f['grp']}", 10)
    d.ln(3)
    d.text_line("RE: Evaluation and management service denied - modifier 25 not reported", 11, "B", h=6)
    d.ln(2)
    w = d.w - d.l_margin - d.r_margin
    for k, v in [("Member", f["name"]), ("Member ID", f["mid"]), ("Group", f["group"]), ("Claim no.", f["claim"]),
                 ("Rendering provider", f"{f['doc']}, NPI {f['npi']}"), ("Received", d_(f, f["received"]))]:
        d.font(9, "B")
        d.cell(45, 6, " " + k, border=1)
        d.font(9)
        d.cell(w - 45, 6, " " + v, border=1, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    rows = [[d_(f, f["dos"]), x["code"], x["desc"], mo(f, x["ch"]),
             "Denied - bundled" if x["code"] == f["code"] else "Paid"] for x in f["lines"]]
    rows.append(["*Total billed", "", "", mo(f, f["total"]), ""])
    d.table(["Date of service", "CPT", "Description", "Billed", "Status"], rows, [28, 16, 80, 24, 32], 8.6, "LLLRL")
    d.para(f"The claim reports {f['code']} and procedure {f['lines'][1]['code']} on the same day by the same "
           "physician. An evaluation and management visit on the day of a minor procedure is included in the "
           "procedure unless it is a significant, separately identifiable service reported with modifier 25. "
           f"Modifier 25 was not on the claim, so {f['code']} was denied (CARC 97).", 9.5)
    d.para(f"To have the visit considered, submit a corrected claim with modifier 25 and the visit note within 90 "
           f"days of the date of this letter. Questions: {f['ph']}.", 9.5)
    d.para(f"Provider Relations\n{CO}", 9.5)


def co_eob(d: Doc, f: dict) -> None:
    """Corris Valley member EOB (kinds bundled_eob, paid)."""
    d.add_page()
    head(d, f)
    d.text_line("EXPLANATION OF BENEFITS", 13, "B", h=7)
    d.ln(1)
    pairs(d, [("Issue date:", d_(f, f["notice"])), ("Patient:", f["name"]), ("Member no.:", f["mid"]),
              ("Group:", f["group"]), ("Claim ID:", f["claim"]), ("Billing provider:", f["grp"]),
              ("Rendering:", f"{f['doc']}  (NPI {f['npi']})"), ("Date of birth:", d_(f, f["dob"]))], 38, 9)
    rows = []
    paid = f["kind"] == "paid"
    for x in f["lines"]:
        den = (not paid) and x["code"] == f["code"]
        allowed = 0 if den else round(x["ch"] * 0.7, 2)
        rows.append([d_(f, f["dos"]), x["code"], x["desc"][:34], mo(f, x["ch"]), mo(f, allowed),
                     mo(f, round(allowed * 0.9, 2)), "B25" if den else "A1"])
    rows.append(["*Claim totals", "", "", mo(f, f["total"]), "", "", ""])
    d.table(["Date", "Code", "Description", "Charged", "Allowed", "Paid", "Msg"], rows,
            [24, 14, 62, 22, 20, 20, 12], 8.2, "LLLRRRL")
    if paid:
        d.para(f"A1 - Processed under your plan; new-patient visit {f['code']} paid as billed. Your share is "
               "shown on your next statement.", 9)
    else:
        d.para(f"B25 - The visit ({f['code']}) was billed on the same day as a procedure and is included in the "
               "procedure payment because modifier 25 was not reported. A1 - Paid under your plan.", 9)
        d.para("You may appeal within 180 days of the date of this notice by writing to Corris Valley Health Plan, "
               "Appeals, 1187 Sycamore Court, Pueblo, CO 81003.", 9)


def build(f: dict) -> bytes:
    d = Doc("DejaVu", footer="Page {p} of {n}")
    d.add_font("DejaVu", "B", BOLD)
    {"ra": remittance, "member_eob": member_eob, "prov_letter": adjustment_letter, "plain": plain_letter,
     "bundled_letter": bundled_letter, "bundled_eob": co_eob, "paid": co_eob}[f["kind"]](d, f)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    k = f["kind"]
    alts: dict = {"provider": [f["doc"]]}
    common = dict(insurer=f["ins"], member_id=f["mid"], member_name=f["name"], case_numbers=[f["claim"]],
                  service_dates=[iso(f["dos"])], denial_date=iso(f["notice"]), provider=f["grp"])
    if k not in ("plain", "prov_letter"):
        common["group_number"] = f["group"]
    if k in ("prov_letter", "plain"):
        # the letters print only the new-patient line's charge
        common["claim_amount"] = f"{f['em']:.2f}"
    else:
        common["claim_amount"] = f"{f['total']:.2f}"
    if k in ("ra", "member_eob", "bundled_letter", "bundled_eob"):
        alts["claim_amount"] = [f"{f['em']:.2f}"]
    if k == "paid":
        return truth("eob", None, alternates=alts, **common)
    days = {"ra": 120, "member_eob": 180, "plain": 180, "bundled_letter": 90, "bundled_eob": 180}.get(k)
    dl = f["deadline"] if k == "prov_letter" else f["notice"] + dt.timedelta(days=days)
    doc_type = "eob" if k in ("ra", "member_eob", "bundled_eob") else "denial_letter"
    ta = ["eob"] if k in ("prov_letter", "plain") else []
    return truth(doc_type, "coding_error", appeal_deadline=iso(dl), alternates=alts, type_alternates=ta,
                 denial_alternates=["other"], **common)


# (stem suffix, condition, kind, issuer, billed code, physician group, date style, money style)
PLAN = [
    ("bd_remittance_99204_paid_as_99214", "born_digital", "ra", PE, "99204", 0, "slash", "plain"),
    ("bd_member_eob_99205_paid_as_99215", "born_digital", "member_eob", PE, "99205", 1, "long", "plain"),
    ("scan300_letter_modifier25_missing", "scan_clean_300", "bundled_letter", CO, "99203", 0, "dmy1", "plain"),
    ("lowres_paid_new_patient_eob", "scan_lowres_150", "paid", CO, "99204", 2, "iso", "plain"),
    ("faxstd_provider_adjustment_letter", "fax_standard_g4", "prov_letter", PE, "99204", 1, "abbr", "plain"),
    ("copy_member_eob_bundled_with_procedure", "photocopy", "bundled_eob", CO, "99204", 1, "dmy", "nosign"),
    ("rotated_plain_words_return_visit_letter", "rotated", "plain", PE, "99203", 0, "long", "plain"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ins, code, gi, ds, ms) in enumerate(PLAN):
        f = facts(i, kind, ins, code, gi, ds, ms)
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(build(f), make_truth(f))]))
    return items
