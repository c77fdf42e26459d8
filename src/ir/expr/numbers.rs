//! Numbers and booleans as PostgreSQL reads them.

/// The type PostgreSQL gives a numeric constant written this way.
pub(super) fn natural_type(n: &str) -> &'static str {
    if n.contains('.') {
        return "numeric";
    }
    if n.parse::<i32>().is_ok() {
        "int4"
    } else if n.parse::<i64>().is_ok() {
        "int8"
    } else {
        "numeric"
    }
}

/// A decimal number without sign noise, leading zeros or exponent, keeping the
/// digits after the point as written (`1.50` stays `1.50`, as `numeric` keeps
/// its scale). `None` when the text is not a plain decimal number.
pub(crate) fn canonical_number(text: &str) -> Option<String> {
    let text = text.trim();
    let (negative, rest) = match text.as_bytes().first()? {
        b'-' => (true, &text[1..]),
        b'+' => (false, &text[1..]),
        _ => (false, text),
    };
    let rest = rest.replace('_', "");
    let (mantissa, exponent) = match rest.find(['e', 'E']) {
        Some(at) => (&rest[..at], Some(rest[at + 1..].parse::<i64>().ok()?)),
        None => (rest.as_str(), None),
    };
    let (int_part, frac_part) = match mantissa.split_once('.') {
        Some((i, f)) => (i, f),
        None => (mantissa, ""),
    };
    if int_part.is_empty() && frac_part.is_empty() {
        return None;
    }
    if !int_part.chars().all(|c| c.is_ascii_digit())
        || !frac_part.chars().all(|c| c.is_ascii_digit())
    {
        return None;
    }
    let (mut int_digits, mut frac_digits) = (int_part.to_string(), frac_part.to_string());
    if let Some(exp) = exponent {
        // Guard against absurd exponents blowing up memory.
        if exp.unsigned_abs() > 1000 {
            return None;
        }
        let mut digits = format!("{int_digits}{frac_digits}");
        let mut point = int_digits.len() as i64 + exp;
        if point < 0 {
            digits = format!("{}{digits}", "0".repeat((-point) as usize));
            point = 0;
        }
        let point = point as usize;
        if point > digits.len() {
            digits.push_str(&"0".repeat(point - digits.len()));
        }
        int_digits = digits[..point].to_string();
        frac_digits = digits[point..].to_string();
    }
    let int_digits = int_digits.trim_start_matches('0');
    let int_digits = if int_digits.is_empty() {
        "0"
    } else {
        int_digits
    };
    let mut out = String::new();
    let zero = int_digits == "0" && frac_digits.chars().all(|c| c == '0');
    if negative && !zero {
        out.push('-');
    }
    out.push_str(int_digits);
    if !frac_digits.is_empty() {
        out.push('.');
        out.push_str(&frac_digits);
    }
    Some(out)
}

/// PostgreSQL's spellings of booleans (`boolin`).
pub(crate) fn parse_bool(text: &str) -> Option<bool> {
    match text.trim().to_ascii_lowercase().as_str() {
        "t" | "true" | "y" | "yes" | "on" | "1" => Some(true),
        "f" | "false" | "n" | "no" | "off" | "0" => Some(false),
        _ => None,
    }
}
