//! Writing to stdout and stderr. A reader that goes away (`| head`) is not an
//! error: the rest of the output is dropped and the command's exit code
//! stands. Colour follows `--color`, `NO_COLOR` and `FORCE_COLOR`.

use std::io::{IsTerminal, Write};
use std::sync::OnceLock;

use clap::ValueEnum;

/// When to colour output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub(crate) enum ColorChoice {
    /// On a terminal, unless `NO_COLOR` is set (or `FORCE_COLOR` asks for it anyway).
    #[default]
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

static CHOICE: OnceLock<ColorChoice> = OnceLock::new();

/// Sets the colour choice for the rest of the process (first call wins).
pub(crate) fn set_color(choice: ColorChoice) {
    let _ = CHOICE.set(choice);
}

fn env_set(name: &str) -> bool {
    std::env::var_os(name).is_some_and(|v| !v.is_empty())
}

fn use_color(stream_is_terminal: bool) -> bool {
    match CHOICE.get().copied().unwrap_or_default() {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto if env_set("NO_COLOR") => false,
        ColorChoice::Auto if env_set("FORCE_COLOR") => std::env::var("FORCE_COLOR")
            .map(|v| v != "0" && v != "false")
            .unwrap_or(true),
        ColorChoice::Auto => stream_is_terminal,
    }
}

/// Whether stdout gets colour.
pub(crate) fn stdout_color() -> bool {
    use_color(std::io::stdout().is_terminal())
}

/// Whether stderr gets colour.
pub(crate) fn stderr_color() -> bool {
    use_color(std::io::stderr().is_terminal())
}

/// Whether stderr is a terminal (progress lines only go there).
pub(crate) fn stderr_is_terminal() -> bool {
    std::io::stderr().is_terminal()
}

/// Writes `text` to stdout; a closed stdout is ignored.
pub(crate) fn out(text: &str) {
    let mut stdout = std::io::stdout().lock();
    let _ = stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush());
}

/// Writes `text` and a newline to stdout; a closed stdout is ignored.
pub(crate) fn out_line(text: &str) {
    out(&format!("{text}\n"));
}

/// Writes `text` to stderr as it is (for text we made: diagnostics, progress);
/// a closed stderr is ignored.
pub(crate) fn err(text: &str) {
    let _ = std::io::stderr().lock().write_all(text.as_bytes());
}

/// Writes `text` and a newline to stderr, control characters escaped: errors
/// and warnings carry database text (server messages, RAISE text, names), and a
/// message longer than a few screens is cut.
pub(crate) fn err_line(text: &str) {
    let text = prisma_drift::report::shorten(text, prisma_drift::report::LINE_LIMIT);
    err(&format!("{}\n", prisma_drift::report::escape_text(&text)));
}
