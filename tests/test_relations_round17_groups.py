"""Round seventeen: group-to-group and group-to-place shapes (eval/dev11), read as general rules.

Every sentence here was written for these tests.

- "X, a coastal gang that has fought Y", "X, whose factions fought Y": the apposition's or the owner's war.
- "X, the armed wing of Y, is the largest component of Z": the verb after the closed apposition is X's, not Y's.
- "X, the branch of the jihadist group that operates in A": a parent named only by its kind leaves the clause
  to the branch.
- "formed in 2014 by a handful of Y members": how many came, then from where.
- "X, the Uyghur jihadist group that fought alongside Y": an apposition with "the" names what X is.
"""

from __future__ import annotations

from collections.abc import Callable

from readings import has_fact

from kg.model import Extraction

Extract = Callable[..., Extraction]


def test_apposed_gang_that_fought_is_a_rival(extract_text: Extract) -> None:
    ex = extract_text(
        "Los Lobos, a coastal gang that has fought Los Choneros for the port, denied the killings."
    )
    assert has_fact(ex, "Los Lobos", "rivalOf", "Los Choneros")
    # near miss: the clause's subject is the other gang
    ex = extract_text(
        "Los Lobos, a coastal gang that Los Choneros has courted for years, denied the killings."
    )
    assert not has_fact(ex, "Los Lobos", "rivalOf", "Los Choneros")


def test_whose_factions_fought_is_the_owner_s_war(extract_text: Extract) -> None:
    ex = extract_text(
        "The Syrian National Army, whose factions fought the SDF near Kobani, agreed to a truce."
    )
    assert has_fact(ex, "Syrian National Army", "rivalOf", "Syrian Democratic Forces")
    # near miss: a leader who only met the other side
    ex = extract_text("The Syrian National Army, whose leader met the SDF near Kobani, agreed to a truce.")
    assert not has_fact(ex, "Syrian National Army", "rivalOf", "Syrian Democratic Forces")


def test_verb_after_closed_apposition_is_the_head_s(extract_text: Extract) -> None:
    ex = extract_text(
        "The YPG, the armed wing of the PYD, is the largest component of the US-backed Syrian Democratic Forces."
    )
    assert has_fact(ex, "People's Protection Units", "affiliateOf", "Syrian Democratic Forces")
    assert not has_fact(ex, "Democratic Union Party", "affiliateOf", "Syrian Democratic Forces")
    # near miss: an apposition inside an apposition still ties its own two names
    ex = extract_text("Katiba Macina, a faction of JNIM, an affiliate of al-Qaeda, raided the village.")
    assert has_fact(ex, "Jama'at Nusrat al-Islam wal-Muslimin", "affiliateOf", "al-Qaeda")


def test_branch_of_a_kind_named_parent_owns_the_clause(extract_text: Extract) -> None:
    ex = extract_text(
        "The Islamic State Sahel Province, the branch of the jihadist group that operates in Mali and Niger, "
        "claimed the raid."
    )
    assert has_fact(ex, "Islamic State Sahel Province", "operatesIn", "Mali")
    assert has_fact(ex, "Islamic State Sahel Province", "operatesIn", "Niger")
    # near miss: the clause has a subject of its own
    ex = extract_text(
        "The Islamic State Sahel Province, the branch of the jihadist group that the army fought in Mali, "
        "claimed the raid."
    )
    assert not has_fact(ex, "Islamic State Sahel Province", "operatesIn", "Mali")


def test_formed_by_a_handful_of_members(extract_text: Extract) -> None:
    ex = extract_text("Jund al-Aqsa was formed in 2014 by a handful of Jabhat al-Nusra members.")
    assert has_fact(ex, "Jund al-Aqsa", "formedFrom", "al-Nusra Front")
    # near miss: attacked, not formed, by them
    ex = extract_text("Jund al-Aqsa was attacked in 2014 by a handful of Jabhat al-Nusra members.")
    assert not has_fact(ex, "Jund al-Aqsa", "formedFrom", "al-Nusra Front")


def test_the_group_that_fought_alongside_is_an_ally(extract_text: Extract) -> None:
    ex = extract_text(
        "Recruits drifted to the Turkistan Islamic Party, the Uyghur jihadist group that fought alongside HTS "
        "for a decade."
    )
    assert has_fact(ex, "Turkistan Islamic Party", "alliedWith", "Hayat Tahrir al-Sham")
    # near miss: the group HTS fought
    ex = extract_text(
        "Recruits drifted to the Turkistan Islamic Party, the Uyghur jihadist group that HTS fought for a decade."
    )
    assert not has_fact(ex, "Turkistan Islamic Party", "alliedWith", "Hayat Tahrir al-Sham")


def test_began_as_a_wing_then_broke_away_is_an_origin(extract_text: Extract) -> None:
    ex = extract_text(
        "Los Lobos began as an armed wing of Los Choneros and broke away after its leader was shot in 2020."
    )
    assert has_fact(ex, "Los Lobos", "formedFrom", "Los Choneros")
    assert not has_fact(ex, "Los Lobos", "affiliateOf", "Los Choneros")
    # near miss: no break, still a wing
    ex = extract_text("Los Lobos began as an armed wing of Los Choneros and grew quickly after 2020.")
    assert has_fact(ex, "Los Lobos", "affiliateOf", "Los Choneros")


def test_members_modifier_is_not_the_subject_of_the_next_verb(extract_text: Extract) -> None:
    ex = extract_text(
        "Jund al-Aqsa was formed in 2014 by a handful of Jabhat al-Nusra members and regarded itself as the "
        "Syrian branch of al-Qaeda."
    )
    assert has_fact(ex, "Jund al-Aqsa", "affiliateOf", "al-Qaeda")
    assert not has_fact(ex, "al-Nusra Front", "affiliateOf", "al-Qaeda")
    # near miss: the group itself is the subject of both verbs
    ex = extract_text("Jabhat al-Nusra grew fast and regarded itself as the Syrian branch of al-Qaeda.")
    assert has_fact(ex, "al-Nusra Front", "affiliateOf", "al-Qaeda")


def test_both_members_of_puts_every_listed_group_in_the_whole(extract_text: Extract) -> None:
    ex = extract_text(
        "The raiders were fighters of Jaysh al-Islam and of Ahrar al-Sham, both members of the Syrian National Army."
    )
    assert has_fact(ex, "Jaysh al-Islam", "affiliateOf", "Syrian National Army")
    assert has_fact(ex, "Ahrar al-Sham", "affiliateOf", "Syrian National Army")
    # near miss: both enemies of the whole, not members
    ex = extract_text(
        "The raiders were fighters of Jaysh al-Islam and of Ahrar al-Sham, both enemies of the Syrian National Army."
    )
    assert not has_fact(ex, "Jaysh al-Islam", "affiliateOf", "Syrian National Army")
    assert not has_fact(ex, "Ahrar al-Sham", "affiliateOf", "Syrian National Army")
