//! The command line: one article to JSON, or many as JSON lines.
//!
//! ```text
//! article-annotator [--reference-date YYYY-MM-DD] [--explain] FILE   (FILE may be -)
//! article-annotator --jsonl [--explain] < in.jsonl > out.jsonl
//! ```
//!
//! Errors are one line on stderr and a non-zero exit status.

use article_annotator::{annotate, Options};
use serde::Deserialize;
use std::io::{self, BufRead, Read, Write};
use std::process::ExitCode;

const USAGE: &str = "usage: article-annotator [--reference-date YYYY-MM-DD] [--explain] FILE
       article-annotator --jsonl [--explain] < in.jsonl > out.jsonl

Annotates a news article: people, organizations, places, agreements, dates
and quotations with their speakers. Prints the annotations document (JSON,
offsets in UTF-16 code units). FILE may be - for standard input.
With --jsonl, reads lines {\"id\", \"text\", \"reference_date\"?} and writes one
line {\"id\", ...document} (or {\"id\", \"error\"}) per input line.";

struct Args {
    reference_date: Option<String>,
    explain: bool,
    jsonl: bool,
    file: Option<String>,
}

fn parse_args() -> Result<Option<Args>, String> {
    let mut args = Args { reference_date: None, explain: false, jsonl: false, file: None };
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(None);
            }
            "-V" | "--version" => {
                println!("article-annotator {}", env!("CARGO_PKG_VERSION"));
                return Ok(None);
            }
            "--explain" => args.explain = true,
            "--jsonl" => args.jsonl = true,
            "--reference-date" => {
                args.reference_date = Some(it.next().ok_or("--reference-date needs a date (YYYY-MM-DD)")?);
            }
            s if s.starts_with("--reference-date=") => args.reference_date = Some(s["--reference-date=".len()..].to_string()),
            s if s.starts_with('-') && s != "-" => return Err(format!("unknown option {s} (see --help)")),
            _ if args.file.is_some() => return Err("give one FILE (see --help)".to_string()),
            _ => args.file = Some(a),
        }
    }
    if args.jsonl && args.file.is_some() {
        return Err("--jsonl reads standard input; give no FILE".to_string());
    }
    if !args.jsonl && args.file.is_none() {
        return Err("no FILE given (see --help)".to_string());
    }
    Ok(Some(args))
}

fn read_input(file: &str) -> Result<String, String> {
    let mut bytes = Vec::new();
    let result = if file == "-" {
        io::stdin().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::File::open(file).and_then(|mut f| f.read_to_end(&mut bytes)).map(|_| ())
    };
    result.map_err(|e| format!("cannot read {file}: {}", describe_io(&e)))?;
    String::from_utf8(bytes).map_err(|e| format!("{file} is not UTF-8 text (invalid byte at offset {})", e.utf8_error().valid_up_to()))
}

fn describe_io(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file".to_string(),
        io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => {
            let s = e.to_string();
            // "Is a directory (os error 21)" → "is a directory"
            let s = s.split(" (os error").next().unwrap_or(&s).to_string();
            let mut c = s.chars();
            c.next().map(|f| f.to_lowercase().chain(c).collect()).unwrap_or(s)
        }
    }
}

fn options(date: Option<&str>, explain: bool) -> Result<Options, String> {
    let mut o = Options { explain, ..Options::default() };
    // An empty date means none (a script may pass an empty field through).
    if let Some(d) = date.filter(|d| !d.is_empty()) {
        o = o.reference_date(d).map_err(|e| e.to_string())?;
    }
    Ok(o)
}

#[derive(Deserialize)]
struct Line {
    #[serde(default)]
    id: serde_json::Value,
    text: String,
    #[serde(default)]
    reference_date: Option<String>,
}

fn run_jsonl(explain: bool) -> Result<bool, String> {
    let stdin = io::stdin();
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut all_ok = true;
    for (n, line) in stdin.lock().split(b'\n').enumerate() {
        let line = line.map_err(|e| format!("cannot read standard input: {}", describe_io(&e)))?;
        let line = String::from_utf8(line).map_err(|_| format!("line {} is not UTF-8 text", n + 1));
        let result = line.and_then(|l| {
            if l.trim().is_empty() {
                return Ok(None);
            }
            // serde reads a struct from an array too (["a", "b"]): only objects are lines (issue #8).
            if !l.trim_start().starts_with('{') {
                return Err(format!("line {}: not a JSON object with \"text\"", n + 1));
            }
            let parsed: Line = serde_json::from_str(&l).map_err(|e| format!("line {}: not a JSON object with \"text\": {e}", n + 1))?;
            let opts = options(parsed.reference_date.as_deref().filter(|d| !d.is_empty()), explain).map_err(|e| format!("line {}: {e}", n + 1))?;
            let doc = serde_json::to_string(&annotate(&parsed.text, &opts)).map_err(|e| e.to_string())?;
            // {"id": …, then the document's own fields in their own order.
            Ok(Some(format!("{{\"id\":{},{}", parsed.id, &doc[1..])))
        });
        let value = match result {
            Ok(None) => continue,
            Ok(Some(v)) => v,
            Err(e) => {
                eprintln!("article-annotator: {e}");
                all_ok = false;
                serde_json::json!({ "line": n + 1, "error": e }).to_string()
            }
        };
        writeln!(out, "{value}").map_err(|e| format!("cannot write: {}", describe_io(&e)))?;
    }
    out.flush().map_err(|e| format!("cannot write: {}", describe_io(&e)))?;
    Ok(all_ok)
}

fn run() -> Result<bool, String> {
    let Some(args) = parse_args()? else { return Ok(true) };
    if args.jsonl {
        return run_jsonl(args.explain);
    }
    let opts = options(args.reference_date.as_deref(), args.explain)?;
    let file = args.file.unwrap_or_default();
    let text = read_input(&file)?;
    let json = annotate(&text, &opts).to_json();
    let mut out = io::stdout().lock();
    writeln!(out, "{json}").map_err(|e| format!("cannot write: {}", describe_io(&e)))?;
    Ok(true)
}

fn main() -> ExitCode {
    match run() {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) => {
            eprintln!("article-annotator: {e}");
            ExitCode::from(2)
        }
    }
}
