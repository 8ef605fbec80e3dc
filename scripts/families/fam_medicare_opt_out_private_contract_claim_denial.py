"""Family 'medicare_opt_out_private_contract_claim_denial': Medicare Summary Notices, Medicare Administrative
Contractor (MAC) letters and Medicare Advantage notices on services from a physician or therapist who opted out of
Medicare (private contracting under section 1802 of the Social Security Act, 42 CFR 405 subpart D).

Issuers (all invented except Medicare): Medicare (Part B MSN headings, one Spanish "Resumen de Medicare"),
Calloway Federal Medicare Services, LLC (a MAC, "Jurisdiction 14 Part B" band; claim letters and a redetermination
notice), Ashgrove Health Plan (its "Ashgrove Senior Advantage (HMO)" plan; a CMS-10003-style payment denial notice and
a Part C EOB). Contents: MSN with the opted-out psychiatrist's claim denied because the beneficiary signed a private
contract (a lab's paid claim as decoy); MA notice that the plan cannot pay an opted-out provider for a non-emergency
visit; MAC letter that an emergency visit from an opted-out physician was paid (no denial); MAC letter denying a
claim with no private contract on file (the provider must refund); an upheld redetermination; an MA EOB with an
opted-out marriage and family therapist's sessions denied; a Spanish MSN.
Decoys: the referring physician, opt-out effective dates, private-contract signing dates, dates of birth, NPIs,
received dates, phone numbers, other claims' amounts.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "medicare_opt_out_private_contract_claim_denial"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

MC, MAC, ASH = "Medicare", "Calloway Federal Medicare Services, LLC", "Ashgrove Health Plan"
ASH_PLAN = "Ashgrove Senior Advantage (HMO)"
FIRST = ["Alphonse", "Berenice", "Casimir", "Dorotea", "Eamon", "Fenella", "Gustavo", "Hyacinth", "Ivo", "Jolanta",
         "Kofi", "Leonora", "Mortimer", "Nkechi", "Oswaldo", "Philippa", "Radek", "Saoirse", "Thaddeus", "Ulla"]
LAST = ["Brightwater", "Cieslak", "Delacroix-Ward", "Ekwueme", "Fontaine", "Grzelak", "Hartigan", "Ishikawa",
        "Jankowska", "Kilbride", "Lavoisier", "Mbeki-Stone", "Norrland", "Ortolani", "Pikkarainen", "Quarles"]
FIRST_ES = ["Herminia", "Rigoberto", "Maricela", "Anselmo", "Yadira", "Fulgencio"]
LAST_ES = ["Echeverría", "Bustamante", "Oquendo", "Saldívar", "Arellano", "Cintrón"]
STREETS = ["Tamarack Hollow Rd", "Quillfeather Ln", "Old Ferry Landing", "Windlass Ct", "Pemberly Ave",
           "Cordwainer St"]
TOWNS = ["Harrow Point, ME 04999", "Silt Bend, IA 52999", "Calder Springs, NV 89999", "Oriole Flats, OK 74999",
         "Merriwick, VT 05999"]
TOWNS_ES = ["Villa Serena, TX 78999", "Playa Colibrí, FL 33999", "Mesa Dorada, NM 88999"]
# (name as printed, practice, specialty)
OPTED = [("Anneliese M. Korhonen, MD", "Korhonen Private Psychiatry", "psychiatry"),
         ("Tomasz J. Wierzbicki, PhD", "Lakeview Psychology Studio", "clinical psychology"),
         ("Ravindra K. Subramaniam, MD", "Subramaniam Concierge Internal Medicine", "internal medicine"),
         ("Yusra H. Al-Haddad, LMFT", "Stillwater Family Therapy", "marriage and family therapy"),
         ("Benedikt O. Ostrowski, MD", "Ostrowski Emergency Physicians", "emergency medicine"),
         ("Folasade O. Adeyemi-Clarke, MD", "Adeyemi-Clarke Direct Care", "family medicine")]
REFER = ["Dr. Matilde Quispe-Arana", "Dr. Hiroshi T. Nakagawa", "Dr. Imani Okafor-Reyes", "Dr. Lachlan P. Dunmore",
         "Dr. Zofia Brandt-Maalouf"]


def digits(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def npi(r: random.Random) -> str:
    return r.choice("12") + "".join(r.choice("0123456789") for _ in range(9))


def phone(r: random.Random) -> str:
    return f"1-{r.choice(['800', '833', '844', '855', '866', '877', '888'])}-{digits(r, 3)}-{digits(r, 4)}"


def mbi(r: random.Random) -> str:
    L = "ACDEFGHJKMNPQRTUVWXY"
    a = lambda: r.choice(L + "0123456789")  # noqa: E731
    return (str(r.randint(1, 9)) + r.choice(L) + a() + str(r.randint(0, 9)) + r.choice(L) + a() + str(r.randint(0, 9))
            + r.choice(L) + r.choice(L) + str(r.randint(0, 9)) + str(r.randint(0, 9)))


def days(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


class Page(Doc):
    def __init__(self, footer: str | None = "Page {p} of {n}"):
        super().__init__("DejaVu", footer=footer)
        self.add_font("DejaVu", "B", BOLD)


def facts(seed: int, ins: str, ds: str, ms: str, opted: int, lang: str = "en") -> dict:
    r = random.Random(seed)
    es = lang == "es"
    fl, ll = (FIRST_ES, LAST_ES) if es else (FIRST, LAST)
    first, mid, last = fl[seed * 7 % len(fl)], r.choice("ABCDEFGHJKLMNPRSTVW"), ll[seed * 5 % len(ll)]
    notice = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 160))
    dos = days(notice, -r.randint(24, 50))
    prov, practice, spec = OPTED[opted]
    member = mbi(r) if ins in (MC, MAC) else f"A{digits(r, 8)}"
    return dict(r=r, ins=ins, ds=ds, ms=ms, lang=lang, name=f"{first} {mid}. {last}", first=first, last=last,
                addr=(f"{r.randint(11, 9800)} {r.choice(STREETS)}", r.choice(TOWNS_ES if es else TOWNS)),
                notice=notice, dos=dos, mid=member, mbi=mbi(r), prov=prov, practice=practice, spec=spec,
                pnpi=npi(r), refer=r.choice(REFER), rnpi=npi(r), ph=phone(r),
                dob=dt.date(r.randint(1938, 1959), r.randint(1, 12), r.randint(1, 28)),
                optout=dt.date(r.randint(2019, 2024), r.choice([1, 4, 7, 10]), 1),
                contract=days(dos, -r.randint(60, 400)), claim=digits(r, 14))


def D(f: dict, d: dt.date) -> str:
    return d.strftime("%m/%d/%y") if f["ds"] == "pshort" else fmt_date(d, f["ds"])


def M(f: dict, v: float) -> str:
    return fmt_money(v, f["ms"])


def pairs(d: Doc, rows: list, lw: float = 52, size: float = 9.5, x: float | None = None, h: float = 5.2) -> None:
    for k, v in rows:
        if v is None:
            continue
        d.set_x(d.l_margin if x is None else x)
        d.font(size, "B")
        d.cell(lw, h, k)
        d.font(size)
        d.multi_cell(0, h, v, new_x="LMARGIN", new_y="NEXT")


def mac_head(d: Doc, f: dict) -> None:
    y = d.get_y()
    d.set_fill_color(40, 40, 40)
    d.rect(d.l_margin, y, d.w - d.l_margin - d.r_margin, 8, style="F")
    d.set_text_color(255, 255, 255)
    d.set_xy(d.l_margin + 2, y + 1.5)
    d.font(10, "B")
    d.cell(0, 5, "MEDICARE   |   Jurisdiction 14 Part B   |   A CMS Medicare Administrative Contractor")
    d.set_text_color(0, 0, 0)
    d.set_y(y + 10)
    d.text_line(MAC, 14, "B")
    d.text_line(f"Part B Correspondence, PO Box 40517, Harrow Point, ME 04999   Beneficiary line {f['ph']}", 8.5)
    d.ln(5)


def ash_head(d: Doc, f: dict) -> None:
    d.text_line("ASHGROVE", 22, "B", "R")
    d.text_line(f"{ASH}  -  {ASH_PLAN}", 9, "", "R")
    d.text_line(f"PO Box 7720, Silt Bend, IA 52999   Member Services {f['ph']} (TTY 711)", 8, "", "R")
    d.rule(0.7, 4)


def addressee(d: Doc, f: dict, upper: bool = False) -> None:
    for ln in (f["name"], *f["addr"]):
        d.text_line(ln.upper() if upper else ln, 10)
    d.ln(5)


# ---------------------------------------------------------------------------------------------------------- MSN
def msn(f: dict, lines: list, decoy: tuple, note: str) -> tuple[bytes, dict]:
    """lines: (date, description, code, charged); decoy: (provider, lines) of a paid claim."""
    es = f["lang"] == "es"
    d = Page(footer="Página {p} de {n}" if es else "Page {p} of {n}")
    d.add_page()
    d.text_line("Resumen de Medicare para la Parte B (Seguro Médico)" if es else
                "Medicare Summary Notice for Part B (Medical Insurance)", 14, "B")
    d.text_line("El resumen oficial de sus reclamaciones de Medicare de los Centros de Servicios de Medicare y "
                "Medicaid" if es else
                "The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", 8)
    d.ln(4)
    y0 = d.get_y()
    addressee(d, f, upper=True)
    start = days(f["notice"], -92)
    d.set_y(y0)
    pairs(d, [("Aviso para" if es else "Notice for", f["name"]),
              ("Número de Medicare" if es else "Medicare Number", f["mid"]),
              ("Fecha de este aviso" if es else "Date of This Notice", D(f, f["notice"])),
              ("Procesadas entre" if es else "Claims Processed Between",
               f"{D(f, start)} - {D(f, days(f['notice'], -2))}")], lw=42, size=8, x=100, h=4.8)
    d.ln(8)
    dl = days(f["notice"], 120)
    d.text_line("Sus reclamaciones y costos de este período" if es else "Your Claims & Costs This Period", 12, "B")
    d.para(("¿Aprobó Medicare todos los servicios?  NO.  " if es else "Did Medicare Approve All Services?  NO.  ") +
           (f"Proveedores con reclamaciones: {f['prov']}; {decoy[0]}." if es else
            f"Providers with Claims This Period: {f['prov']}; {decoy[0]}."), 9)
    d.para((f"Si no está de acuerdo con alguna decisión, puede apelar. Las apelaciones deben presentarse antes del "
            f"{D(f, dl)}." if es else
            f"If you disagree with a claims decision on this notice, you can file an appeal. Appeals must be filed by "
            f"{D(f, dl)}."), 9)
    d.text_line("Sus reclamaciones de la Parte B" if es else "Your Claims for Part B (Medical Insurance)", 12, "B")
    d.ln(1)
    hd = (["Fecha", "Servicio y código", "¿Aprob.?", "Cargo", "Aprobado", "Pagado", "Máx. cobrable", "Nota"] if es
          else ["Date", "Service Provided & Billing Code", "Appr.?", "Charged", "Approved", "Paid", "May Be Billed",
                "Note"])
    wid = [14, 74, 11, 18, 17, 16, 20, 10]
    # the paid decoy claim first
    dprov, dref, dlines, dclaim = decoy
    d.para(f"{dprov}\n{'Referido por' if es else 'Referred By'}: {dref}\n"
           f"{'Número de reclamación' if es else 'Claim Number'}: {dclaim}", 8.5, 1)
    rows = [[dd.strftime("%m/%d/%y"), s, "Sí" if es else "Yes", M(f, b), M(f, b * 0.42), M(f, b * 0.42 * 0.8),
             M(f, b * 0.42 * 0.2), ""] for dd, s, b in dlines]
    d.table(hd, rows, wid, size=7.5, aligns="LLLRRRRL")
    d.para(f"{f['prov']}\n{f['practice']}\n{'Referido por' if es else 'Referred By'}: {f['refer']}\n"
           f"{'Número de reclamación' if es else 'Claim Number'}: {f['claim']}", 8.5, 1)
    rows = [[dd.strftime("%m/%d/%y"), f"{s} ({c})", "No", M(f, b), M(f, 0), M(f, 0), "-" if es else "See note", "A"]
            for dd, s, c, b in lines]
    tot = round(sum(x[3] for x in lines), 2)
    rows.append(["*Total de la reclamación" if es else "*Total for Claim", "", "", M(f, tot), M(f, 0), M(f, 0), "",
                 ""])
    d.table(hd, rows, wid, size=7.5, aligns="LLLRRRRL")
    d.text_line("Notas sobre las reclamaciones" if es else "Notes for Claims Above", 10, "B")
    d.para(note, 8.8)
    d.text_line("Cómo apelar" if es else "How to Handle Denied Claims or Appeal", 11, "B")
    d.para((f"Las apelaciones deben presentarse antes del {D(f, dl)}. Encierre en un círculo los servicios con los "
            "que no está de acuerdo, explique por qué por escrito, incluya su número de Medicare y envíelo al "
            "contratista de Medicare. Ayuda: 1-800-MEDICARE (1-800-633-4227), TTY 1-877-486-2048." if es else
            f"Appeals must be filed by {D(f, dl)}. Circle the services you disagree with, explain in writing why you "
            "disagree, include your Medicare Number and mail it to the Medicare contractor. Get help: 1-800-MEDICARE "
            "(1-800-633-4227), TTY 1-877-486-2048."), 8.8)
    t = truth("eob", "out_of_network", f["lang"], insurer=MC, member_id=f["mid"], member_name=f["name"],
              case_numbers=[f["claim"]], claim_amount=m2(tot), service_dates=[iso(x[0]) for x in lines],
              denial_date=iso(f["notice"]), provider=f["prov"], appeal_deadline=iso(dl),
              type_alternates=["denial_letter"], denial_alternates=["not_covered", "other"],
              alternates={"insurer": ["Centers for Medicare & Medicaid Services"], "provider": [f["practice"]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------------------------------------- MAC letters
def mac_letter(f: dict, title: str, rows: list, lines: list, paras: list, how: str | None, denial: str | None,
               case_extra: str | None = None, hdays: int = 120, lead: str | None = None) -> tuple[bytes, dict]:
    d = Page()
    d.add_page()
    mac_head(d, f)
    d.text_line(D(f, f["notice"]), 10)
    d.ln(3)
    addressee(d, f)
    d.text_line(title, 12.5, "B")
    d.ln(2)
    pairs(d, rows)
    d.ln(2)
    tot = round(sum(x[3] for x in lines), 2)
    d.table(["Date of service", "Procedure", "Description", "Amount billed"],
            [[D(f, a), c, s, M(f, b)] for a, c, s, b in lines] + [["*Total billed", "", "", M(f, tot)]],
            [32, 24, 90, 28], 9, "LLLR")
    d.para(f"Dear {lead or f['name']}:")
    for head, text in paras:
        if head:
            d.text_line(head, 10.5, "B")
            d.ln(0.5)
        d.para(text, 9.8)
    dl = None
    if how:
        d.text_line("Your right to appeal", 10.5, "B")
        d.ln(0.5)
        dl = days(f["notice"], hdays)
        d.para(how.format(date=D(f, dl), n=hdays) + f" Questions: call 1-800-MEDICARE or our beneficiary line, "
               f"{f['ph']}.", 9.8)
    else:
        d.para(f"If you have questions, call us at {f['ph']} or 1-800-MEDICARE (1-800-633-4227).", 9.8)
    d.ln(2)
    d.para(f"Sincerely,\n\nBeneficiary Correspondence Unit\n{MAC}\nA Medicare Administrative Contractor", 9.8)
    cases = [case_extra, f["claim"]] if case_extra else [f["claim"]]
    t = truth("denial_letter" if denial else "other", denial, f["lang"], insurer=MAC, member_id=f["mid"],
              member_name=f["name"], case_numbers=cases, claim_amount=m2(tot),
              service_dates=[iso(x[0]) for x in lines], denial_date=iso(f["notice"]), provider=f["prov"],
              appeal_deadline=iso(dl) if dl else None,
              denial_alternates=["not_covered", "other"] if denial else [],
              type_alternates=[] if denial else ["eob"],
              alternates={"insurer": ["Medicare"], "provider": [f["practice"]],
                          **({"case_numbers": [[case_extra], [f["claim"]]]} if case_extra else {})})
    return pdf_bytes(d), t


# ----------------------------------------------------------------------------------------------------- MA plan
def ma_notice(f: dict) -> tuple[bytes, dict]:
    """CMS-10003-style Notice of Denial of Medical Coverage (or Payment), payment denial."""
    d = Page(footer=None)
    d.add_page()
    ash_head(d, f)
    d.text_line("Notice of Denial of Medical Coverage (or Payment)", 14, "B", "C")
    d.ln(3)
    lines = f["lines"]
    tot = round(sum(x[3] for x in lines), 2)
    pairs(d, [("Date:", D(f, f["notice"])), ("Member number:", f["mid"]), ("Name:", f["name"]),
              ("Date of birth:", D(f, f["dob"])), ("Claim number:", f["claim"]),
              ("Claim received:", D(f, days(f["dos"], 9)))], lw=40)
    d.ln(2)
    d.para(f"{ASH_PLAN} has denied payment for the services listed below that you received from "
           f"{f['prov']} ({f['practice']}, NPI {f['pnpi']}), referred by your primary care provider "
           f"{f['refer']} (NPI {f['rnpi']}).")
    d.table(["Service date", "Code", "Service", "Billed"],
            [[D(f, a), c, s, M(f, b)] for a, c, s, b in lines] + [["*Total", "", "", M(f, tot)]],
            [30, 20, 96, 28], 9, "LLLR")
    d.text_line("Why did we deny your request?", 11, "B")
    d.ln(0.5)
    d.para(f"We denied payment because {f['prov']} has opted out of Medicare (opt-out effective "
           f"{D(f, f['optout'])}). Under Medicare rules, a Medicare Advantage plan cannot pay a physician or "
           "practitioner who has opted out of Medicare, except for emergency or urgently needed services. The visit "
           "listed above was a scheduled office visit, not an emergency or urgently needed service. You may have "
           "signed a private contract with this provider; if so, your contract tells you what you owe. Our network "
           f"has {f['spec']} providers who accept {ASH_PLAN}; call Member Services for a list.")
    d.text_line("You have the right to appeal our decision", 11, "B")
    d.ln(0.5)
    dl = days(f["notice"], 65)
    d.para("You have the right to ask Ashgrove Health Plan to review our decision by asking us for an appeal. You "
           "must ask for an appeal within 65 days of the date of this notice. We can give you more time if you "
           "have a good reason for missing the deadline. If you want someone else to act for you, you and that "
           "person must sign a CMS-1696 Appointment of Representative form.")
    d.text_line("There are 2 kinds of appeals", 10.5, "B")
    d.para("Standard appeal - we will give you a written decision on a payment appeal within 60 days after we get "
           "your appeal. Fast appeals apply only to services you have not received yet, not to payment requests.",
           9.5)
    d.para(f"Send your written appeal to: {ASH}, Appeals and Grievances, PO Box 7721, Silt Bend, IA 52999, or fax "
           f"{phone(f['r'])}. Call Member Services at {f['ph']} (TTY 711), 8 a.m. to 8 p.m., seven days a week.",
           9.5)
    d.ln(2)
    d.text_line("Form CMS-10003-NDMCP   OMB Approval 0938-0829", 7)
    t = truth("denial_letter", "out_of_network", insurer=ASH, member_id=f["mid"], member_name=f["name"],
              case_numbers=[f["claim"]], claim_amount=m2(tot), service_dates=[iso(x[0]) for x in lines],
              denial_date=iso(f["notice"]), provider=f["prov"], appeal_deadline=iso(dl),
              denial_alternates=["not_covered", "other"],
              alternates={"provider": [f["practice"]], "insurer": [ASH_PLAN]})
    return pdf_bytes(d), t


def ma_eob(f: dict, fax: str) -> tuple[bytes, dict]:
    d = Page()
    d.add_page()
    d.text_line(fax, 7.5)
    d.ln(2)
    ash_head(d, f)
    d.text_line("Your Explanation of Benefits (EOB) for Medicare Advantage Medical Claims", 12.5, "B")
    d.text_line("THIS IS NOT A BILL", 8.5, "B")
    d.ln(3)
    y0 = d.get_y()
    addressee(d, f)
    d.set_y(y0)
    pairs(d, [("Statement date", D(f, f["notice"])), ("Member", f["name"]), ("Member ID", f["mid"]),
              ("Plan", ASH_PLAN)], lw=30, size=8.5, x=112, h=4.8)
    d.ln(8)
    r = f["r"]
    # paid decoy claim
    pcp_claim = f"{digits(r, 3)}-{digits(r, 7)}"
    dd = days(f["dos"], -r.randint(5, 20))
    d.text_line(f"Claim {pcp_claim}   {f['refer']}, Ashgrove network primary care   Received "
                f"{D(f, days(dd, 6))}", 8.5, "B")
    d.table(["Date", "Service", "Billed", "Plan paid", "You owe", "Note"],
            [[D(f, dd), "Office visit, established (99214)", M(f, 186.00), M(f, 111.40), M(f, 20.00), ""]],
            [26, 78, 22, 22, 20, 12], 8, "LLRRRL")
    d.text_line(f"Claim {f['claim']}   {f['prov']} ({f['practice']})   Provider status: OPTED OUT OF MEDICARE", 8.5,
                "B")
    lines = f["lines"]
    tot = round(sum(x[3] for x in lines), 2)
    d.table(["Date", "Service", "Billed", "Plan paid", "You owe", "Note"],
            [[D(f, a), f"{s} ({c})", M(f, b), M(f, 0), M(f, b), "OP1"] for a, c, s, b in lines] +
            [["*Claim total", "", M(f, tot), M(f, 0), M(f, tot), ""]], [26, 78, 22, 22, 20, 12], 8, "LLRRRL")
    d.text_line("Notes", 10, "B")
    d.para(f"OP1  Denied. {f['prov']} opted out of Medicare on {D(f, f['optout'])}. Medicare Advantage plans may not "
           "pay opted-out providers except for emergency or urgently needed care. Because you received these "
           "sessions under a private contract you signed with this provider on "
           f"{D(f, f['contract'])}, you pay the provider directly as your contract states. Referral on file from "
           f"{f['refer']} does not change this.", 8.8)
    dl = days(f["notice"], 65)
    d.para("Appeal rights: If you disagree with a decision on this EOB, you may ask for an appeal (a "
           "reconsideration). You must ask within 65 days of the date of this statement. Call Member Services at "
           f"{f['ph']} (TTY 711) or write to Appeals and Grievances, PO Box 7721, Silt Bend, IA 52999.", 8.8)
    t = truth("eob", "out_of_network", insurer=ASH, member_id=f["mid"], member_name=f["name"],
              case_numbers=[f["claim"]], claim_amount=m2(tot), service_dates=[iso(x[0]) for x in lines],
              denial_date=iso(f["notice"]), provider=f["prov"], appeal_deadline=iso(dl),
              denial_alternates=["not_covered", "other"],
              alternates={"provider": [f["practice"]], "insurer": [ASH_PLAN]})
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    items = []
    S = 224500

    # 1 born digital MSN: private contract signed with an opted-out psychiatrist, a lab's paid claim as decoy
    f = facts(S + 1, MC, "slash", "plain", 0)
    r = f["r"]
    lines = [(f["dos"], "Psychiatric evaluation w/ medical svcs", "90792", 465.00),
             (days(f["dos"], 14), "Office visit, established patient", "99214", 310.00),
             (days(f["dos"], 14), "Psychotherapy add-on, 30 min", "90833", 145.00)]
    decoy = ("Quarry Lane Clinical Laboratory", f["refer"],
             [(days(f["dos"], -6), "Comprehensive metabolic panel (80053)", 84.00),
              (days(f["dos"], -6), "Lithium level (80178)", 52.00)], digits(r, 14))
    note = ("A  This provider has opted out of Medicare. Medicare records show you signed a private contract with "
            f"this provider on {D(f, f['contract'])} agreeing to pay for these services yourself. Medicare won't pay "
            "for services you get under a private contract, and a Medigap (Medicare Supplement) policy won't pay "
            "either. The amount you owe is set by your contract. (Group code PR, reason code B7)")
    items.append(Item(f"{FAMILY}_bd_msn_private_contract_psychiatrist", "born_digital", [msn(f, lines, decoy, note)]))

    # 2 born digital MA payment denial: plan cannot pay an opted-out internist
    f = facts(S + 2, ASH, "long", "plain", 2)
    f["lines"] = [(f["dos"], "99215", "Office visit, established patient, high complexity", 395.00),
                  (f["dos"], "93000", "Electrocardiogram with interpretation", 88.50)]
    items.append(Item(f"{FAMILY}_bd_ma_notice_cannot_pay_opted_out_provider", "born_digital", [ma_notice(f)]))

    # 3 scan 300: MAC letter, emergency service from an opted-out physician paid (no denial)
    f = facts(S + 3, MAC, "abbr", "plain", 4)
    lines = [(f["dos"], "99285", "Emergency department visit, high severity", 1240.00),
             (f["dos"], "12002", "Simple repair of wound, 2.6 to 7.5 cm", 386.00)]
    rows = [("Beneficiary:", f["name"]), ("Medicare Number:", f["mid"]), ("Claim number:", f["claim"]),
            ("Physician:", f"{f['prov']}, {f['practice']}"), ("Opt-out effective:", D(f, f["optout"])),
            ("Place of service:", "Emergency department, Bellhaven Memorial Hospital"),
            ("Claim received:", D(f, days(f["dos"], 11)))]
    paras = [("What we decided",
              f"{f['prov']} has opted out of Medicare. Medicare usually does not pay for care from a physician who "
              "has opted out. However, Medicare can pay for emergency or urgently needed care from an opted-out "
              "physician when you had not signed a private contract with that physician before you got the care. "
              "Our records show no private contract, and the care was for an emergency, so Medicare processed this "
              "claim."),
             ("Payment",
              f"Medicare approved {M(f, 612.37)} and sent payment of {M(f, 489.90)} to you, because an opted-out "
              "physician cannot accept assignment. The physician may not charge you more than the Medicare limiting "
              f"charge of {M(f, 704.23)} for these services. Your Medicare Summary Notice will show this claim.")]
    items.append(Item(f"{FAMILY}_scan300_mac_emergency_opted_out_paid", "scan_clean_300",
                      [mac_letter(f, "Claim decision: emergency care from a physician who opted out of Medicare",
                                  rows, lines, paras, None, None)]))

    # 4 150 dpi: MAC letter, no private contract on file; provider must refund
    f = facts(S + 4, MAC, "iso", "nosign", 5)
    lines = [(f["dos"], "99397", "Periodic preventive visit, 65 and older", 420.00),
             (days(f["dos"], 21), "99213", "Office visit, established patient", 175.00)]
    rows = [("Beneficiary:", f["name"]), ("Medicare Number:", f["mid"]), ("Date of birth:", D(f, f["dob"])),
            ("Claim number:", f["claim"]), ("Billed by:", f"{f['prov']} ({f['practice']}), NPI {f['pnpi']}"),
            ("Referring provider:", f"{f['refer']}, NPI {f['rnpi']}"), ("Opt-out period began:", D(f, f["optout"]))]
    paras = [("Why Medicare cannot pay",
              f"{f['prov']} opted out of Medicare. Medicare does not pay for services from a practitioner who has "
              "opted out, except emergency or urgent care. We have no record of a private contract signed by you and "
              "this practitioner, and the services were not emergency or urgent care."),
             ("You are not responsible for these charges",
              "An opted-out practitioner must have a written private contract, signed by you before the service, to "
              "charge you for services Medicare would otherwise cover. Because no valid private contract is on file, "
              "the practitioner must refund any money you paid for these services within 30 days, and may not bill "
              "you. We have sent the practitioner a copy of this letter.")]
    how = ("If you disagree with this decision, you may ask for a redetermination. Your request must be made in "
           "writing within {n} days of the date of this letter.")
    items.append(Item(f"{FAMILY}_lowres_mac_no_private_contract_refund", "scan_lowres_150",
                      [mac_letter(f, "Medicare cannot pay this claim: no private contract on file", rows, lines,
                                  paras, how, "out_of_network")]))

    # 5 photocopy: upheld redetermination (private contract signed)
    f = facts(S + 5, MAC, "dmy", "plain", 1)
    appeal = f"R{f['notice'].year % 100}{digits(f['r'], 9)}"
    lines = [(f["dos"], "96130", "Psychological testing evaluation, first hour", 290.00),
             (f["dos"], "96131", "Psychological testing evaluation, each additional hour", 240.00),
             (days(f["dos"], 7), "90837", "Psychotherapy, 60 minutes", 225.00)]
    rows = [("Appeal number:", appeal), ("Claim number:", f["claim"]), ("Beneficiary:", f["name"]),
            ("Medicare Number:", f["mid"]), ("Provider:", f"{f['prov']}, {f['practice']}"),
            ("Request received:", D(f, days(f["notice"], -38)))]
    paras = [("Summary of the facts",
              f"On {D(f, days(f['notice'], -38))} we received your request for a redetermination of the claim above. "
              f"You said that your doctor, {f['refer']}, referred you to {f['prov']} and that Medicare should pay."),
             ("Decision: UNFAVORABLE",
              f"{f['prov']} filed a valid opt-out affidavit effective {D(f, f['optout'])}, and you signed a private "
              f"contract with this psychologist on {D(f, f['contract'])}, before the services. Under the private "
              "contract you agreed that Medicare would not pay and that you would pay the practitioner yourself. A "
              "referral from a Medicare physician does not change this. Medicare will not pay for these services.")]
    how = ("If you disagree with this decision, you may request a reconsideration by a Qualified Independent "
           "Contractor (QIC). You must file your request within {n} days of the date of this notice. Use form "
           "CMS-20033 or write to the QIC at the address on the enclosed form.")
    items.append(Item(f"{FAMILY}_copy_mac_redetermination_upheld_private_contract", "photocopy",
                      [mac_letter(f, "Medicare Redetermination Notice", rows, lines, paras, how, "out_of_network",
                                  case_extra=appeal, hdays=180)]))

    # 6 fax fine: MA EOB, opted-out marriage and family therapist's sessions denied
    f = facts(S + 6, ASH, "pshort", "bare", 3)
    f["lines"] = [(days(f["dos"], 7 * i), "90837", "Psychotherapy, 60 minutes", 180.00) for i in range(3)]
    fax = (f"{fmt_date(days(f['notice'], 5), 'slash')} 14:07  FROM: ASHGROVE MEMBER SVCS  TO: {f['last'].upper()}"
           f"  P. 1/1")
    items.append(Item(f"{FAMILY}_faxfine_ma_eob_opted_out_therapist", "fax_fine_g4", [ma_eob(f, fax)]))

    # 7 phone photo: Spanish MSN, private contract with an opted-out family physician
    f = facts(S + 7, MC, "es", "plain", 5, lang="es")
    r = f["r"]
    lines = [(f["dos"], "Consulta de paciente establecido", "99214", 260.00),
             (days(f["dos"], 28), "Consulta de paciente establecido", "99213", 180.00)]
    decoy = ("Centro Radiológico Las Palmas", f["refer"], [(days(f["dos"], 3), "Radiografía de tórax (71046)",
                                                            145.00)], digits(r, 14))
    note = ("A  Este proveedor optó por no participar en Medicare. Según nuestros registros, usted firmó un contrato "
            f"privado con este proveedor el {D(f, f['contract'])}. Medicare no paga los servicios que recibe bajo un "
            "contrato privado y una póliza Medigap tampoco los paga. Lo que usted debe pagar lo fija su contrato.")
    items.append(Item(f"{FAMILY}_phone_msn_es_contrato_privado", "phone_photo", [msn(f, lines, decoy, note)]))
    return items
