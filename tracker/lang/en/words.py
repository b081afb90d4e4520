"""English word lists used outside the extractor: matching, linking guards, voices, page dates."""

from __future__ import annotations

from ...text import fold
from ..base import Words, folded, labels, pairs, phrases

STOPWORDS = folded(
    """
    the a an of to in on for and or but is are was were be been by with that this it as at from
    has have had he she they his her its their said says not
    """
)


def content_word(word: str) -> str:
    """The matching key of one folded English word, or "" for a function word."""
    if word in STOPWORDS or len(word) < 2:
        return ""
    return word


WORDS = Words(
    stopwords=STOPWORDS,
    negations=folded("not no never"),
    denial_frame=frozenset(),
    report_nouns=folded(
        """
        report reports reported claim claims news story stories allegation allegations account
        accounts rumour rumours rumor rumors these those such media false baseless newspaper
        newspaper's paper paper's agency agency's
        """
    ),
    complaint_nouns=folded("complaint complaints lawsuit lawsuits"),
    source_heads=frozenset(),
    state_titles=folded(
        """
        minister ministry government president spokesman spokeswoman spokesperson ambassador
        army military embassy prime king officials official
        """
    ),
    no_body=folded("market markets residents family relatives street neighbourhood neighborhood"),
    # Asides inside a reported content (extract.background): ", which closed in March 2014,".
    relative_pronouns=folded("which who"),
    background_leads=frozenset({"amid", "in the wake of", "in the aftermath of"}),
    count_words=folded("dozens hundreds thousands millions"),
    # "May" and "March" are verbs too; a year dates those clauses.
    dating=folded(
        """
        since ago last january february april june july august september october november
        december
        """
    ),
    since=folded("since"),
    non_past=folded("is are will would has have can may might must say do shall"),
    non_past_endings=folded("s"),
    past_words=folded("was"),
    group_counts=folded("some several few number"),
    medical_voices=folded("medics medical doctors paramedics"),
    maker_voices=folded("researchers scientists developers inventors designers"),
    clause_openers=folded("while whereas"),
    unit_nouns=folded("brigade division battalion regiment"),
    breakdown_leads=folded("including"),
    hedges=frozenset({"perhaps", "possibly", "may be", "might be", "could be"}),
    epithets=folded("cowardly heinous dastardly despicable"),
    conditions=frozenset({"if confirmed", "if true"}),
    withheld_telling=folded("comment details elaborate"),
    press_plurals=folded("newspapers papers media reports outlets"),
    self_references=folded("we us our ourselves"),
    lay_people=folded("residents resident witnesses witness locals villagers citizens passengers"),
    commentators=folded("analyst analysts expert experts commentator"),
    currencies=folded("dollar dollars euro euros pound pounds riyal riyals yen yuan"),
    scales={"thousand": 10**3, "million": 10**6, "billion": 10**9},
    medium_nouns=folded(
        "newspaper paper daily weekly magazine website site channel network agency television tv"
    ),
    office_titles=folded("president director dean chairman chairwoman chief spokesman spokeswoman"),
    civil_bodies=folded(
        """
        club company firm association union federation fund party movement university
        newspaper league festival
        """
    ),
    hostile=folded("hostile opposed"),
    non_state=folded(
        """
        rebel rebels opposition militia militias insurgent insurgents separatist separatists
        jihadist jihadists
        """
    ),
    kin=folded(
        """
        brother sister father mother son daughter husband wife uncle aunt cousin nephew niece
        grandfather grandmother relative relatives family parents widow
        """
    ),
    # Feelings, and judgments and forecasts: the voice's own view confirms nothing another
    # voice says.
    expressive_cues=folded(
        """
        expressed voiced conveyed considered considers described describes predicted predicts
        """
    ),
    position_nouns=folded(
        """
        condemnation solidarity condolences hope concern regret thanks support
        """
    ),
    state_forms=folded(
        """
        state kingdom republic sultanate emirate the of
        """
    ),
    state_courtesies=folded("brotherly friendly"),
    honorifics=folded(
        """
        his her their royal highness excellency majesty eminence
        """
    ),
    name_breakers=frozenset(
        """
        according during after before while upon since despite under in of at on to from
        """.split()
    ),
    unnamed="unnamed",
    antonyms=pairs(
        # Closed over (an opposite's opposite is a synonym); a word paired with itself
        # negates what it governs ("fails fails"): see link.antonyms.
        """
        increase decrease
        rise fall
        rose fell
        gain loss
        win lose
        won lost
        accept reject
        open close
        higher lower
        more less
        rises falls
        support oppose
        supports opposes
        confirms denies
        allows bans
        fails fails
        failed failed
        refuses refuses
        refused refused
        without without
        """
    ),
    denial_phrases=phrases(
        """
        no truth
        not true
        untrue
        baseless
        unfounded
        """
    ),
    fabrication_phrases=phrases(
        """
        fabricated
        fabrication
        fabrications
        """
    ),
    reason_openers=phrases(
        """
        because
        for several reasons
        for a number of reasons
        since
        given that
        """
    ),
    affiliation_ties=folded("in at within inside from of for"),
    unnamed_fillers=folded("the a an one senior official officials close to"),
    unnamed_heads=folded(
        """
        source sources official officials spokesman spokeswoman spokesperson delegate delegates
        diplomat diplomats
        """
    ),
    another_words=folded("another second third"),
    spokesperson_heads=folded("spokesman spokeswoman spokesperson"),
    government_heads=folded("government authorities army forces presidency"),
    outlet_heads=frozenset(),
    body_heads_alone=folded(
        "office authority committee council ministry directorate department company university"
        " centre center organization organisation movement presidency club"
    ),
    time_units=folded(
        "second seconds minute minutes hour hours day days week weeks month months year years"
    ),
    credit_words=frozenset(),
    place_clitics=frozenset(),
    articles=frozenset(),
    abbreviations=frozenset(
        """
        Dr Mr Mrs Ms Gen Sen Rep Gov Col Lt Sgt St Jr Sr Prof Inc Co Corp Ltd No U.S U.N U.K a.m
        p.m Jan Feb Aug Sept Oct Nov Dec vs etc
        Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo Mont
        Neb Nev Okla Ore Pa Tenn Tex Va Vt Wash Wis Wyo N.H N.J N.M N.Y N.C N.D R.I S.C S.D W.Va D.C
        """.split()
        # A middle initial: "Omar H. Nasser" ("I." may end a sentence: "World War I.").
        + list("ABCDEFGHJKLMNOPQRSTUVWXYZ")
    ),
    months={
        "january": 1,
        "february": 2,
        "march": 3,
        "april": 4,
        "may": 5,
        "june": 6,
        "july": 7,
        "august": 8,
        "september": 9,
        "october": 10,
        "november": 11,
        "december": 12,
        "jan": 1,
        "feb": 2,
        "mar": 3,
        "apr": 4,
        "jun": 6,
        "jul": 7,
        "aug": 8,
        "sep": 9,
        "sept": 9,
        "oct": 10,
        "nov": 11,
        "dec": 12,
    },
    hijri_months=frozenset(),
    chrome_labels=phrases(
        """
        Next Previous
        Home
        Breaking
        Menu
        Search
        Share
        Subscribe
        Advertisement
        """
    ),
    chrome_before_name=frozenset(),
    related_labels=frozenset(
        fold(line.strip())
        for line in """
        Read also
        Read more
        Related
        Related stories
        Related articles
        Related coverage
        More on this story
        Most read
        Previous article
        Next article
        You may also like
        """.strip().splitlines()
    ),
    caption_labels=folded("Photo Picture Image Credit"),
    copyright_words=folded("All rights reserved Copyright"),
    comment_labels=frozenset(
        fold(line.strip())
        for line in """
        Comments
        Comment
        Reader comments
        Leave a comment
        Add a comment
        """.strip().splitlines()
    ),
    header_labels=labels(
        """
        title: Title | Headline
        publisher: Publisher | Source | Outlet | Site | Publication | Newspaper
        date: Date | Published | Dated
        author: Author | By | Byline | Writer | Credit
        """
    ),
    fresh_statement_cues=folded(
        """
        said says say told tells wrote writes stated states explained argued insisted warned
        claimed announced declared
        """
    ),
    cardinals={
        word: value
        for value, forms in enumerate(
            (
                "",
                "",
                "two",
                "three",
                "four",
                "five",
                "six",
                "seven",
                "eight",
                "nine",
                "ten",
                "eleven",
                "twelve",
                "thirteen",
                "fourteen",
                "fifteen",
                "sixteen",
                "seventeen",
                "eighteen",
                "nineteen",
            )
        )
        for word in forms.split()
    }
    | {
        word: 10 * tens
        for tens, word in enumerate(
            "twenty thirty forty fifty sixty seventy eighty ninety".split(), start=2
        )
    },
)
