//! The only path to stdout: text or JSON, one flush per line (so a reader
//! of a stream sees each item as it happens), network text sanitised for
//! terminals, and a closed pipe treated as a normal end.

use std::io::{self, Write};
use std::sync::atomic::{AtomicBool, Ordering};

use serde::Serialize;
use serde_json::json;

use crate::error::Error;
pub use crate::sanitize::sanitize;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
}

#[derive(Debug, Clone, Copy)]
pub struct Output {
    pub format: Format,
}

impl Output {
    pub fn is_json(&self) -> bool {
        self.format == Format::Json
    }

    /// One line of text (sanitise network text before passing it in);
    /// false once stdout is gone.
    pub fn line(&self, text: &str) -> bool {
        write_line(text)
    }

    /// One JSON document on one line; false once stdout is gone.
    pub fn json<T: Serialize + ?Sized>(&self, value: &T) -> bool {
        let text = serde_json::to_string(value).expect("output values serialise");
        write_line(&text)
    }

    /// One JSON document, pretty when it is the whole output of a command.
    pub fn json_document<T: Serialize + ?Sized>(&self, value: &T) -> bool {
        let text = serde_json::to_string_pretty(value).expect("output values serialise");
        write_line(&text)
    }

    /// In JSON mode a failure is also a document on stdout, so a script
    /// reading only stdout still learns what happened.
    pub fn error(&self, error: &Error) {
        if self.is_json() {
            self.json(&json!({
                "error": {
                    "code": error.kind.exit_code(),
                    "kind": error.kind.name(),
                    "condition": error.condition,
                    "message": error.message,
                }
            }));
        }
    }
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
/// column is not padded).
pub fn align<const N: usize>(rows: &[[String; N]]) -> Vec<String> {
    let mut widths = [0usize; N];
    for row in rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    rows.iter()
        .map(|row| {
            let mut line = String::new();
            for (i, cell) in row.iter().enumerate() {
                if i + 1 < N {
                    line.push_str(&format!("{cell:<width$}  ", width = widths[i]));
                } else {
                    line.push_str(cell);
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
