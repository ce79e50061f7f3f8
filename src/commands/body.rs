//! The text of a message given on the command line, in a file or on stdin.

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::error::io_reason;
use crate::error::{Error, Result};

/// Where a message's text comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// The MESSAGE argument.
    Text(String),
    /// `--file PATH`
    File(PathBuf),
    /// MESSAGE omitted or "-".
    Stdin,
}

impl Source {
    /// MESSAGE and `--file` as given: the file wins, "-" means stdin.
    pub fn from_args(message: Option<String>, file: Option<PathBuf>) -> Source {
        match (file, message) {
            (Some(path), _) => Source::File(path),
            (None, Some(text)) if text != "-" => Source::Text(text),
            _ => Source::Stdin,
        }
    }
}

/// The whole body. One trailing newline (as `echo` adds) is dropped; an
/// empty body is refused (exit 2): nothing would be sent.
pub fn read(source: &Source) -> Result<String> {
    let mut body = match source {
        Source::File(path) => std::fs::read_to_string(path).map_err(|e| file_error(path, &e))?,
        Source::Text(text) => text.clone(),
        Source::Stdin => {
            let mut text = String::new();
            std::io::stdin().read_to_string(&mut text).map_err(|e| {
                Error::usage(format!(
                    "cannot read the message from stdin: {}",
                    io_reason(&e)
                ))
            })?;
            text
        }
    };
    if body.ends_with('\n') {
        body.pop();
        if body.ends_with('\r') {
            body.pop();
        }
    }
    if body.is_empty() {
        return Err(Error::usage("the message is empty; nothing to send"));
    }
    Ok(body)
}

/// A message file that cannot be read: a usage error naming it.
pub fn file_error(path: &Path, e: &std::io::Error) -> Error {
    Error::usage(format!(
        "cannot read message file {}: {}",
        path.display(),
        io_reason(e)
    ))
}

#[cfg(test)]
mod tests {
    use super::{Source, read};

    fn text(body: &str) -> Source {
        Source::Text(body.into())
    }

    #[test]
    fn drops_one_trailing_newline_and_refuses_empty() {
        assert_eq!(read(&text("hi\n")).unwrap(), "hi");
        assert_eq!(read(&text("two\r\n\n")).unwrap(), "two\r\n");
        assert_eq!(read(&text("\n")).unwrap_err().kind.exit_code(), 2);
        assert_eq!(Source::from_args(Some("-".into()), None), Source::Stdin);
        let missing = read(&Source::File("/nonexistent/x".into()));
        assert!(
            missing
                .unwrap_err()
                .message
                .contains("cannot read message file")
        );
    }
}
