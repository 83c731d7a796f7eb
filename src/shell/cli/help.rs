//! `--help` and the manual in the UI language: clap's about lines and
//! argument help come from Fluent (`help-cmd-*`, `help-arg-*`), and
//! `calma man` joins one section per subcommand to the main page.

use clap::Command;

use crate::coach::i18n::I18n;

/// The message id of a command's about line (`calma followups done` →
/// `help-cmd-calma-followups-done`).
fn cmd_id(path: &str) -> String {
    format!("help-cmd-{path}")
}

/// The message id of an argument's help.
fn arg_id(path: &str, arg: &str) -> String {
    format!("help-arg-{path}-{}", arg.replace('_', "-"))
}

/// Whether clap made the argument (`--help`), not calma.
fn is_clap_own(arg: &clap::Arg) -> bool {
    arg.get_id() == "help"
}

/// The command tree with its texts in the UI language.
pub fn localized(cmd: Command, i18n: &I18n) -> Command {
    let path = cmd.get_name().to_string();
    localize(cmd, &path, i18n)
}

fn localize(mut cmd: Command, path: &str, i18n: &I18n) -> Command {
    cmd = cmd.about(i18n.t(&cmd_id(path)));
    let args: Vec<String> =
        cmd.get_arguments().filter(|a| !is_clap_own(a)).map(|a| a.get_id().to_string()).collect();
    for id in args {
        let help = i18n.t(&arg_id(path, &id));
        cmd = cmd.mut_arg(id, |a| a.help(help));
    }
    let subs: Vec<String> =
        cmd.get_subcommands().map(|s| s.get_name().to_string()).filter(|n| n != "help").collect();
    for name in subs {
        let sub_path = format!("{path}-{name}");
        cmd = cmd.mut_subcommand(name, |s| localize(s, &sub_path, i18n));
    }
    cmd
}

/// `calma man`: the main page, then a section per subcommand (and per
/// sub-subcommand) with its synopsis and its own options; the global
/// options are told once, on the main page.
pub fn man(cmd: Command) -> std::io::Result<String> {
    let mut out = Vec::new();
    // The version goes into the page's header (`calma 0.1.0`), as in
    // `calma --version` and the package's version (calma has its own
    // --version flag, so clap's is off and the command has none).
    let mut main = cmd.clone().version(env!("CARGO_PKG_VERSION"));
    main.build();
    clap_mangen::Man::new(main).render(&mut out)?;
    fn sections(cmd: &Command, path: &str, out: &mut Vec<u8>) -> std::io::Result<()> {
        for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
            let name = format!("{path} {}", sub.get_name());
            let mut page = format!(".SH \"{}\"\n", name.to_uppercase()).into_bytes();
            if let Some(about) = sub.get_about() {
                page.extend_from_slice(format!("{}\n", roff_escape(&about.to_string())).as_bytes());
            }
            // Unbuilt, a subcommand holds only its own arguments.
            let man = clap_mangen::Man::new(sub.clone().bin_name(&name));
            man.render_synopsis_section(&mut page)?;
            if sub.get_arguments().any(|a| !is_clap_own(a)) {
                man.render_options_section(&mut page)?;
            }
            // Within the subcommand's section, its parts are subsections.
            let page = String::from_utf8_lossy(&page)
                .replace(".SH SYNOPSIS", ".SS Synopsis")
                .replace(".SH OPTIONS", ".SS Options");
            out.extend_from_slice(page.as_bytes());
            sections(sub, &name, out)?;
        }
        Ok(())
    }
    sections(&cmd, cmd.get_name(), &mut out)?;
    Ok(String::from_utf8_lossy(&out).into_owned())
}

/// Text safe in a roff paragraph: no leading dot or quote, backslashes doubled.
fn roff_escape(text: &str) -> String {
    let text = text.replace('\\', "\\\\");
    if text.starts_with(['.', '\'']) { format!("\\&{text}") } else { text }
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::*;
    use crate::coach::lang::Lang;

    /// Every message id the command tree needs.
    fn needed(cmd: &Command, path: &str, out: &mut Vec<String>) {
        out.push(cmd_id(path));
        out.extend(
            cmd.get_arguments().filter(|a| !is_clap_own(a)).map(|a| arg_id(path, a.get_id().as_str())),
        );
        for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
            needed(sub, &format!("{path}-{}", sub.get_name()), out);
        }
    }

    #[test]
    fn every_command_and_argument_has_its_help_in_every_language() {
        let mut ids = Vec::new();
        needed(&crate::shell::cli::Cli::command(), "calma", &mut ids);
        let known = crate::coach::i18n::message_ids();
        let missing: Vec<&String> = ids.iter().filter(|id| !known.contains(id)).collect();
        assert!(missing.is_empty(), "add to locales/*/calma.ftl: {missing:?}");
        // The content tests check that the other languages have them too.
        let hr = localized(crate::shell::cli::Cli::command(), &I18n::new(Lang::Hr));
        assert_ne!(
            hr.get_about().map(|a| a.to_string()),
            crate::shell::cli::Cli::command().get_about().map(|a| a.to_string())
        );
    }

    #[test]
    fn the_manual_has_a_section_for_every_subcommand() {
        let page = man(localized(crate::shell::cli::Cli::command(), &I18n::new(Lang::En))).unwrap();
        for section in ["CALMA CALL", "CALMA FOLLOWUPS DONE", "CALMA PLAYBOOK CHECK", "CALMA EXPORT"] {
            assert!(page.contains(&format!(".SH \"{section}\"")), "{section}");
        }
        let header = format!(".TH calma 1  \"calma {}\"", env!("CARGO_PKG_VERSION"));
        assert!(page.lines().any(|l| l.trim_end() == header), "{header}");
        for option in ["\\-\\-plain", "\\-\\-format", "\\-\\-due", "\\-\\-copy", "\\-\\-note"] {
            assert!(page.contains(option), "{option}");
        }
    }
}
