## Budgets

budget-line-without-amounts = a budget line needs `amounts: {"{"} 2024: 45000 {"}"}`, or `hours` with a `rate`
budget-amounts-and-hours = a budget line has `amounts`, or `hours` with `rate`, not both; remove one
budget-hours-without-rate = `hours` needs a `rate` in euros per hour, like `rate: 8.80`
budget-rate-without-hours = `rate` needs `hours` per year, like `hours: {"{"} 2018: 10000 {"}"}`
budget-total-without-direction = a declared total needs `direction: expense` or `direction: income`, so it is clear which lines it adds up
budget-total-unchecked = this total is not checked until the errors in its lines are fixed
budget-source-url-not-web = `source_url` "{ $url }" is not a web address; write it in full, like https://www.example.nl/uitvoeringsplan.pdf
budget-source-file-not-inside = `source_file` "{ $file }" is not a path inside the data folder; write it relative to data/, like documents/uitvoeringsplan-2024.pdf
budget-too-many-years = a budget may cover at most { $limit } years; this one has amounts, periods or totals for { $count } years ({ $first } to { $last }); split it into budgets per period
