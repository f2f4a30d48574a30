"""Election extractor: phrasings of our own, negatives, and the seed gate."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

import pytest

from chancery.extract import election

SHARED = Path(__file__).resolve().parents[2].parent / "shared"


def facts(annotate_text: Callable[..., Any], text: str, **kw: Any) -> set[tuple[str, str, Any]]:
    return {(m.get("actor"), m.get("body"), m.get("term")) for m in election.extract(annotate_text(text, **kw))}


POSITIVES = [
    ("Thailand was elected to the UN Human Rights Council on Tuesday.", {("THA", "ORG:UNHRC", None)}),
    ("Indonesia has been re-elected to the Human Rights Council for the 2024-2026 term.", {("IDN", "ORG:UNHRC", "2024-2026")}),
    ("Malaysia was elected as a non-permanent member of the UN Security Council for 2027–28.", {("MYS", "ORG:UNSC", "2027-2028")}),
    ("Pakistan won a seat on the Security Council with 182 votes.", {("PAK", "ORG:UNSC", None)}),
    ("The Philippines secured a non-permanent seat on the UN Security Council for the 2027-2028 term.",
     {("PHL", "ORG:UNSC", "2027-2028")}),
    ("Laos was voted onto the UNESCO Executive Board.", {("LAO", "UNESCO Executive Board", None)}),
    ("Cambodia elected to World Heritage Committee", {("KHM", "World Heritage Committee (UNESCO)", None)}),
    ("Japan officially got elected to the UN Economic and Social Council.", {("JPN", "UN Economic and Social Council (ECOSOC)", None)}),
    ("Singapore was elected Vice President of the 79th UN General Assembly.",
     {("SGP", "Vice President of the 79th UN General Assembly (UNGA)", None)}),
    ("Myanmar's re-election to the UNESCO Executive Board was welcomed in Yangon.", {("MMR", "UNESCO Executive Board", None)}),
    ("The election of Mongolia to the UN Human Rights Council drew praise.", {("MNG", "ORG:UNHRC", None)}),
    ("Brazil became the first Latin American country to be elected to the ECOSOC presidency twice.", {("BRA", "ORG:ECOSOC", None)}),
    ("India was elected by the UN General Assembly to the Human Rights Council for 2025 to 2027.",
     {("IND", "ORG:UNHRC", "2025-2027")}),
    ("Kenya was elected to the UNESCO Executive Board on Thursday.", {("KEN", "UNESCO Executive Board", None)}),
]

LISTS = [
    ("Vietnam, South Korea and Qatar were elected to the UN Human Rights Council.",
     {("VNM", "ORG:UNHRC", None), ("KOR", "ORG:UNHRC", None), ("QAT", "ORG:UNHRC", None)}),
    ("The General Assembly on Friday elected Denmark, Greece, Pakistan, Panama and Somalia as non-permanent members "
     "of the Security Council for 2025-2026.",
     {(c, "ORG:UNSC", "2025-2026") for c in ("DNK", "GRC", "PAK", "PAN", "SOM")}),
    ("Kenya and Chile were re-elected to the Human Rights Council.", {("KEN", "ORG:UNHRC", None), ("CHL", "ORG:UNHRC", None)}),
]

PERSONS = [
    ("Japan's candidate Hiroshi Tanaka was elected to the International Law Commission for the 2023-2027 term.",
     {("Hiroshi Tanaka", "International Law Commission (ILC)", "2023-2027")}),
    ("Professor Maria Santos, the Philippines' nominee, was elected a judge of the International Tribunal for the Law of the Sea.",
     {("Maria Santos", "judge of the International Tribunal for the Law of the Sea (ITLOS)", None)}),
]

# a person elected to a post; a later surname; "the commission" for a body named before
PERSONS_MORE = [
    ("The General Assembly on Tuesday elected Dennis Francis, a veteran diplomat from Trinidad and Tobago, "
     "as president of its 78th session.",
     {("Dennis Francis", "President of the General Assembly (78th session)", None)}),
    ("Delegates at the UN General Assembly cheered on Friday. Later the assembly elected Peter Thomson, Fiji's ambassador, "
     "as president of its next session.",
     {("Peter Thomson", "President of the UN General Assembly (next session)", None)}),
    ("UN member states elected Abdulla Shahid of the Maldives as president of the 76th session of the General Assembly.",
     {("Abdulla Shahid", "president of the 76th session of the General Assembly (UNGA)", None)}),
    ("Csaba Korosi of Hungary was elected President of the 77th session of the UN General Assembly.",
     {("Csaba Korosi", "President of the 77th session of the UN General Assembly (UNGA)", None)}),
    ("Judge Hilary Charlesworth of Australia was elected to the International Court of Justice in 2021.",
     {("Hilary Charlesworth", "International Court of Justice (ICJ)", None)}),
    ("Vietnam's candidate, Professor Nguyen Thi Lan, was elected to the UN Commission on International Trade Law for 2025-2031.",
     {("Nguyen Thi Lan", "UN Commission on International Trade Law (UNCITRAL)", "2025-2031")}),
    ("Professor Maria Santos was elected to the International Law Commission in 2016. "
     "Santos was re-elected to the commission in 2021 for the 2023-2027 term.",
     {("Maria Santos", "International Law Commission (ILC)", None), ("Maria Santos", "International Law Commission (ILC)", "2023-2027")}),
    ("Indonesia was elected to the UN Human Rights Council on Friday. "
     "The country secured a seat on the 47-member council for 2024-2026 with 144 votes.",
     {("IDN", "ORG:UNHRC", "2024-2026")}),
]

PERSONS_NEGATIVES = [
    "The National Assembly elected Tran Thanh Man, a veteran politician, as chairman of its standing committee.",
    "The party congress elected To Lam, the incumbent, as general secretary.",
    "The UN Security Council met on Monday. The city council elected Jane Smith, a lawyer, as chair of its 12th session.",
    "Morales won a seat on the commission.",
    "The UN Human Rights Council met in Geneva. Chile won a seat on the city council.",
]


@pytest.mark.parametrize("text,expected", PERSONS_MORE)
def test_person_and_generic_body(annotate_text: Callable[..., Any], text: str, expected: set[tuple[str, str, Any]]) -> None:
    assert facts(annotate_text, text) == expected


@pytest.mark.parametrize("text", PERSONS_NEGATIVES)
def test_person_and_generic_body_negative(annotate_text: Callable[..., Any], text: str) -> None:
    assert facts(annotate_text, text) == set()


def test_surname_on_a_local_council_is_not_carried(annotate_text: Callable[..., Any]) -> None:
    text = "Professor Maria Santos was elected to the International Law Commission in 2016. Santos won a seat on the city council in 2019."
    assert facts(annotate_text, text) == {("Maria Santos", "International Law Commission (ILC)", None)}


NEGATIVES = [
    "Vietnam is running for re-election to the UN Human Rights Council for the 2026-2028 term.",
    "Hanoi called on member states to support its candidacy for a seat on the UN Security Council.",
    "Thailand will stand for election to the UNESCO Executive Board next year.",
    "Japan hopes to be elected to the Security Council in June.",
    "Indonesia is seeking election to the Human Rights Council.",
    "Malaysia's bid for a seat on the UN Security Council was launched in Kuala Lumpur.",
    "Luong Cuong was elected State President by the National Assembly.",
    "He was elected General Secretary of the Party Central Committee at the congress.",
    "Voters in Japan elected a new lower house on Sunday.",
    "The country will hold a general election in May.",
    "South Korea would be elected to the Council if it gains two-thirds of the votes.",
    "She was elected to parliament in 2021.",
]


# the body (and term) of the latest election carried to a later list with no body of its own
CARRIED = [
    ("Ethiopia was elected to the UN Human Rights Council for 2027-2029 on Tuesday. Brazil and Chile were also elected.",
     {("ETH", "ORG:UNHRC", "2027-2029"), ("BRA", "ORG:UNHRC", "2027-2029"), ("CHL", "ORG:UNHRC", "2027-2029")}),
    ("The General Assembly elected Denmark as a non-permanent member of the Security Council for 2025-2026. "
     "Pakistan, Panama and Somalia also won seats in the vote, while Greece secured the other Western European seat "
     "after a second round.",
     {(c, "ORG:UNSC", "2025-2026") for c in ("DNK", "PAK", "PAN", "SOM", "GRC")}),
    ("Japan was re-elected to the UNESCO Executive Board on Friday. In the same ballot, Cambodia and Laos were elected too.",
     {(c, "UNESCO Executive Board", None) for c in ("JPN", "KHM", "LAO")}),
    ("Sierra Leone won a seat on the UN Security Council for 2024-2025.\n"
     "Guyana, Slovenia and South Korea were elected alongside it, with Algeria clinching the Arab seat unopposed.\n"
     "Algeria won the remaining seat in a run-off.",
     {(c, "ORG:UNSC", "2024-2025") for c in ("SLE", "GUY", "SVN", "KOR")} | {("DZA", "ORG:UNSC", "2024-2025")}),
]

CARRIED_NEGATIVES = [
    "Estonia and Niger were also elected in the same vote.",  # no earlier election in the document
    "Chile won seats in the National Congress on Sunday.",
    "Norway was elected to the UN Security Council. Sweden hopes to be elected next year.",
    "Norway was elected to the UN Security Council. Sweden failed to win a seat.",
    "Norway was elected to the UN Security Council. Iceland was elected to the National Assembly. Denmark was elected chair.",
    "Ghana was elected to the Human Rights Council. Later, John Mahama was elected president.",
    "Peru was elected to the Human Rights Council on Monday. Chile's ruling coalition won seats in parliament.",
]


@pytest.mark.parametrize("text,expected", CARRIED)
def test_carried_body(annotate_text: Callable[..., Any], text: str, expected: set[tuple[str, str, Any]]) -> None:
    assert facts(annotate_text, text) == expected


@pytest.mark.parametrize("text", CARRIED_NEGATIVES)
def test_carried_negative(annotate_text: Callable[..., Any], text: str) -> None:
    first = {f for f in facts(annotate_text, text.split(". ")[0] + ".")} if ". " in text else set()
    assert facts(annotate_text, text) == first


def test_carried_term_dropped_for_another_vote(annotate_text: Callable[..., Any]) -> None:
    text = "India was elected to the UN Security Council for 2021-2022. Pakistan was also elected in 2012."
    assert ("PAK", "ORG:UNSC", None) in facts(annotate_text, text)


@pytest.mark.parametrize("text,expected", POSITIVES + LISTS + PERSONS)
def test_positive(annotate_text: Callable[..., Any], text: str, expected: set[tuple[str, str, Any]]) -> None:
    assert facts(annotate_text, text) == expected


@pytest.mark.parametrize("text", NEGATIVES)
def test_negative(annotate_text: Callable[..., Any], text: str) -> None:
    assert facts(annotate_text, text) == set()


def test_pronoun_subject_uses_previous_sentence(annotate_text: Callable[..., Any]) -> None:
    text = "Indonesia has long championed human rights dialogue. It was re-elected to the Human Rights Council on Friday."
    assert facts(annotate_text, text) == {("IDN", "ORG:UNHRC", None)}


def test_repeated_fact_counts_once(annotate_text: Callable[..., Any]) -> None:
    text = "Chile was elected to the Human Rights Council. Chile was elected to the Human Rights Council by secret ballot."
    assert len(election.extract(annotate_text(text))) == 1


def test_contract_fields_and_evidence(annotate_text: Callable[..., Any]) -> None:
    adoc = annotate_text("Peru was elected to the UN Human Rights Council for the 2026-2028 term.")
    (m,) = election.extract(adoc)
    out = m.to_contract()
    assert out["kind"] == "election" and {"actor", "body", "term"} <= set(out)
    assert adoc.text[out["evidence"]["start"] : out["evidence"]["end"]] == out["evidence"]["text"]



# -- construction families (round 3) ------------------------------------------
# active: <electing body> elected/voted/chose <state(s)> (as) (a) <member/seat> of/on/onto <body> (term before or after)
ACTIVE_FAMILY = [
    ("The UN General Assembly elected Norway a non-permanent member of the Security Council for the 2021-2022 term.",
     {("NOR", "ORG:UNSC", "2021-2022")}),
    ("On Friday the General Assembly elected Ecuador, Japan and Malta non-permanent members of the UN Security Council.",
     {("ECU", "ORG:UNSC", None), ("JPN", "ORG:UNSC", None), ("MLT", "ORG:UNSC", None)}),
    ("For the 2019-2020 term, the General Assembly elected Indonesia a non-permanent member of the UN Security Council.",
     {("IDN", "ORG:UNSC", "2019-2020")}),
    ("The General Assembly again voted Ireland onto the UN Security Council, this time for 2021-2022.",
     {("IRL", "ORG:UNSC", "2021-2022")}),
    ("UN member states voted Sierra Leone and Slovenia onto the Security Council on Tuesday.",
     {("SLE", "ORG:UNSC", None), ("SVN", "ORG:UNSC", None)}),
    ("Member states on Thursday chose Panama for a seat on the UN Security Council for 2025-2026.",
     {("PAN", "ORG:UNSC", "2025-2026")}),
    ("The assembly re-elected Brazil to the UN Human Rights Council for 2024-2026.", {("BRA", "ORG:UNHRC", "2024-2026")}),
    ("In a secret ballot the General Assembly elected Kenya to the Human Rights Council with 157 votes.",
     {("KEN", "ORG:UNHRC", None)}),
    ("Delegates voted Ghana into the UN Human Rights Council for a second term.", {("GHA", "ORG:UNHRC", None)}),
    ("The General Assembly picked Mexico as a non-permanent member of the Security Council.", {("MEX", "ORG:UNSC", None)}),
    ("Last June the assembly elected Estonia, for the first time, a non-permanent member of the Security Council.",
     {("EST", "ORG:UNSC", None)}),
    ("The UN Security Council was expanded in 1965. Years later the General Assembly voted Vietnam onto the Council.",
     {("VNM", "ORG:UNSC", None)}),
]

ACTIVE_FAMILY_NEGATIVES = [
    "The General Assembly will elect Norway a non-permanent member of the Security Council next week.",
    "The General Assembly is expected to elect Chile to the Human Rights Council.",
    "The assembly failed to elect Slovakia to the Security Council in the first round.",
    "Voters elected Lula president of Brazil.",
    "The National Assembly elected Vo Van Thuong State President.",
    "The General Assembly voted Russia off the UN Human Rights Council.",
    "The General Assembly voted to suspend Russia from the Human Rights Council.",
    "Member states may choose Peru for a seat on the Security Council.",
]

# "won/secured/clinched/took (a) <body> seat(s)", headline present tense, and "secured theirs" after a vote
SEAT_FAMILY = [
    ("Japan wins UN Security Council seat", {("JPN", "ORG:UNSC", None)}),
    ("Colombia and Bahrain secure Security Council seats", {("COL", "ORG:UNSC", None), ("BHR", "ORG:UNSC", None)}),
    ("Estonia clinched a Security Council seat for the first time in 2019.", {("EST", "ORG:UNSC", None)}),
    ("South Korea took a non-permanent seat on the Security Council for 2024-2025.", {("KOR", "ORG:UNSC", "2024-2025")}),
    ("Chile won a Human Rights Council seat with 144 votes.", {("CHL", "ORG:UNHRC", None)}),
    ("Vietnam became a non-permanent member of the UN Security Council for 2020-2021.", {("VNM", "ORG:UNSC", "2020-2021")}),
    ("The General Assembly elected Algeria a non-permanent member of the Security Council for 2024-2025. "
     "Guyana and Sierra Leone also won seats, while Ecuador and Malta secured theirs after a run-off.",
     {(c, "ORG:UNSC", "2024-2025") for c in ("DZA", "GUY", "SLE", "ECU", "MLT")}),
    ("The General Assembly voted Niger onto the UN Security Council for 2020-2021. Tunisia, Estonia and Saint Vincent "
     "and the Grenadines were elected on the same day; the island state became the smallest member ever.",
     {(c, "ORG:UNSC", "2020-2021") for c in ("NER", "TUN", "EST", "VCT")}),
]

SEAT_FAMILY_NEGATIVES = [
    "Turkey hopes to win a Security Council seat.",
    "India did not win a seat on the Security Council.",
    "Syria lost its bid for a Human Rights Council seat.",
    "Germany became a member of NATO in 1955.",
    "Vietnam will become a non-permanent member of the Security Council in January.",
    "The ruling party won 300 seats in parliament.",
]


@pytest.mark.parametrize("text,expected", ACTIVE_FAMILY + SEAT_FAMILY)
def test_family_positive(annotate_text: Callable[..., Any], text: str, expected: set[tuple[str, str, Any]]) -> None:
    assert facts(annotate_text, text) == expected


@pytest.mark.parametrize("text", ACTIVE_FAMILY_NEGATIVES + SEAT_FAMILY_NEGATIVES)
def test_family_negative(annotate_text: Callable[..., Any], text: str) -> None:
    assert facts(annotate_text, text) == set()


def test_legislative_seats_are_not_elections(annotate_text: Callable[..., Any]) -> None:
    assert facts(annotate_text, "Italy's governing party won European Parliament seats in June.") == set()


# -- construction families (round 5) ------------------------------------------
# inverted passive / joining: "Also elected (to <body>) were A, B and C (, among others)", "Joining it on the council are A and B"
INVERTED_FAMILY = [
    ("Peru was elected to the UN Human Rights Council for 2025-2027. Also elected to the 47-member body were Ghana, "
     "Spain and Thailand.",
     {(c, "ORG:UNHRC", "2025-2027") for c in ("PER", "GHA", "ESP", "THA")}),
    ("Also elected to the Human Rights Council were Kenya and Chile, among others.",
     {("KEN", "ORG:UNHRC", None), ("CHL", "ORG:UNHRC", None)}),
    ("Japan was re-elected to the UNESCO Executive Board on Friday. Also re-elected were Laos and Cambodia.",
     {(c, "UNESCO Executive Board", None) for c in ("JPN", "LAO", "KHM")}),
    ("India won a seat on the UN Security Council for 2021-2022. Joining it on the council are Norway, Ireland and Mexico.",
     {(c, "ORG:UNSC", "2021-2022") for c in ("IND", "NOR", "IRL", "MEX")}),
    ("Among the countries elected to the Human Rights Council on Tuesday were Malawi and Nepal.",
     {("MWI", "ORG:UNHRC", None), ("NPL", "ORG:UNHRC", None)}),
    ("Brazil was elected to the UN Human Rights Council. Joining Brazil on the council for the 2024-2026 term are "
     "Indonesia and Kuwait.",
     {("BRA", "ORG:UNHRC", None), ("IDN", "ORG:UNHRC", "2024-2026"), ("KWT", "ORG:UNHRC", "2024-2026")}),
    ("Also voted onto the Security Council were Denmark and Greece.", {("DNK", "ORG:UNSC", None), ("GRC", "ORG:UNSC", None)}),
    ("Somalia was elected to the UN Security Council for 2025-2026. Also winning seats were Pakistan and Panama.",
     {(c, "ORG:UNSC", "2025-2026") for c in ("SOM", "PAK", "PAN")}),
]

INVERTED_NEGATIVES = [
    "Also running for the Human Rights Council are Russia and Peru.",
    "Also seeking election to the council are Albania and Brazil.",
    "Also expected to be elected to the Security Council are Somalia and Pakistan.",
    "The UN Security Council met on Monday. Joining the talks in Geneva were France and Germany.",
    "Chile was elected to the UN Human Rights Council. Also elected were the speaker and his deputy.",
]

# a time word between the trigger and the body: "was elected today/on Thursday/last week as a member of <body>"
TIME_FAMILY = [
    ("Chile was elected today as a member of the UN Human Rights Council for the 2025-2027 period.",
     {("CHL", "ORG:UNHRC", "2025-2027")}),
    ("Nepal was elected on Thursday as a member of the Human Rights Council.", {("NPL", "ORG:UNHRC", None)}),
    ("Ghana was re-elected yesterday to the UN Human Rights Council.", {("GHA", "ORG:UNHRC", None)}),
    ("Japan was elected last week as a non-permanent member of the Security Council.", {("JPN", "ORG:UNSC", None)}),
    ("Poland was elected on 12 June to the UN Security Council.", {("POL", "ORG:UNSC", None)}),
    ("Peru was elected this morning to the Human Rights Council with 160 votes.", {("PER", "ORG:UNHRC", None)}),
    ("Kenya was elected earlier today to the UN Human Rights Council.", {("KEN", "ORG:UNHRC", None)}),
    ("Belgium was elected on Tuesday, October 10, as a member of the Human Rights Council.", {("BEL", "ORG:UNHRC", None)}),
]

TIME_NEGATIVES = [
    "Chile will be elected today as a member of the Human Rights Council, diplomats expect.",
    "Chile was elected today as a member of the Senate.",
    "Nepal hopes to be elected on Thursday as a member of the Human Rights Council.",
]

# an organ of a specialised agency: "the ILO Governing Body", "the Governing Body of the ILO", "WHO Executive Board"
ORGAN_FAMILY = [
    ("Viet Nam elected to the ILO Governing Body", {("VNM", "ILO Governing Body", None)}),
    ("Ghana was elected a titular member of the Governing Body of the International Labour Organization (ILO) for 2024-2027.",
     {("GHA", "ILO Governing Body", "2024-2027")}),
    ("Indonesia was elected to the Governing Body of the ILO.", {("IDN", "ILO Governing Body", None)}),
    ("Thailand was elected to the WHO Executive Board for 2023-2026.", {("THA", "WHO Executive Board", "2023-2026")}),
    ("The World Health Assembly elected Brazil and Kenya to the Executive Board of the World Health Organization (WHO).",
     {("BRA", "WHO Executive Board", None), ("KEN", "WHO Executive Board", None)}),
    ("Bangladesh, India and Japan were elected titular members of the ILO Governing Body.",
     {(c, "ILO Governing Body", None) for c in ("BGD", "IND", "JPN")}),
    ("Vietnam was elected a member of the Executive Board of UNESCO for the 2021-2025 term.",
     {("VNM", "UNESCO Executive Board", "2021-2025")}),
    ("Chile was elected a deputy government member of the Governing Body of the International Labour Organization (ILO) "
     "for 2024-2027. Peru and Mexico were also elected deputy members from the Americas group.",
     {(c, "ILO Governing Body", "2024-2027") for c in ("CHL", "PER", "MEX")}),
]

ORGAN_NEGATIVES = [
    "Ghana hopes to be elected to the ILO Governing Body.",
    "The ILO Governing Body met in Geneva on Monday.",
    "Thailand is a candidate for the WHO Executive Board.",
]

# nominal: "the election of (Professor) <person> to <body> for <term>"; relative "<post>, to which she was elected"
NOMINAL_FAMILY = [
    ("The success follows the election of Professor Maria Santos to the International Law Commission for 2022-2026.",
     {("Maria Santos", "International Law Commission (ILC)", "2022-2026")}),
    ("The election of Judge Hilary Charlesworth to the International Court of Justice was hailed in Canberra.",
     {("Hilary Charlesworth", "International Court of Justice (ICJ)", None)}),
    ("Officials welcomed the re-election of Dr Maria Santos to the International Law Commission.",
     {("Maria Santos", "International Law Commission (ILC)", None)}),
    ("Ngozi Okonjo-Iweala took office as head of the World Trade Organization, to which she was elected in February.",
     {("Ngozi Okonjo-Iweala", "head of the World Trade Organization (WTO)", None)}),
    ("Masato Kanda was elected president of the Asian Development Bank in November.",
     {("Masato Kanda", "president of the Asian Development Bank (ADB)", None)}),
    ("Peru joined the UN Human Rights Council, to which it was elected in October.", {("PER", "ORG:UNHRC", None)}),
]

NOMINAL_NEGATIVES = [
    "They campaigned for the election of Professor Maria Santos to the International Law Commission.",
    "Maria Santos returned to the Senate, to which she was elected in 2018.",
    "Masato Kanda hopes to lead the Asian Development Bank, to which he may be elected next year.",
]

# "won a seat on <a long committee name> for the <term> term"; appositive "X, a member of <body> after being elected"
LONG_NAME_FAMILY = [
    ("Mongolia also won a seat on the Intergovernmental Committee for the Safeguarding of the Intangible Cultural Heritage "
     "for the 2024-2028 term.",
     {("MNG", "Intergovernmental Committee for the Safeguarding of the Intangible Cultural Heritage (ICH)", "2024-2028")}),
    ("India was elected to the International Narcotics Control Board.", {("IND", "International Narcotics Control Board", None)}),
    ("Ghana secured a seat on the Intergovernmental Council for the Information for All Programme for 2023-2027.",
     {("GHA", "Intergovernmental Council for the Information for All Programme", "2023-2027")}),
    ("Ireland, a non-permanent member of the Security Council for 2021-2022 after being elected in June, pledged support.",
     {("IRL", "ORG:UNSC", "2021-2022")}),
    ("India, now a member of the UN Human Rights Council after being elected in October, said it would engage.",
     {("IND", "ORG:UNHRC", None)}),
]

LONG_NAME_NEGATIVES = [
    "Vietnam hopes to win a seat on the Intergovernmental Committee for the Protection of Cultural Property.",
    "Germany, a member of NATO since 1955, said it would help.",
]


@pytest.mark.parametrize(
    "text,expected", INVERTED_FAMILY + TIME_FAMILY + ORGAN_FAMILY + NOMINAL_FAMILY + LONG_NAME_FAMILY
)
def test_family5_positive(annotate_text: Callable[..., Any], text: str, expected: set[tuple[str, str, Any]]) -> None:
    assert facts(annotate_text, text) == expected


@pytest.mark.parametrize(
    "text", INVERTED_NEGATIVES + TIME_NEGATIVES + ORGAN_NEGATIVES + NOMINAL_NEGATIVES + LONG_NAME_NEGATIVES
)
def test_family5_negative(annotate_text: Callable[..., Any], text: str) -> None:
    first = facts(annotate_text, text.split(". ")[0] + ".") if ". " in text else set()
    assert facts(annotate_text, text) == first


# more of the same families: "Elected alongside X ... were", "The other countries elected ... were", bare weekdays,
# organs named by the agency's acronym, titled persons, "a post to which", "X, which/who was elected"
MORE_FAMILY = [
    ("Peru was elected to the UN Human Rights Council. Also re-elected to the council, for a second term, were Cuba and China.",
     {(c, "ORG:UNHRC", None) for c in ("PER", "CUB", "CHN")}),
    ("Elected alongside Japan to the Security Council were Malta and Mozambique.",
     {(c, "ORG:UNSC", None) for c in ("JPN", "MLT", "MOZ")}),
    ("Peru was elected to the UN Human Rights Council. The other countries elected to the Human Rights Council were "
     "Benin and Gambia.", {(c, "ORG:UNHRC", None) for c in ("PER", "BEN", "GMB")}),
    ("Also winning seats on the Security Council were Pakistan and Panama.", {("PAK", "ORG:UNSC", None), ("PAN", "ORG:UNSC", None)}),
    ("Chile was elected Thursday to the UN Human Rights Council.", {("CHL", "ORG:UNHRC", None)}),
    ("Japan was elected Tuesday as a non-permanent member of the Security Council.", {("JPN", "ORG:UNSC", None)}),
    ("Brazil was elected to the FAO Council.", {("BRA", "FAO Council", None)}),
    ("India was elected to the IAEA Board of Governors.", {("IND", "IAEA Board of Governors", None)}),
    ("Kenya was elected to the Executive Council of the African Union.", {("KEN", "AU Executive Council", None)}),
    ("Fiji was elected to the WHO's Executive Board for three years.", {("FJI", "WHO Executive Board", None)}),
    ("Last year Laos was elected to UNESCO's 58-member Executive Board for 2022-2026.",
     {("LAO", "UNESCO Executive Board", "2022-2026")}),
    ("Tokyo hailed the election of Japanese judge Iwasawa Yuji to the International Court of Justice.",
     {("Iwasawa Yuji", "International Court of Justice (ICJ)", None)}),
    ("António Guterres serves as Secretary-General of the United Nations, a post to which he was elected in 2016.",
     {("António Guterres", "Secretary-General of the United Nations (UN)", None)}),
    ("Japan, which was elected to the Security Council last year, said it would help.", {("JPN", "ORG:UNSC", None)}),
    ("Maria Santos, who was re-elected to the International Law Commission in 2021, spoke.",
     {("Maria Santos", "International Law Commission (ILC)", None)}),
]

MORE_NEGATIVES = [
    "Elected alongside the chairman to the board of the company were two executives.",
    "Japan, which hopes to be elected to the Security Council, said it would help.",
    "The party, which was elected to the Senate, said it would help.",
    "The election of President Lula was celebrated in Brasilia.",
    "António Guterres leads the United Nations, a post to which he hopes to be elected again.",
    "Chile was elected on Monday as president of the country's senate.",
    "Brazil was elected Thursday to host the next climate summit.",
    "Chile won a seat on the Regional Council of Valparaiso.",
    "Maria Santos was elected to the World Bank's staff association board.",
]


@pytest.mark.parametrize("text,expected", MORE_FAMILY)
def test_family5_more(annotate_text: Callable[..., Any], text: str, expected: set[tuple[str, str, Any]]) -> None:
    assert facts(annotate_text, text) == expected


@pytest.mark.parametrize("text", MORE_NEGATIVES)
def test_family5_more_negative(annotate_text: Callable[..., Any], text: str) -> None:
    assert facts(annotate_text, text) == set()
