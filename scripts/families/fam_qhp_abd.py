"""Family qhp_abd: an ACA Marketplace (individual market) issuer's adverse benefit determination notices.

Modelled on the notice content 45 CFR 147.136 requires and on the model notices issuers adapt: an appeal-rights
banner, the member and policy block with the plan's HIOS plan ID (14-character standard component and CSR
variant), a claim (or request) table with date of service, provider, claim number, billed amount and denial
code, the code's meaning, the plan standard used, diagnosis and treatment codes available on request, the
internal appeal (180 days), external review through the HHS-administered process or the state's, the state
consumer assistance program and taglines. Kinds: pre-service, post-service, a grace-period claim denial,
a rescission of coverage and a final internal adverse benefit determination (external review only).
"""

from __future__ import annotations

import random

from capture import Item
from public_kit import (CLINICIANS, Page, amount, digits, fdate, m2, money, notice_date, out,
                        person, plus, span, truth)

FAMILY = "qhp_abd"
LANG = "en"

ISSUERS = [("Mesa Verde Mutual Health Insurance Company", "TX", "PO Box 149031, Austin TX 78714",
            ["Mesa Verde Silver 2500", "Mesa Verde Bronze HSA 7000", "Mesa Verde Gold Copay 1000"]),
           ("Kettle River Health Cooperative", "WI", "210 Commerce Pkwy, Eau Claire WI 54701",
            ["Kettle River Silver EPO", "Kettle River Bronze Value EPO"]),
           ("Palmetto Lowcountry Health Plan, Inc.", "SC", "PO Box 100722, Columbia SC 29202",
            ["Lowcountry Silver 87 HMO", "Lowcountry Expanded Bronze HMO"]),
           ("Appalachian Ridge Individual Health", "WV", "1 Summit Square, Charleston WV 25301",
            ["Ridge Silver Standard PPO", "Ridge Gold 500 PPO"])]

KINDS = {
    # kind: (denial, service, code, base amount, pre-service?, denial code, code meaning, reason, plan standard)
    "pre": ("medical_necessity", "Laparoscopic sleeve gastrectomy (bariatric surgery)", "CPT 43775", 0, True,
            "MN12", "Clinical criteria for the requested service were not met.",
            "Your plan covers weight-loss surgery when a member has a body mass index of 40 or more, or 35 or more "
            "with a serious related condition, and has finished a supervised weight-management program of at least "
            "six months in the two years before surgery. The records we received show a supervised program of "
            "three months.", "Medical Policy SUR-0311, Bariatric Surgery; Evidence of Coverage, Section 7"),
    "notcov": ("not_covered", "Acupuncture, initial and follow-up sessions", "CPT 97810, 97811", 640, False,
               "EX04", "Service is excluded under the member's policy.",
               "Acupuncture is listed as an exclusion in your policy. It is not one of the essential health benefits "
               "your state requires plans in the individual market to cover.",
               "Policy Form IND-2026, Part 9 (Exclusions), item 3"),
    "oon": ("out_of_network", "Office consultation and allergy skin testing", "CPT 99244, 95004", 1180, False,
            "NW21", "Provider is not in the plan's network; no out-of-network benefits apply.",
            "Your plan is an exclusive provider organization (EPO). It pays only for care from network providers, "
            "except for emergency services and care we approve in advance. The provider who billed this claim is "
            "not in your plan's network, and the visit was not an emergency.",
            "Evidence of Coverage, Section 3.2 (Using Network Providers)"),
    "coding": ("coding_error", "Colonoscopy with biopsy and separately billed anesthesia", "CPT 45380, 00811", 3420,
               False, "CD08", "Procedure code inconsistent with the diagnosis or modifier billed.",
               "The anesthesia line was billed with a modifier that does not match the procedure performed and the "
               "diagnosis on the claim. We paid the colonoscopy and biopsy lines; the anesthesia line can be paid "
               "when the provider sends a corrected claim.", "Reimbursement Policy RP-022, Anesthesia Services"),
    "grace": ("eligibility", "Emergency department visit and X-ray of the wrist", "CPT 99283, 73110", 2260, False,
              "EL31", "Services were received during the second or third month of a premium grace period; coverage "
              "ended for non-payment.",
              "Your premium was not paid in full by the end of the three-month grace period for members who receive "
              "advance payments of the premium tax credit. Your coverage ended on the last day of the first month of "
              "the grace period. Claims for care received after that day are denied.",
              "45 CFR 156.270; Policy Form IND-2026, Part 2 (Premiums and Grace Period)"),
    "exper": ("experimental", "Transcranial magnetic stimulation for chronic migraine", "HCPCS E0721", 5650, False,
              "XP02", "Service is considered experimental or investigational for the diagnosis billed.",
              "A board-certified neurologist reviewed the records. Peer-reviewed studies do not yet show that this device improves outcomes for chronic migraine compared with standard "
              "treatment, and it is investigational under our medical policy.",
              "Medical Policy NEU-0207, Neuromodulation Devices"),
}


PROVS = {"notcov": ["Willow Path Acupuncture & Wellness", "Cedar Hollow Family Clinic"],
         "coding": ["Northgate Surgical Pavilion", "Sandhill Regional Medical Center"],
         "grace": ["Sandhill Regional Medical Center", "Granite Peaks Orthopedics"]}


TOWNS = {"TX": [("Temple", "765"), ("Round Rock", "786")], "WI": [("Chippewa Falls", "547"), ("Menomonie", "547")],
         "SC": [("Summerville", "294"), ("Florence", "295")], "WV": [("Beckley", "258"), ("Morgantown", "265")]}


def home(rng, st):
    """A street address in the issuer's state (individual-market plans are sold by state)."""
    town, z = rng.choice(TOWNS[st])
    street = rng.choice(["Dogwood Trl", "Mill Creek Rd", "E Walnut St", "Pinecrest Dr", "County Road 14"])
    return [f"{rng.randint(12, 9899)} {street}", f"{town} {st} {z}{rng.randint(10, 99)}"]


def phone(rng):
    return f"1-8{rng.choice(['00', '33', '55', '66', '77', '88'])}-555-{rng.randint(1000, 9999)}"


def hios(rng, st):
    return f"{digits(rng, 5)}{st}{digits(rng, 3)}{digits(rng, 4)}-0{rng.choice('1456')}"


def make(rng, kind, dstyle, final=False, same=None):
    org, st, addr, products = same["issuer"] if same else rng.choice(ISSUERS)
    product = rng.choice(products)
    planid = same["plan"] if same else hios(rng, st)
    name, *_ = same["person"] if same else person(rng)
    denial, svc, code, base, pre, dcode, dmean, reason, standard = KINDS[kind]
    notice = same["notices"].pop(0) if same else notice_date(rng)
    ds = rng.choice(["long", "slash", "abbr", "dmy", "iso"])
    ms = rng.choice(["plain", "nosign", "flat", "usd"])
    member = same["member"] if same else rng.choice([f"U{digits(rng, 9)}", f"{st}{digits(rng, 9)}01",
                                                     f"M{digits(rng, 7)}-0{rng.randint(1, 3)}"])
    prov = same["prov"] if same else rng.choice(PROVS.get(kind, CLINICIANS))
    dos = same["dos"] if same else (plus(notice, rng.randint(10, 35)) if pre else plus(notice, -rng.randint(20, 75)))
    billed = same["billed"] if same else (None if pre else round(base * rng.uniform(0.85, 1.2), 2))
    claim = same["claim"] if same else (None if pre else rng.choice([f"{dos.strftime('%y')}{digits(rng, 11)}",
                                                                      f"C{digits(rng, 10)}", digits(rng, 12)]))
    ref = (f"APL-{digits(rng, 8)}" if final else
           (rng.choice([f"PA{digits(rng, 9)}", f"UM-{digits(rng, 4)}-{digits(rng, 5)}"]) if pre else None))
    denied_amt = billed if kind != "coding" else round(billed * rng.uniform(0.18, 0.3), 2)
    letter_id = f"LTR{digits(rng, 10)}"
    p = Page(serif=rng.random() < 0.3, footer="Page {n} of {nb}",
             footer_left=f"{org.split()[0].upper()}-ABD-IND ({rng.randint(1, 12):02d}/25)   Letter ID {letter_id}")
    p.add_page()
    p.line(org, 15, "B", h=7)
    p.line(addr, 8.5, h=4)
    p.line(f"Customer Service {phone(rng)}  \u2022  TTY 711  \u2022  Appeals fax {phone(rng)}", 8.5, h=4)
    p.ln(5)
    p.line(fdate(notice, ds), 10, h=5)
    p.ln(2)
    for ln in [name.upper()] + (same["home"] if same else home(rng, st)):
        p.line(ln, 10, h=5)
    p.ln(4)
    title = ("Notice of Final Internal Adverse Benefit Determination" if final else
             rng.choice(["Notice of Adverse Benefit Determination", "Adverse Benefit Determination Notice"]))
    p.line(title, 13.5, "B", h=7)
    p.f(8.8, "B")
    p.multi_cell(0, 4.3, "IMPORTANT: This notice contains information about your right to appeal our decision. "
                 "Keep it with your records. Language help is available: see the last page.", border=1,
                 new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    idl = rng.choice(["Member ID", "Subscriber/Member ID", "Member ID #", "ID number"])
    rows = [("Member", name), (idl, member), ("Plan", product),
            (rng.choice(["Plan ID", "HIOS Plan ID", "Plan ID (HIOS)"]), planid),
            ("Coverage", "Individual and Family (purchased through the Health Insurance Marketplace\u00ae)")]
    if rng.random() < 0.5:
        rows.append(("Marketplace policy ID", digits(rng, 8)))
    p.pairs(rows, label_w=50, size=9.5, h=5)
    p.ln(2)
    if final:
        p.para(f"We received your appeal on {fdate(plus(notice, -rng.randint(18, 40)), ds)} (appeal number {ref}). "
               "A reviewer who did not make the first decision, and who does not work for the person who did, "
               "looked at everything you and your provider sent. **We are upholding our decision.** This is our final "
               "internal decision; you have used all of the plan's internal appeals.", 10)
    elif pre:
        p.para("Your provider asked us to approve the service below before it is done. **We did not approve it.**",
               10)
    else:
        p.para(f"We processed the claim below and **{'did not pay part of it' if kind == 'coding' else 'denied it'}**."
               , 10)
    p.heading("Request information" if pre else "Claim information", 11)
    if pre:
        p.table(["Reference number", "Requested service", "Requesting provider", "Planned date", "Decision"],
                [[ref, svc.split(" (")[0], prov, fdate(dos, "slash"), "Not approved"]], [32, 54, 44, 22, 22], size=8)
    else:
        head = ["Date of service", "Provider", "Claim number", "Amount billed", "Amount denied", "Code"]
        p.table(head, [[fdate(dos, "slash" if ds != "iso" else "iso"), prov, claim, money(billed, ms),
                        money(denied_amt, ms), dcode]], [24, 52, 32, 24, 24, 18], size=8,
                aligns=["L", "L", "L", "R", "R", "C"])
    p.para(f"Service: {svc} ({code}). The diagnosis code(s) and treatment code(s) for this "
           f"{'request' if pre else 'claim'}, and what each code means, are available to you free of charge. "
           f"Call Customer Service to ask for them.", 9.5)
    p.heading("Reason for our decision", 11)
    p.para(f"**Denial code {dcode}:** {dmean}", 9.5)
    p.para(reason, 10)
    p.para(f"Plan standard used: {standard}. You may ask for a free copy of this standard and of all documents and "
           "records relevant to your claim.", 9.5)
    deadline = appeal(p, rng, notice, ds, dstyle, final)
    external(p, rng, st, final)
    alts = {"insurer": [product]}
    if dstyle == "receipt" and not final:
        alts["appeal_deadline"] = [plus(notice, 180).isoformat()]
    if kind == "coding":
        alts["claim_amount"] = [m2(denied_amt)]
    cases = [c for c in (claim, ref) if c]
    dalts = {"grace": ["other"], "exper": ["medical_necessity"], "pre": ["prior_authorization"]}.get(kind)
    t = truth("denial_letter", denial, insurer=org, plan_id=planid, member_id=member, member_name=name, cases=cases,
              claim_amount=m2(billed) if billed else None, service_dates=[span(dos)], denial_date=notice.isoformat(),
              provider=prov, appeal_deadline=deadline, alternates=alts, denial_alternates=dalts)
    return out(p), t


def appeal(p, rng, notice, ds, style, final):
    p.heading("What you can do if you disagree", 11)
    if final:
        p.para("Because this is a final internal decision, you may not file another internal appeal with us. You may "
               "ask for an external review, described below.", 10)
        return None
    if style == "notice":
        p.para("**Internal appeal.** You or someone you name to act for you may file an internal appeal. You must file "
               "it within 180 days of the date of this notice. Send a letter or the enclosed appeal form to the "
               "address above, or call us. You may send comments, records and other information.", 10)
        last = plus(notice, 180).isoformat()
    elif style == "date":
        d = plus(notice, 180)
        p.para(f"**Internal appeal.** To appeal, write to us or call us. Your appeal must be received by "
               f"**{fdate(d, ds)}**. You may include any comments, documents and records you want us to consider.", 10)
        last = d.isoformat()
    else:
        p.para("**Internal appeal.** You have 180 days after you receive this notice to file an internal appeal. Send "
               "it to the address above or call Customer Service.", 10)
        last = None
    p.para("If your situation is urgent (waiting could seriously harm your life, health or ability to regain "
           "maximum function), you may ask for an expedited appeal; we will decide within 72 hours. You may ask for "
           "an expedited external review at the same time.", 9.5)
    return last


def external(p, rng, st, final):
    p.add_page()
    p.heading("External review", 11.5, rule=True)
    when = ("within 4 months after the date you receive this notice" if final else
            "within 4 months after you receive our final internal decision")
    p.para(f"An independent review organization (IRO) that has no connection to us can review our decision. You may "
           f"ask for external review {when}. If your plan is subject to the HHS-administered federal external review "
           f"process, you can file your request online or by mail; if your state runs the external review for your "
           f"plan, your state insurance department handles it. The IRO's decision is binding on us.", 9.5)
    p.pairs([("HHS-administered process", f"Federal External Review, PO Box {rng.randint(1000, 99999)}, phone "
                                          f"{phone(rng)}"),
             (f"State ({st}) insurance department", phone(rng))], label_w=62, size=9)
    p.ln(2)
    p.heading("Other help", 11)
    p.para(f"Your state Consumer Assistance Program can help you file an appeal or external review: "
           f"{phone(rng)}. You may also contact the Health Insurance Marketplace Call Center at {phone(rng)} "
           "(TTY 711) about your enrollment.", 9.5)
    p.para("Example of a cost you might still owe: if your plan pays a claim after an appeal, you still pay your usual "
           "deductible and coinsurance, for example $250.00 of a $1,000.00 service.", 8.5)
    p.heading("Language access", 10)
    p.para("SPANISH (Espa\u00f1ol): Para obtener asistencia en Espa\u00f1ol, llame al n\u00famero de Servicio al Cliente. "
           "VIETNAMESE (Ti\u1ebfng Vi\u1ec7t): N\u1ebfu qu\u00fd v\u1ecb c\u1ea7n tr\u1ee3 gi\u00fap, xin g\u1ecdi "
           "Customer Service. TAGALOG: Kung kailangan ninyo ang tulong sa Tagalog tumawag sa Customer Service. "
           "NAVAJO (Dine): Dinek\u2019ehgo shika at\u2019ohwol ninisingo, kwiijigo holne\u2019 Customer Service.", 8)


def rescission(rng):
    """A notice that coverage is rescinded back to its start (an adverse benefit determination under 147.136)."""
    org, st, addr, products = rng.choice(ISSUERS)
    product, planid = rng.choice(products), hios(rng, st)
    name, *_ = person(rng)
    notice = notice_date(rng)
    ds = rng.choice(["long", "abbr"])
    member = f"U{digits(rng, 9)}"
    ref = f"RSC-{digits(rng, 7)}"
    start, effective = plus(notice, -rng.randint(150, 260)).replace(day=1), plus(notice, 30)
    p = Page(footer="Page {n} of {nb}", footer_left=f"{org.split()[0].upper()}-RSC-IND (rev. 2025)")
    p.add_page()
    p.line(org, 15, "B", h=7)
    p.line(addr, 8.5, h=4)
    p.ln(6)
    p.line(fdate(notice, ds), 10, h=5)
    p.ln(3)
    for ln in [name] + home(rng, st):
        p.line(ln, 10, h=5)
    p.ln(4)
    p.line("Advance Notice of Rescission of Coverage", 13.5, "B", h=7)
    p.line("This is an adverse benefit determination. You have the right to appeal.", 10, "B", h=6)
    p.ln(2)
    p.boxed_pairs([("Policyholder", name), ("Member ID", member), ("Plan", product), ("HIOS plan ID", planid),
                   ("Coverage start date", fdate(start, ds)), ("Rescission reference", ref),
                   ("Rescission takes effect", fdate(effective, ds))], label_w=55)
    p.heading("What we decided and why", 11)
    p.para(f"We are rescinding (cancelling back to {fdate(start, ds)}) your policy. When you applied, you answered "
           "that no one else lived in your household with income; documents we received during a claim review show "
           "your household income on the application was intentionally left incomplete in a way that changed the "
           "premium you were charged. The law allows a plan to rescind coverage for an intentional "
           "misrepresentation of a material fact.", 10)
    p.para("If the rescission stands, we will refund the premiums you paid and reprocess the claims we paid since your "
           "coverage started. You could then owe your providers for that care.", 10)
    p.heading("What you can do if you disagree", 11)
    p.para("You may file an internal appeal within 180 days of the date of this notice. Because a rescission is a "
           "serious decision, you may also ask for an external review after our internal appeal decision. Your "
           "coverage will continue until the rescission takes effect.", 10)
    external(p, rng, st, False)
    t = truth("denial_letter", "eligibility", insurer=org, plan_id=planid, member_id=member, member_name=name,
              cases=[ref], denial_date=notice.isoformat(), appeal_deadline=plus(notice, 180).isoformat(),
              alternates={"insurer": [product]}, denial_alternates=["other"], unscored=["provider"])
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    items = [Item("qhp_abd_bd_pre_mednec", "born_digital", [make(rng, "pre", "notice")]),
             Item("qhp_abd_bd_rescission", "born_digital", [rescission(rng)]),
             Item("qhp_abd_lowres_oon", "scan_lowres_150", [make(rng, "oon", "receipt")]),
             Item("qhp_abd_copy_notcov", "photocopy", [make(rng, "notcov", "date")]),
             Item("qhp_abd_faxs_final_exper", "fax_standard_g4", [make(rng, "exper", "notice", final=True)]),
             Item("qhp_abd_photo_coding", "phone_photo", [make(rng, "coding", "notice")]),
             Item("qhp_abd_rot_grace", "rotated", [make(rng, "grace", "date")])]
    iss = rng.choice(ISSUERS)
    first = notice_date(rng)
    dos = plus(first, -rng.randint(30, 60))
    same = {"issuer": iss, "home": home(rng, iss[1]), "plan": hios(rng, iss[1]), "person": person(rng), "member": f"U{digits(rng, 9)}",
            "prov": rng.choice(CLINICIANS), "dos": dos, "billed": amount(rng, 4200, 6900), "claim": f"C{digits(rng, 10)}",
            "notices": [first, plus(first, rng.randint(45, 70))]}
    items.append(Item("qhp_abd_stack_scan", "scan_clean_300",
                      [make(rng, "exper", "receipt", same=same), make(rng, "exper", "notice", final=True, same=same)],
                      ["blank", None]))
    return items
