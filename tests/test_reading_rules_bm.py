"""Reading rules from session 21 (rounds BM on), each a general one (no OCR for the fields; words placed as OCR
would place them; invented values)."""

from __future__ import annotations

from tests.test_kv import fields_of, line


def test_a_date_label_without_a_colon_before_a_month_name_labels_the_date():
    # 'May' is also a word of what a member may owe: here it opens the date
    got = fields_of(line(100, (100, "Member ID: QX5512078")),
                    line(170, (100, "Service date May 14, 2031"), (1100, "Claim number 4410-778-20931")))
    assert got["service_dates"] == ["2031-05-14"]


def test_a_letter_dated_in_a_table_row_is_no_notice_date():
    got = fields_of(line(100, (100, "Notice date: 09/02/2031")),
                    line(170, (100, "Member ID: QX5512078")),
                    line(240, (100, "Therapist letter dated July 2, 2031"), (1100, "Yes")))
    assert got["denial_date"] == "2031-09-02"


def test_spanish_labels_of_surgery_and_fill_name_the_service_date():
    got = fields_of(line(100, (100, "Número de miembro: 5390012734")),
                    line(170, (100, "Fecha de la cirugía: 14 de mayo de 2031")))
    assert got["service_dates"] == ["2031-05-14"]
    got = fields_of(line(100, (100, "Número de miembro: 5390012734")),
                    line(170, (100, "Fecha de surtido: 3 de junio de 2031")))
    assert got["service_dates"] == ["2031-06-03"]


def test_an_exam_or_an_infusion_date_is_the_service_date():
    got = fields_of(line(100, (100, "Member ID: QX5512078")),
                    line(170, (100, "Date of exam 21 Jul 2031")))
    assert got["service_dates"] == ["2031-07-21"]
    got = fields_of(line(100, (100, "Member ID: QX5512078")),
                    line(170, (100, "Planned first infusion: Feb 11, 2031")))
    assert got["service_dates"] == ["2031-02-11"]


def test_an_approved_span_is_the_service_span():
    got = fields_of(line(100, (100, "Member ID: QX5512078")),
                    line(170, (100, "Approved from: 12/04/2030 to 06/02/2031")))
    assert got["service_dates"] == ["2030-12-04/2031-06-02"]


def test_an_exam_benefit_and_its_benefit_year_are_no_service_span():
    got = fields_of(line(100, (100, "Member ID: QX5512078")),
                    line(170, (100, "Your routine exam benefit: 1 exam every 12 months. Benefit period 1 Jan 2031 "
                                      "to 31 Dec 2031")))
    assert not got.get("service_dates")
