//! Where a budget's copy of its source is published (`routes::source_document`): in a folder
//! of its own under `data/`, where it cannot take the place of a file of the open data.

use crate::diagnostics::Diagnostics;
use crate::model::Budget;
use crate::resolve::routes::is_own_source_folder;

pub(super) fn check(budget: &Budget, diags: &mut Diagnostics) {
    let Some(file) = &budget.source_file else {
        return;
    };
    if !is_own_source_folder(file) {
        diags.error(
            &budget.path,
            budget.source_file_line,
            crate::msg!(
                "budget-source-file-folder",
                file = crate::diagnostics::quote_value(file)
            ),
        );
    }
}
