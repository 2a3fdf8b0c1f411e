//! Speed benchmark: prints figures, asserts nothing.
//!
//! ```text
//! cargo run --release --example bench
//! ```
//!
//! Annotates articles of growing length (built by repeating the golden test
//! article of `tests/golden/`, each copy with its names changed so the linking
//! stage sees many people) and prints the time per article and per kilobyte.
//! If the stages are linear, the time per kilobyte stays flat as the article
//! grows; compare the ratios within one run, since machines here are shared.

use article_annotator::{annotate, Options};
use std::time::Instant;

const ARTICLE: &str = include_str!("../tests/golden/fisheries-talks.txt");

/// `copies` copies of the article's body, names varied per copy.
fn article(copies: usize) -> String {
    let body: &str = ARTICLE.split("By Maria").next().unwrap_or(ARTICLE);
    let mut out = String::with_capacity(body.len() * copies);
    for k in 0..copies {
        let varied = body
            .replace("Ortiz", &format!("Ortiz{}", letter(k)))
            .replace("Solberg", &format!("Solberg{}", letter(k + 7)));
        out.push_str(&varied);
        out.push_str("\n\n");
    }
    out
}

fn letter(k: usize) -> String {
    let mut s = String::new();
    let mut k = k;
    loop {
        s.push((b'a' + (k % 26) as u8) as char);
        k /= 26;
        if k == 0 {
            break;
        }
    }
    s
}

fn main() {
    let options = Options::default();
    println!("{:>10} {:>8} {:>12} {:>12} {:>10}", "bytes", "runs", "ms/article", "µs/KB", "vs first");
    let mut first: Option<f64> = None;
    for copies in [1, 4, 16, 64, 256] {
        let text = article(copies);
        // Warm up (lexicons and patterns are built on first use).
        let doc = annotate(&text, &options);
        assert!(!doc.quotes.is_empty());
        let runs = (200 / copies).max(3);
        let t = Instant::now();
        for _ in 0..runs {
            std::hint::black_box(annotate(std::hint::black_box(&text), &options));
        }
        let per = t.elapsed().as_secs_f64() / runs as f64;
        let per_kb = per * 1e6 / (text.len() as f64 / 1024.0);
        let ratio = per_kb / *first.get_or_insert(per_kb);
        println!("{:>10} {:>8} {:>12.3} {:>12.1} {:>9.2}x", text.len(), runs, per * 1e3, per_kb, ratio);
    }
}
