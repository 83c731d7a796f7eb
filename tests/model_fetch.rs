//! `calma model fetch` (`cargo test --features listen --test model_fetch`)
//! against a small HTTP server in the test itself (no network): a whole
//! download, one carried on after the server dropped the connection
//! halfway, a file that fails its checksum, a name the server does not
//! have. Whatever fails leaves nothing but the resumable `.part`.
#![cfg(feature = "listen")]
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

mod common;

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use calma::listen::fetch::{FetchError, Fetched, fetch};
use calma::listen::models::Model;
use common::run_calma;

/// The server: one file at `/<name>`, Range requests answered with 206,
/// the first answer cut after `drop_after` bytes when set; the Range
/// header of every request kept, in order.
struct Server {
    base: String,
    ranges: Arc<Mutex<Vec<Option<String>>>>,
}

impl Server {
    fn start(name: &str, body: Vec<u8>, drop_after: Option<usize>) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let ranges = Arc::new(Mutex::new(Vec::new()));
        let (seen, path) = (ranges.clone(), format!("/{name}"));
        let dropped = AtomicBool::new(false);
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let cut = drop_after.filter(|_| !dropped.swap(true, Ordering::SeqCst));
                serve(stream, &path, &body, cut, &seen);
            }
        });
        Server { base, ranges }
    }

    fn ranges(&self) -> Vec<Option<String>> {
        self.ranges.lock().unwrap().clone()
    }
}

fn serve(stream: TcpStream, path: &str, body: &[u8], cut: Option<usize>, seen: &Mutex<Vec<Option<String>>>) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let (mut first, mut range) = (String::new(), None);
    reader.read_line(&mut first).unwrap();
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap() == 0 || line.trim().is_empty() {
            break;
        }
        if let Some((name, value)) = line.split_once(':')
            && name.eq_ignore_ascii_case("range")
        {
            range = Some(value.trim().to_string());
        }
    }
    seen.lock().unwrap().push(range.clone());
    let mut out = stream;
    if first.split_whitespace().nth(1) != Some(path) {
        let _ = out.write_all(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        return;
    }
    let from: usize =
        range.and_then(|r| r.strip_prefix("bytes=")?.strip_suffix('-')?.parse().ok()).unwrap_or(0);
    let len = body.len();
    let head = if from >= len && from > 0 {
        let _ = write!(
            out,
            "HTTP/1.1 416 Range Not Satisfiable\r\nContent-Range: bytes */{len}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
        );
        return;
    } else if from > 0 {
        format!("HTTP/1.1 206 Partial Content\r\nContent-Range: bytes {from}-{}/{len}\r\n", len - 1)
    } else {
        "HTTP/1.1 200 OK\r\n".to_string()
    };
    let rest = &body[from..];
    let _ = write!(out, "{head}Content-Length: {}\r\nConnection: close\r\n\r\n", rest.len());
    // Dropped halfway: the length promised, part of it sent, closed.
    let _ = out.write_all(&rest[..cut.unwrap_or(rest.len()).min(rest.len())]);
    let _ = out.flush();
}

/// A small file that looks like a whisper.cpp model, and its model entry
/// with the file's checksum (the test's own, as the list has the real
/// models' ones).
fn fake() -> (Vec<u8>, Model) {
    let mut body = b"lmgg".to_vec();
    let mut x: u32 = 12345;
    body.extend((0..300_000).map(|_| {
        x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
        (x >> 16) as u8
    }));
    let sha1 = sha1_smol::Sha1::from(&body).digest().to_string();
    (body, Model { name: "fake", mib: 0, sha1: Box::leak(sha1.into_boxed_str()) })
}

fn files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_whole_download_is_checked_and_renamed_with_its_progress() {
    let (body, model) = fake();
    let server = Server::start("ggml-fake.bin", body.clone(), None);
    let dir = tempfile::tempdir().unwrap();
    let models = dir.path().join("models");
    let mut seen = Vec::new();
    let got = fetch(&model, &server.base, &models, &mut |done, total| seen.push((done, total))).unwrap();
    assert_eq!(got, Fetched::Downloaded(models.join("ggml-fake.bin")));
    assert_eq!(std::fs::read(models.join("ggml-fake.bin")).unwrap(), body);
    assert_eq!(files(&models), ["ggml-fake.bin"]);
    assert_eq!(seen.first(), Some(&(0, Some(body.len() as u64))));
    assert_eq!(seen.last(), Some(&(body.len() as u64, Some(body.len() as u64))));
    assert!(seen.windows(2).all(|w| w[0].0 <= w[1].0), "progress only grows");
    assert_eq!(server.ranges(), [None]);

    // Again: it is there, whole; nothing is asked of the server.
    let again = fetch(&model, &server.base, &models, &mut |_, _| {}).unwrap();
    assert_eq!(again, Fetched::AlreadyThere(models.join("ggml-fake.bin")));
    assert_eq!(server.ranges().len(), 1);
}

#[test]
fn a_dropped_connection_keeps_the_part_and_the_next_run_carries_on_from_it() {
    let (body, model) = fake();
    let half = body.len() / 2;
    let server = Server::start("ggml-fake.bin", body.clone(), Some(half));
    let dir = tempfile::tempdir().unwrap();
    let models = dir.path().join("models");
    let err = fetch(&model, &server.base, &models, &mut |_, _| {}).unwrap_err();
    match &err {
        FetchError::Broken { part, done, total, .. } => {
            assert_eq!(part, &models.join("ggml-fake.bin.part"));
            assert_eq!((*done, *total), (half as u64, Some(body.len() as u64)));
        }
        other => panic!("not a broken download: {other:?}"),
    }
    // Never a half model under its name: only the part, as long as what came.
    assert_eq!(files(&models), ["ggml-fake.bin.part"]);
    assert_eq!(std::fs::metadata(models.join("ggml-fake.bin.part")).unwrap().len(), half as u64);

    let mut first = None;
    let got = fetch(&model, &server.base, &models, &mut |done, _| {
        first.get_or_insert(done);
    })
    .unwrap();
    assert_eq!(got, Fetched::Downloaded(models.join("ggml-fake.bin")));
    assert_eq!(first, Some(half as u64), "the progress starts where the part ended");
    assert_eq!(std::fs::read(models.join("ggml-fake.bin")).unwrap(), body);
    assert_eq!(files(&models), ["ggml-fake.bin"]);
    assert_eq!(server.ranges(), [None, Some(format!("bytes={half}-"))]);
}

#[test]
fn a_part_already_whole_is_checked_without_downloading_again() {
    let (body, model) = fake();
    let server = Server::start("ggml-fake.bin", body.clone(), None);
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("ggml-fake.bin.part"), &body).unwrap();
    let got = fetch(&model, &server.base, dir.path(), &mut |_, _| {}).unwrap();
    assert_eq!(got, Fetched::Downloaded(dir.path().join("ggml-fake.bin")));
    assert_eq!(server.ranges(), [Some(format!("bytes={}-", body.len()))]);
}

#[test]
fn a_file_that_fails_its_checksum_leaves_nothing() {
    let (body, mut model) = fake();
    model.sha1 = "0000000000000000000000000000000000000000";
    let server = Server::start("ggml-fake.bin", body, None);
    let dir = tempfile::tempdir().unwrap();
    let err = fetch(&model, &server.base, dir.path(), &mut |_, _| {}).unwrap_err();
    assert_eq!(err, FetchError::Damaged { file: dir.path().join("ggml-fake.bin") });
    assert_eq!(files(dir.path()), Vec::<String>::new());
}

/// `calma model fetch` itself: CALMA_MODEL_URL points it at the server.
fn calma_fetch(name: &str, server: &Server, data: &Path) -> (i32, String, String) {
    let args = ["--lang", "en", "--data-dir", data.to_str().unwrap(), "model", "fetch", name];
    run_calma(&args, &[("CALMA_MODEL_URL", &server.base)], "")
}

#[test]
fn the_command_says_in_one_line_what_went_wrong_and_leaves_nothing() {
    let (body, _) = fake();
    // Served under a real model's name: its published sum does not match.
    let server = Server::start("ggml-tiny-q5_1.bin", body, None);
    let dir = tempfile::tempdir().unwrap();
    let models = dir.path().join("models");

    let (code, out, err) = calma_fetch("tiny-q5_1", &server, dir.path());
    assert_eq!(code, 1, "{out}{err}");
    let url = format!("{}/ggml-tiny-q5_1.bin", server.base);
    let lines: Vec<&str> = err.lines().collect();
    assert!(lines[0].contains(&url), "the first line says what is downloaded from where: {err}");
    // Not a terminal: plain progress lines, every tenth, then one error line.
    assert!(lines.iter().any(|l| l.contains("ggml-tiny-q5_1.bin") && l.contains("100 %")), "{err}");
    let last = lines.last().unwrap();
    assert!(last.starts_with("calma: ") && last.contains("checksum"), "{err}");
    assert!(last.contains("calma model fetch tiny-q5_1"), "says what to do: {err}");
    assert_eq!(files(&models), Vec::<String>::new());

    let (code, _, err) = calma_fetch("base", &server, dir.path());
    assert_eq!(code, 1);
    let last = err.lines().last().unwrap();
    assert!(last.contains(&format!("{}/ggml-base.bin", server.base)) && last.contains("404"), "{err}");
    assert!(last.contains("calma model"), "says what to do: {err}");
    assert_eq!(files(&models), Vec::<String>::new());

    let (code, _, err) = calma_fetch("huge", &server, dir.path());
    assert_eq!((code, err.lines().count()), (1, 1), "{err}");
    assert!(err.contains("huge") && err.contains("small-q5_1"), "{err}");
}
