"""Papers mirrored (structure and plain wording style only) from a state tuberculosis control program that pays TB
testing and treatment for residents without insurance: the county health department's TB nurse case manager refers
the client and issues a TB services referral; the state program pays community providers at the state Medicaid rate
through a fiscal agent, only for TB-related care, only after any other coverage (Medicaid, Medicare, private
insurance) has paid or refused in writing, and never for TB medicines bought at a retail pharmacy because the state
supplies them free through the county clinics; inpatient airborne isolation is paid while the client cannot be
isolated at home; repeat imaging needs the program's TB medical consultant's approval; claims must arrive within 180
days of the service; providers may not bill the client. The state of Kessenland, its Department of Public Health &
Environment, the Health & Human Services Cabinet, Dunvarrow and Bramhope counties, the fiscal agent Quennick Claims
Services, LLC, every hospital, clinic, pharmacy, person, number, address and amount, and the program's time limits
are invented; CPT/ICD-10/CARC codes are real; phones 555.

Documents (8 in 7 files):
- bd_remittance_flu_shot_and_diabetes_visit_not_tb: a born-digital three-page remittance advice to a hospital's
  Pulmonary & TB Clinic: five clients' claims, each led by its ICN, the client as LAST, FIRST M, the client number,
  the plan and the county referral; one client's diabetes visit, HbA1c and flu shot pay 0.00 under CO-96 with TK2 or
  TK3, explained only in a key that starts on page 2 and goes on to page 3, with look-alike and unused codes.
- faxstd_er_visit_medicaid_pays_first: a standard-fax two-page notice to a client that her emergency visit is
  refused because Kessenland Medicaid covered her that day (the Medicaid ID and its start date as decoys), running-in
  captions with dashes and gaps, treating / billing / referring providers side by side.
- faxstd_stack_referral_ok_then_pharmacy_rifampin: a standard-fax stack: typed cover sheet, the
  county's TB services referral approving latent TB treatment (denies nothing) and the program's two-page refusal to
  repay rifampin the client bought at a retail pharmacy (page 2 fed sideways).
- lowres_es_referral_ended_after_treatment: a 150 dpi Spanish notice that a visit three weeks after treatment ended
  is not paid because the county referral ended with treatment; captions in small capitals over shaded boxes.
- photocopy_chest_xray_reading_filed_late: a photocopied provider notice to an imaging group that its reading claim
  arrived after the 180-day limit (received date, clearinghouse batch and an earlier rejection as decoys).
- phone_isolation_days_home_dot: a photographed one-page review notice to a hospital that five days of airborne
  isolation are not approved because the client could have gone home on directly observed therapy.
- rotated_chest_ct_not_necessary: a rotated pre-service notice refusing a chest CT for latent TB infection with a
  normal chest X-ray as not medically necessary.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounder_famre import (ERSheet, d_mon_y, digits, dmy_long, es_date, es_short, first_last, iso, last_first,
                               long, m2, mdy_dash, mon_caps, n2, npi, out, people, phone, phone_bare, plus, slash,
                               surname, tin, tollfree, truth, usd, usd_es, yy)

FAMILY = ("kessenland_tuberculosis_control_program_not_tb_related_other_coverage_first_reta"
          "il_pharmacy_rifampin_referral_ended_late_claim_isolation_days_and_chest_ct_refusals")
LANG = "en"
SEED = 355074
DEPT = "Kessenland Department of Public Health & Environment"
PROG = "Kessenland Tuberculosis Control Program"
CABINET = "Kessenland Health & Human Services Cabinet"
FA = "Quennick Claims Services, LLC"
ADDR = "418 Larkhill Avenue, Vesterby, KL 60231"
DEPT_ALT = [PROG, "Tuberculosis Control Program", "Kessenland Public Health & Environment"]
COUNTY = "Dunvarrow County Health Department"
HOSP = "Velsby Community Hospital"
STO = "Saint Oriel Regional Medical Center"
USED: set = set()


def cno(rng) -> str:
    return f"KTB{digits(rng, 7)}"


def icn(rng, d: dt.date) -> str:
    return f"{d:%y}{d.timetuple().tm_yday:03d}{digits(rng, 8)}"


def referral(rng, county: str = "DV") -> str:
    return f"{county}-TB-26-{digits(rng, 4)}"


def head(p: ERSheet, rng, box: str | None = None, es: bool = False):
    if es:
        right = [ADDR, f"Línea para clientes {tollfree(rng, '877')}", "TTY 711", "tbcontrol.kessenland.example"]
        tag = "Programa de Control de la Tuberculosis: pruebas y tratamiento para residentes sin seguro"
        parent = f"agencia miembro del {CABINET}"
        admin = f"Las reclamaciones del programa las procesa {FA}, agente fiscal"
    else:
        right = [ADDR, f"Client line {tollfree(rng, '877')}", f"Fax {phone(rng, '612')}",
                 "tbcontrol.kessenland.example"]
        tag = "Tuberculosis Control Program: testing and treatment for residents without insurance"
        parent = f"a member agency of the {CABINET}"
        admin = f"Program claims are administered by {FA}, fiscal agent"
    p.crest_head("Kessenland", tag, right, sub="Public Health & Environment", parent=parent, admin=admin, box=box,
                 size=21, spacing=1.2)


def foot(form: str, es: bool = False) -> str:
    if es:
        return f"{DEPT}  \u00b7  Programa de Control de la Tuberculosis  \u00b7  {form}"
    return f"{DEPT}  \u00b7  Tuberculosis Control Program  \u00b7  {form}"


def client_addr(rng, name: str, town: str = "Vesterby, KL 60233") -> list[str]:
    streets = ["Quarry Hill Rd", "Ferncastle Ave", "Linden Court", "Old Mill Way", "Cobbler's Lane", "Tannery St",
               "Marsh Hollow Dr", "Wexley Park"]
    return [name, f"{rng.randint(12, 4890)} {rng.choice(streets)}, Apt {rng.randint(1, 24)}", town]


# ---------------------------------------------------------------------------------------------------------------
def bd_remittance(rng):
    """Five clients' claims; one client's diabetes visit, HbA1c and flu shot pay nothing (CO-96, TK2 / TK3)."""
    rd = dt.date(2026, 5, 15)
    np_, md_, pa_ = people(rng, 3, "cl", sexes="FMF", used=USED)
    rend = [f"{np_}, NP", f"{md_}, MD", f"{pa_}, PA-C"]
    pts = people(rng, 8, "tb", sexes="MFFMFMFM", used=USED)
    payee = f"TBP-{digits(rng, 6)}"
    eft = f"1{digits(rng, 9)}"
    spec = [
        ("TB-U", dt.date(2026, 4, 14), 1, "R76.11", [("99204", 312.00, 168.40, 0, 168.40, "CO-45"),
                                                      ("71046", 186.00, 42.10, 0, 42.10, "CO-45"),
                                                      ("86480", 142.00, 76.50, 0, 76.50, "CO-45")], ""),
        ("TB-U", dt.date(2026, 4, 16), 0, "Z22.7", [("99213", 164.00, 71.20, 0, 71.20, "CO-45"),
                                                     ("80076", 68.00, 11.05, 0, 11.05, "CO-45")], ""),
        ("TB-U", dt.date(2026, 4, 22), 0, "E11.65", [("99214", 238.00, 0, 0, 0, "CO-96 TK2"),
                                                      ("83036", 54.00, 0, 0, 0, "CO-96 TK2"),
                                                      ("90686", 41.00, 0, 0, 0, "CO-96 TK3"),
                                                      ("90471", 28.00, 0, 0, 0, "CO-96 TK3")], ""),
        ("TB-S", dt.date(2026, 4, 27), 2, "A15.0", [("99215", 342.00, 122.40, 96.00, 26.40, "OA-23"),
                                                     ("71046", 186.00, 42.10, 33.68, 8.42, "OA-23")],
         f"Other payer on file: Marlowe Mutual Insurance Co., its claim MM26-{digits(rng, 7)}, paid 129.68"),
        ("TB-U", dt.date(2026, 5, 1), 1, "A15.0", [("99213", 164.00, 71.20, 0, 71.20, "CO-45"),
                                                    ("87116", 96.00, 18.40, 0, 18.40, "CO-45"),
                                                    ("87206", 58.00, 9.62, 0, 9.62, "CO-45")], ""),
        ("TB-U", dt.date(2026, 5, 4), 0, "Z20.1", [("99203", 226.00, 104.30, 0, 104.30, "CO-45"),
                                                    ("86480", 142.00, 76.50, 0, 76.50, "CO-45")], ""),
        ("TB-U", dt.date(2026, 5, 6), 2, "R76.11", [("99213", 164.00, 71.20, 0, 71.20, "CO-45"),
                                                     ("71046", 186.00, 42.10, 0, 42.10, "CO-45"),
                                                     ("80076", 68.00, 11.05, 0, 11.05, "CO-45")], ""),
        ("TB-S", dt.date(2026, 5, 7), 1, "A15.0", [("99214", 238.00, 98.60, 98.60, 0.00, "OA-23"),
                                                    ("87116", 96.00, 18.40, 12.00, 6.40, "OA-23")],
         f"Other payer on file: Kessenland Medicaid (limited TB benefit), its TCN {digits(rng, 11)}"),
    ]
    claims, tot_paid, refused = [], 0.0, None
    for i, ((plan, d, ri, dx, rows, note), pt) in enumerate(zip(spec, pts)):
        c = cno(rng)
        n = icn(rng, plus(rd, -3))
        ref = referral(rng, "DV" if i % 2 == 0 else "BH")
        acct = f"VCH{digits(rng, 7)}"
        lines = [[yy(d), code, "1", n2(b), n2(a), n2(o) if o else "", n2(pd), cd] for code, b, a, o, pd, cd in rows]
        tb = sum(r[1] for r in rows)
        tp = sum(r[4] for r in rows)
        tot_paid += tp
        claims.append({"lead": f"ICN {n}    {last_first(pt)}    Client {c}    Plan {plan}    Referral {ref}",
                       "sub": f"Rendering {rend[ri]}   |   Billing {HOSP}, Pulmonary & TB Clinic   |   Dx {dx}   |   "
                              f"Pt acct {acct}",
                       "lines": lines, "note": note,
                       "total": ["", "Claim", "", n2(tb), n2(sum(r[2] for r in rows)),
                                 n2(sum(r[3] for r in rows)) if any(r[3] for r in rows) else "", n2(tp), ""]})
        if i == 2:
            refused = dict(pt=pt, c=c, n=n, ref=ref, plan=plan, d=d, total=tb, rend=rend[ri], who=[np_, md_, pa_][ri])
    p = ERSheet(footer="Page {n} of {nb}", ids_foot=foot("TBC-RA-1 (rev. 01/2026)"),
                run_hdr=f"Remittance advice  \u00b7  payee {payee}  \u00b7  {d_mon_y(rd)}  \u00b7  page {{n}} of {{nb}}")
    p.set_margins(15, 14, 15)
    p.add_page()
    head(p, rng, box="REMITTANCE ADVICE")
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    p.addr_block([HOSP, "Patient Financial Services", "Attn: TB program billing", "2200 Orchard Mill Road",
                  "Vesterby, KL 60233"], 9.4)
    yb = p.kv_box([("Remittance date", slash(rd)), ("Payee ID", payee), ("Group NPI", npi(rng)),
                   ("EFT trace", eft), ("Paid on this advice", usd(tot_paid)), ("Claims", str(len(claims)))],
                  p.l_margin + W * 0.52, y0, W * 0.48, cap_w=36, size=8.4)
    p.set_y(max(p.get_y(), yb) + 5)
    p.para("These claims for clients of the Tuberculosis Control Program were processed on the date above. The "
           "program pays at the Kessenland Medicaid rate and pays after any other payer. Each claim opens with our "
           "internal control number (ICN). The codes in the last column are explained in the key that follows the "
           "claims.", 8.4)
    p.remit_claims(["Service date", "Code", "Units", "Billed", "Allowed", "Other payer", "Paid", "Codes"],
                   [20, 15, 11, 22, 22, 22, 22, W - 134], ["L", "L", "C", "R", "R", "R", "R", "L"], claims,
                   size=7.2, row_h=4.1, foot_room=26)
    p.f(8.6, "B")
    p.cell(0, 5, f"Total paid on this advice  {n2(tot_paid)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    if p.get_y() > p.h - 45:
        p.add_page()
    p.star_box(["MESSAGE: Clients of this program may not be billed for any amount on this advice.",
                "Example: a line billed at $100.00 with a state rate of 42.10 is paid 42.10; the other 57.90 is",
                "written off (CO-45). TB medicines for clients come free from the county clinic (Rx program TBM-7)."],
               size=6.9, width=104)
    p.heading("Claims received and still in process (no action needed)", 9.2)
    W2 = p.w - p.l_margin - p.r_margin
    pend = people(rng, 3, "tb", used=USED)
    p.open_table(["ICN", "Client", "Client No.", "Received", "Billed", "Status"],
                 [W2 * 0.2, W2 * 0.24, W2 * 0.15, W2 * 0.12, W2 * 0.1, W2 * 0.19],
                 ["L", "L", "L", "L", "R", "L"],
                 [[icn(rng, plus(rd, -k)), last_first(x), cno(rng), slash(plus(rd, -k)), n2(b), s_]
                  for x, k, b, s_ in zip(pend, (9, 6, 2), (412.00, 164.00, 2870.50),
                                         ("referral check", "in review", "other payer check"))], size=7.2)
    p.legend_split("Key to adjustment and remark codes", [
        ("CO-45", "Charge exceeds the state rate for this service. Contractual write-off; not billable to the "
                  "client."),
        ("96", "Non-covered charge. Read the remark code on the same line for the reason."),
        ("97", "The benefit for this service is included in the payment for another service on this claim."),
        ("OA-23", "The other payer's payment has been taken off; the program paid what was left, up to the state "
                  "rate."),
        ("CO-197", "No prior approval from the program's TB medical consultant (repeat imaging, CT, MRI)."),
        ("TK2", "The service was for a condition other than tuberculosis. The program pays for TB testing, "
                "treatment and monitoring only."),
        ("TK12", "The service is not listed on the client's county referral."),
        ("TK3", "The service is not one the program covers, even for a client under TB care (vaccines, dental "
                "and eye care, other screening)."),
        ("TX2", "The client's county referral had ended on the date of service."),
        ("29", "The claim reached the fiscal agent more than 180 days after the date of service."),
        ("TK21", "Medicine billed by a retail pharmacy; TB medicines are supplied through the county clinic."),
        ("N4", "Other payer's explanation of benefits missing; send it with a corrected claim."),
        ("16", "The claim is missing information needed to pay it; see the remark code."),
        ("TK9", "The county referral number is missing or does not match the client."),
        ("18", "Duplicate of a claim already decided."),
        ("TK29", "The client was an inpatient on this date; bill the service on the hospital claim."),
    ], break_at=12, size=7.6, code_w=16,
        note="Group codes: CO the provider's write-off, OA another adjustment. A code printed without a group code "
             "carries the group code of the line it sits on.",
        cont_foot="Key continues on the next page")
    if p.get_y() > p.h - 70:
        p.add_page()
    p.heading("If you disagree with a line", 9.6)
    p.cols([[("Reconsideration",
              "Send a written reconsideration request within 60 days of the date of this advice to Quennick Claims "
              "Services, TB Program Reconsiderations, PO Box 7731, Vesterby, KL 60238. Give the ICN and the line, "
              "and attach records showing the service was for tuberculosis.")],
            [("Corrected claims",
              "A corrected claim must carry frequency code 7 and the original ICN. Claims for a client with other "
              "coverage need the other payer's explanation of benefits. The 180-day limit applies to corrected "
              "claims as well.")]], size=7.8, gap=6)
    p.para(f"Provider services {tollfree(rng, '866')}, weekdays 8:00 to 4:30.  {FA} processes claims for the "
           f"{PROG} under contract with the {DEPT}.", 7.6)
    r = refused
    t = truth("eob", "not_covered", insurer=DEPT, plan_id=r["plan"], member_id=r["c"], member_name=r["pt"],
              cases=[r["n"]], claim_amount=m2(r["total"]), service_dates=[iso(r["d"])], denial_date=iso(rd),
              provider=r["who"], appeal_deadline=iso(plus(rd, 60)),
              alternates={"insurer": DEPT_ALT, "case_numbers": [[r["n"], r["ref"]]],
                          "provider": [HOSP, f"{HOSP}, Pulmonary & TB Clinic"]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_medicaid_first(rng):
    """An emergency visit refused because Kessenland Medicaid covered the client that day."""
    pt = people(rng, 1, "tb", sexes="F", used=USED)[0]
    erdoc, nurse, rev = people(rng, 3, "cl", sexes="MFF", used=USED)
    c = cno(rng)
    dos = dt.date(2026, 4, 3)
    ld = dt.date(2026, 4, 27)
    fx = dt.date(2026, 4, 28)
    n = icn(rng, plus(ld, -6))
    ref = referral(rng, "BH")
    mcd = f"KM{digits(rng, 9)}"
    amt = 1846.75
    xm = (f"{mon_caps(fx)} 10:{rng.randint(10, 59)}  FROM KDPHE TB CONTROL  {phone_bare(rng, '612')}"
          f"  TO {phone_bare(rng, '612')}  P.{{n}}/{{t}}")
    p = ERSheet(footer="Page {n} of {nb}", ids_foot=foot("TBC-N-OC (rev. 01/2026)"), xmit=xm, xmit_total=2)
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p, rng)
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    p.addr_block(client_addr(rng, pt, "Tamsett, KL 60417"), 9.8)
    p.set_xy(p.l_margin + W * 0.5, y0)
    p.run_ids([[("Client No", "gap", c)], [("Referral", "-", ref)], [("Claim", "", n)],
               [("Plan", "gap", "TB-U"), ("Notice date", "", dmy_long(ld))]], size=9.0, cap=7.8, pair_gap=6,
              x=p.l_margin + W * 0.5)
    p.set_y(max(p.get_y(), y0 + 26) + 3)
    p.subject_line("Your other coverage must pay this bill first")
    p.para(f"Dear {first_last(pt)}:", 9.6)
    p.para(f"{STO} sent the Tuberculosis Control Program a bill for your visit to its emergency department on "
           f"{long(dos)}. The visit included a chest X-ray and three sputum tests for TB. The hospital billed "
           f"{usd(amt)}. The program cannot pay this bill.", 9.4)
    p.prov_side([("Treating physician", [f"Dr. {erdoc}, DO", "Emergency Department", STO]),
                 ("Billed by", [STO, "Patient Accounts", f"NPI {npi(rng)}"]),
                 ("Referred by", [f"{nurse}, RN", "TB Nurse Case Manager", "Bramhope County Health Department"])])
    p.heading("Why we cannot pay", 10.2)
    p.para("The program pays only when a client has no other coverage for the service, or when the other coverage "
           "has refused it in writing. When we checked the state eligibility system, you had Kessenland Medicaid on "
           "the day of your visit. Medicaid must be billed first.", 9.4)
    p.other_cov("Other coverage we found", [("Kessenland Medicaid ID", mcd),
                                            ("Coverage starts", slash(dt.date(2026, 3, 1))),
                                            ("Found on", slash(plus(ld, -2)))],
                cap_w=50, size=8.6,
                note="Your Medicaid was approved back to March 1, 2026. The hospital can bill Medicaid for this "
                     "visit.")
    p.para(f"We have told {STO} to send the bill to Medicaid. You do not have to pay the hospital for this visit "
           "while Medicaid decides. If Medicaid refuses the bill, the hospital may send it to us again with "
           "Medicaid's notice.", 9.4)
    p.add_page()
    p.heading("Your right to a review", 10.5)
    p.cols([[("Ask for a review",
              "If you think this decision is wrong, ask for a program review within 30 days of the date of this "
              f"notice. Call {tollfree(rng, '877')} or write to the Tuberculosis Control Program, Reviews, "
              f"{ADDR}. Tell us why you disagree and send any papers that help."),
             ("What happens next", "A program reviewer who did not make this decision will look at your case and "
                                   "answer you in writing within 30 days.")],
            [("State hearing",
              "If you still disagree after the review, you may ask for a hearing with the Cabinet's Office of "
              "Administrative Hearings within 90 days of the review decision."),
             ("Your TB care goes on", "This notice does not stop your TB care. Your county nurse will keep "
                                      "seeing you and your medicines are still free.")]],
           size=8.8, gap=6)
    p.ln(2)
    p.para(f"Sincerely,\n\n{rev}\nClaims Review Unit, Tuberculosis Control Program", 9.2)
    p.para(f"cc: {nurse}, RN, Bramhope County Health Department;  {STO}, Patient Accounts", 8.2)
    t = truth("denial_letter", "other", insurer=DEPT, plan_id="TB-U", member_id=c, member_name=pt, cases=[n],
              claim_amount=m2(amt), service_dates=[iso(dos)], denial_date=iso(ld), provider=erdoc,
              appeal_deadline=iso(plus(ld, 30)),
              alternates={"insurer": DEPT_ALT, "case_numbers": [[n, ref]], "provider": [STO]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_stack(rng):
    """The county's TB services referral (approved), then the refusal to repay rifampin bought at a pharmacy."""
    pt = people(rng, 1, "tb", sexes="M", used=USED)[0]
    nurse, phys, md_off, pa, rev = people(rng, 5, "cl", sexes="FMFMF", used=USED)
    c = cno(rng)
    auth = referral(rng, "DV")
    ad = dt.date(2026, 4, 8)
    first_visit = dt.date(2026, 4, 9)
    good = dt.date(2026, 8, 31)
    cxr = dt.date(2026, 3, 30)
    buy = dt.date(2026, 4, 2)
    got = dt.date(2026, 4, 21)
    ld = dt.date(2026, 5, 6)
    rr = f"RR-26-{digits(rng, 5)}"
    amt = 187.40
    pharm = "Fairlie Corner Pharmacy"
    uc = "Tamsett QuickCare"
    fx = dt.date(2026, 5, 11)
    fx_line = (f"{slash(fx)} 09:{rng.randint(10, 59)}  {phone_bare(rng, '612')}  "
               f"{last_first(pt).split(',')[0]} HOME FAX  P.{{n}}/{{t}}")

    pa_ = ERSheet(footer=None, ids_foot=f"{COUNTY}  \u00b7  TB Clinic  \u00b7  Form DCHD-TB-12 (rev. 2025)",
                  xmit=fx_line, xmit_off=1, xmit_total=4)
    pa_.set_margins(18, 14, 18)
    pa_.add_page()
    pa_.crest_head("Dunvarrow County", "Public Health Nursing  \u00b7  TB Clinic  \u00b7  Immunizations",
                   [f"{COUNTY}", "61 Courthouse Square, Vesterby, KL 60231", f"TB Clinic {phone(rng, '612')}",
                    f"Fax {phone(rng, '612')}"],
                   sub="Health Department", parent="a member of the Kessenland Local Public Health Network",
                   admin=f"Payments under this referral are made by the {DEPT}", box="TB SERVICES REFERRAL",
                   size=19, spacing=0.8)
    W = pa_.w - pa_.l_margin - pa_.r_margin
    pa_.set_y(pa_.addr_block(client_addr(rng, pt), 9.6) + 4)
    pa_.cap_row([("Referral / authorization no.", auth, 0.3), ("Client No.", c, 0.24), ("Benefit plan", "TB-U", 0.18),
                 ("Approved", long(ad), 0.28)], shade=True)
    pa_.ln(4)
    pa_.para(f"Dear {first_last(pt)}:", 9.4)
    pa_.para("Your blood test for TB was positive and your chest X-ray showed no active disease. This is called "
             "latent TB infection. It cannot spread to other people, but it can turn into TB disease later. We have "
             "approved treatment through the Tuberculosis Control Program. You will not get a bill for the "
             "services below.", 9.2)
    pa_.wrap_table(["Approved service", "Where", "When"],
                   [["Medical evaluation and monthly visits (4 months)", f"{HOSP}, Pulmonary & TB Clinic",
                     f"first visit {slash(first_visit)}"],
                    ["Rifampin daily for 4 months, from the county clinic (no cost)", "Dunvarrow County TB Clinic",
                     "picked up monthly"],
                    ["Video check-ins with your nurse (directly observed therapy)", "by phone app", "weekly"],
                    ["Liver blood tests if your doctor orders them", f"{HOSP} laboratory", "as ordered"]],
                   [W * 0.46, W * 0.34, W * 0.2], size=8.4)
    pa_.prov_side([("Referred to", [f"Dr. {phys}, MD", f"{HOSP}, Pulmonary & TB Clinic"]),
                   ("Nurse case manager", [f"{nurse}, RN, PHN", f"{COUNTY}  \u00b7  {phone(rng, '612')}"])])
    pa_.para(f"This referral is good through {long(good)} or until your treatment ends, whichever comes first. "
             f"Your chest X-ray of {slash(cxr)} was paid under this program. Please bring this letter and your "
             "photo ID to your first visit. This is not a bill.", 8.8)
    pa_.para(f"{nurse}, RN, PHN  \u00b7  TB Nurse Case Manager\nReviewed by Dr. {md_off}, MD, County Medical Officer",
             8.8)
    ta = truth("other", None, insurer=COUNTY, plan_id="TB-U", member_id=c, member_name=pt, cases=[auth],
               claim_amount=None, service_dates=[iso(first_visit)], denial_date=iso(ad), provider=phys,
               appeal_deadline=None,
               alternates={"insurer": [DEPT, PROG, "Dunvarrow County"], "case_numbers": [[]],
                           "service_dates": [[], [f"{iso(first_visit)}/{iso(good)}"]],
                           "provider": [HOSP, nurse]})

    pb = ERSheet(footer="Page {n} of {nb}", ids_foot=foot("TBC-N-RX (rev. 01/2026)"), xmit=fx_line, xmit_off=2,
                 xmit_total=4)
    pb.set_margins(18, 14, 18)
    pb.add_page()
    head(pb, rng)
    W = pb.w - pb.l_margin - pb.r_margin
    y0 = pb.get_y()
    pb.addr_block(client_addr(rng, pt), 9.6)
    pb.run_ids([[("Request", "-", rr)], [("Client No", "", c), ("Plan", "", "TB-U")],
                [("Date", "gap", long(ld))]], size=9.0, cap=7.8, pair_gap=6, x=pb.l_margin + W * 0.52)
    pb.set_y(max(pb.get_y(), y0 + 22) + 3)
    pb.subject_line("Your request to be paid back for TB medicine")
    pb.para(f"Dear {first_last(pt)}:", 9.4)
    pb.para(f"We received your request on {slash(got)} to pay you back {usd(amt)} for rifampin 300 mg capsules "
            f"(120 capsules) that you bought at {pharm} on {long(buy)}. The medicine was prescribed by {pa}, PA-C, "
            f"at {uc}. We cannot pay you back.", 9.2)
    pb.other_cov("What you sent us", [("Pharmacy", f"{pharm}, 77 Brewer's Row, Tamsett"),
                                      ("Rx number", f"{digits(rng, 7)}"),
                                      ("Pharmacy license", f"PH-{digits(rng, 7)}"),
                                      ("Receipt total", f"{n2(amt)} paid in cash")], cap_w=42, size=8.6)
    pb.heading("Why", 10)
    pb.para("The program gives TB medicines free to every client through the county TB clinics. The state buys "
            "them and the county nurse hands them out. The program does not pay for TB medicines bought at a "
            "store or retail pharmacy, and it does not pay clients back for them. You bought this medicine before "
            "your county referral was approved on April 8, 2026.", 9.2)
    pb.para("Your rifampin now comes from the Dunvarrow County TB Clinic at no cost. If you have capsules left from "
            "the pharmacy, show them to your nurse before you take them.", 9.2)
    pb.add_page()
    pb.heading("If you disagree", 10.5)
    pb.para("You may ask for a review within 30 days of the date of this notice. Write to Tuberculosis Control "
            f"Program, Reviews, {ADDR}, or call {tollfree(rng, '877')}. A reviewer who did not make this "
            "decision will answer in writing.", 9.2)
    pb.para("After a review you may ask the Office of Administrative Hearings for a hearing within 90 days of the "
            "review decision.", 9.0)
    pb.rights(DEPT, tollfree(rng, '877'), size=7.2)
    pb.para(f"{rev}, Claims Review Unit", 8.8)
    tb = truth("denial_letter", "not_covered", insurer=DEPT, plan_id="TB-U", member_id=c, member_name=pt,
               cases=[rr], claim_amount=m2(amt), service_dates=[iso(buy)], denial_date=iso(ld), provider=pharm,
               appeal_deadline=iso(plus(ld, 30)),
               alternates={"insurer": DEPT_ALT, "provider": [pa, uc]})
    return [(out(pa_), ta), (out(pb), tb)]


# ---------------------------------------------------------------------------------------------------------------
def lowres_es_referral_ended(rng):
    """Spanish: a visit three weeks after treatment ended; the referral ended with treatment."""
    pt = people(rng, 1, "es", sexes="M", used=USED)[0]
    np_, nurse, rev = people(rng, 3, "cl", sexes="FFM", used=USED)
    c = cno(rng)
    ref = referral(rng, "BH")
    start = dt.date(2026, 1, 5)
    done = dt.date(2026, 3, 30)
    dos = dt.date(2026, 4, 20)
    ld = dt.date(2026, 5, 12)
    n = icn(rng, plus(ld, -4))
    clinic = "Tamsett Family Health Center"
    amt = 350.00
    p = ERSheet(footer="Página {n} de {nb}", ids_foot=foot("TBC-N-EL-SP (rev. 01/2026)", es=True))
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p, rng, es=True)
    W = p.w - p.l_margin - p.r_margin
    p.set_y(p.addr_block(client_addr(rng, pt, "Tamsett, KL 60417"), 9.8) + 5)
    p.sc_shaded([("Fecha del aviso", es_date(ld), 0.3), ("N.º de cliente", c, 0.24), ("Plan", "TB-U", 0.12),
                 ("N.º de reclamación", n, 0.34)])
    p.subject_line("Aviso: no podemos pagar esta visita")
    p.para(f"Estimado {first_last(pt)}:", 9.6)
    p.para(f"{clinic} nos envió una factura por su visita del {es_short(dos)} con {np_}, NP: una consulta y una "
           f"radiografía de tórax (cargos de {usd_es(amt)}). El programa no puede pagarla.", 9.4)
    p.heading("Por qué", 10)
    p.para(f"Usted terminó su tratamiento para la infección de tuberculosis latente (12 dosis semanales) el "
           f"{es_date(done)}. Su referido del condado "
           f"({ref}) terminó ese mismo día, cuando su enfermera registró que el tratamiento estaba completo. El "
           "programa solo paga servicios que se den mientras el referido está vigente. Para una visita después del "
           "tratamiento se necesita un referido nuevo del departamento de salud del condado.", 9.4)
    p.wrap_table(["Fecha", "Qué pasó"],
                 [[es_short(start), "Inicio del tratamiento (referido aprobado)"],
                  [es_short(done), "Tratamiento completo; el referido termina"],
                  [es_short(dos), "Visita en la clínica: no cubierta"]], [W * 0.25, W * 0.75], size=8.8)
    p.para("La clínica no puede cobrarle a usted mientras usted pide una revisión. Si usted tiene síntomas otra vez "
           f"(tos por más de tres semanas, fiebre, sudores de noche), llame a {nurse}, su enfermera del condado, al "
           f"{phone(rng, '612')}. Ella puede pedir un referido nuevo.", 9.2)
    p.heading("Si no está de acuerdo", 10)
    p.para("Puede pedir una revisión dentro de 30 días a partir de la fecha de este aviso. Escriba al Programa de "
           f"Control de la Tuberculosis, Revisiones, {ADDR}, o llame al {tollfree(rng, '877')}. Después de la "
           "revisión puede pedir una audiencia estatal.", 9.2)
    p.para(f"Atentamente,\n{rev}\nUnidad de Revisión de Reclamaciones", 9.2)
    t = truth("denial_letter", "eligibility", insurer=DEPT, plan_id="TB-U", member_id=c, member_name=pt, cases=[n],
              claim_amount=m2(amt), service_dates=[iso(dos)], denial_date=iso(ld), provider=np_,
              appeal_deadline=iso(plus(ld, 30)), lang="es",
              alternates={"insurer": DEPT_ALT, "case_numbers": [[n, ref]], "provider": [clinic]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photocopy_late(rng):
    """An imaging group's reading claim arrived after the 180-day limit."""
    pt = people(rng, 1, "tb", sexes="F", used=USED)[0]
    rad, rev = people(rng, 2, "cl", sexes="MF", used=USED)
    c = cno(rng)
    dos = dt.date(2026, 1, 6)
    rej = dt.date(2026, 2, 10)
    got = dt.date(2026, 7, 20)
    ld = dt.date(2026, 7, 28)
    n = icn(rng, got)
    ref = referral(rng, "DV")
    grp = "Keswin Imaging Associates, LLC"
    amt = 96.00
    batch = f"CH{digits(rng, 9)}"
    p = ERSheet(footer="Page {n} of {nb}", ids_foot=foot("TBC-P-TF (rev. 01/2026)"))
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p, rng, box="PROVIDER NOTICE")
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    p.addr_block([grp, "Attn: Billing Office", "900 Cantor Street, Suite 12", "Vesterby, KL 60232"], 9.6)
    yb = p.kv_box([("Notice date", mdy_dash(ld)), ("ICN", n), ("Client", pt), ("Client No.", c), ("Plan", "TB-U"),
                   ("Date of service", slash(dos))], p.l_margin + W * 0.5, y0, W * 0.5, cap_w=30, size=8.6)
    p.set_y(max(p.get_y(), yb) + 6)
    p.subject_line("Claim received after the filing limit")
    p.para("We received the claim below more than 180 days after the date of service. The Tuberculosis Control "
           "Program does not pay claims that reach the fiscal agent after that time.", 9.2)
    p.prov_side([("Rendering (reading radiologist)", [f"Dr. {rad}, MD", "Diagnostic Radiology",
                                                      f"performed at {HOSP}, Imaging Dept."]),
                 ("Billing", [grp, f"TIN {tin(rng)}", f"NPI {npi(rng)}"])])
    p.wrap_table(["Service date", "Code", "Description", "Billed", "Received", "Days"],
                 [[slash(dos), "71046-26", "Chest X-ray, 2 views, reading", n2(amt), slash(got),
                   str((got - dos).days)]], [24, 22, W - 24 - 22 - 22 - 24 - 14, 22, 24, 14], size=8.6,
                 aligns=["L", "L", "L", "R", "L", "R"])
    p.para(f"Our records show one earlier attempt: clearinghouse batch {batch} was rejected on {slash(rej)} before "
           "it reached us, because the client number was missing. A rejection by a clearinghouse does not count "
           f"as a claim received by the program. The referral on file ({ref}) covered this date.", 8.8)
    p.cols([[("Proof of timely filing",
              "If you have proof that the fiscal agent received the claim within 180 days (our own acceptance "
              "report or acknowledgement number), send it with a reconsideration request within 60 days of the "
              "date of this letter.")],
            [("Do not bill the client",
              "A provider who accepts a client of the program may not bill the client for a service the program "
              "refused for a late claim. Write the amount off.")]], size=8.6, gap=6)
    p.para(f"Quennick Claims Services, TB Program Reconsiderations, PO Box 7731, Vesterby, KL 60238  \u00b7  "
           f"{tollfree(rng, '866')}", 8.4)
    p.para(f"{rev}, Provider Claims Unit, for the {PROG}", 8.6)
    t = truth("denial_letter", "timely_filing", insurer=DEPT, plan_id="TB-U", member_id=c, member_name=pt,
              cases=[n], claim_amount=m2(amt), service_dates=[iso(dos)], denial_date=iso(ld), provider=rad,
              appeal_deadline=iso(plus(ld, 60)),
              alternates={"insurer": DEPT_ALT, "case_numbers": [[n, ref]], "provider": [grp]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def phone_isolation(rng):
    """Five isolation days not approved: the client could go home on directly observed therapy."""
    pt = people(rng, 1, "tb", sexes="M", used=USED)[0]
    att, cons, nurse = people(rng, 3, "cl", sexes="FMF", used=USED)
    c = cno(rng)
    adm = dt.date(2026, 5, 2)
    ok_to = dt.date(2026, 5, 10)
    d1, d2 = dt.date(2026, 5, 11), dt.date(2026, 5, 15)
    ld = dt.date(2026, 5, 18)
    rv = f"UR-26-{digits(rng, 4)}"
    ref = referral(rng, "BH")
    p = ERSheet(footer=None, ids_foot=foot("TBC-UR-3 (rev. 01/2026)"))
    p.set_margins(16, 12, 16)
    p.add_page()
    head(p, rng, box="INPATIENT REVIEW")
    W = p.w - p.l_margin - p.r_margin
    p.set_y(p.addr_block([STO, "Utilization Review / Case Management", "1 Oriel Plaza", "Tamsett, KL 60417"],
                         9.2) + 3)
    p.dark_band([("Review no.", rv, 0.17), ("Notice date", abbr_d(ld), 0.19), ("Client", pt, 0.27),
                 ("Client No.", c, 0.2), ("Plan", "TB-U", 0.17)], light=True, size=8.6)
    p.para(f"Admitted {slash(adm)} for airborne isolation and treatment of pulmonary tuberculosis (A15.0). "
           f"Attending: Dr. {att}, MD, Infectious Diseases.", 8.6)
    p.wrap_table(["Days", "Decision"],
                 [[f"{slash(adm)} to {slash(ok_to)}", "Approved: inpatient isolation needed"],
                  [f"{slash(d1)} to {slash(d2)}", "Not approved: care could be given at home"]],
                 [W * 0.34, W * 0.66], size=8.6)
    p.para(f"Why: by {long(ok_to)} the client had three negative sputum smears, was eating and walking, and the "
           "Bramhope County Health Department had checked his home and approved home isolation with a nurse giving "
           "each dose (directly observed therapy). The program pays for hospital isolation only while a client "
           "cannot be safely isolated at home. From May 11 his care could be given at home. The TB medical "
           f"consultant, Dr. {cons}, MD, made this decision.", 8.4)
    p.cols([[("Hospital", "Do not bill the client for the days not approved. You may ask for reconsideration within "
                          "30 days of this notice; send the nursing notes and any reason he could not go home.")],
            [("Client and county", f"County nurse {nurse}, RN, will start home visits. Referral {ref} stays open "
                                   "for outpatient care.")]], size=7.8, gap=5)
    p.para(f"Tuberculosis Control Program  \u00b7  Utilization Review  \u00b7  {ADDR}  \u00b7  {phone(rng, '612')}",
           7.6)
    t = truth("denial_letter", "level_of_care", insurer=DEPT, plan_id="TB-U", member_id=c, member_name=pt,
              cases=[rv], claim_amount=None, service_dates=[f"{iso(d1)}/{iso(d2)}"], denial_date=iso(ld),
              provider=att, appeal_deadline=iso(plus(ld, 30)),
              alternates={"insurer": DEPT_ALT, "provider": [STO],
                          "service_dates": [[f"{iso(adm)}/{iso(d2)}"]]})
    return out(p), t


def abbr_d(d: dt.date) -> str:
    """May 18, 2026 (as printed in the band)"""
    return long(d)


# ---------------------------------------------------------------------------------------------------------------
def rotated_chest_ct(rng):
    """A chest CT for latent TB infection with a normal chest X-ray: not medically necessary."""
    pt = people(rng, 1, "tb", sexes="F", used=USED)[0]
    pulm, cons = people(rng, 2, "cl", sexes="MF", used=USED)
    c = cno(rng)
    ref = referral(rng, "DV")
    cxr = dt.date(2026, 5, 5)
    got = dt.date(2026, 5, 19)
    plan_d = dt.date(2026, 6, 3)
    ld = dt.date(2026, 5, 26)
    req = f"PA-TB-{digits(rng, 6)}"
    group = "Velsby Pulmonary & Sleep Associates"
    p = ERSheet(footer="Page {n} of {nb}", ids_foot=foot("TBC-PA-MN (rev. 01/2026)"))
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p, rng)
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    p.addr_block([f"Dr. {pulm}, DO", group, "45 Harrowgate Road, Suite 3", "Vesterby, KL 60232"], 9.4)
    p.run_ids([[("Request", "gap", req)], [("Client", "", pt)], [("Client No", "-", c), ("Plan", "-", "TB-U")],
               [("Decision date", "", slash(ld))]], size=8.8, cap=7.6, pair_gap=5, x=p.l_margin + W * 0.5)
    p.set_y(max(p.get_y(), y0 + 24) + 3)
    p.subject_line("Prior approval request: chest CT not approved")
    p.para(f"Dear Dr. {surname(pulm)}:", 9.4)
    p.para(f"On {slash(got)} you asked the program to approve a CT scan of the chest without contrast (CPT 71250) "
           f"for your patient, planned for {long(plan_d)}. She has latent TB infection (R76.11) and is taking "
           "rifampin under county referral " + ref + ".", 9.2)
    p.para(f"Our TB medical consultant, Dr. {cons}, MD, reviewed the request, your note and the chest X-ray of "
           f"{slash(cxr)}, which was read as normal. The request is not approved because a CT is not medically "
           "necessary for her: she has no symptoms, the X-ray shows no sign of active disease, and national TB "
           "guidelines do not call for a CT before or during treatment of latent infection in this case.", 9.2)
    p.cols([[("What the program will pay",
              "Monthly visits, liver tests when ordered, and a repeat chest X-ray if new symptoms appear. If she "
              "develops cough, fever or weight loss, send a new request with those findings.")],
            [("Peer discussion",
              f"You may talk with Dr. {surname(cons)} about this decision. Call {phone(rng, '612')} within 14 days "
              "of this notice.")]], size=8.6, gap=6)
    p.heading("Review", 10)
    p.para("You or the client may ask for a review within 30 days of the date of this notice. Send it to the "
           f"Tuberculosis Control Program, Reviews, {ADDR}, fax {phone(rng, '612')}.", 9.0)
    p.para(f"Tuberculosis Control Program  \u00b7  Medical Review  \u00b7  cc: client; {COUNTY}", 8.4)
    t = truth("denial_letter", "medical_necessity", insurer=DEPT, plan_id="TB-U", member_id=c, member_name=pt,
              cases=[req], claim_amount=None, service_dates=[iso(plan_d)], denial_date=iso(ld), provider=pulm,
              appeal_deadline=iso(plus(ld, 30)),
              alternates={"insurer": DEPT_ALT, "case_numbers": [[req, ref]], "provider": [group],
                          "service_dates": [[]]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    USED.clear()
    f = FAMILY
    return [
        Item(f"{f}_bd_remittance_flu_shot_and_diabetes_visit_not_tb", "born_digital", [bd_remittance(rng)]),
        Item(f"{f}_faxstd_er_visit_medicaid_pays_first", "fax_standard_g4", [faxstd_medicaid_first(rng)]),
        Item(f"{f}_faxstd_stack_referral_ok_then_pharmacy_rifampin", "fax_standard_g4",
             faxstd_stack(rng), separators=["cover", None], turns={(1, 1): 90}),
        Item(f"{f}_lowres_es_referral_ended_after_treatment", "scan_lowres_150", [lowres_es_referral_ended(rng)]),
        Item(f"{f}_photocopy_chest_xray_reading_filed_late", "photocopy", [photocopy_late(rng)]),
        Item(f"{f}_phone_isolation_days_home_dot", "phone_photo", [phone_isolation(rng)]),
        Item(f"{f}_rotated_chest_ct_not_necessary", "rotated", [rotated_chest_ct(rng)]),
    ]
