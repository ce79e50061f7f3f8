//! The content type of a file, guessed from its name's extension for the
//! kinds of file people share in chats: what clients show inline (images,
//! audio, video, plain text), documents and archives. A table this size
//! costs a few KiB of binary; a general MIME database costs 190 KiB.
//! Anything else is `application/octet-stream`; `--content-type` says
//! otherwise.

/// Extensions, lowercase and sorted, with their types.
const TYPES: &[(&str, &str)] = &[
    ("7z", "application/x-7z-compressed"),
    ("aac", "audio/aac"),
    ("avi", "video/x-msvideo"),
    ("avif", "image/avif"),
    ("bmp", "image/bmp"),
    ("bz2", "application/x-bzip2"),
    ("conf", "text/plain"),
    ("css", "text/css"),
    ("csv", "text/csv"),
    ("diff", "text/x-diff"),
    ("doc", "application/msword"),
    (
        "docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ),
    ("epub", "application/epub+zip"),
    ("flac", "audio/flac"),
    ("gif", "image/gif"),
    ("gz", "application/gzip"),
    ("heic", "image/heic"),
    ("htm", "text/html"),
    ("html", "text/html"),
    ("ico", "image/vnd.microsoft.icon"),
    ("ics", "text/calendar"),
    ("jpeg", "image/jpeg"),
    ("jpg", "image/jpeg"),
    ("js", "text/javascript"),
    ("json", "application/json"),
    ("log", "text/plain"),
    ("m4a", "audio/mp4"),
    ("m4v", "video/mp4"),
    ("md", "text/markdown"),
    ("mkv", "video/x-matroska"),
    ("mov", "video/quicktime"),
    ("mp3", "audio/mpeg"),
    ("mp4", "video/mp4"),
    ("odp", "application/vnd.oasis.opendocument.presentation"),
    ("ods", "application/vnd.oasis.opendocument.spreadsheet"),
    ("odt", "application/vnd.oasis.opendocument.text"),
    ("oga", "audio/ogg"),
    ("ogg", "audio/ogg"),
    ("ogv", "video/ogg"),
    ("opus", "audio/ogg"),
    ("patch", "text/x-diff"),
    ("pdf", "application/pdf"),
    ("png", "image/png"),
    ("ppt", "application/vnd.ms-powerpoint"),
    (
        "pptx",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ),
    ("rar", "application/vnd.rar"),
    ("svg", "image/svg+xml"),
    ("tar", "application/x-tar"),
    ("tgz", "application/gzip"),
    ("tif", "image/tiff"),
    ("tiff", "image/tiff"),
    ("toml", "text/plain"),
    ("tsv", "text/tab-separated-values"),
    ("txt", "text/plain"),
    ("vcf", "text/vcard"),
    ("wav", "audio/wav"),
    ("webm", "video/webm"),
    ("webp", "image/webp"),
    ("xls", "application/vnd.ms-excel"),
    (
        "xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ),
    ("xml", "application/xml"),
    ("xz", "application/x-xz"),
    ("yaml", "text/plain"),
    ("yml", "text/plain"),
    ("zip", "application/zip"),
    ("zst", "application/zstd"),
];

pub const FALLBACK: &str = "application/octet-stream";

/// The type for a file called `name`, by its last extension.
pub fn guess(name: &str) -> &'static str {
    let Some((stem, extension)) = name.rsplit_once('.') else {
        return FALLBACK;
    };
    if stem.is_empty() {
        return FALLBACK; // a dot file: ".profile" has no extension
    }
    let extension = extension.to_ascii_lowercase();
    TYPES
        .binary_search_by(|(known, _)| known.cmp(&extension.as_str()))
        .map_or(FALLBACK, |at| TYPES[at].1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_sorted_and_lowercase() {
        assert!(TYPES.windows(2).all(|pair| pair[0].0 < pair[1].0));
        assert!(
            TYPES
                .iter()
                .all(|(ext, _)| *ext == ext.to_ascii_lowercase())
        );
    }

    #[test]
    fn guesses_by_the_last_extension() {
        assert_eq!(guess("build.log"), "text/plain");
        assert_eq!(guess("Screen Shot.PNG"), "image/png");
        assert_eq!(guess("logs.tar.gz"), "application/gzip");
        assert_eq!(guess("core"), FALLBACK);
        assert_eq!(guess(".txt"), FALLBACK);
        assert_eq!(guess("data.unknown"), FALLBACK);
    }
}
