"""An invented dental plan (Brindlewood Dental Benefits) limiting cleanings: adult prophylaxis (CDT D1110) and
periodontal maintenance (D4910) together 2 per rolling 12 months, and D4910 paid at the D1110 allowance (an
alternate benefit) when no scaling and root planing (D4341 / D4342) was done in the last 24 months; with the dental
office's statement and letter. CDT codes appear as themselves; the plan, its limits, the office, every person and
number is invented.

Documents (8 in 7 files):
- scan300_office_statement_third_cleaning_line_left_to_patient: the office's statement, exam and X-rays paid, a D4910
  paid at the alternate benefit with the difference billed, and a third cleaning in 12 months denied and left to the
  patient (denies nothing).
- faxstd_caption_box_provider_eob_d4910_frequency_line_denied: the provider EOB as small captions over boxed values
  under a typed fax header; three lines, the D4910 line denied (two cleanings already paid in 12 months).
- faxstd_small_type_alternate_benefit_letter_office_in_subject: a 7 pt letter to the member, the office only in the
  subject line ("Re: Services from ... on ..."); D4910 paid as D1110.
- phone_member_eob_date_only_in_heading_prophylaxis_row_denied: a member EOB whose only date is in its title; several
  claims, one D1110 row denied; previous cleaning claims listed as decoys.
- rotated_dentist_letter_to_plan_srp_history: the dentist's letter on the office letterhead asking the plan to pay
  D4910 in full (denies nothing); DOB and the SRP date as decoys.
- lowres_spanish_d4910_frequency_denial: the frequency denial in Spanish.
- photocopy_stack_upheld_appeal_duplex_then_paid_eob_upside_down: an upheld appeal whose date is in its title line,
  its blank back, then a paid EOB upside down (denies nothing).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddh_famdhe import mixed_id
from kit_rounddk_famdkf import bracket, ordinal_date, tiny_date
from kit_rounddl_famdld import DLSheet
from public_kit import amount, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "dental_periodontal_maintenance_vs_prophylaxis_frequency_eob"
LANG = "en"
SEED = 352003
PLAN = "Brindlewood Dental Benefits"
PLAN_NAME = "Brindlewood Dental PPO Select"
OFFICE = "Harbor Fern Dental Group"
DDS = "Wendell P. Ashcombe"
EXAM = ("D0120", "Periodic oral evaluation")
BWX = ("D0274", "Bitewings - four radiographic images")
PROPHY = ("D1110", "Prophylaxis - adult")
PERIO = ("D4910", "Periodontal maintenance")
SRP = ("D4342", "Scaling and root planing, 1-3 teeth per quadrant")
RULE = ("Cleanings (D1110 prophylaxis and D4910 periodontal maintenance combined) are limited to 2 in any 12 "
        "months in a row.")
ALT = ("D4910 is a benefit only when scaling and root planing (D4341 or D4342) was done in the last 24 months; "
       "otherwise we pay an alternate benefit at the D1110 allowance.")
ADDR = ["Brindlewood Dental Benefits - Claims Appeals", "PO Box 21906", "Spokane WA 99210-1906"]


def _ids(rng, adversarial=False):
    mid = mixed_id(rng, "BD", "cddcddcdd") if adversarial else "BD" + digits(rng, 9)
    return {"mid": mid, "grp": f"BD-{digits(rng, 5)}-0{rng.randint(1, 9)}"}


def _logo(p: DLSheet, rng, dept: str, y: float = 12):
    p.set_y(y)
    p.set_fill_color(40, 100, 120)
    p.ellipse(p.l_margin, y, 10, 10, style="F")
    p.set_xy(p.l_margin + 13, y - 0.5)
    p.f(13, "B")
    p.cell(0, 6, PLAN, new_x="LMARGIN", new_y="NEXT")
    p.set_x(p.l_margin + 13)
    p.f(7.4)
    p.cell(0, 4, f"{dept}  |  {', '.join(ADDR[1:])}  |  1-877-555-{digits(rng, 4)}  TTY 711",
           new_x="LMARGIN", new_y="NEXT")
    p.set_y(y + 15)


def _office_head(p: DLSheet, rng):
    p.f(14, "B")
    p.cell(0, 6, OFFICE, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"General and periodontal dentistry  |  {rng.randint(100, 9800)} N Bishop Blvd, Spokane WA "
                 f"992{rng.randint(10, 99)}  |  509-555-{digits(rng, 4)}", new_x="LMARGIN", new_y="NEXT")


def scan300_statement(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    sd = dt.date(2026, 5, 11) + dt.timedelta(days=rng.randint(0, 6))
    d1 = dt.date(2026, 1, rng.randint(12, 23))
    d2 = dt.date(2026, 4, rng.randint(6, 17))
    fees = {"exam": amount(rng, 55, 70), "bwx": amount(rng, 70, 90), "perio": amount(rng, 150, 185),
            "pro": amount(rng, 105, 130)}
    alt_pay = round(fees["pro"] * 0.8, 2)
    lines = [(d1, EXAM[0], "Periodic evaluation", fees["exam"], round(fees["exam"] * 0.15, 2), None),
             (d1, BWX[0], "Bitewings, 4 images", fees["bwx"], round(fees["bwx"] * 0.15, 2), None),
             (d1, PERIO[0], "Perio maintenance (alt. benefit D1110)", fees["perio"], 0.0, alt_pay),
             (d2, PERIO[0], "Perio maintenance", fees["pro"], 0.0, 0.0)]
    rows, bal_tot = [], 0.0
    deny_fee = fees["pro"]
    for d, code, desc, fee, adj, ins in lines:
        if ins is None:
            ins = round((fee - adj), 2)
        bal = round(fee - adj - ins, 2)
        bal_tot += bal
        rows.append([fdate(d, "slash"), code, desc, money(fee, "nosign"), bracket(adj) if adj else "0.00",
                     bracket(ins) if ins else "DENIED", money(bal, "nosign")])
    rows.append(["*", "", "Amount due now", "", "", "", money(bal_tot, "nosign")])
    acct = f"HF-{digits(rng, 6)}"
    p = DLSheet(footer="Page {n} of {nb}")
    p.set_margins(16, 14, 16)
    p.add_page()
    _office_head(p, rng)
    p.ln(4)
    p.line("STATEMENT", 12, "B")
    p.right_block([("Statement date:", fdate(sd, "abbr")), ("Account:", acct), ("Patient:", mem),
                   ("Dental plan:", PLAN), ("Subscriber ID:", ids["mid"])], w=100, size=8.5)
    p.ln(4)
    p.spaced(["Date", "Code", "Description", "Fee", "Adjust", "Plan paid", "Balance"], rows,
             [10, 5, 38, 8, 8, 9, 8], size=7.6, right={3, 4, 5, 6}, rule_under_head=True)
    p.para(f"{PLAN} paid your {fdate(d1, 'slash')} periodontal maintenance at its cleaning (D1110) rate because your "
           "plan pays D4910 in full only within 24 months of root planing; the difference is your share. The "
           f"{fdate(d2, 'long')} visit was not paid: it was your third cleaning in 12 months. Its fee of "
           f"{money(deny_fee)} is billed to you.", 8.6)
    p.para("Payment is due within 30 days. We accept cards, checks and payment plans.", 8.6)
    t = truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=mem, claim_amount=m2(deny_fee),
              service_dates=[span(d2)], denial_date=sd.isoformat(), provider=OFFICE, unscored=["insurer"],
              alternates={"claim_amount": [m2(bal_tot), None], "service_dates": [[span(d1), span(d2)]]})
    return out(p), t


def faxstd_provider_eob(rng):
    ids = _ids(rng, adversarial=True)
    mem = person(rng)[0]
    pd = dt.date(2026, 4, 13) + dt.timedelta(days=rng.randint(0, 6))
    dos = plus(pd, -rng.randint(16, 24))
    prev = [dt.date(2025, rng.randint(6, 7), rng.randint(1, 28)), dt.date(2025, 12, rng.randint(1, 20))]
    claim = "26" + digits(rng, 9)
    f = [amount(rng, 55, 70), amount(rng, 70, 90), amount(rng, 150, 185)]
    fax = (f"{tiny_date(pd)} 08:{rng.randint(10, 59)}  BRINDLEWOOD DENTAL  509-555-{digits(rng, 4)}  ->  HARBOR FERN "
           f"DENTAL  509-555-{digits(rng, 4)}  P {{n}}/2")
    p = DLSheet(footer=None, fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _logo(p, rng, "Dental Claims")
    p.line("DENTAL EXPLANATION OF BENEFITS - PROVIDER COPY", 9, "B")
    p.ln(1)
    p.capgrid([
        [("Processed", fdate(pd, "slash"), 26), ("Claim number", claim, 32), ("Received", fdate(plus(dos, 4), "slash"), 26),
         ("Billing NPI", digits(rng, 10), 30), ("TIN", f"91-{digits(rng, 7)}", 28), ("Plan", PLAN_NAME, 46)],
        [("Payee", OFFICE, 58), ("Treating dentist", f"{DDS}, DDS", 56), ("Patient", mem, 52)],
        [("Subscriber ID", ids["mid"], 44), ("Group", ids["grp"], 36), ("Relationship", "Self", 26),
         ("Date of service", fdate(dos, "slash"), 32)],
    ], cap=5.6, val=7.6)
    rows = [[EXAM[0], EXAM[1], money(f[0], "nosign"), money(f[0] * 0.85, "nosign"), money(f[0] * 0.85, "nosign"), ""],
            [BWX[0], "Bitewings - four images", money(f[1], "nosign"), money(f[1] * 0.85, "nosign"),
             money(f[1] * 0.85, "nosign"), ""],
            [PERIO[0], PERIO[1], money(f[2], "nosign"), "0.00", "0.00", "F12"],
            ["", "Claim total", money(sum(f), "nosign"), money((f[0] + f[1]) * 0.85, "nosign"),
             money((f[0] + f[1]) * 0.85, "nosign"), ""]]
    p.table(["CDT", "Description", "Submitted", "Allowed", "Paid", "Rmk"], rows, [16, 66, 24, 24, 24, 18], size=7,
            row_h=5)
    p.para(f"F12  {RULE} Cleanings were paid for this patient on {fdate(prev[0], 'slash')} and "
           f"{fdate(prev[1], 'slash')}. The {PERIO[0]} line is denied. Patient may be billed for it only under your "
           "agreement.", 7.2)
    p.add_page()
    p.band("PROVIDER APPEAL", 7.4)
    p.para("A provider appeal may be filed within 180 days of the date of this EOB. Send the periodontal charting "
           "and the date of the last root planing. Corrected claims: within 365 days of the date of service.", 7.2)
    p.para("Send to: " + ", ".join(ADDR) + ". Form BDB-PEOB-7 (01/26).", 7.2)
    t = truth("eob", "not_covered", insurer=PLAN, plan_id=PLAN_NAME, group=ids["grp"], member_id=ids["mid"],
              member_name=mem, cases=[claim], claim_amount=m2(f[2]), service_dates=[span(dos)],
              denial_date=pd.isoformat(), provider=OFFICE, appeal_deadline=plus(pd, 180).isoformat(),
              alternates={"provider": [DDS], "claim_amount": [m2(sum(f))], "plan_id": [None]})
    return out(p), t


def faxstd_letter(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    nd = dt.date(2026, 3, 23) + dt.timedelta(days=rng.randint(0, 8))
    dos = plus(nd, -rng.randint(15, 25))
    fee = amount(rng, 150, 185)
    allow = round(fee * 0.55, 2)
    claim = "26" + digits(rng, 9)
    fax = (f"{fdate(nd, 'short')} 16:{rng.randint(10, 59)}  BRINDLEWOOD DENTAL MBR SVC  509-555-{digits(rng, 4)}  "
           f"PG {{n}}")
    p = DLSheet(footer=None, fax_hdr=fax)
    p.set_margins(20, 12, 20)
    p.add_page()
    _logo(p, rng, "Member Services")
    p.f(7.2)
    for ln in [f"Date: {fdate(nd, 'long')}", mem, f"{rng.randint(100, 9800)} Canyon Creek Ct",
               f"Spokane WA 992{rng.randint(10, 99)}-{digits(rng, 4)}"]:
        p.cell(0, 3.6, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.f(7.6, "B")
    p.multi_cell(0, 3.8, f"Re: Services from {OFFICE} on {fdate(dos, 'long')}", new_x="LMARGIN", new_y="NEXT")
    p.f(7.2)
    p.cell(0, 3.6, f"Member ID {ids['mid']}   Group {ids['grp']}   Claim {claim}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.para(f"Dear {mem}:", 7.2)
    p.para(f"Your dentist billed periodontal maintenance ({PERIO[0]}), {money(fee)}. {ALT} Our records show no root "
           f"planing for you in the last 24 months, so we paid this visit as an adult cleaning ({PROPHY[0]}): we "
           f"allowed {money(allow)} and paid 100% of that. The part of the charge above the cleaning allowance is "
           "not covered, and your dentist may bill it to you.", 7.2)
    p.para("For example, if a dentist charged $160.00 for D4910 and the D1110 allowance were $90.00, you could be "
           "billed $70.00.", 7.2)
    p.para("If you disagree, you may appeal within 180 days of the date of this letter. Send the appeal to: "
           + ", ".join(ADDR) + ". If the dental emergency cannot wait, ask for an urgent review (72 hours).", 7.2)
    p.para(f"Member Services, {PLAN}", 7.2)
    p.boilerplate(PLAN, f"1-877-555-{digits(rng, 4)}", size=6.2)
    t = truth("denial_letter", "not_covered", insurer=PLAN, group=ids["grp"], member_id=ids["mid"], member_name=mem,
              cases=[claim], claim_amount=m2(fee), service_dates=[span(dos)], denial_date=nd.isoformat(),
              provider=OFFICE, appeal_deadline=plus(nd, 180).isoformat(), denial_alternates=["other"])
    return out(p), t


def phone_member_eob(rng):
    ids = _ids(rng, adversarial=True)
    mem = person(rng)[0]
    sub = person(rng)[0]
    sd = dt.date(2026, 4, 27) + dt.timedelta(days=rng.randint(0, 4))
    ds = sorted([dt.date(2026, 3, rng.randint(2, 12)), dt.date(2026, 3, rng.randint(16, 27)),
                 dt.date(2026, 4, rng.randint(1, 10))])
    spec = [(EXAM, 55, 70), (("D0220", "Periapical image, first"), 28, 40), (PROPHY, 105, 130)]
    claims = ["26" + digits(rng, 9) for _ in spec]
    prev = ["25" + digits(rng, 9) for _ in range(2)]
    pdts = [dt.date(2025, rng.randint(5, 6), rng.randint(1, 28)), dt.date(2025, rng.randint(10, 11), rng.randint(1, 28))]
    rows, deny = [], 2
    for i, ((code, desc), lo, hi) in enumerate(spec):
        fee = amount(rng, lo, hi)
        if i == deny:
            dfee = fee
            rows.append([claims[i], fdate(ds[i], "slash"), code, desc, money(fee), "$0.00", money(fee), "F12"])
        else:
            rows.append([claims[i], fdate(ds[i], "slash"), code, desc, money(fee), money(fee * 0.8),
                         money(fee * 0.2), ""])
    p = DLSheet(footer="Page {n} of {nb}")
    p.set_margins(14, 12, 14)
    p.add_page()
    _logo(p, rng, "Explanation of Benefits")
    p.f(12, "B")
    p.cell(0, 6, f"Explanation of Benefits - Statement of {fdate(sd, 'long')}", new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, "This is not a bill.", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.pairs([("Subscriber", sub), ("Patient", mem), ("Plan", PLAN_NAME), ("Group", ids["grp"])], label_w=30, size=8.6,
            h=4.6)
    p.charboxes("Subscriber ID", ids["mid"])
    p.para(f"Dentist: {OFFICE}", 8.6)
    p.table(["Claim", "Date", "CDT", "Service", "Charged", "Plan paid", "You owe", "Rmk"], rows,
            [24, 20, 13, 46, 19, 19, 19, 12], size=7.2, row_h=5.6)
    p.para(f"F12  {RULE} Your earlier cleanings in the last 12 months: claim {prev[0]} ({fdate(pdts[0], 'slash')}) "
           f"and claim {prev[1]} ({fdate(pdts[1], 'slash')}). The cleaning on claim {claims[deny]} is not covered.",
           8.2)
    p.para("You may appeal within 180 days of the date of this statement. Annual maximum used: $412.00 of $1,500.00.",
           8.2)
    p.boilerplate(PLAN, f"1-877-555-{digits(rng, 4)}")
    t = truth("eob", "not_covered", insurer=PLAN, plan_id=PLAN_NAME, group=ids["grp"], member_id=ids["mid"],
              member_name=mem, cases=[claims[deny]], claim_amount=m2(dfee), service_dates=[span(ds[deny])],
              denial_date=sd.isoformat(), provider=OFFICE, appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"plan_id": [None]})
    return out(p), t


def rotated_dentist_letter(rng):
    ids = _ids(rng)
    mem, mf, _, ml = person(rng)
    ld = dt.date(2026, 4, 20) + dt.timedelta(days=rng.randint(0, 6))
    dos = plus(ld, -rng.randint(30, 40))
    dob = dt.date(rng.randint(1950, 1975), rng.randint(1, 12), rng.randint(1, 28))
    srp = dt.date(2024, rng.randint(5, 9), rng.randint(1, 28))
    claim = "26" + digits(rng, 9)
    p = DLSheet(footer="Page {n} of {nb}")
    p.set_margins(24, 16, 24)
    p.add_page()
    _office_head(p, rng)
    p.ln(6)
    p.line(ordinal_date(ld) + f"  ({fdate(ld, 'slash')})", 10)
    p.ln(3)
    p.addr([PLAN, "Attn: Dental Claims Appeals", ADDR[1], ADDR[2]], 10)
    p.ln(3)
    p.re_block([f"{mem}, DOB {fdate(dob, 'slash')}", f"Subscriber ID {ids['mid']}  |  Group {ids['grp']}",
                f"Claim {claim}  |  {PERIO[0]}, {fdate(dos, 'slash')}"])
    p.para("To the appeals reviewer:", 10)
    p.para(f"Your plan paid the periodontal maintenance I provided to {mem} as an adult prophylaxis, stating that no "
           f"root planing was done in the last 24 months. That is not correct: I performed scaling and root planing "
           f"({SRP[0]}, all four quadrants) on {fdate(srp, 'slash')}, within 24 months of the visit on "
           f"{fdate(dos, 'long')}. The claim may have been missed because {mf} changed employers and was enrolled "
           "under a new group.", 10)
    p.para(f"{mf} has generalized chronic periodontitis with 4-5 mm pockets and needs maintenance every three "
           f"months. Enclosed are the periodontal charting and the {SRP[0]} treatment notes. Please reprocess the "
           f"claim and pay {PERIO[0]} at its own allowance.", 10)
    p.para(f"Sincerely,\n\n{DDS}, DDS\n{OFFICE}", 10)
    t = truth("other", None, insurer=PLAN, group=ids["grp"], member_id=ids["mid"], member_name=mem, cases=[claim],
              service_dates=[span(dos)], denial_date=ld.isoformat(), provider=DDS,
              alternates={"insurer": [None], "provider": [OFFICE]})
    return out(p), t


def lowres_spanish(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    nd = dt.date(2026, 5, 4) + dt.timedelta(days=rng.randint(0, 6))
    dos = plus(nd, -rng.randint(15, 25))
    fee = amount(rng, 150, 185)
    claim = "26" + digits(rng, 9)
    prev = [dt.date(2025, rng.randint(6, 8), rng.randint(1, 28)), dt.date(2026, 1, rng.randint(5, 28))]
    p = DLSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _logo(p, rng, "Servicios para Miembros")
    p.line("Aviso de reclamo denegado", 12, "B")
    p.ln(2)
    p.pairs([("Fecha del aviso", fdate(nd, "long", "es")), ("Paciente", mem), ("Número de miembro", ids["mid"]),
             ("Grupo", ids["grp"]), ("Número de reclamo", claim), ("Fecha de servicio", fdate(dos, "dmy", "es")),
             ("Dentista", OFFICE), ("Cargo", money(fee))], label_w=46, size=9.4)
    p.ln(3)
    p.para(f"Estimado(a) {mem}:", 9.8)
    p.para(f"No podemos pagar el mantenimiento periodontal ({PERIO[0]}) del {fdate(dos, 'long', 'es')}. Su plan "
           f"cubre 2 limpiezas ({PROPHY[0]} y {PERIO[0]} juntas) en cualquier período de 12 meses seguidos. Ya "
           f"pagamos limpiezas el {fdate(prev[0], 'slash')} y el {fdate(prev[1], 'slash')}, así que esta es la "
           "tercera y no está cubierta.", 9.8)
    p.para("**Sus derechos de apelación.** Puede apelar dentro de 180 días a partir de la fecha de este aviso. "
           "Escriba a: " + ", ".join(ADDR) + ".", 9.8)
    p.para(f"Servicios para Miembros, {PLAN}", 9.8)
    p.boilerplate(PLAN, f"1-877-555-{digits(rng, 4)}")
    t = truth("denial_letter", "not_covered", insurer=PLAN, group=ids["grp"], member_id=ids["mid"], member_name=mem,
              cases=[claim], claim_amount=m2(fee), service_dates=[span(dos)], denial_date=nd.isoformat(),
              provider=OFFICE, appeal_deadline=plus(nd, 180).isoformat(), lang="es")
    return out(p), t


def photocopy_stack(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    nd = dt.date(2026, 6, 1) + dt.timedelta(days=rng.randint(0, 6))
    dos = dt.date(2026, 3, rng.randint(2, 27))
    rec = plus(nd, -rng.randint(20, 30))
    fee = amount(rng, 105, 130)
    claim = "26" + digits(rng, 9)
    appeal = f"DA-{digits(rng, 6)}"
    p = DLSheet(footer=None)
    p.set_margins(22, 14, 22)
    p.add_page()
    _logo(p, rng, "Dental Appeals")
    p.line(f"Appeal decision dated {fdate(nd, 'long')}", 12, "B")
    p.ln(2)
    p.pairs([("Appeal number", appeal), ("Claim number", claim), ("Patient", mem), ("Member ID", ids["mid"]),
             ("Appeal received", fdate(rec, "slash")), ("Service", f"{PROPHY[0]} on {fdate(dos, 'slash')}"),
             ("Charge", money(fee))], label_w=40, size=9.5)
    p.ln(2)
    p.para(f"Dear {mem}:", 10)
    p.para(f"You asked us to pay an adult cleaning from {OFFICE}. A dentist who did not make the first decision "
           f"reviewed your appeal. **We upheld the denial.** {RULE} You had two cleanings paid in the 12 months "
           "before this one, and your plan has no extra-cleaning benefit for your diagnosis.", 10)
    p.para("You may ask for a second-level appeal within 60 days of the date of this letter.", 10)
    p.para(f"Dental Appeals, {PLAN}", 10)
    doc1 = (out(p), truth("denial_letter", "not_covered", insurer=PLAN, member_id=ids["mid"], member_name=mem,
                          cases=[appeal, claim], claim_amount=m2(fee), service_dates=[span(dos)],
                          denial_date=nd.isoformat(), provider=OFFICE, appeal_deadline=plus(nd, 60).isoformat(),
                          alternates={"case_numbers": [[appeal], [claim]]}))
    sd = plus(nd, rng.randint(6, 12))
    d2 = plus(sd, -rng.randint(14, 24))
    f = [amount(rng, 55, 70), amount(rng, 150, 185)]
    cl = "26" + digits(rng, 9)
    q = DLSheet(footer=None)
    q.set_margins(16, 14, 16)
    q.add_page()
    _logo(q, rng, "Explanation of Benefits - this is not a bill")
    q.right_block([("Issued:", fdate(sd, "slash")), ("Patient:", mem), ("Member ID:", ids["mid"]),
                   ("Group:", ids["grp"]), ("Claim:", cl)], w=92, size=8.6)
    q.ln(3)
    rows = [[fdate(d2, "slash"), EXAM[0], EXAM[1], money(f[0], "nosign"), money(f[0] * 0.8, "nosign"),
             money(f[0] * 0.8, "nosign"), "0.00"],
            [fdate(d2, "slash"), PERIO[0], PERIO[1], money(f[1], "nosign"), money(f[1] * 0.8, "nosign"),
             money(f[1] * 0.8, "nosign"), "0.00"],
            ["*", "", "Claim total", money(sum(f), "nosign"), money(sum(f) * 0.8, "nosign"),
             money(sum(f) * 0.8, "nosign"), "0.00"]]
    q.spaced(["Date", "CDT", "Service", "Charged", "Allowed", "Paid", "You owe"], rows, [10, 5, 24, 8, 8, 8, 8],
             size=8.2, right={3, 4, 5, 6}, rule_under_head=True)
    q.para(f"Dentist: {OFFICE}. Cleanings in the last 12 months after this claim: 2 of 2. Root planing on file: "
           "11/03/2025 (periodontal maintenance payable through 11/03/2027).", 8.8)
    doc2 = (out(q), truth("eob", None, insurer=PLAN, group=ids["grp"], member_id=ids["mid"], member_name=mem,
                          cases=[cl], claim_amount=m2(sum(f)), service_dates=[span(d2)], denial_date=sd.isoformat(),
                          provider=OFFICE, type_alternates=["other"]))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "scan300_office_statement_third_cleaning_line_left_to_patient", "scan_clean_300",
             [scan300_statement(rng)]),
        Item(F + "faxstd_caption_box_provider_eob_d4910_frequency_line_denied", "fax_standard_g4",
             [faxstd_provider_eob(rng)]),
        Item(F + "faxstd_small_type_alternate_benefit_letter_office_in_subject", "fax_standard_g4",
             [faxstd_letter(rng)]),
        Item(F + "phone_member_eob_date_only_in_heading_prophylaxis_row_denied", "phone_photo",
             [phone_member_eob(rng)]),
        Item(F + "rotated_dentist_letter_to_plan_srp_history", "rotated", [rotated_dentist_letter(rng)]),
        Item(F + "lowres_spanish_d4910_frequency_denial", "scan_lowres_150", [lowres_spanish(rng)]),
        Item(F + "photocopy_stack_upheld_appeal_duplex_then_paid_eob_upside_down", "photocopy", photocopy_stack(rng),
             separators=["duplex", None], turns={(1, 0): 180}),
    ]
