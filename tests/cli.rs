//! The command line: output, and one-line errors with a non-zero status.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_article-annotator"))
}

fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = bin().args(args).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    let mut pipe = child.stdin.take().unwrap();
    // Written from another thread while the output is read: a long input
    // would otherwise fill both pipes and wait forever.
    let input = stdin.unwrap_or_default().to_vec();
    let writer = std::thread::spawn(move || {
        // The program may exit before reading everything (a bad option).
        let _ = pipe.write_all(&input);
    });
    let output = child.wait_with_output().unwrap();
    writer.join().unwrap();
    output
}

fn temp(name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("article-annotator-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn one_line_error(out: &Output, contains: &str) {
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "stderr: {err}");
    assert!(err.starts_with("article-annotator: ") && err.contains(contains), "stderr: {err}");
    assert!(!err.contains("panicked"));
    assert!(out.stdout.is_empty());
}

#[test]
fn annotates_a_file() {
    let path = temp("ok.txt", "“We are ready,” said Mayor Ana Ruiz on Nov. 17.".as_bytes());
    let out = run(&["--reference-date", "2019-11-18", path.to_str().unwrap()], None);
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.ends_with("}\n"));
    assert!(stdout.contains("\"schema\": \"article-annotator/1\""));
    assert!(stdout.contains("\"value\": \"2019-11-17\""));
    assert!(!stdout.contains("\"rule\""), "rules only with --explain");
    let explained = run(&["--explain", path.to_str().unwrap()], None);
    assert!(String::from_utf8(explained.stdout).unwrap().contains("\"rule\""));
}

#[test]
fn reads_standard_input() {
    let out = run(&["-"], Some("Talks in Oslo ended.".as_bytes()));
    assert!(out.status.success());
    assert!(String::from_utf8(out.stdout).unwrap().contains("Oslo"));
}

#[test]
fn errors_are_one_line() {
    one_line_error(&run(&["/no/such/file.txt"], None), "cannot read /no/such/file.txt: no such file");
    let bad = temp("bad.txt", b"caf\xe9 \xff");
    one_line_error(&run(&[bad.to_str().unwrap()], None), "is not UTF-8 text (invalid byte at offset 3)");
    let ok = temp("ok2.txt", b"text");
    one_line_error(&run(&["--reference-date", "2019-02-30", ok.to_str().unwrap()], None), "bad date \"2019-02-30\"");
    one_line_error(&run(&["--reference-date"], None), "--reference-date needs a date");
    one_line_error(&run(&["--frobnicate", "x"], None), "unknown option --frobnicate");
    one_line_error(&run(&[], None), "no FILE given");
    one_line_error(&run(&["a", "b"], None), "give one FILE");
    let dir = std::env::temp_dir();
    one_line_error(&run(&[dir.to_str().unwrap()], None), "cannot read");
}

#[test]
fn jsonl_keeps_going_past_bad_lines() {
    let input = concat!(
        "{\"id\": \"a\", \"text\": \"Talks in Oslo ended on Friday.\", \"reference_date\": \"2021-03-05\"}\n",
        "not json\n",
        "\n",
        "{\"id\": 7, \"text\": \"x\", \"reference_date\": \"2021-13-01\"}\n",
        "{\"id\": \"b\", \"text\": \"Nothing here.\"}\n",
    );
    let out = run(&["--jsonl"], Some(input.as_bytes()));
    assert!(!out.status.success(), "bad lines make the status non-zero");
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 4, "{stdout}");
    assert!(lines[0].starts_with("{\"id\":\"a\",\"schema\":\"article-annotator/1\""));
    assert!(lines[0].contains("\"value\":\"2021-03-05\""));
    assert!(lines[1].contains("\"error\"") && lines[1].contains("\"line\":2"));
    assert!(lines[2].contains("bad date"));
    assert!(lines[3].starts_with("{\"id\":\"b\""));
    assert_eq!(String::from_utf8_lossy(&out.stderr).lines().count(), 2);
}

#[test]
fn help_and_version() {
    let out = run(&["--help"], None);
    assert!(out.status.success());
    assert!(String::from_utf8(out.stdout).unwrap().starts_with("usage: article-annotator"));
    let out = run(&["--version"], None);
    assert!(String::from_utf8(out.stdout).unwrap().starts_with("article-annotator 0."));
}

/// The seed article, checked from outside: the command line without a
/// reference date must read 2019-11-18 from the "Posted on" line.
#[test]
fn seed_article_through_the_command_line() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/dev/hankyoreh-gsomia-2019.txt");
    if !path.exists() {
        eprintln!("skipped: {} is absent", path.display());
        return;
    }
    let out = run(&[path.to_str().unwrap()], None);
    assert!(out.status.success());
    let json = String::from_utf8(out.stdout).unwrap();
    for needle in [
        "\"reference_date\": \"2019-11-18\"",
        "\"name\": \"Jeong Kyeong-doo\"",
        "\"name\": \"Taro Kono\"",
        "\"name\": \"Mark Esper\"",
        "\"name\": \"Moon Jae-in\"",
        "\"name\": \"General Security of Military Information Agreement\"",
        "\"GOSMIA\"",
        "\"text\": \"Nov. 17\",\n      \"kind\": \"date\",\n      \"value\": \"2019-11-17\"",
        "\"text\": \"There isn’t anything I can say at the moment,\"",
    ] {
        assert!(json.contains(needle), "missing {needle}");
    }
}

/// `count` JSON lines of short articles whose ids count up from 0; every
/// `bad_every`-th line (from line 1) is broken in a different way. Lengths
/// vary a lot so that threads finish out of order.
fn jsonl_input(count: usize, bad_every: usize) -> String {
    let mut input = String::new();
    for k in 0..count {
        if bad_every > 0 && k % bad_every == bad_every - 1 {
            input.push_str(["not json", "{\"id\": 1}", "{\"text\": \"x\", \"reference_date\": \"2021-02-30\"}", "[1, 2]"][k / bad_every % 4]);
        } else {
            let sentence = format!("“We will meet again,” said Minister Ana Ruiz{k} in Oslo on Nov. {}. ", k % 28 + 1);
            let text = sentence.repeat(1 + (k * 7919) % 40);
            input.push_str(&serde_json::json!({ "id": k, "text": text, "reference_date": "2021-03-05" }).to_string());
        }
        input.push('\n');
    }
    input
}

/// Issue #7: `--jobs N` writes exactly what one thread writes (stdout and
/// stderr, byte for byte, in input order) whatever N, past bad lines.
#[test]
fn jsonl_jobs_keep_order_and_bytes() {
    let input = jsonl_input(240, 17);
    let one = run(&["--jsonl", "--jobs", "1"], Some(input.as_bytes()));
    assert_eq!(one.status.code(), Some(1), "bad lines make the status 1");
    let lines: Vec<&str> = std::str::from_utf8(&one.stdout).unwrap().lines().collect();
    assert_eq!(lines.len(), 240);
    let mut next_id = 0;
    for (k, line) in lines.iter().enumerate() {
        if k % 17 == 16 {
            assert!(line.starts_with("{\"error\":\"line ") && line.ends_with(&format!(",\"line\":{}}}", k + 1)), "{line}");
        } else {
            assert!(line.starts_with(&format!("{{\"id\":{k},\"schema\":\"article-annotator/1\"")), "line {k}: {line}");
            next_id += 1;
        }
    }
    assert_eq!(next_id, 240 - 240 / 17);
    assert_eq!(String::from_utf8_lossy(&one.stderr).lines().count(), 240 / 17);
    for jobs in ["2", "3", "8", "64"] {
        let many = run(&["--jsonl", "--jobs", jobs], Some(input.as_bytes()));
        assert_eq!(many.status.code(), Some(1));
        assert!(many.stdout == one.stdout, "--jobs {jobs}: stdout differs from --jobs 1");
        assert_eq!(many.stderr, one.stderr, "--jobs {jobs}: stderr differs from --jobs 1");
    }
    // The default (every core) too, and --jobs=N spelt with '='.
    assert!(run(&["--jsonl"], Some(input.as_bytes())).stdout == one.stdout);
    assert!(run(&["--jsonl", "--jobs=5"], Some(input.as_bytes())).stdout == one.stdout);
}

/// Issue #7: many lines through a small window of lines in flight (jobs × 4),
/// the last line without its newline, blank lines skipped but counted.
#[test]
fn jsonl_many_lines_through_the_window() {
    let mut input = String::new();
    for k in 0..5000 {
        input.push_str(&format!("{{\"id\":\"a{k}\",\"text\":\"Talks in Oslo ended on Friday, No. {k}.\"}}\n"));
        if k % 1000 == 0 {
            input.push_str("  \n");
        }
    }
    input.pop();
    let out = run(&["--jsonl", "--jobs", "3"], Some(input.as_bytes()));
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.stderr.is_empty());
    let stdout = String::from_utf8(out.stdout).unwrap();
    let ids: Vec<&str> = stdout.lines().map(|l| &l[..l.find(",\"schema\"").unwrap()]).collect();
    let expected: Vec<String> = (0..5000).map(|k| format!("{{\"id\":\"a{k}\"")).collect();
    assert_eq!(ids, expected);
    assert!(stdout.ends_with("}\n"));
}

/// Issue #7: bad lines keep their own line number on any thread, including a
/// line that is not UTF-8 and one after blank lines.
#[test]
fn jsonl_error_lines_keep_their_numbers_across_jobs() {
    let mut input = Vec::new();
    input.extend_from_slice(b"{\"id\": 1, \"text\": \"Ana Ruiz spoke in Oslo.\"}\n\n\n");
    input.extend_from_slice(b"{\"id\": 2, \"text\": \"caf\xe9\"}\n");
    input.extend_from_slice(b"{\"id\": 3, \"text\": 42}\n");
    input.extend_from_slice(b"{\"id\": 4, \"text\": \"ok\", \"reference_date\": \"\"}\n");
    for jobs in ["1", "4"] {
        let out = run(&["--jsonl", "--jobs", jobs], Some(&input));
        assert_eq!(out.status.code(), Some(1));
        let stdout = String::from_utf8(out.stdout).unwrap();
        let lines: Vec<&str> = stdout.lines().collect();
        assert_eq!(lines.len(), 4, "{stdout}");
        assert!(lines[0].starts_with("{\"id\":1,"));
        assert_eq!(lines[1], "{\"error\":\"line 4 is not UTF-8 text\",\"line\":4}");
        assert!(lines[2].starts_with("{\"error\":\"line 5: not a JSON object with \\\"text\\\"") && lines[2].ends_with("\"line\":5}"));
        assert!(lines[3].starts_with("{\"id\":4,"));
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(stderr.lines().collect::<Vec<_>>()[0], "article-annotator: line 4 is not UTF-8 text");
    }
}

#[test]
fn jobs_option_errors() {
    for (args, message) in [
        (&["--jsonl", "--jobs", "0"][..], "--jobs needs a whole number of threads from 1 to 1024 (got \"0\")"),
        (&["--jsonl", "--jobs", "-2"][..], "--jobs needs a whole number of threads from 1 to 1024 (got \"-2\")"),
        (&["--jsonl", "--jobs=many"][..], "--jobs needs a whole number of threads from 1 to 1024 (got \"many\")"),
        (&["--jsonl", "--jobs", "1025"][..], "(got \"1025\")"),
        (&["--jsonl", "--jobs", "99999999999999999999999"][..], "from 1 to 1024"),
        (&["--jsonl", "--jobs"][..], "--jobs needs a number of threads"),
        (&["--jobs", "2", "file.txt"][..], "--jobs applies to --jsonl only"),
    ] {
        one_line_error(&run(args, Some(b"")), message);
    }
}

/// Issue #7: `--jsonl` streams: each result comes out while standard input is
/// still open (an archive piped through it never has to fit in memory).
#[test]
fn jsonl_streams_results_before_the_input_ends() {
    use std::io::{BufRead, BufReader};
    use std::sync::mpsc;
    use std::time::Duration;
    let mut child = bin().args(["--jsonl", "--jobs", "2"]).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let (tx, rx) = mpsc::channel();
    let stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            if tx.send(line.unwrap()).is_err() {
                return;
            }
        }
    });
    for k in 0..3 {
        writeln!(stdin, "{{\"id\": {k}, \"text\": \"Talks in Oslo ended on Friday.\"}}").unwrap();
        stdin.flush().unwrap();
        let line = rx.recv_timeout(Duration::from_secs(60)).expect("no output line while the input is still open");
        assert!(line.starts_with(&format!("{{\"id\":{k},")), "{line}");
    }
    drop(stdin);
    assert!(child.wait().unwrap().success());
    reader.join().unwrap();
    assert!(rx.try_recv().is_err(), "one output line per input line");
}
