//! Whole articles (written for these tests) through `dates::extract`: every
//! listed expression must be found with its value, nothing may overlap, and
//! odd inputs must not panic.

use article_annotator::dates::{extract, CalendarDate, Timex, TimexKind};

fn day(s: &str) -> Option<CalendarDate> {
    CalendarDate::parse_iso(s).ok()
}

fn found(text: &str, reference: Option<CalendarDate>) -> Vec<(String, String, TimexKind)> {
    let all = extract(text, reference);
    let mut last_end = 0;
    for t in &all {
        assert!(t.span.start >= last_end, "overlap at {:?}", t.span);
        assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
        last_end = t.span.end;
    }
    all.iter().map(|t: &Timex| (t.span.of(text).to_string(), t.value.clone(), t.kind)).collect()
}

fn expect(text: &str, reference: &str, want: &[(&str, &str)]) {
    let got = found(text, day(reference));
    for (t, v) in want {
        assert!(
            got.iter().any(|(gt, gv, _)| gt == t && gv == v),
            "missing {t:?} = {v:?}; got {got:?}"
        );
    }
}

fn absent(text: &str, reference: &str, texts: &[&str]) {
    let got = found(text, day(reference));
    for t in texts {
        assert!(!got.iter().any(|(gt, _, _)| gt.contains(t)), "unexpected {t:?} in {got:?}");
    }
}

const BASE_NEWS: &str = "Airmen from 2nd Bomb Wing train with Japanese partners

By Tech. Sgt. Jane Doe, 2nd Bomb Wing Public Affairs / Published Aug. 5, 2021

BARKSDALE AIR FORCE BASE, La. --

More than 1,200 Airmen and 12 B-52H Stratofortress aircraft deployed on Monday for an exercise held every two years since 1978. The 20th Bomb Squadron flew 150 missions during the first phase, which ended July 29.

“We have been planning this for 18 months,” said Lt. Col. John Smith, the squadron commander. “In the past, we could only send four jets. Now we can send a dozen.”

The deployment lasts 30 days. Crews fly twice a week and brief each morning. The F-35 and F-16 units arrive next week, and the final phase begins Sept. 1.

Over the past decade, more than 5,000 service members have taken part. May I add that the weather may change in May? The unit will march on Route 2002 to the range at 2 p.m. local time on Friday, Aug. 6.";

#[test]
fn base_news_release() {
    expect(
        BASE_NEWS,
        "2021-08-05",
        &[
            ("Aug. 5, 2021", "2021-08-05"),
            ("Monday", "2021-08-02"),
            ("every two years", "P2Y"),
            ("1978", "1978"),
            ("July 29", "2021-07-29"),
            ("18 months", "P18M"),
            ("Now", "PRESENT_REF"),
            ("30 days", "P30D"),
            ("twice a week", "P1W"),
            ("each morning", "XXXX-XX-XXTMO"),
            ("next week", "2021-W32"),
            ("Sept. 1", "2021-09-01"),
            ("May", "2021-05"),
            ("2 p.m. local time on Friday, Aug. 6", "2021-08-06T14:00"),
        ],
    );
    absent(BASE_NEWS, "2021-08-05", &["1,200", "150", "F-35", "2002", "5,000", "May I", "march"]);
}

const SEOUL_NEWS: &str = "Seoul, Tokyo agree to resume talks on export curbs

Posted on : 2020-03-09 17:05 KST Modified on : 2020-03-10 09:12 KST

Officials from South Korea and Japan said on Mar. 9 that they would hold working-level talks “as early as next week” to discuss Tokyo’s export restrictions, which took effect on July 4, 2019.

The announcement came eight months after the measures were imposed. The two sides last met in Vienna on Dec. 16, 2019, and agreed to meet again “within the first quarter.”

“We hope to see results before the end of the year,” a ministry official told reporters on Monday. The talks are expected to last about three hours.

Seoul had threatened to let the military pact expire at midnight on Nov. 22 last year, but reversed course six hours before the deadline. Trade fell 12.9 percent in 2019, the lowest level in the past five years, according to data released Tuesday.

Meanwhile, 2,500 people rallied in central Seoul on Saturday evening. The rally, which started at 6 p.m., lasted until 9:30 p.m.";

#[test]
fn korean_daily() {
    expect(
        SEOUL_NEWS,
        "2020-03-10",
        &[
            ("2020-03-09 17:05 KST", "2020-03-09T17:05+09:00"),
            ("Mar. 9", "2020-03-09"),
            ("next week", "2020-W12"),
            ("July 4, 2019", "2019-07-04"),
            ("eight months", "P8M"),
            ("Dec. 16, 2019", "2019-12-16"),
            ("the first quarter", "2020-Q1"),
            ("the end of the year", "2020"),
            ("Monday", "2020-03-09"),
            ("about three hours", "PT3H"),
            ("midnight on Nov. 22 last year", "2019-11-22T24:00"),
            ("the past five years", "P5Y"),
            ("Tuesday", "2020-03-10"),
            ("Saturday evening", "2020-03-07TEV"),
            ("6 p.m.", "2020-03-07T18:00"),
        ],
    );
    absent(SEOUL_NEWS, "2020-03-10", &["2,500", "12.9"]);
}

const RESULTS_NEWS: &str = "Harbor Freight Lines posts higher profit

Published Nov. 14, 2019

OAKLAND, Calif. -- Harbor Freight Lines said Thursday that third-quarter profit rose 8%, its best result in a quarter century. The storm last month will bring a fourth-quarter charge of about $4 million, the company said.

Revenue in the latest quarter was $212 million, up from $198 million in the 2018 quarter. The board named a new finance chief, effective Jan. 1, and declared a dividend payable Dec. 15.

Shares fell 2% earlier Thursday. Dockworkers who struck in 2017 were planning a rally on Saturday. The annual Harbor Days fair runs July 12 - 14, 2020.

Call 510-555-0134 for details. The Raiders won 24-17, and version 10.15.7 of the tracking app ships next month. Captain May, 52 years old, told the Sunday Times that crews march in step.";

#[test]
fn company_results() {
    expect(
        RESULTS_NEWS,
        "2019-11-14",
        &[
            ("Nov. 14, 2019", "2019-11-14"),
            ("Thursday", "2019-11-14"),
            ("third-quarter", "2019-Q3"),
            ("a quarter century", "P25Y"),
            ("last month", "2019-10"),
            ("fourth-quarter", "2019-Q4"),
            ("the latest quarter", "2019-Q3"),
            ("the 2018 quarter", "2018-Q3"),
            ("Jan. 1", "2020-01-01"),
            ("Dec. 15", "2019-12-15"),
            ("earlier Thursday", "2019-11-14"),
            ("2017", "2017"),
            ("Saturday", "2019-11-16"),
            ("July 12", "2020-07-12"),
            ("14, 2020", "2020-07-14"),
            ("next month", "2019-12"),
        ],
    );
    // A phone number, a score, a version number, a name, an age, a newspaper, a verb.
    absent(RESULTS_NEWS, "2019-11-14", &["510", "0134", "24-17", "10.15", "May", "52 years", "Sunday", "march"]);
}

#[test]
fn without_a_reference_only_absolute_values_resolve() {
    let got = found(SEOUL_NEWS, None);
    let value = |t: &str| got.iter().find(|(gt, _, _)| gt == t).map(|(_, v, _)| v.clone());
    assert_eq!(value("July 4, 2019").as_deref(), Some("2019-07-04"));
    assert_eq!(value("Mar. 9").as_deref(), Some("XXXX-03-09"));
    assert_eq!(value("Tuesday").as_deref(), Some("XXXX-WXX-2"));
    assert_eq!(value("next week").as_deref(), Some("XXXX-WXX"));
}

#[test]
fn kinds() {
    let got = found("It lasted 40 minutes on Nov. 17 at 10 a.m. and recurs daily.", day("2019-11-18"));
    let kind = |t: &str| got.iter().find(|(gt, _, _)| gt == t).map(|(_, _, k)| k.as_str());
    assert_eq!(kind("40 minutes"), Some("duration"));
    assert_eq!(kind("Nov. 17"), Some("date"));
    assert_eq!(kind("10 a.m."), Some("time"));
    assert_eq!(kind("daily"), Some("set"));
}

#[test]
fn shuffled_vocabulary_never_panics() {
    // A fixed pseudo-random walk over date words, digits and odd characters.
    let words = [
        "May", "March", "Nov.", "Sept", "the", "last", "next", "week", "2019", "1,000", "17", "31", "31st", "of",
        "year", "years", "ago", "a", "second", "fall", "spring", "Friday", "night", "p.m.", "a.m.", "KST", ":", "-",
        "/", "’s", "“", "”", "€", "🙂", "한국", "\n\n", "\n", "quarter", "third", "half", "twenty", "four", "o'clock",
        "midnight", "on", "earlier", "later", "each", "every", "twice", "since", "then", "today", "Q3", "'80s", "9999",
        "0000", "12:61", "24:00", "1990s", "mid-", "early", "FY", "fiscal",
    ];
    let mut x: u64 = 0x2545_f491_4f6c_dd1d;
    for round in 0..300 {
        let mut text = String::new();
        for _ in 0..(round % 40 + 1) {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            text.push_str(words[(x % words.len() as u64) as usize]);
            text.push(if (x >> 7) & 3 == 0 { '\u{a0}' } else { ' ' });
        }
        for r in [day("2019-11-18"), None, day("0001-01-01"), day("9999-12-31")] {
            found(&text, r);
        }
    }
}
