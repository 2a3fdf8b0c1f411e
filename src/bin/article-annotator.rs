//! The command line: one article to JSON, or many as JSON lines.
//!
//! ```text
//! article-annotator [--reference-date YYYY-MM-DD] [--explain] FILE   (FILE may be -)
//! article-annotator --jsonl [--jobs N] [--explain] < in.jsonl > out.jsonl
//! ```
//!
//! Errors are one line on stderr and a non-zero exit status.

use article_annotator::{annotate, Options};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::io::{self, BufRead, Read, Write};
use std::process::ExitCode;
use std::sync::{mpsc, Mutex};
use std::thread;

const USAGE: &str = "usage: article-annotator [--reference-date YYYY-MM-DD] [--explain] FILE
       article-annotator --jsonl [--jobs N] [--explain] < in.jsonl > out.jsonl

Annotates a news article: people, organizations, places, agreements, dates
and quotations with their speakers. Prints the annotations document (JSON,
offsets in UTF-16 code units). FILE may be - for standard input.
With --jsonl, reads lines {\"id\", \"text\", \"reference_date\"?} and writes one
line {\"id\", ...document} (or {\"line\", \"error\"}) per input line, in
input order, on N threads (default: every core); memory stays bounded
however long the input.";

struct Args {
    reference_date: Option<String>,
    explain: bool,
    jsonl: bool,
    jobs: Option<usize>,
    file: Option<String>,
}

fn parse_args() -> Result<Option<Args>, String> {
    let mut args = Args { reference_date: None, explain: false, jsonl: false, jobs: None, file: None };
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
            "--jobs" => args.jobs = Some(parse_jobs(&it.next().ok_or("--jobs needs a number of threads")?)?),
            s if s.starts_with("--jobs=") => args.jobs = Some(parse_jobs(&s["--jobs=".len()..])?),
            s if s.starts_with("--reference-date=") => args.reference_date = Some(s["--reference-date=".len()..].to_string()),
            s if s.starts_with('-') && s != "-" => return Err(format!("unknown option {s} (see --help)")),
            _ if args.file.is_some() => return Err("give one FILE (see --help)".to_string()),
            _ => args.file = Some(a),
        }
    }
    if args.jsonl && args.file.is_some() {
        return Err("--jsonl reads standard input; give no FILE".to_string());
    }
    if args.jobs.is_some() && !args.jsonl {
        return Err("--jobs applies to --jsonl only".to_string());
    }
    if !args.jsonl && args.file.is_none() {
        return Err("no FILE given (see --help)".to_string());
    }
    Ok(Some(args))
}

/// More threads than this cannot help (and spawning them could fail).
const MAX_JOBS: usize = 1024;

fn parse_jobs(s: &str) -> Result<usize, String> {
    match s.parse::<usize>() {
        Ok(n) if (1..=MAX_JOBS).contains(&n) => Ok(n),
        _ => Err(format!("--jobs needs a whole number of threads from 1 to {MAX_JOBS} (got {s:?})")),
    }
}

/// Every core the process may use; 1 when that cannot be known.
fn all_cores() -> usize {
    thread::available_parallelism().map(|n| n.get().min(MAX_JOBS)).unwrap_or(1)
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

/// What one input line of `--jsonl` becomes.
enum LineOutcome {
    /// A blank line: nothing is written.
    Blank,
    /// `{"id": …, …document}`.
    Document(String),
    /// A bad line: the message for standard error (the output line is built from it).
    Error(String),
}

/// Annotates line `n` (0-based) of `--jsonl` input. Pure: the same bytes give
/// the same outcome on any thread, which keeps `--jobs` output byte-identical.
fn annotate_line(n: usize, bytes: Vec<u8>, explain: bool) -> LineOutcome {
    let Ok(line) = String::from_utf8(bytes) else { return LineOutcome::Error(format!("line {} is not UTF-8 text", n + 1)) };
    if line.trim().is_empty() {
        return LineOutcome::Blank;
    }
    // serde reads a struct from an array too (["a", "b"]): only objects are lines (issue #8).
    if !line.trim_start().starts_with('{') {
        return LineOutcome::Error(format!("line {}: not a JSON object with \"text\"", n + 1));
    }
    let parsed: Line = match serde_json::from_str(&line) {
        Ok(parsed) => parsed,
        Err(e) => return LineOutcome::Error(format!("line {}: not a JSON object with \"text\": {e}", n + 1)),
    };
    let opts = match options(parsed.reference_date.as_deref(), explain) {
        Ok(opts) => opts,
        Err(e) => return LineOutcome::Error(format!("line {}: {e}", n + 1)),
    };
    match serde_json::to_string(&annotate(&parsed.text, &opts)) {
        // {"id": …, then the document's own fields in their own order.
        Ok(doc) => LineOutcome::Document(format!("{{\"id\":{},{}", parsed.id, &doc[1..])),
        Err(e) => LineOutcome::Error(format!("line {}: cannot write the document: {e}", n + 1)),
    }
}

/// Lines read but not yet written, per worker thread: the bound on memory
/// (at most `jobs × IN_FLIGHT_PER_JOB` lines held at once, however long the input).
const IN_FLIGHT_PER_JOB: usize = 4;

/// `--jsonl`: annotates standard input's lines on `jobs` threads and writes
/// their results in input order. The reader takes a ticket before it hands a
/// line out and the writer returns it once that line is written, so a slow
/// line holds back reading, never memory. Returns whether every line was good.
fn run_jsonl(explain: bool, jobs: usize) -> Result<bool, String> {
    let jobs = jobs.max(1);
    let window = jobs * IN_FLIGHT_PER_JOB;
    let (ticket_tx, ticket_rx) = mpsc::sync_channel::<()>(window);
    for _ in 0..window {
        ticket_tx.send(()).map_err(|_| "cannot start the workers".to_string())?;
    }
    let (work_tx, work_rx) = mpsc::sync_channel::<(usize, Vec<u8>)>(window);
    let work_rx = Mutex::new(work_rx);
    let (done_tx, done_rx) = mpsc::channel::<(usize, LineOutcome)>();

    thread::scope(|scope| {
        for _ in 0..jobs {
            let done_tx = done_tx.clone();
            let work_rx = &work_rx;
            scope.spawn(move || loop {
                // The lock is held only while taking the next line.
                let next = match work_rx.lock() {
                    Ok(rx) => rx.recv(),
                    Err(_) => return,
                };
                let Ok((n, bytes)) = next else { return };
                if done_tx.send((n, annotate_line(n, bytes, explain))).is_err() {
                    return;
                }
            });
        }
        drop(done_tx);
        let writer = scope.spawn(move || write_in_order(done_rx, ticket_tx));

        let mut read_error = None;
        let mut lines = io::stdin().lock().split(b'\n').enumerate();
        // A ticket first, then a line: no line is read before there is room for it.
        // No ticket: the writer has stopped (it cannot write), so stop reading.
        while ticket_rx.recv().is_ok() {
            let Some((n, line)) = lines.next() else { break };
            let line = match line {
                Ok(line) => line,
                Err(e) => {
                    read_error = Some(format!("cannot read standard input: {}", describe_io(&e)));
                    break;
                }
            };
            if work_tx.send((n, line)).is_err() {
                break;
            }
        }
        drop(work_tx);
        let written = writer.join().unwrap_or_else(|_| Err("the writer thread failed".to_string()));
        match (read_error, written) {
            (_, Err(e)) | (Some(e), Ok(_)) => Err(e),
            (None, Ok(all_ok)) => Ok(all_ok),
        }
    })
}

/// Writes the outcomes to standard output in line order (they arrive in any
/// order), error messages to standard error in the same order, and returns a
/// ticket for every line written.
fn write_in_order(done_rx: mpsc::Receiver<(usize, LineOutcome)>, ticket_tx: mpsc::SyncSender<()>) -> Result<bool, String> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut waiting: BTreeMap<usize, LineOutcome> = BTreeMap::new();
    let mut next = 0;
    let mut all_ok = true;
    let cannot_write = |e: io::Error| format!("cannot write: {}", describe_io(&e));
    loop {
        let (n, outcome) = match done_rx.try_recv() {
            Ok(done) => done,
            Err(mpsc::TryRecvError::Disconnected) => break,
            Err(mpsc::TryRecvError::Empty) => {
                // Flush only when about to wait, so a slow pipeline still streams.
                out.flush().map_err(cannot_write)?;
                match done_rx.recv() {
                    Ok(done) => done,
                    Err(_) => break,
                }
            }
        };
        waiting.insert(n, outcome);
        while let Some(outcome) = waiting.remove(&next) {
            match outcome {
                LineOutcome::Blank => {}
                LineOutcome::Document(line) => writeln!(out, "{line}").map_err(cannot_write)?,
                LineOutcome::Error(e) => {
                    eprintln!("article-annotator: {e}");
                    all_ok = false;
                    writeln!(out, "{}", serde_json::json!({ "line": next + 1, "error": e })).map_err(cannot_write)?;
                }
            }
            next += 1;
            // The reader may be gone (input ended): nothing to hand back then.
            let _ = ticket_tx.send(());
        }
    }
    out.flush().map_err(cannot_write)?;
    Ok(all_ok)
}

fn run() -> Result<bool, String> {
    let Some(args) = parse_args()? else { return Ok(true) };
    if args.jsonl {
        return run_jsonl(args.explain, args.jobs.unwrap_or_else(all_cores));
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
