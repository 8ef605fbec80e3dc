"""Drawing helpers for round DX, helper famdxc (Iowa Wellness Plan notices of decision from an invented managed care
plan; an invented commercial plan refusing a durable medical equipment rental month past its cap).

Why: both families are long papers whose facts may sit on page 2, followed by boilerplate that is full of decoys: a
tagline page in many languages (each with its own phone line), a nondiscrimination notice naming a civil rights
coordinator, a "your rights" page and an appeal request form with example values. Everything printed with them is
invented (phones use 555 or TTY 711).
"""

from __future__ import annotations

import random

from fpdf import FPDF
from public_kit import FIRST, LAST, Page, digits


def people(rng: random.Random, n: int) -> list[str]:
    """n different invented people as 'First M. Last'."""
    seen, outl = set(), []
    while len(outl) < n:
        first, last = rng.choice(FIRST), rng.choice(LAST)
        if first in seen or last in seen:
            continue
        seen.update((first, last))
        outl.append(f"{first} {rng.choice('ABCDEFGHJKLMNPRSTVW')}. {last}")
    return outl


def phone(rng: random.Random, area: str = "855") -> str:
    return f"1-{area}-555-{digits(rng, 4)}"


def es_money(v: float) -> str:
    """US$ 1.234,50 (the Spanish way)."""
    s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return f"US$ {s}"


TAGLINES = [
    ("English", "ATTENTION: If you speak another language, language help is free for you. Call {p} (TTY: 711)."),
    ("Español", "ATENCIÓN: si habla español, tiene a su disposición servicios gratuitos de ayuda con el idioma. "
                "Llame al {p} (TTY: 711)."),
    ("Tiếng Việt", "CHÚ Ý: Nếu bạn nói tiếng Việt, có dịch vụ hỗ trợ ngôn ngữ miễn phí. Gọi số {p} (TTY: 711)."),
    ("Bosanski", "PAŽNJA: Ako govorite bosanski, besplatna jezička pomoć vam je na raspolaganju. Nazovite {p} "
                 "(TTY: 711)."),
    ("Deutsch", "ACHTUNG: Wenn Sie Deutsch sprechen, steht Ihnen kostenlose Sprachhilfe zur Verfügung. Rufen Sie {p} "
                "an (TTY: 711)."),
    ("Français", "ATTENTION : si vous parlez français, une aide linguistique gratuite est à votre disposition. "
                 "Appelez le {p} (ATS : 711)."),
    ("Русский", "ВНИМАНИЕ: если вы говорите по-русски, вам доступна бесплатная языковая помощь. Звоните {p} "
                "(телетайп: 711)."),
    ("Kiswahili", "KUMBUKA: Ikiwa unazungumza Kiswahili, huduma za msaada wa lugha zinapatikana bure. Piga simu "
                  "{p} (TTY: 711)."),
    ("Tagalog", "PAUNAWA: Kung nagsasalita ka ng Tagalog, may libreng tulong sa wika para sa iyo. Tumawag sa {p} "
                "(TTY: 711)."),
    ("Af-Soomaali", "FIIRO GAAR AH: Haddii aad ku hadasho Af-Soomaali, adeegyo caawimaad luqadeed oo bilaash ah ayaa "
                    "laguu heli karaa. Wac {p} (TTY: 711)."),
    ("Português", "ATENÇÃO: se fala português, há serviços gratuitos de ajuda com o idioma. Ligue para {p} "
                  "(TTY: 711)."),
    ("Kirundi", "ICITONDERWA: Nimba uvuga Ikirundi, hari ubufasha bw'indimi ku buntu. Hamagara {p} (TTY: 711)."),
    ("Polski", "UWAGA: Jeżeli mówisz po polsku, możesz skorzystać z bezpłatnej pomocy językowej. Zadzwoń pod numer "
               "{p} (TTY: 711)."),
    ("Ελληνικά", "ΠΡΟΣΟΧΗ: Αν μιλάτε ελληνικά, διατίθεται δωρεάν γλωσσική βοήθεια. Καλέστε {p} (TTY: 711)."),
    ("Kreyòl Ayisyen", "ATANSYON: Si w pale Kreyòl Ayisyen, gen sèvis èd pou lang ki disponib gratis pou ou. Rele "
                       "{p} (TTY: 711)."),
    ("Hmoob", "LUS CEEV: Yog tias koj hais lus Hmoob, cov kev pab txog lus, muaj kev pab dawb rau koj. Hu rau {p} "
              "(TTY: 711)."),
]


class XSheet(Page):
    """Page plus a letterhead, a title bar, boxed captions, a tagline page, a nondiscrimination block and forms."""

    def letterhead(self, org: str, lines: list[str], size: float = 15, right: str = ""):
        self.f(size, "B")
        self.cell(0, size * 0.5, org, new_x="LMARGIN", new_y="NEXT")
        self.f(7.8)
        for ln in lines:
            self.cell(0, 3.8, ln, new_x="LMARGIN", new_y="NEXT")
        if right:
            y = self.get_y()
            self.set_xy(self.w - self.r_margin - 70, 16)
            self.f(8, "B")
            self.multi_cell(70, 3.8, right, align="R")
            self.set_y(y)
        y = self.get_y() + 1.5
        FPDF.line(self, self.l_margin, y, self.w - self.r_margin, y)
        self.ln(4)

    def bar(self, text: str, size: float = 10.5, fill: int = 40):
        self.set_fill_color(fill, fill, fill)
        self.set_text_color(255, 255, 255)
        self.f(size, "B")
        self.cell(0, size * 0.62, " " + text, fill=True, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(2)

    def capboxes(self, cells: list[tuple[str, str, float]], h: float = 10.5, cap: float = 6.2, val: float = 9.4):
        """A row of ruled boxes, small caption on top, value below; widths in mm."""
        x0, y = self.l_margin, self.get_y()
        x = x0
        for k, v, w in cells:
            self.rect(x, y, w, h)
            self.set_xy(x + 0.8, y + 0.6)
            self.f(cap, "B")
            self.cell(w - 1.6, cap * 0.42, k)
            self.set_xy(x + 0.8, y + h - val * 0.5 - 0.8)
            self.f(val)
            self.cell(w - 1.6, val * 0.45, v)
            x += w
        self.set_xy(x0, y + h)

    def cc(self, names: list[str], size: float = 9):
        self.ln(1)
        self.f(size)
        self.cell(0, size * 0.5, "cc: " + "; ".join(names), new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def taglines(self, p: str, title: str = "Language assistance / Asistencia con el idioma", size: float = 8.4):
        self.heading(title, 11, rule=True)
        for lang, text in TAGLINES:
            self.f(size, "B")
            self.cell(0, size * 0.48, lang, new_x="LMARGIN", new_y="NEXT")
            self.para(text.format(p=p), size, gap=1.2)

    def nondiscrimination(self, org: str, coord: str, coord_phone: str, coord_addr: str, ocr_phone: str,
                          size: float = 8.4, es: bool = False):
        if es:
            self.heading("Aviso de no discriminación", 10.5, rule=True)
            self.para(f"{org} cumple con las leyes federales de derechos civiles y no discrimina por raza, color, "
                      "origen nacional, edad, discapacidad o sexo. Ofrecemos ayudas gratuitas a personas con "
                      "discapacidades e intérpretes gratuitos.", size)
            self.para(f"Si cree que lo hemos discriminado, presente una queja ante nuestro coordinador de derechos "
                      f"civiles: {coord}, {coord_addr}. Teléfono {coord_phone} (TTY 711). También puede presentar una "
                      "queja ante la Oficina de Derechos Civiles del Departamento de Salud y Servicios Humanos de "
                      f"los EE. UU., {ocr_phone}.", size)
            return
        self.heading("Notice of nondiscrimination", 10.5, rule=True)
        self.para(f"{org} follows federal civil rights laws. We do not treat people differently because of race, "
                  "color, national origin, age, disability or sex. We give free aids to people with disabilities, "
                  "such as qualified sign language interpreters and large print, and free interpreters to people "
                  "whose first language is not English.", size)
        self.para(f"If you think we failed to do this, you can file a grievance with our Civil Rights Coordinator: "
                  f"{coord}, {coord_addr}. Phone {coord_phone} (TTY 711). You can also file a civil rights "
                  "complaint with the U.S. Department of Health and Human Services, Office for Civil Rights, "
                  f"by phone at {ocr_phone}.", size)
