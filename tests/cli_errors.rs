//! The command line on bad input (issue #8): invalid UTF-8, missing files,
//! bad options and dates give one line on stderr and a non-zero status, never
//! a panic; `--jsonl` reports each bad line with its number and goes on,
//! losing no line. (`tests/cli.rs` has the first cases of each.)

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_article-annotator"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    let bytes = stdin.to_vec();
    // Write from a thread: a big input must not dead-lock against a full stdout pipe.
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&bytes);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}

fn temp(name: &str, bytes: &[u8]) -> String {
    let dir = std::env::temp_dir().join(format!("article-annotator-cli-errors-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path.to_str().unwrap().to_string()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Non-zero status, nothing on stdout, one line on stderr containing `needle`.
fn assert_one_line_error(out: &Output, needle: &str) {
    let err = stderr(out);
    assert!(!out.status.success(), "status 0 for an error: {err}");
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(out.stdout.is_empty(), "stdout on error: {}", String::from_utf8_lossy(&out.stdout));
    assert_eq!(err.lines().count(), 1, "not one line: {err:?}");
    assert!(err.starts_with("article-annotator: ") && err.contains(needle), "{err:?} lacks {needle:?}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn single_document_errors() {
    let ok = temp("ok.txt", b"Talks in Oslo ended.");
    let cases: Vec<(Vec<&str>, &[u8], &str)> = vec![
        (vec!["-"], b"caf\xc3\xa9 \xc3", "- is not UTF-8 text (invalid byte at offset 6)"),
        (vec!["-"], b"\xfe\xff\x00T\x00a", "is not UTF-8 text (invalid byte at offset 0)"),
        (vec!["--reference-date=2019-13-01", &ok], b"", "bad date \"2019-13-01\""),
        (vec!["--reference-date", "tomorrow", &ok], b"", "bad date \"tomorrow\""),
        (vec!["--reference-date", "2023-02-29", &ok], b"", "bad date \"2023-02-29\""),
        (vec!["--reference-date", "99999-01-01", &ok], b"", "bad date"),
        (vec!["--reference-date", "２０２３-01-01", &ok], b"", "bad date"),
        (vec!["--explain", "--bogus", &ok], b"", "unknown option --bogus"),
        (vec!["-x", &ok], b"", "unknown option -x"),
        (vec!["--jsonl", &ok], b"", "--jsonl reads standard input; give no FILE"),
        (vec!["/no/such/dir/article.txt"], b"", "cannot read /no/such/dir/article.txt: no such file"),
        (vec![""], b"", "cannot read"),
    ];
    for (args, input, needle) in cases {
        let out = run(&args, input);
        assert_one_line_error(&out, needle);
    }
}

#[test]
fn empty_and_blank_inputs_are_documents() {
    for input in [&b""[..], b"\n", b"\xef\xbb\xbf", b"   \r\n"] {
        let out = run(&["-"], input);
        assert!(out.status.success(), "{}", stderr(&out));
        let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(doc["text_length"], std::str::from_utf8(input).unwrap().encode_utf16().count());
        assert!(doc["entities"].as_array().unwrap().is_empty());
    }
}

/// Every input line gives exactly one output line, in order: a document with
/// its id, or `{"line": n, "error": …}`; each error is also one stderr line
/// naming the line; the status is 1 when any line failed.
#[test]
fn jsonl_reports_bad_lines_and_loses_nothing() {
    let mut input: Vec<u8> = Vec::new();
    // (what the line is, whether it fails)
    let lines: Vec<(&[u8], Option<&str>)> = vec![
        (br#"{"id": 1, "text": "Talks in Oslo ended on Friday.", "reference_date": "2021-03-05"}"#, None),
        (b"{\"id\": 2, \"text\": \"caf\xc3\xa9 \xff\"}", Some("line 2 is not UTF-8 text")),
        (br#"{"id": 3, "text": "Ola Berg spoke."}"#, None),
        (br#"{"id": 4}"#, Some("line 4: not a JSON object with \"text\"")),
        (br#"{"id": 5, "text": 42}"#, Some("line 5: not a JSON object")),
        // Regression, issue #8: serde reads a struct from an array; it was taken as {"id": "id", "text": "text"}.
        (br#"["id", "text"]"#, Some("line 6: not a JSON object")),
        (br#"{"id": 7, "text": "x", "reference_date": "2021-02-29"}"#, Some("line 7: bad date \"2021-02-29\"")),
        (br#"{"id": 8, "text": "x", "reference_date": 20210301}"#, Some("line 8: not a JSON object")),
        (br#"{"id": 9, "text": "truncated"#, Some("line 9: not a JSON object")),
        (b"\x00\x01", Some("line 10: not a JSON object")),
        (br#"{"id": {"nested": [1, 2]}, "text": "\u00e9\ud83d\ude00 \u201cYes,\u201d she said."}"#, None),
        (br#"{"id": 12, "text": "lone surrogate \ud800 here"}"#, Some("line 12: not a JSON object")),
        (br#"{"id": 13, "text": ""}"#, None),
    ];
    for (i, (line, _)) in lines.iter().enumerate() {
        input.extend_from_slice(line);
        // CRLF on some lines, and no newline at all after the last.
        match i % 3 {
            _ if i + 1 == lines.len() => {}
            0 => input.extend_from_slice(b"\r\n"),
            _ => input.push(b'\n'),
        }
    }
    let out = run(&["--jsonl"], &input);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let stdout = String::from_utf8(out.stdout.clone()).expect("UTF-8 output");
    let got: Vec<serde_json::Value> = stdout.lines().map(|l| serde_json::from_str(l).expect("each output line is JSON")).collect();
    assert_eq!(got.len(), lines.len(), "one output line per input line:\n{stdout}");
    let err = stderr(&out);
    let err_lines: Vec<&str> = err.lines().collect();
    let failing: Vec<&str> = lines.iter().filter_map(|(_, f)| *f).collect();
    assert_eq!(err_lines.len(), failing.len(), "{err}");
    for (n, ((_, fails), value)) in lines.iter().zip(&got).enumerate() {
        match fails {
            Some(needle) => {
                assert_eq!(value["line"], n + 1, "{value}");
                let message = value["error"].as_str().unwrap();
                assert!(message.contains(needle), "line {}: {message:?} lacks {needle:?}", n + 1);
                assert!(err_lines.iter().any(|l| l.contains(needle)), "stderr lacks {needle:?}: {err}");
            }
            None => {
                assert_eq!(value["schema"], "article-annotator/1", "line {}: {value}", n + 1);
                assert!(value.get("error").is_none());
            }
        }
    }
    assert_eq!(got[0]["id"], 1);
    assert_eq!(got[0]["reference_date"], "2021-03-05");
    assert_eq!(got[2]["id"], 3);
    assert_eq!(got[10]["id"], serde_json::json!({"nested": [1, 2]}));
    assert_eq!(got[10]["text_length"], 20, "é, an emoji (2 units), then 17 more");
    assert_eq!(got[12]["id"], 13);
    assert!(!err.contains("panicked"));
}

/// Thousands of lines, every tenth one bad: all come out, in order.
#[test]
fn jsonl_many_lines_in_order() {
    let mut input = String::new();
    for i in 0..2000 {
        if i % 10 == 3 {
            input.push_str(&format!("{{\"id\": {i}, \"text\": }}\n"));
        } else {
            input.push_str(&format!("{{\"id\": {i}, \"text\": \"Line {i}: talks in Oslo ended on Nov. 17.\"}}\n"));
        }
    }
    let out = run(&["--jsonl"], input.as_bytes());
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<serde_json::Value> = stdout.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 2000);
    for (i, v) in lines.iter().enumerate() {
        if i % 10 == 3 {
            assert_eq!(v["line"], i + 1);
        } else {
            assert_eq!(v["id"], i);
        }
    }
    assert_eq!(String::from_utf8_lossy(&out.stderr).lines().count(), 200);
}

/// A reader that goes away (`| head -c 1`): a one-line error, no panic.
#[test]
fn closed_standard_output() {
    let path = temp("long.txt", "“We are close,” Minister Ola Berg said in Oslo on Friday.\n\n".repeat(3000).as_bytes());
    for args in [vec![path.as_str()], vec!["--jsonl"]] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_article-annotator"))
            .args(&args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        let mut stdin = child.stdin.take().unwrap();
        let line = "{\"id\": 1, \"text\": \"Talks in Oslo ended.\"}\n".repeat(5000);
        let _ = stdin.write_all(line.as_bytes());
        drop(stdin);
        let out = child.wait_with_output().unwrap();
        let err = stderr(&out);
        assert!(!out.status.success(), "{args:?}");
        assert!(!err.contains("panicked"), "{args:?}: {err}");
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(err.contains("cannot write"), "{args:?}: {err}");
    }
}
