//! Which Prosody a [`super::Prosody`] runs: Debian's 0.12 from this
//! machine (classic SASL), or Prosody 13 from a Debian trixie root, run
//! with chroot, with SASL2 (XEP-0388), Bind2 (XEP-0386), inline stream
//! management and FAST (XEP-0484) from trixie's prosody-modules.
//!
//! `scripts/ensure-deps` builds the root once (mmdebstrap) and reuses it.
//! The instance's folder lives inside the root (`ROOT/srv/NAME`), so the
//! server sees it as `/srv/NAME`; its pid is a normal pid of this machine
//! and it listens on loopback like any process.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Where `scripts/ensure-deps` puts the roots (same variable, same default).
fn roots() -> PathBuf {
    std::env::var_os("XMPPCTL_TEST_ROOTS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/var/cache/xmppctl-tests"))
}

/// The trixie root with Prosody 13 and prosody-modules.
pub fn trixie_root() -> PathBuf {
    roots().join("trixie")
}

/// The modules that make Prosody 13 offer SASL2 with inline Bind2 and SM,
/// and FAST (announced only when the stream header carries `from`).
pub const SASL2_MODULES: [&str; 4] = ["sasl2", "sasl2_bind2", "sasl2_sm", "sasl2_fast"];

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Release {
    /// Debian bookworm's Prosody 0.12: classic SASL, no SASL2.
    #[default]
    V0_12,
    /// Debian trixie's Prosody 13 with SASL2, Bind2, inline SM and FAST.
    V13,
}

impl Release {
    /// Both, for cases that run against each.
    pub const ALL: [Release; 2] = [Release::V0_12, Release::V13];

    /// Where the instance's temporary folder is made.
    pub fn folder_parent(self) -> PathBuf {
        match self {
            Release::V0_12 => std::env::temp_dir(),
            Release::V13 => {
                let srv = trixie_root().join("srv");
                assert!(
                    trixie_root().join("usr/bin/prosody").exists(),
                    "no Prosody 13 root at {}: run scripts/ensure-deps",
                    trixie_root().display()
                );
                std::fs::create_dir_all(&srv).expect("create ROOT/srv");
                srv
            }
        }
    }

    /// `program` (prosody, prosodyctl) of this release.
    pub fn command(self, program: &str) -> Command {
        match self {
            Release::V0_12 => Command::new(program),
            Release::V13 => {
                let mut cmd = Command::new("chroot");
                cmd.arg(trixie_root()).arg(program);
                cmd
            }
        }
    }

    /// `path` as the server sees it (inside the root for Prosody 13).
    pub fn inside(self, path: &Path) -> PathBuf {
        match self {
            Release::V0_12 => path.to_path_buf(),
            Release::V13 => {
                let relative = path
                    .strip_prefix(trixie_root())
                    .expect("the instance folder is inside the root");
                Path::new("/").join(relative)
            }
        }
    }

    /// Modules this release loads beyond the defaults.
    pub fn extra_modules(self) -> &'static [&'static str] {
        match self {
            Release::V0_12 => &[],
            Release::V13 => &SASL2_MODULES,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Release::V0_12 => "Prosody 0.12",
            Release::V13 => "Prosody 13",
        }
    }
}

/// One test per Prosody release for each case fn `fn case(Prosody)`, on a
/// private instance that `start(Release)` makes: for cases that need a
/// server of their own (modules, admins, limits).
#[macro_export]
macro_rules! release_matrix {
    ($start:ident: $($case:ident),+ $(,)?) => {$(
        mod $case {
            #[test]
            fn prosody() {
                super::$case(super::$start($crate::common::Release::V0_12));
            }
            #[test]
            fn prosody13() {
                super::$case(super::$start($crate::common::Release::V13));
            }
        }
    )+};
}

impl super::Prosody {
    /// A private Prosody 13 with SASL2, Bind2, inline SM and FAST.
    pub fn start13() -> Self {
        Self::start_with(super::ProsodyOptions {
            release: Release::V13,
            ..Default::default()
        })
    }
}
