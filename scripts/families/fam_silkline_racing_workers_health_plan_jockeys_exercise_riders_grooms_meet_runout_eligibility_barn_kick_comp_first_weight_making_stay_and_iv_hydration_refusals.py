"""An invented health plan for jockeys, exercise riders, grooms and hotwalkers at licensed Louisiana race meets: the
Silkline Racing Workers Health Plan (letterhead brand SILKLINE over a longer program line; sponsored by the Board of
Trustees of the Silkline Racing Workers Welfare Trust, the legal entity in footers and signatures), claims and
provider notices by the invented administrator Farrowmead Benefit Administrators, LLC on its own letterhead (brand
FARROWMEAD under a line naming the Plan). Invented rules: a member is covered from the first day licensed and working
at a covered race meet through 60 days after that meet's closing day (the run-out), unless work at another covered
meet starts; an injury at work (a groom or hotwalker paid by a trainer) goes first to the trainer's workers'
compensation carrier; non-emergency MRI, CT and PET scans and planned surgery need pre-approval; inpatient stays are
reviewed and may be paid as observation; IV hydration and vitamin drips outside a hospital or doctor's office are not
covered; claims must reach the Plan within 180 days of the date of service; platelet-rich plasma injections are
unproven; members appeal within 180 days, providers within 90 days. Plan codes SR-1 (riders) and SR-2 (backstretch);
racing association groups "RA-" + four digits; member numbers "SLW" + seven digits (grouped "SLW 583 0417" on some
papers); claim numbers "FM26" + day of year + "-" + five digits; approvals "PA-SL-" + six digits; appeals "APL-26-"
+ four digits. Every track, stable, trainer, carrier, person, practice, hospital, number, amount and address is
invented; real Louisiana towns with invented streets; phones 555; CPT/HCPCS and revenue codes as themselves.

Documents (8 in 7 files):
- bd_remittance_runout_e7: a born-digital provider remittance from Farrowmead to a backstretch sports medicine
  clinic; each claim opens with the control number, the patient "LAST, FIRST M" and the member number, a note line
  names the rendering clinician; a groom's two June visits pay 0.00 under E7 (run-out over), told only in the code
  list; payee IDs and EFT trace in a dark band.
- faxstd_barn_kick_comp_first: a standard-fax notice to a hospital, IDs white on a dark band: a groom kicked in the
  barn goes first to the trainer's workers' compensation carrier (other); the carrier's claim number, the track's
  incident report and the trainer's license as decoys.
- faxstd_mri_without_preapproval: a standard-fax claim decision with a black title bar holding the IDs: brain and
  neck MRI after a training fall, not pre-approved (prior_authorization); ordering "<doctor>, <group>" and the
  imaging center both named; a printed last day to appeal.
- lowres_reducing_stay_observation: a 150 dpi two-page letter, prose in two columns, running header, a day table
  broken across the pages: a jockey's stay after reducing to make weight paid as observation (level_of_care).
- photo_es_iv_hydration: a photographed Spanish letter: IV hydration drips from a mobile service before races are
  not covered (not_covered); the racing license number as decoy.
- photocopy_clavicle_approval: a photocopied pre-approval of a clavicle plating (denies nothing), values over
  captions in ruled boxes.
- faxfine_stack_eob_late_claim_then_prp_appeal: a fine-fax stack: cover, a two-page member EOB (a therapy claim
  received after 180 days refused under TF, told only in the code list; a horse-van crash claim paid with an auto
  insurer's claim number and a subrogation file number as decoys), and the Trustees' appeal decision keeping a PRP
  refusal (experimental), its first page fed sideways.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundep_fampf import (EPSheet, abbr, caps_date, dd_mon, ddmonyy, digits, dmy_long, dr, es_date, first_last,
                               iso, last_first, long, m2, mdyyyy, n2, nod, npi, org_person, out, people, phone, plus,
                               slash, tin, tollfree, truth, up_mon, usd, wday_long, workday, yy, ymd_slash)

FAMILY = ("silkline_racing_workers_health_plan_jockeys_exercise_riders_grooms_meet_runout_eligibility_barn_kick_comp_"
          "first_weight_making_stay_and_iv_hydration_refusals")
LANG = "en"
SEED = 355155
USED: set = set()

PLAN = "Silkline Racing Workers Health Plan"
TRUST = "Silkline Racing Workers Welfare Trust"
TPA = "Farrowmead Benefit Administrators, LLC"
PLAN_ALT = [PLAN, "Silkline", "Silkline Racing Workers", TRUST, TPA, "Farrowmead Benefit Administrators",
            "Farrowmead"]
TPA_ALT = [TPA, "Farrowmead Benefit Administrators", "Farrowmead", PLAN, "Silkline"]
TRUST_ADDR = ["Trust Office, 3300 Gentilly Ridge Blvd, Suite 410", "New Orleans, LA 70122"]
TPA_ADDR = ["P.O. Box 52918", "Lafayette, LA 70505"]
RIDERS, BACK = "SR-1", "SR-2"
TRACKS = {"cb": ("Crescent Bend Race Course", "RA-2201", "New Orleans"),
          "ad": ("Attakapas Downs", "RA-2214", "Opelousas"),
          "cp": ("Cypress Pointe Racetrack", "RA-2230", "Vinton")}
FOOT_TRUST = f"The {PLAN} is sponsored by the Board of Trustees of the {TRUST}."


def mid(rng) -> str:
    return f"SLW{digits(rng, 7)}"


def grouped(m: str) -> str:
    return f"{m[:3]} {m[3:6]} {m[6:]}"


def claim_no(rng, d: dt.date) -> str:
    return f"FM26{d.timetuple().tm_yday:03d}-{digits(rng, 5)}"


def addr(rng, name: str, towns=None) -> list[str]:
    towns = towns or [("Opelousas", "LA", "70570"), ("Kenner", "LA", "70062"), ("Metairie", "LA", "70003"),
                      ("Sulphur", "LA", "70663"), ("Eunice", "LA", "70535"), ("Breaux Bridge", "LA", "70517"),
                      ("Carencro", "LA", "70520"), ("Chalmette", "LA", "70043")]
    t, st, z = rng.choice(towns)
    street = rng.choice(["Stirrup Cup Ln", "Paddock Row", "Backstretch Rd", "Furlong Pole Ct", "Silks Ave",
                         "Starting Gate Dr", "Hotwalker Way", "Wire Turn St"])
    return [name, f"{rng.randint(12, 1980)} {street}", f"{t}, {st} {z}"]


def plan_head(p: EPSheet, rng, box: str | None = None, above: bool = False):
    p.brand_head("SILKLINE", "Racing Workers Health Plan  \u00b7  for jockeys, exercise riders, grooms and hotwalkers "
                             "at licensed Louisiana race meets",
                 [TRUST_ADDR[0], TRUST_ADDR[1], f"Member services {tollfree(rng, '844')}", "TTY 711",
                  "silklineplan.example"], kind="shoe", above=above,
                 small=[f"Board of Trustees, {TRUST}"], size=21, spacing=2.8, box=box)


def tpa_head(p: EPSheet, rng, box: str | None = None):
    p.brand_head("FARROWMEAD", f"claims administrator for the {PLAN}",
                 [TPA_ADDR[0], TPA_ADDR[1], f"Provider line {tollfree(rng, '855')}", f"Fax {phone(rng, '337')}"],
                 kind="compass", above=True, small=[TPA], size=17, spacing=1.5, box=box)


# ---------------------------------------------------------------------------------------------------------------
def bd_remittance(rng):
    pts = people(rng, 5, "jk", sexes="MFMMF", used=USED)
    docs = people(rng, 3, "dr", sexes="FMF", used=USED)
    clinic = "Paddock Gate Sports Medicine"
    rd = workday(dt.date(2026, 6, rng.randint(17, 19)))
    runout_end = dt.date(2026, 5, 28)
    e1 = workday(dt.date(2026, 6, rng.randint(2, 4)))
    e2 = workday(plus(e1, 7))
    ids = [mid(rng) for _ in pts]
    accts = [digits(rng, 6) for _ in pts]
    plan_grp = [(RIDERS, "RA-2214"), (RIDERS, "RA-2214"), (BACK, "RA-2214"), (BACK, "RA-2201"), (RIDERS, "RA-2214")]
    svc = {
        0: [(workday(dt.date(2026, 5, 26)), "99214", "1", 196.00, 128.40, 128.40, "P1"),
            (workday(dt.date(2026, 5, 26)), "73610", "1", 118.00, 41.25, 41.25, "P1")],
        1: [(workday(dt.date(2026, 5, 28)), "99213", "1", 142.00, 92.10, 72.10, "C2"),
            (workday(dt.date(2026, 5, 28)), "29125", "1", 164.00, 88.60, 88.60, "P1")],
        2: [(workday(dt.date(2026, 6, 1)), "99203", "1", 214.00, 134.75, 134.75, "P1"),
            (workday(dt.date(2026, 6, 1)), "12002", "1", 236.00, 142.30, 142.30, "P1")],
        3: [(e1, "99213", "1", 142.00, 0.00, 0.00, "E7"),
            (e2, "97110", "2", 126.00, 0.00, 0.00, "E7")],
        4: [(workday(dt.date(2026, 6, 5)), "99204", "1", 302.00, 207.90, 207.90, "P1"),
            (workday(dt.date(2026, 6, 5)), "72040", "1", 96.00, 38.15, 38.15, "P1"),
            (workday(dt.date(2026, 6, 5)), "96372", "1", 58.00, 21.40, 21.40, "P1")],
    }
    rend = [docs[0], docs[1], docs[0], docs[2], docs[1]]
    creds = ["M.D.", "D.O.", "M.D.", "PA-C", "D.O."]   # docs[0] M.D., docs[1] D.O., docs[2] PA-C
    claims, tot_b, tot_p = [], 0.0, 0.0
    nos = []
    for i, pt in enumerate(pts):
        lines = svc[i]
        no = claim_no(rng, plus(lines[0][0], rng.randint(3, 8)))
        nos.append(no)
        b = sum(x[3] for x in lines)
        al = sum(x[4] for x in lines)
        pd = sum(x[5] for x in lines)
        tot_b += b
        tot_p += pd
        claims.append({"lead": [no, last_first(pt), ids[i]],
                       "lines": [[mdyyyy(d), code, u, n2(bb), n2(a), n2(pp), rc] for d, code, u, bb, a, pp, rc in lines],
                       "total": ["", "", "", n2(b), n2(al), n2(pd), ""],
                       "note": f"Rendering: {dr(rend[i], creds[i])}   Pat acct {accts[i]}   Plan {plan_grp[i][0]}   "
                               f"Group {plan_grp[i][1]}"})
    den = 3
    p = EPSheet(footer="Page {n} of {nb}", every=f"RA {ymd_slash(rd)}  \u00b7  Payee FM-P-{digits(rng, 5)}",
                ids_foot=FOOT_TRUST)
    p.set_margins(13, 13, 13)
    p.add_page()
    tpa_head(p, rng, box="PROVIDER REMITTANCE ADVICE")
    W = p.w - p.l_margin - p.r_margin
    eft = f"EFT {digits(rng, 9)}"
    p.band([("Remittance date", slash(rd), 0.2), ("Payee", clinic, 0.32), ("NPI", npi(rng), 0.16),
            ("Tax ID", tin(rng), 0.14), ("Trace", eft, 0.18)], shade=35, size=8.8, h=11, rule=True)
    p.para(f"{clinic}, 1420 Backstretch Rd, Opelousas, LA 70570. Payment by electronic transfer. Claims are listed "
           "in the order we finished them. Each claim starts with our control number, the patient and the member "
           "number; the clinician who saw the patient is in the small line under the claim.", 7.8)
    widths = [W * k / 100 for k in (15, 22, 12, 10, 7, 5, 8, 8, 7, 6)]
    p.remit_table(["Control no.", "Patient", "Member no.", "Service date", "Proc", "Qty", "Billed", "Allowed",
                   "Paid", "Reason"], widths, ["L", "L", "L", "L", "L", "R", "R", "R", "R", "L"], claims, size=7.2,
                  row_h=4.3, tot_label="Claim total")
    p.set_x(p.l_margin)
    p.f(8.2, "B")
    p.cell(0, 5, f"Remittance totals: billed {n2(tot_b)}   paid {n2(tot_p)}   by {eft}", new_x="LMARGIN",
           new_y="NEXT")
    p.ln(2)
    p.glossary("Reason codes on this remittance", [
        ("P1", "Paid at the Plan's allowed amount for a network provider."),
        ("C2", "Office visit copay of $20.00 taken from the payment; collect it from the member."),
        ("E7", "The member's coverage had ended on the date of service: the race meet at which the member worked "
               "had closed and the 60-day run-out after closing was over, and no work at another covered meet was "
               "reported. Do not bill the Plan again unless the member shows new meet eligibility."),
        ("W4", "Injury at work; the trainer's workers' compensation carrier pays first."),
        ("PA", "Pre-approval was required and not obtained."),
        ("TF", "Received more than 180 days after the date of service.")], size=7.4, cols=2)
    p.para("Reconsideration: a provider may ask us to look at a claim again within 90 days of the remittance date. "
           f"Write to {TPA}, Provider Reconsiderations, {TPA_ADDR[0]}, {TPA_ADDR[1]}, with the control number.", 7.8)
    c = claims[den]
    lines = svc[den]
    t = truth("eob", "eligibility", insurer=TPA, plan_id=BACK, group="RA-2201", member_id=ids[den],
              member_name=pts[den], cases=[nos[den]], claim_amount=m2(sum(x[3] for x in lines)),
              service_dates=[iso(e1), iso(e2)], denial_date=iso(rd), provider=clinic,
              appeal_deadline=iso(plus(rd, 90)),
              alternates={"insurer": TPA_ALT, "plan_id": [None], "group_number": [None],
                          "provider": [dr(rend[den], creds[den]), rend[den]]},
              type_alternates=["denial_letter"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_barn_kick(rng):
    groom = people(rng, 1, "jk", sexes="M", used=USED)[0]
    att, sig = people(rng, 2, "dr", sexes="MF", used=USED)
    trainer = people(rng, 1, "jk", sexes="M", used=USED)[0]
    m = mid(rng)
    track, grp, town = TRACKS["ad"]
    inj = workday(dt.date(2026, 4, rng.randint(20, 24)))
    dis = plus(inj, 2)
    clm = claim_no(rng, plus(dis, 9))
    nd = workday(plus(dis, rng.randint(22, 27)))
    wc = f"PSC-26-{digits(rng, 7)}"
    ir = f"IR-AD-26-{digits(rng, 4)}"
    lic = f"T-{digits(rng, 4)}"
    acct = f"BPMC{digits(rng, 8)}"
    hosp = "Bellevue Prairie Medical Center"
    hg = "Teche Hospitalist Group"
    lines = [("0450", "Emergency room, level 5", 2860.00), ("0320", "X-ray, chest and ribs", 412.00),
             ("0350", "CT, chest", 1974.00), ("0120", "Room and board, semi-private, 2 days", 4380.00),
             ("0300", "Laboratory", 688.50), ("0250", "Pharmacy", 431.75)]
    total = sum(a for _, _, a in lines)
    p = EPSheet(footer="Page {n} of {nb}", footer_left="FM-PN-3 (rev. 01/2026)", ids_foot=FOOT_TRUST)
    p.set_margins(17, 14, 17)
    p.add_page()
    tpa_head(p, rng, box="PROVIDER CLAIM NOTICE")
    p.band([("Member no.", m, 0.22), ("Claim no.", clm, 0.24), ("Date of notice", long(nd), 0.26),
            ("Plan / group", f"{BACK} / {grp}", 0.28)], shade=25, size=9.4, h=11.5)
    p.addr_pair("To", [hosp, "Patient Financial Services", "5200 Prairie Ronde Hwy", "Opelousas, LA 70570"],
                "Patient", [groom, f"Member no. {grouped(m)}", f"Your account {acct}"])
    p.pairs([("Attending", org_person(hg, dr(att), "comma")), ("Billing provider", hosp),
             ("Stay", f"{slash(inj)} to {slash(dis)}"), ("Billed", f"${total:,.2f}")], label_w=34, size=9.0, h=5.0)
    p.ln(1)
    p.subject_line("Injury at work: the trainer's workers' compensation carrier pays first")
    p.para(f"The emergency record says that on {long(inj)} the patient, a groom for the {trainer} stable, was kicked "
           f"in the chest by a horse he was bandaging in barn 14 on the backstretch at {track}. He was kept two "
           "nights for broken ribs and a small collapsed lung.", 9.2)
    p.para("A groom is paid by the trainer, and an injury while caring for the trainer's horses is an injury at work. "
           "Under the Plan's rules the trainer's workers' compensation carrier pays for it first. The record "
           f"names the carrier, Pelican State Casualty Co., and its claim number {wc}. The track's incident report "
           f"is {ir}; the trainer's license is {lic}. None of these is a Plan number.", 9.2)
    p.para("We have not paid this claim. Please bill the carrier. If the carrier refuses in writing, send us its "
           "letter with the claim and we will look at the claim again as the payer after it.", 9.2)
    p.table(["Rev.", "Service", "Billed"], [[c, s, n2(a)] for c, s, a in lines] + [["", "Total", n2(total)]],
            [20, 110, 34], size=8.4, row_h=5.0, aligns=["L", "L", "R"], bold_last=True)
    p.heading("Provider appeal", 10)
    p.para("A provider may appeal this decision within 90 days of the date of this notice. Send the appeal to "
           f"{TPA}, Provider Appeals, {TPA_ADDR[0]}, {TPA_ADDR[1]}. The member keeps his own right to appeal "
           "within 180 days.", 8.8)
    p.ln(1)
    p.f(9.2)
    p.cell(0, 5, f"{sig}, Claims Examiner, {TPA}", new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 5, f"for the Board of Trustees of the {TRUST}", new_x="LMARGIN", new_y="NEXT")
    t = truth("denial_letter", "other", insurer=TPA, plan_id=BACK, group=grp, member_id=m, member_name=groom,
              cases=[clm], claim_amount=m2(total), service_dates=[f"{iso(inj)}/{iso(dis)}"], denial_date=iso(nd),
              provider=hosp, appeal_deadline=iso(plus(nd, 90)),
              alternates={"insurer": TPA_ALT, "provider": [dr(att), hg, org_person(hg, dr(att), "comma")],
                          "service_dates": [[iso(inj), iso(dis)]]},
              denial_alternates=["not_covered"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_mri(rng):
    rider = people(rng, 1, "jk", sexes="F", used=USED)[0]
    neuro, rad, sig = people(rng, 3, "dr", sexes="MFM", used=USED)
    m = mid(rng)
    track, grp, town = TRACKS["cb"]
    fall = workday(dt.date(2026, 2, rng.randint(9, 13)))
    scan = workday(plus(fall, rng.randint(15, 19)))
    clm = claim_no(rng, plus(scan, 6))
    nd = workday(plus(scan, rng.randint(24, 28)))
    last_day = plus(nd, 180)
    lic = f"X-26-{digits(rng, 5)}"
    center = "Vermilion Bay Imaging"
    group = "Gulf South Neurology"
    lines = [("70551", "MRI, brain, without contrast", 1720.00), ("72141", "MRI, cervical spine, without contrast",
                                                                 1545.00)]
    total = sum(a for _, _, a in lines)
    p = EPSheet(footer="Page {n} of {nb}", footer_left="Form SL-CD-2", ids_foot=FOOT_TRUST)
    p.set_margins(17, 14, 17)
    p.add_page()
    plan_head(p, rng)
    p.rev_bar("CLAIM DECISION", [("Member no.", grouped(m)), ("Claim no.", clm), ("Notice date", slash(nd))],
              size=8.8, title_size=10.5)
    for ln in addr(rng, rider, [("Kenner", "LA", "70062"), ("Metairie", "LA", "70003")]):
        p.line(ln, 10)
    p.ln(3)
    Wm = p.w - p.l_margin - p.r_margin
    p.under([(RIDERS, "Plan"), (grp, "Group"), (f"Exercise rider, {track}", "Member class"),
             (lic, "Racing license (not a Plan number)")], widths=[18, 24, 84, Wm - 126], size=9.0)
    p.ln(1)
    p.para(f"Dear {first_last(rider)}:", 9.8)
    p.para(f"We received a claim from {center} for two MRI scans done on {long(scan)}. They were ordered by "
           f"{org_person(group, dr(neuro), 'comma')}, after your fall from a horse in morning training at {track} on "
           f"{long(fall)}. {dr(rad)} read them.", 9.2)
    p.para("The Plan pays for MRI, CT and PET scans that are not done in an emergency only when they are approved "
           "before they are done. The ordering office or you must call Farrowmead's pre-approval line. We have no "
           "request for these scans. They were done two weeks after the fall, on a scheduled visit, so they were not "
           "an emergency. For this reason the Plan will not pay this claim.", 9.2)
    p.table(["Code", "Service", "Billed", "Plan pays"], [[c, s, usd(a), "$0.00"] for c, s, a in lines]
            + [["", "Total", usd(total), "$0.00"]], [22, 102, 30, 26], size=8.6, row_h=5.4,
            aligns=["L", "L", "R", "R"], bold_last=True)
    p.para(f"The first-aid station visit at {track} on the day of the fall was paid on an earlier claim and is not "
           "part of this decision.", 8.8)
    p.heading("How to appeal", 10.2)
    p.para(f"Send your appeal so that we receive it no later than {long(last_day)}. Write to the Appeals "
           f"Committee, {TRUST}, {TRUST_ADDR[0]}, {TRUST_ADDR[1]}. Your doctor may send a letter explaining why the "
           "scans could not wait. If your health is in serious danger, call us for a fast appeal (72 hours).", 9.0)
    p.ln(1)
    p.f(9.2)
    p.cell(0, 5, f"{sig}, Claims Review, {TPA}", new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 5, f"on behalf of the Board of Trustees of the {TRUST}", new_x="LMARGIN", new_y="NEXT")
    t = truth("denial_letter", "prior_authorization", insurer=PLAN, plan_id=RIDERS, group=grp, member_id=m,
              member_name=rider, cases=[clm], claim_amount=m2(total), service_dates=[iso(scan)],
              denial_date=iso(nd), provider=center, appeal_deadline=iso(last_day),
              alternates={"insurer": PLAN_ALT, "provider": [dr(neuro), group, org_person(group, dr(neuro), "comma"),
                                                            dr(rad)]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def lowres_reducing(rng):
    jockey = people(rng, 1, "jk", sexes="M", used=USED)[0]
    att, rev, sig = people(rng, 3, "dr", sexes="FMF", used=USED)
    m = mid(rng)
    track, grp, town = TRACKS["cp"]
    adm = workday(dt.date(2026, 6, rng.randint(8, 12)))
    dis = plus(adm, 1)
    clm = claim_no(rng, plus(dis, 8))
    rv = f"UR26-{digits(rng, 5)}"
    ld = workday(plus(dis, rng.randint(25, 30)))
    hosp = "Calcasieu Lakeshore Hospital"
    lines = [(adm, "0450", "Emergency room, level 4", 1846.00), (adm, "0300", "Laboratory, electrolytes (x3)", 512.00),
             (adm, "0730", "ECG", 214.00), (adm, "0260", "IV therapy, potassium and fluids", 968.00),
             (adm, "0120", "Room and board, semi-private", 2190.00), (dis, "0300", "Laboratory", 286.00),
             (dis, "0250", "Pharmacy", 143.40), (dis, "0120", "Room and board, semi-private", 2190.00)]
    total = sum(x[3] for x in lines)
    p = EPSheet(footer="Page {n} of {nb}", run_hdr=f"{first_last(jockey)}  |  {m}  |  claim {clm}  |  review {rv}",
                ids_foot=FOOT_TRUST)
    p.set_margins(17, 14, 17)
    p.add_page()
    plan_head(p, rng, above=True)
    p.f(9.8)
    p.cell(0, 5, wday_long(ld), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    for ln in addr(rng, jockey, [("Sulphur", "LA", "70663"), ("Vinton", "LA", "70668")]):
        p.line(ln, 10)
    p.ln(3)
    p.band([("Member no.", m, 0.22), ("Plan", RIDERS, 0.1), ("Group", grp, 0.14), ("Claim no.", clm, 0.28),
            ("Review no.", rv, 0.26)], shade=70, size=9.2, h=11)
    p.subject_line("How the Plan paid your June hospital stay")
    texts = [
        f"Dear {first_last(jockey)}: on {long(adm)} you fainted in the jockeys' room at {track} after an afternoon "
        "of reducing in the hot box to ride at 112 pounds. You told the emergency doctor you had also taken water "
        f"pills that morning. You were taken to {hosp}, where your potassium was found low and you were given "
        f"fluids and potassium through a vein. You stayed that night and went home on {long(dis)}.",
        f"The hospital billed the two days as an inpatient admission, ${total:,.2f} in all. The attending doctor was "
        f"{dr(att)}. A nurse reviewer and {dr(rev)}, a doctor board certified in internal medicine, read the "
        "hospital's records.",
        "By midnight your potassium and your kidney tests were back to normal, your heart tracing was normal, and "
        "you were drinking on your own. Patients who get better this quickly are watched in observation care for a "
        "day and sent home; they do not need an inpatient admission.",
        "So the Plan paid the stay as observation care, not as an inpatient admission. The hospital is in the Plan's "
        "network and may not bill you for the difference. You owe the observation copay of $100.00 only.",
        "Weight-making can hurt you. Our nurse line can put you in touch with the Plan's sports dietitian at no "
        "cost, and the Plan pays for visits with her without a copay.",
        "If you or your doctor disagree, you may appeal within 180 days of the date of this letter. A doctor who "
        "took no part in this review will decide the appeal. Write to the Appeals Committee at the Trust Office "
        "address above, or fax it to the number on the back of your card. You may ask for free copies of the "
        "records and the criteria we used."]
    p.para_cols(texts, size=8.8, gap=7)
    rows = []
    for d in (adm, dis):
        rows.append(("span", dmy_long(d)))
        for dd, rc, s, a in lines:
            if dd == d:
                rows.append([slash(dd), rc, s, n2(a)])
        if d == adm:
            rows.append(("break",))
    rows.append(("bold", ["", "", "Total billed", n2(total)]))
    W = p.w - p.l_margin - p.r_margin
    p.heading("What the hospital billed", 9.8)
    p.flow_table(["Date", "Rev. code", "Service", "Billed"], [28, 22, W - 84, 34], ["L", "L", "L", "R"], rows,
                 size=8.4, row_h=5.0, foot_room=24, top_gap=2)
    yb = p.money_box("How the claim was paid", [("Billed", f"${total:,.2f}"), ("Paid as observation", "2,214.60"),
                                                ("Your copay", "100.00")], w=W * 0.5, size=8.6)
    p.set_y(yb + 3)
    p.f(9.2)
    p.cell(0, 5, f"{sig}, R.N., Utilization Review, {TPA}", new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 5, f"for the Board of Trustees of the {TRUST}", new_x="LMARGIN", new_y="NEXT")
    t = truth("denial_letter", "level_of_care", insurer=PLAN, plan_id=RIDERS, group=grp, member_id=m,
              member_name=jockey, cases=[clm, rv], claim_amount=m2(total),
              service_dates=[f"{iso(adm)}/{iso(dis)}"], denial_date=iso(ld), provider=hosp,
              appeal_deadline=iso(plus(ld, 180)),
              alternates={"insurer": PLAN_ALT, "provider": [dr(att)], "case_numbers": [[clm]],
                          "service_dates": [[iso(adm), iso(dis)]]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photo_es_iv(rng):
    jockey = people(rng, 1, "es", sexes="M", used=USED)[0]
    nurse, sig = people(rng, 2, "es", sexes="FF", used=USED)
    m = mid(rng)
    track, grp, town = TRACKS["ad"]
    d1 = workday(dt.date(2026, 5, rng.randint(4, 8)))
    ds = [d1, plus(d1, 4), plus(d1, 11)]
    clm = claim_no(rng, plus(ds[-1], 5))
    nd = workday(plus(ds[-1], rng.randint(20, 25)))
    lic = f"J-26-{digits(rng, 4)}"
    svc = "Pronto Suero Móvil, LLC"
    per = 185.00
    total = per * len(ds)
    p = EPSheet(footer="Página {n} de {nb}", ids_foot=f"El {PLAN} es patrocinado por la Junta de Fideicomisarios del "
                                                         f"{TRUST}.")
    p.set_margins(18, 14, 18)
    p.add_page()
    plan_head(p, rng)
    p.band([("N.º de miembro", m, 0.25), ("Plan / grupo", f"{RIDERS} / {grp}", 0.22), ("N.º de reclamo", clm, 0.27),
            ("Fecha", es_date(nd), 0.26)], shade=140, fg=255, size=9.4, h=11.5)
    for ln in addr(rng, jockey, [("Opelousas", "LA", "70570"), ("Eunice", "LA", "70535")]):
        p.line(ln, 10)
    p.ln(3)
    p.subject_line("Sueros intravenosos que el Plan no cubre")
    p.para(f"Estimado {first_last(jockey)}:", 10)
    p.para(f"Recibimos un reclamo de {org_person(svc, nurse + ', RN')} por tres sueros intravenosos de hidratación "
           f"con vitaminas que usted recibió en su casa, antes de montar en {track}. Su licencia de jinete "
           f"{lic} aparece en el reclamo; no es un número del Plan.", 9.6)
    p.para("El Plan no cubre sueros de hidratación ni de vitaminas que se ponen fuera de un hospital o del "
           "consultorio de un médico, aunque se usen para bajar o recuperar peso antes de una carrera. No son un "
           "beneficio del Plan. Por eso no pagaremos este reclamo.", 9.6)
    p.table(["Fecha", "Servicio", "Cobrado", "Pagado"],
            [[es_date(d), "Suero IV de hidratación con vitaminas", f"${per:,.2f}", "$0.00"] for d in ds]
            + [["", "Total", f"${total:,.2f}", "$0.00"]], [44, 78, 26, 24], size=8.8, row_h=5.6,
            aligns=["L", "L", "R", "R"], bold_last=True)
    p.para("Si usted se siente mal al bajar de peso, el Plan sí paga la visita al médico o a la sala de emergencias, y "
           "las consultas con la dietista deportiva del Plan sin copago.", 9.2)
    p.heading("Si no está de acuerdo", 10.2)
    p.para(f"Puede apelar dentro de 180 días a partir de la fecha de esta carta. Escriba al Comité de Apelaciones, "
           f"{TRUST}, {TRUST_ADDR[0]}, {TRUST_ADDR[1]}.", 9.4)
    p.ln(2)
    p.f(9.6)
    p.cell(0, 5, sig, new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 5, f"Servicios para Miembros, {TPA}", new_x="LMARGIN", new_y="NEXT")
    t = truth("denial_letter", "not_covered", insurer=PLAN, plan_id=RIDERS, group=grp, member_id=m,
              member_name=jockey, cases=[clm], claim_amount=m2(total), service_dates=[iso(d) for d in ds],
              denial_date=iso(nd), provider=svc, appeal_deadline=iso(plus(nd, 180)), lang="es",
              alternates={"insurer": PLAN_ALT, "provider": [nurse, org_person(svc, nurse + ", RN")]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photocopy_approval(rng):
    jockey = people(rng, 1, "jk", sexes="M", used=USED)[0]
    surg, nurse = people(rng, 2, "dr", sexes="MF", used=USED)
    m = mid(rng)
    track, grp, town = TRACKS["ad"]
    fall = workday(dt.date(2026, 7, rng.randint(6, 10)))
    asked = workday(plus(fall, 2))
    nd = workday(plus(asked, 2))
    planned = workday(plus(nd, 5))
    pa = f"PA-SL-{digits(rng, 6)}"
    est = 11860.00
    center = "Acadiana Bone & Joint Surgery Center"
    group = "Lafayette Orthopaedic Partners"
    p = EPSheet(footer=None, footer_left="UM-7", ids_foot=FOOT_TRUST)
    p.set_margins(18, 14, 18)
    p.add_page()
    plan_head(p, rng, box="PRE-APPROVAL NOTICE")
    W = p.w - p.l_margin - p.r_margin
    p.f(9.8)
    p.cell(0, 5, nd.strftime("%b %d, %Y").upper(), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    for ln in addr(rng, jockey, [("Carencro", "LA", "70520"), ("Opelousas", "LA", "70570")]):
        p.line(ln, 10)
    p.ln(3)
    p.over_boxes([(pa, "Pre-approval no.", W * 0.26), (m, "Member no.", W * 0.24), (RIDERS, "Plan", W * 0.12),
                  (grp, "Group", W * 0.16), (slash(asked), "Request received", W * 0.22)], size=9.2)
    p.over_boxes([(org_person(group, dr(surg), "comma"), "Surgeon", W * 0.62), (center, "Facility", W * 0.38)],
                 size=8.6)
    p.over_boxes([(long(planned), "Planned date", W * 0.34), ("23515", "CPT", W * 0.14),
                  ("Open repair, broken collarbone, with plate", "Service", W * 0.52)], size=8.6)
    p.subject_line("Your surgery is approved")
    p.para(f"Dear {first_last(jockey)}:", 9.8)
    p.para(f"The Plan approves the surgery {dr(surg)} asked for to repair your right collarbone, broken when you "
           f"were unseated in the fifth race at {track} on {long(fall)}. The surgery is to be done as an outpatient "
           f"at {center}.", 9.4)
    p.para("This approval is good for the date above and 30 days after it. If the date changes, the surgeon's "
           f"office should call us. The facility estimated its charges at ${est:,.2f}; what the Plan pays depends on "
           "the claims it receives, your deductible and your coinsurance.", 9.2)
    p.para("This notice is not a bill and not a refusal. You do not need to do anything.", 9.2)
    p.ln(2)
    p.two_sigs([f"{nurse}, R.N.", "Utilization Management", TPA],
               ["for the Board of Trustees", TRUST, ""], size=8.8)
    t = truth("other", None, insurer=PLAN, plan_id=RIDERS, group=grp, member_id=m, member_name=jockey, cases=[pa],
              service_dates=[iso(planned)], denial_date=iso(nd), provider=dr(surg),
              alternates={"insurer": PLAN_ALT, "provider": [center, group, org_person(group, dr(surg), "comma")],
                          "service_dates": [[]], "claim_amount": [m2(est)]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxfine_stack(rng):
    # --- A: member EOB, two pages
    hw = people(rng, 1, "jk", sexes="F", used=USED)[0]
    pt_, uc, er, dc = people(rng, 4, "dr", sexes="MFMF", used=USED)
    m = mid(rng)
    track, grp, town = TRACKS["cb"]
    d_pt = workday(dt.date(2026, 1, rng.randint(5, 9)))
    d_pt2 = plus(d_pt, 2)
    recd = plus(d_pt, rng.randint(196, 204))
    sd = workday(plus(recd, rng.randint(8, 12)))
    d_van = workday(dt.date(2026, 6, rng.randint(8, 12)))
    d_uc = workday(plus(d_van, 9))
    sub = f"SUB-26-{digits(rng, 5)}"
    auto = f"MIA-{digits(rng, 4)}-{digits(rng, 4)}"
    claims = [
        dict(prov="Lakefront Emergency Physicians", rend=dr(er), recv=plus(d_van, 12), lines=[
            (d_van, "99284", "Emergency visit, level 4", 880.00, 512.30, 409.84, 102.46, "K8")],
             note=[f"Horse-van crash on I-10. Paid. We may recover this payment from the other driver's auto",
                   f"insurer (their claim {auto}; our subrogation file {sub})."]),
        dict(prov="Riverbend Physical Therapy", rend=f"{pt_}, DPT", recv=recd, lines=[
            (d_pt, "97161", "PT evaluation", 210.00, 0.00, 0.00, 210.00, "TF"),
            (d_pt2, "97110", "Therapeutic exercise, 2 units", 128.00, 0.00, 0.00, 128.00, "TF")], note=""),
        dict(prov="Gentilly Urgent Care", rend=f"{uc}, PA-C", recv=plus(d_uc, 6), lines=[
            (d_uc, "99213", "Urgent care visit", 168.00, 104.20, 79.20, 25.00, "U2"),
            (d_uc, "73030", "X-ray, shoulder", 96.00, 36.80, 36.80, 0.00, "K8")], note=""),
    ]
    for c in claims:
        c["no"] = claim_no(rng, c["recv"])
    den = claims[1]
    rows = []
    tot = [0.0] * 4
    for k, c in enumerate(claims):
        rows.append(("span", f"{c['prov']} - {c['rend']}   claim {c['no']}   received {slash(c['recv'])}"))
        for d, code, what, b, al, pd, owe, rc in c["lines"]:
            rows.append([slash(d), code, what, n2(b), n2(al), n2(pd), n2(owe), rc])
            tot = [a + v for a, v in zip(tot, (b, al, pd, owe))]
        if len(c["lines"]) > 1:
            rows.append(("bold", ["", "", "Claim total", *[n2(sum(x[i] for x in c["lines"])) for i in (3, 4, 5, 6)],
                                  ""]))
        for ln in c["note"] or []:
            rows.append(("note", ln))
        rows.append(("gap",))
    rows.append(("bold", ["", "", "Totals", *[n2(v) for v in tot], ""]))
    p = EPSheet(footer="Page {n} of {nb}", strip=f"{first_last(hw)}  \u00b7  {grouped(m)}  \u00b7  statement of "
                                                 f"{slash(sd)}", ids_foot=FOOT_TRUST)
    p.set_margins(15, 13, 15)
    p.add_page()
    plan_head(p, rng, box="EXPLANATION OF BENEFITS")
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    for ln in addr(rng, hw, [("Chalmette", "LA", "70043"), ("Metairie", "LA", "70003")]):
        p.line(ln, 10)
    y1 = p.get_y()
    y2 = p.caption_right([("statement date", abbr(sd)), ("member no.", grouped(m)), ("plan", BACK), ("group", grp),
                          ("member class", f"Hotwalker, {track}")], p.l_margin + W * 0.5, y0, W * 0.5, size=8.8)
    p.set_y(max(y1, y2) + 4)
    p.f(8.6, "B")
    p.cell(0, 4.4, "THIS IS NOT A BILL", new_x="LMARGIN", new_y="NEXT")
    p.para(f"These are the claims the {PLAN} finished for you since your last statement. Pay a provider no more "
           "than the amount under \"You owe\". The codes are explained on page 2.", 8.4)
    widths = [W * k / 100 for k in (11, 8, 27, 10, 10, 10, 10, 6)]
    p.flow_table(["Date", "Code", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Code"], widths,
                 ["L", "L", "L", "R", "R", "R", "R", "L"], rows, size=7.4, row_h=4.4, foot_room=22, top_gap=2)
    p.add_page()
    p.legend_two("What the codes mean", [
        ("K8", "Paid at 80% of the allowed amount after the deductible."),
        ("U2", "Urgent care copay, $25.00."),
        ("TF", "The Plan received this claim more than 180 days after the date of service. Claims that late are not "
               "paid. A network provider may not bill you for it; others may."),
        ("E7", "Not covered: the meet's 60-day run-out had ended."),
        ("W4", "Work injury: the trainer's workers' compensation carrier pays first."),
        ("PA", "Needed pre-approval.")], size=7.6)
    p.cols([[("Questions or disagree?", "You may appeal any line within 180 days of the date of this statement. "
                                        f"Write to the Appeals Committee, {TRUST}, {TRUST_ADDR[0]}, {TRUST_ADDR[1]}, "
                                        "with the claim number and why you disagree.")],
            [("Your deductible", "2026 deductible $500.00; met $500.00. For example, on an allowed amount of "
                                 "$100.00 after the deductible the Plan pays $80.00 and you pay $20.00.")]], size=7.8)
    total = sum(x[3] for x in den["lines"])
    d1 = (out(p), truth("eob", "timely_filing", insurer=PLAN, plan_id=BACK, group=grp, member_id=m, member_name=hw,
                        cases=[den["no"]], claim_amount=m2(total), service_dates=[iso(d_pt), iso(d_pt2)],
                        denial_date=iso(sd), provider=den["prov"], appeal_deadline=iso(plus(sd, 180)),
                        alternates={"insurer": PLAN_ALT, "provider": [den["rend"], f"{den['prov']} - {den['rend']}"]}))
    # --- B: Trustees' appeal decision, two pages (page 1 fed sideways)
    jockey = people(rng, 1, "jk", sexes="M", used=USED)[0]
    ortho, chair = people(rng, 2, "dr", sexes="FM", used=USED)
    m2_ = mid(rng)
    tr2, grp2, _ = TRACKS["cp"]
    inj = [workday(dt.date(2026, 3, rng.randint(2, 6)))]
    inj.append(plus(inj[0], 14))
    clm2 = claim_no(rng, plus(inj[1], 7))
    apl = f"APL-26-{digits(rng, 4)}"
    heard = workday(dt.date(2026, 7, rng.randint(14, 17)))
    dd = workday(plus(heard, rng.randint(5, 8)))
    prac = "Lake Charles Sports & Spine"
    per = 925.00
    q = EPSheet(footer="Page {n} of {nb}", run_hdr=f"Appeal {apl}  \u00b7  {first_last(jockey)}  \u00b7  {m2_}",
                ids_foot=FOOT_TRUST)
    q.set_margins(18, 14, 18)
    q.add_page()
    plan_head(q, rng, above=True, box="APPEAL DECISION")
    q.f(9.8)
    q.cell(0, 5, long(dd), new_x="LMARGIN", new_y="NEXT")
    q.ln(2)
    for ln in addr(rng, jockey, [("Sulphur", "LA", "70663"), ("Vinton", "LA", "70668")]):
        q.line(ln, 10)
    q.ln(3)
    Wq = q.w - q.l_margin - q.r_margin
    q.band([("Appeal no.", apl, 0.22), ("Claim no.", clm2, 0.26), ("Member no.", m2_, 0.22),
            ("Plan / group", f"{RIDERS} / {grp2}", 0.3)], shade=55, size=9.2, h=11)
    q.subject_line("The Appeals Committee kept the decision on your PRP injections")
    q.para(f"Dear {first_last(jockey)}:", 9.8)
    q.para(f"You appealed our refusal to pay for two platelet-rich plasma (PRP) injections into your left knee, given "
           f"by {org_person(prac, dr(ortho))} on {long(inj[0])} and {long(inj[1])}, for jumper's knee "
           f"(patellar tendon pain). {prac} billed ${per * 2:,.2f} (${per:,.2f} each, CPT 0232T).", 9.2)
    q.para(f"The Appeals Committee of the Board of Trustees heard your appeal on {long(heard)}. It read your letter, "
           "your doctor's notes and a report from an independent orthopaedic surgeon.", 9.2)
    q.add_page()
    q.heading("The Committee's decision", 10.4)
    q.para("The Committee kept the refusal. The Plan does not pay for treatment that is experimental or "
           "investigational, meaning that studies have not shown it works better than standard care for the "
           "condition. The reviewer found that the studies of PRP for patellar tendon pain are small and their "
           "results differ, and that no major specialty society recommends it. Standard care (rest from riding, "
           "a guided exercise program, and bracing) is covered, and the Plan has paid your therapy.", 9.2)
    q.table(["Date", "Service", "Billed", "Plan paid"], [[slash(d), "PRP injection, knee (0232T)", n2(per), "0.00"]
                                                          for d in inj] + [["", "Total", n2(per * 2), "0.00"]],
            [30, 90, 30, 26], size=8.6, row_h=5.4, aligns=["L", "L", "R", "R"], bold_last=True)
    q.heading("Your rights now", 10.2)
    q.para("This is the Plan's final decision on this claim. You may ask for an external review by an independent "
           "review organization within 4 months after you receive this letter, and you may bring a civil action "
           "under section 502(a) of ERISA. You may ask for free copies of everything used to decide your appeal.",
           9.0)
    q.ln(2)
    q.two_sigs([dr(chair), "Chair, Appeals Committee", f"Board of Trustees, {TRUST}"],
               ["Prepared by", TPA, "Appeals Unit"], size=8.8)
    d2 = (out(q), truth("denial_letter", "experimental", insurer=PLAN, plan_id=RIDERS, group=grp2, member_id=m2_,
                        member_name=jockey, cases=[apl, clm2], claim_amount=m2(per * 2),
                        service_dates=[iso(d) for d in inj], denial_date=iso(dd), provider=prac,
                        alternates={"insurer": PLAN_ALT, "provider": [dr(ortho), org_person(prac, dr(ortho))],
                                    "case_numbers": [[apl], [clm2]]}))
    return [d1, d2]


# ---------------------------------------------------------------------------------------------------------------
def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    USED.clear()
    f = FAMILY
    return [
        Item(f"{f}_bd_remittance_runout_e7", "born_digital", [bd_remittance(rng)]),
        Item(f"{f}_faxstd_barn_kick_comp_first", "fax_standard_g4", [faxstd_barn_kick(rng)]),
        Item(f"{f}_faxstd_mri_without_preapproval", "fax_standard_g4", [faxstd_mri(rng)]),
        Item(f"{f}_lowres_reducing_stay_observation", "scan_lowres_150", [lowres_reducing(rng)]),
        Item(f"{f}_photo_es_iv_hydration", "phone_photo", [photo_es_iv(rng)]),
        Item(f"{f}_photocopy_clavicle_approval", "photocopy", [photocopy_approval(rng)]),
        Item(f"{f}_faxfine_stack_eob_late_claim_then_prp_appeal", "fax_fine_g4", faxfine_stack(rng),
             separators=["cover", None], turns={(1, 0): 90}),
    ]
