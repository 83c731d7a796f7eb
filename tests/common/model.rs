//! Where the tests and benchmarks find the whisper.cpp test model.

use std::path::PathBuf;

/// `$CALMA_TEST_MODEL`, else where `scripts/fetch-test-model` caches it
/// (`$XDG_CACHE_HOME`, else `~/.cache`).
pub fn test_model() -> PathBuf {
    std::env::var_os("CALMA_TEST_MODEL").map(PathBuf::from).unwrap_or_else(|| {
        let cache = std::env::var_os("XDG_CACHE_HOME")
            .filter(|dir| !dir.is_empty())
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from(std::env::var_os("HOME").unwrap_or_default()).join(".cache"));
        cache.join("calma/test-model/ggml-base.bin")
    })
}
