//! The splitter against an independent lexer: for every `migration.sql` of the
//! corpus, the statements `migrations::split` finds are exactly the pieces
//! between the `;` tokens that sqlparser's PostgreSQL tokenizer sees outside
//! parentheses (sqlparser knows nothing of `BEGIN ATOMIC`, which the corpus
//! does not use).

mod shared;

use prisma_drift::migrations::split::split;
use sqlparser::dialect::PostgreSqlDialect;
use sqlparser::tokenizer::{Token, Tokenizer, Whitespace};

/// Statement texts by sqlparser's tokens: significant tokens joined back
/// into text, from the first significant token to the closing `;`.
fn reference(script: &str) -> Result<Vec<String>, String> {
    let dialect = PostgreSqlDialect {};
    let tokens = Tokenizer::new(&dialect, script)
        .tokenize()
        .map_err(|e| e.to_string())?;
    let mut statements = Vec::new();
    let mut current = String::new();
    let mut significant = false;
    let mut depth = 0usize;
    for token in tokens {
        let is_trivia = matches!(
            token,
            Token::Whitespace(
                Whitespace::Space
                    | Whitespace::Newline
                    | Whitespace::Tab
                    | Whitespace::SingleLineComment { .. }
                    | Whitespace::MultiLineComment(_)
            )
        );
        match token {
            Token::LParen => depth += 1,
            Token::RParen => depth = depth.saturating_sub(1),
            _ => {}
        }
        if !significant && is_trivia {
            continue;
        }
        if !is_trivia {
            significant = true;
        }
        if token == Token::SemiColon && depth == 0 {
            statements.push(std::mem::take(&mut current));
            significant = false;
            continue;
        }
        if !is_trivia && token != Token::SemiColon {
            current.push_str(&token.to_string());
            current.push(' ');
        }
    }
    if significant && !current.trim().is_empty() {
        statements.push(current);
    }
    statements.retain(|s| !s.trim().is_empty());
    Ok(statements)
}

/// The same rendering of our statements: each re-tokenized, trivia dropped.
/// A statement the reference sees as several (or none) shows as a marker, so
/// that a wrong split can never hide behind a right overall sequence.
fn ours(script: &str) -> Vec<String> {
    split(script)
        .iter()
        .map(|s| match reference(s.sql) {
            Ok(pieces) if pieces.len() == 1 => pieces.into_iter().next().unwrap(),
            Ok(pieces) => format!("<{} statements in one: {}>", pieces.len(), s.sql),
            Err(e) => format!("<unlexable: {e}: {}>", s.sql),
        })
        .collect()
}

#[test]
fn corpus_scripts_split_like_an_independent_lexer() {
    let Some(root) = shared::dir("corpus") else {
        return;
    };
    let mut files = 0;
    let mut statements = 0;
    let mut unlexable = Vec::new();
    let mut mismatches = Vec::new();
    for project in std::fs::read_dir(&root).unwrap() {
        let migrations = project.unwrap().path().join("migrations");
        let Ok(folders) = std::fs::read_dir(&migrations) else {
            continue;
        };
        for folder in folders {
            let path = folder.unwrap().path().join("migration.sql");
            let Ok(script) = std::fs::read_to_string(&path) else {
                continue;
            };
            files += 1;
            let expected = match reference(&script) {
                Ok(e) => e,
                Err(e) => {
                    unlexable.push(format!("{}: {e}", path.display()));
                    continue;
                }
            };
            let got = ours(&script);
            statements += got.len();
            if got != expected {
                let first = got
                    .iter()
                    .zip(&expected)
                    .position(|(a, b)| a != b)
                    .unwrap_or(got.len().min(expected.len()));
                mismatches.push(format!(
                    "{}: {} statements vs {}; first difference at {first}:\n  ours: {:?}\n  ref:  {:?}",
                    path.display(),
                    got.len(),
                    expected.len(),
                    got.get(first),
                    expected.get(first)
                ));
            }
        }
    }
    println!(
        "{files} scripts, {statements} statements; {} the reference lexer cannot read",
        unlexable.len()
    );
    for u in &unlexable {
        println!("  {u}");
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
    assert!(files == 0 || files - unlexable.len() > files / 2);
}
