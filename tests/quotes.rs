//! Quotations and their speakers: `[input, expected]` tables, one per
//! pattern of issue #3, written for this crate.

use article_annotator::{annotate, Document, Options};

/// (quoted text, speaker name or None) for every quotation, in order.
fn attributions(text: &str) -> Vec<(String, Option<String>)> {
    let doc = annotate(text, &Options::default());
    doc.quotes
        .iter()
        .map(|q| {
            let name = q.speaker.as_ref().and_then(|id| doc.entities.iter().find(|e| &e.id == id)).map(|e| e.name.clone());
            (q.text.clone(), name)
        })
        .collect()
}

/// An input and its expected (quotation, speaker) pairs.
type Case<'a> = (&'a str, &'a [(&'a str, Option<&'a str>)]);

fn check(cases: &[Case]) {
    for (input, expected) in cases {
        let want: Vec<(String, Option<String>)> = expected.iter().map(|(q, s)| (q.to_string(), s.map(str::to_string))).collect();
        assert_eq!(attributions(input), want, "input: {input}");
    }
}

fn doc(text: &str) -> Document {
    annotate(text, &Options::default())
}

#[test]
fn frames_around_the_quotation() {
    check(&[
        // “…,” X said.
        ("“The bridge will open in May,” Mayor Clara Hoffmann said.", &[("The bridge will open in May,", Some("Clara Hoffmann"))]),
        // X said: “…”
        ("Clara Hoffmann said: “The bridge will open in May.”", &[("The bridge will open in May.", Some("Clara Hoffmann"))]),
        // “…,” said X, the title.
        ("“We are ready,” said Piotr Nowak, the harbor master.", &[("We are ready,", Some("Piotr Nowak"))]),
        // X told reporters / X wrote in a statement.
        ("Senator Ruth Abara told reporters: “The vote is close.”", &[("The vote is close.", Some("Ruth Abara"))]),
        ("Tomasz Wrona wrote in a statement that the plan was “reckless.”", &[("reckless.", Some("Tomasz Wrona"))]),
        // according to X
        ("The fleet will sail “within days,” according to Admiral Jonas Berg.", &[("within days,", Some("Jonas Berg"))]),
        // the ministry said → the organization named before
        (
            "The Ministry of Transport opened an inquiry.\n\n“Safety comes first,” the ministry said.",
            &[("Safety comes first,", Some("Ministry of Transport"))],
        ),
        // a description that names no one → a group
        ("“Talks have stalled,” a senior official said.", &[("Talks have stalled,", Some("senior official"))]),
        ("The Danish government called the offer “insufficient.”", &[("insufficient.", Some("Danish government"))]),
        // a dash after the quotation
        ("“Best bread in town.” ― Ana Lucía Ferreira", &[("Best bread in town.", Some("Ana Lucía Ferreira"))]),
        // no verb of saying: the subject of an active sentence characterises
        ("On Monday, Senator Ruth Abara dismissed the bill as “a gift to lobbyists.”", &[("a gift to lobbyists.", Some("Ruth Abara"))]),
        // a described subject, where the clause starts
        ("In May, several farm groups sued the state, saying the rule was “unworkable.”", &[("unworkable.", Some("several farm groups"))]),
        ("The memo used a blunt phrase for the plan: “dead on arrival.”", &[("dead on arrival.", Some("memo"))]),
        // a news outlet by its short name: "the Times" is no person
        ("“Rents rose again,” the Herald wrote on Sunday.", &[("Rents rose again,", Some("Herald"))]),
        ("“The council must act,” the Times said in an editorial.", &[("The council must act,", Some("Times"))]),
        // "as X put it": X's words
        ("As the Gazette put it in a profile, the mayor is “the great survivor.”", &[("the great survivor.", Some("Gazette"))]),
        ("He has been, as The New Yorker put it in a profile, “the great operator.”", &[("the great operator.", Some("The New Yorker"))]),
        // verbs of judging speak too: blasted, denounced, ripped
        ("In a radio interview Mayor Clara Hoffmann blasted the press for being “deeply dishonest.”", &[("deeply dishonest.", Some("Clara Hoffmann"))]),
        // the subject before a participial phrase
        ("Officials speaking on condition of anonymity said the talks had “stalled.”", &[("stalled.", Some("Officials"))]),
        ("Protesters marching through the streets chanted “no more cuts” until dawn.", &[("no more cuts", Some("Protesters"))]),
        // "issued a statement calling …": the words of whoever issued it
        ("The board issued a statement calling the vote “a mistake.”", &[("a mistake.", Some("board"))]),
        ("Following a late meeting, the council issued a statement calling the plan “a clear violation” of the rules.", &[("a clear violation", Some("council"))]),
        // "it" / "they" with no organization named: the body the sentence (or the one before) is about
        ("Her campaign is attacking what they call the governor’s “reckless budget.”", &[("reckless budget.", Some("Her campaign"))]),
        ("The government has rejected the report. It called the findings “deeply flawed.”", &[("deeply flawed.", Some("government"))]),
        ("The protesters stayed until dawn. They chanted “no more cuts” at the gates.", &[("no more cuts", Some("protesters"))]),
        // a possessor that is a full name: what it owns is the subject ("it")
        (
            "Mayor Clara Hoffmann’s campaign is defending her tweets. It is denouncing what it calls “a smear.”",
            &[("a smear.", Some("Clara Hoffmann’s campaign"))],
        ),
        // a capitalised plural at the start of a sentence is a group, not a person
        ("Marchers chanted “No more cuts” until midnight.", &[("No more cuts", Some("Marchers"))]),
        // a relative clause after an apposition; a head before "of"
        (
            "Luisa Ortega, now the committee chairman, who in 2019 said the plan was “doomed,” voted yes.",
            &[("doomed,", Some("Luisa Ortega"))],
        ),
        ("Pressed on the cost, the 52-year-old mother of four replied, “We will find it.”", &[("We will find it.", Some("52-year-old mother of four"))]),
        // an opening past-participle phrase is no subject; the colon's sentence subject speaks
        (
            "Worried about turnout in Ohio, Senator Ruth Abara is trying a new slogan: “Vote like it matters.”",
            &[("Vote like it matters.", Some("Ruth Abara"))],
        ),
        // "made the following comment:" before a quotation paragraph: the subject
        (
            "Mayor Clara Hoffmann made the following statement:\n\n“We will rebuild the bridge by spring.”",
            &[("We will rebuild the bridge by spring.", Some("Clara Hoffmann"))],
        ),
        // a quotation broken off by a comma hands over to the verb right after it
        (
            "The three “loopholes” Senator Ruth Abara cited are “the carried interest rule, the estate tax and the gift tax,” The Hill reported.",
            &[("loopholes", Some("Ruth Abara")), ("the carried interest rule, the estate tax and the gift tax,", Some("The Hill"))],
        ),
        // two titles of one subject joined by "and"; "mother of three" before its verb
        (
            "The former mayor and current Senate candidate said the plan was “a disaster.”",
            &[("a disaster.", Some("former mayor and current Senate candidate"))],
        ),
        (
            "Asked about fathers, the 41-year-old mother of three replied, “The plan covers parents.”",
            &[("The plan covers parents.", Some("41-year-old mother of three"))],
        ),
        // "said she recalls": the subject of the verb of saying is the one who spoke
        (
            "Judge Ana Ruiz spoke on Monday. She said she recalls the lawyer being “confused” that day.",
            &[("confused", Some("Ana Ruiz"))],
        ),
        // "restricted comments about": a noun after a verb in the past, no verb of saying
        (
            "Though she called the merger “reckless,” Senator Ruth Abara restricted comments about the bank to its board.",
            &[("reckless,", Some("Ruth Abara"))],
        ),
        // "a spokesperson for the company": the noun before "for" heads it, and an
        // indefinite description is someone new, not the person named before
        (
            "Mayor Tom Baker spoke on Monday.\n\n“No comment,” a spokesperson for the company said in an email.",
            &[("No comment,", Some("spokesperson for the company"))],
        ),
        // a description, then a relative clause between commas, then the verb
        ("“There is no deal,” the official, who spoke on condition of anonymity, said.", &[("There is no deal,", Some("official"))]),
        (
            "The company, which declined to comment, said in a filing that revenue fell “sharply.”",
            &[("sharply.", Some("company"))],
        ),
        // a quotation ending with a full stop keeps its speaker when the next
        // sentence has someone else agreeing
        (
            "“The treaty helps build trust,” said Ray Tolan, the treaty office chief. “Each side will cut its forces.” Col. Tom Vega, the wing vice commander, who hosted the teams, agrees.",
            &[("The treaty helps build trust,", Some("Ray Tolan")), ("Each side will cut its forces.", Some("Ray Tolan"))],
        ),
        // a description, then the name in apposition, after the verb
        ("“What are we supposed to do?” asked another resident, Tom Baker.", &[("What are we supposed to do?", Some("Tom Baker"))]),
        ("“It’s over,” says one resident, Maria Lopez.", &[("It’s over,", Some("Maria Lopez"))]),
        // "what it calls": the subject of the verb the clause hangs on
        (
            "The ministry issued a reply on Friday. It is denouncing what it calls “a campaign of lies.”",
            &[("a campaign of lies.", Some("ministry"))],
        ),
        // the possessor of a noun of saying right before the quotation
        (
            "The panel checked Senator Ruth Abara’s claim that there were “hundreds of closures” last year.",
            &[("hundreds of closures", Some("Ruth Abara"))],
        ),
        // a stand-alone quotation, then a long source set off by commas
        (
            "“This is our year!” The mayor’s sister, state Rep. Maria Elena Santos (D-Riverside), shouted to the crowd.",
            &[("This is our year!", Some("Maria Elena Santos"))],
        ),
    ]);
}

#[test]
fn titles_of_works_after_a_preposition_get_no_speaker() {
    check(&[
        (
            "On an episode of “The Morning Hour,” the senator said the bill was “dead.”",
            &[("The Morning Hour,", None), ("dead.", Some("senator"))],
        ),
        ("She wrote a memoir titled “Hard Lessons Learned” in 2019, her aide said.", &[("Hard Lessons Learned", None)]),
    ]);
}

#[test]
fn nicknames_in_marks_are_part_of_the_name() {
    // "Robert “Bobby” Jones": no quotation, one person.
    let d = doc("Robert “Bobby” Jones said the team would win. Dwayne \"The Rock\" Johnson agreed.");
    assert!(d.quotes.is_empty(), "{:?}", d.quotes);
    let names: Vec<&str> = d.entities.iter().map(|e| e.name.as_str()).collect();
    assert!(names.contains(&"Robert “Bobby” Jones") && names.contains(&"Dwayne \"The Rock\" Johnson"), "{names:?}");
    // A hyphenated pair of given names starts a name too.
    let d = doc("Jo-Renee Formicola, a professor of politics, spoke first.");
    assert_eq!(d.entities.first().map(|e| e.name.as_str()), Some("Jo-Renee Formicola"));
    // Scare quotes after a name are still quotations.
    let d = doc("Critics called Ruth Abara “reckless” on Monday.");
    assert_eq!(d.quotes.len(), 1);
}

#[test]
fn pronouns_surnames_and_titles() {
    check(&[
        (
            "Finance Minister Kofi Mensah met bankers on Monday.\n\n“Rates must fall,” he said.",
            &[("Rates must fall,", Some("Kofi Mensah"))],
        ),
        (
            "Judge Helen Park ruled on Friday. Park said the law was “plainly written.”",
            &[("plainly written.", Some("Helen Park"))],
        ),
        (
            "Chancellor Ingrid Vos and Mayor Luis Prado met. “It went well,” the mayor said.",
            &[("It went well,", Some("Luis Prado"))],
        ),
        // "she" skips a man named more recently.
        (
            "Maria Santos hired Peter Grant last year.\n\n“I trust him,” she said.",
            &[("I trust him,", Some("Maria Santos"))],
        ),
    ]);
}

#[test]
fn several_quotations_one_speaker() {
    check(&[
        // “…,” X said. “…”
        (
            "“We lost the first round,” Coach Dana Reyes said. “We will not lose the second.”",
            &[("We lost the first round,", Some("Dana Reyes")), ("We will not lose the second.", Some("Dana Reyes"))],
        ),
        // A quotation running over paragraphs: one quote per paragraph, same speaker.
        (
            "Engineer Omar Haddad described the night. “The water rose fast,” he said. “We moved the pumps twice.\n\n“By dawn the levee held.”",
            &[
                ("The water rose fast,", Some("Omar Haddad")),
                ("We moved the pumps twice.", Some("Omar Haddad")),
                ("By dawn the levee held.", Some("Omar Haddad")),
            ],
        ),
        // A paragraph that introduces the speaker.
        (
            "Inspector Leila Farouk told the committee:\n\n“The records were altered.”",
            &[("The records were altered.", Some("Leila Farouk"))],
        ),
        // A headline quotation repeated in the story takes the story's speaker.
        (
            "‘A storm we could not stop’\n\n“It was a storm we could not stop,” said Captain Erik Dahl.",
            &[("A storm we could not stop", Some("Erik Dahl")), ("It was a storm we could not stop,", Some("Erik Dahl"))],
        ),
    ]);
}

#[test]
fn partial_scare_quotes_and_titles_get_no_speaker_without_a_source() {
    let d = doc("The mood at the summit was described as “chilly” throughout.");
    assert_eq!(d.quotes.len(), 1);
    assert_eq!(d.quotes[0].kind, "partial");
    assert_eq!(d.quotes[0].speaker, None);
    check(&[
        ("Critics panned the film “Winter Roads” last year.", &[("Winter Roads", None)]),
        ("Her so-called “plan” was never published.", &[("plan", None)]),
    ]);
}

#[test]
fn quotation_mark_styles() {
    let cases: &[(&str, &str)] = &[
        ("\"We won,\" said Mayor Ana Ruiz.", "We won,"),
        ("“We won,” said Mayor Ana Ruiz.", "We won,"),
        ("''We won,'' said Mayor Ana Ruiz.", "We won,"),
        ("«We won», said Mayor Ana Ruiz.", "We won"),
        ("‹We won›, said Mayor Ana Ruiz.", "We won"),
        ("„We won“, said Mayor Ana Ruiz.", "We won"),
        ("‚We won‘, said Mayor Ana Ruiz.", "We won"),
        ("「We won」, said Mayor Ana Ruiz.", "We won"),
        ("『We won』, said Mayor Ana Ruiz.", "We won"),
        ("‘We won,’ said Mayor Ana Ruiz.", "We won,"),
        ("“We won,\" said Mayor Ana Ruiz.", "We won,"),
        // ” as an opener too (Swedish style, or a site that writes every mark as ”)
        ("”We won,” said Mayor Ana Ruiz.", "We won,"),
        ("Fans cheered.\n\n”We won the cup.” ― Ana Ruiz", "We won the cup."),
    ];
    for (input, quote) in cases {
        let got = attributions(input);
        assert_eq!(got, vec![(quote.to_string(), Some("Ana Ruiz".to_string()))], "input: {input}");
    }
}

#[test]
fn nested_quotation_stays_inside() {
    let got = attributions("“They called it ‘unworkable’ on the water,” said Minister Jon Hale.");
    assert_eq!(got, vec![("They called it ‘unworkable’ on the water,".to_string(), Some("Jon Hale".to_string()))]);
}

#[test]
fn apostrophes_are_not_quotations() {
    for text in [
        "Don’t go; it’s the mayor’s call, not Jones’.",
        "The ’90s were louder and rock ’n’ roll ruled.",
        "Tell ’em the Joneses’ boat is back.",
        "It's the '80s again, isn't it?",
    ] {
        assert!(doc(text).quotes.is_empty(), "{text}");
    }
}

#[test]
fn unbalanced_marks_end_at_the_paragraph() {
    let d = doc("“This quotation never closes, said the clerk.\n\nThe next paragraph is plain reporting.\n\nSo is this one.");
    assert_eq!(d.quotes.len(), 1);
    assert_eq!(d.quotes[0].text, "This quotation never closes, said the clerk.");
}

#[test]
fn lost_opening_mark_is_recovered_from_the_sentence() {
    let got = attributions("The inspectors left on Friday. The plant passed every test,\" said Director Sam Okafor.");
    assert_eq!(got, vec![("The plant passed every test,".to_string(), Some("Sam Okafor".to_string()))]);
}

#[test]
fn speaker_mention_and_cue_are_filled() {
    let d = doc("Minister Rosa Lind visited the port.\n\n“It is ready,” she told reporters.");
    let q = &d.quotes[0];
    assert_eq!(q.speaker_mention.as_ref().unwrap().text, "she");
    assert_eq!(q.cue.as_ref().unwrap().text, "told");
    assert_eq!(q.kind, "direct");
}

#[test]
fn transcript_labels() {
    let got = attributions("Host Amy Chen asked about the budget.\n\n“CHEN: Will you cut taxes?”\n\n“MORALES: Not this year.”");
    assert_eq!(got.len(), 2);
    assert_eq!(got[0].1.as_deref(), Some("Amy Chen"));
    assert_eq!(got[1].1.as_deref(), Some("MORALES"));
}

#[test]
fn speakers_that_are_not_people_get_their_kind() {
    for (input, name, kind) in [
        ("“Rents rose again,” the Herald wrote on Sunday.", "Herald", "organization"),
        ("“We expect a vote soon,” the Times said.", "Times", "organization"),
        ("Marchers chanted “No more cuts” until midnight.", "Marchers", "group"),
    ] {
        let d = doc(input);
        let e = d.entities.iter().find(|e| e.name == name).unwrap_or_else(|| panic!("{input}: no {name}"));
        assert_eq!(serde_json::to_value(e.kind).unwrap(), kind, "{input}");
    }
}
