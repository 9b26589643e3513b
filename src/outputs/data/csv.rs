//! CSV files: `data/<name>.csv` (RFC 4180: UTF-8 without BOM, `,`, CRLF, a header row) and
//! its twin `data/<name>.excel.csv` for Dutch spreadsheets (UTF-8 with BOM, `;`, decimal comma).
//!
//! The budget is also split by year into `data/budget-<year>.csv` (and its Excel twin), so
//! that a journalist can take one year without filtering.
//!
//! A text cell that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`,
//! tab, carriage return or line feed) gets a leading `'`; number columns stay plain numbers.

use crate::output::OutputFile;
use crate::outputs::data::tables::{Cell, Kind, Table};

/// The two CSV files of a table.
/// The CSV files of a table: the two of all rows and, for the budget, the two of each year
/// (`budget-<year>.csv` and its Excel twin, the same columns).
pub fn render(table: &Table) -> Vec<OutputFile> {
    let data = crate::outputs::data::DATA_DIR;
    let mut files = vec![
        OutputFile::new(
            format!("{data}{}.csv", table.name),
            write(table, Dialect::Rfc4180),
        ),
        OutputFile::new(
            format!("{data}{}.excel.csv", table.name),
            write(table, Dialect::DutchExcel),
        ),
    ];
    for year in table.years() {
        let of_year = table.of_year(year);
        files.push(OutputFile::new(
            format!("{data}{}-{year}.csv", table.name),
            write(&of_year, Dialect::Rfc4180),
        ));
        files.push(OutputFile::new(
            format!("{data}{}-{year}.excel.csv", table.name),
            write(&of_year, Dialect::DutchExcel),
        ));
    }
    files
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    /// `,`, decimal point, no BOM.
    Rfc4180,
    /// `;`, decimal comma, BOM, so that Excel with Dutch settings opens it right.
    DutchExcel,
}

/// The bytes of a table in a dialect.
pub fn write(table: &Table, dialect: Dialect) -> Vec<u8> {
    let mut bytes = Vec::new();
    if dialect == Dialect::DutchExcel {
        bytes.extend_from_slice("\u{feff}".as_bytes());
    }
    let mut writer = ::csv::WriterBuilder::new()
        .delimiter(match dialect {
            Dialect::Rfc4180 => b',',
            Dialect::DutchExcel => b';',
        })
        .terminator(::csv::Terminator::CRLF)
        .quote_style(::csv::QuoteStyle::Necessary)
        .from_writer(bytes);
    writer
        .write_record(table.columns.iter().map(|c| c.name))
        .expect("writing to memory");
    for row in &table.rows {
        let record = table
            .columns
            .iter()
            .zip(row)
            .map(|(column, cell)| cell_text(column.kind, cell, dialect));
        writer.write_record(record).expect("writing to memory");
    }
    writer.into_inner().expect("writing to memory")
}

fn cell_text(kind: Kind, cell: &Cell, dialect: Dialect) -> String {
    let text = cell.plain();
    match cell {
        Cell::Text(_) | Cell::List(_) => inert(text),
        _ if kind.is_number() && dialect == Dialect::DutchExcel => text.replace('.', ","),
        _ => text,
    }
}

/// Makes text that a spreadsheet would take for a formula inert with a leading `'`.
pub fn inert(text: String) -> String {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r' | '\n') => format!("'{text}"),
        _ => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_made_inert() {
        for text in ["=SUM(1)", "+31 58", "-x", "@home", "\tx", "\rx", "\nx"] {
            assert_eq!(inert(text.to_string()), format!("'{text}"));
        }
        assert_eq!(inert("Koffie".to_string()), "Koffie");
        assert_eq!(inert(String::new()), "");
    }

    #[test]
    fn excel_numbers_get_a_decimal_comma() {
        assert_eq!(
            cell_text(
                Kind::Amount,
                &Cell::Decimal("-250.10".into()),
                Dialect::DutchExcel
            ),
            "-250,10"
        );
        assert_eq!(
            cell_text(
                Kind::Amount,
                &Cell::Decimal("-250.10".into()),
                Dialect::Rfc4180
            ),
            "-250.10"
        );
        assert_eq!(
            cell_text(Kind::Text, &Cell::Text("a.b".into()), Dialect::DutchExcel),
            "a.b"
        );
    }
}
