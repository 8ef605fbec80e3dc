"""Family 'pharmacy_refill_too_soon_override_reject': notices after a pharmacy claim was rejected as a refill too
soon (NCPDP reject 79: less than 75-80% of the last fill's days' supply used), and the override decisions that
follow. Written at first sight (round BF, helper fambfc); every person, plan, pharmacy and number is invented.

Documents: a PBM letter denying a vacation-supply override (Corriemuir Pharmacy Benefits, Inc. for an employer
plan); a Part D plan's coverage-determination denial modelled on the public CMS-10146 "Notice of Denial of
Medicare Prescription Drug Coverage" (dose increased but no new prescription); a pharmacy's counter notice of the
reject (a pharmacy notice, not a plan decision); a second PBM (Scrabster Rx Management, LLC) denying a lost/stolen
replacement (printed deadline) and a refill after a 90-day mail-order fill (plain words, deadline "after you
receive"); the Spanish Part D notice ("Aviso de denegación de cobertura de medicamentos recetados de Medicare") on a
vacation supply; an override approval faxed to the pharmacy.
Decoys: last fill date, earliest refill date, percent used, date of birth, Rx number, NDC, NPI, NCPDP ID,
RxBIN/RxPCN, request-received date, cash price, the 72-hour expedited and external-review time limits.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth

FAMILY = "pharmacy_refill_too_soon_override_reject"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]

CORRIE, SCRAB, HARTS = "Corriemuir Pharmacy Benefits, Inc.", "Scrabster Rx Management, LLC", "Hartsholme Health Company"
SPONSOR = {CORRIE: "Pellwick Tool Works Health Plan", SCRAB: "Ardlethan County Employees' Health Plan",
           HARTS: "Hartsholme Medicare Rx Select (PDP)"}


# ---------------------------------------------------------------- shared helpers (also used by the DAW family)
class Letter(Doc):
    def __init__(self, footer: str | None = None, header: str | None = None, margins=(18, 14, 18)):
        super().__init__("DejaVu", footer=footer, header=header, margins=margins)
        self.add_font("DejaVu", "B", BOLD)

    def kv(self, rows, lw: float = 52, size: float = 9.2, h: float = 4.9):
        for a, b in rows:
            self.font(size, "B")
            self.cell(lw, h, a)
            self.font(size)
            self.multi_cell(0, h, b, new_x="LMARGIN", new_y="NEXT")

    def kv2(self, rows, size: float = 8.8, h: float = 5.2):
        """Two label/value pairs a line, each in a ruled cell."""
        w = (self.w - self.l_margin - self.r_margin) / 2
        for i in range(0, len(rows), 2):
            for a, b in rows[i:i + 2]:
                x, y = self.get_x(), self.get_y()
                self.rect(x, y, w, h)
                self.font(size - 1.6, "B")
                self.cell(w * 0.42, h, " " + a)
                self.font(size)
                self.cell(w * 0.58, h, b)
            self.ln(h)
        self.ln(2)


def fd(d: dt.date, style: str) -> str:
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%-d %b %Y"), "abbr": d.strftime("%b %-d, %Y"), "upper": d.strftime("%b %d, %Y").upper(),
            "short": d.strftime("%m/%d/%y"), "es": f"{d.day} de {MESES[d.month - 1]} de {d.year}"}[style]


def usd(v: float, style: str = "plain") -> str:
    return {"plain": f"${v:,.2f}", "nosign": f"{v:,.2f}", "bare": f"{v:.2f}", "usd": f"USD {v:,.2f}",
            "space": f"$ {v:,.2f}", "es": f"US$ {v:,.2f}"}[style]


def m2(v: float) -> str:
    return f"{v:.2f}"


def mixed(r: random.Random, pattern: str) -> str:
    """A = letter, 9 = digit, anything else kept."""
    return "".join(r.choice("ACDEFHJKLMNPRTUVWXY") if c == "A" else str(r.randint(0, 9)) if c == "9" else c
                   for c in pattern)


def money(r: random.Random, lo: int, hi: int) -> float:
    return round(r.randint(lo, hi) + r.choice([0, 0.5, r.randint(1, 99) / 100, r.randint(1, 99) / 100]), 2)


def plus(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def npi(r: random.Random) -> str:
    return r.choice("12") + mixed(r, "999999999")


def phone(r: random.Random) -> str:
    return f"1-8{r.choice(['00', '55', '66', '77', '88'])}-555-0{r.randint(100, 199)}"


# ---------------------------------------------------------------- this family
MEMBERS = ["Aigerim T. Sadykova", "Nils R. Bergstrom", "Mirela D. Vuković", "Jaspreet K. Takhar",
           "Anahit L. Mirzoyan", "Chidubem O. Oyenuga"]
MEMBER_ES = "Rosaura E. Saavedra"
PRESCRIBERS = ["Leonie Paquin, MD", "Farhan Aldbourne, DO", "Ilse Tarrenmoor, MD", "Osei Drumcarrow, NP",
               "Beatriz Invergloy, MD"]
PHARMS = ["Dunmerrow Pharmacy #208", "Ulvescroft Apothecary", "Skelwith Bridge Drug", "Ettrickdale Pharmacy",
          "Farmacia Invergloy de Caguas"]
ADDR = [("412 Quarry Hill Road", "Lubbock, TX 79401"), ("88 Fenner Court", "Erie, PA 16501"),
        ("2307 Old Tannery Lane", "Yuma, AZ 85364"), ("15 Ridgeback Drive", "Bangor, ME 04401"),
        ("940 Calle Ramírez", "Caguas, PR 00725")]
DRUGS = {"vacation": ("Dextolin ER 500 mg tablets", "60 tablets / 30 days", 30),
         "dose_partd": ("Velapride 40 mg tablets", "30 tablets / 30 days", 30),
         "counter": ("Sortanex 10 mg tablets", "30 tablets / 30 days", 30),
         "lost": ("Calvorin 25 mcg/hr patch", "10 patches / 30 days", 30),
         "es_vacation": ("Metrazolin 850 mg tabletas", "60 tabletas / 30 días", 30),
         "approved": ("Trilexamine 100 mg capsules", "60 capsules / 30 days", 30),
         "mail": ("Quenzaprin 20 mg tablets", "30 tablets / 30 days", 30)}


def facts(r: random.Random, kind: str, ins: str, ds: str, ms: str, lang: str = "en") -> dict:
    date = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 200))
    fill = plus(date, -r.randint(3, 9))
    supply = DRUGS[kind][2]
    used_days = r.randint(14, 20)
    last = plus(fill, -used_days)
    early = plus(last, int(supply * 0.8) + 1)
    bin_ = mixed(r, "999999")
    return dict(kind=kind, ins=ins, ds=ds, ms=ms, lang=lang, date=date, fill=fill, last=last, early=early,
                pct=round(100 * used_days / supply), member=MEMBER_ES if lang == "es" else r.choice(MEMBERS),
                addr=ADDR[4] if lang == "es" else r.choice(ADDR[:4]),
                mid={CORRIE: mixed(r, "CPB999999999"), SCRAB: mixed(r, "AC-9999999-01"),
                     HARTS: mixed(r, "H99999999")}[ins],
                grp={CORRIE: mixed(r, "PTW9999"), SCRAB: mixed(r, "ARDL99"), HARTS: mixed(r, "HRT9999")}[ins],
                bin=bin_, pcn={CORRIE: "CPBRX", SCRAB: "SRXM" + mixed(r, "99"), HARTS: "MEDDPRIME"}[ins],
                pbp=mixed(r, "S9999-999"), ref=mixed(r, "99999999999"), ovr=mixed(r, "OVR-99-999999"),
                case=mixed(r, "CD9999999"), rx=mixed(r, "9999999"), ndc=mixed(r, "99999-9999-99"),
                ncpdp=mixed(r, "9999999"), npi=npi(r), dob=dt.date(r.randint(1938, 1990), r.randint(1, 12),
                                                                        r.randint(1, 28)),
                pharm=PHARMS[4] if lang == "es" else r.choice(PHARMS[:4]), presc=r.choice(PRESCRIBERS),
                amt=money(r, 85, 1450), cash=money(r, 1500, 2400), ph=phone(r), recv=plus(fill, 1),
                used_before=plus(date, -r.randint(120, 200)))


def letterhead(d: Letter, f: dict) -> None:
    ins = f["ins"]
    if ins == CORRIE:
        d.text_line("CORRIEMUIR", 22, "B", h=9.5)
        d.rule(0.9, 1)
        d.text_line(f"{CORRIE} · Clinical Override Unit · PO Box 4471 · Pueblo, CO 81003 · {f['ph']}", 8.2, h=4.4)
    elif ins == SCRAB:
        d.text_line(f"Pharmacy benefits for members of {SPONSOR[SCRAB]}", 8, align="C", h=4)
        d.text_line(SCRAB, 15, "B", align="C", h=7.5)
        d.rule(0.3, 2)
        for ln in ("Member Pharmacy Services", "3100 Harrowgate Parkway, Suite 400", "Fargo, ND 58102"):
            d.text_line(ln, 8.6, h=4.2)
    else:
        d.text_line(HARTS, 14, "B", h=7)
        d.text_line(SPONSOR[HARTS] + " · Part D Coverage Determinations · PO Box 6120 · Macon, GA 31201", 8.4,
                    h=4.4)
        d.rule(0.5, 1)
    d.ln(4)


def address_block(d: Letter, f: dict) -> None:
    d.text_line(fd(f["date"], f["ds"]), 10, h=5)
    d.ln(1)
    for ln in (f["member"], *f["addr"]):
        d.text_line(ln, 10, h=5)
    d.ln(3)


def card_rows(f: dict) -> list:
    return [("RxBIN / RxPCN", f"{f['bin']} / {f['pcn']}"), ("RxGrp", f["grp"])]


def build_vacation(f: dict) -> bytes:
    d = Letter(footer="Corriemuir Pharmacy Benefits, Inc. · CPB-OVR-79 (rev. 01/2026) · Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    address_block(d, f)
    drug, qty, _ = DRUGS["vacation"]
    d.text_line("Notice of Denial: Vacation Supply Override", 12.5, "B", h=7)
    d.kv([("Member", f["member"]), ("Member ID", f["mid"]), ("Date of birth", fd(f["dob"], "slash")),
          ("Plan sponsor", SPONSOR[CORRIE]), *card_rows(f),
          ("Override request #", f["ovr"]), ("Claim reference", f["ref"]),
          ("Drug", f"{drug}, {qty}"), ("Rx number", f["rx"]),
          ("Prescriber", f"{f['presc']} (NPI {f['npi']})"),
          ("Pharmacy", f"{f['pharm']} (NCPDP {f['ncpdp']})"),
          ("Date of fill", fd(f["fill"], f["ds"])), ("Previous fill", fd(f["last"], f["ds"])),
          ("Claim cost", usd(f["amt"], f["ms"])), ("Request received", fd(f["recv"], f["ds"]))])
    d.ln(2)
    d.text_line("What we decided", 10.5, "B", h=5.8)
    d.para(f"We denied the vacation supply override your pharmacy asked for on {fd(f['recv'], f['ds'])}. The "
           f"pharmacy's claim was rejected with NCPDP code 79 (Refill Too Soon): on the date of fill only {f['pct']}% "
           f"of your last 30-day supply had been used, and your plan pays for a refill once 80% has been used. "
           f"Your plan allows one vacation supply override each plan year. Our records show one was already "
           f"approved on {fd(f['used_before'], f['ds'])}, so the plan will not pay for another early fill now. "
           f"The pharmacy can fill this prescription on or after {fd(f['early'], f['ds'])}.", 9.8)
    d.text_line("Your right to appeal", 10.5, "B", h=5.8)
    d.para("If you disagree, you or your prescriber may appeal within 180 days of the date of this letter. Send "
           "your appeal, with anything you want us to consider, to Corriemuir Pharmacy Benefits, Attn: Appeals, "
           f"PO Box 4472, Pueblo, CO 81003, or fax 1-877-555-0148. If waiting could seriously harm your health, ask "
           "for an expedited appeal and we will decide within 72 hours. After our final decision you may ask for an "
           "external review within 4 months.", 9.4)
    d.para(f"Questions? Call Member Services at {f['ph']} (TTY 711). This plan complies with federal civil "
           "rights laws. ATENCIÓN: si habla español, tiene a su disposición servicios gratuitos de asistencia "
           "lingüística.", 8.4)
    return pdf_bytes(d)


def build_partd(f: dict, es: bool) -> bytes:
    d = Letter(footer=("Form CMS-10146 · OMB Approval 0938-0976" + ("  ·  Página {p} de {n}" if es else
                                                                       "  ·  Page {p} of {n}")))
    d.add_page()
    letterhead(d, f)
    drug, qty, _ = DRUGS[f["kind"]]
    if es:
        d.text_line("Aviso de denegación de cobertura de medicamentos recetados de Medicare", 12.5, "B", h=7)
        rows = [("Fecha:", fd(f["date"], f["ds"])), ("Nombre del afiliado:", f["member"]),
                ("Número de afiliado:", f["mid"]), ("Plan (contrato-PBP):", f"{SPONSOR[HARTS]}, {f['pbp']}"),
                ("Número de caso:", f["case"]), ("Medicamento solicitado:", f"{drug}, {qty}"),
                ("Farmacia:", f"{f['pharm']} (NCPDP {f['ncpdp']})"),
                ("Fecha en que intentó surtir:", fd(f["fill"], f["ds"])),
                ("Costo presentado:", usd(f["amt"], f["ms"])), ("Último surtido:", fd(f["last"], f["ds"])),
                ("Médico que recetó:", f"{f['presc']} (NPI {f['npi']})"),
                ("RxBIN / RxPCN / RxGrp:", f"{f['bin']} / {f['pcn']} / {f['grp']}")]
    else:
        d.text_line("Notice of Denial of Medicare Prescription Drug Coverage", 12.5, "B", h=7)
        rows = [("Date:", fd(f["date"], f["ds"])), ("Enrollee's name:", f["member"]),
                ("Member number:", f["mid"]), ("Plan (contract-PBP):", f"{SPONSOR[HARTS]}, {f['pbp']}"),
                ("Coverage determination #:", f["case"]), ("Drug you requested:", f"{drug}, {qty}"),
                ("Requested by:", f"{f['presc']} (NPI {f['npi']})"),
                ("Pharmacy claim:", f"{f['pharm']}, rejected 79, reference {f['ref']}"),
                ("Date of fill:", fd(f["fill"], f["ds"])), ("Submitted cost:", usd(f["amt"], f["ms"])),
                ("Last fill:", fd(f["last"], f["ds"])),
                ("RxBIN / RxPCN / RxGrp:", f"{f['bin']} / {f['pcn']} / {f['grp']}")]
    d.kv(rows, lw=58, size=9)
    d.ln(2)
    if es:
        d.para("Hemos negado la cobertura de medicamentos recetados de Medicare que usted solicitó por el motivo "
               "siguiente:", 9.8, 1.2)
        d.para(f"Usted pidió un suministro adicional para vacaciones antes de tiempo. La farmacia recibió el código "
               f"de rechazo 79 (resurtido demasiado pronto): el {fd(f['fill'], f['ds'])} solo había usado el "
               f"{f['pct']}% de su último suministro de 30 días. Nuestro plan no cubre suministros para vacaciones; "
               f"cubre el próximo resurtido cuando haya usado el 80% del anterior, a partir del "
               f"{fd(f['early'], f['ds'])}.", 9.8)
        d.text_line("Usted tiene derecho a pedir una redeterminación (apelación)", 10.2, "B", h=5.6)
        d.para("Si quiere apelar, debe pedir la redeterminación dentro de 65 días a partir de la fecha de este "
               "aviso. Podemos darle más tiempo si tiene una buena razón. Pida una redeterminación acelerada si "
               "cree que esperar 7 días podría perjudicar gravemente su salud; le responderemos en 72 horas.", 9.2)
        d.para("Si quiere que otra persona actúe en su nombre, puede nombrar a un representante. Llame a "
               f"{SPONSOR[HARTS]} al {f['ph']} (TTY 711).", 9.2)
    else:
        d.para("We have denied the Medicare prescription drug coverage you requested for the following reason(s):",
               9.8, 1.2)
        d.para(f"Your prescriber asked us to cover a refill of {drug} because your dose went up to 2 tablets a "
               f"day. The prescription on file at the pharmacy still says 1 tablet a day (30 tablets for 30 days). "
               f"On {fd(f['fill'], f['ds'])} only {f['pct']}% of that supply should have been used, so the claim "
               "was rejected as a refill too soon (code 79). We cover a refill at the new dose once the pharmacy "
               "has a new prescription with the new directions; we did not receive one.", 9.8)
        d.text_line("You have the right to request a redetermination (appeal)", 10.2, "B", h=5.6)
        d.para("You must request a redetermination within 65 days from the date of this notice. We can give you "
               "more time if you have a good reason for missing the deadline. Ask for an expedited (fast) "
               "redetermination if you or your prescriber believe that waiting for a standard decision (7 days) "
               "could seriously harm your health; we will answer within 72 hours.", 9.2)
        d.para("If you want someone else to act for you, you can name a relative, friend, advocate, attorney, "
               f"doctor, or someone else to act as your representative. Call {SPONSOR[HARTS]} at {f['ph']} "
               "(TTY 711), 8 a.m. to 8 p.m., 7 days a week.", 9.2)
    return pdf_bytes(d)


def build_counter(f: dict) -> bytes:
    d = Letter(margins=(22, 14, 22))
    d.add_page()
    d.text_line(f["pharm"].upper(), 16, "B", align="C", h=8)
    d.text_line("1190 Carraway Street · Duluth, MN 55802 · (218) 555-0176 · NCPDP " + f["ncpdp"], 8.6,
                align="C", h=4.4)
    d.rule(0.8, 3)
    d.text_line("PRESCRIPTION NOT FILLED - INSURANCE CLAIM REJECTED", 11.5, "B", align="C", h=6.5)
    d.ln(2)
    drug, qty, _ = DRUGS["counter"]
    d.kv2([("Patient", f["member"]), ("DOB", fd(f["dob"], "slash")),
           ("Rx #", f["rx"]), ("Prescriber", f["presc"]),
           ("Drug", drug), ("Qty / days", qty),
           ("Date submitted", fd(f["fill"], f["ds"])), ("Transaction #", f["ref"]),
           ("Plan / processor", CORRIE.replace(", Inc.", "")), ("Cardholder ID", f["mid"]),
           ("BIN / PCN", f"{f['bin']} / {f['pcn']}"), ("Group", f["grp"]),
           ("Amount billed to plan", usd(f["amt"], f["ms"])), ("Cash price", usd(f["cash"], f["ms"]))])
    d.text_line("Reject code 79 - REFILL TOO SOON", 11, "B", h=6)
    d.para(f"Last filled {fd(f['last'], f['ds'])} (30 days). Percent of supply used: {f['pct']}%. "
           f"Plan requires 80%. Next fill date allowed by plan: {fd(f['early'], f['ds'])}.", 9.8)
    d.para("Your insurance plan, not the pharmacy, decided not to pay for this fill today. You may: (1) wait until "
           "the next fill date; (2) ask your prescriber to send a new prescription if your dose changed; (3) call "
           "your plan at the number on your card and ask for an early refill override (vacation, lost or damaged "
           "medicine); or (4) pay the cash price today.", 9.4)
    d.para("Pharmacist: ________________________     Given to patient on " + fd(f["fill"], f["ds"]), 9)
    return pdf_bytes(d)


def build_scrab(f: dict) -> bytes:
    lost = f["kind"] == "lost"
    d = Letter(footer="Scrabster Rx Management, LLC · SRX-ADV-2 · page {p}/{n}",
               header=f"{f['member']} · ID {f['mid']}")
    d.add_page()
    letterhead(d, f)
    address_block(d, f)
    drug, qty, _ = DRUGS[f["kind"]]
    d.text_line("Lost or stolen medicine replacement - request denied" if lost else
                "We will not pay for this refill yet", 12.5, "B", h=7)
    d.ln(1)
    rows = [("Member", f["member"]), ("Member ID", f["mid"]), ("Group", f["grp"]),
            ("BIN / PCN", f"{f['bin']} / {f['pcn']}"), ("Reference no.", f["ref"]),
            ("Drug", drug), ("Quantity", qty), ("Pharmacy", f["pharm"]),
            ("Prescribed by", f["presc"]), ("Fill date", fd(f["fill"], f["ds"])),
            ("Pharmacy charge", usd(f["amt"], f["ms"])), ("Rx #", f["rx"])]
    if lost:
        rows.insert(5, ("Override request", f["ovr"]))
    d.kv2(rows)
    if lost:
        d.text_line("Why we denied it", 10.5, "B", h=5.8)
        d.para(f"Your pharmacy asked us to replace {drug} that you reported lost on {fd(plus(f['fill'], -1), f['ds'])}. The "
               f"claim was rejected as a refill too soon (code 79): your last fill on {fd(f['last'], f['ds'])} "
               "was for 30 days. For a controlled medicine, your plan replaces a lost or stolen supply once every "
               "12 months and only with a copy of a police report. We did not receive a police report, so we "
               f"denied the replacement. Your next covered fill can be on or after {fd(f['early'], f['ds'])}.", 9.8)
        deadline = plus(f["date"], 180)
        f["deadline"] = deadline
        d.text_line("How to appeal", 10.5, "B", h=5.8)
        d.para(f"Your written appeal must be received by {fd(deadline, f['ds'])}. Send the police report with it. "
               f"Mail: Scrabster Rx Management, Appeals, 3100 Harrowgate Parkway, Suite 400, Fargo, ND 58102. "
               "Urgent appeals are decided within 72 hours.", 9.4)
    else:
        mail = plus(f["last"], 0)
        d.text_line("Why", 10.5, "B", h=5.8)
        d.para(f"Our mail-order pharmacy sent you a 90-day supply of {drug} on {fd(mail, f['ds'])}. On "
               f"{fd(f['fill'], f['ds'])} {f['pharm']} sent us a claim for another 30 days. You still have "
               "medicine left from the mail order, so the claim was turned down as too soon. We pay for the next "
               "supply once most of the last one has been used.", 9.8)
        d.text_line("If you disagree", 10.5, "B", h=5.8)
        d.para("You can ask us to look at this again. Write to us within 180 days after you receive this letter. "
               "Tell us why you need the medicine now (for example, your mail order was lost or your dose "
               f"changed). Call {f['ph']} if you have questions.", 9.4)
    d.para(f"{SPONSOR[SCRAB]} is a self-funded plan. {SCRAB} processes pharmacy claims for the plan.", 8.4)
    return pdf_bytes(d)


def build_approved(f: dict) -> bytes:
    d = Letter(margins=(16, 12, 16))
    d.add_page()
    d.text_line(f"FROM: Corriemuir Pharmacy Benefits  FAX 1-877-555-0149   {fd(f['date'], 'slash')} 14:22   "
                "P. 1/1", 8, h=4.5)
    d.ln(2)
    letterhead(d, f)
    d.text_line("EARLY REFILL OVERRIDE - APPROVED", 13, "B", h=7)
    d.text_line(f"To: {f['pharm']} (NCPDP {f['ncpdp']})     cc: {f['member']}", 9.6, h=5)
    d.text_line(f"Date: {fd(f['date'], f['ds'])}", 9.6, h=5)
    d.ln(2)
    drug, qty, _ = DRUGS["approved"]
    d.kv([("Member", f["member"]), ("Member ID", f["mid"]), ("RxBIN / RxPCN / RxGrp",
                                                            f"{f['bin']} / {f['pcn']} / {f['grp']}"),
          ("Override number", f["ovr"]), ("Original claim ref.", f["ref"]), ("Drug", f"{drug}, {qty}"),
          ("Rx #", f["rx"]), ("Prescriber", f"{f['presc']} (NPI {f['npi']})"),
          ("Date of service", fd(f["fill"], f["ds"])), ("Submitted amount", usd(f["amt"], f["ms"])),
          ("Last fill", fd(f["last"], f["ds"]))], lw=50)
    d.ln(2)
    d.para("The claim for this fill was rejected with code 79 (refill too soon). The prescriber sent a new "
           "prescription with a higher dose, so the earlier supply will run out sooner. We entered a one-time "
           f"override: resubmit the claim with submission clarification code 03 (vacation supply) or 05 (therapy "
           f"change). The override is good for 7 days from {fd(f['date'], f['ds'])}.", 9.8)
    d.para("This is an approval. Nothing has been denied.", 9.8, 1)
    d.para(f"Pharmacy help desk: {f['ph']}", 8.8)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    k, ins = f["kind"], f["ins"]
    alts: dict = {}
    common = dict(insurer=ins, member_id=f["mid"], group_number=f["grp"], member_name=f["member"],
                  claim_amount=m2(f["amt"]), service_dates=[f["fill"].isoformat()], denial_date=f["date"].isoformat(),
                  provider=f["pharm"])
    if k == "vacation":
        alts = {"insurer": [SPONSOR[CORRIE]]}
        return truth("denial_letter", "other", case_numbers=[f["ovr"], f["ref"]],
                     appeal_deadline=plus(f["date"], 180).isoformat(), alternates=alts,
                     denial_alternates=["not_covered"], **common)
    if k in ("dose_partd", "es_vacation"):
        alts = {"insurer": [SPONSOR[HARTS]], "plan_id": [None], "claim_amount": [None]}
        if k == "dose_partd":
            alts["provider"] = [f["presc"].split(",")[0]]
        cases = [f["case"], f["ref"]] if k == "dose_partd" else [f["case"]]
        return truth("denial_letter", "other", f["lang"], plan_id=f["pbp"], case_numbers=cases,
                     appeal_deadline=plus(f["date"], 65).isoformat(), alternates=alts,
                     denial_alternates=["not_covered"], **common)
    if k == "counter":
        common["denial_date"] = f["fill"].isoformat()
        common["insurer"] = CORRIE.replace(", Inc.", "")
        return truth("other", None, case_numbers=[f["ref"]], unscored=["insurer"],
                     type_alternates=["denial_letter"], denial_alternates=["other", "not_covered"], **common)
    if k == "lost":
        return truth("denial_letter", "other", case_numbers=[f["ovr"], f["ref"]],
                     appeal_deadline=f["deadline"].isoformat(), alternates={"insurer": [SPONSOR[SCRAB]]},
                     denial_alternates=["not_covered"], **common)
    if k == "mail":
        return truth("denial_letter", "other", case_numbers=[f["ref"]],
                     alternates={"insurer": [SPONSOR[SCRAB]], "appeal_deadline": [plus(f["date"], 180).isoformat()]},
                     denial_alternates=["not_covered"], **common)
    # approval
    return truth("other", None, case_numbers=[f["ovr"], f["ref"]], alternates={"provider": [f["presc"].split(",")[0]]},
                 **common)


BUILD = {"vacation": build_vacation, "dose_partd": lambda f: build_partd(f, False),
         "es_vacation": lambda f: build_partd(f, True), "counter": build_counter, "lost": build_scrab,
         "mail": build_scrab, "approved": build_approved}

# (stem suffix, condition, kind, issuer, date style, money style, lang)
PLAN = [
    ("bd_vacation_override_denied", "born_digital", "vacation", CORRIE, "long", "plain", "en"),
    ("bd_partd_dose_increase_no_new_rx", "born_digital", "dose_partd", HARTS, "slash", "plain", "en"),
    ("scan_pharmacy_counter_reject79", "scan_clean_300", "counter", CORRIE, "short", "nosign", "en"),
    ("lowres_lost_stolen_replacement", "scan_lowres_150", "lost", SCRAB, "dmy", "plain", "en"),
    ("copy_partd_vacation_es", "photocopy", "es_vacation", HARTS, "es", "es", "es"),
    ("faxf_override_approved", "fax_fine_g4", "approved", CORRIE, "iso", "space", "en"),
    ("phone_mail_order_too_soon_plain", "phone_photo", "mail", SCRAB, "abbr", "plain", "en"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ins, ds, ms, lang) in enumerate(PLAN):
        f = facts(random.Random(202500 + i), kind, ins, ds, ms, lang)
        pdf = BUILD[kind](f)
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(pdf, make_truth(f))]))
    return items
