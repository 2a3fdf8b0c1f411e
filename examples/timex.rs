//! Prints the temporal expressions of one article as the scorer reads them.
//!
//! ```text
//! cargo run --release --example timex -- [--reference-date YYYY-MM-DD] [--explain] FILE
//! ```
//!
//! Output: `{"dates":[{"start":..,"end":..,"text":..,"kind":..,"value":..}]}`
//! with `start`/`end` in UTF-16 code units. `--explain` adds each
//! expression's `rule`.

use article_annotator::dates::{extract, CalendarDate};
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut reference = None;
    let mut file = None;
    let mut explain = false;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--reference-date" => {
                let Some(d) = args.next() else {
                    eprintln!("--reference-date needs a value");
                    return ExitCode::from(2);
                };
                if !d.is_empty() {
                    match CalendarDate::parse_iso(&d) {
                        Ok(d) => reference = Some(d),
                        Err(e) => {
                            eprintln!("{e}");
                            return ExitCode::from(2);
                        }
                    }
                }
            }
            "--explain" => explain = true,
            _ => file = Some(a),
        }
    }
    let Some(file) = file else {
        eprintln!("usage: timex [--reference-date YYYY-MM-DD] [--explain] FILE");
        return ExitCode::from(2);
    };
    let text = match std::fs::read_to_string(&file) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("cannot read {file}: {e}");
            return ExitCode::from(1);
        }
    };
    // Byte offset -> UTF-16 offset, computed in one pass.
    let mut u16_at = vec![0usize; text.len() + 1];
    let mut acc = 0;
    for (i, c) in text.char_indices() {
        u16_at[i] = acc;
        acc += c.len_utf16();
    }
    u16_at[text.len()] = acc;
    let dates: Vec<serde_json::Value> = extract(&text, reference)
        .into_iter()
        .map(|t| {
            let mut v = serde_json::json!({
                "start": u16_at[t.span.start],
                "end": u16_at[t.span.end],
                "text": t.span.of(&text),
                "kind": t.kind.as_str(),
                "value": t.value,
            });
            if explain {
                v["rule"] = serde_json::Value::from(t.rule);
            }
            v
        })
        .collect();
    println!("{}", serde_json::json!({ "dates": dates }));
    ExitCode::SUCCESS
}
