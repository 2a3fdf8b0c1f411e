//! Per-stage timings (prints figures, asserts nothing).
//!
//! ```text
//! cargo run --release --example stages -- FILE [RUNS]
//! ```
//!
//! Times the first `annotate` of the process (lexicons and patterns are
//! built on first use) against the later ones, and each pipeline stage
//! (`pipeline::run`'s order) over `RUNS` runs on FILE.

use article_annotator::{annotate, dates, document, link, names, quotes, segment::Doc, structure, Options};
use std::time::{Duration, Instant};

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: stages FILE [RUNS]");
    let runs: u32 = args.next().map_or(20, |r| r.parse().expect("RUNS is a number"));
    let text = std::fs::read_to_string(&path).expect("a UTF-8 file");
    let options = Options::default();

    let first = time_stages(&text);
    let t = Instant::now();
    std::hint::black_box(annotate(&text, &options).to_json());
    let second = t.elapsed();
    let first_sum: Duration = first.iter().sum();
    println!("{} bytes: first annotate+json {:.3} ms, second {:.3} ms", text.len(), ms(first_sum), ms(second));
    print_stages(&first, 1);

    let mut total = [Duration::ZERO; 8];
    for _ in 0..runs {
        for (sum, stage) in total.iter_mut().zip(time_stages(&text)) {
            *sum += stage;
        }
    }
    print_stages(&total, runs);
    let per = total.iter().sum::<Duration>().as_secs_f64() / runs as f64;
    println!("{:>10} {:>9.3} ms  {:.2} MB/s", "total", per * 1e3, text.len() as f64 / per / 1e6);
}

/// One run of the pipeline, the time of each stage (and of the JSON).
fn time_stages(text: &str) -> [Duration; 8] {
    let mut total = [Duration::ZERO; 8];
    {
        let mut lap = Instant::now();
        let mut tick = |i: usize| {
            total[i] += lap.elapsed();
            lap = Instant::now();
        };
        let doc = Doc::new(text);
        tick(0);
        let parts = structure::find(&doc);
        let reference = parts.published_date;
        tick(1);
        let mentions = names::find(&doc, &parts);
        tick(2);
        let timexes: Vec<dates::Timex> = dates::extract(text, reference).into_iter().filter(|t| !parts.is_boilerplate(t.span)).collect();
        tick(3);
        let time_spans: Vec<_> = timexes.iter().map(|t| t.span).collect();
        let found = quotes::find(&doc, &parts, &mentions, &time_spans);
        tick(4);
        let linked = link::link(&doc, &mentions, &found);
        tick(5);
        let out = document::build(&doc, &parts, reference, &linked, &timexes, &found, false);
        tick(6);
        std::hint::black_box(out.to_json());
        tick(7);
    }
    total
}

fn print_stages(total: &[Duration; 8], runs: u32) {
    let names = ["segment", "structure", "names", "dates", "quotes", "link", "document", "json"];
    let sum: Duration = total.iter().sum();
    for (name, d) in names.iter().zip(total) {
        println!("{name:>10} {:>9.3} ms {:>5.1}%", ms(*d) / runs as f64, 100.0 * d.as_secs_f64() / sum.as_secs_f64());
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}
