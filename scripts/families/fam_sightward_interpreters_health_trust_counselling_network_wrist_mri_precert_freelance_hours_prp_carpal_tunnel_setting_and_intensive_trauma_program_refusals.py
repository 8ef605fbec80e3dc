"""Papers of an invented health plan for sign-language interpreters: the Sightward Interpreters Health Trust (a
brand set in spaced capitals, "S I G H T W A R D", over the small legal name; the body says "the Trust" or "the
Plan"), whose claims are administered by Glimmerton & Vos Benefit Administrators, LLC (brand "GLIMMERTON & VOS" with
a large italic ampersand, on one line or split over two lines). Two plans: SWT-F2 for freelance interpreters (group
IS-2051), who earn coverage with reported interpreting hours (240 hours in a calendar quarter earn coverage for the
quarter after next, reported by agencies and video relay centers), and SWT-S1 for staff interpreters of a video relay
center (group VR-8817, employer paid). Invented rules: vicarious trauma counselling paid only with counsellors of the
Emberlea Counselling Network (16 sessions a year, a referral number per course); 20 hand therapy visits a year;
MRI needs precertification; platelet-rich plasma injections are investigational; carpal tunnel release is approved at
an ambulatory surgery center, same day; an intensive trauma program only after weekly counselling was tried. Member
numbers "ZB" + two digits + a letter O or I + five digits (printed grouped "ZB47 O182 26" on some papers and whole in
claim rows), claims "C26-" + day of year + "-" + five digits, precertifications "PC26-" + five digits, counselling
referrals "ER-" + six digits; every town (Wrackton, Elverby, Carrowmoor), agency, clinic, clinician, person, number,
amount and address is invented; phones 555; CPT and HCPCS codes as themselves.

Documents (8 in 7 files):
- bd_eob_counselling_outside_network_code_only: a born-digital two-page EOB ("Statement of Friday, ..."), four claims
  whose shaded heading rows carry inline captions ("Claim ... Client ... Plan: SWT-F2 Referral # ... Auth ..."); the
  counselling claim with a counsellor outside the Emberlea network pays 0.00 under N7, explained only in the legend on
  page 2 beside look-alike and unused codes (N1, E4, DI); an X-ray row pays 0.00 under D2 (deductible) (out_of_network).
- faxstd_stack_mri_precert_letter_then_same_administrator_eob: a standard-fax stack: the administrator's typed cover
  ("Frm:", "# of pgs", "Re:" run into the subject), its two-page letter refusing a wrist MRI done without
  precertification (page 2 upside down, ending with a signature), then right after it the same administrator's EOB for
  three hand therapy visits, all paid (its message names the MRI claim as a decoy) (prior_authorization; eob, none).
- faxstd_freelance_hours_short_shoulder_therapy: a standard-fax Trust notice ("Date of notice: Mon ..."), an hours
  table by agency with report and credential numbers, 212.5 of 240 hours, two physical therapy visits refused
  (eligibility); a self-payment offer with its own amount and due date as decoys.
- scan150_es_prp_elbow_investigational: a 150 dpi Spanish letter from the administrator ("Decisión del martes, ..."),
  platelet-rich plasma for lateral epicondylitis (experimental).
- faxfine_hand_therapy_statement_refused_visit_in_message: a fine-fax statement from the hand therapy clinic whose
  account summary has no visit rows; the refused 21st visit is named only in the message (denies nothing).
- photocopy_carpal_tunnel_hospital_overnight_setting: a photocopied precertification letter, values on a rule with
  captions hanging under them, two-column prose, a running footer: the release approved at the surgery center, the
  hospital setting and overnight stay not (level_of_care); a printed last day to appeal.
- photo_intensive_trauma_program_weekly_counselling_first: a photographed Trust letter dated "the 9th of April 2026",
  a five-day intensive trauma program refused until weekly counselling is tried (medical_necessity).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundes_famsa import (ESSheet, abbr, digits, dmy_slash, dr, es_date, es_wd_long, first_last, home_cover, iso,
                               last_first, long, m2, money_es, n2, nodollar, of_date, out, people, phone, phone_dash,
                               plus, slash, surname, tollfree, truth, tx_date, usd, wd_slash, wday_long, workday, yy)

FAMILY = ("sightward_interpreters_health_trust_counselling_network_wrist_mri_precert_freelance_hours_prp_carpal_tunnel"
          "_setting_and_intensive_trauma_program_refusals")
LANG = "en"
SEED = 355180
USED: set = set()

TRUST = "Sightward Interpreters Health Trust"
TRUST_ALT = [TRUST, "Sightward Interpreters Health Trust Plan", "Sightward"]
GV = "Glimmerton & Vos Benefit Administrators, LLC"
GV_ALT = [GV, "Glimmerton & Vos Benefit Administrators", "Glimmerton and Vos Benefit Administrators",
          "Glimmerton & Vos", TRUST]
TRUST_ADDR = ["1180 Harbor Loft Way, Suite 410", "Wrackton, WA 98417"]
GV_ADDR = ["P.O. Box 22795", "Elverby, OR 97361"]
F2, S1 = "SWT-F2", "SWT-S1"
G_F, G_S = "IS-2051", "VR-8817"
NET = "Emberlea Counselling Network"
HAND = "Wrackton Hand & Upper Limb Therapy"
AREA = "360"
TRUST_FOOT = ("Sightward Interpreters Health Trust  \u00b7  a multiemployer welfare trust for sign-language interpreters  "
              "\u00b7  claims administered by " + GV)
GV_FOOT = GV + "  \u00b7  third-party administrator for the " + TRUST + "  \u00b7  OR TPA license 0-44170"


def mid(rng) -> str:
    return f"ZB{digits(rng, 2)}{rng.choice('OI')}{digits(rng, 5)}"


def grouped(m: str) -> str:
    return f"{m[:4]} {m[4:8]} {m[8:]}"


def claim_no(rng, d: dt.date) -> str:
    return f"C26-{d.timetuple().tm_yday:03d}-{digits(rng, 5)}"


def trust_head(p: ESSheet, rng, box: str | None = None):
    p.logo_legal("SIGHTWARD", TRUST, TRUST_ADDR + [f"Member line {tollfree(rng, '877')}  \u00b7  TTY 711",
                                                   f"Videophone {phone(rng, AREA)}", f"Fax {phone(rng, AREA)}"],
                 box=box, size=19, spaced_letters=True,
                 small=["health coverage for sign-language interpreters: freelance and relay staff",
                        f"claims administered by {GV}"])


def gv_head(p: ESSheet, rng, box: str | None = None, two: bool = False, es: bool = False):
    legal = ([GV, f"administrador de reclamos del {TRUST}"] if es else
             [GV, f"third-party administrator for the {TRUST}"])
    p.amp_brand("GLIMMERTON", "VOS", legal, GV_ADDR + [f"Claims {tollfree(rng, '866')}",
                                                       f"Care review fax {phone(rng, '503')}"],
                box=box, size=19, two_lines=two)


def addr_block(p: ESSheet, lines: list[str], size: float = 9.4):
    p.f(size)
    for ln in lines:
        p.set_x(p.l_margin)
        p.cell(0, size * 0.5, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(4)


def sign(p: ESSheet, lines: list[str], size: float = 9.2, close: str = "Sincerely,"):
    p.f(size)
    p.set_x(p.l_margin)
    p.cell(0, 5, close, new_x="LMARGIN", new_y="NEXT")
    p.ln(7)
    for i, ln in enumerate(lines):
        p.f(size if i == 0 else size - 0.6, "B" if i == 0 else "")
        p.set_x(p.l_margin)
        p.cell(0, 4.6, ln, new_x="LMARGIN", new_y="NEXT")


# ---------------------------------------------------------------------------------------------------------------
def bd_eob(rng):
    member = people(rng, 1, "si", sexes="F", used=USED)[0]
    ot, psy, lmhc, rad = people(rng, 4, "sc", sexes="FMFM", used=USED)
    m = mid(rng)
    sd = dt.date(2026, 4, 10)  # Friday
    ht, c1, c2a, c2b, xr = (dt.date(2026, 3, 4), dt.date(2026, 3, 6), dt.date(2026, 3, 13), dt.date(2026, 3, 20),
                            dt.date(2026, 3, 18))
    oon = "Elverby Counselling Rooms, PLLC"
    ref = f"ER-{digits(rng, 6)}"
    nos = [claim_no(rng, plus(d, 6)) for d in (ht, c1, c2b, xr)]
    claims = [
        dict(caps=[("Claim", nos[0]), ("Client", m), ("Plan:", F2), ("Referral #", "none needed"), ("Auth", "-")],
             lines=[[yy(ht), "97110", "Therapeutic exercise, 2 units", "148.00", "112.00", "25.00", "87.00", "H2"],
                    [yy(ht), "97140", "Manual therapy, 1 unit", "76.00", "58.00", "0.00", "58.00", "H2"]],
             total=["", "", "Claim total", "224.00", "170.00", "25.00", "145.00", ""],
             note=f"Rendering: {ot}, OTR/L, CHT  \u00b7  {HAND}"),
        dict(caps=[("Claim", nos[1]), ("Client", m), ("Plan:", F2), ("Referral #", ref), ("Auth", "-")],
             lines=[[yy(c1), "90834", "Psychotherapy, 45 minutes", "165.00", "128.00", "20.00", "108.00", "E1"]],
             total=None, note=f"Rendering: {dr(psy, 'PsyD')}  \u00b7  {NET}"),
        dict(caps=[("Claim", nos[2]), ("Client", m), ("Plan:", F2), ("Referral #", "-"), ("Auth", "-")],
             lines=[[yy(c2a), "90837", "Psychotherapy, 60 minutes", "195.00", "0.00", "0.00", "0.00", "N7"],
                    [yy(c2b), "90837", "Psychotherapy, 60 minutes", "195.00", "0.00", "0.00", "0.00", "N7"]],
             total=["", "", "Claim total", "390.00", "0.00", "0.00", "0.00", ""],
             note=f"Rendering: {lmhc}, LMHC  \u00b7  {oon}"),
        dict(caps=[("Claim", nos[3]), ("Client", m), ("Plan:", F2), ("Referral #", "-"), ("Auth", "-")],
             lines=[[yy(xr), "73030", "X-ray shoulder, 2 views", "128.00", "84.00", "84.00", "0.00", "D2"]],
             total=None, note=f"Reading radiologist: {dr(rad, 'MD')}  \u00b7  Carrowmoor Imaging Center"),
    ]
    p = ESSheet(footer="Page {n} of {nb}", ids_foot=TRUST_FOOT,
                run_hdr=f"{last_first(member)}  \u00b7  {grouped(m)}  \u00b7  statement of {slash(sd)}  \u00b7  page {{n}}")
    p.set_margins(15, 15, 15)
    p.add_page()
    trust_head(p, rng, box="EXPLANATION OF BENEFITS")
    p.f(10, "B")
    p.cell(0, 5.5, f"Statement of {wday_long(sd)}", new_x="LMARGIN", new_y="NEXT")
    p.f(7.8)
    p.cell(0, 4, "THIS IS NOT A BILL", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    addr_block(p, [member, f"{rng.randint(100, 990)} Gull Terrace Ave, Apt {rng.randint(2, 9)}B",
                   "Wrackton, WA 98416"], 9.4)
    W = p.w - p.l_margin - p.r_margin
    p.hung([(first_last(member), "member", W * 0.27), (grouped(m), "member no.", W * 0.2), (F2, "plan", W * 0.14),
            (G_F, "group", W * 0.13), ("Jan 1 - Dec 31, 2026", "benefit year", W * 0.26)], size=9.0)
    p.ln(1)
    p.sc_shade([("Claims on this statement", "4", 0.25), ("Billed", "$907.00", 0.25), ("The Plan paid", "$253.00", 0.25),
                ("You may owe", "$519.00", 0.25)], size=8.8, shade=232)
    p.inline_claims(["Date", "Code", "Service", "Billed", "Allowed", "Copay / ded.", "Plan paid", "Code"],
                    [W * k / 100 for k in (9, 8, 33, 10, 10, 12, 10, 8)],
                    ["L", "L", "L", "R", "R", "R", "R", "L"], claims, size=7.8)
    p.para("Example only: when a network therapist bills $150.00 and the network rate is $110.00, you pay no more "
           "than your copay; the therapist writes off the $40.00 difference.", 7.6)
    y0 = p.get_y()
    yb = p.money_box("Your 2026 benefits", [("Deductible", "$400.00"), ("Deductible met", "$184.00"),
                                             ("Counselling sessions used", "3 of 16"),
                                             ("Hand therapy visits used", "7 of 20")], w=86, size=8.0, bold_last=False)
    p.set_xy(p.l_margin + 92, y0)
    p.f(8.2, "B")
    p.cell(0, 4.4, "Messages", new_x="LEFT", new_y="NEXT")
    p.f(7.8)
    p.multi_cell(W - 92, 3.8, "Hours reports for January to March are due from your agencies by April 20. Check your "
                 "hours on the member site; coverage for July to September depends on them.",
                 new_x="LMARGIN", new_y="NEXT")
    p.set_y(max(yb, p.get_y()) + 4)
    p.add_page()
    p.legend_cols("What the codes mean", [
        ("H2", "Hand therapy paid at the network rate after your copay. Visit counts toward 20 a year."),
        ("E1", "Counselling session with an Emberlea counsellor paid after your copay; counts toward 16 a year."),
        ("E4", "You have used the 16 counselling sessions for this year. No benefit is paid for further sessions."),
        ("N1", "Emergency care outside the network paid at the network level."),
        ("N7", "No benefit is paid. Counselling for vicarious trauma is covered only with counsellors of the "
               "Emberlea Counselling Network, and this counsellor is not in it. The counsellor may bill you. Ask "
               "the Trust for a network referral to go on with counselling."),
        ("D2", "The allowed amount was applied to your deductible. You pay the provider up to the allowed amount."),
        ("DI", "Deductible credit from your earlier plan was applied."),
        ("P5", "Paid at 100%; no copay for preventive care."),
    ], ncol=2, size=7.6)
    p.bar("Your right to appeal", 8.8)
    p.para("You may appeal any decision on this statement within 180 days of the date of this statement. Write to "
           f"the Trust's appeals committee at {TRUST_ADDR[0]}, {TRUST_ADDR[1]}, or call the member line to ask how. "
           "If your appeal is about urgent care, we decide it within 72 hours. After the Trust's final decision you may "
           "ask for an external review within 4 months.", 8.2)
    p.para("Language help: ASL videophone, Spanish and other languages at no cost. Call the member line.", 7.6)
    t = truth("eob", "out_of_network", insurer=TRUST, plan_id=F2, group=G_F, member_id=m, member_name=member,
              cases=[nos[2]], claim_amount="390.00", service_dates=[iso(c2a), iso(c2b)], denial_date=iso(sd),
              provider=f"{lmhc}, LMHC", appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": TRUST_ALT, "provider": [lmhc, oon, "Elverby Counselling Rooms"]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_stack(rng):
    member = people(rng, 1, "si", sexes="M", used=USED)[0]
    surg, ot, sig, sig2 = people(rng, 4, "sc", sexes="FMFM", used=USED)
    imaging = "Carrowmoor Imaging Center"
    m = mid(rng)
    mri = dt.date(2026, 3, 2)
    rcv = dt.date(2026, 3, 11)
    ld = dt.date(2026, 3, 23)
    clm = claim_no(rng, rcv)
    lines = [("73221-TC", "MRI wrist without contrast, technical", 1265.00),
             ("73221-26", "MRI wrist, reading (professional)", 215.00)]
    total = sum(x[2] for x in lines)
    cover = home_cover(rng, [f"To:   Cascade Interpreters Guild - member benefits desk",
                             f"Frm:  Glimmerton & Vos, member svcs / claims corr.",
                             f"Fax#  {phone(rng, '206')}",
                             "# of pgs  4 incl cover",
                             f"Re:copies the member asked for ({first_last(member)}) - ltr + EOB",
                             "Member signed a release on file 3/20. Pls call w/ questions."],
                       typed=True, title="FAX MEMO",
                       form=["Glimmerton & Vos", "member services  \u00b7  outgoing fax"],
                       foot="This fax may hold protected health information. If it reached you by mistake, call us "
                            "and destroy it.")
    tx_line = (f"{tx_date(plus(ld, 3))} 10:{rng.randint(10, 59)}  G&V MEMBER SVCS  503 555 {digits(rng, 4)}  "
               f"P.{{n}}/4")
    # --- letter (2 pages, signed) ---
    p = ESSheet(footer="Page {n} of {nb}", ids_foot=GV_FOOT, tx=tx_line, tx_off=1,
                run_hdr=f"Claim {clm}  \u00b7  letter of {slash(ld)}  \u00b7  page {{n}} of 2")
    p.set_margins(19, 17, 19)
    p.add_page()
    gv_head(p, rng, box="CLAIM DECISION")
    p.f(9.4)
    p.cell(0, 5, wday_long(ld), new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    y0 = p.get_y()
    addr_block(p, [member, f"{rng.randint(1000, 9899)} Kelp Street", "Wrackton, WA 98418"], 9.4)
    p.caption_right([("claim", clm), ("member no.", grouped(m)), ("plan", S1), ("group", G_S)],
                    p.w - p.r_margin - 74, y0, 74, size=8.8)
    p.set_y(max(p.get_y(), y0 + 22))
    p.subject_line("Wrist MRI done without precertification")
    p.para(f"Dear {first_last(member)}:", 9.6)
    p.para(f"We processed the claim from {imaging} for the MRI of your right wrist on {long(mri)}, ordered by "
           f"{dr(surg, 'MD')}, hand surgery. The claim reached us on {long(rcv)}. The Plan has not paid it.", 9.2)
    W = p.w - p.l_margin - p.r_margin
    p.ruled_rows(["Date of service", "Code", "Service", "Billed"],
                 [[slash(mri), cd, s, n2(a)] for cd, s, a in lines] + [["", "", "Total billed", usd(total)]],
                 [W * k / 100 for k in (19, 14, 49, 18)], ["L", "L", "L", "R"], size=8.6, bold_rows=(len(lines),))
    p.bar("Why the claim was not paid", 9.2)
    p.para("Under the Sightward plan for relay center staff, an MRI must be approved by precertification before it is "
           "done. The ordering doctor or the imaging center asks for it by calling our care review line. We have no "
           "precertification request for this MRI, before or after it was done, so no benefit is paid.", 9.0)
    p.para("Because the imaging center is in the Plan's network, its agreement with us says it may not bill you for "
           "a service refused only because precertification was not asked for. If it sends you a bill, call us.", 9.0)
    p.add_page()
    p.bar("What you can do", 9.2)
    p.bullets([
        "The doctor may send us the records that show why the MRI was needed. If the MRI meets the Plan's criteria, "
        "we will review the claim again.",
        "You may appeal within 180 days of the date of this letter. Write to the Appeals Unit, "
        f"{GV}, {GV_ADDR[0]}, {GV_ADDR[1]}. You may send notes, records and anything else you want us to see.",
        "If your appeal is about care you still need and waiting would harm your health, call us: urgent appeals are "
        "decided within 72 hours.",
        "After the final internal decision you may ask for an independent external review within 4 months.",
    ], size=9.0)
    p.para("Your hand therapy claims for March were paid; you will get a separate explanation of benefits for them.",
           8.8)
    p.ln(2)
    sign(p, [sig, "Claims Review", GV, f"for the {TRUST}"])
    letter = out(p)
    letter_t = truth("denial_letter", "prior_authorization", insurer=GV, plan_id=S1, group=G_S, member_id=m,
                     member_name=member, cases=[clm], claim_amount=m2(total), service_dates=[iso(mri)],
                     denial_date=iso(ld), provider=imaging, appeal_deadline=iso(plus(ld, 180)),
                     alternates={"insurer": GV_ALT, "provider": [dr(surg, "MD"), surg]})
    # --- EOB from the same administrator (denies nothing) ---
    ed = dt.date(2026, 3, 24)
    visits = [dt.date(2026, 3, 9), dt.date(2026, 3, 12), dt.date(2026, 3, 16)]
    clm2 = claim_no(rng, plus(visits[-1], 3))
    q = ESSheet(footer="Page {n} of {nb}", ids_foot=GV_FOOT, tx=tx_line, tx_off=3)
    q.set_margins(16, 17, 16)
    q.add_page()
    gv_head(q, rng, box="EXPLANATION OF BENEFITS")
    y0 = q.get_y()
    addr_block(q, [last_first(member), f"{rng.randint(1000, 9899)} Kelp Street", "Wrackton, WA 98418"], 9.2)
    q.kv_box([("EOB date", slash(ed)), ("Member no.", m), ("Plan / group", f"{S1} / {G_S}"), ("Claim", clm2)],
             q.w - q.r_margin - 84, y0, 84, cap_w=28, size=8.6)
    q.set_y(max(q.get_y(), y0 + 28))
    W = q.w - q.l_margin - q.r_margin
    rows, tb, tp = [], 0.0, 0.0
    for d in visits:
        for cd, s, b, a, co in (("97110", "Therapeutic exercise, 2 units", 148.00, 112.00, 25.00),
                                ("97530", "Therapeutic activities, 1 unit", 82.00, 61.00, 0.00)):
            rows.append([slash(d), cd, s, n2(b), n2(a), n2(co), n2(a - co)])
            tb += b
            tp += a - co
    rows.append(["", "", "Totals", n2(tb), "", "75.00", n2(tp)])
    q.ruled_rows(["Date", "Code", "Service", "Billed", "Allowed", "Your copay", "Plan paid"], rows,
                 [W * k / 100 for k in (13, 9, 36, 10.5, 10.5, 10.5, 10.5)], ["L", "L", "L", "R", "R", "R", "R"],
                 size=8.2, bold_rows=(len(rows) - 1,))
    q.para(f"Provider: {HAND}  \u00b7  treating therapist {ot}, OTR/L, CHT  \u00b7  paid to the provider by EFT "
           f"{digits(rng, 9)}", 8.2)
    q.framed_note(f"Message: all three visits were paid. Hand therapy visits used in 2026: 10 of 20. We wrote to you "
                  f"separately on {slash(ld)} about claim {clm} (MRI of the wrist).", 8.6)
    q.para("You owe the therapy clinic only your copays, $75.00 in all. Keep this statement for your records.", 8.6)
    eob = out(q)
    eob_t = truth("eob", None, insurer=GV, plan_id=S1, group=G_S, member_id=m, member_name=member, cases=[clm2],
                  claim_amount=m2(tb), service_dates=[iso(d) for d in visits], denial_date=iso(ed), provider=HAND,
                  appeal_deadline=None,
                  alternates={"insurer": GV_ALT, "provider": [f"{ot}, OTR/L, CHT", ot]})
    return cover, [(letter, letter_t), (eob, eob_t)]


# ---------------------------------------------------------------------------------------------------------------
def faxstd_hours(rng):
    member = people(rng, 1, "si", sexes="F", used=USED)[0]
    pt, sig = people(rng, 2, "sc", sexes="MF", used=USED)
    clinic = "Carrowmoor Physio & Sport"
    m = mid(rng)
    ld = dt.date(2026, 4, 6)  # Monday
    v1, v2 = dt.date(2026, 4, 1), dt.date(2026, 4, 3)
    clm = claim_no(rng, plus(v2, 1))
    lines = [(v1, "97161", "PT evaluation, low complexity", 210.00), (v2, "97110", "Therapeutic exercise, 2 units", 136.00)]
    total = sum(x[3] for x in lines)
    hours = [("Kelpford Interpreting Agency", f"HR-{digits(rng, 6)}", 96.5),
             ("Signwell Language Access, LLC", f"HR-{digits(rng, 6)}", 71.0),
             ("Moorsight Video Relay (contract hours)", f"HR-{digits(rng, 6)}", 45.0)]
    th = sum(h[2] for h in hours)
    tx = (f"{tx_date(ld)} 16:{rng.randint(10, 59)}  SIGHTWARD TRUST  {AREA} 555 {digits(rng, 4)}  P.{{n}}/{{t}}")
    p = ESSheet(footer="Page {n} of {nb}", ids_foot=TRUST_FOOT, tx=tx, tx_total=1)
    p.set_margins(18, 17, 18)
    p.add_page()
    trust_head(p, rng, box="NOTICE OF CLAIM NOT PAID")
    p.f(9.8, "B")
    p.cell(0, 5, f"Date of notice: {wd_slash(ld)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    y0 = p.get_y()
    addr_block(p, [member, f"{rng.randint(100, 990)} Spinnaker Row", "Carrowmoor, OR 97214"], 9.4)
    p.kv_box([("Member no.", grouped(m)), ("Plan", F2), ("Group", G_F), ("Claim", clm),
              ("Interpreter credential", f"WA-{digits(rng, 5)}")], p.w - p.r_margin - 84, y0, 84, cap_w=36, size=8.4)
    p.set_y(max(p.get_y(), y0 + 32))
    p.para(f"Dear {first_last(member)}:", 9.6)
    p.para(f"{clinic} sent us a claim for your physical therapy visits with {pt}, DPT, on {long(v1)} and "
           f"{long(v2)}. The Plan cannot pay it, because you were not covered on those days.", 9.2)
    W = p.w - p.l_margin - p.r_margin
    p.ruled_rows(["Date", "Code", "Service", "Billed"],
                 [[slash(d), cd, s, n2(a)] for d, cd, s, a in lines] + [["", "", "Total", usd(total)]],
                 [W * k / 100 for k in (17, 12, 53, 18)], ["L", "L", "L", "R"], size=8.6, bold_rows=(len(lines),))
    p.bar("Why: your reported hours", 9.2)
    p.para("As a freelance interpreter you earn coverage with the interpreting hours your agencies and relay centers "
           "report. 240 hours in a calendar quarter earn coverage for the quarter after next. Coverage from April 1 "
           "to June 30, 2026 depends on the hours you worked from October 1 to December 31, 2025. The reports we "
           "received for that quarter are:", 8.8)
    p.ruled_rows(["Reported by", "Report no.", "Hours"],
                 [[a, r, f"{h:.1f}"] for a, r, h in hours] + [["Total for October - December 2025", "", f"{th:.1f}"]],
                 [W * k / 100 for k in (58, 24, 18)], ["L", "L", "R"], size=8.4, bold_rows=(len(hours),))
    p.para(f"You were {240 - th:.1f} hours short, so you have no coverage from April 1 to June 30, 2026.", 9.0)
    p.bar("What you can do", 9.2)
    p.bullets([
        "If an agency left out hours you worked in that quarter, ask it to send a corrected report. We will look at "
        "the claim again when it arrives.",
        "You may keep your coverage for this quarter with a self-payment of $612.00. It must reach us by April 30, "
        "2026. If you make it, we will pay this claim.",
        "You may appeal within 180 days of the date of this notice. Write to the Trust's appeals committee at "
        f"{TRUST_ADDR[0]}, {TRUST_ADDR[1]}.",
    ], size=8.8)
    sign(p, [sig, "Eligibility Services", TRUST])
    t = truth("denial_letter", "eligibility", insurer=TRUST, plan_id=F2, group=G_F, member_id=m, member_name=member,
              cases=[clm], claim_amount=m2(total), service_dates=[iso(v1), iso(v2)], denial_date=iso(ld),
              provider=clinic, appeal_deadline=iso(plus(ld, 180)),
              alternates={"insurer": TRUST_ALT, "provider": [f"{pt}, DPT", pt]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def scan150_es(rng):
    member = people(rng, 1, "es", sexes="F", used=USED)[0]
    ortho, sig = people(rng, 2, "sc", sexes="MF", used=USED)
    clinic = "Elverby Orthopaedic & Hand Clinic"
    m = mid(rng)
    dos = dt.date(2026, 3, 5)
    ld = dt.date(2026, 3, 17)  # martes
    clm = claim_no(rng, plus(dos, 4))
    lines = [("0232T", "Inyección de plasma rico en plaquetas (PRP)", 950.00),
             ("76942", "Guía por ultrasonido", 200.00)]
    total = sum(x[2] for x in lines)
    p = ESSheet(footer="Página {n} de {nb}", ids_foot=GV_FOOT)
    p.set_margins(20, 17, 20)
    p.add_page()
    gv_head(p, rng, box="DECISIÓN SOBRE SU RECLAMO", two=True, es=True)
    p.f(9.8, "B")
    p.cell(0, 5, f"Decisión del {es_wd_long(ld)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    addr_block(p, [member, f"{rng.randint(100, 990)} Calle Puerto Viejo", "Elverby, OR 97362"], 9.4)
    p.beside([[("Reclamo", clm), ("N.º de miembro", grouped(m))], [("Plan", F2), ("Grupo", G_F)]], cap_w=26, size=8.8)
    p.para(f"Estimada señora {surname(member)}:", 9.6)
    p.para(f"Recibimos el reclamo de {clinic} por la inyección de plasma rico en plaquetas que le aplicó el "
           f"Dr. {ortho} en el codo derecho el {es_date(dos)}, por epicondilitis lateral (codo de tenista). El Plan "
           "no paga este servicio.", 9.2)
    W = p.w - p.l_margin - p.r_margin
    p.ruled_rows(["Fecha", "Código", "Servicio", "Cobrado"],
                 [[dmy_slash(dos), cd, s, money_es(a)] for cd, s, a in lines]
                 + [["", "", "Total", f"US$ {total:,.2f}"]],
                 [W * k / 100 for k in (17, 13, 50, 20)], ["L", "L", "L", "R"], size=8.6, bold_rows=(len(lines),))
    p.bar("Por qué", 9.4)
    p.para("El Plan no cubre servicios en investigación o experimentales. Las inyecciones de plasma rico en plaquetas "
           "para el codo están en esa lista: los estudios publicados todavía no muestran que funcionen mejor que el "
           "reposo, la férula y la terapia de mano, que el Plan sí cubre. La política médica del Plan sobre estas "
           "inyecciones es la MP-0417.", 9.0)
    p.para("El Plan sigue cubriendo la terapia de mano (hasta 20 visitas al año), las férulas y la consulta con el "
           "ortopedista.", 9.0)
    p.bar("Si no está de acuerdo", 9.4)
    p.bullets([
        "Puede apelar por escrito dentro de los 180 días siguientes a la fecha de esta carta. Escriba a la Unidad de "
        f"Apelaciones, {GV}, {GV_ADDR[0]}, {GV_ADDR[1]}.",
        "Puede pedir una copia gratis de la política médica MP-0417 y de todos los documentos de su reclamo.",
        "Si la espera pone en grave riesgo su salud, pida una apelación urgente: decidimos en 72 horas.",
    ], size=9.0)
    p.para("Aviso: el consultorio es parte de la red, así que no puede cobrarle más de lo que permite su contrato. "
           "Si le llega una factura por este servicio, llámenos.", 8.6)
    p.ln(2)
    sign(p, [sig, "Revisión de Reclamos", GV], close="Atentamente,")
    t = truth("denial_letter", "experimental", insurer=GV, plan_id=F2, group=G_F, member_id=m, member_name=member,
              cases=[clm], claim_amount=m2(total), service_dates=[iso(dos)], denial_date=iso(ld),
              provider=f"Dr. {ortho}", appeal_deadline=iso(plus(ld, 180)), lang="es",
              alternates={"insurer": GV_ALT, "provider": [ortho, clinic]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxfine_statement(rng):
    member = people(rng, 1, "si", sexes="M", used=USED)[0]
    ot = people(rng, 1, "sc", sexes="F", used=USED)[0]
    m = mid(rng)
    sd = dt.date(2026, 4, 2)
    refused = dt.date(2026, 3, 24)
    acct = f"WH-{digits(rng, 5)}"
    tx = (f"{tx_date(plus(sd, 1))} 09:{rng.randint(10, 59)}  WRACKTON HAND THERAPY  {AREA} 555 {digits(rng, 4)}  "
          "PAGE {n2} OF {t2}")
    p = ESSheet(footer=None, tx=tx, tx_total=1)
    p.set_margins(18, 17, 18)
    p.add_page()
    p.two_line_head("Wrackton Hand &", "Upper Limb Therapy", [f"{rng.randint(200, 980)} Net Loft Road, Suite 2",
                                                             "Wrackton, WA 98417"],
                    [f"Billing {phone(rng, AREA)}", f"Fax {phone(rng, AREA)}", f"Tax ID {digits(rng, 2)}-"
                                                                                  f"{digits(rng, 7)}"],
                    kind="ring", text="WH", size=14, box="STATEMENT")
    y0 = p.get_y()
    addr_block(p, [first_last(member).upper(), f"{rng.randint(100, 990)} Pier View Ct", "Wrackton, WA 98418"], 9.4)
    p.kv_box([("Statement date", slash(sd)), ("Account no.", acct), ("Amount due", "$200.00"),
              ("Please pay by", slash(plus(sd, 28)))], p.w - p.r_margin - 78, y0, 78, cap_w=30, size=8.6)
    p.set_y(max(p.get_y(), y0 + 28))
    p.f(8.6)
    p.set_x(p.l_margin)
    p.cell(0, 4.6, f"Insurance on file: {TRUST}  \u00b7  member {grouped(m)}  \u00b7  plan {S1}  \u00b7  group {G_S}",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    W = p.w - p.l_margin - p.r_margin
    p.ruled_rows(["Account summary", "Amount"],
                 [["Previous balance", "35.00"], ["New charges", "165.00"], ["Insurance payments", "0.00"],
                  ["Adjustments", "0.00"], ["Your payments - thank you", "0.00"], ["Amount due now", "$200.00"]],
                 [W * 0.7, W * 0.3], ["L", "R"], size=9.0, row_h=5.6, bold_rows=(5,))
    p.msg_box("MESSAGE FROM OUR BILLING OFFICE", [
        f"Dear {first_last(member)}, your health plan, Sightward, did not pay for your hand therapy visit on "
        f"{wday_long(refused)} (therapeutic exercise and a splint adjustment with {ot}, OTR/L, CHT; $165.00). "
        "Sightward told us that visit was your 21st hand therapy visit this year, and your plan pays for 20 a year.",
        "We have moved that charge to you. The $35.00 carried over is your copay from February. If you think the "
        "visit count is wrong, call Sightward; if they pay later, we will refund you.",
        "You can pay online, by phone or by check. Ask us about a payment plan if you need one.",
    ], size=8.8)
    p.ln(4)
    p.set_line_width(0.3)
    x, yd = p.l_margin, p.get_y()
    while x < p.w - p.r_margin:
        p.line_seg(x, yd, min(x + 2, p.w - p.r_margin), yd)
        x += 3.5
    p.set_line_width(0.2)
    p.ln(3)
    p.f(8.6, "B")
    p.cell(0, 5, "Return this part with your payment", new_x="LMARGIN", new_y="NEXT")
    p.f(8.6)
    p.cell(0, 5, f"{last_first(member)}     Account {acct}     Amount due $200.00     Amount enclosed $________",
           new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 5, "Make checks payable to Wrackton Hand & Upper Limb Therapy", new_x="LMARGIN", new_y="NEXT")
    t = truth("other", None, insurer=None, plan_id=S1, group=G_S, member_id=m, member_name=member, cases=[],
              claim_amount="165.00", service_dates=[iso(refused)], denial_date=iso(sd), provider=HAND,
              appeal_deadline=None, unscored=["insurer"],
              alternates={"claim_amount": ["200.00"], "provider": [f"{ot}, OTR/L, CHT", ot],
                          "service_dates": [[]]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photocopy_ctr(rng):
    member = people(rng, 1, "si", sexes="F", used=USED)[0]
    surg, md, sig = people(rng, 3, "sc", sexes="MFM", used=USED)
    hosp = "Carrowmoor General Hospital"
    asc = "Elverby Surgery Center"
    m = mid(rng)
    rcv = dt.date(2026, 4, 13)
    ld = dt.date(2026, 4, 16)
    planned = dt.date(2026, 5, 7)
    pc = f"PC26-{digits(rng, 5)}"
    last_day = plus(ld, 181)
    p = ESSheet(footer="Page {n} of {nb}",
                ids_foot=f"{pc}  \u00b7  member {m}  \u00b7  {GV}, {GV_ADDR[0]}, {GV_ADDR[1]}")
    p.set_margins(18, 16, 18)
    p.add_page()
    gv_head(p, rng, box="PRECERTIFICATION DECISION")
    addr_block(p, [member, f"{rng.randint(10, 99)} Harbor Steps", "Carrowmoor, OR 97215"], 9.4)
    W = p.w - p.l_margin - p.r_margin
    p.hung([(long(ld), "date of this letter", W * 0.24), (pc, "precertification no.", W * 0.22),
            (grouped(m), "member no.", W * 0.2), (F2, "plan", W * 0.14), (G_F, "group", W * 0.2)], size=9.0)
    p.hung([(dr(surg, "MD"), "requesting surgeon", W * 0.36), (slash(planned), "planned surgery date", W * 0.24),
            (slash(rcv), "request received", W * 0.2), ("64721-RT", "procedure", W * 0.2)], size=9.0)
    p.ruled_rows(["What was asked for", "Where", "Decision"],
                 [["Carpal tunnel release, right (64721)", asc + ", same day", "APPROVED"],
                  ["Carpal tunnel release, right (64721)", hosp + ", outpatient surgery", "NOT APPROVED"],
                  ["Overnight observation stay (G0378)", hosp, "NOT APPROVED"]],
                 [W * k / 100 for k in (40, 42, 18)], ["L", "L", "L"], size=8.4)
    p.para_cols([
        f"Dear {first_last(member)}: {dr(surg, 'MD')} asked us to approve a right carpal tunnel release on "
        f"{long(planned)} at {hosp}, with an overnight observation stay afterward. The surgery itself is approved. "
        "The hospital setting and the overnight stay are not.",
        "The Plan approves carpal tunnel release at an ambulatory surgery center, going home the same day, unless "
        "there is a medical reason the surgery must be done in a hospital (for example, serious heart or lung "
        "disease, or a need for general anesthesia with a higher risk). The request gave no such reason; the notes "
        "describe a healthy 41-year-old with a local block planned.",
        f"The surgery is approved at {asc}, where {dr(surg, 'MD')} also operates. The approval is good for 90 days "
        f"from the planned date. Our physician reviewer, {dr(md, 'MD')}, orthopaedic surgery, made this decision.",
        f"If you or your surgeon disagree, you may appeal. Your appeal must reach us by {long(last_day)}. Send it to "
        f"the Appeals Unit, {GV_ADDR[0]}, {GV_ADDR[1]}. Your surgeon may also call us to talk with the reviewer.",
    ], size=8.6)
    p.ln(2)
    sign(p, [sig, "Care Review", GV, f"for the {TRUST}"])
    t = truth("denial_letter", "level_of_care", insurer=GV, plan_id=F2, group=G_F, member_id=m, member_name=member,
              cases=[pc], claim_amount=None, service_dates=[iso(planned)], denial_date=iso(ld),
              provider=dr(surg, "MD"), appeal_deadline=iso(last_day),
              alternates={"insurer": GV_ALT, "provider": [surg, hosp], "service_dates": [[]]},
              denial_alternates=["medical_necessity"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photo_intensive(rng):
    member = people(rng, 1, "si", sexes="M", used=USED)[0]
    psy, md, sig = people(rng, 3, "sc", sexes="FMF", used=USED)
    prog = "Wrackton Intensive Trauma Recovery Program"
    m = mid(rng)
    ld = dt.date(2026, 4, 9)
    start, end = dt.date(2026, 4, 20), dt.date(2026, 4, 24)
    pc = f"PC26-{digits(rng, 5)}"
    p = ESSheet(footer="Page {n} of {nb}", ids_foot=TRUST_FOOT)
    p.set_margins(19, 16, 19)
    p.add_page()
    trust_head(p, rng, box="DECISION ON YOUR REQUEST")
    p.f(9.6)
    p.cell(0, 5, f"Wrackton, {of_date(ld)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    y0 = p.get_y()
    addr_block(p, [member, f"{rng.randint(100, 990)} Ferry Lane", "Elverby, OR 97361"], 9.4)
    p.bare_ids([(slash(ld), "date"), (pc, "request no."), (m, "member no."), (f"{S1} / {G_S}", "plan / group")],
               p.w - p.r_margin - 74, y0, 74, size=8.8)
    p.set_y(max(p.get_y(), y0 + 22))
    p.para(f"Dear {first_last(member)}:", 9.6)
    p.para(f"{dr(psy, 'PsyD')}, your counsellor in the {NET}, asked the Trust to approve five days in the {prog}, "
           f"from {long(start)} through {long(end)}, six hours a day, for vicarious trauma after years of interpreting "
           "emergency and court calls. The program quoted $3,400.00.", 9.2)
    p.f(9.6, "B")
    p.cell(0, 5, "Our decision: not approved at this time.", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.bar("Why", 9.2)
    p.para("The Plan pays for an intensive program when it is medically necessary: when weekly counselling has been "
           "tried for at least 8 weeks and has not helped enough, or when symptoms keep a person from working or from "
           "daily life. The notes sent with the request show two counselling sessions, in March, and that you are "
           "still working your full relay shifts. Weekly counselling is the care that fits now.", 9.0)
    p.para(f"Our reviewer, {dr(md, 'MD')}, a psychiatrist, read the notes and talked with your counsellor. You have "
           "14 of your 16 counselling sessions for 2026 left.", 9.0)
    p.bar("Your rights", 9.2)
    p.bullets([
        "You may appeal within 180 days of the date of this letter. Write to the Trust's appeals committee at "
        f"{TRUST_ADDR[0]}, {TRUST_ADDR[1]}, or send a videophone message.",
        "Your counsellor may ask again at any time if things get worse; we answer urgent requests within 72 hours.",
        "If you are in crisis, call or text 988, or use the relay service to reach it.",
    ], size=9.0)
    p.ln(2)
    sign(p, [sig, "Behavioral Health Review", TRUST])
    t = truth("denial_letter", "medical_necessity", insurer=TRUST, plan_id=S1, group=G_S, member_id=m,
              member_name=member, cases=[pc], claim_amount=None, service_dates=[f"{iso(start)}/{iso(end)}"],
              denial_date=iso(ld), provider=dr(psy, "PsyD"), appeal_deadline=iso(plus(ld, 180)),
              alternates={"insurer": TRUST_ALT, "provider": [psy, prog], "claim_amount": ["3400.00"],
                          "service_dates": [[iso(start)], []]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    USED.clear()
    f = FAMILY
    items = [Item(f"{f}_bd_eob_counselling_outside_network_code_only", "born_digital", [bd_eob(rng)])]
    cover, stack_docs = faxstd_stack(rng)
    items += [
        Item(f"{f}_faxstd_stack_mri_precert_letter_then_same_administrator_eob", "fax_standard_g4", stack_docs,
             separators=[cover, None], turns={(0, 1): 180}),
        Item(f"{f}_faxstd_freelance_hours_short_shoulder_therapy", "fax_standard_g4", [faxstd_hours(rng)]),
        Item(f"{f}_scan150_es_prp_elbow_investigational", "scan_lowres_150", [scan150_es(rng)]),
        Item(f"{f}_faxfine_hand_therapy_statement_refused_visit_in_message", "fax_fine_g4",
             [faxfine_statement(rng)]),
        Item(f"{f}_photocopy_carpal_tunnel_hospital_overnight_setting", "photocopy", [photocopy_ctr(rng)]),
        Item(f"{f}_photo_intensive_trauma_program_weekly_counselling_first", "phone_photo", [photo_intensive(rng)]),
    ]
    return items
