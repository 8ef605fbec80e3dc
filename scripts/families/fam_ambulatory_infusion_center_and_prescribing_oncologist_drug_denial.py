"""An invented commercial plan (Caskwell Health Insurance Company) deciding an ambulatory infusion centre's drug and
administration claims (Wintergreen Bay Ambulatory Infusion Center) while the prescribing oncologist's visits
(Lindenholt Oncology and Hematology Associates) are paid. HCPCS J-codes, CPT infusion codes, NDCs and CARC/RARC
codes appear as themselves; the plan, its rules and time limits, the centre, the group, every doctor, nurse,
pharmacist, member, representative, number and address are invented. Reasons are in the writer's own words.

Documents (8 in 7 files):
- born_digital_member_eob_drug_claim_without_prior_approval: a member EOB of three claims; the oncologist's visit
  and the lab are paid, the centre's pembrolizumab and administration claim is refused CO-197 (prior_authorization).
- faxstd_remittance_three_patients_drug_line_missing_ndc: a provider remittance to the centre on a standard fax, three
  patients; the second's denosumab claim is refused CO-16 / M119 (no NDC; coding_error). TIN, NPI, EFT trace decoys.
- photocopy_prior_auth_form_off_label_drug_to_oncologist: a photocopied prior authorization caption form sent to the
  oncologist's office, refusing a drug for an off-label use (experimental); planned date "on or about".
- lowres_letter_to_husband_pegfilgrastim_not_needed: a 150 dpi letter to the member's husband (authorised
  representative): the pegfilgrastim shot "on the fifth of ..." was not needed with a low-risk regimen
  (medical_necessity); the earlier, paid shot is a decoy.
- phone_es_centro_fuera_de_la_red_hierro: a photographed Spanish letter: the IV iron at the centre is out of the
  member's EPO network while the oncologist's visit was paid (out_of_network).
- rotated_centre_statement_after_insurance: the centre's statement to the patient after the plan paid, fed sideways
  (denies nothing).
- clean_stack_admin_claim_late_then_appeal_decision_upside_down: a letter refusing the centre's administration claim
  sent after 180 days (timely_filing), a blank separator, then upside down an appeal decision keeping the refusal
  of an infusion given after coverage ended (eligibility).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddt_famdtd import DTSheet, people
from public_kit import address, amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "ambulatory_infusion_center_and_prescribing_oncologist_drug_denial"
LANG = "en"
SEED = 353800
INS = "Caskwell Health Insurance Company"
ALT = ["Caskwell Health", "Caskwell"]
PLAN = "Caskwell Choice PPO 2000"
GROUP = "CW-40318"
INF = "Wintergreen Bay Ambulatory Infusion Center"
ONC = "Lindenholt Oncology and Hematology Associates"
WORDS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
         9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth", 14: "fourteenth",
         15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth", 20: "twentieth",
         21: "twenty-first", 22: "twenty-second", 23: "twenty-third", 24: "twenty-fourth", 25: "twenty-fifth"}


def mid(rng):
    return f"CWX{digits(rng, 9)}"


def clm(rng):
    return f"CLM-{digits(rng, 11)}"


def ph(rng, area="888"):
    return f"{area}-555-{digits(rng, 4)}"


def dob(rng):
    return dt.date(rng.randint(1950, 1985), rng.randint(1, 12), rng.randint(1, 28))


def head(p, rng, unit="Member Services"):
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Louisville KY 40232-{digits(rng, 4)}  |  "
                 f"{ph(rng)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(3)


def born_digital_eob(rng):
    member, onc, rn, rph = people(rng, 4)
    m = mid(rng)
    v = dt.date(2026, 3, rng.randint(3, 20))
    sd = plus(v, rng.randint(25, 35))
    n1, n2, n3 = clm(rng), clm(rng), clm(rng)
    visit, lab = amount(rng, 220, 320), amount(rng, 35, 70)
    drug, adm = amount(rng, 10800, 12400), amount(rng, 260, 380)
    tot = round(drug + adm, 2)
    p = DTSheet(footer="Page {n} of {nb}", footer_left="CHIC-EOB (rev. 07/2025)")
    p.set_margins(14, 12, 14)
    p.add_page()
    head(p, rng)
    p.title_bar("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL")
    for ln in [member, *address(rng)]:
        p.line(ln, 9.6)
    p.ln(2)
    p.grid([[("STATEMENT DATE", fdate(sd, "long")), ("MEMBER ID", m), ("GROUP", GROUP)],
            [("PLAN", PLAN), ("DATE OF BIRTH", fdate(dob(rng), "slash")), ("PLAN YEAR", "01/01/2026 - 12/31/2026")]],
           size=8.6)

    def r(n, prov, code, desc, b, paid, rsn):
        al = round(b * 0.7, 2) if paid else 0.0
        pd = round(al * 0.8, 2) if paid else 0.0
        return [n, prov, fdate(v, "slash"), code, desc, money(b, "nosign"), money(al, "nosign"), money(pd, "nosign"),
                money(round(al - pd, 2), "nosign"), rsn]
    p.table(["Claim", "Provider", "Date", "Code", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Note"],
            [r(n1, f"Dr. {onc}", "99215", "Office visit", visit, True, "PD"),
             r(n2, "Wintergreen Bay AIC", "J9271", "Pembrolizumab", drug, False, "197"),
             ["", "", fdate(v, "slash"), "96413", "Chemo infusion 1 hr", money(adm, "nosign"), "0.00", "0.00",
              "0.00", "197"],
             ["", "", "", "", "Claim total", money(tot, "nosign"), "0.00", "0.00", "0.00", ""],
             r(n3, "Wintergreen Bay AIC", "85025", "Blood count", lab, True, "PD")],
            [27, 36, 16, 12, 31, 16, 14, 14, 13, 9], size=7.3,
            aligns=["L"] * 5 + ["R"] * 4 + ["C"])
    p.para(f"**Codes.** PD: paid under your plan. 197 (CARC 197): approval was needed before the service and we "
           f"have none on file. Dr. {onc} of {ONC} ordered the infusion, and {INF} gave it on "
           f"{fdate(v, 'long')} (infusion nurse {rn}, RN). Under your plan, cancer drugs given in an infusion "
           "centre need our approval before the first dose. No one asked for it, so the drug and the infusion "
           "were not paid. The centre is in our network and may not bill you for them while the centre or the "
           "doctor asks us for a review.", 8.4)
    p.para(f"Appeal within 180 days of the statement date. Urgent appeals: 72 hours. External review: 4 months after "
           f"our final decision. Pharmacy questions: {rph}, PharmD, {ph(rng)}.", 8.2)
    t = truth("eob", "prior_authorization", insurer=INS, plan_id=PLAN, group=GROUP, member_id=m,
              member_name=member, cases=[n2], claim_amount=m2(tot), service_dates=[v.isoformat()],
              denial_date=sd.isoformat(), provider=INF, appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [onc], "plan_id": [None]})
    return out(p), t


def faxstd_remit(rng):
    pats = people(rng, 3)
    oncs = people(rng, 3)
    rd = dt.date(2026, 5, rng.randint(4, 22))
    rows, info = [], []
    specs = [("J9306", "2", "Pertuzumab", 5200, 6100, False), ("J0897", "120", "Denosumab", 2400, 3100, True),
             ("J1439", "750", "Ferric carboxymaltose", 1300, 1700, False)]
    for pt, onc, (code, un, desc, lo, hi, den) in zip(pats, oncs, specs):
        d = plus(rd, -rng.randint(14, 30))
        n, m = clm(rng), mid(rng)
        b = amount(rng, lo, hi)
        if den:
            rows.append([n, pt, m, fdate(d, "slash"), f"Dr. {onc}", code, un, money(b, "nosign"), "0.00", "0.00",
                         "CO-16 M119"])
        else:
            al = round(b * 0.72, 2)
            rows.append([n, pt, m, fdate(d, "slash"), f"Dr. {onc}", code, un, money(b, "nosign"), money(al, "nosign"),
                         money(round(al * 0.8, 2), "nosign"), "45"])
        info.append((pt, onc, n, m, d, b))
    fax = f"{rd.strftime('%m/%d/%Y')} 05:{rng.randint(10, 59)}  CASKWELL PROV REMIT  {ph(rng, '502')}  PG {{n}}"
    p = DTSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(10, 12, 10)
    p.add_page(orientation="L")
    head(p, rng, "Provider Payment Services")
    p.title_bar("PROVIDER REMITTANCE ADVICE", "CHIC-RA-2 (rev. 12/2025)")
    p.capstrip([("PAYEE", INF), ("TIN", f"{digits(rng, 2)}-{digits(rng, 7)}"), ("PAYEE NPI", digits(rng, 10)),
                ("REMIT DT", fdate(rd, "slash")), ("EFT TRACE", digits(rng, 12))], [84, 36, 38, 44, 57.4])
    p.ln(3)
    p.table(["CLM NO.", "PATIENT", "MBR #", "DOS", "ORDERING MD", "HCPCS", "UNITS", "AMT BILLED", "ALLOWED", "PAID",
             "ADJ"], rows, [34, 38, 30, 19, 38, 15, 13, 20, 18, 18, 16.4], size=7.3,
            aligns=["L"] * 7 + ["R"] * 3 + ["C"])
    pt, onc, n, m, d, b = info[1]
    p.para("**ADJ legend.** 45: charge above the contracted rate; the difference is not billable to the patient. "
           "CO-16 M119: the drug line was sent without the 11-digit NDC of the vial used. Our contract requires the "
           "NDC and its quantity on every J-code line, so the line cannot be priced. Send a corrected claim with the "
           "NDC (N4 qualifier). Not billable to the patient.", 7.9)
    p.para(f"Corrected claims and reconsiderations: within 90 days of the remit date. Provider Services {ph(rng)}. "
           f"Check/EFT no. {digits(rng, 9)}.", 7.9)
    t = truth("eob", "coding_error", insurer=INS, member_id=m, member_name=pt, cases=[n], claim_amount=m2(b),
              service_dates=[d.isoformat()], denial_date=rd.isoformat(), provider=INF,
              appeal_deadline=plus(rd, 90).isoformat(), alternates={"insurer": ALT, "provider": [onc]})
    return out(p), t


def photocopy_pa(rng):
    member, onc, rev, nurse = people(rng, 4)
    m = mid(rng)
    rec = dt.date(2026, 4, rng.randint(6, 20))
    nd = plus(rec, rng.randint(3, 6))
    planned = plus(nd, rng.randint(8, 14))
    ref = digits(rng, 10)
    W = 216 - 28
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(14, 12, 14)
    p.add_page()
    head(p, rng, "Utilization Management - Specialty Drugs")
    p.title_bar("PRIOR AUTHORIZATION DETERMINATION", "CHIC-PA-6 (rev. 01/2026)   Sent to the requesting office")
    p.beside([[("TO (OFFICE)", f"{ONC}, fax {ph(rng, '270')}")],
              [("NOTICE DT", fdate(nd, "slash")), ("PA NO.", f"PA-{ref[:4]} {ref[4:]}")],
              [("PATIENT", member), ("MBR #", m)],
              [("GRP", GROUP), ("RCVD", fdate(rec, "slash"))],
              [("REQ. MD", f"Dr. {onc}"), ("SITE", INF[:24] + "...")],
              [("DRUG", "Nivolumab J9299 480 mg q4wk"), ("1ST DOSE", fdate(planned, "slash"))]],
             cap_w=23, cap=5.6)
    p.checks("Determination", [(False, "Approved"), (True, "Not approved"), (False, "Pended for records")], cols=3)
    p.ln(1)
    p.para(f"Dr. {onc} asked us to approve nivolumab every four weeks for the patient's adenoid cystic carcinoma of "
           f"the parotid gland, with the first dose at {INF} on or about {fdate(planned, 'long')}. The drug is not "
           "approved by the FDA for this cancer, and the drug compendia our policy follows do not list this use. "
           "The studies sent with the request are small and early. Our policy treats this use as investigational, "
           "so it is not covered outside a clinical trial.", 8.9)
    p.para(f"Reviewed by Dr. {rev}, medical oncologist. A peer-to-peer call may be set up within 14 days through "
           f"our nurse {nurse}, RN, at {ph(rng)}. The member may appeal within 180 days of the notice date; urgent "
           "appeals are decided within 72 hours; external review within 4 months of our final decision.", 8.6)
    t = truth("denial_letter", "experimental", insurer=INS, group=GROUP, member_id=m, member_name=member,
              cases=[f"PA-{ref}"], service_dates=[planned.isoformat()], denial_date=nd.isoformat(), provider=onc,
              appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [ONC, INF], "service_dates": [[]]})
    return out(p), t


def lowres_peg(rng):
    member, hus, onc, sig = people(rng, 4)
    m = mid(rng)
    first = dt.date(2026, 2, rng.randint(9, 14))
    v = plus(first, 21)
    nd = plus(v, rng.randint(30, 40))
    n0, n = clm(rng), clm(rng)
    b = amount(rng, 4100, 5200)
    p = DTSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    head(p, rng, "Claims")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [hus, "Authorized representative", *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"**Re:** {member}, member ID {m}, claim {n}", 9.4)
    p.ln(1)
    p.para(f"Dear {hus}:", 10)
    p.para(f"Your wife's oncologist, Dr. {onc} of {ONC}, gives her chemotherapy every three weeks at {INF}. After "
           f"the infusion on the {WORDS[v.day]} of {v.strftime('%B')}, the centre gave her a pegfilgrastim shot "
           f"(J2506), a drug that keeps white blood cells up, and billed us {money(b)} on the claim above. We paid the "
           f"same shot after her first infusion on {fdate(first, 'long')}, claim {n0}.", 10)
    p.para("We did not pay the second shot. Her chemotherapy regimen has a low risk of fever with low white cells "
           "(under 10 percent), and her blood counts after the first cycle stayed normal. Our drug policy covers "
           "this shot for a low-risk regimen only after a serious infection or a delay of treatment, and the records "
           "show neither. The shot was not medically necessary for her at that time.", 10)
    p.para(f"If you disagree, you may appeal within 180 days of the date of this letter. Urgent appeals are decided "
           f"within 72 hours. Questions: {ph(rng)} (TTY 711). The date of service of the claim is "
           f"{fdate(v, 'slash')}.", 10)
    p.para(f"Sincerely,\n{sig}\nClaims\n{INS}", 10)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=INF,
              appeal_deadline=plus(nd, 180).isoformat(), alternates={"insurer": ALT, "provider": [onc]})
    return out(p), t


def phone_es(rng):
    member, onc, sig = people(rng, 3)
    m = mid(rng)
    v = dt.date(2026, 4, rng.randint(6, 24))
    nd = plus(v, rng.randint(25, 35))
    n = clm(rng)
    b1, b2 = amount(rng, 1300, 1700), amount(rng, 180, 260)
    tot = round(b1 + b2, 2)
    epo = "Caskwell Select EPO"
    p = DTSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    head(p, rng, "Servicios para Miembros")
    p.para(fdate(nd, "long", "es"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Número de miembro", m), ("Plan", epo), ("Reclamo", n)], label_w=42, size=9.6)
    p.ln(2)
    p.para(f"Estimado(a) {member}:", 10)
    p.para(f"El {fdate(v, 'long', 'es')} usted recibió hierro por vía intravenosa (J1439, 96365) en {INF}. La "
           f"infusión la pidió el Dr. {onc}, su oncólogo. El centro nos cobró {money(tot)}. Pagamos la consulta con "
           "su oncólogo de ese mes, porque su consultorio está en la red de su plan.", 10)
    p.para(f"No pagamos la infusión. Su plan {epo} paga solo la atención de proveedores de su red, salvo en "
           "emergencias. Este centro de infusión no está en la red de su plan. Hay otros centros de infusión en la "
           "red cerca de usted; llámenos y le ayudamos a cambiar.", 10)
    p.bar("SI NO ESTÁ DE ACUERDO", 9.4)
    p.para("Puede apelar dentro de 180 días a partir de la fecha de esta carta. Las apelaciones urgentes se deciden "
           f"en 72 horas. Llame al {ph(rng)} (TTY 711).", 9.6)
    p.para(f"Atentamente,\n{sig}\nServicios para Miembros", 9.6)
    t = truth("denial_letter", "out_of_network", insurer=INS, plan_id=epo, member_id=m, member_name=member,
              cases=[n], claim_amount=m2(tot), service_dates=[v.isoformat()], denial_date=nd.isoformat(),
              provider=INF, appeal_deadline=plus(nd, 180).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [onc], "plan_id": [None]})
    return out(p), t


def rotated_statement(rng):
    member, onc, rn = people(rng, 3)
    m = mid(rng)
    v = dt.date(2026, 6, rng.randint(2, 20))
    sd = plus(v, rng.randint(30, 45))
    ac = f"WB{digits(rng, 8)}"
    b1, b2 = amount(rng, 900, 1400), amount(rng, 180, 260)
    tot = round(b1 + b2, 2)
    paid = round(tot * 0.56, 2)
    adj = round(tot * 0.3, 2)
    bal = round(tot - paid - adj, 2)
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.logo_head(INF, "WB", [f"{rng.randint(100, 9800)} Harbor Point Pkwy, Bowling Green KY 42101  |  Billing "
                            f"{ph(rng, '270')}  |  Tax ID {digits(rng, 2)}-{digits(rng, 7)}"], box="STATEMENT", size=11)
    p.addr_pair("Patient / guarantor", [member, *address(rng)], "Account", [f"Account {ac}", f"Ordering: Dr. {onc}",
                                                                           f"Infusion RN: {rn}"])
    p.grid([[("STATEMENT DATE", fdate(sd, "abbr")), ("INSURANCE", f"{INS} {m}"), ("PAY BY", fdate(plus(sd, 25), "abbr"))]],
           size=8.2)
    p.table(["Date", "Code", "Description", "Charges", "Credits"],
            [[fdate(v, "slash"), "J1439", "Ferric carboxymaltose 750 mg", money(b1, "nosign"), ""],
             [fdate(v, "slash"), "96365", "IV infusion, first hour", money(b2, "nosign"), ""],
             ["", "", "Total charges", money(tot, "nosign"), ""],
             [fdate(plus(sd, -6), "slash"), "", "Insurance payment", "", money(paid, "nosign")],
             [fdate(plus(sd, -6), "slash"), "", "Contractual adjustment", "", money(adj, "nosign")],
             ["", "", "BALANCE DUE (coinsurance)", money(bal), ""]],
            [24, 18, 80, 25, 32.9], size=8.8, aligns=["L", "L", "L", "R", "R"], bold_last=True)
    p.para(f"Your insurer has paid its share of this visit; the balance is your coinsurance as {INS} reported it. "
           f"Dr. {onc}'s office visit is billed by {ONC}, not by us.", 9)
    t = truth("other", None, insurer=INS, member_id=m, member_name=member, claim_amount=m2(tot),
              service_dates=[v.isoformat()], denial_date=sd.isoformat(), provider=INF, unscored=["insurer"],
              alternates={"provider": [onc], "member_id": [None]})
    return out(p), t


def clean_stack(rng):
    member, onc, sig = people(rng, 3)
    m = mid(rng)
    v = dt.date(2026, 1, rng.randint(5, 16))
    rec = plus(v, rng.randint(192, 200))
    nd = plus(rec, rng.randint(5, 10))
    n = clm(rng)
    b = amount(rng, 420, 640)
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    head(p, rng, "Claims")
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.boxed_pairs([("Member ID", m), ("Group", GROUP), ("Claim number", n), ("Billed by", INF),
                   ("Service date", fdate(v, "slash")), ("Received", fdate(rec, "slash")),
                   ("Amount billed", money(b))], label_w=42)
    p.para(f"{INF} sent us a claim for giving your infusion (96413, 96415) ordered by Dr. {onc}. The drug itself "
           "was billed and paid on an earlier claim. The administration claim reached us on the date in the "
           "Received box, more than 180 days after the service. Our contract with the centre requires claims "
           "within 180 days, so this claim was denied. The centre is in our network and may not bill you for it.",
           10)
    p.para("If you disagree, you may appeal within 180 days of the date of this letter. Urgent appeals: 72 hours.",
           10)
    p.para(f"Sincerely,\n{sig}\nClaims", 10)
    d_a = (out(p), truth("denial_letter", "timely_filing", insurer=INS, group=GROUP, member_id=m, member_name=member,
                         cases=[n], claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(),
                         provider=INF, appeal_deadline=plus(nd, 180).isoformat(),
                         alternates={"insurer": ALT, "provider": [onc]}))
    mem2, sis, onc2, rev, sig2 = people(rng, 5)
    m2_ = mid(rng)
    end = dt.date(2026, 3, 31)
    v2 = dt.date(2026, 4, rng.randint(6, 20))
    ad = plus(v2, rng.randint(70, 90))
    n2 = clm(rng)
    gr = "GR-" + digits(rng, 8)
    b2 = amount(rng, 6200, 7900)
    q = DTSheet(footer="Page {n} of {nb}", footer_left="CHIC-APL-3 (rev. 05/2025)")
    q.set_margins(20, 14, 20)
    q.add_page()
    head(q, rng, "Appeals")
    q.line("APPEAL DECISION", 13, "B", align="C")
    q.ln(2)
    q.para(fdate(ad, "long"), 10)
    for ln in [sis, f"on behalf of {mem2}", *address(rng)]:
        q.line(ln, 10)
    q.ln(2)
    q.pairs([("Appeal", gr), ("Claim", n2), ("Member ID", m2_)], label_w=30, size=9.6)
    q.ln(2)
    q.para(f"Dear {sis}:", 10)
    q.para(f"You appealed for your sister our decision on the trastuzumab infusion she received at {INF} on "
           f"{fdate(v2, 'long')}, ordered by Dr. {onc2} ({money(b2)} billed). Dr. {rev} reviewed the appeal.", 10)
    q.para(f"**We are keeping our decision.** Her coverage through her employer's group {GROUP} ended on "
           f"{fdate(end, 'long')}, when her job ended. The infusion was after that date, so we cannot pay for it. "
           "If she chose continuation coverage and paid for April, send us the notice and we will look again.", 10)
    q.para("You may ask for an external review by an independent reviewer within 4 months of this letter.", 10)
    q.para(f"Sincerely,\n{sig2}\nAppeals", 10)
    d_b = (out(q), truth("denial_letter", "eligibility", insurer=INS, group=GROUP, member_id=m2_, member_name=mem2,
                         cases=[gr, n2], claim_amount=m2(b2), service_dates=[v2.isoformat()],
                         denial_date=ad.isoformat(), provider=INF, appeal_deadline=None,
                         alternates={"insurer": ALT, "provider": [onc2], "case_numbers": [[gr], [n2]]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "born_digital_member_eob_drug_claim_without_prior_approval", "born_digital", [born_digital_eob(rng)]),
        Item(F + "faxstd_remittance_three_patients_drug_line_missing_ndc", "fax_standard_g4", [faxstd_remit(rng)]),
        Item(F + "photocopy_prior_auth_form_off_label_drug_to_oncologist", "photocopy", [photocopy_pa(rng)]),
        Item(F + "lowres_letter_to_husband_pegfilgrastim_not_needed", "scan_lowres_150", [lowres_peg(rng)]),
        Item(F + "phone_es_centro_fuera_de_la_red_hierro", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_centre_statement_after_insurance", "rotated", [rotated_statement(rng)]),
        Item(F + "clean_stack_admin_claim_late_then_appeal_decision_upside_down", "scan_clean_300",
             clean_stack(rng), separators=["blank", None], turns={(1, 0): 180}),
    ]
