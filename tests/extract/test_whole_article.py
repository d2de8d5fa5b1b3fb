"""A whole article in the seed format, written for this test (Hungary–Poland, real facts in our own words),
extracted end to end: the facts it states are all there with their key fields, nothing is invented, and every
evidence quote is the text at its offsets. Wordings differ from the shared corpus on purpose."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import pytest
from extract_kit import extract, matching, of_type

ARTICLE = """= Hungary–Poland relations =

Infobox
- Map: Hungary Poland Locator.png
- Mission of Hungary: Embassy of Hungary, Warsaw
- Mission of Poland: Embassy of Poland, Budapest

Hungary–Poland relations are the foreign relations between Hungary and Poland. Both countries are members of \
the European Union, NATO, the OECD and the Visegrád Group. Relations between the two nations are traditionally \
friendly, and 23 March is celebrated in both countries as the Day of Polish–Hungarian Friendship since 2007.

== History ==
After World War I, Hungary recognised the Second Polish Republic in 1919, and diplomatic relations were \
established in 1919. During the Second World War, Hungary refused to let German troops cross its territory to \
attack Poland in September 1939.
In 1945 relations were re-established between the communist governments. After the fall of communism both \
states joined NATO on 12 March 1999 and the European Union on 1 May 2004.

== Political relations ==
Polish President Lech Kaczyński visited Budapest on 14–15 March 2006. During this visit he met Hungarian \
President László Sólyom.
In February 2016 Prime Minister Viktor Orbán visited Krynica-Zdrój, where he met Jarosław Kaczyński.
On 3 January 2018 Polish Prime Minister Mateusz Morawiecki paid his first foreign visit to Budapest.
The Ambassador of Poland to Hungary, Jerzy Snopek, presented his letters of credence to President János Áder \
on 12 September 2016.
Orsolya Zsuzsanna Kovács has been the Hungarian ambassador to Poland since 2018.

== Economic relations ==
In 2021, trade between the two countries reached €13.5 billion. Hungarian exports to Poland amounted to \
€6.8 billion.
| Hungary's trade with Poland (million EUR) | | | |
| Year | Export | Import | Total |
| 2019 | 5,930 | 6,110 | 12,040 |
| 2020 | 5,850 | - | |
| Source: Hungarian Central Statistical Office | | | |

== Agreements ==
A treaty on friendly cooperation and good-neighbourliness was signed in Warsaw on 6 October 1991. An agreement \
on cooperation in the field of defence was signed in 2016 and entered into force in 2017. A new agreement on \
cultural cooperation is awaiting signature.

==Resident diplomatic missions==
- Hungary has an embassy in Warsaw and a consulate-general in Kraków.
- Poland has an embassy in Budapest.

== See also ==
- Foreign relations of Hungary
- Foreign relations of Poland
- Visegrád Group
"""


@lru_cache(maxsize=1)
def document() -> dict[str, Any]:
    return extract(ARTICLE, path="hungary-poland.txt")


def test_dyad_and_source() -> None:
    d = document()
    assert d["dyad"] == ["HU", "PL"]
    assert d["source"]["title"] == "Hungary–Poland relations"


EXPECTED = [
    ("recognition", {"subject": "HU", "object": "PL", "date": "1919"}),
    ("diplomatic_relations", {"event": "established", "date": "1919"}),
    ("diplomatic_relations", {"event": "restored", "date": "1945"}),
    ("membership", {"country": "HU", "organization": "European Union"}),
    ("membership", {"country": "PL", "organization": "North Atlantic Treaty Organization", "date": "1999-03-12"}),
    ("membership", {"country": "PL", "organization": "Visegrád Group"}),
    ("mission", {"sender": "HU", "receiver": "PL", "kind": "embassy", "city": "Warsaw", "resident": True}),
    ("mission", {"sender": "HU", "receiver": "PL", "kind": "consulate_general", "city": "Kraków"}),
    ("mission", {"sender": "PL", "receiver": "HU", "kind": "embassy", "city": "Budapest", "resident": True}),
    ("office", {"person": "Jerzy Snopek", "sender": "PL", "receiver": "HU", "credentials": "2016-09-12"}),
    ("office", {"person": "Orsolya Zsuzsanna Kovács", "sender": "HU", "receiver": "PL", "since": "2018"}),
    (
        "event",
        {
            "kind": "visit",
            "date": "2006-03-14/2006-03-15",
            "location": {"city": "Budapest"},
            "participants": [{"name": "Lech Kaczyński", "country": "PL"}],
        },
    ),
    (
        "event",
        {
            "kind": "meeting",
            "date": "2006-03-14/2006-03-15",
            "location": {"city": "Budapest"},
            "participants": [{"name": "László Sólyom"}],
        },
    ),
    ("event", {"date": "2016-02", "participants": [{"name": "Viktor Orbán"}, {"name": "Jarosław Kaczyński"}]}),
    (
        "event",
        {
            "kind": "visit",
            "date": "2018-01-03",
            "location": {"city": "Budapest"},
            "participants": [{"name": "Mateusz Morawiecki"}],
        },
    ),
    ("agreement", {"kind": "treaty", "status": "signed", "date": "1991-10-06", "location": {"city": "Warsaw"}}),
    ("agreement", {"status": "signed", "date": "2016", "title": "agreement on cooperation in the field of defence"}),
    ("agreement", {"status": "in_force", "date": "2017"}),
    ("agreement", {"status": "pending", "title": "agreement on cultural cooperation"}),
    ("trade", {"reporter": "HU", "flow": "turnover", "period": "2021", "value": 13.5, "unit": "billion EUR"}),
    ("trade", {"reporter": "HU", "partner": "PL", "flow": "export", "period": "2021", "value": 6.8}),
    (
        "trade",
        {
            "reporter": "HU",
            "flow": "export",
            "period": "2019",
            "value": 5930.0,
            "unit": "million EUR",
            "source": "Hungarian Central Statistical Office",
        },
    ),
    ("trade", {"reporter": "HU", "flow": "import", "period": "2019", "value": 6110.0}),
    ("trade", {"reporter": "HU", "flow": "export", "period": "2020", "value": 5850.0}),
    ("see_also", {"title": "Visegrád Group"}),
]


@pytest.mark.parametrize(("ftype", "expected"), EXPECTED, ids=lambda x: x if isinstance(x, str) else "")
def test_stated_facts_are_found(ftype: str, expected: dict[str, Any]) -> None:
    assert matching(document(), ftype, **expected), (expected, of_type(document(), ftype))


def test_nothing_beyond_what_is_stated() -> None:
    d = document()
    # one trade figure per filled cell and per amount in the text: the dash and the empty cell give nothing
    assert len(of_type(d, "trade")) == 6
    assert not matching(d, "trade", period="2020", flow="import")
    # the Second World War sentence is about Germany: no fact names a third state as a party
    for f in of_type(d, "event") + of_type(d, "agreement"):
        assert "DE" not in str(f.get("parties", [])), f
    assert len(of_type(d, "see_also")) == 3
    # (NATO and the OECD are named only by their abbreviations, and written so)
    assert {m["organization"] for m in of_type(d, "membership")} == {"European Union", "NATO", "OECD", "Visegrád Group"}
    # stated in the infobox, the lead-free body and the missions list: still one fact each
    assert len(matching(d, "mission", sender="HU", kind="embassy")) == 1
    assert len(matching(d, "mission", sender="PL", kind="embassy")) == 1


def test_pending_agreement_has_no_borrowed_date() -> None:
    pending = matching(document(), "agreement", status="pending")
    assert pending and all(p["date"] is None for p in pending), pending


def test_every_office_names_its_holder() -> None:
    assert all(o["person"] for o in of_type(document(), "office")), of_type(document(), "office")


@pytest.mark.xfail(
    strict=True,
    reason="a visit to a town missing from the gazetteer ('visited Krynica-Zdrój, where "
    "he met …') loses its place: location null",
)
def test_visit_to_a_small_town_keeps_its_place() -> None:
    assert matching(document(), "event", date="2016-02", location={"city": "Krynica-Zdrój", "country": "PL"})


def test_each_joined_organization_gets_its_date() -> None:
    assert matching(document(), "membership", country="HU", organization="European Union", date="2004-05-01")


# ---------------------------------------------------------------------------------------- the same in wikitext

WIKI_ARTICLE = """{{Infobox bilateral relations
| Norway–Sweden
| map      = Norway Sweden Locator.svg
| country1 = Norway
| country2 = Sweden
| mission1 = [[Embassy of Norway, Stockholm]]
| mission2 = [[Embassy of Sweden, Oslo]]
}}
'''Norway–Sweden relations''' are the [[bilateral relations]] between the [[Kingdom of Norway]] and the \
[[Kingdom of Sweden]]. The two countries were joined in a [[Union between Sweden and Norway|personal union]] \
from 1814 until its [[dissolution of the union between Norway and Sweden|dissolution]] in 1905.<ref>{{cite \
book|title=Union|year=2005}}</ref>

== History ==
Sweden recognised Norway as an independent state on 26 October 1905, and diplomatic relations were \
established the same year.<ref name="ud"/> Both countries are founding members of the [[Nordic Council]] \
(1952) and members of the [[European Economic Area]].

Norway is a member of [[NATO]] since 1949, while Sweden joined the alliance on 7 March 2024.

== Visits ==
* 1–3 April 2014: King [[Harald V]] made a state visit to [[Stockholm]].
* 2019: Swedish Prime Minister [[Stefan Löfven]] visited [[Oslo]].
* 14 May 2022: Norwegian Prime Minister [[Jonas Gahr Støre]] met [[Magdalena Andersson]] in [[Stockholm]].

== Trade ==
{| class="wikitable"
|+ Norwegian trade with Sweden (billion NOK)
! Year !! Exports !! Imports
|-
| 2020 || 94.2 || 120.5
|-
| 2021 || 131.0 || 139.8
|}

== Diplomatic missions ==
Norway has an embassy in [[Stockholm]] and a consulate-general in [[Gothenburg]]. Sweden has an embassy in \
[[Oslo]].

== See also ==
* [[Foreign relations of Norway]]
* [[Foreign relations of Sweden]]
* [[Norway–Sweden border]]
"""


@lru_cache(maxsize=1)
def wiki_document() -> dict[str, Any]:
    return extract(WIKI_ARTICLE, "wiki", path="norway-sweden.wiki")


WIKI_EXPECTED = [
    ("recognition", {"subject": "SE", "object": "NO", "date": "1905-10-26"}),
    ("diplomatic_relations", {"event": "established", "date": "1905"}),
    ("membership", {"country": "NO", "organization": "Nordic Council"}),
    ("membership", {"country": "SE", "organization": "European Economic Area"}),
    ("membership", {"country": "NO", "organization": "North Atlantic Treaty Organization", "date": "1949"}),
    ("mission", {"sender": "NO", "receiver": "SE", "kind": "consulate_general", "city": "Gothenburg"}),
    ("mission", {"sender": "SE", "receiver": "NO", "kind": "embassy", "city": "Oslo"}),
    (
        "event",
        {"date": "2014-04-01/2014-04-03", "location": {"city": "Stockholm"}, "participants": [{"name": "Harald V"}]},
    ),
    (
        "event",
        {
            "date": "2022-05-14",
            "location": {"city": "Stockholm"},
            "participants": [{"name": "Jonas Gahr Støre", "country": "NO"}, {"name": "Magdalena Andersson"}],
        },
    ),
    (
        "trade",
        {"reporter": "NO", "partner": "SE", "flow": "import", "period": "2021", "value": 139.8, "unit": "billion NOK"},
    ),
    ("see_also", {"title": "Norway–Sweden border"}),
]


@pytest.mark.parametrize(("ftype", "expected"), WIKI_EXPECTED, ids=lambda x: x if isinstance(x, str) else "")
def test_wiki_article_facts(ftype: str, expected: dict[str, Any]) -> None:
    assert matching(wiki_document(), ftype, **expected), (expected, of_type(wiki_document(), ftype))


def test_wiki_article_nothing_beyond() -> None:
    d = wiki_document()
    assert d["dyad"] == ["NO", "SE"]
    assert len(of_type(d, "trade")) == 4
    assert len(of_type(d, "see_also")) == 3
    # the personal union of 1814–1905 is history, not a recognition or an establishment of relations
    assert [f["date"] for f in of_type(d, "diplomatic_relations")] == ["1905"]
    for f in d["facts"]:
        for ev in f["evidence"]:
            assert "<ref" not in ev["quote"] or ev["quote"].index("<ref") > 0


def test_year_dated_visit_item() -> None:
    assert matching(
        wiki_document(), "event", date="2019", location={"city": "Oslo"}, participants=[{"name": "Stefan Löfven"}]
    )


def test_membership_through_an_anaphor() -> None:
    assert matching(wiki_document(), "membership", country="SE", organization="North Atlantic Treaty Organization")


# ---------------------------------------------------------------------------------------- and in plain prose

PROSE_ARTICLE = """Argentina–Chile relations

Argentina and Chile share one of the longest international borders in the world. The two countries \
established diplomatic relations in 1827.

In 1984 the two states signed the Treaty of Peace and Friendship in Vatican City, ending the Beagle conflict. \
The Maipú Treaty on integration and cooperation was signed on 30 October 2009 and entered into force in 2010.

Chilean President Gabriel Boric made his first foreign trip as president to Buenos Aires on 4–5 April 2022, \
where he held talks with President Alberto Fernández. Fernández returned the visit in January 2023.

Argentina has an embassy in Santiago and consulates-general in Concepción, Punta Arenas and Valparaíso. Chile \
has an embassy in Buenos Aires and consulates in Córdoba, Mendoza and Bariloche.

In 2022 bilateral trade amounted to about US$7.6 billion; Chilean imports from Argentina accounted for US$5.9 \
billion.

Both countries are members of the Organization of American States, the Union of South American Nations and \
the Rio Group.
"""


@lru_cache(maxsize=1)
def prose_document() -> dict[str, Any]:
    return extract(PROSE_ARTICLE, "prose", path="argentina-chile.txt")


PROSE_EXPECTED = [
    ("diplomatic_relations", {"parties": ["AR", "CL"], "event": "established", "date": "1827"}),
    ("agreement", {"kind": "treaty", "status": "signed", "date": "1984"}),
    ("agreement", {"title": "Maipú Treaty on integration and cooperation", "status": "signed", "date": "2009-10-30"}),
    ("agreement", {"title": "Maipú Treaty on integration and cooperation", "status": "in_force", "date": "2010"}),
    (
        "event",
        {
            "kind": "visit",
            "date": "2022-04-04/2022-04-05",
            "location": {"city": "Buenos Aires"},
            "participants": [{"name": "Gabriel Boric", "country": "CL"}, {"name": "Alberto Fernández"}],
        },
    ),
    ("event", {"date": "2023-01", "participants": [{"name": "Alberto Fernández"}]}),
    ("mission", {"sender": "AR", "receiver": "CL", "kind": "consulate_general", "city": "Punta Arenas"}),
    ("mission", {"sender": "CL", "receiver": "AR", "kind": "embassy", "city": "Buenos Aires"}),
    ("trade", {"reporter": "CL", "partner": "AR", "flow": "import", "period": "2022", "value": 5.9}),
    ("trade", {"flow": "turnover", "period": "2022", "value": 7.6, "approximate": True}),
    ("membership", {"country": "CL", "organization": "Organization of American States"}),
]


@pytest.mark.parametrize(("ftype", "expected"), PROSE_EXPECTED, ids=lambda x: x if isinstance(x, str) else "")
def test_prose_article_facts(ftype: str, expected: dict[str, Any]) -> None:
    assert matching(prose_document(), ftype, **expected), (expected, of_type(prose_document(), ftype))


def test_ambiguous_city_names_resolve_in_the_receiving_state() -> None:
    consulates = matching(prose_document(), "mission", sender="CL", kind="consulate")
    assert {(m["receiver"], m["city"]) for m in consulates} == {
        ("AR", "Córdoba"),
        ("AR", "Mendoza"),
        ("AR", "Bariloche"),
    }


def test_place_of_signing_is_not_part_of_the_title() -> None:
    treaties = matching(prose_document(), "agreement", date="1984")
    assert treaties and treaties[0]["title"] == "Treaty of Peace and Friendship"
    assert treaties[0]["location"] and treaties[0]["location"]["city"] == "Vatican City"


# ---------------------------------------------------------------------------------- a second seed article

BG_RO_ARTICLE = """= Bulgaria–Romania relations =

Infobox
- Map: Bulgaria Romania Locator.png
- Mission of Bulgaria: Embassy of Bulgaria, Bucharest
- Mission of Romania: Embassy of Romania, Sofia

Bulgaria–Romania relations are foreign relations between Bulgaria and Romania. The two countries established \
diplomatic relations on 26 January 1880. Both countries joined NATO in 2004 and the European Union on 1 \
January 2007.

== History ==
Romania recognized the Principality of Bulgaria shortly after 1878. During the Second Balkan War in 1913 \
Romania invaded Bulgaria, and the Treaty of Bucharest (1913) ceded Southern Dobruja to Romania. Under the \
Treaty of Craiova, signed on 7 September 1940, Southern Dobruja was returned to Bulgaria.

== Diplomatic relations ==
Bulgaria has an embassy in Bucharest and an honorary consulate in Constanța. Romania has an embassy in Sofia \
and a consulate-general in Ruse, opened in 2002.
In March 2018 Romanian President Klaus Iohannis paid an official visit to Sofia, where he was received by \
President Rumen Radev. The two presidents met again in Ruse and Giurgiu on 25 June 2021 for the 30th \
anniversary of the Friendship Bridge.
Romania's ambassador to Bulgaria, Brândușa Predescu, presented her credentials on 4 February 2016.

== Economic relations ==
Romania is one of Bulgaria's main trading partners. In 2022 Bulgarian exports to Romania reached €4.7 \
billion, while imports from Romania were €4.1 billion. The New Europe Bridge between Vidin and Calafat opened \
in June 2013.

== See also ==
- Foreign relations of Bulgaria
- Foreign relations of Romania
- Danube Bridge
"""


@lru_cache(maxsize=1)
def bg_ro_document() -> dict[str, Any]:
    return extract(BG_RO_ARTICLE, path="bulgaria-romania.txt")


BG_RO_EXPECTED = [
    ("diplomatic_relations", {"event": "established", "date": "1880-01-26"}),
    ("membership", {"country": "RO", "organization": "North Atlantic Treaty Organization", "date": "2004"}),
    ("mission", {"sender": "BG", "receiver": "RO", "kind": "honorary_consulate", "city": "Constanța"}),
    ("mission", {"sender": "RO", "receiver": "BG", "kind": "consulate_general", "city": "Ruse", "date": "2002"}),
    ("office", {"person": "Brândușa Predescu", "sender": "RO", "receiver": "BG", "credentials": "2016-02-04"}),
    (
        "event",
        {
            "kind": "visit",
            "date": "2018-03",
            "location": {"city": "Sofia"},
            "participants": [{"name": "Klaus Iohannis", "country": "RO"}, {"name": "Rumen Radev"}],
        },
    ),
    ("event", {"date": "2021-06-25", "location": {"city": "Ruse"}}),
    ("agreement", {"title": "Treaty of Craiova", "status": "signed", "date": "1940-09-07"}),
    ("trade", {"reporter": "BG", "partner": "RO", "flow": "export", "period": "2022", "value": 4.7}),
    ("trade", {"reporter": "BG", "partner": "RO", "flow": "import", "period": "2022", "value": 4.1}),
]


@pytest.mark.parametrize(("ftype", "expected"), BG_RO_EXPECTED, ids=lambda x: x if isinstance(x, str) else "")
def test_second_seed_article_facts(ftype: str, expected: dict[str, Any]) -> None:
    assert matching(bg_ro_document(), ftype, **expected), (expected, of_type(bg_ro_document(), ftype))


def test_second_organization_of_a_join_sentence() -> None:
    assert matching(bg_ro_document(), "membership", country="BG", organization="European Union")


def test_an_opening_date_belongs_to_its_own_mission() -> None:
    embassy = matching(bg_ro_document(), "mission", sender="RO", kind="embassy")
    assert embassy and embassy[0]["date"] is None, embassy


def test_a_bridge_is_no_participant() -> None:
    for ev in of_type(bg_ro_document(), "event"):
        assert all("Bridge" not in (p["name"] or "") for p in ev["participants"]), ev


# ------------------------------------------------------------------------- a pair outside Europe, high commissions

KE_TZ_ARTICLE = """= Kenya–Tanzania relations =

Kenya–Tanzania relations are the bilateral relations between Kenya and Tanzania. Both countries are members \
of the East African Community, the African Union and the Commonwealth of Nations.

== History ==
Kenya and Tanzania established diplomatic relations shortly after independence in 1963. The border between \
the two countries was closed from 1977 to 1983.

== Visits ==
Tanzanian President Samia Suluhu Hassan made a state visit to Nairobi on 4–5 May 2021, where she addressed \
the Parliament of Kenya. Kenyan President William Ruto visited Dar es Salaam in October 2022.

== Diplomatic missions ==
Kenya has a high commission in Dar es Salaam and a consulate in Arusha. Tanzania has a high commission in \
Nairobi and a consulate in Mombasa.

== Trade ==
In 2021 trade between Kenya and Tanzania was valued at about KSh 90 billion.

== See also ==
- East African Community
"""


@lru_cache(maxsize=1)
def ke_tz_document() -> dict[str, Any]:
    return extract(KE_TZ_ARTICLE, path="kenya-tanzania.txt")


def test_pair_outside_europe() -> None:
    d = ke_tz_document()
    assert d["dyad"] == ["KE", "TZ"]
    missions = {(m["sender"], m["receiver"], m["kind"], m["city"]) for m in of_type(d, "mission")}
    assert missions == {
        ("KE", "TZ", "embassy", "Dar es Salaam"),  # a high commission is the embassy of a Commonwealth state
        ("KE", "TZ", "consulate", "Arusha"),
        ("TZ", "KE", "embassy", "Nairobi"),
        ("TZ", "KE", "consulate", "Mombasa"),
    }
    orgs = {(m["country"], m["organization"]) for m in of_type(d, "membership")}
    assert ("KE", "East African Community") in orgs and ("TZ", "African Union") in orgs
    assert matching(
        d,
        "event",
        date="2021-05-04/2021-05-05",
        location={"city": "Nairobi"},
        participants=[{"name": "Samia Suluhu Hassan", "country": "TZ"}],
    )
    assert matching(
        d,
        "event",
        date="2022-10",
        location={"city": "Dar es Salaam"},
        participants=[{"name": "William Ruto", "country": "KE"}],
    )
    assert matching(d, "diplomatic_relations", event="established", date="1963")


def test_amounts_in_other_currencies() -> None:
    assert matching(ke_tz_document(), "trade", flow="turnover", period="2021", value=90.0, approximate=True)
