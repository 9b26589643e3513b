//! Reading the values with a format of their own: dates, times, days of the week,
//! coordinates, amounts of money and other decimals, and values per year.

use super::{Fields, Reader};
use crate::diagnostics::suggestion;
use crate::load::yaml::{Node, Value};
use crate::messages::Message;
use crate::model::schedule::{parse_day, DUTCH_DAYS, ENGLISH_DAYS};
use crate::model::words::synonym;
use crate::model::LatLon;
use jiff::civil::{Date, Time, Weekday};
use rust_decimal::Decimal;
use std::collections::BTreeMap;
use std::str::FromStr;

impl Reader {
    pub fn date(&mut self, node: &Node, key: &str) -> Option<Date> {
        let text = node.scalar().unwrap_or("").trim();
        let well_formed = text.len() == 10
            && text.bytes().enumerate().all(|(i, b)| {
                if i == 4 || i == 7 {
                    b == b'-'
                } else {
                    b.is_ascii_digit()
                }
            });
        match well_formed.then(|| Date::from_str(text).ok()).flatten() {
            Some(date) => Some(date),
            None => {
                self.error(
                    node.line,
                    crate::msg!("value-not-a-date", key = key, value = text),
                );
                None
            }
        }
    }

    pub fn opt_date(&mut self, fields: &Fields, key: &str) -> Option<Date> {
        let node = fields.get(key)?;
        self.date(node, key)
    }

    /// A 24-hour time `"HH:MM"` from 00:00 to 23:59.
    pub fn time(&mut self, node: &Node, key: &str) -> Option<Time> {
        let text = node.scalar().unwrap_or("").trim();
        let parts = parse_hours_minutes(text);
        match parts {
            Some((hour, minute)) if (0..24).contains(&hour) && (0..60).contains(&minute) => {
                Some(Time::constant(hour, minute, 0, 0))
            }
            _ => {
                self.error(
                    node.line,
                    crate::msg!("value-not-a-time", key = key, value = text),
                );
                None
            }
        }
    }

    pub fn req_time(&mut self, fields: &Fields, key: &str) -> Option<Time> {
        let node = self.required(fields, key, "\"09:00\"")?;
        self.time(node, key)
    }

    /// A list of day codes (`ma` .. `zo`, or `mo` .. `su`).
    pub fn days(&mut self, fields: &Fields, key: &str) -> Option<Vec<Weekday>> {
        let codes = self.text_list(fields, key);
        if fields.has(key) && codes.is_empty() {
            self.error(fields.line_of(key), crate::msg!("value-no-days", key = key));
            return None;
        }
        let mut days = Vec::new();
        let mut ok = true;
        for (code, line) in codes {
            match parse_day(&code) {
                Some(day) if !days.contains(&day) => days.push(day),
                Some(_) => {}
                None => {
                    ok = false;
                    let hint = match synonym(&code, &DUTCH_DAYS) {
                        Some(meant) => crate::msg!("did-you-mean", candidate = meant).text(),
                        None => {
                            suggestion(&code, DUTCH_DAYS.iter().chain(ENGLISH_DAYS.iter()).copied())
                        }
                    };
                    self.error(
                        line,
                        crate::msg!("value-not-a-day", value = code.as_str(), hint = hint),
                    );
                }
            }
        }
        days.sort_by_key(|d| d.to_monday_zero_offset());
        ok.then_some(days)
    }

    /// `{ lat: .., lon: .. }` in WGS84 degrees.
    pub fn location(&mut self, node: &Node, key: &str) -> Option<LatLon> {
        // `location: 53.218, 5.8`, as copied from a map: say how to write it.
        if let Some(pasted) = node.scalar().and_then(pasted_coordinates) {
            let (lat, lon) = pasted;
            self.error(
                node.line,
                crate::msg!("value-pasted-coordinates", key = key, lat = lat, lon = lon),
            );
            return None;
        }
        // `{ lat: 53,218, lon: 5,8 }` reads as `lat: 53` and a key `218`: one error for
        // the decimal comma, and no room placed at (53, 5).
        let mut commas = Vec::new();
        let mut node = node;
        let filtered;
        if let Value::Map(entries) = &node.value {
            let mut kept: Vec<(Node, Node)> = Vec::new();
            for (k, v) in entries {
                let after = kept.last().and_then(|(pk, pv)| {
                    let name = pk.scalar().filter(|n| matches!(*n, "lat" | "lon"))?;
                    let whole = pv.scalar()?.trim();
                    let fraction = decimal_comma_tail(k, v)?;
                    let digits = whole.strip_prefix('-').unwrap_or(whole);
                    (!digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()))
                        .then(|| (name.to_string(), format!("{whole},{fraction}"), pk.line))
                });
                match after {
                    Some(comma) => commas.push(comma),
                    None => kept.push((k.clone(), v.clone())),
                }
            }
            if !commas.is_empty() {
                filtered = Node {
                    value: Value::Map(kept),
                    line: node.line,
                };
                node = &filtered;
            }
        }
        let place = crate::msg!("place-key", key = key);
        let fields = self.keyed(node, place, &crate::model::keys::LOCATION)?;
        for (name, written, line) in &commas {
            self.error(*line, decimal_comma_message(name, name, written));
        }
        let has_comma = |name: &str| commas.iter().any(|(n, _, _)| n == name);
        let lat = if has_comma("lat") {
            None
        } else {
            self.coordinate(&fields, "lat", 90.0, "53.2012")
        };
        let lon = if has_comma("lon") {
            None
        } else {
            self.coordinate(&fields, "lon", 180.0, "5.7999")
        };
        Some(LatLon {
            lat: lat?,
            lon: lon?,
        })
    }

    fn coordinate(&mut self, fields: &Fields, key: &str, limit: f64, example: &str) -> Option<f64> {
        let node = self.required(fields, key, example)?;
        let text = node.scalar().unwrap_or("").trim();
        match text.parse::<f64>() {
            Ok(value) if value.is_finite() && value.abs() <= limit => Some(value),
            Ok(value) if value.is_finite() => {
                self.error(
                    node.line,
                    crate::msg!(
                        "value-coordinate-out-of-range",
                        key = key,
                        value = text,
                        limit = limit.to_string(),
                        example = example
                    ),
                );
                None
            }
            _ if is_decimal_comma(text) => {
                self.error(node.line, decimal_comma_message(key, key, text));
                None
            }
            _ => {
                self.error(
                    node.line,
                    crate::msg!(
                        "value-coordinate-not-a-number",
                        key = key,
                        value = text,
                        example = example
                    ),
                );
                None
            }
        }
    }

    /// An amount in euros with at most two decimals, exactly.
    pub fn money(&mut self, node: &Node, key: &str) -> Option<Decimal> {
        let text = node.scalar().unwrap_or("").trim();
        let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
        let digits = whole.strip_prefix('-').unwrap_or(whole);
        let well_formed = !digits.is_empty()
            && digits.bytes().all(|b| b.is_ascii_digit())
            && fraction.bytes().all(|b| b.is_ascii_digit())
            && (text.contains('.') != fraction.is_empty());
        if well_formed && fraction.len() <= 2 {
            if let Ok(amount) = Decimal::from_str(text) {
                return Some(amount);
            }
        }
        if text.contains([',', '€']) {
            self.error(node.line, amount_message(key, text));
            return None;
        }
        let hint = if well_formed && fraction.len() == 3 {
            crate::msg!("value-amount-dot-hint").text()
        } else {
            String::new()
        };
        self.error(
            node.line,
            crate::msg!("value-not-an-amount", key = key, value = text, hint = hint),
        );
        None
    }

    /// A non-negative decimal number (hours, a rate), exactly.
    pub fn decimal(&mut self, node: &Node, key: &str) -> Option<Decimal> {
        let text = node.scalar().unwrap_or("").trim();
        let well_formed = !text.is_empty()
            && text.bytes().all(|b| b.is_ascii_digit() || b == b'.')
            && text.matches('.').count() <= 1
            && !text.starts_with('.')
            && !text.ends_with('.');
        match well_formed.then(|| Decimal::from_str(text).ok()).flatten() {
            Some(value) => Some(value),
            None => {
                self.error(
                    node.line,
                    crate::msg!("value-not-a-decimal", key = key, value = text),
                );
                None
            }
        }
    }

    /// A mapping from years to values, like `{ 2024: 45000, 2025: 50000 }`.
    pub fn per_year<T>(
        &mut self,
        node: &Node,
        key: &str,
        mut value: impl FnMut(&mut Self, &Node) -> Option<T>,
    ) -> Option<BTreeMap<i32, (T, usize)>> {
        let Value::Map(entries) = &node.value else {
            self.error(node.line, crate::msg!("value-not-per-year", key = key));
            return None;
        };
        let mut years = BTreeMap::new();
        let mut ok = true;
        let mut entries = entries.iter().peekable();
        while let Some((year_node, value_node)) = entries.next() {
            // `{ 2024: 45000,50 }` reads as `2024: 45000` and a key `50`: one error for
            // the decimal comma, instead of "`50` is not a year".
            let tail = entries
                .peek()
                .and_then(|(k, v)| decimal_comma_tail(k, v).filter(|_| !is_year(k)));
            if let (Some(fraction), Some(whole)) = (tail, value_node.scalar()) {
                let written = format!("{},{fraction}", whole.trim());
                let message = if key == "hours" {
                    decimal_comma_message(key, year_node.scalar().unwrap_or(key), &written)
                } else {
                    amount_message(key, &written)
                };
                self.error(value_node.line, message);
                ok = false;
                entries.next();
                continue;
            }
            let year = year_node
                .scalar()
                .and_then(|t| t.trim().parse::<i32>().ok())
                .filter(|y| (1900..=2200).contains(y));
            let Some(year) = year else {
                ok = false;
                self.error(
                    year_node.line,
                    crate::msg!(
                        "value-not-a-year",
                        value = year_node.scalar().unwrap_or("?"),
                        key = key
                    ),
                );
                continue;
            };
            if years.contains_key(&year) {
                ok = false;
                self.error(
                    year_node.line,
                    crate::msg!("value-year-twice", year = year.to_string(), key = key),
                );
                continue;
            }
            match value(self, value_node) {
                Some(v) => {
                    years.insert(year, (v, year_node.line));
                }
                None => ok = false,
            }
        }
        ok.then_some(years)
    }
}

/// The digits after a decimal comma, when `key: value` is what a flow mapping made of
/// them: a key of digits only, with no value.
fn decimal_comma_tail<'n>(key: &'n Node, value: &Node) -> Option<&'n str> {
    let digits = key.scalar()?.trim();
    (value.is_null() && !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()))
        .then_some(digits)
}

fn is_year(node: &Node) -> bool {
    node.scalar()
        .and_then(|t| t.trim().parse::<i32>().ok())
        .is_some_and(|y| (1900..=2200).contains(&y))
}

/// `53,218`: digits, a comma, digits.
fn is_decimal_comma(text: &str) -> bool {
    let digits = text.strip_prefix('-').unwrap_or(text);
    digits.split_once(',').is_some_and(|(whole, fraction)| {
        !whole.is_empty()
            && !fraction.is_empty()
            && whole.bytes().all(|b| b.is_ascii_digit())
            && fraction.bytes().all(|b| b.is_ascii_digit())
    })
}

/// `key` is what the message names, `line_key` the key on the corrected line.
fn decimal_comma_message(key: &str, line_key: &str, written: &str) -> Message {
    crate::msg!(
        "value-decimal-comma",
        key = key,
        value = written,
        line_key = line_key,
        fixed = written.replace(',', ".")
    )
}

/// The message for an amount written the Dutch way (`€ 45.000,00`), with the amount as it
/// should be written when that can be told.
fn amount_message(key: &str, written: &str) -> Message {
    match amount_fix(written) {
        Some(fixed) => crate::msg!(
            "value-amount-written-dutch",
            key = key,
            value = written,
            fixed = fixed
        ),
        None => crate::msg!("value-amount-unclear", key = key, value = written),
    }
}

/// `€ 45.000,00` as `45000.00`, `45000,5` as `45000.5`; `None` if unclear.
fn amount_fix(written: &str) -> Option<String> {
    let bare: String = written
        .chars()
        .filter(|c| *c != '€' && !c.is_whitespace())
        .collect();
    let fixed = match bare.rsplit_once(',') {
        Some((whole, fraction)) if !whole.contains(',') => {
            format!("{}.{fraction}", whole.replace('.', ""))
        }
        Some(_) => return None,
        None if bare.contains('.') => {
            let mut groups = bare.split('.');
            let first = groups.next()?;
            let thousands = !first.is_empty() && groups.all(|g| g.len() == 3);
            if !thousands {
                return None;
            }
            bare.replace('.', "")
        }
        None => bare,
    };
    let (whole, fraction) = fixed.split_once('.').unwrap_or((&fixed, ""));
    let whole = whole.strip_prefix('-').unwrap_or(whole);
    let valid = !whole.is_empty()
        && whole.bytes().all(|b| b.is_ascii_digit())
        && fraction.len() <= 2
        && fraction.bytes().all(|b| b.is_ascii_digit())
        && (fixed.contains('.') != fraction.is_empty());
    valid.then_some(fixed)
}

/// `H:MM` or `HH:MM` as numbers, without checking their range.
fn parse_hours_minutes(text: &str) -> Option<(i8, i8)> {
    let (hours, minutes) = text.split_once(':')?;
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if !(1..=2).contains(&hours.len()) || minutes.len() != 2 || !digits(hours) || !digits(minutes) {
        return None;
    }
    Some((hours.parse().ok()?, minutes.parse().ok()?))
}

/// `53.218, 5.8` or `53.218 5.8` (two numbers, as map sites copy them) as its two parts.
fn pasted_coordinates(text: &str) -> Option<(&str, &str)> {
    let (lat, lon) = text
        .split_once(',')
        .or_else(|| text.trim().split_once(' '))?;
    let (lat, lon) = (lat.trim(), lon.trim());
    let number = |s: &str| s.parse::<f64>().is_ok_and(f64::is_finite) && s.contains('.');
    (number(lat) && number(lon)).then_some((lat, lon))
}
