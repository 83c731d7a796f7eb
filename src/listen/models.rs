//! The whisper.cpp models that suit calma (multilingual: the customer may
//! speak any of calma's languages), with their sizes and the SHA-1 sums the
//! whisper.cpp model repository publishes, and checking a file against
//! them. Plain data: no feature needed to list or check.

use std::io::Read;
use std::path::Path;

use crate::coach::lang::Lang;

/// Where the models are published.
pub const SOURCE: &str = "https://huggingface.co/ggerganov/whisper.cpp";

/// A model file as published.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Model {
    /// The name (`base`, `small-q5_1`, …); the file is `ggml-<name>.bin`.
    pub name: &'static str,
    /// Its size on disk, in MiB.
    pub mib: u32,
    /// The published SHA-1 of the file.
    pub sha1: &'static str,
}

impl Model {
    /// The file name.
    pub fn file(&self) -> String {
        format!("ggml-{}.bin", self.name)
    }
}

const fn model(name: &'static str, mib: u32, sha1: &'static str) -> Model {
    Model { name, mib, sha1 }
}

/// The multilingual models, smallest first (the `.en` ones hear English
/// only).
pub const MODELS: [Model; 15] = [
    model("tiny-q5_1", 31, "2827a03e495b1ed3048ef28a6a4620537db4ee51"),
    model("tiny-q8_0", 42, "19e8118f6652a650569f5a949d962154e01571d9"),
    model("tiny", 75, "bd577a113a864445d4c299885e0cb97d4ba92b5f"),
    model("base-q5_1", 57, "a3733eda680ef76256db5fc5dd9de8629e62c5e7"),
    model("base-q8_0", 78, "7bb89bb49ed6955013b166f1b6a6c04584a20fbe"),
    model("base", 142, "465707469ff3a37a2b9b8d8f89f2f99de7299dac"),
    model("small-q5_1", 181, "6fe57ddcfdd1c6b07cdcc73aaf620810ce5fc771"),
    model("small-q8_0", 252, "bcad8a2083f4e53d648d586b7dbc0cd673d8afad"),
    model("small", 466, "55356645c2b361a969dfd0ef2c5a50d530afd8d5"),
    model("medium-q5_0", 514, "7718d4c1ec62ca96998f058114db98236937490e"),
    model("medium-q8_0", 785, "e66645948aff4bebbec71b3485c576f3d63af5d6"),
    model("medium", 1536, "fd9727b6e1217c2f614f9b698455c4ffd82463b4"),
    model("large-v3-turbo-q5_0", 547, "e050f7970618a659205450ad97eb95a18d69c9ee"),
    model("large-v3-turbo-q8_0", 834, "01bf15bedffe9f39d65c1b6ff9b687ea91f59e0e"),
    model("large-v3-turbo", 1536, "4af2b29d7ec73d781377bfd1758ca957a807e941"),
];

/// The model to get for a customer language on a machine with `cores`
/// cores. On base, Croatian and Italian lose too many words (README, "Listen
/// mode"; issue 30 measured hr 41 %, it 68 % of words found), so they get
/// small, quantised on
/// a small machine to keep up; the others get base, or small from 8 cores.
pub fn recommended(lang: Lang, cores: usize) -> &'static Model {
    let name = match (base_hears_poorly(lang), cores) {
        (true, 0..=3) => "small-q5_1",
        (true, _) => "small",
        (false, 8..) => "small",
        (false, _) => "base",
    };
    MODELS.iter().find(|m| m.name == name).unwrap_or(&MODELS[5])
}

/// Whether base (and tiny, smaller still) hears `lang` too poorly for a
/// call: Croatian and Italian, on the lines the patterns were written
/// against and on the held-out ones (docs/performance.md).
pub fn base_hears_poorly(lang: Lang) -> bool {
    matches!(lang, Lang::Hr | Lang::It)
}

/// What a file is, as far as calma can tell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Checked {
    /// A published model, whole.
    Known(&'static Model),
    /// A whisper.cpp file calma has no sum for (converted or quantised by
    /// hand): it may work.
    Unknown,
    /// A file named as a published model (`ggml-base.bin`) whose sum is
    /// not that model's: cut short or damaged.
    Damaged(&'static Model),
    /// Not a whisper.cpp model file (no ggml magic at its start).
    NotAModel,
}

/// The magic at the start of a whisper.cpp (ggml) model file.
const GGML_MAGIC: [u8; 4] = *b"lmgg";

/// Checks a file: its first bytes, then its SHA-1 against the published
/// sums.
pub fn check(path: &Path) -> std::io::Result<Checked> {
    let mut file = std::fs::File::open(path)?;
    let mut magic = [0u8; 4];
    if file.read_exact(&mut magic).is_err() || magic != GGML_MAGIC {
        return Ok(Checked::NotAModel);
    }
    let sum = sha1_of(path)?;
    if let Some(model) = MODELS.iter().find(|m| m.sha1 == sum) {
        return Ok(Checked::Known(model));
    }
    // Named as a published model but not its sum: cut short, or damaged.
    let named = path.file_name().and_then(|n| n.to_str()).and_then(|n| MODELS.iter().find(|m| m.file() == n));
    Ok(named.map_or(Checked::Unknown, Checked::Damaged))
}

/// Whether the file's first bytes are a whisper.cpp (ggml) model's: a
/// quick look, without reading the whole file.
pub fn looks_like_a_model(path: &Path) -> std::io::Result<bool> {
    let mut magic = [0u8; 4];
    let mut file = std::fs::File::open(path)?;
    Ok(file.read_exact(&mut magic).is_ok() && magic == GGML_MAGIC)
}

/// The SHA-1 of a file, in hex, as the model repository publishes it.
pub fn sha1_of(path: &Path) -> std::io::Result<String> {
    let mut file = std::fs::File::open(path)?;
    let mut sha = sha1_smol::Sha1::new();
    let mut buffer = vec![0u8; 1 << 20];
    loop {
        let read = file.read(&mut buffer)?;
        if read == 0 {
            break;
        }
        sha.update(&buffer[..read]);
    }
    Ok(sha.digest().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_has_one_entry_a_name_and_sums_that_look_like_sha1() {
        for (i, m) in MODELS.iter().enumerate() {
            assert_eq!(m.sha1.len(), 40, "{}", m.name);
            assert!(m.sha1.chars().all(|c| c.is_ascii_hexdigit()), "{}", m.name);
            assert!(MODELS[i + 1..].iter().all(|o| o.name != m.name && o.sha1 != m.sha1), "{}", m.name);
        }
    }

    #[test]
    fn croatian_and_italian_get_small_the_others_base_on_two_cores() {
        assert_eq!(recommended(Lang::Hr, 2).name, "small-q5_1");
        assert_eq!(recommended(Lang::It, 2).name, "small-q5_1");
        assert_eq!(recommended(Lang::It, 4).name, "small");
        for lang in [Lang::Pt, Lang::Es, Lang::En] {
            assert_eq!(recommended(lang, 2).name, "base");
            assert_eq!(recommended(lang, 8).name, "small");
        }
    }

    #[test]
    fn a_file_is_a_known_model_an_unknown_ggml_file_or_not_a_model() {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let not = dir.path().join("notes.bin");
        std::fs::write(&not, b"hello").expect("written");
        assert_eq!(check(&not).expect("read"), Checked::NotAModel);
        let empty = dir.path().join("empty.bin");
        std::fs::write(&empty, b"").expect("written");
        assert_eq!(check(&empty).expect("read"), Checked::NotAModel);
        let own = dir.path().join("ggml-own.bin");
        std::fs::write(&own, b"lmgg and some tensors").expect("written");
        assert_eq!(check(&own).expect("read"), Checked::Unknown);
        let cut = dir.path().join("ggml-base.bin");
        std::fs::write(&cut, b"lmgg but only the start").expect("written");
        assert_eq!(check(&cut).expect("read"), Checked::Damaged(&MODELS[5]));
        assert!(looks_like_a_model(&cut).expect("read"));
        assert!(!looks_like_a_model(&not).expect("read"));
        assert_eq!(sha1_of(&empty).expect("read"), "da39a3ee5e6b4b0d3255bfef95601890afd80709");
        assert!(check(&dir.path().join("missing.bin")).is_err());
    }
}
