"""An invented commercial plan (Wrenfield Health Plan) denying high-resolution esophageal manometry (CPT 91010)
and a wireless esophageal pH study (CPT 91035): not medically necessary before an upper endoscopy and a PPI
trial, and the hospital outpatient department's facility claim denied because the facility had no prior
authorization; with the GI practice's and the hospital outpatient department's claims, a specialty benefit
manager writing on behalf of the plan, the practice's appeal letter and an approval. Every plan, person,
practice, hospital and number is invented.

Documents (8 in 7 files):
- bd_preservice_denial_provider_in_prose: pre-service denial, "Dr. ... of ... asked us to approve", the study
  planned on one date, the plan named only in the logo block and the closing; medical policy and form numbers,
  the 72-hour expedited review and external review as decoys.
- faxstd_eob_captions_claim_table: two-page small-type EOB under a typed fax header line, captions over boxed
  values, four claim rows (office visit, endoscopy, the GI practice's interpretation, the hospital facility
  claim with From | To cells), the facility claim denied (no prior authorization).
- copy_two_page_hospital_statement: the hospital outpatient department's two-page statement, charge lines on
  page 2 below a repeated header, insurance denied (denies nothing).
- rotated_benefit_manager_upheld_appeal_box: upheld appeal from a specialty benefit manager "on behalf of" the
  plan, a two-column letter with a shaded facts box on the right.
- scan300_professional_claim_denial_thru_span: the GI practice's professional claim denied (not medically
  necessary), the practice named in prose, the span "03/10/2026 thru 03/13/2026".
- photo_practice_appeal_letter_to_plan: the GI practice's letter to the plan (the plan is the addressee; denies
  nothing), DOS labels, NPI and tax ID as decoys.
- lowres_stack_approval_then_retro_auth_denial: an approval of the repeat study (denies nothing), a blank
  separator, then a facility retro-authorization denial for one DOS fed upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddi_famdia import DISheet
from public_kit import address, amount, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "esophageal_manometry_motility_study_facility_claim_denial"
LANG = "en"
SEED = 351400
PLAN = "Wrenfield Health Plan"
SBM = "Kestrel Specialty Review, LLC"
PRACTICE = "Silverbirch Gastroenterology Associates, PA"
GI = "Theodora K. Vantreese"
GI_CRED = "Theodora K. Vantreese, MD"
HOSP = "Marrowstone Valley Hospital"
OPD = "Marrowstone Valley Hospital Outpatient Endoscopy"
PCP = "Dr. Rupert L. Ashdown"
POLICY = "MP-GI-047"


def _ids(rng):
    return {"mid": "WFH" + digits(rng, 9), "grp": f"{digits(rng, 5)}-{rng.choice('ABC')}",
            "plan": f"PPO {digits(rng, 3)}"}


def _dob(rng):
    return dt.date(rng.randint(1950, 1995), rng.randint(1, 12), rng.randint(1, 28))


def _lh(p: DISheet, rng, dept: str, y: float = 12, name: str = PLAN):
    p.set_y(y)
    p.set_fill_color(20, 110, 90)
    p.ellipse(p.l_margin, y, 12, 12, style="F")
    p.set_xy(p.l_margin + 15, y)
    p.f(14, "B")
    p.cell(0, 7, name, new_x="LMARGIN", new_y="NEXT")
    p.set_x(p.l_margin + 15)
    p.f(7.5)
    p.cell(0, 4, f"{dept}  |  PO Box {rng.randint(2000, 9999)}, Harrisburg PA 171{rng.randint(10, 99)}  |  "
                 f"1-866-555-{digits(rng, 4)}  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.set_y(y + 17)


def bd_preservice(rng):
    ids = _ids(rng)
    mem = person(rng)
    nd = dt.date(2026, 3, 2) + dt.timedelta(days=rng.randint(0, 9))
    rec = plus(nd, -rng.randint(3, 6))
    dos = plus(nd, rng.randint(9, 16))
    pa = f"PA{digits(rng, 8)}"
    p = DISheet(serif=True, footer="Page {n} of {nb}", footer_left="Form WHP-UM-2210 (01/26)")
    p.set_margins(22, 14, 22)
    p.add_page()
    _lh(p, rng, "Utilization Management")
    p.line(fdate(nd, "long"), 10)
    p.ln(2)
    for ln in [mem[0], *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.line(f"Member ID {ids['mid']}   Group {ids['grp']}   Authorization request {pa}", 9.3, "B")
    p.ln(2)
    p.para(f"Dear {mem[0]}:", 10)
    p.para(f"Dr. {GI} of {PRACTICE} asked us on {fdate(rec, 'long')} to approve high-resolution esophageal "
           f"manometry (CPT 91010) and a 96-hour wireless pH study (CPT 91035) planned at {OPD} on "
           f"{fdate(dos, 'long')}. We reviewed the request against medical policy {POLICY}.", 10)
    p.para("We did not approve the request. The tests are not medically necessary at this time. The records do "
           "not show an upper endoscopy in the last 12 months or an 8-week trial of twice-daily acid-reducing "
           "medicine, which the policy requires before motility and pH testing for heartburn and swallowing "
           "trouble.", 10)
    p.para("You or your doctor may appeal within 180 days of the date of this notice. If waiting could seriously "
           "harm your health, ask for an expedited appeal; we decide those within 72 hours. After our final "
           "decision you may ask for an external review within 4 months. Your doctor may ask for a "
           "peer-to-peer talk with our reviewer.", 10)
    p.para(f"Sincerely,\n\nMember Services, {PLAN}", 10)
    t = truth("denial_letter", "medical_necessity", insurer=PLAN, group=ids["grp"], member_id=ids["mid"],
              member_name=mem[0], cases=[pa], service_dates=[span(dos)], denial_date=nd.isoformat(), provider=GI,
              appeal_deadline=plus(nd, 180).isoformat(), alternates={"provider": [PRACTICE, OPD]})
    return out(p), t


def faxstd_eob(rng):
    ids = _ids(rng)
    mem = person(rng)
    sub = person(rng)
    sd = dt.date(2026, 4, 13) + dt.timedelta(days=rng.randint(0, 8))
    a = dt.date(2026, 3, 10)
    b = plus(a, 3)
    ov, egd = plus(a, -rng.randint(20, 30)), plus(a, -rng.randint(8, 14))
    amts = [amount(rng, 180, 260), amount(rng, 1400, 2100), amount(rng, 320, 480), amount(rng, 3100, 4200)]
    cl = [f"{digits(rng, 10)}-{k:02d}" for k in (1, 1, 1, 2)]
    rows = [[cl[0], PRACTICE.replace(", PA", ""), fdate(ov, "short"), fdate(ov, "short"), "99214",
             money(amts[0], "nosign"), money(amts[0] * 0.75, "nosign"), "PAID"],
            [cl[1], HOSP, fdate(egd, "short"), fdate(egd, "short"), "43239", money(amts[1], "nosign"),
             money(amts[1] * 0.6, "nosign"), "PAID"],
            [cl[2], PRACTICE.replace(", PA", ""), fdate(a, "short"), fdate(b, "short"), "91010-26 91035-26",
             money(amts[2], "nosign"), money(amts[2] * 0.7, "nosign"), "PAID"],
            [cl[3], HOSP + " (outpt)", fdate(a, "short"), fdate(b, "short"), "91010-TC 91035-TC", money(amts[3], "nosign"),
             "0.00", "DENIED P7"]]
    fax = (f"{sd.strftime('%m/%d/%y')} 14:{rng.randint(10, 59)} FROM WRENFIELD HP 717-555-{digits(rng, 4)} "
           f"TO 717-555-{digits(rng, 4)}  P {{n}}/2")
    p = DISheet(footer="Page {n} of {nb}", fax_hdr=fax, cont=f"EOB continued  |  {mem[0]}  |  {ids['mid']}")
    p.set_margins(12, 12, 12)
    p.add_page()
    _lh(p, rng, "Explanation of Benefits - this is not a bill", y=10)
    p.capboxes([("Statement date", fdate(sd, "slash"), 30), ("Member ID", ids["mid"], 36), ("Group", ids["grp"], 26),
                ("Plan", ids["plan"], 24), ("Patient", mem[0], 50), ("DOB", fdate(_dob(rng), "slash"), 24)])
    p.capboxes([("Subscriber", sub[0], 50), ("Claims processed", f"03/01/2026 - {fdate(sd, 'slash')}", 56),
                ("Deductible met", f"${rng.randint(400, 1400)} of $1,500", 40), ("Account type", "Family", 44)])
    p.band("CLAIMS", 8)
    p.table(["Claim no.", "Provider", "From", "To", "Codes", "Billed", "Plan paid", "Status"], rows,
            [25, 55, 14, 14, 28, 18, 18, 18], size=7.4, row_h=5, aligns=["L", "L", "L", "L", "L", "R", "R", "L"])
    p.para(f"P7  The facility, {OPD}, did not get prior authorization for esophageal motility and pH testing. The "
           f"facility charges of {money(amts[3])} for dates of service {fdate(a, 'long')} through "
           f"{fdate(b, 'long')} are denied. Because the hospital is in our network, it may not bill you for "
           "them.", 7.6)
    p.add_page()
    p.band("YOUR APPEAL RIGHTS", 8)
    p.para("You may appeal within 180 days of the date of this statement. Urgent appeals are decided within 72 "
           "hours. You may ask for an external review within 4 months of a final denial. Medical policy "
           f"{POLICY} is available on request. Call 1-866-555-{digits(rng, 4)} (TTY 711).", 7.6)
    p.capboxes([("Facility NPI", digits(rng, 10), 40), ("Facility tax ID", f"23-{digits(rng, 7)}", 40),
                ("Patient account", digits(rng, 9), 40)])
    t = truth("eob", "prior_authorization", insurer=PLAN, plan_id=ids["plan"], group=ids["grp"],
              member_id=ids["mid"], member_name=mem[0], cases=[cl[3]], claim_amount=m2(amts[3]),
              service_dates=[span(a, b)], denial_date=sd.isoformat(), provider=OPD,
              appeal_deadline=plus(sd, 180).isoformat(), alternates={"provider": [HOSP]})
    return out(p), t


def copy_statement(rng):
    ids = _ids(rng)
    mem = person(rng)
    sd = dt.date(2026, 5, 4) + dt.timedelta(days=rng.randint(0, 8))
    a = dt.date(2026, 3, 17) + dt.timedelta(days=rng.randint(0, 4))
    b = plus(a, 2)
    acct = f"HA{digits(rng, 8)}"
    lines = [(a, "0750", "91010-TC", "Esophageal motility study, high resolution", amount(rng, 1500, 1900)),
             (a, "0750", "91035-TC", "Esophageal pH capsule placement", amount(rng, 900, 1200)),
             (a, "0250", "A4649", "pH capsule supply", amount(rng, 600, 800)),
             (b, "0920", "91035-TC", "pH recording download/report", amount(rng, 200, 320))]
    tot = round(sum(x[-1] for x in lines), 2)
    p = DISheet(footer="Page {n} of {nb}", cont=f"{HOSP}  |  Account {acct}  |  Patient {mem[0]}")
    p.set_margins(16, 14, 16)
    p.add_page()
    p.f(14, "B")
    p.cell(0, 7, HOSP, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Patient Financial Services  |  {address(rng)[0]}, Altoona PA 166{rng.randint(10, 99)}  |  "
                 f"814-555-{digits(rng, 4)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    p.line("PATIENT STATEMENT", 12, "B")
    p.right_block([("Statement date:", fdate(sd, "abbr")), ("Account:", acct), ("Amount due:", money(tot)),
                   ("Due date:", fdate(plus(sd, 25), "abbr"))], w=86, size=9, y=p.get_y() - 6)
    p.ln(3)
    p.pairs([("Patient", mem[0]), ("Guarantor", f"{person(rng)[1]} {mem[3]}"), ("Department", OPD),
             ("Insurance", f"{PLAN}  {ids['mid']}"), ("Dates of service", f"{fdate(a, 'short')}-{fdate(b, 'short')}")],
            label_w=36, size=9.5)
    p.ln(3)
    p.para(f"Your insurance, {PLAN}, denied these charges on {fdate(plus(sd, -20), 'long')} because no prior "
           "authorization was on file. We have sent a retro-authorization request. If it is not approved, you "
           "will owe the balance below unless you appeal. Charge detail is on page 2.", 9.5)
    p.add_page()
    p.heading("Charge detail", 10.5)
    p.table(["Date", "Rev", "Code", "Description", "Charge"],
            [[fdate(d, "slash"), r, c, ds, money(v, "nosign")] for d, r, c, ds, v in lines] +
            [["", "", "", "Total charges", money(tot, "nosign")], ["", "", "", "Insurance paid", "0.00"],
             ["", "", "", "Balance", money(tot, "nosign")]], [24, 14, 22, 90, 26], size=8.8,
            aligns=["L", "L", "L", "L", "R"])
    p.para("Financial assistance is available. Ask within 240 days of the first statement.", 8.5)
    t = truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=mem[0], claim_amount=m2(tot),
              service_dates=[span(a, b)], denial_date=sd.isoformat(), provider=OPD, unscored=["insurer"],
              alternates={"provider": [HOSP], "service_dates": [[span(a), span(b)]]})
    return out(p), t


def rotated_sbm_appeal(rng):
    ids = _ids(rng)
    mem = person(rng)
    nd = dt.date(2026, 5, 18) + dt.timedelta(days=rng.randint(0, 10))
    od = plus(nd, -rng.randint(40, 55))
    dos = plus(od, rng.randint(10, 16))
    appeal = f"APL-{digits(rng, 7)}"
    pa = f"PA{digits(rng, 8)}"
    p = DISheet(serif=True, footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _lh(p, rng, f"Appeals, on behalf of {PLAN}", name=SBM)
    p.line("APPEAL DECISION - DENIAL UPHELD", 12, "B")
    p.ln(2)
    left = [f"{mem[0]}\n" + "\n".join(address(rng)),
            f"Dear {mem[0]}:",
            f"{SBM} reviews gastroenterology tests on behalf of {PLAN}. You appealed our decision of "
            f"{fdate(od, 'long')} not to approve esophageal manometry and a wireless pH study that Dr. {GI} asked "
            f"to perform at {OPD}.",
            "A board-certified gastroenterologist who was not part of the first decision reviewed your appeal and "
            "the records. Decision: the denial is upheld. The tests are not medically necessary until an upper "
            f"endoscopy and an 8-week acid-reducing medicine trial are done (medical policy {POLICY}).",
            "You may ask for a second-level appeal within 60 days of the date of this letter. You may also ask for "
            "an external review within 4 months of receiving this letter.",
            f"Sincerely,\nAppeals Unit, {SBM}\non behalf of {PLAN}"]
    right = [("Letter date", fdate(nd, "abbr")), ("Appeal number", appeal), ("Request number", pa),
             ("Member", mem[0]), ("Member ID", ids["mid"]), ("Group", ids["grp"]),
             ("Requesting physician", GI_CRED), ("Facility", OPD), ("Planned DOS", fdate(dos, "slash")),
             ("Appeal received", fdate(plus(nd, -rng.randint(15, 25)), "slash"))]
    p.boxcol(left, right, left_w=106, size=9.3, title="Appeal summary")
    t = truth("denial_letter", "medical_necessity", insurer=SBM, group=ids["grp"], member_id=ids["mid"],
              member_name=mem[0], cases=[appeal, pa], service_dates=[span(dos)], denial_date=nd.isoformat(),
              provider=GI, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": [PLAN], "case_numbers": [[appeal]], "provider": [PRACTICE]})
    return out(p), t


def scan300_prof_denial(rng):
    ids = _ids(rng)
    mem = person(rng)
    nd = dt.date(2026, 4, 20) + dt.timedelta(days=rng.randint(0, 8))
    a = dt.date(2026, 3, 10)
    b = plus(a, 3)
    billed = amount(rng, 380, 520)
    claim = f"{digits(rng, 10)}-01"
    p = DISheet(footer=None)
    p.set_margins(22, 14, 22)
    p.add_page()
    _lh(p, rng, "Claims Department")
    p.line(f"Claim decision    {fdate(nd, 'upper')}", 11, "B")
    p.ln(2)
    for ln in [mem[0], *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.boxed_pairs([("Member ID / group", f"{ids['mid']} / {ids['grp']}"), ("Claim number", claim),
                   ("Dates of service", f"{fdate(a, 'slash')} thru {fdate(b, 'slash')}"),
                   ("Amount billed", money(billed)), ("Plan paid", "$0.00")], label_w=50, size=9)
    p.para(f"Dear {mem[0]}:", 10)
    p.para(f"We reviewed the claim for the services you received from {PRACTICE}: the reading and report of "
           "a high-resolution esophageal manometry and a 96-hour wireless pH study. We are not able to pay "
           "this claim. Under medical policy "
           f"{POLICY}, these tests are not medically necessary before an upper endoscopy and an 8-week trial of "
           "acid-reducing medicine, and the records do not show either.", 10)
    p.para("You may appeal within 180 days of the date of this letter. Because the practice is in our network, "
           "it may not bill you more than your cost share for a service denied as not medically necessary "
           "unless you agreed in writing before the service.", 10)
    p.para(f"Sincerely,\n\nClaims Department\n{PLAN}", 10)
    t = truth("denial_letter", "medical_necessity", insurer=PLAN, group=ids["grp"], member_id=ids["mid"],
              member_name=mem[0], cases=[claim], claim_amount=m2(billed), service_dates=[span(a, b)],
              denial_date=nd.isoformat(), provider=PRACTICE, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"provider": [GI], "service_dates": [[span(a)]]})
    return out(p), t


def photo_practice_letter(rng):
    ids = _ids(rng)
    mem = person(rng)
    ld = dt.date(2026, 4, 28) + dt.timedelta(days=rng.randint(0, 8))
    a = dt.date(2026, 3, 10)
    b = plus(a, 3)
    claim = f"{digits(rng, 10)}-01"
    p = DISheet(footer=None)
    p.set_margins(22, 16, 22)
    p.add_page()
    p.f(13, "B")
    p.cell(0, 6, PRACTICE, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{address(rng)[0]}, State College PA 168{rng.randint(10, 99)}  |  814-555-{digits(rng, 4)}  |  "
                 f"NPI {digits(rng, 10)}  |  Tax ID 25-{digits(rng, 7)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(6)
    p.line(fdate(ld, "long"), 10)
    p.ln(3)
    for ln in [PLAN, "Attn: Provider Appeals", f"PO Box {rng.randint(2000, 9999)}", "Harrisburg PA 17105"]:
        p.line(ln, 10)
    p.ln(3)
    p.re_block([f"Patient: {mem[0]}   Member ID: {ids['mid']}", f"Claim: {claim}",
                f"DOS: 3/10/26-3/13/26 ({fdate(a, 'slash')} to {fdate(b, 'slash')})"], 9.5)
    p.para("Dear Appeals Reviewer:", 10)
    p.para(f"I am writing to appeal the denial of my professional claim for high-resolution esophageal manometry "
           f"and wireless pH monitoring for {mem[0]}. {mem[1]} has had trouble swallowing solids for eight months "
           f"with 9 kg of weight loss. {PCP} referred the patient after a barium study suggested achalasia.", 10)
    p.para("An upper endoscopy was done at another facility in January and is enclosed. Achalasia does not "
           "respond to acid-reducing medicine, so a PPI trial would only delay treatment; manometry is the test "
           "that confirms the diagnosis and decides between dilation, surgery and peroral myotomy.", 10)
    p.para("Please overturn the denial. I am available for a peer-to-peer review.", 10)
    p.para(f"Sincerely,\n\n{GI_CRED}\n{PRACTICE}", 10)
    t = truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=mem[0], cases=[claim],
              service_dates=[span(a, b)], denial_date=ld.isoformat(), provider=GI,
              alternates={"insurer": [None], "provider": [PRACTICE]})
    return out(p), t


def lowres_stack(rng):
    ids = _ids(rng)
    mem = person(rng)
    nd = dt.date(2026, 6, 8) + dt.timedelta(days=rng.randint(0, 6))
    dos = plus(nd, rng.randint(10, 18))
    auth = f"PA{digits(rng, 8)}"
    p = DISheet(footer=None)
    p.set_margins(22, 14, 22)
    p.add_page()
    _lh(p, rng, "Utilization Management")
    p.line("Approval notice", 12, "B")
    p.ln(2)
    p.pairs([("Date", fdate(nd, "slash")), ("Member", mem[0]), ("Member ID", ids["mid"]),
             ("Authorization", auth), ("Approved service", "91010 high-resolution esophageal manometry"),
             ("Facility", OPD), ("Approved for", fdate(dos, "slash"))], label_w=40, size=9.5)
    p.ln(2)
    p.para(f"We approved the request from Dr. {GI}. The approval is valid for the date above and 30 days after "
           "it. An approval is not a promise of payment; benefits depend on your coverage on the date of "
           "service.", 10)
    doc1 = (out(p), truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=mem[0], cases=[auth],
                          service_dates=[span(dos)], denial_date=nd.isoformat(), provider=GI,
                          alternates={"provider": [OPD]}))
    nd2 = plus(nd, rng.randint(30, 45))
    dos2 = dt.date(2026, 5, 12)
    billed = amount(rng, 1700, 2300)
    claim = f"{digits(rng, 10)}-03"
    q = DISheet(footer=None)
    q.set_margins(22, 14, 22)
    q.add_page()
    _lh(q, rng, "Provider Claims")
    q.line("Retro-authorization request - not approved", 12, "B")
    q.ln(2)
    q.pairs([("Notice date", fdate(nd2, "long")), ("Facility", OPD), ("Member", mem[0]), ("Member ID", ids["mid"]),
             ("Claim", claim), ("DOS", fdate(dos2, "slash")), ("Charges", money(billed))], label_w=36, size=9.5)
    q.ln(2)
    q.para("The facility asked us to authorize after the fact an esophageal motility study done without prior "
           "authorization. Retro-authorization is allowed only when the member's coverage could not be verified "
           "or the service was urgent; neither applies. The claim stays denied for no prior authorization. The "
           "facility may not bill the member. A provider appeal may be filed within 90 days of the date of this "
           "notice.", 9.5)
    doc2 = (out(q), truth("denial_letter", "prior_authorization", insurer=PLAN, member_id=ids["mid"],
                          member_name=mem[0], cases=[claim], claim_amount=m2(billed), service_dates=[span(dos2)],
                          denial_date=nd2.isoformat(), provider=OPD, appeal_deadline=plus(nd2, 90).isoformat(),
                          alternates={"provider": [HOSP]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_preservice_denial_provider_in_prose", "born_digital", [bd_preservice(rng)]),
        Item(F + "faxstd_eob_captions_claim_table", "fax_standard_g4", [faxstd_eob(rng)]),
        Item(F + "copy_two_page_hospital_statement", "photocopy", [copy_statement(rng)]),
        Item(F + "rotated_benefit_manager_upheld_appeal_box", "rotated", [rotated_sbm_appeal(rng)]),
        Item(F + "scan300_professional_claim_denial_thru_span", "scan_clean_300", [scan300_prof_denial(rng)]),
        Item(F + "photo_practice_appeal_letter_to_plan", "phone_photo", [photo_practice_letter(rng)]),
        Item(F + "lowres_stack_approval_then_retro_auth_denial", "scan_lowres_150", lowres_stack(rng),
             separators=[None, "blank"], turns={(1, 0): 180}),
    ]
