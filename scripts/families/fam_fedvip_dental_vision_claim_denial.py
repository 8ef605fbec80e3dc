"""Family 'fedvip_dental_vision_claim_denial': a FEDVIP (Federal Employees Dental and Vision Insurance Program)
carrier's explanation of benefits or claim letter for an enrollee's covered family member.

Modelled from memory on the public shape of FEDVIP carriers' EOBs and the FEDVIP disputed-claims process: the
carrier's letterhead with "FEDVIP" and the program's name, the enrollee block (enrollee, enrollee ID, plan option
Standard / High, enrollment type, enrollment code, group), the claim bar (claim number, patient and relationship,
dentist or eye doctor, NPI, network, date received), a service-line table (date, tooth, CDT or vision code, billed,
allowed, plan paid, you owe, remark) with a remark legend and an annual-maximum panel, then "ask us to reconsider
within 6 months" and the OPM review paragraph (U.S. Office of Personnel Management, FEDVIP, within 90 days of the
carrier's reconsideration decision). All values invented: carriers, people, IDs, dentists, amounts; phone numbers
are 555 numbers. Names: Icelandic places for carriers, towns and practices; Akan, Korean, Polish and Lebanese names
for families (seeds 147550+).

Kinds: third prophylaxis in a calendar year (frequency limit; earlier cleanings' dates are decoys), vision claim
from an out-of-network doctor on an in-network-only plan, comprehensive orthodontia inside the 12-month waiting
period, posterior composite paid as amalgam (alternate benefit, partly paid), a bridge replacing a tooth missing
before coverage (EOB) stacked with the carrier's letter upholding that denial on reconsideration, a vision EOB paid
in full, and a claim letter (not an EOB) refusing a crown replaced within five years.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth

FAMILY = "fedvip_dental_vision_claim_denial"
LANG = "en"

SKJ, HVI, BOR = "Skjalfandi Dental Alliance, Inc.", "Hvitserkur Dental Insurance Company", "Borgarfjordur Vision Care"
CARRIERS = {
    SKJ: dict(logo="SKJALFANDI DENTAL", addr="PO Box 66120, Dalvik, WA 98852", ph="1-555-381-4400",
              kind="dental", idf="SKD-99999999", grp="FV-99999"),
    HVI: dict(logo="HVITSERKUR", addr="1800 Vatnsnes Boulevard, Blonduos, KS 67420", ph="1-555-726-0190",
              kind="dental", idf="H9A9999999", grp="00999999"),
    BOR: dict(logo="Borgarfjordur Vision Care", addr="PO Box 8820, Reykholt, OR 97868", ph="1-555-240-9133",
              kind="vision", idf="BVC 9999 9999", grp=None),
}
FAMILIES = [(["Kofi", "Ama", "Kwabena", "Akosua"], ["Mensah", "Owusu", "Boateng", "Asante"]),
            (["Jiwoo", "Minseo", "Hyunwoo", "Seoyeon"], ["Kim", "Park", "Choi", "Jung"]),
            (["Zofia", "Tomasz", "Agnieszka", "Bartosz"], ["Wisniewski", "Kowalczyk", "Zielinski", "Wojcik"]),
            (["Rania", "Karim", "Nadine", "Elias"], ["Haddad", "Khoury", "Nassar", "Saliba"])]
TOWNS = ["Dalvik, WA 98852", "Blonduos, KS 67420", "Reykholt, OR 97868", "Siglufjordur, ME 04658"]
DENTISTS = [("Dr. Sunna K. Arnadottir, DDS", "Vesturbaer Family Dentistry"),
            ("Dr. Gunnar P. Ottarsson, DMD", "Hofsos Dental Group"),
            ("Dr. Birna L. Hjartardottir, DDS, MS", "Grindavik Orthodontics"),
            ("Dr. Arnar T. Sveinsson, DDS", "Hella Dental Care")]
EYE = [("Dr. Katla R. Einarsdottir, OD", "Vogar Eye Associates"), ("Dr. Orri S. Halldorsson, OD", "Eyrarbakki Optical")]
MONTHS = None


def mixed(r: random.Random, pat: str) -> str:
    return "".join(r.choice("ACDEFGHJKMNPRTUVWXY") if c == "A" else str(r.randint(0, 9)) if c == "9" else c
                   for c in pat)


def fdate(d: dt.date, s: str) -> str:
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%-d %b %Y"), "abbr": d.strftime("%b %-d, %Y"), "short": d.strftime("%m/%d/%y")}[s]


def usd(v: float, s: str = "plain") -> str:
    return {"plain": f"${v:,.2f}", "nosign": f"{v:,.2f}"}[s]


def add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    return dt.date(d.year + y, m + 1, min(d.day, 28))


# code, description, fee range, tooth
LINES = {
    "freq": [("D0120", "Periodic oral evaluation", (52, 70), "", "paid"),
             ("D1110", "Prophylaxis - adult", (98, 130), "", "denied"),
             ("D0274", "Bitewings - four radiographic images", (68, 88), "", "paid")],
    "oon": [("92014", "Eye exam, comprehensive, established patient", (150, 210), "", "denied"),
            ("V2100", "Spectacle lenses, single vision (pair)", (120, 190), "", "denied"),
            ("V2020", "Frames", (180, 260), "", "denied")],
    "ortho": [("D0330", "Panoramic radiographic image", (110, 150), "", "paid"),
              ("D8070", "Comprehensive ortho tx, transitional dent.", (4800, 6200), "",
               "denied")],
    "alt": [("D0120", "Periodic oral evaluation", (52, 70), "", "paid"),
            ("D2392", "Resin-based composite - two surfaces, posterior", (210, 280), "30 MO", "alt")],
    "missing": [("D6240", "Pontic - porcelain/high noble metal", (1050, 1300), "19", "denied"),
                ("D6750", "Retainer crown - porcelain/high noble", (1100, 1350), "18", "denied"),
                ("D6750", "Retainer crown - porcelain/high noble", (1100, 1350), "20", "denied")],
    "paid": [("92014", "Eye exam, comprehensive, established patient", (140, 190), "", "paid"),
             ("92310", "Contact lens fitting, standard", (70, 110), "", "paid"),
             ("V2520", "Contact lenses, soft, spherical (supply)", (120, 180), "", "paid")],
    "crown": [("D2740", "Crown - porcelain/ceramic", (1150, 1450), "14", "denied"),
              ("D0220", "Intraoral periapical first radiographic image", (28, 40), "14", "denied")],
}
REMARK = {
    "freq": ("F12", "Frequency limitation: prophylaxis is covered twice per calendar year. Our records show "
             "cleanings paid on {h1} and {h2}."),
    "oon": ("N40", "Out of network: your FEDVIP vision plan covers services only from in-network providers. "
            "{prov} is not in the Borgarfjordur network, and this plan has no out-of-network benefit."),
    "ortho": ("W12", "Waiting period: orthodontic services under the High Option are covered after 12 months of "
              "continuous enrollment. Coverage for this patient began {eff}."),
    "alt": ("A21", "Alternate benefit: a posterior composite filling is paid at the allowance for an amalgam "
            "filling (D2150). You may owe the difference."),
    "missing": ("M07", "Missing tooth limitation: the plan does not cover a bridge or pontic to replace a tooth "
                "that was missing before your coverage under this plan began ({eff})."),
    "crown": ("F60", "Frequency limitation: a crown on the same tooth is covered once every 5 years. A crown on "
              "tooth 14 was paid on {h1}."),
}
DENIAL = {"freq": ("not_covered", ["other"]), "oon": ("out_of_network", None),
          "ortho": ("not_covered", ["eligibility", "other"]), "alt": ("not_covered", ["other"]),
          "missing": ("not_covered", None), "crown": ("not_covered", ["other"])}


def facts(r: random.Random, kind: str, car: str, option: str, rel: str, ds: str, ms: str, dl: str) -> dict:
    C = CARRIERS[car]
    firsts, lasts = r.choice(FAMILIES)
    last = r.choice(lasts)
    enr = (f"{r.choice(firsts)} {r.choice('BCDFGHKLMNPRSTW')}. {last}")
    if rel == "Self":
        pat = enr
    else:
        pl = last if rel != "Spouse" or r.random() < 0.5 else r.choice([x for x in lasts if x != last])
        pf = r.choice([x for x in firsts if x != enr.split()[0]])
        pat = f"{pf} {r.choice('BCDFGHKLMNPRSTW')}. {pl}"
    stmt = dt.date(2026, 3, 2) + dt.timedelta(days=r.randint(120 if kind == "freq" else 0, 200))
    dos = stmt - dt.timedelta(days=r.randint(12, 40))
    lines = []
    for code, desc, (lo, hi), tooth, st in LINES[kind]:
        billed = float(r.randint(lo, hi))
        if st == "paid":
            allowed = round(billed * r.uniform(0.7, 0.9), 2)
            paid = allowed if kind != "paid" or code == "92014" else round(allowed * 0.8, 2)
            if kind == "paid":
                allowed, paid = billed, billed
        elif st == "alt":
            allowed = round(billed * 0.52, 2)
            paid = round(allowed * 0.8, 2)
        else:
            allowed, paid = 0.0, 0.0
        lines.append(dict(code=code, desc=desc, tooth=tooth, billed=billed, allowed=allowed, paid=paid,
                          owe=round(billed - paid, 2), st=st))
    dent = r.choice(EYE if C["kind"] == "vision" else DENTISTS[:2] + DENTISTS[3:])
    if kind == "ortho":
        dent = DENTISTS[2]
    ptown = r.choice(TOWNS)
    eff = dt.date(2026 if kind == "ortho" else 2025, 1, 1)
    return dict(kind=kind, car=car, C=C, option=option, rel=rel, ds=ds, ms=ms, dl=dl, enr=enr, pat=pat,
                eid=mixed(r, C["idf"]), grp=mixed(r, C["grp"]) if C["grp"] else None,
                ecode=f"{r.randint(1, 9)}{'H' if option == 'High' else 'S'}{r.choice('123')}",
                etype=r.choice(["Self Plus One", "Self and Family"]) if rel != "Self" else "Self Only",
                claim=mixed(r, "26" + "9" * 11) if car != BOR else mixed(r, "VC-9999-999999"),
                stmt=stmt, dos=dos, recv=dos + dt.timedelta(days=r.randint(3, 9)), lines=lines, dent=dent,
                dnpi=r.choice("12") + "".join(str(r.randint(0, 9)) for _ in range(9)),
                addr=(f"{r.randint(20, 9800)} {r.choice(['Hraun Street', 'Esja Road', 'Kopavogur Lane'])}",
                      r.choice(TOWNS)), pdob=dt.date(r.randint(1955, 2013), r.randint(1, 12), r.randint(1, 28)),
                h1=(dt.date(dos.year, 1, 6) + dt.timedelta(days=r.randint(0, 30)) if kind == "freq"
                    else dos - dt.timedelta(days=r.randint(900, 1500))),
                h2=dos - dt.timedelta(days=r.randint(20, 60)), eff=eff,
                amax=r.choice([1500.0, 2000.0, 2500.0]), used=float(r.randint(200, 900)),
                recon=mixed(r, "RC-26-99999"), recon_recv=None, ptown=ptown)


def letterhead(d: Doc, f: dict) -> None:
    C = f["C"]
    d.text_line(C["logo"], 19 if f["car"] != BOR else 16, "B")
    d.text_line(f["car"] + "  -  a FEDVIP carrier", 9.5, "B")
    d.text_line("Federal Employees Dental and Vision Insurance Program (FEDVIP)", 8.5)
    d.text_line(f"{C['addr']}  |  Customer Service {C['ph']}  |  TTY 711", 8)
    d.rule(0.5, 4)


def total(f: dict, k: str) -> float:
    return round(sum(x[k] for x in f["lines"]), 2)


def eob(d: Doc, f: dict) -> None:
    d.add_page()
    letterhead(d, f)
    ds, ms = f["ds"], f["ms"]
    d.text_line("EXPLANATION OF BENEFITS", 14, "B")
    d.text_line("THIS IS NOT A BILL", 9, "B")
    d.ln(2)
    d.text_line(f"Statement date: {fdate(f['stmt'], ds)}", 10)
    d.ln(2)
    for ln in (f["enr"], *f["addr"]):
        d.text_line(ln, 10)
    d.ln(3)
    ecode = f"{f['option']} Option ({f['etype']})"
    cells = [("Enrollee", f["enr"], 46), ("Enrollee ID", f["eid"], 34), ("Plan option", ecode, 56),
             ("Enrollment code", f["ecode"], 26)]
    if f["grp"]:
        cells[2] = ("Plan option", ecode, 44)
        cells.append(("Group", f["grp"], 18))
        cells[0] = ("Enrollee", f["enr"], 40)
    d.boxes(cells, h=11, value_size=8.6)
    d.ln(2)
    doc = "Dentist" if f["C"]["kind"] == "dental" else "Eye doctor"
    d.boxes([("Claim number", f["claim"], 36), ("Patient", f["pat"], 46), ("Relationship", f["rel"], 24),
             ("Patient DOB", fdate(f["pdob"], "slash"), 30), ("Date received", fdate(f["recv"], ds), 40)],
            h=11, value_size=8.6)
    d.boxes([(doc, f["dent"][0], 76), ("Office", f["dent"][1], 56),
             ("NPI", f["dnpi"], 26), ("Network", "Out of network" if f["kind"] == "oon" else "In network", 28)],
            h=11, value_size=8.2)
    d.ln(3)
    den = f["C"]["kind"] == "dental"
    head = ["Date", "Tooth" if den else "", "Code", "Description", "Billed", "Allowed", "Plan paid", "You owe",
            "Remark"]
    code = REMARK.get(f["kind"], ("", ""))[0]
    rows = [[fdate(f["dos"], "short" if ds != "iso" else "iso"), x["tooth"], x["code"], x["desc"][:40],
             usd(x["billed"], ms), usd(x["allowed"], ms), usd(x["paid"], ms), usd(x["owe"], ms),
             code if x["st"] in ("denied", "alt") else "P01"] for x in f["lines"]]
    rows.append(["*Claim totals", "", "", "", usd(total(f, "billed"), ms), usd(total(f, "allowed"), ms),
                 usd(total(f, "paid"), ms), usd(total(f, "owe"), ms), ""])
    d.table(head, rows, [20, 13 if den else 2, 13, 62, 18, 18, 18, 18, 13], size=7.6, aligns="LLLLRRRRL",
            head_fill=True)
    d.text_line("Remarks", 9.5, "B")
    d.para("P01 - Paid according to your plan's benefits for an in-network provider.", 8.6, gap=1)
    if f["kind"] != "paid":
        c, text = REMARK[f["kind"]]
        d.para(f"{c} - " + text.format(h1=fdate(f["h1"], ds), h2=fdate(f["h2"], ds), prov=f["dent"][0],
                                        eff=fdate(f["eff"], ds)), 8.6, gap=1)
    d.ln(1)
    if den:
        d.para(f"Annual benefit maximum {usd(f['amax'])}; used this year {usd(f['used'])} (before this claim).", 8.6)
    d.text_line("If you disagree", 10, "B")
    d.para(reconsider_text(f), 8.8)
    d.para("If we deny your request, or do not answer it in time, you may ask the U.S. Office of Personnel "
           "Management (OPM) to review our decision within 90 days of the date of our reconsideration decision. "
           "Write to: U.S. Office of Personnel Management, Federal Employees Dental and Vision Insurance Program "
           "(FEDVIP), 1900 E Street NW, Washington, DC 20415. OPM's decision is final.", 8.8)


def reconsider_text(f: dict) -> str:
    base = ("You, or your provider with your written consent, may ask us to reconsider this claim. Write to us "
            "within 6 months")
    if f["dl"] == "date":
        dl = add_months(f["stmt"], 6)
        return (base + f" of the date of this statement: your request must be received by {fdate(dl, f['ds'])}. "
                f"Include the claim number and any records (x-rays, chart notes) that support your request.")
    return base + " from the date you receive this notice. Include the claim number and any records that support it."


def recon_letter(d: Doc, f: dict) -> None:
    d.add_page()
    letterhead(d, f)
    ds, ms = f["ds"], f["ms"]
    d.text_line(fdate(f["rdate"], "long"), 10.5)
    d.ln(3)
    for ln in (f["enr"], *f["addr"]):
        d.text_line(ln, 10.5)
    d.ln(4)
    d.text_line("Reconsideration Decision - Denial Upheld", 13, "B")
    d.ln(1)
    rows = [("Enrollee", f["enr"]), ("Enrollee ID", f["eid"]), ("Patient", f"{f['pat']} ({f['rel']})"),
            ("Claim number", f["claim"]), ("Reconsideration number", f["recon"]),
            ("Date of service", fdate(f["dos"], "long")), ("Dentist", f["dent"][0]),
            ("Amount billed", usd(total(f, "billed"), ms))]
    for lab, v in rows:
        d.font(10, "B")
        d.cell(52, 5.3, lab + ":")
        d.font(10)
        d.cell(0, 5.3, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    tl = ", ".join(sorted(f"#{x['tooth']}" for x in f["lines"]))
    d.para(f"Dear {f['enr'].split()[0]} {f['enr'].split()[-1]}: We received your request of "
           f"{fdate(f['rrecv'], 'long')} asking us to reconsider our denial of the bridge ({tl}) that "
           f"{f['dent'][0]} placed for {f['pat']}. A dental consultant who did not take part in the first decision "
           "reviewed the claim, the x-rays and the dentist's letter.", 10)
    d.para("Decision: we uphold our denial. The FEDVIP brochure of this plan (Section 5, Limitations) says the plan "
           "does not cover a fixed bridge or pontic that replaces a tooth missing before the patient's coverage "
           f"began. Coverage began {fdate(f['eff'], 'long')}; the dentist's records show that tooth 19 was extracted "
           "in 2022. The x-ray does not show a tooth in that space at enrollment.", 10)
    d.text_line("Your right to an OPM review", 11, "B")
    d.para("This is our final decision. If you disagree, you may ask the U.S. Office of Personnel Management "
           "(OPM) to review it. You must write to OPM within 90 days of the date of this letter. Send a copy of "
           "this letter, the EOB and any records to: U.S. Office of Personnel Management, Federal Employees Dental "
           "and Vision Insurance Program (FEDVIP), 1900 E Street NW, Washington, DC 20415. OPM will decide "
           "whether we correctly applied the terms of the plan; OPM's decision is final.", 10)
    d.para(f"Questions: call {f['C']['ph']} (TTY 711).", 10)
    d.text_line("Dental Appeals Unit, " + f["car"], 10)


def claim_letter(d: Doc, f: dict) -> None:
    d.add_page()
    letterhead(d, f)
    ds, ms = f["ds"], f["ms"]
    d.text_line(fdate(f["stmt"], ds), 10.5)
    d.ln(3)
    for ln in (f["enr"], *f["addr"]):
        d.text_line(ln, 10.5)
    d.ln(4)
    d.text_line("Notice of Claim Denial", 13, "B")
    d.ln(1)
    d.para(f"Enrollee: {f['enr']}    Enrollee ID: {f['eid']}    Group: {f['grp']}\n"
           f"Plan: FEDVIP Dental, {f['option']} Option, {f['etype']} - enrollment code {f['ecode']}\n"
           f"Patient: {f['pat']} ({f['rel']})    Claim #: {f['claim']}", 9.8)
    x = f["lines"]
    d.para(f"Dear {f['enr'].split()[0]} {f['enr'].split()[-1]}: We received a claim from {f['dent'][0]} "
           f"({f['dent'][1]}) for a crown on tooth 14 (D2740) and an x-ray (D0220) for {f['pat']} on "
           f"{fdate(f['dos'], ds)}, billed at {usd(total(f, 'billed'), ms)}. We cannot pay this claim.", 10)
    d.text_line("Why we denied the claim", 11, "B")
    d.para(REMARK["crown"][1].format(h1=fdate(f["h1"], ds)) + " The x-ray taken for the crown is part of the "
           "crown procedure and is not paid separately.", 10)
    d.text_line("If you disagree", 11, "B")
    d.para(reconsider_text(f), 10)
    d.para("If we uphold the denial, you may then ask the U.S. Office of Personnel Management (OPM), Federal "
           "Employees Dental and Vision Insurance Program, 1900 E Street NW, Washington, DC 20415, to review our "
           "decision within 90 days of our reconsideration decision.", 10)
    d.text_line("Claims Department, " + f["car"], 10)


def eob_truth(f: dict) -> dict:
    k = f["kind"]
    den_lines = [x for x in f["lines"] if x["st"] in ("denied", "alt")]
    alts: dict = {"provider": [f["dent"][1]], "plan_id": [None]}
    amt = f"{total(f, 'billed'):.2f}"
    if den_lines and len(den_lines) < len(f["lines"]):
        alts["claim_amount"] = [f"{sum(x['billed'] for x in den_lines):.2f}"]
    dl = None
    if k != "paid":
        if f["dl"] == "date":
            dl = add_months(f["stmt"], 6).isoformat()
        else:
            alts["appeal_deadline"] = [add_months(f["stmt"], 6).isoformat(),
                                       (f["stmt"] + dt.timedelta(days=180)).isoformat()]
    common = dict(insurer=f["car"], plan_id=f["ecode"], group_number=f["grp"], member_id=f["eid"],
                  member_name=f["pat"], case_numbers=[f["claim"]], claim_amount=amt,
                  service_dates=[f["dos"].isoformat()], denial_date=f["stmt"].isoformat(), provider=f["dent"][0],
                  appeal_deadline=dl, alternates=alts)
    if k == "paid":
        return truth("eob", None, type_alternates=["other"], **common)
    den, da = DENIAL[k]
    return truth("eob" if k != "crown" else "denial_letter", den, denial_alternates=da,
                 type_alternates=["denial_letter"] if k != "crown" else None, **common)


def recon_truth(f: dict) -> dict:
    alts = {"provider": [f["dent"][1]],
            "appeal_deadline": [(f["rdate"] + dt.timedelta(days=90)).isoformat()],
            "case_numbers": [[f["claim"]]]}
    return truth("denial_letter", "not_covered", insurer=f["car"], member_id=f["eid"], member_name=f["pat"],
                 case_numbers=[f["claim"], f["recon"]], claim_amount=f"{total(f, 'billed'):.2f}",
                 service_dates=[f["dos"].isoformat()], denial_date=f["rdate"].isoformat(), provider=f["dent"][0],
                 appeal_deadline=None, alternates=alts)


# (stem suffix, condition, kind, carrier, option, relationship, date style, money style, deadline mode)
PLAN = [
    ("bd_third_cleaning_frequency_limit", "born_digital", "freq", SKJ, "High", "Spouse", "long", "plain", "date"),
    ("bd_vision_out_of_network_in_network_only_plan", "born_digital", "oon", BOR, "Standard", "Child", "slash",
     "plain", "date"),
    ("scan300_orthodontia_waiting_period", "scan_clean_300", "ortho", HVI, "High", "Child", "abbr", "nosign",
     "receipt"),
    ("lowres_posterior_composite_alternate_benefit", "scan_lowres_150", "alt", SKJ, "Standard", "Self", "iso",
     "plain", "date"),
    ("copy_stack_missing_tooth_eob_and_reconsideration_upheld", "photocopy", "missing", HVI, "High", "Spouse",
     "dmy", "plain", "date"),
    ("phone_vision_eob_paid_in_full", "phone_photo", "paid", BOR, "High", "Spouse", "abbr", "plain", "receipt"),
    ("rotated_crown_within_five_years_letter", "rotated", "crown", SKJ, "High", "Child", "slash", "plain",
     "receipt"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, car, opt, rel, ds, ms, dl) in enumerate(PLAN):
        r = random.Random(147550 + i)
        f = facts(r, kind, car, opt, rel, ds, ms, dl)
        d = Doc("Helvetica", margins=(15, 14, 15), footer=f"{f['car']}  -  FEDVIP  -  page {{p}} of {{n}}")
        if kind == "crown":
            claim_letter(d, f)
        else:
            eob(d, f)
        docs = [(pdf_bytes(d), eob_truth(f))]
        if kind == "missing":
            f["rdate"] = f["stmt"] + dt.timedelta(days=r.randint(70, 120))
            f["rrecv"] = f["stmt"] + dt.timedelta(days=r.randint(30, 50))
            d2 = Doc("Helvetica", margins=(18, 16, 18), footer=f"{f['car']}  -  FEDVIP  -  page {{p}} of {{n}}")
            recon_letter(d2, f)
            docs.append((pdf_bytes(d2), recon_truth(f)))
        items.append(Item(f"{FAMILY}_{suffix}", cond, docs))
    return items
