"""Drawing helpers for round DX, helper famdxf (North Carolina Medicaid Tailored Plan notices from an invented plan;
an invented commercial plan's multi-page EOBs on home infusion pharmacy and nursing claims).

Why: both families put boilerplate decoys after the facts: a tagline page in many languages (each with its own
phone), a nondiscrimination notice naming a civil rights coordinator, and an appeal request form that prints
example values. Everything printed with them is invented; programs and agencies appear only as themselves.
"""

from __future__ import annotations

from kit_rounddt_famdtd import DTSheet, people  # noqa: F401  (people re-exported for the family modules)

LANGS = [
    ("English", "ATTENTION: If you speak English, free language help is available. Call {p} (TTY 711)."),
    ("Español", "ATENCIÓN: Si habla español, tiene a su disposición servicios gratuitos de asistencia lingüística. "
                "Llame al {p} (TTY 711)."),
    ("Tiếng Việt", "CHÚ Ý: Nếu bạn nói Tiếng Việt, có các dịch vụ hỗ trợ ngôn ngữ miễn phí dành cho bạn. "
                   "Gọi số {p} (TTY 711)."),
    ("Русский", "ВНИМАНИЕ: Если вы говорите на русском языке, вам доступны бесплатные услуги перевода. "
                "Звоните {p} (телетайп 711)."),
    ("Français", "ATTENTION : Si vous parlez français, des services d'aide linguistique vous sont proposés "
                 "gratuitement. Appelez le {p} (ATS 711)."),
    ("Deutsch", "ACHTUNG: Wenn Sie Deutsch sprechen, stehen Ihnen kostenlos sprachliche Hilfsdienstleistungen zur "
                "Verfügung. Rufnummer: {p} (TTY 711)."),
    ("Tagalog", "PAUNAWA: Kung nagsasalita ka ng Tagalog, maaari kang gumamit ng mga serbisyo ng tulong sa wika "
                "nang walang bayad. Tumawag sa {p} (TTY 711)."),
    ("Português", "ATENÇÃO: Se fala português, encontram-se disponíveis serviços linguísticos grátis. "
                  "Ligue para {p} (TTY 711)."),
    ("Polski", "UWAGA: Jeżeli mówisz po polsku, możesz skorzystać z bezpłatnej pomocy językowej. "
               "Zadzwoń pod numer {p} (TTY 711)."),
    ("Kreyòl Ayisyen", "ATANSYON: Si w pale Kreyòl Ayisyen, gen sèvis èd pou lang ki disponib gratis pou ou. "
                       "Rele {p} (TTY 711)."),
]


class XFSheet(DTSheet):
    """DTSheet plus a many-language tagline block, a nondiscrimination notice and an appeal form with examples."""

    def tagline_block(self, phones: list[str], size: float = 7.4, title: str = "Language assistance / Asistencia "
                                                                                "con idiomas"):
        self.bar(title, 8.6)
        for (lang, text), ph in zip(LANGS, phones * 10):
            self.f(size, "B")
            self.cell(24, size * 0.47, lang)
            self.f(size)
            self.multi_cell(0, size * 0.47, text.format(p=ph), new_x="LMARGIN", new_y="NEXT")
            self.ln(0.6)
        self.ln(1.5)

    def nondiscrimination(self, org: str, coord: str, phone: str, addr: str, email: str, size: float = 7.8,
                          es: bool = False):
        if es:
            self.bar("Aviso de no discriminación", 8.6)
            self.para(f"{org} cumple con las leyes federales de derechos civiles aplicables y no discrimina por motivos "
                      "de raza, color, nacionalidad, edad, discapacidad o sexo. Si cree que no le hemos dado estos "
                      f"servicios, puede presentar una queja ante nuestra coordinadora de derechos civiles: {coord}, "
                      f"{addr}, teléfono {phone} (TTY 711), {email}.", size)
            return
        self.bar("Nondiscrimination notice", 8.6)
        self.para(f"{org} follows federal civil rights laws. We do not treat people differently because of race, "
                  "color, national origin, age, disability or sex. We give free aids and services to people with "
                  "disabilities (sign language interpreters, large print, audio) and free language services. If you "
                  "believe we failed to give these services or treated you differently, you can file a grievance "
                  f"with our Civil Rights Coordinator: {coord}, {addr}; phone {phone} (TTY 711); {email}. You can "
                  "also file a civil rights complaint with the U.S. Department of Health and Human Services, Office "
                  "for Civil Rights.", size)

    def example_form(self, title: str, rows: list[tuple[str, str]], note: str, size: float = 8.6):
        """A form whose boxes carry printed example values (an illustration, not this member's facts)."""
        self.bar(title, 9.2)
        self.para(note, 7.8)
        W = self.w - self.l_margin - self.r_margin
        for k, v in rows:
            y = self.get_y()
            self.rect(self.l_margin, y, W, 8.6)
            self.set_xy(self.l_margin + 1, y + 0.6)
            self.f(5.8)
            self.cell(W - 2, 2.6, k)
            self.set_xy(self.l_margin + 2, y + 3.8)
            self.f(size)
            self.set_text_color(90, 90, 90)
            self.cell(W - 4, 4, v)
            self.set_text_color(0, 0, 0)
            self.set_xy(self.l_margin, y + 8.6)
        self.ln(2)
