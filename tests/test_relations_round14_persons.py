"""Round fourteen: people and the bodies they belong to (affiliatedWith), read as general rules.

Every sentence here was written for these tests; each reading sits beside a near miss of the same shape.

- What a body's men did to someone ("its members took prosecutor P hostage") gives him no office in it.
- "Its" just after a quotation is the speaker's body, not one the speaker named.
- "His military spokesman, P" is a man's spokesman, not the army's.
- A president or prime minister named by his place ("Iraqi Prime Minister P") is in that place's government.
- "The ministry's spokesman, Colonel P" works at the one ministry the story names.
- "P, who leads our programme on X" works for the publisher its masthead names.
- Declaring support or filming oneself pledging allegiance; "P ... in which he declared his allegiance to G".
- "The attackers belonged to G ... and named them as A and B": A and B are G's.
- "a fellow at King's College London's Y": the body whose name is long may own the part he works in.
- "Denver Police Chief P": the force whose name holds the city's, wherever the story names it.
- A wire's byline and credits name staff of the agency its dateline names.
- "A commander who gave his name as P" after "G claimed the raid in a video" is G's.
- "the G cell that moved there in 2021 under a commander called P"; "G was founded ... and is led by P".
- "The presiding judge, P" sits on the court the trial is before.
- "P, the leader of X and one of the most powerful figures in Y": he is in Y too.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import among, bodies_of, has_fact

from kg.model import Extraction

Extract = Callable[..., Extraction]


def test_a_hostage_taken_by_the_group_holds_no_office_in_it(extract_text: Extract) -> None:
    taken = extract_text("In 2019 two al-Shabaab members took prosecutor Omar Farah hostage in Garissa.")
    assert not among("al-Shabaab", bodies_of(taken, "Omar Farah"))
    spoke = extract_text("Al-Shabaab spokesman Ali Dhere said the group would fight on.")
    assert has_fact(spoke, "Ali Dhere", "affiliatedWith", "al-Shabaab")


def test_a_prosecutor_taken_hostage_is_not_read_into_the_prosecution_named(extract_text: Extract) -> None:
    opening = "The Office of the Director of Public Prosecutions said it had charged five men on Monday. "
    taken = extract_text(opening + "In 2015 gunmen took prosecutor Mary Wanjiku hostage in Garissa.")
    assert not among("Prosecutions", bodies_of(taken, "Mary Wanjiku"))
    spoke = extract_text(
        opening + "Senior prosecutor Mary Wanjiku told the court the men had planned the attack."
    )
    assert among("Prosecutions", bodies_of(spoke, "Mary Wanjiku"))


def test_his_military_spokesman_is_not_the_armys(extract_text: Extract) -> None:
    opening = "The Nigerian Army said on Monday that troops had killed 20 insurgents near Bama. "
    his = extract_text(
        opening
        + "The president praised the statement issued by his military spokesman, Colonel Musa Danladi."
    )
    assert not among("Army", bodies_of(his, "Musa Danladi"))
    army = extract_text(opening + "Army spokesman Colonel Musa Danladi said the operation would go on.")
    assert among("Army", bodies_of(army, "Musa Danladi"))


def test_its_after_a_quotation_is_not_a_body_the_quotation_names(extract_text: Extract) -> None:
    quoted = extract_text(
        "The Joint Task Force said it believed the leaflet was genuine. "
        '"The route the kidnappers used is that of al-Shabaab," its commander, General Juan Ortiz, told reporters.'
    )
    assert not among("al-Shabaab", bodies_of(quoted, "Juan Ortiz"))
    # ("its" is the body that opens the sentence before)
    assert among("Joint Task Force", bodies_of(quoted, "Juan Ortiz"))
    plain = extract_text(
        "Al-Shabaab said it had taken the hostages. Its commander, Juan Ortiz, told reporters the ransom was fair."
    )
    assert among("al-Shabaab", bodies_of(plain, "Juan Ortiz"))


def test_a_prime_minister_named_by_his_country_is_in_its_government(extract_text: Extract) -> None:
    later = " The Government of Iraq said it would open an investigation into the attack."
    iraqi = extract_text(
        "The envoy spoke by phone on Tuesday with Iraqi Prime Minister Ali Karim Hassan." + later
    )
    assert among("Iraq", bodies_of(iraqi, "Ali Karim Hassan"))
    kenyan = extract_text(
        "The envoy spoke by phone on Tuesday with Kenyan President Joseph Mwangi Kariuki." + later
    )
    assert not among("Iraq", bodies_of(kenyan, "Joseph Mwangi Kariuki"))


def test_a_regions_president_is_in_the_regions_government(extract_text: Extract) -> None:
    ex = extract_text(
        "Puntland's president, Abdirahman Yusuf Ali, visited the front last week. "
        "The Puntland government said the offensive would go on."
    )
    assert among("Puntland", bodies_of(ex, "Abdirahman Yusuf Ali"))


def test_the_ministrys_spokesman_is_at_the_one_ministry_named(extract_text: Extract) -> None:
    filler = (
        "A roadside bomb struck an army truck near the border. Two soldiers died at the scene. "
        "Four others were wounded. The army shelled the mountain for a week. "
    )
    spokesman = "The ministry's spokesman, Colonel Karim Haddad, said investigators were examining the claim."
    one = extract_text(
        "According to the Ministry of National Defence, the attack came at night. " + filler + spokesman
    )
    assert has_fact(one, "Karim Haddad", "affiliatedWith", "Ministry of National Defence")
    two = extract_text(
        "The Ministry of Interior and the Ministry of National Defence gave different accounts. "
        + filler
        + spokesman
    )
    assert not bodies_of(two, "Karim Haddad")


def test_our_programme_is_the_publishers(extract_text: Extract) -> None:
    said = '"A claim is a recruiting poster," said Dr Awa Diallo, who leads our programme on armed groups.'
    masthead = extract_text("Sahel Security Institute · Briefing No. 7 · Dakar · 3 May 2025\n\n" + said)
    assert has_fact(masthead, "Awa Diallo", "affiliatedWith", "Sahel Security Institute")
    none = extract_text("The Sahel Security Institute published a briefing on Monday.\n\n" + said)
    assert not bodies_of(none, "Awa Diallo")


def test_declared_support_and_a_filmed_pledge(extract_text: Extract) -> None:
    support = extract_text(
        "In January Karim Nasser, a Texas man who had declared support for the Islamic State, drove a truck "
        "into a crowd."
    )
    assert has_fact(support, "Karim Nasser", "affiliatedWith", "Islamic State")
    ban = extract_text(
        "In January Karim Nasser, a Texas man who had declared support for a ban on the Islamic State, spoke "
        "to the crowd."
    )
    assert not bodies_of(ban, "Karim Nasser")
    filmed = extract_text(
        "The ringleader, Youssef Amrani, had filmed himself pledging allegiance to IS in May."
    )
    assert has_fact(filmed, "Youssef Amrani", "affiliatedWith", "Islamic State")


def test_he_in_a_clause_pledges_for_the_one_person_named(extract_text: Extract) -> None:
    one = extract_text(
        "The suspect, Daniel Ross Keller, posted three videos to social media in the hours before the attack "
        "in which he declared his allegiance to ISIS, "
        "the FBI said."
    )
    assert has_fact(one, "Daniel Ross Keller", "affiliatedWith", "Islamic State")
    mocked = extract_text(
        "The suspect, Daniel Ross Keller, posted three videos in which he mocked those who had declared "
        "allegiance to ISIS, the FBI said."
    )
    assert not among("Islamic State", bodies_of(mocked, "Daniel Ross Keller"))
    denied = extract_text(
        "The suspect, Daniel Ross Keller, told the court during the second day of his trial in Denver that "
        "he had never been a member and denied that he had sworn allegiance to ISIS."
    )
    assert not among("Islamic State", bodies_of(denied, "Daniel Ross Keller"))


def test_attackers_said_to_belong_to_a_group_and_then_named(extract_text: Extract) -> None:
    belonged = extract_text(
        "The minister said the attackers belonged to al-Shabaab and named them as Ahmed Warsame, 24, "
        "and Yusuf Omar, 29."
    )
    assert has_fact(belonged, "Ahmed Warsame", "affiliatedWith", "al-Shabaab")
    assert has_fact(belonged, "Yusuf Omar", "affiliatedWith", "al-Shabaab")
    fought = extract_text(
        "The minister said the attackers had long fought al-Shabaab and named them as Ahmed Warsame, 24, "
        "and Yusuf Omar, 29."
    )
    assert not bodies_of(fought, "Ahmed Warsame") and not bodies_of(fought, "Yusuf Omar")


def test_a_long_owners_name_before_the_part_he_works_in(extract_text: Extract) -> None:
    fellow = extract_text(
        "Jane Holt, a senior research fellow at George Washington University's Program on Extremism, said "
        "the claim was opportunistic."
    )
    assert among("Program on Extremism", bodies_of(fellow, "Jane Holt"))
    critic = extract_text(
        "Jane Holt, a critic of George Washington University's Program on Extremism, said the claim was "
        "opportunistic."
    )
    assert not among("Program on Extremism", bodies_of(critic, "Jane Holt"))


def test_a_city_police_chief_is_in_the_force_named_for_the_city(extract_text: Extract) -> None:
    later = " The Denver Police Department said the FBI was assisting."
    denver = extract_text("Denver Police Chief Ron Thomas said the driver acted alone." + later)
    assert has_fact(denver, "Ron Thomas", "affiliatedWith", "Denver Police Department")
    aurora = extract_text("Aurora Police Chief Ron Thomas said the driver acted alone." + later)
    assert not among("Denver", bodies_of(aurora, "Ron Thomas"))


def test_a_wires_byline_is_the_agency_its_dateline_names(extract_text: Extract) -> None:
    body = "Gunmen killed four people in Lamu on Saturday, police told Reuters.\n\nBy Peter Kamau\n"
    wire = extract_text("NAIROBI, May 3 (Reuters) - " + body)
    assert has_fact(wire, "Peter Kamau", "affiliatedWith", "Reuters")
    no_dateline = extract_text("NAIROBI, May 3 - " + body)
    assert not bodies_of(no_dateline, "Peter Kamau")


def test_a_commander_in_the_groups_own_video(extract_text: Extract) -> None:
    claim = "The Turkistan Islamic Party claimed the raid in a video released on Tuesday. "
    commander = extract_text(
        claim
        + "A commander who gave his name as Omar al-Turkistani said the raid was a gift to their brothers."
    )
    assert has_fact(commander, "Omar al-Turkistani", "affiliatedWith", "Turkistan Islamic Party")
    resident = extract_text(
        claim + "A resident who gave his name as Omar Hallaq said the raid had lasted an hour."
    )
    assert not bodies_of(resident, "Omar Hallaq")


def test_a_cell_that_moved_under_a_named_commander(extract_text: Extract) -> None:
    cell = extract_text(
        "It competes with the Boko Haram cell that moved into the same forests after 2021 under a commander "
        "called John Mbeki."
    )
    assert has_fact(cell, "John Mbeki", "affiliatedWith", "Boko Haram")
    amnesty = extract_text(
        "Boko Haram fighters that surrendered under an amnesty offered by President Bola Tinubu were freed."
    )
    assert not among("Boko Haram", bodies_of(amnesty, "Bola Tinubu"))


def test_founded_and_led_by_reads_the_subject_that_opens_the_sentence(extract_text: Extract) -> None:
    led = extract_text(
        'The Primeiro Comando da Capital, the "First Capital Command", was founded in 1993 by inmates of a '
        "prison annex in São Paulo state and is led by Marcos Camacho, who is held in Brasília."
    )
    assert has_fact(led, "Marcos Camacho", "affiliatedWith", "Primeiro Comando da Capital")
    raid = extract_text(
        "Police said the Primeiro Comando da Capital was founded in 1993 and that the raid was led by Marcos Camacho."
    )
    assert not bodies_of(raid, "Marcos Camacho")


def test_the_presiding_judge_in_apposition_sits_on_the_court(extract_text: Extract) -> None:
    court = "The Higher Regional Court in Frankfurt on Tuesday sentenced nine men for forming a cell. "
    judge = extract_text(court + "The presiding judge, Karim Benali, said the evidence was clear.")
    # (the court's name may take its town: "Higher Regional Court in Frankfurt")
    assert among("Higher Regional Court", bodies_of(judge, "Karim Benali"))
    clerk = extract_text(court + "The judge's clerk, Karim Benali, said the evidence was clear.")
    assert not bodies_of(clerk, "Karim Benali")


def test_a_second_office_after_and_one_of(extract_text: Extract) -> None:
    figure = extract_text(
        "Police blamed the raid on the men of Pierre Laurent Joseph, the leader of the Kraze Baryè gang and "
        "one of the most powerful figures in Viv Ansanm."
    )
    assert has_fact(figure, "Pierre Laurent Joseph", "affiliatedWith", "Viv Ansanm")
    critic = extract_text(
        "Police blamed the raid on the men of Pierre Laurent Joseph, the leader of the Kraze Baryè gang and "
        "one of the fiercest critics of Viv Ansanm."
    )
    assert not among("Viv Ansanm", bodies_of(critic, "Pierre Laurent Joseph"))
