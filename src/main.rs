//! The calma binary.

fn main() -> std::process::ExitCode {
    calma::cli::main()
}
