//! The only path to stdout: text or JSON, one flush per line (so a reader
//! of a stream sees each item as it happens), network text sanitised for
//! terminals, and a closed pipe treated as a normal end.

mod render;

use std::io::{self, Write};
use std::sync::atomic::{AtomicBool, Ordering};

use serde::Serialize;
use serde_json::{Value, json};

use crate::error::Error;
use crate::sanitize::sanitize;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
}

/// How one result looks: text lines (sanitised here before printing) and
/// JSON documents, each printed compact on a line of its own. Either may
/// be empty: a ping's progress line has no JSON, a sent message no text.
pub trait Show {
    fn text(&self) -> Vec<String>;
    fn json(&self) -> Vec<Value>;
}

/// Where results go, in the format the run asked for.
#[derive(Debug, Clone, Copy)]
pub struct Output {
    pub format: Format,
}

impl Output {
    /// Print one result; false once stdout is gone (the command then stops
    /// its output and closes its session politely).
    pub fn show<T: Show + ?Sized>(&self, value: &T) -> bool {
        match self.format {
            Format::Text => value.text().iter().all(|line| write_line(&sanitize(line))),
            Format::Json => value
                .json()
                .iter()
                .all(|document| write_line(&document.to_string())),
        }
    }

    /// A failure: one `xmppctl:` line on stderr (plus a hint line), and in
    /// JSON mode also the error document on stdout, so a script reading
    /// only stdout still learns what happened.
    pub fn error(&self, error: &Error) {
        let message = sanitize(&error.message).replace('\n', " ");
        // A failing stderr cannot be reported anywhere; ignore it.
        let _ = writeln!(io::stderr().lock(), "xmppctl: {message}");
        if let Some(hint) = &error.hint {
            crate::diag::hint(sanitize(hint));
        }
        if self.format == Format::Json {
            write_line(&error_document(error).to_string());
        }
    }
}

/// `{"error":{"code","kind","condition","message"}}`
fn error_document(error: &Error) -> Value {
    json!({
        "error": {
            "code": error.kind.exit_code(),
            "kind": error.kind.name(),
            "condition": error.condition,
            "message": error.message,
        }
    })
}

/// One JSON document of a serialisable record.
fn document<T: Serialize + ?Sized>(value: &T) -> Value {
    serde_json::to_value(value).expect("output values serialise")
}

fn write_line(text: &str) -> bool {
    write_bytes(&[text.as_bytes(), b"\n"].concat())
}

/// Set once stdout failed for another reason than a closed pipe.
static WRITE_FAILED: AtomicBool = AtomicBool::new(false);
static GONE: AtomicBool = AtomicBool::new(false);

/// Bytes to stdout, flushed; false once stdout is gone. A closed pipe
/// (`xmppctl listen | head -1`: the reader has all it wanted) is a normal
/// end: the command stops its output and closes its session politely.
pub fn write_bytes(bytes: &[u8]) -> bool {
    if GONE.load(Ordering::Relaxed) {
        return false;
    }
    let mut stdout = io::stdout().lock();
    let result = stdout.write_all(bytes).and_then(|()| stdout.flush());
    if let Err(e) = result {
        GONE.store(true, Ordering::Relaxed);
        if e.kind() != io::ErrorKind::BrokenPipe {
            crate::diag::warn(format_args!("cannot write to stdout: {e}"));
            WRITE_FAILED.store(true, Ordering::Relaxed);
        }
        return false;
    }
    true
}

/// Whether some output was lost to a failing stdout (exit 1), as
/// opposed to a reader that closed the pipe (not an error).
pub fn write_failed() -> bool {
    WRITE_FAILED.load(Ordering::Relaxed)
}

/// Rows of cells as lines with aligned columns (two spaces apart; the last
/// column is not padded), cells sanitised first so widths are what shows.
fn align<const N: usize>(rows: &[[String; N]]) -> Vec<String> {
    let mut widths = [0usize; N];
    for row in rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(sanitize(cell).chars().count());
        }
    }
    rows.iter()
        .map(|row| {
            let mut line = String::new();
            for (i, cell) in row.iter().enumerate() {
                let cell = sanitize(cell);
                if i + 1 < N {
                    line.push_str(&format!("{cell:<width$}  ", width = widths[i]));
                } else {
                    line.push_str(&cell);
                }
            }
            line.trim_end().to_string()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::align;

    #[test]
    fn aligns_columns() {
        let rows = [
            ["a@b".to_string(), "x".into(), "both".into()],
            ["long@b".to_string(), "-".into(), "none".into()],
        ];
        assert_eq!(align(&rows), ["a@b     x  both", "long@b  -  none"]);
    }
}
