"""Family 'cgrp_migraine_preventive_quantity_limit_denial': PBM and health plan letters, a specialty pharmacy's hold
notice and an appeal decision on CGRP antagonists for migraine prevention (erenumab, galcanezumab, fremanezumab,
rimegepant).

Issuers (all invented): Quillfeather Pharmacy Benefits (PBM; shaded case panel, label/value rows), Ridgeholm Health
Plan (commercial plan; two-column fact block, claim letter, appeal decision), Saltmarsh Specialty Pharmacy (a
referral-on-hold notice and a fax cover to the headache clinic). Contents: erenumab denied for fewer than two prior
preventive drugs; a galcanezumab 240 mg loading dose denied above the one-pen-a-month quantity limit (120 mg monthly
approved); fremanezumab approved for 6 months; erenumab reauthorization denied without a 50% reduction in monthly
headache days; a retail pharmacy claim for rimegepant denied as a second CGRP drug taken with galcanezumab; a fax
stack (pharmacy cover, the pharmacy's hold notice, the PBM's denial of two 70 mg erenumab pens a month); an upheld
appeal on galcanezumab. Decoys: prescriber NPIs, request-received dates, dates of birth, current-approval end dates,
headache-day counts and baseline dates, Rx numbers, BIN/PCN, copay-card amounts, external review time limits.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "cgrp_migraine_preventive_quantity_limit_denial"
LANG = "en"

QF, RH, SS = "Quillfeather Pharmacy Benefits", "Ridgeholm Health Plan", "Saltmarsh Specialty Pharmacy"
GULL = "Gullhaven Community Pharmacy"
ADDR = {QF: ("5100 Lamplighter Road, Suite 300", "Tessaly Falls, ID 83999"),
        RH: ("PO Box 61188", "Ardenmoor, KY 40999"), SS: ("77 Brackenridge Court", "Tessaly Falls, ID 83999"),
        GULL: ("1420 Ferrier Street", "Ardenmoor, KY 40999")}
CLINICS = ["Northbay Headache & Facial Pain Center", "Cinderford Neurology Associates", "Harrowgate Headache Clinic"]
NEUROS = ["Dr. Ingeborg Achterhof", "Dr. Rashid Olumide-Grant", "Dr. Carmela Vashti", "Dr. Fintan Aldous-Mori",
          "Dr. Hyun-woo Castellanos"]
FIRST = ["Perpetua", "Oluwaseun", "Ravindra", "Cordelia", "Matthias", "Soraya", "Dmitri", "Lucinda", "Tariq",
         "Annika", "Benedikt", "Esmeralda", "Kaito", "Philippa"]
LAST = ["Achterberg", "Bellweather", "Castellanos", "Deverell", "Emenike", "Faulkner", "Gaskell", "Horvath",
        "Ingersoll", "Jablonski", "Kilbride", "Lachance", "Mbeki", "Norgaard"]
STREETS = ["Larkhill Road", "Pennyroyal Lane", "Ostler Street", "Wickham Drive", "Saltbox Court"]
TOWNS = ["Tessaly Falls, ID 83999", "Ardenmoor, KY 40999", "Vintry Cross, NH 03999", "Halberd Springs, KS 67999"]
ERE70 = "erenumab-aooe (Aimovig) 70 mg/mL autoinjector"
ERE140 = "erenumab-aooe (Aimovig) 140 mg/mL autoinjector"
GAL = "galcanezumab-gnlm (Emgality) 120 mg/mL pen"
FRE = "fremanezumab-vfrm (Ajovy) 225 mg/1.5 mL autoinjector"
RIM = "rimegepant (Nurtec ODT) 75 mg orally disintegrating tablet"


def digits(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def phone(r: random.Random) -> str:
    return f"1-{r.choice(['800', '833', '844', '855', '866', '877', '888'])}-{digits(r, 3)}-{digits(r, 4)}"


def npi(r: random.Random) -> str:
    return r.choice("12") + "".join(r.choice("0123456789") for _ in range(9))


def facts(seed: int, ins: str, ds: str) -> dict:
    r = random.Random(seed)
    first, last, mid = r.choice(FIRST), r.choice(LAST), r.choice("ABCDEFGHJKLMNPRSTVW")
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 150))
    if ins == QF:
        mid_, grp = "QFB" + digits(r, 8) + "01", "RX" + digits(r, 5)
    else:
        mid_, grp = "RHP" + r.choice("KMW") + digits(r, 8), digits(r, 7)
    return dict(r=r, ins=ins, ds=ds, name=f"{first} {mid}. {last}", first=first, last=last,
                addr=(f"{r.randint(10, 9900)} {r.choice(STREETS)}", r.choice(TOWNS)), notice=notice, mid=mid_,
                grp=grp, clinic=r.choice(CLINICS), neuro=r.choice(NEUROS),
                dob=dt.date(r.randint(1962, 2001), r.randint(1, 12), r.randint(1, 28)), ph=phone(r), npi=npi(r),
                pa="PA-" + digits(r, 10), start=notice + dt.timedelta(days=r.randint(1, 7)))


def D(f: dict, d: dt.date) -> str:
    return fmt_date(d, f["ds"])


def addressee(d: Doc, f: dict) -> None:
    for ln in (f["name"], *f["addr"]):
        d.text_line(ln, 10.5)
    d.ln(5)


def pairs(d: Doc, rows: list[tuple[str, str]], lw: float = 50, size: float = 10, x: float | None = None):
    for k, v in rows:
        if x is not None:
            d.set_x(x)
        d.font(size, "B")
        d.cell(lw, 5.2, k)
        d.font(size)
        d.multi_cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(2.5)


def letterhead(d: Doc, f: dict, ins: str) -> None:
    a = ADDR[ins]
    if ins == QF:
        d.font(20, "B")
        d.cell(0, 10, "quillfeather", new_x="LMARGIN", new_y="NEXT")
        d.font(8.5)
        d.cell(0, 4.5, f"{QF}  -  {a[0]}, {a[1]}  -  Prior Authorization {f['ph']}", new_x="LMARGIN",
               new_y="NEXT")
        d.rule(1.2, 1)
    elif ins == RH:
        y = d.get_y()
        d.font(15, "B")
        d.cell(110, 8, "Ridgeholm", new_x="LMARGIN", new_y="NEXT")
        d.font(9)
        d.cell(110, 5, "HEALTH PLAN", new_x="LMARGIN", new_y="NEXT")
        d.set_xy(120, y)
        d.font(8.5)
        d.multi_cell(0, 4.1, f"{a[0]}\n{a[1]}\nCustomer Service {f['ph']}\nTTY 711", align="R",
                     new_x="LMARGIN", new_y="NEXT")
        d.set_y(y + 18)
        d.rule(0.3, 1)
    else:
        d.text_line(SS.upper(), 14, "B", align="C")
        d.text_line(f"{a[0]}, {a[1]}   Tel {f['ph']}", 8.5, align="C")
        d.rule(0.4, 1)
    d.ln(4)


# --------------------------------------------------------------------------------------------- Quillfeather PBM
def qf_letter(f: dict, title: str, decision: str, rows: list[tuple[str, str]], body: list[tuple[str, str]],
              denial: str | None, dalts: list[str], svc: list[str], alts: dict, deadline: bool,
              fax: str | None = None) -> tuple[bytes, dict]:
    d = Doc("Helvetica", footer="QPB-PA-CGRP-07  |  {p}/{n}")
    d.add_page()
    if fax:
        d.text_line(fax, 7.5)
        d.ln(1)
    letterhead(d, f, QF)
    y0 = d.get_y()
    addressee(d, f)
    d.set_xy(118, y0)
    d.set_fill_color(230, 230, 230)
    d.font(9, "B")
    d.multi_cell(0, 5.2, f"Date of notice: {D(f, f['notice'])}\nCase number: {f['pa']}\nMember ID: {f['mid']}",
                 fill=True, new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(d.get_y(), y0 + 22))
    d.text_line(title, 13, "B")
    d.text_line(decision, 10.5, "B")
    d.ln(2)
    pairs(d, rows, lw=52, size=9.5)
    d.para(f"Dear {f['first']} {f['last']},")
    for h, p in body:
        d.text_line(h, 11, "B")
        d.ln(1)
        d.para(p)
    dl = None
    if deadline:
        dl = f["notice"] + dt.timedelta(days=180)
        d.text_line("How to appeal", 11, "B")
        d.ln(1)
        d.para("You, your prescriber or someone you name may appeal within 180 days of the date of this notice. Send "
               f"the appeal to Quillfeather Appeals, {ADDR[QF][0]}, {ADDR[QF][1]}, or fax it to {phone(f['r'])}. "
               "If your health could be seriously harmed by waiting, ask for an expedited appeal (decided within 72 "
               "hours). You may also have the right to an external review.", 10)
    d.para(f"Clinical Pharmacy Services\n{QF}, on behalf of your prescription drug plan", 9.5)
    t = truth("denial_letter" if denial else "other", denial, insurer=QF, member_id=f["mid"], group_number=f["grp"],
              member_name=f["name"], case_numbers=[f["pa"]], service_dates=svc, denial_date=iso(f["notice"]),
              provider=f["neuro"], appeal_deadline=None if dl is None else iso(dl), alternates=alts,
              denial_alternates=dalts)
    return pdf_bytes(d), t


# --------------------------------------------------------------------------------------------- Ridgeholm letters
def rh_letter(f: dict, title: str, left: list[tuple[str, str]], right: list[tuple[str, str]],
              body: list[tuple[str, str]], appeal: str, dl: dt.date | None, denial: str, dalts: list[str],
              cases: list[str], svc: list[str], provider: str, amount: float | None, alts: dict
              ) -> tuple[bytes, dict]:
    d = Doc("Helvetica", footer="Ridgeholm Health Plan  RHP-PH-118  Page {p} of {n}")
    d.add_page()
    letterhead(d, f, RH)
    d.text_line(D(f, f["notice"]), 10.5)
    d.ln(3)
    addressee(d, f)
    d.text_line(title, 13, "B")
    d.ln(2)
    y0 = d.get_y()
    pairs(d, left, lw=34, size=9)
    y1 = d.get_y()
    d.set_y(y0)
    for k, v in right:
        d.set_x(100)
        d.font(9, "B")
        d.cell(32, 5.2, k)
        d.font(9)
        d.multi_cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(y1, d.get_y()) + 3)
    d.para(f"Dear {f['first']} {f['last']}:")
    for h, p in body:
        d.text_line(h, 11, "B")
        d.ln(1)
        d.para(p)
    d.text_line("If you disagree with this decision", 11, "B")
    d.ln(1)
    d.para(appeal)
    d.para("Sincerely,\nPharmacy Utilization Management\n" + RH, 10)
    t = truth("denial_letter", denial, insurer=RH, member_id=f["mid"], group_number=f["grp"], member_name=f["name"],
              case_numbers=cases, claim_amount=None if amount is None else m2(amount), service_dates=svc,
              denial_date=iso(f["notice"]), provider=provider, appeal_deadline=None if dl is None else iso(dl),
              alternates=alts, denial_alternates=dalts)
    return pdf_bytes(d), t


# --------------------------------------------------------------------------------------------- Saltmarsh pharmacy
def ss_hold(f: dict, rx: str, recv: dt.date) -> tuple[bytes, dict]:
    r = f["r"]
    d = Doc("Courier", footer=None)
    d.add_page()
    letterhead(d, f, SS)
    d.text_line("REFERRAL STATUS: ON HOLD - INSURANCE", 12, "B", align="C")
    d.ln(3)
    rows = [("Date", fmt_date(f["notice"], "slash")), ("Patient", f["name"]), ("DOB", fmt_date(f["dob"], "slash")),
            ("Referral received", fmt_date(recv, "slash")), ("Rx #", rx), ("Drug", "AIMOVIG 70 MG/ML AUTOINJ"),
            ("Qty / days", "2 / 28"), ("Prescriber", f["neuro"]), ("Clinic", f["clinic"]),
            ("Plan / PBM", QF), ("Member ID", f["mid"]), ("BIN / PCN", f"{digits(r, 6)} / QFBRX"),
            ("Claim response", "75 - PRIOR AUTHORIZATION REQUIRED; 76 - PLAN LIMITS EXCEEDED")]
    for k, v in rows:
        d.font(9.5, "B")
        d.cell(48, 5.4, k)
        d.font(9.5)
        d.multi_cell(0, 5.4, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.para("We cannot ship this prescription yet. The plan's quantity limit is 1 autoinjector per 28 days and the "
           "prior authorization request sent by the clinic was not approved (see the plan's letter that follows). "
           "The manufacturer copay card (up to $0 copay) cannot be used until the plan approves coverage.", 9.5)
    d.para("Options: (1) new prescription for Aimovig 140 mg/mL, 1 autoinjector every 28 days; or (2) the clinic "
           f"appeals with the plan. Call our intake team at {phone(r)}.", 9.5)
    d.para("This notice is not a bill.", 9.5)
    t = truth("other", None, insurer=QF, member_id=f["mid"], member_name=f["name"], denial_date=iso(f["notice"]),
              provider=SS, unscored=["insurer"], alternates={"provider": [f["neuro"]]})
    return pdf_bytes(d), t


def ss_cover(f: dict, pages: int) -> bytes:
    r = f["r"]
    d = Doc("Helvetica")
    d.add_page()
    d.text_line(SS, 16, "B")
    d.text_line(f"{ADDR[SS][0]}, {ADDR[SS][1]}   Phone {phone(r)}   Fax {phone(r)}", 9)
    d.ln(12)
    d.text_line("FAX", 26, "B")
    d.ln(4)
    pairs(d, [("To:", f"{f['clinic']} - prior auth nurse"), ("Attn:", f["neuro"]), ("Fax:", phone(r)),
              ("From:", "Specialty intake, Saltmarsh"), ("Date:", fmt_date(f["notice"], "slash")),
              ("Pages:", f"{pages} (with cover)"), ("Re:", f"{f['name']} - Aimovig on hold, PBM denial attached")],
          lw=22, size=11.5)
    d.ln(3)
    d.para("Your patient's Aimovig 70 mg x2 is on hold. The PBM did not approve 2 pens a month. Please send a new Rx for "
           "the 140 mg pen or start an appeal. The PBM letter is attached.", 10.5)
    d.para("CONFIDENTIAL: this fax may contain protected health information. If you are not the intended recipient, "
           "notify the sender and destroy all copies.", 8.5)
    return pdf_bytes(d)


def documents(rng) -> list[Item]:
    items = []
    r = random.Random(228600)

    # 1. Quillfeather: erenumab denied, fewer than two prior preventives (born digital)
    f = facts(228601, QF, "long")
    items.append(Item(f"{FAMILY}_bd_pbm_erenumab_fewer_than_two_preventives", "born_digital", [qf_letter(
        f, "Prior Authorization Decision", "Decision: DENIED",
        [("Member:", f["name"]), ("Group:", f["grp"]), ("Date of birth:", D(f, f["dob"])),
         ("Medication requested:", f"{ERE70}, 1 every 30 days"), ("Prescriber:", f"{f['neuro']} (NPI {f['npi']})"),
         ("Practice:", f["clinic"]), ("Request received:", D(f, f["notice"] - dt.timedelta(days=2))),
         ("Requested start date:", D(f, f["start"]))],
        [("Why your request was denied",
          "Your plan covers a CGRP medicine for preventing migraine when you have 4 or more migraine days a month "
          "and you have tried at least two other preventive medicines from different classes, each for at least 8 "
          "weeks, that did not work, could not be tolerated or cannot be used (for example topiramate or valproate, "
          "propranolol or metoprolol, amitriptyline or venlafaxine). The records we received show a trial of "
          "topiramate for 10 weeks only. Because only one prior preventive medicine was tried, the request does not "
          "meet the plan's criteria, and Aimovig is not medically necessary at this time."),
         ("What you can do",
          "Talk with your prescriber about trying a second preventive medicine. If you already tried another one, "
          "your prescriber can send the pharmacy records or chart notes with an appeal.")],
        "medical_necessity", ["prior_authorization"], [iso(f["start"])],
        {"service_dates": [[]], "provider": [f["clinic"]]}, True)]))

    # 2. Ridgeholm: galcanezumab 240 mg loading dose over the quantity limit, 120 mg monthly approved (born digital)
    f = facts(228602, RH, "slash")
    ref = "RX-UM-" + digits(r, 8)
    dl = f["notice"] + dt.timedelta(days=r.choice([60, 90]))
    items.append(Item(f"{FAMILY}_bd_plan_galcanezumab_loading_dose_quantity", "born_digital", [rh_letter(
        f, "Quantity Limit Exception: Partly Approved",
        [("Member", f["name"]), ("Member ID", f["mid"]), ("Group", f["grp"]), ("Birth date", D(f, f["dob"])),
         ("Reference", ref)],
        [("Requesting clinic", f["clinic"]), ("Prescriber", f["neuro"]), ("NPI", f["npi"]),
         ("First fill date", D(f, f["start"])), ("Received", D(f, f["notice"] - dt.timedelta(days=1)))],
        [("What was requested",
          f"{f['clinic']} asked us to cover {GAL}, 2 pens (240 mg) for the first month as a loading dose, then 1 pen "
          "(120 mg) each month after that."),
         ("What we decided",
          "We approved 1 pen (120 mg) every 30 days for 6 months. We denied the second pen for the first month. "
          "Emgality has a quantity limit of 1 pen per 30 days on your plan. A loading dose above the limit is "
          "covered only for cluster headache or when the prescriber shows why the first month cannot start at the "
          "monthly dose. The request was for episodic migraine and did not give a reason, so the extra pen is not "
          "medically necessary under the plan's quantity limit policy. Your pharmacy can fill 1 pen now.")],
        f"You may appeal. We must receive your appeal by {D(f, dl)}. Send it to Ridgeholm Pharmacy Appeals, "
        f"{ADDR[RH][0]}, {ADDR[RH][1]}, or call {f['ph']}. Your prescriber may ask for a peer-to-peer review.",
        dl, "medical_necessity", ["not_covered", "prior_authorization"], [ref], [iso(f["start"])], f["clinic"], None,
        {"provider": [f["neuro"]], "service_dates": [[]]})]))

    # 3. Quillfeather: fremanezumab approved for 6 months (scan 300)
    f = facts(228603, QF, "iso")
    a, b = f["start"], f["start"] + dt.timedelta(days=181)
    items.append(Item(f"{FAMILY}_scan300_pbm_fremanezumab_approved_6_months", "scan_clean_300", [qf_letter(
        f, "Prior Authorization Approval", "Decision: APPROVED",
        [("Member:", f["name"]), ("Group:", f["grp"]), ("Medication:", f"{FRE}, 1 every 28 days"),
         ("Prescriber:", f"{f['neuro']}, {f['clinic']}"), ("Prescriber NPI:", f["npi"]),
         ("Approved from:", f"{D(f, a)} through {D(f, b)}"), ("Quantity approved:", "1 autoinjector per 28 days")],
        [("Your request is approved",
          "Ajovy is covered for the dates above. The records show 9 migraine days a month and prior trials of "
          "propranolol and amitriptyline. Fill it at a network specialty pharmacy; your usual specialty copay "
          "applies."),
         ("Renewal",
          "To continue after the approval ends, your prescriber must send records showing that your monthly "
          "migraine days went down by at least 50% from before you started Ajovy.")],
        None, [], [iso(a, b)], {"service_dates": [[iso(a)], []], "provider": [f["clinic"]]}, False)]))

    # 4. Ridgeholm: erenumab reauthorization denied without a 50% reduction (150 dpi)
    f = facts(228604, RH, "dmy")
    ref = "RX-UM-" + digits(r, 8)
    end = f["notice"] + dt.timedelta(days=r.randint(5, 12))
    base = end - dt.timedelta(days=r.randint(190, 200))
    items.append(Item(f"{FAMILY}_lowres_plan_erenumab_reauth_no_50pct", "scan_lowres_150", [rh_letter(
        f, "Renewal of Coverage Denied",
        [("Member", f["name"]), ("Member ID", f["mid"]), ("Group", f["grp"]), ("Reference", ref),
         ("Medication", "Aimovig 140 mg/mL")],
        [("Requesting clinic", f["clinic"]), ("Prescriber", f["neuro"]), ("Current approval ends", D(f, end)),
         ("Renewal would start", D(f, end + dt.timedelta(days=1)))],
        [("Why we denied the renewal",
          "Aimovig was approved for 6 months. To renew it, the plan needs records showing at least a 50% reduction "
          "in monthly migraine days compared with before treatment. The headache diary sent by the clinic shows "
          f"14 migraine days a month at the baseline visit on {D(f, base)} and 11 migraine days a month now, a "
          "reduction of about 21%. This does not meet the renewal criteria, so continued coverage is not medically "
          "necessary. Your current approval stays in place until it ends."),
         ("Other options",
          "Your prescriber may ask for a different CGRP medicine, or for another preventive medicine that your plan "
          "covers without prior approval.")],
        "You can ask us to review this decision within 180 days of the date of this letter. Send your written appeal "
        f"to Ridgeholm Pharmacy Appeals, {ADDR[RH][0]}, {ADDR[RH][1]}. An expedited appeal is decided within 72 "
        "hours.", f["notice"] + dt.timedelta(days=180), "medical_necessity", ["prior_authorization"], [ref],
        [iso(end + dt.timedelta(days=1))], f["clinic"], None,
        {"provider": [f["neuro"]], "service_dates": [[]]})]))

    # 5. Ridgeholm: retail claim for rimegepant denied, two CGRP drugs together (phone photo)
    f = facts(228605, RH, "abbr")
    fill = f["notice"] - dt.timedelta(days=r.randint(4, 10))
    claim = digits(r, 14)
    amt = 1087.36
    gal_fill = fill - dt.timedelta(days=r.randint(9, 20))
    items.append(Item(f"{FAMILY}_phone_plan_rimegepant_with_galcanezumab", "phone_photo", [rh_letter(
        f, "Pharmacy Claim Denied: Therapeutic Duplication",
        [("Member", f["name"]), ("Member ID", f["mid"]), ("Group", f["grp"]), ("Claim number", claim),
         ("Rx number", digits(r, 7))],
        [("Pharmacy", GULL), ("Prescriber", f["neuro"]), ("Date filled", D(f, fill)),
         ("Drug", "Nurtec ODT 75 mg, #16"), ("Amount billed", fmt_money(amt, "nosign"))],
        [("Why this claim was denied",
          f"{GULL} sent us a claim for {RIM}, 16 tablets every other day, for migraine prevention. Our records show "
          f"that you also fill {GAL} every month; your last fill was on {D(f, gal_fill)} and was paid. Both medicines "
          "block the CGRP pathway. Your plan does not cover two CGRP medicines for migraine prevention at the same "
          "time, because using them together has not been shown to work better. The claim was denied as a "
          "therapeutic duplication. Your Emgality is not affected."),
         ("What you can do",
          "If your prescriber wants you to switch from Emgality to Nurtec ODT, the prescriber can tell us the date "
          "Emgality was stopped and ask for prior authorization. Nurtec ODT taken only to treat a migraine attack, up "
          "to 8 tablets a month, does not need approval.")],
        "You may appeal within 180 days of the date of this letter. Send your appeal to Ridgeholm Pharmacy Appeals, "
        f"{ADDR[RH][0]}, {ADDR[RH][1]}, or call {f['ph']}.", f["notice"] + dt.timedelta(days=180),
        "not_covered", ["medical_necessity", "other"], [claim], [iso(fill)], GULL, amt,
        {"provider": [f["neuro"]]})]))

    # 6. Fax stack: Saltmarsh cover + hold notice + Quillfeather denial of 2 x 70 mg erenumab pens (fax standard)
    f = facts(228606, QF, "slash")
    recv = f["notice"] - dt.timedelta(days=r.randint(4, 7))
    hold = ss_hold(f, digits(r, 7), recv)
    den = qf_letter(
        f, "Quantity Limit Request", "Decision: DENIED - quantity above plan limit",
        [("Member:", f["name"]), ("Group:", f["grp"]), ("Medication requested:", f"{ERE70}, 2 every 28 days"),
         ("Prescriber:", f"{f['neuro']} (NPI {f['npi']})"), ("Practice:", f["clinic"]),
         ("Dispensing pharmacy:", SS), ("Request received:", D(f, f["notice"] - dt.timedelta(days=2)))],
        [("Why your request was denied",
          "Your plan allows 1 Aimovig autoinjector every 28 days. Your prescriber asked for two 70 mg autoinjectors "
          "every 28 days to give a 140 mg dose. The 140 mg dose is available in a single 140 mg autoinjector, which "
          "the plan covers at 1 every 28 days. Because the same dose can be given with one autoinjector, the request "
          "for a quantity above the limit is denied."),
         ("What you can do",
          f"Your prescriber can send a new prescription for the {ERE140}, 1 every 28 days, to {SS}. No new "
          "prior authorization is needed for that strength while your current approval is in place.")],
        "not_covered", ["medical_necessity"], [], {"provider": [f["clinic"]]}, True,
        fax=f"{fmt_date(f['notice'], 'slash')} 11:48 SALTMARSH SPECIALTY RX  P.3/3")
    items.append(Item(f"{FAMILY}_faxs_stack_specialty_cover_hold_and_pbm_denial", "fax_standard_g4",
                      [hold, den], separators=[ss_cover(f, 3), None]))

    # 7. Ridgeholm: first-level appeal upheld on galcanezumab, fewer than two preventives (rotated)
    f = facts(228607, RH, "upper")
    ref, apl = "RX-UM-" + digits(r, 8), "APL" + digits(r, 8)
    dl = f["notice"] + dt.timedelta(days=60)
    items.append(Item(f"{FAMILY}_rot_plan_appeal_upheld_galcanezumab", "rotated", [rh_letter(
        f, "Appeal Decision: Denial Upheld",
        [("Member", f["name"]), ("Member ID", f["mid"]), ("Group", f["grp"]), ("Appeal no.", apl),
         ("Original ref.", ref)],
        [("Requesting clinic", f["clinic"]), ("Prescriber", f["neuro"]), ("Medication", "Emgality 120 mg/mL"),
         ("Appeal received", D(f, f["notice"] - dt.timedelta(days=21))),
         ("Requested start", D(f, f["notice"] - dt.timedelta(days=35)))],
        [("Our decision",
          f"We reviewed the appeal that {f['clinic']} filed for you and are upholding our denial of Emgality."),
         ("Why",
          "A board-certified neurologist who was not involved in the first decision reviewed your records. Your plan "
          "covers a CGRP medicine for migraine prevention after trials of at least two preventive medicines from "
          "different classes. The records show propranolol for 12 weeks. The appeal letter says amitriptyline was "
          "also tried, but the records show it was prescribed for 9 days only and stopped for dizziness at the "
          "starting dose, and no other preventive medicine was tried. The criteria are not met.")],
        "You may ask for a second-level appeal within 60 days of the date of this letter. You may also ask for an "
        "external review by an independent review organization within 4 months after you receive our final decision.",
        dl, "medical_necessity", ["prior_authorization"], [apl, ref],
        [iso(f["notice"] - dt.timedelta(days=35))], f["clinic"], None,
        {"provider": [f["neuro"]], "case_numbers": [[apl]], "service_dates": [[]]})]))
    return items
