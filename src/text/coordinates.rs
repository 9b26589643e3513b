//! Degrees as the open data writes them: six decimals (about 10 cm) at most.

/// Rounds degrees to six decimals (about 10 cm), the precision of all open data.
pub fn round6(value: f64) -> f64 {
    let rounded: f64 = format!("{value:.6}").parse().unwrap_or(value);
    if rounded == 0.0 {
        0.0
    } else {
        rounded
    }
}

/// Degrees as text: at most six decimals, no trailing zeros (`53.25`, `5.8`).
pub fn coordinate_text(value: f64) -> String {
    let text = format!("{:.6}", round6(value));
    let text = text.trim_end_matches('0').trim_end_matches('.');
    text.to_string()
}
