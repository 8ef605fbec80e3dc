"""Family 'two_column_letter': denial letters set like a newsletter, in two columns of justified prose.

Cinderwick Health Partners is fictional, as are all people and numbers. Every fact is in a running sentence
("Your plan, the Cinderwick Choice HMO (plan number ...)", "The claim, number ..., for services on ... was billed
at ..."), never in a label block. A pull-quote box repeats the decision in large italics, and a shaded "Key dates"
sidebar lists decoy dates (letter mailed, claim or request received, decision due) beside the appeal deadline when
one is printed. Some letters run to two pages (a running header with the member number), one is in Spanish, and a
fine-mode fax carries a cover sheet, a denial and an approval for the same member.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, MONTHS_ES, fmt_date, iso, m2, pdf_bytes, truth
from kit_roundi_famo import (DOCTORS, FACILITIES, FIRST_ES, KIDS, LAST_ES, days, digits, letters, money, person,
                             usd)

FAMILY = "two_column_letter"
LANG = "en"
INSURER = "Cinderwick Health Partners"
COL_W, GAP, LEFT, BOTTOM = 84.0, 8.0, 18.0, 258.0


def fd(d: dt.date, style: str) -> str:
    if style == "es":
        return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"
    return fmt_date(d, style)


def keep(s: str) -> str:
    """Join a value's words so a line break never splits it ("March 3, 2026" stays on one line)."""
    return s.replace(" ", "~")


class Flow:
    """Fills column regions top-down with justified lines, pull quotes and headings; adds pages as needed."""

    def __init__(self, d: Doc, first_regions: list[tuple[float, float, float]], size: float):
        self.d, self.size, self.lh = d, size, size * 0.45
        self.regions = list(first_regions)
        self.x, self.y, self.bottom = self.regions[0]
        self.i = 0

    def _next(self):
        self.i += 1
        if self.i >= len(self.regions):
            self.d.add_page()
            self.regions += [(LEFT, 30.0, BOTTOM), (LEFT + COL_W + GAP, 30.0, BOTTOM)]
        self.x, self.y, self.bottom = self.regions[self.i]

    def _lines(self, text: str, style: str = "", size: float | None = None) -> list[list[str]]:
        self.d.set_font("Times", style, size or self.size)
        lines, cur = [], []
        for tok in text.split():
            trial = " ".join(cur + [tok]).replace("~", " ")
            if cur and self.d.get_string_width(trial) > COL_W:
                lines.append(cur)
                cur = [tok]
            else:
                cur.append(tok)
        return lines + ([cur] if cur else [])

    def para(self, text: str, style: str = "", gap: float = 2.2):
        lines = self._lines(text, style)
        for k, words in enumerate(lines):
            if self.y + self.lh > self.bottom:
                self._next()
            self._justify([w.replace("~", " ") for w in words], last=k == len(lines) - 1)
            self.y += self.lh
        self.y += gap

    def plain(self, text: str):
        """Ragged lines, one per '\\n' part (a signature block is never justified)."""
        for part in text.split("\n"):
            for words in self._lines(part):
                if self.y + self.lh > self.bottom:
                    self._next()
                self._justify([w.replace("~", " ") for w in words], last=True)
                self.y += self.lh
        self.y += 2.2

    def _justify(self, words: list[str], last: bool):
        d = self.d
        base = self.y + self.lh * 0.78
        widths = [d.get_string_width(w) for w in words]
        space = d.get_string_width(" ")
        gap = space if last or len(words) == 1 else (COL_W - sum(widths)) / (len(words) - 1)
        x = self.x
        for w, wd in zip(words, widths):
            d.text(x, base, w)
            x += wd + gap

    def heading(self, text: str):
        if self.y + self.lh * 3 > self.bottom:
            self._next()
        self.d.set_font("Helvetica", "B", self.size + 0.5)
        self.d.text(self.x, self.y + self.lh * 0.8, text)
        self.y += self.lh + 1.5
        self.d.set_font("Times", "", self.size)

    def quote(self, text: str):
        """A pull quote between two heavy rules, in large italics."""
        self.d.set_font("Times", "BI", self.size + 4)
        lh = (self.size + 4) * 0.45
        lines = self._lines(text, "BI", self.size + 4)
        h = len(lines) * lh + 7
        if self.y + h > self.bottom:
            self._next()
        d = self.d
        d.set_line_width(0.9)
        d.line(self.x, self.y + 1, self.x + COL_W, self.y + 1)
        y = self.y + 3.5
        d.set_font("Times", "BI", self.size + 4)
        for words in lines:
            d.text(self.x + 2, y + lh * 0.78, " ".join(words).replace("~", " "))
            y += lh
        d.line(self.x, y + 2, self.x + COL_W, y + 2)
        d.set_line_width(0.2)
        self.y = y + 6


def sidebar(d: Doc, x: float, y: float, title: str, rows: list[tuple[str, str]]) -> float:
    """The shaded 'Key dates' box at the top of the right column; returns its bottom."""
    h = 10 + len(rows) * 9.5
    d.set_fill_color(232, 236, 240)
    d.rect(x, y, COL_W, h, style="F")
    d.set_font("Helvetica", "B", 11)
    d.text(x + 4, y + 7, title)
    yy = y + 12
    for label, value in rows:
        d.set_font("Helvetica", "", 8)
        d.text(x + 4, yy + 2.5, label)
        d.set_font("Helvetica", "B", 10)
        d.text(x + 4, yy + 7, value)
        yy += 9.5
    return y + h + 5


def letterhead(d: Doc, lang: str):
    d.set_font("Times", "B", 22)
    d.text(LEFT, 20, "Cinderwick")
    d.set_font("Times", "", 13)
    d.text(LEFT + 45, 20, "Health Partners")
    d.set_font("Helvetica", "", 8)
    d.text(LEFT, 25.5, "1400 Falconer Parkway, Suite 300, Bridgeport, WV 26330")
    tel = "Servicios al miembro" if lang == "es" else "Member services"
    d.text(LEFT, 29.5, f"{tel} 1-866-555-0187 (TTY 711)  |  cinderwick.example")
    d.set_line_width(0.6)
    d.line(LEFT, 33, 215.9 - LEFT, 33)
    d.set_line_width(0.2)


def letter(L: dict) -> bytes:
    """Lay out one letter from its parts: address, title, key dates, then the flowing blocks."""
    es = L["lang"] == "es"
    d = Doc(font="Times", footer=("Página {p} de {n}" if es else "Page {p} of {n}"),
            header=f"Cinderwick Health Partners  -  {'Número de miembro' if es else 'Member number'} {L['mid']}")
    d.set_auto_page_break(False)
    d.add_page()
    letterhead(d, L["lang"])
    d.set_font("Times", "", 10.5)
    d.text(LEFT, 42, L["date_text"])
    y = 50
    for ln in [L["addressee"].upper(), L["street"], L["city"]]:
        d.text(LEFT, y, ln)
        y += 4.8
    d.set_font("Helvetica", "B", 15)
    d.text(LEFT, 76, L["title"])
    x2 = LEFT + COL_W + GAP
    top2 = sidebar(d, x2, 82, "Fechas clave" if es else "Key dates", L["key_dates"])
    f = Flow(d, [(LEFT, 82.0, BOTTOM), (x2, top2, BOTTOM)], L.get("size", 10.5))
    for kind, text in L["blocks"]:
        getattr(f, kind)(text)
    return pdf_bytes(d)


def household(r: random.Random, kid: bool = False, lang: str = "en") -> dict:
    if lang == "es":
        sub, _, last = person(r, FIRST_ES, lastnames=LAST_ES)
    else:
        sub, _, last = person(r)
    patient = person(r, KIDS, last)[0] if kid else sub
    street = f"{r.randint(20, 9900)} {r.choice(['Kenidjack Road', 'Porthmeor Street', 'Lamorna Drive', 'Gwithian Way'])}"
    city = r.choice(["Clarksburg, WV 26301", "Fairmont, WV 26554", "Elkins, WV 26241", "Morgantown, WV 26505"])
    return dict(sub=sub, patient=patient, street=street, city=city, mid=f"CW{digits(r, 3)}-{digits(r, 5)}-0{1 + kid}",
                group=f"{digits(r, 4)}{letters(r, 2)}", plan=f"CCH-{digits(r, 4)}-{digits(r, 2)}",
                doctor=r.choice(DOCTORS), clinic=r.choice(FACILITIES), reviewer=person(r)[0])


def base_letter(h: dict, title: str, date_text: str, key_dates: list, blocks: list, lang: str = "en",
                size: float = 10.5) -> dict:
    return dict(lang=lang, mid=h["mid"], addressee=h["sub"], street=h["street"], city=h["city"], title=title,
                date_text=date_text, key_dates=key_dates, blocks=blocks, size=size)


def intro(h: dict, kid: bool) -> str:
    who = f"your son or daughter, {keep(h['patient'])}," if kid else "you"
    return (f"We are writing about care that {who} received, and about what your plan will pay for it. Your plan, "
            f"the Cinderwick~Choice~HMO (plan number {h['plan']}), comes to you through your employer's group "
            f"{h['group']}, and your member number is {h['mid']}. Please keep this letter with your other "
            f"health plan papers.")


def appeal_block(dl_sentence: str) -> list:
    return [("heading", "If you disagree"),
            ("para", f"You or someone you choose may ask us to look at this decision again; this is called an "
                     f"appeal. {dl_sentence} Tell us why you think we were wrong and send anything that helps, such "
                     f"as a letter from your doctor or records we did not have. A doctor who did not take part in "
                     f"this decision will review it, and we will write to you with the outcome within 30 days."),
            ("para", "You may ask for copies of the records, guidelines and other papers we used, free of charge. "
                     "If we still say no, you may ask for an external review by an independent review organization. "
                     "External review is open to decisions about medical necessity, appropriateness, health care "
                     "setting, level of care or effectiveness of a covered benefit, and to decisions that a "
                     "treatment is experimental or investigational. If your health could be seriously harmed by "
                     "waiting, ask for a fast (expedited) appeal and we will decide within 72 hours."),
            ("heading", "Help with this letter"),
            ("para", "Call member services at 1-866-555-0187 (TTY 711), Monday to Friday, 8 a.m. to 8 p.m. The "
                     "state consumer assistance program can also help, at 1-888-555-0163.")]


def signoff(h: dict) -> list:
    return [("plain", f"Sincerely,\n{h['reviewer']}\nMember Appeals and Grievances\nCinderwick Health Partners")]


def tr(h, denial, cases, amt, dates, notice, deadline, doc="denial_letter", **kw):
    kw.setdefault("alternates", {})
    kw["alternates"].setdefault("insurer", ["Cinderwick"])
    kw["alternates"].setdefault("provider", [h["clinic"]])
    return truth(doc, denial, kw.pop("lang", "en"), insurer=INSURER, plan_id=h["plan"], group_number=h["group"],
                 member_id=h["mid"], member_name=h["patient"], case_numbers=cases, claim_amount=amt,
                 service_dates=dates, denial_date=notice, provider=h["doctor"], appeal_deadline=deadline, **kw)


def level_of_care(r):
    h = household(r)
    h["clinic"] = "St. Piran Valley Hospital"
    adm, dis = dt.date(2026, 1, 5), dt.date(2026, 1, 7)
    n, rec = dt.date(2026, 2, 20), dt.date(2026, 1, 21)
    dl = days(n, 180)
    cn, amt = f"{digits(r, 4)}-{digits(r, 6)}", money(r, 14000, 26000)
    s = "long"
    blocks = [("para", f"Dear {keep(h['sub'])},"), ("para", intro(h, False)),
              ("para", f"The claim, number {cn}, for your hospital stay at {keep(h['clinic'])} from {keep(fd(adm, s))} "
                       f"through {keep(fd(dis, s))}, under the care of {keep(h['doctor'])}, was billed at {usd(amt)}. "
                       f"We received it on {keep(fd(rec, s))} and finished our review this month."),
              ("heading", "What we decided"),
              ("para", "We have decided that the stay should not be paid as an inpatient admission. Your care "
                       "during those two nights was the kind of watching and testing that hospitals give to "
                       "outpatients under observation, and we will pay the hospital at the observation rate."),
              ("quote", "We did not approve the stay as an inpatient admission; it is covered as observation."),
              ("heading", "Why we decided this"),
              ("para", "A doctor on our review staff read the emergency room notes, the test results and the "
                       "nursing notes. Your heart tests came back normal within the first day, you did not need "
                       "medicine through a vein after the first night, and you were walking on your own. Under our "
                       "guideline UM-212, care like this is given in an observation setting; a hospital inpatient "
                       "setting was not needed. The hospital cannot bill you for the difference."),
              ] + appeal_block(f"Your appeal must reach us by {keep(fd(dl, s))}.") + signoff(h)
    key = [("Letter mailed", fd(days(n, 1), s)), ("Claim received", fd(rec, s)), ("Appeal by", fd(dl, s))]
    L = base_letter(h, "About your hospital claim", fd(n, s), key, blocks, size=11.5)
    t = tr(h, "level_of_care", [cn], m2(amt), [iso(adm, dis)], iso(n), iso(dl),
           denial_alternates=["medical_necessity"])
    return letter(L), t


def experimental(r):
    h = household(r)
    h["clinic"] = "Polwarth Street Orthopedics"
    rec, planned = dt.date(2026, 3, 2), dt.date(2026, 4, 13)
    n = days(rec, 11)
    req = f"PR-{digits(r, 7)}"
    s = "abbr"
    blocks = [("para", f"Dear {keep(h['sub'])},"), ("para", intro(h, False)),
              ("para", f"On {keep(fd(rec, s))}, {keep(h['doctor'])} of {keep(h['clinic'])} asked us to approve "
                       f"low-dose radiation therapy for arthritis in both knees, planned to start on "
                       f"{keep(fd(planned, s))}. We gave the request the number {req}."),
              ("quote", "We cannot approve low-dose radiation therapy for knee arthritis."),
              ("heading", "Why we said no"),
              ("para", "Your plan does not pay for treatments that are still being studied. The research on "
                       "low-dose radiation for knee arthritis is small and mixed, and the best studies found that "
                       "it worked no better than a sham treatment. Our medical policy MP-77 lists it as "
                       "investigational. Other treatments, such as physical therapy and injections, are covered."),
              ] + appeal_block("Send your appeal within 180 days of the date of this letter.") + signoff(h)
    key = [("Letter mailed", fd(days(n, 2), s)), ("Request received", fd(rec, s)),
           ("Decision due", fd(days(rec, 15), s)), ("Appeal", "within 180 days of this letter")]
    L = base_letter(h, "A decision about your request", fd(n, s), key, blocks, size=9.6)
    t = tr(h, "experimental", [req], None, [iso(planned)], iso(n), iso(days(n, 180)),
           denial_alternates=["not_covered"])
    return letter(L), t


def spanish(r):
    h = household(r, lang="es")
    svc = dt.date(2026, 2, 10)
    rec, n = days(svc, 14), days(svc, 37)
    cn, amt = f"{digits(r, 4)}-{digits(r, 6)}", money(r, 600, 1400)
    s = "es"
    blocks = [("para", f"Estimado(a) {keep(h['sub'])}:"),
              ("para", f"Le escribimos sobre la atención que usted recibió y lo que su plan pagará por ella. Su plan, "
                       f"el Cinderwick~Choice~HMO (número de plan {h['plan']}), le llega por medio del grupo "
                       f"{h['group']} de su empleador, y su número de miembro es {h['mid']}."),
              ("para", f"La reclamación número {cn}, por los servicios del {keep(fd(svc, s))} con "
                       f"{keep(h['doctor'])} en {keep(h['clinic'])}, se facturó por {usd(amt)}. La recibimos el "
                       f"{keep(fd(rec, s))}."),
              ("heading", "Lo que decidimos"),
              ("para", "Su plan no paga la acupuntura. Este servicio figura en la lista de exclusiones de su "
                       "Evidencia de Cobertura, en la sección 7, y por eso no podemos pagar esta reclamación."),
              ("quote", "No pagaremos las sesiones de acupuntura de esta reclamación."),
              ("heading", "Si no está de acuerdo"),
              ("para", "Usted puede pedirnos que revisemos esta decisión; esto se llama apelación. Envíe su "
                       "apelación dentro de 180 días a partir de la fecha de esta carta. Puede pedir copias gratuitas "
                       "de los documentos que usamos. Si seguimos diciendo que no, puede pedir una revisión externa "
                       "independiente. Si esperar puede dañar gravemente su salud, pida una apelación rápida y "
                       "decidiremos en 72 horas."),
              ("heading", "Ayuda con esta carta"),
              ("para", "Llame a servicios al miembro al 1-866-555-0187 (TTY 711), de lunes a viernes."),
              ("plain", f"Atentamente,\n{h['reviewer']}\nApelaciones y Quejas\nCinderwick Health Partners")]
    key = [("Carta enviada", fd(days(n, 1), s)), ("Reclamación recibida", fd(rec, s)),
           ("Plazo para apelar", "180 días desde esta carta")]
    L = base_letter(h, "Sobre su reclamación", fd(n, s), key, blocks, lang="es", size=10)
    t = tr(h, "not_covered", [cn], m2(amt), [iso(svc)], iso(n), iso(days(n, 180)), lang="es")
    return letter(L), t


def prior_auth(r):
    h = household(r, kid=True)
    h["clinic"] = "Carn Brea Imaging"
    svc = dt.date(2026, 1, 29)
    rec, n = days(svc, 8), days(svc, 30)
    dl = days(n, 180)
    cn, amt = f"{digits(r, 4)}-{digits(r, 6)}", money(r, 1500, 3200)
    s = "slash"
    blocks = [("para", f"Dear {keep(h['sub'])},"), ("para", intro(h, True)),
              ("para", f"The claim, number {cn}, for a CT scan of the abdomen done on {keep(fd(svc, s))} at "
                       f"{keep(h['clinic'])} and ordered by {keep(h['doctor'])}, was billed at USD~{amt:,.2f}. It "
                       f"reached us on {keep(fd(rec, s))}."),
              ("quote", "We are not able to pay for this CT scan."),
              ("heading", "Why"),
              ("para", "A CT scan that is planned ahead needs our approval before it is done. Nobody asked us for "
                       "that approval, so the plan cannot pay. This was not an emergency visit. The imaging center "
                       "may ask us to review the scan now if it sends the doctor's notes."),
              ] + appeal_block(f"Your appeal must reach us by {keep(fd(dl, s))}.") + signoff(h)
    key = [("Letter mailed", fd(days(n, 1), s)), ("Claim received", fd(rec, s)), ("Last day to appeal", fd(dl, s))]
    L = base_letter(h, "About a claim for your child", fd(n, s), key, blocks, size=9.6)
    t = tr(h, "prior_authorization", [cn], m2(amt), [iso(svc)], iso(n), iso(dl))
    return letter(L), t


def mednec(r):
    h = household(r)
    h["clinic"] = "Nettlebed Surgical Suites"
    svc = dt.date(2026, 2, 26)
    rec, n = days(svc, 6), days(svc, 27)
    cn, amt = f"{digits(r, 4)}-{digits(r, 6)}", money(r, 2100, 3900)
    s = "abbr"
    blocks = [("para", f"Dear {keep(h['sub'])},"), ("para", intro(h, False)),
              ("para", f"The claim, number {cn}, for an epidural steroid injection in your lower back on "
                       f"{keep(fd(svc, s))} by {keep(h['doctor'])} at {keep(h['clinic'])}, was billed at "
                       f"{usd(amt)}. We received it on {keep(fd(rec, s))}. It was your third injection in five "
                       f"months; we paid the first two."),
              ("heading", "What we decided"),
              ("para", "We will not pay for the third injection. We know that back pain can make every day harder, "
                       "and we read all the notes your doctor sent before deciding."),
              ("quote", "The third injection is not covered because the records did not show it was needed."),
              ("heading", "Why we decided this"),
              ("para", "A repeat injection helps only when the one before it brought real relief. The notes from "
                       "your second visit say the pain came back within two weeks and your walking distance did "
                       "not change. With so little benefit from the earlier injections, the records do not show "
                       "that a third one was needed, and our guideline PM-31 calls for another approach, such as a "
                       "physical therapy program or a visit with a spine specialist."),
              ("para", "This decision is about payment only. You and your doctor decide what care you get."),
              ] + appeal_block("Send your appeal within 180 days after you receive this letter.") + signoff(h)
    key = [("Letter mailed", fd(days(n, 2), s)), ("Claim received", fd(rec, s)),
           ("Our decision was due", fd(days(rec, 30), s))]
    L = base_letter(h, "About your recent claim", fd(n, s), key, blocks, size=11.5)
    t = tr(h, "medical_necessity", [cn], m2(amt), [iso(svc)], iso(n), None,
           alternates={"appeal_deadline": [iso(days(n, 180))]})
    return letter(L), t


def stack_pair(r):
    h = household(r, kid=True)
    svc = dt.date(2026, 1, 19)
    rec, n = days(svc, 10), days(svc, 29)
    dl = days(n, 180)
    cn, amt = f"{digits(r, 4)}-{digits(r, 6)}", money(r, 300, 700)
    s = "long"
    blocks = [("para", f"Dear {keep(h['sub'])},"), ("para", intro(h, True)),
              ("para", f"The claim, number {cn}, for a visit on {keep(fd(svc, s))} with {keep(h['doctor'])} at "
                       f"{keep(h['clinic'])}, was billed at {usd(amt)}. It reached us on {keep(fd(rec, s))}."),
              ("quote", f"We cannot pay this claim: {keep(h['patient'])} was not covered on the visit date."),
              ("heading", "Why"),
              ("para", "Your employer's enrollment records show that coverage for this family member ended on "
                       "December 31, 2025, when they were taken off your plan at open enrollment. The plan pays "
                       "only for care given while a person is covered. If this is a mistake, ask your employer's "
                       "benefits office to send us a corrected enrollment record."),
              ] + appeal_block(f"Your appeal must reach us by {keep(fd(dl, s))}.") + signoff(h)
    key = [("Letter mailed", fd(days(n, 1), s)), ("Claim received", fd(rec, s)), ("Appeal by", fd(dl, s))]
    denial = letter(base_letter(h, "About a claim for your child", fd(n, s), key, blocks, size=9.6))
    t1 = tr(h, "eligibility", [cn], m2(amt), [iso(svc)], iso(n), iso(dl))
    h2 = dict(h, patient=h["sub"], doctor=r.choice(DOCTORS), clinic="Carn Brea Imaging", mid=h["mid"][:-2] + "01")
    rec2 = days(n, 3)
    n2, planned = days(rec2, 4), days(rec2, 16)
    req = f"PR-{digits(r, 7)}"
    blocks2 = [("para", f"Dear {keep(h['sub'])},"), ("para", intro(h2, False)),
               ("para", f"On {keep(fd(rec2, s))}, {keep(h2['doctor'])} asked us to approve an MRI of your right "
                        f"shoulder at {keep(h2['clinic'])}, planned for {keep(fd(planned, s))}. We gave the request "
                        f"the number {req}."),
               ("quote", "Good news: we approved your shoulder MRI."),
               ("para", "The approval is good for 60 days. Your usual copay applies. If the date changes, your "
                        "doctor's office does not need to ask again as long as the MRI is done within those 60 "
                        "days. This approval is not a promise to pay if you are no longer covered on the day of "
                        "the MRI."),
               ("heading", "Help with this letter"),
               ("para", "Call member services at 1-866-555-0187 (TTY 711), Monday to Friday, 8 a.m. to 8 p.m.")
               ] + signoff(h)
    key2 = [("Letter mailed", fd(days(n2, 1), s)), ("Request received", fd(rec2, s)),
            ("Approval good through", fd(days(planned, 60), s))]
    approval = letter(base_letter(h2, "Your request is approved", fd(n2, s), key2, blocks2, size=10))
    t2 = tr(h2, None, [req], None, [iso(planned)], iso(n2), None, doc="other")
    return [(denial, t1), (approval, t2)]


def coding(r):
    h = household(r)
    h["clinic"] = "Zennor Cove Family Health"
    svc = dt.date(2026, 3, 4)
    rec, n = days(svc, 9), days(svc, 25)
    cn, amt = f"{digits(r, 4)}-{digits(r, 6)}", money(r, 180, 420)
    s = "long"
    blocks = [("para", f"Dear {keep(h['sub'])},"), ("para", intro(h, False)),
              ("para", f"The claim, number {cn}, for a counseling session on {keep(fd(svc, s))} with "
                       f"{keep(h['doctor'])} at {keep(h['clinic'])}, was billed at {usd(amt)}. We received it on "
                       f"{keep(fd(rec, s))}."),
              ("quote", "We did not pay this claim as it was billed."),
              ("heading", "Why"),
              ("para", "The claim used the billing code for a 60-minute therapy session, but the visit notes "
                       "record a session of 30 minutes. The code does not match the service that was given, so we "
                       "sent the claim back. The office can send a corrected claim with the right code, and we will "
                       "process it then. You do not need to do anything unless the office bills you."),
              ] + appeal_block("Send your appeal within 180 days of the date of this letter.") + signoff(h)
    key = [("Letter mailed", fd(days(n, 1), s)), ("Claim received", fd(rec, s)),
           ("Decision due", fd(days(rec, 30), s))]
    L = base_letter(h, "About your recent claim", fd(n, "wlong"), key, blocks, size=9.6)
    t = tr(h, "coding_error", [cn], m2(amt), [iso(svc)], iso(n), iso(days(n, 180)), denial_alternates=["other"])
    return letter(L), t


def documents(rng) -> list[Item]:
    one = [("two_column_letter_bd_levelcare", "born_digital", level_of_care),
           ("two_column_letter_bd_experimental", "born_digital", experimental),
           ("two_column_letter_scan_es", "scan_clean_300", spanish),
           ("two_column_letter_photo_priorauth", "phone_photo", prior_auth),
           ("two_column_letter_rot_mednec", "rotated", mednec),
           ("two_column_letter_lowres_coding", "scan_lowres_150", coding)]
    items = [Item(stem, cond, [fn(random.Random(9500 + i))]) for i, (stem, cond, fn) in enumerate(one)]
    items.insert(5, Item("two_column_letter_faxf_stack", "fax_fine_g4", stack_pair(random.Random(9590)),
                         separators=["cover", None]))
    return items
