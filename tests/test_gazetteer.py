"""The gazetteer data (resources/gazetteer) and its loader, plus the lexicon files."""

import unicodedata

import pytest

from app.nlp.gazetteer import Gazetteer, _country_places, load_gazetteer
from app.nlp.lexicon import load_lexicon
from app.nlp.text import normalize_vi
from app.paths import resource_path

# ISO codes of the 193 UN member states.
_UN_CODES = """
    AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH
    CM CA CF TD CL CN CO KM CG CD CR CI HR CU CY CZ DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI
    FR GA GM GE DE GH GR GD GT GN GW GY HT HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KP
    KR KW KG LA LV LB LS LR LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM MD MC MN ME MA MZ MM
    NA NR NP NL NZ NI NE NG MK NO OM PK PW PA PG PY PE PH PL PT QA RO RU RW KN LC VC WS SM ST
    SA SN RS SC SL SG SK SI SB SO ZA SS ES LK SD SR SE CH SY TJ TZ TH TL TG TO TT TN TR TM TV
    UG UA AE GB US UY UZ VU VE VN YE ZM ZW
"""
UN_MEMBERS = set(_UN_CODES.split())
# City-states without a separate capital row; Israel's capital is disputed (Jerusalem is a city).
NO_CAPITAL_ROW = {"SG", "MC", "IL"}


def _data_rows(*parts):
    lines = resource_path(*parts).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")][1:]


VI_TERRITORIES = dict(_data_rows("gazetteer", "countries.tsv"))


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


def test_un_member_list_is_complete():
    assert len(UN_MEMBERS) == 193
    assert set(VI_TERRITORIES) >= UN_MEMBERS


def test_canonical_country_names_do_not_depend_on_an_installed_cldr(monkeypatch):
    """The names stored in an archive come from countries.tsv, not from whatever Babel is installed.

    CLDR 48 (Babel 2.19) renamed AU "Úc"; an archive built with either must still say "Australia".
    Blocking the import of babel proves the gazetteer never reads it.
    """
    import sys

    monkeypatch.setitem(sys.modules, "babel", None)
    gazetteer = Gazetteer(_country_places()[1])
    assert gazetteer.lookup("Úc").name == "Australia"
    assert gazetteer.lookup("Australia").name == "Australia"
    assert gazetteer.lookup("Mỹ").name == "Hoa Kỳ"
    assert {p.iso: p.name for p in gazetteer.countries()} == VI_TERRITORIES


# --- lookup -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("alias", "name", "country"),
    [
        ("Mỹ", "Hoa Kỳ", "Hoa Kỳ"),
        ("Hợp chúng quốc Hoa Kỳ", "Hoa Kỳ", "Hoa Kỳ"),
        ("Anh", "Vương quốc Anh", "Vương quốc Anh"),
        ("Úc", "Australia", "Australia"),
        ("CHDCND Lào", "Lào", "Lào"),
        ("Cộng hòa Dân chủ Nhân dân Lào", "Lào", "Lào"),
        ("Cam-pu-chia", "Campuchia", "Campuchia"),
        ("Pê-ru", "Peru", "Peru"),
        ("Cộng hòa Chile", "Chile", "Chile"),
        ("Cộng hòa Dominicana", "Cộng hòa Dominica", "Cộng hòa Dominica"),
        ("Vietnam", "Việt Nam", "Việt Nam"),
        ("Liên bang Nga", "Nga", "Nga"),
        ("Vientiane", "Viêng Chăn", "Lào"),
        ("Viên Chăn", "Viêng Chăn", "Lào"),
        ("Phnom Penh", "Phnôm Pênh", "Campuchia"),
        ("Moscow", "Mátxcơva", "Nga"),
        ("Washington D.C.", "Oa-sinh-tơn", "Hoa Kỳ"),
        ("Niu Oóc", "New York", "Hoa Kỳ"),
        ("TP.HCM", "TP Hồ Chí Minh", "Việt Nam"),
        ("Sài Gòn", "TP Hồ Chí Minh", "Việt Nam"),
        ("Thanh Hoá", "Thanh Hóa", "Việt Nam"),
        ("Xanh Pê-téc-bua", "Saint Petersburg", "Nga"),
    ],
)
def test_lookup_aliases(gaz, alias, name, country):
    place = gaz.lookup(alias)
    assert place is not None, alias
    assert place.name == name
    assert place.country == country


def test_lookup_kinds_and_iso(gaz):
    assert gaz.lookup("Lào").kind == "country"
    assert gaz.lookup("Lào").iso == "LA"
    assert gaz.lookup("Hà Nội").kind == "capital"
    assert gaz.lookup("Lima").kind == "capital"
    assert gaz.lookup("Côn Minh").kind == "city"
    assert gaz.lookup("Quảng Ninh").kind == "province"
    region = gaz.lookup("Mỹ La-tinh")
    assert region.name == "Mỹ Latinh"
    assert region.kind == "region"
    assert region.country is None
    assert gaz.lookup("Điện Kremlin").kind == "venue"


def test_lookup_case_rules(gaz):
    assert gaz.lookup("anh") is None  # "brother", not the United Kingdom
    assert gaz.lookup("mỹ") is None
    assert gaz.lookup("hà nội").name == "Hà Nội"  # multi-word names fall back case-insensitively
    assert gaz.lookup("Châu Âu").name == "châu Âu"  # lowercase-initial names also match capitalised
    assert gaz.lookup("  Santiago   de  Chile ").name == "Santiago de Chile"
    assert gaz.lookup(unicodedata.normalize("NFD", "Viêng Chăn")).name == "Viêng Chăn"
    assert gaz.lookup("") is None
    assert gaz.lookup("Atlantis") is None


def test_country_of(gaz):
    assert gaz.country_of("Lima") == "Peru"
    assert gaz.country_of("Santiago de Chile") == "Chile"
    assert gaz.country_of("Bình Nhưỡng") == "Triều Tiên"
    assert gaz.country_of("Mỹ") == "Hoa Kỳ"
    assert gaz.country_of("Đông Nam Á") is None
    assert gaz.country_of("không có") is None


def test_countries(gaz):
    countries = gaz.countries()
    by_iso = {c.iso: c for c in countries}
    assert set(by_iso) >= UN_MEMBERS
    assert by_iso["US"].name == "Hoa Kỳ"
    assert by_iso["GB"].name == "Vương quốc Anh"
    assert all(c.kind == "country" and c.country == c.name for c in countries)
    assert "EU" not in by_iso and "ZZ" not in by_iso


# --- find_all -----------------------------------------------------------------------------------


def _found(gaz, text):
    return [(text[s:e], p.name) for s, e, p in gaz.find_all(text)]


def test_find_all_prefers_the_longest_name(gaz):
    text = (
        "Chiều 14/11 (giờ địa phương), tại Thủ đô Santiago de Chile, Chủ tịch nước Lương Cường "
        "hội kiến Chủ tịch Hạ viện Chile."
    )
    assert _found(gaz, text) == [
        ("Santiago de Chile", "Santiago de Chile"),
        ("Chile", "Chile"),
    ]


def test_find_all_word_boundaries_and_case(gaz):
    assert _found(gaz, "anh em hai nước") == []
    assert _found(gaz, "Anhxtanh và Lào Cai") == [("Lào Cai", "Lào Cai")]
    assert _found(gaz, "cập nhật bản tin về Nhật Bản") == [("Nhật Bản", "Nhật Bản")]
    assert _found(gaz, "Thái Bình Dương và Thái Bình") == [
        ("Thái Bình Dương", "Thái Bình Dương"),
        ("Thái Bình", "Thái Bình"),
    ]


def test_find_all_offsets_and_order(gaz):
    text = "Từ Hà Nội đến Viêng Chăn, rồi sang Phnôm Pênh (Campuchia) và Mỹ La-tinh."
    found = gaz.find_all(text)
    assert [p.name for _s, _e, p in found] == [
        "Hà Nội",
        "Viêng Chăn",
        "Phnôm Pênh",
        "Campuchia",
        "Mỹ Latinh",
    ]
    starts = [s for s, _e, _p in found]
    assert starts == sorted(starts)
    assert all(text[s:e] for s, e, _p in found)


def test_find_all_normalises_spelling_but_reports_input_offsets(gaz):
    text = "Tỉnh Khánh Hoà đón đoàn."
    ((start, end, place),) = gaz.find_all(text)
    assert text[start:end] == "Khánh Hoà"
    assert place.name == "Khánh Hòa"


def test_find_all_skips_given_names(gaz):
    text = "Bà Nguyễn Thị Nga và ông Lê Minh Đức sang thăm Nga và Đức."
    assert _found(gaz, text) == [("Nga", "Nga"), ("Đức", "Đức")]
    assert _found(gaz, "Đức Giáo hoàng tiếp Thủ tướng Đức.") == [("Đức", "Đức")]
    assert _found(gaz, "Anh cho biết sẽ sang Anh.") == [("Anh", "Vương quốc Anh")]


def test_find_all_on_seed_article(gaz):
    from app.paths import seeds_dir

    text = next(iter(sorted(seeds_dir().glob("*.txt")))).read_text(encoding="utf-8")
    names = {p.name for _s, _e, p in gaz.find_all(text)}
    assert {"Lima", "Peru", "Việt Nam"} <= names


# --- data integrity -----------------------------------------------------------------------------


def test_no_alias_maps_to_two_places(gaz):
    assert gaz.conflicts == []


def test_data_files_are_nfc_and_well_formed():
    for rel in [
        ("gazetteer", "countries.tsv"),
        ("gazetteer", "country_aliases.tsv"),
        ("gazetteer", "places.tsv"),
        ("lexicon", "org_aliases.tsv"),
    ]:
        text = resource_path(*rel).read_text(encoding="utf-8")
        assert unicodedata.is_normalized("NFC", text), rel
    for row in _data_rows("gazetteer", "country_aliases.tsv"):
        assert len(row) == 2 and row[1] in VI_TERRITORIES, row
    for row in _data_rows("gazetteer", "places.tsv"):
        assert len(row) == 4, row
        name, kind, iso, _aliases = row
        assert kind in {"capital", "city", "province", "region", "venue"}, row
        assert iso == "" or iso in VI_TERRITORIES, row
        if kind == "capital":
            assert iso in UN_MEMBERS, row


def test_every_un_member_has_a_capital(gaz):
    rows = _data_rows("gazetteer", "places.tsv")
    capital_isos = [iso for _n, kind, iso, _a in rows if kind == "capital"]
    assert len(capital_isos) == len(set(capital_isos)), "one capital per country"
    assert set(capital_isos) == UN_MEMBERS - NO_CAPITAL_ROW


def test_vietnamese_provinces():
    rows = _data_rows("gazetteer", "places.tsv")
    vn = {n for n, kind, iso, _a in rows if iso == "VN" and kind in {"capital", "city", "province"}}
    old_63 = {
        n
        for n in vn
        if n
        not in {"Huế", "Hạ Long", "Nha Trang", "Đà Lạt", "Vũng Tàu", "Hội An", "Phú Quốc", "Buôn Ma Thuột", "Quy Nhơn",
                "Móng Cái"}
    }
    assert len(old_63) == 63
    new_34 = {
        "Hà Nội",
        "Huế",
        "Hải Phòng",
        "Đà Nẵng",
        "TP Hồ Chí Minh",
        "Cần Thơ",
        "Tuyên Quang",
        "Cao Bằng",
        "Lai Châu",
        "Lào Cai",
        "Thái Nguyên",
        "Điện Biên",
        "Lạng Sơn",
        "Sơn La",
        "Phú Thọ",
        "Bắc Ninh",
        "Quảng Ninh",
        "Hưng Yên",
        "Ninh Bình",
        "Thanh Hóa",
        "Nghệ An",
        "Hà Tĩnh",
        "Quảng Trị",
        "Quảng Ngãi",
        "Gia Lai",
        "Khánh Hòa",
        "Lâm Đồng",
        "Đắk Lắk",
        "Đồng Nai",
        "Tây Ninh",
        "Vĩnh Long",
        "Đồng Tháp",
        "Cà Mau",
        "An Giang",
    }
    assert len(new_34) == 34
    assert new_34 <= vn


def test_country_alias_table_is_broad():
    rows = _data_rows("gazetteer", "country_aliases.tsv")
    assert len(rows) >= 300


# --- lexicon ------------------------------------------------------------------------------------


def test_lexicon():
    lex = load_lexicon()
    assert load_lexicon() is lex
    assert "Chủ tịch nước" in lex.titles
    assert "Phó Bí thư Thường trực Thành ủy" in lex.titles
    assert all(len(a.split()) >= len(b.split()) for a, b in zip(lex.titles, lex.titles[1:], strict=False))
    assert lex.titles.index("Thủ tướng Chính phủ") < lex.titles.index("Thủ tướng")
    assert "Ủy viên Bộ Chính trị" in lex.membership_titles
    assert "Phó" in lex.title_modifiers
    assert {"ông", "bà", "Ngài"} <= set(lex.honorifics)
    assert {"Bộ", "Tập đoàn", "Đại sứ quán"} <= set(lex.org_heads)
    assert lex.org_aliases["TTXVN"] == "Thông tấn xã Việt Nam"
    assert lex.org_aliases["Vietel"] == "Viettel"
    assert lex.org_aliases["LHQ"] == "Liên hợp quốc"
    assert {"Nguyễn", "Trần", "Lương", "Kiều"} <= lex.surnames
    assert len(lex.surnames) >= 100
    # every entry is in the project's canonical spelling
    for entry in [*lex.titles, *lex.membership_titles, *lex.org_heads, *lex.org_aliases]:
        assert normalize_vi(entry) == entry, entry


# --- a country only where it stands as a name -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Cuộc họp ở quận Thủ Đức kéo dài.", []),  # a district named like Germany
        ("Ông Tuấn Anh và chị Phương Nga đã đến.", []),  # given names
        ("Phó Thủ tướng Trương Hòa Bình phát biểu.", []),  # a province inside a person's name
        ("Học sinh giỏi Tiếng Anh được thưởng.", []),  # the language
        ("Báo Pháp luật đưa tin về vụ án.", []),  # "law"
        ("Ông được phong Anh hùng Lao động.", []),  # "hero"
        ("Thủ tướng Anh Theresa May phát biểu tại Mỹ.", ["Vương quốc Anh", "Hoa Kỳ"]),
        ("Tại Mỹ, giá dầu tăng.", ["Hoa Kỳ"]),
        ("Tỉnh Khánh Hoà đón đoàn khách Nga.", ["Khánh Hòa", "Nga"]),
    ],
)
def test_places_stand_as_names(gaz, text, places):
    assert [p.name for _s, _e, p in gaz.find_all(text)] == places


def test_the_entity_scanner_uses_the_same_rule():
    from app.ingest.article import Block, CleanArticle
    from app.nlp.entities import extract_entities
    from app.nlp.reading import read

    found = extract_entities(read(CleanArticle("", [Block("paragraph", "Ở Đông Anh và Thủ Đức, phóng viên Pháp luật gặp đoàn khách Pháp.")])))
    assert [e.name for e in found if e.type == "location" and e.kind == "country"] == ["Pháp"]


@pytest.mark.parametrize("alias, name", [
    ("New South Wales", "New South Wales"),
    ("Tây Úc", "Western Australia"),
    ("Nam Australia", "South Australia"),
    ("Queensland", "Queensland"),
])
def test_australian_states(gaz, alias, name):
    place = gaz.lookup(alias)
    assert place is not None and place.name == name and place.country == "Australia" and place.kind == "province"


@pytest.mark.parametrize("alias, name", [("Tây Bengal", "West Bengal"), ("Kerala", "Kerala")])
def test_indian_states(gaz, alias, name):
    place = gaz.lookup(alias)
    assert place is not None and place.name == name and place.country == "Ấn Độ" and place.kind == "province"


def test_a_state_is_no_part_of_the_name_after_it():
    from app.ingest.article import Block, CleanArticle
    from app.nlp.entities import extract_entities
    from app.nlp.reading import read

    found = extract_entities(read(CleanArticle("", [Block("paragraph", "Chủ tịch Ủy ban Đoàn kết bang Tây Bengal "
                                                                      "Rajesh Kumar thăm Hà Nội.")])))
    assert "Rajesh Kumar" in {e.name for e in found if e.type == "person"}
