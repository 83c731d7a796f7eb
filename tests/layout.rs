//! The structure stays as README's "Architecture" section draws it: four
//! layers, `coach` (the core), `records`, `listen` and `shell` (the
//! front-ends), each importing only the layers above it; the core imports
//! no terminal crate; plain mode uses neither the screens nor the event
//! loop; the journal is written only by the store (its start line) and the
//! call session (every event); and no two modules import each other in a
//! circle.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// The layers, each with the layers it may import.
const LAYERS: [(&str, &[&str]); 4] = [
    ("coach", &["coach"]),
    ("records", &["coach", "records"]),
    ("listen", &["coach", "listen"]),
    ("shell", &["coach", "records", "listen", "shell"]),
];

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

/// The module a file of `src/` belongs to, named by its layer: a layer's
/// module (`src/coach/call/tests.rs` → `coach::call`), or `listen`, which
/// is a layer of one module.
fn module_of(file: &str) -> String {
    let parts: Vec<&str> = file.trim_start_matches("src/").trim_end_matches(".rs").split('/').collect();
    match parts.as_slice() {
        ["listen", ..] => "listen".to_string(),
        [layer, module, ..] => format!("{layer}::{module}"),
        [top] => top.to_string(),
        [] => unreachable!(),
    }
}

/// A path's first name, whole (a name with digits, such as `i18n`, is not
/// cut at them).
fn ident(s: &str) -> String {
    s.chars().take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_').collect()
}

/// The modules a file names as `crate::layer::module` (or `crate::listen`),
/// and the crates it names as `ratatui` or `crossterm`, outside its tests.
/// A group (`crate::{a, b}`) is refused: every import names its layer.
fn imports(file: &str, text: &str) -> BTreeSet<String> {
    let code = text.split("#[cfg(test)]").next().unwrap_or(text);
    let mut found = BTreeSet::new();
    for (i, _) in code.match_indices("crate::") {
        let rest = &code[i + 7..];
        assert!(!rest.starts_with('{'), "{file}: import each layer's modules by their path");
        let layer = ident(rest);
        let module = rest[layer.len()..].strip_prefix("::").map(ident).unwrap_or_default();
        found.insert(if layer == "listen" || module.is_empty() {
            layer
        } else {
            format!("{layer}::{module}")
        });
    }
    for lib in ["ratatui", "crossterm"] {
        if code.contains(&format!("{lib}::")) {
            found.insert(lib.to_string());
        }
    }
    found
}

/// The layer of a module named by [`module_of`].
fn layer_of(module: &str) -> &str {
    module.split("::").next().unwrap()
}

fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let mut files = Vec::new();
    sources(Path::new("src"), &mut files);
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (file, text) in &files {
        let module = module_of(file);
        let deps = graph.entry(module.clone()).or_default();
        deps.extend(imports(file, text).into_iter().filter(|m| *m != module));
    }
    graph
}

#[test]
fn each_layer_imports_only_the_layers_above_it() {
    let graph = graph();
    // The scan sees a name with digits whole (not `i` for `i18n`).
    assert!(graph["coach::call"].contains("coach::i18n"), "{:?}", graph["coach::call"]);
    let mut seen = BTreeSet::new();
    for (module, deps) in &graph {
        let Some((layer, allowed)) = LAYERS.iter().find(|(l, _)| *l == layer_of(module)) else {
            assert!(
                ["lib", "main", "coach", "records", "shell"].contains(&module.as_str()),
                "{module}: in no layer"
            );
            continue;
        };
        seen.insert(*layer);
        for dep in deps.iter().filter(|d| d.as_str() != "ratatui" && d.as_str() != "crossterm") {
            assert!(allowed.contains(&layer_of(dep)), "`{module}` (layer {layer}) imports `{dep}`");
        }
        if *layer != "shell" {
            for lib in ["ratatui", "crossterm"] {
                assert!(!deps.contains(lib), "`{module}` imports `{lib}`: only the shell draws");
            }
        }
    }
    assert_eq!(seen.len(), LAYERS.len(), "every layer has modules: {seen:?}");
    for module in ["shell::plain", "shell::keymap"] {
        for bad in ["shell::app", "shell::ui", "shell::runtime", "ratatui", "crossterm"] {
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
    assert_eq!(callers, ["src/records/record/store.rs", "src/records/session.rs"], "who writes the journal");
}

/// A step is named by its constant in `step_id.rs`, never spelt out, so
/// that a misspelt id cannot compile (attributes such as `feature =
/// "listen"` and comments aside).
#[test]
fn step_ids_are_spelt_only_in_step_id_rs() {
    let ids: Vec<String> = calma::coach::playbook::STEP_IDS.iter().map(|id| format!("\"{id}\"")).collect();
    let mut files = Vec::new();
    sources(Path::new("src"), &mut files);
    // Modules that exist only in tests (`#[cfg(test)] mod judged;`).
    let test_only: Vec<String> = files
        .iter()
        .flat_map(|(_, text)| text.split("#[cfg(test)]\nmod ").skip(1))
        .filter_map(|rest| rest.split(';').next().map(|name| format!("/{name}.rs")))
        .collect();
    let mut spelt = Vec::new();
    let checked = |f: &str| !f.ends_with("step_id.rs") && !test_only.iter().any(|t| f.ends_with(t.as_str()));
    for (file, text) in files.iter().filter(|(f, _)| checked(f)) {
        let code = text.split("#[cfg(test)]").next().unwrap_or(text);
        for (n, line) in code.lines().enumerate() {
            let line = line.trim_start();
            if line.starts_with("//") || line.contains("feature =") || line.contains("requires =") {
                continue;
            }
            if let Some(id) = ids.iter().find(|id| line.contains(id.as_str())) {
                spelt.push(format!("{file}:{}: {id}", n + 1));
            }
        }
    }
    assert!(spelt.is_empty(), "step ids spelt out instead of step_id's constants:\n{}", spelt.join("\n"));
}
