"""Drawing helpers for round DX, helper famdxb (Florida SMMC long-term care notices of adverse benefit determination
from an invented plan; an invented commercial plan ending an inpatient psychiatric stay's coverage).

Why: both families are long notices: a letter on page 1, the facts under a heading on page 2, then enclosed
boilerplate (a rights page, taglines in many languages, a nondiscrimination notice naming a coordinator, an appeal
request form with example values). The boilerplate is the decoy, so it is drawn here the same way each time.
Everything printed with these helpers is invented; phones use 555 or TTY 711.
"""

from __future__ import annotations

import random

from public_kit import FIRST, LAST, Page


def people(rng: random.Random, n: int) -> list[str]:
    """n different invented people, 'First M. Last'."""
    seen, out = set(), []
    while len(out) < n:
        first, last = rng.choice(FIRST), rng.choice(LAST)
        if first in seen or last in seen:
            continue
        seen |= {first, last}
        out.append(f"{first} {rng.choice('ABCDEFGHJKLMNPRSTVW')}. {last}")
    return out


def ph(rng: random.Random, area: str = "850") -> str:
    return f"1-{area}-555-{rng.randint(1000, 9999)}"


TAGLINES = [
    ("English", "ATTENTION: If you speak another language, language assistance services, free of charge, are "
                "available to you. Call {p} (TTY: 711)."),
    ("Español", "ATENCIÓN: si habla español, tiene a su disposición servicios gratuitos de asistencia lingüística. "
                "Llame al {p} (TTY: 711)."),
    ("Kreyòl Ayisyen", "ATANSYON: Si w pale Kreyòl Ayisyen, gen sèvis èd pou lang ki disponib gratis pou ou. "
                       "Rele {p} (TTY: 711)."),
    ("Tiếng Việt", "CHÚ Ý: Nếu bạn nói Tiếng Việt, có các dịch vụ hỗ trợ ngôn ngữ miễn phí dành cho bạn. "
                   "Gọi số {p} (TTY: 711)."),
    ("Português", "ATENÇÃO: Se fala português, encontram-se disponíveis serviços linguísticos, grátis. "
                  "Ligue para {p} (TTY: 711)."),
    ("Français", "ATTENTION : Si vous parlez français, des services d'aide linguistique vous sont proposés "
                 "gratuitement. Appelez le {p} (ATS : 711)."),
    ("Italiano", "ATTENZIONE: In caso la lingua parlata sia l'italiano, sono disponibili servizi di assistenza "
                 "linguistica gratuiti. Chiamare il numero {p} (TTY: 711)."),
    ("Deutsch", "ACHTUNG: Wenn Sie Deutsch sprechen, stehen Ihnen kostenlos sprachliche Hilfsdienstleistungen zur "
                "Verfügung. Rufnummer: {p} (TTY: 711)."),
    ("Polski", "UWAGA: Jeżeli mówisz po polsku, możesz skorzystać z bezpłatnej pomocy językowej. "
               "Zadzwoń pod numer {p} (TTY: 711)."),
]


class XSheet(Page):
    """Page plus a fax line and a running header on later pages, bars, taglines and a nondiscrimination block."""

    def __init__(self, *a, fax_hdr: str | None = None, running: str | None = None, **k):
        super().__init__(*a, **k)
        self.fax_hdr, self.running = fax_hdr, running

    def header(self):
        if self.fax_hdr:
            self.set_font(self.face, "", 7.2)
            self.set_xy(6, 4)
            self.cell(0, 3.5, self.fax_hdr.replace("{n}", str(self.page_no())))
            self.set_y(max(self.t_margin, 10))
        if self.running and self.page_no() > 1:
            self.set_font(self.face, "", 7.6)
            self.set_xy(self.l_margin, max(self.get_y(), 10))
            self.cell(0, 4, self.running.replace("{n}", str(self.page_no())), new_x="LMARGIN", new_y="NEXT")
            y = self.get_y() + 0.6
            super(Page, self).line(self.l_margin, y, self.w - self.r_margin, y)
            self.set_y(y + 3)

    def rule(self, gap: float = 2.5, width: float = 0.3):
        self.set_line_width(width)
        y = self.get_y() + 0.6
        super(Page, self).line(self.l_margin, y, self.w - self.r_margin, y)
        self.set_line_width(0.2)
        self.set_y(y + gap)

    def bar(self, text: str, size: float = 10, grey: int = 215):
        self.ln(1)
        self.set_fill_color(grey, grey, grey)
        self.f(size, "B")
        self.cell(0, size * 0.62, " " + text, fill=True, new_x="LMARGIN", new_y="NEXT")
        self.ln(1.5)

    def boxes(self, cells: list[tuple[str, str]], widths: list[float] | None = None, cap: float = 6.2,
              size: float = 9.2, h: float = 10.5):
        """A row of ruled boxes, the small caption at the top left and the value under it."""
        W = self.w - self.l_margin - self.r_margin
        widths = widths or [W / len(cells)] * len(cells)
        y, x = self.get_y(), self.l_margin
        for (k, v), cw in zip(cells, widths):
            self.rect(x, y, cw, h)
            self.set_xy(x + 0.8, y + 0.6)
            self.f(cap)
            self.cell(cw - 1.2, cap * 0.42, k)
            self.set_xy(x + 1.2, y + 0.8 + cap * 0.42 + 1.0)
            self.f(size)
            self.cell(cw - 1.6, size * 0.45, v)
            x += cw
        self.set_xy(self.l_margin, y + h)

    def blank_lines(self, rows: list[str], size: float = 8.8, w_label: float = 62):
        """A form's blank lines: 'Caption ______' (an appeal request form to fill in)."""
        W = self.w - self.l_margin - self.r_margin
        for k in rows:
            self.f(size)
            self.cell(w_label, 7, k)
            y = self.get_y() + 6
            super(Page, self).line(self.l_margin + w_label, y, self.l_margin + W, y)
            self.ln(7.5)

    def taglines(self, phone: str, title: str = "Language assistance / Asistencia con el idioma", size: float = 7.4):
        self.bar(title, 8.6)
        for lang, text in TAGLINES:
            self.para(f"**{lang}:** " + text.format(p=phone), size, gap=0.8)

    def nondiscrimination(self, org: str, coord: str, phone: str, addr: str, email: str, size: float = 7.8,
                          es: bool = False):
        if es:
            self.bar("Aviso de no discriminación", 8.6)
            self.para(f"{org} cumple con las leyes federales de derechos civiles aplicables y no discrimina por "
                      "motivos de raza, color, nacionalidad, edad, discapacidad o sexo. Si cree que no le dimos "
                      f"estos servicios o lo trataron de otra manera, puede presentar una queja ante: {coord}, "
                      f"Coordinador(a) de Derechos Civiles, {addr}; teléfono {phone} (TTY 711); correo {email}. "
                      "También puede presentar una queja de derechos civiles ante la Oficina de Derechos Civiles "
                      "del Departamento de Salud y Servicios Humanos de los EE. UU.", size)
            return
        self.bar("Nondiscrimination notice", 8.6)
        self.para(f"{org} complies with applicable federal civil rights laws and does not discriminate on the basis "
                  "of race, color, national origin, age, disability or sex. We give free aids and services to people "
                  "with disabilities and free language services to people whose first language is not English. "
                  f"If you believe we failed to provide these services or treated you differently, you can file a "
                  f"grievance with: {coord}, Civil Rights Coordinator, {addr}; phone {phone} (TTY 711); email "
                  f"{email}. You can also file a civil rights complaint with the U.S. Department of Health and "
                  "Human Services, Office for Civil Rights.", size)
