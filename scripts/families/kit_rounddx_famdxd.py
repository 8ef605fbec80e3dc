"""Drawing helpers for round DX, helper famdxd (Montana Medicaid expansion notices of adverse action from an invented
plan; an invented commercial plan refusing a biologic until a step drug is tried).

Why: both families send long notices whose facts sit on page 2 and whose last pages are boilerplate: a tagline
block in many languages, a nondiscrimination notice naming a coordinator with its own phone and address, an
enclosed rights page and an appeal request form printed with example values. Those pages are decoys by design;
keeping them here keeps the family modules about their letters. Everything printed with them is invented.
"""

from __future__ import annotations

from kit_rounddt_famdtd import DTSheet, people  # noqa: F401  (people re-exported for the family modules)

TAGLINES_EN = [
    ("ATTENTION", "If you speak {lang}, language assistance services, free of charge, are available to you. Call {ph} (TTY: 711)."),
]
LANGS = [
    ("Español", "ATENCIÓN: si habla español, tiene a su disposición servicios gratuitos de asistencia lingüística. Llame al {ph} (TTY: 711)."),
    ("Deutsch", "ACHTUNG: Wenn Sie Deutsch sprechen, stehen Ihnen kostenlos sprachliche Hilfsdienstleistungen zur Verfügung. Rufnummer: {ph} (TTY: 711)."),
    ("Tiếng Việt", "CHÚ Ý: Nếu bạn nói Tiếng Việt, có các dịch vụ hỗ trợ ngôn ngữ miễn phí dành cho bạn. Gọi số {ph} (TTY: 711)."),
    ("Français", "ATTENTION : Si vous parlez français, des services d'aide linguistique vous sont proposés gratuitement. Appelez le {ph} (ATS : 711)."),
    ("Русский", "ВНИМАНИЕ: Если вы говорите на русском языке, то вам доступны бесплатные услуги перевода. Звоните {ph} (телетайп: 711)."),
    ("Tagalog", "PAUNAWA: Kung nagsasalita ka ng Tagalog, maaari kang gumamit ng mga serbisyo ng tulong sa wika nang walang bayad. Tumawag sa {ph} (TTY: 711)."),
    ("Norsk", "MERK: Hvis du snakker norsk, er gratis språkassistansetjenester tilgjengelige for deg. Ring {ph} (TTY: 711)."),
    ("Deitsch", "Wann du Deitsch schwetzscht, kannscht du mitaus Koschte ebber gricke, ass dihr helft mit die Englisch Schprooch. Ruf selli Nummer uff: {ph} (TTY: 711)."),
    ("Polski", "UWAGA: Jeżeli mówisz po polsku, możesz skorzystać z bezpłatnej pomocy językowej. Zadzwoń pod numer {ph} (TTY: 711)."),
]


class DXSheet(DTSheet):
    """DTSheet plus the boilerplate pages of long notices (taglines, nondiscrimination, rights, appeal form)."""

    def tagline_block(self, ph: str, size: float = 6.6, title: str = "Language assistance / Asistencia con idiomas"):
        self.bar(title, 8.2)
        self.para(f"ATTENTION: If you speak a language other than English, language assistance services, free of "
                  f"charge, are available to you. Call {ph} (TTY: 711).", size, gap=0.4)
        for _, t in LANGS:
            self.para(t.format(ph=ph), size, gap=0.4)
        self.ln(1)

    def nondiscrimination(self, org: str, coord: str, ph: str, addr: str, size: float = 7.2, es: bool = False):
        if es:
            self.bar("Aviso de no discriminación", 8.2)
            self.para(f"{org} cumple con las leyes federales de derechos civiles aplicables y no discrimina por motivos "
                      "de raza, color, nacionalidad, edad, discapacidad o sexo. Si cree que no le hemos dado estos "
                      f"servicios o lo hemos discriminado, puede presentar una queja ante: {coord}, Coordinador(a) de "
                      f"Derechos Civiles, {addr}, teléfono {ph}, TTY 711. También puede presentar una queja ante la "
                      "Oficina de Derechos Civiles del Departamento de Salud y Servicios Humanos de los EE. UU.", size)
            return
        self.bar("Nondiscrimination notice", 8.2)
        self.para(f"{org} complies with applicable federal civil rights laws and does not discriminate on the basis "
                  "of race, color, national origin, age, disability or sex. We provide free aids and services to "
                  "people with disabilities and free language services to people whose primary language is not "
                  f"English. If you believe we failed to provide these services or discriminated in another way, you "
                  f"can file a grievance with: {coord}, Civil Rights Coordinator, {addr}, phone {ph}, TTY 711. You "
                  "can also file a civil rights complaint with the U.S. Department of Health and Human Services, "
                  "Office for Civil Rights.", size)

    def example_form(self, title: str, rows: list[tuple[str, str]], note: str, size: float = 8.6):
        """An appeal request form whose boxes carry example values printed in grey italics-like small type."""
        self.bar(title, 9.2)
        self.para(note, 7.6)
        W = self.w - self.l_margin - self.r_margin
        for k, ex in rows:
            y = self.get_y()
            self.f(size - 1.4, "B")
            self.cell(58, 8, " " + k, border=1)
            self.rect(self.l_margin + 58, y, W - 58, 8)
            if ex:
                self.set_text_color(110, 110, 110)
                self.f(size - 1.2)
                self.cell(W - 58, 8, "  " + ex)
                self.set_text_color(0, 0, 0)
            self.set_xy(self.l_margin, y + 8)
        self.ln(3)
