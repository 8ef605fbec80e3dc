"""Family 'intraoperative_neuromonitoring_spine_surgery_denial': an invented commercial plan (Cobalt Ridge Health)
refusing intraoperative neurophysiologic monitoring (IONM) billed by an invented remote monitoring company during
spine surgery, as out of network or not medically necessary. Everything is fictional (phones use 555).

Documents: a 150 dpi member EOB with wrapped column headings (hospital, surgeon, anesthesia paid; the monitoring
company's claim denied as out of network, remark code explained below the table, subscriber named as a decoy); the
monitoring company's balance-due statement to the patient (denies nothing; guarantor, account number, CPT lines);
a fine fax of the surgeon's appeal letter to the plan with a Re: block of abbreviated labels (denies nothing); a
photocopied Spanish claim denial (not medically necessary) in a boxed Spanish grid; a born-digital pre-service
denial of remote monitoring for a planned cervical fusion (out of network) with a label column (Mbr #, Grp, Auth #,
Ref No.) and an ID broken by spaces; a phone photo of the upheld first-level appeal with a right-aligned header
block; a clean-scan stack: the plan's coding denial to the monitoring company with its duplex back, then an approval
of the lumbar fusion itself fed sideways.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from public_kit import Page, out, plus, truth
from inv_kit import Rand
from kit_rounddg_famdgc import fd, hrule, panel, right_block, usd, wrapped_table

FAMILY = "intraoperative_neuromonitoring_spine_surgery_denial"
LANG = "en"
SEED = 351002
INS = "Cobalt Ridge Health"
ALT = {"insurer": ["Cobalt Ridge Health Insurance Company"]}
IONM = "NeuroSentry Remote Monitoring, LLC"
IONM_ALT = ["NeuroSentry Remote Monitoring"]
SURG = "Dr. Marcus Delacroix"
HOSP = "Northgate Surgical Pavilion"
PH, FX, TTY = "1-877-555-0126", "1-877-555-0139", "711 or 1-877-555-0144"
FIRST = ["Lorraine", "Desmond", "Yolanda", "Percy", "Naomi", "Rufus", "Ingrid", "Colin", "Odette", "Harriet"]
LAST = ["Abernathy", "Pemberton", "Strand", "Holloway", "Marchetti", "Greer", "Kessler", "Lomax", "Rutledge"]
FIRST_ES = ["Guadalupe", "Ramón", "Itzel", "Efraín", "Xiomara", "Joaquín", "Arturo", "Milagros"]
LAST_ES = ["Figueroa", "Santiago", "Carrasco", "Montalvo", "Zamora", "Villalobos", "Acevedo"]


def who(r: Rand, es: bool = False):
    f, m, l = r.choice(FIRST_ES if es else FIRST), r.choice("ABCDEGHJKLMRSTW"), r.choice(LAST_ES if es else LAST)
    return f"{f} {m}. {l}", f, m, l


def ids(r: Rand):
    d = r.digits(10)
    return {"mid_sp": f"CR{d[:2]} {d[2:6]} {d[6:]}", "mid": f"CR{d}", "grp": f"{r.digits(5)}-{r.choice('ABC')}",
            "plan": "CRH PPO 2500"}


def band(p: Page, title: str, sub: str = "Cobalt Ridge Health Insurance Company"):
    p.set_fill_color(40, 40, 40)
    p.rect(0, 0, p.w, 20, style="F")
    p.set_text_color(255)
    p.set_xy(14, 5)
    p.f(17, "B")
    p.cell(0, 8, "Cobalt Ridge Health")
    p.set_xy(14, 12.5)
    p.f(7.5)
    p.cell(0, 4, sub + "  |  PO Box 4410, Duluth, MN 55802")
    p.set_text_color(0)
    p.set_y(26)
    if title:
        p.line(title, 12, "B")
        p.ln(1)


def surgery(r: Rand):
    return dt.date(2026, 1, r.randint(6, 28))


def ionm_rows(r: Rand, d: dt.date):
    units = r.randint(14, 26)
    lines = [("95938", "SSEP, upper and lower limbs", 1, r.randint(650, 980)),
             ("95939", "Motor evoked potentials", 1, r.randint(780, 1150)),
             ("G0453", f"Remote IONM, each 15 min ({units} units)", units, r.randint(160, 240))]
    return [(c, desc, u, float(price * (u if c == "G0453" else 1))) for c, desc, u, price in lines]


# ---------------------------------------------------------------------------------------------------------------
def doc_eob(r: Rand):
    name, f, m, l = who(r)
    sub = f"{r.choice(FIRST)} {r.choice('ABCDEGH')}. {l}"
    i = ids(r)
    d = surgery(r)
    nd = plus(d, r.randint(30, 45))
    lines = ionm_rows(r, d)
    ionm_total = sum(x[3] for x in lines)
    cn = {k: f"{r.digits(2)}{r.letters(1)}{r.digits(8)}" for k in ("h", "s", "a", "n")}
    hb, sb, ab = r.randint(38000, 71000) + 0.0, r.randint(6200, 9800) + 0.0, r.randint(2100, 3900) + 0.0
    rows = []
    totb = totp = tots = 0.0
    for key, pv, billed in [("h", HOSP, hb), ("s", SURG, sb), ("a", "Lakeshore Anesthesia Associates", ab),
                            ("n", "NeuroSentry Remote Monitoring", ionm_total)]:
        if key == "n":
            paid, share, code = 0.0, 0.0, "N52"
        else:
            paid = round(billed * 0.55, 2)
            share = round(r.randint(150, 900) + 0.0, 2)
            code = ""
        rows.append([fd(d, "slash"), pv, cn[key], usd(billed, "nosign"), usd(paid, "nosign"), usd(share, "nosign"), code])
        totb += billed
        totp += paid
        tots += share
    rows.append(["", "Totals", "", usd(totb, "nosign"), usd(totp, "nosign"), usd(tots, "nosign"), ""])
    p = Page(serif=False, footer="Page {n} of {nb}", footer_left=f"EOB for {name} - {i['mid_sp']}")
    p.add_page()
    band(p, "")
    right_block(p, [("Statement date", fd(nd, "abbr")), ("Member", name), ("Member ID", i["mid_sp"]),
                    ("Group", i["grp"]), ("Plan", i["plan"])], w=95, y=26)
    p.set_y(26)
    p.line("EXPLANATION OF BENEFITS", 13, "B")
    p.line("THIS IS NOT A BILL", 9)
    p.ln(1)
    p.line(f"Subscriber: {sub}", 8.5)
    p.line(f"Processed {fd(plus(nd, -2), 'dash2')}", 8.5)
    p.ln(10)
    wrapped_table(p, ["Date(s)\nof service", "Provider", "Claim\nnumber", "Amount\nbilled", "Plan\npaid",
                      "Your\nshare", "Remark\ncode"], rows, [22, 52, 28, 23, 21, 19, 15],
                  aligns=["L", "L", "L", "R", "R", "R", "C"], size=7.8)
    p.para(f"**N52** - The provider is not in the Cobalt Ridge network and your plan does not cover non-network "
           f"intraoperative neurophysiologic monitoring without an approved network exception. Claim {cn['n']} "
           f"({len(lines)} lines, CPT 95938, 95939, G0453) is denied. Network IONM was available at {HOSP}.", 8.5)
    p.para(f"Plan year 01/01/2026 - 12/31/2026: deductible met $2,500.00 of $2,500.00; out-of-pocket "
           f"{usd(tots + 2500)} of $6,000.00.", 8.5)
    p.para(f"If you disagree, you may appeal within 180 days of the date of this statement. Call {PH} (TTY {TTY}) "
           f"or fax {FX}.", 8.5)
    t = truth("eob", "out_of_network", insurer=INS, plan_id=i["plan"], group=i["grp"], member_id=i["mid"],
              member_name=name, cases=[cn["n"]], claim_amount=f"{ionm_total:.2f}", service_dates=[d.isoformat()],
              denial_date=nd.isoformat(), provider="NeuroSentry Remote Monitoring",
              appeal_deadline=plus(nd, 180).isoformat(), alternates=dict(ALT, provider=[IONM]))
    return out(p), t, (name, f, l, i, d, cn["n"], ionm_total, lines)


def doc_bill(r: Rand, ctx):
    name, f, l, i, d, claim, total, lines = ctx
    g = f"{r.choice(FIRST)} {l}"
    sd = plus(d, r.randint(60, 80))
    acct = f"NSM-{r.digits(6)}"
    p = Page(serif=False, footer=None)
    p.add_page()
    p.set_margins(20, 14, 20)
    p.line("NeuroSentry", 20, "B")
    p.line(IONM + "  -  remote neurophysiology oversight", 8.5)
    p.line(f"2200 Quarry Street, Suite 14, Pueblo, CO 81003  -  Billing {r.choice(['(719)', '(303)'])} 555-0188  -  Tax ID {r.digits(2)}-{r.digits(7)}", 7.5)
    hrule(p, 0.5, 3)
    right_block(p, [("Statement date", fd(sd, "slash")), ("Account", acct), ("Amount due", usd(total, "plain"))], w=80)
    p.set_y(p.get_y() - 15)
    p.line("Guarantor:", 8, "B")
    p.line(g, 9.5)
    p.line(f"{r.randint(100, 990)} Juniper Drive, Duluth, MN 55802", 9.5)
    p.ln(6)
    p.pairs([("Patient", name), ("Surgery date", fd(d, "long")), ("Facility", HOSP), ("Surgeon", SURG),
             ("Insurance", f"Cobalt Ridge Health  ID {i['mid_sp']}  claim {claim}")], label_w=30, size=9)
    p.ln(2)
    rows = [[fd(d, "slash"), c, desc, str(u), usd(amt, "nosign")] for c, desc, u, amt in lines]
    rows.append(["", "", "Insurance payment", "", "0.00"])
    rows.append(["", "", "Balance due from patient", "", usd(total, "nosign")])
    p.table(["Date", "Code", "Description", "Units", "Charge"], rows, [24, 18, 80, 14, 28], size=8.5,
            aligns=["L", "L", "L", "C", "R"], bold_last=True)
    p.para("Your insurance denied this claim because we are not in its network. Payment is due in 30 days. Ask "
           "about a payment plan or our financial assistance policy.", 9)
    t = truth("other", None, insurer=None, member_id=i["mid"], member_name=name, cases=[claim],
              claim_amount=f"{total:.2f}", service_dates=[d.isoformat()], denial_date=sd.isoformat(),
              provider="NeuroSentry Remote Monitoring", unscored=["insurer"],
              alternates={"provider": [IONM, "NeuroSentry"], "case_numbers": [[]]})
    return out(p), t


def doc_surgeon_letter(r: Rand, ctx):
    name, f, l, i, d, claim, total, lines = ctx
    ld = plus(d, r.randint(82, 90))
    p = Page(serif=True, footer=None)
    p.add_page()
    p.f(7.5)
    p.cell(0, 4, f"{fd(ld, 'short')}  14:{r.randint(10, 59)}   NORTHGATE SPINE CENTER   (218) 555-0102   >> COBALT RIDGE APPEALS   p.1/2",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    p.line("NORTHGATE SPINE CENTER", 13, "B", "C")
    p.line(f"{SURG}, MD, FAANS  -  {HOSP}, 18 Harbor View Road, Duluth, MN 55802", 8.5, "", "C")
    p.ln(6)
    p.line(fd(ld, "th"), 10.5)
    p.ln(4)
    for x in ["Cobalt Ridge Health", "Attn: Appeals and Grievances", "PO Box 4410", "Duluth, MN 55802"]:
        p.line(x, 10.5)
    p.ln(4)
    p.pairs([("Re", f"{name} (DOB {fd(dt.date(1969, r.randint(1, 12), r.randint(1, 28)), 'slash')})"),
             ("Mbr #", i["mid_sp"]), ("Grp", i["grp"]), ("Claim no.", claim), ("DOS", fd(d, "slash"))],
            label_w=24, size=10, h=5.2)
    p.ln(4)
    p.para("To the appeals reviewer:", 10.5, 2)
    p.para(f"I am writing to appeal the denial of the intraoperative neuromonitoring performed during {f}'s "
           f"L3-L5 posterior decompression and instrumented fusion, which I performed at {HOSP} on "
           f"{fd(d, 'long')}. The patient had progressive weakness of ankle dorsiflexion and a prior fusion at "
           f"L5-S1; placing pedicle screws next to scarred nerve roots carries a real risk of injury, and "
           f"continuous SSEP and motor evoked potential monitoring is the standard of care in my practice for "
           f"this operation.", 10.5, 3)
    p.para(f"The technologist in the room was employed by the hospital; the supervising neurophysiologist "
           f"read the signals remotely through {IONM}. Neither I nor {f} chose that company, and no network "
           f"neurophysiologist was offered by the hospital on that day. I ask that the plan process the claim at the "
           f"network level or grant a network exception. The charges of {usd(total)} have now been billed to "
           f"{f}'s spouse as guarantor.", 10.5, 3)
    p.para(f"Please call my office at (218) 555-0102 (fax (218) 555-0109) with any questions. My NPI is "
           f"{r.npi()}.", 10.5, 5)
    p.line("Respectfully,", 10.5)
    p.ln(6)
    p.line(SURG + ", MD", 10.5)
    t = truth("other", None, insurer=INS, group=i["grp"], member_id=i["mid"], member_name=name, cases=[claim],
              claim_amount=f"{total:.2f}", service_dates=[d.isoformat()], denial_date=None, provider=SURG,
              alternates={"insurer": [None], "provider": [IONM, "NeuroSentry Remote Monitoring"]},
              unscored=["denial_date"])
    return out(p), t


def doc_spanish(r: Rand):
    name, f, m, l = who(r, es=True)
    i = ids(r)
    d = dt.date(2026, 2, r.randint(3, 25))
    nd = plus(d, r.randint(25, 40))
    claim = f"{r.digits(2)}{r.letters(1)}{r.digits(8)}"
    amt = r.randint(2400, 5600) + 0.5
    p = Page(serif=False, footer="Página {n} de {nb}")
    p.add_page()
    band(p, "AVISO DE DENEGACIÓN DE RECLAMACIÓN", "Cobalt Ridge Health Insurance Company")
    W = p.w - p.l_margin - p.r_margin
    rows = [("Fecha del aviso", fd(nd, "es")), ("Afiliado(a)", name), ("N.º de afiliado", i["mid_sp"]),
            ("Grupo", i["grp"]), ("Plan", i["plan"]), ("Número de reclamación", claim),
            ("Proveedor", IONM), ("Fecha del servicio", fd(d, "es")),
            ("Cargos facturados", f"{usd(amt, 'es')} ({usd(amt, 'nosign')} USD)"),
            ("Fecha de nacimiento", fd(dt.date(1974, r.randint(1, 12), r.randint(1, 28)), "slash")),
            ("Recibida el", fd(plus(d, 9), "es"))]
    for k, v in rows:
        p.f(8.5, "B")
        p.set_fill_color(232, 232, 232)
        p.cell(55, 7, " " + k, border=1, fill=True)
        p.f(9.5)
        p.cell(W - 55, 7, " " + v, border=1, new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    p.para(f"Hemos denegado el pago del monitoreo neurofisiológico intraoperatorio remoto (códigos 95940 y G0453) "
           f"durante su microdiscectomía lumbar de un solo nivel. Según nuestra política médica MP-217, este "
           f"monitoreo no es médicamente necesario para una descompresión de un solo nivel sin instrumentación, "
           f"porque no se ha demostrado que mejore los resultados.", 9.5)
    p.para(f"Si no está de acuerdo, puede presentar una apelación dentro de 180 días a partir de la fecha de este "
           f"aviso. Su esposo, {r.choice(FIRST_ES)} {l}, puede actuar como su representante si usted firma el "
           f"formulario CR-AOR-2. Llame al {PH} (TTY {TTY}) o envíe un fax al {FX}.", 9.5)
    p.para("Puede pedir una copia gratuita de la política médica y de los códigos de diagnóstico y tratamiento.", 9)
    t = truth("denial_letter", "medical_necessity", insurer=INS, plan_id=i["plan"], group=i["grp"],
              member_id=i["mid"], member_name=name, cases=[claim], claim_amount=f"{amt:.2f}",
              service_dates=[d.isoformat()], denial_date=nd.isoformat(), provider=IONM,
              appeal_deadline=plus(nd, 180).isoformat(), lang="es",
              alternates=dict(ALT, provider=IONM_ALT))
    return out(p), t


def doc_preservice(r: Rand):
    name, f, m, l = who(r)
    i = ids(r)
    nd = dt.date(2026, 3, r.randint(2, 25))
    planned = plus(nd, r.randint(9, 21))
    auth = f"UM{r.digits(3)} {r.digits(4)} {r.digits(3)}"
    ref = f"PA-26-{r.digits(6)}"
    p = Page(serif=False, footer="CRH-UM-11 (01/26)")
    p.add_page()
    band(p, "Notice of Adverse Benefit Determination - Pre-service")
    p.f(9)
    p.ln(2)
    p.pairs([("Date", fd(nd, "iso")), ("Member", name), ("Mbr #", i["mid_sp"]), ("Grp", i["grp"]),
             ("Plan", i["plan"]), ("Auth #", auth), ("Ref No.", ref),
             ("Requested by", f"{IONM} (NPI {r.npi()})"), ("Ordering surgeon", SURG),
             ("Service", "Remote intraoperative neurophysiologic monitoring (G0453, 95941)"),
             ("Planned date", fd(planned, "slash")), ("Request received", fd(plus(nd, -4), "slash")),
             ("Decision", "DENIED")], label_w=36, size=9.5, h=5.4)
    p.ln(3)
    p.para(f"We reviewed the request for remote monitoring during {f}'s C5-C7 anterior cervical fusion at {HOSP}. "
           f"{IONM} is not in the Cobalt Ridge network. Your plan covers intraoperative monitoring from a network "
           f"provider, and network neurophysiology services are available at {HOSP}. For this reason the "
           f"request is denied. The surgery itself was approved separately and is not affected.", 9.5)
    p.para(f"You may appeal within 180 days of the date of this notice. If waiting could seriously harm your health, "
           f"ask for an expedited appeal (decision within 72 hours). Member Services {PH}, TTY {TTY}, fax {FX}. "
           f"Your previous request, Ref No. PA-25-{r.digits(6)}, was approved on {fd(dt.date(2025, 9, r.randint(1, 28)), 'slash')}.", 9.5)
    t = truth("denial_letter", "out_of_network", insurer=INS, plan_id=i["plan"], group=i["grp"],
              member_id=i["mid"], member_name=name, cases=[auth.replace(" ", ""), ref],
              service_dates=[planned.isoformat()], denial_date=nd.isoformat(), provider=IONM,
              appeal_deadline=plus(nd, 180).isoformat(), alternates=dict(ALT, provider=IONM_ALT + [SURG]))
    return out(p), t


def doc_upheld(r: Rand, ctx):
    name, f, l, i, d, claim, total, lines = ctx
    nd = plus(d, r.randint(110, 130))
    apn = f"APL-{r.digits(7)}"
    p = Page(serif=True, footer=None)
    p.add_page()
    band(p, "")
    right_block(p, [("Notice date", fd(nd, "long")), ("Appeal no.", apn), ("Member ID", i["mid_sp"]),
                    ("Group no.", i["grp"])], w=90, y=26)
    p.set_y(26)
    p.line(name, 10)
    p.line("Duluth, MN 55802", 10)
    p.ln(14)
    p.line("Your first-level appeal: decision upheld", 12.5, "B")
    p.ln(2)
    W = p.w - p.l_margin - p.r_margin
    p.para(f"We received your surgeon's appeal on {fd(plus(d, 93), 'slash')} about claim {claim} from {IONM} for "
           f"monitoring on {fd(d, 'slash')}, billed at {usd(total)}. A neurologist who was not involved in the first "
           f"decision reviewed the file.", 10)
    p.para(f"**Decision.** The denial is upheld. {IONM} is not a network provider and no network exception was "
           f"asked for before the surgery. A network exception is granted only when no network provider can give "
           f"the service; network monitoring was available at {HOSP}. Certificate of Coverage, section 7.4.", 10)
    p.para(f"You may ask for a second-level appeal within 60 days of the date of this letter, or ask for an external "
           f"review by an independent review organization within 4 months. The provider may not bill you more than "
           f"your network cost share while an appeal is open.", 10)
    y = p.get_y() + 2
    panel(p, p.l_margin, y, W, "Questions?", [f"Member Services {PH}   -   Fax {FX}   -   TTY {TTY}",
                                              "Monday to Friday, 8 a.m. to 6 p.m. Central"], size=8.5)
    t = truth("denial_letter", "out_of_network", insurer=INS, group=i["grp"], member_id=i["mid"], member_name=name,
              cases=[apn, claim], claim_amount=f"{total:.2f}", service_dates=[d.isoformat()],
              denial_date=nd.isoformat(), provider=IONM, appeal_deadline=plus(nd, 60).isoformat(),
              alternates=dict(ALT, provider=IONM_ALT, case_numbers=[[apn]]))
    return out(p), t


def doc_provider_coding(r: Rand):
    name, f, m, l = who(r)
    i = ids(r)
    d = dt.date(2026, 2, r.randint(2, 26))
    nd = plus(d, r.randint(20, 34))
    claim = f"{r.digits(2)}{r.letters(1)}{r.digits(8)}"
    units = r.randint(20, 30)
    amt = float(units * r.randint(170, 230))
    p = Page(serif=False, footer=None)
    p.add_page()
    band(p, "Provider claim notice", "Provider Services")
    p.pairs([("Date", fd(nd, "nopad")), ("To", IONM), ("Acct", f"PRV-{r.digits(7)}"), ("Patient", name),
             ("ID", i["mid_sp"]), ("ICN", claim), ("Date of service", fd(d, "upper")),
             ("Billed", usd(amt))], label_w=34, size=9.5)
    p.ln(2)
    p.para(f"Code G0453 was billed for {units} units ({units * 15} minutes) on the same day as 95940 for the same "
           f"patient; remote and in-room monitoring may not both be reported for the same time, and the operative "
           f"record supports no more than {units - 9} units. The claim is denied as billed (CARC 97 / RARC M86). "
           f"Send a corrected claim.", 9.5)
    p.para(f"Provider reconsideration: within 90 days of the date of this notice. Provider Services {PH}.", 9.5)
    t = truth("denial_letter", "coding_error", insurer=INS, member_id=i["mid"], member_name=name, cases=[claim],
              claim_amount=f"{amt:.2f}", service_dates=[d.isoformat()], denial_date=nd.isoformat(), provider=IONM,
              appeal_deadline=plus(nd, 90).isoformat(), alternates=dict(ALT, provider=IONM_ALT))
    return out(p), t


def doc_fusion_approval(r: Rand):
    name, f, m, l = who(r)
    i = ids(r)
    nd = dt.date(2026, 3, r.randint(2, 25))
    planned = plus(nd, r.randint(10, 24))
    auth = f"UM{r.digits(9)}"
    p = Page(serif=True, footer=None)
    p.add_page()
    band(p, "Approval of your request")
    p.pairs([("Notice date", fd(nd, "long")), ("Member", name), ("Member ID", i["mid_sp"]), ("Group", i["grp"]),
             ("Authorization", auth), ("Surgeon", SURG), ("Facility", HOSP),
             ("Service", "L4-L5 transforaminal lumbar interbody fusion, 2 inpatient days"),
             ("Approved date", fd(planned, "slash"))], label_w=38, size=10)
    p.ln(3)
    p.para("We approved this request. This approval does not cover services from providers outside the Cobalt Ridge "
           "network, such as remote neuromonitoring companies; ask the hospital who will monitor your surgery.", 10)
    p.para(f"Questions: {PH} (TTY {TTY}).", 9.5)
    t = truth("other", None, insurer=INS, group=i["grp"], member_id=i["mid"], member_name=name, cases=[auth],
              service_dates=[planned.isoformat()], denial_date=nd.isoformat(), provider=SURG,
              alternates=dict(ALT, provider=[HOSP]))
    return out(p), t


def documents(rng) -> list[Item]:
    r = Rand(rng.randint(0, 2 ** 31))
    n = FAMILY + "_"
    eob_pdf, eob_t, ctx = doc_eob(r)
    return [Item(n + "lowres_eob_table", "scan_lowres_150", [(eob_pdf, eob_t)]),
            Item(n + "scan_company_bill", "scan_clean_300", [doc_bill(r, ctx)]),
            Item(n + "fax_surgeon_appeal", "fax_fine_g4", [doc_surgeon_letter(r, ctx)]),
            Item(n + "copy_aviso_es", "photocopy", [doc_spanish(r)]),
            Item(n + "bd_preservice_cervical", "born_digital", [doc_preservice(r)]),
            Item(n + "photo_upheld_appeal", "phone_photo", [doc_upheld(r, ctx)]),
            Item(n + "scan_stack", "scan_clean_300", [doc_provider_coding(r), doc_fusion_approval(r)],
                 separators=["duplex", None], turns={(1, 0): 90})]
