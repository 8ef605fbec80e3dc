"""Notices mirrored (structure and plain wording style only) from Florida's Medically Needy program, where a person
whose income is over the Medicaid limit has a monthly share of cost and Medicaid pays for the rest of a month only
after the medical bills of that month reach it. The Florida Department of Children and Families (DCF, which decides
eligibility and the share of cost) and the Agency for Health Care Administration (AHCA, which runs Florida Medicaid
and decides claims) appear as themselves; the claims contractor Suncrest Bay Claims Services, every clinic,
hospital, supplier, billing service, person and number, and every time limit (written in that style, not quoted)
are invented. Reasons are put in the writer's own words.

Documents (8 in 7 files):
- faxstd_claim_form_er_visit_before_share_of_cost_met: an AHCA claim decision caption form on a standard fax: an
  emergency room visit on a day of the month before the share of cost was met, so the bill counts toward the share
  of cost and Medicaid pays nothing (eligibility). Hospital, ER doctor, billing service, reviewer named; ICN,
  DCF case no., hospital account and NPI printed.
- born_digital_remittance_three_recipients_medicare_first: a landscape remittance to a clinic: three recipients,
  billed / allowed / SOC applied / paid columns and a totals row; the second recipient's row pays 0.00 because
  Medicare must be billed first (other).
- lowres_letter_fertility_drug_not_a_medicaid_service: a 150 dpi letter: a fertility medicine a specialist
  prescribed and a pharmacy filled is not a Florida Medicaid service (not_covered); Rx # and claim ref as decoys.
- photocopy_letter_mri_without_prior_authorization: a photocopied letter: an MRI at an imaging centre, referred by
  a family doctor and read by a radiologist, done without the prior authorization AHCA requires
  (prior_authorization); the refused amount only in a sentence.
- phone_es_aviso_reclamo_presentado_tarde: a photographed two-column Spanish notice (sidebar of numbers) on a clinic
  claim received more than 180 days after the visit (timely_filing), amount also "US$ 1.234,50"-style.
- rotated_dcf_notice_share_of_cost_met: a DCF notice of case action fed sideways: the share of cost for the month
  was met and Medicaid covers the rest of the month (denies nothing).
- clean_stack_cover_statement_echo_then_reconsideration_turned: a fax cover sheet, a recipient's explanation of
  Medicaid benefits with four rows whose repeat echocardiogram is refused as not needed (medical_necessity), then
  (turned sideways) a reconsideration decision keeping the refusal of two inpatient days that should have been
  observation care (level_of_care).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddz_famdzf import DZSheet, dob, es_money, people, phone
from public_kit import address, amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "florida_medically_needy_share_of_cost_claim_denial"
LANG = "en"
SEED = 354705
AHCA = "Agency for Health Care Administration"
AHCA_ALT = ["Florida Agency for Health Care Administration", "AHCA", "Florida Medicaid",
            "Suncrest Bay Claims Services"]
DCF = "Florida Department of Children and Families"
DCF_ALT = ["Department of Children and Families", "DCF", "ACCESS Florida"]
TPA = "Suncrest Bay Claims Services"
HOSP = "Coquina Shores Regional Hospital"
CLINIC = "Tamarind Grove Family Clinic"
IMG = "Palmbrook Open MRI Center"
PHARM = "Gulfbreeze Apothecary"
BILL = "Seagrape Medical Billing LLC"


def mid(rng):
    return digits(rng, 10)


def icn(rng):
    return f"26{digits(rng, 3)}{rng.randint(0, 9)}{digits(rng, 7)}"


def dcf_case(rng):
    return f"{digits(rng, 10)}"


def _ahca_head(p, rng, unit="Medicaid Claims Unit"):
    p.f(13.5, "B")
    p.cell(0, 6.5, "Florida Agency for Health Care Administration", new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Florida Medicaid  |  {unit}  |  processed by {TPA}, PO Box {rng.randint(1200, 9800)}, "
                 f"Tallahassee FL 32317-{digits(rng, 4)}", new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 4, f"Recipient help line {phone(rng, '877')}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(3)


def faxstd_er(rng):
    member, er_doc, rev, case_mgr = people(rng, 4)
    m = mid(rng)
    v = dt.date(2026, 3, rng.randint(2, 9))
    met = plus(v, rng.randint(8, 14))
    nd = plus(v, rng.randint(30, 40))
    dl = dt.date(2026, nd.month + 2, 30 if nd.month + 2 in (4, 6, 9, 11) else 31)
    n, case, acct = icn(rng), dcf_case(rng), f"CSR{digits(rng, 8)}"
    soc = amount(rng, 380, 620)
    b1, b2 = amount(rng, 900, 1400), amount(rng, 180, 320)
    billed = round(b1 + b2, 2)
    fax = f"{nd.strftime('%m/%d/%Y')} 09:{rng.randint(10, 59)}  SUNCREST BAY CLAIMS  {phone(rng)}  P.{{n}}"
    p = DZSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _ahca_head(p, rng)
    p.title_bar("MEDICAID CLAIM DECISION - MEDICALLY NEEDY", "AHCA-MN-CD-4 (rev. 10/2025)")
    W = p.w - p.l_margin - p.r_margin
    p.capstrip([("Date of this notice", fdate(nd, "slash")), ("Recipient", member), ("Medicaid ID", m)],
               [38, 78, W - 116])
    p.capstrip([("ICN", n), ("DCF case no.", case), ("Hospital acct", acct), ("Date of birth", fdate(dob(rng), "slash"))],
               [48, 44, 44, W - 136])
    p.capstrip([("Dates of service", fdate(v, "slash")), ("Total billed", money(billed)),
                ("Share of cost (month)", money(soc)), ("SOC met on", fdate(met, "slash"))], [40, 38, 46, W - 124])
    p.ln(3)
    p.parties([("Facility", HOSP, f"NPI {digits(rng, 10)}"), ("Treating physician", f"Dr. {er_doc}", "Emergency Dept."),
               ("Billed by / payee", BILL, f"Tax ID {digits(rng, 2)}-{digits(rng, 7)}"),
               ("Reviewed by", rev, "Claims examiner, Suncrest Bay"),
               ("DCF case manager", case_mgr, phone(rng))])
    p.table(["Rev", "Service", "Billed", "Medicaid paid", "Counted to SOC"],
            [["0450", "Emergency room visit", money(b1, "nosign"), "0.00", money(b1, "nosign")],
             ["0320", "X-ray, chest", money(b2, "nosign"), "0.00", money(b2, "nosign")],
             ["", "Claim total", money(billed, "nosign"), "0.00", money(billed, "nosign")]],
            [18, 80, 26, 28, W - 152], size=8.6, aligns=["L", "L", "R", "R", "R"], bold_last=True)
    p.para(f"**Why Medicaid did not pay.** You get Medicaid through Medically Needy. Each month your bills must first add "
           f"up to your share of cost. In {v.strftime('%B %Y')} your share of cost was reached on the date in the "
           "box above, after this visit. On the day of the visit you were not yet covered by Medicaid, so we could "
           "not pay it. DCF has counted this bill toward your share of cost. The hospital may bill you for it.", 8.8)
    p.para(f"**Reconsideration.** If you think this is wrong, ask us to look again by {fdate(dl, 'long')}. You may also ask "
           "DCF for a fair hearing within 90 days of this notice about your share of cost. If waiting could seriously "
           "harm your health, ask for a fast decision, made within 72 hours.", 8.6)
    t = truth("denial_letter", "eligibility", insurer=AHCA, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(billed), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=HOSP,
              appeal_deadline=dl.isoformat(),
              alternates={"insurer": AHCA_ALT, "provider": [er_doc], "case_numbers": [[n, case]]},
              type_alternates=["eob"])
    return out(p), t


def bd_remit(rng):
    pats = people(rng, 3)
    docs = people(rng, 3)
    rd = dt.date(2026, 5, rng.randint(4, 20))
    rows, info = [], []
    tot = [0.0, 0.0, 0.0, 0.0]
    specs = [("99214", "Office visit, est.", 140, 190, "1"), ("99213", "Office visit, est.", 95, 140, "M47"),
             ("93000", "ECG with report", 55, 80, "1")]
    for pt, doc, (code, desc, lo, hi, rsn) in zip(pats, docs, specs):
        d = plus(rd, -rng.randint(14, 40))
        n, m = icn(rng), mid(rng)
        b = amount(rng, lo, hi)
        if rsn == "1":
            al = round(b * 0.55, 2)
            sc = round(al * 0.3, 2)
            pd = round(al - sc, 2)
        else:
            al = sc = pd = 0.0
        tot = [tot[0] + b, tot[1] + al, tot[2] + sc, tot[3] + pd]
        rows.append([n, f"{pt.split()[-1].upper()}, {pt.split()[0].upper()} {pt.split()[1].rstrip('.')}", m,
                     fdate(d, "slash"), f"Dr. {doc}", code, money(b, "nosign"), money(al, "nosign"),
                     money(sc, "nosign"), money(pd, "nosign"), rsn])
        info.append((pt, doc, n, m, d, b))
    rows.append(["TOTALS", "", "", "", "", "", *[money(x, "nosign") for x in tot], ""])
    p = DZSheet(footer="Page {n} of {nb}")
    p.set_margins(10, 12, 10)
    p.add_page(orientation="L")
    _ahca_head(p, rng, "Provider Remittance")
    p.title_bar("FLORIDA MEDICAID REMITTANCE ADVICE", "RA-MN-2  |  fee-for-service, Medically Needy recipients")
    p.capstrip([("Payee", CLINIC), ("Medicaid provider no.", digits(rng, 9)), ("Payee NPI", digits(rng, 10)),
                ("RA date", fdate(rd, "slash")), ("Check / EFT no.", f"EFT {digits(rng, 11)}"),
                ("Billing agent", BILL)], [60, 38, 34, 30, 42, 55.9])
    p.ln(3)
    p.table(["ICN", "Recipient", "Medicaid ID", "DOS", "Rendering", "Proc", "Billed", "Allowed", "SOC applied",
             "Paid", "EOB"], rows, [36, 40, 26, 20, 40, 14, 18, 18, 19, 17, 11.9], size=7.3,
            aligns=["L"] * 6 + ["R"] * 4 + ["C"], bold_last=True)
    p.para("**EOB codes.** 1: paid; the recipient's share of cost for the month has been applied where shown. "
           "M47: this recipient had Medicare Part B on the date of service. Medicaid pays only after Medicare; "
           "bill Medicare first and send the claim again with Medicare's payment shown. Medicaid recipients may "
           "not be billed for the difference.", 7.9)
    p.para("Questions or a request to reconsider a line: within 60 days of the date on this remittance. Claims "
           "must reach us within 180 days of the date of service.", 7.9)
    pt, doc, n, m, d, b = info[1]
    t = truth("eob", "other", insurer=AHCA, member_id=m, member_name=pt, cases=[n], claim_amount=m2(b),
              service_dates=[d.isoformat()], denial_date=rd.isoformat(), provider=doc,
              appeal_deadline=plus(rd, 60).isoformat(), alternates={"insurer": AHCA_ALT, "provider": [CLINIC]})
    return out(p), t


def lowres_fertility(rng):
    member, spec, pharmacist, sig = people(rng, 4)
    m = mid(rng)
    v = dt.date(2026, 2, rng.randint(3, 26))
    nd = plus(v, rng.randint(20, 30))
    n = icn(rng)
    rx = f"RX{digits(rng, 7)}"
    ref = f"PA-{digits(rng, 6)}"
    b = amount(rng, 640, 980)
    p = DZSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _ahca_head(p, rng, "Pharmacy Claims")
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Medicaid ID", m), ("Claim ICN", n), ("Rx #", rx), ("Pharmacy help desk ref.", ref)], label_w=48,
            size=9.6)
    p.ln(2)
    p.para(f"Dear {member}:", 10)
    p.para(f"On {fdate(v, 'long')}, {PHARM} filled a prescription for you that Dr. {spec} of Sunport Reproductive "
           f"Medicine wrote. The pharmacy asked Florida Medicaid to pay {money(b)} for it. Pharmacist {pharmacist} "
           "sent the claim.", 10)
    p.para("The medicine was prescribed to help you become pregnant. Florida Medicaid does not pay for treatment of "
           "infertility, and that is true for Medically Needy recipients as well, even in a month when your share "
           "of cost has been met. That is why this claim was not paid. This decision is not about your share of cost.",
           10)
    p.para("If you do not agree, you may ask for a reconsideration within 65 days. Send your request and any papers "
           f"from your doctor to {TPA}. You may also ask for a fair hearing; see the enclosed sheet. Questions: "
           f"{phone(rng, '877')} (TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nPharmacy Claims, for the {AHCA}", 10)
    t = truth("denial_letter", "not_covered", insurer=AHCA, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=PHARM,
              appeal_deadline=plus(nd, 65).isoformat(),
              alternates={"insurer": AHCA_ALT, "provider": [spec], "case_numbers": [[n, ref]]})
    return out(p), t


def photocopy_mri(rng):
    member, fam_doc, rad, rev, sig = people(rng, 5)
    m = mid(rng)
    v = dt.date(2026, 4, rng.randint(2, 24))
    nd = plus(v, rng.randint(25, 35))
    n = icn(rng)
    auth = f"SA{digits(rng, 8)}"
    inv = f"INV-{digits(rng, 5)}"
    b = amount(rng, 1100, 1900)
    p = DZSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _ahca_head(p, rng, "Service Authorization and Claims")
    p.line(fdate(nd, "upper"), 10, "B")
    p.ln(2)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.grid([[("Medicaid ID", m), ("Claim ICN", n), ("Authorization searched", auth)],
            [("Imaging center invoice", inv), ("Date of service", fdate(v, "dash")), ("Share of cost", "Met for month")]],
           size=9, h=10)
    p.para(f"Dear {member}:", 10)
    p.para(f"Dr. {fam_doc}, your family doctor, sent you to {IMG} for an MRI of your lower back. Dr. {rad} read the "
           f"MRI. The center billed {money(b)} for it.", 10)
    p.para("Florida Medicaid pays for an MRI only when it is approved before it is done. We looked for an approval "
           "under the authorization number above and under your Medicaid ID, and found none: nobody asked us before "
           f"the MRI. Your share of cost was met that month, so this is the only reason the claim was refused. "
           f"{rev}, RN, reviewed the file.", 10)
    p.para("The center may still ask us to review the MRI if it sends the records. You may ask for a reconsideration "
           "no later than 90 calendar days after the date printed at the top of this letter. A fast decision within "
           "72 hours is for care you have not yet had.", 10)
    p.para(f"Sincerely,\n{sig}\nService Authorization Unit", 10)
    t = truth("denial_letter", "prior_authorization", insurer=AHCA, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=IMG,
              appeal_deadline=plus(nd, 90).isoformat(),
              alternates={"insurer": AHCA_ALT, "provider": [rad, fam_doc], "case_numbers": [[n, auth]]})
    return out(p), t


def phone_es(rng):
    member, doc, sig, clerk = people(rng, 4)
    m = mid(rng)
    v = dt.date(2026, 1, rng.randint(5, 28))
    rec = plus(v, rng.randint(188, 200))
    nd = plus(rec, rng.randint(8, 14))
    n = icn(rng)
    acct = f"TGF-{digits(rng, 6)}"
    b = amount(rng, 1020, 1480)
    p = DZSheet(footer="Página {n} de {nb}")
    p.set_margins(16, 14, 16)
    p.add_page()
    p.f(13, "B")
    p.cell(0, 6.5, "Agencia para la Administración del Cuidado de la Salud (AHCA)", new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Florida Medicaid - Medically Needy  |  {TPA}  |  {phone(rng, '877')}  |  TTY 711",
           new_x="LMARGIN", new_y="NEXT")
    p.rule(3)
    p.title_bar("AVISO SOBRE SU RECLAMO")
    p.two_col([("Fecha del aviso", fdate(nd, "long", "es")), ("Número de Medicaid", m), ("ICN del reclamo", n),
               ("Cuenta de la clínica", acct), ("Fecha del servicio", fdate(v, "dmy", "es")),
               ("Recibido", fdate(rec, "dmy", "es")), ("Importe facturado", money(b, "nosign")),
               ("Revisado por", clerk)],
              [f"Estimado(a) {member}:",
               f"La {CLINIC} nos envió un reclamo por la consulta que usted tuvo con el Dr. {doc} el "
               f"{fdate(v, 'long', 'es')}. La clínica cobró {es_money(b)}.",
               "Florida Medicaid debe recibir los reclamos de Medically Needy dentro de los 180 días siguientes a la fecha del servicio. "
               "Este reclamo llegó después de ese plazo, por eso no lo pagamos. La clínica no puede cobrarle a usted "
               "esta consulta por haber enviado el reclamo tarde.",
               "Si no está de acuerdo, puede pedir una reconsideración dentro de 60 días a partir de la fecha de este "
               "aviso. También puede pedir una audiencia imparcial dentro de 90 días. "
               f"\n\nAtentamente,\n{sig}"], side_w=56, size=9.2, title="Datos del reclamo")
    t = truth("denial_letter", "timely_filing", insurer="Agencia para la Administración del Cuidado de la Salud", member_id=m, member_name=member, cases=[n],
              claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=CLINIC,
              appeal_deadline=plus(nd, 60).isoformat(), lang="es",
              alternates={"insurer": [AHCA] + AHCA_ALT,
                          "provider": [doc]})
    return out(p), t


def rotated_dcf(rng):
    member, worker, sup = people(rng, 3)
    case = dcf_case(rng)
    m = mid(rng)
    mon = dt.date(2026, 6, 1)
    met = dt.date(2026, 6, rng.randint(9, 18))
    nd = plus(met, rng.randint(6, 12))
    soc = amount(rng, 420, 780)
    p = DZSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    p.logo_head(DCF, "DCF", [f"ACCESS Florida  |  Customer Call Center {phone(rng, '866')}  |  TTY 711  |  "
                             f"PO Box {rng.randint(1200, 9800)}, Tallahassee FL 32314"], box="NOTICE OF CASE ACTION",
                size=11)
    p.grid([[("Date", fdate(nd, "long")), ("Case number", case)],
            [("Individual", member), ("Medicaid ID", m)],
            [("Benefit month", mon.strftime("%B %Y")), ("Share of cost", money(soc))]], size=9.2)
    p.para(f"Dear {member}:", 10)
    p.para(f"We received the medical bills you sent us. The bills you incurred in {mon.strftime('%B %Y')} added up to "
           f"your share of cost of {money(soc)} on {fdate(met, 'long')}. You are eligible for Medicaid from "
           f"{fdate(met, 'long')} through {fdate(dt.date(2026, 6, 30), 'long')}. Medicaid will pay for covered "
           "services you get from Medicaid providers on and after that date this month.", 10)
    p.para("Your share of cost starts again on the first day of next month. Keep your bills and send them to us "
           "as soon as you have them.", 10)
    p.para("If you disagree with this action, you may ask for a fair hearing within 90 days of the date of this "
           f"notice. Your case worker is {worker}; supervisor {sup}.", 10)
    t = truth("other", None, insurer=DCF, member_id=m, member_name=member, denial_date=nd.isoformat(),
              alternates={"insurer": DCF_ALT, "member_id": [None], "case_numbers": [[case]],
                          "service_dates": [[f"{met.isoformat()}/2026-06-30"]]})
    return out(p), t


def clean_stack(rng):
    member, cardio, pcp, sig = people(rng, 4)
    m = mid(rng)
    d1 = dt.date(2026, 2, rng.randint(2, 10))
    d2 = plus(d1, rng.randint(12, 20))
    sd = plus(d2, rng.randint(25, 35))
    ns = [icn(rng) for _ in range(4)]
    b = [amount(rng, 150, 220), amount(rng, 420, 640), amount(rng, 60, 95), amount(rng, 420, 640)]
    p = DZSheet(footer="Page {n} of {nb}")
    p.set_margins(12, 12, 12)
    p.add_page()
    _ahca_head(p, rng, "Recipient Services")
    p.title_bar("EXPLANATION OF MEDICAID BENEFITS - THIS IS NOT A BILL")
    p.capstrip([("Recipient", member), ("Medicaid ID", m), ("Statement date", fdate(sd, "abbr")),
                ("Period", f"{fdate(dt.date(2026, 2, 1), 'slash')} - {fdate(dt.date(2026, 3, 31), 'slash')}")],
               [56, 36, 36, 63.9])
    p.ln(3)
    provs = [f"Dr. {pcp}", "Heron Point Cardiology", "Heron Point Cardiology", "Heron Point Cardiology"]
    descs = ["Office visit", "Echocardiogram", "ECG", "Echocardiogram"]
    dates = [d1, d1, d2, d2]
    rows, tot = [], [0, 0, 0, 0]
    for i in range(4):
        den = i == 3
        al = 0.0 if den else round(b[i] * 0.5, 2)
        pd = al
        owe = 0.0
        tot = [tot[0] + b[i], tot[1] + al, tot[2] + pd, tot[3] + owe]
        rows.append([ns[i], provs[i], fdate(dates[i], "slash"), descs[i], money(b[i], "nosign"),
                     money(al, "nosign"), money(pd, "nosign"), money(owe, "nosign"), "N2" if den else "P1"])
    rows.append(["Totals", "", "", "", *[money(x, "nosign") for x in tot], ""])
    p.table(["ICN", "Provider", "Service date", "Service", "Billed", "Allowed", "Medicaid paid", "You owe", "Note"],
            rows, [36, 42, 22, 26, 15, 15, 15, 13, 7.9], size=7.4, aligns=["L"] * 4 + ["R"] * 4 + ["C"],
            bold_last=True)
    p.para(f"**Notes.** P1: paid. N2: not paid. The records from Dr. {cardio} show your first echocardiogram was "
           "normal and describe no change in your heart since then, so a second one a few weeks later was not needed. "
           "Your share of cost for February was met before these services.", 8.4)
    p.para("To ask for a reconsideration, write to us within 45 days of the statement date. Fair hearing: within "
           "90 days.", 8.4)
    d_a = (out(p), truth("eob", "medical_necessity", insurer=AHCA, member_id=m, member_name=member, cases=[ns[3]],
                         claim_amount=m2(b[3]), service_dates=[d2.isoformat()], denial_date=sd.isoformat(),
                         provider="Heron Point Cardiology", appeal_deadline=plus(sd, 45).isoformat(),
                         alternates={"insurer": AHCA_ALT, "provider": [cardio]}))
    member2, hosp_doc, md, rep = people(rng, 4)
    m2_ = mid(rng)
    a = dt.date(2026, 5, rng.randint(4, 18))
    dis = plus(a, 2)
    nd = plus(dis, rng.randint(50, 60))
    n = icn(rng)
    appeal = f"RC-26-{digits(rng, 5)}"
    b2 = amount(rng, 6200, 9400)
    q = DZSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _ahca_head(q, rng, "Reconsiderations")
    q.para(fdate(nd, "long"), 10)
    for ln in [f"{rep}, authorized representative for {member2}", *address(rng)]:
        q.line(ln, 10)
    q.ln(3)
    q.pairs([("Recipient", member2), ("Medicaid ID", m2_), ("Reconsideration no.", appeal), ("Claim ICN", n),
             ("Hospital", HOSP)], label_w=44, size=9.6)
    q.ln(2)
    q.para(f"Dear {rep}:", 10)
    q.para(f"You asked us to look again at our refusal to pay for {member2}'s stay at {HOSP} from {fdate(a, 'long')} "
           f"through {fdate(dis, 'long')}, billed at {money(b2)}. Dr. {hosp_doc} admitted {member2} for chest pain.", 10)
    q.para(f"Dr. {md}, a physician reviewer, read the hospital records again. The tests were normal within the first "
           "day and no treatment was given that needed a hospital bed; watching the patient in observation care "
           "would have been enough. Medicaid pays for the stay as outpatient observation, not as an inpatient "
           "admission. Our decision stays the same.", 10)
    q.para("This ends the reconsideration. You may ask for a fair hearing within 90 days of the date of this letter.",
           10)
    q.para(f"Sincerely,\n{sig}\nReconsideration Unit", 10)
    d_b = (out(q), truth("denial_letter", "level_of_care", insurer=AHCA, member_id=m2_, member_name=member2,
                         cases=[appeal, n], claim_amount=m2(b2), service_dates=[f"{a.isoformat()}/{dis.isoformat()}"],
                         denial_date=nd.isoformat(), provider=HOSP, appeal_deadline=None,
                         alternates={"insurer": AHCA_ALT, "provider": [hosp_doc], "case_numbers": [[appeal], [n]],
                                     "service_dates": [[a.isoformat(), dis.isoformat()]]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_claim_form_er_visit_before_share_of_cost_met", "fax_standard_g4", [faxstd_er(rng)]),
        Item(F + "born_digital_remittance_three_recipients_medicare_first", "born_digital", [bd_remit(rng)]),
        Item(F + "lowres_letter_fertility_drug_not_a_medicaid_service", "scan_lowres_150", [lowres_fertility(rng)]),
        Item(F + "photocopy_letter_mri_without_prior_authorization", "photocopy", [photocopy_mri(rng)]),
        Item(F + "phone_es_aviso_reclamo_presentado_tarde", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_dcf_notice_share_of_cost_met", "rotated", [rotated_dcf(rng)]),
        Item(F + "clean_stack_cover_statement_echo_then_reconsideration_turned", "scan_clean_300", clean_stack(rng),
             separators=["cover", None], turns={(1, 0): 90}),
    ]
