//! Content shipped inside the binary: the playbooks and the UI strings.
//! (rust-embed reads them from disk in debug builds and embeds them in
//! release builds, so a release binary needs no files beside it.)

use std::borrow::Cow;

/// `playbooks/`: one JSON file per language, and `scenarios/`.
#[derive(rust_embed::Embed)]
#[folder = "playbooks/"]
pub struct Playbooks;

/// `locales/<lang>/calma.ftl`: the Fluent UI strings.
#[derive(rust_embed::Embed)]
#[folder = "locales/"]
pub struct Locales;

/// The text of an embedded file, if it exists and is UTF-8.
pub fn text<E: rust_embed::Embed>(path: &str) -> Option<Cow<'static, str>> {
    let file = E::get(path)?;
    match file.data {
        Cow::Borrowed(bytes) => std::str::from_utf8(bytes).ok().map(Cow::Borrowed),
        Cow::Owned(bytes) => String::from_utf8(bytes).ok().map(Cow::Owned),
    }
}
