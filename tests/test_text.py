"""normalize_vi and fold_diacritics."""

import unicodedata

import pytest

from app.nlp.text import fold_diacritics, normalize_vi


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Thành uỷ", "Thành ủy"),
        ("Uỷ ban nhân dân", "Ủy ban nhân dân"),
        ("hoà bình", "hòa bình"),
        ("Khánh Hoà", "Khánh Hòa"),
        ("thuỷ sản", "thủy sản"),
        ("khoẻ mạnh", "khỏe mạnh"),
        ("tuỳ", "tùy"),
        ("toà án", "tòa án"),
        ("HOÀ BÌNH", "HÒA BÌNH"),
    ],
)
def test_normalize_vi_moves_tone_to_first_vowel(raw, expected):
    assert normalize_vi(raw) == expected


@pytest.mark.parametrize(
    "word",
    ["quý", "quả", "Hoàng", "toán", "khuỷu", "ngoài", "Chloé", "José", "Hòa", "ủy", "Lương Cường"],
)
def test_normalize_vi_leaves_other_words_alone(word):
    assert normalize_vi(word) == word


def test_normalize_vi_composes_nfd_input():
    decomposed = unicodedata.normalize("NFD", "Chủ tịch nước Lương Cường")
    assert normalize_vi(decomposed) == "Chủ tịch nước Lương Cường"


def test_normalize_vi_is_idempotent_and_length_preserving():
    text = "Bí thư Thành uỷ Hà Nội, Chủ tịch UBND tỉnh Thanh Hoá và đoàn thuỷ thủ."
    once = normalize_vi(text)
    assert normalize_vi(once) == once
    assert len(once) == len(text)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Lương Cường", "luong cuong"),
        ("Đà Nẵng", "da nang"),
        ("ĐẠI SỨ QUÁN", "dai su quan"),
        ("Thủ đô Viêng Chăn", "thu do vieng chan"),
        ("São Paulo", "sao paulo"),
        ("Peru", "peru"),
    ],
)
def test_fold_diacritics(raw, expected):
    assert fold_diacritics(raw) == expected


def test_fold_diacritics_ignores_tone_placement():
    assert fold_diacritics("Thành uỷ") == fold_diacritics("Thành ủy") == "thanh uy"
