"""Constructions met in encyclopedia articles about other pairs, one row each: the sentence (real facts, our own
wording), the fact type and the fields the fact must have (None: no such fact). These pin the grammar the
extractors model — coordination, gapping, anaphora, asides, lists — rather than any one article."""

from __future__ import annotations

from typing import Any

import pytest
from extract_kit import brief, check_row, extract, matching, of_type, seed

ROWS: list[tuple[str, str, str, dict[str, Any] | None]] = [
    # missions: one owner for a list of posts, cities of the receiving state, kinds of the Commonwealth
    (
        "Japan–United States relations",
        "The United States has an embassy in Tokyo, consulates general in Osaka, Naha and Sapporo, and a consulate "
        "in Nagoya.",
        "mission",
        {"sender": "US", "receiver": "JP", "kind": "consulate", "city": "Nagoya"},
    ),
    (
        "Japan–United States relations",
        "The United States has an embassy in Tokyo, consulates general in Osaka, Naha and Sapporo.",
        "mission",
        {"sender": "US", "receiver": "JP", "kind": "consulate_general", "city": "Naha"},
    ),
    (
        "Ghana–Nigeria relations",
        "Nigeria maintains a High Commission in Accra.",
        "mission",
        {"sender": "NG", "receiver": "GH", "kind": "embassy", "city": "Accra"},
    ),
    (
        "Morocco–Portugal relations",
        "Portugal also has honorary consuls in several Moroccan cities.",
        "mission",
        {"sender": "PT", "receiver": "MA", "kind": "honorary_consulate", "city": None},
    ),
    (
        "Australia–Vietnam relations",
        "Australia kept an embassy in Saigon until April 1975.",
        "mission",
        {"sender": "AU", "receiver": "VN", "city": "Saigon", "status": "closed"},
    ),
    (
        "Georgia–Lithuania relations",
        "Lithuania has an embassy in Tbilisi and Georgia has an embassy in Vilnius.",
        "mission",
        {"sender": "GE", "receiver": "LT", "city": "Vilnius"},
    ),
    ("Iceland–Lithuania relations", "Iceland has no embassy in Vilnius.", "mission", None),
    (
        "Iceland–Lithuania relations",
        "Iceland does not have an embassy in Lithuania; relations are handled by its embassy in Helsinki.",
        "mission",
        {"sender": "IS", "receiver": "LT", "resident": False, "accredited_from": {"city": "Helsinki", "country": "FI"}},
    ),
    (
        "Iceland–Lithuania relations",
        "Iceland is accredited to Lithuania through its embassy in Helsinki.",
        "mission",
        {"sender": "IS", "receiver": "LT", "resident": False, "accredited_from": {"city": "Helsinki"}},
    ),
    (
        "Iceland–Lithuania relations",
        "The Icelandic ambassador in Helsinki is also accredited to Lithuania.",
        "mission",
        {"sender": "IS", "receiver": "LT", "resident": False, "accredited_from": {"city": "Helsinki"}},
    ),
    # offices: whose envoy the phrase around the name says
    (
        "Ukraine–United States relations",
        "From 2016 to 2019 the United States was represented in Ukraine by ambassador Marie Yovanovitch.",
        "office",
        {"person": "Marie Yovanovitch", "sender": "US", "receiver": "UA"},
    ),
    # relations: upgrades of a partnership, several events in one clause, negation
    (
        "Australia–Vietnam relations",
        "The relationship was raised to a Comprehensive Partnership in 2009 and to a Strategic Partnership in March "
        "2018.",
        "diplomatic_relations",
        {"event": "upgraded", "date": "2018-03"},
    ),
    (
        "Argentina–United Kingdom relations",
        "Diplomatic relations were broken off in 1982 and restored in 1990.",
        "diplomatic_relations",
        {"event": "restored", "date": "1990"},
    ),
    (
        "Israel–Turkey relations",
        "Relations were downgraded in 2010 after the Gaza flotilla raid and fully restored in August 2022.",
        "diplomatic_relations",
        {"event": "restored", "date": "2022-08"},
    ),
    (
        "Ghana–Nigeria relations",
        "The two states have maintained diplomatic relations since Nigerian independence in 1960.",
        "diplomatic_relations",
        {"event": "established", "date": "1960"},
    ),
    # recognition: a gapped clause takes the sentence's date; mutual recognition
    (
        "Iceland–Lithuania relations",
        "On 11 February 1991 the Althing adopted a resolution, and Iceland thus became the first country to "
        "recognise Lithuania.",
        "recognition",
        {"subject": "IS", "object": "LT", "date": "1991-02-11"},
    ),
    (
        "Czech Republic–Slovakia relations",
        "The Czech Republic and Slovakia recognized each other on 1 January 1993.",
        "recognition",
        {"subject": "SK", "object": "CZ", "date": "1993-01-01"},
    ),
    # agreements: proper titles, later clauses of entry into force, dates that close a title
    (
        "Japan–United States relations",
        "The Treaty of Mutual Cooperation and Security was signed in Washington on January 19, 1960, and took "
        "effect on 23 June 1960.",
        "agreement",
        {"title": "Treaty of Mutual Cooperation and Security", "status": "in_force", "date": "1960-06-23"},
    ),
    (
        "Japan–United States relations",
        "Diplomatic relations were restored on 28 April 1952, when the Treaty of San Francisco entered into force.",
        "agreement",
        {"title": "Treaty of San Francisco", "status": "in_force", "date": "1952-04-28", "location": None},
    ),
    (
        "Morocco–Portugal relations",
        "The Treaty of Friendship, Good Neighbourliness and Cooperation, signed in Rabat in 1994, is the basis of "
        "modern relations.",
        "agreement",
        {"title": "Treaty of Friendship, Good Neighbourliness and Cooperation", "date": "1994"},
    ),
    (
        "Japan–United States relations",
        "The two countries signed a convention on the avoidance of double taxation in 2003 and an agreement on "
        "trade in 2019.",
        "agreement",
        {"title": "convention on the avoidance of double taxation", "date": "2003"},
    ),
    (
        "Chile–New Zealand relations",
        "On 12 June 2020 Chile, New Zealand and Singapore signed the Digital Economy Partnership Agreement.",
        "agreement",
        {"title": "Digital Economy Partnership Agreement", "date": "2020-06-12", "location": None},
    ),
    (
        "Finland–Japan relations",
        "An Agreement on the avoidance of double taxation was signed in 1972.",
        "agreement",
        {"title": "Agreement on the avoidance of double taxation", "date": "1972"},
    ),
    # memberships: entry verbs with dates, lists with asides, the euro
    (
        "Croatia–Hungary relations",
        "Hungary joined the EU in 2004, while Croatia joined in 2013.",
        "membership",
        {"country": "HR", "organization": "European Union", "date": "2013"},
    ),
    (
        "Iceland–Norway relations",
        "They also belong to the European Free Trade Association and, since 1994, to the European Economic Area.",
        "membership",
        {"country": "NO", "organization": "European Economic Area"},
    ),
    (
        "Czech Republic–Slovakia relations",
        "Slovakia adopted the euro on 1 January 2009.",
        "membership",
        {"country": "SK", "organization": "Eurozone", "date": "2009-01-01"},
    ),
    # an organization that no longer exists: a membership told on its own is stated; one that only sets the time of
    # something else is not
    (
        "Estonia–India relations",
        "Estonia was admitted to the League of Nations in 1921.",
        "membership",
        {"country": "EE", "organization": "League of Nations", "date": "1921"},
    ),
    (
        "Estonia–India relations",
        "Estonia's recognition by India dates from 22 September 1921, when Estonia had just been admitted to the "
        "League of Nations.",
        "membership",
        None,
    ),
    (
        "Soviet Union–Yugoslavia relations",
        "The Soviet Union led the Warsaw Pact and Comecon.",
        "membership",
        {"country": "SU", "organization": "Comecon"},
    ),
    # trade and investment: the flow a summing verb follows, a flow after the amount, the nearest investor
    (
        "France–Germany relations",
        "Germany's exports to France totalled €102 billion in 2021.",
        "trade",
        {"reporter": "DE", "partner": "FR", "flow": "export", "value": 102.0},
    ),
    (
        "Estonia–Finland relations",
        "In 2022 trade between Estonia and Finland amounted to EUR 5.5 billion (export – 3.2, import – 2.3).",
        "trade",
        {"reporter": "EE", "flow": "import", "period": "2022", "value": 2.3, "unit": "billion EUR"},
    ),
    (
        "Brazil–Mexico relations",
        "In 2019, the two nations had $9 billion in trade.",
        "trade",
        {"flow": "turnover", "period": "2019", "value": 9.0},
    ),
    (
        "India–Japan relations",
        "Japan is among the largest investors in India: Japanese companies have invested more than $30 billion in "
        "the Indian economy since 2000.",
        "investment",
        {"investor": "JP", "recipient": "IN", "value": 30.0},
    ),
    # events: an unnamed official of a state, named by the role table
    (
        "Poland–Ukraine relations",
        "The Polish Minister of Foreign Affairs visited Kyiv in 2022.",
        "event",
        {"date": "2022", "participants": [{"name": None, "country": "PL", "role": "foreign_minister"}]},
    ),
    # events: a seat that names its city
    (
        "Japan–United States relations",
        "Prime Minister Fumio Kishida was honoured with a state dinner at the White House on 10 April 2024 and "
        "addressed a joint meeting of Congress the following day.",
        "event",
        {"date": "2024-04-10/2024-04-11", "location": {"city": "Washington", "country": "US"}},
    ),
    (
        "Japan–United States relations",
        "On 27 December 2016 Shinzo Abe and Barack Obama visited Pearl Harbor together.",
        "event",
        {"date": "2016-12-27", "location": {"city": "Honolulu"}},
    ),
    # events: coordination, pronouns, a ceremony that dates a trip, what is no participant
    (
        "India–Japan relations",
        "Japanese Prime Minister Shinzo Abe visited India in 2014 and again in 2015.",
        "event",
        {"date": "2015", "location": {"country": "IN"}, "participants": [{"name": "Shinzo Abe"}]},
    ),
    (
        "Poland–Ukraine relations",
        "In 2022 Polish diplomats met in Kyiv with representatives of the Ukrainian government.",
        "event",
        {"date": "2022", "location": {"city": "Kyiv"}},
    ),
    (
        "Georgia–Poland relations",
        "Mikheil Saakashvili, whose ally had died near Smolensk, managed to reach Kraków for the state funeral on "
        "18 April 2010.",
        "event",
        {"date": "2010-04-18", "location": {"city": "Kraków"}},
    ),
    # relations "formalized"; a legation "elevated to embassy status" keeps its city
    (
        "Finland–Mexico relations",
        "Mexico recognized Finland in 1919, and diplomatic relations were formalized in 1936.",
        "diplomatic_relations",
        {"event": "established", "date": "1936"},
    ),
    (
        "Finland–Mexico relations",
        "In 1949 Mexico opened a legation in Helsinki, which was elevated to embassy status in 1963.",
        "mission",
        {"sender": "MX", "receiver": "FI", "kind": "embassy", "city": "Helsinki", "date": "1963"},
    ),
    (
        "Finland–Mexico relations",
        "In 1949 Mexico opened a legation in Helsinki, which was elevated to embassy status in 1963.",
        "mission",
        {"sender": "MX", "kind": "diplomatic_mission", "city": "Helsinki", "date": "1949", "status": "closed"},
    ),
    # the credentials' addressee tells the receiving state; a person named again keeps the state first given
    (
        "Kenya–South Korea relations",
        "South Korean President Moon Jae-in received Kenyan President Uhuru Kenyatta in Seoul in 2016. Ambassador "
        "Mwende Mwinzi presented her letters of credence to President Moon Jae-in in 2019.",
        "office",
        {"person": "Mwende Mwinzi", "sender": "KE", "receiver": "KR", "credentials": "2019"},
    ),
    (
        "Finland–Japan relations",
        "Ambassador Kazuhiro Suzuki presented his credentials to the President of Finland in December 2021.",
        "office",
        {"person": "Kazuhiro Suzuki", "sender": "JP", "receiver": "FI", "credentials": "2021-12"},
    ),
    # a list item that is a whole sentence is read as one: the visit's place is its own
    (
        "Canada–Norway relations",
        "== High-level visits ==\n* In 1987, Prime Minister Gro Harlem Brundtland paid an official visit to Canada.\n"
        "* Governor General David Johnston visited Oslo in 2013.",
        "event",
        {"date": "2013", "location": {"city": "Oslo", "country": "NO"}, "participants": [{"name": "David Johnston"}]},
    ),
    (
        "Canada–Norway relations",
        "== High-level visits ==\n* In 1987, Prime Minister Gro Harlem Brundtland paid an official visit to Canada.",
        "event",
        {"date": "1987", "location": {"city": None, "country": "CA"}},
    ),
    # a bare list of years after a visit: one visit each, by the subject of its own clause
    (
        "Cuba–Vietnam relations",
        "Nguyễn Phú Trọng visited Cuba in March 2012; Raúl Castro made official visits to Vietnam in 1995, 2005 "
        "and 2012.",
        "event",
        {"date": "2005", "location": {"country": "VN"}, "participants": [{"name": "Raúl Castro"}]},
    ),
    (
        "Cuba–Vietnam relations",
        "Nguyễn Phú Trọng visited Cuba in March 2012; Raúl Castro made official visits to Vietnam in 1995, 2005 "
        "and 2012.",
        "event",
        {"date": "2012", "location": {"country": "VN"}, "participants": [{"name": "Raúl Castro"}]},
    ),
    # "his successor, NAME," in the same sentence holds the post named before; a role after a verb is no apposition
    (
        "Estonia–Ukraine relations",
        "Kaimo Kuusk served as Estonia's ambassador to Ukraine from 2019 to 2022; his successor, Annely Kolk, "
        "presented her credentials to President Volodymyr Zelenskyy on 21 October 2022.",
        "office",
        {"person": "Annely Kolk", "role": "ambassador", "sender": "EE", "receiver": "UA", "credentials": "2022-10-21"},
    ),
    # "apply" in another sense does not make a clause an application for membership
    (
        "Estonia–Ukraine relations",
        "The two countries signed a free trade agreement in 1995; it ceased to apply when Estonia joined the "
        "European Union on 1 May 2004.",
        "membership",
        {"country": "EE", "organization": "European Union", "date": "2004-05-01"},
    ),
    ("Estonia–Ukraine relations", "Ukraine applied for membership of the European Union in 2022.", "membership", None),
    (
        "France–Mexico relations",
        "Diplomatic relations were broken in 1867 and restored in 1880.",
        "diplomatic_relations",
        {"event": "severed", "date": "1867"},
    ),
    # every non-resident construction is dated from its clause; a period is one that ended
    (
        "Lithuania–Portugal relations",
        "Between 2012 and 2018 the Portuguese ambassador in Stockholm was also accredited to Lithuania.",
        "mission",
        {"sender": "PT", "receiver": "LT", "resident": False, "date": "2012", "status": "closed"},
    ),
    (
        "Iceland–Lithuania relations",
        "Since 2006 Iceland has been represented in Lithuania by its embassy in Helsinki.",
        "mission",
        {"sender": "IS", "receiver": "LT", "resident": False, "date": "2006", "status": "open"},
    ),
    # "US$" is a currency, not a third state the goods go to
    (
        "Mongolia–South Korea relations",
        "In 2023, bilateral trade amounted to US$700 million.",
        "trade",
        {"flow": "turnover", "period": "2023", "value": 700.0, "unit": "million USD"},
    ),
    # "the following agreements" announces the list; the items are the agreements
    (
        "Mongolia–South Korea relations",
        "== Agreements ==\nThe following agreements have been signed:\n* Agreement on Trade (1991)\n",
        "agreement",
        {"title": "Agreement on Trade", "status": "signed", "date": "1991"},
    ),
    (
        "Canada–Ukraine relations",
        "The recognition of Ukraine by Canada came on 2 December 1991.",
        "recognition",
        {"subject": "CA", "object": "UA", "date": "1991-12-02"},
    ),
    # memberships: a coordinated subject, "entered", "took part in", a former name as written, asides in the list
    (
        "Czech Republic–Poland relations",
        "The Czech Republic and Poland joined NATO together on 12 March 1999 and the European Union on 1 May 2004.",
        "membership",
        {"country": "CZ", "organization": "European Union", "date": "2004-05-01"},
    ),
    (
        "Czech Republic–Poland relations",
        "Border checks between them were abolished when both entered the Schengen Area on 21 December 2007.",
        "membership",
        {"country": "PL", "organization": "Schengen Area", "date": "2007-12-21"},
    ),
    (
        "Finland–Soviet Union relations",
        "Both states took part in the Conference on Security and Co-operation in Europe.",
        "membership",
        {"country": "SU", "organization": "Conference on Security and Cooperation in Europe"},
    ),
    (
        "Canada–Mexico relations",
        "Both states belong to the Organization of American States, which Canada joined in 1990, to the OECD, of "
        "which Mexico has been a member since 1994, to APEC and to the G20.",
        "membership",
        {"country": "MX", "organization": "Group of Twenty"},
    ),
    (
        "Australia–Indonesia relations",
        "Both countries are members of the G20, APEC, the East Asia Summit and MIKTA.",
        "membership",
        {"country": "ID", "organization": "MIKTA"},
    ),
    # "its ambassador" is the clause subject's; "succeeded in D by NAME" starts NAME's post at D; an apposition
    # "NAME, the first X ambassador," is NAME's post, not a second, unnamed one
    (
        "Australia–Indonesia relations",
        "In November 2013, after reports about Australian intelligence, Indonesia recalled its ambassador, Nadjib "
        "Riphat Kesoema, from Canberra.",
        "office",
        {"person": "Nadjib Riphat Kesoema", "sender": "ID", "receiver": "AU"},
    ),
    (
        "Cuba–Soviet Union relations",
        "Sergei Kudryavtsev was the Soviet ambassador to Cuba from 1960. He was succeeded in 1962 by Aleksandr "
        "Alekseyev.",
        "office",
        {"person": "Aleksandr Alekseyev", "sender": "SU", "receiver": "CU", "since": "1962"},
    ),
    # a place of a state within one of the pair is that state's; a mission of a state that is gone is closed
    (
        "Finland–Soviet Union relations",
        "Finland had an embassy in Moscow and a consulate general in Leningrad.",
        "mission",
        {"sender": "FI", "receiver": "SU", "kind": "consulate_general", "city": "Leningrad", "status": "closed"},
    ),
    (
        "Finland–Soviet Union relations",
        "The Soviet Union opened a consulate in Mariehamn in 1940.",
        "mission",
        {"sender": "SU", "receiver": "FI", "kind": "consulate", "city": "Mariehamn", "date": "1940"},
    ),
    # agreements: a title with commas of its own, pacts and armistices, "whose Final Act", "an agreement to …"
    (
        "Finland–Soviet Union relations",
        "The Agreement of Friendship, Cooperation, and Mutual Assistance was signed in Moscow on 6 April 1948.",
        "agreement",
        {
            "title": "Agreement of Friendship, Cooperation, and Mutual Assistance",
            "status": "signed",
            "date": "1948-04-06",
        },
    ),
    (
        "Finland–Soviet Union relations",
        "A non-aggression pact between Finland and the Soviet Union was concluded in Helsinki on 21 January 1932.",
        "agreement",
        {"kind": "treaty", "status": "signed", "date": "1932-01-21"},
    ),
    (
        "Finland–Soviet Union relations",
        "The Continuation War ended with the Moscow Armistice, signed on 19 September 1944.",
        "agreement",
        {"title": "Moscow Armistice", "status": "signed", "date": "1944-09-19"},
    ),
    (
        "Finland–Soviet Union relations",
        "Both states took part in the Conference on Security and Co-operation in Europe, whose Final Act was signed "
        "in Helsinki on 1 August 1975.",
        "agreement",
        {"title": "Final Act of the Conference on Security and Co-operation in Europe", "date": "1975-08-01"},
    ),
    (
        "Gambia–Senegal relations",
        "In December 1981 Abdou Diouf and Dawda Jawara signed an agreement to unite their states in a confederation.",
        "agreement",
        {"title": "agreement to unite their states in a confederation", "date": "1981-12"},
    ),
    # a generic title with the place and day of signing before what the document does
    (
        "Eritrea–Yemen relations",
        "In October 1996 the two governments signed an agreement in Paris to submit their dispute over the Hanish "
        "Islands to arbitration.",
        "agreement",
        {"title": "agreement to submit their dispute over the Hanish Islands to arbitration", "date": "1996-10"},
    ),
    (
        "Australia–Timor-Leste relations",
        "The two governments signed a treaty in New York on 6 March 2018 delimiting their maritime boundaries in the "
        "Timor Sea.",
        "agreement",
        {"title": "treaty delimiting their maritime boundaries in the Timor Sea", "date": "2018-03-06"},
    ),
    (
        "Greece–North Macedonia relations",
        "In June 2018 the two governments signed an agreement at Lake Prespa on the name of the northern state.",
        "agreement",
        {"title": "agreement on the name of the northern state", "date": "2018-06"},
    ),
    # the participle with its place, then the day, dates the document over an earlier date of the sentence
    (
        "Armenia–Azerbaijan relations",
        "Heavy fighting in April 1994 ended with a ceasefire protocol signed in Bishkek at the beginning of May.",
        "agreement",
        {"title": "ceasefire protocol", "date": "1994-05"},
    ),
    (
        "Ecuador–Peru relations",
        "In October 1998 the two presidents signed an accord in Brasília that ended the border dispute.",
        "agreement",
        {"title": "accord that ended the border dispute", "date": "1998-10"},
    ),
    # relations: a verb before bare "relations"; the sentence's one date; a level raised to
    (
        "Cuba–Soviet Union relations",
        "After the coup of March 1952 the new government broke off relations with the Soviet Union later that year.",
        "diplomatic_relations",
        {"event": "severed", "date": "1952"},
    ),
    (
        "Eritrea–Ethiopia relations",
        "Ethiopia recognised Eritrea in 1993, and the two countries established diplomatic relations.",
        "diplomatic_relations",
        {"event": "established", "date": "1993"},
    ),
    (
        "South Korea–Vietnam relations",
        "On 5 December 2022, during a state visit to Seoul, it was raised to a comprehensive strategic partnership.",
        "diplomatic_relations",
        {"event": "upgraded", "date": "2022-12-05"},
    ),
    # visits: "flew to", "went to"; a place whose particle is written in lower case; a given name in use
    (
        "Egypt–Israel relations",
        "President Anwar Sadat flew to Israel on 19 November 1977.",
        "event",
        {
            "kind": "visit",
            "date": "1977-11-19",
            "location": {"country": "IL"},
            "participants": [{"name": "Anwar Sadat"}],
        },
    ),
    (
        "Egypt–Israel relations",
        "Prime Minister Naftali Bennett visited Sharm el-Sheikh on 13 September 2021.",
        "event",
        {"date": "2021-09-13", "location": {"city": "Sharm el-Sheikh"}, "participants": [{"name": "Naftali Bennett"}]},
    ),
    (
        "Eritrea–Ethiopia relations",
        "President Isaias Afwerki received Abiy Ahmed in Asmara on 8 July 2018. Isaias paid a return visit to "
        "Ethiopia from 14 to 16 July 2018.",
        "event",
        {"date": "2018-07-14/2018-07-16", "participants": [{"name": "Isaias Afwerki"}]},
    ),
    # a meeting told in its own paragraph after a listed visit takes the visit's date and place
    (
        "South Korea–Vietnam relations",
        "== Visits ==\n* Yoon Suk Yeol, 22–24 June 2023, state visit to Hanoi\n\nPresident Yoon was received by "
        "President Võ Văn Thưởng.",
        "event",
        {"kind": "meeting", "date": "2023-06-22/2023-06-24", "location": {"city": "Hanoi"}},
    ),
    # parliaments named by an official form of the state; an envoy's post in a city of the pair's former union
    (
        "South Korea–Vietnam relations",
        "A Korea–Vietnam parliamentary friendship group works in the National Assembly of the Republic of Korea.",
        "parliamentary_group",
        {"country": "KR", "partner": "VN"},
    ),
    (
        "Australia–Indonesia relations",
        "Parliamentary friendship groups exist in the Parliament of Australia and in the People's Representative "
        "Council of Indonesia.",
        "parliamentary_group",
        {"country": "ID", "partner": "AU"},
    ),
    (
        "Finland–Soviet Union relations",
        "Juho Kusti Paasikivi became Finland's ambassador in Moscow in 1940.",
        "office",
        {"person": "Juho Kusti Paasikivi", "sender": "FI", "receiver": "SU", "since": "1940", "concurrent_with": []},
    ),
    # a membership told in a relative clause after the organization
    (
        "Georgia–Poland relations",
        "The Eastern Partnership, in which Georgia takes part, grew out of a proposal presented in May 2008.",
        "membership",
        {"country": "GE", "organization": "Eastern Partnership"},
    ),
    (
        "Czech Republic–Poland relations",
        "They founded the cooperation now known as the Visegrád Group, in which both countries still take part.",
        "membership",
        {"country": "CZ", "organization": "Visegrád Group"},
    ),
    (
        "Georgia–Poland relations",
        "The Eastern Partnership, in which Ukraine takes part, began in 2009.",
        "membership",
        None,
    ),
    # a dated act of one state toward the other is a happening of its own
    (
        "Ghana–Nigeria relations",
        "Nigeria closed its land borders on 20 August 2019 to fight smuggling.",
        "event",
        {"kind": "other", "date": "2019-08-20"},
    ),
    (
        "Australia–Indonesia relations",
        "In November 2013 Indonesia recalled its ambassador, Nadjib Riphat Kesoema, from Canberra.",
        "event",
        {"kind": "other", "date": "2013-11", "participants": [{"name": "Nadjib Riphat Kesoema"}]},
    ),
    (
        "Norway–Poland relations",
        "Norway and Poland, together with Germany, signed a declaration on offshore wind in Brussels in 2023.",
        "agreement",
        {"title": "declaration on offshore wind", "date": "2023", "location": {"city": "Brussels", "country": "BE"}},
    ),
    # a visit that names the state visited does not borrow the city of the next visit in the sentence
    (
        "Japan–Mongolia relations",
        "Mongolian President Tsakhiagiin Elbegdorj paid a state visit to Japan in November 2013, and Prime Minister "
        "Shinzo Abe visited Ulaanbaatar in October 2013.",
        "event",
        {"date": "2013-11", "location": {"city": None, "country": "JP"}},
    ),
    # an embassy that moved with the capital; "it also maintains" is the sentence's state; groupings by acronym
    (
        "Brazil–India relations",
        "India opened an embassy in Rio de Janeiro in 1949, which moved to Brasília in 1971; it also maintains a "
        "consulate general in São Paulo.",
        "mission",
        {"sender": "IN", "receiver": "BR", "kind": "embassy", "city": "Brasília", "date": "1971", "status": "open"},
    ),
    (
        "Brazil–India relations",
        "India opened an embassy in Rio de Janeiro in 1949, which moved to Brasília in 1971; it also maintains a "
        "consulate general in São Paulo.",
        "mission",
        {"sender": "IN", "kind": "consulate_general", "city": "São Paulo"},
    ),
    (
        "Brazil–India relations",
        "Both countries are members of BRICS, IBSA, the G4 and the G20.",
        "membership",
        {"country": "BR", "organization": "Group of Twenty"},
    ),
    (
        "Brazil–India relations",
        "President Jair Bolsonaro was the chief guest at India's Republic Day celebrations on 26 January 2020.",
        "event",
        {"kind": "visit", "date": "2020-01-26", "participants": [{"name": "Jair Bolsonaro"}]},
    ),
    (
        "Kazakhstan–Malaysia relations",
        "Malaysia has had an embassy in Astana since 2000 (until 2019 in Almaty).",
        "mission",
        {"sender": "MY", "city": "Astana", "date": "2000", "status": "open"},
    ),
    # "the first country to sign X (1999)" tells a signing, not a plan
    (
        "Chile–China relations",
        "Chile was the first Latin American country to recognise China as a market economy (2004) and to sign a "
        "free trade agreement with China (2005).",
        "agreement",
        {"status": "signed", "date": "2005"},
    ),
    # relations: "diplomatic ties", "normalized relations", "re-established ties", "date back to YEAR"
    (
        "Brazil–Vietnam relations",
        "The two countries established formal diplomatic ties on 8 May 1989.",
        "diplomatic_relations",
        {"event": "established", "date": "1989-05-08"},
    ),
    (
        "United States–Vietnam relations",
        "The United States and Vietnam normalized relations in 1995.",
        "diplomatic_relations",
        {"event": "established", "date": "1995"},
    ),
    (
        "Gambia–Senegal relations",
        "Both nations re-established ties in 2003 after a ten-year break.",
        "diplomatic_relations",
        {"event": "restored", "date": "2003"},
    ),
    (
        "Brazil–Vietnam relations",
        "Bilateral relations date back to 1989, when diplomatic relations were opened.",
        "diplomatic_relations",
        {"event": "established", "date": "1989"},
    ),
    # a later post of a list takes the date of its own stretch
    (
        "Qatar–Turkey relations",
        "Qatar opened an embassy in Ankara in 1989 and a consulate general in Istanbul in 2014.",
        "mission",
        {"sender": "QA", "kind": "consulate_general", "city": "Istanbul", "date": "2014"},
    ),
    # an institution named after its adjectives is no person; a habit is no dated happening
    (
        "Qatar–Turkey relations",
        "In 2014 the two countries set up the Supreme Strategic Committee, which has met annually since 2015.",
        "event",
        None,
    ),
    # a state's cultural institute named after its people; a bare "had been a member" of the organization just named
    (
        "Czech Republic–Slovakia relations",
        "Each country runs a cultural institute in the other's capital: the Czech Centre in Bratislava and the "
        "Slovak Institute in Prague.",
        "mission",
        {"sender": "SK", "receiver": "CZ", "kind": "cultural_centre", "city": "Prague"},
    ),
    (
        "Ghana–Nigeria relations",
        "The Speaker of the Nigerian House of Representatives led a delegation to Accra in 2020.",
        "mission",
        None,
    ),
    (
        "Iceland–Lithuania relations",
        "Lithuania was admitted to the United Nations on 17 September 1991, whereas Iceland had been a member since "
        "1946.",
        "membership",
        {"country": "IS", "organization": "United Nations", "date": "1946"},
    ),
    # envoys by predicate: arrived as, represented … as, sent … as its ambassador; the head of a mission just opened;
    # an unnamed ambassador appointed by a state
    (
        "Palau–United States relations",
        "Hersey Kyota represented Palau in Washington as ambassador for many years.",
        "office",
        {"person": "Hersey Kyota", "sender": "PW", "receiver": "US"},
    ),
    (
        "Colombia–Venezuela relations",
        "In August 2022 Venezuela sent the former foreign minister Félix Plasencia to Bogotá as its ambassador.",
        "office",
        {"person": "Félix Plasencia", "role": "ambassador", "sender": "VE", "receiver": "CO"},
    ),
    (
        "Denmark–Iceland relations",
        "Iceland opened its first diplomatic mission abroad in Copenhagen in 1920, headed by Sveinn Björnsson.",
        "office",
        {"person": "Sveinn Björnsson", "role": "ambassador", "sender": "IS", "receiver": "DK", "since": "1920"},
    ),
    (
        "Qatar–Saudi Arabia relations",
        "The Saudi embassy in Doha resumed work in 2021, and Saudi Arabia appointed a new ambassador to Qatar the "
        "same year.",
        "office",
        {"person": None, "sender": "SA", "receiver": "QA", "appointed": "2021"},
    ),
    # an ambassador to an international organization holds no post for the other state
    (
        "Colombia–Venezuela relations",
        "In 2010 Colombia's ambassador to the Organization of American States, Luis Alfonso Hoyos, presented evidence.",
        "office",
        None,
    ),
    # agreements: witnesses are no party; "a twenty-year Treaty" is no count; the signing's date after its verb;
    # a date another title carries; compacts; participle and date complements; "reached"
    (
        "Cameroon–Nigeria relations",
        "On 12 June 2006 Obasanjo and Biya signed the Greentree Agreement on the withdrawal of Nigerian troops, with "
        "Annan and representatives of France and Germany as witnesses.",
        "agreement",
        {"title": "Greentree Agreement on the withdrawal of Nigerian troops", "status": "signed", "date": "2006-06-12"},
    ),
    (
        "Afghanistan–Soviet Union relations",
        "After the Saur Revolution of April 1978, Taraki and Brezhnev signed a twenty-year Treaty of Friendship, "
        "Good-Neighbourliness and Cooperation in Moscow on 5 December 1978.",
        "agreement",
        {"title": "Treaty of Friendship, Good-Neighbourliness and Cooperation", "date": "1978-12-05"},
    ),
    (
        "Cameroon–Nigeria relations",
        "The Yaoundé II Declaration of April 1971 was followed by the Maroua Declaration, signed on 1 June 1975.",
        "agreement",
        {"title": "Maroua Declaration", "date": "1975-06-01"},
    ),
    (
        "Palau–United States relations",
        "The Compact of Free Association was signed in 1982 and entered into force on October 1, 1994.",
        "agreement",
        {"title": "Compact of Free Association", "status": "in_force", "date": "1994-10-01"},
    ),
    (
        "Indonesia–Vietnam relations",
        "An agreement delimiting the continental shelf between the two countries was signed in June 2003.",
        "agreement",
        {"title": "agreement delimiting the continental shelf between the two countries", "date": "2003-06"},
    ),
    (
        "Qatar–Saudi Arabia relations",
        "The boundary between the two states was first defined in an agreement of 1965.",
        "agreement",
        {"status": "signed", "date": "1965"},
    ),
    (
        "Qatar–Saudi Arabia relations",
        "The envoys returned in November 2014 after an agreement reached in Riyadh.",
        "agreement",
        {"status": "signed", "date": "2014-11", "location": {"city": "Riyadh"}},
    ),
    # relations: "cut diplomatic relations", "diplomatic relations followed in D", "They were restored" after them
    (
        "Qatar–Saudi Arabia relations",
        "On 5 June 2017 Saudi Arabia, the United Arab Emirates and Bahrain cut diplomatic relations with Qatar.",
        "diplomatic_relations",
        {"event": "severed", "date": "2017-06-05"},
    ),
    (
        "Armenia–Iran relations",
        "Iran recognised Armenian independence in December 1991, and diplomatic relations followed in February 1992.",
        "diplomatic_relations",
        {"event": "established", "date": "1992-02"},
    ),
    (
        "Colombia–Venezuela relations",
        "On 22 July 2010 Venezuela broke off diplomatic relations. They were restored on 10 August 2010.",
        "diplomatic_relations",
        {"event": "restored", "date": "2010-08-10"},
    ),
    # memberships: an aspiration or a departure governs only its stretch; "is part of", "founders of"; an
    # organization that only qualifies a noun ("the EU single market") is no membership
    (
        "Bulgaria–North Macedonia relations",
        "North Macedonia joined NATO on 27 March 2020 and has been an EU candidate country since 2005.",
        "membership",
        {"country": "MK", "organization": "North Atlantic Treaty Organization", "date": "2020-03-27"},
    ),
    (
        "Colombia–Venezuela relations",
        "Colombia is a member of the Pacific Alliance and of the Andean Community, which Venezuela left in 2006.",
        "membership",
        {"country": "CO", "organization": "Andean Community"},
    ),
    (
        "Finland–Sweden relations",
        "Finland joined the EU in 1995 and applied to join NATO in 2022.",
        "membership",
        {"country": "FI", "organization": "European Union", "date": "1995"},
    ),
    (
        "Cameroon–Nigeria relations",
        "Nigeria is a member of ECOWAS, whereas Cameroon is part of the Economic Community of Central African States.",
        "membership",
        {"country": "CM", "organization": "Economic Community of Central African States"},
    ),
    (
        "Indonesia–Vietnam relations",
        "Indonesia was one of the five founders of ASEAN in 1967.",
        "membership",
        {"country": "ID", "organization": "Association of Southeast Asian Nations", "date": "1967"},
    ),
    # visits: a list a sentence announces ("Other high-level visits include:"); one visit over two months; a return
    # visit elsewhere the same year is a visit of its own, by a one-word name given a role before
    (
        "Indonesia–Vietnam relations",
        "Relations grew warmer.\n\nOther high-level visits include:\n- December 2022 – President Nguyễn Xuân Phúc, "
        "state visit to Indonesia\n",
        "event",
        {"date": "2022-12", "location": {"country": "ID"}, "participants": [{"name": "Nguyễn Xuân Phúc"}]},
    ),
    (
        "Indonesia–Vietnam relations",
        "Hồ Chí Minh was received by President Sukarno during a visit to Indonesia in February and March 1959, and "
        "Sukarno went to Hanoi on a return visit later that year.",
        "event",
        {"date": "1959-02/1959-03", "location": {"country": "ID"}},
    ),
    (
        "Indonesia–Vietnam relations",
        "Hồ Chí Minh was received by President Sukarno during a visit to Indonesia in February and March 1959, and "
        "Sukarno went to Hanoi on a return visit later that year.",
        "event",
        {"date": "1959", "location": {"city": "Hanoi"}, "participants": [{"name": "Sukarno"}]},
    ),
    (
        "Indonesia–Vietnam relations",
        "The agreement entered into force in 2007, while talks on a separate boundary went on for a decade.",
        "event",
        None,
    ),
    # entry into force told of "it" mid-sentence, or after another verb of the later clause; a second title of a
    # list led by its own capitalized name
    (
        "Bulgaria–North Macedonia relations",
        "The Treaty of Friendship was signed in Sofia on 1 August 2017. Both parliaments ratified it in January 2018, "
        "and it entered into force in February 2018.",
        "agreement",
        {"title": "Treaty of Friendship", "status": "in_force", "date": "2018-02"},
    ),
    (
        "Palau–United States relations",
        "The Compact of Free Association was signed in 1982; it was finally approved by Palauan voters in 1993 and "
        "entered into force on October 1, 1994.",
        "agreement",
        {"title": "Compact of Free Association", "status": "in_force", "date": "1994-10-01"},
    ),
    (
        "Kyrgyzstan–Tajikistan relations",
        "On 31 March 2025 the three presidents signed a treaty on the junction point of their state borders and the "
        "Khujand Declaration on Eternal Friendship.",
        "agreement",
        {"title": "Khujand Declaration on Eternal Friendship", "status": "signed", "date": "2025-03-31"},
    ),
    # a regional town of the receiving state (GeoNames, 15,000 people or more)
    (
        "Denmark–Iceland relations",
        "Denmark has an honorary consulate in Akureyri.",
        "mission",
        {"sender": "DK", "receiver": "IS", "kind": "honorary_consulate", "city": "Akureyri"},
    ),
    # reciprocal missions: one each way, in the capitals the text may name after a colon
    (
        "Colombia–Venezuela relations",
        "The embassies of both countries reopened in 2022.",
        "mission",
        {"sender": "VE", "receiver": "CO", "kind": "embassy", "date": "2022", "status": "open"},
    ),
    (
        "Brazil–Vietnam relations",
        "Both countries have embassies in each other's capitals.",
        "mission",
        {"sender": "BR", "receiver": "VN", "kind": "embassy", "city": "Hanoi"},
    ),
    (
        "India–Yugoslavia relations",
        "Each country had an embassy in the other's capital: India in Belgrade and Yugoslavia in New Delhi.",
        "mission",
        {"sender": "YU", "receiver": "IN", "city": "New Delhi", "status": "closed"},
    ),
    # a middle name in use ("Lula"); a meeting named in a document's title, and an envoy's arrival, are no events
    (
        "Brazil–Paraguay relations",
        "Luiz Inácio Lula da Silva visited Asunción in 2009. Lula attended the inauguration of President Santiago "
        "Peña in Asunción on 15 August 2023.",
        "event",
        {"date": "2023-08-15", "participants": [{"name": "Luiz Inácio Lula da Silva"}]},
    ),
    (
        "Bulgaria–North Macedonia relations",
        "In July 2022 the foreign ministers signed the protocol of the second meeting of the joint commission under "
        "the 2017 treaty.",
        "event",
        None,
    ),
    (
        "Afghanistan–Soviet Union relations",
        "Yakov Surits arrived in Kabul in 1919 as the first Soviet envoy.",
        "event",
        None,
    ),
    # plural missions in a pair of cities: each city's post is the other state's
    (
        "Egypt–Israel relations",
        "Relations were established in early 1980, and embassies were opened in Cairo and Tel Aviv in February of "
        "that year.",
        "mission",
        {"sender": "EG", "receiver": "IL", "city": "Tel Aviv", "date": "1980-02"},
    ),
    (
        "Finland–Soviet Union relations",
        "Juho Kusti Paasikivi became Finland's envoy in Moscow in 1940.",
        "office",
        {"person": "Juho Kusti Paasikivi", "role": "ambassador", "sender": "FI", "receiver": "SU", "since": "1940"},
    ),
    (
        "Kenya–Tanzania relations",
        "The two countries are both members of the Commonwealth.",
        "membership",
        {"country": "TZ", "organization": "Commonwealth of Nations"},
    ),
    # agreements by their subjects: items a count names, dates paired "respectively"
    (
        "Georgia–Turkey relations",
        "The countries have concluded over 40 bilateral agreements, including on visa-free travel (2009) and on "
        "readmission (2011).",
        "agreement",
        {"title": "agreement on readmission", "status": "signed", "date": "2011"},
    ),
    (
        "Georgia–Turkey relations",
        "Agreements on avoiding double taxation and on investment protection were signed in 2005 and 2007 "
        "respectively.",
        "agreement",
        {"title": "Agreement on investment protection", "status": "signed", "date": "2007"},
    ),
    # memberships: an aside in brackets inside the list; a gapped second member; "became its tenth member"; a
    # clause with no subject of its own; "leads"; denials
    (
        "India–South Africa relations",
        "Both countries are members of the Commonwealth of Nations (South Africa rejoined it in 1994), the G20, BRICS "
        "and the Indian Ocean Rim Association.",
        "membership",
        {"country": "IN", "organization": "Indian Ocean Rim Association"},
    ),
    (
        "Hungary–Slovakia relations",
        "Hungary has been in NATO since 12 March 1999 and Slovakia since 29 March 2004.",
        "membership",
        {"country": "SK", "organization": "North Atlantic Treaty Organization", "date": "2004-03-29"},
    ),
    (
        "Cambodia–Thailand relations",
        "Thailand was one of the five founders of the Association of Southeast Asian Nations on 8 August 1967; "
        "Cambodia became its tenth member on 30 April 1999.",
        "membership",
        {"country": "KH", "organization": "Association of Southeast Asian Nations", "date": "1999-04-30"},
    ),
    (
        "New Zealand–Samoa relations",
        "Both states are members of the Commonwealth of Nations, which Samoa joined in 1970, and founding members of "
        "the Pacific Islands Forum.",
        "membership",
        {"country": "WS", "organization": "Pacific Islands Forum"},
    ),
    (
        "Kazakhstan–United States relations",
        "Kazakhstan is a member of the Shanghai Cooperation Organisation, while the United States leads NATO.",
        "membership",
        {"country": "US", "organization": "North Atlantic Treaty Organization"},
    ),
    # envoys: a surname that is also a noun ("Court"); "has held the post since"; a date that opens the clause;
    # a list of envoys a sentence announces
    (
        "Australia–Japan relations",
        "Richard Court, a former Premier of Western Australia, was ambassador in Tokyo from 2017 to 2020; Justin "
        "Hayhurst has held the post since 2023.",
        "office",
        {"person": "Richard Court", "sender": "AU", "receiver": "JP", "since": "2017"},
    ),
    (
        "Australia–Japan relations",
        "Richard Court, a former Premier of Western Australia, was ambassador in Tokyo from 2017 to 2020; Justin "
        "Hayhurst has held the post since 2023.",
        "office",
        {"person": "Justin Hayhurst", "sender": "AU", "receiver": "JP", "since": "2023"},
    ),
    (
        "Ethiopia–Israel relations",
        "In 2012 Belaynesh Zevadia, who was born in Ethiopia, became Israel's ambassador to Ethiopia.",
        "office",
        {"person": "Belaynesh Zevadia", "sender": "IL", "receiver": "ET", "since": "2012"},
    ),
    (
        "Kazakhstan–United States relations",
        "The embassy opened in 1992.\n\nUnited States ambassadors to Kazakhstan (selection):\n"
        "- John Ordway (2004–2008)\n- George Krol (2015–2018)\n",
        "office",
        {"person": "George Krol", "sender": "US", "receiver": "KZ", "since": "2015"},
    ),
    # relations: "and relations were restored" (bare, not "trade relations"); "agreed to open diplomatic relations";
    # a former state that stands in for one of the pair; recognition of a government is no recognition of a state
    (
        "Cuba–Jamaica relations",
        "Manley returned to power in 1989, and relations were restored in 1990.",
        "diplomatic_relations",
        {"event": "restored", "date": "1990"},
    ),
    ("Cuba–Jamaica relations", "Trade relations were established in 1995.", "diplomatic_relations", None),
    (
        "Germany–Mongolia relations",
        "Bonn and Ulaanbaatar agreed to open diplomatic relations on 31 January 1974.",
        "diplomatic_relations",
        {"parties": ["DE", "MN"], "event": "established", "date": "1974-01-31"},
    ),
    (
        "Germany–Mongolia relations",
        "The Mongolian People's Republic and the German Democratic Republic established diplomatic relations on 13 "
        "April 1950.",
        "diplomatic_relations",
        {"parties": ["DD", "MN"], "event": "established", "date": "1950-04-13"},
    ),
    (
        "Mexico–Spain relations",
        "Mexico never recognised the government of Francisco Franco and recognised the Spanish Republican government "
        "in exile instead.",
        "recognition",
        None,
    ),
    # missions: "opened in A and moved to B"; "allowed X to open" is no plan; a cleft "it was in TOWN that X opened";
    # a joint institute is no state's cultural centre
    (
        "Kazakhstan–United States relations",
        "The American embassy opened in Almaty in 1992 and moved to Astana, the new capital, in 2006.",
        "mission",
        {"sender": "US", "kind": "embassy", "city": "Almaty", "date": "1992", "status": "closed"},
    ),
    (
        "Ethiopia–Israel relations",
        "Emperor Haile Selassie allowed Israel to open a consulate-general in Addis Ababa in the 1950s.",
        "mission",
        {"sender": "IL", "kind": "consulate_general", "city": "Addis Ababa", "status": "open"},
    ),
    (
        "Australia–Japan relations",
        "It was in Townsville that Japan opened its first consulate in Australia, in 1896.",
        "mission",
        {"sender": "JP", "receiver": "AU", "kind": "consulate", "city": "Townsville", "date": "1896"},
    ),
    (
        "Germany–Mongolia relations",
        "In 2013 the German-Mongolian Institute for Resources and Technology opened its doors in Nalaikh.",
        "mission",
        None,
    ),
    # agreements: "the day the Treaty … came into force"; "on the last day of the visit"; "agreed a programme"
    (
        "Australia–Japan relations",
        "Relations were resumed on 28 April 1952, the day the Treaty of San Francisco came into force.",
        "agreement",
        {"title": "Treaty of San Francisco", "status": "in_force", "date": "1952-04-28"},
    ),
    (
        "Soviet Union–Yugoslavia relations",
        "Khrushchev came to Belgrade from 26 May to 2 June 1955 and, with Tito, signed the Belgrade Declaration on the "
        "last day of the visit.",
        "agreement",
        {"title": "Belgrade Declaration", "status": "signed", "date": "1955-06-02"},
    ),
    (
        "India–South Africa relations",
        "On 26 January 2019 the two sides agreed a three-year strategic programme of cooperation.",
        "agreement",
        {"title": "three-year strategic programme of cooperation", "status": "signed", "date": "2019-01-26"},
    ),
    # events: an address to a parliament is a happening of its own; returning to power and meeting "several times"
    # are none
    (
        "Australia–Japan relations",
        "Shinzo Abe visited Canberra in July 2014. On 8 July 2014 Abe became the first Japanese prime minister to "
        "address a joint sitting of the Australian Parliament.",
        "event",
        {"date": "2014-07-08", "participants": [{"name": "Shinzo Abe"}]},
    ),
    ("Cuba–Jamaica relations", "Michael Manley returned to power in 1989.", "event", None),
    (
        "Hungary–Slovakia relations",
        "The two prime ministers have met several times since Fico's return to office in October 2023.",
        "event",
        None,
    ),
    # a joint communiqué is a document; "an agreement reached in CITY" keeps where it was reached
    (
        "Armenia–Iran relations",
        "On 7 May 1992 the presidents held talks in Tehran and signed a joint communiqué there.",
        "agreement",
        {"title": "joint communiqué", "kind": "declaration", "status": "signed", "date": "1992-05-07"},
    ),
    (
        "Qatar–Saudi Arabia relations",
        "The envoys returned in November 2014 after an agreement reached in Riyadh.",
        "agreement",
        {"title": "agreement reached in Riyadh", "status": "signed", "date": "2014-11"},
    ),
    # a visit "in September 1961 for the conference … held from 1 to 6 September 1961" is one happening; trips told
    # as a habit, or a sentence announcing a list, give no undated visit
    (
        "India–Yugoslavia relations",
        "Jawaharlal Nehru returned to Yugoslavia in September 1961 for the first conference of the Non-Aligned "
        "Movement, which was held in Belgrade from 1 to 6 September 1961.",
        "event",
        {
            "date": "1961-09-01/1961-09-06",
            "location": {"city": "Belgrade"},
            "participants": [{"name": "Jawaharlal Nehru"}],
        },
    ),
    (
        "Cuba–Soviet Union relations",
        "Fidel Castro made several long journeys to the Soviet Union, and Soviet leaders came to Havana in return:",
        "event",
        None,
    ),
    # agreements: a presidential act is a document; what is concluded "together with it" shares its date; a law is not
    (
        "Chile–Peru relations",
        "The presidents of Chile and Peru signed the Lima Presidential Act on 4 May 1999; together with it the two "
        "states concluded a treaty on fisheries and an agreement on customs cooperation.",
        "agreement",
        {"title": "treaty on fisheries", "status": "signed", "date": "1999-05-04"},
    ),
    (
        "Chile–Peru relations",
        "The presidents of Chile and Peru signed the Lima Presidential Act on 4 May 1999.",
        "agreement",
        {"title": "Lima Presidential Act", "status": "signed", "date": "1999-05-04"},
    ),
    (
        "Chile–United States relations",
        "In 1974 the US Congress passed the Trade Act, which President Ford signed.",
        "agreement",
        None,
    ),
    # events: hostilities, incidents, rulings and recalls between the two are happenings; a clause that only dates
    # another, a third state's act, and the end of an "until" clause are not
    (
        "Eritrea–Ethiopia relations",
        "Ethiopian aircraft bombed the airport of Asmara on 5 June 1998.",
        "event",
        {"date": "1998-06-05", "location": {"city": "Asmara", "country": "ER"}},
    ),
    (
        "Eritrea–Ethiopia relations",
        "Soldiers of the two countries exchanged fire near Zalambessa on 12 June 2016.",
        "event",
        {"date": "2016-06-12"},
    ),
    (
        "Denmark–Syria relations",
        "Protesters stormed the Danish embassy in Damascus on 4 February 2006.",
        "event",
        {"date": "2006-02-04", "location": {"city": "Damascus", "country": "SY"}},
    ),
    (
        "Cameroon–Nigeria relations",
        "The International Court of Justice delivered its judgment on 10 October 2002, awarding the Bakassi "
        "peninsula to Cameroon.",
        "event",
        {"date": "2002-10-10"},
    ),
    (
        "India–Pakistan relations",
        "Indian and Pakistani troops clashed near Kargil on 3 and 4 May 1999.",
        "event",
        {"date": "1999-05-03/1999-05-04"},
    ),
    ("Eritrea–Ethiopia relations", "The consulate closed when war broke out in the region in May 1998.", "event", None),
    ("Eritrea–Ethiopia relations", "In October 1935 Italy invaded Ethiopia.", "event", None),
    ("Denmark–Soviet Union relations", "Soviet troops occupied Bornholm until they left in April 1946.", "event", None),
    (
        "Cambodia–France relations",
        "The French embassy in Phnom Penh stayed open during the American bombing campaigns of 1969.",
        "event",
        None,
    ),
    (
        "Qatar–Saudi Arabia relations",
        "Saudi Arabia recalled its ambassador from Doha in March 2014; the ambassador returned in November 2014.",
        "event",
        {"date": "2014-11"},
    ),
    (
        "Iraq–Kuwait relations",
        "Iraqi forces attacked Kuwait on 2 August 1990.",
        "event",
        {"date": "1990-08-02"},
    ),
    (
        "China–India relations",
        "Chinese and Indian troops fought in the Galwan Valley on 15 June 2020.",
        "event",
        {"date": "2020-06-15", "participants": []},
    ),
    (
        "Morocco–Sweden relations",
        "Morocco withdrew its ambassador from Stockholm in October 2015.",
        "event",
        {"date": "2015-10"},
    ),
    # help sent, troops deployed and withdrawn, a city retaken, a case filed, a border closed, an import ban
    ("Japan–Turkey relations", "In August 1999 Japan sent a rescue team and relief supplies to Turkey.", "event",
     {"date": "1999-08"}),
    ("Cuba–Pakistan relations", "Cuba sent two medical brigades to Pakistan in October 2005.", "event",
     {"date": "2005-10"}),
    ("China–Pakistan relations", "In February 2021 China donated half a million vaccine doses to Pakistan.", "event",
     {"date": "2021-02"}),
    ("India–Sri Lanka relations", "India deployed its peacekeeping force in Sri Lanka in July 1987.", "event",
     {"date": "1987-07"}),
    ("India–Sri Lanka relations", "The last Indian troops were withdrawn in March 1990.", "event", {"date": "1990-03"}),
    ("Tanzania–Uganda relations", "In April 1979 Tanzanian troops and Ugandan exiles drove Idi Amin's forces out of "
     "Kampala.", "event", {"date": "1979-04", "location": {"city": "Kampala"}}),
    ("Colombia–Nicaragua relations", "Nicaragua filed its application with the International Court of Justice on 6 "
     "December 2001.", "event", {"date": "2001-12-06"}),
    ("Belize–Guatemala relations", "Hearings were held in The Hague in April 2023.", "event", {"date": "2023-04"}),
    ("Colombia–Venezuela relations", "Venezuela closed the main border crossings in August 2015.", "event",
     {"date": "2015-08"}),
    ("Georgia–Russia relations", "Russia banned Georgian wine imports in March 2006.", "event", {"date": "2006-03"}),
    ("Canada–Iraq relations", "In 2003 Canada sent no troops to Iraq.", "event", None),
    # sent to a third state: not a happening between the two
    ("Colombia–Peru relations", "In 1951 Colombia sent a battalion to fight under the United Nations command in "
     "Korea.", "event", None),
    ("Angola–Cuba relations", "Cuba sent troops to Ethiopia in 1977.", "event", None),
    ("Angola–Cuba relations", "Cuba sent troops to Angola in November 1975.", "event", {"date": "1975-11"}),
    ("Indonesia–Singapore relations", "After the tsunami of December 2004 Singapore sent relief teams to Aceh "
     "alongside Australia and Malaysia.", "event", {"date": "2004-12"}),
    ("Greece–Turkey relations", "After the Turkish invasion of Cyprus in July 1974 Greece left the military command "
     "of NATO.", "event", None),
    (
        "Canada–Czech Republic relations",
        "Canada lifted the visa requirement for Czech citizens on 14 November 2013.",
        "event",
        {"date": "2013-11-14"},
    ),
    (
        "Georgia–Russia relations",
        "Direct flights between the two countries resumed on 19 May 2023.",
        "event",
        {"date": "2023-05-19"},
    ),
    (
        "Israel–Syria relations",
        "Heavy fighting took place on the Golan Heights from 6 to 24 October 1973.",
        "event",
        {"date": "1973-10-06/1973-10-24", "participants": []},
    ),
    (
        "Russia–Turkey relations",
        "The two empires fought each other in several wars; both later joined the League of Nations in 1934.",
        "event",
        None,
    ),
    # agreements: "has not yet been signed" and "under discussion" are pending, undated; an arrangement is a document;
    # "a new agreement" that replaces one is another document of the same name
    (
        "Japan–Slovakia relations",
        "A working holiday arrangement is under discussion but has not yet been signed.",
        "agreement",
        {"title": "working holiday arrangement", "status": "pending", "date": None},
    ),
    (
        "Belize–Guatemala relations",
        "The two countries agreed on 3 May 2021 to refer the dispute to the court; the special agreement that would do "
        "so has not yet been signed.",
        "agreement",
        {"title": "special agreement", "status": "pending", "date": None},
    ),
    (
        "Morocco–Spain relations",
        "A fisheries agreement, concluded in March 1995, governed the catch; it was replaced by a new agreement signed "
        "in Rabat on 14 May 2006.",
        "agreement",
        {"title": "fisheries agreement", "status": "signed", "date": "2006-05-14"},
    ),
    # missions: a gapped "and Y one in C"; the cities after the next mission word are that one's
    (
        "Bulgaria–Romania relations",
        "Bulgaria has an embassy in Bucharest, and Romania one in Sofia.",
        "mission",
        {"sender": "RO", "receiver": "BG", "kind": "embassy", "city": "Sofia"},
    ),
    (
        "Canada–Norway relations",
        "Norway has an embassy in Ottawa, a consulate-general in Toronto, and honorary consulates in cities such as "
        "Vancouver, Calgary and Halifax.",
        "mission",
        {"sender": "NO", "receiver": "CA", "kind": "honorary_consulate", "city": "Calgary"},
    ),
    # trade: "the 2022–23 financial year" in a state's own figures is its fiscal year
    (
        "Bangladesh–India relations",
        "Indian figures put India's exports to Bangladesh at about 12 billion US dollars in the 2022–23 financial "
        "year.",
        "trade",
        {"reporter": "IN", "flow": "export", "period": "2022-04/2023-03", "value": 12.0},
    ),
    # recognition: a relative clause or an apposition between commas is an aside, with its own verb and date
    (
        "Japan–Latvia relations",
        "Japan, which had never recognised the annexation, recognised the restored Latvian state on 6 September 1991, "
        "and the two governments re-established diplomatic relations on 10 October 1991.",
        "recognition",
        {"subject": "JP", "object": "LV", "date": "1991-09-06"},
    ),
    (
        "East Germany–North Korea relations",
        "The GDR, a founding member of Comecon in September 1950, recognised North Korea early in 1949.",
        "recognition",
        {"subject": "DD", "object": "KP", "date": "1949"},
    ),
    # relations: the Federal Republic named in an article on the GDR is itself; "had no diplomatic ties" is none
    (
        "East Germany–Mongolia relations",
        "The Federal Republic of Germany, for its part, established diplomatic relations with Mongolia on 31 January "
        "1974.",
        "diplomatic_relations",
        {"parties": ["DE", "MN"], "date": "1974-01-31"},
    ),
    (
        "Bulgaria–Turkey relations",
        "After the Turkish invasion of Bulgaria in October 1912, the two had no diplomatic ties for a decade.",
        "diplomatic_relations",
        None,
    ),
    # offices: "sent NAME to C as its first minister" and "a legation …, with NAME as its first minister" are envoys;
    # "with NAME as acting consul" heads the consulate just opened, from its opening
    (
        "Iceland–Norway relations",
        "Diplomatic relations were established in 1945, when Norway sent Torgeir Anderssen-Rysst to Reykjavík as its "
        "first minister.",
        "office",
        {"person": "Torgeir Anderssen-Rysst", "role": "ambassador", "sender": "NO", "receiver": "IS", "since": "1945"},
    ),
    (
        "Canada–Japan relations",
        "Ottawa waited until 1929 to send a legation to Tokyo, with Sir Herbert Marler, a former minister, as its "
        "first minister.",
        "office",
        {"person": "Herbert Marler", "role": "ambassador", "sender": "CA", "receiver": "JP", "since": "1929"},
    ),
    (
        "Japan–Latvia relations",
        "In 1939 Japan opened a consulate in Riga, then the Latvian capital, with Kenji Tanaka as acting consul.",
        "office",
        {"person": "Kenji Tanaka", "role": "consul", "sender": "JP", "receiver": "LV", "since": "1939"},
    ),
    (
        "Canada–Japan relations",
        "Prime Minister Mark Carney met Foreign Minister Takeshi Iwaya in Ottawa in 2025.",
        "office",
        None,
    ),
    # missions: "waited until 1929 to send a legation" is its opening
    (
        "Canada–Japan relations",
        "Ottawa waited until 1929 to send a legation to Tokyo.",
        "mission",
        {"sender": "CA", "receiver": "JP", "kind": "diplomatic_mission", "date": "1929", "status": "open"},
    ),
    # membership: "both DEMONYM states" are not the pair; "together with" a third state does not make both members;
    # "that organisation" is the one named before; founders of a river-basin body are its members
    (
        "Albania–Turkey relations",
        "Both German states were admitted to the United Nations on 18 September 1973.",
        "membership",
        None,
    ),
    (
        "Guinea–Senegal relations",
        "Together with Mali and Mauritania, Senegal founded the Senegal River Basin Development Organisation (OMVS) on "
        "11 March 1972.",
        "membership",
        {"country": "SN", "organization": "Senegal River Basin Development Organization", "date": "1972-03-11"},
    ),
    (
        "Mali–Niger relations",
        "Together with Senegal, the two countries founded the Niger Basin Authority on 21 November 1980.",
        "membership",
        {"country": "NE", "organization": "Niger Basin Authority", "date": "1980-11-21"},
    ),
    (
        "Chile–Japan relations",
        "Chile became the 31st member of the OECD in May 2010; Japan has belonged to that organisation since 1964.",
        "membership",
        {"country": "JP", "date": "1964"},
    ),
    (
        "Japan–Latvia relations",
        "Japan is a member of the G7.",
        "membership",
        {"country": "JP", "organization": "G7"},
    ),
    # parliamentary groups: "a group for interparliamentary relations with X", "a … parliamentary friendship league"
    (
        "Japan–Latvia relations",
        "The Saeima has a group for interparliamentary relations with Japan, and the National Diet has a Japan–Latvia "
        "parliamentary friendship league.",
        "parliamentary_group",
        {"country": "JP", "parliament": "National Diet", "partner": "LV"},
    ),
    (
        "Japan–Latvia relations",
        "The Saeima has a group for interparliamentary relations with Japan.",
        "parliamentary_group",
        {"country": "LV", "name": "group for interparliamentary relations with Japan"},
    ),
    # events: visits "several times in the 1970s" are one happening of the decade; "toured X" names the place; the
    # lifting of a state of war, frozen assets, troops landing and a reopened border are happenings; a date's
    # preposition starts its stretch; a prince known by one name keeps the title
    (
        "Finland–Zambia relations",
        "President Kenneth Kaunda visited Finland several times in the 1970s.",
        "event",
        {"date": "197X", "location": {"city": None, "country": "FI"}},
    ),
    (
        "Japan–Mexico relations",
        "In July 2014 Princess Takamado toured Mexico.",
        "event",
        {
            "date": "2014-07",
            "location": {"city": None, "country": "MX"},
            "participants": [{"name": "Princess Takamado", "role": None, "country": None}],
        },
    ),
    (
        "Denmark–United Kingdom relations",
        "British forces landed in Tórshavn on 12 April 1940.",
        "event",
        {"date": "1940-04-12"},
    ),
    (
        "Albania–Italy relations",
        "The state of war was formally lifted by the Italian cabinet on 28 August 1949.",
        "event",
        {"date": "1949-08-28"},
    ),
    (
        "Iceland–Netherlands relations",
        "During the banking collapse of October 2008 the Dutch government froze the assets of Landsbanki in the "
        "Netherlands on 9 October 2008, a step that caused resentment in Iceland.",
        "event",
        {"date": "2008-10-09", "location": {"city": None, "country": "NL"}},
    ),
    (
        "Mali–Senegal relations",
        "Relations were restored in April 1962, and the border reopened the following month.",
        "event",
        {"date": "1962-05"},
    ),
    ("Finland–Zambia relations", "The joint committee has met several times since 2015.", "event", None),
    # agreements: "X was divided by an agreement signed …" names it by what it did; a ceasefire or cessation of
    # hostilities agreed is a document; an Act of Union; a proper title keeps its name after "the two governments"
    (
        "Canada–Denmark relations",
        "The continental shelf between Greenland and Canada was divided by an agreement signed in Ottawa on 17 "
        "December 1973.",
        "agreement",
        {"title": "agreement dividing the continental shelf between Greenland and Canada", "date": "1973-12-17"},
    ),
    (
        "Eritrea–Ethiopia relations",
        "A cessation of hostilities was agreed in June 2000, and on 12 December 2000 the two governments signed the "
        "Algiers Agreement.",
        "agreement",
        {"title": "cessation of hostilities", "status": "signed", "date": "2000-06"},
    ),
    (
        "Eritrea–Ethiopia relations",
        "On 12 December 2000 the two governments signed the Algiers Agreement.",
        "agreement",
        {"title": "Algiers Agreement", "date": "2000-12-12"},
    ),
    (
        "Denmark–Norway relations",
        "Under the Act of Union, which came into force on 1 January 1815, the two kingdoms shared a king.",
        "agreement",
        {"title": "Act of Union", "status": "in_force", "date": "1815-01-01"},
    ),
    ("India–Pakistan relations", "The ceasefire line was crossed repeatedly in 2003.", "agreement", None),
    # agreements: a document that acted is one ("the boundary was fixed by a further agreement in 1981"), named by
    # what it did; events: a territory returned to a state's administration, an unveiling
    (
        "Iceland–Norway relations",
        "An agreement on fishery questions was signed in May 1980, and the continental shelf boundary was fixed by a "
        "further agreement in 1981.",
        "agreement",
        {"title": "agreement fixing the continental shelf boundary", "status": "signed", "date": "1981"},
    ),
    (
        "Japan–United States relations",
        "Okinawa was returned to Japanese administration on 15 May 1972.",
        "event",
        {"date": "1972-05-15", "location": {"city": None, "country": "JP"}},
    ),
    (
        "Norway–Sweden relations",
        "A memorial to the union was unveiled in Stockholm in 1955 in the presence of King Haakon VII.",
        "event",
        {"date": "1955", "location": {"city": "Stockholm", "country": "SE"}},
    ),
    # events: troops crossing into or withdrawing, a case brought before a court, an embargo or a veto imposed or
    # lifted
    (
        "Iraq–Kuwait relations",
        "Iraqi troops began to cross into Kuwait on 2 August 1990.",
        "event",
        {"date": "1990-08-02"},
    ),
    (
        "Cameroon–Nigeria relations",
        "Cameroon instituted proceedings against Nigeria before the International Court of Justice on 29 March 1994.",
        "event",
        {"date": "1994-03-29"},
    ),
    ("Bulgaria–North Macedonia relations", "The veto was lifted on 24 June 2022.", "event", {"date": "2022-06-24"}),
    (
        "India–South Africa relations",
        "India imposed a trade embargo on South Africa in 1946.",
        "event",
        {"date": "1946"},
    ),
    (
        "Eritrea–Ethiopia relations",
        "Ethiopian troops withdrew from Badme in March 2019.",
        "event",
        {"date": "2019-03"},
    ),
    # people: a surname that is also a city's name ("Ricardo Lagos") is the person's, not a place of the visit
    (
        "Chile–New Zealand relations",
        "In 2004, Chilean President Ricardo Lagos paid a state visit to New Zealand.",
        "event",
        {
            "date": "2004",
            "location": {"city": None, "country": "NZ"},
            "participants": [{"name": "Ricardo Lagos", "role": "head_of_state", "country": "CL"}],
        },
    ),
    # membership: an abbreviation in brackets after the name does not end the list; people: a quoted slogan is no one
    (
        "Ghana–Nigeria relations",
        "Both countries are members of the African Union, the Economic Community of West African States (ECOWAS) and "
        "the Commonwealth of Nations.",
        "membership",
        {"country": "NG", "organization": "Commonwealth of Nations"},
    ),
    (
        "Ghana–Nigeria relations",
        "In January 1983 Nigeria under President Shehu Shagari expelled about one million Ghanaians, an episode "
        'remembered as "Ghana Must Go".',
        "event",
        {"date": "1983-01", "participants": [{"name": "Shehu Shagari", "role": "head_of_state", "country": "NG"}]},
    ),
    # agreements: the items of "several agreements such as A (1999); B (2002); and C (2004)" take the lead-in's status
    (
        "Chile–New Zealand relations",
        "Both nations have signed several bilateral agreements such as an Agreement on Air Services (1999); a Working "
        "Holiday Scheme (2002); and an Agreement on Antarctic Cooperation (2004).",
        "agreement",
        {"title": "Agreement on Antarctic Cooperation", "status": "signed", "date": "2004"},
    ),
    # missions: "Both countries opened embassies in 2001: X in A, and Y in B"; a gapped non-resident accreditation
    (
        "Iceland–Japan relations",
        "Both countries opened resident embassies in 2001: Japan in Reykjavík in January, and Iceland in Tokyo in "
        "March.",
        "mission",
        {"sender": "IS", "receiver": "JP", "kind": "embassy", "city": "Tokyo", "resident": True},
    ),
    (
        "Iceland–Japan relations",
        "For several decades Japan was represented in Iceland by its embassy in Oslo, and Iceland by its embassy in "
        "Beijing.",
        "mission",
        {"sender": "IS", "receiver": "JP", "resident": False, "accredited_from": {"city": "Beijing", "country": "CN"}},
    ),
    # membership: "…, of which X is a founding member" after an organization the clause's aspiration governs
    (
        "Iceland–Japan relations",
        "Japan is an observer at the Arctic Council, of which Iceland is a founding member.",
        "membership",
        {"country": "IS", "organization": "Arctic Council"},
    ),
    ("Iceland–Japan relations", "Japan is an observer at the Arctic Council.", "membership", None),
    # events: the subject of a coordinated verb is the clause's first state, not the object of the verb before
    (
        "Argentina–Australia relations",
        "During the Falklands War in 1982, Australia supported the United Kingdom and imposed sanctions on Argentina.",
        "event",
        {"date": "1982"},
    ),
    # offices: an envoy who "arrived in C in YEAR as …" holds the post from then
    (
        "Germany–Mongolia relations",
        "Jorge Pérez arrived in Ulaanbaatar in 2015 as the German ambassador.",
        "office",
        {"person": "Jorge Pérez", "sender": "DE", "receiver": "MN", "since": "2015"},
    ),
    # events: the place a hostile act names after its verb; "Y followed suit a day later" is Y's own act
    (
        "Australia–Japan relations",
        "Japanese aircraft bombed Darwin on 19 February 1942, the heaviest attack on Australian soil.",
        "event",
        {"date": "1942-02-19", "location": {"city": "Darwin", "country": "AU"}},
    ),
    (
        "Morocco–Sweden relations",
        "Morocco recalled its ambassador from Stockholm on 1 October 2015, and Sweden followed suit a day later.",
        "event",
        {"date": "2015-10-02", "location": None},
    ),
    # parliamentary groups: a deputy group "for cooperation with the Parliament of X"; that parliament is the partner's
    (
        "Latvia–Portugal relations",
        "The Saeima's deputy group for cooperation with the Parliament of Portugal is chaired by Andris Kulbergs.",
        "parliamentary_group",
        {"country": "LV", "head": "Andris Kulbergs", "partner": "PT"},
    ),
    # events: a requirement lifted and reintroduced, in one sentence, is two happenings
    (
        "Canada–Czech Republic relations",
        "The visa requirement was lifted on 14 November 2013, and partly reintroduced on 1 March 2019.",
        "event",
        {"date": "2019-03-01"},
    ),
    # agreements: the occasion ends a title ("… on strategic partnership during the visit")
    (
        "Mongolia–Turkey relations",
        "The two prime ministers signed a joint declaration on strategic partnership during the visit in April 2013.",
        "agreement",
        {"title": "joint declaration on strategic partnership", "date": "2013-04"},
    ),
    # membership: a bracket naming one of the pair dates only that one
    (
        "Bolivia–Paraguay relations",
        "Both countries are members of Mercosur (Bolivia as a full member since 2024) and of the Organization of "
        "American States.",
        "membership",
        {"country": "PY", "organization": "Mercosur", "date": None},
    ),
    (
        "Bolivia–Paraguay relations",
        "Both countries are members of Mercosur (Bolivia as a full member since 2024) and of the Organization of "
        "American States.",
        "membership",
        {"country": "BO", "organization": "Mercosur", "date": "2024"},
    ),
    # people: words before a common noun of a place or a happening name no one ("the Gran Chaco region")
    (
        "Bolivia–Paraguay relations",
        "Bolivia and Paraguay fought the Chaco War from 1932 to 1935 over the Gran Chaco region.",
        "event",
        {"date": "1932/1935", "participants": []},
    ),
    # events: the same day told again in one sentence ("… and met NAME; during the visit …") is one happening
    (
        "Lithuania–Moldova relations",
        "Moldovan Prime Minister Natalia Gavrilița visited Vilnius on 22 March 2022 and met Prime Minister Ingrida "
        "Šimonytė; during the visit the two prime ministers signed a memorandum on energy.",
        "event",
        {
            "date": "2022-03-22",
            "participants": [
                {"name": "Natalia Gavrilița", "role": "head_of_government", "country": "MD"},
                {"name": "Ingrida Šimonytė", "role": "head_of_government", "country": None},
            ],
        },
    ),
    # membership: "…, which X joined on DATE" after an organization the clause's aspiration governs
    (
        "Lithuania–Moldova relations",
        "Moldova is a candidate for membership of the European Union, which Lithuania joined on 1 May 2004.",
        "membership",
        {"country": "LT", "organization": "European Union", "date": "2004-05-01"},
    ),
    # events: an organization's act is not the pair's happening (a court's ruling on them is)
    ("Greece–Serbia relations", "In 1999 NATO bombed Yugoslavia for 78 days, starting on 24 March.", "event", None),
    # missions: "accredited to Y from C"; "its ambassador in C covers the country" after "no embassy in Y"
    (
        "Finland–Nicaragua relations",
        "Finland is accredited to Nicaragua from Mexico City.",
        "mission",
        {
            "sender": "FI",
            "receiver": "NI",
            "resident": False,
            "accredited_from": {"city": "Mexico City", "country": "MX"},
        },
    ),
    (
        "Finland–Nicaragua relations",
        "Finland has no embassy in Nicaragua; its ambassador in Mexico City covers the country.",
        "mission",
        {
            "sender": "FI",
            "receiver": "NI",
            "resident": False,
            "accredited_from": {"city": "Mexico City", "country": "MX"},
        },
    ),
    # offices: a fronted year before the appointing verb dates the appointment, though a later date follows the name
    (
        "Chile–Peru relations",
        "In 2019 Chile named Carlos Parra Merino as its ambassador to Peru; he presented his credentials on 2 April "
        "2019.",
        "office",
        {"person": "Carlos Parra Merino", "appointed": "2019", "credentials": "2019-04-02"},
    ),
    # relations: raised or upgraded "to ambassadorial level" is an upgrade
    (
        "Israel–Turkey relations",
        "On 17 August 2022 the two countries raised their ties to the level of ambassadors.",
        "diplomatic_relations",
        {"event": "upgraded", "date": "2022-08-17"},
    ),
    (
        "Israel–Turkey relations",
        "In 2022, Israel and Turkey upgraded their relations to ambassadorial level.",
        "diplomatic_relations",
        {"event": "upgraded", "date": "2022"},
    ),
    # events: a presidential seat names its city and is no participant; a binational cabinet held is a meeting
    (
        "Chile–Peru relations",
        "Peruvian President Pedro Castillo was received by Gabriel Boric at La Moneda on 28 November 2022.",
        "event",
        {
            "date": "2022-11-28",
            "location": {"city": "Santiago", "country": "CL"},
            "participants": [
                {"name": "Pedro Castillo", "role": "head_of_state", "country": "PE"},
                {"name": "Gabriel Boric", "role": None, "country": None},
            ],
        },
    ),
    (
        "Chile–Peru relations",
        "The fifth binational cabinet was held in Lima on 26 and 27 November 2021.",
        "event",
        {"kind": "meeting", "date": "2021-11-26/2021-11-27", "location": {"city": "Lima", "country": "PE"}},
    ),
    # missions: "X's ambassador in C is also accredited to Z" covers the third state from C
    (
        "Azerbaijan–Mexico relations",
        "Mexico's ambassador in Baku is also accredited to Georgia and Turkmenistan.",
        "mission",
        {"sender": "MX", "receiver": "TM", "resident": False, "accredited_from": {"city": "Baku", "country": "AZ"}},
    ),
    # events: who is said not to have visited takes no part; a document about consultations is no consultation
    (
        "Azerbaijan–Mexico relations",
        "President Ilham Aliyev has not visited Mexico, but Foreign Minister Elmar Mammadyarov was in Mexico City in "
        "November 2009.",
        "event",
        {
            "date": "2009-11",
            "participants": [{"name": "Elmar Mammadyarov", "role": "foreign_minister", "country": None}],
        },
    ),
    (
        "Azerbaijan–Mexico relations",
        "A memorandum of understanding on political consultations was signed in 2007.",
        "event",
        None,
    ),
    # agreements: "…; an agreement on X followed in 2012" is signed too
    (
        "Azerbaijan–Mexico relations",
        "A memorandum on political consultations was signed in 2007; an agreement on visa exemption followed in 2012 "
        "and entered into force the next year.",
        "agreement",
        {"title": "agreement on visa exemption", "status": "signed", "date": "2012"},
    ),
    # membership: "X, which they founded … on DATE, as well as of Y": the founding dates X and the list goes on
    (
        "Georgia–Moldova relations",
        "Georgia and Moldova are members of GUAM, which they founded together with Ukraine and Azerbaijan on 10 "
        "October 1997, as well as of the Council of Europe and the Eastern Partnership.",
        "membership",
        {"country": "MD", "organization": "Eastern Partnership"},
    ),
    (
        "Georgia–Moldova relations",
        "Georgia and Moldova are members of GUAM, which they founded together with Ukraine and Azerbaijan on 10 "
        "October 1997, as well as of the Council of Europe and the Eastern Partnership.",
        "membership",
        {"country": "GE", "date": "1997-10-10"},
    ),
    # recognition: "…, and Y reciprocated on DATE" is Y's recognition of X
    (
        "Croatia–Ukraine relations",
        "Ukraine recognised Croatia on 11 December 1991, and Croatia reciprocated on 11 February 1992.",
        "recognition",
        {"subject": "HR", "object": "UA", "date": "1992-02-11"},
    ),
    # events: a telephone conversation or a video call between leaders is a meeting
    (
        "Brazil–Chile relations",
        "Michel Temer and Sebastián Piñera held a telephone conversation on 4 May 2018.",
        "event",
        {"kind": "meeting", "date": "2018-05-04"},
    ),
    # relations: a gapped second clause ("…, and restored in March 1895") keeps the relations as its subject
    (
        "Brazil–Portugal relations",
        "Relations were broken off in 1894 after Portuguese warships gave asylum to Brazilian rebels, and restored in "
        "March 1895 through British mediation.",
        "diplomatic_relations",
        {"event": "restored", "date": "1895-03"},
    ),
    # parliament: the article before a group's name is not the name's
    (
        "Kazakhstan–Mongolia relations",
        "A Kazakhstan–Mongolia friendship group exists in the State Great Khural.",
        "parliamentary_group",
        {"name": "Kazakhstan–Mongolia friendship group", "country": "MN"},
    ),
    # agreements: a repeated preposition marks the items of a list; an "and" without it is inside one item
    (
        "Chile–Vietnam relations",
        "In 2012 the two governments signed agreements on mining and on visa exemption for holders of diplomatic and "
        "official passports.",
        "agreement",
        {"title": "agreement on visa exemption for holders of diplomatic and official passports", "date": "2012"},
    ),
    # events: the comma after a fronted date closes the adverbial, not the happening
    (
        "Ghana–South Africa relations",
        "In 1995, Nelson Mandela visited Ghana, and in 2008 Ghanaian president John Kufuor made a state visit to "
        "South Africa.",
        "event",
        {"kind": "visit", "date": "1995", "location": {"country": "GH"}, "participants": [{"name": "Nelson Mandela"}]},
    ),
    (
        "Ghana–South Africa relations",
        "In 1995, Nelson Mandela visited Ghana, and in 2008 Ghanaian president John Kufuor made a state visit to "
        "South Africa.",
        "event",
        {"kind": "visit", "date": "2008", "location": {"country": "ZA"}, "participants": [{"name": "John Kufuor"}]},
    ),
    # events: fronted coordinated dates each date the happening after them
    (
        "Ghana–South Africa relations",
        "In 2002 and again in 2006, John Kufuor visited South Africa.",
        "event",
        {"kind": "visit", "date": "2002", "location": {"country": "ZA"}},
    ),
    # missions: "the DEMONYM embassy in C is also accredited to Z" tells of the embassy and of the accreditation
    (
        "Argentina–Vietnam relations",
        "The Vietnamese embassy in Buenos Aires is also accredited to Uruguay and Paraguay.",
        "mission",
        {"sender": "VN", "receiver": "UY", "resident": False, "accredited_from": {"city": "Buenos Aires"}},
    ),
    (
        "Argentina–Vietnam relations",
        "The Vietnamese embassy in Buenos Aires is also accredited to Uruguay and Paraguay.",
        "mission",
        {"sender": "VN", "receiver": "AR", "resident": True, "city": "Buenos Aires"},
    ),
    (
        "Argentina–Vietnam relations",
        "Vietnam has an embassy in Buenos Aires. The embassy is also accredited to Paraguay.",
        "mission",
        {"sender": "VN", "receiver": "PY", "resident": False, "accredited_from": {"city": "Buenos Aires"}},
    ),
    # gazetteer: "Korea" and "Korean" alone are South Korea's in an article about South Korea and another state
    (
        "Peru–South Korea relations",
        "In 2019, two-way trade reached USD 3.4 billion (Korean exports USD 1.1 billion, imports USD 2.3 billion).",
        "trade",
        {"reporter": "KR", "flow": "export", "value": 1.1},
    ),
    (
        "Peru–South Korea relations",
        "Peru has an embassy in Seoul, and Korea has an embassy in Lima.",
        "mission",
        {"sender": "KR", "receiver": "PE", "city": "Lima"},
    ),
    # relations: "date from", an exchange of envoys, a pronoun in a coordinated clause, a demand that is no act
    (
        "Egypt–Iran relations",
        "Diplomatic relations between the two states date from a treaty of friendship concluded in 1928.",
        "diplomatic_relations",
        {"event": "established", "date": "1928"},
    ),
    (
        "Egypt–Iran relations",
        "The two countries exchanged ambassadors in 1939, when the crown prince married an Egyptian princess.",
        "diplomatic_relations",
        {"event": "established", "date": "1939"},
    ),
    (
        "Egypt–Iran relations",
        "Egypt broke off diplomatic relations in May 1980, and they were re-established only in the 1990s.",
        "diplomatic_relations",
        {"event": "restored", "date": "199X"},
    ),
    (
        "Egypt–Iran relations",
        "In 2013 several deputies called for the establishment of full diplomatic relations.",
        "diplomatic_relations",
        None,
    ),
    # parliament: "a X–Y Parliamentary Group" is the group of the parliament it sits in, not of the one it meets
    (
        "Angola–Portugal relations",
        "In the Assembly of the Republic a Portugal–Angola Parliamentary Group works with the National Assembly of "
        "Angola.",
        "parliamentary_group",
        {"country": "PT", "name": "Portugal–Angola Parliamentary Group"},
    ),
    (
        "Estonia–Latvia relations",
        "Both parliaments have friendship groups for the other country.",
        "parliamentary_group",
        {"country": "EE", "parliament": "Riigikogu"},
    ),
    # membership: "It is a member of …" is the state the sentence before was about; an associate member is none
    (
        "Fiji–Indonesia relations",
        "Fiji became independent in 1970. It is a member of the Pacific Islands Forum and of the Melanesian Spearhead "
        "Group, in which Indonesia has been an associate member since 2015.",
        "membership",
        {"country": "FJ", "organization": "Melanesian Spearhead Group", "date": None},
    ),
    (
        "Fiji–Indonesia relations",
        "Fiji is a member of the Melanesian Spearhead Group, in which Indonesia has been an associate member "
        "since 2015.",
        "membership",
        {"country": "FJ", "organization": "Melanesian Spearhead Group"},
    ),
    # membership: "rejoined" with the organization gapped, "the bloc's Nth member" after an accession
    (
        "Ghana–Pakistan relations",
        "Ghana was admitted to the Commonwealth in 1957; Pakistan rejoined in 1989.",
        "membership",
        {"country": "PK", "organization": "Commonwealth of Nations", "date": "1989"},
    ),
    (
        "Fiji–India relations",
        "India was a founding member of the Commonwealth, and Fiji was suspended in 2009 but rejoined it in 2014.",
        "membership",
        {"country": "FJ", "organization": "Commonwealth of Nations", "date": "2014"},
    ),
    (
        "Kenya–South Sudan relations",
        "South Sudan signed the treaty of accession to the East African Community in April 2016 and became the bloc's "
        "sixth member in August 2016.",
        "membership",
        {"country": "SS", "organization": "East African Community", "date": "2016-08"},
    ),
    # missions: two posts before one place share it; coordinated posts share the verb's date; a consulate in a town
    # the gazetteer does not know keeps the town; an attack's date is not the post's
    (
        "Chile–Peru relations",
        "Peru has an embassy and a consulate-general in Santiago and consulates in Arica and Valparaíso.",
        "mission",
        {"sender": "PE", "kind": "embassy", "city": "Santiago"},
    ),
    (
        "Chile–Peru relations",
        "Chile reopened its embassy in Lima and its consulate-general in Tacna in March 2001.",
        "mission",
        {"sender": "CL", "kind": "embassy", "city": "Lima", "date": "2001-03"},
    ),
    (
        "Chile–Peru relations",
        "Chile has an embassy in Lima and a consulate in Ilo, a port in the south.",
        "mission",
        {"sender": "CL", "kind": "consulate", "city": "Ilo"},
    ),
    (
        "Chile–Peru relations",
        "Chile has an honorary consulate in the Andean region.",
        "mission",
        {"sender": "CL", "kind": "honorary_consulate", "city": None},
    ),
    (
        "Iraq–Kuwait relations",
        "On 2 August 1990 Iraqi troops stormed the Kuwaiti embassy in Baghdad.",
        "mission",
        {"sender": "KW", "kind": "embassy", "date": None},
    ),
    # agreements: "followed" in the next sentence, a list of parties after "between", a "since" that dates no signing,
    # a class named by "one of the … agreements", a Statute, a document that set up a body
    (
        "Egypt–Jordan relations",
        "A trade agreement was signed in March 1996. An investment protection agreement followed on 8 May 1997.",
        "agreement",
        {"title": "investment protection agreement", "status": "signed", "date": "1997-05-08"},
    ),
    (
        "Jordan–Syria relations",
        "A tripartite agreement between Jordan, Syria and the UNHCR on the return of refugees was signed in Amman in "
        "June 2019.",
        "agreement",
        {"title": "tripartite agreement between Jordan, Syria and the UNHCR on the return of refugees"},
    ),
    (
        "Jordan–Syria relations",
        "- 4–5 May 2023: visit of Foreign Minister Ayman Safadi to Damascus, the first by a Jordanian minister since "
        "2011. He and Faisal Mekdad signed a memorandum on water sharing.",
        "agreement",
        {"title": "memorandum on water sharing", "date": "2023-05-04/2023-05-05"},
    ),
    (
        "Chile–Peru relations",
        "In 2016 the two governments signed an Agreement on Cooperation and Facilitation of Investments, one of the "
        "first of the new Latin American investment agreements.",
        "agreement",
        {"title": "Agreement on Cooperation and Facilitation of Investments"},
    ),
    (
        "Chile–Peru relations",
        "Both countries are founding members of the Pacific Alliance, set up by the Declaration of Lima on "
        "28 April 2011.",
        "agreement",
        {"title": "Declaration of Lima", "status": "signed", "date": "2011-04-28"},
    ),
    (
        "Argentina–Paraguay relations",
        "The Statute of the Paraná River Commission was signed at Asunción on 3 June 1971.",
        "agreement",
        {"title": "Statute of the Paraná River Commission", "date": "1971-06-03"},
    ),
    # people: "Sheikh" belongs to South Asian names, and stays a title before "bin"
    (
        "Bangladesh–Japan relations",
        "Prime Minister Sheikh Hasina paid an official visit to Tokyo in April 2023.",
        "event",
        {"kind": "visit", "date": "2023-04", "participants": [{"name": "Sheikh Hasina"}]},
    ),
    (
        "India–United Arab Emirates relations",
        "Sheikh Mohamed bin Zayed Al Nahyan visited New Delhi in February 2016.",
        "event",
        {"kind": "visit", "participants": [{"name": "Mohamed bin Zayed Al Nahyan"}]},
    ),
    # events: a trigger word after an organization's name is part of the name; a halt of deliveries is a happening;
    # "as a guest of King NAME" is a visit
    (
        "Indonesia–Papua New Guinea relations",
        "Both countries are members of the Asia-Pacific Economic Cooperation forum, which Papua New Guinea joined in "
        "1993.",
        "event",
        None,
    ),
    (
        "Belarus–Russia relations",
        "In February 2004 Russia halted natural gas deliveries to Belarus for a day.",
        "event",
        {"kind": "other", "date": "2004-02"},
    ),
    (
        "Iran–Saudi Arabia relations",
        "In March 1998 Akbar Hashemi Rafsanjani toured the kingdom as a guest of King Fahd.",
        "event",
        {"kind": "visit", "date": "1998-03", "participants": [{"name": "Akbar Hashemi Rafsanjani"}]},
    ),
    (
        "Tajikistan–Uzbekistan relations",
        "Uzbekistan objected to the construction of the Rogun Dam and closed the border in 2001.",
        "event",
        {"kind": "other", "date": "2001", "participants": []},
    ),
    # missions: "The legation was upgraded to an embassy" in the next sentence closes the legation told before
    (
        "Brazil–India relations",
        "Brazil opened a legation in New Delhi in 1948. The legation was upgraded to an embassy in 1955.",
        "mission",
        {"sender": "BR", "kind": "embassy", "city": "New Delhi", "date": "1955", "status": "open"},
    ),
    (
        "Brazil–India relations",
        "Brazil opened a legation in New Delhi in 1948. The legation was upgraded to an embassy in 1955.",
        "mission",
        {"sender": "BR", "kind": "diplomatic_mission", "date": "1948", "status": "closed"},
    ),
    (
        "Angola–Portugal relations",
        "In 1975 Portugal opened a special mission in Luanda.",
        "mission",
        {"sender": "PT", "kind": "diplomatic_mission", "city": "Luanda", "date": "1975"},
    ),
    # membership: an organization the gazetteer lacks does not end the list of those it knows
    (
        "Chile–Philippines relations",
        "Both nations are members of the Asia-Pacific Economic Cooperation, the Imaginary Pacific Council (IPC) and "
        "the United Nations.",
        "membership",
        {"country": "CL", "organization": "United Nations"},
    ),
    (
        "Chile–Philippines relations",
        "Both nations are members of the Forum of East Asia–Latin America Cooperation.",
        "membership",
        {"country": "PH", "organization": "Forum for East Asia–Latin America Cooperation"},
    ),
    # missions: "did not open an embassy in C until D" opened it at D
    (
        "Finland–Kazakhstan relations",
        "Relations were established in 1992, but Finland did not open an embassy in Astana until 2009.",
        "mission",
        {"sender": "FI", "kind": "embassy", "city": "Astana", "date": "2009", "status": "open"},
    ),
    # missions: "it" after a fronted date is the state the sentence began with
    (
        "Iceland–Norway relations",
        "Iceland has an embassy in Oslo, and in 2019 it announced plans to open a consulate in Tromsø.",
        "mission",
        {"sender": "IS", "kind": "consulate", "city": "Tromsø", "status": "planned"},
    ),
    # relations: "have enjoyed relations since"; relations normalised after a break are restored; a political
    # freeze leaves the diplomatic relations as they were
    (
        "Belize–Mexico relations",
        "Belize and Mexico have enjoyed diplomatic relations since 1981.",
        "diplomatic_relations",
        {"event": "established", "date": "1981"},
    ),
    (
        "Qatar–Saudi Arabia relations",
        "Saudi Arabia cut diplomatic ties with Qatar in June 2017. The two states normalised relations in "
        "January 2021.",
        "diplomatic_relations",
        {"event": "restored", "date": "2021-01"},
    ),
    (
        "China–Denmark relations",
        "Relations were frozen for two years after the Danish prime minister received the Dalai Lama in 2009.",
        "diplomatic_relations",
        None,
    ),
    # relations: both events of one clause, a third pair told with "with", a return to ambassadorial level
    (
        "Cuba–Egypt relations",
        "Diplomatic relations were established on 21 July 1949 and were severed by Egypt on 9 March 1979.",
        "diplomatic_relations",
        {"event": "established", "date": "1949-07-21"},
    ),
    (
        "Malaysia–North Korea relations",
        "Malaysia has had diplomatic relations with South Korea since 1960.",
        "diplomatic_relations",
        {"parties": ["KR", "MY"], "event": "established", "date": "1960"},
    ),
    (
        "Egypt–Iran relations",
        "In 1991 relations were raised back to ambassadorial level.",
        "diplomatic_relations",
        {"event": "upgraded", "date": "1991"},
    ),
    # recognition: a third state recognised by one of the pair, and the one "together with" it
    (
        "Albania–Serbia relations",
        "Albania recognised the independence of Kosovo on 18 February 2008, together with Turkey.",
        "recognition",
        {"subject": "TR", "object": "XK", "date": "2008-02-18"},
    ),
    # events: an expulsion of an envoy, borders closed "all land, sea and air", a trip never made,
    # a purpose after coordinated months, "flew secretly to", a delegation led "at" a funeral
    (
        "Estonia–Russia relations",
        "On 31 January 2022 Estonia declared a Russian diplomat, Ivan Petrov, persona non grata.",
        "event",
        {"kind": "other", "date": "2022-01-31"},
    ),
    (
        "Costa Rica–Nicaragua relations",
        "Nicaragua closed all land and river crossings and borders with Costa Rica on 9 May 2018.",
        "event",
        {"kind": "other", "date": "2018-05-09"},
    ),
    (
        "Kuwait–Philippines relations",
        "President Benigno Aquino III, who was invited to Kuwait twice in 2014, never made the trip.",
        "event",
        None,
    ),
    (
        "Egypt–Soviet Union relations",
        "Anwar Sadat visited Moscow in October 1971 and again in February and April 1972 to press for more weapons.",
        "event",
        {"kind": "visit", "date": "1972-04", "location": {"city": "Moscow"}},
    ),
    (
        "Egypt–Soviet Union relations",
        "In June 1967 Gamal Abdel Nasser flew secretly to Moscow.",
        "event",
        {"kind": "visit", "date": "1967-06", "location": {"city": "Moscow"}},
    ),
    (
        "Egypt–Soviet Union relations",
        "Leonid Brezhnev led the Soviet delegation at the opening of the Aswan Dam in Aswan on 15 January 1971.",
        "event",
        {"kind": "visit", "date": "1971-01-15", "participants": [{"name": "Leonid Brezhnev"}]},
    ),
    # people: region adjectives, competitions and tracks are no names
    (
        "Burkina Faso–Mali relations",
        "Fighting broke out in late 1974 and was stopped by the mediation of other West African governments.",
        "event",
        {"kind": "other", "date": "1974", "participants": []},
    ),
    # membership: a participial "admitted to", "has taken part in … since"
    (
        "Serbia–Slovenia relations",
        "Slovenia, admitted to the United Nations on 22 May 1992, joined NATO on 29 March 2004.",
        "membership",
        {"country": "SI", "organization": "United Nations", "date": "1992-05-22"},
    ),
    (
        "Cambodia–North Korea relations",
        "North Korea has taken part in the ASEAN Regional Forum since 2000.",
        "membership",
        {"country": "KP", "organization": "ASEAN Regional Forum", "date": "2000"},
    ),
    # agreements: negotiations on a document are its pending status; "reached" an advanced stage signs nothing
    (
        "Iceland–Japan relations",
        "Negotiations on a bilateral free trade agreement were launched in 2007 and had reached an advanced stage by "
        "2012.",
        "agreement",
        {"title": "bilateral free trade agreement", "status": "pending"},
    ),
    # trade: "kroner" is the pair's crown; "imports of goods from X" are the other's imports
    (
        "China–Denmark relations",
        "Danish imports of goods from China were worth about 40 billion kroner in 2021.",
        "trade",
        {"reporter": "DK", "partner": "CN", "flow": "import", "unit": "billion DKK", "period": "2021"},
    ),
    (
        "Norway–Sweden relations",
        "Norwegian exports of goods to Sweden came to about 150 billion kroner in 2021.",
        "trade",
        {"reporter": "NO", "partner": "SE", "flow": "export", "unit": "billion NOK"},
    ),
    # investment: a company bought is an acquisition; "from COMPANY in YEAR" is no comparison
    (
        "China–Sweden relations",
        "Geely bought the Swedish carmaker Volvo Cars from Ford in 2010 for about 1.8 billion US dollars, the largest "
        "Chinese acquisition in Sweden.",
        "investment",
        {"investor": "CN", "recipient": "SE", "period": "2010", "value": 1.8},
    ),
    # missions: a city within the receiver (Hong Kong in China) is the receiver's; the list of states a post is also
    # accredited to ends where the next post begins; a post told again as closed closes the one told before
    (
        "China–Denmark relations",
        "Denmark has an embassy in Beijing and consulates-general in Shanghai and Hong Kong.",
        "mission",
        {"sender": "DK", "receiver": "CN", "kind": "consulate_general", "city": "Hong Kong"},
    ),
    (
        "Malaysia–North Korea relations",
        "North Korea opened an embassy in Kuala Lumpur in 2003. The North Korean embassy in Kuala Lumpur closed on "
        "21 March 2021.",
        "mission",
        {"sender": "KP", "kind": "embassy", "date": "2003", "status": "closed"},
    ),
    # agreements: a special agreement is named by what it did, referring a dispute to the Court
    (
        "Benin–Niger relations",
        "By a special agreement signed on 15 June 2001 the two governments submitted the dispute over Lété Island to "
        "a chamber of the International Court of Justice.",
        "agreement",
        {"title": "special agreement submitting the dispute to a chamber of the International Court of Justice"},
    ),
    (
        "Indonesia–Malaysia relations",
        "The two countries took their dispute over Ligitan and Sipadan to the International Court of Justice by a "
        "special agreement signed in May 1997.",
        "agreement",
        {"title": "special agreement referring the dispute to the International Court of Justice", "date": "1997-05"},
    ),
    # events: "he" after a fronted date is the one the sentence before spoke of; a prize is no participant
    (
        "Egypt–Soviet Union relations",
        "Anwar Sadat became president in 1970. On 14 March 1976 he announced the expulsion of Soviet advisers.",
        "event",
        {"kind": "announcement", "date": "1976-03-14", "participants": [{"name": "Anwar Sadat"}]},
    ),
    (
        "China–Norway relations",
        "The award of the Nobel Peace Prize to Liu Xiaobo was announced in Oslo on 8 October 2010.",
        "event",
        {"participants": [{"name": "Liu Xiaobo", "role": None, "country": None}]},
    ),
    # agreements: a document that did something, named with the parties "between" it
    (
        "Papua New Guinea–Solomon Islands relations",
        "The maritime boundary was fixed by an agreement between Australia and the United Kingdom, which then "
        "administered the two territories, signed in Canberra in 1978.",
        "agreement",
        {
            "title": "agreement fixing the maritime boundary between Australia and the United Kingdom",
            "parties": ["AU", "GB"],
        },
    ),
    # relations: "maintained relations from A until B" begun at A, ended at B
    (
        "Nicaragua–Taiwan relations",
        "Nicaragua and Taiwan maintained diplomatic relations from 1990 until December 9, 2021.",
        "diplomatic_relations",
        {"event": "severed", "date": "2021-12-09"},
    ),
    (
        "Nicaragua–Taiwan relations",
        "Nicaragua and Taiwan maintained diplomatic relations from 1990 until December 9, 2021.",
        "diplomatic_relations",
        {"event": "established", "date": "1990"},
    ),
    # relations: ambassadors exchanged again after a resumption at chargé level is an upgrade
    (
        "Ecuador–Venezuela relations",
        "Relations were resumed at the level of chargés d'affaires in May 2009, and ambassadors were exchanged again "
        "in March 2010.",
        "diplomatic_relations",
        {"event": "upgraded", "date": "2010-03"},
    ),
    # people: a possessive in an apposition is no holder of the post ("NAME, X's sister, served as …")
    (
        "India–Soviet Union relations",
        "Vijaya Lakshmi Pandit, Nehru's sister, served as the first Indian ambassador in Moscow from 1947 to 1949.",
        "office",
        {"person": "Vijaya Lakshmi Pandit", "since": "1947"},
    ),
    # numbers: "rupees" are the pair's rupees
    (
        "China–Nepal relations",
        "Exports to China amounted to only about 2.5 billion rupees in 2022.",
        "trade",
        {"unit": "billion NPR", "value": 2.5},
    ),
    # agreements: "The Treaty establishing X" is no reference back; plural heads singular; a pending one "not yet
    # concluded"; an American date after "of"; "for a" inside a proper title
    (
        "Belgium–Luxembourg relations",
        "The Convention of Brussels was signed in 1921. The Treaty establishing the Belgium–Luxembourg Economic Union "
        "was signed on 25 July 1921.",
        "agreement",
        {"title": "Treaty establishing the Belgium–Luxembourg Economic Union", "date": "1921-07-25"},
    ),
    (
        "Belgium–Netherlands relations",
        "In 2005 the two governments signed treaties on the deepening of the river and on the restoration of nature.",
        "agreement",
        {"title": "treaty on the deepening of the river"},
    ),
    (
        "China–Nepal relations",
        "A free trade agreement has been discussed by the two governments since 2016 but has not yet been concluded.",
        "agreement",
        {"title": "free trade agreement", "status": "pending"},
    ),
    (
        "Bolivia–Peru relations",
        "Both were founding members of the Andean Community through the Cartagena Agreement of May 26, 1969.",
        "agreement",
        {"title": "Cartagena Agreement", "status": "signed", "date": "1969-05-26"},
    ),
    (
        "India–Soviet Union relations",
        "On 27 November 1986 the two leaders signed the Delhi Declaration on Principles for a Nuclear-Weapon-Free and "
        "Non-Violent World.",
        "agreement",
        {"title": "Delhi Declaration on Principles for a Nuclear-Weapon-Free and Non-Violent World"},
    ),
    # agreements: "followed in D by X" dates X; a set of N agreements is one fact; "its protocol" is the protocol to
    # the agreement just told; "a transit and transport agreement" keeps its coordination
    (
        "Ethiopia–South Sudan relations",
        "The Entebbe Declaration was signed on 27 June 2018 and was followed in September 2018 by the Addis Ababa "
        "Agreement on Cooperation.",
        "agreement",
        {"title": "Addis Ababa Agreement on Cooperation", "date": "2018-09"},
    ),
    (
        "South Sudan–Uganda relations",
        "On 12 May 2014 the two presidents signed a set of seven cooperation agreements covering trade and security.",
        "agreement",
        {"title": "seven cooperation agreements", "date": "2014-05-12"},
    ),
    (
        "China–Laos relations",
        "A transit and transport agreement was signed on 3 March 2017; its protocol was signed in June 2018.",
        "agreement",
        {"title": "protocol to the transit and transport agreement", "date": "2018-06"},
    ),
    # events: "the Forum" capitalized alone is the organization, no happening
    (
        "Fiji–New Zealand relations",
        "Fiji was suspended from the Forum on 2 May 2009, and the suspension was lifted in October 2014.",
        "event",
        None,
    ),
    # people: a name that begins a longer one told before is that person ("Mohamed bin Zayed")
    (
        "Egypt–United Arab Emirates relations",
        "Mohamed bin Zayed Al Nahyan visited Cairo in 2015. Mohamed bin Zayed paid a state visit to Cairo on "
        "14–15 May 2023.",
        "event",
        {"date": "2023-05-14/2023-05-15", "participants": [{"name": "Mohamed bin Zayed Al Nahyan"}]},
    ),
    # membership: ", as was X" gives X the same membership; the Benelux is named by its present name
    (
        "Egypt–India relations",
        "India was an original member of the United Nations from 1945, as was Egypt.",
        "membership",
        {"country": "EG", "organization": "United Nations", "date": "1945"},
    ),
    (
        "Luxembourg–Netherlands relations",
        "Together with Belgium, they form the Benelux.",
        "membership",
        {"country": "LU", "organization": "Benelux Union"},
    ),
    # agreements: "X was founded under an intergovernmental agreement" names the agreement after X
    (
        "Kazakhstan–Turkey relations",
        "The Khoja Akhmet Yassawi University in Turkistan was founded under an intergovernmental agreement signed in "
        "1992.",
        "agreement",
        {"title": "intergovernmental agreement on the Khoja Akhmet Yassawi University", "date": "1992"},
    ),
    # people: a short form with its article ("al-Bashir") is the person named before
    (
        "South Sudan–Sudan relations",
        "Omar al-Bashir received Salva Kiir in Khartoum in 2011. In April 2013 al-Bashir made his first visit to Juba.",
        "event",
        {"date": "2013-04", "location": {"city": "Juba"}, "participants": [{"name": "Omar al-Bashir"}]},
    ),
    # events: a visit to a state takes the one city of that state the sentence places something in
    (
        "India–Nepal relations",
        "Prime Minister B. P. Koirala visited India in January 1960, and a trade treaty was signed in New Delhi on "
        "11 January 1960.",
        "event",
        {"kind": "visit", "date": "1960-01", "location": {"city": "New Delhi", "country": "IN"}},
    ),
    # missions: "X has a non-resident ambassador to Y based in C"
    (
        "Mongolia–Peru relations",
        "Peru has a non-resident ambassador to Mongolia based in Beijing.",
        "mission",
        {"sender": "PE", "receiver": "MN", "resident": False, "accredited_from": {"city": "Beijing", "country": "CN"}},
    ),
    # people: a city's name that begins a person's ("Santiago Cafiero") is the given name
    (
        "Argentina–Poland relations",
        "Foreign Minister Zbigniew Rau held a phone call with his Argentine counterpart Santiago Cafiero on "
        "3 May 2022.",
        "event",
        {"kind": "meeting", "location": None, "participants": [{"name": "Santiago Cafiero", "country": "AR"}]},
    ),
    # missions: "Its ambassador in C was also accredited to CITY" (a capital standing for the other state)
    (
        "Cuba–Soviet Union relations",
        "The Soviet Union established relations with Cuba in 1942. Its ambassador in Mexico City was also accredited "
        "to Havana.",
        "mission",
        {"sender": "SU", "receiver": "CU", "resident": False, "accredited_from": {"city": "Mexico City"}},
    ),
    # missions: "It is also represented by honorary consuls in towns such as A and B" after the state's embassy
    (
        "Mexico–Norway relations",
        "Norway has an embassy in Mexico City. It is also represented by honorary consuls in cities such as Cancún "
        "and Monterrey.",
        "mission",
        {"sender": "NO", "kind": "honorary_consulate", "city": "Monterrey"},
    ),
    # membership: "which X joined in D1 and Y in D2" gives Y its own date
    (
        "Cuba–Mongolia relations",
        "Both were tied together in the Council for Mutual Economic Assistance, which Mongolia joined in 1962 and "
        "Cuba in 1972.",
        "membership",
        {"country": "CU", "organization": "Council for Mutual Economic Assistance", "date": "1972"},
    ),
    # membership: "both Korean/German states" are the two states of that name, whichever of them is of the pair
    (
        "Mongolia–South Korea relations",
        "Both Korean states joined the United Nations on 17 September 1991, thirty years after Mongolia.",
        "membership",
        {"country": "KP", "organization": "United Nations", "date": "1991-09-17"},
    ),
    (
        "Mongolia–South Korea relations",
        "Both Korean states joined the United Nations on 17 September 1991, thirty years after Mongolia.",
        "membership",
        {"country": "KR", "organization": "United Nations", "date": "1991-09-17"},
    ),
    # people: a name before "Conference", "Talks", "Games" is the happening's, no person's
    (
        "Indonesia–Netherlands relations",
        "Sovereignty was transferred after the Round Table Conference in The Hague on 2 November 1949.",
        "event",
        {"kind": "conference", "participants": []},
    ),
    # agreements: the items of a counted plural take its singular ("treaties" -> "treaty")
    (
        "Bolivia–Chile relations",
        "The two states have signed over 20 treaties, including on extradition (1998) and on legal assistance (2001).",
        "agreement",
        {"title": "treaty on extradition", "date": "1998"},
    ),
    # a state after a preposition is no subject of the coordinated verb; "the same day" dates the entry
    (
        "Kenya–United Kingdom relations",
        "Kenya became independent from the United Kingdom on 12 December 1963 and joined the Commonwealth of Nations "
        "the same day.",
        "membership",
        {"country": "KE", "organization": "Commonwealth of Nations", "date": "1963-12-12"},
    ),
    # a month after a given name is a surname
    (
        "Kenya–United Kingdom relations",
        "In July 2018, Theresa May became the first British Prime Minister to visit Kenya in 30 years, meeting "
        "President Uhuru Kenyatta in Nairobi.",
        "event",
        {"date": "2018-07", "participants": [{"name": "Theresa May"}, {"name": "Uhuru Kenyatta"}]},
    ),
    # "during the visit of NAME to X" tells a visit (it is no reference back to one told before)
    (
        "Indonesia–Poland relations",
        "The two countries signed an agreement on defence cooperation in 2016 during the visit of President Joko "
        "Widodo to Warsaw.",
        "event",
        {"kind": "visit", "date": "2016", "location": {"city": "Warsaw"}, "participants": [{"name": "Joko Widodo"}]},
    ),
    # a list of three or more states that signs a document: all are its parties
    (
        "Chile–Peru relations",
        "In 2012, Chile, Colombia, Mexico and Peru signed the Framework Agreement of the Pacific Alliance.",
        "agreement",
        {"title": "Framework Agreement of the Pacific Alliance", "parties": ["CL", "CO", "MX", "PE"], "date": "2012"},
    ),
    # the steps of a case before a court: an application against the other state, the court's findings
    (
        "Colombia–Ecuador relations",
        "Ecuador filed an application against Colombia at the International Court of Justice on 31 March 2008.",
        "event",
        {"kind": "other", "date": "2008-03-31"},
    ),
    (
        "Colombia–Ecuador relations",
        "The Court found on 5 May 2010 that it had jurisdiction, and on 2 June 2011 it rejected Colombia's preliminary "
        "objections.",
        "event",
        {"kind": "other", "date": "2011-06-02"},
    ),
    (
        "Colombia–Ecuador relations",
        "In May 2012 the Colombian navy seized two Ecuadorian fishing boats.",
        "event",
        {"kind": "other", "date": "2012-05"},
    ),
    # a capital stands for its state in the relations; relations with a third state are that state's
    (
        "China–Kiribati relations",
        "Beijing suspended relations with Tarawa on 29 November 2003.",
        "diplomatic_relations",
        {"parties": ["CN", "KI"], "event": "severed", "date": "2003-11-29"},
    ),
    (
        "China–Panama relations",
        "On 12 June 2017 President Juan Carlos Varela announced that Panama was ending its relations with Taipei.",
        "diplomatic_relations",
        {"parties": ["PA", "TW"], "event": "severed", "date": "2017-06-12"},
    ),
    # a tour of several cities of the state visited: the capital is where the visit went
    (
        "Australia–China relations",
        "Premier Li Qiang visited Australia on 15–18 June 2024, stopping in Adelaide, Canberra and Perth.",
        "event",
        {"kind": "visit", "date": "2024-06-15/2024-06-18", "location": {"city": "Canberra", "country": "AU"}},
    ),
    # a proper name with "and" before a common head; the signing told in a relative clause dates it
    (
        "Australia–China relations",
        "On 21 April 2021 the federal government cancelled the Belt and Road Initiative memorandum of understanding "
        "that the state of Victoria had signed in October 2018.",
        "agreement",
        {"title": "Belt and Road Initiative memorandum of understanding", "date": "2018-10", "status": "signed"},
    ),
    # a capitalized century belongs to the title; the signing's own date dates it
    (
        "Kazakhstan–Russia relations",
        "The Treaty on Good-Neighbourliness and Alliance in the 21st Century was signed in Yekaterinburg on "
        "11 November 2013.",
        "agreement",
        {"title": "Treaty on Good-Neighbourliness and Alliance in the 21st Century", "date": "2013-11-11"},
    ),
    # "Relations with X were restored"; "relations had been elevated" is no establishment
    (
        "Brazil–Germany relations",
        "Relations with the Federal Republic of Germany were restored in 1951, six years after the end of the war.",
        "diplomatic_relations",
        {"parties": ["BR", "DE"], "event": "restored", "date": "1951"},
    ),
    # a government named by its head recognises for its state; a status or a council recognised is no state's
    (
        "Australia–China relations",
        "In December 1972 the Whitlam government recognised the People's Republic of China.",
        "recognition",
        {"subject": "AU", "object": "CN", "date": "1972-12"},
    ),
    (
        "Greece–Turkey relations",
        "Turkey was recognised as a candidate for EU membership at the Helsinki European Council in December 1999.",
        "recognition",
        None,
    ),
    (
        "Libya–Malta relations",
        "Later that year Malta recognised the National Transitional Council as the legitimate representative of the "
        "Libyan people.",
        "recognition",
        None,
    ),
    # the last item of a list of cities may be a town the tables lack
    (
        "Greece–Turkey relations",
        "Turkey has an embassy in Athens and consulates-general in Thessaloniki, Komotini and Rhodes.",
        "mission",
        {"sender": "TR", "receiver": "GR", "kind": "consulate_general", "city": "Rhodes"},
    ),
    # an organization renamed since: the one it is now
    (
        "China–Ethiopia relations",
        "Ethiopia is a founding member of the Organisation of African Unity, now the African Union, and of the "
        "Intergovernmental Authority on Development.",
        "membership",
        {"country": "ET", "organization": "African Union"},
    ),
    # the head of a mission named with a descriptor and a role of his own; a department is no person
    (
        "Liechtenstein–Switzerland relations",
        "A Liechtenstein legation in Bern was opened in December 1919; headed for most of its existence by the lawyer "
        "Emil Beck as chargé d'affaires, it was closed in 1933.",
        "office",
        {"person": "Emil Beck", "role": "charge_d_affaires", "sender": "LI", "receiver": "CH"},
    ),
    (
        "Liechtenstein–Switzerland relations",
        "Its ambassador to Liechtenstein is based at the Federal Department of Foreign Affairs in Bern.",
        "office",
        None,
    ),
    # a communication of intent is a document; a government's name is none
    (
        "Germany–Namibia relations",
        "Cooperation in renewable energy has grown since a joint communication of intent on green hydrogen was "
        "signed in August 2021.",
        "agreement",
        {"title": "joint communication of intent on green hydrogen", "kind": "declaration", "date": "2021-08"},
    ),
    (
        "Libya–Malta relations",
        "In May 2020 Robert Abela met Fayez al-Sarraj, chairman of the Presidential Council of the Government of "
        "National Accord, and signed a memorandum of understanding on migration.",
        "agreement",
        {"title": "memorandum of understanding on migration", "date": "2020-05"},
    ),
    # a list goes on after an aside between dashes and after a relative clause; "became a full member" of the one
    # just named
    (
        "Liechtenstein–Switzerland relations",
        "Both countries belong to the United Nations – Liechtenstein since 1990 and Switzerland only since 2002 – as "
        "well as to the Council of Europe, which Switzerland joined in 1963, and the Organization for Security and "
        "Co-operation in Europe.",
        "membership",
        {"country": "LI", "organization": "Organization for Security and Cooperation in Europe"},
    ),
    (
        "Liechtenstein–Switzerland relations",
        "Switzerland was a founding member of the European Free Trade Association in 1960; Liechtenstein, long "
        "associated with it through the customs union, became a full member on 1 September 1991.",
        "membership",
        {"country": "LI", "organization": "European Free Trade Association", "date": "1991-09-01"},
    ),
    # "thereby" takes the date of the sentence before; a document named by what it does
    (
        "Bahrain–Israel relations",
        "An Israeli delegation flew to Manama on 18 October 2020, where a joint communiqué establishing full "
        "diplomatic relations between Bahrain and Israel was signed. Bahrain thereby recognised Israel.",
        "recognition",
        {"subject": "BH", "object": "IL", "date": "2020-10-18"},
    ),
    (
        "Bahrain–Israel relations",
        "On 18 October 2020 a joint communiqué establishing full diplomatic relations was signed in Manama.",
        "agreement",
        {"title": "joint communiqué establishing full diplomatic relations", "date": "2020-10-18"},
    ),
    # a trade development office; one state's embassies acting for the other in third countries are no mission
    (
        "China–Panama relations",
        "In the mid-1990s China opened a trade development office in Panama City.",
        "mission",
        {"sender": "CN", "receiver": "PA", "kind": "trade_office", "city": "Panama City", "date": "199X"},
    ),
    (
        "Liechtenstein–Switzerland relations",
        "Since 1919 Swiss embassies and consulates have represented Liechtenstein's interests in countries where it "
        "has no mission of its own.",
        "mission",
        None,
    ),
    # a gathering held at a place the tables lack; a role before a name far after it is not that name's
    (
        "Bahrain–Israel relations",
        "The foreign minister took part in the Negev Summit held at Sde Boker on 27–28 March 2022.",
        "event",
        {"date": "2022-03-27/2022-03-28", "location": {"city": "Sde Boker"}},
    ),
    (
        "Bahrain–Israel relations",
        "Al Zayani paid the first official visit of a Bahraini minister to Israel on 18 November 2020 and met "
        "Benjamin Netanyahu in Jerusalem.",
        "office",
        None,
    ),
    (
        "Guyana–Venezuela relations",
        "Guyana joined the Venezuelan-led PetroCaribe oil alliance at its founding in 2005.",
        "membership",
        {"country": "GY", "organization": "PetroCaribe"},
    ),
    # incidents between the two: personnel seized and released, an envoy arrested, an embassy ordered to close
    (
        "Iran–United Kingdom relations",
        "Iranian forces seized fifteen Royal Navy personnel on 23 March 2007 and released them on 4 April 2007.",
        "event",
        {"kind": "other", "date": "2007-04-04"},
    ),
    (
        "Iran–United Kingdom relations",
        "The British ambassador, Rob Macaire, was briefly arrested in Tehran on 11 January 2020.",
        "event",
        {"kind": "other", "date": "2020-01-11", "participants": [{"name": "Rob Macaire"}]},
    ),
    (
        "Iran–United Kingdom relations",
        "On 30 November 2011 Britain ordered the Iranian embassy in London to close within 48 hours.",
        "event",
        {"kind": "other", "date": "2011-11-30"},
    ),
    (
        "Greece–Turkey relations",
        "In March 1964 Turkey denounced the 1930 convention and began expelling Greek nationals from Istanbul.",
        "event",
        {"kind": "other", "date": "1964-03"},
    ),
    (
        "Australia–China relations",
        "Premier Li Qiang visited Australia on 15–18 June 2024, stopping in Adelaide, Canberra and Perth, and the "
        "annual leaders' meeting was held in Canberra.",
        "event",
        {"kind": "visit", "date": "2024-06-15/2024-06-18", "location": {"city": "Canberra", "country": "AU"}},
    ),
    # a visit returned, one gapped with "went", one told only by "during his visit in …"
    (
        "Brazil–Germany relations",
        "President Ernesto Geisel paid a state visit to West Germany in March 1978, and Chancellor Helmut Schmidt "
        "returned it in 1979.",
        "event",
        {"kind": "visit", "date": "1979", "participants": [{"name": "Helmut Schmidt"}]},
    ),
    (
        "Australia–China relations",
        "Prime Minister Malcolm Fraser visited in 1976, and Bob Hawke went in February 1984.",
        "event",
        {"kind": "visit", "date": "1984-02", "participants": [{"name": "Bob Hawke"}]},
    ),
    (
        "Australia–China relations",
        "Prime Minister Kevin Rudd, a Mandarin speaker, gave a speech at a university during his visit in April 2008.",
        "event",
        {"kind": "visit", "date": "2008-04", "participants": [{"name": "Kevin Rudd"}]},
    ),
    # "Under an agreement signed …, X does Y": the agreement under which X does Y; a capitalized century is a name's
    (
        "Kazakhstan–Russia relations",
        "Under an agreement signed in Moscow in December 1994, Russia leases the Baikonur Cosmodrome.",
        "agreement",
        {"title": "agreement under which Russia leases the Baikonur Cosmodrome", "date": "1994-12"},
    ),
    (
        "Kazakhstan–Russia relations",
        "In 1998 the two presidents signed the Declaration on Eternal Friendship and Alliance Oriented to the 21st "
        "Century and, on 6 July, an agreement dividing the seabed of the northern Caspian Sea.",
        "agreement",
        {"title": "agreement dividing the seabed of the northern Caspian Sea", "date": "1998-07-06"},
    ),
    # ambassadors exchanged after relations resumed at chargé level in a sentence before: an upgrade
    (
        "Iran–United Kingdom relations",
        "They were resumed at the level of chargés d'affaires in September 1990. The two foreign ministers met in "
        "New York in 1998, and ambassadors were exchanged in 1999.",
        "diplomatic_relations",
        {"event": "upgraded", "date": "1999"},
    ),
    (
        "Iran–United Kingdom relations",
        "Diplomatic ties have been cut several times since 1945.",
        "diplomatic_relations",
        None,
    ),
    (
        "China–Kiribati relations",
        "Kiribati, a state of 33 atolls, has switched its recognition between Beijing and Taipei twice, in 2003 and "
        "in 2019.",
        "recognition",
        None,
    ),
    # a town the tables lack in the middle of a list of cities does not end it
    (
        "Morocco–Spain relations",
        "Morocco has consulates-general in Algeciras, Barcelona, Bilbao, Las Palmas, Murcia, Seville and Valencia.",
        "mission",
        {"sender": "MA", "kind": "consulate_general", "city": "Valencia"},
    ),
    (
        "Morocco–Spain relations",
        "Morocco has consulates-general in Algeciras, Barcelona, Bilbao, Las Palmas, Murcia, Seville and Valencia.",
        "mission",
        {"sender": "MA", "kind": "consulate_general", "city": "Las Palmas"},
    ),
    # the name after "bin" is a father's even when it is a title word
    (
        "France–United Arab Emirates relations",
        "Sheikh Zayed bin Sultan Al Nahyan paid a state visit to Paris in 1975.",
        "event",
        {"date": "1975", "participants": [{"name": "Zayed bin Sultan Al Nahyan"}]},
    ),
    # "put it at": the trade of the sentence before; "dirhams" in an article on Morocco are Moroccan
    (
        "Algeria–Morocco relations",
        "Trade between the two neighbours is among the lowest in the region. Moroccan figures put it at about 4.5 "
        "billion dirhams in 2019.",
        "trade",
        {"flow": "turnover", "period": "2019", "value": 4.5, "unit": "billion MAD", "approximate": True},
    ),
    # recognition: of a third state named right after the verb; of the state a coordinated verb's own date names;
    # "switch recognition from A to B" recognises B; relations a third state severs with one of the pair
    (
        "Algeria–Morocco relations",
        "When Algeria recognised the Sahrawi Arab Democratic Republic on 6 March 1976, Morocco broke off diplomatic "
        "relations the next day.",
        "recognition",
        {"subject": "DZ", "object": "EH", "date": "1976-03-06"},
    ),
    (
        "China–Solomon Islands relations",
        "Solomon Islands became independent from the United Kingdom on 7 July 1978 and recognised the Republic of "
        "China in March 1983.",
        "recognition",
        {"subject": "SB", "object": "TW", "date": "1983-03"},
    ),
    (
        "China–Solomon Islands relations",
        "On 16 September 2019 the cabinet voted to switch recognition from Taipei to Beijing, and Taiwan severed "
        "diplomatic relations with Solomon Islands the same day.",
        "recognition",
        {"subject": "SB", "object": "CN", "date": "2019-09-16"},
    ),
    (
        "China–Solomon Islands relations",
        "On 16 September 2019 the cabinet voted to switch recognition from Taipei to Beijing, and Taiwan severed "
        "diplomatic relations with Solomon Islands the same day.",
        "diplomatic_relations",
        {"parties": ["SB", "TW"], "event": "severed", "date": "2019-09-16"},
    ),
    (
        "China–Solomon Islands relations",
        "The two states established diplomatic relations on 21 September 2019, after Solomon Islands ended 36 years "
        "of recognition of the Republic of China.",
        "recognition",
        None,
    ),
    (
        "Algeria–Morocco relations",
        "King Hassan II and President Chadli Bendjedid met at the border on 26 February 1983, but no agreement was "
        "reached.",
        "agreement",
        None,
    ),
    # a document renewed is signed again, at each renewal's date
    (
        "India–Oman relations",
        "India signed a memorandum of understanding on military cooperation with Oman in December 2005; it was "
        "renewed in 2016 and again in 2021.",
        "agreement",
        {"title": "memorandum of understanding on military cooperation", "status": "signed", "date": "2021"},
    ),
    # a list of envoys goes on after an aside on one of them
    (
        "Czech Republic–Germany relations",
        "Czech ambassadors to Germany have included Jiří Gruša, who had represented Czechoslovakia in Bonn from 1991, "
        "Rudolf Jindrák and Tomáš Podivínský.",
        "office",
        {"person": "Tomáš Podivínský", "role": "ambassador", "sender": "CZ", "receiver": "DE"},
    ),
    # a meeting on a day of a visit dated by its month: the visit keeps its month
    (
        "China–Solomon Islands relations",
        "Prime Minister Manasseh Sogavare paid a state visit to China in October 2019 and met President Xi Jinping in "
        "Beijing on 9 October.",
        "event",
        {"kind": "visit", "date": "2019-10", "location": {"city": "Beijing"}},
    ),
    # one meeting of a body that meets every year, told with its number, is a happening
    (
        "India–Oman relations",
        "A Joint Military Cooperation Committee meets annually, and its eleventh meeting was held in Muscat in "
        "January 2022.",
        "event",
        {"kind": "meeting", "date": "2022-01", "location": {"city": "Muscat"}},
    ),
    # a lead-in ending in a colon: the date of its last clause dates the document
    (
        "India–Oman relations",
        "Sultan Haitham bin Tariq paid a state visit to India from 15 to 17 December 2023; on 16 December he and "
        "Modi adopted the vision document India–Oman: A Partnership for the Future.",
        "agreement",
        {"date": "2023-12-16", "status": "signed"},
    ),
    # a split year alone in the figures of a state that counts by fiscal years is its fiscal year
    (
        "India–Oman relations",
        "Bilateral trade reached about US$12.39 billion in 2022–23, when India's exports to Oman came to about "
        "US$4.48 billion.",
        "trade",
        {"reporter": "IN", "flow": "export", "period": "2022-04/2023-03", "value": 4.48},
    ),
    (
        "Algeria–Morocco relations",
        "Both countries are members of the Arab League, and Morocco returned to the African Union on 30 January 2017.",
        "membership",
        {"country": "MA", "organization": "African Union", "date": "2017-01-30"},
    ),
    # "its" after a semicolon: the subject of the clause before
    (
        "China–Solomon Islands relations",
        "China opened its embassy in Honiara in 2020, and Li Ming became the first Chinese ambassador. Solomon Islands "
        "opened an embassy in Beijing; Barrett Salato was its first resident ambassador.",
        "office",
        {"person": "Barrett Salato", "sender": "SB", "receiver": "CN"},
    ),
    # a plan of action signed, an action plan adopted
    (
        "Iran–United Kingdom relations",
        "The United Kingdom was one of the six powers that signed the Joint Comprehensive Plan of Action with Iran in "
        "Vienna on 14 July 2015.",
        "agreement",
        {"title": "Joint Comprehensive Plan of Action", "status": "signed", "date": "2015-07-14"},
    ),
    # a signing denied in the active voice tells no document; the passive "has not yet been signed" one that waits
    ("Bhutan–Norway relations", "The two countries have not signed any bilateral agreement yet.", "agreement", None),
    ("Bhutan–Norway relations", "Bhutan and Norway never concluded a double taxation agreement.", "agreement", None),
    (
        "Bhutan–Norway relations",
        "Although they never signed a trade treaty, Bhutan and Norway concluded an agreement on hydropower in 2009.",
        "agreement",
        {"title": "agreement on hydropower", "status": "signed", "date": "2009"},
    ),
    # concurrent posts: "with concurrent accreditation to …", and a next sentence "He is also accredited to …"
    (
        "Ecuador–South Korea relations",
        "Kim Jae-hoon is the South Korean ambassador to Ecuador, with concurrent accreditation to Bolivia and Peru.",
        "office",
        {"person": "Kim Jae-hoon", "sender": "KR", "receiver": "EC", "concurrent_with": ["BO", "PE"]},
    ),
    (
        "Ecuador–South Korea relations",
        "The Ecuadorian ambassador to South Korea, Ana Paredes, presented her credentials on 3 March 2022. She is "
        "also accredited to Mongolia.",
        "office",
        {"person": "Ana Paredes", "credentials": "2022-03-03", "concurrent_with": ["MN"]},
    ),
    # a visit gapped to a name and a date is that person's own, and the plural role before the list covers each name;
    # "several times" over the list of them is no habit
    (
        "Botswana–China relations",
        "Presidents of Botswana have visited China several times: Festus Mogae in 2006 and Ian Khama in 2012.",
        "event",
        {
            "kind": "visit",
            "date": "2012",
            "participants": [{"name": "Ian Khama", "role": "head_of_state", "country": "BW"}],
        },
    ),
    (
        "Botswana–China relations",
        "Presidents of Botswana have visited China several times: Festus Mogae in 2006 and Ian Khama in 2012.",
        "event",
        {
            "kind": "visit",
            "date": "2006",
            "participants": [{"name": "Festus Mogae", "role": "head_of_state", "country": "BW"}],
        },
    ),
    # a "since" whose "when" clause tells a happening dates it
    (
        "Botswana–China relations",
        "Mokgweetsi Masisi visited China in 2019, the first such trip since 2012, when Ian Khama went to Beijing.",
        "event",
        {"kind": "visit", "date": "2012", "location": {"city": "Beijing", "country": "CN"}},
    ),
    # a sentence that opens on "The agreement" is about the document the section last named with that head word
    (
        "Chile–China relations",
        "In November 2004 Hu Jintao visited Santiago, and the two governments announced the launch of negotiations on "
        "a free trade agreement.\n\nThe agreement was signed in Busan on 18 November 2005 and entered into force on 1 "
        "October 2006.",
        "agreement",
        {"title": "free trade agreement", "status": "signed", "date": "2005-11-18"},
    ),
    (
        "Chile–China relations",
        "In November 2004 Hu Jintao visited Santiago, and the two governments announced the launch of negotiations on "
        "a free trade agreement.\n\nThe agreement was signed in Busan on 18 November 2005 and entered into force on 1 "
        "October 2006.",
        "agreement",
        {"title": "free trade agreement", "status": "in_force", "date": "2006-10-01"},
    ),
    # "during his visit" after a semicolon is the visit the sentence has just told, not one an earlier sentence named
    (
        "Chile–China relations",
        "Sebastián Piñera paid a state visit to China in April 2019. Xi Jinping came to Santiago in November 2016; "
        "during his state visit the two governments raised relations to a comprehensive strategic partnership.",
        "diplomatic_relations",
        {"event": "upgraded", "date": "2016-11"},
    ),
    # what a document is of, listed: "a treaty of friendship, commerce and navigation"
    (
        "Japan–Peru relations",
        "Peru and Japan signed a treaty of friendship, commerce and navigation in Tokyo in 1873.",
        "agreement",
        {"title": "treaty of friendship, commerce and navigation", "date": "1873"},
    ),
    # the ceremony another sentence told, named back to date a message, is no happening of its own
    (
        "Malta–United Kingdom relations",
        "Malta became independent on 21 September 1964; Queen Elizabeth II sent a message of good wishes that was "
        "read out at the ceremony.",
        "event",
        None,
    ),
    # a recognition in another stretch between semicolons leaves the visit told before it a visit
    (
        "South Sudan–Sudan relations",
        "South Sudan became independent on 9 July 2011. President Omar al-Bashir flew to Juba for the ceremony and was "
        "received by President Salva Kiir; Sudan had recognised the new state a day earlier.",
        "event",
        {"kind": "visit", "date": "2011-07-09", "location": {"city": "Juba", "country": "SS"}},
    ),
    # a plural of any mission word is that kind ("commercial offices")
    (
        "Chile–India relations",
        "Chile has an embassy in New Delhi and commercial offices in Mumbai and Chennai.",
        "mission",
        {"sender": "CL", "receiver": "IN", "kind": "trade_office", "city": "Chennai"},
    ),
    # the parliament after "with" is the partner, even with a word the gazetteer's name leaves out
    (
        "Mozambique–Portugal relations",
        "The Assembly of the Republic of Portugal has a friendship group with the National Assembly of Mozambique.",
        "parliamentary_group",
        {"country": "PT", "partner": "MZ"},
    ),
    # "which X has not joined" denies that X is a member
    (
        "Mozambique–Portugal relations",
        "Mozambique is also a member of the Commonwealth of Nations, which Portugal has not joined.",
        "membership",
        {"country": "MZ", "organization": "Commonwealth of Nations"},
    ),
    # a document negotiated that has still not entered into force waits: pending, as of the year said
    (
        "Georgia–Kazakhstan relations",
        "A treaty on legal assistance in civil matters was negotiated in the 2000s but, as of 2012, had still not "
        "entered into force.",
        "agreement",
        {"title": "treaty on legal assistance in civil matters", "status": "pending", "date": "2012"},
    ),
    # "a member of it": the organization the sentence named before, for the clause's own subject
    (
        "Azerbaijan–Turkey relations",
        "Azerbaijan became an observer of the Organization of American States in 2010, while Turkey is a permanent "
        "observer of it too; Turkey joined NATO in 1952, and Azerbaijan is not a member of it.",
        "membership",
        {"country": "TR", "organization": "North Atlantic Treaty Organization", "date": "1952"},
    ),
    (
        "Kazakhstan–Mongolia relations",
        "Mongolia became an observer of the Shanghai Cooperation Organisation in 2004, while Kazakhstan is a founding "
        "member of it.",
        "membership",
        {"country": "KZ", "organization": "Shanghai Cooperation Organization"},
    ),
    # a party to an organization that is also a treaty is its member
    (
        "Moldova–Serbia relations",
        "Moldova is a party to the Central European Free Trade Agreement, as is Serbia.",
        "membership",
        {"country": "MD", "organization": "Central European Free Trade Agreement"},
    ),
    # "investment from X" names the investor, whatever state the sentence names before it
    (
        "Albania–Kosovo relations",
        "The Central Bank of Albania recorded direct investment from Kosovo of about €30 million in 2020.",
        "investment",
        {"investor": "XK", "recipient": "AL", "period": "2020", "value": 30},
    ),
    # "became a full member" with no object: the organization named before in the same clause
    (
        "Moldova–Romania relations",
        "Moldova was admitted to the Organisation internationale de la Francophonie as an associate in 1995 and "
        "became a full member in 1996.",
        "membership",
        {"country": "MD", "organization": "Organisation internationale de la Francophonie", "date": "1996"},
    ),
    # "It belongs to …": the state the sentence before began with
    (
        "Belarus–Lithuania relations",
        "Belarus was a founding member of the Commonwealth of Independent States in 1991. It belongs to the Eurasian "
        "Economic Union as well.",
        "membership",
        {"country": "BY", "organization": "Eurasian Economic Union"},
    ),
    # "was admitted as the tenth member" in a clause with no subject, of the organization the sentence before named
    (
        "Cambodia–Thailand relations",
        "Thailand, a founding member of ASEAN in 1967, supported Cambodia's accession. Cambodia applied in 1996, was "
        "delayed by the 1997 coup, and was admitted as the tenth member in Hanoi on 30 April 1999.",
        "membership",
        {"country": "KH", "organization": "Association of Southeast Asian Nations", "date": "1999-04-30"},
    ),
    # a happening qualified by a demonym is no state recognised
    (
        "Armenia–Canada relations",
        "The House of Commons of Canada recognised the Armenian genocide in 2004.",
        "recognition",
        None,
    ),
    # "joined it to X" is no entry into an organization
    (
        "Eritrea–Ethiopia relations",
        "A resolution of the United Nations joined it to Ethiopia in a federation in 1952.",
        "membership",
        None,
    ),
    # "On the X side, NAME presented her credentials": NAME is that state's envoy
    (
        "Georgia–Lithuania relations",
        "Giedrius Puodžiūnas was the Lithuanian ambassador in Tbilisi from 2015 to 2019. On the Georgian side, Salome "
        "Zurabishvili presented her credentials to Valdas Adamkus in 2003 and served in Vilnius until 2004.",
        "office",
        {"person": "Salome Zurabishvili", "sender": "GE", "receiver": "LT", "credentials": "2003"},
    ),
    # "Both parliaments have friendship groups: …": a name both states give their parliament is the one not placed
    (
        "Bulgaria–France relations",
        "Both parliaments have friendship groups: the France–Bulgaria friendship group of the National Assembly and "
        "the Bulgaria–France group of the National Assembly of Bulgaria.",
        "parliamentary_group",
        {"country": "FR", "partner": "BG", "name": "France–Bulgaria friendship group"},
    ),
    # a determiner between the verb and "relations": "severed its relations with", capitals for their states
    (
        "Kiribati–Taiwan relations",
        "Taipei severed its relations with Tarawa on 20 September 2019.",
        "diplomatic_relations",
        {"parties": ["KI", "TW"], "event": "severed", "date": "2019-09-20"},
    ),
    # an undated clause after dates that tell one time finer and finer takes the finest
    (
        "Nauru–Taiwan relations",
        "Three years later the government switched recognition again: on 14 May 2005 Nauru recognised the Republic of "
        "China, and the two states restored diplomatic relations by a joint communiqué.",
        "diplomatic_relations",
        {"parties": ["NR", "TW"], "event": "restored", "date": "2005-05-14"},
    ),
    # relations established by a communiqué: the communiqué on their establishment
    (
        "Kiribati–Taiwan relations",
        "On 7 November 2003 the two states established diplomatic relations by a joint communiqué signed in Taipei.",
        "agreement",
        {"title": "joint communiqué on the establishment of diplomatic relations", "date": "2003-11-07"},
    ),
    # "Both treaties entered into force": each of the two the sentence before signed
    (
        "Australia–Timor-Leste relations",
        "On 6 March 2018 the two governments signed the Treaty on Maritime Boundaries and an exchange of notes on "
        "the Greater Sunrise fields. Both treaties entered into force on 30 August 2019.",
        "agreement",
        {"title": "Treaty on Maritime Boundaries", "status": "in_force", "date": "2019-08-30"},
    ),
    # "over" inside a proper title
    (
        "Mauritius–United Kingdom relations",
        "The two states signed the Treaty concerning Sovereignty over the Chagos Archipelago on 22 May 2025.",
        "agreement",
        {"title": "Treaty concerning Sovereignty over the Chagos Archipelago", "date": "2025-05-22"},
    ),
    # the next predicate of the same subject ends a title: "… on maritime security and agreed to …"
    (
        "India–Seychelles relations",
        "In March 2015 the two governments signed a memorandum of understanding on hydrography and agreed to set up a "
        "joint working group on the blue economy.",
        "agreement",
        {"title": "memorandum of understanding on hydrography", "date": "2015-03"},
    ),
    # a promise reported is no act of recognition
    (
        "Morocco–Israel relations",
        "Officials said in 2020 that Israel would recognise Moroccan sovereignty in return, which was later confirmed.",
        "recognition",
        None,
    ),
    # a state's need or claim recognised is no state recognised
    (
        "Ethiopia–Djibouti relations",
        "In the joint declaration of 2023 Djibouti recognised Ethiopia's need for secure access to the sea.",
        "recognition",
        None,
    ),
    # the owners' state invests, wherever the companies are registered; a Gulf letter sign before a scale word
    (
        "Kuwait–Oman relations",
        "Kuwaiti-owned firms registered in Oman had invested about RO 45 million by 2019.",
        "investment",
        {"investor": "KW", "recipient": "OM", "period": "2019", "value": 45, "unit": "million OMR"},
    ),
    # any ISO 4217 code next to a number is money
    (
        "Kenya–Uganda relations",
        "The Bank of Uganda put the stock of Kenyan direct investment at about UGX 2.4 trillion at the end of 2020.",
        "investment",
        {"investor": "KE", "recipient": "UG", "period": "2020", "value": 2.4, "unit": "trillion UGX"},
    ),
    # each verb with its own "with X", one date after the last for both; "which had done the same in D" repeats them
    (
        "Dominican Republic–Panama relations",
        "Panama broke off relations with Taiwan and established relations with the People's Republic of China in June "
        "2017, followed by the Dominican Republic in May 2018.",
        "diplomatic_relations",
        {"parties": ["PA", "TW"], "event": "severed", "date": "2017-06"},
    ),
    (
        "Dominican Republic–Panama relations",
        "The Dominican Republic broke off relations with Taiwan and established relations with the People's Republic "
        "of China in May 2018, following Panama, which had done the same in June 2017.",
        "diplomatic_relations",
        {"parties": ["CN", "PA"], "event": "established", "date": "2017-06"},
    ),
    (
        "Dominican Republic–Panama relations",
        "The Dominican Republic broke off relations with Taiwan and established relations with the People's Republic "
        "of China in May 2018, following Panama, which had done the same in June 2017.",
        "diplomatic_relations",
        {"parties": ["DO", "TW"], "event": "severed", "date": "2018-05"},
    ),
    # a state recognised that broke away from one of the pair is that state, not the one it left ("Kosova" too)
    (
        "Bulgaria–Yugoslavia relations",
        "On 15 January 1992 Bulgaria became the first state to recognise the Republic of Macedonia, then still "
        "claimed by Belgrade.",
        "recognition",
        {"subject": "BG", "object": "MK", "date": "1992-01-15"},
    ),
    # "A, together with B, C and D, severed relations with X": each of the others with X too
    (
        "Qatar–United Arab Emirates relations",
        "On 5 June 2017 the United Arab Emirates, together with Saudi Arabia, Bahrain and Egypt, severed diplomatic "
        "relations with Qatar.",
        "diplomatic_relations",
        {"parties": ["EG", "QA"], "event": "severed", "date": "2017-06-05"},
    ),
    # coordinated third states with the pair's other named only after "with"
    (
        "Cuba–Dominica relations",
        "On 8 December 1972 Barbados, Guyana, Jamaica and Trinidad and Tobago jointly established diplomatic relations "
        "with Cuba.",
        "diplomatic_relations",
        {"parties": ["CU", "JM"], "event": "established", "date": "1972-12-08"},
    ),
    # regional bodies the gazetteer knows
    (
        "Eswatini–South Africa relations",
        "Both belong to the Southern African Customs Union and the Common Monetary Area.",
        "membership",
        {"country": "SZ", "organization": "Common Monetary Area"},
    ),
    (
        "Chad–Niger relations",
        "Both states are members of the Community of Sahel–Saharan States.",
        "membership",
        {"country": "NE", "organization": "Community of Sahel–Saharan States"},
    ),
    # "NAME presented his credentials to NAME2 as X's first ambassador": the post names the sender
    (
        "Israel–Jordan relations",
        "Marwan Muasher presented his credentials to Ezer Weizman as Jordan's first ambassador in Tel Aviv in 1995.",
        "office",
        {"person": "Marwan Muasher", "sender": "JO", "receiver": "IL", "credentials": "1995"},
    ),
    # a communiqué "that established diplomatic relations"
    (
        "Kosovo–Montenegro relations",
        "On 15 January 2010 the two foreign ministers signed a joint communiqué in Podgorica that formally established "
        "diplomatic relations.",
        "agreement",
        {"title": "joint communiqué on the establishment of diplomatic relations", "date": "2010-01-15"},
    ),
    # a founding membership then a gapped entry with its own verb and date
    (
        "Norway–Sweden relations",
        "Norway was a founding member of the United Nations in 1945 and Sweden joined in 1946.",
        "membership",
        {"country": "SE", "organization": "United Nations", "date": "1946"},
    ),
    # troops entering, a raid, the last troops leaving, a union dissolved: happenings between the two
    (
        "Grenada–United States relations",
        "United States troops entered Grenada on 25 October 1983.",
        "event",
        {"kind": "other", "date": "1983-10-25"},
    ),
    (
        "Botswana–South Africa relations",
        "On 14 June 1985 South African commandos raided Gaborone.",
        "event",
        {"kind": "other", "date": "1985-06-14", "location": {"city": "Gaborone", "country": "BW"}},
    ),
    (
        "Grenada–United States relations",
        "The last American troops left in June 1985.",
        "event",
        {"kind": "other", "date": "1985-06"},
    ),
    (
        "Malaysia–Singapore relations",
        "Malaysia dissolved the currency union in May 1967.",
        "event",
        {"kind": "other", "date": "1967-05"},
    ),
    # a capital for its state after the verb, and a state named after "after" is a comparison, not the recogniser
    (
        "China–Chile relations",
        "On 15 December 1970 Chile became the first South American state after Cuba to recognise Beijing.",
        "recognition",
        {"subject": "CL", "object": "CN", "date": "1970-12-15"},
    ),
    # a habit told by another predicate after the dated visit leaves the visit dated
    (
        "Japan–Peru relations",
        "Alan García made his first official visit to Japan in 1987 and returned several times in later years.",
        "event",
        {"kind": "visit", "date": "1987", "location": {"city": None, "country": "JP"}},
    ),
    # (but a habit that is the visit's own predicate stays a habit)
    (
        "Ethiopia–Japan relations",
        "Relations grew after the new government came to power in 1991, and Prime Minister Meles Zenawi visited Japan "
        "several times.",
        "event",
        None,
    ),
    # a pair of two Yemens: the title names two states
    (
        "North Yemen–South Yemen relations",
        "The two Yemeni states fought a brief border war in February 1979.",
        "event",
        {"kind": "other", "date": "1979-02"},
    ),
    # a document that is the sentence's subject is named by what it did
    (
        "Senegal–The Gambia relations",
        "A treaty signed in December 1981 set up the Senegambia Confederation, which was dissolved in 1989.",
        "agreement",
        {"title": "treaty setting up the Senegambia Confederation", "date": "1981-12"},
    ),
    (
        "Italy–Yugoslavia relations",
        "An agreement of 5 October 1954 gave Italy the civil administration of Zone A of the Free Territory of "
        "Trieste.",
        "agreement",
        {"title": "agreement giving Italy the civil administration of Zone A of the Free Territory of Trieste"},
    ),
    # the document it adds to is part of its title, and that one's year is no date of this one
    (
        "Laos–Vietnam relations",
        "The two governments signed a supplementary treaty to the 1977 treaty in Vientiane on 16 October 2007.",
        "agreement",
        {"title": "supplementary treaty to the 1977 treaty", "date": "2007-10-16"},
    ),
    # "…, who returned the visit the following year": the one before "who" came to the first visitor's state
    (
        "Ethiopia–Yugoslavia relations",
        "Tito paid a state visit to Ethiopia in December 1955 and was received by Emperor Haile Selassie, who returned "
        "the visit the following year.",
        "event",
        {
            "kind": "visit",
            "date": "1956",
            "location": {"city": None, "country": "YU"},
            "participants": [{"name": "Haile Selassie"}],
        },
    ),
    # forces crossing the border, then "and entered CITY" with its own date: two happenings
    (
        "Tanzania–Uganda relations",
        "Tanzanian forces crossed the border on 21 January 1979 and entered Kampala on 11 April 1979.",
        "event",
        {"kind": "other", "date": "1979-04-11", "location": {"city": "Kampala", "country": "UG"}},
    ),
    (
        "Tanzania–Uganda relations",
        "Tanzanian forces crossed the border on 21 January 1979 and entered Kampala on 11 April 1979.",
        "event",
        {"kind": "other", "date": "1979-01-21"},
    ),
    # a coordinated "and reopened on D" after a closing
    (
        "Brunei–Malaysia relations",
        "Land crossings were closed in March 2020 because of the COVID-19 pandemic and reopened on 1 April 2022.",
        "event",
        {"kind": "other", "date": "2022-04-01"},
    ),
    # a court rejecting most of one side's objections, and an award dated "in its award of D"
    (
        "Cameroon–Nigeria relations",
        "In the Bakassi case the Court rejected most of Nigeria's preliminary objections on 11 June 1998.",
        "event",
        {"kind": "other", "date": "1998-06-11"},
    ),
    (
        "Eritrea–Yemen relations",
        "The arbitral tribunal gave the Hanish Islands to Yemen in its award of 9 October 1998.",
        "event",
        {"kind": "other", "date": "1998-10-09"},
    ),
    # "it" after a semicolon is the state this sentence began with; "not a WTO member" denies
    (
        "Kiribati–Taiwan relations",
        "Kiribati joined the United Nations in 1999. Taiwan is not a member of the United Nations; it has been a "
        "member of the World Trade Organization since 1 January 2002, and Kiribati is not a WTO member at all.",
        "membership",
        {"country": "TW", "organization": "World Trade Organization", "date": "2002-01-01"},
    ),
    # a sum said not to be investment
    (
        "Palau–Taiwan relations",
        "Taiwan's annual budget support, about US$10 million, is not counted as investment.",
        "investment",
        None,
    ),
    # a founding is an entry, dated like one
    (
        "Norway–Sweden relations",
        "Both countries were founding members of the Nordic Council in 1952.",
        "membership",
        {"country": "NO", "organization": "Nordic Council", "date": "1952"},
    ),
    # "it" after a semicolon is the pair's state the sentence named last, with the third state after "with"
    (
        "Chile–China relations",
        "The two countries established diplomatic relations on 15 December 1970, and Chile became the first South "
        "American state to recognise Beijing; it broke off relations with the Republic of China the same day.",
        "diplomatic_relations",
        {"parties": ["CL", "TW"], "event": "severed", "date": "1970-12-15"},
    ),
]


def test_a_balance_column_is_no_flow() -> None:
    document = extract(
        seed(
            "Estonia–Finland relations",
            "== Trade ==\n| Estonia's trade with Finland (million euros, rounded) | | | | |\n"
            "| Year | Export | Import | Turnover | Trade balance |\n| 2022 | 3,200 | 2,300 | 5,500 | 900 |\n",
        )
    )
    assert sorted((f["flow"], f["value"]) for f in of_type(document, "trade")) == [
        ("export", 3200.0),
        ("import", 2300.0),
        ("turnover", 5500.0),
    ]


@pytest.mark.parametrize(("title", "body", "ftype", "expected"), ROWS)
def test_construction(title: str, body: str, ftype: str, expected: dict[str, Any] | None) -> None:
    check_row(seed(title, body), ftype, expected)


def test_a_meeting_in_the_sentence_after_a_visit_takes_its_date_and_the_visitor() -> None:
    document = extract(
        seed(
            "Australia–Vietnam relations",
            "Anthony Albanese paid an official visit to Vietnam on 3–4 June 2023. In Hanoi he held talks with "
            "Pham Minh Chinh.",
        )
    )
    meetings = matching(document, "event", kind="meeting", date="2023-06-03/2023-06-04", location={"city": "Hanoi"})
    assert meetings and {p["name"] for p in meetings[0]["participants"]} >= {"Anthony Albanese", "Pham Minh Chinh"}


def test_visits_told_twice_are_one_event_with_both_places_of_evidence() -> None:
    document = extract(
        seed(
            "Mexico–Turkey relations",
            "In February 2015, Turkish President Recep Tayyip Erdoğan paid a state visit to Mexico.\n\n"
            "== High-level visits ==\nHigh-level visits from Turkey to Mexico\n\n"
            "- President Recep Tayyip Erdoğan (February 2015)\n",
        )
    )
    visits = matching(document, "event", date="2015-02", participants=[{"name": "Recep Tayyip Erdoğan"}])
    assert len(visits) == 1 and len(visits[0]["evidence"]) == 2


def test_a_person_named_again_without_a_state_is_the_state_s_person_named_before() -> None:
    document = extract(
        seed(
            "Kenya–South Korea relations",
            "Kenyan President Uhuru Kenyatta met South Korean leaders in 2015. Kenyatta made a state visit to South "
            "Korea in 2016.",
        )
    )
    visits = matching(document, "event", date="2016")
    assert visits
    assert visits[0]["participants"] == [{"name": "Uhuru Kenyatta", "role": "head_of_state", "country": "KE"}]


def test_the_following_agreements_is_no_agreement() -> None:
    document = extract(
        seed(
            "Mongolia–South Korea relations",
            "== Agreements ==\nThe following agreements have been signed:\n* Agreement on Trade (1991)\n"
            "* Convention for the Avoidance of Double Taxation (1992)\n",
        )
    )
    assert sorted(f["title"] for f in of_type(document, "agreement")) == [
        "Agreement on Trade",
        "Convention for the Avoidance of Double Taxation",
    ]


def test_an_envoy_in_apposition_is_one_office_not_a_second_unnamed_one() -> None:
    document = extract(
        seed(
            "Cuba–Soviet Union relations",
            "Sergei Kudryavtsev, the first Soviet ambassador to Cuba, took up his post in 1960.",
        )
    )
    assert [(f["person"], f["since"]) for f in of_type(document, "office")] == [("Sergei Kudryavtsev", "1960")]


def test_a_description_of_the_agreement_just_named_is_no_second_agreement() -> None:
    document = extract(
        seed(
            "Japan–Mongolia relations",
            "The Japan–Mongolia Economic Partnership Agreement was signed on 10 February 2015, Mongolia's first free "
            "trade agreement.",
        )
    )
    assert [f["title"] for f in of_type(document, "agreement")] == ["Japan–Mongolia Economic Partnership Agreement"]


def test_an_organization_that_only_qualifies_a_noun_is_no_membership() -> None:
    document = extract(
        seed(
            "Denmark–Iceland relations",
            "Iceland, a member of the European Free Trade Association since 1970, takes part in the EU single market.",
        )
    )
    assert {(f["country"], f["organization"]) for f in of_type(document, "membership")} == {
        ("IS", "European Free Trade Association")
    }


def test_a_denied_membership_is_not_stated() -> None:
    document = extract(
        seed("Iceland–Norway relations", "Both sit on the Arctic Council; neither has joined the European Union.")
    )
    assert {f["organization"] for f in of_type(document, "membership")} == {"Arctic Council"}


def test_the_aspired_membership_is_not_stated() -> None:
    document = extract(
        seed(
            "Bulgaria–North Macedonia relations",
            "North Macedonia joined NATO on 27 March 2020 and has been an EU candidate country since 2005.",
        )
    )
    assert {f["organization"] for f in of_type(document, "membership")} == {"NATO"}


def test_a_happening_told_again_by_the_sentence_after_it_is_one_event() -> None:
    document = extract(
        seed(
            "Qatar–Saudi Arabia relations",
            "The rift ended at the GCC summit in Riyadh on 5 January 2021. At the summit Emir Tamim bin Hamad Al Thani "
            "was greeted on arrival by Crown Prince Mohammed bin Salman.",
        )
    )
    events = of_type(document, "event")
    assert len(events) == 1 and events[0]["date"] == "2021-01-05"
    assert {p["name"] for p in events[0]["participants"]} == {"Tamim bin Hamad Al Thani", "Mohammed bin Salman"}


def test_a_region_named_after_its_adjectives_is_no_person() -> None:
    document = extract(
        seed(
            "Bhutan–Japan relations",
            "The King made a state visit to Japan in November 2011 and went to Sōma in Fukushima Prefecture.",
        )
    )
    names = {p["name"] for e in of_type(document, "event") for p in e["participants"]}
    assert "Fukushima Prefecture" not in names


def test_a_successor_of_someone_named_without_a_post_takes_no_earlier_post() -> None:
    document = extract(
        seed(
            "Australia–Japan relations",
            "Justin Hayhurst has been Australia's ambassador in Tokyo since 2023. In Canberra, Shingo Yamagami, who "
            "arrived in December 2020, was known for outspoken remarks; he was succeeded by Kazuhiro Suzuki in 2023.",
        )
    )
    assert [f["person"] for f in of_type(document, "office")] == ["Justin Hayhurst"]


def test_a_name_that_heads_an_institution_is_no_person() -> None:
    from bilateral.extract.people import find_people

    text = "The Khoja Akhmet Yassawi International Kazakh–Turkish University in Turkistan was founded in 1991."
    assert [p.name for p in find_people(text) if p.name] == []
    assert [p.name for p in find_people("President Nursultan Nazarbayev opened it.") if p.name] == [
        "Nursultan Nazarbayev"
    ]


@pytest.mark.parametrize(
    ("body", "reporter", "expected"),
    [
        (
            "Trade between the two countries was 48 million USD in 2021 "
            "(Turkish exports/imports: 41.2/6.8 million USD).",
            "TR",
            [("export", 41.2), ("import", 6.8), ("turnover", 48.0)],
        ),
        ("In 2021, Mongolian exports/imports stood at $6.8/41.2 million.", "MN", [("export", 6.8), ("import", 41.2)]),
    ],
)
def test_slashed_flows_pair_with_slashed_figures(body: str, reporter: str, expected: list[tuple[str, float]]) -> None:
    document = extract(seed("Mongolia–Turkey relations", body))
    trade = of_type(document, "trade")
    assert sorted((f["flow"], f["value"]) for f in trade) == expected
    assert all(f["period"] == "2021" and f["unit"] == "million USD" for f in trade)
    assert {f["reporter"] for f in trade if f["flow"] != "turnover"} == {reporter}


def test_a_list_of_agreements_under_a_lead_in_with_terse_notes() -> None:
    document = extract(
        seed(
            "Kazakhstan–Mongolia relations",
            "== Agreements ==\nAgreements signed between the two states include:\n"
            "* Trade and Economic Cooperation Agreement (1993)\n"
            "* Agreement on the Avoidance of Double Taxation (signed 2001, in force 2003)\n",
        )
    )
    got = sorted((f["title"], f["status"], f["date"]) for f in of_type(document, "agreement"))
    assert got == [
        ("Agreement on the Avoidance of Double Taxation", "in_force", "2003"),
        ("Agreement on the Avoidance of Double Taxation", "signed", "2001"),
        ("Trade and Economic Cooperation Agreement", "signed", "1993"),
    ]


def test_an_agreement_told_in_a_visit_and_in_a_list_is_one_fact_under_its_proper_title() -> None:
    document = extract(
        seed(
            "Kazakhstan–Mongolia relations",
            "President Nursultan Nazarbayev visited Ulaanbaatar on 8–9 September 2008, when the two sides signed an "
            "agreement on cooperation in veterinary medicine.\n\n== Agreements ==\n"
            "* Agreement on Cooperation in Veterinary Medicine (2008)\n",
        )
    )
    agreements = of_type(document, "agreement")
    assert [(f["title"], f["date"]) for f in agreements] == [
        ("Agreement on Cooperation in Veterinary Medicine", "2008-09-08/2008-09-09")
    ]
    assert len(agreements[0]["evidence"]) == 2


def test_negotiations_sign_nothing() -> None:
    document = extract(
        seed(
            "Iceland–Japan relations",
            "Negotiations on a bilateral free trade agreement were launched in 2007 and had reached an advanced stage "
            "by 2012.",
        )
    )
    assert [a["status"] for a in of_type(document, "agreement")] == ["pending"]


def test_a_post_also_accredited_to_states_lists_no_city_of_the_next_post_as_a_state() -> None:
    document = extract(
        seed(
            "China–Denmark relations",
            "Denmark has an embassy in Beijing, which is also accredited to Mongolia, and consulates-general in "
            "Shanghai and Hong Kong.",
        )
    )
    assert sorted(f["receiver"] for f in of_type(document, "mission") if not f["resident"]) == ["MN"]


def test_an_unnamed_holder_of_a_post_the_sentence_names_is_no_second_office() -> None:
    document = extract(
        seed(
            "Azerbaijan–Mexico relations",
            "Ilgar Mukhtarov was appointed the first Azerbaijani ambassador to Mexico in 2012.",
        )
    )
    assert [f["person"] for f in of_type(document, "office")] == ["Ilgar Mukhtarov"]


def test_a_possessive_name_in_an_apposition_holds_no_post() -> None:
    document = extract(
        seed(
            "India–Soviet Union relations",
            "Vijaya Lakshmi Pandit, Nehru's sister, served as the first Indian ambassador in Moscow from 1947 to 1949.",
        )
    )
    assert [f["person"] for f in of_type(document, "office")] == ["Vijaya Lakshmi Pandit"]


def test_the_subject_of_a_visit_is_no_participant_of_a_passive_clause_after_it() -> None:
    document = extract(
        seed(
            "Australia–Fiji relations",
            "Australian Foreign Minister Julie Bishop visited Suva in February 2014, and most sanctions were lifted "
            "after the elections of September 2014.",
        )
    )
    later = [e for e in of_type(document, "event") if e["date"] == "2014-09"]
    assert all(not e["participants"] for e in later)


def test_a_demonym_after_the_place_names_no_place() -> None:
    # "arrived off Uraga with a squadron of American warships": the visit is not to America
    document = extract(
        seed(
            "Japan–United States relations",
            "Commodore Matthew C. Perry arrived off Uraga with a squadron of American warships in July 1853.",
        )
    )
    visits = of_type(document, "event")
    assert visits and all((v["location"] or {}).get("country") != "US" for v in visits)


def test_the_state_after_from_is_not_the_one_that_joined() -> None:
    document = extract(
        seed(
            "Kenya–United Kingdom relations",
            "Kenya became independent from the United Kingdom in 1963 and joined the Commonwealth of Nations.",
        )
    )
    assert {f["country"] for f in of_type(document, "membership")} == {"KE"}


def test_a_month_before_a_number_is_no_surname() -> None:
    document = extract(seed("Kenya–United Kingdom relations", "Uhuru Kenyatta visited London in May 2019."))
    names = {p["name"] for f in of_type(document, "event") for p in f["participants"]}
    assert names == {"Uhuru Kenyatta"}


def test_relations_broken_with_a_third_state_by_an_unnamed_one_of_the_pair_are_no_fact_of_the_pair() -> None:
    document = extract(
        seed(
            "China–Kiribati relations",
            "On 20 September 2019 the government of President Taneti Maamau broke off relations with Taipei.",
        )
    )
    assert of_type(document, "diplomatic_relations") == []


def test_the_announcement_of_relations_is_no_event_and_a_capital_after_relations_with_is_no_place() -> None:
    document = extract(
        seed(
            "China–Panama relations",
            "On 12 June 2017 President Juan Carlos Varela announced that Panama was ending its relations with Taipei.",
        )
    )
    assert of_type(document, "event") == []


def test_relations_neither_side_broke_off_are_not_severed() -> None:
    document = extract(
        seed(
            "Iran–United Kingdom relations",
            "On 30 November 2011 Britain closed its embassy in Tehran, although neither side formally broke off "
            "relations.",
        )
    )
    assert of_type(document, "diplomatic_relations") == []


def test_relations_that_had_been_elevated_were_not_established_then() -> None:
    document = extract(
        seed(
            "China–Ethiopia relations",
            "In October 2023 the two leaders announced that relations had been elevated to an all-weather strategic "
            "partnership.",
        )
    )
    assert all(f["event"] != "established" for f in of_type(document, "diplomatic_relations"))


def test_the_government_of_national_accord_is_no_agreement() -> None:
    document = extract(
        seed(
            "Libya–Malta relations",
            "In May 2020 Robert Abela met the chairman of the Government of National Accord and signed a memorandum "
            "of understanding on migration.",
        )
    )
    assert [f["title"] for f in of_type(document, "agreement")] == ["memorandum of understanding on migration"]


def test_a_day_of_a_visit_s_month_with_its_visitor_is_part_of_the_visit() -> None:
    document = extract(
        seed(
            "China–Ethiopia relations",
            "Prime Minister Abiy Ahmed took office in 2018. During Abiy's state visit to China in October 2023, at "
            "the time of the third Belt and Road Forum, Xi Jinping and Abiy announced on 17 October 2023 that "
            "relations had been elevated to an all-weather strategic partnership.",
        )
    )
    assert [(e["kind"], e["date"]) for e in of_type(document, "event")] == [("visit", "2023-10")]


def test_a_photo_caption_with_a_participle_is_no_visit() -> None:
    document = extract(
        seed("Sweden–Vietnam relations", "Prime Minister Olof Palme visiting the Bai Bang paper mill construction site")
    )
    assert of_type(document, "event") == []


def test_a_document_described_or_acted_on_is_no_signing_of_its_own() -> None:
    document = extract(
        seed(
            "Chile–China relations",
            "Chile and China signed a free trade agreement in November 2005. It was the first free trade agreement "
            "that China had concluded with a Latin American country. In November 2017 the two governments signed a "
            "protocol upgrading the free trade agreement.",
        )
    )
    assert sorted((f["title"], f["date"]) for f in of_type(document, "agreement")) == [
        ("free trade agreement", "2005-11"),
        ("protocol upgrading the free trade agreement", "2017-11"),
    ]


def test_a_state_that_has_not_joined_is_no_member_and_a_partner_parliament_has_no_group_here() -> None:
    document = extract(
        seed(
            "Mozambique–Portugal relations",
            "Mozambique is also a member of the Commonwealth of Nations, which Portugal has not joined. The Assembly "
            "of the Republic of Portugal has a friendship group with the National Assembly of Mozambique.",
        )
    )
    assert [f["country"] for f in of_type(document, "membership")] == ["MZ"]
    assert [f["country"] for f in of_type(document, "parliamentary_group")] == ["PT"]


def test_a_parliamentary_group_denied_is_none() -> None:
    document = extract(
        seed(
            "Finland–Sweden relations",
            "Neither the Eduskunta nor the Riksdag has a bilateral friendship group for the other, since contacts run "
            "through the Nordic Council.",
        )
    )
    assert of_type(document, "parliamentary_group") == []
    # (the denial speaks only for its stretch between semicolons)
    document = extract(
        seed(
            "Maldives–Sri Lanka relations",
            "The People's Majlis has a Maldives–Sri Lanka friendship group; the Parliament of Sri Lanka has no "
            "corresponding body.",
        )
    )
    assert [f["country"] for f in of_type(document, "parliamentary_group")] == ["MV"]


def test_a_lesser_status_given_apart_is_no_membership() -> None:
    document = extract(
        seed(
            "Palau–Taiwan relations",
            "Both take part in the Pacific Islands Forum, Palau as a member and Taiwan as a development partner.",
        )
    )
    assert [(f["country"], f["organization"]) for f in of_type(document, "membership")] == [
        ("PW", "Pacific Islands Forum")
    ]


def test_a_document_signed_in_an_aside_and_still_awaiting_ratification_is_both() -> None:
    document = extract(
        seed(
            "Armenia–Turkey relations",
            "The protocol on the establishment of diplomatic relations, signed in Zurich in October 2009, was still "
            "awaiting ratification by the Turkish parliament in 2010.",
        )
    )
    assert matching(document, "agreement", status="signed", date="2009-10"), brief(document, "agreement")
    assert matching(document, "agreement", status="pending", date="2010"), brief(document, "agreement")


def test_the_document_of_the_sentence_before_enters_into_force_or_awaits_ratification() -> None:
    document = extract(
        seed(
            "Chile–Peru relations",
            "In August 2006 the two governments signed a free trade agreement in Lima. The agreement entered into "
            "force in March 2009.",
        )
    )
    forced = matching(document, "agreement", status="in_force", date="2009-03")
    assert forced and forced[0]["title"].startswith("free trade agreement"), brief(document, "agreement")
    document = extract(
        seed(
            "Croatia–Slovenia relations",
            "In November 2009 the two prime ministers signed an arbitration agreement in Stockholm. Croatia had "
            "ratified a treaty with Hungary by then, and the 2009 agreement entered into force in November 2010.",
        )
    )
    forced = matching(document, "agreement", status="in_force", date="2010-11")
    assert forced and forced[0]["title"].startswith("arbitration agreement"), brief(document, "agreement")


def test_he_after_a_sentence_that_began_with_he_is_still_the_first_named() -> None:
    document = extract(
        seed(
            "Chile–China relations",
            "Gabriel Boric paid a state visit to China in October 2023. He and Xi Jinping agreed to deepen their "
            "cooperation on lithium. In November 2024 he travelled to Lima for the APEC summit, where he met Xi again.",
        )
    )
    later = matching(document, "event", date="2024-11")
    assert later and any(p["name"] == "Gabriel Boric" for p in later[0]["participants"]), brief(document, "event")
