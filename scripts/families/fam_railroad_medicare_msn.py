"""Family 'railroad_medicare_msn': Medicare Summary Notices for Part B claims of Railroad Retirement Board
beneficiaries, processed by an invented RRB specialty Medicare contractor (Cwmbran Federal Benefit Services, LLC).
Modelled from memory on the redesigned MSN (page-1 dashboard, claims per provider, lettered notes, "Appeals must be
filed by" date) with the Railroad Medicare name. All people, numbers and providers invented (Welsh, Hausa and Korean
name bases); phone numbers are 555-01xx.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "railroad_medicare_msn"
LANG = "en"
INS, SMAC = "Railroad Medicare", "Cwmbran Federal Benefit Services, LLC"
FIRST = ["Angharad", "Gwilym", "Eleri", "Dafydd", "Aminu", "Hadiza", "Minjun", "Seoyeon", "Owain", "Lowri"]
LAST = ["Pryce", "Llewellyn", "Prosser", "Bevan", "Danjuma", "Abubakar", "Hwang", "Gwynne", "Meredith", "Pugh"]
PROVS = [("Rhondda Valley Family Medicine", "99214", "Office visit, established patient, moderate"),
         ("Dr. Ceri Vaughan", "99213", "Office visit, established patient"),
         ("Tredegar Imaging Associates", "71046", "Chest x-ray, 2 views"),
         ("Aberaeron Podiatry Group", "11055", "Paring of skin lesion, single"),
         ("Dr. Musa Garba", "93000", "Electrocardiogram, complete"),
         ("Blaenau Eye Physicians", "92014", "Eye exam, established patient")]
DENIED = {
    "mednec": ("82306", "Vitamin D, 25 hydroxy, lab test", "The information provided does not support the need for "
               "this many services or items within this period of time. Medicare won't pay for this service.",
               "medical_necessity", None),
    "refraction": ("92015", "Determination of refractive state", "Medicare does not pay for this service. Eye "
                   "refractions are never covered by Medicare.", "not_covered", None),
    "late": ("97110", "Therapeutic exercises, each 15 minutes", "This claim was denied because it was not filed "
             "on time. Claims must be filed within 12 months of the date of service.", "timely_filing", None),
    "duplicate": ("99213", "Office visit, established patient", "This is a duplicate of a claim already processed "
                  "for the same service on the same date.", "other", None),
    "modifier": ("20610", "Drain/inject major joint", "The procedure code is inconsistent with the modifier used, "
                 "or a required modifier is missing. The provider may correct and resubmit.", "coding_error",
                 ["medical_necessity"]),
    "ma": ("99215", "Office visit, established patient, high", "Our records show you were enrolled in a Medicare "
           "Advantage plan on this date. Your Medicare Advantage plan should process this claim.", "eligibility",
           ["other"]),
}


def mbi(r):
    let = "ACDEFGHJKMNPQRTUVWXY"
    return (str(r.randint(1, 9)) + r.choice(let) + r.choice(let + "0123456789") + str(r.randint(0, 9)) +
            r.choice(let) + r.choice(let) + str(r.randint(0, 9)) + r.choice(let) + r.choice(let) +
            str(r.randint(10, 99)))


def phone(r):
    return f"({r.choice(['304', '412', '570', '715'])}) 555-01{r.randint(10, 99)}"


def facts(r, kind, nclaims, ds, ms, mask):
    dec = dt.date(2026, 3, 2) + dt.timedelta(days=r.randint(0, 180))
    first, last, mid = r.choice(FIRST), r.choice(LAST), r.choice("BCDEFGHJKLMNPRT")
    claims = []
    provs = r.sample(PROVS, nclaims)
    den_i = None if kind == "paid" else r.randrange(nclaims)
    for i, (pname, code, desc) in enumerate(provs):
        dos = dec - dt.timedelta(days=r.randint(20, 70) if kind != "late" or i != den_i else r.randint(420, 470))
        lines = [[dos, code, desc, round(r.randint(90, 260) + r.random(), 2)]]
        if r.random() < 0.5 or i == den_i:
            lines.append([dos + dt.timedelta(days=r.choice([0, 0, 7])), "36415", "Routine venipuncture",
                          round(r.randint(12, 30) + 0.0, 2)])
        denied_line = None
        if i == den_i:
            dc, dd = DENIED[kind][:2]
            if kind in ("refraction", "late", "ma", "duplicate"):  # whole claim denied: every line
                lines = [[dos, dc, dd, round(r.randint(60, 240) + r.random(), 2)]]
                denied_line = 0
            else:
                lines.append([dos + dt.timedelta(days=r.choice([0, 3])), dc, dd, round(r.randint(45, 180) + 0.5, 2)])
                denied_line = len(lines) - 1
        for j, ln in enumerate(lines):
            if j == denied_line or (i == den_i and kind in ("refraction", "late", "ma", "duplicate")):
                ln += [0.0, 0.0, ln[3], "A"]
            else:
                appr = round(ln[3] * r.uniform(0.45, 0.7), 2)
                ln += [appr, round(appr * 0.8, 2), round(appr - round(appr * 0.8, 2), 2), ""]
        claims.append(dict(prov=pname, addr=f"{r.randint(10, 990)} {r.choice(['Heol Fawr', 'Station Rd', 'Castle St'])}",
                           city=r.choice(["Altoona, PA 16601", "Huntington, WV 25701", "Superior, WI 54880"]),
                           ph=phone(r), claim=r.choice(["", "", "-"]).join([str(r.randint(10, 99)),
                                                                           f"{r.randint(10000, 99999)}",
                                                                           f"{r.randint(100000, 999999)}"]),
                           ref=f"Dr. {r.choice(['Ifan Rowlands', 'Ji-ho Seong', 'Zainab Lawal'])}", lines=lines))
    m = mbi(r)
    shown = "XXXX-XXX-" + m[7:] if mask else (f"{m[:4]}-{m[4:7]}-{m[7:]}" if r.random() < 0.5 else m)
    return dict(kind=kind, dec=dec, name=(f"{first} {mid}. {last}", first, mid, last), mbi=shown, mask=mask,
                claims=claims, den=den_i, ds=ds, ms=ms, ph=f"1-888-555-01{r.randint(10, 99)}",
                addr=(f"{r.randint(100, 9800)} Railroad Ave", r.choice(["Altoona, PA 16602", "Galesburg, IL 61401"])),
                deadline=dec + dt.timedelta(days=120), start=dec - dt.timedelta(days=92))


def build(f):
    d = Doc("Helvetica", footer="Page {p} of {n}")
    D = lambda x: fmt_date(x, f["ds"])  # noqa: E731
    M = lambda x: fmt_money(x, f["ms"])  # noqa: E731
    n = f["name"]
    d.add_page()
    d.text_line("Railroad Medicare", 20, "B")
    d.text_line("Medicare Summary Notice for Part B (Medical Insurance)", 12, "B")
    d.text_line("The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", 8.5)
    d.rule()
    y = d.get_y()
    for ln in (f"{n[1]} {n[2]}. {n[3]}".upper(), *[a.upper() for a in f["addr"]]):
        d.text_line(ln, 10)
    d.set_xy(112, y)
    d.font(9)
    d.multi_cell(85, 5, f"Notice for {n[1]} {n[3]}\nMedicare Number  {f['mbi']}\nDate of This Notice  {D(f['dec'])}\n"
                 f"Claims Processed Between {D(f['start'])} and {D(f['dec'] - dt.timedelta(days=2))}", border=1)
    d.ln(4)
    d.text_line("THIS IS NOT A BILL", 14, "B", "C")
    d.ln(2)
    d.text_line("Your Deductible Status", 11, "B")
    d.para("Your deductible is what you must pay for most health services before Medicare begins to pay. "
           f"Part B Deductible: You have now met {M(257)} of your {M(257)} deductible for 2026.", 9.5)
    d.text_line("Your Claims & Costs This Period", 11, "B")
    total = sum(ln[6] for c in f["claims"] for ln in c["lines"])
    d.para(f"Did Medicare approve all services?  {'YES' if f['den'] is None else 'NO'}\n"
           + ("" if f["den"] is None else "Number of Services Medicare Denied: 1 (See the claim marked with a note.)\n")
           + f"Total You May Be Billed  {M(total)}", 9.5)
    d.text_line("Providers with Claims This Period", 11, "B")
    for c in f["claims"]:
        d.text_line(f"{D(c['lines'][0][0])}   {c['prov']}", 9.5)
    d.ln(2)
    d.para(f"Questions? Call Railroad Medicare customer service at {f['ph']} (TTY 711). Your Railroad Medicare claims "
           f"are processed by {SMAC}, the Specialty Medicare Administrative Contractor for the Railroad Retirement "
           "Board. Be Informed! Keep this notice for your records.", 8.5)
    d.add_page()
    d.text_line("Your Claims for Part B (Medical Insurance)", 12, "B")
    d.para("Part B Medical Insurance helps pay for doctors' services, diagnostic tests, ambulance services, and other "
           "health care services.", 8.5)
    for c in f["claims"]:
        d.font(9.5, "B")
        d.cell(0, 5, c["prov"], new_x="LMARGIN", new_y="NEXT")
        d.text_line(f"{c['addr']}, {c['city']}   {c['ph']}", 8.5)
        d.text_line(f"Referred by: {c['ref']}      Claim number: {c['claim']}", 8.5)
        rows = [[D(ln[0]), f"{ln[2]} ({ln[1]})", "No" if ln[7] else "Yes", M(ln[3]), M(ln[4]), M(ln[5]), M(ln[6]),
                 ln[7]] for ln in c["lines"]]
        tot = [sum(ln[k] for ln in c["lines"]) for k in (3, 4, 5, 6)]
        rows.append(["*Total for Claim", "", "", M(tot[0]), M(tot[1]), M(tot[2]), M(tot[3]), ""])
        c["total"] = tot[0]
        d.table(["Date", "Service Provided & Billing Code", "Approved?", "Charged", "Approved", "Paid",
                 "May Be Billed", "Notes"], rows, [21, 58, 16, 19, 19, 18, 19, 10], size=7.5, aligns="LLCRRRRC")
    d.add_page()
    d.text_line("Notes for Claims Above", 11, "B")
    if f["den"] is None:
        d.para("No notes for this period. All services were approved.", 9.5)
    else:
        d.para("A  " + DENIED[f["kind"]][2], 9.5)
    d.para("The approved amounts are based on the Medicare fee schedule for the provider's locality.", 8.5)
    d.text_line("How to Handle Denied Claims or File an Appeal", 11, "B")
    d.para("If you disagree with a coverage decision or a payment decision made by Medicare on this notice, you can "
           "appeal.", 9.5)
    d.text_line(f"Appeals must be filed by {D(f['deadline'])}.", 10.5, "B")
    d.para("1. Circle the service(s) or claim(s) you disagree with on this notice. 2. Explain in writing why you "
           "disagree. 3. Fill in your name, your telephone number and your Medicare Number. 4. Send this notice, or "
           f"a copy, to: Railroad Medicare, Attn: Redeterminations, PO Box 10066, Augusta, GA 30999. Call "
           f"{f['ph']} for help. You may also contact your State Health Insurance Assistance Program at "
           "1-877-555-0142.", 9)
    return pdf_bytes(d)


def make_truth(f):
    n = f["name"][0]
    alts = {"insurer": ["Medicare", SMAC]}
    if f["mask"]:
        alts["member_id"] = [f["mbi"]]
    common = dict(insurer=INS, member_id=None if f["mask"] else f["mbi"], member_name=n,
                  denial_date=iso(f["dec"]), appeal_deadline=iso(f["deadline"]))
    if f["den"] is None:
        c = f["claims"][0]
        alts["appeal_deadline"] = [None]
        return truth("eob", None, alternates=alts, type_alternates=["other"], case_numbers=[c["claim"]],
                     claim_amount=m2(c["total"]), service_dates=sorted({iso(ln[0]) for ln in c["lines"]}),
                     provider=c["prov"], **common)
    c = f["claims"][f["den"]]
    if c["prov"].startswith("Dr. "):
        alts["provider"] = [c["prov"][4:]]
    k = f["kind"]
    return truth("eob", DENIED[k][3], alternates=alts, type_alternates=["denial_letter"],
                 denial_alternates=DENIED[k][4], case_numbers=[c["claim"]], claim_amount=m2(c["total"]),
                 service_dates=sorted({iso(ln[0]) for ln in c["lines"] if ln[7]}), provider=c["prov"], **common)


PLAN = [("bd_lab_test_not_necessary", "born_digital", "mednec", 2, "long", "plain", False),
        ("bd_all_approved_one_claim", "born_digital", "paid", 1, "abbr", "plain", False),
        ("scan300_eye_refraction_never_covered", "scan_clean_300", "refraction", 3, "slash", "nosign", False),
        ("lowres_therapy_claim_filed_late", "scan_lowres_150", "late", 1, "long", "plain", True),
        ("copy_duplicate_office_visit", "photocopy", "duplicate", 2, "dmy", "plain", False),
        ("faxf_joint_injection_modifier", "fax_fine_g4", "modifier", 2, "slash", "nosign", False),
        ("phone_enrolled_in_ma_plan", "phone_photo", "ma", 1, "long", "plain", False)]


def documents(rng) -> list[Item]:
    items = []
    for i, (suf, cond, kind, nc, ds, ms, mask) in enumerate(PLAN):
        f = facts(random.Random(142500 + i), kind, nc, ds, ms, mask)
        pdf = build(f)
        items.append(Item(f"{FAMILY}_{suf}", cond, [(pdf, make_truth(f))]))
    return items
