//! Text from the network made safe for a terminal: every line xmppctl
//! writes to stdout or stderr that holds such text goes through here.

/// Escape characters that could drive a terminal (C0/C1 controls, DEL,
/// bidirectional overrides) as `\u{..}`; newlines and tabs stay.
pub fn sanitize(text: &str) -> String {
    let mut clean = String::with_capacity(text.len());
    for c in text.chars() {
        let dangerous = (c.is_control() && c != '\n' && c != '\t')
            || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}');
        if dangerous {
            clean.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            clean.push(c);
        }
    }
    clean
}

#[cfg(test)]
mod tests {
    use super::sanitize;

    #[test]
    fn escapes_terminal_controls_and_bidi() {
        assert_eq!(sanitize("a\u{1b}[31mb"), "a\\u{1b}[31mb");
        assert_eq!(sanitize("x\u{202E}y"), "x\\u{202e}y");
        assert_eq!(sanitize("line\nnext\ttab é"), "line\nnext\ttab é");
        assert_eq!(sanitize("\r\u{9b}"), "\\u{d}\\u{9b}");
    }
}
