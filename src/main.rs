//! The calma binary.

fn main() -> std::process::ExitCode {
    calma::shell::cli::main()
}
