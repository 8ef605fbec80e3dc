"""A commercial health plan's decisions on the routine patient costs of care in clinical trials, mirrored (structure
and plain wording style only) from how insurers describe the federal rule for group and individual health coverage
(Public Health Service Act section 2709) and the state laws like it: a plan may not refuse a qualified person's
taking part in an approved clinical trial (phase I to IV, for cancer or another life-threatening condition, federally
funded or run under an investigational new drug application) and must cover the routine patient costs of that care
as it covers any other care; it need not pay for the item or drug under study itself, for items and services given
only to collect data for the study, or for care clearly outside accepted standards; it may require a network
provider when one takes part in the trial; its own prior approval, medical-necessity and coding rules still apply.
The insurer Orrisfield Health Assurance Company, its plans, every employer, cancer center, clinic, hospital, person,
member number (subscriber "OHX" + nine digits, each family member the same number with a two-digit suffix after a
space), claim, request and appeal number, trial registry number (NCT0 + seven digits), plan code and amount are
invented (phones 555); CPT, HCPCS, ICD-10 and CARC codes appear as themselves. No heading names the kind of refusal.

Documents (8 in 7 files):
- born_digital_family_eob_logo_title_side_column_study_drug_line_t3_dependant_suffix: a two-page EOB with the brand
  word in a black box beside "EXPLANATION OF BENEFITS"; the subscriber's number in the header, each claim's patient
  with the suffixed number; seven claims in an unruled listing with a side column ("Your plan at a glance", "Help")
  beside it, broken over the page inside the cancer institute's claim; only the study drug line (J9999-Q0) refused
  under T3, told only in the code list on page 2, where unused codes T5 and T8 sit beside it.
- clean300_split_brand_out_of_network_trial_site_same_study_open_in_network: the brand split over two lines in
  letter-spaced capitals; a request to take part at an out-of-network university center refused because the same
  study enrolls at a network center in the state (planned start date; registry and IRB numbers as decoys); values in
  boxes with their captions at the right; "no later than" a printed date.
- photocopy_dependant_son_research_only_pet_scans_two_column_prose: a letter to an adult dependant (the subscriber's
  number and his own suffixed number in boxes captioned under them) refusing two PET/CT scans the protocol calls for
  only for the study's records; the reasons in two ruled newspaper columns; 180 days from the letter.
- phone_es_estadia_sin_aprobacion_previa_ensayo: a photographed Spanish letter to the subscriber's wife: a hospital
  stay to watch the first dose of a study drug, with no prior approval asked for (admission and discharge dates,
  charges; "dentro de 180 días a partir de la fecha de esta carta").
- rotated_approval_values_over_captions_cooperative_group_phase_ii: an approval of routine costs in a federally
  funded phase II study fed turned: values above their captions in boxes, an upper-case date, the sponsor's free
  drug and the approval window as decoys; denies nothing.
- lowres_provider_remittance_side_panels_claim_without_trial_identifiers_co16: a 150 dpi remittance to a cancer care
  network with a payment summary column beside the claims listing; five patients; one infusion claim without Z00.6,
  modifier Q1 and the registry number rejected (CO-16 / M27 in the glossary); appeals 90 days from the remit date,
  a corrected-claim limit as decoy.
- finefax_stack_dear_cover_device_trial_appeal_upheld_upside_down_then_repeat_mri: a fine fax from
  a neurology research clinic: its cover sheet whose message opens "Dear Mr. ...", the plan's two-page appeal
  decision keeping the refusal of a migraine stimulator study (not an approved trial; page 2 upside down; only an
  external review left), and a letter refusing a repeat brain MRI as not medically necessary.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundel_famlc import (ELSheet, cents, dashed, dear_cover, digits, dmy, dots, es_date, first_last, iso, kin,
                               last_first, long, m2, n2, nth, out, people, phone, plus, slash, surname, tollfree,
                               truth, upper, usd, workday, ymd, yy)

FAMILY = ("commercial_plan_clinical_trial_routine_costs_study_drug_research_only_scans_unapproved_trial_and_"
          "out_of_network_site_refusals")
LANG = "en"
SEED = 355012
INS = "Orrisfield Health Assurance Company"
INS_ALT = ["Orrisfield Health Assurance", "Orrisfield Health", "Orrisfield", "ORRISFIELD HEALTH ASSURANCE"]
ADDR = "PO Box 4410, Brackwater, OR 97208-4410"
STREET = "1200 Tannery Wharf, Brackwater, OR 97209"


def mid(rng):
    return "OHX" + digits(rng, 9)


def nct(rng):
    return "NCT0" + digits(rng, 7)


def split_head(p, rng, right=None):
    p.spaced_brand("Orrisfield", "Health Assurance", "", [STREET, f"Member services {tollfree(rng, '866')}  |  "
                                                          f"TTY 711  |  Fax {phone(rng, '503')}"], right=right,
                   size=19, spacing=3.0)


def footer_ins(rng):
    return f"{INS}  |  {ADDR}"


# ---------------------------------------------------------------------------------------------------------------
def born_eob(rng):
    sub, wife, kid, dr_fam, dr_onc, dr_ped, dr_rad, dr_urg = people(rng, 8, sexes="MFMXXXXX")
    wife, kid = kin(wife, sub), kin(kid, sub)
    base = mid(rng)
    n_w, n_k = f"{base} 01", f"{base} 02"
    sd = workday(dt.date(2026, 3, rng.randint(16, 20)))
    plan_id, group = "ORP-2500-26", f"G-{digits(rng, 7)}"
    employer = "Tessaline Freight Company"
    tdate = dt.date(2026, 2, rng.randint(23, 27))
    ct_date = plus(tdate, -rng.randint(5, 9))
    fam_date = dt.date(2026, 2, rng.randint(3, 12))
    ped_date = dt.date(2026, 3, rng.randint(2, 6))
    cl = [f"26{d.strftime('%m%d')}-{digits(rng, 6)}-0{i}" for i, d in enumerate((fam_date, tdate, ct_date, ped_date), 1)]
    study = nct(rng)
    # the cancer institute's lines: (code, text, billed, allowed share, note)
    lines = [("99215", "Office visit, established", cents(rng, 380, 460)),
             ("85025", "Blood count, complete", cents(rng, 48, 72)),
             ("80053", "Metabolic panel", cents(rng, 88, 130)),
             ("96413", "Chemo infusion, first hour", cents(rng, 690, 820)),
             ("96415", "Chemo infusion, each added hour", cents(rng, 160, 210)),
             ("J2405", "Ondansetron, per 1 mg (x8)", cents(rng, 64, 96)),
             ("J9999-Q0", "Study drug, not otherwise classified", cents(rng, 8200, 9600))]
    REF = 6
    rows = []
    tot_b = tot_a = tot_p = tot_y = 0.0

    def line(d, code, text, billed, note):
        nonlocal tot_b, tot_a, tot_p, tot_y
        if note == "T3":
            a = p_ = 0.0
            y = 0.0
        else:
            a = round(billed * rng.uniform(0.42, 0.6), 2)
            if note == "D2":
                p_, y = 0.0, a
            elif note == "P4":
                p_, y = a, 0.0
            else:
                y = round(a * 0.2, 2)
                p_ = round(a - y, 2)
        tot_b += billed
        tot_a += a
        tot_p += p_
        tot_y += y
        return [slash(d), text, code, n2(billed), n2(a), n2(p_), n2(y), note], billed, a, p_, y

    def claim(i, who, num, prov, rend, items):
        out_rows = [("span", f"Claim {cl[i]}   Patient: {who}   Member no. {num}"),
                    ("span", f"Provider: {prov}   Rendering: {rend}")]
        sb = sa = sp = sy = 0.0
        for d, code, text, billed, note in items:
            r, b, a, p_, y = line(d, code, text, billed, note)
            out_rows.append(r)
            sb, sa, sp, sy = sb + b, sa + a, sp + p_, sy + y
        out_rows.append(("bold", ["", "Claim total", "", n2(sb), n2(sa), n2(sp), n2(sy), ""]))
        out_rows.append(("gap",))
        return out_rows, sb

    c1, _ = claim(0, sub, base, "Brackwater Family Practice", dr_fam,
                  [(fam_date, "99213", "Office visit, established", cents(rng, 160, 230), "D2")])
    c3, _ = claim(2, wife, n_w, "Fernhollow Imaging Center", dr_rad,
                  [(ct_date, "71260", "CT chest with contrast", cents(rng, 1450, 1900), "P1"),
                   (ct_date, "74177", "CT abdomen/pelvis w contrast", cents(rng, 2100, 2600), "P1")])
    lab_date, uc_date = plus(fam_date, 2), dt.date(2026, 2, rng.randint(14, 21))
    vis_date = plus(fam_date, rng.randint(3, 6))
    cl += [f"26{lab_date.strftime('%m%d')}-{digits(rng, 6)}-05", f"26{uc_date.strftime('%m%d')}-{digits(rng, 6)}-06",
           f"26{vis_date.strftime('%m%d')}-{digits(rng, 6)}-07"]
    c5, _ = claim(4, sub, base, "Cascade Reference Laboratory", dr_fam,
                  [(lab_date, "80061", "Lipid panel", cents(rng, 60, 95), "D2"),
                   (lab_date, "83036", "Hemoglobin A1c", cents(rng, 40, 70), "D2")])
    c6, _ = claim(5, kid, n_k, "Oakhaven Urgent Care", dr_urg,
                  [(uc_date, "99203", "Office visit, new patient", cents(rng, 190, 260), "P1"),
                   (uc_date, "87880", "Strep test, rapid", cents(rng, 35, 60), "P1")])
    c7, _ = claim(6, wife, n_w, "Brackwater Family Practice", dr_fam,
                  [(vis_date, "99214", "Office visit, established", cents(rng, 240, 310), "P1")])
    items2 = [(tdate, c, t, b, "T3" if k == REF else "P1") for k, (c, t, b) in enumerate(lines)]
    c2, total2 = claim(1, wife, n_w, "Quillmont Cancer Institute", dr_onc, items2)
    c4, _ = claim(3, kid, n_k, "Larkmoor Pediatrics", dr_ped,
                  [(ped_date, "99393", "Well child visit, age 5-11", cents(rng, 210, 260), "P4"),
                   (ped_date, "90686", "Flu vaccine", cents(rng, 38, 52), "P4")])
    ref_billed = lines[REF][2]
    all_rows = c1 + c5 + c6 + c3 + c7 + c2 + c4
    # break inside the cancer institute's claim, before its study-drug line
    cut = len(c1) + len(c5) + len(c6) + len(c3) + len(c7) + 2 + 4
    p = ELSheet(footer="Page {n} of {nb}", footer_left=f"OHA-EOB-7 (01/26)  |  Issued {slash(sd)}  |  {INS}",
                every=f"{sub}  |  Subscriber ID {base}  |  Statement of {long(sd)}")
    p.set_margins(15, 14, 15)
    p.add_page()
    W = p.w - p.l_margin - p.r_margin
    p.logo_title("Orrisfield", "Explanation of Benefits", "THIS IS NOT A BILL. Keep it with your health records.",
                 right=[STREET, f"Questions: {tollfree(rng, '866')} (TTY 711)"])
    y0 = p.get_y()
    for ln in [sub, f"{rng.randint(120, 9800)} Ferrier Bend Rd", "Oakhaven, OR 97381"]:
        p.set_x(p.l_margin)
        p.line(ln, 9.8)
    yk = p.kv_box([("Statement date", long(sd)), ("Subscriber", sub), ("Subscriber ID", base),
                   ("Employer", employer)], p.l_margin + W * 0.5, y0, W * 0.5, cap_w=30, size=8.6)
    p.set_xy(p.l_margin, max(p.get_y(), yk) + 3)
    p.para("This statement shows claims we processed for you and the members of your family between "
           f"{long(plus(sd, -31))} and {long(plus(sd, -1))}. The note letters in the last column are explained on "
           "the last page.", 8.6)
    head = ["Date", "Service", "Code", "Billed", "Allowed", "Plan paid", "Your share", "Note"]
    widths = [18, 40, 14, 14, 14, 14, 14, 10]
    al = ["L", "L", "L", "R", "R", "R", "R", "C"]
    side = [("Your plan at a glance", [("kv", "Plan", "Choice PPO 2500"), ("kv", "Plan ID", plan_id),
                                       ("kv", "Group", group),
                                       ("kv", "Family deductible", "$5,000.00"),
                                       ("kv", "Met so far", usd(cents(rng, 2900, 3600))),
                                       ("kv", "Out-of-pocket limit", "$10,000.00"),
                                       "Care in an approved clinical trial: routine costs are paid like any other "
                                       "covered care."]),
            ("Help", [f"Call {tollfree(rng, '866')}", "Mon-Fri 7 a.m. to 7 p.m. Pacific",
                      "orrisfield member site: Claims"])]
    p.side_listing(head, all_rows[:cut], widths, al, side, side_w=50, size=6.9)
    p.carry("claims continue on page 2")
    p.add_page()
    p.f(9.4, "B")
    p.cell(0, 5, "Claims (continued)", new_x="LMARGIN", new_y="NEXT")
    rest = [("span", f"Claim {cl[1]} continued   Patient: {wife}")] + all_rows[cut:]
    rest.append(("bold", ["", "Totals, this statement", "", n2(tot_b), n2(tot_a), n2(tot_p), n2(tot_y), ""]))
    k = (W - 0) / sum(widths)
    p.listing(head, rest, [w * k for w in widths], al, size=6.9, row_h=4.1)
    p.glossary("What the notes mean", [
        ("P1", "Paid under your plan's benefits after your coinsurance."),
        ("P4", "Preventive care paid in full."),
        ("D2", "Applied to your deductible; you pay the provider this amount."),
        ("T3", "This is the drug, device or service the study is testing. It is not a routine patient cost, and "
               "the plan does not pay for it. Many study sponsors supply it at no charge; ask the study team."),
        ("T5", "The study site is outside your network, and a network site takes part in the same study."),
        ("T8", "Done only to collect data for the study and not used to manage your care.")], size=7.6)
    p.heading("How we figure your share", 9.4)
    p.para("For example, if a covered service has an allowed amount of $200.00 and your deductible is met, your 20% "
           "coinsurance is $40.00 and the plan pays $160.00. Providers in your network cannot bill you for more than "
           "your share.", 8.4)
    p.heading("If you disagree", 9.4)
    p.para(f"You may appeal any decision on this statement. Write to Orrisfield Appeals, {ADDR}, within 180 days of "
           "the date of this statement, and say which claim and which line you disagree with. Send any records or a "
           "letter from your doctor you want us to read. If your plan is governed by ERISA you may also bring a civil "
           "action after the appeal. An urgent appeal is decided within 72 hours.", 8.4)
    p.rights(INS, tollfree(rng, "866"))
    t = truth("eob", "experimental", insurer=INS, plan_id=plan_id, group=group, member_id=n_w, member_name=wife,
              cases=[cl[1]], claim_amount=m2(total2), service_dates=[iso(tdate)], denial_date=iso(sd),
              provider="Quillmont Cancer Institute", appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": INS_ALT, "claim_amount": [m2(ref_billed)], "provider": [dr_onc]},
              denial_alternates=["not_covered"])
    return out(p), t


def clean_oon(rng):
    pat, dr, rn, nurse, md = people(rng, 5, sexes="FXXFX")
    num = mid(rng)
    ld = workday(dt.date(2026, 4, rng.randint(1, 3)))
    recv = plus(ld, -rng.randint(8, 12))
    start = plus(ld, rng.randint(12, 16))
    by = plus(ld, 180)
    req = f"PR-{digits(rng, 4)}-{digits(rng, 5)}"
    study = nct(rng)
    irb = f"IRB-{rng.randint(2024, 2025)}-{digits(rng, 4)}"
    plan_id, group = "ORE-0050-26", f"G-{digits(rng, 7)}"
    site = "Hallam Ridge University Cancer Center"
    net = "Saltmarsh Regional Cancer Center"
    p = ELSheet(footer="Page {n} of {nb}",
                ids_foot=f"{first_last(pat)}  |  Member ID {num}  |  Request {req}  |  Letter date {slash(ld)}")
    p.set_margins(20, 16, 20)
    p.add_page()
    split_head(p, rng, right=["Utilization Management", "Clinical Trial Review Unit"])
    p.line(nth(ld), 10)
    p.ln(3)
    for ln in [pat, f"{rng.randint(14, 960)} Larch Terrace Apt {rng.randint(2, 30)}", "Millbeck, OR 97470"]:
        p.line(ln, 10)
    p.ln(4)
    p.boxes_cap_right([(req, "request number", 62), (num, "member ID", 58), (group, "group", 56)])
    p.boxes_cap_right([(plan_id, "plan ID", 62), (long(recv), "date received", 58),
                       (study, "registry number", 56)])
    p.ln(2)
    p.para(f"Dear {first_last(pat)}:", 10)
    p.para(f"{dr} of {site} asked us to cover your routine care while you take part in study {study}, a phase III "
           f"trial for people with your kind of breast cancer. The first study visit is planned for {long(start)}. "
           "We have looked at the request and at your plan's rules, and we cannot approve routine care for this "
           f"study at {site}.", 10)
    p.heading("Why", 10.5)
    p.para(f"Your plan, Orrisfield Select EPO, pays for care from providers in its network. {site} is not in the "
           f"network. The same study is enrolling patients at {net} in Coldmere, which is in your network and about "
           "38 miles from your home. When a network provider takes part in a trial, the law lets a plan ask you to "
           f"take part through that provider. If you join the study at {net}, we will pay the routine costs of your "
           "care there (visits, tests, scans and hospital care you would get anyway) the same way we pay for other "
           "covered care. The study drug is supplied by the study's sponsor.", 10)
    p.para(f"{net}: research office {phone(rng, '541')}. {site}: {phone(rng, '503')}.", 9.2)
    p.heading("Your rights", 10.5)
    p.para("You or your doctor may appeal. Your appeal must reach us no later than "
           f"{long(by)}. Send it to Orrisfield Appeals, {ADDR}, or fax it to {phone(rng, '503')}. If waiting could "
           "seriously harm your health, ask for a fast appeal; we decide it within 72 hours. After our appeal "
           "decision you may ask for an external review by an independent reviewer within four months.", 10)
    p.para("Sincerely,", 10)
    p.ln(4)
    p.para(f"{nurse}, RN, Clinical Trial Review Unit\n{md}, MD, Medical Director\n{INS}", 9.4)
    p.para(f"cc: {dr}, {site} (IRB approval {irb})", 8)
    t = truth("denial_letter", "out_of_network", insurer=INS, plan_id=plan_id, group=group, member_id=num,
              member_name=pat, cases=[req], claim_amount=None, service_dates=[iso(start)], denial_date=iso(ld),
              provider=site, appeal_deadline=iso(by), alternates={"insurer": INS_ALT, "provider": [dr]})
    return out(p), t


def photocopy_research(rng):
    sub, son, dr, rev = people(rng, 4, sexes="FMXX")
    son = kin(son, sub)
    base = mid(rng)
    num = f"{base} 02"
    ld = workday(dt.date(2026, 4, rng.randint(7, 10)))
    d1 = dt.date(2026, 3, rng.randint(2, 6))
    recv = plus(d1, rng.randint(9, 14))
    cl = f"26{d1.strftime('%m%d')}-{digits(rng, 6)}-01"
    study = nct(rng)
    b1 = cents(rng, 5600, 6900)
    b2 = cents(rng, 240, 330)
    total = round(b1 + b2, 2)
    plan_id, group = "ORP-1500-26", f"G-{digits(rng, 7)}"
    prov = "Pennock Imaging & PET Center"
    p = ELSheet(serif=True, footer="Page {n} of {nb}", footer_left=f"{INS}  |  Claim {cl}")
    p.set_margins(18, 16, 18)
    p.add_page()
    split_head(p, rng, right=["Claims Review", dmy(ld)])
    for ln in [son, f"{rng.randint(30, 880)} Cobble Row", "Eastfold, OR 97301"]:
        p.line(ln, 10)
    p.ln(4)
    W = p.w - p.l_margin - p.r_margin
    p.under_grid([[("Patient", son, W * 0.36), ("Patient's member ID", num, W * 0.34),
                   ("Subscriber's ID", base, W * 0.30)],
                  [("Claim number", cl, W * 0.36), ("Billed by", prov, W * 0.40), ("Group", group, W * 0.24)],
                  [("Date of service", slash(d1), W * 0.24), ("Claim received", dots(recv), W * 0.24),
                   ("Amount billed", f"${n2(total)}", W * 0.24), ("Plan ID", plan_id, W * 0.28)]])
    p.table(["Line", "Date", "Code", "Description", "Billed", "Plan pays"],
            [["1", slash(d1), "78815", "PET/CT, skull base to mid-thigh", n2(b1), "0.00"],
             ["2", slash(d1), "A9552", "F-18 FDG tracer", n2(b2), "0.00"]],
            [12, 24, 18, 76, 25, 25], size=8.6, aligns=["C", "L", "L", "L", "R", "R"])
    p.flow([
        f"**What we decided.** We will not pay for the PET/CT scan of {long(d1)} or its tracer. You took part in "
        f"study {study} and the study's protocol lists this scan as one the study team does at set weeks to measure, "
        "for the study's own records, how the tumor responds.",
        f"**Why.** Your plan pays the routine costs of care in an approved clinical trial: the visits, tests and "
        f"treatment you would get anyway. It does not pay for items or services that are done only to collect data "
        f"for the study and are not used to manage your care. The notes of your oncologist, {dr}, show that your "
        "treatment was planned from your CT scans and blood counts, and that the PET result was sent to the study "
        "and not used to change your care.",
        "**Who may pay.** The study's consent form says the sponsor pays for research-only scans. You may want to "
        f"show this letter to the study team or to {prov}.",
        f"**If you disagree.** You may appeal within 180 days of the date of this letter. Write to Orrisfield "
        f"Appeals, {ADDR}. Include any records or a letter from your doctor. We will answer within 30 days. If we "
        "keep our decision you may ask for an external review.",
        f"The reviewer was {rev}, MD, a board-certified oncologist. You may ask for a free copy of the rules we "
        f"used and of the papers in your file by calling {tollfree(rng, '866')}."], ncols=2, size=9.0, rule=True)
    p.ln(2)
    p.para(f"Claims Review, {INS}", 9)
    p.para("Example only: if a covered scan is allowed at $1,000.00 and your deductible is met, your coinsurance is "
           "$200.00.", 7.6)
    t = truth("denial_letter", "not_covered", insurer=INS, plan_id=plan_id, group=group, member_id=num,
              member_name=son, cases=[cl], claim_amount=m2(total), service_dates=[iso(d1)], denial_date=iso(ld),
              provider=prov, appeal_deadline=iso(plus(ld, 180)), alternates={"insurer": INS_ALT},
              denial_alternates=["experimental"])
    return out(p), t


def phone_es(rng):
    sub, wife, dr, md = people(rng, 4, es=True, sexes="MFXX")
    wife = kin(wife, sub)
    base = mid(rng)
    num = f"{base} 01"
    ld = workday(dt.date(2026, 4, rng.randint(13, 17)))
    adm = dt.date(2026, 3, rng.randint(2, 9))
    dis = plus(adm, 3)
    cl = f"26{adm.strftime('%m%d')}-{digits(rng, 6)}-01"
    total = cents(rng, 34000, 41000)
    study = nct(rng)
    group = f"G-{digits(rng, 7)}"
    hosp = "St. Aldhelm Medical Center"
    p = ELSheet(footer="Página {n} de {nb}", footer_left=f"{INS}  |  Reclamación {cl}")
    p.set_margins(18, 16, 18)
    p.add_page()
    p.logo_title("Orrisfield", "Aviso sobre su reclamación", "Health Assurance  |  Servicios para miembros en español "
                 f"{tollfree(rng, '866')}", right=[STREET])
    p.addr_pairs_right([wife, f"{rng.randint(200, 4800)} Calle Ortiga", "Hollis Ford, OR 97113"],
                       [("Fecha", es_date(ld)), ("Paciente", wife), ("N.º de miembro", num),
                        ("Suscriptor", f"{sub}, {base}"), ("Grupo", group), ("Reclamación", cl)], split=0.44,
                       cap_w=30, size=8.8)
    p.para(f"Estimada señora {surname(sub)}:", 10)
    p.para(f"Recibimos la reclamación de {hosp} por su estadía en el hospital. Usted ingresó el {es_date(adm)} y "
           f"salió el {es_date(dis)}. La estadía fue para vigilarla durante la primera dosis del medicamento del "
           f"estudio {study}. El hospital cobró {usd(total)}.", 10)
    p.heading("Lo que decidimos", 10.5)
    p.para("No pagaremos esta estadía. Su plan exige que nos pidan aprobación antes de un ingreso al hospital que no "
           "es de emergencia. También pide que nos avisen antes de empezar la atención de un ensayo clínico, para "
           "revisar que el estudio reúne los requisitos. No recibimos ninguna de las dos solicitudes, ni antes del "
           "ingreso ni durante la estadía.", 10)
    p.para(f"El médico que la atendió, {dr}, puede pedirnos que revisemos la estadía. Si el estudio reúne los "
           "requisitos, los costos de rutina se pagan igual que otra atención cubierta.", 10)
    p.heading("Si no está de acuerdo", 10.5)
    p.para("Puede apelar dentro de 180 días a partir de la fecha de esta carta. Envíe su apelación por escrito a "
           f"Orrisfield Appeals, {ADDR}. Si su salud corre peligro, pida una apelación rápida (la decidimos en 72 "
           "horas). También puede pedir una revisión externa después de nuestra decisión.", 10)
    p.para(f"Atentamente,\n\n{md}, MD, Director médico\n{INS}", 9.6)
    p.tagline_block(tollfree(rng, "866"))
    t = truth("denial_letter", "prior_authorization", insurer=INS, group=group, member_id=num, member_name=wife,
              cases=[cl], claim_amount=m2(total), service_dates=[f"{iso(adm)}/{iso(dis)}"], denial_date=iso(ld),
              provider=hosp, appeal_deadline=iso(plus(ld, 180)), lang="es",
              alternates={"insurer": INS_ALT, "provider": [dr], "service_dates": [[iso(adm)]]})
    return out(p), t


def rotated_approval(rng):
    pat, dr, nurse = people(rng, 3, sexes="FXF")
    num = mid(rng)
    ld = workday(dt.date(2026, 4, rng.randint(1, 3)))
    start = plus(ld, rng.randint(4, 9))
    end = plus(start, 182)
    auth = f"A26-{digits(rng, 7)}"
    study = nct(rng)
    group = f"G-{digits(rng, 7)}"
    plan_id = "ORP-2500-26"
    clinic = "Brackwater Hematology & Oncology"
    p = ELSheet(footer="Page {n} of {nb}", footer_left=f"{INS}  |  Authorization {auth}")
    p.set_margins(18, 16, 18)
    p.add_page()
    split_head(p, rng, right=["Clinical Trial Review Unit", upper(ld)])
    for ln in [pat, f"{rng.randint(12, 990)} Wickham Loop", "Brackwater, OR 97211"]:
        p.line(ln, 10)
    p.ln(4)
    W = p.w - p.l_margin - p.r_margin
    p.over_boxes([(auth, "Authorization no.", W * 0.3), (num, "Member ID", W * 0.3), (group, "Group", W * 0.2),
                  (plan_id, "Plan ID", W * 0.2)])
    p.over_boxes([(clinic, "Study site (in network)", W * 0.5), (dr, "Treating oncologist", W * 0.5)])
    p.over_boxes([(study, "Registry number", W * 0.3), ("Phase II", "Phase", W * 0.2),
                  (f"{slash(start)} to {slash(end)}", "Approved for", W * 0.5)])
    p.para(f"Dear {first_last(pat)},", 10)
    p.para(f"Good news: we approved coverage of the routine costs of your care in study {study}. The study is funded "
           "by the National Cancer Institute through a cooperative group, so it is an approved clinical trial under "
           "your plan and federal law.", 10)
    p.bullets(["We will pay for visits, lab tests, scans, hospital care and medicines to prevent or treat side "
               "effects that you would get anyway, the same way we pay for other covered care. Your usual "
               "deductible and coinsurance apply.",
               "The study drug is supplied free by the study's sponsor and will not be billed to you or to us.",
               "Tests done only to collect data for the study are paid by the study.",
               "If the study adds visits after " + slash(end) + ", your oncologist can ask us to extend this "
               "approval."], 9.6)
    p.para(f"Nothing in this letter is a refusal. If you have questions call {tollfree(rng, '866')}.", 9.6)
    p.para(f"{nurse}, RN\nClinical Trial Review Unit, {INS}", 9.4)
    t = truth("other", None, insurer=INS, plan_id=plan_id, group=group, member_id=num, member_name=pat, cases=[auth],
              claim_amount=None, service_dates=[], denial_date=iso(ld), provider=clinic, appeal_deadline=None,
              alternates={"insurer": INS_ALT, "provider": [dr], "service_dates": [[f"{iso(start)}/{iso(end)}"]]})
    return out(p), t


def lowres_remit(rng):
    pats = people(rng, 7)
    subs = people(rng, 6)
    rd = workday(dt.date(2026, 3, rng.randint(23, 27)))
    payee = "Wrenfold Cancer Care"
    npi, tin = digits(rng, 10), f"93-{digits(rng, 7)}"
    eft = f"EFT{digits(rng, 9)}"
    REF = 2
    claims = []
    for i in range(5):
        d = plus(rd, -rng.randint(12, 40))
        base = mid(rng)
        suffix = rng.choice(["00", "01", "02"]) if i != REF else "02"
        cl = f"26{d.strftime('%m%d')}-{digits(rng, 6)}-01"
        rend = pats[5] if i % 2 else pats[6]
        if i == REF:
            ls = [("96413", "Chemo infusion, 1st hr", cents(rng, 700, 820)),
                  ("96415", "Chemo infusion, addl hr", cents(rng, 160, 220)),
                  ("96375", "IV push, sequential", cents(rng, 120, 160)),
                  ("J1100", "Dexamethasone 1 mg x12", cents(rng, 18, 30)),
                  ("85025", "CBC", cents(rng, 45, 70))]
        else:
            ls = [(c, t, cents(rng, lo, hi)) for c, t, lo, hi in rng.sample(
                [("99214", "Office visit", 230, 320), ("96365", "IV infusion, 1st hr", 300, 420),
                 ("85025", "CBC", 45, 70), ("80053", "Metabolic panel", 80, 120), ("J2405", "Ondansetron", 30, 60),
                 ("96413", "Chemo infusion, 1st hr", 700, 820), ("36415", "Venipuncture", 18, 30)], 3)]
        who = pats[i] if suffix == "00" else kin(pats[i], subs[i])
        claims.append(dict(d=d, base=base, num=f"{base} {suffix}", cl=cl, lines=ls, rend=rend, pat=who,
                           sub=subs[i]))
    head = ["Date", "Code", "Description", "Billed", "Allowed", "Paid", "Pt resp", "CARC"]
    widths = [15, 13, 34, 15, 15, 15, 14, 12]
    al = ["L", "L", "L", "R", "R", "R", "R", "L"]
    rows = []
    paid_total = billed_total = 0.0
    for i, c in enumerate(claims):
        rows.append(("span", f"{last_first(c['pat'])}   ID {c['num']}   Claim {c['cl']}"))
        rows.append(("span", f"Subscriber {last_first(c['sub']) if c['num'][-2:] != '00' else 'SELF'} "
                             f"{c['base']}   Rendering: {c['rend']}"))
        sb = sp = 0.0
        for code, t, b in c["lines"]:
            if i == REF:
                a = pd = pr = 0.0
                carc = "CO-16"
            else:
                a = round(b * rng.uniform(0.45, 0.62), 2)
                pr = round(a * 0.2, 2)
                pd = round(a - pr, 2)
                carc = "CO-45"
            sb += b
            sp += pd
            rows.append([yy(c["d"]), code, t, n2(b), n2(a), n2(pd), n2(pr), carc + (" M27" if i == REF else "")])
        rows.append(("bold", ["", "", "Claim total", n2(sb), "", n2(sp), "", ""]))
        rows.append(("gap",))
        c["billed"] = round(sb, 2)
        billed_total += sb
        paid_total += sp
    ref = claims[REF]
    p = ELSheet(footer="Page {n} of {nb}", run_hdr=f"Remittance {eft}  |  Payee {payee}  |  {ymd(rd)}")
    p.set_margins(14, 14, 14)
    p.add_page()
    p.logo_title("Orrisfield", "Provider Remittance Advice", f"{INS}  |  Provider services {tollfree(rng, '877')}",
                 right=[ADDR])
    p.addr_kv([payee, "Attn: Patient Accounts", f"{rng.randint(100, 999)} Sorrel Park Way", "Coldmere, OR 97402"],
              [("Remit date", ymd(rd)), ("EFT date", slash(rd)), ("EFT trace", eft), ("Payee NPI", npi),
               ("Tax ID", tin)], w=86, cap_w=26)
    side = [("Payment summary", [("kv", "Claims", "5"), ("kv", "Billed", n2(billed_total)),
                                 ("kv", "Paid", n2(paid_total)), ("kv", "Adjustments", "0.00"),
                                 ("kv", "EFT amount", n2(paid_total))]),
            ("Clinical trial claims", ["Bill routine costs of a clinical trial with diagnosis Z00.6, modifier Q1 "
                                       "on each routine line and the study's registry number in the claim note. "
                                       "Bill the study item itself with Q0."]),
            ("Provider services", [tollfree(rng, "877"), "Fax " + phone(rng, "503")])]
    p.side_listing(head, rows, widths, al, side, side_w=48, size=6.6, row_h=3.9, cont="Claims (continued)")
    p.glossary("Codes on this remittance", [
        ("CO-45", "Charge exceeds the fee schedule; the difference is not billed to the patient."),
        ("CO-16", "Claim lacks information or has billing errors needed to decide it."),
        ("M27", "Routine costs of a clinical trial: the claim has no Z00.6 diagnosis, no Q1 modifier and no "
                "registry number. Correct the claim and send it again."),
        ("CO-96", "Non-covered charge.")], size=7.2)
    p.para("Corrected claims may be sent up to 365 days after the date of service. To appeal a decision on this "
           "remittance, write within 90 days of the remit date to Orrisfield Provider Appeals, " + ADDR + ".", 7.8)
    t = truth("eob", "coding_error", insurer=INS, member_id=ref["num"], member_name=ref["pat"], cases=[ref["cl"]],
              claim_amount=m2(ref["billed"]), service_dates=[iso(ref["d"])], denial_date=iso(rd), provider=payee,
              appeal_deadline=iso(plus(rd, 90)), alternates={"insurer": INS_ALT, "provider": [ref["rend"]]})
    return out(p), t


def finefax_stack(rng):
    sub, pat, coord, dr, surg, rev, chair, md = people(rng, 8, sexes="FMFXXXXX")
    pat = kin(pat, sub)
    base = mid(rng)
    num = f"{base} 01"
    group = f"G-{digits(rng, 7)}"
    clinic = "Tilbury Neurology Research Clinic"
    home = f"{rng.randint(20, 700)} Gorse Hill Rd"
    study = nct(rng)
    # appeal decision
    dd = workday(dt.date(2026, 4, rng.randint(20, 24)))
    dos = dt.date(2026, 1, rng.randint(19, 23))
    cl = f"26{dos.strftime('%m%d')}-{digits(rng, 6)}-01"
    apl = f"APL-26-{digits(rng, 5)}"
    first = plus(dos, rng.randint(28, 35))
    got = plus(first, rng.randint(20, 30))
    billed = cents(rng, 17000, 21000)
    p = ELSheet(footer="Page {n} of {nb}", ids_foot=f"Appeal {apl}  |  Claim {cl}  |  {pat}")
    p.set_margins(20, 16, 20)
    p.add_page()
    split_head(p, rng, right=["Appeals and Grievances", "Decision on your appeal"])
    p.addr_kv([pat, home, "Tilbury, OR 97145"],
              [("Decision date", long(dd)), ("Appeal no.", apl), ("Claim no.", cl), ("Member ID", num),
               ("Policyholder", f"{sub}, ID {base}"), ("Group", group), ("Billed", usd(billed))], w=92, cap_w=28)
    p.para(f"Dear {first_last(pat)}:", 10)
    p.para(f"You asked us to look again at our decision of {long(first)} not to pay {clinic} for the implant of an "
           f"occipital nerve stimulator on {long(dos)}. The implant was part of study {study}, which tests the "
           f"stimulator for chronic migraine. We received your appeal on {slash(got)}.", 10)
    p.heading("Our decision", 10.5)
    p.para("We have kept our first decision. The plan will not pay this claim.", 10)
    p.para("What we read: the claim and its records, the study's consent form and summary, your letter, and the "
           f"letter from {surg}, who did the surgery. The reviewer was a neurologist who took no part in the first "
           "decision.", 10)
    p.add_page()
    p.heading("Why", 10.5)
    p.para("Your plan pays the routine costs of care in an approved clinical trial. A trial is an approved one when "
           "it studies the prevention, detection or treatment of cancer or another life-threatening disease and is "
           "paid for by a federal agency, or is run under an investigational new drug application, or is a drug "
           "trial that does not need one. This study tests a device for migraine, a condition that is not "
           "life-threatening; it is privately funded; and it runs under a device exemption, not a drug application. "
           "It is therefore not an approved clinical trial, and the plan's rule on experimental and investigational "
           "services applies to the surgery and the device.", 10)
    p.heading("What you can do next", 10.5)
    p.para("This was the last appeal inside the plan. You may ask for an external review by an independent review "
           "organization within four months after the date you receive this decision. Call us and we will send the "
           "form. You may also bring a civil action under ERISA section 502(a).", 10)
    p.signers([chair, "Chair, Appeals Committee"], [f"{rev}, MD", "Neurology reviewer"])
    p.para(f"{INS}  |  {ADDR}", 8)
    t1 = truth("denial_letter", "experimental", insurer=INS, group=group, member_id=num, member_name=pat,
               cases=[apl, cl], claim_amount=m2(billed), service_dates=[iso(dos)], denial_date=iso(dd),
               provider=clinic, appeal_deadline=None,
               alternates={"insurer": INS_ALT, "provider": [surg], "case_numbers": [[apl], [cl]]},
               denial_alternates=["not_covered"])
    doc1 = out(p)
    # MRI letter
    ld = workday(plus(dd, rng.randint(2, 5)))
    planned = plus(ld, rng.randint(9, 14))
    req = f"PR-{digits(rng, 4)}-{digits(rng, 5)}"
    last_mri = dt.date(2026, 3, rng.randint(2, 12))
    q = ELSheet(footer="Page {n} of {nb}", footer_left=f"{INS}  |  Request {req}")
    q.set_margins(20, 16, 20)
    q.add_page()
    split_head(q, rng, right=["Utilization Management", dashed(ld)])
    q.addr_kv([pat, home, "Tilbury, OR 97145"],
              [("Letter date", dashed(ld)), ("Request no.", req), ("Member ID", num), ("Service", "MRI brain 70553"),
               ("Planned for", slash(planned)), ("Ordered by", dr), ("Subscriber ID", base)], w=90, cap_w=28)
    q.para(f"Dear {first_last(pat)}:", 10)
    q.para(f"{dr} of {clinic} asked us to approve an MRI of the brain with and without contrast (70553), planned "
           f"for {long(planned)}. We do not approve it.", 10)
    q.para(f"Why: you had the same MRI on {long(last_mri)}, and it was normal. Our guideline for head imaging in "
           "headache calls for a repeat scan only when there is a new sign on examination, a change in the pattern "
           "of the headaches, or a new neurologic symptom. The notes sent with the request describe the same "
           "headaches as before and a normal examination, so the scan is not medically necessary for you now.", 10)
    q.para(f"A doctor reviewer, {md}, MD, made this decision. Your doctor may call {phone(rng, '503')} to talk with "
           "the reviewer.", 10)
    q.para(f"You may appeal within 180 days of the date of this letter. Write to Orrisfield Appeals, {ADDR}. An "
           "urgent appeal is decided within 72 hours.", 10)
    q.para(f"Utilization Management, {INS}", 9.4)
    t2 = truth("denial_letter", "medical_necessity", insurer=INS, group=None, member_id=num, member_name=pat,
               cases=[req], claim_amount=None, service_dates=[iso(planned)], denial_date=iso(ld), provider=clinic,
               appeal_deadline=iso(plus(ld, 180)), alternates={"insurer": INS_ALT, "provider": [dr]})
    doc2 = out(q)
    fax_date = plus(ld, rng.randint(1, 3))
    cover = dear_cover("FAX", clinic, ["Research Billing Office", f"{rng.randint(100, 999)} Alder Quay, Tilbury, "
                                       f"OR 97145", f"Phone {phone(rng, '503')}  |  Fax {phone(rng, '503')}"],
                       [("To:", first_last(pat)), ("Fax:", phone(rng, "503")), ("Date:", slash(fax_date)),
                        ("From:", coord), ("Pages:", "4 with this one"), ("Re:", "Orrisfield letters")],
                       f"Dear Mr. {surname(pat)},",
                       [f"Thank you for your call this morning. As promised, here are the two letters Orrisfield "
                        f"sent us about your care: the decision on your appeal for the stimulator surgery, and the "
                        f"answer on the MRI that {dr} ordered.",
                        "Our office will not bill you for the study visits while the external review is pending. "
                        f"Your account with us is {digits(rng, 8)}. If you want us to help with the external review "
                        "form, please call me before the end of the month."],
                       ["Kind regards,", coord, "Research Billing Coordinator"])
    return [(doc1, t1), (doc2, t2)], cover


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [
        Item(F + "born_digital_family_eob_logo_title_side_column_study_drug_line_t3_dependant_suffix", "born_digital",
             [born_eob(rng)]),
        Item(F + "clean300_split_brand_out_of_network_trial_site_same_study_open_in_network", "scan_clean_300",
             [clean_oon(rng)]),
        Item(F + "photocopy_dependant_son_research_only_pet_scans_two_column_prose", "photocopy",
             [photocopy_research(rng)]),
        Item(F + "phone_es_estadia_sin_aprobacion_previa_ensayo", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_approval_values_over_captions_cooperative_group_phase_ii", "rotated",
             [rotated_approval(rng)]),
        Item(F + "lowres_provider_remittance_side_panels_claim_without_trial_identifiers_co16", "scan_lowres_150",
             [lowres_remit(rng)]),
    ]
    docs, cover = finefax_stack(rng)
    items.append(Item(F + "finefax_stack_dear_cover_device_trial_appeal_upheld_upside_down_then_repeat_mri",
                      "fax_fine_g4", docs, separators=[cover, None], turns={(0, 1): 180}))
    return items
