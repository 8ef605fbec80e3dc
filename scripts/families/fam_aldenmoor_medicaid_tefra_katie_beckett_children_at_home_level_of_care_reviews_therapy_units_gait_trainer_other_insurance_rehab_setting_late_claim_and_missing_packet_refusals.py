"""Papers mirrored (structure and plain wording style only) from a state Medicaid program's TEFRA option for
children with disabilities who live at home (section 134 of the Tax Equity and Fiscal Responsibility Act of 1982,
the "Katie Beckett" option): a child who would qualify for Medicaid in a hospital, nursing facility or ICF/IID is
covered at home, the parents' income is not counted, and the child's level of care is reviewed every year from a
packet the parents send (a physician's level-of-care statement, a nursing assessment, a cost-of-care form). A
level-of-care contractor reviews the packet and prior-authorization requests for the state, a fiscal agent pays
claims and prints remittance advices; a family may ask the contractor to reconsider and may ask for a state fair
hearing. The federal option, Medicaid, the ICF/IID level of care, state fair hearings and HCPCS/CPT/ICD-10 codes are
real and public; the State of Aldenmoor (postal code AN), its Department of Community Health, the contractor
(Pellridge Health Review, Inc.), the fiscal agent (Brisendale Fiscal Services), every town, clinic, supplier,
hospital, child, parent, physician, number, amount, form number and time limit are invented; phones 555.

Documents (8 in 7 files):
- faxstd_loc_not_met_continued: a standard-fax two-page "initial denial of continued services" from the contractor
  to the parents after the annual review (captions on tabs above boxes, the parent and the child in two name boxes
  side by side, each with a number and a birth date); reconsideration within 30 days of the date of the notice.
- bd_remittance_therapy_units_0212: a born-digital two-page remittance advice to a pediatric therapy center in a
  line printer's face: ten children, each claim under a header line whose captions run together; the claim that
  goes on at the top of page 2 (no heading there) has one line paid 0.00 under EOB 0212, explained only in the
  code list at the end (units over the prior authorization).
- phone_es_andador_de_marcha: a photographed Spanish prior-authorization letter for a pediatric gait trainer
  (E8001), every label in Spanish, the refusal in plain words ("no podemos aprobar"), no "denied" anywhere.
- photocopy_narrative_eomb_other_ins: a photocopied two-page narrative explanation of Medicaid benefits to the
  parent: numbered paragraphs per claim, no table; the feeding-pump supplies paid 0.00 under remark C41, explained
  on page 2 (the other insurance has to be billed first).
- rotated_loc_renewal_approved: the contractor's approval of a renewed ICF/IID level of care, fed turned; cost of
  care at home and in an institution as decoy amounts; denies nothing.
- faxstd_stack_rehab_setting_then_late_claim: a standard-fax stack: a typed cover sheet, the contractor's two-page
  decision approving a hospital day program instead of the inpatient rehabilitation stay asked for (claim-form
  boxes lettered A-H with the caption under each value; page 2 fed upside down), then the Department's notice to
  the seating supplier that its claim came after the 120-day filing limit.
- lowres_packet_not_returned: a low-resolution Department "technical denial": the annual review packet never came,
  so the review for the next period could not be done; identifiers as "value | caption" lines; fair hearing only.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundeo_famoe import (EOSheet, abbr, caps, digits, dob, es_abbr, es_date, es_dmy, first, first_last, iso,
                               last_first, long, m2, n2, npi, out, people, phone, plus, slash, span_words, surname,
                               tin, tollfree, truth, usd, workday, yy)

FAMILY = ("aldenmoor_medicaid_tefra_katie_beckett_children_at_home_level_of_care_reviews_therapy_units_gait_trainer_"
          "other_insurance_rehab_setting_late_claim_and_missing_packet_refusals")
LANG = "en"
SEED = 355044
DEPT = "Aldenmoor Department of Community Health"
MCD = "Aldenmoor Medicaid"
DIV = "Division of Medicaid"
DEPT_ALT = [MCD, f"{DEPT}, {DIV}", "Aldenmoor Department of Community Health Division of Medicaid"]
DEPT_ADDR = "Capitol Annex, 77 Ferrier Street, Sayre Hollow, AN 59712"
PELL = "Pellridge Health Review, Inc."
PELL_ALT = [DEPT, MCD, "Pellridge Health Review"]
PELL_ADDR = "P.O. Box 3308, Peltham, AN 59718"
FA = "Brisendale Fiscal Services"
TOWNS = [("Sayre Hollow", "AN", "59712"), ("Peltham", "AN", "59718"), ("Lyndrake", "AN", "59721"),
         ("Veldmoor", "AN", "59730"), ("Tansy Ford", "AN", "59734"), ("Orrin Gap", "AN", "59741")]
STREETS = ["Thistledown Ln", "Mercer Mill Rd", "Quarry Hill Dr", "Kettle Pond Rd", "Sorrel Ct", "Dovecote Way",
           "Old Turnpike Rd", "Haverhill Ave"]
THERAPY = "Briarmoss Pediatric Therapy Center"
SUPPLY = "Lowmarsh Home Medical Supply"
REHAB = "Orringate Children's Rehabilitation Hospital"
PEDS = "Calder Brook Pediatrics"
OTHER_INS = "Juniper Reach Health Plan"
USED: set = set()


def mid(rng) -> str:
    """An Aldenmoor Medicaid ID: ten digits beginning 41."""
    return "41" + digits(rng, 8)


def grp(s: str) -> str:
    """4103369182 -> 41 0336 9182 (the way a card prints it)"""
    return f"{s[:2]} {s[2:6]} {s[6:]}"


def case_no(rng) -> str:
    return "C-" + digits(rng, 7)


def loc_no(rng) -> str:
    return f"LOC-26-{digits(rng, 6)}"


def pa_no(rng, d: dt.date) -> str:
    return f"26{d.timetuple().tm_yday:03d}{digits(rng, 6)}"


def icn(rng, d: dt.date) -> str:
    """Thirteen digits: region 2, year 26, day of year, a batch and sequence."""
    return f"226{d.timetuple().tm_yday:03d}{digits(rng, 7)}"


def addr(rng, name: str, town=None) -> list[str]:
    t, st, z = town or rng.choice(TOWNS)
    return [name, f"{rng.randint(14, 2980)} {rng.choice(STREETS)}", f"{t}, {st} {z}"]


def pell_head(p: EOSheet, rng, box: str | None = None, es: bool = False):
    if es:
        role = ["Revisiones de nivel de atención y autorizaciones previas",
                "para Aldenmoor Medicaid, bajo contrato con el", DEPT]
    else:
        role = ["Level of care and prior authorization reviews", "for Aldenmoor Medicaid, under contract with the",
                DEPT]
    p.contractor_head("Pellridge Health Review", role + [PELL_ADDR],
                      [PELL, f"{'Familias' if es else 'Families'} {tollfree(rng, '877')}",
                       f"{'Fax' if not es else 'Fax'} {phone(rng)}", "TTY 711"], box=box, size=16, spacing=1.2)


def dept_head(p: EOSheet, rng, box: str | None = None, sub: str = DIV):
    p.letterhead(DEPT, [sub, DEPT_ADDR], [f"Member help line {tollfree(rng, '855')}", "TTY 711",
                                          f"Fax {phone(rng)}", "medicaid.aldenmoor.example"], size=14.5, box=box)


# ---------------------------------------------------------------------------------------------------------------
def fax_loc_not_met(rng):
    """Annual level-of-care review: the child no longer meets the nursing facility level of care."""
    mom = people(rng, 1, "pa", sexes="F", used=USED)[0]
    kid = people(rng, 1, "ch", sexes="M", last=surname(mom), used=USED)[0]
    doc, rn, md_rev = people(rng, 3, "dc", sexes="MFM", used=USED)
    m_id, cno, rv = mid(rng), case_no(rng), loc_no(rng)
    nd = workday(dt.date(2026, 6, rng.randint(8, 12)))
    got = workday(plus(nd, -rng.randint(19, 24)))
    signed = workday(plus(got, -rng.randint(9, 14)))
    c0, c1 = dt.date(2026, 7, 1), dt.date(2027, 6, 30)
    kid_dob = dob(rng, 2016, 2018)
    mom_dob = dob(rng, 1984, 1990)
    fax_d = plus(nd, 1)
    p = EOSheet(footer="Page {n} of {nb}",
                fax_hdr=f"{caps(fax_d).replace(',', '')} 14:{rng.randint(10, 59)}  PELLRIDGE HLTH REVIEW  "
                        f"{phone(rng)}  P.{{n}}/2",
                strip=f"{rv}  \u00b7  {kid}  \u00b7  Medicaid ID {m_id}  \u00b7  page {{n}}")
    p.set_margins(18, 15, 18)
    p.add_page()
    pell_head(p, rng)
    W = p.w - p.l_margin - p.r_margin
    p.f(12.5, "B")
    p.multi_cell(W, 6, "INITIAL DENIAL OF CONTINUED SERVICES\nTEFRA / Katie Beckett annual level of care review",
                 align="C", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.tab_boxes([("Notice date", long(nd), W * 0.27), ("Review number", rv, W * 0.25),
                 ("Review type", "Annual (continued)", W * 0.26), ("Level asked for", "Nursing facility",
                                                                    W * 0.22)], size=9.2)
    yA = p.addr_block(addr(rng, f"To the parent or guardian of {first_last(kid)}")[:1] + addr(rng, mom), 9.6)
    p.set_y(yA + 4)
    p.who_pair(("PARENT OR GUARDIAN  \u00b7  this notice is sent to you", mom,
                [(cno, "family case number"), (slash(mom_dob), "date of birth")]),
               ("CHILD  \u00b7  the member this notice is about", kid,
                [(grp(m_id), "Medicaid ID"), (slash(kid_dob), "date of birth")]))
    p.heading("What we decided", 11)
    p.para(f"Every year we look again at the level of care of each child covered under the TEFRA / Katie Beckett "
           f"option, for the {DEPT}. We have finished {first(kid)}'s review for the period "
           f"{span_words(c0, c1)}. {first(kid)} does not meet the nursing facility level of care that the option "
           f"requires. This means {first(kid)}'s Medicaid under the option will stop at the end of the current "
           f"period, on {long(c1.replace(year=2026))}, unless you ask us to reconsider.", 9.6)
    p.heading("Why", 11)
    p.para(f"We read the Physician's Level of Care Statement that Dr. {first_last(doc)} of {PEDS} signed on "
           f"{slash(signed)}, the nursing assessment and the school health plan you sent us. They show that "
           f"{first(kid)}'s seizures have been controlled with medicine by mouth since last fall, that he has not "
           "stayed in a hospital in the past 12 months, and that the help he needs each day (medicines at set "
           "times, help with bathing and dressing, someone nearby when he swims) is care a parent or a trained "
           "aide gives. A child meets the nursing facility level of care when he needs skilled nursing care or "
           "checks by a nurse every day. The papers do not show a daily need for that care.", 9.6)
    p.para("A Pellridge nurse reviewer looked at the papers first. Because she could not find that the level of "
           "care was met, a physician reviewer looked at them too and agreed.", 9.6)
    p.add_page()
    p.heading("What you can do", 11)
    p.cols([[("Ask us to reconsider",
              "You, or the child's doctor, may ask Pellridge Health Review to reconsider this decision. Ask within "
              "30 days of the date of this notice. Send any records we did not have, for example notes from a "
              "specialist or a seizure log. A different physician reviewer will decide, and we will write to you "
              "within 30 days of getting your request."),
             ("Keep coverage while you ask",
              f"If we get your request for reconsideration by {long(plus(nd, 10))}, {first(kid)}'s coverage "
              "stays the same until we decide.")],
            [("Ask for a state fair hearing",
              f"If you still disagree after the reconsideration, you may ask the {DEPT} for a fair hearing. Ask "
              "within 30 days of the date of the reconsideration decision. You may speak for yourself or have a "
              "lawyer, a relative or a friend speak for you."),
             ("Other coverage",
              f"{first(kid)} may be able to get Medicaid or other help in another way. Call the member help line "
              "to ask how to apply.")]], size=8.8)
    p.heading("What we looked at", 10.5)
    p.bullets([f"Review packet received {slash(got)} (physician's statement, nursing assessment, school health plan)",
               f"Last certification period: 07/01/2025 through 06/30/2026",
               "Level of care criteria for nursing facility care, children's section"], size=9)
    p.signers([rn, "RN, Nurse Reviewer", f"License RN-{digits(rng, 6)}"],
              [md_rev, "MD, Physician Reviewer", PELL], size=8.8)
    p.f(8.4)
    p.multi_cell(W, 4, f"cc: {doc}, MD, {PEDS}, NPI {npi(rng)}", new_x="LMARGIN", new_y="NEXT")
    t = truth("denial_letter", "eligibility", insurer=PELL, member_id=m_id, member_name=kid, cases=[rv],
              service_dates=[f"{iso(c0)}/{iso(c1)}"], denial_date=iso(nd),
              provider=first_last(doc), appeal_deadline=iso(plus(nd, 30)),
              alternates={"insurer": PELL_ALT, "provider": [PEDS, None], "service_dates": [[]],
                          "case_numbers": [[rv, cno]]},
              denial_alternates=["level_of_care", "medical_necessity"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def born_remittance(rng):
    """A therapy center's remittance advice: ten children, one line over the authorized units (EOB 0212)."""
    kids = people(rng, 10, "ch", used=USED)
    ra_d = workday(dt.date(2026, 6, rng.randint(1, 5)))
    base = dt.date(2026, 5, 4)
    prov_id = "0" + digits(rng, 7)
    ra_no = digits(rng, 7)
    plan = [
        [("97110", "GP", 4, 172.00, 118.44, "0001"), ("97530", "GP", 2, 94.00, 61.72, "0001")],
        [("92507", "GN", 1, 138.00, 88.10, "0001")],
        [("97166", "GO", 1, 226.00, 142.35, "0001"), ("97535", "GO", 2, 88.00, 21.70, "0086")],
        [("92523", "GN", 1, 254.00, 163.82, "0001")],
        [("97161", "GP", 1, 214.00, 137.96, "0001"), ("97110", "GP", 3, 129.00, 88.83, "0001")],
        [("92507", "GN", 1, 138.00, 88.10, "0001")],
        [("97530", "GO", 4, 188.00, 123.44, "0001"), ("97150", "GO", 1, 52.00, 31.20, "0001")],
        [("97110", "GP", 4, 172.00, 118.44, "0001"), ("97112", "GP", 4, 176.00, 0.00, "0212")],
        [("92526", "GN", 1, 146.00, 94.27, "0001")],
        [("97530", "GO", 3, 141.00, 92.58, "0001"), ("97533", "GO", 1, 64.00, 40.11, "0001")],
    ]
    claims = []
    for k, lines in enumerate(plan):
        d = workday(plus(base, k * 2 + rng.randint(0, 1)))
        dd = [d] if len(lines) == 1 else [d, workday(plus(d, 2))]
        claims.append(dict(who=kids[k], id=mid(rng), no=icn(rng, plus(d, rng.randint(6, 10))), pa=pa_no(rng, plus(
            d, -rng.randint(20, 40))), acct=f"BPT{digits(rng, 5)}", lines=lines, dates=dd))
    den = claims[7]
    # column headings set to the exact widths of their columns, so that some run together ("RECIPIENT IDPA NUMBER")
    head1 = "ICN".ljust(14) + "RECIPIENT NAME".ljust(21) + "RECIPIENT ID" + "PA NUMBER".ljust(11) + "PAT ACCT"
    head2 = "  LN SVC FROM SVC THRU PROC  MOD UNITS   BILLED  ALLOWED     PAID EOB"
    lines = [head1, head2]
    tb = tp = 0.0
    for k, c in enumerate(claims):
        if k == 7:
            lines.append("\f")
        lines.append(f"{c['no']} {last_first(c['who'])[:20]:<20} {c['id']:<12}{c['pa']:<11}{c['acct']}")
        for j, (code, mod, u, b, pd, eob) in enumerate(c["lines"]):
            d = c["dates"][min(j, len(c["dates"]) - 1)]
            al = 0.0 if eob == "0212" else pd if eob == "0001" else round(b * 0.64, 2)
            lines.append(f"  {j + 1:02d} {yy(d):<8} {yy(d):<8} {code} {mod:<4} {u:>5} {b:>8.2f} "
                         f"{al:>8.2f} {pd:>8.2f} {eob}")
            tb += b
            tp += pd
        cb = sum(x[3] for x in c["lines"])
        cp = sum(x[4] for x in c["lines"])
        lines.append(f"{'':>22}CLAIM TOTAL {cb:>18.2f} {'':>8} {cp:>8.2f}")
        lines.append("")
    lines.append(f"{'':>22}RA TOTAL    {tb:>18.2f} {'':>8} {tp:>8.2f}")
    den_total = sum(x[3] for x in den["lines"])
    den_line = den["lines"][1]
    p = EOSheet(footer="Page {n} of {nb}",
                every=f"RA {ra_no}   PROV {prov_id}   RA DATE {yy(ra_d)}   PAGE {{n}}")
    p.set_margins(15, 15, 15)
    p.add_page()
    p.letterhead("ALDENMOOR MEDICAID", [f"{DEPT}  \u00b7  {DIV}",
                                       f"Medicaid Management Information System  \u00b7  fiscal agent {FA}"],
                 [FA, "P.O. Box 9020, Lyndrake, AN 59721", f"Provider services {tollfree(rng, '800')}"],
                 size=17, box="REMITTANCE ADVICE")
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    yA = p.addr_block([THERAPY, "Attn: Billing", "610 Corliss Row, Suite 2", "Veldmoor, AN 59730"], 9.6)
    yB = p.pipe_ids([(ra_no, "remittance advice number"), (slash(ra_d), "remittance date"),
                     (prov_id, "Medicaid provider number"), (npi(rng), "NPI"), (tin(rng), "tax ID"),
                     (f"EFT {digits(rng, 9)}", "trace"), (n2(tp), "amount of this payment")],
                    p.l_margin + W * 0.5, y0, W * 0.5, size=8.8)
    p.set_y(max(yA, yB) + 4)
    p.para("Claims adjudicated this cycle are listed by internal control number (ICN). EOB codes are explained at "
           "the end of this remittance advice. Amounts are in dollars.", 8.6)
    p.mono_block(lines, size=7.6, bold={0, 1}, rule_after={1})
    p.ln(2)
    p.glossary("EOB CODES ON THIS REMITTANCE ADVICE", [
        ("0001", "Paid at the Medicaid fee schedule."),
        ("0086", "Other insurance paid first. Medicaid paid the rest, up to the Medicaid allowed amount."),
        ("0212", "Units on this line are more than the units left on the prior authorization for these dates. "
                 "Units over the authorization are not payable."),
        ("0390", "The claim was received after the filing limit."),
        ("0047", "Duplicate of a claim already paid.")], size=8.0, cols=1)
    p.para("A provider may ask for an administrative review of a denied line within 90 days of the date of this "
           "remittance advice. Claims must reach the fiscal agent within 120 days of the date of service. Example: "
           "a line billed at $100.00 with an allowed amount of $69.00 pays $69.00 when there is no other insurance.",
           8.2)
    t = truth("eob", "prior_authorization", insurer=DEPT, member_id=den["id"], member_name=den["who"],
              cases=[den["no"]], claim_amount=m2(den_total), service_dates=[iso(den["dates"][1])],
              denial_date=iso(ra_d), provider=THERAPY, appeal_deadline=iso(plus(ra_d, 90)),
              alternates={"insurer": DEPT_ALT + [FA], "claim_amount": [m2(den_line[3])],
                          "case_numbers": [[den["no"], den["pa"]]],
                          "service_dates": [[iso(x) for x in den["dates"]]]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def phone_es_gait_trainer(rng):
    """Spanish prior-authorization letter: a pediatric gait trainer is not approved (medical necessity)."""
    dad = people(rng, 1, "pa", sexes="M", used=USED)[0]
    kid = people(rng, 1, "ch", sexes="F", last=surname(dad), used=USED)[0]
    doc, pt, rev = people(rng, 3, "dc", sexes="FFM", used=USED)
    m_id, cno = mid(rng), case_no(rng)
    nd = workday(dt.date(2026, 5, rng.randint(26, 29)))
    recd = workday(plus(nd, -rng.randint(8, 11)))
    start = workday(plus(nd, rng.randint(10, 13)))
    req = pa_no(rng, recd)
    p = EOSheet(footer="Página {n} de {nb}")
    p.set_margins(18, 15, 18)
    p.add_page()
    pell_head(p, rng, es=True)
    W = p.w - p.l_margin - p.r_margin
    p.f(12, "B")
    p.cell(0, 6, "AVISO SOBRE SU SOLICITUD DE AUTORIZACIÓN PREVIA", align="C", new_x="LMARGIN", new_y="NEXT")
    p.f(9)
    p.cell(0, 5, f"Fecha de este aviso: {es_date(nd)}", align="C", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    yA = p.addr_block(addr(rng, dad), 9.8)
    p.set_y(yA + 4)
    p.who_pair(("PADRE, MADRE O TUTOR  \u00b7  a quien va esta carta", dad,
                [(cno, "número de caso familiar")]),
               ("NIÑA O NIÑO  \u00b7  miembro", kid,
                [(m_id, "número de Medicaid"), (es_dmy(dob(rng, 2015, 2019)), "fecha de nacimiento")]))
    yK = p.kv_box([("Número de solicitud", req), ("Servicio pedido", "Entrenador de marcha pediátrico, código E8001"),
                   ("Fecha pedida para la entrega", es_abbr(start)), ("Lo pidió", SUPPLY),
                   ("Lo recetó", f"Dra. {first_last(doc)}, {PEDS}"), ("Recibimos la solicitud", es_date(recd))],
                  p.l_margin, p.get_y(), W, cap_w=52, size=9, cap=8, h=6)
    p.set_y(yK + 4)
    p.heading("Lo que decidimos", 11)
    p.para(f"No podemos aprobar el entrenador de marcha que {SUPPLY} pidió para {first(kid)}. Medicaid no pagará "
           "este equipo.", 9.8)
    p.heading("Por qué", 11)
    p.para(f"Leímos la receta de la Dra. {surname(doc)} y las notas de terapia física de {first_last(pt)}. Las notas "
           f"dicen que {first(kid)} ya camina en la casa y en la escuela con su andador posterior y que puede dar "
           "más de 30 pasos sin ayuda de otra persona. Un entrenador de marcha se aprueba cuando el niño no puede "
           "dar pasos con un andador común y necesita apoyo del tronco y de la pelvis para caminar. Las notas "
           "tampoco muestran que se haya probado el equipo en terapia. Por eso no es médicamente necesario ahora.",
           9.8)
    p.para("Si las necesidades de su hija cambian, el proveedor puede enviar una nueva solicitud con notas "
           "nuevas de terapia.", 9.8)
    p.heading("Si no está de acuerdo", 11)
    p.para("Usted o el proveedor pueden pedir una reconsideración dentro de 30 días a partir de la fecha de este "
           "aviso. Llame al número de arriba o escriba a Pellridge Health Review, Apartado Postal 3308, Peltham, "
           "AN 59718. Después de la reconsideración, también puede pedir una audiencia imparcial estatal al "
           f"{DEPT} dentro de 30 días a partir de la fecha de esa decisión.", 9.6)
    p.para(f"Revisó: {rev}, MD, médico revisor. Copia a: {SUPPLY}; Dra. {first_last(doc)}.", 8.8)
    t = truth("denial_letter", "medical_necessity", insurer=PELL, member_id=m_id, member_name=kid, cases=[req],
              service_dates=[iso(start)], denial_date=iso(nd), provider=SUPPLY,
              appeal_deadline=iso(plus(nd, 30)), lang="es",
              alternates={"insurer": PELL_ALT, "provider": [first_last(doc), PEDS], "service_dates": [[]]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photocopy_eomb(rng):
    """Narrative explanation of Medicaid benefits: the feeding-pump supplies wait for the other insurance (C41)."""
    mom = people(rng, 1, "pa", sexes="F", used=USED)[0]
    kid = people(rng, 1, "ch", sexes="F", last=surname(mom), used=USED)[0]
    ped, aud = people(rng, 2, "dc", sexes="FM", used=USED)
    m_id, cno = mid(rng), case_no(rng)
    sd = workday(dt.date(2026, 4, rng.randint(27, 30)))
    v1 = workday(dt.date(2026, 3, rng.randint(2, 4)))
    pt_days = [workday(dt.date(2026, 3, d)) for d in (5, 12, 19, 26)]
    s0, s1 = dt.date(2026, 3, 1), dt.date(2026, 3, 31)
    v4 = workday(dt.date(2026, 3, rng.randint(16, 18)))
    c = [icn(rng, plus(v1, 9)), icn(rng, plus(pt_days[-1], 6)), icn(rng, dt.date(2026, 4, 8)),
         icn(rng, plus(v4, 8))]
    pump = 684.50
    stmt = f"EMB-26-{digits(rng, 5)}"
    oi_id = f"JRH {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 2)}"
    p = EOSheet(footer=None, ids_foot=f"Member {m_id}   \u00b7   Statement {stmt}   \u00b7   page {{n}} of {{nb}}")
    p.set_margins(19, 15, 19)
    p.add_page()
    dept_head(p, rng, box="THIS IS NOT A BILL")
    W = p.w - p.l_margin - p.r_margin
    p.f(13, "B")
    p.cell(0, 6, "Your child's Medicaid services: what we paid", new_x="LMARGIN", new_y="NEXT")
    p.f(9.4)
    p.cell(0, 5, f"Statement date  {long(sd)}      Services processed in March and April 2026",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    yA = p.addr_block(addr(rng, mom), 9.8)
    p.set_y(yA + 4)
    p.who_pair(("SENT TO  \u00b7  parent", mom, [(cno, "case number")]),
               ("MEMBER  \u00b7  child", kid, [(m_id, "Medicaid ID"),
                                               (slash(dob(rng, 2012, 2016)), "born")]))
    p.para(f"This statement lists the services that providers billed to {MCD} for {first_last(kid)}. Please read "
           "it and call us if you see a service your child did not get. Remarks are explained on page 2.", 9.4)
    items = [
        (f"Visit with Dr. {first_last(ped)} at {PEDS} on {long(v1)} \u2014 claim {c[0]} \u2014 paid",
         ["The office billed $212.00.", f"{first(kid)}'s other insurance, {OTHER_INS}, paid $118.60 first.",
          "Medicaid paid $41.15, the rest of the Medicaid rate. You owe nothing for this visit."]),
        (f"Physical therapy at {THERAPY}, four visits from {long(pt_days[0])} through {long(pt_days[-1])} "
         f"\u2014 claim {c[1]} \u2014 paid",
         ["The center billed 688.00 for the four visits.", f"{OTHER_INS} paid 0.00 because the visits are over "
                                                           "its yearly therapy limit.",
          "Medicaid paid 473.76. Remark C12."]),
        (f"Feeding pump supplies from {SUPPLY}, {long(s0)} \u2013 {long(s1)} \u2014 claim {c[2]}",
         [f"The supplier billed ${pump:,.2f} for 31 days of supply kits (B4035).", "Medicaid paid $0.00.",
          "Remark C41."]),
        (f"Hearing check with {first_last(aud)}, Au.D., at {PEDS} on {abbr(v4)} \u2014 claim {c[3]} \u2014 paid",
         ["The office billed $96.00. Medicaid paid $58.40. Remark C12."]),
    ]
    p.claim_paras(items, size=9.3)
    p.add_page()
    p.heading("What the remarks mean", 11, rule=True)
    p.legend_two("Remarks on this statement", [
        ("C12", "Paid at the Medicaid rate. The provider may not bill you for the rest."),
        ("C41", "Your child has other health insurance that covers this item. The provider has to send the bill to "
                "that insurance first and then send us its answer. We will look at the claim again then."),
        ("C55", "This service needed approval before it was given."),
        ("C60", "This claim was sent to us too late."),
        ("C73", "We already paid this service on another claim.")], size=8.4, tag_w=10)
    p.heading("Other insurance we have on file", 10.5)
    yK = p.kv_box([("Insurance", OTHER_INS), ("Policyholder", f"{mom} (parent)"), ("Policy number", oi_id),
                   ("Group", f"{digits(rng, 4)}-0"), ("Since", "01/01/2025")], p.l_margin, p.get_y(),
                  W * 0.7, cap_w=34, size=8.8, cap=7.8, h=5.6)
    p.set_y(yK + 4)
    p.cols([[("If a service is wrong",
              f"Call {tollfree(rng, '855')} if you do not recognize a provider or a date on this statement. Reports "
              "of fraud can be made without giving your name.")],
            [("If you disagree with a decision",
              f"You may ask the {DEPT} for a state fair hearing within 30 days of the date of this statement. "
              "Call or write to the Office of Hearings at the address on page 1.")],
            [("Keep this statement",
              "You do not need to send it back. Keep it with your child's health papers for one year.")]],
           size=8.4)
    t = truth("eob", "other", insurer=DEPT, member_id=m_id, member_name=kid, cases=[c[2]], claim_amount=m2(pump),
              service_dates=[f"{iso(s0)}/{iso(s1)}"], denial_date=iso(sd), provider=SUPPLY, appeal_deadline=None,
              alternates={"insurer": DEPT_ALT})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def rotated_renewal(rng):
    """Final determination: ICF/IID level of care renewed for a year (denies nothing)."""
    dad = people(rng, 1, "pa", sexes="M", used=USED)[0]
    kid = people(rng, 1, "ch", sexes="M", last=surname(dad), used=USED)[0]
    doc, rn = people(rng, 2, "dc", sexes="MF", used=USED)
    m_id, rv = mid(rng), loc_no(rng)
    nd = workday(dt.date(2026, 8, rng.randint(10, 14)))
    c0, c1 = dt.date(2026, 9, 1), dt.date(2027, 8, 31)
    home, inst = 3912.40, 24180.00
    p = EOSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 15, 18)
    p.add_page()
    pell_head(p, rng, box="FINAL DETERMINATION")
    W = p.w - p.l_margin - p.r_margin
    yA = p.addr_block(addr(rng, dad), 9.8)
    p.set_y(yA + 5)
    p.tab_boxes([("Date of notice", slash(nd), W * 0.2), ("Review no.", rv, W * 0.23),
                 ("Child", first_last(kid), W * 0.25), ("Medicaid ID", m_id, W * 0.32)], size=9.2)
    p.tab_boxes([("Level of care", "ICF/IID", W * 0.2), ("Certified from", long(c0), W * 0.26),
                 ("Certified through", long(c1), W * 0.28), ("Next packet due", slash(dt.date(2027, 6, 15)),
                                                             W * 0.26)], size=9.2)
    p.subject_line(f"{first_last(kid)}'s level of care is approved for another year")
    p.para(f"Dear {first_last(dad)}:", 10)
    p.para(f"We have finished the annual review of {kid}'s level of care under the TEFRA / Katie Beckett option. "
           f"{first(kid)} continues to meet the level of care for an intermediate care facility for individuals "
           f"with intellectual disabilities (ICF/IID). His Medicaid under the option continues from {long(c0)} "
           f"through {long(c1)}.", 9.8)
    p.para(f"We based this on the Physician's Level of Care Statement signed by Dr. {first_last(doc)}, the "
           "psychological evaluation and the daily care log you sent. They show that he needs someone with him "
           "all day to keep him safe, that he needs help with eating, dressing and toileting, and that he has a "
           "written behavior support plan.", 9.8)
    p.heading("Cost of care", 10.5)
    p.para("Under the option, caring for your child at home must not cost Medicaid more than care in an "
           "institution would. The figures below come from the cost-of-care form and are for this review only; "
           "they are not a bill.", 9.2)
    yK = p.kv_box([("Estimated cost of care at home, per month", usd(home)),
                   ("Cost of ICF/IID care, per month", n2(inst)),
                   ("Result", "Care at home costs less. The option can continue.")], p.l_margin, p.get_y(), W,
                  cap_w=80, size=9, cap=8.2, h=6)
    p.set_y(yK + 4)
    p.para("What you need to do: nothing now. About 60 days before the period ends, we will mail you the next review "
           "packet. Please tell us within 10 days if your child moves, goes into a hospital or facility for more "
           "than 30 days, or gets other health insurance.", 9.2)
    p.ln(2)
    p.signers([rn, "RN, Level of Care Reviewer", PELL], [f"cc: Dr. {first_last(doc)}", PEDS], size=8.8)
    t = truth("other", None, insurer=PELL, member_id=m_id, member_name=kid, cases=[rv],
              service_dates=[f"{iso(c0)}/{iso(c1)}"], denial_date=iso(nd), provider=first_last(doc),
              alternates={"insurer": PELL_ALT, "provider": [PEDS, None], "service_dates": [[]],
                          "case_numbers": [[]]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def fax_stack(rng):
    """Stack: the rehab setting decision (inpatient rehabilitation -> hospital day program), then the late claim."""
    mom = people(rng, 1, "pa", sexes="F", used=USED)[0]
    kid = people(rng, 1, "ch", sexes="M", last=surname(mom), used=USED)[0]
    phys, rev = people(rng, 2, "dc", sexes="MM", used=USED)
    m_id = mid(rng)
    kid_dob = dob(rng, 2019, 2020)
    # 1) the rehabilitation setting decision
    recd = workday(dt.date(2026, 6, rng.randint(8, 10)))
    nd = workday(plus(recd, 3))
    a0 = workday(plus(nd, rng.randint(9, 12)))
    a1 = plus(a0, 13)
    surg = plus(a0, -3)
    req = pa_no(rng, recd)
    by = workday(plus(nd, 28))
    p = EOSheet(footer="Page {n} of {nb}", run_hdr=f"Request {req}  \u00b7  {last_first(kid)}  \u00b7  "
                                                    "page {n} of {nb}")
    p.set_margins(18, 15, 18)
    p.add_page()
    pell_head(p, rng, box="PRIOR AUTHORIZATION DECISION")
    W = p.w - p.l_margin - p.r_margin
    yA = p.addr_block(addr(rng, mom), 9.8)
    p.set_y(yA + 5)
    p.form_boxes([[("A", "Member name", kid, W * 0.38), ("B", "Medicaid ID", m_id, W * 0.32),
                   ("C", "Date of birth", slash(kid_dob), W * 0.30)],
                  [("D", "Request number", req, W * 0.38), ("E", "Date of this notice", long(nd), W * 0.32),
                   ("F", "Request received", slash(recd), W * 0.30)],
                  [("G", "Service asked for", "Inpatient rehabilitation, 14 days", W * 0.5),
                   ("H", "Dates asked for", f"{slash(a0)} - {slash(a1)}", W * 0.5)]], size=9, h=10.5)
    p.para(f"Dear {first_last(mom)}:", 10)
    p.para(f"{REHAB} asked us to approve a 14-day inpatient rehabilitation stay for {first(kid)} after his "
           f"selective dorsal rhizotomy, planned for {long(surg)}. The stay was ordered by Dr. {first_last(phys)}, "
           "the hospital's rehabilitation physician.", 9.8)
    p.heading("What we approved instead", 11)
    p.para(f"We approved {first(kid)}'s rehabilitation in the hospital's day program: up to 15 days of physical "
           f"and occupational therapy at {REHAB}, on weekdays, from {long(a0)}. The inpatient stay was not "
           "approved. We did not change the number of therapy hours; we changed where he gets them.", 9.8)
    p.heading("Why", 11)
    p.para(f"The rehabilitation that {first(kid)} needs after the surgery can be given safely in the day program. "
           "He will be able to sit and move in bed on his own by the time the surgery team sends him home, he has no "
           "medical needs at night that a nurse must meet, and your home is about 25 minutes from the hospital. An "
           "inpatient rehabilitation stay is approved when a child needs a doctor's and a nurse's care around the "
           "clock, or cannot be brought to therapy each day.", 9.8)
    p.add_page()
    p.heading("If you or the hospital disagree", 11)
    p.para(f"You, Dr. {surname(phys)} or the hospital may ask us to reconsider. Your request must reach us no later "
           f"than {long(by)}. If {first(kid)} is waiting for the surgery and a delay could harm him, ask for a fast "
           "reconsideration; we decide those within 72 hours. You may also ask the Department for a state fair "
           "hearing within 30 days of the date of the reconsideration decision.", 9.6)
    p.para(f"Questions: call Pellridge Health Review at {tollfree(rng, '877')} (TTY 711), Monday to Friday, "
           "8 a.m. to 5 p.m. Please have the request number ready.", 9.4)
    p.signers([rev, "MD, Physician Reviewer", PELL], [f"cc: {REHAB}", f"Dr. {first_last(phys)}"], size=8.8)
    d1 = (out(p), truth("denial_letter", "level_of_care", insurer=PELL, member_id=m_id, member_name=kid,
                        cases=[req], service_dates=[f"{iso(a0)}/{iso(a1)}"], denial_date=iso(nd), provider=REHAB,
                        appeal_deadline=iso(by),
                        alternates={"insurer": PELL_ALT, "provider": [first_last(phys)],
                                    "service_dates": [[iso(a0)]]}))

    # 2) the late seating claim (the Department to the supplier, copy to the parent)
    dos = dt.date(2026, 1, rng.randint(6, 9))
    got = plus(dos, rng.randint(140, 150))
    nd2 = workday(plus(got, rng.randint(6, 9)))
    claim = icn(rng, got)
    lines2 = [("E2609", "Custom fabricated seat cushion", 1, 1318.00), ("E2617", "Custom fabricated back, with "
                                                                                 "mounting hardware", 1, 1168.00)]
    tot = sum(x[3] for x in lines2)
    q = EOSheet(footer="Page {n} of {nb}")
    q.set_margins(18, 15, 18)
    q.add_page()
    dept_head(q, rng, box="NOTICE OF CLAIM DECISION", sub=f"{DIV}  \u00b7  Claims Review Unit")
    Wq = q.w - q.l_margin - q.r_margin
    y0 = q.get_y()
    yA = q.addr_block([SUPPLY, "Attn: Claims", "44 Tanner's Yard", "Peltham, AN 59718"], 9.8)
    yB = q.pipe_ids([(claim, "claim (ICN)"), (slash(nd2), "date of this notice"), (m_id, "recipient ID"),
                     (yy(dos), "date of service"), ("0" + digits(rng, 7), "provider number")],
                    q.l_margin + Wq * 0.52, y0, Wq * 0.48, size=9)
    q.set_y(max(yA, yB) + 5)
    q.subject_line(f"Claim for {kid}: custom seating")
    q.para(f"We received your claim for {first_last(kid)}'s custom wheelchair seating on {long(got)}. The "
           f"seating was delivered on {long(dos)}.", 9.8)
    q.table(["Code", "Item", "Units", "Billed"], [[c, w, str(u), usd(b)] for c, w, u, b in lines2] +
            [["", "Claim total", "", usd(tot)]], [22, 92, 18, 40], size=8.8, aligns=["L", "L", "R", "R"],
            bold_last=True)
    q.para(f"{MCD} pays a claim only when we receive it within 120 days of the date of service, unless the claim "
           "first went to another insurer or was delayed by a decision of ours. This claim reached us "
           f"{(got - dos).days} days after the date of service, and we found no earlier claim for it. We cannot pay "
           "it. The supplier may not bill the family for these items.", 9.8)
    q.para("If you have proof that the claim was sent on time, for example an accepted electronic claim report "
           "with a date inside the 120 days, you may ask us to review this decision within 60 days of the date of "
           "this notice. Send the proof with a copy of this notice.", 9.6)
    q.para(f"Copy to: {mom}, parent of {first_last(kid)}. You do not need to do anything.", 8.8)
    d2 = (out(q), truth("denial_letter", "timely_filing", insurer=DEPT, member_id=m_id, member_name=kid,
                        cases=[claim], claim_amount=m2(tot), service_dates=[iso(dos)], denial_date=iso(nd2),
                        provider=SUPPLY, appeal_deadline=iso(plus(nd2, 60)),
                        alternates={"insurer": DEPT_ALT}))
    return [d1, d2]


# ---------------------------------------------------------------------------------------------------------------
def lowres_packet(rng):
    """Technical denial: the annual review packet never came back (records not received)."""
    mom = people(rng, 1, "pa", sexes="F", used=USED)[0]
    kid = people(rng, 1, "ch", sexes="F", last=surname(mom), used=USED)[0]
    doc, wk = people(rng, 2, "dc", sexes="MF", used=USED)
    m_id, cno = mid(rng), case_no(rng)
    nno = f"TKB-26-{digits(rng, 5)}"
    nd = workday(dt.date(2026, 7, rng.randint(13, 15)))
    asked = dt.date(2026, 5, 1)
    due = dt.date(2026, 6, 30)
    c0, c1 = dt.date(2026, 8, 1), dt.date(2027, 7, 31)
    p = EOSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 16, 20)
    p.add_page()
    dept_head(p, rng, sub=f"{DIV}  \u00b7  TEFRA / Katie Beckett Unit")
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    yA = p.addr_block(addr(rng, mom), 10)
    yB = p.pipe_ids([(nno, "notice number"), (long(nd), "date of this notice"), (m_id, "Medicaid ID"),
                     (cno, "case number"), (first_last(kid), "child")], p.l_margin + W * 0.5, y0, W * 0.5,
                    size=9.2)
    p.set_y(max(yA, yB) + 6)
    p.f(12, "B")
    p.cell(0, 6, "NOTICE OF TECHNICAL DENIAL", new_x="LMARGIN", new_y="NEXT")
    p.f(9.6)
    p.cell(0, 5, "Annual review for the TEFRA / Katie Beckett option", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.para(f"Dear {first_last(mom)}:", 10)
    p.para(f"On {long(asked)} we mailed you the packet for {first_last(kid)}'s annual review and asked you to send "
           f"it back by {long(due)}. We have not received it. Without the packet we could not review "
           f"{first(kid)}'s level of care for the period from {long(c0)} through {long(c1)}.", 9.8)
    p.para(f"Because of this, {kid}'s Medicaid under the TEFRA / Katie Beckett option will end on "
           f"{long(c0 - dt.timedelta(days=1))}.", 9.8)
    p.heading("What is missing", 10.5)
    p.bullets(["Physician's Level of Care Statement (form DCH-LOC-1), signed by the child's doctor within the last "
               "90 days",
               "Cost of Care at Home worksheet (form DCH-TK-704)",
               "Signed parent or guardian page of the packet"], size=9.4)
    p.para(f"Our records list Dr. {first_last(doc)} as {first(kid)}'s doctor. If you send all the missing papers "
           "before coverage ends, we will finish the review and send you a new notice.", 9.6)
    p.heading("Your right to a fair hearing", 10.5)
    p.para(f"If you think this decision is wrong, you may ask for a state fair hearing. Ask within 30 days of the "
           f"date of this notice by calling {tollfree(rng, '855')} or writing to the Office of Hearings, "
           f"{DEPT}, {DEPT_ADDR}. If you ask before {long(c0 - dt.timedelta(days=1))}, coverage can continue "
           "until the hearing decision.", 9.6)
    p.para(f"Caseworker: {first_last(wk)}, {phone(rng)}.", 9.4)
    t = truth("denial_letter", "other", insurer=DEPT, member_id=m_id, member_name=kid, cases=[nno],
              service_dates=[f"{iso(c0)}/{iso(c1)}"], denial_date=iso(nd), provider=None, appeal_deadline=None,
              alternates={"insurer": DEPT_ALT, "provider": [first_last(doc)], "service_dates": [[]],
                          "case_numbers": [[nno, cno]]},
              denial_alternates=["eligibility"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    USED.clear()
    f = FAMILY
    return [
        Item(f"{f}_faxstd_loc_not_met_continued", "fax_standard_g4", [fax_loc_not_met(rng)]),
        Item(f"{f}_bd_remittance_therapy_units_0212", "born_digital", [born_remittance(rng)]),
        Item(f"{f}_phone_es_andador_de_marcha", "phone_photo", [phone_es_gait_trainer(rng)]),
        Item(f"{f}_photocopy_narrative_eomb_other_ins", "photocopy", [photocopy_eomb(rng)]),
        Item(f"{f}_rotated_loc_renewal_approved", "rotated", [rotated_renewal(rng)]),
        Item(f"{f}_faxstd_stack_rehab_then_late_claim", "fax_standard_g4", fax_stack(rng),
             separators=["cover", None], turns={(0, 1): 180}),
        Item(f"{f}_lowres_packet_not_returned", "scan_lowres_150", [lowres_packet(rng)]),
    ]
