"""Drawing helpers for round DX, helper famdxe (VA beneficiary travel claim notices; an invented commercial plan paying a
hospital's emergency visit claim and refusing the emergency physician group's).

Why: this round stresses long notices whose facts sit on a later page under a heading, enclosed boilerplate (a rights
page, taglines in many languages, a nondiscrimination notice naming its own coordinator, a sample form with example
values). These helpers draw that boilerplate with its own invented phones, dates and numbers, so each is a decoy.
Everything printed with them is invented; phones use 555 or TTY 711.
"""

from __future__ import annotations

from kit_rounddt_famdtd import DTSheet, people  # noqa: F401  (people re-exported for the family modules)

TAG = [
    ("English", "ATTENTION: If you speak another language, language assistance services, free of charge, are available "
                "to you. Call {ph} (TTY: 711)."),
    ("Español", "ATENCIÓN: si habla español, tiene a su disposición servicios gratuitos de asistencia lingüística. "
                "Llame al {ph} (TTY: 711)."),
    ("Tiếng Việt", "CHÚ Ý: Nếu bạn nói Tiếng Việt, có các dịch vụ hỗ trợ ngôn ngữ miễn phí dành cho bạn. Gọi số {ph} "
                   "(TTY: 711)."),
    ("Tagalog", "PAUNAWA: Kung nagsasalita ka ng Tagalog, maaari kang gumamit ng mga serbisyo ng tulong sa wika nang "
                "walang bayad. Tumawag sa {ph} (TTY: 711)."),
    ("Français", "ATTENTION : Si vous parlez français, des services d'aide linguistique vous sont proposés gratuitement. "
                 "Appelez le {ph} (ATS : 711)."),
    ("Deutsch", "ACHTUNG: Wenn Sie Deutsch sprechen, stehen Ihnen kostenlos sprachliche Hilfsdienstleistungen zur "
                "Verfügung. Rufnummer: {ph} (TTY: 711)."),
    ("Русский", "ВНИМАНИЕ: Если вы говорите на русском языке, то вам доступны бесплатные услуги перевода. Звоните "
                "{ph} (телетайп: 711)."),
    ("Kreyòl", "ATANSYON: Si w pale Kreyòl Ayisyen, gen sèvis èd pou lang ki disponib gratis pou ou. Rele {ph} "
               "(TTY: 711)."),
    ("Português", "ATENÇÃO: Se fala português, encontram-se disponíveis serviços linguísticos, grátis. Ligue para {ph} "
                  "(TTY: 711)."),
]


class DXSheet(DTSheet):
    """DTSheet plus this round's enclosures."""

    def tagline_block(self, ph: str, size: float = 7.2, title: str = "Language assistance"):
        self.bar(title, 8.6)
        for lang, text in TAG:
            self.f(size, "B")
            self.cell(22, size * 0.47, lang)
            self.f(size)
            self.multi_cell(0, size * 0.47, text.format(ph=ph), new_x="LMARGIN", new_y="NEXT")
            self.ln(0.6)
        self.ln(1.5)

    def nondisc(self, org: str, coord: str, ph: str, addr: str, size: float = 7.6, es: bool = False):
        if es:
            self.bar("Aviso de no discriminación", 8.6)
            self.para(f"{org} cumple con las leyes federales de derechos civiles aplicables y no discrimina por motivos "
                      "de raza, color, origen nacional, edad, discapacidad o sexo. Si cree que no le dimos estos "
                      f"servicios o lo discriminamos, puede presentar una queja ante {coord}, Coordinador(a) de "
                      f"Derechos Civiles, {addr}, teléfono {ph} (TTY 711).", size)
            return
        self.bar("Nondiscrimination notice", 8.6)
        self.para(f"{org} complies with applicable Federal civil rights laws and does not discriminate on the basis of "
                  "race, color, national origin, age, disability, or sex. If you believe that we have failed to provide "
                  f"these services or discriminated in another way, you can file a grievance with: {coord}, Civil "
                  f"Rights Coordinator, {addr}, phone {ph} (TTY 711). You can file a grievance in person, by mail or "
                  "by phone. If you need help filing a grievance, the Civil Rights Coordinator is available to help "
                  "you.", size)

    def sample_box(self, title: str, rows: list[tuple[str, str]], note: str, size: float = 8.4):
        """A form printed as an illustration: a dashed box, 'SAMPLE' in its title, example values filled in."""
        self.set_draw_color(90, 90, 90)
        self.set_dash_pattern(dash=1.2, gap=1.0)
        y0 = self.get_y()
        self.f(size + 0.6, "B")
        self.cell(0, 6, " " + title, new_x="LMARGIN", new_y="NEXT")
        self.f(size - 0.8)
        self.cell(0, 4, " " + note, new_x="LMARGIN", new_y="NEXT")
        for k, v in rows:
            self.f(size, "B")
            self.cell(62, 5.6, "  " + k)
            self.f(size)
            self.cell(0, 5.6, v, new_x="LMARGIN", new_y="NEXT")
        y1 = self.get_y() + 1.5
        self.rect(self.l_margin, y0, self.w - self.l_margin - self.r_margin, y1 - y0)
        self.set_dash_pattern()
        self.set_draw_color(0, 0, 0)
        self.set_y(y1 + 3)
