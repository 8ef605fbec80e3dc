"""Family 'medicare_therapy_kx_threshold_denial': Medicare papers denying outpatient physical, occupational or
speech therapy billed after the yearly KX-modifier threshold without the KX modifier, or found not medically
necessary on targeted medical review; one paid claim with KX; one clinic letter forwarding a plan's denial.

Issuers (all invented except "Medicare"): Medicare Summary Notices (English and Spanish "Resumen de Medicare");
Lindqvist Federal Medicare Services, LLC (invented Part B MAC: a paper remittance in a line-printer layout and a
targeted medical review letter); Harrowgate Senior Advantage (HMO) (invented MA plan, member EOB); Fjordline
Physical Therapy & Rehab (invented clinic, a letter to the patient forwarding Harrowgate's denial).
Decoys: the KX threshold amount ($2,480), dates of birth, NPIs, PTAN, EFT numbers, the claims-processed period,
another patient's paid claim on the remittance, the referring physician, patient account numbers.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, pdf_bytes, truth

FAMILY = "medicare_therapy_kx_threshold_denial"
LANG = "en"
MAC = "Lindqvist Federal Medicare Services, LLC"
MAC_ADDR = ("PO Box 40917", "Ravndal, SD 57788")
MA = "Harrowgate Senior Advantage (HMO)"
MA_ADDR = ("PO Box 66120", "Tremont Falls, IA 50488")
CLINIC_PT = "Fjordline Physical Therapy & Rehab"
CLINICS = [("Fjordline Physical Therapy & Rehab", "2207 Brackenridge Ave", "Duluth, MN 55802"),
           ("Saltmarsh Outpatient Therapy Center", "88 Pellworm Road", "Bangor, ME 04401"),
           ("Kestrel Hollow Speech & Language Clinic", "419 Ardmore Pike", "Erie, PA 16501"),
           ("Cobalt Ridge Rehabilitation Services", "3150 Lantana Street", "Pueblo, CO 81003")]
THERAPISTS = ["Annika Strom, PT, DPT", "Oluwaseun Adeyemi, PT", "Priyanka Menon, OTR/L", "Grainne Doherty, CCC-SLP",
              "Tomasz Wieczorek, PT, DPT", "Leilani Kahale, PT"]
CPT = {"97110": ("Therapeutic exercises, each 15 min", "Ejercicios terapéuticos, cada 15 min"),
       "97140": ("Manual therapy techniques, each 15 min", "Técnicas de terapia manual, cada 15 min"),
       "97530": ("Therapeutic activities, each 15 min", "Actividades terapéuticas, cada 15 min"),
       "92507": ("Treatment of speech/language disorder", "Tratamiento del habla/lenguaje"),
       "97112": ("Neuromuscular reeducation, each 15 min", "Reeducación neuromuscular, cada 15 min")}
KX_NOTE = ("This service was denied because you reached the yearly therapy threshold amount ($2,480 for physical "
           "therapy and speech-language pathology combined in 2026) and the provider did not add the KX modifier "
           "to show that the services were medically necessary.")


def mbi(r: Rand) -> str:
    let = "ACDEFGHJKMNPQRTUVWXY"
    an = let + "0123456789"
    return "".join([str(r.randint(1, 9)), r.choice(let), r.choice(an), str(r.randint(0, 9)), r.choice(let),
                    r.choice(an), str(r.randint(0, 9)), r.choice(let), r.choice(let), str(r.randint(0, 9)),
                    str(r.randint(0, 9))])


def facts(seed: int, codes: list[str], ndates: int, lang: str = "en", kx: bool = False) -> dict:
    r = Rand(seed)
    notice = dt.date(2026, 3, 2) + dt.timedelta(days=r.randint(0, 200))
    first = notice - dt.timedelta(days=r.randint(20, 40))
    dates = sorted({first + dt.timedelta(days=3 * k + r.randint(0, 1)) for k in range(ndates)})
    lines = []
    for d in dates:
        for c in codes:
            units = 1 if c == "92507" else r.randint(1, 3)
            lines.append((d, c, units, round(units * r.randint(38, 72) + r.choice([0, 0.5, 0.25]), 2)))
    clinic = r.choice([c for c in CLINICS if ("Speech" in c[0]) == ("92507" in codes)])
    ther = r.choice([t for t in THERAPISTS if ("SLP" in t) == ("92507" in codes)])
    return dict(r=r, notice=notice, dates=dates, lines=lines, total=round(sum(x[3] for x in lines), 2),
                member=r.person(lang), addr=r.address(lang), mbi=mbi(r), clinic=clinic, ther=ther, npi=r.npi(),
                claim=r.digits(2) + "-" + r.digits(4) + "-" + r.digits(7) if lang == "en" else r.digits(14),
                icn=r.digits(13), acnt=r.letters(2) + r.digits(6), dob=dt.date(r.randint(1939, 1959),
                                                                               r.randint(1, 12), r.randint(1, 28)),
                phone=r.phone(), ref=r.person()[0], kx=kx, lang=lang)


def mod(f: dict, c: str) -> str:
    base = "GN" if c == "92507" else ("GO" if "OTR" in f["ther"] else "GP")
    return f"{base} KX" if f["kx"] else base


# ---------------------------------------------------------------- Medicare Summary Notice (English / Spanish)
def msn(f: dict, ds: str, paid: bool = False) -> bytes:
    es = f["lang"] == "es"
    d = Doc("Helvetica", footer=("Página {p} de {n}" if es else "Page {p} of {n}"))
    d.add_page()
    m = f["member"]
    d.text_line("Resumen de Medicare para la Parte B (Seguro Médico)" if es else
                "Medicare Summary Notice for Part B (Medical Insurance)", 15, "B")
    d.text_line("El resumen oficial de sus reclamaciones de Medicare de los Centros de Servicios de Medicare y "
                "Medicaid" if es else "The Official Summary of Your Medicare Claims from the Centers for Medicare & "
                "Medicaid Services", 8.5)
    d.rule(0.6, 3)
    start = f["notice"] - dt.timedelta(days=92)
    left = [m[0].upper(), *[a.upper() for a in f["addr"]]]
    right = ([("Número de Medicare", f["mbi"]), ("Fecha de este aviso", fmt_date(f["notice"], ds)),
              ("Reclamaciones procesadas entre", f"{fmt_date(start, 'es_abbr')} / {fmt_date(f['notice'] - dt.timedelta(days=3), 'es_abbr')}")]
             if es else
             [("Medicare Number", f["mbi"]), ("Date of This Notice", fmt_date(f["notice"], ds)),
              ("Claims Processed Between", f"{fmt_date(start, ds)} and {fmt_date(f['notice'] - dt.timedelta(days=3), ds)}")])
    y = d.get_y()
    d.text_line(("Aviso para" if es else "Notice for") + " " + m[0], 10, "B")
    for ln in left[1:]:
        d.text_line(ln, 9.5)
    for k, (lab, val) in enumerate(right):
        d.set_xy(112, y + k * 6)
        d.font(8.5, "B")
        d.cell(46, 5.5, lab + ":")
        d.font(9.5)
        d.cell(0, 5.5, val)
    d.set_y(y + 22)
    d.ln(2)
    ded = fmt_money(f["r"].choice([257, 283]) if not paid else 283)
    summary = ([("¿Aprobó Medicare todos los servicios?", "NO" if not paid else "SÍ"),
                ("Deducible de la Parte B", f"Ha pagado {ded} del deducible de 2026"),
                ("Total que los proveedores le pueden facturar", fmt_money(0 if not paid else 0.2 * f["total"]))]
               if es else
               [("Did Medicare Approve All Services?", "NO" if not paid else "YES"),
                ("Your Deductible Status", f"You have met {ded} of your 2026 Part B deductible"),
                ("Total You May Be Billed", fmt_money(0 if not paid else round(0.2 * f["total"] * 0.8, 2)))])
    d.boxes([(a, b, w) for (a, b), w in zip(summary, (50, 80, 50))], h=13, value_size=9)
    d.ln(5)
    d.text_line("Sus reclamaciones de la Parte B" if es else "Your Claims for Part B (Medical Insurance)", 12, "B")
    d.rule(0.3, 2)
    cl = f["clinic"]
    d.text_line(cl[0], 10.5, "B")
    d.text_line(f"{cl[1]}, {cl[2]}", 9)
    d.text_line((f"Remitido por: {f['ref']}" if es else f"Referred by: {f['ref']}"), 9)
    d.text_line((f"Número de reclamación: {f['claim']}" if es else f"Claim Number: {f['claim']}"), 9)
    d.ln(2)
    head = (["Fecha", "Servicio y código", "¿Aprob.?", "Cobrado", "Aprobado", "Pagado", "Máx. factura", "Nota"]
            if es else ["Date", "Service Provided & Billing Code", "Approved?", "Charged",
                        "Approved Amt", "Paid", "May Be Billed", "Notes"])
    rows = []
    for dd, c, u, ch in f["lines"]:
        desc = CPT[c][1 if es else 0].split(",")[0]
        if paid:
            ap = round(ch * 0.72, 2)
            rows.append([fmt_date(dd, "slash"), f"{desc} ({c}-{mod(f, c).replace(' ', '-')})", "Sí" if es else "Yes",
                         fmt_money(ch), fmt_money(ap), fmt_money(round(ap * 0.8, 2)), fmt_money(round(ap * 0.2, 2)), ""])
        else:
            rows.append([fmt_date(dd, "slash"), f"{desc} ({c}-{mod(f, c)})", "No", fmt_money(ch), "$0.00", "$0.00",
                         "$0.00", "A"])
    rows.append(["*Total", "", "", fmt_money(f["total"]), "", "", "", ""])
    d.table(head, rows, [18, 64, 15, 18, 19, 19, 19, 8], size=7, aligns="LLLRRRRC")
    d.text_line("Notas" if es else "Notes for Claims Above", 10.5, "B")
    if paid:
        d.para("A  The provider added the KX modifier to show that therapy above the yearly threshold amount was "
               "medically necessary. These services were approved.", 9)
    elif es:
        d.para("A  Este servicio se negó porque usted alcanzó el límite anual de terapia ($2,480 en 2026 para "
               "terapia física y del habla combinadas) y el proveedor no agregó el modificador KX que indica que "
               "los servicios son médicamente necesarios. Usted no tiene que pagar este monto (CO-119, N640).", 9)
    else:
        d.para("A  " + KX_NOTE + " You do not have to pay this amount. (CARC CO-119; RARC N640)", 9)
    d.ln(2)
    deadline = f["notice"] + dt.timedelta(days=120)
    d.text_line("Cómo presentar una apelación" if es else "How to Handle Denied Claims or File an Appeal", 11, "B")
    if es:
        d.para("Si no está de acuerdo con lo que Medicare aprobó, puede apelar. Encierre en un círculo los servicios "
               "que quiere apelar, explique por qué y firme. Envíe este aviso a la dirección de abajo.", 9)
        d.text_line(f"Las apelaciones deben presentarse antes del {fmt_date(deadline, 'es')}", 10.5, "B")
        d.para(f"{MAC}, Redeterminaciones Parte B, {MAC_ADDR[0]}, {MAC_ADDR[1]}. 1-800-633-4227 (TTY 1-877-486-2048).", 8.5)
    else:
        d.para("If you disagree with a coverage decision or a payment decision on this notice, you may file an "
               "appeal. Circle the services you disagree with, explain why, sign, and send this page to the address "
               "below.", 9)
        d.text_line(f"Appeals must be filed by {fmt_date(deadline, ds)}", 10.5, "B")
        d.para(f"{MAC}, Part B Redeterminations, {MAC_ADDR[0]}, {MAC_ADDR[1]}. Call 1-800-MEDICARE "
               "(1-800-633-4227); TTY 1-877-486-2048.", 8.5)
    return pdf_bytes(d)


def msn_truth(f: dict, paid: bool = False) -> dict:
    dl = iso(f["notice"] + dt.timedelta(days=120))
    alts = {"insurer": ["Centers for Medicare & Medicaid Services", MAC], "provider": [f["ther"].split(",")[0]]}
    if paid:
        alts["appeal_deadline"] = [None]
    return truth("eob", None if paid else "not_covered", f["lang"], insurer="Medicare", member_id=f["mbi"],
                 member_name=f["member"][0], case_numbers=[f["claim"]], claim_amount=f"{f['total']:.2f}",
                 service_dates=[iso(x) for x in f["dates"]], denial_date=iso(f["notice"]), provider=f["clinic"][0],
                 appeal_deadline=dl, alternates=alts,
                 type_alternates=["other"] if paid else None,
                 denial_alternates=None if paid else ["medical_necessity", "other"])


# ---------------------------------------------------------------- MAC paper remittance (line printer)
def remit(f: dict, o: dict) -> bytes:
    d = Doc("Courier", margins=(12, 12, 12))
    d.add_page()
    r = f["r"]
    cl = f["clinic"]
    ptan, eft = r.letters(1) + r.digits(5), r.digits(9)
    L = lambda s="", size=8: d.text_line(s, size, h=3.9)  # noqa: E731
    L(f"{MAC.upper():<48}MEDICARE", 9)
    L(f"JURISDICTION R PART B  {MAC_ADDR[0]}  {MAC_ADDR[1].upper():<20}REMITTANCE", 9)
    L(f"{'':<48}ADVICE", 9)
    L()
    L(f"{cl[0].upper():<50}PROVIDER # {ptan}")
    L(f"{cl[1].upper():<50}NPI        {f['npi']}")
    L(f"{cl[2].upper():<50}PAGE #     1 OF 1")
    L(f"{'':<50}DATE       {f['notice'].strftime('%m/%d/%Y')}")
    L(f"{'':<50}CHECK/EFT # {eft}")
    L()
    L("REND-NPI   SERV-DATE POS NOS PROC  MODS     BILLED  ALLOWED   DEDUCT    COINS  GRP/RC-AMT   PROV-PD")
    L("-" * 104)
    for g, pd_ in ((o, True), (f, False)):
        m = g["member"]
        L(f"NAME {m[3].upper()}, {m[1].upper()} {m[2]}   MID {g['mbi']}   ACNT {g['acnt']}   ICN {g['icn']}   ASG Y")
        tb = ta = tp = 0.0
        for dd, c, u, ch in g["lines"]:
            if pd_:
                al = round(ch * 0.7, 2)
                co = round(al * 0.2, 2)
                L(f"{f['npi']} {dd.strftime('%m/%d/%y')}   11  {u:>2} {c} {mod(g, c):<6} {ch:>9.2f} {al:>8.2f}"
                  f"     0.00 {co:>8.2f}  CO-45 {ch - al:>6.2f} {al - co:>8.2f}")
                tb, ta, tp = tb + ch, ta + al, tp + al - co
            else:
                L(f"{f['npi']} {dd.strftime('%m/%d/%y')}   11  {u:>2} {c} {mod(g, c):<6} {ch:>9.2f}     0.00"
                  f"     0.00     0.00  CO-119 {ch:>6.2f}    0.00")
                L(f"{'':<11}REM: N640 N362")
                tb += ch
        L(f"PT RESP {0 if not pd_ else round(ta * 0.2, 2):>9.2f}   CLAIM TOTALS {tb:>9.2f} {ta:>8.2f}"
          f"     0.00 {round(ta * 0.2, 2):>8.2f}            {tp:>8.2f}   NET {tp:>8.2f}")
        L()
    L("-" * 104)
    L("GLOSSARY: GROUP, REASON, MOA, REMARK AND ADJUSTMENT CODES")
    for s in ("CO   CONTRACTUAL OBLIGATION. AMOUNT FOR WHICH THE PROVIDER IS FINANCIALLY LIABLE.",
              "45   CHARGE EXCEEDS FEE SCHEDULE/MAXIMUM ALLOWABLE OR CONTRACTED/LEGISLATED FEE ARRANGEMENT.",
              "119  BENEFIT MAXIMUM FOR THIS TIME PERIOD OR OCCURRENCE HAS BEEN REACHED.",
              "N640 EXCEEDS NUMBER/FREQUENCY APPROVED/ALLOWED WITHIN TIME PERIOD.",
              "N362 THE NUMBER OF DAYS OR UNITS OF SERVICE EXCEEDS OUR ACCEPTABLE MAXIMUM.",
              "     THERAPY ABOVE THE ANNUAL KX THRESHOLD ($2,480) WAS BILLED WITHOUT THE KX MODIFIER."):
        L(s, 7.5)
    L()
    L("A REDETERMINATION REQUEST MUST BE FILED WITHIN 120 DAYS OF THE DATE OF THIS NOTICE.", 7.5)
    L(f"PROVIDER CONTACT CENTER {f['phone']}", 7.5)
    return pdf_bytes(d)


def remit_truth(f: dict) -> dict:
    return truth("eob", "not_covered", insurer=MAC, member_id=f["mbi"], member_name=f["member"][0],
                 case_numbers=[f["icn"]], claim_amount=f"{f['total']:.2f}",
                 service_dates=[iso(x) for x in f["dates"]], denial_date=iso(f["notice"]), provider=f["clinic"][0],
                 appeal_deadline=iso(f["notice"] + dt.timedelta(days=120)),
                 alternates={"insurer": ["Medicare"]}, denial_alternates=["other", "coding_error"])


# ---------------------------------------------------------------- MAC targeted medical review letter
def review(f: dict, ds: str) -> bytes:
    d = Doc("Times", footer="LFMS-MR-0417 (01/2026)   Page {p} of {n}")
    d.add_page()
    d.text_line(MAC, 15, "B")
    d.text_line(f"Medical Review Department  |  {MAC_ADDR[0]}  |  {MAC_ADDR[1]}  |  {f['phone']}", 9)
    d.rule(0.5, 5)
    d.text_line(fmt_date(f["notice"], ds), 11)
    d.ln(3)
    cl = f["clinic"]
    for ln in (cl[0], "Attn: Billing Manager", cl[1], cl[2]):
        d.text_line(ln, 11)
    d.ln(4)
    d.text_line("Results of Targeted Medical Review: Therapy Services Above the KX Modifier Threshold", 12, "B")
    d.ln(2)
    rows = [("Beneficiary", f["member"][0]), ("Medicare number (MBI)", f["mbi"]),
            ("Date of birth", fmt_date(f["dob"], "slash")), ("Internal control number (ICN)", f["icn"]),
            ("Rendering therapist", f"{f['ther']} (NPI {f['npi']})"),
            ("Dates of service", ", ".join(fmt_date(x, ds) for x in f["dates"])),
            ("Billed amount", fmt_money(f["total"])),
            ("Records received", fmt_date(f["notice"] - dt.timedelta(days=18), ds))]
    for k, v in rows:
        d.font(10.5, "B")
        d.cell(62, 5.6, k + ":")
        d.font(10.5)
        d.cell(0, 5.6, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para("Medicare requires medical review of a sample of claims for outpatient therapy once a beneficiary's "
           "incurred expenses pass $3,000 in the calendar year. Your claim was billed with the KX modifier, which "
           "attests that the services are reasonable and necessary and that documentation supports them. We asked "
           "for the plan of care, the certification and the daily treatment notes.", 11)
    d.text_line("Decision", 11.5, "B")
    d.para("Denied - not reasonable and necessary (CARC CO-50). The records show the patient met all goals of the "
           "plan of care by the fourth week and the daily notes record the same maintenance exercise program "
           "without skilled progression. The plan of care signed by the physician expired before these dates of "
           "service and no recertification was received. The services did not require the skills of a therapist.",
           11)
    d.text_line("Your right to a redetermination", 11.5, "B")
    d.para("If you disagree, you may ask for a redetermination. Your request must be filed within 120 days of the "
           "date of this letter. Send form CMS-20027 or a signed written request with the records listed above. "
           "Because this denial is under section 1862(a)(1) of the Social Security Act, the beneficiary may not be "
           "billed unless a valid Advance Beneficiary Notice was signed.", 11)
    d.ln(3)
    d.text_line("Sincerely,", 11)
    d.text_line("Medical Review Nurse, Therapy Unit", 11)
    return pdf_bytes(d)


def review_truth(f: dict) -> dict:
    return truth("denial_letter", "medical_necessity", insurer=MAC, member_id=f["mbi"], member_name=f["member"][0],
                 case_numbers=[f["icn"]], claim_amount=f"{f['total']:.2f}",
                 service_dates=[iso(x) for x in f["dates"]], denial_date=iso(f["notice"]),
                 provider=f["ther"].split(",")[0], appeal_deadline=iso(f["notice"] + dt.timedelta(days=120)),
                 alternates={"insurer": ["Medicare"], "provider": [f["clinic"][0]]})


# ---------------------------------------------------------------- Medicare Advantage member EOB
def ma_facts(f: dict) -> dict:
    r = f["r"]
    f.update(mid="HSA" + r.digits(9), plan="H4417-012", claim_ma="2026" + r.digits(8))
    return f


def ma_eob(f: dict, ds: str) -> bytes:
    d = Doc("Helvetica", footer="Y0188_EOB26_M    Page {p} of {n}")
    d.add_page()
    d.text_line("HARROWGATE", 22, "B")
    d.text_line(f"{MA}  |  {MA_ADDR[0]}, {MA_ADDR[1]}  |  Member Services {f['phone']} (TTY 711)", 8.5)
    d.rule(0.8, 4)
    d.text_line("Explanation of Benefits", 14, "B")
    d.text_line("This is not a bill.", 9)
    d.ln(2)
    m = f["member"]
    for k, v in (("Member", m[0]), ("Member ID", f["mid"]), ("Plan", f"Harrowgate Senior Advantage ({f['plan']})"),
                 ("Statement date", fmt_date(f["notice"], ds)), ("Claim number", f["claim_ma"]),
                 ("Provider", f["clinic"][0]), ("Therapist", f["ther"])):
        d.font(9.5, "B")
        d.cell(36, 5.2, k)
        d.font(9.5)
        d.cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    rows = [[fmt_date(dd, ds), c, f"{mod(f, c)}", str(u), fmt_money(ch), "$0.00", "$0.00", "119"]
            for dd, c, u, ch in f["lines"]]
    rows.append(["*Claim total", "", "", "", fmt_money(f["total"]), "$0.00", "$0.00", ""])
    d.table(["Service date", "CPT", "Modifier", "Units", "Billed", "Plan allowed", "Plan paid", "Code"], rows,
            [28, 18, 20, 14, 26, 26, 24, 16], size=8.5, aligns="LLLRRRRC", head_fill=True)
    d.text_line("Explanation of codes", 10, "B")
    d.para("119 - Benefit maximum for this time period has been reached. Your therapy charges for 2026 are above "
           "the $2,480 threshold amount. Services above this amount are covered only when the therapist adds the "
           "KX modifier and the medical record supports the need for continued care. These lines were billed "
           "without the KX modifier. You are not responsible for these charges because your provider is in our "
           "network.", 9)
    d.text_line("Your appeal rights", 10, "B")
    d.para("You may ask us to reconsider (appeal) this decision. You must ask within 65 days of the date of this "
           "statement. Call Member Services or write to Harrowgate Appeals, PO Box 66188, Tremont Falls, IA 50488.",
           9)
    return pdf_bytes(d)


def ma_truth(f: dict, cond_letter: bool = False) -> dict:
    return truth("eob", "not_covered", insurer=MA, plan_id=f["plan"], member_id=f["mid"], member_name=f["member"][0],
                 case_numbers=[f["claim_ma"]], claim_amount=f"{f['total']:.2f}",
                 service_dates=[iso(x) for x in f["dates"]], denial_date=iso(f["notice"]), provider=f["clinic"][0],
                 appeal_deadline=iso(f["notice"] + dt.timedelta(days=65)),
                 alternates={"plan_id": [None], "provider": [f["ther"].split(",")[0]]},
                 denial_alternates=["medical_necessity", "other"])


# ---------------------------------------------------------------- clinic letter forwarding the plan's denial
def clinic_letter(f: dict, ds: str) -> tuple[bytes, dict]:
    cl = f["clinic"]
    plan_notice = f["notice"]
    letter = plan_notice + dt.timedelta(days=6)
    dl = plan_notice + dt.timedelta(days=65)
    d = Doc("Helvetica")
    d.add_page()
    d.text_line(cl[0], 16, "B")
    d.text_line(f"{cl[1]}  -  {cl[2]}  -  Billing office {f['phone']}  -  Fax {f['r'].phone()}", 8.5)
    d.rule(0.4, 5)
    d.text_line(fmt_date(letter, ds), 10.5)
    d.ln(3)
    m = f["member"]
    for ln in (m[0], *f["addr"]):
        d.text_line(ln, 10.5)
    d.ln(3)
    d.text_line("Re: Your therapy claim was denied by your Medicare Advantage plan", 11, "B")
    d.ln(1)
    d.para(f"Dear {m[1]} {m[3]},", 10.5)
    d.para(f"We are writing because {MA} did not pay for the physical therapy you received at our clinic. We "
           f"are not your insurance company; we are forwarding this information so you can decide whether to "
           f"appeal. A copy of the plan's Explanation of Benefits dated {fmt_date(plan_notice, ds)} is enclosed.",
           10.5)
    for k, v in (("Plan member ID", f["mid"]), ("Plan claim number", f["claim_ma"]),
                 ("Dates of therapy", " and ".join(fmt_date(x, ds) for x in f["dates"])),
                 ("Amount billed", fmt_money(f["total"])), ("Your therapist", f["ther"]),
                 ("Our account number", f["acnt"])):
        d.font(10, "B")
        d.cell(50, 5.4, "    " + k + ":")
        d.font(10)
        d.cell(0, 5.4, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para("The plan says your 2026 therapy charges passed the yearly threshold amount and our claim was sent "
           "without the KX modifier (denial code 119). We have reviewed your chart and believe the therapy was "
           "medically necessary; we have sent the plan a corrected claim with the KX modifier and your progress "
           "notes.", 10.5)
    d.para(f"You may also file your own appeal with {MA}. The plan's notice says an appeal must be filed by "
           f"{fmt_date(dl, ds)}. We will not bill you for these visits while the claim is under review.", 10.5)
    d.para("Sincerely,\nPatient Accounts Team", 10.5)
    t = truth("denial_letter", "not_covered", insurer=MA, member_id=f["mid"], member_name=m[0],
              case_numbers=[f["claim_ma"]], claim_amount=f"{f['total']:.2f}",
              service_dates=[iso(x) for x in f["dates"]], denial_date=iso(letter), provider=cl[0],
              appeal_deadline=iso(dl),
              alternates={"insurer": [cl[0]], "denial_date": [iso(plan_notice)],
                          "provider": [f["ther"].split(",")[0]]},
              type_alternates=["other"], denial_alternates=["medical_necessity", "other"])
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    items = []
    f = facts(158500, ["97110", "97140"], 2)
    items.append(Item(f"{FAMILY}_bd_msn_97110_97140_no_kx", "born_digital", [(msn(f, "long"), msn_truth(f))]))
    f = facts(158501, ["97110", "97530"], 3, kx=True)
    items.append(Item(f"{FAMILY}_bd_msn_paid_with_kx", "born_digital", [(msn(f, "slash", paid=True),
                                                                         msn_truth(f, paid=True))]))
    f = facts(158502, ["97110", "97112"], 2, kx=True)
    items.append(Item(f"{FAMILY}_scan300_mac_targeted_review_not_necessary", "scan_clean_300",
                      [(review(f, "abbr"), review_truth(f))]))
    f = facts(158503, ["97530", "97110"], 2)
    o = facts(158513, ["97140"], 1, kx=True)
    o["lines"] = [(f["dates"][0] - dt.timedelta(days=2), *x[1:]) for x in o["lines"]]
    items.append(Item(f"{FAMILY}_lowres_mac_remittance_co119", "scan_lowres_150", [(remit(f, o), remit_truth(f))]))
    f = facts(158504, ["92507"], 3, lang="es")
    items.append(Item(f"{FAMILY}_copy_spanish_msn_speech_92507", "photocopy", [(msn(f, "es"), msn_truth(f))]))
    f = ma_facts(facts(158505, ["97140", "97110"], 2))
    items.append(Item(f"{FAMILY}_faxstd_clinic_letter_forwarding_denial", "fax_standard_g4",
                      [clinic_letter(f, "dmy")]))
    f = ma_facts(facts(158506, ["97110", "97140"], 3))
    items.append(Item(f"{FAMILY}_phone_ma_eob_threshold_no_kx", "phone_photo", [(ma_eob(f, "iso"), ma_truth(f))]))
    return items
