"""Round twenty-one: person affiliations, read as general rules.

Every sentence here was written for these tests.

- "G, a mostly Fulani (Peul) armed group led by P": a short bracket among the words that say what the body is
  (not "G, a mostly Fulani (Peul) armed group fighting troops led by P").
- "G, the movement that former FARC commander P set up": a founder described by a former office over another
  body, with no article (not "the movement that former FARC commander P denounced").
- "P had posted a video pledging allegiance to G": a pledge in his own posted message (not "posted videos of
  fighters pledging allegiance to G", where others pledge).
- "G, also spelled H, was set up in 2011 by fighters under P": an alias between the name and the verb (not "G,
  whose founders met in Syria, was set up by fighters who fought under P").
- "G, the Reichsbürger network around P": the man a circle is formed around is one of it (not "G, a network
  around the home of P").
"""

from __future__ import annotations

from collections.abc import Callable

from readings import among, bodies_of

from kg.model import Extraction

Extract = Callable[..., Extraction]


def test_bracket_in_what_the_group_is(extract_text: Extract) -> None:
    ex = extract_text(
        "The raids on the villages were blamed on the UPC, a largely Fulani (Peul) armed group led by Ali Darassa."
    )
    assert among("UPC", bodies_of(ex, "Ali Darassa"))


def test_bracket_then_troops_led_by_are_not_the_group(extract_text: Extract) -> None:
    ex = extract_text(
        "The raids on the villages were blamed on the UPC, a largely Fulani (Peul) armed group fighting troops led "
        "by Ali Darassa."
    )
    assert not among("UPC", bodies_of(ex, "Ali Darassa"))


def test_group_that_former_commander_set_up(extract_text: Extract) -> None:
    ex = extract_text(
        "Dissidents quit the Segunda Marquetalia, the movement that former FARC commander Iván Márquez set up in "
        "2019, last year."
    )
    assert among("Segunda Marquetalia", bodies_of(ex, "Iván Márquez"))


def test_group_that_former_commander_denounced(extract_text: Extract) -> None:
    ex = extract_text(
        "Dissidents quit the Segunda Marquetalia, the movement that former FARC commander Iván Márquez denounced in "
        "2019, last year."
    )
    assert not among("Segunda Marquetalia", bodies_of(ex, "Iván Márquez"))


def test_posted_a_video_pledging_allegiance(extract_text: Extract) -> None:
    ex = extract_text(
        "Omar Haddad had posted a video pledging allegiance to the Islamic State hours before the stabbing."
    )
    assert among("Islamic State", bodies_of(ex, "Omar Haddad"))


def test_posted_videos_of_others_pledging(extract_text: Extract) -> None:
    ex = extract_text(
        "Omar Haddad had posted videos of fighters pledging allegiance to the Islamic State months before the stabbing."
    )
    assert not among("Islamic State", bodies_of(ex, "Omar Haddad"))


def test_alias_before_formed_under(extract_text: Extract) -> None:
    ex = extract_text(
        "Katibat Imam al-Bukhari, also spelled Katibat Imom al-Buxoriy, was set up in 2011 by Uzbek fighters under "
        "Akmal Zhurabaev, a cleric from the Fergana valley."
    )
    assert among("Katibat Imam al-Bukhari", bodies_of(ex, "Akmal Zhurabaev"))


def test_whose_clause_before_fought_under(extract_text: Extract) -> None:
    ex = extract_text(
        "Katibat Imam al-Bukhari, whose founders met in Syria, was set up in 2011 by Uzbek fighters who fought under "
        "Akmal Zhurabaev."
    )
    assert not among("Katibat Imam al-Bukhari", bodies_of(ex, "Akmal Zhurabaev"))


def test_network_around_p(extract_text: Extract) -> None:
    ex = extract_text(
        "Investigators found no link to the Patriotic Union, the Reichsbürger network around Heinrich XIII Prinz "
        "Reuss, whose members are on trial."
    )
    assert among("Patriotic Union", bodies_of(ex, "Heinrich XIII Prinz Reuss"))


def test_network_around_his_home(extract_text: Extract) -> None:
    ex = extract_text(
        "The police raided a house linked to the Patriotic Union, a network around the home of Heinrich XIII Prinz "
        "Reuss, on Friday."
    )
    assert not among("Patriotic Union", bodies_of(ex, "Heinrich XIII Prinz Reuss"))
