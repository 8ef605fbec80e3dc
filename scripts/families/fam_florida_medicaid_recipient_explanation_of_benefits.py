"""Family 'florida_medicaid_recipient_explanation_of_benefits' (public-ish): the Florida Medicaid fee-for-service
"Recipient Explanation of Medicaid Benefits" (REOMB) that the state Medicaid agency mails to a sample of
recipients so they can confirm the services billed in their name (not a bill; report services not received to the
fraud hotline; a tear-off reply portion). Here each lists several claims with one refused.

Documents: a born-digital two-page REOMB (four claims, an MRI refused for prior authorization not on file); a
durable medical equipment supplier's bill to the recipient for a refused nebulizer (denies nothing); a standard-fax
stack (driver's cover, an REOMB with a therapy claim refused over the service limit, a blank page, and the agency's
request for medical records to a provider); a Spanish REOMB photographed (claim refused: not eligible on the date);
the agency's reply to a recipient told only in sentences (duplicate claim; sideways); a one-claim all-paid REOMB at
150 dpi; a photocopied REOMB with a claim refused past the filing limit.
All people, IDs, amounts, addresses and phones (1-555) invented; the agency name and the form's structure are public.
Decoys: DOB, other claims and their ICNs, NPIs, reporting periods, hotline and form numbers, 90-day fair hearing.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from kit_roundcv_famcve import Page, addr, fd, fee, letterhead, lv, out, paras, pat, plus, usd

FAMILY = "florida_medicaid_recipient_explanation_of_benefits"
LANG = "en"
SEED = 346600
AHCA = "Agency for Health Care Administration"
FLM = "Florida Medicaid"
AHCA_ADDR = "Medicaid Program Integrity, PO Box 7790, Tallahassee, FL 32399"
HOTLINE = "1-555-419-3400"
FORM = "AHCA Form 5000-0127 (Rev. 07/2025)"
RECIPIENTS = ["Loretta B. Simmons", "Kwame D. Oduya", "Harriet P. Lomax", "Wendell T. Greer", "Odette M. Fairchild",
              "Percy L. Underhill", "Brianna K. Holloway"]
REC_ES = "Guadalupe M. Benítez"
PROVS = [("Coral Palm Diagnostic Imaging", "70553 MRI brain w/o and with contrast"),
         ("Suncoast Family Medicine", "99213 Office visit, established patient"),
         ("Bayfront Clinical Laboratory", "80053 Comprehensive metabolic panel"),
         ("Gulf Breeze Pharmacy", "Prescription drug, 30-day supply"),
         ("Harbor Lights Physical Therapy", "97110 Therapeutic exercise, 4 units"),
         ("Palmetto Breeze Medical Supply", "E0570 Nebulizer with compressor"),
         ("Seminole Trail Dental Group", "D1120 Prophylaxis, child"),
         ("Ocklawaha Urgent Care", "99204 Office visit, new patient"),
         ("Manatee Bend Behavioral Health", "90834 Psychotherapy, 45 minutes")]


def base(r, k):
    notice = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 130))
    return dict(notice=notice, who=RECIPIENTS[k], mid=pat(r, "9999999999"),
                addr=[f"{r.randint(100, 9800)} {r.choice(['Cypress Hammock Dr', 'Old Tamiami Rd', 'Pelican Way'])}",
                      f"{r.choice(['Ocala', 'Lakeland', 'Palatka', 'Sebring'])}, FL 3{r.choice('234')}{pat(r, '999')}"],
                dob=dt.date(r.randint(1950, 2010), r.randint(1, 12), r.randint(1, 28)),
                period=(plus(notice, -r.randint(80, 95)), plus(notice, -r.randint(20, 30))))


def claims(r, f, n, denied_at, denied_prov):
    """n claims inside the reporting period; the one at `denied_at` uses `denied_prov`."""
    pool = [p for p in PROVS if p[0] != denied_prov[0]]
    r.shuffle(pool)
    out_ = []
    a, b = f["period"]
    for i in range(n):
        prov, svc = denied_prov if i == denied_at else pool[i]
        dos = a + dt.timedelta(days=r.randint(0, (b - a).days))
        billed = fee(r, 60, 1400) if i != denied_at else fee(r, 300, 2400)
        out_.append(dict(prov=prov, svc=svc, dos=dos, billed=billed, icn=pat(r, "99999999999999999"),
                         paid=round(billed * r.uniform(0.35, 0.6), 2)))
    out_.sort(key=lambda c: c["dos"])
    return out_


def reply_portion(d, f, size=8.6):
    d.ln(2)
    d.f(8)
    d.cell(0, 4, "- " * 60, new_x="LMARGIN", new_y="NEXT")
    d.line("PLEASE DETACH AND RETURN THIS PORTION", 9.5, "B")
    paras(d, [
        "[  ] Yes, I received all of the services listed.",
        "[  ] No, I did not receive one or more of the services listed. Circle the service(s) you did not get.",
        f"Recipient name: {f['who']}      Medicaid ID: {f['mid']}",
        "Signature ______________________________   Phone (      ) ____________",
        f"Return in the envelope provided to {AHCA_ADDR}."], size=size)


def doc_bd(r):
    f = base(r, 0)
    cl = claims(r, f, 4, 2, PROVS[0])
    den = next(c for c in cl if c["prov"] == PROVS[0][0])
    d = Page(footer="Page {n} of {nb}", footer_left=FORM)
    d.add_page()
    letterhead(d, FLM, [AHCA, AHCA_ADDR, f"Medicaid Fraud Hotline {HOTLINE}"], 0)
    d.line("RECIPIENT EXPLANATION OF MEDICAID BENEFITS", 12.5, "B", "C")
    d.line("THIS IS NOT A BILL", 10, "B", "C")
    d.ln(3)
    y = d.get_y()
    addr(d, [f["who"].upper(), *[a.upper() for a in f["addr"]]])
    d.set_y(y)
    lv(d, [("Date of notice", fd(f["notice"], "long")), ("Recipient", f["who"]), ("Medicaid ID", f["mid"]),
           ("Date of birth", fd(f["dob"], "slash")),
           ("Services billed", f"{fd(f['period'][0], 'slash')} - {fd(f['period'][1], 'slash')}")],
       w=32, size=8.8, x=105, h=4.8)
    d.ln(3)
    paras(d, [
        "Dear Medicaid Recipient:",
        "The Agency for Health Care Administration sends this notice to some Medicaid recipients each month. It "
        "lists services that providers billed to Florida Medicaid in your name. You do not need to pay anything. "
        "Please look at each service and tell us if you did not receive it. Billing for services you did not get "
        f"is fraud; call the Medicaid Fraud Hotline at {HOTLINE}."], size=9.2)
    rows = []
    for c in cl:
        st = "DENIED (A)" if c is den else "PAID"
        rows.append([fd(c["dos"], "slash"), c["prov"], c["svc"][:26], c["icn"], usd(c["billed"]),
                     usd(0 if c is den else c["paid"]), st])
    d.table(["Date of Service", "Provider Name", "Service", "Claim No. (ICN)", "Amount Billed", "Medicaid Paid",
             "Status"], rows, [18, 40, 38, 29, 19, 18, 16], size=6.9, row_h=5.2)
    paras(d, [
        "#Status notes",
        f"(A) Claim {den['icn']}: prior authorization was not on file for this service. Medicaid did not pay "
        f"this claim. The provider, {den['prov']}, may not bill you for it."], size=9)
    d.add_page()
    paras(d, [
        "#What you should do",
        "Compare this list with your own records and appointment cards. If every service is correct, check 'Yes' "
        "below and return this page. If a service was not received, check 'No' and circle the service.",
        "#If a claim was denied",
        "Medicaid providers must get prior authorization for some services. When a claim is denied for this "
        "reason, the provider may ask Medicaid to reconsider the claim. You may ask for a Medicaid fair hearing "
        "within 90 days if you disagree with a decision about your Medicaid services.",
        "Medicaid Help Line: 1-555-603-1020 (TDD 1-555-955-8771)."], size=9.4)
    reply_portion(d, f)
    t = truth("eob", "prior_authorization", insurer=AHCA, member_id=f["mid"], member_name=f["who"],
              case_numbers=[den["icn"]], claim_amount=f"{den['billed']:.2f}",
              service_dates=[den["dos"].isoformat()], denial_date=f["notice"].isoformat(), provider=den["prov"],
              alternates={"insurer": [FLM]})
    return out(d), t


def doc_bill(r):
    f = base(r, 1)
    icn = pat(r, "99999999999999999")
    dos = plus(f["notice"], -r.randint(50, 70))
    acct = pat(r, "PB-999999")
    neb, kit = fee(r, 180, 240), fee(r, 30, 55)
    total = round(neb + kit, 2)
    d = Page(footer=None, footer_left="Palmetto Breeze Medical Supply  |  NPI 1487203366  |  Remit to PO Box 4418, "
                                      "Ocala, FL 34478")
    d.add_page()
    letterhead(d, "Palmetto Breeze Medical Supply", ["Home medical equipment and respiratory supplies",
                                                     "2719 SW College Road, Ocala, FL 34474", "Billing 1-555-281-6604"],
               1)
    d.line("PATIENT BILL", 13, "B", "R")
    d.ln(2)
    y = d.get_y()
    addr(d, [f["who"], *f["addr"]])
    d.set_y(y)
    d.set_x(118)
    lv(d, [("Bill date", fd(f["notice"], "abbr")), ("Account #", acct), ("Patient", f["who"]),
           ("Primary payer", FLM), ("Medicaid ID", f["mid"]), ("Medicaid ICN", icn)], w=30, size=8.8, x=118)
    d.ln(4)
    d.table(["Date", "HCPCS", "Item", "Qty", "Charge"],
            [[fd(dos, "abbr"), "E0570", "Nebulizer with compressor", "1", usd(neb, "nosign")],
             [fd(dos, "abbr"), "A7003", "Nebulizer kit, disposable", "1", usd(kit, "nosign")],
             [fd(plus(f["notice"], -9), "abbr"), "", "Florida Medicaid: claim denied", "", "0.00"],
             ["", "", "Total charges", "", usd(total, "nosign")]],
            [28, 20, 86, 12, 28], size=8.8, aligns=["L", "L", "L", "C", "R"], bold_last=True)
    paras(d, [
        f"Florida Medicaid denied this claim because the patient was enrolled in a managed care plan on the date "
        f"of delivery. Before delivery you signed our notice that you would pay if Medicaid did not. Amount due: "
        f"{usd(total)}. Ordered by Dr. Tomasz H. Wiercinski. Call our billing office to set up a payment plan."],
        size=9.3)
    t = truth("other", None, insurer=None, member_id=f["mid"], member_name=f["who"], case_numbers=[icn],
              claim_amount=f"{total:.2f}", service_dates=[dos.isoformat()], denial_date=f["notice"].isoformat(),
              provider="Palmetto Breeze Medical Supply", unscored=["insurer"],
              alternates={"case_numbers": [[]], "provider": ["Tomasz H. Wiercinski"]})
    return out(d), t


def stack_fax(r):
    f = base(r, 2)
    cl = claims(r, f, 3, 1, PROVS[4])
    den = next(c for c in cl if c["prov"] == PROVS[4][0])
    d = Page(footer="Page {n} of {nb}", footer_left=FORM)
    d.add_page()
    letterhead(d, AHCA, [FLM + " - Bureau of Medicaid Program Integrity", AHCA_ADDR], 1)
    d.line("Recipient Explanation of Medicaid Benefits", 12, "B")
    d.ln(1)
    lv(d, [("Recipient", f["who"]), ("Recipient ID", f["mid"]), ("Notice date", fd(f["notice"], "abbr")),
           ("Reporting period", f"{fd(f['period'][0], 'abbr')} through {fd(f['period'][1], 'abbr')}")],
       w=38, size=9.2)
    paras(d, ["This is not a bill. These are services Florida Medicaid received claims for in your name. If you "
              f"did not receive a service, call {HOTLINE}."], size=9)
    for c in cl:
        d.f(9, "B")
        d.cell(0, 5, f"{c['prov']}", new_x="LMARGIN", new_y="NEXT")
        status = "Denied - E12" if c is den else "Paid"
        lv(d, [("Service date", fd(c["dos"], "abbr")), ("Service", c["svc"]), ("ICN", c["icn"]),
               ("Billed", usd(c["billed"])), ("Medicaid paid", usd(0 if c is den else c["paid"])),
               ("Status", status)], w=30, size=8.6, h=4.4)
    paras(d, ["E12: the yearly limit for outpatient therapy services for recipients age 21 and older was "
              "reached. Services past this limit are not covered by Florida Medicaid. The provider may not bill you.",
              "You may ask for a fair hearing within 90 days of this notice."], size=8.8)
    reomb = out(d)
    t1 = truth("eob", "not_covered", insurer=AHCA, member_id=f["mid"], member_name=f["who"],
               case_numbers=[den["icn"]], claim_amount=f"{den['billed']:.2f}", service_dates=[den["dos"].isoformat()],
               denial_date=f["notice"].isoformat(), provider=den["prov"], denial_alternates=["other"],
               alternates={"insurer": [FLM]})
    # request for medical records to a provider (denies nothing)
    g = base(r, 3)
    case = pat(r, "MPI-2026-99999")
    req_date = plus(g["notice"], 3)
    due = plus(req_date, 21)
    cl2 = claims(r, g, 2, 0, PROVS[8])
    d = Page(footer="Page {n} of {nb}")
    d.add_page()
    letterhead(d, AHCA, ["Bureau of Medicaid Program Integrity", AHCA_ADDR, "Fax 1-555-921-4477"], 0)
    d.line(fd(req_date, "dlong"), 10)
    d.ln(2)
    addr(d, ["Records Custodian", PROVS[8][0], "5120 Riverside Crossing, Palatka, FL 32177"])
    d.line("REQUEST FOR MEDICAL RECORDS", 12, "B")
    lv(d, [("Case number", case), ("Recipient", g["who"]), ("Medicaid ID", g["mid"]),
           ("Provider Medicaid ID", pat(r, "999999900")), ("Records due", fd(due, "dlong"))], w=44, size=9.4)
    paras(d, [
        "The Agency is reviewing claims paid by Florida Medicaid under section 409.913, Florida Statutes. Please "
        "send complete medical and billing records for the recipient and dates of service below, including "
        "treatment plans, progress notes, signed attendance logs and the referral.",
    ], size=9.4)
    d.table(["Date of service", "ICN", "Service", "Amount billed"],
            [[fd(c["dos"], "dlong"), c["icn"], c["svc"], usd(c["billed"])] for c in cl2],
            [34, 42, 72, 26], size=8.6)
    paras(d, [
        "Send copies, not originals, within 21 days of the date of this letter. Records not received may lead to "
        "recovery of the amounts paid. Questions: Program Integrity analyst, 1-555-921-4460."], size=9.4)
    recs = out(d)
    t2 = truth("other", None, insurer=AHCA, member_id=g["mid"], member_name=g["who"], case_numbers=[case],
               service_dates=[c["dos"].isoformat() for c in cl2], denial_date=req_date.isoformat(),
               provider=PROVS[8][0], alternates={"insurer": [FLM], "case_numbers": [[case] + [c["icn"] for c in cl2]]})
    return [(reomb, t1), (recs, t2)], ["cover", None], "blank"


def doc_es(r):
    f = base(r, 4)
    f["who"] = REC_ES
    cl = claims(r, f, 3, 0, PROVS[7])
    den = next(c for c in cl if c["prov"] == PROVS[7][0])
    d = Page(footer="página {n} de {nb}", footer_left="AHCA Form 5000-0127S")
    d.add_page()
    letterhead(d, FLM, [AHCA, AHCA_ADDR, f"Línea directa de fraude de Medicaid {HOTLINE}"], 3)
    d.line("EXPLICACIÓN DE BENEFICIOS DE MEDICAID PARA EL BENEFICIARIO", 11.5, "B")
    d.line("ESTO NO ES UNA FACTURA", 9.5, "B")
    d.ln(2)
    addr(d, [REC_ES, *f["addr"]])
    lv(d, [("Fecha del aviso", fd(f["notice"], "es")), ("Número de Medicaid", f["mid"]),
           ("Fecha de nacimiento", fd(f["dob"], "slash")),
           ("Servicios facturados", f"del {fd(f['period'][0], 'es')} al {fd(f['period'][1], 'es')}")],
       w=46, size=9)
    paras(d, ["Estimado(a) beneficiario(a): La Agencia envía este aviso para que revise los servicios que los "
              "proveedores facturaron a Medicaid a su nombre. No tiene que pagar nada. Si no recibió algún "
              f"servicio, llame a la línea de fraude al {HOTLINE}."], size=9)
    rows = [[fd(c["dos"], "es_abbr"), c["prov"], c["icn"], usd(c["billed"], "nosign"),
             usd(0 if c is den else c["paid"], "nosign"), "NEGADO (1)" if c is den else "PAGADO"] for c in cl]
    d.table(["Fecha de servicio", "Proveedor", "Nº de reclamo (ICN)", "Facturado", "Pagado", "Estado"], rows,
            [26, 52, 38, 22, 20, 22], size=7.6)
    paras(d, [
        f"(1) Usted no tenía Medicaid vigente en la fecha de este servicio ({fd(den['dos'], 'es')}). Medicaid no "
        "pagó el reclamo. Si cree que tenía cobertura ese día, llame al Departamento de Niños y Familias o pida "
        "una audiencia imparcial dentro de 90 días.",
        "Por favor marque Sí o No en la parte de abajo y devuélvala en el sobre adjunto.",
        "[  ] Sí recibí todos los servicios.      [  ] No recibí uno o más servicios."], size=8.8)
    t = truth("eob", "eligibility", lang="es", insurer=AHCA, member_id=f["mid"], member_name=REC_ES,
              case_numbers=[den["icn"]], claim_amount=f"{den['billed']:.2f}", service_dates=[den["dos"].isoformat()],
              denial_date=f["notice"].isoformat(), provider=den["prov"], alternates={"insurer": [FLM]})
    return out(d), t


def doc_prose(r):
    f = base(r, 5)
    icn, first_icn = pat(r, "99999999999999999"), pat(r, "99999999999999999")
    dos = plus(f["notice"], -r.randint(45, 60))
    billed = fee(r, 140, 320)
    got = plus(f["notice"], -r.randint(10, 16))
    d = Page(serif=True, footer="Page {n} of {nb}")
    d.add_page()
    letterhead(d, AHCA, ["Florida Medicaid - Recipient Services", AHCA_ADDR], 0)
    d.line(fd(f["notice"], "long"), 10)
    d.ln(3)
    addr(d, [f["who"], *f["addr"]])
    paras(d, [
        f"Dear {f['who']}:",
        f"Thank you for returning your Recipient Explanation of Medicaid Benefits, which we received on "
        f"{fd(got, 'long')}. You told us that you saw only one visit at Ocklawaha Urgent Care, but the notice "
        "showed two.",
        f"We looked into it. Ocklawaha Urgent Care sent the same claim twice for your visit on "
        f"{fd(dos, 'long')}, billed at {usd(billed)}. Medicaid paid the first claim, number {first_icn}. The "
        f"second claim, number {icn}, was denied as a duplicate of the first, so Medicaid paid nothing on it. "
        "No one was paid twice for this visit.",
        f"Your Medicaid ID is {f['mid']}. You do not owe the provider anything for this visit, and you do not "
        "need to do anything else.",
        f"If you ever think a provider billed Medicaid for a service you did not get, call the Medicaid Fraud "
        f"Hotline at {HOTLINE}. If you disagree with a decision about your Medicaid services, you may ask for a "
        "fair hearing within 90 days.",
        "Sincerely,", "Recipient Services, Agency for Health Care Administration"], size=10.2)
    t = truth("denial_letter", "other", insurer=AHCA, member_id=f["mid"], member_name=f["who"], case_numbers=[icn],
              claim_amount=f"{billed:.2f}", service_dates=[dos.isoformat()], denial_date=f["notice"].isoformat(),
              provider="Ocklawaha Urgent Care", type_alternates=["other"],
              alternates={"insurer": [FLM], "case_numbers": [[icn, first_icn]]})
    return out(d), t


def doc_paid(r):
    f = base(r, 6)
    icn = pat(r, "99999999999999999")
    dos = plus(f["notice"], -r.randint(35, 55))
    l1, l2 = fee(r, 90, 160), fee(r, 20, 45)
    total = round(l1 + l2, 2)
    d = Page(footer=None, footer_left=FORM)
    d.add_page()
    letterhead(d, FLM, [AHCA + "  |  " + AHCA_ADDR], 2)
    d.line("RECIPIENT EXPLANATION OF MEDICAID BENEFITS  -  THIS IS NOT A BILL", 11, "B")
    d.ln(2)
    d.boxed_pairs([("Notice date", fd(f["notice"], "dmy")), ("Recipient", f["who"]), ("Medicaid ID", f["mid"]),
                   ("Services from", f"{fd(f['period'][0], 'dmy')} to {fd(f['period'][1], 'dmy')}")], label_w=42)
    d.table(["Date of service", "Provider", "Service", "ICN", "Billed", "Paid"],
            [[fd(dos, "dmy"), "Seminole Trail Dental Group", "D0120 Periodic oral eval.", icn, usd(l1),
              usd(l1 * 0.55)],
             [fd(dos, "dmy"), "Seminole Trail Dental Group", "D1206 Fluoride varnish", "", usd(l2), usd(l2 * 0.6)],
             ["", "", "Total for this claim", "", usd(total), usd(l1 * 0.55 + l2 * 0.6)]],
            [22, 42, 44, 32, 20, 18], size=7.8, bold_last=True)
    paras(d, ["All services listed were paid by Florida Medicaid. Please tell us whether you received them. If "
              f"not, call the Medicaid Fraud Hotline at {HOTLINE} or check 'No' below."], size=9.2)
    reply_portion(d, f)
    t = truth("eob", None, insurer=FLM, member_id=f["mid"], member_name=f["who"], case_numbers=[icn],
              claim_amount=f"{total:.2f}", service_dates=[dos.isoformat()], denial_date=f["notice"].isoformat(),
              provider="Seminole Trail Dental Group", alternates={"insurer": [AHCA]})
    return out(d), t


def doc_copy(r):
    f = base(r, 3)
    f["who"] = "Colin R. Abernathy"
    cl = claims(r, f, 3, 2, PROVS[2])
    den = next(c for c in cl if c["prov"] == PROVS[2][0])
    den["dos"] = plus(f["notice"], -r.randint(390, 430))
    cl.sort(key=lambda c: c["dos"])
    d = Page(footer="{n}", footer_left=FORM)
    d.add_page()
    letterhead(d, FLM, [AHCA, AHCA_ADDR], 1)
    d.line("RECIPIENT EXPLANATION OF MEDICAID BENEFITS", 12, "B")
    d.ln(1)
    lv(d, [("Mailed", fd(f["notice"], "short")), ("Recipient name", f["who"]), ("Recipient ID", f["mid"]),
           ("Birth date", fd(f["dob"], "short"))], w=36, size=9.2)
    paras(d, ["This is not a bill. Florida Medicaid processed the claims below, billed in your name, between "
              f"{fd(f['period'][0], 'short')} and {fd(f['period'][1], 'short')}. Please review them."], size=9.2)
    rows = [[fd(c["dos"], "short"), c["prov"], c["svc"][:25], c["icn"], usd(c["billed"], "flat"),
             usd(0 if c is den else c["paid"], "flat"), "X" if c is den else ""] for c in cl]
    d.table(["DOS", "Provider", "Service", "ICN", "Billed", "Paid", "Denied"], rows, [15, 42, 38, 31, 19, 18, 14],
            size=7.0)
    paras(d, [
        f"Denied claim: {den['prov']} billed Medicaid more than 365 days after the date of service. Claims must "
        "be filed within 12 months, so Medicaid did not pay. The provider cannot bill you for this service.",
        f"Did not get a service? Call {HOTLINE}."], size=9)
    reply_portion(d, f, 8.4)
    t = truth("eob", "timely_filing", insurer=AHCA, member_id=f["mid"], member_name=f["who"],
              case_numbers=[den["icn"]], claim_amount=f"{den['billed']:.2f}", service_dates=[den["dos"].isoformat()],
              denial_date=f["notice"].isoformat(), provider=den["prov"], alternates={"insurer": [FLM]})
    return out(d), t


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    docs, seps, _ = stack_fax(r(2))
    return [
        Item(f"{FAMILY}_bd_reomb_four_claims_mri_pa", "born_digital", [doc_bd(r(0))]),
        Item(f"{FAMILY}_scan300_dme_supplier_bill", "scan_clean_300", [doc_bill(r(1))]),
        Item(f"{FAMILY}_faxstd_stack_reomb_records_request", "fax_standard_g4", docs,
             separators=["cover", "blank"]),
        Item(f"{FAMILY}_photo_reomb_es", "phone_photo", [doc_es(r(4))]),
        Item(f"{FAMILY}_rotated_duplicate_reply_prose", "rotated", [doc_prose(r(5))]),
        Item(f"{FAMILY}_lowres_reomb_all_paid", "scan_lowres_150", [doc_paid(r(6))]),
        Item(f"{FAMILY}_copy_reomb_timely_filing", "photocopy", [doc_copy(r(7))]),
    ]
