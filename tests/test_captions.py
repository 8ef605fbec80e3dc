"""Forms that print each caption under its value, and forms with labels over values: told apart by the grid."""

from __future__ import annotations

from tests.test_kv import fields_of, line


def test_captions_under_values_name_the_values_above_them():
    got = fields_of(
        line(700, (220, "Odalys T. Brennick"), (1000, "03/02/2026")),
        line(760, (220, "Patient name"), (1000, "Date of this notice")),
        line(820, (220, "QT5518230"), (1000, "G-40112")),
        line(880, (220, "Member identification number"), (1000, "Group number")),
        line(940, (220, "81K2204417"), (1000, "$612.40")),
        line(1000, (220, "Claim number"), (1000, "Total charges billed")))
    assert got["member_id"] == "QT5518230" and got["group_number"] == "G-40112"
    assert got["case_numbers"] == ["81K2204417"] and got["claim_amount"] == "612.40"
    assert got["member_name"] == "Odalys T. Brennick" and got["denial_date"] == "2026-03-02"


def test_labels_over_values_still_read_downwards():
    """The same grid starting with a row of labels: each value is under its label."""
    got = fields_of(
        line(700, (220, "Member identification number"), (1000, "Group number")),
        line(760, (220, "QT5518230"), (1000, "G-40112")),
        line(820, (220, "Claim number"), (1000, "Total charges billed")),
        line(880, (220, "81K2204417"), (1000, "$612.40")))
    assert got["member_id"] == "QT5518230" and got["group_number"] == "G-40112"
    assert got["case_numbers"] == ["81K2204417"] and got["claim_amount"] == "612.40"


def test_a_title_over_a_label_grid_does_not_turn_it_upside_down():
    got = fields_of(
        line(640, (600, "AVISO DE DETERMINACION ADVERSA")),
        line(700, (220, "Member identification number"), (1000, "Group number")),
        line(760, (220, "QT5518230"), (1000, "G-40112")))
    assert got["member_id"] == "QT5518230" and got["group_number"] == "G-40112"


def test_a_caption_row_with_one_value_left_blank():
    got = fields_of(
        line(700, (220, "Odalys T. Brennick"), (1000, "03/02/2026")),
        line(760, (220, "Patient name"), (1000, "Date of this notice")),
        line(820, (220, "81K2204417"), (1600, "01/28/2026")),
        line(880, (220, "Claim number"), (1000, "Reference number"), (1600, "Date(s) of service")))
    assert got["case_numbers"] == ["81K2204417"] and got["service_dates"] == ["2026-01-28"]
