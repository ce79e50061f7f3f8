//! The text of a message given on the command line, in a file or on stdin.

use std::io::Read;
use std::path::Path;

use crate::error::{Error, Result};
use crate::session::tls::io_reason;

/// The body from `file`, else MESSAGE, else all of stdin (MESSAGE omitted or
/// "-"). One trailing newline (as `echo` adds) is dropped; an empty body is
/// refused (exit 2): nothing would be sent.
pub fn read(message: Option<&str>, file: Option<&Path>) -> Result<String> {
    let mut body = match (file, message) {
        (Some(path), _) => std::fs::read_to_string(path).map_err(|e| {
            Error::usage(format!(
                "cannot read message file {}: {}",
                path.display(),
                io_reason(&e)
            ))
        })?,
        (None, Some(text)) if text != "-" => text.to_string(),
        _ => {
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

#[cfg(test)]
mod tests {
    use super::read;

    #[test]
    fn drops_one_trailing_newline_and_refuses_empty() {
        assert_eq!(read(Some("hi\n"), None).unwrap(), "hi");
        assert_eq!(read(Some("two\r\n\n"), None).unwrap(), "two\r\n");
        assert_eq!(read(Some("\n"), None).unwrap_err().kind.exit_code(), 2);
        let missing = read(None, Some(std::path::Path::new("/nonexistent/x")));
        assert!(
            missing
                .unwrap_err()
                .message
                .contains("cannot read message file")
        );
    }
}
