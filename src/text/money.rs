//! Amounts in Dutch notation: `€ 125.400`, `€ 37.150,45`, `-€ 250,10`.

use rust_decimal::Decimal;

/// `€ 125.400` for whole euros, `€ 37.150,45` otherwise.
pub fn format_euros(amount: Decimal) -> String {
    let rounded = amount.round_dp(2);
    let negative = rounded.is_sign_negative() && !rounded.is_zero();
    let absolute = rounded.abs();
    let whole = absolute.trunc();
    let cents = ((absolute - whole) * Decimal::from(100)).trunc();
    let mut digits = whole.to_string();
    let mut grouped = String::new();
    while digits.len() > 3 {
        let tail = digits.split_off(digits.len() - 3);
        grouped = format!(".{tail}{grouped}");
    }
    grouped = format!("{digits}{grouped}");
    let sign = if negative { "-" } else { "" };
    if cents.is_zero() {
        format!("{sign}€ {grouped}")
    } else {
        format!("{sign}€ {grouped},{cents:0>2}")
    }
}

/// Always with cents, `€ 150,00`, for messages where a difference of cents matters.
pub fn format_euros_with_cents(amount: Decimal) -> String {
    let text = format_euros(amount);
    if text.contains(',') {
        text
    } else {
        format!("{text},00")
    }
}

/// A plain decimal with a dot and two decimals, for the open data: `47875.00`.
pub fn plain_amount(amount: Decimal) -> String {
    format!("{:.2}", amount.round_dp(2))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dutch_notation() {
        assert_eq!(format_euros(Decimal::new(125400, 0)), "€ 125.400");
        assert_eq!(format_euros(Decimal::new(3715045, 2)), "€ 37.150,45");
        assert_eq!(format_euros(Decimal::new(-25010, 2)), "-€ 250,10");
        assert_eq!(format_euros(Decimal::new(5, 2)), "€ 0,05");
        assert_eq!(format_euros(Decimal::new(1_000_000, 0)), "€ 1.000.000");
        assert_eq!(format_euros_with_cents(Decimal::new(150, 0)), "€ 150,00");
        assert_eq!(plain_amount(Decimal::new(47875, 0)), "47875.00");
        assert_eq!(plain_amount(Decimal::new(-25010, 2)), "-250.10");
    }
}
