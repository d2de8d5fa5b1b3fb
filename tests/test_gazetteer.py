from __future__ import annotations

import importlib.util
import itertools
import json
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bilateral import gazetteer as g

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DATA = Path(g.__file__).resolve().parent / "data"


def _rows(name: str) -> list[list[str]]:
    lines = [x for x in (DATA / name).read_text(encoding="utf-8").splitlines() if x and not x.startswith("#")]
    return [x.split("\t") for x in lines[1:]]


def _spans(ms: list[g.Mention]) -> list[tuple[str, str]]:
    return [(m.text, m.code) for m in ms]


# ------------------------------------------------------------------------------------------ data sizes


def test_data_sizes() -> None:
    countries = _rows("countries.tsv")
    states = [r for r in countries if r[2] == "state"]
    assert len([r for r in countries if r[2] != "blocker"]) >= 250
    assert len(states) >= 195
    assert len(_rows("cities.tsv")) >= 600
    assert len(_rows("organizations.tsv")) >= 100
    assert len(_rows("parliaments.tsv")) >= 100
    assert len(_rows("roles.tsv")) >= 200


def test_every_state_has_a_capital_and_demonyms() -> None:
    capitals = {r[1] for r in _rows("cities.tsv") if r[2] == "1"}
    states = [r[0] for r in _rows("countries.tsv") if r[2] == "state"]
    assert [c for c in states if c not in capitals] == []
    # Congolese (CG/CD) and Dominican (DM/DO) are ambiguous; the Vatican has no demonym of its own.
    assert [c for c in states if not g.demonyms(c)] == ["CG", "DM", "VA"]


def test_no_form_names_two_countries() -> None:
    owner: dict[str, str] = {}
    for r in _rows("countries.tsv"):
        if r[2] == "blocker":
            continue
        for cell in r[3:]:
            for form in filter(None, cell.split("|")):
                key = g.fold(form).lower().replace("-", " ")
                assert owner.setdefault(key, r[0]) == r[0], (form, owner[key], r[0])


# ------------------------------------------------------------------------------------------ countries


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Kingdom of Spain", "ES"),
        ("azerbaijani", "AZ"),
        ("Türkiye", "TR"),
        ("Turkiye", "TR"),
        ("AZ", "AZ"),
        ("AZE", "AZ"),
        ("the Netherlands", "NL"),
        ("Holland", "NL"),
        ("Dutch", "NL"),
        ("Hellenic Republic", "GR"),
        ("Hellenic", "GR"),
        ("Portuguese Republic", "PT"),
        ("Federal Republic of Germany", "DE"),
        ("Islamic Republic of Iran", "IR"),
        ("Kyrgyz Republic", "KG"),
        ("Czech Republic", "CZ"),
        ("Czechia", "CZ"),
        ("Ivory Coast", "CI"),
        ("Côte d’Ivoire", "CI"),
        ("Cote d'Ivoire", "CI"),
        ("Holy See", "VA"),
        ("Kosovo", "XK"),
        ("Kosovar", "XK"),
        ("UAE", "AE"),
        ("Emirati", "AE"),
        ("Great Britain", "GB"),
        ("U.S.", "US"),
        ("Macedonia", "MK"),
        ("Burma", "MM"),
        ("Swaziland", "SZ"),
        ("Cape Verde", "CV"),
        ("Zaire", "CD"),
        ("Ceylon", "LK"),
        ("Persia", "IR"),
        ("Siam", "TH"),
        ("USSR", "SU"),
        ("Soviet", "SU"),
        ("Yugoslavia", "YU"),
        ("Czechoslovakia", "CS"),
        ("Kazakhstani", "KZ"),
        ("Filipino", "PH"),
        ("Swiss", "CH"),
        ("Spaniards", "ES"),
        ("Georgia", "GE"),
        ("Saint Lucia", "LC"),
        ("St. Lucia", "LC"),
        ("Trinidad & Tobago", "TT"),
        ("Azerbaijan's", "AZ"),
        ("Korea", None),
        ("Congo", None),
        ("Atlantis", None),
        ("", None),
    ],
)
def test_country_code(name: str, code: str | None) -> None:
    assert g.country_code(name) == code


def test_country_name_and_history() -> None:
    assert g.country_name("TR") == "Turkey"
    assert g.country_name("kr") == "South Korea"
    assert g.country_name("SU") == "Soviet Union"
    assert g.is_historical("SU") and g.is_historical("YU") and g.is_historical("CS")
    assert not g.is_historical("RU")
    assert g.country_status("PR") == "territory"
    assert "Azerbaijanis" in g.demonyms("AZ") and "Azeri" in g.demonyms("AZ")
    assert {"Greek", "Hellenic"} <= set(g.demonyms("GR"))
    with pytest.raises(KeyError):
        g.country_name("QQ")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Republic of Azerbaijan and Portugal signed.",
            [("Republic of Azerbaijan", "AZ"), ("Portugal", "PT")],
        ),
        ("Azerbaijan-Portugal relations", [("Azerbaijan", "AZ"), ("Portugal", "PT")]),
        (
            "Azerbaijan\u2011Portugal and Chile\u2013Peru",
            [("Azerbaijan", "AZ"), ("Portugal", "PT"), ("Chile", "CL"), ("Peru", "PE")],
        ),
        ("Portugal\u2019s and Azerbaijan's", [("Portugal", "PT"), ("Azerbaijan", "AZ")]),
        ("Papua New Guinea is not Guinea.", [("Papua New Guinea", "PG"), ("Guinea", "GN")]),
        ("Niger borders Nigeria.", [("Niger", "NE"), ("Nigeria", "NG")]),
        ("The Dominican Republic and Dominica", [("Dominican Republic", "DO"), ("Dominica", "DM")]),
        ("South Sudan split from Sudan.", [("South Sudan", "SS"), ("Sudan", "SD")]),
        ("Korea and the Congo are ambiguous.", []),
        ("North Korea and South Korea", [("North Korea", "KP"), ("South Korea", "KR")]),
        ("Latin America and South America, but America", [("America", "US")]),
        ("the Indian Ocean; Indian tea", [("Indian", "IN")]),
        ("It cost US$ 5 or $US 7 in the U.S.", [("U.S.", "US")]),
        ("Georgia (country) and Georgia", [("Georgia (country)", "GE"), ("Georgia", "GE")]),
        ("The Organization of American States met in Chile.", [("Chile", "CL")]),
        ("Chişinău is the capital of Moldova, Moldovan wine.", [("Moldova", "MD"), ("Moldovan", "MD")]),
        ("the former Soviet Union and Yugoslav republics", [("Soviet Union", "SU"), ("Yugoslav", "YU")]),
        (
            "Türkiye, formerly Turkey; Turkish and Turks",
            [("Türkiye", "TR"), ("Turkey", "TR"), ("Turkish", "TR"), ("Turks", "TR")],
        ),
        ("a Kazakh and a Kazakhstani diplomat", [("Kazakh", "KZ"), ("Kazakhstani", "KZ")]),
        ("the Turks and Caicos Islands", [("Turks and Caicos Islands", "TC")]),
        (
            "Bosnia and Herzegovina, Bosnia-Herzegovina",
            [("Bosnia and Herzegovina", "BA"), ("Bosnia-Herzegovina", "BA")],
        ),
        ("AZERBAIJAN in capitals, azerbaijan in lower case", []),
    ],
)
def test_find_countries(text: str, expected: list[tuple[str, str]]) -> None:
    ms = g.find_countries(text)
    assert _spans(ms) == expected
    assert all(text[m.start : m.end] == m.text for m in ms)


def test_find_countries_kinds() -> None:
    text = "Kingdom of Spain, Spain, Spanish, USA, Persia"
    assert [m.kind for m in g.find_countries(text)] == ["official", "name", "demonym", "abbrev", "former"]


# ------------------------------------------------------------------------------------------ cities


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Kyiv", "UA"),
        ("Kiev", "UA"),
        ("Astana", "KZ"),
        ("Nur-Sultan", "KZ"),
        ("Akmola", "KZ"),
        ("Almaty", "KZ"),
        ("Alma-Ata", "KZ"),
        ("Tbilisi", "GE"),
        ("Tiflis", "GE"),
        ("Chişinău", "MD"),
        ("Chișinău", "MD"),
        ("Chisinau", "MD"),
        ("Ankara", "TR"),
        ("Rabat", "MA"),
        ("Batumi", "GE"),
        ("Kaunas", "LT"),
        ("Davos", "CH"),
        ("New Delhi", "IN"),
        ("Mumbai", "IN"),
        ("Bombay", "IN"),
        ("New York", "US"),
        ("the Hague", "NL"),
        ("St. Petersburg", "RU"),
        ("Saint Petersburg", "RU"),
        ("Victoria", "SC"),
        ("Tripoli", "LY"),
        ("Narnia", None),
    ],
)
def test_city_country(name: str, code: str | None) -> None:
    assert g.city_country(name) == code


def test_find_cities() -> None:
    text = "From Kiev to Alma-Ata via Baku; El Salvador, Guinea-Bissau, the Shanghai Cooperation Organisation."
    ms = g.find_cities(text)
    assert [(m.text, m.code, m.value) for m in ms] == [
        ("Kiev", "UA", "Kyiv"),
        ("Alma-Ata", "KZ", "Almaty"),
        ("Baku", "AZ", "Baku"),
    ]
    assert [m.value for m in g.find_cities("New Delhi, not Delhi; Kuwait City; Victoria Nuland")] == [
        "New Delhi",
        "Delhi",
        "Kuwait City",
    ]


# ------------------------------------------------------------------------------------------ organizations


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("OSCE", "Organization for Security and Cooperation in Europe"),
        (
            "Organisation for Security and Co-operation in Europe",
            "Organization for Security and Cooperation in Europe",
        ),
        ("NATO", "North Atlantic Treaty Organization"),
        ("the Council of Europe", "Council of Europe"),
        ("CoE", "Council of Europe"),
        ("PACE", "Parliamentary Assembly of the Council of Europe"),
        ("EU", "European Union"),
        ("UN Security Council", "United Nations Security Council"),
        ("Turkic Council", "Organization of Turkic States"),
        ("BSEC", "Organization of the Black Sea Economic Cooperation"),
        ("NB8", "Nordic-Baltic Eight"),
        ("G-20", "Group of Twenty"),
        ("Francophonie", "Organisation internationale de la Francophonie"),
        ("Warsaw", None),
    ],
)
def test_organization(name: str, canonical: str | None) -> None:
    assert g.organization(name) == canonical


def test_find_organizations() -> None:
    text = "Members of the UN, the OSCE, the Council of Europe and the Organisation of Islamic Cooperation."
    assert [m.text for m in g.find_organizations(text)] == [
        "UN",
        "OSCE",
        "Council of Europe",
        "Organisation of Islamic Cooperation",
    ]
    assert g.find_organizations("the un-named who")[:1] == []


def _load_scorer() -> ModuleType:
    path = SHARED / "eval" / "score.py"
    if not path.exists():
        pytest.skip("shared/ not available")
    spec = importlib.util.spec_from_file_location("bilateral_score", path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_canonical_orgs_fold_like_the_scorer() -> None:
    score = _load_scorer()
    for alias, target in score.ORG_ALIASES.items():
        canon = g.organization(alias)
        assert canon is not None, alias
        assert score.org(canon) == target, (alias, canon)
    for row in _rows("organizations.tsv"):
        for form in filter(None, row[1].split("|")):
            known = score.ORG_ALIASES.get(score.fold(form))
            if known:
                assert score.org(row[0]) == known, (form, row[0])


# ------------------------------------------------------------------------------------------ parliaments


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Milli Majlis", "AZ"),
        ("Saeima", "LV"),
        ("Saeima of Latvia", "LV"),
        ("Seimas", "LT"),
        ("Riigikogu", "EE"),
        ("Mazhilis", "KZ"),
        ("Mazhilis of the Parliament of Kazakhstan", "KZ"),
        ("Hellenic Parliament", "GR"),
        ("Congress of Deputies", "ES"),
        ("Assembleia da República", "PT"),
        ("Oliy Majlis", "UZ"),
        ("Verkhovna Rada", "UA"),
        ("Bundestag", "DE"),
        ("Knesset", "IL"),
        ("Grand National Assembly of Turkey", "TR"),
        ("State Duma", "RU"),
        ("Lok Sabha", "IN"),
        ("National Assembly of Armenia", "AM"),
        ("the National Assembly of Bulgaria", "BG"),
        ("Parliament of Georgia", "GE"),
        ("Latvian Parliament", "LV"),
        ("Spanish Senate", "ES"),
        ("Senate of Spain", "ES"),
        ("National Assembly", None),
        ("Senate", None),
        ("Riga", None),
    ],
)
def test_parliament_country(name: str, code: str | None) -> None:
    assert g.parliament_country(name) == code


def test_find_parliaments() -> None:
    text = "The Saeima, the Senate, Spain\u2019s Senate and the Chair of the National Assembly of Bulgaria."
    assert _spans(g.find_parliaments(text)) == [
        ("Saeima", "LV"),
        ("Senate", ""),
        ("Spain\u2019s Senate", "ES"),
        ("National Assembly of Bulgaria", "BG"),
    ]


# ------------------------------------------------------------------------------------------ roles


@pytest.mark.parametrize(
    ("phrase", "role"),
    [
        ("President", "head_of_state"),
        ("president of Portugal", "head_of_state"),
        ("King", "head_of_state"),
        ("Emir", "head_of_state"),
        ("Prime Minister", "head_of_government"),
        ("Premier", "head_of_government"),
        ("German Chancellor", "head_of_government"),
        ("President of the Government", "head_of_government"),
        ("Foreign Minister", "foreign_minister"),
        ("Minister of Foreign Affairs", "foreign_minister"),
        ("Minister for Foreign Affairs", "foreign_minister"),
        ("Minister of State and Foreign Affairs", "foreign_minister"),
        ("Minister of Foreign Affairs and Trade", "foreign_minister"),
        ("Minister for Europe and Foreign Affairs", "foreign_minister"),
        ("former Ministers of Foreign Affairs", "foreign_minister"),
        ("Secretary of State for Foreign and Global Affairs", "state_secretary"),
        ("State Secretary", "state_secretary"),
        ("US Secretary of State", "foreign_minister"),
        ("Deputy Foreign Minister", "deputy_minister"),
        ("deputy foreign ministers", "deputy_minister"),
        ("First Deputy Minister of Foreign Affairs", "deputy_minister"),
        ("Deputy Minister of Culture", "deputy_minister"),
        ("Vice Minister", "deputy_minister"),
        ("Minister of Culture and Tourism", "minister"),
        ("Minister of Digital Development, Innovation and Aerospace Industry", "minister"),
        ("Foreign Trade Minister", "minister"),
        ("Minister of State for External Affairs", "minister"),
        ("Deputy Prime Minister", "minister"),
        ("Ambassador", "ambassador"),
        ("ambassador-designate", "ambassador"),
        ("Ambassador Extraordinary and Plenipotentiary", "ambassador"),
        ("chargé d'affaires", "charge_d_affaires"),
        ("charge d\u2019affaires a.i.", "charge_d_affaires"),
        ("Chargé d'affaires ad interim", "charge_d_affaires"),
        ("Honorary Consul", "honorary_consul"),
        ("Consul General", "consul"),
        ("Consul-General", "consul"),
        ("consular diplomat", "diplomat"),
        ("Speaker", "speaker"),
        ("Speaker of the Saeima", "speaker"),
        ("Chairman of the Milli Majlis", "speaker"),
        ("Chairperson of the National Assembly", "speaker"),
        ("President of the Riigikogu", "speaker"),
        ("President of the Seimas", "speaker"),
        ("Senate Speaker", "speaker"),
        ("Senate Chairman", "speaker"),
        ("Deputy Speaker", "member_of_parliament"),
        ("member of parliament", "member_of_parliament"),
        ("MPs", "member_of_parliament"),
        ("deputy of the Milli Majlis", "member_of_parliament"),
        ("member of the Mazhilis", "member_of_parliament"),
        ("head of the Armenia\u2013Greece friendship group", "member_of_parliament"),
        ("Vice-President", "vice_president"),
        ("Secretary General of the Armenian foreign ministry", "official"),
        ("Under-Secretary of State", "official"),
        ("Political Director", "official"),
        ("Executive Director", "official"),
        ("President of the Parliamentary Assembly of the Council of Europe", "official"),
        ("head of the Portuguese government", "head_of_government"),
        ("head of the delegation", "delegation_head"),
        ("the weather", None),
        ("mp3 player", None),
    ],
)
def test_role_of(phrase: str, role: str | None) -> None:
    assert g.role_of(phrase) == role


def test_find_roles_longest_match() -> None:
    text = "Deputy Foreign Minister A met Foreign Minister B and Prime Minister C."
    assert [(m.text, m.value, m.code) for m in g.find_roles(text)] == [
        ("Deputy Foreign Minister", "deputy_minister", ""),
        ("Foreign Minister", "foreign_minister", ""),
        ("Prime Minister", "head_of_government", ""),
    ]


# ------------------------------------------------------------------------------------------ properties

_PIECES = [
    "Azerbaijan",
    "Portugal",
    "Papua New Guinea",
    "Guinea",
    "Latin America",
    "Kiev",
    "Kyiv",
    "Niger",
    "Nigeria",
    "Republic of Azerbaijan",
    "Azerbaijani",
    "the",
    "and",
    "-",
    "\u2013",
    "\u2019s",
    "'s",
    " ",
    ", ",
    ". ",
    "\n",
    "OSCE",
    "Saeima",
    "Deputy Foreign Minister",
    "chargé d'affaires",
    "US$",
    "U.S.",
    "Chişinău",
    "x",
]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30))
def test_mentions_are_ordered_disjoint_and_grounded(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert len(g.fold(text)) == len(text)
    for finder in (g.find_countries, g.find_cities, g.find_organizations, g.find_parliaments, g.find_roles):
        ms = finder(text)
        for a, b in itertools.pairwise(ms):
            assert a.end <= b.start
        for m in ms:
            assert text[m.start : m.end] == m.text
            assert m.start == 0 or not text[m.start - 1].isalnum()


# ------------------------------------------------------------------------------------------ gold files

_COUNTRY_FIELDS = ("sender", "receiver", "country", "subject", "object", "investor", "recipient")


def _gold_docs() -> list[tuple[dict, str]]:
    gold = SHARED / "gold"
    if not gold.is_dir():
        pytest.skip("shared/ not available")
    out = []
    for path in sorted(gold.rglob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        src = next((SHARED / "corpus").rglob(doc["source"]["path"]), None)
        if src is not None:
            out.append((doc, src.read_text(encoding="utf-8")))
    if not out:
        pytest.skip("no gold documents")
    return out


def _codes(fact: dict) -> set[str]:
    codes = {fact[k] for k in _COUNTRY_FIELDS if isinstance(fact.get(k), str) and len(fact[k]) == 2}
    acc = fact.get("accredited_from")
    if isinstance(acc, dict) and acc.get("country"):
        codes.add(acc["country"])
    return codes


def test_gold_dyads_come_from_titles() -> None:
    for doc, _text in _gold_docs():
        title = doc["source"]["title"]
        assert [m.code for m in g.find_countries(title)] == doc["dyad"], title


def test_gold_country_codes_are_found_in_the_text() -> None:
    for doc, text in _gold_docs():
        found = {m.code for m in g.find_countries(text)} | {m.code for m in g.find_cities(text)}
        wanted = set(doc["dyad"]).union(*(_codes(f) for f in doc["facts"]))
        assert wanted <= found, (doc["source"]["title"], wanted - found)


def test_gold_cities_resolve_to_their_country() -> None:
    for doc, _text in _gold_docs():
        for fact in doc["facts"]:
            for key in ("location", "accredited_from"):
                place = fact.get(key)
                if isinstance(place, dict) and place.get("city") and place.get("country"):
                    assert g.city_country(place["city"]) == place["country"], place


def test_gold_organizations_keep_their_scorer_identity() -> None:
    score = _load_scorer()
    for doc, _text in _gold_docs():
        for fact in doc["facts"]:
            if fact.get("type") == "membership" and fact.get("organization"):
                canon = g.organization(fact["organization"])
                assert canon is not None and score.org(canon) == score.org(fact["organization"])


def test_a_city_that_ends_a_persons_name_is_the_persons() -> None:
    from bilateral import gazetteer

    assert gazetteer.find_cities("Chilean President Ricardo Lagos paid a state visit to New Zealand.") == []
    assert [c.value for c in gazetteer.find_cities("Nigeria has an embassy in Lagos.")] == ["Lagos"]
    assert [c.value for c in gazetteer.find_cities("In Lagos the two presidents met.")] == ["Lagos"]
    # a place word or a role before the city does not make it a name (East Berlin is East Germany's city)
    assert [c.code for c in gazetteer.find_cities("The embassy in East Berlin closed in 1990.")] == ["DD"]
    assert [c.value for c in gazetteer.find_cities("Ambassador Paris met officials in Tokyo.")] == ["Paris", "Tokyo"]


def test_a_city_inside_a_name_with_accents_or_alone_in_a_field_is_the_names() -> None:
    from bilateral import gazetteer

    assert gazetteer.find_cities("Luís Faro Ramos") == []
    assert gazetteer.find_cities("Envoy Luís Faro Ramos arrived.") == []
    assert [c.value for c in gazetteer.find_cities("Lisbon Porto Faro")] == ["Lisbon", "Porto", "Faro"]


def test_an_ambiguous_country_word_names_the_state_of_the_pair() -> None:
    text = "Korean exports to Chile; the Congolese embassy"
    assert [m.code for m in g.find_countries(text)] == ["CL"]
    with g.resolving(("CL", "KR")):
        found = g.find_countries(text)
        assert [(m.text, m.code, m.kind) for m in found] == [("Korean", "KR", "demonym"), ("Chile", "CL", "name")]
        assert g.country_code("Korea") == "KR"
    with g.resolving(("KP", "KR")):  # both Koreas: "Korea" alone says neither
        assert g.country_code("Korea") is None
    with g.resolving(("CG", "FR")):
        assert [m.code for m in g.find_countries(text)] == ["CL", "CG"]
        # a longer name still wins: the river is no state
        assert g.find_countries("the Congo River") == []
    assert g.country_code("Korea") is None


def test_a_city_that_begins_a_persons_name_is_the_name() -> None:
    # "his Argentine counterpart Santiago Cafiero": the given name, not the city; "in Santiago" stays the city
    assert g.find_cities("talks with his counterpart Santiago Cafiero") == []
    assert [m.value for m in g.find_cities("talks in Santiago Monday")] == ["Santiago"]
    assert [m.value for m in g.find_cities("a forum at the Tbilisi Marriott hotel")] == ["Tbilisi"]


def test_the_states_a_demonym_names() -> None:
    assert g.states_called("German") == {"DE", "DD"}
    assert g.states_called("Korean") == {"KR", "KP"}
    assert g.states_called("Chilean") == {"CL"}


def test_a_city_keeps_the_city_word_the_text_writes_and_kosova_is_kosovo() -> None:
    found = g.find_cities("a consulate in Quezon City and one in Davao City")
    assert [m.text for m in found][-1] == "Davao City"
    assert [m.text for m in g.find_cities_of("a consulate in Davao City", "PH")] == ["Davao City"]
    assert g.country_code("Kosova") == "XK"
    assert g.country_code("Republic of Kosova") == "XK"


def test_north_and_south_yemen_are_two_states_until_1990() -> None:
    assert g.country_code("North Yemen") == "YE"
    assert g.country_code("Yemen Arab Republic") == "YE"
    assert g.country_code("South Yemen") == "YD"
    assert g.country_code("People's Democratic Republic of Yemen") == "YD"
    assert g.is_historical("YD")


def test_a_generic_parliament_name_belongs_to_every_state_that_calls_its_parliament_so() -> None:
    # "Assembly of the Republic" is Portugal's, North Macedonia's and Mozambique's
    assert {"PT", "MK", "MZ"} <= g.parliament_countries("Assembly of the Republic")
    assert g.parliament_countries("the Majlis al-Shura") == {"OM"}


def test_a_city_ending_the_name_that_opens_a_sentence_with_an_apposition_is_the_names() -> None:
    from bilateral import gazetteer

    # "Lagos" after a given name at the start, with an apposition telling of a person: the name's
    assert gazetteer.find_cities("Ricardo Lagos, appointed in 1971 as the first resident ambassador, arrived.") == []
    assert gazetteer.find_cities("Ricardo Lagos, who had taught law, became president in 2000 after a long race.") == []
    # without one, the first word of a sentence may be anything ("Later Lagos became the capital")
    found = gazetteer.find_cities("Later Lagos became the largest city of the whole region.")
    assert [c.value for c in found] == ["Lagos"]


def test_a_city_that_opens_the_name_of_a_gathering_is_the_city() -> None:
    from bilateral import gazetteer

    found = gazetteer.find_cities("The ministers met at the Munich Security Conference in February.")
    assert [c.value for c in found] == ["Munich"]
    # a city's name before a capitalized word of no gathering is still a person's ("Santiago Cafiero")
    assert gazetteer.find_cities("His counterpart Santiago Cafiero arrived the next day.") == []
