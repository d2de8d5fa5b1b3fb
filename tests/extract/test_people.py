"""People, table-driven: names with role and country from the phrase around them, unnamed officials, and
short forms resolved to the full name used earlier in the article (left as written when ambiguous).

Tested twice: on ``find_people`` over a phrase, and end to end on the participants of the facts an article
gives (FACTS.md: participants are ``{"name", "role", "country"}``).
"""

from __future__ import annotations

from typing import Any

import pytest
from extract_kit import check_row, extract, of_type, seed

from bilateral.extract.people import Registry, find_people, unnamed_officials


def _xfail(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


PHRASES = [
    # a Polynesian name opening on an ʻokina (a letter, not a quotation mark)
    ("Prime Minister ʻAkilisi Pōhiva of Tonga arrived.", "ʻAkilisi Pōhiva", "head_of_government", "TO"),
    # title before the name
    ("Prime Minister of Portugal António Costa arrived.", "António Costa", "head_of_government", "PT"),
    ("Lithuanian President Gitanas Nausėda spoke.", "Gitanas Nausėda", "head_of_state", "LT"),
    # a role named after a verb is someone else's, not an apposition of the name
    ("Annely Kolk, presented her credentials to President Volodymyr Zelenskyy.", "Annely Kolk", None, None),
    # the state after the name: "ROLE NAME of STATE"
    ("King Harald V of Norway arrived.", "Harald V", "head_of_state", "NO"),
    ("President Nana Akufo-Addo of Ghana spoke.", "Nana Akufo-Addo", "head_of_state", "GH"),
    # an Arabic article joined by a hyphen is part of the surname
    ("Egyptian President Abdel Fattah el-Sisi spoke.", "Abdel Fattah el-Sisi", "head_of_state", "EG"),
    ("The Polish foreign minister Radosław Sikorski left.", "Radosław Sikorski", "foreign_minister", "PL"),
    # "the Ambassador of X to Y, NAME,"
    ("The Ambassador of Sweden to Latvia, Karin Höglund, arrived.", "Karin Höglund", "ambassador", "SE"),
    # apposition after the name
    ("Nikos Dendias, Minister of Foreign Affairs of Greece, arrived.", "Nikos Dendias", "foreign_minister", "GR"),
    (
        "Miltiadis Varvitsiotis, Deputy Minister of Foreign Affairs of Greece, arrived.",
        "Miltiadis Varvitsiotis",
        "deputy_minister",
        "GR",
    ),
    ("Andrus Ansip, the Estonian Prime Minister, arrived.", "Andrus Ansip", "head_of_government", "EE"),
    # possessive
    ("Finland's President Sauli Niinistö arrived.", "Sauli Niinistö", "head_of_state", "FI"),
    # parliament
    ("Ilkka Kanerva, a member of the Eduskunta, arrived.", "Ilkka Kanerva", "member_of_parliament", "FI"),
    ("Speaker of the Saeima Ināra Mūrniece arrived.", "Ināra Mūrniece", "speaker", "LV"),
    # the role phrases, in new sentences
    (
        "In 2017 the Minister of State and Foreign Affairs of Portugal, Augusto Santos Silva, visited Baku.",
        "Augusto Santos Silva",
        "foreign_minister",
        "PT",
    ),
    (
        "Spain's Secretary of State for Foreign and Global Affairs, Ángeles Moreno Bau, met officials in Baku.",
        "Ángeles Moreno Bau",
        "state_secretary",
        "ES",
    ),
    (
        "Gudrun Gunnarsdottir, a member of the Althing, visited Vilnius.",
        "Gudrun Gunnarsdottir",
        "member_of_parliament",
        "IS",
    ),
    ("The Speaker of the Riigikogu, Lauri Hussar, received the delegation.", "Lauri Hussar", "speaker", "EE"),
    ("Deputy Foreign Minister Vasyl Bodnar visited Warsaw.", "Vasyl Bodnar", "deputy_minister", None),
    ("Chargé d'affaires Tomas Petrauskas represented Lithuania.", "Tomas Petrauskas", "charge_d_affaires", None),
    ("Former President Toomas Hendrik Ilves spoke.", "Toomas Hendrik Ilves", "head_of_state", None),
    pytest.param(
        "Lithuanian Foreign Minister Gabrielius Landsbergis and his Georgian counterpart Ilia Darchiashvili met.",
        "Ilia Darchiashvili",
        "foreign_minister",
        "GE",
    ),
    # regnal numbers are part of a name
    ("King Mohammed VI received him.", "Mohammed VI", "head_of_state", None),
    ("Queen Margrethe II received him.", "Margrethe II", "head_of_state", None),
]


@pytest.mark.parametrize(("phrase", "name", "role", "country"), PHRASES)
def test_person_in_phrase(phrase: str, name: str, role: str, country: str | None) -> None:
    people = [p for p in find_people(phrase) if p.name == name]
    assert people, [(p.name, p.role, p.country) for p in find_people(phrase)]
    p = people[0]
    assert phrase[p.start : p.end] == name
    assert p.role == role
    if country is not None:
        assert p.country == country


UNNAMED = [
    ("the head of the Portuguese government", "head_of_government", "PT"),
    ("the head of the Spanish state", "head_of_state", "ES"),
    ("the Latvian foreign minister", "foreign_minister", "LV"),
]


@pytest.mark.parametrize(("phrase", "role", "country"), UNNAMED)
def test_unnamed_official(phrase: str, role: str, country: str) -> None:
    found = [(p.name, p.role, p.country) for p in unnamed_officials(f"In 2019 {phrase} arrived.")]
    assert (None, role, country) in found


def test_registry_resolves_only_when_unambiguous() -> None:
    reg = Registry()
    reg.add("Heydar Aliyev", block=0, pos=0)
    assert reg.resolve("H. Aliyev", block=1, pos=50) == "Heydar Aliyev"
    assert reg.resolve("Aliyev", block=1, pos=50) == "Heydar Aliyev"
    reg.add("Ilham Aliyev", block=2, pos=100)
    assert reg.resolve("I. Aliyev", block=3, pos=150) == "Ilham Aliyev"  # the initial settles it
    assert reg.resolve("Aliyev", block=3, pos=150) == "Aliyev"  # two Aliyevs in other paragraphs: as written
    assert reg.resolve("Aliyev", block=2, pos=150) == "Ilham Aliyev"  # the one named in the same paragraph
    assert reg.resolve("Rasmussen", block=3, pos=150) == "Rasmussen"  # nobody of that name
    reg.add("Abdel Fattah el-Sisi", block=4, pos=200)
    assert reg.resolve("Sisi", block=5, pos=250) == "Abdel Fattah el-Sisi"  # the article joined to it dropped
    assert reg.known_surname("Sisi")


# end to end: participants of events, persons of offices
ARTICLE_ROWS = [
    (
        "Azerbaijan–Turkey relations",
        "Heydar Aliyev paid an official visit to Ankara in February 1994.\n\n"
        "In May 1997 H. Aliyev again visited Ankara.",
        "event",
        {"date": "1997-05", "participants": [{"name": "Heydar Aliyev"}]},
    ),
    pytest.param(
        "Azerbaijan–Turkey relations",
        "Heydar Aliyev paid an official visit to Ankara in February 1994.\n\n"
        "Ilham Aliyev paid his first visit to Ankara as president in 2004.\n\n"
        "In 2008 Aliyev met President Abdullah Gül in Istanbul.",
        "event",
        {"date": "2008", "participants": [{"name": "Aliyev"}, {"name": "Abdullah Gül"}]},
    ),
    (
        "Spain–Morocco relations",
        "In April 2022 the head of the Spanish government travelled to Rabat and met King Mohammed VI.",
        "event",
        {"date": "2022-04", "participants": [{"name": None, "role": "head_of_government", "country": "ES"}]},
    ),
    (
        "Spain–Morocco relations",
        "In April 2022 the head of the Spanish government travelled to Rabat and met the Moroccan king.",
        "event",
        {"date": "2022-04", "location": {"city": "Rabat"}},
    ),
    (
        "Spain–Morocco relations",
        "The Spanish prime minister visited Rabat in April 2022.",
        "event",
        {
            "kind": "visit",
            "date": "2022-04",
            "location": {"city": "Rabat"},
            "participants": [{"name": None, "role": "head_of_government", "country": "ES"}],
        },
    ),
    (
        "Greece–Cyprus relations",
        "Miltiadis Varvitsiotis, Deputy Minister of Foreign Affairs of Greece, visited Nicosia in May 2020.",
        "event",
        {"participants": [{"name": "Miltiadis Varvitsiotis", "role": "deputy_minister", "country": "GR"}]},
    ),
    (
        "Denmark–Germany relations",
        "The Ambassador of Denmark to Germany, Susanne Hyldelund, took up her post in 2021.\n\n"
        "In 2023 Hyldelund was also accredited to Liechtenstein.",
        "office",
        {"person": "Susanne Hyldelund", "sender": "DK", "receiver": "DE"},
    ),
    (
        "Latvia–Uzbekistan relations",
        "Shavkat Mirziyoyev visited Riga in 2022. During the visit S. Mirziyoyev met Egils Levits.",
        "event",
        {"kind": "meeting", "participants": [{"name": "Shavkat Mirziyoyev"}, {"name": "Egils Levits"}]},
    ),
]


@pytest.mark.parametrize(("title", "body", "ftype", "expected"), ARTICLE_ROWS)
def test_people_in_articles(title: str, body: str, ftype: str, expected: dict[str, Any]) -> None:
    check_row(seed(title, body), ftype, expected)


@pytest.mark.parametrize(
    ("title", "body", "name"),
    [
        (
            "Norway–Poland relations",
            "The Polish foreign minister Witold Waszczykowski visited Oslo in November 2016.",
            "Witold Waszczykowski",
        ),
        (
            "Portugal–Angola relations",
            "The Portuguese Prime Minister António Costa visited Luanda in September 2018.",
            "António Costa",
        ),
    ],
)
def test_titled_name_is_one_participant(title: str, body: str, name: str) -> None:
    events = of_type(extract(seed(title, body)), "event")
    assert len(events) == 1
    assert [p["name"] for p in events[0]["participants"]] == [name]


def test_name_particles_of_east_and_west_african_names_join_the_name() -> None:
    from bilateral.extract.people import find_people

    names = [p.name for p in find_people("In 1986, President Daniel arap Moi and President Ali Hassan Mwinyi met.")]
    assert names == ["Daniel arap Moi", "Ali Hassan Mwinyi"]
    assert [p.name for p in find_people("President Mohamed ould Abdel Aziz visited Dakar.")] == [
        "Mohamed ould Abdel Aziz"
    ]


def test_the_words_of_a_comment_in_the_stopword_file_are_no_stopwords() -> None:
    # the data file's comments name examples ("Secretary of Migrant Workers Susan Ople"); a person so named is found
    from bilateral.extract import people

    assert "susan" not in people._stopwords() and "capitalized" not in people._stopwords()
    assert "workers" in people._stopwords()


def test_a_movement_or_a_document_is_no_person() -> None:
    names = [p.name for p in find_people("In May 2008 the Justice and Equality Movement reached Omdurman.")]
    assert not any(n and n.endswith("Movement") for n in names), names
    names = [p.name for p in find_people("Both states had joined the Rome Statute before President Idriss Déby came.")]
    assert "Rome Statute" not in names and "Idriss Déby" in names, names


def test_a_two_letter_surname_is_a_name_and_resolves_to_the_person_named_before() -> None:
    text = seed(
        "China–Peru relations",
        "Hu Jintao received Alan García in Beijing in March 2008. Hu came to Lima in November 2008 for the APEC "
        "summit.",
    )
    lima = [e for e in of_type(extract(text), "event") if e["date"] == "2008-11"]
    assert [p["name"] for e in lima for p in e["participants"]] == ["Hu Jintao"], lima
    assert [p.name for p in find_people("In 2019 the UN met in Lima.")] == []


def test_a_month_short_form_before_a_surname_is_a_given_name() -> None:
    # "Jan" and "Jun" are given names too ("Jan Egeland", "Jun Azumi"); before a number or a range they stay months
    assert [p.name for p in find_people("In 2004 Jan Egeland visited Santiago.")] == ["Jan Egeland"]
    assert [p.name for p in find_people("Finance minister Jun Azumi came to Lima in 2011.")] == ["Jun Azumi"]
    assert [p.name for p in find_people("Exports rose between Jan 2020 and Jun 2021.")] == []


def test_a_citys_name_is_a_given_name_only_before_a_surname_told_as_a_persons() -> None:
    names = [p.name for p in find_people("Milan Jović, appointed ambassador in 1978, was also accredited to Peru.")]
    assert "Milan Jović" in names
    # the city before a body's or a document's head word, or with nothing after that a name takes, stays a city
    assert not [p for p in find_people("The Milan Conference opened in 1978.") if p.name and "Milan" in p.name]
    assert not [p for p in find_people("Talks in Milan Tuesday ended.") if p.name and "Milan" in p.name]


def test_a_name_of_initials_may_begin_with_the_letter_a() -> None:
    # "A." before another initial is the first initial, not the article
    names = [p.name for p in find_people("A. K. Antony, India's defence minister, travelled to Santiago in 2008.")]
    assert names[0] == "A. K. Antony"


def test_the_place_after_a_post_of_a_state_is_no_name_the_post_is_given_to() -> None:
    people = find_people("Consul general of Peru in Antofagasta, 2021; the Ambassador of Chile in Lima, Pedro Lagos")
    assert [(p.name, p.role) for p in people if p.role] == [("Pedro Lagos", "ambassador")]
