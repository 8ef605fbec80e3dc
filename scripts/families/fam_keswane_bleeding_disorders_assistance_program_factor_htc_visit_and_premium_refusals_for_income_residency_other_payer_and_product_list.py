"""A state hemophilia / bleeding disorders assistance program, mirrored (structure and plain wording style only) from
the papers such programs send to clients and to the pharmacies and treatment centers they pay (as Texas's Hemophilia
Assistance Program and other states' programs describe theirs: adults with a physician's diagnosis of hemophilia who
live in the state, with household income at or below 200% of the federal poverty guidelines and not eligible for
Medicaid or CHIP; blood factor products on the program's allowable product and fee list, dispensed by an enrolled
program provider; help with health insurance premiums, but not factor and premium help at the same time; every
other coverage pays first because the program pays last; a yearly renewal for a program year that ends on August 31;
an administrative review asked within 30 days of the notice date, then a fair hearing). The state (the State of
Keswane, postal code KN), its Department of Health Services, the program's name and its rule of two comprehensive
treatment center visits a program year, every pharmacy, treatment center, insurer, person, number, code and address
are invented (phones 555); HCPCS and CPT codes appear as themselves. Client numbers are "BD" + seven digits, claim
numbers (ICN) thirteen digits, approval numbers "PA" + eight digits, renewal, reimbursement and premium request
numbers "RN26-", "RR26-" and "PR26-" + five digits. No heading names the kind of refusal.

Documents (8 in 7 files):
- born_digital_remittance_cards_glycopegylated_line_code_e41_on_page_two: a two-page provider remittance advice to a
  specialty pharmacy, claims as framed cards (the client's name and client number in each card's band, with no
  caption), a three-line claim on page 2 whose glycoPEGylated factor VIII line pays 0.00 under E41, told only in the
  code list at the end; EFT trace, payment total, other clients' numbers as decoys; "within 30 days of the
  remittance date".
- faxfine_stack_htc_routing_slip_other_plan_first_sideways_then_surgery_factor_approval: a treatment center's fax
  routing slip (a page of its own), the program's two-page claim notice to the center refusing a comprehensive
  clinic visit because the client's employer plan must pay first (page 2 fed sideways), and the program's approval
  of factor IX for a planned dental extraction (denies nothing).
- scanclean_es_renovacion_ingresos_numero_sin_rotulo: a Spanish renewal decision (income above 200% of the poverty
  guidelines for a household of three); the client number only on the mailing line above the name; rights in three
  columns; "dentro de 30 días a partir de la fecha de este aviso".
- lowres_top_stub_mail_order_pharmacy_not_program_provider: a 150 dpi letter under a detachable return stub refusing
  to reimburse factor the client bought from a mail-order pharmacy that is not a program provider ("no later than"
  a printed date).
- photocopy_two_columns_moved_out_of_state_shipment_after_move: a photocopied notice in two columns ending
  eligibility because the client moved to another state, and refusing a shipment sent to the new address.
- phone_third_htc_visit_over_two_per_year: a photographed letter refusing a third comprehensive visit in the program
  year (earlier visits as decoys; "must be received by" a printed date).
- rotated_premium_reimbursement_check_stub: a premium reimbursement notice fed turned, the client's health plan and
  its premiums listed, a check at the foot (denies nothing).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundek_famka import (KASheet, day_long, digits, dmy_abbr, es_date, iso, kn_address, last_first, long, n2,
                               people, phone, plus, routing_slip, slash, tollfree, upper, usd, usd_tail, wday_long,
                               words_date, ymd_slash)
from public_kit import m2, out, truth

FAMILY = ("keswane_bleeding_disorders_assistance_program_factor_htc_visit_and_premium_refusals_for_income_residency_"
          "other_payer_and_product_list")
LANG = "en"
SEED = 355000
DEPT = "Keswane Department of Health Services"
PROG = "Bleeding Disorders Assistance Program"
ALT = [PROG, "Keswane Bleeding Disorders Assistance Program", "BDAP", "Specialty Health Care Programs",
       "Keswane Department of Health Services, Bleeding Disorders Assistance Program", "State of Keswane"]
PO = "Mail Code 2217, P.O. Box 40918, Corlinn, KN 67104-0918"


def client_no(rng):
    return "BD" + digits(rng, 7)


def icn(rng, d: dt.date):
    return f"2026{d.timetuple().tm_yday:03d}{digits(rng, 6)}"


def grp_icn(s: str) -> str:
    return f"{s[:4]} {s[4:7]} {s[7:]}"


def head(p, rng, title=None, es=False):
    right = (["Mail Code 2217, P.O. Box 40918", "Corlinn, KN 67104-0918", f"Línea para clientes {tollfree(rng)}", f"Fax {phone(rng, '620')}  ·  TTY 711"] if es else
             ["Mail Code 2217, P.O. Box 40918", "Corlinn, KN 67104-0918", f"Client line {tollfree(rng)}", f"Provider line {tollfree(rng, '877')}",
              f"Fax {phone(rng, '620')}  ·  TTY 711"])
    p.seal_head(DEPT, "Specialty Health Care Programs  \u00b7  " + PROG, "KDHS", right, title=title,
                ring="STATE OF KESWANE")


def ids(num):
    """member_id truth and its alternates (the number without its letters)."""
    return num, {"member_id": [num, num[2:]]}


# ------------------------------------------------------------------------------------------------------------------
def born_remittance(rng):
    c1, c2, c3, c4, rx1, rx2 = people(rng, 6, sexes="MMXMXX")
    PH = "Larkrise Specialty Pharmacy, LLC"
    rd = dt.date(2026, 3, 19)
    prov_no = f"KP-{digits(rng, 5)}"
    npi = digits(rng, 10)
    eft = f"EFT {digits(rng, 9)}"
    n1, n2_, n3, n4 = (client_no(rng) for _ in range(4))
    d_a, d_b, d_c, d_d, d_e, d_f = (dt.date(2026, 2, 23), dt.date(2026, 2, 27), dt.date(2026, 3, 2),
                                    dt.date(2026, 3, 4), dt.date(2026, 3, 6), dt.date(2026, 3, 9))
    # (client, number, date, prescriber, [(code, description, qty, billed, other paid, allowed, paid, status)])
    claims = [
        (c2, n2_, d_a, rx2, [("J7192", "Factor VIII, recombinant, per IU", "18,000", 21420.00, 0.00, 17280.00,
                              17280.00, "P01"),
                             ("S9345", "Home infusion per diem, factor", "4", 980.00, 0.00, 612.00, 612.00, "P01")]),
        (c3, n3, d_b, rx1, [("J7195", "Factor IX, recombinant, per IU", "9,000", 18630.00, 11200.00, 15390.00,
                             4190.00, "P03")]),
        (c4, n4, d_c, rx2, [("J7186", "AHF/VWF complex, per IU", "6,000", 8940.00, 0.00,
                             7560.00, 7560.00, "P01")]),
        (c2, n2_, d_d, rx2, [("J7192", "Factor VIII, recombinant, per IU", "4,500", 5355.00, 0.00, 4320.00, 4320.00,
                              "P01")]),
        (c1, n1, d_e, rx1, [("J7192", "Factor VIII, recombinant, per IU", "9,000", 10710.00, 0.00, 8640.00,
                             8640.00, "P01"),
                            ("J7204", "Factor VIII, glycoPEGylated, per IU", "6,000", 13980.00, 0.00, 0.00, 0.00,
                             "E41"),
                            ("S9345", "Home infusion per diem, factor", "3", 735.00, 0.00, 459.00, 459.00, "P01")]),
        (c4, n4, d_f, rx2, [("J7186", "AHF/VWF complex, per IU", "3,000", 4470.00, 0.00,
                             3780.00, 3780.00, "P01")]),
    ]
    cards, tb, tp = [], 0.0, 0.0
    den = None
    for who, num, d, pres, lines in claims:
        c_icn = icn(rng, d)
        rxn = digits(rng, 7)
        rows = []
        sb = sp = 0.0
        for code, desc, q, b, o, a, pd, st in lines:
            rows.append([slash(d), code, desc, q, n2(b), n2(o), n2(a), n2(pd), st])
            sb += b
            sp += pd
        tb += sb
        tp += sp
        cards.append({"title": f"{last_first(who)}   {num}", "note": f"ICN {grp_icn(c_icn)}   \u00b7   Rx {rxn}",
                      "sub": f"Prescriber: Dr. {pres}   \u00b7   Ship to: client's home",
                      "rows": rows, "total": ["", "", "Claim total", "", n2(sb), "", "", n2(sp), ""]})
        if who == c1:
            den = (c_icn, round(sb, 2), 13980.00, d, num, pres)
    tb, tp = round(tb, 2), round(tp, 2)
    p = KASheet(footer="Page {n} of {nb}", footer_left=f"BDAP-RA-3 (09/2025)  \u00b7  Remittance {slash(rd)}",
                run_hdr=f"Remittance advice  \u00b7  {PH}  \u00b7  Provider {prov_no}  \u00b7  Page {{n}} of {{nb}}")
    p.set_margins(14, 13, 14)
    p.add_page()
    head(p, rng, title="Provider Remittance Advice")
    p.window_addr(f"{prov_no}  RA  {rd.strftime('%y%m%d')}  0041", [PH, "Attn: Reimbursement", "906 Malthouse Ct",
                                                                     "Talvern, KN 67119"],
                  right=[(day_long(rd), "remittance date"), (prov_no, "program provider no."), (npi, "NPI"),
                         (eft, "payment trace"), (usd(tp), "paid on this remittance")], right_w=86)
    p.para("This remittance lists the claims the program finished processing this week. The program pays last: "
           "the amount shown under Other paid is what the client's other coverage paid, and the program pays up to "
           "the allowable fee on the fiscal year 2026 Allowable Product and Fee List for what is left. A status "
           "code is printed on every line; the codes are explained at the end of this remittance.", 8.6)
    p.para(f"Fee list adopted {words_date(dt.date(2025, 9, 1))}. Example from the fee list: if the allowable fee for a product is 0.96 per unit and another plan paid "
           "nothing, 1,000 units are paid at 960.00. This example is not one of your claims.", 8.0)
    W = p.w - p.l_margin - p.r_margin
    widths = [17, 13, 50, 14, 18.5, 16, 18.5, 18.5, W - 165.5]
    p.claim_cards(cards[:4], ["Dispensed", "HCPCS", "Product / service", "Units", "Billed", "Other paid",
                              "Allowed", "Paid", "Status"], widths,
                  ["L", "L", "L", "R", "R", "R", "R", "R", "C"])
    p.add_page()
    p.f(9.4, "B")
    p.cell(0, 5, "Claims processed, continued", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.claim_cards(cards[4:], ["Dispensed", "HCPCS", "Product / service", "Units", "Billed", "Other paid",
                              "Allowed", "Paid", "Status"], widths,
                  ["L", "L", "L", "R", "R", "R", "R", "R", "C"])
    p.set_y(p.money_box("Remittance totals", [("Claims on this remittance", str(len(cards))),
                                              ("Total billed", n2(tb)), ("Total paid", usd(tp))], w=90) + 5)
    p.glossary("Status codes", [
        ("P01", "Paid at the allowable fee. No other coverage was reported for this client."),
        ("P03", "Paid what was left after the client's other coverage, up to the allowable fee."),
        ("E41", "The product is not on the program's Allowable Product and Fee List for fiscal year 2026. The "
                "program cannot pay for it. The client's other lines are not affected."),
        ("E52", "The client was not eligible for program benefits on the date dispensed."),
        ("E63", "Another payer must be billed first. Send that payer's explanation of benefits with a new claim."),
        ("E70", "Units are above the amount approved for this client.")], size=7.8)
    p.para("To ask for an administrative review of any line, write to the program within 30 days of the remittance "
           "date. Give the ICN, the client number and the reason. A product that is not on the list can be "
           "requested for the next fiscal year by the client's hematologist.", 8.4)
    c_icn, total, line, d, num, pres = den
    mid, alt = ids(num)
    t = truth("eob", "not_covered", insurer=DEPT, member_id=mid, member_name=c1, cases=[c_icn],
              claim_amount=m2(total), service_dates=[iso(d)], denial_date=iso(rd), provider=PH,
              appeal_deadline=iso(plus(rd, 30)),
              alternates={"insurer": ALT, "claim_amount": [m2(line)], "provider": [f"Dr. {pres}", pres], **alt},
              type_alternates=["denial_letter"], denial_alternates=["other"])
    return out(p), t


def faxfine_stack(rng):
    cl, hem, sw, rev, dent, pt = people(rng, 6, sexes="MXFXXX")
    num = client_no(rng)
    HTC = "Wendry Regional Hemophilia Treatment Center"
    PH = "Osier Bed Pharmacy Services"
    EMP = "Brenvale Mutual Health Insurance Company"
    visit = dt.date(2026, 3, 24)
    nd = dt.date(2026, 4, 14)
    rcvd = dt.date(2026, 4, 2)
    c_icn = icn(rng, rcvd)
    sent = dt.date(2026, 4, 20)
    cover = routing_slip(HTC, "Patient Financial Counseling  \u00b7  Comprehensive Care Clinic",
                         ["Wendry Regional Medical Campus, Pavilion C, 3rd floor", "Wendry, KN 67123"],
                         "Patient Assistance Desk", "Keswane Hemophilia Foundation", phone(rng, "620"),
                         f"{sw}, financial counselor", phone(rng, "620"), phone(rng, "620"), slash(sent), 4,
                         [(True, "For your review"), (False, "Urgent"), (True, "Please call"),
                          (False, "As requested")],
                         [f"Two letters from the state program about our patient {cl}. The visit claim came back "
                          "unpaid; the dental factor was approved. Can your desk help him with his employer plan?"])
    # document 1: the program's claim notice to the center (page 2 goes through sideways)
    lines = [("99215", "Hematology visit, comprehensive", 412.00), ("97163", "Physical therapy evaluation", 268.00),
             ("85240", "Factor VIII activity assay", 196.50), ("85335", "Factor inhibitor test", 151.25),
             ("96156", "Health behavior assessment (social work)", 184.00)]
    tot = round(sum(x for *_, x in lines), 2)
    d = KASheet(footer="Page {n} of {nb}", footer_left=f"BDAP-CN-2 (09/2025)  \u00b7  {upper(nd)}")
    d.set_margins(18, 15, 18)
    d.add_page()
    head(d, rng, title="Claim notice to provider")
    d.addr_kv([HTC, "Attn: Clinic Billing", "Wendry Regional Medical Campus, Pavilion C", "Wendry, KN 67123"],
              [("Notice date", long(nd)), ("Client", cl), ("Client no.", num), ("ICN", c_icn),
               ("Claim received", slash(rcvd)), ("Visit date", slash(visit))], w=90, cap_w=28)
    d.subject(f"Comprehensive clinic visit of {cl}")
    d.para("The program has processed the claim above for a comprehensive clinic visit at your center. The program "
           "paid $0.00.", 10)
    d.heading("Reason", 10.8)
    d.para(f"Our records show that {cl} is also covered by a group health plan through his employer, "
           f"{EMP}, and that plan covers office visits, therapy and laboratory tests. The program pays last, after "
           "every other plan. Please send this claim to the employer plan first. When the plan has processed it, "
           "send us a new claim for the amount that is left, with a copy of the plan's explanation of benefits. A "
           "claim sent with the other plan's explanation of benefits must reach us within 95 days of the date on "
           "that explanation.", 10)
    d.para(f"Other coverage on file: {EMP}, member ID BMH{digits(rng, 9)}, group {digits(rng, 6)}, effective "
           f"{slash(dt.date(2025, 7, 1))}.", 9.2)
    d.heading("If you do not agree", 10.8)
    d.para("You or the client may ask for an administrative review within 30 days of the notice date. Send a letter "
           "that gives the ICN and tells us why the program should pay first. If the review does not change the "
           "decision, the client may ask for a fair hearing within 90 days of the review decision.", 10)
    d.add_page()
    d.heading("Lines on this claim", 11, rule=True)
    W = d.w - d.l_margin - d.r_margin
    d.wrap_table(["Date", "Code", "Service", "Rendered by", "Billed", "Paid"],
            [[slash(visit), c, s, f"Dr. {hem}" if c == "99215" else (pt + ", PT" if c == "97163" else "Lab"),
              n2(x), "0.00"] for c, s, x in lines] + [["", "", "Total", "", n2(tot), "0.00"]],
            [W * 0.12, W * 0.08, W * 0.3, W * 0.28, W * 0.11, W * 0.11], size=8.6,
            aligns=["L", "L", "L", "L", "R", "R"], bold_last=True)
    d.para("Line status for every line: other coverage must be billed first.", 9)
    d.two_sigs([rev, "Claims reviewer"], ["Program Manager", PROG])
    mid, alt = ids(num)
    t1 = truth("denial_letter", "other", insurer=DEPT, member_id=mid, member_name=cl, cases=[c_icn],
               claim_amount=m2(tot), service_dates=[iso(visit)], denial_date=iso(nd), provider=HTC,
               appeal_deadline=iso(plus(nd, 30)),
               alternates={"insurer": ALT, "provider": [f"Dr. {hem}", hem], **alt},
               denial_alternates=["not_covered"], type_alternates=["eob"])
    # document 2: approval of factor IX for a planned dental extraction
    ad = dt.date(2026, 4, 9)
    surg = dt.date(2026, 4, 28)
    pa = "PA" + digits(rng, 8)
    a = KASheet(footer=None, footer_left=f"BDAP-AP-1 (09/2025)  \u00b7  Approval {pa}")
    a.set_margins(18, 15, 18)
    a.add_page()
    head(a, rng, title="Notice of approval")
    a.line(day_long(ad), 10.2, "B")
    a.ln(2)
    y = a.get_y()
    for ln in [cl, *kn_address(rng)]:
        a.line(ln, 10)
    a.right_caps([(num, "client number"), (pa, "approval number"), (day_long(surg), "planned procedure"),
                  (f"{slash(plus(surg, -1))} - {slash(plus(surg, 7))}", "approval good")],
                 a.w - a.r_margin - 88, y, 88)
    a.set_y(y + 34)
    a.para(f"Dear {cl}:", 10)
    a.para(f"Your hematologist at {HTC}, Dr. {hem}, asked the program to pay for extra factor IX for the removal of "
           f"two teeth by {dent}, DDS, planned for {long(surg)}. We approved the request.", 10)
    W = a.w - a.l_margin - a.r_margin
    a.zebra(["Product", "HCPCS", "Units approved", "Dispensing provider", "Decision"],
            [["Factor IX, recombinant, per IU", "J7195", "12,000", PH, "Approved"],
             ["Home infusion per diem, factor", "S9345", "3", PH, "Approved"]],
            [W * 0.32, W * 0.1, W * 0.15, W * 0.28, W * 0.15], size=8.6, title="What we approved")
    a.para("The pharmacy must dispense the factor within the dates shown above. Factor that is not used for the "
           "procedure stays part of your regular monthly supply. This approval does not change your other "
           "benefits.", 9.6)
    a.para("If the procedure date changes, ask your treatment center to call us so we can move the dates.", 9.6)
    a.signoff(["Sincerely,", "Clinical Review Nurse", PROG], 9.6)
    t2 = truth("other", None, insurer=DEPT, member_id=mid, member_name=cl, cases=[pa], service_dates=[iso(surg)],
               denial_date=iso(ad), provider=PH,
               alternates={"insurer": ALT, "provider": [HTC, f"Dr. {hem}", hem, f"{dent}, DDS", dent],
                           "service_dates": [[f"{iso(plus(surg, -1))}/{iso(plus(surg, 7))}"]], **alt})
    return cover, [(out(d), t1), (out(a), t2)]


def scanclean_es(rng):
    cl, doc = people(rng, 2, es=True, sexes="MX")
    num = client_no(rng)
    rn = f"RN26-{digits(rng, 5)}"
    nd = dt.date(2026, 8, 12)
    rcvd = dt.date(2026, 7, 21)
    p = KASheet(footer="Página {n} de {nb}", footer_left=f"BDAP-RD-4S (09/2025)  \u00b7  {ymd_slash(nd)}")
    p.set_margins(18, 15, 18)
    p.add_page()
    head(p, rng, title="Aviso de decisión", es=True)
    p.line(es_date(nd), 10.2, "B")
    p.ln(2)
    p.window_addr(f"{num}  *  N  {digits(rng, 4)}  *  S1", [cl.upper(), *kn_address(rng)],
                  tick=digits(rng, 36))
    p.f(10.2, "B")
    p.cell(0, 6, f"Asunto: su solicitud de renovación {rn} para el año del programa 2026-2027",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.para(f"Estimado/a {cl}:", 10)
    p.para(f"Recibimos su solicitud de renovación el {es_date(rcvd)}. Revisamos los ingresos de su hogar con los "
           "comprobantes que nos envió. El programa no puede renovar su elegibilidad. Sus beneficios terminan el "
           f"{es_date(dt.date(2026, 8, 31))}, el último día del año del programa actual.", 10)
    W = p.w - p.l_margin - p.r_margin
    p.zebra(["Concepto", "Cantidad"],
            [["Personas en su hogar", "3"], ["Ingreso mensual del hogar (sueldos)", "$4,918.40"],
             ["Otros ingresos mensuales", "$212.00"], ["Ingreso mensual total", "$5,130.40"],
             ["Límite del programa: 200 % de las pautas federales de pobreza, hogar de 3", "$4,440.00"]],
            [W * 0.72, W * 0.28], aligns=["L", "R"], size=9, title="Cómo calculamos sus ingresos")
    p.para("El ingreso mensual total de su hogar es mayor que el límite del programa para un hogar de tres "
           "personas. Por esa razón, usted ya no cumple con el requisito de ingresos. Esta decisión no tiene que ver "
           f"con su diagnóstico; el formulario de evaluación médica firmado por Dr. {doc} sigue en su expediente.", 10)
    p.para("Si sus ingresos bajan, puede enviar una nueva solicitud en cualquier momento del año.", 10)
    p.ln(1)
    p.flow_cols([
        "Si no está de acuerdo",
        "Puede pedir una revisión administrativa. Su pedido por escrito debe llegar dentro de 30 días a partir de la "
        "fecha de este aviso. Diga por qué cree que la decisión está mal y envíe comprobantes de ingresos que no "
        "hayamos visto.",
        "Audiencia imparcial",
        "Si la revisión no cambia la decisión, puede pedir una audiencia imparcial dentro de 90 días a partir de "
        "la fecha de la decisión de la revisión. Un funcionario de audiencias que no tomó esta decisión escuchará "
        "su caso.",
        "Otras ayudas",
        "Puede tener derecho a un plan del Mercado de Seguros Médicos o a Medicaid. Un consejero de su centro de "
        "tratamiento de hemofilia puede ayudarle a presentar la solicitud. La ayuda es gratis.",
    ], n=3, size=8.6, heads={0, 2, 4})
    p.para(f"Atentamente,\nUnidad de Elegibilidad, {PROG}", 9.6)
    mid, alt = ids(num)
    t = truth("denial_letter", "eligibility", insurer=DEPT, member_id=mid, member_name=cl, cases=[rn],
              denial_date=iso(nd), appeal_deadline=iso(plus(nd, 30)), lang="es",
              alternates={"insurer": ALT + ["Programa de Asistencia para Trastornos de la Coagulación",
                                            "Departamento de Servicios de Salud de Keswane"], **alt})
    return out(p), t


def lowres_mailorder(rng):
    cl, pres = people(rng, 2, sexes="MX")
    num = client_no(rng)
    rr = f"RR26-{digits(rng, 5)}"
    MO = "Quillfeather Direct Infusion Pharmacy"
    ld = dt.date(2026, 5, 21)
    disp = dt.date(2026, 4, 30)
    rcvd = dt.date(2026, 5, 8)
    by = dt.date(2026, 6, 22)
    lines = [("J7192", "Factor VIII, recombinant", "10,000 IU", 11950.00), ("A4657", "Syringes, with needle", "24",
                                                                           38.40),
             ("A4216", "Sterile water / saline, 10 ml", "12", 27.60)]
    tot = round(sum(x for *_, x in lines), 2)
    p = KASheet(footer=None, footer_left=f"BDAP-RR-7 (09/2025)  \u00b7  {PROG}")
    p.set_margins(17, 13, 17)
    p.add_page()
    p.top_stub("RETURN THIS PART WITH ANY PAPERS YOU SEND US",
               [("Client", cl), ("Client no.", num), ("Request", rr), ("Reply by", long(by)), ("Mail to", PO)],
               "Write your phone number on the back of this stub. Do not send original receipts; copies are fine.")
    head(p, rng, title="Reimbursement decision")
    p.line(wday_long(ld), 10.2, "B")
    p.ln(2)
    for ln in [cl, *kn_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Dear {cl}:", 10)
    p.para(f"On {long(rcvd)} we received your request to be paid back for factor and supplies that "
           f"{MO} shipped to you on {long(disp)}. You sent a receipt for {usd(tot)}.", 10)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Code", "Item", "Quantity", "Amount on receipt"],
            [[c, s, q, usd(x)] for c, s, q, x in lines] + [["", "Total", "", usd(tot)]],
            [W * 0.14, W * 0.46, W * 0.18, W * 0.22], size=9, aligns=["L", "L", "L", "R"], bold_last=True)
    p.para(f"We are not able to pay back this amount. The program pays only for factor and supplies that a program "
           f"provider dispenses. {MO} is not enrolled with the program as a provider, so the program cannot pay "
           "for what it shipped, even though factor VIII is on the program's product list and your prescription "
           f"from Dr. {pres} is on file.", 10)
    p.para("The program providers near you are listed on the enclosed sheet. Any of them can fill your next "
           "prescription and bill the program directly, so you do not have to pay first.", 10)
    p.heading("If you disagree", 10.6)
    p.para(f"Ask for an administrative review in writing. Your request must reach us no later than {long(by)}. "
           "Send it with the stub at the top of this letter.", 10)
    p.signoff(["Client Services", PROG], 9.6)
    mid, alt = ids(num)
    t = truth("denial_letter", "out_of_network", insurer=DEPT, member_id=mid, member_name=cl, cases=[rr],
              claim_amount=m2(tot), service_dates=[iso(disp)], denial_date=iso(ld), provider=MO,
              appeal_deadline=iso(by), alternates={"insurer": ALT, **alt},
              denial_alternates=["not_covered"])
    return out(p), t


def photocopy_moved(rng):
    cl, elig = people(rng, 2, sexes="MF")
    num = client_no(rng)
    PH = "Larkrise Specialty Pharmacy, LLC"
    nd = dt.date(2026, 6, 16)
    moved = dt.date(2026, 5, 2)
    ship = dt.date(2026, 5, 27)
    c_icn = icn(rng, dt.date(2026, 6, 3))
    billed = 14892.00
    p = KASheet(footer=None, footer_left=f"BDAP-TN-5 (09/2025)  \u00b7  Notice date {dmy_abbr(nd)}")
    p.set_margins(17, 14, 17)
    p.add_page()
    head(p, rng, title="Notice of action")
    y = p.get_y()
    for ln in [long(nd), "", cl, "c/o 77 Quarry Bend Rd", "Ardmore, OK 73401"]:
        p.line(ln, 10, "B" if ln == long(nd) else "")
    p.right_caps([(num, "client number"), (grp_icn(c_icn), "ICN"), (PH, "pharmacy"), (slash(ship), "shipped"),
                  (usd(billed), "billed")], p.w - p.r_margin - 96, y, 96)
    p.set_y(max(p.get_y(), y + 36) + 4)
    p.f(11.5, "B")
    p.cell(0, 6, "Your program benefits are ending", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.flow2([
        f"Dear {cl}:",
        f"The program helps people with bleeding disorders who live in the State of Keswane. On {long(moved)} you "
        "told the pharmacy that you had moved to Oklahoma, and the pharmacy's delivery records show your new "
        "address there. Because you no longer live in Keswane, you do not meet the program's residency rule, and "
        f"your eligibility ended on {slash(moved)}, the day you moved.",
        f"On {long(ship)}, {PH} shipped a month of factor VIII to your address in Oklahoma and billed the program "
        f"{usd(billed)} on the claim shown at the top of this page. The program cannot pay this claim, because you "
        "were not eligible on the date it was shipped. The pharmacy has been told.",
        "The state where you now live may have its own program for people with bleeding disorders, and the "
        "treatment center nearest you can tell you how to apply. Oklahoma's Medicaid agency or the Health "
        "Insurance Marketplace may also be able to help.",
        "If you did not move, or if you are moving back to Keswane, please call us. If you disagree with this "
        "decision, you may ask for an administrative review within 30 days of the date of this notice. Tell us "
        "why you believe you still live in Keswane and send proof, such as a lease or a utility bill.",
        f"Sincerely,\n{elig}\nEligibility Specialist",
    ], size=9.4)
    mid, alt = ids(num)
    t = truth("denial_letter", "eligibility", insurer=DEPT, member_id=mid, member_name=cl, cases=[c_icn],
              claim_amount=m2(billed), service_dates=[iso(ship)], denial_date=iso(nd), provider=PH,
              appeal_deadline=iso(plus(nd, 30)), alternates={"insurer": ALT, **alt})
    return out(p), t


def phone_visit_limit(rng):
    cl, hem = people(rng, 2, sexes="FX")
    num = client_no(rng)
    HTC = "Ambrey Falls Hemophilia Treatment Center"
    ld = dt.date(2026, 7, 8)
    visit = dt.date(2026, 6, 23)
    by = dt.date(2026, 8, 7)
    c_icn = icn(rng, dt.date(2026, 6, 30))
    amt = 1184.75
    p = KASheet(footer=None)
    p.set_margins(18, 15, 18)
    p.add_page()
    head(p, rng)
    p.line(long(ld), 10.2)
    p.ln(2)
    p.addr_kv([cl, *kn_address(rng)],
              [("Client ID", num), ("Claim (ICN)", c_icn), ("Visit", slash(visit)), ("Billed", n2(amt))],
              w=86, cap_w=26)
    p.para(f"Dear {cl}:", 10)
    p.para(f"{HTC} sent us a claim for your comprehensive clinic visit with Dr. {hem} on {long(visit)}. The program "
           "pays for two comprehensive visits at a treatment center in each program year (September 1 through "
           "August 31). Our records show that the program already paid for two this year:", 10)
    W = p.w - p.l_margin - p.r_margin
    p.zebra(["Visit", "Treatment center", "Paid"],
            [[dmy_abbr(dt.date(2025, 10, 14)), HTC, "$1,032.00"], [dmy_abbr(dt.date(2026, 2, 10)), HTC, "$1,096.40"],
             [dmy_abbr(visit), HTC, "$0.00 (this claim)"]],
            [W * 0.22, W * 0.5, W * 0.28], aligns=["L", "L", "R"], size=9)
    p.para("Because this was a third comprehensive visit in the same program year, the program cannot pay it. "
           "Visits to treat a bleed are not counted in the limit; if this visit was for a bleed, the center may send "
           "us its notes and we will look again.", 10)
    p.para(f"To ask for an administrative review, write to us. Your request must be received by {long(by)}.", 10)
    p.signoff(["Client Services", PROG], 9.6)
    mid, alt = ids(num)
    t = truth("denial_letter", "not_covered", insurer=DEPT, member_id=mid, member_name=cl, cases=[c_icn],
              claim_amount=m2(amt), service_dates=[iso(visit)], denial_date=iso(ld), provider=HTC,
              appeal_deadline=iso(by), alternates={"insurer": ALT, "provider": [f"Dr. {hem}", hem], **alt},
              denial_alternates=["other"])
    return out(p), t


def rotated_premium(rng):
    cl, = people(rng, 1, sexes="M")
    num = client_no(rng)
    pr = f"PR26-{digits(rng, 5)}"
    nd = dt.date(2026, 5, 6)
    HP = "Talvern Valley Health Plan"
    prem = 318.65
    months = [dt.date(2026, 3, 1), dt.date(2026, 4, 1)]
    tot = round(prem * len(months), 2)
    addr = kn_address(rng)
    p = KASheet(footer=None, footer_left=f"BDAP-PP-2 (09/2025)  \u00b7  Request {pr}")
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p, rng, title="Premium reimbursement notice")
    p.window_addr(f"{num}   PPA   {nd.strftime('%m%d')}", [cl, *addr],
                  right=[(long(nd), "date of this notice"), (pr, "premium request"), (usd(tot), "reimbursed")],
                  right_w=80)
    p.para(f"Dear {cl}:", 10)
    p.para(f"The program reimbursed the health insurance premiums you paid to {HP} for the months below. You "
           "receive help with premiums instead of help with factor; the program will keep paying your premiums "
           "each month that you send us proof of payment.", 10)
    W = p.w - p.l_margin - p.r_margin
    p.zebra(["Coverage month", "Health plan", "Policy no.", "Premium you paid", "Reimbursed"],
            [[m.strftime("%B %Y"), HP, f"TVH-{digits(rng, 7)}" if i == 0 else "same", usd_tail(prem),
              usd_tail(prem)] for i, m in enumerate(months)] +
            [["Total", "", "", usd_tail(tot), usd_tail(tot)]],
            [W * 0.18, W * 0.28, W * 0.18, W * 0.18, W * 0.18], aligns=["L", "L", "L", "R", "R"], size=8.6)
    p.para(f"Send proof of your May premium after you pay it. Proof may be a bank statement or a receipt from {HP} "
           f"showing the amount, the month and your name. Your next renewal is due before {long(dt.date(2026, 8, 31))}.",
           9.6)
    p.check(DEPT, [PROG, PO], digits(rng, 7), slash(nd), [cl, *addr], tot, f"Premiums {pr}",
            f"Keswane State Treasury  {digits(rng, 9)}")
    mid, alt = ids(num)
    t = truth("other", None, insurer=DEPT, member_id=mid, member_name=cl, cases=[pr], claim_amount=m2(tot),
              denial_date=iso(nd), alternates={"insurer": ALT, **alt, "claim_amount": [None],
                                               "service_dates": [["2026-03-01/2026-04-30"]]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [Item(F + "born_digital_remittance_cards_glycopegylated_line_code_e41_on_page_two", "born_digital",
                  [born_remittance(rng)])]
    cover, docs = faxfine_stack(rng)
    items.append(Item(F + "faxfine_stack_htc_routing_slip_other_plan_first_sideways_then_surgery_factor_approval",
                      "fax_fine_g4", docs, separators=[cover, None], turns={(0, 1): 270}))
    items += [
        Item(F + "scanclean_es_renovacion_ingresos_numero_sin_rotulo", "scan_clean_300", [scanclean_es(rng)]),
        Item(F + "lowres_top_stub_mail_order_pharmacy_not_program_provider", "scan_lowres_150",
             [lowres_mailorder(rng)]),
        Item(F + "photocopy_two_columns_moved_out_of_state_shipment_after_move", "photocopy", [photocopy_moved(rng)]),
        Item(F + "phone_third_htc_visit_over_two_per_year", "phone_photo", [phone_visit_limit(rng)]),
        Item(F + "rotated_premium_reimbursement_check_stub", "rotated", [rotated_premium(rng)]),
    ]
    return items
