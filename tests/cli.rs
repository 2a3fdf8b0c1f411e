//! The command line: output, and one-line errors with a non-zero status.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_article-annotator"))
}

fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = bin().args(args).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    if let Some(input) = stdin {
        child.stdin.take().unwrap().write_all(input).unwrap();
    } else {
        drop(child.stdin.take());
    }
    child.wait_with_output().unwrap()
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
