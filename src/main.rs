fn main() -> std::process::ExitCode {
    prisma_drift::cli::run()
}
