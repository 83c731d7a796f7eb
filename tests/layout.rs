//! The structure stays as README's Development section says: the core
//! imports no terminal, screen, record or command-line module; plain mode
//! uses neither the screens nor the event loop; the journal is written
//! only by the store (its start line) and the call session (every event);
//! and no two modules of `src/` import each other in a circle.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// The modules of the core, and what none of them may import.
const CORE: [&str; 8] = ["call", "mood", "practice", "playbook", "i18n", "lang", "text", "sanitize"];
const NOT_IN_CORE: [&str; 9] =
    ["app", "ui", "runtime", "record", "cli", "session", "plain", "keymap", "history"];

/// Every `.rs` file under `dir`, with its text.
fn sources(dir: &Path, out: &mut Vec<(String, String)>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push((path.display().to_string(), fs::read_to_string(&path).unwrap()));
        }
    }
}

/// The top-level module a file of `src/` belongs to (`src/call/tests.rs` →
/// `call`).
fn module_of(file: &str) -> String {
    let rest = file.trim_start_matches("src/");
    rest.split('/').next().unwrap().trim_end_matches(".rs").to_string()
}

/// The top-level modules a file names as `crate::x` (or in `crate::{x,
/// y}`; names with digits, such as `i18n`, whole), and the crates it names
/// as `ratatui` or `crossterm`, outside its tests.
fn imports(text: &str) -> BTreeSet<String> {
    let code = text.split("#[cfg(test)]").next().unwrap_or(text);
    let mut found = BTreeSet::new();
    let ident = |s: &str| -> String {
        s.trim_start()
            .chars()
            .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_')
            .collect()
    };
    for (i, _) in code.match_indices("crate::") {
        let rest = &code[i + 7..];
        // `crate::{a, b::c}` names each module in the braces.
        let names: Vec<String> = match rest.strip_prefix('{') {
            Some(group) => group.split('}').next().unwrap_or("").split(',').map(ident).collect(),
            None => vec![ident(rest)],
        };
        found.extend(names.into_iter().filter(|n| !n.is_empty()));
    }
    for lib in ["ratatui", "crossterm"] {
        if code.contains(&format!("{lib}::")) {
            found.insert(lib.to_string());
        }
    }
    found
}

fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let mut files = Vec::new();
    sources(Path::new("src"), &mut files);
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (file, text) in &files {
        let module = module_of(file);
        let deps = graph.entry(module.clone()).or_default();
        deps.extend(imports(text).into_iter().filter(|m| *m != module));
    }
    graph
}

#[test]
fn the_core_imports_no_front_end() {
    let graph = graph();
    // The scan sees a name with digits whole (not `i` for `i18n`).
    assert!(graph["call"].contains("i18n"), "{:?}", graph["call"]);
    for core in CORE {
        let deps = &graph[core];
        for bad in NOT_IN_CORE.iter().chain(&["ratatui", "crossterm"]) {
            assert!(!deps.contains(*bad), "the core module `{core}` imports `{bad}`");
        }
    }
    for module in ["plain", "keymap"] {
        for bad in ["app", "runtime", "ratatui", "crossterm"] {
            assert!(!graph[module].contains(bad), "`{module}` imports `{bad}`");
        }
    }
}

#[test]
fn no_modules_import_each_other_in_a_circle() {
    let graph = graph();
    // Depth-first search for a back edge, naming the circle it closes.
    fn visit<'g>(
        at: &'g str,
        graph: &'g BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<&'g str>,
        done: &mut BTreeSet<&'g str>,
    ) {
        if done.contains(at) {
            return;
        }
        if let Some(i) = path.iter().position(|m| *m == at) {
            panic!("import circle: {} → {at}", path[i..].join(" → "));
        }
        path.push(at);
        for dep in graph.get(at).into_iter().flatten() {
            if graph.contains_key(dep) {
                visit(dep, graph, path, done);
            }
        }
        path.pop();
        done.insert(at);
    }
    let mut done = BTreeSet::new();
    for module in graph.keys() {
        visit(module, &graph, &mut Vec::new(), &mut done);
    }
}

#[test]
fn only_the_store_and_the_session_write_the_journal() {
    let mut files = Vec::new();
    sources(Path::new("src"), &mut files);
    let mut callers: Vec<&str> = files
        .iter()
        .filter(|(file, _)| !file.ends_with("tests.rs"))
        .filter(|(_, text)| {
            // Without whitespace, so that a call split over lines is seen.
            let code: String = text.split("#[cfg(test)]").next().unwrap_or(text).split_whitespace().collect();
            ["journal.append(", "journal.begin("].iter().any(|w| code.contains(w))
        })
        .map(|(file, _)| file.as_str())
        .collect();
    callers.sort();
    assert_eq!(callers, ["src/record/store.rs", "src/session.rs"], "who writes the journal");
}
