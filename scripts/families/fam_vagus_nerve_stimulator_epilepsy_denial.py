"""Family 'vagus_nerve_stimulator_epilepsy_denial': plan letters and EOBs on a vagus nerve stimulator (VNS) implant
(CPT 64568 with L8680 electrode / L8686 pulse generator) or a generator replacement (CPT 61885 with L8686).

Invented issuers: Calloway Ridge Health (commercial; letters with a left letterhead and a label block, EOBs with a
ruled line table) and Penhallow Mutual Health Company (commercial; letters with a centred letterhead and prose
facts, a faxed letter to the neurosurgeon, an EOB). Every person, hospital, number and amount is invented. Kinds:
fewer than two anti-seizure medications tried and failed (medication table), no comprehensive epilepsy surgery
evaluation (a scanned stack of the denial and the first-level appeal decision upholding it), an early generator
replacement while the battery is not at end of service (pre-service fax and post-service EOB), an approval of a
replacement at end of service. Decoys: date of birth, the treating epileptologist and NPIs, the request-received
date, the peer-to-peer "call by" date, the generator implant date, the external review time limit.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "vagus_nerve_stimulator_epilepsy_denial"
LANG = "en"
CR = "Calloway Ridge Health"
PM = "Penhallow Mutual Health Company"
SURGEONS = [("Dr. Emeka Thorvaldsen, MD", "Larkspur Regional Medical Center"),
            ("Dr. Ines Moravec-Okafor, MD", "St. Brendan's Neuroscience Hospital"),
            ("Dr. Haruto Pennington, MD", "Greywell University Hospital")]
EPILEPTOLOGISTS = ["Dr. Ottilie Banerjee, MD", "Dr. Casimir Nwachukwu, MD", "Dr. Rosalind Achterberg, DO"]
KINDS = {  # kind -> (document type, denial type, denial alternates, type alternates)
    "asm": ("denial_letter", "medical_necessity", [], []),
    "approval": ("other", None, [], []),
    "eval": ("denial_letter", "medical_necessity", [], []),
    "upheld": ("denial_letter", "medical_necessity", [], []),
    "early_eob": ("eob", "medical_necessity", [], []),
    "early_fax": ("denial_letter", "medical_necessity", [], []),
    "asm_eob": ("eob", "medical_necessity", [], []),
}


def facts(i: int, kind: str, ds: str, ms: str) -> dict:
    r = Rand(176600 + i)
    notice = dt.date(2026, 1, 26) + dt.timedelta(days=r.randint(0, 160))
    surgeon, hosp = r.choice(SURGEONS)
    mem = r.person()
    pm = kind in ("early_fax", "asm_eob", "asm_pm")
    f = dict(kind=kind, fd=lambda x: fmt_date(x, ds), mo=lambda v: fmt_money(v, ms), notice=notice, mem=mem[0],
             first=mem[1], last=mem[3], addr=list(r.address()), dob=dt.date(r.randint(1972, 2006), r.randint(1, 12),
                                                                          r.randint(1, 28)),
             surgeon=surgeon, hosp=hosp, epi=r.choice(EPILEPTOLOGISTS), npi=r.npi(), npi2=r.npi(), ph=r.phone(),
             fax=r.phone(), insurer=PM if pm else CR,
             mid=(r.letters(2) + r.digits(9)) if pm else ("CRH" + r.digits(8)),
             group=(r.digits(6)) if pm else ("G-" + r.digits(5)), ref=("PM" + r.digits(9)) if pm else
             ("PA-" + r.digits(4) + "-" + r.digits(6)), claim=r.digits(4) + "-" + r.digits(7),
             received=notice - dt.timedelta(days=r.randint(4, 10)), drugs=r.choice([
                 [("Levetiracetam", "2023-2025", "Seizures continued on 3,000 mg/day")],
                 [("Lamotrigine", "2022-2025", "Rash; stopped"), ("Clobazam", "2025-", "Started 6 weeks ago; trial ongoing")]]),
             implanted=dt.date(r.randint(2021, 2023), r.randint(1, 12), r.randint(1, 28)),
             battery=r.choice(["41%", "48%", "36%"]))
    f["surg"] = notice + dt.timedelta(days=r.randint(14, 35))
    f["p2p"] = notice + dt.timedelta(days=r.choice([7, 10, 14]))
    if kind in ("early_eob", "asm_eob"):
        f["surg"] = notice - dt.timedelta(days=r.randint(25, 45))
        f["received"] = f["surg"] + dt.timedelta(days=r.randint(3, 10))
    if kind in ("early_eob", "early_fax", "approval"):
        lines = [("61885", "Replace cranial neurostimulator generator",
                  float(r.choice([6120, 6480, 7015]))),
                 ("L8686", "Neurostimulator generator, single array", float(r.choice([21400, 23850])))]
    else:
        lines = [("64568", "Implant vagus nerve electrode and generator",
                  float(r.choice([9650, 10240, 11380]))),
                 ("L8680", "Neurostimulator electrode, each", float(r.choice([4150, 4620]))),
                 ("L8686", "Neurostimulator generator, single array", float(r.choice([21400, 23850])))]
    f["lines"] = lines
    f["billed"] = round(sum(x[2] for x in lines), 2)
    f["appeal_no"] = "APL-" + r.digits(7)
    f["appeal_date"] = notice + dt.timedelta(days=r.randint(34, 48))
    if kind == "eval":  # the planned surgery waits for the appeal
        f["surg"] = f["appeal_date"] + dt.timedelta(days=r.randint(20, 30))
    return f


def rows_block(d: Doc, rows: list, w: float = 50, size: float = 9.8) -> None:
    for k, v in rows:
        d.font(size, "B")
        d.cell(w, 5, k + ":")
        d.font(size)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def cr_head(d: Doc, f: dict, date: dt.date) -> None:
    d.text_line(CR, 18, "B", h=8)
    d.text_line("Utilization Management  |  2200 Fenwick Tower, Columbus, OH 43215  |  " + f["ph"], 8.5, h=4.5)
    d.rule(0.5, 5)
    d.text_line(f["fd"](date), 10.5, h=5)
    d.ln(2)
    for ln in [f["mem"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5)
    d.ln(4)


def services(f: dict) -> str:
    return ", ".join(f"{c}" for c, _, _ in f["lines"])


def cr_letter(f: dict) -> bytes:
    k, fd = f["kind"], f["fd"]
    d = Doc("Helvetica", footer="CRH-UM-NEURO-14  Page {p} of {n}")
    d.add_page()
    date = f["appeal_date"] if k == "upheld" else f["notice"]
    cr_head(d, f, date)
    title = {"asm": "Prior Authorization Denial", "eval": "Prior Authorization Denial",
             "upheld": "Appeal Decision - Denial Upheld", "approval": "Prior Authorization Approval"}[k]
    d.text_line(title, 13, "B", h=7)
    d.ln(1)
    rows = [("Member", f["mem"]), ("Date of birth", fd(f["dob"])), ("Member ID", f["mid"]), ("Group", f["group"])]
    if k == "upheld":
        rows += [("Appeal number", f["appeal_no"]), ("Original reference", f["ref"])]
    elif k == "approval":
        rows += [("Authorization number", f["ref"])]
    else:
        rows += [("Reference number", f["ref"])]
    rows += [("Requesting provider", f"{f['surgeon']}, {f['hosp']}"), ("Provider NPI", f["npi"]),
             ("Treating epileptologist", f["epi"]), ("Service", services(f)),
             ("Requested date of surgery", fd(f["surg"])), ("Request received", fd(f["received"]))]
    rows_block(d, rows)
    d.para(f"Dear {f['first']} {f['last']}:", 10.5)
    if k == "approval":
        d.para(f"We approved the request from {f['surgeon']} to replace the pulse generator of your vagus nerve "
               f"stimulator at {f['hosp']}. The generator implanted on {fd(f['implanted'])} reached end of service "
               "(EOS indicator on at the last interrogation). The approval is valid for 90 days from the requested "
               "date of surgery. Benefits depend on your eligibility and plan terms on the date of service.", 10.2)
        d.para(f"Sincerely,\nUtilization Management, {CR}", 10)
        return pdf_bytes(d)
    if k == "asm":
        d.para(f"We reviewed the request for a vagus nerve stimulator (VNS) for your epilepsy. Our medical policy "
               "(NEURO-031) covers VNS for focal seizures that are not controlled after trials of at least two "
               "appropriate anti-seizure medications, at adequate doses, have failed. The records show:", 10.2)
        d.table(["Medication", "Years", "Outcome"], [list(x) for x in f["drugs"]], [50, 30, 96], size=9)
        d.para("Fewer than two anti-seizure medications have been tried and failed, so the stimulator is not "
               "medically necessary at this time. The request is denied.", 10.2)
    elif k == "eval":
        d.para(f"We reviewed the request for a vagus nerve stimulator (VNS). Our policy requires a comprehensive "
               "epilepsy surgery evaluation at an epilepsy center (video-EEG monitoring, MRI and a review of whether "
               "resective surgery is possible) before VNS is approved. The records from "
               f"{f['epi']} do not include this evaluation. Without it, the stimulator is not medically necessary. "
               "The request is denied.", 10.2)
    else:
        d.para(f"You appealed our denial {f['ref']} of a vagus nerve stimulator. A board-certified neurologist who "
               "was not part of the first decision reviewed the appeal, the records sent by "
               f"{f['surgeon']} and the letter from {f['epi']}. The records still do not include a comprehensive "
               "epilepsy surgery evaluation (video-EEG monitoring and a surgical candidacy review). We uphold the "
               "denial: the stimulator is not medically necessary.", 10.2)
    if k != "upheld":
        d.text_line("Peer-to-peer review", 10.8, "B", h=6)
        d.para(f"Your doctor may discuss this decision with our medical director. To schedule, the office should call "
               f"{f['ph']} by {fd(f['p2p'])}.", 10)
        d.text_line("Your right to appeal", 10.8, "B", h=6)
        d.para("You or your doctor may appeal within 180 days of the date of this letter. Write to "
               f"{CR} Appeals, PO Box 6630, Columbus, OH 43216, or fax {f['fax']}. Urgent appeals are decided within "
               "72 hours.", 10)
    else:
        d.text_line("Your next steps", 10.8, "B", h=6)
        d.para("You may ask for a second-level appeal within 60 days of the date of this letter. Write to "
               f"{CR} Appeals, PO Box 6630, Columbus, OH 43216. You may also ask for an independent external review "
               "within four months of receiving this letter.", 10)
    d.para(f"Sincerely,\nDr. Margarethe Oyelowo-Brandt, MD, Medical Director\ncc: {f['surgeon']}; {f['epi']}", 10)
    return pdf_bytes(d)


def eob(f: dict) -> bytes:
    k, fd, mo = f["kind"], f["fd"], f["mo"]
    ins = f["insurer"]
    d = Doc("Helvetica", footer="This is not a bill.  Page {p} of {n}")
    d.add_page()
    d.text_line(ins.upper(), 15, "B", h=7)
    d.text_line(f"Customer Service {f['ph']}", 8.5, h=4.5)
    d.ln(2)
    d.text_line("EXPLANATION OF BENEFITS", 13, "B", h=7)
    rows = [("Date of statement", fd(f["notice"])), ("Patient", f["mem"]), ("Date of birth", fd(f["dob"])),
            ("ID number", f["mid"]), ("Group number", f["group"]), ("Claim number", f["claim"]),
            ("Provider", f["hosp"]), ("Surgeon", f["surgeon"]), ("Referring physician", f["epi"]),
            ("Date received", fd(f["received"]))]
    rows_block(d, rows, 44, 9.4)
    table = [[fd(f["surg"]), c, desc[:46], mo(a), mo(0), mo(0), "V4" if k == "early_eob" else "E9"]
             for c, desc, a in f["lines"]]
    table.append(["*Totals", "", "", mo(f["billed"]), mo(0), mo(0), ""])
    d.table(["Service date", "Code", "Description", "Charges", "Allowed", "Paid", "Remark"], table,
            [24, 15, 74, 22, 18, 16, 12], size=7.6, aligns="LLLRRRL", head_fill=True)
    if k == "early_eob":
        d.para(f"V4: Replacement of a vagus nerve stimulator generator is covered when the generator has reached end "
               f"of service. The interrogation report shows the generator implanted on {fd(f['implanted'])} at "
               f"{f['battery']} battery, with no end-of-service or near-end-of-service indicator. The replacement is "
               "early and not medically necessary.", 9.4)
    else:
        d.para("E9: A vagus nerve stimulator is covered when at least two anti-seizure medications have failed. The "
               "records show fewer than two failed medication trials. The service is not medically necessary.", 9.4)
    d.para("You may appeal this decision within 180 days of the date of this statement. Send your appeal to "
           f"{ins}, Appeals Unit, at the address on the back, or call {f['ph']}.", 9.4)
    return pdf_bytes(d)


def pm_fax(f: dict) -> bytes:
    fd, mo = f["fd"], f["mo"]
    d = Doc("Times", footer="PMHC-UR-7  {p}/{n}")
    d.add_page()
    d.text_line(f"{fmt_date(f['notice'], 'slash')} 14:{f['npi'][:2]}  FROM: PENHALLOW MUTUAL UR  FAX {f['fax']}  "
                f"TO: {f['hosp'].upper()} NEUROSURGERY  P.1", 7.5, h=4)
    d.ln(2)
    d.text_line(PM, 16, "B", align="C", h=8)
    d.text_line("Utilization Review  -  45 Quayside Drive, Portland, ME 04101", 8.5, align="C", h=4.5)
    d.ln(4)
    d.text_line(fd(f["notice"]), 10.5, h=5)
    d.ln(2)
    d.text_line(f"To: {f['surgeon']}, {f['hosp']}  (NPI {f['npi']})", 10.5, h=5)
    d.text_line(f"Re: {f['mem']}, member ID {f['mid']}, group {f['group']}, DOB {fd(f['dob'])}", 10.5, h=5)
    d.text_line(f"Case number: {f['ref']}", 10.5, h=5)
    d.ln(3)
    d.text_line("NOTICE OF ADVERSE DETERMINATION", 12, "B", h=7)
    d.para(f"On {fd(f['received'])} we received your request to replace the vagus nerve stimulator pulse generator "
           f"(CPT 61885, L8686) on {fd(f['surg'])}. The generator was implanted on {fd(f['implanted'])}. The "
           f"interrogation report you sent shows {f['battery']} battery remaining and the end-of-service (EOS) "
           "indicator is not on. Our policy covers replacement when the generator has reached end of service or has "
           "failed. An early replacement is not medically necessary, and the request is denied. Estimated charges "
           f"on the request: {mo(f['billed'])}.", 10.5)
    d.para(f"Peer-to-peer: you may speak with the reviewing physician by calling {f['ph']} before {fd(f['p2p'])}.",
           10.5)
    d.para("Appeal rights: the member, or you on the member's behalf, may file an appeal within 180 days of the date "
           f"of this notice. Fax appeals to {f['fax']}. Expedited appeals are decided within 72 hours.", 10.5)
    d.para(f"cc: {f['mem']}; {f['epi']} (epileptologist)", 9.5)
    return pdf_bytes(d)


def pm_letter(f: dict) -> bytes:
    fd = f["fd"]
    d = Doc("Helvetica", footer="PMHC-UR-7  Page {p} of {n}")
    d.add_page()
    d.text_line(PM, 16, "B", align="C", h=8)
    d.text_line("Utilization Review  -  45 Quayside Drive, Portland, ME 04101  -  " + f["ph"], 8.5, align="C", h=4.5)
    d.ln(5)
    for ln in [fd(f["notice"]), "", f["mem"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5)
    d.ln(3)
    d.para(f"Member ID {f['mid']}  -  Group {f['group']}  -  Case {f['ref']}", 10.5)
    d.para(f"Dear {f['first']} {f['last']},", 10.5)
    d.para(f"{f['surgeon']} at {f['hosp']} asked us to approve a vagus nerve stimulator implant (CPT 64568, L8680, "
           f"L8686) for {fd(f['surg'])}. We received the request on {fd(f['received'])}. We cannot approve it. A "
           "stimulator is covered for epilepsy that is not controlled after at least two anti-seizure medications "
           f"have been tried and failed. The records from {f['epi']} list "
           + " and ".join(f"{n.lower()} ({y}: {o.lower()})" for n, y, o in f["drugs"]) +
           ". Fewer than two medications have failed, so the implant is not medically necessary for you now.", 10.5)
    d.para("Your doctor can ask for a peer-to-peer conversation with our medical director by calling "
           f"{f['ph']} by {fd(f['p2p'])}.", 10.5)
    d.para("If you disagree, you may appeal within 180 days of the date of this letter. Send your appeal to "
           f"{PM}, Appeals, PO Box 1190, Portland, ME 04104. You may also ask for an external review after our final "
           "decision, within four months.", 10.5)
    d.para(f"Sincerely,\nUtilization Review Department\n{PM}", 10.5)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    k = f["kind"]
    kk = "asm" if k == "asm_pm" else k
    doc_type, denial, dalts, talts = KINDS[kk]
    post = k in ("early_eob", "asm_eob")
    date = f["appeal_date"] if k == "upheld" else f["notice"]
    days = 60 if k == "upheld" else 180
    dl = None if k == "approval" else iso(date + dt.timedelta(days=days))
    cases = [f["claim"]] if post else ([f["appeal_no"], f["ref"]] if k == "upheld" else [f["ref"]])
    alts = {"provider": [f["surgeon"].replace("Dr. ", "").split(",")[0]]}
    if k == "upheld":
        alts["case_numbers"] = [[f["appeal_no"]]]
    amount = m2(f["billed"]) if (post or k == "early_fax") else None
    provider = f["hosp"] if post else f["surgeon"].replace("Dr. ", "").split(",")[0]
    if not post:
        alts["provider"] = [f["hosp"]]
    if k == "early_fax":
        alts["claim_amount"] = [None]
    return truth(doc_type, denial, "en", insurer=f["insurer"], group_number=f["group"], member_id=f["mid"],
                 member_name=f["mem"], case_numbers=cases, claim_amount=amount, service_dates=[iso(f["surg"])],
                 denial_date=iso(date), provider=provider, appeal_deadline=dl, alternates=alts,
                 denial_alternates=dalts, type_alternates=talts)


# (stem suffix, condition, kinds (one per document), date style, money style)
ROWS = [
    ("bd_one_asm_failed_p2p", "born_digital", ["asm"], "long", "plain"),
    ("bd_generator_replacement_approved", "born_digital", ["approval"], "slash", "plain"),
    ("scan300_stack_no_surgery_eval_and_appeal_upheld", "scan_clean_300", ["eval", "upheld"], "abbr", "plain"),
    ("lowres150_eob_early_generator_replacement", "scan_lowres_150", ["early_eob"], "iso", "plain"),
    ("faxstd_early_replacement_to_neurosurgeon", "fax_standard_g4", ["early_fax"], "dmy", "plain"),
    ("rotated_eob_implant_fewer_than_two_asms", "rotated", ["asm_eob"], "slash", "nosign"),
    ("copy_letter_implant_asm_trials", "photocopy", ["asm_pm"], "upper", "plain"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kinds, ds, ms) in enumerate(ROWS):
        base = facts(i, kinds[0], ds, ms)
        docs = []
        for k in kinds:
            f = dict(base, kind=k)
            if k in ("early_eob", "asm_eob"):
                pdf = eob(f)
            elif k == "early_fax":
                pdf = pm_fax(f)
            elif k == "asm_pm":
                pdf = pm_letter(f)
            else:
                pdf = cr_letter(f)
            docs.append((pdf, make_truth(f)))
        items.append(Item(f"{FAMILY}_{suffix}", cond, docs))
    return items
