//! The `prisma-drift` command line; see [`prisma_drift`] for the library.

mod cli;

fn main() -> std::process::ExitCode {
    cli::run()
}
