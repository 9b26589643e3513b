//! Budget files: never panic; amounts, hours and rates are read exactly or refused.
#![no_main]
use libfuzzer_sys::fuzz_target;
use mienskip::diagnostics::Severity;
use mienskip::load::budgets::read_budget_text;

fuzz_target!(|text: &str| {
    let (budget, diags) = read_budget_text(text, "fuzz");
    let errors = diags
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    if budget.is_none() {
        assert!(errors > 0, "nothing read, but no error");
    }
});
