"""Drawing helpers for round DX, helper famdxa (Medi-Cal Rx pharmacy notices; an invented plan's multi-page
outpatient surgery EOB with its rights enclosure).

Why: both families stress boilerplate that sits beside the facts: a tagline block in many languages, a
nondiscrimination notice naming its own coordinator, phone and address, and a sample request form printed with
example values. Everything printed with them is invented (phones use 555 or TTY 711).
"""

from __future__ import annotations

from kit_rounddt_famdtd import DTSheet, people  # noqa: F401  (people re-exported for the family modules)

TAGLINE_LANGS = [
    ("English", "ATTENTION: If you speak another language, language assistance services, free of charge, are "
                "available to you. Call {ph} (TTY 711)."),
    ("Español", "ATENCIÓN: si habla español, tiene a su disposición servicios gratuitos de asistencia "
                "lingüística. Llame al {ph} (TTY 711)."),
    ("Tiếng Việt", "CHÚ Ý: Nếu bạn nói Tiếng Việt, có các dịch vụ hỗ trợ ngôn ngữ miễn phí dành cho bạn. "
                   "Gọi số {ph} (TTY 711)."),
    ("Tagalog", "PAUNAWA: Kung nagsasalita ka ng Tagalog, maaari kang gumamit ng mga serbisyo ng tulong sa wika "
                "nang walang bayad. Tumawag sa {ph} (TTY 711)."),
    ("Русский", "ВНИМАНИЕ: если вы говорите на русском языке, вам доступны бесплатные услуги перевода. "
                "Звоните {ph} (телетайп 711)."),
    ("Հայերեն", "ՈՒՇԱԴՐՈՒԹՅՈՒՆ՝ Եթե խոսում եք հայերեն, ձեզ անվճար կարող են տրամադրվել լեզվական աջակցության "
                "ծառայություններ: Զանգահարեք {ph} (TTY 711):"),
    ("Українська", "УВАГА! Якщо ви розмовляєте українською мовою, ви можете звернутися до безкоштовної служби "
                   "мовної підтримки. Телефонуйте за номером {ph} (телетайп 711)."),
    ("Hmoob", "LUS CEEV: Yog tias koj hais lus Hmoob, cov kev pab txog lus, muaj kev pab dawb rau koj. Hu rau "
              "{ph} (TTY 711)."),
    ("Português", "ATENÇÃO: Se fala português, encontram-se disponíveis serviços linguísticos, grátis. Ligue "
                  "para {ph} (TTY 711)."),
    ("Français", "ATTENTION : Si vous parlez français, des services d'aide linguistique vous sont proposés "
                 "gratuitement. Appelez le {ph} (ATS 711)."),
]


class DXSheet(DTSheet):
    """DTSheet plus a many-language tagline block, a nondiscrimination notice and a sample form with example values."""

    def tagline_block(self, phone: str, size: float = 6.9, title: str | None = "Language assistance / Asistencia "
                      "con idiomas", n: int = 10):
        if title:
            self.bar(title, 8.4)
        for lang, t in TAGLINE_LANGS[:n]:
            self.f(size, "B")
            self.cell(22, size * 0.47, lang)
            self.f(size)
            self.multi_cell(0, size * 0.47, t.format(ph=phone), new_x="LMARGIN", new_y="NEXT")
            self.ln(0.6)
        self.ln(1.5)

    def nondiscrimination(self, org: str, coord: str, phone: str, addr: str, email: str, size: float = 7.4,
                          lang: str = "en"):
        if lang == "es":
            self.bar("AVISO DE NO DISCRIMINACIÓN", 8.4)
            self.para(f"{org} cumple con las leyes federales y estatales de derechos civiles. No discrimina por raza, "
                      "color, origen nacional, edad, discapacidad, sexo ni ningún otro motivo prohibido. Si cree "
                      "que no le dieron estos servicios o que lo discriminaron, puede presentar una queja ante "
                      f"nuestro Coordinador de Derechos Civiles: {coord}, {addr}. Teléfono {phone} (TTY 711). "
                      f"Correo electrónico {email}.", size, gap=1.5)
            return
        self.bar("NONDISCRIMINATION NOTICE", 8.4)
        self.para(f"{org} follows Federal and State civil rights laws. We do not discriminate against people "
                  "because of race, color, national origin, age, disability, sex or any other ground the law "
                  "protects. We give free aids and services, such as qualified interpreters and written information "
                  "in large print, audio and accessible electronic formats. If you believe we failed to do so, you "
                  f"can file a grievance with our Civil Rights Coordinator: {coord}, {addr}; phone {phone} "
                  f"(TTY 711); email {email}. You can also file a civil rights complaint with the U.S. Department "
                  "of Health and Human Services, Office for Civil Rights.", size, gap=1.5)

    def sample_form(self, title: str, rows: list[tuple[str, str]], note: str = "", size: float = 8.4,
                    stamp: str = "EXAMPLE - DO NOT SEND THIS PAGE AS FILLED IN"):
        """A request form whose boxes hold example values (an illustration), with a boxed 'EXAMPLE' stamp."""
        self.bar(title, 9)
        if note:
            self.para(note, 7.8, gap=1)
        W = self.w - self.l_margin - self.r_margin
        for k, v in rows:
            self.f(size - 1.4, "B")
            self.cell(58, 7, " " + k, border=1)
            self.f(size)
            self.set_text_color(90, 90, 90)
            self.cell(W - 58, 7, " " + v, border=1, new_x="LMARGIN", new_y="NEXT")
            self.set_text_color(0, 0, 0)
        self.ln(1.5)
        self.f(8, "B")
        self.cell(0, 5, stamp, border=1, align="C", new_x="LMARGIN", new_y="NEXT")
        self.ln(2)
