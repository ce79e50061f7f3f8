//! Upload throughput on loopback (`scripts/bench`): `xmppctl upload` of a
//! file to Prosody's mod_http_file_share, side by side with `curl -T` of
//! the same file to a fresh slot, and the peak memory of one upload of a
//! large file (the file is streamed, so memory stays flat). Each figure is
//! a whole process: xmppctl's includes its login, disco and slot request;
//! curl's slot is asked for beforehand, outside its time. Reports figures;
//! asserts only that every upload succeeded.
//!
//! Options: --mib N (the throughput file, default 256), --runs N (default
//! 5; the two clients take turns going first), --rss-mib N (the memory
//! file, default 1024).

#[path = "../tests/common/mod.rs"]
mod common;

use std::io::Write;
use std::path::Path;
use std::process::Command;
use std::time::Instant;

use common::prosody::UPLOAD_SERVICE;
use common::{Prosody, ProsodyOptions};

const MIB: u64 = 1024 * 1024;

fn arg(name: &str, default: u64) -> u64 {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// A file of `mib` MiB of varied bytes, written in 1 MiB pieces.
fn write_file(path: &Path, mib: u64) {
    let mut file = std::io::BufWriter::new(std::fs::File::create(path).expect("create file"));
    let piece: Vec<u8> = (0..MIB).map(|i| (i * 131 + i / 509) as u8).collect();
    for n in 0..mib {
        let mut piece = piece.clone();
        piece[..8].copy_from_slice(&n.to_le_bytes());
        file.write_all(&piece).expect("write file");
    }
    file.flush().expect("flush file");
}

/// A slot for `name`, asked for with `xmppctl iq raw`: the PUT URL and
/// its Authorization header.
fn fresh_slot(prosody: &Prosody, name: &str, size: u64) -> (String, String) {
    let request = format!(
        "<iq type='get' to='{UPLOAD_SERVICE}'><request xmlns='urn:xmpp:http:upload:0' \
         filename='{name}' size='{size}' content-type='application/octet-stream'/></iq>"
    );
    let output = prosody
        .cmd_as("alice")
        .args(["--json", "iq", "raw", &request])
        .output()
        .expect("run xmppctl iq raw");
    assert!(output.status.success(), "slot request failed: {output:?}");
    let answers: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let xml = answers[0]["xml"]
        .as_str()
        .expect("the answer's XML")
        .to_string();
    let between = |open: &str, close: char| {
        let start = xml.find(open).expect("in the slot") + open.len();
        let end = xml[start..].find(close).expect("closed") + start;
        xml[start..end].to_string()
    };
    let put = between("<put url='", '\'').replace("&amp;", "&");
    let authorization = between("name='Authorization'>", '<');
    (put, authorization)
}

/// MiB/s of `bytes` in `seconds`.
fn rate(bytes: u64, seconds: f64) -> f64 {
    bytes as f64 / MIB as f64 / seconds
}

fn median(mut samples: Vec<f64>) -> f64 {
    samples.sort_by(f64::total_cmp);
    samples[samples.len() / 2]
}

fn main() {
    let mib = arg("--mib", 256);
    let runs = arg("--runs", 5);
    let rss_mib = arg("--rss-mib", 1024);
    let limit = mib.max(rss_mib) * MIB + MIB;
    let prosody = Prosody::start_with(ProsodyOptions {
        upload: true,
        upload_config: vec![
            format!("http_file_share_size_limit = {limit}"),
            format!("http_file_share_daily_quota = {}", limit * (runs + 2) * 4),
        ],
        // Prosody reads HTTP connections 4 KiB at a time, and waits for a
        // timer (1 ms at least) whenever a TLS record is left half read:
        // that holds any client to about 4 MiB/s. Larger reads let the
        // clients' rates show.
        extra_global_config: vec!["network_default_read_size = 262144".into()],
        ..ProsodyOptions::default()
    });
    let dir = tempfile::tempdir().expect("bench folder");
    let file = dir.path().join("bench.bin");
    write_file(&file, mib);
    let size = mib * MIB;
    println!("upload of {mib} MiB to Prosody's mod_http_file_share on loopback ({runs} runs each)");

    let mut ours = Vec::new();
    let mut theirs = Vec::new();
    let xmppctl_once = || {
        let started = Instant::now();
        let output = prosody
            .cmd_as("alice")
            .arg("upload")
            .arg(&file)
            .timeout(std::time::Duration::from_secs(3600))
            .output()
            .expect("run xmppctl upload");
        let seconds = started.elapsed().as_secs_f64();
        assert!(output.status.success(), "xmppctl upload failed: {output:?}");
        rate(size, seconds)
    };
    let curl_once = |run: u64| {
        let (put, authorization) = fresh_slot(&prosody, &format!("curl-{run}.bin"), size);
        let started = Instant::now();
        let curl = Command::new("curl")
            .args([
                "--silent",
                "--show-error",
                "--fail",
                "--output",
                "/dev/null",
            ])
            .arg("--cacert")
            .arg(prosody.ca_file())
            .args(["-H", &format!("Authorization: {authorization}")])
            .args(["-H", "Content-Type: application/octet-stream"])
            .arg("-T")
            .arg(&file)
            .arg(&put)
            .status()
            .expect("run curl (apt-get install curl)");
        let seconds = started.elapsed().as_secs_f64();
        assert!(curl.success(), "curl -T failed");
        rate(size, seconds)
    };
    for run in 0..runs {
        if run % 2 == 0 {
            ours.push(xmppctl_once());
            theirs.push(curl_once(run));
        } else {
            theirs.push(curl_once(run));
            ours.push(xmppctl_once());
        }
    }
    println!("each run, MiB/s: xmppctl {ours:.0?}, curl {theirs:.0?}");
    let (ours, theirs) = (median(ours), median(theirs));
    println!("xmppctl upload: median {ours:.0} MiB/s (whole process: login, disco, slot, PUT)");
    println!("curl -T, same file, fresh slot: median {theirs:.0} MiB/s");
    println!("xmppctl / curl: {:.0}%", ours / theirs * 100.0);

    // Peak memory of a small and of a large upload: the same, if the
    // file is streamed.
    for (name, mib) in [("small.bin", 1), ("large.bin", rss_mib)] {
        let path = dir.path().join(name);
        write_file(&path, mib);
        let mut upload = prosody.spawnable_as("alice");
        upload.arg("upload").arg(&path);
        let started = Instant::now();
        let (status, peak) = common::run_measured(upload);
        let seconds = started.elapsed().as_secs_f64();
        assert_eq!(status, Some(0), "xmppctl upload of {mib} MiB failed");
        println!(
            "upload of {mib} MiB: {:.0} MiB/s, peak RSS {peak} KiB ({:.1} MiB)",
            rate(mib * MIB, seconds),
            peak as f64 / 1024.0
        );
        std::fs::remove_file(&path).expect("remove the file");
    }
}
