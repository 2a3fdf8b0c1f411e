//! Table tests for the names stage: `[input, expected mentions]`, written for
//! this crate (not taken from any evaluation data).

use super::find;
use crate::model::EntityKind::{self, *};
use crate::segment::Doc;
use crate::structure;

fn mentions(text: &str) -> Vec<(String, EntityKind)> {
    let doc = Doc::new(text);
    let parts = structure::find(&doc);
    find(&doc, &parts).iter().map(|m| (m.span.of(text).to_string(), m.kind)).collect()
}

fn check(cases: &[(&str, &[(&str, EntityKind)])]) {
    for (input, expected) in cases {
        let got = mentions(input);
        let want: Vec<(String, EntityKind)> = expected.iter().map(|(s, k)| (s.to_string(), *k)).collect();
        assert_eq!(got, want, "input: {input}");
    }
}

#[test]
fn people_with_titles() {
    check(&[
        ("Yesterday Defense Minister Park Ji-won met Foreign Minister Aiko Tanaka.", &[("Park Ji-won", Person), ("Aiko Tanaka", Person)]),
        ("It was South Korean President Kim Dae-sung who spoke first.", &[("Kim Dae-sung", Person)]),
        ("The plan came from US Secretary of State Laura Bennett on Friday.", &[("US", Place), ("Laura Bennett", Person)]),
        ("Praise came from Lt. Col. Dana Whitfield, the squadron commander.", &[("Dana Whitfield", Person)]),
        ("Rear Adm. Tomas Varga and Staff Sgt. Ellen J. Marsh attended.", &[("Tomas Varga", Person), ("Ellen J. Marsh", Person)]),
        ("A letter from Ambassador Dr. Petra Novak of Slovakia arrived.", &[("Petra Novak", Person), ("Slovakia", Place)]),
    ]);
}

#[test]
fn people_without_titles() {
    check(&[
        ("Later, Maria Gonzalez and her brother left Madrid.", &[("Maria Gonzalez", Person), ("Madrid", Place)]),
        ("Talks between Xi Jinping and Emmanuel Macron ended.", &[("Xi Jinping", Person), ("Emmanuel Macron", Person)]),
        ("Then Lee Min-ho arrived. Lee’s car was late.", &[("Lee Min-ho", Person), ("Lee", Person)]),
        ("Robert Hale spoke. Hale said he would stay.", &[("Robert Hale", Person), ("Hale", Person)]),
    ]);
}

#[test]
fn organizations() {
    check(&[
        ("He wrote to the Ministry of Foreign Affairs on Monday.", &[("Ministry of Foreign Affairs", Organization)]),
        ("Agents of the Federal Wildlife Protection Agency (FWPA) came. FWPA staff left.", &[
            ("Federal Wildlife Protection Agency", Organization),
            ("FWPA", Organization),
            ("FWPA", Organization),
        ]),
        ("Pilots of the 12th Tactical Airlift Squadron flew. The 12th TAS landed.", &[
            ("12th Tactical Airlift Squadron", Organization),
            ("12th TAS", Organization),
        ]),
        ("The Lakeview County Department of Parks and Recreation said so.", &[("Lakeview County Department of Parks and Recreation", Organization)]),
        ("Discussing the budget, the Harbor City Council voted.", &[("Harbor City Council", Organization)]),
    ]);
}

#[test]
fn places() {
    check(&[
        ("Flights left Vienna for Nairobi and Lima.", &[("Vienna", Place), ("Nairobi", Place), ("Lima", Place)]),
        ("The Vienna-based group met in S. Korea and the U.S.", &[("Vienna", Place), ("S. Korea", Place), ("U.S.", Place)]),
        ("Crews flew from Tinker Air Force Base, Okla., to Guam. Tinker hosts them.", &[
            ("Tinker Air Force Base", Place),
            ("Okla.", Place),
            ("Guam", Place),
            ("Tinker", Place),
        ]),
        ("He visited Fort Carver and Joint Base Linwood last week.", &[("Fort Carver", Place), ("Joint Base Linwood", Place)]),
    ]);
}

#[test]
fn agreements() {
    check(&[
        ("Both signed the Coastal Fisheries Cooperation Agreement (CFCA). The CFCA expires soon, and the CFAC too.", &[
            ("Coastal Fisheries Cooperation Agreement", Agreement),
            ("CFCA", Agreement),
            ("CFCA", Agreement),
            ("CFAC", Agreement),
        ]),
        ("It violates the Treaty on the Limitation of Naval Mines.", &[("Treaty on the Limitation of Naval Mines", Agreement)]),
        ("The Paris Agreement and NAFTA were discussed.", &[("Paris Agreement", Agreement), ("NAFTA", Agreement)]),
    ]);
}

#[test]
fn negatives() {
    // Capitalised at the start of a sentence, titles alone, demonyms, acronyms of things.
    check(&[
        ("Meeting reporters, officials said nothing.", &[]),
        ("The minister and the President spoke on TV about GDP.", &[]),
        ("Japanese and South Korean officials met.", &[]),
        ("However, Two Rivers is not listed.", &[]),
        // A sentence-opening -ing word is no part of the name after it.
        ("Injecting Okafor into the race, the party split.", &[]),
        ("Sterling Brown said the vote was close.", &[("Sterling Brown", EntityKind::Person)]),
        // "the X said": a body, not a person; a capitalised plural: no person.
        ("The vote is close, the Chronicle said.", &[("Chronicle", EntityKind::Organization)]),
        ("Loyalists said the vote was close.", &[]),
    ]);
}

#[test]
fn title_case_headlines_end_names_at_their_verbs() {
    check(&[
        // A headline may end with a full stop; its verbs still end names.
        ("Ruth Abara Says Budget Vote Will Wait.\n\nThe senator spoke on Monday.", &[("Ruth Abara", Person)]),
        ("Harbor Plan Could Pass Soon, Clara Hoffmann Says.\n\nThe mayor spoke.", &[("Clara Hoffmann", Person)]),
        // A present-tense verb after a single name, and an adverb.
        ("Hoffmann Breaks With Council On Budget\n\nMayor Clara Hoffmann spoke.", &[("Hoffmann", Person), ("Clara Hoffmann", Person)]),
        ("Abara Quietly Drops Her Bid For Governor\n\nSenator Ruth Abara spoke.", &[("Abara", Person), ("Ruth Abara", Person)]),
    ]);
}
